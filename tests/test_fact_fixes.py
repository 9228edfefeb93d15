"""Facts that went wrong on real postings, fixed: each case written in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from jobspec import parse
from jobspec.facts.employment import find_employment_type, normalise_employment_type
from jobspec.facts.salary import find_salary, parse_salary, salary_notes
from jobspec.models import EmploymentType


def test_a_range_joined_by_two_hyphens() -> None:
    salary = parse_salary("Pay: $4,500--5,200 USD a month")
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == (4500, 5200, "USD", "month")


def test_a_range_written_high_to_low_is_ordered_with_a_diagnostic() -> None:
    salary = parse_salary("Salaire : 52-48K€ brut")
    assert salary is not None
    assert (salary.min, salary.max) == (48000, 52000)
    assert salary_notes("Salaire : 52-48K€ brut") != []
    posting = parse("# Comptable\n\nRémunération : 52-48K€ par an\n")
    assert posting.salary is not None
    assert posting.salary.min == 48000
    assert [d.line for d in posting.diagnostics if d.code == "salary-range-reversed"] == [3]


@pytest.mark.parametrize(
    "line",
    [
        "Titres-restaurant de 10 € par jour travaillé",
        "Meal vouchers worth €8 per day",
        "Sign-on bonus of $3,000",
        "Equity grant of $15,000 in RSUs",
        "Relocation support up to £4,000",
        "Essensgutscheine im Wert von 7 €",
    ],
)
def test_perks_with_amounts_are_not_pay(line: str) -> None:
    assert find_salary([(1, line)]) is None


def test_pay_in_a_line_that_also_names_perks_is_pay() -> None:
    found = find_salary([(1, "$19–$22/hour, staff meals and stock options")])
    assert found is not None
    assert (found[0].min, found[0].max, found[0].period) == (19, 22, "hour")


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("Grade: GS-12", "GS-12"),
        ("GS-11/12, $80,000 - $104,000 per year", "GS-11/12"),
        ("Eingruppierung nach TVöD E11", "TVöD E11"),
        ("NHS Agenda for Change Band 6", "Band 6"),
        ("Inschaling in salarisschaal 9", "salarisschaal 9"),
    ],
)
def test_pay_grades_are_kept_as_the_grade(text: str, grade: str) -> None:
    salary = parse_salary(text)
    assert salary is not None
    assert salary.grade == grade


def test_a_grade_line_alone_gives_a_salary_without_figures() -> None:
    posting = parse("# Clerk\n\nPay grade: GS-9\n")
    assert posting.salary is not None
    assert (posting.salary.grade, posting.salary.min, posting.provenance["salary"].line) == ("GS-9", None, 3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("CDI", EmploymentType.FULL_TIME),
        ("Contrat CDI à pourvoir", EmploymentType.FULL_TIME),
        ("CDI à temps partiel", EmploymentType.PART_TIME),
        ("CDD de 8 mois", EmploymentType.TEMPORARY),
        ("Heltid, tillsvidare", EmploymentType.FULL_TIME),
        ("Deltid 75 %", EmploymentType.PART_TIME),
    ],
)
def test_permanent_contracts_are_full_time_unless_part_time(text: str, kind: EmploymentType) -> None:
    assert normalise_employment_type(text) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Full-time, 37.5 hours/week", EmploymentType.FULL_TIME),  # not "5 hours/week"
        ("40 hrs/week", None),
        ("20 hours per week", EmploymentType.PART_TIME),
        ("24–32 uur per week", EmploymentType.PART_TIME),  # a range from fewer than 30
        ("29,5 Stunden pro Woche", EmploymentType.PART_TIME),
    ],
)
def test_hours_a_week_make_a_job_part_time_only_below_thirty(text: str, kind: EmploymentType | None) -> None:
    assert normalise_employment_type(text) is kind


def test_a_contract_label_does_not_make_a_contractor() -> None:
    assert find_employment_type([(4, "Type de contrat : CDI")]) == (EmploymentType.FULL_TIME, 4)
    assert find_employment_type([(4, "Contract type: permanent")]) == (EmploymentType.FULL_TIME, 4)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Employment: Vollzeit, unbefristet", EmploymentType.FULL_TIME),
        ("Arbeitszeit: Teilzeit", EmploymentType.PART_TIME),
        ("Umowa: umowa o pracę", EmploymentType.FULL_TIME),
        ("- umowę o pracę", EmploymentType.FULL_TIME),  # the contract as what is offered (accusative)
        ("Contratto a tempo indeterminato, buoni pasto.", EmploymentType.FULL_TIME),
        ("Contratto a tempo determinato di 12 mesi.", EmploymentType.TEMPORARY),
        ("Занятость: полная занятость", EmploymentType.FULL_TIME),
        ("雇用形態：正社員", EmploymentType.FULL_TIME),
        ("고용형태: 정규직", EmploymentType.FULL_TIME),
        ("Stillingstype: Fast stilling", EmploymentType.FULL_TIME),
        ("Ansættelse: fuld tid", EmploymentType.FULL_TIME),
        ("Munkarend: részmunkaidős", EmploymentType.PART_TIME),
        ("Tip contract: normă întreagă", EmploymentType.FULL_TIME),
        ("Зайнятість: повна зайнятість", EmploymentType.FULL_TIME),
        ("Tipe pekerjaan: Magang", EmploymentType.INTERN),
        ("Toàn thời gian", EmploymentType.FULL_TIME),
        ("نوع الوظيفة: دوام جزئي", EmploymentType.PART_TIME),
        ("סוג משרה: משרה מלאה", EmploymentType.FULL_TIME),
        ("Full-time", EmploymentType.FULL_TIME),  # a short line that is only a type
        ("Tillsvidareanställning, heltid", EmploymentType.FULL_TIME),
        ("Praktikum", EmploymentType.INTERN),
        ("Hire interns", None),  # a duty with a type's word in it
        ("Manage our contractors", None),
        ("Contract", None),  # alone, as often a section's name
        ("Ausbildung", None),  # education, as often as an apprenticeship
        ("CDI, temps plein, basé à Lyon. Salaire selon profil.", EmploymentType.FULL_TIME),  # opens the line
        ("- Tillsvidareanställning på heltid med start enligt överenskommelse.", EmploymentType.FULL_TIME),
        ("Part-time hours are possible for the right person.", EmploymentType.PART_TIME),
        ("37.5 hours per week, worked as three long shifts.", None),  # hours alone say no type
        ("Ausbildung als Elektroniker oder vergleichbar", None),  # a requirement
        ("Interns from our partner school join the team each spring.", None),
        ("Contractors and suppliers are managed by the team.", None),
        ("We are hiring a part-time bookkeeper for two days a week.", EmploymentType.PART_TIME),  # the one hired
        ("We're looking for an intern to join the studio.", EmploymentType.INTERN),
        ("Nous recherchons un stagiaire en communication.", EmploymentType.INTERN),
        ("We are seeking a contracts manager for our Leeds site.", None),  # the work, not the contract
        ("We are looking for a temporary works engineer.", None),
        ("We are looking for a full-time lead developer.", EmploymentType.FULL_TIME),  # hours qualify any role
    ],
)
def test_employment_type_from_a_labelled_or_a_short_line(line: str, kind: EmploymentType | None) -> None:
    found = find_employment_type([(7, line)])
    assert (found[0] if found else None) is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Part-time Bookkeeper", EmploymentType.PART_TIME),
        ("Werkstudent Marketing (m/w/d)", EmploymentType.INTERN),
        ("Freelance Illustrator", EmploymentType.CONTRACTOR),
        ("Stage Manager", None),  # the theatre's stage
        ("Part-time Office Manager", EmploymentType.PART_TIME),
        ("Permanent Way Engineer", None),  # the railway's track
        ("Contracts Manager", None),  # a type's word before a managing role is the work
        ("Volunteer Coordinator", None),
        ("Temporary Works Engineer", None),
        ("Senior Developer", None),
    ],
)
def test_employment_type_from_the_type_that_opens_the_title(title: str, kind: EmploymentType | None) -> None:
    assert parse(f"---\ntitle: {title}\nlanguage: en\n---\nWe build things.\n").employment_type is kind


def test_an_internship_in_french_opens_its_title_with_stage() -> None:
    assert parse("---\ntitle: Stage développeur web\n---\nNous créons des sites.\n").employment_type is (
        EmploymentType.INTERN
    )


@pytest.mark.parametrize(
    ("front_matter", "fact", "value"),
    [
        ("Firma: Bäckerei Korn", "company", "Bäckerei Korn"),
        ("entreprise: Boulangerie Blé", "company", "Boulangerie Blé"),
        ("standort: Köln", "location", "Köln"),
        ("ubicación: Sevilla", "location", "Sevilla"),
        ("lokalizacja: Kraków", "location", "Kraków"),
        ("Stellenbezeichnung: Bäcker (m/w/d)", "title", "Bäcker (m/w/d)"),
        ("anställningsform: Heltid", "employment_type", EmploymentType.FULL_TIME),
        ("type_de_contrat: CDI", "employment_type", EmploymentType.FULL_TIME),
        ("closing-date: 2027-03-01", "valid_through", dt.date(2027, 3, 1)),  # a dash reads as an underscore
        ("Job Type: Part-time", "employment_type", EmploymentType.PART_TIME),  # and so does a space
    ],
)
def test_front_matter_keys_in_other_languages_and_spellings(front_matter: str, fact: str, value: object) -> None:
    assert getattr(parse(f"---\n{front_matter}\n---\nText.\n"), fact) == value


def test_a_generic_title_key_of_another_language_is_a_page_title_not_the_job() -> None:
    assert parse("---\ntitre: Nous rejoindre\n---\nText.\n").title is None


def test_swedish_job_type_and_company_name_keys() -> None:
    posting = parse("---\ntitle: Lagerarbetare\ncompanyName: Norrlager AB\njob_type: Heltid\n---\nPacka.\n")
    assert posting.company == "Norrlager AB"
    assert posting.provenance["company"].key == "companyName"
    assert posting.employment_type is EmploymentType.FULL_TIME


def test_a_skill_is_required_per_clause() -> None:
    posting = parse(
        "# Support Agent\n\n## Requirements\n\n"
        "- Fluent Spanish and English; Portuguese would be a plus\n"
        "- Experience with SQL, ideally PostgreSQL\n"
    )
    required = {skill.name: skill.required for skill in posting.skills}
    assert required["Spanish"]
    assert required["English"]
    assert required["SQL"]
    assert not required["Portuguese"]
    assert not required["PostgreSQL"]

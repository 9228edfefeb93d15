"""The working conditions: seniority, hours and shifts, travel, work authorisation, clearance, contacts,
openings and benefit categories, each on phrasings in several languages (all written for these tests)."""

from __future__ import annotations

import pytest

from jobspec import parse
from jobspec.facts import contacts as contacts_module
from jobspec.facts.authorization import parse_work_authorization
from jobspec.facts.benefits import benefit_categories, is_pay_or_hours
from jobspec.facts.clearance import parse_security_clearance
from jobspec.facts.contacts import find_contacts, valid_email
from jobspec.facts.hours import find_hours, shifts_in, stated_hours
from jobspec.facts.openings import parse_openings
from jobspec.facts.seniority import seniority_from_duties, seniority_from_title, seniority_value
from jobspec.facts.travel import parse_travel, works_elsewhere
from jobspec.vocabulary import DEFAULT_VOCABULARY

# --- seniority ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Sr. Backend Engineer", "senior"),
        ("Junior Buchhalter (m/w/d)", "junior"),
        ("Werkstudentin Marketing", "intern"),
        ("Praktikum im Controlling", "intern"),
        ("Stagiaire Ressources Humaines", "intern"),
        ("Ingénieur confirmé", "senior"),
        ("Desarrolladora Sénior de iOS", "senior"),
        ("Becario de Comunicación", "intern"),
        ("Medior frontend developer", "mid"),
        ("Teamleider klantenservice", "manager"),
        ("Staff Data Scientist", "lead"),
        ("Staff Nurse", None),
        ("Head of Finance", "director"),
        ("VP Engineering", "executive"),
        ("Chief Operating Officer", "executive"),
        ("Principal Product Designer", "principal"),
        ("Senior Director, Partnerships", "director"),
        ("Stagista ufficio acquisti", "intern"),
        ("Estagiário de Engenharia", "intern"),
        ("Starsza księgowa", "senior"),
        ("Product Manager", None),
        ("Lead Generation Executive", None),
    ],
)
def test_seniority_from_the_title(title: str, level: str | None) -> None:
    assert seniority_from_title(title) == level


def test_a_number_of_direct_reports_makes_a_manager_from_its_first_digit() -> None:
    assert seniority_from_duties([(3, "You will have 12 direct reports in two shifts")]) == ("manager", 3)
    assert seniority_from_duties([(3, "Report 12 direct costs")]) is None


def test_seniority_from_front_matter_words() -> None:
    assert seniority_value("Entry level") == "junior"
    assert seniority_value("Mid-Senior level") == "mid"
    assert seniority_value("director") == "director"


def test_seniority_from_the_duties_then_the_years() -> None:
    managing = parse("# Warehouse Supervisor\n\n## Duties\n\n- Manage a team of 12 pickers across two shifts\n")
    assert managing.seniority == "manager"
    assert managing.provenance["seniority"].line == 5
    years = parse("# Accountant\n\n## Requirements\n\n- At least 6 years of audit experience\n")
    assert (years.seniority, years.provenance["seniority"].line) == ("senior", 5)
    nothing = parse("# Accountant\n\n## Requirements\n\n- A tidy desk\n")
    assert nothing.seniority is None


# --- hours and shifts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Around 25 hours a week", (25.0, 25.0)),
        ("Stelle mit 30–35 Stunden pro Woche", (30.0, 35.0)),
        ("Temps partiel : 28h/semaine", (28.0, 28.0)),
        ("Jornada de 20 horas semanales", (20.0, 20.0)),
        ("Voor 24 tot 32 uur per week", (24.0, 32.0)),
        ("Arbetstid 35 timmar per vecka", (35.0, 35.0)),
        ("Contratto part-time di 24 ore settimanali", (24.0, 24.0)),
        ("Carga de 30 horas semanais", (30.0, 30.0)),
        ("Etat: 20 godzin tygodniowo", (20.0, 20.0)),
        ("Sleep 8 hours a day", None),
    ],
)
def test_hours_per_week_in_nine_languages(text: str, hours: tuple[float, float] | None) -> None:
    assert stated_hours(text) == hours


def test_a_share_of_full_time_takes_the_assumed_week_and_says_so() -> None:
    found = find_hours([(7, "Temps partiel à 80 %")], "FR")
    assert found is not None
    hours, line = found
    assert (hours.per_week_min, hours.full_time_week, hours.full_time_week_assumed, line) == (28.0, 35.0, True, 7)
    fte = find_hours([(3, "Omvang: 0,8 fte")], "NL")
    assert fte is not None
    assert fte[0].per_week_min == 32.0


def test_a_duty_weighed_in_percent_of_time_is_no_share_of_full_time() -> None:
    # "often" holds the letters of "FTE": a word of working time must be a word of its own.
    assert find_hours([(5, "40% – Clears snow from the roads, often at night.")], "US") is None


def test_a_stated_full_time_week_is_used() -> None:
    found = find_hours([(2, "Pensum 50 %"), (3, "Vollzeit entspricht 42 Stunden")], "CH")
    assert found is not None
    assert (found[0].per_week_min, found[0].full_time_week, found[0].full_time_week_assumed) == (21.0, 42.0, False)


def test_an_assumed_week_gives_a_diagnostic() -> None:
    posting = parse("# Kok\n\nLocatie: Gent\n\nDeeltijds contract van 60 %.\n")
    assert posting.hours is not None
    assert posting.hours.full_time_week_assumed
    assert any(d.code == "hours-from-assumed-week" and d.line == 5 for d in posting.diagnostics)


@pytest.mark.parametrize(
    ("text", "shifts"),
    [
        ("Rotating shifts with occasional night work", ["night", "rotating"]),
        ("Bereitschaftsdienst und Wochenendarbeit", ["weekend", "on_call"]),
        ("Astreintes une semaine sur quatre, horaires flexibles", ["on_call", "flexible"]),
        ("Turnos de noche y fines de semana", ["night", "weekend"]),
        ("Avonddiensten en weekenddiensten", ["evening", "weekend"]),
        ("Skiftarbete med nattskift", ["night", "rotating"]),
        ("Orario flessibile, niente turni di notte", ["flexible"]),
        ("We never ask for night shifts", []),
        ("Relax on your weekends", []),
    ],
)
def test_shifts_in_several_languages(text: str, shifts: list[str]) -> None:
    assert shifts_in(text) == shifts


# --- travel ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "required", "percent"),
    [
        ("Expect up to 30% travel across the region", True, 30.0),
        ("Reisetätigkeit von rund 20 %", True, 20.0),
        ("Environ 15 % de déplacements à l'étranger", True, 15.0),
        ("Viajes frecuentes a Portugal", True, None),
        ("Je bent bereid om regelmatig te reizen", True, None),
        ("Resor förekommer i tjänsten", True, None),
        ("Richiesta disponibilità a trasferte", True, None),
        ("This role has no travel", False, 0.0),
        ("Keine Reisetätigkeit", False, 0.0),
    ],
)
def test_travel_in_several_languages(text: str, required: bool, percent: float | None) -> None:
    travel = parse_travel(text)
    assert travel is not None
    assert (travel.required, travel.percent_max) == (required, percent)


def test_paid_travel_is_not_a_requirement() -> None:
    assert parse_travel("We reimburse travel costs to the office") is None
    assert parse_travel("Fahrtkosten werden erstattet") is None


def test_a_travel_sentence_does_not_make_the_workplace_onsite() -> None:
    assert works_elsewhere("Some on-site work at our client offices")
    posting = parse("# Auditor\n\nThe work includes on-site visits at our partner agencies every month.\n")
    assert posting.workplace is None
    remote = parse("# Auditor\n\nThis role is fully remote, with travel to customers twice a year.\n")
    assert remote.workplace == "remote"


# --- work authorisation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sponsorship", "citizenship", "right"),
    [
        ("Visa sponsorship is available for this role", True, None, None),
        ("We're unable to sponsor work visas", False, None, None),
        ("You must be eligible to work in Canada", None, None, "CA"),
        ("Applicants must be authorised to work in the UK", None, None, "GB"),
        ("Only EU citizens can be considered", None, "EU", None),
        ("Wir unterstützen dich beim Visum", True, None, None),
        ("Eine gültige Arbeitserlaubnis für Österreich ist Voraussetzung", None, None, "AT"),
        ("Nous ne pouvons pas sponsoriser de visa", False, None, None),
        ("Permiso de trabajo en España vigente", None, None, "ES"),
        ("Geen visumsponsoring mogelijk", False, None, None),
        ("Svenskt medborgarskap är ett krav", None, "SE", None),
        ("Cittadinanza italiana richiesta", None, "IT", None),
    ],
)
def test_work_authorization_in_several_languages(
    text: str, sponsorship: bool | None, citizenship: str | None, right: str | None
) -> None:
    found = parse_work_authorization(text)
    assert found is not None
    assert (found.sponsorship, found.citizenship_required, found.right_to_work) == (sponsorship, citizenship, right)


def test_statements_on_several_lines_are_merged() -> None:
    posting = parse("# Analyst\n\nCandidates need the right to work in the UK.\n\nWe cannot offer sponsorship.\n")
    found = posting.work_authorization
    assert found is not None
    assert (found.sponsorship, found.right_to_work, posting.provenance["work_authorization"].line) == (False, "GB", 3)


# --- security clearance ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normalised", "required", "polygraph"),
    [
        ("Current DV clearance essential", "UK DV", True, False),
        ("BPSS vetting will be carried out", "UK BPSS", True, False),
        ("Active Top Secret/SCI with full-scope polygraph", "US TS/SCI", True, True),
        ("Secret clearance preferred", "US Secret", False, False),
        ("Baseline security clearance or the ability to obtain one", "AU Baseline", True, False),
        ("NV2 clearance highly desirable", "AU NV2", False, False),
        ("Sicherheitsüberprüfung nach Ü2", None, True, False),
        ("Habilitation confidentiel défense exigée", None, True, False),
    ],
)
def test_clearances_normalised_where_the_scheme_is_known(
    text: str, normalised: str | None, required: bool, polygraph: bool
) -> None:
    found = parse_security_clearance(text)
    assert found is not None
    assert (found.normalised, found.required, found.polygraph) == (normalised, required, polygraph)


def test_short_level_names_need_a_clearance_word() -> None:
    assert parse_security_clearance("Write SC and DV notes for the SOC team") is None
    assert parse_security_clearance("CTC: 18 LPA") is None
    assert parse_security_clearance("Keep secret recipes secret") is None


def test_sponsorship_of_the_clearance() -> None:
    sponsored = parse_security_clearance("We will sponsor your SC clearance")
    assert sponsored is not None
    assert sponsored.sponsored is True
    held = parse_security_clearance("Candidates must already hold an active Secret clearance")
    assert held is not None
    assert held.sponsored is False


# --- contacts ---------------------------------------------------------------------------


def test_contacts_with_names_roles_and_validated_numbers() -> None:
    found = find_contacts(
        [
            (4, "Questions? Ask our recruiter Priya Shah at priya.shah@example.org"),
            (5, "Ansprechpartner: Jonas Weber, Telefon 030 901820"),
            (6, "Send your application to jobs@example.org"),
        ],
        country="DE",
    )
    assert [(c.name, c.role, c.email, c.provenance.line) for c in found] == [
        ("Priya Shah", "recruiter", "priya.shah@example.org", 4),
        ("Jonas Weber", "Ansprechpartner", None, 5),
    ]
    assert found[1].phone == "030 901820"
    assert found[1].phone_e164 == "+4930901820"


def test_the_apply_address_is_not_a_contact() -> None:
    posting = parse("# Cook\n\nApply [by e-mail](mailto:cv@example.org).\n\nQuestions: cv@example.org\n")
    assert posting.apply_url == "mailto:cv@example.org"
    assert posting.contacts == []


def test_invalid_addresses_and_numbers_are_left_out() -> None:
    assert not valid_email("someone@localhost")
    assert find_contacts([(1, "Contact: 12 34")]) == []


def test_without_phonenumbers_a_number_is_kept_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contacts_module, "_phonenumbers", lambda: None)
    found = find_contacts([(2, "Vragen? Bel 020 123 4567")], country="NL")
    assert [(c.phone, c.phone_e164) for c in found] == [("020 123 4567", None)]


def test_contacts_from_front_matter() -> None:
    posting = parse("---\ncontact:\n  name: Ana Ruiz\n  email: ana@example.org\n---\n# Tester\n")
    assert [(c.name, c.email, c.provenance.key) for c in posting.contacts] == [
        ("Ana Ruiz", "ana@example.org", "contact")
    ]


# --- openings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "several"),
    [
        ("We have 4 openings on the support desk", 4, False),
        ("We're hiring three couriers", 3, False),
        ("Wir suchen drei Monteure", 3, False),
        ("Nous recrutons deux électriciens", 2, False),
        ("Disponemos de 5 plazas", 5, False),
        ("Wij zoeken twee monteurs", 2, False),
        ("Vi söker fyra lagerarbetare", 4, False),
        ("Several positions are open", None, True),
        ("Plusieurs postes sont ouverts", None, True),
        ("We are looking for one person", None, False),
        ("Founded 12 years ago", None, False),
    ],
)
def test_openings_in_several_languages(text: str, number: int | None, several: bool) -> None:
    assert parse_openings(text) == (number, several)


def test_several_openings_give_a_diagnostic_and_no_number() -> None:
    posting = parse("# Picker\n\nWir besetzen mehrere Stellen in unserem Lager.\n")
    assert posting.openings is None
    assert any(d.code == "openings-without-number" and d.line == 3 for d in posting.diagnostics)


def test_openings_from_front_matter() -> None:
    posting = parse("---\ntitle: Driver\nopenings: 6\n---\nDrive.\n")
    assert (posting.openings, posting.provenance["openings"].key) == (6, "openings")


# --- benefits ---------------------------------------------------------------------------


def test_benefit_categories_in_several_languages() -> None:
    texts = [
        "Company pension with a 5% match",
        "Zuschuss zur Kinderbetreuung",
        "Mutuelle d'entreprise",
        "Abono transporte",
        "Opleidingsbudget van €1.000",
        "Friskvårdsbidrag",
        "Buoni pasto da 8 euro",
        "A parking space",
        "A great team",
    ]
    assert benefit_categories(texts, DEFAULT_VOCABULARY) == [
        "retirement", "family", "health", "transport", "learning", "wellbeing", "food", "transport", "other",
    ]  # fmt: skip


def test_benefit_categories_can_be_extended() -> None:
    vocabulary = DEFAULT_VOCABULARY.extended(benefit_categories={"food": {"sv": ["fredagsfika"]}})
    assert benefit_categories(["Fredagsfika"], vocabulary) == ["food"]
    with pytest.raises(Exception, match="unknown benefit category"):
        DEFAULT_VOCABULARY.extended(benefit_categories={"snacks": {"en": ["crisps"]}})


def test_pay_and_hours_lines_are_not_benefits() -> None:
    assert is_pay_or_hours("Base salary of $70,000 per year")
    assert is_pay_or_hours("35 heures par semaine")
    assert not is_pay_or_hours("Annual bonus")
    posting = parse(
        "# Baker\n\n## We offer\n\n- €2,400 per month\n- 38 Stunden pro Woche\n"
        "- 28 days of paid holiday\n- Free bread\n"
    )
    assert [(b.text, b.category) for b in posting.benefits] == [
        ("28 days of paid holiday", "leave"),
        ("Free bread", "other"),
    ]
    assert posting.hours is not None
    assert posting.hours.per_week_min == 38.0


# --- outputs ---------------------------------------------------------------------------

CONDITIONS = """---
title: Senior Field Technician
company: Gridworks
location: Leeds, UK
openings: 2
---
## Requirements

- Valid BPSS clearance required
- You need the right to work in the UK; we cannot sponsor visas

## The job

- 37 hours per week with on-call weekends
- Up to 20% travel to substations

## Benefits

- Employer pension contributions of 8%
- 25 days of holiday

Questions? Contact Sam Reid at sam.reid@example.org.
"""


def test_json_ld_carries_the_conditions() -> None:
    data = parse(CONDITIONS).to_jsonld()
    assert data["workHours"] == "37 hours per week; weekend, on-call shifts"
    assert data["eligibilityToWorkRequirement"] == "You need the right to work in the UK; we cannot sponsor visas"
    assert data["securityClearanceRequirement"] == "UK BPSS"
    assert data["totalJobOpenings"] == 2
    assert data["experienceRequirements"]["description"] == "senior level"
    assert data["applicationContact"] == {
        "@type": "ContactPoint", "name": "Sam Reid", "email": "sam.reid@example.org",
    }  # fmt: skip


def test_arrow_has_flat_columns_beside_the_nested_ones() -> None:
    pytest.importorskip("pyarrow")
    from jobspec import arrow

    table = arrow.to_arrow([parse(CONDITIONS)])
    row = table.to_pylist()[0]
    assert row["hours"]["per_week_min"] == 37.0
    assert (row["hours_per_week_min"], row["travel_percent_max"], row["visa_sponsorship"]) == (37.0, 20.0, False)
    assert (row["clearance_level"], row["contact_email"], row["shifts"]) == (
        "UK BPSS", "sam.reid@example.org", ["weekend", "on_call"],
    )  # fmt: skip


def test_the_review_page_and_the_report_show_the_conditions() -> None:
    from jobspec.review import render_posting, render_report

    page = render_posting(parse(CONDITIONS))
    for text in (
        "Seniority",
        "37 h/week",
        "travel up to 20 %",
        "no visa sponsorship",
        "UK BPSS",
        "sam.reid@example.org",
    ):
        assert text in page
    assert "(retirement," in page
    assert "(leave," in page
    report = render_report([parse(CONDITIONS)])
    for title in ("Seniority", "Shifts", "Benefit categories", "Visa sponsorship", "Security clearance"):
        assert title in report


def test_the_json_schema_describes_the_conditions() -> None:
    from jobspec.models import JobPosting

    schema = JobPosting.model_json_schema()
    for name in ("seniority", "hours", "travel", "work_authorization", "security_clearance", "contacts", "openings"):
        assert name in schema["properties"]
    assert "grade" in schema["$defs"]["Salary"]["properties"]


def test_conditions_from_front_matter_keys() -> None:
    posting = parse(
        "---\ntitle: Courier\nseniority: Entry level\nhours_per_week: 30\nshifts: [night, weekend]\n"
        "travel: false\nvisa_sponsorship: yes\nclearance: BPSS\n---\nDeliver parcels.\n"
    )
    assert posting.seniority == "junior"
    assert posting.hours is not None
    assert (posting.hours.per_week_min, posting.hours.shifts) == (30.0, ["night", "weekend"])
    assert posting.travel is not None
    assert (posting.travel.required, posting.travel.percent_max) == (False, 0.0)
    assert posting.work_authorization is not None
    assert posting.work_authorization.sponsorship is True
    assert posting.security_clearance is not None
    assert posting.security_clearance.normalised == "UK BPSS"
    keys = {name: posting.provenance[name].key for name in ("seniority", "hours", "travel", "security_clearance")}
    assert keys == {
        "seniority": "seniority",
        "hours": "hours_per_week",
        "travel": "travel",
        "security_clearance": "clearance",
    }


@pytest.mark.parametrize(
    ("line", "pay"),
    [
        ("A competitive salary", True),
        ("Attraktive Vergütung", True),
        ("GS-12/13", True),
        ("Enhanced night pay", False),
        ("Competitive salary and a yearly bonus", False),
        ("Profit share twice a year", False),
    ],
)
def test_short_pay_lines_and_grades_are_pay_not_benefits(line: str, pay: bool) -> None:
    assert is_pay_or_hours(line) is pay

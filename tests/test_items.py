"""Stage 6: items from lists and prose, and required vs preferred."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec import cues, parse
from jobspec.blocks import parse_blocks
from jobspec.items import find_units, is_bare_stem
from jobspec.meaning import lead_in_kind
from jobspec.models import SectionKind
from jobspec.pipeline import read_structure
from jobspec.sections import build_sections
from jobspec.text import CaselessPattern
from jobspec.vocabulary import DEFAULT_VOCABULARY


def texts(body: str) -> tuple[list[str], list[tuple[str, bool]]]:
    posting = parse(body)
    return [r.text for r in posting.responsibilities], [(q.text, q.required) for q in posting.qualifications]


def test_list_items_are_plain_text_with_links_kept() -> None:
    posting = parse("## Responsibilities\n- Own the **billing** `api`, see [docs](https://ex.org/d)\n")
    [item] = posting.responsibilities
    assert (item.text, item.links, item.line, item.level) == (
        "Own the billing api, see docs",
        ["https://ex.org/d"],
        2,
        0,
    )


def test_nested_items_are_separate_items_with_their_level() -> None:
    posting = parse("## Responsibilities\n- Run the platform\n  - Patch hosts\n    - Weekly\n- Mentor\n")
    assert [(r.text, r.level) for r in posting.responsibilities] == [
        ("Run the platform", 0),
        ("Patch hosts", 1),
        ("Weekly", 2),
        ("Mentor", 0),
    ]


def test_prose_duties_one_item_per_sentence_without_the_blurb() -> None:
    body = (
        "## Job Description\n\nOur team is small and kind. We were founded in 2001.\n\n"
        "You will own the scheduling service, e.g. its API. You will review designs with the team.\n"
    )
    assert texts(body)[0] == [
        "You will own the scheduling service, e.g. its API.",
        "You will review designs with the team.",
    ]


def test_lead_in_lines_decide_the_following_list() -> None:
    body = (
        "## About the job\n\nIn this role you will:\n\n- Plan releases\n- Talk to users\n\n"
        "You should have:\n\n- Five years in retail\n\nWe'd love it if you have:\n\n- A forklift licence\n"
    )
    duties, quals = texts(body)
    assert duties == ["Plan releases", "Talk to users"]
    assert quals == [("Five years in retail", True), ("A forklift licence", False)]


@pytest.mark.parametrize(
    "requirement",
    [
        "3+ years of Python",
        "Ability to work under pressure",
        "Fluent Spanish and German",
        "Kenntnisse in SQL",
        "Expérience en gestion de projet",
    ],
)
def test_a_requirement_under_a_duties_heading_is_a_qualification(requirement: str) -> None:
    duties, quals = texts(f"## Responsibilities\n- Ship features\n- {requirement}\n- Plan releases\n")
    assert duties == ["Ship features", "Plan releases"]
    assert quals == [(requirement, True)]


def test_a_duty_opening_with_a_word_that_also_names_a_skill_stays_a_duty() -> None:
    duties, quals = texts("## Responsibilities\n- Ship features\n- Track KPIs weekly\n- Plan releases\n")
    assert duties == ["Ship features", "Track KPIs weekly", "Plan releases"]
    assert quals == []


@pytest.mark.parametrize(
    ("item", "required"),
    [
        ("Kubernetes experience is a plus", False),
        ("Bonus points for Rust", False),
        ("Ideally, a background in logistics", False),
        ("Docker experience preferred", False),
        ("Experience with SQL databases, Postgres preferred", True),
        ("A degree, preferably in statistics", True),
        ("Fluent English. French is a plus!", True),
        ("Experience with ETL tools (preferred)", False),
        ("Customer service: 2 years (Preferred)", False),  # a field's label parts no clause
        ("Python: required for backend, Django (preferred)", True),
        ("Good German (Dutch is a plus)", True),
        ("Ability to deliver desired outcomes with the team", True),
        ("Exposure to Rust is a nice extra", False),
        ("A chainsaw certificate would be useful", False),
        ("Knowledge of Welsh would be handy", False),
        ("Uvítáme zkušenost s rezervačním systémem", False),
        ("Arvostamme kokemusta ikäihmisten hoitotyöstä", False),
        ("有食品行业经验者优先考虑", False),
        ("Any experience with Figma is appreciated", False),
        ("Se valora experiencia en SAP", False),
        ("You ideally have experience with Kubernetes", False),  # the reader, their verb, then the cue
        ("Je hebt bij voorkeur ervaring op een cardiologie-afdeling", False),
        ("Sie haben idealerweise Erfahrung mit SAP", False),
        ("You have five years of Python and ideally some Go", True),  # the cue covers one detail
    ],
)
def test_a_cue_makes_an_item_optional_only_when_it_governs_it(item: str, required: bool) -> None:
    assert texts(f"## Requirements\n- {item}\n")[1] == [(item, required)]


@pytest.mark.parametrize(
    "placed",
    [
        "## Desired Skills\n\n",
        "## Desired skills and experience\n\n",
        "Desired Candidate Profile:\n\n",
        "**DESIRED SKILLS/EXPERIENCE:**\n\n",
        "## Compétences souhaitées\n\n",
    ],
)
def test_desired_requirements_are_required_when_nothing_else_is_asked(placed: str) -> None:
    body = (
        "## Responsibilities\n\n- Build reports for the sales team\n- Maintain the data warehouse\n\n"
        f"{placed}- Three years of experience with SQL\n- A degree in statistics\n"
        "- Knowledge of Looker will be an added advantage\n"
    )
    assert [required for _, required in texts(body)[1]] == [True, True, False]


@pytest.mark.parametrize(
    "asked",
    ["## Requirements\n\n- Five years of SQL\n\n", "You must have five years of experience with SQL.\n\n"],
)
def test_desired_requirements_stay_optional_beside_required_ones(asked: str) -> None:
    body = f"## About the role\n\n{asked}## Desired Skills\n\n- A degree in statistics\n- Looker\n"
    quals = texts(body)[1]
    assert [required for _, required in quals] == [True, False, False]


def test_desired_requirements_stay_optional_beside_required_ones_under_a_duties_heading() -> None:
    # The author headed the requirements as the duties: they still ask for something.
    body = (
        "**Vos missions**\n\n- Expertise en PHP et son écosystème\n- Maîtrise des bases de données\n"
        "- Familier avec Git\n\n**Compétences souhaitées**\n\n- Redis\n- ElasticSearch\n"
    )
    assert [required for _, required in texts(body)[1]] == [True, True, True, False, False]


def test_only_desire_makes_a_preferred_heading_yield() -> None:
    body = "## Responsibilities\n\n- Build reports\n\n## Nice to have\n\n- A degree in statistics\n- Looker\n"
    assert [required for _, required in texts(body)[1]] == [False, False]


def test_a_job_boards_fields_of_requirements_say_which_are_preferred() -> None:
    body = (
        "## Duties\n\n- Answer calls from customers\n\nExperience:\n\n- Call center: 1 year (Required)\n"
        "- Salesforce: 1 year (Preferred)\n\nLicense/Certification:\n\n- CPR Certification (Preferred)\n"
    )
    assert texts(body)[1] == [
        ("Call center: 1 year (Required)", True),
        ("Salesforce: 1 year (Preferred)", False),
        ("CPR Certification (Preferred)", False),
    ]


def test_benefits_company_and_application_text_are_not_items() -> None:
    body = "## About us\n- We build tools\n\n## Benefits\n- Pension\n\n## How to apply\n- Send a CV\n"
    posting = parse(body)
    assert (posting.responsibilities, posting.qualifications) == ([], [])
    assert [b.text for b in posting.benefits] == ["Pension"]


def test_glued_dash_lines_are_items_too() -> None:
    duties, _ = texts("## Responsibilities\n\n- Plans the work.\n-Tracks the work.\n")
    assert duties == ["Plans the work.", "Tracks the work."]


def test_markers_after_line_breaks_written_as_html_in_an_entry_are_not_its_text() -> None:
    duties, _ = texts("## Duties\n\n- Plan the menu<br>- Order the stock<br>– Train the apprentices\n- Clean\n")
    assert duties == ["Plan the menu", "Order the stock", "Train the apprentices", "Clean"]


def test_an_entrys_line_opening_on_emphasis_is_its_text_not_a_glued_bullet() -> None:
    _, quals = texts("## Requirements\n\n-   Good knowledge of *TCP/IP* and *DNS*,\n    *SMTP*, *HTTP*\n-   Python\n")
    assert [text for text, _ in quals] == ["Good knowledge of TCP/IP and DNS, SMTP, HTTP", "Python"]


def test_a_section_name_as_a_plain_label_in_its_own_paragraph_is_a_field() -> None:
    body = (
        "Mansioni: accoglienza clienti, gestione della cassa.\n\n"
        "Requisiti: esperienza nella vendita al dettaglio.\n\nSi offre: contratto a tempo determinato.\n"
    )
    duties, quals = texts(body)
    assert duties == ["accoglienza clienti, gestione della cassa."]
    assert quals == [("esperienza nella vendita al dettaglio.", True)]


def test_a_field_the_model_cannot_read_takes_the_kind_its_label_names_unless_cued_as_no_item() -> None:
    body = "Aufgaben: Kasse, Regale, Inventur.\n\nIhr Profil: Staplerschein.\n\nDuties: full-time, on site.\n"
    posting = parse(body)
    assert [(d.text, d.signal) for d in posting.responsibilities] == [("Kasse, Regale, Inventur.", "heading")]
    assert [q.text for q in posting.qualifications] == ["Staplerschein."]


def test_labelled_lines_of_one_paragraph_stay_items_with_their_labels() -> None:
    body = "## Skills\n\nCommunication skills: You write clearly.\nAnalytical skills: You read data well.\n"
    _, quals = texts(body)
    assert [text for text, _ in quals] == [
        "Communication skills: You write clearly.",
        "Analytical skills: You read data well.",
    ]


def test_a_labelled_line_of_several_sentences_is_one_item() -> None:
    body = (
        "## Profile\n\n"
        "Organised: You keep a tidy workshop. You plan the week ahead.\n"
        "Careful: You check every weld twice.\n"
        "Patient: You explain the job to apprentices. They learn from you.\n"
    )
    _, quals = texts(body)
    assert [text for text, _ in quals] == [
        "Organised: You keep a tidy workshop. You plan the week ahead.",
        "Careful: You check every weld twice.",
        "Patient: You explain the job to apprentices. They learn from you.",
    ]


def test_lines_of_prose_without_labels_are_read_sentence_by_sentence() -> None:
    body = "## Profile\n\nYou keep a tidy workshop. You plan the week ahead.\nYou check every weld twice.\n"
    units = read_structure(body).units
    assert [(unit.text, unit.form) for unit in units] == [
        ("You keep a tidy workshop.", "sentence"),
        ("You plan the week ahead.", "sentence"),
        ("You check every weld twice.", "line"),
    ]


def test_answers_after_bold_questions_are_items_of_the_kind_each_question_asks() -> None:
    posting = parse(
        "**What will you do?** Deliver parcels around Bristol.\n\n"
        "**Who are we looking for?** Someone with a full UK driving licence.\n\n"
        "**What do we offer?** A van of your own.\n"
    )
    assert [item.text for item in posting.responsibilities] == ["Deliver parcels around Bristol."]
    assert [item.text for item in posting.qualifications] == ["Someone with a full UK driving licence."]
    assert [item.text for item in posting.benefits] == ["A van of your own."]


def test_sentences_under_a_bold_label_on_its_own_line_are_items_each() -> None:
    duties, _ = texts("**What you will do**\nYou will answer calls. You will also book visits.\n")
    assert duties == ["You will answer calls.", "You will also book visits."]


def test_field_value_under_a_requirements_label_is_an_item() -> None:
    _, quals = texts("**Security Clearance:**\nPublic Trust\n\n**Location:** Remote\n")
    assert quals == [("Public Trust", True)]


def test_tables_used_as_lists() -> None:
    body = (
        "| What you'll do | What you bring |\n|---|---|\n| Plan routes | A driving licence |\n| Load vans | |\n\n"
        "## Requirements\n\n| Skill | Level |\n|---|---|\n| Excel | Good |\n"
    )
    duties, quals = texts(body)
    assert duties == ["Plan routes", "Load vans"]
    assert quals == [("A driving licence", True), ("Excel: Good", True)]


@pytest.mark.parametrize(("yes", "no"), [("✓", ""), ("X", ""), ("yes", " ")])
def test_a_matrix_of_criteria_files_each_row_under_the_column_it_is_marked_in(yes: str, no: str) -> None:
    body = (
        "## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
        f"| A driving licence | {yes} | {no} |\n| First aid training | {no} | {yes} |\n"
    )
    _, quals = texts(body)
    assert quals == [("A driving licence", True), ("First aid training", False)]


def test_a_matrix_whose_first_column_has_no_name_gives_no_empty_lead_in() -> None:
    body = "## Person specification\n\n| | Essential | Desirable |\n|---|---|---|\n| A driving licence | | ✓ |\n"
    units = find_units(build_sections(parse_blocks(body), DEFAULT_VOCABULARY), DEFAULT_VOCABULARY)
    assert [(unit.text, unit.lead_in) for unit in units] == [("A driving licence", "Desirable:")]


def test_a_table_whose_second_column_names_each_rows_kind_files_the_row_under_it() -> None:
    body = (
        "## Person specification\n\n| Criteria | Essential / Desirable |\n|---|---|\n"
        "| A PhD in plant biology | Essential |\n| Work with wheat | Desirable |\n| Confocal microscopy | Desirable |\n"
    )
    _, quals = texts(body)
    assert quals == [("A PhD in plant biology", True), ("Work with wheat", False), ("Confocal microscopy", False)]


def test_a_table_whose_rows_are_labelled_with_kinds_reads_each_row_as_a_section() -> None:
    body = (
        "| Campo | Detalle |\n|---|---|\n| Funciones | Triaje de pacientes; administración de medicación |\n"
        "| Requisitos | Grado en Enfermería; colegiación en vigor |\n| Jornada | Completa |\n"
        "| Se valorará | Formación en soporte vital avanzado |\n"
    )
    duties, quals = texts(body)
    assert duties == ["Triaje de pacientes", "administración de medicación"]
    assert quals == [
        ("Grado en Enfermería", True),
        ("colegiación en vigor", True),
        ("Formación en soporte vital avanzado", False),
    ]


def test_a_table_whose_labels_come_before_the_criteria_lists_the_criteria_by_the_kind_each_row_names() -> None:
    body = (
        "## Requirements\n\n| Area | Detail | |\n|---|---|---|\n"
        "| Languages | Fluent English and basic Welsh | Essential |\n| Software | Sage 50 accounts | Desirable |\n"
    )
    _, quals = texts(body)
    assert quals == [("Fluent English and basic Welsh", True), ("Sage 50 accounts", False)]


def test_one_long_line_over_two_short_ones_is_a_list_not_wrapped_prose() -> None:
    body = (
        "**Duties:**\nloading and unloading lorries, railway wagons and container ships\n"
        "labelling the goods\nkeeping the stock records\n"
    )
    duties, _ = texts(body)
    assert duties == [
        "loading and unloading lorries, railway wagons and container ships",
        "labelling the goods",
        "keeping the stock records",
    ]


def test_rows_with_an_empty_label_go_on_with_the_label_above_them() -> None:
    body = (
        "## In short\n\n| | |\n|---|---|\n| **Duties** | Sort the returns; label the crates |\n"
        "| | Drive the van to the depot |\n| **What we offer** | A season ticket |\n"
    )
    duties, _ = texts(body)
    # One entry per row: a row's semicolons part it only when it is the label's only row.
    assert duties == ["Sort the returns; label the crates", "Drive the van to the depot"]


def test_a_label_of_no_kind_leads_the_rows_that_go_on_with_it() -> None:
    body = (
        "| | |\n|---|---|\n| Duties | Sort the returns |\n| | Drive the van to the depot |\n"
        "| Worth knowing | A forklift licence |\n| | Two years in a warehouse |\n"
    )
    duties, quals = texts(body)
    assert duties == ["Sort the returns", "Drive the van to the depot"]
    assert [text for text, _ in quals] == ["A forklift licence", "Two years in a warehouse"]


def test_a_table_of_duties_by_area_lists_the_duties_without_their_area() -> None:
    body = (
        "## The role\n\n| Area | Duties |\n|---|---|\n| Kitchen | Prepare the breakfast buffet<br>Clean the fryers |\n"
        "| Office | Order supplies and check the invoices |\n"
    )
    duties, _ = texts(body)
    assert duties == ["Prepare the breakfast buffet", "Clean the fryers", "Order supplies and check the invoices"]


def test_a_person_specification_with_text_under_essential_and_desirable_files_each_cell_under_its_column() -> None:
    body = (
        "## Person specification\n\n| Area | Essential | Desirable |\n|---|---|---|\n"
        "| Education | Good literacy | NVQ Level 2 |\n| Experience | Working with the public | Library work |\n"
    )
    _, quals = texts(body)
    assert quals == [
        ("Good literacy", True),
        ("Working with the public", True),
        ("NVQ Level 2", False),
        ("Library work", False),
    ]  # the first column's categories ("Education") are no items


def test_a_criteria_column_of_categories_gives_no_items_but_a_column_of_duties_does() -> None:
    criteria = (
        "## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
        "| Qualifications | NMC registration | A teaching qualification |\n"
    )
    assert texts(criteria)[1] == [("NMC registration", True), ("A teaching qualification", False)]
    duties = "| What you will do | What you bring | Nice to have |\n|---|---|---|\n| Plan routes | Licence | Welsh |\n"
    assert texts(duties) == (["Plan routes"], [("Licence", True), ("Welsh", False)])


def test_a_table_with_words_beyond_its_first_column_is_no_matrix() -> None:
    _, quals = texts("## Requirements\n\n| Skill | Level | Years |\n|---|---|---|\n| Excel | Good | 2 |\n")
    assert quals == [("Excel: Good: 2", True)]


def test_numbered_heading_written_as_a_list_item() -> None:
    duties, quals = texts("1. Responsibilities\n\n- Count stock\n\n2. Requirements\n\n- Patience\n")
    assert (duties, quals) == (["Count stock"], [("Patience", True)])


def test_bullet_characters_and_inline_bullets() -> None:
    _, quals = texts("## Requirements\n\n• Python • SQL • Airflow\n\n• Calm\n• Kind\n")
    assert [text for text, _ in quals] == ["Python", "SQL", "Airflow", "Calm", "Kind"]


def test_a_definition_list_files_each_definition_under_its_term() -> None:
    body = "Duties\n: Count stock\n: Serve customers\n\nRequirements\n: Patience\n\nNice to have\n: A licence\n"
    duties, quals = texts(body)
    assert (duties, quals) == (
        ["Count stock", "Serve customers"],
        [("Patience", True), ("A licence", False)],
    )


def test_a_lead_in_written_as_an_entrys_last_line_introduces_the_entries_after_it() -> None:
    _, quals = texts("## Requirements\n\n- Python\n- SQL  \nNice to have:\n- Rust\n- Go\n")
    assert quals == [("Python", True), ("SQL", True), ("Rust", False), ("Go", False)]


@pytest.mark.parametrize("marker", ["-", "•"])
def test_an_entry_that_only_names_a_kind_introduces_the_entries_after_it(marker: str) -> None:
    _, quals = texts(
        f"## Requirements\n\n{marker} Python\n{marker} SQL\n{marker} Nice to have:\n{marker} Rust\n{marker} Go\n"
    )
    assert quals == [("Python", True), ("SQL", True), ("Rust", False), ("Go", False)]


def test_an_entry_ending_in_a_colon_that_names_no_kind_stays_an_item() -> None:
    _, quals = texts("## Requirements\n\n- Python\n- Tidy habits at the bench:\n- Rust\n")
    assert quals == [("Python", True), ("Tidy habits at the bench:", True), ("Rust", True)]


def test_an_entrys_last_line_ending_in_a_colon_that_names_no_kind_stays_its_text() -> None:
    _, quals = texts("## Requirements\n\n- Python\n- SQL, for example:  \nwindow functions:\n- Rust\n")
    assert quals[1] == ("SQL, for example: window functions:", True)
    assert quals[2] == ("Rust", True)


def test_an_entry_that_states_its_duty_before_its_examples_is_an_item() -> None:
    body = "## Duties\n\n- Keep the seed bank, including:\n  - logging each accession\n  - checking viability\n"
    duties, _ = texts(body)
    assert duties == ["Keep the seed bank, including:", "logging each accession", "checking viability"]


def test_a_colon_and_dash_ends_a_lead_in_as_a_colon_does() -> None:
    body = (
        "## Requirements for Appointment\n\nFor appointment to this grade, a candidate must have:-\n\n"
        "(i) Diploma in Environmental Health\n(ii) Registration with the Council\n"
    )
    _, quals = texts(body)
    assert [text for text, _ in quals] == ["Diploma in Environmental Health", "Registration with the Council"]


def test_a_table_cell_without_a_letter_or_digit_is_no_item() -> None:
    body = "## Requirements\n\n| Essential | Desirable |\n| --- | --- |\n| Forklift licence | – |\n"
    _, quals = texts(body)
    assert [text for text, _ in quals] == ["Forklift licence"]


def test_an_entry_stem_is_the_lead_in_of_the_entries_under_it() -> None:
    body = (
        "- **Responsibilities:**\n  - Write automated tests for the shop\n  - Review pull requests for testability\n"
        "- **Requirements:**\n  - Two years of test automation\n  - Knowledge of Playwright\n"
    )
    duties, quals = texts(body)
    assert duties == ["Write automated tests for the shop", "Review pull requests for testability"]
    assert [text for text, _ in quals] == ["Two years of test automation", "Knowledge of Playwright"]
    units = find_units(build_sections(parse_blocks(body), DEFAULT_VOCABULARY), DEFAULT_VOCABULARY)
    assert [unit.lead_in for unit in units] == ["Responsibilities:"] * 2 + ["Requirements:"] * 2


@pytest.mark.parametrize(
    "lead_in",
    [
        "Hands-on experience with any of the following tools is a big plus:",
        "Familiarity with one or more of the following would be an advantage:",
        "Une expérience sur un ou plusieurs des outils suivants serait un atout :",
    ],
)
def test_a_lead_in_saying_the_list_is_a_plus_is_no_item_and_makes_its_entries_preferred(lead_in: str) -> None:
    _, quals = texts(f"## Requirements\n\n- Go\n\n{lead_in}\n\n- Terraform\n- Ansible\n")
    assert quals == [("Go", True), ("Terraform", False), ("Ansible", False)]


def test_a_lead_in_with_a_requirement_of_its_own_stays_an_item() -> None:
    lead_in = "We are looking for someone with 5+ years of experience and the following skills:"
    _, quals = texts(f"## Requirements\n\n{lead_in}\n\n- Go\n- Rust\n")
    assert quals == [(lead_in, True), ("Go", True), ("Rust", True)]


def test_a_first_line_that_only_holds_a_headings_word_is_an_item_not_a_lead_in() -> None:
    # "Ansprechpartner" and "benefits" are words of headings (how to apply, benefits), not these lines' point.
    body = (
        "## Deine Aufgaben\n\nDer erste Ansprechpartner beim Kunden sein\nFragen schnell beantworten\n"
        "Dokumentationen aktuell halten\n\n## Your duties\n\nManage the benefits programme\nRun the payroll\n"
    )
    duties, _ = texts(body)
    assert duties == [
        "Der erste Ansprechpartner beim Kunden sein",
        "Fragen schnell beantworten",
        "Dokumentationen aktuell halten",
        "Manage the benefits programme",
        "Run the payroll",
    ]


def test_a_first_line_that_is_a_heading_phrase_or_labels_its_value_leads_the_lines_after_it() -> None:
    body = "Bonus points if you\nKnow Rust\nKnow Go\n\nSalary: 50k a year\nPension\nGym\n"
    units = find_units(build_sections(parse_blocks(body), DEFAULT_VOCABULARY), DEFAULT_VOCABULARY)
    assert [(unit.text, unit.lead_in) for unit in units] == [
        ("Know Rust", "Bonus points if you"),
        ("Know Go", "Bonus points if you"),
        ("Pension", "Salary: 50k a year"),
        ("Gym", "Salary: 50k a year"),
    ]


@pytest.mark.parametrize("lead_in", ["In addition, the role covers:", "The position also covers:"])
def test_a_lead_in_saying_what_the_role_covers_leads_duties(lead_in: str) -> None:
    entries = [
        "Quarter-end close, including accruals and deferred income",
        "Payroll sign-off (payroll itself is outsourced)",
        "Credit control for around 300 customers",
    ]
    body = (
        "---\ntitle: Finance Lead\n---\n\n## The role\n\nThe Finance Lead runs the finance function and reports "
        "to the COO. They manage an assistant and produce the monthly accounts.\n\n"
        + lead_in
        + "\n\n"
        + "".join(f"- {entry}\n" for entry in entries)
        + "\n## About you\n\nYou are a qualified accountant.\n"
    )
    duties, _ = texts(body)
    assert duties[-3:] == entries


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("In your first year, we'd like you to:", SectionKind.RESPONSIBILITIES),
        ("We need you to:", SectionKind.RESPONSIBILITIES),
        ("We'd like you to have:", None),
    ],
)
def test_what_the_employer_asks_the_hire_to_do_leads_duties(lead_in: str, kind: SectionKind | None) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) is kind


def test_lower_case_lines_broken_before_the_room_ran_out_are_entries_not_wrapped_prose() -> None:
    body = (
        "## You probably\n\nhave shipped a few services that real customers depended on every day\n"
        "enjoy writing tests\nknow your way around PostgreSQL and its query planner\nspeak German well\n"
    )
    _, requirements = texts(body)
    assert [text for text, _ in requirements] == [
        "have shipped a few services that real customers depended on every day",
        "enjoy writing tests",
        "know your way around PostgreSQL and its query planner",
        "speak German well",
    ]


def test_two_short_lines_without_a_stop_after_a_lead_in_are_two_entries() -> None:
    body = (
        "## Requirements\n\n- Three years of Go\n\nA plus if you have:\n\n"
        "experience with Kubernetes or similar platforms\nworked on payments before\n"
    )
    _, requirements = texts(body)
    assert requirements[-2:] == [
        ("experience with Kubernetes or similar platforms", False),
        ("worked on payments before", False),
    ]


def test_a_long_line_wrapped_once_without_a_stop_stays_one_entry() -> None:
    body = (
        "## Requirements\n\nExperience designing public interfaces consumed by other engineering teams\n"
        "within the organisation\n"
    )
    _, requirements = texts(body)
    assert len(requirements) == 1


def test_prose_wrapped_at_a_width_still_runs_on_into_its_lower_case_lines() -> None:
    body = (
        "## The role\n\nYou will look after the billing service that our customers rely on, and\n"
        "you will work with the payments team to keep the nightly reconciliation of\n"
        "invoices, refunds and credit notes running without manual fixes.\n"
    )
    duties, _ = texts(body)
    assert len(duties) == 1


def test_lines_one_per_item_after_a_paragraph_ending_in_a_colon_are_led_by_it() -> None:
    body = (
        "## Dein Profil\n\nDu bist ein Teamplayer und hast keine Angst vor Verantwortung. Du hast folgende "
        "Kompetenzen:\n\nSehr gute Deutschkenntnisse\nAffinität mit Software\n"
    )
    units = find_units(build_sections(parse_blocks(body), DEFAULT_VOCABULARY), DEFAULT_VOCABULARY)
    assert [unit.lead_in for unit in units][-2:] == ["Du hast folgende Kompetenzen:"] * 2


def test_one_line_under_a_capitals_label_is_an_item_as_several_would_be() -> None:
    body = (
        "QUALIFICATIONS\nTechnical diploma in electrical engineering\nThree years of maintenance experience\n\n"
        "PREFERRED\nExperience with PLCs\n"
    )
    units = find_units(build_sections(parse_blocks(body), DEFAULT_VOCABULARY), DEFAULT_VOCABULARY)
    assert [(unit.text, unit.form, unit.lead_in) for unit in units][-1] == ("Experience with PLCs", "line", "PREFERRED")
    _, quals = texts(body)
    assert quals[-1] == ("Experience with PLCs", False)


def test_lines_counted_with_letters_are_one_item_each() -> None:
    _, quals = texts("## Requirements\na) Three years of Go\nb) Experience with Kubernetes\nc) Calm under pressure\n")
    assert [text for text, _ in quals] == ["Three years of Go", "Experience with Kubernetes", "Calm under pressure"]


def test_footnotes_and_code_are_not_items() -> None:
    body = "## Responsibilities\n\n- Keep logs[^1]\n\n```\n- not an item\n```\n\n[^1]: Audit rules apply to you.\n"
    assert texts(body)[0] == ["Keep logs"]


_READER_WORDS = st.sampled_from(
    ["vous", "Vous", "tu", "Tu", "je", "Jij", "du", "Du", "Sie", "sie", "leiten", "arbeitest", "avez", "encadrez",
     "geeft", "hast", "ti occuperai", "visiterai", "la risorsa", "si", "occuperà", "en", "x", ",", "Außerdem", "planst",
     "travaillez", "usted", "você", "Tú", "begeleid", "plockar", "ansvarar", "eller", "met", "får", "entwickelst",
     "Você", "monta", "irá", "tem", "Budeš", "navrhovat", "Podílíš", "máš", "Vas", "a", "liderar", "tener",
     "yönetecek", "edecektir.", "olacak", "Gestionaràs", "Zodpovídáte", "תפתחו", "תקבלו", "سيتولى", "مسؤولاً",
     "عن"]
)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Daarnaast begeleid je nieuwe collega's.", True),  # the verb before the pronoun
        ("Als kok bereid je dagelijks verse maaltijden.", True),
        ("Gemeinsam mit dem Team entwickelst du neue Produkte.", True),
        ("Som kock lagar och serverar du maten.", True),
        ("Du ansvarar för kassan.", True),
        ("Du arbejder tæt sammen med kunderne.", True),
        ("Du snakker med kundene hver dag.", True),  # talking with people is work …
        ("Du snakker flytende tysk.", False),  # … speaking a language is a skill
        ("Du talar med leverantörerna om leveranserna.", True),
        ("Je hebt ervaring met koken.", False),  # having describes the candidate
        ("Bij ons krijg je een laptop.", False),  # what the reader gets
        ("Hos oss får du friskvårdsbidrag.", False),
        ("Du har körkort.", False),
        ("Samen met je team.", False),  # "je" as "your"
        ("Heb jij een rijbewijs?", False),  # a trait, asked verb first
    ],
)
def test_the_reader_addressed_with_the_verb_first_or_a_nordic_verb(sentence: str, duty: bool) -> None:
    assert (cues.SECOND_PERSON_DUTY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Vai atender os clientes por chat.", True),  # Portuguese leaves "você" out
        ("Também vai escrever artigos para o blog.", True),
        ("Além disso, irá organizar os eventos.", True),
        ("Vai ter um plano de saúde.", False),  # what the reader gets
        ("Terrai in ordine il magazzino.", True),  # an Italian future that ends unlike the others
        ("Manterrai i rapporti con i fornitori.", True),
        ("Predisporrai le liquidazioni IVA.", True),  # irregular futures
        ("Harás el seguimiento de los pedidos.", True),
        ("Disporrai di un portatile aziendale.", False),  # what the reader will have at hand
        ("También colaborarás con el equipo de producción.", True),  # after a word that adds it
        ("Inoltre, gestirai i rapporti con le banche.", True),
        ("Bei uns planen Sie die Touren.", True),
        ("Zudem kümmern Sie sich um den Zahlungsverkehr.", True),  # verbs that end in -ern and -eln
        ("Sie entwickeln neue Prüfverfahren.", True),
        ("Sie arbeiten sicher mit DATEV.", False),  # working confidently with a tool: a skill
        ("Sie beherrschen MS Office.", False),
        ("Sie arbeiten gern im Team.", False),  # what the reader likes doing: a trait
        ("Außerdem schreibst du gerne sauberen Code.", False),
        ("Bewerben Sie sich bis zum 1. Mai.", False),  # an imperative opens the sentence
        ("Schreiben Sie uns und entdecken Sie unsere Werkstatt.", False),
    ],
)
def test_the_reader_doing_the_work_unnamed_or_not_asked_to_apply(sentence: str, duty: bool) -> None:
    assert (cues.SECOND_PERSON_DUTY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie arbeiten sicher mit DATEV.",
        "Du arbeitest sehr sicher mit Excel.",
        "Sie kennen SAP FI.",
        "Sie arbeiten gern im Team.",
        "Du schreibst auch gerne Tests.",
        "Du fühlst dich im Marketing zu Hause.",
    ],
)
def test_a_german_reader_working_confidently_or_gladly_or_knowing_a_tool_is_described(sentence: str) -> None:
    assert cues.SECOND_PERSON_TRAIT.search(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("The position involves preparing the monthly accounts.", True),
        ("This role will include visits to our clients.", True),
        ("Die Stelle umfasst die Wartung der Anlagen.", True),
        ("Le poste consiste à préparer les commandes.", True),
        ("El puesto consiste en atender a los clientes.", True),
        ("Il ruolo prevede la gestione del magazzino.", True),
        ("A função envolve o atendimento ao cliente.", True),
        ("De functie omvat het plannen van routes.", True),
        ("Tjänsten innebär ansvar för lagret.", True),
        ("Praca polega na obsłudze klienta.", True),
        ("The position requires a degree in accounting.", False),  # what the job asks of its holder
        ("Our package includes a pension.", False),
        ("The successful candidate will hold a forklift licence.", False),  # will have, hold, bring: a requirement
        ("The successful candidate will lead the night shift.", True),
        ("They will set up continuous integration for the lab.", True),  # the hire as a pronoun
        ("S/he will run the weekly seminar.", True),
        ("The post-holder will also help supervise PhD students.", True),  # the hire as the post's holder
        ("The appointee will lead a team of four.", True),
        ("The successful applicant will hold a PhD.", False),
        ("Additionally, the person will represent us at conferences.", True),
        ("They will be a strong writer.", False),
        ("They will have a degree in statistics.", False),
        ("The bookkeeper will process payroll twice a month.", True),  # any word for a person at work
        ("This Support Worker will help residents with daily tasks.", True),
        ("The nurse will dress wounds and give medication.", True),
        ("The recruiter will contact shortlisted applicants.", False),  # who hires is no hire
        ("The number of hours will vary by season.", False),  # a word that names a thing
        ("The other members of the team will show you around.", False),
        ("The bookkeeper will have a bookkeeping certificate.", False),  # a requirement
        ("The successful candidate will receive full training.", False),  # what the hire gets
        ("The analyst will report to the finance director.", False),
    ],
)
def test_the_job_said_to_hold_its_duties_is_a_duty_cue(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    "sentence",
    [
        "The position involves preparing the monthly accounts and closing the books.",
        "Die Stelle umfasst die Wartung und Reparatur der Anlagen beim Kunden.",
        "Le poste consiste à préparer les commandes et à gérer le stock.",
    ],
)
def test_prose_saying_what_the_job_involves_is_a_duty(sentence: str) -> None:
    duties, _ = texts(f"## The job\n\n{sentence}\n")
    assert duties == [sentence]


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Du kommer att planera leveranserna till butikerna.", True),  # Swedish: you will plan
        ("Du kommer att få ett friskvårdsbidrag.", False),  # … you will get: a benefit
        ("Du vil udvikle vores lagersystem.", True),  # Danish
        ("Du skal ha erfaring med regnskap.", False),  # Norwegian: you must have
        ("Du skal kunne tale dansk.", False),  # Danish: you must be able to
        ("Du ansvarar för kassan och lagret.", True),
        ("Będziesz prowadzić księgowość spółek.", True),  # Polish: you will keep the books
        ("Będziesz mieć prywatną opiekę medyczną.", False),  # … you will have: a benefit
        ("Do twoich obowiązków będzie należało fakturowanie.", True),
        ("Le titulaire aura pour mission de tenir la caisse.", True),
        ("La personne sera chargée du suivi des commandes.", True),
        ("Il tecnico avrà il compito di installare gli impianti.", True),
        ("This person will answer the calls of our tenants.", True),
        ("The postdoc will run the field experiments.", True),
        ("This person will be based in our Leeds office.", False),
        ("The candidate will have a forklift licence.", False),
        ("Gestirà inoltre i rapporti con le banche.", True),  # the third person of the future opens it
        ("Se encargará de las revisiones preventivas.", True),
        ("Desenvolverá aplicativos para os nossos clientes.", True),
        ("Tendrá experiencia en ventas.", False),  # having, being, needing, valuing: no duty
        ("Dovrà avere la patente B.", False),
        ("Se valorará el inglés.", False),
        ("Vous êtes responsable de la relation avec les fournisseurs.", True),  # you are in charge of
        ("Tu es en charge des inventaires mensuels.", True),
        ("Vous êtes autonome et responsable.", False),  # a trait: responsible, of nothing
        ("Eres responsable del almacén de recambios.", True),
        ("Sei responsabile della cassa.", True),
        ("Você é responsável pela agenda da equipe.", True),
    ],
)
def test_duties_said_of_the_reader_or_the_hire_in_more_languages(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Your primary responsibility will be keeping the API fast.", True),
        ("This position will administer the grants of the foundation.", True),
        ("This role will be focused on training new volunteers.", True),
        ("This role will report to the finance director.", False),
        ("This position will require some travel.", False),
        ("You will be based in our Leeds office.", False),  # where, not what
        ("You will join a team of five engineers.", False),
        ("You will be part of a small support team.", False),
        ("You will be answering the calls of our tenants.", True),
        ("You will find and fix the slowest queries.", True),  # finding as work, not finding a team
        ("Als planner ben je verantwoordelijk voor de ritplanning.", True),  # the verb before its subject
        ("Daarnaast bent u verantwoordelijk voor de kas.", True),
        ("Valuteranno i processi di sicurezza dei fornitori.", True),  # the plural of the future opens it
        ("In particolare si occuperanno della raccolta dei dati.", True),
        ("Saranno ben retribuiti.", False),  # being: no duty
    ],
)
def test_duties_of_the_role_and_of_the_hires_said_in_other_ways(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("We are looking for a data engineer to build and run our route-planning pipelines.", True),
        ("Harbour Dental is seeking a full-time office manager to run the front desk.", True),
        ("We're looking for someone, ideally a cyclist, to plan our delivery rounds.", True),  # a comma closes it
        ("Notre cabinet recherche un comptable pour tenir la comptabilité de nos clients.", True),
        ("Hotel Miramar busca un técnico para revisar las instalaciones eléctricas.", True),
        ("A Padaria Estrela procura um analista para organizar as vendas das lojas.", True),
        ("La nostra azienda cerca un magazziniere per gestire il carico delle merci.", True),
        ("Wir suchen eine Fachkraft, um unsere Kunden im Raum Köln zu betreuen.", True),
        ("Wij zoeken een planner om onze ritten te plannen.", True),
        ("Vi söker en ekonom för att sköta vår bokföring.", True),
        ("Vi søger en tekniker til at vedligeholde vores maskiner.", True),
        ("Wir suchen Verstärkung, um unser Team zu verstärken.", False),  # strengthening the team
        ("Vi söker en designer för att ansluta sig till vårt team!", False),
        ("Vi söker någon som har en passion för att skapa bra design.", False),  # the "som" part's own
        ("We're looking for an experienced iOS engineer to join our team in Bristol.", False),  # joining
        ("Buscamos enfermeros para nuestra unidad de cirugía.", False),  # for a ward, to do nothing
        ("We are looking for engineers who know how to design fast systems.", False),  # the "who" part's own
        ("The trust seeks to improve the lives of carers.", False),  # the employer's aim, no one sought
        ("If you are looking for a place to grow, write to us.", False),  # the reader's search
        ("We are looking for a chef with ten years of experience, and applicants need to send a menu.", False),
    ],
)
def test_the_employer_seeking_someone_to_do_the_work_is_a_duty_cue(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    "sentence",
    [
        "You will be able to join our team next spring.",
        "Until then, you will be invited to work with us on a short contract.",
        "If you like tidy code, you will fit right in.",
        "You will be asked to upload a CV and a cover letter.",
        "You'll find a friendly crew and a big kitchen.",
        "Encontrará más información en nuestra web.",  # will find, will receive, will enjoy
        "Recibirá formación durante el primer mes.",
        "Disfrutará de un horario flexible.",
        "Riceverà un buono pasto giornaliero.",
        "Costituirà titolo preferenziale la conoscenza di SAP.",  # will constitute
    ],
)
def test_what_the_hire_will_be_allowed_find_or_get_is_no_duty_cue(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Du liebst sauberen Code.", "trait"),  # liking, wanting and thinking describe the candidate
        ("Du denkst analytisch.", "trait"),
        ("Sie lieben den Kontakt mit Kunden.", "trait"),
        ("Tu aimes le travail bien fait.", "trait"),
        ("Je vindt het leuk om te puzzelen.", "trait"),
        ("Vous rejoindrez une équipe de dix personnes.", None),  # joining, getting, growing: neither
        ("Vous bénéficierez d'une mutuelle.", None),
        ("Du bekommst ein Jobticket.", None),
        ("Je krijgt een laptop van de zaak.", None),
        ("Vous développez nos API.", "duty"),
        ("Du entwickelst unsere App.", "duty"),
    ],
)
def test_the_reader_who_likes_joins_or_does(sentence: str, kind: str | None) -> None:
    trait = cues.SECOND_PERSON_TRAIT.search(sentence) is not None
    duty = cues.SECOND_PERSON_DUTY.search(sentence) is not None
    assert (trait, duty) == (kind == "trait", kind == "duty")


@pytest.mark.parametrize(
    "sentence",
    [
        "Du har körkort och gillar att köra.",  # Swedish: you have
        "Du är noggrann och strukturerad.",  # you are
        "Du er vant til at arbejde selvstændigt.",  # Danish: you are
        "Du snakker flytende norsk.",  # Norwegian: you speak
    ],
)
def test_the_reader_described_in_the_nordic_languages_is_a_trait(sentence: str) -> None:
    assert cues.SECOND_PERSON_TRAIT.search(sentence) is not None
    assert cues.QUAL_WEAK.match(sentence) is not None
    assert cues.SECOND_PERSON_DUTY.search(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "trait"),
    [
        ("Além disso, você é organizado e curioso.", True),  # Portuguese and Spanish, anywhere in the sentence
        ("Além disso, você desenvolve a nossa app.", False),  # a duty, not a trait
        ("Además, tú eres una persona organizada.", True),
    ],
)
def test_the_reader_named_anywhere_in_portuguese_or_spanish_is_described(sentence: str, trait: bool) -> None:
    assert (cues.SECOND_PERSON_TRAIT.search(sentence) is not None) is trait


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("As a nurse, you will care for the patients of ward 3.", True),
        ("As a Principal Engineer your goal is to lead the platform.", True),
        ("As a nurse, you are calm under pressure.", False),  # what the reader is, not does
        ("As a developer, you have five years of experience with Go.", False),
        ("Vil du arbejde hos os?", False),  # a question to the reader, not a duty
        ("Vil du være en del af holdet?", False),
        ("Ihre Aufgaben sind spannend.", False),
        ("Dovrà avere esperienza nel settore.", False),  # will have to have: a requirement
        ("Dovrà saper gestire le priorità.", False),
        ("Budete mít možnost pracovat z domova.", False),  # what the reader may do: no duty
        ("Ekibimizin bir parçası olacaksınız.", False),  # what the reader will be
        ("Yemek kartı alacaksınız.", False),  # what the reader will get
        ("Vei beneficia de tichete de masă.", False),
    ],
)
def test_as_a_role_the_reader_does_a_duty_or_is_described(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Masz co najmniej dwa lata doświadczenia.", cues.QUAL_WEAK),  # Polish: you have
        ("Jesteś osobą komunikatywną.", cues.QUAL_WEAK),  # you are
        ("Musisz mieć prawo jazdy kategorii B.", cues.QUAL_STRONG),  # you must have
        ("Du måste ha truckkort.", cues.QUAL_STRONG),  # Swedish: you must have
        ("Vi söker dig som har arbetat med ekonomi.", cues.SEEKING),
        ("Szukamy osoby, która zna Excela.", cues.SEEKING),
        ("Nous cherchons quelqu'un de patient.", cues.SEEKING),
        ("Vi ser etter deg som har traktorsertifikat.", cues.SEEKING),
        ("We need someone who can turn spreadsheets into reports.", cues.SEEKING),
        ("We are in search of a nurse with a valid licence.", cues.SEEKING),
        ("The department seeks applicants with a PhD in statistics.", cues.SEEKING),
        ("Gesucht: Teamplayer mit Erfahrung im Vertrieb.", cues.SEEKING),
        ("Conosce il gestionale Zucchetti.", cues.QUAL_WEAK),  # the hire in the third person
        ("Posee carnet de conducir.", cues.QUAL_WEAK),
        ("Sinulla on B-ajokortti.", cues.QUAL_WEAK),  # Finnish: you have
        ("Olet täsmällinen ja reipas.", cues.QUAL_WEAK),  # you are
        ("Odotamme sinulta kokemusta asiakaspalvelusta.", cues.QUAL_STRONG),  # we expect of you
        ("Tehtäviisi kuuluu kassatyöskentely.", cues.RESPONSIBILITY),  # your tasks include
        ("Vastaat varaston järjestyksestä.", cues.RESPONSIBILITY),  # you are responsible for
        ("You care about clean, well-tested code.", cues.QUAL_WEAK),
        ("Conoces bases de datos relacionales.", cues.QUAL_WEAK),  # Spanish: you know, the pronoun left out
        ("Te gusta trabajar en equipo.", cues.QUAL_WEAK),  # you like
        ("Conosci il pacchetto Office.", cues.QUAL_WEAK),  # Italian: you know
        ("Falas inglês fluentemente.", cues.QUAL_WEAK),  # European Portuguese: you speak
        ("Ihr Tätigkeitsspektrum umfasst die Auslegung von Teilsystemen.", cues.RESPONSIBILITY),  # your duties
        ("Zu deinen Aufgaben gehört die Pflege der Website.", cues.RESPONSIBILITY),
        ("Vos missions seront les suivantes : tenir la comptabilité.", cues.RESPONSIBILITY),
        ("Tus funciones serán el mantenimiento de las líneas.", cues.RESPONSIBILITY),
        ("Jouw taken zijn het plannen van de ritten.", cues.RESPONSIBILITY),
        ("Dina arbetsuppgifter är att planera leveranser.", cues.RESPONSIBILITY),
        ("Som salgskonsulent får du ansvaret for vores kunder.", cues.RESPONSIBILITY),  # verb first
        ("I rollen kommer du att arbeta i små team.", cues.RESPONSIBILITY),
        ("Ao enfermeiro competirá prestar cuidados aos doentes.", cues.RESPONSIBILITY),  # falls to the nurse
        ("Será também responsável pelo registo clínico.", cues.RESPONSIBILITY),
        ("Wir erwarten eine abgeschlossene Ausbildung.", cues.QUAL_STRONG),  # we expect
        ("Os candidatos devem ter licenciatura em Enfermagem.", cues.QUAL_STRONG),  # candidates must have
        ("Les candidats doivent justifier de deux ans d'expérience.", cues.QUAL_STRONG),
        ("Los candidatos deberán contar con carnet de conducir.", cues.QUAL_STRONG),
        ("Bewerber müssen über einen Führerschein verfügen.", cues.QUAL_STRONG),
        ("Dovrà inoltre utilizzare il muletto.", cues.RESPONSIBILITY),  # Italian: will have to use
        ("I tjänsten ingår även att delta i kundmöten.", cues.RESPONSIBILITY),  # the job includes
        ("Duties include answering phones and greeting patients.", cues.RESPONSIBILITY),
        ("The coordinator also handles payments.", cues.RESPONSIBILITY),  # the hire in the third person
        ("Vaší náplní práce bude vedení účetnictví.", cues.RESPONSIBILITY),  # Czech: your work will be
        ("Budete také komunikovat s finančním úřadem.", cues.RESPONSIBILITY),  # you will communicate
        ("Požadujeme středoškolské vzdělání.", cues.QUAL_STRONG),  # we require
        ("Očakávame preukaz na VZV.", cues.QUAL_STRONG),  # Slovak: we expect
        ("Máte praxi v účetnictví.", cues.QUAL_WEAK),  # you have
        ("Vergi beyannamelerini hazırlayacaksınız.", cues.RESPONSIBILITY),  # Turkish: you will prepare
        ("En az 3 yıl deneyimli adaylar arıyoruz.", cues.QUAL_STRONG),  # we seek experienced candidates
        ("De asemenea, vei colabora cu auditorii externi.", cues.RESPONSIBILITY),  # Romanian: you will work with
        ("Feladatod lesz a főkönyvi könyvelés.", cues.RESPONSIBILITY),  # Hungarian: your task will be
        ("Anda akan mengelola akun media sosial.", cues.RESPONSIBILITY),  # Indonesian: you will manage
        ("Tugas kamu juga termasuk menyusun laporan.", cues.RESPONSIBILITY),  # your tasks also include
        ("Kandidat harus memiliki gelar sarjana.", cues.QUAL_STRONG),  # candidates must have
        ("Kamu menguasai Canva.", cues.QUAL_WEAK),  # you master
        ("日商簿記2級以上をお持ちの方。", cues.PERSON_SOUGHT_ENDING),  # Japanese: a person who holds …
        ("経理の実務経験が2年以上ある方（業界不問）", cues.PERSON_SOUGHT_ENDING),
        ("TypeScript에 능숙하신 분", cues.PERSON_SOUGHT_ENDING),  # Korean: a person fluent in …
        ("顧客の課題を解決する提案力が求められます。", cues.PERSON_SOUGHT_ENDING),  # Japanese: … is asked of you
        ("Som utvecklare kommer du att vara ansvarig för vår app.", cues.RESPONSIBILITY),  # you will be responsible
        ("Du vil være ansvarlig for lageret.", cues.RESPONSIBILITY),  # Norwegian and Danish
        ("월별 결산과 세금 신고를 담당하게 됩니다.", cues.RESPONSIBILITY),  # you will take charge of …
    ],
)
def test_cues_of_requirements_duties_and_the_search_for_someone_across_languages(
    sentence: str, cue: CaselessPattern
) -> None:
    assert cue.search(sentence) is not None


def test_the_employer_seeking_to_achieve_something_seeks_no_one() -> None:
    assert cues.SEEKING.search("The trust seeks to improve the lives of carers.") is None


@pytest.mark.parametrize(
    "sentence",
    ["You will have full ownership of the billing service.", "You'll have responsibility for the release train."],
)
def test_having_ownership_or_responsibility_is_a_duty_not_a_requirement(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is not None
    assert cues.QUAL_STRONG.search(sentence) is None


def test_what_the_reader_will_have_otherwise_is_a_requirement_not_a_duty() -> None:
    sentence = "You will have experience owning a service in production."
    assert (cues.RESPONSIBILITY.search(sentence), cues.QUAL_STRONG.search(sentence) is not None) == (None, True)


def test_what_the_reader_will_get_in_indonesian_is_no_duty() -> None:
    assert cues.RESPONSIBILITY.search("Anda akan mendapatkan gaji yang kompetitif.") is None


@pytest.mark.parametrize(
    "entry",
    [
        "Progettare gruppi meccanici",
        "Gestionar las cuentas de clientes",
        "Rédiger les spécifications",
        "Desenvolver novas telas",
    ],
)
def test_a_romance_infinitive_opening_an_entry_is_a_duty_verb(entry: str) -> None:
    assert cues.DUTY_VERB_START.match(entry) is not None


@pytest.mark.parametrize(
    ("sentence", "duty_verb"),
    [
        ("Rebuild the sync engine on top of SQLite.", True),
        ("Rewrite the billing service in Go.", True),
        ("Rebuilt in 2019, the plant runs on solar power.", False),  # a participle, not the verb that opens a duty
    ],
)
def test_rebuilding_and_rewriting_open_duties(sentence: str, duty_verb: bool) -> None:
    assert (cues.DUTY_VERB_START.match(sentence) is not None) is duty_verb


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Responsibilities also include writing the grant reports.", True),
        ("Your work will focus on the reconstruction algorithms.", True),
        ("We expect you to build and ship features every sprint.", True),
        ("We expect you to have shipped a mobile app before.", False),  # what the hire has: a requirement
    ],
)
def test_more_english_ways_of_stating_the_work(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


def test_a_lead_in_ending_on_what_the_candidate_has_is_a_bare_stem() -> None:
    assert is_bare_stem("It would be an added advantage if the candidate has:")
    assert not is_bare_stem("It would be an added advantage if the candidate has worked in a school.")


def test_a_significant_part_of_the_role_is_a_duty() -> None:
    sentence = "A significant part of the role is managing our relationships with funders."
    assert cues.RESPONSIBILITY.search(sentence) is not None


@pytest.mark.parametrize("entry", ["Software engineering experience", "Unsere Kunden", "Former teachers welcome"])
def test_words_that_end_like_romance_infinitives_are_no_duty_verbs(entry: str) -> None:
    assert cues.DUTY_VERB_START.match(entry) is None


@pytest.mark.parametrize(
    "sentence",
    ["Vi söker dig som är ansvarsfull och noggrann.", "Du er ansvarlig og struktureret.", "Er du ansvarlig for alt?"],
)
def test_being_responsible_as_a_trait_or_in_a_question_in_the_nordic_languages_is_no_duty(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is None


@pytest.mark.parametrize(
    "phrase", ["柔軟な働き方", "Excelの使い方を学べます", "方針を決める", "求められる人物像について"]
)
def test_a_way_of_doing_is_no_person_sought(phrase: str) -> None:
    assert cues.PERSON_SOUGHT_ENDING.search(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "requirement"),
    [
        ("It is essential that you hold a forklift licence.", True),
        ("É fundamental que saiba falar inglês.", True),
        ("Es imprescindible tener carnet de conducir.", True),
        ("Il est indispensable de parler allemand.", True),
        ("È molto importante avere esperienza in cucina.", True),
        ("Es importante para nosotros la puntualidad.", False),  # what the employer values, no "que"
        ("Se requiere ciclo formativo de grado medio.", True),  # "is required"
        ("Si richiede la patente B.", True),
        ("Completano il profilo precisione e riservatezza.", True),  # "complete the profile"
        ("Oczekujemy znajomości programu Symfonia.", True),  # "we expect", "we require"
        ("Wymagamy prawa jazdy kat. B.", True),
        ("Exige-se licenciatura em Enfermagem.", True),  # Portuguese: "is required"
        ("Wij verwachten een afgeronde mbo-opleiding.", True),
        ("Att hålla sig uppdaterad inom teknik är en självklarhet.", True),  # Swedish: goes without saying
        ("Gute Deutschkenntnisse setzen wir voraus.", True),  # we take for granted
        ("Geduld und Humor sind dabei unverzichtbar.", True),  # indispensable
        ("Dafür brauchen Sie einen Staplerschein.", True),  # you need
        ("L'écoute et la rigueur sont des qualités indispensables.", True),
        ("La conoscenza di SAP è indispensabile.", True),
        ("El inglés es un plus, pero no es imprescindible.", False),  # denied
        ("Un diplôme n'est pas indispensable.", False),
    ],
)
def test_a_requirement_said_impersonally_is_a_strong_cue(sentence: str, requirement: bool) -> None:
    assert (cues.QUAL_STRONG.search(sentence) is not None) is requirement


@pytest.mark.parametrize(
    ("sentence", "requirement", "duty"),
    [
        ("The successful candidate will have three years of payroll experience.", True, False),
        ("Applicants should be fluent in Welsh.", True, False),
        ("The post holder will be able to drive a van.", True, False),
        ("The right person will be comfortable with ambiguity.", True, False),  # no duty: what they are
        ("The successful candidate will manage the payroll team.", False, True),  # what they will do
        ("Exceptional candidates will have the opportunity to apply for a fellowship.", False, False),
    ],
)
def test_what_the_hire_will_or_must_have_said_of_them_is_a_requirement(
    sentence: str, requirement: bool, duty: bool
) -> None:
    assert (cues.QUAL_STRONG.search(sentence) is not None) is requirement
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    "sentence",
    [
        "Será sua função organizar o armazém.",
        "Votre rôle sera de gérer la caisse.",
        "Il tuo compito sarà seguire i clienti.",
        "Deine Aufgabe ist die Pflege unserer Kunden.",
        "Jouw taak is het plannen van de routes.",
    ],
)
def test_the_readers_task_named_in_other_languages_is_a_duty_cue(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is not None


def test_a_swedish_clause_that_opens_on_att_is_no_german_duty() -> None:
    # "att du har": "att" ends like a German verb ("arbeitest du"), but it is Swedish "that".
    assert cues.SECOND_PERSON_DUTY.search("Vi tror att du har ett öga för detaljer.") is None


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Você monta as escalas da equipe de cozinha.", True),  # what the reader does now
        ("Junto com a gerente, você define o cardápio da semana.", True),
        ("Você irá atender os clientes no balcão.", True),  # and will do
        ("Você vai conduzir as reuniões de obra.", True),
        ("Você acompanhará as entregas dos fornecedores.", True),
        ("Você tem carteira de motorista.", False),  # what the reader has, is, knows or likes
        ("Você é organizado e pontual.", False),
        ("Você conhece as normas de segurança.", False),
        ("Você realmente gosta de atender pessoas.", False),
        ("Você irá somar a um time de doze pessoas.", False),  # what the reader joins or gets
        ("Você fará parte de uma rede de lojas.", False),
        ("Você receberá vale-refeição.", False),
        ("Você terá um plano de carreira.", False),
        ("Você vai poder usar as ferramentas da casa.", False),
    ],
)
def test_the_portuguese_reader_doing_something_is_a_duty(sentence: str, duty: bool) -> None:
    assert (cues.SECOND_PERSON_DUTY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Projektujesz i wdrażasz nowe moduły systemu.", True),  # Polish, the reader doing it now
        ("Zajmiesz się obsługą zamówień.", True),  # or about to
        ("Oraz prowadzisz szkolenia dla nowych osób.", True),
        ("Masz prawo jazdy kategorii B.", False),  # having, knowing, getting, joining
        ("Znasz pakiet Office.", False),
        ("Otrzymasz telefon służbowy.", False),
        ("Dołączysz do zespołu dwunastu osób.", False),
        ("Nasz magazyn działa na trzy zmiany.", False),  # no verb at all
    ],
)
def test_the_reader_doing_the_job_in_polish_is_a_duty(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("倉庫の在庫管理を行っていただきます。", True),  # Japanese: the hire asked to do it
        ("新店舗の立ち上げをお任せします。", True),  # entrusted with it
        ("経理業務をご担当いただきます。", True),
        ("当社は物流の改善を行います。", False),  # what the company does
        ("フォークリフトの資格をお持ちの方", False),  # who the hire is
        ("负责仓库的日常管理", True),  # Chinese: responsible for it, opening the duty
        ("有负责团队的经验", False),  # experience of it, a requirement
        ("거래처 채권 및 채무를 관리합니다.", True),  # Korean: what the role does, ending the sentence
        ("식대를 지원합니다.", False),  # what the employer provides
        ("자격증 소지자는 우대합니다.", False),  # what is preferred
        ("ご入居者様の日常生活のサポートをお願いします。", True),  # Japanese: the hire asked to do it
        ("ご応募をお願いします。", False),  # but not asked to apply
    ],
)
def test_duties_in_japanese_and_chinese_are_cued(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("you'd own our storage engine.", True),
        ("you'd also set up our deployment.", True),
        ("you'd have a laptop of your choice.", False),  # having, as with "you'll"
        ("when something breaks, you'd rather fix the process.", False),  # a trait
        ("we'd love to hear how you'd tackle this project!", False),  # a question to the reader
    ],
)
def test_what_the_reader_would_do_is_a_duty(sentence: str, duty: bool) -> None:
    assert (cues.RESPONSIBILITY.search(sentence) is not None) is duty


def test_a_wish_that_ends_on_not_needing_it_is_a_preferred_item_not_a_relaxation() -> None:
    assert texts("## Requirements\n- Knowledge of TeX would help a lot but isn't required.\n")[1] == [
        ("Knowledge of TeX would help a lot but isn't required.", False)
    ]
    only_relaxing = "## Requirements\n\nYou have five years of Python. A degree is not required.\n"
    assert texts(only_relaxing)[1] == [("You have five years of Python.", True)]


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Budeš navrhovat backendové služby.", True),  # Czech: the reader's future
        ("Spolupracuješ úzce s analytiky.", True),  # and present
        ("Máš zkušenosti s Javou.", False),  # having is a trait
        ("Budeš mít vlastní notebook.", False),  # and so is getting
        ("Vas a liderar un equipo de doce personas.", True),  # Spanish "vas a"
        ("Vas a tener un sueldo competitivo.", False),
        ("Gestionaràs les xarxes socials.", True),  # Catalan's future
        ("Bordro süreçlerini yönetecek.", True),  # Turkish: the verb last
        ("Ekibin bir parçası olacaksınız.", False),  # being, not doing
        ("תפתחו פיצ'רים חדשים במערכת.", True),  # Hebrew: the reader's future
        ("תקבלו מחשב נייד.", False),  # getting is no duty
        ("سيتولى إعداد كشوف الرواتب.", True),  # Arabic: the hire's future
        ("سيكون المرشح مسؤولاً عن التوظيف.", True),
    ],
)
def test_the_readers_duty_is_found_in_more_languages(sentence: str, duty: bool) -> None:
    assert (cues.SECOND_PERSON_DUTY.search(sentence) is not None) is duty


def test_ukrainian_addresses_the_reader_as_russian_does() -> None:
    assert cues.CYRILLIC_READER.duty.search("ти писатимеш автотести на playwright.") is not None
    assert cues.CYRILLIC_READER.duty.search("ти будеш тестувати веб-застосунки.") is not None
    assert cues.CYRILLIC_READER.trait.search("ти добре розумієш архітектуру.") is not None


@pytest.mark.parametrize("question", ["Heb jij een rijbewijs?", "Spreek je Duits?", "Ben je beschikbaar?"])
def test_a_dutch_question_with_the_verb_first_asks_for_a_trait(question: str) -> None:
    assert cues.SECOND_PERSON_TRAIT.search(question) is not None


@given(st.lists(_READER_WORDS, max_size=8), st.sampled_from([" ", ", ", "  "]))
def test_other_language_reader_is_found_wherever_its_patterns_match(words: list[str], separator: str) -> None:
    sentence = separator.join(words)
    if any(p.search(sentence) for p in (cues.SECOND_PERSON_DUTY, cues.SECOND_PERSON_TRAIT, cues.YOU_ANYWHERE)):
        assert cues.OTHER_LANGUAGE_READER.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This role reports to the head of finance.",
        "Riporterai direttamente al responsabile di magazzino.",
        "Du berichtest direkt an die Geschäftsführung.",
        "Reportarás al director de operaciones.",
        "Je rapporteert aan de teamleider.",
    ],
)
def test_whom_the_hire_reports_to_is_no_item_in_each_language(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "no_item"),
    [
        ("You don't need a degree in computer science.", True),
        ("Note: we are not expecting you to know every tool above.", True),
        ("Você não precisa ter experiência com React Native.", True),
        ("Du brauchst übrigens kein abgeschlossenes Studium.", True),
        ("No hace falta experiencia previa en hostelería.", True),
        ("Vous n'avez pas besoin d'être expert en SQL.", True),
        ("Je hoeft geen ervaring te hebben met Python.", True),
        ("You need a driving licence.", False),  # a need, not its absence
        ("Experience with Kafka is not required but helps.", False),  # a preferred requirement
    ],
)
def test_what_the_hire_need_not_have_is_no_item(sentence: str, no_item: bool) -> None:
    assert (cues.NOT_AN_ITEM.search(sentence) is not None) is no_item


@pytest.mark.parametrize(
    "sentence",
    [
        "If you know Rust and meet the above requirements, we would love to hear from you.",
        "Wir freuen uns auf deine Bewerbung!",
        "Wir freuen uns über Ihre Unterlagen.",
        "Om du är intresserad, skicka din ansökan till oss.",  # the reader interested, in each language
        "Si vous êtes intéressée, écrivez-nous.",
        "Se sei interessato, invia il tuo CV.",
        "Als je geïnteresseerd bent, stuur dan je cv.",
        "Bei Interesse senden Sie uns Ihre Unterlagen.",
    ],
)
def test_a_closing_invitation_to_write_is_no_item(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "no_item"),
    [
        ("Send your portfolio to jobs@example.org.", True),  # the reader asked to apply, in each language
        ("Envoyez-moi votre CV avant vendredi.", True),
        ("Schick uns deine Bewerbung per Mail.", True),
        ("Invia il tuo CV a lavora@example.it.", True),
        ("Envíanos tu currículum.", True),
        ("Envie seu currículo para vagas@example.com.br.", True),
        ("Stuur je cv en motivatie naar ons.", True),
        ("Skicka in din ansökan senast 1 maj.", True),
        ("Send invoices to our clients every month.", False),  # sending as a duty
    ],
)
def test_asking_the_reader_to_send_an_application_is_no_item(sentence: str, no_item: bool) -> None:
    assert (cues.NOT_AN_ITEM.search(sentence) is not None) is no_item


@pytest.mark.parametrize(
    "sentence",
    [
        "You will work from home or from our Berlin office.",
        "Home office budget of 500 euros",
        "Deux jours de télétravail par semaine",
        "Bis zu zwei Tage mobiles Arbeiten",
        "Twee dagen thuiswerken per week",
    ],
)
def test_where_the_work_is_done_is_no_item(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "trait"),
    [
        ("Dessutom har du körkort för truck.", True),  # Swedish: the verb before "du" after an opening phrase
        ("Som person er du nysgjerrig og strukturert.", True),  # Norwegian
        ("I rollen gillar du att ha många bollar i luften.", True),
        ("Hos oss har du möjlighet att växa.", False),  # what the reader is offered
    ],
)
def test_the_nordic_reader_described_after_an_opening_phrase_is_a_trait(sentence: str, trait: bool) -> None:
    assert (cues.SECOND_PERSON_TRAIT.search(sentence) is not None) is trait


def test_lines_broken_by_br_under_a_bold_label_are_items_on_their_file_line() -> None:
    text = (
        "---\ntitle: Cook\n---\n**Duties**<br>Plan the menu<br>Order the stock\n\n"
        "**Requirements**<br>A food hygiene certificate\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Plan the menu", 4), ("Order the stock", 4)]
    assert [(q.text, q.line) for q in posting.qualifications] == [("A food hygiene certificate", 6)]


def test_lines_ended_by_a_hard_line_break_lose_the_backslash() -> None:
    text = (
        "---\ntitle: Cook\n---\n**Duties**\\\nPlan the menu\\\nOrder the stock\n\n"
        "## Requirements\n- A food hygiene certificate\\\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Plan the menu", 5), ("Order the stock", 6)]
    assert [q.text for q in posting.qualifications] == ["A food hygiene certificate"]


def test_entries_written_as_short_paragraphs_under_a_heading_of_duties_or_requirements_are_items() -> None:
    # A page that writes each entry as a <p>, turned into Markdown: no markers, a blank line between entries.
    text = (
        "---\ntitle: Werkstudent Einkauf\n---\n## Deine Aufgaben\n\nPflege der Lieferantendaten\n\n"
        "Vorbereitung von Bestellungen und Auswertungen\n\n## Dein Profil\n\nLaufendes Studium der BWL\n\n"
        "Sorgfältige und zuverlässige Arbeitsweise\n\nSichere Deutschkenntnisse\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [
        ("Pflege der Lieferantendaten", 6),
        ("Vorbereitung von Bestellungen und Auswertungen", 8),
    ]
    assert [q.text for q in posting.qualifications] == [
        "Laufendes Studium der BWL",
        "Sorgfältige und zuverlässige Arbeitsweise",
        "Sichere Deutschkenntnisse",
    ]


def test_short_paragraphs_elsewhere_are_no_list_of_items() -> None:
    text = "---\ntitle: Buyer\n---\n## Contact\n\nJane Doe\n\nHead of Purchasing\n\nExample Ltd, Leeds\n"
    posting = parse(text)
    assert (posting.responsibilities, posting.qualifications) == ([], [])


def test_a_run_of_short_paragraphs_is_read_without_its_images_and_addresses() -> None:
    from jobspec.items import _listed_fragments

    blocks = parse_blocks(
        "Fluent German\n\nA driving licence\n\nDetails: https://example.com/job\n\n![Team](team.png)\n\nCalm\n"
    )
    assert _listed_fragments(blocks) == frozenset({0, 1})


def test_a_posting_written_as_one_paragraph_is_read_by_the_labels_inside_it() -> None:
    text = (
        "---\ntitle: Warehouse Operative\n---\nWe are hiring for our Leeds depot. Responsibilities: Pick and pack"
        " orders. Load delivery vans. Requirements: A forklift licence. Experience in a warehouse is a plus.\n"
    )
    posting = parse(text)
    assert [r.text for r in posting.responsibilities] == ["Pick and pack orders.", "Load delivery vans."]
    assert [(q.text, q.required) for q in posting.qualifications] == [
        ("A forklift licence.", True),
        ("Experience in a warehouse is a plus.", False),
    ]


def test_a_letters_sign_off_under_a_heading_of_duties_is_no_list() -> None:
    text = "---\ntitle: Cook\n---\n## Your tasks\n\n- Plan the menu\n\nSee you soon,\n\nJane Doe\n"
    posting = parse(text)
    assert [r.text for r in posting.responsibilities] == ["Plan the menu"]


def test_bold_paragraphs_of_a_posting_rendered_to_html_head_their_lists() -> None:
    text = (
        "---\ntitle: Cook\n---\n<p><strong>Your tasks</strong></p>\n<ul>\n<li>Plan the menu</li>\n</ul>\n"
        "<p><strong>Our kitchen</strong></p>\n<ul>\n<li>Wood-fired oven</li>\n<li>Team of six</li>\n</ul>\n"
    )
    posting = parse(text)
    assert [r.text for r in posting.responsibilities] == ["Plan the menu"]
    assert posting.qualifications == []


def test_a_field_whose_label_names_no_kind_is_read_sentence_by_sentence() -> None:
    duties, _ = texts(
        "**The role:** You will run the pass. You will train two cooks.\n\n**About us:** We cook. We bake.\n"
    )
    assert duties == ["You will run the pass.", "You will train two cooks."]


@pytest.mark.parametrize(
    "sentence", ["A degree is not required.", "No experience is necessary, as full training is provided."]
)
def test_a_sentence_that_says_something_is_not_needed_is_no_item(sentence: str) -> None:
    _, quals = texts(f"## Requirements\n\n{sentence} You must be calm under pressure.\n")
    assert quals == [("You must be calm under pressure.", True)]


def test_a_desirable_mark_after_a_criterion_makes_it_preferred_and_a_licence_class_does_not() -> None:
    _, quals = texts("## Person specification\n\n- Calm [E]\n- A coaching award (D)\n- A licence (D1)\n")
    assert quals == [("Calm [E]", True), ("A coaching award (D)", False), ("A licence (D1)", True)]


def test_numbered_criteria_under_a_desirable_line_are_preferred() -> None:
    body = "## Person specification\n\nEssential\n1. A DBS check\n2. Patience\nDesirable\n3. First aid\n4. A licence\n"
    _, quals = texts(body)
    assert quals == [("A DBS check", True), ("Patience", True), ("First aid", False), ("A licence", False)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We'd like someone who is highly organised and enjoys helping others.", "qualification"),
        ("The role also includes co-supervising two PhD students.", "responsibility"),
        ("This includes allocating work at the start of each shift.", "responsibility"),
        ("The post holder is expected to maintain stock levels.", "responsibility"),
    ],
)
def test_more_english_signs_of_prose_items(sentence: str, kind: str) -> None:
    duties, quals = texts(f"## The job\n\nWe are a small bakery in Leeds.\n\n{sentence}\n")
    assert (duties, [text for text, _ in quals]) == (([sentence], []) if kind == "responsibility" else ([], [sentence]))


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("## Requirements\n\n- Forklift licence\n- We do not require any qualifications.\n", "Forklift licence"),
        ("## Exigences\n\n- Permis B\n- Aucun diplôme n'est exigé.\n", "Permis B"),
        ("## Profil\n\n- Erfahrung im Verkauf\n- Ein Studium ist keine Voraussetzung.\n", "Erfahrung im Verkauf"),
        ("## 応募資格\n\n- 普通自動車免許\n- 学歴不問\n", "普通自動車免許"),
        ("## 任职要求\n\n- 大专以上学历\n- 无教学经验亦可\n", "大专以上学历"),
        ("## 任职要求\n\n- 本科及以上学历，专业不限\n- 学历不限\n", "本科及以上学历，专业不限"),  # any subject
    ],
)
def test_what_the_hire_need_not_have_is_no_requirement_in_more_languages(body: str, kept: str) -> None:
    assert [text for text, _ in texts(body)[1]] == [kept]


def test_a_person_specifications_legend_is_no_requirement() -> None:
    body = "## Person specification\n\n(E) = Essential, (D) = Desirable\n\n- NVQ Level 3 (E)\n- First aid (D)\n"
    assert texts(body)[1] == [("NVQ Level 3 (E)", True), ("First aid (D)", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Criteria marked (E) are essential and those marked (D) are desirable.",
        "Applications close at noon on 3 May.",
    ],
)
def test_a_legend_in_words_and_the_closing_of_applications_are_cued_as_no_item(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Under general supervision, performs cataloguing of new items.",
        "Under direction, plans the branch's events.",
        "At the end of each shift, reconcile the till.",  # when the duty is done
        "Every morning, check the cold room temperatures.",
    ],
)
def test_a_duty_after_the_supervision_it_is_done_under_opens_on_a_duty_verb(sentence: str) -> None:
    assert cues.DUTY_VERB_START.match(sentence) is not None


@pytest.mark.parametrize("sentence", ["At Acme, we build rockets.", "On a good day, the team ships twice."])
def test_an_opening_phrase_before_no_duty_verb_is_no_duty_start(sentence: str) -> None:
    assert cues.DUTY_VERB_START.match(sentence) is None


def test_an_entry_naming_the_group_of_entries_nested_under_it_is_no_item() -> None:
    body = (
        "## Responsibilities\n\n- Partnerships\n  - Meet district officers every month\n"
        "  - Brief partner clinics on the programme\n- Write the quarterly donor report\n"
    )
    duties, _ = texts(body)
    assert "Partnerships" not in duties
    assert "Write the quarterly donor report" in duties


@pytest.mark.parametrize(
    ("name", "is_item"),
    [("Experiência e formação", False), ("Experiência: 5 anos", True)],
)
def test_an_entry_of_a_requirement_s_nouns_over_nested_entries_names_their_group(name: str, is_item: bool) -> None:
    body = (
        f"## Requisitos\n\n- {name}\n  - Escolaridade obrigatória\n"
        "  - Curso técnico de logística\n- Carta de condução\n"
    )
    _, requirements = texts(body)
    assert ((name, True) in requirements) is is_item
    assert ("Curso técnico de logística", True) in requirements


@pytest.mark.parametrize(
    ("sentence", "not_an_item"),
    [
        ("Informal visits are welcome.", True),
        ("For an informal discussion, call Jo.", True),
        ("Experience of home visits is welcome.", False),  # a wish for experience, of visits
    ],
)
def test_an_invitation_to_visit_is_no_item_but_experience_of_visits_is_one(sentence: str, not_an_item: bool) -> None:
    assert (cues.NOT_AN_ITEM.search(sentence.lower()) is not None) is not_an_item


@pytest.mark.parametrize(
    "signature",
    [
        "Kind regards,\nSandra Okafor\nHR Business Partner\nNorthgate Logistics",
        "Un saludo, Javier Moll\nRecursos humanos",
        "Mit freundlichen Grüßen\n\nSandra Okafor\nPersonalabteilung",
        "--\nProf. Rebecca Lindqvist\nT: 01327 555 0192",
        "À bientôt,\nClaire Morel",
        "Hope to hear from you soon, Tom",
    ],
)
def test_a_signature_after_the_items_gives_no_items(signature: str) -> None:
    body = f"## Requirements\n\n- Forklift licence\n- Two years in a warehouse\n\n{signature}\n"
    assert texts(body)[1] == [("Forklift licence", True), ("Two years in a warehouse", True)]


def test_a_sentence_that_opens_on_thanks_is_no_signature() -> None:
    assert texts("## Duties\n\nThanks to our partners we grow fast. You will run the depot.\n")[0] == [
        "You will run the depot."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je krijgt een contract volgens de cao Horeca.",
        "Je werkt in een rooster van vroege, late en nachtdiensten.",
        "En temporada alta se trabaja en turno partido.",
        "Du bekommst einen unbefristeten Vertrag.",
        "Applications from early career teachers are welcome.",
    ],
)
def test_what_the_reader_gets_and_when_they_work_is_cued_as_no_item(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence.lower()) is not None


def test_a_willingness_to_work_shifts_is_not_cued_as_no_item() -> None:
    assert cues.NOT_AN_ITEM.search("sie sind bereit, im schichtdienst zu arbeiten.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Visits to the nursery are warmly encouraged.",
        "Informal visits are most welcome.",
        "For a chat about the role, please call Sam on 0113 496 0000.",
    ],
)
def test_an_invitation_to_visit_or_call_is_no_item(sentence: str) -> None:
    assert cues.NOT_AN_ITEM.search(sentence) is not None


def test_an_invitation_to_visit_among_requirements_is_no_requirement() -> None:
    body = (
        "# Teacher\n\n## Requirements\n\nQualified teacher status is essential. "
        "Visits to the school are warmly encouraged.\n"
    )
    assert [q.text for q in parse(body).qualifications] == ["Qualified teacher status is essential."]


def test_lines_ending_on_semicolons_after_a_colon_are_entries_though_as_long_as_wrapped_prose() -> None:
    lines = [
        "rédiger des notes juridiques et des projets de conclusions pour les associés ;",
        "effectuer des recherches de jurisprudence et de doctrine en droit social ;",
        "préparer les audiences devant les juridictions du travail de Bruxelles ;",
        "assurer le suivi des échéances et la communication avec les clients.",
    ]
    body = "## Vos missions\n\nAu quotidien, il s'agira de :\n" + "\n".join(lines) + "\n"
    assert texts(body)[0] == lines


@pytest.mark.parametrize(
    ("sentence", "not_an_item"),
    [
        ("Work Schedule: Monday - Friday, 8:00am - 4:30pm", True),
        ("Preference will be given to EE candidates.", True),  # South Africa's employment equity
        ("Preference will be given to applicants with a forklift licence.", False),
        ("Incomplete applications will not be considered.", True),
        ("Plan the work schedule for the team each week.", False),  # a duty that names a schedule
    ],
)
def test_a_schedules_field_and_a_note_on_applications_are_no_items(sentence: str, not_an_item: bool) -> None:
    assert (cues.NOT_AN_ITEM.search(sentence.lower()) is not None) is not_an_item


def test_lines_under_a_label_line_are_entries_though_evenly_long_when_none_ends_a_sentence() -> None:
    lines = [
        "scarico dei camion con il transpallet elettrico e controllo dei colli",
        "sistemazione della merce a scaffale secondo il planogramma del negozio",
        "inventari periodici con il terminale portatile e segnalazione ammanchi",
    ]
    body = "# Magazziniere\n\nMansioni:\n" + "\n".join(lines) + "\n"
    assert [unit.text for unit in read_structure(body).units] == lines


def test_wrapped_entries_under_a_label_line_stay_joined() -> None:
    body = (
        "# Planner\n\nEXAMPLES OF DUTIES:\n"
        "Reviews building permits for conformance with the Local Plan and the\n"
        "Design Code. Advises applicants at the counter on permit questions and\n"
        "drafts the reports for the Planning Board.\n"
    )
    assert [unit.text for unit in read_structure(body).units] == [
        "Reviews building permits for conformance with the Local Plan and the Design Code.",
        "Advises applicants at the counter on permit questions and drafts the reports for the Planning Board.",
    ]


def test_two_lines_of_one_sentence_wrapped_once_are_one_sentence() -> None:
    body = (
        "## Desirable\n\nWorking knowledge of Python or MATLAB and experience with Arduino or Raspberry\n"
        "Pi-based sensors. Familiarity with GIS software.\n"
    )
    units = read_structure(body).units
    assert [unit.text for unit in units] == [
        "Working knowledge of Python or MATLAB and experience with Arduino or Raspberry Pi-based sensors.",
        "Familiarity with GIS software.",
    ]


def test_two_short_lines_stay_two_entries() -> None:
    units = read_structure("## Requirements\n\nForklift licence\nTwo years in a warehouse.\n").units
    assert [unit.text for unit in units] == ["Forklift licence", "Two years in a warehouse."]


def test_a_list_of_one_under_a_sub_heading_after_a_sibling_of_duties_is_a_duty() -> None:
    duties = [
        "Greet customers and help them find books, films and online resources",
        "Process loans and returns and manage reservations for members",
    ]
    body = (
        "# Library Assistant\n\n## Key accountabilities\n\n**Customer service**\n\n"
        + "".join(f"- {duty}\n" for duty in duties)
        + "\n**Collections**\n\n- Shelve and tidy the collection\n"
    )
    assert texts(body)[0] == [*duties, "Shelve and tidy the collection"]


@pytest.mark.parametrize(
    ("sentence", "sought"),
    [
        ("We need someone to keep the warehouse running.", True),
        ("We need a bench joiner to make up sash windows.", True),
        ("We need you to help us automate the releases.", False),  # the reader, addressed
        ("We need someone who will run our evening drop-in.", True),
        ("We need someone who will have a car.", False),  # what the person has, not does
        ("You need to hold a forklift licence.", False),
    ],
)
def test_someone_the_employer_needs_to_do_the_work(sentence: str, sought: bool) -> None:
    assert (cues.SOUGHT_TO_DO.search(sentence) is not None) is sought


@pytest.mark.parametrize(
    ("entry", "duty"),
    [
        ("To diagnose and repair light vehicles to manufacturer standards.", True),
        ("To be successful you will hold a supervisor licence.", False),  # a condition, no duty
    ],
)
def test_the_posts_purpose_opens_on_a_duty(entry: str, duty: bool) -> None:
    assert (cues.DUTY_VERB_START.search(entry) is not None) is duty


def test_short_lines_one_an_entry_stay_entries_when_a_sentence_closes_them() -> None:
    lines = ["har kørekort til bil", "taler dansk eller engelsk", "er mødestabil og glad for dyr"]
    closing = "Det er en fordel, hvis du har erfaring med kvæg."
    body = "# Staldmedarbejder\n\n**Vi forventer, at du**\n" + "\n".join([*lines, closing]) + "\n"
    assert [unit.text for unit in read_structure(body).units] == [*lines, closing]


def test_prose_wrapped_in_short_lines_stays_one_sentence() -> None:
    body = "# Baker\n\nWe bake bread for\nthe whole valley and\nwe are hiring a baker\nto start in May.\n"
    assert [unit.text for unit in read_structure(body).units] == [
        "We bake bread for the whole valley and we are hiring a baker to start in May."
    ]


@pytest.mark.parametrize(
    "entry",
    ["Mix, shape and bake the loaves", "Adjust the filling machines", "Undertakes research and publishes papers"],
)
def test_verbs_of_occupations_beyond_the_office_open_duties(entry: str) -> None:
    assert cues.DUTY_VERB_START.match(entry) is not None


def test_a_list_of_duty_verbs_under_a_heading_of_no_kind_is_a_list_of_duties() -> None:
    body = (
        "## The mahi\n\n- Mix and shape our dough every morning\n- Feed our starter before the bake\n"
        "- Clean our ovens on Fridays\n- Pack our orders for the van\n\n## What you bring\n\n- Two years in a bakery\n"
    )
    duties, quals = texts(body)
    assert duties == [
        "Mix and shape our dough every morning",
        "Feed our starter before the bake",
        "Clean our ovens on Fridays",
        "Pack our orders for the van",
    ]
    assert quals == [("Two years in a bakery", True)]


def test_a_table_of_a_duties_column_beside_a_requirements_column_lists_each_column() -> None:
    body = (  # the second header names requirements among other words ("what we look for in you")
        "## Postul\n\n| Ce vei face | Ce căutăm la tine |\n|---|---|\n"
        "| Servești clienții la casă | Studii medii |\n| Aranjezi marfa la raft | Disponibilitate în weekend |\n"
    )
    duties, quals = texts(body)
    assert duties == ["Servești clienții la casă", "Aranjezi marfa la raft"]
    assert quals == [("Studii medii", True), ("Disponibilitate în weekend", True)]


def test_a_bold_row_with_no_marks_names_a_group_of_criteria_and_is_no_item() -> None:
    body = (
        "## Person specification\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
        "| **Qualifications** | | |\n| Registered nurse | ✓ | |\n| **Skills** | | |\n| Phlebotomy | | ✓ |\n"
    )
    _, quals = texts(body)
    assert quals == [("Registered nurse", True), ("Phlebotomy", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Du vil have ansvaret for medicingivning i aftenvagten.",  # Danish: you will have the responsibility
        "Du får ansvar för kassan och inventeringen.",  # Swedish
        "Tulet vastaamaan laiteohjelmiston kehityksestä.",  # Finnish: you will be responsible
        "È prevista la partecipazione ai consigli di classe.",  # Italian: the post foresees
        "Serão ainda da sua responsabilidade as campanhas nas escolas.",  # Portuguese: your responsibility
    ],
)
def test_the_reader_having_the_responsibility_for_something_is_a_duty_cue(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is not None


def test_a_trial_period_the_post_foresees_is_no_duty_cue() -> None:
    assert cues.RESPONSIBILITY.search("È previsto un periodo di prova di sei mesi.") is None

"""Stage 4: headings of every shape open sections."""

from __future__ import annotations

import pytest

from jobspec import parse
from jobspec.blocks import parse_blocks
from jobspec.models import SectionKind
from jobspec.pipeline import read_structure
from jobspec.sections import SectionNode, build_sections
from jobspec.vocabulary import DEFAULT_VOCABULARY


def outline(body: str) -> list[tuple[str | None, int, int, bool]]:
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    return [(n.heading, n.level, n.line, n.is_field) for r in roots for n in r.walk()]


def test_lead_then_nested_atx_sections() -> None:
    body = "Intro text.\n\n## Role\n\ntext\n\n### Sub\n\n- a\n\n## Next\n"
    assert outline(body) == [
        (None, 0, 1, False),
        ("Role", 2, 3, False),
        ("Sub", 3, 7, False),
        ("Next", 2, 11, False),
    ]


def test_bold_lines_open_sections_below_the_last_heading() -> None:
    body = "## Job\n\n**Key Responsibilities:**\n\n* Build\n\n__Requirements__\n* Python\n"
    assert outline(body) == [
        ("Job", 2, 1, False),
        ("Key Responsibilities", 3, 3, False),
        ("Requirements", 3, 7, False),
    ]


def test_a_label_read_as_the_last_line_of_a_list_entry_parts_the_list() -> None:
    # No blank line between the entry and the label: Markdown reads the label as the entry's last line.
    body = "## Job\n\n- Plan routes\n- Load the van\nRequirements:\n- Licence B\n**Benefits**\n- A van\n"
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    nodes = [n for r in roots for n in r.walk()]
    assert [(n.heading, n.line) for n in nodes] == [("Job", 1), ("Requirements", 5), ("Benefits", 7)]
    entries = [[e.markdown for b in n.blocks for e in b.entries] for n in nodes]
    assert entries == [["Plan routes", "Load the van"], ["Licence B"], ["A van"]]


def test_a_last_line_of_an_entry_that_names_no_kind_stays_in_the_entry() -> None:
    body = "## Job\n\n- Plan routes and\nload the van:\n- Drive\n"
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    assert [n.heading for r in roots for n in r.walk()] == ["Job"]


def test_bold_sentences_are_emphasis_not_headings() -> None:
    body = "**You will lead the platform team through a large migration.**\n\n- Plan it\n"
    assert outline(body) == [(None, 0, 1, False)]


def test_short_bold_questions_are_headings() -> None:
    body = "**Wat ga je doen?**\n- Orders verzamelen\n\n**Czego oczekujemy?**\n- Prawo jazdy\n"
    assert outline(body) == [("Wat ga je doen?", 1, 1, False), ("Czego oczekujemy?", 1, 4, False)]


def test_a_plain_question_naming_a_kind_before_a_list_is_a_heading() -> None:
    body = "Intro.\n\nWat ga je doen?\n\n- Orders verzamelen\n"
    assert [heading for heading, *_ in outline(body)] == [None, "Wat ga je doen?"]


def test_a_sentence_in_chinese_is_not_short_enough_to_be_a_heading() -> None:
    # One item that names a kind ("…者优先": preferred) is still an item, not the heading "1. Requirements" is.
    body = "## 加分项\n\n- 有大规模分布式系统经验者优先\n\n## 福利待遇\n\n- 五险一金\n"
    assert [heading for heading, *_ in outline(body)] == ["加分项", "福利待遇"]


def test_a_bold_line_ending_in_a_full_width_stop_is_emphasis() -> None:
    body = "**我们希望你能独立负责项目。**\n\n- 负责开发\n"
    assert outline(body) == [(None, 0, 1, False)]


def test_a_question_naming_a_kind_heads_the_lines_of_its_paragraph() -> None:
    body = "Wat ga je doen?\nJe verzamelt orders.\nJe pakt ze in.\n\nWat vragen wij?\nJe bent fit.\n"
    assert [(heading, line) for heading, _, line, _ in outline(body)] == [
        ("Wat ga je doen?", 1),
        ("Wat vragen wij?", 5),
    ]


def test_a_question_that_names_no_kind_stays_in_its_paragraph() -> None:
    body = "Can you start in May?\nThe season opens then.\n"
    assert outline(body) == [(None, 0, 1, False)]


def test_html_bold_lines_are_read_as_markdown_bold_lines() -> None:
    body = (
        "<strong>Why join us?</strong>\n\nWe ship.\n\n<strong>Your tasks</strong>\n\n- Build\n\n"
        "<b>Tools we like</b>\n\n- Redis\n\n<STRONG>Contract:</STRONG> permanent\n"
    )
    assert outline(body) == [
        ("Why join us?", 1, 1, False),  # a short question is a heading, as "**Why join us?**" is
        ("Your tasks", 1, 5, False),
        ("Tools we like", 1, 9, False),
        ("Contract", 1, 13, True),
    ]


def test_an_html_bold_start_of_a_sentence_is_no_heading_and_keeps_its_text() -> None:
    body = "<strong>Note</strong> that we hire in Berlin only.\n"
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    assert [n.heading for r in roots for n in r.walk()] == [None]
    assert roots[0].blocks[0].markdown == body.strip()


def test_a_word_ending_in_a_known_heading_tail_on_its_own_line_opens_a_section() -> None:
    body = "## Helper\n\nThe lab needs help with a project.\n\nHauptaufgaben\n\nWrite reports and plan trips.\n"
    assert [h for h, *_ in outline(body)] == ["Helper", "Hauptaufgaben"]


def test_a_word_ending_in_a_known_tail_or_stem_names_a_kind_and_other_words_do_not() -> None:
    assert DEFAULT_VOCABULARY.names_a_kind("Arbeitsaufgaben")  # "~aufgaben"
    assert DEFAULT_VOCABULARY.names_a_kind("Responsiblities")  # "responsib~", misspelt
    assert not DEFAULT_VOCABULARY.names_a_kind("Datenbank")
    assert not DEFAULT_VOCABULARY.names_a_kind("Aufgaben für das Team")  # more than the phrase


@pytest.mark.parametrize(
    "heading", ["Les avantages", "Die Aufgaben", "The requirements", "Los requisitos", "Il profilo", "Het profiel"]
)
def test_a_known_phrase_after_a_definite_article_names_a_kind(heading: str) -> None:
    assert DEFAULT_VOCABULARY.names_a_kind(heading)
    assert not DEFAULT_VOCABULARY.names_a_kind(heading.split()[0])  # the article alone names nothing


def test_a_plain_line_naming_benefits_after_an_article_ends_the_duties() -> None:
    body = "Nous sommes une PME.\n\nVos missions\n- Entretenir les chaudières\n\nLes avantages\n- Un véhicule\n"
    posting = parse(body)
    assert [item.text for item in posting.responsibilities] == ["Entretenir les chaudières"]
    assert [item.text for item in posting.benefits] == ["Un véhicule"]


def test_fields_and_label_lines() -> None:
    body = "**Location:** Berlin\n\n**Security Clearance:**\nSecret\n\nWhat you'll do:\n- Ship\n"
    assert outline(body) == [
        ("Location", 1, 1, True),
        ("Security Clearance", 1, 3, True),
        ("What you'll do", 1, 6, False),
    ]


def test_a_bold_question_then_its_answer_on_the_line_is_a_field() -> None:
    body = "**What's the job?** Driving a van around Leeds.\n\n**Who are we after?** A calm driver.\n"
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    assert [(node.heading, node.is_field, node.blocks[0].markdown) for node in roots] == [
        ("What's the job", True, "Driving a van around Leeds."),
        ("Who are we after", True, "A calm driver."),
    ]


def test_a_bold_label_over_one_value_is_a_field_and_over_sentences_a_heading() -> None:
    field = build_sections(parse_blocks("**Clearance:**\nSecret\n"), DEFAULT_VOCABULARY)[0]
    prose = build_sections(parse_blocks("**Your day:**\nYou cook. You clean.\n"), DEFAULT_VOCABULARY)[0]
    assert (field.heading, field.is_field) == ("Clearance", True)
    assert (prose.heading, prose.is_field) == ("Your day", False)


def test_a_bold_question_that_is_the_whole_line_stays_a_heading_of_what_follows() -> None:
    body = "**Who are we after?**\n\n- A calm driver\n"
    assert outline(body) == [("Who are we after?", 1, 1, False)]


def test_headings_missing_their_space_and_wrapped_in_hashes() -> None:
    body = "##Duties:\n- a\n\n###Apply by email to x@example.org###\n"
    assert outline(body) == [("Duties:", 2, 1, False), ("Apply by email to x@example.org", 3, 4, False)]


def test_known_heading_phrase_on_its_own_line() -> None:
    body = "Job Description\n\nWe build things.\n\nA plain sentence line\n"
    assert outline(body) == [("Job Description", 1, 1, False)]


def test_heading_written_as_label_and_value_is_a_field() -> None:
    roots = build_sections(parse_blocks("### **Experience: 2 to 4 years**\n"), DEFAULT_VOCABULARY)
    node: SectionNode = roots[0]
    assert (node.heading, node.is_field, node.blocks[0].markdown) == ("Experience", True, "2 to 4 years")


def test_a_field_at_the_top_does_not_swallow_the_headings_after_it() -> None:
    body = "**Salary:** €50,000 a year\n\n## Job Description\n\ntext\n\n## Requirements\n- Python\n"
    assert outline(body) == [
        ("Salary", 1, 1, True),
        ("Job Description", 2, 3, False),
        ("Requirements", 2, 7, False),
    ]


def test_a_paragraph_after_a_field_under_a_named_section_is_back_in_that_section() -> None:
    body = (
        "## Person specification\n\n**Essential:** A degree in biology.\n\n**Desirable:** Experience with PCR.\n\n"
        "The post holder must be able to lift 20 kg.\n"
    )
    roots = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    specification = roots[0]
    assert [block.markdown for block in specification.blocks] == ["The post holder must be able to lift 20 kg."]
    assert [child.blocks[0].markdown for child in specification.children] == [
        "A degree in biology.",
        "Experience with PCR.",
    ]
    posting = parse(body)
    assert [(item.text, item.required) for item in posting.qualifications] == [
        ("A degree in biology.", True),
        ("Experience with PCR.", False),
        ("The post holder must be able to lift 20 kg.", True),
    ]


def test_a_line_ending_in_an_ellipsis_over_a_list_introduces_it() -> None:
    posting = parse("# Analista\n\n¿Qué buscamos?\n\n- SQL avanzado\n\n✨ Suma puntos si...\n\n- Conoces Airflow\n")
    assert [(item.text, item.required) for item in posting.qualifications] == [
        ("SQL avanzado", True),
        ("Conoces Airflow", False),
    ]


def test_a_field_keeps_the_paragraph_after_it_outside_a_named_section() -> None:
    body = "**Clinic:** a small practice near Bath\n\nYou will run the nurse clinics.\n"
    (field,) = build_sections(parse_blocks(body), DEFAULT_VOCABULARY)
    assert field.is_field
    assert [block.markdown for block in field.blocks] == [
        "a small practice near Bath",
        "You will run the nurse clinics.",
    ]


def test_labelled_lines_under_a_bold_line_are_its_parts_as_under_a_heading() -> None:
    body = (
        "**Deliverables**\n\n**Strategy** – Plan the site map:\n- Map the journeys\n\n"
        "**Design** – Produce a site that is:\n- Accessible\n\n**Requirements**\n\n- A portfolio\n"
    )
    assert outline(body) == [
        ("Deliverables", 1, 1, False),
        ("Strategy", 2, 3, True),
        ("Design", 2, 6, True),
        ("Requirements", 1, 9, False),
    ]
    as_atx = outline(body.replace("**Deliverables**", "## Deliverables").replace("**Requirements**", "## Requirements"))
    assert [(heading, level) for heading, level, _, _ in as_atx] == [
        ("Deliverables", 2),
        ("Strategy", 3),
        ("Design", 3),
        ("Requirements", 2),
    ]


def test_fields_after_a_lead_in_line_or_another_field_stay_siblings() -> None:
    body = "**Location:** Berlin\n\n**Salary:** 50k\n\nWhat you'll do:\n- Ship\n\n**Start:** May\n"
    assert [(heading, level) for heading, level, _, _ in outline(body)] == [
        ("Location", 1),
        ("Salary", 1),
        ("What you'll do", 1),
        ("Start", 1),
    ]


def test_a_bold_line_right_over_bold_fields_heads_them_and_is_no_field() -> None:
    body = "**Deliverables**\n**Strategy** – Plan the site map\n**Design** – Draw the pages\n"
    assert outline(body) == [("Deliverables", 1, 1, False), ("Strategy", 2, 2, True), ("Design", 2, 3, True)]


def test_a_bold_label_over_its_value_below_is_not_a_part_of_the_bold_line_before() -> None:
    body = "**Deliverables**\n**Strategy** – Plan the site map\n\n**Who we look for**\nIdeal candidates have:\n- Go\n"
    assert [(heading, level) for heading, level, _, _ in outline(body)] == [
        ("Deliverables", 1),
        ("Strategy", 2),
        ("Who we look for", 1),
        ("Ideal candidates have", 1),
    ]


def test_a_bold_label_broken_from_its_lines_by_br_heads_them() -> None:
    body = "## Job\n\n**Duties**<br>Plan the menu<br>Order the stock\n\n**Requirements**<br/>A hygiene certificate\n"
    assert outline(body) == [("Job", 2, 1, False), ("Duties", 3, 3, True), ("Requirements", 3, 5, True)]


def test_a_bold_label_ended_by_a_hard_line_break_heads_the_lines_below() -> None:
    body = "**Duties**\\\nPlan the menu\\\nOrder the stock\n"
    assert outline(body) == [("Duties", 1, 1, True)]


def test_section_labels_inside_a_paragraph_open_sections() -> None:
    body = "We run a depot in Leeds. Duties: Pick orders. Load vans. Requirements: A forklift licence.\n"
    assert outline(body) == [(None, 0, 1, False), ("Duties", 1, 1, True), ("Requirements", 1, 1, True)]


def test_a_label_that_names_no_section_leaves_the_paragraph_whole() -> None:
    body = "We run a depot in Leeds. Note: the role is fixed term. Parking: on site.\n"
    assert outline(body) == [(None, 0, 1, False)]


def test_a_bold_sentence_whose_link_ends_it_is_emphasis_not_a_heading() -> None:
    body = "**This post first appeared on [our blog.](https://example.com/blog)**\n\nWe are hiring a baker.\n"
    assert outline(body) == [(None, 0, 1, False)]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("ΑΠΑΙΤΟΥΜΕΝΑ ΠΡΟΣΟΝΤΑ", "qualifications"),  # Greek capitals leave out their accents
        ("ΚΥΡΙΕΣ ΑΡΜΟΔΙΟΤΗΤΕΣ", "responsibilities"),
        ("SUNDUKLARIMIZ", "benefits"),  # Turkish "I" lower-cases to a dotless "ı" in the phrase, to "i" here
        ("يُفضَّل", "preferred_qualifications"),  # Arabic with its vowel points
        ("Co oceníme", "preferred_qualifications"),
        ("Fajnie, jeśli", "preferred_qualifications"),
        ("Як плюс", "preferred_qualifications"),
        ("Aranan Özellikler", "qualifications"),
        ("[근무조건]", "benefits"),
        ("Co od tebe čekáme", "qualifications"),
        ("Atribuțiile postului", "responsibilities"),  # Romanian's article joined to its noun
        ("Condiții specifice de participare", "qualifications"),
        ("Co od vás chceme", "qualifications"),
        ("O que a gente espera de você", "qualifications"),
        ("Seria legal se você tivesse", "preferred_qualifications"),
        ("¿Cuál será tu reto?", "responsibilities"),
        ("3. Zakres wykonywanych zadań na stanowisku", "responsibilities"),  # numbered, as Polish offices do
        ("Work Performed", "responsibilities"),  # a Canadian public employer's duties
    ],
)
def test_headings_in_capitals_with_points_or_in_less_common_words_name_their_kind(heading: str, kind: str) -> None:
    found = DEFAULT_VOCABULARY.heading_kind(heading)
    assert found is not None
    assert found.value == kind


def test_a_greek_phrase_without_accents_is_not_a_heading_of_another_kind() -> None:
    assert DEFAULT_VOCABULARY.heading_kind("Προφίλ εταιρείας") is not SectionKind.QUALIFICATIONS


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # a column of codes names each criterion's kind; the column of how it is assessed is no part of it
            "| Criteria | E/D | Assessed by |\n|---|---|---|\n"
            "| A pharmacy qualification | E | Application |\n| Care home experience | D | Interview |\n",
            [("A pharmacy qualification", True), ("Care home experience", False)],
        ),
        (  # a column of how criteria are assessed leaves the ticked columns to say their kind
            "| Criteria | Essential | Desirable | Assessed |\n|---|:-:|:-:|---|\n"
            "| A PhD in criminology | ✓ | | A |\n| Fellowship of Advance HE | | ✓ | A/I |\n",
            [("A PhD in criminology", True), ("Fellowship of Advance HE", False)],
        ),
    ],
)
def test_a_person_specification_table_with_codes_or_assessment_lists_each_criterion_under_its_kind(
    table: str, expected: list[tuple[str, bool]]
) -> None:
    posting = parse(f"## Person specification\n\n{table}")
    assert [(item.text, item.required) for item in posting.qualifications] == expected


def test_an_html_person_specification_lists_each_column_under_its_kind() -> None:
    body = (
        "## Person specification\n\n<table>\n<tr><th>Essential</th><th>Desirable</th></tr>\n"
        "<tr><td>A DBS check</td><td>First aid</td></tr>\n<tr><td>Patience</td><td></td></tr>\n</table>\n"
    )
    posting = parse(body)
    assert [(item.text, item.required, item.line) for item in posting.qualifications] == [
        ("A DBS check", True, 5),
        ("Patience", True, 6),
        ("First aid", False, 5),
    ]


def test_a_label_in_lenticular_brackets_heads_its_part_with_a_sentence_under_it_or_a_value_after_it() -> None:
    body = (
        "【仕事内容】\n病棟での看護業務をお任せします。\n・バイタルチェック\n・看護記録の作成\n\n"
        "【給与】時給1,150円〜\n"
    )
    posting = parse(body)
    assert [(section.heading, section.kind) for section in posting.sections] == [
        ("【仕事内容】", SectionKind.RESPONSIBILITIES),
        ("【給与】", SectionKind.BENEFITS),
    ]
    assert [item.text for item in posting.responsibilities] == [
        "病棟での看護業務をお任せします。",
        "バイタルチェック",
        "看護記録の作成",
    ]


def test_a_label_in_capitals_over_lines_of_text_heads_them_whatever_it_names() -> None:
    body = "# Driver\n\nTHE JOB\nCollect containers from the port\nCarry out vehicle checks\n\nWORK_TYPE: INTERN\n"
    posting = parse(body)
    assert [section.heading for section in posting.sections[0].subsections] == ["THE JOB"]
    assert [item.text for item in posting.responsibilities] == [
        "Collect containers from the port",
        "Carry out vehicle checks",
    ]


def test_a_bold_line_after_a_pictograph_is_a_heading() -> None:
    posting = parse("# Installateur\n\n🔧 **Jouw werk**\n\n- Je installeert warmtepompen\n")
    assert [(section.heading, section.kind) for section in posting.iter_sections()][-1] == (
        "Jouw werk",
        SectionKind.RESPONSIBILITIES,
    )


def test_a_long_line_in_capitals_that_names_a_kind_heads_the_lines_under_it() -> None:
    body = "ABOUT YOU\n\n• Two years in small animal practice\n\nIT WOULD BE GREAT IF YOU ALSO HAVE\n\n• A diploma\n"
    headings = [(node.heading, node.declared) for root in read_structure(body).roots for node in root.walk()]
    assert ("IT WOULD BE GREAT IF YOU ALSO HAVE", SectionKind.PREFERRED_QUALIFICATIONS) in headings

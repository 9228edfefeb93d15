"""Stage 6: the units a posting's items can be, found by its layout."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jobspec import items, parse
from jobspec.blocks import ListEntry
from jobspec.pipeline import read_structure
from jobspec.sentences import split_sentences
from jobspec.text import plain_text_and_links


def units(body: str) -> list[tuple[str, str, str | None]]:
    """(text, form, lead-in) of each unit."""
    return [(u.text, u.form, u.lead_in) for u in read_structure(body).units]


def test_list_entries_are_units_with_their_lead_in() -> None:
    body = "## Tasks\n\nEvery week you will:\n\n- Plan the rota\n- Order stock\n"
    assert units(body) == [
        ("Plan the rota", "list", "Every week you will:"),
        ("Order stock", "list", "Every week you will:"),
    ]


def test_lines_that_start_afresh_are_a_list_without_markers() -> None:
    body = "## Was du mitbringst\n\nDu behöver kunna:\nErfahrung mit Python\nGute Deutschkenntnisse\nTeamgeist\n"
    assert units(body) == [
        ("Erfahrung mit Python", "line", "Du behöver kunna:"),
        ("Gute Deutschkenntnisse", "line", "Du behöver kunna:"),
        ("Teamgeist", "line", "Du behöver kunna:"),
    ]


def test_a_list_entry_ending_in_an_open_word_and_a_colon_heads_the_entries_under_it() -> None:
    body = "## Profile\n\n- **You know what:**\n  - corners can be cut\n- **You can and will:**\n  - push back\n"
    assert units(body) == [
        ("corners can be cut", "list", "You know what:"),
        ("push back", "list", "You can and will:"),
    ]


def test_an_entry_that_only_names_the_entries_under_it_is_their_lead_in() -> None:
    body = (
        "## Key duties\n\n"
        "* **Community engagement**\n  * Run the forum\n"
        "* Technical skills or knowledge:\n  * Python\n"
        "* Provide clinical services:\n  * Triage\n"  # a duty with its details: an item itself
        "* **Events**\n"  # bold with nothing under it: an item
    )
    assert units(body) == [
        ("Run the forum", "list", "Community engagement"),
        ("Python", "list", "Technical skills or knowledge:"),
        ("Provide clinical services:", "list", None),
        ("Triage", "list", None),
        ("Events", "list", None),
    ]


def test_the_entries_of_an_outline_that_name_a_kind_are_the_lead_ins_of_those_under_them() -> None:
    body = (
        "# Site manager\n\n"
        "1. Responsibilities\n   - Run the site\n"
        "2. Nice to have\n   - A construction degree\n"
        "3. Customer care\n   - Answer buyers\n"  # words that name no kind: an item itself
    )
    assert units(body) == [
        ("Run the site", "list", "Responsibilities"),
        ("A construction degree", "list", "Nice to have"),
        ("Customer care", "list", None),
        ("Answer buyers", "list", None),
    ]


@pytest.mark.parametrize("end", ["  ", "<br>", "\\"])
def test_a_line_its_writer_broke_ends_its_item_even_on_a_preposition(end: str) -> None:
    body = f"## Your duties\n\nGreet patients and check them in{end}\nScan letters from hospitals{end}\nFile them\n"
    assert [text for text, _, _ in units(body)] == [
        "Greet patients and check them in",
        "Scan letters from hospitals",
        "File them",
    ]


def test_a_break_inside_a_list_entry_before_lower_case_words_goes_on_with_the_entry() -> None:
    body = "## Duties\n\n- Plan stock of batteries<br>and negotiate with suppliers\n- Order parts<br>Check deliveries\n"
    assert [text for text, _, _ in units(body)] == [
        "Plan stock of batteries and negotiate with suppliers",
        "Order parts",
        "Check deliveries",
    ]


def test_prose_wrapped_at_a_width_with_a_break_on_every_line_is_read_as_prose() -> None:
    lines = [
        "You will plan the weekly delivery routes for our fleet of vans and work with",
        "Oxford Logistics to make sure that every order leaves the depot on time and",
        "in one piece. You will report the figures to the operations manager weekly.",
    ]
    body = "## Duties\n\n" + "  \n".join(lines) + "\n"
    assert len(units(body)) == 2  # two sentences, not a unit per line


def test_a_broken_line_that_goes_on_in_lower_case_still_runs_on() -> None:
    body = "## Your duties\n\nGreet patients at the desk and<br>\ncheck them in for the nurse.\n"
    assert [text for text, _, _ in units(body)] == ["Greet patients at the desk and check them in for the nurse."]


def test_lines_in_lower_case_after_a_colon_are_a_list_not_a_run_of_prose() -> None:
    body = "## Profilo\n\nSi richiede:\ndiploma di ragioneria\nesperienza di almeno tre anni\nconoscenza di Excel\n"
    assert [text for text, _, _ in units(body)] == [
        "diploma di ragioneria",
        "esperienza di almeno tre anni",
        "conoscenza di Excel",
    ]


def test_a_lower_case_line_after_one_ending_in_a_joining_word_runs_on_even_after_a_colon() -> None:
    body = "## Profile\n\nWe need:\nsomeone who has run a kitchen and\nknows its suppliers\n"
    assert [text for text, _, _ in units(body)] == ["someone who has run a kitchen and knows its suppliers"]


def test_prose_wrapped_at_a_width_is_split_into_sentences_not_lines() -> None:
    body = (
        "You will look after the greenhouses of the estate and the seedlings that we\n"
        "sell at the weekend market. You will also keep the irrigation running during\n"
        "the summer months and train two apprentices in the basics of the trade.\n"
    )
    found = units(body)
    assert [form for _, form, _ in found] == ["sentence", "sentence"]
    assert found[1][0].startswith("You will also keep the irrigation running during the summer")


def test_evenly_long_lines_that_each_open_on_a_capital_are_one_item_each() -> None:
    body = (
        "## Duties\n\n"
        "Maintain the refrigeration plant and the compressed air system\n"
        "Respond to breakdowns on the night shift and log every fault\n"
        "Train new starters on lock-out procedures and safe isolation\n"
    )
    assert [text for text, _, _ in units(body)] == [
        "Maintain the refrigeration plant and the compressed air system",
        "Respond to breakdowns on the night shift and log every fault",
        "Train new starters on lock-out procedures and safe isolation",
    ]


def test_a_long_chinese_line_that_names_a_preference_is_no_lead_in() -> None:
    # 优先 ("preferred") is a heading phrase; a line of eighteen characters is no heading.
    body = "## 任职要求\n\n本科及以上学历，市场营销相关专业优先；\n三年以上软件销售经验；\n"
    assert [lead_in for _, _, lead_in in units(body)] == [None, None]


def test_a_line_ending_in_a_semicolon_ends_its_item() -> None:
    body = "Duties:\n\nRun the weekly payroll for all staff of the three shops;\nAnswer questions from staff;\n"
    assert [text for text, _, _ in units(body)] == [
        "Run the weekly payroll for all staff of the three shops;",
        "Answer questions from staff;",
    ]


def test_a_colon_line_alone_introduces_the_next_paragraph() -> None:
    body = "Now and then you will be asked:\n\nCount the stock\nClean the shelves\n"
    lead_in = "Now and then you will be asked:"
    assert units(body) == [("Count the stock", "line", lead_in), ("Clean the shelves", "line", lead_in)]


def test_a_short_heading_phrase_before_a_list_is_its_lead_in() -> None:
    body = "Our research group needs help with a new project.\nArbeitsaufgaben\n- Protokolle schreiben\n"
    found = units(body)
    assert found[-1] == ("Protokolle schreiben", "list", "Arbeitsaufgaben")
    assert "Arbeitsaufgaben" not in [text for text, _, _ in found]


def test_html_indented_like_code_is_read_as_html() -> None:
    body = (
        "<dl>\n\n\t<dt>Was erwarten wir:</dt>\n\t<dd>\n\t\t<ul>\n\t\t\t<li>Teamgeist</li>\n\t\t</ul>\n\t</dd>\n</dl>\n"
    )
    assert [text for text, form, _ in units(body) if form == "list"] == ["Teamgeist"]


def test_lines_under_a_bold_label_are_lines_not_one_field() -> None:
    body = "# Baker\n\n**Your day**\nBake the morning bread\nServe at the counter\nClean the ovens\n"
    assert units(body) == [
        ("Bake the morning bread", "line", None),
        ("Serve at the counter", "line", None),
        ("Clean the ovens", "line", None),
    ]
    assert units("# Baker\n\n**Shift:** early mornings\n") == [("early mornings", "field", None)]


def test_html_line_breaks_in_a_paragraph_are_its_lines() -> None:
    # Read as "**Your tasks**" over two lines in Markdown is: a bold label that heads them.
    body = "<p><strong>Your tasks</strong><br>Bake the morning bread<br>Serve at the counter</p>\n"
    found = read_structure(body).units
    assert [(u.text, u.form, u.node.heading) for u in found] == [
        ("Bake the morning bread", "line", "Your tasks"),
        ("Serve at the counter", "line", "Your tasks"),
    ]
    listed = "<ul><li>Bake the<br>morning bread</li></ul>\n"
    assert units(listed) == [("Bake the morning bread", "list", None)]


def test_html_line_breaks_in_a_markdown_paragraph_are_its_lines() -> None:
    body = "## Requirements\n\nA driving licence<br>Patience<br/>Experience with Zendesk\n"
    assert units(body) == [
        ("A driving licence", "line", None),
        ("Patience", "line", None),
        ("Experience with Zendesk", "line", None),
    ]
    assert [u.line for u in read_structure(body).units] == [3, 3, 3]


def test_each_sentence_keeps_its_own_line() -> None:
    body = "## Role\n\nWe are a small team in\nCardiff. You will write grant\nbids for us.\n"
    structure = read_structure(body)
    assert [(u.text, u.line) for u in structure.units] == [
        ("We are a small team in Cardiff.", 3),
        ("You will write grant bids for us.", 4),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要件定義を行います。設計も担当します。", ["要件定義を行います。", "設計も担当します。"]),
        ("负责产品开发！参与评审。", ["负责产品开发！", "参与评审。"]),
    ],
)
def test_japanese_and_chinese_stops_end_sentences(text: str, expected: list[str]) -> None:
    assert [s for _, s in split_sentences(text)] == expected


def test_short_clauses_between_semicolons_in_a_sentence_of_a_requirements_field_are_one_unit_each() -> None:
    body = "**Requirements:** A dental licence; CPR certification; a year of practice. Spanish is a plus.\n"
    assert [text for text, _, _ in units(body)] == [
        "A dental licence",
        "CPR certification",
        "a year of practice.",
        "Spanish is a plus.",
    ]


def test_the_sentences_of_a_field_that_names_duties_or_no_kind_are_one_unit_each() -> None:
    body = (
        "**Duties:** Deliver chilled loads to the depots. Carry out daily vehicle checks.\n\n"
        "**Note:** We met. It rained.\n\n**About us:** We deliver. We grow.\n"
    )
    assert units(body) == [
        ("Deliver chilled loads to the depots.", "field", None),
        ("Carry out daily vehicle checks.", "field", None),
        ("We met.", "field", None),
        ("It rained.", "field", None),
        ("We deliver. We grow.", "field", None),  # a field of another kind: one value
    ]


# --- the fast paths give what the plain readings give ---------------------------------------------------

_LINE_ENDS = st.sampled_from(
    ["a", "X", " ", "\n", ",", ".", ":", "。", "-", "–", "&", "and", "brand", "or", "for", "und", "oraz", "w",
     "del", "della", "eller", "Vogel", "_", "é", "x and", "salt, "]
)  # fmt: skip


@given(st.lists(_LINE_ENDS, max_size=12).map("".join))
@example("Data and")
@example("The brand")
@example("Line ending with and\n")
@example("Xdella")  # the character before the longest word is read for its \b
@example("Xeller\n")  # and a last newline
@example("Pfleger/in")  # a gender ending after a slash
def test_a_line_runs_on_and_ends_a_sentence_as_the_whole_line_searched_says(line: str) -> None:
    assert items.ends_running_on(line) is (items._RUNS_ON.search(line) is not None)
    assert items._ends_a_sentence(line) is (items._SENTENCE_END.search(line) is not None)


@given(st.sampled_from(["Plan the rota", "A • B", "Fluent English<br>Patience", "One<BR/>two", "x\n-Glued", "a < b"]))
def test_an_entry_of_one_piece_is_read_as_the_entry_itself(markdown: str) -> None:
    entry = ListEntry(markdown, 7, 1)
    pieces = items._split_glued_bullets(entry)
    if len(pieces) == 1:
        assert pieces[0][0] == entry
        assert pieces[0][1:] == plain_text_and_links(markdown)


def test_the_parts_of_an_outline_written_as_numbered_entries_over_bullet_lines_lead_their_entries() -> None:
    body = "1. Your duties\n• Plan daily loads\n• Allocate drivers\n\n2. Your profile\n• Two years of planning\n"
    assert units(body) == [
        ("Plan daily loads", "list", "Your duties"),
        ("Allocate drivers", "list", "Your duties"),
        ("Two years of planning", "list", "Your profile"),
    ]


def test_an_entry_naming_the_kind_of_the_entries_around_it_is_one_of_them() -> None:
    body = "## Benefits\n\n- Pension\n- Sozialleistungen\n"
    assert [text for text, _, _ in units(body)] == ["Pension", "Sozialleistungen"]


@pytest.mark.parametrize(
    ("line", "runs_on"),
    [
        ("Abgeschlossene Ausbildung als Elektroniker/in", False),  # a gender's ending after a slash
        ("Experiencia como camarero/a", False),
        ("Erfahrung in", True),
        ("Experience with", True),
        ("Good knowledge of Python and", True),
    ],
)
def test_a_line_runs_on_after_a_word_that_joins_but_not_after_a_gender_ending(line: str, runs_on: bool) -> None:
    assert items.ends_running_on(line) is runs_on


def test_unmarked_lines_ending_in_a_gender_ending_are_items_of_their_own() -> None:
    body = "# Elektriker\n\nDas bringst du mit:\nAbgeschlossene Ausbildung als Elektroniker/in\nFührerschein Klasse B\n"
    assert [q.text for q in parse(body).qualifications] == [
        "Abgeschlossene Ausbildung als Elektroniker/in",
        "Führerschein Klasse B",
    ]

"""Stage 3: blocks and the lines they start on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobspec import blocks, parse
from jobspec.blocks import MAX_QUOTE_LINES, Block, ListEntry, _is_table_separator, parse_blocks


def test_blocks_record_their_lines_in_the_file() -> None:
    body = "# Title\n\nFirst para\nstill first.\n\n- one\n  - nested\n    wrapped\n- two\n\nSetext\n------\n"
    blocks = parse_blocks(body, first_line=10)
    assert blocks == [
        Block("heading", 10, "Title", level=1),
        Block("paragraph", 12, "First para\nstill first."),
        Block(
            "list",
            15,
            entries=(ListEntry("one", 15, 0), ListEntry("nested\nwrapped", 16, 1), ListEntry("two", 18, 0)),
        ),
        Block("heading", 20, "Setext", level=2),
    ]


def test_every_list_marker_and_depth() -> None:
    body = "1. a\n2) b\n\n+ c\n    * d\n        - e\n"
    entries = [e for b in parse_blocks(body) if b.kind == "list" for e in b.entries]
    assert [(e.markdown, e.line, e.level) for e in entries] == [
        ("a", 1, 0),
        ("b", 2, 0),
        ("c", 4, 0),
        ("d", 5, 1),
        ("e", 6, 2),
    ]


def test_html_headings_lists_and_paragraphs() -> None:
    body = "<h2>What you'll do</h2>\n<ul>\n  <li>Ship <b>code</b></li>\n  <li><p>Review</p></li>\n</ul>\n<p>Outro</p>\n"
    assert parse_blocks(body, 3) == [
        Block("heading", 3, "What you'll do", level=2),
        Block("list", 5, entries=(ListEntry("Ship code", 5, 0), ListEntry("Review", 6, 0))),
        Block("paragraph", 8, "Outro"),
    ]


def test_html_definition_lists_read_as_lead_ins_and_entries() -> None:
    body = "<dl>\n<dt>Your tasks</dt>\n<dd>Tend the hives</dd>\n<dd>Sell the honey</dd>\n</dl>\n"
    assert parse_blocks(body) == [
        Block("paragraph", 2, "Your tasks:"),
        Block("list", 3, entries=(ListEntry("Tend the hives", 3, 0), ListEntry("Sell the honey", 4, 0))),
    ]


def test_definition_lists_without_end_tags() -> None:
    body = "<dl>\n<dt>Your tasks\n<dd>Tend the hives\n<dd>Sell the honey\n<dt>You bring\n<dd>Patience\n</dl>\n"
    assert parse_blocks(body) == [
        Block("paragraph", 2, "Your tasks:"),
        Block("list", 3, entries=(ListEntry("Tend the hives", 3, 0), ListEntry("Sell the honey", 4, 0))),
        Block("paragraph", 5, "You bring:"),
        Block("list", 6, entries=(ListEntry("Patience", 6, 0),)),
    ]


def test_dash_lines_are_a_list_only_when_there_are_several() -> None:
    listed = parse_blocks("– Tend the hives\n— Sell the honey\n")
    assert listed == [Block("list", 1, entries=(ListEntry("Tend the hives", 1, 0), ListEntry("Sell the honey", 2, 0)))]
    assert parse_blocks("— a keeper, 1858\n") == [Block("paragraph", 1, "— a keeper, 1858")]


@pytest.mark.parametrize(
    "body",
    [
        "a) Tend the hives\nb) Sell the honey\n",
        "(a) Tend the hives\n(b) Sell the honey\n",
        "A. Tend the hives\nB. Sell the honey\n",
        "(1) Tend the hives\n(2) Sell the honey\n",
        "i) Tend the hives\nii) Sell the honey\n",
        "1.Tend the hives\n2.Sell the honey\n",  # typed without Markdown's space
        "1 - Tend the hives\n2 - Sell the honey\n",
        "3 – Tend the hives\n4 – Sell the honey\n",
        "1）Tend the hives\n2）Sell the honey\n",  # full-width brackets
        "（1）Tend the hives\n（2）Sell the honey\n",
        "a)Tend the hives\nb)Sell the honey\n",  # a letter and a bracket, no space, a capital after
    ],
)
def test_lines_counted_with_letters_roman_numerals_or_bracketed_numbers_are_a_list(body: str) -> None:
    assert parse_blocks(body) == [
        Block("list", 1, entries=(ListEntry("Tend the hives", 1, 0), ListEntry("Sell the honey", 2, 0)))
    ]


@pytest.mark.parametrize(
    "body",
    [
        "a) Tend the hives\n",  # one line
        "a) Tend the hives\nc) Sell the honey\n",  # out of order
        "x) Tend the hives\ny) Sell the honey\n",  # not from the first letter
        "a) Tend the hives\nand sell the honey\n",  # a line not counted
        "1.5 hives\n2.5 hives\n",  # decimals
        "1 - 2 hives\n5 - 6 jars\n",  # ranges, not in order
    ],
)
def test_lines_that_merely_open_on_a_letter_stay_a_paragraph(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_a_line_with_bullet_lines_under_it_in_one_paragraph_is_a_line_and_a_list() -> None:
    body = "【業務内容】\n・開発\n・運用\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "【業務内容】"),
        Block("list", 2, entries=(ListEntry("開発", 2, 0), ListEntry("運用", 3, 0))),
    ]


def test_a_line_marked_otherwise_than_the_bullet_lines_under_it_is_their_label() -> None:
    body = "■業務内容\n・開発\n・運用\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "業務内容"),
        Block("list", 2, entries=(ListEntry("開発", 2, 0), ListEntry("運用", 3, 0))),
    ]


def test_labels_each_with_bullet_lines_under_it_in_one_paragraph_are_lines_and_lists() -> None:
    body = "Duties\n• Plan routes\n• Load vans\nRequirements\n• Licence B\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "Duties"),
        Block("list", 2, entries=(ListEntry("Plan routes", 2, 0), ListEntry("Load vans", 3, 0))),
        Block("paragraph", 4, "Requirements"),
        Block("list", 5, entries=(ListEntry("Licence B", 5, 0),)),
    ]


def test_a_paragraph_with_a_line_that_heads_no_bullets_stays_a_paragraph() -> None:
    body = "Duties\n• Plan routes\nWe are a small team.\nRequirements\n• Licence B\n"
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_an_emoji_line_over_lines_marked_with_another_emoji_is_their_label() -> None:
    body = "🔥 What you'll do\n👉 Prep the vegetables\n👉 Cook the dishes\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "What you'll do"),
        Block("list", 2, entries=(ListEntry("Prep the vegetables", 2, 0), ListEntry("Cook the dishes", 3, 0))),
    ]


@pytest.mark.parametrize("body", ["• Plan routes\n• Load vans\n", "■ Plan routes\n・Load vans\n・Drive\n■ Sell\n"])
def test_lines_marked_alike_or_in_mixed_ways_stay_one_list(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["list"]


def test_a_label_with_dash_lines_under_it_in_one_paragraph_is_a_line_and_a_list() -> None:
    body = "**Ihr Profil:**\n– ein Studium\n– Erfahrung\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "**Ihr Profil:**"),
        Block("list", 2, entries=(ListEntry("ein Studium", 2, 0), ListEntry("Erfahrung", 3, 0))),
    ]


def test_a_label_with_inline_bullets_after_it_is_a_line_and_a_list() -> None:
    body = "**Ihre Aufgaben:** • Planung • Steuerung • Kontrolle\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "**Ihre Aufgaben:**"),
        Block(
            "list",
            1,
            entries=(ListEntry("Planung", 1, 0), ListEntry("Steuerung", 1, 0), ListEntry("Kontrolle", 1, 0)),
        ),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "**任职要求：**\n1、本科以上学历\n2、三年销售经验\n",
        "**Duties:**\na) plan the routes\nb) load the van\n",
    ],
)
def test_a_label_then_lines_counted_in_order_is_a_line_and_a_list(body: str) -> None:
    blocks = parse_blocks(body)
    assert [block.kind for block in blocks] == ["paragraph", "list"]
    assert blocks[0].markdown == body.split("\n")[0]
    assert [entry.line for entry in blocks[1].entries] == [2, 3]
    assert not any(
        entry.markdown[0].isdigit() or entry.markdown.startswith(("a)", "b)")) for entry in blocks[1].entries
    )


def test_lines_counted_with_an_ideographic_comma_are_a_list() -> None:
    blocks = parse_blocks("1、负责销售\n2、维护客户关系\n")
    assert [entry.markdown for entry in blocks[0].entries] == ["负责销售", "维护客户关系"]


def test_a_dash_between_numbers_does_not_keep_clauses_between_semicolons_together() -> None:
    body = "**Duties:** run a caseload of 30–40 files; draft leases; supervise two paralegals.\n"
    blocks = parse_blocks(body)
    assert blocks[0] == Block("paragraph", 1, "**Duties:**")
    assert [entry.markdown for entry in blocks[1].entries] == [
        "run a caseload of 30–40 files",
        "draft leases",
        "supervise two paralegals.",
    ]


def test_a_label_with_short_clauses_between_semicolons_is_a_line_and_a_list() -> None:
    body = "**Duties:** prep vegetables; cook to our recipes; keep the station clean.\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "**Duties:**"),
        Block(
            "list",
            1,
            entries=(
                ListEntry("prep vegetables", 1, 0),
                ListEntry("cook to our recipes", 1, 0),
                ListEntry("keep the station clean.", 1, 0),
            ),
        ),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Note: we cook; we clean. We also serve guests every day; always with a smile.\n",  # sentences
        "Duties: prep vegetables; cook to our recipes.\n",  # two clauses only
        "We cook; we clean; we serve.\n",  # no label
        "Duties: prep vegetables; cook to our recipes;\nkeep the station clean\n",  # more than one line
    ],
)
def test_prose_with_semicolons_stays_a_paragraph(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


@pytest.mark.parametrize(
    "body",
    [
        "✅ Plan the rota\n✅ Order stock\n",
        "① Plan the rota\n② Order stock\n",
        "👉 Plan the rota\n👉 Order stock\n",
        "➡️ Plan the rota\n➡️ Order stock\n",  # with the emoji variation selector
        "o Plan the rota\no Order stock\n",  # a word processor's bullet
        "Ø  Plan the rota\nØ  Order stock\n",  # Wingdings bullets copied without their font
        "§\tPlan the rota\n§\tOrder stock\n",
        "ü  Plan the rota\nü  Order stock\n",
    ],
)
def test_lines_that_all_open_on_a_symbol_or_an_exported_o_are_a_list(body: str) -> None:
    assert parse_blocks(body) == [
        Block("list", 1, entries=(ListEntry("Plan the rota", 1, 0), ListEntry("Order stock", 2, 0)))
    ]


def test_a_label_then_symbol_lines_is_a_line_and_a_list() -> None:
    assert parse_blocks("**Tasks**\n→ Plan the rota\n→ Order stock\n") == [
        Block("paragraph", 1, "**Tasks**"),
        Block("list", 2, entries=(ListEntry("Plan the rota", 2, 0), ListEntry("Order stock", 3, 0))),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "✅ Done.\n",
        "o Plan the rota\nand order stock\n",
        "I think so\no well\n",
        "§ 3 TVöD applies.\n",  # a section sign on one line is the law's
        "Ø 2 cm\n",
        "Über uns: ü ist kein Wort\nü bleibt Text\n",  # "ü" is a bullet only with a tab or two spaces after it
    ],
)
def test_one_symbol_line_or_lines_not_all_opening_on_it_stay_a_paragraph(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_markdown_bullets_without_their_space_are_a_list_in_a_paragraph_of_them() -> None:
    assert parse_blocks("Duties:\n*Plan the rota\n*Order stock\n\n-2+ years in retail\n-Calm\n") == [
        Block("paragraph", 1, "Duties:"),
        Block("list", 2, entries=(ListEntry("Plan the rota", 2, 0), ListEntry("Order stock", 3, 0))),
        Block("list", 5, entries=(ListEntry("2+ years in retail", 5, 0), ListEntry("Calm", 6, 0))),
    ]


@pytest.mark.parametrize(
    "body", ["*Note:* we cook\n*Also:* we clean\n", "-5 degrees at night\n", "Pay:\n-5 %\nor more\n"]
)
def test_emphasis_or_one_line_opening_on_a_marker_stays_a_paragraph(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_a_definition_list_is_its_term_as_a_label_and_a_list_of_its_definitions() -> None:
    assert parse_blocks("Duties\n: Plan the rota\n: Order stock\n\nA plus\n: Welsh\n") == [
        Block("paragraph", 1, "Duties:"),
        Block("list", 2, entries=(ListEntry("Plan the rota", 2, 0), ListEntry("Order stock", 3, 0))),
        Block("paragraph", 5, "A plus:"),
        Block("list", 6, entries=(ListEntry("Welsh", 6, 0),)),
    ]


def test_the_terms_of_a_definition_list_are_no_items() -> None:
    body = (
        "## Your tasks\n\nTest automation\n: You build our end-to-end test suite.\n\n"
        "Releases\n: You sign off our fortnightly releases.\n\n"
        "## Your profile\n\nTools\n: Good knowledge of Playwright or Cypress.\n"
    )
    posting = parse(body)
    assert [r.text for r in posting.responsibilities] == [
        "You build our end-to-end test suite.",
        "You sign off our fortnightly releases.",
    ]
    assert [q.text for q in posting.qualifications] == ["Good knowledge of Playwright or Cypress."]


def test_definitions_after_a_blank_line_are_a_list_too() -> None:
    assert parse_blocks("Duties\n\n: Plan the rota\n: Order stock\n")[1] == Block(
        "list", 3, entries=(ListEntry("Plan the rota", 3, 0), ListEntry("Order stock", 4, 0))
    )


@pytest.mark.parametrize("body", ["Note:\nwe cook\n", "Time: 9:00\nPlace: here\n", ":smile: thanks\n"])
def test_colons_that_open_no_definition_stay_a_paragraph(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_inline_bullets_after_words_that_are_no_label_stay_one_list() -> None:
    body = "Planung • Steuerung • Kontrolle\n"
    assert [entry.markdown for entry in parse_blocks(body)[0].entries] == ["Planung", "Steuerung", "Kontrolle"]


def test_entries_indented_by_tabs_past_a_code_blocks_indent_are_nested_not_the_items_text() -> None:
    body = "* Experience with:\n\t\t* SQL\n\t\t* Unit testing\n* Patience\n"
    assert parse_blocks(body)[0].entries == (
        ListEntry("Experience with:", 1, 0),
        ListEntry("SQL", 2, 1),
        ListEntry("Unit testing", 3, 1),
        ListEntry("Patience", 4, 0),
    )


def test_a_task_lists_boxes_are_not_the_entries_text() -> None:
    body = "- [ ] Own the clusters\n- [x] Write runbooks\n- [link](https://example.org) stays\n"
    assert [entry.markdown for entry in parse_blocks(body)[0].entries] == [
        "Own the clusters",
        "Write runbooks",
        "[link](https://example.org) stays",
    ]


def test_a_paragraph_with_a_bullet_line_among_other_lines_stays_a_paragraph() -> None:
    body = "Tend the hives\n• daily\nand sell the honey\n"
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


@pytest.mark.parametrize("bullet", ["&bull;", "•", "&#8226;", "·"])
def test_bullet_characters_and_entities_opening_lines_of_an_html_paragraph_are_a_list(bullet: str) -> None:
    body = f"<p><strong>Your tasks</strong><br>\n{bullet} Tend the hives<br>\n{bullet} Sell the honey</p>\n"
    blocks = parse_blocks(body)
    assert [b.kind for b in blocks] == ["paragraph", "list"]
    assert [entry.markdown for entry in blocks[1].entries] == ["Tend the hives", "Sell the honey"]


def test_markdown_list_lines_inside_an_html_paragraph_are_a_list() -> None:
    body = "<p><strong>Your tasks</strong><br>\n- Tend the hives<br>\n- Sell the honey</p>\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "**Your tasks**"),
        Block("list", 2, entries=(ListEntry("Tend the hives", 2, 0), ListEntry("Sell the honey", 3, 0))),
    ]
    assert [b.kind for b in parse_blocks("<p>Bees - and honey<br>\nare sold here.</p>\n")] == ["paragraph"]


def test_numbered_markdown_lines_under_an_html_heading_are_a_list() -> None:
    body = "<section>\n<h2>Duties</h2>\n1. Tend the hives\n2) Sell the honey\n</section>\n"
    blocks = parse_blocks(body)
    assert blocks[-1] == Block(
        "list", 3, entries=(ListEntry("Tend the hives", 3, 0), ListEntry("Sell the honey", 4, 0))
    )


def test_a_bullet_character_in_its_emoji_form_leaves_nothing_in_the_item() -> None:
    [block] = parse_blocks("\u2714\ufe0f A year behind a bar\n\u2714\ufe0f Weekend availability\n")
    assert [entry.markdown for entry in block.entries] == ["A year behind a bar", "Weekend availability"]


@pytest.mark.parametrize("line_break", ["<br>", "<br/>", "<br />", "<BR/>"])
def test_a_self_closing_line_break_breaks_the_line_and_not_the_paragraph(line_break: str) -> None:
    body = f"<p>Tend the hives{line_break}Sell the honey{line_break}Mend the fences</p>\n"
    # The parts stay on their file line, parted as a Markdown paragraph parts them there.
    assert parse_blocks(body) == [Block("paragraph", 1, "Tend the hives<br>Sell the honey<br>Mend the fences")]
    assert [item.text for item in parse(f"## Duties\n\n{body}").responsibilities] == [
        "Tend the hives",
        "Sell the honey",
        "Mend the fences",
    ]


def test_the_parts_of_an_html_paragraph_keep_their_own_lines() -> None:
    # An HTML block runs on to the next blank line, Markdown and all (a case hypothesis found).
    blocks = parse_blocks("<h1>Bees</h1>\n- Tend the hives\n# More\n**Honey**\n")
    assert [(block.kind, block.line) for block in blocks] == [("heading", 1), ("list", 2), ("paragraph", 3)]


@pytest.mark.parametrize("bullet", ["–", "•", "✓"])
def test_an_entry_of_a_list_written_with_bullet_characters_keeps_its_wrapped_lines(bullet: str) -> None:
    body = (
        f"{bullet} Lead, as needed, an open dialogue with the\nbeekeepers of the valley\n"
        f"{bullet} Sell the honey at the market,\n  every other Saturday\n{bullet} Mend the fences\n"
    )
    [block] = parse_blocks(body)
    assert [entry.markdown for entry in block.entries] == [
        "Lead, as needed, an open dialogue with the beekeepers of the valley",
        "Sell the honey at the market, every other Saturday",
        "Mend the fences",
    ]
    assert [entry.line for entry in block.entries] == [1, 3, 5]


def test_dash_lines_each_a_paragraph_of_its_own_are_one_loose_list() -> None:
    body = (
        "– Tend the hives and\nInspect the frames\n\n– Sell the honey\n\n– Mend the fences\n\n"
        "We sell at the market.\n\n— Jane Doe, beekeeper\n"
    )
    assert parse_blocks(body) == [
        Block(
            "list",
            1,
            entries=(
                ListEntry("Tend the hives and Inspect the frames", 1, 0),
                ListEntry("Sell the honey", 4, 0),
                ListEntry("Mend the fences", 6, 0),
            ),
        ),
        Block("paragraph", 8, "We sell at the market."),
        Block("paragraph", 10, "— Jane Doe, beekeeper"),  # one dash line alone is an attribution
    ]


def test_a_label_marked_otherwise_than_the_loose_entries_after_it_is_not_one_of_them() -> None:
    blocks = parse_blocks("\U0001f381 **Perks**\n\n\u2705 Remote-first\n")
    assert [block.kind for block in blocks] == ["paragraph", "paragraph"]


def test_a_line_without_its_dash_among_dash_lines_is_an_entry_of_its_own() -> None:
    [block] = parse_blocks("– Tend the hives\nSell the honey\n– Mend the fences\n")
    assert [entry.markdown for entry in block.entries] == ["Tend the hives", "Sell the honey", "Mend the fences"]


def test_dash_lines_that_are_not_most_of_a_paragraph_leave_it_a_paragraph() -> None:
    body = "– Tim\nWe love bees.\nWe make honey.\n– Anna\n"
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


def test_a_bullet_line_with_prose_going_on_under_it_stays_a_paragraph() -> None:
    assert [block.kind for block in parse_blocks("Our bees\n• forage daily\nand make honey\n")] == ["paragraph"]


def test_a_wrapped_markdown_entry_under_an_html_heading_stays_one_entry() -> None:
    # No blank line after "</h2>": Markdown reads the list as part of the heading's HTML block.
    body = (
        "<h2>The role</h2>\n- Tend the hives in the orchard and\nlog each inspection.\n"
        "- Sell the honey at the market,\n  every other Saturday\n\nBees sting. Wear the suit.\n"
    )
    assert parse_blocks(body) == [
        Block("heading", 1, "The role", level=2),
        Block(
            "list",
            2,
            entries=(
                ListEntry("Tend the hives in the orchard and log each inspection.", 2, 0),
                ListEntry("Sell the honey at the market, every other Saturday", 4, 0),
            ),
        ),
        Block("paragraph", 7, "Bees sting. Wear the suit."),
    ]


def test_an_html_paragraph_of_inline_bullets_is_a_list_as_a_markdown_one_is() -> None:
    text = "Espresso • Filter coffee • Cold brew"
    html, markdown = parse_blocks(f"<p>{text}</p>\n"), parse_blocks(f"{text}\n")
    assert [block.kind for block in html] == [block.kind for block in markdown] == ["list"]
    assert [entry.markdown for entry in html[0].entries] == ["Espresso", "Filter coffee", "Cold brew"]


def test_a_line_after_a_line_break_under_an_html_entry_is_not_part_of_it() -> None:
    body = "<p>- Tend the hives<br>\n- Sell the honey<br>\nApply by May.</p>\n"
    assert [block.kind for block in parse_blocks(body)] == ["list", "paragraph"]


def test_scripts_code_and_rules_are_not_content() -> None:
    body = "<script>alert('x')</script>\n\n```\n- not a list\n```\n\n---\n\n    indented code\n"
    assert parse_blocks(body) == []


def test_block_quotes_are_read_through() -> None:
    assert parse_blocks("> quoted line\n") == [Block("paragraph", 1, "quoted line")]


# --- plain lists read without mistune's per-item parse ----------------------------

_LIST_LINES = st.sampled_from(
    [
        "- Build pipelines", "- Own the roadmap", "* Star item", "+ Plus item", "1. First", "2. Second",
        "3) Third", "7. Seven", "  - nested", "    - deeper", "", "   ", "Plain text", "-  two spaces",
        "- ", "-", "# Heading", "> quoted", "- - -", "***", "---", "===", "- 5+ years", "- 1. odd",
        "- [ref]: /url", "- <b>bold</b>", "- `code`", "- _under_", "- #tag", "\t- tab", "   1. indented",
        "```", "- Done.  ", "10. Ten", "- Ends with colon:", "<div>", "- ~~~", "Lead-in:", " continued",
        "  continued two", "   continued three", "  # hash", "  ---", "  2. two", "  > q", "  <b>", "## Sub",
        "~~~", "___", "<!-- c -->", "> - q item", "-foo",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(_LIST_LINES, min_size=1, max_size=12))
def test_plain_lists_read_as_mistune_reads_them(lines: list[str]) -> None:
    body = "\n".join(lines) + "\n"
    fast = parse_blocks(body)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(blocks, "simple_list", lambda match, state: None)
        assert parse_blocks(body) == fast


def test_a_block_quote_of_thousands_of_lines_is_read_as_plain_lines() -> None:
    # mistune reads a quote by growing its text a line at a time (quadratic); no posting quotes
    # thousands of lines, so such a run loses its markers and is read as the lines it holds.
    quoted = "> Build the billing API\n" * (MAX_QUOTE_LINES + 1)
    plain = "  Build the billing API\n" * (MAX_QUOTE_LINES + 1)
    assert parse_blocks(quoted) == parse_blocks(plain)
    short = "> Build the billing API\n" * 3
    assert [b.kind for b in parse_blocks(short)] == ["paragraph"]


@given(st.text(alphabet=st.characters(max_codepoint=0x2200)) | st.text(alphabet=st.characters(max_codepoint=127)))
def test_a_table_or_bullet_character_is_found_as_the_pattern_finds_it(text: str) -> None:
    assert blocks._has_table_or_bullet_char(text) is (blocks._TABLE_OR_BULLET_CHAR.search(text) is not None)


# --- lines of template tags ---------------------------------------------------------


def test_a_line_of_template_tags_ends_the_list_above_it() -> None:
    body = "- Review the nightly builds\n- Plan the releases\n{{< /panel >}}\n{% include apply.html %}\n"
    assert parse_blocks(body) == [
        Block("list", 1, entries=(ListEntry("Review the nightly builds", 1, 0), ListEntry("Plan the releases", 2, 0)))
    ]


def test_a_shortcode_that_wraps_and_names_a_part_is_its_heading() -> None:
    body = (
        '{{< panel title="Your tasks" >}}\n- Review the nightly builds\n{{< /panel >}}\n'
        '{{% tab "Your profile" %}}\n- Five years of C\n{{% /tab %}}\n'
    )
    assert [(b.kind, b.line, b.markdown) for b in parse_blocks(body)] == [
        ("heading", 1, "Your tasks"),
        ("list", 2, ""),
        ("heading", 4, "Your profile"),
        ("list", 5, ""),
    ]


def test_a_shortcode_that_closes_nothing_names_no_part() -> None:
    # A figure's title is a caption: the shortcode wraps no part of the posting.
    body = '{{< figure src="team.jpg" title="Our team" >}}\nWe build tools for bakeries.\n'
    assert parse_blocks(body) == [Block("paragraph", 2, "We build tools for bakeries.")]


def test_template_tags_within_a_line_are_left_to_the_text() -> None:
    body = "Apply on [our site]({% link jobs.md %}) today.\n"
    assert parse_blocks(body) == [Block("paragraph", 1, body.rstrip("\n"))]


def test_template_lines_keep_the_lines_after_them_in_place() -> None:
    body = "{% if page.remote %}\n## Requirements\n{% endif %}\n- Five years of C\n"
    assert [(b.kind, b.line) for b in parse_blocks(body, first_line=5)] == [("heading", 6), ("list", 8)]


def test_a_line_of_spaces_is_blank_however_many_spaces_it_holds() -> None:
    # mistune reads a line of four spaces or more after a paragraph as part of it.
    body = "Plan the menu.\n      \nOrder the stock.\n"
    assert parse_blocks(body) == [Block("paragraph", 1, "Plan the menu."), Block("paragraph", 3, "Order the stock.")]


def test_a_label_that_announces_a_list_of_one_dash_entry_heads_that_list() -> None:
    body = "**Будет плюсом:**\n— опыт работы с Kubernetes.\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "**Будет плюсом:**"),
        Block("list", 2, entries=(ListEntry("опыт работы с Kubernetes.", 2, 0),)),
    ]


def test_a_dash_line_under_a_sentence_is_no_list() -> None:
    body = "Thanks for reading.\n— Jane Doe\n"
    assert parse_blocks(body) == [Block("paragraph", 1, "Thanks for reading.\n— Jane Doe")]


def test_an_html_paragraph_that_opens_on_bold_keeps_it_as_markdown_bold() -> None:
    body = "<p><strong>Les missions</strong></p>\n<p><b>Salaire :</b> 45k selon profil</p>\n<p>A <b>bold</b> word</p>\n"
    assert [b.markdown for b in parse_blocks(body)] == [
        "**Les missions**",
        "**Salaire :** 45k selon profil",
        "A bold word",
    ]


def test_bullet_lines_folded_into_an_entry_are_nested_under_it_on_their_own_lines() -> None:
    body = "1. Harvest, 30%\n    – Lift the supers\n    – Spin the frames\n\n1. Sales, 10%\n    • Staff the stall\n"
    assert parse_blocks(body)[0].entries == (
        ListEntry("Harvest, 30%", 1, 0),
        ListEntry("Lift the supers", 2, 1),
        ListEntry("Spin the frames", 3, 1),
        ListEntry("Sales, 10%", 5, 0),
        ListEntry("Staff the stall", 6, 1),
    )


def test_bullet_lines_folded_into_an_entry_but_not_indented_are_the_entries_after_it() -> None:
    body = "- Tend the hives\n– Sell the honey\n– Mend the fences\n- Order jars\n"
    assert parse_blocks(body)[0].entries == (
        ListEntry("Tend the hives", 1, 0),
        ListEntry("Sell the honey", 2, 0),
        ListEntry("Mend the fences", 3, 0),
        ListEntry("Order jars", 4, 0),
    )


def test_one_dash_line_folded_into_an_entry_stays_its_text() -> None:
    [block] = parse_blocks("- Tend the hives\n— twice a week in summer\n")
    assert [entry.markdown for entry in block.entries] == ["Tend the hives\n— twice a week in summer"]


def test_bullet_lines_indented_under_a_bullet_line_are_nested_in_it() -> None:
    [block] = parse_blocks("• Beekeeping\n    ◦ Hive inspections\n    ◦ Swarm control\n• A driving licence\n")
    assert [(entry.markdown, entry.level) for entry in block.entries] == [
        ("Beekeeping", 0),
        ("Hive inspections", 1),
        ("Swarm control", 1),
        ("A driving licence", 0),
    ]


def test_text_then_a_label_then_bullet_lines_in_one_paragraph_are_text_a_label_and_a_list() -> None:
    body = "Our apiary needs help this spring.\nYour tasks\n– Tend the hives\n– Sell the honey\n"
    assert parse_blocks(body) == [
        Block("paragraph", 1, "Our apiary needs help this spring."),
        Block("paragraph", 2, "Your tasks"),
        Block("list", 3, entries=(ListEntry("Tend the hives", 3, 0), ListEntry("Sell the honey", 4, 0))),
    ]


def test_a_line_that_goes_on_with_the_text_above_the_bullet_lines_is_no_label() -> None:
    body = "We are looking for someone who can\nhelp us with\n– the hives\n– the honey\n"
    blocks = parse_blocks(body)
    assert blocks[0] == Block("paragraph", 1, "We are looking for someone who can\nhelp us with")
    assert [entry.markdown for entry in blocks[1].entries] == ["the hives", "the honey"]


def test_bullet_paragraphs_whose_entries_wrap_unindented_are_one_loose_list() -> None:
    body = "• Tend the hives of the\nvalley farms.\n\n• Sell the honey at the\nSaturday market.\n"
    [block] = parse_blocks(body)
    assert [(entry.markdown, entry.line) for entry in block.entries] == [
        ("Tend the hives of the valley farms.", 1),
        ("Sell the honey at the Saturday market.", 4),
    ]


@pytest.mark.parametrize("space", ["\u00a0", "&nbsp;", "&#160;", "\u00a0\u00a0"])
@pytest.mark.parametrize("marker", ["-", "*", "1."])
def test_a_no_break_space_after_a_list_marker_is_read_as_a_space(marker: str, space: str) -> None:
    [block] = parse_blocks(f"{marker}{space}Tend the hives\n{marker}{space}Sell the honey\n")
    assert [(entry.markdown, entry.line) for entry in block.entries] == [("Tend the hives", 1), ("Sell the honey", 2)]


def test_only_the_no_break_space_after_a_marker_is_changed() -> None:
    [block] = parse_blocks("-\u00a0Walk 5\u00a0km to the hives\n")
    assert [entry.markdown for entry in block.entries] == ["Walk 5\u00a0km to the hives"]


@pytest.mark.parametrize(
    ("escaped", "marker"), [("\\-", "-"), ("\\*", "*"), ("\\+", "+"), ("1\\.", "1."), ("1\\)", "1)")]
)
def test_a_list_marker_escaped_by_a_converter_from_html_is_a_marker(escaped: str, marker: str) -> None:
    body = f"Duties\n\n{escaped} Tend the hives  \n{escaped} Sell the honey\n"
    assert parse_blocks(body) == parse_blocks(f"Duties\n\n{marker} Tend the hives  \n{marker} Sell the honey\n")
    assert [entry.markdown for entry in parse_blocks(body)[1].entries] == ["Tend the hives", "Sell the honey"]


def test_an_escaped_character_that_opens_no_entry_stays_escaped() -> None:
    [block] = parse_blocks("\\*Not\\* a bullet, and 3\\.5 stays\n")
    assert block.markdown == "\\*Not\\* a bullet, and 3\\.5 stays"


@pytest.mark.parametrize("bullet", ["\uf0b7 ", "\uf0a7\t", "\uf0d8  "])
def test_the_bullets_of_words_symbol_fonts_open_entries(bullet: str) -> None:
    [block] = parse_blocks(f"{bullet}Tend the hives\n{bullet}Sell the honey\n")
    assert [entry.markdown for entry in block.entries] == ["Tend the hives", "Sell the honey"]


@pytest.mark.parametrize("entity", ["&bull;", "&#8226;", "&#X2022;", "&middot;", "&BULL;"])
def test_a_bullet_written_as_an_entity_opens_entries_as_the_bullet_does(entity: str) -> None:
    [block] = parse_blocks(f"{entity} Tend the hives\n{entity} Sell the honey &bull; daily\n")
    assert [entry.markdown for entry in block.entries] == ["Tend the hives", "Sell the honey &bull; daily"]


def test_bullets_after_line_breaks_written_as_html_open_lines_on_their_file_line() -> None:
    body = "Intro.\n\n<b>Duties</b><br>• Plan the menu<br>•&nbsp;Order stock\n"
    assert parse_blocks(body)[1:] == [
        Block("paragraph", 3, "<b>Duties</b>"),
        Block("list", 3, entries=(ListEntry("Plan the menu", 3, 0), ListEntry("Order stock", 3, 0))),
    ]


def test_an_html_paragraph_of_bold_labels_and_bullet_lines_broken_by_br_is_labels_and_lists() -> None:
    body = "<p><b>Duties</b><br>•&nbsp;Plan the menu<br>•&nbsp;Order stock<br><br><b>Profile</b><br>•&nbsp;Calm</p>\n"
    lists = [block for block in parse_blocks(body) if block.kind == "list"]
    assert [[entry.markdown for entry in block.entries] for block in lists] == [
        ["Plan the menu", "Order stock"],
        ["Calm"],
    ]


def test_a_label_marked_otherwise_over_one_dash_line_heads_a_list_of_one() -> None:
    assert parse_blocks("➢ Benefits\n– A company van\n") == [
        Block("paragraph", 1, "Benefits"),
        Block("list", 2, entries=(ListEntry("A company van", 2, 0),)),
    ]


def test_a_word_processors_o_under_lines_of_another_bullet_is_a_nested_entry() -> None:
    [block] = parse_blocks("\uf0b7\tOrder supplies\no\tStationery\no\tIT equipment\n\uf0b7\tBook travel\n")
    assert [(entry.markdown, entry.level) for entry in block.entries] == [
        ("Order supplies", 0),
        ("Stationery", 1),
        ("IT equipment", 1),
        ("Book travel", 0),
    ]


def test_a_wrapped_line_opening_on_the_word_o_goes_on_with_its_entry() -> None:
    [block] = parse_blocks("• Responsável por manter\no sistema atualizado\n• Atender clientes\n")
    assert [entry.markdown for entry in block.entries] == [
        "Responsável por manter o sistema atualizado",
        "Atender clientes",
    ]


def test_bullet_lines_indented_as_code_are_a_list_and_code_stays_code() -> None:
    body = (
        "Duties:\n\n    • Tend the hives\n    • Sell the honey\n\nSetup:\n\n    pip install honey\n    • not a list\n"
    )
    blocks = parse_blocks(body)
    assert blocks[1] == Block("list", 3, entries=(ListEntry("Tend the hives", 3, 0), ListEntry("Sell the honey", 4, 0)))
    assert [block.kind for block in blocks[2:]] == ["paragraph"]  # the code is left out, as before


@pytest.mark.parametrize("bullet", ["–", "—", "➤"])
def test_one_dash_or_symbol_line_right_under_a_heading_is_a_list_of_one(bullet: str) -> None:
    assert parse_blocks(f"## Требования\n\n{bullet} опыт работы поваром\n")[1] == Block(
        "list", 3, entries=(ListEntry("опыт работы поваром", 3, 0),)
    )


@pytest.mark.parametrize("delimiter", ["|-|:-:|", "|---|:---:|", "-|-", "| :- | -: |"])
def test_a_table_delimiter_row_needs_one_dash_a_cell(delimiter: str) -> None:
    [block] = parse_blocks(f"| Criteria | Essential |\n{delimiter}\n| A degree | ✓ |\n")
    assert block.kind == "table"
    assert block.rows == (("Criteria", "Essential"), ("A degree", "✓"))


@pytest.mark.parametrize(("row", "delimits"), [("-", False), ("- item", False), ("|-|", True), ("--", True)])
def test_a_lone_dash_is_no_table_delimiter(row: str, delimits: bool) -> None:
    assert _is_table_separator(row) is delimits


def test_an_html_table_of_text_is_a_table_with_each_rows_line() -> None:
    body = (
        "<table>\n<tr><th>Essential</th><th>Desirable</th></tr>\n"
        "<tr><td>A <b>DBS</b> check</td><td>First aid</td></tr>\n<tr><td>Patience</td><td></td></tr>\n</table>\n"
    )
    [block] = parse_blocks(body)
    assert block == Block(
        "table",
        2,
        rows=(("Essential", "Desirable"), ("A DBS check", "First aid"), ("Patience", "")),
        row_lines=(2, 3, 4),
    )


def test_an_html_table_without_a_header_row_gets_columns_without_names() -> None:
    [block] = parse_blocks(
        "<table><tr><td>Duties</td><td>Feed<br>Clean</td></tr><tr><td>Hours</td><td>9-5</td></tr></table>\n"
    )
    assert block.rows == (("", ""), ("Duties", "Feed<br>Clean"), ("Hours", "9-5"))


@pytest.mark.parametrize(
    "cell", ["<h2>Duties</h2>", "<ul><li>Feed</li></ul>", "<table><tr><td>a</td></tr></table>", "word " * 100]
)
def test_a_table_that_lays_out_a_page_is_read_as_the_html_it_holds(cell: str) -> None:
    body = f"<table><tr><td>{cell}</td><td>x</td></tr><tr><td>y</td><td>z</td></tr></table>\n"
    assert all(block.kind != "table" for block in parse_blocks(body))


def test_bullets_indented_as_code_inside_bullets_indented_as_code_are_read_once_not_recursively() -> None:
    body = "".join(" " * (4 * depth) + "• x\n\n" for depth in range(1, 400))
    blocks = parse_blocks(body)  # would recurse once per level, past Python's limit
    assert [block.kind for block in blocks] == ["list"]


@pytest.mark.parametrize(
    "body",
    [
        '!!! note "Requirements"\n    - Welding ticket\n    - Forklift licence\n',  # MkDocs
        '!!! note "Requirements"\n\n    - Welding ticket\n    - Forklift licence\n',  # a blank line: else code
        '???+ tip "Requirements"\n    - Welding ticket\n    - Forklift licence\n',  # pymdownx, collapsible
        ":::note Requirements\n\n- Welding ticket\n- Forklift licence\n\n:::\n",  # Docusaurus
        ":::note[Requirements]\n- Welding ticket\n- Forklift licence\n:::\n",  # Docusaurus 3
        ":::{admonition} Requirements\n- Welding ticket\n- Forklift licence\n:::\n",  # MyST
    ],
)
def test_an_admonition_is_a_section_headed_by_its_title(body: str) -> None:
    blocks = [block for block in parse_blocks(body) if block.kind != "paragraph" or block.markdown]
    assert [(block.kind, block.markdown) for block in blocks] == [("heading", "Requirements"), ("list", "")]
    assert [entry.markdown for entry in blocks[1].entries] == ["Welding ticket", "Forklift licence"]


def test_an_admonitions_indented_prose_is_a_paragraph_on_its_own_lines() -> None:
    body = 'Intro.\n\n!!! info "What you\'ll do"\n    Run the kitchen.\n    Train the apprentices.\n\nAfter.\n'
    assert parse_blocks(body) == [
        Block("paragraph", 1, "Intro."),
        Block("heading", 3, "What you'll do", level=2),
        Block("paragraph", 4, "Run the kitchen.\nTrain the apprentices."),
        Block("paragraph", 7, "After."),
    ]


@pytest.mark.parametrize(
    "body",
    ["!!! URGENT !!!\nWe need a cook.\n", "???\n", "Why? ??? Nobody knows.\n", "::: {.note}\nWe need a cook.\n:::\n"],
)
def test_lines_like_admonitions_but_not_them_give_no_heading(body: str) -> None:
    assert "heading" not in [block.kind for block in parse_blocks(body)]


def test_a_component_that_names_the_part_it_wraps_is_its_heading() -> None:
    body = (
        "import { Accordion } from '@/components/Accordion'\n\n"
        '<Accordion title="What you\'ll do">\n\n- Visit patients at home\n\n</Accordion>\n\n'
        '<div title="a tooltip">\n\nWe are a small team.\n\n</div>\n\n'  # an HTML element's title is a tooltip
        '<ApplyButton label="Apply now" />\n'  # a component that wraps nothing
    )
    blocks = [(block.kind, block.line, block.markdown) for block in parse_blocks(body)]
    assert blocks[:3] == [("heading", 3, "What you'll do"), ("list", 5, ""), ("paragraph", 11, "We are a small team.")]
    assert [block for block in blocks if block[0] == "heading"] == [("heading", 3, "What you'll do")]


def test_the_summary_of_a_details_element_is_the_heading_of_what_it_folds() -> None:
    body = "<details>\n<summary>Requirements</summary>\n<ul><li>Forklift licence</li></ul>\n</details>\n"
    blocks = parse_blocks(body)
    assert [(block.kind, block.markdown) for block in blocks] == [("heading", "Requirements"), ("list", "")]
    assert blocks[0].level == 2


@pytest.mark.parametrize(
    "body",
    [
        "import A from 'a'\nimport {\n  B,\n  C,\n} from \"./c\";\nexport const meta = { title: 'Cook' };\n\n# Cook\n",
        "import './styles.css'\n# Cook\n",
    ],
)
def test_the_statements_that_open_an_mdx_file_are_no_text(body: str) -> None:
    assert [(block.kind, block.markdown) for block in parse_blocks(body)] == [("heading", "Cook")]


@pytest.mark.parametrize(
    "body",
    [
        "Import the goods from Asia.\n",
        "import goods from Asia is our trade\n",
        "export of goods is our trade\n",
        "import {\n  B\nand the rest\n",  # an import opened and never closed
    ],
)
def test_lines_that_open_like_mdx_statements_but_are_not_stay_text(body: str) -> None:
    assert [block.kind for block in parse_blocks(body)] == ["paragraph"]


@pytest.mark.parametrize(
    "body",
    [
        "# Librarian\n\n**Maple Hollow Library** · Full-time · $61,400–$68,900\n\nWe lend books.\n",
        "St Mary's Hospital · London · Full time\n\nWe are a hospital.\n",  # opening the body
    ],
)
def test_a_byline_under_the_title_stays_a_line_of_text(body: str) -> None:
    assert "list" not in [block.kind for block in parse_blocks(body)]


def test_bullets_inline_under_a_section_heading_are_still_a_list() -> None:
    assert [block.kind for block in parse_blocks("## Requirements\n\nPython · SQL · Docker\n")] == [
        "heading",
        "list",
    ]


@pytest.mark.parametrize(
    "comment",
    [
        "{% comment %}\n  Old requirement: CSCS card\n{% endcomment %}",
        "{{/* Old requirement: CSCS card */}}",
        "{# CSCS #}",
    ],
)
def test_a_template_comment_is_no_text_and_keeps_the_lines_after_it_in_place(comment: str) -> None:
    blocks = parse_blocks(f"- Wire sockets\n\n{comment}\n\nApply by May.\n")
    assert [(block.kind, block.line) for block in blocks] == [("list", 1), ("paragraph", 3 + comment.count("\n") + 2)]
    assert blocks[0].entries[0].markdown == "Wire sockets"


def test_a_comment_left_open_is_text() -> None:
    assert [block.kind for block in parse_blocks("## Duties {#duties}\n\nWire sockets {# and more\n")] == [
        "heading",
        "paragraph",
    ]


def test_a_hugo_notice_names_its_part_by_the_title_after_its_style() -> None:
    body = '{{% notice info "Nice to have" %}}\n- First aid\n{{% /notice %}}\n'
    first = parse_blocks(body)[0]
    assert (first.kind, first.markdown) == ("heading", "Nice to have")


def test_the_entries_of_a_list_in_a_quote_keep_their_own_lines_nested_quotes_too() -> None:
    body = (
        "Top\n\n> ### Requirements\n> - Welding ticket\n> - Forklift licence\n>\n"
        "> > More\n> > - First aid\n> > - CSCS\n"
    )
    lists = [block for block in parse_blocks(body) if block.kind == "list"]
    assert [[(entry.markdown, entry.line) for entry in block.entries] for block in lists] == [
        [("Welding ticket", 4), ("Forklift licence", 5)],
        [("First aid", 8), ("CSCS", 9)],
    ]


def test_bullets_written_as_dash_and_square_entities_open_entries_in_html_and_markdown() -> None:
    html_body = (
        "<p><strong>Requirements</strong><br>\n&#8226; Welding<br>\n&#9642; Own tools<br>\n&ndash; CSCS card</p>\n"
    )
    [_, listed] = parse_blocks(html_body)
    assert [(entry.markdown, entry.line) for entry in listed.entries] == [
        ("Welding", 2),
        ("Own tools", 3),
        ("CSCS card", 4),
    ]
    markdown = parse_blocks("&ndash; Plan the rota\n&ndash; Order stock\n")
    assert [entry.markdown for entry in markdown[0].entries] == ["Plan the rota", "Order stock"]


@pytest.mark.parametrize(
    ("body", "lines"),
    [
        ("<p><b>Requirements</b></p>\n<p>Python<br>SQL<br>Good English</p>\n", [2, 2, 2]),  # one line of the file
        ("<p><b>Requirements</b></p>\n<p>Python<br>\nSQL<br>\nGood English</p>\n", [2, 3, 4]),  # one line each
    ],
)
def test_lines_parted_by_br_in_an_html_paragraph_keep_their_file_lines(body: str, lines: list[int]) -> None:
    assert [item.line for item in parse(body).qualifications] == lines


def test_html_written_escaped_is_read_as_html() -> None:
    body = (
        "&lt;p&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;&lt;/p&gt;\n"
        "&lt;ul&gt;&lt;li&gt;Build our data pipelines&lt;/li&gt;&lt;/ul&gt;\n"
        "&lt;p&gt;&lt;strong&gt;What you'll need&lt;/strong&gt;&lt;/p&gt;\n"
        "&lt;ul&gt;&lt;li&gt;Three years of Python&lt;/li&gt;&lt;/ul&gt;\n"
    )
    posting = parse(body)
    assert [(item.text, item.line) for item in posting.responsibilities] == [("Build our data pipelines", 2)]
    assert [(item.text, item.line) for item in posting.qualifications] == [("Three years of Python", 4)]


def test_an_escaped_tag_in_a_markdown_posting_stays_text() -> None:
    assert [item.text for item in parse("## Requirements\n\n- Know what &lt;div&gt; means\n").qualifications] == [
        "Know what <div> means"
    ]


def test_paragraphs_inside_an_html_entry_are_parted_by_a_space() -> None:
    [block] = parse_blocks("<ul><li><p>Keep the kitchen clean.</p><p>Complete HACCP records.</p></li></ul>\n")
    assert [entry.markdown for entry in block.entries] == ["Keep the kitchen clean. Complete HACCP records."]


def test_the_cells_of_a_layout_table_are_apart() -> None:
    body = (
        '<table>\n<tr><th colspan="2">Job details</th></tr>\n'
        "<tr><td><b>Main tasks</b></td><td>Monitor anaesthesia<br>Run nurse clinics</td></tr>\n</table>\n"
    )
    assert [(item.text, item.line) for item in parse(body).responsibilities] == [
        ("Monitor anaesthesia", 3),
        ("Run nurse clinics", 3),
    ]


def test_a_table_laid_out_in_columns_of_lists_reads_each_list_under_its_header() -> None:
    body = (
        "<table>\n<tr><th>Duties</th><th>Requirements</th></tr>\n"
        "<tr><td><ul><li>Weld steel frames</li><li>Check finished work</li></ul></td>"
        "<td><ul><li>Three years as a welder</li></ul></td></tr>\n</table>\n\nApply by May.\n"
    )
    posting = parse(body)
    assert [item.text for item in posting.responsibilities] == ["Weld steel frames", "Check finished work"]
    assert [item.text for item in posting.qualifications] == ["Three years as a welder"]
    assert parse_blocks(body)[-1] == Block("paragraph", 6, "Apply by May.")  # the lines after it stay put


def test_a_heading_underlined_with_tildes_is_a_heading_and_a_fence_of_three_stays_code() -> None:
    assert [(block.kind, block.markdown) for block in parse_blocks("Bonus\n~~~~~\nA second language.\n")] == [
        ("heading", "Bonus"),
        ("paragraph", "A second language."),
    ]
    assert [block.markdown for block in parse_blocks("Code:\n~~~\nprint(1)\n~~~\nAfter\n")] == ["Code:", "After"]


def test_counted_lines_folded_into_a_numbered_part_are_its_entries() -> None:
    body = "1) Duties\na. Carry out planned maintenance\nb. Fault-find on machines\n\n2) Requirements\na. NVQ Level 3\n"
    posting = parse(body)
    assert [(item.text, item.line) for item in posting.responsibilities] == [
        ("Carry out planned maintenance", 2),
        ("Fault-find on machines", 3),
    ]
    assert [(item.text, item.line) for item in posting.qualifications] == [("NVQ Level 3", 6)]


@pytest.mark.parametrize("body", [">", "> ", ">\n>\n", ">>", "> >", "## Duties\n\n>\n\n- Drive the van\n"])
def test_an_empty_block_quote_is_no_text_and_no_error(body: str) -> None:
    assert all(block.markdown.strip() or block.entries for block in parse_blocks(body, 1))
    duties = [item.text for item in parse(body).responsibilities]
    assert duties == (["Drive the van"] if "Drive" in body else [])

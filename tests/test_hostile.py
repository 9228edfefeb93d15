"""Hostile input: each gets a clear error or a bounded answer, never a crash or a hang.

Bounded answers are proven by the limits of :class:`jobspec.ParseOptions` and
by ``benchmarks/hostile.py`` (which doubles each input and prints the time
ratios), not by the clock: a size here is chosen so that a quadratic
regression would take minutes, while the linear code takes well under a
second or two.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mistune.block_parser import BlockParser

import jobspec
from jobspec import DecodingError, FrontMatterError, InputTooLargeError, JobPosting, ParseOptions
from jobspec.blocks import MAX_NESTING, Block, _PositionedParser, parse_blocks

MB = 1_000_000
WHOLE_BODY = ParseOptions(max_body_lines=10**9, max_body_chars=10**12)
"""Every line of the body read, however long: the stages themselves must cope."""

# Each level repeats the one before nine times: 9**8 (43 million) values once expanded.
BILLION_LAUGHS = (
    "---\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 9))
    + "---\n## Requirements\n- Python\n"
)


# Still quadratic in text.py (not owned here): an opener whose lazy or negated
# pattern runs to the end of the line when nothing closes it, tried again at
# every later opener. Minutes each at these sizes; see benchmarks/hostile.py.
def codes(posting: JobPosting) -> list[str]:
    return [d.code for d in posting.diagnostics]


def plain(posting: JobPosting) -> str:
    """Every heading and text of the posting's sections, in one string."""
    return "\n".join(f"{s.heading or ''}\n{s.text}" for s in posting.iter_sections())


# --- front matter ------------------------------------------------------------------


def test_alias_bomb_is_refused_in_strict_mode() -> None:
    with pytest.raises(FrontMatterError, match=r"more than 10,000 values \(counting what YAML aliases repeat\)"):
        jobspec.parse(BILLION_LAUGHS, strict=True)


def test_alias_bomb_is_a_diagnostic_and_the_body_is_kept() -> None:
    posting = jobspec.parse(BILLION_LAUGHS)
    assert posting.front_matter == {}
    assert codes(posting) == ["front-matter-invalid"]
    assert [q.text for q in posting.qualifications] == ["Python"]


def test_merge_key_bomb_is_refused() -> None:
    merges = "".join(f"m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}], k{i}: 1}}\n" for i in range(1, 40))
    with pytest.raises(FrontMatterError, match="more than 10,000 values"):
        jobspec.parse("---\nm0: &m0 {k: 1}\n" + merges + "---\nbody\n", strict=True)


@pytest.mark.parametrize("yaml", ["a: &a [*a]", "a: &a {b: *a}", "a: &a [[[*a]]]"])
def test_self_referring_alias_is_refused(yaml: str) -> None:
    with pytest.raises(FrontMatterError, match="refers to itself"):
        jobspec.parse(f"---\n{yaml}\n---\nbody\n", strict=True)


def test_aliases_within_the_budget_load() -> None:
    posting = jobspec.parse("---\nskills: &s [Python, SQL]\nrequired: *s\n---\nbody\n", strict=True)
    assert posting.front_matter == {"skills": ["Python", "SQL"], "required": ["Python", "SQL"]}


def test_the_node_budget_is_an_option() -> None:
    text = "---\ntags: [a, b, c, d]\n---\nbody\n"
    assert jobspec.parse(text, strict=True).front_matter == {"tags": ["a", "b", "c", "d"]}
    with pytest.raises(FrontMatterError, match="more than 4 values"):
        jobspec.parse(text, strict=True, options=ParseOptions(max_front_matter_nodes=4))


@pytest.mark.parametrize(
    "template",
    ["---\nx: {nested}\n---\nbody\n", "+++\nx = {nested}\n+++\nbody\n", '{{\n"x": {nested}\n}}\nbody\n'],
    ids=["yaml", "toml", "json"],
)
def test_deep_nesting_is_refused_in_every_format(template: str) -> None:
    text = template.format(nested="[" * 40 + "]" * 40)
    with pytest.raises(FrontMatterError, match="nested deeper than 32 levels"):
        jobspec.parse(text, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "+++\nx = " + "[" * 100_000 + "]" * 100_000 + "\n+++\nbody\n",
        '{\n"x": ' + "[" * 100_000 + "]" * 100_000 + "\n}\nbody\n",
        "---\nx: " + "[" * 100_000 + "]" * 100_000 + "\n---\nbody\n",
    ],
    ids=["toml", "json", "yaml"],
)
def test_nesting_beyond_the_parsers_recursion_is_a_front_matter_error(text: str) -> None:
    with pytest.raises(FrontMatterError):
        jobspec.parse(text, strict=True)
    assert codes(jobspec.parse(text)) == ["front-matter-invalid"]


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.makedirs ['{dir}']",
        "!!python/object/new:os.makedirs ['{dir}']",
        "!!python/name:os.makedirs",
        "!!python/module:os",
        "!!python/object:pathlib.Path {{}}",
    ],
)
def test_unsafe_yaml_tags_are_never_constructed(tag: str, tmp_path: Path) -> None:
    target = tmp_path / "created-by-yaml"
    text = f"---\nx: {tag.format(dir=target)}\n---\nbody\n"
    with pytest.raises(FrontMatterError, match="invalid YAML front matter"):
        jobspec.parse(text, strict=True)
    assert codes(jobspec.parse(text)) == ["front-matter-invalid"]
    assert not target.exists()


def test_front_matter_of_10_mb_is_reported_not_loaded() -> None:
    text = "---\n" + "key: value\n" * MB + "---\n## Requirements\n- Python\n"
    with pytest.raises(FrontMatterError, match="larger than the limit of 1,048,576 bytes; not loaded"):
        jobspec.parse(text, strict=True)
    posting = jobspec.parse(text)
    assert (posting.front_matter, codes(posting)) == ({}, ["front-matter-invalid"])
    assert [q.text for q in posting.qualifications] == ["Python"]


@pytest.mark.parametrize(
    "text",
    [
        '{\n"n": ' + "9" * 5000 + "\n}\nbody\n",
        "+++\nn = " + "9" * 5000 + "\n+++\nbody\n",
        "---\nn: " + "9" * 5000 + "\n---\nbody\n",
    ],
    ids=["json", "toml", "yaml"],
)
def test_integers_too_long_for_python_are_a_front_matter_error(text: str) -> None:
    with pytest.raises(FrontMatterError):
        jobspec.parse(text, strict=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nlow: .inf\nhigh: -.inf\nnone: .nan\n---\n", {"low": None, "high": None, "none": None}),
        ('{\n"low": Infinity, "none": NaN\n}\n', {"low": None, "none": None}),
        ('{\n"title": "a\\ud800b"\n}\n', {"title": "a\ufffdb"}),
    ],
    ids=["yaml-non-finite", "json-non-finite", "json-lone-surrogate"],
)
def test_values_json_cannot_hold_are_replaced_and_declared(text: str, expected: dict[str, object]) -> None:
    posting = jobspec.parse(text + "body\n", strict=True)
    assert posting.front_matter == expected
    assert "front-matter-values-replaced" in codes(posting)
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting


def test_non_finite_salary_in_front_matter_does_not_reach_the_salary() -> None:
    posting = jobspec.parse("---\nsalary: {min: .inf, max: .nan, currency: EUR}\n---\nbody\n")
    assert posting.front_matter == {"salary": {"min": None, "max": None, "currency": "EUR"}}
    assert posting.salary is None


# --- size limits ---------------------------------------------------------------------


def test_input_limit_is_16_mib_by_default() -> None:
    assert ParseOptions().max_input_bytes == 16 * 1024 * 1024


@pytest.mark.parametrize("source", [b"x" * (50 * MB), "x" * (50 * MB)], ids=["bytes", "text"])
def test_a_body_of_50_mb_is_refused_by_the_input_limit(source: str | bytes) -> None:
    with pytest.raises(InputTooLargeError, match="input is 50,000,000 bytes, over the limit of 16,777,216"):
        jobspec.parse(source)


def test_text_is_measured_in_utf8_bytes() -> None:
    options = ParseOptions(max_input_bytes=1000)
    assert jobspec.parse("é" * 500, options=options).body == "é" * 500
    with pytest.raises(InputTooLargeError, match="input is 1,002 bytes"):
        jobspec.parse("é" * 501, options=options)


# --- deep nesting ---------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["- ", "* ", "1. ", "> ", "> - ", "- > "])
def test_containers_nested_10000_deep_keep_their_text(prefix: str) -> None:
    posting = jobspec.parse(prefix * 10_000 + "deepest words\n")
    assert "deepest words" in plain(posting)


def test_nesting_stops_at_max_nesting_and_keeps_the_rest_as_text() -> None:
    entries = [e for block in parse_blocks("- " * 50 + "x\n") if block.kind == "list" for e in block.entries]
    assert max(e.level for e in entries) < MAX_NESTING
    assert "x" in entries[-1].markdown


def test_lists_indented_300_deep_parse() -> None:
    body = "".join("  " * depth + f"- item {depth}\n" for depth in range(300))
    entries = [e for block in parse_blocks(body) if block.kind == "list" for e in block.entries]
    assert "item 299" in "\n".join(e.markdown for e in entries)


def test_an_old_mistune_recursing_too_deep_falls_back_to_plain_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    def recurse(*_: object) -> None:
        raise RecursionError

    monkeypatch.setattr(_PositionedParser, "parse", recurse)
    assert parse_blocks("# Title\n\n- item\n", first_line=3) == [
        Block("paragraph", 3, "# Title"),
        Block("paragraph", 5, "- item"),
    ]


# --- many blocks, long lines, runs of punctuation -----------------------------------------


def test_100000_headings_are_100000_sections_in_order() -> None:
    options = replace(WHOLE_BODY, find_skills=False)
    posting = jobspec.parse("# h\n" * 100_000, options=options)
    assert [s.line for s in posting.sections] == list(range(1, 100_001))


def test_one_paragraph_of_50000_lines_parses() -> None:
    posting = jobspec.parse("You will build things.\n" * 50_000, options=WHOLE_BODY)
    assert len(posting.responsibilities) == 50_000


def test_a_single_10_mb_line_is_one_paragraph() -> None:
    assert parse_blocks("a" * (10 * MB) + "\n") == [Block("paragraph", 1, "a" * (10 * MB))]


def test_a_single_2_mb_line_of_words_parses_whole() -> None:
    options = replace(WHOLE_BODY, find_skills=False)
    posting = jobspec.parse("lorem ipsum " * 170_000 + "end\n", options=options)
    assert posting.body.count("lorem") == 170_000
    assert plain(posting).endswith("end")


@pytest.mark.parametrize(
    "line",
    [
        "*" * 100_000,
        "-" * 100_000,
        "_" * 100_000,
        "* " * 50_000,
        "=" * 100_000,
        "_a_" * 50_000,
        "**a" * 50_000,
        "a" + " " * 100_000 + "b",
        "| a |\n" + "|" + " " * 100_000 + "x",
        "a" + " " * 100_000 + "• b",
        "<" * 100_000,
        "[" * 100_000,
        "[a](" * 25_000,
        "{{" * 50_000,
        "<!--" * 25_000,
        "<a href='x'>" * 10_000,
        "**a " * 100_000,
        "*a " * 100_000,
        "_a " * 100_000,
        "<http:" * 100_000,
        "{:" * 200_000,
    ],
    ids=lambda line: f"{line[:4]!r}x{len(line)}",
)
def test_runs_of_punctuation_parse(line: str) -> None:
    posting = jobspec.parse(line + "\n", options=ParseOptions(find_skills=False))
    assert posting.body == line + "\n"


@given(st.text(alphabet="-*_= \t", max_size=40))
def test_linear_rule_patterns_read_lines_as_mistune_does(line: str) -> None:
    for name in ("thematic_break", "setex_heading"):
        ours = re.fullmatch(_PositionedParser.SPECIFICATION[name], line)
        theirs = re.fullmatch(BlockParser.SPECIFICATION[name], line)
        assert (ours is None) == (theirs is None), name
        if name == "setex_heading" and ours and theirs:
            assert ours.group("setext_1") == theirs.group("setext_1")


# --- HTML that html.parser would rescan or choke on --------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["<div ", "<!--", "</a", "<?x", "<!x", '<a b"c=">', "<a x='", "<![foo[", "<!doctype", "<script>"],
)
def test_unclosed_html_is_read_in_one_pass(unit: str) -> None:
    body = "<div>\n" + unit * (200_000 // len(unit)) + "\n"
    blocks = parse_blocks(body)
    assert all(block.kind in ("paragraph", "heading", "list") for block in blocks)


@pytest.mark.parametrize("markup", ["<![foo[ x ]]>", "<![ x", "<![if !supportLists]>x<![endif]>"])
def test_marked_sections_do_not_raise(markup: str) -> None:
    posting = jobspec.parse(f"<div>\n{markup}\n<p>After the section</p>\n</div>\n")
    assert "After the section" in plain(posting)


def test_a_lone_angle_bracket_stays_in_the_text() -> None:
    [block] = parse_blocks("<div>\nSalary <unclosed and more\n</div>\n")
    assert block.markdown == "Salary <unclosed and more"


def test_ampersands_are_left_as_written() -> None:
    [block] = parse_blocks("<p>R&D and Q&amp;A</p>\n")
    assert block.markdown == "R&D and Q&amp;A"


def test_blocks_ended_by_a_block_quote_keep_their_order_and_lines() -> None:
    blocks = parse_blocks("> quoted\n- item\n# Heading\n")
    assert [(b.kind, b.line) for b in blocks] == [("paragraph", 1), ("list", 2), ("heading", 3)]


def test_a_heading_lazily_inside_a_block_quote_has_its_own_line() -> None:
    blocks = parse_blocks("# One\n> quoted words\n# Two\n")
    assert [(b.kind, b.line, b.markdown) for b in blocks] == [
        ("heading", 1, "One"),
        ("paragraph", 2, "quoted words"),
        ("heading", 3, "Two"),
    ]


# --- encodings and binary ---------------------------------------------------------------


@pytest.mark.parametrize("data", [b"# Title\n\x00\x01\x02", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_nul_bytes_and_binary_files_are_refused(data: bytes) -> None:
    with pytest.raises(DecodingError, match="input looks binary"):
        jobspec.parse(data)


def test_invalid_utf8_in_the_middle_is_replaced_with_a_diagnostic() -> None:
    data = "## Anforderungen\n- Erfahrung mit Prüfständen\n".encode() + b"- Kenntnisse \xff\xfe in SPS\n"
    posting = jobspec.parse(data)
    assert "Erfahrung mit Prüfständen" in posting.body  # the valid UTF-8 is not garbled
    assert "Kenntnisse \ufffd\ufffd in SPS" in posting.body
    [diagnostic] = posting.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("invalid-utf8-replaced", 3, 14)


def test_legacy_code_page_is_still_read_as_such() -> None:
    posting = jobspec.parse("## Profil\n- Expérience en comptabilité\n".encode("cp1252"))
    assert "Expérience en comptabilité" in posting.body
    assert codes(posting) == ["legacy-encoding"]


def test_lone_surrogates_in_text_are_replaced_and_declared() -> None:
    posting = jobspec.parse("# Title\nbroken \ud800 text\n")
    assert posting.body == "# Title\nbroken \ufffd text\n"
    assert codes(posting) == ["invalid-characters-replaced"]
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting


def test_a_bom_that_lies_is_a_decoding_error() -> None:
    with pytest.raises(DecodingError, match="byte order mark"):
        jobspec.parse(codecs.BOM_UTF16_LE + b"\x00")


# --- nearly nothing ----------------------------------------------------------------------


@pytest.mark.parametrize("source", ["", b"", " \n\t\n   ", "\ufeff", codecs.BOM_UTF8, "\n" * 10_000])
def test_empty_and_blank_input_is_an_empty_posting(source: str | bytes) -> None:
    posting = jobspec.parse(source)
    assert (posting.sections, posting.responsibilities, posting.qualifications) == ([], [], [])


@pytest.mark.parametrize("text", ["---\ntitle: Baker\n---\n", "---\ntitle: Baker\n---", '{\n"title": "Baker"\n}\n'])
def test_only_front_matter_is_a_posting_without_body(text: str) -> None:
    posting = jobspec.parse(text, strict=True)
    assert (posting.title, posting.body, posting.sections) == ("Baker", "", [])


def test_one_huge_qualification_parses_and_keeps_its_text() -> None:
    text = "degree " * 40_000
    posting = jobspec.parse(f"## Requirements\n- {text}\n", options=WHOLE_BODY)
    assert [q.text for q in posting.qualifications] == [text.strip()]


# --- the part of the body read -----------------------------------------------------------


def test_lines_past_max_body_lines_are_kept_in_the_body_and_not_read() -> None:
    body = "## You will\n" + "- Build pipelines\n" * 20 + "## Requirements\n- Python\n"
    posting = jobspec.parse(body, options=ParseOptions(max_body_lines=10))
    assert posting.body == body
    assert len(posting.responsibilities) == 9
    assert posting.qualifications == []
    [note] = [d for d in posting.diagnostics if d.code == "body-lines-not-read"]
    assert (note.line, note.column, note.severity) == (11, None, "warning")


def test_a_body_within_the_limits_is_read_whole_without_a_diagnostic() -> None:
    body = "## You will\n- Build pipelines\n## Requirements\n- Python"  # the last line without a newline
    posting = jobspec.parse(body, options=ParseOptions(max_body_lines=4, max_body_chars=len(body)))
    assert [q.text for q in posting.qualifications] == ["Python"]
    assert not [d for d in posting.diagnostics if d.code == "body-lines-not-read"]


def test_the_body_is_cut_at_the_last_whole_line_within_max_body_chars() -> None:
    text = "---\ntitle: Baker\n---\n## Requirements\n- Python\n- " + "bread " * 100 + "\n"
    posting = jobspec.parse(text, options=ParseOptions(max_body_chars=100))
    assert [q.text for q in posting.qualifications] == ["Python"]
    [note] = [d for d in posting.diagnostics if d.code == "body-lines-not-read"]
    assert (note.line, note.column) == (6, None)  # file lines: the front matter takes 3


def test_a_first_line_longer_than_max_body_chars_is_read_up_to_the_limit() -> None:
    posting = jobspec.parse("word " * 100 + "\n", options=ParseOptions(max_body_chars=52))
    assert posting.body.count("word") == 100
    [note] = [d for d in posting.diagnostics if d.code == "body-lines-not-read"]
    assert (note.line, note.column) == (1, 53)


def test_blank_lines_past_the_limits_are_not_reported() -> None:
    posting = jobspec.parse("## Requirements\n- Python\n" + "\n" * 50, options=ParseOptions(max_body_lines=2))
    assert [q.text for q in posting.qualifications] == ["Python"]
    assert not [d for d in posting.diagnostics if d.code == "body-lines-not-read"]


@pytest.mark.parametrize("unit", ["# h\n", "- a\n", "- 3+ years of\n"])
def test_a_megabyte_of_one_line_blocks_is_read_up_to_max_body_lines(unit: str) -> None:
    posting = jobspec.parse(unit * (MB // len(unit)), options=ParseOptions(max_input_bytes=2 * MB))
    [note] = [d for d in posting.diagnostics if d.code == "body-lines-not-read"]
    assert note.line == ParseOptions().max_body_lines + 1
    assert len(posting.sections) <= 10_000
    assert len(posting.qualifications) + len(posting.responsibilities) <= 10_000


def test_a_salary_line_of_repeated_no_figure_phrases_parses() -> None:
    posting = jobspec.parse("Salary: " + "commensurate with " * 40_000 + "\n")
    assert posting.salary is None


def test_an_amount_of_hundreds_of_digits_is_no_salary_and_the_posting_round_trips() -> None:
    posting = jobspec.parse("Salary: € " + "1" * 400 + " per year\n\nSalary: €50,000 per year\n")
    assert posting.salary is not None
    assert posting.salary.min == 50000
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting

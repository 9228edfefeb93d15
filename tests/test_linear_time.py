"""Inputs that once took time growing with the square of their size.

Each test parses an input at two sizes, four times apart, and checks that
the time grows less than eight times: about four for linear code, sixteen for
quadratic. Sizes are chosen so that the quadratic code took seconds at the
larger one, while the linear code takes a fraction of a second. The absolute
figures are for ``benchmarks/hostile.py`` to print, not for these tests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

import jobspec
from jobspec import ParseOptions, blocks, items, jsonld, sentences, text
from jobspec.facts import authorization, contacts, education, employment, location, salary, seniority

FACTOR = 4
OPTIONS = ParseOptions(max_input_bytes=64 * 1024 * 1024)


def _seconds(text: str) -> float:
    """The best of three parses of ``text`` (of one, when it takes over a second: that is decided)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        jobspec.parse(text, options=OPTIONS)
        best = min(best, time.perf_counter() - started)
        if best > 1:
            break
    return best


def growth(make: Callable[[int], str], size: int) -> float:
    """How many times longer a parse of ``make(FACTOR * size)`` takes than one of ``make(size)``."""
    jobspec.parse("# Warm\n## Requirements\n- Python\n")  # patterns compiled on first use are not timed
    small = max(_seconds(make(size)), 0.002)  # below that, the clock and the fixed costs dominate
    return _seconds(make(FACTOR * size)) / small


# name: (input of about n characters, n for the smaller input)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "a heading-like line of '#'": (lambda n: "#x" + "#" * n + "y\n", 20_000),
    "a bold line, then spaces": (lambda n: "**a**" + " " * n + "x\n", 20_000),
    "a bold label, then spaces": (lambda n: "**a:**" + " " * n + "\n", 20_000),
    "a heading, then spaces": (lambda n: "# a" + " " * n + "x\n", 5_000),
    "TOML front matter with a long dotted key": (lambda n: "+++\n" + "a." * (n // 2) + "a = 1\n+++\nbody\n", 5_000),
    "'remote (a ' repeated": (lambda n: "remote (a " * (n // 10) + "\n", 5_000),
    "ISO dates on one line": (lambda n: "2024-01-01 " * (n // 11) + "\n", 10_000),
    "a deadline before each of many dates": (lambda n: "Deadline: 2024-01-01 " * (n // 21) + "\n", 10_000),
    "a shortcode padded with spaces": (lambda n: "{{< a" + " " * n + ">}}\n{{< /a >}}\n", 50_000),
    "lines of shortcodes that close nothing": (lambda n: '{{< a "t" >}}\n' * (n // 14), 50_000),
    "a paragraph of bold lines": (lambda n: "**a**\n" * (n // 6), 5_000),
    "an entry with bullet lines folded into it": (lambda n: "- a\n" + "  • b\n" * (n // 6), 5_000),
    "a sentence, a label and bullet lines": (lambda n: "A b.\nC\n" + "– d\n" * (n // 4), 5_000),
    "bullet paragraphs that wrap": (lambda n: "• a\nb\n\n" * (n // 7), 5_000),
    "a marker, then no-break spaces": (lambda n: "-" + "\xa0" * n + " x\n", 20_000),
    "lines of escaped markers and entities": (lambda n: "\\- &bull; 1\\. a\n" * (n // 16), 5_000),
    "lines counted without a space": (lambda n: "".join(f"{i % 90 + 1}.a\n" for i in range(n // 4)), 5_000),
    "bullets after line breaks written as html": (lambda n: "<b>a</b>" + "<br>•&nbsp;b" * (n // 12) + "\n", 5_000),
    "an html table of many rows": (
        lambda n: "<table>" + "<tr><td>a</td><td>b</td></tr>\n" * (n // 29) + "</table>\n",
        5_000,
    ),
    "lines of bullets that lost their font": (lambda n: "Ø  a\n§ b\nü  c\n" * (n // 14), 5_000),
    "admonitions with indented content": (lambda n: '!!! note "a"\n    b\n:::c\n' * (n // 21), 5_000),
    "mdx statements, then components with titles": (
        lambda n: "import { a } from 'b'\n" * (n // 44) + '<A title="b">\n\nc\n\n</A>\n' * (n // 44),
        5_000,
    ),
    "an import opened and never closed": (lambda n: "import {\n" + "a,\n" * (n // 3), 20_000),
    "tables opened and never closed": (lambda n: "<table><tr><th>a</th></tr><tr><td><li>b" * (n // 40) + "\n", 5_000),
    "long lines over lines of tildes": (lambda n: ("a " * (n // 8) + "\n~~~~\n") * 4, 5_000),
    "entries with counted lines folded in": (
        lambda n: "1) a\n" + "".join(f"{chr(97 + i % 26)}. b\n" for i in range(n // 5)),
        5_000,
    ),
    "an entry naming a kind between entries": (lambda n: "## Skills\n" + "- a\n- Nice to have:\n" * (n // 20), 5_000),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_time_grows_linearly(name: str) -> None:
    make, size = CASES[name]
    assert growth(make, size) < 2 * FACTOR


def _search_seconds(pattern: re.Pattern[str], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.process_time() - started)
        if best > 1:
            break
    return best


# Patterns that a search over a long run (of spaces, tabs, a word, ticks …) once read again from
# every position of it, and the unit of that run; benchmarks/hostile.py --regex scans them all.
PATTERNS: dict[str, tuple[re.Pattern[str], str]] = {
    "education._QUALIFIED_AFTER": (education._QUALIFIED_AFTER, "\t"),
    "education._FIELD_START": (education._FIELD_START, " "),
    "education._FIELD_END": (education._FIELD_END, " \n"),
    "education._COORDINATION": (education._COORDINATION, " "),
    "education._DEGREE_WORD": (education._DEGREE_WORD, "\t"),
    "education driving licence": (
        next(r[3] for r in education._COMPILED_RULES if r[3] and "driv" in r[3].pattern),
        "driving",
    ),
    "employment._LABEL": (employment._LABEL, " "),
    "location._REGION_BEFORE_REMOTE": (location._REGION_BEFORE_REMOTE, " "),
    "location._PLACE_SPLIT": (location._PLACE_SPLIT, "\t"),
    "salary._LABEL": (salary._LABEL, "&"),
    "salary._RANGE_JOIN": (salary._RANGE_JOIN, "\t"),
    "salary._WORD_BEFORE": (salary._WORD_BEFORE, "a"),
    "sentences._WORD_BEFORE": (sentences._WORD_BEFORE, "k"),
    "items._INLINE_BULLETS": (items._INLINE_BULLETS, " "),
    "items._STEM_ENDING": (items._STEM_ENDING._pattern, "(a "),
    "text._CODE": (text._CODE, "`"),
    # found by the scan of the merged tree (issues 13, 14 and 15 beside 17)
    "authorization._RIGHT_TO_WORK": (authorization._RIGHT_TO_WORK._pattern, "eligib"),
    "contacts._VALID_EMAIL": (contacts._VALID_EMAIL, "1."),
    "seniority._MANAGES_PEOPLE": (seniority._MANAGES_PEOPLE._pattern, "1"),
    "jsonld._PLACE_PARTS": (jsonld._PLACE_PARTS, " \n"),
    # found by the scan of the tree with issue 12's HTML read from indented code
    "blocks._INDENTED_HTML": (blocks._INDENTED_HTML, "\n"),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_search_time_grows_linearly(name: str) -> None:
    pattern, unit = PATTERNS[name]
    small = max(_search_seconds(pattern, unit * 2_000 + "\x01"), 0.0005)
    assert _search_seconds(pattern, unit * 8_000 + "\x01") / small < 2 * FACTOR


def test_line_start_patterns_of_blocks_and_evaluation_search_linearly() -> None:
    from jobspec import blocks, evaluate

    for pattern, unit in [(blocks._BLANK_LINES, " "), (blocks._SIMPLE_ITEM, "3+ "), (evaluate._MARKUP, "[a")]:
        small = max(_search_seconds(pattern, unit * 2_000 + "\x01"), 0.0005)
        assert _search_seconds(pattern, unit * 8_000 + "\x01") / small < 2 * FACTOR, pattern.pattern

"""Inline Markdown and HTML to plain text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec.text import (
    CaselessPattern,
    any_of,
    matches_in_each,
    phrase_pattern,
    plain_text,
    plain_text_and_links,
    split_alternatives,
    word_count,
)


@pytest.mark.parametrize(
    ("markdown", "text", "links"),
    [
        ("**bold** and *em* and _em_ and `code`", "bold and em and em and code", []),
        ('[Apply](https://ex.org/j "title") now', "Apply now", ["https://ex.org/j"]),
        ("see <https://ex.org>", "see https://ex.org", ["https://ex.org"]),
        ('<a href="https://ex.org/x">here</a>', "here", ["https://ex.org/x"]),
        ("![logo](/l.png) Hello", "Hello", []),
        ("TB&#x2F;PB &amp; more", "TB/PB & more", []),
        ('[Elixir](https://e.org){:target="_blank"}', "Elixir", ["https://e.org"]),
        ("snake_case_name stays", "snake_case_name stays", []),
        ("user\u00adcentred\u200b  design", "usercentred design", []),
        ("{{ page.title }} Engineer", "Engineer", []),
        ("a<br>b", "a b", []),
    ],
)
def test_plain_text_and_links(markdown: str, text: str, links: list[str]) -> None:
    assert plain_text_and_links(markdown) == (text, links)


# --- factored alternations ----------------------------------------------------------

_PIECES = st.sampled_from(["a", "b", "ab", " ", "\\b", "^", "(?:a|b)", "[ab]", "a?", "(?:b|)", "\\.", "c+"])
_ALTERNATIVE = st.lists(_PIECES, min_size=1, max_size=4).map("".join)


@given(st.lists(_ALTERNATIVE, min_size=1, max_size=6), st.text(alphabet="abc. ", max_size=12))
def test_factored_alternation_matches_where_the_flat_one_does(alternatives: list[str], text: str) -> None:
    flat = re.compile("|".join(alternatives))
    factored = re.compile(any_of(alternatives, ignore_case=False))
    for how in ("search", "match"):
        expected, got = getattr(flat, how)(text), getattr(factored, how)(text)
        assert (expected is None) == (got is None)
        if expected is not None and got is not None:
            assert expected.start() == got.start()


@given(
    st.lists(st.text(alphabet="ab +.", min_size=1, max_size=5), min_size=1, max_size=8), st.text("ab +.x", max_size=15)
)
def test_phrase_pattern_matches_as_the_longest_first_alternation(phrases: list[str], text: str) -> None:
    flat = re.compile("|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True)))
    trie = re.compile(phrase_pattern(phrases))
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)]


def test_any_of_factors_shared_starts() -> None:
    assert any_of(["apply now", "apply here", "bewirb"]) == "apply (?:now|here)|bewirb"
    assert any_of([r"\b(?:you|vous) x", r"\byour", "^as"]) == r"\b(?:you(?: x|r)|vous x)|^as"


def test_split_alternatives_ignores_bars_in_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|(?:b|c)|[|]d|\|e|[]|]x") == ["a", "(?:b|c)", "[|]d", r"\|e", "[]|]x"]


@given(st.text(alphabet="abisAIS İıſKkµμß.-", max_size=20))
def test_caseless_pattern_finds_what_ignorecase_finds(text: str) -> None:
    source = r"\b(?:ab|ba+|k\.|is|µ)(?!\w)"
    caseless, ignorecase = CaselessPattern(source), re.compile(source, re.IGNORECASE)
    assert [m.span() for m in caseless.finditer(text)] == [m.span() for m in ignorecase.finditer(text)]
    assert (caseless.match(text) is None) == (ignorecase.match(text) is None)


def test_caseless_pattern_is_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        CaselessPattern(r"\bSie\b")
    assert CaselessPattern(r"\bsie\S").search("Leiten Sie!") is not None


def test_matches_in_each_gives_offsets_within_each_text() -> None:
    texts = ["no hit", "a cat and a cat", "", "cat"]
    found = list(matches_in_each(re.compile("cat").finditer, texts))
    assert found == [(1, 2, 5, "cat"), (1, 12, 15, "cat"), (3, 0, 3, "cat")]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("the \\_\\_init\\_\\_ method", "the __init__ method"),
        ("pytest and \\*\\*kwargs", "pytest and **kwargs"),
        ("\\*Bonus:\\* Nomad", "*Bonus:* Nomad"),
        ("C\\+\\+ and C\\#, a *real* plus", "C++ and C#, a real plus"),
        ("\\[not a link\\](x)", "[not a link](x)"),
        ("\\&amp; is not an entity", "&amp; is not an entity"),
        ("a hard break\\", "a hard break"),
    ],
)
def test_escaped_characters_are_themselves_and_open_no_markup(markdown: str, text: str) -> None:
    assert plain_text(markdown) == text


def test_strong_emphasis_ends_at_the_next_delimiter() -> None:
    assert plain_text("**Skills:** Python and **SQL**") == "Skills: Python and SQL"
    # An opener that the next delimiter does not close is left as written (and costs a step, not a span).
    assert plain_text("**a **b** c**") == "**a b c**"
    assert plain_text("**a " * 50) == ("**a " * 50).strip()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nice to have", 3),
        ("", 0),
        ("岗位职责", 2),
        ("有大规模分布式系统经验者优先", 7),
        ("熟悉 Go 语言", 3),
        ("自律的に行動できる方", 5),
        ("주요 업무", 2),
    ],
)
def test_word_count_counts_chinese_and_japanese_by_characters(text: str, words: int) -> None:
    assert word_count(text) == words


def test_an_escaped_character_in_a_links_address_is_given_back_too() -> None:
    assert plain_text_and_links("see [the \\_docs](https://x.org/a\\_b)") == ("see the _docs", ["https://x.org/a_b"])

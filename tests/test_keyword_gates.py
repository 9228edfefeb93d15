"""The keyword gates: the Aho-Corasick index finds exactly what the regular expressions it replaced found.

The regular expressions are kept here as the reference: a trie-shaped
alternation of the keywords (``phrase_pattern``), searched with ``finditer``
over the lines joined by newlines, with ``(?<![^\\W\\d_])`` before the keywords
that start with a letter where the gate counts word starts only.
"""

from __future__ import annotations

import pickle
import re
import sys
from collections.abc import Sequence

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jobspec import cues, facts
from jobspec.facts import conditions, employment, salary
from jobspec.text import (
    CaselessPattern,
    KeywordIndex,
    LiteralGate,
    lower_like_ignorecase,
    matches_in_each,
    phrase_pattern,
    reads_lowered_alike,
    required_literal_ways,
    required_literals,
    starts_word,
)
from jobspec.vocabulary import DEFAULT_VOCABULARY
from pieces import joined_pieces


def reference_pattern(keywords: Sequence[str], *, word_start: bool) -> re.Pattern[str]:
    """The regular expression a gate used before the index (see conditions' and facts' history)."""
    if not word_start:
        return re.compile(phrase_pattern(keywords))
    words = [keyword for keyword in keywords if keyword[0].isalpha()]
    others = [keyword for keyword in keywords if not keyword[0].isalpha()]
    source = rf"(?<![^\W\d_])(?:{phrase_pattern(words)})" if words else ""
    if others:
        source = f"{source}|{phrase_pattern(others)}" if source else phrase_pattern(others)
    return re.compile(source)


def reference_matches(pattern: re.Pattern[str], lowered: Sequence[str]) -> list[tuple[int, str]]:
    return [(index, matched) for index, _, _, matched in matches_in_each(pattern.finditer, list(lowered))]


# Keywords that overlap, nest, share starts and ends, and hold spaces, hyphens, digits and symbols.
SMALL_TABLE = ("pay", "day", "payday", "on-call", "call", "on call", "ay", "a", "€", "eg ", "h/", "x8", "ü1", "@")
LETTERS = "payd-onclegh/x8ü1@€ _İ\u00b2\n"


@given(st.lists(st.text(alphabet=LETTERS, max_size=30), max_size=6), st.booleans())
@example(["xon-call", "payday"], True)
@example(["on-callday a"], True)
def test_index_finds_what_the_pattern_finds(lines: list[str], word_start: bool) -> None:
    lines = [line.replace("\n", " ") for line in lines]  # a line never holds a newline
    index = KeywordIndex(SMALL_TABLE, word_start=word_start)
    pattern = reference_pattern(SMALL_TABLE, word_start=word_start)
    expected = reference_matches(pattern, lines)
    assert list(index.matches(lines)) == expected
    assert index.lines_with_any(lines) == sorted({which for which, _ in expected})


@given(st.text(max_size=12), st.integers(min_value=0, max_value=12))
def test_starts_word_is_the_lookbehind(text: str, start: int) -> None:
    start = min(start, len(text))
    assert starts_word(text, start) == bool(re.compile(r"(?<![^\W\d_])").match(text, start))


def test_keywords_are_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        KeywordIndex(["Salary"])


# Lines like a posting's, with the gates' keywords inside words, across hyphens, in other scripts.
POSTING_WORDS = st.sampled_from(
    [
        "salary", "Salário", "€55,000", "£", "rate", "accurate", "payroll", "EG 13", "band 6", "Vergütung",
        "remote", "hybrid", "on-site", "home office", "Büro", "télétravail", "vor Ort", "smart working",
        "hours", "40h/week", "shift", "on-call", "Nachtschicht", "travel", "visa", "H-1B", "sponsorship",
        "clearance", "SC", "NV1", "contact", "jane@example.org", "tel.", "openings", "positions", "level",
        "Seniority", "x8", "Ü2", "İstanbul", "the", "and", "we", "offer", "-", ":", "(", ")", "·", "2",
    ]
)  # fmt: skip
POSTING_LINES = st.lists(st.lists(POSTING_WORDS, max_size=12).map(" ".join), max_size=8)


@given(POSTING_LINES)
def test_the_pay_and_workplace_gates_find_what_their_patterns_found(lines: list[str]) -> None:
    numbered = list(enumerate(lines, start=1))
    for keywords, index in (
        (facts._PAY_KEYWORDS, facts._PAY_KEYWORD),
        (facts._WORKPLACE_KEYWORDS, facts._WORKPLACE_KEYWORD),
    ):
        pattern = reference_pattern(keywords, word_start=False)
        lowered = [text.lower() for text in lines]
        expected = [numbered[which] for which in sorted({which for which, _ in reference_matches(pattern, lowered)})]
        assert facts._with_keyword(numbered, index) == expected


@given(POSTING_LINES)
def test_the_conditions_gate_finds_what_its_pattern_found(lines: list[str]) -> None:
    keywords = sorted(conditions._FACTS_OF)
    pattern = reference_pattern(keywords, word_start=True)
    lowered = [lower_like_ignorecase(text) for text in lines]
    assert list(conditions._KEYWORD.matches(lowered)) == reference_matches(pattern, lowered)


# --- literal gates: a pattern is skipped only where it cannot match ------------------

SMALL_PATTERNS = (
    r"\bmust (?:have|be)\b",
    r"(?<!\w)(?:nice|good) to (?:have|know)(?!\w)",
    r"pa(?:y|id)(?:day)?s?",
    r"\w+ing\b",
    r"(?:a|b)+c",
    r"x?y[0-9]z",
    r"[ab]{2}q",
    r"(?i:case)d",
    r"on(?=-call)",
    r"\d+",
    r"\bmust have\b.{0,6}\bgood (?:to|at)\b|\bback",  # a way that needs two words, and one that needs one
    r"(?:nice|vague) [^.]*(?:have|hold) on",
)
GATE_LETTERS = "mustheavbnicgodkpyxqz0-_ wlAC"
CUE_PATTERNS: tuple[CaselessPattern, ...] = (
    cues.RESPONSIBILITY,
    cues.QUAL_STRONG,
    cues.SEEKING,
    cues.NOT_AN_ITEM,
    DEFAULT_VOCABULARY.preferred_pattern,
)
# Words from the cue tables and their parts: texts made of them hit the patterns often.
_CUE_WORDS = {
    word
    for literal in (
        "you will be responsible for | you must have | we are looking for | nice to have | salary | "
        "a plus | ideally | responsabile | verantwortlich | sie bringen mit | buscamos | looking for | "
        "as a developer, you | the engineer will lead | this role involves | you design | le poste consiste | "
        "experience with sql is fine | skills in go are ok | ideal candidates | you will have | "
        "データ分析を行っていただきます | 開発をお任せします | 担当していただく予定 | 负责 | 負責 | 責任"
    ).split(" | ")
    for word in (literal, *literal.split())
}


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"\bmust (?:have|be)\b", {"must have", "must be"}),
        (r"pa(?:y|id)(?:day)?s?", {"pay", "paid"}),
        (r"[ab]{2}q", {"q"}),
        (r"on(?=-call)", {"on"}),
        (r"(?i)must", None),
        (r"(?:must)?", None),
        (r"\d+", None),
    ],
)
def test_required_literals(source: str, literals: set[str] | None) -> None:
    found = required_literals(source)
    assert (None if found is None else set(found)) == literals


def test_the_ways_of_a_pattern_need_two_rare_strings_where_an_alternative_holds_them() -> None:
    ways = required_literal_ways(r"\bmust have\b.{0,6}\bgood (?:to|at)\b|\bback")
    assert ways == [(frozenset({"must have"}), frozenset({"good to", "good at"})), (frozenset({"back"}),)]
    assert required_literal_ways(r"(?i)must") is None


@pytest.mark.parametrize(
    ("source", "literals"),
    [
        (r"^must", {"|must"}),
        (r"\bmust\b|^(?:a(?:s an? |bc)|you )", {"must", "|as a", "|abc", "|you "}),
        (r"(?m)^must", {"must"}),  # the start of a line, not of the text
        (r"(?m:^must)", {"must"}),
        (r"x^must", {"x|must"}),  # matches nothing: any literal will do
    ],
)
def test_required_literals_after_the_start_of_the_text(source: str, literals: set[str]) -> None:
    assert set(required_literals(source, text_start="|") or ()) == literals


@given(st.text(alphabet=GATE_LETTERS, max_size=40))
@example("you must be")
@example("paydays")
@example("ababq")
def test_a_gate_never_skips_a_pattern_that_matches(text: str) -> None:
    gate = LiteralGate(SMALL_PATTERNS)
    possible = gate.candidates(text)
    for number, source in enumerate(SMALL_PATTERNS):
        if re.search(source, text) is not None:
            assert number in possible


@given(st.lists(st.sampled_from(sorted(_CUE_WORDS)), max_size=8), st.text(alphabet="aeiost '-", max_size=6))
def test_the_cue_gates_never_skip_a_cue_that_matches(words: list[str], noise: str) -> None:
    lowered = lower_like_ignorecase(" ".join([*words, noise]))
    gate = LiteralGate(CUE_PATTERNS)
    possible = gate.candidates(lowered)
    for number, pattern in enumerate(CUE_PATTERNS):
        if pattern.search_lowered(lowered) is not None:
            assert number in possible


def test_a_pattern_whose_letters_beyond_latin_have_no_case_reads_lowered_text() -> None:
    """Its letters without case (Japanese, Chinese) are compared to themselves alone, with re.IGNORECASE or without."""
    assert cues.RESPONSIBILITY.reads_lowered
    assert not CaselessPattern("ответственный").reads_lowered  # letters with case beyond Latin: re.IGNORECASE
    letters = sorted({char for char in cues.RESPONSIBILITY.source if char.isalpha() and char > "\u024f"})
    assert letters
    assert all(map(reads_lowered_alike, letters))
    any_letter = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any_letter.fullmatch(char):
            assert char in letters, char
            assert lower_like_ignorecase(char) == char


_RESPONSIBILITY_IGNORING_CASE = re.compile(cues.RESPONSIBILITY.source, re.IGNORECASE)


@given(st.lists(st.sampled_from(sorted(_CUE_WORDS | {"YOU", "Will", "İ", "ı", "ſ", "DU", "Vous", "負責"})), max_size=8))
@example(["负责", "you"])
def test_the_duty_cue_read_lowered_finds_what_it_finds_ignoring_case(words: list[str]) -> None:
    text = " ".join(words)
    found = cues.RESPONSIBILITY.search(text)
    expected = _RESPONSIBILITY_IGNORING_CASE.search(text)
    assert (found is None) == (expected is None)
    assert found is None or expected is None or found.span() == expected.span()


@given(st.lists(st.text(alphabet=GATE_LETTERS + "\x00", max_size=20), max_size=6))
@example(["must", "", "have", "nice to have"])
@example(["mus", "t have"])
def test_a_gate_over_many_texts_at_once_finds_what_it_finds_in_each(texts: list[str]) -> None:
    gate = LiteralGate(SMALL_PATTERNS)
    assert gate.candidates_of_each(texts) == [gate.candidates(text) for text in texts]


# Patterns with letters beyond ASCII: the gate reads UTF-8, whose offsets are not those of the text.
WIDE_PATTERNS: tuple[str, ...] = (r"\bmüssen\b", r"ça va", r"経験", r"\bmust\b", r"é+t")
WIDE_LETTERS = "müsenç av経験té \x00"


@given(st.lists(st.text(alphabet=WIDE_LETTERS, max_size=16), max_size=6))
@example(["ça va", "経験", "müssen", "étét"])
@example(["経", "験", "ç", "a va"])
def test_a_gate_of_letters_beyond_ascii_finds_in_many_texts_what_it_finds_in_each(texts: list[str]) -> None:
    gate = LiteralGate(WIDE_PATTERNS)
    each = [gate.candidates(text) for text in texts]
    assert gate.candidates_of_each(texts) == each
    for text, possible in zip(texts, each, strict=True):
        for number, source in enumerate(WIDE_PATTERNS):
            if re.search(source, text) is not None:
                assert number in possible


# Patterns that start the text, some factored as cues.RESPONSIBILITY is ("^(?:a(?:s|n)|…)").
ANCHORED_PATTERNS: tuple[CaselessPattern, ...] = (
    CaselessPattern(r"^you \w+"),
    CaselessPattern(r"\bmust\b|^(?:a(?:s an? |bc)|you )"),
    CaselessPattern(r"^(?:the|this) \w+ will"),
    CaselessPattern(r"(?m)^have"),
    CaselessPattern(r"\Ano(?:w|t)"),
    CaselessPattern(r"x^y|^"),
)
ANCHORED_LETTERS = "youmstheabcnwilvx \n\x00"


@given(st.lists(st.text(alphabet=ANCHORED_LETTERS, max_size=16), max_size=6))
@example(["you must", "as an x", "this x will", "y\nhave", "not", ""])
@example(["x\x00", "you ", "\x00you x", "", "abc"])
def test_a_gate_of_patterns_that_start_the_text_never_skips_a_match(texts: list[str]) -> None:
    gate = LiteralGate(ANCHORED_PATTERNS)
    each = [gate.candidates(text) for text in texts]
    assert gate.candidates_of_each(texts) == each
    for text, possible in zip(texts, each, strict=True):
        for number, pattern in enumerate(ANCHORED_PATTERNS):
            if pattern.search_lowered(text) is not None:
                assert number in possible


def test_a_vocabulary_with_its_gate_built_can_be_pickled() -> None:
    vocabulary = DEFAULT_VOCABULARY.extended(preferred_cues={"en": ["a bonus point"]})
    assert vocabulary.has_preferred_cue("A bonus point: Rust")
    copy = pickle.loads(pickle.dumps(vocabulary))
    assert copy.has_preferred_cue("A bonus point: Rust")
    assert not copy.has_preferred_cue("Rust")


_PREFERRED_PIECES = (
    ["nice to have", "Nice-to-have", "a plus", "is a PLUS", "preferred", "Preferred", "desirable", "bonus",
     "wünschenswert", "von Vorteil", "mile widziane", "artıdır", "ARTIDIR", "artidir", "Будет плюсом",
     "БУДЕТ ПЛЮСОМ", "优先", "歓迎", "İ", "ı", "ſ", "Python", "(", ")", "-", "3", "_", "'", "’"]
)  # fmt: skip


@given(joined_pieces(_PREFERRED_PIECES, [" ", "", ", "]))
def test_finding_a_preferred_cue_gives_the_answer_of_the_preferred_pattern(text: str) -> None:
    found = DEFAULT_VOCABULARY.preferred_pattern.search(text) is not None
    assert DEFAULT_VOCABULARY.finds_preferred_cue(text) == found


_OTHER_SCRIPT_PIECES = (
    ["artıdır", "ARTIDIR", "Artidir", "artİdİr", "будет плюсом", "БУДЕТ ПЛЮСОМ", "Бажано", "ΘΑ ΕΚΤΙΜΗΘΕΊ",
     "là một lợi thế", "LÀ MỘT LỢI THẾ", "điểm cộng", "יתרון", "ويفضل", "优先", "歓迎", "우대사항", "İ", "ı", "K",
     "Python", "x", "(", "-", "3", "_", "'"]
)  # fmt: skip


@given(joined_pieces(_OTHER_SCRIPT_PIECES, [" ", "", ", "]))
def test_the_gated_halves_of_the_other_script_cues_find_what_their_pattern_finds(text: str) -> None:
    found = DEFAULT_VOCABULARY._preferred_by_script[1].search(text) is not None
    assert DEFAULT_VOCABULARY._finds_other_script_cue(text) == found


def test_the_letter_gate_of_the_other_script_cues_lets_through_every_character_their_letters_match() -> None:
    # The cues' letters are matched as literals ignoring case, the gate as a class: check every code point.
    gate, _ = DEFAULT_VOCABULARY._other_script_cues[0]
    assert gate is not None
    letters = gate.pattern[1:-1]
    as_literals = re.compile("|".join(map(re.escape, letters)), re.IGNORECASE)
    missed = [
        code for code in range(sys.maxunicode + 1) if as_literals.fullmatch(chr(code)) and not gate.fullmatch(chr(code))
    ]
    assert missed == []


# The date gate opens on a digit and looks back from there; it lets through every line
# that holds a year or a short numeric date, as the plain pattern says.
_PLAIN_DATE_GATE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


@given(st.text(alphabet="0123456789./- a年", max_size=14))
@example("2026年3月5日")
@example("a1999")
@example("12019")
@example("15.12.2026")
def test_the_date_gate_lets_through_every_line_with_a_year_or_a_short_date(text: str) -> None:
    if _PLAIN_DATE_GATE.search(text):
        assert facts._MAY_STATE_DATE.search(text)


# --- the employment type: a line is read only where the gate says a type's phrase may be ----------

EMPLOYMENT_WORDS = st.sampled_from(
    [
        "Full-time", "PART-TIME", "part time", "Contract", "contractors", "Employment type:", "Vertragsart:",
        "Type de contrat :", "CDI", "This is a", "It's a", "role", "position", "We're", "looking for", "hiring",
        "a", "an", "Vollzeit", "unbefristet", "yarı", "YARI", "zamanlı", "ZAMANLI", "zamanli", "İntern", "ınternship",
        "INTERN", "полная", "занятость", "пᲂлная", "заняᲄᲂсть", "20", "hours", "per", "week", "-", "–", "|", "·",
        "Manager", "stage", "temp", "ſeasonal", "Seasonal", "Stage", "Data", "Engineer", "Berlin", "internal",
        "µ", "the", "and", "Praktikum", "Temporary", "Works",
    ]
)  # fmt: skip
EMPLOYMENT_LINES = st.lists(st.lists(EMPLOYMENT_WORDS, max_size=8).map(" ".join), max_size=16)


@given(EMPLOYMENT_LINES)
@example(["Çalışma şekli: YARI ZAMANLI"])
@example(["Тип занятости: пᲂлная заняᲄᲂсть"])
def test_the_employment_type_gate_skips_only_lines_where_no_phrase_matches(lines: list[str]) -> None:
    numbered = list(enumerate(lines, start=1))
    kept = employment._lines_with_a_phrase(numbered)
    for index, text in enumerate(lines):
        if any(pattern.search(text) for _, pattern in employment._COMPILED) or employment._phrase_at(text, 0):
            assert index in kept
    every_line = (
        (kind, line)
        for read, (line, text) in enumerate(numbered)
        if (kind := employment._type_stated_in(text, read)) is not None
    )
    assert employment.find_employment_type(numbered) == next(every_line, None)


def test_what_re_takes_for_a_letter_of_the_phrases_lowers_to_it_or_is_read_anyway() -> None:
    """The gate reads lowered lines: a letter that re.IGNORECASE matches to a phrase's letter must lower to it."""
    letters = sorted({char for _, pattern in employment.EMPLOYMENT_PHRASES for char in pattern if char.isalpha()})
    any_letter = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if not any_letter.fullmatch(char):
            continue
        lowered = lower_like_ignorecase(char)
        for letter in letters:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert lowered == letter.replace("ı", "i") or employment._UNLOWERED_PARTNERS.search(lowered), char


# --- pay stated without a figure: searched only where its gate sees a phrase --------------------

_ORIGINAL_NO_FIGURE = salary._any_of(
    salary.NO_FIGURE_PHRASES.replace(r"n(?:\.o|o)(?:\.t|t)(?:\.k|k)\.?", r"n\.?o\.?t\.?k\.?")
)
NO_FIGURE_WORDS = st.sampled_from(
    [
        "Competitive", "COMPETITIVE", "DOE", "d.o.e.", "D.O.E", "n.o.t.k", "N.O.T.K.", "no.tk", "notk", "n.otk",
        "not.k", "nootk", "Negotiable", "to be agreed", "TO BE DISCUSSED", "commensurate with", "your", "experience",
        "Salary:", "salary", "ſalary", "İn overleg", "in overleg", "ın overleg", "Según valía", "SEGÚN PERFIL",
        "à négocier", "À NÉGOCIER", "12", "-", ":", "*", "(", "tbd", "TBC", "attraktiv", "wettbewerbsfähig",
        "WETTBEWERBSFÄHIG", "xdoe", "doex", "doe2", "_doe", "the", "pay", "Gehalt", "marktconform", "in", "overleg",
    ]
)  # fmt: skip


def _states_pay_without_figure_as_before(text: str) -> bool:
    match = _ORIGINAL_NO_FIGURE.search(text)
    if match is None:
        return False
    if salary._PAY_WORD.search(text):
        return True
    return not text[: match.start()].strip(" -–—:*(") and len(text.split()) <= 8


@given(st.lists(NO_FIGURE_WORDS | st.text(max_size=4), max_size=10).map(" ".join))
@example("N.O.T.K.")
@example("Salary: ıN OVERLEG")
def test_pay_without_a_figure_is_found_as_before_the_gate(text: str) -> None:
    assert salary._NO_FIGURE.reads_lowered
    assert salary._states_pay_without_figure(text) == _states_pay_without_figure_as_before(text)

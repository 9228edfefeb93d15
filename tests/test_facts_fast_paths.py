"""The facts stage's fast paths give what the plain readings they stand for give."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from jobspec import facts
from jobspec.facts import authorization, basic, hours, language, location
from jobspec.facts.travel import works_elsewhere
from jobspec.text import plain_text

# --- front matter: an alias is looked up in the folded keys, a dotted one through its parts ------------

_KEYS = st.sampled_from(
    ["title", "Title", "job-title", "company", "Hiring Organization", "hiringOrganization", "location",
     "Location", "country", "site", "author", "name", "Salary", "pay", "closing date", "lang", "x"]
)  # fmt: skip
_VALUES = st.one_of(
    st.sampled_from([None, "", [], {}, "Berlin", "DE", 0, False, ["a"], {"name": "Acme"}]),
    st.dictionaries(_KEYS, st.sampled_from([None, "", "DE", "Acme", {"name": "Acme"}]), max_size=3),
)


def _get_as_before(front: basic.FrontMatter, fact: str) -> tuple[str, Any] | None:
    for alias in basic.ALIASES[fact]:
        found = basic._dotted(front._folded, alias)
        if found is not None and found[1] not in (None, "", [], {}):
            return found
    return None


@given(st.dictionaries(_KEYS, _VALUES, max_size=6))
@example({"location": {"country": "DE"}})
@example({"site": {"author": {"name": "Acme"}}})
def test_front_matter_gives_what_each_alias_in_turn_gives(metadata: dict[str, Any]) -> None:
    front = basic.FrontMatter(metadata)
    for fact in basic.ALIASES:
        assert front.get(fact) == _get_as_before(front, fact)


# --- body lines: fences and line markers looked for only where they can be -----------------------------

_LINE_PIECES = st.sampled_from(
    ["```", "~~~", "   ```python", "    ```", "- ", "* ", "+ ", "• ", "1. ", "12) ", "# ", "### ", "> ", "  ",
     "\u00a0", "\u2003- ", "٣. ", "²) ", "Location: Leeds", "| Salary | £30k |", "text", "**bold**", "`code`", "~"]
)  # fmt: skip


def _body_lines_as_before(body: str, first_line: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    in_fence = False
    for offset, raw in enumerate(body.split("\n")):
        if facts._FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence or not raw.strip():
            continue
        text = plain_text(facts._LINE_MARKER.sub("", facts._as_labelled_line(raw)))
        if text:
            out.append((first_line + offset, text))
    return out


@given(st.lists(st.lists(_LINE_PIECES | st.text(max_size=3), max_size=5).map("".join), max_size=10).map("\n".join))
@example("- a\n```\n- b\n```\n3. c")
@example("٣. Arabic-Indic digit\n\u2003- em space")
def test_body_lines_are_what_reading_every_line_in_full_gives(body: str) -> None:
    assert facts.body_lines(body, 5) == _body_lines_as_before(body, 5)


# --- language: stop words counted in order ---------------------------------------------------------------

_WORDS = st.sampled_from(
    ["the", "and", "der", "und", "zu", "z", "la", "de", "och", "è", "à", "ça", "i", "a", "über", "x2"]
)


@given(st.lists(_WORDS | st.text(max_size=3), max_size=12).map(" ".join))
@example("the and der ÿ")
@example("ﬁ the")
@example("für–die l’équipe et la x²und über_der 3è")
def test_stop_words_are_counted_as_every_word_was(text: str) -> None:
    # The counts are compared, not their order: the language is read from the sums alone.
    sample = text.lower()
    before = Counter(w for w in language._WORD.findall(sample) if w in language._LANGUAGES_OF)
    assert language._stop_words_in(sample) == before


def test_every_stop_word_is_letters_only() -> None:
    # _stop_words_in counts a run of letters beyond ASCII as one word only because of this.
    assert all(word.isalpha() for word in language._LANGUAGES_OF)


# --- work authorisation: a place pattern searched only where its gate sees its words -----------------------

_AUTHORIZATION_WORDS = st.sampled_from(
    ["must", "be", "a", "US", "citizen", "citizens", "only", "UK", "nationals", "citizenship", "required", "of",
     "the", "right", "to", "work", "in", "eligible", "authorized", "Germany", "EU", "work permit", "for",
     "deutsche", "Staatsangehörigkeit", "STAATSBÜRGERSCHAFT", "nationalité", "française", "İn", "ſhould",
     "pozwolenie", "na", "pracę", "w", "Polsce", "permis de travail", "en", "France", ".", ","]
)  # fmt: skip


def _first_place_as_before(pattern: Any, groups: tuple[str, ...], text: str) -> str | None:
    for match in pattern.finditer(text):
        for group in groups:
            place = authorization._place(match.group(group))
            if place is not None:
                return place
    return None


@given(st.lists(_AUTHORIZATION_WORDS | st.text(max_size=3), max_size=12).map(" ".join))
@example("Must be a US citizen")
@example("UK nationals only")
@example("deutsche Staatsangehörigkeit")
@example("eligible to work in Germany")
@example("You must have the right to work in the UK.")
def test_places_of_work_authorization_are_found_as_without_the_gates(text: str) -> None:
    for pattern, gate, groups in (
        (authorization._CITIZENSHIP, authorization._CITIZENSHIP_GATE, authorization._CITIZENSHIP_GROUPS),
        (authorization._RIGHT_TO_WORK, authorization._RIGHT_TO_WORK_GATE, authorization._RIGHT_TO_WORK_GROUPS),
    ):
        assert pattern.reads_lowered
        assert authorization._first_place(pattern, gate, groups, text) == _first_place_as_before(pattern, groups, text)


def test_the_line_marker_opens_only_with_what_the_fast_path_looks_for() -> None:
    """Every character a marker may open with is a space, one of the signs, or a decimal digit."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if any((found := facts._LINE_MARKER.match(char + after)) and found.end() for after in (" ", ". ", ") ")):
            assert char.isspace() or char in facts._MARKER_SIGNS or char.isdecimal(), repr(char)


# --- shifts: a kind's pattern is tried only where the gate sees its phrases ----------------------------------

_SHIFT_WORDS = st.sampled_from(
    ["night", "NIGHT", "nights", "shift", "shifts", "weekend", "Wochenend", "Nachtschicht", "Schichtdienst",
     "on-call", "on call", "Rufbereitschaft", "rotating", "Gleitzeit", "flexible", "hours", "no", "ohne", "keine",
     "day", "days", "evening", "ſhift", "İn", "work", "travail", "de", "nuit", "horaires", "flexibles", ","]
)  # fmt: skip


def _shifts_as_before(text: str) -> list[str]:
    if hours._SHIFT_STEM.search(text) is None:
        return []
    found = {
        kind
        for kind, pattern in hours._SHIFTS
        if any(not hours._NEGATION.search(text[max(0, m.start() - 30) : m.start()]) for m in pattern.finditer(text))
    }
    return [kind for kind in hours._SHIFT_ORDER if kind in found]


@given(st.lists(_SHIFT_WORDS | st.text(max_size=3), max_size=10).map(" ".join))
@example("Rotating shifts, including nights; no weekend work.")
@example("Gleitzeit und Rufbereitschaft")
def test_shifts_are_found_as_without_the_gate(text: str) -> None:
    assert hours.shifts_in(text) == _shifts_as_before(text)


# --- workplace: a line is asked whether it is about work elsewhere only when it states hybrid or onsite ------

_WORKPLACE_WORDS = st.sampled_from(
    ["remote", "Remote (EU)", "hybrid", "on-site", "onsite", "office", "This is an", "role", "work", "at", "our",
     "client", "partner", "sites", "travel", "to", "agencies", "25%", "Location:", "Berlin", "not", "fully", "-", "|"]
)  # fmt: skip


def _workplace_as_before(lines: list[tuple[int, str]]) -> Any:
    return location.find_workplace(
        (line, text)
        for line, text in lines
        if not (works_elsewhere(text) and location.parse_workplace(text)[0] != "remote")
    )


@given(st.lists(st.lists(_WORKPLACE_WORDS | st.text(max_size=3), max_size=8).map(" ".join), max_size=5))
@example(["Regular on-site work at our partner agencies", "Hybrid | Berlin"])
@example(["On-site work at client sites, travel 25%", "This role is fully remote"])
def test_the_workplace_passes_over_work_elsewhere_as_filtering_the_lines_first_did(texts: list[str]) -> None:
    lines = list(enumerate(texts, start=1))
    assert location.find_workplace(lines, passed_over=works_elsewhere) == _workplace_as_before(lines)

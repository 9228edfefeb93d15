"""The working conditions of a posting: seniority (from the title), hours, travel, work authorisation,
security clearance, contacts and openings — front matter first, else the body.

Each finder is given only the body lines that hold one of its keywords. The
keywords of all of them are found in one pass over the lines (a trie-shaped
pattern, as for the other facts), so a posting whose lines state none of
these conditions costs one search, not seven.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from ..models import (
    Contact,
    Diagnostic,
    Hours,
    Provenance,
    SecurityClearance,
    Seniority,
    Travel,
    WorkAuthorization,
)
from ..text import CaselessPattern, KeywordIndex, lower_like_ignorecase
from .authorization import AUTHORIZATION_KEYWORDS, find_work_authorization, parse_work_authorization
from .basic import YES_WORDS, FrontMatter, as_text
from .clearance import CLEARANCE_KEYWORDS, find_security_clearance, parse_security_clearance
from .contacts import CONTACT_KEYWORDS, contacts_in_front_matter, find_contacts
from .hours import HOURS_KEYWORDS, find_hours, parse_hours, parse_shifts
from .openings import OPENINGS_KEYWORDS, find_openings, openings_value
from .seniority import seniority_from_title, seniority_value
from .travel import TRAVEL_KEYWORDS, find_travel, parse_travel

__all__ = ["Conditions", "collect_conditions"]

_SENIORITY_LINE_KEYWORDS = ("seniority", "level", "stufe", "niveau", "nivel", "nivå", "livello", "poziom")
KEYWORDS: dict[str, tuple[str, ...]] = {
    "hours": HOURS_KEYWORDS,
    "travel": TRAVEL_KEYWORDS,
    "work_authorization": AUTHORIZATION_KEYWORDS,
    "security_clearance": CLEARANCE_KEYWORDS,
    "contacts": CONTACT_KEYWORDS,
    "openings": OPENINGS_KEYWORDS,
    "seniority": _SENIORITY_LINE_KEYWORDS,
}
_SENIORITY_LABEL = CaselessPattern(
    r"^\W*(?:seniority(?: level)?|experience level|career level|job level|level|karrierestufe|erfahrungslevel|"
    r"niveau(?: d'expérience)?|nivel(?: de experiencia)?|senioriteit|senioritet|nivå|livello|poziom|"
    r"poziom stanowiska)\s*[:\-–]\s*(?P<value>\S.{0,60})$"
)


def _keyword_index() -> tuple[KeywordIndex, dict[str, frozenset[str]]]:
    """An index of every keyword, and for each the facts whose keywords it holds."""
    facts_of: dict[str, set[str]] = {}
    for fact, keywords in KEYWORDS.items():
        for keyword in keywords:
            facts_of.setdefault(keyword.lower(), set()).add(fact)
    # A matched keyword stands for every keyword inside it: a longer one found at a place hides the shorter.
    closure = {
        keyword: frozenset().union(*(facts for other, facts in facts_of.items() if other in keyword))
        for keyword in facts_of
    }
    # A keyword that starts with a letter counts at the start of a word only.
    return KeywordIndex(facts_of, word_start=True), closure


_KEYWORD, _FACTS_OF = _keyword_index()


def lines_by_fact(lines: list[tuple[int, str]]) -> dict[str, list[tuple[int, str]]]:
    """For each condition, the lines that hold one of its keywords, in order."""
    hits: dict[str, set[int]] = {fact: set() for fact in KEYWORDS}
    for index, matched in _KEYWORD.matches([lower_like_ignorecase(text) for _, text in lines]):
        for fact in _FACTS_OF.get(matched, ()):
            hits[fact].add(index)
    return {fact: [lines[index] for index in sorted(found)] for fact, found in hits.items()}


@dataclass
class Conditions:
    """The working conditions found, with where each came from."""

    seniority: Seniority | None = None
    hours: Hours | None = None
    travel: Travel | None = None
    work_authorization: WorkAuthorization | None = None
    security_clearance: SecurityClearance | None = None
    contacts: list[Contact] = field(default_factory=list)
    openings: int | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def take(self, name: str, found: tuple[Any, Provenance] | None) -> bool:
        """Set condition ``name`` from a finder's answer; False when it found nothing."""
        if found is None:
            return False
        setattr(self, name, found[0])
        self.provenance[name] = found[1]
        return True


_EVERY_CONDITION = frozenset(KEYWORDS)


def collect_conditions(
    metadata: Mapping[str, Any],
    lines: list[tuple[int, str]],
    *,
    title: tuple[str, Provenance] | None,
    country: str | None,
    apply_url: str | None,
    fields: AbstractSet[str] = _EVERY_CONDITION,
) -> Conditions:
    """Every working condition named in ``fields`` (all by default), front matter first, else the body."""
    front = FrontMatter(metadata)
    out = Conditions()
    if fields.isdisjoint(_EVERY_CONDITION):
        return out
    found = lines_by_fact(lines)
    if "seniority" in fields:
        out.take(
            "seniority",
            front.fact("seniority", seniority_value)
            or _title_seniority(title)
            or _labelled_seniority(found["seniority"]),
        )
    if "hours" in fields:
        out.take("hours", _front_hours(front, country) or _line(find_hours(found["hours"], country)))
        if out.hours is not None and out.hours.full_time_week_assumed:
            out.diagnostics.append(_assumed_week(out.hours, out.provenance["hours"]))
    if "travel" in fields:
        out.take("travel", front.fact("travel", _travel_value) or _line(find_travel(found["travel"])))
    if "work_authorization" in fields:
        out.take(
            "work_authorization",
            front.fact("work_authorization", _authorization_value)
            or _line(find_work_authorization(found["work_authorization"])),
        )
    if "security_clearance" in fields:
        out.take(
            "security_clearance",
            front.fact("security_clearance", _clearance_value)
            or _line(find_security_clearance(found["security_clearance"])),
        )
    if "contacts" in fields:
        out.contacts = contacts_in_front_matter(metadata, country) or find_contacts(
            found["contacts"], country, apply_url
        )
    if "openings" in fields:
        _take_openings(out, front, found["openings"])
    return out


def _line(found: tuple[Any, int] | None) -> tuple[Any, Provenance] | None:
    return None if found is None else (found[0], Provenance(line=found[1]))


def _title_seniority(title: tuple[str, Provenance] | None) -> tuple[Seniority, Provenance] | None:
    if title is None:
        return None
    level = seniority_from_title(title[0])
    return None if level is None else (level, title[1])


def _labelled_seniority(lines: list[tuple[int, str]]) -> tuple[Seniority, Provenance] | None:
    for line, text in lines:
        match = _SENIORITY_LABEL.match(text)
        if match is not None and (level := seniority_value(match.group("value"))) is not None:
            return level, Provenance(line=line)
    return None


def _front_hours(front: FrontMatter, country: str | None) -> tuple[Hours, Provenance] | None:
    hours = front.fact("hours", lambda value: parse_hours(value, country))
    shifts = front.get("shifts")
    kinds = parse_shifts(shifts[1]) if shifts else []
    if hours is None and not kinds:
        return None
    if hours is None:
        assert shifts is not None  # kinds came from it
        return Hours(shifts=kinds, text=as_text(shifts[1]) or ""), Provenance(key=shifts[0])
    if kinds:
        return hours[0].model_copy(update={"shifts": kinds}), hours[1]
    return hours


def _assumed_week(hours: Hours, where: Provenance) -> Diagnostic:
    return Diagnostic(
        code="hours-from-assumed-week",
        message=f"hours per week taken as a share of a {hours.full_time_week:g}-hour full-time week, "
        "which the posting does not state",
        line=where.line,
        severity="info",
    )


def _travel_value(value: Any) -> Travel | None:
    if isinstance(value, bool):
        return Travel(required=value, percent_max=None if value else 0.0, text=str(value).lower())
    if isinstance(value, (int, float)):
        return Travel(required=value > 0, percent_max=float(value), text=str(value)) if 0 <= value <= 100 else None
    text = as_text(value)
    if not text:
        return None
    return parse_travel(text) or parse_travel(f"travel {text}") or _yes_no(text, _yes_no_travel)


def _yes_no_travel(required: bool, text: str) -> Travel:
    return Travel(required=required, percent_max=None if required else 0.0, text=text)


def _authorization_value(value: Any) -> WorkAuthorization | None:
    if isinstance(value, bool):
        return WorkAuthorization(sponsorship=value, text=str(value).lower())
    text = as_text(value)
    if not text:
        return None
    return parse_work_authorization(text) or _yes_no(
        text, lambda yes, said: WorkAuthorization(sponsorship=yes, text=said)
    )


def _clearance_value(value: Any) -> SecurityClearance | None:
    text = as_text(value)
    if not text:
        return None
    return parse_security_clearance(text) or parse_security_clearance(f"{text} clearance")


_YES = YES_WORDS | {"required"}
_NO = frozenset("no false n nein non nee nej não nie none".split())


def _yes_no(text: str, make: Callable[[bool, str], Any]) -> Any:
    folded = text.strip().lower()
    if folded in _YES:
        return make(True, text)
    if folded in _NO:
        return make(False, text)
    return None


def _take_openings(out: Conditions, front: FrontMatter, lines: list[tuple[int, str]]) -> None:
    if out.take("openings", front.fact("openings", openings_value)):
        return
    found = find_openings(lines)
    if found is None:
        return
    number, line, several = found
    if number is not None:
        out.take("openings", (number, Provenance(line=line)))
    elif several:
        out.diagnostics.append(
            Diagnostic(
                code="openings-without-number",
                message="the posting is for several positions but does not say how many",
                line=line,
                severity="info",
            )
        )

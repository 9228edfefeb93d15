"""Checks a careful analyst makes before taking a front matter value as a fact.

A value can be there and still say nothing about the job: a theme's
placeholder left in ("this is meta description", "Lorem ipsum"), or the
post's author, a person or a forum user name, under a key jobspec reads as
the company when nothing better is given. Such a value is no fact: the
finder after it (the lead paragraph, a "Company:" line of the body) is
asked instead, and when none answers the fact is None.

>>> is_placeholder("This is meta description")
True
>>> looks_like_person("Maria Keller"), looks_like_person("jdoe42"), looks_like_person("Tidewater Analytics")
(True, True, False)
"""

from __future__ import annotations

import re

from ..models import Provenance
from ..text import CaselessPattern, any_of, phrase_pattern

__all__ = ["ORGANISATION_WORDS", "PLACEHOLDER_WORDS", "is_placeholder", "looks_like_person", "plausible"]

# What a template puts where the writer should have put text: a word naming the
# field ("description"), said as a sentence about itself ("this is the meta
# description", "your excerpt here"), or a filler ("lorem ipsum", "TODO").
PLACEHOLDER_WORDS = (
    "description", "meta description", "page description", "site description", "post description",
    "short description", "job description", "excerpt", "summary", "teaser", "intro", "introduction",
    "subtitle", "text", "content", "title", "page title", "post title", "job title", "company", "company name",
    "location", "city",
)  # fmt: skip
_FILLERS = ("todo", "tbd", "tba", "tbc", "n/a", "na", "none", "null", "nil", "placeholder", "xxx", "...", "-", "?")
_PLACEHOLDER = CaselessPattern(
    r"(?:lorem ipsum\b.*"
    rf"|(?:{any_of(re.escape(filler) for filler in _FILLERS)})"
    r"|(?:(?:this|here) is (?:(?:a|an|the|my|your|our) )?|(?:a|an|the|your|my|our) )?"
    rf"(?:{phrase_pattern(PLACEHOLDER_WORDS)})"
    r"(?: (?:goes |comes )?here| of (?:the|this) (?:page|post|site|job))?)"
    r"[\s.!:]*"
)

# Words of organisation names (lower case): a name with one of them is a company,
# whatever else it looks like ("Tidewater Analytics", "ASOS Data Science").
ORGANISATION_WORDS = frozenset(
    """
    inc ltd llc llp plc gmbh ag kg sa sas sarl srl spa bv nv ab as oy aps kk co corp corporation company companies
    group holding holdings team teams labs lab laboratory laboratories engineering data science sciences analytics
    software systems solutions technologies technology tech digital media studio studios agency partners partnership
    consulting consultants capital ventures bank insurance health healthcare care clinic hospital pharma energy
    services service network networks research institute institution foundation trust society association council
    university universität université universidad college school academy museum library centre center department
    ministry government office city county state project collective cooperative coop club press publishing
    productions games industries international global worldwide online store shop
    """.split()
)
# Between the parts of a person's name: "Anna van der Berg", "José de la Cruz".
_NAME_PARTICLES = frozenset("van von der den de del della di da dos du la le bin al ten ter".split())
_HANDLE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,38}")  # a forum or site user name, all lower case
_NAME_PART = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]+)?\.?|[A-Z]\.")
_AUTHOR_KEY = re.compile(r"(?:^|\.)author(?:s)?(?:\.|$)", re.IGNORECASE)


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is a template's placeholder rather than something written about the job."""
    return _PLACEHOLDER.fullmatch(text.strip()) is not None


def looks_like_person(name: str) -> bool:
    """Whether ``name`` looks like a person's name or user name rather than an organisation's.

    A user name is one lower-case word ("jdoe42"); a person's name is two to
    four capitalised words, particles aside ("Anna van der Berg"), none of
    them an organisation word or an acronym.
    """
    name = name.strip()
    if _HANDLE.fullmatch(name):
        return True
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(word.strip(".,&").lower() in ORGANISATION_WORDS for word in words):
        return False
    named = [word for word in words if word.lower() not in _NAME_PARTICLES]
    return len(named) >= 2 and all(_NAME_PART.fullmatch(word) for word in named)


def plausible(fact: str, found: tuple[str, Provenance] | None) -> tuple[str, Provenance] | None:
    """``found`` when its value may be the ``fact``; None for a placeholder or, for the company, a post's author."""
    if found is None:
        return None
    value, where = found
    if is_placeholder(value):
        return None
    if fact == "company" and where.key is not None and _AUTHOR_KEY.search(where.key) and looks_like_person(value):
        return None
    return found

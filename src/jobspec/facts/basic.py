"""Stage 7: facts about the posting, from front matter first, else the body.

Front matter keys map to fields through alias tables (``title`` /
``job_title`` / ``position`` …); a dotted alias such as ``site.author.name``
matches both a literal dotted key and nested mappings. Nothing is invented:
a fact that is nowhere is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..blocks import Block
from ..models import EmploymentType
from ..sections import SectionNode
from ..text import plain_text, plain_text_and_links

__all__ = ["ALIASES", "BasicFacts", "basic_facts", "detect_language"]

# Front matter keys for each fact, in order of preference.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "job_title", "jobtitle", "position", "role", "job"),
    "company": (
        "company",
        "company_name",
        "organization",
        "organisation",
        "hiring_organization",
        "hiringorganization",
        "employer",
        "hiring_organization.name",
        "hiringorganization.name",
        "site.author.name",
        "author.name",
        "author",
    ),
    "location": ("location", "job_location", "joblocation", "place", "office", "city"),
    "employment_type": (
        "employment_type",
        "employmenttype",
        "job_type",
        "jobtype",
        "contract",
        "contract_type",
        "type",
    ),
    "date_posted": ("date_posted", "dateposted", "posted", "date", "published", "created"),
    "apply_url": ("apply_url", "applyurl", "application_url", "apply", "apply_link", "apply_to", "url"),
    "summary": ("excerpt", "description", "summary", "teaser", "intro"),
    "language": ("lang", "language", "locale"),
}
_URL = re.compile(r"^(?:https?://|mailto:|/)\S+$", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_APPLY_WORDS = re.compile(
    r"\b(?:apply|application|bewerb\w*|postul\w*|solliciteer|candidat\w*|aplica)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class BasicFacts:
    """Facts of the core parse, each with the front matter key or line it came from."""

    title: str | None
    company: str | None
    location: str | None
    employment_type: EmploymentType | None
    date_posted: dt.date | None
    summary: str | None
    apply_url: str | None
    language: str | None


def basic_facts(metadata: Mapping[str, Any], roots: list[SectionNode], body: str) -> BasicFacts:
    """Facts from the front matter, falling back on the body."""
    return BasicFacts(
        title=_text(lookup(metadata, "title")) or _first_heading(roots),
        company=_text(lookup(metadata, "company")),
        location=_location(metadata),
        employment_type=_employment_type(metadata),
        date_posted=_date(lookup(metadata, "date_posted")),
        summary=_text(lookup(metadata, "summary")) or _lead_paragraph(roots),
        apply_url=_url(lookup(metadata, "apply_url")) or _apply_link(roots),
        language=(_text(lookup(metadata, "language")) or "").split("-")[0].split("_")[0].lower()
        or detect_language(body),
    )


def lookup(metadata: Mapping[str, Any], fact: str) -> Any:
    """The first value found under one of the fact's aliases (keys compared case-insensitively)."""
    folded = {str(key).casefold(): value for key, value in metadata.items()}
    for alias in ALIASES[fact]:
        value = _dotted(folded, alias)
        if value not in (None, "", [], {}):
            return value
    return None


def _dotted(folded: Mapping[str, Any], alias: str) -> Any:
    if alias in folded:
        return folded[alias]
    head, _, rest = alias.partition(".")
    inner = folded.get(head)
    if rest and isinstance(inner, Mapping):
        return _dotted({str(k).casefold(): v for k, v in inner.items()}, rest)
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = plain_text(str(value))
        return text or None
    return None


def _location(metadata: Mapping[str, Any]) -> str | None:
    found = _text(lookup(metadata, "location"))
    if found:
        return found
    folded = {str(key).casefold(): value for key, value in metadata.items()}
    parts = [_text(folded.get(key)) for key in ("city", "region", "state", "country")]
    joined = ", ".join(p for p in parts if p)
    return joined or None


def _employment_type(metadata: Mapping[str, Any]) -> EmploymentType | None:
    from .employment import normalise_employment_type

    value = _text(lookup(metadata, "employment_type"))
    return normalise_employment_type(value) if value else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.search(value)
        if match:
            try:
                return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                return None
    return None


def _url(value: Any) -> str | None:
    text = value.strip() if isinstance(value, str) else None
    return text if text and _URL.match(text) else None


def _first_heading(roots: list[SectionNode]) -> str | None:
    for root in roots:
        for node in root.walk():
            if node.heading and node.level == 1:
                return node.heading
    return None


def _lead_paragraph(roots: list[SectionNode]) -> str | None:
    for root in roots:
        for node in root.walk():
            for block in node.blocks:
                if block.kind == "paragraph":
                    text = plain_text(block.markdown)
                    if len(text.split()) >= 5:
                        return text
    return None


def _apply_link(roots: list[SectionNode]) -> str | None:
    for root in roots:
        for node in root.walk():
            found = _apply_link_in(node.blocks, node.heading or "")
            if found:
                return found
    return None


def _apply_link_in(blocks: list[Block], heading: str) -> str | None:
    for block in blocks:
        if block.kind != "paragraph":
            continue
        text, links = plain_text_and_links(block.markdown)
        web = [link for link in links if link.startswith(("http://", "https://", "mailto:"))]
        if web and (_APPLY_WORDS.search(text) or _APPLY_WORDS.search(heading)):
            return web[0]
    return None


# Frequent short words of each language; the language with most hits wins.
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and to of you we our with for are will is in your a an this that be".split()),
    "de": frozenset("und der die das mit für wir du sie ist nicht ein eine dich dein unser bei zu".split()),
    "fr": frozenset("et le la les des pour vous nous avec est une un du au en sur votre notre".split()),
    "es": frozenset("y el la los las para con que una por del en es tu nuestro somos".split()),
    "pt": frozenset("e o os as para com que uma um por do da em você nosso somos são".split()),
    "it": frozenset("e il la per con che una sono gli di del della in un tu nostro siamo".split()),
    "nl": frozenset("en de het een van voor met je wij we zijn ons jij bij naar op".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 4000
_MIN_HITS = 5


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language with the most stop words in ``text``, or None."""
    counts = dict.fromkeys(STOP_WORDS, 0)
    for word in _WORD.findall(text[:_SAMPLE_CHARS].lower()):
        for lang, words in STOP_WORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= _MIN_HITS else None

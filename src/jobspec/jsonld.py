"""schema.org JobPosting as JSON-LD, for job boards and search engines.

Every property written is one schema.org defines for its type (the tests
check the output against a table of the JobPosting vocabulary). The
description is HTML restricted to what job search engines read (paragraphs,
lists, bold), built once from the section tree in document order: each
paragraph and list entry once, where it stands in the posting.
:func:`jsonld_diagnostics` lists the properties Google's job search requires
that the posting lacks.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .facts.location import parse_workplace
from .models import Contact, Diagnostic, Item, JobPosting, Section
from .text import plain_text

__all__ = ["REQUIRED_BY_GOOGLE", "address_locality", "description_html", "jsonld_diagnostics", "to_jsonld"]

REQUIRED_BY_GOOGLE = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
_UNIT = {"hour": "HOUR", "day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR"}
_LEVEL_CREDENTIAL = {
    "secondary": "high school",
    "associate": "associate degree",
    "bachelor": "bachelor degree",
    "master": "postgraduate degree",
    "doctorate": "postgraduate degree",
}


def to_jsonld(posting: JobPosting) -> dict[str, Any]:
    """The posting as a schema.org ``JobPosting`` object (JSON-safe)."""
    data: dict[str, Any] = {"@context": "https://schema.org/", "@type": "JobPosting"}
    _put(data, "title", posting.title)
    _put(data, "description", description_html(posting) or None)
    _put(data, "datePosted", posting.date_posted.isoformat() if posting.date_posted else None)
    _put(data, "validThrough", posting.valid_through.isoformat() if posting.valid_through else None)
    _put(data, "employmentType", posting.employment_type.value if posting.employment_type else None)
    if posting.company:
        data["hiringOrganization"] = {"@type": "Organization", "name": posting.company}
    _put_location(data, posting)
    _put_salary(data, posting)
    _put(data, "responsibilities", _joined(r.text for r in posting.responsibilities))
    _put(data, "qualifications", _joined(q.text for q in posting.qualifications))
    _put(data, "skills", _joined(s.name for s in posting.skills))
    _put(data, "jobBenefits", _joined(b.text for b in posting.benefits))
    _put_education(data, posting)
    _put_experience(data, posting)
    _put_conditions(data, posting)
    _put(data, "url", posting.apply_url if posting.apply_url and _ABSOLUTE_URL.match(posting.apply_url) else None)
    _put_occupation(data, posting)
    return data


_ABSOLUTE_URL = re.compile(r"^(?:https?://|mailto:)\S+$", re.IGNORECASE)  # a site-relative link is no URL elsewhere


def _put_experience(data: dict[str, Any], posting: JobPosting) -> None:
    requirements: dict[str, Any] = {"@type": "OccupationalExperienceRequirements"}
    if posting.experience_years_min is not None:
        requirements["monthsOfExperience"] = round(posting.experience_years_min * 12)
    if posting.seniority is not None:
        requirements["description"] = f"{posting.seniority} level"
    if len(requirements) > 1:
        data["experienceRequirements"] = requirements


# --- working conditions (issue 15); schema.org has no property for travel, which is left out ---


def _put_conditions(data: dict[str, Any], posting: JobPosting) -> None:
    _put(data, "workHours", _work_hours(posting))
    if posting.work_authorization is not None:
        data["eligibilityToWorkRequirement"] = posting.work_authorization.text
    clearance = posting.security_clearance
    if clearance is not None:
        data["securityClearanceRequirement"] = clearance.normalised or clearance.level
    if posting.openings is not None:
        data["totalJobOpenings"] = posting.openings
    contacts = [_contact_point(contact) for contact in posting.contacts]
    if contacts:
        data["applicationContact"] = contacts[0] if len(contacts) == 1 else contacts


def _work_hours(posting: JobPosting) -> str | None:
    """'20-30 hours per week; night, weekend shifts', as schema.org's workHours text."""
    hours = posting.hours
    if hours is None:
        return None
    parts: list[str] = []
    low, high = hours.per_week_min, hours.per_week_max
    if low is not None and high is not None:
        parts.append(f"{low:g} hours per week" if low == high else f"{low:g}-{high:g} hours per week")
    if hours.shifts:
        parts.append(", ".join(shift.replace("_", "-") for shift in hours.shifts) + " shifts")
    return "; ".join(parts) or hours.text


def _contact_point(contact: Contact) -> dict[str, Any]:
    point: dict[str, Any] = {"@type": "ContactPoint"}
    _put(point, "name", contact.name)
    _put(point, "contactType", contact.role)
    _put(point, "email", contact.email)
    _put(point, "telephone", contact.phone_e164 or contact.phone)
    return point


def jsonld_diagnostics(posting: JobPosting) -> list[Diagnostic]:
    """One warning per property that Google's job search requires and the posting lacks."""
    data = to_jsonld(posting)
    remote = data.get("jobLocationType") == "TELECOMMUTE"
    return [
        Diagnostic(
            code="jsonld-missing-property",
            message=f"schema.org JobPosting lacks {name!r}, which Google's job search requires",
            severity="warning",
        )
        for name in REQUIRED_BY_GOOGLE
        if name not in data and not (name == "jobLocation" and remote)
    ]


def description_html(posting: JobPosting) -> str:
    """The body as the small HTML subset job boards accept, each part once, in document order.

    A heading is a bold paragraph. A line of a section's text that is an
    entry of a list in the body (Markdown or HTML) is a list entry, nested as
    its item is; any other line is a paragraph, also when it is an item or
    its sentences are (prose stays prose).

    >>> from jobspec import parse
    >>> posting = parse("## You will\\nRun the shop. Keep the books.\\n\\n- Open at nine\\n\\nApply here.\\n")
    >>> print(description_html(posting).replace("</p>", "</p>\\n"))
    <p><strong>You will</strong></p>
    <p>Run the shop. Keep the books.</p>
    <ul><li>Open at nine</li></ul><p>Apply here.</p>
    <BLANKLINE>
    """
    listed = _list_entries(posting.body)
    return "".join(part for section in posting.iter_sections() for part in _section_html(section, listed))


def _section_html(section: Section, listed: frozenset[str]) -> Iterator[str]:
    if section.heading:
        yield f"<p><strong>{html.escape(section.heading)}</strong></p>"
    levels = _item_levels(section.items)
    entries: list[tuple[str, int]] = []
    for line in section.text.split("\n"):
        if not line:
            continue
        if line in listed:
            entries.append((line, levels.get(line, 0)))
            continue
        yield from _list_html(entries)
        entries = []
        yield f"<p>{html.escape(line)}</p>"
    yield from _list_html(entries)


def _item_levels(items: Iterable[Item]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for item in items:
        levels.setdefault(item.text, item.level)
    return levels


_LIST_ENTRY = re.compile(
    r"^[ \t]*(?:[-*+•]|\d{1,9}[.)])[ \t]+(?P<text>\S[^\n]*)$"  # a Markdown list entry, on its line
    r"|<li\b[^>]*>(?P<html>.*?)</li\s*>",  # an HTML one
    re.MULTILINE | re.IGNORECASE | re.DOTALL,
)


def _list_entries(body: str) -> frozenset[str]:
    """The plain text of each list entry of the body: one-line Markdown entries and HTML ``<li>`` elements."""
    if "<" not in body and not _LIST_ENTRY.search(body):
        return frozenset()
    return frozenset(plain_text(match.group("text") or match.group("html")) for match in _LIST_ENTRY.finditer(body))


def _list_html(entries: list[tuple[str, int]]) -> Iterator[str]:
    """``<ul>`` for (text, level) entries in order, a deeper entry in a list inside the one before it."""
    if not entries:
        return
    depth = 0  # lists open
    for text, level in entries:
        wanted = min(level, depth) + 1 if depth else 1  # at most one level deeper than the entry before
        if wanted > depth:
            yield "<ul>"
        else:
            yield "</li>"
            for _ in range(depth - wanted):
                yield "</ul></li>"
        depth = wanted
        yield f"<li>{html.escape(text)}"
    yield "</li>"
    for _ in range(depth - 1):
        yield "</ul></li>"
    yield "</ul>"


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", []):
        data[key] = value


def _joined(texts: Any) -> str:
    return "\n".join(texts)


def _put_location(data: dict[str, Any], posting: JobPosting) -> None:
    if posting.workplace == "remote":
        data["jobLocationType"] = "TELECOMMUTE"
        if posting.applicant_region:
            data["applicantLocationRequirements"] = {"@type": "AdministrativeArea", "name": posting.applicant_region}
        elif posting.country:
            data["applicantLocationRequirements"] = {"@type": "Country", "name": posting.country}
        return  # a remote job has no place of work to give
    locality = address_locality(posting.location) if posting.location else None
    if locality or posting.country:
        address: dict[str, Any] = {"@type": "PostalAddress"}
        _put(address, "addressLocality", locality)
        _put(address, "addressCountry", posting.country)
        data["jobLocation"] = {"@type": "Place", "address": address}


# The spaces before a separator are read from where their run starts ((?<!\s)): with '\s*' a split
# read the rest of a long run of spaces again from each one, quadratic.
_PLACE_PARTS = re.compile(r"(?:(?<!\s)\s+)?(?:[()\[\]/|;•·,]|\s[-–—]\s)\s*")
_NO_PLACE = frozenset({"anywhere", "everywhere", "worldwide", "global", "flexible", "various", "tbd", "tba", "n/a"})


def address_locality(location: str) -> str | None:
    """The place in a location as written, without the words that say how the job is done.

    >>> address_locality("Hybrid (Vienna / Anywhere)")
    'Vienna'
    >>> address_locality("Berlin (Mitte)")
    'Berlin (Mitte)'
    >>> address_locality("Remote") is None
    True
    """
    parts = [part for part in _PLACE_PARTS.split(location) if part]
    places = [part for part in parts if part.casefold() not in _NO_PLACE and parse_workplace(part)[0] is None]
    if len(places) == len(parts):
        return location.strip() or None  # nothing to take out: the location as written
    return ", ".join(places) or None


def _put_salary(data: dict[str, Any], posting: JobPosting) -> None:
    salary = posting.salary
    if salary is None or (salary.min is None and salary.max is None):
        return
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if salary.min is not None and salary.max is not None and salary.min != salary.max:
        value["minValue"], value["maxValue"] = salary.min, salary.max
    else:
        value["value"] = salary.min if salary.min is not None else salary.max
    _put(value, "unitText", _UNIT.get(salary.period or ""))
    amount: dict[str, Any] = {"@type": "MonetaryAmount", "value": value}
    _put(amount, "currency", salary.currency)
    data["baseSalary"] = amount


def _put_occupation(data: dict[str, Any], posting: JobPosting) -> None:
    """``occupationalCategory``: the ISCO-08 unit group as a schema.org CategoryCode."""
    found = posting.occupation
    if found is None:
        return
    code_set = "ISCO-08" if found.classification.startswith("ESCO") else found.classification
    category: dict[str, Any] = {
        "@type": "CategoryCode",
        "codeValue": found.isco_code,
        "inCodeSet": {"@type": "CategoryCodeSet", "name": code_set},
    }
    _put(category, "name", found.isco_label)
    data["occupationalCategory"] = category


def _put_education(data: dict[str, Any], posting: JobPosting) -> None:
    levels = [q.education.level for q in posting.qualifications if q.education and q.required]
    if levels:
        data["educationRequirements"] = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": _LEVEL_CREDENTIAL[levels[0]],
        }

"""schema.org JobPosting as JSON-LD, for job boards and search engines.

The description is HTML restricted to what job search engines read
(paragraphs, lists, line breaks, bold), built from the section tree.
:func:`jsonld_diagnostics` lists the properties Google's job search requires
that the posting lacks.
"""

from __future__ import annotations

import html
from typing import Any

from .models import Diagnostic, JobPosting, Section

__all__ = ["REQUIRED_BY_GOOGLE", "jsonld_diagnostics", "to_jsonld"]

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
    if posting.experience_years_min is not None:
        data["experienceRequirements"] = {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": round(posting.experience_years_min * 12),
        }
    _put(data, "url", posting.apply_url)
    _put(data, "inLanguage", posting.language)
    _put_occupation(data, posting)
    return data


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
    """The body as the small HTML subset job boards accept."""
    parts: list[str] = []
    for section in posting.sections:
        _section_html(section, parts)
    return "".join(parts)


def _section_html(section: Section, parts: list[str]) -> None:
    if section.heading:
        parts.append(f"<p><strong>{html.escape(section.heading)}</strong></p>")
    items = {item.text for item in section.items}
    paragraphs = [line for line in section.text.split("\n") if line and line not in items]
    parts.extend(f"<p>{html.escape(line)}</p>" for line in paragraphs)
    if section.items:
        parts.append("<ul>" + "".join(f"<li>{html.escape(i.text)}</li>" for i in section.items) + "</ul>")
    for sub in section.subsections:
        _section_html(sub, parts)


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
    if posting.location or posting.country:
        address: dict[str, Any] = {"@type": "PostalAddress"}
        _put(address, "addressLocality", posting.location)
        _put(address, "addressCountry", posting.country)
        data["jobLocation"] = {"@type": "Place", "address": address}


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

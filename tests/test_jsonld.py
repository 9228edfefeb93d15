"""schema.org JobPosting JSON-LD: the vocabulary, the description, the address."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import jobspec
from jobspec.jsonld import _PLACE_PARTS, address_locality, jsonld_diagnostics

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))  # the seed, senior-machine-learning-scientist.md, among them
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.md"))
# Postings with working conditions (hours, clearance, contacts, ...), labelled for jobspec eval.
CONDITIONS = sorted((ROOT / "tests").glob("corpus_conditions*/*.md"))

POSTING = """---
title: Platform Engineer
company: Tidewater Analytics
location: Remote (EU time zones)
date: 2026-11-12
closing_date: 2026-12-31
employment_type: Full-time
salary: "€85,000 – €100,000 per year"
---
## What you'll do
- Run our Kubernetes clusters
## Requirements
- 4+ years of Linux operations
- BSc in Computer Science or equivalent experience
## Benefits
- 30 days of leave
"""


def test_every_fact_maps_to_its_property() -> None:
    data = jobspec.parse(POSTING).to_jsonld()
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Platform Engineer"
    assert data["hiringOrganization"] == {"@type": "Organization", "name": "Tidewater Analytics"}
    assert (data["datePosted"], data["validThrough"]) == ("2026-11-12", "2026-12-31")
    assert data["employmentType"] == "FULL_TIME"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"]["name"] == "EU time zones"
    assert "jobLocation" not in data
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "minValue": 85000.0, "maxValue": 100000.0, "unitText": "YEAR"},
    }
    assert data["experienceRequirements"]["monthsOfExperience"] == 48
    assert data["educationRequirements"]["credentialCategory"] == "bachelor degree"
    assert data["responsibilities"] == "Run our Kubernetes clusters"
    assert data["jobBenefits"] == "30 days of leave"
    assert "Kubernetes" in data["skills"]
    assert "<ul><li>Run our Kubernetes clusters</li></ul>" in data["description"]
    assert jsonld_diagnostics(jobspec.parse(POSTING)) == []


def test_missing_required_properties_are_reported() -> None:
    posting = jobspec.parse("## Requirements\n- Patience\n")
    missing = {d.message.split("'")[1] for d in jsonld_diagnostics(posting)}
    assert missing == {"title", "datePosted", "hiringOrganization", "jobLocation"}


def test_description_html_is_escaped() -> None:
    data = jobspec.parse("# Cook\n## Requirements\n- Knows 2 < 3 & knives\n").to_jsonld()
    assert "<li>Knows 2 &lt; 3 &amp; knives</li>" in data["description"]


# --- the schema.org vocabulary --------------------------------------------------------
#
# From schema.org's published definitions (https://schema.org/JobPosting and the
# pages of the types below, release 29): for each type, the properties it has
# (its own and those it inherits from Thing, Intangible, StructuredValue, Place
# and ContactPoint) and the types each may hold. Data types are the names of
# schema.org's DataType; a property may also hold a subtype of a listed type.
# Properties jobspec never writes are listed too, so the table is the
# vocabulary, not a copy of what jsonld.py happens to write.

_THING = {
    "additionalType": {"URL", "Text"},
    "alternateName": {"Text"},
    "description": {"Text"},
    "disambiguatingDescription": {"Text"},
    "identifier": {"PropertyValue", "Text", "URL"},
    "image": {"ImageObject", "URL"},
    "mainEntityOfPage": {"CreativeWork", "URL"},
    "name": {"Text"},
    "potentialAction": {"Action"},
    "sameAs": {"URL"},
    "subjectOf": {"CreativeWork", "Event"},
    "url": {"URL"},
}
_PLACE = {
    **_THING,
    "address": {"PostalAddress", "Text"},
    "geo": {"GeoCoordinates", "GeoShape"},
    "hasMap": {"Map", "URL"},
    "latitude": {"Number", "Text"},
    "longitude": {"Number", "Text"},
    "telephone": {"Text"},
}
_STRUCTURED_VALUE = dict(_THING)
VOCABULARY: dict[str, dict[str, set[str]]] = {
    "JobPosting": {
        **_THING,
        "applicantLocationRequirements": {"AdministrativeArea"},
        "applicationContact": {"ContactPoint"},
        "baseSalary": {"MonetaryAmount", "Number", "PriceSpecification"},
        "datePosted": {"Date", "DateTime"},
        "directApply": {"Boolean"},
        "educationRequirements": {"EducationalOccupationalCredential", "Text"},
        "eligibilityToWorkRequirement": {"Text"},
        "employerOverview": {"Text"},
        "employmentType": {"Text"},
        "employmentUnit": {"Organization"},
        "estimatedSalary": {"MonetaryAmount", "MonetaryAmountDistribution", "Number"},
        "experienceInPlaceOfEducation": {"Boolean"},
        "experienceRequirements": {"OccupationalExperienceRequirements", "Text"},
        "hiringOrganization": {"Organization", "Person"},
        "incentiveCompensation": {"Text"},
        "industry": {"DefinedTerm", "Text"},
        "jobBenefits": {"Text"},
        "jobImmediateStart": {"Boolean"},
        "jobLocation": {"Place"},
        "jobLocationType": {"Text"},
        "jobStartDate": {"Date", "Text"},
        "occupationalCategory": {"CategoryCode", "Text"},
        "physicalRequirement": {"CategoryCode", "DefinedTerm", "Text", "URL"},
        "qualifications": {"EducationalOccupationalCredential", "Text"},
        "relevantOccupation": {"Occupation"},
        "responsibilities": {"Text"},
        "salaryCurrency": {"Text"},
        "securityClearanceRequirement": {"Text", "URL"},
        "sensoryRequirement": {"DefinedTerm", "Text", "URL"},
        "skills": {"DefinedTerm", "Text"},
        "specialCommitments": {"Text"},
        "title": {"Text"},
        "totalJobOpenings": {"Integer"},
        "validThrough": {"Date", "DateTime"},
        "workHours": {"Text"},
    },
    "Organization": {
        **_THING,
        "address": {"PostalAddress", "Text"},
        "email": {"Text"},
        "legalName": {"Text"},
        "logo": {"ImageObject", "URL"},
        "telephone": {"Text"},
    },
    "Place": _PLACE,
    "AdministrativeArea": _PLACE,
    "Country": _PLACE,
    "PostalAddress": {
        **_STRUCTURED_VALUE,
        "addressCountry": {"Country", "Text"},
        "addressLocality": {"Text"},
        "addressRegion": {"Text"},
        "postOfficeBoxNumber": {"Text"},
        "postalCode": {"Text"},
        "streetAddress": {"Text"},
        "email": {"Text"},
        "telephone": {"Text"},
    },
    "MonetaryAmount": {
        **_STRUCTURED_VALUE,
        "currency": {"Text"},
        "maxValue": {"Number"},
        "minValue": {"Number"},
        "validFrom": {"Date", "DateTime"},
        "validThrough": {"Date", "DateTime"},
        "value": {"Boolean", "Number", "StructuredValue", "Text"},
    },
    "QuantitativeValue": {
        **_STRUCTURED_VALUE,
        "additionalProperty": {"PropertyValue"},
        "maxValue": {"Number"},
        "minValue": {"Number"},
        "unitCode": {"Text", "URL"},
        "unitText": {"Text"},
        "value": {"Boolean", "Number", "StructuredValue", "Text"},
        "valueReference": {
            "DefinedTerm",
            "Enumeration",
            "PropertyValue",
            "QualitativeValue",
            "StructuredValue",
            "Text",
        },
    },
    "OccupationalExperienceRequirements": {**_THING, "monthsOfExperience": {"Number"}},
    "ContactPoint": {
        **_STRUCTURED_VALUE,
        "areaServed": {"AdministrativeArea", "GeoShape", "Place", "Text"},
        "availableLanguage": {"Language", "Text"},
        "contactOption": {"ContactPointOption"},
        "contactType": {"Text"},
        "email": {"Text"},
        "faxNumber": {"Text"},
        "hoursAvailable": {"OpeningHoursSpecification"},
        "productSupported": {"Product", "Text"},
        "telephone": {"Text"},
    },
    "EducationalOccupationalCredential": {
        **_THING,
        "competencyRequired": {"DefinedTerm", "Text", "URL"},
        "credentialCategory": {"DefinedTerm", "Text", "URL"},
        "educationalLevel": {"DefinedTerm", "Text", "URL"},
        "recognizedBy": {"Organization"},
        "validFor": {"Duration"},
        "validIn": {"AdministrativeArea"},
    },
    "CategoryCode": {
        **_THING,
        "inDefinedTermSet": {"DefinedTermSet", "URL"},
        "termCode": {"Text"},
        "codeValue": {"Text"},
        "inCodeSet": {"CategoryCodeSet", "URL"},
    },
    # A CategoryCodeSet is a CreativeWork; of CreativeWork's many own properties none is written, so only
    # Thing's and DefinedTermSet's and its own are listed.
    "CategoryCodeSet": {
        **_THING,
        "hasDefinedTerm": {"DefinedTerm"},
        "hasCategoryCode": {"CategoryCode"},
    },
}
# The subtypes a value of a listed type may be (schema.org's type hierarchy, as far as it matters here).
SUBTYPES = {
    "Place": {"AdministrativeArea", "Country"},
    "AdministrativeArea": {"Country"},
    "StructuredValue": {
        "QuantitativeValue",
        "MonetaryAmount",
        "PostalAddress",
        "OccupationalExperienceRequirements",
        "ContactPoint",
    },
    "DefinedTerm": {"CategoryCode"},
    "DefinedTermSet": {"CategoryCodeSet"},
}
# Google's values for employmentType and jobLocationType (schema.org takes any text).
EMPLOYMENT_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
UNIT_TEXTS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}
_URL = re.compile(r"^(?:https?://|mailto:)\S+$")


def _fits(value: Any, expected: set[str]) -> bool:
    """Whether ``value`` is of one of the schema.org types in ``expected``."""
    if isinstance(value, dict):
        kind = value.get("@type")
        return any(kind == name or kind in SUBTYPES.get(name, set()) for name in expected)
    if isinstance(value, bool):
        return "Boolean" in expected
    if isinstance(value, int | float):
        return bool({"Number", "Integer"} & expected) and (isinstance(value, int) or "Number" in expected)
    if not isinstance(value, str):
        return False
    if "Date" in expected and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value) is not None
    return "Text" in expected or ("URL" in expected and _URL.match(value) is not None)


def vocabulary_errors(node: dict[str, Any], where: str = "") -> list[str]:
    """Every property of ``node`` (and the nodes inside it) that its type does not have or cannot hold."""
    kind = node.get("@type")
    if kind not in VOCABULARY:
        return [f"{where or '/'}: unknown type {kind!r}"]
    errors = []
    for name, value in node.items():
        if name in ("@type", "@context"):
            continue
        expected = VOCABULARY[kind].get(name)
        if expected is None:
            errors.append(f"{where}/{name}: {kind} has no property {name!r}")
            continue
        values = value if isinstance(value, list) else [value]  # any property may have several values
        for index, one in enumerate(values):
            at = f"{where}/{name}" + (f"/{index}" if isinstance(value, list) else "")
            if not _fits(one, expected):
                errors.append(f"{at}: {one!r:.60} is none of {sorted(expected)}")
            elif isinstance(one, dict):
                errors.extend(vocabulary_errors(one, at))
    return errors


def test_the_vocabulary_check_finds_what_is_wrong() -> None:
    wrong = {
        "@type": "JobPosting",
        "title": "Cook",
        "inLanguage": "en",
        "datePosted": "2026-13-01x",
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressTown": "Leeds"}},
        "hiringOrganization": {"@type": "Place", "name": "Acme"},
        "eligibilityToWork": "EU citizens",
        "applicationContact": [
            {"@type": "ContactPoint", "email": "a@example.org"},
            {"@type": "ContactPoint", "fax": "1"},
        ],
        "occupationalCategory": {
            "@type": "CategoryCode",
            "codeValue": 2512,
            "inCodeSet": {"@type": "CategoryCodeSet", "name": "ISCO-08"},
        },
    }
    assert vocabulary_errors(wrong) == [
        "/inLanguage: JobPosting has no property 'inLanguage'",
        "/datePosted: '2026-13-01x' is none of ['Date', 'DateTime']",
        "/jobLocation/address/addressTown: PostalAddress has no property 'addressTown'",
        "/hiringOrganization: {'@type': 'Place', 'name': 'Acme'} is none of ['Organization', 'Person']",
        "/eligibilityToWork: JobPosting has no property 'eligibilityToWork'",
        "/applicationContact/1/fax: ContactPoint has no property 'fax'",
        "/occupationalCategory/codeValue: 2512 is none of ['Text']",
    ]


def test_the_occupation_is_a_category_code_the_vocabulary_accepts() -> None:
    data = jobspec.parse("---\ntitle: Data Scientist\n---\n## You will\n- Build models\n").to_jsonld()
    assert data["occupationalCategory"]["@type"] == "CategoryCode"
    assert data["occupationalCategory"]["inCodeSet"]["@type"] == "CategoryCodeSet"
    assert vocabulary_errors(data) == []


@pytest.mark.parametrize("path", EXAMPLES + GOLDEN + CONDITIONS, ids=lambda path: path.parent.name + "/" + path.name)
def test_every_example_is_a_valid_schema_org_job_posting(path: Path) -> None:
    data = jobspec.parse_file(path).to_jsonld()
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    assert vocabulary_errors(data) == []
    assert data.get("employmentType", "FULL_TIME") in EMPLOYMENT_TYPES
    assert data.get("jobLocationType", "TELECOMMUTE") == "TELECOMMUTE"
    unit = data.get("baseSalary", {}).get("value", {}).get("unitText", "YEAR")
    assert unit in UNIT_TEXTS


# --- the description -----------------------------------------------------------------

_PART = re.compile(r"<(p|li)>(?:<strong>)?(.*?)(?:</strong>)?(?=</p>|</li>|<ul>)", re.DOTALL)


@pytest.mark.parametrize("path", EXAMPLES + GOLDEN, ids=lambda path: path.name)
def test_the_description_is_the_sections_once_in_document_order(path: Path) -> None:
    posting = jobspec.parse_file(path)
    written = [html.unescape(text) for _, text in _PART.findall(posting.to_jsonld().get("description", ""))]
    expected = [
        part
        for section in posting.iter_sections()
        for part in [*([section.heading] if section.heading else []), *section.text.split("\n")]
        if part
    ]
    assert written == expected


def test_prose_items_stay_one_paragraph_and_what_follows_a_list_comes_after_it() -> None:
    posting = jobspec.parse(
        "# Cook\n## The role\nYou will bake bread. You will run the oven.\n\n"
        "## You have\n- A hygiene certificate\n  - Level 2\n- Early starts\n\nApply [here](https://example.com).\n"
    )
    assert [r.text for r in posting.responsibilities] == ["You will bake bread.", "You will run the oven."]
    assert posting.to_jsonld()["description"] == (
        "<p><strong>Cook</strong></p><p><strong>The role</strong></p>"
        "<p>You will bake bread. You will run the oven.</p>"
        "<p><strong>You have</strong></p>"
        "<ul><li>A hygiene certificate<ul><li>Level 2</li></ul></li><li>Early starts</li></ul>"
        "<p>Apply here.</p>"
    )


# --- the address ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "locality"),
    [
        ("Hybrid (Vienna / Anywhere)", "Vienna"),
        ("Leeds, UK (on-site)", "Leeds, UK"),
        ("Onsite - Lyon", "Lyon"),
        ("Berlin (Mitte)", "Berlin (Mitte)"),
        ("Washington, D.C.", "Washington, D.C."),
        ("Anywhere", None),
        ("Hybrid", None),
    ],
)
def test_workplace_words_are_not_part_of_the_address(location: str, locality: str | None) -> None:
    assert address_locality(location) == locality


def test_a_hybrid_posting_has_only_its_place_in_the_address() -> None:
    data = jobspec.parse("---\ntitle: Analyst\nlocation: Hybrid (Vienna / Anywhere)\n---\nBody\n").to_jsonld()
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Vienna", "addressCountry": "AT"},
    }


# The separators of a location before its run of spaces was read from its start only (linear time).
_PLACE_PARTS_BEFORE = re.compile(r"\s*(?:[()\[\]/|;•·,]|\s[-–—]\s)\s*")
_PLACE_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", "Leeds", "(", ")", "[", "]", "/", "|", ";", "•", "·", ",", "-", "–"]
)


@given(st.lists(_PLACE_PIECES, max_size=16).map("".join))
def test_a_location_splits_where_it_did_before_the_separators_were_made_linear(location: str) -> None:
    assert _PLACE_PARTS.split(location) == _PLACE_PARTS_BEFORE.split(location)

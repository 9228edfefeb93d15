"""schema.org JobPosting JSON-LD."""

from __future__ import annotations

import jobspec
from jobspec.jsonld import jsonld_diagnostics

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

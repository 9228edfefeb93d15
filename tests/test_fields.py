"""ParseOptions(fields=...): the fields asked for, as a full parse computes them, and what was left out."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

import jobspec
from jobspec import JobPosting, ParseOptions
from jobspec.cli import main
from jobspec.models import FieldName
from jobspec.options import FIELDS
from jobspec.review import render_posting

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
ITEMS: set[FieldName] = {"responsibilities", "qualifications", "benefits"}

POSTING = """---
title: Pastry Chef
company: Crumb & Co
location: Leeds, UK
salary: £28,000 – £32,000 per year
---
# Pastry Chef

## What you will do
- Bake the morning pastries
- Train two apprentices

## What we need
- Three years of experience in a bakery
- A food hygiene certificate is a plus

## What we offer
- 28 days of annual leave
"""


@pytest.fixture(scope="module")
def full() -> JobPosting:
    return jobspec.parse(POSTING)


def test_a_full_parse_computes_everything_and_its_json_does_not_name_the_list(full: JobPosting) -> None:
    assert full.not_computed == []
    assert "not_computed" not in json.loads(full.model_dump_json())
    assert ParseOptions().not_computed == []


def test_items_only_gives_the_items_of_the_full_parse_and_names_the_rest(full: JobPosting) -> None:
    posting = jobspec.parse(POSTING, options=ParseOptions(fields={"responsibilities", "qualifications"}))
    assert posting.responsibilities == full.responsibilities
    assert posting.qualifications == full.qualifications
    assert (posting.title, posting.salary, posting.skills, posting.occupation, posting.benefits) == (
        None,
        None,
        [],
        None,
        [],
    )
    assert set(posting.not_computed) == set(FIELDS) - {"responsibilities", "qualifications", "fingerprint"}
    assert [name for name in FIELDS if name in posting.not_computed] == posting.not_computed  # in the model's order
    assert posting.provenance == {}
    # The sections are there, with the items of the kinds computed and no benefit.
    assert [s.heading for s in posting.iter_sections()] == [s.heading for s in full.iter_sections()]
    assert [i.text for s in posting.iter_sections() for i in s.items] == [
        i.text for s in full.iter_sections() for i in s.items if not isinstance(i, jobspec.models.Benefit)
    ]


def test_a_partial_posting_survives_its_json_and_matches_the_schema() -> None:
    posting = jobspec.parse(POSTING, options=ParseOptions(fields={"salary"}))
    data = json.loads(posting.model_dump_json())
    assert "salary" not in data["not_computed"]
    assert "responsibilities" in data["not_computed"]
    jsonschema.Draft202012Validator(jobspec.models.json_schema()).validate(data)
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting


def test_a_field_is_computed_with_what_it_is_computed_from(full: JobPosting) -> None:
    posting = jobspec.parse(POSTING, options=ParseOptions(fields={"skills"}))
    assert posting.skills == full.skills
    assert posting.responsibilities == full.responsibilities  # computed for the skills, so given
    assert "responsibilities" not in posting.not_computed
    assert "benefits" in posting.not_computed
    by_location = jobspec.parse(POSTING, options=ParseOptions(fields={"country"}))
    assert (by_location.country, by_location.location) == ("GB", "Leeds, UK")


@pytest.mark.parametrize("name", FIELDS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_each_field_alone_is_what_the_full_parse_says(name: FieldName, path: Path) -> None:
    """Every field a partial parse computes equals the full parse's, with the same provenance."""
    text = path.read_text(encoding="utf-8")
    whole = jobspec.parse(text, options=ParseOptions(fingerprint=True))
    posting = jobspec.parse(text, options=ParseOptions(fields={name}))
    assert name not in posting.not_computed
    for field in FIELDS:
        if field in posting.not_computed:
            assert getattr(posting, field) in (None, []), field
        elif field != "fingerprint" or name == "fingerprint":
            assert getattr(posting, field) == getattr(whole, field), field
    assert posting.provenance == {key: value for key, value in whole.provenance.items() if key in posting.provenance}
    assert set(posting.provenance) == set(whole.provenance) - set(posting.not_computed)


def test_without_item_fields_a_section_has_the_kind_its_heading_names() -> None:
    posting = jobspec.parse(POSTING, options=ParseOptions(fields={"salary"}))
    assert posting.salary is not None
    assert posting.salary.min == 28_000
    kinds = {s.heading: s.kind.value for s in posting.iter_sections()}
    assert kinds["What we offer"] == "benefits"
    assert all(not s.items for s in posting.iter_sections())


def test_the_older_switches_name_what_they_leave_out() -> None:
    assert jobspec.parse(POSTING, options=ParseOptions(find_skills=False)).not_computed == ["skills"]
    assert jobspec.parse(POSTING, options=ParseOptions(occupations=False)).not_computed == ["occupation"]


def test_the_fingerprint_is_computed_when_asked_and_never_listed() -> None:
    asked = jobspec.parse(POSTING, options=ParseOptions(fields={"fingerprint"}))
    whole = jobspec.parse(POSTING, options=ParseOptions(fingerprint=True))
    assert asked.fingerprint == whole.fingerprint is not None
    assert "fingerprint" not in jobspec.parse(POSTING, options=ParseOptions(fields={"title"})).not_computed
    assert (asked.responsibilities, asked.title) == ([], "Pastry Chef")


def test_unknown_field_names_are_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown field.*'salry'.*the fields are title"):
        ParseOptions(fields={"salry"})
    with pytest.raises(TypeError, match="set or list of field names"):
        ParseOptions(fields="salary")
    assert ParseOptions(fields=["salary", "salary"]).fields == frozenset({"salary"})


def test_the_command_takes_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pastry.md"
    path.write_text(POSTING, encoding="utf-8")
    assert main(["parse", "--quiet", "--fields", "salary,responsibilities", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["salary"]["min"] == 28_000
    assert len(data["responsibilities"]) == 2
    assert "qualifications" in data["not_computed"]
    assert "salary" not in data["not_computed"]
    with pytest.raises(SystemExit) as refused:
        main(["parse", "--fields", "salary,wages", str(path)])
    assert refused.value.code == 2
    assert "unknown field(s) wages" in capsys.readouterr().err


def test_the_review_page_tells_not_computed_from_not_found() -> None:
    page = render_posting(jobspec.parse(POSTING, options=ParseOptions(fields={"responsibilities", "travel"})))
    assert "not computed" in page  # the salary, say
    assert "not found" in page  # the travel: looked for, not there


@pytest.mark.parametrize(
    "text",
    [
        "---\nlocation: Oslo, Norge\n---\n## Om jobben\n\nLønn: 600 000 kr per år\n",  # the country names the krona
        "---\nlanguage: sv\n---\n## Om jobbet\n\nLön: 35 000 kr/mån\n",  # else the language does
    ],
)
def test_the_salary_asked_alone_names_its_krona_as_the_full_parse_does(text: str) -> None:
    alone = jobspec.parse(text, options=ParseOptions(fields={"salary"}))
    full = jobspec.parse(text)
    assert full.salary is not None
    assert alone.salary == full.salary
    assert full.salary.currency in ("NOK", "SEK")
    assert (alone.location, alone.country, alone.language) == (None, None, None)  # read for the krona, not kept

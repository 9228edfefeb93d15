"""Facts are plausible or absent: placeholders and a post's author are not facts about the job."""

from __future__ import annotations

import pytest

import jobspec
from jobspec.facts.plausible import is_placeholder, looks_like_person


@pytest.mark.parametrize(
    "text",
    ["This is meta description", "description", "Your excerpt here", "Lorem ipsum dolor sit amet.", "TODO", "n/a"],
)
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "We bake bread for forty cafés.",
        "A description writer for our museum",
        "Summary: we are hiring a cook",
        "Description of duties below.x",
    ],
)
def test_text_about_the_job_is_no_placeholder(text: str) -> None:
    assert not is_placeholder(text)


@pytest.mark.parametrize("name", ["Maria Keller", "jdoe42", "Anna van der Berg", "J. Smith", "mk"])
def test_people_and_user_names(name: str) -> None:
    assert looks_like_person(name)


@pytest.mark.parametrize(
    "name", ["Tidewater Analytics", "Crumb & Co", "ASOS Data Science", "Acme", "North Harbour Museum", "IBM Research"]
)
def test_organisations(name: str) -> None:
    assert not looks_like_person(name)


def test_a_placeholder_summary_gives_way_to_the_lead_paragraph() -> None:
    posting = jobspec.parse(
        "---\ntitle: Cook\ndescription: this is meta description\n---\n"
        "We bake bread for forty cafés across the county.\n\n## Requirements\n- Knife skills\n"
    )
    assert posting.summary == "We bake bread for forty cafés across the county."
    assert posting.provenance["summary"].line == 5


def test_a_post_author_is_not_the_company() -> None:
    for author in ("author: jdoe42", "author:\n  name: Maria Keller"):
        posting = jobspec.parse(f"---\ntitle: Cook\n{author}\n---\n## Requirements\n- Knife skills\n")
        assert posting.company is None
        assert "company" not in posting.provenance


def test_an_organisation_key_or_a_company_line_wins_over_the_author() -> None:
    with_key = jobspec.parse("---\ntitle: Cook\nauthor: Maria Keller\nemployer: Crumb & Co\n---\nBody\n")
    assert (with_key.company, with_key.provenance["company"].key) == ("Crumb & Co", "employer")
    with_line = jobspec.parse("---\ntitle: Cook\nauthor: jdoe42\n---\nCompany: Crumb & Co\n\nBody\n")
    assert (with_line.company, with_line.provenance["company"].line) == ("Crumb & Co", 5)


def test_an_organisation_as_author_is_still_the_company() -> None:
    posting = jobspec.parse("---\ntitle: Cook\nsite:\n  author:\n    name: Crumb Bakery Group\n---\nBody\n")
    assert posting.company == "Crumb Bakery Group"
    assert posting.provenance["company"].key == "site.author.name"

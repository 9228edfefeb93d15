"""Skills: the shipped taxonomy, aliases, ambiguous names and user taxonomies."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import jobspec
from jobspec import ParseOptions
from jobspec.facts.skills import Taxonomy, default_taxonomy, match_skills
from jobspec.vocabulary import DEFAULT_VOCABULARY

ROOT = Path(__file__).resolve().parent.parent


def names(text: str) -> list[str]:
    return [entry.name for entry in default_taxonomy().find(text)]


def test_the_shipped_taxonomy_is_large_and_categorised() -> None:
    taxonomy = default_taxonomy()
    assert len(taxonomy) >= 1000
    categories = {entry.category for entry in taxonomy.entries}
    assert {"programming_language", "framework_library", "data_ml", "database", "cloud_devops", "method"} <= categories


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Experience with sklearn pipelines", "scikit-learn"),
        ("We run everything on k8s", "Kubernetes"),
        ("Postgres and Redis", "PostgreSQL"),
        ("Solid C++ and C# skills", "C++"),
        ("Solid C++ and C# skills", "C#"),
        ("Ruby, Python, Node, Go, etc.", "Go"),
        ("Statistical programming in R", "R"),
        ("Spark, Cassandra and HDFS", "Apache Spark"),
        ("Run A/B testing on the checkout", "A/B testing"),
        ("Fluent English, written and spoken", "English"),
    ],
)
def test_aliases_and_context_find_the_skill(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go the extra mile for our customers",
        "Budget for R&D projects",
        "A grade C or above",
        "Spark ideas in the team",
        "Swift replies to customer emails",
        "Access to the building at night",
        "A German company in Munich",
    ],
)
def test_everyday_words_are_not_skills(text: str) -> None:
    assert names(text) == []


def test_the_seed_finds_the_skills_its_issue_lists() -> None:
    posting = jobspec.parse_file(ROOT / "examples" / "senior-machine-learning-scientist.md")
    found = {skill.name for skill in posting.skills}
    expected = {"Python", "pandas", "NumPy", "Dask", "scikit-learn", "Keras", "PySpark", "PyTorch", "SQL"}
    assert expected <= found
    assert {"Statistics", "Hypothesis testing", "Regression analysis"} <= found
    assert all(skill.required for skill in posting.skills if skill.name in expected)


def test_each_skill_once_with_its_items_and_required_flag() -> None:
    posting = jobspec.parse(
        "## You will\n- Build Python services\n## Requirements\n- 3 years of Python\n- Bonus points for Rust\n"
    )
    by_name = {skill.name: skill for skill in posting.skills}
    python = by_name["Python"]
    assert [(ref.kind, ref.index, ref.line) for ref in python.items] == [
        ("responsibility", 0, 2),
        ("qualification", 0, 4),
    ]
    assert python.required
    assert not by_name["Rust"].required


def test_a_user_taxonomy_in_csv_or_yaml(tmp_path: Path) -> None:
    csv_file = tmp_path / "skills.csv"
    csv_file.write_text("id,name,category,aliases\nforklift,Forklift operation,tool,forklift licence|FLT\n")
    yaml_file = tmp_path / "skills.yaml"
    yaml_file.write_text("skills:\n  - {id: haccp, name: HACCP, category: method, aliases: [food safety plan]}\n")
    own = Taxonomy.from_file(csv_file).merged(Taxonomy.from_file(yaml_file))
    posting = jobspec.parse(
        "## Requirements\n- A forklift licence\n- Writes a food safety plan\n- Python\n",
        options=ParseOptions(taxonomy=own),
    )
    assert [s.name for s in posting.skills] == ["Forklift operation", "HACCP"]
    both = default_taxonomy().merged(own)
    assert "Python" in [e.name for e in both.find("Python and a forklift licence")]


def test_a_broken_taxonomy_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name_only\nPython\n")
    with pytest.raises(jobspec.JobspecError, match="lacks the column"):
        Taxonomy.from_file(bad)


def test_skills_can_be_turned_off() -> None:
    posting = jobspec.parse("## Requirements\n- Python\n", options=ParseOptions(find_skills=False))
    assert posting.skills == []


def test_skills_found_alike_when_lower_casing_changes_the_length() -> None:
    taxonomy = default_taxonomy()
    plain = [entry.name for entry in taxonomy.find("Istanbul team: Python, Kubernetes and Go services")]
    dotted = [entry.name for entry in taxonomy.find("İstanbul team: Python, Kubernetes and Go services")]
    assert plain == dotted == ["Python", "Kubernetes", "Go"]


def test_find_each_answers_as_find_does_for_each_text() -> None:
    taxonomy = default_taxonomy()
    texts = [
        "Build services in Go and Rust",
        "",
        "Strong SQL, dbt and Airflow",
        "Speak fluent German",
        "Go to the shop",
    ]
    assert taxonomy.find_each(texts) == [taxonomy.find(text) for text in texts]
    assert [[entry.name for entry in found] for found in taxonomy.find_each(texts)] == [
        ["Go", "Rust"],
        [],
        ["SQL", "dbt", "Apache Airflow"],
        ["German"],
        [],
    ]


_CLAUSE_WORDS = st.sampled_from(
    ["Python", "Snowflake", "Go", "French", "SQL", "Excel", "experience", "with", "and", "or", ",", ";", ".",
     "ideally", "is a plus", "nice to have", "preferred", "bonus", "von Vorteil", "idealmente", "artıdır", "İ"]
)  # fmt: skip


@given(st.lists(st.lists(_CLAUSE_WORDS | st.text(max_size=3), max_size=10).map(" ".join), max_size=4))
@example(["Python and SQL, Snowflake is a plus"])
def test_the_quick_cue_test_gives_the_skills_the_cue_pattern_gives(qualifications: list[str]) -> None:
    # assemble passes finds_cue, a faster test than the pattern's search, whose answer must be the same.
    items = [(text, line, True) for line, text in enumerate(qualifications, start=1)]
    preferred = DEFAULT_VOCABULARY.preferred_pattern
    searched = match_skills(default_taxonomy(), [], items, preferred=preferred)
    quick = match_skills(
        default_taxonomy(), [], items, preferred=preferred, finds_cue=DEFAULT_VOCABULARY.finds_preferred_cue
    )
    assert quick == searched

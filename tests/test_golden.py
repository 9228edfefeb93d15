"""Each golden posting parses exactly to its stored expectation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from golden_cases import actual, expectation_path, golden_inputs


@pytest.mark.parametrize("posting", golden_inputs(), ids=lambda p: p.stem)
def test_golden(posting: Path) -> None:
    expected = json.loads(expectation_path(posting).read_text(encoding="utf-8"))
    assert actual(posting) == expected


def test_every_golden_input_has_an_expectation() -> None:
    missing = [p.name for p in golden_inputs() if not expectation_path(p).exists()]
    assert missing == [], "run: python tests/golden_cases.py"


def test_the_seed_parses_as_its_issue_describes() -> None:
    [seed] = [p for p in golden_inputs() if p.stem == "senior-machine-learning-scientist"]
    posting = actual(seed)
    assert posting["title"] == "Senior Machine Learning Scientist"
    assert posting["company"] == "ASOS Data Science"
    assert posting["apply_url"].startswith("https://jobs.smartrecruiters.com/ASOS/")
    assert posting["summary"].startswith("As a Senior Machine Learning Scientist, you will be working")
    assert "We\u2019re hiring" in posting["body"]
    assert "mojibake-repaired" in [d["code"] for d in posting["diagnostics"]]
    duties = [r["text"] for r in posting["responsibilities"]]
    assert len(duties) == 7
    assert duties[0].startswith("As a Senior Machine Learning Scientist")
    assert all(d.startswith("You will") for d in duties[1:])
    assert [(q["text"][:30], q["required"]) for q in posting["qualifications"]] == [
        ("You are an experienced machine", True),
        ("You will have some knowledge o", True),
        ("You are comfortable working in", True),
        ("You understand software develo", True),
        ("You will be comfortable provid", True),
    ]

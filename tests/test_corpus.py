"""The project's own labelled corpus (tests/corpus) stays above the quality bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobspec.evaluate import EvaluationReport, evaluate, load_corpus

CORPUS = Path(__file__).resolve().parent / "corpus"
BAR = 0.95


@pytest.fixture(scope="module")
def report() -> EvaluationReport:
    return evaluate(CORPUS)


def test_the_corpus_is_large_and_varied() -> None:
    postings = load_corpus(CORPUS)
    languages = {p.name.split("-")[0] for p in postings}
    assert len(postings) >= 40
    assert {"en", "de", "fr", "es", "pt", "it", "nl"} <= languages


@pytest.mark.parametrize("field", ["responsibilities", "qualifications"])
def test_f1_on_the_corpus(report: EvaluationReport, field: str) -> None:
    score = report.fields[field]
    assert score.f1 >= BAR, "\n".join(["misses:", *score.misses, "spurious:", *score.spurious])


def test_required_flag_on_the_corpus(report: EvaluationReport) -> None:
    assert report.failures == []
    assert report.required_accuracy is not None
    assert report.required_accuracy >= BAR

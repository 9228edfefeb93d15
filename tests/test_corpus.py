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


def test_the_readme_states_the_figures_jobspec_eval_prints(report: EvaluationReport) -> None:
    # The README's "Measured" section quotes `jobspec eval tests/corpus`: it must say what the command says.
    readme = (CORPUS.parent.parent / "README.md").read_text(encoding="utf-8")
    measured = readme[readme.index("## Measured") : readme.index("## Performance")]
    assert "`jobspec eval tests/corpus`" in measured
    assert "../" not in measured  # nothing from outside the clone
    for field, score in [*report.fields.items(), ("skills", report.skills)]:
        row = f"| {field} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} |"
        assert row in measured, f"the README's row for {field} should read {row}"
    assert report.required_accuracy is not None
    assert f"{report.required_accuracy:.3f} accuracy of the required/preferred flag" in measured
    assert f"{len(load_corpus(CORPUS))} postings" in measured

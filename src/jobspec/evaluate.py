"""Measure extraction against labelled postings: precision, recall, F1.

A labelled corpus is a folder in one of two layouts:

* ``NAME.md`` beside ``NAME.expected.json`` holding
  ``{"responsibilities": [text, ...], "qualifications": [{"text": ..., "required": bool}, ...]}``
  (the layout of ``tests/corpus``);
* ``docs/ID.md`` with one ``gold.json`` listing, per ``id``, character spans
  ``[start, end)`` of its ``responsibilities`` and ``qualifications`` and the
  ``preferred`` subset of the latter.

A predicted item matches a labelled one when their words overlap with an F1
of at least 0.7 (so "Python 3+ years" still matches "3+ years of Python"
after markup is stripped); each item matches at most once, best pairs first.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import JobspecError
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse

__all__ = ["EvaluationReport", "FieldScore", "LabelledPosting", "evaluate", "load_corpus"]

MATCH_THRESHOLD = 0.7
FIELDS = ("responsibilities", "qualifications")
_MARKUP = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)|<[^<>]+>")  # no bracket inside: an unclosed one is left at the next
_NOT_WORD = re.compile(r"[\W_]+")


FACTS = (
    "employment_type",
    "workplace",
    "country",
    "salary",
    "date_posted",
    "valid_through",
    "experience_years_min",
)


@dataclass(frozen=True)
class LabelledPosting:
    """One posting with the items (and, optionally, facts and skills) a person labelled in it."""

    name: str
    path: Path
    responsibilities: list[str]
    qualifications: list[tuple[str, bool]]
    facts: dict[str, Any] | None = None
    skills: list[str] | None = None


@dataclass
class FieldScore:
    """Counts for one field, and the misses behind them."""

    labelled: int = 0
    predicted: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(self.labelled == 0)

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvaluationReport:
    """Scores over a whole corpus."""

    postings: int = 0
    failures: list[str] = field(default_factory=list)
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    flag_correct: int = 0
    flag_total: int = 0
    facts: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FACTS})
    skills: FieldScore = field(default_factory=FieldScore)
    labelled_facts: int = 0

    @property
    def required_accuracy(self) -> float | None:
        """Share of matched qualifications whose required/preferred flag is right."""
        return self.flag_correct / self.flag_total if self.flag_total else None

    def summary(self) -> str:
        """The figures as a few lines of text."""
        lines = []
        for name, score in self.fields.items():
            lines.append(
                f"{name:17s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
                f"  (labelled {score.labelled}, predicted {score.predicted})"
            )
        accuracy = self.required_accuracy
        lines.append(
            "required/preferred accuracy on matched qualifications: "
            + ("n/a" if accuracy is None else f"{accuracy:.3f}")
        )
        if self.labelled_facts:
            for name, score in self.facts.items():
                lines.append(
                    f"fact {name:22s} P {score.precision:.3f}  R {score.recall:.3f}"
                    f"  (labelled {score.labelled}, found {score.predicted}, right {score.matched})"
                )
            sk = self.skills
            lines.append(
                f"skills            P {sk.precision:.3f}  R {sk.recall:.3f}  F1 {sk.f1:.3f}"
                f"  (labelled {sk.labelled}, predicted {sk.predicted})"
            )
        lines.append(f"{self.postings} postings, {len(self.failures)} failed")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-safe data."""
        return {
            "postings": self.postings,
            "failed": len(self.failures),
            **{
                name: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "labelled": s.labelled,
                    "predicted": s.predicted,
                }
                for name, s in self.fields.items()
            },
            "required_accuracy": None if self.required_accuracy is None else round(self.required_accuracy, 4),
            "facts": {
                name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "labelled": s.labelled}
                for name, s in self.facts.items()
            }
            if self.labelled_facts
            else None,
            "skills": {
                "precision": round(self.skills.precision, 4),
                "recall": round(self.skills.recall, 4),
                "f1": round(self.skills.f1, 4),
            }
            if self.labelled_facts
            else None,
        }


def load_corpus(folder: str | Path) -> list[LabelledPosting]:
    """Read a labelled corpus in either layout (see the module docstring)."""
    root = Path(folder)
    if (root / "gold.json").is_file():
        return list(_span_layout(root))
    pairs = sorted(root.glob("*.expected.json"))
    if not pairs:
        raise JobspecError("no labelled postings found (NAME.md + NAME.expected.json, or gold.json)", path=str(root))
    return [_expected_layout(p) for p in pairs]


def _expected_layout(expected: Path) -> LabelledPosting:
    name = expected.name.removesuffix(".expected.json")
    data = json.loads(expected.read_text(encoding="utf-8"))
    quals = [(q["text"], bool(q.get("required", True))) for q in data.get("qualifications", [])]
    return LabelledPosting(
        name,
        expected.with_name(name + ".md"),
        list(data.get("responsibilities", [])),
        quals,
        facts=data.get("facts"),
        skills=data.get("skills"),
    )


def _span_layout(root: Path) -> Iterator[LabelledPosting]:
    for record in json.loads((root / "gold.json").read_text(encoding="utf-8")):
        path = root / "docs" / f"{record['id']}.md"
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        optional = {tuple(span) for span in record.get("preferred", [])}
        yield LabelledPosting(
            record["id"],
            path,
            [text[a:b] for a, b in record["responsibilities"]],
            [(text[a:b], (a, b) not in optional) for a, b in record["qualifications"]],
        )


def evaluate(folder: str | Path, options: ParseOptions | None = None) -> EvaluationReport:
    """Parse every labelled posting in ``folder`` and score the result."""
    report = EvaluationReport()
    for labelled in load_corpus(folder):
        report.postings += 1
        try:
            posting = parse(labelled.path.read_bytes(), path=labelled.path, options=options)
        except (OSError, JobspecError) as exc:
            report.failures.append(f"{labelled.name}: {exc}")
            continue
        _score(labelled, posting, report)
    return report


def _score(labelled: LabelledPosting, posting: JobPosting, report: EvaluationReport) -> None:
    duties = report.fields["responsibilities"]
    _match_field(labelled.name, labelled.responsibilities, [r.text for r in posting.responsibilities], duties)
    quals = report.fields["qualifications"]
    gold_texts = [text for text, _ in labelled.qualifications]
    pairs = _match_field(labelled.name, gold_texts, [q.text for q in posting.qualifications], quals)
    for gold_index, predicted_index in pairs:
        report.flag_total += 1
        report.flag_correct += (
            labelled.qualifications[gold_index][1] == posting.qualifications[predicted_index].required
        )
    if labelled.facts is not None:
        report.labelled_facts += 1
        _score_facts(labelled.facts, posting, report)
    if labelled.skills is not None:
        _score_skills(labelled.name, set(labelled.skills), {s.id for s in posting.skills}, report.skills)


def _score_facts(gold: dict[str, Any], posting: JobPosting, report: EvaluationReport) -> None:
    for name, score in report.facts.items():
        expected, found = gold.get(name), _fact_value(posting, name)
        score.labelled += expected is not None
        score.predicted += found is not None
        if expected is not None and found is not None and _same_fact(expected, found):
            score.matched += 1
        elif expected is not None or found is not None:
            score.misses.append(f"{posting.source.path}: {name}: labelled {expected!r}, found {found!r}")


def _fact_value(posting: JobPosting, name: str) -> Any:
    value = getattr(posting, name)
    if value is None:
        return None
    if name == "salary":
        return {"min": value.min, "max": value.max, "currency": value.currency, "period": value.period}
    if name in ("date_posted", "valid_through"):
        return value.isoformat()
    return getattr(value, "value", value)


def _same_fact(expected: Any, found: Any) -> bool:
    if isinstance(expected, dict) and isinstance(found, dict):
        return all(_same_fact(expected.get(k), found.get(k)) for k in ("min", "max", "currency", "period"))
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)):
        return abs(float(expected) - float(found)) < 1e-6
    return bool(expected == found)


def _score_skills(name: str, gold: set[str], predicted: set[str], score: FieldScore) -> None:
    score.labelled += len(gold)
    score.predicted += len(predicted)
    score.matched += len(gold & predicted)
    score.misses.extend(f"{name}: {skill}" for skill in sorted(gold - predicted))
    score.spurious.extend(f"{name}: {skill}" for skill in sorted(predicted - gold))


def _match_field(name: str, gold: list[str], predicted: list[str], score: FieldScore) -> list[tuple[int, int]]:
    gold_words = [_words(text) for text in gold]
    predicted_words = [_words(text) for text in predicted]
    candidates = sorted(
        (
            (_overlap(g, p), gi, pi)
            for gi, g in enumerate(gold_words)
            for pi, p in enumerate(predicted_words)
            if g and p
        ),
        reverse=True,
    )
    taken_gold: set[int] = set()
    taken_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for similarity, gi, pi in candidates:
        if similarity < MATCH_THRESHOLD:
            break
        if gi not in taken_gold and pi not in taken_predicted:
            taken_gold.add(gi)
            taken_predicted.add(pi)
            pairs.append((gi, pi))
    score.labelled += len(gold)
    score.predicted += len(predicted)
    score.matched += len(pairs)
    score.misses.extend(f"{name}: {gold[i]}" for i in range(len(gold)) if i not in taken_gold)
    score.spurious.extend(f"{name}: {predicted[i]}" for i in range(len(predicted)) if i not in taken_predicted)
    return pairs


def _words(text: str) -> list[str]:
    text = html.unescape(_MARKUP.sub(lambda m: m.group(1) or " ", text))
    text = unicodedata.normalize("NFKC", text).casefold()
    return [word for word in _NOT_WORD.split(text) if word]


def _overlap(a: list[str], b: list[str]) -> float:
    """Word-multiset F1 between two token lists."""
    remaining: dict[str, int] = {}
    for word in b:
        remaining[word] = remaining.get(word, 0) + 1
    common = 0
    for word in a:
        if remaining.get(word, 0) > 0:
            remaining[word] -= 1
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)

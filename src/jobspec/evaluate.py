"""Measure extraction against labelled postings: precision, recall, F1.

A labelled corpus is a folder in one of two layouts:

* ``NAME.md`` beside ``NAME.expected.json`` holding
  ``{"responsibilities": [text, ...], "qualifications": [{"text": ..., "required": bool}, ...]}``
  (the layout of ``tests/corpus``);
* ``docs/ID.md`` with one ``gold.json`` listing, per ``id``, character spans
  ``[start, end)`` of its ``responsibilities`` and ``qualifications`` and the
  ``preferred`` subset of the latter.

Occupations, when labelled, are scored too: an ``occupation`` object in
``NAME.expected.json``, or an ``occupations.json`` beside ``gold.json`` mapping
each ``id`` to one. Either holds ``isco`` (the ISCO-08 unit group), optionally
``esco`` (the ESCO occupation URI) and ``alternatives``: other ESCO URIs or
ISCO groups that would also be right.

A predicted item matches a labelled one when their words overlap with an F1
of at least 0.7 (so "Python 3+ years" still matches "3+ years of Python"
after markup is stripped); each item matches at most once, best pairs first.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import JobspecError
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse

__all__ = [
    "EvaluationReport",
    "FieldScore",
    "LabelledPosting",
    "OccupationLabel",
    "OccupationScore",
    "evaluate",
    "evaluate_postings",
    "load_corpus",
    "match_texts",
]

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
    # working conditions (issue 15): scored only in postings whose labels have the key
    "seniority",
    "hours",
    "travel",
    "work_authorization",
    "security_clearance",
    "contacts",
    "openings",
    "benefit_categories",
)


@dataclass(frozen=True)
class OccupationLabel:
    """The occupation a person coded a posting to, and the others that would also be right."""

    isco: str
    esco: str | None = None
    alternatives: tuple[str, ...] = ()
    """ESCO occupation URIs or ISCO unit groups."""

    @classmethod
    def from_json(cls, data: Any) -> OccupationLabel | None:
        """The label in an ``occupation`` object (None when there is none)."""
        if not isinstance(data, dict) or not data.get("isco"):
            return None
        alternatives = tuple(str(a) for a in data.get("alternatives") or ())
        return cls(str(data["isco"]), str(data["esco"]) if data.get("esco") else None, alternatives)


@dataclass(frozen=True)
class LabelledPosting:
    """One posting with the items (and, optionally, facts, skills and occupation) a person labelled in it."""

    name: str
    path: Path
    responsibilities: list[str] | None
    """None when only facts were labelled (the file has no ``responsibilities`` key): items are not scored."""
    qualifications: list[tuple[str, bool]]
    facts: dict[str, Any] | None = None
    skills: list[str] | None = None
    occupation: OccupationLabel | None = None
    group: str | None = None
    """Where the posting comes from (its site), for scores by group."""


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


SCORE_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class OccupationScore:
    """Occupation coding against labelled postings: one row per posting, and the accuracies from them.

    A posting is right at ISCO 4 digits when the coded group is the labelled
    one or an alternative's; at 2 and 1 digits when its sub-major or major
    group is that of the labelled group or of an alternative (``strict``: of
    the labelled group only). A posting coded to nothing is wrong.
    """

    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, name: str, label: OccupationLabel, posting: JobPosting) -> None:
        """Score one posting's coding against its label."""
        found = posting.occupation
        groups = {label.isco} | {alt for alt in label.alternatives if alt.isdigit()}
        groups |= {group for alt in label.alternatives if (group := _esco_group(alt))}
        coded = found.isco_code if found else None
        self.rows.append(
            {
                "name": name,
                "labelled": label.isco,
                "coded": coded,
                "esco": found.esco_uri if found else None,
                "label": found.esco_label if found else None,
                "score": found.score if found else 0.0,
                "esco_exact": bool(found and label.esco and found.esco_uri == label.esco),
                "esco_any": bool(found and found.esco_uri in {label.esco, *label.alternatives}),
                "has_esco": label.esco is not None,
                "isco4_exact": coded == label.isco,
                "isco4": coded in groups,
                "isco2_strict": bool(coded) and coded[:2] == label.isco[:2],  # type: ignore[index]
                "isco2": bool(coded) and coded[:2] in {g[:2] for g in groups},  # type: ignore[index]
                "isco1": bool(coded) and coded[:1] in {g[:1] for g in groups},  # type: ignore[index]
            }
        )

    def accuracy(self, key: str, rows: list[dict[str, Any]] | None = None) -> float | None:
        """Share of postings that are right by ``key`` (``isco4``, ``isco2``, ``esco_any`` …)."""
        chosen = self.rows if rows is None else rows
        if key.startswith("esco"):
            chosen = [row for row in chosen if row["has_esco"]]
        return sum(bool(row[key]) for row in chosen) / len(chosen) if chosen else None

    def at_thresholds(self) -> list[tuple[float, int, float | None]]:
        """(threshold, postings scoring at least it, their ISCO 4-digit accuracy with alternatives)."""
        out = []
        for threshold in SCORE_THRESHOLDS:
            kept = [row for row in self.rows if row["coded"] and row["score"] >= threshold]
            out.append((threshold, len(kept), self.accuracy("isco4", kept)))
        return out

    @property
    def misses(self) -> list[str]:
        """Postings coded to a wrong group, or to none."""
        return [
            f"{row['name']}: labelled {row['labelled']}, coded {row['coded'] or 'nothing'}"
            + (f" ({row['label']}, score {row['score']:.2f})" if row["coded"] else "")
            for row in self.rows
            if not row["isco4"]
        ]

    def summary(self) -> list[str]:
        """The figures as lines of text."""
        if not self.rows:
            return []

        def show(value: float | None) -> str:
            return "n/a" if value is None else f"{value:.3f}"

        coded = sum(1 for row in self.rows if row["coded"])
        head = f"occupation        {len(self.rows)} labelled, {coded} coded"
        lines = [
            f"{head}; ISCO 4-digit {show(self.accuracy('isco4_exact'))}"
            f" ({show(self.accuracy('isco4'))} with alternatives), 2-digit {show(self.accuracy('isco2_strict'))}"
            f" ({show(self.accuracy('isco2'))}), 1-digit {show(self.accuracy('isco1'))}; ESCO occupation"
            f" {show(self.accuracy('esco_exact'))} ({show(self.accuracy('esco_any'))} with alternatives)",
        ]
        lines.extend(
            f"occupation score >= {threshold:.1f}: {count} postings, ISCO 4-digit {show(accuracy)}"
            for threshold, count, accuracy in self.at_thresholds()
        )
        return lines

    def to_dict(self) -> dict[str, Any] | None:
        """The figures as JSON-safe data (None when no posting has an occupation label)."""
        if not self.rows:
            return None
        keys = ("isco4_exact", "isco4", "isco2_strict", "isco2", "isco1", "esco_exact", "esco_any")
        accuracies = {key: self.accuracy(key) for key in keys}
        return {
            "labelled": len(self.rows),
            "coded": sum(1 for row in self.rows if row["coded"]),
            **{key: None if value is None else round(value, 4) for key, value in accuracies.items()},
            "thresholds": [
                {"score": threshold, "postings": count, "isco4": None if accuracy is None else round(accuracy, 4)}
                for threshold, count, accuracy in self.at_thresholds()
            ],
        }


def _esco_group(uri: str) -> str | None:
    """The ISCO group of an ESCO occupation URI, from the shipped classification (None when unknown)."""
    if not uri.startswith("http"):
        return None
    from .occupations import default_classification

    return default_classification().group_of(uri)


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
    fact_names: set[str] = field(default_factory=set)
    """The facts some posting's labels have a key for: the ones scored."""
    items_labelled: bool = False
    skills_labelled: bool = False
    occupations: OccupationScore = field(default_factory=OccupationScore)

    @property
    def required_accuracy(self) -> float | None:
        """Share of matched qualifications whose required/preferred flag is right."""
        return self.flag_correct / self.flag_total if self.flag_total else None

    def summary(self) -> str:
        """The figures as a few lines of text."""
        lines = []
        for name, score in self.fields.items() if self.items_labelled or not self.labelled_facts else ():
            lines.append(
                f"{name:17s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}"
                f"  (labelled {score.labelled}, predicted {score.predicted})"
            )
        accuracy = self.required_accuracy
        if self.items_labelled or not self.labelled_facts:
            lines.append(
                "required/preferred accuracy on matched qualifications: "
                + ("n/a" if accuracy is None else f"{accuracy:.3f}")
            )
        if self.labelled_facts:
            for name, score in self.scored_facts().items():
                lines.append(
                    f"fact {name:22s} P {score.precision:.3f}  R {score.recall:.3f}"
                    f"  (labelled {score.labelled}, found {score.predicted}, right {score.matched})"
                )
            sk = self.skills
            if self.skills_labelled:
                lines.append(
                    f"skills            P {sk.precision:.3f}  R {sk.recall:.3f}  F1 {sk.f1:.3f}"
                    f"  (labelled {sk.labelled}, predicted {sk.predicted})"
                )
        lines.extend(self.occupations.summary())
        lines.append(f"{self.postings} postings, {len(self.failures)} failed")
        return "\n".join(lines)

    def scored_facts(self) -> dict[str, FieldScore]:
        """The scores of the facts that some posting was labelled with, in the order of FACTS."""
        return {name: score for name, score in self.facts.items() if name in self.fact_names}

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
                for name, s in self.scored_facts().items()
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
            "occupation": self.occupations.to_dict(),
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
    duties = data.get("responsibilities")
    return LabelledPosting(
        name,
        expected.with_name(name + ".md"),
        None if duties is None else list(duties),
        quals,
        facts=data.get("facts"),
        skills=data.get("skills"),
        occupation=OccupationLabel.from_json(data.get("occupation")),
    )


def _span_layout(root: Path) -> Iterator[LabelledPosting]:
    occupations_file = root / "occupations.json"
    occupations = json.loads(occupations_file.read_text(encoding="utf-8")) if occupations_file.is_file() else {}
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
            occupation=OccupationLabel.from_json(occupations.get(record["id"])),
            group=record.get("repo"),
        )


def evaluate(folder: str | Path, options: ParseOptions | None = None) -> EvaluationReport:
    """Parse every labelled posting in ``folder`` and score the result."""
    return evaluate_postings(load_corpus(folder), options)


def evaluate_postings(postings: Iterable[LabelledPosting], options: ParseOptions | None = None) -> EvaluationReport:
    """Parse each labelled posting and score the result."""
    report = EvaluationReport()
    for labelled in postings:
        report.postings += 1
        try:
            posting = parse(labelled.path.read_bytes(), path=labelled.path, options=options)
        except (OSError, JobspecError) as exc:
            report.failures.append(f"{labelled.name}: {exc}")
            continue
        _score(labelled, posting, report)
    return report


def _score(labelled: LabelledPosting, posting: JobPosting, report: EvaluationReport) -> None:
    if labelled.responsibilities is not None:
        _score_items(labelled, labelled.responsibilities, posting, report)
    if labelled.facts is not None:
        report.labelled_facts += 1
        _score_facts(labelled.facts, posting, report)
    if labelled.skills is not None:
        _score_skills(labelled.name, set(labelled.skills), {s.id for s in posting.skills}, report.skills)
        report.skills_labelled = True
    if labelled.occupation is not None:
        report.occupations.add(labelled.name, labelled.occupation, posting)


def _score_items(
    labelled: LabelledPosting, responsibilities: list[str], posting: JobPosting, report: EvaluationReport
) -> None:
    report.items_labelled = True
    duties = report.fields["responsibilities"]
    _match_field(labelled.name, responsibilities, [r.text for r in posting.responsibilities], duties)
    quals = report.fields["qualifications"]
    gold_texts = [text for text, _ in labelled.qualifications]
    pairs = _match_field(labelled.name, gold_texts, [q.text for q in posting.qualifications], quals)
    for gold_index, predicted_index in pairs:
        report.flag_total += 1
        report.flag_correct += (
            labelled.qualifications[gold_index][1] == posting.qualifications[predicted_index].required
        )


def _score_facts(gold: dict[str, Any], posting: JobPosting, report: EvaluationReport) -> None:
    for name, score in report.facts.items():
        if name not in gold:
            continue
        report.fact_names.add(name)
        expected, found = gold.get(name), _fact_value(posting, name)
        score.labelled += expected is not None
        score.predicted += found is not None
        if expected is not None and found is not None and _same_fact(expected, found):
            score.matched += 1
        elif expected is not None or found is not None:
            score.misses.append(f"{posting.source.path}: {name}: labelled {expected!r}, found {found!r}")


def _fact_value(posting: JobPosting, name: str) -> Any:
    if name in _CONDITION_VALUES:
        return _CONDITION_VALUES[name](posting)
    value = getattr(posting, name)
    if value is None:
        return None
    if name == "salary":
        return {"min": value.min, "max": value.max, "currency": value.currency, "period": value.period}
    if name in ("date_posted", "valid_through"):
        return value.isoformat()
    return getattr(value, "value", value)


def _same_fact(expected: Any, found: Any) -> bool:
    """Equal; a labelled mapping compares only the keys it has, a list compares as a set."""
    if isinstance(expected, dict) and isinstance(found, dict):
        return all(_same_fact(value, found.get(key)) for key, value in expected.items())
    if isinstance(expected, list) and isinstance(found, list):
        return sorted(map(str, expected)) == sorted(map(str, found))
    if isinstance(expected, bool) or isinstance(found, bool):
        return expected is found
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)):
        return abs(float(expected) - float(found)) < 1e-6
    return bool(expected == found)


# --- working conditions (issue 15): the labelled form of each ---


def _hours_value(posting: JobPosting) -> dict[str, Any] | None:
    hours = posting.hours
    if hours is None:
        return None
    return {"per_week_min": hours.per_week_min, "per_week_max": hours.per_week_max, "shifts": list(hours.shifts)}


def _travel_value(posting: JobPosting) -> dict[str, Any] | None:
    travel = posting.travel
    return None if travel is None else {"required": travel.required, "percent_max": travel.percent_max}


def _authorization_value(posting: JobPosting) -> dict[str, Any] | None:
    found = posting.work_authorization
    if found is None:
        return None
    return {
        "sponsorship": found.sponsorship,
        "citizenship_required": found.citizenship_required,
        "right_to_work": found.right_to_work,
    }


def _clearance_value(posting: JobPosting) -> dict[str, Any] | None:
    found = posting.security_clearance
    return None if found is None else {"level": found.normalised or found.level, "required": found.required}


def _contacts_value(posting: JobPosting) -> list[str] | None:
    """Each contact's e-mail address, else its phone number (E.164 when validated)."""
    found = [c.email or c.phone_e164 or c.phone or "" for c in posting.contacts]
    return sorted(found) or None


def _benefit_categories_value(posting: JobPosting) -> list[str] | None:
    return sorted({benefit.category for benefit in posting.benefits}) or None


_CONDITION_VALUES = {
    "seniority": lambda posting: posting.seniority,
    "hours": _hours_value,
    "travel": _travel_value,
    "work_authorization": _authorization_value,
    "security_clearance": _clearance_value,
    "contacts": _contacts_value,
    "openings": lambda posting: posting.openings,
    "benefit_categories": _benefit_categories_value,
}


def _score_skills(name: str, gold: set[str], predicted: set[str], score: FieldScore) -> None:
    score.labelled += len(gold)
    score.predicted += len(predicted)
    score.matched += len(gold & predicted)
    score.misses.extend(f"{name}: {skill}" for skill in sorted(gold - predicted))
    score.spurious.extend(f"{name}: {skill}" for skill in sorted(predicted - gold))


def _match_field(name: str, gold: list[str], predicted: list[str], score: FieldScore) -> list[tuple[int, int]]:
    pairs = match_texts(gold, predicted)
    taken_gold = {gi for gi, _ in pairs}
    taken_predicted = {pi for _, pi in pairs}
    score.labelled += len(gold)
    score.predicted += len(predicted)
    score.matched += len(pairs)
    score.misses.extend(f"{name}: {gold[i]}" for i in range(len(gold)) if i not in taken_gold)
    score.spurious.extend(f"{name}: {predicted[i]}" for i in range(len(predicted)) if i not in taken_predicted)
    return pairs


def match_texts(gold: list[str], predicted: list[str]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of texts that match, each text at most once, best pairs first."""
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

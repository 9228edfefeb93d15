"""Fit the curve that turns occupation evidence into a probability, on labelled postings.

Run from the repository::

    python scripts/fit_occupation_score.py [CORPUS ...] [--check CORPUS ...] [--cross-validate] [--write]

Each ``CORPUS`` is a folder ``jobspec eval`` reads with occupation labels
(default: ``tests/corpus``, the project's own postings, coded by hand). Every
labelled posting is parsed and coded, and a logistic curve is fitted to
whether its ISCO unit group is right (the labelled group or an acceptable
alternative) from two numbers the coder gives: the best candidate's evidence
and its lead over the best candidate of another group.

It prints, for all the corpora and for each, how postings at each score are
right with the fitted curve (in sample). ``--cross-validate`` also fits once
per group of postings left out (a ``gold.json`` corpus's ``repo``, i.e. its
site; each posting of a ``NAME.expected.json`` corpus is its own group) and
scores each group with the curve fitted without it: the figures that say
how the curve does on postings it has not seen. ``--check`` prints the same
for corpora not fitted on; ``--write`` stores the curve in
``src/jobspec/data/occupation_score.json``, where jobspec reads it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jobspec import ParseOptions, parse  # noqa: E402
from jobspec.evaluate import load_corpus  # noqa: E402
from jobspec.occupations import default_classification, posting_inputs  # noqa: E402

OUTPUT = ROOT / "src" / "jobspec" / "data" / "occupation_score.json"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
Row = tuple[str, float, float, bool, str]
"""(group, evidence, lead, right, corpus)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=[str(ROOT / "tests" / "corpus")], help="corpora to fit on")
    parser.add_argument("--check", nargs="*", default=[], help="corpora to score with the fitted curve")
    parser.add_argument("--cross-validate", action="store_true", help="leave each group of postings out in turn")
    parser.add_argument("--write", action="store_true", help=f"store the curve in {OUTPUT.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    rows = [row for corpus in args.corpora for row in features(Path(corpus))]
    curve = fit(rows)
    print(f"fitted on {len(rows)} postings ({sum(r[3] for r in rows)} right): intercept {curve[0]:.3f}, "
          f"evidence {curve[1]:.3f}, lead {curve[2]:.3f}")  # fmt: skip
    in_sample = [(probability(curve, r), r[3], r[4]) for r in rows]
    left_out = cross_validated(rows) if args.cross_validate else []
    for corpus in ["all", *args.corpora] if len(args.corpora) > 1 else args.corpora:
        report(f"{corpus}: in sample", [(p, y) for p, y, c in in_sample if corpus in ("all", c)])
        if left_out:
            report(f"{corpus}: left out by group", [(p, y) for p, y, c in left_out if corpus in ("all", c)])
    for corpus in args.check:
        checked = features(Path(corpus))
        report(f"check {corpus}: not fitted on", [(probability(curve, r), r[3]) for r in checked])
    if args.write:
        counts = {corpus: sum(1 for row in rows if row[4] == corpus) for corpus in args.corpora}
        data = {
            "intercept": round(curve[0], 4),
            "evidence": round(curve[1], 4),
            "lead": round(curve[2], 4),
            "fitted_on": {_shown(Path(corpus)): count for corpus, count in counts.items()},
        }
        OUTPUT.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


def _shown(corpus: Path) -> str:
    """A corpus's path as the repository sees it (relative to it, or to its parent for corpora beside it)."""
    resolved = corpus.resolve()
    for base in (ROOT, ROOT.parent):
        if resolved.is_relative_to(base):
            prefix = "" if base == ROOT else "../"
            return prefix + resolved.relative_to(base).as_posix()
    return resolved.as_posix()


def features(corpus: Path) -> list[Row]:
    """(group, evidence, lead, right) of every posting with an occupation label."""
    classification = default_classification()
    rows: list[Row] = []
    for labelled in load_corpus(corpus):
        label = labelled.occupation
        if label is None:
            continue
        posting = parse(labelled.path.read_bytes(), path=labelled.path, options=ParseOptions(occupations=False))
        inputs = posting_inputs(posting)
        ranked, _ = classification.rank(inputs.pop("title"), **inputs)
        groups = {label.isco, *(a for a in label.alternatives if a.isdigit())}
        groups |= {g for a in label.alternatives if (g := classification.group_of(a))}
        if not ranked:
            rows.append((labelled.group or labelled.name, 0.0, 0.0, False, str(corpus)))
            continue
        evidence, lead = classification.features(ranked)
        right = classification.occupations[ranked[0].occupation].group in groups
        rows.append((labelled.group or labelled.name, evidence, lead, right, str(corpus)))
    return rows


def fit(rows: Sequence[Row], ridge: float = 0.01) -> tuple[float, float, float]:
    """Logistic regression of rightness on (1, evidence, lead) by Newton's method, slightly ridged."""
    weights = [0.0, 0.0, 0.0]
    for _ in range(50):
        gradient = [0.0, 0.0, 0.0]
        hessian = [[0.0] * 3 for _ in range(3)]
        for _, evidence, lead, right, _ in rows:
            x = (1.0, evidence, lead)
            p = 1.0 / (1.0 + math.exp(-sum(w * v for w, v in zip(weights, x, strict=True))))
            for i in range(3):
                gradient[i] += (p - right) * x[i]
                for j in range(3):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, 3):
            gradient[i] += ridge * weights[i]
            hessian[i][i] += ridge
        step = solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return weights[0], weights[1], weights[2]


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination for a small linear system."""
    size = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(size)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(size):
            if r != col and rows[col][col]:
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    return [rows[i][size] / rows[i][i] if rows[i][i] else 0.0 for i in range(size)]


def probability(curve: tuple[float, float, float], row: Row) -> float:
    return 1.0 / (1.0 + math.exp(-(curve[0] + curve[1] * row[1] + curve[2] * row[2])))


def cross_validated(rows: Sequence[Row]) -> list[tuple[float, bool, str]]:
    """Each row scored by a curve fitted without its group: (score, right, corpus)."""
    out: list[tuple[float, bool, str]] = []
    for group in sorted({(row[4], row[0]) for row in rows}):
        curve = fit([row for row in rows if (row[4], row[0]) != group])
        out.extend((probability(curve, row), row[3], row[4]) for row in rows if (row[4], row[0]) == group)
    return out


def report(name: str, scored: Sequence[tuple[float, bool]]) -> None:
    right = sum(y for _, y in scored)
    brier = sum((p - y) ** 2 for p, y in scored) / len(scored)
    print(f"{name}: {len(scored)} postings, {right / len(scored):.3f} right, mean score "
          f"{sum(p for p, _ in scored) / len(scored):.3f}, Brier {brier:.3f}")  # fmt: skip
    for threshold in THRESHOLDS:
        kept = [y for p, y in scored if p >= threshold]
        share = sum(kept) / len(kept) if kept else float("nan")
        print(f"  score >= {threshold:.1f}: {len(kept):4d} postings, {share:.3f} right")


if __name__ == "__main__":
    sys.exit(main())

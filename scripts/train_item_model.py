"""Train the item model (``src/jobspec/data/item_model.json``) from labelled postings.

Every unit jobspec finds in a labelled posting (list entry, line, sentence,
field value) becomes a training example: a responsibility or a qualification
when it matches a labelled item (the scorer's rule: word F1 of at least 0.7,
one to one), none otherwise. The model is a multinomial logistic regression
over the features of :mod:`jobspec.meaning`, fitted by full-batch gradient
descent from zero weights: the same corpora give the same file.

Only features seen on at least ``--min-sites`` sites are kept: a word one
site uses is that site's template, not a general signal.

    python scripts/train_item_model.py                      # train and write the model
    python scripts/train_item_model.py --cross-validate     # and report leave-one-site-out scores

Corpora default to ``../shared/corpus/dev``, ``../shared/corpus/wild`` (when
present) and the project's own ``tests/corpus``. Needs numpy (``pip install
numpy``), which jobspec itself does not.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from jobspec.evaluate import EvaluationReport, LabelledPosting, evaluate_postings, load_corpus, match_texts
from jobspec.items import Unit
from jobspec.meaning import CLASSES, ItemModel, UnitFeatures, all_features, content_features
from jobspec.options import ParseOptions
from jobspec.pipeline import read_structure
from jobspec.vocabulary import DEFAULT_VOCABULARY

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT.parent / "shared" / "corpus" / "dev",
    ROOT.parent / "shared" / "corpus" / "wild",
    ROOT / "tests" / "corpus",
]
MODEL_PATH = ROOT / "src" / "jobspec" / "data" / "item_model.json"


@dataclass
class Labelled:
    """One posting's units, their features and their labels."""

    units: list[Unit]
    features: list[UnitFeatures]
    labels: list[int]
    site: str


@dataclass
class Example:
    features: list[str]
    label: int
    site: str


def labelled_units(posting: LabelledPosting, site: str) -> Labelled:
    """The units of one posting, each labelled by the item it matches (or none)."""
    structure = read_structure(posting.path.read_bytes(), path=str(posting.path))
    features = all_features(structure.units, structure.roots, DEFAULT_VOCABULARY)
    labels = [CLASSES.index("none")] * len(structure.units)
    gold = [(text, "responsibility") for text in posting.responsibilities]
    gold += [(text, "qualification") for text, _ in posting.qualifications]
    for gold_index, unit_index in match_texts([text for text, _ in gold], [u.text for u in structure.units]):
        labels[unit_index] = CLASSES.index(gold[gold_index][1])
    return Labelled(structure.units, features, labels, site)


def train(postings: Sequence[Labelled], settings: argparse.Namespace) -> ItemModel:
    """The content model on words alone, then the main model with its out-of-fold votes."""
    text_examples = [
        Example(f.text, label, p.site) for p in postings for f, label in zip(p.features, p.labels, strict=True)
    ]
    text_weights = fit(text_examples, **_fit_settings(settings))
    sites = sorted({p.site for p in postings})
    fold_of = {site: index % CONTENT_FOLDS for index, site in enumerate(sites)}
    held_out_models: dict[int, ItemModel] = {}
    for fold in range(CONTENT_FOLDS):
        kept = [e for e in text_examples if fold_of[e.site] != fold]
        # With fewer sites than folds some fold has nothing else to learn from: it votes in-sample.
        weights = fit(kept, **_fit_settings(settings)) if kept else text_weights
        held_out_models[fold] = ItemModel(weights={}, text_weights=weights)
    examples: list[Example] = []
    for posting in postings:
        judge = held_out_models[fold_of[posting.site]]
        votes = content_features(posting.units, [judge.text_scores(f.text) for f in posting.features])
        examples.extend(
            Example(f.full(v), label, posting.site)
            for f, v, label in zip(posting.features, votes, posting.labels, strict=True)
        )
    return ItemModel(
        weights=fit(examples, **_fit_settings(settings)),
        text_weights=text_weights,
        list_pull=settings.list_pull,
    )


CONTENT_FOLDS = 5
"""The content votes a unit is trained with come from a content model that did not see its site."""


def _fit_settings(settings: argparse.Namespace) -> dict[str, Any]:
    return {
        "l2": settings.l2,
        "iterations": settings.iterations,
        "min_sites": settings.min_sites,
        "l2_words": settings.l2_words,
    }


WORD_PREFIXES = ("w:", "p:", "f:", "f2:", "fs:", "hw:", "lw:")
"""Features of particular words: many, each seen on few sites, so they are held back harder than
the general signals (heading kinds, lexicon classes, cues, layout)."""


def fit(
    examples: Sequence[Example], *, l2: float, iterations: int, min_sites: int, l2_words: float | None = None
) -> dict[str, tuple[float, ...]]:
    """Weights of a multinomial logistic regression (Adam, full batch, zero start: deterministic)."""
    sites_of: dict[str, set[str]] = {}
    for example in examples:
        for name in example.features:
            sites_of.setdefault(name, set()).add(example.site)
    names = sorted(name for name, sites in sites_of.items() if len(sites) >= min_sites or name == "bias")
    index = {name: i for i, name in enumerate(names)}
    rows = [np.array([index[f] for f in e.features if f in index], dtype=np.int64) for e in examples]
    lengths = np.array([len(r) for r in rows])
    cols = np.concatenate(rows)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    row_of = np.repeat(np.arange(len(rows)), lengths)
    order = np.argsort(cols, kind="stable")
    unique_cols, col_starts = np.unique(cols[order], return_index=True)
    rows_sorted = row_of[order]
    classes = len(CLASSES)
    target = np.zeros((len(rows), classes))
    target[np.arange(len(rows)), [e.label for e in examples]] = 1
    penalty = np.array([[l2_words if l2_words is not None and n.startswith(WORD_PREFIXES) else l2] for n in names])
    weights = np.zeros((len(names), classes))
    first = np.zeros_like(weights)
    second = np.zeros_like(weights)
    n = len(rows)
    for step in range(1, iterations + 1):
        logits = np.add.reduceat(weights[cols], starts, axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        probabilities = np.exp(logits)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        residual = (probabilities - target) / n
        gradient = (penalty / n) * weights
        gradient[unique_cols] += np.add.reduceat(residual[rows_sorted], col_starts, axis=0)
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient * gradient
        weights -= 0.1 * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    # Only differences between classes matter: centre each feature's weights on zero.
    weights -= weights.mean(axis=1, keepdims=True)
    return {
        name: tuple(round(float(w), 4) for w in weights[i])
        for name, i in index.items()
        if np.abs(weights[i]).max() >= 5e-4
    }


def load_postings(corpora: Iterable[Path]) -> list[tuple[LabelledPosting, str]]:
    out = []
    for corpus in corpora:
        if not corpus.is_dir():
            print(f"skipping {corpus}: not found", file=sys.stderr)
            continue
        for posting in load_corpus(corpus):
            out.append((posting, posting.group or f"{corpus.name} (one site)"))
    return out


def report_line(name: str, report: EvaluationReport) -> str:
    resp, qual = report.fields["responsibilities"], report.fields["qualifications"]
    flag = report.required_accuracy
    return (
        f"{name:28s} responsibilities F1 {resp.f1:.3f} (P {resp.precision:.3f} R {resp.recall:.3f})  "
        f"qualifications F1 {qual.f1:.3f} (P {qual.precision:.3f} R {qual.recall:.3f})  "
        f"required/preferred {'n/a' if flag is None else f'{flag:.3f}'}  [{report.postings} postings]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model")
    parser.add_argument("--cross-validate", action="store_true", help="report leave-one-site-out scores")
    parser.add_argument("--no-write", action="store_true", help="do not write the model")
    parser.add_argument("--l2", type=float, default=3.0, help="L2 penalty of the general signals")
    parser.add_argument("--l2-words", type=float, default=3.0, help="L2 penalty of the features of particular words")
    parser.add_argument("--iterations", type=int, default=400)
    parser.add_argument("--min-sites", type=int, default=2)
    parser.add_argument("--list-pull", type=float, default=0.3)
    parser.add_argument("--by-site", action="store_true", help="with --cross-validate: a line per site")
    parser.add_argument(
        "--misses", type=Path, help="with --cross-validate: write each fold's missed and spurious items here"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    postings = load_postings(args.corpora)
    labelled = {posting.name: labelled_units(posting, site) for posting, site in postings}
    units = sum(len(p.units) for p in labelled.values())
    print(f"{len(postings)} postings, {units} units, {len({s for _, s in postings})} sites", file=sys.stderr)
    model = train(list(labelled.values()), args)
    corpus_of = {p.name: p.path.parent.parent.name if p.group else p.path.parent.name for p, _ in postings}
    print("in-sample (trained on every site):")
    for corpus in dict.fromkeys(corpus_of.values()):
        chosen = [p for p, _ in postings if corpus_of[p.name] == corpus]
        print("  " + report_line(corpus, evaluate_postings(chosen, ParseOptions(item_model=model))))
    if args.cross_validate:
        reports: list[tuple[LabelledPosting, EvaluationReport]] = []
        for site in sorted({s for _, s in postings}):
            fold = train([p for p in labelled.values() if p.site != site], args)
            for posting, s in postings:
                if s == site:
                    reports.append((posting, evaluate_postings([posting], ParseOptions(item_model=fold))))
        print("leave-one-site-out (each site scored by a model trained without it):")
        for corpus in dict.fromkeys(corpus_of.values()):
            merged = EvaluationReport()
            for posting, report in reports:
                if corpus_of[posting.name] == corpus:
                    _merge(merged, report)
            print("  " + report_line(corpus, merged))
        if args.by_site:
            site_of = {posting.name: site for posting, site in postings}
            for site in sorted(set(site_of.values())):
                merged = EvaluationReport()
                for posting, report in reports:
                    if site_of[posting.name] == site:
                        _merge(merged, report)
                print("    " + report_line(site[:28], merged))
        if args.misses:
            write_misses(args.misses, reports)
    if not args.no_write:
        args.out.write_text(
            json.dumps(model.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        size = args.out.stat().st_size // 1024
        print(
            f"wrote {args.out} ({size} KiB, {len(model.weights)} + {len(model.text_weights)} features)", file=sys.stderr
        )
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


def write_misses(path: Path, reports: list[tuple[LabelledPosting, EvaluationReport]]) -> None:
    """Each posting's missed and spurious items under the model trained without its site, one per line."""
    lines = []
    for posting, report in reports:
        for score in report.fields.values():
            lines += [f"miss     {posting.name} {line[:160]!r}" for line in score.misses]
            lines += [f"spurious {posting.name} {line[:160]!r}" for line in score.spurious]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _merge(into: EvaluationReport, report: EvaluationReport) -> None:
    into.postings += report.postings
    into.failures += report.failures
    into.flag_correct += report.flag_correct
    into.flag_total += report.flag_total
    for name, score in report.fields.items():
        target = into.fields[name]
        target.labelled += score.labelled
        target.predicted += score.predicted
        target.matched += score.matched


if __name__ == "__main__":
    sys.exit(main())

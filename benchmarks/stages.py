"""Milliseconds per posting of each stage of jobspec.parse, beside the floor, for each choice of fields.

Run from the repository::

    python benchmarks/stages.py [--n 600] [--rounds 3] [--corpus DIR ...] [--fields NAME,NAME ...]

With ``--corpus`` the postings are every ``*.md`` under each DIR (real
postings are longer and messier than the generated ones). Each ``--fields``
(repeatable; ``all`` for every field, the default) is a choice of
``ParseOptions(fields=...)``: the parse and each of its stages are timed for
it. The stages are timed inside ``jobspec.parse`` itself (each stage
function of ``jobspec.pipeline`` is wrapped with a clock), so what a choice
skips shows as 0.

Each stage is timed in CPU time of this process (``time.process_time``), so
that other work on a shared machine skews the figures less than wall time
would; the best of ``--rounds`` rounds is printed. The occupation index is
loaded (once per process) before anything is timed.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import frontmatter
import mistune

from corpus import source_postings, varied
from jobspec import dedup, pipeline
from jobspec.blocks import parse_blocks
from jobspec.classify import classify_sections
from jobspec.facts import body_lines
from jobspec.facts.benefits import benefit_categories, is_pay_or_hours
from jobspec.facts.conditions import collect_conditions
from jobspec.front_matter import split_front_matter
from jobspec.items import find_units
from jobspec.load import load
from jobspec.meaning import decide_items, default_item_model
from jobspec.models import JobPosting
from jobspec.occupations import default_classification
from jobspec.options import FIELDS, ParseOptions
from jobspec.pipeline import warm_up
from jobspec.sections import build_sections

T = TypeVar("T")
# (stage, the module whose global is wrapped, the function's name there)
STAGES: tuple[tuple[str, Any, str], ...] = (
    ("load", pipeline, "load"),
    ("front matter", pipeline, "split_front_matter"),
    ("blocks", pipeline, "parse_blocks"),
    ("sections", pipeline, "build_sections"),
    ("classify", pipeline, "classify_sections"),
    ("units", pipeline, "find_units"),
    ("meaning", pipeline, "decide_items"),
    ("facts", pipeline, "collect_facts"),
    ("assemble", pipeline, "assemble"),
    ("occupation", pipeline, "code_posting"),
    ("fingerprint", dedup, "fingerprint"),
)
CHOICES = {
    "all": None,
    "items": frozenset({"responsibilities", "qualifications"}),
    "items+salary": frozenset({"responsibilities", "qualifications", "salary"}),
}


def main() -> None:
    """Time every stage over the postings, for each choice of fields, and print milliseconds per posting."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=600, help="generated postings (default 600)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best is printed (default 3)")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="time real postings: every *.md under DIR (repeatable)"
    )
    parser.add_argument(
        "--fields",
        action="append",
        help="a choice of fields: NAME,NAME, 'all', 'items' or 'items+salary' (repeatable; default: all)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    default_classification()  # the occupation index, loaded on first use (once per process)
    loaded = time.perf_counter() - started
    texts = corpus_texts(args.corpus, args.n)
    one, five, _ = os.getloadavg()
    print(
        f"occupation index loaded in {loaded:.3f} s (wall time, once per process); load average {one:.2f}, {five:.2f}"
    )
    print(f"{len(texts):,} postings; ms per posting, best of {args.rounds} rounds (CPU time)")
    floor = floor_time(texts, args.rounds)
    print(f"  floor (frontmatter.loads + mistune AST) {floor:7.3f}")
    for label in args.fields or ["all"]:
        print_choice(label, texts, floor, args.rounds)
    rounds = [_condition_times(texts) for _ in range(args.rounds)]
    conditions, categories = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print("  of a full parse, the working conditions (issue 15):")
    print(f"    {'facts.conditions (in facts)':<38}{conditions / len(texts) * 1000:7.3f}")
    print(f"    {'benefit categories, pay/hours (assemble)':<38}{categories / len(texts) * 1000:7.3f}")
    postings = [pipeline.parse(text) for text in texts]
    as_json = [posting.model_dump_json() for posting in postings]
    as_data = [posting.model_dump() for posting in postings]
    rebuild = _best(args.rounds, lambda: _time_each(as_json, JobPosting.model_validate_json))
    validate = _best(args.rounds, lambda: _time_each(as_data, JobPosting.model_validate))
    print("  beside the parse")
    print(f"    {'a JobPosting from its JSON (Result.posting)':<38}{rebuild:7.3f}")
    print(f"    {'JobPosting.model_validate of its data':<38}{validate:7.3f}")


def corpus_texts(folders: Sequence[Path] | None, count: int) -> list[str]:
    """Every posting under ``folders``, else ``count`` generated ones."""
    if folders:
        return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.rglob("*.md"))]
    rng = random.Random(7)
    sources = source_postings()
    return [varied(sources[index % len(sources)], rng) for index in range(count)]


def choice(label: str) -> frozenset[str] | None:
    """The fields of a ``--fields`` choice: a name of :data:`CHOICES` or names separated by commas."""
    if label in CHOICES:
        return CHOICES[label]
    names = frozenset(name.strip() for name in label.split(",") if name.strip())
    unknown = sorted(names - set(FIELDS))
    if unknown:
        raise SystemExit(f"unknown field(s): {', '.join(unknown)}")
    return names


def floor_time(texts: list[str], rounds: int) -> float:
    """Milliseconds per posting of the floor: ``frontmatter.loads`` and mistune's AST, nothing else."""
    markdown = mistune.create_markdown(renderer=None)
    return _best(rounds, lambda: _time_each(texts, lambda text: markdown(frontmatter.loads(text).content)))


def print_choice(label: str, texts: list[str], floor: float, rounds: int) -> None:
    """The parse's time with one choice of fields, its ratio to the floor, and each stage's time."""
    options = ParseOptions(fields=choice(label))
    warm_up(options)
    whole = _best(rounds, lambda: _time_each(texts, lambda text: pipeline.parse(text, options=options)))
    by_stage = [min(values) for values in zip(*(stage_times(texts, options) for _ in range(rounds)), strict=True)]
    print(f"  jobspec.parse, fields={label:<17}{whole:7.3f}   ratio to the floor {floor / whole:.3f}")
    for (name, _, _), milliseconds in zip(STAGES, by_stage, strict=True):
        print(f"    {name:<38}{milliseconds:7.3f}")


def stage_times(texts: list[str], options: ParseOptions) -> list[float]:
    """Milliseconds per posting spent in each stage of :data:`STAGES` while ``jobspec.parse`` runs."""
    totals = [0.0] * len(STAGES)
    with _clocked(totals):
        for text in texts:
            pipeline.parse(text, options=options)
    return [seconds / len(texts) * 1000 for seconds in totals]


@contextmanager
def _clocked(totals: list[float]) -> Iterator[None]:
    """Wrap each stage function with a clock that adds its CPU time to ``totals``; unwrap after."""
    originals = [getattr(module, name) for _, module, name in STAGES]

    def clocked(index: int, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[index] += time.process_time() - started

        return timed

    for index, ((_, module, name), original) in enumerate(zip(STAGES, originals, strict=True)):
        setattr(module, name, clocked(index, original))
    try:
        yield
    finally:
        for (_, module, name), original in zip(STAGES, originals, strict=True):
            setattr(module, name, original)


def _condition_times(texts: list[str]) -> tuple[float, float]:
    """Seconds spent finding the working conditions, and categorising the benefits, over all ``texts``."""
    options = ParseOptions()
    model = default_item_model()
    conditions = categories = 0.0
    for text in texts:
        split = split_front_matter(load(text, options).text, options)
        roots = build_sections(parse_blocks(split.body, split.body_line), options.vocabulary, split.body_line)
        classify_sections(roots, options.vocabulary)
        items = decide_items(find_units(roots, options.vocabulary), roots, options.vocabulary, model)
        lines = body_lines(split.body, split.body_line)
        benefits = [item.text for node_items in items.values() for item in node_items if item.kind == "benefit"]
        started = time.process_time()
        collect_conditions(split.metadata, lines, title=None, country=None, apply_url=None)
        middle = time.process_time()
        kept = [text for text in benefits if not is_pay_or_hours(text)]
        benefit_categories(kept, options.vocabulary)
        ended = time.process_time()
        conditions += middle - started
        categories += ended - middle
    return conditions, categories


def _best(rounds: int, measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(rounds))


def _time_each(texts: Sequence[T], function: Callable[[T], object]) -> float:
    """Milliseconds per text of ``function``, after one warm-up call."""
    function(texts[0])
    started = time.process_time()
    for text in texts:
        function(text)
    return (time.process_time() - started) / len(texts) * 1000


if __name__ == "__main__":
    main()

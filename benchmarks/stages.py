"""Milliseconds per posting of each stage of jobspec.parse, beside the floor, over a generated corpus.

The occupation stage (``jobspec.occupations.code_posting``) is timed after the
others; the time its index takes to load is printed first.

Run from the repository::

    python benchmarks/stages.py [--n 600] [--rounds 3] [--corpus DIR ...]

With ``--corpus`` the postings are every ``*.md`` under each DIR (real
postings are longer and messier than the generated ones).

Each stage is timed in CPU time of this process (``time.process_time``), so
that other work on a shared machine skews the figures less than wall time
would; the best of ``--rounds`` rounds is printed.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TypeVar

import frontmatter
import mistune

from corpus import source_postings, varied
from jobspec import pipeline
from jobspec.assemble import assemble
from jobspec.blocks import parse_blocks
from jobspec.classify import classify_sections
from jobspec.facts import body_lines, collect_facts
from jobspec.facts.benefits import benefit_categories, is_pay_or_hours
from jobspec.facts.conditions import collect_conditions
from jobspec.facts.skills import default_taxonomy
from jobspec.front_matter import json_safe, split_front_matter
from jobspec.items import find_units
from jobspec.load import load
from jobspec.meaning import decide_items, default_item_model
from jobspec.models import JobPosting, Source
from jobspec.occupations import code_posting, default_classification
from jobspec.options import ParseOptions
from jobspec.sections import build_sections

T = TypeVar("T")
STAGES = (
    "load",
    "front matter",
    "blocks",
    "sections",
    "classify",
    "units",
    "meaning",
    "facts",
    "assemble",
    "occupation",
)


def main() -> None:
    """Time every stage over ``--n`` generated postings and print milliseconds per posting."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=600, help="postings (default 600)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best is printed (default 3)")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="time real postings: every *.md under DIR (repeatable)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    default_classification()  # the occupation index, loaded on first use (once per process)
    loaded = time.perf_counter() - started
    if args.corpus:
        texts = [p.read_text(encoding="utf-8") for d in args.corpus for p in sorted(d.rglob("*.md"))]
    else:
        rng = random.Random(7)
        sources = source_postings()
        texts = [varied(sources[index % len(sources)], rng) for index in range(args.n)]
    markdown = mistune.create_markdown(renderer=None)
    floor = _best(args.rounds, lambda: _time_each(texts, lambda text: markdown(frontmatter.loads(text).content)))
    whole = _best(args.rounds, lambda: _time_each(texts, pipeline.parse))
    by_stage = [min(values) for values in zip(*(_stage_times(texts) for _ in range(args.rounds)), strict=True)]
    print(f"occupation index loaded in {loaded:.3f} s (wall time, once per process)")
    print(f"{len(texts):,} postings; ms per posting, best of {args.rounds} rounds (CPU time)")
    print(f"  floor (frontmatter.loads + mistune AST) {floor:7.3f}")
    print(f"  jobspec.parse                           {whole:7.3f}   ratio to the floor {floor / whole:.3f}")
    for name, seconds in zip(STAGES, by_stage, strict=True):
        print(f"    {name:<38}{seconds / len(texts) * 1000:7.3f}")
    rounds = [_condition_times(texts) for _ in range(args.rounds)]
    conditions, categories = min(r[0] for r in rounds), min(r[1] for r in rounds)
    print("  included above, the working conditions (issue 15):")
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


def _stage_times(texts: list[str]) -> list[float]:
    """Seconds spent in each stage over all ``texts``, in the order of :data:`STAGES`."""
    options = ParseOptions()
    taxonomy = default_taxonomy()
    model = default_item_model()
    classification = default_classification()
    totals = [0.0] * len(STAGES)
    for text in texts:
        marks = [time.process_time()]
        loaded = load(text, options)
        marks.append(time.process_time())
        split = split_front_matter(loaded.text, options)
        marks.append(time.process_time())
        blocks = parse_blocks(split.body, split.body_line)
        marks.append(time.process_time())
        roots = build_sections(blocks, options.vocabulary, split.body_line)
        marks.append(time.process_time())
        classify_sections(roots, options.vocabulary)
        marks.append(time.process_time())
        units = find_units(roots, options.vocabulary)
        marks.append(time.process_time())
        items = decide_items(units, roots, options.vocabulary, model)
        marks.append(time.process_time())
        facts = collect_facts(split.metadata, roots, split.body, split.body_line)
        marks.append(time.process_time())
        source = Source(path=None, encoding=loaded.encoding, sha256=loaded.sha256, body_line=split.body_line)
        posting = assemble(
            roots=roots,
            items=items,
            facts=facts,
            taxonomy=taxonomy,
            front_matter=json_safe(split.metadata),
            body=split.body,
            diagnostics=[],
            source=source,
        )
        marks.append(time.process_time())
        posting.model_copy(update={"occupation": code_posting(classification, posting)})
        marks.append(time.process_time())
        for index, (start, end) in enumerate(pairwise(marks)):
            totals[index] += end - start
    return totals


if __name__ == "__main__":
    main()

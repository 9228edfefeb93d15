"""Milliseconds per posting of the occupation stage alone, on postings seen for the first time and again.

Run from the repository::

    python benchmarks/occupation.py [--rounds 5] [--repeats 5] [--corpus DIR ...]

:mod:`stages` times the stage inside full parses of the same postings round
after round, and :mod:`cold` times the parse and its item stage on new postings
but not this stage. Here the postings (the corpora's, as in :mod:`cold`) are
parsed once per round without their occupation, each body changed as
:func:`cold.perturbed` changes it (two neighbouring words swapped in each line,
headings too), and :func:`jobspec.occupations.code_posting` is timed over
them: first the first time it sees them (``first``), then the best of
``--repeats`` passes over the same postings (``again``: every memory of the
coder warm for them). A first pass over the postings as they are loads the
index, builds the table of labels by their ends and fills the memories a long
run keeps (titles of the front matter, skill names), and is not counted.

Each round prints CPU milliseconds per posting (``time.process_time``); the
last lines give their medians and the load average before and after (the
machine may be shared: compare trees alternately, several times).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Sequence
from pathlib import Path

from cold import corpus_texts, perturbed

from jobspec import pipeline
from jobspec.models import JobPosting
from jobspec.occupations import code_posting, default_classification
from jobspec.options import ParseOptions

_WITHOUT_OCCUPATION = ParseOptions(occupations=False)


def main() -> None:
    """Time the occupation stage on new postings each round, then on the same postings again."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds of new postings (default 5)")
    parser.add_argument("--repeats", type=int, default=5, help="passes over a round's postings, best kept (default 5)")
    parser.add_argument("--corpus", type=Path, action="append", help="every *.md under DIR (repeatable)")
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    default_classification().prepare()
    coding_time(parsed(texts))  # what a long run pays once
    one, five, _ = os.getloadavg()
    print(f"{len(texts)} postings a round; load average {one:.2f}, {five:.2f}")
    print(f"{'round':<7}{'first':>8}{'again':>8}   (CPU ms per posting)")
    rows = []
    fresh = texts
    for number in range(1, args.rounds + 1):
        fresh = [perturbed(text, random.Random(number * 100_003 + index)) for index, text in enumerate(fresh)]
        postings = parsed(fresh)
        first = coding_time(postings)
        again = min(coding_time(postings) for _ in range(args.repeats))
        rows.append((first, again))
        print(f"{number:<7}{first:8.3f}{again:8.3f}")
    first, again = (statistics.median(column) for column in zip(*rows, strict=True))
    print(f"{'median':<7}{first:8.3f}{again:8.3f}")
    one, five, _ = os.getloadavg()
    print(f"load average {one:.2f}, {five:.2f}")


def parsed(texts: Sequence[str]) -> list[JobPosting]:
    """The postings parsed without their occupation (the stage is timed apart)."""
    return [pipeline.parse(text, options=_WITHOUT_OCCUPATION) for text in texts]


def coding_time(postings: Sequence[JobPosting]) -> float:
    """CPU milliseconds per posting of coding each posting's occupation with the shipped classification."""
    classification = default_classification()
    started = time.process_time()
    for posting in postings:
        code_posting(classification, posting)
    return (time.process_time() - started) / len(postings) * 1000


if __name__ == "__main__":
    main()

"""Where jobspec.parse spends its time: cProfile over a generated corpus, top 25 by cumulative time.

Run from the repository::

    python benchmarks/profile.py [--n 500] [--sort cumulative|tottime] [--top 25]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's `profile`, which cProfile imports:
# take this folder off the path until cProfile has found the real one.
HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [entry for entry in sys.path if str(Path(entry or ".").resolve()) != HERE]
import cProfile  # noqa: E402
import pstats  # noqa: E402

sys.path.insert(0, HERE)

import argparse  # noqa: E402
import random  # noqa: E402

import jobspec  # noqa: E402
from corpus import source_postings, varied  # noqa: E402


def main() -> None:
    """Profile ``jobspec.parse`` over ``--n`` generated postings and print the top functions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=500, help="postings to parse (default 500)")
    parser.add_argument("--sort", choices=("cumulative", "tottime"), default="cumulative")
    parser.add_argument("--top", type=int, default=25, help="functions to print (default 25)")
    args = parser.parse_args()
    rng = random.Random(7)
    sources = source_postings()
    texts = [varied(sources[index % len(sources)], rng) for index in range(args.n)]
    jobspec.parse(texts[0])  # loads the vocabulary and taxonomy, which a long run pays once
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        jobspec.parse(text)
    profiler.disable()
    pstats.Stats(profiler).strip_dirs().sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()

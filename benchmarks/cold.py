"""Milliseconds per posting of jobspec.parse and of its item stage on postings it has never seen, beside the floor.

Run from the repository::

    python benchmarks/cold.py [--rounds 4] [--corpus DIR ...]

:mod:`stages` takes the best of rounds over the same postings, so from the
second round on every memory of the item stage is warm: the cues of each
line, the sums of each layout and heading. A posting seen for the first time
pays for them. Here each round parses new postings: every posting of the
corpora (``../shared/corpus/dev`` and ``../shared/corpus/wild`` by default,
else the repository's own) with two neighbouring words swapped in each body
line of two words or more, headings too (a word: a run without spaces that
holds a letter), chosen anew each round, in the postings of the round before:
most lines are new, while the words, and the mix of layouts and languages,
stay those of real postings ("seen" is the share of units whose text was
parsed before in this run: short lines and lines of one word repeat, as
they do in real postings). A first round over the postings as they are
loads what a long run pays once (the vocabulary, the models, the occupation
index, the memories of single words) and is not counted.

Each round prints CPU milliseconds per posting (``time.process_time``) of the
floor (``frontmatter.loads`` and mistune's AST, as in :mod:`stages`), of the
whole parse and of its item stage (``decide_items``), then the same postings
parsed a second time (warm), and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import frontmatter
import mistune

from corpus import ROOT, source_postings
from jobspec import pipeline
from jobspec.pipeline import read_structure, warm_up

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = (SHARED / "dev", SHARED / "wild")
_FRONT_MATTER = re.compile(r"\A(?:---\n.*?\n---\n|\+\+\+\n.*?\n\+\+\+\n)", re.S)


def main() -> None:
    """Parse new postings each round and print milliseconds per posting of the floor, the parse and the item stage."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=4, help="rounds of new postings (default 4)")
    parser.add_argument("--corpus", type=Path, action="append", help="every *.md under DIR (repeatable)")
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    warm_up()
    for text in texts:  # what a long run pays once
        pipeline.parse(text)
    one, five, _ = os.getloadavg()
    print(f"{len(texts)} postings a round; load average {one:.2f}, {five:.2f}")
    print(f"{'round':<7}{'floor':>8}{'parse':>9}{'items':>9}{'seen':>7}   warm: {'parse':>7}{'items':>8}   (CPU ms)")
    rows = []
    seen: set[str] = {unit.text for text in texts for unit in read_structure(text).units}
    fresh = texts
    for number in range(1, args.rounds + 1):
        fresh = [perturbed(text, random.Random(number * 100_003 + index)) for index, text in enumerate(fresh)]
        floor = floor_time(fresh)
        *cold, share = parse_times(fresh, seen)
        *warm, _ = parse_times(fresh, set())
        rows.append((floor, *cold, *warm))
        print(f"{number:<7}{floor:8.3f}{cold[0]:9.3f}{cold[1]:9.3f}{share:7.0%}         {warm[0]:7.3f}{warm[1]:8.3f}")
    medians = [statistics.median(column) for column in zip(*rows, strict=True)]
    floor, cold, items, warm, warm_items = medians
    print(f"{'median':<7}{floor:8.3f}{cold:9.3f}{items:9.3f}                {warm:7.3f}{warm_items:8.3f}")
    one, five, _ = os.getloadavg()
    print(f"load average {one:.2f}, {five:.2f}")


def corpus_texts(folders: Sequence[Path] | None) -> list[str]:
    """Every posting under ``folders``; by default the shared corpora when they are beside the clone, else our own."""
    folders = folders or [folder for folder in DEFAULT_CORPORA if folder.is_dir()]
    if not folders:
        return source_postings()
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.rglob("*.md"))]


def perturbed(text: str, rng: random.Random) -> str:
    """``text`` with two neighbouring words swapped in each body line of two words or more."""
    head = _FRONT_MATTER.match(text)
    cut = head.end() if head else 0
    return text[:cut] + "\n".join(_swapped(line, rng) for line in text[cut:].split("\n"))


def _swapped(line: str, rng: random.Random) -> str:
    words = line.split(" ")
    places = [index for index in range(len(words) - 1) if _has_letters(words[index]) and _has_letters(words[index + 1])]
    if not places:
        return line
    index = rng.choice(places)
    words[index], words[index + 1] = words[index + 1], words[index]
    return " ".join(words)


def _has_letters(word: str) -> bool:
    return any(char.isalpha() for char in word)


def floor_time(texts: Sequence[str]) -> float:
    """Milliseconds per posting of ``frontmatter.loads`` and mistune's AST."""
    markdown = mistune.create_markdown(renderer=None)
    started = time.process_time()
    for text in texts:
        markdown(frontmatter.loads(text).content)
    return (time.process_time() - started) / len(texts) * 1000


def parse_times(texts: Sequence[str], seen: set[str]) -> tuple[float, float, float]:
    """Milliseconds per posting of ``jobspec.parse`` and of the ``decide_items`` it calls, and the share of
    units whose text is in ``seen`` (the texts of the units of every posting parsed before; these are added)."""
    decide_items = pipeline.decide_items
    in_items = 0.0
    units = repeated = 0

    def timed(*args: Any) -> Any:
        nonlocal in_items, units, repeated
        started = time.process_time()
        try:
            return decide_items(*args)
        finally:
            in_items += time.process_time() - started
            units += len(args[0])
            repeated += sum(unit.text in seen for unit in args[0])
            seen.update(unit.text for unit in args[0])

    pipeline.decide_items = timed  # type: ignore[assignment]
    try:
        started = time.process_time()
        for text in texts:
            pipeline.parse(text)
        whole = time.process_time() - started
    finally:
        pipeline.decide_items = decide_items
    return whole / len(texts) * 1000, in_items / len(texts) * 1000, repeated / max(units, 1)


if __name__ == "__main__":
    main()

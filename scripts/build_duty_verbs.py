"""Build the English verbs that open a duty (``src/jobspec/data/duty_verbs_en.txt``) from ESCO.

ESCO describes each occupation in the third person plural: "Bakers make …
They mix, shape and bake …". In English the plural present is the verb's
base form, the form a duty written as an imperative opens on ("Mix, shape
and bake our sourdough loaves"). This script takes the verb after each
description's subject ("They", or the occupation's name) in every sentence,
and keeps those seen in at least ``--min-count`` descriptions, but for
auxiliaries, verbs of being, knowing or wanting, and words that open a
requirement or a noun phrase as often as a duty.

    python scripts/build_duty_verbs.py [DATA_DIR] [--output src/jobspec/data/duty_verbs_en.txt]

``DATA_DIR`` (default ``../shared/data``) holds ``esco/v1.2.1/occupations_en.csv``
(ESCO, European Commission). The same data give the same file.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "jobspec" / "data" / "duty_verbs_en.txt"

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words between the subject and its verb ("They also …", "They may …").
_BEFORE_THE_VERB = frozenset(
    "also may can usually often typically generally might must should will could mainly primarily normally "
    "frequently additionally further then sometimes actively manually regularly either both".split()
)
# Verbs no duty opens on, or that open a requirement or a noun phrase as often ("Need …", "Form …").
_NOT_DUTIES = frozenset(
    """
    are is be have has do does need know understand join together in function strive aim specialise specialize
    focus relate attempt try look listen stand consider recognise recognize express foresee envision assume
    conclude predict involve play head form order place position note press cast sand fit face field level
    act deal put give take find start pass tell make apply advice buy choose react read concentrate invest cover
    offer exchange dump setup command move pull lay heat manipulate
    """.split()
)
HEADER = (
    "# English verbs that open a duty, from ESCO v1.2.1 occupation descriptions (ESCO classification of the\n"
    "# European Commission). Built by scripts/build_duty_verbs.py; do not edit by hand.\n"
)


def verbs_of(descriptions: list[tuple[str, str]]) -> Counter[str]:
    """In how many descriptions each word follows the subject of a sentence."""
    counts: Counter[str] = Counter()
    for label, description in descriptions:
        head = label.lower().split()[-1] if label.split() else ""
        seen: set[str] = set()
        for sentence in _SENTENCE_END.split(description):
            words = _WORD.findall(sentence)
            at = _after_the_subject(words, head)
            while at is not None and at < len(words) and words[at].lower() in _BEFORE_THE_VERB:
                at += 1
            if at is not None and at < len(words) and words[at].islower():
                seen.add(words[at])
        counts.update(seen)
    return counts


def _after_the_subject(words: list[str], head: str) -> int | None:
    """Where the words after a sentence's subject start: after "They", or after the occupation's head noun
    in the plural among the first eight words."""
    if not words:
        return None
    if words[0] == "They":
        return 1
    for at, word in enumerate(words[:8]):
        lowered = word.lower()
        if head and lowered in (head + "s", head + "es", head[:-1] + "ies" if head.endswith("y") else head + "s"):
            return at + 1
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args(argv)
    with open(args.data / "esco" / "v1.2.1" / "occupations_en.csv", encoding="utf-8", newline="") as handle:
        descriptions = [(row["preferredLabel"], row["description"]) for row in csv.DictReader(handle)]
    counts = verbs_of(descriptions)
    kept = sorted(
        verb for verb, count in counts.items() if count >= args.min_count and verb not in _NOT_DUTIES and len(verb) > 2
    )
    args.output.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} verbs written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Teach jobspec the headings of an Icelandic posting with ``Vocabulary.extended``.

Usage::

    python examples/custom_vocabulary.py [FILE] [--vocabulary FILE]

FILE defaults to examples/is-hugbunadarsmidur.md. The posting is parsed
twice: with the default vocabulary, which knows no Icelandic (its lists are
then read by layout alone), and with one extended by the Icelandic phrases
below (or, with ``--vocabulary``, by a YAML or TOML file such as
examples/vocabulary.yaml).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import jobspec
from jobspec import ParseOptions, Vocabulary

HERE = Path(__file__).resolve().parent

ICELANDIC = Vocabulary().extended(
    headings={
        "responsibilities": {"is": ["Helstu verkefni", "Verkefni", "Starfssvið"]},
        "qualifications": {"is": ["Hæfniskröfur", "Menntunar- og hæfniskröfur"]},
        "preferred_qualifications": {"is": ["Kostur er", "Æskilegt"]},
        "benefits": {"is": ["Við bjóðum", "Fríðindi"]},
        "company": {"is": ["Um okkur", "Um fyrirtækið"]},
        "application": {"is": ["Umsóknir", "Hvernig á að sækja um"]},
    },
    neutral_headings={"is": ["Um starfið"]},
    preferred_cues={"is": ["er kostur", "er æskileg", "er æskilegt"]},
)


def summary(posting: jobspec.JobPosting) -> str:
    kinds = ", ".join(f"{s.heading}={s.kind.value}" for s in posting.iter_sections() if s.heading)
    return (
        f"{len(posting.responsibilities)} responsibilities, {len(posting.qualifications)} qualifications, "
        f"{len(posting.benefits)} benefits\n  sections: {kinds}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(HERE / "is-hugbunadarsmidur.md"), help="a posting")
    parser.add_argument("--vocabulary", metavar="FILE", help="YAML or TOML file of phrases instead of the ones above")
    args = parser.parse_args(argv)

    vocabulary = Vocabulary.from_file(args.vocabulary) if args.vocabulary else ICELANDIC
    before = jobspec.parse_file(args.file)
    after = jobspec.parse_file(args.file, options=ParseOptions(vocabulary=vocabulary))

    print(f"default vocabulary:  {summary(before)}")
    print(f"extended vocabulary: {summary(after)}")
    print()
    for item in after.responsibilities:
        print(f"  duty       {item.text}")
    for qualification in after.qualifications:
        print(f"  {'required ' if qualification.required else 'preferred'}  {qualification.text}")
    for item in after.benefits:
        print(f"  benefit    {item.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

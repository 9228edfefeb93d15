"""Teach jobspec the headings of an Estonian posting with ``Vocabulary.extended``.

Usage::

    python examples/custom_vocabulary.py [FILE] [--vocabulary FILE]

FILE defaults to examples/et-tarkvaraarendaja.md. The posting is parsed
twice: with the default vocabulary, which knows no Estonian (its lists are
then read by layout alone), and with one extended by the Estonian phrases
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

ESTONIAN = Vocabulary().extended(
    headings={
        "responsibilities": {"et": ["Sinu ülesanded", "Põhiülesanded", "Tööülesanded"]},
        "qualifications": {"et": ["Ootame sinult", "Sinu profiil", "Nõudmised"]},
        "preferred_qualifications": {"et": ["Kasuks tuleb", "Eeliseks on"]},
        "benefits": {"et": ["Pakume", "Omalt poolt pakume"]},
        "company": {"et": ["Meist", "Ettevõttest"]},
        "application": {"et": ["Kandideerimine", "Kuidas kandideerida"]},
    },
    neutral_headings={"et": ["Ametikohast", "Töö kirjeldus"]},
    preferred_cues={"et": ["tuleb kasuks", "on eeliseks", "on plussiks"]},
)


def summary(posting: jobspec.JobPosting) -> str:
    kinds = ", ".join(f"{s.heading}={s.kind.value}" for s in posting.iter_sections() if s.heading)
    return (
        f"{len(posting.responsibilities)} responsibilities, {len(posting.qualifications)} qualifications, "
        f"{len(posting.benefits)} benefits\n  sections: {kinds}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(HERE / "et-tarkvaraarendaja.md"), help="a posting")
    parser.add_argument("--vocabulary", metavar="FILE", help="YAML or TOML file of phrases instead of the ones above")
    args = parser.parse_args(argv)

    vocabulary = Vocabulary.from_file(args.vocabulary) if args.vocabulary else ESTONIAN
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

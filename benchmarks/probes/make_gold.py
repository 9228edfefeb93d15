"""Turn a probe's labels, written as item texts, into character spans (gold.json).

A probe's author writes ``labels.json``: a list of postings, each with ``id``,
``lang``, ``format_notes`` and the exact texts of its ``responsibilities``,
``qualifications`` and ``preferred`` items (``preferred`` repeats texts found
in ``qualifications``). This script finds each text in ``docs/<id>.md``, read
with ``newline=""`` so that the spans count the file's characters, matching
runs of whitespace loosely, and writes ``gold.json`` in the format of the real
corpora. It stops with the posting and the text when a text is not found.

    python benchmarks/probes/make_gold.py benchmarks/probes/en12
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

Span = tuple[int, int]


def _pattern_of(text: str) -> re.Pattern[str]:
    words = text.split()
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def _span_of(text: str, document: str, taken: set[Span]) -> Span:
    for match in _pattern_of(text).finditer(document):
        span = (match.start(), match.end())
        if span not in taken:
            return span
    raise LookupError(text)


def _spans_of(texts: list[str], document: str) -> list[Span]:
    taken: set[Span] = set()
    spans = []
    for text in texts:
        span = _span_of(text, document, taken)
        taken.add(span)
        spans.append(span)
    return spans


def _gold_of(posting: dict[str, Any], docs: Path) -> dict[str, Any]:
    identifier = str(posting["id"])
    with (docs / f"{identifier}.md").open(encoding="utf-8", newline="") as stream:
        document = stream.read()
    qualifications: list[str] = posting.get("qualifications", [])
    preferred = set(posting.get("preferred", []))
    try:
        duty_spans = _spans_of(posting.get("responsibilities", []), document)
        qualification_spans = _spans_of(qualifications, document)
    except LookupError as error:
        raise LookupError(f"{identifier}: {error}") from error
    return {
        "id": identifier,
        "lang": posting.get("lang", ""),
        "format_notes": posting.get("format_notes", ""),
        "responsibilities": [list(span) for span in duty_spans],
        "qualifications": [list(span) for span in qualification_spans],
        "preferred": [
            list(span) for text, span in zip(qualifications, qualification_spans, strict=True) if text in preferred
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path, help="a probe folder holding labels.json and docs/")
    probe = parser.parse_args().probe
    postings = json.loads((probe / "labels.json").read_text(encoding="utf-8"))
    try:
        gold = [_gold_of(posting, probe / "docs") for posting in postings]
    except LookupError as error:
        print(f"not found: {error}", file=sys.stderr)
        return 1
    (probe / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    items = sum(len(g["responsibilities"]) + len(g["qualifications"]) for g in gold)
    print(f"{len(gold)} postings, {items} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

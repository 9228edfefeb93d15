"""A snapshot of the full parse over every corpus, to check that a speed change changes no output.

Run from the repository, before and after a change::

    python benchmarks/snapshot.py -o /tmp/before.jsonl
    ... the change ...
    python benchmarks/snapshot.py --compare /tmp/before.jsonl

The postings are ``examples/``, ``tests/golden/``, ``tests/corpus*/`` and,
when they are beside the clone, the real postings of ``../shared/corpus/*/docs``.
Each is parsed with the default options (everything computed, and the
near-duplicate fingerprint too) and written as one JSON line: its path and
``JobPosting.model_dump_json()``. ``--compare`` parses them again and names
every posting whose JSON differs, with the first field that does; it exits 1
when any does.

``--fields NAME,NAME`` parses with ``ParseOptions(fields=...)`` instead and
compares each posting with the snapshot's on the fields asked for (and
everything they do not depend on being left out): what a pipeline that asks
for less gets must be what the full parse says about those fields.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jobspec import ParseOptions, parse_file

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("examples", "tests/golden", "tests/corpus*", "../shared/corpus/*/docs")


def postings() -> Iterator[Path]:
    """Every posting of the corpora, in a stable order."""
    for pattern in FOLDERS:
        for folder in sorted(ROOT.glob(pattern)):
            yield from sorted(folder.rglob("*.md"))


def snapshot(options: ParseOptions) -> dict[str, str]:
    """Path (relative to the repository) → the posting's JSON."""
    out: dict[str, str] = {}
    for path in postings():
        name = str(path.relative_to(ROOT.parent)) if not path.is_relative_to(ROOT) else str(path.relative_to(ROOT))
        out[name] = parse_file(path, options=options).model_dump_json()
    return out


def first_difference(before: Any, after: Any, where: str = "") -> str | None:
    """The path of the first value that differs, e.g. ``qualifications[3].required``; None when equal."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in dict.fromkeys([*before, *after]):
            found = first_difference(before.get(key), after.get(key), f"{where}.{key}" if where else key)
            if found:
                return found
        return None
    if isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            return f"{where} (length {len(before)} → {len(after)})"
        for index, (one, other) in enumerate(zip(before, after, strict=True)):
            found = first_difference(one, other, f"{where}[{index}]")
            if found:
                return found
        return None
    return None if before == after else f"{where}: {before!r:.80} → {after!r:.80}"


def main() -> None:
    """Write a snapshot, or compare one with a parse now."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-o", "--output", type=Path, help="write the snapshot here (JSON lines)")
    group.add_argument("--compare", type=Path, help="compare a parse now with this snapshot")
    parser.add_argument("--fields", help="with --compare: parse with ParseOptions(fields=...) (comma-separated)")
    args = parser.parse_args()
    full = ParseOptions(fingerprint=True)
    if args.output:
        now = snapshot(full)
        with args.output.open("w", encoding="utf-8") as handle:
            for name, posting in now.items():
                handle.write(json.dumps({"path": name, "posting": posting}, ensure_ascii=False) + "\n")
        print(f"{len(now)} postings written to {args.output}")
        return
    fields = frozenset(args.fields.split(",")) if args.fields else None
    options = full if fields is None else ParseOptions(fingerprint="fingerprint" in fields, fields=fields)
    before = {
        row["path"]: row["posting"] for row in map(json.loads, args.compare.read_text(encoding="utf-8").splitlines())
    }
    now = snapshot(options)
    differing = 0
    for name in sorted(set(before) | set(now)):
        if name not in before or name not in now:
            print(f"{name}: {'new' if name not in before else 'gone'}")
            differing += 1
            continue
        old, new = json.loads(before[name]), json.loads(now[name])
        if fields is not None:
            old = _asked(old, new)
            if set(new.get("not_computed") or ()) >= _ITEM_FIELDS:
                new["sections"] = [_without_kinds(section) for section in new["sections"]]
        found = None if before[name] == now[name] and fields is None else first_difference(old, new)
        if found:
            print(f"{name}: {found}")
            differing += 1
    print(f"{len(now)} postings parsed, {differing} differ from {args.compare}")
    sys.exit(1 if differing else 0)


def _asked(full: dict[str, Any], partial: dict[str, Any]) -> dict[str, Any]:
    """The full parse as a parse with fewer fields should give it (the fingerprint only when asked for)."""
    expected = expected_partial(full, partial.get("not_computed") or [])
    if partial.get("fingerprint") is None:
        expected["fingerprint"] = None
    return expected


_ITEM_FIELDS = {"responsibilities", "qualifications", "benefits"}
# The diagnostics a fact's finder adds, by the fact.
_DIAGNOSTICS_OF = {
    "salary": "salary-range-reversed",
    "hours": "hours-from-assumed-week",
    "openings": "openings-without-number",
}


def expected_partial(full: dict[str, Any], not_computed: list[str]) -> dict[str, Any]:
    """A full parse's JSON as a parse that did not compute ``not_computed`` gives it.

    Those fields take their defaults (None or empty), their provenance and their
    diagnostics go, and the sections keep the items of the item fields computed
    (in JSON a benefit is told by its ``category``, a qualification by ``required``).
    """
    from jobspec.models import JobPosting

    skipped = set(not_computed)
    out = dict(full)
    for name in skipped:
        default = JobPosting.model_fields[name].get_default(call_default_factory=True)
        out[name] = default
    out["provenance"] = {key: value for key, value in full["provenance"].items() if key not in skipped}
    dropped = {code for name, code in _DIAGNOSTICS_OF.items() if name in skipped}
    out["diagnostics"] = [d for d in full["diagnostics"] if d["code"] not in dropped]
    out["sections"] = [_section_without(section, skipped) for section in full["sections"]]
    if skipped >= _ITEM_FIELDS:
        # No item was decided: each section has the kind its heading names, not the kind of its items.
        out["sections"] = [_without_kinds(section) for section in out["sections"]]
    if not_computed:
        out["not_computed"] = list(not_computed)
    return out


def _without_kinds(section: dict[str, Any]) -> dict[str, Any]:
    return {**section, "kind": None, "subsections": [_without_kinds(child) for child in section["subsections"]]}


def _section_without(section: dict[str, Any], skipped: set[str]) -> dict[str, Any]:
    def kept(item: dict[str, Any]) -> bool:
        field = "benefits" if "category" in item else "qualifications" if "required" in item else "responsibilities"
        return field not in skipped

    return {
        **section,
        "items": [item for item in section["items"] if kept(item)],
        "subsections": [_section_without(child, skipped) for child in section["subsections"]],
    }


if __name__ == "__main__":
    main()

"""Golden files: every ``*.md`` in examples/ and tests/golden/ beside its ``*.expected.json``.

Run ``python tests/golden_cases.py`` to write the expectations that are
missing; it never overwrites one unless asked with ``--force NAME``, and
then shows what changed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import jobspec

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIRS = (ROOT / "examples", ROOT / "tests" / "golden")


def golden_inputs() -> list[Path]:
    """Every posting that has, or should have, an expectation."""
    return sorted(p for d in GOLDEN_DIRS for p in d.glob("*.md") if not p.name.startswith("_"))


def expectation_path(posting: Path) -> Path:
    return posting.with_name(posting.stem + ".expected.json")


def actual(posting: Path) -> dict[str, Any]:
    """The parse as stored in an expectation (the path reduced to the file name)."""
    return jobspec.parse(posting.read_bytes(), path=posting.name).to_dict()


def _write(posting: Path) -> None:
    expectation_path(posting).write_text(
        json.dumps(actual(posting), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main(argv: list[str]) -> int:
    forced = set(argv[argv.index("--force") + 1 :]) if "--force" in argv else set()
    for posting in golden_inputs():
        target = expectation_path(posting)
        if not target.exists():
            _write(posting)
            print(f"wrote {target.relative_to(ROOT)}")
        elif posting.stem in forced:
            before = json.loads(target.read_text(encoding="utf-8"))
            _write(posting)
            after = json.loads(target.read_text(encoding="utf-8"))
            changed = sorted(k for k in after if before.get(k) != after.get(k))
            print(f"rewrote {target.relative_to(ROOT)}; changed: {', '.join(changed) or 'nothing'}")
        elif json.loads(target.read_text(encoding="utf-8")) != actual(posting):
            print(f"differs (kept): {target.relative_to(ROOT)}; rerun with --force {posting.stem}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Copy the seed postings into fuzz/corpus/: examples, golden and corpus postings, and fuzz/seeds/.

The seeds of fuzz/seeds/ are copied once more for each drive of fuzz_parse.py (large input, batch,
writers), behind the byte that chooses it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / "examples", ROOT / "tests" / "golden", ROOT / "tests" / "corpus", ROOT / "fuzz" / "seeds")
CORPUS = ROOT / "fuzz" / "corpus"
DRIVE_BYTES = {"large": b"\x01", "batch": b"\x02", "writers": b"\x03"}


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    copied = 0
    for folder in SEEDS:
        for posting in sorted(folder.glob("*.md")):
            shutil.copyfile(posting, CORPUS / f"{folder.name}-{posting.name}")
            copied += 1
            if folder.name == "seeds":
                for drive, first in DRIVE_BYTES.items():
                    (CORPUS / f"{drive}-{posting.name}").write_bytes(first + posting.read_bytes())
                    copied += 1
    print(f"copied {copied} seeds into {CORPUS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

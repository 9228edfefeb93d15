"""Copy the seed postings into fuzz/corpus/: examples, golden and corpus postings, and fuzz/seeds/."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (ROOT / "examples", ROOT / "tests" / "golden", ROOT / "tests" / "corpus", ROOT / "fuzz" / "seeds")
CORPUS = ROOT / "fuzz" / "corpus"


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    copied = 0
    for folder in SEEDS:
        for posting in sorted(folder.glob("*.md")):
            shutil.copyfile(posting, CORPUS / f"{folder.name}-{posting.name}")
            copied += 1
    print(f"copied {copied} seeds into {CORPUS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

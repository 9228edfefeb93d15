"""Parse a folder of postings in parallel into one Parquet file, then read it back.

Usage::

    python examples/batch_to_parquet.py [FOLDER] [OUTPUT] [--workers N]

FOLDER defaults to examples/ (searched recursively for *.md and *.markdown);
OUTPUT to postings.parquet in a new temporary folder. Needs the extra
``jobspec-md[parquet]`` (pyarrow). Inputs that fail are reported and left out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jobspec.arrow import write_parquet
from jobspec.batch import Result, parse_many
from jobspec.models import JobPosting

HERE = Path(__file__).resolve().parent


def successes(results: Iterator[Result], failures: list[str]) -> Iterator[JobPosting]:
    """The postings that parsed; each failure is noted in ``failures`` as it comes."""
    for result in results:
        if result.posting is not None:
            yield result.posting
        elif result.error is not None:
            failures.append(f"{result.error} ({result.error.kind})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(HERE), help="folder of postings (default: examples/)")
    parser.add_argument("output", nargs="?", help="Parquet file to write (default: in a temporary folder)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default: %(default)s)")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else Path(tempfile.mkdtemp(prefix="jobspec-")) / "postings.parquet"

    failures: list[str] = []
    results = parse_many(args.folder, workers=args.workers, on_error="collect")
    written = write_parquet(successes(results, failures), output)
    for failure in failures:
        print(f"failed: {failure}", file=sys.stderr)
    print(f"wrote {written} postings to {output} ({len(failures)} failed)")

    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(output, columns=["title", "language", "qualifications"])
    print(f"read back {table.num_rows} rows; qualifications: {table.schema.field('qualifications').type}")
    counts = pc.list_value_length(table["qualifications"])
    for title, language, count in zip(
        table["title"].to_pylist(), table["language"].to_pylist(), counts.to_pylist(), strict=True
    ):
        print(f"  [{language or '??'}] {title}: {count} qualifications")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

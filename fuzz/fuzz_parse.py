"""Fuzz :func:`jobspec.parse` with atheris: it must return a posting or raise ``JobspecError``.

Usage (see fuzz/README.md)::

    pip install atheris
    python fuzz/make_corpus.py
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

Any other exception is a crash: libFuzzer stops and writes the input to
``fuzz/crashes/``. An input that takes longer than ``-timeout`` seconds
(30 unless given) is reported as a hang.

Besides parsing, the first byte of an input chooses a drive (see ``DRIVES``):
the input repeated to 64 KB (size-dependent paths; larger is too slow instrumented), a batch
over a folder of odd entries made from it (every entry must come back once,
parsed or with a reason), or the CSV and Parquet writers (the CSV must read
back, the Parquet file must give the posting back).
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from itertools import zip_longest
from pathlib import Path

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["jobspec", "mistune", "frontmatter", "yaml", "ftfy"]):
    import jobspec
    from jobspec.cli import _write_csv

try:
    from jobspec.arrow import read_parquet, write_parquet
except ImportError:  # without jobspec[parquet] the Parquet drive only writes CSV
    read_parquet = write_parquet = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
DEFAULT_FLAGS = {
    "-timeout": "30",
    "-rss_limit_mb": "4096",
    "-max_len": "65536",
    "-artifact_prefix": f"{HERE / 'crashes'}/",
}


def test_one_input(data: bytes) -> None:
    """Parse ``data`` (as bytes or text, strict or lenient), or drive the part its first byte chooses."""
    drive = DRIVES.get(data[0], parse_one) if data else parse_one
    drive(data)


def parse_one(data: bytes) -> jobspec.JobPosting | None:
    """Parse ``data`` as bytes or as text, strict or lenient, chosen by its length."""
    strict = len(data) % 2 == 1
    source: str | bytes = data.decode("utf-8", "replace") if len(data) % 4 >= 2 else data
    try:
        posting = jobspec.parse(source, strict=strict)
    except jobspec.JobspecError:
        return None
    check(posting)
    return posting


LARGE = 64 * 1024


def parse_large(data: bytes) -> None:
    """``data`` repeated to about 64 KB: what only shows at size (a quadratic corner is a hang)."""
    parse_one((data[1:] or b"x") * max(1, LARGE // max(len(data) - 1, 1)))


def batch_of_odd_entries(data: bytes) -> None:
    """A folder made from ``data``: postings, a link loop, a dangling link, a FIFO, an undecodable name, a subfolder.

    Every entry named like a posting must come back exactly once, parsed or with an error.
    """
    parts = data[1:].split(b"\0")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        expected = set()
        for index, part in enumerate(parts[:8]):
            name = f"sub/p{index}.md" if index % 3 == 2 else f"p{index}.md"
            (root / name).parent.mkdir(exist_ok=True)
            (root / name).write_bytes(part)
            expected.add(str(root / name))
        odd = os.fsencode(root) + b"/caf\xe9" + bytes([data[0]]).replace(b"/", b"_").replace(b"\0", b"_") + b".md"
        Path(os.fsdecode(odd)).write_bytes(parts[0])
        expected.add(jobspec.errors.printable_path(os.fsdecode(odd)))
        (root / "loop.md").symlink_to("loop.md")
        (root / "dangling.md").symlink_to("missing.md")
        os.mkfifo(root / "fifo.md")
        expected |= {str(root / name) for name in ("loop.md", "dangling.md", "fifo.md")}
        results = list(jobspec.parse_many([root], workers=1, on_error="collect"))
    ids = [result.id for result in results]
    if sorted(ids) != sorted(expected):
        raise AssertionError(f"batch gave {sorted(ids)}, expected each of {sorted(expected)} once")
    for result in results:
        if result.error is None and result.posting is not None:
            result.posting.model_dump_json()


def writers(data: bytes) -> None:
    """The posting written as CSV (read back, row for row) and as Parquet (read back equal)."""
    posting = parse_one(data[1:])
    if posting is None:
        return
    out = io.StringIO()
    _write_csv([posting], out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    if len(rows) != 2 or len(rows[0]) != len(rows[1]):
        raise AssertionError(f"CSV does not read back as one row: {len(rows)} rows")
    if any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in rows[1]):
        raise AssertionError("a CSV cell would be a formula")
    if write_parquet is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "out.parquet"
        write_parquet([posting], path)
        if read_parquet(path) != [posting]:
            raise AssertionError("the posting does not round-trip through Parquet")


DRIVES = {1: parse_large, 2: batch_of_odd_entries, 3: writers}
"""First bytes that choose a drive other than parsing (no posting starts with them); make_corpus.py seeds each."""


def check(posting: jobspec.JobPosting) -> None:
    """What must hold of every posting (an AssertionError is a crash to libFuzzer)."""
    # Frozen models that refuse unknown fields: the posting is equal to its own JSON.
    if jobspec.JobPosting.model_validate_json(posting.model_dump_json()) != posting:
        raise AssertionError("the posting does not round-trip through JSON")
    sections = posting.iter_sections()
    lines = [section.line for section in sections]
    if lines != sorted(lines):
        raise AssertionError(f"sections out of document order: {lines}")
    # Each section owns the lines up to the next one; its items are on them. The
    # next one's first line may be shared: "text <h1>Title</h1>" ends one section
    # and starts the next on the same line.
    for section, following in zip_longest(sections, sections[1:]):
        for item in section.items:
            if item.line < section.line or (following is not None and item.line > following.line):
                raise AssertionError(f"item on line {item.line} outside its section at {section.line}")


def with_default_flags(argv: list[str]) -> list[str]:
    """``argv`` with this harness's default libFuzzer flags for those not given."""
    given = {arg.split("=", 1)[0] for arg in argv[1:] if arg.startswith("-")}
    extra = [f"{flag}={value}" for flag, value in DEFAULT_FLAGS.items() if flag not in given]
    return [argv[0], *extra, *argv[1:]]


def main() -> None:
    (HERE / "crashes").mkdir(exist_ok=True)
    atheris.Setup(with_default_flags(sys.argv), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

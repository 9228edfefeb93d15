"""Fuzz :func:`jobspec.parse` with atheris: it must return a posting or raise ``JobspecError``.

Usage (see fuzz/README.md)::

    pip install atheris
    python fuzz/make_corpus.py
    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

Any other exception is a crash: libFuzzer stops and writes the input to
``fuzz/crashes/``. An input that takes longer than ``-timeout`` seconds
(30 unless given) is reported as a hang.
"""

from __future__ import annotations

import sys
from itertools import zip_longest
from pathlib import Path

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["jobspec", "mistune", "frontmatter", "yaml", "ftfy"]):
    import jobspec

HERE = Path(__file__).resolve().parent
DEFAULT_FLAGS = {
    "-timeout": "30",
    "-rss_limit_mb": "4096",
    "-max_len": "16384",
    "-artifact_prefix": f"{HERE / 'crashes'}/",
}


def test_one_input(data: bytes) -> None:
    """Parse ``data`` as bytes or as text, strict or lenient, chosen by its length."""
    strict = len(data) % 2 == 1
    source: str | bytes = data.decode("utf-8", "replace") if len(data) % 4 >= 2 else data
    try:
        posting = jobspec.parse(source, strict=strict)
    except jobspec.JobspecError:
        return
    check(posting)


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

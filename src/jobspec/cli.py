"""The ``jobspec`` command: a thin shell over the library.

Each command parses its arguments, calls the library, and maps a
:class:`~jobspec.errors.JobspecError` to one ``path:line:col: message`` line
on stderr. Exit status: 0 on success, 1 when any input failed (the others
are still processed), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import importlib
import json
import os
import signal
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from ._output_paths import STDOUT, Inputs, OutputRefusedError, checked_output
from ._version import __version__, install_hint
from .batch import DEFAULT_GLOB, BatchError, Result, atomic_path, iter_inputs, parse_many
from .errors import JobspecError, format_location
from .models import Diagnostic, JobPosting
from .occupations import Classification
from .options import FIELDS, ParseOptions
from .pipeline import parse_file
from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .dedup import Group

__all__ = ["main"]

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for a command stopped by Ctrl-C
FORMATS = ("json", "jsonl", "jsonld", "text", "csv", "parquet")
DEFAULT_REPORT = "jobspec-report.html"  # where `jobspec report` writes when not told
_FORMAT_BY_EXTENSION = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonld": "jsonld",
    ".txt": "text",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with _termination_as_interrupt():
            status: int = args.run(args)
    except JobspecError as exc:
        print(f"jobspec: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head`: not an error
        return EXIT_OK
    return status


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program is, so that it ends as after Ctrl-C: temporary files removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    """While the command runs, SIGTERM and SIGHUP raise :class:`Terminated` (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signums = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])

    def terminate(signum: int, _frame: object) -> None:
        _received.append(signum)
        raise Terminated(signum)

    def report_unless_terminated(unraisable: sys.UnraisableHookArgs) -> None:
        # A Terminated swallowed by a finalizer or a weakref callback is raised again by
        # _raise_if_terminated: printing its traceback too would read as a crash.
        if not isinstance(unraisable.exc_value, Terminated):
            previous_hook(unraisable)

    _received.clear()
    previous_hook = sys.unraisablehook
    sys.unraisablehook = report_unless_terminated
    previous = {signum: signal.signal(signum, terminate) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = previous_hook


_received: list[int] = []
"""The signals received while the command runs (see :func:`_raise_if_terminated`)."""


def _raise_if_terminated() -> None:
    """Raise :class:`Terminated` again for a signal whose exception was swallowed.

    The handler's exception goes wherever the main thread is; in a finalizer or a
    weakref callback (a worker's pipe being collected) Python prints it and goes
    on. The writing loop asks here after each posting, and before the output is
    committed, so that a signalled run never ends as if it had finished.
    """
    if _received:
        raise Terminated(_received[0])


def _interrupted_status(exc: KeyboardInterrupt) -> int:
    """128 + the signal's number, as shells report it: 130 for Ctrl-C, 143 for SIGTERM."""
    return 128 + exc.signum if isinstance(exc, Terminated) else EXIT_INTERRUPTED


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobspec",
        description="Parse job postings (Markdown with front matter) into typed JSON.",
    )
    parser.add_argument("--version", action="version", version=f"jobspec {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse_cmd = commands.add_parser(
        "parse",
        help="parse postings and print them as JSON or text",
        description="Parse each FILE (a folder: the postings in it; '-': standard input) and print or write "
        "the results. Failures are reported on stderr; the other postings are still written.",
    )
    _add_parse_arguments(parse_cmd)
    parse_cmd.set_defaults(run=_run_parse)

    schema_cmd = commands.add_parser(
        "schema",
        help="print the JSON Schema of a parsed posting",
        description="Print the JSON Schema that every `jobspec parse` object follows.",
    )
    schema_cmd.set_defaults(run=_run_schema)

    eval_cmd = commands.add_parser(
        "eval",
        help="score extraction against labelled postings",
        description="Parse a labelled corpus and print precision, recall and F1 for responsibilities "
        "and qualifications, and the accuracy of the required/preferred flag (and of occupation coding, "
        "when labelled). CORPUS holds NAME.md beside NAME.expected.json, or docs/*.md with a gold.json "
        "of spans (and an occupations.json).",
    )
    eval_cmd.add_argument("corpus", metavar="CORPUS", help="folder of labelled postings")
    eval_cmd.add_argument("--misses", action="store_true", help="list every missed and spurious item")
    eval_cmd.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    eval_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    _add_occupations_argument(eval_cmd)
    eval_cmd.set_defaults(run=_run_eval)

    show_cmd = commands.add_parser(
        "show",
        help="write an annotated HTML review page of one posting",
        description="Render FILE as a static HTML page: sections outlined and labelled with their kind, "
        "each responsibility and qualification highlighted in place, facts in a side panel linking to "
        "their lines, and the diagnostics.",
    )
    show_cmd.add_argument("file", metavar="FILE", help="the posting")
    show_cmd.add_argument(
        "-o", "--output", metavar="PAGE", help="where to write the page (default: NAME.html in the current folder)"
    )
    show_cmd.add_argument("--open", action="store_true", help="open the page in a web browser")
    show_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    _add_occupations_argument(show_cmd)
    show_cmd.set_defaults(run=_run_show)

    report_cmd = commands.add_parser(
        "report",
        help="write an HTML report over many postings",
        description="Parse the postings (files or folders) and write a static HTML report: postings parsed "
        "and failed, the share with each fact found, the most requested skills, salary ranges, employment "
        "types, workplaces and languages, as charts with their numbers as tables.",
    )
    report_cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="postings, or folders of them")
    report_cmd.add_argument(
        "-o",
        "--output",
        metavar="PAGE",
        help=f"where to write the report (default: {DEFAULT_REPORT} in the current folder); the review page of "
        "each posting goes in the folder PAGE_files beside it",
    )
    report_cmd.add_argument(
        "--no-pages", action="store_true", help="write no review page per posting (the report links to none)"
    )
    report_cmd.add_argument("--glob", default=DEFAULT_GLOB, help=f"patterns for folders (default: {DEFAULT_GLOB})")
    report_cmd.add_argument("--workers", type=_positive_int, default=None, help="processes (default: all cores)")
    report_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    _add_occupations_argument(report_cmd)
    report_cmd.set_defaults(run=_run_report)

    dedup_cmd = commands.add_parser(
        "dedup",
        help="group near-duplicate postings",
        description="Parse the postings (files or folders), fingerprint each (normalised title, company and "
        "location; MinHash of the body's word shingles) and write one JSON line per group of near-duplicates: "
        '{"size": N, "key": ..., "ids": [...]}. Streams: memory stays flat however many postings there are.',
    )
    dedup_cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="postings, or folders of them")
    dedup_cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help="where to write the groups (JSONL; - for standard output). Refused before anything is parsed "
        "(exit status 2) when FILE is an input, a folder, a device, or in a folder that is missing or not writable",
    )
    dedup_cmd.add_argument(
        "--threshold",
        type=_share,
        default=None,
        metavar="T",
        help="estimated Jaccard similarity of the bodies from which two postings are near-duplicates "
        "(0 to 1, default 0.7); their titles must agree too",
    )
    dedup_cmd.add_argument("--all", action="store_true", help="write every posting's group, single ones too")
    dedup_cmd.add_argument("--glob", default=DEFAULT_GLOB, help=f"patterns for folders (default: {DEFAULT_GLOB})")
    dedup_cmd.add_argument("--workers", type=_positive_int, default=None, help="processes (default: all cores)")
    dedup_cmd.set_defaults(run=_run_dedup)
    return parser


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 1")
    return value


def _run_dedup(args: argparse.Namespace) -> int:
    from .dedup import DEFAULT_THRESHOLD, DedupIndex

    try:
        target = _checked_target(args.output, _inputs(args.inputs, args.glob))
    except _OutputError as refused:
        print(f"jobspec: cannot write {refused.path}: {refused.reason}", file=sys.stderr)
        return EXIT_USAGE
    empty_folders = _folders_without_postings(args.inputs, args.glob)
    for folder in empty_folders:
        print(_no_postings_message(folder, args.glob), file=sys.stderr)
    if len(empty_folders) == len(args.inputs):
        return EXIT_FAILED  # nothing to group, and no groups file written
    options = ParseOptions(fields={"fingerprint"})  # the title, company, location and sections, nothing else
    tally = _Tally(progress=None)
    results = parse_many(args.inputs, workers=args.workers, on_error="collect", glob=args.glob, options=options)
    try:
        with DedupIndex(args.threshold or DEFAULT_THRESHOLD) as index:
            try:
                for result in _successes(results, tally, None):
                    posting = result.posting
                    if posting is not None and posting.fingerprint is not None:
                        index.add(result.id, posting.fingerprint)
            finally:
                results.close()
            with _guarded(_text_output(target), args.output) as out:
                groups, in_groups = _write_groups(index.groups(singletons=args.all), out)
    except KeyboardInterrupt as exc:
        untouched = f"; {args.output} was left as it was" if args.output != STDOUT else ""
        print(f"jobspec: interrupted{untouched}", file=sys.stderr)
        return _interrupted_status(exc)
    except _OutputError as failed:
        print(f"jobspec: cannot write {failed.path}: {failed.reason}", file=sys.stderr)
        return EXIT_FAILED
    written = f"{groups} group{'' if groups == 1 else 's'} written"
    where = f"; wrote {Path(target).resolve()}" if target is not None else ""
    print(
        f"jobspec: {tally.summary()}; {written}, {in_groups} postings in groups of near-duplicates{where}",
        file=sys.stderr,
    )
    return EXIT_FAILED if tally.failed or empty_folders else EXIT_OK


def _write_groups(groups: Iterable[Group], out: TextIO) -> tuple[int, int]:
    """Write one JSON line per group; the number of groups, and of postings in groups of two or more."""
    written = in_groups = 0
    for group in groups:
        out.write(json.dumps(group.to_dict(), ensure_ascii=False) + "\n")
        written += 1
        in_groups += len(group.ids) if len(group.ids) > 1 else 0
    return written, in_groups


def _run_show(args: argparse.Namespace) -> int:
    from .review import render_posting

    target = Path(args.output) if args.output else _default_page(f"{Path(args.file).stem}.html")
    posting = parse_file(args.file, options=_options(args))
    _write_page(target, render_posting(posting))
    print(f"jobspec: wrote {target.resolve()}", file=sys.stderr)
    if args.open:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    from .review import render_report

    target = Path(args.output) if args.output else _default_page(DEFAULT_REPORT)
    empty_folders = _folders_without_postings(args.inputs, args.glob)
    for folder in empty_folders:
        print(_no_postings_message(folder, args.glob), file=sys.stderr)
    if len(empty_folders) == len(args.inputs):
        return EXIT_FAILED
    tally = _Tally(progress=None)
    failures: list[tuple[str, str]] = []
    results = parse_many(args.inputs, workers=args.workers, on_error="collect", glob=args.glob, options=_options(args))
    parsed = _successes(_noting_failures(results, failures), tally, None)
    postings = [posting for result in parsed if (posting := result.posting) is not None]
    pages = None if args.no_pages else _write_review_pages(postings, target)
    _write_page(target, render_report(postings, failures, pages=pages))
    written = f"; wrote {target.resolve()}"
    if pages:
        written += f" and {len(pages)} review pages in {_pages_folder(target).resolve()}"
    tally.clear_progress()
    print(f"jobspec: {tally.summary()}{written}", file=sys.stderr)
    return EXIT_FAILED if failures or empty_folders else EXIT_OK


def _noting_failures(results: Iterable[Result], failures: list[tuple[str, str]]) -> Iterator[Result]:
    for result in results:
        if result.error is not None:
            failures.append((result.id, str(result.error)))
        yield result


def _default_page(name: str) -> Path:
    """``name`` in the current folder, unless a file there that jobspec did not write has that name."""
    target = Path(name)
    if target.exists() and not _is_review_page(target):
        raise JobspecError("exists and is not a page jobspec wrote; give -o PAGE to say where to write", path=name)
    return target


def _is_review_page(path: Path) -> bool:
    from .review import GENERATOR

    try:
        with path.open(encoding="utf-8", errors="replace") as page:
            head = page.read(1024)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">' in head


def _write_page(target: Path, html: str) -> None:
    with atomic_path(target) as temporary:
        temporary.write_text(html, encoding="utf-8")


def _pages_folder(report: Path) -> Path:
    return report.with_name(f"{report.stem}_files")


def _write_review_pages(postings: list[JobPosting], report: Path) -> list[str | None]:
    """Write the review page of each posting in the report's pages folder; their addresses from the report.

    Pages of an earlier report in that folder are removed first (and nothing else there is touched).
    """
    from .review import render_posting

    folder = _pages_folder(report)
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.html"):
        if _is_review_page(old):
            old.unlink()
    back_link = f"../{report.name}"
    addresses: list[str | None] = []
    for index, posting in enumerate(postings, start=1):
        name = f"{index:04d}-{_file_name_part(posting.source.path)}.html"
        (folder / name).write_text(render_posting(posting, back_link=back_link), encoding="utf-8")
        addresses.append(f"{folder.name}/{name}")
    return addresses


def _file_name_part(path: str | None) -> str:
    """A safe file name from a posting's source path: its stem, letters, digits, '-' and '_' only."""
    stem = Path(path).stem if path else "posting"
    return "".join(char if char.isalnum() or char in "-_" else "-" for char in stem)[:80] or "posting"


def _options(args: argparse.Namespace) -> ParseOptions:
    options = ParseOptions(vocabulary=Vocabulary.from_file(args.vocabulary)) if args.vocabulary else ParseOptions()
    if getattr(args, "fields", None) is not None:
        options = dataclasses.replace(options, fields=args.fields)
    chosen = getattr(args, "occupations", None)
    if chosen is None:
        return options
    occupations: Classification | bool = False if chosen == "off" else Classification.from_file(chosen)
    return dataclasses.replace(options, occupations=occupations)


def _add_occupations_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--occupations",
        metavar="CSV|off",
        help="code occupations to a classification of your own (CSV with id, label, group, ...), "
        "or 'off' to skip occupation coding (default: ESCO / ISCO-08, shipped with jobspec)",
    )


def _field_names(text: str) -> frozenset[str]:
    """``--fields responsibilities,qualifications,salary``: names from ``jobspec.options.FIELDS``."""
    names = frozenset(name.strip() for name in text.split(",") if name.strip())
    unknown = sorted(names - set(FIELDS))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown field(s) {', '.join(unknown)}; the fields are {', '.join(FIELDS)}")
    return names


def _add_parse_arguments(parse_cmd: argparse.ArgumentParser) -> None:
    parse_cmd.add_argument(
        "files", nargs="+", metavar="FILE", help="posting files, folders (searched recursively), or - for stdin"
    )
    parse_cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of stdout (- is stdout), all at once at the end; the extension "
        "(.json, .jsonl, .csv, .parquet) sets the format unless --format is given. Refused before anything "
        "is parsed (exit status 2) when FILE is an input, the other output, a folder, a device, or in a "
        "folder that is missing or not writable; a symbolic link is written through to its target",
    )
    parse_cmd.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default=None,
        help="json: one object (an array for several files or a folder); jsonl: one object per line; "
        "jsonld: schema.org JobPosting; text: a readable summary; csv: one row per posting, lists and "
        "objects as JSON; parquet: Arrow-typed columns, needs jobspec-md[parquet] and --output (default: json)",
    )
    parse_cmd.add_argument(
        "--glob",
        default=DEFAULT_GLOB,
        metavar="PATTERNS",
        help=f"comma-separated file name patterns to look for in folders (default: {DEFAULT_GLOB})",
    )
    parse_cmd.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        metavar="N",
        help="processes parsing in parallel (default: one per core; 1: parse in this process)",
    )
    parse_cmd.add_argument(
        "--errors", metavar="FILE", help="write each failure to FILE as a JSON line (- for standard output)"
    )
    parse_cmd.add_argument(
        "--timeout",
        type=_positive_float,
        default=None,
        metavar="SECONDS",
        help="give up on a posting that takes longer than this to parse (it fails with kind Timeout)",
    )
    parse_cmd.add_argument(
        "--csv-raw",
        action="store_true",
        help="write CSV cells as they are; by default a cell starting with = + - @ or a tab gets a ' in front, "
        "so that no spreadsheet runs it as a formula",
    )
    feedback = parse_cmd.add_mutually_exclusive_group()
    feedback.add_argument(
        "--progress", action="store_true", help="show a progress bar even when stderr is not a terminal"
    )
    feedback.add_argument("--quiet", action="store_true", help="no progress bar and no closing summary")
    parse_cmd.add_argument("--strict", action="store_true", help="fail on broken front matter")
    parse_cmd.add_argument(
        "--vocabulary",
        metavar="FILE",
        help="YAML or TOML file of extra heading phrases and cue words (see examples/vocabulary.yaml)",
    )
    _add_occupations_argument(parse_cmd)
    parse_cmd.add_argument(
        "--fields",
        type=_field_names,
        metavar="NAME,...",
        help="compute only these fields of each posting, and what they are computed from (e.g. "
        "responsibilities,qualifications,salary); the stages nothing asked for are skipped and the fields left "
        "out are named in not_computed (default: every field)",
    )
    parse_cmd.add_argument("--indent", type=int, default=2, help="JSON indentation (default: 2)")


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _run_parse(args: argparse.Namespace) -> int:
    try:
        output_format = _output_format(args.format, args.output)
    except ValueError as exc:
        print(f"jobspec parse: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if output_format == "parquet" and (problem := _parquet_unavailable()):
        print(f"jobspec: {problem}", file=sys.stderr)
        return EXIT_FAILED
    try:
        targets = _output_targets(args)
    except _OutputError as refused:
        print(f"jobspec: cannot write {refused.path}: {refused.reason}", file=sys.stderr)
        return EXIT_USAGE
    options = _options(args)
    empty_folders = _folders_without_postings(args.files, args.glob)
    for folder in empty_folders:
        print(_no_postings_message(folder, args.glob), file=sys.stderr)
    if len(empty_folders) == len(args.files):
        return EXIT_FAILED  # nothing to parse, and nothing to write
    tally = _Tally(progress=_progress_bar(args), batch=not _single_input(args.files))
    results = parse_many(
        _cli_inputs(args.files, options),
        workers=args.workers,
        on_error="collect",
        timeout=args.timeout,
        glob=args.glob,
        strict=args.strict,
        options=options,
    )
    try:
        with ExitStack() as stack:
            stack.callback(results.close)  # stops the workers at once, also on Ctrl-C
            errors_out = _errors_output(stack, targets.errors, args.errors)
            parsed = _successes(results, tally, errors_out, from_json=output_format == "jsonl")
            with _guarded(nullcontext(), args.output):
                _write_postings(parsed, output_format, args, targets.output)
    except KeyboardInterrupt as exc:
        tally.clear_progress()
        untouched = f"; {args.output} was left as it was" if args.output and args.output != STDOUT else ""
        print(f"jobspec: interrupted{untouched}", file=sys.stderr)
        return _interrupted_status(exc)
    except _OutputError as failed:
        tally.clear_progress()
        print(f"jobspec: cannot write {failed.path}: {failed.reason}", file=sys.stderr)
        return EXIT_FAILED
    tally.close(summary=not args.quiet)
    return EXIT_FAILED if tally.failed or empty_folders else EXIT_OK


@dataclass(frozen=True)
class _Targets:
    """The files to write (a symbolic link's target, not the link), or None for standard output."""

    output: str | None
    errors: str | None


@dataclass
class _OutputError(Exception):
    """An output that cannot be written: refused before parsing, or failed while writing."""

    path: str
    reason: str


def _output_targets(args: argparse.Namespace) -> _Targets:
    """Check -o and --errors before anything is parsed (see :mod:`jobspec._output_paths`)."""
    inputs = _inputs(args.files, args.glob)
    return _Targets(
        output=_checked_target(args.output, inputs, args.errors) if args.output is not None else None,
        errors=_checked_target(args.errors, inputs, args.output) if args.errors is not None else None,
    )


def _inputs(names: list[str], glob: str) -> Inputs:
    return Inputs(names=names, patterns=[p.strip() for p in glob.split(",") if p.strip()])


def _checked_target(path: str, inputs: Inputs, other: str | None = None) -> str | None:
    """The file to write for the output ``path`` (None: standard output), or :class:`_OutputError` saying why not."""
    try:
        target = checked_output(path, inputs, other)
    except OutputRefusedError as exc:
        raise _OutputError(path, str(exc)) from None
    return None if target == STDOUT else target


@contextmanager
def _guarded(context: AbstractContextManager[T], path: str | None) -> Iterator[T]:
    """``context``, with an OSError met while writing ``path`` turned into one line (the temporary file is gone)."""
    try:
        with context as value:
            yield value
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or path is None:
            raise
        raise _OutputError(path, exc.strerror or str(exc)) from None


@dataclass
class _ErrorsFile:
    """The --errors file: one JSON line per failure; a failure to write it names it."""

    out: TextIO
    path: str

    def write(self, line: str) -> None:
        try:
            self.out.write(line)
        except OSError as exc:
            raise _OutputError(self.path, exc.strerror or str(exc)) from None


def _errors_output(stack: ExitStack, target: str | None, path: str | None) -> _ErrorsFile | None:
    if path is None:
        return None
    return _ErrorsFile(stack.enter_context(_guarded(_text_output(target), path)), path)


def _output_format(chosen: str | None, output: str | None) -> str:
    """The --format given, else the one the output file's extension names, else json."""
    if chosen is None and output is not None:
        extension = os.path.splitext(output)[1].lower()
        if extension not in _FORMAT_BY_EXTENSION:
            raise ValueError(f"cannot tell the format from {output!r}; use --format")
        chosen = _FORMAT_BY_EXTENSION[extension]
    chosen = chosen or "json"
    if chosen == "parquet" and output in (None, STDOUT):  # a Parquet file is written, then moved into place
        raise ValueError("--format parquet needs --output FILE")
    return chosen


def _parquet_unavailable() -> str | None:
    """Why Parquet cannot be written here, or None when it can."""
    try:
        importlib.import_module("pyarrow.parquet")
    except ImportError:
        return f"writing Parquet needs pyarrow: {install_hint('parquet')}"
    return None


def _cli_inputs(files: list[str], options: ParseOptions) -> Iterator[str | tuple[str, bytes]]:
    for name in files:
        # At most one byte over the limit is read: the parse refuses it, as it would a file.
        yield ("<stdin>", sys.stdin.buffer.read(options.max_input_bytes + 1)) if name == "-" else name


def _single_input(files: list[str]) -> bool:
    """True when the one input is one posting (a file or stdin), not a folder or a pattern."""
    return len(files) == 1 and (files[0] == "-" or os.path.isfile(files[0]))


def _folders_without_postings(files: list[str], glob: str) -> list[str]:
    """The folders among ``files`` in which no file matches ``glob``: an empty result should not look like success."""
    return [name for name in files if os.path.isdir(name) and next(iter_inputs([name], glob), None) is None]


def _no_postings_message(folder: str, glob: str) -> str:
    return f"jobspec: no postings in {folder}: no file in it matches --glob '{glob}'"


def _successes(
    results: Iterable[Result], tally: _Tally, errors_out: _ErrorsFile | None, *, from_json: bool = False
) -> Iterator[Result]:
    """The results that parsed; each failure is reported on stderr (and to ``errors_out``) as it comes.

    A posting parsed with an error (broken front matter, an empty input) is
    kept, named on stderr and counted apart. With ``from_json`` the posting's
    JSON is looked at first, so that no posting is rebuilt only to be checked.
    """
    for result in results:
        _raise_if_terminated()
        problems = _error_diagnostics(result, from_json=from_json) if result.ok else []
        tally.count(failed=not result.ok, problem=problems[0].code if problems else None)
        if result.ok:
            _report_problems(result.id, problems, tally)
            yield result
        elif result.error is not None:
            _report_failure(result.id, result.error, tally, errors_out)
    _raise_if_terminated()


_ERROR_SEVERITY_IN_JSON = '"severity":"error"'  # as JobPosting.model_dump_json() writes it, without spaces


def _error_diagnostics(result: Result, *, from_json: bool) -> list[Diagnostic]:
    """The diagnostics of severity error of a parsed posting."""
    if from_json:
        text = result.json()
        if text is None or _ERROR_SEVERITY_IN_JSON not in text:
            return []
    posting = result.posting
    return [d for d in posting.diagnostics if d.severity == "error"] if posting is not None else []


def _report_problems(key: str, problems: list[Diagnostic], tally: _Tally) -> None:
    if not problems:
        return
    tally.clear_progress()
    for diagnostic in problems:
        where = format_location(key, diagnostic.line, diagnostic.column)
        print(f"{where}: {diagnostic.message} [{diagnostic.code}]", file=sys.stderr)


def _report_failure(key: str, error: BatchError, tally: _Tally, errors_out: _ErrorsFile | None) -> None:
    located = error if error.path is not None else dataclasses.replace(error, path=key)
    tally.clear_progress()
    print(str(located), file=sys.stderr)
    if errors_out is not None:
        errors_out.write(json.dumps({"id": key, **error.to_dict()}, ensure_ascii=False) + "\n")


def _write_postings(
    results: Iterator[Result], output_format: str, args: argparse.Namespace, target: str | None
) -> None:
    if output_format == "jsonl":
        # The JSON a worker sent is written as it is: no JobPosting is rebuilt here.
        with _text_output(target) as out:
            out.writelines(f"{result.json()}\n" for result in results)
        return
    postings = (posting for result in results if (posting := result.posting) is not None)
    if output_format == "parquet":
        from .arrow import write_parquet

        write_parquet(postings, target or args.output)
        return
    with _text_output(target) as out:
        if output_format == "json":
            _write_json(postings, _single_input(args.files), args.indent, out)
        elif output_format == "csv":
            _write_csv(postings, out, raw=args.csv_raw)
        elif output_format == "jsonld":
            for posting in postings:
                _write_jsonld(posting, args.indent, out)
        else:
            for posting in postings:
                _write_text(posting, out)


@contextmanager
def _text_output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file at ``path`` that appears only once complete."""
    if path is None or path == STDOUT:
        yield sys.stdout
        return
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as out:
        yield out


def _write_json(postings: Iterable[JobPosting], single: bool, indent: int, out: TextIO) -> None:
    """One object for a single input; else an array, written as the postings come."""
    spacing = indent or None
    if single:
        for posting in postings:
            out.write(json.dumps(posting.to_dict(), indent=spacing, ensure_ascii=False) + "\n")
        return
    # The same text as json.dumps(list, indent=...) gives, without holding the list.
    first, between, last = ("[\n", ",\n", "\n]") if spacing else ("[", ", ", "]")
    written = 0
    for posting in postings:
        text = json.dumps(posting.to_dict(), indent=spacing, ensure_ascii=False)
        out.write((between if written else first) + (textwrap.indent(text, " " * indent) if spacing else text))
        written += 1
    out.write((last if written else "[]") + "\n")


def _write_csv(postings: Iterable[JobPosting], out: TextIO, *, raw: bool = False) -> None:
    """One row per posting, one column per field; lists and objects as JSON text, None as empty.

    A cell a spreadsheet would read as a formula gets a ``'`` in front unless ``raw``.
    """
    columns = list(JobPosting.model_fields)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for posting in postings:
        data = posting.to_dict()
        cells = [_csv_cell(data.get(column, [])) for column in columns]  # not_computed is left out when empty
        writer.writerow(cells if raw else [_defused(cell) for cell in cells])


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _defused(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would run it as a formula (``=HYPERLINK(...)``)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


@dataclass
class _Tally:
    """Counts inputs as they finish; draws the progress bar and the closing summary."""

    progress: _ProgressBar | None
    batch: bool = True
    """False for one file or standard input: a rate of postings per second means nothing then."""
    parsed: int = 0
    failed: int = 0
    problems: Counter[str] = field(default_factory=Counter)
    """Postings parsed with an error diagnostic, by the code of their first one."""
    started: float = field(default_factory=time.perf_counter)

    def count(self, *, failed: bool, problem: str | None = None) -> None:
        if failed:
            self.failed += 1
        else:
            self.parsed += 1
        if problem is not None:
            self.problems[problem] += 1
        if self.progress is not None:
            self.progress.draw(self.parsed + self.failed, self.failed)

    def clear_progress(self) -> None:
        if self.progress is not None:
            self.progress.clear()

    def close(self, *, summary: bool) -> None:
        self.clear_progress()
        if summary:
            print(f"jobspec: {self.summary()}", file=sys.stderr)

    def summary(self) -> str:
        """``18 parsed, 1 with broken front matter, 0 failed in 0.52 s (34.6 postings/s)``."""
        seconds = time.perf_counter() - self.started
        counts = [f"{self.parsed} parsed", *_problem_counts(self.problems), f"{self.failed} failed"]
        line = f"{', '.join(counts)} in {seconds:.2f} s"
        if self.batch and seconds > 0:
            line += f" ({(self.parsed + self.failed) / seconds:.1f} postings/s)"
        return line


_PROBLEM_NAMES = {"front-matter-invalid": "with broken front matter", "empty-input": "empty"}
"""How the summary line counts postings parsed with each error diagnostic (others: "with errors")."""


def _problem_counts(problems: Counter[str]) -> list[str]:
    """``['1 with broken front matter', '2 empty']``: postings that parsed, though with an error."""
    named: Counter[str] = Counter()
    for code, count in problems.items():
        named[_PROBLEM_NAMES.get(code, "with errors")] += count
    return [f"{count} {name}" for name, count in named.items()]


def _progress_bar(args: argparse.Namespace) -> _ProgressBar | None:
    """A bar when asked for, or when stderr is a terminal and --quiet was not given."""
    if args.quiet or not (args.progress or sys.stderr.isatty()):
        return None
    inputs = [name for name in args.files if name != "-"]
    # One extra pass over the folders, keeping nothing, so the bar can show a total.
    total = args.files.count("-") + sum(1 for _ in iter_inputs(inputs, args.glob))
    return _ProgressBar(total, sys.stderr)


@dataclass
class _ProgressBar:
    """``[#######.........]  120/300  40%  85.2/s  1 failed`` on one line, redrawn at most 10 times a second."""

    total: int
    stream: TextIO
    width: int = 24
    shown: int = 0  # length of the line on screen, to blank it out
    last_draw: float = 0.0
    started: float = field(default_factory=time.perf_counter)

    def draw(self, done: int, failed: int) -> None:
        now = time.perf_counter()
        if now - self.last_draw < 0.1 and done < self.total:
            return
        self.last_draw = now
        filled = self.width * done // self.total if self.total else self.width
        rate = done / (now - self.started) if now > self.started else 0.0
        percent = 100 * done // self.total if self.total else 100
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total} {percent}% {rate:.1f}/s"
        if failed:
            line += f" {failed} failed"
        self.stream.write("\r" + line.ljust(self.shown))
        self.stream.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * self.shown + "\r")
            self.stream.flush()
            self.shown = 0


def _write_jsonld(posting: JobPosting, indent: int, out: TextIO) -> None:
    from .jsonld import jsonld_diagnostics

    for diagnostic in jsonld_diagnostics(posting):
        print(f"{posting.source.path or '<stdin>'}: warning: {diagnostic.message}", file=sys.stderr)
    out.write(json.dumps(posting.to_jsonld(), indent=indent or None, ensure_ascii=False) + "\n")


def _write_text(posting: JobPosting, out: TextIO) -> None:
    lines = [posting.title or "(untitled)"]
    facts = [posting.company, posting.location, posting.employment_type]
    if any(facts):
        lines.append(" · ".join(f for f in facts if f))
    if posting.source.path:
        lines.append(f"source: {posting.source.path}")
    lines.append("")
    lines.append(f"Responsibilities ({len(posting.responsibilities)}):")
    lines.extend(f"  {'  ' * r.level}- {r.text}" for r in posting.responsibilities)
    lines.append(f"Qualifications ({len(posting.qualifications)}):")
    lines.extend(
        f"  {'  ' * q.level}- [{'required' if q.required else 'preferred'}] {q.text}" for q in posting.qualifications
    )
    if posting.benefits:
        lines.append(f"Benefits ({len(posting.benefits)}):")
        lines.extend(f"  - {b.text}" for b in posting.benefits)
    for diagnostic in posting.diagnostics:
        where = f"line {diagnostic.line}: " if diagnostic.line else ""
        lines.append(f"{diagnostic.severity}: {where}{diagnostic.message}")
    out.write("\n".join(lines) + "\n\n")


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    report = evaluate(args.corpus, _options(args))
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict()) + "\n")
    else:
        if args.misses:
            for name, score in report.fields.items():
                sys.stdout.writelines(f"  miss     {name}: {line}\n" for line in score.misses)
                sys.stdout.writelines(f"  spurious {name}: {line}\n" for line in score.spurious)
            sys.stdout.writelines(f"  miss     occupation: {line}\n" for line in report.occupations.misses)
        for failure in report.failures:
            print(f"FAILED {failure}", file=sys.stderr)
        sys.stdout.write(report.summary() + "\n")
    return EXIT_FAILED if report.failures else EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    from .models import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
    return EXIT_OK

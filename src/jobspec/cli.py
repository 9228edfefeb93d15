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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, TypeVar

from ._output_paths import STDOUT, Inputs, OutputRefusedError, checked_output
from ._version import __version__
from .batch import DEFAULT_GLOB, BatchError, Result, atomic_path, iter_inputs, parse_many
from .errors import JobspecError
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse_file
from .vocabulary import Vocabulary

__all__ = ["main"]

T = TypeVar("T")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # what shells report for a command stopped by Ctrl-C
FORMATS = ("json", "jsonl", "jsonld", "text", "csv", "parquet")
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
        raise Terminated(signum)

    previous = {signum: signal.signal(signum, terminate) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


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
        "and qualifications, and the accuracy of the required/preferred flag. CORPUS holds NAME.md "
        "beside NAME.expected.json, or docs/*.md with a gold.json of spans.",
    )
    eval_cmd.add_argument("corpus", metavar="CORPUS", help="folder of labelled postings")
    eval_cmd.add_argument("--misses", action="store_true", help="list every missed and spurious item")
    eval_cmd.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    eval_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    eval_cmd.set_defaults(run=_run_eval)

    show_cmd = commands.add_parser(
        "show",
        help="write an annotated HTML review page of one posting",
        description="Render FILE as a static HTML page: sections outlined and labelled with their kind, "
        "each responsibility and qualification highlighted in place, facts in a side panel linking to "
        "their lines, and the diagnostics.",
    )
    show_cmd.add_argument("file", metavar="FILE", help="the posting")
    show_cmd.add_argument("-o", "--output", metavar="PAGE", help="where to write the page (default: FILE.html)")
    show_cmd.add_argument("--open", action="store_true", help="open the page in a web browser")
    show_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    show_cmd.set_defaults(run=_run_show)

    report_cmd = commands.add_parser(
        "report",
        help="write an HTML report over many postings",
        description="Parse the postings (files or folders) and write a static HTML report: postings parsed "
        "and failed, the share with each fact found, the most requested skills, salary ranges, employment "
        "types, workplaces and languages, as charts with their numbers as tables.",
    )
    report_cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="postings, or folders of them")
    report_cmd.add_argument("-o", "--output", metavar="PAGE", required=True, help="where to write the report")
    report_cmd.add_argument("--glob", default=DEFAULT_GLOB, help=f"patterns for folders (default: {DEFAULT_GLOB})")
    report_cmd.add_argument("--workers", type=_positive_int, default=None, help="processes (default: all cores)")
    report_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    report_cmd.set_defaults(run=_run_report)
    return parser


def _run_show(args: argparse.Namespace) -> int:
    from .review import render_posting

    posting = parse_file(args.file, options=_options(args))
    target = Path(args.output or f"{args.file}.html")
    with atomic_path(target) as temporary:
        temporary.write_text(render_posting(posting), encoding="utf-8")
    print(f"jobspec: wrote {target}", file=sys.stderr)
    if args.open:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())
    return EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    from .review import render_report

    postings: list[JobPosting] = []
    failures: list[tuple[str, str]] = []
    results = parse_many(args.inputs, workers=args.workers, on_error="collect", glob=args.glob, options=_options(args))
    for result in results:
        if result.posting is not None:
            postings.append(result.posting)
        elif result.error is not None:
            failures.append((result.id, str(result.error)))
            print(str(result.error), file=sys.stderr)
    with atomic_path(args.output) as temporary:
        temporary.write_text(render_report(postings, failures), encoding="utf-8")
    print(f"jobspec: {len(postings)} parsed, {len(failures)} failed; wrote {args.output}", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _options(args: argparse.Namespace) -> ParseOptions:
    if args.vocabulary:
        return ParseOptions(vocabulary=Vocabulary.from_file(args.vocabulary))
    return ParseOptions()


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
        "objects as JSON; parquet: Arrow-typed columns, needs jobspec[parquet] and --output (default: json)",
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
    tally = _Tally(progress=_progress_bar(args))
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
            with _guarded(nullcontext(), args.output):
                _write_postings(_successes(results, tally, errors_out), output_format, args, targets.output)
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
    return EXIT_FAILED if tally.failed else EXIT_OK


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
    inputs = Inputs(names=args.files, patterns=[p.strip() for p in args.glob.split(",") if p.strip()])
    targets: list[str | None] = []
    for path, other in ((args.output, args.errors), (args.errors, args.output)):
        if path is None:
            targets.append(None)
            continue
        try:
            target = checked_output(path, inputs, other)
        except OutputRefusedError as exc:
            raise _OutputError(path, str(exc)) from None
        targets.append(None if target == STDOUT else target)
    return _Targets(output=targets[0], errors=targets[1])


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
        return "writing Parquet needs pyarrow: pip install 'jobspec[parquet]'"
    return None


def _cli_inputs(files: list[str], options: ParseOptions) -> Iterator[str | tuple[str, bytes]]:
    for name in files:
        # At most one byte over the limit is read: the parse refuses it, as it would a file.
        yield ("<stdin>", sys.stdin.buffer.read(options.max_input_bytes + 1)) if name == "-" else name


def _single_input(files: list[str]) -> bool:
    """True when the one input is one posting (a file or stdin), not a folder or a pattern."""
    return len(files) == 1 and (files[0] == "-" or os.path.isfile(files[0]))


def _successes(results: Iterable[Result], tally: _Tally, errors_out: _ErrorsFile | None) -> Iterator[Result]:
    """The results that parsed; each failure is reported on stderr (and to ``errors_out``) as it comes."""
    for result in results:
        tally.count(failed=not result.ok)
        if result.ok:
            yield result
        elif result.error is not None:
            _report_failure(result.id, result.error, tally, errors_out)


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
        cells = [_csv_cell(data[column]) for column in columns]
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
    parsed: int = 0
    failed: int = 0
    started: float = field(default_factory=time.perf_counter)

    def count(self, *, failed: bool) -> None:
        if failed:
            self.failed += 1
        else:
            self.parsed += 1
        if self.progress is not None:
            self.progress.draw(self.parsed + self.failed, self.failed)

    def clear_progress(self) -> None:
        if self.progress is not None:
            self.progress.clear()

    def close(self, *, summary: bool) -> None:
        self.clear_progress()
        if summary:
            seconds = time.perf_counter() - self.started
            rate = (self.parsed + self.failed) / seconds if seconds > 0 else 0.0
            print(
                f"jobspec: {self.parsed} parsed, {self.failed} failed in {seconds:.2f} s ({rate:.1f} postings/s)",
                file=sys.stderr,
            )


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
        for failure in report.failures:
            print(f"FAILED {failure}", file=sys.stderr)
        sys.stdout.write(report.summary() + "\n")
    return EXIT_FAILED if report.failures else EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(JobPosting.model_json_schema(), indent=2) + "\n")
    return EXIT_OK

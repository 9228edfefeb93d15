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
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ._version import __version__
from .batch import DEFAULT_GLOB, BatchError, Result, atomic_path, iter_inputs, parse_many
from .errors import JobspecError
from .models import JobPosting
from .occupations import Classification
from .options import ParseOptions
from .pipeline import parse_file
from .vocabulary import Vocabulary

__all__ = ["main"]

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
        status: int = args.run(args)
    except JobspecError as exc:
        print(f"jobspec: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # output piped into `head`: not an error
        return EXIT_OK
    return status


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
    show_cmd.add_argument("-o", "--output", metavar="PAGE", help="where to write the page (default: FILE.html)")
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
    report_cmd.add_argument("-o", "--output", metavar="PAGE", required=True, help="where to write the report")
    report_cmd.add_argument("--glob", default=DEFAULT_GLOB, help=f"patterns for folders (default: {DEFAULT_GLOB})")
    report_cmd.add_argument("--workers", type=_positive_int, default=None, help="processes (default: all cores)")
    report_cmd.add_argument("--vocabulary", metavar="FILE", help="extra heading phrases and cue words")
    _add_occupations_argument(report_cmd)
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
    options = ParseOptions(vocabulary=Vocabulary.from_file(args.vocabulary)) if args.vocabulary else ParseOptions()
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


def _add_parse_arguments(parse_cmd: argparse.ArgumentParser) -> None:
    parse_cmd.add_argument(
        "files", nargs="+", metavar="FILE", help="posting files, folders (searched recursively), or - for stdin"
    )
    parse_cmd.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of stdout, all at once at the end; the extension "
        "(.json, .jsonl, .csv, .parquet) sets the format unless --format is given",
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
    parse_cmd.add_argument("--errors", metavar="FILE", help="write each failure to FILE as a JSON line")
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
    parse_cmd.add_argument("--indent", type=int, default=2, help="JSON indentation (default: 2)")


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
    options = _options(args)
    tally = _Tally(progress=_progress_bar(args))
    results = parse_many(
        _cli_inputs(args.files),
        workers=args.workers,
        on_error="collect",
        glob=args.glob,
        strict=args.strict,
        options=options,
    )
    try:
        with ExitStack() as stack:
            stack.callback(results.close)  # stops the workers at once, also on Ctrl-C
            errors_out = stack.enter_context(_text_output(args.errors)) if args.errors else None
            _write_postings(_successes(results, tally, errors_out), output_format, args)
    except KeyboardInterrupt:
        tally.clear_progress()
        untouched = f"; {args.output} was left as it was" if args.output else ""
        print(f"jobspec: interrupted{untouched}", file=sys.stderr)
        return EXIT_INTERRUPTED
    tally.close(summary=not args.quiet)
    return EXIT_FAILED if tally.failed else EXIT_OK


def _output_format(chosen: str | None, output: str | None) -> str:
    """The --format given, else the one the output file's extension names, else json."""
    if chosen is None and output is not None:
        extension = os.path.splitext(output)[1].lower()
        if extension not in _FORMAT_BY_EXTENSION:
            raise ValueError(f"cannot tell the format from {output!r}; use --format")
        chosen = _FORMAT_BY_EXTENSION[extension]
    chosen = chosen or "json"
    if chosen == "parquet" and output is None:
        raise ValueError("--format parquet needs --output FILE")
    return chosen


def _parquet_unavailable() -> str | None:
    """Why Parquet cannot be written here, or None when it can."""
    try:
        importlib.import_module("pyarrow.parquet")
    except ImportError:
        return "writing Parquet needs pyarrow: pip install 'jobspec[parquet]'"
    return None


def _cli_inputs(files: list[str]) -> Iterator[str | tuple[str, bytes]]:
    for name in files:
        yield ("<stdin>", sys.stdin.buffer.read()) if name == "-" else name


def _single_input(files: list[str]) -> bool:
    """True when the one input is one posting (a file or stdin), not a folder or a pattern."""
    return len(files) == 1 and (files[0] == "-" or os.path.isfile(files[0]))


def _successes(results: Iterable[Result], tally: _Tally, errors_out: TextIO | None) -> Iterator[Result]:
    """The results that parsed; each failure is reported on stderr (and to ``errors_out``) as it comes."""
    for result in results:
        tally.count(failed=not result.ok)
        if result.ok:
            yield result
        elif result.error is not None:
            _report_failure(result.id, result.error, tally, errors_out)


def _report_failure(key: str, error: BatchError, tally: _Tally, errors_out: TextIO | None) -> None:
    located = error if error.path is not None else dataclasses.replace(error, path=key)
    tally.clear_progress()
    print(str(located), file=sys.stderr)
    if errors_out is not None:
        errors_out.write(json.dumps({"id": key, **error.to_dict()}, ensure_ascii=False) + "\n")


def _write_postings(results: Iterator[Result], output_format: str, args: argparse.Namespace) -> None:
    if output_format == "jsonl":
        # The JSON a worker sent is written as it is: no JobPosting is rebuilt here.
        with _text_output(args.output) as out:
            out.writelines(f"{result.json()}\n" for result in results)
        return
    postings = (posting for result in results if (posting := result.posting) is not None)
    if output_format == "parquet":
        from .arrow import write_parquet

        write_parquet(postings, args.output)
        return
    with _text_output(args.output) as out:
        if output_format == "json":
            _write_json(postings, _single_input(args.files), args.indent, out)
        elif output_format == "csv":
            _write_csv(postings, out)
        elif output_format == "jsonld":
            for posting in postings:
                _write_jsonld(posting, args.indent, out)
        else:
            for posting in postings:
                _write_text(posting, out)


@contextmanager
def _text_output(path: str | None) -> Iterator[TextIO]:
    """Standard output, or a file at ``path`` that appears only once complete."""
    if path is None:
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


def _write_csv(postings: Iterable[JobPosting], out: TextIO) -> None:
    """One row per posting, one column per field; lists and objects as JSON text, None as empty."""
    columns = list(JobPosting.model_fields)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for posting in postings:
        data = posting.to_dict()
        writer.writerow([_csv_cell(data[column]) for column in columns])


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


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
            sys.stdout.writelines(f"  miss     occupation: {line}\n" for line in report.occupations.misses)
        for failure in report.failures:
            print(f"FAILED {failure}", file=sys.stderr)
        sys.stdout.write(report.summary() + "\n")
    return EXIT_FAILED if report.failures else EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(JobPosting.model_json_schema(), indent=2) + "\n")
    return EXIT_OK

"""The ``jobspec`` command: a thin shell over the library.

Each command parses its arguments, calls the library, and maps a
:class:`~jobspec.errors.JobspecError` to one ``path:line:col: message`` line
on stderr. Exit status: 0 on success, 1 when any input failed (the others
are still processed), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ._version import __version__
from .errors import JobspecError
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse, parse_file
from .vocabulary import Vocabulary

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = ("json", "jsonl", "text")


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
        description="Parse each FILE ('-' for standard input) and print the result.",
    )
    parse_cmd.add_argument("files", nargs="+", metavar="FILE", help="posting files, or - for stdin")
    parse_cmd.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help="json: one object (an array for several files); jsonl: one object per line; "
        "text: a readable summary (default: json)",
    )
    parse_cmd.add_argument("--strict", action="store_true", help="fail on broken front matter")
    parse_cmd.add_argument(
        "--vocabulary",
        metavar="FILE",
        help="YAML or TOML file of extra heading phrases and cue words (see examples/vocabulary.yaml)",
    )
    parse_cmd.add_argument("--indent", type=int, default=2, help="JSON indentation (default: 2)")
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
    return parser


def _options(args: argparse.Namespace) -> ParseOptions:
    if args.vocabulary:
        return ParseOptions(vocabulary=Vocabulary.from_file(args.vocabulary))
    return ParseOptions()


def _run_parse(args: argparse.Namespace) -> int:
    options = _options(args)
    postings: list[JobPosting] = []
    failed = 0
    out = sys.stdout
    for name in args.files:
        try:
            posting = _parse_one(name, args.strict, options)
        except JobspecError as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
            continue
        if args.format == "jsonl":
            out.write(posting.model_dump_json() + "\n")
        elif args.format == "text":
            _write_text(posting, out)
        else:
            postings.append(posting)
    if args.format == "json" and (postings or not failed):
        _write_json(postings, len(args.files) == 1, args.indent, out)
    return EXIT_FAILED if failed else EXIT_OK


def _parse_one(name: str, strict: bool, options: ParseOptions) -> JobPosting:
    if name == "-":
        return parse(sys.stdin.buffer.read(), path="<stdin>", strict=strict, options=options)
    return parse_file(name, strict=strict, options=options)


def _write_json(postings: list[JobPosting], single: bool, indent: int, out: TextIO) -> None:
    data = [p.to_dict() for p in postings]
    payload = data[0] if single and len(data) == 1 else data
    out.write(json.dumps(payload, indent=indent or None, ensure_ascii=False) + "\n")


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

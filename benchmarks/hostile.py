"""Is parsing linear in the size of hostile input? Doubles each input and prints the time ratios.

Run from the repository root (about 20 minutes; 3 minutes with --quick)::

    python benchmarks/hostile.py [--quick] [--case NAME ...] [--timeout SECONDS]

For each hostile input (deep nesting, runs of ``*`` and ``[``, a single huge
line, unclosed HTML, template tags, front matter, broken encodings …) it
builds inputs of 1, 2, 4, 8 and 16 MB (1, 2 and 4 with --quick), parses each
in a fresh child process with ``max_input_bytes`` raised to fit, and prints
the parse time and the ratio of each time to the one before. A ratio near 2
is linear; near 4 is quadratic. A step that takes longer than --timeout is
stopped and shown as ``>T``; the larger sizes of that input are skipped.

This measures, it does not assert: the unit tests prove bounded answers by
the limits in :class:`jobspec.ParseOptions`, not by the clock.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from multiprocessing.connection import Connection
from pathlib import Path

import jobspec

MB = 1_000_000
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = (ROOT / "examples" / "senior-machine-learning-scientist.md").read_text(encoding="utf-8")

Source = str | bytes


def repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return unit * max(size // len(unit), 1)


def nested_lines(prefix: str, depth: int, size: int) -> str:
    """Lines each nested ``depth`` deep (``prefix`` repeated), repeated to ``size``."""
    return repeat_to(prefix * depth + "x\n", size)


def front_matter_of(size: int) -> str:
    return "---\n" + repeat_to("key: value\n", size) + "---\n## Requirements\n- Python\n"


def invalid_utf8(size: int) -> bytes:
    return (
        repeat_to("Café – naïve résumé\n", size // 2).encode()
        + b"\xff\xfe"
        + repeat_to("- Grüße\n", size // 2).encode()
    )


CASES: dict[str, Callable[[int], Source]] = {
    "example posting, repeated": lambda n: EXAMPLE.split("---\n", 2)[2] * max(n // len(EXAMPLE), 1),
    "list items": lambda n: repeat_to("- You will build data pipelines in Python\n", n),
    "lists nested 10,000 deep": lambda n: nested_lines("- ", 10_000, n),
    "quotes nested 10,000 deep": lambda n: nested_lines("> ", 10_000, n),
    "lists indented 100 deep": lambda n: repeat_to("".join("  " * i + "- x\n" for i in range(100)), n),
    "headings": lambda n: repeat_to("# h\n", n),
    "one line of words": lambda n: repeat_to("lorem ipsum dolor ", n) + "\n",
    "one paragraph of many lines": lambda n: repeat_to("You will build things.\n", n),
    "one line of many sentences": lambda n: repeat_to("You will build things. ", n) + "\n",
    "one line of 'a'": lambda n: "a" * n + "\n",
    "'*' run": lambda n: "*" * n + "\n",
    "'[' run": lambda n: "[" * n + "\n",
    "'_a_' run": lambda n: repeat_to("_a_", n) + "\n",
    "'**a' run": lambda n: repeat_to("**a", n) + "\n",
    "'**a ' run": lambda n: repeat_to("**a ", n) + "\n",
    "'<http:' run": lambda n: repeat_to("<http:", n) + "\n",
    "'[a](' run": lambda n: repeat_to("[a](", n) + "\n",
    "'{{' run": lambda n: repeat_to("{{", n) + "\n",
    "'<' run": lambda n: "<" * n + "\n",
    "unclosed '<div '": lambda n: "<div>\n" + repeat_to("<div ", n) + "\n",
    "unclosed '<!--'": lambda n: "<div>\n" + repeat_to("<!--", n) + "\n",
    "table rows": lambda n: "| a | b |\n|---|---|\n" + repeat_to("| x | y |\n", n),
    "spaces inside a line": lambda n: "a" + " " * n + "b\n",
    "CRLF lines": lambda n: repeat_to("- You will build things\r\n", n),
    "mojibake": lambda n: repeat_to("Weâ€™re hiring. You will build things.\n\n", n),
    "one qualification of repeated 'degree'": lambda n: "## Requirements\n- " + repeat_to("degree ", n) + "\n",
    "a salary line of 'commensurate with'": lambda n: "Salary: " + repeat_to("commensurate with ", n) + "\n",
    "a salary line of digits": lambda n: "€ " + "1" * n + "\n",
    "invalid UTF-8 in the middle": invalid_utf8,
    "front matter (over its limit)": front_matter_of,
}


def _child(source: Source, options: jobspec.ParseOptions, answer: Connection) -> None:
    started = time.perf_counter()
    try:
        jobspec.parse(source, options=options)
        outcome = "ok"
    except jobspec.JobspecError as exc:
        outcome = type(exc).__name__
    except Exception as exc:  # a crash is what this looks for, so it is reported, not raised
        outcome = f"CRASH {type(exc).__name__}: {exc}"[:80]
    answer.send((time.perf_counter() - started, outcome))


def time_parse(source: Source, timeout: float) -> tuple[float | None, str]:
    """Seconds one parse takes in a fresh process (None past ``timeout``), and how it ended."""
    options = jobspec.ParseOptions(max_input_bytes=4 * len(source) + MB)
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_child, args=(source, options, send))
    child.start()
    send.close()
    ready = receive.poll(timeout)
    if not ready:
        child.kill()
        child.join()
        return None, "timeout"
    try:
        seconds, outcome = receive.recv()
    except EOFError:  # the child died without an answer (out of memory, a segfault)
        seconds, outcome = None, f"DIED (exit code {child.exitcode})"
    child.join()
    return seconds, outcome


def format_row(name: str, measured: list[float | None], sizes: int, outcome: str, timeout: float) -> str:
    """One table row: a time per size tried (">T" when it timed out, "-" when skipped), then the ratios."""
    cells = [f"{t:7.2f}" if t is not None else f"{'>' + str(int(timeout)):>7}" for t in measured]
    cells += [f"{'-':>7}"] * (sizes - len(measured))
    done = [t for t in measured if t is not None]
    ratios = [f"{b / a:4.1f}" if a > 0.005 else "  - " for a, b in pairwise(done)]
    return f"{name:40} {' '.join(cells)}   {' '.join(ratios):24} {outcome}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1, 2 and 4 MB only")
    parser.add_argument("--case", action="append", help="only the inputs whose name contains this")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per parse")
    args = parser.parse_args(argv)
    sizes = [MB, 2 * MB, 4 * MB] if args.quick else [MB, 2 * MB, 4 * MB, 8 * MB, 16 * MB]
    chosen = {name: make for name, make in CASES.items() if not args.case or any(c in name for c in args.case)}
    header = " ".join(f"{size // MB:>4} MB" for size in sizes)
    print(f"{'input':40} {header}   {'ratio per doubling':24} outcome")
    for name, make in chosen.items():
        measured: list[float | None] = []
        outcome = ""
        for size in sizes:
            seconds, outcome = time_parse(make(size), args.timeout)
            measured.append(seconds)
            if seconds is None:
                break
        print(format_row(name, measured, len(sizes), outcome, args.timeout), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Is parsing linear in the size of hostile input? Doubles each input and prints the time ratios.

Run from the repository root (about 20 minutes; 3 minutes with --quick)::

    python benchmarks/hostile.py [--quick] [--whole-body] [--case NAME ...] [--timeout SECONDS]
    python benchmarks/hostile.py --regex [--pattern NAME ...]   # the regular expression scan (about 10 minutes)

For each hostile input (deep nesting, runs of ``*`` and ``[``, a single huge
line, unclosed HTML, template tags, front matter, broken encodings …) it
builds inputs of 1, 2, 4, 8 and 16 MB (1, 2 and 4 with --quick), parses each
in a fresh child process with ``max_input_bytes`` raised to fit, and prints
the parse time and the ratio of each time to the one before. The child warms
up first (:func:`jobspec.pipeline.warm_up`, the same fixed cost for every input), so
the time is the input's own. A ratio near 2 is linear; near 4 is quadratic.
A step that takes longer than --timeout is stopped and shown as ``>T``; the
larger sizes of that input are skipped. An input whose 1 MB takes longer
than the budget (2 s) is marked ``over budget``.

By default the other limits are jobspec's own: past ``max_body_lines`` or
``max_body_chars`` the body is kept but not read, so the time flattens out
there. ``--whole-body`` lifts those two limits, to see that every stage is
linear over the whole input, not only over what the defaults read.

The regular expression scan (``--regex``) finds every compiled pattern in
the package (module globals, the tables and objects they hold, the
vocabulary's and taxonomy's patterns) and searches each, with
``finditer``, in texts of repeated units (spaces, tabs, digits, dates,
brackets, the pattern's own words …) ending in a character that fails
every match. It doubles the text until a search takes 5 ms of CPU time
(or 16,000 characters take less), then times two more doublings and prints
the smaller of the two growths: about 2 is linear, 4 quadratic. CPU time,
not wall time, so that other processes on the machine do not count.

This measures, it does not assert: the unit tests prove bounded answers by
the limits in :class:`jobspec.ParseOptions`, not by the clock.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import jobspec
from jobspec.facts.skills import default_taxonomy
from jobspec.pipeline import warm_up
from jobspec.text import CaselessPattern

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
    # Found by probes written apart from these (issue 17):
    "a heading-like line of '#'": lambda n: "#x" + "#" * n + "y\n",
    "a bold line, then spaces": lambda n: "**a**" + " " * n + "x\n",
    "a heading, then spaces": lambda n: "# a" + " " * n + "x\n",
    "TOML front matter, a long dotted key": lambda n: "+++\n" + "a." * (n // 2) + "a = 1\n+++\nbody\n",
    "'remote (a ' run": lambda n: repeat_to("remote (a ", n) + "\n",
    "ISO dates on one line": lambda n: repeat_to("2024-01-01 ", n) + "\n",
    "'Deadline: <date> ' run": lambda n: repeat_to("Deadline: 2024-01-01 ", n) + "\n",
    "lines of '> ```'": lambda n: repeat_to("> ```\n", n),
    "'- a' items": lambda n: repeat_to("- a\n", n),
    "'$1' run": lambda n: repeat_to("$1", n) + "\n",
    "'1 ' run": lambda n: repeat_to("1 ", n) + "\n",
    "'3+ years of' items": lambda n: repeat_to("- 3+ years of\n", n),
    "'apply by 01/02/2024' run": lambda n: repeat_to("apply by 01/02/2024 ", n) + "\n",
    "a line of tabs": lambda n: "\t" * n + "x\n",
}


BUDGET_SECONDS = 2.0
"""What 1 MB of any input may cost to parse, on one core (issue 17)."""
WHOLE_BODY = {"max_body_lines": 10**9, "max_body_chars": 10**12}


def _child(source: Source, options: jobspec.ParseOptions, answer: Connection) -> None:
    warm_up(options)
    started = time.perf_counter()
    try:
        jobspec.parse(source, options=options)
        outcome = "ok"
    except jobspec.JobspecError as exc:
        outcome = type(exc).__name__
    except Exception as exc:  # a crash is what this looks for, so it is reported, not raised
        outcome = f"CRASH {type(exc).__name__}: {exc}"[:80]
    answer.send((time.perf_counter() - started, outcome))


def time_parse(source: Source, timeout: float, *, whole_body: bool = False) -> tuple[float | None, str]:
    """Seconds one parse takes in a fresh process (None past ``timeout``), and how it ended."""
    options = jobspec.ParseOptions(max_input_bytes=4 * len(source) + MB, **(WHOLE_BODY if whole_body else {}))
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


# --- the regular expression scan ------------------------------------------------------

UNITS = (
    " ", "\t", "\n", " \n", "a", "a ", "a\n", "a.", "a:", "k", "1", "1 ", "1,", "1.", ". ", ", ", "-", "- ", "#",
    "*", "**a", "_", "(", "(a ", "[a", "<a ", "'", '"', "/", "&", ":", "$1", "€1 ", "3+ ", "01/02/2024 ",
    "2024-01-01 ",
)  # fmt: skip
"""Units repeated into the texts searched; each pattern's own words are added to them."""
FAILING_TAIL = "\x01"
ENOUGH_SECONDS = 0.005
LONGEST_START = 16_384
_WORD = re.compile(r"[a-zäöüéèàçñ]{2,}")


def package_patterns() -> dict[str, re.Pattern[str]]:
    """Every distinct compiled pattern reachable from jobspec's modules, by the name it is found under."""
    jobspec.parse("# T\n## Requirements\n- Python, 3 years, BSc\nRemote (EU)\nSalary: $1\n")  # lazy patterns
    default_taxonomy()
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(jobspec.__path__, "jobspec."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            _collect(value, f"{info.name.removeprefix('jobspec.')}.{name}", found, seen, 0)
    distinct: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for name, pattern in found.items():
        distinct.setdefault((pattern.pattern, pattern.flags), (name, pattern))
    return dict(distinct.values())


def _collect(value: Any, name: str, found: dict[str, re.Pattern[str]], seen: set[int], depth: int) -> None:
    if id(value) in seen or depth > 4 or isinstance(value, type) or type(value).__name__ == "module":
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        found.setdefault(name, value)
    elif isinstance(value, CaselessPattern):
        found.setdefault(name, value._pattern)
    elif isinstance(value, tuple | list | set | frozenset):
        for index, item in enumerate(value):
            _collect(item, f"{name}[{index}]", found, seen, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(item, f"{name}[{key!r}]", found, seen, depth + 1)
    elif type(value).__module__.startswith("jobspec") and hasattr(value, "__dict__"):
        for key, item in vars(value).items():
            _collect(item, f"{name}.{key}", found, seen, depth + 1)


def units_for(pattern: re.Pattern[str]) -> list[str]:
    """The common units, and the first words the pattern looks for (with and without a space)."""
    words = list(dict.fromkeys(_WORD.findall(pattern.pattern.lower())))[:6]
    return [*UNITS, *(word + " " for word in words), *words[:3]]


def cpu_seconds(pattern: re.Pattern[str], text: str) -> float:
    """The least CPU time of a few ``finditer`` passes over ``text`` (one, when it is slow)."""
    best, total, runs = float("inf"), 0.0, 0
    while runs < 3 or (total < 0.02 and runs < 50):
        started = time.process_time()
        for _ in pattern.finditer(text):
            pass
        seconds = time.process_time() - started
        best, total, runs = min(best, seconds), total + seconds, runs + 1
        if seconds > 0.5:
            break
    return best


def growth(pattern: re.Pattern[str], unit: str) -> tuple[float, float, int] | None:
    """(growth per doubling, seconds, characters) at the largest size timed; None when always fast."""
    count = max(1, 64 // len(unit))
    while (seconds := cpu_seconds(pattern, unit * count + FAILING_TAIL)) < ENOUGH_SECONDS:
        if len(unit) * count * 2 > LONGEST_START:
            return None
        count *= 2
    times = [seconds]
    for factor in (2, 4):
        if times[-1] > 1.0:
            break
        times.append(cpu_seconds(pattern, unit * count * factor + FAILING_TAIL))
    per_doubling = min(after / before for before, after in pairwise(times))
    return per_doubling, times[-1], len(unit) * count * 2 ** (len(times) - 1)


def scan_patterns(only: list[str] | None, threshold: float) -> int:
    """Print the worst growth of each pattern (those above ``threshold`` marked); returns how many are above."""
    patterns = package_patterns()
    chosen = {name: p for name, p in sorted(patterns.items()) if not only or any(o in name for o in only)}
    print(f"{len(chosen)} patterns; growth per doubling of the text (2: linear, 4: quadratic), worst unit")
    above = 0
    for name, pattern in chosen.items():
        worst = max(
            ((found, unit) for unit in units_for(pattern) if (found := growth(pattern, unit)) is not None),
            default=None,
        )
        if worst is None:
            continue
        (ratio, seconds, size), unit = worst
        flag = "  <-- above" if ratio > threshold else ""
        above += ratio > threshold
        print(f"{name:60} x{ratio:4.1f}  {unit!r:16} {seconds * 1000:7.1f} ms at {size:,} chars{flag}", flush=True)
    print(f"{above} of {len(chosen)} patterns grow faster than x{threshold} per doubling")
    return above


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1, 2 and 4 MB only")
    parser.add_argument("--case", action="append", help="only the inputs whose name contains this")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per parse")
    parser.add_argument("--whole-body", action="store_true", help="read the whole body (no max_body_lines/chars)")
    parser.add_argument("--regex", action="store_true", help="scan the package's regular expressions instead")
    parser.add_argument("--pattern", action="append", help="with --regex: only the patterns whose name has this")
    parser.add_argument("--threshold", type=float, default=2.5, help="with --regex: growth marked as too fast")
    args = parser.parse_args(argv)
    if args.regex:
        return 1 if scan_patterns(args.pattern, args.threshold) else 0
    sizes = [MB, 2 * MB, 4 * MB] if args.quick else [MB, 2 * MB, 4 * MB, 8 * MB, 16 * MB]
    chosen = {name: make for name, make in CASES.items() if not args.case or any(c in name for c in args.case)}
    header = " ".join(f"{size // MB:>4} MB" for size in sizes)
    print(f"{'input':40} {header}   {'ratio per doubling':24} outcome")
    over = 0
    for name, make in chosen.items():
        measured: list[float | None] = []
        outcome = ""
        for size in sizes:
            seconds, outcome = time_parse(make(size), args.timeout, whole_body=args.whole_body)
            measured.append(seconds)
            if seconds is None:
                break
        if measured[0] is None or measured[0] > BUDGET_SECONDS:
            outcome += ", over budget"
            over += 1
        print(format_row(name, measured, len(sizes), outcome, args.timeout), flush=True)
    print(f"{over} of {len(chosen)} inputs over the budget of {BUDGET_SECONDS:g} s for 1 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

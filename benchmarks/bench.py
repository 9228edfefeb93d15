"""How fast jobspec parses, against the floor of its two parsers, and what batch parsing costs in memory.

Run from the repository (about 4 minutes with --quick, 20 without, on 2 cores)::

    python benchmarks/bench.py [--n 10000] [--quick] [--corpus DIR ...] [--no-real]

First, over real postings: every ``*.md`` under each ``--corpus`` DIR, by
default ``../shared/corpus/dev`` and ``../shared/corpus/wild`` when they are
beside the clone (``--no-real`` skips this part). For each choice of
``ParseOptions(fields=...)`` (every field; the items; the items and the
salary; the fingerprint) it prints the parse's time against the floor and
each stage's time (see stages.py); then ``parse_many`` with 1 and 2 workers
over the real postings repeated to N, as below.

Then, for one generated corpus of N postings (see corpus.py):

* postings/s of the floor, ``frontmatter.loads`` plus mistune's AST and
  nothing else, and of ``jobspec.parse``, and their ratio;
* postings/s of ``parse_many`` with 1 and with 2 workers, and the speed-up,
  for a consumer that reads each posting and for one that takes its JSON;
* the peak resident memory of a fresh process streaming 10,000 and 100,000
  postings (1,000 and 10,000 with --quick) through ``parse_many``: the
  parent's and the largest worker's (RSS, which counts the pages a forked
  worker shares with the parent), and a worker's proportional and private
  memory (PSS, USS: ``/proc/PID/smaps_rollup``, Linux only) near the end.
  Flat figures mean memory does not grow with the batch.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from itertools import cycle, islice
from pathlib import Path

import frontmatter
import mistune
from stages import floor_time, print_choice

import jobspec
from corpus import ROOT, build_corpus
from jobspec.batch import Result, parse_many

MIB = 1024 * 1024
REAL_CORPORA = (ROOT.parent / "shared" / "corpus" / "dev", ROOT.parent / "shared" / "corpus" / "wild")
FIELD_CHOICES = ("all", "items", "items+salary", "fingerprint")


def main() -> None:
    """Parse the arguments, build the corpus, run every measurement and print the figures."""
    args = _arguments()
    if args.stream_child:
        _stream_child(args.stream_child, Path(args.folder))
        return
    count = args.n if args.n is not None else (1_000 if args.quick else 10_000)
    streams = (1_000, 10_000) if args.quick else (10_000, 100_000)
    real = args.corpus or [folder for folder in REAL_CORPORA if folder.is_dir()]
    if real and not args.no_real:
        _real_postings(real, count, repeats=3 if args.quick else 2)
    with tempfile.TemporaryDirectory(prefix="jobspec-bench-") as folder:
        paths = build_corpus(count, Path(folder))
        texts = [path.read_text(encoding="utf-8") for path in paths]
        _print_header(texts)
        _compare_with_floor(texts)
        _compare_workers(paths, repeats=3 if args.quick else 2)
        _stream_memory(streams, Path(folder))
        _print_load()


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="postings in the corpus (default 10000; 1000 with --quick)")
    parser.add_argument("--quick", action="store_true", help="a smaller corpus and smaller streams")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="real postings: every *.md under DIR (default ../shared/corpus/*)"
    )
    parser.add_argument("--no-real", action="store_true", help="leave out the real postings")
    parser.add_argument("--stream-child", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    return parser.parse_args()


def _real_postings(folders: list[Path], count: int, repeats: int) -> None:
    """The floor, each choice of fields with its stages, and 1 and 2 workers, over real postings."""
    paths = [path for folder in folders for path in sorted(folder.rglob("*.md"))]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    print(f"real postings: {len(texts)} from {', '.join(str(folder) for folder in folders)}")
    _print_header(texts)
    floor = floor_time(texts, rounds=3)
    print(f"  floor (frontmatter.loads + mistune AST) {floor:7.3f} ms per posting (CPU time, best of 3)")
    for label in FIELD_CHOICES:
        print_choice(label, texts, floor, rounds=3)
    repeated = list(islice(cycle(paths), max(count, len(paths))))
    print(f"parse_many over the real postings repeated to {len(repeated):,}:")
    _compare_workers(repeated, repeats)
    _print_load()


def _print_header(texts: list[str]) -> None:
    average = sum(len(text.encode()) for text in texts) / len(texts)
    print(
        f"jobspec {jobspec.__version__} · Python {platform.python_version()} · {os.cpu_count()} cores · "
        f"{len(texts):,} postings, {average / 1024:.1f} KiB on average"
    )
    _print_load()


def _print_load() -> None:
    """Print the load average: well above 0, other work is sharing the cores and skews the figures."""
    one, five, _ = os.getloadavg()
    print(f"    load average: {one:.2f} (1 min), {five:.2f} (5 min)")


def _rate(function: Callable[[str], object], texts: list[str]) -> float:
    """Postings per second of ``function`` over ``texts``, after one warm-up call."""
    function(texts[0])
    started = time.perf_counter()
    for text in texts:
        function(text)
    return len(texts) / (time.perf_counter() - started)


def _compare_with_floor(texts: list[str]) -> None:
    markdown = mistune.create_markdown(renderer=None)

    def floor(text: str) -> object:
        return markdown(frontmatter.loads(text).content)

    floor_rate = _rate(floor, texts)
    jobspec_rate = _rate(jobspec.parse, texts)
    _row("(a) floor: frontmatter.loads + mistune AST", f"{floor_rate:10,.0f} postings/s")
    _row("(b) jobspec.parse", f"{jobspec_rate:10,.0f} postings/s")
    _row("    ratio b/a", f"{jobspec_rate / floor_rate:10.3f}  ({floor_rate / jobspec_rate:.1f}× the floor's time)")


def _row(label: str, figure: str) -> None:
    print(f"{label:<44}{figure}")


def _compare_workers(paths: list[Path], repeats: int) -> None:
    """Best of ``repeats`` runs each, alternating, so that a burst of other work on the machine hits both.

    Two consumers: one reads every ``result.posting`` (a pipeline that works on
    the objects), one takes ``result.json()`` (a pipeline that writes JSON
    Lines, as ``jobspec parse --format jsonl`` does).
    """
    consumers: dict[str, Callable[[Result], object]] = {
        "postings read": lambda result: result.posting,
        "JSON taken": lambda result: result.json(),
    }
    for name, consume in consumers.items():
        rates = {1: 0.0, 2: 0.0}
        for _ in range(repeats):
            for workers in rates:
                started = time.perf_counter()
                done = sum(1 for result in parse_many(paths, workers=workers) if consume(result) is not None)
                rates[workers] = max(rates[workers], done / (time.perf_counter() - started))
        for workers, rate in rates.items():
            _row(f"    parse_many, {name}, workers={workers}", f"{rate:10,.0f} postings/s")
        _row(f"    speed-up of 2 workers over 1 ({name})", f"{rates[2] / rates[1]:10.2f}×")


def _stream_memory(streams: tuple[int, ...], folder: Path) -> None:
    print("peak RSS streaming through parse_many(workers=2), each in a fresh process:")
    for count in streams:
        command = [sys.executable, __file__, "--stream-child", str(count), "--folder", str(folder)]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        figures = json.loads(output)
        print(
            f"    {count:>9,} postings: parent {figures['parent'] / MIB:6.1f} MiB, "
            f"largest worker {figures['worker'] / MIB:6.1f} MiB (PSS {figures['pss'] / MIB:5.1f}, "
            f"private {figures['uss'] / MIB:5.1f}), {figures['rate']:,.0f} postings/s"
        )


def _stream_child(count: int, folder: Path) -> None:
    """In a fresh process: stream ``count`` postings (the corpus files, cycled) and print peak memory as JSON."""
    paths = sorted(folder.glob("*.md"))
    inputs: Iterator[Path] = islice(cycle(paths), count)
    started = time.perf_counter()
    done = 0
    shared: dict[str, float] = {"pss": 0.0, "uss": 0.0}
    for result in parse_many(inputs, workers=2):
        done += result.ok
        if done % 500 == 0 or done == count - 10:
            for name, value in _worker_memory().items():
                shared[name] = max(shared[name], value)
    seconds = time.perf_counter() - started
    # ru_maxrss is in KiB on Linux; the workers have been joined, so RUSAGE_CHILDREN covers them.
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"parent": parent, "worker": worker, "rate": done / seconds, **shared}))


def _worker_memory() -> dict[str, float]:
    """The largest PSS and USS (private pages) among the live workers, in bytes; nothing where /proc has none."""
    found = {"pss": 0.0, "uss": 0.0}
    for process in multiprocessing.active_children():
        try:
            rollup = Path(f"/proc/{process.pid}/smaps_rollup").read_text()
        except OSError:
            continue
        fields = {line.split(":")[0]: float(line.split()[1]) * 1024 for line in rollup.splitlines()[1:]}
        found["pss"] = max(found["pss"], fields.get("Pss", 0.0))
        found["uss"] = max(found["uss"], fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0))
    return found


if __name__ == "__main__":
    main()

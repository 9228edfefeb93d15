"""Near-duplicate grouping: precision and recall on generated copies, and memory while streaming.

Run from the repository::

    python benchmarks/dedup.py                 # grouping figures, then a stream of 100,000 postings
    python benchmarks/dedup.py --stream 10000  # a shorter stream
    python benchmarks/dedup.py --stream 0      # grouping figures only

Source postings are the labelled real postings beside the project
(``../shared/corpus/*/docs/*.md``) when they are there — they are read to
measure, nothing of them is kept — and the project's own postings
(``examples``, ``tests/golden``, ``tests/corpus``) otherwise. From each
source the script makes copies with the edits that copies of a posting on
other sites show: lines re-wrapped, bullets changed (``-``, ``*``, ``•``,
numbers), a sentence added or removed, the body turned into HTML, mojibake
(UTF-8 read as cp1252), the front matter dropped with the title moved into
a heading. It also makes different jobs from the same site: a posting whose
title and role sections are another's, around the same company text. A
grouping is scored on pairs: precision is the share of pairs put in one
group that are copies of one posting, recall the share of such pairs put
in one group.

The stream parses generated postings with ``parse_many(workers=2)``,
fingerprints them and adds them to a :class:`jobspec.dedup.DedupIndex`,
printing the peak resident memory of the process and of its workers as it
goes: the rows should stay about the same.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import multiprocessing.process
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from corpus import ROOT, source_postings, varied
from jobspec import ParseOptions, parse, parse_many
from jobspec.dedup import DEFAULT_THRESHOLD, DedupIndex

SHARED = ROOT.parent / "shared" / "corpus"
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.M)
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d+[.)])\s+", re.M)
_TITLE = re.compile(r"^\s*\"?title\"?\s*[:=]\s*[\"']?([^\"'\n]+)", re.M)
# Sentences written for this benchmark, added to copies the way sites add their own lines.
_ADDED = (
    "Please mention where you saw this job when you apply.",
    "This vacancy was also published on our careers page.",
    "Interviews take place on a rolling basis until the role is filled.",
    "Applications from all backgrounds are welcome.",
    "Reference number: JOB-2024-117.",
)


def sources(own_only: bool = False) -> tuple[list[str], str]:
    """The source postings, and where they came from."""
    shared = [] if own_only else sorted(SHARED.glob("*/docs/*.md"))
    if shared:
        return [path.read_text(encoding="utf-8", errors="replace") for path in shared], f"{SHARED} ({len(shared)})"
    own = source_postings()
    return own, f"the project's own postings ({len(own)})"


def split(text: str) -> tuple[str, str]:
    for fence in ("---", "+++"):
        if text.startswith(fence + "\n"):
            end = text.find("\n" + fence + "\n", len(fence))
            if end != -1:
                return text[: end + len(fence) + 2], text[end + len(fence) + 2 :]
    return "", text


# --- edits -----------------------------------------------------------------------------


def reflow(text: str, rng: random.Random) -> str:
    """Paragraph lines joined and wrapped again at another width."""
    width = rng.choice((60, 72, 100, 10_000))
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line and not line.lstrip().startswith(("#", "-", "*", "+", "<", "|", "1", "•")) for line in lines):
            words = " ".join(lines).split()
            wrapped, line = [], ""
            for word in words:
                if line and len(line) + len(word) + 1 > width:
                    wrapped.append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            wrapped.append(line)
            out.append("\n".join(wrapped))
        else:
            out.append(block)
    return "\n\n".join(out)


def rebullet(text: str, rng: random.Random) -> str:
    marker = rng.choice(("- ", "* ", "+ ", "• ", "1. "))
    return _BULLET.sub(lambda m: m.group(1) + marker, text)


def add_sentence(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n")
    at = rng.randrange(len(blocks) + 1)
    return "\n\n".join([*blocks[:at], rng.choice(_ADDED), *blocks[at:]])


def remove_sentence(text: str, rng: random.Random) -> str:
    sentences = list(re.finditer(r"[^.!?\n]{20,200}[.!?]", text))
    if not sentences:
        return text
    gone = rng.choice(sentences)
    return text[: gone.start()] + text[gone.end() :]


def to_html(text: str, rng: random.Random) -> str:
    """Headings, list items and paragraphs as HTML tags."""
    out = []
    for block in text.split("\n\n"):
        stripped = block.strip()
        heading = _HEADING.match(stripped)
        if heading and "\n" not in stripped:
            level = len(heading.group(1))
            out.append(f"<h{level}>{heading.group(2)}</h{level}>")
        elif stripped and all(_BULLET.match(line) for line in stripped.split("\n")):
            items = "".join(f"<li>{_BULLET.sub('', line, count=1)}</li>" for line in stripped.split("\n"))
            out.append(f"<ul>{items}</ul>")
        elif stripped and not stripped.startswith("<"):
            out.append(f"<p>{' '.join(stripped.split())}</p>")
        else:
            out.append(block)
    return "\n\n".join(out)


def mojibake(text: str, rng: random.Random) -> str:
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return text


EDITS = (reflow, rebullet, add_sentence, remove_sentence, to_html, mojibake)


def copied(text: str, rng: random.Random) -> str:
    """A copy as another site or a repost would show it: two or three edits, sometimes without front matter."""
    head, body = split(text)
    for edit in rng.sample(EDITS, rng.choice((2, 3))):
        body = edit(body, rng)
    if head and rng.random() < 0.4:
        title = parse(text).title  # the title another site shows, wherever the front matter kept it
        head = ""
        if title and not body.lstrip().startswith(("# ", "<h1")):
            body = f"# {title}\n\n{body}"
    return head + body


def other_job(text: str, donor: str, rng: random.Random) -> str:
    """A different job at the same place: ``donor``'s title and first half of body, ``text``'s second half."""
    head, body = split(text)
    donor_head, donor_body = split(donor)
    donor_title = _TITLE.search(donor_head)
    if head and donor_title:
        head = _TITLE.sub(lambda m: m.group(0).replace(m.group(1), donor_title.group(1)), head, count=1)
    half_donor = donor_body[: len(donor_body) // 2]
    half_own = body[len(body) // 2 :]
    return head + half_donor + "\n\n" + half_own


# --- grouping figures ------------------------------------------------------------------------


def grouping_figures(texts: list[str], threshold: float, seed: int) -> None:
    rng = random.Random(seed)
    labelled: list[tuple[str, str, int]] = []  # (id, text, job)
    for job, text in enumerate(texts):
        labelled.append((f"j{job}-original", text, job))
        for copy in range(rng.choice((1, 2, 3))):
            labelled.append((f"j{job}-copy{copy}", copied(text, rng), job))
    donors = len(texts)
    for index in range(len(texts) // 2):
        text, donor = rng.sample(texts, 2)
        labelled.append((f"other{index}", other_job(text, donor, rng), donors + index))
    rng.shuffle(labelled)
    options = ParseOptions(fingerprint=True, find_skills=False, occupations=False)
    started = time.perf_counter()
    job_of: dict[str, int] = {}
    with DedupIndex(threshold) as index:
        for posting_id, text, job in labelled:
            job_of[posting_id] = job
            posting = parse(text, path=posting_id, options=options)
            assert posting.fingerprint is not None
            index.add(posting_id, posting.fingerprint)
        groups = [group.ids for group in index.groups()]
    seconds = time.perf_counter() - started
    predicted = {frozenset(pair) for ids in groups for pair in itertools.combinations(ids, 2)}
    by_job: dict[int, list[str]] = {}
    for posting_id, job in job_of.items():
        by_job.setdefault(job, []).append(posting_id)
    true = {frozenset(pair) for ids in by_job.values() for pair in itertools.combinations(ids, 2)}
    right = len(predicted & true)
    precision = right / len(predicted) if predicted else 1.0
    recall = right / len(true) if true else 1.0
    print(f"postings {len(labelled):,} ({len(texts):,} jobs with 1-3 copies each, {len(texts) // 2:,} other jobs)")
    print(f"threshold {threshold}: {len(groups):,} groups; pairs predicted {len(predicted):,}, true {len(true):,}")
    print(f"  precision {precision:.4f}   recall {recall:.4f}   ({seconds:.1f} s, parse included)")
    wrong = sorted(predicted - true, key=sorted)[:5]
    missed = sorted(true - predicted, key=sorted)[:5]
    if wrong:
        print("  some pairs grouped that are different jobs:", [sorted(pair) for pair in wrong])
    if missed:
        print("  some copies not grouped:", [sorted(pair) for pair in missed])


# --- streaming -------------------------------------------------------------------------------


def generated(count: int, texts: list[str], seed: int) -> Iterator[tuple[str, str]]:
    rng = random.Random(seed)
    for index in range(count):
        yield f"g{index:07d}", varied(texts[index % len(texts)], rng)


def peak_mib() -> tuple[float, float]:
    """Peak RSS of this process, and the current RSS of its largest living child (the workers run on)."""
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    return own, max((_rss_mib(child) for child in multiprocessing.active_children()), default=0.0)


def _rss_mib(process: multiprocessing.process.BaseProcess) -> float:
    try:
        status = Path(f"/proc/{process.pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def stream(count: int, texts: list[str], threshold: float, workers: int) -> None:
    options = ParseOptions(fingerprint=True, find_skills=False, occupations=False)
    checkpoints = {count // 10, count // 2, count}
    started = time.perf_counter()
    print(f"streaming {count:,} postings through parse_many(workers={workers}) and a DedupIndex")
    with DedupIndex(threshold) as index:
        for done, result in enumerate(parse_many(generated(count, texts, 11), workers=workers, options=options), 1):
            posting = result.posting
            if posting is not None and posting.fingerprint is not None:
                index.add(result.id, posting.fingerprint)
            if done in checkpoints:
                own, worker = peak_mib()
                rate = done / (time.perf_counter() - started)
                print(f"  {done:>9,} postings  peak RSS parent {own:6.1f} MiB, a worker {worker:6.1f} MiB", end="")
                print(f"  {rate:6.0f}/s")
        grouped = sum(len(group.ids) for group in index.groups())
    own, worker = peak_mib()
    print(f"  groups written: {grouped:,} postings in groups; peak RSS after grouping: parent {own:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--stream", type=int, default=100_000, help="postings to stream (0: none)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--own", action="store_true", help="use the project's own postings even when shared/ is there")
    args = parser.parse_args()
    texts, where = sources(args.own)
    print(f"sources: {where}")
    grouping_figures(texts, args.threshold, args.seed)
    if args.stream:
        stream(args.stream, source_postings(), args.threshold, args.workers)


if __name__ == "__main__":
    main()

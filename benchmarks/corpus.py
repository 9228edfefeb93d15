"""A corpus of any size, made by varying the postings kept in the repository.

Each generated posting starts from one of ``examples/*.md``,
``tests/golden/*.md`` and ``tests/corpus/*.md`` and is changed the way real
postings differ from one another: the title renamed, a salary line added
with a random range, the bullets of each list shuffled, and sections
dropped or duplicated. The front matter format, the language and the
Markdown quirks of the original stay, so the mix of hard cases does too.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

__all__ = ["ROOT", "build_corpus", "source_postings", "varied"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("examples/*.md", "tests/golden/*.md", "tests/corpus/*.md")

_TITLE = re.compile(
    r"^(?P<key>\s*\"?title\"?\s*[:=]\s*)(?P<quote>[\"']?)(?P<value>[^\"'\n]+)(?P=quote)(?P<end>,?)\s*$", re.M
)
_BULLET = re.compile(r"^(?:[-*+]|\d+[.)]) ")
_PREFIXES = ("", "", "Senior ", "Junior ", "Lead ", "Principal ", "Staff ")
_SUFFIXES = ("", "", " (remote)", " (m/w/d)", " – Berlin", " – Lyon", " (part-time)")
_CURRENCIES = (("€", "a year"), ("£", "per annum"), ("$", "/year"), ("€", "per month"))


def source_postings(root: Path = ROOT) -> list[str]:
    """The text of every posting kept in the repository (not the corpus README)."""
    paths = sorted(path for pattern in SOURCES for path in root.glob(pattern) if path.name != "README.md")
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


def varied(text: str, rng: random.Random) -> str:
    """A new posting made from ``text``: renamed, with a salary, bullets shuffled, sections dropped or repeated."""
    head, body = _split_front_matter(text)
    head = _TITLE.sub(lambda match: _renamed(match, rng), head, count=1)
    sections = [_shuffled_bullets(section, rng) for section in _sections(body)]
    sections = _dropped_or_duplicated(sections, rng)
    return head + _salary_line(rng) + "".join(sections)


def build_corpus(count: int, folder: Path, seed: int = 7) -> list[Path]:
    """Write ``count`` varied postings into ``folder``; returns their paths."""
    sources = source_postings()
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = folder / f"posting-{index:06d}.md"
        path.write_text(varied(sources[index % len(sources)], rng), encoding="utf-8")
        paths.append(path)
    return paths


def _split_front_matter(text: str) -> tuple[str, str]:
    """(front matter with its fences, body); the front matter is empty when there is none."""
    for fence in ("---", "+++"):
        if text.startswith(fence + "\n"):
            end = text.find("\n" + fence + "\n", len(fence))
            if end != -1:
                cut = end + len(fence) + 2
                return text[:cut], text[cut:]
    if text.startswith("{"):
        end = text.find("\n}\n")
        if end != -1:
            return text[: end + 3], text[end + 3 :]
    return "", text


def _renamed(match: re.Match[str], rng: random.Random) -> str:
    value = f"{rng.choice(_PREFIXES)}{match['value'].strip()}{rng.choice(_SUFFIXES)}"
    return f"{match['key']}{match['quote']}{value}{match['quote']}{match['end']}"


def _salary_line(rng: random.Random) -> str:
    symbol, period = rng.choice(_CURRENCIES)
    low = rng.randrange(20, 120) * 1000
    high = low + rng.randrange(5, 40) * 1000
    return f"\n**Salary:** {symbol}{low:,} - {symbol}{high:,} {period}\n\n"


def _sections(body: str) -> list[str]:
    """The body cut before each Markdown heading; the text before the first is the first part."""
    parts = re.split(r"(?m)^(?=#{1,6} )", body)
    return [part for part in parts if part]


def _shuffled_bullets(section: str, rng: random.Random) -> str:
    lines = section.splitlines(keepends=True)
    out: list[str] = []
    for run in _runs(lines):
        if len(run) > 1 and all(_BULLET.match(line) for line in run):
            run = rng.sample(run, len(run))
        out.extend(run)
    return "".join(out)


def _runs(lines: list[str]) -> Iterator[list[str]]:
    """Consecutive top-level bullet lines as one run; every other line alone (nested bullets stay put)."""
    run: list[str] = []
    for line in lines:
        if _BULLET.match(line):
            run.append(line)
            continue
        if run:
            yield run
            run = []
        yield [line]
    if run:
        yield run


def _dropped_or_duplicated(sections: list[str], rng: random.Random) -> list[str]:
    out = sections[:1]  # the lead and title stay
    for section in sections[1:]:
        roll = rng.random()
        if roll < 0.12:
            continue
        out.append(section)
        if roll > 0.92:
            out.append(section)
    return out

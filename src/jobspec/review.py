"""See what was extracted: an annotated page for one posting, and a corpus report.

Both are static HTML files that need no server and fetch nothing: styles are
inline and charts are SVG drawn in the page. Everything taken from a posting
is escaped by Jinja2's autoescaping, so a posting's own HTML or script is
shown as text and never runs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .models import JobPosting, Occupation, OccupationMatch, Section
from .text import plain_text

__all__ = ["Chart", "render_posting", "render_report"]

_ITEM_MARKS = {"responsibility": "R", "required": "Q", "preferred": "Q?"}
_FACTS = (
    ("title", "Title"),
    ("company", "Company"),
    ("location", "Location"),
    ("country", "Country"),
    ("workplace", "Workplace"),
    ("applicant_region", "Applicants from"),
    ("employment_type", "Employment type"),
    ("salary", "Salary"),
    ("date_posted", "Posted"),
    ("valid_through", "Closes"),
    ("experience_years_min", "Experience (years, min)"),
    ("language", "Language"),
    ("apply_url", "Apply"),
)


@cache
def _environment() -> Any:
    try:
        import jinja2
    except ImportError as exc:  # pragma: no cover - jinja2 is a dependency
        raise ImportError("jobspec's review pages need Jinja2: pip install jinja2") from exc
    return jinja2.Environment(
        loader=jinja2.PackageLoader("jobspec", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


# --- one posting -------------------------------------------------------------------


@dataclass
class _Mark:
    kind: str  # responsibility / required / preferred
    text: str
    index: int


@dataclass
class _Line:
    number: int
    text: str
    style: str  # heading / item / text / blank
    level: int = 0
    marks: list[_Mark] = field(default_factory=list)

    def pieces(self) -> list[tuple[str, _Mark | None]]:
        """The line's text cut into plain and highlighted pieces."""
        out: list[tuple[str, _Mark | None]] = []
        rest = self.text
        for mark in sorted(self.marks, key=lambda m: _find(rest, m.text)):
            at = _find(rest, mark.text)
            if at < 0:
                continue
            out.append((rest[:at], None))
            out.append((rest[at : at + len(mark.text)], mark))
            rest = rest[at + len(mark.text) :]
        whole_line = [m for m in self.marks if _find(self.text, m.text) < 0]
        out.append((rest, None))
        if whole_line and len(out) == 1:
            return [(self.text, whole_line[0])]
        return [(text, mark) for text, mark in out if text]


def _find(text: str, needle: str) -> int:
    return text.find(needle) if needle else -1


@dataclass
class _Block:
    section: Section
    depth: int
    lines: list[_Line]


def render_posting(posting: JobPosting) -> str:
    """The annotated review page of one posting, as HTML."""
    marks = _marks_by_line(posting)
    blocks = _section_blocks(posting, marks)
    facts = [(label, _fact_text(posting, name), posting.provenance.get(name)) for name, label in _FACTS]
    return str(
        _environment()
        .get_template("posting.html.j2")
        .render(
            posting=posting,
            blocks=blocks,
            facts=[f for f in facts if f[1]],
            skills=posting.skills,
            marks=_ITEM_MARKS,
            occupation=_occupation_view(posting.occupation),
        )
    )


# --- the occupation panel ---------------------------------------------------------------

_KIND_NAMES = {
    "preferred": "the preferred label",
    "alternative": "an alternative label",
    "hidden": "a hidden label",
    "onet_title": "the O*NET title",
    "onet_alternate": "an O*NET alternate title",
    "onet_reported": "an O*NET reported title",
    "title_word": "a title word that points to it",
    "label_word": "a word that begins or ends its labels",
}


def _occupation_view(found: Occupation | None) -> dict[str, Any] | None:
    """What the review page shows of the occupation: the decision, why, and the runners-up."""
    if found is None:
        return None
    link = found.esco_uri if found.esco_uri.startswith(("http://", "https://")) else None
    return {
        "occupation": found,
        "link": link,
        "reasons": [_reason(match) for match in found.matched],
        "alternatives": found.alternatives,
    }


def _reason(match: OccupationMatch) -> str:
    """One piece of evidence in words."""
    if match.source == "body":
        return f"the duties and requirements share its words ({match.text}); weight {match.weight:.2f}"
    where = "title" if match.source == "title" else "a heading"
    kind = _KIND_NAMES.get(match.label_kind or "", "a label")
    language = f", {match.language}" if match.language else ""
    if match.label_kind in ("title_word", "label_word"):
        return f"the {where} says “{match.text}”, {kind}; weight {match.weight:.2f}"
    return f"the {where}’s words “{match.text}” meet {kind} “{match.label}”{language}; weight {match.weight:.2f}"


def _marks_by_line(posting: JobPosting) -> dict[int, list[_Mark]]:
    marks: dict[int, list[_Mark]] = {}
    for index, duty in enumerate(posting.responsibilities):
        marks.setdefault(duty.line, []).append(_Mark("responsibility", duty.text, index))
    for index, qual in enumerate(posting.qualifications):
        kind = "required" if qual.required else "preferred"
        marks.setdefault(qual.line, []).append(_Mark(kind, qual.text, index))
    return marks


def _section_blocks(posting: JobPosting, marks: dict[int, list[_Mark]]) -> list[_Block]:
    """Each section with the body lines it spans, in document order."""
    sections = _flatten(posting.sections)
    body_lines = posting.body.split("\n")
    first = posting.source.body_line
    blocks: list[_Block] = []
    for position, (section, depth) in enumerate(sections):
        end = sections[position + 1][0].line if position + 1 < len(sections) else first + len(body_lines)
        numbers = range(max(section.line, first), max(end, section.line + 1))
        lines = [_line(n, body_lines[n - first], marks) for n in numbers if 0 <= n - first < len(body_lines)]
        blocks.append(_Block(section, depth, lines))
    return blocks


def _flatten(sections: Sequence[Section], depth: int = 0) -> list[tuple[Section, int]]:
    out: list[tuple[Section, int]] = []
    for section in sections:
        out.append((section, depth))
        out.extend(_flatten(section.subsections, depth + 1))
    return out


def _line(number: int, raw: str, marks: dict[int, list[_Mark]]) -> _Line:
    stripped = raw.strip()
    if not stripped:
        return _Line(number, "", "blank")
    heading = len(stripped) - len(stripped.lstrip("#"))
    if 0 < heading <= 6:
        return _Line(number, plain_text(stripped[heading:]), "heading", heading, marks.get(number, []))
    indent = len(raw) - len(raw.lstrip())
    bullet = (
        stripped[:2] in ("- ", "* ", "+ ") or stripped[:1] == "•" or stripped.split(" ", 1)[0].rstrip(".)").isdigit()
    )
    text = plain_text(stripped.split(" ", 1)[1] if bullet and " " in stripped else stripped)
    return _Line(number, text, "item" if bullet else "text", indent // 2, marks.get(number, []))


def _fact_text(posting: JobPosting, name: str) -> str | None:
    value = getattr(posting, name)
    if value is None:
        return None
    if name == "salary":
        return _salary_text(posting)
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _salary_text(posting: JobPosting) -> str | None:
    salary = posting.salary
    if salary is None:
        return None
    if salary.min is None and salary.max is None:
        return salary.text
    low = f"{salary.min:,.0f}" if salary.min is not None else "…"
    high = f"{salary.max:,.0f}" if salary.max is not None else "…"
    amount = low if salary.min == salary.max else f"{low}–{high}"
    parts = [salary.currency or "", amount, f"per {salary.period}" if salary.period else ""]
    return " ".join(p for p in parts if p)


# --- a corpus report ----------------------------------------------------------------


@dataclass(frozen=True)
class Chart:
    """A bar chart: labels with one or two series, drawn as SVG and shown as a table."""

    title: str
    labels: list[str]
    series: dict[str, list[float]]
    unit: str = ""

    @property
    def height(self) -> int:
        return 24 + 22 * len(self.labels) * max(1, len(self.series))

    def rows(self) -> list[tuple[str, list[str]]]:
        """The chart's numbers as table rows: label, then one text per series."""
        return [
            (label, [_number(values[index]) + self.unit for values in self.series.values()])
            for index, label in enumerate(self.labels)
        ]

    def bars(self) -> list[dict[str, Any]]:
        """Bar geometry for the template: one row per label and series."""
        peak = max((v for values in self.series.values() for v in values), default=0) or 1
        rows: list[dict[str, Any]] = []
        y = 8
        for index, label in enumerate(self.labels):
            for series_index, (name, values) in enumerate(self.series.items()):
                value = values[index]
                rows.append(
                    {
                        "label": label if series_index == 0 else "",
                        "series": name,
                        "series_index": series_index,
                        "value": value,
                        "y": y,
                        "width": max(1.0, 360 * value / peak) if value else 0.0,
                        "text": _number(value) + self.unit,
                    }
                )
                y += 22
        return rows


@dataclass(frozen=True)
class _SalaryRange:
    label: str
    low: float
    high: float
    x: float = 0.0
    width: float = 0.0


def render_report(postings: Iterable[JobPosting], failures: Sequence[tuple[str, str]] = ()) -> str:
    """A report over many postings: facts found, skills, salaries, types, workplaces, languages, occupations."""
    parsed = list(postings)
    charts = [
        _coverage_chart(parsed),
        _skills_chart(parsed),
        _counter_chart("Employment types", Counter(p.employment_type.value for p in parsed if p.employment_type)),
        _counter_chart("Workplace", Counter(p.workplace for p in parsed if p.workplace)),
        _counter_chart("Languages", Counter(p.language for p in parsed if p.language)),
        *_occupation_charts(parsed),
    ]
    salaries = _salary_groups(parsed)
    return str(
        _environment()
        .get_template("report.html.j2")
        .render(parsed=len(parsed), failures=list(failures), charts=charts, salaries=salaries)
    )


def _coverage_chart(postings: list[JobPosting]) -> Chart:
    names = [name for name, _ in _FACTS if name not in ("title",)]
    total = len(postings) or 1
    shares = [100 * sum(getattr(p, name) is not None for p in postings) / total for name in names]
    shares += [100 * sum(bool(getattr(p, f)) for p in postings) / total for f in ("responsibilities", "qualifications")]
    labels = [label for name, label in _FACTS if name != "title"] + ["Responsibilities", "Qualifications"]
    return Chart("Share of postings with each fact found", labels, {"postings": shares}, unit="%")


def _skills_chart(postings: list[JobPosting], top: int = 15) -> Chart:
    required: Counter[str] = Counter()
    preferred: Counter[str] = Counter()
    for posting in postings:
        for skill in posting.skills:
            (required if skill.required else preferred)[skill.name] += 1
    names = [name for name, _ in (required + preferred).most_common(top)]
    return Chart(
        f"Most requested skills (top {top})",
        names,
        {"required": [float(required[n]) for n in names], "not required": [float(preferred[n]) for n in names]},
    )


def _occupation_charts(postings: list[JobPosting]) -> list[Chart]:
    """Postings per ISCO major group and per sub-major group, each group with its title."""
    coded = [p.occupation for p in postings if p.occupation is not None]
    titles = _group_titles() if any(found.classification.startswith("ESCO") for found in coded) else {}
    charts = []
    for digits, name in ((1, "major group"), (2, "sub-major group")):
        counts = Counter(found.isco_code[:digits] for found in coded)
        labels = sorted(counts)
        charts.append(
            Chart(
                f"Postings per ISCO-08 {name}",
                [f"{code} {titles[code]}" if code in titles else code for code in labels],
                {"postings": [float(counts[code]) for code in labels]},
            )
        )
    return charts


def _group_titles() -> dict[str, str]:
    from .occupations import default_classification

    return default_classification().groups


def _counter_chart(title: str, counts: Counter[str]) -> Chart:
    labels = [label for label, _ in counts.most_common()]
    return Chart(title, labels, {"postings": [float(counts[label]) for label in labels]})


def _salary_groups(postings: list[JobPosting]) -> list[dict[str, Any]]:
    """Salary ranges grouped by currency and period, scaled within each group."""
    groups: dict[tuple[str, str], list[_SalaryRange]] = {}
    for posting in postings:
        salary = posting.salary
        if salary is None or (salary.min is None and salary.max is None):
            continue
        low = salary.min if salary.min is not None else salary.max
        high = salary.max if salary.max is not None else salary.min
        if low is None or high is None:  # unreachable: one of them is set
            continue
        key = (salary.currency or "?", salary.period or "unstated")
        groups.setdefault(key, []).append(_SalaryRange(posting.title or posting.source.path or "?", low, high))
    out = []
    for (currency, period), ranges in sorted(groups.items()):
        top = max(r.high for r in ranges) or 1
        scaled = [
            _SalaryRange(r.label, r.low, r.high, 360 * r.low / top, max(2.0, 360 * (r.high - r.low) / top))
            for r in ranges
        ]
        out.append({"currency": currency, "period": period, "ranges": scaled, "height": 16 + 22 * len(scaled)})
    return out


def _number(value: float) -> str:
    return f"{value:.0f}" if math.isclose(value, round(value)) else f"{value:.1f}"

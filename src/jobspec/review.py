"""See what was extracted: an annotated page for one posting, and a corpus report.

Both are static HTML files that need no server and fetch nothing: styles are
inline and charts are SVG drawn in the page, each with its numbers in a table
(folded away under the chart, and there for screen readers). Everything taken
from a posting is escaped by Jinja2's autoescaping, so a posting's own HTML or
script is shown as text and never runs.

What the pages show is driven by tables: :data:`FACT_ROWS` lists the facts of
the side panel and of the report's coverage chart, :data:`KIND_LABELS` names
the kinds of section, :data:`MARKS` the kinds of highlighted item. A new fact
is one more :class:`FactRow`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .facts.location import COUNTRY_NAMES
from .models import (
    Contact,
    Hours,
    JobPosting,
    Occupation,
    OccupationMatch,
    Provenance,
    Salary,
    Section,
    SectionKind,
    SecurityClearance,
    Travel,
    WorkAuthorization,
)
from .text import plain_text

__all__ = [
    "FACT_ROWS",
    "GENERATOR",
    "KIND_LABELS",
    "MARKS",
    "Chart",
    "FactRow",
    "render_posting",
    "render_report",
]

GENERATOR = "jobspec review page"
"""The ``<meta name="generator">`` of every page written here: how a page jobspec wrote is told from others."""


@dataclass(frozen=True)
class Mark:
    """A kind of highlighted item: its tag (told by text, not colour alone) and its name in the legend."""

    tag: str
    name: str


MARKS = {
    "responsibility": Mark("R", "responsibility"),
    "required": Mark("Q", "required qualification"),
    "preferred": Mark("Q?", "preferred qualification"),
    "benefit": Mark("B", "benefit"),
}

KIND_LABELS = {
    SectionKind.RESPONSIBILITIES: "Responsibilities",
    SectionKind.QUALIFICATIONS: "Qualifications",
    SectionKind.PREFERRED_QUALIFICATIONS: "Preferred qualifications",
    SectionKind.BENEFITS: "Benefits",
    SectionKind.COMPANY: "About the company",
    SectionKind.ROLE_SUMMARY: "About the role",
    SectionKind.APPLICATION: "How to apply",
    SectionKind.OTHER: "Other",
}


# --- facts, as people read them ---------------------------------------------------


def _as_written(value: Any) -> str:
    return str(value)


def _country(code: str) -> str:
    names = COUNTRY_NAMES.get(code)
    return f"{names.split('|', 1)[0]} ({code})" if names else code


_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
    "cs": "Czech", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ru": "Russian", "tr": "Turkish",
}  # fmt: skip


def _language(code: str) -> str:
    return f"{_LANGUAGES[code]} ({code})" if code in _LANGUAGES else code


def _capitalised(value: Any) -> str:
    text = str(getattr(value, "value", value)).replace("_", " ").lower()
    return text[:1].upper() + text[1:]


def _date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def _years(value: float) -> str:
    amount = _number(value)
    return f"at least {amount} year" + ("" if amount == "1" else "s")


def _salary(salary: Salary) -> str:
    if salary.min is None and salary.max is None:
        return salary.text
    low = _amount(salary.min) if salary.min is not None else "…"
    high = _amount(salary.max) if salary.max is not None else "…"
    amount = low if salary.min == salary.max else f"{low}–{high}"
    parts = [salary.currency or "", amount, f"per {salary.period}" if salary.period else ""]
    return " ".join(part for part in parts if part)


# --- working conditions (issue 15) ---


def _hours(hours: Hours) -> str:
    """``30–35 h/week; shifts: night, on call``; the text as written when it states neither."""
    parts = []
    if hours.per_week_min is not None and hours.per_week_max is not None:
        low, high = hours.per_week_min, hours.per_week_max
        week = f"{low:g} h/week" if low == high else f"{low:g}–{high:g} h/week"
        if hours.full_time_week is not None:
            stated = "assumed" if hours.full_time_week_assumed else "stated"
            week += f" (of a {hours.full_time_week:g}-hour full-time week, {stated})"
        parts.append(week)
    if hours.shifts:
        parts.append("shifts: " + ", ".join(shift.replace("_", " ") for shift in hours.shifts))
    return "; ".join(parts) or hours.text


def _travel(travel: Travel) -> str:
    if travel.required is False:
        return "no travel"
    return "travel" + (f" up to {travel.percent_max:g} %" if travel.percent_max is not None else "")


def _authorization(found: WorkAuthorization) -> str:
    parts = []
    if found.sponsorship is not None:
        parts.append("visa sponsorship" if found.sponsorship else "no visa sponsorship")
    if found.citizenship_required:
        parts.append(f"citizenship: {found.citizenship_required}")
    if found.right_to_work:
        parts.append(f"right to work in {found.right_to_work}")
    return "; ".join(parts) or found.text


def _clearance(found: SecurityClearance) -> str:
    text = found.normalised or found.level
    if found.polygraph and "poly" not in text.lower():
        text += " with polygraph"
    return text + ("" if found.required else " (preferred)")


def _contacts(contacts: list[Contact]) -> str:
    return "; ".join(
        " ".join(part for part in (c.name, c.role and f"({c.role})", c.email, c.phone_e164 or c.phone) if part)
        for c in contacts
    )


@dataclass(frozen=True)
class FactRow:
    """A fact of the review page's side panel: the posting's attribute, its label, how to show its value."""

    name: str
    label: str
    show: Callable[[Any], str] = _as_written
    link: bool = False
    """The value is an address: shown as a link when it is a web or mail address."""


FACT_ROWS = (
    FactRow("title", "Title"),
    FactRow("company", "Company"),
    FactRow("location", "Location"),
    FactRow("country", "Country", _country),
    FactRow("workplace", "Workplace", _capitalised),
    FactRow("applicant_region", "Applicants from"),
    FactRow("employment_type", "Employment type", _capitalised),
    FactRow("salary", "Salary", _salary),
    FactRow("date_posted", "Posted", _date),
    FactRow("valid_through", "Closes", _date),
    FactRow("experience_years_min", "Experience", _years),
    FactRow("language", "Language", _language),
    FactRow("apply_url", "Apply", link=True),
    # working conditions (issue 15)
    FactRow("seniority", "Seniority", _capitalised),
    FactRow("hours", "Hours", _hours),
    FactRow("travel", "Travel", _travel),
    FactRow("work_authorization", "Work authorisation", _authorization),
    FactRow("security_clearance", "Security clearance", _clearance),
    FactRow("openings", "Openings"),
    FactRow("contacts", "Contacts", _contacts),
)
_LINKABLE = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class _Fact:
    label: str
    text: str | None  # None: not found (or not computed)
    href: str | None = None
    line: int | None = None
    key: str | None = None
    computed: bool = True


def _facts(posting: JobPosting) -> list[_Fact]:
    facts = []
    for row in FACT_ROWS:
        value = getattr(posting, row.name)
        if not _found(value):
            facts.append(_Fact(row.label, None, computed=row.name not in posting.not_computed))
            continue
        text = row.show(value)
        href = text if row.link and text.lower().startswith(_LINKABLE) else None
        where = _where(posting, row.name, value)
        facts.append(_Fact(row.label, text, href, where.line if where else None, where.key if where else None))
    return facts


def _found(value: Any) -> bool:
    """Whether a fact was found: a value, or a list with something in it (the contacts)."""
    return value is not None and value != []


def _where(posting: JobPosting, name: str, value: Any) -> Provenance | None:
    """Where a fact was found; a list of facts that carry their own provenance (the contacts) points to its first."""
    where = posting.provenance.get(name)
    if where is None and isinstance(value, list):
        where = getattr(value[0], "provenance", None)
    return where


@cache
def _environment() -> Any:
    try:
        import jinja2
    except ImportError as exc:  # pragma: no cover - jinja2 is a dependency
        raise ImportError("jobspec's review pages need Jinja2: pip install jinja2") from exc
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("jobspec", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.globals["generator"] = GENERATOR
    return environment


# --- one posting -------------------------------------------------------------------


@dataclass
class _Highlight:
    kind: str  # a key of MARKS
    text: str
    index: int
    signal: str | None = None  # a key of SIGNAL_LABELS: what decided the item's kind


SIGNAL_LABELS = {
    "heading": "its section's heading",
    "lead-in": "the line that introduces its list",
    "words": "its own words",
    "layout": "its layout",
    "list": "the other items of its list or section",
    "posting": "the posting as a whole: nothing else in it reads as a duty",
}
"""What decided an item's kind, in words (see :attr:`jobspec.models.Item.signal`)."""


@dataclass
class _Line:
    number: int
    text: str
    style: str  # heading / item / text / rule / blank
    level: int = 0
    marks: list[_Highlight] = field(default_factory=list)

    def pieces(self) -> list[tuple[str, _Highlight | None]]:
        """The line's text cut into plain and highlighted pieces."""
        out: list[tuple[str, _Highlight | None]] = []
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

    @property
    def label(self) -> str:
        """What the section is, in words: 'Qualifications', 'Untitled lead', 'Untitled lead: about the role'."""
        kind = KIND_LABELS[self.section.kind]
        if self.section.heading is not None:
            return kind
        return "Untitled lead" if self.section.kind is SectionKind.OTHER else f"Untitled lead: {kind.lower()}"

    @property
    def heading_differs(self) -> bool:
        """Whether the heading says something the label does not ('About you' read as qualifications)."""
        heading = self.section.heading
        return heading is not None and heading.strip(" :").casefold() != self.label.casefold()


def render_posting(posting: JobPosting, *, back_link: str | None = None) -> str:
    """The annotated review page of one posting, as HTML.

    ``back_link``: the address of a page to link back to (the corpus report).
    """
    marks = _marks_by_line(posting)
    return str(
        _environment()
        .get_template("posting.html.j2")
        .render(
            posting=posting,
            blocks=_section_blocks(posting, marks),
            facts=_facts(posting),
            skills=posting.skills,
            benefits=posting.benefits,
            marks=MARKS,
            signals=SIGNAL_LABELS,
            used_marks=sorted({m.kind for line in marks.values() for m in line}, key=list(MARKS).index),
            back_link=back_link,
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


def _marks_by_line(posting: JobPosting) -> dict[int, list[_Highlight]]:
    marks: dict[int, list[_Highlight]] = {}
    for index, duty in enumerate(posting.responsibilities):
        marks.setdefault(duty.line, []).append(_Highlight("responsibility", duty.text, index, duty.signal))
    for index, qual in enumerate(posting.qualifications):
        kind = "required" if qual.required else "preferred"
        marks.setdefault(qual.line, []).append(_Highlight(kind, qual.text, index, qual.signal))
    for index, benefit in enumerate(posting.benefits):
        marks.setdefault(benefit.line, []).append(_Highlight("benefit", benefit.text, index, benefit.signal))
    return marks


def _section_blocks(posting: JobPosting, marks: dict[int, list[_Highlight]]) -> list[_Block]:
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


_RULE_CHARACTERS = frozenset("=-*_ ")


def _line(number: int, raw: str, marks: dict[int, list[_Highlight]]) -> _Line:
    stripped = raw.strip()
    if not stripped:
        return _Line(number, "", "blank")
    if len(stripped) >= 3 and set(stripped) <= _RULE_CHARACTERS:  # a setext heading's underline, a thematic break
        return _Line(number, stripped, "rule")
    heading = len(stripped) - len(stripped.lstrip("#"))
    if 0 < heading <= 6:
        return _Line(number, plain_text(stripped[heading:]), "heading", heading, marks.get(number, []))
    indent = len(raw) - len(raw.lstrip())
    bullet = (
        stripped[:2] in ("- ", "* ", "+ ") or stripped[:1] == "•" or stripped.split(" ", 1)[0].rstrip(".)").isdigit()
    )
    text = plain_text(stripped.split(" ", 1)[1] if bullet and " " in stripped else stripped)
    return _Line(number, text, "item" if bullet else "text", indent // 2, marks.get(number, []))


# --- a corpus report ----------------------------------------------------------------

_LABEL_WIDTH = 180  # the left column of a chart, where the labels are
_BAR_WIDTH = 320  # the longest bar
_CHART_WIDTH = _LABEL_WIDTH + _BAR_WIDTH + 90  # room for the value after the longest bar
_ROW = 22


@dataclass(frozen=True)
class Chart:
    """A bar chart: labels with one or two series, drawn as SVG and shown as a table.

    A bar's length is its value on a scale from zero, drawn from an axis at
    the left; a zero is no bar at all, not a sliver.
    """

    title: str
    labels: list[str]
    series: dict[str, list[float]]
    unit: str = ""

    width = _CHART_WIDTH
    axis_x = _LABEL_WIDTH

    @property
    def height(self) -> int:
        return 16 + _ROW * len(self.labels) * max(1, len(self.series))

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
                width = max(1.0, _BAR_WIDTH * value / peak) if value > 0 else 0.0
                rows.append(
                    {
                        "label": label if series_index == 0 else "",
                        "series": name,
                        "series_index": series_index,
                        "value": value,
                        "y": y,
                        "width": width,
                        "text": _number(value) + self.unit,
                    }
                )
                y += _ROW
        return rows


@dataclass(frozen=True)
class _SalaryRange:
    label: str
    href: str | None
    low: float
    high: float
    x: float = 0.0
    width: float = 0.0

    @property
    def text(self) -> str:
        return self.low_text if self.low == self.high else f"{self.low_text}–{self.high_text}"

    @property
    def low_text(self) -> str:
        return _amount(self.low)

    @property
    def high_text(self) -> str:
        return _amount(self.high)


def _amount(value: float) -> str:
    """``52,000``; ``0.62`` for a small amount with cents (a rate per mile), which rounding would make 1."""
    return f"{value:,.0f}" if value >= 100 or value == round(value) else f"{value:,.2f}"


@dataclass(frozen=True)
class _SalaryGroup:
    """The salaries of one currency and period, on one axis from zero."""

    currency: str
    period: str
    ranges: list[_SalaryRange]
    ticks: list[tuple[float, str]]  # (x, label)

    width = _CHART_WIDTH + 40  # the widest range's text ("135,000–160,000") after the longest bar
    axis_x = _LABEL_WIDTH

    @property
    def height(self) -> int:
        return 8 + _ROW * len(self.ranges) + 40  # the rows, the axis with its numbers, the axis title

    @property
    def axis_y(self) -> int:
        return 8 + _ROW * len(self.ranges)


@dataclass(frozen=True)
class _PostingRow:
    title: str
    href: str | None
    company: str | None
    path: str | None
    responsibilities: int
    qualifications: int
    problems: int


def render_report(
    postings: Iterable[JobPosting],
    failures: Sequence[tuple[str, str]] = (),
    *,
    pages: Sequence[str | None] | None = None,
) -> str:
    """A report over many postings: facts found, skills, salaries, types, workplaces, languages, occupations.

    ``pages``: for each posting, the address of its review page (see
    :func:`render_posting`), which the report links to; the command ``jobspec
    report`` writes them beside the report.
    """
    parsed = list(postings)
    links: list[str | None] = list(pages) if pages is not None else [None] * len(parsed)
    if len(links) != len(parsed):
        raise ValueError(f"pages has {len(links)} addresses for {len(parsed)} postings")
    charts = [
        _coverage_chart(parsed),
        _skills_chart(parsed),
        _counter_chart(
            "Employment types", Counter(_capitalised(p.employment_type) for p in parsed if p.employment_type)
        ),
        _counter_chart("Workplace", Counter(_capitalised(p.workplace) for p in parsed if p.workplace)),
        _counter_chart("Languages", Counter(_language(p.language) for p in parsed if p.language)),
        *_condition_charts(parsed),
        *_occupation_charts(parsed),
    ]
    return str(
        _environment()
        .get_template("report.html.j2")
        .render(
            parsed=len(parsed),
            failures=list(failures),
            charts=charts,
            salaries=_salary_groups(parsed, links),
            postings=[_posting_row(posting, link) for posting, link in zip(parsed, links, strict=True)],
        )
    )


def _posting_row(posting: JobPosting, href: str | None) -> _PostingRow:
    return _PostingRow(
        title=posting.title or "(untitled)",
        href=href,
        company=posting.company,
        path=posting.source.path,
        responsibilities=len(posting.responsibilities),
        qualifications=len(posting.qualifications),
        problems=sum(d.severity == "error" for d in posting.diagnostics),
    )


def _coverage_chart(postings: list[JobPosting]) -> Chart:
    rows = [row for row in FACT_ROWS if row.name != "title"]
    total = len(postings) or 1
    shares = [100 * sum(_found(getattr(p, row.name)) for p in postings) / total for row in rows]
    shares += [100 * sum(bool(getattr(p, f)) for p in postings) / total for f in ("responsibilities", "qualifications")]
    labels = [row.label for row in rows] + ["Responsibilities", "Qualifications"]
    return Chart("Share of postings with each fact found", labels, {"postings": shares}, unit="%")


def _condition_charts(postings: list[JobPosting]) -> list[Chart]:
    """Seniority, shifts, benefit categories, visa sponsorship and clearance levels."""
    sponsorship = Counter(
        "Sponsors visas" if p.work_authorization.sponsorship else "Does not sponsor"
        for p in postings
        if p.work_authorization is not None and p.work_authorization.sponsorship is not None
    )
    clearances = Counter(
        p.security_clearance.normalised or p.security_clearance.level for p in postings if p.security_clearance
    )
    shifts = Counter(_capitalised(shift) for p in postings if p.hours for shift in p.hours.shifts)
    categories = Counter(_capitalised(category) for p in postings for category in {b.category for b in p.benefits})
    return [
        _counter_chart("Seniority", Counter(_capitalised(p.seniority) for p in postings if p.seniority)),
        _counter_chart("Shifts", shifts),
        _counter_chart("Benefit categories (postings offering each)", categories),
        _counter_chart("Visa sponsorship", sponsorship),
        _counter_chart("Security clearance", clearances),
    ]


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


def _salary_groups(postings: list[JobPosting], links: list[str | None]) -> list[_SalaryGroup]:
    """Salary ranges grouped by currency and period, each group on its own axis from zero."""
    groups: dict[tuple[str, str], list[_SalaryRange]] = {}
    for posting, href in zip(postings, links, strict=True):
        salary = posting.salary
        if salary is None or (salary.min is None and salary.max is None):
            continue
        low = salary.min if salary.min is not None else salary.max
        high = salary.max if salary.max is not None else salary.min
        if low is None or high is None:  # unreachable: one of them is set
            continue
        key = (salary.currency or "?", salary.period or "unstated period")
        label = posting.title or posting.source.path or "?"
        groups.setdefault(key, []).append(_SalaryRange(label, href, low, high))
    return [_scaled_group(currency, period, ranges) for (currency, period), ranges in sorted(groups.items())]


def _scaled_group(currency: str, period: str, ranges: list[_SalaryRange]) -> _SalaryGroup:
    step = _tick_step(max(r.high for r in ranges))
    top = step * math.ceil(max(r.high for r in ranges) / step) or step
    scale = _BAR_WIDTH / top
    scaled = [
        _SalaryRange(r.label, r.href, r.low, r.high, _LABEL_WIDTH + r.low * scale, (r.high - r.low) * scale)
        for r in sorted(ranges, key=lambda r: (r.low, r.high))
    ]
    ticks = [(_LABEL_WIDTH + value * scale, _compact(value)) for value in _frange(0.0, top, step)]
    return _SalaryGroup(currency, period, scaled, ticks)


def _tick_step(peak: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving four to eight ticks up to ``peak``."""
    if peak <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(peak / 4))
    return next(power * f for f in (1.0, 2.0, 2.5, 5.0, 10.0) if peak / (power * f) <= 8)


def _frange(start: float, stop: float, step: float) -> list[float]:
    return [start + index * step for index in range(round((stop - start) / step) + 1)]


def _compact(value: float) -> str:
    """``50000`` → ``50k``, ``1250000`` → ``1.25M``: an axis's numbers."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def _number(value: float) -> str:
    return f"{value:.0f}" if math.isclose(value, round(value)) else f"{value:.1f}"

"""Stage 7: facts about the posting, from front matter first, else the body.

Each fact records where it came from (:class:`~jobspec.models.Provenance`):
a front matter key or a line of the file. A fact that is nowhere is None;
nothing is invented, and a front matter value that cannot be the fact (a
placeholder, a post's author taken for the company) is passed over
(:mod:`~jobspec.facts.plausible`). The finders live one per module (``salary``,
``location``, ``employment``, ``dates``, ``experience``, ``education``,
``skills``); this module only decides the order in which they are asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..models import Diagnostic, Education, EmploymentType, Experience, Provenance, Salary, Workplace
from ..sections import SectionNode
from ..text import KeywordIndex, plain_text
from .basic import (
    YES_WORDS,
    Found,
    FrontMatter,
    apply_link,
    as_text,
    as_url,
    finite_number,
    first_heading,
    gender_marked_title,
    lead_paragraph,
)
from .conditions import Conditions, collect_conditions
from .dates import find_dates, parse_date
from .education import parse_education
from .employment import find_employment_type, normalise_employment_type, title_type
from .experience import parse_experience
from .language import detect_language
from .location import country_code, find_workplace, parse_workplace
from .plausible import plausible
from .salary import (
    find_salary,
    has_unnamed_krona,
    krona_currency,
    parse_bare_salary,
    parse_period,
    parse_salary,
    salary_notes,
)
from .travel import works_elsewhere

__all__ = ["Facts", "collect_facts", "item_facts", "posting_title"]

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LINE_MARKER = re.compile(r"^\s*(?:(?:[-*+•]|\d{1,9}[.)])\s+|#{1,6}\s*|>\s*)*")
_MARKER_SIGNS = frozenset("-*+•#>")

# Cheap first looks: a body line goes to a finder only when it holds one of the
# finder's keywords (lower case substrings, found for all lines at once by an
# Aho-Corasick automaton). The finders are thorough and costly per line, and
# most lines of a posting state none of the facts. Over-matching ("rate" in
# "accurate") only costs a little time.
_PAY_KEYWORDS = (
    "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "usd", "eur", "gbp", "chf", "cad", "aud", "nzd", "inr", "jpy",
    "sek", "nok", "dkk", "pln", "brl", "mxn", "sgd", "hkd", "zar", "czk", "huf", "ron", "salar", "salár", "sueldo",
    "pay", "paid", "compensation", "remunera", "rémunération", "retribuzione", "gehalt", "vergütung", "salaris",
    "beloning", "stipendio", "wage", "rate", "ote", "kr", "zł", "lakh", "lpa", "ctc", "euro", "dollar", "pound",
    "reais", "franc", "competitive", "doe", "negotiable", "gs-", "tvöd", "tv-l", "tv-h", "entgeltgruppe", "eg ",
    "band ", "schaal", "ccnl", "kč", "₱", "₦", "₴", "руб", " tl", "lön", "løn", "wynagrodz", "pensj", "mzd",
    "fizetés", "salariu", "palkk", "maaş", "ücret", "зарплат", "оклад", "円", "元", "원", "万", "給", "年収", "月収",
    "年俸", "薪", "工资", "연봉", "월급", "급여", " ft", "forint", " lei", "грн", "rp", "bér", "gaji", "upah", "lương",
    "заробітн", "راتب", "درهم", "ريال", "שכר", "retribuci",
)  # fmt: skip
_WORKPLACE_KEYWORDS = (
    "remot", "hybrid", "hibrid", "ibrid", "onsite", "on-site", "on site", "office", "person", "anywhere", "wfh",
    "home", "arbeit", "ortsunabh", "télétravail", "teletravail", "distan", "teletrab", "telelavoro", "thuis",
    "afstand", "site", "bureau", "présentiel", "presentiel", "presencial", "oficina", "escrit", "sede", "presenza",
    "ufficio", "kantoor", "locatie", "büro", "präsenz", "smart working", "vor ort", "distans", "fjärr", "fjern",
    "hjemme", "zdaln", "z domu", "z domova", "dálku", "удал", "uzaktan", "etätyö", "hybryd", "гибрид", "リモート",
    "在宅", "ハイブリッド", "远程", "混合", "재택", "원격", "távmunk", "telemunc", "distanț", "jarak", "dari rumah",
    "teletreball", "distànc", "віддал", "дистанц", "гібрид", "từ xa", "عن بعد", "هجين", "מרחוק", "מהבית", "היברידי",
)  # fmt: skip

_PAY_KEYWORD = KeywordIndex(_PAY_KEYWORDS)
_WORKPLACE_KEYWORD = KeywordIndex(_WORKPLACE_KEYWORDS)
# A year (also glued to a word in scripts without spaces: "2026年") or a short numeric date: a
# gate, so it may let more lines through than hold a date. It opens on a digit, which the regex
# engine finds fast; the rest looks back from there.
_MAY_STATE_DATE = re.compile(r"\d(?:(?<!\d\d)(?:(?<=1)9|(?<=2)0)\d{2}(?!\d)|\d?[./-]\d{1,2}[./-]\d{2}\b)")

# "Location: Berlin", "**Company:** Acme": a labelled line in the body states a fact plainly.
_LABELLED_VALUE = r"\s*[:\-–]\s*(?P<value>\S.*)$"
_LOCATION_LABEL = re.compile(
    r"^\s*(?:job |work |office )?(?:location|standort|arbeitsort|einsatzort|lieu|localisation|ubicación|"
    r"ubicacion|localização|localizacao|sede|luogo di lavoro|locatie|standplaats|werklocatie)" + _LABELLED_VALUE,
    re.IGNORECASE,
)
# Only labels that name the job's name: "Job:", "Role:" or "Position:" as often hold a contract or a sentence.
# Exported records write the label as a field name ("POSITION_NAME: …").
_TITLE_LABEL = re.compile(
    r"^\s*(?:job[ _]title|position[ _]title|position[ _]name|job[ _]name|title of the position|"
    r"stellenbezeichnung|stellentitel|"
    r"intitulé du poste|intitule du poste|titre du poste|puesto|título del puesto|titulo del puesto|"
    r"cargo|nome da vaga|functie|functietitel|vacature|stanowisko|befattning|tjänst|titolo|posizione)"
    + _LABELLED_VALUE,
    re.IGNORECASE,
)
_TITLE_LINES = 5
"""A labelled title counts only among the body's first lines, above whatever the posting says about the job."""
# Labels that name the job only when a short name follows ("Position: Night Auditor", not
# "Position: Full-time" or "Role: You will run the front desk …").
_ROLE_LABEL = re.compile(
    r"^\s*(?:position|role|poste|stelle|rolle|rol|ruolo|função|funcion|función)" + _LABELLED_VALUE, re.IGNORECASE
)
_MAX_ROLE_WORDS = 8
_COMPANY_LABEL = re.compile(
    r"^\s*(?:company|employer|organi[sz]ation|hiring organi[sz]ation|agency|unternehmen|arbeitgeber|"
    r"entreprise|employeur|empresa|azienda|bedrijf|werkgever)" + _LABELLED_VALUE,
    re.IGNORECASE,
)


@dataclass
class Facts:
    """Facts about the posting, each with its provenance."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    country: str | None = None
    workplace: Workplace | None = None
    applicant_region: str | None = None
    employment_type: EmploymentType | None = None
    salary: Salary | None = None
    date_posted: Any = None
    valid_through: Any = None
    summary: str | None = None
    apply_url: str | None = None
    language: str | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)
    conditions: Conditions = field(default_factory=Conditions)
    """Seniority, hours, travel, work authorisation, clearance, contacts, openings (their provenance is here)."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """What the finders repaired or could not use."""

    def take(self, name: str, found: tuple[Any, Provenance] | None) -> bool:
        """Set fact ``name`` from a finder's answer; False when it found nothing."""
        if found is None:
            return False
        setattr(self, name, found[0])
        self.provenance[name] = found[1]
        return True


_EVERY_FACT: frozenset[str] = frozenset(
    "title company summary apply_url language location country workplace applicant_region employment_type salary "
    "date_posted valid_through seniority hours travel work_authorization security_clearance contacts openings".split()
)
# The facts read from the lines of the body (the others come from the front matter, headings and paragraphs).
_FROM_LINES = _EVERY_FACT - {"title", "summary", "apply_url", "language"}


def collect_facts(
    metadata: Mapping[str, Any],
    roots: list[SectionNode],
    body: str,
    body_line: int,
    fields: AbstractSet[str] = _EVERY_FACT,
    *,
    identify_language: Callable[[str], str | None] | None = None,
) -> Facts:
    """Every posting-level fact named in ``fields`` (all by default), front matter first, else the body.

    ``identify_language`` names the language of a text when the front matter does not;
    None is :func:`~jobspec.facts.language.detect_language`.
    """
    front = FrontMatter(metadata)
    identify = identify_language or detect_language

    def read_language() -> tuple[str, Provenance] | None:
        return front.fact("language", _language_code) or _detected_language(body, metadata, identify)

    lines = body_lines(body, body_line) if not fields.isdisjoint(_FROM_LINES) else []
    facts = Facts()
    if "title" in fields:
        facts.take("title", _found_title(front, roots, body, body_line))
    if "company" in fields:
        facts.take(
            "company", plausible("company", front.fact("company", as_text)) or _labelled_line(lines, _COMPANY_LABEL)
        )
    if "summary" in fields:
        facts.take("summary", plausible("summary", front.fact("summary", as_text)) or lead_paragraph(roots))
    if "apply_url" in fields:
        facts.take("apply_url", front.fact("apply_url", as_url) or apply_link(roots))
    if "language" in fields:
        facts.take("language", read_language())
    if "location" in fields:
        facts.take("location", _read_location(front, lines))
    if "country" in fields:
        facts.take("country", front.fact("country", _country) or _country_of(facts.location, facts.provenance))
    if "workplace" in fields:
        _take_workplace(facts, front, lines)
    if "employment_type" in fields:
        facts.take(
            "employment_type",
            front.fact("employment_type", _employment)
            or _line_found(find_employment_type(lines))
            or _title_employment(facts),
        )
    if "salary" in fields:
        facts.take(
            "salary",
            front.fact("salary", _salary)
            or _salary_in_keys(front)
            or _line_found(find_salary(_with_keyword(lines, _PAY_KEYWORD))),
        )
        _name_the_krona(facts, front, lines, read_language, fields)
        _note_salary(facts)
    if "date_posted" in fields:
        _take_dates(facts, front, lines)
    facts.conditions = collect_conditions(
        metadata,
        lines,
        title=(facts.title, facts.provenance["title"]) if facts.title else None,
        country=facts.country,
        apply_url=facts.apply_url,
        fields=fields,
    )
    facts.provenance.update(facts.conditions.provenance)
    facts.diagnostics.extend(facts.conditions.diagnostics)
    return facts


def _take_dates(facts: Facts, front: FrontMatter, lines: list[tuple[int, str]]) -> None:
    posted, closing = find_dates([(line, text) for line, text in lines if _MAY_STATE_DATE.search(text)])
    facts.take("date_posted", front.fact("date_posted", parse_date) or _line_found(posted))
    facts.take("valid_through", front.fact("valid_through", parse_date) or _line_found(closing))


def _name_the_krona(
    facts: Facts,
    front: FrontMatter,
    lines: list[tuple[int, str]],
    read_language: Callable[[], tuple[str, Provenance] | None],
    fields: AbstractSet[str],
) -> None:
    """'35 000 kr/mån' names no currency alone: the posting's country, else its language, says which krona.

    They are read here when they were not asked for (``fields``), and not kept: the salary
    asked alone is the one the full parse gives.
    """
    salary = facts.salary
    if salary is None or salary.currency is not None or not has_unnamed_krona(salary.text):
        return
    country, language = facts.country, facts.language
    if "country" not in fields:
        location = facts.location if "location" in fields else _value(_read_location(front, lines))
        country = _value(front.fact("country", _country) or _country_of(location, facts.provenance))
    if "language" not in fields:
        language = _value(read_language())
    currency = krona_currency(salary.text, country, language)
    if currency is not None:
        facts.salary = salary.model_copy(update={"currency": currency})


_T = TypeVar("_T")


def _value(found: tuple[_T, Provenance] | None) -> _T | None:
    return None if found is None else found[0]


def _read_location(front: FrontMatter, lines: list[tuple[int, str]]) -> tuple[str, Provenance] | None:
    return plausible("location", front.fact("location", _place)) or _labelled_line(lines, _LOCATION_LABEL)


def _place(value: Any) -> str | None:
    """A front matter location as text: a string, a table of its parts (``{city: Boise, region: Idaho,
    country: US}``, schema.org's ``address: {addressLocality: …}``), or a list of either."""
    if isinstance(value, Mapping):
        address = value.get("address")
        folded = {
            str(key).casefold(): part for key, part in (address if isinstance(address, Mapping) else value).items()
        }
        parts = [folded[key] for key in _PLACE_PARTS if isinstance(folded.get(key), str) and folded[key].strip()]
        return ", ".join(dict.fromkeys(part.strip() for part in parts)) if parts else as_text(value)
    if isinstance(value, list) and value and any(isinstance(entry, Mapping) for entry in value):
        return "; ".join(filter(None, map(_place, value))) or None
    return as_text(value)


# The parts of a place, in the order they are written (schema.org's names among them).
_PLACE_PARTS = ("city", "town", "locality", "addresslocality", "region", "state", "addressregion", "country",
                "addresscountry")  # fmt: skip


def _note_salary(facts: Facts) -> None:
    """A diagnostic for each repair made in reading the salary (a range written high to low)."""
    if facts.salary is None:
        return
    where = facts.provenance["salary"]
    for note in salary_notes(facts.salary.text):
        facts.diagnostics.append(Diagnostic(code="salary-range-reversed", message=note, line=where.line))


# A qualification states its years and degree near its start; a longer "item" is
# text gone wrong (a whole page in one bullet), and reading all of it would only
# cost time: some of the education rules compare every match with every other.
_MAX_ITEM_FACT_CHARS = 2_000


def item_facts(text: str) -> tuple[Experience | None, Education | None]:
    """Experience and education that one qualification asks for."""
    head = text[:_MAX_ITEM_FACT_CHARS]
    return parse_experience(head), parse_education(head)


def body_lines(body: str, first_line: int) -> list[tuple[int, str]]:
    """Plain text of every non-blank body line outside code fences, with its file line."""
    out: list[tuple[int, str]] = []
    # A fence's line holds one. One character is looked for first: CPython finds it at memchr speed,
    # three of them ten to forty times slower.
    fenced = ("`" in body and "```" in body) or ("~" in body and "~~~" in body)
    in_fence = False
    for offset, raw in enumerate(body.split("\n")):
        if fenced and _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence or not raw.strip():
            continue
        text = plain_text(_without_line_marker(_as_labelled_line(raw)))
        if text:
            out.append((first_line + offset, text))
    return out


def _without_line_marker(line: str) -> str:
    """``line`` without the list markers, heading marks and quote marks that open it."""
    first = line[:1]
    # A marker opens with a space, a sign or a digit (what "\s" and "\d" match: isspace, isdecimal).
    if first.isspace() or first in _MARKER_SIGNS or first.isdecimal():
        return _LINE_MARKER.sub("", line)
    return line


def _as_labelled_line(raw: str) -> str:
    """A table row of two cells, "| Location | Leeds |", as the line "Location: Leeds" it stands for.

    So is an HTML row written on one line, "<tr><td>Location</td><td>Leeds</td></tr>".
    """
    if "|" not in raw:
        html = _HTML_TWO_CELL_ROW.match(raw) if "<t" in raw else None
        if html is None or not html["label"].strip() or not html["value"].strip():
            return raw
        return f"{plain_text(html['label']).rstrip(': ')}: {html['value']}"
    row = raw.strip()
    if not row.startswith("|") or row.count("|") > 3:
        return raw
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    if len(cells) != 2 or not all(cells) or set(cells[0]) <= set(":- "):
        return raw
    return f"{plain_text(cells[0]).rstrip(': ')}: {cells[1]}"


# One table row of two cells on one line; a cell holds no "<" but its own tags, so the match is linear.
_HTML_TWO_CELL_ROW = re.compile(
    r"^\s*<tr\b[^<>]*>\s*<t[dh]\b[^<>]*>(?P<label>[^<>]{1,80})</t[dh]>\s*"
    r"<t[dh]\b[^<>]*>(?P<value>[^<>]{1,500})</t[dh]>\s*</tr>\s*$",
    re.IGNORECASE,
)


def _with_keyword(lines: list[tuple[int, str]], keywords: KeywordIndex) -> list[tuple[int, str]]:
    """The lines holding a keyword, found in one pass over all of them (a pass per line costs more)."""
    return [lines[index] for index in keywords.lines_with_any([text.lower() for _, text in lines])]


def _line_found(found: tuple[Any, ...] | None) -> tuple[Any, Provenance] | None:
    """A body finder's (value, …, line) as (value, provenance)."""
    if found is None:
        return None
    return found[0], Provenance(line=found[-1])


def _language_code(value: Any) -> str | None:
    text = as_text(value)
    return re.split(r"[-_]", text)[0].lower() if text else None


def _detected_language(
    body: str, metadata: Mapping[str, Any], identify: Callable[[str], str | None]
) -> tuple[str, Provenance] | None:
    """The language of the body, else of the front matter's text (a posting kept in its values, a short body)."""
    language = identify(body) if body.strip() else None
    if language is None:
        values = _front_matter_text(metadata)
        language = identify(values) if values else None
    return None if language is None else (language, Provenance())


def _front_matter_text(value: Any, limit: int = 4000) -> str:
    """The strings of a front matter's values, one per line, up to about ``limit`` characters; keys left out."""
    texts: list[str] = []
    size = 0
    stack = [value]
    while stack and size < limit:
        item = stack.pop()
        if isinstance(item, str):
            texts.append(item)
            size += len(item)
        elif isinstance(item, Mapping):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return "\n".join(texts)


def posting_title(metadata: Mapping[str, Any], roots: list[SectionNode], body: str, body_line: int) -> str | None:
    """The posting's title, as :func:`collect_facts` finds it: the front matter's, else the first heading,
    else a title among the body's first lines."""
    found = _found_title(FrontMatter(metadata), roots, body, body_line)
    return found[0] if found else None


def _found_title(
    front: FrontMatter, roots: list[SectionNode], body: str, body_line: int
) -> tuple[str, Provenance] | None:
    return (
        plausible("title", front.fact("title", as_text))
        or first_heading(roots)
        or _title_from_first_lines(body, body_line)
    )


def _title_from_first_lines(body: str, body_line: int) -> tuple[str, Provenance] | None:
    """The title of a body without front matter title or heading, from its first lines.

    A labelled line among them ("Job title: Night nurse", "Position: Night Auditor"), else a first line
    with gender marks ("Koch (m/w/d)").
    """
    head = "\n".join(body.lstrip("\n").split("\n", _TITLE_LINES)[:_TITLE_LINES])
    lines = body_lines(head, body_line + len(body) - len(body.lstrip("\n")))
    return (
        plausible("title", _labelled_line(lines, _TITLE_LABEL))
        or plausible("title", _named_role(lines))
        or plausible("title", gender_marked_title(lines))
    )


def _named_role(lines: list[tuple[int, str]]) -> tuple[str, Provenance] | None:
    """A line labelled with a word that may name the job ("Position:", "Role:"), when what follows is a
    short name and no kind of employment."""
    found = _labelled_line(lines, _ROLE_LABEL)
    if found is None:
        return None
    value = found[0].rstrip(" .")
    if len(value.split()) > _MAX_ROLE_WORDS or normalise_employment_type(value) is not None:
        return None
    return value, found[1]


def _labelled_line(lines: list[tuple[int, str]], label: re.Pattern[str]) -> tuple[str, Provenance] | None:
    for line, text in lines:
        match = label.match(text)
        if match:
            return match.group("value").strip(), Provenance(line=line)
    return None


def _country(value: Any) -> str | None:
    text = as_text(value)
    return country_code(text) if text else None


def _country_of(location: str | None, provenance: Mapping[str, Provenance]) -> tuple[str, Provenance] | None:
    if location is None:
        return None
    code = country_code(location)
    return None if code is None else (code, provenance.get("location", Provenance()))


def _employment(value: Any) -> EmploymentType | None:
    if isinstance(value, list):  # schema.org allows several ("[FULL_TIME, PART_TIME]"): the first that names one
        return next(filter(None, map(_employment, value)), None)
    text = as_text(value)
    return normalise_employment_type(text) if text else None


_TITLE_QUALIFIER = re.compile(r"\(([^()]*)\)|\s[-–|·]\s(.*)$")


def _title_employment(facts: Facts) -> tuple[EmploymentType, Provenance] | None:
    """'Developer (CDI)', 'Analyst (m/w/d, Vollzeit)', 'Cook – part-time': the title's qualifiers, or
    the type that opens it ('Part-time Bookkeeper')."""
    if not facts.title:
        return None
    for match in _TITLE_QUALIFIER.finditer(facts.title):
        kind = normalise_employment_type(match.group(1) or match.group(2) or "")
        if kind is not None:
            return kind, facts.provenance["title"]
    opening = title_type(facts.title, facts.language)
    return None if opening is None else (opening, facts.provenance["title"])


def _salary(value: Any) -> Salary | None:
    if isinstance(value, Mapping):
        return _salary_from_mapping(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Under a salary key a bare number is pay, though it names no currency or period.
        amount = finite_number(value)
        return None if amount is None else Salary(min=amount, max=amount, text=str(value))
    text = as_text(value)
    if not text:
        return None
    return parse_salary(text) or parse_bare_salary(text)


def _salary_in_keys(front: FrontMatter) -> Found[Salary] | None:
    """A salary kept as separate keys (``salary_min``, ``salary_max``, ``salary_currency``, ``salary_period``)."""
    low, high = front.get("salary_min"), front.get("salary_max")
    if low is None and high is None:
        return None
    table = {"min": low[1] if low else None, "max": high[1] if high else None}
    for part in ("currency", "period"):
        found = front.get(f"salary_{part}")
        if found is not None:
            table[part] = found[1]
    salary = _salary_from_mapping(table)
    key = (low or high or ("", None))[0]
    return None if salary is None else (salary, Provenance(key=key))


def _salary_from_mapping(value: Mapping[str, Any]) -> Salary | None:
    """``salary: {min: 50000, max: 60000, currency: EUR, period: year}``, or schema.org's ``baseSalary``.

    schema.org writes the figures one level down, in a QuantitativeValue:
    ``{currency: EUR, value: {minValue: 40000, maxValue: 50000, unitText: YEAR}}``,
    or a single figure as ``value: 3200``.
    """
    table = _schema_org_amount({str(k): v for k, v in value.items() if k != "@type"})
    folded = {k.casefold(): v for k, v in table.items()}
    text = " ".join(f"{k}: {v}" for k, v in table.items())
    low = finite_number(folded.get("min") or folded.get("minvalue"))
    high = finite_number(folded.get("max") or folded.get("maxvalue"))
    if low is None and high is None:
        return parse_salary(text)
    period = str(folded.get("period") or folded.get("unit") or folded.get("unittext") or "").lower()
    parsed_period = parse_period(f"per {period}") if period else None
    currency = folded.get("currency")
    return Salary(
        min=low,
        max=high,
        currency=str(currency).upper() if currency else None,
        period=parsed_period,
        text=text,
    )


def _schema_org_amount(table: dict[str, Any]) -> dict[str, Any]:
    """A MonetaryAmount's ``value`` (a QuantitativeValue, or one figure) read into the keys of a salary table."""
    amount = table.get("value")
    rest = {k: v for k, v in table.items() if k != "value"}
    if isinstance(amount, Mapping):
        inner = {str(k): v for k, v in amount.items() if k != "@type"}
        single = inner.pop("value", None)
        if single is not None and not {"minValue", "maxValue"} & inner.keys():
            inner |= {"minValue": single, "maxValue": single}
        return rest | inner
    if isinstance(amount, (int, float)) and not isinstance(amount, bool):
        return rest | {"minValue": amount, "maxValue": amount}
    return table


def _take_workplace(facts: Facts, front: FrontMatter, lines: list[tuple[int, str]]) -> None:
    """Workplace and applicant region: front matter, else the location, else a line of the body."""
    found = _workplace_in_front_matter(front) or _workplace_in_location(facts) or _workplace_in_body(lines)
    if found is None:
        return
    workplace, region, provenance = found
    facts.take("workplace", (workplace, provenance))
    if region:
        facts.take("applicant_region", (region, provenance))


_WorkplaceFound = tuple[Workplace, str | None, Provenance]


def _workplace_in_front_matter(front: FrontMatter) -> _WorkplaceFound | None:
    found = front.get("workplace")
    if found is None:
        return None
    workplace, region = _workplace_value(found[1])
    return None if workplace is None else (workplace, region, Provenance(key=found[0]))


def _workplace_in_location(facts: Facts) -> _WorkplaceFound | None:
    if not facts.location:
        return None
    workplace, region = parse_workplace(facts.location)
    return None if workplace is None else (workplace, region, facts.provenance["location"])


def _workplace_in_body(lines: list[tuple[int, str]]) -> _WorkplaceFound | None:
    # "On-site work at our partner agencies", "travel to client sites": where the job goes, not where it is.
    in_body = find_workplace(_with_keyword(lines, _WORKPLACE_KEYWORD), passed_over=works_elsewhere)
    if in_body is None:
        return None
    workplace, region, line = in_body
    return workplace, region, Provenance(line=line)


def _workplace_value(value: Any) -> tuple[Workplace | None, str | None]:
    if value is True:
        return "remote", None
    if value is False:
        return None, None
    text = as_text(value)
    if not text:
        return None, None
    if text.upper() == "TELECOMMUTE" or text.casefold() in YES_WORDS:  # "remote: yes"
        return "remote", None
    return parse_workplace(text)

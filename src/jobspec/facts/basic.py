"""Front matter aliases, and the facts the body states plainly (title, summary, apply link, language)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

from ..blocks import MAX_BYLINE_PART_WORDS
from ..models import Provenance
from ..sections import SectionNode
from ..text import has_gender_marks, plain_text, plain_text_and_links

__all__ = [
    "ALIASES",
    "PAGE_HEADINGS",
    "YES_WORDS",
    "Found",
    "FrontMatter",
    "apply_link",
    "as_text",
    "as_url",
    "finite_number",
    "first_heading",
    "gender_marked_title",
    "hugo_params",
    "lead_paragraph",
]

T = TypeVar("T")
Found = tuple[T, Provenance]
"""A fact's value with where it was found."""

# Front matter keys for each fact, in order of preference; a dotted alias also
# matches nested mappings (site: {author: {name: …}}).
ALIASES: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "job_title", "jobtitle", "position", "role", "job",
        # Keys that name the post in other languages. A bare "titel", "titre" or "título" is left
        # out: it is a site's own word for a page's title ("Devenir coopérateur"), not the job's.
        "stellenbezeichnung", "stellentitel", "intitule_du_poste", "intitulé_du_poste", "titre_du_poste", "puesto",
        "cargo", "vaga", "posizione", "functie", "functietitel", "stanowisko", "tjanst", "tjänst", "poste",
    ),
    "company": (
        "company", "company_name", "companyname", "organization", "organisation", "hiring_organization",
        "hiringorganization", "employer", "hiring_organization.name", "hiringorganization.name", "site.author.name",
        "firma", "unternehmen", "arbeitgeber", "entreprise", "societe", "société", "employeur", "empresa", "azienda",
        "bedrijf", "werkgever", "foretag", "företag", "arbetsgivare", "pracodawca",
        "author.name", "author",
    ),
    "location": (
        "location", "job_location", "joblocation", "place", "office", "city", "joblocation.address",
        "ort", "standort", "arbeitsort", "einsatzort", "lieu", "ville", "localisation", "ubicacion", "ubicación",
        "ciudad", "localizacao", "localização", "cidade", "local", "sede", "luogo", "citta", "città", "locatie",
        "plaats", "standplaats", "werkplek", "stad", "placering", "lokalizacja", "miasto", "miejsce_pracy",
    ),
    "country": ("country", "country_code", "countrycode", "location.country"),
    "workplace": (
        "workplace", "workplace_type", "workplacetype", "work_type", "location_type", "joblocationtype",
        "work_mode", "remote", "is_remote", "remote_ok", "remote_work", "isremote",
    ),
    "employment_type": (
        "employment_type", "employmenttype", "job_type", "jobtype", "contract", "contract_type", "type",
        "vertragsart", "anstellungsart", "beschaeftigungsart", "beschäftigungsart", "anstellung", "type_de_contrat",
        "contrat", "tipo_de_contrato", "contrato", "tipo_contratto", "contratto", "dienstverband", "contractvorm",
        "anstallningsform", "anställningsform", "umowa", "rodzaj_umowy", "typ_umowy",
    ),
    "salary": (
        "salary", "salary_range", "salaryrange", "compensation", "pay", "base_salary", "basesalary", "wage",
        "remuneration", "gehalt", "verguetung", "vergütung", "salaire", "rémunération", "salario",
        "sueldo", "salário", "stipendio", "retribuzione", "ral", "salaris", "loon", "lon", "lön", "lonn", "lønn",
        "wynagrodzenie", "pensja",
    ),
    "date_posted": (
        "date_posted", "dateposted", "posted", "date", "published", "created", "pubdate", "publishdate",
        "publish_date", "published_at", "date_published", "datepublished", "posted_on", "posted_at", "datum",
        "fecha", "date_de_publication", "fecha_de_publicacion", "fecha_de_publicación", "data_di_pubblicazione",
    ),
    "valid_through": (
        "valid_through", "validthrough", "closing_date", "closingdate", "closes", "deadline", "apply_by",
        "application_deadline", "applicationdeadline", "expires", "expiry_date", "expirydate", "expiration_date",
        "expirationdate", "closing", "bewerbungsschluss", "bewerbungsfrist", "date_limite",
        "date_limite_de_candidature", "fecha_limite", "fecha_límite", "scadenza", "sluitingsdatum",
        "sista_ansökningsdag", "termin_aplikacji",
    ),
    # A salary kept as separate keys: "salary_min: 50000", "salary_max: 60000", "salary_currency: EUR".
    "salary_min": ("salary_min", "salarymin", "min_salary", "minsalary", "salary_from", "salary_low"),
    "salary_max": ("salary_max", "salarymax", "max_salary", "maxsalary", "salary_to", "salary_high"),
    "salary_currency": ("salary_currency", "salarycurrency", "currency"),
    "salary_period": ("salary_period", "salaryperiod", "salary_unit", "pay_period", "payperiod"),
    "apply_url": ("apply_url", "applyurl", "application_url", "apply", "apply_link", "apply_to", "url"),
    "summary": ("excerpt", "description", "summary", "teaser", "intro"),
    "language": ("lang", "language", "locale"),
    # working conditions (issue 15)
    "seniority": (
        "seniority", "seniority_level", "senioritylevel", "experience_level", "experiencelevel", "career_level",
        "job_level", "level",
    ),
    "hours": (
        "hours", "hours_per_week", "weekly_hours", "working_hours", "work_hours", "workhours", "working_time",
        "arbeitszeit", "wochenstunden", "temps_de_travail", "horaire", "jornada", "orario", "uren", "arbetstid",
    ),
    "shifts": ("shifts", "shift", "schedule", "shift_type"),
    "travel": ("travel", "travel_required", "travel_percentage", "reisetaetigkeit", "reisetätigkeit"),
    "work_authorization": (
        "work_authorization", "work_authorisation", "visa_sponsorship", "sponsorship", "visa", "eligibilitytowork",
    ),
    "security_clearance": ("security_clearance", "clearance", "securityclearancerequirement"),
    "openings": ("openings", "positions", "vacancies", "number_of_positions", "totaljobopenings", "headcount"),
}  # fmt: skip
_URL = re.compile(r"^(?:https?://|mailto:|/)\S+$", re.IGNORECASE)
_APPLY_WORDS = re.compile(
    r"\b(?:apply|application|bewerb\w*|postul\w*|solliciteer|candidat\w*|aplica)\b", re.IGNORECASE
)
_MIN_LEAD_WORDS = 5
_MAX_TITLE_WORDS = 12


class FrontMatter:
    """Front matter looked up through :data:`ALIASES`, keys compared case-insensitively.

    A dash or a space in a key reads as an underscore: ``closing-date`` is ``closing_date``.
    The keys of a Hugo ``params`` table, and of a table that holds the posting's own fields
    (``job:``, ``position:``, ``vacancy:``), are read as top-level keys, which win over them.
    """

    def __init__(self, metadata: Mapping[str, Any]) -> None:
        self._folded = {_fold_key(key): (str(key), value) for key, value in metadata.items()}
        tables = [found] if (found := hugo_params(metadata)) is not None else []
        tables.extend(
            (str(key), value)
            for key, value in metadata.items()
            if _fold_key(key) in _POSTING_TABLES and isinstance(value, Mapping)
        )
        for name, table in tables:
            for key, value in table.items():  # a key at the top level wins
                self._folded.setdefault(_fold_key(key), (f"{name}.{key}", value))

    def get(self, fact: str) -> tuple[str, Any] | None:
        """(key as written, value) of the first alias with a value."""
        return next(self._values(fact), None)

    def _values(self, fact: str) -> Iterator[tuple[str, Any]]:
        """(key as written, value) of each alias with a value, in the order of :data:`ALIASES`."""
        aliases, folded = ALIASES[fact], self._folded
        if not folded:
            return
        for alias in aliases:
            found = folded.get(alias)
            if found is None and "." in alias:
                found = _dotted(folded, alias)
            if found is not None and found[1] not in (None, "", [], {}):
                yield found

    def fact(self, fact: str, convert: Callable[[Any], T | None]) -> Found[T] | None:
        """The converted value of a fact, with the key it came from: the first alias whose value converts
        (``date: "2024-02-30"`` gives way to ``publishDate: 2024-03-02``)."""
        for key, raw in self._values(fact):
            value = convert(raw)
            if value is not None:
                return value, Provenance(key=key)
        return None


YES_WORDS = frozenset("yes true y ja oui sí si sim tak ano igen evet".split())
"""A yes written as text, as a front matter key that asks a question ("remote: yes") may hold it."""

# Keys of a table that holds a posting's own fields: "job: {title: …, company: {…}, salary: {…}}".
_POSTING_TABLES = frozenset(
    ("job", "position", "posting", "job_posting", "jobposting", "vacancy", "opening", "role", "stelle", "poste",
     "offre", "oferta", "vacature", "tjänst")
)  # fmt: skip


def hugo_params(metadata: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]] | None:
    """The key as written and the value of a Hugo page's ``params`` table, where it keeps its own fields;
    None when the front matter has none."""
    for key, value in metadata.items():
        if str(key).casefold() == "params" and isinstance(value, Mapping):
            return str(key), value
    return None


def _fold_key(key: object) -> str:
    return str(key).casefold().replace("-", "_").replace(" ", "_")


def _dotted(folded: Mapping[str, tuple[str, Any]], alias: str) -> tuple[str, Any] | None:
    if alias in folded:
        return folded[alias]
    if "." not in alias:
        return None
    head, _, rest = alias.partition(".")
    if not rest or head not in folded:
        return None
    key, inner = folded[head]
    if not isinstance(inner, Mapping):
        return None
    found = _dotted({_fold_key(k): (str(k), v) for k, v in inner.items()}, rest)
    return None if found is None else (f"{key}.{found[0]}", found[1])


def as_text(value: Any) -> str | None:
    """A front matter value as plain text ('name' of a mapping, a list joined)."""
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
    if isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
        return plain_text(str(value)) or None
    return None


def finite_number(value: Any) -> float | None:
    """A front matter number as a finite float; None for anything else (a bool, text, 400 digits)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float is no amount
        return None
    return number if math.isfinite(number) else None


def as_url(value: Any) -> str | None:
    """A value that is a URL (http, mailto, or site-relative)."""
    text = value.strip() if isinstance(value, str) else None
    return text if text and _URL.match(text) else None


def first_heading(roots: list[SectionNode]) -> Found[str] | None:
    """A leading level-1 heading: a title when the front matter has none.

    Only the posting's first heading can be its title, and only when it is not
    the name of a section ("Responsibilities", "Job description"). A field's
    label ("**Location:** Berlin") is no heading here. A first heading of any
    level with a title's gender marks ("Koch (m/w/d)", "Développeur·se") is the title too; one
    that names the site's page ("Careers", "Stellenangebote") passes the title
    on to the heading after it.
    """
    headings = ((node.heading, node) for root in roots for node in root.walk() if node.heading and not node.is_field)
    for heading, node in headings:
        if node.names_a_section:
            return None
        if node.level == 1 and _normalise_page_heading(heading) in PAGE_HEADINGS:
            following = next(headings, None)
            if following is None or following[1].names_a_section:
                return None
            return following[0], Provenance(line=following[1].line)
        if node.level == 1 or has_gender_marks(heading):
            return heading, Provenance(line=node.line)
        return None
    return None


# Headings that name a careers page, not the job: the job's title is the heading after one.
PAGE_HEADINGS = frozenset(
    phrase.strip()
    for phrase in """careers|career|jobs|job openings|open positions|open roles|current openings|join us|
    join our team|we're hiring|we are hiring|work with us|karriere|jobs & karriere|stellenangebote|offene stellen|
    jobangebote|offres d'emploi|carrières|carrieres|recrutement|nous rejoindre|rejoignez-nous|empleo|
    ofertas de empleo|trabaja con nosotros|vagas|trabalhe conosco|lavora con noi|posizioni aperte|vacatures|
    werken bij|lediga jobb|lediga tjänster|karriär|jobba hos oss|ledige stillinger|kariera|oferty pracy|praca|
    採用情報|求人情報|招聘|채용""".split("|")
)


def _normalise_page_heading(heading: str) -> str:
    """A heading in lower case, its words and apostrophes only ("Jobs & Karriere!" → "jobs & karriere")."""
    return " ".join(heading.lower().replace("’", "'").strip(" !.:#*").split())


def gender_marked_title(lines: list[tuple[int, str]]) -> Found[str] | None:
    """A first line that is a title by its gender marks ("Koch (m/w/d)", "Comptable H/F") and its shortness."""
    for line, text in lines[:1]:
        if has_gender_marks(text) and len(text.split()) <= _MAX_TITLE_WORDS and not text.rstrip().endswith("."):
            return text.strip(), Provenance(line=line)
    return None


def lead_paragraph(roots: list[SectionNode]) -> Found[str] | None:
    """The first paragraph of some length: a summary when the front matter has none."""
    for root in roots:
        for node in root.walk():
            for block in node.blocks:
                if block.kind == "paragraph":
                    text = plain_text(block.markdown)
                    if len(text.split()) >= _MIN_LEAD_WORDS and not _is_a_byline(text):
                        return text, Provenance(line=block.line)
    return None


_BYLINE_SEPARATOR = re.compile(r"\s+[·•|]\s+")


def _is_a_byline(text: str) -> bool:
    """Whether a paragraph is a byline, short parts between bullets ("Cafés Miravalle · Madrid · Full-time")."""
    parts = _BYLINE_SEPARATOR.split(text)
    return len(parts) > 1 and all(len(part.split()) <= MAX_BYLINE_PART_WORDS for part in parts)


def apply_link(roots: list[SectionNode]) -> Found[str] | None:
    """The first web link in a paragraph that speaks of applying ("Apply [here](…)")."""
    for root in roots:
        for node in root.walk():
            for block in node.blocks:
                if block.kind != "paragraph":
                    continue
                text, links = plain_text_and_links(block.markdown)
                web = [link for link in links if link.startswith(("http://", "https://", "mailto:"))]
                if web and (_APPLY_WORDS.search(text) or _APPLY_WORDS.search(node.heading or "")):
                    return web[0], Provenance(line=block.line)
    return None

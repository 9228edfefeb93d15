"""Workplace (onsite, hybrid, remote), where remote applicants must be, and countries of locations."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec.facts import location
from jobspec.facts.location import CITIES, COUNTRY_NAMES, country_code, find_workplace, parse_workplace
from jobspec.models import Workplace
from jobspec.text import compile_lowercase, lower_like_ignorecase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # remote, with where applicants must be
        ("fully remote", ("remote", None)),
        ("100% remote", ("remote", None)),
        ("remote-first", ("remote", None)),
        ("Remote-friendly", ("remote", None)),
        ("Remote", ("remote", None)),
        ("Remote (EU time zones)", ("remote", "EU time zones")),
        ("Remote - US only", ("remote", "US only")),
        ("Remote within Germany", ("remote", "Germany")),
        ("Remote within Germany, Austria or Switzerland", ("remote", "Germany, Austria or Switzerland")),
        ("Remote, EMEA", ("remote", "EMEA")),
        ("Remote (US or Canada)", ("remote", "US or Canada")),
        ("Remote — must be located in Germany", ("remote", "Germany")),
        ("Location: Remote (US)", ("remote", "US")),
        ("United States (Remote)", ("remote", "United States")),
        ("Europe / Remote", ("remote", "Europe")),
        ("Fully remote across Europe", ("remote", "Europe")),
        ("Work remotely from anywhere in Europe", ("remote", "Europe")),
        ("Remote | Full-time", ("remote", None)),
        ("Berlin or Remote", ("remote", None)),
        ('location = "Berlin or remote within Germany"', ("remote", "Germany")),
        ("Remote-Arbeit mit Teamtreffen einmal im Quartal in Leipzig", ("remote", None)),
        ("Trabalhamos de forma remota", ("remote", None)),
        # remote said about the position in a sentence
        ("This role is fully remote", ("remote", None)),
        ("This position is remote.", ("remote", None)),
        ("You can work from home", ("remote", None)),
        ("Work from anywhere", ("remote", None)),
        ("You can be based anywhere", ("remote", None)),
        ("We are a fully remote team", ("remote", None)),
        ("This is a remote position", ("remote", None)),
        # remote in six other languages
        ("Homeoffice", ("remote", None)),
        ("100% Homeoffice", ("remote", None)),
        ("mobiles Arbeiten", ("remote", None)),
        ("Fernarbeit", ("remote", None)),
        ("télétravail", ("remote", None)),
        ("remoto", ("remote", None)),
        ("teletrabajo", ("remote", None)),
        ("trabalho remoto", ("remote", None)),
        ("da remoto", ("remote", None)),
        ("thuiswerken", ("remote", None)),
        # hybrid, which wins when both are said
        ("hybrid, 2 days in the office", ("hybrid", None)),
        ("Hybrid (Vienna / Anywhere)", ("hybrid", None)),
        ("ONSITE (Hybrid)", ("hybrid", None)),
        ("Berlin (hybrid) or remote", ("hybrid", None)),
        ("Hybrid: 3 days a week on-site", ("hybrid", None)),
        ("Hybrid working model", ("hybrid", None)),
        ("2 Tage Homeoffice pro Woche", ("hybrid", None)),
        ("Télétravail partiel", ("hybrid", None)),
        ("hybride", ("hybrid", None)),
        ("Modalidad híbrida", ("hybrid", None)),
        ("ibrido", ("hybrid", None)),
        ("Hybride werkplek", ("hybrid", None)),
        ("smart working", ("hybrid", None)),
        ("Bis zu zwei Tage mobiles Arbeiten pro Woche", ("hybrid", None)),
        ("Deux jours de télétravail par semaine", ("hybrid", None)),
        ("Dos días de teletrabajo a la semana", ("hybrid", None)),
        ("Due giorni di smart working a settimana", ("hybrid", None)),
        ("Twee dagen per week thuiswerken", ("hybrid", None)),
        ("Marrowgate offers a pension plan and a hybrid schedule of three days in the office.", ("hybrid", None)),
        # onsite
        ("on-site", ("onsite", None)),
        ("onsite", ("onsite", None)),
        ("On site in Leeds", ("onsite", None)),
        ("in office", ("onsite", None)),
        ("in-person", ("onsite", None)),
        ("office-based", ("onsite", None)),
        ("vor Ort", ("onsite", None)),
        ("en présentiel", ("onsite", None)),
        ("presencial", ("onsite", None)),
        ("in sede", ("onsite", None)),
        ("op kantoor", ("onsite", None)),
        ("This is not a remote role", ("onsite", None)),
        ("Remote work is not possible", ("onsite", None)),
        ("kein Homeoffice", ("onsite", None)),
        # "remote" and "hybrid" about something else
        ("remote control", (None, None)),
        ("Remote sensing", (None, None)),
        ("remote patient monitoring", (None, None)),
        ("Collaborate with remote teams", (None, None)),
        ("Travel to remote sites", (None, None)),
        ("Experience with hybrid cloud", (None, None)),
        ("Sistemas de control remoto", (None, None)),
        ("Berlin, Germany", (None, None)),
        ("€2,000 home office budget", (None, None)),
        ("Auxílio home office", (None, None)),
        ("Apply in person Tuesday to Friday between 2 and 4 pm", (None, None)),
        ("", (None, None)),
        # more languages, in and beyond Latin script
        ("Praca zdalna", ("remote", None)),
        ("Distansarbete", ("remote", None)),
        ("Uzaktan çalışma", ("remote", None)),
        ("Удалённая работа", ("remote", None)),
        ("フルリモート", ("remote", None)),
        ("远程办公", ("remote", None)),
        ("재택근무 가능", ("remote", None)),
        ("Praca hybrydowa", ("hybrid", None)),
        ("Möjlighet till distansarbete", ("hybrid", None)),
        ("Гибридный формат", ("hybrid", None)),
        ("完全在宅勤務と週２日出社制", ("hybrid", None)),  # some days in the office
        ("Brak możliwości pracy zdalnej", (None, None)),  # "no remote work": not read as remote
        ("Távmunka", ("remote", None)),
        ("Muncă la distanță", ("remote", None)),
        ("Bisa bekerja dari rumah", ("remote", None)),
        ("Teletreball", ("remote", None)),
        ("Віддалена робота", ("remote", None)),
        ("Làm việc từ xa", ("remote", None)),
        ("العمل عن بعد", ("remote", None)),
        ("עבודה מהבית", ("remote", None)),
        ("Гібридний формат", ("hybrid", None)),
        ("עבודה היברידית", ("hybrid", None)),
    ],
)
def test_parse_workplace(text: str, expected: tuple[Workplace | None, str | None]) -> None:
    assert parse_workplace(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the first line stated about the position, with its region
        (
            [(3, "Collaborate with remote teams."), (5, "This role is fully remote (EU).")],
            ("remote", "EU", 5),
        ),
        ([(7, "Remote | Full-time | EU")], ("remote", None, 7)),
        ([(2, "Workplace: on-site"), (9, "Fully remote")], ("onsite", None, 2)),
        # a duty that mentions on-site work is not the workplace
        (
            [(1, "Provide on-site support to customers"), (4, "This is a hybrid role based in Munich")],
            ("hybrid", None, 4),
        ),
        ([(6, "Berlin (hybrid)")], ("hybrid", None, 6)),
        ([(1, "We build remote sensing satellites"), (2, "Travel to remote sites")], None),
        ([], None),
    ],
)
def test_find_workplace(lines: list[tuple[int, str]], expected: tuple[Workplace, str | None, int] | None) -> None:
    assert find_workplace(lines) == expected


def test_find_workplace_reads_any_iterable_once() -> None:
    lines = iter([(1, "Intro"), (2, "Remote (Europe)")])
    assert find_workplace(lines) == ("remote", "Europe", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # country names in seven languages
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Alemania", "DE"),
        ("Alemanha", "DE"),
        ("Germania", "DE"),
        ("Duitsland", "DE"),
        ("Netherlands", "NL"),
        ("The Netherlands", "NL"),
        ("Nederland", "NL"),
        ("Holland", "NL"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("England", "GB"),
        ("Scotland", "GB"),
        ("Wales", "GB"),
        ("United States", "US"),
        ("USA", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("Österreich", "AT"),
        ("Suisse", "CH"),
        ("España", "ES"),
        ("Brasil", "BR"),
        ("Itália", "IT"),
        ("Belgique", "BE"),
        # codes when clearly codes
        ("Berlin, DE", "DE"),
        ("DE", "DE"),
        ("Milan (IT)", "IT"),
        ("Toronto, CA", "CA"),
        ("Mumbai, IN", "IN"),
        ("Work IN Berlin", "DE"),  # "IN" as a word is not India
        # US states and Canadian provinces beat a city of the same name
        ("Austin, TX", "US"),
        ("Washington, D.C.", "US"),
        ("New York, NY", "US"),
        ("San Francisco, CA", "US"),
        ("Wilmington, DE", "US"),
        ("Paris, TX", "US"),
        ("New Mexico", "US"),
        ("London, Ontario", "CA"),
        ("London, ON", "CA"),
        ("Vancouver, BC", "CA"),
        ("Sydney, NSW", "AU"),
        ('"Hartford, CT"', "US"),
        ("Charlottetown, PE", "CA"),
        # Brazilian states share codes with US states and countries: a Brazilian city decides
        ("Florianópolis, SC ou remoto", "BR"),
        ("Recife, PE (remoto no Brasil)", "BR"),
        ("Contagem, MG", "BR"),
        ("Lima, PE", "PE"),
        # well-known cities
        ("Berlin", "DE"),
        ("München", "DE"),
        ("Frankfurt am Main", "DE"),
        ("Vienna", "AT"),
        ("Wien", "AT"),
        ("Chennai", "IN"),
        ("Bengaluru, Karnataka, India", "IN"),
        ("Toronto", "CA"),
        ("Ottawa", "CA"),
        ("Vancouver", "CA"),
        ("Groningen", "NL"),
        ("Den Haag", "NL"),
        ("Leeds", "GB"),
        ("London", "GB"),
        ("Paris", "FR"),
        ("Zürich", "CH"),
        ("Kraków, Poland", "PL"),
        ("Porto Alegre", "BR"),
        ("Mexico City", "MX"),
        ("Ciudad de México", "MX"),
        ("Köln / Bonn", "DE"),
        ("Tbilisi, Georgia", "GE"),
        ("Atlanta, Georgia", "US"),
        # one country named, however often
        ("Vienna / Austria / Anywhere", "AT"),
        ("Hybrid (Vienna / Anywhere)", "AT"),
        ("Remote within Germany", "DE"),
        ("Remote - US only", "US"),
        ("Berlin, Germany (Remote)", "DE"),
        # nothing, several, unknown or ambiguous
        ("Remote", None),
        ("Anywhere", None),
        ("EU", None),
        ("Europe", None),
        ("Remote (EU time zones)", None),
        ("Berlin or Amsterdam", None),
        ("Berlin, DE / Amsterdam, NL", None),
        ("Munich, Germany; Zurich", None),
        ("Cambridge", None),
        ("Portland", None),
        ("Valencia", None),
        ("Georgia", None),
        ("Salvador, BA", None),
        ("contact us", None),
        ("Springfield", None),
        ("", None),
    ],
)
def test_country_code(text: str, expected: str | None) -> None:
    assert country_code(text) == expected


def test_tables_are_large_enough() -> None:
    assert len(COUNTRY_NAMES) >= 60
    assert sum(len(names.split("|")) for names in CITIES.values()) >= 150


@pytest.mark.parametrize("code", sorted(COUNTRY_NAMES))
def test_every_country_is_found_by_its_first_name(code: str) -> None:
    first_name = COUNTRY_NAMES[code].split("|")[0]
    assert country_code(first_name) == code


# Each phrase, with the first look that must let every match of it through.
_PHRASES = [
    *((phrase, location._REMOTE) for phrase in location.REMOTE_PHRASES),
    *((phrase, location._HYBRID) for phrase in location.HYBRID_PHRASES),
    *((phrase, location._ONSITE) for phrase in location.ONSITE_PHRASES),
    *(
        (phrases.pattern.pattern, phrases)
        for phrases in (
            location._NOT_ABOUT_THE_JOB,
            location._NOT_REMOTE,
            location._INTENSIFIED_REMOTE,
            location._REMOTE_AT_START,
            location._REMOTE_AS_VALUE,
            location._NOT_ONSITE,
        )
    ),
]


@pytest.mark.parametrize(("phrase", "phrases"), _PHRASES, ids=[str(i) for i in range(len(_PHRASES))])
@given(data=st.data())
def test_first_look_lets_every_phrase_through(phrase: str, phrases: location._Phrases, data: st.DataObject) -> None:
    pattern = re.compile(phrase)
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text) is None:  # from_regex does not honour every lookaround
        return
    assert phrases.first_look.search(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FULLY REMOTE", ("remote", None)),
        ("Homeoffıce möglich", ("hybrid", None)),  # re.IGNORECASE reads "ı" as "i"
        ("WE ARE 100% REMOTE", ("remote", None)),
    ],
)
def test_parse_workplace_ignores_case(text: str, expected: tuple[Workplace | None, str | None]) -> None:
    assert parse_workplace(text) == expected


def test_place_names_longest_first() -> None:
    names = ["new york", "new york city", "york"]
    pattern = re.compile(r"(?<!\w)(?:" + location._longest_of(names) + r")(?!\w)")
    assert [m.group() for m in pattern.finditer("new york city, new york, york, new yorker")] == [
        "new york city",
        "new york",
        "york",
    ]


def test_lower_like_ignorecase_keeps_what_patterns_see() -> None:
    # Location, experience and education search folded text with lower-case patterns instead of
    # re.IGNORECASE; that is only the same if folding keeps lengths, classes and letter equality.
    classes = [re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")]
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = lower_like_ignorecase(char)
        assert len(folded) == 1
        assert [bool(c.match(char)) for c in classes] == [bool(c.match(folded)) for c in classes]
        if folded.isalpha() and folded <= "\u024f":
            assert re.fullmatch(re.escape(folded), char, re.IGNORECASE)


def test_compile_lowercase_refuses_capitals_and_other_scripts() -> None:
    assert compile_lowercase(r"(?P<word>\w+)\W+caf[ée]").search("le café")
    for pattern in ("Remote", "σ"):
        with pytest.raises(ValueError, match="lower-case Latin"):
            compile_lowercase(pattern)

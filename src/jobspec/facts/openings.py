"""Openings: how many positions the posting is for ('2 positions', "we're hiring three").

A number written in digits or as a word (one to twelve, in nine languages)
counts; "several positions", "mehrere Stellen", "plusieurs postes" say there
is more than one without a number, which gives None and a diagnostic.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..text import CaselessPattern

__all__ = ["NUMBER_WORDS", "OPENINGS_KEYWORDS", "find_openings", "parse_openings"]

OPENINGS_KEYWORDS = (
    "positions", "opening", "vacanc", "hiring", "roles", "seats", "headcount", "stellen", "postes",
    "plaza", "vacante", "puestos", "vacature", "functies", "tjänster", "platser", "posizioni", "vagas", "stanowisk",
    "etat", "several", "multiple", "mehrere", "plusieurs", "varias", "varios", "meerdere", "flera", "diverse",
    "várias", "vários", "kilka", "recrut", "recruit", "cerchiamo", "zoeken", "suchen", "buscamos", "söker", "szukamy",
)  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "a couple of": 2,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10,
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    # es, pt, it
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "duas": 2, "dois": 2, "três": 3, "quatro": 4, "oito": 8, "dez": 10,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    # nl, sv, pl
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "två": 2, "tre st": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
}  # fmt: skip
_NUMBER = r"\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_POSITION_WORDS = (
    r"positions?|openings?|vacanc(?:y|ies)|open roles|roles|seats|hires|headcount|"
    r"stellen|planstellen|positionen|postes?|plazas?|vacantes?|puestos?|vacatures?|functies|tjänster|platser|"
    r"posizioni|posti|vagas|stanowisk[ao]?|etaty|etatów"
)
# "2 positions", "two open positions", "drei Stellen", "deux postes à pourvoir", "Positions: 3".
_OPENINGS = CaselessPattern(
    rf"(?<![\w.,])(?P<n>{_NUMBER})(?:x)?\s+(?:(?:open|available|new|full-time|offene|freie|neue|ouverts?|"
    rf"abiertas?|vacantes|openstaande|lediga|aperte|abertas|wolne|identical|similar|gleiche|identiques)\s+)?"
    rf"(?:{_POSITION_WORDS})(?!\w)|"
    rf"(?:number of (?:positions|openings|vacancies)|positions|openings|vacancies|anzahl (?:der )?stellen|"
    rf"nombre de postes|número de (?:plazas|vacantes|vagas)|aantal (?:vacatures|plaatsen)|antal tjänster|"
    rf"numero di posizioni|liczba stanowisk)\s*[:\-–]\s*(?P<m>\d{{1,3}})\b|"
    rf"(?:we(?:'re| are) hiring|hiring|we(?:'re| are) looking for|we(?:'re| are) recruiting|recruiting|wir suchen|"
    rf"wir stellen|nous recrutons|nous recherchons|"
    rf"buscamos|contratamos|we zoeken|wij zoeken|vi söker|cerchiamo|estamos contratando|procuramos|szukamy|"
    rf"zatrudnimy)\s+(?P<k>{_NUMBER})\s+(?!years?|jahre|ans|años|jaar|år|anni|anos|lat)\w"
)
# More than one, without a number.
_SEVERAL = CaselessPattern(
    rf"(?:several|multiple|a number of|various|numerous|mehrere|zahlreiche|plusieurs|varias|varios|diversas|"
    rf"meerdere|verschillende|flera|diverse|più|várias|vários|diversas|kilka|kilku)\s+(?:(?:open|offene|"
    rf"ouverts?)\s+)?(?:{_POSITION_WORDS})(?!\w)"
)
_MAX_OPENINGS = 500


def _value(word: str) -> int | None:
    folded = word.lower()
    if folded.isdigit():
        number = int(folded)
        return number if 0 < number <= _MAX_OPENINGS else None
    return NUMBER_WORDS.get(folded)


def parse_openings(text: str) -> tuple[int | None, bool]:
    """(number of openings, says 'several') in ``text``.

    >>> parse_openings("We have 2 open positions in Lyon")
    (2, False)
    >>> parse_openings("Wir besetzen mehrere Stellen")
    (None, True)
    """
    match = _OPENINGS.search(text)
    if match is not None:
        hiring = match.group("k")
        number = _value(match.group("n") or match.group("m") or hiring)
        if not (hiring and number == 1):  # "we're looking for one …" is an article more often than a count
            return number, False
    return None, _SEVERAL.search(text) is not None


def find_openings(lines: Iterable[tuple[int, str]]) -> tuple[int | None, int, bool] | None:
    """(number or None, line, says 'several') for the first line about the number of openings, else None."""
    for line, text in lines:
        number, several = parse_openings(text)
        if number is not None or several:
            return number, line, several
    return None


def openings_value(value: Any) -> int | None:
    """The number of openings from a front matter value (a number or a text)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 < value <= _MAX_OPENINGS else None
    if isinstance(value, str):
        stripped = value.strip()
        return _value(stripped) if stripped else None
    return None

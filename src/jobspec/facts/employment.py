"""Employment type, normalised to schema.org's values."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import EmploymentType
from ..text import LiteralGate, any_of, lower_like_ignorecase

__all__ = ["find_employment_type", "normalise_employment_type", "title_type"]

E = EmploymentType

# Phrases per type, in the order they are tried: the first match wins, so
# the specific ("part-time") comes before what it contains ("time").
EMPLOYMENT_PHRASES: tuple[tuple[EmploymentType, str], ...] = (
    (
        E.INTERN,
        r"intern(?:ship)?s?|trainee(?:ship)?|praktikum|praktikant\w*|stage|stagiaire|pasant[ií]a|"
        r"est[aá]gio|tirocinio|stagiair\w*|werkstudent\w*|working student|apprentice(?:ship)?|ausbildung|"
        r"praktyki|staż|stáž|стажировка|staj|harjoittelu|インターン|实习|인턴|"
        r"gyakornok\w*|stagiu|internship|стажування|magang|thực tập|متدرب|התמחות",
    ),
    (E.VOLUNTEER, r"volunteer(?:ing)?|unpaid|ehrenamt\w*|b[ée]n[ée]vol\w*|voluntari\w*|vrijwillig\w*"),
    (E.PER_DIEM, r"per[ -]diem|day[ -]rate|daily rate"),
    (
        E.PART_TIME,
        r"part[ -]?time|teilzeit|temps partiel|tiempo parcial|media jornada|meio per[ií]odo|"
        r"tempo parziale|deeltijd|deltid|część etatu|pół etatu|zkrácený úvazek|частичная занятость|"
        r"yarı zamanlı|osa-aikainen|アルバイト|パート|兼职|파트타임|"
        r"részmunkaidő\w*|normă parțială|часткова зайнятість|paruh waktu|bán thời gian|دوام جزئي|משרה חלקית|"
        r"jornada parcial|deltidsstilling|"
        # Fewer than 30 hours a week, or a range from fewer ("24–32 uur per week"), the whole number read
        # ("37.5 hours/week" is full-time, not "5 hours/week").
        r"(?<![\d.,])(?:[1-9]|[12]\d)(?:[.,]\d)?(?:\s*[-–]\s*\d{1,2}(?:[.,]\d)?)?\s*(?:hours|hrs|h|stunden|uur)\s*"
        r"(?:/|per|a|pro)\s*(?:week|woche)",
    ),
    # A permanent contract ("CDI", "unbefristet", "tillsvidare") is full-time unless part-time was said above.
    (
        E.FULL_TIME,
        r"cdi|contrat à durée indéterminée|unbefristet\w*|festanstellung|permanent contract|vaste (?:baan|contract|"
        r"aanstelling)|tillsvidare\w*|contrato indefinido|contratto a tempo indeterminato|tempo indeterminato|heltid|"
        r"pełny etat|pełen etat|"
        r"umow(?:a|y|ę|ą|ie) o pracę|plný úvazek|полная занятость|tam zamanlı|kokoaikainen|vakituinen|fuldtid|"
        r"fast ansættelse|"
        r"正社員|全职|정규직|teljes munkaidő\w*|normă întreagă|повна зайнятість|penuh waktu|toàn thời gian|"
        r"دوام كامل|משרה מלאה|contracte indefinit|fast stilling|fast ansettelse|heltidsstilling|fuld tid|"
        r"fuldtidsstilling",
    ),
    (
        E.CONTRACTOR,
        r"contract(?:or|ing)?|freelance(?:r)?|self[- ]employed|consultancy|"
        r"\d+[- ]month contract|freiberuf\w*|honorar\w*|zzp|opdracht|autónomo|aut[oó]nom[oa]|"
        r"pj|prestador|libero professionista|partita iva|konsultuppdrag|b2b",
    ),
    (
        E.TEMPORARY,
        r"temporary|temp|seasonal|fixed[- ]term(?: contract)?|befristet|interim|maternity cover|tempor[aá]ri[oa]|"
        r"contratto a tempo determinato|determinato|tijdelijk|cdd|contrat à durée déterminée|visstid\w*|vikariat|"
        r"tidsbegränsad|"
        r"umow(?:a|y|ę|ą|ie) na czas określony|määräaikainen|契約社員|派遣社員|계약직",
    ),
    (
        E.FULL_TIME,
        r"full[ -]?time|permanent|vollzeit|festanstellung|unbefristet|cdi|temps plein|"
        r"tiempo completo|jornada completa|indefinido|tempo integral|clt|tempo pieno|indeterminato|"
        r"fulltime|voltijd|vaste baan|vast contract",
    ),
)
_COMPILED = tuple(
    (kind, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)) for kind, pattern in EMPLOYMENT_PHRASES
)
_GATE = LiteralGate([pattern for _, pattern in EMPLOYMENT_PHRASES])
# The same gate for lines lowered by lower_like_ignorecase, which makes "ı" an "i" (re.IGNORECASE
# takes either for the other): its phrases are written with "i" for "ı" too.
_LOWERED_LINE_GATE = LiteralGate([pattern.replace("ı", "i") for _, pattern in EMPLOYMENT_PHRASES])
# Old forms of Cyrillic letters that re.IGNORECASE takes for "в", "д", "о", "с", "т", "ъ", "ѣ" and "ꙋ"
# (letters of the phrases), but that lower() keeps: a line holding one may match where the gate sees nothing.
_UNLOWERED_PARTNERS = re.compile("[\u1c80-\u1c88]")
# "Employment type: …", "Vertragsart: …" at the start of a line. (The spaces
# after the optional first word belong to it, so a line of spaces is read once.)
_LABEL = re.compile(
    r"(?<!\s)(?:\s*(?:(?:employment|job|contract|position|work|type of)\s*)?(?:type|status|contract|hours)\s*[:\-–]|"
    r"\s*(?:vertragsart|anstellungsart|art der anstellung|type de contrat|tipo de contrato|tipo di contratto|"
    r"dienstverband|contracttype|anställningsform|omfattning|rodzaj umowy|wymiar etatu|"
    r"employment|anstellung|beschäftigungsart|arbeitszeit|contrat|contrato|jornada|regime|orario|"
    r"uren|arbetstid|anställning|ansættelse|umowa|wymiar pracy|zatrudnienie|pracovní poměr|úvazek|"
    r"занятость|тип занятости|график работы|çalışma şekli|työsuhde|雇用形態|勤務形態|工作性质|고용형태|"
    r"stillingstype|ansettelsesform|munkarend|foglalkoztatás|tip contract|зайнятість|"
    r"tipe pekerjaan|jenis pekerjaan|hình thức làm việc|نوع الوظيفة|סוג משרה|jornada laboral)\s*[:：])",
    re.IGNORECASE,
)
_MAX_ALONE_CHARS = 40
_MAX_ALONE_WORDS = 4
# Alone on a line these name a section ("## Contract", "Ausbildung": education) as often as a type.
_AMBIGUOUS_ALONE = frozenset(
    {"contract", "contracts", "contrat", "contrato", "contratto", "stage", "temp", "ausbildung"}
)
# "This is a full-time role", "It's a 6-month contract".
_ROLE_SENTENCE = re.compile(
    r"\b(?:this is an?|is an?|is a|it's an?)\s+(?:[\w-]+\s+){0,2}(?:position|role|job|contract)\b", re.IGNORECASE
)


def normalise_employment_type(text: str) -> EmploymentType | None:
    """The schema.org type named in ``text`` ('Full Time', 'Vollzeit', 'CDI'), else None.

    >>> normalise_employment_type("6-month contract")
    <EmploymentType.CONTRACTOR: 'CONTRACTOR'>
    >>> normalise_employment_type("Vollzeit, unbefristet").value
    'FULL_TIME'
    >>> normalise_employment_type("FULL_TIME").value  # schema.org's own values, as front matter keeps them
    'FULL_TIME'
    """
    if "_" in text:
        text = text.replace("_", " ")
    for kind, pattern in _COMPILED:
        if pattern.search(text):
            return kind
    return None


def find_employment_type(lines: Iterable[tuple[int, str]]) -> tuple[EmploymentType, int] | None:
    """The first employment type stated in the body, with its line.

    Only lines that talk about the position count ("Employment type: …",
    "This is a full-time role", a title line such as "… – Full-time", a short
    line that is only a type such as "Vollzeit"), so a duty such as "manage
    contractors" is not taken for a contract.
    """
    numbered = list(lines)
    for read in _lines_with_a_phrase(numbered):
        line, text = numbered[read]
        kind = _type_stated_in(text, read)
        if kind is not None:
            return kind, line
    return None


def _type_stated_in(text: str, read: int) -> EmploymentType | None:
    """The type a line says the position is, when it talks about the position; ``read`` lines came before it."""
    label = _LABEL.match(text)
    if label is not None:
        # "Type de contrat : CDI", "Contract type: Permanent": the value, not the label's word "contract".
        return normalise_employment_type(text[label.end() :]) or normalise_employment_type(text)
    if _is_dash_separated_header(text) or _is_role_sentence(text) or _is_employment_alone(text):
        return normalise_employment_type(text)
    opening = _opening_type(text)
    if opening is not None:
        return opening
    return _hired_type(text) if read < _HIRING_LINES else None


def _lines_with_a_phrase(lines: list[tuple[int, str]]) -> list[int]:
    """The indexes of the lines in which a type's phrase may match, found in one pass over them all.

    Every way :func:`find_employment_type` reads a line needs a phrase there; most lines hold none.
    """
    lowered = [lower_like_ignorecase(text) for _, text in lines]
    found = _LOWERED_LINE_GATE.candidates_of_each(lowered)
    return [
        index
        for index, text in enumerate(lowered)
        if found[index] or (not text.isascii() and _UNLOWERED_PARTNERS.search(text))
    ]


_DIGIT = re.compile(r"\d")
# Words of a type that, opening a line, as often name something else ("Contractors welcome").
_NOT_OPENING = frozenset({"contract", "contracts", "contractor", "contractors", "contracting", "temp"})
# Interns, apprentices and volunteers opening a line are as often people the job works with, or
# a requirement ("Ausbildung als …", "Volunteer experience").
_OPENING_KINDS = frozenset({E.FULL_TIME, E.PART_TIME, E.TEMPORARY, E.CONTRACTOR, E.PER_DIEM})
_OPENING_LOOK = 48  # characters that hold a bullet, a number, three more and the longest type's phrase
# Every type's phrase, a group each in the order they are tried, after a bullet or a number and
# up to three other characters: one anchored match a line, which fails on its first letters.
_OPENING = re.compile(
    r"[\s*_>#•·\-–—+]*(?:\d+[.)]\s*)?.{0,3}?(?:"
    + "|".join(rf"(?P<k{index}>(?<!\w)(?:{pattern})(?!\w))" for index, (_, pattern) in enumerate(EMPLOYMENT_PHRASES))
    + ")",
    re.IGNORECASE,
)


def _opening_type(text: str) -> EmploymentType | None:
    """A type that opens the line: "CDI, temps plein, basé à Lyon", "Tillsvidareanställning på heltid …".

    A line that begins with the contract speaks of the position, as a label would.
    """
    if not _GATE.candidates(text[:_OPENING_LOOK].lower()):  # most lines: no type's word near the start
        return None
    found = _phrase_at(text, 0)
    if found is None:
        return None
    kind, words, _ = found
    return None if kind not in _OPENING_KINDS or words in _NOT_OPENING else kind


def _phrase_at(text: str, at: int) -> tuple[EmploymentType, str, int] | None:
    """(type, its phrase in lower case, where the phrase ends) of the phrase that starts ``text`` at ``at``.

    Up to three other characters may come first. Hours a week say the type only beside a word
    for it ("20 hours a week, part-time"): alone they are no phrase here.
    """
    found = _OPENING.match(text, at)
    if found is None or found.lastgroup is None:
        return None
    words = found.group(found.lastgroup).lower()
    if _DIGIT.search(words):
        return None
    return EMPLOYMENT_PHRASES[int(found.lastgroup[1:])][0], words, found.end()


# "We are looking for a part-time bookkeeper", "Nous recherchons un stagiaire": the type of the one hired.
# Lower case, read in lowered lines: an alternation ignoring case costs three times as much.
_HIRING = re.compile(
    r"\b(?:"
    + any_of(
        "looking for|seeking|hiring|recruiting|searching for|recherchons|recrutons|recherche|buscamos|"
        "busca|cerchiamo|zoeken|procuramos|söker|szukamy".split("|"),
        ignore_case=False,
    )
    + r")\s+(?:an?|une?|una?|een|uma?|en|ett)\s+"
)
_HIRING_LINES = 12
"""Lines read for who is hired: postings say it as they open."""


def _hired_type(text: str) -> EmploymentType | None:
    """The type that the one hired is said to be: "We're hiring a part-time cook" (interns too)."""
    for hiring in _HIRING.finditer(lower_like_ignorecase(text)):  # lowered to the same length: same offsets
        kind = _type_opening(text, hiring.end())
        if kind is not None:
            return kind
    return None


# Words after a type's word that make it the work's subject, not the contract: "Contracts Manager",
# "Volunteer Coordinator", "Internship Officer", "Temporary Works Engineer".
_MANAGED_BY = re.compile(
    r"[\s-]*(?:coordinator|co-ordinator|manager|management|officer|administrator|recruiter|lead|director|"
    r"supervisor|advisor|adviser|specialist|works|way|lawyer|solicitor|programme|program)s?\b",
    re.IGNORECASE,
)


def _type_opening(text: str, at: int) -> EmploymentType | None:
    """The type whose phrase starts ``text`` at ``at`` (after up to three characters), unless it names the work."""
    found = _phrase_at(text, at)
    if found is None:
        return None
    kind, words, end = found
    # "Full-time" and "part-time" only qualify what follows ("Part-time Manager"); other words may be its subject.
    names_hours = kind in (E.FULL_TIME, E.PART_TIME) and words != "permanent"
    return kind if names_hours or _MANAGED_BY.match(text, end) is None else None


def title_type(title: str, language: str | None = None) -> EmploymentType | None:
    """The type that opens a title: "Part-time Bookkeeper", "Werkstudent Marketing", "Stage développeur".

    English "stage" is the theatre's, and a type's word before the name of a managing role is
    the work, not the contract ("Contracts Manager", "Volunteer Coordinator").
    """
    if not _GATE.candidates(title[:_OPENING_LOOK].lower()):
        return None
    kind = _type_opening(title, 0)
    if kind is E.INTERN and language == "en" and title.lstrip(" *_#").lower().startswith("stage"):
        return None
    return kind


def _is_employment_alone(text: str) -> bool:
    """A short line that is only an employment type ("Full-time", "Vollzeit, unbefristet", "- CDI").

    Read only when the phrase is two thirds of the line's letters: "Hire interns" is not.
    """
    if len(text) > _MAX_ALONE_CHARS or len(text.split()) > _MAX_ALONE_WORDS:
        return False
    lowered = text.lower()
    if lowered.strip(" -–:*#") in _AMBIGUOUS_ALONE:
        return False
    candidates = _GATE.candidates(lowered)  # most short lines hold no type's word: one cheap pass
    if not candidates:
        return False
    letters = sum(map(str.isalpha, text))
    matched = sum(
        sum(map(str.isalpha, found.group())) for number in candidates for found in _COMPILED[number][1].finditer(text)
    )
    return letters > 0 and matched * 3 >= letters * 2


def _is_role_sentence(text: str) -> bool:
    """'This is a full-time role', 'It's a 6-month contract'."""
    if text.isascii():  # then "is a" or "it's a" is in the lower-cased text, or the pattern cannot match
        lowered = text.lower()
        if "is a" not in lowered and "it's a" not in lowered:
            return False
    return _ROLE_SENTENCE.search(text) is not None


def _is_dash_separated_header(text: str) -> bool:
    """'Acme - Data Engineer - Berlin - Full-time' style lines (also with '|', '·' or '•')."""
    if len(text) > 200:
        return False
    separators = text.count(" - ") + text.count(" – ") + text.count(" | ") + text.count(" · ") + text.count(" • ")
    return separators >= 2

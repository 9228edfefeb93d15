"""Dates: a date as written in front matter, and the posted and closing dates in the body.

Numeric dates are read day first (15.01.2027, 15/01/2027) unless the second
number cannot be a month (01/15/2027 is 15 January); month names are known
in English, German, French, Spanish, Portuguese, Italian and Dutch, and in
Swedish, Danish, Norwegian, Polish, Czech, Russian and Turkish; Japanese,
Chinese and Korean dates are read as written ("2027年1月15日"). A date
without a day or a year ("March 2027", "15 January") is not taken.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator

from ..text import LiteralGate

__all__ = ["find_dates", "parse_date"]

# Month names and abbreviations per month, in English, German, French,
# Spanish, Portuguese, Italian and Dutch (accented and plain spellings).
MONTH_NAMES: dict[int, str] = {
    1: "january jan januar jänner jaenner janvier janv enero ene janeiro gennaio gen januari",
    2: "february feb februar février fevrier févr fevr fév febrero febr fevereiro fev febbraio febbr februari",
    3: "march mar märz maerz mär mrz mars marzo março marco maart mrt",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maio maggio mag mei",
    6: "june jun juni juin junio junho giugno giu",
    7: "july jul juli juillet juil julio julho luglio lug",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre setembro set settembre sett",
    10: "october oct oktober okt octobre octubre outubro out ottobre ott",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre",
}
# The same in Swedish, Danish, Norwegian, Polish and Czech (the genitive, as a date writes
# them), Russian (genitive) and Turkish; the names already listed are not repeated.
MORE_MONTH_NAMES: dict[int, str] = {
    1: "stycznia ledna января ocak",
    2: "lutego února февраля şubat",
    3: "marts marca března марта mart",
    4: "kwietnia dubna апреля nisan",
    5: "maj maja května мая mayıs",
    6: "czerwca června июня haziran",
    7: "lipca července июля temmuz",
    8: "augusti sierpnia srpna августа ağustos",
    9: "września září сентября eylül",
    10: "października října октября ekim",
    11: "listopada listopadu ноября kasım",
    12: "grudnia prosince декабря aralık",
}
# Phrases that announce the date a posting was published.
POSTED_CUES = (
    r"posted(?: on)?|date posted|posting date|published(?: on)?|publication date|date of publication|listed on|"
    r"veröffentlicht(?: am)?|ausgeschrieben am|datum der veröffentlichung|online seit|"  # de
    r"publié(?:e)?(?: le)?|date de publication|mis en ligne(?: le)?|"  # fr
    r"publicad[oa](?: el| em)?|fecha de publicación|data de publicação|"  # es, pt
    r"pubblicat[oa](?: il)?|data di pubblicazione|"  # it
    r"gepubliceerd(?: op)?|geplaatst(?: op)?|publicatiedatum|"  # nl
    r"publicerad|publiceringsdatum|publiceret|opslået|publisert|data publikacji|opublikowano|zveřejněno|"
    r"datum zveřejnění|опубликовано|дата публикации|yayın tarihi|yayınlanma tarihi|"  # sv da no pl cs ru tr
    r"掲載日|公開日|发布日期|发布时间|게시일|등록일"  # ja zh ko
)
# Phrases that announce the closing date, whatever the sentence is about.
CLOSING_CUES = (
    r"closing date|closing|closes(?: on)?|close on|applications close|deadline|application deadline|"
    r"apply by|apply before|apply until|last date|last day to apply|valid through|valid until|expires(?: on)?|"
    r"expiry date|"
    r"bewerbungsschluss|bewerbungsfrist|einsendeschluss|"  # de
    r"date limite(?: de candidature)?|date de clôture|clôture des candidatures|"  # fr
    r"fecha límite|fecha limite|fecha de cierre|plazo(?: de presentación)?|"  # es
    r"data limite|prazo(?: de inscrição)?|inscrições até|"  # pt
    r"scadenza|termine ultimo|"  # it
    r"sluitingsdatum|uiterlijk|reageren kan tot|"  # nl
    r"sista ansökningsdag(?:en)?|sista ansökningsdatum|ansøgningsfrist|søknadsfrist|"  # sv da no
    r"termin (?:nadsyłania|składania) (?:cv|aplikacji|zgłoszeń|ofert)|uzávěrka|срок подачи|"  # pl cs ru
    r"son başvuru tarihi|hakuaika päättyy|"  # tr fi
    r"応募締切|応募締め切り|締切|截止日期|截止时间|마감일|접수 마감"  # ja zh ko
)
# Prepositions that make a date a closing date only in a sentence about applying.
CLOSING_PREPOSITIONS = (
    r"by|before|until|till|no later than|not later than|"
    r"bis zum|bis spätestens|bis|spätestens|avant le|jusqu'au|au plus tard le|"
    r"hasta el|antes del|antes de|até|entro il|entro|vóór|voor|tot"
)
_APPLYING = re.compile(
    r"(?<![^\W\d_])(?:apply|applying|application|applications|applicants|send|submit|cv|resume|résumé|"
    r"cover letter|bewerb\w*|bewirb\w*|unterlagen|candidat\w*|postul\w*|envoy\w*|envi\w*|solicitud\w*|inscri\w*|"
    r"sollicit\w*|reageer|reageren|stuur|invia\w*|curriculum)(?![^\W\d_])",
    re.IGNORECASE,
)
_CUE_REACH = 60  # characters between a cue and its date, at most

_MONTHS = {
    name: month for table in (MONTH_NAMES, MORE_MONTH_NAMES) for month, names in table.items() for name in names.split()
}
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°|o)?"
# Each pattern names its groups day, month (digits) or month_name, and year.
_DATE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2026-01-15, 2026-01-15T10:00:00Z, 2027/01/15, 2027.01.15
        r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])",
        # 15.01.2027, 15/01/2027, 01/15/2027, 15-01-2027
        r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\.?\d)",
        # 15.01.27, 15/01/27: two-digit years only when day and month have two digits too
        r"(?<![\d.])(?P<day>\d{2})(?P<sep>[/.])(?P<month>\d{2})(?P=sep)(?P<year>\d{2})(?!\.?\d)",
        # 2027年1月15日 (Japanese, Chinese), 2027년 1월 15일 (Korean)
        r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]",
        # 15 January 2027, 15th of January 2027, 12. März 2027, 12 de marzo de 2027, 15-Jan-2027
        rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\.?[\s-]*(?:of\s+|de\s+)?(?P<month_name>{_MONTH})(?![^\W\d_])\.?"
        r"[\s,-]*(?:de\s+|del\s+)?(?P<year>\d{4})(?!\d)",
        # January 15, 2027, Jan 15 2027, Jan. 15th, 2027
        rf"(?<![^\W\d_])(?P<month_name>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})(?!\d)",
    )
)
# Where a date may start: the first four patterns at a number (a run of
# digits), the last at a word right before one ("January 15"). Trying the
# patterns only there spares a search of the long month alternation at
# every word.
_MONTH_FIRST = _DATE_PATTERNS[-1]  # "January 15, 2027": the one pattern that starts with a word
_NUMBER = re.compile(r"\d+")
_WORD_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?=\.?\s+\d)")
_POSTED = re.compile(rf"(?<![^\W\d_])(?:{POSTED_CUES})(?![^\W\d_])", re.IGNORECASE)
_CLOSING = re.compile(rf"(?<![^\W\d_])(?:{CLOSING_CUES})(?![^\W\d_])", re.IGNORECASE)
_CLOSING_PREPOSITION = re.compile(rf"(?<![^\W\d_])(?:{CLOSING_PREPOSITIONS})(?![^\W\d_])", re.IGNORECASE)
_YEARS = range(1900, 2101)
# The literals every posted (0) or closing (1) cue holds, found in one Aho-Corasick pass over a line.
_CUE_GATE = LiteralGate([POSTED_CUES, CLOSING_CUES])


def parse_date(value: object) -> dt.date | None:
    """The date ``value`` holds: a ``date``/``datetime`` (as YAML gives) or the first date written in a string.

    >>> parse_date("15th of January 2027")
    datetime.date(2027, 1, 15)
    >>> parse_date("01/15/2027")
    datetime.date(2027, 1, 15)
    >>> parse_date("12 de marzo de 2027")
    datetime.date(2027, 3, 12)
    >>> parse_date("30 February 2027") is None
    True
    >>> parse_date(1709251200)  # Unix time, as some generators store a date
    datetime.date(2024, 3, 1)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        found = _dates_in(value)
        return found[0][0] if found else None
    if isinstance(value, int) and not isinstance(value, bool):
        return _timestamp_date(value)
    return None


# Unix time in seconds or in milliseconds, as some site generators and APIs store a date: 2001 to 2286.
_SECONDS = range(10**9, 10**10)
_MILLISECONDS = range(10**12, 10**13)


def _timestamp_date(value: int) -> dt.date | None:
    """The UTC date of a Unix timestamp in seconds or milliseconds (``1709251200`` is 2024-03-01), else None."""
    seconds = value if value in _SECONDS else value // 1000 if value in _MILLISECONDS else None
    return None if seconds is None else dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()


def find_dates(
    lines: Iterable[tuple[int, str]],
) -> tuple[tuple[dt.date, int] | None, tuple[dt.date, int] | None]:
    """(posted, closing): the first date announced as published and the first announced as closing, with their lines.

    A date counts only after a cue: "Posted: …", "Veröffentlicht am …" for the
    posted date; "Closing date: …", "Deadline …", "Bewerbungsschluss: …", or a
    preposition ("by", "bis zum", "avant le") in a sentence about applying for
    the closing date. Other dates (start dates, contract ends) are left alone.

    >>> find_dates([(2, "Posted: March 1, 2021"), (8, "Please send your CV by September 20, 2021.")])
    ((datetime.date(2021, 3, 1), 2), (datetime.date(2021, 9, 20), 8))
    """
    posted: tuple[dt.date, int] | None = None
    closing: tuple[dt.date, int] | None = None
    for line, text in lines:
        for date, kind in _announced_dates(text):
            if kind == "posted" and posted is None:
                posted = (date, line)
            elif kind == "closing" and closing is None:
                closing = (date, line)
        if posted is not None and closing is not None:
            break
    return posted, closing


def _announced_dates(text: str) -> list[tuple[dt.date, str]]:
    """The dates in ``text`` that follow a posted or closing cue, each with its kind."""
    gated = _CUE_GATE.candidates(text.lower())  # most lines with a year name no cue: one cheap pass
    posted = [(m.end(), "posted") for m in _POSTED.finditer(text)] if 0 in gated else []
    closing = [(m.end(), "closing") for m in _CLOSING.finditer(text)] if 1 in gated else []
    cues = _sorted_by_end(posted + closing)
    prepositions = (
        _sorted_by_end([(m.end(), "closing") for m in _CLOSING_PREPOSITION.finditer(text)])
        if _APPLYING.search(text)
        else []
    )
    if not cues and not prepositions:  # no date can be announced: the dates need not be read
        return []
    out: list[tuple[dt.date, str]] = []
    previous_end = 0
    for date, start, end in _dates_in(text):
        for group in (cues, prepositions):
            kind = _last_cue(group, max(previous_end, start - _CUE_REACH), start)
            if kind is not None:
                out.append((date, kind))
                break
        previous_end = end
    return out


def _sorted_by_end(cues: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Cues (end, kind) in order of their ends; of cues ending alike, those listed first stay first."""
    return sorted(cues, key=lambda cue: cue[0])


def _last_cue(cues: list[tuple[int, str]], lowest: int, highest: int) -> str | None:
    """The kind of the cue ending last within ``lowest``..``highest`` (the first listed of a tie), or None.

    Found by bisection: trying every cue before every date made a line of
    many cues and dates quadratic.
    """
    last = bisect.bisect_right(cues, (highest, "\uffff")) - 1
    if last < 0 or cues[last][0] < lowest:
        return None
    return cues[bisect.bisect_left(cues, (cues[last][0], ""))][1]


def _dates_in(text: str) -> list[tuple[dt.date, int, int]]:
    """Every valid date written in ``text``, with its span, in order; overlapping readings keep the first."""
    found: list[tuple[dt.date, int, int]] = []
    numbers = [match.start() for match in _NUMBER.finditer(text)]
    if not numbers:
        return found
    words = [match.start() for match in _WORD_BEFORE_NUMBER.finditer(text)]
    starts: list[int] = []  # of the spans found, sorted; they never overlap, so their ends are sorted too
    ends: list[int] = []
    for pattern in _DATE_PATTERNS:
        for match in _matches_from(pattern, text, words if pattern is _MONTH_FIRST else numbers):
            date = _date_of(match)
            if date is not None and not _overlaps(starts, ends, match.start(), match.end()):
                found.append((date, match.start(), match.end()))
                where = bisect.bisect_left(starts, match.start())
                starts.insert(where, match.start())
                ends.insert(where, match.end())
    return sorted(found, key=lambda item: item[1])


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps one of the disjoint spans (sorted ``starts`` and ``ends``).

    Only the last span starting before ``end`` can: looking at every span
    made a line of many dates quadratic.
    """
    before = bisect.bisect_left(starts, end) - 1
    return before >= 0 and ends[before] > start


def _matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, where ``starts`` holds every place one may begin."""
    resume = 0
    for start in starts:
        if start >= resume and (match := pattern.match(text, start)) is not None:
            resume = match.end()
            yield match


def _date_of(match: re.Match[str]) -> dt.date | None:
    """The date a pattern matched, or None when it does not exist (30 February)."""
    groups = match.groupdict()
    year, day = int(groups["year"]), int(groups["day"])
    year += 2000 if year < 100 else 0
    if groups.get("month_name"):
        month = _MONTHS.get(groups["month_name"].lower(), 0)  # 0 for odd case matches ('ſept') is no month
    else:
        month = int(groups["month"])
        if month > 12 >= day and match.start("day") < match.start("year"):
            day, month = month, day  # 01/15/2027: 15 cannot be a month
    if year not in _YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

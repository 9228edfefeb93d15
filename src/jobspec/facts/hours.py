"""Working hours: hours per week, stated or as a share of full time, and the shifts worked.

"20 hours per week", "32–40 Std./Woche", "35h/semaine", "40 horas semanales",
"32-36 uur per week" are hours; "80 %", "Pensum 60-80 %" and "0,8 FTE" are a
share of the full-time week, which is taken from the posting when it states
one ("full-time is 38 hours") and assumed otherwise (35 hours in France, 40
elsewhere), and then said to be assumed. Shifts are read from phrases
("night shifts", "Rufbereitschaft", "astreinte", "horario flexible"), not
from single words, so "enjoy your weekends" is no weekend work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..models import Hours, Shift
from ..text import CaselessPattern, LiteralGate, lower_like_ignorecase, phrase_pattern
from .basic import finite_number

__all__ = [
    "FULL_TIME_WEEK",
    "HOURS_KEYWORDS",
    "SHIFT_KEYWORDS",
    "SHIFT_PHRASES",
    "find_hours",
    "parse_hours",
    "states_hours",
]

# Cheap first look: a line goes to the rules only when it holds one of these (lower case).
# Stems of the shift phrases: a line without one has no shift to find.
SHIFT_KEYWORDS = (
    "shift", "schicht", "night", "nacht", "nuit", "noche", "nocturn", "notte", "nottur", "natt", "noite", "notur",
    "nocn", "weekend", "wochenend", "week-end", "semana", "settimana", "helg", "on-call", "on call", "pager",
    "standby", "bereitschaft", "astreinte", "guardia", "reperib", "sobreaviso", "prevenção", "dyżur", "beredskap",
    "jourtjänst", "consignatie", "bereikbaarheid", "oproep", "rotat", "rooster", "ploeg", "onregelmatig",
    "wisselend", "turno", "turni", "turnaz", "zmian", "flexi", "flexible", "flexibel", "flexibla", "flextid",
    "flextime", "flex hours", "gleitzeit", "vertrauensarbeitszeit", "flessibil", "elastyczn", "horaire",
    "horario", "horário", "evening", "late", "spät", "früh", "abend", "soir", "tarde", "avond", "kväll", "serale",
    "pomeridian", "popołudn", "dagdienst", "tagdienst", "dagskift", "dagtid", "daytime", "day shift", "days only",
    "posté", "x8", "x 8", "skift", "diurn", "dienst", "matin", "mañana", "manhã", "mattutin", "dzienn", "porann",
    "travail en équipes", "trabajo a turnos", "revezamento", "rufbereitschaft", "wechselschicht", "treskift",
    "tvåskift", "nachtschicht", "wochenstund", "wochenarbeitszeit", "arbeitszeit", "deltids", "heltids",
)  # fmt: skip
# Cheap first look: a line goes to the rules only when it holds one of these (lower case).
HOURS_KEYWORDS = (
    "hour", "hrs", "h/", "stund", "std", "heure", "hora", "uur", "timm", "ore ", "ore/", "settimanal", "godz",
    "fte", "etp", "vte", "pensum", "teilzeit", "vollzeit", "beschäftigungsgrad", "taux", "temps plein",
    "temps partiel", "jornada", "dedicación", "deeltijd", "voltijd", "omvang", "heltid", "deltid", "omfattning",
    "tjänstgöringsgrad", "sysselsättningsgrad", "tempo pieno", "tempo parziale", "carga horária", "etat",
    "workload", "full-time", "full time", "part-time", "part time", "fulltime", "parttime", "werkweek",
    "semanal", "semanais", "hebdomadaire", "tygodniowo", "stelle", *SHIFT_KEYWORDS,
)  # fmt: skip

# The full-time week assumed where the posting states none, by country; 40 elsewhere.
FULL_TIME_WEEK: dict[str, float] = {"FR": 35.0, "DK": 37.0, "NO": 37.5, "BE": 38.0, "CH": 42.0}
DEFAULT_FULL_TIME_WEEK = 40.0

_NUMBER = r"\d{1,2}(?:[.,]\d{1,2})?"
_JOIN = r"\s*(?:-|–|—|to|bis|à|a|tot|till|e|à|do)\s*"
_RANGE = rf"(?P<low>{_NUMBER})(?:{_JOIN}(?P<high>{_NUMBER}))?"
_UNITS = (
    r"hours|hour|hrs|hr|h|stunden|stunde|std\.?|heures|heure|horas|hora|uur|uren|timmar|tim|ore|godzin|godziny|"
    r"godz\.?"
)
_WEEK = r"week|wk|woche|semaine|semana|settimana|vecka|veckan|tydzień|tydzien|tyg\.?"
_PER = r"(?:per|a|an|each|every|pro|je|in der|par|por|a la|i|alla|a|w|na|/)"
# Hours per week, in the ways postings write them; the first rule that matches wins.
HOURS_RULES: tuple[str, ...] = (
    # "20 hours per week", "32–40 Std./Woche", "35h/semaine", "40 uur per week", "40 timmar i veckan"
    rf"{_RANGE}\s*-?\s*(?:{_UNITS})\s*(?:{_PER}\s*)?(?:{_WEEK})(?![^\W\d_])",
    # "40 horas semanales", "40 ore settimanali", "35 heures hebdomadaires", "40 godzin tygodniowo"
    rf"{_RANGE}\s*(?:{_UNITS})\s+(?:semanales|semanais|settimanali|hebdomadaires|tygodniowo|weekly|wöchentlich|"
    r"per week|por semana)",
    # "a 40-hour week", "38,5-Stunden-Woche", "32-uurs werkweek", "40-timmarsvecka"
    rf"{_RANGE}\s*-?\s*(?:hour|stunden|uurs?|timmars|horas)\s*-?\s*(?:week|woche|werkweek|vecka|semanal)",
    # "30 Wochenstunden", "weekly hours: 20", "Wochenarbeitszeit: 40 Stunden", "werkweek van 36 uur"
    rf"{_RANGE}\s*(?:wochenstunden|weekly hours|heures/semaine|horas/semana|uur/week)",
    rf"(?:weekly hours|hours per week|hours/week|wochenarbeitszeit|wochenstunden|werkweek van|"
    rf"temps de travail hebdomadaire|jornada semanal|orario settimanale)\s*[:\-–]?\s*{_RANGE}",
    # On a labelled line: "Arbeitszeit: 30 Stunden", "Uren: 32-36 uur", "Hours: 20-25".
    rf"^\W*(?:hours|working hours|arbeitszeit|uren|aantal uren|heures|horaire|horas|horario|arbetstid|orario|"
    rf"wymiar czasu pracy)\s*[:\-–]\s*(?:(?:approx\.?|ca\.?|about|circa|environ|ongeveer)\s*)?{_RANGE}\s*"
    rf"(?:{_UNITS})?\s*$",
)


def _numbered(rule: str, index: int) -> str:
    """``rule`` with its groups named after its place, so that all the rules make one pattern."""
    return rule.replace("(?P<low>", f"(?P<low{index}>").replace("(?P<high>", f"(?P<high{index}>")


# All the rules in one pattern: a line is read once, and the earliest statement in it is taken.
_HOURS = CaselessPattern("|".join(f"(?:{_numbered(rule, index)})" for index, rule in enumerate(HOURS_RULES)))
# A share of full time: a percentage only where the line speaks of working time.
_SHARE_CONTEXT = CaselessPattern(
    r"pensum|arbeitspensum|beschäftigungsgrad|teilzeit|vollzeit|workload|\bfte\b|part[- ]?time|full[- ]?time|"
    r"taux d'activité|taux d'occupation|temps partiel|temps plein|jornada|dedicación|deeltijd|voltijd|omvang|"
    r"tjänstgöringsgrad|sysselsättningsgrad|omfattning|heltid|deltid|tempo parziale|tempo pieno|carga horária|"
    r"\bstelle\b|\betat"
)
_PERCENT = CaselessPattern(rf"(?<![\d.,]){_RANGE}\s*%")
_FTE = CaselessPattern(
    r"(?<![\d.,])(?P<low>[01](?:[.,]\d{1,2})?)(?:\s*(?:-|–|to|tot|à)\s*(?P<high>[01](?:[.,]\d{1,2})?))?\s*"
    r"(?:fte|etp|vte)\b"
)
# "full-time is 38 hours", "Vollzeit (40 Std.)": the full-time week, when stated.
_FULL_TIME_STATED = CaselessPattern(
    r"(?:full[- ]?time|vollzeit|temps plein|tiempo completo|voltijd|fulltime|heltid|tempo pieno|tempo integral|"
    rf"pełny etat)\D{{0,25}}?(?P<hours>\d{{2}}(?:[.,]\d)?)\s*-?\s*(?:{_UNITS})"
)
_TRAVEL = CaselessPattern(r"travel|reise|déplacement|deplacement|viaj|reizen|resor|trasfert|viage|podróż")
_PER_DAY = CaselessPattern(r"(?:per|a|pro|par|por|al|i|al)\s*(?:day|tag|jour|día|dia|giorno|dag)\b|täglich|daily")

# Shifts: phrases per kind, in several languages. A negated phrase ("no night shifts") is skipped.
SHIFT_PHRASES: dict[Shift, tuple[str, ...]] = {
    "night": (
        r"night shifts?|nights?(?: work| duty| duties)|night work|work(?:ing)? nights|overnight shifts?",
        r"nachtschicht\w*|nachtdienst\w*|nachtarbeit",
        r"travail de nuit|postes? de nuit|équipes? de nuit|horaires de nuit",
        r"turnos? de noche|turnos? nocturnos?|trabajo nocturno",
        r"nachtdienst(?:en)?|nachtploeg",
        r"nattskift|nattarbete|natt(?:en)?pass",
        r"turn[oi] di notte|turn[oi](?:,? anche)? notturn[oi]|lavoro notturno",
        r"turnos? da noite|turnos? noturnos?|trabalho noturno",
        r"zmian[ayi]? nocn[aey]|praca w nocy",
    ),
    "evening": (
        r"evening shifts?|late shifts?|work(?:ing)? evenings|evenings? and weekends|evening work",
        r"spätschicht\w*|spätdienst\w*|abendschicht\w*|abenddienst\w*|spät(?:-|dienst)",
        r"postes? du soir|équipes? du soir|travail le soir|horaires du soir",
        r"turnos? de tarde|turnos? vespertinos?",
        r"avonddienst(?:en)?|late diensten?|avondploeg",
        r"kvällsskift|kvällspass|kvällsarbete",
        r"turn[oi] serale|turni serali|turno pomeridiano",
        r"turnos? da tarde",
        r"zmian[ayi]? popołudniow[aey]",
    ),
    "weekend": (
        r"weekend (?:work|shifts?|duty|duties|rota|availability|cover)|(?:work(?:ing)?|available|availability|"
        r"including|incl\.?|some|occasional|alternate|every other) (?:on )?weekends|evenings and weekends|"
        r"weekends? (?:required|as needed|on a rota)|(?:on[- ]call|standby|rota) weekends",
        r"wochenendarbeit|wochenenddienst\w*|wochenendschicht\w*|am wochenende arbeiten|"
        r"(?:an|am) wochenenden",
        r"travail le week-end|week-ends? travaillés|le week-end",
        r"fines de semana|fin de semana",
        r"weekenddienst(?:en)?|in het weekend|weekendwerk",
        r"helgarbete|helgtjänstgöring|arbete (?:under|på) helger|helger",
        r"fine settimana|nei weekend",
        r"fins? de semana",
        r"w weekendy|praca w weekendy",
    ),
    "day": (
        r"day shifts?|daytime shifts?|days only",
        r"frühschicht\w*|frühdienst\w*|früh-|tagschicht\w*|tagdienst\w*",
        r"postes? de jour|équipes? de jour|équipe du matin|poste du matin",
        r"turnos? de (?:día|mañana)|turno diurno",
        r"dagdienst(?:en)?|vroege diensten?|dagploeg",
        r"dagskift|dagtid",
        r"turn[oi] diurn[oi]|turno mattutino",
        r"turnos? diurnos?|turno da manhã",
        r"zmian[ayi]? (?:dzienn|porann)[aey]",
    ),
    "on_call": (
        r"on[- ]call (?:duty|duties|rota|rotas|rotation|shifts?|service|week|weeks|weekends?|schedule|availability|"
        r"support|cover|pattern)|(?:be|being|are|is|go|take turns?) on[- ]call|on[- ]call(?= one| every| once)|"
        r"pager duty|standby (?:duty|rota)",
        r"rufbereitschaft|bereitschaftsdienst(?:e)?",
        r"astreintes?",
        r"guardias?|disponibilidad (?:de guardia|24)",
        r"consignatiedienst(?:en)?|bereikbaarheidsdienst(?:en)?|oproepdienst",
        r"beredskap|jourtjänst(?:göring)?",
        r"reperibilità",
        r"sobreaviso|regime de prevenção",
        r"dyżury?",
    ),
    "rotating": (
        r"rotating shifts?|rotational shifts?|shift rotation|rotating schedule|rotating rota|shift work|"
        r"shift pattern|shift-based",
        r"wechselschicht(?:en)?|schichtdienst|schichtarbeit|schichtbetrieb|[23]-schicht",
        r"travail posté|[23] ?x ?8|horaires postés|travail en équipes",
        r"turnos rotativos|trabajo a turnos|turnos rotatorios",
        r"ploegendienst(?:en)?|wisselende diensten|onregelmatige diensten|rooster",
        r"skiftarbete|treskift|tvåskift|skiftgång",
        r"turni a rotazione|turni avvicendati|lavoro su turni|turnazione",
        r"turnos rotativos|escala de revezamento|trabalho por turnos",
        r"praca zmianowa|system zmianowy|trzyzmianow\w*|dwuzmianow\w*",
    ),
    "flexible": (
        r"flexible (?:working )?(?:hours|schedule|working time|start times)|flexi-?time|flextime|flex hours|"
        r"flexible working",
        r"gleitzeit|flexible arbeitszeit(?:en)?|vertrauensarbeitszeit|flexible arbeitszeitmodelle",
        r"horaires? flexibles?|horaires aménageables",
        r"horario flexible|jornada flexible|flexibilidad horaria",
        r"flexibele (?:werk|arbeids)tijden|flexibel werken",
        r"flextid|flexibla arbetstider",
        r"orario flessibile|flessibilità oraria",
        r"horário flexível|flexibilidade de horário",
        r"elastyczne godziny pracy|elastyczny czas pracy",
    ),
}
_SHIFTS = tuple(
    (kind, CaselessPattern(r"(?<![^\W\d_])(?:" + "|".join(phrases) + r")(?![^\W\d_])"))
    for kind, phrases in SHIFT_PHRASES.items()
)
# Which kinds' patterns can match a line, from the literals their matches hold: one pass, not one scan a kind.
_SHIFT_GATE = LiteralGate([pattern for _, pattern in _SHIFTS])
_SHIFT_ORDER: tuple[Shift, ...] = ("day", "night", "evening", "weekend", "on_call", "rotating", "flexible")
_SHIFT_STEM = CaselessPattern(phrase_pattern(SHIFT_KEYWORDS))
_DIGIT = re.compile(r"\d")
_NEGATION = CaselessPattern(
    r"(?:\bno|\bnot|\bnever|\bwithout|\bkeine?|\bnie|\bohne|\bpas de|\bsans|\bni\b|\bsin|\bgeen|\bzonder|\binga?|"
    r"\butan|\bnessun[oa]?|\bniente|\bsenza|\bsem|\bbez|\bbrak)\s+(?:[\w-]+\s+){0,2}$"
)


def _number(text: str | None) -> float | None:
    return None if text is None else float(text.replace(",", "."))


def _plausible_week(low: float, high: float) -> bool:
    return 1 <= low <= high <= 80


def stated_hours(text: str) -> tuple[float, float] | None:
    """Hours per week stated in ``text`` as (min, max), else None.

    >>> stated_hours("32–40 Std./Woche")
    (32.0, 40.0)
    >>> stated_hours("Arbeitszeit: 8 Stunden täglich") is None
    True
    """
    for match in _HOURS.finditer(text):
        rule = (match.lastgroup or "").removeprefix("low").removeprefix("high")  # the rule's place
        low = _number(match.group(f"low{rule}"))
        high = _number(match.group(f"high{rule}")) or low
        if low is None or high is None:
            continue
        if high < low:
            low, high = high, low
        if _plausible_week(low, high) and not _PER_DAY.search(text[match.end() : match.end() + 12]):
            return low, high
    return None


def _share(text: str) -> tuple[float, float] | None:
    """A share of full time ('80 %', '0,8 FTE') as fractions (min, max), else None."""
    for match in _FTE.finditer(text):
        low = _number(match.group("low"))
        high = _number(match.group("high")) or low
        if low is not None and high is not None and min(low, high) > 0 and max(low, high) <= 1:
            return min(low, high), max(low, high)
    if _SHARE_CONTEXT.search(text) and not _TRAVEL.search(text):
        for match in _PERCENT.finditer(text):
            low = _number(match.group("low"))
            high = _number(match.group("high")) or low
            if low is not None and high is not None and min(low, high) >= 10 and max(low, high) <= 100:
                return min(low, high) / 100, max(low, high) / 100
    return None


def shifts_in(text: str) -> list[Shift]:
    """The shifts ``text`` speaks of, in a fixed order, leaving out negated ones ('no night shifts').

    >>> shifts_in("Rotating shifts, including nights; no weekend work.")
    ['rotating']
    >>> shifts_in("Gleitzeit und Rufbereitschaft")
    ['on_call', 'flexible']
    """
    if _SHIFT_STEM.search(text) is None:
        return []
    maybe = _SHIFT_GATE.candidates(lower_like_ignorecase(text))
    found = {
        kind
        for number, (kind, pattern) in enumerate(_SHIFTS)
        if number in maybe
        and any(not _NEGATION.search(text[max(0, m.start() - 30) : m.start()]) for m in pattern.finditer(text))
    }
    return [kind for kind in _SHIFT_ORDER if kind in found]


def states_hours(text: str) -> bool:
    """Whether ``text`` states hours per week or a share of full time (a line that is the hours fact)."""
    return _DIGIT.search(text) is not None and (stated_hours(text) is not None or _share(text) is not None)


def find_hours(lines: Iterable[tuple[int, str]], country: str | None = None) -> tuple[Hours, int] | None:
    """Hours and shifts stated in the body, with the first line they came from.

    Hours stated in hours win over a share of full time; shifts are gathered from every line.

    >>> hours, line = find_hours([(4, "Teilzeit (80 %)"), (6, "Schichtdienst inkl. Wochenenddienste")], "DE")
    >>> (hours.per_week_min, hours.full_time_week, hours.full_time_week_assumed, hours.shifts, line)
    (32.0, 40.0, True, ['weekend', 'rotating'], 4)
    """
    stated: tuple[float, float, int, str] | None = None
    share: tuple[float, float, int, str] | None = None
    full_week: float | None = None
    shifts: list[Shift] = []
    shift_lines: list[tuple[int, str]] = []
    for line, text in lines:
        if _DIGIT.search(text) is not None:
            if stated is None and (hours := stated_hours(text)) is not None:
                stated = (*hours, line, text)
            if share is None and (fraction := _share(text)) is not None:
                share = (*fraction, line, text)
            if full_week is None and (match := _FULL_TIME_STATED.search(text)):
                full_week = _number(match.group("hours"))
        kinds = shifts_in(text)
        if kinds:
            shifts.extend(kind for kind in kinds if kind not in shifts)
            shift_lines.append((line, text))
    shifts = [kind for kind in _SHIFT_ORDER if kind in shifts]
    return _hours(stated, share, full_week, shifts, shift_lines, country)


def _hours(
    stated: tuple[float, float, int, str] | None,
    share: tuple[float, float, int, str] | None,
    full_week: float | None,
    shifts: list[Shift],
    shift_lines: list[tuple[int, str]],
    country: str | None,
) -> tuple[Hours, int] | None:
    sources: list[tuple[int, str]] = []
    low = high = week = None
    assumed = False
    if stated is not None:
        low, high = stated[0], stated[1]
        sources.append((stated[2], stated[3]))
    elif share is not None:
        assumed = full_week is None
        week = full_week or FULL_TIME_WEEK.get(country or "", DEFAULT_FULL_TIME_WEEK)
        low, high = round(share[0] * week, 1), round(share[1] * week, 1)
        sources.append((share[2], share[3]))
    sources.extend(entry for entry in shift_lines if entry not in sources)
    if not sources:
        return None
    sources.sort()
    text = " / ".join(dict.fromkeys(text for _, text in sources))
    hours = Hours(
        per_week_min=low,
        per_week_max=high,
        full_time_week=week,
        full_time_week_assumed=assumed,
        shifts=shifts,
        text=text,
    )
    return hours, sources[0][0]


def parse_hours(value: Any, country: str | None = None) -> Hours | None:
    """Hours from a front matter value: a number of hours per week, or a text such as '20-30 hours/week'."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        hours = finite_number(value)  # None for 400 digits, which float() cannot hold
        if hours is None or not 0 < hours <= 80:
            return None
        return Hours(per_week_min=hours, per_week_max=hours, text=str(value))
    if isinstance(value, str) and value.strip():
        found = find_hours([(0, value.strip())], country)
        if found is None:
            bare = re.fullmatch(rf"\s*{_RANGE}\s*(?:{_UNITS})?\s*", value, re.IGNORECASE)
            if bare is None:
                return None
            low = _number(bare.group("low"))
            high = _number(bare.group("high")) or low
            if low is None or high is None or not _plausible_week(min(low, high), max(low, high)):
                return None
            return Hours(per_week_min=min(low, high), per_week_max=max(low, high), text=value.strip())
        return found[0]
    return None


def parse_shifts(value: Any) -> list[Shift]:
    """Shifts from a front matter value (a text or a list of texts)."""
    texts = value if isinstance(value, list) else [value]
    found: list[Shift] = []
    for text in texts:
        if isinstance(text, str):
            normalised = text.strip().lower().replace("-", "_").replace(" ", "_")
            kinds = [normalised] if normalised in _SHIFT_ORDER else shifts_in(text)
            found.extend(kind for kind in kinds if kind not in found)
    return [kind for kind in _SHIFT_ORDER if kind in found]

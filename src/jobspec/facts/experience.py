"""Years of experience a requirement asks for ("3+ years", "2–4 Jahre", "au moins 3 ans").

:func:`parse_experience` finds an amount of years (or months) and what the
words around it make of it: a minimum ("at least 5", "3+", "mindestens 3"),
a maximum ("up to 2"), a range ("2-4", "entre 2 et 4") or a bare amount,
which means at least that much ("5 years of experience" → at least 5).

A bare amount only counts when the text talks about experience: an
experience word nearby (experience, background, track record, Erfahrung,
expérience, experiencia, experiência, esperienza, ervaring …) or "years
in/of/with/as …". An amount with a qualifier ("3+ years", "2–4 years") is
taken unless it is plainly about something else: a contract length, an age,
a company's history ("founded 20 years ago"), or a period ("every year").
"mehrjährige Berufserfahrung" names no number and gives None.
"""

from __future__ import annotations

import re

from ..models import Experience
from ..text import compile_lowercase, lower_like_ignorecase

__all__ = ["parse_experience"]

# Numbers written as words, one to ten in English, German, French, Spanish,
# Portuguese, Italian and Dutch (and to fifteen in English). "a"/"an" is one
# ("at least a year of experience"); "a couple of" is two.
WORD_NUMBERS: dict[str, int] = {
    # English
    "a couple of": 2,
    "a couple": 2,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    # German
    "ein": 1,
    "eine": 1,
    "einem": 1,
    "einen": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "fuenf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    # French
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    # Spanish
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    # Portuguese
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "três": 3,
    "quatro": 4,
    "sete": 7,
    "oito": 8,
    "nove": 9,
    "dez": 10,
    # Italian
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "dieci": 10,
    # Dutch
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "negen": 9,
    "tien": 10,
}
YEAR_UNITS = (
    r"years?|yrs?\.?|jahren?|jahre?s?|ann[ée]es?|ans?|a[ñn]os?|anni|anno|jaar|jaren|"
    r"års?|lata|lat|roku|roky|rok|let|vuoden|vuotta|vuosi|"  # sv da no, pl, cs, fi
    r"ani|év|évnyi|éves|yil|yillik|tahun|anys"  # ro, hu, tr (its "ı" read as "i"), id, ca
)
MONTH_UNITS = (
    r"months?|mos?\.?|monaten?|monate?|mois|meses|mes|mês|mesi|mese|maanden|maand|"
    r"månader|måneder|måneders|miesięcy|miesiące|měsíců|měsíce|kuukautta|kuukauden"
)
# German adjectives: "3-jährige Berufserfahrung", "dreijährige"
YEAR_ADJECTIVES = r"j[äa]e?hrige[nmrs]?"
# Between the two ends of a range: "2-4", "2 to 4", "zwischen 2 und 4", "de 2 a 4" …
RANGE_JOINERS = r"-|–|—|~|to|bis|à|a|au|até|ate|e|et|y|und|and|en|tot|or|oder|ou|o"

# Before the amount: a minimum ("at least", "mindestens", "au moins" …). "More than" and
# "over" are left out on purpose: they also come before durations ("paid over 6 months"),
# and with an experience word the bare amount already means at least that much.
MINIMUM_BEFORE = (
    r"at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|no\s+less\s+than|not\s+less\s+than|mindestens|mind\.|"
    r"wenigstens|au\s+moins|au\s+minimum|al\s+menos|como\s+m[ií]nimo|m[ií]nimo\s+de|m[ií]nimo|pelo\s+menos|"
    r"no\s+m[ií]nimo|almeno|minimo\s+di|minimo|minimaal|ten\s*minste|minstens|"
    r"minst|mindst|co\s+najmniej|conajmniej|minimalnie|alespoň|nejméně|vähintään|"
    r"minim|cel\s+pu[țţt]in|legalább|en\s+az|minimal|setidaknya|sekurang-kurangnya|"
    r"almenys|com\s+a\s+m[ií]nim"
)
# Before the amount: a maximum ("up to", "bis zu", "jusqu'à" …).
MAXIMUM_BEFORE = (
    r"up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|under|maximum\s+of|"
    r"maximum|max\.?|bis\s+zu|höchstens|maximal|weniger\s+als|jusqu['’]\s*[àa]|au\s+plus|moins\s+de|hasta|"
    r"m[aá]ximo\s+de|m[aá]ximo|menos\s+de|até|no\s+m[aá]ximo|fino\s+a|massimo|meno\s+di|maximaal|hoogstens|"
    r"minder\s+dan"
)
# After the amount: a minimum ("3 years or more", "5 years minimum").
MINIMUM_AFTER = (
    r"\+|or\s+more|or\s+above|and\s+above|or\s+longer|plus|minimum|min\.?|at\s+least|oder\s+mehr|"
    r"oder\s+länger|ou\s+plus|ou\s+mais|o\s+m[aá]s|o\s+pi[uù]|of\s+meer|of\s+langer|"
    r"eller\s+mer|eller\s+mere|lub\s+więcej|a\s+více|tai\s+enemmän"
)
# Words that make an amount about experience.
EXPERIENCE_WORDS = (
    r"exp[eé]rien\w*|experi[eê]nci\w*|esperienz\w*|expertise|background|track\s+record|\w*erfahr\w*|"
    r"\w*praxis|\w*ervaring|professional\w*|profesional\w*|profissional\w*|professionnel\w*|hands-on|"
    r"industry|relevant|proven|seniority|working|worked|in\s+(?:a|an|the)\s+(?:\w+\s+)?(?:role|position|field)|"
    r"\w*erfarenhet\w*|\w*erfaring\w*|doświadczeni\w*|praxe|praxi|zkušenost\w*|\w*kokemus\w*|"
    r"experi[eèê]nci\w*|\w*tapasztalat\w*|deneyim\w*|tecrübe\w*|pengalaman"
)
# Words right after the unit that make it about experience ("years in/of/with/as").
EXPERIENCE_LINKS = r"of|in|with|as|im|in\s+der|bei|als|de|d['’]|en|em|di|nel|nella|als|op|bij|met"
# Words right after the unit that make it about something else.
NOT_EXPERIENCE_AFTER = (
    r"of\s+(?:hire|hiring|joining|employment|starting|the\s+start)|de\s+(?:historia|hist[óo]ria|trayectoria)|"
    r"d['’]histoire|di\s+storia|geschichte|firmengeschichte|geschiedenis|"
    r"ago|old|long|of\s+age|later|from\s+now|in\s+a\s+row|in\s+business|in\s+operation|of\s+history|of\s+existence|"
    r"contracts?|project|assignment|engagement|term|warranty|guarantee|lease|anniversary|running|period|"
    r"programme|program|plan|visa|residence|alt|vertrag|befristet|laufzeit|contrat|contrato|contratto|"
    r"d['’]anciennet[ée]|antigüedad"
)
# Words shortly before the amount that make it about something else.
NOT_EXPERIENCE_BEFORE = (
    r"contract|vertrag|contrat|contrato|contratto|duration|dauer|laufzeit|durée|duración|duração|durata|looptijd|"
    r"founded|established|gegründet|fondée?|fundad[ao]|fondat[ao]|opgericht|since|seit|depuis|desde|sinds|"
    r"for\s+the\s+(?:last|past|next)|over\s+the\s+(?:last|past|next)|in\s+the\s+(?:last|past|next)|every|"
    r"jede[nsm]?|chaque|cada|ogni|elke?|within|innerhalb|after|nach|après|después|após|dopo|warranty|guarantee|"
    r"fixed[\s-]term|befristet|probation|probezeit|bonus|paid|vest\w*|notice|last(?:s|ing)?|takes?|runs?|"
    r"age|aged|ages|alter|âge|edad|idade|età|leeftijd|alder|alderen|ålder|åldern|wieku|věku|veku|vârsta|vârstă|"
    r"ikäiset|ikäisille|ikäisten|korú|uzrasta|starosti"
)


def _by_first_letter(alternatives: list[str]) -> str:
    """``a|b|…`` as one group per first letter ('ten|two|one' → 't(?:en|wo)|o(?:ne)'), order kept.

    The regex engine then tests one letter where it tried every alternative.
    No two first letters match the same character, even ignoring case, so
    the pattern matches exactly what the plain alternation does.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


_NUMBER = r"\d+(?:[.,]\d+)?|" + _by_first_letter(
    [re.escape(word) for word in sorted(WORD_NUMBERS, key=len, reverse=True)]
)
_AMOUNT = compile_lowercase(
    rf"(?<![\w.,])(?P<lead>\+\s*)?(?P<a>{_NUMBER})(?P<plus>\s*\+)?"
    rf"(?:\s*(?:{RANGE_JOINERS})\s*(?P<b>{_NUMBER})(?:\s*\+)?)?"
    rf"(?P<gap>\s*[-‐]?\s*)"
    rf"(?:(?P<years>{YEAR_UNITS})|(?P<months>{MONTH_UNITS})|(?P<adjective>{YEAR_ADJECTIVES}))(?!\w)"
    r"(?P<trail>\s*\+)?",
)
# "Years of experience: 3-5", "Berufserfahrung (Jahre): 3+"
_LABELLED = compile_lowercase(
    r"\b(?:years\s+of\s+(?:\w+\s+)?experience|jahre\s+(?:an\s+)?berufserfahrung|experience\s*\((?:years|yrs)\))"
    r"\s*[:=]?\s*(?P<a>\d+(?:[.,]\d+)?)(?:\s*(?:-|–|to)\s*(?P<b>\d+(?:[.,]\d+)?))?",
)
_MINIMUM_BEFORE = compile_lowercase(rf"(?:^|\W)(?:{MINIMUM_BEFORE})\s*[:(]?\s*$")
_MAXIMUM_BEFORE = compile_lowercase(rf"(?:^|\W)(?:{MAXIMUM_BEFORE})\s*[:(]?\s*$")
_MINIMUM_AFTER = compile_lowercase(rf"^['’]?\s*(?:{MINIMUM_AFTER})(?!\w)")
_EXPERIENCE_WORD = compile_lowercase(rf"(?<!\w)(?:{EXPERIENCE_WORDS})")
_EXPERIENCE_LINK = compile_lowercase(rf"^['’]?\s*(?:-\s*)?(?:{EXPERIENCE_LINKS})(?:\s|(?<=['’]))")
_NOT_EXPERIENCE_AFTER = compile_lowercase(rf"^['’]?\s*(?:-\s*)?(?:{NOT_EXPERIENCE_AFTER})(?!\w)")
_NOT_EXPERIENCE_BEFORE = compile_lowercase(rf"(?<!\w)(?:{NOT_EXPERIENCE_BEFORE})(?!\w)")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
# Every amount ends with a unit, and every labelled line names years: a text
# with no unit holds no experience.
_UNIT = compile_lowercase(rf"(?:{_by_first_letter(f'{YEAR_UNITS}|{MONTH_UNITS}|{YEAR_ADJECTIVES}'.split('|'))})(?!\w)")
_MOST_YEARS = 50


def parse_experience(text: str) -> Experience | None:
    """The years of experience ``text`` asks for, else None.

    >>> parse_experience("3+ years of Python")
    Experience(years_min=3.0, years_max=None)
    >>> parse_experience("2–4 Jahre Berufserfahrung")
    Experience(years_min=2.0, years_max=4.0)
    >>> parse_experience("6 months of experience with SQL")
    Experience(years_min=0.5, years_max=None)
    >>> parse_experience("We were founded 20 years ago") is None
    True
    """
    folded = lower_like_ignorecase(text)  # the patterns are in lower case, for speed
    if not _UNIT.search(folded):  # most requirements name no length of time
        return None if folded.isascii() else _in_other_scripts(folded)
    for match in _AMOUNT.finditer(folded):
        found = _read_amount(folded, match)
        if found is not None:
            return found
    labelled = _LABELLED.search(folded)
    if labelled:
        low, high = _number(labelled.group("a")), labelled.group("b")
        return _experience(low, _number(high) if high else None, per_year=1)
    return None


# Russian, Ukrainian, Japanese, Chinese, Korean, Vietnamese (letters beyond the Latin patterns'),
# Arabic and Hebrew: an experience word anywhere in the
# requirement, and an amount of years ("опыт работы от 3 лет", "実務経験3年以上", "3年以上开发经验",
# "경력 3년 이상", "خبرة لا تقل عن 3 سنوات").
_OTHER_SCRIPT_AMOUNTS = (
    (
        "опыт",
        re.compile(r"(?<!\d)(?P<max>до\s+)?(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?(?:-?х)?\s*(?:лет|года?)\b"),
    ),
    ("経験", re.compile(r"(?<![\d０-９])(?P<a>\d{1,2})(?:\s*[~〜～\-－]\s*(?P<b>\d{1,2}))?\s*年")),
    ("经验", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[~〜～\-至到]\s*(?P<b>\d{1,2}))?\s*年")),
    ("經驗", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[~〜～\-至到]\s*(?P<b>\d{1,2}))?\s*年")),
    ("경력", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[~\-]\s*(?P<b>\d{1,2}))?\s*년")),
    ("경험", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[~\-]\s*(?P<b>\d{1,2}))?\s*년")),
    (
        "досвід",
        re.compile(r"(?<!\d)(?P<max>до\s+)?(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?(?:-?х)?\s*(?:років|роки|рік)\b"),
    ),
    ("خبرة", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?\s*(?:سنوات|سنة|سنين|أعوام|عام)")),
    ("kinh nghiệm", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?\+?\s*năm\b")),
    ("ניסיון", re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?\s*(?:שנות|שנים|שנה)")),
)


def _in_other_scripts(folded: str) -> Experience | None:
    """Years of experience in a script the Latin patterns do not read (see ``_OTHER_SCRIPT_AMOUNTS``)."""
    for word, amount in _OTHER_SCRIPT_AMOUNTS:
        found = amount.search(folded) if word in folded else None
        if found is None:
            continue
        low, high = float(found["a"]), float(found["b"]) if found["b"] else None
        if found.groupdict().get("max"):
            return _experience(None, low, per_year=1)
        return _experience(low, high, per_year=1) if high is None or low <= high else None
    return None


def _read_amount(folded: str, match: re.Match[str]) -> Experience | None:
    """What one amount of years or months in ``folded`` states, or None when it is about something else."""
    if _is_word(match.group("a")) and not match.group("adjective") and not match.group("gap"):
        return None  # a word number glued to a unit (no space or dash between) is part of another word
    before = _clause_before(folded, match.start())
    after = _clause_after(folded, match.end())
    if _NOT_EXPERIENCE_AFTER.match(after):
        return None
    named = _names_experience(before, after)
    if _NOT_EXPERIENCE_BEFORE.search(before[-40:]) and not named:
        return None
    about_experience = named or bool(_EXPERIENCE_LINK.match(after)) or _is_a_fields_value(folded, match)
    low = _number(match.group("a"))
    high = _number(match.group("b")) if match.group("b") else None
    per_year = 12 if match.group("months") else 1
    if high is not None:
        return _experience(low, high, per_year) if low <= high else None
    if match.group("lead") or match.group("plus") or match.group("trail") or _MINIMUM_AFTER.match(after):
        return _experience(low, None, per_year)
    if _MINIMUM_BEFORE.search(before):
        return _experience(low, None, per_year)
    if _MAXIMUM_BEFORE.search(before):
        return _experience(None, low, per_year)
    if about_experience:
        return _experience(low, None, per_year)
    return None


# A job board's field of experience, one per line under "Experience:": "Customer service: 2 years
# (Required)", "Python: 3 years".
_FIELD_OF_YEARS = compile_lowercase(r"^[^\W\d][^:\d]{0,40}:\s*$")
# What may follow the amount in such a field, spaces around it stripped (one run of spaces to match,
# not three beside each other, which a long run of spaces made cubic).
_FIELD_END = compile_lowercase(r"(?:\((?:required|preferred)\))?\s*\.?")


def _is_a_fields_value(folded: str, match: re.Match[str]) -> bool:
    """Whether the amount is all the value of a field whose label names what it is of."""
    if _FIELD_OF_YEARS.match(folded[: match.start()]) is None:
        return False
    return _FIELD_END.fullmatch(folded[match.end() :].strip()) is not None


def _names_experience(before: str, after: str) -> bool:
    """An experience word just before or after the amount ('experience', 'Erfahrung', 'background' …)."""
    words_after = " ".join(after.split()[:5])
    words_before = " ".join(before.split()[-8:])
    return bool(_EXPERIENCE_WORD.search(words_after) or _EXPERIENCE_WORD.search(words_before))


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def _clause_after(text: str, end: int) -> str:
    after = text[end : end + 80]
    stop = _CLAUSE_END.search(after)
    return after[: stop.start()] if stop else after


def _is_word(number: str) -> bool:
    return not number[0].isdigit()


def _number(number: str) -> float:
    """The value of a number read from lower_like_ignorecase text ('3', '2,5', 'five', 'drei')."""
    if number in WORD_NUMBERS:
        return float(WORD_NUMBERS[number])
    return float(number.replace(",", "."))


def _experience(low: float | None, high: float | None, per_year: int) -> Experience | None:
    """Experience in years, months turned into years ('6 months' → 0.5); None for absurd amounts."""
    if any(value is not None and value > _MOST_YEARS * per_year for value in (low, high)):
        return None
    return Experience(
        years_min=None if low is None else round(low / per_year, 2),
        years_max=None if high is None else round(high / per_year, 2),
    )

"""Salary: amounts, range, currency and pay period, from a value or a line of text.

`price-parser <https://github.com/scrapinghub/price-parser>`_ reads each
amount (thousands and decimal separators); this module adds what it does not
do: ranges, "k" and lakh suffixes, ISO 4217 codes for symbols and words, pay
periods in several languages, and the judgement of whether a number is pay at
all ("3+ years", "ISO 27001" and "€3000 training budget" are not).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from price_parser import Price

from ..models import Salary, SalaryPeriod
from ..text import CaselessPattern, LiteralGate, lower_like_ignorecase

__all__ = [
    "PAY_GRADES",
    "find_salary",
    "has_unnamed_krona",
    "is_pay_line",
    "krona_currency",
    "parse_bare_salary",
    "parse_period",
    "parse_salary",
    "salary_notes",
]

# Currency marks: (ISO 4217 code or None, definitive, regex fragments). A
# definitive mark names one currency; an ambiguous one ("$", "¥", "kr",
# "dollars") gives way to a code or a definitive mark in the same text, so
# "$142k CAD" is CAD. Fragments that start or end with a letter only match
# whole words. Codes written as such ("EUR", "usd") are in ISO_CODES below.
CURRENCY_MARKS: tuple[tuple[str | None, bool, tuple[str, ...]], ...] = (
    ("USD", True, (r"US\$", r"U\.S\. dollars", r"US dollars", r"U\.S\. dollar", r"US dollar")),
    ("AUD", True, (r"AU\$", r"A\$", r"Australian dollars", r"Australian dollar")),
    ("CAD", True, (r"CA\$", r"Can\$", r"C\$", r"Canadian dollars", r"Canadian dollar")),
    ("NZD", True, (r"NZ\$", r"New Zealand dollars", r"New Zealand dollar")),
    ("HKD", True, (r"HK\$", r"Hong Kong dollars", r"Hong Kong dollar")),
    ("SGD", True, (r"SG\$", r"S\$", r"Singapore dollars", r"Singapore dollar")),
    ("MXN", True, (r"MX\$", r"Mex\$", r"Mexican pesos", r"pesos mexicanos")),
    ("BRL", True, (r"R\$", r"reais")),
    ("CNY", True, (r"CN¥", r"RMB", r"yuan", r"renminbi")),
    ("GBP", True, (r"£", r"pounds sterling", r"sterling", r"pounds", r"pound")),
    ("EUR", True, (r"€", r"euros", r"euro")),
    ("INR", True, (r"₹", r"Rs\.", r"Rs", r"rupees", r"rupee")),
    ("JPY", True, (r"yen", r"(?:(?<=\d)|(?<=\d\s)|(?<=万))円")),  # "500万円": 円 after 万, a letter
    ("PLN", True, (r"zł", r"złotych", r"złoty", r"zloty")),
    ("CHF", True, (r"SFr\.", r"Fr\.(?=\s?\d)", r"(?:(?<=\d)|(?<=\d\s))Fr\.", r"Swiss francs", r"Franken", r"francs")),
    ("CZK", True, (r"Kč",)),
    ("KRW", True, (r"₩", r"(?:(?<=\d)|(?<=\d\s)|(?<=만))원")),
    ("CNY", True, (r"(?:(?<=\d)|(?<=\d\s)|(?<=万))元",)),
    ("TRY", True, (r"(?:(?<=\d)|(?<=\d\s))TL",)),
    ("RUB", True, (r"₽", r"руб\.", r"рублей", r"руб")),
    ("TRY", True, (r"₺",)),
    ("ILS", True, (r"₪",)),
    ("PHP", True, (r"₱",)),
    ("NGN", True, (r"₦",)),
    ("UAH", True, (r"₴", r"грн\.?")),
    ("HUF", True, (r"(?:(?<=\d)|(?<=\d\s))(?-i:Ft)", r"forint")),  # "ft" is also feet
    ("RON", True, (r"(?:(?<=\d)|(?<=\d\s))lei",)),
    ("IDR", True, (r"Rp\.?(?=\s?\d)",)),
    ("AED", True, (r"درهم",)),
    ("SAR", True, (r"ريال",)),
    # Ambiguous: tried after the definitive marks that contain them.
    ("USD", False, (r"\$", r"dollars", r"dollar")),
    ("JPY", False, (r"¥", r"￥")),
    (None, False, (r"kr\.", r"kr", r"kronor", r"kroner", r"krónur")),
)
# Which krona an ambiguous "kr" is, by the posting's country, else its language.
_KRONA_OF_COUNTRY = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "IS": "ISK", "FO": "DKK", "GL": "DKK"}
_KRONA_OF_LANGUAGE = {"sv": "SEK", "da": "DKK", "no": "NOK", "nb": "NOK", "nn": "NOK", "is": "ISK"}
# ISO 4217 codes recognised when written in capitals; the common ones also in
# lower case ("usd"). Codes that are also words (ALL, PEN, PHP, TOP, CUP …)
# are left out; CAD (also computer-aided design) counts only next to an amount
# or in brackets ("Salary (CAD): …").
ISO_CODES = (
    "USD EUR GBP CHF CAD AUD NZD SGD HKD JPY CNY INR PLN SEK NOK DKK ISK BRL MXN ARS CLP COP "
    "CZK HUF RON BGN HRK RSD UAH RUB TRY ILS AED SAR QAR KWD ZAR NGN KES EGP MAD KRW TWD THB "
    "MYR IDR VND PKR BDT LKR"
).split()
LOWER_CASE_CODES = "usd eur gbp chf aud nzd sgd hkd jpy cny inr pln sek nok dkk brl mxn czk huf zar".split()
ATTACHED_ONLY_CODES = frozenset({"CAD"})

# Pay periods: phrases after an amount, in several languages. "/unit" forms
# are in PERIOD_UNITS. The earliest phrase in the text wins, except one that
# follows a duration ("40 hours per week", "25 days a year" are not pay).
PERIOD_PHRASES: tuple[tuple[SalaryPeriod, str], ...] = (
    (
        "hour",
        r"per hour|an hour|per hr|hourly|"  # en
        r"(?:pro|je|die) stunde|stündlich|stundenlohn|"  # de
        r"de l'heure|par heure|por hora|la hora|all'ora|l'ora|orari[oa]|"  # fr, es, pt, it
        r"per uur|uurloon|uurtarief|per timme|i timmen|"  # nl, sv
        r"za godzinę|za hodinu|в час|saatlik|tunnilta|時給|时薪|시급|"  # pl, cs, ru, tr, fi, ja, zh, ko
        r"óránként|pe oră|на годину|per jam|לשעה",  # hu, ro, uk, id, he
    ),
    (
        "day",
        r"per day|a day|daily|day rate|daily rate|per diem|"  # en
        r"pro tag|tagessatz|par jour|por d[ií]a|al giorno|per dag|dagtarief",  # de, fr, es/pt, it, nl
    ),
    (
        "week",
        r"per week|a week|weekly|pro woche|wöchentlich|par semaine|por semana|a settimana|alla settimana",
    ),
    (
        "month",
        r"per month|a month|per mo|per calendar month|pcm|monthly|"  # en
        r"pro monat|im monat|monatlich|mtl\.?|(?:brutto)?monatsgehalt|"  # de
        r"par mois|mensuel(?:le)?|"  # fr
        r"por mes|al mes|mensual(?:es)?|por m[êe]s|ao m[êe]s|mensal|mensais|"  # es, pt
        r"al mese|mensil[ei]|"  # it
        r"(?:bruto )?per maand|maandelijks|maandsalaris|"  # nl
        r"per månad|i månaden|pr\.? måned|per måned|om måneden|miesięcznie|"  # sv, da/no, pl
        r"měsíčně|za měsíc|в месяц|aylık|kuukaudessa|月給|月収|月薪|월급|"  # cs, ru, tr, fi, ja, zh, ko
        r"havonta|havi|pe lună|pe luna|lunar|на місяць|щомісяця|per bulan|mỗi tháng|"  # hu, ro, uk, id, vi
        r"شهريا|شهرياً|לחודש",  # ar, he
    ),
    (
        "year",
        r"per annum|per year|a year|per yr|a yr|p\.\s?a\.?|(?-i:pa)|yearly|annually|lpa|"  # en
        r"annual(?! (?:leave|holiday|vacation|bonus|budget|review|training|allowance))|"
        r"pro jahr|im jahr|jährlich|jaehrlich|(?:brutto)?jahresgehalt|pro anno|"  # de
        r"par an|par année|annuel(?:le)?|brut annuel|"  # fr
        r"por año|al año|por ano|ao ano|anual(?:es)?|anuais|"  # es, pt
        r"all'anno|l'anno|annu[oi]|annua|(?-i:RAL)|"  # it: RAL, retribuzione annua lorda
        r"per jaar|jaarlijks|jaarsalaris|"  # nl
        r"per år|pr\.? år|om året|rocznie|"  # sv, da/no, pl
        r"ročně|za rok|в год|yıllık|vuodessa|年収|年俸|年薪|연봉|"  # cs, ru, tr, fi, ja, zh, ko
        r"évente|pe an|anual|на рік|per tahun|mỗi năm|سنويا|سنوياً|לשנה",  # hu, ro, uk, id, vi, ar, he
    ),
)
PERIOD_UNITS: tuple[tuple[SalaryPeriod, str], ...] = (
    ("hour", r"hours|hour|hrs|hr|h|stunde|std\.?|heure|hora|ora|uur"),
    ("day", r"days|day|d|tag|jour|d[ií]a|giorno|dag"),
    ("week", r"weeks|week|wk|w|woche|semaine|semana|settimana"),
    (
        "month",
        r"months|month|mth|mo|m|monat|mois|mes|m[êe]s|mese|maand|mån|mies\.?|měs\.?|мес\.?|міс\.?|hó|hónap|"
        r"lună|luna|bulan|tháng|月",
    ),
    ("year", r"years|year|yr|y|annum|a|an|jahr|année|año|ano|anno|jaar|år|rok|год|рік|év|tahun|năm|年"),
)

# Words that make a number pay. A line with one of them is preferred by
# find_salary over a line that merely holds a currency amount.
PAY_WORDS = (
    r"salary|salaries|pay|pay range|pay band|pay rate|compensation|comp|total comp|remuneration|wages?|earnings|"
    r"ote|day rate|hourly rate|rate|ctc|lpa|"
    r"\w*gehalt|vergütung|verguetung|\w*lohn|entgelt|"  # de
    r"salaire|rémunération|remuneration|"  # fr
    r"salario|sueldo|retribución|remuneración|"  # es
    r"salário|remuneração|"  # pt
    r"stipendio|retribuzione|ral|compenso|"  # it
    r"salaris|maandsalaris|jaarsalaris|loon|"  # nl
    r"lön|månadslön|løn|lønn|wynagrodzenie|pensja|mzda|fizetés|salariu|palkka|maaş|ücret|"  # sv da no pl cs hu ro fi tr
    r"bér|bérezés|gaji|upah|lương|mức lương|retribució|"  # hu, id, vi, ca
    r"зарплата|заработная плата|оклад|заробітна плата|"  # ru, uk
    r"راتب|الراتب|שכר|"  # ar, he
    r"給与|年収|月給|月収|時給|年俸|薪资|薪酬|月薪|年薪|工资|연봉|월급|급여"  # ja zh ko
)
# Things paid for that are not the salary: an amount next to one of these is skipped.
PERK_WORDS = (
    r"budget|allowance|bonus|bonuses|training|equipment|relocation|learning|conference|conferences|stipend|"
    r"voucher|vouchers|reimbursement|reimbursed|referral|signing|sign-on|gym|wellness|pension|401k|"
    r"\w*budget|zuschuss|prämie|weiterbildung|jobticket|formation|prime|primes|ayuda|bono|auxílio|vale|"
    r"buono|buoni|vergoeding|opleiding|"
    r"\w*bidrag|\w*tilskud\w*|\w*styrk\w*|\w*toetus\w*"  # friskvårdsbidrag, sportstilskud, íþróttastyrk, sporditoetus
)
# More things paid for, looked for only right around an amount: a line that also names them
# ("$24/hour plus tips • shift meals", "€70k plus stock options") may still state the pay.
PERK_NEAR_WORDS = (
    r"meal|meals|lunch|restaurant|restaurants|ticket|tickets|titre|titres|chèque|chèques|cheque|cheques|"
    r"titres-restaurant|titre-restaurant|tickets-restaurant|ticket-restaurant|chèques-déjeuner|"
    r"essensgutschein|essensgutscheine|essenszuschuss|maaltijdcheque|maaltijdcheques|pasto|refeição|"
    r"alimentação|sodexo|edenred|swile|equity|rsu|rsus|stock|shares|options|espp|esop|vsop|bspce|moving|"
    r"\w*bidrag|\w*tillägg"
)
# Published pay grades and scales: kept as Salary.grade ("GS-15", "TVöD E13", "Band 6", "schaal 10").
PAY_GRADES = (
    r"\bGS-?\d{1,2}(?:\s*(?:/|-|–|to)\s*(?:GS-?)?\d{1,2})?\b",
    r"\b(?:TVöD|TV-?L|TV-?H|TV-?V|TV-?Ärzte|AVR|TV-?N)(?:[- ](?:K|VKA|Bund|SuE|P))?\s*(?:E|EG|S|P)?\s?\d{1,2}[a-c]?\b",
    r"\b(?:Entgeltgruppe|EG)\s?\d{1,2}\b",
    r"\b(?:NHS\s+)?(?:AfC\s+)?Band\s?[2-9][a-d]?\b",
    r"\b(?:salaris)?schaal\s?\d{1,2}\b",
    r"\bCCNL\b[^.;]{0,60}?\blivello\s\w{1,3}\b",
)
_GRADE = re.compile("|".join(PAY_GRADES), re.IGNORECASE)
# Stated without a figure: gives a Salary with only its text.
NO_FIGURE_PHRASES = (
    r"competitive|doe|d\.o\.e\.?|depending on experience|dependent on experience|depends on experience|"
    r"based on experience|commensurate with (?:\w+ ){0,8}?experience|negotiable|to be (?:discussed|agreed|negotiated)|"
    r"tbd|tbc|attractive|market rate|"
    r"nach vereinbarung|verhandelbar|verhandlungssache|attraktiv|wettbewerbsfähig|marktgerecht|leistungsgerecht|"
    r"selon profil|selon expérience|à négocier|négociable|attractif|attractive|"
    r"según (?:experiencia|valía|perfil)|a convenir|negociable|competitivo|competitiva|a combinar|"
    r"negoziabile|commisurat[oa] all'esperienza|"
    # "n.o.t.k." ("n.o.t.k" with or without stops) is written out so that its gate reads "notk", not "n".
    r"competitief|marktconform|n(?:\.o|o)(?:\.t|t)(?:\.k|k)\.?|in overleg|bespreekbaar"
)
# Line labels: "Salary:", "Base salary (EUR):", "Rémunération :", "Salario -".
_LABEL = re.compile(
    # A word starts with a letter or digit: "[\w&]+" after "\W*" split a run of "&" every way (quadratic).
    rf"^\W*(?:\w[\w&]*\s+){{0,2}}(?:{PAY_WORDS})(?:\s+[\w&/]+){{0,3}}\s*(?:\([^)]*\))?\s*[:：–—-]",
    re.IGNORECASE,
)

# Before an amount: "up to $90" has no minimum, "from €3,000" no maximum.
_UP_TO = re.compile(
    r"(?<![^\W\d_])(?:up to|upto|bis zu|bis|jusqu'à|jusqu'a|hasta|até|fino a|tot|max\.?|maximum|no more than|do|до)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"(?<![^\W\d_])(?:from|starting at|starting from|starts at|ab|à partir de|a partir de|desde|a partire da|"
    r"vanaf|min\.?|minimum|at least|od|от|від|între|intre|mulai|từ)\s*:?\s*$",
    re.IGNORECASE,
)
# Right after an amount: "€45k+", "45,000+ EUR" have no maximum ("€45k + bonus" is something else).
_OPEN_ENDED = re.compile(r"\+(?![^\W\d_])")
# Between the two ends of a range.
# (?<!\s): a search starts only where a run of spaces does, not again inside it (quadratic).
_RANGE_JOIN = re.compile(
    r"(?<!\s)\s*(?:--|-|–|—|~|～|〜|to|bis|à|a|and|und|et|y|e|en|tot|till|through|thru|do|до|și|si|hingga|sampai)\s*",
    re.IGNORECASE,
)
# Words that may precede or follow a bare number (one without a currency) that is pay.
_LEAD_WORDS = frozenset(
    "of is are was be at from to between and up upto max maximum min minimum least about around approx "
    "approximately circa ca c range starting starts start ab von bis zwischen zu de des du entre à a desde hasta "
    "até da fino tra vanaf van tot tussen e y et und en gross net brutto netto bruto brut plus per earn earning "
    "offer offering offers paying pays total base".split()
)
_FOLLOW_WORDS = frozenset(
    "gross net brutto netto bruto brut brute lordo lordi netti per a an pro par por al ao all im op plus and und "
    "et y e en or oder ou o of to bis à tot base ote doe depending dependent based commensurate incl excl "
    "including excluding inkl zzgl max min".split()
)

# Amounts: Indian grouping (12,00,000), consistent thousands separators
# (50,000 / 50.000 / 120'000 / 40 000), or plain digits; then decimals and
# a multiplier. Millions and billions are funding or revenue, not pay.
_AMOUNT = re.compile(
    r"(?<![\d.,'])"
    r"(?P<number>(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?P<sep>[,.' ])\d{3}(?:(?P=sep)\d{3})*|\d+)(?:[.,]\d{1,2})?)"
    r"(?!\d)"
    r"(?P<mult>\s?(?:[kK]|lakhs|lakh|lacs|lac|LPA|juta|triệu)(?![^\W\d_])|万|만)?"  # 万 and 만 (ten thousand) run on
    r"(?P<big>\s?(?:[mM]|mn|[mM]io\.?|million|millions|millionen|bn|billion|[mM]rd\.?|milliarden?)(?![^\W\d_]))?"
)
_MULTIPLIERS = {
    "k": 1_000.0,
    "lakh": 100_000.0,
    "lakhs": 100_000.0,
    "lac": 100_000.0,
    "lacs": 100_000.0,
    "lpa": 100_000.0,
    "万": 10_000.0,
    "만": 10_000.0,
    "juta": 1_000_000.0,  # Indonesian and Vietnamese millions are the usual unit of a monthly pay
    "triệu": 1_000_000.0,
}
# Spans that hold numbers but no amount: dates and retirement plans.
_NOT_AMOUNTS = re.compile(
    r"(?<![\d.])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2})(?![\d])|"
    r"\b40[13]\s?\(?[kKbB]\)?",
)
_MAY_NOT_BE_AMOUNT = re.compile(r"\d[./-]\d\d?[./-]\d|40[13]\s?\(?[kKbB]")  # in every span of _NOT_AMOUNTS
# A period right after a duration is about time, not pay.
_AFTER_DURATION = re.compile(
    r"\d\s*\+?\s*(?:h|hrs?|hours?|stunden|std\.?|heures|horas|ore|uur|days?|tage|jours|d[ií]as|giorni|dagen|"
    r"weeks?|wochen|months?|monate)\s*$",
    re.IGNORECASE,
)
_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\t", " ")
    | {"’": "'", "‘": "'", "−": "-", "‐": "-", "‑": "-", "‒": "-"}
)
_CHANGED_BY_SPACES = re.compile("[" + "".join(re.escape(chr(code)) for code in _SPACES) + "]")
_BARRIER = re.compile(
    r"[+,;()|]|(?<![^\W\d_])(?:plus|and|und|et|y|e|with|mit|avec|con|com|met|incl|including|inclusive|inkl|"
    r"excl|excluding|zzgl|zuzüglich|hors|sin|sem|senza|exclusief|inclusief)(?![^\W\d_])",
    re.IGNORECASE,
)
_LOOK_BACK = 40  # characters around an amount or period that are read for context
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-?$")  # "Python 3.11", "GS-14"; from a word's start only
_DIGIT = re.compile(r"\d")
_DECIMAL_SEPARATOR = re.compile(r"[.,](?=\d{1,2}$)")  # 12.50, 15,50
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 50.000
_NO_SEPARATORS = str.maketrans(dict.fromkeys(",.' "))
_POUNDS = re.compile(r"pounds?", re.IGNORECASE)
_WEIGHT_CONTEXT = re.compile(r"(?<![^\W\d_])(?:lift|carry|push|pull|weigh|load)\w*|(?<!\w)lbs?(?!\w)", re.IGNORECASE)


def _bounded(fragment: str) -> str:
    """``fragment`` as a whole word where it starts or ends with a letter of a script written with spaces."""
    head = r"(?<![^\W\d_])" if _spaced_letter(fragment[0]) else ""
    tail = r"(?![^\W\d_])" if _spaced_letter(fragment[-1]) else ""
    return f"{head}{fragment}{tail}"


# Japanese, Chinese and Korean letters, which glue to numbers and to each other ("500万円以上", "4000만원").
_GLUED_SCRIPTS = "\u3040-\u9fff\uac00-\ud7af"
_GLUED_LETTER = re.compile(f"[{_GLUED_SCRIPTS}]")


def _spaced_letter(character: str) -> bool:
    """A letter of a script that separates its words ("円" in "500万円以上" ends no word)."""
    return character.isalpha() and _GLUED_LETTER.match(character) is None


def _any_of(pattern: str) -> re.Pattern[str]:
    """Any of the words in ``pattern`` (alternatives), as a whole word.

    A word such as "\\w*gehalt" is only tried from the start of a run of word
    characters: one found further in ("12gehalt" from "2") is found from the
    start too. So a search finds a word where it did (not always the same
    word, which the callers do not read), and a run of digits is not read
    again from each of them, which took quadratic time.
    """
    alternatives = _alternatives(pattern)
    in_runs = [word.removeprefix("\\w*") for word in alternatives if word.startswith("\\w*")]
    words = "|".join(word for word in alternatives if not word.startswith("\\w*"))
    tail = rf"|(?<!\w)\w*(?:{'|'.join(in_runs)})(?![^\W\d_])" if in_runs else ""
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_]){tail}", re.IGNORECASE)


# Long alternations are slow to search, as every alternative is tried at every
# character. So the places a mark or period may start are found first (a
# word, a symbol, a "/"), and each is tried with only the alternatives that
# begin with its character, in their table order. No alternative begins with
# any other ASCII character; other characters are tried with the whole
# pattern, as some match a letter when case is ignored ("ſ" is "s").
_LEADING_LOOKBEHINDS = re.compile(r"\(\?:(?:\(\?<=[^()]*\)\|?)+\)")  # CHF's "(?:(?<=\d)|(?<=\d\s))Fr\."
_LEADING_GROUP = re.compile(r"\(\?(?:-i)?:([^()]*)\)(\??)")  # "(?:pro|je|die) stunde", "(?:brutto)?monatsgehalt"
_SPECIAL = frozenset("()[]{}.?*+|^$\\")


def _first_characters(fragment: str) -> set[str]:
    """The characters of a text that a match of ``fragment``, case ignored, can start with."""
    if lookbehinds := _LEADING_LOOKBEHINDS.match(fragment):
        return _first_characters(fragment[lookbehinds.end() :])
    if group := _LEADING_GROUP.match(fragment):
        inside = set[str]().union(*map(_first_characters, group[1].split("|")))
        return inside | _first_characters(fragment[group.end() :]) if group[2] else inside
    escaped = fragment.startswith("\\") and not fragment[1:2].isalnum()  # "\$", not "\d"
    first = fragment[1:2] if escaped else fragment[:1]
    if first and (escaped or first not in _SPECIAL):
        if first.isascii():
            return {first.lower(), first.upper()}
        if first.lower() == first.upper():  # caseless ("€", "円"): matches only itself
            return {first}
        if first.isalpha():  # "в час": either case of the letter
            return {first.lower(), first.upper()}
    raise ValueError(f"{fragment!r} must start with a plain ASCII or caseless character")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``: 'a|b(?:c|d)' gives 'a' and 'b(?:c|d)'."""
    found, depth, start, escaped, in_class = [], 0, 0, False, False
    for index, character in enumerate(pattern):
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character in "()":
            depth += 1 if character == "(" else -1
        elif character == "|" and depth == 0:
            found.append(pattern[start:index])
            start = index + 1
    return [*found, pattern[start:]]


# One pass finds every mark: codes first, then CURRENCY_MARKS in table order
# (where two start at the same place, the earlier entry wins: "US$" before "$").
def _mark_pattern(first: str | None = None) -> re.Pattern[str]:
    """The mark pattern; given ``first``, only with the codes and fragments that can start with it."""
    codes = [code for code in (*ISO_CODES, *LOWER_CASE_CODES) if first is None or code[0] == first]
    groups = [rf"(?P<code>(?-i:(?<![A-Za-z])(?:{'|'.join(codes)})(?![A-Za-z])))"] if codes else []
    for index, (_, _, fragments) in enumerate(CURRENCY_MARKS):
        kept = [fragment for fragment in fragments if first is None or first in _first_characters(fragment)]
        if kept:
            groups.append(f"(?P<mark{index}>{'|'.join(_bounded(fragment) for fragment in kept)})")
    return re.compile("|".join(groups), re.IGNORECASE)


_MARK = _mark_pattern()
_MARK_BY_FIRST_CHARACTER = {
    character: _mark_pattern(character)
    for character in sorted(
        {code[0] for code in (*ISO_CODES, *LOWER_CASE_CODES)}
        | {character for _, _, fragments in CURRENCY_MARKS for f in fragments for character in _first_characters(f)}
    )
}
# Where a mark may start: each run of ASCII letters (a code may follow other
# letters: "éUSD"), of other letters, each letter of a script without spaces
# ("円" of "500万円"), and each symbol.
_MARK_START = re.compile(
    rf"[A-Za-z]+|[{_GLUED_SCRIPTS}]|[^\W\d_A-Za-z{_GLUED_SCRIPTS}]+|["
    + "".join(re.escape(character) for character in _MARK_BY_FIRST_CHARACTER if not character.isalpha())
    + "]"
)


def _period_pattern(words: str, units: str) -> re.Pattern[str]:
    """A pay period as a phrase ('per annum', the words) or after a slash ('/year', the units); either may be ''."""
    branches = [rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])"] if words else []
    branches += [rf"(?<![nN])/\s*(?:{units})(?![^\W\d_])"] if units else []
    return re.compile("|".join(branches), re.IGNORECASE)


_PERIODS = tuple(
    (period, _period_pattern(words, units))
    for (period, words), (_, units) in zip(PERIOD_PHRASES, PERIOD_UNITS, strict=True)
)
_PERIOD_NAMES = tuple(period for period, _ in _PERIODS)


_PeriodPatterns = tuple[tuple[SalaryPeriod, re.Pattern[str]], ...]


def _periods_starting_with(character: str) -> tuple[re.Pattern[str], _PeriodPatterns]:
    """Any period that can start with ``character``, and each such period, with only the phrases that can."""
    if character == "/":
        units = "|".join(units for _, units in PERIOD_UNITS)
        return _period_pattern("", units), tuple((period, _period_pattern("", units)) for period, units in PERIOD_UNITS)
    found = []
    for period, words in PERIOD_PHRASES:
        phrases = [phrase for phrase in _alternatives(words) if character in _first_characters(phrase)]
        if phrases:
            found.append((period, "|".join(phrases)))
    any_period = _period_pattern("|".join(phrases for _, phrases in found), "")
    return any_period, tuple((period, _period_pattern(phrases, "")) for period, phrases in found)


_PERIODS_BY_FIRST_CHARACTER = {
    character: _periods_starting_with(character)
    for character in sorted(
        {"/"}
        | {
            character
            for _, words in PERIOD_PHRASES
            for phrase in _alternatives(words)
            for character in _first_characters(phrase)
        }
    )
}
# Where a period may start: each word (run of letters) and each "/".
_PERIOD_START = re.compile(r"[^\W\d_]+|/")
_PAY_WORD = _any_of(PAY_WORDS)
_SHORT_PAY_LINE_WORDS = 5
# Pay that depends on results is a bonus, not the salary ("Retribución variable por objetivos").
_VARIABLE_PAY = _any_of(
    r"variable|variabel|variabile|variável|incentives?|objetivos|objectives|targets?|\w*ziele|commission|"
    r"provision|prämie|prime|premio|prêmio|premia"
)
# Words for the salary itself (not "pay", which is also "night pay", "sick pay", "holiday pay").
_SALARY_WORD = _any_of(
    r"salary|salaries|compensation|remuneration|wages?|\w*gehalt|vergütung|\w*vergütung|entgelt|salaire|"
    r"rémunération|salario|sueldo|retribución|remuneración|salário|remuneração|stipendio|retribuzione|salaris|"
    r"beloning|lön|månadslön|løn|lønn|wynagrodzenie|pensja|mzda|fizetés|salariu|palkka|maaş|ücret|зарплата|"
    r"заробітна плата|bér|bérezés|gaji|upah|lương|mức lương|retribució|راتب|الراتب|שכר|"
    r"оклад|給与|年収|月給|月収|年俸|薪资|薪酬|月薪|年薪|工资|연봉|월급|급여"
)
# A currency symbol, code or word: without one (or a pay word), a line states no pay with a figure.
_CURRENCY_HINT = re.compile(
    r"[$€£¥₹₩₽₺₪₱₦₴￥円]|(?<![A-Za-z])(?:" + "|".join(ISO_CODES) + r")(?![A-Za-z])|"
    r"(?<=\d)\s?(?:円|元|원|tl|(?-i:Ft)|lei|грн)(?![^\W\d_])|rp\.?\s?(?=\d)|forint|درهم|ريال|"
    r"(?<![^\W\d_])(?:kr|zł|kč|rs|" + "|".join(LOWER_CASE_CODES) + r"|euros?|dollars?|pounds?|francs?|franken|"
    r"reais|yen|yuan|rupees?|złotych|zloty|kronor|kroner)(?![^\W\d_])",
    re.IGNORECASE,
)
_PERK_WORD = _any_of(PERK_WORDS)
_PERK_NEAR = _any_of(PERK_WORDS + "|" + PERK_NEAR_WORDS)
# Searched in lowered text (the phrases' letters are Latin, so it finds what re.IGNORECASE finds, faster),
# and only where the gate sees a phrase's letters: most lines hold none, and the alternation is slow.
_NO_FIGURE = CaselessPattern(_any_of(NO_FIGURE_PHRASES).pattern)
_NO_FIGURE_GATE = LiteralGate([_NO_FIGURE])


class _Mark(NamedTuple):
    """A currency mark found in the text."""

    start: int
    end: int
    currency: str | None
    definitive: bool
    attached_only: bool = False


class _Amount(NamedTuple):
    """A number that may be an amount, with the currency marks right next to it."""

    start: int
    end: int
    value: float
    factor: float  # 1000 for "50k", 100000 for "12 lakh"; 1 when none is written
    prefix: _Mark | None
    suffix: _Mark | None

    @property
    def outer_start(self) -> int:
        return self.prefix.start if self.prefix else self.start

    @property
    def outer_end(self) -> int:
        return self.suffix.end if self.suffix else self.end

    @property
    def has_currency(self) -> bool:
        return self.prefix is not None or self.suffix is not None


def parse_salary(text: str) -> Salary | None:
    """The salary stated in ``text`` (a front matter value or a sentence), else None.

    >>> parse_salary("£50,000 – £60,000 per annum")
    Salary(min=50000.0, max=60000.0, currency='GBP', period='year', grade=None, text='£50,000 – £60,000 per annum')
    >>> parse_salary("up to $90/hour").max
    90.0
    >>> parse_salary("Competitive").min is None
    True
    >>> parse_salary("3+ years of Python 3.11") is None
    True
    """
    return _parse_salary(text)[0]


def parse_bare_salary(text: str) -> Salary | None:
    """Figures without a currency, or a range of them, as pay: what a value under a salary key holds, where
    the key says what a sentence would need a currency or a pay word for. None for anything else.

    >>> parse_bare_salary("55,000 - 65,000 per year")
    Salary(min=55000.0, max=65000.0, currency=None, period='year', grade=None, text='55,000 - 65,000 per year')
    >>> parse_bare_salary("2-3 years") is None
    True
    """
    found = _BARE_RANGE.match(text)
    if found is None:
        return None
    low = _number(found["low"])
    high = _number(found["high"]) if found["high"] else low
    if low is None or high is None:
        return None
    low *= 1000 if found["k1"] or found["k2"] else 1  # "50k-60k", "50-60k"
    high *= 1000 if found["k2"] or (found["k1"] and not found["high"]) else 1
    period = parse_period(text) if found["rest"] else None
    return Salary(min=min(low, high), max=max(low, high), period=period, text=text.strip())


# One figure or a range of them, maybe in thousands ("50k"), maybe with a period after them, and nothing else.
_BARE_RANGE = re.compile(
    r"^\s*(?P<low>\d{1,3}(?:[,.' ]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(?P<k1>k)?"
    r"(?:\s*(?:-|–|—|to|bis)\s*(?P<high>\d{1,3}(?:[,.' ]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(?P<k2>k)?)?"
    r"(?P<rest>(?:\s*(?:/|per|a|pro|par)\s*[^\d]{1,20})?)\s*$",
    re.IGNORECASE,
)


def salary_notes(text: str) -> list[str]:
    """What was repaired in reading the salary in ``text`` ('the range was written high to low').

    >>> salary_notes("45-40K€")
    ['the salary range was written high to low (45-40K€); it was read as 40,000 to 45,000']
    """
    salary, reversed_range = _parse_salary(text)
    if salary is None or not reversed_range or salary.min is None or salary.max is None:
        return []
    return [
        f"the salary range was written high to low ({text.strip()}); "
        f"it was read as {salary.min:,.0f} to {salary.max:,.0f}"
    ]


@lru_cache(maxsize=512)
def _parse_salary(text: str) -> tuple[Salary | None, bool]:
    """The salary in ``text``, and whether its range was written high to low.

    Cached: the salary line is read again for its notes, and benefit lines are
    read to tell pay from perks (a Salary is frozen, so sharing it is safe).
    """
    stripped = text.strip()
    if not stripped:
        return None, False
    if len(stripped) > _LONGEST_READ:
        return _first_in_pieces(stripped)
    grade_match = _GRADE.search(stripped) if _DIGIT.search(stripped) else None
    grade = " ".join(grade_match.group().split()) if grade_match else None
    found = _salary_with_figures(stripped) if _DIGIT.search(stripped) else None
    if found is not None:
        salary, reversed_range = found
        return (salary.model_copy(update={"grade": grade}) if grade else salary), reversed_range
    if grade is not None:
        return Salary(grade=grade, text=stripped), False
    if _states_pay_without_figure(stripped):
        return Salary(text=stripped), False
    return None, False


# A pay phrase is short: a longer line (a whole posting on one line, say) is read a piece at a time,
# cut after a sentence where one ends near the limit, and the first piece that states pay decides.
# Dense input ("$1$1$1…") then costs one piece instead of the whole line.
_LONGEST_READ = 2_000


def _first_in_pieces(text: str) -> tuple[Salary | None, bool]:
    for piece in _pieces(text, _LONGEST_READ):
        found = _parse_salary(piece)
        if found[0] is not None:
            return found
    return None, False


def _pieces(text: str, longest: int) -> Iterator[str]:
    """``text`` in pieces of at most ``longest`` characters, cut after a sentence or a space where one is."""
    start = 0
    while start < len(text):
        end = start + longest
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("; ", start, end))
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield text[start:end]
        start = end


def is_pay_line(text: str) -> bool:
    """Whether ``text`` states pay: an amount with a pay word or a pay period, a pay grade, or a short pay phrase.

    >>> is_pay_line("€55,000 per year"), is_pay_line("Meal vouchers worth €9 a day")
    (True, False)
    >>> is_pay_line("Competitive salary"), is_pay_line("Competitive salary and an annual bonus")
    (True, False)
    """
    short = len(text.split()) <= _SHORT_PAY_LINE_WORDS
    if short and _SALARY_WORD.search(text) and not (_PERK_WORD.search(text) or _VARIABLE_PAY.search(text)):
        return True  # "Competitive salary", "Hohe Vergütung": pay, said without a figure ("night pay" is a premium)
    if not _DIGIT.search(text):
        return False  # most benefit lines: the pay words need not be looked for
    has_pay_word = _PAY_WORD.search(text) is not None
    if _GRADE.fullmatch(text.strip(" .")):
        return True  # "GS-13/14", "TVöD E9": a pay grade alone
    if not (has_pay_word or _CURRENCY_HINT.search(text)):
        return False
    salary = parse_salary(text)
    if salary is None or (salary.min is None and salary.max is None):
        return False
    return salary.period is not None or has_pay_word


def krona_currency(text: str, country: str | None, language: str | None) -> str | None:
    """The krona a salary written in "kr" is paid in, by the posting's country, else its language.

    >>> krona_currency("35 000 kr/mån", None, "sv"), krona_currency("35 000 kr/mån", "NO", "sv")
    ('SEK', 'NOK')
    """
    if not has_unnamed_krona(text):
        return None
    return _KRONA_OF_COUNTRY.get(country or "") or _KRONA_OF_LANGUAGE.get(language or "")


def has_unnamed_krona(text: str) -> bool:
    """Whether ``text`` writes an amount in "kr", which names no krona alone."""
    return any(mark.currency is None for mark in _currency_marks(_scan_text(text)))


def find_salary(lines: Iterable[tuple[int, str]]) -> tuple[Salary, int] | None:
    """The salary stated in the body, with its line, from (line number, plain text) pairs.

    A line with a pay word or label ("Salary: €50k") wins over an earlier line
    that merely holds an amount; a line about a budget, allowance or bonus
    without a pay word is never the salary. When no line has a figure, a
    labelled line such as "Salary: competitive" gives a Salary with only text.

    >>> find_salary([(3, "€3000 training budget"), (9, "Salary: €50k–€60k")])
    (Salary(min=50000.0, max=60000.0, currency='EUR', period=None, grade=None, text='Salary: €50k–€60k'), 9)
    """
    with_amount: tuple[Salary, int] | None = None
    without_figure: tuple[Salary, int] | None = None
    for line, text in lines:
        salary = parse_salary(text)  # first: most lines hold none, and it tells that for less than the words below
        if salary is None:
            continue
        has_pay_word = _PAY_WORD.search(text) is not None
        if not has_pay_word and _PERK_WORD.search(text):
            continue
        if salary.min is None and salary.max is None:
            if without_figure is None and (_LABEL.search(text) or salary.grade):
                without_figure = (salary, line)
        elif has_pay_word:
            return salary, line
        elif with_amount is None:
            with_amount = (salary, line)
    return with_amount or without_figure


def _salary_with_figures(text: str) -> tuple[Salary, bool] | None:
    """The first amount or range in ``text`` that is pay, with its currency and period."""
    scan = _scan_text(text)
    period = _period(scan)
    marks = _currency_marks(scan)
    pounds = [mark for mark in marks if _POUNDS.fullmatch(scan, mark.start, mark.end)]
    if pounds and _WEIGHT_CONTEXT.search(scan):  # "lift up to 50 pounds" is a weight
        marks = [mark for mark in marks if mark not in pounds]
    amounts = _amounts(scan, marks)
    marks = [m for m in marks if not m.attached_only or any(m in (a.prefix, a.suffix) for a in amounts)]
    for low, high in _candidates(scan, amounts, marks, period):
        if _is_perk(scan, low.outer_start, high.outer_end):
            continue
        minimum, maximum = _bounds(scan, low, high)
        if any(bound is not None and not math.isfinite(bound) for bound in (minimum, maximum)):
            continue  # a run of hundreds of digits is no pay, and JSON cannot hold infinity
        attached = [mark for mark in (low.prefix, low.suffix, high.prefix, high.suffix) if mark is not None]
        clause = _clause_around(scan, low.outer_start, high.outer_end)
        near = (period if clause == scan else _period(clause)) if period else None
        phrase = _phrase(text, scan, low.outer_start, high.outer_end)
        salary = Salary(min=minimum, max=maximum, currency=_currency(attached, marks), period=near, text=phrase)
        return salary, low is not high and low.value > high.value
    return None


# Where a clause ends: a stop before the next sentence (not the stop of "p.a." or "incl."), a semicolon, a
# comma, a bar, a spaced dash.
_PHRASE_BREAK = re.compile(r"[.!?]\s+(?=[^\s\w]|[^\W\d_](?<=[A-ZÀ-Þ])|\d)|[;!?](?:\s|$)|\s?\|\s?|\s[-–—]\s|,\s")
_PHRASE_REACH = 80  # characters of the sentence kept on each side of the amounts


def _phrase(text: str, scan: str, start: int, end: int) -> str:
    """The words of ``text`` that state the pay: its clause, from the amounts' start to the clause's end.

    A line may be a whole paragraph, or a title with the pay at its end
    ("Manager - Ottawa - $142k - $165k CAD per year"); the salary's text is
    what is about the pay ("$142k - $165k CAD per year"), with the words
    before the amounts in its clause ("Salary: ", "up to").
    """
    window = (max(0, start - _PHRASE_REACH), start + 1)  # one character more: the stop's look at what follows
    breaks_before = [match.end() for match in _PHRASE_BREAK.finditer(scan, *window) if match.end() <= start]
    first = breaks_before[-1] if breaks_before else max(0, start - _PHRASE_REACH)
    if first == start - _PHRASE_REACH and first > 0:
        first = scan.find(" ", first, start) + 1  # a whole word
    after = _PHRASE_BREAK.search(scan, end, end + _PHRASE_REACH)
    last = after.start() if after else min(len(scan), end + _PHRASE_REACH)
    if not after and last < len(scan):
        last = max(end, scan.rfind(" ", end, last))
    return text[first:last].strip(" \t,;:-–—(") or text


def _scan_text(text: str) -> str:
    """``text`` with odd spaces, quotes and dashes made plain, and dates and retirement plans blanked out."""
    scan = text.translate(_SPACES) if _CHANGED_BY_SPACES.search(text) else text
    if _MAY_NOT_BE_AMOUNT.search(scan):
        scan = _NOT_AMOUNTS.sub(lambda match: " " * len(match.group()), scan)
    return scan


# The stop of an abbreviation ends no clause: "38.000 kr. pr. måned", "ca. 50k".
_CLAUSE_END = re.compile(r"(?:(?<!kr)(?<!pr)(?<!ca)(?<!inkl)(?<!zzgl)\.|[;!?])(?:\s|$)|,\s")
_PERIOD_REACH = 50  # characters after an amount where its period may stand


def _clause_around(text: str, start: int, end: int) -> str:
    """The amount with what follows it up to the end of its clause ('…/hour', '… per annum').

    A period said elsewhere in the sentence ("one day a week from home") is about something else.
    """
    after = text[end : end + _PERIOD_REACH]
    stop = _CLAUSE_END.search(after)
    return text[max(0, start - 12) : end + (stop.start() if stop else len(after))]


_NUMBER_RUN = re.compile(r"\d[\d.,' \u00a0\u2009\u202f]*")
_MARK_REACH = 40  # characters around a number searched for its currency


def _currency_marks(text: str) -> list[_Mark]:
    """Every currency mark near a number in ``text``, in order.

    Only the stretches around numbers are searched: the mark pattern is long,
    and most of a sentence is far from any amount.
    """
    found: list[_Mark] = []
    for start, end in _windows_around_numbers(text):
        found.extend(_marks_between(text, start, end))
    return found


def _windows_around_numbers(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for match in _NUMBER_RUN.finditer(text):
        start, end = max(0, match.start() - _MARK_REACH), min(len(text), match.end() + _MARK_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _marks_between(text: str, start: int, end: int) -> list[_Mark]:
    """The marks ``_MARK.finditer(text, start, end)`` finds, tried only where a mark may start."""
    found: list[_Mark] = []
    resume = start
    for candidate in _MARK_START.finditer(text, start, end):
        position = candidate.start()
        if position < resume:
            continue
        match = _mark_at(text, position, end)
        if match is None:
            continue
        resume = match.end()
        group = match.lastgroup or ""
        if group == "code":
            code = match.group().upper()
            bracketed = text[match.start() - 1 : match.start()] == "(" and text[match.end() : match.end() + 1] == ")"
            found.append(_Mark(match.start(), match.end(), code, True, code in ATTACHED_ONLY_CODES and not bracketed))
        else:
            currency, definitive, _ = CURRENCY_MARKS[int(group.removeprefix("mark"))]
            found.append(_Mark(match.start(), match.end(), currency, definitive))
    return found


def _mark_at(text: str, position: int, end: int) -> re.Match[str] | None:
    """The mark ``_MARK`` matches at ``position``, tried with the alternatives that start with its character."""
    character = text[position]
    pattern = _MARK_BY_FIRST_CHARACTER.get(character)
    if pattern is None:
        return None if character.isascii() or not _spaced_letter(character) else _MARK.match(text, position, end)
    return pattern.match(text, position, end)


def _amounts(text: str, marks: list[_Mark]) -> list[_Amount]:
    """Numbers that could be amounts, with the currency marks right before or after them."""
    by_end = {mark.end: mark for mark in marks}
    by_start = {mark.start: mark for mark in marks}
    amounts: list[_Amount] = []
    for match in _AMOUNT.finditer(text):
        if match["big"]:
            continue
        value = _number(match["number"])
        if value is None:
            continue
        multiplier = (match["mult"] or "").strip().lower()
        factor = _MULTIPLIERS.get(multiplier, 1.0)
        start, end = match.start(), match.end()
        prefix = by_end.get(start) or (by_end.get(start - 1) if text[start - 1 : start] == " " else None)
        gap = len(text[end : end + 2]) - len(text[end : end + 2].lstrip(" +"))  # "45k €", "45,000+ EUR"
        suffix = by_start.get(end + gap)
        amounts.append(_Amount(start, end, value * factor, factor, prefix, suffix))
    return amounts


def _number(digits: str) -> float | None:
    """The value of one written number ('50.000', '12,50', '12,00,000'), read by price-parser.

    A whole number is only digits and one kind of separator (as ``_AMOUNT``
    reads it), so its value is its digits: price-parser is left out.
    """
    decimal = _DECIMAL_SEPARATOR.search(digits)
    if decimal is None:
        return float(digits.translate(_NO_SEPARATORS))
    dotted_thousands = _DOTTED_THOUSANDS.fullmatch(digits)
    separator = decimal.group() if decimal else "," if dotted_thousands else "."
    price = Price.fromstring(digits, decimal_separator=separator)
    return price.amount_float


def _candidates(
    text: str, amounts: list[_Amount], marks: list[_Mark], period: SalaryPeriod | None
) -> Iterable[tuple[_Amount, _Amount]]:
    """(low, high) pairs in order of preference: amounts with a currency, then bare plausible ones."""
    for index, amount in enumerate(amounts):
        if amount.has_currency:
            yield _range_around(text, amounts, index)
    has_currency = bool(marks)
    has_pay_word = _PAY_WORD.search(text) is not None
    for index, amount in enumerate(amounts):
        if amount.has_currency or not _bare_number_is_pay(text, amount):
            continue
        if has_currency or (has_pay_word and (period is not None or amount.factor > 1)):
            yield _range_around(text, amounts, index)


def _range_around(text: str, amounts: list[_Amount], index: int) -> tuple[_Amount, _Amount]:
    """The range ``amounts[index]`` is an end of, else the amount alone (twice)."""
    amount = amounts[index]
    if index > 0 and _joined(text, amounts[index - 1], amount):
        return _scaled(amounts[index - 1], amount)
    if index + 1 < len(amounts) and _joined(text, amount, amounts[index + 1]):
        return _scaled(amount, amounts[index + 1])
    return amount, amount


def _joined(text: str, low: _Amount, high: _Amount) -> bool:
    """True when ``low`` and ``high`` are the two ends of one range ('50k - 60k', '50 and 60 GBP')."""
    if not _RANGE_JOIN.fullmatch(text[low.outer_end : high.outer_start]):
        return False
    if not high.has_currency and not _is_followed_by_pay(text, high.outer_end):
        return False
    scaled_low, scaled_high = _scaled(low, high)
    # "45-40K€": written high to low, read as a range (ordered, with a diagnostic) when the ends are alike.
    return scaled_low.value <= scaled_high.value or scaled_low.value <= 2 * scaled_high.value


def _scaled(low: _Amount, high: _Amount) -> tuple[_Amount, _Amount]:
    """Both ends with the 'k' (or lakh) of one end applied to the other ('£35–40k', '$120k–150', '₹12-18 LPA')."""
    if high.factor > 1 == low.factor and low.value * high.factor <= 2 * high.value:
        low = _Amount(low.start, low.end, low.value * high.factor, high.factor, low.prefix, low.suffix)
    elif low.factor > 1 == high.factor and high.value < low.value <= high.value * low.factor:
        high = _Amount(high.start, high.end, high.value * low.factor, low.factor, high.prefix, high.suffix)
    return low, high


def _bare_number_is_pay(text: str, amount: _Amount) -> bool:
    """Whether a number without a currency could be pay: not '3+ years', 'ISO 27001', 'top 5', 'GS-14'."""
    before = text[max(0, amount.start - _LOOK_BACK) : amount.start].rstrip(" ")
    word = _WORD_BEFORE.search(before)
    if word and not (word.group(1).lower() in _LEAD_WORDS or _PAY_WORD.fullmatch(word.group(1))):
        return False
    return _is_followed_by_pay(text, amount.outer_end)


def _is_followed_by_pay(text: str, end: int) -> bool:
    """Whether what follows a number leaves it possibly pay (not 'years', 'days', '%', 'customers').

    Only the start of the next word is read (no longer than a follow word),
    so that a line of many numbers is not read again to its end from each.
    """
    skipped = _PLUS_AND_SPACES.match(text, end)
    position = skipped.end() if skipped else end
    if text.startswith("%", position):
        return False
    word = _FOLLOW_WORD_START.match(text, position)
    if word is None:
        return True
    if not _WORD_GOES_ON.match(text, word.end()) and word.group().lower() in _FOLLOW_WORDS:
        return True
    return _PERIOD_PHRASE.match(text, position) is not None


_PLUS_AND_SPACES = re.compile(r"[ +]*")
# A word (as _WORD reads it) no longer than any follow word: a longer one goes on after it.
_FOLLOW_WORD_START = re.compile(rf"[^\W\d_][\w'-]{{0,{max(map(len, _FOLLOW_WORDS)) - 1}}}")
_WORD_GOES_ON = re.compile(r"[\w'-]")
# Any period phrase (not "/unit"), without the lookbehind of _PERIODS: right
# after a number and the spaces or "+" after it, that always holds.
_PERIOD_PHRASE = re.compile(rf"(?:{'|'.join(words for _, words in PERIOD_PHRASES)})(?![^\W\d_])", re.IGNORECASE)


def _is_perk(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``text[start:end]`` pays for something else: a budget, an allowance, a bonus."""
    after = _BARRIER.split(text[end : end + _LOOK_BACK], maxsplit=1)[0]
    before = _BARRIER.split(text[max(0, start - _LOOK_BACK) : start])[-1]
    near = _WORD.findall(before)[-4:] + _WORD.findall(after)[:4]
    return any(_PERK_NEAR.fullmatch(w) for w in near) and not any(_PAY_WORD.fullmatch(w) for w in near)


def _bounds(text: str, low: _Amount, high: _Amount) -> tuple[float | None, float | None]:
    """(min, max): a range as is; one amount as both, or one side only after 'up to', 'from' or before '+'."""
    if low is not high:
        return min(low.value, high.value), max(low.value, high.value)
    before = text[max(0, low.outer_start - _LOOK_BACK) : low.outer_start]
    if _UP_TO.search(before):
        return None, low.value
    if _FROM.search(before) or _OPEN_ENDED.match(text, low.end):
        return low.value, None
    return low.value, low.value


def _currency(attached: list[_Mark], marks: list[_Mark]) -> str | None:
    """ISO code: a definitive mark on the amount, else one anywhere, else the default of an ambiguous mark."""
    ordered = sorted(attached, key=lambda mark: mark.start)
    for group in (ordered, marks):
        for mark in group:
            if mark.definitive:
                return mark.currency
    for group in (ordered, marks):
        if group:
            return group[0].currency
    return None


def parse_period(text: str) -> SalaryPeriod | None:
    """The pay period a text states ('per annum', 'hourly', 'pro Monat'), or None.

    >>> parse_period("EUR 4,000 pro Monat")
    'month'
    """
    return _period(text)


def _period(text: str) -> SalaryPeriod | None:
    """The earliest pay period stated in ``text``, skipping those after a duration ('40 hours per week').

    Where two periods start at the same place, the first in alphabetical order is taken.
    """
    resume = dict.fromkeys(_PERIOD_NAMES, 0)  # where each period's search goes on after a match it skipped
    for candidate in _PERIOD_START.finditer(text):
        start = candidate.start()
        patterns = _periods_at(text, start)
        matches = [
            (period, match)
            for period, pattern in patterns
            if start >= resume[period] and (match := pattern.match(text, start)) is not None
        ]
        if not matches:
            continue
        if not _follows_duration(text, start):
            return min(period for period, _ in matches)
        for period, match in matches:
            resume[period] = match.end()
    return None


def _periods_at(text: str, start: int) -> _PeriodPatterns:
    """The periods to try at ``text[start]``, a word or a slash: none when no period starts there."""
    character = text[start]
    first = _PERIODS_BY_FIRST_CHARACTER.get(character)
    if first is None:
        return () if character.isascii() else _PERIODS
    any_period, periods = first
    return periods if any_period.match(text, start) else ()


def _follows_duration(text: str, start: int) -> bool:
    """Whether ``text[start:]`` comes right after a duration ('40 hours ', '25 days ')."""
    before = text[max(0, start - _LOOK_BACK) : start]
    last = before.rstrip()[-1:]
    # A duration ends with its unit, a letter or "std.": other text needs no search.
    return (last.isalpha() or last == ".") and _AFTER_DURATION.search(before) is not None


def _states_pay_without_figure(text: str) -> bool:
    """'Competitive', 'DOE', 'Salary: negotiable': pay is stated, with no figure."""
    lowered = lower_like_ignorecase(text)
    match = _NO_FIGURE.search_lowered(lowered) if _NO_FIGURE_GATE.candidates(lowered) else None
    if match is None:
        return False
    if _PAY_WORD.search(text):
        return True
    return not text[: match.start()].strip(" -–—:*(") and len(text.split()) <= 8

"""Salary: amounts, ranges, currencies and periods; no salary where there is none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from price_parser import Price

from jobspec.facts import salary as salary_facts
from jobspec.facts.salary import find_salary, parse_salary
from jobspec.models import Salary, SalaryPeriod


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("£50,000 – £60,000", 50_000, 60_000, "GBP", None),
        ("$120k-$150k", 120_000, 150_000, "USD", None),
        ("$120k–150k", 120_000, 150_000, "USD", None),
        ("50.000–60.000 € brutto/Jahr", 50_000, 60_000, "EUR", "year"),
        ("€45k+", 45_000, None, "EUR", None),
        ("45,000+ EUR per year", 45_000, None, "EUR", "year"),
        ("up to $90/hour", None, 90, "USD", "hour"),
        ("bis zu 70.000 € jährlich", None, 70_000, "EUR", "year"),
        ("from €3,000 per month", 3_000, None, "EUR", "month"),
        ("ab 4.500 € im Monat", 4_500, None, "EUR", "month"),
        ("40 000 - 50 000 EUR", 40_000, 50_000, "EUR", None),
        ("USD 100,000 to 120,000", 100_000, 120_000, "USD", None),
        ("between 50k and 60k GBP", 50_000, 60_000, "GBP", None),
        ("$142k - $165k CAD per year", 142_000, 165_000, "CAD", "year"),
        ("₹12,00,000 - ₹18,00,000 per annum", 1_200_000, 1_800_000, "INR", "year"),
        ("₹12-18 LPA", 1_200_000, 1_800_000, "INR", "year"),
        ("CHF 120'000", 120_000, 120_000, "CHF", None),
        ("CHF 120’000", 120_000, 120_000, "CHF", None),
        ("€50\u202f000 – €60\u00a0000", 50_000, 60_000, "EUR", None),
        ("€50\u2009000", 50_000, 50_000, "EUR", None),
        ("£35–40k", 35_000, 40_000, "GBP", None),
        ("100-120k USD", 100_000, 120_000, "USD", None),
        ("£12.50 per hour", 12.5, 12.5, "GBP", "hour"),
        ("15,50 € / Stunde", 15.5, 15.5, "EUR", "hour"),
        ("€1.500,50 netto", 1_500.5, 1_500.5, "EUR", None),
        ("$1,234.56/month", 1_234.56, 1_234.56, "USD", "month"),
        ("$50-60 per hour", 50, 60, "USD", "hour"),
        ("Up to £60k + bonus", None, 60_000, "GBP", None),
        ("€45k + bonus", 45_000, 45_000, "EUR", None),
        ("€60k incl. bonus", 60_000, 60_000, "EUR", None),
        ("de 40 000 à 50 000 € par an", 40_000, 50_000, "EUR", "year"),
        ("jusqu'à 55k€ par an", None, 55_000, "EUR", "year"),
        ("entre 30.000 y 40.000 € brutos anuales", 30_000, 40_000, "EUR", "year"),
        ("R$ 8.000 a R$ 10.000 por mês", 8_000, 10_000, "BRL", "month"),
        ("tra 30.000 e 40.000 € lordi annui", 30_000, 40_000, "EUR", "year"),
        ("tussen €3.000 en €4.000 per maand", 3_000, 4_000, "EUR", "month"),
        ("Rémunération : 40-45 K€ selon profil", 40_000, 45_000, "EUR", None),
        ("The base salary range for this role is $152,000-$228,000.", 152_000, 228_000, "USD", None),
        ("Compensation: USD 150K-180K base + equity", 150_000, 180_000, "USD", None),
        ("We've grown 300% since 2023; salary €60k", 60_000, 60_000, "EUR", None),
        # Bare numbers: with a pay word, and a period or a k.
        ("Salary: 50k", 50_000, 50_000, None, None),
        ("Salary: 50,000 - 60,000 per year", 50_000, 60_000, None, "year"),
        ("Rate: 500 per day", 500, 500, None, "day"),
        ("Hourly rate 45", 45, 45, None, "hour"),
        ("12 LPA", 1_200_000, 1_200_000, None, "year"),
        # Languages whose pay words, marks, ranges and periods differ.
        ("Mzda: 40 000 Kč měsíčně", 40_000, 40_000, "CZK", "month"),
        ("Wynagrodzenie: od 8000 do 12000 zł brutto", 8_000, 12_000, "PLN", None),
        ("Зарплата: от 150 000 до 200 000 ₽", 150_000, 200_000, "RUB", None),
        ("до 120 000 руб. в месяц", None, 120_000, "RUB", "month"),
        ("Maaş: 40.000 TL", 40_000, 40_000, "TRY", None),
        ("Lön: 35 000 kr/mån", 35_000, 35_000, None, "month"),  # which krona: see test_facts
        ("年収500万円～800万円", 5_000_000, 8_000_000, "JPY", "year"),
        ("月給30万円以上", 300_000, 300_000, "JPY", "month"),
        ("月薪 15000元", 15_000, 15_000, "CNY", "month"),
        ("薪资：15k-25k", 15_000, 25_000, None, None),
        ("연봉 4000만원 이상", 40_000_000, 40_000_000, "KRW", "year"),
        ("Løn: 38.000 kr. pr. måned", 38_000, 38_000, None, "month"),  # the stop of "kr." ends no clause
        ("ca. 50.000 € pro Jahr", 50_000, 50_000, "EUR", "year"),
        ("3.000 € brutto mtl.", 3_000, 3_000, "EUR", "month"),
        ("Fizetés: bruttó 650 000 - 800 000 Ft/hó", 650_000, 800_000, "HUF", "month"),
        ("Salariu: între 9.000 și 12.000 lei net pe lună", 9_000, 12_000, "RON", "month"),
        ("Зарплата: від 40 000 до 60 000 грн", 40_000, 60_000, "UAH", None),
        ("Gaji: Rp 8 - 12 juta per bulan", 8_000_000, 12_000_000, "IDR", "month"),  # juta, a million
        ("Lương: 20 - 30 triệu VND/tháng", 20_000_000, 30_000_000, "VND", "month"),
        ("الراتب: 8000 - 10000 درهم شهريا", 8_000, 10_000, "AED", "month"),
        ("שכר: 20,000-25,000 ₪ לחודש", 20_000, 25_000, "ILS", "month"),
    ],
)
def test_amounts_and_ranges(
    text: str, low: float | None, high: float | None, currency: str | None, period: SalaryPeriod | None
) -> None:
    phrase = PHRASES.get(text, text)
    assert parse_salary(text) == Salary(min=low, max=high, currency=currency, period=period, text=phrase)


# The salary's text is the clause that states the pay, not the whole line it is on.
PHRASES = {"We've grown 300% since 2023; salary €60k": "salary €60k", "ca. 50.000 € pro Jahr": "50.000 € pro Jahr"}


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Bakery Manager - Leeds - £32k - £36k per year", "£32k - £36k per year"),
        (
            "We bake for forty cafés and grow every year. The pay is €3,100 a month, with a bonus. Apply by May.",
            "The pay is €3,100 a month",
        ),
        ("Remote | $120k–$140k | Full-time", "$120k–$140k"),
        ("Gehalt: 60.000 - 70.000 EUR p.a.", "Gehalt: 60.000 - 70.000 EUR p.a."),
        ("€60k incl. bonus", "€60k incl. bonus"),
        ("Pay is fair. $25/hr for weekend shifts (overtime extra).", "$25/hr for weekend shifts (overtime extra)."),
    ],
)
def test_the_text_is_the_phrase_that_states_the_pay(line: str, phrase: str) -> None:
    salary = parse_salary(line)
    assert salary is not None
    assert salary.text == phrase


def test_a_long_sentence_gives_at_most_the_words_near_the_amounts() -> None:
    words = " ".join(["and we bake bread"] * 40)
    line = f"In this role {words} you earn €2,800 a month {words}"
    salary = parse_salary(line)
    assert salary is not None
    assert f" {salary.text} " in f" {line} "  # whole words of the line
    assert "you earn €2,800 a month" in salary.text
    assert len(salary.text) <= 80 + len("€2,800") + 80


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("$100,000", "USD"),
        ("US$100,000", "USD"),
        ("A$120,000", "AUD"),
        ("AU$120,000", "AUD"),
        ("C$90k", "CAD"),
        ("CA$90k", "CAD"),
        ("NZ$80k", "NZD"),
        ("HK$40,000 per month", "HKD"),
        ("S$8,000 monthly", "SGD"),
        ("£28,000", "GBP"),
        ("€28.000", "EUR"),
        ("¥6,000,000", "JPY"),
        ("₹9,00,000", "INR"),
        ("R$ 5.000 por mês", "BRL"),
        ("5 000 zł brutto", "PLN"),
        ("5 000 PLN", "PLN"),
        ("45 000 kr/month", None),
        ("SEK 45 000 per month", "SEK"),
        ("45 000 kr per month (NOK)", "NOK"),
        ("DKK 40.000 pr. måned", "DKK"),
        ("CHF 120'000", "CHF"),
        ("Fr. 120'000", "CHF"),
        ("120'000 Fr.", "CHF"),
        ("60,000 usd", "USD"),
        ("60,000 EUR", "EUR"),
        ("50,000 euros a year", "EUR"),
        ("60,000 dollars per year", "USD"),
        ("60,000 Canadian dollars per year", "CAD"),
        ("40,000 pounds a year", "GBP"),
        ("$100k (Canadian dollars)", "CAD"),
        ("Salary (CAD): $120,000 - $140,000", "CAD"),
        ("Experience with CAD; salary $80k", "USD"),
        ("€50k (about USD 54k)", "EUR"),
    ],
)
def test_currency_is_an_iso_code(text: str, currency: str | None) -> None:
    salary = parse_salary(text)
    assert salary is not None
    assert salary.min is not None
    assert salary.currency == currency


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("€3,000 per annum", "year"),
        ("€3,000 p.a.", "year"),
        ("€3,000 pa", "year"),
        ("€3,000/yr", "year"),
        ("€3,000 a year", "year"),
        ("€3,000 per year", "year"),
        ("€3,000 yearly", "year"),
        ("€3,000 annually", "year"),
        ("€3,000 annual salary", "year"),
        ("€3,000 pro Jahr", "year"),
        ("€3,000 jährlich", "year"),
        ("€3,000/Jahr", "year"),
        ("€3,000 brutto/Jahr", "year"),
        ("€3,000 par an", "year"),
        ("€3,000 brut annuel", "year"),
        ("€3,000 por año", "year"),
        ("€3,000 anual", "year"),
        ("€3,000 al año", "year"),
        ("€3,000 ao ano", "year"),
        ("€3,000 all'anno", "year"),
        ("€3,000 annuo", "year"),
        ("RAL €30,000", "year"),  # retribuzione annua lorda
        ("RAL 30.000 €", "year"),
        ("€3,000 per jaar", "year"),
        ("€3,000/hour", "hour"),
        ("€3,000 per hour", "hour"),
        ("€3,000 an hour", "hour"),
        ("€3,000 hourly", "hour"),
        ("€3,000/h", "hour"),
        ("€3,000/hr", "hour"),
        ("€3,000 pro Stunde", "hour"),
        ("€3,000 por hora", "hour"),
        ("€3,000 per uur", "hour"),
        ("€3,000 per day", "day"),
        ("€3,000 daily", "day"),
        ("€3,000 day rate", "day"),
        ("€3,000/day", "day"),
        ("€3,000 per week", "week"),
        ("€3,000 weekly", "week"),
        ("€3,000 per month", "month"),
        ("€3,000 monthly", "month"),
        ("€3,000/mo", "month"),
        ("€3,000 pro Monat", "month"),
        ("€3,000 monatlich", "month"),
        ("€3,000 im Monat", "month"),
        ("€3,000 par mois", "month"),
        ("€3,000 mensuel", "month"),
        ("€3,000 por mes", "month"),
        ("€3,000 mensual", "month"),
        ("€3,000 por mês", "month"),
        ("€3,000 al mese", "month"),
        ("€3,000 per maand", "month"),
        ("€3,000 bruto per maand", "month"),
        ("€3,000", None),
        ("€300,000", None),  # not guessed from the size
        ("Pittsburgh, PA: $90,000", None),
        ("£500 a day, 40 hours per week", "day"),
        ("€60k, 40h/week", None),
        ("£40k plus 25 days annual leave", None),
    ],
)
def test_period(text: str, period: SalaryPeriod | None) -> None:
    salary = parse_salary(text)
    assert salary is not None
    assert salary.min is not None
    assert salary.period == period


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "3+ years",
        "2 days in the office",
        "Python 3.11",
        "ISO 27001",
        "100,000 customers",
        "top 5",
        "2027-01-15",
        "15.01.2027",
        "401(k)",
        "Join 5,000+ engineers",
        "Team of 10-15 people",
        "We raised $50M in Series B",
        "A €2bn company",
        "Must be able to lift up to 50 pounds",
        "€3000 training budget",
        "€5,000 signing bonus",
        "Home office allowance of €500",
        "Friskvårdsbidrag 5 000 kr per år",  # grants for sport and health, in the Nordic and Baltic languages
        "Íþróttastyrkur 60.000 krónur á ári",
        "Sporditoetus 400 eurot aastas",
        "Salary review every 12 months",
        "Salary: 50000",  # a bare number with a pay word needs a period or a k
        "Enhanced night pay",
        "We are hiring",
    ],
)
def test_no_salary(text: str) -> None:
    assert parse_salary(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Competitive",
        "DOE",
        "depending on experience",
        "Negotiable",
        "Salary: competitive, 401(k) matching",
        "Gehalt: nach Vereinbarung",
        "Rémunération : selon profil",
        "Salario: a convenir",
        "Pay: DOE, 3+ years needed",
    ],
)
def test_stated_without_figure(text: str) -> None:
    assert parse_salary(text) == Salary(text=text)


def test_text_is_the_input_stripped() -> None:
    salary = parse_salary("  £50k  \n")
    assert salary is not None
    assert salary.text == "£50k"
    assert salary.min == salary.max == 50_000


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [(3, "We offer a €3000 training budget"), (4, "Hybrid: 2 days in the office"), (9, "Salary: €50k - €60k")],
            (50_000, 60_000, "EUR", 9),
        ),
        ([(2, "£45k-£55k per annum"), (6, "Salary: £50k")], (50_000, 50_000, "GBP", 6)),
        ([(2, "Build things"), (5, "£45k-£55k per annum")], (45_000, 55_000, "GBP", 5)),
        ([(1, "Salary: Competitive"), (4, "£45k-£55k per annum")], (45_000, 55_000, "GBP", 4)),
        ([(1, "Gehalt: 60.000 - 70.000 EUR p.a.")], (60_000, 70_000, "EUR", 1)),
        ([(7, "Vergütung: 4.200 € brutto/Monat")], (4_200, 4_200, "EUR", 7)),
        ([(7, "Salaris: tussen de €3.200 en €4.500 bruto per maand")], (3_200, 4_500, "EUR", 7)),
        ([(7, "Stipendio: 35.000 € annui lordi")], (35_000, 35_000, "EUR", 7)),
        ([(7, "Pay: $25/hr")], (25, 25, "USD", 7)),
    ],
)
def test_find_salary_with_figures(lines: list[tuple[int, str]], expected: tuple[float, float, str | None, int]) -> None:
    found = find_salary(lines)
    assert found is not None
    salary, line = found
    assert (salary.min, salary.max, salary.currency, line) == expected
    assert salary.text == dict(lines)[line]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([(1, "Salary: Competitive"), (2, "Great team")], (Salary(text="Salary: Competitive"), 1)),
        ([(4, "Rémunération : selon profil")], (Salary(text="Rémunération : selon profil"), 4)),
        ([(1, "Competitive salary and benefits")], None),  # not a label
        ([(1, "Benefits: €3000 training budget"), (2, "Yearly bonus of €5,000")], None),
        ([(1, "Enhanced night pay"), (2, "Free parking")], None),
        ([(1, "Serving 100,000 customers in 12 countries"), (2, "3+ years of Python 3.11")], None),
        ([], None),
    ],
)
def test_find_salary_without_figures(lines: list[tuple[int, str]], expected: tuple[Salary, int] | None) -> None:
    assert find_salary(lines) == expected


@given(st.text(max_size=60))
def test_parse_salary_never_raises_and_orders_its_range(text: str) -> None:
    salary = parse_salary(text)
    # The salary's text is the phrase that states the pay: a part of the line, as written.
    assert salary is None or (salary.text and salary.text in text)
    if salary is not None and salary.min is not None and salary.max is not None:
        assert salary.min <= salary.max


# --- the shortcuts give what the whole patterns give ----------------------------------
# Marks and periods are tried only where one may start, with the alternatives
# for that character; numbers without decimals are read without price-parser.
# These compare them with the plain way on text made of the awkward parts:
# letters that match others when case is ignored ("ſ" is "s", "K" is "k"),
# codes after other letters, "Fr." after a figure, durations before periods.

MARK_PIECES = (
    "US$|U.S. dollars|A$|C$|CN¥|£|€|₹|Rs.|rupees|円|zł|złoty|SFr.|Fr.|Swiss francs|Kč|₩|$|dollars|¥|Ft|ft|lei|Rp|"
    "kr.|kronor|USD|usd|Usd|EUR|CAD|(CAD)|RSD|SEK|sek|ſ|K|İ|ı|é|ß|Σ|x|a|S|s|5|50|1,000| |  |-|_|.|,|"
    "/|(|)|²"
).split("|")
PERIOD_PIECES = (
    "per hour|an hour|hourly|je Stunde|stündlich|per day|a day|daily|per diem|weekly|per month|"
    "a month|pcm|monthly|Bruttomonatsgehalt|bruto per maand|per annum|a year|p.a.|p. a|pa|PA|annual|"
    "annual leave|jährlich|Jahresgehalt|par an|al año|l'anno|RAL|ral|per år|/|/ |/h|/ hr|/yr|/d|/mo|/Monat|"
    "n/|N/|40 hours |25 days |3 weeks|ſ|K|İ|é|_|5|€50k| |.|,|'"
).split("|")


def _marks_by_whole_pattern(text: str, start: int, end: int) -> list[tuple[int, int, str | None, bool]]:
    found: list[tuple[int, int, str | None, bool]] = []
    for match in salary_facts._MARK.finditer(text, start, end):
        group = match.lastgroup or ""
        if group == "code":
            found.append((match.start(), match.end(), match.group().upper(), True))
        else:
            currency, definitive, _ = salary_facts.CURRENCY_MARKS[int(group.removeprefix("mark"))]
            found.append((match.start(), match.end(), currency, definitive))
    return found


@given(st.lists(st.sampled_from(MARK_PIECES), max_size=12).map("".join), st.integers(0, 30), st.integers(0, 30))
def test_marks_are_those_the_whole_mark_pattern_finds(text: str, start: int, length: int) -> None:
    for begin, end in ((0, len(text)), (min(start, len(text)), min(start + length, len(text)))):
        marks = salary_facts._marks_between(text, begin, end)
        assert [(m.start, m.end, m.currency, m.definitive) for m in marks] == _marks_by_whole_pattern(text, begin, end)


def _period_by_whole_patterns(text: str) -> SalaryPeriod | None:
    found: list[tuple[int, SalaryPeriod]] = []
    for period, pattern in salary_facts._PERIODS:
        for match in pattern.finditer(text):
            if not salary_facts._AFTER_DURATION.search(text[max(0, match.start() - 40) : match.start()]):
                found.append((match.start(), period))
                break
    return min(found)[1] if found else None


@given(st.lists(st.sampled_from(PERIOD_PIECES), max_size=10).map("".join))
def test_period_is_the_one_the_whole_period_patterns_find(text: str) -> None:
    for variant in (text, text.upper(), text.title()):
        assert salary_facts._period(variant) == _period_by_whole_patterns(variant)


@given(
    st.one_of(
        st.from_regex(r"\d{1,25}", fullmatch=True),
        st.from_regex(
            r"\d{1,3}(,\d{3}){1,4}|\d{1,3}(\.\d{3}){1,4}|\d{1,3}('\d{3}){1,4}|\d{1,3}( \d{3}){1,4}", fullmatch=True
        ),
        st.from_regex(r"\d{1,2}(,\d{2}){1,3},\d{3}", fullmatch=True),
    )
)
def test_whole_numbers_read_as_price_parser_reads_them(digits: str) -> None:
    separator = "," if salary_facts._DOTTED_THOUSANDS.fullmatch(digits) else "."
    assert salary_facts._number(digits) == Price.fromstring(digits, decimal_separator=separator).amount_float


@pytest.mark.parametrize("unit", ["1", "a1", "é1", "1_"])
def test_long_runs_of_numbers_take_linear_time(unit: str) -> None:
    # Each number (or digit) was read on to the end of the line: a minute or two each.
    text = unit * (50_000 // len(unit))
    parse_salary(text)
    find_salary([(1, text)])


def test_a_salary_deep_in_a_long_line_is_found_as_on_a_short_one() -> None:
    stated = "The salary is $80,000 - $90,000 per year."
    short = parse_salary(stated)
    long_line = "We offer a friendly team. " * 200 + stated + " More words follow here." * 100
    found = parse_salary(long_line)
    assert short is not None
    assert found is not None
    assert (found.min, found.max, found.currency, found.period) == (short.min, short.max, short.currency, short.period)
    assert "$80,000 - $90,000 per year" in found.text

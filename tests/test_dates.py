"""Dates: parsing written dates, and finding the posted and closing dates in the body."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec.facts import dates
from jobspec.facts.dates import find_dates, parse_date

JAN_15 = dt.date(2027, 1, 15)
MAR_12 = dt.date(2027, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-15", dt.date(2026, 1, 15)),
        ("2026-01-15T10:00:00Z", dt.date(2026, 1, 15)),
        ("2019-01-10 08:02 CEST", dt.date(2019, 1, 10)),
        ("2027/01/15", JAN_15),
        ("15 January 2027", JAN_15),
        ("January 15, 2027", JAN_15),
        ("Jan 15 2027", JAN_15),
        ("Jan. 15th, 2027", JAN_15),
        ("15 Jan 2027", JAN_15),
        ("15-Jan-2027", JAN_15),
        ("15th of January 2027", JAN_15),
        ("Friday, 15 January 2027", JAN_15),
        ("15.01.2027", JAN_15),
        ("15.01.27", JAN_15),
        ("15/01/2027", JAN_15),
        ("01/15/2027", JAN_15),  # 15 cannot be a month
        ("03/04/2027", dt.date(2027, 4, 3)),  # day first
        ("12. März 2027", MAR_12),
        ("12. Maerz 2027", MAR_12),
        ("15. Okt. 2027", dt.date(2027, 10, 15)),
        ("1. Dezember 2027", dt.date(2027, 12, 1)),
        ("12 mars 2027", MAR_12),
        ("1er janvier 2027", dt.date(2027, 1, 1)),
        ("5 août 2027", dt.date(2027, 8, 5)),
        ("12 de marzo de 2027", MAR_12),
        ("2 mayo 2027", dt.date(2027, 5, 2)),
        ("1º de janeiro de 2027", dt.date(2027, 1, 1)),
        ("12 dez 2027", dt.date(2027, 12, 12)),
        ("12 marzo 2027", MAR_12),
        ("12 agosto 2027", dt.date(2027, 8, 12)),
        ("12 maart 2027", MAR_12),
        ("12 mei 2027", dt.date(2027, 5, 12)),
        ("Posted on 12 March 2027", MAR_12),  # the first date in a longer string
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "Feb 30 2027",
        "30.02.2027",
        "2027-13-01",
        "13/13/2027",
        "Q1 2027",
        "March 2027",  # no day
        "15 January",  # no year
        "Python 3.11",
        "3.11.12",
        "10.10.10.10",
        "100 May 2027",
        "1 of 3 positions in 2027",
        "1 JUİN 2027",  # odd case folding is not a month name
    ],
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 1, 2), dt.date(2026, 1, 2)),
        (dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.timezone.utc), dt.date(2026, 1, 2)),
        (20260102, None),
        (None, None),
        (["2026-01-02"], None),
    ],
)
def test_parse_date_values(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "posted", "closing"),
    [
        ("Posted: March 1, 2021", dt.date(2021, 3, 1), None),
        ("Date posted: 2021-03-01", dt.date(2021, 3, 1), None),
        ("Published 12 March 2027", MAR_12, None),
        ("Veröffentlicht am 12. März 2027", MAR_12, None),
        ("Publié le 12 mars 2027", MAR_12, None),
        ("Posted by Jane on 1 March 2027. Apply now!", dt.date(2027, 3, 1), None),
        ("Closing date: 12 January 2027", None, dt.date(2027, 1, 12)),
        ("Closing date for applications: 12/01/2027", None, dt.date(2027, 1, 12)),
        ("Applications close on 15 Jan 2027", None, JAN_15),
        ("Applications close at 5pm on 15 January 2027", None, JAN_15),
        ("Apply by 15 January 2027", None, JAN_15),
        ("Deadline: 2027-01-15", None, JAN_15),
        ("Application deadline 15 January 2027", None, JAN_15),
        ("Please send your CV and cover letter to jobs@example.org by September 20, 2021.", None, dt.date(2021, 9, 20)),
        ("Bewerbungsschluss: 15.01.2027", None, JAN_15),
        ("Bewerbungen bis zum 15.01.2027 an jobs@example.de", None, JAN_15),
        ("Date limite : 15/01/2027", None, JAN_15),
        ("Fecha límite: 15 de enero de 2027", None, JAN_15),
        ("Data limite: 15 de janeiro de 2027", None, JAN_15),
        ("Scadenza: 15 gennaio 2027", None, JAN_15),
        ("Sluitingsdatum: 15 januari 2027", None, JAN_15),
        ("Reageer uiterlijk 15 januari 2027", None, JAN_15),
        ("Posted 1 March 2027 · Closes 1 April 2027", dt.date(2027, 3, 1), dt.date(2027, 4, 1)),
        ("Deadline: 15 Jan 2027 (interviews 1 Feb 2027)", None, JAN_15),
        ("Sista ansökningsdag: 15 januari 2027", None, JAN_15),
        ("Ansøgningsfrist: 15. januar 2027", None, JAN_15),
        ("Data publikacji: 15 stycznia 2027", JAN_15, None),
        ("Zveřejněno 15. ledna 2027", JAN_15, None),
        ("Опубликовано 15 января 2027", JAN_15, None),
        ("Son başvuru tarihi: 15 Ocak 2027", None, JAN_15),
        ("掲載日：2027年1月15日", JAN_15, None),
        ("截止日期：2027年1月15日", None, JAN_15),
        ("접수 마감: 2027년 1월 15일", None, JAN_15),
        # Dates without a cue are not taken.
        ("Start date: 1 March 2027", None, None),
        ("Contract until 31.12.2027", None, None),
        ("Befristet bis zum 31.12.2027", None, None),  # "bis zum" counts only in a sentence about applying
        ("Published 3 days ago", None, None),
        ("Founded on 12 March 1999", None, None),
    ],
)
def test_find_dates_in_one_line(text: str, posted: dt.date | None, closing: dt.date | None) -> None:
    expected = (None if posted is None else (posted, 5), None if closing is None else (closing, 5))
    assert find_dates([(5, text)]) == expected


def test_find_dates_takes_the_first_of_each_with_its_line() -> None:
    lines = [
        (1, "Posted: March 1, 2021"),
        (2, "Start date: 1 April 2021"),
        (3, "Please send your application by September 20, 2021."),
        (4, "Closing date: 12 January 2027"),
        (5, "Date posted: 2021-03-05"),
    ]
    assert find_dates(lines) == ((dt.date(2021, 3, 1), 1), (dt.date(2021, 9, 20), 3))


def test_find_dates_nothing() -> None:
    assert find_dates([]) == (None, None)
    assert find_dates([(1, "We build tools"), (2, "Since 12 March 1999")]) == (None, None)


@given(st.text(max_size=60))
def test_parse_date_never_raises(text: str) -> None:
    found = parse_date(text)
    assert found is None or isinstance(found, dt.date)


# Dates are tried only at a number, or at a word right before one: the same
# dates as searching each pattern through the whole text.
DATE_PIECES = (
    "January|Jan|Jan.|jan|März|MÄRZ|août|Sept.|ſept|sept|mei|dic|de |del |of | |  |\n|,|.|-|/|st|th|º|"
    "x|é|1|15|01|12|31|2027|1999|27|0|2026-01-15|15.01.2027|01/15/2027|2027/01/15|30 February 2027|"
    "T10:00Z|٣|January 15, 2027|Jan. 15th 2027|15 January 2027|15. März 2027|12 de marzo de 2027|"
    "ſept 1 2027|MÄRZ 3 2027|Sept.  9 1999|déc 24 2026|31 Dez 2026|15-Jan-2027|1 March 2027|3/4/2027|"
    "2027-1-5"
).split("|")


def _dates_by_whole_patterns(text: str) -> list[tuple[dt.date, int, int]]:
    found: list[tuple[dt.date, int, int]] = []
    for pattern in dates._DATE_PATTERNS:
        for match in pattern.finditer(text):
            date = dates._date_of(match)
            overlaps = any(match.start() < end and start < match.end() for _, start, end in found)
            if date is not None and not overlaps:
                found.append((date, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


@given(st.lists(st.sampled_from(DATE_PIECES), max_size=12).map("".join))
def test_dates_are_those_the_whole_patterns_find(text: str) -> None:
    for variant in (text, text.upper()):
        assert dates._dates_in(variant) == _dates_by_whole_patterns(variant)

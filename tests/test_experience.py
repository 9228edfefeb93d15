"""Years of experience a requirement asks for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec.facts.experience import _AMOUNT, _LABELLED, _UNIT, parse_experience
from jobspec.models import Experience


@pytest.mark.parametrize(
    ("text", "years_min", "years_max"),
    [
        # at least
        ("3+ years", 3, None),
        ("10+ yrs", 10, None),
        ("(+3 years)", 3, None),
        ("at least five years", 5, None),
        ("minimum of 3 years", 3, None),
        ("3 years minimum", 3, None),
        ("3 years or more of Java", 3, None),
        ("More than 4 years in retail", 4, None),
        ("Experience: 3+ years", 3, None),
        # a range
        ("2–4 years", 2, 4),
        ("2-4 yrs", 2, 4),
        ("2 to 4 years", 2, 4),
        ("5 to 6 years of experience", 5, 6),
        ("0 to 1 years", 0, 1),
        ("3-5 years’ experience", 3, 5),
        ("Ideally 1-2 years in sales", 1, 2),
        ("Years of experience: 3-5", 3, 5),
        # at most
        ("up to 2 years", None, 2),
        ("Less than 1 year of experience", None, 1),
        # a bare amount about experience means at least that much
        ("5 years of experience", 5, None),
        ("one year of experience", 1, None),
        ("5 years' experience", 5, None),
        ("5 years in a similar role", 5, None),
        ("fifteen years in retail", 15, None),
        ("two years of experience with Python", 2, None),
        ("a couple of years of experience", 2, None),
        ("2+ years of experience in a similar role", 2, None),
        # months
        ("6 months of experience", 0.5, None),
        ("18 months experience", 1.5, None),
        ("twelve months of experience", 1, None),
        ("12+ months as a barista in a specialty café", 1, None),
        ("At least 12 months of verifiable tractor-trailer experience in the last 3 years", 1, None),
        # German
        ("mindestens 3 Jahre", 3, None),
        ("3 Jahre Berufserfahrung", 3, None),
        ("Mindestens drei Jahre Erfahrung", 3, None),
        ("zwei Jahre Erfahrung", 2, None),
        ("Berufserfahrung von mindestens 2 Jahren", 2, None),
        ("zwischen 2 und 4 Jahren Berufserfahrung", 2, 4),
        ("mindestens 3-jährige Berufserfahrung", 3, None),
        ("dreijährige Berufserfahrung", 3, None),
        ("1,5 Jahre Erfahrung", 1.5, None),
        ("Erfahrung: 2 Jahre", 2, None),
        # French
        ("au moins 3 ans", 3, None),
        ("3 ans d'expérience", 3, None),
        ("Expérience de 5 ans minimum en comptabilité générale", 5, None),
        ("cinq ans d'expérience", 5, None),
        ("entre 2 et 4 ans d'expérience", 2, 4),
        # Spanish
        ("3 años de experiencia", 3, None),
        ("al menos 2 años", 2, None),
        ("dos años de experiencia", 2, None),
        ("Experiencia mínima de 2 años en venta B2B", 2, None),
        # Portuguese
        ("3 anos de experiência", 3, None),
        ("três anos de experiência", 3, None),
        ("Experiência de 5 anos ou mais em design", 5, None),
        ("de 2 a 4 anos de experiência", 2, 4),
        # Italian
        ("almeno 3 anni", 3, None),
        ("tre anni di esperienza", 3, None),
        ("Esperienza di almeno 1 anno in magazzino", 1, None),
        # Dutch
        ("minimaal 3 jaar", 3, None),
        ("3 jaar ervaring", 3, None),
        ("drie jaar werkervaring", 3, None),
        # Swedish, Danish, Norwegian, Polish, Czech, Finnish
        ("Minst 3 års erfarenhet av Java", 3, None),
        ("Mindst 2 års erfaring", 2, None),
        ("Co najmniej 5 lat doświadczenia", 5, None),
        ("Minimum 3 lata doświadczenia w PHP", 3, None),
        ("Praxe alespoň 2 roky", 2, None),
        ("Vähintään 3 vuoden kokemus", 3, None),
        # Hungarian, Romanian, Turkish, Indonesian, Catalan
        ("Legalább 3 év szakmai tapasztalat", 3, None),
        ("Minim 3 ani de experiență", 3, None),
        ("En az 3 yıl deneyim", 3, None),
        ("Pengalaman minimal 2 tahun", 2, None),
        ("Experiència mínima de 3 anys", 3, None),
        # Russian, Japanese, Chinese, Korean
        ("Опыт работы от 3 лет", 3, None),
        ("Опыт 1-3 года", 1, 3),
        ("実務経験3年以上", 3, None),
        ("3年以上的Java开发经验", 3, None),
        ("经验3-5年", 3, 5),
        ("경력 5년 이상", 5, None),
        # Ukrainian, Vietnamese, Arabic, Hebrew
        ("Досвід роботи від 2 років", 2, None),
        ("Ít nhất 3 năm kinh nghiệm", 3, None),
        ("خبرة لا تقل عن 3 سنوات", 3, None),
        ("ניסיון של 3 שנים לפחות", 3, None),
        # a job board's field of experience, its label naming what of
        ("Customer service: 2 years (Required)", 2, None),
        ("Salesforce: 1 year (Preferred)", 1, None),
        ("Python: 3 years", 3, None),
    ],
)
def test_parse_experience(text: str, years_min: float | None, years_max: float | None) -> None:
    assert parse_experience(text) == Experience(years_min=years_min, years_max=years_max)


@pytest.mark.parametrize(
    "text",
    [
        "mehrjährige Berufserfahrung",  # no number
        "one year",  # a bare amount that is not about experience
        "24 months",
        "4 weeks/year",
        "1 year contract",
        "Minimum 2 years contract",
        "a 12-month contract",
        "founded 20 years ago",
        "10 years ago",
        "every year",
        "30 days holiday per year",
        "18 years of age",
        "Over the past 5 years we grew",
        "We have been in business for 20 years",
        "after 2 years you'll lead a team",
        "You will have 3 weeks of onboarding",
        "a year-long project",
        "3-jährige Ausbildung",
        "$3,000 sign-on bonus paid over 6 months.",
        "ACLS certification within six months of hire",
        "Most of our projects last between three and nine months.",
        "un hospital privado con más de 40 años de historia en Sevilla",
        "Umowa na 12 miesięcy",
        "Contract length: 2 years",  # a field of something else than experience
        "Age: 18 years",
        "Care for children aged 3-5 years",  # the children's age
        "Planlægge aktiviteter for børn i alderen 3-6 år",
        "Zajęcia dla dzieci w wieku 3-6 lat",
        "Duration: 6 months (Required)",
        "Az 5 éves cég",  # the company's age: no experience word
        "Contract pe 2 ani",
        "2024年入社",  # a year, not an amount of years
        "Высшее образование",
        "",
    ],
)
def test_no_experience(text: str) -> None:
    assert parse_experience(text) is None


def test_the_first_amount_about_experience_wins() -> None:
    assert parse_experience("A 24 months contract; 3+ years of experience required") == Experience(years_min=3)


def test_word_numbers_with_letters_lower_does_not_fold() -> None:
    # The pattern reads "Fıve" and "ſix" as numbers (re.IGNORECASE); their value must be found too.
    assert parse_experience("Fıve years of experience") == Experience(years_min=5)
    assert parse_experience("ſix months of experience") == Experience(years_min=0.5)


def test_upper_case_is_read_like_lower_case() -> None:
    assert parse_experience("AT LEAST 3 YEARS OF EXPERIENCE") == Experience(years_min=3)
    assert parse_experience("ZWEI BIS VIER JAHRE BERUFSERFAHRUNG") == Experience(years_min=2, years_max=4)


@pytest.mark.parametrize("pattern", [_AMOUNT, _LABELLED], ids=["amount", "labelled"])
@given(data=st.data())
def test_every_amount_names_a_unit(pattern: re.Pattern[str], data: st.DataObject) -> None:
    # parse_experience gives up on texts without a unit: no amount may lack one.
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text) is not None:
        assert _UNIT.search(text)

"""The degree or school level a requirement names, its subject, and equivalent experience."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobspec.facts.education import (
    _AMBIGUOUS,
    _COMPILED_RULES,
    _FOLDED_GATE,
    _RULE_STEMS_FOLDED,
    _STEMS_GATED,
    MORE_LANGUAGES,
    _may_match_a_rule,
    parse_education,
)
from jobspec.models import Education, EducationLevel
from jobspec.text import lower_like_ignorecase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # secondary
        ("High school diploma", "secondary"),
        ("High School or GED", "secondary"),
        ("Completed high school", "secondary"),
        ("GED", "secondary"),
        ("A-levels", "secondary"),
        ("Abitur", "secondary"),
        ("Fachhochschulreife", "secondary"),
        ("baccalauréat", "secondary"),
        ("bachillerato", "secondary"),
        ("ensino médio", "secondary"),
        ("diploma di maturità", "secondary"),
        ("havo/vwo", "secondary"),
        # associate
        ("associate degree", "associate"),
        ("Associate's degree in Nursing", "associate"),
        ("HND", "associate"),
        ("or an A.S. degree plus two years of lab experience", "associate"),
        ("foundation degree", "associate"),
        # bachelor
        ("Bachelor's", "bachelor"),
        ("Bachelor", "bachelor"),
        ("BSc", "bachelor"),
        ("BS in Physics", "bachelor"),
        ("BA in English", "bachelor"),
        ("B.Sc.", "bachelor"),
        ("B.Tech", "bachelor"),
        ("BEng", "bachelor"),
        ("undergraduate degree", "bachelor"),
        ("university degree", "bachelor"),
        ("degree", "bachelor"),
        ("Relevant degree", "bachelor"),
        ("Any graduation", "bachelor"),
        ("Licence en informatique", "bachelor"),
        ("licenciatura", "bachelor"),
        ("graduação", "bachelor"),
        ("laurea triennale", "bachelor"),
        ("hbo", "bachelor"),
        ("hbo-opleiding", "bachelor"),
        ("Fachhochschule", "bachelor"),
        ("abgeschlossenes Studium", "bachelor"),
        ("Uni-Abschluss", "bachelor"),
        ("Diplôme de niveau Bac+3 (DCG) ou équivalent", "bachelor"),
        # master
        ("Master's", "master"),
        ("MSc", "master"),
        ("MS in CS", "master"),
        ("MA in Economics", "master"),
        ("MBA preferred", "master"),
        ("M.Sc.", "master"),
        ("MEng", "master"),
        ("postgraduate degree", "master"),
        ("Post Graduation in Management", "master"),
        ("Diplom", "master"),
        ("Diplom-Ingenieur", "master"),
        ("laurea magistrale", "master"),
        ("mestrado", "master"),
        ("máster en marketing", "master"),
        ("WO-niveau", "master"),
        ("Bac+5", "master"),
        ("Masterabschluss in BWL", "master"),
        # doctorate
        ("PhD", "doctorate"),
        ("Ph.D.", "doctorate"),
        ("doctorate", "doctorate"),
        ("DPhil", "doctorate"),
        ("abgeschlossene Promotion", "doctorate"),
        ("doctorat", "doctorate"),
        ("doctorado", "doctorate"),
        ("doutorado", "doctorate"),
        ("dottorato", "doctorate"),
        # the lowest of several is the requirement
        ("Bachelor's or Master's degree", "bachelor"),
        ("Master's or PhD", "master"),
        ("PhD or Master's in Physics", "master"),
        ("BS, MS, or PhD in Chemistry", "bachelor"),
        ("hbo/wo werk- en denkniveau", "bachelor"),
        ("Diplom oder Master der Informatik", "master"),
        ("High school diploma; Bachelor's in CS preferred", "secondary"),
        ("A bachelor's degree in chemistry or a related field, or an A.S. degree plus lab experience", "associate"),
        # languages the rules do not read, from a table of their own
        ("Universitetsexamen inom data", "bachelor"),
        ("Wykształcenie wyższe informatyczne", "bachelor"),
        ("Licencjat lub magister", "bachelor"),
        ("Vysokoškolské vzdělání", "bachelor"),
        ("Высшее техническое образование", "bachelor"),
        ("Lisans mezunu", "bachelor"),
        ("Yüksek lisans derecesi", "master"),
        ("Ön lisans mezunu", "associate"),
        ("Korkeakoulututkinto", "bachelor"),
        ("大学卒業以上", "bachelor"),
        ("本科及以上学历", "bachelor"),
        ("硕士研究生", "master"),
        ("고졸 이상", "secondary"),
    ],
)
def test_level(text: str, level: EducationLevel) -> None:
    education = parse_education(text)
    assert education is not None
    assert education.level == level


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("BSc in Computer Science", "Computer Science"),
        ("PhD in Statistics", "Statistics"),
        (
            "degree in business, marketing, or relevant field of study",
            "business, marketing, or relevant field of study",
        ),
        (
            "Master's degree in Computer Science, Software Engineering, or a related field",
            "Computer Science, Software Engineering, or a related field",
        ),
        ("Studium der Wirtschaftswissenschaften, Informatik o.ä.", "Wirtschaftswissenschaften, Informatik o.ä."),
        ("Bachelor's degree in Computer Science or equivalent", "Computer Science"),
        ("Bachelor’s degree in Economics.", "Economics"),
        ("Bachelor of Science in Mechanical Engineering", "Mechanical Engineering"),
        ("Bachelor of Computer Science", "Computer Science"),
        ("BSc/MSc in Physics or Mathematics, ideally PhD", "Physics or Mathematics"),
        ("Bachelor's or Master's degree in CS, or 4 years of relevant experience", "CS"),
        ("BS/MS in Computer Science or related field", "Computer Science or related field"),
        ("Degree in Computer Science (or similar)", "Computer Science"),
        ("A degree in Mathematics with 3 years of experience", "Mathematics"),
        ("BA (Hons) in Design", "Design"),
        ("Computer Science degree", "Computer Science"),
        ("Hochschulabschluss in Informatik", "Informatik"),
        ("Abgeschlossenes Studium im Bereich Informatik", "Informatik"),
        ("Bachelor oder Master in Informatik", "Informatik"),
        ("Informatikstudium", "Informatik"),
        ("abgeschlossenes BWL-Studium", "BWL"),
        ("Licenciatura en Administración de Empresas", "Administración de Empresas"),
        ("Grado en Ingeniería o experiencia equivalente", "Ingeniería"),
        ("Laurea in Ingegneria Informatica", "Ingegneria Informatica"),
        ("Mestrado em Engenharia", "Engenharia"),
        ("Doctorat en informatique", "informatique"),
        ("pós-graduação em Marketing", "Marketing"),
        (
            "Ensino superior completo ou em andamento em Logística, Administração ou áreas afins",
            "Logística, Administração ou áreas afins",
        ),
        (
            "Een afgeronde hbo-opleiding in de richting van informatica of vergelijkbaar werk- en denkniveau",
            "informatica",
        ),
        ("Formation Bac+5 en informatique ou expérience équivalente", "informatique"),
        # no subject stated
        ("Bachelor's degree or equivalent experience", None),
        ("Master's degree preferred", None),
        ("Abgeschlossenes Studium oder eine vergleichbare Ausbildung", None),
        ("Relevant University degree", None),
        ("Graduation in any stream", None),
        ("Je bent verpleegkundige (mbo of hbo)", None),  # the second degree is not the subject of the first
        ("hbo of vergelijkbare werkervaring", None),
        ("Physics BSc", None),
    ],
)
def test_field(text: str, field: str | None) -> None:
    education = parse_education(text)
    assert education is not None
    assert education.field == field


@pytest.mark.parametrize(
    ("text", "equivalent"),
    [
        ("Bachelor's degree or equivalent experience", True),
        ("BS degree or equivalent practical experience", True),
        ("BA/BS or comparable experience", True),
        ("Degree in CS, or an equivalent combination of education and experience", True),
        ("Bachelor's degree or 4 years of relevant experience", True),
        ("Abgeschlossenes Studium oder eine vergleichbare Ausbildung/Qualifikation", True),
        ("Studium der Informatik bzw. vergleichbare Qualifikation", True),
        ("Licence ou expérience équivalente", True),
        ("Grado en Ingeniería o experiencia equivalente", True),
        ("hbo of vergelijkbare werkervaring", True),
        ("hbo-opleiding of vergelijkbaar werk- en denkniveau", False),  # a comparable level, not experience
        ("Diplôme de niveau Bac+3 (DCG) ou équivalent", False),
        ("Bachelor's degree or equivalent", False),  # an equivalent degree, not experience
        ("Bachelor's degree in CS or a related field", False),
        ("Master's degree required for equivalent roles", False),
    ],
)
def test_equivalent_experience(text: str, equivalent: bool) -> None:
    education = parse_education(text)
    assert education is not None
    assert education.equivalent_experience is equivalent


def test_whole_result() -> None:
    assert parse_education("Bachelor's or Master's degree in Statistics, or equivalent experience") == Education(
        level="bachelor", field="Statistics", equivalent_experience=True
    )


@pytest.mark.parametrize(
    "text",
    [
        "A high degree of autonomy",
        "degree of autonomy",
        "Comfortable with ambiguity to a degree",
        "360-degree feedback",
        "BA cum DM Executive",
        "master the craft",
        "Scrum Master",
        "Scrum Master certification (PSM I)",
        "master data management",
        "Our Master Data team",
        "masterclass",
        "Master knowledge of SQL",
        "Must be a master of negotiation",
        "visit high schools",
        "MS Office",
        "Boston, MA",
        "Drivers licence",
        "neben dem Studium",
        "Vous maîtrisez un WMS et les outils bureautiques",
        "Bonne maîtrise de Kubernetes",
        "Ausbildung als Fachinformatiker",
        "",
    ],
)
def test_no_education(text: str) -> None:
    assert parse_education(text) is None


# The shortcuts (the first look and each rule's stems) must never hide a match of a rule.
# Rule stems are looked for in the lower-cased text, the ambiguous abbreviations as written.
_PATTERNS = [(pattern, stems, False) for _level, stems, pattern, _not_before in _COMPILED_RULES] + [
    (pattern, frozenset(abbreviations), True) for _level, abbreviations, pattern in _AMBIGUOUS
]


@pytest.mark.parametrize(("pattern", "stems", "cased"), _PATTERNS, ids=[str(i) for i in range(len(_PATTERNS))])
@given(data=st.data())
def test_shortcuts_keep_every_match(
    pattern: re.Pattern[str], stems: frozenset[str], cased: bool, data: st.DataObject
) -> None:
    text = data.draw(st.from_regex(pattern))
    if pattern.search(text) is None:  # from_regex does not honour every lookaround
        return
    folded = lower_like_ignorecase(text)
    assert _may_match_a_rule(text, folded, _FOLDED_GATE.candidates(folded))
    assert any(stem in (text if cased else folded) for stem in stems)


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        # re.IGNORECASE matches "ı" and "İ" to "i" and "ſ" to "s"; lower() alone would not.
        ("Lıcence en informatique", "Licence en informatique"),
        ("Maſter in Physics", "Master in Physics"),
        ("UNİVERSİTY EDUCATION", "UNIVERSITY EDUCATION"),
    ],
)
def test_letters_that_lower_differently(text: str, same_as: str) -> None:
    assert parse_education(text) is not None
    assert parse_education(text) == parse_education(same_as)


@pytest.mark.parametrize("text", ["D.Phil in Physics", "D. Phil. in Physics", "DPhil in Physics"])
def test_dphil_written_with_dots_is_a_doctorate(text: str) -> None:
    education = parse_education(text)
    assert education is not None
    assert (education.level, education.field) == ("doctorate", "Physics")


@pytest.mark.parametrize("number", range(len(MORE_LANGUAGES)))
@given(data=st.data())
def test_the_gate_lets_every_degree_in_more_languages_through(number: int, data: st.DataObject) -> None:
    pattern = re.compile(MORE_LANGUAGES[number][1])
    text = data.draw(st.from_regex(pattern))
    folded = lower_like_ignorecase(text)
    if pattern.search(folded) is None:  # from_regex does not honour every lookaround
        return
    assert _STEMS_GATED + 1 + number in _FOLDED_GATE.candidates(folded)


@given(st.from_regex(_RULE_STEMS_FOLDED))
def test_the_gate_lets_every_stem_of_the_rules_through(text: str) -> None:
    folded = lower_like_ignorecase(text)
    if _RULE_STEMS_FOLDED.search(folded) is not None:
        assert _STEMS_GATED in _FOLDED_GATE.candidates(folded)

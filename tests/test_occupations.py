"""Occupation coding: titles in six languages, title words, the body deciding, user classifications, outputs."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jobspec
from jobspec import JobPosting, JobspecError, ParseOptions, occupation_words
from jobspec.occupation_words import TitleWords, body_stems, label_variants, label_words, title_readings
from jobspec.occupations import (
    OTHER_WORK_FACTOR,
    Classification,
    ClassificationBuilder,
    OccupationEntry,
    _heaviest_keys,
    _names_a_manager_kept,
    _thousandths,
    code_posting,
    default_classification,
    group_titles,
    names_a_manager,
)

# --- titles in each language with ESCO labels, coded from that language's own labels -------------


@pytest.mark.parametrize(
    ("title", "language", "isco", "label"),
    [
        ("Senior Software Engineer (m/w/d)", "en", "2512", "software engineer"),
        ("Softwareentwickler*in (m/w/d)", "de", "2512", "softwareentwickler"),
        ("Développeur·euse de logiciels (H/F)", "fr", "2512", "developpeur logiciels"),
        ("Desarrollador/a de software", "es", "2512", "desarrollador software"),
        ("Softwareontwikkelaar", "nl", "2512", "softwareontwikkelaar"),
        ("Księgowa", "pl", "2411", "ksiegowa"),
        ("Steuerberater (m/w/d)", "de", "2411", "steuerberater"),
        ("Comptable (H/F)", "fr", "2411", "comptable"),
        ("Kok", "nl", "5120", "kok"),
    ],
)
def test_a_title_is_coded_from_its_own_languages_labels(title: str, language: str, isco: str, label: str) -> None:
    found = default_classification().code(title, language=language)
    assert found is not None
    assert found.isco_code == isco
    assert found.matched[0].source == "title"
    assert found.matched[0].label == label
    assert found.matched[0].language == language
    assert found.matched[0].label_kind in ("preferred", "alternative")


@pytest.mark.parametrize(
    ("title", "manager"),
    [
        ("Social Media Manager", True),
        ("Head of Finance", True),
        ("Teamleiter Lager (m/w/d)", True),
        ("Kierownik sklepu", True),
        ("Responsable logistique (H/F)", True),
        ("Jefe de obra", True),
        ("Social Media Specialist", False),
        ("Finance Associate", False),
        ("Praktikant Einkauf", False),
        ("Księgowa", False),
        ("Systemadministrator (m/w/d)", False),
        ("Data Protection Officer", False),
    ],
)
def test_a_title_names_a_manager_or_not(title: str, manager: bool) -> None:
    assert names_a_manager(title) is manager
    assert _names_a_manager_kept(title) is manager
    assert _names_a_manager_kept(title) is manager  # asked again: kept


def test_a_title_that_names_no_manager_is_coded_outside_the_managers_when_a_label_names_both() -> None:
    # ESCO gives "social media specialist" to a manager's occupation and to a professional's.
    specialist = default_classification().code("Social Media Specialist")
    manager = default_classification().code("Social Media Manager")
    assert specialist is not None
    assert not specialist.isco_code.startswith("1")
    assert manager is not None
    assert manager.isco_code.startswith("1")


def test_the_manager_rule_reads_only_isco_groups() -> None:
    # A classification of one's own may use any group codes: a "1…" there is no manager.
    rows = "id,label,group\nspec,Data specialist,{group}\n"
    first = Classification.from_csv(rows.format(group="1000")).code("Data specialist")
    second = Classification.from_csv(rows.format(group="2000")).code("Data specialist")
    assert first is not None
    assert second is not None
    assert first.score == second.score
    assert default_classification().isco_groups
    assert not Classification.from_csv(rows.format(group="1000")).isco_groups


def test_the_codes_of_a_coded_occupation() -> None:
    found = default_classification().code("Data Scientist")
    assert found is not None
    assert (found.isco_code, found.esco_label) == ("2511", "data scientist")
    assert found.esco_uri.startswith("http://data.europa.eu/esco/occupation/")
    assert found.isco_label == "Systems analysts"
    assert found.onet_soc_code == "15-2051.00"
    assert found.soc_2018_code == "15-2051"
    assert found.classification == "ESCO v1.2.1"
    assert 0.0 <= found.score <= 1.0
    assert [alt.score for alt in found.alternatives] == sorted((alt.score for alt in found.alternatives), reverse=True)
    assert all(alt.score <= found.score for alt in found.alternatives)


def test_a_word_that_begins_labels_codes_a_title_that_is_no_label() -> None:
    found = default_classification().code("Infirmier/ère", language="fr")
    assert found is not None
    assert found.isco_code.startswith("22")
    assert found.matched[0].label_kind == "label_word"


def test_a_longer_title_that_is_no_label_is_coded_by_its_head_word() -> None:
    # French puts the head first: "orthopédique", last, begins labels of other work.
    found = default_classification().code("Infirmier en service de chirurgie orthopédique (H/F)", language="fr")
    assert found is not None
    assert found.isco_code.startswith("22")
    assert found.matched[0].text == "infirmier"


def test_a_code_closing_a_title_leaves_the_head_word_at_its_start_to_code_it() -> None:
    # Dutch puts the head last, but "IC" (intensive care) heads no label: the first word is read.
    found = default_classification().code("Verpleegkundige IC", language="nl")
    assert found is not None
    assert found.isco_code.startswith("22")
    assert found.matched[0].text == "verpleegkundige"


def test_a_head_word_names_the_group_most_of_its_labels_share() -> None:
    # "kierowca" (driver) heads labels of lorry, car and bus drivers, and of one racing driver.
    found = default_classification().code("Kierowca kat. C+E", language="pl")
    assert found is not None
    assert found.isco_code.startswith("83")
    assert found.matched[0].text == "kierowca"


def test_a_title_word_points_to_its_occupation() -> None:
    found = default_classification().code("Senior iOS Engineer")
    assert found is not None
    assert (found.isco_code, found.esco_label) == ("2514", "mobile application developer")
    assert found.matched[0].label_kind == "title_word"


def test_in_ict_work_a_title_word_of_ict_outweighs_the_labels_of_other_work_it_meets() -> None:
    classification = default_classification()
    outside, _ = classification.rank("Engineering Manager")
    inside, _ = classification.rank("Engineering Manager", skills=["Kubernetes", "Terraform"])
    strength_outside = {classification.occupations[c.occupation].label: c.title_strength for c in outside}
    strength_inside = {classification.occupations[c.occupation].label: c.title_strength for c in inside}
    assert "software manager" not in strength_outside
    assert strength_inside["software manager"] > strength_outside["foundry manager"]
    # A foundry's engineering manager is the same label in both; in ICT work it counts for less.
    assert strength_inside["foundry manager"] < strength_outside["foundry manager"]
    assert strength_inside["foundry manager"] == pytest.approx(strength_outside["foundry manager"] * OTHER_WORK_FACTOR)


def test_in_ict_work_a_product_manager_is_an_ict_product_manager_before_one_of_other_work() -> None:
    texts = [
        "Work with our software engineers to plan each release of the app",
        "Talk to customers and turn what they need into user stories",
        "Decide with sales and marketing which features to build next",
    ]
    found = default_classification().code("Product Manager", skills=["Selenium"], texts=texts)
    assert found is not None
    ranked = [found.esco_label, *(alternative.esco_label for alternative in found.alternatives)]
    assert ranked.index("ICT product manager") < ranked.index("product manager")


# Title words, their parts written apart, the starts of some, head nouns, and words that are none of these.
_TITLE_WORDS_AND_OTHERS = st.sampled_from(
    ["ios", "frontend", "front", "end", "react", "native", "site", "reliability", "quality", "assurance", "qa",
     "product", "owner", "manager", "sales", "engineer", "developer", "software", "senior", "i", "fro", "nurse", "x"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_TITLE_WORDS_AND_OTHERS, min_size=1, max_size=5), st.lists(st.booleans(), min_size=5, max_size=5))
def test_title_words_are_looked_for_only_in_titles_with_a_word_that_may_start_one(
    words: list[str], counted: list[bool]
) -> None:
    reading = TitleWords(tuple(words), tuple(counted[: len(words)]))
    classification = default_classification()
    ungated = copy.copy(classification)  # looks for title words in every title
    ungated._title_word_openers = ungated._ict_title_word_openers = frozenset(words)
    for ict in (False, True):
        gated_found: dict[int, Any] = {}
        ungated_found: dict[int, Any] = {}
        classification._meet_labels(reading, "en", "title", gated_found, ict=ict)
        ungated._meet_labels(reading, "en", "title", ungated_found, ict=ict)
        assert gated_found == ungated_found


# Words of titles and headings: labels in several languages, their parts, noise, glossary words, places.
_TITLE_AND_HEADING_WORDS = st.sampled_from(
    ["Software", "Engineer", "Entwickler", "Softwareentwickler", "Développeur", "Full", "Stack", "Product", "Manager",
     "Data", "Scientist", "Nurse", "Kok", "Senior", "(m/w/d)", "Berlin", "Acme", "Ninja", "iOS", "QA", "Head", "of",
     "Sales", "Office", "Management", "Coordinator", "utvecklare", "Requirements", "Your", "tasks", "Infirmier", "/"]
)  # fmt: skip
_TITLE_AND_HEADING = st.lists(_TITLE_AND_HEADING_WORDS, max_size=6).map(" ".join)


def _title_hits_read_afresh(
    classification: Classification, title: str, headings: list[str], language: str | None, *, ict: bool
) -> dict[int, Any]:
    """What the title stage finds, read word by word into one table (the title, else every heading), no memory."""
    ignored = frozenset({"berlin", "acme"})

    def hits_of(text: str, source: str) -> dict[int, Any]:
        hits: dict[int, Any] = {}
        named: set[int] = set()
        for reading in title_readings(text, ignored=ignored):
            named.update(classification._meet_labels(reading, language, source, hits, ict=ict))
        classification._weaken_labels_of_other_work(hits, named)
        return hits

    hits = hits_of(title, "title") if title else {}
    if not hits:
        for heading in headings[:6]:
            for occupation, hit in hits_of(heading, "heading").items():
                if occupation not in hits or hit.strength > hits[occupation].strength:
                    hits[occupation] = hit
    return hits


@settings(max_examples=200, deadline=None)
@given(
    _TITLE_AND_HEADING,
    st.lists(_TITLE_AND_HEADING, max_size=4),
    st.sampled_from([None, "en", "de", "fr"]),
    st.booleans(),
)
def test_the_title_stage_kept_in_memory_finds_what_reading_afresh_finds(
    title: str, headings: list[str], language: str | None, ict: bool
) -> None:
    classification = default_classification()
    expected = _title_hits_read_afresh(classification, title, headings, language, ict=ict)
    for _ in range(2):  # read, then remembered
        candidates = classification._title_candidates(title, language, "Berlin", "Acme", headings, ict=ict)
        assert {occupation: candidate.title for occupation, candidate in candidates.items()} == expected
        assert list(candidates) == list(expected)


def test_a_german_role_noun_of_no_gender_reads_as_its_person_noun() -> None:
    # "Assistenz" and "Leitung" are how German postings name an assistant or a head without a gender.
    assert title_readings("Vertriebsassistenz")[-1].words == ("vertriebs", "assistant")
    assert title_readings("Projektleitung")[-1].words == ("projekt", "manager")
    found = default_classification().code("Assistenz Marketing (m/w/d)", language="de")
    assert found is not None
    assert (found.isco_code, found.esco_label) == ("2431", "marketing assistant")


@pytest.mark.parametrize(
    ("title", "english"),
    [
        ("Impiegata amministrativa", ("clerk", "administrative")),
        ("Assistente administrativo", ("assistant", "administrative")),
        ("Administrativ assistent", ("administrative", "assistant")),
        ("Ohjelmistokehittäjä", ("software", "developer")),  # Finnish
        ("Bogholder", ("bookkeeper",)),  # Danish
        ("Butiksassistent", ("shop", "assistant")),
        ("Butiksmedarbetare", ("shop", "assistant")),  # Swedish
        ("Účetní", ("accountant",)),  # Czech
        ("Könyvelő", ("accountant",)),  # Hungarian
    ],
)
def test_title_words_of_languages_without_labels_read_in_english(title: str, english: tuple[str, ...]) -> None:
    assert title_readings(title)[-1].words == english


@pytest.mark.parametrize(
    ("title", "language", "isco"),
    [
        ("Elettricista", "it", "7411"),
        ("Sähköasentaja", "fi", "7411"),
        ("Villanyszerelő", "hu", "7411"),
        ("Idraulico", "it", "7126"),
        ("Rørlegger", "no", "7126"),
        ("Farmacêutico", "pt", "2262"),
        ("Servitör", "sv", "5131"),
        ("薬剤師（正社員）", "ja", "2262"),
        ("Бухгалтер", "ru", "2411"),
        ("Зварник (напівавтомат MIG/MAG)", "uk", "7212"),
        ("Grāmatvedis/-e", "lv", "2411"),
        ("Konobar/ica", "hr", "5131"),
        ("מנהל/ת משרד", "he", "3341"),  # the gender ending of Hebrew, and the head noun first
        ("बिक्री प्रतिनिधि", "hi", "3322"),  # Devanagari vowel signs are part of their words
        ("软件测试工程师", "zh", "2519"),
        ("バックエンドエンジニア", "ja", "2512"),
    ],
)
def test_trades_and_services_in_languages_without_labels_are_coded_through_the_glossary(
    title: str, language: str, isco: str
) -> None:
    found = default_classification().code(title, language=language)
    assert found is not None
    assert found.isco_code == isco


@pytest.mark.parametrize(
    ("title", "isco"),
    [
        ("Pflegefachkraft (m/w/d)", "2221"),
        ("Steuerfachangestellte (m/w/d)", "4312"),
        ("Personalreferent (m/w/d)", "2423"),
        ("Berufskraftfahrer CE", "8332"),
        ("Sachbearbeiter Finanzbuchhaltung (m/w/d)", "3313"),
        ("Sachbearbeiter Lohnbuchhaltung", "4313"),
    ],
)
def test_common_german_titles_that_german_labels_lack_are_coded_through_the_glossary(title: str, isco: str) -> None:
    found = default_classification().code(title, language="de")
    assert found is not None
    assert found.isco_code == isco


def test_a_shop_assistant_in_danish_is_coded_as_one() -> None:
    found = default_classification().code("Butiksassistent", language="da")
    assert found is not None
    assert found.isco_code == "5223"


def test_nothing_is_coded_from_nothing() -> None:
    assert default_classification().code(None) is None
    assert default_classification().code("Qwxzv Plorb") is None


# --- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Entwickler*in", ["entwickler"]),
        ("Entwickler:in", ["entwickler"]),
        ("Entwickler/in", ["entwickler"]),
        ("Entwickler/-in", ["entwickler"]),
        ("EntwicklerIn", ["entwickler"]),
        ("Desenvolvedor(a)", ["desenvolvedor"]),
        ("Développeur·euse", ["developpeur"]),
        ("Ingénieur de données", ["ingenieur", "donnees"]),
        ("Front-End Developer", ["frontend", "developer"]),
        ("Tømrer til renovering og tilbygninger", ["tomrer", "renovering", "tilbygninger"]),  # Danish grammar
    ],
)
def test_label_words_drop_gender_endings_accents_and_grammar(title: str, words: list[str]) -> None:
    assert label_words(title) == words


@pytest.mark.parametrize(
    ("title", "location", "company", "counted"),
    [
        ("Senior Data Engineer (m/w/d)", None, None, ["data", "engineer"]),
        ("Analyste financier (H/F) - CDI", None, None, ["analyste", "financier"]),
        ("Junior Nurse, Part-time, Remote", None, None, ["nurse"]),
        ("Lead Backend Developer – Berlin", "Berlin, Germany", None, ["backend", "developer"]),
        ("Data Scientist at Acme Corp, Boston", None, None, ["data", "scientist"]),
        ("Acme hiring: Warehouse Associate", None, "Acme", ["warehouse", "associate"]),
        ("Buyer #4711 (REF-2024-17)", None, None, ["buyer"]),
        ("Księgowa / Księgowy", None, None, ["ksiegowa"]),  # both forms of one word: the second does not count
        ("Vendeur/Vendeuse", None, None, ["vendeur"]),
        ("Frontend/Backend Developer", None, None, ["frontend", "backend", "developer"]),  # two words
        ("Python Ninja", None, None, ["python"]),
        ("Visiting Lecturer in Law", None, None, ["lecturer", "law"]),
    ],
)
def test_title_words_that_name_no_occupation_do_not_count(
    title: str, location: str | None, company: str | None, counted: list[str]
) -> None:
    reading = title_readings(title, location=location, company=company)[0]
    assert [word for word, counts in zip(reading.words, reading.counts, strict=True) if counts] == counted


def test_a_title_in_a_language_without_labels_is_read_in_english_too() -> None:
    readings = title_readings("Systemutvecklare")
    assert [r.words for r in readings] == [("systemutvecklare",), ("software", "developer")]
    assert readings[1].translated
    found = default_classification().code("Systemutvecklare", language="sv")
    assert found is not None
    assert found.isco_code == "2512"


def test_a_title_with_both_forms_of_its_word_is_coded_as_one_with_the_first() -> None:
    classification = default_classification()
    both = classification.code("Księgowa / Księgowy", language="pl")
    one = classification.code("Księgowa", language="pl")
    assert both is not None
    assert one is not None
    assert both.isco_code == one.isco_code == "2411"
    assert both.score == one.score


def test_the_words_of_a_titles_aside_do_not_count() -> None:
    [reading] = title_readings("Warehouse Operative (Night Shift)")
    assert reading.words == ("warehouse", "operative", "night", "shift")
    assert reading.counts == (True, True, False, False)
    [alone] = title_readings("(Night Shift)")  # all aside: its words are all there is
    assert alone.counts == (True, True)
    classification = default_classification()
    aside = classification.code("Warehouse Operative (Night Shift)")
    plain = classification.code("Warehouse Operative")
    assert aside is not None
    assert plain is not None
    assert (aside.isco_code, aside.score) == (plain.isco_code, plain.score)
    empty = classification.code("Warehouse Operative ()")  # an empty aside holds no words
    assert empty is not None
    assert (empty.isco_code, empty.score) == (plain.isco_code, plain.score)


@pytest.mark.parametrize(
    ("title", "bare", "language"),
    [
        ("Verkäufer (m/w/d) für unsere Filiale in Hamburg", "Verkäufer (m/w/d)", "de"),
        ("Lagermedarbejder til vores centrallager", "Lagermedarbejder", "da"),
        ("Butiksmedarbetare till vår butik i Malmö", "Butiksmedarbetare", "sv"),
        ("Sprzedawca do naszego sklepu w Krakowie", "Sprzedawca", "pl"),
        ("Vendeur pour notre magasin de Lyon", "Vendeur", "fr"),
        ("Commesso per il nostro negozio di Milano", "Commesso", "it"),
        ("Sales Assistant to join our store team in Leeds", "Sales Assistant", "en"),
    ],
)
def test_a_title_naming_the_employers_own_unit_is_coded_as_the_job_alone(title: str, bare: str, language: str) -> None:
    classification = default_classification()
    found = classification.code(title, language=language)
    alone = classification.code(bare, language=language)
    assert found is not None
    assert alone is not None
    assert (found.esco_uri, found.score) == (alone.esco_uri, alone.score)


def test_a_title_that_is_all_the_employers_unit_keeps_its_words() -> None:
    [reading] = title_readings("For our team in Berlin")
    assert reading.words == ("our", "team", "berlin")


def test_a_title_that_meets_no_label_meets_one_with_a_word_left_out() -> None:
    found = default_classification().code("Office Management Coordinator")
    written = default_classification().code("Office Coordinator")
    assert found is not None
    assert written is not None
    assert found.isco_code == written.isco_code == "3341"  # "office coordinator", a label of office manager
    assert found.matched[0].text == "office coordinator"
    assert found.matched[0].weight < written.matched[0].weight  # the word left out counts against it


def _depot() -> Classification:
    """Drivers of two kinds of lorry and a music conductor, with Spanish labels longer than a title."""
    builder = ClassificationBuilder("depot")
    removals = builder.add_occupation(OccupationEntry("r", "removals driver", "D1"))
    refuse = builder.add_occupation(OccupationEntry("g", "refuse lorry driver", "D1"))
    conductor = builder.add_occupation(OccupationEntry("m", "music conductor", "M1"))
    builder.add_label(removals, "conductor de camión de mudanzas", "preferred", "es")
    builder.add_label(refuse, "conductor de camión de basura", "preferred", "es")
    builder.add_label(conductor, "conductor", "alternative", "en")
    builder.add_label(conductor, "director de orquesta", "preferred", "es")
    return builder.build(calibration=(0.0, 1.0, 0.0))


def test_a_title_that_is_no_label_meets_the_labels_that_begin_with_all_its_words() -> None:
    depot = _depot()
    ranked, _ = depot.rank("Conductor de camión", language="es")
    best = ranked[0]
    assert depot.occupations[best.occupation].group == "D1"
    assert best.title is not None
    assert best.title.words == "conductor camion"
    # Two occupations share the evidence: each gets less than a label of the title's words alone would give.
    alone = depot.rank("Conductor de camión de basura", language="es")[0][0]
    assert alone.title is not None
    assert best.title.strength < alone.title.strength


def test_labels_around_a_title_are_not_read_when_a_label_is_the_whole_title() -> None:
    depot = _depot()
    ranked, _ = depot.rank("Director de orquesta", language="es")
    assert [depot.occupations[c.occupation].label for c in ranked] == ["music conductor"]


def test_prepare_builds_the_table_of_labels_by_their_ends_once() -> None:
    depot = _depot()
    table = depot.prepare()
    assert sorted(table["<conductor camion"]) == ["conductor camion basura", "conductor camion mudanzas"]
    assert table[">camion basura"] == ["conductor camion basura"]
    assert depot.prepare() is table


def test_a_label_gives_its_gendered_sides_and_short_words_together() -> None:
    assert label_variants("Kaufmann/Kauffrau") == [["kaufmann", "kauffrau"], ["kaufmann"], ["kauffrau"]]
    assert ["frontend", "developer"] in label_variants("front end developer")


def test_body_stems_skip_words_of_grammar() -> None:
    assert body_stems("Develop and maintain the data pipelines") == ["develo", "mainta", "data", "pipeli"]


def test_the_fast_stem_pattern_finds_what_the_unicode_one_finds() -> None:
    # Each character it was built for, before, inside and after words, alone and beside digits.
    for code in occupation_words._FAST_CHARS:
        char = chr(code)
        text = f"ab{char}cdefgh x{char}yz {char}abc 1{char}2 wor{char}{char}d {char}"
        assert occupation_words._FAST_STEMS.findall(text) == occupation_words._STEMS.findall(text), hex(code)
    assert occupation_words._stems_pattern("développeur – “café” 5 €") is occupation_words._FAST_STEMS
    assert occupation_words._stems_pattern("開発者 developer") is occupation_words._STEMS


@given(
    st.lists(st.integers(0, 30), max_size=60) | st.lists(st.integers(0, 150), min_size=300, max_size=400),
    st.integers(0, 5),
)
def test_the_heaviest_keys_are_the_most_common_in_the_order_counter_gives(groups: list[int], count: int) -> None:
    counts = Counter(groups)  # many equal counts: the first counted of equals comes first (of many keys too)
    assert _heaviest_keys(counts, count) == [group for group, _ in counts.most_common(count)]


# Letters (plain and accented), digits, spaces, punctuation, the underscore and the 0x2000 block, mixed.
_SOME_FAST_CHARS = st.sampled_from("abcxyzéßøł019 _-’'.,;:/()\n\u2013\u2019\u201c\u2022\u20ac\u00aa\u00b2\u01c5")


@settings(max_examples=500, deadline=None)
@given(st.lists(_SOME_FAST_CHARS, max_size=40).map("".join))
def test_the_fast_stem_pattern_finds_what_the_unicode_one_finds_in_any_text(text: str) -> None:
    assert occupation_words._FAST_STEMS.findall(text) == occupation_words._STEMS.findall(text)


# --- the body decides ------------------------------------------------------------------------

MOBILE_NINJA = """---
title: Ninja
---
## What you will do
- Build and ship our iOS and Android apps in Swift and Kotlin
- Profile startup time and memory on older phones
- Publish releases to the App Store and Google Play

## What you bring
- Three years of mobile development
- Experience with SwiftUI or Jetpack Compose
"""

DATA_HACKER = """---
title: Hacker
---
## You will
- Build machine learning models to forecast demand
- Analyse large datasets with pandas and SQL
- Present statistical findings to product teams

## You have
- Experience with scikit-learn and PyTorch
- A degree in statistics or computer science
"""


@pytest.mark.parametrize(("text", "isco"), [(MOBILE_NINJA, "2514"), (DATA_HACKER, "2511")])
def test_a_vague_title_is_coded_from_the_body(text: str, isco: str) -> None:
    found = jobspec.parse(text).occupation
    assert found is not None
    assert found.isco_code == isco
    assert found.matched[0].source == "body"


CARE_HOME_ASSISTANT = """---
title: Care Assistant
---
## What you'll do
- Help our residents with washing, dressing and meals
- Write the daily care notes
- Join the residents in their activities
"""


def test_a_body_of_other_work_denies_a_title_named_only_by_an_onet_alternate_title() -> None:
    # O*NET lists "Care Assistant" for animal caretakers; the body is of health care.
    alone = default_classification().code("Care Assistant", language="en")
    assert alone is not None
    assert alone.isco_code == "5164"
    found = jobspec.parse(CARE_HOME_ASSISTANT).occupation
    assert found is not None
    assert found.isco_code.startswith("53")
    assert found.score < alone.score


CZECH_ACCOUNTANT = """---
title: Účetní
---
Hledáme účetní do naší kanceláře v Brně.

## Náplň práce
- vedení podvojného účetnictví
- zpracování mezd
- komunikace s finančním úřadem

## Požadujeme
- SŠ/VŠ ekonomického zaměření
- praxi v účetnictví min. 3 roky
- znalost programu Pohoda výhodou
"""


def test_a_body_sharing_few_stems_with_any_group_does_not_outweigh_a_weak_title() -> None:
    # Czech has no labels here: the title is coded through the glossary ("účetní": accountant), weakly,
    # and the body shares only two stems with any group ("ekonom", "kancel"): a body that says so
    # little weighs in proportion, not as the likest group's full weight.
    found = jobspec.parse(CZECH_ACCOUNTANT).occupation
    assert found is not None
    assert found.isco_code == "2411"
    assert found.score < 0.5


def _social_media_posting(duties: list[str]) -> str:
    return "---\ntitle: Social Media Specialist\n---\n## Responsibilities\n" + "".join(f"- {d}\n" for d in duties)


def test_the_body_decides_between_occupations_with_the_same_label() -> None:
    community = _social_media_posting(
        [
            "Moderate our online community forums and answer members' questions",
            "Welcome new members and run community events online",
        ]
    )
    advertising = _social_media_posting(
        [
            "Plan paid advertising campaigns on social networks and manage their budget",
            "Set the digital marketing strategy with the marketing director",
        ]
    )
    first, second = jobspec.parse(community).occupation, jobspec.parse(advertising).occupation
    assert first is not None
    assert second is not None
    assert first.matched[0].label == second.matched[0].label == "social media specialist"
    # A specialist is no manager: the title keeps both out of major group 1, and the body of
    # advertising makes the manager of digital marketing the runner-up and the coder less sure.
    assert (first.esco_label, second.esco_label) == ("online community manager", "online community manager")
    assert second.alternatives[0].esco_label == "digital marketing manager"
    assert second.score < first.score
    assert second.alternatives[0].score > next(a.score for a in first.alternatives if a.isco_code == "1221")


# --- user control ----------------------------------------------------------------------------

MUSEUM_CSV = """id,label,group,group_label,aliases,language,description
mus-1,Collections registrar,M1,Collections,Registrar|Object registrar,en,Keeps the records of objects lent and borrowed
mus-2,Exhibition technician,M2,Exhibitions,Art handler|Installer,en,Builds and lights exhibitions and packs artworks
mus-2,Ausstellungstechniker,M2,Exhibitions,Ausstellungstechnikerin,de,Baut Ausstellungen auf und verpackt Kunstwerke
"""

REGISTRAR_POSTING = """---
title: Object Registrar
---
## Duties
- Record every loan and keep the condition reports
"""


def _workshop() -> Classification:
    """Two occupations of two groups; the welding family of tools points to the welder."""
    builder = ClassificationBuilder("workshop")
    welder = builder.add_occupation(OccupationEntry("w", "welder", "W1"))
    joiner = builder.add_occupation(OccupationEntry("j", "joiner", "J1"))
    builder.add_label(welder, "welder", "preferred", "en")
    builder.add_label(joiner, "joiner", "preferred", "en")
    for tool in ("TIG torch", "MIG gun"):
        builder.add_skill_occupation(tool, welder)
    return builder.build(calibration=(0.0, 1.0, 0.0))


@pytest.mark.parametrize(("skills", "weight"), [(["TIG torch"], 0.5), (["TIG torch", "MIG gun"], 1.0)])
def test_one_skill_of_a_family_counts_half(skills: list[str], weight: float) -> None:
    ranked, _ = _workshop().rank("Joiner", skills=skills)
    by_position = {candidate.occupation: candidate for candidate in ranked}
    assert by_position[0].skills == weight
    assert by_position[1].skills == 0.0


def test_a_label_in_another_language_does_not_make_an_english_title_redundant() -> None:
    # The build adds an O*NET title only where no English label has its words.
    builder = ClassificationBuilder("desk")
    clerk = builder.add_occupation(OccupationEntry("c", "clerk", "C1"))
    builder.add_label(clerk, "Customer Success Manager", "alternative", "nl")
    assert builder.has_own_label("Customer success manager")
    assert not builder.has_own_label("Customer success manager", "en")
    builder.add_label(clerk, "Customer Success Manager", "alternative", "en")
    assert builder.has_own_label("Customer success manager", "en")


def test_skills_that_are_no_technology_point_to_no_group() -> None:
    # In O*NET's technology examples these are words of product names, not the skills.
    classification = default_classification()
    assert classification.rank(None, skills=["Teamwork", "Collaboration", "Translation"]) == ([], set())
    ranked, _ = classification.rank(None, skills=["Python"])
    assert {classification.occupations[c.occupation].group[:2] for c in ranked} == {"25"}


def test_a_body_that_shares_only_a_word_or_two_with_the_labels_codes_nothing() -> None:
    # A posting in a language without labels here: "Excel" alone says nothing of the work.
    classification = default_classification()
    texts = ["Havi zárások elkészítése Excel táblákban", "Kapcsolattartás a könyvvizsgálóval"]
    assert classification.code("Pénzügyi munkatárs", language="hu", texts=texts) is None
    english = ["Prepare monthly accounts in Excel", "Reconcile ledgers and invoices", "Work with the auditor"]
    found = classification.code(None, language="en", texts=english * 2)
    assert found is not None


def test_a_classification_of_your_own_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "museum.csv"
    path.write_text(MUSEUM_CSV, encoding="utf-8")
    museum = Classification.from_file(path)
    assert len(museum) == 2
    assert museum.name == "museum"
    posting = jobspec.parse(REGISTRAR_POSTING, options=ParseOptions(occupations=museum))
    assert posting.occupation is not None
    assert (posting.occupation.esco_uri, posting.occupation.isco_code) == ("mus-1", "M1")
    assert posting.occupation.isco_label == "Collections"
    assert posting.occupation.classification == "museum"
    german = museum.code("Ausstellungstechniker (m/w/d)", language="de")
    assert german is not None
    assert german.esco_uri == "mus-2"


def test_occupations_can_be_turned_off() -> None:
    posting = jobspec.parse(MOBILE_NINJA, options=ParseOptions(occupations=False))
    assert posting.occupation is None
    assert jobspec.parse(MOBILE_NINJA).occupation is not None


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("id,label\nx,Registrar\n", "lacks the column(s) group", 1),
        ("id,label,group\nx,Registrar,G1\n,Technician,G2\n", "needs an id, a label and a group", 3),
        ("id,label,group\n", "holds no occupations", None),
    ],
)
def test_a_bad_classification_file_is_a_clear_error(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(JobspecError, match=re.escape(message)) as caught:
        Classification.from_file(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line


def test_a_missing_classification_file_is_a_jobspec_error(tmp_path: Path) -> None:
    with pytest.raises(JobspecError, match="cannot read classification") as caught:
        Classification.from_file(tmp_path / "nope.csv")
    assert caught.value.path == str(tmp_path / "nope.csv")


def test_an_index_round_trips(tmp_path: Path) -> None:
    museum = Classification.from_csv(MUSEUM_CSV, name="museum")
    again = Classification.from_index(json.loads(json.dumps(museum.to_index())))
    assert again.code("Registrar") == museum.code("Registrar")


def test_an_index_of_the_first_format_still_loads() -> None:
    # Format 1 listed each stem's groups as numbers; format 2 writes them as characters.
    museum = Classification.from_csv(MUSEUM_CSV, name="museum")
    index = museum.to_index()
    first = {**index, "format": 1, "postings": {stem: [ord(c) for c in g] for stem, g in index["postings"].items()}}
    again = Classification.from_index(json.loads(json.dumps(first)))
    assert again.to_index() == index
    assert again.code("Registrar", texts=["Catalogue the collection and keep its records."]) == museum.code(
        "Registrar", texts=["Catalogue the collection and keep its records."]
    )


@cache
def _groups_of_stems() -> dict[str, str]:
    return default_classification()._posting_groups()


@cache
def _stems_of_groups() -> list[str]:
    return sorted(_groups_of_stems())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30_000), max_size=120), st.lists(st.sampled_from(["zzzq", "qqqx", "xyzzy"])))
def test_the_bodys_groups_counted_from_packed_integers_are_the_groups_listed_for_its_stems(
    places: list[int], strangers: list[str]
) -> None:
    vocabulary = _stems_of_groups()
    stems = {vocabulary[place % len(vocabulary)] for place in places} | set(strangers)
    shared = sorted(stem for stem in stems if stem in _groups_of_stems())
    listed = [ord(group) for stem in shared for group in _groups_of_stems()[stem]]
    expected = Counter(listed) if len(shared) >= 5 else Counter()
    counts = default_classification()._body_group_counts(stems)
    assert list(counts.items()) == list(expected.items())  # the same counts, first met in the same order


@given(st.integers(0, 100_000))
def test_a_weight_in_thousandths_is_read_as_its_number_once(weight: int) -> None:
    assert _thousandths(str(weight)) == weight / 1000
    assert _thousandths(str(weight)) is _thousandths(str(weight))


def test_code_posting_reads_a_parsed_posting() -> None:
    posting = jobspec.parse(MOBILE_NINJA, options=ParseOptions(occupations=False))
    assert code_posting(default_classification(), posting) == jobspec.parse(MOBILE_NINJA).occupation


def test_a_very_long_title_is_read_only_so_far() -> None:
    title = "Senior Software Engineer " + "and other words " * 20_000
    assert len(title_readings(title)[0].words) < 100
    found = default_classification().code(title + " Nurse")
    assert found is None or found.isco_code == "2512"  # the nurse at the end is past what is read


# --- outputs ---------------------------------------------------------------------------------


def test_json_round_trip_with_an_occupation() -> None:
    posting = jobspec.parse(MOBILE_NINJA)
    assert posting.occupation is not None
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting
    assert "occupation" in JobPosting.model_json_schema()["properties"]


def test_jsonld_has_the_isco_group_as_occupational_category() -> None:
    data = jobspec.parse(MOBILE_NINJA).to_jsonld()
    assert data["occupationalCategory"] == {
        "@type": "CategoryCode",
        "codeValue": "2514",
        "name": "Applications programmers",
        "inCodeSet": {"@type": "CategoryCodeSet", "name": "ISCO-08"},
    }
    assert "occupationalCategory" not in jobspec.parse("# Qwxzv Plorb\n").to_jsonld()


def test_parquet_has_flat_occupation_columns_beside_the_struct(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from jobspec.arrow import FLAT_OCCUPATION_COLUMNS, read_parquet, to_arrow, write_parquet

    postings = [jobspec.parse(MOBILE_NINJA), jobspec.parse(MOBILE_NINJA, options=ParseOptions(occupations=False))]
    table = to_arrow(postings)
    assert table.column("occupation_isco_code").to_pylist() == ["2514", None]
    assert table.column("occupation").to_pylist()[0]["isco_code"] == "2514"
    assert [column for column, _ in FLAT_OCCUPATION_COLUMNS] == table.column_names[-len(FLAT_OCCUPATION_COLUMNS) :]
    path = tmp_path / "postings.parquet"
    write_parquet(postings, path)
    assert read_parquet(path) == postings


def test_the_review_page_shows_the_decision_and_why() -> None:
    from jobspec.review import render_posting

    page = render_posting(jobspec.parse("---\ntitle: Data Scientist\n---\n## You will\n- Build models\n"))
    panel = page.split("<h2>Occupation</h2>", 1)[1].split("<h2>", 1)[0]
    assert 'data-isco="2511"' in panel
    assert "data scientist" in panel
    assert "Why:" in panel
    assert "meet the preferred label “data scientist”" in panel
    assert "Next candidates:" in panel
    assert "ESCO classification of the European Commission" in panel


def test_the_report_counts_postings_per_isco_group() -> None:
    from jobspec.review import render_report

    page = render_report([jobspec.parse(MOBILE_NINJA), jobspec.parse(DATA_HACKER), jobspec.parse(MOBILE_NINJA)])
    assert 'data-chart="Postings per ISCO-08 major group"' in page
    sub_major = page.split('data-chart="Postings per ISCO-08 sub-major group"', 1)[1].split("</table>", 1)[0]
    assert (
        '<th scope="row">25 Information and communications technology professionals</th><td class="num">3</td>'
        in sub_major
    )


def test_group_titles_of_every_level() -> None:
    assert group_titles("2514") == [
        ("2", "Professionals"),
        ("25", "Information and communications technology professionals"),
        ("251", "Software and applications developers and analysts"),
        ("2514", "Applications programmers"),
    ]


# --- evaluation --------------------------------------------------------------------------------

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_eval_scores_occupations_on_the_projects_corpus() -> None:
    from jobspec.evaluate import evaluate

    report = evaluate(CORPUS)
    occupations = report.occupations
    assert len(occupations.rows) == 47
    isco4 = occupations.accuracy("isco4")
    assert isco4 is not None
    assert isco4 >= 0.8, "\n".join(occupations.misses)
    summary = report.summary()
    assert "occupation        47 labelled" in summary
    assert "occupation score >= 0.8:" in summary
    data = report.to_dict()["occupation"]
    assert data is not None
    assert data["labelled"] == 47
    assert [row["score"] for row in data["thresholds"]] == [0.5, 0.6, 0.7, 0.8, 0.9]


def test_eval_reads_occupations_json_beside_gold_json(tmp_path: Path) -> None:
    from jobspec.evaluate import evaluate

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.md").write_text(MOBILE_NINJA, encoding="utf-8")
    (tmp_path / "docs" / "two.md").write_text(DATA_HACKER, encoding="utf-8")
    gold: list[dict[str, object]] = [
        {"id": name, "repo": name, "responsibilities": [], "qualifications": []} for name in ("one", "two")
    ]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    labels = {
        # the alternative is mobile application developer, of group 2514
        "one": {
            "isco": "2512",
            "alternatives": ["http://data.europa.eu/esco/occupation/2ed56c3f-61d6-4f7e-9ef8-8849eb102e4c"],
        },
        "two": {"isco": "2511"},
    }
    (tmp_path / "occupations.json").write_text(json.dumps(labels), encoding="utf-8")
    rows = evaluate(tmp_path).occupations.rows
    assert [(row["name"], row["coded"], row["isco4_exact"], row["isco4"]) for row in rows] == [
        ("one", "2514", False, True),
        ("two", "2511", True, True),
    ]


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jobspec", *args], capture_output=True, text=True, check=False)


def test_the_commands_code_to_a_csv_of_your_own_or_not_at_all(tmp_path: Path) -> None:
    posting, classification = tmp_path / "registrar.md", tmp_path / "museum.csv"
    posting.write_text(REGISTRAR_POSTING, encoding="utf-8")
    classification.write_text(MUSEUM_CSV, encoding="utf-8")
    own = _command("parse", "--quiet", "--occupations", str(classification), str(posting))
    assert own.returncode == 0, own.stderr
    assert json.loads(own.stdout)["occupation"]["classification"] == "museum"
    off = _command("parse", "--quiet", "--occupations", "off", str(posting))
    assert json.loads(off.stdout)["occupation"] is None
    missing = _command("parse", "--occupations", str(tmp_path / "nowhere.csv"), str(posting))
    assert missing.returncode == 1
    assert f"{tmp_path / 'nowhere.csv'}: cannot read classification" in missing.stderr
    page = tmp_path / "page.html"
    shown = _command("show", "--occupations", "off", "-o", str(page), str(posting))
    assert shown.returncode == 0, shown.stderr
    assert "<h2>Occupation</h2>" not in page.read_text(encoding="utf-8")

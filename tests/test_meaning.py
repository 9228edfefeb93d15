"""Stage 7: what each unit is, decided from its words and where it stands, in many languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jobspec import ParseOptions, Vocabulary, cues, parse
from jobspec.items import ItemKind, Unit
from jobspec.meaning import (
    _READER_DUTY_ALTERNATIVES,
    _READER_PRONOUNS,
    CLASSES,
    LEXICON,
    MAX_JUDGED_UNITS,
    SIGNALS,
    ItemModel,
    Judgement,
    UnitFeatures,
    _asks_a_duty_of_the_reader,
    _asks_of_a_person,
    _best_two,
    _cue_gate_for,
    _cued_kind,
    _cues_of_texts,
    _goes_on_of_the_hire,
    _group_of,
    _lead_in_features,
    _leave_out_how_to_apply,
    _leave_out_questions_read_as_duties,
    _leave_out_the_teams_technologies,
    _leave_out_uncued_prose_read_as_duties_by_heading,
    _leave_out_what_need_not_be_had,
    _lists_where,
    _margin,
    _may_address_the_reader,
    _read_duties_led_in_under_requirements,
    _read_duty_cued_sentences_beside_duties,
    _read_duty_lists_before_named_requirements,
    _read_duty_lists_by_place,
    _read_duty_lists_under_offers,
    _read_duty_lists_under_requirements,
    _read_people_sought_to_do_the_work,
    _read_requirement_entries_under_unnamed_headings,
    _read_requirements_led_in,
    _read_unread_entries_by_their_list,
    _remembered_cues,
    _said_of_the_hire,
    _said_of_the_job,
    _speaks_of_the_employer,
    _take_cued_items,
    _take_cued_sentences_beside_their_kind,
    _take_likeliest_duties,
    _take_people_sought,
    _take_sole_sentences,
    _title_job,
    _unit_sums,
    _without_false_pronouns,
    all_features,
    content_features,
    cue_features,
    cues_of_units,
    default_item_model,
    distinct_words,
    governing_cue,
    lead_in_features,
    lead_in_kind,
    lexicon_classes,
    title_section,
    words_of,
)
from jobspec.models import SectionKind
from jobspec.pipeline import read_structure
from jobspec.text import CaselessPattern
from jobspec.vocabulary import _TEAMS_TECHNOLOGIES, DEFAULT_VOCABULARY, names_the_teams_technologies
from pieces import joined_pieces


def kinds(body: str) -> tuple[list[str], list[tuple[str, bool]]]:
    posting = parse(body)
    return [r.text for r in posting.responsibilities], [(q.text, q.required) for q in posting.qualifications]


@pytest.mark.parametrize(
    ("duties", "requirements", "nice"),
    [
        ("Arbetsuppgifter", "Vi söker dig som har", "Meriterande"),
        ("Co będziesz robić?", "Czego oczekujemy?", "Mile widziane"),
        ("業務内容", "応募資格（必須）", "歓迎スキル"),
        ("O que você vai fazer", "Requisitos", "Desejáveis"),
        ("Cosa farai", "Requisiti", "Costituisce titolo preferenziale"),
        ("Deine Aufgaben", "Das bringst du mit", "Wünschenswert"),
        ("Vos missions", "Compétences requises", "Compétences souhaitées"),  # the adjective agrees
        ("Vos missions", "Profil recherché", "Connaissances appréciées"),
        ("Arbeidsoppgaver", "Kvalifikasjoner", "Ønskelige kvalifikasjoner"),
        ("المهام والمسؤوليات", "المؤهلات المطلوبة", "يفضل"),
        ("תחומי אחריות", "דרישות", "יתרון"),
        ("Görevler", "Beklentilerimiz", "Tercih sebebi"),
        ("Kewajiban", "Kriteria", "Nilai tambah"),
    ],
)
def test_headings_in_many_languages_decide_their_lists(duties: str, requirements: str, nice: str) -> None:
    body = f"## {duties}\n\n- Plan A\n- Plan B\n\n## {requirements}\n\n- Skill C\n- Skill D\n\n## {nice}\n\n- Skill E\n"
    found_duties, found_requirements = kinds(body)
    assert found_duties == ["Plan A", "Plan B"]
    assert found_requirements == [("Skill C", True), ("Skill D", True), ("Skill E", False)]


def test_bracketed_japanese_headings_with_katakana_dot_bullets_in_one_paragraph() -> None:
    body = (
        "【業務内容】\n・サーバーの構築\n・障害対応\n\n"
        "【必須スキル】\n・Linuxの運用経験\n\n"
        "【歓迎スキル】\n・AWSの利用経験\n"
    )
    duties, requirements = kinds(body)
    assert duties == ["サーバーの構築", "障害対応"]
    assert requirements == [("Linuxの運用経験", True), ("AWSの利用経験", False)]


def test_japanese_headings_marked_with_a_square_over_katakana_dot_bullets_in_one_paragraph() -> None:
    body = "■業務内容\n・サーバーの構築\n・障害対応\n\n■必須スキル\n・Linuxの運用経験\n"
    duties, requirements = kinds(body)
    assert duties == ["サーバーの構築", "障害対応"]
    assert requirements == [("Linuxの運用経験", True)]


def test_a_chinese_preference_alone_under_its_heading_stays_an_item() -> None:
    body = "## 岗位职责\n\n- 负责后端开发\n- 参与代码评审\n\n## 加分项\n\n- 有分布式系统经验者优先\n"
    duties, requirements = kinds(body)
    assert duties == ["负责后端开发", "参与代码评审"]
    assert requirements == [("有分布式系统经验者优先", False)]


def test_a_list_of_duties_under_a_heading_that_says_otherwise_is_read_as_duties() -> None:
    body = (
        "## What we expect\n\n"
        "- You will design the data model of our new billing service\n"
        "- You will review the pull requests of two junior developers\n"
        "- You will plan the migration of the old invoices with the finance team\n"
        "- You will be on call one week in six\n"
    )
    duties, requirements = kinds(body)
    assert len(duties) == 4
    assert requirements == []


def test_a_requirement_among_duties_is_a_requirement() -> None:
    body = "## Your tasks\n- Plan the rota\n- Order stock\n- At least two years of experience in retail\n"
    duties, requirements = kinds(body)
    assert duties == ["Plan the rota", "Order stock"]
    assert requirements == [("At least two years of experience in retail", True)]


@pytest.mark.parametrize(
    "requirement",
    ["Strong knowledge of SQL", "Bonne maîtrise de SQL", "Sehr gute Deutschkenntnisse", "Goede kennis van Excel"],
)
def test_a_graded_requirement_among_duties_is_a_requirement(requirement: str) -> None:
    duties, requirements = kinds(f"## Your tasks\n- Plan the rota\n- Order stock\n- {requirement}\n")
    assert duties == ["Plan the rota", "Order stock"]
    assert requirements == [(requirement, True)]


@pytest.mark.parametrize("duty", ["Strong focus on the rota", "Excellent service to every guest", "Good stock control"])
def test_a_graded_duty_without_a_requirement_noun_stays_a_duty(duty: str) -> None:
    duties, _ = kinds(f"## Your tasks\n- Plan the rota\n- Order stock\n- {duty}\n")
    assert duty in duties


@pytest.mark.parametrize("compound", ["Test-driven development", "Design-led thinking", "Work-life balance"])
def test_a_duty_verb_that_starts_a_compound_opens_no_duty(compound: str) -> None:
    assert cues.DUTY_VERB_START.match(compound) is None
    assert cues.DUTY_VERB_START.match(compound.replace("-", " ", 1)) is not None  # the verb alone still does


def test_what_to_send_is_neither_a_duty_nor_a_requirement() -> None:
    body = (
        "## Requirements\n\n- Two years of retail experience\n- Application documents:\n"
        "  - CV (required)\n  - Cover letter (preferred)\n"
    )
    duties, requirements = kinds(body)
    assert duties == []
    assert requirements == [("Two years of retail experience", True)]


def test_a_lead_in_that_names_a_requirement_after_an_application_word_still_introduces_requirements() -> None:
    _, requirements = kinds("## About you\n\nInterested? You should have:\n\n- Two years of retail experience\n")
    assert requirements == [("Two years of retail experience", True)]


def test_company_blurb_and_benefits_are_not_items() -> None:
    body = (
        "## About us\n\nWe were founded in 1998 and sell bicycles in four towns.\n\n"
        "## Benefits\n\n- 30 days of holiday\n- A bike of your own\n\n"
        "## How to apply\n\nSend your CV to jobs@example.org.\n"
    )
    posting = parse(body)
    assert (posting.responsibilities, posting.qualifications) == ([], [])
    assert [b.text for b in posting.benefits] == ["30 days of holiday", "A bike of your own"]


def test_every_item_says_what_decided_it() -> None:
    posting = parse("## Requirements\n- Three years of SQL\n\n## About the job\n\nYou will run the warehouse.\n")
    assert {item.signal for item in [*posting.responsibilities, *posting.qualifications]} <= {
        "heading",
        "lead-in",
        "words",
        "layout",
        "list",
    }
    assert all(item.signal is not None for item in [*posting.responsibilities, *posting.qualifications])


def test_a_language_the_model_does_not_know_still_gives_its_lists() -> None:
    body = "## Helstu verkefni\n\n- Skrifa kóða\n- Prófa kóða\n\n## Hæfniskröfur\n\n- Þekking á Python\n"  # Icelandic
    posting = parse(body)
    items = [*posting.responsibilities, *posting.qualifications]
    assert sorted(item.text for item in items) == ["Prófa kóða", "Skrifa kóða", "Þekking á Python"]
    assert {item.signal for item in items} == {"layout"}
    assert len({type(item) for item in posting.responsibilities}) <= 1


def test_lists_under_company_and_benefit_headings_stay_out_even_then() -> None:
    posting = parse("## Über uns\n\n- Wir bauen Fahrräder\n\n## Wir bieten\n\n- 30 Urlaubstage\n")
    assert (posting.responsibilities, posting.qualifications) == ([], [])


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("The Paralegal will:", "responsibilities"),  # the job named, then what its holder will do
        ("In this role you'll:", "responsibilities"),
        ("You will be responsible for:", "responsibilities"),
        ("The successful applicant must have:", "qualifications"),
        ("To succeed you'll need:", "qualifications"),
        ("To be successful in this role, you will need:", "qualifications"),  # not "in this role you will"
        ("You'll get:", "benefits"),
        ("You'll get to:", "responsibilities"),
        ("Wij vragen:", "qualifications"),  # Dutch: we ask
        ("Candidates should ideally have:", "preferred_qualifications"),  # "ideally" is a preferred cue
        ("We will:", None),  # what the employer does
        ("Our team will be:", None),
        ("The office is in Leeds:", None),
    ],
)
def test_a_lead_in_names_a_kind_by_its_last_words(lead_in: str, kind: str | None) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) == kind


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("You will take part in the many tasks done across our company:", "responsibilities"),
        ("Le salarié participera aux différentes missions menées au sein de l'entreprise :", "responsibilities"),
        ("Our company is proud to offer these benefits:", "benefits"),
        ("About our company and the team you would join:", None),  # no listing kind named
    ],
)
def test_a_lead_in_naming_one_listing_kind_among_other_words_introduces_that_kind(
    lead_in: str, kind: str | None
) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) == kind


@pytest.mark.parametrize(
    ("lead_in", "kind"),
    [
        ("Au sein de l'équipe produit (6 personnes), tu participeras à :", "responsibilities"),
        ("Mit deinem Know-how sorgst du für sichere Services, die unser Produkt tragen:", "responsibilities"),
        ("Dans notre atelier de Lyon, vous avez :", "qualifications"),  # what the reader has
        ("Dans notre atelier de Lyon, nous avons :", None),
    ],
)
def test_a_lead_in_stating_the_readers_duty_or_trait_in_a_sentence_introduces_that_kind(
    lead_in: str, kind: str | None
) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) == kind


def test_items_after_a_lead_in_naming_the_job_and_will_are_duties() -> None:
    body = (
        "# Paralegal\n\nThe Paralegal will:\n\n"
        "(a) draft court documents;\n(b) keep case files; and\n(c) call clients.\n"
    )
    duties, _ = kinds(body)
    assert duties == ["draft court documents;", "keep case files; and", "call clients."]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Conditions of Employment", "qualifications"),  # what the hire must meet, unless it says what is offered
        ("PhD Candidate: Models of Tidal Flats", None),  # the post, not "Candidate"
        ("Doctoral candidate in soil physics", None),
        ("Physical demands", "qualifications"),
        ("Licenses and certifications", "qualifications"),
        ("What will you be doing?", "responsibilities"),
        ("How you will be evaluated", "application"),
        ("Working conditions", "benefits"),
    ],
)
def test_more_english_headings(heading: str, kind: str | None) -> None:
    assert DEFAULT_VOCABULARY.heading_kind(heading) == kind


def test_conditions_of_employment_that_say_what_is_offered_are_the_offer_and_the_others_requirements() -> None:
    offered = (
        "# PhD Candidate: Models of Tidal Flats\n\n## Job description\n\nYou will build models of tidal flats.\n\n"
        "## Conditions of employment\n\nDoctoral candidates are offered a four-year contract. "
        "In addition, you receive a holiday allowance of 8%.\n"
    )
    posting = parse(offered)
    assert posting.title == "PhD Candidate: Models of Tidal Flats"
    assert [q.text for q in posting.qualifications] == []
    asked = (
        "## Duties\n\n- Maintain the agency's web forms\n\n## Conditions of Employment\n\n"
        "- Must be a U.S. citizen\n- Must pass a background investigation\n"
    )
    assert [q.text for q in parse(asked).qualifications] == [
        "Must be a U.S. citizen",
        "Must pass a background investigation",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "## Person specification\n\nYou'll need to show evidence of:\n\n- designing services based on user research\n"
        "- using HTML and CSS to build prototypes\n- explaining design choices to senior stakeholders\n",
        "## Personal attributes\n\n1. Communicates trade-offs plainly to colleagues.\n"
        "2. Shares knowledge generously.\n3. Demonstrates integrity in all dealings.\n",
    ],
)
def test_entries_opening_on_verbs_stay_requirements_under_a_lead_in_or_heading_that_says_so(body: str) -> None:
    posting = parse(body)
    assert posting.responsibilities == []
    assert len(posting.qualifications) == 3


def test_what_the_reader_will_do_listed_among_requirements_is_a_duty_but_not_how_they_work() -> None:
    body = (
        "## What we ask\n\n- Three years of running Linux servers\n- Calm under pressure\n"
        "- You will also give a short talk at one of our meetups each year\n- You write things down\n"
    )
    posting = parse(body)
    assert [r.text for r in posting.responsibilities] == [
        "You will also give a short talk at one of our meetups each year"
    ]
    assert "You write things down" in [q.text for q in posting.qualifications]


def test_the_role_or_the_postholder_as_the_subject_of_a_duty_is_the_hire() -> None:
    body = (
        "---\ntitle: Inventory Supervisor\n---\n\n## About the role\n\nOur warehouse in Adelaide ships 4,000 orders "
        "a day. The role oversees a team of four stock controllers and works with customer service on stock "
        "holds. The postholder also prepares the monthly stock report.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "The postholder also prepares the monthly stock report." in duties
    assert duties[0].startswith("The role oversees a team of four stock controllers")
    assert not any(duty.startswith("Our warehouse") for duty in duties)


@pytest.mark.parametrize(
    "offered",
    [
        "Você será recebido e treinado pela equipe atual e terá contato com todas as áreas.",
        "Você terá à sua disposição as ferramentas de que precisa para estimar prazos.",
        "Você vai fazer parte da squad de Pagamentos, com PM, designer e três devs.",
        "Vous serez accompagné par une tutrice pendant vos trois premiers mois.",
        "You'll be onboarded by a buddy from the support team.",
        "You'll receive training and guidance in writing and presenting.",
        "To support this work, you will have access to a GPU cluster.",
        "Au sein de la DSI, vous serez entouré de 15 développeurs.",
        "Use your laptop of choice: Linux, macOS or Windows.",
        "Die Einschulung erfolgt durch eine erfahrene Kollegin.",
    ],
)
def test_what_is_done_for_the_reader_or_whom_they_join_is_no_duty(offered: str) -> None:
    body = (
        f"## Sobre a posição\n\n- Você irá entender a ideia do cliente.\n- {offered}\n"
        "- Você manterá o cliente informado.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert offered not in duties
    assert "Você manterá o cliente informado." in duties


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Stor vikt läggs vid personlig lämplighet.", False),  # how the employer chooses
        ("Personlig egnethet vil bli vektlagt.", False),
        ("Stor vikt läggs vid personlig lämplighet, till exempel förmåga att arbeta självständigt.", True),
    ],
)
def test_the_selection_by_personal_suitability_said_alone_is_no_requirement(sentence: str, asked: bool) -> None:
    body = f"## Kvalifikationer\n\nDu har undersköterskeexamen och B-körkort. {sentence}\n"
    requirements = [q.text for q in parse(body).qualifications]
    assert (sentence in requirements) is asked
    assert "Du har undersköterskeexamen och B-körkort." in requirements


def test_a_thesis_named_in_the_title_is_no_hire() -> None:
    body = (
        '---\ntitle: "Offre de thèse : apprentissage frugal"\n---\n\n## Le sujet\n\n'
        "Cette thèse s'inscrit dans le projet FRUGAL, qui associe trois laboratoires. "
        "Vous développerez de nouvelles méthodes d'apprentissage.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert duties == ["Vous développerez de nouvelles méthodes d'apprentissage."]


def test_a_check_the_employer_makes_is_no_requirement_but_one_the_hire_must_join_is() -> None:
    body = (
        "## Requirements\n\nYou hold a recognised teaching qualification. "
        "Police vetting will be completed for the successful applicant. "
        "The successful applicant will need to join the PVG Scheme.\n"
    )
    requirements = [q.text for q in parse(body).qualifications]
    assert "Police vetting will be completed for the successful applicant." not in requirements
    assert "The successful applicant will need to join the PVG Scheme." in requirements


@pytest.mark.parametrize(
    "reports",
    [
        "This position reports to the Associate Director of Research Computing.",
        "You'll report to the Executive Director and work closely with the steering committee.",
        "Vas a reportar al gerente técnico.",
    ],
)
def test_whom_the_hire_reports_to_is_no_duty(reports: str) -> None:
    body = f"## The role\n\nYou will run our training programme and mentor new instructors. {reports}\n"
    duties = [r.text for r in parse(body).responsibilities]
    assert reports not in duties
    assert "You will run our training programme and mentor new instructors." in duties


def test_room_to_do_something_if_one_wishes_is_no_duty() -> None:
    body = (
        "## What the job involves\n\nYou will run the lab's sequencing queue and order its reagents. "
        "There's room to develop your own project and to present at conferences if you want to.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert duties == ["You will run the lab's sequencing queue and order its reagents."]


def test_who_supervises_the_hire_is_no_duty() -> None:
    body = (
        "## The project\n\nYou will model sediment transport in estuaries. "
        "You will be supervised by Dr. Ana Ruiz and Prof. Li Wei. You will publish your results in journals.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "You will be supervised by Dr. Ana Ruiz and Prof. Li Wei." not in duties
    assert "You will publish your results in journals." in duties


@pytest.mark.parametrize(
    "heading", ["Herken jij jezelf hierin?", "Erkennst du dich wieder?", "Est-ce vous ?", "¿Eres tú?", "Czy to Ty?"]
)
def test_is_this_you_in_other_languages_heads_the_requirements(heading: str) -> None:
    body = f"## {heading}\n\n- Heb jij een rijbewijs?\n- Spreek je Engels?\n"
    assert [text for text, _ in kinds(body)[1]] == ["Heb jij een rijbewijs?", "Spreek je Engels?"]


@pytest.mark.parametrize("heading", ["نقدم لك", "מה אנחנו מציעים", "Vi tilbyr"])
def test_a_benefit_heading_in_more_languages_keeps_its_list_out_of_the_requirements(heading: str) -> None:
    posting = parse(f"## Requirements\n\n- SQL\n\n## {heading}\n\n- Pension\n- Health insurance\n")
    assert [q.text for q in posting.qualifications] == ["SQL"]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("BA in economics or a related field", True),
        ("MS Office at an advanced level", True),
        ("BS or MS in computer science", True),
        ("Backend: PHP and REST APIs", False),
        ("Bash scripts for the nightly jobs", False),
        ("Balance the monthly accounts", False),
    ],
)
def test_a_degree_abbreviation_opens_a_requirement_only_as_a_word_of_its_own(text: str, cued: bool) -> None:
    assert ("c:qual-start" in cue_features(text, DEFAULT_VOCABULARY)) is cued


def test_prose_whose_cues_agree_with_its_heading_is_read_as_items() -> None:
    # A sentence opening on a duty verb under a duties heading, one describing the reader under a
    # requirements heading: the model alone reads prose as an introduction more often than not.
    duties, _ = kinds("## Your duties\n\nYou will plan the weekly rota. Greet guests at the door.\n")
    assert duties == ["You will plan the weekly rota.", "Greet guests at the door."]
    _, requirements = kinds(
        "## Kogo szukamy?\n\nMasz co najmniej trzy lata doświadczenia w biurze rachunkowym. Znasz program Optima.\n"
    )
    assert [text for text, _ in requirements][-1] == "Znasz program Optima."


def test_a_list_of_duties_under_a_heading_that_names_nothing_is_a_list_of_duties() -> None:
    posting = parse(
        "### \u2615 Behind the bar\n\n- Prepare espresso drinks to our recipes\n- Keep the bar clean during service\n"
        "- Take orders at the till\n\n## Requirements\n\n- A year behind a busy bar\n"
    )
    assert [r.text for r in posting.responsibilities] == [
        "Prepare espresso drinks to our recipes",
        "Keep the bar clean during service",
        "Take orders at the till",
    ]
    signals = [r.signal for r in posting.responsibilities]
    assert "list" in signals  # the entries the model alone misses follow their list
    assert set(signals) <= {"list", "words"}


def test_a_cue_of_one_kind_under_a_heading_of_the_other_is_left_to_the_model() -> None:
    posting = parse("## About us\n\nWe build wind farms.\n\n## Requirements\n\nThe team meets on Mondays.\n")
    assert (posting.responsibilities, posting.qualifications) == ([], [])


@pytest.mark.parametrize(
    ("item", "optional"),
    [
        ("Znajomość Dockera mile widziana", True),
        ("Erfarenhet av Go är meriterande", True),
        ("Kubernetes の経験歓迎", True),
        ("Conhecimento de Docker é um diferencial", True),
        ("Valoriza-se experiência em urgência.", True),  # "is valued"
        ("Valoramos experiencia previa en transporte.", True),  # "we value experience"
        ("Valorizamos a diversidade.", False),  # what the employer values: no requirement's cue
        ("Experience with Docker – a plus", True),  # a dash tags the whole item
        ("ניסיון עם Docker – יתרון", True),
        ("يفضل وجود خبرة في Docker", True),
        ("Experience with SQL, Postgres preferred", False),
        ("Three years of Python", False),
        ("Genetics, immunology, or neurology is desired but not required.", True),  # the cue's verb: the whole item
        ("Experience with React, Vue or Svelte is a plus", True),
        ("Spanish-language skills are a plus for this position.", True),
        ("B.S. or higher in biology or a related degree preferred", True),  # abbreviations end no clause
        ("Experience with Python required, Django is a plus", False),  # required in a clause of its own
        ("Good German, Dutch is a plus", False),  # the comma parts two clauses: no list joined by "or"
        ("If you have worked at a startup, that's a big plus.", True),  # a pronoun takes up all before it
        ("Si tu connais Vue, c'est un plus.", True),
        ("Python required, that is a plus", False),  # the words before require something of their own
        ("Strong SQL. Experience with dbt is a plus.", False),  # another sentence before the cue
        ("Expertise in R or Java is recommended.", True),
        ("Knowledge of SQL would be helpful", True),
        ("Im besten Fall kennst du Docker.", True),
        ("Det är meriterande om du har arbetat med Visma.", True),  # a condition after the cue: still the predicate
        ("It is a plus if you have driven a forklift.", True),
        ("It is desirable that you have driven a forklift.", True),  # what is wished, in a clause of its own
        ("Det er ønskelig at du har erfaring med digitale læremidler.", True),
        ("Het is een pré dat je ervaring hebt met SAP.", True),
        ("Python preferred at a senior level", False),  # "at" is no Danish "that" here
        ("Bra om du har jobbat med Figma.", True),
        ("Python required; Django is a plus if you know it.", False),
        ("Knowledge of Vue.js (a plus)", True),  # a period inside a word ends no clause
        ("Erfahrung mit Node.js von Vorteil", True),
        ("A full driving licence, ideally", True),  # the cue alone after a comma: the whole item
        ("Python required, ideally", False),
        ("A degree, preferably in chemistry", False),  # a preference about one detail
        ("Python-Kenntnisse erwünscht", True),
        ("Gärna erfarenhet av Excel", True),
        ("Experiência em geriatria (preferencial)", True),
        ("Conhecimentos de SAP são uma mais-valia", True),
        ("Ervaring met Excel strekt tot aanbeveling", True),
        ("Experiență în vânzări de preferat", True),
        ("Excel bilgisi artı puandır", True),
        ("Γνώση Excel θα θεωρηθεί επιπλέον προσόν", True),
        ("Excel 경험 있으면 좋음", True),
        ("Excelの経験（歓迎）", True),  # full-width parentheses
        ("介護福祉士の資格をお持ちの方は優遇します", True),  # the cue with its polite verb ending
        ("有SaaS行业客户资源者优先。", True),  # Chinese punctuation closes the item
        ("本科及以上学历，市场营销相关专业优先；", False),  # the full-width comma parts a clause: one detail
        ("Python (a plus);", True),
        ("A certification such as GCIH, Security+ or CySA+ (desirable)", True),  # a list's commas part no clause
        ("Good German, Dutch (a plus)", False),  # two clauses: the cue is of the second
        ("Vene keele oskus on eeliseks", True),  # Estonian
        ("SQL के अनुभव होने पर प्राथमिकता", True),  # Hindi
        ("มีประสบการณ์จะพิจารณาเป็นพิเศษ", True),  # Thai
        ("Znanje njemačkog je prednost", True),  # Croatian
        ("Costituirà titolo preferenziale la conoscenza di SAP.", True),  # the cue opens the item with its verb
        ("Kafka experience (good-to-have)", True),  # hyphenated
        ("Spark is a nice-to-have", True),
        ("Det er ønskelig med erfaring fra Visma", True),  # "med" carries the cue to its object
        ("Det er en fordel med førerkort klasse B", True),
        ("Ervaring met Airflow is gewenst", True),
        ("Kennis van SAP is een troef", True),  # Belgian Dutch
        ("Sarà valutata positivamente la certificazione CLIL", True),
        ("Η γνώση γαλλικών θα εκτιμηθεί ιδιαίτερα", True),  # an intensifier after the cue
        ("熟悉SAP者佳", True),  # Taiwan's "… is better"
        ("SAP 사용 경험자 가산점", True),
        ("Lebih disukai yang berpengalaman", True),
        ("Experience with Fred Dispense would be highly regarded", True),
        ("Knowledge of the area is not essential but helps", True),
        ("Ideal: experience with Unreal", True),  # a label that names the item optional
        ("Should have: a forklift licence", True),
        ("[Nice] Experience with Kafka", True),
        ("Note: you must hold a licence", False),  # a label that names nothing optional
        ("Python: 3 years", False),
        ("Theatre, improv or teaching experience would be a great bonus.", True),  # the copula before the cue
        ("Certification such as CIPP/A, CIPM or DCPP will be preferred.", True),
        ("Knowledge of TeX would help a lot but isn't required.", True),
        ("Latte art skills would be nice to have, but we will train you.", True),  # a cue inside a longer one
        ("Laboratory experience would be useful but full training is given", True),  # a clause after "but"
        ("Wenn du dich mit KNX auskennst, ist das ein Plus.", True),  # the verb first after "if"
        ("Det er en klar fordel, hvis du har arbejdet med gamle huse.", True),
        ("Ervaring met Excel is fijn, maar geen must.", True),
        ("Experience with Xero is a bonus because we use it daily", True),  # a clause after "because"
        ("Knowledge of SAP is highly valued", True),
        ("Preference may be given to applicants who hold a forklift licence.", True),
        ("Earlier work on open-source parsers would count in your favour.", True),
        ("Será considerado um diferencial o curso de primeiros socorros.", True),  # the cue opens the sentence
        ("Knowledge of payroll, or of pensions in particular, would be an advantage.", True),  # an aside
        ("Experience of catering, especially events, is a plus.", True),
        ("Good Welsh, Irish is a plus.", False),  # the comma parts two clauses, no aside
        ("También se valorarán conocimientos de Lean.", True),  # "also" before the cue that opens the item
        ("Inoltre è gradita la conoscenza del tedesco.", True),
        ("Será valorable la experiencia en residencias.", True),
        ("Serão também valorizados conhecimentos de primeiros socorros.", True),
        ("Erfahrung mit KNX wäre super", True),
        ("Erfaring med prosjektledelse vil bli tillagt vekt.", True),
        ("Vi ser gärna att du har erfarenhet av Excel.", True),
        ("A forklift licence would be a real advantage.", True),
        ("Some Welsh is also welcomed.", True),
        ("Je spreekt ook een beetje Frans? Mooi meegenomen!", True),  # the cue a sentence of its own
        ("Du gillar att lära dig nytt och delar gärna med dig av det.", False),  # "gärna": gladly, beside doing
        ("Du deler gerne din viden med kollegerne.", False),
        ("Level 2 maths would help, but it's not essential.", True),  # "it" takes up what goes before
        ("Asimismo, se tendrá en cuenta el certificado de discapacidad.", True),
        ("Zkušenost z prodeje není podmínkou, ale přivítáme ji.", True),  # "is no condition"
        ("Tener vehículo propio será un punto a favor.", True),
        ("Spreek je ook Arabisch, dan is dat een groot voordeel.", True),  # "then that is" takes it all up
        ("Wenn du Musikpädagogik studiert hast, freuen wir uns besonders.", True),
        ("Un diploma HACCP è gradito ma non indispensabile.", True),  # a clause after "but", in Italian
        ("El carné de manipulador es deseable, pero no imprescindible.", True),
        ("Sarà considerata un plus la patente C.", True),  # the cue opens the sentence after its verb
        ("Uprawnienia kat. C będą atutem.", True),
        ("Hvis du kender Navision, er det et plus.", True),  # "then it is" takes up the condition
        ("Erfaring med Magento er en stor fordel", True),
        ("També es valoraran positivament els idiomes.", True),
        ("Une expérience en cuisine, même courte, serait appréciée.", True),
        ("Sarà apprezzata la conoscenza del francese.", True),
        ("Wenn Sie Berndeutsch verstehen, umso besser.", True),
        ("Si has trabajado con Opera, será un punto a tu favor.", True),
        ("Ervaring in de ouderenzorg is een meerwaarde.", True),  # Flemish
        ("Jeśli masz uprawnienia UDT, to dodatkowy atut.", True),  # "to" takes up the condition
        ("Pokud umíte programovat, bude to velké plus.", True),
        ("Vítaná je aj skúška NBS.", True),
        ("That said, being able to use GitHub would help.", True),  # an aside opens the item
        ("Applicants with retail experience will be given priority.", True),
        ("Knowing native plants helps a lot, but we'll train you.", True),
        ("If you've written for radio, that's a big advantage.", True),
        ("Si has trabajado con arroces, lo valoraremos mucho.", True),
        ("Blood bank training will be considered an advantage.", True),
        ("Jos sinulla on kokemusta React Nativesta, se on eduksi.", True),  # "se" (it) takes up the condition
        ("Le CACES R489 serait un avantage", True),
        ("Le CAPA constituerait un atout supplémentaire.", True),
        ("Kennis van de energiesector hoeft niet, maar helpt wel.", True),
        ("Een pluspunt is als je de modules hebt afgerond.", True),
        ("Constitui fator preferencial a formação em Geriatria.", True),
        ("Cunoștințele de limba engleză sunt binevenite.", True),  # the period of an abbreviation ends no clause
        ("O conhecimento de inglês constitui uma vantagem.", True),
        ("gjerne har fagbrev som tømrer", True),  # a list entry after "… at du:"
        ("Prawo jazdy kat. B, język niemiecki będzie atutem.", False),  # the comma parts two clauses
        ("Kunskap i flera system, till exempel Procapita, är också meriterande.", True),  # an example between commas
        ("Cunoașterea limbii germane reprezintă un avantaj suplimentar.", True),  # a word adding to the cue
        ("Körkort krävs, erfarenhet av äldreomsorg är meriterande.", False),
        ("Erfaring fra hjemmetjenesten vil bli vektlagt.", True),  # Norwegian: will be given weight
        ("Toivomme, että sinulla on kokemusta varhaiskasvatuksesta.", True),  # Finnish: we hope that you have
    ],
)
def test_a_preferred_cue_in_many_languages(item: str, optional: bool) -> None:
    assert governing_cue(item, DEFAULT_VOCABULARY) is optional


def test_words_of_scripts_without_spaces_are_pairs_of_characters() -> None:
    assert words_of("Python の経験") == ["python", "の経", "経験"]
    assert words_of("Deep learning, 3 years") == ["deep", "learning", "years"]


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_the_words_of_ascii_text_are_what_the_word_pattern_finds(text: str) -> None:
    assert words_of(text) == re.findall(r"[^\W\d_]+", text.lower())


def test_the_shipped_model_is_read_once_and_names_its_classes() -> None:
    model = default_item_model()
    assert model is default_item_model()
    assert model.weights
    assert model.text_weights
    assert set(model.to_dict()) >= {"classes", "weights", "text_weights", "list_pull"}


def test_a_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = ItemModel(weights={"bias": (0.1, -0.2, 0.1), "w:plan": (1.5, -1.0, -0.5)}, list_pull=0.4)
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    assert ItemModel.from_file(path) == model
    posting = parse("## Whatever\n- Plan the rota\n", options=ParseOptions(item_model=model))
    assert [r.text for r in posting.responsibilities] == ["Plan the rota"]


def test_a_model_for_other_classes_is_refused() -> None:
    with pytest.raises(ValueError, match="classes"):
        ItemModel.from_dict({"classes": ["a", "b"], "weights": {}})
    with pytest.raises(ValueError, match="weights"):
        ItemModel.from_dict({"classes": list(CLASSES), "weights": []})


_READER_PIECES = (
    ["vous", "Vous", "tu", "Tu", "Tú", "je", "Jij", "du", "Du", "Sie", "sie", "ti", "te", "si", "se", "você",
     "Usted", "La", "il", "El", "o", "a", "A", "visiterai", "Hablarás", "and", "x", "l'", "3", ",", "Vai", "irá",
     "Também", "Além", "disso", "Terrai", "Manterrai", "También", "Inoltre", "colaborarás", "Predisporrai",
     "Harás", "Disporrai", "condurrai", "Propondrás", "Budeš", "Podílíš", "Vas", "yönetecek", "edecektir.",
     "Gestionaràs", "תפתחו", "תקבלו", "سيتولى", "مسؤولاً", "عن"]
)  # fmt: skip


@given(joined_pieces(_READER_PIECES, [" ", ", ", "  "]))
def test_the_cheap_look_for_the_reader_finds_whatever_the_reader_pattern_finds(text: str) -> None:
    if cues.OTHER_LANGUAGE_READER.search(text):
        assert _may_address_the_reader(words_of(text))


_CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    "body",
    [
        (_CORPUS / "en-colon-leadin-sales.md").read_text(encoding="utf-8"),
        (_CORPUS / "de-pflege-prosa.md").read_text(encoding="utf-8"),
        "## 業務内容\n- 新機能の設計と開発\n- コードレビュー\n\n## 応募資格\n- Pythonでの開発経験3年以上\n",
    ],
)
def test_the_sums_of_blocks_and_words_are_those_of_every_feature_one_by_one(body: str) -> None:
    # The decisions sum each block once and take whole blocks for one signal group: check that against
    # the plain sum, feature by feature, each to its own group.
    model = default_item_model()
    structure = read_structure(body)
    for features in all_features(structure.units, structure.roots, DEFAULT_VOCABULARY):
        expected = [0.0] * (6 + 3 * len(SIGNALS))
        for feature in [*features.context, *features.text]:
            weights = model.weights.get(feature, (0.0, 0.0, 0.0))
            group = 3 + 3 * SIGNALS.index(_group_of(feature))
            for kind in range(3):
                expected[kind] += weights[kind]
                expected[group + kind] += weights[kind]
        for feature in features.text:
            for kind, weight in enumerate(model.text_weights.get(feature, (0.0, 0.0, 0.0))):
                expected[-3 + kind] += weight
        assert _unit_sums(features, model) == pytest.approx(expected, abs=1e-9)


@given(st.lists(st.floats(min_value=-50, max_value=50), min_size=3, max_size=3))
def test_a_margin_is_the_best_score_less_the_next(scores: list[float]) -> None:
    first, second = sorted(scores, reverse=True)[:2]
    assert _margin(scores) == first - second


@given(st.lists(st.sampled_from([-1.5, 0.0, 0.25, 2.0, 7.0]), min_size=3, max_size=3))
def test_the_best_two_classes_are_those_a_stable_sort_puts_first(scores: list[float]) -> None:
    assert _best_two(scores) == tuple(sorted(range(3), key=scores.__getitem__, reverse=True)[:2])


def test_the_content_votes_given_the_margins_are_those_computed_afresh() -> None:
    model = default_item_model()
    structure = read_structure((_CORPUS / "en-colon-leadin-sales.md").read_text(encoding="utf-8"))
    features = all_features(structure.units, structure.roots, DEFAULT_VOCABULARY)
    scores = [model.text_scores(unit.text) for unit in features]
    margins = [_margin(unit_scores) for unit_scores in scores]
    assert content_features(structure.units, scores, margins) == content_features(structure.units, scores)


def test_nested_entries_vote_apart_from_their_parents() -> None:
    text = (
        "## The work\n\n- Build the booking pages\n- Write tests:\n  - unit tests with a runner\n"
        "  - browser tests\n- Review pull requests\n"
    )
    units = read_structure(text).units
    assert [unit.level for unit in units] == [0, 1, 1, 0]  # the stem "Write tests:" is no unit
    duty, requirement = [3.0, 0.0, 0.0], [0.0, 3.0, 0.0]
    votes = content_features(units, [duty, requirement, requirement, duty])
    assert [vote[2] for vote in votes] == [
        "lc:responsibility",
        "lc:qualification",
        "lc:qualification",
        "lc:responsibility",
    ]


_PRONOUN_PIECES = (
    ["vous", "Vous", "tu", "Tu", "je", "Je", "jij", "du", "Du", "Sie", "sie", "avez", "hast", "bist", "Heb", "bent",
     "har", "travaillez", "entwickelst", "werkt", "plockar", "leiten", "ti", "occuperai", "te", "encargarás", "si",
     "occuperà", "se", "encargará", "la", "La", "risorsa", "il", "candidato", "a", "pessoa", "gestirà",
     "visiterai", "Hablarás", "Außerdem", "and", "x", "3", "_", "l'", ",", "Você", "você", "monta", "irá", "Vai",
     "Também", "atender", "ter", "Terrai", "Manterrai", "und", "Bewerben", "También", "Inoltre", "colaborarás",
     "Predisporrai", "Harás", "Disporrai"]
)  # fmt: skip


@given(joined_pieces(_PRONOUN_PIECES, [" ", ", ", "  ", ""], max_size=7))
def test_without_the_readers_pronouns_only_the_unnamed_duty_pattern_can_find_the_reader(text: str) -> None:
    if _READER_PRONOUNS.isdisjoint(words_of(text)):
        assert (cues.SECOND_PERSON_DUTY.search(text) is None) == (cues.SECOND_PERSON_DUTY_UNNAMED.search(text) is None)
        assert cues.SECOND_PERSON_TRAIT.search(text) is None


_DUTY_PIECES = [
    *_PRONOUN_PIECES,
    *"Sie entwickeln Entwickeln planen Außerdem außerdem Dabei gestaltest arbeitest ontwikkelt werkt jij Jij Je "
    "Ti occuperai te encargarás Gestirai visiterai risorsa candidato occuperà Você vai desenvolver monta irá "
    "développerez Vous Tu gères arbetar utvecklar Du ansvarar for har er hast st t en".split(),
]


@given(joined_pieces(_DUTY_PIECES, [" ", ", ", "  ", ""], max_size=7))
@example("Außerdem entwickelst du Software")
@example("Gemeinsam mit dem Team planen Sie Projekte")
def test_the_duty_asked_of_the_reader_is_found_where_its_whole_pattern_finds_it(text: str) -> None:
    assert "|".join(_READER_DUTY_ALTERNATIVES) == cues.SECOND_PERSON_DUTY.pattern
    assert _asks_a_duty_of_the_reader(text) == (cues.SECOND_PERSON_DUTY.search(text) is not None)


_CUE_PIECES = st.sampled_from(
    ["Design", "designs", "3+ years", "Strong", "knowledge", "you", "You", "will", "you'll", "you’ll", "youʼll",
     "must", "have", "be", "we", "are", "looking", "for", "with", "nice to have", "a plus", "preferred", "apply",
     "now", "salary", "As a", "In this role", "vous", "Vous", "avez", "travaillez", "du", "Du", "entwickelst",
     "hast", "Sie", "leiten", "je", "werkt", "visiterai", "artıdır", "Будет плюсом", "优先", "歓迎", "İ", "ı",
     "‘", "’", "ʼ", "'", "(", ")", ",", ".", "-", "\x00", "3", "_"]
)  # fmt: skip


@given(st.lists(st.lists(_CUE_PIECES, max_size=7), max_size=5), st.sampled_from([" ", "", ", "]))
def test_the_cues_of_all_units_at_once_are_those_of_each_unit(pieces: list[list[str]], separator: str) -> None:
    texts = [separator.join(unit) for unit in pieces]
    words = [words_of(text) for text in texts]
    expected = [tuple(cue_features(text, DEFAULT_VOCABULARY, found)) for text, found in zip(texts, words, strict=True)]
    assert cues_of_units(texts, words, DEFAULT_VOCABULARY) == expected


def test_preferred_cues_with_a_curly_apostrophe_would_be_looked_for_past_a_gate_of_their_own() -> None:
    # The gate shared with the cues reads straightened apostrophes: such a cue would not pass it.
    assert _cue_gate_for(CaselessPattern("it\u2019s a bonus"))[1] is None
    assert _cue_gate_for(DEFAULT_VOCABULARY.latin_preferred_pattern)[1] is not None


def test_the_cues_of_units_read_a_vocabularys_own_preferred_cues() -> None:
    vocabulary = DEFAULT_VOCABULARY.extended(preferred_cues={"en": ["it\u2019s a bonus", "extra credit"]})
    texts = ["Rust \u2013 it\u2019s a bonus", "Rust, it's a bonus", "Docker: extra credit", "Ship code"]
    words = [words_of(text) for text in texts]
    expected = [tuple(cue_features(text, vocabulary, found)) for text, found in zip(texts, words, strict=True)]
    assert cues_of_units(texts, words, vocabulary) == expected
    assert "x:preferred" in expected[2]


def test_the_remembered_cues_of_texts_seen_before_are_those_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    vocabulary = DEFAULT_VOCABULARY.extended()  # a memory of its own
    first = ["Design the API", "You will ship code", "Docker is a plus", "Design the API"]
    second = ["You will ship code", "Vous travaillez avec nous", "Design the API", "3+ years of Go"]
    memory = _remembered_cues(vocabulary.preferred_pattern)
    for texts in (first, second, second):
        words = [words_of(text) for text in texts]
        assert cues_of_units(texts, words, vocabulary) == _cues_of_texts(texts, words, vocabulary)
    assert set(memory) == {*first, *second}
    monkeypatch.setattr("jobspec.meaning._CUES_REMEMBERED", len(memory))  # full: answers, remembers no more
    texts = ["Lead the team", "You will ship code"]
    words = [words_of(text) for text in texts]
    assert cues_of_units(texts, words, vocabulary) == _cues_of_texts(texts, words, vocabulary)
    assert "Lead the team" not in memory


@pytest.mark.parametrize("lead_in", ["You should have:", "Nice to have:", "Deine Aufgaben:", "We offer:", "x"])
def test_a_lead_ins_remembered_features_are_those_computed_afresh(lead_in: str) -> None:
    vocabulary = DEFAULT_VOCABULARY.extended()
    assert lead_in_features(lead_in, vocabulary) == _lead_in_features(lead_in, vocabulary)
    assert lead_in_features(lead_in, vocabulary) == _lead_in_features(lead_in, vocabulary)


_OPTIONAL_PIECES = (
    ["Docker", "experience", "is a plus", "A PLUS", "preferred", "nice to have", "Bonus points for", "required",
     "artıdır", "artidir", "ARTIDIR", "Artİdİr", "Будет плюсом", "优先", "歓迎", "İ", "ı", "ſ", "K", "’", "'",
     "(", ")", ",", ".", ":", "–", "if", "or", "3", "_"]
)  # fmt: skip


@given(joined_pieces(_OPTIONAL_PIECES, [" ", "", ", "], max_size=7))
def test_a_units_cue_features_tell_whether_a_cue_governs_it_as_a_fresh_look_does(text: str) -> None:
    has_cue = "x:preferred" in cue_features(text, DEFAULT_VOCABULARY)
    cued = DEFAULT_VOCABULARY.finds_preferred_cue_given(text, has_cue)
    assert cued == DEFAULT_VOCABULARY.finds_preferred_cue(text)
    assert governing_cue(text, DEFAULT_VOCABULARY, cued=cued) == governing_cue(text, DEFAULT_VOCABULARY)


def test_past_thousands_of_units_a_unit_takes_its_lists_verdict() -> None:
    # Only hostile input has this many units; they are not judged one by one, and not lost.
    count = MAX_JUDGED_UNITS + 500
    posting = parse("## Requirements\n" + "- Three years of SQL\n" * count)
    assert len(posting.qualifications) == count
    assert {q.signal for q in posting.qualifications[MAX_JUDGED_UNITS:]} == {"list"}


_PROSE_ONLY = (
    "Acme is a logistics company in Leeds, founded in 1990.\n\n"
    "The new analyst compiles the weekly reports and looks after the data warehouse, "
    "together with the finance team.\n\n"
    "Send your CV to jobs@acme.example.\n"
)


def test_a_posting_that_names_no_duty_takes_the_sentence_likeliest_to_be_one() -> None:
    posting = parse(_PROSE_ONLY)
    assert [(r.text[:15], r.signal) for r in posting.responsibilities] == [("The new analyst", "posting")]


_UNNAMED_LIST = (
    "## Om jobbet\n\n"
    "Du bliver en del af et hold med 12 kolleger.\n\n"
    "- Ordreplukning og pakning\n"
    "- Varemodtagelse\n"
    "- Orden på lageret\n\n"
    "## Om dig\n\n"
    "- Du har truckcertifikat\n"
)


@pytest.mark.parametrize("heading", ["Om jobbet", "Hverdagen"])
def test_an_unread_list_before_the_requirements_of_a_posting_with_no_duty_is_its_duties(heading: str) -> None:
    posting = parse(_UNNAMED_LIST.replace("Om jobbet", heading))
    assert [(r.text, r.signal) for r in posting.responsibilities] == [
        ("Ordreplukning og pakning", "layout"),
        ("Varemodtagelse", "layout"),
        ("Orden på lageret", "layout"),
    ]
    assert [q.text for q in posting.qualifications] == ["Du har truckcertifikat"]


def test_an_unread_list_after_the_requirements_or_under_a_heading_of_another_kind_stays_unread() -> None:
    requirements, duties = _UNNAMED_LIST.split("## Om dig")[1], _UNNAMED_LIST.split("## Om dig")[0]
    after = parse("## Om dig" + requirements + "\n" + duties)
    assert "layout" not in {r.signal for r in after.responsibilities}
    benefits = parse(_UNNAMED_LIST.replace("Om jobbet", "Benefits"))
    assert "Varemodtagelse" not in [r.text for r in benefits.responsibilities]


@pytest.mark.parametrize(
    ("last", "duties"),
    [
        ("Zudem unterstützen Sie das Team bei Audits.", True),
        ("Sehr gute Deutschkenntnisse", False),  # an entry cued as a requirement
    ],
)
def test_a_list_under_a_requirements_heading_whose_entries_all_say_duties_is_duties(last: str, duties: bool) -> None:
    body = (
        "## Was erwarten wir\n\n- Ihr Aufgabengebiet umfasst die Planung der Touren.\n"
        f"- Dabei stimmen Sie die Termine mit den Kunden ab.\n- {last}\n"
    )
    units, features = _units_and_features(body)
    judgements = [Judgement("qualification", "heading", 0.7) for _ in units]
    _read_duty_lists_under_requirements(units, features, judgements, DEFAULT_VOCABULARY)
    expected = "responsibility" if duties else "qualification"
    assert [j.kind for j in judgements[:2]] == [expected, expected]


def test_a_requirements_lead_in_leaves_entries_that_all_say_duties_to_be_duties() -> None:
    body = (
        "## Ihr Profil\n\nWas erwarten wir:\n\n- Ihr Aufgabengebiet umfasst die Planung der Touren.\n"
        "- Dabei stimmen Sie die Termine mit den Kunden ab.\n- Zudem unterstützen Sie das Lager.\n"
    )
    units, features = _units_and_features(body)
    judgements = [Judgement("qualification", "heading", 0.7) for _ in units]
    _read_duty_lists_under_requirements(units, features, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == ["responsibility"] * 3


_TWO_UNNAMED_LISTS = (
    "## Työ\n\n"
    "- Leivän leipominen aamuvuorossa\n"
    "- Kassan hoito\n\n"
    "## Odotukset\n\n"
    "- leipurin koulutus\n"
    "- hygieniapassi\n\n"
    "## Plussaa on\n\n"
    "- trukkikortti\n"
)


def _unread(units: list[Unit]) -> list[Judgement]:
    """Units under headings of requirements and of benefits read by them, the others unread."""
    by_heading: dict[SectionKind | None, ItemKind] = {
        SectionKind.QUALIFICATIONS: "qualification",
        SectionKind.PREFERRED_QUALIFICATIONS: "qualification",
        SectionKind.BENEFITS: "benefit",
    }
    return [
        Judgement(by_heading[unit.node.declared], "heading", 0.7)
        if unit.node.declared in by_heading
        else Judgement(None, "words", 0.6)
        for unit in units
    ]


def test_of_two_unread_lists_before_the_preferred_requirements_the_second_is_the_required_ones() -> None:
    units, features = _units_and_features(_TWO_UNNAMED_LISTS)
    judgements = _unread(units)
    assert _read_duty_lists_by_place(units, features, judgements)
    assert [(unit.text, j.kind) for unit, j in zip(units, judgements, strict=True)] == [
        ("Leivän leipominen aamuvuorossa", "responsibility"),
        ("Kassan hoito", "responsibility"),
        ("leipurin koulutus", "qualification"),
        ("hygieniapassi", "qualification"),
        ("trukkikortti", "qualification"),
    ]


@pytest.mark.parametrize(
    "change",
    [
        ("## Plussaa on", "## Vaatimukset"),  # requirements, not preferred ones, follow
        ("## Plussaa on", "## Tarjoamme\n\n- lounas\n\n## Plussaa on"),  # not right before the preferred ones
        ("## Työ\n\n- Leivän leipominen aamuvuorossa\n- Kassan hoito\n\n", ""),  # one list only
    ],
)
def test_an_unread_list_is_the_required_ones_only_last_of_two_right_before_the_preferred(
    change: tuple[str, str],
) -> None:
    units, features = _units_and_features(_TWO_UNNAMED_LISTS.replace(*change))
    judgements = _unread(units)
    _read_duty_lists_by_place(units, features, judgements)
    kinds = {unit.text: j.kind for unit, j in zip(units, judgements, strict=True)}
    assert kinds["hygieniapassi"] == "responsibility"


_LIST_BEFORE_NAMED_REQUIREMENTS = (
    "## Om tjänsten\n\n- Planera veckans leveranser\n- Ansvara för lagret\n\n## Vi söker dig som\n\n- har truckkort\n"
)


def _read_as_requirements(units: list[Unit]) -> list[Judgement]:
    return [Judgement("qualification", "words", 0.6) for _ in units]


def test_a_list_read_as_requirements_before_the_named_ones_of_a_posting_with_no_duty_is_its_duties() -> None:
    units, features = _units_and_features(_LIST_BEFORE_NAMED_REQUIREMENTS)
    judgements = _read_as_requirements(units)
    lists = _lists_where(units, lambda _, __: True)
    assert _read_duty_lists_before_named_requirements(units, lists, features, judgements)
    assert [j.kind for j in judgements] == ["responsibility", "responsibility", "qualification"]


@pytest.mark.parametrize(
    "change",
    [
        ("Ansvara för lagret", "Erfarenhet av lagerarbete"),  # an entry cued as a requirement
        ("## Vi söker dig som", "## Vi erbjuder"),  # no heading names the requirements after it
        ("## Om tjänsten", "## Om dig"),  # its own heading names requirements
        ("- Ansvara för lagret\n", ""),  # a single entry
    ],
)
def test_a_list_read_as_requirements_stays_so_when_a_cue_or_the_order_says_so(change: tuple[str, str]) -> None:
    units, features = _units_and_features(_LIST_BEFORE_NAMED_REQUIREMENTS.replace(*change))
    judgements = _read_as_requirements(units)
    lists = _lists_where(units, lambda _, __: True)
    assert not _read_duty_lists_before_named_requirements(units, lists, features, judgements)
    assert {j.kind for j in judgements} == {"qualification"}


def test_a_posting_with_a_duty_takes_no_other_sentence_for_the_posting_s_sake() -> None:
    posting = parse(_PROSE_ONLY + "\n## Responsibilities\n\n- Build the monthly sales dashboard\n")
    assert [r.text for r in posting.responsibilities] == ["Build the monthly sales dashboard"]


def test_only_undecided_units_close_to_a_duty_and_nearer_a_duty_than_a_requirement_are_taken() -> None:
    # Scores are per class: duty, requirement, none.
    scores = [
        [0.0, -1.0, 1.0],  # none by 1.0: taken second
        [0.5, -1.0, 0.7],  # none by 0.2: taken first
        [0.0, -1.0, 2.0],  # none by 2.0: too far behind
        [0.2, 0.4, 0.6],  # likelier a requirement
        [0.9, -1.0, 1.0],  # none by 0.1, but already a benefit
        [0.0, -1.0, 1.2],  # none by 1.2: a third one, not taken
    ]
    judgements = [Judgement(None, "words", 0.6) for _ in scores]
    judgements[4] = Judgement("benefit", "heading", 0.7)
    units = read_structure("\n\n".join(f"Sentence number {n}." for n in range(len(scores)))).units
    assert [unit.form for unit in units] == ["sentence"] * len(scores)
    _take_likeliest_duties(units, scores, judgements)
    taken = [index for index, j in enumerate(judgements) if j.kind == "responsibility"]
    assert taken == [0, 1]
    assert {judgements[index].signal for index in taken} == {"posting"}
    assert judgements[1].confidence > judgements[0].confidence
    assert judgements[4].kind == "benefit"


def test_no_step_of_the_hiring_is_taken_as_the_likeliest_duty() -> None:
    body = (
        "## The night shift\n\nThe night shift loads the trucks for the morning.\n\n"
        "## Interview process\n\n1. You will present a past project.\n2. You will meet the team.\n"
    )
    units = read_structure(body).units
    assert [unit.node.declared for unit in units] == [None, SectionKind.APPLICATION, SectionKind.APPLICATION]
    scores = [[0.0, -1.0, 1.0], [0.5, -1.0, 0.7], [0.5, -1.0, 0.7]]  # the steps are the likeliest duties
    judgements = [Judgement(None, "words", 0.6) for _ in scores]
    _take_likeliest_duties(units, scores, judgements)
    assert [j.kind for j in judgements] == ["responsibility", None, None]


def _units_and_features(body: str) -> tuple[list[Unit], list[UnitFeatures]]:
    """A body's units and their features, as the rules of ``jobspec.meaning`` receive them."""
    structure = read_structure(body)
    return structure.units, all_features(structure.units, structure.roots, DEFAULT_VOCABULARY)


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "# Warehouse Operative\n\nWe pack parcels.\n\n## Requirements\n\n- A forklift licence\n",
            "Warehouse Operative",
        ),
        ("We pack parcels.\n\n# Warehouse Operative\n\nYou pick orders.\n", "Warehouse Operative"),
        ("# Requirements\n\n- A forklift licence\n", None),  # a first heading that names a kind
        # the only heading of the highest level used: a theme that writes the title itself starts at "##"
        ("## Warehouse Operative\n\nWe pack parcels.\n\n### Requirements\n\n- A licence\n", "Warehouse Operative"),
        ("## Warehouse Operative\n\nWe pack parcels.\n\n## Requirements\n\n- A licence\n", None),  # one of two
        ("**Warehouse Operative**\n\nWe pack parcels.\n", None),  # a bold line, no Markdown heading
        ("## Duties\n\n- Pick orders\n\n# Warehouse Operative\n\nText.\n", None),  # not the first heading
    ],
)
def test_the_title_section_is_headed_by_the_first_heading_when_it_is_a_title(body: str, title: str | None) -> None:
    structure = read_structure(body)
    found = title_section(structure.roots, DEFAULT_VOCABULARY)
    assert (found.heading if found else None) == title


def test_units_under_the_title_and_its_subsections_know_it_is_the_title() -> None:
    units, features = _units_and_features(
        "# Warehouse Operative\n\nWe pack parcels.\n\n## Requirements\n\n- A forklift licence\n"
    )
    assert [u.text for u in units] == ["We pack parcels.", "A forklift licence"]
    assert "h:title" in features[0].context
    assert not any(f.startswith("hw:") for f in features[0].context)  # the title's words are no heading's
    assert "a:title" in features[1].context
    assert "h:qualifications" in features[1].context


def _cued_kinds(units: list[Unit], features: list[UnitFeatures], scores: list[float]) -> list[Judgement]:
    """What ``_take_cued_items`` makes of units all read as no item, each scored ``scores``."""
    judgements = [Judgement(None, "words", 0.6) for _ in units]
    _take_cued_items(units, features, [list(scores) for _ in units], judgements, DEFAULT_VOCABULARY)
    return judgements


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("## Requirements\n\n(a) two years in logistics, (b) good spoken English, (c) Excel.\n", ["qualification"]),
        ("## Your tasks\n\nPlanning the routes of our twelve vans.\n", ["responsibility"]),
        ("## Requirements\n\nTwo years in logistics. Good spoken English.\n", [None, None]),  # not alone
        ("## About us\n\nWe run twelve vans.\n", [None]),  # a heading that names no item
        ("## Requirements\n\nSend your CV to jobs@example.com.\n", [None]),  # cued as no item
    ],
)
def test_the_one_sentence_under_a_naming_heading_takes_its_kind_when_close(body: str, kinds: list[str | None]) -> None:
    units, features = _units_and_features(body)
    judgements = [Judgement(None, "words", 0.6) for _ in units]
    _take_sole_sentences(units, features, [[0.0, 0.0, 1.0] for _ in units], judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == kinds


def test_a_sentence_saying_what_the_reader_does_under_a_duties_heading_is_a_duty_however_unlikely() -> None:
    body = (
        "## Ihre Aufgaben\n\n"
        "Sie planen die Touren der Fahrer. Passt das zu dir? Unsere Halle hat zwölf Tore.\n\n"
        "## Ihr Profil\n\n"
        "Sie planen gern voraus.\n"
    )
    units, features = _units_and_features(body)
    assert [unit.text for unit in units][:3] == [
        "Sie planen die Touren der Fahrer.",
        "Passt das zu dir?",
        "Unsere Halle hat zwölf Tore.",
    ]
    scores = [[-3.0, -3.0, 3.0] for _ in units]  # every unit far behind 'none'
    judgements = [Judgement(None, "words", 0.9) for _ in units]
    _take_cued_items(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == ["responsibility", None, None, None]
    assert judgements[0].signal == "heading"
    assert judgements[0].confidence < 0.5


def test_a_sentence_describing_the_reader_under_no_named_heading_is_a_requirement_when_close() -> None:
    body = (
        "We repair bicycles in Lund. Du har körkort och gillar att skruva. Är du redo?\n\n"
        "## Om oss\n\n"
        "Du har säkert sett våra cyklar.\n"
    )
    units, features = _units_and_features(body)
    assert [unit.text for unit in units] == [
        "We repair bicycles in Lund.",
        "Du har körkort och gillar att skruva.",
        "Är du redo?",
        "Du har säkert sett våra cyklar.",
    ]
    judgements = _cued_kinds(units, features, [-2.0, 0.0, 1.0])  # every unit a point behind 'none' as a requirement
    assert [j.kind for j in judgements] == [None, "qualification", None, None]  # "Om oss" names the company
    assert judgements[1].signal == "words"
    assert all(j.kind is None for j in _cued_kinds(units, features, [-2.0, 0.0, 3.0]))


def test_a_sentence_stating_the_hires_duty_under_no_named_heading_is_a_duty_when_close() -> None:
    body = (
        "We run three depots in Valencia. Te encargarás del mantenimiento de las carretillas. "
        "¿Te encargarás de los turnos?\n\n"
        "## Benefits\n\n"
        "You will be answering the phones on Saturdays.\n"
    )
    units, features = _units_and_features(body)
    assert [unit.text for unit in units] == [
        "We run three depots in Valencia.",
        "Te encargarás del mantenimiento de las carretillas.",
        "¿Te encargarás de los turnos?",
        "You will be answering the phones on Saturdays.",
    ]
    judgements = _cued_kinds(units, features, [0.0, -2.0, 1.0])  # every unit a point behind 'none' as a duty
    # The question asks nothing of the hire; the last sentence stands under a heading that names benefits.
    assert [j.kind for j in judgements] == [None, "responsibility", None, None]
    assert judgements[1].signal == "words"
    assert all(j.kind is None for j in _cued_kinds(units, features, [0.0, -2.0, 3.0]))


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("We are looking for a bookkeeper to run the accounts of our three shops.", True),
        ("Notre cabinet recherche un comptable pour tenir la comptabilité de nos clients.", True),
        ("We are looking for a bookkeeper to join our friendly team.", False),  # joining is no duty
    ],
)
def test_the_employer_seeking_someone_to_do_the_work_under_no_heading_is_a_duty_when_close(
    sentence: str, taken: bool
) -> None:
    units, features = _units_and_features(f"We bake bread in Lyon.\n\n{sentence}\n")
    assert [j.kind for j in _cued_kinds(units, features, [0.0, -2.0, 1.0])] == [
        None,
        "responsibility" if taken else None,
    ]


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("Será um diferencial ter experiência com ERP.", True),  # the preferred cue governs the sentence
        ("Mile widziana znajomość języka angielskiego.", True),
        ("Our office in Porto, a plus for anyone who likes the sea, opens at nine.", False),  # it governs nothing
    ],
)
def test_an_unheaded_sentence_its_preferred_cue_governs_is_a_requirement_when_close(sentence: str, taken: bool) -> None:
    units, features = _units_and_features(f"We map rivers.\n\n{sentence}\n")
    assert [j.kind for j in _cued_kinds(units, features, [-2.0, 0.0, 1.0])] == [
        None,
        "qualification" if taken else None,
    ]


def test_a_sentence_cued_as_a_duty_after_a_duty_in_its_paragraph_is_a_duty_when_close() -> None:
    body = (
        "Du svarar på frågor från våra kunder. Du registrerar ärenden i vårt system.\n\n"
        "Du registrerar dig på vår sida.\n"
    )
    units, features = _units_and_features(body)
    assert [unit.text for unit in units] == [
        "Du svarar på frågor från våra kunder.",
        "Du registrerar ärenden i vårt system.",
        "Du registrerar dig på vår sida.",
    ]
    assert "c:duty" not in features[1].cues
    assert _cued_kind(features[1].cues) == _cued_kind(features[2].cues) == "responsibility"
    scores = [[0.0, -2.0, 1.0] for _ in units]
    judgements = [
        Judgement("responsibility", "words", 0.6),
        Judgement(None, "words", 0.6),
        Judgement(None, "words", 0.6),
    ]
    _take_cued_items(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == ["responsibility", "responsibility", None]  # the last: another paragraph
    judgements = [Judgement(None, "words", 0.6) for _ in units]  # no duty before it: nothing follows
    _take_cued_items(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements][1:] == [None, None]


def test_a_sentence_cued_as_a_duty_before_a_duty_in_its_paragraph_is_a_duty_when_close() -> None:
    body = "Vous rédigez nos lettres d'information. Vous organisez nos journées portes ouvertes.\n"
    units, features = _units_and_features(body)
    assert _cued_kind(features[0].cues) == "responsibility"
    scores = [[0.0, -2.0, 1.0] for _ in units]
    judgements = [Judgement(None, "words", 0.6), Judgement("responsibility", "words", 0.6)]
    _take_cued_items(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == ["responsibility", "responsibility"]
    judgements = [Judgement(None, "words", 0.6), Judgement("qualification", "words", 0.6)]  # no duty after it
    _take_cued_items(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert judgements[0].kind is None


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("We are looking for bakers who know sourdough inside out.", True),
        ("Wij zoeken iemand die graag vroeg opstaat.", True),
        ("Vi söker någon som är noggrann och glad.", True),
        ("Wij zoeken iemand met een rijbewijs B.", True),  # described by what they have
        ("Buscamos a alguien con experiencia en obrador.", True),
        ("We are looking for an experienced baker for our new shop.", False),  # no clause about the person
        ("Are you looking for a team who cares?", False),  # a question
    ],
)
def test_a_person_sought_and_described_under_no_heading_is_a_requirement_when_close(sentence: str, taken: bool) -> None:
    units, features = _units_and_features(f"We bake bread in Lyon.\n\n{sentence}\n")
    judgements = [Judgement(None, "words", 0.6) for _ in units]
    scores = [[-2.0, 0.0, 1.0] for _ in units]  # a point behind 'none' as a requirement
    _take_people_sought(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert [j.kind for j in judgements] == [None, "qualification" if taken else None]
    far = [[-2.0, 0.0, 3.0] for _ in units]
    judgements = [Judgement(None, "words", 0.6) for _ in units]
    _take_people_sought(units, features, far, judgements, DEFAULT_VOCABULARY)
    assert judgements[1].kind is None  # too far behind


def test_a_sentence_opening_on_what_the_hire_need_not_have_is_no_item() -> None:
    body = (
        "## Your profile\n\n"
        "You know SQL well. You don't need a degree, but you have shipped a dashboard. "
        "Você não precisa ter graduação.\n"
    )
    units, features = _units_and_features(body)
    assert len(units) == 3
    judgements = [Judgement("qualification", "heading", 0.8) for _ in units]
    _leave_out_what_need_not_be_had(units, features, judgements)
    assert [j.kind for j in judgements] == ["qualification", None, None]


def test_what_need_not_be_had_but_must_be_is_still_an_item() -> None:
    body = "## Your profile\n\nYou don't need a degree, as we train you, but you must be patient and kind.\n"
    units, features = _units_and_features(body)
    judgements = [Judgement("qualification", "heading", 0.8) for _ in units]
    _leave_out_what_need_not_be_had(units, features, judgements)
    assert [j.kind for j in judgements] == ["qualification"]


def test_the_employer_seeking_someone_to_do_the_work_read_as_a_requirement_is_a_duty() -> None:
    body = (
        "Wij zoeken een planner om onze ritten te plannen.\n\n"
        "We are looking for planners who know Dutch roads.\n\n"
        "We are looking for a planner with 3 years of experience to plan our routes.\n"
    )
    units, features = _units_and_features(body)
    judgements = [Judgement("qualification", "words", 0.6) for _ in units]
    _read_people_sought_to_do_the_work(units, features, judgements)
    assert [j.kind for j in judgements] == ["responsibility", "qualification", "responsibility"]
    assert _asks_of_a_person(units[2].text)  # which decide_items makes a requirement again


def test_a_question_read_as_a_duty_is_a_requirement_or_nothing() -> None:
    body = "## Deine Aufgaben\n\n- Du planst die Touren.\n- Bist du bereit?\n- Kennst du Excel?\n"
    units, _ = _units_and_features(body)
    assert [unit.text for unit in units] == ["Du planst die Touren.", "Bist du bereit?", "Kennst du Excel?"]
    scores = [[2.0, 0.0, 1.0], [2.0, 0.0, 1.0], [2.0, 1.5, 1.0]]  # the last likelier a requirement than nothing
    judgements = [Judgement("responsibility", "words", 0.7) for _ in units]
    _leave_out_questions_read_as_duties(units, scores, judgements)
    assert [j.kind for j in judgements] == ["responsibility", None, "qualification"]


def test_in_a_list_half_read_as_duties_only_the_unread_entries_cued_as_duties_follow() -> None:
    units, features = _units_and_features(
        "## Day to day\n\n- Test new boards\n- Plan releases\n- Write drivers for sensors\n- Our lab in Leeds\n"
    )
    assert features[2].cues == ("c:duty-verb",)
    assert features[3].cues == ()
    judgements = [Judgement("responsibility", "words", 0.8)] * 2 + [Judgement(None, "words", 0.6)] * 2
    lists = {0: [0, 1, 2, 3]}
    _read_unread_entries_by_their_list(units, lists, features, judgements)
    assert [j.kind for j in judgements] == ["responsibility"] * 3 + [None]


_LINES_OF_REQUIREMENTS = (
    "**Det vi ser etter**\n"
    "Erfaring fra lager og logistikk\n"
    "Truckførerbevis\n"
    "Du må kunne jobbe skift\n"
    "Vi holder til i et nytt bygg like ved E6, med gode parkeringsmuligheter og kantine for alle ansatte\n"
)


def test_in_a_list_of_lines_one_read_as_a_requirement_brings_the_short_lines_cued_as_requirements() -> None:
    units, features = _units_and_features(_LINES_OF_REQUIREMENTS)
    assert [unit.form for unit in units] == ["line"] * 4
    judgements = [Judgement("qualification", "words", 0.8)] + [Judgement(None, "words", 0.6)] * 3
    _read_unread_entries_by_their_list(units, {0: [0, 1, 2, 3]}, features, judgements)
    # "Truckførerbevis" holds no cue, but its heading names the requirements; the long last line is more
    # likely prose than an entry.
    assert [j.kind for j in judgements] == ["qualification", "qualification", "qualification", None]


@pytest.mark.parametrize(
    "text",
    [
        "Erfarenhet av lagerarbete",
        "Goda kunskaper i svenska",
        "Erfaring med truck",
        "Kokemus asiakaspalvelusta",
        "Doświadczenie w sprzedaży",
        "Znajomość języka angielskiego",
        "Zkušenost s vedením týmu",
        "Znalosť práce s PC",
        "Iskustvo u prodaji",
        "Izkušnje z delom v skladišču",
        "Experiență în contabilitate",
        "Tapasztalat raktári munkában",
        "Mehrjährige Berufserfahrung in der Pflege",
        "Sehr gute Deutschkenntnisse",
        "Formation Bac+2 en logistique",
        "Opleiding op mbo-niveau",
        "Опыт работы от двух лет",
        "Εμπειρία σε αποθήκη",
        "Experiència en atenció al client",
    ],
)
def test_a_requirement_opening_on_its_noun_is_cued_in_many_languages(text: str) -> None:
    assert "c:qual-start" in cue_features(text, DEFAULT_VOCABULARY)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("You'll hold a Certificate III in Commercial Cookery.", True),
        ("You will be analytical, methodical and calm under pressure.", True),
        ("You will be a confident communicator.", True),
        ("You'll hold weekly team meetings.", False),  # held for others: a duty
        ("You will be responsible for the rota.", False),
    ],
)
def test_what_the_reader_will_hold_or_be_is_asked_of_them(text: str, asked: bool) -> None:
    assert ("c:qual-strong" in cue_features(text, DEFAULT_VOCABULARY)) is asked


@pytest.mark.parametrize(
    "text", ["Planera veckans leveranser", "Planlægge og gennemføre aktiviteter", "Ivareta pasientene på natt"]
)
def test_a_nordic_entry_opening_on_a_duty_s_infinitive_is_cued_as_a_duty(text: str) -> None:
    assert "c:duty-verb" in cue_features(text, DEFAULT_VOCABULARY)


@pytest.mark.parametrize(
    "text",
    [
        "Utbildning av nya medarbetare",  # training others: a duty
        "Formation des nouveaux arrivants",
        "Opleiding van stagiairs",
        "Praxisanleitung von Auszubildenden",  # a longer word that opens on a noun's letters
        "Planera veckans leveranser",
    ],
)
def test_a_duty_opening_on_schooling_given_to_others_is_not_cued_as_a_requirement(text: str) -> None:
    assert "c:qual-start" not in cue_features(text, DEFAULT_VOCABULARY)


def test_a_long_line_that_ends_on_what_is_needed_introduces_the_list_after_it() -> None:
    posting = parse(
        "We repair boilers across Leeds. You'll visit homes and fix faults.\n\n"
        "To be successful in this role, you will need:\n\n"
        "- A Gas Safe registration\n- A full driving licence\n\n"
        "It would also be great if you have:\n\n"
        "- Experience with heat pumps\n"
    )
    assert [r.text for r in posting.responsibilities] == ["You'll visit homes and fix faults."]
    assert [(q.text, q.required) for q in posting.qualifications] == [
        ("A Gas Safe registration", True),
        ("A full driving licence", True),
        ("Experience with heat pumps", False),
    ]


def test_a_line_ending_in_a_colon_introduces_the_list_after_it_and_is_no_item() -> None:
    posting = parse(
        "## Perfil\n\n"
        "Trabalhamos em dois turnos, de segunda a sábado, no galpão de Osasco.\n"
        "O uniforme e os equipamentos ficam por nossa conta.\n"
        "Gostaríamos que você já tivesse usado estas ferramentas no seu último emprego:\n\n"
        "- Empilhadeira elétrica\n- Leitor de código de barras\n"
    )
    texts = [q.text for q in posting.qualifications]
    assert texts[-2:] == ["Empilhadeira elétrica", "Leitor de código de barras"]
    assert not any(text.endswith(":") for text in texts)


def test_a_sentence_breaking_off_at_a_colon_on_a_preposition_only_introduces_the_list_after_it() -> None:
    posting = parse(
        "## Der Job\n\n"
        "Als Teil unseres kleinen Teams kümmerst du dich um:\n\n"
        "- Pflege der Website\n- Betreuung der Social-Media-Kanäle\n\n"
        "Mit deinem Know-how sorgst du für eine schnelle Website:\n\n"
        "- Ladezeiten messen\n"
    )
    texts = [r.text for r in posting.responsibilities]
    assert "Pflege der Website" in texts
    assert "Als Teil unseres kleinen Teams kümmerst du dich um:" not in texts
    assert "Mit deinem Know-how sorgst du für eine schnelle Website:" in texts  # a whole sentence: a duty


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("Om du gillar tidiga morgnar och nybakat bröd är det här rätt plats.", True),  # what the reader likes
        ("Experience with GIS desired.", True),  # a requirement its own cue confirms
        ("Experience with GIS helps the whole team.", False),  # a requirement's opening alone
        ("A forklift licence is required for the night shift.", True),  # required, not asked of the reader
        ("Applicants must hold a degree in surveying.", True),
    ],
)
def test_which_unheaded_sentences_are_requirements_by_their_own_cues(sentence: str, taken: bool) -> None:
    units, features = _units_and_features(f"We map rivers.\n\n{sentence}\n")
    assert [j.kind for j in _cued_kinds(units, features, [-2.0, 0.0, 1.0])] == [
        None,
        "qualification" if taken else None,
    ]


def test_readers_addressed_together_in_german_are_described_as_candidates() -> None:
    assert "c:qual-weak" in cue_features("Ihr seid zuverlässig und arbeitet gern im Team.", DEFAULT_VOCABULARY)
    assert "c:qual-weak" in cue_features("Ihr habt Erfahrung mit Laravel.", DEFAULT_VOCABULARY)
    assert "c:qual-weak" not in cue_features("Ihr Team plant die Touren.", DEFAULT_VOCABULARY)


_PROFILE_UNDER_DUTIES = (
    "## Vos missions\n\n"
    "- Maîtrise de Python et de Django\n"
    "- Google est ton ami\n"
    "- Vous aimez le code propre et bien documenté\n"
    "- Connaissance de PostgreSQL\n"
)


def test_a_list_under_a_duties_heading_whose_entries_are_cued_as_requirements_is_requirements() -> None:
    posting = parse(_PROFILE_UNDER_DUTIES)
    assert posting.responsibilities == []
    assert ("Google est ton ami", "list") in [(q.text, q.signal) for q in posting.qualifications]
    assert len(posting.qualifications) == 4


def test_a_list_under_a_duties_heading_with_one_duty_cue_keeps_its_heading() -> None:
    posting = parse(_PROFILE_UNDER_DUTIES.replace("Connaissance de PostgreSQL", "Vous développerez nos API"))
    assert [r.text for r in posting.responsibilities] == ["Google est ton ami", "Vous développerez nos API"]


_NOUN_LINES = """---
title: Lagerhelfer (m/w/d)
---
## Deine Aufgaben

Kommissionierung von Waren nach Auftrag
Be- und Entladen von LKW
Kontrolle des Wareneingangs

## Dein Profil

- Staplerschein
- Bereitschaft zur Schichtarbeit
"""


def test_an_unread_list_under_a_heading_of_duties_is_its_duties() -> None:
    posting = parse(_NOUN_LINES)
    assert [(r.text, r.signal) for r in posting.responsibilities] == [
        ("Kommissionierung von Waren nach Auftrag", "heading"),
        ("Be- und Entladen von LKW", "heading"),
        ("Kontrolle des Wareneingangs", "heading"),
    ]
    assert [q.text for q in posting.qualifications] == ["Staplerschein", "Bereitschaft zur Schichtarbeit"]


def test_a_list_under_a_heading_of_duties_that_says_it_is_no_item_stays_unread() -> None:
    posting = parse(
        "## Your profile\n\nThis is a part-time position of 20 hours a week\n(negotiable).\n\n"
        "## What you will do\n\n- Answer the phone\n"
    )
    assert [q.text for q in posting.qualifications] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A forklift licence is required.",
        "Ein Führerschein ist Pflicht.",
        "Truckkort är ett krav.",
        "Prawo jazdy jest wymagane.",
        "Le permis B est exigé.",
        "Rijbewijs B is vereist.",
    ],
)
def test_a_thing_said_to_be_required_is_a_requirement_under_a_heading_of_requirements(sentence: str) -> None:
    posting = parse(f"## Duties\n\n- Drive the van\n\n## Requirements\n\nWe deliver across the county. {sentence}\n")
    assert [q.text for q in posting.qualifications] == [sentence]


def test_the_plain_lines_beside_a_cued_line_under_a_heading_of_duties_are_duties_too() -> None:
    body = (
        "Was erwartet dich?\n\n"
        "Kommissionierung von Waren nach Auftrag\nBe- und Entladen von LKW\nKontrolle des Wareneingangs\n\n"
        "Was solltest du mitbringen?\n\nStaplerschein\nKörperliche Belastbarkeit\n"
    )
    posting = parse(body)
    assert [r.text for r in posting.responsibilities] == [
        "Kommissionierung von Waren nach Auftrag",
        "Be- und Entladen von LKW",
        "Kontrolle des Wareneingangs",
    ]


def test_the_unread_entry_of_a_list_whose_other_entries_are_duties_is_one_too() -> None:
    body = (
        "## Requisiti\n\n- Laurea magistrale in Ingegneria Meccanica\n- Ottima conoscenza di SolidWorks\n\n"
        "## Il ruolo\n\n- Progettare gruppi meccanici di macchine confezionatrici\n"
        "- Redigere distinte base e disegni costruttivi\n"
        "- Collaborare con l'ufficio tecnico elettrico e con la produzione\n"
        "- Supportare i collaudi presso i clienti, anche all'estero\n"
    )
    posting = parse(body)
    assert len(posting.responsibilities) == 4
    assert "Redigere distinte base e disegni costruttivi" in [r.text for r in posting.responsibilities]


def test_unread_lines_after_a_lead_in_that_names_requirements_are_requirements() -> None:
    body = (
        "Requirements\nA valid journeyman electrician licence\nOwn hand tools and reliable transportation\n"
        "OSHA 10 certification preferred\n"
    )
    posting = parse(body)
    assert [(q.text, q.required) for q in posting.qualifications] == [
        ("A valid journeyman electrician licence", True),
        ("Own hand tools and reliable transportation", True),  # an opening verb does not make it a duty here
        ("OSHA 10 certification preferred", False),
    ]


def test_a_texts_remembered_cues_are_those_of_the_vocabulary_it_is_read_with() -> None:
    text = "SQLの経験ありがたい"
    plain = cues_of_units([text], [words_of(text)], DEFAULT_VOCABULARY)
    extended = Vocabulary().extended(preferred_cues={"ja": ["ありがたい"]})
    assert "x:preferred" not in plain[0]
    assert "x:preferred" in cues_of_units([text], [words_of(text)], extended)[0]
    assert cues_of_units([text], [words_of(text)], DEFAULT_VOCABULARY) == plain


@pytest.mark.parametrize(
    ("entries", "duties"),
    [
        (("Du packst Pakete für den Versand", "Außerdem prüfst du die Ware", "Ein Jobticket"), True),
        (("Ein Jobticket", "Kaffee und Obst", "Du arbeitest im Team"), False),  # one in three says a duty
        (("Du packst Pakete", "Du prüfst die Ware", "Du hast einen Staplerschein"), False),  # a requirement
    ],
)
def test_a_list_under_a_heading_of_offers_whose_entries_say_what_the_reader_does_is_duties(
    entries: tuple[str, ...], duties: bool
) -> None:
    body = "## Was wir bieten\n\n" + "".join(f"- {entry}\n" for entry in entries)
    units, features = _units_and_features(body)
    assert [unit.node.declared for unit in units] == [SectionKind.BENEFITS] * 3
    judgements = [Judgement("benefit", "heading", 0.7) for _ in units]
    _read_duty_lists_under_offers(units, features, judgements)
    expected = ["responsibility"] * 3 if duties else ["benefit"] * 3
    assert [j.kind for j in judgements] == expected


def test_uncued_prose_read_as_duties_by_its_heading_alone_is_no_item() -> None:
    body = (
        "## Overview\n\n"
        "Soil ecology asks how fungi and roots trade nutrients. You will sample soils across three valleys.\n\n"
        "土壌のサンプルを分析していただく研究です。\n\n"
        "- Weigh the samples\n"
    )
    units, features = _units_and_features(body)
    assert [unit.form for unit in units] == ["sentence", "sentence", "sentence", "list"]
    assert features[0].cues == ()
    assert features[1].cues != ()
    judgements = [Judgement("responsibility", "heading", 0.7) for _ in units]
    judgements[1] = Judgement("responsibility", "words", 0.7)
    _leave_out_uncued_prose_read_as_duties_by_heading(units, features, judgements)
    assert [j.kind for j in judgements] == [None, "responsibility", "responsibility", "responsibility"]
    by_words = [Judgement("responsibility", "words", 0.7) for _ in units]
    _leave_out_uncued_prose_read_as_duties_by_heading(units, features, by_words)
    assert all(j.kind == "responsibility" for j in by_words)


def test_entries_after_a_lead_in_naming_duties_under_a_heading_of_requirements_are_duties() -> None:
    body = (
        "## Requirements\n\n"
        "You can and will:\n\n- Train new staff\n- Keep the stockroom in order\n- Experience with forklifts\n\n"
        "You have:\n\n- A first aid certificate\n"
    )
    units, features = _units_and_features(body)
    assert [unit.lead_in for unit in units] == ["You can and will:"] * 3 + ["You have:"]
    judgements = [Judgement("qualification", "heading", 0.8) for _ in units]
    _read_duties_led_in_under_requirements(units, features, judgements, DEFAULT_VOCABULARY)
    kinds = [j.kind for j in judgements]
    assert kinds == ["responsibility", "responsibility", "qualification", "qualification"]  # cued as a requirement
    assert judgements[0].signal == "lead-in"


def test_entries_read_as_duties_after_a_lead_in_naming_requirements_are_requirements_unless_cued() -> None:
    body = (
        "Je hebt bij voorkeur ervaring met:\n\n- Test-driven development\n- Git\n\n"
        "You have:\n\n- Pair programming\n- Maintain the build servers\n"
    )
    units, features = _units_and_features(body)
    assert [unit.lead_in for unit in units] == ["Je hebt bij voorkeur ervaring met:"] * 2 + ["You have:"] * 2
    judgements = [Judgement("responsibility", "words", 0.6) for _ in units]
    _read_requirements_led_in(units, features, judgements, DEFAULT_VOCABULARY)
    kinds = [j.kind for j in judgements]
    assert kinds == ["qualification", "qualification", "qualification", "responsibility"]  # the last cued a duty
    assert judgements[0].signal == "lead-in"


def test_no_duty_stands_under_a_heading_about_applying() -> None:
    body = "## How to apply\n\nYou will meet two of us for coffee. Applicants must hold a work permit.\n"
    units, _ = _units_and_features(body)
    judgements = [Judgement("responsibility", "words", 0.7), Judgement("qualification", "words", 0.7)]
    _leave_out_how_to_apply(units, judgements)
    assert [j.kind for j in judgements] == [None, "qualification"]


def _rule_of_the_teams_technologies(body: str, kind: ItemKind) -> list[ItemKind | None]:
    """The kinds the rule leaves of a body's units, each first read as ``kind``."""
    structure = read_structure(body)
    features = all_features(structure.units, structure.roots, DEFAULT_VOCABULARY)
    judgements = [Judgement(kind, "heading", 0.8) for _ in structure.units]
    _leave_out_the_teams_technologies(structure.units, structure.roots, features, judgements, DEFAULT_VOCABULARY)
    return [j.kind for j in judgements]


def test_a_list_after_a_line_introducing_the_teams_technologies_is_no_item() -> None:
    body = (
        "## Qualifikation\n\n- Erfahrung mit Node.js\n\n"
        "Unser Tech-Stack im Backend\n\n- Sprache: TypeScript\n- Datenbank: PostgreSQL\n"
    )
    kinds = _rule_of_the_teams_technologies(body, "qualification")
    # The line itself is left to the model; the requirement before it stays.
    assert kinds == ["qualification", "qualification", None, None]


def test_what_stands_under_a_heading_of_the_teams_technologies_is_no_item_unless_asked_of_the_candidate() -> None:
    body = (
        "## Technologies we use\n\n### Backend\n\n- Go and gRPC\n- Experience with Kafka streams\n\n"
        "### Requirements\n\n- Go in production\n\n"
        "## Environnement technique\n\n- Symfony, Redis\n- Bonne connaissance de Docker\n"
    )
    kinds = _rule_of_the_teams_technologies(body, "qualification")
    assert kinds == [None, "qualification", "qualification", None, "qualification"]


def test_a_lead_in_that_asks_for_the_stack_keeps_its_list() -> None:
    body = "## Profile\n\nYou should have:\n\n- Our stack: Go and Postgres\n\nOur stack:\n\n- Go\n- Postgres\n"
    kinds = _rule_of_the_teams_technologies(body, "qualification")
    assert kinds == ["qualification", None, None]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Our current stack:", True),
        ("Technologies We Frequently Use", True),
        ("Unser Tech-Stack (Auszug)", True),
        ("Environnement technique :", True),
        ("Stack tecnológico", True),
        ("Środowisko technologiczne", True),
        ("You will work across the stack:", False),  # what the job does, across it
        ("Full Stack Developer", False),
        ("Requirements", False),
    ],
)
def test_lines_that_introduce_the_teams_technologies(line: str, names: bool) -> None:
    assert names_the_teams_technologies(line) is names


_STACK_WORDS = st.sampled_from(
    ["Our", "tech", "Tech-Stack", "stack", "Technologies", "we", "frequently", "use", "Environnement", "technique",
     "Stack", "tecnológico", "Środowisko", "technologiczne", "tools", "Unser", "im", "Backend", "Requirements", "-"]
)  # fmt: skip


@given(st.lists(_STACK_WORDS, max_size=6).map(" ".join))
def test_the_gate_of_the_teams_technologies_lets_through_every_line_the_pattern_finds(text: str) -> None:
    assert names_the_teams_technologies(text) == (_TEAMS_TECHNOLOGIES.search(text) is not None)


def test_a_parsed_posting_leaves_its_stack_out_of_its_requirements() -> None:
    posting = parse(
        "---\ntitle: Backend Developer\n---\n## Aufgaben\n\n- Du entwickelst unsere APIs weiter\n\n"
        "## Qualifikation\n\n- Sehr gute Kenntnisse in TypeScript\n- Erfahrung mit GraphQL\n\n"
        "Unser Tech-Stack im Backend\n\n- Sprache: TypeScript (Node.js)\n- Datenbank: MongoDB Atlas\n"
    )
    assert [q.text for q in posting.qualifications] == ["Sehr gute Kenntnisse in TypeScript", "Erfahrung mit GraphQL"]


def test_an_entry_cued_as_a_requirement_under_a_heading_naming_no_kind_is_a_requirement() -> None:
    body = "## The role\n\n- Repair bicycles in the shop\n- You're comfortable lifting heavy frames\n"
    units, features = _units_and_features(body)
    assert [unit.node.declared for unit in units] == [None, None]  # "The role" names no kind
    judgements = [Judgement("responsibility", "heading", 0.8) for _ in units]
    _read_requirement_entries_under_unnamed_headings(units, features, judgements)
    assert [j.kind for j in judgements] == ["responsibility", "qualification"]


def test_japanese_prose_naming_the_person_sought_is_read_as_requirements() -> None:
    posting = parse(
        "## 仕事内容\n\n請求書の発行をお任せします。\n\n"
        "## 応募資格\n\n日商簿記2級をお持ちの方。経理の経験が2年以上ある方。\n"
    )
    assert [q.text for q in posting.qualifications] == ["日商簿記2級をお持ちの方。", "経理の経験が2年以上ある方。"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Вы будете вести первичную документацию.", "c:duty"),  # Russian: you will keep …
        ("Вам предстоит искать новых клиентов.", "c:duty"),  # you are to …
        ("Ви будете розробляти нові сервіси.", "c:duty"),  # Ukrainian: you will develop …
        ("До ваших обов'язків входить код-рев'ю.", "c:duty"),  # your duties include …
        ("Вы владеете Excel.", "c:reader-trait"),  # you master …
        ("У вас есть опыт продаж.", "c:reader-trait"),  # you have …
        ("Ви маєте досвід роботи з Django.", "c:reader-trait"),
        ("Θα είστε υπεύθυνος για την τήρηση των βιβλίων.", "c:duty"),  # Greek: you will be responsible for
        ("Θα διαχειρίζεσαι τις κρατήσεις του ξενοδοχείου.", "c:duty"),  # the middle voice: you will manage
        ("Ako účtovník budete zodpovedať za mzdy.", "c:duty"),  # Slovak: you will answer for, mid-sentence
        ("Je bent het aanspreekpunt voor de gemeenten.", "c:duty"),  # Dutch: you are the point of contact
        ("Du bist erster Ansprechpartner für Kunden.", "c:duty"),
        ("Zum Aufgabenbereich gehören die Meldeämter.", "c:duty"),  # German: the job's share includes
        ("Postul presupune relația cu furnizorii.", "c:duty"),  # Romanian: the post involves
        ("Lisäksi tehtäviin sisältyy tavaran vastaanotto.", "c:duty"),  # Finnish: the tasks include
        ("Tapasztalatot várunk könyvelésben.", "c:qual-strong"),  # Hungarian: we expect
        ("Exigem-se conhecimentos de hidráulica.", "c:qual-strong"),  # Portuguese: are required
        ("Zahtevan je strokovni izpit.", "c:qual-strong"),  # Slovenian: is required
        ("Du trivs med att ta ansvar.", "c:reader-trait"),  # Swedish: you thrive on
        ("Posao uključuje rad s kupcima.", "c:duty"),  # Croatian: the job includes
        ("Analyzovať budete odchýlky od plánu.", "c:duty"),  # … the infinitive first
        ("Ocasionalmente, terá de assegurar o turno.", "c:duty"),  # Portuguese: will have to
        ("Irá ainda estabelecer contactos com as escolas.", "c:reader-duty"),  # will also establish
        ("Θα συνεργάζεστε με την ομάδα σχεδιασμού.", "c:duty"),  # you will work with
        ("Διαθέτετε εμπειρία 2 ετών.", "c:reader-trait"),  # you have
        ("Ο υποψήφιος πρέπει να διαθέτει πτυχίο.", "c:reader-trait"),  # the candidate must have
        ("Bạn sẽ phát triển các tính năng mới.", "c:duty"),  # Vietnamese: you will develop
        ("Ứng viên cần có bằng cử nhân kế toán.", "c:reader-trait"),  # the candidate needs
        ("Необходимо высшее экономическое образование.", "c:qual-weak"),  # Russian: needed, impersonally
        ("Требуется опыт работы бухгалтером.", "c:qual-weak"),  # required
        ("Потрібен досвід роботи з 1С.", "c:qual-weak"),  # Ukrainian
        ("В ваши задачи также входит подготовка отчётности.", "c:duty"),
        ("Ο/Η υποψήφιος/α διαθέτει πτυχίο λογιστικής.", "c:reader-trait"),  # Greek: the candidate has
        ("İyi derecede İngilizce bilgisi aranmaktadır.", "c:qual-strong"),  # Turkish: is sought
        ("Vardiyalı çalışmaya uygun olmak gerekmektedir.", "c:qual-strong"),  # is required
        ("Uchazeč/ka musí mít řidičský průkaz.", "c:qual-strong"),  # Czech: the applicant must have
        ("Le candidat détient un DEC en comptabilité.", "c:qual-strong"),  # French: the candidate holds
        ("日商簿記2級以上の資格が必要です。", "c:qual-strong"),  # Japanese: … is needed
        ("経理の経験がある方を募集します。", "c:qual-strong"),  # we seek someone who …
        ("간호사 면허를 소지하신 분이어야 합니다.", "c:qual-strong"),  # Korean: must be someone who …
        ("Dazu gehört die Erstellung der Abschlüsse.", "c:duty"),  # German: part of it is …
        ("Työssäsi vastaat potilaiden hoidosta.", "c:duty"),  # Finnish: the reader in the verb's ending
        ("Osallistut kotiutussuunnitteluun.", "c:duty"),
        ("Zum Aufgabengebiet gehören die Bearbeitung von Anträgen.", "c:duty"),  # German: the post's duties
        ("Le ou la titulaire du poste assure la gestion du rayon.", "c:duty"),  # French: the post holder
        ("El puesto conlleva la gestión de la correspondencia.", "c:duty"),
        ("Do jej zadań będzie należało planowanie zmian.", "c:duty"),  # Polish: among her duties
        ("A munkakörbe tartozik az ügyfelek tájékoztatása.", "c:duty"),  # Hungarian: the job includes
        ("Vaším úkolem bude obsluha zákazníků.", "c:duty"),  # Czech: your task will be
        ("Työhösi kuuluu asiakkaiden perushoito.", "c:duty"),  # Finnish: your work includes
        ("Ο/Η κάτοχος της θέσης θα είναι υπεύθυνος/η για τα βιβλία.", "c:duty"),  # Greek: the post holder will
        ("Søkere må ha fagbrev.", "c:qual-strong"),  # Norwegian: applicants must have
        ("Søkere må beherske engelsk godt.", "c:qual-strong"),  # … must master
        ("Do obowiązków pielęgniarki należeć będzie opieka nad pacjentami.", "c:duty"),  # Polish: the nurse's duties
        ("Competir-lhe-á emitir pareceres de risco.", "c:duty"),  # Portuguese: it will fall to them
        ("Sarà inoltre impiegato nella posa di impianti fotovoltaici.", "c:duty"),  # Italian: will be employed in
        ("Sarà inoltre chiamato/a a mantenere i rapporti con le famiglie.", "c:duty"),  # … called upon to
        ("Stor vikt läggs vid personlig lämplighet.", "c:qual-strong"),  # Swedish: great weight is put on
        ("Vi lägger stor vikt vid personlig lämplighet.", "c:qual-strong"),  # and said of the employer
        ("Este necesar să ai permis de conducere.", "c:qual-strong"),  # Romanian: it is necessary that
        ("Elvárásunk az érvényes jogosítvány.", "c:qual-strong"),  # Hungarian: our expectation
        ("Sinulla tulee olla hygieniapassi.", "c:qual-strong"),  # Finnish: you must have
        ("Předpokladem je vstřícné vystupování.", "c:qual-strong"),  # Czech: a precondition is
        ("Será imprescindible estar en posesión del título.", "c:qual-strong"),
        ("Ci aspettiamo serietà e puntualità.", "c:qual-strong"),  # Italian: we expect
        ("Kandydat powinien posiadać prawo jazdy.", "c:qual-strong"),  # Polish: the candidate should
        ("Απαραίτητη είναι η άριστη γνώση αγγλικών.", "c:qual-weak"),  # Greek: necessary is
        ("Stillingen kræver kørekort til varebil.", "c:qual-strong"),  # Danish: the post requires
        ("The post requires a full driving licence.", "c:qual-strong"),
        ("Le poste demande une bonne résistance physique.", "c:qual-strong"),
        ("Hakijalta edellytetään hygieniapassia.", "c:qual-strong"),  # Finnish: of the applicant is required
        ("Tehtävän hoitaminen edellyttää ajokorttia.", "c:qual-strong"),  # the task requires
        ("Niezbędna jest znajomość programu Symfonia.", "c:qual-strong"),  # Polish: indispensable is
        ("Se solicită permis de conducere categoria B.", "c:qual-strong"),  # Romanian: is asked for
        ("Elvárás a középfokú végzettség.", "c:qual-strong"),  # Hungarian: an expectation is
        ("We'd like you to have a forklift ticket.", "c:qual-strong"),
        ("Entre sus funciones estarán la apertura de la tienda y el arqueo.", "c:duty"),  # among its duties
        ("Il lavoro prevede la gestione del magazzino.", "c:duty"),  # Italian: the work involves
        ("Gli verranno inoltre affidate le pratiche di successione.", "c:duty"),  # will be entrusted to him
        ("Dále bude zpracovávat mzdy.", "c:duty"),  # Czech: further, will process
        ("T'encarregaràs de les comandes.", "c:reader-duty"),  # Catalan: you will take charge of
        ("Hauràs de preparar els esmorzars.", "c:reader-duty"),  # you will have to
        ("I tillegg inngår snømåking om vinteren.", "c:duty"),  # Norwegian: also included is
        ("Työssäsi pääset suunnittelemaan reittejä.", "c:duty"),  # Finnish: in your work you get to plan
        ("Another important part of the job is checking the traps.", "c:duty"),
        ("The clerk is the first point of contact for visitors.", "c:duty"),
        ("Candidates who own a car and hold a licence will be preferred.", "c:qual-strong"),
        ("Il lavoro consiste nel servizio ai tavoli.", "c:duty"),  # Italian: the work consists of
        ("Potrà essere chiamato a sostituire i colleghi.", "c:duty"),  # may be called on to
        ("Il pourra être amené à remplacer ses collègues.", "c:duty"),
        ("Arbetet består främst av mjölkning och utfodring.", "c:duty"),  # Swedish: the work consists of
        ("Además, deberá coordinar la red local.", "c:duty"),  # Spanish: (s)he will have to
        ("Cabe a ele conferir a documentação da carga.", "c:duty"),  # Portuguese: it falls to him
        ("Bude vést správní řízení.", "c:duty"),  # Czech: (s)he will lead
        ("Dokumentation är en naturlig del av vardagen.", "c:duty"),  # part of the everyday
        ("Θα εξυπηρετεί τα αιτήματα των επισκεπτών.", "c:duty"),  # Greek: (s)he will serve
        ("Du behöver ha B-körkort.", "c:qual-strong"),  # Swedish: you need to have
        ("Musisz umieć czytać schematy.", "c:qual-strong"),  # Polish: you must be able to
        ("Potrzebna jest pełna dyspozycyjność.", "c:qual-strong"),  # needed is
        ("Řidičský průkaz je nutností.", "c:qual-strong"),  # Czech: is a necessity
        ("Důležitá je pro nás pečlivost.", "c:qual-strong"),  # important to us is
        ("Exigimos disponibilidade para viagens.", "c:qual-strong"),  # Portuguese: we require
        ("Shelving and tidying are part of every shift.", "c:duty"),
        ("Cleaning the kegs is a daily responsibility.", "c:duty"),
        ("Expect to dig trenches and carry pipe.", "c:duty"),
        ("We need someone to keep the warehouse running.", "c:duty"),  # someone sought to do the work
        ("We're hoping you've spent two years in support.", "c:qual-strong"),
        ("Only EU citizens may apply.", "c:qual-strong"),
        ("Applicants should be competent swimmers.", "c:qual-strong"),
        ("Candidates should be willing to work weekends.", "c:qual-strong"),
        ("The successful candidate will need an enhanced DBS check.", "c:qual-strong"),
        ("Arbejdet omfatter medicinhåndtering og dokumentation.", "c:duty"),  # Danish: the work includes
        ("To diagnose, service and repair light vehicles.", "c:duty-verb"),  # the post's purpose
        ("It also involves working with the risk team.", "c:duty"),
        ("There's demolition on renovation jobs, and that's part of the job too.", "c:duty"),
        ("This position is open to Singapore Citizens only.", "c:qual-strong"),
        ("Pregătirea tratamentelor fac parte din activitatea zilnică.", "c:duty"),  # Romanian: part of the day
    ],
)
def test_sentences_addressing_the_reader_in_other_scripts_carry_cues(sentence: str, cue: str) -> None:
    assert cue in cue_features(sentence, DEFAULT_VOCABULARY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Вы будете получать стабильную зарплату.",
        "Вы будете работать в дружной команде.",
        "Мы ищем бухгалтера.",
        "Θα έχετε ευέλικτο ωράριο.",  # Greek: you will have
        "Bạn sẽ được đào tạo bài bản.",  # Vietnamese: you will be trained
        "Saat käyttöösi työpuhelimen.",  # Finnish: you get
        "Olet tervetullut tutustumaan.",
        "Riceverai buoni pasto.",  # Italian: you will receive
        "Tendrás un contrato indefinido.",  # Spanish: you will have
        "Disfrutarás de 23 días de vacaciones.",
    ],
)
def test_what_the_reader_gets_in_other_scripts_is_no_duty(sentence: str) -> None:
    assert "c:duty" not in cue_features(sentence, DEFAULT_VOCABULARY)


def test_russian_prose_without_headings_gives_duties_and_requirements() -> None:
    posting = parse(
        "Мы ищем бухгалтера в наш офис.\n\n"
        "Вы будете вести первичную документацию и готовить отчётность.\n\n"
        "У вас есть опыт работы от двух лет. Вы владеете 1С.\n\n"
        "Вы будете получать стабильную зарплату.\n"
    )
    assert [r.text for r in posting.responsibilities] == [
        "Вы будете вести первичную документацию и готовить отчётность."
    ]
    assert [q.text for q in posting.qualifications] == ["У вас есть опыт работы от двух лет.", "Вы владеете 1С."]


@pytest.mark.parametrize(
    ("body", "first", "taken"),
    [
        ("Вы владеете Excel. Знание 1С будет преимуществом.\n", "qualification", "qualification"),  # preferred
        ("Мы находимся в Казани. Знание 1С будет преимуществом.\n", None, None),  # beside no requirement
        ("Sinulla on kokemusta. Olet reipas ja oma-aloitteinen.\n", "qualification", "qualification"),  # the reader
        ("Sinulla on kokemusta. Exige-se carta de condução.\n", "qualification", "qualification"),  # impersonal
        ("Je verleent zorg. Daarnaast begeleid je stagiaires.\n", "responsibility", "responsibility"),  # a duty
        ("Je verleent zorg. Daarnaast begeleid je stagiaires.\n", "qualification", None),  # a duty beside no duty
    ],
)
def test_a_sentence_its_words_cue_beside_an_item_of_that_kind_is_one_however_far_behind(
    body: str, first: ItemKind | None, taken: ItemKind | None
) -> None:
    units, features = _units_and_features(body)
    judgements = [Judgement(first, "words", 0.6), Judgement(None, "words", 0.6)]
    scores = [[-3.0, -3.0, 3.0] for _ in units]  # six points behind 'none'
    _take_cued_sentences_beside_their_kind(units, features, scores, judgements, DEFAULT_VOCABULARY)
    assert judgements[1].kind == taken


def test_a_sentence_cued_only_as_a_duty_read_as_a_requirement_beside_a_duty_is_a_duty() -> None:
    units, features = _units_and_features("Du vil ha ansvar for pasientene. Du skal også veilede studenter.\n")
    assert "c:duty" in features[1].cues
    judgements = [Judgement("responsibility", "words", 0.6), Judgement("qualification", "words", 0.6)]
    _read_duty_cued_sentences_beside_duties(units, features, judgements)
    assert judgements[1].kind == "responsibility"
    judgements = [Judgement(None, "words", 0.6), Judgement("qualification", "words", 0.6)]  # beside no duty
    _read_duty_cued_sentences_beside_duties(units, features, judgements)
    assert judgements[1].kind == "qualification"


def test_a_cue_found_both_in_english_and_in_another_script_is_named_once() -> None:
    text = "Bạn sẽ phát triển ứng dụng, you will build apps."
    for cue_names in (
        cue_features(text, DEFAULT_VOCABULARY),
        cues_of_units([text], [words_of(text)], DEFAULT_VOCABULARY)[0],
    ):
        assert list(cue_names).count("c:duty") == 1


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["tapasztalattal"], "experience"),  # Hungarian: the stem's inflections
        (["deneyimine"], "experience"),  # Turkish
        (["ismered"], "knowledge"),
        (["досвіду"], "experience"),  # Ukrainian, whole words
        (["خبرة"], "experience"),  # Arabic
        (["πτυχίο"], "degree"),  # Greek
    ],
)
def test_the_lexicon_reads_languages_without_labelled_postings(words: list[str], name: str) -> None:
    assert name in lexicon_classes(words)


def test_a_stem_of_the_lexicon_is_a_stem_of_one_of_its_classes() -> None:
    stems = [entry for entries in LEXICON.values() for entry in entries.split() if entry.endswith("-")]
    assert stems
    for stem in stems:
        assert lexicon_classes([stem[:-1] + "xx"]), stem


# --- the post holder named by the title ---------------------------------------------------------------


def _titled(title: str, heading: str, paragraph: str) -> str:
    return f"---\ntitle: {title}\n---\n\n## {heading}\n\n{paragraph}\n"


@pytest.mark.parametrize(
    ("title", "heading", "sentence"),
    [
        ("Mobile Library Driver", "About the job", "The mobile library driver plans routes around the villages."),
        ("Outreach Worker (CHW)", "The role", "The Outreach Worker (OW) visits families in their homes."),
        ("Bucătar – Restaurant Dunărea", "Descrierea postului", "Bucătarul pregătește preparatele zilnice."),
        ("Všeobecná sestra – chirurgie", "Popis pozice", "Sestra podává léky podle ordinace lékaře."),
        ("Óvodapedagógus", "Feladatok", "Az óvodapedagógus megtervezi a csoport napi programját."),
        ("Toimistosihteeri, kaupungintalo", "Tehtävä", "Toimistosihteeri avustaa johtoa kokousten valmistelussa."),
        ("Lærer 5.–7. trinn", "Om stillingen", "Læreren følger opp elevene i matematikk og norsk."),
        ("Opiekunka osób starszych", "Opis stanowiska", "Opiekun prowadzi dokumentację dziennej opieki."),
        ("Responsable de rayon (H/F)", "Le poste", "Le responsable de rayon commande les produits frais."),
        ("Registered Nurse – Ward 4", "About the job", "The RN plans the care of six patients."),  # initials
        ("Bucătar – Sibiu", "Descrierea postului", "Bucătarul va pregăti meniul zilei."),  # the future
        ("Υπάλληλος υποδοχής", "Περιγραφή θέσης", "Ο/Η υπάλληλος θα αναλάβει τις κρατήσεις."),
        ("Family Support Worker (FSW)", "About the job", "The FSW visits families at home."),  # its short name
        ("Site Supervisor", "The role", "The site supervisor is responsible for the daily running of sites."),
        ("Stores Technician", "The role", "Under the direction of the buyer, the stores technician orders parts."),
        ("Lagerfachkraft (m/w/d)", "Deine Aufgaben", "Die Fachkraft kommissioniert die Ware."),  # a compound's end
        ("Advokatsekretær", "Om stillingen", "Sekretæren skal skrive ægtepagter og testamenter."),
        ("Community Health Worker (CHW)", "About the job", "CHWs also lead group sessions."),  # its short name, plural
        ("Bench Joiner", "About the role", "Each joiner looks after their own bench."),
        ("Υπάλληλος υποδοχής", "Περιγραφή θέσης", "Ο/Η υπάλληλος υποδοχής θα είναι υπεύθυνος/η για τις αφίξεις."),
    ],
)
def test_a_sentence_whose_subject_is_the_titles_job_is_a_duty(title: str, heading: str, sentence: str) -> None:
    duties, requirements = kinds(_titled(title, heading, f"Our shop opened in 1990. {sentence}"))
    assert duties == [sentence]
    assert requirements == []


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Ward Clerk", "The ward clerk must hold a first aid certificate."),
        ("Ward Clerk", "The ward clerk must be registered with the council."),
        ("Asistent medical", "Asistentul medical trebuie să aibă aviz de liberă practică."),
        ("Bucătar", "Bucătarul va avea cel puțin doi ani de experiență."),  # the future of having
    ],
)
def test_what_the_titles_job_must_have_is_a_requirement(title: str, sentence: str) -> None:
    duties, requirements = kinds(_titled(title, "The role", sentence))
    assert duties == []
    assert requirements == [(sentence, True)]


@pytest.mark.parametrize(
    ("title", "heading", "sentence"),
    [
        ("Ward Clerk", "The role", "The ward clerk is a band 3 post."),  # being, not doing
        ("Ward Clerk", "The role", "The ward clerk can apply for the training scheme after a year."),
        ("Ward Clerk", "The role", "Ward Clerks get free parking at the hospital."),  # English plural: the team
        ("Ward Clerk", "About us", "Ward Clerk teams support eight wards."),
        ("Ward Clerk", "What we offer", "The ward clerk receives a uniform allowance."),  # the offer's section
        ("Szakács – Tihany", "Rólunk", "Szakácsot keresünk a nyári szezonra."),  # seeking: an opening
        ("Bus Driver", "The role", "Bus Driver - 37 hours a week, Monday to Friday."),  # the title again
        ("PhD studentship", "Funding", "The studentship covers fees and a stipend."),  # the post, not a person
        ("Data Engineer", "The role", "Our data team runs the warehouse and the dashboards."),
        ("Brightly - Technical Writer", "The role", "Across three continents, Brightly ships payment tools."),
    ],
)
def test_sentences_of_the_titles_job_that_state_no_duty_stay_out(title: str, heading: str, sentence: str) -> None:
    duties, requirements = kinds(_titled(title, heading, sentence))
    assert sentence not in duties
    assert sentence not in [text for text, _ in requirements]


def test_without_a_title_a_third_person_sentence_is_not_read_as_the_hires() -> None:
    body = "## The role\n\nThe mobile library driver plans routes around the villages.\n"
    assert kinds(body) == ([], [])


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Arbeidsoppgaver", [True, False]),  # a heading that names duties: believed, but not in English
        ("Om stillingen", [False, False]),  # one that names the role only
    ],
)
def test_uncued_prose_read_as_duties_by_a_heading_that_names_them_is_kept_outside_english(
    heading: str, kept: list[bool]
) -> None:
    body = (
        f"## {heading}\n\nStillingen har ansvar for behandling av søknader om tilskudd. "
        "Accurate stock records are kept for the auditors.\n"
    )
    units, features = _units_and_features(body)
    assert [f.cues for f in features] == [(), ()]
    judgements = [Judgement("responsibility", "heading", 0.6) for _ in units]
    _leave_out_uncued_prose_read_as_duties_by_heading(units, features, judgements)
    assert [j.kind == "responsibility" for j in judgements] == kept


@pytest.mark.parametrize("heading", ["The role", "Overview"])
def test_a_sentence_without_cues_under_the_role_is_still_no_duty(heading: str) -> None:
    paragraph = "You will sample soils across the estate. Soil ecology is a young and fast-moving field."
    duties, _ = kinds(f"# Field Assistant\n\n## {heading}\n\n{paragraph}\n")
    assert duties == ["You will sample soils across the estate."]


@pytest.mark.parametrize(
    ("heading", "paragraph", "offer"),
    [
        (
            "Profil recherché",
            "Un bon niveau d'anglais écrit est nécessaire. Vous avez un master en statistique.",
            "Nous proposons un CDI et des tickets restaurant.",
        ),
        (
            "Požadavky",
            "Požaduje se vysokoškolské vzdělání ekonomického směru. Máte praxi v účetnictví alespoň dva roky.",
            "Nabízíme stravenky a pět týdnů dovolené.",
        ),
    ],
)
def test_a_sentence_beside_requirements_under_their_heading_is_one(heading: str, paragraph: str, offer: str) -> None:
    _, requirements = kinds(f"# Analyste\n\n## {heading}\n\n{paragraph}\n\n{offer}\n")
    assert requirements == [(sentence + ".", True) for sentence in paragraph.removesuffix(".").split(". ")]


def test_short_lines_written_as_paragraphs_under_requirements_are_read_as_one_list() -> None:
    lines = [
        "High school diploma or equivalent.",
        "One year of experience in a warehouse.",
        "Willingness to work nights.",
        "A forklift licence is a plus.",
    ]
    _, requirements = kinds("# Picker\n\n## Requirements\n\n" + "\n\n".join(lines) + "\n")
    assert [text for text, _ in requirements] == lines


def test_one_requirement_among_lines_written_as_paragraphs_takes_no_neighbour() -> None:
    body = "# Cook\n\n## Requirements\n\nGrill experience is a plus.\n\nSpeak to Anna at the pass any afternoon.\n"
    _, requirements = kinds(body)
    assert requirements == [("Grill experience is a plus.", False)]


def test_a_wish_beside_requirements_without_a_heading_is_a_preferred_one() -> None:
    paragraph = "You need a driver's licence. Some welding would help, but it's not essential."
    _, requirements = kinds(f"# Apprentice Plumber\n\nWe are a small team.\n\n{paragraph}\n")
    assert requirements == [
        ("You need a driver's licence.", True),
        ("Some welding would help, but it's not essential.", False),
    ]


def test_a_sentence_beside_requirements_keeps_the_kind_its_words_give() -> None:
    paragraph = "You have two years of experience in logistics. We ship from three warehouses across the region."
    _, requirements = kinds(f"# Planner\n\n## Requirements\n\n{paragraph}\n")
    assert requirements == [("You have two years of experience in logistics.", True)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("They are also expected to supervise student nurses.", "c:duty"),
        ("The candidate will also be required to prepare the monthly accounts.", "c:duty"),
        ("The student is expected to present the results at two conferences.", "c:duty"),
        ("The candidate will be required to hold a valid registration.", "c:qual-strong"),
        ("They'll also keep the booking system up to date.", "c:duty"),  # the contraction
        ("Between classes, they'll keep the studio clean.", "c:duty"),  # after an opening phrase
        ("In spring, the post holder will help with lambing.", "c:duty"),
        ("You'd be making levels for our puzzle games.", "c:duty"),  # "you'd be" before doing
        ("Part of the job is running workshops for schools.", "c:duty"),
        ("Součástí práce je komunikace s úřady.", "c:duty"),
        ("Seuraat asiakkaiden vointia.", "c:duty"),
        ("Durante el curso habrá que acompañar al alumnado.", "c:duty"),
        ("Sarà inoltre responsabile della sala.", "c:duty"),
        ("We're after a baker to run our early shift.", "c:duty"),  # sought to do the work
        ("We need someone who can lift 25 kg.", "c:qual-strong"),
        ("Our ideal person is calm under pressure.", "c:qual-strong"),
        ("We're after people who love being outdoors.", "c:qual-strong"),
        ("Ważna jest dla nas dobra znajomość prawa.", "c:qual-strong"),
        ("Imprescindible inglés conversacional.", "c:qual-strong"),
        ("Voraussetzung für die Einstellung ist ein Masterabschluss.", "c:qual-strong"),
        ("Il est demandé au candidat de savoir rédiger.", "c:qual-strong"),
        ("In het bezit zijn van rijbewijs B.", "c:qual-strong"),
        ("A bit of bike know-how helps too.", "x:preferred"),
    ],
)
def test_cues_of_what_the_hire_does_or_holds_and_of_the_employers_wishes(sentence: str, cue: str) -> None:
    assert cue in cue_features(sentence, DEFAULT_VOCABULARY)


def test_what_applicants_are_required_to_send_is_no_duty() -> None:
    assert "c:duty" not in cue_features("The candidate is required to submit two references.", DEFAULT_VOCABULARY)


def test_paragraphs_of_one_line_ending_on_semicolons_are_entries_of_their_heading() -> None:
    body = (
        "# 英语教师\n\n## 任职条件\n\n<p>本科及以上学历；</p>\n<p>持有教师资格证；</p>\n<p>普通话标准。</p>\n\n"
        "## Wir bieten\n\n<p>Ein nettes Team;</p>\n<p>Gute Bezahlung.</p>\n"
    )
    duties, requirements = kinds(body)
    assert requirements == [("本科及以上学历；", True), ("持有教师资格证；", True), ("普通话标准。", True)]
    assert duties == []


def test_one_paragraph_ending_on_a_semicolon_is_no_list() -> None:
    body = "# Lehrer\n\n## Anforderungen\n\nAbgeschlossenes Studium;\n\nWir freuen uns auf Sie.\n"
    _, requirements = kinds(body)
    assert ("Wir freuen uns auf Sie.", True) not in requirements


def test_what_the_employer_says_of_itself_is_not_taken_beside_requirements() -> None:
    body = (
        "## Requirements\n\nYou hold a forklift licence. Our team deploys twice a day. "
        "We would like you to speak Polish. Knowledge of SAP is a bonus.\n"
    )
    _, features = _units_and_features(body)
    assert [_speaks_of_the_employer(f) for f in features] == [False, True, False, False]


@pytest.mark.parametrize(
    ("sentence", "french"),
    [
        ("Le cabinet est un acteur reconnu du droit du travail.", True),  # "du": of the
        ("Im Team entwickelst du neue Features für unsere App.", False),
        ("Som kokk har du ansvar for kjøkkenet og lager menyer.", False),
    ],
)
def test_du_in_a_french_sentence_is_no_reader(sentence: str, french: bool) -> None:
    _, features = _units_and_features(f"## Profil\n\n{sentence}\n")
    assert ("x:you" not in features[0].classes) is french


def test_the_work_sought_is_no_gerund_after_to() -> None:
    sought = "We are looking for someone with strong subject knowledge and a commitment to raising achievement."
    assert "c:duty" not in cue_features(sought, DEFAULT_VOCABULARY)
    assert "c:duty" in cue_features("We are looking for a cook to run our grill.", DEFAULT_VOCABULARY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hay que tener carnet de conducir.",  # what one must have: no duty
        "You'd be a great fit for our team.",
        "Na pracovišti je klid a pohoda.",  # Czech "je" (is) is no Dutch "you"
        "Gaudiràs de descomptes a l'hotel.",  # Catalan: you will enjoy
        "Nástup bude možný ihned.",  # Czech: starting will be possible
    ],
)
def test_no_duty_cue_where_none_is_asked(sentence: str) -> None:
    found = cue_features(sentence, DEFAULT_VOCABULARY)
    assert "c:duty" not in found
    assert "c:reader-duty" not in found


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Der/die Stelleninhaber/in bearbeitet Bauanträge.", "responsibility"),
        ("Außerdem betreut er/sie die Sitzungen des Bauausschusses.", "responsibility"),  # the verb first
        ("Il/elle instruit les dossiers d'état civil.", "responsibility"),
        ("Hij of zij adviseert het college over woonbeleid.", "responsibility"),
        ("Pracownik sporządza roczne sprawozdania.", "responsibility"),
        ("Der/die Stelleninhaber/in hat einen Abschluss in Architektur.", "qualification"),
        ("De medewerker krijgt een laptop en een telefoon.", None),  # what the hire gets
        ("Er/sie ist teamfähig.", None),  # what the hire is
        ("Die Stadt sucht eine Fachkraft.", None),
        ("Titularul postului verifică documentațiile depuse.", "responsibility"),
        ("Les persones seleccionades atendran el servei de préstec.", "responsibility"),
        ("Lisäksi hän valvoo rakennustyömaita.", "responsibility"),
        ("Emellett ő készíti el az éves beszámolókat.", "responsibility"),
        ("La personne recrutée représente l'association.", "responsibility"),
        ("Új kollégánk vízminták vizsgálatát végzi.", "responsibility"),  # Hungarian: our new colleague
    ],
)
def test_a_subject_that_names_the_hire_without_the_titles_words(sentence: str, kind: str | None) -> None:
    said = _said_of_the_hire(sentence)
    assert (said[0] if said else None) == kind


def test_sentences_beside_a_duty_taken_as_the_likeliest_are_duties_too() -> None:
    paragraph = (
        "Saisie et classement des courriers entrants de l'association. Préparation des réunions du conseil "
        "d'administration. Tenue du registre des adhérents et relance des cotisations. Appui ponctuel au trésorier "
        "pour les factures."
    )
    body = (
        f"---\ntitle: Assistant administratif\n---\n\n## Activités principales\n\n{paragraph}\n\n"
        "## Compétences requises\n\nDiplôme de niveau bac+2 en assistanat de direction.\n"
    )
    duties, _ = kinds(body)
    assert len(duties) == 4


def test_a_sentence_beside_duties_under_their_heading_is_one_outside_english() -> None:
    paragraph = (
        "Die Pflegefachkraft übernimmt die Grundpflege. Die Pflege wird lückenlos dokumentiert. "
        "Die Schichten wechseln wöchentlich."
    )
    duties, _ = kinds(f"# Pflegefachkraft\n\n## Deine Aufgaben\n\n{paragraph}\n")
    assert duties == ["Die Pflegefachkraft übernimmt die Grundpflege.", "Die Pflege wird lückenlos dokumentiert."]


def test_a_legend_of_essential_and_desirable_in_a_lead_in_makes_no_item_optional() -> None:
    body = (
        "# Teaching Assistant\n\n## Person specification\n\nCriteria (E = essential, D = desirable):\n\n"
        "- A Level 3 teaching assistant qualification (E)\n- Experience of phonics schemes (D)\n"
    )
    _, requirements = kinds(body)
    assert requirements == [
        ("A Level 3 teaching assistant qualification (E)", True),
        ("Experience of phonics schemes (D)", False),
    ]


_THIRD_PERSON_PARAGRAPH = (
    "---\ntitle: Operador de armazém\n---\n\n"
    "A Exemplo Lda. distribui peças de automóvel em todo o país.\n\n"
    "## Descrição da função\n\n"
    "Recebe e confere a mercadoria à chegada. Arruma as paletes nas estantes da zona de expedição. "
    "Conduz empilhadores com cuidado.\n\n"
    "## Perfil\n\n"
    "- Carta de empilhador válida\n"
)


def test_a_paragraph_of_the_job_before_the_requirements_of_a_posting_with_no_duty_is_its_duties() -> None:
    posting = parse(_THIRD_PERSON_PARAGRAPH)
    assert [(r.text, r.signal) for r in posting.responsibilities] == [
        ("Recebe e confere a mercadoria à chegada.", "layout"),
        ("Arruma as paletes nas estantes da zona de expedição.", "layout"),
        ("Conduz empilhadores com cuidado.", "layout"),
    ]


@pytest.mark.parametrize(
    "change",
    [
        ("## Descrição da função", "## Benefícios"),  # a heading of another kind
        ("Conduz empilhadores com cuidado.", "Nós conduzimos empilhadores com cuidado."),  # the employer speaks
        ("## Perfil\n\n- Carta de empilhador válida\n", ""),  # no requirement to stand before
        ("## Descrição da função", "# Operador de armazém"),  # under the posting's title: the employer's opening
        ("Conduz empilhadores com cuidado.", "Conduz empilhadores destes modelos:"),  # introduces a list
    ],
)
def test_a_paragraph_elsewhere_or_in_the_employer_s_words_is_not_read_as_the_job(change: tuple[str, str]) -> None:
    posting = parse(_THIRD_PERSON_PARAGRAPH.replace(*change))
    assert "layout" not in {r.signal for r in posting.responsibilities}


def test_a_paragraph_speaking_to_the_reader_under_a_heading_of_duties_is_read_as_the_job() -> None:
    text = (
        "---\ntitle: Duomenų inžinierius\n---\n\n## Ką veiksi\n\n"
        "Kursi duomenų srautus. Kartu su komanda paruoši duomenis modeliams.\n\n"
        "## Ko tikimės\n\n- Trejų metų patirtis\n"
    )
    assert [r.text for r in parse(text).responsibilities] == [
        "Kursi duomenų srautus.",
        "Kartu su komanda paruoši duomenis modeliams.",
    ]


def test_only_the_first_section_of_unknown_kind_is_read_as_the_job() -> None:
    text = _THIRD_PERSON_PARAGRAPH.replace(
        "## Perfil", "## Posicionamento\n\nA remuneração será objeto de negociação.\n\n## Perfil"
    )
    texts = [r.text for r in parse(text).responsibilities]
    assert "Conduz empilhadores com cuidado." in texts
    assert "A remuneração será objeto de negociação." not in texts


@pytest.mark.parametrize(
    ("title", "paragraph", "goes_on"),
    [
        (
            "Docente di matematica",
            "Il/La docente cura la didattica della matematica. Partecipa ai consigli di classe.",
            "Partecipa ai consigli di classe.",
        ),
        (
            "Asistent social",
            "Asistentul social va evalua nevoile familiilor. De asemenea, va facilita accesul la servicii.",
            "De asemenea, va facilita accesul la servicii.",
        ),
        (
            "Outreach Team Leader",
            "The Team Leader supervises six outreach workers. Organises the weekly visit rota.",
            "Organises the weekly visit rota.",
        ),
        (  # another conjugation's ending, after a reflexive pronoun
            "Fisioterapista",
            "Il/la fisioterapista prende in carico i pazienti. Si occupa della valutazione iniziale.",
            "Si occupa della valutazione iniziale.",
        ),
        (  # the hire as "they", then a duty's verb
            "Volunteer Coordinator",
            "The Coordinator leads orientation for new volunteers. They manage our scheduling platform.",
            "They manage our scheduling platform.",
        ),
        (  # the same auxiliary of the future, after a duty the model read by itself
            "Tester automatyzujący",
            "Osoba zatrudniona na tym stanowisku będzie rozwijać testy API. Będzie współpracować z programistami.",
            "Będzie współpracować z programistami.",
        ),
        (  # Czech third persons end in "í", "á" or "e"; a comma later in the sentence is no opening phrase
            "Stavbyvedoucí",
            "Stavbyvedoucí řídí stavbu. Odpovídá za harmonogram, rozpočet a kvalitu prací.",
            "Odpovídá za harmonogram, rozpočet a kvalitu prací.",
        ),
        (  # the one chosen, then the auxiliary second, beside a person's participle (not "Delo bo potekalo")
            "Učitelj matematike",
            "Izbrani kandidat bo poučeval matematiko. Pripravljal bo učence na tekmovanja.",
            "Pripravljal bo učence na tekmovanja.",
        ),
        (  # the hire named again after "finally"
            "Chargé de projet",
            "Le ou la titulaire du poste anime le réseau. Enfin, il ou elle rédige le rapport annuel.",
            "Enfin, il ou elle rédige le rapport annuel.",
        ),
        (  # the hire's pronoun, after an opening phrase, before a verb of the hire's form
            "Conseiller agricole",
            "Le ou la titulaire du poste visite les fermes. Ensuite, elle rédige les rapports de visite.",
            "Ensuite, elle rédige les rapports de visite.",
        ),
        (  # the person sought, then an accented future after a short phrase with no comma
            "Operaio agricolo",
            "La persona che cerchiamo curerà il frutteto. Durante la raccolta guiderà il carrello elevatore.",
            "Durante la raccolta guiderà il carrello elevatore.",
        ),
        (  # a duty that opens on a reflexive and an accented future gives the form
            "Operaio agricolo",
            "Si occuperà delle potature invernali. In primavera preparerà i trattamenti.",
            "In primavera preparerà i trattamenti.",
        ),
    ],
)
def test_a_sentence_that_goes_on_of_the_hire_with_the_subject_left_out_is_a_duty(
    title: str, paragraph: str, goes_on: str
) -> None:
    posting = parse(f"---\ntitle: {title}\n---\n\n## Overview\n\n{paragraph}\n")
    assert goes_on in [r.text for r in posting.responsibilities]


@pytest.mark.parametrize(
    "after",
    [
        "Reports to the Programme Manager.",  # a word that says no duty
        "The team meets on Mondays.",  # a subject of its own
        "We offer a company car.",  # the employer's words
        "Il cliente riceve una copia del contratto.",  # an article, not the hire's pronoun
    ],
)
def test_a_sentence_with_a_subject_of_its_own_does_not_go_on_of_the_hire(after: str) -> None:
    paragraph = f"The Team Leader supervises six outreach workers. {after}"
    text = f"---\ntitle: Outreach Team Leader\n---\n\n## Overview\n\n{paragraph}\n"
    assert after not in [r.text for r in parse(text).responsibilities]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Funções de estudo, nos termos da lei em vigor.", False),  # Portuguese "in the"
        ("Arruma as paletes nas estantes de expedição.", False),  # a letter only Portuguese writes
        ("Si quieres crecer con nosotros, escríbenos: nos encanta conocer gente.", True),  # Spanish "us"
        ("Dołącz do nas i pracuj w zespole.", True),  # Polish "us"
    ],
)
def test_portuguese_nos_and_nas_are_not_the_employer_s_us(sentence: str, kept: bool) -> None:
    words = words_of(sentence)
    distinct = distinct_words(words)
    pronoun = "nas" if "nas" in distinct else "nos"
    assert (pronoun in _without_false_pronouns(sentence, words, distinct)) is kept


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Radiografen har ansvar for pasientforberedelse.", "responsibility"),  # has the responsibility for
        ("Radiografen har autorisasjon som radiograf.", "qualification"),  # has an authorisation
    ],
)
def test_having_a_responsibility_is_a_duty_having_anything_else_a_requirement(sentence: str, kind: str) -> None:
    job = _title_job("Radiograf")
    assert job is not None
    said = _said_of_the_job(sentence, job)
    assert said is not None
    assert said[0] == kind


def test_english_work_said_in_the_passive_beside_duties_is_a_duty_but_not_what_the_post_is() -> None:
    paragraph = (
        "The Buyer reviews every requisition against the budget. Purchase orders are drafted for approval by "
        "the finance manager. The post is funded by a three-year grant."
    )
    body = f"---\ntitle: Buyer\n---\n\n## Duties\n\n{paragraph}\n\n## Requirements\n\n- A diploma in purchasing\n"
    duties = [r.text for r in parse(body).responsibilities]
    assert "Purchase orders are drafted for approval by the finance manager." in duties
    assert "The post is funded by a three-year grant." not in duties


def test_the_hire_s_future_is_a_duty_unless_it_has_or_is() -> None:
    job = _title_job("Staff Midwife")
    assert job is not None
    assert _said_of_the_job("The midwife will assess and plan care with each woman.", job) == (
        "responsibility",
        "will",
    )
    having = _said_of_the_job("The midwife will have a current registration.", job)
    assert having is not None
    assert having[0] == "qualification"


@pytest.mark.parametrize(
    "lead_in", ["We need someone who has:", "We need someone with:", "We need you to have:", "Applicants who are:"]
)
def test_a_lead_in_that_describes_the_person_sought_introduces_requirements(lead_in: str) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) is SectionKind.QUALIFICATIONS


@pytest.mark.parametrize("lead_in", ["Our team will be:", "We will:"])
def test_the_employer_s_own_lead_in_introduces_no_requirements(lead_in: str) -> None:
    assert lead_in_kind(lead_in, DEFAULT_VOCABULARY) is not SectionKind.QUALIFICATIONS


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Asistent de cercetare", "Asistentul de cercetare va participa la campaniile de teren."),
        ("Head of Research", "The Head of Research leads the lab's four groups."),
    ],
)
def test_a_short_word_linking_the_job_s_words_is_part_of_its_name(title: str, sentence: str) -> None:
    job = _title_job(title)
    assert job is not None
    said = _said_of_the_job(sentence, job)
    assert said is not None
    assert said[0] == "responsibility"


@pytest.mark.parametrize(
    ("title", "sentence", "kind"),
    [
        ("Doktorand i marinbiologi", "Doktoranden kommer att analysera vattenprover.", "responsibility"),
        ("Sjuksköterska med inriktning mot IVA", "Sjuksköterskan planerar omvårdnaden.", "responsibility"),
        ("Konobar u hotelu", "Konobar poslužuje goste na terasi.", "responsibility"),
        ("Inginer", "Inginerul angajat va coordona echipele de pe șantier.", "responsibility"),  # the one hired
        ("Doktorand i marinbiologi", "Doktoranden ingår i institutionens forskarskola.", None),  # belongs, no duty
    ],
)
def test_a_title_s_job_ends_before_its_field_or_place_in_nordic_and_slavic_languages(
    title: str, sentence: str, kind: str | None
) -> None:
    job = _title_job(title)
    assert job is not None
    assert len(job.words) == 1
    said = _said_of_the_job(sentence, job)
    assert (said[0] if said is not None else None) == kind


def test_lines_written_as_paragraphs_of_their_own_among_duties_are_duties_in_english_too() -> None:
    lines = [
        "Assisting the dentist chairside during procedures.",
        "Preparing and cleaning surgeries between patients.",
        "Taking and processing digital radiographs.",
        "Sterilising instruments in the decontamination room.",
    ]
    body = "<h3>What the role involves</h3>\n\n" + "\n".join(f"<p>{line}</p>" for line in lines) + "\n"
    duties = [r.text for r in parse("## Duties\n\n" + "\n\n".join(lines) + "\n").responsibilities]
    assert duties == lines
    assert [r.text for r in parse(body).responsibilities] == lines


def test_a_thing_s_participle_beside_the_hire_s_auxiliary_does_not_go_on_of_the_hire() -> None:
    body = (
        "---\ntitle: Učitelj matematike\n---\n\n## Delo\n\n"
        "Izbrani kandidat bo poučeval matematiko. Delo bo potekalo v slovenskem jeziku.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "Izbrani kandidat bo poučeval matematiko." in duties
    assert "Delo bo potekalo v slovenskem jeziku." not in duties


def test_the_person_sought_named_as_the_subject_of_a_duty_is_read_as_doing_it() -> None:
    body = "---\ntitle: Magazziniere\n---\n\n## Il ruolo\n\nLa persona che cerchiamo gestirà il magazzino.\n"
    posting = parse(body)
    assert [r.text for r in posting.responsibilities] == ["La persona che cerchiamo gestirà il magazzino."]
    assert posting.qualifications == []


def test_a_paragraph_of_duties_opening_on_their_verbs_goes_on_in_the_same_form() -> None:
    paragraph = (
        "Trains farmers in good practices for cashew. Establishes demonstration plots in each community. "
        "Registers outgrower farmers and updates the farmer database. Prepares weekly activity reports."
    )
    body = f"---\ntitle: Extension Officer\n---\n\n## Duties\n\n{paragraph}\n"
    assert "Registers outgrower farmers and updates the farmer database." in [
        r.text for r in parse(body).responsibilities
    ]


@pytest.mark.parametrize(("named", "goes_on"), [(True, True), (False, False)])
def test_they_goes_on_of_the_hire_only_in_a_paragraph_that_named_the_hire(named: bool, goes_on: bool) -> None:
    sentence = "They manage the volunteer scheduling platform."
    unit = read_structure(f"## Work\n\n{sentence}\n").units[0]
    features = all_features([unit], [unit.node], DEFAULT_VOCABULARY)[0]
    assert _goes_on_of_the_hire(sentence, "leads", features, named=named) is goes_on


def test_a_trait_listed_among_duties_is_a_requirement() -> None:
    body = (
        "## Your day\n\n* Load and unload the trucks\n* Pick orders with a scanner\n"
        "* Hard-working and happy to get stuck in\n* Keep the dock clean\n"
    )
    posting = parse(body)
    assert [q.text for q in posting.qualifications] == ["Hard-working and happy to get stuck in"]
    assert "Hard-working and happy to get stuck in" not in [r.text for r in posting.responsibilities]


def test_duties_opening_on_words_that_also_name_traits_stay_duties() -> None:
    duties = ["Patient records are kept up to date", "Calm the waiting room on busy days", "Book the clinics"]
    body = "## Duties\n\n" + "".join(f"* {duty}\n" for duty in duties)
    posting = parse(body)
    assert [r.text for r in posting.responsibilities] == duties
    assert posting.qualifications == []


def test_the_work_said_in_the_passive_under_duties_is_a_duty_and_the_hires_credentials_are_not() -> None:
    body = (
        "## Duties\n\nThe nurse will run the vaccination clinic. "
        "The fridge temperature log is to be checked every morning. "
        "Accurate records must be maintained and weekly returns submitted to the district office.\n\n"
        "## Requirements\n\nApplicants must be registered with the nursing council.\n"
    )
    posting = parse(body)
    duties = [r.text for r in posting.responsibilities]
    assert "The fridge temperature log is to be checked every morning." in duties
    assert "Accurate records must be maintained and weekly returns submitted to the district office." in duties
    assert [q.text for q in posting.qualifications] == ["Applicants must be registered with the nursing council."]


def test_the_passive_between_the_hires_duties_is_a_duty_but_not_the_employers_commitment() -> None:
    body = (
        "---\ntitle: Payroll Officer\n---\n\n## About the position\n\n"
        "The Payroll Officer processes the fortnightly pays for 900 staff. "
        "Timesheets are checked against the rosters every Monday. "
        "The clinic is committed to fair pay for every worker. "
        "The Payroll Officer also prepares the monthly reconciliations.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "Timesheets are checked against the rosters every Monday." in duties
    assert "The clinic is committed to fair pay for every worker." not in duties
    assert "The Payroll Officer also prepares the monthly reconciliations." in duties


def test_a_sentence_of_the_employers_own_read_as_a_duty_by_its_heading_alone_is_no_item() -> None:
    ours = (
        "Our blog and video channel already bring in a third of our sign-ups, mostly from people searching for "
        "help with a specific tax problem late at night before a deadline."
    )
    body = (
        "## About us\n\nWe make invoicing painless for small shops.\n\n## What you'll do\n\n" + ours + " As Content "
        "Marketing Manager, you'll own that content engine: deciding what we cover, commissioning freelancers and "
        "writing the important pieces yourself.\n\nBeyond the blog, you'll plan our monthly newsletter and write the "
        "occasional case study. You will report on what's working each month.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert ours not in duties
    assert "You will report on what's working each month." in duties


@pytest.mark.parametrize(
    ("body", "working_time"),
    [
        (
            "## Arbetsuppgifter\n\nSom undersköterska i hemtjänsten hjälper du våra brukare med personlig omvårdnad. "
            "Du dokumenterar insatserna i verksamhetssystemet. Arbetstiden är dagtid, vardagar.\n",
            "Arbetstiden är dagtid, vardagar.",
        ),
        (  # after the hire's duties that go on with the subject left out
            "---\ntitle: Pielęgniarka\n---\n\n## Zakres obowiązków\n\nPielęgniarka sprawuje opiekę nad pacjentami "
            "oddziału. Prowadzi dokumentację medyczną. Praca odbywa się w systemie zmianowym, w dyżurach nocnych.\n",
            "Praca odbywa się w systemie zmianowym, w dyżurach nocnych.",
        ),
    ],
)
def test_a_sentence_whose_subject_is_the_working_time_is_no_duty_beside_duties(body: str, working_time: str) -> None:
    duties = [r.text for r in parse(body).responsibilities]
    assert len(duties) == 2
    assert working_time not in duties


@pytest.mark.parametrize(
    "last",
    [
        "Hver fredag deltager du i værkets tavlemøde.",  # Danish: the verb before "du"
        "Endelig indgår du i værkets vagtordning for henvendelser fra kunderne.",
    ],
)
def test_a_duty_of_the_reader_in_a_paragraph_of_duties_is_one_though_the_model_left_it_out(last: str) -> None:
    body = (
        "## Om stillingen\n\nVarmeværket har 30 ansatte og leverer fjernvarme til hele byen. Som driftstekniker "
        "skal du overvåge anlæggets pumper og kedler. Desuden skal du planlægge det forebyggende vedligehold "
        "sammen med værkføreren. Vi bruger systemet Dynamics. " + last + "\n\n"
        "## Om dig\n\nDu er uddannet maskinmester eller elektriker.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert last in duties
    assert "Vi bruger systemet Dynamics." not in duties


@pytest.mark.parametrize(
    "sentence",
    [
        "We want people who are patient, good humoured and interested in the people they support.",
        "What we do need is someone reliable, who turns up on time and is keen to learn.",
    ],
)
def test_whom_the_employer_wants_described_by_their_qualities_is_a_requirement(sentence: str) -> None:
    body = f"## Who we are looking for\n\nYou will hold a full driving licence. {sentence}\n"
    assert sentence in [q.text for q in parse(body).qualifications]


def test_short_unmarked_lines_under_a_duties_heading_are_duties_beside_the_one_cued() -> None:
    lines = ["Accounts payable and receivable", "Bank reconciliations in Xero", "Liaising with our accountant"]
    body = "**Duties**\n\n" + "\n".join(lines) + "\n\n**You'll need**\n\nAdvanced Xero skills\n"
    assert [r.text for r in parse(body).responsibilities] == lines


def test_short_entries_over_nested_duties_beside_a_groups_name_name_groups_too() -> None:
    body = (
        "## Key responsibilities\n\n- Architecture\n  - Define reference architectures\n  - Review designs\n"
        "- Governance\n  - Maintain the security policies\n  - Report to the CISO\n"
        "- Engineering\n  - Implement controls as code\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "Architecture" not in duties
    assert "Engineering" not in duties
    assert "Implement controls as code" in duties


def test_what_the_reader_is_expected_to_do_is_a_duty_and_a_project_supervised_by_others_is_none() -> None:
    body = (
        "## What are you going to do?\n\nYou will build speech translation models for low-resource languages. "
        "You will run experiments on our GPU cluster. The project is supervised by Dr. Jansen and Prof. Okafor. "
        "You are expected to publish your results at major venues.\n"
    )
    posting = parse(body)
    duties = [r.text for r in posting.responsibilities]
    assert "You are expected to publish your results at major venues." in duties
    assert "The project is supervised by Dr. Jansen and Prof. Okafor." not in duties
    assert posting.qualifications == []


def test_whom_the_reader_will_report_to_is_no_duty() -> None:
    body = (
        "## The role\n\nYou'll plan our community fundraising events. You'll write grant applications. "
        "You'll report to the Head of Fundraising and be part of a team of four.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "You'll write grant applications." in duties
    assert "You'll report to the Head of Fundraising and be part of a team of four." not in duties


def test_where_to_send_the_application_is_no_item_even_beside_duties() -> None:
    body = (
        "## İş Tanımı\n\n- Test senaryolarının hazırlanması\n- Hataların raporlanması\n\n"
        "Başvurularınızı kariyer@example.com adresine iletebilirsiniz.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "Test senaryolarının hazırlanması" in duties
    assert not any("@" in duty for duty in duties)


def test_a_sentence_opening_on_our_beside_duties_is_the_employers() -> None:
    body = (
        "## Co u nás budeš dělat\n\nNaše aplikace používá přes 3 000 lékařů. "
        "Budeš vyvíjet nové funkce rezervačního systému.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert duties == ["Budeš vyvíjet nové funkce rezervačního systému."]


def test_a_title_with_its_genders_is_no_item() -> None:
    body = "## Wir suchen\n\nTischler:in (m/w/d)\n\n## Was du mitbringst\n\n- Abgeschlossene Ausbildung\n"
    assert [q.text for q in parse(body).qualifications] == ["Abgeschlossene Ausbildung"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Du skal være med til at planlægge pædagogiske aktiviteter for børnene.",
        "Du kommer att vara med och bygga vår nya plattform.",
    ],
)
def test_taking_part_in_the_work_in_nordic_languages_is_a_duty(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is not None
    assert cues.QUAL_STRONG.search(sentence) is None


def test_spanish_requirements_in_the_subjunctive_and_german_duties_of_the_everyday() -> None:
    assert cues.QUAL_START.search("Que tengas carné de conducir B") is not None
    assert cues.RESPONSIBILITY.search("Code-Reviews und Tests gehören für dich zum Alltag.") is not None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Il/la candidato/a dovrà dimostrare attitudine al lavoro in équipe.", "qualification"),
        ("Ο/Η υποψήφιος/α θα είναι υπεύθυνος/η για την υποδοχή των επισκεπτών.", "responsibility"),
        ("La risorsa si occuperà della gestione delle commesse.", "responsibility"),
    ],
)
def test_the_hire_named_with_both_genders_or_as_the_resource_is_read_as_the_hire(sentence: str, kind: str) -> None:
    said = _said_of_the_hire(sentence)
    assert said is not None
    assert said[0] == kind


def test_sentences_of_the_project_or_of_a_date_beside_duties_are_no_duties() -> None:
    body = (
        "## Arbetsuppgifter\n\nDu kommer att bygga hydrologiska modeller. "
        "Projektet genomförs i samarbete med SMHI och två kommuner. Tjänsten börjar 1.9.2025.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert duties == ["Du kommer att bygga hydrologiska modeller."]


def test_welcoming_those_who_lack_what_is_asked_is_no_requirement() -> None:
    body = (
        "## Requirements\n\nYou must hold a pharmacy licence. Two years of hospital experience is required. "
        "Fresh graduates are welcome to apply. "
        "A year of ward experience; new graduates are welcome to apply to our residency instead.\n"
    )
    assert [q.text for q in parse(body).qualifications] == [
        "You must hold a pharmacy licence.",
        "Two years of hospital experience is required.",
        "A year of ward experience; new graduates are welcome to apply to our residency instead.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Experience isn't essential as full training will be given.",
        "PG: Not required",
        "Emme vaadi tutkintoa, osaaminen ratkaisee.",
        "With or without BPO leadership experience",
    ],
)
def test_what_need_not_be_had_is_cued_as_no_item(sentence: str) -> None:
    assert cues.NEED_NOT.search(sentence) is not None


def test_the_title_holder_expected_to_do_something_has_a_duty_and_to_have_something_a_requirement() -> None:
    body = (
        "---\ntitle: Lecturer in Physiotherapy\n---\n\n## Main duties\n\n"
        "You will teach on the BSc programme. "
        "The lecturer is expected to engage in scholarship and contribute to research outputs.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "The lecturer is expected to engage in scholarship and contribute to research outputs." in duties
    job = _title_job("Lecturer in Physiotherapy")
    assert job is not None
    assert _said_of_the_job("The lecturer is expected to have a doctorate.", job) is None


@pytest.mark.parametrize(
    ("text", "trait"),
    [
        ("Eres una persona proactiva que propone mejoras", True),
        ("Ești o persoană zâmbitoare, răbdătoare și orientată spre client", True),
        ("Du är trygg i ledarrollen och har ett lugnt förhållningssätt", True),
        ("Máš rád/a čistý kód a automatizované testy", True),
        ("Je bent de schakel tussen kantoor en uitvoerder", False),  # the reader's role: a duty
        ("Du är ansvarig för schemaläggningen", False),
        ("Comfortable explaining a fault to a customer as clearly as to an engineer", True),
        ("Disponibilidad para rolar turnos", True),  # Spanish: availability
        ("Stay cool when three machines go down at 9pm on a Friday", True),
    ],
)
def test_traits_of_the_reader_opening_an_entry_in_other_languages(text: str, trait: bool) -> None:
    assert (cues.TRAIT_START.search(text) is not None) is trait


def test_the_employer_speaking_in_the_first_person_plural_beside_duties_is_no_duty() -> None:
    body = (
        "## Mansioni\n\nSi occuperà dell'installazione di impianti elettrici civili. "
        "Lavoriamo soprattutto su cantieri in provincia di Bergamo.\n"
    )
    duties = [r.text for r in parse(body).responsibilities]
    assert "Lavoriamo soprattutto su cantieri in provincia di Bergamo." not in duties


@pytest.mark.parametrize(
    "sentence",
    ["Sarà infine responsabile della presentazione dei risultati.", "Budeš zodpovědný/á za správu skladu."],
)
def test_the_reader_or_hire_made_responsible_in_italian_and_czech_is_a_duty(sentence: str) -> None:
    assert cues.RESPONSIBILITY.search(sentence) is not None

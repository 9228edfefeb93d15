"""Stage 5: section kinds from headings, inheritance and neutral headings."""

from __future__ import annotations

import pytest

from jobspec import SectionKind, Vocabulary, parse
from jobspec.vocabulary import DEFAULT_VOCABULARY, normalise_heading

K = SectionKind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you'll do", K.RESPONSIBILITIES),
        ("🚀 What You’ll Do", K.RESPONSIBILITIES),
        ("1. Responsibilities", K.RESPONSIBILITIES),
        ("Your role at Acme", K.RESPONSIBILITIES),
        ("KEY DUTIES", K.RESPONSIBILITIES),
        ("Requirements:", K.QUALIFICATIONS),
        ("About you", K.QUALIFICATIONS),
        ("Who you are", K.QUALIFICATIONS),
        ("What we're looking for", K.QUALIFICATIONS),
        ("What we need from you", K.QUALIFICATIONS),
        ("Nice to have", K.PREFERRED_QUALIFICATIONS),
        ("Bonus points", K.PREFERRED_QUALIFICATIONS),
        ("PREFERRED QUALIFICATIONS", K.PREFERRED_QUALIFICATIONS),
        ("What we offer", K.BENEFITS),
        ("Perks & Benefits", K.BENEFITS),
        ("What a shift here offers", K.BENEFITS),  # whoever offers it, what is offered is a benefit
        ("What the job gives you", K.BENEFITS),
        ("Was die Werkstatt dir bietet", K.BENEFITS),
        ("Wat deze winkel biedt", K.BENEFITS),
        ("Ce que l'atelier vous propose", K.BENEFITS),
        ("What you offer", None),  # the reader offering: no benefit
        ("Was Sie uns bieten", None),
        ("How to apply", K.APPLICATION),
        ("About Acme", K.COMPANY),
        ("About the post", None),  # the job itself, not the employer
        ("A day at the front desk", K.RESPONSIBILITIES),
        ("Will count in your favour", K.PREFERRED_QUALIFICATIONS),  # a preference cue in a heading of no kind
        ("Nice, not necessary", K.PREFERRED_QUALIFICATIONS),
        ("Kvalifikasjonar", K.QUALIFICATIONS),  # Norwegian Nynorsk
        ("Arbeidsoppgåver", K.RESPONSIBILITIES),
        ("Ønskte kvalifikasjonar", K.PREFERRED_QUALIFICATIONS),
        ("Here's what your week might look like", K.RESPONSIBILITIES),
        ("Om tjänsten", None),
        ("Job summary", K.ROLE_SUMMARY),
        ("Ihre Aufgaben", K.RESPONSIBILITIES),
        ("Ihr Profil", K.QUALIFICATIONS),
        ("Was euch erwartet", K.RESPONSIBILITIES),  # German addressing several readers at once
        ("Was ihr mitbringt", K.QUALIFICATIONS),
        ("Was wir euch bieten", K.BENEFITS),
        ("Vos missions", K.RESPONSIBILITIES),
        ("Votre profil", K.QUALIFICATIONS),
        ("Responsabilidades", K.RESPONSIBILITIES),
        ("Requisitos", K.QUALIFICATIONS),
        ("Wat ga je doen", K.RESPONSIBILITIES),
        ("Cosa farai", K.RESPONSIBILITIES),
        ("Wat bieden wij", K.BENEFITS),
        ("Was erwartet dich?", K.RESPONSIBILITIES),  # questions with the verb first
        ("Was bringen Sie mit?", K.QUALIFICATIONS),
        ("Was bieten wir dir?", K.BENEFITS),
        ("Qu’allez-vous faire ?", K.RESPONSIBILITIES),
        ("Qui recherchons-nous ?", K.QUALIFICATIONS),
        ("Que proposons-nous ?", K.BENEFITS),
        ("Qu'est-ce qu'on t'offre ?", K.BENEFITS),  # the spoken question, with "on"
        ("Qu'est-ce qu'on recherche ?", K.QUALIFICATIONS),
        ("Nous t'offrons", K.BENEFITS),
        ("Sie bringen mit:", K.QUALIFICATIONS),  # "you bring", the verb and its particle apart
        ("\u2615 Your day", K.RESPONSIBILITIES),
        ("A typical day", K.RESPONSIBILITIES),
        ("Damit überzeugst du uns", K.QUALIFICATIONS),
        ("O que vais fazer", K.RESPONSIBILITIES),  # the Portuguese of Portugal says "tu"
        ("As tuas funções", K.RESPONSIBILITIES),
        ("O teu perfil", K.QUALIFICATIONS),
        ("O que vais ter", K.BENEFITS),
        ("Application documents", K.APPLICATION),  # what to send
        ("Required documents", K.APPLICATION),
        ("Bewerbungsunterlagen", K.APPLICATION),
        ("Pièces à fournir", K.APPLICATION),
        ("Vad kommer du att göra?", K.RESPONSIBILITIES),
        ("Hva ser vi etter?", K.QUALIFICATIONS),
        ("Hvad tilbyder vi?", K.BENEFITS),
        ("Requisitos deseables", K.PREFERRED_QUALIFICATIONS),  # the preference follows its noun
        ("Fint om du har", K.PREFERRED_QUALIFICATIONS),  # Swedish: nice if you have
        ("Compétences appréciées", K.PREFERRED_QUALIFICATIONS),
        ("Requisiti graditi", K.PREFERRED_QUALIFICATIONS),
        ("Requisitos obligatorios", K.QUALIFICATIONS),
        ("Gewenst", K.PREFERRED_QUALIFICATIONS),
        ("Preferowane", K.PREFERRED_QUALIFICATIONS),
        ("Advantageous", K.PREFERRED_QUALIFICATIONS),
        ("Παρέχουμε", K.BENEFITS),
        ("Si richiede", K.QUALIFICATIONS),  # impersonal "is asked" and "is offered"
        ("Si offre", K.BENEFITS),
        ("Se requiere", K.QUALIFICATIONS),
        ("Se ofrece", K.BENEFITS),
        ("Wat je krijgt", K.BENEFITS),
        ("Co zyskasz", K.BENEFITS),
        ("You'll thrive here if you", K.QUALIFICATIONS),  # turns of phrase, not "you'll" of a duty
        ("You'll be a good fit if", K.QUALIFICATIONS),
        ("You might thrive in this role if", K.QUALIFICATIONS),  # not the "in this role" of a duty
        ("Your background", K.QUALIFICATIONS),  # the reader's, not the company's
        ("Who are you?", K.QUALIFICATIONS),  # the reader asked, in each language
        ("Wer bist du?", K.QUALIFICATIONS),
        ("Wer sind Sie?", K.QUALIFICATIONS),
        ("¿Quién eres?", K.QUALIFICATIONS),
        ("Chi sei?", K.QUALIFICATIONS),
        ("Kim jesteś?", K.QUALIFICATIONS),
        ("Wie ben je?", K.QUALIFICATIONS),
        ("Wer sind wir?", K.COMPANY),  # the company asked about itself
        ("You", K.QUALIFICATIONS),  # the reader alone, as the whole heading
        ("Du:", K.QUALIFICATIONS),
        ("Us", K.COMPANY),
        ("Thank you", None),  # the word in a heading of another kind
        ("Languages", K.QUALIFICATIONS),  # the languages asked for, as the whole heading
        ("Idiomas", K.QUALIFICATIONS),
        ("Languages we use", None),  # the team's, not asked for
        ("Language:", K.QUALIFICATIONS),  # a job board's field of the languages asked for
        ("License/Certification:", K.QUALIFICATIONS),
        ("Licenses", K.QUALIFICATIONS),
        ("EPA 608 certification", None),  # a licence asked for, not a heading
        ("Certificates/Licenses", K.QUALIFICATIONS),
        ("The Ideal Candidate Will Have", K.QUALIFICATIONS),  # what the hire has, not does
        ("The successful candidate will:", K.RESPONSIBILITIES),
        ("Muss:", K.QUALIFICATIONS),  # German lists of what a candidate must and can bring
        ("Kann:", K.PREFERRED_QUALIFICATIONS),
        ("Kann-Kriterien", K.PREFERRED_QUALIFICATIONS),
        ("Das kannst du", None),  # the word in a heading of another kind
        ("Requisitos no excluyentes", K.PREFERRED_QUALIFICATIONS),  # "not ruling out": optional
        ("Requisitos excluyentes", K.QUALIFICATIONS),
        ("Non-essential criteria", K.PREFERRED_QUALIFICATIONS),
        ("Não obrigatório", K.PREFERRED_QUALIFICATIONS),
        ("NICE_TO_HAVE", K.PREFERRED_QUALIFICATIONS),  # a template's label, words joined by underscores
        ("Good-to-have skills", K.PREFERRED_QUALIFICATIONS),  # words joined by hyphens
        ("Must-have skills", K.QUALIFICATIONS),
        ("Pré-requisitos", K.QUALIFICATIONS),
        ("Dit breng jij mee", K.QUALIFICATIONS),  # Dutch "this is what you bring"
        ("Dit vragen wij", K.QUALIFICATIONS),  # "what we ask", not "vragen" (questions) of applying
        ("Wat wij van je vragen", K.QUALIFICATIONS),
        ("Dit bieden wij", K.BENEFITS),
        ("Du passt zu uns, wenn", K.QUALIFICATIONS),
        ("This role might be for you if", K.QUALIFICATIONS),
        ("We'd love to hear from you if", K.QUALIFICATIONS),
        ("Sorumluluklarınız", K.RESPONSIBILITIES),  # Turkish, with a suffix of possession
        ("Heb je vragen?", K.APPLICATION),
        ("What we ask:", K.QUALIFICATIONS),  # the employer asking, in each language
        ("What we ask you to do", K.RESPONSIBILITIES),  # asking for the work, not of the person
        ("Cosa ti chiediamo di fare", K.RESPONSIBILITIES),
        ("Ce que nous demandons", K.QUALIFICATIONS),
        ("Lo que pedimos", K.QUALIFICATIONS),
        ("Cosa ti chiediamo", K.QUALIFICATIONS),
        ("O que pedimos", K.QUALIFICATIONS),  # "o que" is "what", not the Polish "about" of "O nas"
        ("O nas", K.COMPANY),
        ("O papel", None),  # Portuguese "the role", not the Polish "about" of "O nas"
        ("À propos du rôle", None),  # about the role, not about the employer
        ("Czego wymagamy?", K.QUALIFICATIONS),
        ("Was wir voraussetzen", K.QUALIFICATIONS),
        ("Vad vi förväntar oss", K.QUALIFICATIONS),
        ("Main activities", K.RESPONSIBILITIES),
        ("Arbeitsbedingungen", K.BENEFITS),
        ("What'll help you succeed", K.QUALIFICATIONS),
        ("Your first 90 days", K.RESPONSIBILITIES),
        ("Cherry on top 🍒", K.PREFERRED_QUALIFICATIONS),
        ("Nice extras", K.PREFERRED_QUALIFICATIONS),
        ("Dein Spielfeld", K.RESPONSIBILITIES),
        ("Was dich auszeichnet", K.QUALIFICATIONS),
        ("Ce qu'on attend de vous", K.QUALIFICATIONS),
        ("Suma puntos", K.PREFERRED_QUALIFICATIONS),
        ("Helemaal top als", K.PREFERRED_QUALIFICATIONS),
        ("Keitä etsimme?", K.QUALIFICATIONS),
        ("Τι ζητάμε", K.QUALIFICATIONS),
        ("İş Tanımı", K.RESPONSIBILITIES),  # Turkish dotted capital I folds to a plain i
        ("Galvenie pienākumi", K.RESPONSIBILITIES),  # Latvian
        ("Reikalavimai", K.QUALIFICATIONS),  # Lithuanian
        ("Изисквания", K.QUALIFICATIONS),  # Bulgarian
        ("Uvjeti", K.QUALIFICATIONS),  # Croatian
        ("Kasuks tuleb", K.PREFERRED_QUALIFICATIONS),  # Estonian
        ("योग्यता", K.QUALIFICATIONS),  # Hindi: its vowel signs are part of the word
        ("สวัสดิการ", K.BENEFITS),  # Thai
        ("مسئولیت‌ها", K.RESPONSIBILITIES),  # Persian, with its zero-width non-joiner
        ("Essential Job Tasks", K.RESPONSIBILITIES),  # "essential" names requirements, unless tasks follow
        ("Essential Tasks", K.RESPONSIBILITIES),
        ("Essential Skills", K.QUALIFICATIONS),
        ("Highly regarded", K.PREFERRED_QUALIFICATIONS),  # Australian
        ("To be successful you will have", K.QUALIFICATIONS),  # not the duties "you will" names
        ("Profilul tău", K.QUALIFICATIONS),
        ("Pré's", K.PREFERRED_QUALIFICATIONS),
        ("Wymagania dodatkowe", K.PREFERRED_QUALIFICATIONS),  # Polish notices: beside "wymagania niezbędne"
        ("Wymagane dokumenty", K.APPLICATION),  # documents to send, not requirements
        ("Benötigte Unterlagen", K.APPLICATION),
    ],
)
def test_heading_vocabulary(heading: str, kind: SectionKind) -> None:
    assert DEFAULT_VOCABULARY.heading_kind(heading) is kind


@pytest.mark.parametrize("heading", ["Job Description", "The role", "About the job", "Frobnication"])
def test_headings_that_say_nothing(heading: str) -> None:
    assert DEFAULT_VOCABULARY.heading_kind(heading) is None


def test_normalise_heading() -> None:
    assert normalise_heading("  ✨ 2) Who You’re Going To Be!! ") == "who you're going to be"


def test_subsection_inherits_unless_it_says_otherwise() -> None:
    # The inherited kind is one signal among others: a bare "Python" under "Core" reads like a
    # list of the team's tools, which is not asked of the candidate; a stated level of it is.
    posting = parse("## Requirements\n### Core\n- Good Python\n### Nice to have\n- Rust\n")
    kinds = [(s.heading, s.kind) for s in posting.iter_sections()]
    assert kinds == [
        ("Requirements", K.QUALIFICATIONS),
        ("Core", K.QUALIFICATIONS),
        ("Nice to have", K.PREFERRED_QUALIFICATIONS),
    ]
    assert [(q.text, q.required) for q in posting.qualifications] == [("Good Python", True), ("Rust", False)]


def test_subsections_of_a_heading_about_the_employer_that_hold_the_job_do_not_inherit_it() -> None:
    # The site put the employer one level above everything else: its subsections are its siblings.
    body = (
        "### About Kestrel Labs\n\nWe make weather sensors.\n\n"
        "#### The position\n\nYou will build the firmware of our sensors.\n\n"
        "#### In detail\n\n- Write drivers for new sensors\n- Review changes to the firmware\n"
        "- Test new boards on the bench\n- Plan releases with the hardware team\n\n"
        "#### Requirements\n\n- Embedded C\n"
    )
    posting = parse(body)
    assert [(s.heading, s.kind) for s in posting.iter_sections()] == [
        ("About Kestrel Labs", K.COMPANY),
        ("The position", K.RESPONSIBILITIES),
        ("In detail", K.RESPONSIBILITIES),
        ("Requirements", K.QUALIFICATIONS),
    ]
    assert len(posting.responsibilities) == 5  # the duty verbs of "In detail" follow those its list reads
    kept = parse("### About Kestrel Labs\n\nWe make weather sensors.\n\n#### Our story\n\n- Founded in 2009\n")
    assert [s.kind for s in kept.iter_sections()] == [K.COMPANY, K.COMPANY]


def test_neutral_section_takes_the_kind_of_its_content() -> None:
    posting = parse("## The role\n\nYou will design APIs. You will mentor engineers.\n")
    assert posting.sections[0].kind is K.RESPONSIBILITIES


def test_unknown_heading_after_an_empty_company_heading_continues_it() -> None:
    posting = parse("### About Acme:\n### Rockets for everyone\n- We build rockets\n")
    assert [s.kind for s in posting.iter_sections()] == [K.COMPANY, K.COMPANY]
    assert posting.responsibilities == []


def test_users_add_phrases_for_a_new_language() -> None:
    vocabulary = Vocabulary().extended(headings={"responsibilities": {"is": ["Helstu verkefni"]}})
    assert vocabulary.heading_kind("Helstu verkefni") is K.RESPONSIBILITIES
    assert DEFAULT_VOCABULARY.heading_kind("Helstu verkefni") is None


def test_the_example_vocabulary_file_extends_the_defaults() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "vocabulary.yaml"
    vocabulary = Vocabulary.from_file(path)
    assert vocabulary.heading_kind("Dina arbetsuppgifter") is K.RESPONSIBILITIES
    assert vocabulary.heading_kind("Meriterande") is K.PREFERRED_QUALIFICATIONS
    assert vocabulary.heading_kind("What you'll do") is K.RESPONSIBILITIES
    assert vocabulary.preferred_pattern.search("Python är ett plus")


def test_a_lead_in_line_used_as_a_heading_is_read_as_a_lead_in() -> None:
    posting = parse(
        "## About the job\n\nWe are looking for someone with:\n\n- Calm under pressure\n- A clean licence\n"
    )
    assert [q.text for q in posting.qualifications] == ["Calm under pressure", "A clean licence"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Arbeitsaufgaben", K.RESPONSIBILITIES),  # a compound ending in "Aufgaben"
        ("Aufgabenschwerpunkte", K.RESPONSIBILITIES),  # one starting with it
        ("RESPONSIBLITIES", K.RESPONSIBILITIES),  # misspelt, as real postings are
        ("Required（MUST）", K.QUALIFICATIONS),
        ("応募資格（必須）", K.QUALIFICATIONS),  # no spaces around the phrase
        ("岗位职责", K.RESPONSIBILITIES),
        ("Czego oczekujemy?", K.QUALIFICATIONS),
        ("Du behöver kunna", K.QUALIFICATIONS),
        ("Este profissional deve necessariamente:", K.QUALIFICATIONS),
        ("What's a typical day look like:", K.RESPONSIBILITIES),
        ("Ta mission", K.RESPONSIBILITIES),
        ("Sobre você", K.QUALIFICATIONS),
        ("Plus i kanten", K.PREFERRED_QUALIFICATIONS),
        ("Mile widziane", K.PREFERRED_QUALIFICATIONS),
        ("Unternehmensprofil", K.COMPANY),
        ("Kunskaper", K.QUALIFICATIONS),  # Swedish: knowledge
        ("Önskvärda kunskaper", K.PREFERRED_QUALIFICATIONS),  # desirable knowledge
        ("Ønsket kompetanse", K.PREFERRED_QUALIFICATIONS),  # Norwegian: desired competence
        ("Toivomme", K.QUALIFICATIONS),  # Finnish: we hope for
        ("Wat vragen we?", K.QUALIFICATIONS),  # not "Vragen?" (questions), which is how to apply
        ("Co vás čeká", K.RESPONSIBILITIES),  # Czech: what awaits you
        ("Asset qualifications", K.PREFERRED_QUALIFICATIONS),  # Canada's word for a preference
        ("Helpful but not required", K.PREFERRED_QUALIFICATIONS),
        ("Desired Candidate Profile", K.QUALIFICATIONS),  # India's word for the requirements
        ("Requisitos preferenciais", K.PREFERRED_QUALIFICATIONS),
        ("■あると望ましい経験・資格", K.PREFERRED_QUALIFICATIONS),
        ("가산점", K.PREFERRED_QUALIFICATIONS),
        ("招聘条件", K.QUALIFICATIONS),
        ("Vi forestiller os, at du:", K.QUALIFICATIONS),  # Danish: we picture you as someone who
        ("Tehtävän kuvaus", K.RESPONSIBILITIES),
        ("Arbetsbeskrivning", K.RESPONSIBILITIES),
        ("What you'll get up to", K.RESPONSIBILITIES),  # not "What you'll get", the benefits
        ("What would I actually work on?", K.RESPONSIBILITIES),  # a question the reader asks
        ("What do I need?", K.QUALIFICATIONS),
        ("Work includes:", K.RESPONSIBILITIES),
        ("Also nice", K.PREFERRED_QUALIFICATIONS),
        ("Purpose of the post", K.ROLE_SUMMARY),
        ("We would also like:", K.PREFERRED_QUALIFICATIONS),
        ("What you do", K.RESPONSIBILITIES),
        ("Career progression", K.BENEFITS),  # where the job leads, not what it asks
        ("It would help if you have:", K.PREFERRED_QUALIFICATIONS),
        ("Titoli valutabili", K.PREFERRED_QUALIFICATIONS),  # Italian: qualifications that earn points
        ("Behaviours", K.QUALIFICATIONS),  # the UK civil service's competences
        ("Što te čeka?", K.RESPONSIBILITIES),  # Croatian: what awaits you
        ("Koga tražimo", K.QUALIFICATIONS),  # whom we seek
        ("Kaj te čaka", K.RESPONSIBILITIES),  # Slovenian
        ("Sinulta löytyy", K.QUALIFICATIONS),  # Finnish: you have
        ("Behörighet", K.QUALIFICATIONS),  # Swedish academic posts: eligibility
        ("Bedömningsgrunder", K.QUALIFICATIONS),  # … and the grounds of assessment
        ("Ce îți cerem", K.QUALIFICATIONS),  # Romanian: what we ask of you
        ("Ar fi bine să ai", K.PREFERRED_QUALIFICATIONS),  # it would be good to have
        ("O teu papel", K.RESPONSIBILITIES),  # Portuguese "o" is the article, not Polish "about"
        ("O firmie", K.COMPANY),  # Polish: about the company
        ("Du skal", K.RESPONSIBILITIES),  # Norwegian and Danish: you will
        ("Du skal være", K.QUALIFICATIONS),  # … but "you must be"
        ("Key Performance Areas (KPAs)", K.RESPONSIBILITIES),  # South Africa's word for the duties
        ("Who we'd love to meet", K.QUALIFICATIONS),
        ("You'll fit right in if", K.QUALIFICATIONS),  # not "You'll" of "You'll be", the duties
        ("Fint om du:", K.PREFERRED_QUALIFICATIONS),  # Norwegian and Swedish: nice if you
        ("Kiva, jos", K.PREFERRED_QUALIFICATIONS),  # Finnish: nice if
        ("応募要件（必須）", K.QUALIFICATIONS),  # Japanese: requirements to apply, not how to apply
        ("応募要件（歓迎）", K.PREFERRED_QUALIFICATIONS),
        ("Co bys měl/a umět", K.QUALIFICATIONS),  # Czech, with the feminine ending after a slash
        ("Co u nás budeš dělat", K.RESPONSIBILITIES),
        ("Kenelle tämä sopii?", K.QUALIFICATIONS),  # whom the job is for, asked
        ("För vem passar jobbet?", K.QUALIFICATIONS),  # not "jobbet", the duties
        ("Für wen ist der Job?", K.QUALIFICATIONS),
        ("Hva blir jobben?", K.RESPONSIBILITIES),  # Norwegian: what the job will be
        ("You're probably", K.QUALIFICATIONS),  # as "You are probably"
    ],
)
def test_headings_of_many_languages_and_shapes(heading: str, kind: SectionKind) -> None:
    assert DEFAULT_VOCABULARY.heading_kind(heading) is kind


@pytest.mark.parametrize("heading", ["Pe scurt", "Projektbeskrivning", "Il lavoro", "Opis posla", "El trabajo"])
def test_headings_that_say_nothing_of_their_content_are_neutral(heading: str) -> None:
    assert DEFAULT_VOCABULARY.is_neutral(heading)
    assert DEFAULT_VOCABULARY.heading_kind(heading) is None


def test_a_long_lead_in_names_every_kind_it_mentions() -> None:
    lead_in = "You will take part in the many missions of the company"
    assert DEFAULT_VOCABULARY.heading_kinds(lead_in) >= {K.RESPONSIBILITIES, K.COMPANY}

"""The words jobspec recognises, kept as data.

Three tables drive classification:

* ``HEADINGS`` - phrases that name a section's kind, per language. A heading
  matches a phrase when the phrase occurs in it on word boundaries
  ("Your role at Acme" matches "your role"); the longest matching phrase wins.
* ``NEUTRAL_HEADINGS`` - headings that say nothing about their content
  ("Job description", "The role"): matched whole, and the section is then
  classified by what it contains.
* ``PREFERRED_CUES`` - words that make a qualification optional ("is a plus",
  "bij voorkeur"), when they govern the whole item.

Users extend or override any of them with :class:`Vocabulary` (in Python) or
a YAML/TOML file (``jobspec parse --vocabulary FILE``), without editing
jobspec. Everything is compiled once, at first use.
"""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from .models import SectionKind
from .text import CaselessPattern, LiteralGate, lower_like_ignorecase, phrase_pattern, plain_latin

__all__ = ["DEFAULT_VOCABULARY", "LISTING_KINDS", "Vocabulary", "normalise_heading"]

T = TypeVar("T")
_MEMORY_BOUND = 20_000

K = SectionKind

LISTING_KINDS = frozenset({K.RESPONSIBILITIES, K.QUALIFICATIONS, K.PREFERRED_QUALIFICATIONS, K.BENEFITS})
"""The kinds a lead-in, a label or a front matter key names when what follows it is the posting's items
or benefits."""

# Heading phrases per kind and language (lower case, straight apostrophes).
HEADINGS: dict[SectionKind, dict[str, tuple[str, ...]]] = {
    K.RESPONSIBILITIES: {
        "en": (
            "your day to day",
            "your day-to-day",
            "your day",
            "your typical day",
            "a typical day",
            "in this role you'll",
            "in this role, you'll",
            "responsibilities",
            "responsibility",
            "key responsibilities",
            "your responsibilities",
            "what you'll do",
            "what you will do",
            "what you'll be doing",
            "what you will be doing",
            "what you'd do",
            "what you would do",
            "you will",
            "you'll",
            "in this role you will",
            "in this role, you will",
            "your role",
            "the job",
            "duties",
            "key duties",
            "major duties",
            "main duties",
            "your duties",
            "tasks",
            "your tasks",
            "your mission",
            "the mission",
            "day to day",
            "day-to-day",
            "a day in the life",
            "a day at",
            "a day on",
            "a day in",
            "your week",
            "a typical week",
            "a typical shift",
            "what the job involves",
            "what's involved",
            "role and responsibilities",
            "roles and responsibilities",
            "key objectives",
            "objectives",
            "deliverables",
            "scope of work",
            "your impact",
            "what you'll work on",
            "what you will work on",
            "how you'll contribute",
            "what you'll achieve",
            "accountabilities",
            "key accountabilities",
            "the work",
            "job duties",
            "job responsibilities",
            "primary responsibilities",
            "core responsibilities",
        ),
        "de": (
            "ihre aufgaben",
            "deine aufgaben",
            "aufgaben",
            "aufgabengebiet",
            "ihr aufgabengebiet",
            "dein aufgabengebiet",
            "deine rolle",
            "ihre rolle",
            "was dich erwartet",
            "was sie erwartet",
            "das erwartet dich",
            "das erwartet sie",
            "was du tun wirst",
            "verantwortlichkeiten",
            "tätigkeiten",
            "deine mission",
            "ihre verantwortung",
        ),
        "fr": (
            "vos principales missions",
            "au quotidien",
            "vos missions",
            "missions",
            "votre mission",
            "vos responsabilités",
            "responsabilités",
            "ce que vous ferez",
            "ce que tu feras",
            "vos tâches",
            "tes missions",
            "le poste",
            "descriptif du poste",
            "ton rôle",
            "votre rôle",
        ),
        "es": (
            "tu día a día",
            "día a día",
            "lo que harás",
            "tus tareas",
            "responsabilidades",
            "tus responsabilidades",
            "funciones",
            "tus funciones",
            "tareas",
            "qué harás",
            "que harás",
            "lo que harás",
            "tu rol",
            "tu misión",
            "sus funciones",
        ),
        "pt": (
            "seu dia a dia",
            "no dia a dia",
            "responsabilidades",
            "atribuições",
            "suas responsabilidades",
            "o que você vai fazer",
            "o que você fará",
            "atividades",
            "suas atividades",
            "seu papel",
        ),
        "it": (
            "di cosa ti occuperai",
            "ti occuperai di",
            "la tua giornata",
            "responsabilità",
            "cosa farai",
            "le tue responsabilità",
            "mansioni",
            "compiti",
            "il tuo ruolo",
            "attività",
            "principali attività",
        ),
        "nl": (
            "wat ga jij doen",
            "jouw werkzaamheden",
            "je werkzaamheden",
            "wat ga je doen",
            "wat ga jij doen",
            "taken",
            "jouw taken",
            "je taken",
            "verantwoordelijkheden",
            "jouw rol",
            "je rol",
            "wat je gaat doen",
            "werkzaamheden",
        ),
    },
    K.QUALIFICATIONS: {
        "en": (
            "qualifications",
            "requirements",
            "key requirements",
            "minimum requirements",
            "basic qualifications",
            "minimum qualifications",
            "required qualifications",
            "qualifications required",
            "required skills",
            "skills",
            "skills and experience",
            "experience",
            "about you",
            "who you are",
            "what you'll need",
            "what you will need",
            "what you need",
            "what we're looking for",
            "what we are looking for",
            "who we're looking for",
            "who we are looking for",
            "what we need",
            "what we need from you",
            "who we need",
            "what you bring",
            "what you'll bring",
            "what you will bring",
            "you have",
            "you are",
            "you should have",
            "you bring",
            "must have",
            "must haves",
            "must-haves",
            "profile",
            "your profile",
            "the ideal candidate",
            "ideal candidate",
            "candidate profile",
            "what it takes",
            "competencies",
            "knowledge, skills and abilities",
            "requirements and skills",
            "you might be a fit if",
            "is this you",
            "education",
            "security clearance",
            "eligibility",
            "experience and skills",
            "looks for",
            "look for",
            "what we look for",
            "we seek",
            "what you should have",
            "who you'll be",
        ),
        "de": (
            "wen wir suchen",
            "was du mitbringen solltest",
            "ihr profil",
            "dein profil",
            "profil",
            "anforderungen",
            "voraussetzungen",
            "qualifikationen",
            "was du mitbringst",
            "was sie mitbringen",
            "das bringst du mit",
            "das bringen sie mit",
            "was wir erwarten",
            "was wir von dir erwarten",
            "kompetenzen",
            "deine kompetenzen",
            "ihre qualifikationen",
            "erfahrung",
        ),
        "fr": (
            "ce que nous attendons",
            "ce que nous recherchons chez vous",
            "vous êtes",
            "votre profil",
            "profil recherché",
            "profil",
            "ton profil",
            "compétences",
            "compétences requises",
            "qualifications",
            "prérequis",
            "exigences",
            "ce que nous recherchons",
            "qu'est-ce qu'on recherche",
        ),
        "es": (
            "lo que esperamos",
            "buscamos a alguien",
            "qué necesitas",
            "lo que necesitas",
            "requisitos",
            "perfil",
            "tu perfil",
            "qué buscamos",
            "que buscamos",
            "lo que buscamos",
            "requerimientos",
            "cualificaciones",
            "experiencia",
            "competencias",
        ),
        "pt": (
            "o que esperamos",
            "o que esperamos de você",
            "requisitos obrigatórios",
            "quem você é",
            "requisitos",
            "qualificações",
            "perfil",
            "o que procuramos",
            "seu perfil",
            "competências",
            "experiência",
        ),
        "it": (
            "cosa ci aspettiamo",
            "chi cerchiamo",
            "cerchiamo",
            "requisiti",
            "il tuo profilo",
            "profilo",
            "cosa cerchiamo",
            "competenze",
            "requisiti richiesti",
            "qualifiche",
            "esperienza",
        ),
        "nl": (
            "wat wij verwachten",
            "wat verwachten wij",
            "wie zoeken wij",
            "wie wij zoeken",
            "wat vragen wij",
            "wat we vragen",
            "wie ben jij",
            "wie ben je",
            "jouw profiel",
            "profiel",
            "functie-eisen",
            "functie eisen",
            "vereisten",
            "wat breng je mee",
            "wat neem je mee",
            "competenties",
            "eisen",
        ),
    },
    K.PREFERRED_QUALIFICATIONS: {
        "en": (
            "nice, not necessary",
            "not essential",
            "favourably",
            "favorably",
            "nice to have",
            "nice-to-have",
            "nice to haves",
            "nice-to-haves",
            "bonus",
            "bonus points",
            "bonus skills",
            "pluses",
            "plus",
            "desirable",
            "desirable skills",
            "preferred",
            "preferred qualifications",
            "preferred skills",
            "preferred experience",
            "desired qualifications",
            "desired experience",
            "it would be great if",
            "it would be great if you have",
            "it would be great if you also have",
            "it's a bonus if",
            "extra credit",
            "even better if",
            "ideally",
            "ideally you have",
            "good to have",
            "would be nice",
            "optional",
            "strong candidates",
            "some of the following",
            "we'd love it if",
            "we would love it if",
            "additional qualifications",
            "nice-to-haves include",
            "extra points",
            "brownie points",
            "plus points",
            "bonus if",
            "it's a plus if",
            "it'd be great if",
            "would be great if",
            "would be a plus",
            "it's a plus",
        ),
        "de": (
            "wir freuen uns, wenn",
            "wäre toll",
            "idealerweise bringst du",
            "wünschenswert",
            "von vorteil",
            "idealerweise",
            "nice to have",
            "ein plus",
            "pluspunkte",
            "wäre schön",
            "gern gesehen",
            "gerne gesehen",
        ),
        "fr": (
            "ce serait un plus",
            "serait apprécié",
            "un plus",
            "les plus",
            "serait un plus",
            "atouts",
            "idéalement",
            "souhaité",
            "souhaitée",
            "souhaités",
            "souhaitées",
            "souhaitable",
            "souhaitables",
            "apprécié",
            "appréciée",
            "appréciés",
            "appréciées",
        ),
        "es": (
            "nos encantaría",
            "valoraremos",
            "se valora",
            "deseable",
            "valorable",
            "se valorará",
            "valoramos",
            "plus",
            "sería un plus",
        ),
        "pt": (
            "seria ótimo",
            "será um diferencial",
            "é um diferencial",
            "desejável",
            "diferenciais",
            "diferencial",
            "será um plus",
        ),
        "it": (
            "sarebbe un plus",
            "ci piacerebbe",
            "è un plus",
            "preferibile",
            "gradito",
            "graditi",
            "costituisce un plus",
            "titoli preferenziali",
        ),
        "nl": (
            "zou mooi zijn",
            "is een pré",
            "pré",
            "pré",
            "pluspunten",
            "bij voorkeur",
            "mooi meegenomen",
            "een pre",
            "een pré",
        ),
    },
    K.BENEFITS: {
        "en": (
            "benefits",
            "perks",
            "perks & benefits",
            "perks and benefits",
            "what we offer",
            "what can we offer",
            "what can we offer you",
            "what we can offer",
            "we offer",
            "our offer",
            "compensation",
            "compensation and benefits",
            "salary",
            "salary and benefits",
            "why join us",
            "why work with us",
            "why you'll love",
            "what's in it for you",
            "what you'll get",
            "what you get",
            "what we provide",
            "rewards",
            "package",
            "our benefits",
            "pay and benefits",
            "total rewards",
        ),
        "de": (
            "wir bieten",
            "wir bieten dir",
            "wir bieten ihnen",
            "was wir bieten",
            "unser angebot",
            "benefits",
            "das bieten wir",
            "deine vorteile",
            "ihre vorteile",
            "was dich bei uns erwartet",
        ),
        "fr": ("ce que nous offrons", "nous offrons", "avantages", "ce que l'on t'offre", "rémunération"),
        "es": ("ofrecemos", "qué ofrecemos", "beneficios", "lo que ofrecemos"),
        "pt": ("oferecemos", "benefícios", "o que oferecemos"),
        "it": ("offriamo", "cosa offriamo", "benefit", "vantaggi"),
        "nl": ("wat bieden wij", "wat wij bieden", "wij bieden", "arbeidsvoorwaarden", "wat krijg je"),
    },
    K.COMPANY: {
        "en": (
            "about us",
            "who we are",
            "about the company",
            "the company",
            "our company",
            "company description",
            "company overview",
            "about the team",
            "the team",
            "our team",
            "our mission",
            "our story",
            "our values",
            "our culture",
            "culture",
            "background",
            "who are we",
            "company",
            "about the organisation",
            "about the organization",
            "mission",
            "agency",
            "our way",
        ),
        "de": ("über uns", "wer wir sind", "das unternehmen", "unternehmen", "unser team"),
        "fr": ("qui sommes-nous", "qui sommes nous", "à propos", "l'entreprise", "notre entreprise"),
        "es": ("sobre nosotros", "quiénes somos", "la empresa", "acerca de nosotros"),
        "pt": ("sobre nós", "quem somos", "a empresa"),
        "it": ("chi siamo", "l'azienda", "azienda"),
        "nl": ("over ons", "wie zijn wij", "wie wij zijn", "het bedrijf"),
    },
    K.APPLICATION: {
        "en": (
            "how to apply",
            "to apply",
            "apply",
            "apply now",
            "application",
            "application process",
            "how to join",
            "next steps",
            "the process",
            "hiring process",
            "interview process",
            "our hiring process",
            "equal opportunity",
            "equal opportunity employer",
            "eeo",
            "diversity",
            "diversity and inclusion",
            "would like to apply",
            "interested",
        ),
        "de": ("bewerbung", "so bewirbst du dich", "bewerben", "kontakt", "interesse"),
        "fr": ("candidature", "comment postuler", "postuler", "processus de recrutement"),
        "es": ("cómo aplicar", "postúlate", "proceso de selección", "candidatura"),
        "pt": ("como se candidatar", "candidatura", "processo seletivo"),
        "it": ("come candidarsi", "candidatura", "processo di selezione"),
        "nl": ("solliciteren", "sollicitatie", "hoe solliciteer je", "interesse", "contact"),
    },
    K.ROLE_SUMMARY: {
        "en": (
            "job summary",
            "role summary",
            "position summary",
            "summary",
            "overview",
            "role overview",
            "position overview",
            "the opportunity",
            "opportunity",
        ),
        "de": ("zusammenfassung", "überblick"),
        "fr": ("résumé du poste", "aperçu"),
        "es": ("resumen del puesto", "resumen"),
        "pt": ("resumo da vaga", "resumo"),
        "it": ("sintesi",),
        "nl": ("samenvatting",),
    },
}

# Headings that say nothing about their content, matched as the whole heading.
NEUTRAL_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "job description",
        "description",
        "the role",
        "about the role",
        "about the job",
        "about this role",
        "about the position",
        "the position",
        "position",
        "role",
        "job",
        "details",
        "job details",
        "position description",
        "the job description",
        "general information",
        "basic information",
        "information",
        "more information",
        "other info",
        "other information",
    ),
    "de": ("stellenbeschreibung", "die stelle", "die position", "über die stelle", "jobbeschreibung"),
    "fr": ("description du poste", "le poste", "à propos du poste", "description"),
    "es": ("descripción del puesto", "el puesto", "sobre el puesto", "descripción"),
    "pt": ("descrição da vaga", "a vaga", "sobre a vaga", "descrição"),
    "it": ("descrizione del ruolo", "il ruolo", "descrizione", "la posizione"),
    "nl": ("functieomschrijving", "de functie", "over de functie", "vacature", "omschrijving"),
}

# Cues that make a qualification optional, per language.
PREFERRED_CUES: dict[str, tuple[str, ...]] = {
    "en": (
        "nice to have",
        "nice-to-have",
        "nice-to-haves",
        "nice to haves",
        "is a plus",
        "a plus",
        "are a plus",
        "is a bonus",
        "a bonus",
        "bonus points",
        "bonus if",
        "bonus",
        "preferred",
        "preferable",
        "preferably",
        "ideally",
        "desirable",
        "desired",
        "is welcome",
        "are welcome",
        "welcome",
        "advantageous",
        "an advantage",
        "an added advantage",
        "added advantage",
        "an added plus",
        "is an asset",
        "an asset",
        "would be great",
        "would be nice",
        "not required",
        "not essential",
        "optional",
        "is helpful",
        "helpful",
        "extra credit",
        "good to have",
        "good-to-have",
        "we'd love it if",
        "even better",
        "highly desirable",
    ),
    "de": (
        "wünschenswerte",
        "wäre toll",
        "keine voraussetzung",
        "von vorteil",
        "wünschenswert",
        "idealerweise",
        "ein plus",
        "wäre schön",
        "gerne gesehen",
        "gern gesehen",
        "vorzugsweise",
        "bevorzugt",
        "nice to have",
        "kein muss",
        "optional",
    ),
    "fr": (
        "appréciés",
        "appréciées",
        "souhaités",
        "souhaitées",
        "ce serait un plus",
        "serait apprécié",
        "un plus",
        "un atout",
        "idéalement",
        "serait un plus",
        "apprécié",
        "appréciée",
        "souhaité",
        "souhaitée",
        "souhaitable",
        "de préférence",
        "bienvenu",
        "bienvenue",
    ),
    "es": (
        "deseables",
        "valorables",
        "nos encantaría",
        "valoraremos",
        "se valora",
        "deseable",
        "valorable",
        "se valorará",
        "un plus",
        "preferiblemente",
        "idealmente",
        "preferible",
    ),
    "pt": (
        "desejáveis",
        "diferenciais",
        "seria ótimo",
        "é um diferencial",
        "desejável",
        "diferencial",
        "um plus",
        "preferencialmente",
        "idealmente",
        "será um diferencial",
    ),
    "it": (
        "gradite",
        "preferibili",
        "graditi",
        "sarebbe un plus",
        "ci piacerebbe",
        "è un plus",
        "preferibile",
        "gradito",
        "gradita",
        "graditi",
        "costituisce un plus",
        "un plus",
        "idealmente",
        "titolo preferenziale",
        "costituisce titolo preferenziale",
        "costituirà titolo preferenziale",
        "costituiscono titolo preferenziale",
        "costituiranno titolo preferenziale",
        "preferibilmente",
    ),
    "nl": (
        "zou mooi zijn",
        "is een pré",
        "pré",
        "een pré",
        "een pre",
        "bij voorkeur",
        "pluspunt",
        "mooi meegenomen",
        "is een plus",
        "geen vereiste",
        "geen vereisten",
        "idealiter",
        "een plus",
    ),
}

# More languages, and the common headings the first tables lacked. Phrases are
# separated by "|"; a phrase starting with "~" also matches as the tail of a
# compound word ("~aufgaben" in "Hauptaufgaben"); phrases in scripts written
# without spaces (Japanese, Chinese) match anywhere in the heading.
_MORE_HEADINGS: dict[SectionKind, dict[str, str]] = {
    K.RESPONSIBILITIES: {
        "en": "responsib~ | duties~ | the successful candidate will | the candidate will | main activities | "
        "you'll get to | you will get to | what you'll get to do | what you will get to do | "
        "key activities | core activities | what we ask you to do | we ask you to | "
        "the ideal candidate will | you will be expected to | your challenges | challenges | "
        "what you will be working on | what you'll be working on | what you'll be responsible for | "
        "what you will be responsible for | your key responsibilities | main responsibilities | the challenge | "
        "your challenges | typical day | a typical day | what's a typical day | what does a typical day look like | "
        "what you'll own | what you will own | job functions | essential functions | essential duties | "
        "essential tasks | essential job tasks | job tasks | "
        "areas of responsibility | key result areas | you'll be | the work you'll do | your work | your job | "
        "role description | role responsibilities | responsibilities include | duties include | "
        "in this role | in this position | what will you be doing | what will you do | what would you be doing | "
        "what will you work on | what will your day look like | what does the role involve | what the role involves | "
        "what youll do | what will i actually do | what will i do | what would i do | what would i be doing | "
        "what does the job involve | key performance areas | kpas | key result areas (kras) | kras | "
        "key responsibility areas | key outputs | main outputs",
        "de": "aufgaben~ | tätigkeit~ | verantwortlichkeit~ | ~aufgaben | ~tätigkeiten | ~tätigkeitsbereich | "
        "~verantwortungsbereich | ~aufgabenbereich | "
        "dein job | ihr job | deine tätigkeiten | ihre tätigkeiten | das machst du | das erwartet dich bei uns | "
        "was dich erwartet | was sie bei uns erwartet | was sind deine aufgaben | deine herausforderungen | "
        "was euch erwartet | was ihr tun werdet | "
        "ihre herausforderungen | einsatzgebiet | arbeitsgebiet | zuständigkeiten | stelleninhalt | jobinhalte | "
        "was erwartet dich | was erwartet sie | was wirst du tun | was werden sie tun | was machst du",
        "fr": "défis | tes défis | vos défis | ce que nous vous demandons de faire | demandons de faire | "
        "responsabilit~ | tes responsabilités | vos activités | activités | "
        "tes tâches | tâches | ce que tu vas faire | "
        "ce que vous allez faire | ta mission | tes missions principales | vos missions principales | "
        "missions principales | ton quotidien | votre quotidien | le job | les missions | la mission | "
        "qu'allez-vous faire | que vas-tu faire | que ferez-vous | que feras-tu | "
        "quelles seront vos missions | quelles seront tes missions | quel sera votre rôle | quel sera ton rôle",
        "es": "responsabilidad~ | desafíos | retos | lo que te pedimos que hagas | pedimos que hagas | "
        "tus funciones principales | funciones principales | "
        "responsabilidades principales | qué vas a hacer | "
        "lo que vas a hacer | tu misión | tus misiones | misiones | tus retos | tu trabajo | el trabajo | "
        "cuál será tu reto | tu reto | cuáles serán tus retos | "
        "tareas principales",
        "pt": "responsabilidade~ | atribuiç~ | principais responsabilidades | principais atividades | "
        "suas atribuições | atribuições | funções | "
        "tarefas | o que você vai fazer | o que vai fazer | o que você fará | seus desafios | desafios | "
        "dia a dia | no seu dia a dia | suas tarefas | sua missão | "
        "o que vais fazer | o que farás | as tuas funções | as tuas responsabilidades | o teu dia a dia | "
        "plano de trabalhos | plano de trabalho",
        "it": "responsabilit~ | sfide | cosa ti chiediamo di fare | chiediamo di fare | "
        "le tue attività | attività principali | principali responsabilità | "
        "cosa andrai a fare | "
        "di cosa ti occuperai | ti occuperai | mansioni principali | compiti principali | la tua missione",
        "nl": "wat ga je doen | wat jij gaat doen | ~taken | je verantwoordelijkheden | jouw verantwoordelijkheden | "
        "wat houdt de functie in | de werkzaamheden | dit ga je doen | wat ga je precies doen | jouw werk | je werk",
        "sv": "arbetsuppgift~ | utmaningar | ~arbetsuppgifter | ~uppgifter | dina arbetsuppgifter | "
        "~ansvarsområden | ansvar | ditt ansvar | "
        "vad du kommer att göra | vad du ska göra | du kommer att | i rollen | rollen innebär | i rollen ingår | "
        "dina uppgifter | vad jobbet innebär | en typisk dag | vad kommer du att göra | vad ska du göra",
        "da": "~arbejdsopgaver | ~opgaver | dine opgaver | ~ansvarsområder | dit ansvar | hvad skal du lave | "
        "hvad du skal lave | du kommer til at | jobbet | hvad kommer du til at lave",
        "no": "~arbeidsoppgaver | ~oppgaver | dine oppgaver | ~ansvarsområder | ditt ansvar | hva skal du gjøre | "
        "du vil | stillingen innebærer | hva du skal gjøre | hva vil du gjøre | "
        # Nynorsk: "Arbeidsoppgåver", "Kva skal du gjere"
        "~arbeidsoppgåver | ~oppgåver | dine oppgåver | ~ansvarsområde | kva skal du gjere | stillinga inneber",
        "fi": "tehtävät | tehtäväsi | ~tehtävät | työtehtävät | vastuut | vastuualueet | työnkuva | mitä teet | "
        "tehtävänkuva",
        "pl": "obowiązki | twoje obowiązki | zakres obowiązków | główne obowiązki | zadania | twoje zadania | "
        "zakres zadań | co będziesz robić | co będziesz robił | czym będziesz się zajmować | "
        "czym będziesz się zajmował | "
        "twoja rola | na czym polega praca | opis obowiązków | zakres wykonywanych zadań | "
        "zakres wykonywanych zadań na stanowisku",
        "cs": "náplň práce | co vás čeká | co tě čeká | pracovní náplň | povinnosti | úkoly | co budete dělat | "
        "co budeš dělat | náplň pozice | "
        "vaše úkoly | tvoje úkoly | zodpovědnosti | co u nás budeš dělat | co u nás budete dělat | "
        "co tě u nás čeká | co vás u nás čeká",
        "sk": "náplň práce | pracovná náplň | povinnosti | úlohy | čo budete robiť | zodpovednosti",
        "hu": "feladatok | feladataid | feladatai | főbb feladatok | fő feladatok | a munkakör feladatai | "
        "mi lesz a feladatod | feladatkör",
        "ro": "responsabilități | responsabilitati | sarcini | atribuții | atributii | ce vei face | "
        "responsabilitățile tale | descrierea responsabilităților | atribuțiile postului | atributiile postului | "
        "atribuțiile | atribuții principale",
        "ru": "обязанности | задачи | чем предстоит заниматься | чем нужно заниматься | что нужно делать | "
        "функционал | ваши задачи | твои задачи | что вы будете делать | что ты будешь делать",
        "uk": "обов'язки | завдання | чим ви будете займатися | що потрібно робити | ваші завдання",
        "tr": "sorumluluk~ | görevler | görevleriniz | görevlerin | "
        "iş tanımı | neler yapacaksın | neler yapacaksınız | görev tanımı | "
        "temel sorumluluklar",
        "el": "αρμοδιότητες | καθήκοντα | ευθύνες",
        "ca": "responsabilitats | funcions | tasques | què faràs",
        "id": "tanggung jawab | tugas | uraian tugas | deskripsi tugas | kewajiban | job desk | jobdesk",
        "vi": "trách nhiệm | nhiệm vụ | mô tả công việc",
        "ja": "業務内容 | 仕事内容 | 職務内容 | 担当業務 | 主な業務 | 具体的な業務 | 具体的には | 業務 | 職務 | "
        "ミッション | 役割 | お任せしたい | お仕事",
        "zh": "職責 | 工作職責 | 工作內容 | 崗位職責 | 主要職責 | 岗位职责 | 工作职责 | 职位职责 | 职责 | "
        "工作内容 | 主要职责 | 岗位内容",
        "ko": "주요업무 | 주요 업무 | 담당업무 | 담당 업무 | 업무내용 | 업무 내용 | 하는 일 | 하시게 될 일",
        "ar": "المهام | المهام والمسؤوليات | المسؤوليات | مسؤوليات الوظيفة | المهام الوظيفية | الواجبات | "
        "المهام الرئيسية | ماذا ستفعل",
        "he": "תחומי אחריות | אחריות | משימות | מה תעשו | מה תעשה | מה תעשי | עיקרי התפקיד",
    },
    K.QUALIFICATIONS: {
        "en": "requirement~ | qualification~ | about you | about yourself | ideal candidate~ | familiarity | "
        "who we'd love to meet | who we would love to meet | who we'd like to meet | who we would like to meet | "
        "who we want to meet | who we're hoping to meet | who we hope to meet | "
        "knowledge | proficiency | understanding | skill~ | competenc~ | the person we're looking for | "
        "who you are | what you need to succeed | what you'll need to succeed | what we expect | "
        "what we expect from you | you'll need | you will need | you need | "
        "to be successful in this role | to be successful in the role | to succeed in this role | to be successful | "
        "to succeed in the role | "
        "conditions of employment | condition of employment | conditions of hire | "
        "ksas | ksa | licenses and certifications | licences and certifications | certifications | licensure | "
        "license/certification | licence/certification | "
        "physical demands | "
        "skills and qualifications | qualifications and experience | experience and qualifications | "
        "skills & experience | required experience | requirements for the role | the candidate | candidate | "
        "who you are | you are someone who | we're looking for | we are looking for | looking for | "
        "you might be a good fit | you'll be a great fit | you'll thrive if | key skills | core skills | "
        "prerequisites | essential | essential criteria | essential skills | selection criteria | criteria | "
        "key attributes | attributes | personal qualities | qualities | traits | important traits | "
        "characteristics | person specification | your skills | your experience | "
        "technical skills | what makes you a great fit | what you should know | must | required | mandatory | "
        "you must have | about yourself | who are you | your background | a good fit | a great fit | good fit if | "
        "great fit if | thrive in this role | you'll thrive | you will thrive | you might thrive | what we ask | "
        "what we ask of you | what we ask for | what we require | we require | "
        "the ideal candidate will have | the successful candidate will have | the candidate will have | "
        "the ideal candidate will possess | the successful candidate will possess | "
        "certificates/licenses | certificates/licences | what youll need | what youll bring | what kind of person | "
        "who would fit | do i need experience | what do i need | what do i need to bring",
        "de": "anforderung~ | qualifikation~ | voraussetzung~ | ~erfordernisse | kenntnis~ | was erwarten wir | "
        "muss | muss kriterien | musskriterien | "
        "erwarten wir | über dich | über sie | was du brauchst | was sie brauchen | eigenschaften | "
        "persönliche eigenschaften | ~anforderungen | ~anforderungsprofil | ~profil | ~qualifikation | "
        "~qualifikationen | "
        "~voraussetzungen | ~kenntnisse | ~kompetenzen | was du mitbringst | was du mitbringen solltest | "
        "was sie mitbringen sollten | das bringst du mit | das solltest du mitbringen | das sollten sie mitbringen | "
        "was wir uns wünschen | was wir von ihnen erwarten | wir erwarten | das erwarten wir | du bist | du hast | "
        "sie sind | sie haben | das zeichnet dich aus | das zeichnet sie aus | deine skills | fähigkeiten | "
        "was du können solltest | wen wir suchen | wir suchen | was wir suchen | mitbringen | dein hintergrund | "
        "was bringst du mit | was bringen sie mit | wen suchen wir | was solltest du mitbringen | "
        "was ihr mitbringt | das bringt ihr mit | was wir von euch erwarten | ihr seid | ihr habt | "
        "sie bringen mit | du bringst mit | ihr bringt mit | sie verfügen über | du verfügst über | "
        "sie überzeugen durch | du überzeugst durch | damit überzeugen sie uns | damit überzeugst du uns | "
        "was sollten sie mitbringen | wer bist du | wer sind sie | wer du bist | was wir voraussetzen | "
        "wir setzen voraus",
        "fr": "à propos de toi | à propos de vous | ce que nous demandons | nous demandons | "
        "ce que l'on attend de vous | ce que l'on attend de toi | "
        "compétence~ | qualification~ | exigence~ | qualités | "
        "qualités personnelles | profil recherché | profil souhaité | ton profil | votre profil | profil | "
        "compétences requises | "
        "compétences | connaissances | savoir-être | savoir-faire | pré-requis | prérequis | exigences | "
        "ce que nous attendons de toi | ce que nous attendons de vous | ce qu'on attend de toi | nous recherchons | "
        "qui es-tu | qui êtes-vous | tu es | vous êtes | tu as | vous avez | qualités requises | expérience | "
        "qui recherchons-nous | quel profil recherchons-nous | que recherchons-nous | "
        "formation | requis | qualifications requises | critères",
        "es": "sobre ti | acerca de ti | lo que pedimos | qué pedimos | requerimos | nos encaja si | encajas si | "
        "qué necesitamos | lo que necesitamos | quién eres | quien eres | "
        "quién eres tú | sobre usted | requisito~ | competencia~ | cualidades | características | "
        "se requiere | "
        "características importantes | requisitos | requisitos mínimos | perfil | perfil buscado | tu perfil | "
        "qué buscamos | a quién buscamos | "
        "buscamos | qué necesitas | lo que necesitas | lo que esperamos | qué esperamos de ti | habilidades | "
        "competencias | conocimientos | formación | experiencia requerida | imprescindible | requerido",
        "pt": "sobre você | sobre ti | o que pedimos | pedimos | o que precisamos | o que exigimos | "
        "o que a gente procura | a gente procura | quem a gente procura | o que a gente espera de você | "
        "o que esperamos de você | "
        "exigimos | requisito~ | competência~ | qualificaç~ | qualidades | características | "
        "requisitos | requisitos obrigatórios | pré-requisitos | pré requisitos | perfil | perfil desejado | "
        "o que buscamos | o que procuramos | procuramos | buscamos | quem procuramos | o que esperamos | "
        "o que você precisa | você precisa | habilidades | competências | conhecimentos | qualificações | "
        "formação | obrigatório | este profissional deve | deve necessariamente | você deve | "
        "o teu perfil | o que precisas | o que esperamos de ti",
        "it": "su di te | chi sei | chi sei tu | cosa chiediamo | cosa ti chiediamo | cosa richiediamo | "
        "richiediamo | "
        "requisit~ | competenz~ | qualità | caratteristiche | requisiti | requisiti richiesti | "
        "si richiede | requisiti minimi | profilo | profilo richiesto | profilo ricercato | "
        "il tuo profilo | chi cerchiamo | cosa cerchiamo | cerchiamo | cosa ci aspettiamo | competenze | "
        "competenze richieste | conoscenze | esperienza richiesta | qualifiche | formazione | il candidato ideale",
        "nl": "over jou | over u | vereiste~ | competentie~ | eigenschappen | persoonlijke eigenschappen | eisen | "
        "opleidingseisen | ~profiel | functie-eisen | wat vragen wij | wat vragen we | wij vragen | we vragen | "
        "wat wij vragen | wat we vragen | "
        "wat verwachten we | "
        "wie ben jij | wie ben je | "
        "wie zoeken we | wat breng jij mee | wat neem jij mee | jij hebt | jij bent | je hebt | "
        "je bent | vaardigheden | competenties | kwalificaties | ervaring | kennis | opleiding | vereisten",
        "sv": "om dig | vad vi förväntar oss | vi förväntar oss | "
        "kvalifikation~ | kompetens~ | egenskaper | personliga egenskaper | ~krav | "
        "~kvalifikationer | kvalifikationer | vi söker dig som | vi söker | vem du är | vem är du | "
        "om dig | du är | du har | du behöver | du behöver kunna | du behöver ha | din profil | ~profil | "
        "~kompetens | kompetenser | kunskaper | ~kunskaper | erfarenhet | vad vi söker | vem vi söker | "
        "för att lyckas | vi tror att du | "
        "bakgrund | utbildning | vem söker vi | vad söker vi",
        "da": "~kvalifikationer | ~krav | din profil | ~profil | vi forventer | hvem er du | hvem du er | du har | "
        "du er | ~kompetencer | kundskaber | erfaring | vi søger | vi leder efter | din baggrund | hvad forventer vi | "
        "hvem søger vi | hvad søger vi",
        "no": "~kvalifikasjoner | ~krav | din profil | ~profil | vi ser etter | vi søker | hvem er du | du har | "
        "du er | ~kompetanse | kunnskaper | ~kunnskaper | erfaring | din bakgrunn | personlige egenskaper | "
        "hva ser vi etter | "
        "hvem ser vi etter | hva forventer vi | hvem søker vi | "
        # Nynorsk: "Kvalifikasjonar", "Personlege eigenskapar", "Kven er du"
        "~kvalifikasjonar | kunnskapar | personlege eigenskapar | kven er du | kva ser vi etter | kven ser vi etter",
        "fi": "vaatimukset | ~vaatimukset | edellytämme | odotamme | odotamme sinulta | osaaminen | osaamisesi | "
        "pätevyys | sinulla on | olet | kuka olet | profiili | kokemus | kelpoisuusvaatimukset | "
        "toivomme sinulta | toivomme",
        "pl": "o tobie | kim jesteś | kim jestes | czego wymagamy | wymagamy | "
        "wymagani~ | kwalifikacj~ | umiejętnoś~ | cechy | cechy osobowe | wymagania | "
        "nasze wymagania | czego oczekujemy | oczekujemy | oczekiwania | nasze oczekiwania | "
        "kogo szukamy | szukamy | poszukujemy | profil kandydata | twój profil | kwalifikacje | umiejętności | "
        "wymagane umiejętności | wymagane | czego potrzebujemy | potrzebujemy | doświadczenie | wykształcenie",
        "cs": "požadavky | požadujeme | očekáváme | co od vás očekáváme | co od tebe očekáváme | kvalifikace | "
        "co budeš potřebovat | co budete potřebovat | co musíš umět | co umíš | co by jsi měl umět | "
        "co od tebe čekáme | co od vás čekáme | co čekáme | co od vás chceme | hledáme | koho hledáme | "
        "co byste měli umět | "
        "co bys měl umět | dovednosti | znalosti | profil kandidáta",
        "sk": "požiadavky | požadujeme | očakávame | kvalifikácia | hľadáme | zručnosti | znalosti",
        "hu": "elvárások | elvárásaink | amit elvárunk | követelmények | kompetenciák | akit keresünk | "
        "amit keresünk | szükséges | feltételek",
        "ro": "cerințe | cerinte | profilul candidatului | profil | profilul tău | profilul tau | calificări | "
        "ce căutăm | ce așteptăm de la tine | competențe | condiții specifice | condiții specifice de participare | "
        "condiții de participare | condiții generale de participare | "
        "abilități | cerințele postului",
        "ru": "требования | что мы ожидаем | мы ожидаем | ожидаем | кого мы ищем | мы ищем | навыки | квалификация | "
        "требования к кандидату | что нужно | что для этого нужно | ожидания",
        "uk": "вимоги | ми очікуємо | що ми очікуємо | кого ми шукаємо | навички | кваліфікація",
        "tr": "aranan nitelikler | nitelikler | genel nitelikler | gereksinimler | beklentiler | yetkinlikler | "
        "beklentilerimiz | aradığımız nitelikler | aradığımız özellikler | "
        "aradığımız özellikler | aradığımız",
        "el": "απαιτήσεις | προσόντα | απαιτούμενα προσόντα | δεξιότητες",
        "ca": "requisits | perfil | què busquem | competències",
        "id": "kualifikasi | persyaratan | syarat | keahlian | kriteria | yang kami cari",
        "vi": "yêu cầu | yêu cầu công việc | kỹ năng",
        "ja": "応募資格 | 必須 | 必須条件 | 必須スキル | 必須要件 | 必要なスキル | 必要な経験 | 求めるスキル | "
        "応募要件 | 応募条件 | 募集要件 | 資格要件 | 求める経験 | 求める能力 | 必要な資格 | "
        "求める経験 | 求める人物像 | 人物像 | 応募条件 | 資格 | 求める人材 | スキル | 求めるもの",
        "zh": "任職要求 | 職位要求 | 崗位要求 | 任職資格 | 技能要求 | 任职要求 | 任职资格 | 职位要求 | 岗位要求 | "
        "资格要求 | 要求",
        "ko": "자격요건 | 자격 요건 | 지원자격 | 지원 자격 | 필수 요건 | 필수요건 | 요구사항 | 이런 분을 찾습니다",
        "ar": "المؤهلات | المؤهلات المطلوبة | المتطلبات | متطلبات الوظيفة | الشروط | الشروط المطلوبة | "
        "المهارات المطلوبة | الخبرات المطلوبة | ما نبحث عنه",
        "he": "דרישות | דרישות התפקיד | דרישות חובה | כישורים | מה אנחנו מחפשים | מה אנו מחפשים",
    },
    K.PREFERRED_QUALIFICATIONS: {
        "en": "nice to haves | bonus skills | bonus qualifications | extra | pluses | preferred requirements | "
        "desired skills and experience | it would be nice if | great to have | would be a bonus | "
        "what would make you stand out | what sets you apart | stand out | standout | wish list | wishlist | "
        "not required but | welcome | desired skills | advantageous | beneficial | an advantage | "
        "would be an advantage | would be great | non-essential | non essential | nonessential | not essential | "
        "highly regarded | highly valued | nice if you | bonus if you | great if you have",
        "de": "~wünschenswert | wünschenswerte kenntnisse | von vorteil | pluspunkte | ~pluspunkte | das wäre toll | "
        "kann kriterien | kannkriterien | "
        "optional | bonus | kein muss | schön wäre | wünschenswert wäre | idealerweise hast du | vorteilhaft",
        "fr": "les plus | atouts | souhaité | souhaitable | apprécié | appréciés | bonus | idéalement | optionnel | "
        "serait un atout | seraient un plus | ce qui ferait la différence",
        "es": "deseable | deseables | valorable | valorables | se valorará | plus | sería un plus | idealmente | "
        "valoraremos | nice to have | extra | no excluyente | no excluyentes | no obligatorio | no obligatorios",
        "pt": "desejável | desejáveis | diferencial | diferenciais | será um diferencial | plus | bônus | "
        "idealmente | é interessante | seria interessante | requisitos desejáveis | conhecimentos desejáveis | "
        "seria legal se você tivesse | seria ótimo se você tivesse | seria legal se você | "
        "não obrigatório | não obrigatórios",
        "it": "gradito | graditi | gradita | gradite | preferenziale | titoli preferenziali | "
        "costituisce titolo preferenziale | "
        "plus | un plus | bonus | idealmente | nice to have | requisiti preferenziali | competenze gradite",
        "nl": "pré | pré's | een pré | pluspunt | pluspunten | bij voorkeur | wenselijk | mooi meegenomen | bonus | "
        "nice to have | is een plus | extra | gewenst | gewenste",
        "sv": "meriterande | meriterar | plus i kanten | det är ett plus | ett plus | bonus | önskvärt | "
        "önskvärd | önskvärda | "
        "önskvärda kvalifikationer | meriterande kvalifikationer | det är meriterande | fördelaktigt | en fördel | "
        "fint om du har | bra om du har | det är bra om du har | det är fint om du har | fint om du | bra om du | "
        "det är fint om du | det är bra om du",
        "da": "det er en fordel | en fordel | fordel | ønskeligt | ønskelige kvalifikationer | gerne | plus | "
        "fint hvis du | det er fint hvis du | godt hvis du",
        "no": "det er en fordel | en fordel | fordel | ønskelig | ønskelige | ønskede kvalifikasjoner | "
        "ønskelige kvalifikasjoner | ønskede | ønsket | plus | ønskte kvalifikasjonar | ønskjeleg | "
        "det er ein fordel | ein fordel | fint om du | fint hvis du | det er fint om du | det er fint hvis du | "
        "bra om du | det er bra om du",
        "fi": "eduksi | katsotaan eduksi | plussaa | toivottavaa | hyödyksi | lisäksi arvostamme | arvostamme | "
        "kiva, jos | kivaa, jos | olisi kiva, jos | hienoa, jos | olisi hienoa, jos",
        "pl": "mile widziane | mile widziana | mile widziany | dodatkowym atutem | dodatkowe atuty | atuty | atut | "
        "będzie plusem | plusem | bonusowe punkty | dodatkowe punkty | nice to have | dodatkowo | preferowane | "
        "preferowana | preferowany | wymagania dodatkowe",
        "cs": "výhodou | je výhodou | bude výhodou | výhoda | bonus | plus | ocení | je ideální, pokud | ideálně",
        "sk": "výhodou | je výhodou | výhoda",
        "hu": "előny | előnyt jelent | előnyt jelent ha | előnyként jelentkezik | plusz",
        "ro": "constituie un avantaj | avantaj | reprezintă un avantaj | constituie avantaj | un plus | "
        "ar fi un plus | de dorit",
        "ru": "будет плюсом | плюсом будет | будет преимуществом | преимуществом | желательно | приветствуется | "
        "дополнительно | бонусом будет",
        "uk": "буде плюсом | буде перевагою | перевагою | бажано | вітається",
        "tr": "tercih sebebi | tercihen | artı | avantaj | tercih edilir",
        "el": "επιθυμητά | επιθυμητά προσόντα | θα εκτιμηθεί | θα συνεκτιμηθεί",
        "ca": "es valorarà | desitjable | valorable",
        "id": "nilai tambah | diutamakan | lebih disukai",
        "vi": "ưu tiên | điểm cộng",
        "ja": "歓迎 | 歓迎スキル | 歓迎条件 | 歓迎要件 | 尚可 | あれば尚可 | 優遇 | 歓迎する経験",
        "zh": "優先 | 加分 | 优先 | 加分 | 加分项 | 优先考虑 | 优先条件",
        "ko": "우대 | 우대사항 | 우대 사항 | 우대조건",
        "ar": "يفضل | مؤهلات مفضلة | المؤهلات المفضلة | ميزة إضافية | يعتبر ميزة",
        "he": "יתרון | דרישות יתרון | נחמד שיהיה",
    },
    K.BENEFITS: {
        "en": "what we offer you | what you can expect from us | why you'll love working here | why join | "
        "why work here | why us | our perks | benefits and perks | benefits & perks | compensation & benefits | "
        "salary & benefits | what's in it for me | in return | in return we offer | we provide | the package | "
        "remuneration | pay | salary range | wellbeing | time off | you'll get | you will get | you'll also get | "
        "you will also get | you'll receive | you will receive | what you'll get | what you get",
        "de": "~vorteile | ~benefits | arbeitsbedingungen | "
        "wir bieten | was wir dir bieten | was wir ihnen bieten | das bieten wir dir | "
        "das bieten wir ihnen | das wird geboten | geboten wird | was wir bieten können | was du bekommst | "
        "was sie bekommen | unser angebot an dich | unser angebot an sie | vergütung | gehalt | ~leistungen | "
        "darauf kannst du dich freuen | darauf können sie sich freuen | warum wir | was bieten wir | "
        "was wir euch bieten | das bieten wir euch | "
        "was bieten wir dir | was bieten wir ihnen | was bekommst du | was bekommen sie",
        "fr": "avantages | nos avantages | ce que nous proposons | nous proposons | ce que nous t'offrons | "
        "ce que nous vous offrons | ce que l'on offre | ce qu'on t'offre | pourquoi nous rejoindre | "
        "pourquoi rejoindre | rémunération | salaire | package | on t'offre | nous vous offrons | conditions | "
        "que proposons-nous | que vous offrons-nous | que t'offrons-nous | nous t'offrons | qu'est-ce qu'on offre | "
        "qu'est-ce qu'on t'offre | qu'est-ce qu'on vous offre",
        "es": "beneficios | ofrecemos | qué ofrecemos | qué te ofrecemos | te ofrecemos | lo que te ofrecemos | "
        "se ofrece | por qué unirte | por qué trabajar con nosotros | salario | remuneración | ventajas | condiciones",
        "pt": "benefícios | oferecemos | o que oferecemos | o que te oferecemos | o que oferecemos a você | "
        "remuneração | salário | vantagens | por que trabalhar conosco | o que você vai ganhar | "
        "o que vais ter | o que ganhas",
        "it": "offriamo | cosa offriamo | ti offriamo | cosa ti offriamo | cosa possiamo offrirti | benefit | "
        "si offre | benefits | vantaggi | retribuzione | perché lavorare con noi | cosa ti aspetta",
        "nl": "wij bieden | wat bieden wij | wat wij bieden | wat we bieden | wat bieden we | wat wij jou bieden | "
        "dit bieden wij | dit bieden we | dit bieden wij jou | dit bieden we jou | dit krijg je | "
        "dit krijg je van ons | "
        "wat je krijgt | wat krijg je | "
        "arbeidsvoorwaarden | ~arbeidsvoorwaarden | wat krijg je | wat krijg je van ons | wat staat er tegenover | "
        "ons aanbod | salaris | wat mag je verwachten",
        "sv": "vi erbjuder | vad vi erbjuder | vi kan erbjuda | vi erbjuder dig | ~förmåner | förmåner | lön | "
        "det här erbjuder vi | vad vi kan erbjuda | vad erbjuder vi",
        "da": "vi tilbyder | vi kan tilbyde | hvad vi tilbyder | ~fordele | løn | goder | vi tilbyder dig | "
        "hvad tilbyder vi",
        "no": "vi tilbyr | vi kan tilby | hva vi tilbyr | ~fordeler | goder | lønn | vi tilbyr deg | hva tilbyr vi",
        "fi": "tarjoamme | me tarjoamme | mitä tarjoamme | edut | ~edut | palkka | palkkaus | tarjoamme sinulle",
        "pl": "oferujemy | co oferujemy | benefity | co zyskujesz | co zyskasz | w zamian oferujemy | "
        "wynagrodzenie | "
        "zapewniamy | co możemy zaoferować | co dajemy | dajemy | oferta | nasza oferta",
        "cs": "nabízíme | co nabízíme | benefity | nabízíme vám | co ti nabídneme | mzda | plat",
        "sk": "ponúkame | čo ponúkame | benefity | mzda | plat",
        "hu": "amit kínálunk | kínálunk | juttatások | amit nyújtunk | ajánlatunk | bérezés",
        "ro": "oferim | ce oferim | beneficii | ce îți oferim | salariu | pachet salarial",
        "ru": "мы предлагаем | что мы предлагаем | предлагаем | условия | условия работы | бонусы | "
        "мы гарантируем | зарплата",
        "uk": "ми пропонуємо | пропонуємо | що ми пропонуємо | умови | умови роботи | бонуси",
        "tr": "yan haklar | sunduklarımız | neler sunuyoruz | olanaklar | sunduğumuz imkanlar | avantajlar",
        "el": "προσφέρουμε | παρέχουμε | παροχές | τι προσφέρουμε | τι παρέχουμε",
        "ca": "oferim | què oferim | beneficis",
        "id": "benefit | fasilitas | yang kami tawarkan | kami menawarkan",
        "vi": "quyền lợi | phúc lợi | chế độ đãi ngộ",
        "ja": "待遇 | 福利厚生 | 給与 | 待遇・福利厚生 | 休日 | 休暇 | 手当 | 年収 | 報酬",
        "zh": "福利待遇 | 薪資 | 薪酬福利 | 福利 | 福利待遇 | 薪资 | 薪酬 | 我们提供",
        "ko": "복지 | 혜택 | 복리후생 | 복지 및 혜택",
        "ar": "المزايا | مزايا الوظيفة | ما نقدمه | نقدم لك | نحن نقدم | الراتب والمزايا",
        "he": "מה אנחנו מציעים | אנחנו מציעים | מה אנו מציעים | הטבות",
    },
    K.COMPANY: {
        "en": "about us | life at | working at | who we are | company info | our company | the organisation | "
        "about the organisation",
        "de": "das sind wir | über das unternehmen | unternehmensprofil | wir sind | wer sind wir | ~unternehmen",
        "fr": "à propos de nous | la société | notre société | présentation de l'entreprise | nous sommes | "
        "qui sommes-nous | l'entreprise",
        "es": "nuestra empresa | quiénes somos | sobre la empresa | la compañía",
        "pt": "nossa empresa | sobre a empresa | quem somos",
        "it": "chi siamo | la società | l'azienda | la nostra azienda",
        "nl": "over ons | wie zijn wij | wie zijn we | het bedrijf | de organisatie | over de organisatie | "
        "bedrijfsprofiel",
        "sv": "om oss | om företaget | vilka vi är | vilka är vi | företaget",
        "da": "om os | om virksomheden | hvem er vi | virksomheden",
        "no": "om oss | om selskapet | om bedriften | hvem er vi | selskapet",
        "fi": "meistä | yrityksestä | keitä olemme | yritys",
        "pl": "o nas | o firmie | kim jesteśmy | firma",
        "cs": "o nás | o společnosti | kdo jsme | společnost",
        "sk": "o nás | o spoločnosti | kto sme",
        "hu": "rólunk | a cégről | kik vagyunk",
        "ro": "despre noi | despre companie | cine suntem",
        "ru": "о компании | о нас | кто мы",
        "uk": "про компанію | про нас | хто ми",
        "tr": "hakkımızda | biz kimiz | şirket hakkında",
        "el": "σχετικά με εμάς | η εταιρεία",
        "ca": "qui som | sobre nosaltres",
        "id": "tentang kami | tentang perusahaan",
        "vi": "về chúng tôi | giới thiệu công ty",
        "ja": "会社概要 | 会社紹介 | 私たちについて | 企業情報 | 会社情報 | 事業内容 | 募集背景",
        "zh": "公司介绍 | 关于我们 | 公司简介",
        "ko": "회사소개 | 회사 소개 | 기업소개",
        "ar": "من نحن | عن الشركة | نبذة عن الشركة",
        "he": "על החברה | מי אנחנו | אודות החברה",
    },
    K.APPLICATION: {
        "en": "how to apply | application process | recruitment process | selection process | "
        "interview process | the hiring process | contact | contact us | get in touch | questions | "
        "ready to apply | sounds like you | sound like you | interested in joining | how you will be evaluated | "
        "how you'll be evaluated | what happens next | next steps | application documents | required documents | "
        "documents required | supporting documents | application materials | please include | please submit",
        "de": "~bewerbung | bewerbungsprozess | bewirb dich | bewerben sie sich | ansprechpartner | "
        "ansprechpartnerin | "
        "interessiert | kontakt | so geht es weiter | so geht's weiter | haben wir dein interesse geweckt | "
        "haben wir ihr interesse geweckt | bewerbungsunterlagen | ihre unterlagen | deine unterlagen | "
        "benötigte unterlagen | erforderliche unterlagen",
        "fr": "postuler | candidature | candidater | comment candidater | processus de recrutement | "
        "processus de sélection | contact | intéressé | intéressée | envie de nous rejoindre | pièces à fournir | "
        "documents à fournir | dossier de candidature",
        "es": "cómo postular | postular | postulación | aplica | cómo aplicar | proceso de selección | contacto | "
        "te interesa | candidatura | documentos necesarios | documentación requerida",
        "pt": "como se candidatar | candidate-se | candidatura | processo seletivo | processo de seleção | contato | "
        "interessado | como participar",
        "it": "come candidarsi | candidatura | candidati | processo di selezione | contatti | invia la tua candidatura",
        "nl": "~sollicitatie | solliciteren | hoe solliciteer je | sollicitatieprocedure | procedure | interesse | "
        "contact | vragen",
        "sv": "~ansökan | ansök | sök tjänsten | så söker du | kontakt | intresserad | rekryteringsprocess | "
        "~rekryteringsprocessen",
        "da": "~ansøgning | ansøg | søg stillingen | kontakt | interesseret | rekrutteringsproces",
        "no": "~søknad | søk | søk på stillingen | kontakt | interessert | rekrutteringsprosess",
        "fi": "hae | hakeminen | hakemus | hakuprosessi | yhteystiedot | kiinnostuitko | lisätietoja",
        "pl": "aplikuj | jak aplikować | wymagane dokumenty | dokumenty | rekrutacja | proces rekrutacji | "
        "proces rekrutacyjny | kontakt | zgłoszenia | "
        "zainteresowany",
        "cs": "jak se přihlásit | kontakt | výběrové řízení | reagujte | přihlaste se | máte zájem",
        "sk": "ako sa prihlásiť | kontakt | výberové konanie | máte záujem",
        "hu": "jelentkezés | hogyan jelentkezhetsz | kapcsolat | kiválasztási folyamat",
        "ro": "aplică | cum aplici | proces de recrutare | contact",
        "ru": "как откликнуться | контакты | отклик | как подать заявку | процесс отбора",
        "uk": "як відгукнутися | контакти | процес відбору",
        "tr": "başvuru | nasıl başvurulur | başvuru süreci | iletişim",
        "el": "αιτήσεις | πώς να κάνετε αίτηση | επικοινωνία",
        "ca": "com aplicar | candidatura | contacte",
        "id": "cara melamar | lamar | kontak",
        "vi": "cách ứng tuyển | liên hệ",
        "ja": "応募方法 | 選考プロセス | 選考フロー | 選考方法 | 応募 | お問い合わせ | 選考 | 採用フロー",
        "zh": "应聘方式 | 投递方式 | 联系方式 | 招聘流程 | 申请方式",
        "ko": "지원방법 | 지원 방법 | 전형절차 | 채용절차 | 채용 절차",
        "ar": "طريقة التقديم | كيفية التقديم | للتقديم",
        "he": "הגשת מועמדות | להגשת מועמדות | איך מגישים מועמדות",
    },
    K.ROLE_SUMMARY: {
        "sv": "sammanfattning | översikt",
        "pl": "podsumowanie",
        "ja": "職務概要 | 概要 | 募集概要",
        "zh": "职位概要",
    },
}

_MORE_NEUTRAL: dict[str, str] = {
    "en": "english version | job | the job | the role | role description | job overview | about this job | "
    "about this position | "
    "position details | job information | additional information | other details",
    "sv": "om tjänsten | tjänsten | om rollen | rollen | din roll | tjänstebeskrivning | jobbet | om jobbet",
    "da": "om stillingen | stillingen | jobbet | om jobbet | stillingsbeskrivelse",
    "no": "om stillingen | stillingen | jobben | om jobben | stillingsbeskrivelse | om stillinga | stillinga",
    "fi": "työ | tehtävänkuvaus | paikan kuvaus",
    "pl": "opis stanowiska | stanowisko | o stanowisku | opis oferty | o pracy | praca",
    "cs": "popis pozice | pozice | o pozici | popis práce",
    "sk": "popis pozície | pozícia | o pozícii",
    "hu": "a pozícióról | pozíció | munkakör | állásleírás",
    "ro": "descrierea postului | despre rol | postul | rolul",
    "ru": "описание вакансии | вакансия | о вакансии | о позиции",
    "uk": "опис вакансії | вакансія | про вакансію",
    "tr": "iş ilanı | pozisyon | pozisyon hakkında | ilan detayları",
    "el": "περιγραφή θέσης | η θέση",
    "ca": "descripció del lloc | el lloc",
    "id": "deskripsi pekerjaan | lowongan",
    "vi": "thông tin công việc",
    "ja": "募集職種 | 職種 | 仕事について | ポジション",
    "zh-hant": "職位描述 | 職缺描述 | 工作說明",
    "zh": "职位描述 | 岗位描述 | 职位信息",
    "ko": "포지션 | 직무 소개 | 직무소개",
    "de": "stellenangebot | über den job | die rolle | deine rolle bei uns",
    "fr": "descriptif du poste | l'offre | le job | à propos du job | description de l'offre | le rôle | "
    "à propos du rôle | à propos du poste",
    "es": "la oferta | el rol | sobre el rol | descripción de la oferta | el cargo | sobre el cargo",
    "pt": "a vaga | sobre a vaga | descrição do cargo | o cargo | sobre o cargo | sobre a posição | a posição | "
    "sobre a função | a função | o papel | sobre o papel | o desafio | o trabalho | sobre o trabalho",
    "it": "la posizione | descrizione della posizione | l'offerta | il ruolo",
    "nl": "de vacature | over de vacature | functie | de rol | over de rol",
}

_MORE_PREFERRED_CUES: dict[str, str] = {
    "en": "other desired qualifications | desired qualifications include | also desirable | also a plus | "
    "not a requirement | is not a requirement | not a must | would be a plus | would be a bonus | "
    "is nice to have | are nice to have | is a big plus | a big plus | "
    "is beneficial | beneficial | would be advantageous | is desired | are desired | desired but not required | "
    "preferred but not required | not mandatory | a nice bonus | extra points | big bonus | "
    "would come in handy | could come in handy | comes in handy | is recommended | are recommended | "
    "would be helpful | is helpful | are helpful | is appreciated | are appreciated | would be appreciated | "
    "nice extra | a nice extra | would also be great | would also be a plus | would also be nice | "
    "would also be helpful | would also be an advantage | would be useful | would also be useful | "
    "would be handy | would be desirable | would be welcome | would be valuable | would be a considerable asset | "
    "optionally | but would help | also helps | but helps | is not essential | are not essential | "
    "but isn't required | but is not required | but aren't required | but are not required | but not required | "
    "but isn't essential | but aren't essential | but not essential | highly valued | is highly valued | "
    "are highly valued | "
    "not essential | highly regarded | is highly regarded | will be highly regarded | "
    "would be a real asset | would be a great asset | would be a valuable asset | would be a strong advantage | "
    "preference may be given to | preference will be given to | preference is given to | "
    "would count in your favour | will count in your favour | counts in your favour | "
    "would count in your favor | will count in your favor | counts in your favor | "
    "would be a real advantage | would be a great advantage | would be a big advantage | "
    "would be a distinct advantage | would be a definite advantage | is also welcomed | is welcomed | "
    "are also welcomed | are welcomed | helps too | would help | would also help | "
    "it helps if | "
    "it would help if | is handy | are handy | it's handy if | is a big help | would be a big help | "
    "is valued | are valued | would be amazing | nice if you have | great if you have | bonus if you have | "
    "a big advantage | a real advantage | a real plus | a big plus | a huge plus | helps a lot | "
    "will be given priority | given priority | will be considered an advantage | considered an advantage | "
    "will be considered a plus",
    "de": "außerdem wünschenswert | ebenfalls von vorteil | vorteilhaft | vorteilhaft sind | vorteilhaft wäre | "
    "wäre ein plus | ist ein plus | sind ein plus | "
    "wären toll | ist wünschenswert | sind wünschenswert | "
    "wäre wünschenswert | ist von vorteil | sind von vorteil | wäre von vorteil | idealerweise | gerne auch | "
    "pluspunkt | bonuspunkte | im besten fall | im idealfall | erwünscht | ist erwünscht | sind erwünscht | "
    "wäre super | wären super | wäre klasse | wäre prima | freuen wir uns besonders | umso besser | um so besser",
    "fr": "serait également un plus | est également apprécié | est un plus | sont un plus | est un atout | "
    "sont un atout | serait un atout | seraient un plus | serait appréciée | serait apprécié | "
    "serait un avantage | est un avantage | constituerait un atout | constitue un atout | un atout supplémentaire | "
    "seraient appréciés | seraient appréciées | sera appréciée | sera apprécié | "
    "apprécié | appréciés | est appréciée | bonus | optionnel | facultatif",
    "es": "también es deseable | también se valorará | es un plus | será un plus | es deseable | "
    "se valorará positivamente | valorable | es un extra | opcional | se valora | se valorarán | "
    "valoramos experiencia | valoramos la experiencia | valoramos conocimientos | valoramos los conocimientos | "
    "se tendrá en cuenta | se tendrán en cuenta | será valorable | serán valorables | sería valorable | "
    "se valorará especialmente | se valorarán especialmente | un punto a favor | será un punto a favor | "
    "un punto a tu favor | será un punto a tu favor | un punto a su favor | "
    "no es imprescindible | no es obligatorio | lo valoraremos | lo valoraremos mucho | "
    "es una ventaja | será una ventaja | sería una ventaja | "
    "supondrá una ventaja",
    "pt": "também é interessante | é interessante que | não é um pré-requisito | mas não é um pré-requisito | "
    "não é obrigatório | é um plus | será um plus | "
    "é desejável | é interessante | seria interessante | é um bônus | "
    "não é obrigatório | não é pré-requisito | diferencial | mais-valia | uma mais-valia | é uma mais-valia | "
    "constitui uma mais-valia | preferencial | valorizado | valorizada | será valorizado | será valorizada | "
    "valoriza-se | valorizam-se | valorizamos experiência | valorizamos a experiência | valorizamos conhecimento | "
    "valorizamos conhecimentos | conta pontos | fator preferencial | factor preferencial | "
    "será considerado um diferencial | será considerada um diferencial | é considerado um diferencial | "
    "será considerado diferencial | considera-se um diferencial | serão valorizados | serão valorizadas | "
    "fator de preferência | factor de preferência | é fator de preferência | constitui fator de preferência | "
    "serão também valorizados | serão também valorizadas | será também valorizado | será também valorizada | "
    "constitui uma vantagem | constitui vantagem | constitui igualmente fator preferencial | "
    "constitui fator preferencial | "
    "constitui também fator preferencial | é uma vantagem | será uma vantagem | seria uma vantagem",
    "it": "preferite | preferiti | preferita | preferito | verranno preferite | verranno preferiti | è gradito | "
    "è gradita | sono graditi | costituisce titolo preferenziale | titolo preferenziale | "
    "preferenziale | è un plus | sarà considerato un plus | sarà considerata un plus | saranno considerati un plus | "
    "sarà considerato titolo preferenziale | sarà considerata titolo preferenziale | costituirà titolo preferenziale | "
    "costituirà un plus | valutata positivamente | "
    "valutato positivamente | valutati positivamente | valutate positivamente | sarà valutata positivamente | "
    "sarà valutato positivamente | saranno valutati positivamente | è un vantaggio | costituisce un vantaggio | "
    "sarà inoltre valutata positivamente | sarà inoltre valutato positivamente | "
    "saranno inoltre valutati positivamente | saranno inoltre valutate positivamente | "
    "sarà apprezzata | sarà apprezzato | saranno apprezzati | saranno apprezzate | "
    "non è indispensabile | non sono indispensabili | non è obbligatorio | non è vincolante",
    "nl": "is een pré | een pré | pré | is een pluspunt | pluspunt | is mooi meegenomen | wenselijk | gewenst | "
    "streepje voor | geen must | is handig | een groot voordeel | "
    "is gewenst | een troef | is een troef | "
    "is een voordeel | een voordeel | strekt tot aanbeveling | een meerwaarde | is een meerwaarde | een pluspunt | "
    "maar helpt wel | is ook fijn",
    "sv": "meriterande | är meriterande | meriterar | är ett plus | ett plus | plus i kanten | önskvärt | "
    "är önskvärt | är en fördel | en fördel | fint om du har | bra om du har | har gärna | gärna har | "
    "gärna med erfarenhet | gärna med kunskap | gärna erfarenhet | gärna även | ser gärna att | vi ser gärna att",
    "da": "er en fordel | en fordel | er et plus | et plus | en stor fordel | "
    "ønskeligt | har gerne | gerne med erfaring | gerne erfaring | "
    "ser gerne at | vi ser gerne at | gerne har | "
    "klar fordel | en klar fordel",
    "no": "er en fordel | en fordel | er et pluss | et pluss | en stor fordel | "
    "ønskelig | har gjerne | gjerne med erfaring | gjerne erfaring | "
    "ser gjerne at | vi ser gjerne at | gjerne har | ikke et krav | er ikke et krav | ikke noe krav | "
    "vil bli tillagt vekt | tillegges vekt | vil tillegges vekt | vil bli vektlagt | vektlegges | blir vektlagt",
    "fi": "on etua | etua | katsotaan eduksi | eduksi | on eduksi | plussaa | on plussaa | toivottavaa | "
    "hyödyksi | arvostamme | "
    "katsotaan eduksi myös | toivotaan | toivomme",
    "pl": "mile widziane | mile widziana | mile widziany | mile widziani | będzie dodatkowym atutem | "
    "dodatkowym atutem | będzie atutem | atutem | będzie plusem | plusem | dodatkowy atut | fajnie, jeśli | "
    "fajnie jeśli | pożądane | pożądana | pożądany | pożądani | to dodatkowy atut | to duży plus",
    "cs": "výhodou | je výhodou | bude výhodou | vítáno | vítána | plus | oceníme | uvítáme | přivítáme | "
    "bude to velké plus | bude to plus | je to plus | "
    "není podmínkou | není nutnou podmínkou",
    "sk": "výhodou | je výhodou | vítané | vítaná | vítaný | vítaná je | vítané je | je vítaná | je vítané",
    "hu": "előny | előnyt jelent | előnynek számít | plusz",
    "ro": "constituie un avantaj | reprezintă un avantaj | constituie avantaj | este un avantaj | un plus | "
    "sunt binevenite | sunt bineveniți | este binevenită | este binevenit | "
    "este un plus | de dorit | de preferat | ar fi un avantaj",
    "ru": "будет плюсом | будет преимуществом | преимущество | желательно | приветствуется | плюсом",
    "uk": "буде плюсом | буде перевагою | перевага | бажано | вітається",
    "tr": "tercih sebebidir | tercih sebebi | tercihen | artıdır | tercih edilir | tercih edilecektir | "
    "artı puandır | artı puan",
    "el": "επιθυμητή | επιθυμητό | θα εκτιμηθεί | θα συνεκτιμηθεί | επιπλέον προσόν | θα θεωρηθεί προσόν | "
    "αποτελεί προσόν | αποτελεί πλεονέκτημα | θα αποτελέσει πλεονέκτημα | πλεονέκτημα",
    "ca": "es valorarà | es valoraran | es valorarà positivament | es valoraran positivament | valorable | "
    "desitjable | valorarem | serà un plus | és un plus | es tindrà en compte | es tindran en compte",
    "id": "nilai tambah | diutamakan | menjadi nilai tambah | lebih disukai | lebih diutamakan",
    "vi": "ưu tiên | là một lợi thế | điểm cộng",
    "ja": "歓迎 | 尚可 | あれば尚可 | 優遇 | 望ましい | 優遇します | 歓迎します | 尚可です | 望ましいです",
    "zh": "优先 | 加分 | 优先考虑 | 者优先 | 者优先考虑 | 者佳 | 为佳 | 為佳 | 優先",
    "ko": "우대 | 우대합니다 | 우대사항 | 있으면 좋음 | 있으면 좋습니다 | 가산점",
    "bg": "е предимство | ще се счита за предимство | предимство | желателно",
    "hr": "je prednost | smatrat će se prednošću | prednost | poželjno",
    "sl": "je prednost | bo prednost | prednost | zaželeno | zaželene | zaželena | zaželen",
    "lt": "bus privalumas | yra privalumas | privalumas | pageidautina",
    "lv": "būs priekšrocība | tiks uzskatīta par priekšrocību | priekšrocība | vēlams",
    "et": "on eeliseks | tuleb kasuks | eeliseks | kasuks | plussiks",
    "hi": "प्राथमिकता दी जाएगी | पर प्राथमिकता | प्राथमिकता | वांछनीय",
    "th": "จะพิจารณาเป็นพิเศษ | พิจารณาเป็นพิเศษ",
    "ms": "adalah kelebihan | kelebihan | diutamakan",
    "fa": "مزیت محسوب می‌شود | مزیت",
    "ar": "يفضل | ويفضل | ميزة إضافية | يعتبر ميزة",
    "he": "יתרון | יהווה יתרון | יתרון משמעותי",
}


def _split_phrases(table: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(p.strip() for p in phrases.split("|") if p.strip()) for lang, phrases in table.items()}


def _merged(base: Mapping[str, tuple[str, ...]], more: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    merged = dict(base)
    for lang, phrases in _split_phrases(more).items():
        merged[lang] = tuple(dict.fromkeys((*merged.get(lang, ()), *phrases)))
    return merged


# "Is this you?", asked above the requirements.
_IS_THIS_YOU: dict[str, str] = {
    "nl": "herken jij jezelf | herken je jezelf | herken jij jezelf hierin | ben jij dit | is dit jou",
    "de": "erkennst du dich wieder | erkennen sie sich wieder | bist du das | das bist du | sind sie das",
    "fr": "c'est toi | c'est vous | est-ce vous | est-ce toi | vous vous reconnaissez | tu te reconnais",
    "es": "eres tú | te identificas",
    "pt": "é você | você se identifica",
    "it": "sei tu | ti riconosci",
    "sv": "är det du | känner du igen dig",
    "pl": "czy to ty",
}
# Whom the job is for, asked as a question ("Kenelle tämä sopii?", "Für wen ist der Job?"): its requirements.
_WHO_IT_IS_FOR: dict[str, str] = {
    "en": "who is this for | who is this role for | who this role is for | who this job is for | "
    "is this role for you | is this job for you | who is this job for",
    "de": "für wen ist der job | für wen ist die stelle | für wen ist diese stelle | für wen ist das was | "
    "für wen ist das",
    "fr": "pour qui est ce poste | à qui s'adresse ce poste | à qui s'adresse cette offre",
    "es": "para quién es este puesto | para quién es este trabajo | para quién es",
    "it": "per chi è questo ruolo | per chi è questa posizione | per chi è | a chi si rivolge",
    "pt": "para quem é esta vaga | para quem é | a quem se destina",
    "nl": "voor wie is deze baan | voor wie is deze functie | voor wie is deze vacature",
    "sv": "för vem passar jobbet | för vem passar tjänsten | vem passar jobbet | passar jobbet dig",
    "da": "hvem passer jobbet til | hvem passer stillingen til",
    "no": "hvem passer stillingen til | hvem passer jobben til | for hvem passer jobben",
    "fi": "kenelle tämä sopii | kenelle tehtävä sopii | kenelle työ sopii | kenelle rooli sopii",
    "pl": "dla kogo jest ta praca | dla kogo jest ta oferta",
    "cs": "pro koho je pozice | pro koho je tato pozice | komu se bude hodit",
    "sk": "pre koho je pozícia | pre koho je táto pozícia",
    "ro": "pentru cine este acest job | pentru cine este | cui se adresează",
    "tr": "bu pozisyon kimler için | kimler başvurabilir",
    "el": "σε ποιον απευθύνεται | για ποιον είναι",
}
# Headings that name their section in a turn of phrase ("You'll thrive here if you", "Dein
# Spielfeld", "Suma puntos"), and plain ones of languages with few phrases above ("Τι ζητάμε").
_TURNS_OF_PHRASE: dict[SectionKind, dict[str, str]] = {
    K.RESPONSIBILITIES: {
        "en": "your playground | your first 90 days | your first 30 days | in your first 90 days | "
        "what success looks like | what success looks like in this role | key outcomes | expected outcomes",
        "de": "dein spielfeld | ihr spielfeld | deine spielwiese",
        "sv": "vad du kommer göra | vad du ska jobba med | vad kommer du jobba med",
        "cs": "co u nás budete dělat | co budete dělat | co tě čeká | náplň práce",
        "el": "τι θα κάνεις | τι θα κάνετε | αρμοδιότητες",
    },
    K.QUALIFICATIONS: {
        "en": "you'll thrive here if you | you'll thrive if you | you'll fit right in if you | you'll fit in if you | "
        "you'll fit right in if | you will fit right in if | you'll fit in if | you will fit in if | "
        "this role is for you if | this job is for you if | you might be a fit if | you're a great fit if | "
        "you are a great fit if | you'd be a great fit if | might be for you if | could be for you if | "
        "we'd love to hear from you if | we would love to hear from you if | "
        "your superpowers | your toolbox | what'll help you succeed | what will help you succeed | "
        "what you'll need to succeed | what you need to succeed | ingredients for success | "
        "you're probably | you’re probably | you're likely | you’re likely",
        "de": "was dich auszeichnet | was sie auszeichnet | darauf freuen wir uns | damit überzeugst du uns | "
        "damit überzeugen sie uns | das bringst du mit | das bringen sie mit | du passt zu uns | "
        "sie passen zu uns",
        "fr": "ce qu'on attend de vous | ce qu'on attend de toi | ce que nous attendons de vous | "
        "ce que nous attendons de toi",
        "nl": "wie we zoeken | wie wij zoeken | wie zoeken wij | wie zoeken we | dit breng je mee | "
        "dit breng jij mee | dit neem je mee | dit neem jij mee | jij brengt mee | dit ben jij | dit ben je | "
        "dit vragen wij | dit vragen we | wat wij van je vragen | wat we van je vragen | wat wij van jou vragen | "
        "wat we van jou vragen | wat vragen wij van jou | wat vragen we van je",
        "fi": "keitä etsimme | ketä etsimme | kenet etsimme",
        "ru": "что мы ждём от кандидата | что мы ждем от кандидата | что мы ждём | что мы ждем | "
        "требования к кандидату",
        "hu": "kit keresünk | akit keresünk",
        "el": "τι ζητάμε | τι αναζητούμε",
        "zh": "我们希望你 | 我们希望您",
    },
    K.PREFERRED_QUALIFICATIONS: {
        "en": "nice extras | cherry on top | the cherry on top | icing on the cake | bonus round | "
        "brownie points | extra points if",
        "de": "das wäre super | wäre super",
        "es": "suma puntos | sumarás puntos | suman puntos",
        "it": "cosa ti rende speciale",
        "nl": "helemaal top als | helemaal mooi als",
        "sv": "bra att ha",
        "ko": "이런 분이면 더 좋아요",
    },
}
# Less common headings of languages the tables above cover ("Co oceníme", "Fajnie, jeśli", "Як плюс").
_LESS_COMMON_HEADINGS: dict[SectionKind, dict[str, str]] = {
    K.RESPONSIBILITIES: {
        "cs": "co budeš dělat | co tě u nás čeká | náplň tvé práce",
        "zh": "你将负责 | 你的职责 | 你需要做的 | 你要做的事",
        "ko": "이런 일을 해요 | 담당하실 업무 | 합류하시면 하게 될 일",
        "fi": "tehtävän kuvaus | tehtäväkuvaus | työn kuvaus",
        "sv": "arbetsbeskrivning | arbetsuppgifter i korthet",
        "fr": "votre fonction | ta fonction | description de la fonction | contenu de la fonction",  # Belgian
        "en": "what you'll get up to | what you will get up to | what you'd get up to | what will i do | "
        "work performed | duties performed | nature of work | "
        "what would i do | what will i work on | what would i work on | what would i actually work on | "
        "what the role looks like | what the job looks like | work includes | duties include | tasks include | "
        "what you do | what you'd do",
    },
    K.QUALIFICATIONS: {
        "cs": "kvalifikační předpoklady | předpoklady | co od tebe chceme | co byste měl umět",
        "tr": "aranan özellikler | adayda aranan özellikler | aranan kriterler",
        "ko": "필수 역량 | 필수역량 | 자격 조건 | 이런 분을 찾아요 | 이런 분을 찾고 있어요 | 이런 분과 함께하고 싶어요",
        "el": "το προφίλ σου | το προφίλ σας | προφίλ υποψηφίου | ζητούμε",
        "uk": "що ми очікуємо від тебе | що ми очікуємо від вас | вимоги до кандидата | наші очікування",
        "zh": "任职条件 | 我们希望你 | 我们希望你具备 | 招聘条件 | 应聘条件 | 应聘要求 | 招聘要求 | 应征条件",
        "ca": "què necessitem | què demanem | requisits mínims",
        "da": "vi forestiller os at du | vi forestiller os | vi forventer at du",
        "no": "vi ser for oss at du | vi forventer at du",
        "en": "desired candidate profile | desired profile | desired candidate | "  # India's word for requirements
        "what do i need | what will i need | what would i need | do i need | behaviours | behaviors | "
        "essential behaviours",  # the UK civil service's competences
    },
    K.PREFERRED_QUALIFICATIONS: {
        "cs": "co oceníme | oceníme | uvítáme | ideálně máte také | ideálně máš také | bonusem je",
        "ca": "valorarem | valorarem positivament | es valorarà positivament",
        "ar": "مميزات إضافية | مؤهلات إضافية",
        "he": "נשמח אם יש לך | נשמח אם יש לכם | יתרונות",
        "pl": "fajnie, jeśli | fajnie jeśli | będzie fajnie, jeśli | fajnie, gdybyś | pożądane | pożądane umiejętności"
        " | pożądane kwalifikacje",
        "es": "suma si tenés | suma si tienes | sumás si tenés",
        "el": "επιπλέον προσόντα | πρόσθετα προσόντα | θα θεωρηθεί προσόν | θα θεωρηθούν προσόντα | θα εκτιμηθούν"
        " | θα εκτιμηθεί",
        "uk": "як плюс | буде плюсом",
        "en": "desired | desired skills | desired experience | assets | asset | extras | added advantage | an added"
        " advantage | helpful but not required | helpful | should have | could have | also nice | also nice to have | "
        "we would also like | we'd also like | we would also like you to have | we'd also like you to have | "
        "it would help if you have | it would help if you had | it would be helpful if you have | "
        "it would be helpful if you had",
        "pt": "será valorizado | serão valorizados | valorizamos | preferenciais | fatores preferenciais",
        "it": "titoli valutabili | titoli preferenziali | requisiti preferenziali",
        "de": "gewünscht | wünschenswert wäre | wünschenswert sind",
        "tr": "tercih sebepleri | tercih nedenleri | tercih sebebi | tercih edilen",
        "ja": "望ましい | あると望ましい | あると望ましい経験 | あると望ましい経験 資格 | 尚可",
        "ko": "가산점 | 가산점 요소 | 가산 요소",
        "nl": "gewenst | is gewenst",
        "da": "ønskeligt | det er ønskeligt",
        "no": "ønskelig | det er ønskelig",
    },
    K.ROLE_SUMMARY: {
        "en": "job purpose | purpose of the post | purpose of the role | purpose of the job | role purpose",
    },
    K.BENEFITS: {
        # Where the job leads, as handbooks describe it: what the hire may grow into, not asked of them.
        "en": "progression | career progression | career path | career ladder | growth path",
        "de": "aufstieg | aufstiegsmöglichkeiten | karrierepfad | entwicklungsmöglichkeiten",
        "es": "prestaciones | prestaciones de ley",
        "hu": "amit biztosítunk | amit nyújtunk neked",
        "uk": "ми гарантуємо | ми надаємо",
        "ca": "què t'oferim | t'oferim",
        "ar": "ماذا نقدم | ماذا نقدم لك",
        "he": "תנאי העסקה | תנאים והטבות",
        "ko": "근무조건 | 근무 조건 | 근무환경 | 근무 환경",
        "el": "παρέχονται | η εταιρεία προσφέρει",
    },
}

# The common headings of more languages: Bulgarian, Croatian and Serbian, Slovenian, Lithuanian,
# Latvian, Estonian, Hindi, Thai, Malay and Persian.
_MORE_LANGUAGES: dict[SectionKind, dict[str, str]] = {
    K.RESPONSIBILITIES: {
        "bg": "отговорности | задължения | основни отговорности | основни задължения | какво ще правиш | "
        "какво ще правите | твоите задачи | вашите задачи | задачи",
        "hr": "odgovornosti | zaduženja | tvoja zaduženja | vaša zaduženja | što ćeš raditi | šta ćeš raditi | "
        "tvoji zadaci | vaši zadaci | poslovi i zadaci | opis radnog mjesta | opis radnog mesta | zadaci",
        "sl": "naloge | delovne naloge | tvoje naloge | vaše naloge | opis del in nalog | odgovornosti | "
        "kaj boš delal | kaj boste delali",
        "lt": "pareigos | atsakomybės | darbo pobūdis | tavo užduotys | jūsų užduotys | užduotys | ką veiksi | "
        "ką veiksite | pagrindinės funkcijos | funkcijos",
        "lv": "galvenie pienākumi | pienākumi | darba pienākumi | tavi pienākumi | jūsu pienākumi | atbildība | "
        "ko tu darīsi | ko jūs darīsiet | galvenie uzdevumi | uzdevumi",
        "et": "tööülesanded | sinu ülesanded | teie ülesanded | ülesanded | peamised ülesanded | vastutus | "
        "mida sa teed | mida hakkad tegema",
        "hi": "जिम्मेदारियां | जिम्मेदारियाँ | ज़िम्मेदारियाँ | मुख्य जिम्मेदारियां | आपके कार्य | भूमिका और जिम्मेदारियां | कार्य विवरण",
        "th": "หน้าที่ความรับผิดชอบ | หน้าที่และความรับผิดชอบ | ความรับผิดชอบ | ลักษณะงาน",
        "ms": "tanggungjawab | tanggungjawab utama | bidang tugas | skop kerja",
        "fa": "مسئولیت‌ها | مسئولیت ها | شرح وظایف | وظایف",
    },
    K.QUALIFICATIONS: {
        "bg": "изисквания | изисквания към кандидата | изисквания към кандидатите | какво търсим | квалификация | "
        "необходими умения | профил на кандидата",
        "hr": "uvjeti | uslovi | uvjeti za kandidate | potrebne vještine | potrebne kvalifikacije | što očekujemo | "
        "šta očekujemo | očekujemo | kvalifikacije | zahtjevi | zahtevi | profil kandidata",
        "sl": "zahteve | pričakujemo | kaj pričakujemo | pogoji | pogoji za zaposlitev | kompetence",
        "lt": "reikalavimai | reikalavimai kandidatui | ko tikimės | ko ieškome | kvalifikacija",
        "lv": "prasības | prasības kandidātiem | prasības kandidātam | ko mēs sagaidām | ko sagaidām | "
        "mēs sagaidām | kvalifikācija",
        "et": "nõuded | nõudmised | ootame sinult | ootused kandidaadile | mida ootame | kvalifikatsioon | "
        "nõuded kandidaadile",
        "hi": "योग्यता | आवश्यक योग्यता | योग्यताएं | आवश्यकताएं | आवश्यकताएँ | पात्रता",
        "th": "คุณสมบัติ | คุณสมบัติผู้สมัคร | คุณสมบัติที่ต้องการ | คุณสมบัติของผู้สมัคร",
        "ms": "kelayakan | keperluan | syarat kelayakan",
        "fa": "شرایط احراز | الزامات | مهارت‌های مورد نیاز | مهارت های مورد نیاز | نیازمندی‌ها",
    },
    K.PREFERRED_QUALIFICATIONS: {
        "bg": "предимство | ще се счита за предимство | е предимство | желателно",
        "hr": "prednost | poželjno | smatrat će se prednošću | je prednost",
        "sl": "prednost | zaželeno | dodatna prednost | bo prednost",
        "lt": "privalumas | bus privalumas | privalumai | pageidautina",
        "lv": "priekšrocība | tiks uzskatīta par priekšrocību | būs priekšrocība | vēlams",
        "et": "kasuks tuleb | eeliseks | on eeliseks | loeme eeliseks | plussiks",
        "hi": "वांछनीय | प्राथमिकता | अतिरिक्त योग्यता",
        "th": "จะพิจารณาเป็นพิเศษ",
        "ms": "kelebihan | diutamakan",
        "fa": "مزیت | امتیاز محسوب می‌شود",
    },
    K.BENEFITS: {
        "bg": "ние предлагаме | предлагаме | какво предлагаме | придобивки",
        "hr": "nudimo | što nudimo | šta nudimo | pogodnosti | benefiti",
        "sl": "nudimo | kaj nudimo | ponujamo | ugodnosti",
        "lt": "siūlome | ką siūlome | mes siūlome | privilegijos",
        "lv": "mēs piedāvājam | piedāvājam | ko piedāvājam | ko mēs piedāvājam",
        "et": "pakume | omalt poolt pakume | mida pakume | meie pakume | hüved",
        "hi": "लाभ | हम प्रदान करते हैं | सुविधाएं | वेतन और लाभ",
        "th": "สวัสดิการ | สิ่งที่เราเสนอ",
        "ms": "faedah | manfaat | apa yang kami tawarkan | kami tawarkan",
        "fa": "مزایا | ما ارائه می‌دهیم",
    },
    K.COMPANY: {
        "bg": "за нас | за компанията | кои сме ние",
        "hr": "o nama | o tvrtki | o kompaniji",
        "sl": "o nas | o podjetju",
        "lt": "apie mus | apie įmonę",
        "lv": "par mums | par uzņēmumu",
        "et": "meist | ettevõttest | meie kohta",
        "hi": "हमारे बारे में | कंपनी के बारे में",
        "th": "เกี่ยวกับเรา | เกี่ยวกับบริษัท",
        "ms": "tentang kami | mengenai kami",
        "fa": "درباره ما",
    },
    K.APPLICATION: {
        "bg": "как да кандидатствате | кандидатстване",
        "hr": "kako se prijaviti | prijava",
        "sl": "prijava | kako se prijaviti",
        "lt": "kaip kandidatuoti | kandidatavimas",
        "lv": "kā pieteikties | pieteikšanās",
        "et": "kandideerimine | kuidas kandideerida",
        "hi": "आवेदन कैसे करें",
        "th": "วิธีการสมัคร | การสมัคร",
        "ms": "cara memohon",
        "fa": "نحوه ارسال رزومه",
    },
}
# Headings in 28 languages, written from knowledge of how postings in each are headed rather than fitted
# to labelled postings (but Swedish "behörighet", "bedömningsgrunder" and Romanian "ce îți cerem", "ar fi
# bine să ai", added when a probe showed them missing): added to the tables above, a phrase already there
# keeping its kind. Icelandic is left to users' own tables (see examples/vocabulary.yaml).
_WIDER_HEADINGS: dict[SectionKind, dict[str, str]] = {
    K.RESPONSIBILITIES: {
        "bg": (
            "какво те очаква | какво ви очаква | основни функции | функции | твоята роля | вашата роля | "
            "с какво ще се занимаваш | с какво ще се занимавате | основни дейности | дейности | "
            "ангажименти | работата включва | длъжността включва | какви ще бъдат задълженията ти"
        ),
        "bs": (
            "opis poslova | šta ćete raditi | čime ćeš se baviti | čime ćete se baviti | tvoja uloga | "
            "vaša uloga | šta te čeka | šta vas čeka | opis poslova i radnih zadataka"
        ),
        "ca": (
            "el teu rol | el teu repte | reptes | la teva missió | què hauràs de fer | "
            "de què t'encarregaràs | en què consisteix la feina | la teva feina"
        ),
        "cs": (
            "co budeš mít na starosti | co budete mít na starosti | hlavní činnosti | pracovní činnosti | "
            "tvoje role | vaše role | tvoje práce | vaše práce | odpovědnosti | tvoje odpovědnosti | "
            "vaše odpovědnosti | zodpovědnost | čemu se budeš věnovat | čemu se budete věnovat | "
            "na čem budeš pracovat | na čem budete pracovat | jaká bude tvoje práce | "
            "jaká bude vaše práce | co budeš mít na starost"
        ),
        "da": (
            "du skal | "
            "arbejdsområder | dine arbejdsområder | stillingen indebærer | din rolle | din hverdag | "
            "din arbejdsdag | dit job | jobindhold | hvad kommer du til at arbejde med"
        ),
        "de": (
            "deine verantwortung | was du bewegst | was du bei uns bewegst | ihre mission | "
            "deine herausforderung | ihre herausforderung | die herausforderung | was du tust | "
            "was sie tun | was du machst | was sie machen | ihr beitrag | dein beitrag | dein impact | "
            "womit du dich beschäftigst | wofür du verantwortlich bist | wofür sie verantwortlich sind | "
            "dein arbeitsalltag | ihr arbeitsalltag | arbeitsalltag | dein alltag | dein tag bei uns"
        ),
        "el": (
            "οι αρμοδιότητές σου | οι αρμοδιότητές σας | περιγραφή καθηκόντων | ο ρόλος σου | ο ρόλος σας | "
            "ποιος θα είναι ο ρόλος σου | τι περιλαμβάνει η θέση | η δουλειά σου | τι σε περιμένει | "
            "η καθημερινότητά σου | αντικείμενο εργασίας"
        ),
        "es": (
            "en qué consiste el puesto | de qué te encargarás | te encargarás de | tu desafío | "
            "el desafío | actividades | tus actividades | principales actividades | "
            "actividades a realizar | serás responsable de | el reto"
        ),
        "et": (
            "mida sa hakkad tegema | mida hakkate tegema | mida sa tegema hakkad | sinu töö | teie töö | "
            "sinu roll | teie roll | töö sisu | sinu põhiülesanded | põhiülesanded | vastutusvaldkonnad | "
            "mis sind ees ootab | sinu igapäevatöö | sinu väljakutsed | väljakutsed"
        ),
        "fi": (
            "mitä työ pitää sisällään | mitä tehtävä pitää sisällään | työ pitää sisällään | "
            "mitä pääset tekemään | pääset tekemään | mitä tulet tekemään | tehtävässä pääset | roolisi | "
            "sinun roolisi | vastuullasi | vastuualueesi | tehtäviisi kuuluu | tehtäviin kuuluu | "
            "työhön kuuluu | työnkuvaasi kuuluu | työpäiväsi"
        ),
        "fr": (
            "vos attributions | attributions | vos fonctions | fonctions | principales fonctions | "
            "le challenge | ton challenge | votre challenge | ce qui t'attend | ce qui vous attend | "
            "ta future mission | votre future mission | ton job"
        ),
        "hr": (
            "opis poslova | što ćete raditi | čime ćeš se baviti | čime ćete se baviti | tvoja uloga | "
            "vaša uloga | što te čeka | što vas čeka | tvoj posao | vaš posao | djelokrug rada | "
            "poslovi radnog mjesta | opis poslova i zadataka | tvoj dan | u ovoj ulozi ćeš | "
            "što ćeš točno raditi"
        ),
        "hu": (
            "feladatod | mivel fogsz foglalkozni | mivel fog foglalkozni | mit fogsz csinálni | "
            "felelősségi kör | felelősségek | tevékenységek | a munka tartalma | mi vár rád | "
            "mi lesz a dolgod | a feladat"
        ),
        "it": (
            "di cosa si occuperà | si occuperà di | la risorsa si occuperà di | la risorsa si occuperà | "
            "la figura si occuperà di | il candidato si occuperà di | il lavoro prevede | "
            "il ruolo prevede | la posizione prevede | in cosa consiste il lavoro | "
            "in cosa consisterà il tuo lavoro | il tuo lavoro | obiettivi del ruolo | cosa dovrai fare | "
            "la risorsa avrà il compito di"
        ),
        "lt": (
            "atsakomybė | ką tu veiksi | ką jūs veiksite | ką darysi | ką darysite | kuo užsiimsi | "
            "tavo vaidmuo | jūsų vaidmuo | pagrindinės veiklos | tavo darbas | jūsų darbas | "
            "kas tavęs laukia | kas jūsų laukia | tavo kasdienybė | iššūkiai | tavo iššūkiai"
        ),
        "lv": (
            "galvenās atbildības | atbildības | tavs darbs | jūsu darbs | tava loma | jūsu loma | "
            "ar ko tu nodarbosies | ar ko nodarbosies | kas tevi sagaida | kas jūs sagaida | "
            "galvenās funkcijas | tavi izaicinājumi | izaicinājumi | ikdienas darbi"
        ),
        "nl": (
            "jouw uitdaging | de uitdaging | uitdaging | jouw uitdagingen | wat doe je | wat doe jij | "
            "wat ga je allemaal doen | hier ga je mee aan de slag | waar ga je mee aan de slag | "
            "waar ga jij aan werken | waar ga je aan werken | takenpakket | jouw takenpakket | "
            "functie-inhoud | functieinhoud | jobinhoud | jouw dag | jouw werkdag | een werkdag | "
            "wat kom je doen | een dag uit het leven"
        ),
        "no": (
            "du skal | "
            "hva går jobben ut på | jobben innebærer | rollen innebærer | din rolle | din hverdag | "
            "arbeidsområder | dine arbeidsområder | hva skal du jobbe med | hva vil du jobbe med | "
            "dette skal du jobbe med | din jobb | kva skal du jobbe med | kva vil du gjere | "
            "kva går jobben ut på | arbeidsområde | rolla inneber | hva blir jobben | kva blir jobben"
        ),
        "pl": (
            "czym będziesz się zajmowała | czym będzie się pan zajmować | czym będzie się pani zajmować | "
            "co będziesz robiła | zakres odpowiedzialności | odpowiedzialność | za co będziesz odpowiadać | "
            "za co będziesz odpowiedzialny | za co będziesz odpowiedzialna | "
            "na czym będzie polegać twoja praca | twoja praca | twoja codzienność | twój dzień | "
            "twoje wyzwania | wyzwania | do twoich zadań będzie należeć | "
            "do twoich obowiązków będzie należeć | do obowiązków należy | w tej roli | czym się zajmiesz"
        ),
        "pt": (
            "o que irá fazer | o que você irá fazer | o teu papel | o teu desafio | o seu desafio | "
            "em que consiste a função | no que consiste a função | o que fará | a tua missão | "
            "como você vai contribuir | seu impacto | o teu impacto"
        ),
        "ro": (
            "ce vei avea de făcut | ce vei avea de facut | ce veți face | ce veti face | rolul tău | "
            "rolul tau | activități | activitati | activitățile tale | ce presupune jobul | "
            "ce presupune postul | ce presupune rolul | în ce constă jobul | misiunea ta | sarcinile tale"
        ),
        "ru": (
            "чем ты будешь заниматься | чем вы будете заниматься | что тебе предстоит делать | "
            "что вам предстоит делать | что предстоит делать | тебе предстоит | вам предстоит | предстоит | "
            "зона ответственности | ответственность | твоя роль | ваша роль | круг задач | "
            "чем ты займёшься | чем ты займешься | чем вы займетесь | чем вы займётесь | "
            "что нужно будет делать"
        ),
        "sk": (
            "čo budeš robiť | čo ťa čaká | čo vás čaká | čo u nás budeš robiť | čo u nás budete robiť | "
            "náplň pozície | hlavné činnosti | pracovné činnosti | tvoja rola | vaša rola | zodpovednosť | "
            "čomu sa budeš venovať | čomu sa budete venovať | na čom budeš pracovať | "
            "na čom budete pracovať | čo budeš mať na starosti | čo budete mať na starosti"
        ),
        "sl": (
            "kaj boš delala | kaj te čaka | kaj vas čaka | delovno področje | tvoja vloga | vaša vloga | "
            "tvoje delo | vaše delo | delo obsega | opis delovnih nalog | s čim se boš ukvarjal | "
            "s čim se boste ukvarjali | izzivi | tvoji izzivi | kaj boš počel | področje dela"
        ),
        "sr": (
            "opis poslova | šta ćete raditi | čime ćeš se baviti | čime ćete se baviti | tvoja uloga | "
            "vaša uloga | šta te čeka | šta vas čeka | tvoj posao | vaš posao"
        ),
        "sv": (
            "du ska | du kommer att | "
            "vad innebär rollen | vad innebär tjänsten | tjänsten innebär | arbetet innebär | "
            "i tjänsten ingår | arbetsområden | ditt uppdrag | din vardag | så här ser din vardag ut | "
            "vad ska du jobba med | det här kommer du att göra | det här kommer du att jobba med"
        ),
        "tr": (
            "ne yapacaksın | ne yapacaksınız | neler yapıyor olacaksın | neler yapıyor olacaksınız | "
            "görevin | rolün | rolünüz | senin rolün | yapacağın işler | yapacağınız işler | günlük işler | "
            "seni neler bekliyor | sizi neler bekliyor"
        ),
        "uk": (
            "чим ти будеш займатися | чим займатимешся | чим ви займатиметесь | що ти будеш робити | "
            "що ви будете робити | що робитимеш | що потрібно буде робити | зона відповідальності | "
            "відповідальність | твоя роль | ваша роль | що на тебе чекає | функціонал | твої задачі | "
            "задачі | ваші задачі | основні задачі"
        ),
    },
    K.QUALIFICATIONS: {
        "bg": (
            "какво очакваме | какво очакваме от теб | какво очакваме от вас | очакваме | кого търсим | "
            "търсим | необходими квалификации | необходими знания и умения | умения | знания и умения | "
            "опит | образование | компетенции | профил | твоят профил | вашият профил | "
            "идеалният кандидат | идеален кандидат | какво ти е нужно | какво трябва да имаш | "
            "квалификации"
        ),
        "bs": (
            "šta tražimo | koga tražimo | tražimo | potrebna znanja | vještine | potrebno iskustvo | "
            "kompetencije | ko si ti | idealan kandidat | obrazovanje | stručna sprema | kriteriji | "
            "iskustvo"
        ),
        "ca": (
            "què et demanem | a qui busquem | qui busquem | què necessites | formació | experiència | "
            "experiència requerida | coneixements | habilitats | qui ets | sobre tu | què esperem de tu | "
            "titulació"
        ),
        "cs": (
            "co byste měli mít | co bys měl mít | co potřebuješ | co potřebujete | co přinášíš | "
            "co přinášíte | kdo jsi | kdo jste | vzdělání | zkušenosti | požadované vzdělání | praxe | "
            "požadovaná praxe | ideální kandidát | vhodný kandidát | pro koho je pozice vhodná | "
            "co bys měla umět | co od tebe potřebujeme"
        ),
        "da": (
            "du skal være | du skal kunne | "
            "hvem leder vi efter | hvad leder vi efter | forventninger | forventninger til dig | "
            "vores forventninger | du bør have | du skal have | personlige egenskaber | uddannelse | "
            "forudsætninger | er det dig | vi er på udkig efter | hvem er vi på udkig efter | "
            "hvad vi er på udkig efter | hvad du skal kunne | det skal du have med | det bringer du med"
        ),
        "de": (
            "was wir uns von dir wünschen | was wir uns von ihnen wünschen | damit punktest du | "
            "damit punkten sie | was du können musst | was sie können sollten | worauf es uns ankommt | "
            "das brauchen wir von dir | was wir von dir brauchen | das wünschen wir uns | "
            "das wünschen wir uns von dir | das wünschen wir uns von ihnen | dein background | "
            "ihr background | ihr hintergrund | das solltest du können"
        ),
        "el": (
            "ποιον αναζητούμε | ποιον ψάχνουμε | ποιους αναζητούμε | τι ψάχνουμε | αναζητούμε | ψάχνουμε | "
            "τι χρειάζεσαι | τι πρέπει να έχεις | ο ιδανικός υποψήφιος | ιδανικός υποψήφιος | "
            "εμπειρία | γνώσεις | εκπαίδευση | ικανότητες | ποιος είσαι | αυτό που ζητάμε | "
            "τι περιμένουμε από εσένα | τι περιμένουμε από σένα | τι περιμένουμε από εσάς"
        ),
        "es": (
            "este puesto es para ti si | es para ti si | lo que aportas | qué aportas | qué nos aportas | "
            "lo que debes tener | qué debes tener | estudios mínimos | estudios"
        ),
        "et": (
            "ootame teilt | mida me ootame | keda otsime | keda me otsime | otsime | me otsime | "
            "kandidaadilt ootame | sinu profiil | teie profiil | profiil | kandidaadi profiil | kogemus | "
            "haridus | oskused | teadmised | pädevused | kompetentsid | mida vajad | vajalikud oskused | "
            "nõutav kogemus | nõutavad oskused | ideaalne kandidaat | kvalifikatsiooninõuded"
        ),
        "fi": (
            "etsimme | etsimme sinua | etsimme henkilöä | keitä haemme | haemme | haemme sinua | "
            "kelpoisuus | kokemuksesi | koulutus | taidot | taitosi | sinulta löytyy | mitä tarvitset | "
            "profiilisi | ihanteellinen hakija | ihannehakija | tunnistatko itsesi"
        ),
        "fr": (
            "ce qu'il te faut | ce qu'il vous faut | conditions d'accès | diplômes | diplôme | "
            "indispensable | les indispensables | les incontournables | ton background | "
            "ce que tu apportes | ce que vous apportez | ce que tu apporteras | les essentiels | "
            "ce poste est fait pour toi si | et toi | et vous | candidat idéal | le candidat idéal | "
            "nous cherchons | on cherche | on recherche | ce que l'on recherche | ce qu'on recherche | "
            "ce que nous cherchons"
        ),
        "hr": (
            "tražimo | koga tražimo | što tražimo | potrebna znanja | potrebna znanja i vještine | "
            "potrebno iskustvo | potrebne kompetencije | kompetencije | vještine | znanja i vještine | "
            "stručna sprema | obrazovanje | iskustvo | tko si ti | ko si ti | što donosiš | "
            "što trebaš imati | što je potrebno | kriteriji | idealan kandidat | idealni kandidat | "
            "tko je idealan kandidat"
        ),
        "hu": (
            "mit várunk tőled | mit várunk el tőled | amit várunk tőled | amit kérünk | végzettség | "
            "tapasztalat | készségek | képességek | profilod | ideális jelölt | az ideális jelölt | "
            "elvárt tapasztalat | elvárt végzettség | amire szükséged lesz | amivel rendelkezned kell | "
            "rólad | amit hozol | amit magaddal hozol"
        ),
        "it": (
            "cosa serve | cosa ti serve | di cosa hai bisogno | sei la persona giusta se | è per te se | "
            "fa per te se | questo lavoro fa per te se | titolo di studio | titoli di studio | "
            "la persona ideale | chi stiamo cercando | cosa stiamo cercando | stiamo cercando | "
            "cosa porti | cosa porti con te | il tuo background"
        ),
        "lt": (
            "ko mes tikimės | ko mes ieškome | ieškome | mes ieškome | tavo profilis | jūsų profilis | "
            "kandidato profilis | profilis | kas tu esi | tu turi | jūs turite | kompetencijos | įgūdžiai | "
            "patirtis | išsilavinimas | žinios | ko tau reikės | ko jums reikės | idealus kandidatas | "
            "reikalinga patirtis"
        ),
        "lv": (
            "ko mēs meklējam | ko meklējam | kādu darbinieku meklējam | mēs meklējam | meklējam | "
            "tavs profils | jūsu profils | kandidāta profils | profils | kompetences | prasmes | "
            "zināšanas | pieredze | izglītība | kas tev nepieciešams | nepieciešamās prasmes | "
            "nepieciešamā pieredze | ideālais kandidāts"
        ),
        "nl": (
            "wat wij van jou verwachten | wat we van je verwachten | wij verwachten | we verwachten | "
            "wat heb je nodig | wat heb jij nodig | wat je meebrengt | wat jij meebrengt | "
            "wat je nodig hebt | dit heb je nodig | jij beschikt over | je beschikt over | wij zoeken | "
            "we zoeken | dit zoeken we | dit zoeken wij | wat zoeken wij | wat zoeken we | "
            "jouw kwaliteiten | jouw achtergrond | je achtergrond | wat moet je kunnen | "
            "wat moet je meebrengen"
        ),
        "no": (
            "du skal ha | du må ha | du skal være | du skal kunne | du må være | du må kunne | "
            "forventninger | våre forventninger | utdanning | du bør ha | du må ha | om deg | ferdigheter | "
            "kva forventar vi | vi forventar | eigenskapar | er dette deg | dette bør du ha | "
            "hva du bør ha | det du trenger"
        ),
        "pl": (
            "co powinieneś wiedzieć | co powinnaś wiedzieć | co musisz umieć | co musisz wiedzieć | "
            "czego potrzebujesz | ta oferta jest dla ciebie jeśli | ta praca jest dla ciebie jeśli | "
            "to oferta dla ciebie jeśli | to oferta dla ciebie | idealny kandydat | idealna kandydatka | "
            "kandydat powinien | twoje kompetencje | kompetencje | niezbędne"
        ),
        "pt": (
            "quem estamos procurando | o que estamos procurando | o que precisa ter | o que é necessário | "
            "esta vaga é para você se | é para você se | você tem | habilitações literárias | "
            "habilitações"
        ),
        "ro": (
            "ce îți cerem | ce vă cerem | "
            "pe cine căutăm | pe cine cautam | ce cautam | cine ești | cine esti | ce ne dorim de la tine | "
            "ce asteptam de la tine | ce așteptăm de la candidat | ce trebuie să ai | de ce ai nevoie | "
            "candidatul ideal | calificari | competente | abilitati | experiență | experienta | studii | "
            "educație | condiții de eligibilitate | criterii de eligibilitate | cunoștințe | cunostinte | "
            "aptitudini | ce aduci | profilul căutat"
        ),
        "ru": (
            "кого ищем | ищем | твой профиль | ваш профиль | профиль кандидата | опыт | опыт работы | "
            "образование | знания | компетенции | тебе подойдет | ты нам подходишь если | "
            "тебе понадобится | вам понадобится | что мы хотим видеть | кого мы хотим видеть | "
            "мы хотим видеть | у тебя есть | у вас есть | идеальный кандидат | о тебе | о вас"
        ),
        "sk": (
            "vzdelanie | skúsenosti | osobnostné predpoklady | predpoklady | čo by si mal vedieť | "
            "čo by ste mali vedieť | čo potrebuješ | čo prinášaš | kvalifikačné predpoklady | "
            "ideálny kandidát | vyžadujeme | požadované vzdelanie | prax | požadovaná prax"
        ),
        "sl": (
            "koga iščemo | iščemo | kaj iščemo | zahtevana znanja | potrebna znanja | znanja in veščine | "
            "veščine | izkušnje | zahtevane izkušnje | izobrazba | zahtevana izobrazba | kdo si ti | "
            "kdo ste vi | kaj potrebuješ | kaj prinašaš | idealen kandidat"
        ),
        "sr": (
            "šta tražimo | koga tražimo | tražimo | potrebna znanja | potrebna znanja i veštine | "
            "potrebne veštine | veštine | potrebno iskustvo | kompetencije | ko si ti | idealan kandidat | "
            "idealni kandidat | obrazovanje | iskustvo | neophodno | neophodne veštine | neophodna znanja | "
            "šta je potrebno | šta donosiš | stručna sprema | kriterijumi"
        ),
        "sv": (
            "du ska vara | du ska kunna | du bör vara | "
            "behörighet | särskild behörighet | bedömningsgrunder | behörighet och bedömningsgrunder | "
            "vem vi letar efter | vi letar efter | vem letar vi efter | vad vi letar efter | "
            "dina erfarenheter | erfarenheter | för att trivas | du som söker | du bör ha | du ska ha | "
            "förväntningar | våra förväntningar | vi är ute efter | vem vi är ute efter | "
            "vad vi är ute efter | det här behöver du"
        ),
        "tr": (
            "kimi arıyoruz | kimleri arıyoruz | nasıl birini arıyoruz | sizden beklediklerimiz | "
            "senden beklediklerimiz | beklediklerimiz | aday profili | aday kriterleri | "
            "gerekli beceriler | beceriler | deneyim | tecrübe | eğitim | iş tecrübesi | aranan şartlar | "
            "başvuru şartları | başvuru koşulları | sen kimsin | sahip olman gerekenler | "
            "senden istediklerimiz"
        ),
        "uk": (
            "кого шукаємо | ми шукаємо | шукаємо | що ми чекаємо від тебе | що ми чекаємо від кандидата | "
            "очікування | що потрібно | що тобі потрібно | тобі потрібно | твій профіль | ваш профіль | "
            "профіль кандидата | досвід | освіта | компетенції | знання | ти маєш | у тебе є | "
            "необхідний досвід | ідеальний кандидат | що для цього потрібно | про тебе"
        ),
    },
    K.PREFERRED_QUALIFICATIONS: {
        "bg": "ще бъде плюс | плюс | бонус | желателни умения | ще се счита за плюс",
        "bs": "poželjne vještine | poželjna znanja | bilo bi dobro | nije neophodno",
        "ca": "es valora | valorem | requisits desitjables | suma punts",
        "cs": "bonusem | potěší nás | potěší | co nás potěší",
        "da": "ønskværdige kvalifikationer | meriterende | det tæller positivt",
        "de": (
            "was wir uns außerdem wünschen | noch besser | noch besser wäre | extrapunkte | "
            "darüber freuen wir uns | worüber wir uns freuen | optimalerweise | "
            "wünschenswerte qualifikationen | wünschenswerte anforderungen | optionale anforderungen | "
            "optionale qualifikationen | kann-anforderungen"
        ),
        "el": (
            "επιθυμητές δεξιότητες | θα ήταν καλό | θα προτιμηθούν | προτιμώμενα προσόντα | "
            "συνεκτιμώμενα προσόντα | μπόνους"
        ),
        "es": (
            "sería genial | sería ideal | te diferenciará | lo que te hará destacar | "
            "qué te hará destacar | si además | si además tienes | si además cuentas con | suma si"
        ),
        "et": "eelis | boonuseks | boonus | hea kui",
        "fi": "bonusta | hyvä olla | lisäeduksi | plussana",
        "fr": (
            "c'est encore mieux si | encore mieux si | ce qui fera la différence | ce qui te démarquera | "
            "ce qui vous démarquera"
        ),
        "hr": (
            "poželjne vještine | poželjna znanja | poželjne kvalifikacije | bilo bi super | bilo bi dobro | "
            "nije nužno ali"
        ),
        "hu": "pluszpont | jó ha van | előnyös | még jobb ha | bónusz | előnyt jelentő kompetenciák",
        "it": "sarebbe bello se | competenze preferenziali",
        "lt": "bus pliusas | pliusas | būtų puiku | bonusas | pageidaujama | būtų gerai | bus įvertinta",
        "lv": (
            "būs par priekšrocību | tiks uzskatīts par priekšrocību | vēlamās prasmes | vēlamā pieredze | "
            "vēlamās zināšanas | būtu lieliski"
        ),
        "nl": "bonuspunten | nog mooier | nog mooier als | nog beter als | extra's",
        "no": "pluss | det teller positivt | ønskeleg kompetanse",
        "pl": "dodatkowe wymagania | super jeśli | świetnie jeśli | bonusem będzie",
        "pt": "mais-valias | o que te diferencia | o que vai te diferenciar | ganha pontos se | seria bom",
        "ro": "ar fi bine să ai | ar fi bine să aveți | "
        "cerințe opționale | cerinte optionale | opțional | preferabil | constituie avantaje",
        "ru": "было бы здорово | будет здорово | будет круто | желательные навыки | желательный опыт",
        "sk": "uvítame | privítame | bonusom je | nie je podmienkou",
        "sl": "zaželena znanja | zaželene izkušnje | zaželene kompetence | dobrodošlo",
        "sr": "poželjne veštine | poželjna znanja | bilo bi dobro | nije neophodno",
        "sv": "det ser vi gärna | plus om du har",
        "tr": "olsa iyi olur | olursa harika olur | ekstra | tercih edilecek nitelikler",
        "uk": "бажані навички | бажаний досвід | бонусом буде | буде бонусом",
    },
    K.BENEFITS: {
        "bg": (
            "какво получаваш | какво ще получиш | защо да работиш с нас | защо да се присъединиш към нас | "
            "защо ние | защо при нас | възнаграждение | заплата | бенефити | нашето предложение | ползи"
        ),
        "bs": ("šta dobijaš | šta dobijate | zašto raditi s nama | uslovi rada | plata | beneficije | naša ponuda"),
        "ca": (
            "per què treballar amb nosaltres | per què unir-te a nosaltres | avantatges | condicions | "
            "salari | retribució | què hi guanyes | què obtindràs"
        ),
        "cs": (
            "co získáš | co získáte | co dostaneš | co dostanete | proč k nám | proč pracovat u nás | "
            "proč právě my | proč u nás | zaměstnanecké výhody | výhody | platové podmínky | "
            "mzdové podmínky | finanční ohodnocení | ohodnocení | na co se můžeš těšit | "
            "na co se můžete těšit | co od nás dostaneš | co od nás získáš | co u nás získáš | "
            "co u nás získáte | co u nás dostaneš | co ti můžeme nabídnout | co vám můžeme nabídnout"
        ),
        "da": (
            "hvad får du | det får du | hvad du får | det tilbyder vi | hvorfor os | "
            "hvorfor arbejde hos os | hvorfor vælge os | ansættelsesvilkår | ansættelsesforhold | "
            "personalegoder | vores tilbud | vilkår"
        ),
        "de": (
            "was du von uns erwarten kannst | was sie von uns erwarten können | warum zu uns | "
            "warum bei uns arbeiten | warum bei uns | gute gründe für uns | was wir dir geben | "
            "das bekommst du | das bekommen sie | verdienst | entlohnung | bezahlung | konditionen | "
            "rahmenbedingungen"
        ),
        "el": (
            "η εταιρεία παρέχει | τι κερδίζεις | τι θα κερδίσεις | γιατί να δουλέψεις μαζί μας | "
            "γιατί εμείς | αποδοχές | μισθός | πακέτο αποδοχών | ανταποδοτικό πακέτο | οφέλη"
        ),
        "es": (
            "qué obtendrás | qué ganas | lo que obtendrás | lo que te llevas | qué te llevas | "
            "por qué nosotros | por qué elegirnos | por qué trabajar aquí | por qué sumarte | "
            "nuestra propuesta | retribución | compensación | paquete de compensación"
        ),
        "et": (
            "mida sa saad | mida saad meilt | miks meie | miks töötada meil | miks liituda meiega | palk | "
            "töötasu | soodustused | meie pakkumine | töötingimused"
        ),
        "fi": (
            "mitä saat | mitä saat meiltä | saat meiltä | miksi meille | miksi meillä | miksi töihin meille | miksi me"
        ),
        "fr": (
            "ce que nous vous proposons | ce que nous te proposons | nous vous proposons | on te propose | "
            "pourquoi nous choisir | pourquoi nous | pourquoi venir chez nous | ce que tu y gagnes | "
            "ce que vous y gagnez | notre offre | nos engagements | ce qui t'attend chez nous | "
            "ce qui vous attend chez nous"
        ),
        "hr": (
            "što dobivaš | što dobivate | što ćeš dobiti | zašto raditi s nama | zašto raditi kod nas | "
            "zašto mi | zašto baš mi | beneficije | plaća | primanja | uvjeti rada | radni uvjeti | "
            "naša ponuda | što možeš očekivati od nas | što možete očekivati od nas | što te čeka kod nas | "
            "što dobivaš kod nas | što te kod nas čeka"
        ),
        "hu": (
            "amit adunk | mit adunk | mit nyújtunk | amit nyújtani tudunk | miért minket | miért mi | "
            "miért érdemes nálunk dolgozni | miért dolgozz velünk | mit kapsz | mit kapsz tőlünk | "
            "amit kapsz | fizetés | illetmény | munkakörülmények"
        ),
        "it": (
            "perché unirti a noi | perché sceglierci | perché noi | cosa troverai | cosa troverai da noi | "
            "cosa ottieni | cosa riceverai | la nostra offerta | trattamento economico | inquadramento | "
            "condizioni contrattuali | welfare | welfare aziendale | pacchetto retributivo"
        ),
        "lt": (
            "ką gausi | ką gausite | kodėl verta dirbti su mumis | kodėl mes | kodėl verta prisijungti | "
            "atlyginimas | darbo užmokestis | naudos | papildomos naudos | mūsų pasiūlymas | pasiūlymas"
        ),
        "lv": (
            "ko tu iegūsi | ko jūs iegūsiet | kāpēc strādāt pie mums | kāpēc mēs | atalgojums | alga | "
            "darba samaksa | labumi | papildu labumi | sociālās garantijas | mūsu piedāvājums"
        ),
        "nl": (
            "wat krijg jij | wat mag je van ons verwachten | wat mag jij van ons verwachten | "
            "wat kun je van ons verwachten | wat je van ons mag verwachten | "
            "wat je van ons kunt verwachten | dit mag je van ons verwachten | waarom wij | "
            "waarom werken bij | waarom bij ons | waarom kiezen voor | het aanbod | aanbod | beloning | "
            "jouw beloning | wat leveren wij"
        ),
        "no": (
            "hva kan vi tilby | dette tilbyr vi | hva får du | dette får du | hva du får | hvorfor oss | "
            "hvorfor jobbe hos oss | hvorfor velge oss | betingelser | ansettelsesvilkår | vilkår | "
            "personalgoder | kva kan vi tilby | kva får du | tilsetjingsvilkår"
        ),
        "pl": (
            "co możemy ci zaoferować | co otrzymasz | co otrzymujesz | dlaczego my | "
            "dlaczego warto do nas dołączyć | dlaczego warto z nami pracować | dlaczego warto | "
            "co u nas zyskasz | co możesz zyskać | świadczenia | korzyści | twoje korzyści | "
            "warunki zatrudnienia | warunki pracy | w zamian | co od nas dostaniesz | co dostaniesz | "
            "co cię u nas czeka"
        ),
        "pt": (
            "o que podes esperar | o que você pode esperar | o que você vai receber | o que você ganha | "
            "porquê juntar-te a nós | porque juntar-se a nós | por que se juntar a nós | por que nós | "
            "porquê trabalhar connosco | porque trabalhar connosco | o que temos para oferecer | "
            "o que temos para você | o que temos para ti | condições oferecidas | o que tens a ganhar | "
            "regalias | o que você tem a ganhar"
        ),
        "ro": (
            "ce primești | ce primesti | ce vei primi | beneficiile tale | de ce să lucrezi cu noi | "
            "de ce sa lucrezi cu noi | de ce noi | de ce să ni te alături | de ce sa ni te alaturi | "
            "salarizare | remunerație | avantaje oferite | salariul | ce te așteaptă la noi | "
            "ce te asteapta la noi"
        ),
        "ru": (
            "что ты получишь | что вы получите | что мы даем | что мы даём | мы даём | мы даем | "
            "почему мы | почему стоит работать у нас | почему стоит присоединиться | почему у нас | "
            "что мы можем предложить | льготы | компенсации | соцпакет | социальный пакет | "
            "заработная плата | вознаграждение | оплата труда | плюшки | наши плюшки"
        ),
        "sk": (
            "čo získaš | čo získate | prečo k nám | prečo pracovať u nás | prečo práve my | "
            "zamestnanecké výhody | výhody | platové podmienky | mzdové podmienky | finančné ohodnotenie | "
            "odmeňovanie | základná zložka mzdy | na čo sa môžeš tešiť | čo u nás získaš | "
            "čo u nás získate | čo ti môžeme ponúknuť | čo vám môžeme ponúknuť"
        ),
        "sl": (
            "kaj dobiš | kaj boš dobil | zakaj k nam | zakaj delati pri nas | zakaj mi | plača | plačilo | "
            "naša ponudba | delovni pogoji"
        ),
        "sr": (
            "šta dobijaš | šta dobijate | šta ćeš dobiti | zašto raditi sa nama | zašto mi | zašto baš mi | "
            "beneficije | plata | uslovi rada | radni uslovi | naša ponuda | šta možeš da očekuješ od nas"
        ),
        "sv": (
            "det här får du | vad du får | vad får du | det erbjuder vi | varför oss | "
            "varför jobba hos oss | varför välja oss | anställningsvillkor | villkor | vårt erbjudande | "
            "erbjudande | hos oss får du"
        ),
        "tr": (
            "neden biz | neden bizimle çalışmalısın | neden bizimle çalışmalısınız | "
            "neden bize katılmalısın | ne sunuyoruz | maaş | ücret | imkanlar | olanaklarımız | "
            "sağladığımız imkanlar | sosyal haklar | kazanımların"
        ),
        "uk": (
            "що ти отримаєш | що ви отримаєте | чому ми | чому варто працювати з нами | "
            "чому варто приєднатися | що ми даємо | ми даємо | переваги роботи з нами | заробітна плата | "
            "оплата праці | компенсації | пільги | соціальний пакет | наші переваги"
        ),
    },
    K.COMPANY: {
        "bg": ("за работодателя | за фирмата | кои сме | нашият екип | за екипа | компанията | за организацията"),
        "bs": "ko smo mi | naš tim | ko smo | upoznajte nas",
        "ca": "l'empresa | la nostra empresa | l'equip | el nostre equip | l'entitat | coneix-nos",
        "cs": "náš tým | představení společnosti | představujeme se",
        "da": "hvem vi er | arbejdspladsen | afdelingen | teamet | dit nye team | vi er",
        "de": (
            "unternehmensbeschreibung | firmenprofil | dein team | ihr team | dein neues team | "
            "ihr neues team | dein zukünftiger arbeitgeber | ihr zukünftiger arbeitgeber | "
            "ihr neuer arbeitgeber | dein neuer arbeitgeber | unser kunde | unser auftraggeber | "
            "unsere werte | unternehmenskultur"
        ),
        "el": (
            "ποιοι είμαστε | ποιοι είμαστε εμείς | για εμάς | σχετικά με την εταιρεία | για την εταιρεία | "
            "η ομάδα μας | η ομάδα | λίγα λόγια για εμάς | λίγα λόγια για την εταιρεία | ο εργοδότης"
        ),
        "es": (
            "quienes somos | somos | nuestra compañía | el equipo | nuestro equipo | conócenos | "
            "nuestra historia | empresa | nuestra cultura"
        ),
        "et": (
            "kes me oleme | ettevõtte tutvustus | meie meeskond | meeskonnast | tööandjast | "
            "organisatsioonist | tööandja"
        ),
        "fi": (
            "keitä me olemme | yrityksestämme | työnantaja | työnantajasta | tiimi | tiimimme | "
            "organisaatio | yritysesittely"
        ),
        "fr": (
            "notre histoire | notre équipe | l'équipe | ton équipe | votre équipe | votre futur employeur | "
            "ton futur employeur | votre future équipe | ta future équipe | nos valeurs | le groupe | "
            "notre groupe | présentation du groupe | notre client | la structure | "
            "présentation de la structure | l'employeur | l'organisation"
        ),
        "hr": "tko smo | tko smo mi | ko smo mi | naša tvrtka | upoznaj nas | naš tim",
        "hu": (
            "a vállalatról | a munkáltatóról | cégünkről | a csapatról | csapatunk | bemutatkozás | "
            "a cég bemutatása | cégbemutató | a munkáltató"
        ),
        "it": (
            "il nostro cliente | la nostra realtà | il team | il nostro team | la nostra squadra | "
            "la nostra storia | su di noi | descrizione dell'azienda | il gruppo | l'organizzazione | "
            "la realtà"
        ),
        "lt": (
            "apie bendrovę | kas mes esame | kas esame | mūsų komanda | apie komandą | apie darbdavį | "
            "įmonės aprašymas | apie organizaciją"
        ),
        "lv": ("kas mēs esam | mūsu komanda | par komandu | par darba devēju | uzņēmuma apraksts | par organizāciju"),
        "nl": (
            "wie we zijn | de werkgever | jouw werkgever | jouw nieuwe werkgever | je nieuwe werkgever | "
            "het team | jouw team | je team | jouw nieuwe team | ons team | onze klant | de opdrachtgever | "
            "onze opdrachtgever | wij zijn | dit zijn wij"
        ),
        "no": (
            "hvem vi er | virksomheten | arbeidsplassen | avdelingen | teamet | kven er vi | kven vi er | verksemda"
        ),
        "pl": "pracodawca | nasz zespół | twój zespół | zespół | nasz klient | opis firmy | poznaj nas",
        "pt": ("nossa história | conheça-nos | nosso time | a equipa | a nossa equipa | nossa equipe | a organização"),
        "ro": ("despre firmă | despre angajator | echipa noastră | despre echipă | compania | prezentarea companiei"),
        "ru": "о команде | наша команда | команда | о работодателе | компания | наша компания",
        "sk": "náš tím | predstavenie spoločnosti | spoločnosť | predstavujeme sa",
        "sl": "kdo smo | kdo smo mi | naša ekipa | predstavitev podjetja",
        "sr": "ko smo mi | ko smo | naš tim | upoznaj nas",
        "sv": "arbetsgivaren | verksamheten | teamet | bolaget | vi är | organisationen | det här är vi",
        "tr": "şirketimiz hakkında | şirket tanıtımı | şirket profili | ekibimiz | ekip | ekibimiz hakkında",
        "uk": ("про команду | наша команда | команда | про роботодавця | про організацію | наша компанія | компанія"),
    },
    K.APPLICATION: {
        "bg": (
            "как да кандидатстваш | кандидатствай | кандидатствайте | кандидатствай сега | "
            "процес на подбор | подбор | краен срок | контакт | необходими документи"
        ),
        "bs": (
            "način prijave | prijavi se | prijavite se | rok za prijavu | potrebni dokumenti | potrebna dokumentacija"
        ),
        "ca": (
            "com inscriure't | inscripció | inscripcions | procés de selecció | termini de presentació | "
            "envia'ns el teu cv | t'interessa | candidatures | presentació de candidatures"
        ),
        "cs": (
            "jak se ucházet | jak reagovat | zaujala tě pozice | zaujala vás pozice | zaujala tě nabídka | "
            "zaujala vás nabídka | máš zájem | kontaktní osoba | kontaktní údaje | pošli životopis | "
            "pošlete životopis | výběrový proces | průběh výběrového řízení | přihlas se | ozvi se | "
            "ozvěte se"
        ),
        "da": (
            "søg jobbet | søg nu | sådan søger du | ansøgningsfrist | frist | kontaktperson | "
            "yderligere oplysninger | spørgsmål til stillingen | vil du vide mere | ansættelsesproces | "
            "rekrutteringsprocessen"
        ),
        "de": (
            "deine ansprechperson | ihre ansprechperson | ansprechperson | bewerbungsfrist | "
            "bewerbungsschluss | nächste schritte | auswahlverfahren | neugierig geworden | noch fragen | "
            "du hast fragen | bei fragen"
        ),
        "el": (
            "πώς να κάνεις αίτηση | αίτηση | κάνε αίτηση | υποβολή αιτήσεων | υποβολή βιογραφικού | "
            "αποστολή βιογραφικού | στείλε το βιογραφικό σου | ενδιαφέρεσαι | ενδιαφέρεστε | "
            "διαδικασία επιλογής | προθεσμία υποβολής | προθεσμία | στοιχεία επικοινωνίας | "
            "πώς να υποβάλεις αίτηση"
        ),
        "es": (
            "cómo postularte | cómo inscribirte | inscripciones | envía tu cv | envíanos tu cv | "
            "proceso de contratación | etapas del proceso | te animas | te sumas | plazo de presentación | "
            "fecha límite | aplicar | inscríbete | candidaturas"
        ),
        "et": (
            "kandideeri | kandideeri kohe | kandideerimiseks | kandideerimise tähtaeg | tähtaeg | "
            "kontaktisik | värbamisprotsess | valikuprotsess | saada cv | huvitatud"
        ),
        "fi": (
            "näin haet | miten haen | miten haet | hakuohjeet | haku | hakuaika | viimeinen hakupäivä | "
            "rekrytointiprosessi | yhteyshenkilö | lisätiedot"
        ),
        "fr": (
            "déroulement du processus | étapes du recrutement | les étapes du recrutement | "
            "process de recrutement | process recrutement | envoyez votre cv | envoie ton cv | "
            "date limite | nous contacter | postule | postulez"
        ),
        "hr": (
            "prijave | prijavi se | prijavite se | rok za prijavu | rok prijave | rok za prijave | "
            "proces selekcije | selekcijski postupak | postupak odabira | proces zapošljavanja | "
            "potrebna dokumentacija | način prijave | zainteresiran si | zainteresirani ste"
        ),
        "hu": (
            "hogyan jelentkezhet | jelentkezz | jelentkezz most | jelentkezési határidő | "
            "a pályázat benyújtásának határideje | a pályázat benyújtásának módja | "
            "benyújtandó dokumentumok | kapcsolattartó | a kiválasztás menete | felvételi folyamat | "
            "érdekel a pozíció | pályázat benyújtása"
        ),
        "it": (
            "come candidarti | invia il tuo cv | iter di selezione | modalità di partecipazione | "
            "come partecipare | scadenza | termine di presentazione delle domande | per candidarsi | "
            "ti interessa | sei interessato | interessato | pari opportunità"
        ),
        "lt": (
            "kaip pateikti paraišką | kandidatuok | kandidatuokite | kandidatuok dabar | "
            "atrankos procesas | atranka | kontaktai | kontaktinis asmuo | paraiškų pateikimas | "
            "paraiškų pateikimo terminas | susidomėjai | susidomėjote | siųsk cv | siųskite cv"
        ),
        "lv": (
            "piesakies | piesakieties | piesakies tagad | pieteikumu iesniegšana | atlases process | "
            "atlase | kontakti | kontaktpersona | dokumentu iesniegšana | cv sūtīt"
        ),
        "nl": (
            "reageren | solliciteer | solliciteer nu | geïnteresseerd | contactpersoon | "
            "selectieprocedure | het sollicitatieproces | sollicitatieproces | hoe reageren | "
            "enthousiast geworden"
        ),
        "no": (
            "slik søker du | søknadsfrist | frist | kontaktperson | kontaktinformasjon | "
            "spørsmål om stillingen | vil du vite mer | korleis søkje"
        ),
        "pl": (
            "jak się zgłosić | zgłoś się | wyślij cv | prześlij cv | termin składania dokumentów | "
            "termin składania aplikacji | miejsce składania dokumentów | sposób składania dokumentów | "
            "etapy rekrutacji | przebieg rekrutacji | zainteresowana | zainteresowała cię oferta | "
            "zainteresowała cię ta oferta"
        ),
        "pt": (
            "como candidatar-se | como candidatar-te | candidata-te | candidaturas | etapas do processo | "
            "processo de recrutamento | envie seu currículo | envia o teu cv | contactos | interessada | "
            "próximos passos | se interessou"
        ),
        "ro": (
            "cum să aplici | cum sa aplici | aplicare | procesul de recrutare | procesul de selecție | "
            "proces de selecție | etapele procesului de recrutare | termen limită | termen limita | "
            "data limită de aplicare | dosarul de concurs | documente necesare | trimite cv-ul | "
            "ești interesat | esti interesat"
        ),
        "ru": (
            "откликнуться | откликайся | откликайтесь | присылай резюме | присылайте резюме | "
            "отправляй резюме | этапы отбора | этапы собеседования | процесс найма | как проходит отбор | "
            "как проходит собеседование | контактное лицо | как с нами связаться | связаться с нами"
        ),
        "sk": (
            "ako sa uchádzať | ako reagovať | pošli životopis | pošlite životopis | kontaktné údaje | "
            "kontaktná osoba | výberový proces | proces výberu | prihlás sa | prihláste sa | máš záujem | "
            "uzávierka | ako sa zapojiť"
        ),
        "sl": (
            "kako se prijaviš | kako se prijavite | prijavi se | prijavite se | rok za prijavo | "
            "rok prijave | postopek izbire | izbirni postopek | kontaktna oseba | oddaja prijave | "
            "način prijave"
        ),
        "sr": (
            "kako da se prijaviš | kako da se prijavite | prijavi se | prijavite se | rok za prijavu | "
            "rok za prijave | prijave slati | proces selekcije | selekcija | postupak selekcije | "
            "potrebna dokumentacija | konkursna dokumentacija | način prijave"
        ),
        "sv": (
            "sök nu | sök jobbet | så ansöker du | sista ansökningsdag | kontaktperson | kontaktpersoner | "
            "kontaktuppgifter | frågor om tjänsten | vill du veta mer | urvalsprocess | "
            "urval och intervjuer sker löpande"
        ),
        "tr": (
            "nasıl başvurabilirsin | nasıl başvurabilirsiniz | başvur | hemen başvur | işe alım süreci | "
            "mülakat süreci | seçme süreci | ilgileniyorsan | ilgileniyorsanız | cv gönder"
        ),
        "uk": (
            "як подати заявку | як податися | подати резюме | надсилай резюме | надсилайте резюме | "
            "відгукнутися | відгукуйся | етапи відбору | процес найму | процес рекрутингу | "
            "контактна особа | кінцевий термін | термін подачі"
        ),
    },
}
_WIDER_NEUTRAL: dict[str, str] = {
    "bg": (
        "описание на длъжността | длъжност | позиция | за позицията | позицията | за длъжността | "
        "описание на позицията | накратко | описание на работата | за работата | работа | "
        "описание на проекта | за проекта | обща информация | допълнителна информация | обява"
    ),
    "bs": (
        "opis posla | o poslu | radno mjesto | o radnom mjestu | pozicija | o poziciji | posao | "
        "ukratko | oglas | opis pozicije | o projektu | opis projekta | opće informacije | "
        "opšte informacije | dodatne informacije"
    ),
    "ca": (
        "descripció de l'oferta | l'oferta | descripció del lloc de treball | lloc de treball | "
        "sobre el lloc | sobre el lloc de treball | la feina | sobre la feina | descripció | "
        "descripció del projecte | el projecte | informació general | altra informació | "
        "més informació | la posició | descripció de la posició"
    ),
    "cs": (
        "o práci | pracovní pozice | informace o pozici | pracovní místo | o pracovním místě | práce | "
        "stručně | ve zkratce | v kostce | popis projektu | o projektu | základní informace | "
        "další informace | nabídka práce | pracovní nabídka | detaily pozice | o nabídce"
    ),
    "da": (
        "stillingsopslag | jobbeskrivelse | kort fortalt | kort om jobbet | kort om stillingen | "
        "projektbeskrivelse | om projektet | generelle oplysninger | ledig stilling | stilling | "
        "jobopslag"
    ),
    "de": (
        "über die position | über die rolle | zur stelle | zur position | stellenausschreibung | "
        "das projekt | projektbeschreibung | zum projekt | über das projekt | kurz und knapp | "
        "in kürze | auf einen blick | das wichtigste in kürze | eckdaten | allgemeine informationen | "
        "weitere informationen | weitere infos | stellenprofil | jobprofil | der job | zum job"
    ),
    "el": (
        "περιγραφή θέσης εργασίας | περιγραφή της θέσης | η θέση εργασίας | θέση εργασίας | "
        "σχετικά με τη θέση | για τη θέση | περιγραφή εργασίας | περιγραφή | με λίγα λόγια | "
        "εν συντομία | περιγραφή έργου | για το έργο | γενικές πληροφορίες | επιπλέον πληροφορίες | "
        "αγγελία | ο ρόλος | σχετικά με τον ρόλο | σχετικά με το ρόλο | θέση"
    ),
    "es": (
        "la posición | sobre la posición | descripción de la posición | descripción del empleo | "
        "el empleo | oferta de empleo | oferta de trabajo | detalles de la oferta | "
        "detalles del puesto | información del puesto | la vacante | vacante | sobre la vacante | "
        "descripción de la vacante | descripción del proyecto | el proyecto | sobre el proyecto | "
        "información general | información adicional | más información | la oportunidad | "
        "sobre la oportunidad | descripción del cargo | puesto | el trabajo"
    ),
    "et": (
        "töö kirjeldus | ametikoha kirjeldus | ametikoht | ametikohast | positsioon | positsioonist | "
        "töökoht | töökohast | tööst | lühidalt | projekti kirjeldus | projektist | üldinfo | "
        "lisainfo | lisateave | töö | tööpakkumine"
    ),
    "fi": (
        "tehtävä | tehtävästä | työpaikka | työpaikan kuvaus | työn tiedot | työstä | lyhyesti | "
        "projektin kuvaus | projektista | perustiedot | yleistä | rooli | avoin työpaikka | "
        "tehtävän tiedot | tietoa tehtävästä"
    ),
    "fr": (
        "présentation du poste | le poste en bref | descriptif de l'offre | détail de l'offre | "
        "détails du poste | informations sur le poste | en bref | description de la mission | "
        "descriptif de la mission | contexte | le contexte | contexte du poste | "
        "contexte de la mission | description du projet | le projet | informations complémentaires | "
        "informations générales | autres informations | l'opportunité | l'annonce | descriptif | "
        "poste"
    ),
    "hr": (
        "opis posla | o poslu | radno mjesto | o radnom mjestu | pozicija | o poziciji | posao | "
        "ukratko | oglas | o oglasu | opis pozicije | opis projekta | o projektu | "
        "osnovne informacije | opće informacije | dodatne informacije | ostale informacije | "
        "detalji oglasa"
    ),
    "hu": (
        "a munkakörről | munkaköri leírás | a munkáról | az állásról | az állás | röviden | "
        "a projektről | projektleírás | projekt leírás | általános információk | alapinformációk | "
        "további információk | egyéb információk | állásajánlat | a pozíció"
    ),
    "it": (
        "descrizione dell'offerta | dettagli dell'offerta | annuncio | descrizione annuncio | "
        "il lavoro | sul ruolo | sulla posizione | in breve | descrizione del progetto | il progetto | "
        "sul progetto | informazioni generali | altre informazioni | ulteriori informazioni | "
        "posizione | ruolo | offerta di lavoro | posizione aperta | descrizione dell'annuncio | "
        "la posizione offerta"
    ),
    "lt": (
        "darbo aprašymas | pareigybės aprašymas | apie darbą | apie poziciją | pozicija | "
        "apie pareigas | trumpai | projekto aprašymas | apie projektą | bendra informacija | "
        "papildoma informacija | darbo skelbimas | skelbimas | darbas"
    ),
    "lv": (
        "darba apraksts | amata apraksts | par amatu | par darbu | par pozīciju | pozīcija | amats | "
        "īsumā | projekta apraksts | par projektu | vispārīgā informācija | papildu informācija | "
        "vakance | par vakanci | darba sludinājums"
    ),
    "nl": (
        "vacatureomschrijving | vacaturetekst | over deze vacature | over deze functie | over de baan | "
        "de baan | de job | jobomschrijving | in het kort | kort samengevat | projectomschrijving | "
        "het project | over het project | algemene informatie | overige informatie | "
        "aanvullende informatie | de opdracht | over de opdracht | opdrachtomschrijving"
    ),
    "no": (
        "stillingsannonse | jobbeskrivelse | kort fortalt | kort om stillingen | kort om jobben | "
        "prosjektbeskrivelse | om prosjektet | generell informasjon | ledig stilling | stilling | "
        "kort om stillinga | om rolla | rolla"
    ),
    "pl": (
        "o projekcie | projekt | opis projektu | o roli | rola | w skrócie | krótko | "
        "informacje ogólne | informacje dodatkowe | dodatkowe informacje | ogłoszenie | o ofercie | "
        "oferta pracy | szczegóły oferty | opis pracy | o tej roli | stanowisko pracy | "
        "o stanowisku pracy"
    ),
    "pt": (
        "descrição da função | a oportunidade | sobre a oportunidade | descrição do projeto | "
        "sobre o projeto | o projeto | informações gerais | informações adicionais | "
        "outras informações | detalhes da vaga | oferta de emprego | anúncio | descrição da oferta | "
        "a oferta | sobre a oferta | descrição da posição"
    ),
    "ro": (
        "descrierea jobului | despre job | despre post | despre poziție | despre pozitie | poziția | "
        "pozitia | jobul | descriere | pe scurt | descrierea proiectului | despre proiect | "
        "informații generale | alte informații | detalii job | detalii | descrierea pozitiei | "
        "descrierea poziției"
    ),
    "ru": (
        "описание позиции | позиция | о роли | роль | о работе | работа | о должности | должность | "
        "описание должности | кратко | коротко | вкратце | о проекте | проект | описание проекта | "
        "общая информация | дополнительная информация | подробности"
    ),
    "sk": (
        "o práci | pracovná pozícia | informácie o pracovnom mieste | pracovné miesto | "
        "o pracovnom mieste | v skratke | stručne | popis projektu | o projekte | základné informácie | "
        "ďalšie informácie | práca | ponuka práce | informácie o pozícii"
    ),
    "sl": (
        "opis delovnega mesta | delovno mesto | o delovnem mestu | opis dela | o delu | pozicija | "
        "o poziciji | na kratko | opis projekta | o projektu | osnovni podatki | dodatne informacije | "
        "splošne informacije | prosto delovno mesto | zaposlitev"
    ),
    "sr": (
        "opis posla | o poslu | pozicija | o poziciji | radno mesto | o radnom mestu | posao | "
        "ukratko | oglas | opis pozicije | opis projekta | o projektu | osnovne informacije | "
        "dodatne informacije | opšte informacije"
    ),
    "sv": (
        "om uppdraget | uppdraget | kort om tjänsten | tjänsten i korthet | i korthet | "
        "kort om rollen | om arbetet | arbetet | jobbannons | projektbeskrivning | om projektet | "
        "allmän information | övrig information | övrigt | platsannons | ledig tjänst | "
        "befattningsbeskrivning"
    ),
    "tr": (
        "pozisyon detayları | pozisyon tanımı | iş hakkında | rol hakkında | rol | ilan | "
        "ilan hakkında | kısaca | özetle | proje hakkında | proje tanımı | genel bilgiler | "
        "diğer bilgiler | ek bilgiler | iş detayları | genel nitelikler ve iş tanımı | "
        "iş tanımı ve genel nitelikler"
    ),
    "uk": (
        "про позицію | позиція | про роль | роль | про роботу | робота | опис посади | посада | "
        "про посаду | коротко | про проєкт | про проект | проєкт | опис проєкту | опис проекту | "
        "загальна інформація | додаткова інформація"
    ),
}

HEADINGS = {kind: _merged(HEADINGS.get(kind, {}), _MORE_HEADINGS.get(kind, {})) for kind in HEADINGS}
HEADINGS = {kind: _merged(HEADINGS[kind], _TURNS_OF_PHRASE.get(kind, {})) for kind in HEADINGS}
HEADINGS = {kind: _merged(HEADINGS[kind], _MORE_LANGUAGES.get(kind, {})) for kind in HEADINGS}
HEADINGS = {kind: _merged(HEADINGS[kind], _LESS_COMMON_HEADINGS.get(kind, {})) for kind in HEADINGS}
HEADINGS[K.QUALIFICATIONS] = _merged(HEADINGS[K.QUALIFICATIONS], _IS_THIS_YOU)
HEADINGS[K.QUALIFICATIONS] = _merged(HEADINGS[K.QUALIFICATIONS], _WHO_IT_IS_FOR)
NEUTRAL_HEADINGS = _merged(NEUTRAL_HEADINGS, _MORE_NEUTRAL)
HEADINGS = {kind: _merged(HEADINGS[kind], _WIDER_HEADINGS.get(kind, {})) for kind in HEADINGS}
NEUTRAL_HEADINGS = _merged(NEUTRAL_HEADINGS, _WIDER_NEUTRAL)
PREFERRED_CUES = _merged(PREFERRED_CUES, _MORE_PREFERRED_CUES)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POINTS = re.compile("[\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670]")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+")
# Combining marks are part of their word: the vowel signs of Devanagari and Thai ("योग्यता",
# "คุณสมบัติ"), Hebrew and Arabic points, the zero-width non-joiner of Persian ("مسئولیت‌ها").
_SYMBOLS = re.compile(
    "[^\\w\\s'&/+\\-\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u200c\u200d]"
)
_SPACES = re.compile(r"\s+")


def _kept(char: str) -> bool:
    """Not a symbol (emoji, arrows, currency signs), or one of the symbols headings use as words."""
    return unicodedata.category(char)[0] != "S" or char in "&+"


# The ASCII characters whose category is a symbol ("S…"), but for "+".
_ASCII_SYMBOLS = str.maketrans("", "", "".join(c for c in map(chr, range(128)) if not _kept(c)))


_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_GENDER_ENDING = re.compile(
    r"(?<=[^\W\d_]{2})/-?(?:a|á|ka|ki|in|innen|e|é|ée|na|ná|ica|ice|ová|yně|ne|rice|euse|ère)\b"
)


def normalise_heading(text: str) -> str:
    """Heading text reduced for matching: lower case, no emoji, numbering or punctuation.

    >>> normalise_heading("🚀 1. What You’ll Do:")
    "what you'll do"
    >>> normalise_heading("Good-to-have")
    'good to have'
    """
    return _normalised(text, keep_hyphens=False)


def _normalised(text: str, *, keep_hyphens: bool) -> str:
    """:func:`normalise_heading`, with the hyphens between letters kept when ``keep_hyphens`` is true."""
    text = text.translate(_APOSTROPHES).casefold()
    if "_" in text:  # a front matter key or a template's label: "nice_to_have", "KEY_DUTIES"
        text = text.replace("_", " ")
    if not keep_hyphens and "-" in text:  # "Good-to-have", "Must-haves": a hyphen between words reads as a space
        text = _HYPHEN_BETWEEN_LETTERS.sub(" ", text)
    if "/" in text:  # a gender's ending after a slash: "Co bys měl/a umět", "Was du als Entwickler/in mitbringst"
        text = _GENDER_ENDING.sub("", text)
    if "\u0307" in text:  # Turkish "İ" folds to "i" and a combining dot, which would part the word
        text = text.replace("i\u0307", "i")
    if not text.isascii() and _POINTS.search(text):  # Arabic and Hebrew vowel points ("يُفضَّل"), and tatweel
        text = _POINTS.sub("", text)
    text = text.translate(_ASCII_SYMBOLS) if text.isascii() else "".join(ch for ch in text if _kept(ch))
    text = _NUMBERING.sub("", text.strip())
    text = _SYMBOLS.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" -/'")


@dataclass(frozen=True)
class Vocabulary:
    """Heading phrases and cue words, per kind and language.

    Build one with :meth:`extended` to add phrases to the defaults, or pass
    tables of your own to replace them. ``languages`` limits matching to
    those languages (all when empty).
    """

    headings: Mapping[SectionKind, Mapping[str, tuple[str, ...]]] = field(default_factory=lambda: HEADINGS)
    neutral_headings: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: NEUTRAL_HEADINGS)
    preferred_cues: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: PREFERRED_CUES)
    benefit_categories: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=lambda: BENEFIT_CATEGORIES)
    """Words that put a benefit in a category, per category and language (see ``BENEFIT_CATEGORIES``)."""

    def extended(
        self,
        headings: Mapping[SectionKind | str, Mapping[str, list[str] | tuple[str, ...]]] | None = None,
        preferred_cues: Mapping[str, list[str] | tuple[str, ...]] | None = None,
        neutral_headings: Mapping[str, list[str] | tuple[str, ...]] | None = None,
        benefit_categories: Mapping[str, Mapping[str, list[str] | tuple[str, ...]]] | None = None,
    ) -> Vocabulary:
        """A copy with more phrases: ``{"responsibilities": {"sv": ["dina uppgifter"]}}``."""
        merged: dict[SectionKind, dict[str, tuple[str, ...]]] = {
            kind: dict(by_lang) for kind, by_lang in self.headings.items()
        }
        for kind_name, by_lang in (headings or {}).items():
            kind = SectionKind(kind_name)
            target = merged.setdefault(kind, {})
            for lang, phrases in by_lang.items():
                target[lang] = (*target.get(lang, ()), *(p.casefold() for p in phrases))
        return Vocabulary(
            headings=merged,
            neutral_headings=_merge(self.neutral_headings, neutral_headings),
            preferred_cues=_merge(self.preferred_cues, preferred_cues),
            benefit_categories=_merged_categories(self.benefit_categories, benefit_categories),
        )

    @classmethod
    def from_file(cls, path: str | Path) -> Vocabulary:
        """Defaults extended with a YAML or TOML file (see ``examples/vocabulary.yaml``)."""
        data = _read_table(Path(path))
        return DEFAULT_VOCABULARY.extended(
            headings=data.get("headings"),
            preferred_cues=data.get("preferred_cues"),
            neutral_headings=data.get("neutral_headings"),
            benefit_categories=data.get("benefit_categories"),
        )

    @cached_property
    def _heading_index(self) -> tuple[dict[str, SectionKind], re.Pattern[str]]:
        by_phrase: dict[str, SectionKind] = {}
        # Later kinds in this order do not override earlier ones for the same phrase.
        for kind, by_lang in self.headings.items():
            for phrases in by_lang.values():
                for phrase in _written_in_capitals(phrases):
                    by_phrase.setdefault(normalise_heading(phrase), kind)
        shapes = _phrase_shapes(
            _written_in_capitals(p for by_lang in self.headings.values() for ps in by_lang.values() for p in ps)
        )
        return by_phrase, re.compile(_bounded(shapes))

    @cached_property
    def _neutral(self) -> frozenset[str]:
        return frozenset(normalise_heading(p) for ps in self.neutral_headings.values() for p in ps)

    @cached_property
    def preferred_pattern(self) -> CaselessPattern:
        """Any preferred cue, on word boundaries, case-insensitive."""
        shapes = _phrase_shapes(c.casefold() for cs in self.preferred_cues.values() for c in cs)
        return CaselessPattern(_bounded(shapes, apostrophe=False))

    @cached_property
    def _preferred_by_script(self) -> tuple[CaselessPattern, CaselessPattern]:
        """The preferred cues in two patterns: Latin letters only (fast), and the rest."""
        cues = {c.casefold() for cs in self.preferred_cues.values() for c in cs}
        latin = {c for c in cues if all(plain_latin(char) for char in c if char.isalpha())}
        return (
            CaselessPattern(_bounded(_phrase_shapes(latin), apostrophe=False)),
            CaselessPattern(_bounded(_phrase_shapes(cues - latin), apostrophe=False)),
        )

    @cached_property
    def _other_script_cues(self) -> tuple[_GatedCues, _GatedCues]:
        """The preferred cues of the second pattern of :attr:`_preferred_by_script`, in two halves.

        Most of them hold a letter that Latin text seldom holds and that no ASCII
        character matches, even ignoring case ("б", "优", "ộ"): their gate is one such
        letter of each, as a class. The rest ("artıdır", whose "ı" matches "I") have
        for gate their bare phrases, without the look around for word boundaries that
        makes a pattern slow to search. Each match holds what its gate finds, and together
        the halves find what that pattern finds.
        """
        cues = {c.casefold() for cs in self.preferred_cues.values() for c in cs}
        other = {c for c in cues if not all(plain_latin(char) for char in c if char.isalpha())}
        telling = {cue: _telling_letter(normalise_heading(cue)) for cue in other}
        letters = sorted({letter for letter in telling.values() if letter is not None})
        lettered = {cue for cue, letter in telling.items() if letter is not None}
        rest = _phrase_shapes(other - lettered)
        phrases = rest.words | rest.tails | rest.stems | rest.unspaced
        return (
            (
                re.compile("[" + "".join(map(re.escape, letters)) + "]", re.IGNORECASE) if letters else None,
                CaselessPattern(_bounded(_phrase_shapes(lettered), apostrophe=False)),
            ),
            (
                re.compile(phrase_pattern(phrases), re.IGNORECASE) if phrases else None,
                CaselessPattern(_bounded(rest, apostrophe=False)),
            ),
        )

    def _finds_other_script_cue(self, text: str) -> bool:
        """Whether the second pattern of :attr:`_preferred_by_script` finds a cue in ``text`` (the same, sooner)."""
        for gate, pattern in self._other_script_cues:
            if gate is not None and gate.search(text) is not None and pattern.search(text) is not None:
                return True
        return False

    @property
    def latin_preferred_pattern(self) -> CaselessPattern:
        """The preferred cues written in Latin letters only: what :meth:`has_preferred_cues` looks for first."""
        return self._preferred_by_script[0]

    @cached_property
    def _preferred_gate(self) -> LiteralGate:
        return LiteralGate([self._preferred_by_script[0]])

    def has_preferred_cue(self, text: str, lowered: str | None = None) -> bool:
        """Whether any preferred cue is in ``text`` (``lowered``: the same text already lowered).

        The cues of other scripts than Latin are not looked for in ASCII text.
        """
        if lowered is None:
            lowered = lower_like_ignorecase(text)
        return self._has_latin_preferred_cue(lowered) or (not text.isascii() and self._finds_other_script_cue(text))

    def has_preferred_cues(
        self, texts: Sequence[str], lowered: Sequence[str], gated: Sequence[bool] | None = None
    ) -> list[bool]:
        """:meth:`has_preferred_cue` of each of ``texts`` (``lowered``: each lowered), one gate pass for them all.

        ``gated``: for each text, whether a gate that lets through every text in which
        :attr:`latin_preferred_pattern` can match let it through, when the caller has
        passed the texts through one of its own (with other patterns); else this one's.
        """
        latin = self._preferred_by_script[0]
        if gated is None:
            gated = [bool(possible) for possible in self._preferred_gate.candidates_of_each(lowered)]
        return [
            (possible and latin.search_lowered(low) is not None)
            or (not text.isascii() and self._finds_other_script_cue(text))
            for text, low, possible in zip(texts, lowered, gated, strict=True)
        ]

    def finds_preferred_cue(self, text: str) -> bool:
        """Whether :attr:`preferred_pattern` finds a cue in ``text``: the same answer as its search, sooner.

        Its cues in other scripts are looked for in ASCII text too (case-insensitive
        matching takes Turkish "ı" for "i").
        """
        return self._has_latin_preferred_cue(lower_like_ignorecase(text)) or self._finds_other_script_cue(text)

    def finds_preferred_cue_given(self, text: str, has_cue: bool) -> bool:
        """:meth:`finds_preferred_cue` of ``text``, given its :meth:`has_preferred_cue` (``has_cue``).

        The same answer, sooner: a cue that one finds, this finds too, and beyond those
        it finds only cues of other scripts in ASCII text ("artidir" for "artıdır").
        The letters that gate the first half of :attr:`_other_script_cues` match no
        ASCII character, so in ASCII text only the second half is looked for.
        """
        if has_cue:
            return True
        if not text.isascii():
            return False
        gate, pattern = self._other_script_cues[1]
        return gate is not None and gate.search(text) is not None and pattern.search(text) is not None

    def _has_latin_preferred_cue(self, lowered: str) -> bool:
        # Most texts hold none of the words a cue needs: one pass for them first.
        return bool(self._preferred_gate.candidates(lowered)) and (
            self._preferred_by_script[0].search_lowered(lowered) is not None
        )

    @cached_property
    def _remembered(self) -> dict[tuple[str, str], Any]:
        """Answers already given, per question and text: postings repeat their headings and lead-ins."""
        return {}

    def remembered(self, question: str, text: str, answer: Callable[[str], T]) -> T:
        """``answer(text)``, computed once per question and text (up to a bound)."""
        memory = self._remembered
        key = (question, text)
        if key in memory:
            found: T = memory[key]
            return found
        value = answer(text)
        if len(memory) < _MEMORY_BOUND:
            memory[key] = value
        return value

    def heading_kind(self, heading: str) -> SectionKind | None:
        """The kind a heading names, or None when it names none (or says nothing)."""
        return self.remembered("kind", heading, self._heading_kind)

    def _heading_kind(self, heading: str) -> SectionKind | None:
        norm = normalise_heading(heading)
        if not norm or norm in self._neutral or _A_DEGREE_CANDIDATE.match(norm):
            return None
        by_phrase, pattern = self._heading_index
        kind = by_phrase.get(norm)
        if kind is not None:
            return kind
        if _WHAT_IS_OFFERED.match(norm):
            return SectionKind.BENEFITS  # before the phrases: "What the job offers you" names no duty
        matches = list(pattern.finditer(norm))
        if not matches:
            if self.preferred_pattern.search(heading) is not None:  # "Will count in your favour"
                return SectionKind.PREFERRED_QUALIFICATIONS
            return _about_something(norm)
        best = max(matches, key=lambda match: len(match.group()))  # the first of the longest
        kind = self._kind_of_match(best.group())
        if kind is SectionKind.QUALIFICATIONS and any(
            (match.start() > best.start() or match.end() + 1 == best.start())
            and self._kind_of_match(match.group()) is SectionKind.PREFERRED_QUALIFICATIONS
            for match in matches
        ):
            # A word of preference after the requirement's noun qualifies it, as adjectives follow
            # nouns in the Romance languages: "Requisitos deseables", "Compétences appréciées"; so
            # does one just before it, as in the Germanic ones: "Ønsket kompetanse".
            return SectionKind.PREFERRED_QUALIFICATIONS
        return kind

    def _kind_of_match(self, matched: str) -> SectionKind:
        """The kind of the phrase a match of the heading pattern is (a stem matches longer words)."""
        by_phrase = self._heading_index[0]
        found = by_phrase.get(matched)
        if found is not None:
            return found
        stem = max((p for p in by_phrase if matched.startswith(p)), key=len)
        return by_phrase[stem]

    def heading_kinds(self, heading: str) -> frozenset[SectionKind]:
        """Every kind a phrase in ``heading`` names (a long lead-in line can name several)."""
        return self.remembered("kinds", heading, self._heading_kinds)

    def _heading_kinds(self, heading: str) -> frozenset[SectionKind]:
        norm = normalise_heading(heading)
        if not norm or norm in self._neutral:
            return frozenset()
        by_phrase, pattern = self._heading_index
        found = {self._kind_of_match(match.group()) for match in pattern.finditer(norm)}
        exact = by_phrase.get(norm) or _about_something(norm)
        return frozenset(found | {exact} if exact is not None else found)

    def is_neutral(self, heading: str) -> bool:
        """True when a heading says nothing about its content ("Job description")."""
        return normalise_heading(heading) in self._neutral

    def named_share(self, text: str) -> float:
        """How much of ``text`` (normalised) its longest known heading phrase covers: 1.0 for a whole
        phrase, 0.0 for none. "Bonus points if you" is mostly a heading phrase; "Manage the benefits
        program" only holds one."""
        norm = normalise_heading(text)
        if not norm:
            return 0.0
        if norm in self._heading_index[0]:
            return 1.0
        longest = max((len(match.group()) for match in self._heading_index[1].finditer(norm)), default=0)
        return longest / len(norm)

    def names_a_kind(self, text: str) -> bool:
        """True when the whole of ``text`` is a known heading phrase, or one word ending in one.

        The word may be a compound of a known tail ("Arbeitsaufgaben" of "~aufgaben") or a
        longer form of a known stem ("Responsiblities" of "responsib~"). Answers are remembered:
        list entries and lead-ins ask it of the same short texts again and again.
        """
        return self.remembered("names a kind", text, self._names_a_kind_of_text)

    def _names_a_kind_of_text(self, text: str) -> bool:
        norm = normalise_heading(text)
        if self._names_a_kind(norm):
            return True
        article, _, rest = norm.partition(" ")  # "Les avantages", "Die Aufgaben", "The requirements"
        if article in _ARTICLES and rest:
            return self._names_a_kind(rest)
        if norm.startswith(("l'", "l’")):  # "L'offre"
            return self._names_a_kind(norm[2:])
        return False

    def _names_a_kind(self, norm: str) -> bool:
        if norm in self._heading_index[0] or norm in self._neutral:
            return True
        if not norm or " " in norm:
            return False
        match = self._heading_index[1].search(norm)
        return match is not None and match.end() == len(norm)


# The definite articles a heading may open on before a known phrase: en, de, fr, es, it, pt, nl, ca.
_ARTICLES = frozenset("the die der das le la les el los las il lo i gli o a os as de het els".split())


_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
"""Japanese, Chinese and Thai: written without spaces, so a phrase can sit anywhere in a word."""


@dataclass
class _Shapes:
    """Normalised phrases sorted by how they may sit in a heading (see :func:`_phrase_shapes`)."""

    words: set[str] = field(default_factory=set)
    tails: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    unspaced: set[str] = field(default_factory=set)


# Greek written in capitals leaves out its accents ("ΑΠΑΙΤΟΥΜΕΝΑ ΠΡΟΣΟΝΤΑ"), and Turkish capitals fold to a
# dotted "i" ("SUNDUKLARIMIZ"): a heading in capitals is matched against the phrases written so too.
_CAPITALS_DROP = str.maketrans("άέήίόύώΐΰ", "αεηιουωιυ", "\u0301\u0308")


def _written_in_capitals(phrases: Iterable[str]) -> Iterator[str]:
    """Each phrase, and after it the phrase as a heading in capitals lower-cases to, when that differs."""
    for phrase in phrases:
        yield phrase
        if not phrase.isascii():
            folded = phrase.casefold().translate(_CAPITALS_DROP).replace("ı", "i")
            if folded != phrase.casefold():
                yield folded


def _phrase_shapes(phrases: Iterable[str]) -> _Shapes:
    """Phrases by shape: whole words (the usual); compound tails, written "~aufgaben" (also
    the end of "Hauptaufgaben"); stems, written "responsib~" (also "responsibilities",
    and the misspelt "responsiblities"); phrases in scripts without spaces (anywhere).
    """
    shapes = _Shapes()
    for phrase in phrases:
        _add_shape(shapes, phrase, normalise_heading(phrase))
        if "-" in phrase:  # cues are looked for in text as written: "nice-to-have" with its hyphens too
            _add_shape(shapes, phrase, _normalised(phrase, keep_hyphens=True))
    return shapes


def _add_shape(shapes: _Shapes, phrase: str, norm: str) -> None:
    """``norm``, the normalised ``phrase``, among the shapes it has (see :func:`_phrase_shapes`)."""
    if norm:
        if _UNSPACED_SCRIPT.search(norm):
            shapes.unspaced.add(norm)
        elif phrase.lstrip().startswith("~"):
            shapes.tails.add(norm)
        elif phrase.rstrip().endswith("~"):
            shapes.stems.add(norm)
        else:
            shapes.words.add(norm)


_GatedCues = tuple[re.Pattern[str] | None, CaselessPattern]
"""A pattern of cues, and a pattern every match of it holds a match of (None: it has no cue)."""


def _telling_letter(phrase: str) -> str | None:
    """A letter of ``phrase`` beyond the Latin blocks that no ASCII character matches, even ignoring case."""
    for char in phrase:
        if char.isalpha() and ord(char) > _LATIN_BLOCKS_END and not _matches_ascii(char):
            return char
    return None


_LATIN_BLOCKS_END = 0x24F
"""The last code point of Latin Extended-B: letters past it are seldom in Latin text."""


def _matches_ascii(char: str) -> bool:
    """Whether ``char`` matches an ASCII character in a case-insensitive pattern (Kelvin's "K" matches "k")."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return any(pattern.fullmatch(chr(code)) for code in range(128))


def _bounded(shapes: _Shapes, *, apostrophe: bool = True) -> str:
    """One pattern for every shape of :func:`_phrase_shapes`."""
    edge = r"[\w']" if apostrophe else r"\w"
    parts = [rf"(?<!{edge})(?:{phrase_pattern(shapes.words)})(?!{edge})"] if shapes.words else []
    if shapes.tails:
        parts.append(rf"(?:{phrase_pattern(shapes.tails)})(?!{edge})")
    if shapes.stems:
        parts.append(rf"(?<!{edge})(?:{phrase_pattern(shapes.stems)})\w*")
    if shapes.unspaced:
        parts.append(rf"(?:{phrase_pattern(shapes.unspaced)})")
    return "|".join(parts) or r"(?!)"


# "PhD Candidate: Sediment Transport Models", "Doctoral candidate in …": the post, where "Candidate" alone or
# "The candidate" heads what is asked of the hire.
_A_DEGREE_CANDIDATE = re.compile(r"^(?:phd|ph d|doctoral|doctorate|msc|master|masters|master's)\s+candidate\b")
# "What work here offers", "What this role offers you", "Was die Stelle dir bietet", "Wat deze baan biedt",
# "Ce que le poste vous offre": whoever offers it, what is offered is a benefit, unless the reader
# offers it ("What you offer", "Was Sie uns bieten", "Wat jij biedt": the profile).
_WHAT_IS_OFFERED = re.compile(
    r"^(?:what (?!you\b)(?:[\w'-]+ ){1,4}(?:offers?|provides?|gives?)(?: you| to you| in return)?"
    r"|was (?!(?:sie|du|ihr)\b)(?:[\w-]+ ){1,4}(?:bietet|bieten)"
    r"|wat (?!(?:je|jij|u)\b)(?:[\w-]+ ){1,4}(?:biedt|bieden)"
    r"|ce qu(?:e |')(?:[\w'-]+ ){0,4}(?:offre|propose))$"
)


# What the team works with, told rather than asked ("Our stack", "Technologies we frequently use",
# "Environnement technique", "Unser Tech-Stack", "Stack tecnológico"): the corpora's labelling
# guide, like the project's, counts such lists as no items unless they are asked of the candidate.
_TEAMS_TECHNOLOGIES = CaselessPattern(
    r"\b(?:tech(?:nology|nical)?[\s-]?stacks?|techstack"
    r"|(?:our|current|unser(?:e[mnr]?)?|notre|nuestr[oa]|noss[oa]|onze|vår|nasz)\s+(?:current\s+|aktuelle[rn]?\s+)?stack"
    r"|technolog(?:y|ies)\s+(?:we|our team)\s+(?:\w+\s+)?(?:use|work with)|tools\s+we\s+(?:\w+\s+)?use"
    r"|technical\s+environment|technisches\s+umfeld|unsere\s+technologien"
    r"|environnement\s+(?:technique|technologique)|stack\s+technique|technologies\s+utilisées|outils\s+utilisés"
    r"|entorno\s+(?:técnico|tecnológico)|stack\s+tecnol[óo]gic[oa]|tecnolog[íi]as\s+que\s+usamos"
    r"|ambiente\s+t[ée]cnico|tecnologie\s+utilizzate|technische\s+omgeving|teknikstack|teknisk\s+miljö"
    r"|stack\s+technologiczny|środowisko\s+technologiczne)\b"
)
# Most lines hold none of the words the pattern needs: one pass for them tells (see LiteralGate).
_TEAMS_TECHNOLOGIES_GATE = LiteralGate([_TEAMS_TECHNOLOGIES])


def names_the_teams_technologies(text: str) -> bool:
    """Whether a heading or lead-in introduces the technologies the team works with ("Our tech stack")."""
    lowered = lower_like_ignorecase(text)
    return (
        bool(_TEAMS_TECHNOLOGIES_GATE.candidates(lowered)) and _TEAMS_TECHNOLOGIES.search_lowered(lowered) is not None
    )


# Headings of one word that name a kind only as the whole heading, as the word is in many
# headings of other kinds ("What you'll do", "Languages we use"): the reader alone ("You", "Du",
# "Vous"), the employer alone ("Us", "Wir"), the languages asked for ("Languages", "Sprachen"), the
# licences asked for ("Licenses", "Certification"; a line naming one, "EPA 608 certification", is no
# heading), what a candidate can bring in German ("Kann:").
_ALONE: dict[str, SectionKind] = {
    **dict.fromkeys(("you", "du", "vous", "toi", "tú", "tu", "jij", "ty", "você"), SectionKind.QUALIFICATIONS),
    **dict.fromkeys(("us", "wir", "nous", "wij", "nosotros", "nós", "noi", "vi", "my"), SectionKind.COMPANY),
    **dict.fromkeys(
        ("languages", "sprachen", "langues", "lingue", "idiomas", "języki", "talen", "språk", "sprog", "language"),
        SectionKind.QUALIFICATIONS,
    ),
    **dict.fromkeys(("licenses", "licences", "certification"), SectionKind.QUALIFICATIONS),
    "kann": SectionKind.PREFERRED_QUALIFICATIONS,
}


def _about_something(norm: str) -> SectionKind | None:
    """'About Acme' is about the company, 'You' alone the profile; 'About you' was matched before this."""
    if norm in _ALONE:
        return _ALONE[norm]
    if (
        norm.startswith(("about ", "über ", "à propos de ", "sobre ", "over ", "om ", "o "))
        and not norm.startswith(_PORTUGUESE_O)  # Portuguese "what …", "your …", not Polish "about …"
        and len(norm.split()) <= 5
        and _JOB_NOUNS.isdisjoint(norm.split()[1:])  # "About the post", "Om tjänsten": the job, not the employer
    ):
        return SectionKind.COMPANY
    return None


_PORTUGUESE_O = ("o que ", "o teu ", "o seu ", "o vosso ", "o nosso dia", "o dia ")
# What a heading "About …" may name that is the job itself, in the languages of NEUTRAL_HEADINGS and a few more.
_JOB_NOUNS = frozenset(
    """
    post position role job vacancy opportunity placement assignment stelle position aufgabe poste emploi rôle
    mission puesto vacante empleo vaga cargo função funcao functie vacature baan rol tjänsten tjänst jobbet
    stillingen stillinga rollen tehtävä stanowisko posto ruolo
    """.split()
)


def _merge(
    base: Mapping[str, tuple[str, ...]], extra: Mapping[str, list[str] | tuple[str, ...]] | None
) -> dict[str, tuple[str, ...]]:
    merged = dict(base)
    for lang, words in (extra or {}).items():
        merged[lang] = (*merged.get(lang, ()), *(w.casefold() for w in words))
    return merged


def _merged_categories(
    base: Mapping[str, Mapping[str, tuple[str, ...]]],
    extra: Mapping[str, Mapping[str, list[str] | tuple[str, ...]]] | None,
) -> dict[str, Mapping[str, tuple[str, ...]]]:
    """Benefit categories with ``extra``'s words added; a category must be one of BenefitCategory."""
    from .errors import JobspecError
    from .models import Benefit

    known = set(typing.get_args(Benefit.model_fields["category"].annotation))
    merged: dict[str, Mapping[str, tuple[str, ...]]] = dict(base)
    for category, by_lang in (extra or {}).items():
        if category not in known:
            raise JobspecError(f"unknown benefit category {category!r}; known: {', '.join(sorted(known))}")
        merged[category] = _merge(merged.get(category, {}), by_lang)
    return merged


def _read_table(path: Path) -> dict[str, Any]:
    from .errors import JobspecError

    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix.lower() == ".toml":
            from ._compat import tomllib

            data: Any = tomllib.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except Exception as exc:  # yaml and toml errors differ; both become ours
        raise JobspecError(f"cannot read vocabulary file: {exc}", path=str(path)) from None
    if not isinstance(data, dict):
        raise JobspecError("vocabulary file must hold a mapping", path=str(path), line=1, column=1)
    return data


# --- benefit categories (issue 15) ----------------------------------------------------
# Words that put a benefit in a category, per category and language (lower case; a
# word matches at the start of a word, so "pension" also finds "pensions"). A benefit
# takes the first category in this order that one of its words belongs to: "parental
# leave" is family before it is leave, "mental health" wellbeing before health.
# Extend with Vocabulary.extended(benefit_categories={"food": {"sv": ["fika"]}}).
BENEFIT_CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "family": {
        "en": ("parental leave", "maternity", "paternity", "childcare", "child care", "family", "fertility",
               "nursery", "caregiver"),
        "de": ("elternzeit", "kita", "kinderbetreuung", "familie", "mutterschutz", "vaterschaft"),
        "fr": ("congé parental", "congé maternité", "congé paternité", "crèche", "famille", "garde d'enfants"),
        "es": ("permiso parental", "maternidad", "paternidad", "guardería", "familia", "cheque guardería"),
        "nl": ("ouderschapsverlof", "zwangerschapsverlof", "kinderopvang", "gezin", "familie"),
        "sv": ("föräldraledighet", "föräldralön", "barnomsorg", "familj"),
        "it": ("congedo parentale", "maternità", "paternità", "asilo nido", "famiglia"),
        "pt": ("licença parental", "licença maternidade", "licença paternidade", "creche", "família"),
        "pl": ("urlop rodzicielski", "opieka nad dzieckiem", "rodzin"),
    },
    "wellbeing": {
        "en": ("gym", "fitness", "wellness", "wellbeing", "well-being", "mental health", "yoga", "sport", "massage",
               "employee assistance", "headspace", "calm app"),
        "de": ("fitnessstudio", "sport", "urban sports", "egym", "hansefit", "wellpass", "gesundheitsförderung",
               "betriebliches gesundheitsmanagement", "massage", "yoga"),
        "fr": ("salle de sport", "bien-être", "sport", "yoga", "gymclass"),
        "es": ("gimnasio", "bienestar", "deporte", "yoga", "gympass", "wellhub"),
        "nl": ("sportschool", "vitaliteit", "sport", "fitness", "welzijn"),
        "sv": ("friskvård", "gym", "träning", "välmående"),
        "it": ("palestra", "benessere", "sport", "welfare"),
        "pt": ("academia", "ginásio", "bem-estar", "gympass", "wellhub"),
        "pl": ("multisport", "karta sportowa", "medicover sport", "siłownia", "dobrostan"),
    },
    "equity": {
        "en": ("equity", "stock option", "share option", "shares", "rsu", "esop", "espp", "ownership"),
        "de": ("mitarbeiterbeteiligung", "aktienoptionen", "virtuelle anteile", "vsop", "esop", "beteiligung"),
        "fr": ("bspce", "actions gratuites", "stock-options", "actionnariat"),
        "es": ("opciones sobre acciones", "participación en el capital", "stock options", "acciones"),
        "nl": ("aandelen", "aandelenopties", "certificaten"),
        "sv": ("aktier", "optioner", "personaloptioner", "aktieprogram"),
        "it": ("azioni", "stock option", "azionariato"),
        "pt": ("ações", "stock options", "participação acionária"),
        "pl": ("akcje", "opcje na akcje"),
    },
    "bonus": {
        "en": ("bonus", "bonuses", "profit sharing", "profit-sharing", "profit share", "13th month", "commission",
               "incentive"),
        "de": ("bonus", "prämie", "sonderzahlung", "weihnachtsgeld", "urlaubsgeld", "13. gehalt",
               "erfolgsbeteiligung", "jahressonderzahlung"),
        "fr": ("prime", "primes", "intéressement", "participation", "13e mois", "13ème mois", "variable"),
        "es": ("bono", "bonus", "paga extra", "pagas extra", "retribución variable", "incentivos"),
        "nl": ("bonus", "dertiende maand", "13e maand", "eindejaarsuitkering", "vakantiegeld", "winstdeling"),
        "sv": ("bonus", "vinstdelning", "provision"),
        "it": ("premio", "premi", "tredicesima", "quattordicesima", "bonus"),
        "pt": ("prêmio", "bónus", "bônus", "participação nos lucros", "plr", "13º salário"),
        "pl": ("premia", "premie", "13. pensja", "trzynastka"),
    },
    "retirement": {
        "en": ("pension", "retirement", "401(k)", "401k", "superannuation", "super contribution"),
        "de": ("altersvorsorge", "betriebsrente", "betriebliche altersvorsorge", "bav", "pensionskasse"),
        "fr": ("retraite", "épargne salariale", "perco", "pereco", "prévoyance"),
        "es": ("pensión", "plan de pensiones", "jubilación"),
        "nl": ("pensioen", "pensioenregeling"),
        "sv": ("tjänstepension", "pension"),
        "it": ("previdenza", "fondo pensione", "pensione"),
        "pt": ("previdência", "plano de pensões", "reforma", "pensão"),
        "pl": ("ppk", "emerytal", "ppe"),
    },
    "health": {
        "en": ("health", "medical", "dental", "vision", "insurance", "healthcare", "life assurance",
               "life insurance", "sick pay"),
        "de": ("krankenversicherung", "krankenzusatzversicherung", "gesundheit", "betriebsarzt", "zahnzusatz"),
        "fr": ("mutuelle", "santé", "assurance maladie", "complémentaire santé"),
        "es": ("seguro médico", "seguro de salud", "salud", "seguro de vida", "seguro dental"),
        "nl": ("zorgverzekering", "ziektekosten", "gezondheid", "arbeidsongeschiktheid"),
        "sv": ("sjukvårdsförsäkring", "sjukvård", "hälsa", "försäkring"),
        "it": ("assicurazione sanitaria", "sanitaria", "salute", "assistenza sanitaria"),
        "pt": ("plano de saúde", "seguro de saúde", "saúde", "plano odontológico", "seguro de vida"),
        "pl": ("opieka medyczna", "prywatna opieka", "ubezpieczenie", "luxmed", "medicover", "pakiet medyczny"),
    },
    "leave": {
        "en": ("vacation", "holiday", "paid time off", "pto", "annual leave", "days off", "leave", "sabbatical",
               "time off", "days of annual"),
        "de": ("urlaub", "urlaubstage", "sonderurlaub", "freie tage", "sabbatical"),
        "fr": ("congés", "conges", "rtt", "jours de repos", "vacances"),
        "es": ("vacaciones", "días libres", "días de vacaciones", "días de asuntos propios"),
        "nl": ("vakantiedagen", "vakantie", "verlof", "vrije dagen", "adv"),
        "sv": ("semester", "semesterdagar", "ledighet"),
        "it": ("ferie", "permessi", "vacanze"),
        "pt": ("férias", "dias de folga", "day off"),
        "pl": ("urlop", "dni wolne", "dni urlopu"),
    },
    "learning": {
        "en": ("training", "learning", "education", "conference", "course", "certification", "coaching",
               "mentoring", "development budget", "tuition", "books", "career development", "skills development",
               "personal development", "professional development", "development programme", "development program",
               "personal growth"),
        "de": ("weiterbildung", "fortbildung", "schulung", "seminar", "konferenz", "entwicklungsmöglichkeit",
               "lernbudget", "weiterentwicklung"),
        "fr": ("formation", "formations", "conférence", "montée en compétences", "développement"),
        "es": ("formación", "cursos", "aprendizaje", "desarrollo profesional", "idiomas"),
        "nl": ("opleiding", "cursus", "ontwikkeling", "training", "opleidingsbudget"),
        "sv": ("utbildning", "kompetensutveckling", "konferens"),
        "it": ("formazione", "corsi", "crescita professionale"),
        "pt": ("formação", "treinamento", "cursos", "desenvolvimento"),
        "pl": ("szkolenia", "szkoleń", "rozwój", "konferencje", "kursy"),
    },
    "remote": {
        "en": ("remote", "work from home", "working from home", "home office", "hybrid", "wfh", "work from anywhere"),
        "de": ("homeoffice", "home-office", "mobiles arbeiten", "remote", "hybrid"),
        "fr": ("télétravail", "teletravail", "remote"),
        "es": ("teletrabajo", "remoto", "trabajo en remoto", "híbrido"),
        "nl": ("thuiswerken", "thuiswerkvergoeding", "hybride", "remote"),
        "sv": ("distans", "hemifrån", "hybrid"),
        "it": ("smart working", "lavoro da remoto", "lavoro agile", "ibrido"),
        "pt": ("trabalho remoto", "home office", "teletrabalho", "híbrido"),
        "pl": ("praca zdalna", "hybryd"),
    },
    "transport": {
        "en": ("commute", "commuter", "transit", "transport", "travel pass", "bike", "cycle to work", "parking",
               "company car", "car allowance", "season ticket"),
        "de": ("jobticket", "deutschlandticket", "jobrad", "fahrrad", "dienstwagen", "firmenwagen", "parkplatz",
               "fahrtkosten", "öpnv"),
        "fr": ("transport", "navigo", "vélo", "voiture de fonction", "mobilité durable"),
        "es": ("transporte", "abono transporte", "coche de empresa", "parking", "aparcamiento"),
        "nl": ("reiskosten", "ov-", "ov ", "fiets", "leaseauto", "auto van de zaak", "mobiliteit"),
        "sv": ("pendling", "cykel", "förmånsbil", "tjänstebil", "parkering"),
        "it": ("trasporto", "auto aziendale", "parcheggio", "abbonamento"),
        "pt": ("vale-transporte", "vale transporte", "transporte", "carro", "estacionamento"),
        "pl": ("dojazd", "samochód służbowy", "parking", "rower"),
    },
    "food": {
        "en": ("meal", "lunch", "food", "snack", "drinks", "coffee", "fruit", "canteen", "breakfast", "dinner"),
        "de": ("essenszuschuss", "kantine", "mittagessen", "obst", "getränke", "kaffee", "essensgutschein"),
        "fr": ("tickets restaurant", "ticket restaurant", "titres-restaurant", "titre-restaurant", "restaurant",
               "cantine", "repas", "carte swile", "panier repas"),
        "es": ("comida", "almuerzo", "cheque restaurante", "ticket restaurante", "fruta", "café"),
        "nl": ("lunch", "maaltijd", "kantine", "fruit", "koffie"),
        "sv": ("lunch", "frukost", "frukt", "fika", "kaffe", "måltid"),
        "it": ("pranzo", "buoni pasto", "buono pasto", "mensa", "ticket restaurant"),
        "pt": ("refeição", "vale-refeição", "vale refeição", "vale-alimentação", "alimentação", "almoço"),
        "pl": ("posiłki", "obiady", "lunch", "karta lunchowa", "owoce"),
    },
    "equipment": {
        "en": ("laptop", "macbook", "equipment", "hardware", "setup", "monitor", "phone", "tools of your choice",
               "workspace", "standing desk"),
        "de": ("ausstattung", "arbeitsmittel", "laptop", "hardware", "diensthandy", "firmenhandy", "höhenverstellbar",
               "ergonomisch"),
        "fr": ("matériel", "ordinateur", "équipement", "téléphone"),
        "es": ("equipo", "portátil", "material de trabajo", "móvil de empresa"),
        "nl": ("apparatuur", "laptop", "telefoon van de zaak", "middelen"),
        "sv": ("utrustning", "dator", "mobiltelefon"),
        "it": ("attrezzatura", "computer", "portatile", "telefono aziendale"),
        "pt": ("equipamento", "computador", "notebook"),
        "pl": ("sprzęt", "laptop", "telefon służbowy"),
    },
}  # fmt: skip


DEFAULT_VOCABULARY = Vocabulary()

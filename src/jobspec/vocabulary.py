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
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .models import SectionKind
from .text import CaselessPattern, phrase_pattern

__all__ = ["DEFAULT_VOCABULARY", "Vocabulary", "normalise_heading"]

K = SectionKind

# Heading phrases per kind and language (lower case, straight apostrophes).
HEADINGS: dict[SectionKind, dict[str, tuple[str, ...]]] = {
    K.RESPONSIBILITIES: {
        "en": (
            "your day to day",
            "your day-to-day",
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
            "desired skills",
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
            "apprécié",
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

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_NUMBERING = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)]\s+")
_SYMBOLS = re.compile(r"[^\w\s'&/+-]")
_SPACES = re.compile(r"\s+")


def _kept(char: str) -> bool:
    """Not a symbol (emoji, arrows, currency signs), or one of the symbols headings use as words."""
    return unicodedata.category(char)[0] != "S" or char in "&+"


# The ASCII characters whose category is a symbol ("S…"), but for "+".
_ASCII_SYMBOLS = str.maketrans("", "", "".join(c for c in map(chr, range(128)) if not _kept(c)))


def normalise_heading(text: str) -> str:
    """Heading text reduced for matching: lower case, no emoji, numbering or punctuation.

    >>> normalise_heading("🚀 1. What You’ll Do:")
    "what you'll do"
    """
    text = text.translate(_APOSTROPHES).casefold()
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
                for phrase in phrases:
                    by_phrase.setdefault(normalise_heading(phrase), kind)
        pattern = re.compile(r"(?<![\w'])(?:" + phrase_pattern(by_phrase) + r")(?![\w'])")
        return by_phrase, pattern

    @cached_property
    def _neutral(self) -> frozenset[str]:
        return frozenset(normalise_heading(p) for ps in self.neutral_headings.values() for p in ps)

    @cached_property
    def preferred_pattern(self) -> CaselessPattern:
        """Any preferred cue, on word boundaries, case-insensitive."""
        cues = {c.casefold() for cs in self.preferred_cues.values() for c in cs}
        return CaselessPattern(r"(?<!\w)(?:" + phrase_pattern(cues) + r")(?!\w)")

    def heading_kind(self, heading: str) -> SectionKind | None:
        """The kind a heading names, or None when it names none (or says nothing)."""
        norm = normalise_heading(heading)
        if not norm or norm in self._neutral:
            return None
        by_phrase, pattern = self._heading_index
        kind = by_phrase.get(norm)
        if kind is not None:
            return kind
        best: str | None = None
        for match in pattern.finditer(norm):
            if best is None or len(match.group()) > len(best):
                best = match.group()
        if best is None:
            return _about_something(norm)
        return by_phrase[best]

    def is_neutral(self, heading: str) -> bool:
        """True when a heading says nothing about its content ("Job description")."""
        return normalise_heading(heading) in self._neutral

    def names_a_kind(self, text: str) -> bool:
        """True when the whole of ``text`` is a known heading phrase."""
        norm = normalise_heading(text)
        return norm in self._heading_index[0] or norm in self._neutral


def _about_something(norm: str) -> SectionKind | None:
    """'About Acme' is about the company; 'About you' was matched before this."""
    if norm.startswith(("about ", "über ", "à propos de ", "sobre ", "over ")) and len(norm.split()) <= 5:
        return SectionKind.COMPANY
    return None


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

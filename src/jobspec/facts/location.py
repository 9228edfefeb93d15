"""Where the work happens: onsite, hybrid or remote, and the country of a location.

Three pure functions:

* :func:`parse_workplace` reads a location value or a sentence ("Remote (EU
  time zones)", "hybrid, 2 days in the office", "100% Homeoffice") and says
  whether the job is onsite, hybrid or remote, with where remote applicants
  must be.
* :func:`find_workplace` looks through the body's lines for the first one
  that states the workplace of the position itself.
* :func:`country_code` gives the ISO 3166-1 alpha-2 code of a location when
  it names one country, or a city, state or province that belongs to one.

"remote" is a common word that is not always about the job ("remote
control", "remote sensing", "collaborate with remote teams"): it only counts
when it stands as a location value, or comes with words that make it a way
of working ("fully remote", "remote-first", "work remotely", "this role is
remote", "from anywhere").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from ..models import Workplace
from ..text import compile_lowercase, lower_like_ignorecase

__all__ = ["country_code", "find_workplace", "parse_workplace"]

# ---------------------------------------------------------------------------
# Workplace
# ---------------------------------------------------------------------------


class _Phrases(NamedTuple):
    """Phrases to find in lower_like_ignorecase text, with a first look that each match passes.

    The first look is a cheap pattern (no word boundaries, every alternative
    starting with a letter, so the regex engine skips ahead quickly) that
    every phrase contains. Most lines fail it and the phrases are not tried.
    """

    first_look: re.Pattern[str]
    pattern: re.Pattern[str]

    def search(self, folded: str) -> bool:
        """Whether one of the phrases is in ``folded``."""
        return self.first_look.search(folded) is not None and self.pattern.search(folded) is not None

    def match(self, folded: str) -> bool:
        """Whether ``folded`` starts with one of the phrases."""
        return self.first_look.search(folded) is not None and self.pattern.match(folded) is not None

    def blank(self, folded: str) -> str:
        """``folded`` with the phrases replaced by spaces (offsets are kept)."""
        if self.first_look.search(folded) is None:
            return folded
        return self.pattern.sub(lambda m: " " * len(m.group()), folded)


def _phrases(first_look: str, *patterns: str) -> _Phrases:
    """Any of ``patterns`` (lower case), tried only where ``first_look`` is found."""
    return _Phrases(compile_lowercase(first_look), compile_lowercase("|".join(f"(?:{p})" for p in patterns)))


# What may follow "remote" when the word is about a thing, a technique, a far
# away place or other people rather than about how this job is done.
REMOTE_THINGS = (
    r"control(?:s|led|ler|lers)?|sensing|sensors?|patients?|monitoring|monitors?|access|desktops?|servers?|"
    r"hosts?|shells?|execution|procedures?|api|calls?|repositor(?:y|ies)|branch(?:es)?|diagnostics?|surgery|"
    r"vehicles?|cameras?|devices?|systems?|infrastructure|connections?|viewing|deposits?|learning|education|"
    r"schools?|classes|teaching|tutoring|clinics?|care|health(?:care)?|consultations?|interpreting|"
    r"sites?|locations?|areas?|communities|villages|islands?|parts?|corners?|possibility|chance|"
    r"management|administration|operations?|operated|debugging|assistance|support|troubleshooting"
)
REMOTE_PEOPLE = (
    r"teams?|colleagues|co-?workers|employees|workers|workforce|staff|engineers|developers|users|customers|"
    r"clients|participants|members|contributors|students|audiences?"
)
# Spans to blank out before looking for "remote": a thing or people that are
# remote, a technical "remoto" ("control remoto"), and a negated remote
# (those are reported as onsite by _NOT_REMOTE below).
_NOT_ABOUT_THE_JOB = _phrases(
    r"remot|home[\s-]?office",
    rf"\bremote(?:ly)?[\s-]+(?:{REMOTE_THINGS}|{REMOTE_PEOPLE})\b|"
    # an allowance for a home office says nothing about how often it is used
    r"\bhome[\s-]?office[\s-]+(?:budget|allowance|stipend|setup|set-up|equipment|kit|pauschale|zuschuss|"
    r"ausstattung)\b|\b(?:aux[íi]lio|ajuda\s+de\s+custo|subs[íi]dio|budget|allowance|stipend|pauschale|zuschuss)\s+"
    r"(?:de\s+|for\s+(?:a\s+|your\s+)?|für\s+(?:das\s+)?)?home[\s-]?office\b|"
    r"\b(?:control|acceso|acesso|accesso|monitoreo|monitoramento|controllo|assistenza|soporte|suporte)\s+remot[oa]\b",
)
# "not remote", "no remote work", "remote work is not possible", "kein Homeoffice" …
_NOT_REMOTE = _phrases(
    r"remot|kein|t[ée]l[ée]travail|teletrabajo|home\s+office|thuiswerk|smart\s+working",
    r"\b(?:not|no|non)[\s-]+(?:a\s+|an\s+)?(?:fully\s+|100\s*%\s*)?remote\b(?:[\s-]+(?:work|working|position|role|job))?|"
    r"\bremote(?:[\s-]+work(?:ing)?)?\s+(?:is\s+|will\s+be\s+)?not\s+(?:possible|available|an\s+option|offered|supported)\b|"
    r"\bkein(?:e|en)?\s+(?:home[\s-]?office|remote|mobile[sn]?\s+arbeit(?:en)?)\b|"
    r"\bpas\s+de\s+t[ée]l[ée]travail\b|\bsin\s+(?:teletrabajo|remoto)\b|\bsem\s+(?:home\s+office|trabalho\s+remoto)\b|"
    r"\bgeen\s+thuiswerk\w*|\bniente\s+smart\s+working\b",
)

# "fully remote", "100% remote": an intensifier makes "remote" a way of
# working even before people ("a fully remote team"), not before things.
_INTENSIFIED_REMOTE = _phrases(
    "remote",
    rf"\b(?:fully|100\s*%|completely|entirely|totally|permanently|primarily|mostly|full)[\s-]+remote(?:ly)?\b"
    rf"(?![\s-]+(?:{REMOTE_THINGS})\b)",
)
# Phrases that say the job is done away from the office. Each is enough on
# its own, wherever it is in the text (things and people that are remote are
# blanked out first).
REMOTE_PHRASES = (
    # "remote-first", "remote-friendly", "remote only"
    r"\bremote[\s-](?:first|friendly|only|native|ok|eligible|by\s+default)\b",
    # "a remote position", "remote work", "on a remote basis"
    r"\bremote[\s-](?:position|role|job|opportunity|vacancy|contract|work(?:ing)?|employment|company|"
    r"organi[sz]ation|setup|set-up|arrangement|basis)\b",
    # "this role is remote", "the position can be fully remote", "we are remote"
    r"\b(?:role|position|job|this|it|we|we're|we\s+are)\s+(?:is\s+|can\s+be\s+|will\s+be\s+|are\s+)?(?:\w+\s+){0,2}"
    r"remote\b",
    # "work remotely", "you can work from home", "from anywhere", "based anywhere"
    r"\bwork(?:s|ing)?\s+(?:\w+\s+){0,2}remotely\b",
    r"\b(?:work(?:ing)?|job)\s+from\s+(?:home|anywhere)\b",
    r"\b(?:based|located|live|living|work)\s+anywhere\b",
    r"\bfrom\s+anywhere\b",
    r"\bwfh\b",
    # German
    r"\bhome[\s-]?office\b",
    r"\bmobile[sn]?\s+arbeit(?:en)?\b",
    r"\b(?:fern|tele)arbeit\b",
    r"\bortsunabh[äa]ngig\w*",
    # French
    r"\bt[ée]l[ée]travail\b",
    r"\b(?:travail|poste|travailler)\s+(?:[àa]|en)\s+distance\b",
    r"\bdistanciel\b",
    r"\bfull[\s-]remote\b",
    # Spanish, Portuguese, Italian
    r"\bremot[oa]\b",
    r"\bteletrabajo\b",
    r"\b(?:trabajo|trabajar)\s+a\s+distancia\b",
    r"\bteletrabalho\b",
    r"\btrabalho\s+(?:[àa]\s+dist[aâ]ncia|remoto)\b",
    r"\blavoro\s+a\s+distanza\b",
    r"\btelelavoro\b",
    # Dutch
    r"\bthuiswerk\w*",
    r"\bthuis\s+werken\b",
    r"\b(?:werken\s+op\s+afstand|op\s+afstand\s+werken)\b",
    # Swedish, Danish, Norwegian, Polish, Czech, Russian, Turkish, Finnish
    r"\b(?:distansarbete|på\s+distans|fjärrarbete|fjernarbejde|fjernarbeid|hjemmefra|praca\s+zdalna|zdalnie|"
    r"praca\s+z\s+domu|práce\s+z\s+domova|na\s+dálku|uzaktan|etätyö\w*)\b",
    # Hungarian, Romanian, Indonesian, Catalan
    r"\b(?:távmunk\w*|telemunc\w*|la\s+distanț[ăa]|(?:kerja|bekerja)\s+(?:jarak\s+jauh|dari\s+rumah)|"
    r"teletreball|treball\s+a\s+distància)\b",
)
# "remote" standing as a location value: at the start ("Remote | Full-time",
# "Remote (EU)", "Remote within Germany") or between separators ("Berlin or
# Remote", "Berlin, Germany (Remote)").
_REMOTE_AT_START = _phrases("remote", r"^[\W\d]*remote(?:ly)?\b")
_REMOTE_AS_VALUE = _phrases(
    r"remote|t[ée]l[ée]travail|teletrabajo|home[\s-]?office",
    r"(?:^|[,/|;(\[•·+&]|\s[-–—]\s|\b(?:or|and|oder|und|ou|et|o|y|e|of|en)\b)\s*"
    r"(?:remote|t[ée]l[ée]travail|teletrabajo|home[\s-]?office)\s*"
    r"(?=$|[,/|;)\]•·:(+&!.]|\s[-–—]|\s(?:or|and|oder|ou|of|o|y|possible|optional|ok|friendly|available|eligible|only|"
    r"within|in|from|across|based|considered|welcome)\b)",
)

# What may follow "hybrid" when the word is about technology or nature.
HYBRID_THINGS = (
    r"cloud|multi[\s-]?cloud|apps?|applications?|mobile|cars?|vehicles?|powertrains?|engines?|electric|"
    r"infrastructure|architectures?|networks?|systems?|solutions?|integration|storage|search|recommenders?|"
    r"rice|seeds?|varieties|species|corn|plants?|methods?|algorithms?|queries|deployments?|environments?|it"
)
# Phrases that say part of the week is in the office and part elsewhere.
HYBRID_PHRASES = (
    r"\b(?:h[yiíy]|i)brid(?:[oae]|es|er|en)?\b(?![\s/&-]+(?:(?:and|or|&)[\s/-]+)?(?:" + HYBRID_THINGS + r")\b)",
    r"\b(?:\d|one|two|three|four|a\s+few|some)\s+days?\s+(?:(?:a|per|each|every)\s+week\s+)?(?:in|at|from|on)\s+"
    r"(?:the\s+|our\s+)?(?:office|home|site|hq|headquarters)\b",
    r"\b(?:\d|one|two|three|four)\s+days?\s+(?:(?:a|per|each)\s+week\s+)?(?:remote(?:ly)?|on[\s-]?site|onsite|wfh)\b",
    r"\bremote[\s-](?:optional|possible|days?)\b|\bpart(?:ial(?:ly)?|ly)[\s-]+remote\b",
    r"\boption(?:al)?\s+to\s+work\s+(?:from\s+home|remotely)\b",
    # German, French, Spanish, Portuguese, Italian, Dutch: "zwei Tage mobiles Arbeiten", "deux jours de télétravail"
    r"\b(?:\d|ein(?:en)?|zwei|drei|vier)\s*tage?\s+(?:(?:pro|die|in\s+der)\s+woche\s+)?(?:mobile[sn]?\s+arbeit\w*|"
    r"home[\s-]?office|remote|im\s+büro|vor\s+ort)\b",
    r"\b(?:\d|un|deux|trois|quatre)\s+jours?\s+(?:(?:par|/)\s*semaine\s+)?(?:de\s+|en\s+)?(?:t[ée]l[ée]travail|"
    r"remote|pr[ée]sentiel|au\s+bureau|sur\s+site)\b",
    r"\b(?:\d|un|uno|dos|tres|cuatro|um|dois|três|quatro)\s+d[ií]as?\s+(?:(?:a|por|na|por)\s+semana\s+)?"
    r"(?:de\s+|en\s+|em\s+)?(?:teletrabajo|teletrabalho|remoto|home\s+office|presencial(?:es)?|oficina|escrit[óo]rio)\b",
    r"\b(?:\d|un|uno|due|tre|quattro)\s+giorni?\s+(?:(?:a|alla|per)\s+settimana\s+)?(?:di\s+|in\s+|da\s+)?"
    r"(?:remoto|smart\s+working|presenza|ufficio|sede)\b",
    r"\b(?:\d|een|twee|drie|vier)\s+dag(?:en)?\s+(?:(?:per|in\s+de)\s+week\s+)?(?:thuis\w*|op\s+kantoor|remote)\b",
    r"\b\d\s*tage?\s+(?:(?:pro|die|in\s+der)\s+woche\s+)?(?:im\s+büro|home[\s-]?office|remote|mobil|vor\s+ort)\b",
    r"\b(?:teilweise|anteilig\w*|tageweise)\s+(?:im\s+)?(?:home[\s-]?office|remote|mobil\w*)\b",
    r"\bhome[\s-]?office[\s-]?(?:möglichkeit|möglich|anteil|tage?)\b|\bmöglichkeit\s+(?:zum|zu|für|auf)\s+"
    r"(?:home[\s-]?office|mobile[ms]?\s+arbeit\w*)\b|\bmobiles\s+arbeiten\s+(?:ist\s+)?möglich\b",
    # French, Spanish, Italian, Dutch
    r"\bt[ée]l[ée]travail\s+(?:partiel|possible|hybride|occasionnel|(?:\d|un|deux|trois|quatre)\s*jours?)\b|"
    r"\b\d\s*jours?\s+(?:de\s+)?"
    r"t[ée]l[ée]travail\b",
    r"\bteletrabajo\s+parcial\b|\b\d\s*d[ií]as?\s+(?:de\s+)?(?:teletrabajo|remoto|presencial(?:es)?)\b",
    r"\bsmart\s+working\b",
    r"\bdeels\s+thuis\w*|\b\d\s*dag(?:en)?\s+thuis\w*|\bthuiswerkdag\w*",
    r"\bhybrydow\w*",
    # "the possibility of remote work": some days, as "option to work remotely" is
    r"\bmöjlighet\s+(?:till|att\s+arbeta\s+på)\s+distans\w*|\bdelvis\s+distans\w*|"
    r"\bmulighed\s+for\s+(?:hjemmearbejde|fjernarbejde)\b|\bmulighet\s+for\s+(?:hjemmekontor|fjernarbeid)\b|"
    r"\bmożliwość\s+pracy\s+zdalnej\b|\bczęściowo\s+zdaln\w*",
)
# The same in scripts beyond Latin (matched on lower-cased text; Japanese, Chinese and Korean
# are written without spaces, so without word bounds).
_REMOTE_IN_OTHER_SCRIPTS = re.compile(
    r"удал[её]нн\w*|удал[её]нк\w*|віддален\w*|дистанційн\w*|フルリモート|完全リモート|完全在宅|远程办公|远程工作|"
    r"全远程|재택근무|원격\s?근무|làm\s+việc\s+từ\s+xa|عن\s+بعد|עבודה\s+מרחוק|מהבית"
)
_HYBRID_IN_OTHER_SCRIPTS = re.compile(
    r"гибридн\w*|гібридн\w*|هجين|היברידי\w*|ハイブリッド勤務|一部リモート|週\s?[0-9０-９一二三四]\s?日(?:程度)?(?:の)?出社|混合办公"
)
# Phrases that say the job is done at the employer's place.
ONSITE_PHRASES = (
    r"\bon[\s-]?site\b",
    r"\bin[\s-]office\b|\bin\s+the\s+office\b",
    r"\bin[\s-]person\b",
    r"\boffice[\s-]based\b|\bbased\s+in\s+(?:our|the)\s+(?:\w+\s+)?office\b",
    r"\bvor\s+ort\b|\bim\s+büro\b|\bin\s+präsenz\b|\bpräsenz(?:pflicht|arbeit|tage?)\b",
    r"\b(?:en\s+)?pr[ée]sentiel\b|\bsur\s+site\b|\bau\s+bureau\b",
    r"\bpresencial\b|\ben\s+(?:la\s+)?oficina\b|\bno\s+escrit[óo]rio\b",
    r"\bin\s+sede\b|\bin\s+presenza\b|\bin\s+ufficio\b",
    r"\bop\s+kantoor\b|\bop\s+locatie\b",
)


_REMOTE = _phrases(
    r"remot|from\s+home|anywhere|wfh|home[\s-]?office|mobile[sn]?\s+arbeit|fernarbeit|telearbeit|ortsunabh|"
    r"t[ée]l[ée]travail|dist[aâà]n[cz]|teletrabajo|teletrabalho|telelavoro|thuis|afstand|distans|fjärr|fjern|"
    r"hjemmefra|zdaln|z\s+dom|dálku|uzaktan|etätyö|távmunk|telemunc|distanț|jarak|dari\s+rumah|teletreball",
    *REMOTE_PHRASES,
)
_HYBRID = _phrases(
    r"brid|days?\s|remote|option|tage?\s|tageweise|jours?\s|d[ií]as?\s|giorn|dag(?:en)?\s|teilweise|anteil|möglich|"
    r"office[\s-]?tag|t[ée]l[ée]travail|teletrabajo|smart\s+working|thuis|hybryd|möjlighet|delvis|mulighe|"
    r"możliwość|częściowo",
    *HYBRID_PHRASES,
)
_ONSITE = _phrases(
    r"on[\s-]?site|in[\s-]office|the\s+office|in[\s-]person|office[\s-]based|based\s+in|vor\s+ort|büro|präsenz|"
    r"sentiel|sur\s+site|au\s+bureau|presencial|oficina|escrit|in\s+(?:sede|presenza|ufficio)|op\s+(?:kantoor|locatie)",
    *ONSITE_PHRASES,
)
# "Apply in person", "in-person interviews", "meet in person twice a year": not the workplace.
_NOT_ONSITE = _phrases(
    r"in[\s-]person",
    r"\b(?:apply|applications?|interview(?:s|ed)?|meet(?:ing)?(?:\s+(?:us|you|up))?)\s+in[\s-]person\b|"
    r"\bin[\s-]person\s+(?:interviews?|events?|meetups?|meet-ups?|offsites?|retreats?|gatherings?|team\s+weeks?|"
    r"get-togethers?|workshops?)\b",
)

# A field label in front of a location value ("Location: Remote").
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:job\s+|work\s+)?(?:location|workplace(?:\s+type)?|work(?:ing)?\s+(?:model|mode|"
    r"arrangement|place|style)|arbeitsort|standort|einsatzort|arbeitsmodell|lieu(?:\s+de\s+"
    r"travail)?|localisation|modalit[ée]s?|ubicaci[óo]n|modalidad|localiza[çc][ãa]o|local\s+de\s+trabalho|"
    r"modalidade|sede(?:\s+di\s+lavoro)?|luogo\s+di\s+lavoro|modalit[àa]|locatie|standplaats|werklocatie|"
    r"werkplek)\s*:\s*",
    re.IGNORECASE,
)
# Words that make a hybrid or onsite sentence about the position.
_ABOUT_THE_POSITION = re.compile(
    r"\b(?:role|position|job|vacancy|opportunity|work(?:s|ing)?|based|location|workplace|office|model|"
    r"arbeit\w*|stelle|poste|travail\w*|puesto|trabaj\w*|vaga|trabalh\w*|lavor\w*|posizione|ruolo|functie|"
    r"werk\w*|baan|praca|pracy|pracę|práce|práci|arbete|arbejd\w*|arbeid\w*|tjänst\w*|stilling\w*|työ\w*|çalışma|"
    r"работ\w*)\b",
    re.IGNORECASE,
)

# Where remote applicants must be: a region word, a time zone or a "only".
_REGION_WORDS = re.compile(
    r"\b(?:EU|EEA|EMEA|APAC|APJ|LATAM|DACH|Nordics?|Benelux|Europe|European|Americas?|North\s+America|"
    r"South\s+America|Latin\s+America|Asia|Africa|Middle\s+East|Oceania|worldwide|global(?:ly)?|anywhere|"
    r"international|time\s*zones?|UTC|GMT|CET|CEST|EST|EDT|PST|PDT|IST|AEST|overlap|only|based|residents?|"
    r"citizens?|countries|states|provinces?)\b",
    re.IGNORECASE,
)
_REGION_AFTER_REMOTE = re.compile(
    r"\bremote(?:ly)?\s*(?:\(\s*(?P<paren>[^)]{1,200})\)|(?:(?<=\s)-|[–—:,|/])\s*(?P<dash>[^|(/;]+)|"
    r"\s(?:within|in|from|across|throughout)\s+(?!home\b|anywhere\b)(?P<within>[^|(/;]+))",
    re.IGNORECASE,
)
_REGION_ANYWHERE = re.compile(r"\banywhere\s+(?:in|within|across)\s+(?P<within>[^|(/;]+)", re.IGNORECASE)
# The place before "remote" starts and ends with a letter or sign, not a space: a lazy text
# that may end in spaces, before "\s*", split a run of spaces every way (cubic).
_REGION_BEFORE_REMOTE = re.compile(
    r"^\s*(?P<before>[^()\d,|/\s-](?:[^()\d,|/-]*[^()\d,|/\s-])?)\s*[(,|/\-–—]\s*remote\b", re.IGNORECASE
)
_BASED_IN = re.compile(r"\b(?:based|located|resident|residing|living)\s+in\s+", re.IGNORECASE)
_REGION_END = re.compile(r"[.;!?]\s|[.;!?]$|\s[-–—]\s")


def parse_workplace(text: str) -> tuple[Workplace | None, str | None]:
    """The workplace a location or sentence states, and where remote applicants must be.

    Hybrid wins when both an office and remote work are said ("ONSITE
    (Hybrid)"); a negated remote ("not remote", "kein Homeoffice") is onsite.

    >>> parse_workplace("Remote (EU time zones)")
    ('remote', 'EU time zones')
    >>> parse_workplace("Hybrid, 2 days in the office")
    ('hybrid', None)
    >>> parse_workplace("Collaborate with remote teams")
    (None, None)
    """
    value = _LABEL.sub("", text, count=1)
    folded = lower_like_ignorecase(value)
    negated = _NOT_REMOTE.search(folded)
    if _HYBRID.search(folded) or (not folded.isascii() and _HYBRID_IN_OTHER_SCRIPTS.search(folded)):
        return "hybrid", None
    if not negated and _says_remote(folded):
        return "remote", _applicant_region(value)
    if negated or _ONSITE.search(_NOT_ONSITE.blank(folded)):
        return "onsite", None
    return None, None


def find_workplace(
    lines: Iterable[tuple[int, str]], passed_over: Callable[[str], bool] | None = None
) -> tuple[Workplace, str | None, int] | None:
    """The first workplace stated about the position in the body, with its region and line.

    Remote must be about the job (see :func:`parse_workplace`); hybrid and
    onsite count on a short or labelled line, or with a word about the
    position ("This is an on-site role"), so a duty such as "provide on-site
    support" is not taken for the workplace. A hybrid or onsite line for which
    ``passed_over`` is true is not read either (it is asked only of those lines).

    >>> find_workplace([(3, "Collaborate with remote teams."), (5, "This role is fully remote (EU).")])
    ('remote', 'EU', 5)
    """
    for line, text in lines:
        workplace, region = parse_workplace(text)
        if workplace is None:
            continue
        if workplace != "remote" and passed_over is not None and passed_over(text):
            continue
        if workplace == "remote" or _is_value_line(text) or _ABOUT_THE_POSITION.search(text):
            return workplace, region, line
    return None


def _says_remote(folded: str) -> bool:
    """Whether ``folded`` (a location or a sentence, lower_like_ignorecase) says the job itself is remote."""
    without_negations = _NOT_REMOTE.blank(folded)
    if _INTENSIFIED_REMOTE.search(without_negations):
        return True
    cleaned = _NOT_ABOUT_THE_JOB.blank(without_negations)
    if _REMOTE_AT_START.search(cleaned) or _REMOTE_AS_VALUE.search(cleaned) or _REMOTE.search(cleaned):
        return True
    return not cleaned.isascii() and _REMOTE_IN_OTHER_SCRIPTS.search(cleaned) is not None


def _is_value_line(text: str) -> bool:
    """'On-site', 'Hybrid | Berlin', 'Berlin (hybrid)', 'Workplace: onsite' — a value rather than a sentence."""
    value = _LABEL.sub("", text, count=1)
    return (
        value != text
        or len(value.split()) <= 3
        or " | " in value
        or " · " in value
        or " • " in value
        or _HYBRID.match(lower_like_ignorecase(value.lstrip(" -*•")))
        or _ONSITE.match(lower_like_ignorecase(value.lstrip(" -*•")))
    )


def _applicant_region(text: str) -> str | None:
    """Where remote applicants must be, as written ('EU time zones', 'US only', 'Germany')."""
    for match in _REGION_AFTER_REMOTE.finditer(text):
        for group in ("paren", "dash", "within"):
            found = match.group(group)
            if found:
                region = _region_phrase(found)
                if region:
                    return region
    anywhere = _REGION_ANYWHERE.search(text)
    if anywhere:
        region = _region_phrase(anywhere.group("within"))
        if region:
            return region
    based = _BASED_IN.search(text)
    if based:
        region = _region_phrase(text[based.end() :])
        if region:
            return region
    before = _REGION_BEFORE_REMOTE.search(text)
    if before and _is_country_or_region_name(before.group("before")):
        return before.group("before").strip()
    return None


def _region_phrase(text: str) -> str | None:
    """The leading comma-separated parts of ``text`` that name places."""
    text = _REGION_END.split(text, maxsplit=1)[0].strip()
    based = _BASED_IN.search(text)
    if based:
        text = text[based.end() :]
    kept: list[str] = []
    for part in text.split(","):
        if not _looks_like_region(part):
            break
        kept.append(part.strip().strip("\"'“”‘’"))
    region = ", ".join(kept).strip().strip("\"'“”‘’").rstrip(".").strip()
    return region or None


def _looks_like_region(text: str) -> bool:
    """A region word ('EU', 'time zones', 'only') or a place name."""
    text = text.strip()
    return 0 < len(text) <= 60 and bool(
        _REGION_WORDS.search(text) or _CASED_NAME.search(text) or _PLACE_NAME.search(_fold(text))
    )


def _is_country_or_region_name(text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    if _REGION_WORDS.fullmatch(text) or text in _CASED_COUNTRY:
        return True
    kind = _PLACES.get(_fold(text))
    return kind is not None and kind[0] == "country"


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# Country names in English, German, French, Spanish, Portuguese, Italian and
# Dutch, by ISO 3166-1 alpha-2 code. Accents and case do not matter.
COUNTRY_NAMES: dict[str, str] = {
    "AE": "United Arab Emirates|Vereinigte Arabische Emirate|Émirats arabes unis|Emiratos Árabes Unidos|"
    "Emirados Árabes Unidos|Emirati Arabi Uniti|Verenigde Arabische Emiraten",
    "AM": "Armenia|Armenien|Arménie|Armênia|Arménia|Armenië",
    "AR": "Argentina|Argentinien|Argentine|Argentinië",
    "AT": "Austria|Österreich|Oesterreich|Autriche|Áustria|Oostenrijk",
    "AU": "Australia|Australien|Australie|Austrália|Australië",
    "AZ": "Azerbaijan|Aserbaidschan|Azerbaïdjan|Azerbaiyán|Azerbaijão|Azerbaigian|Azerbeidzjan",
    "BA": "Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnien und Herzegowina|Bosnie-Herzégovine|"
    "Bosnia y Herzegovina|Bósnia e Herzegovina|Bosnia ed Erzegovina|Bosnië en Herzegovina|Bosnia",
    "BD": "Bangladesh|Bangladesch",
    "BE": "Belgium|Belgien|Belgique|Bélgica|Belgio|België",
    "BG": "Bulgaria|Bulgarien|Bulgarie|Bulgária|Bulgarije",
    "BO": "Bolivia|Bolivien|Bolivie|Bolívia",
    "BR": "Brazil|Brasilien|Brésil|Brasil|Brasile|Brazilië",
    "BY": "Belarus|Weißrussland|Biélorussie|Bielorrusia|Bielorrússia|Bielorussia|Wit-Rusland",
    "CA": "Canada|Kanada|Canadá",
    "CH": "Switzerland|Schweiz|Suisse|Suiza|Suíça|Svizzera|Zwitserland",
    "CL": "Chile|Chili|Cile",
    "CN": "China|Chine|Cina|People's Republic of China",
    "CO": "Colombia|Kolumbien|Colombie|Colômbia",
    "CR": "Costa Rica",
    "CY": "Cyprus|Zypern|Chypre|Chipre|Cipro",
    "CZ": "Czech Republic|Czechia|Tschechien|Tschechische Republik|République tchèque|Tchéquie|República Checa|"
    "Chequia|República Tcheca|Chéquia|Repubblica Ceca|Cechia|Tsjechië",
    "DE": "Germany|Deutschland|Allemagne|Alemania|Alemanha|Germania|Duitsland|Federal Republic of Germany",
    "DK": "Denmark|Dänemark|Danemark|Dinamarca|Danimarca|Denemarken",
    "DO": "Dominican Republic|Dominikanische Republik|République dominicaine|República Dominicana|"
    "Repubblica Dominicana|Dominicaanse Republiek",
    "EC": "Ecuador|Équateur|Equador",
    "EE": "Estonia|Estland|Estonie|Estônia|Estónia",
    "EG": "Egypt|Ägypten|Égypte|Egipto|Egito|Egitto|Egypte",
    "ES": "Spain|Spanien|Espagne|España|Espanha|Spagna|Spanje",
    "FI": "Finland|Finnland|Finlande|Finlandia|Finlândia",
    "FR": "France|Frankreich|Francia|França|Frankrijk",
    "GB": "United Kingdom|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Vereinigtes Königreich|"
    "Großbritannien|Grossbritannien|Royaume-Uni|Reino Unido|Regno Unito|Verenigd Koninkrijk|Groot-Brittannië|"
    "Angleterre|Inglaterra|Inghilterra|Engeland|Schottland|Écosse|Escocia|Escócia|Scozia|Schotland|Gran Bretaña|"
    "Grande-Bretagne|Gran Bretagna|Grã-Bretanha",
    "GH": "Ghana|Gana",
    "GR": "Greece|Griechenland|Grèce|Grecia|Grécia|Griekenland",
    "GT": "Guatemala",
    "HK": "Hong Kong|Hongkong",
    "HR": "Croatia|Kroatien|Croatie|Croacia|Croácia|Croazia|Kroatië",
    "HU": "Hungary|Ungarn|Hongrie|Hungría|Hungria|Ungheria|Hongarije",
    "ID": "Indonesia|Indonesien|Indonésie|Indonésia|Indonesië",
    "IE": "Ireland|Irland|Irlande|Irlanda|Ierland|Republic of Ireland",
    "IL": "Israel|Israël|Israele",
    "IN": "India|Indien|Inde|Índia|Indië",
    "IS": "Iceland|Islande|Islandia|Islândia|Islanda|IJsland",
    "IT": "Italy|Italien|Italie|Italia|Itália|Italië",
    "JP": "Japan|Japon|Japón|Japão|Giappone",
    "KE": "Kenya|Kenia|Quênia|Quénia",
    "KR": "South Korea|Republic of Korea|Korea|Südkorea|Corée du Sud|Corea del Sur|Coreia do Sul|Corea del Sud|"
    "Zuid-Korea",
    "KZ": "Kazakhstan|Kasachstan|Kazajistán|Cazaquistão|Kazakistan|Kazachstan",
    "LK": "Sri Lanka",
    "LT": "Lithuania|Litauen|Lituanie|Lituania|Lituânia|Litouwen",
    "LU": "Luxembourg|Luxemburg|Luxemburgo|Lussemburgo",
    "LV": "Latvia|Lettland|Lettonie|Letonia|Letônia|Letónia|Lettonia|Letland",
    "MA": "Morocco|Marokko|Maroc|Marruecos|Marrocos|Marocco",
    "MT": "Malta|Malte",
    "MX": "Mexico|México|Mexiko|Mexique|Messico",
    "MY": "Malaysia|Malaysie|Malasia|Malásia|Malesia|Maleisië",
    "NG": "Nigeria|Nigéria",
    "NL": "Netherlands|The Netherlands|Nederland|Holland|Niederlande|Pays-Bas|Países Bajos|Países Baixos|"
    "Paesi Bassi|Holanda|Olanda|Hollande",
    "NO": "Norway|Norwegen|Norvège|Noruega|Norvegia|Noorwegen",
    "NZ": "New Zealand|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Nova Zelândia|Nuova Zelanda|Nieuw-Zeeland",
    "PA": "Panama|Panamá",
    "PE": "Peru|Pérou|Perú",
    "PH": "Philippines|Philippinen|Filipinas|Filippine|Filipijnen",
    "PK": "Pakistan|Paquistán|Paquistão",
    "PL": "Poland|Polen|Pologne|Polonia|Polônia|Polónia",
    "PT": "Portugal|Portogallo",
    "PY": "Paraguay|Paraguai",
    "QA": "Qatar|Katar",
    "RO": "Romania|Rumänien|Roumanie|Rumania|Roménia|Romênia|Roemenië",
    "RS": "Serbia|Serbien|Serbie|Sérvia|Servië",
    "RU": "Russia|Russland|Russie|Rusia|Rússia|Rusland|Russian Federation",
    "SA": "Saudi Arabia|Saudi-Arabien|Arabie saoudite|Arabia Saudita|Arábia Saudita|Saoedi-Arabië",
    "SE": "Sweden|Schweden|Suède|Suecia|Suécia|Svezia|Zweden",
    "SG": "Singapore|Singapur|Singapour|Singapura",
    "SI": "Slovenia|Slowenien|Slovénie|Eslovenia|Eslovênia|Eslovénia|Slovenië",
    "SK": "Slovakia|Slowakei|Slovaquie|Eslovaquia|Eslováquia|Slovacchia|Slowakije",
    "TH": "Thailand|Thaïlande|Tailandia|Tailândia|Thailandia",
    "TN": "Tunisia|Tunesien|Tunisie|Túnez|Tunísia|Tunesië",
    "TR": "Turkey|Türkiye|Türkei|Turquie|Turquía|Turquia|Turchia|Turkije",
    "TW": "Taiwan|Taïwan",
    "UA": "Ukraine|Ucrania|Ucrânia|Ucraina|Oekraïne",
    "US": "United States|United States of America|Vereinigte Staaten|États-Unis|Estados Unidos|Stati Uniti|"
    "Verenigde Staten|New England",
    "UY": "Uruguay|Uruguai",
    "VE": "Venezuela",
    "VN": "Vietnam|Viet Nam|Việt Nam|Vietnã",
    "ZA": "South Africa|Südafrika|Afrique du Sud|Sudáfrica|África do Sul|Sudafrica|Zuid-Afrika",
}
# Names that belong to two countries: resolved by a city next to them, else unknown.
AMBIGUOUS_NAMES: dict[str, tuple[str, ...]] = {"Georgia": ("GE", "US")}
# Short forms that are only country names in capitals ("US", not "contact us").
CASED_COUNTRY_NAMES: dict[str, str] = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "UK": "GB",
    "U.K.": "GB",
    "UAE": "AE",
    "U.A.E.": "AE",
    "KSA": "SA",
    "NZ": "NZ",
    "DC": "US",
    "D.C.": "US",
    "NYC": "US",
}

# US states (Georgia is ambiguous, see above), Canadian provinces and
# territories, Australian states and a few well-known regions.
US_STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "",  # the name Georgia is also a country: see AMBIGUOUS_NAMES
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}
# Canadian provinces and territories and Australian states: abbreviation
# ("" when it is left out: NL and SK are also the Netherlands and Slovakia,
# NT and WA are taken twice) → (country, names).
PROVINCES: tuple[tuple[str, str, str], ...] = (
    ("ON", "CA", "Ontario"),
    ("QC", "CA", "Quebec|Québec"),
    ("BC", "CA", "British Columbia"),
    ("AB", "CA", "Alberta"),
    ("MB", "CA", "Manitoba"),
    ("NS", "CA", "Nova Scotia"),
    ("NB", "CA", "New Brunswick"),
    ("PE", "CA", "Prince Edward Island"),
    ("YT", "CA", "Yukon"),
    ("NU", "CA", "Nunavut"),
    ("", "CA", "Saskatchewan|Newfoundland|Newfoundland and Labrador|Northwest Territories"),
    ("NSW", "AU", "New South Wales"),
    ("VIC", "AU", ""),
    ("QLD", "AU", "Queensland"),
    ("TAS", "AU", "Tasmania"),
    ("ACT", "AU", "Australian Capital Territory"),
    ("", "AU", "Western Australia|South Australia|Northern Territory"),
)
# Brazilian states, written as codes after a city ("Recife, PE", "Florianópolis, SC").
BRAZILIAN_STATES = "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split()
# Regions of other countries that are often written instead of the country.
OTHER_REGIONS: dict[str, str] = {
    "DE": "Bavaria|Bayern|Baden-Württemberg|Nordrhein-Westfalen|North Rhine-Westphalia|Hessen|Hesse|Niedersachsen|"
    "Lower Saxony|Sachsen|Saxony",
    "ES": "Catalonia|Cataluña|Catalunya|Andalusia|Andalucía|Basque Country|País Vasco|Euskadi",
    "FR": "Île-de-France|Auvergne-Rhône-Alpes|Provence-Alpes-Côte d'Azur|Occitanie|Bretagne|Brittany",
    "IT": "Lombardy|Lombardia|Lombardei|Piedmont|Piemonte|Tuscany|Toscana|Lazio|Emilia-Romagna|Veneto",
    "GB": "Greater London|Greater Manchester",
    "NL": "North Holland|Noord-Holland|South Holland|Zuid-Holland|Noord-Brabant",
}

# Well-known cities whose name belongs to one country. Names shared by big
# places in two countries are left out (Cambridge, Portland, Valencia,
# Birmingham, Hamilton, Perth, Newcastle, Richmond, Kingston, San José,
# Córdoba, Guadalajara, Santiago, Victoria, Halifax, Hyderabad, Lagos …).
# An explicit country, state or province beats a city ("London, Ontario",
# "Paris, TX").
CITIES: dict[str, str] = {
    "AE": "Dubai|Abu Dhabi|Sharjah",
    "AR": "Buenos Aires|Mendoza",
    "AT": "Vienna|Wien|Viena|Graz|Linz|Salzburg|Innsbruck|Klagenfurt",
    "AU": "Sydney|Melbourne|Brisbane|Adelaide|Canberra|Gold Coast",
    "BA": "Sarajevo",
    "BD": "Dhaka",
    "BE": "Brussels|Bruxelles|Brussel|Brüssel|Bruselas|Bruxelas|Bruxelles|Antwerp|Antwerpen|Anvers|Amberes|Anversa|"
    "Ghent|Gent|Gand|Leuven|Louvain|Liège|Luik|Lüttich|Bruges|Brugge|Namur|Charleroi|Mechelen",
    "BG": "Sofia|Plovdiv|Varna",
    "BR": "São Paulo|Rio de Janeiro|Belo Horizonte|Porto Alegre|Curitiba|Brasília|Recife|Florianópolis|"
    "Campinas|Fortaleza|Manaus|Goiânia",
    "BY": "Minsk",
    "CA": "Toronto|Ottawa|Vancouver|Montreal|Montréal|Calgary|Edmonton|Winnipeg|Quebec City|Québec City|Mississauga|"
    "Kitchener",
    "CH": "Zurich|Zürich|Zuerich|Geneva|Genève|Genf|Ginevra|Ginebra|Genebra|Basel|Bâle|Basilea|Bern|Berne|"
    "Lausanne|Lucerne|Luzern|Lugano|Zug|Winterthur|St. Gallen",
    "CL": "Santiago de Chile|Valparaíso",
    "CN": "Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu",
    "CO": "Bogotá|Medellín|Barranquilla",
    "CY": "Nicosia|Limassol",
    "CZ": "Prague|Praha|Prag|Brno|Ostrava",
    "DE": "Berlin|Munich|München|Muenchen|Hamburg|Frankfurt|Frankfurt am Main|Cologne|Köln|Koeln|Stuttgart|"
    "Düsseldorf|Duesseldorf|Leipzig|Dresden|Hanover|Hannover|Nuremberg|Nürnberg|Nuernberg|Bremen|Essen|"
    "Dortmund|Bonn|Mannheim|Karlsruhe|Heidelberg|Aachen|Münster|Potsdam|Wiesbaden|Mainz|Darmstadt|Kiel|"
    "Rostock|Regensburg|Augsburg|Ingolstadt|Wolfsburg|Jena|Erlangen|Bielefeld|Bochum|Duisburg|Göttingen|"
    "Braunschweig|Kassel",
    "DK": "Copenhagen|København|Kopenhagen|Copenhague|Aarhus|Århus|Odense",
    "EE": "Tallinn|Tartu",
    "EG": "Cairo|Kairo|Le Caire|El Cairo",
    "ES": "Madrid|Barcelona|Seville|Sevilla|Bilbao|Málaga|Zaragoza|Alicante|Murcia|Vigo|A Coruña|San Sebastián|"
    "Donostia|Pamplona|Valladolid|Las Palmas",
    "FI": "Helsinki|Helsingfors|Espoo|Tampere|Oulu",
    "FR": "Paris|Lyon|Marseille|Toulouse|Nantes|Strasbourg|Straßburg|Montpellier|Bordeaux|Lille|Rennes|Grenoble|"
    "Sophia Antipolis|Rouen|Toulon|Reims|Dijon|Angers|Clermont-Ferrand|Aix-en-Provence",
    "GB": "London|Leeds|Manchester|Liverpool|Bristol|Edinburgh|Glasgow|Cardiff|Belfast|Sheffield|Nottingham|"
    "Oxford|Coventry|Milton Keynes|Londres|Londra|Londen",
    "GH": "Accra",
    "GR": "Athens|Athen|Athènes|Atenas|Atene|Thessaloniki",
    "HK": "Kowloon",
    "HR": "Zagreb",
    "HU": "Budapest|Debrecen",
    "ID": "Jakarta|Bandung|Surabaya",
    "IE": "Dublin|Cork|Galway|Limerick",
    "IL": "Tel Aviv|Jerusalem|Haifa",
    "IN": "Bangalore|Bengaluru|Mumbai|Bombay|Chennai|Madras|Pune|New Delhi|Delhi|Gurgaon|Gurugram|Noida|Kolkata|"
    "Calcutta|Ahmedabad|Jaipur|Chandigarh|Coimbatore|Indore|Trivandrum|Thiruvananthapuram",
    "IS": "Reykjavik|Reykjavík",
    "IT": "Rome|Roma|Rom|Milan|Milano|Mailand|Milán|Milão|Turin|Torino|Turín|Naples|Napoli|Neapel|Florence|"
    "Firenze|Florenz|Florencia|Bologna|Genoa|Genova|Genua|Venice|Venezia|Venedig|Venise|Verona|Padua|Padova|"
    "Pisa|Trieste|Bari|Palermo|Catania|Trento|Bergamo|Brescia|Modena|Parma|Cagliari",
    "JP": "Tokyo|Tokio|Osaka|Kyoto|Yokohama|Nagoya|Fukuoka",
    "KE": "Nairobi",
    "KR": "Seoul|Busan",
    "LK": "Colombo",
    "LT": "Vilnius|Kaunas",
    "LV": "Riga",
    "MA": "Casablanca|Rabat",
    "MT": "Valletta",
    "MX": "Mexico City|Ciudad de México|CDMX|Monterrey|Tijuana|Puebla",
    "MY": "Kuala Lumpur|Penang",
    "NG": "Abuja",
    "NL": "Amsterdam|Rotterdam|The Hague|Den Haag|'s-Gravenhage|La Haye|Utrecht|Eindhoven|Groningen|Leiden|Delft|"
    "Haarlem|Nijmegen|Tilburg|Breda|Arnhem|Maastricht|Enschede|Zwolle|Amersfoort|Almere|Apeldoorn|Hilversum",
    "NO": "Oslo|Trondheim|Stavanger",
    "NZ": "Auckland|Wellington|Christchurch",
    "PE": "Lima",
    "PH": "Manila|Makati|Cebu",
    "PK": "Karachi|Lahore|Islamabad",
    "PL": "Warsaw|Warszawa|Warschau|Varsovie|Varsovia|Kraków|Krakow|Cracow|Krakau|Cracovie|Wrocław|Wroclaw|"
    "Breslau|Gdańsk|Gdansk|Poznań|Poznan|Łódź|Lodz|Katowice|Szczecin|Lublin",
    "PT": "Lisbon|Lisboa|Lissabon|Lisbonne|Porto|Oporto|Braga|Coimbra|Aveiro",
    "QA": "Doha",
    "RO": "Bucharest|București|Bucuresti|Bukarest|Cluj-Napoca|Cluj|Iași|Iasi|Timișoara|Timisoara|Brașov|Brasov",
    "RS": "Belgrade|Beograd|Belgrad|Novi Sad",
    "RU": "Moscow|Moskau|Moscou|Moscú|Mosca",
    "SA": "Riyadh|Jeddah",
    "SE": "Stockholm|Gothenburg|Göteborg|Malmö|Malmo|Uppsala",
    "SI": "Ljubljana",
    "SK": "Bratislava|Košice|Kosice",
    "TH": "Bangkok|Chiang Mai",
    "TR": "Istanbul|İstanbul|Ankara|Izmir|İzmir",
    "TW": "Taipei|Hsinchu",
    "UA": "Kyiv|Kiev|Lviv|Kharkiv|Odesa",
    "US": "New York City|San Francisco|Los Angeles|Chicago|Boston|Seattle|Austin|Denver|Atlanta|Miami|Dallas|"
    "Houston|Philadelphia|Phoenix|San Diego|Pittsburgh|Minneapolis|Detroit|Nashville|Salt Lake City|Raleigh|"
    "Baltimore|Las Vegas|Orlando|Tampa|St. Louis|Saint Louis|Kansas City|Sacramento|Palo Alto|Mountain View|"
    "Menlo Park|Sunnyvale|Cupertino|Redmond|Brooklyn|Manhattan|Boulder|Ann Arbor|San Antonio|Silicon Valley|"
    "Bay Area|San Francisco Bay Area",
    "GE": "Tbilisi",
    "UY": "Montevideo",
    "VE": "Caracas",
    "VN": "Ho Chi Minh City|Saigon|Hanoi|Da Nang",
    "ZA": "Johannesburg|Cape Town|Durban|Pretoria",
}


def _fold(text: str) -> str:
    """Lower case without accents ('Zürich' → 'zurich'), so spellings meet."""
    if text.isascii():  # nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _places_table() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Folded name → (kind, candidate codes); kind is country, region, city or ambiguous."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}

    def add(kind: str, names: str, codes: tuple[str, ...]) -> None:
        for name in names.split("|"):
            if name:
                table.setdefault(_fold(name), (kind, codes))

    for code, names in COUNTRY_NAMES.items():
        add("country", names, (code,))
    for name, codes in AMBIGUOUS_NAMES.items():
        add("ambiguous", name, codes)
    for names in US_STATES.values():
        add("region", names, ("US",))
    for _abbreviation, code, names in PROVINCES:
        add("region", names, (code,))
    for code, names in OTHER_REGIONS.items():
        add("region", names, (code,))
    for code, names in CITIES.items():
        add("city", names, (code,))
    return table


def _longest_of(names: Iterable[str]) -> str:
    """A pattern for the longest of ``names`` that fits, shaped as a trie of their characters.

    'a|ab|abc' tried in turn costs one comparison per name at every position;
    'a(?:b(?:c)?)?' costs one per character, and the regex engine, greedy,
    still tries the longest name first and backs off to shorter ones.
    """
    trie: dict[str, dict[str, Any]] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_PLACES = _places_table()
_PLACE_NAME = re.compile(r"(?<!\w)(?:" + _longest_of(_PLACES) + r")(?!\w)")
_CASED_COUNTRY = CASED_COUNTRY_NAMES
_CASED_NAME = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(CASED_COUNTRY_NAMES, key=len, reverse=True)) + r")(?![\w])"
)
_COUNTRY_CODES = frozenset(COUNTRY_NAMES) | {"GE"}


def _code_meanings() -> dict[str, frozenset[str]]:
    """What a code may stand for: a country, a US state, a province or a Brazilian state."""
    meanings: dict[str, set[str]] = {code: {code} for code in _COUNTRY_CODES}
    for code in US_STATES:
        meanings.setdefault(code, set()).add("US")
    for code, country, _names in PROVINCES:
        if code:
            meanings.setdefault(code, set()).add(country)
    for code in BRAZILIAN_STATES:
        meanings.setdefault(code, set()).add("BR")
    return {code: frozenset(found) for code, found in meanings.items()}


_CODE_MEANINGS = _code_meanings()
# A code in a code's position: after a comma or bracket, or standing alone.
_CODE = re.compile(r"(?:^\s*|(?P<after>[,(])\s*)(?P<code>[A-Z]{2,3})\s*[\"'”’.]*\s*(?=$|[,)])")
_PLACE_SPLIT = re.compile(r"[/|;•·\n]|\s[-–—]\s|(?<!\s)\s+(?:or|oder|ou)\s+", re.IGNORECASE)


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the one country ``text`` names or implies, else None.

    A country name (in seven languages), a clear code ("Berlin, DE"), a US
    state ("Austin, TX"), a Canadian province or a well-known city all count;
    several countries, regions such as "EU" and unknown places give None.

    >>> country_code("Vienna / Austria / Anywhere")
    'AT'
    >>> country_code("Austin, TX")
    'US'
    >>> country_code("London, Ontario")
    'CA'
    >>> country_code("Remote (EU time zones)") is None
    True
    """
    found = {code for place in _PLACE_SPLIT.split(text) if (code := _place_country(place)) is not None}
    return found.pop() if len(found) == 1 else None


def _place_country(place: str) -> str | None:
    """The country of one place ("Berlin, DE", "London, Ontario"), when it is clear."""
    definite: set[str] = {_CASED_COUNTRY[m.group()] for m in _CASED_NAME.finditer(place)}
    ambiguous: list[tuple[tuple[str, ...], str | None]] = []
    cities: set[str] = set()
    for match in _PLACE_NAME.finditer(_fold(place)):
        kind, candidates = _PLACES[match.group()]
        if kind == "city":
            cities.update(candidates)
        elif kind == "ambiguous":
            ambiguous.append((candidates, None))
        else:
            definite.update(candidates)
    for match in _CODE.finditer(place):
        code, after_city = match.group("code"), match.group("after") == ","
        meanings = _CODE_MEANINGS.get(code, frozenset())
        if len(meanings) == 1:
            definite.update(meanings)
        elif meanings:
            ambiguous.append((tuple(sorted(meanings)), _default_meaning(code, meanings, after_city)))
    if definite:
        return definite.pop() if len(definite) == 1 else None
    if ambiguous:
        resolved = {_resolve(candidates, default, cities) for candidates, default in ambiguous}
        return resolved.pop() if len(resolved) == 1 else None
    return cities.pop() if len(cities) == 1 else None


def _default_meaning(code: str, meanings: frozenset[str], after_city: bool) -> str | None:
    """What an ambiguous code means when no city decides: a US state or Canadian province after
    a city ("Wilmington, DE"), the country when it stands alone ("DE"), else unknown."""
    if not after_city:
        return code if code in meanings else None
    for country in ("US", "CA"):
        if country in meanings:
            return country
    return None


def _resolve(candidates: tuple[str, ...], default: str | None, cities: set[str]) -> str | None:
    agreeing = cities.intersection(candidates)
    if len(agreeing) == 1:
        return agreeing.pop()
    return default

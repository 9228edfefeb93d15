"""Work authorisation: visa sponsorship, citizenship asked for, and the right to work in a country.

"Visa sponsorship available" and "we cannot sponsor" set ``sponsorship``;
"must be a US citizen" and "EU citizenship" set ``citizenship_required``;
"the right to work in the UK" and "a valid work permit for Switzerland" set
``right_to_work``. Countries are ISO 3166-1 alpha-2 codes, the EU is 'EU'.
The statements may be spread over several lines; they are gathered.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import WorkAuthorization
from ..text import CaselessPattern, LiteralGate, lower_like_ignorecase
from .location import country_code

__all__ = ["AUTHORIZATION_KEYWORDS", "find_work_authorization", "parse_work_authorization"]

AUTHORIZATION_KEYWORDS = (
    "visa", "visum", "visto", "wiz", "sponsor", "patrocin", "parrain", "citizen", "nationals", "staatsang",
    "staatsbürger", "nationalit", "nacionalid", "medborgar", "cittadin", "cidadan", "obywatel", "right to work",
    "eligib", "authori", "permit", "arbeitserlaubnis", "arbeitsgenehmigung", "aufenthalt", "autorisation",
    "permis de travail", "permiso de trabajo", "werkvergunning", "arbetstillstånd", "permesso di", "autorização",
    "pozwoleni", "kennismigrant", "green card", "h-1b", "h1b", "werkvisum", "tewerkstelling",
)  # fmt: skip

# No sponsorship: looked for first, as the positive phrases are inside some of these.
_NO_SPONSORSHIP = CaselessPattern(
    r"(?:unable to|cannot|can't|can not|do not|don't|does not|doesn't|will not|won't|are not able to|not able to|"
    r"is not able to|not in a position to) (?:\w+ ){0,3}?(?:sponsor|provide (?:visa )?sponsorship|offer (?:visa )?"
    r"sponsorship|support (?:visa|work permit))|"
    r"\bno (?:visa |immigration |work permit )?sponsorship|sponsorship\W{1,3}(?:is )?not (?:available|offered|provided|"
    r"possible)|not (?:eligible|available) for (?:visa )?sponsorship|"
    r"without (?:the need for |requiring |need of )?(?:current or future |future |any )?(?:visa |employer |"
    r"immigration )?sponsorship|(?:now or in the future|currently or in the future) require sponsorship|"
    r"kein(?:e)? (?:visa-?unterstützung|visum|visumsunterstützung|sponsoring)|können (?:kein(?:e)?|leider keine) "
    r"(?:visa|visum|arbeitserlaubnis)|"
    r"(?:pas de|aucun|sans) (?:parrainage|sponsoring|sponsorisation)|ne (?:pouvons|peut) pas (?:parrainer|sponsoriser)|"
    r"no (?:ofrecemos|podemos ofrecer|gestionamos) (?:patrocinio|visado|visados)|sin (?:patrocinio|visado)|"
    r"(?:geen|kunnen geen) (?:visum(?:sponsoring|aanvraag)?|sponsoring|werkvergunning)|"
    r"(?:kan|kunna) inte (?:erbjuda|sponsra)|ingen (?:visum|sponsring)|"
    r"non (?:offriamo|possiamo offrire|forniamo) (?:sponsorizzazione|visto|visti)|"
    r"não (?:oferecemos|podemos oferecer) (?:patrocínio|visto)|"
    r"nie (?:zapewniamy|oferujemy|sponsorujemy) (?:wizy|sponsoringu)"
)
_SPONSORSHIP = CaselessPattern(
    r"visa sponsorship|sponsorship (?:is )?(?:available|offered|possible|provided)|(?:we|will|can|do|happy to|"
    r"able to) (?:\w+ )?sponsor(?: your| a| the| work| visas?| h-?1b)?|sponsor (?:visas?|work permits?)|"
    r"visa (?:support|assistance|help)|(?:help|support|assistance) with (?:your |the )?(?:visa|work permit|"
    r"relocation and visa)|relocation and visa|h-?1b (?:sponsorship|transfer)|"
    r"visa-?unterstützung|unterstütz\w* (?:dich |sie |euch )?(?:beim|bei der|bei dem) (?:visum|visa|arbeitserlaubnis)|"
    r"visumsunterstützung|"
    r"parrainage (?:de )?visa|sponsoring (?:de )?visa|accompagnement (?:pour le |au )?visa|prise en charge du visa|"
    r"patrocinio (?:de|del) (?:visa|visado)|(?:ayuda|apoyo) (?:con|en) (?:el|la)? ?(?:visado|visa|permiso de trabajo)|"
    r"visumsponsoring|(?:erkend )?referent (?:voor )?kennismigranten|kennismigrantenregeling|"
    r"hulp bij (?:je |de )?(?:visum|verblijfsvergunning)|"
    r"hjälp med (?:visum|arbetstillstånd)|sponsring av (?:visum|arbetstillstånd)|"
    r"sponsorizzazione (?:del |per il )?visto|supporto per (?:il )?visto|"
    r"patrocínio (?:de|do) visto|apoio (?:com|no) (?:o )?visto|"
    r"pomoc w (?:uzyskaniu )?(?:wizy|pozwolenia na pracę)|sponsoring wizy"
)
# Citizenship: the phrase, then the country or region it names (nationality words included).
_CITIZENSHIP = CaselessPattern(
    r"(?:must|should|need to|have to) (?:be|hold) (?:an? )?(?P<a>[\w.\s/-]{2,25}?) (?:citizen|national)s?\b|"
    r"(?P<b>[\w.\s/-]{2,25}?) (?:citizenship|citizens only|nationals only|nationality)(?: is)?"
    r"(?: required| only| mandatory| needed)?|"
    r"citizenship (?:of|in) (?:the )?(?P<c>[\w.\s-]{2,25})|only (?P<p>[\w.]{2,10}) (?:citizens|nationals)\b|"
    r"(?<![\w-])(?P<d>\w{1,30}) staatsangehörigkeit|staatsbürgerschaft (?:eines )?(?P<e>[\w-]{1,30})|"
    r"(?<![\w-])(?P<f>[\w-]{1,30}) staatsbürgerschaft|nationalité (?P<g>\w{1,30})|nacionalidad (?P<h>\w{1,30})|"
    r"(?<![\w-])(?P<i>\w{1,30}) nationaliteit|nationaliteit van (?:een )?(?P<j>[\w-]{1,30})|"
    r"(?<![\w-])(?P<k>\w{1,30}) medborgarskap|medborgarskap i (?:ett )?(?P<l>[\w-]{1,30})|cittadinanza (?P<m>\w{1,30})|"
    r"cidadania (?P<n>\w{1,30})|obywatelstwo (?P<o>\w{1,30})"
)
_CITIZENSHIP_GROUPS = tuple("abcdefghijklmnop")
# Nationality words and short forms that name a country or the EU.
NATIONALITIES: dict[str, str] = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "american": "US", "united states": "US", "us/uk": "",
    "uk": "GB", "u.k.": "GB", "u.k": "GB", "british": "GB", "united kingdom": "GB",
    "eu": "EU", "e.u.": "EU", "european": "EU", "eu/eea": "EU", "eea": "EU", "european union": "EU",
    "eu-": "EU", "eu-mitgliedstaates": "EU", "eu-landes": "EU", "europea": "EU", "européenne": "EU",
    "europese": "EU", "eu-land": "EU", "eu-lidstaat": "EU", "europeo": "EU", "europeia": "EU",
    "unijne": "EU", "ue": "EU", "australian": "AU", "australia": "AU", "canadian": "CA", "canada": "CA",
    "deutsche": "DE", "german": "DE", "deutschen": "DE", "française": "FR", "francaise": "FR", "french": "FR",
    "española": "ES", "espanola": "ES", "spanish": "ES", "nederlandse": "NL", "dutch": "NL", "svenskt": "SE",
    "swedish": "SE", "italiana": "IT", "italian": "IT", "portuguesa": "PT", "portuguese": "PT", "polskie": "PL",
    "polish": "PL", "sverige": "SE", "polsce": "PL", "polska": "PL", "norge": "NO", "danmark": "DK",
    "new zealand": "NZ", "irish": "IE", "swiss": "CH", "schweizer": "CH", "suisse": "CH",
}  # fmt: skip
# The right to work in a country, or a permit for it. ("eligib" and "authori[sz]" take at most 30 more
# letters: with '\w*' a search read the rest of a long word again from each one inside it, quadratic.)
_RIGHT_TO_WORK = CaselessPattern(
    r"(?:right|eligib\w{0,30}|authori[sz]\w{0,30}|legally (?:able|allowed|entitled)|entitled|permitted|allowed) "
    r"to work "
    r"(?:(?:full[- ]time |permanently |legally )?(?:in|within|for) )(?:the )?(?P<a>[\w\s.-]{2,30}?)(?=$|[.,;:)(]|"
    r" (?:without|and|or|is|are|at|as|from|on|now|to|prior)\b)|"
    r"(?:work permit|work visa|working visa|work authori[sz]ation) (?:for|in) (?:the )?(?P<b>[\w\s.-]{2,30}?)"
    r"(?=$|[.,;:)(]| (?:is|and|or|without)\b)|"
    r"arbeits(?:erlaubnis|genehmigung) (?:für|in) (?:die |der |den )?(?P<c>[\w-]+)|"
    r"(?:autorisation de travail|permis de travail|droit de travailler) (?:en|au|aux|pour la|pour le) "
    r"(?P<d>[\w-]+)|"
    r"(?:permiso de trabajo|autorización para trabajar) (?:en|para) (?P<e>[\w-]+)|"
    r"(?:werkvergunning|tewerkstellingsvergunning) (?:voor|in) (?P<f>[\w-]+)|"
    r"arbetstillstånd (?:i|för) (?P<g>[\w-]+)|"
    r"(?:permesso di lavoro|autorizzazione a lavorare) (?:in|per) (?:l')?(?P<h>[\w-]+)|"
    r"(?:autorização de trabalho|autorização para trabalhar) (?:em|no|na|para) (?P<i>[\w-]+)|"
    r"pozwoleni\w* na pracę (?:w|na terenie) (?P<j>[\w-]+)"
)
_RIGHT_TO_WORK_GROUPS = tuple("abcdefghij")
# Their patterns scan from every character (a place comes before "citizen"); the literals their
# matches hold are found in one pass first.
_CITIZENSHIP_GATE = LiteralGate([_CITIZENSHIP])
_RIGHT_TO_WORK_GATE = LiteralGate([_RIGHT_TO_WORK])


def _place(text: str | None) -> str | None:
    """The country code (or 'EU') a nationality word or place name stands for."""
    if not text:
        return None
    words = text.strip(" .").lower()
    for candidate in (words, words.split()[-1] if words.split() else words, words.removeprefix("a ")):
        code = NATIONALITIES.get(candidate)
        if code is not None:
            return code or None
    for prefix in ("eu", "e.u."):
        if words.startswith(prefix + " ") or words.startswith(prefix + "/") or words.startswith(prefix + "-"):
            return "EU"
    return country_code(text.strip(" ."))


def _first_place(pattern: CaselessPattern, gate: LiteralGate, groups: tuple[str, ...], text: str) -> str | None:
    if not gate.candidates(lower_like_ignorecase(text)):  # most lines: none of the pattern's words
        return None
    for match in pattern.finditer(text):
        for group in groups:
            place = _place(match.group(group))
            if place is not None:
                return place
    return None


def parse_work_authorization(text: str) -> WorkAuthorization | None:
    """What one text says about work authorisation, else None.

    >>> parse_work_authorization("We are unable to offer visa sponsorship.").sponsorship
    False
    >>> parse_work_authorization("You must have the right to work in the UK.").right_to_work
    'GB'
    >>> parse_work_authorization("Must be a US citizen").citizenship_required
    'US'
    """
    stripped = text.strip()
    sponsorship: bool | None = None
    if _NO_SPONSORSHIP.search(stripped):
        sponsorship = False
    elif _SPONSORSHIP.search(stripped):
        sponsorship = True
    citizenship = _first_place(_CITIZENSHIP, _CITIZENSHIP_GATE, _CITIZENSHIP_GROUPS, stripped)
    right = _first_place(_RIGHT_TO_WORK, _RIGHT_TO_WORK_GATE, _RIGHT_TO_WORK_GROUPS, stripped)
    if sponsorship is None and citizenship is None and right is None:
        return None
    return WorkAuthorization(
        sponsorship=sponsorship, citizenship_required=citizenship, right_to_work=right, text=stripped
    )


def find_work_authorization(lines: Iterable[tuple[int, str]]) -> tuple[WorkAuthorization, int] | None:
    """Every statement on work authorisation in the body, merged (the first one of each kind), with the first line."""
    merged: WorkAuthorization | None = None
    first_line = 0
    for line, text in lines:
        found = parse_work_authorization(text)
        if found is None:
            continue
        if merged is None:
            merged, first_line = found, line
            continue
        merged = WorkAuthorization(
            sponsorship=merged.sponsorship if merged.sponsorship is not None else found.sponsorship,
            citizenship_required=merged.citizenship_required or found.citizenship_required,
            right_to_work=merged.right_to_work or found.right_to_work,
            text=f"{merged.text} / {found.text}",
        )
    return None if merged is None else (merged, first_line)

"""Security clearance: the level asked for, normalised where the scheme is known.

Known schemes: the UK's (BPSS, CTC, SC, DV), the US's (Public Trust,
Confidential, Secret, Top Secret, TS/SCI; a polygraph is noted apart) and
Australia's (Baseline, NV1, NV2, PV). Elsewhere the level is kept as
written ("Ü2", "habilitation secret défense", "säkerhetsklass 2"). Short
names that are also other words ("SC", "DV", "CTC" — also cost to company —,
"Secret", "PV") count only beside a word about clearance or vetting.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import SecurityClearance
from ..text import CaselessPattern

__all__ = ["CLEARANCE_KEYWORDS", "CLEARANCE_LEVELS", "find_security_clearance", "parse_security_clearance"]

CLEARANCE_KEYWORDS = (
    "clearance", "cleared", "vetting", "vetted", "bpss", "nv1", "nv2", "ts/sci", "top secret", "polygraph",
    "public trust", "sicherheitsüberpr", "sicherheitsfreigabe", "ü1", "ü2", "ü3", "habilitation", "habilitable",
    "habilitación", "acreditación de seguridad", "veiligheidsonderzoek", "verklaring van geen bezwaar",
    "säkerhetspr", "säkerhetsklass", "nulla osta", "credenciação", "poświadczeni", "agsva", "secret défense",
)  # fmt: skip

# (normalised level, pattern, needs a clearance word nearby), most specific first.
CLEARANCE_LEVELS: tuple[tuple[str, str, bool], ...] = (
    ("US TS/SCI", r"ts\s*/\s*sci|top secret\s*/\s*sci|ts-sci|top secret sci", False),
    ("US Top Secret", r"top secret|\bts\b(?! ?/)", False),
    ("US Secret", r"\bsecret\b(?! d[ée]fense)", True),
    ("US Confidential", r"\bconfidential\b", True),
    ("US Public Trust", r"public trust", False),
    ("US DOE Q", r"\bdoe q\b|\bq clearance\b|\bq-cleared\b", False),
    ("UK DV", r"\be?dv\b|developed vetting", True),
    ("UK SC", r"\bsc\b|security check(?:ed)?\b", True),
    ("UK CTC", r"\bctc\b|counter[- ]terrorist check", True),
    ("UK BPSS", r"\bbpss\b|baseline personnel security standard", False),
    ("AU NV2", r"\bnv2\b|negative vetting (?:level )?2", False),
    ("AU NV1", r"\bnv1\b|negative vetting (?:level )?1", False),
    ("AU PV", r"\bpv\b|positive vetting", True),
    ("AU Baseline", r"baseline (?:security )?(?:clearance|vetting)|agsva baseline", False),
)
_LEVELS = tuple((name, CaselessPattern(pattern), near) for name, pattern, near in CLEARANCE_LEVELS)
# "(security) clearance", "cleared", "vetting", and the words for it in other languages.
_CLEARANCE_WORD = CaselessPattern(
    r"clearances?|cleared|clearable|vetting|vetted|security check|agsva|"
    r"sicherheitsüberprüfung|sicherheitsfreigabe|sicherheitsbescheid|"
    r"habilitation|habilitable|habilitation (?:secret|confidentiel) défense|"
    r"habilitación de seguridad|acreditación de seguridad|"
    r"veiligheidsonderzoek|verklaring van geen bezwaar|\bvgb\b|"
    r"säkerhetsprövning|säkerhetsklass(?:ad|ning)?|"
    r"nulla osta di sicurezza|\bnos\b|abilitazione di sicurezza|"
    r"credenciação de segurança|"
    r"poświadczeni\w* bezpieczeństwa"
)
# A level written after the word in other schemes ("Ü2", "säkerhetsklass 2", "secret défense").
_OTHER_LEVEL = CaselessPattern(
    r"\bü\s?[123]\b|säkerhetsklass \d|(?:secret|confidentiel|très secret) défense|"
    r"nulla osta di sicurezza|\bnos\b|veiligheidsonderzoek (?:a|b|c)\b"
)
_ANY_LEVEL = CaselessPattern(
    r"poświadczeni\w* bezpieczeństwa|security clearance|sicherheitsüberprüfung|habilitation|"
    r"habilitación de seguridad|acreditación de seguridad|veiligheidsonderzoek|säkerhetsprövning|"
    r"credenciação de segurança|verklaring van geen bezwaar"
)
_POLYGRAPH = CaselessPattern(r"polygraph|\bpoly\b|lügendetektor|polygraphe|polígrafo|poligrafo|wariograf")
_PREFERRED = CaselessPattern(
    r"preferred|desirable|desired|a plus|nice to have|ideally|bonus|advantage|von vorteil|wünschenswert|"
    r"un plus|un atout|souhaitable|se valorará|deseable|valorable|pluspunt|een pré|bij voorkeur|meriterande|"
    r"costituisce titolo preferenziale|gradit[oa]|preferibile|desejável|diferencial|mile widziane"
)
_SPONSORED = CaselessPattern(
    r"(?:we|will|can|able to|happy to) (?:\w+ )?sponsor|sponsor(?:ship)? (?:for |of )?(?:your |the |a )?"
    r"(?:security )?clearance|clearance sponsorship|(?:eligible|able) to (?:obtain|gain|achieve|be granted)|"
    r"eligible for|ability to obtain|"
    r"willing(?:ness)? to (?:obtain|undergo|be vetted)|"
    r"bereitschaft zur sicherheitsüberprüfung|habilitable|dispuest[oa] a obtener|bereid (?:om )?te worden gescreend|"
    r"villig att genomgå"
)
_NOT_SPONSORED = CaselessPattern(
    r"(?:cannot|can't|unable to|will not|won't|do not|don't) (?:\w+ )?sponsor|no (?:clearance )?sponsorship|"
    r"(?:active|current|existing|live|valid) (?:\w+ ){0,3}?(?:clearance|vetting)|already (?:hold|have)|"
    r"must (?:already )?(?:hold|have) (?:an? )?(?:active|current)"
)
_NEAR = 40  # characters around a short level name searched for a clearance word


def _level(text: str) -> tuple[str, str | None] | None:
    """(level as written, normalised) of the first known level in ``text``, else the level of another scheme."""
    for name, pattern, needs_word in _LEVELS:
        for match in pattern.finditer(text):
            window = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
            if needs_word and not _CLEARANCE_WORD.search(window):
                continue
            return _as_written(text, match.start(), match.end()), name
    if not _CLEARANCE_WORD.search(text):
        return None
    specific = _OTHER_LEVEL.search(text)
    if specific is not None:
        return text[specific.start() : specific.end()], None
    generic = _ANY_LEVEL.search(text)
    if generic is None or not text[generic.end() :].strip(" :*-–"):
        return None  # "Security clearance:" alone is a label whose value is elsewhere
    return text[generic.start() : generic.end()], None


def _as_written(text: str, start: int, end: int) -> str:
    """The level with a following 'with (full scope) polygraph' or 'clearance' it is written with."""
    tail = CaselessPattern(r"(?:\s+(?:with|w/|and)\s+(?:a\s+)?(?:full[- ]scope\s+|ci\s+|fs\s+)?poly(?:graph)?)")
    found = tail.match(text[end:])
    return text[start : end + (found.end() if found else 0)].strip()


def parse_security_clearance(text: str) -> SecurityClearance | None:
    """The clearance one text asks for, else None.

    >>> parse_security_clearance("Active TS/SCI with polygraph required").normalised
    'US TS/SCI'
    >>> parse_security_clearance("Must be eligible for SC clearance").sponsored
    True
    >>> parse_security_clearance("Experience with SC and DV") is None
    True
    """
    stripped = text.strip()
    found = _level(stripped)
    if found is None:
        return None
    level, normalised = found
    sponsored: bool | None = None
    if _NOT_SPONSORED.search(stripped):
        sponsored = False
    elif _SPONSORED.search(stripped):
        sponsored = True
    return SecurityClearance(
        level=level,
        normalised=normalised,
        polygraph=_POLYGRAPH.search(stripped) is not None,
        required=_PREFERRED.search(stripped) is None,
        sponsored=sponsored,
        text=stripped,
    )


def find_security_clearance(
    lines: Iterable[tuple[int, str]], preferred_lines: frozenset[int] = frozenset()
) -> tuple[SecurityClearance, int] | None:
    """The first clearance the body asks for, with its line; one on a preferred qualification's line is preferred."""
    for line, text in lines:
        clearance = parse_security_clearance(text)
        if clearance is not None:
            if line in preferred_lines and clearance.required:
                clearance = clearance.model_copy(update={"required": False})
            return clearance, line
    return None

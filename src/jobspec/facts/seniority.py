"""Seniority: intern, junior, mid, senior, lead, principal, manager, director or executive.

Read from the title first ("Sr. Data Engineer", "Head of Sales",
"Werkstudent", "Stagiaire"), where the highest level named wins ("Senior
Engineering Manager" is a manager); else from the duties ("manage a team of
6", "Personalverantwortung für 12 Mitarbeitende" make a manager); else from
the years of experience the required qualifications ask for. A "Product
Manager" or "Account Manager" manages products and accounts, not people:
those titles give no level by themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import Seniority
from ..text import CaselessPattern

__all__ = [
    "LEVELS",
    "SENIORITY_TITLE_WORDS",
    "seniority_from_duties",
    "seniority_from_title",
    "seniority_from_years",
    "seniority_value",
]

LEVELS: tuple[Seniority, ...] = (
    "intern", "junior", "mid", "senior", "lead", "principal", "manager", "director", "executive",
)  # fmt: skip

# Title words per level, in the languages jobspec reads (lower case, whole words).
SENIORITY_TITLE_WORDS: dict[Seniority, str] = {
    "executive": (
        r"chief \w+ officer|c[etfoimp]o|ciso|cdo|vice[- ]president|s?vp|evp|president|präsident|"
        r"geschäftsführer\w*|vorstand|managing director|general manager|directeur général|directrice générale|"
        r"président|director general|directora general|ceo|algemeen directeur|directeur-bestuurder|"
        r"verkställande direktör|vd|amministratore delegato|direttore generale|diretor geral|presidente|prezes"
    ),
    "director": (
        r"director|directrice|directeur|direktor\w*|directora|diretor\w*|direttore|direttrice|dyrektor\w*|"
        r"head of|head|bereichsleit\w*|abteilungsleit\w*|leiter\w* (?:der|des|für)|leitung|hoofd|afdelingshoofd|"
        r"chef de service|responsable de département|jefe de departamento|jefa de departamento|"
        r"avdelningschef|responsabile di (?:area|divisione)|kierownik działu"
    ),
    "manager": (
        r"(?<!product )(?<!project )(?<!program )(?<!programme )(?<!account )(?<!community )(?<!content )"
        r"(?<!case )(?<!campaign )(?<!social media )(?<!category )(?<!brand )(?<!marketing )(?<!success )"
        r"(?<!relationship )(?<!partner )(?<!office )(?<!property )(?<!release )(?<!scrum )(?<!data )"
        r"manager\w*|teamleit\w*|teamleider|gruppenleit\w*|chef d'équipe|responsable d'équipe|"
        r"jefe de equipo|jefa de equipo|gerente|gestor de equipo|teammanager|enhetschef|teamchef|"
        r"capo ?reparto|responsabile del team|kierownik|menedżer"
    ),
    "principal": r"principal(?! investigator)|distinguished|chief (?:engineer|architect|scientist)",
    "lead": (
        r"lead(?! gen\w*)|staff(?= (?:\w+ )?(?:engineer|scientist|developer|designer|architect|analyst|researcher))|"
        r"tech lead|team lead|leader|lider|líder|technical lead|lead developer|"
        r"referente tecnico|tech ?lead"
    ),
    "senior": (
        r"senior|sr\.?|snr|sen\.|erfahren\w*|confirmée?|expérimentée?|sénior|sênior|experimentad[oa]|ervaren|"
        r"senior(?:utvecklare|konsult|ingenjör|projektledare|rådgivare|developer|berater)|"
        r"seniore|starszy|starsza"
    ),
    "mid": r"mid|mid-level|mid-senior|intermediate|medior|regular|confirmado|pleno",
    "junior": (
        r"junior|júnior|jr\.?|jun\.|graduate|grad|entry[- ]level|débutante?|berufseinsteiger\w*|einsteiger\w*|"
        r"principiante|młodszy|młodsza|beginnend|starter|nyutexaminerad|neolaureat[oi]|recém-formad[oa]"
    ),
    "intern": (
        r"intern|interns|internship|co-?op|trainee|praktikant\w*|praktikum|werkstudent\w*|working student|"
        r"stagiaire|stage|alternan\w*|apprenti\w*|becari[oa]|prácticas|pasant\w*|stagiair\w*|afstudeerstage|"
        r"praktikant|praktik|stagista|tirocin\w*|estagiári[oa]|estágio|stażyst\w*|praktykant\w*|staż|"
        r"apprentice\w*|auszubildende\w*|azubi|ausbildung"
    ),
}
_TITLE_PATTERNS = tuple(
    (level, CaselessPattern(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])")) for level, words in SENIORITY_TITLE_WORDS.items()
)
# Duties that make the job a people manager's. ((?<!\d): a search tries a number of direct reports from
# its first digit only; from each digit of a long run it read the rest of the run again, quadratic.)
_MANAGES_PEOPLE = CaselessPattern(
    r"(?:manage|managing|lead|leading|build and lead|supervise|supervising|oversee)\s+(?:and \w+ )?(?:a |the |our )?"
    r"(?:growing |small |cross-functional |distributed )?team (?:of|with) (?:\d+|\w+)|"
    r"(?:(?<!\d)\d+|several|multiple) direct reports|people management|line management|line manage|"
    r"personalverantwortung|disziplinarische führung|führung (?:eines|des) teams|führst (?:ein|das) team|"
    r"leitest (?:ein|das) team|encadre[rz]? (?:une|l'|votre) équipe|encadrement d'une équipe|management d'équipe|"
    r"manager une équipe|gestionar (?:un|el) equipo|liderar (?:un|el) equipo|dirigir (?:un|el) equipo|"
    r"leiding geven aan|leidinggeven aan|personeelsverantwoordelijkheid|"
    r"personalansvar|leda (?:ett|teamet)|gestire (?:un|il) team|coordinare (?:un|il) team|"
    r"gerir (?:uma|a) equipa|gerenciar (?:uma|a) equipe|liderar (?:uma|a) equipe|zarządzanie zespołem"
)
_JUNIOR_YEARS, _SENIOR_YEARS = 2.0, 5.0
# Words one of which every phrase of _MANAGES_PEOPLE holds.
_TEAM_WORD = CaselessPattern(
    r"team|report|management|manage|personal|führ|équipe|equip|leiding|ansvar|zespoł|leda|gestire"
)

FRONT_MATTER_VALUES: dict[str, Seniority] = {
    "entry": "junior", "entry level": "junior", "entry-level": "junior", "associate": "junior",
    "mid-level": "mid", "mid level": "mid", "mid-senior": "mid", "intermediate": "mid", "experienced": "senior",
    "internship": "intern", "head": "director", "vp": "executive", "c-level": "executive", "executive": "executive",
}  # fmt: skip


def seniority_from_title(title: str) -> Seniority | None:
    """The highest level the title names, else None.

    >>> seniority_from_title("Senior Engineering Manager (m/w/d)")
    'manager'
    >>> seniority_from_title("Sr. Product Manager"), seniority_from_title("Werkstudent Data Analytics")
    ('senior', 'intern')
    >>> seniority_from_title("Lead Generation Specialist") is None
    True
    """
    found: Seniority | None = None
    for level, pattern in _TITLE_PATTERNS:
        if (found is None or LEVELS.index(level) > LEVELS.index(found)) and pattern.search(title):
            found = level
    return found


def seniority_from_duties(lines: Iterable[tuple[int, str]]) -> tuple[Seniority, int] | None:
    """'manager' with the line of the first duty that manages people, else None."""
    for line, text in lines:
        if _TEAM_WORD.search(text) and _MANAGES_PEOPLE.search(text):
            return "manager", line
    return None


def seniority_from_years(years: float | None) -> Seniority | None:
    """The level that a minimum of years of experience suggests: under 2 junior, under 5 mid, else senior."""
    if years is None:
        return None
    if years < _JUNIOR_YEARS:
        return "junior"
    return "mid" if years < _SENIOR_YEARS else "senior"


def seniority_value(value: Any) -> Seniority | None:
    """A front matter value ('Senior', 'Entry level', 'Mid-Senior level') as a level."""
    if not isinstance(value, str) or not value.strip():
        return None
    folded = value.strip().lower().removesuffix(" level").strip()
    if folded in LEVELS:
        return folded
    if folded in FRONT_MATTER_VALUES:
        return FRONT_MATTER_VALUES[folded]
    return seniority_from_title(value)

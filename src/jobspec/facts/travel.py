"""Travel: whether the job involves it, and how much ('up to 25% travel').

A line counts when it speaks of the job's travel: a share of time ("travel
up to 25%", "Reisetätigkeit bis zu 30 %"), a requirement ("willingness to
travel", "déplacements fréquents") or its absence ("no travel required").
Travel that is paid for or reimbursed ("travel allowance", "Fahrtkosten")
is a benefit, not travel the job asks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Travel
from ..text import CaselessPattern, phrase_pattern

__all__ = ["TRAVEL_KEYWORDS", "find_travel", "parse_travel", "works_elsewhere"]

TRAVEL_KEYWORDS = (
    "travel", "trip", "reise", "dienstreis", "déplacement", "deplacement", "voyage", "viaj", "desplazamiento",
    "reizen", "reisbereid", "att resa", "resor", "resande", "viaggi", "trasfert", "viage", "deslocaç", "podróż",
    "podroz", "wyjazd", "delegacj", "on the road",
)  # fmt: skip
# Words without which a line speaks neither of travel nor of work at others' places.
_ELSEWHERE_KEYWORDS = (*TRAVEL_KEYWORDS, "client", "customer", "partner", "kunde", "klant", "kunder", "cliente",
                       "klient")  # fmt: skip
_ELSEWHERE_HINT = CaselessPattern(phrase_pattern(_ELSEWHERE_KEYWORDS))

_TRAVEL_WORD = (
    r"travel(?:l?ing|l?ed)?|trips?|business trips?|reisen|reisetätigkeit(?:en)?|reisebereitschaft|dienstreisen|"
    r"reiseanteil|déplacements?|deplacements?|voyages?|viajes?|viajar|desplazamientos?|reizen|reistijd|"
    r"reisbereidheid|resor|resande|resa|viaggi|trasferte|viagens|viajar|deslocações|deslocacoes|podróże|"
    r"podróży|wyjazdy|delegacje"
)
# "up to 25% travel", "travel: 10-20%", "Reisetätigkeit (ca. 20 %)", "25 % de déplacements".
_PERCENT_NEAR = CaselessPattern(
    rf"(?:{_TRAVEL_WORD})\D{{0,40}}?(?P<a>\d{{1,3}})(?:\s*(?:-|–|to|bis|à|a|tot)\s*\d{{1,3}})?\s*"
    rf"(?:%|percent|per cent|prozent|pour ?cent|por ciento|procent)"
    rf"|(?P<b>\d{{1,3}})\s*(?:%|percent|per cent|prozent|procent)\s*(?:-\s*\d{{1,3}}\s*%\s*)?"
    rf"(?:(?:of|de|van|av|di|do|des|der)\s+(?:the\s+)?(?:time\s+)?)?(?:\w+\s+){{0,2}}?(?:{_TRAVEL_WORD})"
)
_RANGE_END = re.compile(r"(\d{1,3})\s*(?:-|–|to|bis|à|a|tot)\s*(\d{1,3})\s*%")
# Travel is not part of the job.
_NO_TRAVEL = CaselessPattern(
    r"\bno (?:travel|business travel|trips)|travel (?:is )?not (?:required|expected|needed)|"
    r"\bwithout (?:any )?travel|does not (?:require|involve) (?:any )?travel|"
    r"keine (?:reisetätigkeit|reisen|dienstreisen)|ohne reisetätigkeit|"
    r"(?:pas de|aucun) déplacements?|sans déplacements?|"
    r"sin viajes|no (?:requiere|implica) viajar|"
    r"geen reizen|geen reistijd|"
    r"inga resor|utan resor|"
    r"nessuna trasferta|senza trasferte|"
    r"sem viagens|não (?:exige|requer) viagens|"
    r"bez (?:podróży|wyjazdów|delegacji)"
)
# Travel is part of the job.
_TRAVEL_REQUIRED = CaselessPattern(
    r"travel (?:is |will be |may be )?(?:required|expected|needed|necessary|involved)|"
    r"(?:willing(?:ness)? to|able to|ability to|prepared to|happy to|must|will|need to|expect to|you'll|"
    r"required to) (?:\w+ )?travel|"
    r"(?:frequent|regular|occasional|some|international|national|domestic|extensive|limited|overnight) "
    r"(?:business )?travel|travel(?:ling)? (?:up to|to (?:clients?|customers?|sites?|our))|"
    r"reisebereitschaft|reisetätigkeit|dienstreisen|bereitschaft zu reisen|reiseanteil|"
    r"déplacements? (?:fréquents?|réguliers?|ponctuels?|à prévoir|occasionnels?|en france|nationaux)|"
    r"(?:mobilité|disponibilité) (?:géographique|pour (?:des )?déplacements?)|"
    r"(?:disponibilidad|disposición) (?:para|a) viajar|viajes (?:frecuentes|nacionales|internacionales|ocasionales)|"
    r"reisbereidheid|bereid (?:om )?(?:\w+ )?te reizen|(?:regelmatig|af en toe) reizen|"
    r"resor (?:förekommer|ingår|i tjänsten)|beredd att resa|resande i tjänsten|"
    r"disponibilità (?:a|alle) (?:viaggiare|trasferte)|trasferte (?:frequenti|in italia|all'estero)|"
    r"disponibilidade para (?:viajar|viagens)|viagens (?:frequentes|regulares)|"
    r"gotowość do (?:podróży|wyjazdów)|wyjazdy służbowe|częste (?:podróże|wyjazdy|delegacje)"
)
# Travel paid for: a benefit, not a requirement.
_TRAVEL_PAID = CaselessPattern(
    r"travel (?:allowance|budget|expenses|costs|insurance|reimbursement|stipend|card|pass)|"
    r"(?:reimburs\w+|covered|paid|cover) (?:\w+ ){0,2}travel|reisekosten|fahrtkosten|frais de (?:déplacement|voyage)|"
    r"gastos de viaje|reiskosten|reisvergoeding|reseersättning|rimborso|ajudas de custo|zwrot kosztów"
)
# Work done at other people's places ("on-site work at our partner agencies"): travel, not the workplace.
_ELSEWHERE = CaselessPattern(
    r"(?:at|to|in) (?:the |our |your )?(?:client|customer|partner)s?'? ?(?:sites?|premises|locations|offices|"
    r"agencies|facilities|homes)|(?:client|customer|partner)[- ](?:sites?|visits?|premises|locations|agencies)|"
    r"bei (?:unseren |den )?(?:kunden|partnern)|beim kunden|vor ort (?:beim|bei) kunden|"
    r"chez (?:nos |les )?(?:clients|partenaires)|en (?:casa|las instalaciones) del? (?:cliente|clientes)|"
    r"bij (?:de |onze )?klant(?:en)?|hos (?:kunder|kunden)|presso (?:i |il )?client[ie]|"
    r"(?:no|nas) instalações do cliente|u klienta|u klientów"
)


def _percent(text: str) -> float | None:
    match = _PERCENT_NEAR.search(text)
    if match is None:
        return None
    span = text[match.start() : match.end() + 8]
    ranged = _RANGE_END.search(span)
    value = float(ranged.group(2)) if ranged else float(match.group("a") or match.group("b"))
    return value if 0 <= value <= 100 else None


def parse_travel(text: str) -> Travel | None:
    """The travel a text states, else None.

    >>> parse_travel("Travel up to 25% of the time")
    Travel(required=True, percent_max=25.0, text='Travel up to 25% of the time')
    >>> parse_travel("Keine Reisetätigkeit").required
    False
    >>> parse_travel("Travel allowance of €50 a month") is None
    True
    """
    stripped = text.strip()
    if _NO_TRAVEL.search(stripped):
        return Travel(required=False, percent_max=0.0, text=stripped)
    percent = _percent(stripped)
    if percent is not None:
        return Travel(required=percent > 0, percent_max=percent, text=stripped)
    if _TRAVEL_PAID.search(stripped):
        return None
    if _TRAVEL_REQUIRED.search(stripped):
        return Travel(required=True, text=stripped)
    return None


def find_travel(lines: Iterable[tuple[int, str]]) -> tuple[Travel, int] | None:
    """The first line of the body that states travel, with its line."""
    for line, text in lines:
        travel = parse_travel(text)
        if travel is not None:
            return travel, line
    return None


def works_elsewhere(text: str) -> bool:
    """Whether ``text`` speaks of travel or of work at clients' or partners' places (not the workplace).

    >>> works_elsewhere("Regular on-site work at our partner agencies")
    True
    """
    if _ELSEWHERE_HINT.search(text) is None:
        return False
    return _ELSEWHERE.search(text) is not None or parse_travel(text) is not None

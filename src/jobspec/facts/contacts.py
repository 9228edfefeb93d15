"""Contacts: people or addresses to ask about the job, with checked e-mail addresses and phone numbers.

A body line counts when it speaks of contact ("Questions? Write to …",
"Ansprechpartnerin: …", "Contact : …", "Tel.: …") and holds an e-mail
address or a phone number; a line that only says where to send an
application ("Send your CV to jobs@…") is the application, not a contact,
and neither is the address of the apply link.
E-mail addresses are checked for a valid form. Phone numbers are validated
and written in E.164 (``phone_e164``) by the ``phonenumbers`` library when it
is installed (``pip install "jobspec-md[phone]"``); without it they are kept as
written, when they have the number of digits of a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from ..models import Contact, Provenance
from ..text import CaselessPattern

__all__ = ["CONTACT_KEYWORDS", "contacts_in_front_matter", "find_contacts", "holds_an_email", "valid_email"]

CONTACT_KEYWORDS = (
    "@", "tel.", "tel:", "tel ", "phone", "telefon", "téléphone", "teléfono", "telefoon", "telefono", "telefone",
    "bel ", "call ", "ring ", "appelez", "llám", "chiama", "zadzwo", "ansprech", "contact", "kontakt", "question",
    "queries", "enquir", "inquir", "fragen", "rückfragen", "auskunft", "vragen", "frågor", "domande", "dudas",
    "preguntas", "consultas", "dúvidas", "perguntas", "pytania", "renseignement", "recruiter", "reach out",
    "get in touch", "talk to", "speak to", "speak with", "interlocut", "referente", "upplysningar",
)  # fmt: skip

CONTACT_KEYS = (
    "contact", "contacts", "contact_person", "contact_email", "contact_phone", "recruiter", "hiring_manager",
    "ansprechpartner", "contactpersoon", "kontakt", "email", "phone",
)  # fmt: skip

# Words that make a line about contacting someone.
_CONTACT_CUE = CaselessPattern(
    r"contact|questions?|queries|enquir|inquir|reach out|get in touch|talk to|speak (?:to|with)|recruiter|"
    r"hiring manager|informal|ansprechpartner\w*|kontakt\w*|fragen|rückfragen|auskunft|auskünfte|"
    r"interlocut\w*|contactez|renseignements?|contacto|dudas|preguntas|consultas|contactpersoon|vragen|"
    r"informatie|kontaktperson|frågor|upplysningar|referente|domande|informazioni|contatto|dúvidas|"
    r"perguntas|pytania|osoba kontaktowa|informacji|\btel\b|\btel\.|phone|telefon\w*|téléphone|teléfono|\bbel\b|"
    r"\bcall\b|\bring\b|appelez|llámanos|llama|chiama|zadzwoń|"
    r"telefoon|telefono"
)
# Role words before or after a name: "Recruiter Jane Doe", "Jane Doe (Talent Acquisition)".
_ROLE = CaselessPattern(
    r"recruiter|talent (?:acquisition|partner)(?: \w+)?|hiring manager|hr (?:manager|business partner|team)|"
    r"people (?:partner|team)|team lead|head of \w+|ansprechpartner\w*|personalreferent\w*|recruiterin|"
    r"chargée? de recrutement|responsable (?:rh|du recrutement)|reclutador\w*|técnic[oa] de selección|"
    r"recruiter|hr-adviseur|rekryterare|rekryteringsansvarig|responsabile (?:hr|risorse umane)|"
    r"recrutador\w*|rekruter\w*"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+%-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}", re.UNICODE)
# Used whole (fullmatch); the look-behind makes a search start only where a local part does (from
# inside a long run of "1." it read the rest again from each character: quadratic).
_VALID_EMAIL = re.compile(
    r"(?<![A-Za-z0-9!#$%&'*+/=?^_`{|}~.-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ().\-/]{5,20}\d(?![\w])")
_CAPITALISED = r"(?<![\w'’-])[A-ZÀ-ÞŁŚŻŹĆ][\w'’-]{1,40}(?![\w'’-])"
# A run of capitalised words, with the particles of names between them ("Piet de Vries").
_NAME = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Frau|Herr|Mme|Sr|Sra|Dhr|Mevr)\.?\s+)?"
    rf"{_CAPITALISED}(?:\s+(?:(?:van|von|de|der|den|da|del|di|la|le|ter)\s+){{0,2}}{_CAPITALISED})+"
)
_NOT_NAMES = frozenset(
    "questions contact please send email phone write reach get talk hiring talent human people job apply "
    "bei fragen wende kontakt ansprechpartner ansprechpartnerin pour contactez para contacto voor vragen "
    "vid frågor per domande em caso w razie bel mail call ring write e-mail bellen schreib ruf appelez escribe "
    "llama ring skriv scrivi chiama ligue zadzwoń napisz".split()
)
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_DIGITS = re.compile(r"\d")


def holds_an_email(text: str) -> bool:
    """Whether ``text`` holds an e-mail address, as :func:`find_contacts` finds them.

    >>> holds_an_email("Send your CV to jobs@acme.example."), holds_an_email("Use @mentions")
    (True, False)
    """
    return "@" in text and _EMAIL.search(text) is not None  # most texts: the pattern is not tried


def valid_email(address: str) -> bool:
    """Whether ``address`` has the form of an e-mail address (ASCII, a dotted domain, a top-level domain of letters).

    >>> valid_email("jane.doe@acme.example"), valid_email("jane@localhost"), valid_email("a..b@x.com")
    (True, False, False)
    """
    return len(address) <= 254 and _VALID_EMAIL.fullmatch(address) is not None


@cache
def _phonenumbers() -> Any:
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def _phone(candidate: str, country: str | None) -> tuple[str, str | None] | None:
    """(as written, E.164 or None) for a phone number, or None when ``candidate`` is not one."""
    digits = sum(char.isdigit() for char in candidate)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return None
    library = _phonenumbers()
    if library is None:
        return candidate, None
    try:
        number = library.parse(candidate, country or ("US" if not candidate.startswith(("+", "00")) else None))
    except library.NumberParseException:
        return None
    if not library.is_valid_number(number):
        return None
    return candidate, library.format_number(number, library.PhoneNumberFormat.E164)


def _name_and_role(text: str) -> tuple[str | None, str | None]:
    role = _ROLE.search(text)
    for match in _NAME.finditer(text):
        words = match.group().split()
        while words and words[0].lower().strip(".,:") in _NOT_NAMES:
            words.pop(0)
        if len(words) >= 2 and not any(word.lower() in _NOT_NAMES for word in words):
            return " ".join(words), text[role.start() : role.end()] if role else None
    return None, text[role.start() : role.end()] if role else None


def contact_in(text: str, provenance: Provenance, country: str | None = None) -> Contact | None:
    """The contact one line gives: name, role, e-mail address and phone number (one of the last two at least)."""
    emails = [address.rstrip(".") for address in _EMAIL.findall(text)]
    email = next((address for address in emails if valid_email(address)), None)
    without_emails = _EMAIL.sub(" ", text)
    phone = next((found for m in _PHONE.finditer(without_emails) if (found := _phone(m.group(), country))), None)
    if email is None and phone is None:
        return None
    name, role = _name_and_role(without_emails)
    return Contact(
        name=name,
        role=role,
        email=email,
        phone=phone[0] if phone else None,
        phone_e164=phone[1] if phone else None,
        provenance=provenance,
    )


def find_contacts(
    lines: Iterable[tuple[int, str]], country: str | None = None, apply_url: str | None = None
) -> list[Contact]:
    """The contacts the body gives, once each, leaving out the application address.

    >>> [c.email for c in find_contacts([(9, "Questions? Write to Jane Doe, jane@acme.example")])]
    ['jane@acme.example']
    >>> find_contacts([(9, "Send your CV to jobs@acme.example")])
    []
    """
    apply_address = apply_url.removeprefix("mailto:").split("?")[0].lower() if apply_url else None
    found: list[Contact] = []
    seen: set[str] = set()
    for line, text in lines:
        if "@" not in text and len(_DIGITS.findall(text)) < _MIN_DIGITS:
            continue  # neither an address nor a phone number
        if not _CONTACT_CUE.search(text):
            continue
        contact = contact_in(text, Provenance(line=line), country)
        if contact is None:
            continue
        key = (contact.email or "").lower() or (contact.phone_e164 or contact.phone or "")
        if key in seen or (contact.email and contact.email.lower() == apply_address and not contact.phone):
            continue
        seen.add(key)
        found.append(contact)
    return found


def contacts_in_front_matter(metadata: Mapping[str, Any], country: str | None = None) -> list[Contact]:
    """Contacts given under a front matter key (a text, a mapping with name/email/phone, or a list of them)."""
    folded = {str(key).casefold(): (str(key), value) for key, value in metadata.items()}
    found: list[Contact] = []
    for alias in CONTACT_KEYS:
        if alias not in folded:
            continue
        key, value = folded[alias]
        for entry in value if isinstance(value, list) else [value]:
            contact = _front_matter_contact(entry, key, country)
            if contact is not None:
                found.append(contact)
    return found


def _front_matter_contact(entry: Any, key: str, country: str | None) -> Contact | None:
    provenance = Provenance(key=key)
    if isinstance(entry, str):
        return contact_in(entry, provenance, country)
    if not isinstance(entry, Mapping):
        return None
    fields = {str(k).casefold(): v for k, v in entry.items()}
    email = str(fields.get("email") or fields.get("mail") or "").strip() or None
    raw_phone = str(fields.get("phone") or fields.get("telephone") or fields.get("tel") or "").strip() or None
    phone = _phone(raw_phone, country) if raw_phone else None
    if email is not None and not valid_email(email):
        email = None
    if email is None and phone is None:
        return None
    name, role = fields.get("name"), fields.get("role") or fields.get("title")
    return Contact(
        name=str(name) if name else None,
        role=str(role) if role else None,
        email=email,
        phone=phone[0] if phone else None,
        phone_e164=phone[1] if phone else None,
        provenance=provenance,
    )

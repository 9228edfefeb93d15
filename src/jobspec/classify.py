"""Stage 5: give each section a kind, from its heading.

Rules, in order:

1. A heading that names a kind through the vocabulary has that kind
   ("What you'll do" → responsibilities); a lead-in line used as a heading
   ("We are looking for someone with:") is read like a lead-in. A role-summary heading ("Job
   summary") is reported as such, but its content is sorted like a neutral one.
2. Otherwise a subsection inherits its parent's kind ("About you" under
   "Qualifications"), unless the parent is about the employer, its benefits
   or applying and one of its subsections names the job or its items; and an
   unknown heading right after an empty sibling of a known kind continues it
   ("About Acme:" then "We build rockets").
3. Otherwise the section is *neutral* (``declared`` is None): its content
   decides, item by item, in :mod:`jobspec.items`.
"""

from __future__ import annotations

import re

from .meaning import lead_in_kind
from .models import SectionKind
from .sections import SectionNode
from .vocabulary import Vocabulary

__all__ = ["classify_sections"]


def classify_sections(roots: list[SectionNode], vocabulary: Vocabulary) -> None:
    """Set ``declared`` and ``kind`` on every section, in place."""
    _classify_siblings(roots, None, vocabulary)


def _classify_siblings(nodes: list[SectionNode], inherited: SectionKind | None, vocabulary: Vocabulary) -> None:
    previous: SectionNode | None = None
    for node in nodes:
        named = vocabulary.heading_kind(node.heading) if node.heading else None
        node.names_a_section = named is not None or (node.heading is not None and vocabulary.is_neutral(node.heading))
        if named is None and node.is_lead_in and node.heading:
            named = lead_in_kind(node.heading, vocabulary)
        if named is SectionKind.QUALIFICATIONS and _offers_under_conditions(node):
            named = SectionKind.BENEFITS
        if named is SectionKind.ROLE_SUMMARY:
            node.declared, node.kind = None, SectionKind.ROLE_SUMMARY
        elif named is not None:
            node.declared, node.kind = named, named
        elif inherited is not None:
            node.declared, node.kind = inherited, inherited
        elif _continues(previous, node, vocabulary):
            assert previous is not None
            node.declared, node.kind = previous.declared, previous.kind
        else:
            neutral = node.heading is not None and vocabulary.is_neutral(node.heading)
            node.declared = None
            node.kind = SectionKind.ROLE_SUMMARY if neutral else SectionKind.OTHER
        _classify_siblings(node.children, _passed_on(node, vocabulary), vocabulary)
        previous = node


def _offers_under_conditions(node: SectionNode) -> bool:
    """Whether a section headed "Conditions of employment" says what the job offers, not what the hire must
    meet: United States public employers list citizenship and background checks under it, Dutch and other
    European universities the salary and the contract ("Doctoral candidates are offered a four-year
    contract …")."""
    if node.heading is None or _CONDITIONS_OF_EMPLOYMENT.search(node.heading) is None:
        return False
    return any(_OFFERED.search(block.markdown) for block in node.blocks)


_CONDITIONS_OF_EMPLOYMENT = re.compile(r"\b(?:conditions?\s+of\s+(?:employment|hire)|employment\s+conditions)\b", re.I)
_OFFERED = re.compile(
    r"\b(?:salary|salaries|pay\s+scale|allowance|pension|holiday|vacation|(?:are|is|be)\s+offered|we\s+offer|"
    r"you\s+(?:will\s+)?receive|contract|gross\s+per|per\s+(?:month|annum|year))\b|[€£$]\s?\d",
    re.I,
)


def _passed_on(node: SectionNode, vocabulary: Vocabulary) -> SectionKind | None:
    """The kind a section's subsections inherit: none from a section about the employer that holds the job's.

    "### About us" then "#### Job description", "#### Requirements" …: a
    heading about the employer (or benefits, or applying) whose subsections
    name the job or its items stands one level too high, so they are its
    siblings, not its parts.
    """
    if node.declared not in _NOT_THE_JOB or not any(_names_the_job(child, vocabulary) for child in node.children):
        return node.declared
    return None


def _names_the_job(node: SectionNode, vocabulary: Vocabulary) -> bool:
    if node.heading is None:
        return False
    return vocabulary.heading_kind(node.heading) in _JOB_KINDS or vocabulary.is_neutral(node.heading)


_NOT_THE_JOB = frozenset({SectionKind.COMPANY, SectionKind.BENEFITS, SectionKind.APPLICATION})
_JOB_KINDS = frozenset(
    {
        SectionKind.RESPONSIBILITIES,
        SectionKind.QUALIFICATIONS,
        SectionKind.PREFERRED_QUALIFICATIONS,
        SectionKind.ROLE_SUMMARY,
    }
)


def _continues(previous: SectionNode | None, node: SectionNode, vocabulary: Vocabulary) -> bool:
    """An unknown heading that follows an empty heading of a known kind at its level."""
    return (
        previous is not None
        and previous.declared is not None
        and not previous.blocks
        and not previous.children
        and previous.level == node.level
        and node.heading is not None
        and not vocabulary.is_neutral(node.heading)
    )

"""Stage 8: the typed models, from the sections, their items and the facts."""

from __future__ import annotations

from typing import Any

from .facts import BasicFacts
from .items import ExtractedItem
from .models import Diagnostic, Item, JobPosting, Qualification, Section, Source
from .sections import SectionNode
from .text import plain_text

__all__ = ["assemble"]


def assemble(
    *,
    roots: list[SectionNode],
    items: dict[int, list[ExtractedItem]],
    facts: BasicFacts,
    front_matter: dict[str, Any],
    body: str,
    diagnostics: list[Diagnostic],
    source: Source,
) -> JobPosting:
    """Build the :class:`JobPosting` that :func:`jobspec.parse` returns."""
    ordered = [item for root in roots for node in root.walk() for item in items.get(id(node), [])]
    return JobPosting(
        title=facts.title,
        company=facts.company,
        location=facts.location,
        employment_type=facts.employment_type,
        date_posted=facts.date_posted,
        summary=facts.summary,
        apply_url=facts.apply_url,
        language=facts.language,
        responsibilities=[_item(i) for i in ordered if i.kind == "responsibility"],
        qualifications=[_qualification(i) for i in ordered if i.kind == "qualification"],
        benefits=[_item(i) for i in ordered if i.kind == "benefit"],
        sections=[_section(root, items) for root in roots],
        front_matter=front_matter,
        body=body,
        diagnostics=diagnostics,
        source=source,
    )


def _item(found: ExtractedItem) -> Item:
    return Item(text=found.text, line=found.line, level=found.level, links=found.links)


def _qualification(found: ExtractedItem) -> Qualification:
    return Qualification(
        text=found.text, line=found.line, level=found.level, links=found.links, required=found.required
    )


def _section(node: SectionNode, items: dict[int, list[ExtractedItem]]) -> Section:
    own: list[Qualification | Item] = [
        _qualification(i) if i.kind == "qualification" else _item(i) for i in items.get(id(node), [])
    ]
    return Section(
        heading=node.heading,
        level=node.level,
        kind=node.kind,
        line=node.line,
        text=_section_text(node),
        items=own,
        subsections=[_section(child, items) for child in node.children],
    )


def _section_text(node: SectionNode) -> str:
    parts: list[str] = []
    for block in node.blocks:
        if block.kind == "list":
            parts.extend(plain_text(entry.markdown) for entry in block.entries)
        else:
            parts.append(plain_text(block.markdown))
    return "\n".join(part for part in parts if part)

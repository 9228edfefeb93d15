"""Stage 8: the typed models, from the sections, their items and the facts.

Every model is validated as usual (pydantic's validation runs in Rust and
costs less than ``model_construct``). Each item is built once: the posting's
lists and its sections hold the same objects.
"""

from __future__ import annotations

from typing import Any

from .facts import Facts, item_facts
from .facts.skills import Taxonomy, match_skills
from .items import ExtractedItem
from .models import Diagnostic, Item, JobPosting, Qualification, Section, Source
from .sections import SectionNode
from .text import plain_text

__all__ = ["assemble"]


def assemble(
    *,
    roots: list[SectionNode],
    items: dict[int, list[ExtractedItem]],
    facts: Facts,
    taxonomy: Taxonomy | None,
    front_matter: dict[str, Any],
    body: str,
    diagnostics: list[Diagnostic],
    source: Source,
) -> JobPosting:
    """Build the :class:`JobPosting` that :func:`jobspec.parse` returns."""
    model_of = {id(i): _model(i) for node_items in items.values() for i in node_items}
    ordered = [item for root in roots for node in root.walk() for item in items.get(id(node), [])]
    responsibilities = [model_of[id(i)] for i in ordered if i.kind == "responsibility"]
    qualifications = [model for model in (model_of[id(i)] for i in ordered) if isinstance(model, Qualification)]
    skills = (
        match_skills(
            taxonomy,
            [(r.text, r.line) for r in responsibilities],
            [(q.text, q.line, q.required) for q in qualifications],
        )
        if taxonomy is not None
        else []
    )
    return JobPosting(
        title=facts.title,
        company=facts.company,
        location=facts.location,
        country=facts.country,
        workplace=facts.workplace,
        applicant_region=facts.applicant_region,
        employment_type=facts.employment_type,
        salary=facts.salary,
        date_posted=facts.date_posted,
        valid_through=facts.valid_through,
        experience_years_min=_experience_floor(qualifications),
        summary=facts.summary,
        apply_url=facts.apply_url,
        language=facts.language,
        responsibilities=responsibilities,
        qualifications=qualifications,
        benefits=[model_of[id(i)] for i in ordered if i.kind == "benefit"],
        skills=skills,
        sections=[_section(root, items, model_of) for root in roots],
        front_matter=front_matter,
        body=body,
        diagnostics=diagnostics,
        source=source,
        provenance=facts.provenance,
    )


def _model(found: ExtractedItem) -> Item | Qualification:
    if found.kind != "qualification":
        return Item(text=found.text, line=found.line, level=found.level, links=found.links)
    experience, education = item_facts(found.text)
    return Qualification(
        text=found.text,
        line=found.line,
        level=found.level,
        links=found.links,
        required=found.required,
        experience=experience,
        education=education,
    )


def _experience_floor(qualifications: list[Qualification]) -> float | None:
    """The smallest stated minimum among required qualifications."""
    minima = [q.experience.years_min for q in qualifications if q.required and q.experience]
    stated = [m for m in minima if m is not None]
    return min(stated) if stated else None


def _section(
    node: SectionNode, items: dict[int, list[ExtractedItem]], model_of: dict[int, Item | Qualification]
) -> Section:
    return Section(
        heading=node.heading,
        level=node.level,
        kind=node.kind,
        line=node.line,
        text=_section_text(node),
        items=[model_of[id(i)] for i in items.get(id(node), [])],
        subsections=[_section(child, items, model_of) for child in node.children],
    )


def _section_text(node: SectionNode) -> str:
    parts: list[str] = []
    for block in node.blocks:
        if block.kind == "list":
            parts.extend(plain_text(entry.markdown) for entry in block.entries)
        else:
            parts.append(plain_text(block.markdown))
    return "\n".join(part for part in parts if part)

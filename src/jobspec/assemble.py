"""Stage 8: the typed models, from the sections, their items and the facts.

The models of the items and facts are validated as usual: for a model of a
few fields, pydantic's validation (in Rust) costs less than
``model_construct`` (1.6 against 2.4 µs for an item, measured). A section is
built with ``model_construct``: its values are jobspec's own, and validating
its list of items, typed as a union of three models, cost 9 µs for ten
items against 3. Each item is built once: the posting's lists and its
sections hold the same objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any, get_args

from .facts import Facts, item_facts
from .facts.benefits import benefit_categories, is_pay_or_hours
from .facts.seniority import seniority_from_duties, seniority_from_years
from .facts.skills import Taxonomy, match_skills
from .items import ExtractedItem
from .models import (
    Benefit,
    BenefitCategory,
    Diagnostic,
    FieldName,
    Item,
    JobPosting,
    Provenance,
    Qualification,
    Section,
    Seniority,
    Source,
)
from .sections import SectionNode
from .text import plain_text
from .vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["assemble"]

_EVERY_FIELD: frozenset[str] = frozenset(get_args(FieldName))


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
    vocabulary: Vocabulary = DEFAULT_VOCABULARY,
    fields: AbstractSet[str] = _EVERY_FIELD,
    not_computed: Sequence[FieldName] = (),
) -> JobPosting:
    """Build the :class:`JobPosting` that :func:`jobspec.parse` returns, with the fields named in ``fields``."""
    items = _asked_items(items, fields)
    model_of = _models(items, vocabulary)
    ordered = _in_posting_order(roots, items)
    responsibilities = [model_of[id(i)] for i in ordered if i.kind == "responsibility"]
    qualifications = [model for model in (model_of[id(i)] for i in ordered) if isinstance(model, Qualification)]
    skills = (
        match_skills(
            taxonomy,
            [(r.text, r.line) for r in responsibilities],
            [(q.text, q.line, q.required) for q in qualifications],
            preferred=vocabulary.preferred_pattern,
            finds_cue=vocabulary.finds_preferred_cue,
        )
        if taxonomy is not None and "skills" in fields
        else []
    )
    conditions = facts.conditions
    experience_floor = _experience_floor(qualifications) if "experience_years_min" in fields else None
    provenance = dict(facts.provenance)
    seniority = conditions.seniority
    if seniority is None and "seniority" in fields:
        seniority = _seniority_from_items(responsibilities, qualifications, provenance)
    clearance = conditions.security_clearance
    if clearance is not None and clearance.required and _on_preferred_line(provenance, qualifications):
        clearance = clearance.model_copy(update={"required": False})
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
        experience_years_min=experience_floor,
        summary=facts.summary,
        apply_url=facts.apply_url,
        language=facts.language,
        responsibilities=responsibilities,
        qualifications=qualifications,
        benefits=[model for model in (model_of[id(i)] for i in ordered) if isinstance(model, Benefit)],
        skills=skills,
        seniority=seniority,
        hours=conditions.hours,
        travel=conditions.travel,
        work_authorization=conditions.work_authorization,
        security_clearance=clearance,
        contacts=conditions.contacts,
        openings=conditions.openings,
        sections=[_section(root, items, model_of) for root in roots],
        front_matter=front_matter,
        body=body,
        diagnostics=[*diagnostics, *facts.diagnostics],
        source=source,
        provenance=provenance,
        not_computed=list(not_computed),
    )


def _in_posting_order(roots: list[SectionNode], items: dict[int, list[ExtractedItem]]) -> list[ExtractedItem]:
    """The items section by section, each section's where its first item stands: a section's paragraphs may
    follow its labelled parts ("**Essential:** …", "**Desirable:** …", then "You will also …")."""
    found = [found for root in roots for node in root.walk() if (found := items.get(id(node)))]
    found.sort(key=lambda section_items: section_items[0].line)
    return [item for section_items in found for item in section_items]


_KIND_OF_FIELD = {"responsibilities": "responsibility", "qualifications": "qualification", "benefits": "benefit"}


def _asked_items(items: dict[int, list[ExtractedItem]], fields: AbstractSet[str]) -> dict[int, list[ExtractedItem]]:
    """The items of the kinds asked for, without the benefit lines that state the salary or the hours."""
    kinds = {kind for name, kind in _KIND_OF_FIELD.items() if name in fields}
    if "benefit" in kinds:
        items = _without_pay_and_hours(items)
    if len(kinds) == len(_KIND_OF_FIELD):
        return items
    return {node: [item for item in node_items if item.kind in kinds] for node, node_items in items.items()}


def _models(items: dict[int, list[ExtractedItem]], vocabulary: Vocabulary) -> dict[int, Item | Qualification]:
    """The model of every item, keyed by the item's id; benefits get their categories in one pass."""
    found = [item for node_items in items.values() for item in node_items]
    benefits = [item for item in found if item.kind == "benefit"]
    category = dict(zip(map(id, benefits), benefit_categories([b.text for b in benefits], vocabulary), strict=True))
    return {id(item): _model(item, category.get(id(item))) for item in found}


def _without_pay_and_hours(items: dict[int, list[ExtractedItem]]) -> dict[int, list[ExtractedItem]]:
    """The items without the benefit lines that state the salary or the hours (they are facts)."""
    return {
        node: [item for item in node_items if item.kind != "benefit" or not is_pay_or_hours(item.text)]
        for node, node_items in items.items()
    }


def _seniority_from_items(
    responsibilities: list[Item], qualifications: list[Qualification], provenance: dict[str, Provenance]
) -> Seniority | None:
    """'manager' when a duty manages people, else the level the fewest years required suggest."""
    from_duties = seniority_from_duties((r.line, r.text) for r in responsibilities)
    if from_duties is not None:
        provenance["seniority"] = Provenance(line=from_duties[1])
        return from_duties[0]
    required = [
        (q.experience.years_min, q.line)
        for q in qualifications
        if q.required and q.experience is not None and q.experience.years_min is not None
    ]
    if not required:
        return None
    years, line = min(required)
    level = seniority_from_years(years)
    if level is not None:
        provenance["seniority"] = Provenance(line=line)
    return level


def _on_preferred_line(provenance: dict[str, Provenance], qualifications: list[Qualification]) -> bool:
    """Whether the clearance was read from the line of a preferred qualification."""
    line = provenance["security_clearance"].line
    return line is not None and any(q.line == line and not q.required for q in qualifications)


def _model(found: ExtractedItem, category: BenefitCategory | None = None) -> Item | Qualification:
    if found.kind == "benefit":
        return Benefit(
            text=found.text, line=found.line, level=found.level, links=found.links, category=category or "other"
        )
    if found.kind != "qualification":
        return Item(text=found.text, line=found.line, level=found.level, links=found.links, signal=found.signal)
    experience, education = item_facts(found.text)
    return Qualification(
        text=found.text,
        line=found.line,
        level=found.level,
        links=found.links,
        signal=found.signal,
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
    # Built without validation: every value is jobspec's own and of the field's type; validating a list
    # typed as a union of item models costs several times what building the section does.
    return Section.model_construct(
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

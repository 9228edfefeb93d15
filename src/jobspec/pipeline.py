"""The whole parse, one stage after another.

::

    bytes/text ─load─▶ text ─split_front_matter─▶ metadata + body
      ─parse_blocks─▶ blocks ─build_sections─▶ section tree ─classify_sections─▶ kinds
      ─find_units─▶ units ─decide_items─▶ items ─collect_facts─▶ facts ─assemble─▶ JobPosting
      ─code_posting─▶ JobPosting with its occupation
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial

from .assemble import assemble
from .blocks import parse_blocks
from .classify import classify_sections
from .errors import InputError, JobspecError, printable_path
from .facts import collect_facts, posting_title
from .facts.skills import Taxonomy, default_taxonomy
from .front_matter import (
    CAMEL_CASE,
    SplitText,
    embedded_body,
    json_safe,
    listed_sections,
    split_front_matter,
    with_page_values,
)
from .items import ExtractedItem, Unit, find_units
from .load import LoadedText, load, read_file
from .meaning import ItemModel, decide_items, default_item_model
from .models import Diagnostic, JobPosting, SectionKind, Source
from .occupations import Classification, code_posting, default_classification
from .options import ITEM_FIELDS, ParseOptions
from .sections import SectionNode, build_sections
from .vocabulary import LISTING_KINDS, Vocabulary

__all__ = ["parse", "parse_file", "warm_up"]

# Options are frozen: the default ones are made once, with the fields they compute (a parse used to make its own).
_DEFAULT_OPTIONS = ParseOptions()


def parse(
    source: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
    strict: bool = False,
    options: ParseOptions | None = None,
) -> JobPosting:
    """Parse one job posting (front matter and Markdown) into a :class:`JobPosting`.

    ``source`` is the posting's text, or its bytes (decoded here). ``path``
    is only used in diagnostics and errors. With ``strict=True`` broken
    front matter raises :class:`~jobspec.errors.FrontMatterError` and an
    empty input :class:`~jobspec.errors.InputError`; otherwise each becomes
    a diagnostic (``front-matter-invalid``, ``empty-input``) and the rest is
    still parsed.

    >>> posting = parse("---\\ntitle: Data Engineer\\n---\\n## You will\\n- Build pipelines\\n")
    >>> posting.title, [item.text for item in posting.responsibilities]
    ('Data Engineer', ['Build pipelines'])
    """
    options = options or _DEFAULT_OPTIONS
    fields = options.computed_fields
    where = printable_path(os.fspath(path)) if path is not None else None
    with_items = not fields.isdisjoint(ITEM_FIELDS)
    read = read_structure(source, path=where, strict=strict, options=options, units=with_items)
    items: dict[int, list[ExtractedItem]] = {}
    roots: list[SectionNode] = read.roots
    listed_notes: list[Diagnostic] = []
    if with_items:
        model = options.item_model or default_item_model()
        title = partial(posting_title, read.split.metadata, read.roots, read.read_body, read.body_line)
        items = decide_items(read.units, read.roots, options.vocabulary, model, title=title)
        missing = _kinds_missing(items, with_benefits="benefits" in fields)
        if missing:
            roots, listed_notes = _with_front_matter_lists(read.split, roots, items, options.vocabulary, model, missing)
    facts = collect_facts(
        read.split.metadata,
        read.roots,
        read.read_body,
        read.body_line,
        fields,
        identify_language=options.identify_language,
    )
    posting = assemble(
        roots=roots,
        items=items,
        facts=facts,
        taxonomy=_taxonomy(options) if "skills" in fields else None,
        front_matter=json_safe(read.split.metadata),
        body=read.body,
        diagnostics=[
            *_name_diagnostics(path, where),
            *read.loaded.diagnostics,
            *read.empty,
            *read.split.diagnostics,
            *read.body_notes,
            *listed_notes,
        ],
        source=Source(path=where, encoding=read.loaded.encoding, sha256=read.loaded.sha256, body_line=read.body_line),
        vocabulary=options.vocabulary,
        fields=fields,
        not_computed=options.not_computed,
    )
    classification = _classification(options) if "occupation" in fields else None
    if classification is not None:
        posting = posting.model_copy(update={"occupation": code_posting(classification, posting)})
    if "fingerprint" in fields:
        from .dedup import fingerprint

        posting = posting.model_copy(update={"fingerprint": fingerprint(posting)})
    return posting


def _kinds_missing(items: dict[int, list[ExtractedItem]], *, with_benefits: bool) -> frozenset[SectionKind]:
    """The kinds of section to read from the front matter's lists: all of them when the body gives no
    duty or requirement, else benefits when it gives none and they were asked for. A body with duties or
    requirements of its own is the posting, and lists in its front matter feed the site's template (a
    summary, a card), as the labelled corpora's postings have them."""
    found = [item for listed in items.values() for item in listed]
    if not any(item.kind in ("responsibility", "qualification") for item in found):
        return LISTING_KINDS
    if not with_benefits or any(item.kind == "benefit" for item in found):
        return frozenset()
    return frozenset({SectionKind.BENEFITS})


def _with_front_matter_lists(
    split: SplitText,
    roots: list[SectionNode],
    items: dict[int, list[ExtractedItem]],
    vocabulary: Vocabulary,
    model: ItemModel,
    missing: frozenset[SectionKind],
) -> tuple[list[SectionNode], list[Diagnostic]]:
    """The body's sections and those of the front matter's lists of the ``missing`` kinds.

    Some sites keep a posting's duties and requirements as lists in front matter
    (``responsibilities:``, ``requirements:``, ``krav:``) and render them from a
    template. Read for the kinds :func:`_kinds_missing` gives, each list is a
    section under its key, on the key's lines; ``items`` gains their items.
    """

    def names_a_section(key: str) -> bool:
        words = CAMEL_CASE.sub(" ", key).replace("_", " ").replace("-", " ")
        return vocabulary.heading_kind(words) in missing

    markdown, first_line = listed_sections(split, names_a_section)
    if not markdown:
        return roots, []
    extra = build_sections(parse_blocks(markdown, first_line), vocabulary, first_line)
    classify_sections(extra, vocabulary)
    items.update(decide_items(find_units(extra, vocabulary), extra, vocabulary, model))
    note = Diagnostic(
        code="items-from-front-matter",
        message="items the body gives none of were read from lists in the front matter",
        line=first_line,
        severity="info",
    )
    return [*extra, *roots], [note]  # in the file's order: the front matter comes first


@dataclass
class Structure:
    """What a posting is made of, before anything is decided about its meaning."""

    loaded: LoadedText
    empty: list[Diagnostic]
    split: SplitText
    body: str
    body_line: int
    read_body: str
    """The part of ``body`` read for sections, items and facts: all of it within ``max_body_lines`` and
    ``max_body_chars``."""
    body_notes: list[Diagnostic]
    roots: list[SectionNode]
    units: list[Unit]


def read_structure(
    source: str | bytes,
    *,
    path: str | None = None,
    strict: bool = False,
    options: ParseOptions | None = None,
    units: bool = True,
) -> Structure:
    """The stages of :func:`parse` up to the units (used to train and inspect the item model).

    With ``units=False`` the units are not looked for (no item field was asked for).
    """
    options = options or _DEFAULT_OPTIONS
    loaded = load(source, options, path)
    empty = _empty_input(loaded.text, strict=strict, path=path)
    split = split_front_matter(loaded.text, options, strict=strict, path=path)
    body, body_line, moved = _body(split)
    read_body, unread = _within_read_limits(body, body_line, options)
    read_body = with_page_values(read_body, split.metadata)
    blocks = parse_blocks(read_body, body_line)
    roots = build_sections(blocks, options.vocabulary, body_line)
    classify_sections(roots, options.vocabulary)
    found = find_units(roots, options.vocabulary) if units else []
    return Structure(loaded, empty, split, body, body_line, read_body, [*moved, *unread], roots, found)


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    options: ParseOptions | None = None,
) -> JobPosting:
    """Read and parse the posting at ``path`` (see :func:`parse`)."""
    where = os.fspath(path)
    shown = printable_path(where)
    data = read_file(where, options or _DEFAULT_OPTIONS, shown)
    try:
        return parse(data, path=where, strict=strict, options=options)
    except JobspecError as exc:
        raise exc.with_path(shown) from None


# A posting of every shape the stages read (front matter, headings, lists, prose, pay, hours, a contact),
# written for the warm-up: parsing it builds what the first parse of a process otherwise builds.
_WARM_UP_POSTING = """---
title: Senior Pastry Chef (m/w/d)
company: Crumb & Co
location: Leeds, UK
date_posted: 2026-01-05
---
# Senior Pastry Chef

Weâ€™re a small bakery; this is a full-time, permanent role, on site.

## What you will do
- Bake the morning pastries and train two apprentices
- Plan the weekly orders with the team

**Requirements:**
1. Three years of experience in a commercial kitchen, ideally with a BSc in food science
2. Experience with sourdough is a plus

## Benefits
- 28 days of annual leave and a pension
- Salary: £32,000 – £36,000 per year; 40 hours a week, no travel, no visa sponsorship

Contact jane.doe@example.org by 31 January 2026.
"""


def warm_up(options: ParseOptions | None = None) -> None:
    """Build now what the first parse with ``options`` in this process would build.

    The item model, the skills taxonomy, the occupation index (about 50 MB),
    the vocabulary's patterns and every cache filled on first use: about
    0.6 s the first time, nothing after. :func:`jobspec.batch.parse_many`
    calls it before it forks its workers, which then start warm and share
    those tables with this process, or in each worker as it starts where
    processes are not forked.
    """
    parse(_WARM_UP_POSTING, options=options)
    options = options or ParseOptions()
    classification = _classification(options) if "occupation" in options.computed_fields else None
    if classification is not None:
        classification.prepare()


def _name_diagnostics(path: str | os.PathLike[str] | None, shown: str | None) -> list[Diagnostic]:
    """A warning when the file name is not valid UTF-8, and so is shown with ``\\xNN`` escapes."""
    if path is None or shown == os.fspath(path):
        return []
    message = f"the file name is not valid UTF-8; it is shown as {shown!r}"
    return [Diagnostic(code="undecodable-name", message=message, severity="warning")]


def _taxonomy(options: ParseOptions) -> Taxonomy | None:
    if not options.find_skills:
        return None
    return options.taxonomy if options.taxonomy is not None else default_taxonomy()


def _empty_input(text: str, *, strict: bool, path: str | None) -> list[Diagnostic]:
    """An empty input (or one of blank lines) parses to a posting of nothing; it should not pass unnoticed."""
    if text.strip():
        return []
    if strict:
        raise InputError("the input is empty: there is no posting in it", path=path)
    return [Diagnostic(code="empty-input", message="the input is empty: there is no posting in it", severity="error")]


def _classification(options: ParseOptions) -> Classification | None:
    if options.occupations is True:
        return default_classification()
    return options.occupations or None


def _within_read_limits(body: str, body_line: int, options: ParseOptions) -> tuple[str, list[Diagnostic]]:
    """``body`` up to ``options.max_body_lines`` and ``max_body_chars``, and a warning when that leaves text unread."""
    end = _read_end(body, options.max_body_lines, options.max_body_chars)
    if not body[end:].strip():
        return body, []
    read = body[:end]
    line_start = read.rfind("\n") + 1
    note = Diagnostic(
        code="body-lines-not-read",
        message=(
            f"the body is longer than {options.max_body_lines:,} lines or {options.max_body_chars:,} characters;"
            " the text from here on is kept in the body but not read for sections, items or facts"
        ),
        line=body_line + read.count("\n"),
        column=end - line_start + 1 if end > line_start else None,
        severity="warning",
    )
    return read, [note]


def _read_end(body: str, max_lines: int, max_chars: int) -> int:
    """Where the read part of ``body`` ends: after its last whole line within both limits."""
    if len(body) <= max_chars and body.count("\n") < max_lines:  # every real posting: one pass in C
        return len(body)
    end = 0
    for _ in range(max_lines):
        if end >= len(body):
            break
        newline = body.find("\n", end)
        line_end = len(body) if newline == -1 else newline + 1
        if line_end > max_chars:
            return end or max_chars  # a first line longer than the limit is cut inside
        end = line_end
    return end


def _body(split: SplitText) -> tuple[str, int, list[Diagnostic]]:
    """The Markdown to parse: the body, or the front matter value that holds the posting."""
    embedded = embedded_body(split)
    if embedded is None:
        return split.body, split.body_line, []
    key, markdown, line = embedded
    note = Diagnostic(
        code="body-in-front-matter",
        message=f"the body holds no text; the posting was read from front matter key {key!r}",
        line=line,
        severity="info",
    )
    return markdown, line, [note]

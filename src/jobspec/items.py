"""Stage 6: responsibilities, qualifications and benefits, item by item.

In a section whose kind is known, every list item takes that kind (a
requirement written under a duties heading, "Ability to …", becomes a
qualification), and a prose sentence does when it speaks of the reader or
the role ("You will …", "As a …, you …", an imperative). In a neutral section
("Job description", the untitled lead) the cues of :mod:`jobspec.cues`
decide each list (by the vote of its items) and each sentence; company
blurb, logistics and calls to apply match none and are left out.

A paragraph ending in a colon right before a list is a lead-in: it can set
the list's kind ("You should have:", "Bonus if you know:") and, when it is a
bare stem, it is not an item itself.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from . import cues
from .blocks import Block, ListEntry
from .models import SectionKind
from .sections import SectionNode
from .sentences import split_sentences
from .text import CaselessPattern, plain_text_and_links
from .vocabulary import Vocabulary

__all__ = ["ExtractedItem", "extract_items", "lead_in_kind"]

K = SectionKind
ItemKind = Literal["responsibility", "qualification", "benefit"]
_ITEM_KINDS: dict[SectionKind, ItemKind] = {
    K.RESPONSIBILITIES: "responsibility",
    K.QUALIFICATIONS: "qualification",
    K.PREFERRED_QUALIFICATIONS: "qualification",
    K.BENEFITS: "benefit",
}
_EXTRACTED = frozenset(_ITEM_KINDS)
_MIN_SENTENCE_WORDS = 4
_MIN_ITEM_STEM_WORDS = 9
_STEM_ENDING = CaselessPattern(
    r"(?:\b(?:with|in|of|on|for|to|include|includes|including|following|like|such as|mit|von|in|van|met|"
    r"avec|de|con|com|di|als|wie|the following|you will|you'll|you have|you should have|you bring|you are|"
    r"you need|you must have|we offer|du|sie|je|vous|tu)|\([^()]*\))\s*:\s*$"
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_MAX_ENTRY_STEM_WORDS = 2
_GLUED_BULLET = re.compile(r"\n[ \t]*[-•*](?=[A-ZÀ-Þ])")
# The spaces before a bullet are taken from where they start, not again from inside them (quadratic).
_INLINE_BULLETS = re.compile(r"(?<!\s)\s*(?:•|·|<br\s*/?>)\s*|(?:•|·|<br\s*/?>)\s*", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Sentences about the company or the programme, not about the reader.
_IMPERSONAL_START = CaselessPattern(r"^(?:this|these|that|those|it|there|our|at|for us|to that end)\b")
_QUALITY_NOUN = CaselessPattern(
    r"\b(?:experience|knowledge|skills?|familiarity|degree|understanding|expertise|ervaring|erfahrung|"
    r"kenntnisse|expérience|experiencia|esperienza)\b"
)


@dataclass
class ExtractedItem:
    """An item found in a section, before it becomes a model."""

    kind: ItemKind
    text: str
    line: int
    level: int = 0
    links: list[str] = field(default_factory=list)
    required: bool = True


@dataclass
class _Context:
    vocabulary: Vocabulary
    declared: SectionKind | None
    items: list[ExtractedItem] = field(default_factory=list)


def extract_items(roots: list[SectionNode], vocabulary: Vocabulary) -> dict[int, list[ExtractedItem]]:
    """Items of every section, keyed by ``id(node)``; neutral sections get their kind from them."""
    found: dict[int, list[ExtractedItem]] = {}
    for root in roots:
        for node in root.walk():
            items = _section_items(node, vocabulary)
            found[id(node)] = items
            if node.declared is None and items:
                node.kind = _majority_kind(items)
    return found


def _majority_kind(items: list[ExtractedItem]) -> SectionKind:
    duties = sum(item.kind == "responsibility" for item in items)
    return K.RESPONSIBILITIES if duties * 2 >= len(items) else K.QUALIFICATIONS


def _section_items(node: SectionNode, vocabulary: Vocabulary) -> list[ExtractedItem]:
    if node.declared is not None and node.declared not in _EXTRACTED:
        return []
    context = _Context(vocabulary, node.declared)
    blocks = node.blocks
    start = 0
    if node.is_field and blocks and blocks[0].kind == "paragraph" and node.declared in _EXTRACTED:
        _add_field_value(blocks[0], context)
        start = 1
    lead_in: SectionKind | None = None
    seen_list = False
    for index in range(start, len(blocks)):
        block = blocks[index]
        if block.kind == "paragraph":
            before_list = _next_kind(blocks, index) == "list"
            lead_in = _add_paragraph(block, context, before_list, after_list=seen_list)
        elif block.kind == "list":
            _add_list(block.entries, lead_in or node.declared, context)
            lead_in = None
            seen_list = True
    return context.items


def _next_kind(blocks: list[Block], index: int) -> str | None:
    """The kind of the block after ``index``, passing over a table's column names."""
    following = (blocks[later].kind for later in range(index + 1, len(blocks)) if blocks[later].kind != "table")
    return next(following, None)


def _add_field_value(block: Block, context: _Context) -> None:
    text, links = plain_text_and_links(block.markdown)
    if text.endswith(":") and _is_bare_stem(text):
        return
    if text and context.declared is not None:
        _append(context, context.declared, text, block.line, 0, links)


# --- prose ------------------------------------------------------------------------


def _add_paragraph(block: Block, context: _Context, before_list: bool, *, after_list: bool) -> SectionKind | None:
    """Add the paragraph's item sentences; return the kind it gives a following list.

    Prose after a section's list is usually an outro ("Sound like you? Then …"):
    there a sentence counts only on the cues that would count in a neutral section.
    """
    text, links, line_starts = _plain_lines(block)
    sentences = split_sentences(text)
    lead_in: SectionKind | None = None
    if before_list and text.endswith(":") and sentences:
        offset, stem = sentences[-1]
        lead_in = lead_in_kind(stem, context.vocabulary)
        if _is_bare_stem(stem):
            sentences = sentences[:-1]
    if context.declared is K.BENEFITS:
        return lead_in
    for offset, sentence in sentences:
        kind = _sentence_kind(sentence, context.declared, context.vocabulary)
        if kind is not None and after_list and not before_list:
            kind = kind if _sentence_kind(sentence, None, context.vocabulary) is not None else None
        if kind is not None:
            line = block.line + _line_index(line_starts, offset)
            _append(context, kind, sentence, line, 0, _links_in(sentence, links))
    return lead_in


def _plain_lines(block: Block) -> tuple[str, list[str], list[int]]:
    """Plain text of a paragraph, its links, and where each source line starts in it."""
    parts: list[str] = []
    links: list[str] = []
    starts: list[int] = []
    position = 0
    for raw in block.markdown.split("\n"):
        text, found = plain_text_and_links(raw)
        starts.append(position)
        links.extend(found)
        if text:
            parts.append(text)
            position += len(text) + 1
    return " ".join(parts), links, starts


def _line_index(starts: list[int], offset: int) -> int:
    """Index of the source line holding ``offset`` (``starts`` is sorted)."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _links_in(sentence: str, links: list[str]) -> list[str]:
    return [link for link in links if link in sentence] if links else []


def _is_bare_stem(stem: str) -> bool:
    """'You will:', 'Experience with:' introduce items; they are not items themselves."""
    return len(stem.split()) < _MIN_ITEM_STEM_WORDS or bool(_STEM_ENDING.search(stem.translate(_APOSTROPHES)))


def _is_entry_stem(text: str) -> bool:
    """'Experience with:' heads its nested items; 'Provide clinical services:' is an item itself."""
    if not text.endswith(":") or len(split_sentences(text)) > 1:
        return False
    return len(text.split()) <= _MAX_ENTRY_STEM_WORDS or bool(_STEM_ENDING.search(text.translate(_APOSTROPHES)))


def lead_in_kind(stem: str, vocabulary: Vocabulary) -> SectionKind | None:
    """The kind a lead-in line gives the list after it ("You should have:" → qualifications)."""
    if _governing_cue(stem, vocabulary):
        return K.PREFERRED_QUALIFICATIONS
    kind = _sentence_kind(stem.rstrip(":"), None, vocabulary, lead_in=True)
    if kind is not None:
        return kind
    named = vocabulary.heading_kind(stem)
    return named if named in _EXTRACTED else None


def _sentence_kind(
    sentence: str, declared: SectionKind | None, vocabulary: Vocabulary, *, lead_in: bool = False
) -> SectionKind | None:
    """The kind of one prose sentence, or None when it is not an item."""
    sentence = sentence.translate(_APOSTROPHES)
    if not lead_in and not _could_be_item(sentence):
        return None
    if declared is None:
        return _neutral_sentence_kind(sentence, vocabulary, lead_in=lead_in)
    if _IMPERSONAL_START.match(sentence) and not cues.RESPONSIBILITY.search(sentence):
        return None
    if declared is not K.RESPONSIBILITIES and _starts_with_cue(sentence, vocabulary):
        return K.PREFERRED_QUALIFICATIONS
    if declared is K.RESPONSIBILITIES and _strong_qual(sentence):
        return K.QUALIFICATIONS
    # Cheap anchored looks first: most sentences are decided by how they start.
    if (
        cues.YOU_START.match(sentence)
        or cues.DUTY_VERB_START.match(sentence)
        or cues.QUAL_START.match(sentence)
        or (_other_language_reader(sentence) and _addressed_elsewhere(sentence))
        or cues.RESPONSIBILITY.search(sentence)
        or (declared is not K.RESPONSIBILITIES and _strong_qual(sentence))
    ):
        return declared
    return None


def _neutral_sentence_kind(sentence: str, vocabulary: Vocabulary, *, lead_in: bool) -> SectionKind | None:
    """A sentence in a section whose heading says nothing: only its own cues count."""
    if _QUALITY_NOUN.search(sentence) and vocabulary.preferred_pattern.search(sentence):
        return K.PREFERRED_QUALIFICATIONS
    if _strong_qual(sentence):
        return K.QUALIFICATIONS
    if cues.RESPONSIBILITY.search(sentence):
        return K.RESPONSIBILITIES
    other_language = _other_language_reader(sentence)
    if cues.QUAL_WEAK.match(sentence) or (other_language and cues.SECOND_PERSON_TRAIT.search(sentence)):
        return K.QUALIFICATIONS
    if cues.DUTY_VERB_START.match(sentence) or (other_language and cues.SECOND_PERSON_DUTY.search(sentence)):
        return K.RESPONSIBILITIES
    if lead_in and _QUALITY_NOUN.search(sentence):
        return K.QUALIFICATIONS
    return None


def _other_language_reader(sentence: str) -> bool:
    return cues.OTHER_LANGUAGE_READER.search(sentence) is not None


def _addressed_elsewhere(sentence: str) -> bool:
    """'Vous encadrez …', 'Je geeft …', 'Leiten Sie …': the reader, in another language."""
    return cues.YOU_ANYWHERE.search(sentence) is not None or cues.SECOND_PERSON_DUTY.search(sentence) is not None


def _strong_qual(sentence: str) -> bool:
    return cues.QUAL_STRONG.search(sentence) is not None or _seeks_someone(sentence)


def _could_be_item(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return (
        len(stripped.split()) >= _MIN_SENTENCE_WORDS
        and not stripped.endswith("?")
        and not stripped.lower().startswith(("if you", "wenn du", "wenn sie", "si vous", "si tu", "als je", "se sei"))
        and cues.NOT_AN_ITEM.search(stripped) is None
    )


def _seeks_someone(sentence: str) -> bool:
    """'We are looking for an engineer with …' (not a bare 'we are hiring an engineer')."""
    match = cues.SEEKING.search(sentence)
    return match is not None and cues.SEEKING_WHO.search(sentence, match.end()) is not None


# --- lists ------------------------------------------------------------------------


def _add_list(entries: tuple[ListEntry, ...], kind: SectionKind | None, context: _Context) -> None:
    prepared = [_split_glued_bullets(entry) for entry in entries]
    flat = [piece for pieces in prepared for piece in pieces]
    if kind is None:
        kind = _vote(flat)
    for entry, text, links in flat:
        if not text:
            continue
        if _is_entry_stem(text):
            continue
        if kind is None:
            _add_sentences_of(entry, text, links, context)
            continue
        _append(context, _entry_kind(text, kind), text, entry.line, entry.level, links)


def _split_glued_bullets(entry: ListEntry) -> list[tuple[ListEntry, str, list[str]]]:
    """'-Develops …' on its own line is not a list item in CommonMark, but it is one."""
    pieces = _GLUED_BULLET.split(entry.markdown) if "\n" in entry.markdown else [entry.markdown]
    out: list[tuple[ListEntry, str, list[str]]] = []
    line = entry.line
    for piece in pieces:
        for part in _INLINE_BULLETS.split(piece) if ("•" in piece or "<br" in piece.lower()) else [piece]:
            text, links = plain_text_and_links(part)
            out.append((ListEntry(part, line, entry.level), text, links))
        line += piece.count("\n") + 1
    return out


def _vote(entries: list[tuple[ListEntry, str, list[str]]]) -> SectionKind | None:
    duties = sum(bool(cues.DUTY_VERB_START.match(text)) for _, text, _ in entries)
    quals = sum(bool(cues.QUAL_START.match(text)) for _, text, _ in entries)
    if duties > quals and duties * 3 >= len(entries):
        return K.RESPONSIBILITIES
    if quals > duties and quals * 3 >= len(entries):
        return K.QUALIFICATIONS
    return None


def _entry_kind(text: str, kind: SectionKind) -> SectionKind:
    if kind is K.RESPONSIBILITIES and cues.QUAL_START.match(text) and not cues.DUTY_VERB_START.match(text):
        return K.QUALIFICATIONS
    return kind


def _add_sentences_of(entry: ListEntry, text: str, links: list[str], context: _Context) -> None:
    for _, sentence in split_sentences(text):
        kind = _sentence_kind(sentence, None, context.vocabulary)
        if kind is not None:
            _append(context, kind, sentence, entry.line, entry.level, _links_in(sentence, links))


# --- shared -------------------------------------------------------------------------


def _append(context: _Context, kind: SectionKind, text: str, line: int, level: int, links: list[str]) -> None:
    item_kind = _ITEM_KINDS.get(kind)
    if item_kind is None:
        return
    required = item_kind != "qualification" or (
        kind is not K.PREFERRED_QUALIFICATIONS and not _governing_cue(text, context.vocabulary)
    )
    context.items.append(
        ExtractedItem(kind=item_kind, text=text, line=line, level=level, links=links, required=required)
    )


def _starts_with_cue(text: str, vocabulary: Vocabulary) -> bool:
    """'Ideally, …', 'Bonus points for …', 'Nice to have: …'."""
    return vocabulary.preferred_pattern.match(text.lstrip(" -*•\"'(")) is not None


_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]–—]")
_PARENTHESISED = re.compile(r"\(\s*([^()]*)\)\s*[.!]?\s*$")


def _governing_cue(text: str, vocabulary: Vocabulary) -> bool:
    """A preferred cue that makes the whole item optional.

    'Bonus points for Rust' and 'Docker experience preferred' are optional;
    'Experience with analytics, Google Analytics preferred' is a requirement
    with a preference about one detail, and stays required.
    """
    pattern = vocabulary.preferred_pattern
    tail = _PARENTHESISED.search(text)
    if tail and pattern.fullmatch(tail.group(1).strip().removeprefix("is ").removeprefix("a ").strip()):
        return not _CLAUSE_BREAK.search(text[: tail.start()].rstrip(" ."))
    if _starts_with_cue(text, vocabulary):
        return True
    for match in pattern.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        ends_clause = not after.strip(" .!") or _CLAUSE_BREAK.match(after.lstrip()) is not None
        if ends_clause and not _CLAUSE_BREAK.search(_PARENTHESES.sub("", before)):
            return True
    return False

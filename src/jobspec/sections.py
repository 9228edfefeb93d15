"""Stage 4: blocks into a tree of sections.

Real postings mark their sections in many ways besides Markdown headings;
each of these opens a section here too:

* a paragraph line that is only bold text (``**Responsibilities:**``);
* ``**Label:** value`` (or ``**Label** – value``): a *field*, whose value is
  the section's content ("**Location:** Berlin");
* ``###Heading`` written without the space CommonMark requires, and
  ``###text###`` wrapped lines;
* a short line ending in a colon right before a list ("What you'll do:");
* a short plain line that is a known heading phrase ("Job Description").

Content before the first heading belongs to an untitled lead section
(level 0). Pseudo-headings nest one level below the last real heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block, ListEntry
from .models import SectionKind
from .sentences import split_sentences
from .text import LINE_BREAK, PICTOGRAPHS, plain_text, word_count
from .vocabulary import LISTING_KINDS, Vocabulary

__all__ = ["SectionNode", "build_sections"]

FIELD_LEVEL_OFFSET = 1

# The closing "#"s and spaces are cut off in code: a lazy text before an optional
# "#+" and "\s*" tries every split of a long run of "#"s (quadratic).
_HASH_HEADING = re.compile(r"^(#{1,6})(?=[^#\s])(.*)$")
# Spaces around an optional colon are read once: "\s*:?\s*" splits a run of spaces every way.
# A bold line, after a pictograph or two that mark it ("🔧 **Jouw werk**").
_BOLD_LINE = re.compile(
    rf"^\s*(?:[{PICTOGRAPHS}\u2600-\u27bf\ufe0f]{{1,3}}\s*)?"
    r"(\*\*|__)(?P<text>[^*_\n]+?)(?:\1)(?:\s*(?P<colon>:))?\s*$"
)
_FIELD_LINE = re.compile(
    r"^\s*(\*\*|__)(?P<label>[^*_\n]{1,60}?)(?P<inner>[:?？]?)\s*\1(?:\s*(?P<sep>:|[-–—]{1,2}))?\s*(?P<value>\S.*)$"
)
# "Requisiti: esperienza …": a label without bold, then its value on the line.
_PLAIN_FIELD_LINE = re.compile(r"^\s*(?P<label>[^\W\d_][^:\n]{0,40}?)\s*:\s+(?P<value>\S.*)$")
_MAX_PLAIN_LABEL_CHARS = 45
_MAX_PLAIN_LABEL_WORDS = 3
# A short question is a heading as often as a short phrase is ("Wat ga je doen?", "Czego oczekujemy?").
_STATEMENT_END = re.compile(r"[.!…。！]\s*$")
# A line that asks ("Wat ga je doen?") heads the lines after it even in one paragraph with them.
_ASKS = re.compile(r"[?？]\s*$")
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$")
_HARD_BREAK_MARK = "  "
"""A hard line break as the item stage reads it (see ``items._Line.broken``): Markdown's two spaces."""
# A line wholly in an HTML bold element ("<strong>Profil</strong>", "<b>Salary:</b> 50k"), as
# Jekyll sites write what Markdown writes "**Profil**". The text holds no "<": the match is linear.
_HTML_BOLD_LINE = re.compile(r"^(\s*)<(strong|b)>(?P<text>[^<>\n]+?)</\2>", re.IGNORECASE)
_MAX_PSEUDO_WORDS = 10
_MAX_COLON_WORDS = 6


@dataclass
class SectionNode:
    """A section while the pipeline works on it; becomes a :class:`~jobspec.models.Section`."""

    heading: str | None
    level: int
    line: int
    blocks: list[Block] = field(default_factory=list)
    children: list[SectionNode] = field(default_factory=list)
    is_field: bool = False
    is_lead_in: bool = False
    """The heading was a line ending in a colon before a list ("Buscamos a alguien con:")."""
    is_pseudo: bool = False
    """The heading was not a Markdown heading (a bold line, a field, a colon line)."""
    declared: SectionKind | None = None
    """Kind named by the heading (or inherited); None when the content must decide."""
    kind: SectionKind = SectionKind.OTHER
    names_a_section: bool = False
    """The heading is a section's name ("Requirements", "Job description"), not a title."""

    def walk(self) -> list[SectionNode]:
        """This node and all below it, in document order."""
        out: list[SectionNode] = []
        stack = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out


def build_sections(blocks: list[Block], vocabulary: Vocabulary, first_line: int = 1) -> list[SectionNode]:
    """Group ``blocks`` into a list of top-level sections (the lead first, if any)."""
    lead = SectionNode(heading=None, level=0, line=blocks[0].line if blocks else first_line)
    stack: list[SectionNode] = [lead]
    roots: list[SectionNode] = [lead]
    real_level = 0
    expanded = _expand_pseudo_headings(blocks, vocabulary)
    for block, origin in expanded:
        if block.kind != "heading":
            if _ends_a_field(stack, block, vocabulary):
                stack.pop()
            stack[-1].blocks.append(block)
            continue
        level = block.level if block.level else min(real_level + FIELD_LEVEL_OFFSET, 7)
        if origin == "field" and (above := _open_bold_heading(stack)) is not None:
            # "**Deliverables**" then "**Strategy** – Collaborate …": the labelled lines are its parts,
            # as they would be under "## Deliverables".
            level = above.level + 1
        if block.level:
            real_level = block.level
        node = SectionNode(
            heading=plain_text(block.markdown),
            level=level,
            line=block.line,
            is_field=origin in ("field", "field below"),
            is_lead_in=origin == "colon",
            is_pseudo=not block.level,
        )
        # A real heading ends every pseudo-heading section before it, whatever their levels:
        # "**Salary:** €50k" at the top must not swallow the "## Requirements" that follows.
        while len(stack) > 1 and (stack[-1].level >= level or (block.level and stack[-1].is_pseudo)):
            stack.pop()
        parent = stack[-1]
        if parent is lead:
            roots.append(node)
        else:
            parent.children.append(node)
        stack.append(node)
    if not lead.blocks:
        roots.remove(lead)
    return roots


def _ends_a_field(stack: list[SectionNode], block: Block, vocabulary: Vocabulary) -> bool:
    """Whether a paragraph after a field ("**Desirable:** Experience with PCR.") is back in the section around
    it: when that section names a kind ("## Person specification") and a blank line parts the paragraph from
    the field's value (the rest of the field's line), the field was one of its labelled lines."""
    node = stack[-1]
    if not (node.is_field and node.is_pseudo and block.kind == "paragraph" and len(stack) > 2):
        return False
    value = node.blocks[0] if len(node.blocks) == 1 else None
    return (
        value is not None
        and value.kind == "paragraph"
        and block.line > value.line + value.markdown.count("\n") + 1
        and stack[-2].heading is not None
        and vocabulary.heading_kind(stack[-2].heading) is not None
    )


Origin = str | None
"""How a heading was written, when it matters later: "field" (a label with its value on its line), "field below"
(a bold label over its value's lines) or "colon" (else None)."""


def _open_bold_heading(stack: list[SectionNode]) -> SectionNode | None:
    """The innermost open pseudo-heading written as a line of its own (a bold line, a known heading
    phrase) whose content so far is only fields; None when a real heading or a lead-in comes first.
    A field after a bold heading's own text or list ("**Tools**", "- Redis", "**Contract:** permanent")
    is not one of its parts."""
    for node in reversed(stack[1:]):
        if not node.is_pseudo or node.is_lead_in:
            return None
        if not node.is_field:
            return None if node.blocks else node
    return None


def _expand_pseudo_headings(blocks: list[Block], vocabulary: Vocabulary) -> list[tuple[Block, Origin]]:
    """Blocks with pseudo-headings split out of paragraphs, each with its :data:`Origin`.

    A pseudo-heading gets level 0, meaning "one below the last real heading".
    """
    out: list[tuple[Block, Origin]] = []
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            out.extend(_heading_or_field(block, vocabulary))
        elif block.kind == "table":
            out.extend((b, None) for b in _table_blocks(block, vocabulary))
        elif block.kind == "list" and _is_numbered_heading(block, vocabulary) and index + 1 < len(blocks):
            out.append((Block("heading", block.line, block.entries[0].markdown.rstrip(":")), None))
        elif block.kind == "list":
            out.extend(_lists_parted_by_labels(block, vocabulary))
        elif block.kind == "paragraph":
            followed_by_list = index + 1 < len(blocks) and blocks[index + 1].kind == "list"
            out.extend(_split_paragraph(block, vocabulary, followed_by_list))
        else:
            out.append((block, None))
    return out


def _lists_parted_by_labels(block: Block, vocabulary: Vocabulary) -> list[tuple[Block, Origin]]:
    """A list whose entries end on a section's label, parted there into lists under pseudo-headings.

    Written on the line right after an entry, with no blank line between ("- Load the van" then
    "Requirements:" or "**Requirements**"), a label is read by Markdown as the entry's last line.
    """
    out: list[tuple[Block, Origin]] = []
    entries: list[ListEntry] = []
    for entry in block.entries:
        label = _trailing_label(entry, vocabulary) if "\n" in entry.markdown else None
        if label is None:
            entries.append(entry)
            continue
        text, origin = label
        kept = entry.markdown.rstrip().rsplit("\n", 1)[0]
        entries.append(ListEntry(kept, entry.line, entry.level))
        out.append((Block("list", entries[0].line, entries=tuple(entries)), None))
        out.append((Block("heading", entry.line + kept.count("\n") + 1, text), origin))
        entries = []
    if not out:
        return [(block, None)]
    if entries:
        out.append((Block("list", entries[0].line, entries=tuple(entries)), None))
    return out


def _trailing_label(entry: ListEntry, vocabulary: Vocabulary) -> tuple[str, Origin] | None:
    """The label an entry of the outer list ends on, with its :data:`Origin`: a last line of a few words,
    ending in a colon or wholly bold, that names a kind of section ("Requirements:", "**Benefits**")."""
    if entry.level:
        return None
    last = entry.markdown.rstrip().rsplit("\n", 1)[-1]
    bold = _BOLD_LINE.match(last)
    text = plain_text(last).strip()
    colon = text.endswith((":", "："))
    if not (colon or bold) or not 0 < word_count(text) <= _MAX_COLON_WORDS:
        return None
    name = text.rstrip(":： ").strip()
    if vocabulary.heading_kind(name) is None:
        return None
    return name, "colon" if colon else None


def _is_numbered_heading(block: Block, vocabulary: Vocabulary) -> bool:
    """'1. Responsibilities' alone: Markdown reads a list, the author meant a heading."""
    if len(block.entries) != 1:
        return False
    text = plain_text(block.entries[0].markdown).rstrip(":").strip()
    return 0 < word_count(text) <= _MAX_COLON_WORDS and vocabulary.names_a_kind(text)


def _table_blocks(block: Block, vocabulary: Vocabulary) -> list[Block]:
    """A table used as lists: one list per column whose header names a kind, else one per row.

    A table whose columns after the first hold only marks ("Criterion | Essential | Desirable"
    with ticks) lists its first column under the header of the column each row is marked in,
    one whose second column names a kind in each row ("PhD | Essential") under that name, and
    one whose rows are labelled with kinds ("Requisitos | Grado; colegiación") each row as a list.
    """
    header, *rows = _without_assessment_columns(block.rows)
    plain_header = [plain_text(cell).rstrip(":") for cell in header]
    marked = _rows_by_marked_column(header, rows)
    if marked is not None:
        return _marked_lists(block, plain_header, rows, marked)
    by_kind = _rows_by_named_kind(rows, vocabulary)
    if by_kind is not None:
        return _named_lists(block, rows, *by_kind)
    if _labels_rows(rows, vocabulary):
        return _labelled_rows(block, rows, vocabulary)
    kind_columns = _kind_columns(plain_header, rows, vocabulary) if rows else None
    if kind_columns is not None:
        out: list[Block] = []
        for column in kind_columns:
            title = plain_header[column]
            cells = [(row[column], offset) for offset, row in enumerate(rows) if column < len(row) and row[column]]
            out.append(Block("paragraph", block.line, title + ":"))
            out.append(
                Block(
                    "list", _row_line(block, 0), entries=tuple(ListEntry(c, _row_line(block, o), 0) for c, o in cells)
                )
            )
        return out
    entries = tuple(
        ListEntry(": ".join(cell for cell in row if cell), _row_line(block, offset), 0)
        for offset, row in enumerate(rows)
        if any(row)
    )
    filled = [cell for cell in plain_header if cell]
    lead = [Block("paragraph", block.line, filled[0] + ":")] if len(filled) == 1 else []
    # Column names ("Skill | Level") stay in the section's text, as a block no item is taken from.
    names = [Block("table", block.line, " | ".join(filled), rows=(header,))] if len(filled) > 1 else []
    return [*lead, *names, Block("list", _row_line(block, 0) if lead else block.line, entries=entries)]


def _without_assessment_columns(rows: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """A table's rows without the columns a person specification keeps to say how each criterion is
    assessed ("Assessed by | Application", "Method of assessment | A/I"): no part of a criterion."""
    header = rows[0] if rows else ()
    kept = [column for column, cell in enumerate(header) if _ASSESSMENT_HEADER.match(plain_text(cell).strip()) is None]
    if not kept or len(kept) == len(header):
        return list(rows)
    return [tuple(row[column] for column in kept if column < len(row)) for row in rows]


_ASSESSMENT_HEADER = re.compile(
    r"(?:how |method of |where |when |stage )?(?:assess\w*|identif\w*|evidenc\w*|measured|tested)"
    r"(?: by| method| at| through)?:?$",
    re.IGNORECASE,
)


def _kind_columns(plain_header: list[str], rows: list[tuple[str, ...]], vocabulary: Vocabulary) -> list[int] | None:
    """The columns to read as lists under their names: every named one when each names a kind ("Essential |
    Desirable"), or every one after the first when those all do and the first labels the rows with
    categories ("Area | Essential | Desirable", "Area | Duties", or "Criteria | …" over "Qualifications",
    "Experience": no items); else None."""
    named = [column for column, cell in enumerate(plain_header) if cell]
    if _columns_of_kinds(plain_header, named, vocabulary):
        return named
    if not named or not all(vocabulary.names_a_kind(plain_header[column]) for column in named[1:]):
        return None
    labels_rows = named[0] == 0 and len(plain_header) >= 2 and len(named) > 1
    first = plain_header[named[0]]
    names_categories = first.casefold() in _CATEGORY_HEADERS and _all_short(rows, 0)
    if vocabulary.names_a_kind(first) and not (labels_rows and names_categories):
        return named
    return named[1:] if labels_rows else None


def _columns_of_kinds(plain_header: list[str], named: list[int], vocabulary: Vocabulary) -> bool:
    """Whether each of two or more named columns is headed by a phrase of a listing kind, and not all of one
    ("Ce vei face | Ce căutăm la tine", "What you'll do | What we look for"): one list under each."""
    if len(named) < 2 or plain_header[named[0]].casefold() in _CATEGORY_HEADERS:  # "Criteria | Essential | …"
        return False
    kinds = [vocabulary.heading_kind(plain_header[column]) for column in named]
    return all(kind in LISTING_KINDS for kind in kinds) and len(set(kinds)) > 1


_MAX_CATEGORY_WORDS = 3
# The names a person specification gives the column of its categories ("Criteria | Essential | Desirable").
_CATEGORY_HEADERS = frozenset(
    "criteria criterion category categories area areas attribute attributes competency competencies requirement "
    "requirements kriterium kriterien bereich critère critères catégorie criterio criterios categoría".split()
)


def _all_short(rows: list[tuple[str, ...]], column: int) -> bool:
    """Whether every row's cell in ``column`` is a category's name: a few words at most."""
    return all(len(plain_text(row[column]).split()) <= _MAX_CATEGORY_WORDS for row in rows if len(row) > column)


def _row_line(block: Block, offset: int) -> int:
    """The file line of a table's row (``offset`` counted after its header)."""
    if block.row_lines:
        return block.row_lines[min(offset + 1, len(block.row_lines) - 1)]
    return block.line + 2 + offset


def _rows_by_named_kind(rows: list[tuple[str, ...]], vocabulary: Vocabulary) -> tuple[dict[str, list[int]], int] | None:
    """Rows whose first cell is a criterion and another cell names its kind ("PhD | Essential", "Confocal
    microscopy | Desirable", "NVQ Level 3 | E | Application"), by that name in the order met, and the column
    of the criteria; None for any other table. The other columns (how a criterion is assessed) are no part
    of it. When cells before the named one label the criteria ("Idiomas | Inglés alto … | Imprescindible"),
    the criterion is the column of those that says the most."""
    if not rows or any(len(row) < 2 or not row[0] for row in rows):
        return None
    for column in range(1, min(map(len, rows))):
        named = _named_in_column(rows, column, vocabulary)
        if named is not None:
            return named, _wordiest_column(rows, column)
    return None


def _wordiest_column(rows: list[tuple[str, ...]], before: int) -> int:
    """Of the columns before ``before``, the one whose cells hold the most words (the first among equals)."""
    words = [sum(len(row[column].split()) for row in rows) for column in range(before)]
    return words.index(max(words))


def _named_in_column(rows: list[tuple[str, ...]], column: int, vocabulary: Vocabulary) -> dict[str, list[int]] | None:
    named: dict[str, list[int]] = {}
    for offset, row in enumerate(rows):
        name = plain_text(row[column]).strip()
        name = _ESSENTIAL_OR_DESIRABLE.get(name.casefold(), name)
        if not vocabulary.names_a_kind(name):
            return None
        named.setdefault(name, []).append(offset)
    return named


# The codes of a person specification's column of kinds ("Criteria | E/D | Assessed by").
_ESSENTIAL_OR_DESIRABLE = {"e": "Essential", "d": "Desirable"}


def _named_lists(block: Block, rows: list[tuple[str, ...]], named: dict[str, list[int]], criterion: int) -> list[Block]:
    """A lead-in (the kind a row names) and a list of the criteria of its rows, for each kind named."""
    out: list[Block] = []
    for name, members in named.items():
        entries = tuple(ListEntry(rows[offset][criterion], _row_line(block, offset), 0) for offset in members)
        out.extend(_lead_in_and_list(name, _row_line(block, members[0]), entries))
    return out


def _lead_in_and_list(name: str, line: int, entries: tuple[ListEntry, ...]) -> list[Block]:
    """A row's kind as a lead-in ("Essential:"), and the list it introduces."""
    return [Block("paragraph", line, name + ":"), Block("list", line, entries=entries)]


_LABELLED_ROWS = 2


def _labels_rows(rows: list[tuple[str, ...]], vocabulary: Vocabulary) -> bool:
    """Whether a table of two columns labels its rows with kinds ("Funciones | …", "Requisitos | …"):
    at least :data:`_LABELLED_ROWS` of its first cells name one, or one does and rows with an empty label
    go on with the label above them."""
    if any(len(row) != 2 for row in rows):
        return False
    named = sum(vocabulary.names_a_kind(plain_text(row[0]).rstrip(":")) for row in rows)
    return named >= _LABELLED_ROWS or (named == 1 and len(_row_groups(rows)) < len(rows))


def _labelled_rows(block: Block, rows: list[tuple[str, ...]], vocabulary: Vocabulary) -> list[Block]:
    """Each row whose label names a kind as a lead-in and a list of its value's parts between semicolons;
    each other row ("Jornada | Completa") as a line of text, its label kept.

    Rows with an empty label go on with the label above them, as a cell spanning
    rows would in HTML ("Ce vei face | Sprijin la teme", "| Activități de lectură"):
    the label leads a list of one entry per row, whether it names a kind or not.
    """
    out: list[Block] = []
    for first, end in _row_groups(rows):
        line = _row_line(block, first)
        name = plain_text(rows[first][0]).rstrip(":").strip()
        values = [(rows[offset][1], _row_line(block, offset)) for offset in range(first, end) if rows[offset][1]]
        if end - first > 1 and name:
            entries = [ListEntry(part.strip(), at, 0) for value, at in values for part in _BREAKS.split(value)]
            out.extend(_lead_in_and_list(name, line, tuple(entry for entry in entries if entry.markdown)))
            continue
        for value, at in values:
            if vocabulary.names_a_kind(name):
                parts = [part for part in _ROW_PARTS.split(value) if part.strip()]
                out.extend(_lead_in_and_list(name, at, tuple(ListEntry(part.strip(), at, 0) for part in parts)))
            else:
                out.append(Block("paragraph", at, f"{name}: {value}" if name else value))
    return out


def _row_groups(rows: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """The rows of a two-column table as ranges (first, end): a labelled row and the rows with an empty
    label after it."""
    groups: list[tuple[int, int]] = []
    for offset, row in enumerate(rows):
        if plain_text(row[0]).strip() or not groups:
            groups.append((offset, offset + 1))
        else:
            groups[-1] = (groups[-1][0], offset + 1)
    return groups


_ROW_PARTS = re.compile(r"\s*;\s*|\s*<br\s*/?>\s*", re.IGNORECASE)
_BREAKS = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _marked_lists(
    block: Block, plain_header: list[str], rows: list[tuple[str, ...]], marked: dict[int, list[int]]
) -> list[Block]:
    """A lead-in (the column's header) and a list of the rows' first cells, for each marked column."""
    out: list[Block] = []
    for column, members in marked.items():
        if plain_header[column]:  # a column without a name ("| | Essential | Desirable |") gives no lead-in
            out.append(Block("paragraph", block.line, plain_header[column] + ":"))
        entries = tuple(ListEntry(rows[offset][0], _row_line(block, offset), 0) for offset in members)
        out.append(Block("list", _row_line(block, members[0]), entries=entries))
    return out


# A tick or a cross, or "yes": what a matrix of criteria puts in the column a row belongs to.
_MARK = re.compile(r"[✓✔✅☑✗✘×xX•●*+]|yes|y|ja|oui|sí|si|sim|tak", re.IGNORECASE)


def _rows_by_marked_column(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> dict[int, list[int]] | None:
    """Each marked column's rows, in order (rows marked nowhere under the first column, but for those whose
    first cell is wholly bold: the name of a group of rows), or None.

    None unless every cell after the first column is a mark or empty, some are marks, and
    every row names something in its first cell.
    """
    if len(header) < 3 or not rows or not all(row and row[0].strip() for row in rows):
        return None
    groups: dict[int, list[int]] = {}
    for offset, row in enumerate(rows):
        marks = [column for column, cell in enumerate(row[1:], start=1) if cell.strip()]
        if any(_MARK.fullmatch(plain_text(row[column]).strip()) is None for column in marks):
            return None
        if not marks and _BOLD_LINE.match(row[0]):
            continue  # a row naming the group of the rows under it ("**Qualifications** | | ")
        groups.setdefault(marks[0] if marks else 0, []).append(offset)
    return dict(sorted(groups.items())) if any(column > 0 for column in groups) else None


def _heading_or_field(block: Block, vocabulary: Vocabulary) -> list[tuple[Block, Origin]]:
    """A heading written as 'Label: value' ("Experience: 2 years") is a field."""
    text = plain_text(block.markdown)
    label, sep, value = text.partition(":")
    if sep and value.strip() and word_count(label) <= 4 and vocabulary.heading_kind(label) is not None:
        return [
            (Block("heading", block.line, label.strip(), level=block.level), "field"),
            (Block("paragraph", block.line, value.strip()), None),
        ]
    return [(block, None)]


def _split_paragraph(block: Block, vocabulary: Vocabulary, followed_by_list: bool) -> list[tuple[Block, Origin]]:
    lines = _paragraph_lines(block)
    labelled: set[int] = set()  # parts of a line that open on a section's label (see _with_labelled_parts)
    if ":" in block.markdown and _INLINE_LABEL.search(block.markdown):
        lines, labelled = _with_labelled_parts(lines, vocabulary)
    out: list[tuple[Block, Origin]] = []
    pending: list[str] = []
    pending_line = block.line
    pending_ends = block.line  # the file line of the pending text's last part

    def flush() -> None:
        if pending and any(p.strip() for p in pending):
            out.append((Block("paragraph", pending_line, "\n".join(pending)), None))
        pending.clear()

    for index, (line_no, raw) in enumerate(lines):
        is_last = index == len(lines) - 1
        bolded = _with_markdown_bold(raw)
        alone = len(lines) == 1 or index in labelled or (index == 0 and _ASKS.search(raw) is not None)
        if index == 0 and _capitals_over_text(lines, vocabulary):
            found: tuple[str, str | None, int, Origin] | None = (plain_text(raw).rstrip(": "), None, 0, None)
        else:
            found = _pseudo_heading(bolded, vocabulary, alone=alone, before_list=followed_by_list and is_last)
        if found is None:
            if not pending:
                pending_line = line_no
            elif line_no == pending_ends:  # the rest of a line broken by "<br>": one line of the file
                pending[-1] += f"<br>{raw}"
                continue
            pending.append(raw)
            pending_ends = line_no
            continue
        heading, value, level, origin = found
        flush()
        # A bold label with its value on the next lines ("**Clearance:**\nSecret") is a field too;
        # with sentences under it, it heads prose, as a heading would, and so it does over bold fields
        # ("**Deliverables**\n**Strategy** – …").
        if not is_last and _BOLD_LINE.match(bolded) is not None:
            below = [text for _, text in lines[index + 1 : index + 1 + _LINES_READ_BELOW]]
            if not _holds_sentences(below) and _FIELD_LINE.match(_with_markdown_bold(below[0])) is None:
                origin = "field below"
        out.append((Block("heading", line_no, heading, level=level), origin))
        pending_line = pending_ends = line_no
        if value:
            pending.append(value)
    flush()
    return out


_LINES_READ_BELOW = 50
"""Lines read under a bold label to tell a field's value from prose (a bound: one paragraph may hold many labels)."""


def _paragraph_lines(block: Block) -> list[tuple[int, str]]:
    """(file line, inline Markdown) of each line of a paragraph; a line broken by ``<br>`` ("**Duties**<br>Plan
    the menu<br>…") is read as the lines it shows, and one ended by a backslash (a hard line break) without it."""
    lines = block.markdown.split("\n")
    if "\\" in block.markdown:
        lines = [_HARD_BREAK.sub(_HARD_BREAK_MARK, raw) for raw in lines]
    if "<" not in block.markdown:
        return list(zip(range(block.line, block.line + len(lines)), lines, strict=True))
    return [
        (block.line + offset, part)
        for offset, raw in enumerate(lines)
        for part in (_broken_line(raw) if "<" in raw else (raw,))
    ]


_INLINE_LABEL = re.compile(r"[.!?][ \t]+([^\W\d_][^:.!?\n]{1,40}?)[ \t]*:\s")
"""Where a sentence ends and a short label with a colon follows it ("… our Leeds depot. Requirements: …")."""


def _with_labelled_parts(
    lines: list[tuple[int, str]], vocabulary: Vocabulary
) -> tuple[list[tuple[int, str]], set[int]]:
    """The lines with each split where a section's label opens a sentence inside it (a posting written as one
    paragraph: "We are hiring … Responsibilities: Pick and pack orders. … Requirements: A forklift licence."),
    and the indices of the parts that open on such a label."""
    out: list[tuple[int, str]] = []
    labelled: set[int] = set()
    for line_no, raw in lines:
        starts = (
            [found.start(1) for found in _INLINE_LABEL.finditer(raw) if _names_a_section(found.group(1), vocabulary)]
            if ":" in raw
            else []
        )
        for start, end in zip([0, *starts], [*starts, len(raw)], strict=True):
            if start:
                labelled.add(len(out))
            out.append((line_no, raw[start:end].rstrip() if end < len(raw) else raw[start:]))
    return out, labelled


def _broken_line(raw: str) -> list[str]:
    """The parts of a line broken by ``<br>``, each that a ``<br>`` ended with Markdown's hard break (two
    spaces) in its place, which tells the item stage its writer ended it there; the line itself when it
    holds no text (each file line is one)."""
    parts = LINE_BREAK.split(raw)
    ended = [part + _HARD_BREAK_MARK for part in parts[:-1]]
    return [part for part in [*ended, parts[-1]] if part.strip()] or [raw]


def _holds_sentences(lines: list[str]) -> bool:
    """Whether the lines hold more than one sentence (prose, not a field's value)."""
    return len(split_sentences(plain_text(" ".join(lines)))) > 1


def _with_markdown_bold(raw: str) -> str:
    """``raw`` with a leading HTML bold element written as Markdown bold, which the rules below read."""
    if "<" not in raw:
        return raw
    html = _HTML_BOLD_LINE.match(raw)
    if html is None or "*" in html.group("text") or "_" in html.group("text"):
        return raw
    return f"{html.group(1)}**{html.group('text')}**{raw[html.end() :]}"


def _pseudo_heading(
    raw: str, vocabulary: Vocabulary, *, alone: bool, before_list: bool
) -> tuple[str, str | None, int, Origin] | None:
    """(heading, field value or None, level, origin) when a paragraph line acts as a heading."""
    hashed = _HASH_HEADING.match(raw.strip())
    if hashed:
        return hashed.group(2).rstrip().rstrip("#").strip(), None, len(hashed.group(1)), None
    bold = _BOLD_LINE.match(raw)
    if bold:
        text = bold.group("text").strip()
        if _looks_like_title(text):
            return text.rstrip(":").strip(), None, 0, None
        return None
    fielded = _FIELD_LINE.match(raw)
    if fielded and (fielded.group("inner") or fielded.group("sep")):
        label = fielded.group("label").strip()
        if _looks_like_title(label):
            return label, fielded.group("value"), 0, "field"
    # "Mansioni: accoglienza clienti, gestione della cassa", a paragraph of its own: a section's name
    # written as a field's label. Lines of one paragraph that each open on a label ("Communication
    # skills: …") are a list of labelled items instead.
    plain_field = (
        _PLAIN_FIELD_LINE.match(raw) if alone and not fielded and ":" in raw[:_MAX_PLAIN_LABEL_CHARS] else None
    )
    if plain_field is not None and _names_a_section(plain_field.group("label"), vocabulary):
        return plain_field.group("label").strip(), plain_field.group("value"), 0, "field"
    bracketed = _BRACKETED_LABEL.match(raw)
    if bracketed is not None:
        value = raw[bracketed.end() :].strip()
        return bracketed.group(1), value or None, 0, "field" if value else None
    if not (before_list or alone):
        return None
    text = plain_text(raw)
    words = word_count(text)
    if text.endswith(_INTRODUCES) and before_list and 0 < words <= _MAX_COLON_WORDS:
        return text.rstrip(":.… ").strip(), None, 0, "colon"
    # A paragraph of one short line that names a kind; in capitals, as long as a heading may be ("IT WOULD
    # BE GREAT IF YOU ALSO HAVE").
    short = words <= 5 or (words <= _MAX_PSEUDO_WORDS and _in_capitals(text))
    if alone and short and not _STATEMENT_END.search(text) and vocabulary.names_a_kind(text):
        return text.rstrip(":").strip(), None, 0, None
    return None


# How a line right over a list introduces it: "You should have:", "Suma puntos si..." (an ellipsis).
_INTRODUCES = (":", "...", "…")
_MIN_CAPITAL_LETTERS = 3


def _in_capitals(text: str) -> bool:
    """A label written in capitals ("THE JOB", "ÜBER UNS"), not a field ("WORK_TYPE: INTERN")."""
    label = text.rstrip(": ")
    return label.isupper() and ":" not in label and sum(map(str.isalpha, label)) >= _MIN_CAPITAL_LETTERS


def _capitals_over_text(lines: list[tuple[int, str]], vocabulary: Vocabulary) -> bool:
    """Whether a paragraph opens on a short label in capitals that names no kind over lines that are not in
    capitals ("THE JOB" then "Collect and deliver containers …"): a heading Markdown read as the paragraph's
    first line. One that names a kind ("REQUIREMENTS") is read as the lines' lead-in, as it always was."""
    if len(lines) < 2 or not lines[0][1].isupper() or word_count(lines[0][1]) > _MAX_CAPITALS_WORDS:
        return False  # most paragraphs open in lower case: one look, no plain text made
    label = plain_text(lines[0][1])
    if not _in_capitals(label) or plain_text(lines[1][1]).isupper():
        return False
    return vocabulary.heading_kind(label.rstrip(": ")) is None


_MAX_CAPITALS_WORDS = 5


# Japanese and Chinese postings head their parts with a label in lenticular brackets on a line of its own,
# or before its value: "【仕事内容】" over the duties, "【給与】時給1,150円〜".
_BRACKETED_LABEL = re.compile(r"[ \t]*(【[^【】\n]{1,30}】)[ \t]*")


def _names_a_section(label: str, vocabulary: Vocabulary) -> bool:
    return word_count(label) <= _MAX_PLAIN_LABEL_WORDS and vocabulary.heading_kind(label) in LISTING_KINDS


def _looks_like_title(text: str) -> bool:
    """Short, and not a sentence: bold sentences are emphasis, not headings (read without their links'
    addresses: "**Apply on [our site.](https://…)**" ends in a full stop)."""
    plain = (plain_text(text) if "](" in text else text).strip().rstrip(":").strip()
    return 0 < word_count(plain) <= _MAX_PSEUDO_WORDS and not _STATEMENT_END.search(plain)

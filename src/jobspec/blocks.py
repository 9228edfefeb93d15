"""Stage 3: the Markdown body as a flat list of blocks with line numbers.

mistune 3 does the block parse. Its tokens carry no source positions, so a
small subclass of its parser records where each token starts, and list
items are matched to their marker lines. mistune's inline pass is not
run: :mod:`jobspec.text` strips inline markup far more cheaply.

HTML blocks are read by a small tokenizer of their own, so that ``<h2>``,
``<li>`` and ``<p>`` written inside Markdown become headings, list entries
and paragraphs like their Markdown forms.

Hostile input is guarded against where the libraries are not:

* two of mistune's line patterns (thematic breaks, setext underlines) repeat
  a capturing group, which is super-linear on a line of a million ``*``;
  they are replaced by equivalent patterns that are linear;
* mistune nests lists and block quotes recursively; its depth is capped at
  :data:`MAX_NESTING`, and should an older mistune still recurse too deep,
  the body is read by a plain line reader instead (nothing is lost);
* the standard library's ``html.parser`` rescans to the end of the block for
  every unclosed ``<div`` or ``<!--`` (quadratic) and raises
  ``AssertionError`` on ``<![foo``, hence the tokenizer here, which reads
  in one pass and leaves a ``<`` that opens nothing complete in the text.
"""

from __future__ import annotations

import bisect
import html
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, Literal

import mistune
from mistune.block_parser import BlockParser
from mistune.core import BlockState

from .text import PICTOGRAPHS

__all__ = [
    "CLAUSE_SEPARATOR",
    "MAX_BYLINE_PART_WORDS",
    "MAX_CLAUSE_WORDS",
    "MAX_NESTING",
    "MAX_QUOTE_LINES",
    "Block",
    "ListEntry",
    "parse_blocks",
]

BlockKind = Literal["heading", "paragraph", "list", "table"]


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One list item: its own inline Markdown (nested items are separate entries)."""

    markdown: str
    line: int
    level: int


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, a paragraph, a list or a table, at its 1-based line in the file.

    Sections turn tables into lists; what remains of a table after that is
    its column names (in ``markdown``), kept for the section's text.
    """

    kind: BlockKind
    line: int
    markdown: str = ""
    """Inline Markdown of a heading or paragraph (lines kept)."""
    level: int = 0
    """Heading level."""
    entries: tuple[ListEntry, ...] = field(default=())
    """List entries in document order."""
    rows: tuple[tuple[str, ...], ...] = field(default=())
    """Table cells (inline Markdown), header row first."""
    row_lines: tuple[int, ...] = field(default=())
    """The file line of each row, when the table's rows are not one per line from ``line`` (an HTML table)."""


class _PositionedState(BlockState):
    """Block state that stamps each token with its source offset.

    Tokens of nested states (inside block quotes and list items) also get
    ``_line``, their 0-based line in that state's text: a block quote's text
    has one line per source line, so a quoted heading finds its file line.
    """

    method_start: int | None = None
    _counted: tuple[int, int] = (0, 0)
    """(offset, newlines before it), so that lines of growing offsets are counted once."""

    def append_token(self, token: dict[str, Any]) -> None:
        if token["type"] != "blank_line":
            self._stamp(token, self.method_start if self.method_start is not None else self.cursor)
        super().append_token(token)

    def add_paragraph(self, text: str) -> None:
        last = self.last_token()
        if last and last["type"] == "paragraph":
            super().add_paragraph(text)
            return
        token: dict[str, Any] = {"type": "paragraph", "text": text}
        self._stamp(token, self.cursor)
        self.tokens.append(token)

    def _stamp(self, token: dict[str, Any], offset: int) -> None:
        offset = token.setdefault("_offset", offset)
        if self.parent is not None:
            token.setdefault("_line", self._line_index(offset))

    def _line_index(self, offset: int) -> int:
        start, lines = self._counted
        if offset < start:
            start, lines = 0, 0
        lines += self.src.count("\n", start, offset)
        self._counted = (offset, lines)
        return lines


class _PositionedParser(BlockParser):
    state_cls = _PositionedState

    # Same languages as mistune's patterns, without a repeated capturing group:
    # "(?:-[ \t]*){3,}" is "-[ \t]*-[ \t]*-[- \t]*", and "(=|-){1,}" keeps its last
    # character as the group (which sets the heading level) after "[=-]*".
    SPECIFICATION: ClassVar[dict[str, str]] = {
        **BlockParser.SPECIFICATION,
        "thematic_break": r"^ {0,3}(-[ \t]*-[ \t]*-[- \t]*|_[ \t]*_[ \t]*_[_ \t]*|\*[ \t]*\*[ \t]*\*[* \t]*)$",
        "setex_heading": r"^ {0,3}[=-]*(?P<setext_1>=|-)[ \t]*$",
    }

    def parse_list(self, m: re.Match[str], state: BlockState) -> int:
        """A plain list (see :func:`simple_list`) directly; any other through mistune."""
        end = simple_list(m, state)
        return end if end is not None else super().parse_list(m, state)

    def parse_atx_heading(self, m: re.Match[str], state: BlockState) -> int:
        """Mistune's ATX heading, with the closing '#'s cut in one pass.

        Mistune cuts them with ``(\\s+|^)#+\\s*$``, which reads a long run of
        spaces once for each space in it ("# a", a million spaces, "x").
        """
        text = m.group("atx_2").strip(string.whitespace)
        closed = text.rstrip()
        unclosed = closed.rstrip("#")
        if unclosed != closed and (not unclosed or unclosed[-1].isspace()):
            text = unclosed.rstrip()
        token = {"type": "heading", "text": text, "attrs": {"level": len(m.group("atx_1"))}, "style": "atx"}
        state.append_token(token)
        return m.end() + 1

    def parse_method(self, m: re.Match[str], state: BlockState) -> int | None:
        if m.lastgroup == "blank_line" or not isinstance(state, _PositionedState):
            # Blank lines need no position (they become no block), and are a third of all tokens.
            return super().parse_method(m, state)
        before = len(state.tokens)
        outer, state.method_start = state.method_start, m.start()
        try:
            end = super().parse_method(m, state)
        finally:
            state.method_start = outer
        for token in state.tokens[before:]:
            token.setdefault("_offset", m.start())
        return end


# The rest of a line that is text and could open no block of its own: a first
# character that starts no list, heading, quote, fence, HTML, thematic break or
# link definition.
_TEXT_OPENING_NO_BLOCK = r"(?!\d{1,9}[.)](?:[ \t]|$))(?P<text>[^\s#>`~<_*+\[=-][^\t\n]*)\n"
# A list item that is one line of such text, one space after its marker.
# These three are matched at line starts only; (?<![^\n]) says so, which keeps a search over
# a long line linear too (it tried again from each marker or space of the line).
_SIMPLE_ITEM = re.compile(r"(?<![^\n])(?P<marker>[*+-]|\d{1,9}[.)]) " + _TEXT_OPENING_NO_BLOCK)
# A line that continues an item's text: indented (to the item's text, checked by the reader).
_CONTINUATION = re.compile(r"(?<![^\n])(?P<indent> +)" + _TEXT_OPENING_NO_BLOCK)
_BLANK_LINES = re.compile(r"(?<![^\n])(?:[ \t]*\n)+")
_READ_APART = re.compile(r"[^\s><]")
_ITEM_START = re.compile(r"(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)


def simple_list(m: re.Match[str], state: BlockState) -> int | None:
    """Read a plain list the way mistune would, or None to leave it to mistune.

    mistune parses every list item as a document of its own, which makes
    lists most of the cost of a posting's block parse. Most lists are plain:
    unindented, each item a line of text (and maybe more lines indented to
    that text), the same marker throughout, and after the last item the end,
    or blank lines and a line that cannot continue the list. Such a list
    becomes the same token mistune makes, in a single pass; anything else
    (nested items, lazy or over-indented lines, other blocks in an item) is
    left to mistune.
    """
    if m.group("list_1"):
        return None
    read = _plain_items(state.src, m.start())
    if read is None:
        return None
    texts, marker_end, loose, end = read
    ordered = marker_end in ".)"
    child_type = "paragraph" if loose else "block_text"
    token: dict[str, Any] = {
        "type": "list",
        "children": [{"type": "list_item", "children": [{"type": child_type, "text": t}]} for t in texts],
        "tight": not loose,
        "bullet": marker_end,
        "attrs": {"depth": state.depth(), "ordered": ordered},
    }
    if ordered and (start := int(m.group("list_2")[:-1])) != 1:
        last = state.last_token()
        if last is not None and last["type"] == "paragraph":
            return None  # only a list starting at 1 may interrupt a paragraph
        token["attrs"]["start"] = start
    state.append_token(token)
    return end


def _plain_items(src: str, position: int) -> tuple[list[str], str, bool, int] | None:
    """(item texts, marker's last character, loose, end) of a plain list at ``position``, or None."""
    texts: list[str] = []
    marker_end = ""
    loose = False
    while True:
        item = _SIMPLE_ITEM.match(src, position)
        if item is None or (marker_end and item["marker"][-1] != marker_end):
            return None
        marker_end = item["marker"][-1]
        lines = [item["text"]]
        position = item.end()
        width = len(item["marker"]) + 1
        while (more := _CONTINUATION.match(src, position)) is not None and len(more["indent"]) == width:
            lines.append(more["text"])
            position = more.end()
        texts.append("\n".join(lines))
        blank = _BLANK_LINES.match(src, position)
        following = blank.end() if blank else position
        if following >= len(src):
            return texts, marker_end, loose, position
        if src[following] in " \t":
            return None  # indented: it may continue the item
        if _ITEM_START.match(src, following) is None:
            # After a blank line another line ends the list; right after an item it continues it.
            # mistune parses a block quote or HTML block that ends a list before it places the
            # list, which changes how it reads the lines after them: those are left to mistune.
            ends_plainly = blank is not None and _READ_APART.match(src, following) is not None
            return (texts, marker_end, loose, position) if ends_plainly else None
        loose = loose or blank is not None
        position = following


MAX_NESTING = 20
"""Lists and block quotes nested deeper than this are read as text of the deepest one."""

_MARKDOWN = mistune.Markdown(renderer=None, block=_PositionedParser(max_nested_level=MAX_NESTING))
# A line of spaces is blank, but mistune reads one of four or more after a paragraph as part of it.
_SPACE_LINE = re.compile(r"\n[ \t]+(?=\n)")
# A list marker and the no-break space that text copied from a word processor or a web page puts
# after it ("-\u00a0Prepare the food", "1.&nbsp;Order stock"): Markdown wants a plain space or tab
# there, and reads such a line as text.
_MARKER_NO_BREAK_SPACE = re.compile(
    r"^(?P<marker>[ \t]*(?:[-*+]|\d{1,9}[.)]))(?:\xa0|&nbsp;|&#160;)+(?=\S)", re.MULTILINE
)
# A bullet written as an HTML entity at the start of a line of Markdown ("&bull; Prepare the food"),
# which the rendered page shows as the bullet.
_BULLET_ENTITIES = {
    "&bull;": "•",
    "&#8226;": "•",
    "&#x2022;": "•",
    "&middot;": "·",
    "&#183;": "·",
    "&#xb7;": "·",
    "&ndash;": "–",
    "&#8211;": "–",
    "&#x2013;": "–",
    "&mdash;": "—",
    "&#8212;": "—",
    "&#x2014;": "—",
    "&#9642;": "▪",
    "&#x25aa;": "▪",
    "&#9632;": "■",
    "&#x25a0;": "■",
    "&#9679;": "●",
    "&#x25cf;": "●",
}
_BULLET_ENTITY = re.compile(
    r"^(?P<indent>[ \t]*)(?P<entity>" + "|".join(map(re.escape, _BULLET_ENTITIES)) + ")", re.MULTILINE | re.IGNORECASE
)
# A list marker escaped by a converter from HTML to Markdown ("\\- Prepare the food", "1\\. Order stock"):
# the page showed lines opening on a dash or a number, as a list does.
_ESCAPED_MARKER = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?:\\(?P<bullet>[-*+])|(?P<number>\d{1,9})\\(?P<end>[.)]))(?=[ \t]+\S)", re.MULTILINE
)
_LIST_MARKER = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


def parse_blocks(body: str, first_line: int = 1, *, in_code: bool = False) -> list[Block]:
    """Parse ``body`` into blocks; ``first_line`` is the file line ``body`` starts on. ``in_code``: ``body``
    is indented code read as a list, inside which no code is read so again (one level, whatever the input)."""
    body = _without_template_lines(_without_template_comments(_without_long_quotes(_SPACE_LINE.sub("\n", body))))
    body = _without_admonitions(_without_mdx_statements(body))
    if "~" in body and "\n~~~" in body:  # one character before four: memchr speed
        body = _TILDE_UNDERLINE.sub(_as_setext_underline, body)
    if "&" in body and "&lt;" in body:
        body = _with_escaped_html_read(body)
    body = _with_plain_markers(body)
    state = _PositionedState()
    state.process(body if body.endswith("\n") else body + "\n")
    try:
        _MARKDOWN.block.parse(state)
    except RecursionError:
        # Older mistune releases let lists and quotes recurse into each other
        # without bound; read the lines plainly rather than fail.
        return _plain_line_blocks(body, first_line)
    src = state.src
    tokens = _in_source_order(state.tokens)
    blocks: list[Block] = []
    line, counted_to = first_line, 0
    for index, token in enumerate(tokens):
        start = token.get("_offset", 0)
        end = tokens[index + 1].get("_offset", len(src)) if index + 1 < len(tokens) else len(src)
        line += src.count("\n", counted_to, start)  # tokens are in order: each newline counted once
        counted_to = start
        _convert(token, line, src[start:end], blocks, in_code=in_code)
    return _with_byline_kept(_lists_of_one_under_headings(_loose_bullet_lists(blocks)))


_MAX_BYLINE_PARTS = 6
MAX_BYLINE_PART_WORDS = 6
"""The most words of a byline's part ("Maple Hollow Public Library District"); the summary skips such lines too."""


def _with_byline_kept(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a byline right under the title, or opening the body, kept a line of text: one line of
    a few short parts between bullets ("**Maple Hollow Library** · Full-time · $61,400") names the
    employer, the place and the terms, for the facts to read; as a list, its parts were items."""
    at = 1 if blocks and blocks[0].kind == "heading" and blocks[0].level == 1 else 0
    if len(blocks) <= at + 1 or blocks[at].kind != "list":  # a byline has the posting after it
        return blocks
    entries = blocks[at].entries
    if not 2 <= len(entries) <= _MAX_BYLINE_PARTS or len({entry.line for entry in entries}) != 1:
        return blocks
    if any(len(entry.markdown.split()) > MAX_BYLINE_PART_WORDS for entry in entries):
        return blocks
    byline = Block("paragraph", entries[0].line, " · ".join(entry.markdown for entry in entries))
    return [*blocks[:at], byline, *blocks[at + 1 :]]


def _lists_of_one_under_headings(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a paragraph of one dash or symbol line right under a heading ("## Требования", then
    "– опыт работы поваром") made a list of one: a heading announces its list, as a label does."""
    out = list(blocks)
    for index in range(1, len(out)):
        block = out[index]
        if block.kind != "paragraph" or out[index - 1].kind != "heading" or not _may_open_on_a_bullet(block.markdown):
            continue
        listed = _announced_list(block.markdown, block.line)
        if listed is not None:
            out[index] = listed
    return out


def _announced_list(text: str, line: int) -> Block | None:
    """The list that lines announced by a label or heading are, one entry of any kind of bullet being
    enough ("**Nice to have:**" or "## Требования", then "— Kubernetes"); None when they are not one."""
    entries = _listed_rows(text.split("\n"), line, announced=True)
    return Block("list", entries[0].line, entries=tuple(entries)) if entries else None


def _with_plain_markers(body: str) -> str:
    """``body`` with the list markers that copying and converting leave written otherwise written as
    Markdown's: a no-break space after a marker, an escaped marker, a bullet written as an entity."""
    entities = "&" in body and (
        "&#" in body or "&nbsp;" in body or "&bull;" in body or "&middot;" in body or "dash;" in body
    )
    if entities or "\xa0" in body:
        body = _MARKER_NO_BREAK_SPACE.sub(r"\g<marker> ", body)
        body = _BULLET_NO_BREAK_SPACE.sub(r"\g<bullet> ", body)
    if entities:
        body = _BULLET_ENTITY.sub(lambda found: found["indent"] + _BULLET_ENTITIES[found["entity"].lower()], body)
    if "\\" in body:
        body = _ESCAPED_MARKER.sub(_unescaped_marker, body)
    return body


def _unescaped_marker(found: re.Match[str]) -> str:
    return found["indent"] + (found["bullet"] or found["number"] + found["end"])


def _loose_bullet_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each run of two or more paragraphs that each open on the same bullet made one list:
    a loose list written with dashes ("– Administration …", a blank line, "– Installation …"), or with
    bullet characters whose entries wrap unindented ("• Coordinate with our designer to" then
    "implement designs."), which alone is read as prose. Not a label marked otherwise ("🎁 **Perks**",
    then "✅ Remote-first")."""
    out: list[Block] = []
    run: list[tuple[str, list[ListEntry]]] = []  # the paragraphs of the run being read, with their bullet
    for block in [*blocks, None]:
        found = _loose_entries(block) if block is not None and block.kind == "paragraph" else None
        if found is not None and run and found[0] == run[0][0]:
            run.append(found)
            continue
        if len(run) > 1:
            entries = tuple(entry for _, listed in run for entry in listed)
            out[-1] = Block("list", entries[0].line, entries=entries)
        run = [found] if found is not None else []
        if block is not None:
            out.append(block)
    return out


def _loose_entries(block: Block) -> tuple[str, list[ListEntry]] | None:
    """The bullet a paragraph opens on, and the paragraph's entries as an entry of a loose list."""
    text = block.markdown
    if not _may_open_on_a_bullet(text):
        return None
    for bullet in _LOOSE_LIST_BULLETS:
        found = bullet.match(text)
        if found:
            entries = _bulleted_rows(text.split("\n"), bullet, block.line, loose=True)
            return (found.group().strip(), entries) if entries else None
    return None


_QUOTE_MARKER = re.compile(r"^[ \t]{0,3}>[ \t]?")
MAX_QUOTE_LINES = 1000
"""A block quote longer than this is read as plain lines (no posting quotes a thousand lines)."""
_QUOTE_LINE = re.compile(r"[ \t]{0,3}>")
_UNQUOTED = " "  # one character for the one it replaces: offsets and lines stay put


def _without_long_quotes(body: str) -> str:
    """``body`` with the ``>`` of any run of more than :data:`MAX_QUOTE_LINES` quoted lines taken out.

    mistune reads the lines of a block quote by growing a string line by line,
    which is quadratic in the quote's length (a megabyte of ``> ```\n`` took
    seconds, four took half a minute). The marker is replaced by a space, so
    the lines are read as they would be outside a quote.
    """
    if body.count(">") <= MAX_QUOTE_LINES:
        return body
    lines = body.split("\n")
    changed = False
    start: int | None = None
    for index in range(len(lines) + 1):
        if index < len(lines) and _QUOTE_LINE.match(lines[index]):
            start = index if start is None else start
            continue
        if start is not None and index - start > MAX_QUOTE_LINES:
            for quoted in range(start, index):
                lines[quoted] = lines[quoted].replace(">", _UNQUOTED, 1)
            changed = True
        start = None
    return "\n".join(lines) if changed else body


_TEMPLATE_AT_LINE_START = re.compile(r"\n[ \t]*\{[{%]")
_TEMPLATE_LINE = re.compile(r"^[ \t]*(?:(?:\{\{[^{}\n]*\}\}|\{%[^{}%\n]*%\})[ \t]*)+$", re.MULTILINE)
_SHORTCODE = re.compile(r"[ \t]*\{\{([<%])[ \t]*([\w-]+)([^{}\n]*)[>%]\}\}[ \t]*")
# The title as the first parameter, or after a word naming the shortcode's style ({{% notice info "Perks" %}}).
_POSITIONAL_TITLE = re.compile(r"[ \t]*(?:[\w-]+[ \t]+)?\"([^\"\n]{1,120})\"")
_NAMED_TITLE = re.compile(r"\b(?:title|heading|header|summary)[ \t]*=[ \t]*\"([^\"\n]{1,120})\"")


def _without_template_lines(body: str) -> str:
    """``body`` with each line of nothing but template tags (Hugo's ``{{< shortcode >}}``, Liquid's
    ``{% include %}``) read as a blank line, as the page the template renders has a block of its own there.

    A shortcode that wraps a part of the posting and names it (``{{< section title="What you'll do" >}}``
    … ``{{< /section >}}``) becomes a heading. Lines stay put. Without a blank line, the tag would join
    the list or paragraph above it (an empty line, not spaces: mistune reads a line of spaces as part of
    the paragraph above)."""
    # One character is looked for first: CPython finds "{" at memchr speed, "{{" forty times slower.
    if "{" not in body or not (_TEMPLATE_AT_LINE_START.search(body) or body.lstrip(" \t").startswith(("{{", "{%"))):
        return body  # most postings; and those with tags only inside their lines ("[link]({% link … %})")
    closed: dict[str, bool] = {}  # each shortcode's closing tag looked for once: lines of tags stay linear

    def is_closed(opening: str, name: str) -> bool:
        key = f"{opening}/{name}"
        if key not in closed:
            closed[key] = f"{{{{{opening} /{name}" in body or f"{{{{{opening}/{name}" in body
        return closed[key]

    return _TEMPLATE_LINE.sub(lambda found: _template_line(found.group(), is_closed), body)


# Comments of templates, which the page never shows: Liquid's "{% comment %} … {% endcomment %}", Hugo's
# "{{/* … */}}", Jinja's and Nunjucks' "{# … #}".
_TEMPLATE_COMMENT_OPENER = re.compile(r"\{%-?[ \t]*comment[ \t]*-?%\}|\{\{-?[ \t]*/\*|\{#")
_TEMPLATE_COMMENT_CLOSERS = {
    "{%": re.compile(r"\{%-?[ \t]*endcomment[ \t]*-?%\}"),
    "{{": re.compile(r"\*/[ \t]*-?\}\}"),
    "{#": re.compile(r"#\}"),
}


_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|ul|ol|li|h[1-6]|strong|b|br|div|em|span|table|tr|td|th)\b[^&<>\n]{0,200}&gt;")
_MIN_ESCAPED_TAGS = 3


# A heading underlined with tildes in plain text ("Bonus" over "~~~~~"), which Markdown takes for a code
# fence that runs to the end of the posting: read as the dashes of a setext heading. A fence under a line
# of text is rare; an underline is about as long as its heading, a fence three or four tildes.
_TILDE_UNDERLINE = re.compile(r"^(?P<text>[^\n~`]*\S[^\n]{0,60})\n(?P<tildes>~{3,})[ \t]*$", re.MULTILINE)


def _as_setext_underline(found: re.Match[str]) -> str:
    text, tildes = found["text"], found["tildes"]
    if len(tildes) < max(_MIN_UNDERLINE, 0.6 * len(text.strip())):
        return found.group()
    return f"{text}\n{'-' * len(tildes)}"


_MIN_UNDERLINE = 5


def _with_escaped_html_read(body: str) -> str:
    """``body`` unescaped when it is HTML written escaped, as an applicant-tracking system's API gives it
    ("&lt;p&gt;&lt;strong&gt;What you'll do&lt;/strong&gt;…") and scripts copy it into a page: several
    escaped tags and fewer real ones. Lines stay put."""
    escaped = len(_ESCAPED_TAG.findall(body))
    if escaped < _MIN_ESCAPED_TAGS or body.count("<") >= escaped:
        return body
    return html.unescape(body)


def _without_template_comments(body: str) -> str:
    """``body`` with each template comment made blank lines (as many as it spans: lines stay put).

    Its text indented under a list entry would otherwise be read as the entry's own. A comment left
    open is text: the page would show it as the template engine's error.
    """
    if "{" not in body or ("comment" not in body and "{{/*" not in body and "{{- /*" not in body and "{#" not in body):
        return body
    out: list[str] = []
    done = 0
    unclosed: set[str] = set()  # kinds no closer follows: none follows a later opener of theirs either
    for opener in _TEMPLATE_COMMENT_OPENER.finditer(body):
        kind = opener.group()[:2]
        if opener.start() < done or kind in unclosed:
            continue
        closer = _TEMPLATE_COMMENT_CLOSERS[kind].search(body, opener.end())
        if closer is None:
            unclosed.add(kind)
            continue
        out.append(body[done : opener.start()])
        out.append("\n" * body.count("\n", opener.start(), closer.end()))
        done = closer.end()
    return "".join(out) + body[done:] if out else body


def _template_line(line: str, is_closed: Callable[[str, str], bool]) -> str:
    """A line of template tags as a heading of the part it opens (see above), or as an empty line."""
    found = _SHORTCODE.fullmatch(line)
    if found is not None:
        opening, name, parameters = found.groups()
        title = _POSITIONAL_TITLE.match(parameters) or _NAMED_TITLE.search(parameters)
        if title is not None and is_closed(opening, name):
            return f"## {' '.join(title.group(1).split())}"
    return ""


# An admonition of MkDocs (Python-Markdown's "!!! note \"Requirements\"", pymdownx's collapsible
# "??? tip \"Nice to have\"" and "???+"), its content indented under it; and of Docusaurus and MyST
# (":::info What you'll do", ":::note[Requirements]", ":::{admonition} Profile"), closed by ":::".
_ADMONITION = re.compile(
    r'[ \t]{0,3}(?:!!!|\?\?\?\+?)[ \t]*(?P<types>[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?:"(?P<title>[^"\n]*)")?[ \t]*'
)
_FENCED_ADMONITION = re.compile(
    r"[ \t]{0,3}:{3,}[ \t]*(?P<types>\{[\w-]+\}|[\w-]+)?[ \t]*(?:\[(?P<bracketed>[^\]\n]*)\])?"
    r"[ \t]*(?P<title>(?:[^{\s][^\n]*?)?)[ \t]*"
)
_ADMONITION_INDENT = 4
# A pattern that opens on a newline is searched for at memchr speed; three "in" tests cost three times as much.
_ADMONITION_AT_LINE_START = re.compile(r"\n[ \t]{0,3}(?:!!!|\?\?\?|:::)")
_ADMONITION_AT_START = re.compile(r"[ \t]{0,3}(?:!!!|\?\?\?|:::)")  # a match, not a copy of the body stripped


def _without_admonitions(body: str) -> str:
    """``body`` with each admonition's first line read as a heading of its title (or a blank line, when it
    has none) and its content, indented under it for MkDocs, as the content of that section; a closing
    ":::" is a blank line. Markdown reads "!!! note" and its indented lines as one paragraph. Lines stay put."""
    if not (_ADMONITION_AT_LINE_START.search(body) or _ADMONITION_AT_START.match(body)):
        return body
    lines = body.split("\n")
    changed = False
    indented_under = False  # within the indented content of a MkDocs admonition
    for index, row in enumerate(lines):
        if indented_under:
            if not row.strip() or row.startswith(("\t", " " * _ADMONITION_INDENT)):
                lines[index] = row[1:] if row.startswith("\t") else row[_ADMONITION_INDENT:]
                continue
            indented_under = False
        if not row.lstrip(" \t").startswith(("!!!", "???", ":::")):
            continue
        found = _ADMONITION.fullmatch(row) or _FENCED_ADMONITION.fullmatch(row)
        if found is None or (found.re is _ADMONITION and not (found["types"] or found["title"] is not None)):
            continue
        title = " ".join((found.groupdict().get("bracketed") or found["title"] or "").split())
        lines[index] = f"## {title}" if title else ""
        indented_under = found.re is _ADMONITION
        changed = True
    return "\n".join(lines) if changed else body


# An MDX file opens on the JavaScript statements its components need ("import { Accordion } from '…'",
# "export const meta = {…};"), which are no text of the page. A statement is one line, or an
# "import {" that runs over lines to its "from '…'".
_MDX_IMPORT = re.compile(
    r"""import[ \t]*(?:['"][^'"\n]+['"]|[\w*{][^\n]*?\bfrom[ \t]*['"][^'"\n]+['"])[ \t]*;?[ \t]*"""
)
_MDX_EXPORT = re.compile(r"export[ \t]+(?:const|let|var|function|default|async)\b[^\n]*;[ \t]*")
_MDX_IMPORT_OPENED = re.compile(r"import[ \t]*\{[^}\n]*")
_MDX_IMPORT_CLOSED = re.compile(r"""[^{]*\}[ \t]*from[ \t]*['"][^'"\n]+['"][ \t]*;?[ \t]*""")
_MAX_MDX_STATEMENT_LINES = 40
_MDX_OPENING = re.compile(r"\s*(?:import|export)\b")


def _without_mdx_statements(body: str) -> str:
    """``body`` with the import and export statements that open an MDX file as blank lines (lines stay put)."""
    if _MDX_OPENING.match(body) is None:
        return body
    lines = body.split("\n")
    index = 0
    while index < len(lines):
        row = lines[index]
        if not row.strip():
            index += 1
            continue
        if _MDX_IMPORT.fullmatch(row) or _MDX_EXPORT.fullmatch(row):
            end = index
        elif _MDX_IMPORT_OPENED.fullmatch(row) and (closed := _closing_line(lines, index)) is not None:
            end = closed
        else:
            break
        lines[index : end + 1] = [""] * (end + 1 - index)
        index = end + 1
    return "\n".join(lines)


def _closing_line(lines: list[str], opened: int) -> int | None:
    """The line that closes an "import {" opened on line ``opened`` ("} from './c'"), or None."""
    for index in range(opened + 1, min(len(lines), opened + _MAX_MDX_STATEMENT_LINES)):
        if _MDX_IMPORT_CLOSED.fullmatch(lines[index]):
            return index
    return None


def _in_source_order(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tokens other than blank lines, by where they start.

    mistune appends a block that ends a block quote ("> quote" then "- item")
    before the quote itself; the offsets put them back in order.
    """
    return sorted((t for t in tokens if t["type"] != "blank_line"), key=lambda t: int(t.get("_offset", 0)))


def _plain_line_blocks(body: str, first_line: int) -> list[Block]:
    """Every non-blank line as a paragraph: the reader of last resort."""
    return [
        Block("paragraph", first_line + offset, line.strip())
        for offset, line in enumerate(body.split("\n"))
        if line.strip()
    ]


def _convert(token: dict[str, Any], line: int, raw: str, out: list[Block], *, in_code: bool = False) -> None:
    kind = token["type"]
    if kind == "heading":
        out.append(Block("heading", line, token["text"].strip(), level=token["attrs"]["level"]))
    elif kind in ("paragraph", "block_text"):
        text = token["text"].strip("\n")
        if not _FOOTNOTE.match(text):
            out.extend(_paragraph_blocks(text, line))
    elif kind == "list":
        entries: list[ListEntry] = []
        _collect_entries(token, 0, entries)
        out.append(Block("list", line, entries=tuple(_number_entries(entries, raw, line))))
    elif kind == "block_html":
        out.extend(_html_blocks(token["raw"], line))
    elif kind == "block_code" and _INDENTED_HTML.match(token.get("raw", "")) and token.get("style") == "indent":
        # HTML indented by a tab or four spaces is code to CommonMark, but postings indent their
        # <dl>, <ul> and <li> for readability: it is the posting's text.
        out.extend(_html_blocks(token["raw"], line))
    elif kind == "block_code" and token.get("style") == "indent" and not in_code and _is_a_list(token.get("raw", "")):
        # So are lines of bullets pasted with the indent of the document they came from.
        out.extend(parse_blocks(token["raw"], line, in_code=True))
    elif kind == "block_quote":
        # Each child's own lines, unquoted: a list's entries are numbered by the lines of their markers.
        inner = [_QUOTE_MARKER.sub("", row, count=1) for row in raw.split("\n")]
        children = _in_source_order(token["children"])
        if not children:  # an empty quote (">" alone)
            return
        text = "\n".join(inner)
        # A quote inside a quote carries no line of its own, only its offset in the outer quote's text.
        starts = [
            int(child["_line"]) if child.get("_line") is not None else text.count("\n", 0, child.get("_offset", 0))
            for child in children
        ]
        for child, start, end in zip(children, starts, [*starts[1:], len(inner)], strict=True):
            _convert(child, line + start, "\n".join(inner[start:end]), out)


def _is_a_list(code: str) -> bool:
    """Whether indented code is lines that each open on a bullet or a list marker (or go on, indented
    further, with the line above), rather than code."""
    rows = [row for row in code.split("\n") if row.strip()]
    if not rows or rows[0][:1].isspace():
        return False
    return all(row[:1].isspace() or _LIST_MARKER.match(row) or _opens_on_a_bullet(row) for row in rows)


_FOOTNOTE = re.compile(r"^\[\^[^\]]+\]:")
# (?<!\s): only the start of a run of spaces can start a match (a search stays linear).
_INDENTED_HTML = re.compile(r"(?<!\s)\s*</?[A-Za-z][\w-]*[\s/>]")
# In both patterns no two \s* can share a run of spaces: "\s*\|?\s*" tried every
# split of a long run between its two halves, which is quadratic.
# A table's delimiter row: cells of dashes, one dash enough ("|-|:-:|"), as GitHub reads them.
_TABLE_SEPARATOR = re.compile(r"^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$")
# The last range: the bullets of Word's Symbol and Wingdings fonts, which text copied out of a
# document keeps as characters of the Private Use Area ("\uf0b7", "\uf0a7", "\uf0d8").
_BULLET_CHARS = "•·・･▪◦‣●■►➢✓✔→\uf020-\uf0ff"
_BULLET_LINE = re.compile(rf"^\s*[{_BULLET_CHARS}]\ufe0f?\s*")  # "✔️": the emoji form of a bullet character
# The same after a bullet character, wherever it is ("<br>•&nbsp;Process payroll"): the bullet's own space.
_BULLET_NO_BREAK_SPACE = re.compile(rf"(?P<bullet>[{_BULLET_CHARS}]|&bull;|&#8226;)(?:\xa0|&nbsp;|&#160;)+(?=\S)")
# Arrows, dingbats, shapes and emoji, which open the lines of lists written without Markdown ("✅ …").
_SYMBOL_RANGES = "\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff" + PICTOGRAPHS
_TABLE_OR_BULLET_CHAR = re.compile(rf"[|{_BULLET_CHARS}–—{_SYMBOL_RANGES}ØŸ§]|ü(?:\t|  )")
# En and em dashes open list items too, but only in a paragraph of several such lines:
# one line opening on a dash is as likely an aside or an attribution.
_DASH_LINE = re.compile(r"^\s*[–—]\s+")
# So do those symbols ("✅ …", "👉 …", "➤ …") and the "o" that word processors export for a
# bullet: the bullets of a paragraph that is only such lines.
_SYMBOL_LINE = re.compile(rf"^\s*[{_SYMBOL_RANGES}]\ufe0f?\s+")
_LETTER_O_LINE = re.compile(r"^[ \t]*o[ \t]+(?=\S)")
# The "o" of a word processor's second level under lines of another bullet ("" then "o<tab>IT equipment"),
# told from a wrapped line that opens on the word "o" by the tab, the spaces or the capital after it.
_WORD_SUB_BULLET = re.compile(r"[ \t]*o(?:\t[ \t]*|[ \t]{2,}|[ \t]+(?=[A-ZÀ-ÞА-Я]))(?=\S)")
# Word's Wingdings bullets copied without their font: an arrow, a square, a small bullet and a check become
# "Ø", "§", "Ÿ" and "ü" ("Ø  Prepare the payroll"), and its second level's square under them. A letter
# or a sign, each is a bullet only on several lines of a paragraph, with a tab or two spaces after "ü".
_LOST_FONT_LINE = re.compile(r"^[ \t]*(?:[ØŸ§][ \t]+|ü(?:\t|[ \t]{2,}))(?=\S)")
# Markdown's own bullets without their space ("-2+ years", "*Write tests"), which CommonMark reads as
# text: a bullet only in a paragraph of several such lines, and a star only with no other star (emphasis).
_TIGHT_BULLET_LINE = re.compile(r"^[ \t]*(?:[-+]|\*(?![^\n]*\*))(?=[^\W_])")
_SEVERAL_LINE_BULLETS = (_DASH_LINE, _SYMBOL_LINE, _LETTER_O_LINE, _TIGHT_BULLET_LINE, _LOST_FONT_LINE)
# The definitions of a definition list (kramdown, PHP Markdown Extra, Pandoc): "Duties" then
# ": …" lines. CommonMark has no such list and reads them as one paragraph.
_DEFINITION_LINE = re.compile(r"^[ \t]{0,3}:[ \t]+(?=\S)")
_ONE_LINE_BULLETS = (_BULLET_LINE, _DEFINITION_LINE)
_ANY_LINE_BULLET = (*_ONE_LINE_BULLETS, *_SEVERAL_LINE_BULLETS)
_LOOSE_LIST_BULLETS = (*_SEVERAL_LINE_BULLETS, _BULLET_LINE)
# (?<!\s): only the start of a run of spaces can start a match.
_INLINE_BULLET = re.compile(rf"(?<!\s)\s+[{_BULLET_CHARS}]\s+")
# Lines counted with letters, Roman numerals or bracketed numbers, which CommonMark does not
# read as a list: "a) …", "b. …", "(1) …", "ii) …" (it reads "1." and "1)" itself).
# Chinese and Japanese count with a number and an ideographic comma or full stop, or a full-width
# bracket, no space after: "1、…", "1）…". Lines typed without Markdown count "1.Prepare …" (no space)
# or "1 - Prepare …"; and Markdown's own "3. …" is text under a line of a paragraph when it does not
# count from 1 ("Desirable" then "3. …", "4. …").
_ENUMERATED_LINE = re.compile(
    r"[ \t]*(?:[(（]([a-z]|[ivx]{1,4}|\d{1,2})[)）][ \t]*|([a-z]|[ivx]{1,4})(?:[.)][ \t]+|\)(?=[A-ZÀ-Þ]))"
    r"|(\d{1,2})(?:[、．）][ \t]*|[.)][ \t]+|\.(?=[^\W\d_])|[ \t]*[-–—][ \t]+)"
    r"|([\u2460-\u2473\u2776-\u2793])[ \t]*)(?=\S)",  # circled numbers: "①" to "⑳", "❶" to "➓"
    re.IGNORECASE,
)
# The first of each run of circled numbers ("①", "❶", "➀", "➊"), from which a circled number's count is read.
_CIRCLED_ONES = (0x2460, 0x2776, 0x2780, 0x278A)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
# A short label ending in a colon (bold or not), then the rest of a one-line paragraph.
_LABELLED_CLAUSES = re.compile(r"(?P<label>[*_]{0,2}[^:;\n*_]{1,50}:[*_]{0,2})[ \t]+(?P<rest>[^\n]+)")
CLAUSE_SEPARATOR = re.compile(r"\s*;\s+")
"""A semicolon between clauses, as a label's list ("**Duties:** prep the food; cook; clean.") writes it."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_MIN_CLAUSES = 3
MAX_CLAUSE_WORDS = 12
"""The most words of a clause between semicolons that is a list's item rather than prose."""


def _paragraph_blocks(text: str, line: int) -> list[Block]:
    """A Markdown paragraph's blocks: the paragraph, or the label, list or table it really is.

    Bullets after line breaks written as HTML ("<b>Duties</b><br>• Plan the menu<br>• Order stock")
    open lines as they do on the page; such lines keep the file line they are written on.
    """
    if "<" not in text or _BULLET_AFTER_BREAK.search(text) is None:
        return _headed_bullets(text, line) or [_paragraph_or_more(text, line)]
    broken, file_lines = _broken_before_bullets(text, line)
    blocks = _headed_bullets(broken, line) or [_paragraph_or_more(broken, line)]
    return [_on_file_lines(block, line, file_lines) for block in blocks]


_BULLET_AFTER_BREAK = re.compile(rf"<br\s*/?>[ \t]*(?=[-*+–—][ \t]|[{_BULLET_CHARS}]|&bull;)", re.IGNORECASE)


def _broken_before_bullets(text: str, line: int) -> tuple[str, list[int]]:
    """``text`` with each line break written as HTML before a bullet made a new line, and the file line
    of each of its lines."""
    rows: list[str] = []
    file_lines: list[int] = []
    for offset, row in enumerate(text.split("\n")):
        parts = _BULLET_AFTER_BREAK.split(row)
        rows.extend(parts)
        file_lines.extend([line + offset] * len(parts))
    return "\n".join(rows), file_lines


def _on_file_lines(block: Block, line: int, file_lines: list[int]) -> Block:
    """``block`` with its lines, counted from ``line`` over lines of its own, given as file lines."""

    def file_line(counted: int) -> int:
        return file_lines[min(max(counted - line, 0), len(file_lines) - 1)]

    entries = tuple(replace(entry, line=file_line(entry.line)) for entry in block.entries)
    return replace(block, line=file_line(block.line), entries=entries)


def _paragraph_or_more(text: str, line: int) -> Block:
    """A paragraph, or the table or bullet list that a paragraph really is."""
    if "\n" in text and _ENUMERATED_LINE.match(text) is not None and (counted := _enumerated_list(text, line)):
        return counted
    if not _may_hold_bullets(text):
        return Block("paragraph", line, text)
    lines = text.split("\n")
    if len(lines) >= 2 and "|" in lines[0] and _is_table_separator(lines[1]):
        rows = tuple(_cells(row) for index, row in enumerate(lines) if index != 1 and row.strip())
        return Block("table", line, rows=rows)
    entries = _listed_rows(lines, line, forgotten_bullets=True)
    if entries is not None:
        return Block("list", line, entries=tuple(_split_inline_bullets(entries)))
    if len(lines) == 1 and _INLINE_BULLET.search(" " + text):
        return Block("list", line, entries=tuple(_split_inline_bullets([ListEntry(text, line, 0)])))
    return Block("paragraph", line, text)


def _is_table_separator(row: str) -> bool:
    """Whether a paragraph's second line is a table's delimiter row; a lone "-" is not (a list's marker)."""
    return _TABLE_SEPARATOR.match(row) is not None and ("|" in row or "--" in row)


def _listed_rows(
    lines: list[str], line: int, *, forgotten_bullets: bool = False, announced: bool = False
) -> list[ListEntry] | None:
    """The entries of lines that are a list written with one kind of bullet (two entries or more for the
    kinds that need several), or None; ``forgotten_bullets``: also when only most lines have it
    (:func:`_mostly_bulleted_rows`); ``announced``: a label announces the list, so one entry of any kind
    is a list of one ("**Nice to have:**" then "— Kubernetes")."""
    for bullet in _ANY_LINE_BULLET:
        entries = _bulleted_rows(lines, bullet, line)
        if entries is None and forgotten_bullets:
            entries = _mostly_bulleted_rows(lines, bullet, line)
        if entries and (announced or bullet in _ONE_LINE_BULLETS or len(entries) > 1):
            return entries
    return None


def _bulleted_rows(
    lines: list[str], bullet: re.Pattern[str], line: int, *, loose: bool = False, strays: bool = False
) -> list[ListEntry] | None:
    """The entries of lines that all open on ``bullet``, but for lines that go on with the entry above
    them (:func:`_wraps_on`: "– Lead an open dialogue with agency" then "representatives …"); None when
    another line opens on no bullet, or when one bullet line has lines going on under it unindented
    (prose with a bullet in it: "• daily" then "and sell the honey"; an indented line goes on with a
    list's entry). ``loose``: the paragraph is one entry of a loose list, and every line after its
    bullet goes on with it. ``strays``: another line is an entry of its own instead of None."""
    entries: list[ListEntry] = []
    indents: list[int] = []  # the indents of the bullets above, one for each level of nesting
    flush_wrapped = False
    for offset, row in enumerate(lines):
        if not row.strip():
            continue
        if bullet.match(row):
            entries.append(ListEntry(bullet.sub("", row), line + offset, _nesting(indents, row)))
        elif entries and bullet is not _LETTER_O_LINE and (sub := _WORD_SUB_BULLET.match(row)):
            entries.append(ListEntry(row[sub.end() :], line + offset, len(indents)))  # below the last bullet
        elif entries and (loose or _wraps_on(row)):
            entries[-1] = _continued(entries[-1], row)
            flush_wrapped = flush_wrapped or not row[:1].isspace()
        elif strays:
            entries.append(ListEntry(row.strip(), line + offset, 0))
        else:
            return None
    return None if flush_wrapped and len(entries) < 2 and not loose else entries


def _nesting(indents: list[int], row: str) -> int:
    """The level of a bullet line: one below the nearest line above indented less ("• HL7 messages" then
    "    ◦ ORU and ADT"); ``indents`` keeps the bullets' indents from one line to the next."""
    indent = len(row) - len(row.lstrip())
    while indents and indents[-1] >= indent:
        indents.pop()
    indents.append(indent)
    return len(indents) - 1


def _mostly_bulleted_rows(lines: list[str], bullet: re.Pattern[str], line: int) -> list[ListEntry] | None:
    """The entries of lines that open on ``bullet`` from the first, most of them: a line that opens on none
    and does not go on with the entry above it is an entry of its own, as a writer who forgot its bullet
    meant ("– Implement the database", "Revamp the backend modules", "– Coordinate …")."""
    rows = [row for row in lines if row.strip()]
    if not rows or not bullet.match(rows[0]):
        return None
    bulleted = sum(1 for row in rows if bullet.match(row))
    if bulleted < 2 or bulleted * 2 <= len(rows):
        return None
    return _bulleted_rows(lines, bullet, line, strays=True)


def _may_hold_bullets(text: str) -> bool:
    """A cheap first look: a table's bar, a bullet character or symbol, a line opening on "o ", ":" or a marker."""
    return (
        _has_table_or_bullet_char(text)
        or text.startswith(("o ", ":", "-", "+"))
        or (text.startswith("*") and not text.startswith("**"))
        or "\no " in text
        or "\n:" in text
        or "\n-" in text
        or "\n*" in text
        or "\n+" in text
    )


def _has_table_or_bullet_char(text: str) -> bool:
    if text.isascii():  # of the characters looked for, only the table's bar is ASCII: found sooner
        return "|" in text
    return _TABLE_OR_BULLET_CHAR.search(text) is not None


def _headed_bullets(text: str, line: int) -> list[Block] | None:
    """A label and the bullets after it in one paragraph, as a paragraph and a list.

    Markdown reads bullet lines as the continuation of the line above them
    ("【業務内容】" then "・…" lines; "**Profil:**" then "– …" lines), and bullets
    written inline as one line with their label ("**Aufgaben:** • … • …"). The
    label is left a paragraph of its own, which the section stage may read as a heading.
    """
    first, _, rest = text.partition("\n")
    if rest and _ENUMERATED_LINE.match(rest) and not _ENUMERATED_LINE.match(first):
        counted = _enumerated_list(rest, line + 1)  # "**任职要求：**" then "1、…", "2、…"; "Duties:" then "a) …"
        if counted is not None:
            return [Block("paragraph", line, first), counted]
    if not _may_hold_bullets(text):  # most paragraphs: no bullet anywhere
        return _labelled_clauses(text, line) if "; " in text else None
    if not rest:  # a dash between numbers ("30–40 files") may look like a bullet: clauses are tried too
        found = _labelled_inline_bullets(text, line)
        return _labelled_clauses(text, line) if found is None and "; " in text else found
    if not _may_hold_bullets(rest):
        return None  # no bullet below the first line
    rows = [row for row in rest.split("\n") if row.strip()]
    if any(bullet.match(first) for bullet in _ANY_LINE_BULLET):  # a first line that is a bullet too
        return _marked_label_and_bullets(first, rows, rest, line)
    if _all_bullets(rows):
        return [Block("paragraph", line, _as_a_term(first, rows)), _paragraph_or_more(rest, line + 1)]
    if _ANNOUNCES.search(first):
        announced = _announced_list(rest, line + 1)
        if announced is not None:
            return [Block("paragraph", line, first), announced]
    return _labelled_bullet_runs(text, line) or _text_then_bullets(text, line)


def _as_a_term(first: str, rows: list[str]) -> str:
    """The first line of a definition list's entry ("Test automation" over ": You build …") as the label it
    is ("Test automation:"): it introduces its definitions, which are the items, and is none itself."""
    if _DEFINITION_LINE.match(rows[0]) and not _ANNOUNCES.search(first):
        return first.rstrip() + ":"
    return first


_ANNOUNCES = re.compile(r"[:：][*_\s]*$")
"""The end of a label that announces what follows it ("**Will be a plus:**")."""


def _all_bullets(rows: list[str]) -> bool:
    """Whether every row opens on one kind of bullet or goes on with the entry above it (two entries or
    more for the kinds that need several)."""
    return _listed_rows(rows, 0) is not None


def _labelled_bullet_runs(text: str, line: int) -> list[Block] | None:
    """'Duties' then '• …' lines, then 'Requirements' then '• …' lines, all in one paragraph: each
    label with its bullets, as :func:`_headed_bullets` reads one.

    Only when every line that opens on no bullet has bullet lines under it.
    """
    runs: list[tuple[int, list[str]]] = []  # (offset of the label, the bullet lines under it)
    for offset, row in enumerate(text.split("\n")):
        if not row.strip():
            return None
        if any(bullet.match(row) for bullet in _ANY_LINE_BULLET):
            if not runs:
                return None
            runs[-1][1].append(row)
        else:
            runs.append((offset, [row]))
    if len(runs) < 2 or not all(len(rows) > 1 and _all_bullets(rows[1:]) for _, rows in runs):
        return None
    blocks: list[Block] = []
    for offset, rows in runs:
        blocks.append(Block("paragraph", line + offset, rows[0]))
        blocks.append(_paragraph_or_more("\n".join(rows[1:]), line + offset + 1))
    return blocks


def _text_then_bullets(text: str, line: int) -> list[Block] | None:
    """Lines of text, then lines that are a list written with bullet characters, in one paragraph
    ("Our lab is looking for …", "Your tasks", "– Organise …", "– Book …"): the text, then the list,
    as Markdown reads a list that follows a paragraph. The text's last line is a label of its own
    when it is one (:func:`_label_after_text`)."""
    lines = text.split("\n")
    first = _first_bullet_line(lines)
    if first is None or _listed_rows(lines[first:], 0) is None:
        return None
    listed = _paragraph_or_more("\n".join(lines[first:]), line + first)
    if first > 1 and _label_after_text(lines[first - 2], lines[first - 1]):
        above = [
            Block("paragraph", line, "\n".join(lines[: first - 1])),
            Block("paragraph", line + first - 1, lines[first - 1]),
        ]
        return [*above, listed]
    return [Block("paragraph", line, "\n".join(lines[:first])), listed]


_LABEL_AFTER_TEXT_WORDS = 6
# The end of a line that ends a sentence, maybe inside quotes or brackets.
_SENTENCE_END_LINE = re.compile(r"[.!?:。！？：][\"')\]»”’*_]*\s*$")


def _label_after_text(above: str, row: str) -> bool:
    """Whether ``row`` labels what follows it rather than going on with the sentence ``above`` it:
    short, opening on no lower-case letter, ending no sentence, under a line that ends one."""
    words = row.split()
    if not words or len(words) > _LABEL_AFTER_TEXT_WORDS or row.lstrip()[:1].islower():
        return False
    ends = row.rstrip().endswith((":", "：")) or not _SENTENCE_END_LINE.search(row)
    return ends and _SENTENCE_END_LINE.search(above) is not None


def _marked_label_and_bullets(first: str, rows: list[str], rest: str, line: int) -> list[Block] | None:
    """'■業務内容' then '・…' lines: a first line marked otherwise than all the lines below it is their label.

    Japanese postings mark their headings with one shape ("■", "●") and their items with another
    ("・"), and others an emoji heading with another emoji for its items ("🔥 What you'll do" then
    "👉 …" lines); lines that all share one marker are one list.
    """
    marker = _bullet_char(first)
    below = {_bullet_char(row) for row in rows}
    if marker is None or len(below) != 1 or None in below or marker in below:
        return None
    label = first[_marker_end(first) :]
    if not label.strip():
        return None
    # A label over one dash line heads a list of one too.
    return [Block("paragraph", line, label), _announced_list(rest, line + 1) or _paragraph_or_more(rest, line + 1)]


def _bullet_char(row: str) -> str | None:
    """The bullet character, symbol or dash a line opens on ("•", "■", "・", "👉", "–"), if it opens on one."""
    end = _marker_end(row)
    return row[:end].strip()[:1].replace("—", "–") or None  # en and em dashes are one kind of bullet


def _marker_end(row: str) -> int:
    """Where the text of a line opening on a bullet character, a symbol or a dash starts (0: on none)."""
    found = _BULLET_LINE.match(row) or _SYMBOL_LINE.match(row) or _DASH_LINE.match(row)
    return found.end() if found else 0


def _labelled_inline_bullets(text: str, line: int) -> list[Block] | None:
    """'**Aufgaben:** • Planung • Steuerung': the label before the first inline bullet, and the bullets."""
    bullet = _INLINE_BULLET.search(text)
    if bullet is None:
        return None
    label = text[: bullet.start()].strip()
    if not label.rstrip("*_ ").endswith(":"):
        return None
    return [Block("paragraph", line, label), _paragraph_or_more(text[bullet.start() :].strip(), line)]


def _labelled_clauses(text: str, line: int) -> list[Block] | None:
    """'**Duties:** prep the food; cook to our recipes; keep the station clean.': a label and its list.

    Only a one-line paragraph whose label ends in a colon, with three or more
    short clauses between semicolons and no sentence break among them: prose
    that joins two sentences with a semicolon stays a paragraph.
    """
    found = _LABELLED_CLAUSES.match(text)
    if found is None:
        return None
    clauses = CLAUSE_SEPARATOR.split(found["rest"].strip())
    if len(clauses) < _MIN_CLAUSES or any(
        not clause or len(clause.split()) > MAX_CLAUSE_WORDS or _SENTENCE_BREAK.search(clause) for clause in clauses
    ):
        return None
    entries = tuple(ListEntry(clause, line, 0) for clause in clauses)
    return [Block("paragraph", line, found["label"].strip()), Block("list", line, entries=entries)]


def _enumerated_list(text: str, line: int) -> Block | None:
    """A paragraph whose every line is counted in order ("a)", "b)", "c)"; "(1)", "(2)"; "i.", "ii."), as a list."""
    entries: list[ListEntry] = []
    counters: list[str] = []
    for offset, row in enumerate(text.split("\n")):
        if not row.strip():
            continue
        found = _ENUMERATED_LINE.match(row)
        if found is None:
            return None
        counters.append((found.group(1) or found.group(2) or found.group(3) or _circled_count(found.group(4))).lower())
        entries.append(ListEntry(row[found.end() :], line + offset, 0))
    return Block("list", line, entries=tuple(entries)) if len(entries) > 1 and _in_order(counters) else None


def _circled_count(number: str) -> str:
    """The count a circled number writes ("②" is 2)."""
    code = ord(number)
    return str(code - max(first for first in _CIRCLED_ONES if first <= code) + 1)


def _in_order(counters: list[str]) -> bool:
    """Whether the counters go a, b, c … or i, ii, iii … from the first, or 1, 2, 3 … from any number.

    Starting at "a" or "i" keeps out lines that merely open on an initial ("B. Smith").
    """
    if all(counter.isdigit() for counter in counters):
        numbers = [int(counter) for counter in counters]
        return numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    if list(_ROMAN[: len(counters)]) == counters:
        return True
    return counters == [chr(ord("a") + index) for index in range(len(counters))]


def _split_inline_bullets(entries: list[ListEntry]) -> list[ListEntry]:
    out: list[ListEntry] = []
    for entry in entries:
        pieces = _INLINE_BULLET.split(" " + entry.markdown)
        out.extend(ListEntry(_BULLET_LINE.sub("", p).strip(), entry.line, entry.level) for p in pieces if p.strip())
    return out


def _cells(row: str) -> tuple[str, ...]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return tuple(cell.strip() for cell in re.split(r"(?<!\\)\|", inner))


# A Markdown bullet opening a line of text that Markdown itself did not read as a list item.
_TEXT_BULLET = re.compile(r"[ \t]*[-*+][ \t]+(?=\S)")
# Such a bullet starting a line inside an entry's text (see _with_folded_entries).
_FOLDED_MARKER = re.compile(r"\n" + _TEXT_BULLET.pattern)
# A task list's box ("- [ ] Own the clusters", "- [x] …"), which GitHub renders as a checkbox.
_TASK_BOX = re.compile(r"^\[[ xX]\][ \t]+")


def _with_folded_entries(text: str, level: int) -> list[ListEntry]:
    """An entry, and the entries folded into its text, one level below it.

    Indented past a code block's indent ("\t\t* SQL" under "* Experience with:"),
    CommonMark reads the lines of a nested list as the item's own text running on;
    the writer meant them nested.
    """
    if "\n" not in text:
        return [ListEntry(text, 0, level)]
    parts = _FOLDED_MARKER.split(text)
    if len(parts) == 1 and (folded := _folded_bullet_lines(text, level) or _folded_counted_lines(text, level)):
        return folded
    return [ListEntry(parts[0], 0, level), *(ListEntry(part, 0, level + 1) for part in parts[1:])]


def _folded_counted_lines(text: str, level: int) -> list[ListEntry] | None:
    """An entry whose lines below its first are counted in order ("1) Duties" then "a. Carry out …", "b. …"):
    the entry, and those lines one level below it, as :func:`_folded_bullet_lines` reads bullet lines."""
    head, _, rest = text.partition("\n")
    rest = rest.rstrip("\n")
    first = _ENUMERATED_LINE.match(rest)
    if first is None:
        return None
    entries: tuple[ListEntry, ...]
    if "\n" not in rest:  # one line, counted from the start ("a. NVQ Level 3")
        count = (first.group(1) or first.group(2) or first.group(3) or "").lower()
        entries = (ListEntry(rest[first.end() :], 1, 0),) if count in ("a", "i", "1") else ()
    else:
        counted = _enumerated_list(rest, 1)
        entries = counted.entries if counted is not None else ()
    if not entries:
        return None
    return [ListEntry(head, 0, level), *(ListEntry(entry.markdown, entry.line, level + 1) for entry in entries)]


def _folded_bullet_lines(text: str, level: int) -> list[ListEntry] | None:
    """An entry whose lines below its own are a list written with bullet characters ("Testing, 15%"
    then "– Test the incoming messages", "– Test bug fixes"): the entry, and those lines one level
    below it, each with its line's offset below the entry's first. Markdown reads them as the entry's
    text running on; the writer meant them nested. None when they are not such a list (the same kinds
    and counts as a paragraph's)."""
    if not _may_hold_bullets(text):
        return None
    lines = text.split("\n")
    first = _first_bullet_line(lines)
    entries = _listed_rows(lines[first:], first) if first is not None else None
    if entries is None:
        return None
    head = "\n".join(lines[:first])
    return [
        ListEntry(head, 0, level),
        *(ListEntry(entry.markdown, entry.line, level + 1 + entry.level) for entry in entries),
    ]


def _may_open_on_a_bullet(text: str) -> bool:
    """A cheap first look: whether ``text`` opens on a space, a table's bar, a bullet character or symbol,
    a dash, "o", ":" or a Markdown marker; most paragraphs open on none (see :func:`_opens_on_a_bullet`)."""
    return text[:1].isspace() or text[:1] in "o-+*:" or _TABLE_OR_BULLET_CHAR.match(text) is not None


def _opens_on_a_bullet(row: str) -> bool:
    return any(bullet.match(row) for bullet in _ANY_LINE_BULLET)


def _first_bullet_line(lines: list[str]) -> int | None:
    """The index of the first line after the first that opens on a bullet, if one does."""
    return next((index for index, row in enumerate(lines) if index and _opens_on_a_bullet(row)), None)


def _collect_entries(list_token: dict[str, Any], level: int, out: list[ListEntry]) -> None:
    """One entry per item, its own text first and its nested lists' entries after it.

    Text that follows a nested list inside the same item, or sits in a block
    quote inside it, is the item's text too; only code is left out.
    """
    for item in list_token["children"]:
        texts: list[str] = []
        nested: list[dict[str, Any]] = []
        for child in _quotes_opened(item["children"]):
            if child["type"] in ("block_text", "paragraph", "heading"):
                texts.append(child["text"].strip())
            elif child["type"] == "list":
                nested.append(child)
            elif child["type"] == "block_html":
                texts.append(child["raw"].strip())
        text = "\n".join(texts)
        text = _TASK_BOX.sub("", text, count=1) if text.startswith("[") else text
        out.extend(_with_folded_entries(text, level) if len(texts) == 1 else [ListEntry(text, 0, level)])
        for child in nested:
            _collect_entries(child, level + 1, out)


def _quotes_opened(tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tokens`` with each block quote replaced by what it holds, in order."""
    out: list[dict[str, Any]] = []
    stack = list(reversed(tokens))
    while stack:
        token = stack.pop()
        if token["type"] == "block_quote":
            stack.extend(reversed(_in_source_order(token["children"])))
        else:
            out.append(token)
    return out


def _number_entries(entries: list[ListEntry], raw: str, first_line: int) -> list[ListEntry]:
    """Give each entry the line of its marker, in order; a code fence hides markers."""
    raw_lines = raw.split("\n")
    marker_lines: list[int] = []
    in_fence = False
    for offset, text in enumerate(raw_lines):
        if _FENCE.match(text):
            in_fence = not in_fence
        elif not in_fence and _LIST_MARKER.match(text):
            marker_lines.append(first_line + offset)
    numbered: list[ListEntry] = []
    last, level = first_line, 0
    markers = iter(marker_lines)
    for entry in entries:
        if entry.line:  # a line folded into the entry above (see _folded_bullet_lines), which has no marker
            line = last + entry.line
            nested = _indent(raw_lines, line - first_line) > _indent(raw_lines, last - first_line)
            numbered.append(ListEntry(entry.markdown, line, entry.level if nested else level))
            continue
        last, level = next(markers, last), entry.level
        numbered.append(ListEntry(entry.markdown, last, entry.level))
    return numbered


def _indent(lines: list[str], index: int) -> int:
    """The indent of a line ("" past the end): a line folded into an entry and indented no further than
    its marker is the writer's next entry, not one nested in it."""
    line = lines[index] if 0 <= index < len(lines) else ""
    return len(line) - len(line.lstrip(" \t>"))


# --- HTML blocks --------------------------------------------------------------

# A <details> element's <summary> names the part it folds away ("<summary>Requirements</summary>"), as the
# title of an admonition or a shortcode does: a heading of level 2, as theirs are.
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "summary": 2}
_TITLED_PART_LEVEL = 2
_BREAKING_TAGS = {
    *("p", "div", "br", "tr", "table", "section", "article", "blockquote", "dl", "dt", "dd"),
    *("td", "th", "caption", "header", "footer", "main", "aside"),  # a table's cells are apart, as on the page
}
_SKIPPED_TAGS = {"script", "style", "template", "noscript", "svg"}


class _HTMLBlockReader:
    """Collects headings, list entries and paragraphs from the tags and text of an HTML block."""

    def __init__(self, first_line: int) -> None:
        self.line = first_line
        """File line of the text being handled (kept up to date by :func:`_read_html`)."""
        self.blocks: list[Block] = []
        self.entries: list[ListEntry] = []
        self.list_depth = 0
        self.skip_depth = 0
        self.buffer: list[str] = []
        self.buffer_line = first_line
        self.buffer_length = 0
        self.text_starts: list[tuple[int, int]] = []
        """(offset in the buffer's text, file line) where each run of text starts."""
        self.heading_level = 0
        self.in_item = False
        self.term = False
        self.description = False
        self.has_text = False
        self._pending_href: str | None = None
        self.bold_opens = False
        """The text so far opened on a bold element (``<strong>``, ``<b>``)."""
        self.bold_end = -1
        """Where in the buffer that first bold element ended (-1 while open or when there is none)."""

    def _flush(self) -> None:
        raw = "".join(self.buffer)
        text = raw.strip()
        added = 0  # characters of Markdown bold written before the text's later offsets
        if self.bold_opens and self.bold_end > 0 and not self.heading_level:
            bolded = _bold_label(raw, self.bold_end)
            if bolded is not None:
                text, added = bolded, len(bolded) - len(text)
        starts, self.text_starts = self.text_starts, []
        self.buffer = []
        self.buffer_length = 0
        self.has_text = False
        self.bold_opens, self.bold_end = False, -1
        if not text:
            return
        if self.term and not text.endswith((":", "：")):
            text += ":"  # a term heads the descriptions after it, as a line ending in a colon does
        if self.heading_level:
            self.blocks.append(Block("heading", self.buffer_line, text, level=self.heading_level))
        elif self.in_item:
            self.entries.append(ListEntry(text, self.buffer_line, max(self.list_depth - 1, 0)))
        else:
            self._flush_list()
            lead = len(raw) - len(raw.lstrip())
            self.blocks.extend(
                _html_paragraph(text, lambda offset: _line_at(raw, starts, lead + max(offset - added, 0)))
            )

    def _flush_list(self) -> None:
        if self.entries:
            self.blocks.append(Block("list", self.entries[0].line, entries=tuple(self.entries)))
            self.entries = []

    def handle_starttag(self, tag: str, href: str | None) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in _HEADING_TAGS:
            self._flush()
            self._flush_list()
            self.heading_level = _HEADING_TAGS[tag]
        elif tag in ("ul", "ol"):
            self._flush()
            self.list_depth += 1
        elif tag == "li":
            self._flush()
            self.in_item = True
        elif tag in ("dt", "dd", "dl") and (self.description or not self.in_item):
            self._start_definition_part(tag)
        elif tag == "a":
            self._append("[" if href else "")
            self._pending_href = href
        elif tag in ("strong", "b"):
            if not self.has_text and not self.bold_opens:  # a bold label opens the paragraph (see _bold_label)
                self.bold_opens, self.bold_end = True, -1
        elif tag == "br":
            # A line break: lines of a paragraph, as in Markdown (a list written without markers, say).
            self._append(" " if self.in_item or self.heading_level else "\n")
        elif tag in _BREAKING_TAGS:
            self._break()

    def handle_titled_part(self, title: str, line: int) -> None:
        """A component that wraps a part of the posting and names it (MDX's ``<Accordion title="…">``)."""
        self._flush()
        self._flush_list()
        self.blocks.append(Block("heading", line, title, level=_TITLED_PART_LEVEL))

    def _start_definition_part(self, tag: str) -> None:
        """A definition list's descriptions are its entries, and its terms introduce them.

        The end tags of both may be left out: a part ends where the next one starts.
        """
        self._end_definition_part()
        self.term = tag == "dt"
        self.description = self.in_item = tag == "dd"

    def _end_definition_part(self) -> None:
        self._flush()
        if self.description:
            self.in_item = self.description = False
        self.term = False

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(self.skip_depth - 1, 0)
        elif tag in _HEADING_TAGS:
            self._flush()
            self.heading_level = 0
        elif tag == "li":
            self._flush()
            self.in_item = False
        elif tag in ("dt", "dd", "dl") and (self.description or self.term):
            self._end_definition_part()
        elif tag in ("ul", "ol"):
            self._flush()
            self.list_depth = max(self.list_depth - 1, 0)
            self.in_item = self.list_depth > 0 and self.in_item
            if self.list_depth == 0:
                self._flush_list()
        elif tag in ("strong", "b"):
            if self.bold_opens and self.bold_end < 0:
                self.bold_end = self.buffer_length
        elif tag == "a":
            href = self._pending_href
            self._append(f"]({href})" if href else "")
            self._pending_href = None
        elif tag in _BREAKING_TAGS:
            self._break()

    def _break(self) -> None:
        """A block's start or end: a paragraph of its own, or, inside a list entry ("<li><p>Keep it
        clean.</p><p>Log the checks.</p></li>"), a space between its parts."""
        if not self.in_item:
            self._flush()
        elif self.buffer and not self.buffer[-1][-1:].isspace():
            self._append(" ")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if not self.has_text and data.strip():
            leading = data[: len(data) - len(data.lstrip())]
            self.buffer_line = self.line + leading.count("\n")
            self.has_text = True
        self.text_starts.append((self.buffer_length, self.line))
        self._append(data)

    def _append(self, piece: str) -> None:
        self.buffer.append(piece)
        self.buffer_length += len(piece)

    def close(self) -> None:
        self._flush()
        self._flush_list()


def _bold_label(raw: str, end: int) -> str | None:
    """The text of an HTML paragraph that opens on a bold element, with that part written in Markdown bold
    (``<p><strong>Les missions</strong></p>`` as "**Les missions**", ``<b>Salary:</b> 50k`` as "**Salary:** 50k"),
    so that the section stage reads it as it reads a bold line; None when it holds "*" or "_" already."""
    label, rest = raw[:end].strip(), raw[end:].rstrip()
    if not label or "*" in label or "_" in label or "\n" in label:
        return None
    return f"**{label}**{rest}"


def _line_at(raw: str, starts: list[tuple[int, int]], offset: int) -> int:
    """The file line of the character at ``offset`` of an HTML block's text (``starts``: where each run began)."""
    index = bisect.bisect_right(starts, (offset, 1 << 62)) - 1
    if index < 0:
        return starts[0][1] if starts else 0
    start, line = starts[index]
    return line + raw.count("\n", start, offset)


# A bullet written into the text of an HTML paragraph: Markdown's, a bullet character, or its entity
# ("&bull; Designing …<br>"), which the inline pass would turn into "•" only later.
_HTML_TEXT_BULLET = re.compile(
    r"[ \t]*(?:[-*+•●▪◦·–—■►➢✓]|\d{1,2}[.)]|&(?:bull|middot|ndash|mdash);|&#(?:8226|8211|8212|9642|9632|9679);"
    r"|&#x(?:2022|2013|2014|25aa|25a0|25cf);)(?:[ \t\xa0]|&nbsp;|&#160;)+(?=\S)",
    re.IGNORECASE,
)


def _html_paragraph(text: str, line_at: Callable[[int], int]) -> list[Block]:
    """An HTML paragraph's text, whose lines (broken by ``<br>``) may be a list written as Markdown would.

    Markdown is not read inside HTML, but writers put "- item<br>" lines in a
    ``<p>`` all the same, and Markdown right under an HTML heading is part of its
    HTML block: runs of lines opening on "-", "*", "+", a count ("1.", "2)") or a
    bullet character ("•", "&bull;") are a list, and the lines between them paragraphs. A line
    right under an entry (no blank line between) that is indented or opens in
    lower case goes on with the entry, as Markdown reads a wrapped entry.
    ``line_at``: the file line of an offset in ``text``.
    """
    rows = _html_rows(text)
    if not any(_HTML_TEXT_BULLET.match(row) for _, row, _ in rows):
        # Read as a Markdown paragraph would be: "A • B • C" on one line is a list, and so on.
        text = _rows_on_their_lines(rows, line_at)
        return _headed_bullets(text, line_at(0)) or [_paragraph_or_more(text, line_at(0))]
    blocks: list[Block] = []
    entries: list[ListEntry] = []
    prose: list[tuple[int, str]] = []

    def close_list() -> None:
        if entries:
            blocks.append(Block("list", entries[0].line, entries=tuple(entries)))
            entries.clear()

    def close_prose() -> None:
        if prose:
            blocks.append(Block("paragraph", line_at(prose[0][0]), "\n".join(row for _, row in prose)))
            prose.clear()

    for start, row, after_blank in rows:
        if _HTML_TEXT_BULLET.match(row):
            close_prose()
            entries.append(ListEntry(_HTML_TEXT_BULLET.sub("", row, count=1), line_at(start), 0))
        elif entries and not after_blank and _wraps_on(row):
            entries[-1] = _continued(entries[-1], row)
        else:
            close_list()
            prose.append((start, row))
    close_list()
    close_prose()
    return blocks


def _rows_on_their_lines(rows: list[tuple[int, str, bool]], line_at: Callable[[int], int]) -> str:
    """The rows of an HTML paragraph as a Markdown paragraph's lines, each on its file line: rows that a
    ``<br>`` parted on one line of the file stay parted by it ("Python<br>SQL"), as a Markdown paragraph
    writes them; rows on lines of their own ("Python<br>" over "SQL") are its lines. A ``<br>`` reads
    as a new line of the paragraph, so without this each row after one was counted a line further down."""
    out: list[str] = []
    last = None
    for start, row, _ in rows:
        line = line_at(start)
        out.append(row if last is None else ("<br>" if line == last else "\n") + row)
        last = line
    return "".join(out)


def _html_rows(text: str) -> list[tuple[int, str, bool]]:
    """The lines of ``text`` that hold something: (offset, line, whether a blank line is right above it)."""
    rows: list[tuple[int, str, bool]] = []
    offset = 0
    blank = False
    for row in text.split("\n"):
        if row.strip():
            rows.append((offset, row, blank))
        blank = not row.strip()
        offset += len(row) + 1
    return rows


def _continued(entry: ListEntry, row: str) -> ListEntry:
    """``entry`` with a line that goes on with it (see :func:`_wraps_on`) joined to its text."""
    return ListEntry(f"{entry.markdown} {row.strip()}", entry.line, entry.level)


def _wraps_on(row: str) -> bool:
    """Whether a line under a list entry goes on with it: indented, or opening in lower case."""
    return row[:1].isspace() or row.lstrip()[:1].islower()


def _html_blocks(raw: str, line: int) -> list[Block]:
    if ("<th" in raw or "<TH" in raw) and ("<li" in raw or "<LI" in raw):
        raw = _COLUMN_TABLE.sub(_by_columns, raw)
    tables = _data_tables(raw) if "<t" in raw or "<T" in raw else []
    if not tables:
        return _html_part_blocks(raw, line)
    blocks: list[Block] = []
    done = 0
    for start, end, rows in tables:
        blocks.extend(_html_part_blocks(raw[done:start], line))
        line += raw.count("\n", done, start)
        blocks.append(_table_block(rows, raw, start, line))
        line += raw.count("\n", start, end)
        done = end
    blocks.extend(_html_part_blocks(raw[done:], line))
    return blocks


# A table of one header row and rows of as many cells: "<th>Your role</th><th>Your profile</th>" over cells
# that hold lists, a page laid out in columns. No table inside it (the cells hold no "<table").
_COLUMN_TABLE = re.compile(r"<table\b[^<>]*>(?P<inner>(?:(?!<table\b|</table>)[\s\S]){0,20000})</table>", re.IGNORECASE)
_TABLE_ROW = re.compile(r"<tr\b[^<>]*>([\s\S]*?)</tr>", re.IGNORECASE)
_TABLE_CELL = re.compile(r"<(t[hd])\b[^<>]*>([\s\S]*?)</t[hd]>", re.IGNORECASE)


def _by_columns(table: re.Match[str]) -> str:
    """A table whose header cells name its columns and whose cells hold lists, written column by column: each
    header as a heading over its column's cells, so that each list is read under its own header. Its lines
    stay put, the table's last lines made blank; any other table is left as it is."""
    rows = [_TABLE_CELL.findall(row) for row in _TABLE_ROW.findall(table["inner"])]
    if len(rows) < 2 or not rows[0] or any(tag.lower() != "th" for tag, _ in rows[0]):
        return table.group()
    width = len(rows[0])
    body = rows[1:]
    if width < 2 or any(len(row) != width or any(tag.lower() != "td" for tag, _ in row) for row in body):
        return table.group()
    if not any("<li" in cell.lower() for row in body for _, cell in row):
        return table.group()
    columns = [
        f"<h4>{rows[0][column][1].strip()}</h4>" + "".join(row[column][1] for row in body) for column in range(width)
    ]
    rewritten = " ".join(part.replace("\n", " ") for part in columns)
    return rewritten + "\n" * table.group().count("\n")


def _html_part_blocks(raw: str, line: int) -> list[Block]:
    reader = _HTMLBlockReader(line)
    _read_html(raw, reader)
    reader.close()
    return reader.blocks


# An HTML table whose cells hold text (a person specification: "Essential" and "Desirable" columns,
# or rows labelled "Duties" and "Requirements") is read as a Markdown table is; one that lays out a
# page (headings, lists or tables in its cells) is read as the HTML it holds.
_TABLE_PART = re.compile(r"<(/?)(table|tr|td|th|h[1-6]|ul|ol|dl)\b[^<>]*>", re.IGNORECASE)
_CELL_BREAK = re.compile(r"<br\s*/?>|</?p\b[^<>]*>|</?div\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")


@dataclass
class _TableRow:
    """A row of an HTML table being read."""

    offset: int
    """Where its ``<tr>`` is in the HTML block."""
    cells: list[str] = field(default_factory=list)
    header: bool = True
    """Whether all its cells are header cells (``<th>``)."""


def _data_tables(raw: str) -> list[tuple[int, int, list[_TableRow]]]:
    """(start, end, rows) of each table of ``raw`` that holds text only, in one pass over its tags."""
    found: list[tuple[int, int, list[_TableRow]]] = []
    rows: list[_TableRow] | None = None
    start = depth = 0
    cell_start = -1
    layout = False
    for tag in _TABLE_PART.finditer(raw):
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        if name == "table":
            depth = max(depth + (-1 if closing else 1), 0)
            if not closing and depth == 1:
                rows, start, layout = [], tag.start(), False
            elif closing and depth == 0 and rows is not None:
                if not layout and _is_data_table(rows):
                    found.append((start, tag.end(), rows))
                rows = None
            elif depth > 1:
                layout = True  # a table in a table lays out a page
        elif rows is None or layout:
            continue
        elif name == "tr" and not closing:
            rows.append(_TableRow(tag.start()))
        elif name in ("td", "th") and rows:
            if not closing:
                cell_start = tag.end()
            elif cell_start >= 0:
                rows[-1].cells.append(_cell_text(raw[cell_start : tag.start()]))
                rows[-1].header = rows[-1].header and name == "th"
                cell_start = -1
        elif name not in ("tr", "td", "th"):
            layout = True  # a heading or a list in a cell
    return found


def _is_data_table(rows: list[_TableRow]) -> bool:
    """Two rows or more, each of the same two cells or more, and no cell a page's column of text."""
    widths = {len(row.cells) for row in rows}
    if len(rows) < 2 or len(widths) != 1 or min(widths) < 2:
        return False
    return all(len(cell) <= _MAX_CELL_CHARS for row in rows for cell in row.cells)


_MAX_CELL_CHARS = 400


def _cell_text(inner: str) -> str:
    """A cell's text as inline Markdown: its paragraphs and line breaks as "<br>", other tags left out."""
    parts = [" ".join(_ANY_TAG.sub(" ", part).split()) for part in _CELL_BREAK.split(inner)]
    return "<br>".join(part for part in parts if part)


def _table_block(rows: list[_TableRow], raw: str, start: int, line: int) -> Block:
    """A table's block (it starts at ``start`` of ``raw``, on file line ``line``); a first row of header
    cells (``<th>``) names its columns, else the columns have no names."""
    lines: list[int] = []
    counted = start
    for row in rows:  # in order: each newline counted once
        line += raw.count("\n", counted, row.offset)
        counted = row.offset
        lines.append(line)
    cells = [tuple(row.cells) for row in rows]
    if not rows[0].header:
        cells.insert(0, ("",) * len(cells[0]))
        lines.insert(0, lines[0])
    return Block("table", lines[0], rows=tuple(cells), row_lines=tuple(lines))


# --- a linear HTML tokenizer ---------------------------------------------------
#
# html.parser looks for the end of every tag, comment or declaration it meets
# to the end of its input, and when there is none starts over one character
# later: "<div <div <div …", "<!--<!--…" and '<a b"c=">' repeated take time
# quadratic in their length, and "<![foo" raises AssertionError. This reads
# the same markup in one pass. A tag ends at its first ">" outside quotes and
# before the next "<"; comments and declarations end at their first closer.
# A "<" that opens nothing complete is text, as written.

_MARKUP_OPENER = re.compile(r"<[A-Za-z/!?]")
_START_TAG = re.compile(r"""<([A-Za-z][^\t\n\r\f />\x00"'<]*)[^<>"']*(?:(?:"[^"<]*"|'[^'<]*')[^<>"']*)*>""")
_END_TAG = re.compile(r"</\s*([A-Za-z][^\t\n\r\f />\x00<]*)[^<>]*>")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=][^\s/>=]*)(?:\s*=+\s*('[^']*'|"[^"]*"|[^>\s]*))?""")
_RAW_TEXT_TAGS = {"script", "style"}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr"}
_CLOSERS = {
    ">": re.compile(">"),
    "-->": re.compile(r"--\s*>"),
    "]]>": re.compile(r"]\s*]\s*>"),
    "</script>": re.compile(r"</\s*script\s*>", re.IGNORECASE),
    "</style>": re.compile(r"</\s*style\s*>", re.IGNORECASE),
}


@dataclass(frozen=True, slots=True)
class _Tag:
    """A start tag (with its ``href``, for links) or, with ``closes``, an end tag."""

    name: str
    closes: bool = False
    href: str | None = None
    title: str | None = None
    """The title of a component that names the part it wraps (``<Accordion title="What you'll do">``)."""


# The attributes in which components of MDX and of site builders name the part they wrap.
_TITLE_ATTRIBUTES = frozenset({"title", "heading", "header", "label", "summary"})


def _read_html(raw: str, reader: _HTMLBlockReader) -> None:
    """Feed the tags and text of ``raw`` to ``reader``, in one pass."""
    closers = _CloserIndex(raw)
    lines = _LineCounter(raw, reader.line)
    position = 0
    for opener in _MARKUP_OPENER.finditer(raw):
        start = opener.start()
        if start < position:  # inside markup already read
            continue
        end, tags = _markup(raw, start, closers)
        if end < 0:  # not markup: the "<" stays in the text
            continue
        if start > position:
            reader.line = lines.at(position)
            reader.handle_data(raw[position:start])
        for tag in tags:
            if tag.closes:
                reader.handle_endtag(tag.name)
            elif tag.title is not None:
                reader.handle_titled_part(tag.title, lines.at(start))
            else:
                reader.handle_starttag(tag.name, tag.href)
        position = end
    if position < len(raw):
        reader.line = lines.at(position)
        reader.handle_data(raw[position:])


def _markup(raw: str, start: int, closers: _CloserIndex) -> tuple[int, list[_Tag]]:
    """Where the markup at ``start`` ends and the tags it holds; (-1, []) when it is text."""
    second = raw[start + 1]
    if second == "/":
        end_tag = _END_TAG.match(raw, start)
        if end_tag is None:
            return -1, []
        return end_tag.end(), [_Tag(end_tag.group(1).lower(), closes=True)]
    if second in "!?":
        return _declaration_end(raw, start, closers), []
    tag = _START_TAG.match(raw, start)
    if tag is None:
        return -1, []
    name = tag.group(1).lower()
    opened = _Tag(name, href=_href(tag.group()) if name == "a" else None)
    if tag.group(1)[0].isupper() and not tag.group().endswith("/>") and (title := _part_title(tag.group())):
        opened = _Tag(name, title=title)
    if name in _VOID_TAGS:  # "<br/>" as "<br>": no end tag, which would end the paragraph
        return tag.end(), [opened]
    if tag.group().endswith("/>"):
        return tag.end(), [opened, _Tag(name, closes=True)]
    if name in _RAW_TEXT_TAGS:
        # The body of a script or style is not text; unclosed, it runs to the end.
        end = closers.end_of(f"</{name}>", tag.end())
        return (end, [opened, _Tag(name, closes=True)]) if end >= 0 else (len(raw), [opened])
    return tag.end(), [opened]


def _declaration_end(raw: str, start: int, closers: _CloserIndex) -> int:
    """End of a comment, CDATA section, doctype or processing instruction (all ignored)."""
    if raw.startswith("<!--", start):
        return closers.end_of("-->", start + 4)
    if raw[start : start + 9].upper() == "<![CDATA[":
        return closers.end_of("]]>", start + 9)
    return closers.end_of(">", start + 2)


def _part_title(tag: str) -> str | None:
    """The title a component's start tag gives the part it wraps, or None (see :data:`_TITLE_ATTRIBUTES`).

    Only components (named with a capital, as JSX writes them) wrap parts; an HTML element's
    ``title`` is a tooltip.
    """
    for attribute in _ATTRIBUTE.finditer(tag, 2, len(tag) - 1):
        value = attribute.group(2)
        if attribute.group(1).lower() in _TITLE_ATTRIBUTES and value and value[:1] in "'\"" and len(value) > 2:
            title = " ".join(html.unescape(value[1:-1]).split())
            return title or None
    return None


def _href(tag: str) -> str | None:
    """The unescaped ``href`` of an ``<a>`` tag (the last, should there be two)."""
    href: str | None = None
    for attribute in _ATTRIBUTE.finditer(tag, 2, len(tag) - 1):
        if attribute.group(1).lower() == "href" and attribute.group(2) is not None:
            value = attribute.group(2)
            if value[:1] in ("'", '"') and value[:1] == value[-1:] and len(value) >= 2:
                value = value[1:-1]
            href = html.unescape(value) if value else None
    return href


class _CloserIndex:
    """Finds the end of the first closer at or after a position, in linear time overall.

    Positions asked about only grow (per closer), so each answer is either
    the closer found last time, still ahead, or a new search that starts
    beyond it; and once a search fails, none is ahead of any later position.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: dict[str, tuple[int, re.Match[str] | None]] = {}
        """Per closer: where the last search started and what it found."""

    def end_of(self, closer: str, position: int) -> int:
        searched_from, found = self.last.get(closer, (-1, None))
        if found is not None and found.start() >= position:
            return found.end()
        if found is None and 0 <= searched_from <= position:
            return -1
        found = _CLOSERS[closer].search(self.text, position)
        self.last[closer] = (position, found)
        return found.end() if found else -1


class _LineCounter:
    """File line of increasing offsets into ``text``, counting each newline once."""

    def __init__(self, text: str, first_line: int) -> None:
        self.text = text
        self.offset = 0
        self.line = first_line

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line

"""Stage 3: the Markdown body as a flat list of blocks with line numbers.

mistune 3 does the block parse. Its tokens carry no source positions, so a
small subclass of its parser records where each top-level token starts, and
list items are matched to their marker lines. mistune's inline pass is not
run: :mod:`jobspec.text` strips inline markup far more cheaply.

HTML blocks are read with the standard library's HTML parser, so that
``<h2>``, ``<li>`` and ``<p>`` written inside Markdown become headings, list
entries and paragraphs like their Markdown forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal

import mistune
from mistune.block_parser import BlockParser
from mistune.core import BlockState

__all__ = ["Block", "ListEntry", "parse_blocks"]

BlockKind = Literal["heading", "paragraph", "list", "table"]


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One list item: its own inline Markdown (nested items are separate entries)."""

    markdown: str
    line: int
    level: int


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, a paragraph or a list, at its 1-based line in the file."""

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


class _PositionedState(BlockState):
    """Block state that stamps each top-level token with its source offset."""

    method_start: int | None = None

    def append_token(self, token: dict[str, Any]) -> None:
        if self.parent is None:
            token.setdefault("_offset", self.method_start if self.method_start is not None else self.cursor)
        super().append_token(token)

    def add_paragraph(self, text: str) -> None:
        last = self.last_token()
        if self.parent is None and not (last and last["type"] == "paragraph"):
            self.tokens.append({"type": "paragraph", "text": text, "_offset": self.cursor})
            return
        super().add_paragraph(text)


class _PositionedParser(BlockParser):
    state_cls = _PositionedState

    def parse_method(self, m: re.Match[str], state: BlockState) -> int | None:
        if state.parent is not None or not isinstance(state, _PositionedState):
            return super().parse_method(m, state)
        before = len(state.tokens)
        state.method_start = m.start()
        try:
            end = super().parse_method(m, state)
        finally:
            state.method_start = None
        for token in state.tokens[before:]:
            token.setdefault("_offset", m.start())
        return end


_MARKDOWN = mistune.Markdown(renderer=None, block=_PositionedParser())
_LIST_MARKER = re.compile(r"^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")


def parse_blocks(body: str, first_line: int = 1) -> list[Block]:
    """Parse ``body`` into blocks; ``first_line`` is the file line ``body`` starts on."""
    state = _PositionedState()
    state.process(body if body.endswith("\n") else body + "\n")
    _MARKDOWN.block.parse(state)
    src = state.src
    line_starts = _line_starts(src)
    tokens = [t for t in state.tokens if t["type"] != "blank_line"]
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
        start = token.get("_offset", 0)
        end = tokens[index + 1].get("_offset", len(src)) if index + 1 < len(tokens) else len(src)
        line = _line_of(line_starts, start) + first_line - 1
        _convert(token, line, src[start:end], blocks)
    return blocks


def _line_starts(src: str) -> list[int]:
    starts = [0]
    find = src.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _line_of(line_starts: list[int], offset: int) -> int:
    """1-based line of ``offset`` (binary search over line starts)."""
    lo, hi = 0, len(line_starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if line_starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _convert(token: dict[str, Any], line: int, raw: str, out: list[Block]) -> None:
    kind = token["type"]
    if kind == "heading":
        out.append(Block("heading", line, token["text"].strip(), level=token["attrs"]["level"]))
    elif kind in ("paragraph", "block_text"):
        text = token["text"].strip("\n")
        if not _FOOTNOTE.match(text):
            out.append(_paragraph_or_more(text, line))
    elif kind == "list":
        entries: list[ListEntry] = []
        _collect_entries(token, 0, entries)
        out.append(Block("list", line, entries=tuple(_number_entries(entries, raw, line))))
    elif kind == "block_html":
        out.extend(_html_blocks(token["raw"], line))
    elif kind == "block_quote":
        for child in token["children"]:
            _convert(child, line, "", out)


_FOOTNOTE = re.compile(r"^\[\^[^\]]+\]:")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BULLET_CHARS = "•·▪◦‣●■►➢✓✔→"
_BULLET_LINE = re.compile(rf"^\s*[{_BULLET_CHARS}]\s*")
_INLINE_BULLET = re.compile(rf"\s+[{_BULLET_CHARS}]\s+")


def _paragraph_or_more(text: str, line: int) -> Block:
    """A paragraph, or the table or bullet list that a paragraph really is."""
    lines = text.split("\n")
    if len(lines) >= 2 and _TABLE_SEPARATOR.match(lines[1]) and "|" in lines[0]:
        rows = tuple(_cells(row) for index, row in enumerate(lines) if index != 1 and row.strip())
        return Block("table", line, rows=rows)
    if all(_BULLET_LINE.match(row) for row in lines if row.strip()):
        entries = [
            ListEntry(_BULLET_LINE.sub("", row), line + offset, 0) for offset, row in enumerate(lines) if row.strip()
        ]
        return Block("list", line, entries=tuple(_split_inline_bullets(entries)))
    if len(lines) == 1 and _INLINE_BULLET.search(" " + text):
        return Block("list", line, entries=tuple(_split_inline_bullets([ListEntry(text, line, 0)])))
    return Block("paragraph", line, text)


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


def _collect_entries(list_token: dict[str, Any], level: int, out: list[ListEntry]) -> None:
    for item in list_token["children"]:
        texts: list[str] = []
        nested: list[dict[str, Any]] = []
        for child in item["children"]:
            if (child["type"] in ("block_text", "paragraph") and not nested) or (
                child["type"] == "heading" and not nested
            ):
                texts.append(child["text"].strip())
            elif child["type"] == "list":
                nested.append(child)
            elif child["type"] == "block_html":
                texts.append(child["raw"].strip())
        out.append(ListEntry("\n".join(texts), 0, level))
        for child in nested:
            _collect_entries(child, level + 1, out)


def _number_entries(entries: list[ListEntry], raw: str, first_line: int) -> list[ListEntry]:
    """Give each entry the line of its marker, in order; a code fence hides markers."""
    marker_lines: list[int] = []
    in_fence = False
    for offset, text in enumerate(raw.split("\n")):
        if _FENCE.match(text):
            in_fence = not in_fence
        elif not in_fence and _LIST_MARKER.match(text):
            marker_lines.append(first_line + offset)
    numbered: list[ListEntry] = []
    last = first_line
    for index, entry in enumerate(entries):
        last = marker_lines[index] if index < len(marker_lines) else last
        numbered.append(ListEntry(entry.markdown, last, entry.level))
    return numbered


# --- HTML blocks --------------------------------------------------------------

_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BREAKING_TAGS = {"p", "div", "br", "tr", "table", "section", "article", "blockquote", "dl", "dt", "dd"}
_SKIPPED_TAGS = {"script", "style", "template", "noscript", "svg"}


class _HTMLBlockReader(HTMLParser):
    """Collects headings, list entries and paragraphs from an HTML block."""

    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=False)
        self.first_line = first_line
        self.blocks: list[Block] = []
        self.entries: list[ListEntry] = []
        self.list_depth = 0
        self.skip_depth = 0
        self.buffer: list[str] = []
        self.buffer_line = first_line
        self.heading_level = 0
        self.in_item = False
        self.has_text = False
        self._pending_href: str | None = None

    def _line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def _flush(self) -> None:
        text = "".join(self.buffer).strip()
        self.buffer = []
        self.has_text = False
        if not text:
            return
        if self.heading_level:
            self.blocks.append(Block("heading", self.buffer_line, text, level=self.heading_level))
        elif self.in_item:
            self.entries.append(ListEntry(text, self.buffer_line, max(self.list_depth - 1, 0)))
        else:
            self._flush_list()
            self.blocks.append(Block("paragraph", self.buffer_line, text))

    def _flush_list(self) -> None:
        if self.entries:
            self.blocks.append(Block("list", self.entries[0].line, entries=tuple(self.entries)))
            self.entries = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
        elif tag == "a":
            href = dict(attrs).get("href")
            self.buffer.append("[" if href else "")
            self._pending_href = href
        elif tag in _BREAKING_TAGS and not self.in_item:
            self._flush()
        elif tag == "br":
            self.buffer.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skip_depth = max(self.skip_depth - 1, 0)
        elif tag in _HEADING_TAGS:
            self._flush()
            self.heading_level = 0
        elif tag == "li":
            self._flush()
            self.in_item = False
        elif tag in ("ul", "ol"):
            self._flush()
            self.list_depth = max(self.list_depth - 1, 0)
            self.in_item = self.list_depth > 0 and self.in_item
            if self.list_depth == 0:
                self._flush_list()
        elif tag == "a":
            href = self._pending_href
            self.buffer.append(f"]({href})" if href else "")
            self._pending_href = None
        elif tag in _BREAKING_TAGS and not self.in_item:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if not self.has_text and data.strip():
            leading = data[: len(data) - len(data.lstrip())]
            self.buffer_line = self._line() + leading.count("\n")
            self.has_text = True
        self.buffer.append(data)

    def handle_entityref(self, name: str) -> None:
        self.handle_data(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.handle_data(f"&#{name};")

    def close(self) -> None:
        super().close()
        self._flush()
        self._flush_list()


def _html_blocks(raw: str, line: int) -> list[Block]:
    reader = _HTMLBlockReader(line)
    reader.feed(raw)
    reader.close()
    return reader.blocks

"""Stage 1: turn bytes or text into clean text.

Decodes bytes (BOM-marked UTF-8/16/32, plain UTF-8, else a legacy code page
with a diagnostic), refuses binary, normalises line endings and repairs
mojibake, but runs ftfy only when the text shows signs of it: ftfy on every
document costs more than the whole Markdown parse.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field

from .errors import DecodingError, InputTooLargeError
from .models import Diagnostic
from .options import ParseOptions

__all__ = ["LoadedText", "load"]

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# UTF-8 lead bytes read as cp1252 or latin-1 followed by a continuation byte
# read the same way: 'â€™', 'Ã©', 'Ã¼', 'Â ' ... Real text almost never has
# these pairs, so a match is a cheap and reliable sign of mojibake.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|\u00e2[\u0080-\u00bf\u20ac\u201a-\u201e\u2122][\u0080-\u00bf\u0152\u0153\u0160\u0161"
    "\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)


@dataclass(frozen=True)
class LoadedText:
    """Text ready for front matter splitting, and what was done to get it."""

    text: str
    encoding: str
    sha256: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def load(source: str | bytes, options: ParseOptions, path: str | None = None) -> LoadedText:
    """Decode ``source`` and normalise it into :class:`LoadedText`."""
    if len(source) > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {len(source):,} bytes, over the limit of {options.max_input_bytes:,}",
            path=path,
        )
    diagnostics: list[Diagnostic] = []
    if isinstance(source, bytes):
        digest = hashlib.sha256(source).hexdigest()
        text, encoding = _decode(source, diagnostics, path)
    else:
        digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
        text, encoding = source.removeprefix("\ufeff"), "utf-8"
    _refuse_nul(text, path)
    text = _normalise_newlines(text, diagnostics)
    if options.repair_mojibake:
        text = _repair_mojibake(text, diagnostics)
    return LoadedText(text=text, encoding=encoding, sha256=digest, diagnostics=diagnostics)


def _decode(data: bytes, diagnostics: list[Diagnostic], path: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _decoding_error(data, exc, encoding, path) from None
    if b"\x00" in data:
        line, column = _position(data, data.index(b"\x00"))
        raise DecodingError("input looks binary (NUL byte), not text", path=path, line=line, column=column)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
    encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin-1"
        text = data.decode(encoding)
    diagnostics.append(
        Diagnostic(
            code="legacy-encoding",
            message=f"input is not valid UTF-8 (first bad byte here); decoded as {encoding}",
            line=line,
            column=column,
            severity="warning",
        )
    )
    return text, encoding


def _decoding_error(data: bytes, exc: UnicodeDecodeError, encoding: str, path: str | None) -> DecodingError:
    line, column = _position(data, exc.start)
    return DecodingError(
        f"input has a {encoding} byte order mark but does not decode as {encoding}: {exc.reason}",
        path=path,
        line=line,
        column=column,
    )


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset (column counted in bytes)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _refuse_nul(text: str, path: str | None) -> None:
    index = text.find("\x00")
    if index >= 0:
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        raise DecodingError("input contains a NUL character: not text", path=path, line=line, column=column)


def _normalise_newlines(text: str, diagnostics: list[Diagnostic]) -> str:
    if "\r" not in text:
        return text
    style = "CRLF" if "\r\n" in text else "CR"
    diagnostics.append(
        Diagnostic(
            code="line-endings-normalised",
            message=f"{style} line endings converted to LF",
            severity="info",
        )
    )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _repair_mojibake(text: str, diagnostics: list[Diagnostic]) -> str:
    match = _MOJIBAKE.search(text)
    if match is None:
        return text
    import ftfy  # imported here: only documents that need it pay for it

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text
    line = text.count("\n", 0, match.start()) + 1
    diagnostics.append(
        Diagnostic(
            code="mojibake-repaired",
            message=f"text looked like UTF-8 read as cp1252 ({match.group()!r}); repaired with ftfy",
            line=line,
            column=match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1,
            severity="info",
        )
    )
    return fixed

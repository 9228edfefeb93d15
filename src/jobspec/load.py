"""Stage 1: turn bytes or text into clean text.

Decodes bytes (BOM-marked UTF-8/16/32, plain UTF-8, UTF-8 with a few bad
bytes replaced, else a legacy code page), refuses binary, normalises line
endings and repairs mojibake, but runs ftfy only when the text shows signs of
it: ftfy on every document costs more than the whole Markdown parse. Every
repair is reported as a diagnostic with where it was first needed.

Text given as ``str`` is checked too: lone surrogates (from
``surrogateescape`` decoding, or JSON ``"\\ud800"`` escapes) cannot be
written as UTF-8 or JSON, so they are replaced with U+FFFD.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import typing
from dataclasses import dataclass, field
from itertools import pairwise

from .errors import DecodingError, InputTooLargeError, UnreadableInputError
from .models import Diagnostic
from .options import ParseOptions

__all__ = ["LoadedText", "load", "read_file", "read_limited"]

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
    """Decode ``source`` and normalise it into :class:`LoadedText`.

    Raises :class:`~jobspec.errors.InputTooLargeError` over
    ``options.max_input_bytes`` and :class:`~jobspec.errors.DecodingError`
    for binary input.
    """
    # A str has at most as many characters as its UTF-8 form has bytes, so a
    # str already over the limit by length is refused before it is encoded.
    _check_size(len(source), options, path)
    diagnostics: list[Diagnostic] = []
    if isinstance(source, bytes):
        digest = hashlib.sha256(source).hexdigest()
        text, encoding = _decode(source, diagnostics, path)
    else:
        data = source.encode("utf-8", "surrogatepass")
        _check_size(len(data), options, path)
        digest = hashlib.sha256(data).hexdigest()
        text, encoding = _replace_surrogates(source.removeprefix("\ufeff"), diagnostics), "utf-8"
    _refuse_nul(text, path)
    text = _normalise_newlines(text, diagnostics)
    text = _remove_control_characters(text, diagnostics)
    if options.repair_mojibake:
        text = _repair_mojibake(text, diagnostics)
    return LoadedText(text=text, encoding=encoding, sha256=digest, diagnostics=diagnostics)


def read_file(path: str, options: ParseOptions, shown: str | None = None) -> bytes:
    """The bytes of the regular file at ``path``, never more than ``options.max_input_bytes`` of them.

    The size is checked before reading, and at most the limit and one byte
    are read (a file growing meanwhile cannot get past it). A FIFO, device or
    socket is refused without being opened for reading: it could block
    forever or never end (``/dev/zero``). Raises
    :class:`~jobspec.errors.UnreadableInputError` (with its ``reason``) or
    :class:`~jobspec.errors.InputTooLargeError`; errors name ``shown`` (default: ``path``).
    """
    shown = shown or path
    try:
        _refuse_unless_regular(os.stat(path), shown)
        # O_NONBLOCK: should the file have become a FIFO since, opening it does not wait for a writer.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise unreadable(exc, path, shown) from None
    with open(descriptor, "rb", closefd=True) as handle:
        info = os.fstat(descriptor)
        _refuse_unless_regular(info, shown)
        _check_size(info.st_size, options, shown)
        try:
            return read_limited(handle, options, shown)
        except OSError as exc:
            raise unreadable(exc, path, shown) from None


def read_limited(stream: typing.BinaryIO, options: ParseOptions, shown: str | None) -> bytes:
    """At most ``options.max_input_bytes`` from ``stream``; InputTooLargeError when there is more."""
    data = stream.read(options.max_input_bytes + 1)
    if len(data) > options.max_input_bytes:
        raise InputTooLargeError(f"input is over the limit of {options.max_input_bytes:,} bytes", path=shown)
    return data


def _refuse_unless_regular(info: os.stat_result, shown: str) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableInputError("cannot read file: is a directory", reason="is-a-directory", path=shown)
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInputError(
            "not a regular file (a FIFO, device or socket); not read", reason="not-a-regular-file", path=shown
        )


_REASONS = {
    errno.ENOENT: "not-found",
    errno.ELOOP: "symlink-loop",
    errno.EACCES: "permission-denied",
    errno.EPERM: "permission-denied",
    errno.EISDIR: "is-a-directory",
}


def unreadable(exc: OSError, path: str, shown: str | None = None) -> UnreadableInputError:
    """The error for an ``OSError`` met reading ``path``, with its reason (a dangling link is no missing file)."""
    reason = _REASONS.get(exc.errno or 0, "unreadable")
    message = f"cannot read file: {exc.strerror or exc}"
    if reason == "not-found" and os.path.islink(path):
        reason, message = "dangling-link", "cannot read file: a symbolic link to nothing"
    elif reason == "symlink-loop":
        message = "cannot read file: a loop of symbolic links"
    return UnreadableInputError(message, reason=reason, path=shown or path)


def _check_size(size: int, options: ParseOptions, path: str | None) -> None:
    if size > options.max_input_bytes:
        raise InputTooLargeError(
            f"input is {size:,} bytes, over the limit of {options.max_input_bytes:,}",
            path=path,
        )


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
    mostly_utf8 = _decode_mostly_utf8(data)
    if mostly_utf8 is not None:
        text, bad = mostly_utf8
        diagnostics.append(
            Diagnostic(
                code="invalid-utf8-replaced",
                message=f"input is UTF-8 but for {bad:,} invalid byte(s) (the first here); each became U+FFFD",
                line=line,
                column=column,
                severity="warning",
            )
        )
        return text, "utf-8"
    text, encoding = _decode_legacy(data)
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


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """``data`` decoded by the Windows code page that reads it most plausibly: Western (cp1252), Central
    European (cp1250), Cyrillic (cp1251) or Greek (cp1253); cp1252 unless another reads it better, and
    latin-1 when none decodes it.

    Read in the wrong code page, a text's letters become runs of accented Latin letters ("Ìåíåäæåð" for
    "Менеджер") or symbols inside words ("za¿ó³æ" for "zażółć"): the page with fewest such words wins.
    """
    best: tuple[int, str, str] | None = None
    for encoding in _LEGACY_CODE_PAGES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        implausible = _implausible_words(text)
        if best is None or implausible < best[0]:
            best = (implausible, text, encoding)
            if implausible == 0:
                break  # no later page can read it better (a tie keeps the earlier one)
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return best[1], best[2]


_LEGACY_CODE_PAGES = ("cp1252", "cp1250", "cp1251", "cp1253")
_LEGACY_SAMPLE = 65_536
"""Characters of each reading that are judged: enough words to tell, and a bounded cost for a huge input."""


def _implausible_words(text: str) -> int:
    """How many words of ``text`` (its first :data:`_LEGACY_SAMPLE` characters) no language writes: a symbol
    between letters ("za¿ó³æ"), three or more letters all of them accented Latin ones ("Ìåíåäæåð"), or a
    capital after a small letter beyond ASCII ("ЛпгйуфЮт", Greek read as Cyrillic)."""
    count = 0
    for token in text[:_LEGACY_SAMPLE].split():
        if token.isascii():
            continue
        start = next((i for i, char in enumerate(token) if char.isalpha()), len(token))
        end = next((i for i in range(len(token) - 1, start - 1, -1) if token[i].isalpha()), start - 1) + 1
        if start == len(token):
            continue  # no letter: a price, a dash
        around = token[:start] + token[end:]
        if _is_implausible(token[start:end]) or any(_odd_mark(char) for char in around):
            count += 1
    return count


def _odd_mark(char: str) -> bool:
    """A mark beyond ASCII that words are not written between (a superscript, "£" read for "Ł")."""
    return not char.isascii() and not char.isdigit() and char not in _MARKS_AROUND_WORDS


_MARKS_AROUND_WORDS = frozenset("«»“”„‘’‚‹›¿¡–—…•·€°")


def _is_implausible(word: str) -> bool:
    if word.isascii():
        return False
    if not word.isalpha():
        return True
    if len(word) >= 3 and all("\u00c0" <= char <= "\u024f" for char in word):
        return True
    accented = {char for char in word.lower() if not char.isascii()}
    if all("\u00c0" <= char <= "\u024f" for char in accented):
        # Czech read as cp1252 keeps its letters but mixes alphabets: "vývojáøe" for "vývojáře".
        return not any(accented <= alphabet for alphabet in _LATIN_ALPHABETS)
    return any(small.islower() and capital.isupper() and not small.isascii() for small, capital in pairwise(word))


_LATIN_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõúü",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóúü",  # Catalan
        "áéíóúàèëïöü",  # Dutch
        "åäöéæøóü",  # Swedish, Danish, Norwegian
        "äöåšžõü",  # Finnish, Estonian
        "áðéíóúýþæö",  # Icelandic
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Bosnian, Serbian, Slovene
        "ăâîșțşţ",  # Romanian
        "çğıöşüâî",  # Turkish
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "çë",  # Albanian
    )
)
"""The accented letters each language written in Latin letters uses: a word's accented letters all come
from one of them."""


def _decode_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """The text and its number of bad bytes, when there are at least as many valid UTF-8 sequences.

    A file in a legacy code page almost never holds a valid multi-byte UTF-8
    sequence; a UTF-8 file with one stray byte holds many (any accented
    letter), and reading it all as cp1252 would garble every one of them.
    """
    text = data.decode("utf-8", "replace")
    replacements = text.count("\ufffd")
    bad = replacements - data.count(b"\xef\xbf\xbd")  # U+FFFD itself, as written
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid_multibyte = non_ascii - replacements
    return (text, bad) if valid_multibyte >= bad else None


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


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(text: str, diagnostics: list[Diagnostic]) -> str:
    """``text`` with lone surrogates (not text, and not encodable) replaced by U+FFFD."""
    message = "{count:,} lone surrogate code point(s) (the first here) replaced with U+FFFD"
    return _replace_reporting(text, _SURROGATE, "\ufffd", diagnostics, "invalid-characters-replaced", message)


def _replace_reporting(
    text: str, pattern: re.Pattern[str], replacement: str, diagnostics: list[Diagnostic], code: str, message: str
) -> str:
    """``text`` with every match of ``pattern`` replaced, and a warning where the first was.

    ``message`` is formatted with ``count`` (the matches) and ``first`` (the first match's text).
    """
    found = pattern.search(text)
    if found is None:
        return text
    replaced, count = pattern.subn(replacement, text)
    line, column = _text_position(text, found.start())
    diagnostics.append(
        Diagnostic(
            code=code,
            message=message.format(count=count, first=found.group()),
            line=line,
            column=column,
            severity="warning",
        )
    )
    return replaced


def _text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _refuse_nul(text: str, path: str | None) -> None:
    index = text.find("\x00")
    if index >= 0:
        line, column = _text_position(text, index)
        raise DecodingError("input contains a NUL character: not text", path=path, line=line, column=column)


CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""C0 control characters but tab, newline and carriage return, and DEL: no text holds them, and some
of them (form feed, vertical tab, the separators) split lines where a reader sees none."""


def _remove_control_characters(text: str, diagnostics: list[Diagnostic]) -> str:
    message = "{count:,} control character(s) removed (the first, {first!r}, here)"
    return _replace_reporting(text, CONTROL_CHARACTERS, "", diagnostics, "control-characters-removed", message)


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
    line, column = _text_position(text, match.start())
    diagnostics.append(
        Diagnostic(
            code="mojibake-repaired",
            message=f"text looked like UTF-8 read as cp1252 ({match.group()!r}); repaired with ftfy",
            line=line,
            column=column,
            severity="info",
        )
    )
    return fixed

"""Inline Markdown and HTML to plain text, shared by every stage.

Plain text here means what a reader sees: emphasis markers, code ticks, HTML
tags, images, template tags and kramdown attribute lists removed, links
reduced to their text (their URLs collected), entities decoded, whitespace
collapsed. Regular expressions, compiled once, are enough for this and are
much cheaper than mistune's inline pass.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

__all__ = [
    "GENDER_INFLECTION",
    "GENDER_TAG",
    "HTML_TAG",
    "LINE_BREAK",
    "PICTOGRAPHS",
    "CaselessPattern",
    "KeywordIndex",
    "LiteralGate",
    "any_of",
    "char_class",
    "compile_lowercase",
    "has_gender_marks",
    "lower_like_ignorecase",
    "matches_in_each",
    "phrase_pattern",
    "plain_latin",
    "plain_text",
    "plain_text_and_links",
    "reads_lowered_alike",
    "required_literals",
    "split_alternatives",
    "word_count",
]

# Bracketed parts never contain another bracket, so an unmatched "[" or "(" is
# abandoned at the next one instead of being rescanned to the end of the text:
# runs of brackets stay linear.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)|!\[[^\[\]]*\]\[[^\[\]]*\]|<img\b[^>]*>", re.IGNORECASE)
# [text](url "title"), also written with a stray space before the parenthesis.
_LINK = re.compile(r"\[([^\[\]]*)\] ?\(\s*<?([^()\s<>\[\]]*)>?(?:\s+\"[^\"()]*\")?\s*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>", re.IGNORECASE)
_HTML_ANCHOR = re.compile(r"<a\b[^<>]*?\bhref=([\"'])([^\"'<>]*)\1[^<>]*>([^<]{0,1000})</a\s*>", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\{%[^{}%]*%\}")
_IAL = re.compile(r"\{:[^{}]*\}")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--(?:[^<-]|-(?!->)|<(?!!--))*-->")
"""An HTML tag or comment, as :func:`plain_text` takes them out."""
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
PICTOGRAPHS = "\U0001f300-\U0001faff"
"""The range of emoji pictographs, for a character class: "🙌", "🔧", "✨" is a dingbat beside them."""
"""An HTML line break (``<br>``, ``<br/>``), which breaks a line as a newline does."""
# Emphasis spans are bounded: an opener that nothing closes is given up after a
# few hundred characters instead of being rescanned to the end of the text, and
# at the next delimiter, so that a run of openers ("**a **a …") costs a step each.
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).){1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?!\*)|(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"(?<!`)(`+)(?!`)(.{1,300}?)\1")  # opened by a whole run of ticks, not by a part of it
# A backslash escapes punctuation, and one that ends a line breaks it (a hard line break).
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])|\\(?=\n|$)")
# An escaped character is held as a private-use character while the markup is read, so that "\\*\\*kwargs"
# or "\\_\\_init\\_\\_" opens no emphasis, then given back.
_HELD_BASE = 0xE000
_GIVEN_BACK = {_HELD_BASE + code: chr(code) for code in range(0x21, 0x7F)}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


# The stages read the same lines more than once (a list entry as an item, as a line of the body, as a
# part of its section's text): about 100 reads of 38 texts a posting. Short texts are remembered.
_REMEMBERED_CHARS = 1_000


def plain_text_and_links(markdown: str) -> tuple[str, list[str]]:
    """Plain text of inline Markdown, and the URLs of its links in order."""
    if len(markdown) > _REMEMBERED_CHARS:
        return _plain_text_and_links(markdown)
    text, links = _remembered(markdown)
    return text, list(links)


@lru_cache(maxsize=4096)
def _remembered(markdown: str) -> tuple[str, tuple[str, ...]]:
    text, links = _plain_text_and_links(markdown)
    return text, tuple(links)


def _plain_text_and_links(markdown: str) -> tuple[str, list[str]]:
    links: list[str] = []
    text = markdown
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(_held, text)
    if "{" in text:
        text = _IAL.sub("", _TEMPLATE.sub("", text))
    if "<" in text or "[" in text:
        text = _without_tags_and_links(text, links)
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    if escaped:
        text = text.translate(_GIVEN_BACK)
        links = [link.translate(_GIVEN_BACK) for link in links]
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    # str.split() and re's \s agree on what whitespace is; the split is cheaper.
    text = " ".join(text.split())
    if text.endswith(":-"):  # "a candidate must have:-", a colon as Indian and East African English write it
        text = text[:-1]
    return text, links


def _held(found: re.Match[str]) -> str:
    """An escaped character as the private-use character that holds it; a hard line break's backslash as nothing."""
    return chr(_HELD_BASE + ord(found[1])) if found[1] else ""


def _without_tags_and_links(text: str, links: list[str]) -> str:
    """``text`` with HTML tags and images removed and links reduced to their text, whose URLs go to ``links``."""

    def keep_link(match: re.Match[str]) -> str:
        links.append(match.group(2))
        return match.group(1)

    def keep_anchor(match: re.Match[str]) -> str:
        links.append(html.unescape(match.group(2)))
        return match.group(3)

    def keep_autolink(match: re.Match[str]) -> str:
        links.append(match.group(1))
        return match.group(1)

    if "<" in text:
        text = _HTML_ANCHOR.sub(keep_anchor, text)
        text = _AUTOLINK.sub(keep_autolink, text)
        text = HTML_TAG.sub("", LINE_BREAK.sub(" ", _IMAGE.sub("", text)))
    if "[" in text:
        text = _FOOTNOTE_REF.sub("", text)
        text = _REF_LINK.sub(r"\1", _LINK.sub(keep_link, _IMAGE.sub("", text)))
    return text


def plain_text(markdown: str) -> str:
    """Plain text of inline Markdown (see :func:`plain_text_and_links`)."""
    if len(markdown) > _REMEMBERED_CHARS:
        return _plain_text_and_links(markdown)[0]
    return _remembered(markdown)[0]


# The gender marks of a job title: (m/w/d), (w/m/x), (f/m/d), (H/F), m/w/d, H/F, (all genders), (gn), (mwd).
GENDER_TAG = re.compile(
    r"[(\[]\s*(?:[mwfdhxv*]\s*[/|,]\s*){1,3}[mwfdhxv*]\w*\s*[)\]]|\b(?:[mwfdh]\s*/\s*){2}[mwfdhx]\b"
    r"|\(\s*(?:all genders?|gn|mwd|m/w/div|w/m/div)\s*\)|\b(?:h\s*/\s*f|f\s*/\s*h)\b",
    re.IGNORECASE,
)
# The gender-inclusive spellings of a job's noun: Entwickler*in, Lehrer:innen, Entwickler/-in,
# Lehrer(in), développeur·se, développeur/euse, alternant-e, chargé(e), desarrollador/a, sviluppatore/trice.
GENDER_INFLECTION = re.compile(
    r"[^\W\d_]{3}(?:[*:_]|/-?|\()[iI]n(?:nen)?\b"
    r"|[^\W\d_]{3}(?:[/·(]|-)(?:e|es|se|euse|rice|trice|ice|ère|ne|ve)\b"
    r"|[^\W\d_]{3}[/(]as?\b|[^\W\d_]{3}\.(?:euse|rice|trice|ère)\b"
)


def has_gender_marks(text: str) -> bool:
    """Whether ``text`` marks a job title's genders: a tag ("(m/w/d)", "H/F") or an inclusive spelling.

    >>> titles = ("Koch (m/w/d)", "Entwickler*in", "Développeur·se web", "Ingeniero/a", "Web developer", "N/A")
    >>> [has_gender_marks(title) for title in titles]
    [True, True, True, True, False, False]
    """
    return GENDER_TAG.search(text) is not None or GENDER_INFLECTION.search(text) is not None


_UNSPACED_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_WORD_CHARS = 2


def word_count(text: str) -> int:
    """How many words ``text`` has, counting Chinese and Japanese by characters (about two to a word).

    Those scripts write no spaces, so a whole sentence is one word to ``str.split``,
    and a rule meant for short lines ("a heading has a few words") would take it.

    >>> word_count("Nice to have"), word_count("加分项"), word_count("有大规模分布式系统经验者优先")
    (3, 2, 7)
    """
    tokens = text.split()
    if text.isascii() or not _UNSPACED_LETTER.search(text):
        return len(tokens)
    # Each run of such letters split() counts as one word is counted by its length instead.
    unspaced = [len(_UNSPACED_LETTER.findall(token)) for token in tokens]
    return sum(-(-letters // _UNSPACED_WORD_CHARS) if letters else 1 for letters in unspaced)


def matches_in_each(
    finditer: Callable[[str], Iterable[re.Match[str]]], texts: Sequence[str]
) -> Iterator[tuple[int, int, int, str]]:
    """(index of the text, start, end, matched text) of every match in ``texts``, found in one pass.

    The texts are searched joined by newlines, which costs far less than a
    search per text; offsets are given within each text. ``finditer`` must
    keep offsets (a match never spans a newline in the patterns this serves).
    """
    starts = list(accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
    for match in finditer("\n".join(texts)):
        which = bisect.bisect_right(starts, match.start()) - 1
        yield which, match.start() - starts[which], match.end() - starts[which], match.group()


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regular expression source matching any of ``phrases`` (literal text), shaped as a trie.

    Python's ``re`` tries the branches of a flat alternation one by one at
    every position; a trie tries each character once, which makes a table of
    hundreds of phrases about as cheap to search for as a few. At any
    position it matches what the flat alternation of the phrases, longest
    first, would match.
    """
    return any_of([re.escape(phrase) for phrase in sorted(set(phrases), key=len, reverse=True)], ignore_case=False)


def any_of(alternatives: Iterable[str], *, ignore_case: bool = True) -> str:
    """``"|".join(alternatives)`` with alternatives that start alike factored together.

    ``apply now|apply here|bewirb`` becomes ``(?:apply (?:now|here)|bewirb)``:
    the shared start is tried once, and an alternative whose first character
    differs from the text is ruled out with the rest of its group. Factoring
    happens on literal characters, ``\\b`` and ``^``, keeping the order of the
    alternatives within each group, so the pattern matches the same texts; an
    alternative that starts otherwise is left as it is. Pass the pattern's own
    ``ignore_case`` so that ``A`` and ``a`` are grouped only when they are the same.
    """
    return _factor(list(alternatives), ignore_case)


def split_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression source: ``a|(?:b|c)|d`` → ``a``, ``(?:b|c)``, ``d``."""
    bars = [index for index, char, depth in _structure(source) if char == "|" and depth == 0]
    return [source[start + 1 : end] for start, end in zip([-1, *bars], [*bars, len(source)], strict=True)]


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of each character outside escapes and character classes."""
    depth = 0
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(source, index) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield index, char, depth
        index += 1


def _class_end(source: str, start: int) -> int:
    """Index of the ``]`` closing the character class that opens at ``start``."""
    index = start + 1
    if source[index : index + 1] == "^":
        index += 1
    if source[index : index + 1] == "]":
        index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index


_QUANTIFIERS = frozenset("*+?{")
_SPECIAL = frozenset("\\.^$*+?{}[]()|")


def _factor(alternatives: list[str], ignore_case: bool) -> str:
    groups: dict[str, list[str]] = {}
    order: list[tuple[str | None, str]] = []
    for alternative in _opened(alternatives):
        atom = _leading_atom(alternative)
        if atom is None:
            order.append((None, alternative))
            continue
        key = atom.lower() if ignore_case else atom
        if key not in groups:
            groups[key] = []
            order.append((key, atom))
        groups[key].append(alternative[len(atom) :])
    parts: list[str] = []
    for group_key, text in order:
        if group_key is None:
            parts.append(text)
            continue
        rests = groups[group_key]
        parts.append(text + (_group(rests, ignore_case) if len(rests) > 1 else rests[0]))
    return "|".join(parts)


def _opened(alternatives: list[str]) -> list[str]:
    """Alternatives that open on a group, ``(?:a|b)c``, written out as ``ac``, ``bc`` (the same, in order)."""
    out: list[str] = []
    for alternative in alternatives:
        inner, rest = _leading_group(alternative)
        if inner is None:
            out.append(alternative)
        else:
            out.extend(_opened([part + rest for part in split_alternatives(inner)]))
    return out


def _leading_group(alternative: str) -> tuple[str | None, str]:
    """``(?:a|b)c`` → (``a|b``, ``c``); (None, alternative) when it does not open on an unquantified group."""
    if not alternative.startswith("(?:"):
        return None, alternative
    end = next((index for index, char, depth in _structure(alternative) if char == ")" and depth == 0), None)
    following = alternative[end + 1 : end + 2] if end is not None else ""
    if end is None or (following and following in _QUANTIFIERS):
        return None, alternative
    return alternative[3:end], alternative[end + 1 :]


def _group(rests: list[str], ignore_case: bool) -> str:
    if rests[-1] == "" and "" not in rests[:-1]:
        # Shortest last: an optional group says the same, and is the usual trie shape.
        return "(?:" + _factor(rests[:-1], ignore_case) + ")?"
    factored = _factor(rests, ignore_case)
    return "(?:" + factored + ")" if len(split_alternatives(factored)) > 1 else factored


def _leading_atom(alternative: str) -> str | None:
    """The first atom when it is a literal character, an escaped one, ``\\b`` or ``^``, and not quantified."""
    if not alternative:
        return None
    if alternative.startswith("\\"):
        atom = alternative[:2]
        if len(atom) < 2 or not (atom == "\\b" or not atom[1].isalnum()):
            return None
    elif alternative[0] == "^":
        return "^"
    elif alternative[0] in _SPECIAL:
        return None
    else:
        atom = alternative[0]
    following = alternative[len(atom) : len(atom) + 1]
    return None if following and following in _QUANTIFIERS else atom


# str.lower() and re.IGNORECASE disagree on three letters: re matches "İ" and "ı"
# to "i" and "ſ" to "s", while lower() keeps "ı" and "ſ" and makes "İ" two characters.
_AS_RE_IGNORES_CASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# Beyond Latin Extended-B a few letters ("ς", "ϐ", "ᲀ") have case partners that
# lower() does not give; patterns in lower case keep to the Latin letters.
_LAST_SAFE_LETTER = "\u024f"


def char_class(codes: Iterable[int]) -> str:
    """The inside of a character class that holds these code points (ascending), as ranges.

    >>> char_class([65, 66, 67, 90])
    'A-CZ'
    """
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "") for low, high in runs)


def plain_latin(letter: str) -> bool:
    """A Latin letter whose only case partners are those lower_like_ignorecase gives.

    Not the micro sign (re takes a Greek mu for it), nor "ı" and "ſ" (which that text never holds).
    """
    return letter <= _LAST_SAFE_LETTER and letter not in "\u00b5\u0131\u017f"


def reads_lowered_alike(letter: str) -> bool:
    """Whether a pattern's ``letter`` finds in :func:`lower_like_ignorecase` text what it finds with re.IGNORECASE.

    A plain Latin letter (see :func:`plain_latin`), or a letter without case, such as
    those of Chinese and Japanese: re.IGNORECASE compares it to itself alone, and
    lowering a text leaves it, and gives it for no other character.
    """
    return plain_latin(letter) or letter.lower() == letter == letter.upper()


def lower_like_ignorecase(text: str) -> str:
    """``text`` in lower case, letter for letter as re.IGNORECASE compares letters.

    A pattern from :func:`compile_lowercase` finds in this text the same spans
    that it finds with re.IGNORECASE in ``text``, and faster: every character
    stays one character, and word characters, spaces and digits stay what they
    are (checked over every code point).
    """
    if text.isascii():
        return text.lower()
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_AS_RE_IGNORES_CASE)
    return text.lower()


def _letters(source: str) -> list[str]:
    """The letters a regular expression matches literally (not those of ``\\W`` or ``(?P<name>``)."""
    return [char for char in re.sub(r"\\.|\(\?P", "", source) if char.isalpha()]


def compile_lowercase(pattern: str) -> re.Pattern[str]:
    """``pattern``, whose letters are all lower-case Latin, compiled to search :func:`lower_like_ignorecase` text."""
    if any(char.isupper() or not plain_latin(char) for char in _letters(pattern)):
        raise ValueError(f"pattern needs lower-case Latin letters only: {pattern!r}")
    return re.compile(pattern)


class CaselessPattern:
    """A case-insensitive regular expression that reads lower-cased text case-sensitively.

    ``re.IGNORECASE`` folds the case of every character it compares; matching
    :func:`lower_like_ignorecase` text against a lower-case pattern gives the
    same answers two to three times faster. Offsets in the matches are those
    of the text given; a match's text is lower case. A pattern with letters
    with case beyond Latin (a user's own cue words, say) is matched with
    ``re.IGNORECASE``, since some of those letters have case partners that
    lower-casing does not give; letters without case (Chinese, Japanese) are
    read as they are either way, and do not stop a pattern reading lowered text
    (see :func:`reads_lowered_alike`).
    """

    def __init__(self, source: str) -> None:
        letters = _letters(source)
        if any(char.isupper() for char in letters):
            raise ValueError("a CaselessPattern is written in lower case")
        self.source = source
        self._latin = all(map(reads_lowered_alike, letters))
        self._pattern = re.compile(source) if self._latin else re.compile(source, re.IGNORECASE)

    @property
    def reads_lowered(self) -> bool:
        """Whether the pattern reads lowered text case-sensitively (its letters are all plain Latin)."""
        return self._latin

    def _reading(self, text: str) -> str:
        return lower_like_ignorecase(text) if self._latin else text

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.search`."""
        return self._pattern.search(self._reading(text), pos)

    def match(self, text: str) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.match`."""
        return self._pattern.match(self._reading(text))

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.fullmatch`."""
        return self._pattern.fullmatch(self._reading(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Like :meth:`re.Pattern.finditer`."""
        return self._pattern.finditer(self._reading(text))

    def search_lowered(self, lowered: str) -> re.Match[str] | None:
        """:meth:`search` on text already lowered by :func:`lower_like_ignorecase` (lower once, search often)."""
        return self._pattern.search(lowered)

    def match_lowered(self, lowered: str) -> re.Match[str] | None:
        """:meth:`match` on text already lowered by :func:`lower_like_ignorecase`."""
        return self._pattern.match(lowered)

    @property
    def on_lowered(self) -> re.Pattern[str]:
        """The compiled pattern :meth:`search_lowered` and :meth:`match_lowered` use (to call in a tight loop)."""
        return self._pattern


def starts_word(text: str, start: int) -> bool:
    """Whether ``start`` is where a word starts: no letter before it (what ``(?<![^\\W\\d_])`` says).

    >>> starts_word("on-call", 3), starts_word("oncall", 2), starts_word("3rd", 1)
    (True, False, True)
    """
    if start == 0:
        return True
    before = text[start - 1]
    return not before.isalnum() or before.isdecimal()


class KeywordIndex:
    """Where the keywords of a table occur in many lines, found in one pass of an Aho-Corasick automaton.

    A keyword gate asks of every line of a posting whether it holds one of
    a finder's keywords; an automaton answers for all the keywords at once
    in one pass over the text, where a regular expression, even shaped as a
    trie, tries the table at every position (ten times slower, measured).
    Keywords are literal, lower-case text and the lines are given lowered the
    same way. With ``word_start``, a keyword that starts with a letter counts
    only at the start of a word (see :func:`starts_word`).

    :meth:`matches` gives exactly what ``re.finditer`` of the pattern
    ``(?<![^\\W\\d_])(?:WORDS)|OTHERS`` (or of ``phrase_pattern(keywords)``
    without ``word_start``) finds, line by line: at the leftmost place a
    keyword counts, the longest one, and on after it.

    >>> index = KeywordIndex(["pay", "salary", "day"], word_start=True)
    >>> list(index.matches(["base salary and holiday pay", "no match today"]))
    [(0, 'salary'), (0, 'pay')]
    >>> index.lines_with_any(["base salary and holiday pay", "no match today", "payday"])
    [0, 2]
    """

    def __init__(self, keywords: Iterable[str], *, word_start: bool = False) -> None:
        self.keywords = sorted({keyword for keyword in keywords if keyword})
        if any(keyword != keyword.lower() for keyword in self.keywords):
            raise ValueError("a KeywordIndex's keywords are written in lower case")
        self.word_start = word_start
        # A DFA: it searches two to three times faster than the default for these tables (measured).
        self._automaton = AhoCorasick(self.keywords, implementation=Implementation.DFA)
        self._is_word = [keyword[0].isalpha() for keyword in self.keywords]

    def _occurrences(self, joined: str) -> list[tuple[int, int, int]]:
        """(start, end, keyword number) of every place a keyword counts, overlapping ones included."""
        found = self._automaton.find_matches_as_indexes(joined, overlapping=True)
        if self.word_start:
            is_word = self._is_word
            found = [m for m in found if not is_word[m[0]] or starts_word(joined, m[1])]
        return [(start, end, which) for which, start, end in found]

    def matches(self, lowered: Sequence[str]) -> Iterator[tuple[int, str]]:
        """(index of the line, keyword) of each match, line by line, as the regular expression finds them."""
        if not lowered:
            return
        joined = "\n".join(lowered)
        starts = list(accumulate((len(text) + 1 for text in lowered[:-1]), initial=0))
        # Leftmost first, longest first at one place; a match hides those that start inside it.
        occurrences = sorted(self._occurrences(joined), key=lambda m: (m[0], m[0] - m[1]))
        reached = 0
        for start, end, which in occurrences:
            if start < reached:
                continue
            reached = end
            yield bisect.bisect_right(starts, start) - 1, self.keywords[which]

    def lines_with_any(self, lowered: Sequence[str]) -> list[int]:
        """The indexes of the lines that hold a keyword, in order."""
        if not lowered:
            return []
        joined = "\n".join(lowered)
        starts = list(accumulate((len(text) + 1 for text in lowered[:-1]), initial=0))
        found = {bisect.bisect_right(starts, start) - 1 for start, _, _ in self._occurrences(joined)}
        return sorted(found)


# --- literal gates -------------------------------------------------------------------

_PRODUCT_LIMIT = 256  # exact alternatives kept when a sequence's parts are multiplied out

try:  # Python 3.11 and later
    from re import _constants as _re_constants  # type: ignore[attr-defined]
    from re import _parser as _re_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _re_constants
    import sre_parse as _re_parser


def required_literals(source: str, text_start: str = "") -> frozenset[str] | None:
    """Strings one of which every match of the regular expression ``source`` holds, or None if none is known.

    Read from the parsed pattern: a literal run must be there, one branch of an
    alternation must, a repeat must at least once. Good enough to skip a
    pattern where none of the strings is in the text, which an Aho-Corasick
    pass over all of a table's strings tells at once (see :class:`LiteralGate`).
    ``text_start``: a character the caller puts before the text, which "^"
    (the start of the text, unless the pattern reads it as the start of a line) stands for.

    >>> sorted(required_literals(r"\\b(?:must|should) have\\b"))
    ['must have', 'should have']
    >>> required_literals(r"\\w+ing") == frozenset({"ing"})
    True
    >>> sorted(required_literals(r"^you \\w+|\\bin this role", text_start="|"))
    ['in this role', '|you ']
    """
    parsed = _re_parser.parse(source)
    if parsed.state.flags & re.IGNORECASE:
        return None
    if parsed.state.flags & re.MULTILINE:
        text_start = ""
    found = _read_sequence(list(parsed), text_start).required
    return frozenset(found) if found else None


def required_literal_ways(source: str, text_start: str = "") -> list[tuple[frozenset[str], ...]] | None:
    """The ways a match of ``source`` can go (its top-level alternatives), each with the strings it holds.

    Each way has the set of strings that :func:`required_literals` reads for that
    alternative, and a second one when the alternative holds another that is long
    enough to be rare and that the first does not imply: a match that way holds a
    string of each. ``\\b(?:knowledge|skills)\\b.*\\bis fine`` is looked for only
    in a text that holds "is fine" too. None when an alternative's strings are unknown.

    >>> ways = required_literal_ways(r"\\bmust\\b|\\b(?:knowledge|skills)\\b.*\\bis fine")
    >>> [sorted(map(sorted, way)) for way in ways]
    [[['must']], [['is fine'], ['knowledge', 'skills']]]
    """
    parsed = _re_parser.parse(source)
    if parsed.state.flags & re.IGNORECASE:
        return None
    if parsed.state.flags & re.MULTILINE:
        text_start = ""
    items = list(parsed)
    # The parser moves what all alternatives start with ("\\b") before them: it goes back into each.
    branches = _sole_branches(items[-1]) if items else None
    alternatives = [items] if branches is None else [[*items[:-1], *branch] for branch in branches]
    ways = []
    for branch in alternatives:
        way = _telling_sets(branch, text_start)
        if not way:
            return None
        ways.append(way)
    return ways


def _telling_sets(items: list[tuple[Any, Any]], text_start: str) -> tuple[frozenset[str], ...]:
    """The most telling set of strings a sequence holds and, if there is one, a second rare one it does not imply."""
    if text_start:
        items = _start_into_branches(items)
    held = sorted(_held_in_sequence([_read_element(op, value, text_start) for op, value in items]), key=_selectivity)
    if not held:
        return ()
    best = held.pop()
    for other in reversed(held):
        implied = all(any(part in string for part in other) for string in best)
        if min(map(len, other)) >= _RARE_LENGTH and not implied:
            return frozenset(best), frozenset(other)
    return (frozenset(best),)


_RARE_LENGTH = 5
"""The shortest strings of a second set of :func:`required_literal_ways`: shorter ones are in too many texts."""


@dataclass(frozen=True)
class _Reading:
    """What the matches of a part of a pattern are known to be, read once from its parsed form."""

    exact: set[str] | None = None
    """The strings it matches, when they are few and known."""
    starts: set[str] = field(default_factory=lambda: {""})
    """Strings one of which every match starts with ({""}: none known)."""
    required: set[str] | None = None
    """Strings one of which every match holds (None: none known)."""


def _read_element(op: Any, value: Any, text_start: str) -> _Reading:
    constants = _re_constants
    if op is constants.LITERAL:
        return _known({chr(value)})
    if op is constants.AT and value in (constants.AT_BEGINNING, constants.AT_BEGINNING_STRING) and text_start:
        return _known({text_start})  # what the gate puts before the text stands for its start
    if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
        return _Reading(exact={""})  # takes no characters: the literals on either side are adjacent
    if op is constants.IN:
        chars = [chr(code) for kind, code in value if kind is constants.LITERAL]
        return _known(set(chars)) if len(chars) == len(value) and len(chars) <= 8 else _Reading()
    if op is constants.SUBPATTERN:
        _, added, _, inner = value
        if added & re.IGNORECASE:
            return _Reading()
        return _read_sequence(list(inner), "" if added & re.MULTILINE else text_start)
    if op is constants.BRANCH:
        return _read_branches([_read_sequence(list(branch), text_start) for branch in value[1]])
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        low, _, inner = value
        if low < 1:
            return _Reading()
        once = _read_sequence(list(inner), text_start)
        return _Reading(starts=once.starts, required=once.required)
    return _Reading()


def _start_into_branches(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``^ab(?:c|d)`` read as ``(?:^abc|^abd)``: each branch holds the start of the text with its own letters.

    The same matches; but a branch's letters alone are in many places of a text,
    and after the start of the text in few (patterns factored by :func:`any_of`
    share their "^" between many branches).
    """
    constants = _re_constants
    for index, (op, value) in enumerate(items):
        if op is not constants.AT or value not in (constants.AT_BEGINNING, constants.AT_BEGINNING_STRING):
            continue
        end = index + 1
        while end < len(items) and items[end][0] is constants.LITERAL:
            end += 1
        branches = _sole_branches(items[end]) if end < len(items) else None
        if branches is not None:
            shared = items[index:end]
            distributed = (constants.BRANCH, (None, [[*shared, *branch] for branch in branches]))
            return [*items[:index], distributed, *items[end + 1 :]]
    return items


def _sole_branches(item: tuple[Any, Any]) -> list[Any] | None:
    """The branches of an alternation, or of a group that holds only one (and sets no flags)."""
    constants = _re_constants
    op, value = item
    if op is constants.BRANCH:
        return list(value[1])
    if op is constants.SUBPATTERN:
        _, added, removed, inner = value
        if not added and not removed and len(inner) == 1:
            return _sole_branches(inner[0])
    return None


def _known(strings: set[str]) -> _Reading:
    return _Reading(exact=strings, starts=strings, required=strings)


def _read_branches(branches: list[_Reading]) -> _Reading:
    exact: set[str] | None = set()
    starts: set[str] = set()
    required: set[str] | None = set()
    for branch in branches:
        if exact is not None:
            fits = branch.exact is not None and len(exact) + len(branch.exact) <= _PRODUCT_LIMIT
            exact = exact | branch.exact if fits and branch.exact is not None else None
        starts |= branch.starts
        required = None if required is None or branch.required is None else required | branch.required
    return _Reading(exact, starts if len(starts) <= _PRODUCT_LIMIT else {""}, required)


def _read_sequence(items: list[tuple[Any, Any]], text_start: str) -> _Reading:
    if text_start:
        items = _start_into_branches(items)
    parts = [_read_element(op, value, text_start) for op, value in items]
    return _Reading(_exact_of_sequence(parts), _starts_of_sequence(parts), _required_in_sequence(parts))


def _product(starts: set[str], ends: set[str]) -> set[str] | None:
    """Each of ``starts`` followed by each of ``ends``, unless that makes too many."""
    return {start + end for start in starts for end in ends} if len(starts) * len(ends) <= _PRODUCT_LIMIT else None


def _exact_of_sequence(parts: list[_Reading]) -> set[str] | None:
    out: set[str] | None = {""}
    for part in parts:
        if out is None or part.exact is None:
            return None
        out = _product(out, part.exact)
    return out


def _starts_of_sequence(parts: list[_Reading]) -> set[str]:
    out: set[str] = {""}
    for part in parts:
        joined = _product(out, part.exact) if part.exact is not None else None
        if joined is None:
            return _product(out, part.starts) or out
        out = joined
    return out


def _required_in_sequence(parts: list[_Reading]) -> set[str] | None:
    """The most selective strings the sequence must hold: a run of exact parts, or what one part requires."""
    best: set[str] | None = None
    for candidate in _held_in_sequence(parts):
        if best is None or _selectivity(candidate) > _selectivity(best):
            best = candidate
    return best


def _held_in_sequence(parts: list[_Reading]) -> list[set[str]]:
    """Sets of strings the sequence holds one of each of: its runs of exact parts, and what each part requires."""
    found: list[set[str]] = []
    run: set[str] = {""}

    def consider(candidate: set[str] | None) -> None:
        if candidate and "" not in candidate:
            found.append(candidate)

    for part in parts:
        joined = _product(run, part.exact) if part.exact is not None else None
        if joined is not None:
            run = joined
            continue
        consider(_product(run, part.starts) or run)
        consider(part.required)
        run = part.exact if part.exact is not None else {""}
    consider(run)
    return found


def _selectivity(strings: set[str]) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


class LiteralGate:
    """Which of several regular expressions can match a text, from the literals their matches must hold.

    One Aho-Corasick pass over the text finds the literals of every pattern at
    once (:func:`required_literal_ways`: for each of its alternatives, one set of
    strings or two); a pattern none of whose alternatives has a string of each of
    its sets there cannot match and need not be tried. A pattern with no known literals is always
    a candidate, and so is a :class:`CaselessPattern` that does not read
    lowered text. The gate reads the text the patterns are matched against:
    for a :class:`CaselessPattern`, the lowered text of ``search_lowered``.
    For a :class:`CaselessPattern` (compiled without flags), "^" is the start
    of the text: the gate reads the text after a separator, which stands for it.

    >>> gate = LiteralGate([r"\\bmust\\b", r"\\bnice to have\\b", r"\\d+"])
    >>> sorted(gate.candidates("you must ship"))
    [0, 2]
    >>> gate = LiteralGate([CaselessPattern(r"^you \\w+"), CaselessPattern(r"\\bmust\\b")])
    >>> sorted(gate.candidates("you must")), sorted(gate.candidates("if you must"))
    ([0, 1], [1])
    """

    def __init__(self, patterns: Sequence[str | CaselessPattern]) -> None:
        self._always: set[int] = set()
        owners: dict[str, set[int]] = {}
        halves: dict[str, set[int]] = {}
        self._paired: list[int] = []  # per pair of sets a way needs both of, its pattern
        for number, pattern in enumerate(patterns):
            ways = _gate_ways(pattern)
            if ways is None:
                self._always.add(number)
                continue
            for way in ways:
                if len(way) == 1:
                    for literal in way[0]:
                        owners.setdefault(literal, set()).add(number)
                    continue
                for half, strings in enumerate(way):  # halves 2n and 2n + 1: the pair n
                    for literal in strings:
                        halves.setdefault(literal, set()).add(2 * len(self._paired) + half)
                self._paired.append(number)
        self._literals = sorted(owners.keys() | halves.keys())
        self._owners = [frozenset(owners.get(literal, ())) for literal in self._literals]
        self._halves = [frozenset(halves.get(literal, ())) for literal in self._literals]
        self._automaton = _gate_automaton(self._literals)
        # A literal holds the separator only where a pattern's "^" stood, at its start.
        self._joinable = not any(_GATE_SEPARATOR in literal[1:] for literal in self._literals)

    def __getstate__(self) -> dict[str, Any]:
        # The automaton cannot be pickled (a vocabulary holding a gate goes to Dask workers): rebuilt on load.
        return {name: value for name, value in self.__dict__.items() if name != "_automaton"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._automaton = _gate_automaton(self._literals)

    def candidates(self, text: str) -> set[int]:
        """The numbers of the patterns that may match ``text``."""
        found = set(self._always)
        if self._automaton is not None:
            owners, halves = self._owners, self._halves
            held: set[int] = set()
            scanned = (_GATE_SEPARATOR + text).encode()
            for which, _, _ in self._automaton.find_matches_as_indexes(scanned, overlapping=True):
                found |= owners[which]
                held |= halves[which]
            if held:
                self._add_pairs(held, found)
        return found

    def candidates_of_each(self, texts: Sequence[str]) -> list[set[int]]:
        """:meth:`candidates` of each of ``texts``, in one pass over them all.

        The texts are joined with a character that only a literal read from "^"
        holds, at its start, and the first text has it before it too: no literal
        found spans two texts, and each one found is given to the text it starts in
        (one that starts with the separator, to the text after it).

        >>> gate = LiteralGate([r"\\bmust\\b", r"\\bnice to have\\b", r"\\d+"])
        >>> [sorted(found) for found in gate.candidates_of_each(["you must", "", "nice to have"])]
        [[0, 2], [2], [1, 2]]
        """
        found = [set(self._always) for _ in texts]
        if self._automaton is None or not texts:
            return found
        if not self._joinable:  # a literal holds the separator inside it (no pattern of ours): one text at a time
            return [self.candidates(text) for text in texts]
        owners, halves = self._owners, self._halves
        held: dict[int, set[int]] = {}
        encoded = [text.encode() for text in texts]
        # Where each text starts, in bytes: an automaton reads UTF-8 about twice as fast as str.
        starts = list(accumulate((len(text) + 1 for text in encoded[:-1]), initial=1))
        joined = _SEPARATOR_BYTE + _SEPARATOR_BYTE.join(encoded)
        for which, start, _ in self._automaton.find_matches_as_indexes(joined, overlapping=True):
            # One past the start: a literal that starts with the separator goes to the text after it.
            index = bisect.bisect_right(starts, start + 1) - 1
            found[index] |= owners[which]
            if halves[which]:
                held.setdefault(index, set()).update(halves[which])
        for index, pairs in held.items():
            self._add_pairs(pairs, found[index])
        return found

    def _add_pairs(self, held: set[int], found: set[int]) -> None:
        """Add to ``found`` the pattern of each pair of sets both of whose halves are ``held``."""
        paired = self._paired
        for half in held:
            if not half % 2 and half + 1 in held:
                found.add(paired[half // 2])


def _gate_ways(pattern: str | CaselessPattern) -> list[tuple[frozenset[str], ...]] | None:
    """The :func:`required_literal_ways` of a gate's pattern; for a :class:`CaselessPattern`, "^" is the separator."""
    if not isinstance(pattern, CaselessPattern):
        return required_literal_ways(pattern)
    return required_literal_ways(pattern.source, _GATE_SEPARATOR) if pattern.reads_lowered else None


_GATE_SEPARATOR = "\x00"
"""What :class:`LiteralGate` puts before each text: it stands for a pattern's "^", and no other literal holds it."""


_SEPARATOR_BYTE = _GATE_SEPARATOR.encode()


def _gate_automaton(literals: list[str]) -> BytesAhoCorasick | None:
    # A DFA: it searches a third faster than the default automaton and takes a few ms more to build,
    # once per gate; a gate reads every unit of every posting. It reads UTF-8: a literal's bytes are
    # found where the literal is (UTF-8 is self-synchronising), and bytes are read about twice as
    # fast as str, whose matches the automaton maps back to code points.
    if not literals:
        return None
    return BytesAhoCorasick([literal.encode() for literal in literals], implementation=Implementation.DFA)

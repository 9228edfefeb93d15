"""Cheap sentence splitting for job-posting prose.

A general-purpose segmenter (pysbd) costs about as much per paragraph as
mistune costs per document; postings need far less. This splits after
``.``, ``!``, ``?`` or ``…`` followed by space and a capital letter, a letter of a
script without case (Arabic, Hebrew, Hangul …), a digit or an opening quote (and
after Japanese and Chinese stops, ``。！？``), unless the
word before the stop is an abbreviation ("e.g.", "Sr.", "z. B."), an
initialism ("U.S."), a decimal or a version number, or part of a URL.
``etc.`` ends a sentence only before a capital letter.
"""

from __future__ import annotations

import re

from .text import PICTOGRAPHS, char_class

__all__ = ["split_sentences"]

# Abbreviations after which a full stop does not end the sentence (lower case, no dot).
ABBREVIATIONS = frozenset(
    """
    e.g eg i.e ie vs v cf al approx appr ca incl excl esp dept est fig no nos nr
    sr jr dr mr mrs ms prof st mt ft inc ltd co corp plc llc gmbh bzw z.b u.a o.ä d.h
    usw ggf evtl inkl ca zb resp i.c.m m.b.v bijv o.a p.ex ex env vgl ref tel
    min max avg dipl ing b.sc m.sc b.a m.a ph.d phd msc bsc
    dott dott.ssa sig sig.ra avv geom rag sra srta dra mme mlle mgr
    kat kl cat np m.in tzw wg godz tj např napr cca ecc aprox
    č čl odst písm ust pkt art abs kap oö nö d.lgs dlgs d.p.r dpr sk skup
    mind mtl std bspw zzgl sog u.ä o.g ggfs p.ej ej máx mín dpto t.ex bl.a s.k f.eks evt mv tzv esim kb
    """.split()
)
# Months and days, abbreviations only with their capital: "de mar." (of the sea) ends a sentence, "Mar. 3" not.
DATE_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split())
# Capital letters of the alphabets (Latin with its extensions, Greek, Cyrillic, Armenian, Georgian …),
# listed as ranges: "Łódź", "Č", "Ş", "З" open sentences as "A" does.
_CAPITALS = char_class(code for code in range(0x41, 0x2000) if chr(code).isupper() or chr(code).istitle())
# The letters of scripts without case, which open a sentence after a stop whatever they are: Hebrew, Arabic,
# Devanagari and the other Indic scripts, Thai, Hangul, kana and Han.
_CASELESS = (
    "\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u0904-\u0dff\u0e01-\u0e30"
    "\u1100-\u11ff\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3"
)
# A stop and the space after it; the stop itself (one character) ends the sentence before it. Opening on the
# stop rather than looking behind for it lets the search skip to each stop (twice as fast).
# A pictograph ends a sentence as a stop does, before a capital ("… is a plus 🙌 It's a small team").
_STOP = re.compile(
    r"[.!?…" + PICTOGRAPHS + r"][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[" + _CAPITALS + _CASELESS + r"0-9¿¡])"
    r"|[。！？][」』）)]*\s*(?=\S)"
)
# Tried only where a word starts: tried inside one, each try read the rest of it (quadratic).
_WORD_BEFORE = re.compile(r"(?<![\w.&'-])([\w.&'-]+)[.!?…][\"'”’)\]]*$")
# How much of the text before a stop decides whether it ends a sentence: the
# word before it (an abbreviation, initialism or URL is far shorter than this).
# Reading no more keeps a long paragraph of many stops linear.
_LOOK_BACK = 200
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of ``text`` with their start offsets.

    >>> [s for _, s in split_sentences("Use e.g. Python 3.11. You will lead. Ship it!")]
    ['Use e.g. Python 3.11.', 'You will lead.', 'Ship it!']
    """
    out: list[tuple[int, str]] = []
    start = 0
    for match in _STOP.finditer(text):
        end = match.start() + 1  # after the stop
        if not _ends_sentence(text[max(start, end - _LOOK_BACK) : end]) or _opens_on_a_pictograph(text, start, end):
            continue
        piece = text[start:end].strip()
        if piece:
            out.append((start, piece))
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append((start, tail))
    return out


def _opens_on_a_pictograph(text: str, start: int, end: int) -> bool:
    """Whether the stop is a pictograph with nothing but spaces before it: it marks what follows ("🚧 Nous …")."""
    return text[end - 1] >= _FIRST_PICTOGRAPH and not text[start : end - 1].strip()


_FIRST_PICTOGRAPH = PICTOGRAPHS[0]


def _ends_sentence(before: str) -> bool:
    if before.endswith(("!", "?", "…", "。", "！", "？")) or before.endswith(("!)", "?)", '!"', '?"')):
        return True
    # The word before the stop is in the last run of text without a space (``before`` ends on the stop).
    last = before.rsplit(None, 1)[-1]
    word_match = _WORD_BEFORE.search(last)
    if word_match is None:
        return True
    word = word_match.group(1)
    if "/" in last:  # a URL or path ends the sentence
        return True
    lowered = word.lower().strip("'-").rsplit("'", 1)[-1]  # "all'art." is "art."
    if lowered == "etc" or lowered in _COMPANY_FORMS:
        return True
    if lowered in ABBREVIATIONS or _INITIALISM.match(word) or (lowered in DATE_ABBREVIATIONS and word[0].isupper()):
        return False
    if len(word) == 1 and word.isalpha() and word.lower() != word.upper():
        # An initial ("J. Smith"; a letter of a script without case is a word and ends a sentence:
        # "보유하신 분. 3년 …"), unless it ends a list of letters ("licence classes A and B.")
        # or names a class after a common noun ("prawo jazdy kategorii B.", "plan B."): names
        # and titles before an initial are capitalised ("Maarten B. Eppinga", "Prof. J. Bever").
        words = before[: len(before) - len(last) + word_match.start()].split()
        if not words:
            return False
        previous = words[-1]
        return (
            previous.lower() in _LETTER_LIST_JOINERS
            or previous.lower().rstrip(".") in _CLASS_WORDS
            or (len(previous) >= 4 and previous.isalpha() and previous.islower())
        )
    return True


# The legal forms written as initials that end a company's name ("sp. z o.o.", "s.r.o.", "d.o.o."): before a
# capital they end the sentence ("… kilkunastu spółek z o.o. Do jej zadań …"); inside one a small letter follows.
_COMPANY_FORMS = frozenset("o.o s.r.o d.o.o a.s s.a s.p.a s.r.l s.l b.v n.v e.v".split())
# Words (and their abbreviations) that name a licence's class before its letter: "Führerschein Kl. B.",
# "prawo jazdy kat. B.", "Class C."
_CLASS_WORDS = frozenset("kat kl cat class klasse kategorie category sk skup".split())
# The "and" or "or" before the last of a list of letters, in the languages jobspec reads.
_LETTER_LIST_JOINERS = frozenset("and or och eller og und oder et ou y o e en of i lub a".split())

"""Stage 6: the units a posting's items can be, found by how the posting is built.

A unit is one list entry, one line of a paragraph written one item per line,
one sentence of prose, or the value of a field ("**Clearance:** Secret").
Each keeps what :mod:`jobspec.meaning` needs to decide what it is: its
section, the list or paragraph it belongs to, and the lead-in line that
introduces it ("You should have:", "Arbeitsaufgaben").

Nothing here decides meaning. Two things are decided by structure alone:

* a lead-in that only introduces what follows ("You will:", "Experience
  with:") is not a unit;
* a paragraph whose lines start afresh one after another (no line wraps into
  the next) is a list written without markers: each line is a unit.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from .blocks import CLAUSE_SEPARATOR, MAX_CLAUSE_WORDS, Block, ListEntry
from .cues import DUTY_VERB_START
from .models import ItemSignal, SectionKind
from .sections import SectionNode
from .sentences import split_sentences
from .text import LINE_BREAK, CaselessPattern, plain_text, plain_text_and_links, word_count
from .vocabulary import LISTING_KINDS, Vocabulary

__all__ = [
    "ENTRY_ENDS",
    "ExtractedItem",
    "ItemKind",
    "Unit",
    "UnitForm",
    "ends_running_on",
    "find_units",
    "is_bare_stem",
]

ItemKind = Literal["responsibility", "qualification", "benefit"]
UnitForm = Literal["list", "line", "sentence", "field"]

_MIN_ITEM_STEM_WORDS = 9
_STEM_ENDING = CaselessPattern(
    r"(?:\b(?:with|in|of|on|for|to|include|includes|including|following|like|such as|mit|von|in|van|met|"
    r"avec|de|con|com|di|als|wie|the following|you will|you'll|you have|you should have|you bring|you are|"
    r"you need|you must have|we offer|du|sie|je|vous|tu|what|will|can|must|should|how to|"
    r"need|needs|require|requires|expect|are looking for|'re looking for|has|possesses|"
    r"(?:must|should|shall|will) (?:have|possess|hold|demonstrate))|\([^()]*\))\s*:\s*$"
    # What the list holds said to be a plus: "Experience with any of the following is a big plus:".
    r"|\b(?:the following|these|folgenden?|suivant(?:e|s|es)?|siguientes|seguintes|seguenti|volgende|"
    r"följande|følgende)\b[^:]{0,40}?\b(?:plus|bonus|advantage|asset|vorteil|atout|ventaja|diferencial|"
    r"vantaggio|pluspunt|fördel|fordel)\w*\s*:\s*$"
)
_MAX_ENTRY_STEM_WORDS = 2
_MAX_TRAILING_LEAD_IN_WORDS = 5
_MAX_NAMING_STEM_WORDS = 6
_WHOLLY_BOLD = re.compile(r"^\s*(\*\*|__)(?:(?!\1).){1,80}\1\s*:?\s*$")
# A marker after a line break written as HTML inside an entry ("Plan the menu<br>- Order stock").
_BROKEN_LINE_MARKER = re.compile(r"^[-*+–—][ \t]+(?=\S)")
_GLUED_BULLET = re.compile(r"\n[ \t]*(?:[-•]|\*(?![^\n]*\*))(?=[A-ZÀ-Þ])")  # not "*SMTP*": emphasis
# The spaces before a bullet are taken from where they start, not again from inside them (quadratic).
_INLINE_BULLETS = re.compile(r"(?<!\s)\s*(?:•|·|<br\s*/?>)\s*|(?:•|·|<br\s*/?>)\s*", re.IGNORECASE)
# A line break inside an entry before words in lower case, which go on with it.
_BREAK_RUNNING_ON = re.compile(r"[ \t]*<[bB][rR]\s*/?>[ \t]*(?=[a-zß-öø-ÿ])")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# A line that ends like this runs on into the next one.
# Conjunctions, articles and prepositions: a line that ends on one goes on in the next.
_RUNS_ON_WORDS = (
    "and or but the a an of in on at to for with by from as into than "
    "und oder aber der die das den dem ein eine einen mit von zu für bei auf im in an als "
    "et ou mais le la les un une des de du à au aux en dans pour par avec sur "
    "y o pero el los las una del al con por para en "
    "e ou mas os as um uma do da dos das no na com por para em "
    "e o ma il lo gli una di del della con per in su "
    "en of maar het een van voor met op in aan bij "
    "och eller men ett av för med på i till om "
    "og eller men et af for med på i til om "
    "i lub oraz ale w z na do dla od po ze"
).split()
# A word after a slash is a gender's ending, not a word that runs on: "Elektroniker/in", "Camarero/a".
_RUNS_ON = re.compile(
    r"(?:[,(/&+–-]|(?<![\w/])(?:" + "|".join(sorted(set(_RUNS_ON_WORDS), key=len, reverse=True)) + r"))$"
)
_RUNS_ON_TAIL = max(map(len, _RUNS_ON_WORDS)) + 2
"""The end of a line that holds whatever ``_RUNS_ON`` finds in it: the longest word, the character before it
(for its look-behind) and a last newline (before which ``$`` matches too). Searching no more is cheaper."""
_SENTENCE_END = re.compile(r"[.!?…:;。！？]$")
_SENTENCE_END_TAIL = 2
"""The end of a line that holds whatever ``_SENTENCE_END`` finds: the stop, and a last newline."""
_MAX_LEAD_IN_WORDS = 6
_MIN_LEAD_IN_SHARE = 0.4
"""Of a short line without a colon, the share its heading phrase must cover for it to be a lead-in."""
_WRAP_WIDTH = 60
_MAX_WRAP_WIDTH = 130
"""Editors wrap prose at 60 to 130 characters; lines outside that range were not wrapped."""


@dataclass(slots=True)
class Unit:
    """A piece of a section that may be an item, with what it needs to be judged."""

    text: str
    line: int
    level: int
    links: list[str]
    form: UnitForm
    node: SectionNode
    group: int
    """Units of one list (or one paragraph) share a group."""
    lead_in: str | None = None
    """The line that introduces the unit's list ("You should have:"), if any."""
    position: int = 0
    """0-based place among the units of its section."""


@dataclass
class ExtractedItem:
    """An item found in a section, before it becomes a model."""

    kind: ItemKind
    text: str
    line: int
    level: int = 0
    links: list[str] = field(default_factory=list)
    required: bool = True
    signal: ItemSignal | None = None


@dataclass
class _Reader:
    node: SectionNode
    units: list[Unit]
    vocabulary: Vocabulary
    group: int = 0
    position: int = 0
    lead_in: str | None = None
    signed: bool = False
    """A valediction closed the section ("Kind regards," over a name): its paragraphs after are a signature."""

    def add(self, text: str, line: int, level: int, links: list[str], form: UnitForm, lead_in: str | None) -> None:
        if not any(char.isalnum() for char in text):  # a table's empty cell ("–"), a rule of stars
            return
        self.units.append(Unit(text, line, level, links, form, self.node, self.group, lead_in, self.position))
        self.position += 1


def find_units(roots: list[SectionNode], vocabulary: Vocabulary) -> list[Unit]:
    """Every unit of every section, in document order."""
    units: list[Unit] = []
    group = 0
    for root in roots:
        for node in root.walk():
            reader = _Reader(node, units, vocabulary, group)
            _read_section(node, reader)
            group = reader.group + 1
    return units


def _read_section(node: SectionNode, reader: _Reader) -> None:
    blocks = node.blocks
    start = 0
    if node.is_lead_in and node.heading:
        reader.lead_in = node.heading + ":"  # a line like "You will:" made a section heading
    # A field's value is one line ("**Clearance:** Secret"); lines under a bold label are read as any paragraph,
    # and so are lines broken by "<br>".
    if node.is_field and blocks and blocks[0].kind == "paragraph" and _one_line(blocks[0].markdown):
        text, links = plain_text_and_links(blocks[0].markdown)
        if text and not (text.endswith(":") and is_bare_stem(text)):
            for value in _field_values(text, node):
                reader.add(value, blocks[0].line, 0, _links_in(value, links), "field", None)
        start = 1
    listed = _listed_fragments(blocks) if node.declared in _DUTIES_OR_REQUIREMENTS else frozenset()
    for index in range(start, len(blocks)):
        block = blocks[index]
        # Lists one right after another are one list to a reader ("-" then "*" items), and so are the
        # entries of a list written as paragraphs.
        if not (block.kind == "list" and index > start and blocks[index - 1].kind == "list") and not (
            index in listed and index - 1 in listed
        ):
            reader.group += 1
        if block.kind == "paragraph" and (reader.signed or _opens_on_a_valediction(block.markdown)):
            reader.signed = True  # a name, a title, a phone number: contacts, not items
            continue
        if block.kind == "paragraph":
            before_list = _items_follow(blocks, index)
            reader.lead_in = _read_paragraph(block, reader, before_list=before_list, listed=index in listed)
        elif block.kind == "list":
            _read_list(block.entries, reader)
            reader.lead_in = None


def _one_line(markdown: str) -> bool:
    """Whether a paragraph shows one line: none broken by a newline or by ``<br>``."""
    markdown = markdown.strip()
    return "\n" not in markdown and ("<" not in markdown or LINE_BREAK.search(markdown) is None)


def _field_values(text: str, node: SectionNode) -> list[str]:
    """A field's value, or each of its sentences (and short clauses between semicolons) when its label
    names duties, requirements or benefits, or names no kind ("**The role:**").

    "**Duties:** Deliver chilled loads. Carry out vehicle checks." lists two duties
    as a list would, and "**The role:** You will run the pass. You will train two
    cooks." two sentences as a paragraph would; the sentences of a field of another
    kind ("**About the team:** …") are one value.
    """
    if node.declared is None or node.declared in LISTING_KINDS:
        values = [clause for _, sentence in split_sentences(text) for clause in _clauses(sentence)]
        if len(values) > 1:
            return values
    return [text]


def _clauses(sentence: str) -> list[str]:
    """A sentence's short clauses between semicolons ("RDA license; CPR certification; a year of practice."),
    or the sentence when one of them is long (prose that uses a semicolon)."""
    clauses = [clause for clause in CLAUSE_SEPARATOR.split(sentence) if clause]
    if len(clauses) > 1 and all(len(clause.split()) <= MAX_CLAUSE_WORDS for clause in clauses):
        return clauses
    return [sentence]


def _items_follow(blocks: list[Block], index: int) -> bool:
    """Whether the block after a paragraph is a list, or lines that are one after a paragraph ending in a
    colon ("… und hast folgende Kompetenzen:", then "Sehr gute Deutschkenntnisse" and more, one per line;
    not prose wrapped over lines)."""
    kind = _next_kind(blocks, index)
    if kind == "paragraph" and blocks[index].markdown.rstrip().endswith((":", "：")):
        following = blocks[index + 1]
        return following.kind == "paragraph" and len(_segments(_plain_lines(following))) > 1
    return kind == "list"


def _next_kind(blocks: list[Block], index: int) -> str | None:
    """The kind of the block after ``index``, passing over a table's column names."""
    following = (blocks[later].kind for later in range(index + 1, len(blocks)) if blocks[later].kind != "table")
    return next(following, None)


# --- paragraphs ----------------------------------------------------------------------


_DUTIES_OR_REQUIREMENTS = frozenset(
    {SectionKind.RESPONSIBILITIES, SectionKind.QUALIFICATIONS, SectionKind.PREFERRED_QUALIFICATIONS}
)
_FRAGMENT_WORDS = 20
_TEXT_GOES_ON = re.compile(r"[.!?:;,。！？：；，、]\s*$")
"""The end of a sentence or of a clause ("À bientôt,"): the paragraph is prose or a letter, not a list's entry."""


def _listed_fragments(blocks: list[Block]) -> frozenset[int]:
    """The blocks that are entries of a list written without markers, a paragraph each: runs of two or more
    paragraphs of one short line that ends no sentence ("Enge Zusammenarbeit mit angrenzenden Bereichen",
    a blank line, "Eigenständiges Arbeiten …"), as a page that writes each entry as a ``<p>`` has them."""
    listed: set[int] = set()
    run: list[int] = []
    if sum(block.kind == "paragraph" for block in blocks) < 2:
        return frozenset()  # most sections: a list, and a paragraph at most
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.kind == "paragraph" and _is_fragment(block.markdown):
            run.append(index)
            continue
        if len(run) > 1:
            listed.update(run)
        run = []
    return frozenset(listed)


def _is_fragment(markdown: str) -> bool:
    """One short line of text that ends no sentence or clause and holds no address (an image, "Details: https://…")."""
    if "\n" in markdown.strip():
        return False
    text = plain_text(markdown)
    return (
        0 < word_count(text) <= _FRAGMENT_WORDS
        and not _TEXT_GOES_ON.search(text)
        and "://" not in text
        and "@" not in text
    )


def _read_paragraph(block: Block, reader: _Reader, *, before_list: bool, listed: bool = False) -> str | None:
    """Add the paragraph's units; return the lead-in it gives a following list, if any. ``listed``: the
    paragraph is an entry of a list written without markers (see :func:`_listed_fragments`)."""
    segments = _segments(_plain_lines(block))
    if not segments:
        return None
    lead_in = reader.lead_in
    led = len(segments) > 1 and _introduces(segments[0].text, reader.vocabulary)
    if led:
        lead_in = segments[0].text
        segments = segments[1:]
    following: str | None = None
    labelled = _labelled_lines(segments)
    for index, segment in enumerate(segments):
        sentences = split_sentences(segment.text)
        last = index == len(segments) - 1
        alone = len(segments) == 1 and len(sentences) == 1 and segment.text.rstrip().endswith((":", "："))
        if last and (before_list or alone) and sentences and _introduces(sentences[-1][1], reader.vocabulary):
            following = sentences[-1][1]
            if is_bare_stem(following):
                sentences = sentences[:-1]
        # One line under its label ("PREFERRED" then one line) is a list of one, as several would be.
        form: UnitForm = "line" if (len(segments) > 1 or led or listed) and len(sentences) == 1 else "sentence"
        if len(sentences) > 1 and following is None and labelled:
            sentences, form = [(0, segment.text)], "line"  # "Researcher: You have … You know …" is one line
        for offset, sentence in sentences:
            line = segment.line_at(offset)
            reader.add(sentence, line, 0, _links_in(sentence, segment.links), form, lead_in)
    return following


# The close of a letter, alone on its line or before the name: "Kind regards,", "Thanks!", "Mit freundlichen
# Grüßen", "Un saludo, Javier Moll", "À bientôt,", "--" (an e-mail's signature).
_VALEDICTION = re.compile(
    r"(?:(?:kind|best|warm|warmest|many) regards|regards|best wishes|best|cheers|thanks?(?: you)?(?: again)?|"
    r"many thanks|sincerely|yours (?:sincerely|faithfully|truly)|mit freundlichen grüßen|(?:viele|beste|liebe) grüße|"
    r"freundliche grüße|cordialement|bien (?:à vous|cordialement)|(?:un )?(?:cordial )?saludos?|atentamente|"
    r"met vriendelijke groet(?:en)?|(?:hartelijke )?groet(?:en)?|(?:med )?vänliga hälsningar|(?:med )?venlig hilsen|"
    r"med vennlig hilsen|atenciosamente|cordiali saluti|distinti saluti|pozdrawiam|s pozdravem|--|"
    r"(?:à|a) (?:très |tout )?bientôt|hasta pronto|bis bald|tot (?:snel|gauw)|a presto|até (?:breve|já)|"
    r"vi ses(?: snart)?|do zobaczenia|(?:we )?hope to hear from you(?: soon)?)"
    r"[ \t]*(?:[,!.][ \t]*(?:[^\W\d_][^\n,.;:]{0,40})?)?[ \t]*$",
    re.IGNORECASE,
)


def _opens_on_a_valediction(markdown: str) -> bool:
    """Whether a paragraph opens on the close of a letter (see :data:`_VALEDICTION`)."""
    end = markdown.find("\n")
    first = markdown if end < 0 else markdown[:end]
    if len(first) > 2 * _MAX_VALEDICTION_CHARS:  # most paragraphs: no plain text made of their first line
        return False
    opening = first.lstrip(" *_>").split(None, 1)
    if not opening or opening[0].rstrip(",!.").casefold() not in _VALEDICTION_OPENERS:
        return False
    first = plain_text(first).strip()
    return len(first) <= _MAX_VALEDICTION_CHARS and _VALEDICTION.match(first) is not None


_MAX_VALEDICTION_CHARS = 60
# The first words of :data:`_VALEDICTION`'s closes, looked up before the pattern is tried.
_VALEDICTION_OPENERS = frozenset(
    "kind best warm warmest many regards cheers thanks thank sincerely yours mit viele beste liebe freundliche "
    "cordialement bien un cordial saludos saludo atentamente met hartelijke groet groeten med vänliga venlig "
    "vennlig atenciosamente cordiali distinti pozdrawiam s -- à a hasta bis tot até vi do we hope".split()
)


def _labelled_lines(segments: list[_Segment]) -> bool:
    """Whether a paragraph is a list of labelled lines: more than half its lines (two at least) open on a
    label of a few words and a colon ("Researcher: You have …", "Organised: You plan …").

    Each such line is one item, however many sentences it holds, as an entry of a
    Markdown list would be.
    """
    if len(segments) < 2:
        return False
    labelled = sum(_opens_on_a_label(segment.text) for segment in segments)
    return 2 * labelled > len(segments)


def _opens_on_a_label(text: str) -> bool:
    match = _LABEL.match(text)
    return match is not None and len(match.group(1).split()) <= _LABEL_WORDS


_LABEL = re.compile(r"([^\W\d][^:.!?]{0,40}):\s")
_LABEL_WORDS = 5


class _Line(NamedTuple):
    """A non-empty line of a paragraph, as plain text."""

    line: int
    text: str
    links: list[str]
    broken: bool
    """It ends on a line break its writer made (two spaces, a backslash, ``<br>``): it ends where they meant."""


def _plain_lines(block: Block) -> list[_Line]:
    """Each non-empty line of a paragraph."""
    out: list[_Line] = []
    for offset, raw in enumerate(block.markdown.split("\n")):
        # "Fluent English<br>Patience": a line break written in HTML breaks the line as a new line does.
        parts = LINE_BREAK.split(raw) if "<" in raw else (raw,)
        hard_end = raw.endswith(("  ", "\\"))
        for index, part in enumerate(parts):
            text, links = plain_text_and_links(part)
            if text:
                out.append(_Line(block.line + offset, text, links, hard_end or index < len(parts) - 1))
    return out


@dataclass
class _Segment:
    """Lines of a paragraph read as one run of text, with the file line each part starts on."""

    text: str
    links: list[str]
    starts: list[tuple[int, int]]
    """(offset in ``text``, file line) of each joined line."""

    def line_at(self, offset: int) -> int:
        """The file line the character at ``offset`` is on."""
        return self.starts[max(bisect.bisect_right(self.starts, (offset, 1 << 62)) - 1, 0)][1]


def _segments(lines: list[_Line]) -> list[_Segment]:
    """The paragraph's lines, joined where one runs on into the next.

    Prose wrapped at a fixed width runs on: its lines end mid-sentence, fill
    the width, and the next line goes on in lower case. A line that does none
    of this ends a segment: a list written one item per line becomes a
    segment per item. Lines that all open on a capital are such a list even
    when they are evenly long: wrapped prose seldom goes on in capitals twice.
    """
    if not lines:
        return []
    width = _wrap_width([line.text for line in lines]) if len(lines) > 1 else None
    broken_early = _broken_before_room_ran_out(lines)
    if width is not None and (
        all(line.text[:1].isupper() for line in lines[1:])
        or _ends_entries(lines)
        or _first_line_labels_the_rest(lines, width)
        or broken_early
    ):
        width = None
    elif width is None and _one_sentence_wrapped_once(lines):
        width = len(lines[0].text)
    first_line, first_text, first_links, _ = lines[0]
    out = [_Segment(first_text, list(first_links), [(0, first_line)])]
    # After a line ending in a colon, in ragged lines: a list, even in lower case; so are short ragged
    # lines that none ends as a sentence ends ("har fagbrev som kokk" then "snakker norsk").
    listed = width is None and (broken_early or _short_unpunctuated_lines(lines))
    for (_, before, _, broken), (line, text, links, _) in itertools.pairwise(lines):
        listed = listed or (width is None and before.endswith((":", "：")))
        # "Greet patients and check them in<br>" then "Scan letters": a preposition ends a line its writer broke,
        # unless the paragraph is prose wrapped at a width (some editors end every wrapped line with a break).
        if broken and width is None:
            runs_on = text[:1].islower() and not listed
        else:
            runs_on = ends_running_on(before) if listed else _runs_on(before, text, width)
        if runs_on:
            segment = out[-1]
            segment.starts.append((len(segment.text) + 1, line))
            segment.text += " " + text
            segment.links.extend(links)
        else:
            out.append(_Segment(text, list(links), [(0, line)]))
    return out


def _first_line_labels_the_rest(lines: list[_Line], width: int) -> bool:
    """Whether the paragraph's first line is a label over entries one a line ("Mansioni:" then "carico e
    scarico merci …"): short and ending in a colon, as no line of prose wrapped at ``width`` is, over lines
    the last of which ends no sentence, as wrapped prose's last line does."""
    first = lines[0].text
    return first.endswith((":", "：")) and len(first) < 0.8 * width and not _ends_a_sentence(lines[-1].text)


def _one_sentence_wrapped_once(lines: list[_Line]) -> bool:
    """Whether two lines are one sentence wrapped once: the first as long as a wrapped line and ending no
    sentence, the second ending one ("… with Arduino or Raspberry" then "Pi-based sensors. Familiarity …").
    Two entries of a list written without markers end alike."""
    return (
        len(lines) == 2  # a pair: the case _wrap_width leaves (it needs three lines)
        and len(lines[0].text) >= _WRAP_WIDTH
        and not _ends_a_sentence(lines[0].text)
        and _ends_a_sentence(lines[1].text)
    )


def _ends_entries(lines: list[_Line]) -> bool:
    """Whether every line but the last ends on a colon or a semicolon, two on a semicolon at least: the
    entries of a list written without markers ("il s'agira de :" then "rédiger … ;", "effectuer … ;"),
    which wrapped prose does not end its lines on."""
    ends = [line.text.rstrip()[-1:] for line in lines[:-1]]
    return sum(end in ENTRY_ENDS for end in ends) >= _MIN_SEMICOLON_LINES and all(
        end in ENTRY_ENDS or end in (":", "：") for end in ends
    )


ENTRY_ENDS = (";", "；")
"""How an entry of a list written without markers may end, where a sentence of prose does not."""
_MIN_SEMICOLON_LINES = 2
_MIN_LISTED_LINES = 3
_LISTED_PAIR = 2
_MAX_LISTED_LINE_WORDS = 10


def _short_unpunctuated_lines(lines: list[_Line]) -> bool:
    """Whether a paragraph is three or more short lines, none ending as a sentence does, but perhaps the last
    when three others come before it and it opens a sentence of its own: one item a line ("har kørekort til
    bil", then "Det er en fordel, hvis du har erfaring …"); prose wrapped short ends on a line it goes on into
    ("… hiring a baker" then "to start in May."). Two such lines are two items when neither ends a sentence
    or runs on and the first is shorter than prose is wrapped at: a paragraph of prose ends on a stop."""
    if len(lines) == _LISTED_PAIR:  # the first shorter than any width prose is wrapped at
        return len(lines[0].text) < _WRAP_WIDTH and all(
            len(line.text.split()) <= _MAX_LISTED_LINE_WORDS and _open_ended(line.text) for line in lines
        )
    closing = len(lines) > _MIN_LISTED_LINES and lines[-1].text[:1].isupper()
    entries = lines[:-1] if closing else lines
    return len(lines) >= _MIN_LISTED_LINES and all(
        len(line.text.split()) <= _MAX_LISTED_LINE_WORDS and not _ends_a_sentence(line.text) for line in entries
    )


def _broken_before_room_ran_out(lines: list[_Line]) -> bool:
    """Whether three or more lines, none ending a sentence or running on, are broken, half of them at least,
    where the next line's first word would still have fitted within the widest. Wrapping never breaks a line
    early, so each line is an entry of its own, even in lower case ("har några års erfarenhet …" then
    "känner dig hemma i PostgreSQL"). A line of one word (an address, a label) says nothing of the kind."""
    if len(lines) < _MIN_LISTED_LINES or not all(_open_ended(line.text) and " " in line.text.strip() for line in lines):
        return False
    widest = max(len(line.text) for line in lines)
    early = sum(
        len(line.text) + 1 + len(following.text.split()[0]) < widest for line, following in itertools.pairwise(lines)
    )
    return early * 2 >= len(lines) - 1


def _open_ended(line: str) -> bool:
    """Whether a line neither ends a sentence nor runs on into the next: it may be an entry of its own."""
    return not _ends_a_sentence(line) and not ends_running_on(line)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a paragraph was wrapped at, when most of its lines fill it (else None: ragged lines)."""
    widest = max(len(text) for text in lines)
    if not _WRAP_WIDTH <= widest <= _MAX_WRAP_WIDTH or len(lines) < 3:
        return None
    full = sum(len(text) >= 0.8 * widest for text in lines[:-1])
    # Two full lines at least: one long line over two short ones is a list whose first entry is long.
    return widest if full >= _MIN_FULL_LINES and full * 2 >= len(lines) - 1 else None


_MIN_FULL_LINES = 2


def _runs_on(line: str, following: str, width: int | None) -> bool:
    if following[:1].islower() or ends_running_on(line):
        return True
    return width is not None and not _ends_a_sentence(line) and len(line) >= 0.8 * width


def ends_running_on(line: str) -> bool:
    """Whether ``line`` ends on a comma, a conjunction, an article or a preposition: it goes on in the next."""
    return _RUNS_ON.search(line[-_RUNS_ON_TAIL:]) is not None


def _ends_a_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line[-_SENTENCE_END_TAIL:]) is not None


def _introduces(text: str, vocabulary: Vocabulary) -> bool:
    """A line that introduces what follows: it ends in a colon, or is a short heading phrase.

    A short line that only holds a heading's word is the first of the items instead ("Manage the benefits
    programme", "Der erste Ansprechpartner beim Kunden sein" over other duties, one per line).
    """
    stripped = text.rstrip()
    if stripped.endswith((":", "：")):
        return True
    short = word_count(stripped) <= _MAX_LEAD_IN_WORDS and not _ends_a_sentence(stripped)
    label = stripped.partition(":")[0]  # "Salary: $70k a year" is labelled by its heading phrase
    return (
        short and vocabulary.heading_kind(stripped) is not None and vocabulary.named_share(label) >= _MIN_LEAD_IN_SHARE
    )


def _links_in(sentence: str, links: list[str]) -> list[str]:
    return [link for link in links if link in sentence] if links else []


def is_bare_stem(stem: str) -> bool:
    """'You will:', 'Experience with:' introduce items; they are not items themselves."""
    return len(stem.split()) < _MIN_ITEM_STEM_WORDS or bool(_STEM_ENDING.search(stem.translate(_APOSTROPHES)))


# --- lists ---------------------------------------------------------------------------


def _read_list(entries: tuple[ListEntry, ...], reader: _Reader) -> None:
    """Each entry a unit; an entry stem ("**Requirements:**", "Experience with:") is the lead-in of those under it."""
    stems: list[tuple[int, str]] = []  # (level, text) of the stems above the entry being read
    pieces = [found for entry in entries for found in _split_glued_bullets(entry)]
    running: tuple[int, str] | None = None  # a lead-in that ended an entry, for the entries after it
    for index, (piece, text, links) in enumerate(pieces):
        while stems and stems[-1][0] >= piece.level:
            stems.pop()
        if running is not None and piece.level < running[0]:
            running = None
        lead_in = stems[-1][1] if stems else running[1] if running is not None else reader.lead_in
        if "\n" in piece.markdown and (trailing := _trailing_lead_in(piece.markdown, reader.vocabulary)):
            text, links = plain_text_and_links(piece.markdown.rstrip().rsplit("\n", 1)[0])
            running = (piece.level, trailing)
        if not text:
            continue
        nested = index + 1 < len(pieces) and pieces[index + 1][0].level > piece.level
        if (
            not nested
            and (text.endswith((":", "：")) or text.count(" ") < _MAX_TRAILING_LEAD_IN_WORDS)  # most entries: no look
            and (label := _trailing_lead_in(piece.markdown, reader.vocabulary))
            and (text.endswith((":", "：")) or _names_another_kind(label, running, reader))
        ):
            # "Nice to have:" between entries: a lead-in of the entries after it; so is an entry of a heading's
            # words alone, as an outline numbers its parts ("1. Your duties" over "• Plan daily loads").
            running = (piece.level, label)
            continue
        if _is_entry_stem(text) or (nested and _names_its_entries(piece.markdown, text, reader.vocabulary)):
            stems.append((piece.level, text))
            continue
        reader.add(text, piece.line, piece.level, links, "list", lead_in)


def _names_another_kind(label: str, running: tuple[int, str] | None, reader: _Reader) -> bool:
    """Whether an entry of a heading's words alone names a kind other than that of the entries around it:
    "2. Your profile" after "1. Your duties" does; "Sozialleistungen" among benefits and "関連製品の専門資格"
    among preferred requirements are entries of their own."""
    if reader.vocabulary.named_share(label) < 1.0:  # a whole heading phrase, not a compound ending on one ("…者优先")
        return False
    kind = reader.vocabulary.heading_kind(label.rstrip(":： "))
    around = reader.vocabulary.heading_kind(running[1].rstrip(":： ")) if running else reader.node.declared
    # A requirement's noun among preferred ones ("関連製品の専門資格" under "歓迎") is one of them.
    return kind != around and not (
        kind is SectionKind.QUALIFICATIONS and around is SectionKind.PREFERRED_QUALIFICATIONS
    )


def _trailing_lead_in(markdown: str, vocabulary: Vocabulary) -> str | None:
    """A last line that introduces the entries after its own ("…problems.\\nPreferred (not required):"), or
    an entry that is only such a line ("Nice to have:"); without a colon, a heading's words alone
    ("Patience" then "Desirable" over "3. First aid").

    Written right under an entry, a lead-in is read as that entry's last line.
    """
    last, _ = plain_text_and_links(markdown.rstrip().rsplit("\n", 1)[-1])
    if len(last.split()) > _MAX_TRAILING_LEAD_IN_WORDS:
        return None
    if not last.endswith((":", "：")) and not vocabulary.names_a_kind(last):  # "Desirable" alone names its list
        return None
    return last if vocabulary.heading_kind(last.rstrip(":： ")) in LISTING_KINDS else None


def _names_its_entries(markdown: str, text: str, vocabulary: Vocabulary) -> bool:
    """Whether an entry with entries under it only names them, rather than stating an item.

    It does when it is wholly bold ("**Community engagement**"), a heading's words alone (an
    outline: "1. Requirements" over "- SMSTS card"), or a short noun phrase with a colon
    ("Technical skills or knowledge:"); not when it opens on a duty ("Provide care:").
    """
    if _WHOLLY_BOLD.match(markdown):
        return True
    if len(text.split()) <= _MAX_TRAILING_LEAD_IN_WORDS and vocabulary.names_a_kind(text.rstrip(":： ")):
        return True
    short = text.endswith((":", "：")) and len(text.split()) <= _MAX_NAMING_STEM_WORDS
    return short and not DUTY_VERB_START.match_lowered(text.lower())


# An entry that states its item, then introduces examples of it: "Maintain mouse colonies, including:".
_EXAMPLES_AFTER_A_COMMA = re.compile(r"\w \w[^,]*,\s*(?:including|such as|for example|e\.g\.)\s*:$", re.IGNORECASE)


def _is_entry_stem(text: str) -> bool:
    """'Experience with:' heads its nested items; 'Provide clinical services:' is an item itself."""
    if not text.endswith(":") or len(split_sentences(text)) > 1 or _EXAMPLES_AFTER_A_COMMA.search(text):
        return False
    return len(text.split()) <= _MAX_ENTRY_STEM_WORDS or bool(_STEM_ENDING.search(text.translate(_APOSTROPHES)))


def _split_glued_bullets(entry: ListEntry) -> list[tuple[ListEntry, str, list[str]]]:
    """'-Develops …' on its own line is not a list item in CommonMark, but it is one."""
    if "\n" not in entry.markdown and not _may_hold_inline_bullets(entry.markdown):  # most entries: one piece
        text, links = plain_text_and_links(entry.markdown)
        return [(entry, text, links)]
    markdown = entry.markdown
    if "<" in markdown:  # "… batteries<br>and negotiate with suppliers": the entry goes on
        markdown = _BREAK_RUNNING_ON.sub(" ", markdown)
    pieces = _GLUED_BULLET.split(markdown) if "\n" in markdown else [markdown]
    out: list[tuple[ListEntry, str, list[str]]] = []
    line = entry.line
    for piece in pieces:
        parts = _INLINE_BULLETS.split(piece) if _may_hold_inline_bullets(piece) else [piece]
        for index, part in enumerate(parts):
            part = _BROKEN_LINE_MARKER.sub("", part) if index else part
            text, links = plain_text_and_links(part)
            out.append((ListEntry(part, line, entry.level), text, links))
        line += piece.count("\n") + 1
    if len(out) == 1 and markdown is not entry.markdown:  # joined again into one: the entry as written
        return [(entry, *plain_text_and_links(entry.markdown))]
    return out


def _may_hold_inline_bullets(markdown: str) -> bool:
    return "•" in markdown or ("<" in markdown and "<br" in markdown.lower())

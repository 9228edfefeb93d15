"""Properties of :func:`jobspec.parse` on arbitrary and on generated input (hypothesis).

The contract: whatever it is given, ``parse`` returns a :class:`JobPosting`
that matches its own JSON schema and survives its own JSON, or raises a
:class:`JobspecError`; nothing else. And it loses nothing: the sections
partition the body in order, every extracted word comes from the body, the
body is the input's but for declared repairs, and formatting noise does not
change what is extracted.
"""

from __future__ import annotations

import codecs
import html
import json
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import jobspec
from jobspec import JobPosting, JobspecError, Section

SCHEMA = jsonschema.Draft202012Validator(JobPosting.model_json_schema())
REPAIRS = {
    "line-endings-normalised",
    "mojibake-repaired",
    "invalid-characters-replaced",
    "body-in-front-matter",
    "control-characters-removed",
}


# --- the contract, checked on every posting ------------------------------------------


def parse_or_refuse(source: str | bytes, *, strict: bool = False) -> JobPosting | None:
    """The posting, or None when jobspec refused the input with a JobspecError (anything else fails)."""
    try:
        posting = jobspec.parse(source, strict=strict)
    except JobspecError:
        return None
    assert_sound(posting)
    return posting


def assert_sound(posting: JobPosting) -> None:
    """Valid against its JSON schema, equal to itself read back from JSON, and nothing lost."""
    SCHEMA.validate(posting.model_dump(mode="json"))
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting
    assert_sections_in_order(posting)
    assert_items_in_their_sections(posting)
    assert_item_words_from_body(posting)


def spans(posting: JobPosting) -> list[tuple[Section, int, int | None]]:
    """Each section with the first and last line it owns: up to the next section, in document order."""
    ordered = posting.iter_sections()
    return [
        (section, section.line, ordered[index + 1].line - 1 if index + 1 < len(ordered) else None)
        for index, section in enumerate(ordered)
    ]


def assert_sections_in_order(posting: JobPosting) -> None:
    lines = [section.line for section in posting.iter_sections()]
    assert lines == sorted(lines), f"sections out of document order: {lines}"


def assert_items_in_their_sections(posting: JobPosting) -> None:
    for section, first, last in spans(posting):
        for item in section.items:
            assert first <= item.line, (section.heading, item)
            assert last is None or item.line <= last, (section.heading, item)


_WORD = re.compile(r"\w+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def assert_item_words_from_body(posting: JobPosting) -> None:
    """Every word of every item is written in the body (entities decoded, escapes and invisibles dropped).

    Or in the front matter, when the items were read from its lists (and the diagnostics say so).
    """
    body = posting.body
    if "items-from-front-matter" in {d.code for d in posting.diagnostics}:
        body += json.dumps(posting.front_matter, ensure_ascii=False)
    readable = html.unescape(_INVISIBLE.sub("", body.replace("\\", "")))
    for item in [*posting.responsibilities, *posting.qualifications, *posting.benefits]:
        for word in _WORD.findall(item.text):
            assert word in body or word in readable, (word, item.text)


def assert_body_is_the_input(source: str, posting: JobPosting) -> None:
    """The body is the end of the input, unless a repair was made and declared."""
    declared = {d.code for d in posting.diagnostics} & REPAIRS
    text = source.removeprefix("\ufeff")
    if "\r" in text:
        assert "line-endings-normalised" in declared
    if not declared:
        assert text.endswith(posting.body)


# --- arbitrary input -----------------------------------------------------------------


@given(st.text())
@example("\ud800 lone surrogate\n- You will build \udfff things\n")
@example("---\na: &a [*a]\n---\n")
@example("<div>\n<![foo[ x ]]>\n</div>\n")
@example('{\n"n": ' + "9" * 5000 + "\n}\n")
@example("0\x1f")
def test_any_text_parses_or_is_refused(text: str) -> None:
    posting = parse_or_refuse(text)
    if posting is not None:
        assert_body_is_the_input(text, posting)


@given(st.binary())
@example(b"\xef\xbb\xbf# T\n- caf\xc3\xa9 \xff ok\n")
@example(b"\xff\xfe\x00")
@example(b"PNG\x00\x00binary")
def test_any_bytes_parse_or_are_refused(data: bytes) -> None:
    parse_or_refuse(data)


@given(st.text(alphabet=st.sampled_from("-*+_#>[]()`~<>!/\\|:=&;{}% \n\t1.aA"), max_size=400))
@example("1()\n-")  # a heading read as a title, with empty parentheses: once a crash in the occupation coder
def test_markdown_punctuation_soup_parses(text: str) -> None:
    posting = parse_or_refuse(text)
    assert posting is not None  # only NUL, size and front matter in strict mode refuse
    assert_body_is_the_input(text, posting)


# --- generated Markdown ----------------------------------------------------------------

WORDS = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=9)
PHRASE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


@dataclass(frozen=True)
class Chunk:
    """A piece of a document: its lines, and the words a reader sees in it (which must survive)."""

    lines: tuple[str, ...]
    words: frozenset[str] = frozenset()


def chunk(text: str, words: str = "") -> Chunk:
    return Chunk(tuple(text.split("\n")), frozenset(_WORD.findall(words)))


@st.composite
def inline(draw: st.DrawFn) -> tuple[str, str]:
    """(Markdown, plain words) of a phrase with some emphasis, code or a link."""
    words = draw(PHRASE)
    style = draw(st.sampled_from(["plain", "em", "strong", "code", "link", "html"]))
    marked = {
        "plain": words,
        "em": f"*{words}*",
        "strong": f"**{words}**",
        "code": f"`{words}`",
        "link": f"[{words}](https://example.com/{len(words)})",
        "html": f"<b>{words}</b>",
    }[style]
    tail = draw(PHRASE)
    return f"{marked} {tail}", f"{words} {tail}"


@st.composite
def heading(draw: st.DrawFn) -> Chunk:
    text = draw(PHRASE)
    style = draw(st.sampled_from(["atx", "setext1", "setext2", "bold", "bold-colon", "html"]))
    level = draw(st.integers(1, 6))
    rendered = {
        "atx": f"{'#' * level} {text}",
        "setext1": f"{text}\n{'=' * len(text)}",
        "setext2": f"{text}\n{'-' * len(text)}",
        "bold": f"**{text}**",
        "bold-colon": f"**{text}:**",
        "html": f"<h{level}>{text}</h{level}>",
    }[style]
    return chunk(rendered, text)


@st.composite
def bullet_list(draw: st.DrawFn) -> Chunk:
    marker = draw(st.sampled_from(["-", "*", "+", "1."]))
    lines: list[str] = []
    words: list[str] = []
    depth = 0
    for _ in range(draw(st.integers(1, 6))):
        depth = draw(st.integers(0, min(depth + 1, 3)))
        markdown, plain = draw(inline())
        lines.append(" " * (depth * (len(marker) + 1)) + f"{marker} {markdown}")
        words.append(plain)
    return chunk("\n".join(lines), " ".join(words))


@st.composite
def paragraph(draw: st.DrawFn) -> Chunk:
    parts = draw(st.lists(inline(), min_size=1, max_size=3))
    return chunk("\n".join(m for m, _ in parts), " ".join(p for _, p in parts))


@st.composite
def html_block(draw: st.DrawFn) -> Chunk:
    items = draw(st.lists(PHRASE, min_size=1, max_size=4))
    lead = draw(PHRASE)
    rendered = "<div>\n<p>" + lead + "</p>\n<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>\n</div>"
    return chunk(rendered, " ".join([lead, *items]))


@st.composite
def code_block(draw: st.DrawFn) -> Chunk:
    code = draw(PHRASE)
    fenced = draw(st.booleans())
    return chunk(f"```\n{code}\n```" if fenced else f"    {code}")  # code is not content: no words


@st.composite
def table(draw: st.DrawFn) -> Chunk:
    rows = draw(st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=4))
    header = draw(st.tuples(WORDS, WORDS))
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|", *(f"| {a} | {b} |" for a, b in rows)]
    # The header's words are not expected: see test_table_header_cells_are_kept.
    return chunk("\n".join(lines), " ".join(a + " " + b for a, b in rows))


@st.composite
def quote(draw: st.DrawFn) -> Chunk:
    markdown, plain = draw(inline())
    return chunk(f"> {markdown}", plain)


BLOCK = st.one_of(heading(), bullet_list(), paragraph(), html_block(), code_block(), table(), quote())


@dataclass(frozen=True)
class Document:
    text: str
    body: str
    body_line: int
    chunks: tuple[tuple[int, Chunk], ...]
    """Each chunk with the file line it starts on."""


@st.composite
def documents(draw: st.DrawFn, front_matter: st.SearchStrategy[str] | None = None) -> Document:
    head = draw(front_matter) if front_matter is not None else ""
    body_line = head.count("\n") + 1
    chunks: list[tuple[int, Chunk]] = []
    lines: list[str] = []
    apart = draw(st.booleans())  # a blank line between blocks, or blocks that run into each other
    for block in draw(st.lists(BLOCK, min_size=1, max_size=8)):
        if lines and apart:
            lines.append("")
        chunks.append((body_line + len(lines), block))
        lines.extend(block.lines)
    body = "\n".join(lines) + "\n"
    return Document(head + body, body, body_line, tuple(chunks))


def words_of(section: Section) -> set[str]:
    return set(_WORD.findall(f"{section.heading or ''} {section.text}"))


def assert_every_chunk_in_its_sections(document: Document, posting: JobPosting) -> None:
    """The words of each chunk are in the sections whose lines overlap the chunk's lines."""
    owned = spans(posting)
    for start, piece in document.chunks:
        if not piece.words:
            continue
        end = start + len(piece.lines) - 1
        near = [s for s, first, last in owned if first <= end and (last is None or start <= last)]
        assert near, f"no section owns lines {start}-{end}: {piece.lines}"
        seen = set().union(*(words_of(s) for s in near))
        assert piece.words <= seen, (piece.lines, sorted(piece.words - seen))


def test_table_header_cells_are_kept() -> None:
    posting = jobspec.parse("| Skill | Level |\n|---|---|\n| Python | Expert |\n")
    assert {"Skill", "Level", "Python", "Expert"} <= set().union(*(words_of(s) for s in posting.iter_sections()))


@given(documents())
def test_generated_markdown_loses_nothing(document: Document) -> None:
    posting = parse_or_refuse(document.text)
    assert posting is not None
    assert posting.body == document.body
    assert_every_chunk_in_its_sections(document, posting)


# --- generated front matter -------------------------------------------------------------

SCALAR = st.one_of(WORDS, st.integers(-(10**6), 10**6), st.booleans())
MAPPING = st.dictionaries(WORDS, st.one_of(SCALAR, st.lists(SCALAR, max_size=3)), max_size=5)


def yaml_front_matter(mapping: Mapping[str, object]) -> str:
    return "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in mapping.items()) + "---\n"


def toml_front_matter(mapping: Mapping[str, object]) -> str:
    return "+++\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in mapping.items()) + "+++\n"


def json_front_matter(mapping: Mapping[str, object]) -> str:
    inner = json.dumps(mapping, indent=2)[1:-1].strip("\n")
    return "{\n" + inner + ("\n" if inner else "") + "}\n"


VALID_FRONT_MATTER = st.tuples(st.sampled_from([yaml_front_matter, toml_front_matter, json_front_matter]), MAPPING).map(
    lambda pair: pair[0](pair[1])
)
JUNK = st.text(st.characters(exclude_characters="\x00"), max_size=80)  # NUL is refused as binary
BROKEN_FRONT_MATTER = st.one_of(
    st.sampled_from(
        [
            "---\ntitle: [unclosed\n---\n",
            "---\n- a\n- b\n---\n",
            "---\ntitle: a\n  b: c\n---\n",
            "---\nx: !!python/object/apply:os.system ['true']\n---\n",
            "---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\n",
            '+++\ntitle = "a\n+++\n',
            "+++\n= =\n+++\n",
            '{\n"title": "a",\n}\n',
            "{\n[1, 2]\n}\n",
        ]
    ),
    JUNK.map(lambda junk: "---\n" + junk.replace("---", "") + "\n---\n"),
    JUNK.map(lambda junk: "+++\n" + junk.replace("+++", "") + "\n+++\n"),
)


@given(documents(front_matter=VALID_FRONT_MATTER))
def test_valid_front_matter_is_loaded_and_the_body_kept(document: Document) -> None:
    posting = parse_or_refuse(document.text, strict=True)
    assert posting is not None
    assert posting.body == document.body
    assert "front-matter-invalid" not in {d.code for d in posting.diagnostics}
    assert_every_chunk_in_its_sections(document, posting)


@given(documents(front_matter=BROKEN_FRONT_MATTER))
def test_broken_front_matter_is_a_diagnostic_or_a_front_matter_error(document: Document) -> None:
    lenient = parse_or_refuse(document.text)
    assert lenient is not None  # lenient mode never refuses for front matter
    try:
        strict = jobspec.parse(document.text, strict=True)
    except jobspec.FrontMatterError:
        assert "front-matter-invalid" in {d.code for d in lenient.diagnostics}
    else:
        assert strict == lenient  # front matter that loads is the same in both modes


# --- invariance under formatting noise ----------------------------------------------------

DUTIES = [
    "Build data pipelines in Python",
    "Design and run experiments on the platform",
    "Review code from the rest of the team",
    "Own the deployment process end to end",
    "Mentor junior engineers",
]
NEEDS = [
    "Experience with SQL and Python",
    "Strong communication skills",
    "A degree in Computer Science or a related field",
    "Three years of experience in data engineering",
    "Knowledge of Docker is a plus",
]
HEADINGS = ["Responsibilities", "What you will do", "Requirements", "Qualifications", "Nice to have", "Benefits"]


@dataclass(frozen=True)
class Noise:
    """Formatting that must not change what is extracted."""

    bullets: tuple[str, ...]
    blank_between_items: bool
    heading_case: str
    trailing_spaces: bool
    crlf: bool
    bom: bool


NOISE = st.builds(
    Noise,
    bullets=st.lists(st.sampled_from("-*+"), min_size=1, max_size=4).map(tuple),
    blank_between_items=st.booleans(),
    heading_case=st.sampled_from(["as is", "upper", "lower", "title"]),
    trailing_spaces=st.booleans(),
    crlf=st.booleans(),
    bom=st.booleans(),
)
QUIET = Noise(
    bullets=("-",), blank_between_items=False, heading_case="as is", trailing_spaces=False, crlf=False, bom=False
)
SECTIONS = st.lists(
    st.tuples(
        st.sampled_from(HEADINGS), st.lists(st.sampled_from(DUTIES + NEEDS), min_size=1, max_size=4, unique=True)
    ),
    min_size=1,
    max_size=4,
)


def render(sections: list[tuple[str, list[str]]], noise: Noise) -> str:
    cases: dict[str, Callable[[str], str]] = {"as is": str, "upper": str.upper, "lower": str.lower, "title": str.title}
    cased = cases[noise.heading_case]
    space = "  " if noise.trailing_spaces else ""
    lines = ["# Data Engineer", ""]
    count = 0
    for title, items in sections:
        lines.extend([f"## {cased(title)}{space}", ""])
        for item in items:
            lines.append(f"{noise.bullets[count % len(noise.bullets)]} {item}{space}")
            count += 1
            if noise.blank_between_items:
                lines.append("")
        lines.append("")
    text = "\n".join(lines)
    text = text.replace("\n", "\r\n") if noise.crlf else text
    return ("\ufeff" if noise.bom else "") + text


def extracted(posting: JobPosting) -> tuple[list[str], list[tuple[str, bool]], list[str]]:
    return (
        [r.text for r in posting.responsibilities],
        [(q.text, q.required) for q in posting.qualifications],
        [b.text for b in posting.benefits],
    )


@given(SECTIONS, NOISE, st.booleans())
def test_formatting_noise_does_not_change_what_is_extracted(
    sections: list[tuple[str, list[str]]], noise: Noise, as_bytes: bool
) -> None:
    clean = jobspec.parse(render(sections, QUIET))
    noisy_text = render(sections, noise)
    noisy_source: str | bytes = noisy_text
    if as_bytes:
        noisy_source = noisy_text.removeprefix("\ufeff").encode()
        noisy_source = (codecs.BOM_UTF8 if noise.bom else b"") + noisy_source
    noisy = jobspec.parse(noisy_source)
    assert extracted(noisy) == extracted(clean)
    assert extracted(clean) != ([], [], [])  # the comparison is about something


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ending_repair_is_declared_and_nothing_else_changes(newline: str) -> None:
    text = "## Requirements\n- Python\n- SQL\n".replace("\n", newline)
    posting = jobspec.parse(text)
    assert posting.body == "## Requirements\n- Python\n- SQL\n"
    assert "line-endings-normalised" in {d.code for d in posting.diagnostics}

"""The whole parse, one stage after another.

::

    bytes/text ─load─▶ text ─split_front_matter─▶ metadata + body
      ─parse_blocks─▶ blocks ─build_sections─▶ section tree ─classify_sections─▶ kinds
      ─extract_items─▶ items ─basic_facts─▶ facts ─assemble─▶ JobPosting
"""

from __future__ import annotations

import os

from .assemble import assemble
from .blocks import parse_blocks
from .classify import classify_sections
from .errors import JobspecError, printable_path
from .facts import collect_facts
from .facts.skills import Taxonomy, default_taxonomy
from .front_matter import SplitText, embedded_body, json_safe, split_front_matter
from .items import extract_items
from .load import load, read_file
from .models import Diagnostic, JobPosting, Source
from .options import ParseOptions
from .sections import build_sections

__all__ = ["parse", "parse_file"]


def parse(
    source: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
    strict: bool = False,
    options: ParseOptions | None = None,
) -> JobPosting:
    """Parse one job posting (front matter and Markdown) into a :class:`JobPosting`.

    ``source`` is the posting's text, or its bytes (decoded here). ``path``
    is only used in diagnostics and errors. With ``strict=True`` broken
    front matter raises :class:`~jobspec.errors.FrontMatterError`; otherwise
    it becomes a diagnostic and the body is still parsed.

    >>> posting = parse("---\\ntitle: Data Engineer\\n---\\n## You will\\n- Build pipelines\\n")
    >>> posting.title, [item.text for item in posting.responsibilities]
    ('Data Engineer', ['Build pipelines'])
    """
    options = options or ParseOptions()
    where = printable_path(os.fspath(path)) if path is not None else None
    loaded = load(source, options, where)
    split = split_front_matter(loaded.text, options, strict=strict, path=where)
    body, body_line, moved = _body(split)
    blocks = parse_blocks(body, body_line)
    roots = build_sections(blocks, options.vocabulary, body_line)
    classify_sections(roots, options.vocabulary)
    items = extract_items(roots, options.vocabulary)
    facts = collect_facts(split.metadata, roots, body, body_line)
    return assemble(
        roots=roots,
        items=items,
        facts=facts,
        taxonomy=_taxonomy(options),
        front_matter=json_safe(split.metadata),
        body=body,
        diagnostics=[*_name_diagnostics(path, where), *loaded.diagnostics, *split.diagnostics, *moved],
        source=Source(path=where, encoding=loaded.encoding, sha256=loaded.sha256, body_line=body_line),
    )


def parse_file(
    path: str | os.PathLike[str],
    *,
    strict: bool = False,
    options: ParseOptions | None = None,
) -> JobPosting:
    """Read and parse the posting at ``path`` (see :func:`parse`)."""
    where = os.fspath(path)
    shown = printable_path(where)
    data = read_file(where, options or ParseOptions(), shown)
    try:
        return parse(data, path=where, strict=strict, options=options)
    except JobspecError as exc:
        raise exc.with_path(shown) from None


def _name_diagnostics(path: str | os.PathLike[str] | None, shown: str | None) -> list[Diagnostic]:
    """A warning when the file name is not valid UTF-8, and so is shown with ``\\xNN`` escapes."""
    if path is None or shown == os.fspath(path):
        return []
    message = f"the file name is not valid UTF-8; it is shown as {shown!r}"
    return [Diagnostic(code="undecodable-name", message=message, severity="warning")]


def _taxonomy(options: ParseOptions) -> Taxonomy | None:
    if not options.find_skills:
        return None
    return options.taxonomy if options.taxonomy is not None else default_taxonomy()


def _body(split: SplitText) -> tuple[str, int, list[Diagnostic]]:
    """The Markdown to parse: the body, or the front matter value that holds the posting."""
    embedded = embedded_body(split)
    if embedded is None:
        return split.body, split.body_line, []
    key, markdown, line = embedded
    note = Diagnostic(
        code="body-in-front-matter",
        message=f"the body holds no text; the posting was read from front matter key {key!r}",
        line=line,
        severity="info",
    )
    return markdown, line, [note]

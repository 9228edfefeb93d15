"""MkDocs hook: the reference tables of the site, generated from the code at build time.

A page asks for a generated part with an HTML comment on a line of its own:

* ``<!-- jobspec:models -->`` - a table per model, from the pydantic models
  (every field of :class:`jobspec.JobPosting` and of every model, enum and
  literal it holds), with the front matter keys each fact is read from;
* ``<!-- jobspec:cli -->`` - every command and option, from the argparse
  parser of ``jobspec.cli``;
* ``<!-- jobspec:vocabulary -->`` - the heading phrases and cue words shipped
  in ``jobspec.vocabulary``, counted per kind and language, then listed;
* ``<!-- jobspec:duty-verbs -->`` - the verbs that open a duty, from ``jobspec.cues``;
* ``<!-- jobspec:changelog -->`` - ``CHANGELOG.md`` from the repository root;
* ``<!-- jobspec:include PATH -->`` - a file of the repository as it is
  (inside a code fence, to show an example file).

An unknown marker fails the build. The same module is a griffe extension
(``docs/hooks.py:RestructuredTextDocstrings`` in mkdocs.yml) that turns the
reStructuredText the docstrings are written in (roles, doctest blocks, ``::``
literal blocks, simple tables, links) into Markdown for mkdocstrings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import html
import re
import textwrap
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import griffe
from mkdocs.exceptions import PluginError
from pydantic import BaseModel

ROOT = Path(__file__).resolve().parent.parent
_MARKER = re.compile(r"^<!-- jobspec:([\w-]+)(?: ([^ ]+))? -->$", re.MULTILINE)
_USAGE_WIDTH = 88

# Where each JobPosting field comes from: the stage that sets it. A field
# missing here fails the build, so a new field cannot go undocumented.
FIELD_ORIGIN: dict[str, str] = {
    "title": "front matter, else the first heading (`facts.basic`)",
    "company": "front matter only (`facts.basic`)",
    "location": "front matter, else a `Location:` line of the body (`facts`)",
    "country": "front matter, else the location (`facts.location`)",
    "workplace": "front matter, else the location, else a body line (`facts.location`)",
    "applicant_region": "with the workplace (`facts.location`)",
    "employment_type": "front matter, else a body line that states it (`facts.employment`)",
    "salary": "front matter, else a body line that states pay (`facts.salary`)",
    "date_posted": "front matter, else a dated body line (`facts.dates`)",
    "valid_through": "front matter, else a closing-date body line (`facts.dates`)",
    "experience_years_min": "the required qualifications (`assemble`, `facts.experience`)",
    "summary": "front matter, else the lead paragraph (`facts.basic`)",
    "apply_url": "front matter, else a link near an apply word (`facts.basic`)",
    "language": "front matter, else detected from the body (`facts.basic`)",
    "responsibilities": "the items stage (`items`)",
    "qualifications": "the items stage (`items`); experience and education per item (`facts`)",
    "benefits": "the items stage (`items`) less pay and hours lines; categories by the vocabulary (`facts.benefits`)",
    "skills": "the items, matched against the taxonomy (`facts.skills`)",
    "occupation": "the title, headings, items and skills, coded to ESCO / ISCO-08 (`occupations`)",
    "sections": "the sections and classify stages (`sections`, `classify`)",
    "front_matter": "the front matter stage (`front_matter`)",
    "body": "the front matter stage (`front_matter`)",
    "diagnostics": "the load and front matter stages (`load`, `front_matter`)",
    "source": "the load stage (`load`)",
    "provenance": "the facts stage (`facts`)",
    # working conditions (issue 15)
    "seniority": "front matter, else the title, a `Level:` line, the duties or the years asked (`facts.seniority`)",
    "hours": "front matter, else the body lines stating hours, a share of full time or shifts (`facts.hours`)",
    "travel": "front matter, else a body line about travel (`facts.travel`)",
    "work_authorization": "front matter, else body lines on visas, citizenship, work permits (`facts.authorization`)",
    "security_clearance": "front matter, else a body line naming a clearance (`facts.clearance`)",
    "contacts": "front matter, else body lines about contact with an e-mail or phone number (`facts.contacts`)",
    "openings": "front matter, else a body line with the number of positions (`facts.openings`)",
    "fingerprint": "`ParseOptions(fingerprint=True)`, `fields` naming it, or `jobspec.dedup.fingerprint` (`dedup`)",
    "not_computed": "the options: what `ParseOptions(fields=...)`, `find_skills=False` or `occupations=False` "
    "left out (`options`)",
}


# --- MkDocs events ------------------------------------------------------------------


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    """Replace each ``<!-- jobspec:NAME -->`` line with the part it names."""

    def replace(match: re.Match[str]) -> str:
        name, argument = match.groups()
        if name == "include":
            return _include(argument, page.file.src_path)
        render = RENDERERS.get(name)
        if render is None:
            raise PluginError(f"{page.file.src_path}: unknown generated part {name!r}; known: {sorted(RENDERERS)}")
        return render()

    return _MARKER.sub(replace, markdown)


def _include(relative: str | None, where: str) -> str:
    """A file of the repository, as it is (``<!-- jobspec:include examples/vocabulary.yaml -->``)."""
    path = ROOT / (relative or "")
    if not relative or not path.is_file():
        raise PluginError(f"{where}: cannot include {relative!r}: no such file in the repository")
    return path.read_text(encoding="utf-8").rstrip("\n")


# --- the data model -------------------------------------------------------------------


def render_models() -> str:
    """A section per model reachable from JobPosting: its fields, types, defaults and meanings."""
    from jobspec import JobPosting
    from jobspec.facts.basic import ALIASES

    missing = sorted(set(JobPosting.model_fields) - set(FIELD_ORIGIN))
    if missing:
        raise PluginError(f"docs/hooks.py: FIELD_ORIGIN says nothing of JobPosting fields {missing}")
    models, enums = _reachable(JobPosting)
    out: list[str] = []
    for model in models:
        posting = model is JobPosting
        out.append(f"### {model.__name__} {{ #{_anchor(model)} }}\n")
        out.append(_first_paragraph(model.__doc__) + "\n")
        out.append("| field | type | default | meaning |" + (" from |" if posting else ""))
        out.append("| --- | --- | --- | --- |" + (" --- |" if posting else ""))
        for name, info in model.model_fields.items():
            cells = [
                f'<a id="{_anchor(model)}-{name}"></a>`{name}`',
                _type_text(info.annotation),
                _default_text(info),
                _cell(info.description or ""),
            ]
            if posting:
                cells.append(_cell(FIELD_ORIGIN[name]))
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
        if posting:
            out.append("#### Front matter keys { #front-matter-keys }\n")
            out.append(
                "Each fact is read from the first of these keys that has a value, compared case-insensitively.\n"
            )
            out += ["| fact | keys, in order of preference |", "| --- | --- |"]
            out += [f"| `{name}` | " + ", ".join(f"`{key}`" for key in keys) + " |" for name, keys in ALIASES.items()]
            out.append("")
    for kind in enums:
        out.append(f"### {kind.__name__} {{ #{_anchor(kind)} }}\n")
        out.append(_first_paragraph(kind.__doc__) + " Serialised as the value.\n")
        out += ["| value | Python |", "| --- | --- |"]
        out += [
            f'| <a id="{_anchor(kind)}-{member.value}"></a>`"{member.value}"` | `{kind.__name__}.{member.name}` |'
            for member in kind
        ]
        out.append("")
    return "\n".join(out)


def _reachable(root: type[BaseModel]) -> tuple[list[type[BaseModel]], list[type[enum.Enum]]]:
    """Every model and enum that appears in ``root``'s fields, breadth first."""
    models: list[type[BaseModel]] = [root]
    enums: list[type[enum.Enum]] = []
    queue = [root]
    while queue:
        model = queue.pop(0)
        for info in model.model_fields.values():
            for found in _types_in(info.annotation):
                if isinstance(found, type) and issubclass(found, BaseModel) and found not in models:
                    models.append(found)
                    queue.append(found)
                elif isinstance(found, type) and issubclass(found, enum.Enum) and found not in enums:
                    enums.append(found)
    return models, enums


def _types_in(annotation: Any) -> Iterator[Any]:
    if typing.get_origin(annotation) is None:
        yield annotation
    if typing.get_origin(annotation) is not typing.Literal:
        for argument in typing.get_args(annotation):
            yield from _types_in(argument)


def _type_text(annotation: Any) -> str:
    """The annotation as readable Markdown, with links to the models and enums it names."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if annotation is type(None):
        return "`None`"
    if origin in (typing.Union, types.UnionType):
        return " \\| ".join(_type_text(argument) for argument in arguments)
    if origin is typing.Literal:
        return " \\| ".join(f'`"{value}"`' for value in arguments)
    if origin is list:
        return f"list[{_type_text(arguments[0])}]"
    if origin is dict:
        return f"dict[{_type_text(arguments[0])}, {_type_text(arguments[1])}]"
    if isinstance(annotation, type) and issubclass(annotation, (BaseModel, enum.Enum)):
        return f"[{annotation.__name__}](#{_anchor(annotation)})"
    if annotation is dt.date:
        return "date (ISO 8601 in JSON)"
    if isinstance(annotation, type):
        return f"`{annotation.__name__}`"
    if "JsonValue" in repr(annotation):
        return "any JSON value"
    return f"`{annotation}`"


def _default_text(info: Any) -> str:
    if info.is_required():
        return "required"
    if info.default_factory is not None:
        value = info.default_factory()
        return f"`{value!r}`"
    if isinstance(info.default, enum.Enum):
        return f"`{info.default.value!r}`"
    return f"`{info.default!r}`"


def _anchor(kind: type) -> str:
    return kind.__name__.lower()


def _first_paragraph(doc: str | None) -> str:
    return _cell(textwrap.dedent(doc or "").strip().split("\n\n")[0])


def _cell(text: str) -> str:
    """One line of table cell text: Markdown's table and emphasis characters escaped."""
    return " ".join(text.split()).replace("|", "\\|").replace("*", "\\*").replace("<", "&lt;")


# --- the command line -------------------------------------------------------------


def render_cli() -> str:
    """Every command of ``jobspec`` with its usage, description and options."""
    from jobspec.cli import _build_parser

    parser = _build_parser()
    out = [_usage_block(parser), _options_table(parser, "cli-jobspec"), ""]
    for command, subparser, summary in _commands(parser):
        out.append(f"## `jobspec {command}` {{ #cli-{command} }}\n")
        out.append(f"{_cell(summary[:1].upper() + summary[1:])}.\n" if summary else "")
        if subparser.description:
            out.append(_cell(subparser.description) + "\n")
        out.append(_usage_block(subparser))
        out.append(_options_table(subparser, f"cli-{command}"))
        out.append("")
    return "\n".join(out)


def _commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser, str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            summaries = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, subparser in action.choices.items():
                yield name, subparser, summaries.get(name, "")


def _usage_block(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=_USAGE_WIDTH)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups, prefix="")
    return "```text\n" + formatter.format_help().strip() + "\n```\n"


def _options_table(parser: argparse.ArgumentParser, prefix: str) -> str:
    formatter = argparse.HelpFormatter(parser.prog, width=_USAGE_WIDTH)
    exclusive = {
        id(action): [other for other in group._group_actions if other is not action]
        for group in parser._mutually_exclusive_groups
        for action in group._group_actions
    }
    rows = ["| argument | value | default | meaning |", "| --- | --- | --- | --- |"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        name = action.option_strings[-1] if action.option_strings else action.dest
        anchor = f"{prefix}-{name.lstrip('-')}"
        spelled = ", ".join(f"`{s}`" for s in action.option_strings) or f"`{action.metavar or action.dest}`"
        meaning = formatter._expand_help(action) if action.help else ""
        if id(action) in exclusive:
            others = ", ".join(f"`{o.option_strings[-1]}`" for o in exclusive[id(action)])
            meaning += f" (not with {others})"
        rows.append(
            f'| <a id="{anchor}"></a>{spelled} | {_value_text(action)} | {_action_default(action)} | {_cell(meaning)} |'
        )
    return "\n".join(rows) + "\n"


def _value_text(action: argparse.Action) -> str:
    if action.nargs == 0:
        return ""
    if action.choices:
        return " \\| ".join(f"`{choice}`" for choice in action.choices)
    metavar = action.metavar if isinstance(action.metavar, str) else action.dest.upper()
    return f"`{metavar}`" + (" ..." if action.nargs in ("+", "*") else "")


def _action_default(action: argparse.Action) -> str:
    if action.nargs == 0 or action.default in (None, argparse.SUPPRESS) or action.required:
        return ""
    return f"`{action.default}`"


# --- the vocabulary ---------------------------------------------------------------------


def render_vocabulary() -> str:
    """Counts of the shipped phrases per kind and language, then every phrase."""
    from jobspec.vocabulary import DEFAULT_VOCABULARY

    vocabulary = DEFAULT_VOCABULARY
    languages = sorted(
        {lang for by_lang in vocabulary.headings.values() for lang in by_lang}
        | set(vocabulary.neutral_headings)
        | set(vocabulary.preferred_cues)
    )
    rows: list[tuple[str, dict[str, tuple[str, ...]]]] = [
        (f"headings: `{kind.value}`", dict(by_lang)) for kind, by_lang in vocabulary.headings.items()
    ]
    rows.append(("neutral headings", dict(vocabulary.neutral_headings)))
    rows.append(("preferred cues", dict(vocabulary.preferred_cues)))
    out = ["| table | " + " | ".join(f"`{lang}`" for lang in languages) + " |"]
    out.append("| --- |" + " ---: |" * len(languages))
    for label, by_lang in rows:
        out.append(f"| {label} | " + " | ".join(str(len(by_lang.get(lang, ()))) for lang in languages) + " |")
    out.append("")
    for label, by_lang in rows:
        out.append(f'??? note "Every phrase of {html.escape(label.replace("`", ""))}"\n')
        for lang in languages:
            phrases = by_lang.get(lang, ())
            if phrases:
                out.append(f"    - **{lang}**: " + ", ".join(f"`{_code_text(p)}`" for p in phrases))
        out.append("")
    return "\n".join(out)


def _code_text(text: str) -> str:
    return text.replace("`", "'")


def render_duty_verbs() -> str:
    """The verbs of ``jobspec.cues.DUTY_VERBS``, alphabetically, in a collapsed block."""
    from jobspec.cues import DUTY_VERBS

    verbs = sorted(set(DUTY_VERBS.split()))
    return f'??? note "{len(verbs)} duty verbs"\n\n    ' + ", ".join(verbs) + "\n"


# --- the changelog ------------------------------------------------------------------------


def render_changelog() -> str:
    """CHANGELOG.md without its title (the page has its own)."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.sub(r"\A# .*\n+", "", text)


RENDERERS: dict[str, Callable[[], str]] = {
    "models": render_models,
    "cli": render_cli,
    "vocabulary": render_vocabulary,
    "duty-verbs": render_duty_verbs,
    "changelog": render_changelog,
}


# --- docstrings: reStructuredText to Markdown -----------------------------------------------

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|data|attr|mod|exc|obj|const):`(~?)([^`<]+?)(?:\s*<([^>]+)>)?`")
_RST_LINK = re.compile(r"`([^`<]+?)\s*<(https?://[^>]+)>`_{1,2}")
_SIMPLE_TABLE_RULE = re.compile(r"^ *=+(?: +=+)+ *$")


class RestructuredTextDocstrings(griffe.Extension):
    """Rewrite each docstring from the reStructuredText jobspec writes to Markdown."""

    def on_object(self, *, obj: griffe.Object, loader: griffe.GriffeLoader, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = rst_to_markdown(obj.docstring.value)


def rst_to_markdown(text: str) -> str:
    """The subset of reStructuredText used in jobspec's docstrings, as Markdown."""
    text = _ROLE.sub(_role, text)
    text = _RST_LINK.sub(r"[\1](\2)", text)
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.lstrip().startswith(">>> "):
            index = _doctest_block(lines, index, out)
        elif _SIMPLE_TABLE_RULE.match(line):
            index = _simple_table(lines, index, out)
        elif line.rstrip().endswith("::") and index + 1 < len(lines) and not lines[index + 1].strip():
            index = _literal_block(lines, index, out)
        else:
            out.append(line)
            index += 1
    return "\n".join(out)


def _role(match: re.Match[str]) -> str:
    tilde, target, explicit = match.groups()
    shown = (explicit and target.strip()) or (target.rsplit(".", 1)[-1] if tilde else target)
    return f"`{shown}`"


def _doctest_block(lines: list[str], index: int, out: list[str]) -> int:
    block: list[str] = []
    while index < len(lines) and lines[index].strip():
        block.append(lines[index])
        index += 1
    out += ["", "```pycon", *textwrap.dedent("\n".join(block)).split("\n"), "```", ""]
    return index


def _literal_block(lines: list[str], index: int, out: list[str]) -> int:
    head = lines[index].rstrip()[:-2].rstrip()
    if head:
        out.append(head + ":")
    index += 2
    block: list[str] = []
    while index < len(lines) and (not lines[index].strip() or lines[index].startswith((" ", "\t"))):
        block.append(lines[index])
        index += 1
    while block and not block[-1].strip():
        block.pop()
    out += ["", "```text", *textwrap.dedent("\n".join(block)).split("\n"), "```", ""]
    return index


def _simple_table(lines: list[str], index: int, out: list[str]) -> int:
    rule = lines[index]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]
    rows: list[list[str]] = []
    rules_seen = 1
    index += 1
    while index < len(lines) and rules_seen < 3:  # the top rule, the header's, the bottom one
        line = lines[index]
        if _SIMPLE_TABLE_RULE.match(line):
            rules_seen += 1
        elif line.strip():
            cells = [
                line[start : spans[i + 1][0] if i + 1 < len(spans) else None] for i, (start, _) in enumerate(spans)
            ]
            rows.append([cell.strip() for cell in cells])
        index += 1
    if rows:
        out += ["", "| " + " | ".join(rows[0]) + " |", "|" + " --- |" * len(spans)]
        out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows[1:]]
        out.append("")
    return index

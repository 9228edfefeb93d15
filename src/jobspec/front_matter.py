"""Stage 2: split front matter from the body and load it.

Uses python-frontmatter's handlers to recognise the three fences (YAML
``---``, TOML ``+++``, JSON ``{`` … ``}``) and checks what that library leaves
unchecked: an unclosed fence, front matter that is not a mapping, and syntax
errors, each reported at its line and column in the original file.

YAML is loaded with YAML 1.2 scalars so that values keep what the author
wrote: ``country: NO`` stays ``"NO"`` and ``time: 10:00`` stays ``"10:00"``;
only ``true``/``false``, numbers, nulls and real dates are typed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

import yaml
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler

from ._compat import tomllib
from .errors import FrontMatterError
from .models import Diagnostic
from .options import ParseOptions

__all__ = ["SplitText", "split_front_matter"]


@dataclass(frozen=True)
class SplitText:
    """Front matter and body, with where the body starts in the file."""

    metadata: dict[str, Any]
    body: str
    body_line: int
    """1-based line of the file on which ``body`` starts."""
    format: str | None
    """'yaml', 'toml', 'json', or None when there is no front matter."""
    raw: str = ""
    """The front matter block as written, without its fences."""
    diagnostics: list[Diagnostic] = field(default_factory=list)


class _TOMLHandler(BaseHandler):
    FM_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)


# Handlers in the order they are tried; each knows its opening fence.
_HANDLERS: tuple[tuple[str, BaseHandler], ...] = (
    ("yaml", YAMLHandler()),
    ("toml", _TOMLHandler()),
    ("json", JSONHandler()),
)
_CLOSING = {
    "yaml": re.compile(r"^-{3,}[ \t]*$", re.MULTILINE),
    "toml": re.compile(r"^\+{3,}[ \t]*$", re.MULTILINE),
    "json": re.compile(r"^\}[ \t]*$", re.MULTILINE),
}


def split_front_matter(text: str, options: ParseOptions, *, strict: bool = False, path: str | None = None) -> SplitText:
    """Split ``text`` into front matter and body.

    Lenient by default: a broken front matter becomes a diagnostic and the
    body is still returned. With ``strict=True`` it raises
    :class:`~jobspec.errors.FrontMatterError` instead.
    """
    fmt = _detect(text)
    if fmt is None:
        return SplitText(metadata={}, body=text, body_line=1, format=None)
    first_line_end = text.find("\n") + 1
    closing = _CLOSING[fmt].search(text, first_line_end) if first_line_end else None
    if closing is None:
        problem = FrontMatterError(
            f"{fmt.upper()} front matter opened on line 1 is never closed", path=path, line=1, column=1
        )
        return _lenient(problem, strict, SplitText(metadata={}, body=text, body_line=1, format=fmt))
    raw = text[first_line_end : closing.start()]
    body_start = text.find("\n", closing.end())
    body = "" if body_start < 0 else text[body_start + 1 :]
    body_line = text.count("\n", 0, closing.end()) + 2
    result = SplitText(metadata={}, body=body, body_line=body_line, format=fmt, raw=raw)
    if len(raw.encode("utf-8")) > options.max_front_matter_bytes:
        problem = FrontMatterError(
            f"front matter is larger than the limit of {options.max_front_matter_bytes:,} bytes; not loaded",
            path=path,
            line=2,
            column=1,
        )
        return _lenient(problem, strict, result)
    try:
        loaded = _LOADERS[fmt](raw if fmt != "json" else "{" + raw + "}")
    except FrontMatterError as exc:
        exc.path = path
        return _lenient(exc, strict, result)
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        problem = FrontMatterError(
            f"front matter must be a mapping of keys to values, not a {_yaml_type(loaded)}",
            path=path,
            line=2,
            column=1,
        )
        return _lenient(problem, strict, result)
    metadata = {str(key): value for key, value in loaded.items()}
    return SplitText(metadata=metadata, body=body, body_line=body_line, format=fmt, raw=raw)


def _detect(text: str) -> str | None:
    for name, handler in _HANDLERS:
        if handler.detect(text):
            return name
    return None


def _lenient(problem: FrontMatterError, strict: bool, result: SplitText) -> SplitText:
    if strict:
        raise problem
    diagnostic = Diagnostic(
        code="front-matter-invalid",
        message=problem.message + "; the body was parsed without it",
        line=problem.line,
        column=problem.column,
        severity="error",
    )
    return SplitText(
        metadata=result.metadata,
        body=result.body,
        body_line=result.body_line,
        format=result.format,
        raw=result.raw,
        diagnostics=[*result.diagnostics, diagnostic],
    )


def _yaml_type(value: object) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


# --- YAML with YAML 1.2 scalars -------------------------------------------------

_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RETYPED_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
# YAML 1.2 core schema: no yes/no/on/off booleans, no sexagesimal 10:00 numbers.
_CORE_RESOLVERS: tuple[tuple[str, str, str], ...] = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("tag:yaml.org,2002:int", r"^0x[0-9a-fA-F]+$", "0"),
    ("tag:yaml.org,2002:int", r"^0o[0-7]+$", "0"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
)


class _Yaml12Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """Safe YAML loader whose plain scalars follow YAML 1.2's core schema."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in _RETYPED_TAGS]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    return int(str(loader.construct_scalar(node)), 0)


for _tag, _pattern, _first in _CORE_RESOLVERS:
    _Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _load_yaml(raw: str) -> Any:
    try:
        return yaml.load(raw, Loader=_Yaml12Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 2
        column = mark.column + 1 if mark else 1
        reason = exc.problem or exc.context or "invalid YAML"
        if exc.context and exc.context_mark and exc.problem:
            opened = exc.context_mark
            reason = f"{reason} ({exc.context} opened at line {opened.line + 2}, column {opened.column + 1})"
        raise FrontMatterError(f"invalid YAML front matter: {reason}", line=line, column=column) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid YAML front matter: {exc}", line=2, column=1) from None
    except (ValueError, RecursionError) as exc:
        raise FrontMatterError(f"invalid YAML front matter: {exc}", line=2, column=1) from None


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _load_toml(raw: str) -> Any:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        line, column = (int(found.group(1)) + 1, int(found.group(2))) if found else (2, 1)
        reason = _TOML_POSITION.sub("", message).strip()
        raise FrontMatterError(f"invalid TOML front matter: {reason}", line=line, column=column) from None


def _load_json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        # The block was given its braces back: its line 1 is the file's line 2,
        # one column to the right of where the file has it.
        column = exc.colno - 1 if exc.lineno == 1 else exc.colno
        raise FrontMatterError(
            f"invalid JSON front matter: {exc.msg}", line=exc.lineno + 1, column=max(column, 1)
        ) from None
    except RecursionError:
        raise FrontMatterError("invalid JSON front matter: nested too deeply", line=1, column=1) from None


_LOADERS = {"yaml": _load_yaml, "toml": _load_toml, "json": _load_json}


def json_safe(value: Any) -> Any:
    """``value`` with dates as ISO strings and every key a string."""
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


_TEMPLATE_OR_SCRIPT = re.compile(
    r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|\{\{.*?\}\}|\{%.*?%\}|<[^>]+>",
    re.DOTALL | re.IGNORECASE,
)
_MARKDOWN_LINE = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s)", re.MULTILINE)
_MIN_MARKDOWN_LINES = 3


def embedded_body(split: SplitText) -> tuple[str, str, int] | None:
    """(key, Markdown, first line) when the posting lives in a front matter value.

    Some Jekyll sites keep the whole posting in a block scalar (``text: |``)
    and render it from a template; the body is then only markup.
    """
    if _TEMPLATE_OR_SCRIPT.sub("", split.body).strip():
        return None
    for key, value in split.metadata.items():
        if isinstance(value, str) and len(_MARKDOWN_LINE.findall(value)) >= _MIN_MARKDOWN_LINES:
            found = re.search(rf"^[ \t]*['\"]?{re.escape(key)}['\"]?[ \t]*[:=]", split.raw, re.MULTILINE)
            key_line = split.raw.count("\n", 0, found.start()) + 2 if found else 2
            return key, value, key_line + 1
    return None

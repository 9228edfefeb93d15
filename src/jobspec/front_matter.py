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
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar

import yaml
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler

from ._compat import tomllib
from .errors import FrontMatterError
from .facts.basic import hugo_params
from .load import CONTROL_CHARACTERS
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
# An opening fence that names its language, as gray-matter and Eleventy allow: "---json", "---yaml".
_NAMED_FENCE = re.compile(r"---[ \t]*(?P<name>json|yaml|yml|toml)[ \t]*\r?\n", re.IGNORECASE)
_FENCE_NAMES = {"json": "json", "yaml": "yaml", "yml": "yaml", "toml": "toml"}
_CLOSING = {
    "yaml": re.compile(r"^(?:-{3,}|\.{3})[ \t]*$", re.MULTILINE),  # YAML's end of a document, "...", too
    "toml": re.compile(r"^\+{3,}[ \t]*$", re.MULTILINE),
    "json": re.compile(r"^\}[ \t]*$", re.MULTILINE),
}


def split_front_matter(text: str, options: ParseOptions, *, strict: bool = False, path: str | None = None) -> SplitText:
    """Split ``text`` into front matter and body.

    Lenient by default: a broken front matter becomes a diagnostic and the
    body is still returned. With ``strict=True`` it raises
    :class:`~jobspec.errors.FrontMatterError` instead.
    """
    named = _NAMED_FENCE.match(text) if text.startswith("---") else None
    fmt = _FENCE_NAMES[named["name"].casefold()] if named else _detect(text)
    if fmt is None:
        return SplitText(metadata={}, body=text, body_line=1, format=None)
    first_line_end = text.find("\n") + 1
    closing_fence = _CLOSING["yaml"] if named else _CLOSING[fmt]  # "---json" … "---", as gray-matter writes it
    closing = closing_fence.search(text, first_line_end) if first_line_end else None
    if closing is None:
        problem = FrontMatterError(
            f"{fmt.upper()} front matter opened on line 1 is never closed", path=path, line=1, column=1
        )
        return _lenient(problem, strict, SplitText(metadata={}, body=text, body_line=1, format=fmt))
    try:
        closing, metadata, diagnostics = _load_to_a_closing(
            text, fmt, first_line_end, closing, options, retry=not named
        )
    except FrontMatterError as exc:
        exc.path = path
        raw, body, body_line = _parts(text, first_line_end, closing)
        unloaded = SplitText(metadata={}, body=body, body_line=body_line, format=fmt, raw=raw)
        return _lenient(exc, strict, unloaded)
    raw, body, body_line = _parts(text, first_line_end, closing)
    return SplitText(metadata=metadata, body=body, body_line=body_line, format=fmt, raw=raw, diagnostics=diagnostics)


_MAX_CLOSINGS_TRIED = 16


def _load_to_a_closing(
    text: str, fmt: str, start: int, closing: re.Match[str], options: ParseOptions, *, retry: bool = True
) -> tuple[re.Match[str], dict[str, Any], list[Diagnostic]]:
    """The closing line, and the front matter up to it: the first that loads, of the first few.

    In JSON a nested ``}`` may stand alone on a line, and in TOML a ``+++``
    line may be inside a multi-line string: when the block up to the first
    closing line does not load, a later one may be the real end. When none
    does, the error is the first one's.
    """
    first_error: FrontMatterError | None = None
    for _ in range(_MAX_CLOSINGS_TRIED if fmt in ("json", "toml") and retry else 1):
        try:
            metadata, diagnostics = _load_metadata(fmt, text[start : closing.start()], options)
        except FrontMatterError as exc:
            first_error = first_error or exc
            later = _CLOSING[fmt].search(text, closing.end())
            if later is None:
                break
            closing = later
            continue
        return closing, metadata, diagnostics
    assert first_error is not None
    raise first_error


def _parts(text: str, start: int, closing: re.Match[str]) -> tuple[str, str, int]:
    """(front matter, body, body's first line) of ``text`` closed by ``closing``."""
    body_start = text.find("\n", closing.end())
    body = "" if body_start < 0 else text[body_start + 1 :]
    return text[start : closing.start()], body, text.count("\n", 0, closing.end()) + 2


def _load_metadata(fmt: str, raw: str, options: ParseOptions) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The front matter block ``raw`` as a JSON-ready mapping, or FrontMatterError."""
    if len(raw.encode("utf-8", "surrogatepass")) > options.max_front_matter_bytes:
        raise FrontMatterError(
            f"front matter is larger than the limit of {options.max_front_matter_bytes:,} bytes; not loaded",
            line=2,
            column=1,
        )
    loaded, repeated = _load(fmt, raw, options)
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise FrontMatterError(
            f"front matter must be a mapping of keys to values, not a {_yaml_type(loaded)}",
            line=2,
            column=1,
        )
    metadata, diagnostics = _json_ready(loaded)
    return metadata, [*repeated, *diagnostics]


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


_ResolverList = tuple[tuple[str, re.Pattern[str]], ...]


class _Yaml12Loader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """Safe YAML loader whose plain scalars follow YAML 1.2's core schema."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in _RETYPED_TAGS]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }
    # Filled in below, once every implicit resolver has been added.
    resolvers_by_first: ClassVar[dict[str, _ResolverList]] = {}
    wildcard_resolvers: ClassVar[_ResolverList] = ()

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> Any:
        """The tag of a node without an explicit one; PyYAML's rule, looked up faster.

        The composer calls this for every node, so each scalar's candidate
        patterns are found with one dictionary lookup instead of two lookups and
        a list concatenation. This loader has no path resolvers, so a scalar
        that is quoted, or plain and matched by no pattern, is a string.
        """
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, pattern in self.resolvers_by_first.get(value[:1], self.wildcard_resolvers):
                    if pattern.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    """YAML 1.2 integers: ``0x1F``, ``0o17``, and decimals, leading zeros and all (``zip: 01234`` is 1234)."""
    text = str(loader.construct_scalar(node))
    return int(text, 0) if text[:2] in ("0x", "0o") else int(text, 10)


for _tag, _pattern, _first in _CORE_RESOLVERS:
    _Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
# A scalar's candidates are those for its first character, then those for any
# first character (key None), in the order they were added, as PyYAML tries them.
_Yaml12Loader.wildcard_resolvers = tuple(_Yaml12Loader.yaml_implicit_resolvers.get(None, ()))
_Yaml12Loader.resolvers_by_first = {
    first: (*resolvers, *_Yaml12Loader.wildcard_resolvers)
    for first, resolvers in _Yaml12Loader.yaml_implicit_resolvers.items()
    if first is not None
}


def _load(fmt: str, raw: str, options: ParseOptions) -> tuple[Any, list[Diagnostic]]:
    """The front matter block ``raw`` loaded, with warnings, or FrontMatterError; never larger than the limits.

    TOML refuses a repeated key itself; JSON keeps the last value, as YAML does,
    but only YAML's loader knows where each key is, so only YAML's are reported.
    """
    if fmt == "yaml":
        return _load_yaml(raw, options)
    if fmt == "toml":
        _refuse_long_dotted_keys(raw, options)
        loaded = _load_toml(raw)
    else:  # the block inside "{" and "}" lines, or a whole object between "---json" and "---"
        loaded = _load_json(raw if raw.lstrip().startswith("{") else "{" + raw + "}")
    _check_shape(_tree_shape(loaded, options.max_front_matter_nodes), options)
    return loaded, []


def _load_yaml(raw: str, options: ParseOptions) -> tuple[Any, list[Diagnostic]]:
    """Compose the YAML and construct it, never beyond the budgets (aliases counted as expanded).

    A key given twice in one mapping is a warning: YAML forbids it, but
    PyYAML keeps the last value, and so do Jekyll and Hugo.
    """
    loader = _Yaml12Loader(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        return _construct_yaml(loader, node, options)
    except yaml.MarkedYAMLError as exc:
        raise _yaml_error(exc) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid YAML front matter: {exc}", line=2, column=1) from None
    except (LookupError, AttributeError) as exc:
        # PyYAML's constructors fail this way on a value its explicit tag does not allow.
        message = f"invalid YAML front matter: a value its explicit tag (such as !!bool) does not allow: {exc}"
        raise FrontMatterError(message, line=2, column=1) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # Values the YAML grammar allows but Python cannot hold: a 5,000-digit
        # integer, a time zone offset of 99 hours, an unhashable key.
        raise FrontMatterError(f"invalid YAML front matter: {exc}", line=2, column=1) from None
    finally:
        loader.dispose()


def _construct_yaml(loader: _Yaml12Loader, node: yaml.Node, options: ParseOptions) -> tuple[Any, list[Diagnostic]]:
    """The composed document ``node`` as Python values, once it is known to be within the budgets.

    Most front matter is a plain tree of strings, numbers and dates, which
    :class:`_PlainTree` builds and measures in one pass. Anything else (an
    alias to a list or mapping, an unusual tag, a merge key, a budget exceeded,
    a value Python cannot hold) gets the full walk of :func:`_node_shape` and
    PyYAML's constructor, which report it exactly as before.
    """
    tree = _PlainTree(loader, options)
    plain = tree.build(node)
    if plain is not _NOT_PLAIN:
        return plain, _repeated_keys(tree.repeated)
    _check_shape(_node_shape(node, options.max_front_matter_nodes), options)
    return loader.construct_document(node), _repeated_keys(_keys_given_twice(node))


_NOT_PLAIN = object()
_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
# Scalar tags whose constructors only read the node; the others (binary, set,
# omap, merge, custom tags) are left to PyYAML's constructor.
_PLAIN_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "null", "bool", "int", "float", "timestamp")
)
# The builder recurses once per level; deeper documents take the iterative path.
_PLAIN_MAX_DEPTH = 100


class _NotPlainError(Exception):
    """The document is not a plain tree within the budgets."""


class _PlainTree:
    """Builds a plain YAML tree while counting its values and levels as :func:`_node_shape` does.

    A document whose lists and mappings are each referred to once is a tree,
    and building it costs no more than composing it did; so instead of
    measuring first, it is built and measured together, and abandoned as soon
    as it is not plain or not within the budgets. A list or mapping met a
    second time (an alias to it, or an alias cycle) is left to the checked
    path, which measures it once however often it is repeated; an alias to a
    scalar is built again where it is repeated, as :func:`_node_shape` counts
    it again.
    """

    def __init__(self, loader: _Yaml12Loader, options: ParseOptions) -> None:
        self._loader = loader
        self._constructors = loader.yaml_constructors
        self._values_left = options.max_front_matter_nodes
        self._max_depth = min(options.max_front_matter_depth, _PLAIN_MAX_DEPTH)
        self._collections_met: set[int] = set()
        self.repeated: list[tuple[yaml.Node, yaml.Node]] = []
        """(first, later) key nodes of each key given twice in one mapping."""

    def build(self, root: yaml.Node) -> Any:
        """``root`` as Python values, or ``_NOT_PLAIN``."""
        try:
            self._count(1)
            return self._value(root, 0)
        except Exception:
            # Whatever stopped the build (even a value Python cannot hold), the
            # checked path meets again and reports as it always has.
            return _NOT_PLAIN

    def _count(self, values: int) -> None:
        self._values_left -= values
        if self._values_left < 0:
            raise _NotPlainError

    def _value(self, node: yaml.Node, depth: int) -> Any:
        """``node`` built, where ``depth`` lists and mappings hold it."""
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        depth += 1
        if depth > self._max_depth or id(node) in self._collections_met:
            raise _NotPlainError
        self._collections_met.add(id(node))
        if node.tag == _MAP_TAG and isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        if node.tag == _SEQ_TAG and isinstance(node, yaml.SequenceNode):
            return self._sequence(node, depth)
        raise _NotPlainError

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _STR_TAG:
            return node.value
        if tag in _PLAIN_SCALAR_TAGS:
            return self._constructors[tag](self._loader, node)
        raise _NotPlainError

    def _mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        pairs = node.value
        self._count(2 * len(pairs))
        mapping: dict[Any, Any] = {}
        key_nodes: dict[Any, yaml.Node] = {}
        for key_node, value_node in pairs:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _NotPlainError
            key = self._scalar(key_node)
            if key in mapping:
                self.repeated.append((key_nodes[key], key_node))
            key_nodes[key] = key_node
            mapping[key] = self._value(value_node, depth)
        return mapping

    def _sequence(self, node: yaml.SequenceNode, depth: int) -> list[Any]:
        items = node.value
        self._count(len(items))
        return [self._value(item, depth) for item in items]


def _keys_given_twice(root: yaml.Node) -> list[tuple[yaml.Node, yaml.Node]]:
    """(first, later) key nodes of each plain key given twice in one mapping of a composed document.

    For documents :class:`_PlainTree` leaves to PyYAML: each mapping is looked
    at once however often aliases repeat it; merge keys (``<<``) may repeat.
    """
    repeated: list[tuple[yaml.Node, yaml.Node]] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen or not isinstance(node, yaml.CollectionNode):
            continue
        seen.add(id(node))
        stack.extend(_node_children(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, yaml.Node] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    if key_node.value in first:
                        repeated.append((first[key_node.value], key_node))
                    first[key_node.value] = key_node
    return repeated


def _repeated_keys(repeated: list[tuple[yaml.Node, yaml.Node]]) -> list[Diagnostic]:
    """A warning for each key given twice, at the later one, which is the one used."""
    return [
        Diagnostic(
            code="front-matter-key-repeated",
            message=f"front matter key {later.value!r} is given again (first on line "
            f"{first.start_mark.line + 2}); the value given last was used",
            line=later.start_mark.line + 2,
            column=later.start_mark.column + 1,
            severity="warning",
        )
        for first, later in repeated
    ]


def _yaml_error(exc: yaml.MarkedYAMLError) -> FrontMatterError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 2 if mark else 2
    column = mark.column + 1 if mark else 1
    reason = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.context_mark and exc.problem:
        opened = exc.context_mark
        reason = f"{reason} ({exc.context} opened at line {opened.line + 2}, column {opened.column + 1})"
    return FrontMatterError(f"invalid YAML front matter: {reason}", line=line, column=column)


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _refuse_long_dotted_keys(raw: str, options: ParseOptions) -> None:
    """Refuse a TOML key or table header of more parts than the depth limit, before tomllib reads it.

    tomllib takes time growing with the square of a dotted key's parts
    (``a.a.a… = 1``); such a key nests as deep as it has parts, which the
    depth limit refuses anyway once loaded. Dots inside quoted keys are
    counted too: a key would need 32 of them to be refused wrongly.
    """
    for number, line in enumerate(raw.split("\n"), start=2):
        head = line.split("=", 1)[0] if "=" in line else line if line.lstrip().startswith("[") else ""
        if head.count(".") >= options.max_front_matter_depth:
            raise FrontMatterError(
                f"front matter is nested deeper than {options.max_front_matter_depth} levels; not loaded",
                line=number,
                column=1,
            )


def _load_toml(raw: str) -> Any:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        line, column = (int(found.group(1)) + 1, int(found.group(2))) if found else (2, 1)
        reason = _TOML_POSITION.sub("", message).strip()
        raise FrontMatterError(f"invalid TOML front matter: {reason}", line=line, column=column) from None
    except RecursionError:
        raise FrontMatterError("invalid TOML front matter: nested too deeply", line=2, column=1) from None
    except ValueError as exc:  # an integer too long for Python to convert
        raise FrontMatterError(f"invalid TOML front matter: {exc}", line=2, column=1) from None


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
    except ValueError as exc:  # an integer too long for Python to convert
        raise FrontMatterError(f"invalid JSON front matter: {exc}", line=2, column=1) from None


# --- size budget ----------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    """How many values a front matter holds (keys and entries included) and how deep it nests."""

    values: int
    depth: int


def _check_shape(shape: _Shape, options: ParseOptions) -> None:
    if shape.values > options.max_front_matter_nodes:
        raise FrontMatterError(
            f"front matter holds more than {options.max_front_matter_nodes:,} values"
            " (counting what YAML aliases repeat); not loaded",
            line=2,
            column=1,
        )
    if shape.depth > options.max_front_matter_depth:
        raise FrontMatterError(
            f"front matter is nested deeper than {options.max_front_matter_depth} levels; not loaded",
            line=2,
            column=1,
        )


def _node_children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _node_shape(root: yaml.Node, cap: int) -> _Shape:
    """The shape of a composed YAML document as if every alias were expanded, without expanding any.

    An alias is the very node object of its anchor, so the document is a
    graph; each list's and mapping's shape is computed once (iteratively,
    post-order) and summed wherever it is referred to; a scalar simply counts
    one. Counts stop growing past ``cap``: a bomb's true size has thousands of
    digits. A node that contains itself (``a: &a [*a]``) expands forever and
    is refused.
    """
    if not isinstance(root, yaml.CollectionNode):
        return _Shape(values=1, depth=0)
    shapes: dict[int, tuple[int, int]] = {}
    open_nodes: set[int] = set()
    # (node, None) is still to be opened; (node, children) has its children walked once popped again.
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, walked_children = stack.pop()
        key = id(node)
        if walked_children is not None:
            open_nodes.discard(key)
            shapes[key] = _collection_shape(walked_children, shapes, cap)
            continue
        if key in shapes:
            continue
        if key in open_nodes:
            # Popped again while its own subtree is still being walked: a cycle.
            raise FrontMatterError("front matter refers to itself through a YAML alias; not loaded", line=2, column=1)
        open_nodes.add(key)
        children = _node_children(node)
        stack.append((node, children))
        stack.extend(
            (child, None)
            for child in reversed(children)
            if isinstance(child, yaml.CollectionNode) and id(child) not in shapes
        )
    values, depth = shapes[id(root)]
    return _Shape(values=values, depth=depth)


def _collection_shape(children: list[yaml.Node], shapes: dict[int, tuple[int, int]], cap: int) -> tuple[int, int]:
    """(values, depth) of a list or mapping, one level deeper than the deepest of the ``children`` it holds."""
    values, deepest = 1, 0
    for child in children:
        if isinstance(child, yaml.CollectionNode):
            child_values, child_depth = shapes[id(child)]
            values += child_values
            deepest = max(deepest, child_depth)
        else:
            values += 1
    return min(values, cap + 1), deepest + 1


def _tree_shape(value: Any, cap: int) -> _Shape:
    """The shape of loaded JSON or TOML (a tree), walked iteratively; stops counting past ``cap``."""
    values, deepest = 0, 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack and values <= cap:
        item, depth = stack.pop()
        values += 1
        if isinstance(item, dict):
            values += len(item)  # the keys
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        else:
            continue
        deepest = max(deepest, depth + 1)
    return _Shape(values=values, depth=deepest)


# --- values that cannot be JSON ---------------------------------------------------


def _clean(value: Any, repairs: list[str]) -> Any:
    """``value`` with non-finite numbers made None and lone surrogates made U+FFFD.

    Neither can be written as JSON; recursion is safe because the depth was checked.
    """
    if isinstance(value, str):  # first: most values are strings
        return _clean_text(value, repairs)
    if isinstance(value, dict):
        return {_clean(key, repairs): _clean(item, repairs) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item, repairs) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        repairs.append(repr(value))
        return None
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


_CONTROL_REPAIR = "a control character"


def _clean_text(text: str, repairs: list[str]) -> str:
    if CONTROL_CHARACTERS.search(text) is not None:  # "\u0000" in JSON, "\0" in YAML: reached titles
        repairs.append(_CONTROL_REPAIR)
        text = CONTROL_CHARACTERS.sub("", text)
    # isascii() reads a flag CPython keeps on every string; no scan.
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    repairs.append("a lone surrogate")
    return _SURROGATE.sub("\ufffd", text)


def _json_ready(loaded: dict[Any, Any]) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The loaded mapping with string keys and nothing JSON cannot hold, and a diagnostic if values changed."""
    repairs: list[str] = []
    metadata = {_clean_text(str(key), repairs): _clean(value, repairs) for key, value in loaded.items()}
    diagnostics = _collisions(loaded) if len(metadata) < len(loaded) else []
    controls = repairs.count(_CONTROL_REPAIR)
    others = [repair for repair in repairs if repair != _CONTROL_REPAIR]
    diagnostics += [_repaired(others)] if others else []
    if controls:
        message = f"{controls} front matter value(s) held control characters; they were removed"
        diagnostics.append(Diagnostic(code="control-characters-removed", message=message, line=2, severity="warning"))
    return metadata, diagnostics


def _collisions(loaded: dict[Any, Any]) -> list[Diagnostic]:
    """A warning naming the keys that are one once written as text (YAML ``1`` and ``'1'``); the last is kept."""
    by_text: dict[str, list[Any]] = {}
    for key in loaded:
        by_text.setdefault(str(key), []).append(key)
    same = [" and ".join(repr(key) for key in keys) for keys in by_text.values() if len(keys) > 1]
    message = f"front matter keys {'; '.join(same)} are the same key as text; the last one's value was kept"
    return [Diagnostic(code="front-matter-keys-collide", message=message, line=2, severity="warning")]


def _repaired(repairs: list[str]) -> Diagnostic:
    shown = ", ".join(dict.fromkeys(repairs))
    return Diagnostic(
        code="front-matter-values-replaced",
        message=f"{len(repairs)} front matter value(s) cannot be JSON ({shown}); "
        "numbers became null, characters U+FFFD",
        line=2,
        severity="warning",
    )


def json_safe(value: Any) -> Any:
    """``value`` with dates as ISO strings, every key a string, and nothing JSON cannot hold.

    Non-finite numbers become None and lone surrogates U+FFFD. Recursive:
    front matter deeper than ``max_front_matter_depth`` is never loaded.
    """
    if isinstance(value, dict):
        return {_clean_text(str(key), []): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return _clean_text(value, [])
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return _clean_text(str(value), [])


# Each Markdown line counts once: [^\S\n]* cannot run on into the next lines,
# which made \s* quadratic on a value of many blank lines.
_MARKDOWN_LINE = re.compile(r"^[^\S\n]*(?:#{1,6}\s|[-*+]\s|\d{1,2}[.)]\s)", re.MULTILINE)
_MIN_MARKDOWN_LINES = 3
# Boards that publish through an API often put the posting in front matter as HTML, on one line.
_HTML_BLOCK_TAG = re.compile(r"<(?:h[1-6]|li|p|dt|dd)\b", re.IGNORECASE)


def embedded_body(split: SplitText) -> tuple[str, str, int] | None:
    """(key, Markdown, first line) when the posting lives in a front matter value.

    Some Jekyll sites keep the whole posting in a block scalar (``text: |``)
    and render it from a template; the body is then only markup, or a few
    words beside template expressions ("# {{ page.title }}", a link back).
    The value is Markdown with several structured lines, or HTML with several
    blocks, at the top or in a table one level down (Hugo's ``params``), or
    paragraphs of prose. The values of the keys the body renders
    (``{{ page.description | markdownify }}``) are looked at first.
    """
    if not (_only_markup(split.body) or _says_a_few_words(split.body)):
        return None
    values = [(key, value, where) for key, value, where in _named_values(split) if isinstance(value, str)]
    rendered = frozenset(_RENDERED_KEY.findall(split.body))
    first = [found for found in values if found[0] in rendered]
    return (_posting_value(first) if first else None) or _posting_value(values)


def _posting_value(values: list[tuple[str, str, Callable[[], int]]]) -> tuple[str, str, int] | None:
    """The first of ``values`` that holds a posting with structure, else the longest written as paragraphs."""
    prose = []
    for key, value, where in values:
        if _holds_a_posting(value):
            return key, value, where() + 1
        if _is_prose(value):
            prose.append((key, value, where))
    if prose:
        key, value, where = max(prose, key=lambda found: len(found[1]))
        return key, _paragraphs_apart(value), where() + 1
    return None


def _paragraphs_apart(value: str) -> str:
    """A value's paragraphs as Markdown paragraphs: a folded scalar (">-") ends each with one line end,
    which Markdown would read as a space inside one paragraph."""
    return value if "\n\n" in value.strip() else value.replace("\n", "\n\n")


_MIN_POSTING_WORDS = 20


def _says_a_few_words(body: str) -> bool:
    """Whether a body holds no more text of its own than a heading's and a link's, beside template expressions
    or not ("# {{ page.title }}", then "[Back to the jobs](/jobs/)"; "Apply through the link below."): its
    layout renders the posting from the front matter, under whatever key."""
    if len(body) > _MAX_CHARS_BESIDE_A_VALUE:
        return False  # a long body is a posting of its own (and the lazy expression below stays cheap)
    if "{{" not in body and "{%" not in body:  # "Søk via lenken nedenfor." under the posting's value
        return len(body.split()) <= _MAX_WORDS_BESIDE_A_VALUE
    return len(_TAG_OR_EXPRESSION.sub(" ", body).split()) <= _MAX_WORDS_BESIDE_A_VALUE


_RENDERED_KEY = re.compile(r"\{\{-?\s*page\.([\w-]+)")
_TAG_OR_EXPRESSION = re.compile(r"<[^<>]*>|\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_MAX_WORDS_BESIDE_A_VALUE = 12
_MAX_CHARS_BESIDE_A_VALUE = 2_000


def _is_prose(value: str) -> bool:
    """A value of several paragraphs ("description: |" over a posting written without headings or lists; a
    folded "description: >-" keeps one line end between paragraphs), or one long paragraph of several
    sentences (a folded value with no empty line: one line)."""
    words = len(value.split())
    if "\n" in value.strip():
        return words >= _MIN_POSTING_WORDS
    return words >= _MIN_PARAGRAPH_POSTING_WORDS and len(_SENTENCE_END.findall(value)) >= _MIN_POSTING_SENTENCES


_MIN_PARAGRAPH_POSTING_WORDS = 40
_MIN_POSTING_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")


def key_line(split: SplitText, key: str) -> int:
    """The file line of a top-level front matter key (the line after the opening fence when not found)."""
    found = re.search(rf"^[ \t]*['\"]?{re.escape(key)}['\"]?[ \t]*[:=]", split.raw, re.MULTILINE)
    return split.raw.count("\n", 0, found.start()) + 2 if found else 2


_BULLET_LINE = re.compile(r"^[ \t]*[-*+•][ \t]+\S", re.MULTILINE)


def listed_sections(split: SplitText, names_a_section: Callable[[str], bool]) -> tuple[str, int]:
    """Markdown of the front matter's lists under keys that name a section, and the line it starts on.

    A list of strings (``responsibilities: [...]``) or a string of two or more
    bullet lines (``krav: "* …"``) becomes a section headed by its key, each
    heading on its key's line, so that items keep the lines they are on in
    simple block lists. Keys are read at the top, in a table one level down
    (Hugo's ``params``, a ``job:`` group), and as the named parts of a list
    (``sections: [{title: Requirements, items: [...]}]``). ``("", 0)`` when
    there is none.
    """
    parts: list[tuple[int, list[str]]] = []
    for key, value, where in _named_values(split):
        if not names_a_section(key):
            continue
        entries, optional = _listed_entries(value)
        if entries or optional:
            heading = CAMEL_CASE.sub(" ", key)  # "keyResponsibilities" as words, as its kind is read
            wished = ["### Nice to have", *optional] if optional else []
            parts.append((where(), [f"## {heading}", *entries, *wished]))
    if not parts:
        return "", 0
    parts.sort(key=lambda part: part[0])
    first_line = parts[0][0]
    lines: list[str] = []
    for line, part in parts:
        lines.extend([""] * max(0, line - first_line - len(lines)))  # each key's heading on the key's line
        lines.extend(part)
    return "\n".join(lines) + "\n", first_line


def _listed_entries(value: Any) -> tuple[list[str], list[str]]:
    """The Markdown lines of a front matter value that names a section: a list's entries (strings, or
    tables that hold one, ``{item: …}``, TOML's ``[[responsibilities]] text = …``), a string's bullet
    lines, or a string of prose as a paragraph; and apart, the entries of tables marked optional
    (``required: false``)."""
    if isinstance(value, list) and value:
        entries: list[str] = []
        optional: list[str] = []
        for entry in value:
            text = entry if isinstance(entry, str) else _entry_text(entry)
            if text and text.strip():
                (optional if _marked_optional(entry) else entries).append(f"- {' '.join(text.split())}")
        return entries, optional
    if isinstance(value, str):
        if len(_BULLET_LINE.findall(value)) >= 2:
            return value.strip("\n").split("\n"), []
        if len(value.split()) >= _MIN_PROSE_WORDS:  # "requirements: |" then sentences
            return [" ".join(value.split())], []
    return [], []


def _entry_text(entry: Any) -> str | None:
    """The text a table of a list holds (``{item: …}``, ``{text: …, required: false}``), if it holds one."""
    if not isinstance(entry, dict):
        return None
    for key in _ENTRY_TEXT_KEYS:
        found = entry.get(key)
        if isinstance(found, str):
            return found
    strings = [found for found in entry.values() if isinstance(found, str)]
    return strings[0] if len(strings) == 1 else None


def _marked_optional(entry: Any) -> bool:
    """Whether a table of a list marks its entry optional: ``required: false``, ``optional: true``."""
    if not isinstance(entry, dict):
        return False
    return entry.get("required") is False or entry.get("optional") is True or entry.get("preferred") is True


CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")
"""The boundary of two words in a camelCase key ("keyResponsibilities")."""
_ENTRY_TEXT_KEYS = ("item", "text", "description", "value", "content", "name", "title", "label")
_MIN_PROSE_WORDS = 4

_PART_NAMES = ("title", "heading", "header", "name", "label", "section")
"""Keys that name a part of a posting kept as a list of tables in front matter."""
_PART_ENTRIES = ("items", "list", "bullets", "points", "entries", "content", "body", "text")
"""Keys that hold that part's entries."""
_MAX_PARTS = 50
"""Tables of a list read as parts (a posting has a dozen at most; each part's line costs a scan)."""
_NamedValue = tuple[str, Any, Callable[[], int]]
"""A front matter value, the name it goes by, and how to find the line its entries start under (asked only
of the values that name a section: looking costs a scan of the front matter)."""


def _named_values(split: SplitText) -> list[_NamedValue]:
    """The values of the front matter by the names they go by: the top-level fields, then those of a table
    one level down not already seen (Hugo's ``params`` first), then the named parts of lists of tables."""
    metadata = split.metadata
    found: list[_NamedValue] = []
    seen: set[str] = set()
    params = hugo_params(metadata)
    tables = [value for value in metadata.values() if isinstance(value, dict)]
    tables.sort(key=lambda table: params is None or table is not params[1])
    for table in (metadata, *tables):
        for key, value in table.items():
            if isinstance(key, str) and key not in seen:
                seen.add(key)
                found.append((key, value, partial(key_line, split, key)))
    for value in [*metadata.values(), *(inner for table in tables for inner in table.values())]:
        if isinstance(value, list):
            found.extend(_named_parts(split, value[:_MAX_PARTS]))
    return found


def _named_parts(split: SplitText, values: list[Any]) -> list[_NamedValue]:
    """The parts of a list of tables, each by its name (``title: Requirements``) with its entries."""
    parts: list[_NamedValue] = []
    for table in values:
        if not isinstance(table, dict):
            continue
        name = next((table[key] for key in _PART_NAMES if isinstance(table.get(key), str)), None)
        entries_key = next((key for key in _PART_ENTRIES if key in table), None)
        if name is not None and entries_key is not None:
            parts.append((name, table[entries_key], partial(_part_line, split, name, entries_key)))
    return parts


def _part_line(split: SplitText, name: str, entries_key: str) -> int:
    """The file line of a part's entries key (``items:``), the first after the line that names the part
    (the line after the opening fence when neither is found)."""
    named = re.search(rf"{re.escape(name)}['\"]?[ \t]*,?[ \t]*$", split.raw, re.MULTILINE)
    start = named.end() if named else 0
    key = re.compile(rf"^[ \t-]*['\"]?{re.escape(entries_key)}['\"]?[ \t]*[:=]", re.MULTILINE).search(split.raw, start)
    at = key.start() if key else named.start() if named else None
    return split.raw.count("\n", 0, at) + 2 if at is not None else 2


def _holds_a_posting(value: str) -> bool:
    """A front matter value with several lines of Markdown structure, or several HTML blocks."""
    if len(_MARKDOWN_LINE.findall(value)) >= _MIN_MARKDOWN_LINES:
        return True
    return "<" in value and len(_HTML_BLOCK_TAG.findall(value)) >= _MIN_MARKDOWN_LINES


_RAW_TEXT_ELEMENT = re.compile(r"<(script|style)\b", re.IGNORECASE)
_RAW_TEXT_END = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_NON_SPACE = re.compile(r"\S")


def _only_markup(body: str) -> bool:
    """True when ``body`` is only whitespace, tags, scripts, styles and template tags.

    A left-to-right scan in linear time. Each construct ends at its first
    closer after it (``}}``, ``%}``, ``</script>``, ``>``); an opener with no
    closer, or any other character, is text. A regular expression with lazy
    ``.*?`` tried at every ``{{`` or ``<`` in turn is quadratic on
    ``{{{{{{…``; here each failed search for a closer is remembered.
    """
    no_end_after: dict[str, int] = {}
    position = 0
    while True:
        found = _NON_SPACE.search(body, position)
        if found is None:
            return True
        position = _markup_end(body, found.start(), no_end_after)
        if position < 0:
            return False


def _markup_end(body: str, start: int, no_end_after: dict[str, int]) -> int:
    """Where the construct at ``start`` ends, or -1 when ``start`` holds text."""
    raw_text = _RAW_TEXT_ELEMENT.match(body, start)
    if raw_text is not None:
        name = raw_text.group(1).lower()
        end = _search_end(body, _RAW_TEXT_END[name], start, name, no_end_after)
        if end >= 0:
            return end
    for opener, closer in (("{{", "}}"), ("{%", "%}")):
        if body.startswith(opener, start):
            end = body.find(closer, start + 2)
            return end + 2 if end >= 0 else -1
    if body.startswith("<", start) and not body.startswith("<>", start):
        end = body.find(">", start + 2)
        return end + 1 if end >= 0 else -1
    return -1


def _search_end(body: str, closer: re.Pattern[str], start: int, name: str, no_end_after: dict[str, int]) -> int:
    """End of the first ``closer`` after ``start``, or -1; a search that failed is not repeated."""
    if start >= no_end_after.get(name, len(body) + 1):
        return -1
    found = closer.search(body, start)
    if found is None:
        no_end_after[name] = start
        return -1
    return found.end()


# A template's expression of a front matter value, as Jekyll ("{{ page.location }}", "{{ page.salary |
# escape }}"), Hugo ("{{ .Params.location }}", "{{ .Title }}") and Eleventy ("{{ location }}") write it.
_PAGE_VALUE = re.compile(
    r"\{\{-?[ \t]*(?:page\.|\.Params\.|\.)?(?P<path>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*){0,3})[ \t]*"
    r"(?:\|[^{}\n]{0,80})?-?\}\}"
)
_MAX_PAGE_VALUE_CHARS = 200


def with_page_values(body: str, metadata: dict[str, Any]) -> str:
    """``body`` with each template expression of a front matter value replaced by that value, as the site
    renders it: "Live within 30 minutes of {{ page.location }}" reads "… of Bristol". Expressions of
    anything else (a value that is a list or a table, a key the front matter lacks) are left as written.
    Lines stay put: a value with a line break is not put in."""
    if not metadata or "{" not in body or "{{" not in body:
        return body
    folded = {str(key).casefold(): value for key, value in metadata.items()}

    def value_of(found: re.Match[str]) -> str:
        value: Any = folded
        for part in found["path"].split("."):
            if not isinstance(value, dict):
                return found.group()
            value = value.get(part) if value is not folded else folded.get(part.casefold())
        if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
            return found.group()
        text = str(value)
        return text if text and "\n" not in text and len(text) <= _MAX_PAGE_VALUE_CHARS else found.group()

    return _PAGE_VALUE.sub(value_of, body)

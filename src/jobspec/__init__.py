"""jobspec: job postings in Markdown with front matter, as typed, trustworthy data.

>>> import jobspec
>>> posting = jobspec.parse("# Data Engineer\\n\\n## Requirements\\n- 3+ years of SQL\\n")
>>> [(q.text, q.required) for q in posting.qualifications]
[('3+ years of SQL', True)]

:func:`to_arrow` and :func:`to_pandas` (from :mod:`jobspec.arrow`) are here too,
imported on first use: they need the ``parquet`` extra
(``pip install 'jobspec-md[parquet]'``), and without it calling them raises
:class:`MissingExtraError`, which names it.
"""

import typing as _typing

from ._version import __version__
from .batch import BatchError, Result, iter_inputs, parse_many
from .errors import (
    DecodingError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    JobspecError,
    MissingExtraError,
    ParseTimeoutError,
    UnreadableInputError,
    WorkerCrashedError,
)
from .models import Diagnostic, Item, JobPosting, Qualification, Section, SectionKind, Source
from .options import ParseOptions
from .pipeline import parse, parse_file
from .vocabulary import Vocabulary

if _typing.TYPE_CHECKING:
    from .arrow import to_arrow, to_pandas

__all__ = [
    "BatchError",
    "DecodingError",
    "Diagnostic",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "Item",
    "JobPosting",
    "JobspecError",
    "MissingExtraError",
    "ParseOptions",
    "ParseTimeoutError",
    "Qualification",
    "Result",
    "Section",
    "SectionKind",
    "Source",
    "UnreadableInputError",
    "Vocabulary",
    "WorkerCrashedError",
    "__version__",
    "iter_inputs",
    "parse",
    "parse_file",
    "parse_many",
    "to_arrow",
    "to_pandas",
]

_LAZY = {"to_arrow": "arrow", "to_pandas": "arrow"}
"""Names of this package that live in a module imported only when one of them is first used."""


def __getattr__(name: str) -> _typing.Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # later look-ups do not come here
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

"""jobspec: job postings in Markdown with front matter, as typed, trustworthy data.

>>> import jobspec
>>> posting = jobspec.parse("# Data Engineer\\n\\n## Requirements\\n- 3+ years of SQL\\n")
>>> [(q.text, q.required) for q in posting.qualifications]
[('3+ years of SQL', True)]
"""

from ._version import __version__
from .batch import BatchError, Result, iter_inputs, parse_many
from .errors import (
    DecodingError,
    FrontMatterError,
    InputError,
    InputTooLargeError,
    JobspecError,
    ParseTimeoutError,
    UnreadableInputError,
    WorkerCrashedError,
)
from .models import Diagnostic, Item, JobPosting, Qualification, Section, SectionKind, Source
from .options import ParseOptions
from .pipeline import parse, parse_file
from .vocabulary import Vocabulary

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
]

"""jobspec: job postings in Markdown with front matter, as typed, trustworthy data.

>>> import jobspec
>>> posting = jobspec.parse("# Data Engineer\\n\\n## Requirements\\n- 3+ years of SQL\\n")
>>> [(q.text, q.required) for q in posting.qualifications]
[('3+ years of SQL', True)]
"""

from ._version import __version__
from .errors import DecodingError, FrontMatterError, InputError, InputTooLargeError, JobspecError
from .models import Diagnostic, Item, JobPosting, Qualification, Section, SectionKind, Source
from .options import ParseOptions
from .pipeline import parse, parse_file
from .vocabulary import Vocabulary

__all__ = [
    "DecodingError",
    "Diagnostic",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "Item",
    "JobPosting",
    "JobspecError",
    "ParseOptions",
    "Qualification",
    "Section",
    "SectionKind",
    "Source",
    "Vocabulary",
    "__version__",
    "parse",
    "parse_file",
]

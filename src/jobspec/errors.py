"""Errors jobspec raises, all under one root.

::

    JobspecError                 anything jobspec raises on purpose
    ├── InputError               the input cannot be read as text
    │   ├── DecodingError        bytes that are binary or in no known encoding
    │   ├── InputTooLargeError   larger than the configured limit
    │   └── UnreadableInputError not a regular file that can be read (with a ``reason``)
    ├── FrontMatterError         front matter that is unclosed, invalid or not a mapping
    ├── WorkerCrashedError       in a batch, the process parsing an input died
    ├── ParseTimeoutError        in a batch, an input took longer than the timeout
    └── MissingExtraError        an optional part needs a package that is not installed
                                 (also an ImportError; the message says which extra brings it)

Every error carries the ``path`` (when known), a 1-based ``line`` and
``column`` (when known) and renders as ``path:line:col: message``.
Messy content is never an error: an unknown heading is a section of kind
``other``. Only input the caller has to fix raises.
"""

from __future__ import annotations

__all__ = [
    "DecodingError",
    "FrontMatterError",
    "InputError",
    "InputTooLargeError",
    "JobspecError",
    "MissingExtraError",
    "ParseTimeoutError",
    "UnreadableInputError",
    "WorkerCrashedError",
]


def printable_path(path: str) -> str:
    """``path`` as text that can be written anywhere: bytes that were not UTF-8 as ``\\xNN``.

    A file name that is not valid UTF-8 reaches Python with lone surrogates
    (``surrogateescape``), which no UTF-8 file, JSON or Parquet can hold.

    >>> printable_path("caf\\udce9.md")
    'caf\\\\xe9.md'
    """
    if path.isascii() or not any("\ud800" <= char <= "\udfff" for char in path):
        return path
    try:
        data = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        data = path.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "backslashreplace")


def format_location(path: str | None, line: int | None, column: int | None) -> str:
    """``path:line:col`` with the parts that are known (``<string>`` when there is no path)."""
    parts = [printable_path(path) if path else "<string>"]
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    return ":".join(parts)


class JobspecError(Exception):
    """Root of every error jobspec raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def with_path(self, path: str | None) -> JobspecError:
        """Return this error with ``path`` filled in when it was unknown."""
        if self.path is None and path is not None:
            self.path = path
        return self

    @property
    def location(self) -> str:
        """``path:line:col`` with the parts that are known."""
        return format_location(self.path, self.line, self.column)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class InputError(JobspecError):
    """The input cannot be read as text."""


class DecodingError(InputError):
    """Bytes that are binary, or that decode in no supported encoding."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class UnreadableInputError(InputError):
    """The input is not a regular file that can be read; ``reason`` says why, as a short code.

    ``not-found``, ``vanished`` (found in a folder, gone when read),
    ``dangling-link``, ``symlink-loop``, ``not-a-regular-file`` (a FIFO, a
    device, a socket: never opened for reading), ``is-a-directory``,
    ``permission-denied`` or ``unreadable``.
    """

    def __init__(self, message: str, *, reason: str, path: str | None = None) -> None:
        super().__init__(message, path=path)
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments: pickling (from a worker process) needs to be told how to rebuild.
        return _rebuild_unreadable, (self.message, self.reason, self.path)


def _rebuild_unreadable(message: str, reason: str, path: str | None) -> UnreadableInputError:
    return UnreadableInputError(message, reason=reason, path=path)


class FrontMatterError(JobspecError):
    """Front matter that is unclosed, invalid or not a mapping (raised in strict mode)."""


class WorkerCrashedError(JobspecError):
    """In a batch, the process parsing an input died (crash, killed, out of memory)."""


class ParseTimeoutError(JobspecError):
    """In a batch, parsing an input took longer than the batch's ``timeout``."""


class MissingExtraError(JobspecError, ImportError):
    """An optional part of jobspec needs a package that is not installed.

    The message names the extra that installs it (``pip install 'jobspec-md[parquet]'``).
    It is also an :class:`ImportError`, so code that catches that keeps working.
    """

    def __str__(self) -> str:
        return self.message

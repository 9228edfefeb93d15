"""Parse many postings at once, in parallel, with bounded memory.

::

    inputs ─iter_inputs─▶ (id, path or text) ─window─▶ worker processes ─▶ Result, in input order

:func:`parse_many` streams: it reads the next input only when a result has
been handed back, so at most ``window`` inputs are in flight or waiting to
be yielded, whatever the size of the batch. Workers are told file paths and
read the files themselves. A worker that dies or runs past the ``timeout``
costs only the input it was parsing: that input becomes an error and a new
worker takes its place.

>>> results = parse_many([("a", "# Cook\\n## Requirements\\n- Knife skills\\n")], workers=1)
>>> [(r.id, r.ok, r.posting.title if r.posting else None) for r in results]
[('a', True, 'Cook')]
"""

from __future__ import annotations

import ctypes
import fnmatch
import gc
import glob as globbing
import multiprocessing
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal, TypeAlias

from .errors import (
    JobspecError,
    ParseTimeoutError,
    UnreadableInputError,
    WorkerCrashedError,
    format_location,
    printable_path,
)
from .load import unreadable
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse, parse_file, warm_up

__all__ = [
    "DEFAULT_GLOB",
    "BatchError",
    "InputLike",
    "ParseTimeoutError",
    "Result",
    "WorkerCrashedError",
    "atomic_path",
    "iter_inputs",
    "parse_many",
]

DEFAULT_GLOB = "*.md,*.markdown"
"""File name patterns a directory is searched for, comma-separated."""

WINDOW_PER_WORKER = 4
"""Default number of inputs in flight (or waiting to be yielded) per worker."""

TASKS_PER_WORKER = 2
"""Inputs sent ahead to a worker, so that it never waits for us between two."""

OnError: TypeAlias = Literal["raise", "skip", "collect"]
InputValue: TypeAlias = "str | bytes | Path | UnreadableInputError"
"""What a worker is given: a file to read, or the posting's text or bytes; or why a file cannot be read."""
InputLike: TypeAlias = "str | os.PathLike[str] | tuple[str, str | bytes | os.PathLike[str] | UnreadableInputError]"
"""A file, a directory, a glob pattern, or an ``(id, text_or_bytes)`` pair (or a pair from :func:`iter_inputs`)."""

_PARSE_KEYWORDS = frozenset({"strict", "options"})
_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class BatchError:
    """Why one input of a batch failed, with where, when known."""

    path: str | None
    line: int | None
    column: int | None
    message: str
    kind: str
    """Name of the exception, or ``WorkerCrashed`` / ``Timeout``; for a file that could not be read, why
    (``not-found``, ``vanished``, ``dangling-link``, ``symlink-loop``, ``not-a-regular-file``, ...: see
    :class:`~jobspec.errors.UnreadableInputError`)."""

    @classmethod
    def from_exception(cls, exc: BaseException, *, kind: str | None = None) -> BatchError:
        """The error for ``exc``, keeping the location a :class:`JobspecError` carries."""
        return cls(
            path=getattr(exc, "path", None),
            line=getattr(exc, "line", None),
            column=getattr(exc, "column", None),
            message=getattr(exc, "message", None) or str(exc) or type(exc).__name__,
            kind=kind or type(exc).__name__,
        )

    @property
    def location(self) -> str:
        """``path:line:col`` with the parts that are known."""
        return format_location(self.path, self.line, self.column)

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON-safe data."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "kind": self.kind,
        }

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class Result:
    """The outcome for one input: its posting, or why it failed.

    A posting parsed in a worker process comes back as its JSON, which
    crosses between processes far more cheaply than the objects do. It
    becomes a :class:`JobPosting` the first time :attr:`posting` is read;
    :meth:`json` hands the JSON on without that step (``jobspec parse
    --format jsonl`` writes it as it comes).
    """

    __slots__ = ("_json", "_posting", "error", "id")

    def __init__(
        self, id: str, posting: JobPosting | None = None, error: BatchError | None = None, *, json: str | None = None
    ) -> None:
        self.id = id
        self.error = error
        self._posting = posting
        self._json = json

    @property
    def posting(self) -> JobPosting | None:
        """The parsed posting; None when the input failed."""
        if self._posting is None and self._json is not None:
            self._posting = JobPosting.model_validate_json(self._json)
        return self._posting

    @property
    def ok(self) -> bool:
        """True when the input parsed."""
        return self.error is None

    def json(self) -> str | None:
        """The posting as ``JobPosting.model_dump_json()`` writes it; None when the input failed."""
        if self._json is None and self._posting is not None:
            self._json = self._posting.model_dump_json()
        return self._json

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Result):
            return NotImplemented
        return (self.id, self.error, self.posting) == (other.id, other.error, other.posting)

    __hash__ = None  # type: ignore[assignment]  # mutable cache inside; equal results need not hash alike

    def __repr__(self) -> str:
        return f"Result(id={self.id!r}, ok={self.ok}, error={self.error!r})"


# ---------------------------------------------------------------------------
# Inputs


def iter_inputs(
    inputs: Iterable[InputLike] | str | os.PathLike[str],
    glob: str | Sequence[str] = DEFAULT_GLOB,
) -> Iterator[tuple[str, InputValue]]:
    """Expand ``inputs`` into ``(id, value)`` pairs, lazily and in order.

    A file gives itself (its path is the id); a directory gives the files
    under it, recursively and sorted, whose names match one of the ``glob``
    patterns; a string with ``*``, ``?`` or ``[`` that is not a file is a
    glob pattern (``**`` spans folders); an ``(id, text_or_bytes)`` pair is
    passed through. A pattern that matches nothing is kept as a path, so it
    fails as a missing file instead of vanishing silently.

    >>> list(iter_inputs([("one", "# Title")]))
    [('one', '# Title')]
    """
    patterns = _split_patterns(glob)
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, tuple):
            yield _checked_pair(item)
        else:
            yield from _expand_path(os.fspath(item), patterns)


def _split_patterns(glob: str | Sequence[str]) -> tuple[str, ...]:
    parts = glob.split(",") if isinstance(glob, str) else glob
    return tuple(part.strip() for part in parts if part.strip())


def _checked_pair(item: tuple[Any, ...]) -> tuple[str, InputValue]:
    if len(item) != 2 or not isinstance(item[0], str):
        raise TypeError(f"an input pair must be (id: str, text or bytes), not {item!r:.80}")
    key, value = item
    if isinstance(value, str | bytes | Path | UnreadableInputError):  # what iter_inputs gives, fed back
        return key, value
    if isinstance(value, os.PathLike):
        return key, Path(value)
    raise TypeError(f"the value of input {key!r} must be str, bytes or a path, not {type(value).__name__}")


def _expand_path(name: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, InputValue]]:
    if os.path.isdir(name):
        yield from _walk_directory(name, patterns)
    elif not os.path.lexists(name) and _GLOB_CHARACTERS & set(name):
        yield from _expand_glob(name, patterns)
    else:
        yield printable_path(name), _checked_file(name)


def _checked_file(name: str) -> InputValue:
    """The file to parse, or why it cannot be: a FIFO, device or socket is never opened."""
    try:
        info = os.stat(name)
    except OSError as exc:
        return unreadable(exc, name, printable_path(name))
    if stat.S_ISREG(info.st_mode):
        return Path(name)
    reason = "is-a-directory" if stat.S_ISDIR(info.st_mode) else "not-a-regular-file"
    message = "not a regular file (a FIFO, device or socket); not read" if reason == "not-a-regular-file" else ""
    return UnreadableInputError(message or "cannot read file: is a directory", reason=reason, path=printable_path(name))


def _walk_directory(root: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, InputValue]]:
    """The matching files under ``root`` in sorted path order, one folder listing held at a time.

    A folder that cannot be listed (gone, not allowed) is one error; a
    matching name that is no regular file (a dangling link, a link loop, a
    FIFO) is one error each. Linked folders are not followed: they could lead
    back up, into a loop.
    """
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        error = unreadable(exc, root, printable_path(root))
        if error.reason == "not-found":
            error.reason, error.message = "vanished", "folder deleted while the batch was reading it"
        yield printable_path(root), error
        return
    for entry in entries:
        if _is_folder(entry):
            yield from _walk_directory(entry.path, patterns)
        elif any(fnmatch.fnmatch(entry.name, pattern) for pattern in patterns) and not _links_to_folder(entry):
            yield printable_path(entry.path), _entry_value(entry)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:  # gone since it was listed: reported as it is read
        return False


def _links_to_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink() and entry.is_dir()
    except OSError:
        return False


def _entry_value(entry: os.DirEntry[str]) -> InputValue:
    """A regular file is given as its path (read in the worker); anything else is checked now."""
    try:
        if entry.is_file(follow_symlinks=False):
            return Path(entry.path)
    except OSError:
        pass  # gone since it was listed: _checked_file says so
    return _checked_file(entry.path)


def _expand_glob(pattern: str, patterns: tuple[str, ...]) -> Iterator[tuple[str, InputValue]]:
    matched = False
    for name in sorted(globbing.iglob(pattern, recursive=True)):
        matched = True
        yield from _expand_path(name, patterns)
    if not matched:
        yield printable_path(pattern), _checked_file(pattern)


# ---------------------------------------------------------------------------
# Parsing one input (in a worker, or in this process)


def _parse_value(key: str, value: InputValue, parse_kwargs: dict[str, Any]) -> JobPosting:
    if isinstance(value, UnreadableInputError):
        raise value
    if isinstance(value, Path):
        try:
            return parse_file(value, **parse_kwargs)
        except UnreadableInputError as exc:
            if exc.reason == "not-found":  # it was there when the batch found it
                exc.reason, exc.message = "vanished", "file deleted before it could be read"
            raise
    return parse(value, path=key, **parse_kwargs)


_Outcome: TypeAlias = (
    "tuple[Literal['ok'], JobPosting] | tuple[Literal['json'], str] | tuple[Literal['error'], BaseException]"
)
_Outcomes: TypeAlias = "Generator[tuple[_Task, _Outcome], None, None]"


def _outcome(key: str, value: InputValue, parse_kwargs: dict[str, Any]) -> _Outcome:
    try:
        return "ok", _parse_value(key, value, parse_kwargs)
    except Exception as exc:  # a bug on one posting must not end a batch of a million
        return "error", exc


def _as_json(outcome: _Outcome) -> _Outcome:
    """A posting as its JSON, to be sent to the parent process (see :class:`Result`)."""
    return ("json", outcome[1].model_dump_json()) if outcome[0] == "ok" else outcome


PR_SET_PDEATHSIG = 1
"""prctl(2) option: the signal a Linux process gets when the thread that started it ends."""

USE_PARENT_DEATH_SIGNAL = sys.platform.startswith("linux")
"""Whether workers ask the kernel for SIGKILL when their parent ends (else only the watchdog thread)."""

PARENT_CHECK_SECONDS = 0.5
"""How often a worker's watchdog looks whether the process that started it is still there."""


def _die_with_parent(parent: int) -> None:
    """End this worker as soon as ``parent`` (the batch's process) is gone, however it ended.

    On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG),
    even to a worker stuck in a regular expression; elsewhere, and as a
    second line, a thread looks every :data:`PARENT_CHECK_SECONDS`. Without
    them a worker outlived a killed parent, blocked sending its results.
    """
    if USE_PARENT_DEATH_SIGNAL:
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if not _alive(parent):  # it died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="jobspec-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    started_by = os.getppid()
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != started_by or not _alive(parent):
            os._exit(1)  # nothing to clean up: the results have no one to go to


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def _worker_main(conn: Connection, parse_kwargs: dict[str, Any], parent: int | None = None, warm: bool = False) -> None:
    """Loop of a worker process: parse each ``(index, id, value)`` received, send back the outcome.

    With ``warm``, the worker first builds what every parse needs (see :func:`~jobspec.pipeline.warm_up`):
    a worker that was not forked from a warm parent does it before its first task, not during it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends the workers
    if parent is not None:
        _die_with_parent(parent)
    if warm:
        warm_up(parse_kwargs.get("options"))
    else:
        # Forked from a warm parent: its tables are shared with it until written to. A full collection
        # writes to every object it scans, which would copy them all; they live as long as the worker.
        gc.freeze()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, key, value = task
        outcome = _as_json(_outcome(key, value, parse_kwargs))
        try:
            conn.send((index, outcome))
        except Exception as exc:  # an exception that cannot be pickled
            conn.send((index, ("error", RuntimeError(f"{type(exc).__name__}: {exc}"))))


# ---------------------------------------------------------------------------
# The pool: one pipe per worker, so we always know which input a worker is on


@dataclass
class _Task:
    index: int
    id: str
    value: InputValue
    started: float = 0.0


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks: deque[_Task] = field(default_factory=deque)
    """Sent and not answered yet; the worker is on the first, the others wait in its pipe."""

    def start_clock(self) -> None:
        """The first task starts now: the earlier ones are answered (or there were none)."""
        if self.tasks:
            self.tasks[0].started = time.monotonic()


@dataclass
class _Finished:
    """What one wait on the pool brought: outcomes, and tasks to send again to another worker."""

    outcomes: list[tuple[_Task, _Outcome]] = field(default_factory=list)
    orphans: list[_Task] = field(default_factory=list)


@dataclass
class _Pool:
    """Worker processes, started on demand up to ``size``; a dead or stuck one is replaced.

    Each worker is sent up to :data:`TASKS_PER_WORKER` tasks, so it starts
    the next one as soon as it has answered the last, without waiting for us.
    """

    size: int
    parse_kwargs: dict[str, Any]
    context: BaseContext = field(default_factory=multiprocessing.get_context)
    workers: list[_Worker] = field(default_factory=list)

    def worker_with_room(self) -> _Worker | None:
        """An idle worker, else a new one if there is room, else one with a free place in its queue."""
        for worker in self.workers:
            if not worker.tasks:
                return worker
        if len(self.workers) < self.size:
            worker = self._start_worker()
            self.workers.append(worker)
            return worker
        return min(
            (worker for worker in self.workers if len(worker.tasks) < TASKS_PER_WORKER),
            key=lambda worker: len(worker.tasks),
            default=None,
        )

    def _start_worker(self) -> _Worker:
        forked = self.context.get_start_method() == "fork"
        if forked:
            # Warm once here, and every worker forked from this process starts warm, sharing the tables
            # (the occupation index's 50 MB among them) with it until it writes to them; a replacement
            # for a worker that crashed or ran past the timeout too. Nothing to do the second time.
            warm_up(self.parse_kwargs.get("options"))
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child_end, self.parse_kwargs, os.getpid(), not forked), daemon=True
        )
        process.start()
        child_end.close()
        return _Worker(process=process, conn=parent_end)

    def assign(self, worker: _Worker, task: _Task) -> None:
        """Send ``task`` to ``worker``; its clock starts now if the worker had nothing else to do."""
        worker.tasks.append(task)
        if len(worker.tasks) == 1:
            worker.start_clock()
        with suppress(OSError):  # a worker that already died is reported as crashed by the next wait
            worker.conn.send((task.index, task.id, task.value))

    def busy(self) -> list[_Worker]:
        """The workers with something to parse."""
        return [worker for worker in self.workers if worker.tasks]

    def wait(self, timeout: float | None) -> _Finished:
        """Wait until a busy worker answers or dies, or its task runs past ``timeout``."""
        busy = self.busy()
        waitables: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        wait(waitables, timeout=self._seconds_to_next_deadline(busy, timeout))
        finished = _Finished()
        for worker in busy:
            self._collect(worker, timeout, finished)
        return finished

    @staticmethod
    def _seconds_to_next_deadline(busy: list[_Worker], timeout: float | None) -> float | None:
        if timeout is None:
            return None
        first_start = min(worker.tasks[0].started for worker in busy)
        return max(0.0, first_start + timeout - time.monotonic())

    def _collect(self, worker: _Worker, timeout: float | None, finished: _Finished) -> None:
        while worker.tasks and worker.conn.poll():
            try:
                _index, outcome = worker.conn.recv()
            except (EOFError, OSError):
                break
            except Exception as exc:  # an answer that cannot be unpickled here
                outcome = "error", exc
            finished.outcomes.append((worker.tasks.popleft(), outcome))
            worker.start_clock()
        if not worker.tasks:
            return
        if not worker.process.is_alive():
            self._replace(worker, self._crashed(worker), finished)
        elif timeout is not None and time.monotonic() - worker.tasks[0].started >= timeout:
            worker.process.kill()
            message = f"parsing took longer than the timeout of {timeout:g} s"
            self._replace(worker, ParseTimeoutError(message), finished)

    @staticmethod
    def _crashed(worker: _Worker) -> WorkerCrashedError:
        worker.process.join()
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        return WorkerCrashedError(f"the worker process parsing this input died ({how})")

    def _replace(self, worker: _Worker, error: JobspecError, finished: _Finished) -> None:
        """Retire ``worker``: its current task fails with ``error``; those queued behind it go to another."""
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)
        finished.outcomes.append((worker.tasks.popleft(), ("error", error)))
        finished.orphans.extend(worker.tasks)

    def close(self) -> None:
        """Stop every worker: politely when idle, by force when busy."""
        for worker in self.workers:
            if worker.tasks:
                worker.process.kill()
            else:
                with suppress(OSError):
                    worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()


# ---------------------------------------------------------------------------
# parse_many


def parse_many(
    inputs: Iterable[InputLike] | str | os.PathLike[str],
    *,
    workers: int | None = None,
    on_error: OnError = "raise",
    window: int | None = None,
    timeout: float | None = None,
    glob: str | Sequence[str] = DEFAULT_GLOB,
    **parse_options: Any,
) -> Generator[Result, None, None]:
    """Parse every input (see :func:`iter_inputs`) and yield a :class:`Result` for each, in input order.

    ``workers`` processes parse in parallel (None: one per core; 1: in this
    process, unless a ``timeout`` needs a process it can stop). At most
    ``window`` inputs (default 4 per worker) are in flight or waiting for an
    earlier one, so memory stays flat however many inputs there are.

    ``on_error``: ``"raise"`` raises the first error after yielding the
    results before it; ``"skip"`` leaves failed inputs out; ``"collect"``
    yields them as results whose ``error`` says why. Besides the
    :class:`~jobspec.errors.JobspecError` of a bad input, an input fails when
    its worker process dies (kind ``WorkerCrashed``) or when it takes longer
    than ``timeout`` seconds (kind ``Timeout``); the batch goes on with a new
    worker. ``parse_options`` (``strict``, ``options``) go to :func:`jobspec.parse`.
    Workers end with the process that started them, even when it is killed
    (on Linux, when the thread that started them ends: consume the results
    in the thread that first asked for one).
    Pairs are parsed with their id as the posting's ``source.path``.
    """
    parse_kwargs = _checked_parse_options(parse_options)
    size = _worker_count(workers)
    if window is not None and window < 1:
        raise ValueError("window must be at least 1")
    if timeout is not None and timeout <= 0:
        raise ValueError("timeout must be positive")
    if on_error not in ("raise", "skip", "collect"):
        raise ValueError(f"on_error must be 'raise', 'skip' or 'collect', not {on_error!r}")
    items = iter_inputs(inputs, glob)
    if size == 1 and timeout is None:
        outcomes = _parse_in_process(items, parse_kwargs)
    else:
        outcomes = _parse_in_pool(items, parse_kwargs, size, window or WINDOW_PER_WORKER * size, timeout)
    return _results(outcomes, on_error)


def _checked_parse_options(parse_options: dict[str, Any]) -> dict[str, Any]:
    unknown = set(parse_options) - _PARSE_KEYWORDS
    if unknown:
        raise TypeError(f"parse_many() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
    options = parse_options.get("options")
    if options is not None and not isinstance(options, ParseOptions):
        raise TypeError(f"options must be a ParseOptions, not {type(options).__name__}")
    return dict(parse_options)


def _worker_count(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if workers < 1:
        raise ValueError("workers must be at least 1")
    return workers


def _parse_in_process(items: Iterator[tuple[str, InputValue]], parse_kwargs: dict[str, Any]) -> _Outcomes:
    for index, (key, value) in enumerate(items):
        yield _Task(index, key, value), _outcome(key, value, parse_kwargs)


def _parse_in_pool(
    items: Iterator[tuple[str, InputValue]],
    parse_kwargs: dict[str, Any],
    size: int,
    window: int,
    timeout: float | None,
) -> _Outcomes:
    """Outcomes in input order, with at most ``window`` inputs taken but not yet yielded."""
    pool = _Pool(size, parse_kwargs)
    waiting: deque[_Task] = deque()  # taken from the inputs, no worker free yet
    finished: dict[int, tuple[_Task, _Outcome]] = {}  # done, but an earlier input is not
    taken = yielded = 0
    try:
        while True:
            while taken - yielded < window and (item := next(items, None)) is not None:
                task = _Task(taken, *item)
                if isinstance(task.value, UnreadableInputError):  # nothing for a worker to do
                    finished[taken] = (task, ("error", task.value))
                else:
                    waiting.append(task)
                taken += 1
            _assign_waiting(pool, waiting)
            if yielded in finished:
                yield finished.pop(yielded)
                yielded += 1
                continue
            if yielded == taken:  # the window had room, so the inputs are exhausted
                return
            done = pool.wait(timeout)
            finished.update((task.index, (task, outcome)) for task, outcome in done.outcomes)
            waiting.extendleft(reversed(done.orphans))  # they came before everything still waiting
    finally:
        pool.close()


def _assign_waiting(pool: _Pool, waiting: deque[_Task]) -> None:
    while waiting and (worker := pool.worker_with_room()) is not None:
        pool.assign(worker, waiting.popleft())


def _results(outcomes: _Outcomes, on_error: OnError) -> Generator[Result, None, None]:
    try:
        for task, outcome in outcomes:
            if outcome[0] == "ok":
                yield Result(task.id, posting=outcome[1])
                continue
            if outcome[0] == "json":
                yield Result(task.id, json=outcome[1])
                continue
            exc = _located(outcome[1], task)
            if on_error == "raise":
                raise exc
            if on_error == "collect":
                yield Result(task.id, error=BatchError.from_exception(exc, kind=_kind(exc)))
    finally:
        outcomes.close()  # stops the workers now, not whenever the generator is collected


def _located(exc: BaseException, task: _Task) -> BaseException:
    """``exc`` with the input's path filled in when it was a file and the error did not say."""
    if isinstance(exc, JobspecError) and isinstance(task.value, Path):
        return exc.with_path(task.id)
    return exc


def _kind(exc: BaseException) -> str:
    if isinstance(exc, WorkerCrashedError):
        return "WorkerCrashed"
    if isinstance(exc, ParseTimeoutError):
        return "Timeout"
    if isinstance(exc, UnreadableInputError):
        return exc.reason
    return type(exc).__name__


# ---------------------------------------------------------------------------
# Writing output files


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path`` in one step.

    If the block raises (or the process is interrupted), the temporary file
    is removed and ``path`` is left as it was: never a truncated file.
    """
    target = Path(path)
    _remove_stale_temporaries(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    os.close(handle)
    os.chmod(temporary, _new_file_mode(target))  # mkstemp makes it private; the result should not be
    try:
        yield Path(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_stale_temporaries(target: Path) -> None:
    """Remove the temporary files beside ``target`` that a killed run left (their process is gone).

    Nothing runs when a process is killed with SIGKILL, so its temporary file
    stays; the next run writing the same file clears it. A temporary file is
    named ``.NAME.PID.RANDOM.tmp``; one whose process still runs is left alone.
    """
    prefix = f".{target.name}."
    with suppress(OSError), os.scandir(target.parent) as listing:
        for entry in listing:
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(".tmp")):
                continue
            pid = name[len(prefix) :].split(".", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                with suppress(OSError):
                    os.unlink(entry.path)


def _new_file_mode(target: Path) -> int:
    """The mode ``target`` has, or the one a newly created file would get."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask

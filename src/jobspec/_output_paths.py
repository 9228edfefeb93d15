"""Where the command line may write: checked before any input is parsed.

An output (``-o``, ``--errors``) is refused, with the reason, when it is one
of the inputs, the other output, a device, FIFO or socket, a directory, or in
a folder that is missing or cannot be written. A symbolic link is written
through, to its target: the link stays. ``-`` is standard output.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["STDOUT", "OutputRefusedError", "checked_output"]

STDOUT = "-"


class OutputRefusedError(Exception):
    """An output path that must not be written; the message says why."""


@dataclass(frozen=True)
class Inputs:
    """What the command reads: named files and folders, and the patterns looked for in folders."""

    names: Sequence[str]
    patterns: Sequence[str]

    def holds(self, target: str) -> bool:
        """Whether ``target`` (a resolved path) is one of the inputs, named or found in a folder."""
        for name in self.names:
            if name == STDOUT or not os.path.exists(name):
                continue
            real = os.path.realpath(name)
            if os.path.isdir(real):
                inside = os.path.commonpath([real, target]) == real
                if inside and any(fnmatch.fnmatch(os.path.basename(target), p) for p in self.patterns):
                    return True
            elif _same_file(real, target):
                return True
        return False


def checked_output(path: str, inputs: Inputs, other: str | None = None) -> str:
    """The path to write for ``path`` (a symbolic link's target), or :class:`OutputRefusedError`.

    ``other`` is the command's other output, which must not be the same file.
    """
    if path == STDOUT:
        return path
    _refuse_special(path)  # through the link: /dev/stdout and /dev/fd/1 lead to a pipe or a terminal
    target = os.path.realpath(path)
    if other is not None and other != STDOUT and _same_file(target, os.path.realpath(other)):
        raise OutputRefusedError("it is also the other output (-o and --errors must differ)")
    if inputs.holds(target):
        raise OutputRefusedError("it is one of the inputs")
    _refuse_unwritable_folder(os.path.dirname(target) or ".")
    return target


def _same_file(one: str, other: str) -> bool:
    if one == other:
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _refuse_special(path: str) -> None:
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputRefusedError(exc.strerror or str(exc)) from None
    if stat.S_ISDIR(mode):
        raise OutputRefusedError("it is a folder")
    if not stat.S_ISREG(mode):
        raise OutputRefusedError("it is a device, FIFO or socket, not a file (use -o - for standard output)")


def _refuse_unwritable_folder(folder: str) -> None:
    if not os.path.isdir(folder):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise OutputRefusedError(f"the folder {folder} {what}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputRefusedError(f"the folder {folder} is not writable")

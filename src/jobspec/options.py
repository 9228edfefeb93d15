"""Settings that change how a posting is parsed."""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts.skills import Taxonomy
from .vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["ParseOptions"]

MIB = 1024 * 1024


@dataclass(frozen=True)
class ParseOptions:
    """How :func:`jobspec.parse` treats its input.

    The defaults suit real postings; the limits exist so that a pipeline fed
    hostile input answers promptly instead of running out of memory.
    """

    repair_mojibake: bool = True
    """Repair UTF-8 read as cp1252 (``Weâ€™re``) when the text shows signs of it."""

    max_input_bytes: int = 64 * MIB
    """Inputs larger than this raise :class:`~jobspec.errors.InputTooLargeError`."""

    max_front_matter_bytes: int = 1 * MIB
    """Front matter larger than this is reported and not loaded."""

    vocabulary: Vocabulary = field(default=DEFAULT_VOCABULARY)
    """Heading phrases and cue words; extend with :meth:`Vocabulary.extended`."""

    taxonomy: Taxonomy | None = None
    """Skills to look for; None means the taxonomy shipped with jobspec."""

    find_skills: bool = True
    """Match skills at all (turn off to save the time when they are not needed)."""

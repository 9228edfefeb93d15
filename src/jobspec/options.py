"""Settings that change how a posting is parsed."""

from __future__ import annotations

from dataclasses import dataclass, field

from .facts.skills import Taxonomy
from .meaning import ItemModel
from .occupations import Classification
from .vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["ParseOptions"]

MIB = 1024 * 1024


@dataclass(frozen=True)
class ParseOptions:
    """How :func:`jobspec.parse` treats its input.

    The defaults suit real postings; the limits exist so that a pipeline fed
    hostile input answers promptly instead of running out of memory. The
    stages run in time linear in the size of their input, so the limits bound
    the time of a parse as well as its memory: one to ten seconds per MB of
    adversarial Markdown on one core (a MB of one-line headings is the
    slowest), where real postings are a few KB and take milliseconds.
    ``benchmarks/hostile.py`` measures it.

    Defaults: ``max_input_bytes`` 16 MiB (over it:
    :class:`~jobspec.errors.InputTooLargeError`); ``max_front_matter_bytes``
    1 MiB, ``max_front_matter_nodes`` 10,000 and ``max_front_matter_depth`` 32
    (over any of them the front matter is not loaded: a
    :class:`~jobspec.errors.FrontMatterError` with ``strict=True``, otherwise
    an ``error`` diagnostic, and the body is parsed without it).
    """

    repair_mojibake: bool = True
    """Repair UTF-8 read as cp1252 (``Weâ€™re``) when the text shows signs of it."""

    max_input_bytes: int = 16 * MIB
    """Inputs larger than this (16 MiB) raise :class:`~jobspec.errors.InputTooLargeError`.

    Counted in bytes: of the input as given, or of its UTF-8 form for text.
    Checked before anything else is done with the input.
    """

    max_front_matter_bytes: int = 1 * MIB
    """Front matter larger than this (1 MiB, UTF-8) is reported and not loaded."""

    max_front_matter_nodes: int = 10_000
    """Front matter holding more values than this (10,000) is reported and not loaded.

    Keys, values and list entries each count one, and a YAML alias counts as
    everything its anchor holds: a "billion laughs" bomb is refused from its
    parsed form before any of it is expanded.
    """

    max_front_matter_depth: int = 32
    """Front matter nested deeper than this (32 lists or mappings) is reported and not loaded."""

    vocabulary: Vocabulary = field(default=DEFAULT_VOCABULARY)
    """Heading phrases and cue words; extend with :meth:`Vocabulary.extended`."""

    item_model: ItemModel | None = None
    """The model that decides what each unit is; None means the one shipped with jobspec."""

    taxonomy: Taxonomy | None = None
    """Skills to look for; None means the taxonomy shipped with jobspec."""

    find_skills: bool = True
    """Match skills at all (turn off to save the time when they are not needed)."""

    fingerprint: bool = False
    """Add :attr:`JobPosting.fingerprint <jobspec.models.JobPosting.fingerprint>` (see :mod:`jobspec.dedup`)."""

    occupations: Classification | bool = True
    """Occupation coding: True codes to the classification shipped with jobspec (ESCO, ISCO-08,
    O*NET-SOC), False turns it off (``posting.occupation`` is None), and a
    :class:`~jobspec.occupations.Classification` codes to that one instead (one of your own,
    loaded with :meth:`~jobspec.occupations.Classification.from_file`)."""

"""Settings that change how a posting is parsed."""

from __future__ import annotations

import typing
from collections.abc import Callable, Collection, Set
from dataclasses import dataclass, field
from functools import cached_property

from .facts.skills import Taxonomy
from .meaning import ItemModel
from .models import FieldName
from .occupations import Classification
from .vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["FIELDS", "ITEM_FIELDS", "ParseOptions"]

MIB = 1024 * 1024

FIELDS: tuple[FieldName, ...] = typing.get_args(FieldName)
"""The fields ``ParseOptions(fields=...)`` may name, in the order of :class:`~jobspec.models.JobPosting`."""

ITEM_FIELDS: frozenset[FieldName] = frozenset({"responsibilities", "qualifications", "benefits"})
"""The fields the units and their meaning are found for (the costliest stage)."""

# What each field is computed from: asking for it computes these too (and they are given, not wasted).
_NEEDS: dict[FieldName, tuple[FieldName, ...]] = {
    "country": ("location",),  # a country named in the location
    "workplace": ("location", "applicant_region"),  # 'Remote (EU)' in the location; one finder gives both
    "applicant_region": ("workplace",),
    "employment_type": ("title",),  # 'Developer (CDI)'
    "date_posted": ("valid_through",),  # one finder reads both dates
    "valid_through": ("date_posted",),
    "experience_years_min": ("qualifications",),
    "skills": ("responsibilities", "qualifications"),
    "seniority": ("title", "responsibilities", "qualifications"),  # the title, else the duties or the years
    "hours": ("country",),  # the full-time week assumed where a share of it is given
    "contacts": ("country", "apply_url"),  # phone numbers read in the country; the apply address is no contact
    "security_clearance": ("qualifications",),  # only preferred when it is a preferred qualification's
    "occupation": ("title", "company", "location", "language", "skills", "responsibilities", "qualifications"),
    "fingerprint": ("title", "company", "location"),
}


def _with_needs(asked: Set[FieldName]) -> frozenset[FieldName]:
    found = set(asked)
    stack = list(asked)
    while stack:
        for needed in _NEEDS.get(stack.pop(), ()):
            if needed not in found:
                found.add(needed)
                stack.append(needed)
    return frozenset(found)


@dataclass(frozen=True)
class ParseOptions:
    """How :func:`jobspec.parse` treats its input.

    The defaults suit real postings; the limits exist so that a pipeline fed
    hostile input answers promptly instead of running out of memory. The
    stages run in time linear in the size of their input, and only the first
    ``max_body_lines`` lines and ``max_body_chars`` characters of the body are
    read, so a megabyte of any input parses in well under two seconds on one
    core (real postings are a few KB and take milliseconds).
    ``benchmarks/hostile.py`` measures it.

    Defaults: ``max_input_bytes`` 16 MiB (over it:
    :class:`~jobspec.errors.InputTooLargeError`); ``max_front_matter_bytes``
    1 MiB, ``max_front_matter_nodes`` 10,000 and ``max_front_matter_depth`` 32
    (over any of them the front matter is not loaded: a
    :class:`~jobspec.errors.FrontMatterError` with ``strict=True``, otherwise
    an ``error`` diagnostic, and the body is parsed without it);
    ``max_body_lines`` 10,000 and ``max_body_chars`` 256 Ki (the body past
    either is kept in ``body`` but not read: a ``body-lines-not-read``
    warning).
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

    max_body_lines: int = 10_000
    """Lines of the body past this (10,000) are kept in ``posting.body`` but not read for sections, items or facts.

    Real postings are a few hundred lines long (the longest of the 141 real
    ones in the project's evaluation has 148); a body of tens of thousands of
    headings or list entries is built to cost time, since each is a section
    or an item that every stage reads. A ``body-lines-not-read`` warning
    names the first line left unread.
    """

    max_body_chars: int = 256 * 1024
    """Characters of the body past this (262,144) are kept in ``posting.body`` but not read, as for ``max_body_lines``.

    The longest real posting seen has 15,000 characters. The body is cut at
    the end of the last line that fits (inside a longer line when the first
    one is already too long).
    """

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

    identify_language: Callable[[str], str | None] | None = None
    """A function that names the language a text is written in (an ISO 639-1 code such as
    ``"de"``, or None when it cannot tell), used instead of jobspec's own detector
    (:func:`jobspec.facts.language.detect_language`) when the front matter names no
    language. It is given the body, and the text of the front matter's values when the
    body says too little. A statistical identifier is more accurate on short or mixed
    texts; with py3langid, for example::

        import py3langid
        ParseOptions(identify_language=lambda text: py3langid.classify(text)[0])

    :func:`jobspec.batch.parse_many` hands it to workers as the other options: where
    they are not forked (Windows, macOS), it must be a function importable by name,
    not a lambda."""

    fields: Collection[str] | None = None
    """The fields of the posting to compute (names from :data:`FIELDS`, kept as a frozenset); None computes
    every one.

    A pipeline that wants only the items asks for ``{"responsibilities",
    "qualifications"}`` and the stages nothing asked for are skipped: the
    facts, skills, working conditions, benefit categories, occupation. A
    field is also computed when one asked for is computed from it (skills
    from the items, the country from the location, …), and then given. The
    others are None or empty, and named in ``posting.not_computed``, so that
    None never passes for "not found". Sections, front matter, body,
    diagnostics, source and provenance are always there; a section's items
    are those of the item fields computed. ``"fingerprint"`` here computes
    the fingerprint as ``fingerprint=True`` does.
    """

    def __post_init__(self) -> None:
        if self.fields is None:
            return
        if isinstance(self.fields, str) or not isinstance(self.fields, Collection):
            raise TypeError(f"fields must be a set or list of field names, not {type(self.fields).__name__}")
        unknown = sorted(name for name in self.fields if name not in FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}; the fields are {', '.join(FIELDS)}")
        object.__setattr__(self, "fields", frozenset(self.fields))

    @cached_property
    def computed_fields(self) -> frozenset[FieldName]:
        """The fields a parse with these options computes: those asked for and those they are computed from.

        >>> sorted(ParseOptions(fields={"skills"}).computed_fields)
        ['qualifications', 'responsibilities', 'skills']
        """
        asked: set[FieldName] = (
            {name for name in FIELDS if name != "fingerprint"}
            if self.fields is None
            else {name for name in FIELDS if name in self.fields}
        )
        if self.fingerprint:
            asked.add("fingerprint")
        found = set(_with_needs(asked))
        if not self.find_skills:
            found.discard("skills")
        if self.occupations is False:
            found.discard("occupation")
        return frozenset(found)

    @property
    def not_computed(self) -> list[FieldName]:
        """The fields a parse with these options leaves out, in :data:`FIELDS` order (never the fingerprint,
        which is computed only when asked for, so that its None always means "not asked")."""
        return [name for name in FIELDS if name not in self.computed_fields and name != "fingerprint"]

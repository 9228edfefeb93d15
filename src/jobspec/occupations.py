"""Stage 9: the posting's occupation — ESCO occupation, ISCO-08 unit group, O*NET-SOC and SOC 2018 codes.

Coding is done offline from an index shipped with jobspec
(``jobspec/data/occupations.json.gz``), built by ``scripts/build_occupations.py``
from ESCO v1.2.1 (labels in English, German, French, Spanish, Dutch and
Polish), O*NET 29.2 (titles, alternate and reported titles, descriptions,
technology examples) and their crosswalks. It is loaded once per process, on
first use.

How a posting is coded:

1. **Title.** The title is read as words (:mod:`jobspec.occupation_words`):
   gender markers, seniority, contract and hiring words, its place and
   employer do not count. Every run of its words is looked up among the
   labels of every language, written apart or together (``Software
   Entwickler`` meets ``Softwareentwickler``; ``Frontend Developer`` meets
   ``front end developer``). A run that meets a label speaks for the
   occupations of that label, by how much of the title it covers, which kind
   of label it is (preferred, alternative, hidden, O*NET title, O*NET
   alternate or reported title) and whether its language is the posting's.
   A few title words point to an occupation on their own ("iOS", "Frontend",
   "DevOps"); when the title names nothing, the first headings are read.
2. **Body.** The duties and requirements (the whole body when too few were
   found) are read as word stems and compared with each ISCO unit group's
   and each candidate occupation's words (their labels, ESCO descriptions,
   O*NET descriptions and technology examples). The groups that share most
   propose candidates of their own, which codes postings whose title is
   vague ("Ninja") or missing.
3. **Skills.** The posting's skills point to groups (those whose O*NET
   occupations use them) and, for families of technologies, to one
   occupation (Swift and Kotlin to mobile application developer; one skill
   of a family alone counts half).
4. **Decision and score.** Each candidate's evidence is the title's, kept as
   far as the body and skills agree with its group, plus theirs. The best
   candidate's evidence and its lead over the best candidate of another
   group are mapped to a probability that its ISCO group is right by a
   logistic curve (:attr:`Classification.calibration`); below
   :data:`SCORE_FLOOR` a posting has no occupation. The documentation's
   page on occupation coding says what the curve was fitted on and how well
   it holds.

A classification of your own (a national one, say) loads from a CSV file with
the columns ``id, label, group`` and, optionally, ``group_label``,
``aliases`` (separated by ``|``), ``language``, ``description``,
``onet_soc_code`` and ``soc_2018_code``; several rows may share an ``id``
(one per language, say).
"""

from __future__ import annotations

import csv
import gzip
import heapq
import io
import itertools
import json
import math
import operator
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final, NamedTuple, TypeVar

from .errors import JobspecError
from .models import JobPosting, LabelKind, Occupation
from .occupation_words import (
    HEAD_NOUNS,
    TitleWords,
    body_stems,
    first_words_of_lowered,
    fold,
    label_variants,
    place_and_employer,
    stem_set_of_lowered,
    title_readings,
)

__all__ = [
    "SCORE_FLOOR",
    "Classification",
    "ClassificationBuilder",
    "OccupationEntry",
    "code_posting",
    "default_classification",
    "group_titles",
    "posting_inputs",
    "shipped_curve",
]

INDEX_FORMAT = 2
"""Version of :meth:`Classification.to_index`'s object; format 1 (each stem's groups as a list of numbers) reads too."""
SCORE_FLOOR = 0.15
"""Postings whose best candidate scores below this have no occupation."""

# --- how much each piece of evidence counts ----------------------------------------------

KIND_WEIGHT: dict[str, float] = {
    "preferred": 1.0,
    "alternative": 0.95,
    "hidden": 0.85,
    "onet_title": 0.8,
    "onet_reported": 0.75,
    "onet_alternate": 0.65,
    "title_word": 0.7,
    "label_word": 0.5,
}
"""How much a label of each kind says about its occupation. O*NET titles count for less: they reach
ESCO occupations through a crosswalk coarser than ESCO (O*NET's software developers are one
occupation, ESCO's several)."""
_KIND_OF_LETTER = dict(zip("pahtrowl", KIND_WEIGHT, strict=True))
_LETTER_OF_KIND = {kind: letter for letter, kind in _KIND_OF_LETTER.items()}
_WEIGHT_OF_LETTER = {letter: KIND_WEIGHT[kind] for letter, kind in _KIND_OF_LETTER.items()}
OTHER_LANGUAGE_WEIGHT = 0.85
"""A label in another language than the posting's."""
ENGLISH_LABEL_WEIGHT = 0.95
"""An English label in a posting of another language (English titles are common everywhere)."""
TRANSLATED_WEIGHT = 0.9
"""A title reading put into English through the glossary."""
REORDERED_WEIGHT = 0.9
"""A label met by title words taken in another order ("Developer Android" as "android developer")."""
SKIPPED_WORD_WEIGHT = 0.9
"""A label met by a title's words with one word between them left out ("Office Management Coordinator")."""
SURROUNDING_LABEL_WEIGHT = 0.8
"""A label that holds all of a title's words and more ("conductor de camión de mudanzas" for "Conductor de camión"),
before it is shared among the occupations whose labels hold them."""
ICT_TITLE_WORD_FACTOR = 1.4
"""Title words of ICT work weigh this much more than other title words (1.4 × 0.7 ≈ a preferred label)."""
MANAGER_MAJOR_GROUP = "1"
"""ISCO-08 major group 1: managers."""
UNNAMED_MANAGER_FACTOR = 0.7
"""What a manager's occupation keeps of its evidence when the title names no one who manages
("Social Media Specialist", "Finance Associate", "Praktikant"): major group 1 holds those who
plan, direct and coordinate, and their titles say so."""
_MANAGER_WORDS = re.compile(
    r"manag|direct|head\b|chief|\blead|supervis|president|\bvp\b|\bc[eftoim]o\b|owner|founder|"
    r"leiter|leitung|führung|geschäftsführ|vorstand|chef|hoofd|leidinggevend|responsable|gerente|jefe|"
    r"dirig|diretor|direttor|coordinat|coördinat|koordinat|coordenad|kierownik|dyrektor|menedżer|szef|"
    r"prezes|ledare|föreståndare|leder|cheffe|capo|encargad",
    re.IGNORECASE,
)


def names_a_manager(title: str) -> bool:
    """Whether a title names someone who manages, directs, leads or coordinates (in the languages coded)."""
    return _MANAGER_WORDS.search(title) is not None


ICT_GROUPS = ("25", "35", "133")
"""ISCO groups of ICT work (professionals, technicians, service managers)."""
ICT_WEIGHT = 0.95
"""A label met with "ICT" put before the title's words, in a posting whose skills are those of ICT work."""
OTHER_WORK_FACTOR = 0.8
"""What a label of work outside ICT keeps of its strength in a title whose words name ICT work, in an ICT posting."""
HEADING_WEIGHT = 0.6
"""A label met in a heading of the body rather than in the title."""
TITLE_KEPT = 0.9
"""Share of a title's evidence kept when neither body nor skills point to the candidate's group."""
GROUP_BODY_WEIGHT = 0.4
"""How much the body's likeness to a candidate's group (relative to the likest group's) adds."""
BODY_WEIGHT = 0.1
"""How much the body's likeness to the candidate itself (relative to the likest candidate's) adds."""
SKILL_WEIGHT = 0.3
"""How much the groups the posting's skills point to (relative to the best group's) add."""
SKILL_OCCUPATION_WEIGHT = 0.3
"""How much a family of technologies pointing to the candidate (relative to the best) adds."""
FAMILY_SKILLS = 2
"""How many skills of a family point to its occupation in full; one alone counts for half (a technology is
used in many jobs: one says less than two of a kind)."""
PRIOR_WEIGHT = 0.03
"""How much an occupation's commonness (how many labels it has, 0 to 1) adds: it breaks near ties."""

# --- how much is looked at ----------------------------------------------------------------

MIN_LABEL_CHARS = 3
"""Labels shorter than this ("dr") are not indexed: abbreviations that mean many things."""
SPECIFIC_HEADS = 3
"""A one-word label that heads the labels of more occupations than this counts for less."""
MAX_HEAD_OCCUPATIONS = 40
"""A word that begins or ends the labels of more occupations than this ("manager") is not a label word."""
MAX_LABEL_WORDS = 7
"""Longest run of title words looked up."""
MAX_JOINED_WORDS = 3
"""Longest run of title words looked up written together ("software entwickler" as "softwareentwickler")."""
HEAD_FINAL_WORDS = 2
"""Words after a head noun tried before it ("Developer Android" → "android developer")."""
GENERIC_TITLE_WORDS = frozenset(
    {"software", "application", "applications", "app", "apps", "engineering", "development"}
)
"""Words that go with a title word pointing to an occupation, as its head nouns do."""
MAX_HEADINGS = 6
"""Headings read as titles when the title names nothing (a missing title is often among the first)."""
STRONG_TITLE = 0.6
"""Title evidence from which the title alone proposes candidates (the body only weighs them)."""
BODY_DENIAL = 2.0
"""How many times more the body must point to another group than to an O*NET title's to deny it."""
DENIED_TITLE_FACTOR = 0.5
"""What an O*NET alternate title keeps of its evidence when the body denies it."""
BODY_GROUPS = 3
"""Groups the body proposes when the title is weaker than :data:`STRONG_TITLE`."""
MIN_BODY_STEMS = 5
"""Stems the body must share with the groups' words to propose any: fewer ("excel", "sap") say nothing
of the work, as in a posting in a language without labels here, yet the likeness would make the most
of them (it is relative to the likest group)."""
SKILL_PROPOSED = 2
"""Groups the skills propose."""
GROUP_MEMBERS = 4
"""Occupations of a proposed group that become candidates: its most common ones (most labels)."""
RERANKED = 4
"""Leading candidates whose own words are compared with the body."""
VECTOR_TERMS = 80
"""Stems kept per occupation."""
GROUP_VECTOR_TERMS = 200
"""Stems kept per group."""
POSTING_GROUPS = 15
"""Groups listed per stem (those where it weighs most)."""
WEIGHT_UNIT = 100
"""A stem's weight in a group (in thousandths of a unit vector) counts once per this much, at least once."""
SKILL_MEMORY = 4096
"""Skill names whose groups and occupations are kept once read (names repeat across postings: Python, Excel)."""
TITLE_MEMORY = 4096
"""Titles and headings whose occupations are kept once read (they repeat across a batch: "Software Engineer",
and a site's headings across its postings)."""
_MAX_BODY_CHARS = 20_000
_CSV_COLUMNS = ("id", "label", "group")


@dataclass(frozen=True)
class OccupationEntry:
    """One occupation of a classification."""

    id: str
    """ESCO URI, or the id of a classification of your own."""
    label: str
    """Preferred label."""
    group: str
    """ISCO-08 unit group (4 digits), or the group of a classification of your own."""
    onet_soc_code: str | None = None
    soc_2018_code: str | None = None


class _Hit(NamedTuple):
    """Title (or heading) words that met a label (a named tuple: made for every occupation a label names)."""

    strength: float
    words: str
    label: str
    kind: str
    language: str
    source: str


class _Candidate:
    """An occupation with the evidence for it, each piece from 0 to 1."""

    __slots__ = (
        "body",
        "factor",
        "group_body",
        "group_skills",
        "occupation",
        "prior",
        "skills",
        "title",
        "title_strength",
        "total",
    )

    def __init__(self, occupation: int, prior: float, title: _Hit | None = None) -> None:
        self.occupation = occupation
        self.prior = prior
        self.title = title
        self.title_strength = title.strength if title is not None else 0.0
        """The strength of the title's hit, 0 without one (read as often as the candidate is weighed)."""
        self.body = 0.0
        self.group_body = 0.0
        self.group_skills = 0.0
        self.skills = 0.0
        self.factor = 1.0
        """What the evidence is multiplied by: less than 1 for a manager's occupation the title names no manager of."""
        self.total = 0.0
        """The evidence summed by :meth:`weigh` (candidates are sorted by it many times)."""

    def weigh(self) -> None:
        """Sum the evidence into :attr:`total`; again whenever a piece of it changes."""
        group_body, group_skills = self.group_body, self.group_skills
        agreement = TITLE_KEPT + (1.0 - TITLE_KEPT) * (group_skills if group_skills > group_body else group_body)
        self.total = self.factor * (
            self.title_strength * agreement
            + GROUP_BODY_WEIGHT * group_body
            + BODY_WEIGHT * self.body
            + SKILL_WEIGHT * group_skills
            + SKILL_OCCUPATION_WEIGHT * self.skills
            + PRIOR_WEIGHT * self.prior
        )


class _Vector(NamedTuple):
    """The words of a group or an occupation: stems with their weights."""

    weights: Mapping[str, float]
    stems: frozenset[str]
    """The stems of ``weights`` again: a set meets a frozenset sooner than it meets the keys of a dict."""

    @classmethod
    def of(cls, weights: Mapping[str, float]) -> _Vector:
        return cls(weights, frozenset(weights))

    def likeness(self, stems: set[str]) -> float:
        """The summed weights of the stems shared with ``stems`` (by math.fsum: the same in any order)."""
        return math.fsum(map(self.weights.__getitem__, stems & self.stems))


def _openers(table: Mapping[str, object]) -> frozenset[str]:
    """The keys of a table of title words and every start of them: a title word that is none of these
    neither is a key nor begins two title words written together that are one."""
    return frozenset(key[:end] for key in table for end in range(1, len(key) + 1))


_GROUP_ITEM: Final = "I"
"""The groups of a stem as loaded: unsigned integers of 4 bytes (``memoryview.cast`` of the joined groups of
a body's stems counts them without making an object per item, as a list of numbers would)."""
_GROUP_ENCODING = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"


def _packed_groups(groups: str) -> bytes:
    """The groups of a stem (a character per group, see :func:`_postings`) as :data:`_GROUP_ITEM` integers."""
    return groups.encode(_GROUP_ENCODING, "surrogatepass")  # any index below 0x110000, the surrogates' too


def _unpacked_groups(packed: bytes) -> str:
    return packed.decode(_GROUP_ENCODING, "surrogatepass")


@cache
def _thousandths(digits: str) -> float:
    """A weight of the index, written in thousandths, as a number: one object per value, which every
    occupation's and skill's weights of that value share (a posting reads fewer places in memory)."""
    return int(digits) / 1000


def _units(weight: int) -> int:
    """A stem's weight in a group as the number of times it is listed for the group (see ``_postings``)."""
    return max(1, round(weight / WEIGHT_UNIT))


_OCCUPATION_OF = operator.attrgetter("occupation")
_TOTAL_OF = operator.attrgetter("total")


def _ranked(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """The candidates by their evidence, most first, and among equals by occupation.

    Two sorts by attribute (the second keeps the first's order among equals) cost less than one
    whose key is a function of Python making a pair per candidate.
    """
    return sorted(sorted(candidates, key=_OCCUPATION_OF), key=_TOTAL_OF, reverse=True)


class Classification:
    """Occupations with their labels and words, and the coder that matches a posting against them.

    Build one with :meth:`from_file` (a CSV of your own) or
    :class:`ClassificationBuilder`; :func:`default_classification` is the one
    shipped with jobspec (ESCO with O*NET titles).
    """

    def __init__(
        self,
        *,
        name: str,
        occupations: Sequence[OccupationEntry],
        groups: Mapping[str, str],
        labels: dict[str, str],
        label_starts: Iterable[str] | None = None,
        vectors: Sequence[str],
        group_codes: Sequence[str],
        group_vectors: Sequence[str],
        postings: Mapping[str, str],
        skill_groups: dict[str, str] | None = None,
        skill_occupations: dict[str, list[int]] | None = None,
        title_words: dict[str, list[int]] | None = None,
        ict_title_words: dict[str, list[int]] | None = None,
        label_heads: dict[str, list[int]] | None = None,
        priors: Sequence[float] | None = None,
        calibration: Sequence[float] | None = None,
        isco_groups: bool = False,
    ) -> None:
        self.name = name
        self.isco_groups = isco_groups
        """Whether the groups are ISCO-08 unit groups (major group 1 the managers), as the shipped ones are."""
        self.occupations = tuple(occupations)
        self.groups = dict(groups)
        """Titles of the groups, of every level (ISCO major, sub-major, minor and unit groups)."""
        self.calibration = tuple(calibration) if calibration is not None else shipped_curve()
        """Intercept and slopes (evidence, lead) of the logistic curve that gives the score.

        By default the curve fitted for the shipped classification (``jobspec/data/occupation_score.json``).
        """
        self._labels = labels
        self._first_words = {key.partition(" ")[0] for key in labels} if label_starts is None else set(label_starts)
        self._vectors = list(vectors)
        self._group_codes = list(group_codes)
        self._group_index = {code: index for index, code in enumerate(self._group_codes)}
        managers = (index for index, code in enumerate(self._group_codes) if code.startswith(MANAGER_MAJOR_GROUP))
        self._manager_groups = frozenset(managers if isco_groups else ())
        """The groups (by index) of managers, for the manager rule: none when the groups are not ISCO-08."""
        self._group_vectors = list(group_vectors)
        self._group_cache: dict[int, _Vector] = {}
        self._postings = dict(zip(postings, map(_packed_groups, postings.values()), strict=True))
        self._skill_groups = skill_groups or {}
        self._skill_occupations = skill_occupations or {}
        self._title_words = title_words or {}
        self._ict_title_words = ict_title_words or {}
        self._title_word_openers = _openers(self._title_words)
        self._ict_title_word_openers = _openers(self._ict_title_words)
        self._label_heads = label_heads or {}
        self._labels_by_ends: dict[str, list[str]] | None = None  # built on first use: few titles need it
        self._priors = list(priors) if priors is not None else [0.0] * len(self.occupations)
        self._occupation_group = [self._group_index.get(entry.group, -1) for entry in self.occupations]
        self._members: dict[int, list[int]] = {}  # by group index, most common first
        for position in sorted(range(len(self.occupations)), key=lambda p: (-self._priors[p], p)):
            self._members.setdefault(self._occupation_group[position], []).append(position)
        self._position: dict[str, int] | None = None
        self._entry_cache: dict[str, list[tuple[int, str, str, float]]] = {}
        self._vector_cache: dict[int, _Vector] = {}
        self._skill_cache: dict[str, tuple[list[tuple[int, float]], Sequence[int]]] = {}
        self._title_cache: dict[tuple[str, str, str | None, frozenset[str], bool], dict[int, _Hit]] = {}

    def prepare(self) -> dict[str, list[str]]:
        """Build now the table of labels by their first and last words, which the first title that
        names no label whole would build (0.1 s): :func:`jobspec.warm_up` calls it before workers fork."""
        if self._labels_by_ends is None:
            self._labels_by_ends = _labels_by_ends(self._labels)
        return self._labels_by_ends

    def __len__(self) -> int:
        return len(self.occupations)

    def group_of(self, occupation_id: str) -> str | None:
        """The group of the occupation with this id (an ESCO URI for the shipped one), or None."""
        if self._position is None:
            self._position = {entry.id: position for position, entry in enumerate(self.occupations)}
        position = self._position.get(occupation_id)
        return None if position is None else self.occupations[position].group

    def __repr__(self) -> str:
        return f"Classification({self.name!r}, {len(self)} occupations)"

    # --- building, loading and saving ------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | Path, *, name: str | None = None) -> Classification:
        """Load a classification of your own from a CSV file (columns in the module docstring)."""
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise JobspecError(f"cannot read classification: {exc}", path=str(source)) from None
        return cls.from_csv(text, name=name or source.stem, where=str(source))

    @classmethod
    def from_csv(cls, text: str, *, name: str = "custom", where: str | None = None) -> Classification:
        """A classification from CSV text (see :meth:`from_file`)."""
        reader = csv.DictReader(io.StringIO(text))
        missing = [column for column in _CSV_COLUMNS if column not in (reader.fieldnames or ())]
        if missing:
            raise JobspecError(f"classification lacks the column(s) {', '.join(missing)}", path=where, line=1)
        builder = ClassificationBuilder(name)
        for row in reader:
            builder.add_row(row, where=where, line=reader.line_num)
        if not builder.occupations:
            raise JobspecError("classification holds no occupations", path=where)
        return builder.build()

    @classmethod
    def from_index(cls, data: Mapping[str, Any]) -> Classification:
        """A classification from the JSON object :meth:`to_index` gives."""
        if data.get("format") not in (1, INDEX_FORMAT):
            raise JobspecError(f"occupation index of format {data.get('format')!r}; this jobspec reads {INDEX_FORMAT}")
        postings = data["postings"]
        if data["format"] == 1:  # each stem's groups as a list of numbers
            postings = {stem: "".join(map(chr, groups)) for stem, groups in postings.items()}
        prefix = data.get("id_prefix", "")
        rows = data["occupations"]
        return cls(
            name=data["name"],
            occupations=[OccupationEntry(prefix + r[0], r[1], r[2], r[3] or None, r[4] or None) for r in rows],
            groups=data["groups"],
            labels=dict(zip(data["label_keys"].split("\n"), data["label_values"].split("\n"), strict=True)),
            label_starts=data["first_words"].split("\n"),
            vectors=data["vectors"].split("\n"),
            group_codes=data["group_codes"],
            group_vectors=data["group_vectors"].split("\n"),
            postings=postings,
            skill_groups=data["skill_groups"],
            skill_occupations=data["skill_occupations"],
            title_words=data["title_words"],
            ict_title_words=data["ict_title_words"],
            label_heads=data["label_heads"],
            priors=[row[5] for row in rows],
            calibration=data.get("calibration"),
            isco_groups=bool(data.get("isco_groups", False)),
        )

    def to_index(self, *, id_prefix: str = "") -> dict[str, Any]:
        """This classification as a JSON-safe object (what the build script ships, gzipped, without its curve)."""
        rows = [
            [o.id.removeprefix(id_prefix), o.label, o.group, o.onet_soc_code or "", o.soc_2018_code or "", prior]
            for o, prior in zip(self.occupations, self._priors, strict=True)
        ]
        return {
            "format": INDEX_FORMAT,
            "name": self.name,
            "isco_groups": self.isco_groups,
            "id_prefix": id_prefix,
            "calibration": list(self.calibration),
            "groups": self.groups,
            "occupations": rows,
            "label_keys": "\n".join(self._labels),
            "label_values": "\n".join(self._labels.values()),
            "first_words": "\n".join(sorted(self._first_words)),
            "vectors": "\n".join(self._vectors),
            "group_codes": self._group_codes,
            "group_vectors": "\n".join(self._group_vectors),
            "postings": self._posting_groups(),
            "skill_groups": self._skill_groups,
            "skill_occupations": self._skill_occupations,
            "title_words": self._title_words,
            "ict_title_words": self._ict_title_words,
            "label_heads": self._label_heads,
        }

    def with_calibration(self, calibration: Sequence[float]) -> Classification:
        """The same classification with another score curve (intercept, evidence slope, lead slope)."""
        return Classification(
            name=self.name,
            isco_groups=self.isco_groups,
            occupations=self.occupations,
            groups=self.groups,
            labels=self._labels,
            label_starts=self._first_words,
            vectors=self._vectors,
            group_codes=self._group_codes,
            group_vectors=self._group_vectors,
            postings=self._posting_groups(),
            skill_groups=self._skill_groups,
            skill_occupations=self._skill_occupations,
            title_words=self._title_words,
            ict_title_words=self._ict_title_words,
            label_heads=self._label_heads,
            priors=self._priors,
            calibration=calibration,
        )

    def _posting_groups(self) -> dict[str, str]:
        """The body's index as built and saved: for each stem, its groups as characters (see :func:`_postings`)."""
        return {stem: _unpacked_groups(packed) for stem, packed in self._postings.items()}

    # --- coding ---------------------------------------------------------------------------

    def code(
        self,
        title: str | None,
        *,
        language: str | None = None,
        texts: Sequence[str] = (),
        skills: Sequence[str] = (),
        headings: Sequence[str] = (),
        location: str | None = None,
        company: str | None = None,
    ) -> Occupation | None:
        """The occupation of a posting with this title and body, or None when nothing scores above the floor.

        ``texts`` are its duties and requirements, ``skills`` the names of
        the skills found in them, ``headings`` the headings of its body
        (read as titles when the title names nothing); ``location`` and
        ``company`` are left out of the title.

        >>> found = default_classification().code("Senior Software Engineer (m/w/d)")
        >>> found.isco_code, found.esco_label
        ('2512', 'software developer')
        """
        body = _lowered_body(texts)
        ranked, stems = self._rank(title, language, body, skills, headings, location, company)
        return self._occupation(ranked, stems, body) if ranked else None

    def rank(
        self,
        title: str | None,
        *,
        language: str | None = None,
        texts: Sequence[str] = (),
        skills: Sequence[str] = (),
        headings: Sequence[str] = (),
        location: str | None = None,
        company: str | None = None,
    ) -> tuple[list[_Candidate], set[str]]:
        """The candidates, best first, and the body's stems (what :meth:`code` decides from)."""
        return self._rank(title, language, _lowered_body(texts), skills, headings, location, company)

    def _rank(
        self,
        title: str | None,
        language: str | None,
        body: str,
        skills: Sequence[str],
        headings: Sequence[str],
        location: str | None,
        company: str | None,
    ) -> tuple[list[_Candidate], set[str]]:
        """:meth:`rank` of a body already joined and lowered (:func:`_lowered_body`), which code reads again."""
        skill_groups, hinted = self._read_skills(skills)
        by_skills = _heaviest_keys(skill_groups, SKILL_PROPOSED)
        ict = bool(hinted) or any(self._group_codes[group].startswith(ICT_GROUPS) for group in by_skills[:1])
        stems = stem_set_of_lowered(body) if body else set()
        candidates = self._title_candidates(title, language, location, company, headings, ict=ict)
        strong = any(candidate.title_strength >= STRONG_TITLE for candidate in candidates.values())
        denying = self._counts_denying_onet_title(candidates, stems) if strong else None
        if denying is not None:
            strong = False
            _weaken_onet_titles(candidates.values())
        if strong:
            # The title names the occupation: the body only weighs the groups of its candidates.
            groups = {self._occupation_group[o] for o in candidates} | set(by_skills)
            likeness: Mapping[int, float] = {group: self._group_likeness(stems, group) for group in groups}
            most_like = max(likeness.values(), default=0.0)
            proposed = by_skills
        else:
            # The title says little: the groups the body shares most words with propose candidates too.
            counts = denying if denying is not None else self._body_group_counts(stems)
            likeness = counts
            by_body = _heaviest_keys(counts, BODY_GROUPS)  # the groups of counts.most_common
            most_like = counts[by_body[0]] if by_body else 0
            proposed = by_body + by_skills
            if not ict and any(self._group_codes[group].startswith(ICT_GROUPS) for group in by_body[:1]):
                candidates = self._title_candidates(title, language, location, company, headings, ict=True)
        priors = self._priors
        for group in proposed:
            for occupation in self._members.get(group, ())[:GROUP_MEMBERS]:
                if occupation not in candidates:
                    candidates[occupation] = _Candidate(occupation, priors[occupation])
        for occupation in hinted:
            if occupation not in candidates:
                candidates[occupation] = _Candidate(occupation, priors[occupation])
        if not candidates:
            return [], stems
        # Body and skills, each relative to the group (or occupation) they point to most.
        # Relative to the likest group, but a body that shares few stems with any group says little.
        best_body = max(most_like, MIN_BODY_STEMS) if not strong else (most_like or 1)
        best_skills = skill_groups[by_skills[0]] if by_skills else 1.0
        most_hinted = max(max(hinted.values(), default=0), FAMILY_SKILLS)
        group_of = self._occupation_group
        manager_groups = self._manager_groups
        names_manager: bool | None = None  # asked once, of a title with a manager's occupation among its candidates
        for candidate in candidates.values():
            group = group_of[candidate.occupation]
            if title is not None and group in manager_groups:
                if names_manager is None:
                    names_manager = _names_a_manager_kept(title)
                if not names_manager:
                    candidate.factor *= UNNAMED_MANAGER_FACTOR
            candidate.group_body = likeness.get(group, 0) / best_body
            candidate.group_skills = skill_groups.get(group, 0.0) / best_skills
            candidate.skills = hinted.get(candidate.occupation, 0) / most_hinted
            candidate.weigh()
        ranked = _ranked(candidates.values())
        # The body is compared with single occupations only for the leading candidates, and only when
        # the leader is close enough to be overtaken: it decides between close ones, and is costly.
        leading = ranked[:RERANKED]
        if len(leading) > 1 and leading[0].total - leading[1].total < BODY_WEIGHT:
            self._weigh_occupations(leading, stems)
        return _ranked(leading) + ranked[RERANKED:], stems

    def _counts_denying_onet_title(self, candidates: dict[int, _Candidate], stems: set[str]) -> Counter[int] | None:
        """The body's group counts (:meth:`_body_group_counts`) when the title is strong only by O*NET
        alternate titles and the body points to other work far more than to theirs ("Care Assistant" is
        an O*NET title of animal caretakers; a body of residents, washing and meals is of health care);
        else None. Returned, not only asked, so that the body's groups are counted once."""
        strong = [c for c in candidates.values() if c.title_strength >= STRONG_TITLE]
        if not stems or any(c.title is None or c.title.kind != "o" for c in strong):
            return None
        counts = self._body_group_counts(stems)
        if not counts:
            return None
        group_of = self._occupation_group
        titled = max((counts.get(group_of[c.occupation], 0) for c in strong), default=0)
        return counts if counts.most_common(1)[0][1] >= BODY_DENIAL * max(titled, 1) else None

    def features(self, ranked: Sequence[_Candidate]) -> tuple[float, float]:
        """Evidence of the best candidate and its lead over the best of another group (what the score reads)."""
        best = ranked[0]
        group = self.occupations[best.occupation].group
        rival = next((c.total for c in ranked[1:] if self.occupations[c.occupation].group != group), 0.0)
        return best.total, best.total - rival

    def score(self, evidence: float, lead: float) -> float:
        """The probability that a candidate with this evidence and lead has the right group."""
        intercept, slope, lead_slope = self.calibration
        return 1.0 / (1.0 + math.exp(-(intercept + slope * evidence + lead_slope * lead)))

    def _occupation(self, ranked: list[_Candidate], stems: set[str], body: str) -> Occupation | None:
        evidence, lead = self.features(ranked)
        score = self.score(evidence, lead)
        if score < SCORE_FLOOR:
            return None
        best = ranked[0]
        entry = self.occupations[best.occupation]
        alternatives = []
        for candidate in ranked[1:4]:
            other = self.occupations[candidate.occupation]
            chance = self.score(candidate.total, candidate.total - evidence)
            alternatives.append(
                {"esco_uri": other.id, "esco_label": other.label, "isco_code": other.group, "score": round(chance, 3)}
            )
        # One validation of plain data costs less than building each nested model.
        return Occupation.model_validate(
            {
                "esco_uri": entry.id,
                "esco_label": entry.label,
                "isco_code": entry.group,
                "isco_label": self.groups.get(entry.group),
                "onet_soc_code": entry.onet_soc_code,
                "soc_2018_code": entry.soc_2018_code,
                "score": round(score, 3),
                "matched": self._evidence(best, stems, body),
                "alternatives": alternatives,
                "classification": self.name,
            }
        )

    def _evidence(self, candidate: _Candidate, stems: set[str], body: str) -> list[dict[str, Any]]:
        """What spoke for the chosen candidate: its title words and label, and the body's words it shares."""
        matched: list[dict[str, Any]] = []
        hit = candidate.title
        if hit is not None:
            matched.append(
                {
                    "source": "title" if hit.source == "title" else "heading",
                    "text": hit.words,
                    "label": hit.label,
                    "label_kind": _KIND_OF_LETTER[hit.kind],
                    "language": hit.language or None,
                    "weight": round(hit.strength, 3),
                }
            )
        if candidate.body > 0 or candidate.group_body > 0:
            vector = self._vector(candidate.occupation)
            shared = _heaviest_keys(vector.weights, 6, among=sorted(stems & vector.stems))
            words = first_words_of_lowered(shared, body)
            if words:
                weight = round(max(candidate.body, candidate.group_body), 3)
                shared_words = {"source": "body", "text": ", ".join(words), "weight": weight}
                stronger = hit is None or weight * GROUP_BODY_WEIGHT > hit.strength
                matched.insert(0, shared_words) if stronger else matched.append(shared_words)
        return matched

    # --- title ------------------------------------------------------------------------------

    def _title_candidates(
        self,
        title: str | None,
        language: str | None,
        location: str | None,
        company: str | None,
        headings: Sequence[str],
        *,
        ict: bool,
    ) -> dict[int, _Candidate]:
        """The occupations the title names (or, when it names none, the first headings), each with its hit."""
        ignored = place_and_employer(location, company)
        hits = self._title_hits(title, "title", language, ignored, ict=ict) if title else {}
        if not hits:  # no title, or one that names nothing: the first headings may
            hits = {}
            for heading in headings[:MAX_HEADINGS]:
                for occupation, hit in self._title_hits(heading, "heading", language, ignored, ict=ict).items():
                    known = hits.get(occupation)
                    if known is None or hit.strength > known.strength:  # what _keep does, a heading after another
                        hits[occupation] = hit
        priors = self._priors
        return {occupation: _Candidate(occupation, priors[occupation], hit) for occupation, hit in hits.items()}

    def _title_hits(
        self, text: str, source: str, language: str | None, ignored: frozenset[str], *, ict: bool
    ) -> Mapping[int, _Hit]:
        """The occupations a title (or a heading) names, each with its strongest hit; kept once read (see
        :data:`TITLE_MEMORY`): the same words of the same language name the same occupations."""
        key = (text, source, language, ignored, ict)
        known = self._title_cache.get(key)
        if known is None:
            if len(self._title_cache) >= TITLE_MEMORY:
                self._title_cache.clear()
            known = {}
            named: set[int] = set()
            for reading in title_readings(text, ignored=ignored):
                named.update(self._meet_labels(reading, language, source, known, ict=ict))
            self._weaken_labels_of_other_work(known, named)
            self._title_cache[key] = known
        return known

    def _meet_labels(
        self,
        reading: TitleWords,
        language: str | None,
        source: str,
        hits: dict[int, _Hit],
        *,
        ict: bool,
    ) -> Iterable[int]:
        """Every run of the reading's words that meets a label (and its title words): its occupations into ``hits``;
        the occupations its words name in ICT work (see :meth:`_weaken_labels_of_other_work`)."""
        words, counts = reading.words, reading.counts
        content = reading.content
        named: Iterable[int] = ()
        if not content:
            return named
        factor = (TRANSLATED_WEIGHT if reading.translated else 1.0) * (HEADING_WEIGHT if source != "title" else 1.0)
        labels = self._labels
        covered_before = [0, *itertools.accumulate(counts)]
        starts = [word in self._first_words for word in words]  # only these can start a label written apart
        shortest = 2 if source != "title" else 1  # a one-word heading ("Philosophy") is seldom the job
        found: list[tuple[str, tuple[str, ...], int, float]] = []
        for size in range(min(len(words), MAX_LABEL_WORDS), shortest - 1, -1):
            for start in range(len(words) - size + 1):
                covered = covered_before[start + size] - covered_before[start]
                if not covered:
                    continue
                span = words[start : start + size]
                apart = " ".join(span)
                key = apart if starts[start] else ""
                if key in labels:
                    found.append((key, span, covered, factor))
                elif 1 < size <= MAX_JOINED_WORDS and (together := "".join(span)) in labels:  # "Software Entwickler"
                    found.append((together, span, covered, factor))
                if ict and size > 1 and span[0] not in ("ict", "it") and (key := "ict " + apart) in labels:
                    # In ICT work a "Product Manager" is an "ICT product manager", as ESCO names it.
                    found.append((key, span, covered, factor * ICT_WEIGHT))
        for head in range(len(words) - 1):
            if words[head] in HEAD_NOUNS:
                for size in range(1, HEAD_FINAL_WORDS + 1):
                    span = (*words[head + 1 : head + 1 + size], words[head])
                    covered = covered_before[head + 1 + size] - covered_before[head] if head + size < len(words) else 0
                    key = " ".join(span)
                    if covered > 1 and len(span) == size + 1 and key in labels:
                        found.append((key, span, covered, factor * REORDERED_WEIGHT))
        if not found and source == "title" and content >= 3:
            found = self._labels_skipping_a_word(words, counts, factor)
        for key, span, covered, weight in found:
            self._record(key, " ".join(span), covered / content, weight, language, source, hits)
        if not found and source == "title":
            self._meet_label_heads(reading, factor, language, hits)
        if not self._title_word_openers.isdisjoint(words):
            self._meet_title_words(reading, factor, source, hits, self._title_words)
        if ict and not self._ict_title_word_openers.isdisjoint(words):
            # In ICT work these words name the occupation more surely than a label of other work does.
            named = self._meet_title_words(reading, factor * ICT_TITLE_WORD_FACTOR, source, hits, self._ict_title_words)
        if (
            source == "title"
            and content >= 2
            and all(covered < content for _, _, covered, _ in found)
            and not any(hit.strength >= STRONG_TITLE for hit in hits.values())
        ):
            self._meet_surrounding_labels(reading, factor, language, hits)
        return named

    def _labels_skipping_a_word(
        self, words: tuple[str, ...], counts: tuple[bool, ...], factor: float
    ) -> list[tuple[str, tuple[str, ...], int, float]]:
        """Labels met by a title's words with one word between them left out, when none is met as written.

        "Office Management Coordinator" names no label, but "office coordinator" does: a word
        that qualifies the job in the middle of a title is often one the labels do without. The
        word left out counts against the match (its coverage is smaller).
        """
        found: list[tuple[str, tuple[str, ...], int, float]] = []
        for size in range(min(len(words), MAX_LABEL_WORDS + 1), 2, -1):
            for start in range(len(words) - size + 1):
                for skipped in range(start + 1, start + size - 1):
                    span = words[start:skipped] + words[skipped + 1 : start + size]
                    key = " ".join(span)
                    covered = sum(counts[start : start + size]) - counts[skipped]
                    if covered and key in self._labels:
                        found.append((key, span, covered, factor * SKIPPED_WORD_WEIGHT))
            if found:
                return found
        return found

    def _meet_title_words(
        self,
        reading: TitleWords,
        factor: float,
        source: str,
        hits: dict[int, _Hit],
        table: dict[str, list[int]],
    ) -> Iterable[int]:
        """Words of the title that point to an occupation ("iOS", "Frontend", "DevOps"), with its head nouns;
        the occupations pointed to.

        Only called for a reading with a word among the table's openers (see :func:`_openers`).
        """
        words, counts = reading.words, reading.counts
        pointed: dict[int, tuple[set[int], str]] = {}
        for index in range(len(words)):
            for size in (1, 2) if index + 1 < len(words) else (1,):
                form = "".join(words[index : index + size])
                if form in table:
                    for occupation in table[form]:
                        places, first = pointed.get(occupation, (set(), form))
                        pointed[occupation] = (places | set(range(index, index + size)), first)
        if not pointed:
            return ()
        # Head nouns and generic words go with the word that points ("Software Developer Android").
        generic = {
            i for i, word in enumerate(words) if counts[i] and (word in HEAD_NOUNS or word in GENERIC_TITLE_WORDS)
        }
        content = reading.content
        for occupation, (places, form) in pointed.items():
            covered = sum(counts[i] for i in places | generic)
            strength = factor * min(1.0, covered / content) * KIND_WEIGHT["title_word"]
            _keep(hits, occupation, _Hit(strength, form, form, "w", "", source))
        return pointed.keys()

    def _weaken_labels_of_other_work(self, hits: dict[int, _Hit], named: set[int]) -> None:
        """In ICT work, once the title's words name an ICT occupation, what they meet of other work counts less.

        "Engineering manager" and "product manager" are labels of foundries and of consumer goods
        too, and the body of a software company's posting may share as many words with those.
        """
        if not named:
            return
        occupations = self.occupations
        for occupation, hit in hits.items():
            if occupation not in named and not occupations[occupation].group.startswith(ICT_GROUPS):
                hits[occupation] = hit._replace(strength=hit.strength * OTHER_WORK_FACTOR)

    def _meet_label_heads(
        self, reading: TitleWords, factor: float, language: str | None, hits: dict[int, _Hit]
    ) -> None:
        """A title that meets no label, by its head word, which begins or ends labels ("Infirmier" of
        "infirmier de soins généraux"; "Infirmier en service de chirurgie" too).

        Only the head: the first word in the languages that put it first (French, Spanish, Italian,
        Portuguese, Romanian, Catalan, Polish), else the last (or both, in a language not known). When
        that word heads no label, the word at the other end is read instead: a code or a short form may
        close a title ("Verpleegkundige IC") or open it. Every word would bring the occupations of every
        label it is part of ("growth", "operations"), which say little.
        """
        counted = [word for word, counts in zip(reading.words, reading.counts, strict=True) if counts]
        first, last = counted[:1], counted[-1:]
        heads = first if language in _HEAD_FIRST else last if language else first + last
        if language and not any(word in self._label_heads for word in heads):
            heads = last if heads == first else first
        group_of = self._occupation_group
        for word in dict.fromkeys(heads):
            occupations = self._label_heads.get(word, ())
            strength = factor * KIND_WEIGHT["label_word"] / reading.content / math.sqrt(len(occupations) or 1)
            # The group most of the word's occupations share is what the word names most surely: of the
            # occupations "kierowca" heads, drivers of lorries and of cars, before a racing driver.
            groups = Counter(group_of[occupation] for occupation in occupations)
            most = max(groups.values(), default=1)
            for occupation in occupations:
                share = groups[group_of[occupation]] / most
                _keep(hits, occupation, _Hit(strength * share, word, word, "l", "", "title"))

    def _meet_surrounding_labels(
        self, reading: TitleWords, factor: float, language: str | None, hits: dict[int, _Hit]
    ) -> None:
        """Labels that begin or end with all the title's words, when no label is only them.

        ESCO names many occupations more narrowly than a title does: "Conductor de camión" is no
        label, but "conductor de camión de mudanzas" and "conductor de camión de basura" are, and
        the occupations they name share a group. Each occupation gets a share of the evidence: a
        title whose words begin the labels of many occupations ("Técnico de mantenimiento") says
        less about which one it is.
        """
        words = [word for word, counts in zip(reading.words, reading.counts, strict=True) if counts]
        phrase = " ".join(words)
        keys = [
            key for key in self._labels_ending_like(words) if key.startswith(f"{phrase} ") or key.endswith(f" {phrase}")
        ]
        entries = [(key, entry) for key in keys for entry in self._entries(key)]
        share = 1.0 / math.sqrt(len({occupation for _, (occupation, *_) in entries}) or 1)
        for key, (occupation, kind, label_language, weight) in entries:
            strength = factor * SURROUNDING_LABEL_WEIGHT * share * weight * _WEIGHT_OF_LETTER[kind]
            strength *= _language_weight(label_language, language)
            _keep(hits, occupation, _Hit(strength, phrase, key, kind, label_language, "title"))

    def _labels_ending_like(self, words: Sequence[str]) -> list[str]:
        """The labels of three words or more whose first two or last two words are those of ``words``."""
        by_ends = self._labels_by_ends if self._labels_by_ends is not None else self.prepare()
        return [*by_ends.get("<" + " ".join(words[:2]), ()), *by_ends.get(">" + " ".join(words[-2:]), ())]

    def _record(
        self,
        key: str,
        words: str,
        coverage: float,
        factor: float,
        language: str | None,
        source: str,
        hits: dict[int, _Hit],
    ) -> None:
        """The occupations of the label ``key`` into ``hits``, with how strongly the title words name them.

        What :func:`_keep` does for each, with the hit made only for the occupations it is kept for (a label
        may name dozens of occupations that a stronger label already named).
        """
        for occupation, kind, label_language, weight in self._entries(key):
            strength = factor * coverage * weight * _WEIGHT_OF_LETTER[kind] * _language_weight(label_language, language)
            known = hits.get(occupation)
            if known is None or strength > known.strength:
                hits[occupation] = _Hit(strength, words, key, kind, label_language, source)

    def _entries(self, key: str) -> list[tuple[int, str, str, float]]:
        """(occupation, kind letter, language, weight) of every occupation a label names."""
        cached = self._entry_cache.get(key)
        if cached is None:
            cached = []
            for part in self._labels[key].split(";"):
                occupation, kind, language, weight = part.split(",")
                cached.append((int(occupation), kind, language, int(weight) / 9))
            self._entry_cache[key] = cached
        return cached

    # --- body and skills ----------------------------------------------------------------------

    def _body_group_counts(self, stems: set[str]) -> Counter[int]:
        """How many times each group (by index) is listed for the body's stems (see :func:`_postings`), counted
        in the order the stems sort in (among equals, the first counted is proposed first); none when the body
        shares fewer than :data:`MIN_BODY_STEMS` stems with the groups' words."""
        shared = sorted(stems & self._postings.keys())  # a fixed order: the same choice among equals
        if len(shared) < MIN_BODY_STEMS:
            return Counter()
        return Counter(memoryview(b"".join(map(self._postings.__getitem__, shared))).cast(_GROUP_ITEM))

    def _group_likeness(self, stems: set[str], group: int) -> float:
        """How much the body's stems weigh in a group's words (in the units of the body's group counts)."""
        return self._group_vector(group).likeness(stems)

    def _group_vector(self, group: int) -> _Vector:
        cached = self._group_cache.get(group)
        if cached is None:
            parts = self._group_vectors[group].split() if 0 <= group < len(self._group_vectors) else []
            cached = _Vector.of({parts[i]: _units(int(parts[i + 1])) for i in range(0, len(parts) - 1, 2)})
            self._group_cache[group] = cached
        return cached

    def _weigh_occupations(self, candidates: list[_Candidate], stems: set[str]) -> None:
        """Each candidate's likeness of body to itself, relative to the likest candidate's."""
        if not stems:
            return
        for candidate in candidates:
            candidate.body = self._vector(candidate.occupation).likeness(stems)
        best = max(candidate.body for candidate in candidates) or 1.0
        for candidate in candidates:
            candidate.body /= best
            candidate.weigh()

    def _vector(self, occupation: int) -> _Vector:
        cached = self._vector_cache.get(occupation)
        if cached is None:
            parts = self._vectors[occupation].split()
            cached = _Vector.of({parts[i]: _thousandths(parts[i + 1]) for i in range(0, len(parts) - 1, 2)})
            self._vector_cache[occupation] = cached
        return cached

    def _read_skills(self, skills: Sequence[str]) -> tuple[dict[int, float], Counter[int]]:
        """The groups (by index) the skills point to with the sum of their shares; the occupations they name, counted.

        An occupation is named by skills of a family of technologies (Swift and Kotlin: mobile application developer).
        """
        scores: dict[int, float] = {}
        pointed: list[int] = []
        known = self._skill_cache
        for name in skills:
            shares, occupations = known.get(name) or self._skill(name)
            for group, share in shares:
                scores[group] = scores.get(group, 0.0) + share
            pointed += occupations
        return scores, Counter(pointed) if pointed else Counter()

    def _skill(self, name: str) -> tuple[list[tuple[int, float]], Sequence[int]]:
        """The groups (with their shares) and the occupations a skill points to, by its name as written."""
        known = self._skill_cache.get(name)
        if known is None:
            if len(self._skill_cache) >= SKILL_MEMORY:
                self._skill_cache.clear()
            key = fold(name)
            known = self._skill_cache[name] = (self._shares(key), self._skill_occupations.get(key, ()))
        return known

    def _shares(self, skill: str) -> list[tuple[int, float]]:
        parts = self._skill_groups.get(skill, "").split()
        return [
            (self._group_index[parts[i]], _thousandths(parts[i + 1]))
            for i in range(0, len(parts) - 1, 2)
            if parts[i] in self._group_index
        ]


_Key = TypeVar("_Key")


_MANY_KEYS = 100
"""Keys of :func:`_heaviest_keys` from which finding the lightest weight that counts first costs less than
sorting them all by weight."""

_HEAD_FIRST = frozenset({"fr", "es", "it", "pt", "ro", "ca", "pl"})
"""Languages whose job titles put their head noun first ("Infirmier de bloc", "Técnico de sistemas", "Kierowca
kat. C")."""


def _weaken_onet_titles(candidates: Iterable[_Candidate]) -> None:
    """What the candidates named by O*NET alternate titles keep of their evidence, once the body denied them."""
    for candidate in candidates:
        if candidate.title is not None and candidate.title.kind == "o":
            candidate.factor *= DENIED_TITLE_FACTOR


def _keep(hits: dict[int, _Hit], occupation: int, hit: _Hit) -> None:
    """The hit as the occupation's, unless it has one at least as strong (the first of equals is kept)."""
    known = hits.get(occupation)
    if known is None or hit.strength > known.strength:
        hits[occupation] = hit


def _heaviest_keys(weights: Mapping[_Key, float], count: int, among: Iterable[_Key] | None = None) -> list[_Key]:
    """The ``count`` keys of heaviest weight (of ``among``, by default all), the first of equals first.

    What ``heapq.nlargest(count, among, key=weights.__getitem__)`` gives, by one sort in C: quicker
    for the few dozen keys read here. Of more keys (the hundreds of groups a body's stems are counted
    in), only those weighing at least the ``count``-th heaviest weight are sorted.
    """
    if among is None:
        among = weights
        if len(weights) > _MANY_KEYS and count > 0:
            least = heapq.nlargest(count, weights.values())[-1]
            among = [key for key, weight in weights.items() if weight >= least]
    return sorted(among, key=weights.__getitem__, reverse=True)[:count]


def _labels_by_ends(labels: Iterable[str]) -> dict[str, list[str]]:
    """The labels of three words or more by their first two words (after "<") and their last two (after ">")."""
    by_ends: dict[str, list[str]] = {}
    for key in labels:
        words = key.split()
        if len(words) >= 3:
            by_ends.setdefault("<" + " ".join(words[:2]), []).append(key)
            by_ends.setdefault(">" + " ".join(words[-2:]), []).append(key)
    return by_ends


def _lowered_body(texts: Sequence[str]) -> str:
    """The body as its stems and words are read: the texts joined, cut at :data:`_MAX_BODY_CHARS`, lowered."""
    return "\n".join(texts)[:_MAX_BODY_CHARS].lower()


@lru_cache(maxsize=TITLE_MEMORY)
def _names_a_manager_kept(title: str) -> bool:
    """:func:`names_a_manager`, kept once asked of a title (titles repeat across a batch)."""
    return names_a_manager(title)


def _language_weight(label_language: str, posting_language: str | None) -> float:
    if not posting_language or not label_language or label_language == posting_language:
        return 1.0
    return ENGLISH_LABEL_WEIGHT if label_language == "en" else OTHER_LANGUAGE_WEIGHT


# --- building -------------------------------------------------------------------------------


class ClassificationBuilder:
    """Builds a :class:`Classification`: occupations, their labels and words, then :meth:`build`.

    The build script of the shipped index and :meth:`Classification.from_file`
    both use it, so labels and titles are read by the same rules.
    """

    def __init__(self, name: str, *, isco_groups: bool = False) -> None:
        self.name = name
        self.isco_groups = isco_groups
        self.occupations: list[OccupationEntry] = []
        self.groups: dict[str, str] = {}
        self._position: dict[str, int] = {}
        self._labels: dict[str, dict[tuple[int, str], tuple[str, float]]] = {}
        self._texts: list[list[tuple[str, float]]] = []
        self._group_texts: dict[str, list[tuple[str, float]]] = {}
        self._skill_weights: dict[str, dict[str, float]] = {}
        self._skill_occupations: dict[str, list[int]] = {}
        self._title_words: dict[str, list[int]] = {}
        self._ict_title_words: dict[str, list[int]] = {}

    def add_occupation(self, entry: OccupationEntry) -> int:
        """Add an occupation (once per id); returns its position."""
        if entry.id not in self._position:
            self._position[entry.id] = len(self.occupations)
            self.occupations.append(entry)
            self._texts.append([])
        return self._position[entry.id]

    def position(self, occupation_id: str) -> int | None:
        """Where the occupation with this id is, or None."""
        return self._position.get(occupation_id)

    def add_group(self, code: str, label: str) -> None:
        """Name a group (of any level: ISCO major, sub-major, minor and unit groups alike)."""
        if code and label:
            self.groups.setdefault(code, label)

    def has_own_label(self, text: str, language: str | None = None) -> bool:
        """True when some occupation already has these words as a preferred, alternative or hidden label.

        ``language``: only a label in that language counts (a Dutch label spelled as an English
        title does not make the English title redundant).
        """
        variants = label_variants(text)
        entries = self._labels.get(" ".join(variants[0]), {}) if variants else {}
        return any(
            letter in "pah" and (language is None or language == label_language)
            for (_, label_language), (letter, _) in entries.items()
        )

    def add_label(self, occupation: int, text: str, kind: LabelKind, language: str, weight: float = 1.0) -> None:
        """A label of an occupation; the same words naming it twice keep the stronger kind."""
        letter = _LETTER_OF_KIND[kind]
        for words in label_variants(text):
            entries = self._labels.setdefault(" ".join(words), {})
            known = entries.get((occupation, language))
            if known is None or KIND_WEIGHT[kind] * weight > _WEIGHT_OF_LETTER[known[0]] * known[1]:
                entries[(occupation, language)] = (letter, weight)

    def add_text(self, occupation: int, text: str, weight: float = 1.0) -> None:
        """Words that describe an occupation (description, tasks, tools), compared with posting bodies."""
        if text:
            self._texts[occupation].append((text, weight))

    def add_group_text(self, group: str, text: str, weight: float = 1.0) -> None:
        """Words that describe a whole group, read as words of each of its occupations."""
        if text:
            self._group_texts.setdefault(group, []).append((text, weight))

    def add_skill(self, name: str, group: str, weight: float = 1.0) -> None:
        """A skill (by name) seen in the work of a group: a posting's skills then point to groups."""
        key = fold(name.strip())
        if key and group:
            weights = self._skill_weights.setdefault(key, {})
            weights[group] = weights.get(group, 0.0) + weight

    def add_skill_occupation(self, name: str, occupation: int) -> None:
        """A skill (by name) that points to one occupation (Swift to mobile application developer)."""
        listed = self._skill_occupations.setdefault(fold(name.strip()), [])
        if occupation not in listed:
            listed.append(occupation)

    def add_title_word(self, word: str, occupation: int, *, ict: bool = False) -> None:
        """A title word (or two written together) that points to one occupation ("iOS", "front end").

        With ``ict`` only in postings whose skills are those of ICT work ("QA" to software tester).
        """
        variants = label_variants(word)
        if variants:
            table = self._ict_title_words if ict else self._title_words
            listed = table.setdefault("".join(variants[0]), [])
            if occupation not in listed:
                listed.append(occupation)

    def add_row(self, row: Mapping[str, Any], *, where: str | None = None, line: int | None = None) -> int:
        """One CSV row of a classification of your own (see :mod:`jobspec.occupations`)."""
        occupation_id = str(row.get("id") or "").strip()
        label = str(row.get("label") or "").strip()
        group = str(row.get("group") or "").strip()
        if not occupation_id or not label or not group:
            raise JobspecError("a classification row needs an id, a label and a group", path=where, line=line)
        onet = str(row.get("onet_soc_code") or "").strip() or None
        soc = str(row.get("soc_2018_code") or "").strip() or None
        position = self.add_occupation(OccupationEntry(occupation_id, label, group, onet, soc))
        language = str(row.get("language") or "").strip().lower()
        self.add_group(group, str(row.get("group_label") or "").strip())
        self.add_label(position, label, "preferred", language)
        aliases = [alias.strip() for alias in str(row.get("aliases") or "").split("|") if alias.strip()]
        for alias in aliases:
            self.add_label(position, alias, "alternative", language)
        self.add_text(position, " ".join([label, *aliases]), 2.0)
        self.add_text(position, str(row.get("description") or ""))
        return position

    def build(self, calibration: Sequence[float] | None = None) -> Classification:
        """The classification, with its label table and the body's indexes."""
        counts = [
            _stem_counts([*texts, *self._group_texts.get(entry.group, ())])
            for entry, texts in zip(self.occupations, self._texts, strict=True)
        ]
        vectors = _tf_idf(counts, VECTOR_TERMS)
        by_group: dict[str, dict[str, float]] = {}
        for entry, vector in zip(self.occupations, vectors, strict=True):
            summed = by_group.setdefault(entry.group, {})
            for stem, weight in vector:
                summed[stem] = summed.get(stem, 0.0) + weight
        group_codes = sorted(by_group)
        group_vectors = [_heaviest(by_group[code], GROUP_VECTOR_TERMS) for code in group_codes]
        return Classification(
            name=self.name,
            isco_groups=self.isco_groups,
            occupations=self.occupations,
            groups=self.groups,
            labels=self._label_table(),
            vectors=[" ".join(f"{stem} {weight}" for stem, weight in vector) for vector in vectors],
            group_codes=group_codes,
            group_vectors=[" ".join(f"{stem} {weight}" for stem, weight in vector) for vector in group_vectors],
            postings=_postings(group_vectors),
            skill_groups=self._skill_table(),
            skill_occupations=dict(sorted(self._skill_occupations.items())),
            title_words=dict(sorted(self._title_words.items())),
            ict_title_words=dict(sorted(self._ict_title_words.items())),
            label_heads=self._label_heads(),
            priors=self._priors(),
            calibration=calibration,
        )

    def _label_table(self) -> dict[str, str]:
        generic = self._genericity()
        table: dict[str, str] = {}
        for key in sorted(self._labels):
            if len(key) < MIN_LABEL_CHARS:
                continue
            damping = min(1.0, math.sqrt(SPECIFIC_HEADS / generic[key])) if key in generic else 1.0
            table[key] = ";".join(
                f"{occupation},{letter},{language},{max(1, min(9, round(weight * damping * 9)))}"
                for (occupation, language), (letter, weight) in sorted(self._labels[key].items())
            )
        return table

    def _heads(self) -> dict[str, set[int]]:
        """For each word that begins or ends a label of several words, the occupations of those labels."""
        heads: dict[str, set[int]] = {}
        for key, entries in self._labels.items():
            if " " in key:  # the head is last in English and German, first in French and Spanish
                for head in {key.partition(" ")[0], key.rpartition(" ")[2]}:
                    heads.setdefault(head, set()).update(occupation for occupation, _ in entries)
        return heads

    def _label_heads(self) -> dict[str, list[int]]:
        """Words of :meth:`_heads` that are no label themselves and name few enough occupations to tell."""
        return {
            word: sorted(occupations)
            for word, occupations in sorted(self._heads().items())
            if word not in self._labels and len(word) >= MIN_LABEL_CHARS and len(occupations) <= MAX_HEAD_OCCUPATIONS
        }

    def _genericity(self) -> dict[str, int]:
        """For each one-word label, how many occupations have longer labels that it ends or starts.

        ("engineer": hundreds; "développeur" starts the French labels of dozens.)
        A title that is only such a word says little about which of them it is.
        """
        heads = self._heads()
        return {key: len(heads[key]) + 1 for key in self._labels if " " not in key and key in heads}

    def _priors(self) -> list[float]:
        """How common each occupation is, read from how many labels of its own it has (0 to 1)."""
        counts = [0] * len(self.occupations)
        for entries in self._labels.values():
            for (occupation, _), (letter, _) in entries.items():
                counts[occupation] += letter in "pah"
        top = math.log1p(max(counts, default=0)) or 1.0
        return [round(math.log1p(count) / top, 3) for count in counts]

    def _skill_table(self) -> dict[str, str]:
        """For each skill, the groups it is seen in, as shares (in thousandths) of its weight."""
        table: dict[str, str] = {}
        for name in sorted(self._skill_weights):
            weights = self._skill_weights[name]
            total = sum(weights.values())
            top = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:8]
            shares = [(group, round(1000 * weight / total)) for group, weight in top]
            table[name] = " ".join(f"{group} {share}" for group, share in shares if share > 0)
        return table


def _stem_counts(texts: Sequence[tuple[str, float]]) -> dict[str, float]:
    counter: dict[str, float] = {}
    for text, weight in texts:
        for stem in body_stems(text):
            counter[stem] = counter.get(stem, 0.0) + weight
    return counter


def _tf_idf(counts: Sequence[Mapping[str, float]], terms: int) -> list[list[tuple[str, int]]]:
    """For each document, its ``terms`` most telling stems with tf-idf weights (L2-normalised, in thousandths)."""
    frequency: Counter[str] = Counter(stem for counter in counts for stem in counter)
    total = len(counts)
    vectors = []
    for counter in counts:
        weights = {s: (1.0 + math.log(c)) * math.log(total / frequency[s]) for s, c in counter.items() if c >= 1}
        vectors.append(_heaviest(weights, terms))
    return vectors


def _heaviest(counter: Mapping[str, float], terms: int) -> list[tuple[str, int]]:
    """The ``terms`` heaviest stems, L2-normalised, in thousandths."""
    top = sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))[:terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return [(s, round(1000 * w / norm)) for s, w in top if round(1000 * w / norm) > 0]


def _postings(vectors: list[list[tuple[str, int]]]) -> dict[str, str]:
    """For each stem, the groups it weighs most in, each repeated once per :data:`WEIGHT_UNIT`, as a string
    with a character per group: ``chr(index)``.

    Counting the groups of a body's stems, repeats included, scores every group at once in C; loaded, each
    string becomes machine integers (:func:`_packed_groups`), which a body's stems join into one buffer.
    """
    by_stem: dict[str, list[tuple[int, int]]] = {}
    for group, vector in enumerate(vectors):
        for stem, weight in vector:
            by_stem.setdefault(stem, []).append((weight, group))
    out: dict[str, str] = {}
    for stem in sorted(by_stem):
        listed = sorted(by_stem[stem], key=lambda pair: (-pair[0], pair[1]))[:POSTING_GROUPS]
        out[stem] = "".join(chr(group) * _units(weight) for weight, group in listed)
    return out


FEW_ITEM_CHARS = 300
"""Below this much text in its duties and requirements, a posting's whole body is read instead."""


def posting_inputs(posting: JobPosting) -> dict[str, Any]:
    """What :meth:`Classification.code` reads of a parsed posting (its keyword arguments, title included)."""
    texts = [item.text for item in (*posting.responsibilities, *posting.qualifications)]
    sections = posting.iter_sections()
    if sum(map(len, texts)) < FEW_ITEM_CHARS:  # too few items found (prose, odd layout): read the whole body
        texts.extend(section.text for section in sections)
    return {
        "title": posting.title,
        "language": posting.language,
        "texts": texts,
        "skills": [skill.name for skill in posting.skills],
        "headings": [section.heading for section in sections if section.heading],
        "location": posting.location,
        "company": posting.company,
    }


def code_posting(classification: Classification, posting: JobPosting) -> Occupation | None:
    """Stage 9: the occupation of a parsed posting (its ``occupation`` is not read)."""
    inputs = posting_inputs(posting)
    return classification.code(inputs.pop("title"), **inputs)


@cache
def shipped_curve() -> tuple[float, float, float]:
    """The score's curve fitted by ``scripts/fit_occupation_score.py`` (``jobspec/data/occupation_score.json``)."""
    text = resources.files("jobspec").joinpath("data/occupation_score.json").read_text(encoding="utf-8")
    curve = json.loads(text)
    return float(curve["intercept"]), float(curve["evidence"]), float(curve["lead"])


@cache
def default_classification() -> Classification:
    """The classification shipped with jobspec (ESCO v1.2.1 with O*NET 29.2 titles), loaded once.

    Its score curve is :func:`shipped_curve`.
    """
    data = resources.files("jobspec").joinpath("data/occupations.json.gz").read_bytes()
    return Classification.from_index(json.loads(gzip.decompress(data)))


def group_titles(code: str, classification: Classification | None = None) -> list[tuple[str, str | None]]:
    """The major, sub-major, minor and unit groups of an ISCO code, each with its title where known.

    >>> group_titles("2512")[:2]
    [('2', 'Professionals'), ('25', 'Information and communications technology professionals')]
    """
    groups = (classification or default_classification()).groups
    return [(code[:size], groups.get(code[:size])) for size in range(1, len(code) + 1)]

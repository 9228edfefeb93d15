"""Skills: a taxonomy shipped as data, matched on word boundaries with aliases.

The shipped taxonomy is ``jobspec/data/skills.csv`` (columns ``id, name,
category, aliases``; aliases separated by ``|``). Users load their own CSV or
YAML with the same columns (an ESCO or O*NET export, say), instead of or
beside it.

Matching compiles every name and alias into one regular expression shaped as
a trie, so a posting costs one pass per item whatever the taxonomy's size.
Names that are also ordinary words ("Go", "R", "C", "Spark", "Swift") count
only when written in the taxonomy's case (or in capitals) and standing among
other technical skills or words ("Ruby, Python, Go", "programming in R"), so
"go the extra mile", "R&D", "grade C" and "spark ideas" find nothing.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import JobspecError
from ..models import ItemRef, Skill
from ..text import CaselessPattern, matches_in_each, phrase_pattern

__all__ = ["SkillEntry", "Taxonomy", "default_taxonomy", "match_skills"]

# Names and aliases that are also everyday words or letters (compared case-insensitively).
AMBIGUOUS_WORDS = frozenset(
    """
    go r c d v q j k s spark swift rust elm julia dart ruby excel word access chef puppet salt express
    spring unity rails flask bootstrap ember meteor backbone hugo jekyll gatsby next nuxt react angular vue
    node scheme lisp crystal nim zig basic logo pascal ada io red pony mercury alice processing make ant
    maven helm vault consul nomad packer beam flink storm hive pig drill pulsar teams slack zoom notion
    sketch canva framer miro mural looker mode dash shiny caffe torch chainer sage maple octave prefect
    luigi tableau sas stata agile lean waterfall rest soap safe regression accessibility assembly delphi
    solidity bicep sass lua scala electron flutter ionic hibernate celery jest mocha selenium puppeteer
    playwright cucumber cypress mongoose prisma tailwind redshift lambda jaeger informatica vite blender
    houdini workday postman swagger eclipse illustrator acrobat pip homebrew vim dei healthcare insurance
    energy retail finance sales networking onboarding translation transcription derivatives ci ai ar qa hr
    csm cro eda cdp mdm cad sem
    """.split()
)
# Spoken languages count only where the text speaks of language skills.
_LANGUAGE_CONTEXT = re.compile(
    r"\b(?:fluen\w*|native|proficien\w*|speak\w*|spoken|written|verbal|language|languages|bilingual|"
    r"business|level|c1|c2|b1|b2|kenntnisse|sprache\w*|flie\w+|langue|parlé|écrit|idioma|nivel|língua|"
    r"lingua|conoscenza|taal|vloeiend|beheersing|wort|schrift|muttersprache|mother tongue|oral|orale|écrit|écrite|"
    r"escrito|hablado|parlato|scritto|mondeling|schriftelijk|good|very good|excellent|strong|gutes?|sehr)\b",
    re.IGNORECASE,
)
_TECH_CATEGORIES = frozenset(
    {"programming_language", "framework_library", "data_ml", "database", "cloud_devops", "tool", "security"}
)
_TECH_CONTEXT = re.compile(
    r"\b(?:languages?|programming|framework|librar(?:y|ies)|stack|developer|engineer(?:ing)?|code|coding|"
    r"scripting|software|backend|frontend|tools?|platforms?|such as|e\.g\.|like|including|proficien\w*|"
    r"experience (?:in|with)|knowledge of|skills?|written in|built (?:in|with)|advanced|using|use|"
    r"spreadsheets?|pivot|formulas|industry|sector|background|domain|"
    r"mit|avec|con|com|met|erfahrung|kenntnisse|expérience|connaissances?|experiencia|conocimientos?|"
    r"experiência|conhecimentos?|esperienza|conoscenza|ervaring|kennis)\b",
    re.IGNORECASE,
)
_CONTEXT_CHARS = 40
_WORD_CHARS = r"\w+#"


@dataclass(frozen=True)
class SkillEntry:
    """One taxonomy entry."""

    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    ambiguous: bool = False
    """Marked ambiguous in the taxonomy: every one-word form needs context."""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Taxonomy:
    """A set of skills and the matcher compiled from them."""

    entries: tuple[SkillEntry, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)
    _pattern: CaselessPattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, int] = {}
        for position, entry in enumerate(self.entries):
            for form in entry.surface_forms:
                index.setdefault(form.casefold(), position)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_pattern", _compile(index))

    @classmethod
    def from_file(cls, path: str | Path) -> Taxonomy:
        """Load a CSV or YAML taxonomy with the columns id, name, category, aliases."""
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise JobspecError(f"cannot read taxonomy: {exc.strerror or exc}", path=str(source)) from None
        if source.suffix.lower() in (".yaml", ".yml"):
            return cls(tuple(_entries_from_yaml(text, str(source))))
        return cls(tuple(_entries_from_csv(text, str(source))))

    def merged(self, other: Taxonomy) -> Taxonomy:
        """This taxonomy with ``other``'s entries added; ``other`` wins on equal ids."""
        ids = {entry.id for entry in other.entries}
        return Taxonomy((*(e for e in self.entries if e.id not in ids), *other.entries))

    def find(self, text: str) -> list[SkillEntry]:
        """Skills mentioned in ``text``, each once, in order of appearance."""
        return self.find_each([text])[0]

    def find_each(self, texts: Sequence[str]) -> list[list[SkillEntry]]:
        """:meth:`find` for each of ``texts``, with one pass of the pattern over all of them."""
        return [[entry for entry, _ in found] for found in self.mentions_each(texts)]

    def mentions_each(self, texts: Sequence[str]) -> list[list[tuple[SkillEntry, list[int]]]]:
        """For each of ``texts``, the skills it mentions, each once, with the offsets of its mentions."""
        matches: list[list[tuple[_Mention, SkillEntry]]] = [[] for _ in texts]
        for which, start, end, matched in matches_in_each(self._pattern.finditer, texts):
            written = _Mention(texts[which][start:end], start, end)  # the match itself may be lower-cased
            matches[which].append((written, self.entries[self._entry_of(matched)]))
        return [self._judged(text, found) for text, found in zip(texts, matches, strict=True)]

    def _judged(self, text: str, matches: list[tuple[_Mention, SkillEntry]]) -> list[tuple[SkillEntry, list[int]]]:
        """The skills that ``matches`` name, leaving out words that only look like skill names here."""
        if not matches:
            return []
        clear = [entry for mention, entry in matches if not _needs_context(mention.form, entry)]
        found: dict[str, tuple[SkillEntry, list[int]]] = {}
        for mention, entry in matches:
            if _needs_context(mention.form, entry) and not _plausible(mention, entry, text, clear):
                continue
            if entry.category == "language" and not _near(_LANGUAGE_CONTEXT, mention, text):
                continue
            found.setdefault(entry.id, (entry, []))[1].append(mention.start)
        return list(found.values())

    def _entry_of(self, form: str) -> int:
        """The entry a matched form belongs to (a match on lower-cased text is a key as it is)."""
        return self._index[form] if form in self._index else self._index[form.casefold()]

    def __len__(self) -> int:
        return len(self.entries)


_ONE_WORD = re.compile(r"^[A-Za-z]+$")


def _needs_context(form: str, entry: SkillEntry) -> bool:
    """'Go', 'Spark', 'Node' could be ordinary words; 'Golang', 'PySpark', 'Node.js' could not."""
    folded = form.casefold()
    return folded in AMBIGUOUS_WORDS or (entry.ambiguous and _ONE_WORD.match(form) is not None)


_LANGUAGE_USE_BEFORE = re.compile(r"\b(?:in|with|using|of|and|or|for)\s+$")


class _Mention(NamedTuple):
    """A surface form as written in the text, and where."""

    form: str
    start: int
    end: int


def _plausible(mention: _Mention, entry: SkillEntry, text: str, clear: list[SkillEntry]) -> bool:
    """An ambiguous name counts in its own case, beside technical skills or words ("services in Go")."""
    form = mention.form
    if form not in entry.surface_forms and form != form.upper():
        return False
    if len(form) == 1 and form not in entry.surface_forms:
        return False
    if any(other.category in _TECH_CATEGORIES for other in clear):
        return True
    if entry.category == "programming_language" and _LANGUAGE_USE_BEFORE.search(text[: mention.start]):
        return True
    return _near(_TECH_CONTEXT, mention, text)


def _near(pattern: re.Pattern[str], mention: _Mention, text: str) -> bool:
    return pattern.search(text[max(0, mention.start - _CONTEXT_CHARS) : mention.end + _CONTEXT_CHARS]) is not None


def _compile(index: Mapping[str, int]) -> CaselessPattern:
    """One case-insensitive pattern for every surface form, shaped as a trie."""
    body = phrase_pattern(index)
    return CaselessPattern(rf"(?<![{_WORD_CHARS}])(?:{body})(?![{_WORD_CHARS}]|[.\-/][{_WORD_CHARS}]|&)")


def _entries_from_csv(text: str, where: str) -> Iterable[SkillEntry]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "name"} - set(reader.fieldnames or ())
    if missing:
        raise JobspecError(f"taxonomy lacks the column(s) {', '.join(sorted(missing))}", path=where, line=1)
    for row in reader:
        yield _entry(row, where, reader.line_num)


def _entries_from_yaml(text: str, where: str) -> Iterable[SkillEntry]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise JobspecError(f"invalid YAML taxonomy: {exc}", path=where) from None
    rows = data.get("skills", data) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise JobspecError("a YAML taxonomy is a list of skills (or a 'skills' key holding one)", path=where)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise JobspecError(f"skill {number} is not a mapping", path=where)
        yield _entry(row, where, None)


def _entry(row: Mapping[str, Any], where: str, line: int | None) -> SkillEntry:
    name = str(row.get("name") or "").strip()
    if not name:
        raise JobspecError("a skill has no name", path=where, line=line)
    raw_aliases = row.get("aliases") or ()
    aliases = raw_aliases.split("|") if isinstance(raw_aliases, str) else [str(a) for a in raw_aliases]
    skill_id = str(row.get("id") or _slug(name))
    flag = str(row.get("ambiguous", "")).strip().lower()
    return SkillEntry(
        id=skill_id,
        name=name,
        category=str(row.get("category") or "other"),
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        ambiguous=flag in ("1", "true", "yes"),
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", "-", name.casefold()).strip("-")


@cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with jobspec, loaded once."""
    text = resources.files("jobspec").joinpath("data/skills.csv").read_text(encoding="utf-8")
    return Taxonomy(tuple(_entries_from_csv(text, "jobspec/data/skills.csv")))


def match_skills(
    taxonomy: Taxonomy,
    responsibilities: Sequence[tuple[str, int]],
    qualifications: Sequence[tuple[str, int, bool]],
    *,
    preferred: CaselessPattern | None = None,
    finds_cue: Callable[[str], bool] | None = None,
) -> list[Skill]:
    """Each skill once, with the items (text, line[, required]) it came from.

    With ``preferred`` (the vocabulary's preferred cues), a skill named only in
    a clause of a required qualification that a cue makes optional ("…, French
    is a plus", "…, ideally Snowflake") is not required by that qualification.
    ``finds_cue`` tells sooner whether ``preferred`` finds a cue in a text, with
    the same answer (:meth:`~jobspec.vocabulary.Vocabulary.finds_preferred_cue`):
    most qualifications hold none.
    """
    found: dict[str, tuple[SkillEntry, list[ItemRef], bool]] = {}
    in_each = taxonomy.mentions_each([text for text, _ in responsibilities] + [text for text, _, _ in qualifications])
    for index, (_, line) in enumerate(responsibilities):
        for entry, _ in in_each[index]:
            _record(found, entry, ItemRef(kind="responsibility", index=index, line=line), required=False)
    for index, (text, line, required) in enumerate(qualifications):
        mentions = in_each[len(responsibilities) + index]
        optional = (
            _optional_clauses(text, preferred, finds_cue) if required and preferred is not None and mentions else []
        )
        for entry, starts in mentions:
            in_optional = all(any(a <= start < b for a, b in optional) for start in starts) if optional else False
            ref = ItemRef(kind="qualification", index=index, line=line)
            _record(found, entry, ref, required=required and not in_optional)
    return [
        Skill(id=entry.id, name=entry.name, category=entry.category, required=required, items=refs)
        for entry, refs, required in found.values()
    ]


# Where one clause of an item ends and the next begins: punctuation, brackets, dashes ("." only before a space).
_CLAUSE_BREAK = re.compile(
    r"[,;:!?()\[\]–—]|\.(?=\s|$)|\s(?:and|or|und|oder|et|ou|y|o|en|of|och|eller|e|lub)\s+(?=\w+\s+(?:is|are|ist|sind|est|sont|es|son|zijn|är|è|sono|é|são|jest)\b)"
)


def _optional_clauses(
    text: str, preferred: CaselessPattern, finds_cue: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """The (start, end) of each clause of ``text`` that holds a preferred cue (``finds_cue``: as in match_skills)."""
    has_cue = finds_cue(text) if finds_cue is not None else preferred.search(text) is not None
    if not has_cue:
        return []
    bounds = [0, *(match.end() for match in _CLAUSE_BREAK.finditer(text)), len(text)]
    return [
        (start, end)
        for start, end in itertools.pairwise(bounds)
        if end > start and preferred.search(text[start:end]) is not None
    ]


def _record(
    found: dict[str, tuple[SkillEntry, list[ItemRef], bool]], entry: SkillEntry, ref: ItemRef, *, required: bool
) -> None:
    if entry.id in found:
        _, refs, was_required = found[entry.id]
        refs.append(ref)
        found[entry.id] = (entry, refs, was_required or required)
    else:
        found[entry.id] = (entry, [ref], required)

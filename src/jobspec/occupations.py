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
   labels of every language, written apart or together (``Frontend
   Developer`` meets ``front end developer``, ``Software Entwickler`` meets
   ``Softwareentwickler``). A run that meets a label speaks for the
   occupations of that label, by how much of the title it covers, which kind
   of label it is (preferred, alternative, hidden, O*NET title, O*NET
   alternate or reported title, the last spread over the ESCO occupations
   crosswalked to its O*NET occupation) and whether its language is the
   posting's.
2. **Body.** The duties, requirements and skills are compared, stem by stem,
   with each candidate's words (its labels, ESCO description, O*NET
   description and technology examples, weighted by how rare each stem is
   among occupations). The body decides between candidates the title leaves
   close, and proposes candidates itself when the title names none (a vague
   title: "Ninja", "Hacker"; a missing one).
3. **Score.** The evidence of the best candidate, and its lead over the best
   candidate of another ISCO group, are mapped to a probability that the
   ISCO group is right by a logistic curve fitted by the build script (see
   the documentation's page on occupation coding for what it was fitted on
   and how well it holds). Below :data:`SCORE_FLOOR` a posting has no
   occupation.

A classification of your own (a national one, say) loads from a CSV file with
the columns ``id, label, group`` and, optionally, ``group_label, aliases``
(separated by ``|``), ``language``, ``description``, ``onet_soc_code`` and
``soc_2018_code``; several rows may share an ``id`` (one per language).
"""

from __future__ import annotations

import csv
import gzip
import bisect
import heapq
import io
import json
import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import JobspecError
from .models import LabelKind, Occupation, OccupationAlternative, OccupationMatch
from .occupation_words import HEAD_NOUNS, TitleWords, body_stems, fold, label_variants, title_readings

__all__ = [
    "SCORE_FLOOR",
    "Classification",
    "ClassificationBuilder",
    "OccupationEntry",
    "default_classification",
]

INDEX_FORMAT = 1
SCORE_FLOOR = 0.15
"""Postings whose best candidate scores below this have no occupation."""

# How much a label of each kind says about its occupation.
KIND_WEIGHT: dict[str, float] = {
    "preferred": 1.0,
    "alternative": 0.95,
    "hidden": 0.85,
    "onet_title": 0.9,
    "onet_reported": 0.85,
    "onet_alternate": 0.8,
}
_KIND_OF_LETTER = dict(zip("pahtro", KIND_WEIGHT, strict=True))
_LETTER_OF_KIND = {kind: letter for letter, kind in _KIND_OF_LETTER.items()}
_KIND_WEIGHT_OF_LETTER = {letter: KIND_WEIGHT[kind] for letter, kind in _KIND_OF_LETTER.items()}
OTHER_LANGUAGE_WEIGHT = 0.85
"""A label in another language than the posting's (English titles are common everywhere)."""
ENGLISH_LABEL_WEIGHT = 0.95
TRANSLATED_WEIGHT = 0.9
"""A title reading put into English through the glossary."""
REORDERED_WEIGHT = 0.9
"""A label met by title words taken in another order ("Developer Android" as "android developer")."""
HEADING_WEIGHT = 0.6
"""A label met in a heading of the body rather than in the title."""
BODY_WEIGHT = 0.2
"""How much the body's similarity, relative to the best candidate's (0 to 1), adds to the title's evidence."""
TITLE_KEPT = 0.9
"""Share of a title's evidence kept when the body shares nothing with the occupation (the rest scales with it)."""
BODY_FLOOR = 0.1
"""The body similarities are divided by the best one, or by this when all are lower (a body that says little)."""
PRIOR_WEIGHT = 0.03
"""How much an occupation's commonness (how many labels it has, 0 to 1) adds: it breaks near ties."""
SKILL_WEIGHT = 0.3
"""How much the groups the posting's skills point to (relative to the best group's) add."""
SKILL_GROUPS = 8
"""Groups kept per skill."""
SKILL_OCCUPATION_WEIGHT = 0.3
"""How much the occupations the posting's skills point to by name (relative to the best) add."""
SKILL_PROPOSED = 2
"""Groups the skills propose (all their occupations become candidates)."""
GROUP_BODY_WEIGHT = 0.4
"""How much the body's similarity to an occupation's whole group (relative to the best group's) adds."""
MAX_CANDIDATES = 30
BODY_GROUPS = 3
"""Groups the body proposes (all their occupations become candidates)."""
WEAK_TITLE = 0.6
"""Below this title evidence the headings are read as titles too."""
VECTOR_TERMS = 80
GROUP_VECTOR_TERMS = 200
RETRIEVAL_STEMS = 40
"""The body's most telling stems (frequent in it, rare among groups) that propose groups."""
_MAX_BODY_CHARS = 20_000

MIN_LABEL_CHARS = 3
"""Labels shorter than this ("dr") are not looked up: they are abbreviations that mean many things."""
SPECIFIC_HEADS = 3
"""A one-word label that ends the labels of more occupations than this counts for less (see ``_genericity``)."""
HEAD_FINAL_WORDS = 2
"""Words after a head noun tried before it ("Developer Android" → "android developer")."""

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


@dataclass(frozen=True)
class _Hit:
    """One label met by words of the title (or a heading)."""

    strength: float
    words: str
    label: str
    kind: str
    language: str
    source: str


@dataclass
class _Candidate:
    occupation: int
    title: _Hit | None = None
    body: float = 0.0
    """Similarity of the body to the occupation, relative to the best candidate's (0-1)."""
    group_body: float = 0.0
    """Similarity of the body to the occupation's group, relative to the best group's (0-1)."""
    group_skills: float = 0.0
    """How much the posting's skills point to the occupation's group, relative to the best group (0-1)."""
    skills: float = 0.0
    """How many of the posting's skills point to the occupation itself, relative to the best (0-1)."""
    prior: float = 0.0

    @property
    def title_strength(self) -> float:
        return self.title.strength if self.title is not None else 0.0

    @property
    def total(self) -> float:
        agreement = TITLE_KEPT + (1.0 - TITLE_KEPT) * max(self.group_body, self.group_skills)
        return (
            self.title_strength * agreement
            + GROUP_BODY_WEIGHT * self.group_body
            + SKILL_WEIGHT * self.group_skills
            + SKILL_OCCUPATION_WEIGHT * self.skills
            + BODY_WEIGHT * self.body
            + PRIOR_WEIGHT * self.prior
        )


_TF = [0.0, *(1.0 + math.log(count) for count in range(1, 64))]


@dataclass
class _Query:
    """The body's stems weighted by how often they occur (1 + log tf), and its text."""

    weights: dict[str, float]
    text: str
    norm: float

    @classmethod
    def of(cls, texts: Sequence[str]) -> _Query:
        text = "\n".join(texts)[:_MAX_BODY_CHARS]
        counts = Counter(body_stems(text))
        weights = {stem: _TF[min(count, 63)] for stem, count in counts.items()}
        return cls(weights, text, math.sqrt(sum(map(operator.mul, weights.values(), weights.values()))) or 1.0)

    @property
    def stems(self) -> set[str]:
        return set(self.weights)

    def similarity(self, vector: dict[str, float]) -> float:
        """Cosine similarity of this query with an L2-normalised vector."""
        shared = self.weights.keys() & vector.keys()
        products = map(operator.mul, map(self.weights.__getitem__, shared), map(vector.__getitem__, shared))
        return sum(products) / self.norm


class Classification:
    """Occupations with their labels and words, and the coder that matches a posting against them.

    Build one with :meth:`from_file` (a CSV of your own) or
    :class:`ClassificationBuilder`; :func:`default_classification` is the
    one shipped with jobspec (ESCO with O*NET titles).
    """

    def __init__(
        self,
        *,
        name: str,
        occupations: Sequence[OccupationEntry],
        groups: Mapping[str, str],
        labels: dict[str, str],
        vectors: Sequence[str],
        group_vectors: Mapping[str, str],
        postings: dict[str, str],
        skills: dict[str, str] | None = None,
        skill_occupations: dict[str, str] | None = None,
        priors: Sequence[float] | None = None,
        calibration: Sequence[float] = (-4.0, 6.0, 4.0),
    ) -> None:
        self.name = name
        self.occupations = tuple(occupations)
        self._priors = list(priors) if priors is not None else [0.0] * len(self.occupations)
        self.groups = dict(groups)
        self._labels = labels
        self._vectors = list(vectors)
        self._group_codes = sorted(group_vectors)
        self._group_vectors = [group_vectors[code] for code in self._group_codes]
        self._postings = postings
        self._skills = skills or {}
        self._skill_occupations = skill_occupations or {}
        self._skill_cache: dict[str, dict[str, float]] = {}
        self._members: dict[str, list[int]] = {}
        for position, entry in enumerate(self.occupations):
            self._members.setdefault(entry.group, []).append(position)
        self._group_cache: dict[int, dict[str, float]] = {}
        self.calibration = tuple(calibration)
        self._vector_cache: dict[int, dict[str, float]] = {}
        self._posting_cache: dict[str, list[tuple[int, float]]] = {}
        self._entries_cache: dict[str, list[tuple[int, str, str, float]]] = {}

    def __len__(self) -> int:
        return len(self.occupations)

    def __repr__(self) -> str:
        return f"Classification({self.name!r}, {len(self)} occupations)"

    # --- building and loading ------------------------------------------------------

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
        if data.get("format") != INDEX_FORMAT:
            raise JobspecError(f"occupation index of format {data.get('format')!r}; this jobspec reads {INDEX_FORMAT}")
        prefix = data.get("id_prefix", "")
        occupations = [
            OccupationEntry(prefix + row[0], row[1], row[2], row[3] or None, row[4] or None)
            for row in data["occupations"]
        ]
        priors = [float(row[5]) for row in data["occupations"]]
        return cls(
            name=data["name"],
            occupations=occupations,
            groups=data["groups"],
            labels=dict(zip(data["label_keys"].split("\n"), data["label_values"].split("\n"), strict=True)),
            vectors=data["vectors"].split("\n"),
            group_vectors=dict(zip(data["group_codes"].split("\n"), data["group_vectors"].split("\n"), strict=True)),
            postings=dict(zip(data["posting_keys"].split("\n"), data["posting_values"].split("\n"), strict=True)),
            skills=dict(zip(data["skill_keys"].split("\n"), data["skill_values"].split("\n"), strict=True))
            if data.get("skill_keys")
            else {},
            skill_occupations=data.get("skill_occupations", {}),
            priors=priors,
            calibration=data.get("calibration", (-4.0, 6.0, 4.0)),
        )

    def to_index(self, *, id_prefix: str = "") -> dict[str, Any]:
        """This classification as a JSON-safe object (what the build script ships, gzipped)."""
        rows = [
            [o.id.removeprefix(id_prefix), o.label, o.group, o.onet_soc_code or "", o.soc_2018_code or "", prior]
            for o, prior in zip(self.occupations, self._priors, strict=True)
        ]
        return {
            "format": INDEX_FORMAT,
            "name": self.name,
            "id_prefix": id_prefix,
            "calibration": list(self.calibration),
            "groups": self.groups,
            "occupations": rows,
            "label_keys": "\n".join(self._labels),
            "label_values": "\n".join(self._labels.values()),
            "vectors": "\n".join(self._vectors),
            "group_codes": "\n".join(self._group_codes),
            "group_vectors": "\n".join(self._group_vectors),
            "posting_keys": "\n".join(self._postings),
            "posting_values": "\n".join(self._postings.values()),
            "skill_keys": "\n".join(self._skills),
            "skill_values": "\n".join(self._skills.values()),
            "skill_occupations": self._skill_occupations,
        }

    def with_calibration(self, calibration: Sequence[float]) -> Classification:
        """The same classification with another score curve (intercept, evidence, lead)."""
        return Classification(
            name=self.name,
            occupations=self.occupations,
            groups=self.groups,
            labels=self._labels,
            vectors=self._vectors,
            group_vectors=dict(zip(self._group_codes, self._group_vectors, strict=True)),
            postings=self._postings,
            skills=self._skills,
            skill_occupations=self._skill_occupations,
            priors=self._priors,
            calibration=calibration,
        )

    # --- coding ----------------------------------------------------------------------

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
        (read as titles when the title names no occupation); ``location``
        and ``company`` are left out of the title.

        >>> found = default_classification().code("Senior Software Engineer (m/w/d)")
        >>> found.isco_code, found.esco_label
        ('2512', 'software developer')
        """
        candidates = self._candidates(title, language, location, company, headings)
        query = _Query.of([*texts, *skills])
        skill_groups = self._skill_groups(skills)
        proposed = self._retrieve_groups(query) if query.weights else []
        proposed += heapq.nlargest(SKILL_PROPOSED, skill_groups, key=skill_groups.__getitem__)
        for group in proposed:
            for occupation in self._members.get(group, ()):
                candidates.setdefault(occupation, _Candidate(occupation, prior=self._priors[occupation]))
        hinted = self._skill_occupation_counts(skills)
        for occupation in hinted:
            candidates.setdefault(occupation, _Candidate(occupation, prior=self._priors[occupation]))
        if not candidates:
            return None
        self._weigh_body(query, candidates)
        if hinted:
            most = max(hinted.values())
            for occupation, count in hinted.items():
                candidates[occupation].skills = count / most
        if skill_groups:
            best = max(skill_groups.values())
            for candidate in candidates.values():
                candidate.group_skills = skill_groups.get(self.occupations[candidate.occupation].group, 0.0) / best
        ranked = sorted(candidates.values(), key=lambda c: (-c.total, c.occupation))
        return self._occupation(ranked, query)

    def features(self, ranked: Sequence[_Candidate]) -> tuple[float, float]:
        """Evidence of the best candidate and its lead over the best of another group (what the score reads)."""
        best = ranked[0]
        group = self.occupations[best.occupation].group
        rival = next((c.total for c in ranked[1:] if self.occupations[c.occupation].group != group), 0.0)
        return best.total, best.total - rival

    def _score(self, evidence: float, lead: float) -> float:
        intercept, slope, lead_slope = self.calibration
        return 1.0 / (1.0 + math.exp(-(intercept + slope * evidence + lead_slope * lead)))

    def _occupation(self, ranked: list[_Candidate], query: _Query) -> Occupation | None:
        evidence, lead = self.features(ranked)
        score = self._score(evidence, lead)
        if score < SCORE_FLOOR:
            return None
        best = ranked[0]
        entry = self.occupations[best.occupation]
        return Occupation(
            esco_uri=entry.id,
            esco_label=entry.label,
            isco_code=entry.group,
            isco_label=self.groups.get(entry.group),
            onet_soc_code=entry.onet_soc_code,
            soc_2018_code=entry.soc_2018_code,
            score=round(score, 3),
            matched=self._evidence(best, query),
            alternatives=self._alternatives(ranked, evidence),
            classification=self.name,
        )

    def _alternatives(self, ranked: list[_Candidate], best: float) -> list[OccupationAlternative]:
        out = []
        for candidate in ranked[1:4]:
            entry = self.occupations[candidate.occupation]
            lead = candidate.total - best
            out.append(
                OccupationAlternative(
                    esco_uri=entry.id,
                    esco_label=entry.label,
                    isco_code=entry.group,
                    score=round(self._score(candidate.total, lead), 3),
                )
            )
        return out

    def _evidence(self, candidate: _Candidate, query: _Query) -> list[OccupationMatch]:
        matched: list[OccupationMatch] = []
        hit = candidate.title
        if hit is not None:
            matched.append(
                OccupationMatch(
                    source="title" if hit.source == "title" else "heading",
                    text=hit.words,
                    label=hit.label,
                    label_kind=_KIND_OF_LETTER[hit.kind],  # type: ignore[arg-type]
                    language=hit.language or None,
                    weight=round(hit.strength, 3),
                )
            )
        if candidate.body > 0:
            words = _surface(self._top_stems(query, candidate.occupation), query.text)
            if words:
                matched.append(
                    OccupationMatch(source="body", text=", ".join(words), weight=round(min(1.0, candidate.body), 3))
                )
        if len(matched) == 2 and matched[1].weight * BODY_WEIGHT > matched[0].weight:
            matched.reverse()
        return matched

    # --- title -----------------------------------------------------------------------

    def _candidates(
        self,
        title: str | None,
        language: str | None,
        location: str | None,
        company: str | None,
        headings: Sequence[str],
    ) -> dict[int, _Candidate]:
        candidates: dict[int, _Candidate] = {}
        if title:
            for reading in title_readings(title, location=location, company=company):
                self._meet_labels(reading, language, "title", candidates)
        if max((c.title_strength for c in candidates.values()), default=0.0) < WEAK_TITLE:
            for heading in headings[:12]:
                for reading in title_readings(heading, location=location, company=company):
                    self._meet_labels(reading, language, "heading", candidates)
        if len(candidates) > MAX_CANDIDATES:
            kept = sorted(candidates.values(), key=lambda c: -c.title_strength)[:MAX_CANDIDATES]
            candidates = {c.occupation: c for c in kept}
        return candidates

    def _meet_labels(
        self, reading: TitleWords, language: str | None, source: str, candidates: dict[int, _Candidate]
    ) -> None:
        words, counts = reading.words, reading.counts
        content = reading.content
        if not content:
            return
        factor = (TRANSLATED_WEIGHT if reading.translated else 1.0) * (HEADING_WEIGHT if source != "title" else 1.0)
        shortest = 2 if source != "title" else 1  # a one-word heading ("Philosophy") is seldom the job
        for size in range(min(len(words), 8), shortest - 1, -1):
            for start in range(len(words) - size + 1):
                covered = sum(counts[start : start + size])
                if covered:
                    span = words[start : start + size]
                    self._meet(span, covered / content, factor, language, source, candidates)
        for head in range(len(words) - 1):
            if words[head] in HEAD_NOUNS:
                for size in range(1, HEAD_FINAL_WORDS + 1):
                    before = words[head + 1 : head + 1 + size]
                    covered = sum(counts[head + 1 : head + 1 + size]) + counts[head]
                    if len(before) == size and covered > 1:
                        span = (*before, words[head])
                        self._meet(span, covered / content, factor * REORDERED_WEIGHT, language, source, candidates)

    def _meet(
        self,
        span: Sequence[str],
        coverage: float,
        factor: float,
        language: str | None,
        source: str,
        candidates: dict[int, _Candidate],
    ) -> None:
        """Record the occupations of the label ``span`` meets, if any, as candidates."""
        key = self._label_key(span)
        if key is None:
            return
        for occupation, kind, label_language, weight in self._entries(key):
            strength = factor * coverage * weight * _KIND_WEIGHT_OF_LETTER[kind]
            strength *= _language_weight(label_language, language)
            candidate = candidates.get(occupation)
            if candidate is None:
                candidate = candidates[occupation] = _Candidate(occupation, prior=self._priors[occupation])
            if candidate.title is None or strength > candidate.title.strength:
                candidate.title = _Hit(strength, " ".join(span), key, kind, label_language, source)

    def _label_key(self, span: Sequence[str]) -> str | None:
        """The label ``span`` meets, written apart or together ("software entwickler"); None when it meets none."""
        key = " ".join(span)
        if key in self._labels:
            return key
        if len(span) > 1:
            key = "".join(span)
            if key in self._labels:
                return key
        return None

    def _entries(self, key: str) -> list[tuple[int, str, str, float]]:
        """(occupation, kind letter, language, weight) of every occupation a label key names."""
        cached = self._entries_cache.get(key)
        if cached is None:
            cached = []
            for part in self._labels[key].split(";"):
                occupation, kind, language, weight = part.split(",")
                cached.append((int(occupation), kind, language, int(weight) / 9))
            self._entries_cache[key] = cached
        return cached

    # --- body ------------------------------------------------------------------------

    def _vector(self, occupation: int) -> dict[str, float]:
        cached = self._vector_cache.get(occupation)
        if cached is None:
            cached = _decoded(self._vectors[occupation])
            self._vector_cache[occupation] = cached
        return cached

    def _similarity(self, query: _Query, occupation: int) -> float:
        return query.similarity(self._vector(occupation))

    def _top_stems(self, query: _Query, occupation: int, top: int = 6) -> list[str]:
        vector, weights = self._vector(occupation), query.weights
        return heapq.nlargest(top, sorted(weights.keys() & vector.keys()), key=lambda s: weights[s] * vector[s])

    def _weigh_body(self, query: _Query, candidates: dict[int, _Candidate]) -> None:
        """Each candidate's body similarity, to itself and to its group, relative to the best of each."""
        if not query.weights:
            return
        group_of = {self.occupations[o].group for o in candidates}
        group_similarity = {group: self._group_similarity(query, group) for group in group_of}
        best_group = max(BODY_FLOOR, *group_similarity.values())
        for candidate in candidates.values():
            candidate.body = self._similarity(query, candidate.occupation)
            candidate.group_body = group_similarity[self.occupations[candidate.occupation].group] / best_group
        best = max(BODY_FLOOR, *(candidate.body for candidate in candidates.values()))
        for candidate in candidates.values():
            candidate.body /= best

    def _skill_groups(self, skills: Sequence[str]) -> dict[str, float]:
        """The groups the skills point to, each with the sum of its shares."""
        scores: dict[str, float] = {}
        for name in skills:
            for group, share in self._skill_shares(fold(name)).items():
                scores[group] = scores.get(group, 0.0) + share
        return scores

    def _skill_occupation_counts(self, skills: Sequence[str]) -> Counter[int]:
        """How many of the skills point to each occupation by name (see the build script's families)."""
        counts: Counter[int] = Counter()
        for name in skills:
            for occupation in self._skill_occupations.get(fold(name), "").split():
                counts[int(occupation)] += 1
        return counts

    def _skill_shares(self, name: str) -> dict[str, float]:
        cached = self._skill_cache.get(name)
        if cached is None:
            cached = _decoded(self._skills.get(name, ""))
            self._skill_cache[name] = cached
        return cached

    def _group_vector(self, group: str) -> dict[str, float]:
        index = bisect.bisect_left(self._group_codes, group)
        if index == len(self._group_codes) or self._group_codes[index] != group:
            return {}
        cached = self._group_cache.get(index)
        if cached is None:
            cached = _decoded(self._group_vectors[index])
            self._group_cache[index] = cached
        return cached

    def _group_similarity(self, query: _Query, group: str) -> float:
        return query.similarity(self._group_vector(group))

    def _retrieve_groups(self, query: _Query) -> list[str]:
        """The groups sharing most of the body's rarest stems (the :data:`RETRIEVAL_STEMS` rarest)."""
        weights = query.weights
        telling = heapq.nlargest(
            RETRIEVAL_STEMS, weights.keys() & self._postings.keys(), key=lambda stem: weights[stem] * self._rarity(stem)
        )
        scores: dict[int, float] = {}
        for stem in telling:
            weight = weights[stem]
            for group, value in self._posting_list(stem)[1:]:
                scores[group] = scores.get(group, 0.0) + weight * value
        best = heapq.nlargest(BODY_GROUPS, scores.items(), key=lambda pair: (pair[1], -pair[0]))
        return [self._group_codes[index] for index, _ in best]

    def _rarity(self, stem: str) -> float:
        return self._posting_list(stem)[0][1]

    def _posting_list(self, stem: str) -> list[tuple[int, float]]:
        """The groups a stem is among the telling words of, with its weight there; the rarity first."""
        cached = self._posting_cache.get(stem)
        if cached is None:
            parts = self._postings[stem].split(" ")
            cached = [(-1, float(parts[0]))]
            cached.extend((int(parts[i]), int(parts[i + 1]) / 1000) for i in range(1, len(parts) - 1, 2))
            self._posting_cache[stem] = cached
        return cached


def _decoded(vector: str) -> dict[str, float]:
    """``"stem 120 stem 80"`` (weights in thousandths) as a dict."""
    parts = vector.split(" ") if vector else []
    return {parts[i]: int(parts[i + 1]) / 1000 for i in range(0, len(parts) - 1, 2)}


def _language_weight(label_language: str, posting_language: str | None) -> float:
    if not posting_language or not label_language or label_language == posting_language:
        return 1.0
    return ENGLISH_LABEL_WEIGHT if label_language == "en" else OTHER_LANGUAGE_WEIGHT


def _surface(stems: Sequence[str], text: str) -> list[str]:
    """The first word of ``text`` written with each stem (stems are prefixes of folded words)."""
    folded = fold(text)
    words = []
    for stem in stems:
        match = re.search(rf"(?<![^\W_]){re.escape(stem)}[^\W_]*", folded)
        if match:
            words.append(match.group())
    return words


class ClassificationBuilder:
    """Builds a :class:`Classification`: occupations, their labels and words, then :meth:`build`.

    The build script of the shipped index and :meth:`Classification.from_file`
    both use it, so labels and titles are read by the same rules.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.occupations: list[OccupationEntry] = []
        self.groups: dict[str, str] = {}
        self._position: dict[str, int] = {}
        self._labels: dict[str, dict[tuple[int, str], tuple[str, float]]] = {}
        self._texts: list[list[tuple[str, float]]] = []
        self._group_texts: dict[str, list[tuple[str, float]]] = {}
        self._skill_weights: dict[str, Counter[str]] = {}
        self._skill_occupations: dict[str, list[int]] = {}

    def add_occupation(self, entry: OccupationEntry) -> int:
        """Add an occupation (once per id); returns its position."""
        if entry.id in self._position:
            return self._position[entry.id]
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

    def has_own_label(self, text: str) -> bool:
        """True when some occupation already has these words as a preferred, alternative or hidden label."""
        for words in label_variants(text)[:1]:
            entries = self._labels.get(" ".join(words), {})
            if any(letter in "pah" for letter, _ in entries.values()):
                return True
        return False

    def add_label(self, occupation: int, text: str, kind: LabelKind, language: str, weight: float = 1.0) -> None:
        """A label of an occupation; the same words naming it twice keep the stronger kind."""
        for words in label_variants(text):
            key = " ".join(words)
            entries = self._labels.setdefault(key, {})
            letter = _LETTER_OF_KIND[kind]
            known = entries.get((occupation, language))
            if known is None or KIND_WEIGHT[kind] * weight > _KIND_WEIGHT_OF_LETTER[known[0]] * known[1]:
                entries[(occupation, language)] = (letter, weight)

    def add_text(self, occupation: int, text: str, weight: float = 1.0) -> None:
        """Words that describe an occupation (description, tasks, tools), compared with posting bodies."""
        if text:
            self._texts[occupation].append((text, weight))

    def add_group_text(self, group: str, text: str, weight: float = 1.0) -> None:
        """Words that describe a whole group (its description, its tasks), read as words of each of its occupations."""
        if text:
            self._group_texts.setdefault(group, []).append((text, weight))

    def add_skill(self, name: str, group: str, weight: float = 1.0) -> None:
        """A skill (by name) seen in the work of a group: the posting's skills then point to the groups."""
        key = fold(name.strip())
        if key and group:
            self._skill_weights.setdefault(key, Counter())[group] += weight

    def add_skill_occupation(self, name: str, occupation: int) -> None:
        """A skill (by name) that points to one occupation (Swift to mobile application developer)."""
        listed = self._skill_occupations.setdefault(fold(name.strip()), [])
        if occupation not in listed:
            listed.append(occupation)

    def add_row(self, row: Mapping[str, Any], *, where: str | None = None, line: int | None = None) -> int:
        """One CSV row of a classification of your own (see :mod:`jobspec.occupations`)."""
        occupation_id = str(row.get("id") or "").strip()
        label = str(row.get("label") or "").strip()
        group = str(row.get("group") or "").strip()
        if not occupation_id or not label or not group:
            raise JobspecError("a classification row needs an id, a label and a group", path=where, line=line)
        position = self.add_occupation(
            OccupationEntry(
                occupation_id,
                label,
                group,
                str(row.get("onet_soc_code") or "").strip() or None,
                str(row.get("soc_2018_code") or "").strip() or None,
            )
        )
        language = str(row.get("language") or "").strip().lower()
        self.add_group(group, str(row.get("group_label") or "").strip())
        self.add_label(position, label, "preferred", language)
        aliases = str(row.get("aliases") or "")
        for alias in aliases.split("|"):
            if alias.strip():
                self.add_label(position, alias.strip(), "alternative", language)
        self.add_text(position, label + " " + aliases.replace("|", " "), 2.0)
        self.add_text(position, str(row.get("description") or ""))
        return position

    def build(self, calibration: Sequence[float] | None = None) -> Classification:
        """The classification, with its label table and body index."""
        labels = self._label_table()
        counts = [
            _stem_counts([*texts, *self._group_texts.get(entry.group, ())])
            for entry, texts in zip(self.occupations, self._texts, strict=True)
        ]
        vectors = _tf_idf(counts, VECTOR_TERMS)
        by_group: dict[str, Counter[str]] = {}
        for entry, vector in zip(self.occupations, vectors, strict=True):
            by_group.setdefault(entry.group, Counter()).update(dict(vector))
        group_codes = sorted(by_group)
        group_vectors = [_normalised(by_group[code], GROUP_VECTOR_TERMS) for code in group_codes]
        return Classification(
            name=self.name,
            occupations=self.occupations,
            groups=self.groups,
            labels=labels,
            vectors=[_encoded(vector) for vector in vectors],
            group_vectors={code: _encoded(vector) for code, vector in zip(group_codes, group_vectors, strict=True)},
            postings=_postings(group_vectors),
            skills=self._skill_table(),
            skill_occupations={
                name: " ".join(map(str, occupations)) for name, occupations in sorted(self._skill_occupations.items())
            },
            priors=self._priors(),
            **({"calibration": calibration} if calibration is not None else {}),
        )

    def _skill_table(self) -> dict[str, str]:
        """For each skill, the groups it is seen in, as shares (in thousandths) of its weight."""
        table: dict[str, str] = {}
        for name in sorted(self._skill_weights):
            weights = self._skill_weights[name]
            total = sum(weights.values())
            top = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:SKILL_GROUPS]
            encoded = [(group, round(1000 * weight / total)) for group, weight in top]
            table[name] = _encoded([(group, share) for group, share in encoded if share > 0])
        return table

    def _priors(self) -> list[float]:
        """How common each occupation is, read from how many labels of its own it has (0 to 1)."""
        counts = [0] * len(self.occupations)
        for entries in self._labels.values():
            for (occupation, _), (letter, _) in entries.items():
                counts[occupation] += letter in "pah"
        top = math.log1p(max(counts, default=0)) or 1.0
        return [round(math.log1p(count) / top, 3) for count in counts]

    def _label_table(self) -> dict[str, str]:
        generic = self._genericity()
        table: dict[str, str] = {}
        for key in sorted(self._labels):
            if len(key) < MIN_LABEL_CHARS:
                continue
            damping = min(1.0, math.sqrt(SPECIFIC_HEADS / generic[key])) if key in generic else 1.0
            entries = self._labels[key]
            table[key] = ";".join(
                f"{occupation},{letter},{language},{max(1, min(9, round(weight * damping * 9)))}"
                for (occupation, language), (letter, weight) in sorted(entries.items())
            )
        return table

    def _genericity(self) -> dict[str, int]:
        """For each one-word label, how many occupations have longer labels ending in it ("engineer": hundreds).

        A title that is only such a word ("Engineer", "Designer") says little about which of them it is.
        """
        heads: dict[str, set[int]] = {}
        for key, entries in self._labels.items():
            head = key.rpartition(" ")[2]
            if head != key:
                heads.setdefault(head, set()).update(occupation for occupation, _ in entries)
        return {key: len(heads[key]) + 1 for key in self._labels if " " not in key and key in heads}



def _stem_counts(texts: Sequence[tuple[str, float]]) -> Counter[str]:
    counter: Counter[str] = Counter()
    for text, weight in texts:
        for stem in body_stems(text):
            counter[stem] += weight
    return counter


def _tf_idf(counts: Sequence[Counter[str]], terms: int) -> list[list[tuple[str, int]]]:
    """For each document, its ``terms`` most telling stems with tf-idf weights (L2-normalised, in thousandths)."""
    frequency: Counter[str] = Counter(stem for counter in counts for stem in counter)
    total = len(counts)
    vectors = []
    for counter in counts:
        weights = {s: (1.0 + math.log(c)) * math.log(total / frequency[s]) for s, c in counter.items() if c >= 1}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        top = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:terms]
        vectors.append([(s, round(1000 * w / norm)) for s, w in top if round(1000 * w / norm) > 0])
    return vectors


def _normalised(counter: Counter[str], terms: int) -> list[tuple[str, int]]:
    """The ``terms`` heaviest stems of a summed vector, L2-normalised, in thousandths."""
    top = sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))[:terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return [(s, round(1000 * w / norm)) for s, w in top if round(1000 * w / norm) > 0]


def _encoded(vector: list[tuple[str, int]]) -> str:
    return " ".join(f"{stem} {weight}" for stem, weight in vector)


def _postings(vectors: list[list[tuple[str, int]]]) -> dict[str, str]:
    """For each stem, its rarity (idf over groups) and the groups it is a telling word of, with its weight."""
    by_stem: dict[str, list[tuple[int, int]]] = {}
    for group, vector in enumerate(vectors):
        for stem, weight in vector:
            by_stem.setdefault(stem, []).append((weight, group))
    total = len(vectors)
    out: dict[str, str] = {}
    for stem in sorted(by_stem):
        listed = sorted(by_stem[stem], key=lambda pair: (-pair[0], pair[1]))
        rarity = round(math.log(total / len(listed)), 3)
        out[stem] = f"{rarity} " + " ".join(f"{group} {weight}" for weight, group in listed)
    return out


@cache
def default_classification() -> Classification:
    """The classification shipped with jobspec (ESCO v1.2.1 with O*NET 29.2 titles), loaded once."""
    data = resources.files("jobspec").joinpath("data/occupations.json.gz").read_bytes()
    return Classification.from_index(json.loads(gzip.decompress(data)))


def occupation_groups(code: str, classification: Classification | None = None) -> list[tuple[str, str | None]]:
    """The major, sub-major, minor and unit groups of an ISCO code, each with its title where known."""
    groups = (classification or default_classification()).groups
    return [(code[:size], groups.get(code[:size])) for size in range(1, len(code) + 1)]


"""Near-duplicate postings: a fingerprint per posting, and grouping that streams.

The same job is often published on several sites, reposted with small edits,
converted from HTML to Markdown or re-encoded on the way. A
:class:`~jobspec.models.Fingerprint` holds

* ``key``: a hash of the title, company and location, normalised (case,
  accents kept, gender markers such as "(m/w/d)" and bracketed notes, legal
  forms such as "GmbH" or "Inc." and punctuation removed);
* ``minhash``: a MinHash signature of the body's word shingles (three words
  each), made of the plain text of the sections, so that a re-wrapped,
  re-bulleted or HTML copy has the same shingles as the original.

The signature uses one-permutation hashing (Li, Owen and Zhang, 2012): each
shingle is hashed once and falls into one of the signature's
bins, which keeps the smallest hash; empty bins borrow from the next full
one (Shrivastava's densification). The share of equal values between two
signatures estimates the Jaccard similarity of their shingle sets, as
classic MinHash does, at the cost of one hash per shingle instead of one per
shingle and permutation: no ``numpy`` or ``datasketch`` is needed.

:class:`DedupIndex` groups fingerprints as they come (locality-sensitive
hashing over bands of the signatures, then a check of each candidate pair)
and keeps everything in a temporary SQLite database on disk, so memory stays flat
however many postings stream through; the file grows by about a kilobyte
per posting. Two postings are near-duplicates when their estimated body
similarity reaches the threshold and their titles agree (the same
normalised title, or at least half of their title words shared).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ftfy

from .facts.seniority import seniority_from_title
from .models import Fingerprint, JobPosting

__all__ = ["DEFAULT_THRESHOLD", "PERMUTATIONS", "DedupIndex", "Group", "fingerprint", "similarity"]

PERMUTATIONS = 128
"""Values in a MinHash signature."""

SHINGLE_WORDS = 3
"""Words in a shingle."""

DEFAULT_THRESHOLD = 0.7
"""Estimated Jaccard similarity of the bodies from which two postings are near-duplicates."""

_MAX_BUCKET = 16  # candidates read from one LSH bucket (a template shared by thousands of postings)
_MAX_CHECKS = 24  # candidate pairs checked per posting, most shared bands first
_MAX_MATCHES = 4  # groups a posting may join (and so merge) at once
_MAX_IDLE_CHECKS = 4  # once in a group, checks in a row that find no other group before giving up
_WORD = re.compile(r"\w+")
_MOJIBAKE_SIGN = re.compile("[ÃÂ][\u0080-\u00bf]|â€")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
_GENDER = re.compile(r"\b[mwfdhxv](?:\s*/\s*[mwfdhxv*]){1,3}\b|\b(?:all genders|alle geschlechter)\b", re.IGNORECASE)
_LEGAL_FORMS = frozenset(
    "gmbh ag kg ohg ug mbh inc incorporated ltd limited llc llp lp plc corp corporation co company sa sas sarl "
    "sasu srl spa bv nv ab oy as aps sl slu sp zoo kft sro gbr ev".split()
)
_MASK = (1 << 32) - 1
_MASK64 = (1 << 64) - 1


def _normalised(text: str | None, *, drop: frozenset[str] = frozenset()) -> str:
    """Lower case, compatibility forms, no brackets, gender markers or punctuation; words in order."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _GENDER.sub(" ", _BRACKETED.sub(" ", text))
    return " ".join(word for word in _WORD.findall(text) if word not in drop)


def _key(title: str, company: str, location: str) -> str:
    joined = "\x1f".join((title, company, location)).encode()
    return hashlib.blake2b(joined, digest_size=8).hexdigest()


def _body_words(posting: JobPosting) -> list[str]:
    """The words of the posting's sections, headings included, as a reader sees them."""
    parts: list[str] = []
    for section in posting.iter_sections():
        if section.heading:
            parts.append(_normalised(section.heading))
        parts.append(section.text)
    text = "\n".join(parts)
    if _MOJIBAKE_SIGN.search(text):  # what loading left of UTF-8 read as cp1252 ("vÃ¥rt")
        text = ftfy.fix_encoding(text)
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingle_hashes(words: list[str]) -> set[int]:
    """A 64-bit hash of every shingle: CRC-32 of each word, the shingle's word hashes mixed by ``hash()``.

    CPython's hash of a tuple of ints is the same in every process and run
    (``PYTHONHASHSEED`` randomises the hashes of strings, not of ints), so
    fingerprints made in worker processes or on other 64-bit machines agree;
    it is several times cheaper than a cryptographic hash per shingle.
    """
    if not words:
        return set()
    hashed = [zlib.crc32(word.encode()) for word in words]
    if len(hashed) < SHINGLE_WORDS:
        return {hash(tuple(hashed)) & _MASK64}
    return {hash(shingle) & _MASK64 for shingle in zip(*(hashed[i:] for i in range(SHINGLE_WORDS)), strict=False)}


def minhash(hashes: Iterable[int], permutations: int = PERMUTATIONS) -> list[int]:
    """The one-permutation MinHash signature of a set of 64-bit hashes, densified; all zeros for an empty set."""
    empty = _MASK + 1
    bins = [empty] * permutations
    for value in hashes:
        slot = value % permutations
        kept = (value // permutations) & _MASK
        if kept < bins[slot]:
            bins[slot] = kept
    if all(value == empty for value in bins):
        return [0] * permutations
    # Densification by rotation: an empty bin takes the next full bin to its right, offset by the distance.
    out = list(bins)
    for slot in range(permutations):
        if bins[slot] != empty:
            continue
        distance = 1
        while bins[(slot + distance) % permutations] == empty:
            distance += 1
        out[slot] = (bins[(slot + distance) % permutations] + distance * 0x9E3779B1) & _MASK
    return out


def fingerprint(posting: JobPosting, *, permutations: int = PERMUTATIONS) -> Fingerprint:
    """The near-duplicate fingerprint of a posting.

    >>> import jobspec
    >>> a = jobspec.parse("# Baker (m/w/d)\\n\\nWe bake bread every morning in our small shop in Leeds.")
    >>> b = jobspec.parse("<h1>Baker</h1>\\n\\nWe bake bread every\\nmorning in our small shop in Leeds.")
    >>> fingerprint(a).key == fingerprint(b).key, similarity(fingerprint(a), fingerprint(b))
    (True, 1.0)
    """
    title = _normalised(posting.title)
    company = _normalised(posting.company, drop=_LEGAL_FORMS)
    location = _normalised((posting.location or "").split(",")[0])
    signature = minhash(_shingle_hashes(_body_words(posting)), permutations)
    return Fingerprint(key=_key(title, company, location), title=title, minhash=signature)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """The estimated Jaccard similarity of two postings' bodies: the share of equal signature values."""
    if not a.minhash or len(a.minhash) != len(b.minhash):
        return 0.0
    return _similarity(a.minhash, b.minhash)


def _similarity(a: Iterable[int], b: Iterable[int]) -> float:
    pairs = list(zip(a, b, strict=True))
    return sum(x == y for x, y in pairs) / len(pairs) if pairs else 0.0


def _titles_agree(a: str, b: str) -> bool:
    """The same title, or at least half of their words shared at the same level (a missing title agrees with any).

    "Software Engineer" and "Senior Software Engineer" share most words, and
    often most of their text, but are two jobs.
    """
    if not a or not b or a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    if len(words_a & words_b) * 2 < len(words_a | words_b):
        return False
    return seniority_from_title(a) == seniority_from_title(b)


def bands_for(threshold: float, permutations: int = PERMUTATIONS) -> tuple[int, int]:
    """(bands, rows) whose S-curve turns below ``threshold``: pairs a bit under it are still checked.

    >>> bands_for(0.7)
    (25, 5)
    """
    target = max(0.2, threshold - 0.2)
    best: tuple[float, int, int] | None = None
    for rows in range(1, permutations + 1):
        bands = permutations // rows
        if bands < 1:
            break
        midpoint = (1 / bands) ** (1 / rows)
        score = abs(midpoint - target)
        if best is None or score < best[0]:
            best = (score, bands, rows)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class Group:
    """Postings found to be copies of one another, in the order they were added."""

    ids: list[str]
    key: str

    def to_dict(self) -> dict[str, object]:
        """The group as JSON-safe data."""
        return {"size": len(self.ids), "key": self.key, "ids": self.ids}


class DedupIndex:
    """Groups near-duplicate postings as their fingerprints are added, in flat memory.

    Fingerprints, band hashes and the union-find forest live in a SQLite
    database with a bounded page cache: SQLite's private temporary database
    (on disk, removed when closed) unless ``path`` names a file to keep.

    >>> import jobspec
    >>> index = DedupIndex(threshold=0.7)
    >>> text = "# Cook\\n\\nPrepare the lunch menu, keep the kitchen clean and order fresh produce every week."
    >>> for name, body in [("a", text), ("b", text.replace("every week", "each week")), ("c", "# Driver\\n\\nDrive.")]:
    ...     _ = index.add(name, fingerprint(jobspec.parse(body)))
    >>> [group.ids for group in index.groups()]
    [['a', 'b']]
    >>> index.close()
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, *, path: str | os.PathLike[str] | None = None) -> None:
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        # An empty name is SQLite's private temporary database: on disk, removed when closed (or the process ends).
        self._db = sqlite3.connect("" if path is None else os.fspath(path))
        self._db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            PRAGMA cache_size = -8192;
            PRAGMA temp_store = FILE;
            CREATE TABLE IF NOT EXISTS posting (
                idx INTEGER PRIMARY KEY, id TEXT NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL,
                signature BLOB NOT NULL, parent INTEGER NOT NULL
            );
            CREATE TABLE IF NOT EXISTS band (band INTEGER NOT NULL, hash INTEGER NOT NULL, idx INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS band_lookup ON band (band, hash, idx);
            """
        )
        self._count = self._db.execute("SELECT COUNT(*) FROM posting").fetchone()[0]
        self._bands: tuple[int, int] | None = None
        self._lookup: tuple[int, str] | None = None
        self._pending = 0

    def add(self, posting_id: str, found: Fingerprint) -> list[str]:
        """Add one posting; returns the ids of earlier postings it duplicates (one per group it joins)."""
        signature = array("I", found.minhash)
        bands, rows = self._bands or bands_for(self.threshold, len(signature))
        self._bands = (bands, rows)
        hashes = [
            int.from_bytes(hashlib.blake2b(signature[b * rows : (b + 1) * rows].tobytes(), digest_size=7).digest())
            for b in range(bands)
        ]
        index = self._count
        self._count += 1
        matches = self._matches(hashes, signature, found)
        self._db.execute(
            "INSERT INTO posting (idx, id, key, title, signature, parent) VALUES (?, ?, ?, ?, ?, ?)",
            (index, posting_id, found.key, found.title, signature.tobytes(), index),
        )
        self._db.executemany("INSERT INTO band (band, hash, idx) VALUES (?, ?, ?)", _band_rows(hashes, index))
        for other in matches:
            self._union(index, other)
        self._pending += 1
        if self._pending >= 1000:
            self._db.commit()
            self._pending = 0
        return [self._id(other) for other in matches]

    def _matches(self, hashes: list[int], signature: array[int], found: Fingerprint) -> list[int]:
        """Earlier postings that share a band with this one and pass the check, most shared bands first.

        A posting with many copies shares bands with all of them: a few checks
        suffice, as a match joins the group the others are in already.
        """
        shared: dict[int, int] = {}
        for (other,) in self._db.execute(self._lookup_query(len(hashes)), _lookup_arguments(hashes)):
            shared[other] = shared.get(other, 0) + 1
        matches: list[int] = []
        roots: set[int] = set()
        since_new = 0  # checks since the last one that joined a new group
        for checked, other in enumerate(sorted(shared, key=lambda index: (-shared[index], index))):
            if checked >= _MAX_CHECKS or len(matches) >= _MAX_MATCHES or (matches and since_new >= _MAX_IDLE_CHECKS):
                break
            since_new += 1
            title, blob = self._db.execute("SELECT title, signature FROM posting WHERE idx = ?", (other,)).fetchone()
            theirs = array("I")
            theirs.frombytes(blob)
            if _titles_agree(title, found.title) and _similarity(theirs, signature) >= self.threshold:
                root = self._find(other)
                if root not in roots:
                    roots.add(root)
                    matches.append(other)
                    since_new = 0
        return matches

    def _lookup_query(self, bands: int) -> str:
        """One query for the candidates of every band (the most recent few of each bucket)."""
        if self._lookup is None or self._lookup[0] != bands:
            part = "SELECT * FROM (SELECT idx FROM band WHERE band = ? AND hash = ? ORDER BY idx DESC LIMIT ?)"
            self._lookup = (bands, " UNION ALL ".join([part] * bands))
        return self._lookup[1]

    def _id(self, index: int) -> str:
        found: str = self._db.execute("SELECT id FROM posting WHERE idx = ?", (index,)).fetchone()[0]
        return found

    def _find(self, index: int) -> int:
        while True:
            parent: int = self._db.execute("SELECT parent FROM posting WHERE idx = ?", (index,)).fetchone()[0]
            if parent == index:
                return index
            grandparent: int = self._db.execute("SELECT parent FROM posting WHERE idx = ?", (parent,)).fetchone()[0]
            self._db.execute("UPDATE posting SET parent = ? WHERE idx = ?", (grandparent, index))
            index = parent

    def _union(self, a: int, b: int) -> None:
        root_a, root_b = self._find(a), self._find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self._db.execute("UPDATE posting SET parent = ? WHERE idx = ?", (low, high))

    def groups(self, *, singletons: bool = False) -> Iterator[Group]:
        """Every group of two or more postings (with ``singletons``, every posting's group), by first member."""
        self._db.commit()
        self._db.execute("DROP TABLE IF EXISTS root")
        self._db.execute("CREATE TABLE root (idx INTEGER PRIMARY KEY, root INTEGER NOT NULL)")
        for (index,) in self._iter_indices():
            self._db.execute("INSERT INTO root (idx, root) VALUES (?, ?)", (index, self._find(index)))
        self._db.execute("CREATE INDEX root_by_root ON root (root, idx)")
        self._db.commit()
        query = (
            "SELECT root.root, posting.id, posting.key FROM root JOIN posting USING (idx) ORDER BY root.root, root.idx"
        )
        current: int | None = None
        ids: list[str] = []
        key = ""
        for root, posting_id, posting_key in self._db.execute(query):
            if root != current:
                if ids and (singletons or len(ids) > 1):
                    yield Group(ids, key)
                current, ids, key = root, [], posting_key
            ids.append(posting_id)
        if ids and (singletons or len(ids) > 1):
            yield Group(ids, key)

    def _iter_indices(self) -> Iterator[tuple[int]]:
        last = -1
        while True:
            rows = self._db.execute("SELECT idx FROM posting WHERE idx > ? ORDER BY idx LIMIT 1000", (last,)).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]

    def __len__(self) -> int:
        return int(self._count)

    def close(self) -> None:
        """Close the database (a temporary one is removed)."""
        self._db.close()

    def __enter__(self) -> DedupIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lookup_arguments(hashes: list[int]) -> list[int]:
    arguments: list[int] = []
    for band, value in enumerate(hashes):
        arguments += (band, value, _MAX_BUCKET)
    return arguments


def _band_rows(hashes: list[int], index: int) -> Iterator[tuple[int, int, int]]:
    """(band, hash, posting index) rows for the band table."""
    for band, value in enumerate(hashes):
        yield band, value, index

"""Benefits: a category for each, and which benefit lines are really pay or hours.

Categories come from the ``benefit_categories`` table of the
:class:`~jobspec.vocabulary.Vocabulary` (users extend it); a benefit takes
the first category, in the table's order, that one of its words belongs to,
and ``other`` when none does. A line among the benefits that states the
salary ("€55,000 per year") or the working hours ("38-hour week") is that
fact, not a benefit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import BenefitCategory
from ..text import CaselessPattern, matches_in_each, phrase_pattern
from ..vocabulary import Vocabulary
from .hours import states_hours
from .salary import is_pay_line

__all__ = ["benefit_categories", "is_pay_or_hours"]

_Table = Mapping[str, Mapping[str, tuple[str, ...]]]
_compiled: dict[int, tuple[_Table, CaselessPattern, dict[str, int], tuple[str, ...]]] = {}
_MAX_COMPILED = 8


def _matcher(table: _Table) -> tuple[CaselessPattern, dict[str, int], tuple[str, ...]]:
    """One pattern for every word of the table, the rank of each word's category, and the categories in order."""
    cached = _compiled.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1:]
    categories = tuple(table)
    rank: dict[str, int] = {}
    for position, category in enumerate(categories):
        for words in table[category].values():
            for word in words:
                rank.setdefault(word.lower(), position)
    pattern = CaselessPattern(r"(?<![^\W\d_])(?:" + phrase_pattern(rank) + r")")
    if len(_compiled) >= _MAX_COMPILED:
        _compiled.clear()
    _compiled[id(table)] = (table, pattern, rank, categories)
    return pattern, rank, categories


def benefit_categories(texts: Sequence[str], vocabulary: Vocabulary) -> list[BenefitCategory]:
    """The category of each benefit text, found in one pass over all of them.

    >>> from jobspec.vocabulary import DEFAULT_VOCABULARY
    >>> benefit_categories(["30 days of annual leave", "Ouderschapsverlof", "A desk"], DEFAULT_VOCABULARY)
    ['leave', 'family', 'other']
    """
    pattern, rank, categories = _matcher(vocabulary.benefit_categories)
    none = len(categories)
    best = [none] * len(texts)
    for which, _, _, matched in matches_in_each(pattern.finditer, list(texts)):
        best[which] = min(best[which], rank.get(matched, none))
    return [categories[position] if position < none else "other" for position in best]  # type: ignore[misc]


def is_pay_or_hours(text: str) -> bool:
    """Whether a benefit line states the salary or the working hours (then it is that fact, not a benefit).

    >>> is_pay_or_hours("Salary: €55,000 per year"), is_pay_or_hours("40 Stunden pro Woche")
    (True, True)
    >>> is_pay_or_hours("Annual bonus of up to €5,000"), is_pay_or_hours("Flexible working hours")
    (False, False)
    """
    return is_pay_line(text) or states_hours(text)

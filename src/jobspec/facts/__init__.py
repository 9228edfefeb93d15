"""Stage 7: facts about the posting, from front matter first, else the body.

Each fact records where it came from (:class:`~jobspec.models.Provenance`):
a front matter key or a line of the file. A fact that is nowhere is None.
"""

from __future__ import annotations

from .basic import ALIASES, BasicFacts, basic_facts, detect_language, lookup

__all__ = ["ALIASES", "BasicFacts", "basic_facts", "detect_language", "lookup"]

"""Texts made of pieces, for the property tests that check a fast look against the pattern it stands for."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def joined_pieces(pieces: Sequence[str], separators: Sequence[str], max_size: int = 6) -> st.SearchStrategy[str]:
    """Texts of one to ``max_size`` of ``pieces``, joined by one of ``separators``."""
    return st.builds(
        lambda chosen, separator: separator.join(chosen),
        st.lists(st.sampled_from(pieces), min_size=1, max_size=max_size),
        st.sampled_from(separators),
    )

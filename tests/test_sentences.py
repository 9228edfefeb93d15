"""Sentence splitting that respects abbreviations, decimals, versions and URLs."""

from __future__ import annotations

import pytest

from jobspec.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use tools, e.g. Git. Then ship.", ["Use tools, e.g. Git.", "Then ship."]),
        ("Know stats, i.e. Bayes. Yes.", ["Know stats, i.e. Bayes.", "Yes."]),
        ("Reports to the Sr. Director. Fine.", ["Reports to the Sr. Director.", "Fine."]),
        ("Python 3.12 or later. Go 1.22.", ["Python 3.12 or later.", "Go 1.22."]),
        ("Budget is 2.5 million. Really.", ["Budget is 2.5 million.", "Really."]),
        ("Visit https://ex.org/a.b. Then apply.", ["Visit https://ex.org/a.b.", "Then apply."]),
        ("Tools vs. Practices matter. Ok then.", ["Tools vs. Practices matter.", "Ok then."]),
        ("U.S. Citizenship is required. Thanks.", ["U.S. Citizenship is required.", "Thanks."]),
        ("Kenntnisse z. B. Python. Danke.", ["Kenntnisse z. B. Python.", "Danke."]),
        ("Cloud, data, etc. Then more.", ["Cloud, data, etc.", "Then more."]),
        ("Do it! Why? Because.", ["Do it!", "Why?", "Because."]),
        ("Ask J. Smith. He knows.", ["Ask J. Smith.", "He knows."]),  # an initial
        ("Du har körkort A och B. Det är bra.", ["Du har körkort A och B.", "Det är bra."]),  # a list of letters
        ("Licence classes C or D. Then apply.", ["Licence classes C or D.", "Then apply."]),
        ("Masz prawo jazdy kategorii B. Jesteś miły.", ["Masz prawo jazdy kategorii B.", "Jesteś miły."]),  # a class
        ("Write to Maria B. Nowak today. Thanks.", ["Write to Maria B. Nowak today.", "Thanks."]),  # a name's initial
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s for _, s in split_sentences(text)] == expected


def test_offsets_point_at_each_sentence() -> None:
    text = "One two. Three four."
    assert [(o, text[o : o + 5]) for o, _ in split_sentences(text)] == [(0, "One t"), (9, "Three")]


def test_a_paragraph_of_many_sentences_splits_into_all_of_them() -> None:
    text = "You will build things. " * 50_000 + "See e.g. the U.S. office."
    sentences = split_sentences(text)
    assert len(sentences) == 50_001
    assert sentences[-1][1] == "See e.g. the U.S. office."

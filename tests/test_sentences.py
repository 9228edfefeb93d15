"""Sentence splitting that respects abbreviations, decimals, versions and URLs."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from jobspec import sentences
from jobspec.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Use tools, e.g. Git. Then ship.", ["Use tools, e.g. Git.", "Then ship."]),
        ("Know stats, i.e. Bayes. Yes.", ["Know stats, i.e. Bayes.", "Yes."]),
        ("Reports to the Sr. Director. Fine.", ["Reports to the Sr. Director.", "Fine."]),
        ("Riporterai al dott. Bianchi. Bene.", ["Riporterai al dott. Bianchi.", "Bene."]),
        ("Con la Sra. Gómez y la Dra. Ruiz. Sí.", ["Con la Sra. Gómez y la Dra. Ruiz.", "Sí."]),
        ("Chez Mme. Leroy. Oui.", ["Chez Mme. Leroy.", "Oui."]),
        ("Python 3.12 or later. Go 1.22.", ["Python 3.12 or later.", "Go 1.22."]),
        ("Budget is 2.5 million. Really.", ["Budget is 2.5 million.", "Really."]),
        ("Visit https://ex.org/a.b. Then apply.", ["Visit https://ex.org/a.b.", "Then apply."]),
        ("Tools vs. Practices matter. Ok then.", ["Tools vs. Practices matter.", "Ok then."]),
        ("U.S. Citizenship is required. Thanks.", ["U.S. Citizenship is required.", "Thanks."]),
        ("Kenntnisse z. B. Python. Danke.", ["Kenntnisse z. B. Python.", "Danke."]),
        # A law's number and paragraph: "zákona č. 312/2002 Sb.", "art. 22 ust. 1 pkt 3", "§ 3 Abs. 2".
        ("Podle zákona č. 312/2002 Sb. Dále praxe.", ["Podle zákona č. 312/2002 Sb.", "Dále praxe."]),
        (
            "Zgodnie z art. 22 ust. 1 Kodeksu. Oferujemy umowę.",
            ["Zgodnie z art. 22 ust. 1 Kodeksu.", "Oferujemy umowę."],
        ),
        ("Nach § 3 Abs. 2 TVöD. Wir bieten mehr.", ["Nach § 3 Abs. 2 TVöD.", "Wir bieten mehr."]),
        ("Cloud, data, etc. Then more.", ["Cloud, data, etc.", "Then more."]),
        ("Księgowość spółek z o.o. Do zadań należy VAT.", ["Księgowość spółek z o.o.", "Do zadań należy VAT."]),
        ("Firma ABC sp. z o.o. zatrudni księgową.", ["Firma ABC sp. z o.o. zatrudni księgową."]),
        ("Starts Mar. 3 at the depot. Apply.", ["Starts Mar. 3 at the depot.", "Apply."]),  # a month, capitalised
        ("Un hotel a tocar del mar. Busquem cambrers.", ["Un hotel a tocar del mar.", "Busquem cambrers."]),  # the sea
        ("Řidičský průkaz sk. B. Výhodou je praxe.", ["Řidičský průkaz sk. B.", "Výhodou je praxe."]),
        ("Gemäß Oö. Bauordnung. Wir bieten mehr.", ["Gemäß Oö. Bauordnung.", "Wir bieten mehr."]),
        ("Ai sensi dell'art. 1 del D.Lgs. 165/2001. Bene.", ["Ai sensi dell'art. 1 del D.Lgs. 165/2001.", "Bene."]),
        ("Examen enligt 3 kap. 15 § lagen. Välkommen.", ["Examen enligt 3 kap. 15 § lagen.", "Välkommen."]),
        ("Do it! Why? Because.", ["Do it!", "Why?", "Because."]),
        ("Ask J. Smith. He knows.", ["Ask J. Smith.", "He knows."]),  # an initial
        ("Du har körkort A och B. Det är bra.", ["Du har körkort A och B.", "Det är bra."]),  # a list of letters
        ("Licence classes C or D. Then apply.", ["Licence classes C or D.", "Then apply."]),
        ("Masz prawo jazdy kategorii B. Jesteś miły.", ["Masz prawo jazdy kategorii B.", "Jesteś miły."]),  # a class
        ("Write to Maria B. Nowak today. Thanks.", ["Write to Maria B. Nowak today.", "Thanks."]),  # a name's initial
        ("Pracujesz w Krakowie. Łatwo się dogadujesz.", ["Pracujesz w Krakowie.", "Łatwo się dogadujesz."]),
        ("Máte praxi. Čeština je nutná.", ["Máte praxi.", "Čeština je nutná."]),  # capitals beyond Latin-1
        ("Deneyimlisiniz. Şirketimiz büyüyor.", ["Deneyimlisiniz.", "Şirketimiz büyüyor."]),
        ("Опыт от 2 лет. Знание английского.", ["Опыт от 2 лет.", "Знание английского."]),  # Cyrillic
        ("Εμπειρία 2 ετών. Γνώση αγγλικών.", ["Εμπειρία 2 ετών.", "Γνώση αγγλικών."]),  # Greek
        ("학위를 보유하신 분. 3년 경력.", ["학위를 보유하신 분.", "3년 경력."]),  # a one-syllable word, no initial
        ("Prawo jazdy kat. C. Oferujemy umowę.", ["Prawo jazdy kat. C.", "Oferujemy umowę."]),  # a class's abbreviation
        ("Führerschein Kl. B. Wir bieten viel.", ["Führerschein Kl. B.", "Wir bieten viel."]),
        ("Znasz narzędzia, np. Excel. Super.", ["Znasz narzędzia, np. Excel.", "Super."]),  # "for example"
        ("Deutsch (mind. C1) ist Pflicht. Danke.", ["Deutsch (mind. C1) ist Pflicht.", "Danke."]),  # "at least"
        ("Du kan t.ex. Excel. Bra.", ["Du kan t.ex. Excel.", "Bra."]),  # Swedish "for example"
        ("لديك خبرة. يفضل الحصول على شهادة.", ["لديك خبرة.", "يفضل الحصول على شهادة."]),  # scripts without case
        ("יש לכם ניסיון. ניסיון עם GCP - יתרון.", ["יש לכם ניסיון.", "ניסיון עם GCP - יתרון."]),
        ("데이터를 분석합니다. 보고서를 씁니다.", ["데이터를 분석합니다.", "보고서를 씁니다."]),
        ("आपके पास अनुभव है. अंग्रेज़ी ज़रूरी है.", ["आपके पास अनुभव है.", "अंग्रेज़ी ज़रूरी है."]),
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


# --- the fast path gives what the plain reading gives -----------------------------------------------------

# The stop looked behind for, and the word before it searched for in the whole window: the plain reading.
_STOP_BEHIND = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÀ-ÖØ-Þ0-9¿¡])|(?<=[。！？])[」』）)]*\s*(?=\S)")


def _split_as_before(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for match in _STOP_BEHIND.finditer(text):
        if not _ends_as_before(text[max(start, match.start() - sentences._LOOK_BACK) : match.start()]):
            continue
        piece = text[start : match.start()].strip()
        if piece:
            out.append((start, piece))
        start = match.end()
    tail = text[start:].strip()
    return [*out, (start, tail)] if tail else out


def _ends_as_before(before: str) -> bool:
    if before.endswith(("!", "?", "…", "。", "！", "？")) or before.endswith(("!)", "?)", '!"', '?"')):
        return True
    word_match = sentences._WORD_BEFORE.search(before)
    if word_match is None or "/" in before.rsplit(None, 1)[-1]:
        return True
    word = word_match.group(1)
    lowered = word.lower().strip("'-").rsplit("'", 1)[-1]
    if lowered == "etc":
        return True
    if lowered in sentences.ABBREVIATIONS or sentences._INITIALISM.match(word):
        return False
    if lowered in sentences.DATE_ABBREVIATIONS and word[0].isupper():
        return False
    if len(word) == 1 and word.isalpha():
        words = before[: word_match.start()].split()
        if not words:
            return False
        return words[-1].lower() in sentences._LETTER_LIST_JOINERS or (
            len(words[-1]) >= 4 and words[-1].isalpha() and words[-1].islower()
        )
    return True


_SENTENCE_PIECES = st.sampled_from(
    ["a", "B", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", ".", "!", "?", "…", "。", "！", "？", "」", "）",
     ")", '"', "'", "”", "’", "“", "(", "[", "]", "À", "Z", "0", "9", "¿", "_", "/", "&", "-", "e.g", "U.S",
     "etc", "Jr", "z. B", " and ", " kategorii ", "http://x.y/z", "Word", "word"]
)  # fmt: skip


@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join))
@example("Use e.g. Python 3.11. You will lead. Ship it!")
@example("Wait... Next. Then?! More。次")
@example("Du har körkort A och B. Det är bra.")
def test_sentences_are_those_the_plain_reading_finds(text: str) -> None:
    assert split_sentences(text) == _split_as_before(text)


def test_a_pictograph_before_a_capital_ends_a_sentence_but_not_one_that_opens_it() -> None:
    assert [text for _, text in split_sentences("Animation is a plus 🙌 It's a small team.")] == [
        "Animation is a plus 🙌",
        "It's a small team.",
    ]
    assert [text for _, text in split_sentences("🚧 Nous cherchons une personne. Merci.")] == [
        "🚧 Nous cherchons une personne.",
        "Merci.",
    ]

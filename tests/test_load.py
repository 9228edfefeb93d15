"""Stage 1: decoding, line endings, mojibake."""

from __future__ import annotations

import codecs

import pytest

from jobspec import DecodingError, InputTooLargeError, ParseOptions
from jobspec.load import load

OPTIONS = ParseOptions()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Grüße\n".encode(), "utf-8"),
        ("Grüße\n".encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + "Grüße\n".encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + "Grüße\n".encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + "Grüße\n".encode("utf-32-le"), "utf-32-le"),
        (codecs.BOM_UTF32_BE + "Grüße\n".encode("utf-32-be"), "utf-32-be"),
    ],
    ids=["utf8-bom", "utf8", "utf16le", "utf16be", "utf32le", "utf32be"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    loaded = load(data, OPTIONS)
    assert (loaded.text, loaded.encoding, loaded.diagnostics) == ("Grüße\n", encoding, [])


def test_legacy_bytes_fall_back_to_cp1252_with_a_diagnostic() -> None:
    loaded = load("line one\nCaf\u00e9 \u2013 r\u00e9sum\u00e9\n".encode("cp1252"), OPTIONS)
    assert loaded.text == "line one\nCafé – résumé\n"
    assert loaded.encoding == "cp1252"
    [diagnostic] = loaded.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("legacy-encoding", 2, 4)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Менеджер по продажам.\nОпыт работы от года, знание 1С.\n", "cp1251"),  # Cyrillic
        ("Λογιστής για το γραφείο μας στην Αθήνα.\n", "cp1253"),  # Greek: no capital after a small letter
        ("Księgowa, Łódź.\nZnajomość programu Symfonia mile widziana.\n", "cp1250"),  # Central European
        ("Café – résumé, Übergröße, naïve, «été», £30k.\n", "cp1252"),  # Western
        # Czech, Hungarian and Slovene letters that cp1252 reads as letters of another alphabet
        # ("vývojáøe" for "vývojáře", "mûködõ" for "működő")
        ("Hledáme vývojáře, který umí řídit projekty.\n", "cp1250"),
        ("Követelmények: működő tudás, felelősség.\n", "cp1250"),
        ("Iščemo razvijalca z vozniškim izpitom.\n", "cp1250"),
        # Western letters of several languages, each word in one alphabet
        ("Søger udvikler i Malmö, Zürich, São Paulo og Þórshöfn; ærlighed, façade, año.\n", "cp1252"),
    ],
)
def test_legacy_bytes_are_read_in_the_code_page_that_reads_them_plausibly(text: str, encoding: str) -> None:
    loaded = load(text.encode(encoding), OPTIONS)
    assert (loaded.text, loaded.encoding) == (text, encoding)
    assert [d.code for d in loaded.diagnostics] == ["legacy-encoding"]
    assert encoding in loaded.diagnostics[0].message


def test_binary_is_refused_with_its_position() -> None:
    with pytest.raises(DecodingError) as caught:
        load(b"# Title\nab\x00cd", OPTIONS, path="x.md")
    assert str(caught.value) == "x.md:2:3: input looks binary (NUL byte), not text"


def test_text_with_nul_is_refused() -> None:
    with pytest.raises(DecodingError):
        load("a\x00b", OPTIONS)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_are_normalised_and_declared(newline: str) -> None:
    loaded = load(f"a{newline}b{newline}".encode(), OPTIONS)
    assert loaded.text == "a\nb\n"
    assert [d.code for d in loaded.diagnostics] == ["line-endings-normalised"]


def test_mojibake_is_repaired_and_reported_at_its_line() -> None:
    broken = "Title\nWe\u2019re hiring\n".encode().decode("cp1252")
    loaded = load(broken, OPTIONS)
    assert loaded.text == "Title\nWe\u2019re hiring\n"
    [diagnostic] = loaded.diagnostics
    assert (diagnostic.code, diagnostic.line) == ("mojibake-repaired", 2)


@pytest.mark.parametrize("text", ["Ça va, Émile? Â la carte.", "naïve café Ãgua", "plain ascii"])
def test_clean_text_is_left_alone(text: str) -> None:
    loaded = load(text, OPTIONS)
    assert (loaded.text, loaded.diagnostics) == (text, [])


def test_mojibake_repair_can_be_turned_off() -> None:
    broken = "We\u2019re".encode().decode("cp1252")
    assert load(broken, ParseOptions(repair_mojibake=False)).text == broken


def test_oversized_input_is_refused() -> None:
    with pytest.raises(InputTooLargeError):
        load(b"x" * 101, ParseOptions(max_input_bytes=100))


def test_checksum_is_of_the_input_bytes() -> None:
    import hashlib

    data = b"\xef\xbb\xbfhello\r\n"
    assert load(data, OPTIONS).sha256 == hashlib.sha256(data).hexdigest()

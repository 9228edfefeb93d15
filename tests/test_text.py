"""Inline Markdown and HTML to plain text."""

from __future__ import annotations

import pytest

from jobspec.text import plain_text_and_links


@pytest.mark.parametrize(
    ("markdown", "text", "links"),
    [
        ("**bold** and *em* and _em_ and `code`", "bold and em and em and code", []),
        ('[Apply](https://ex.org/j "title") now', "Apply now", ["https://ex.org/j"]),
        ("see <https://ex.org>", "see https://ex.org", ["https://ex.org"]),
        ('<a href="https://ex.org/x">here</a>', "here", ["https://ex.org/x"]),
        ("![logo](/l.png) Hello", "Hello", []),
        ("TB&#x2F;PB &amp; more", "TB/PB & more", []),
        ('[Elixir](https://e.org){:target="_blank"}', "Elixir", ["https://e.org"]),
        ("snake_case_name stays", "snake_case_name stays", []),
        ("user\u00adcentred\u200b  design", "usercentred design", []),
        ("{{ page.title }} Engineer", "Engineer", []),
        ("a<br>b", "a b", []),
    ],
)
def test_plain_text_and_links(markdown: str, text: str, links: list[str]) -> None:
    assert plain_text_and_links(markdown) == (text, links)

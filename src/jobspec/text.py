"""Inline Markdown and HTML to plain text, shared by every stage.

Plain text here means what a reader sees: emphasis markers, code ticks, HTML
tags, images, template tags and kramdown attribute lists removed, links
reduced to their text (their URLs collected), entities decoded, whitespace
collapsed. Regular expressions, compiled once, are enough for this and are
much cheaper than mistune's inline pass.
"""

from __future__ import annotations

import html
import re

__all__ = ["plain_text", "plain_text_and_links"]

# Bracketed parts never contain another bracket, so an unmatched "[" or "(" is
# abandoned at the next one instead of being rescanned to the end of the text:
# runs of brackets stay linear.
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)|!\[[^\[\]]*\]\[[^\[\]]*\]|<img\b[^>]*>", re.IGNORECASE)
# [text](url "title"), also written with a stray space before the parenthesis.
_LINK = re.compile(r"\[([^\[\]]*)\] ?\(\s*<?([^()\s<>\[\]]*)>?(?:\s+\"[^\"()]*\")?\s*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^<>\s]+)>", re.IGNORECASE)
_HTML_ANCHOR = re.compile(r"<a\b[^<>]*?\bhref=([\"'])([^\"'<>]*)\1[^<>]*>([^<]{0,1000})</a\s*>", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}|\{%[^{}%]*%\}")
_IAL = re.compile(r"\{:[^{}]*\}")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--(?:[^<-]|-(?!->)|<(?!!--))*-->")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Emphasis spans are bounded: an opener that nothing closes is given up after a
# few hundred characters instead of being rescanned to the end of the text.
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(.{1,300}?)(?<=[^\s*])\*(?!\*)|(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(.+?)~~")
_CODE = re.compile(r"(`+)(.{1,300}?)\1")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE = re.compile(r"\s+")


def plain_text_and_links(markdown: str) -> tuple[str, list[str]]:
    """Plain text of inline Markdown, and the URLs of its links in order."""
    links: list[str] = []

    def keep_link(match: re.Match[str]) -> str:
        links.append(match.group(2))
        return match.group(1)

    def keep_anchor(match: re.Match[str]) -> str:
        links.append(html.unescape(match.group(2)))
        return match.group(3)

    def keep_autolink(match: re.Match[str]) -> str:
        links.append(match.group(1))
        return match.group(1)

    text = markdown
    if "{" in text:
        text = _IAL.sub("", _TEMPLATE.sub("", text))
    if "<" in text:
        text = _HTML_ANCHOR.sub(keep_anchor, text)
        text = _AUTOLINK.sub(keep_autolink, text)
        text = _TAG.sub("", _BR.sub(" ", _IMAGE.sub("", text)))
    if "[" in text:
        text = _FOOTNOTE_REF.sub("", text)
        text = _REF_LINK.sub(r"\1", _LINK.sub(keep_link, _IMAGE.sub("", text)))
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2).strip(), text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    text = _INVISIBLE.sub("", text)
    return _SPACE.sub(" ", text).strip(), links


def plain_text(markdown: str) -> str:
    """Plain text of inline Markdown (see :func:`plain_text_and_links`)."""
    return plain_text_and_links(markdown)[0]

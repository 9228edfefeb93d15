"""How much the items depend on how a posting is laid out, measured without labels.

Each posting of the corpora is parsed as it is and again after a rewrite of
its layout that keeps what it says: its Markdown headings written as bold
lines, as HTML headings, in capitals, in Setext style or one level deeper; its
bullets written as "*", "•", "–", "✓" or "1." (nested ones too, at their indent); its lines ended in
CRLF; its blank lines written as four spaces; the lines of its paragraphs
ended by a backslash (a hard line break); a template tag ("{% endif %}") on
the line after each block; the whole body rendered to HTML (by mistune), as
sites that store their postings as HTML have them. An item whose kind (duty, required or preferred requirement, or none)
changes under a rewrite is a place where jobspec reads the layout rather than
the words, and where a site with another template would be read otherwise.

    python scripts/layout_invariance.py                        # every rewrite, the counts
    python scripts/layout_invariance.py --show bold-headings   # and the items that change under one

Postings are every ``*.md`` under ``../shared/corpus/*/docs`` and the project's
``tests/corpus`` (override with ``--corpus DIR``, repeatable). Items are
compared by their words (case and punctuation aside). Some changes are the
rewrite's, not jobspec's: a line without a bullet under an entry goes on with it
in Markdown and is an entry of its own among lines of bullet characters, an HTML
heading swallows the lines after it up to a blank line, as
Markdown says, and rendering turns HTML indented by a tab into code.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import mistune

import jobspec
from jobspec.options import ParseOptions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = (*sorted((ROOT.parent / "shared" / "corpus").glob("*/docs")), ROOT / "tests" / "corpus")
OPTIONS = ParseOptions(occupations=False, fields=frozenset({"responsibilities", "qualifications"}))

_FRONT_MATTER = re.compile(r"\A(?:---\r?\n.*?\r?\n---\r?\n|\+\+\+\r?\n.*?\r?\n\+\+\+\r?\n)", re.DOTALL)
_ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?=\S)", re.MULTILINE)


_NOT_CONTINUED = re.compile(r"[ \t]{0,3}(?:[-*+#>|<`~=]|\d{1,9}[.)]|$)")


def _with_hard_breaks(body: str) -> str:
    """Each line of a paragraph that another line of it follows, ended by a backslash (a hard line break)."""
    lines = body.split("\n")
    fenced = False
    for index, line in enumerate(lines[:-1]):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        following = lines[index + 1]
        if fenced or _NOT_CONTINUED.match(following) or line.lstrip()[:1] in ("#", "|", "<", "") or "\\" in line:
            continue
        lines[index] = line.rstrip() + "\\"
    return "\n".join(lines)


# The end of a block: its last line, before a blank line.
_BLOCK_END = re.compile(r"(?<=\S)(?=\n[ \t]*\n)")


def _headings(rewrite: Callable[[int, str], str]) -> Callable[[str], str]:
    return lambda body: _ATX_HEADING.sub(lambda found: rewrite(len(found.group(1)), found.group(2)), body)


def _bullets(marker: str) -> Callable[[str], str]:
    return lambda body: _BULLET.sub(lambda found: f"{found['indent']}{marker} ", body)


def _setext(level: int, text: str) -> str:
    return f"{text}\n{('=' if level == 1 else '-') * max(3, len(text))}" if level <= 2 else f"{'#' * level} {text}"


REWRITES: dict[str, Callable[[str], str]] = {
    "bold-headings": _headings(lambda _, text: f"**{text.strip('*_ ')}**"),
    "html-headings": _headings(lambda level, text: f"<h{level}>{text}</h{level}>"),
    "capital-headings": _headings(lambda level, text: f"{'#' * level} {text.upper()}"),
    "setext-headings": _headings(_setext),
    "deeper-headings": _headings(lambda level, text: f"{'#' * min(level + 1, 6)} {text}"),
    "star-bullets": _bullets("*"),
    "dot-bullets": _bullets("•"),
    "dash-bullets": _bullets("–"),
    "check-bullets": _bullets("✓"),
    "numbered": _bullets("1."),
    "crlf": lambda body: body.replace("\n", "\r\n"),
    "space-lines": lambda body: re.sub(r"\n(?=\n)", "\n    ", body),
    "hard-breaks": lambda body: _with_hard_breaks(body),
    "template-lines": lambda body: _BLOCK_END.sub("\n{% endif %}", body),
    "rendered-html": lambda body: str(mistune.html(body)),
}


def postings(corpora: list[Path]) -> Iterator[tuple[Path, str, str]]:
    """(path, front matter, body) of every posting of the corpora."""
    for corpus in corpora:
        for path in sorted(corpus.glob("*.md")):
            if path.name == "README.md":
                continue  # a corpus's own notes
            text = path.read_text(encoding="utf-8")
            found = _FRONT_MATTER.match(text)
            end = found.end() if found else 0
            yield path, text[:end], text[end:]


def items(text: str) -> dict[str, str]:
    """Each item's words (lower case, punctuation aside) with its kind: "duty", "required" or "preferred"."""
    posting = jobspec.parse(text, options=OPTIONS)
    kinds = {_words(item.text): "duty" for item in posting.responsibilities}
    for item in posting.qualifications:
        kinds[_words(item.text)] = "required" if item.required else "preferred"
    return kinds


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def changes(name: str, corpora: list[Path]) -> tuple[int, list[str]]:
    """How many items a rewrite leaves alone or changes, and a line for each change."""
    rewrite = REWRITES[name]
    compared, changed = 0, []
    for path, front_matter, body in postings(corpora):
        rewritten = rewrite(body)
        if rewritten == body:
            continue
        before, after = items(front_matter + body), items(front_matter + rewritten)
        for words in sorted(before.keys() | after.keys()):
            compared += 1
            was, now = before.get(words, "none"), after.get(words, "none")
            if was != now:
                changed.append(f"  {path.stem[:40]:40} {was:9} -> {now:9} {words[:90]}")
    return compared, changed


def main() -> None:
    """Print, for each rewrite, how many of the items compared change their kind."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a directory of postings (repeatable)")
    parser.add_argument("--only", action="append", choices=sorted(REWRITES), help="run only this rewrite")
    parser.add_argument("--show", action="append", default=[], choices=sorted(REWRITES), help="list its changes")
    args = parser.parse_args()
    corpora = args.corpus or [corpus for corpus in DEFAULT_CORPORA if corpus.is_dir()]
    total_compared = total_changed = 0
    for name in args.only or REWRITES:
        compared, changed = changes(name, corpora)
        total_compared += compared
        total_changed += len(changed)
        print(f"{name:17} {len(changed):4} of {compared:5} items change ({len(changed) / max(compared, 1):.1%})")
        if name in args.show:
            print("\n".join(changed))
    share = total_changed / max(total_compared, 1)
    print(f"{'all':17} {total_changed:4} of {total_compared:5} items change ({share:.1%})")


if __name__ == "__main__":
    main()

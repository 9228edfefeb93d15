"""Export a posting as schema.org JSON-LD, and as an HTML snippet that embeds it.

Usage::

    python examples/jsonld_export.py [FILE] [OUTPUT_FOLDER]

FILE defaults to examples/remote-salary-platform-engineer.md, OUTPUT_FOLDER to
a new temporary folder. Writes NAME.jsonld and NAME.html there, and prints a
warning for each property Google's job search requires that the posting lacks.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from pathlib import Path

import jobspec
from jobspec.jsonld import jsonld_diagnostics

HERE = Path(__file__).resolve().parent


def html_snippet(data: dict[str, object], title: str) -> str:
    """A page that carries the JSON-LD the way search engines read it."""
    script = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return (
        "<!doctype html>\n<html>\n<head>\n"
        f"<title>{html.escape(title)}</title>\n"
        f'<script type="application/ld+json">\n{script}\n</script>\n'
        "</head>\n<body></body>\n</html>\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(HERE / "remote-salary-platform-engineer.md"), help="a posting")
    parser.add_argument("output", nargs="?", help="folder to write to (default: a temporary folder)")
    args = parser.parse_args(argv)
    folder = Path(args.output) if args.output else Path(tempfile.mkdtemp(prefix="jobspec-jsonld-"))
    folder.mkdir(parents=True, exist_ok=True)

    posting = jobspec.parse_file(args.file)
    data = posting.to_jsonld()
    name = Path(args.file).stem
    jsonld_path = folder / f"{name}.jsonld"
    html_path = folder / f"{name}.html"
    jsonld_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    html_path.write_text(html_snippet(data, posting.title or name), encoding="utf-8")

    for diagnostic in jsonld_diagnostics(posting):
        print(f"warning: {diagnostic.message}", file=sys.stderr)
    print(f"{data['@type']}: {data.get('title')}")
    print(f"properties: {', '.join(key for key in data if not key.startswith('@'))}")
    print(f"wrote {jsonld_path}")
    print(f"wrote {html_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

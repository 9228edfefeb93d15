"""Parse one posting and print what jobspec found in it.

Usage::

    python examples/parse_one.py [FILE]

FILE defaults to examples/remote-salary-platform-engineer.md. Prints the
title, the duties, the requirements (each marked required or preferred), the
facts with where each was found, the skills and the diagnostics.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import jobspec
from jobspec.models import Salary

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "remote-salary-platform-engineer.md"
FACTS = (
    "company",
    "location",
    "country",
    "workplace",
    "applicant_region",
    "employment_type",
    "salary",
    "date_posted",
    "valid_through",
    "experience_years_min",
    "apply_url",
    "language",
)


def describe(posting: jobspec.JobPosting) -> str:
    """The posting as a few readable lines."""
    lines = [posting.title or "(untitled)", ""]
    lines.append(f"Duties ({len(posting.responsibilities)}):")
    lines += [f"  {'  ' * item.level}- {item.text}  [line {item.line}]" for item in posting.responsibilities]
    lines.append(f"Requirements ({len(posting.qualifications)}):")
    for qualification in posting.qualifications:
        flag = "required " if qualification.required else "preferred"
        lines.append(f"  {'  ' * qualification.level}- {flag} {qualification.text}  [line {qualification.line}]")
    lines.append("Facts:")
    for name in FACTS:
        value = getattr(posting, name)
        if value is None:
            continue
        shown = value.text if isinstance(value, Salary) else getattr(value, "value", value)
        found = posting.provenance.get(name)
        where = ""
        if found is not None and found.key:
            where = f"  (front matter: {found.key})"
        elif found is not None and found.line:
            where = f"  (line {found.line})"
        lines.append(f"  {name}: {shown}{where}")
    required = [skill.name for skill in posting.skills if skill.required]
    mentioned = [skill.name for skill in posting.skills if not skill.required]
    if required:
        lines.append(f"Skills a required qualification asks for: {', '.join(required)}")
    if mentioned:
        lines.append(f"Skills otherwise mentioned: {', '.join(mentioned)}")
    lines += [f"{d.severity}: line {d.line}: {d.code}: {d.message}" for d in posting.diagnostics]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT), help="a posting (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        posting = jobspec.parse_file(args.file)
    except jobspec.JobspecError as error:
        print(error, file=sys.stderr)
        return 1
    print(describe(posting))
    return 0


if __name__ == "__main__":
    sys.exit(main())

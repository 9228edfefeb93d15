"""What the command tells a user, run as the installed ``jobspec`` command: no silent empty results.

An empty folder, a folder of other files, broken front matter and an empty
input each say so on stderr; the summary line counts them; the rate is given
only for batches.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

JOBSPEC = Path(sys.executable).with_name("jobspec")  # the console script pip installed beside this Python
GOOD = "# Cook\n## Requirements\n- Knife skills\n"
BROKEN = "---\ntitle: [Cook\n---\n## Requirements\n- Knife skills\n"


def jobspec(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    assert JOBSPEC.exists(), f"the jobspec command is not installed beside {sys.executable}"
    return subprocess.run(
        [str(JOBSPEC), *args], input=stdin, capture_output=True, text=True, check=False, cwd=cwd, timeout=120
    )


def summary(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.startswith("jobspec: ")][-1]


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "a-good.md").write_text(GOOD, encoding="utf-8")
    (folder / "b-broken.md").write_text(BROKEN, encoding="utf-8")
    (folder / "c-empty.md").write_text("", encoding="utf-8")
    return folder


def test_an_empty_folder_is_an_error_naming_the_folder_and_the_glob(tmp_path: Path) -> None:
    result = jobspec("parse", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout == ""  # not "[]": nothing was found, and nothing pretends otherwise
    assert result.stderr == f"jobspec: no postings in {tmp_path}: no file in it matches --glob '*.md,*.markdown'\n"


def test_a_folder_of_other_files_is_the_same_error_and_a_wider_glob_finds_them(tmp_path: Path) -> None:
    (tmp_path / "cook.txt").write_text(GOOD, encoding="utf-8")
    refused = jobspec("parse", "--quiet", str(tmp_path))
    assert refused.returncode == 1
    assert "no file in it matches --glob '*.md,*.markdown'" in refused.stderr
    found = jobspec("parse", "--quiet", "--glob", "*.txt", str(tmp_path))
    assert found.returncode == 0, found.stderr
    assert [posting["title"] for posting in json.loads(found.stdout)] == ["Cook"]


def test_an_empty_folder_beside_others_fails_the_run_but_the_others_are_written(mixed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    output = tmp_path / "out.jsonl"
    result = jobspec("parse", "-o", str(output), str(mixed), str(empty))
    assert result.returncode == 1
    assert f"jobspec: no postings in {empty}" in result.stderr
    assert len(output.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize("output_format", ["jsonl", "json"])
def test_postings_with_errors_are_named_and_counted_apart(mixed: Path, output_format: str) -> None:
    result = jobspec("parse", "--format", output_format, str(mixed))
    assert result.returncode == 0, result.stderr  # kept, as without --strict they always were
    named = result.stderr.splitlines()[:-1]
    assert named[0].startswith(f"{mixed / 'b-broken.md'}:3:1: invalid YAML front matter")
    assert named[0].endswith("[front-matter-invalid]")
    assert named[1] == f"{mixed / 'c-empty.md'}: the input is empty: there is no posting in it [empty-input]"
    assert re.fullmatch(
        r"jobspec: 3 parsed, 1 with broken front matter, 1 empty, 0 failed in \d+\.\d\d s \(\d+\.\d postings/s\)",
        summary(result.stderr),
    )


def test_strict_makes_them_failures(mixed: Path) -> None:
    result = jobspec("parse", "--strict", "--format", "jsonl", str(mixed))
    assert result.returncode == 1
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Cook"]
    assert summary(result.stderr).startswith("jobspec: 1 parsed, 2 failed in ")


def test_empty_standard_input_has_a_diagnostic() -> None:
    result = jobspec("parse", "-", stdin="")
    assert result.returncode == 0
    assert [d["code"] for d in json.loads(result.stdout)["diagnostics"]] == ["empty-input"]
    assert "<stdin>: the input is empty" in result.stderr
    assert jobspec("parse", "--strict", "-", stdin="\n \n").returncode == 1


def test_the_rate_is_given_for_batches_only(mixed: Path) -> None:
    single = jobspec("parse", str(mixed / "a-good.md"))
    assert re.fullmatch(r"jobspec: 1 parsed, 0 failed in \d+\.\d\d s", summary(single.stderr))
    batch = jobspec("parse", "--format", "jsonl", str(mixed / "a-good.md"), str(mixed / "a-good.md"))
    assert summary(batch.stderr).endswith(" postings/s)")


def test_the_schema_names_its_dialect_and_itself_and_validates_a_parse(mixed: Path) -> None:
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    import jobspec as library

    schema = json.loads(jobspec("schema").stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:jobspec-md:schema:job-posting:{library.__version__}"
    Draft202012Validator.check_schema(schema)
    posting = json.loads(jobspec("parse", str(mixed / "a-good.md")).stdout)
    assert list(Draft202012Validator(schema).iter_errors(posting)) == []
    assert list(Draft202012Validator(schema).iter_errors({**posting, "title": 3})) != []

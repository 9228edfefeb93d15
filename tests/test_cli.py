"""The command line, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jobspec

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "senior-machine-learning-scientist.md")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobspec", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
    )


def test_parse_one_file_prints_one_object() -> None:
    result = run("parse", EXAMPLE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Senior Machine Learning Scientist"
    assert len(data["responsibilities"]) == 7


def test_jsonl_for_many_files(tmp_path: Path) -> None:
    other = tmp_path / "b.md"
    other.write_text("---\ntitle: B\n---\n## Requirements\n- Tact\n", encoding="utf-8")
    result = run("parse", "--format", "jsonl", EXAMPLE, str(other))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Senior Machine Learning Scientist", "B"]


def test_text_format_marks_required_and_preferred(tmp_path: Path) -> None:
    posting = tmp_path / "p.md"
    posting.write_text("# Cook\n## Requirements\n- Knife skills\n- Pastry is a plus\n", encoding="utf-8")
    result = run("parse", "--format", "text", str(posting))
    assert "[required] Knife skills" in result.stdout
    assert "[preferred] Pastry is a plus" in result.stdout


def test_stdin() -> None:
    result = run("parse", "-", stdin=b"---\ntitle: From stdin\n---\nBody\n")
    assert json.loads(result.stdout)["title"] == "From stdin"


def test_a_bad_file_is_one_line_on_stderr_and_the_others_still_parse(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [x\n---\nbody\n", encoding="utf-8")
    result = run("parse", "--strict", "--format", "jsonl", str(bad), EXAMPLE)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith("jobspec: ")]
    assert errors == [errors[0]]
    assert errors[0].startswith(f"{bad}:3:1: invalid YAML front matter")
    assert json.loads(result.stdout)["title"] == "Senior Machine Learning Scientist"


def test_schema_validates_a_parse() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "JobPosting"
    assert set(schema["properties"]) == set(jobspec.JobPosting.model_fields)


def test_version_and_usage_errors() -> None:
    assert run("--version").stdout.strip() == f"jobspec {jobspec.__version__}"
    assert run().returncode == 2
    assert run("parse").returncode == 2
    assert run("frobnicate").returncode == 2


def test_every_command_has_help() -> None:
    from jobspec.cli import _build_parser

    subparsers = next(a for a in _build_parser()._actions if a.dest == "command")
    commands = sorted(subparsers.choices)  # type: ignore[arg-type]
    assert {"parse", "schema", "eval", "show", "report"} <= set(commands)
    for command in commands:
        result = run(command, "--help")
        assert result.returncode == 0
        assert f"usage: jobspec {command}" in result.stdout


def test_show_writes_a_review_page(tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    result = run("show", EXAMPLE, "-o", str(page))
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "Senior Machine Learning Scientist" in html
    assert html.count('<mark class="responsibility"') == 7 + 1


def test_report_over_a_folder_counts_failures(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: A\nsalary: EUR 50,000 per year\n---\n## Requirements\n- Python\n")
    (tmp_path / "b.md").write_bytes(b"\x00\x01binary")
    page = tmp_path / "report.html"
    result = run("report", str(tmp_path), "-o", str(page), "--workers", "1")
    assert result.returncode == 1
    html = page.read_text(encoding="utf-8")
    assert "1 postings parsed · 1 failed" in html
    assert "EUR per year" in html


def test_custom_vocabulary_file(tmp_path: Path) -> None:
    vocabulary = tmp_path / "vocab.yaml"
    vocabulary.write_text("headings:\n  benefits:\n    is: [Við bjóðum]\n", encoding="utf-8")
    posting = tmp_path / "is.md"
    posting.write_text(
        "## Helstu verkefni\n- Skipuleggja sendingar\n\n## Við bjóðum\n- Sveigjanlegan vinnutíma\n", encoding="utf-8"
    )
    plain = json.loads(run("parse", str(posting)).stdout)
    extended = json.loads(run("parse", "--vocabulary", str(vocabulary), str(posting)).stdout)
    assert plain["benefits"] == []
    assert [b["text"] for b in extended["benefits"]] == ["Sveigjanlegan vinnutíma"]


def test_eval_scores_a_labelled_corpus(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "## You will\n- Plan routes\n## Requirements\n- A licence\n- Forklift experience is a plus\n", encoding="utf-8"
    )
    (tmp_path / "a.expected.json").write_text(
        json.dumps(
            {
                "responsibilities": ["Plan routes", "Load vans"],
                "qualifications": [
                    {"text": "A licence", "required": True},
                    {"text": "Forklift experience is a plus", "required": True},
                ],
            }
        ),
        encoding="utf-8",
    )
    result = run("eval", "--json", str(tmp_path))
    figures = json.loads(result.stdout)
    assert figures["responsibilities"]["recall"] == 0.5
    assert figures["responsibilities"]["precision"] == 1.0
    assert figures["qualifications"]["f1"] == 1.0
    assert figures["required_accuracy"] == 0.5
    misses = run("eval", "--misses", str(tmp_path)).stdout
    assert "miss     responsibilities: a: Load vans" in misses

"""The scripts in examples/ run unattended and print what they promise.

Each runs in a subprocess, as a user would run it, writing into a temporary
folder. The Parquet and Dask scripts are skipped only when pyarrow or dask is
not installed (the ``test`` extra installs both).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

needs_pyarrow = pytest.mark.skipif(
    importlib.util.find_spec("pyarrow") is None, reason="pyarrow is not installed (pip install 'jobspec-md[parquet]')"
)
needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("dask") is None or importlib.util.find_spec("pyarrow") is None,
    reason="dask and pyarrow are not installed (pip install 'jobspec-md[dask]')",
)


def run(script: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_every_script_is_tested() -> None:
    tested = {"parse_one.py", "batch_to_parquet.py", "dask_postings.py", "custom_vocabulary.py", "jsonld_export.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_there_are_example_postings_in_several_formats_and_languages() -> None:
    postings = sorted(EXAMPLES.glob("*.md"))
    assert len(postings) >= 9
    starts = {p.read_text(encoding="utf-8").split("\n", 1)[0] for p in postings}
    assert {"---", "+++", "{"} <= starts
    languages = {p.name.split("-", 1)[0] for p in postings}
    assert {"de", "fr", "es", "sv"} <= languages


def test_parse_one_prints_duties_requirements_and_facts() -> None:
    out = run("parse_one.py").stdout
    assert out.startswith("Platform Engineer\n")
    assert "  - Run and improve our Kubernetes clusters on two cloud providers  [line 19]" in out
    assert "  - required  4+ years of experience running production infrastructure  [line 27]" in out
    assert "  - preferred Experience with time-series databases  [line 34]" in out
    assert "  salary: €85,000 – €100,000 per year  (front matter: salary)" in out


def test_parse_one_takes_a_file_from_any_folder(tmp_path: Path) -> None:
    out = run("parse_one.py", str(EXAMPLES / "no-front-matter-electrician.md"), cwd=tmp_path).stdout
    assert out.startswith("Maintenance Electrician\n")
    assert "  - preferred PLC troubleshooting experience (Siemens S7) is a bonus  [line 24]" in out


def test_parse_one_reports_a_missing_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "parse_one.py"), str(tmp_path / "missing.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "missing.md: cannot read file" in result.stderr


@needs_pyarrow
def test_batch_to_parquet_writes_every_example(tmp_path: Path) -> None:
    output = tmp_path / "out.parquet"
    out = run("batch_to_parquet.py", str(EXAMPLES), str(output)).stdout
    count = len(list(EXAMPLES.glob("*.md")))
    assert f"wrote {count} postings to {output} (0 failed)" in out
    assert f"read back {count} rows" in out
    assert "  [en] Platform Engineer: 6 qualifications" in out
    assert output.stat().st_size > 0


@needs_dask
def test_dask_postings_writes_a_dataset_partitioned_by_language(tmp_path: Path) -> None:
    output = tmp_path / "dataset"
    out = run("dask_postings.py", str(EXAMPLES), str(output)).stdout
    count = len(list(EXAMPLES.glob("*.md")))
    assert f"{count} postings in " in out
    assert "'Platform Engineer'" in out.split("remote: ", 1)[1].split("\n", 1)[0]
    assert f"wrote {count} rows to {output}" in out
    assert {"language=de", "language=en", "language=sv"} <= {p.name for p in output.iterdir()}


def test_custom_vocabulary_finds_the_icelandic_items() -> None:
    out = run("custom_vocabulary.py").stdout
    # Without Icelandic phrases the lists are read by layout: nothing lost, but no benefits or nice-to-haves.
    assert "default vocabulary:  3 responsibilities, 9 qualifications, 0 benefits" in out
    assert "extended vocabulary: 4 responsibilities, 5 qualifications, 3 benefits" in out
    assert "  preferred  Reynsla úr orkugeiranum" in out


def test_custom_vocabulary_reads_a_vocabulary_file() -> None:
    out = run("custom_vocabulary.py", "--vocabulary", str(EXAMPLES / "vocabulary.yaml")).stdout
    assert "Við bjóðum=benefits" in out
    assert "  required   Góð þekking á Python og SQL" in out


def test_jsonld_export_writes_json_ld_and_html(tmp_path: Path) -> None:
    out = run("jsonld_export.py", str(EXAMPLES / "remote-salary-platform-engineer.md"), str(tmp_path)).stdout
    assert "JobPosting: Platform Engineer" in out
    data = json.loads((tmp_path / "remote-salary-platform-engineer.jsonld").read_text(encoding="utf-8"))
    assert data["@type"] == "JobPosting"
    assert data["baseSalary"]["currency"] == "EUR"
    page = (tmp_path / "remote-salary-platform-engineer.html").read_text(encoding="utf-8")
    assert '<script type="application/ld+json">' in page


def test_jsonld_export_warns_about_missing_properties(tmp_path: Path) -> None:
    result = run("jsonld_export.py", str(EXAMPLES / "prose-only-lighthouse-keeper.md"), str(tmp_path))
    assert "warning: schema.org JobPosting lacks 'datePosted'" in result.stderr

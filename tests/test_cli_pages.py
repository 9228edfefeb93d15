"""``jobspec show`` and ``jobspec report``, run as the installed command: where the pages go, and what is said."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

JOBSPEC = Path(sys.executable).with_name("jobspec")  # the console script pip installed beside this Python
POSTING = "---\ntitle: Night Baker\ncompany: Crumb & Co\n---\n## Requirements\n- Knife skills\n"


def jobspec(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert JOBSPEC.exists(), f"the jobspec command is not installed beside {sys.executable}"
    return subprocess.run([str(JOBSPEC), *args], capture_output=True, text=True, check=False, cwd=cwd, timeout=120)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A source tree of postings, and beside it an empty folder to work in."""
    tree = tmp_path / "site" / "jobs"
    tree.mkdir(parents=True)
    (tree / "night-baker.md").write_text(POSTING, encoding="utf-8")
    (tree / "cook.md").write_text("# Cook\n## Requirements\n- Knives\n", encoding="utf-8")
    (tmp_path / "work").mkdir()
    return tree


def test_show_writes_to_the_current_folder_and_says_where(source: Path) -> None:
    work = source.parent.parent / "work"
    result = jobspec("show", str(source / "night-baker.md"), cwd=work)
    assert result.returncode == 0, result.stderr
    page = work / "night-baker.html"
    assert result.stderr == f"jobspec: wrote {page}\n"
    assert "Night Baker" in page.read_text(encoding="utf-8")
    assert sorted(p.name for p in source.iterdir()) == ["cook.md", "night-baker.md"]  # nothing in the source tree
    again = jobspec("show", str(source / "night-baker.md"), cwd=work)  # its own page is replaced
    assert again.returncode == 0, again.stderr


def test_show_leaves_a_file_it_did_not_write(source: Path) -> None:
    work = source.parent.parent / "work"
    (work / "night-baker.html").write_text("<p>my own page</p>", encoding="utf-8")
    result = jobspec("show", str(source / "night-baker.md"), cwd=work)
    assert result.returncode == 1
    assert result.stderr == (
        "jobspec: night-baker.html: exists and is not a page jobspec wrote; give -o PAGE to say where to write\n"
    )
    assert (work / "night-baker.html").read_text(encoding="utf-8") == "<p>my own page</p>"
    chosen = work / "elsewhere.html"
    assert jobspec("show", "-o", str(chosen), str(source / "night-baker.md"), cwd=work).returncode == 0
    assert chosen.exists()


def test_report_needs_no_output_and_links_each_posting_to_its_page(source: Path) -> None:
    work = source.parent.parent / "work"
    result = jobspec("report", "--workers", "1", str(source), cwd=work)
    assert result.returncode == 0, result.stderr
    report = work / "jobspec-report.html"
    pages = work / "jobspec-report_files"
    assert re.fullmatch(
        rf"jobspec: 2 parsed, 0 failed in \d+\.\d\d s \(\d+\.\d postings/s\); wrote {re.escape(str(report))} "
        rf"and 2 review pages in {re.escape(str(pages))}\n",
        result.stderr,
    )
    assert sorted(p.name for p in pages.iterdir()) == ["0001-cook.html", "0002-night-baker.html"]
    html = report.read_text(encoding="utf-8")
    assert '<a href="jobspec-report_files/0002-night-baker.html">Night Baker</a>' in html
    page = (pages / "0002-night-baker.html").read_text(encoding="utf-8")
    assert '<a href="../jobspec-report.html">← Corpus report</a>' in page


def test_a_report_over_fewer_postings_removes_the_pages_of_the_last_one(source: Path) -> None:
    work = source.parent.parent / "work"
    assert jobspec("report", "--workers", "1", str(source), cwd=work).returncode == 0
    (work / "jobspec-report_files" / "notes.html").write_text("<p>mine</p>", encoding="utf-8")
    assert jobspec("report", "--workers", "1", str(source / "cook.md"), cwd=work).returncode == 0
    left = sorted(p.name for p in (work / "jobspec-report_files").iterdir())
    assert left == ["0001-cook.html", "notes.html"]
    assert jobspec("report", "--no-pages", "-o", "plain.html", str(source), cwd=work).returncode == 0
    assert "_files/" not in (work / "plain.html").read_text(encoding="utf-8")
    assert not (work / "plain_files").exists()


def test_report_of_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = jobspec("report", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert "no file in it matches --glob" in result.stderr
    assert not (tmp_path / "jobspec-report.html").exists()

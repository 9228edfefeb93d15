"""Where `jobspec parse` writes, and what: refused paths, links, standard output, write failures, CSV formulas.

Each test runs the installed command in a subprocess, as a user would.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

GOOD = "---\ntitle: {title}\ncompany: '{company}'\n---\n## Requirements\n- Knife skills\n"


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jobspec", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd=cwd)


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "cook.md"
    path.parent.mkdir()
    path.write_text(GOOD.format(title="Cook", company="Crumb"), encoding="utf-8")
    return path


def _refused(run: subprocess.CompletedProcess[str], path: str, reason: str) -> None:
    """One line on stderr naming ``path`` and ``reason``, exit status 2, no traceback."""
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith(f"jobspec: cannot write {path}: "), run.stderr
    assert reason in run.stderr
    assert run.stdout == ""


def _untouched(folder: Path, names: set[str]) -> None:
    assert {p.name for p in folder.iterdir()} == names


def test_an_output_in_a_missing_folder_is_refused_before_parsing(posting: Path, tmp_path: Path) -> None:
    target = str(tmp_path / "nowhere" / "out.parquet")
    _refused(_run("parse", str(posting), "-o", target), target, "does not exist")


def test_errors_in_a_missing_folder_are_refused(posting: Path, tmp_path: Path) -> None:
    target = str(tmp_path / "nowhere" / "errors.jsonl")
    _refused(_run("parse", str(posting), "--errors", target), target, "does not exist")


def test_an_output_that_is_a_folder_is_refused(posting: Path, tmp_path: Path) -> None:
    _refused(_run("parse", str(posting), "-o", str(tmp_path), "--format", "json"), str(tmp_path), "is a folder")


# Never a real device here: a regression would replace it with a file, and the tests run as root in CI.
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_an_output_that_is_a_fifo_is_refused_and_left_as_it_is(posting: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    _refused(_run("parse", str(posting), "-o", str(fifo)), str(fifo), "not a file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.skipif(not Path("/dev/fd/1").exists(), reason="needs /dev/fd")
def test_standard_output_named_as_a_file_is_refused(posting: Path) -> None:
    # /dev/fd/1 of the command is the pipe it writes to: it cannot be replaced, only written.
    _refused(_run("parse", str(posting), "-o", "/dev/fd/1", "--format", "json"), "/dev/fd/1", "not a file")


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(posting: Path) -> None:
    before = posting.read_bytes()
    _refused(_run("parse", str(posting), "-o", str(posting), "--format", "json"), str(posting), "one of the inputs")
    assert posting.read_bytes() == before


def test_an_output_found_in_an_input_folder_is_refused(posting: Path) -> None:
    folder = posting.parent
    _refused(_run("parse", str(folder), "-o", str(posting), "--format", "json"), str(posting), "one of the inputs")


def test_the_same_file_for_output_and_errors_is_refused(posting: Path, tmp_path: Path) -> None:
    target = str(tmp_path / "both.jsonl")
    run = _run("parse", str(posting), "-o", target, "--errors", target)
    _refused(run, target, "the other output")
    _untouched(tmp_path, {"in"})


def test_a_read_only_folder_is_refused(posting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user may write anywhere (root)")
        target = str(folder / "out.json")
        _refused(_run("parse", str(posting), "-o", target), target, "not writable")
    finally:
        folder.chmod(0o700)


def test_a_symbolic_link_is_written_through_and_kept(posting: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    run = _run("parse", str(posting), "-o", str(link))
    assert run.returncode == 0, run.stderr
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["title"] == "Cook"


def test_dash_is_standard_output(posting: Path) -> None:
    run = _run("parse", str(posting), "-o", "-", "--format", "jsonl", "--quiet")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["title"] == "Cook"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_a_fifo_behind_a_symbolic_link_is_refused(posting: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.jsonl"
    link.symlink_to(fifo)
    _refused(_run("parse", str(posting), "-o", str(link)), str(link), "not a file")
    assert link.is_symlink()
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_name_too_long_is_refused_before_parsing(posting: Path, tmp_path: Path) -> None:
    target = str(tmp_path / ("x" * 300 + ".json"))
    _refused(_run("parse", str(posting), "-o", target), target, "too long")


def _small_files_only() -> None:
    """In the child: files may not grow past 100 bytes, and writing past that is an error, not a signal."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs file size limits (POSIX)")
@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_a_failure_while_writing_is_one_line_with_status_1_and_no_temporary_file(
    posting: Path, tmp_path: Path, option: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "postings.jsonl"
    broken = posting.parent / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    command = [sys.executable, "-m", "jobspec", "parse", str(posting.parent), "--strict", option, str(target)]
    run = subprocess.run(
        command, capture_output=True, text=True, timeout=120, preexec_fn=_small_files_only, check=False
    )
    assert run.returncode == 1, run.stderr
    last = run.stderr.splitlines()[-1]
    assert last == f"jobspec: cannot write {target}: File too large"
    assert "Traceback" not in run.stderr
    assert list(out.iterdir()) == []


def test_csv_cells_that_would_be_formulas_are_defused_unless_raw(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text(GOOD.format(title="-2+3", company='=HYPERLINK("http://evil","x")'), encoding="utf-8")
    safe = _run("parse", str(path), "--format", "csv", "--quiet")
    raw = _run("parse", str(path), "--format", "csv", "--quiet", "--csv-raw")
    safe_row = next(csv.DictReader(io.StringIO(safe.stdout)))
    raw_row = next(csv.DictReader(io.StringIO(raw.stdout)))
    assert (safe_row["company"], safe_row["title"]) == ('\'=HYPERLINK("http://evil","x")', "'-2+3")
    assert (raw_row["company"], raw_row["title"]) == ('=HYPERLINK("http://evil","x")', "-2+3")


def test_timeout_is_an_option_of_parse(posting: Path) -> None:
    run = _run("parse", str(posting), "--timeout", "30", "--quiet")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["title"] == "Cook"
    assert _run("parse", str(posting), "--timeout", "0").returncode == 2


def test_an_unwritable_folder_is_refused_even_for_root(
    posting: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from jobspec import cli

    # What os.access says of a folder on a read-only file system, or without write permission.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    target = str(tmp_path / "out.json")
    assert cli.main(["parse", str(posting), "-o", target]) == 2
    assert capsys.readouterr().err == f"jobspec: cannot write {target}: the folder {tmp_path} is not writable\n"
    assert {p.name for p in tmp_path.iterdir()} == {"in"}


def test_parquet_to_standard_output_is_a_usage_error(posting: Path, tmp_path: Path) -> None:
    run = _run("parse", str(posting), "-o", "-", "--format", "parquet", cwd=tmp_path)
    assert run.returncode == 2
    assert "needs --output FILE" in run.stderr
    assert list(tmp_path.iterdir()) == [posting.parent]  # no file named "-"


# `jobspec dedup -o` is checked and written as `jobspec parse -o` is.


def test_dedup_refuses_an_output_that_is_an_input_or_in_a_missing_folder(posting: Path, tmp_path: Path) -> None:
    before = posting.read_bytes()
    _refused(_run("dedup", str(posting.parent), "-o", str(posting)), str(posting), "one of the inputs")
    assert posting.read_bytes() == before
    missing = str(tmp_path / "nowhere" / "groups.jsonl")
    _refused(_run("dedup", str(posting.parent), "-o", missing), missing, "does not exist")
    _untouched(tmp_path, {"in"})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_dedup_refuses_a_fifo_and_writes_dash_to_standard_output(posting: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "groups.jsonl"
    os.mkfifo(fifo)
    _refused(_run("dedup", str(posting), "-o", str(fifo)), str(fifo), "not a file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    run = _run("dedup", str(posting), "-o", "-", "--all", "--workers", "1")
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["ids"] for line in run.stdout.splitlines()] == [[str(posting)]]
    assert "; wrote " not in run.stderr


def test_dedup_ended_by_sigterm_keeps_the_old_groups_and_leaves_no_temporary_file(
    posting: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from jobspec import cli, dedup

    def terminated(self: dedup.DedupIndex, *, singletons: bool = False) -> Iterator[dedup.Group]:
        raise cli.Terminated(signal.SIGTERM)
        yield  # a generator, as DedupIndex.groups is

    monkeypatch.setattr(dedup.DedupIndex, "groups", terminated)
    out = tmp_path / "out"
    out.mkdir()
    (out / "groups.jsonl").write_text("old\n", encoding="utf-8")
    target = str(out / "groups.jsonl")
    assert cli.main(["dedup", str(posting.parent), "-o", target, "--workers", "1"]) == 143
    assert capsys.readouterr().err == f"jobspec: interrupted; {target} was left as it was\n"
    _untouched(out, {"groups.jsonl"})
    assert (out / "groups.jsonl").read_text(encoding="utf-8") == "old\n"


def test_csv_formulas_are_defused_in_every_column_those_of_conditions_and_occupations_too(tmp_path: Path) -> None:
    from jobspec import cli

    path = tmp_path / "conditions.md"
    path.write_text(
        "---\ntitle: '@Chef de partie'\ncompany: '+Crumb'\nlocation: '-Leeds'\n---\n"
        "## About the role\n\nFull-time, 40 hours per week on day shifts. Travel up to 10%.\n"
        "Visa sponsorship is available. Contact: =cmd Jones, jones@crumb.example\n\n"
        "## Requirements\n\n- Knife skills\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.csv"
    assert cli.main(["parse", str(path), "-o", str(target), "--quiet", "--workers", "1"]) == 0
    header, row = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    cells = dict(zip(header, row, strict=True))
    assert (cells["title"], cells["company"], cells["location"]) == ("'@Chef de partie", "'+Crumb", "'-Leeds")
    for column in ("hours", "travel", "work_authorization", "occupation"):
        assert json.loads(cells[column]), column  # written, as JSON: an object starts with '{', no formula
    risky = [column for column, cell in cells.items() if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert risky == []

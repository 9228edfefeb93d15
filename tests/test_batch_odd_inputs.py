"""Odd entries in a batch (links, loops, FIFOs, odd names, files deleted mid-run): each accounted for, none fatal.

The command-line tests run the installed command in a subprocess, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from jobspec import parse_file, parse_many
from jobspec.batch import iter_inputs

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symbolic links (POSIX)")

GOOD = "---\ntitle: {title}\n---\n## Requirements\n- Knife skills\n"
UNDECODABLE = os.fsdecode(b"caf\xe9.md")


def _odd_folder(folder: Path, good: int) -> dict[str, str]:
    """``good`` postings and one of each odd entry; returns the expected kind of each odd one by printable id."""
    folder.mkdir(exist_ok=True)
    for n in range(good):
        (folder / f"p{n:03}.md").write_text(GOOD.format(title=f"P{n}"), encoding="utf-8")
    (folder / "loop.md").symlink_to("loop.md")
    (folder / "ping.md").symlink_to("pong.md")
    (folder / "pong.md").symlink_to("ping.md")
    (folder / "dangling.md").symlink_to("missing.md")
    os.mkfifo(folder / "fifo.md")
    (folder / UNDECODABLE).write_text(GOOD.format(title="Cafe"), encoding="utf-8")
    (folder / "linked-folder").symlink_to(folder)  # not followed: it would lead back here
    return {
        str(folder / "loop.md"): "symlink-loop",
        str(folder / "ping.md"): "symlink-loop",
        str(folder / "pong.md"): "symlink-loop",
        str(folder / "dangling.md"): "dangling-link",
        str(folder / "fifo.md"): "not-a-regular-file",
    }


@pytest.mark.parametrize("workers", [1, 2])
def test_every_odd_entry_is_one_error_with_its_reason_and_the_rest_parse(tmp_path: Path, workers: int) -> None:
    expected = _odd_folder(tmp_path / "in", 10)
    results = list(parse_many([tmp_path / "in"], workers=workers, on_error="collect"))
    errors = {r.id: r.error.kind for r in results if r.error is not None}
    assert errors == expected
    parsed = [r.posting.title for r in results if r.posting is not None]
    assert sorted(parsed, key=str) == sorted([f"P{n}" for n in range(10)] + ["Cafe"], key=str)


def test_an_undecodable_file_name_is_shown_escaped_and_the_posting_writes_as_json(tmp_path: Path) -> None:
    path = tmp_path / UNDECODABLE
    path.write_text(GOOD.format(title="Cafe"), encoding="utf-8")
    posting = parse_file(path)
    assert posting.source.path == str(tmp_path / "caf\\xe9.md")
    assert "undecodable-name" in [d.code for d in posting.diagnostics]
    assert json.loads(posting.model_dump_json())["title"] == "Cafe"


def test_a_file_deleted_after_it_was_found_is_vanished(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(GOOD.format(title=name), encoding="utf-8")
    found = list(iter_inputs(tmp_path))
    (tmp_path / "a.md").unlink()
    results = list(parse_many(found, workers=1, on_error="collect"))
    assert [(r.id, r.error.kind if r.error else None) for r in results] == [
        (str(tmp_path / "a.md"), "vanished"),
        (str(tmp_path / "b.md"), None),
    ]


def test_a_folder_deleted_before_it_was_listed_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(GOOD.format(title="A"), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    found = iter_inputs(tmp_path)
    assert next(found)[0] == str(tmp_path / "a.md")  # the top folder is listed: "sub" is in it
    os.rmdir(tmp_path / "sub")
    results = list(parse_many(list(found), workers=1, on_error="collect"))
    assert [(r.id, r.error.kind if r.error else None) for r in results] == [(str(tmp_path / "sub"), "vanished")]


def test_a_named_fifo_is_refused_at_once_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "named.md"
    os.mkfifo(fifo)
    started = time.monotonic()
    results = list(parse_many([fifo], workers=1, on_error="collect"))
    assert time.monotonic() - started < 10  # reading it would wait for a writer forever
    assert [r.error.kind if r.error else None for r in results] == ["not-a-regular-file"]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jobspec", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_200_file_batch_with_odd_entries_writes_every_good_posting_and_one_error_line_each(
    tmp_path: Path, workers: str
) -> None:
    folder = tmp_path / "in"
    expected = _odd_folder(folder, 200)
    later = folder / "zz-deleted-while-running"
    later.mkdir()
    for n in range(20):
        (later / f"d{n:02}.md").write_text(GOOD.format(title=f"D{n}"), encoding="utf-8")
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    def delete_later() -> None:
        time.sleep(0.3)
        for path in sorted(later.iterdir()):
            path.unlink()
            time.sleep(0.01)

    deleter = threading.Thread(target=delete_later, daemon=True)
    deleter.start()
    run = _run("parse", str(folder), "-o", str(output), "--errors", str(errors), "--workers", workers)
    deleter.join()
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    written = [json.loads(line)["source"]["path"] for line in output.read_text(encoding="utf-8").splitlines()]
    failed = {(e := json.loads(line))["id"]: e["kind"] for line in errors.read_text(encoding="utf-8").splitlines()}
    assert {key: kind for key, kind in failed.items() if not key.startswith(str(later))} == expected
    assert {str(folder / f"p{n:03}.md") for n in range(200)} | {str(folder / "caf\\xe9.md")} <= set(written)
    deleted = [key for key in [*written, *failed] if key.startswith(str(later))]
    assert len(deleted) == len(set(deleted))  # each file of the deleted folder at most once …
    assert all(failed.get(key, "vanished") == "vanished" for key in deleted)  # … parsed, or vanished

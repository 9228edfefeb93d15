"""Batch parsing: jobspec.batch.parse_many, and `jobspec parse` on many files (run in a subprocess)."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import jobspec
from jobspec import batch
from jobspec.batch import BatchError, InputLike, Result, atomic_path, iter_inputs, parse_many

GOOD = "---\ntitle: {title}\n---\n## Requirements\n- {skill}\n"
BROKEN = "---\ntitle: [unclosed\n---\nbody\n"


def posting(title: str, skill: str = "Tact") -> str:
    return GOOD.format(title=title, skill=skill)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def titles(results: list[Result]) -> list[str | None]:
    return [r.posting.title if r.posting else None for r in results]


# ---------------------------------------------------------------------------
# iter_inputs


def test_a_folder_gives_its_matching_files_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "b")
    write(tmp_path, "a/z.markdown", "z")
    write(tmp_path, "a/notes.txt", "not a posting")
    ids = [key for key, _ in iter_inputs([tmp_path])]
    assert ids == [str(tmp_path / "a" / "z.markdown"), str(tmp_path / "b.md")]


def test_glob_patterns_choose_the_files_of_a_folder(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "b")
    write(tmp_path, "a/notes.txt", "t")
    assert [key for key, _ in iter_inputs(tmp_path, glob="*.txt")] == [str(tmp_path / "a" / "notes.txt")]


def test_glob_strings_pairs_and_files_keep_their_order(tmp_path: Path) -> None:
    one = write(tmp_path, "deep/er/one.md", "1")
    two = write(tmp_path, "two.md", "2")
    items = list(iter_inputs([str(two), ("pair", b"bytes"), str(tmp_path / "**" / "one.md")]))
    assert items == [(str(two), two), ("pair", b"bytes"), (str(one), one)]


def test_a_pattern_that_matches_nothing_stays_so_that_it_fails(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.md")
    results = list(parse_many([pattern], workers=1, on_error="collect"))
    assert [r.id for r in results] == [pattern]
    assert results[0].error is not None
    assert results[0].error.kind == "not-found"


def test_a_malformed_pair_is_refused() -> None:
    with pytest.raises(TypeError, match="pair"):
        list(iter_inputs([("id", "text", "extra")]))  # type: ignore[list-item]


# ---------------------------------------------------------------------------
# parse_many


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_input_order(workers: int) -> None:
    inputs = [(f"id-{n}", posting(f"Job {n}")) for n in range(24)]
    results = list(parse_many(inputs, workers=workers, window=3))
    assert [r.id for r in results] == [f"id-{n}" for n in range(24)]
    assert titles(results) == [f"Job {n}" for n in range(24)]
    assert all(r.ok for r in results)


def test_files_are_read_by_the_workers_and_keep_their_path(tmp_path: Path) -> None:
    path = write(tmp_path, "cook.md", posting("Cook", "Knife skills"))
    (result,) = parse_many([path], workers=2)
    assert result.posting == jobspec.parse_file(path)
    assert result.posting is not None
    assert result.posting.source.path == str(path)


def test_postings_from_workers_equal_those_parsed_here() -> None:
    # Workers send each posting as JSON (Result.json); it must rebuild into the very same posting.
    paths = sorted((Path(__file__).parent.parent / "examples").glob("*.md"))
    results = list(parse_many(paths, workers=2))
    assert [r.json() for r in results] == [jobspec.parse_file(path).model_dump_json() for path in paths]
    assert [r.posting for r in results] == [jobspec.parse_file(path) for path in paths]
    in_process = list(parse_many(paths, workers=1))
    assert in_process == results
    assert [r.json() for r in in_process] == [r.json() for r in results]


def test_a_pair_id_is_the_source_path() -> None:
    (result,) = parse_many([("row-7", posting("Baker"))], workers=1)
    assert result.posting is not None
    assert result.posting.source.path == "row-7"


def test_parse_options_reach_the_workers() -> None:
    inputs = [("broken", BROKEN)]
    lenient = list(parse_many(inputs, workers=2, on_error="collect"))
    strict = list(parse_many(inputs, workers=2, on_error="collect", strict=True))
    assert lenient[0].ok
    assert strict[0].error is not None
    assert strict[0].error.kind == "FrontMatterError"


def test_unknown_parse_options_are_refused() -> None:
    with pytest.raises(TypeError, match="stirct"):
        parse_many([], stirct=True)


@pytest.mark.parametrize("workers", [1, 2])
def test_collect_yields_the_error_in_place(tmp_path: Path, workers: int) -> None:
    bad = write(tmp_path, "bad.md", BROKEN)
    inputs: list[InputLike] = [("first", posting("A")), bad, ("last", posting("B"))]
    results = list(parse_many(inputs, workers=workers, on_error="collect", strict=True))
    assert titles(results) == ["A", None, "B"]
    error = results[1].error
    assert isinstance(error, BatchError)
    assert (error.path, error.line, error.kind) == (str(bad), 3, "FrontMatterError")
    assert str(error) == f"{bad}:3:{error.column}: {error.message}"


def test_skip_leaves_failures_out() -> None:
    inputs = [("a", posting("A")), ("bad", BROKEN), ("b", posting("B"))]
    results = list(parse_many(inputs, workers=2, on_error="skip", strict=True))
    assert [r.id for r in results] == ["a", "b"]


@pytest.mark.parametrize("workers", [1, 2])
def test_raise_yields_the_results_before_the_first_error(workers: int) -> None:
    inputs = [("a", posting("A")), ("bad", BROKEN), ("b", posting("B"))]
    seen: list[str] = []

    def consume() -> None:
        for result in parse_many(inputs, workers=workers, strict=True):
            seen.append(result.id)

    with pytest.raises(jobspec.FrontMatterError) as caught:
        consume()
    assert seen == ["a"]
    assert caught.value.path == "bad"


@pytest.mark.parametrize(("workers", "window"), [(1, None), (2, 3)])
def test_inputs_are_read_only_as_far_as_the_window(workers: int, window: int | None) -> None:
    taken = 0

    def endless() -> Iterator[tuple[str, str]]:
        nonlocal taken
        while True:
            taken += 1
            yield f"id-{taken}", posting(f"Job {taken}")

    results = parse_many(endless(), workers=workers, window=window)
    first = next(results)
    results.close()
    assert first.id == "id-1"
    assert taken <= (window or 1)


def _stuck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A posting whose parse never ends: the parser, patched before the workers fork, sleeps on it.

    The worker parsing it writes its process id to ``worker.pid`` beside it first.
    """
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("workers run a parser patched in the parent only when forked")
    path = write(tmp_path, "stuck.md", posting("Stuck"))
    real = batch._parse_value

    def parse_or_hang(key: str, value: batch.InputValue, parse_kwargs: dict[str, object]) -> jobspec.JobPosting:
        if isinstance(value, Path) and value.name == "stuck.md":
            (value.parent / "worker.pid").write_text(str(os.getpid()))
            time.sleep(3600)
        return real(key, value, parse_kwargs)

    monkeypatch.setattr(batch, "_parse_value", parse_or_hang)
    return path


def test_an_input_past_the_timeout_fails_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stuck = _stuck(tmp_path, monkeypatch)
    inputs: list[InputLike] = [("a", posting("A")), stuck, ("b", posting("B")), ("c", posting("C"))]
    results = list(parse_many(inputs, workers=2, on_error="collect", timeout=0.5))
    assert [r.id for r in results] == ["a", str(stuck), "b", "c"]
    assert titles(results) == ["A", None, "B", "C"]
    assert results[1].error is not None
    assert results[1].error.kind == "Timeout"
    assert results[1].error.path == str(stuck)


def test_a_timeout_with_one_worker_still_runs_in_a_process_it_can_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stuck = _stuck(tmp_path, monkeypatch)
    results = list(parse_many([stuck, ("b", posting("B"))], workers=1, on_error="collect", timeout=0.5))
    assert [r.error.kind if r.error else r.posting and r.posting.title for r in results] == ["Timeout", "B"]


def _kill_the_worker_on(stuck: Path) -> None:
    """Wait until a worker is parsing ``stuck`` (it leaves its pid beside it), then kill that worker."""
    pid_file = stuck.parent / "worker.pid"
    deadline = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        if time.monotonic() > deadline:
            return
        time.sleep(0.01)
    os.kill(int(pid_file.read_text()), signal.SIGKILL)


def test_a_killed_worker_fails_only_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stuck = _stuck(tmp_path, monkeypatch)
    killer = threading.Thread(target=_kill_the_worker_on, args=(stuck,), daemon=True)
    killer.start()
    inputs: list[InputLike] = [("a", posting("A")), stuck, *[(f"n{n}", posting(f"N{n}")) for n in range(6)]]
    results = list(parse_many(inputs, workers=2, on_error="collect"))
    killer.join(timeout=10)
    assert [r.id for r in results] == ["a", str(stuck), *[f"n{n}" for n in range(6)]]
    assert titles(results) == ["A", None, *[f"N{n}" for n in range(6)]]
    assert results[1].error is not None
    assert results[1].error.kind == "WorkerCrashed"
    assert "signal 9" in results[1].error.message


def test_atomic_path_leaves_the_old_file_when_interrupted(tmp_path: Path) -> None:
    target = write(tmp_path, "out.json", "old")

    def interrupted_write() -> None:
        with atomic_path(target) as temporary:
            temporary.write_text("half", encoding="utf-8")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_write()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_atomic_path_replaces_the_file_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with atomic_path(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 != 0o600  # not mkstemp's private mode
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# ---------------------------------------------------------------------------
# The command line


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobspec", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    postings = tmp_path / "postings"
    write(postings, "b-baker.md", posting("Baker"))
    write(postings, "nested/a-cook.markdown", posting("Cook"))
    write(postings, "nested/broken.md", BROKEN)
    write(postings, "readme.txt", "not a posting")
    return postings


def test_cli_a_folder_prints_an_array_of_its_postings(folder: Path) -> None:
    result = run("parse", "--quiet", "--workers", "2", str(folder))
    assert result.returncode == 0, result.stderr
    assert [p["title"] for p in json.loads(result.stdout)] == ["Baker", "Cook", None]
    # --quiet leaves out the summary, not the posting parsed without its broken front matter
    assert result.stderr.endswith("; the body was parsed without it [front-matter-invalid]\n")
    assert result.stderr.count("\n") == 1


def test_cli_glob_chooses_files(folder: Path) -> None:
    result = run("parse", "--quiet", "--format", "jsonl", "--glob", "*.markdown", str(folder))
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Cook"]


def test_cli_failures_are_reported_and_written_and_the_rest_is_output(folder: Path, tmp_path: Path) -> None:
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run("parse", "--strict", "-o", str(output), "--errors", str(errors), str(folder))
    assert result.returncode == 1
    broken = folder / "nested" / "broken.md"
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{broken}:3:")
    assert lines[1].startswith("jobspec: 2 parsed, 1 failed in ")
    assert lines[1].endswith(" postings/s)")
    assert [json.loads(line)["title"] for line in output.read_text(encoding="utf-8").splitlines()] == ["Baker", "Cook"]
    (failure,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert failure["id"] == failure["path"] == str(broken)
    assert (failure["line"], failure["kind"]) == (3, "FrontMatterError")


def test_cli_quiet_has_no_summary_and_progress_draws_a_bar(folder: Path) -> None:
    quiet = run("parse", "--quiet", "--format", "jsonl", str(folder / "b-baker.md"))
    shown = run("parse", "--progress", "--format", "jsonl", str(folder / "b-baker.md"))
    assert quiet.stderr == ""
    assert "] 1/1 100%" in shown.stderr
    assert "jobspec: 1 parsed, 0 failed" in shown.stderr


def test_cli_no_progress_bar_when_stderr_is_not_a_terminal(folder: Path) -> None:
    result = run("parse", "--format", "jsonl", str(folder))
    assert "\r" not in result.stderr
    assert "%" not in result.stderr


def test_cli_in_process_and_parallel_give_the_same_output(folder: Path) -> None:
    one = run("parse", "--quiet", "--workers", "1", str(folder))
    two = run("parse", "--quiet", "--workers", "2", str(folder))
    assert one.stdout == two.stdout
    assert json.loads(one.stdout)[0]["title"] == "Baker"


def test_cli_jsonl_is_the_same_in_process_and_parallel(folder: Path) -> None:
    one = run("parse", "--quiet", "--workers", "1", "--format", "jsonl", str(folder))
    two = run("parse", "--quiet", "--workers", "2", "--format", "jsonl", str(folder))
    assert one.stdout == two.stdout
    titles = [json.loads(line)["title"] for line in one.stdout.splitlines()]
    array = json.loads(run("parse", "--quiet", "--format", "json", str(folder)).stdout)
    assert titles == [entry["title"] for entry in array]
    assert titles[0] == "Baker"


def test_cli_json_array_is_the_same_text_as_before(folder: Path) -> None:
    result = run("parse", "--quiet", str(folder))
    expected = [jobspec.parse_file(folder / "b-baker.md").to_dict()]
    assert result.stdout.startswith(json.dumps(expected, indent=2, ensure_ascii=False)[:-2])
    compact = run("parse", "--quiet", "--indent", "0", str(folder / "b-baker.md"), str(folder / "b-baker.md"))
    assert compact.stdout == json.dumps(expected * 2, ensure_ascii=False) + "\n"


def test_cli_csv_has_a_row_per_posting_with_nested_fields_as_json(folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "postings.csv"
    result = run("parse", "--quiet", "-o", str(output), str(folder))
    assert result.returncode == 0, result.stderr
    with output.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(jobspec.JobPosting.model_fields)
    assert [row["title"] for row in rows] == ["Baker", "Cook", ""]
    assert json.loads(rows[0]["qualifications"])[0]["text"] == "Tact"
    assert rows[0]["salary"] == ""


def test_cli_output_file_is_written_whole_with_nothing_left_beside_it(folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "out" / "postings.json"
    output.parent.mkdir()
    result = run("parse", "--quiet", "-o", str(output), str(folder / "b-baker.md"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(output.read_text(encoding="utf-8"))["title"] == "Baker"
    assert [p.name for p in output.parent.iterdir()] == ["postings.json"]


def test_cli_parquet_output_reads_back_equal(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from jobspec.arrow import read_parquet

    output = tmp_path / "postings.parquet"
    result = run("parse", "--quiet", "-o", str(output), str(folder))
    assert result.returncode == 0, result.stderr
    paths = [folder / "b-baker.md", folder / "nested" / "a-cook.markdown", folder / "nested" / "broken.md"]
    assert read_parquet(output) == [jobspec.parse_file(str(path)) for path in paths]


def test_cli_parquet_without_pyarrow_says_which_extra_to_install(folder: Path, tmp_path: Path) -> None:
    shadow = tmp_path / "shadow"
    write(shadow, "pyarrow/__init__.py", "raise ImportError('No module named pyarrow')\n")
    output = tmp_path / "postings.parquet"
    python_path = os.pathsep.join(filter(None, [str(shadow), os.environ.get("PYTHONPATH")]))
    result = run("parse", "-o", str(output), str(folder), env={"PYTHONPATH": python_path})
    assert result.returncode == 1
    assert "jobspec-md[parquet]" in result.stderr
    assert not output.exists()


def test_cli_usage_errors(folder: Path, tmp_path: Path) -> None:
    assert run("parse", "--workers", "0", str(folder)).returncode == 2
    unknown = run("parse", "-o", str(tmp_path / "out.xyz"), str(folder))
    assert unknown.returncode == 2
    assert "--format" in unknown.stderr
    assert run("parse", "--format", "parquet", str(folder)).returncode == 2
    assert run("parse", "--quiet", "--progress", str(folder)).returncode == 2


def test_cli_format_flag_beats_the_extension(folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "postings.txt"
    run("parse", "--quiet", "--format", "jsonl", "-o", str(output), str(folder / "b-baker.md"))
    assert json.loads(output.read_text(encoding="utf-8"))["title"] == "Baker"


# --- workers that start warm -----------------------------------------------------------

WARMTH = """
import json, multiprocessing
from jobspec.batch import parse_many
from jobspec.facts.skills import default_taxonomy
from jobspec.occupations import default_classification
from jobspec.options import ParseOptions

def loaded():
    return [default_taxonomy.cache_info().currsize, default_classification.cache_info().currsize]

text = "# Cook\\n## Requirements\\n- Knife skills with Python\\n"
salary_only = list(parse_many([("a", text)], workers=2, options=ParseOptions(fields={"salary"})))
after_salary_only = loaded()
everything = list(parse_many([("a", text), ("b", text)], workers=2))
print(json.dumps({
    "method": multiprocessing.get_start_method(),
    "after_salary_only": after_salary_only,
    "after_everything": loaded(),
    "ok": [r.ok for r in salary_only + everything],
}))
"""


def test_a_pool_forks_its_workers_from_a_parent_warmed_for_the_fields_asked() -> None:
    """The parent builds the tables once and its forked workers share them; only the tables the fields need."""
    run = subprocess.run([sys.executable, "-c", WARMTH], capture_output=True, text=True, check=True, timeout=120)
    found = json.loads(run.stdout)
    assert found["ok"] == [True, True, True]
    if found["method"] == "fork":
        assert found["after_salary_only"] == [0, 0]  # a salary needs neither skills nor the occupation index
        assert found["after_everything"] == [1, 1]
    else:  # each worker warms itself as it starts; the parent builds nothing
        assert found["after_everything"] == [0, 0]


def test_a_spawned_worker_warms_itself_and_parses_as_this_process_does() -> None:
    pool = batch._Pool(1, {}, context=multiprocessing.get_context("spawn"))
    try:
        worker = pool.worker_with_room()
        assert worker is not None
        pool.assign(worker, batch._Task(0, "baker", posting("Baker")))
        finished = pool.wait(timeout=120)
    finally:
        pool.close()
    ((task, outcome),) = finished.outcomes
    assert task.id == "baker"
    assert outcome == ("json", jobspec.parse(posting("Baker"), path="baker").model_dump_json())

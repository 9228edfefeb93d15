"""Interrupted runs, tried for real in subprocesses: no worker outlives a killed parent, no temporary file stays."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")

# The parent starts two workers on postings large enough to fill the pipes, prints their
# process ids, and sleeps without reading a result: the workers block sending them.
PARENT = """
import multiprocessing, sys, time
import jobspec
from jobspec import batch
batch.USE_PARENT_DEATH_SIGNAL = {use_signal}
posting = "# Cook\\n## Requirements\\n" + "".join(f"- Knife skills number {{n}}\\n" for n in range(300))
results = jobspec.parse_many(((f"p{{i}}", posting) for i in range(200)), workers=2)
next(results)
print(" ".join(str(child.pid) for child in multiprocessing.active_children()), flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that has not ended (a zombie waiting to be reaped has)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _seconds_until_gone(pids: list[int], limit: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if not any(_running(pid) for pid in pids):
            return time.monotonic() - started
        time.sleep(0.05)
    return None


@pytest.mark.parametrize("use_signal", [True, False], ids=["parent-death-signal", "watchdog-thread"])
def test_workers_end_within_two_seconds_of_a_killed_parent(use_signal: bool) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT.format(use_signal=use_signal)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2
        time.sleep(0.5)  # the workers fill their pipes and block
        assert all(_running(pid) for pid in workers)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert _seconds_until_gone(workers, 2.0) is not None
    finally:
        parent.kill()
        parent.wait()


def _folder_of_postings(folder: Path, count: int) -> Path:
    folder.mkdir()
    text = "# Cook {n}\n## Requirements\n" + "".join(f"- Knife skills number {n}\n" for n in range(60))
    for n in range(count):
        (folder / f"p{n:04}.md").write_text(text.format(n=n), encoding="utf-8")
    return folder


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _interrupt_as_in_a_terminal() -> None:
    """In the child, before it starts: SIGINT as a terminal gives it, whatever this run inherited.

    A shell without job control starts background commands with SIGINT ignored, and
    every process they start inherits that (Python then raises no KeyboardInterrupt):
    the tests must not depend on how they were started.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_cli(inputs: Path, output: Path) -> subprocess.Popen[str]:
    """`jobspec parse` writing ``output``, returned once its temporary file exists (it is writing)."""
    command = [sys.executable, "-m", "jobspec", "parse", str(inputs), "-o", str(output), "--workers", "2", "--quiet"]
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, preexec_fn=_interrupt_as_in_a_terminal)
    deadline = time.monotonic() + 30
    while not _temporaries(output.parent) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.01)
    return run


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGHUP, 129)])
def test_a_signalled_run_removes_its_temporary_file_and_keeps_the_old_output(
    tmp_path: Path, signum: int, status: int
) -> None:
    inputs = _folder_of_postings(tmp_path / "in", 1500)
    output = tmp_path / "out" / "postings.jsonl"
    output.parent.mkdir()
    output.write_text("old\n", encoding="utf-8")
    run = _start_cli(inputs, output)
    assert _temporaries(output.parent), "the run ended before it could be interrupted"
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=30)
    assert run.returncode == status
    assert "interrupted" in stderr
    assert "Traceback" not in stderr
    assert _temporaries(output.parent) == []
    assert output.read_text(encoding="utf-8") == "old\n"


def test_the_temporary_file_of_a_killed_run_is_removed_by_the_next_run(tmp_path: Path) -> None:
    inputs = _folder_of_postings(tmp_path / "in", 1500)
    output = tmp_path / "out" / "postings.jsonl"
    output.parent.mkdir()
    run = _start_cli(inputs, output)
    left = _temporaries(output.parent)
    run.kill()
    run.wait()
    assert left
    assert _temporaries(output.parent) == left  # nothing runs on SIGKILL
    (inputs / "only.md").write_text("# Only\n", encoding="utf-8")
    again = subprocess.run(
        [sys.executable, "-m", "jobspec", "parse", str(inputs / "only.md"), "-o", str(output), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert _temporaries(output.parent) == []


def test_a_signal_whose_exception_was_swallowed_still_ends_the_run() -> None:
    # The handler's exception goes wherever the main thread is: in a finalizer Python prints it
    # and goes on. The writing loop asks again, so the run ends as interrupted, not as finished.
    from jobspec import cli

    cli._received.append(signal.SIGTERM)  # as if the handler had run and its exception been lost
    try:
        with pytest.raises(cli.Terminated) as raised:
            list(cli._successes(iter([]), cli._Tally(progress=None), None))
        assert raised.value.signum == signal.SIGTERM
    finally:
        cli._received.clear()


class _RaisesWhenCollected:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def __del__(self) -> None:
        raise self.exc


def test_a_termination_swallowed_by_a_finalizer_is_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    # A signal can land in a finalizer or in a weakref callback of the import machinery, where
    # Python reports what it cannot raise, traceback and all. The run raises it again later, so
    # only other faults are reported.
    from jobspec import cli

    reported: list[str] = []

    def record(unraisable: sys.UnraisableHookArgs) -> None:
        reported.append(type(unraisable.exc_value).__name__)

    monkeypatch.setattr(sys, "unraisablehook", record)
    with cli._termination_as_interrupt():
        _RaisesWhenCollected(cli.Terminated(signal.SIGTERM))
        _RaisesWhenCollected(ValueError("a real fault"))
    assert reported == ["ValueError"]
    assert sys.unraisablehook is record  # given back when the command ends

"""Near-duplicates: fingerprints, the streaming index, and the dedup command."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jobspec import ParseOptions, parse
from jobspec.dedup import DedupIndex, bands_for, fingerprint, minhash, similarity

POSTING = """---
title: Warehouse Team Lead (m/w/d)
company: Brightbox Logistics GmbH
location: Leipzig, Germany
---
## Your tasks

- Plan the daily picking waves for a team of eight
- Check incoming goods against the delivery notes
- Train new colleagues on the scanners and the safety rules

## Your profile

- Two years of experience in a warehouse
- A forklift licence and a calm head in the morning rush

## What we offer

- Thirty days of holiday and a bicycle leasing scheme
"""


def _copy_as_html() -> str:
    return (
        "# Warehouse Team Lead\n\n<h2>Your tasks</h2>\n<ul><li>Plan the daily picking waves for a team of eight</li>"
        "<li>Check incoming goods against the delivery notes</li>"
        "<li>Train new colleagues on the scanners and the safety rules</li></ul>\n\n<h2>Your profile</h2>\n"
        "<ul><li>Two years of experience in a warehouse</li>"
        "<li>A forklift licence and a calm head in the morning rush</li></ul>\n\n<h2>What we offer</h2>\n"
        "<ul><li>Thirty days of holiday and a bicycle leasing scheme</li></ul>\n"
    )


def test_the_key_ignores_gender_markers_legal_forms_and_case() -> None:
    other = POSTING.replace("(m/w/d)", "").replace("GmbH", "").replace("Leipzig, Germany", "LEIPZIG")
    assert fingerprint(parse(POSTING)).key == fingerprint(parse(other)).key


def test_an_html_copy_without_front_matter_is_near_identical() -> None:
    original, copy = fingerprint(parse(POSTING)), fingerprint(parse(_copy_as_html()))
    assert similarity(original, copy) >= 0.9
    assert original.title == "warehouse team lead" == copy.title


def test_a_different_job_is_not_similar() -> None:
    other = parse("# Accountant\n\n## Tasks\n\n- Close the books every month\n- Prepare the VAT returns\n")
    assert similarity(fingerprint(parse(POSTING)), fingerprint(other)) < 0.2


def test_the_signature_is_the_same_in_another_process() -> None:
    code = "import jobspec, jobspec.dedup as d, sys; print(d.fingerprint(jobspec.parse(sys.stdin.read())).minhash[:8])"
    result = subprocess.run(
        [sys.executable, "-c", code], input=POSTING, capture_output=True, text=True, check=True,
        env={"PYTHONHASHSEED": "123", "PATH": ""},
    )  # fmt: skip
    assert result.stdout.strip() == str(fingerprint(parse(POSTING)).minhash[:8])


def test_minhash_of_nothing_and_the_bands() -> None:
    assert minhash([], 8) == [0] * 8
    bands, rows = bands_for(0.9)
    assert bands * rows <= 128
    assert rows > 1


def test_parse_adds_the_fingerprint_when_asked() -> None:
    assert parse(POSTING).fingerprint is None
    found = parse(POSTING, options=ParseOptions(fingerprint=True)).fingerprint
    assert found is not None
    assert len(found.minhash) == 128


def test_the_index_groups_copies_and_keeps_levels_apart(tmp_path: Path) -> None:
    junior = POSTING.replace("Warehouse Team Lead", "Junior Warehouse Associate")
    with DedupIndex(0.7, path=tmp_path / "index.sqlite") as index:
        assert index.add("a", fingerprint(parse(POSTING))) == []
        assert index.add("b", fingerprint(parse(_copy_as_html()))) == ["a"]
        assert index.add("c", fingerprint(parse(junior))) == []
        groups = [group.ids for group in index.groups()]
        everyone = [group.ids for group in index.groups(singletons=True)]
    assert groups == [["a", "b"]]
    assert everyone == [["a", "b"], ["c"]]
    assert (tmp_path / "index.sqlite").exists()  # a file given by the caller is kept


def test_a_threshold_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        DedupIndex(1.5)


def test_the_dedup_command(tmp_path: Path) -> None:
    (tmp_path / "one.md").write_text(POSTING, encoding="utf-8")
    (tmp_path / "two.md").write_text(_copy_as_html(), encoding="utf-8")
    (tmp_path / "three.md").write_text("# Driver\n\nDrive the van.\n", encoding="utf-8")
    out = tmp_path / "groups.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "jobspec", "dedup", str(tmp_path), "-o", str(out), "--workers", "1"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    groups = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [sorted(Path(i).name for i in group["ids"]) for group in groups] == [["one.md", "two.md"]]
    assert re.search(
        r"^jobspec: 3 parsed, 0 failed in .*; 1 group written, 2 postings in groups of near-duplicates; wrote ",
        result.stderr,
        re.MULTILINE,
    )
    bad = subprocess.run(
        [sys.executable, "-m", "jobspec", "dedup", str(tmp_path), "-o", str(out), "--threshold", "2"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2


def test_the_dedup_command_on_a_folder_without_postings_says_so(tmp_path: Path) -> None:
    out = tmp_path / "groups.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "jobspec", "dedup", str(tmp_path), "-o", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"jobspec: no postings in {tmp_path}: no file in it matches --glob '*.md,*.markdown'\n"
    assert not out.exists()


def test_parse_many_adds_fingerprints_in_its_workers() -> None:
    from jobspec import parse_many

    options = ParseOptions(fingerprint=True, find_skills=False)
    results = list(parse_many([("a", POSTING), ("b", _copy_as_html())], workers=2, options=options))
    found = [p.fingerprint for result in results if (p := result.posting) is not None and p.fingerprint is not None]
    assert len(found) == 2
    assert similarity(found[0], found[1]) >= 0.9  # made in two processes, compared here

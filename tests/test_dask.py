"""Postings as Dask collections (jobspec.dask), on a local cluster of two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest

import jobspec
from jobspec.arrow import arrow_schema, read_parquet

REASON = "the Dask tests need the dask extra: pip install 'jobspec-md[dask]'"
distributed = pytest.importorskip("dask.distributed", reason=REASON)
pq = pytest.importorskip("pyarrow.parquet", reason=REASON)
jobspec_dask = pytest.importorskip("jobspec.dask", reason=REASON)

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted(str(path) for path in (ROOT / "tests" / "golden").glob("*.md"))
EXAMPLES = sorted(str(path) for path in (ROOT / "examples").glob("*.md"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_titles_and_counts_on_two_workers(client: Any) -> None:
    bag = jobspec_dask.read_postings([str(ROOT / "tests" / "golden"), *EXAMPLES], blocksize=1)
    assert bag.npartitions == len(GOLDEN) + len(EXAMPLES)  # one file per partition at this blocksize
    postings = bag.compute()
    expected = [jobspec.parse_file(path) for path in [*GOLDEN, *EXAMPLES]]
    assert [p.title for p in postings] == [p.title for p in expected]
    assert postings == expected
    assert bag.count().compute() == len(expected)
    workers = client.run(lambda: "alive")
    assert len(workers) == 2


def test_a_glob_and_the_default_blocksize(client: Any) -> None:
    bag = jobspec_dask.read_postings(str(ROOT / "tests" / "golden" / "*.md"))
    assert bag.npartitions == 1  # a few kilobytes: one partition
    titles = bag.map(attrgetter("title")).compute()
    assert sorted(titles) == sorted(jobspec.parse_file(path).title or "" for path in GOLDEN)


def test_a_partitioned_parquet_dataset_reads_back(client: Any, tmp_path: Path) -> None:
    bag = jobspec_dask.read_postings([*GOLDEN, *EXAMPLES], blocksize=1)
    frame = jobspec_dask.to_dataframe(bag)
    assert list(frame.columns) == arrow_schema().names
    folder = tmp_path / "postings"
    frame.to_parquet(str(folder))
    assert len(list(folder.glob("*.parquet"))) == bag.npartitions
    table = pq.read_table(str(folder))
    assert table.num_rows == len(GOLDEN) + len(EXAMPLES)
    expected = [jobspec.parse_file(path) for path in GOLDEN + EXAMPLES]
    assert sorted(table.column("title").to_pylist()) == sorted(posting.title or "" for posting in expected)
    assert str(table.schema.field("qualifications").type.value_type.field("required").type) == "bool"
    by_path = sorted(read_parquet(folder), key=lambda posting: posting.source.path or "")
    assert by_path == sorted(expected, key=lambda posting: posting.source.path or "")


def test_errors_raise_or_are_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [x\n---\nbody\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("# Good\n", encoding="utf-8")
    skipped = jobspec_dask.read_postings(str(tmp_path), strict=True, on_error="skip")
    assert [p.title for p in skipped.compute(scheduler="sync")] == ["Good"]
    with pytest.raises(jobspec.FrontMatterError) as caught:
        jobspec_dask.read_postings(str(tmp_path), strict=True).compute(scheduler="sync")
    assert caught.value.path == str(bad)


def test_the_workers_can_add_fingerprints(client: Any) -> None:
    options = jobspec.ParseOptions(fingerprint=True, find_skills=False)
    bag = jobspec_dask.read_postings(GOLDEN, options=options)
    frame = jobspec_dask.to_dataframe(bag).compute()
    expected = [jobspec.parse_file(path, options=options).fingerprint for path in GOLDEN]
    assert [p.fingerprint for p in bag.compute()] == expected
    assert list(frame["fingerprint_key"]) == [found.key for found in expected if found is not None]

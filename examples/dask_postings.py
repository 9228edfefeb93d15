"""Read a folder of postings as a Dask bag and write a Parquet dataset partitioned by language.

Usage::

    python examples/dask_postings.py [FOLDER] [OUTPUT] [--cluster]

FOLDER defaults to examples/; OUTPUT to a new temporary folder. Without
``--cluster`` Dask runs on the synchronous scheduler (one process, easy to
debug); with it, on a LocalCluster of two single-threaded worker processes.
Needs the extra ``jobspec-md[dask]``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask

from jobspec.dask import read_postings, to_dataframe

HERE = Path(__file__).resolve().parent


@contextlib.contextmanager
def scheduler(cluster: bool) -> Iterator[Any]:
    """A local cluster with a client, or the synchronous scheduler."""
    if not cluster:
        with dask.config.set(scheduler="synchronous"):
            yield None
        return
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local,
        Client(local) as client,
    ):
        yield client


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(HERE), help="folder of postings (default: examples/)")
    parser.add_argument("output", nargs="?", help="folder for the Parquet dataset (default: a temporary folder)")
    parser.add_argument("--cluster", action="store_true", help="run on a LocalCluster instead of in this process")
    args = parser.parse_args(argv)
    output = Path(args.output) if args.output else Path(tempfile.mkdtemp(prefix="jobspec-dask-")) / "postings"

    with scheduler(args.cluster):
        postings = read_postings(args.folder, blocksize="8KiB", on_error="skip")
        remote = postings.filter(lambda posting: posting.workplace == "remote").map(lambda posting: posting.title)
        print(f"{postings.count().compute()} postings in {postings.npartitions} partitions")
        print(f"remote: {sorted(remote.compute())}")

        frame = to_dataframe(postings)
        frame["language"] = frame["language"].fillna("unknown")
        frame.to_parquet(output, partition_on=["language"], write_index=False)

    import pyarrow.dataset as ds

    dataset = ds.dataset(output, format="parquet", partitioning="hive")
    languages = sorted(path.name for path in output.iterdir() if path.name.startswith("language="))
    print(f"wrote {dataset.count_rows()} rows to {output}")
    print(f"partitions: {', '.join(languages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

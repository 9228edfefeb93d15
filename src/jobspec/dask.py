"""Postings as Dask collections, from local or remote files (extra ``jobspec-md[dask]``).

::

    urlpath ─fsspec.open_files─▶ files, grouped by size ─parse on the workers─▶ Bag of JobPosting
      ─to_dataframe─▶ DataFrame with the columns of jobspec.arrow.arrow_schema()

Only the file names travel through the scheduler: each worker opens its
files through fsspec (local disk, ``s3://``, ``gs://``, ``https://``, ...)
and parses them itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, cast

from ._version import install_hint
from .arrow import arrow_schema, to_pandas
from .batch import DEFAULT_GLOB
from .errors import InputError, JobspecError, MissingExtraError
from .models import JobPosting
from .options import ParseOptions
from .pipeline import parse

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["DEFAULT_BLOCKSIZE", "read_postings", "to_dataframe"]

DEFAULT_BLOCKSIZE = 4 * 1024 * 1024
"""Bytes of postings per partition: a few thousand postings, a few seconds of parsing."""

_EXTRA_HINT = install_hint("dask")


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(f"jobspec's Dask support needs {module.split('.')[0]}: {_EXTRA_HINT}") from exc


def read_postings(
    urlpath: str | os.PathLike[str] | list[str],
    *,
    blocksize: int | str | None = None,
    on_error: Literal["raise", "skip"] = "raise",
    glob: str = DEFAULT_GLOB,
    storage_options: dict[str, Any] | None = None,
    strict: bool = False,
    options: ParseOptions | None = None,
) -> dask.bag.Bag:
    """A Dask bag of the :class:`JobPosting` parsed from every file at ``urlpath``.

    ``urlpath`` is a path or URL, a glob pattern (``s3://bucket/jobs/**/*.md``)
    or a list of them; a folder stands for the files under it matching
    ``glob`` (``*.md,*.markdown``). Files are never split: each partition
    holds whole files adding up to about ``blocksize`` bytes (an int, or a
    string such as ``"16MiB"``; default :data:`DEFAULT_BLOCKSIZE`).
    ``on_error="skip"`` drops files that raise instead of failing the
    computation. ``storage_options`` go to fsspec; ``strict`` and ``options``
    to :func:`jobspec.parse`. A posting's ``source.path`` is its file's URL.
    """
    bag, delayed = _require("dask.bag"), _require("dask").delayed
    limit = _blocksize_bytes(blocksize)
    files = _open_files(urlpath, glob, storage_options or {})
    groups = list(_groups_by_size(files, limit)) or [[]]
    parse_kwargs = {"strict": strict, "options": options}
    parts = [delayed(_parse_files)(group, on_error, parse_kwargs) for group in groups]
    postings: dask.bag.Bag = bag.from_delayed(parts)
    return postings


def to_dataframe(postings: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A Dask data frame of the postings: the columns of :func:`jobspec.arrow.arrow_schema`, Arrow-typed.

    Each partition is made by :func:`jobspec.arrow.to_pandas`, so
    ``to_dataframe(bag).to_parquet(folder)`` writes a dataset whose files
    all have the same schema.
    """
    dataframe, delayed = _require("dask.dataframe"), _require("dask").delayed
    meta = _empty_frame()
    parts = [delayed(to_pandas)(part) for part in cast(Any, postings).to_delayed()]
    frame: dask.dataframe.DataFrame = dataframe.from_delayed(parts, meta=meta)
    return frame


def _empty_frame() -> Any:
    pd = _require("pandas")
    return arrow_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def _blocksize_bytes(blocksize: int | str | None) -> int:
    if blocksize is None:
        return DEFAULT_BLOCKSIZE
    if isinstance(blocksize, str):
        parsed: int = _require("dask.utils").parse_bytes(blocksize)
        return parsed
    if blocksize < 1:
        raise ValueError("blocksize must be at least 1 byte")
    return blocksize


def _open_files(urlpath: str | os.PathLike[str] | list[str], glob: str, storage_options: dict[str, Any]) -> list[Any]:
    """fsspec ``OpenFile`` objects for every file, folders expanded to the files matching ``glob``."""
    fsspec = _require("fsspec")
    urls = [os.fspath(url) for url in urlpath] if isinstance(urlpath, list) else [os.fspath(urlpath)]
    expanded = [name for url in urls for name in _expand_folder(url, glob, storage_options)]
    return list(fsspec.open_files(expanded, mode="rb", **storage_options))


def _expand_folder(url: str, glob: str, storage_options: dict[str, Any]) -> list[str]:
    fsspec = _require("fsspec")
    filesystem, path = fsspec.core.url_to_fs(url, **storage_options)
    if any(char in path for char in "*?[") or not filesystem.isdir(path):
        return [url]
    patterns = [pattern.strip() for pattern in glob.split(",") if pattern.strip()]
    found = sorted(name for name in filesystem.find(path) if _matches(name, patterns))
    return [filesystem.unstrip_protocol(name) for name in found]


def _matches(name: str, patterns: list[str]) -> bool:
    import fnmatch

    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(base, pattern) for pattern in patterns)


def _groups_by_size(files: list[Any], limit: int) -> Iterator[list[Any]]:
    """Consecutive runs of files whose sizes add up to about ``limit`` (at least one file each)."""
    group: list[Any] = []
    total = 0
    for open_file, size in zip(files, _sizes(files), strict=True):
        if group and total + size > limit:
            yield group
            group, total = [], 0
        group.append(open_file)
        total += size
    if group:
        yield group


def _sizes(files: list[Any]) -> list[int]:
    if not files:
        return []
    filesystem = files[0].fs
    return [int(size or 0) for size in filesystem.sizes([open_file.path for open_file in files])]


def _parse_files(
    files: list[Any], on_error: Literal["raise", "skip"], parse_kwargs: dict[str, Any]
) -> list[JobPosting]:
    """Runs on a worker: read and parse each file of one partition."""
    postings = []
    for open_file in files:
        name = _display_name(open_file)
        try:
            postings.append(parse(_read(open_file, name), path=name, **parse_kwargs))
        except JobspecError as exc:
            if on_error == "raise":
                raise exc.with_path(name) from None
    return postings


def _read(open_file: Any, name: str) -> bytes:
    try:
        with open_file as handle:
            data: bytes = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    return data


def _display_name(open_file: Any) -> str:
    """A local file's path as it is; a remote file's URL with its protocol."""
    protocol = open_file.fs.protocol
    protocols = (protocol,) if isinstance(protocol, str) else tuple(protocol)
    return str(open_file.path) if "file" in protocols else str(open_file.full_name)

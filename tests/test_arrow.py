"""Arrow tables, pandas frames and Parquet files of postings (jobspec.arrow)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field

import jobspec
from jobspec import arrow
from jobspec.models import Benefit, Item, JobPosting, Qualification

pa = pytest.importorskip("pyarrow", reason="the Arrow tests need the parquet extra: pip install 'jobspec-md[parquet]'")
pd = pytest.importorskip("pandas", reason="the Arrow tests need the parquet extra: pip install 'jobspec-md[parquet]'")

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*ROOT.glob("examples/*.md"), *ROOT.glob("tests/golden/*.md"), *ROOT.glob("tests/corpus/*.md")])

RICH = """---
title: Data Engineer
company: Acme
location: Berlin, Germany
employment_type: full-time
salary: "€60,000 - €75,000 a year"
date: 2026-03-02
valid_through: 2026-04-30
tags: [data, {nested: [1, 2.5, null, true]}]
---
# Data Engineer

## What you'll do
- Build pipelines in Python and SQL
  - Keep them tested

## Requirements
- 3+ years of experience with Spark
- A degree in Computer Science or equivalent experience
- Kafka is a plus

## Benefits
- 30 days of holiday
"""


@pytest.fixture(scope="module")
def postings() -> list[JobPosting]:
    return [jobspec.parse_file(path) for path in FILES] + [jobspec.parse(RICH, path="rich.md")]


def test_every_posting_field_is_a_column() -> None:
    flat = [*(name for name, *_ in arrow.FLAT_COLUMNS), *(column for column, _ in arrow.FLAT_OCCUPATION_COLUMNS)]
    assert arrow.arrow_schema().names == [*JobPosting.model_fields, *flat]


def test_types_follow_the_models() -> None:
    schema = arrow.arrow_schema()
    assert schema.field("title").type == pa.string()
    assert schema.field("date_posted").type == pa.date32()
    assert schema.field("experience_years_min").type == pa.float64()
    assert schema.field("employment_type").type == pa.string()  # an enum, as its value
    assert schema.field("workplace").type == pa.string()  # a Literal
    assert schema.field("front_matter").type == pa.string()  # free-form: JSON text
    salary = schema.field("salary").type
    assert pa.types.is_struct(salary)
    assert [salary.field(i).name for i in range(salary.num_fields)] == [
        "min",
        "max",
        "currency",
        "period",
        "grade",
        "text",
    ]
    responsibility = schema.field("responsibilities").type.value_type
    assert [responsibility.field(i).name for i in range(responsibility.num_fields)] == list(Item.model_fields)
    assert schema.field("provenance").type.item_type.field("line").type == pa.int64()


def test_a_union_of_models_is_one_struct_with_the_fields_of_both() -> None:
    section = arrow.arrow_schema().field("sections").type.value_type
    item = section.field("items").type.value_type
    names = {item.field(i).name for i in range(item.num_fields)}
    assert names == set(Qualification.model_fields) | set(Benefit.model_fields) | set(Item.model_fields)


def test_descriptions_are_kept_as_field_metadata() -> None:
    field = arrow.arrow_schema().field("title")
    assert field.metadata[b"description"].decode() == JobPosting.model_fields["title"].description


class Colour(str, Enum):
    RED = "red"


class Leaf(BaseModel):
    size: int
    veins: list[Annotated[int, Field(ge=0)]] = []
    shade: Colour | None = None


class Tree(BaseModel):
    name: Literal["oak", "elm"]
    planted: dt.date
    tall: bool
    leaves: list[Leaf]
    by_name: dict[str, Leaf]
    notes: dict[str, Any]
    children: list[Tree] = []


def test_any_model_is_walked_the_same_way() -> None:
    codec = arrow._codec_for(Tree, ())
    fields = {codec.arrow_type.field(i).name: codec.arrow_type.field(i).type for i in range(7)}
    assert fields["name"] == pa.string()
    assert fields["planted"] == pa.date32()
    assert fields["tall"] == pa.bool_()
    leaf = pa.struct([("size", pa.int64()), ("veins", pa.list_(pa.int64())), ("shade", pa.string())])
    assert fields["leaves"] == pa.list_(leaf)
    assert fields["by_name"] == pa.map_(pa.string(), leaf)
    assert fields["notes"] == pa.string()
    tree = Tree(
        name="oak",
        planted=dt.date(2020, 1, 1),
        tall=True,
        leaves=[Leaf(size=2, veins=[3, 4], shade=Colour.RED)],
        by_name={"x": Leaf(size=1)},
        notes={"a": [1, None]},
        children=[Tree(name="elm", planted=dt.date(2021, 1, 1), tall=False, leaves=[], by_name={}, notes={})],
    )
    array = pa.array([codec.encode(tree)], type=codec.arrow_type)
    assert codec.decode(array.to_pylist()[0]) == tree


def test_parquet_reads_back_equal(postings: list[JobPosting], tmp_path: Path) -> None:
    path = tmp_path / "postings.parquet"
    assert arrow.write_parquet(postings, path, row_group_size=7) == len(postings)
    assert arrow.read_parquet(path) == postings


def test_the_rich_posting_has_what_the_round_trip_must_keep(postings: list[JobPosting]) -> None:
    rich = postings[-1]
    assert rich.salary is not None
    assert rich.date_posted == dt.date(2026, 3, 2)
    assert rich.employment_type is not None
    assert any(q.experience for q in rich.qualifications) or any(q.education for q in rich.qualifications)
    assert [s.subsections != [] for s in rich.sections].count(True) >= 1


def test_nesting_deeper_than_the_limit_is_kept_as_json(
    postings: list[JobPosting], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(arrow, "NESTING_LIMIT", 1)
    arrow._posting_codec.cache_clear()
    try:
        subsections = arrow.arrow_schema().field("sections").type.value_type.field("subsections").type
        assert subsections == pa.list_(pa.string())
        path = tmp_path / "shallow.parquet"
        arrow.write_parquet(postings, path)
        assert arrow.read_parquet(path) == postings
    finally:
        monkeypatch.undo()
        arrow._posting_codec.cache_clear()


def test_to_arrow_and_to_pandas(postings: list[JobPosting]) -> None:
    table = arrow.to_arrow(postings)
    assert table.num_rows == len(postings)
    assert table.column("title").to_pylist() == [p.title for p in postings]
    frame = arrow.to_pandas(postings)
    assert list(frame.columns) == arrow.arrow_schema().names
    assert isinstance(frame["responsibilities"].dtype, pd.ArrowDtype)
    last = frame["responsibilities"].iloc[-1]
    assert [r["text"] for r in last] == [r.text for r in postings[-1].responsibilities]


def test_an_empty_table_has_the_schema() -> None:
    table = arrow.to_arrow([])
    assert table.num_rows == 0
    assert table.schema.equals(arrow.arrow_schema())


def test_a_failed_write_leaves_the_old_file(postings: list[JobPosting], tmp_path: Path) -> None:
    path = tmp_path / "postings.parquet"
    arrow.write_parquet(postings[:2], path)

    def failing() -> Iterator[JobPosting]:
        yield postings[0]
        raise RuntimeError("source went away")

    with pytest.raises(RuntimeError, match="went away"):
        arrow.write_parquet(failing(), path)
    assert arrow.read_parquet(path) == postings[:2]
    assert [p.name for p in tmp_path.iterdir()] == ["postings.parquet"]


def test_without_pyarrow_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # makes `import pyarrow` raise ImportError
    with pytest.raises(jobspec.MissingExtraError, match=r"pip install 'jobspec-md\[parquet\]'$"):
        arrow.arrow_schema()


def test_pandas_reads_the_commands_parquet_with_the_dtypes_of_to_pandas(tmp_path: Path) -> None:
    output = tmp_path / "postings.parquet"
    examples = sorted(ROOT.glob("examples/*.md"))
    jobspec_command = Path(sys.executable).with_name("jobspec")
    command = [str(jobspec_command), "parse", "--quiet", "--workers", "1", "-o", str(output), *map(str, examples)]
    subprocess.run(command, check=True, timeout=120)
    expected = arrow.to_pandas([jobspec.parse_file(path) for path in examples])
    read = pd.read_parquet(output, dtype_backend="pyarrow")
    assert dict(read.dtypes) == dict(expected.dtypes)
    pd.testing.assert_frame_equal(read, expected)
    # Without dtype_backend pandas gives NumPy dtypes, as docs/pipelines.md says: the same values, other types.
    plain = pd.read_parquet(output)
    assert plain["title"].tolist() == expected["title"].tolist()
    assert plain["responsibilities"].dtype == object

"""Postings as Apache Arrow tables, pandas data frames and Parquet files (extra ``jobspec-md[parquet]``).

The Arrow schema is derived from the pydantic models, field by field, so a
field added to :class:`~jobspec.models.JobPosting` appears here unchanged:

================================  =========================================
model annotation                  Arrow type
================================  =========================================
``str``, ``int``, ``float``,      ``string``, ``int64``, ``float64``,
``bool``, ``date``                ``bool``, ``date32``
enum, ``Literal`` of strings      ``string`` (the value)
``X | None``                      the type of ``X`` (every field is nullable)
``list[X]``                       ``list<X>``
a model                           ``struct`` of its fields
``ModelA | ModelB``               one ``struct`` with the fields of both
``dict[str, Model]``              ``map<string, struct>``
anything else (``front_matter``)  ``string`` holding JSON
================================  =========================================

Beside those columns, :data:`FLAT_COLUMNS` repeats the working conditions
as plain columns (``hours_per_week_min``, ``travel_percent_max``,
``visa_sponsorship``, ``clearance_level`` …) for tools that filter on
columns and do not reach into structs; reading a file back ignores them.
And beside the nested ``occupation`` struct, flat columns repeat its codes
(:data:`FLAT_OCCUPATION_COLUMNS`: ``occupation_isco_code``,
``occupation_esco_uri`` …) so that a data frame can be grouped by occupation
without unnesting; they too are derived and ignored when reading back.

A model nested in itself (a section's subsections) is unrolled
:data:`NESTING_LIMIT` levels deep; deeper than that (never seen in real
postings) a section is kept as JSON text, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import BaseModel, TypeAdapter

from ._version import __version__, install_hint
from .batch import atomic_path
from .errors import MissingExtraError
from .models import JobPosting, Occupation

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = [
    "FLAT_COLUMNS",
    "FLAT_OCCUPATION_COLUMNS",
    "NESTING_LIMIT",
    "arrow_schema",
    "iter_parquet",
    "read_parquet",
    "to_arrow",
    "to_pandas",
    "write_parquet",
]

NESTING_LIMIT = 8
"""How many levels of a self-nesting model (sections in sections) become structs."""

ROW_GROUP_SIZE = 10_000
"""Postings per Parquet row group: what :func:`write_parquet` holds in memory at once."""

_EXTRA_HINT = install_hint("parquet")


def _require_pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise MissingExtraError(f"jobspec's Arrow and Parquet support needs pyarrow: {_EXTRA_HINT}") from exc
    return pyarrow


def _require_pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingExtraError(f"jobspec's pandas support needs pandas: {_EXTRA_HINT}") from exc
    return pandas


# ---------------------------------------------------------------------------
# Codecs: for each annotation, its Arrow type and the conversions both ways


@dataclass(frozen=True)
class _Codec:
    """How values of one annotation become Arrow-ready Python values and back.

    ``encode`` turns a model attribute into what ``pyarrow`` converts to
    ``arrow_type``; ``decode`` turns what ``to_pylist()`` gives back into a
    value pydantic accepts for the field. Both are only called on non-None values.
    """

    arrow_type: Any
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _nullable(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        return None if value is None else function(value)

    return convert


def _codec_for(annotation: Any, nesting: tuple[type[BaseModel], ...]) -> _Codec:
    """The codec for ``annotation``, found inside the models in ``nesting`` (outermost first)."""
    pa = _require_pyarrow()
    origin = typing.get_origin(annotation)
    if origin is Annotated:  # constraints do not change the type
        return _codec_for(typing.get_args(annotation)[0], nesting)
    if origin in (Union, types.UnionType):
        return _union_codec(annotation, nesting)
    if origin is Literal and all(isinstance(arg, str) for arg in typing.get_args(annotation)):
        return _Codec(pa.string(), _identity, _identity)
    if origin is list:
        return _list_codec(typing.get_args(annotation)[0], nesting)
    if origin is dict and _is_model(typing.get_args(annotation)[1]):
        return _model_map_codec(typing.get_args(annotation)[1], nesting)
    if _is_model(annotation):
        if nesting.count(annotation) >= NESTING_LIMIT:
            return _json_codec(annotation)
        return _model_codec(annotation, nesting)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _Codec(pa.string(), lambda member: member.value, annotation)
    scalar = _scalar_type(annotation)
    if scalar is not None:
        return _Codec(scalar, _identity, _identity)
    return _json_codec(annotation)


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _scalar_type(annotation: Any) -> Any:
    pa = _require_pyarrow()
    scalars = {
        str: pa.string(),
        bool: pa.bool_(),
        int: pa.int64(),
        float: pa.float64(),
        dt.datetime: pa.timestamp("us"),  # before date: a datetime is a date
        dt.date: pa.date32(),
    }
    return scalars.get(annotation)


def _union_codec(annotation: Any, nesting: tuple[type[BaseModel], ...]) -> _Codec:
    members = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    if len(members) == 1:
        return _codec_for(members[0], nesting)
    if all(_is_model(member) for member in members):
        return _model_union_codec(members, nesting)
    return _json_codec(annotation)


def _list_codec(item_annotation: Any, nesting: tuple[type[BaseModel], ...]) -> _Codec:
    pa = _require_pyarrow()
    item = _codec_for(item_annotation, nesting)
    encode_item, decode_item = _nullable(item.encode), _nullable(item.decode)
    return _Codec(
        pa.list_(item.arrow_type),
        lambda values: [encode_item(value) for value in values],
        lambda values: [decode_item(value) for value in values],
    )


def _json_codec(annotation: Any) -> _Codec:
    """JSON text: for free-form values, and for models nested deeper than the limit."""
    pa = _require_pyarrow()
    adapter: TypeAdapter[Any] = TypeAdapter(annotation)
    return _Codec(pa.string(), lambda value: adapter.dump_json(value).decode(), adapter.validate_json)


def _fields(model: type[BaseModel], nesting: tuple[type[BaseModel], ...]) -> dict[str, _Codec]:
    inner = (*nesting, model)
    return {name: _codec_for(info.annotation, inner) for name, info in model.model_fields.items()}


def _arrow_fields(models: list[type[BaseModel]], codecs: dict[str, _Codec]) -> list[Any]:
    """Arrow fields for ``codecs``, each with the description its field has in the first of ``models`` that has it."""
    pa = _require_pyarrow()
    out = []
    for name, codec in codecs.items():
        descriptions = (model.model_fields[name].description for model in models if name in model.model_fields)
        description = next((text for text in descriptions if text), None)
        metadata = {"description": description} if description else None
        out.append(pa.field(name, codec.arrow_type, nullable=True, metadata=metadata))
    return out


def _model_codec(model: type[BaseModel], nesting: tuple[type[BaseModel], ...]) -> _Codec:
    pa = _require_pyarrow()
    codecs = _fields(model, nesting)
    encode_row, decode_row = _row_encoder(codecs), _row_decoder(model, codecs)
    return _Codec(pa.struct(_arrow_fields([model], codecs)), encode_row, decode_row)


def _row_encoder(codecs: dict[str, _Codec]) -> Callable[[Any], dict[str, Any]]:
    encoders = [(name, _nullable(codec.encode)) for name, codec in codecs.items()]

    def encode(instance: Any) -> dict[str, Any]:
        return {name: encode_value(getattr(instance, name, None)) for name, encode_value in encoders}

    return encode


def _row_decoder(model: type[BaseModel], codecs: dict[str, _Codec]) -> Callable[[dict[str, Any]], Any]:
    decoders = [(name, _nullable(codec.decode)) for name, codec in codecs.items() if name in model.model_fields]

    def decode(row: dict[str, Any]) -> Any:
        return model.model_validate({name: decode_value(row[name]) for name, decode_value in decoders if name in row})

    return decode


def _model_union_codec(members: list[Any], nesting: tuple[type[BaseModel], ...]) -> _Codec:
    """One struct holding the fields of every member; reading back picks the member the values fit."""
    pa = _require_pyarrow()
    member_codecs = {member: _fields(member, nesting) for member in members}
    merged: dict[str, _Codec] = {}
    for codecs in member_codecs.values():
        for name, codec in codecs.items():
            merged.setdefault(name, codec)
    encode_row = _row_encoder(merged)
    decoders = {member: _row_decoder(member, codecs) for member, codecs in member_codecs.items()}

    def decode(row: dict[str, Any]) -> Any:
        return decoders[_fitting_member(members, row)](row)

    struct = pa.struct(_arrow_fields(members, merged))
    return _Codec(struct, encode_row, decode)


def _fitting_member(members: list[Any], row: dict[str, Any]) -> Any:
    """The first member that has every field set in ``row`` and whose required fields are all set."""
    present = {name for name, value in row.items() if value is not None}
    for member in members:
        fields = member.model_fields
        required = {name for name, info in fields.items() if info.is_required()}
        if present <= set(fields) and required <= present:
            return member
    return members[-1]  # nothing fits: let pydantic's validation error say why


def _model_map_codec(model: type[BaseModel], nesting: tuple[type[BaseModel], ...]) -> _Codec:
    pa = _require_pyarrow()
    value = _codec_for(model, nesting)
    return _Codec(
        pa.map_(pa.string(), value.arrow_type),
        lambda mapping: [(key, value.encode(item)) for key, item in mapping.items()],
        lambda pairs: {key: value.decode(item) for key, item in pairs},
    )


@cache
def _posting_codec() -> _Codec:
    return _model_codec(JobPosting, ())


# ---------------------------------------------------------------------------
# Flat columns of the working conditions (issue 15)


def _first_contact(posting: JobPosting, name: str) -> Any:
    return getattr(posting.contacts[0], name) if posting.contacts else None


FLAT_COLUMNS: tuple[tuple[str, str, Callable[[JobPosting], Any], str], ...] = (
    ("salary_grade", "string", lambda p: p.salary.grade if p.salary else None, "salary.grade"),
    ("hours_per_week_min", "float64", lambda p: p.hours.per_week_min if p.hours else None, "hours.per_week_min"),
    ("hours_per_week_max", "float64", lambda p: p.hours.per_week_max if p.hours else None, "hours.per_week_max"),
    ("shifts", "list<string>", lambda p: list(p.hours.shifts) if p.hours else [], "hours.shifts"),
    ("travel_required", "bool", lambda p: p.travel.required if p.travel else None, "travel.required"),
    ("travel_percent_max", "float64", lambda p: p.travel.percent_max if p.travel else None, "travel.percent_max"),
    (
        "visa_sponsorship",
        "bool",
        lambda p: p.work_authorization.sponsorship if p.work_authorization else None,
        "work_authorization.sponsorship",
    ),
    (
        "citizenship_required",
        "string",
        lambda p: p.work_authorization.citizenship_required if p.work_authorization else None,
        "work_authorization.citizenship_required",
    ),
    (
        "right_to_work",
        "string",
        lambda p: p.work_authorization.right_to_work if p.work_authorization else None,
        "work_authorization.right_to_work",
    ),
    (
        "clearance_level",
        "string",
        lambda p: (p.security_clearance.normalised or p.security_clearance.level) if p.security_clearance else None,
        "security_clearance.normalised, else .level",
    ),
    (
        "clearance_required",
        "bool",
        lambda p: p.security_clearance.required if p.security_clearance else None,
        "security_clearance.required",
    ),
    ("contact_email", "string", lambda p: _first_contact(p, "email"), "contacts[0].email"),
    ("contact_phone", "string", lambda p: _first_contact(p, "phone_e164") or _first_contact(p, "phone"),
     "contacts[0].phone_e164, else .phone"),
    ("fingerprint_key", "string", lambda p: p.fingerprint.key if p.fingerprint else None, "fingerprint.key"),
)  # fmt: skip
"""(column, Arrow type, value, what it repeats): plain columns beside the nested ones."""


def _flat_fields() -> list[Any]:
    pa = _require_pyarrow()
    types = {"string": pa.string(), "float64": pa.float64(), "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    return [
        pa.field(name, types[kind], nullable=True, metadata={"description": f"Flat copy of {source}."})
        for name, kind, _, source in FLAT_COLUMNS
    ]


def _flat_values(posting: JobPosting) -> dict[str, Any]:
    return {name: value(posting) for name, _, value, _ in FLAT_COLUMNS}


# ---------------------------------------------------------------------------
# Flat occupation columns, derived from the nested ``occupation`` struct (issue 14)

FLAT_OCCUPATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("occupation_isco_code", "isco_code"),
    ("occupation_isco_label", "isco_label"),
    ("occupation_esco_uri", "esco_uri"),
    ("occupation_esco_label", "esco_label"),
    ("occupation_onet_soc_code", "onet_soc_code"),
    ("occupation_soc_2018_code", "soc_2018_code"),
    ("occupation_score", "score"),
)
"""(column, field of :class:`~jobspec.models.Occupation`) of the flat occupation columns."""


def _flat_occupation_fields() -> list[Any]:
    pa = _require_pyarrow()
    fields = Occupation.model_fields
    return [
        pa.field(
            column,
            pa.float64() if name == "score" else pa.string(),
            nullable=True,
            metadata={"description": f"occupation.{name}: {fields[name].description}"},
        )
        for column, name in FLAT_OCCUPATION_COLUMNS
    ]


def _with_flat_occupation(row: dict[str, Any], posting: JobPosting) -> dict[str, Any]:
    found = posting.occupation
    for column, name in FLAT_OCCUPATION_COLUMNS:
        row[column] = getattr(found, name) if found is not None else None
    return row


# ---------------------------------------------------------------------------
# Public API


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of a table of postings: a column per :class:`JobPosting` field, then the flat ones.

    >>> schema = arrow_schema()
    >>> str(schema.field("title").type), str(schema.field("date_posted").type)
    ('string', 'date32[day]')
    """
    pa = _require_pyarrow()
    struct = _posting_codec().arrow_type
    fields = [struct.field(index) for index in range(struct.num_fields)]
    return pa.schema([*fields, *_flat_fields(), *_flat_occupation_fields()], metadata={"jobspec.version": __version__})


def to_arrow(postings: Iterable[JobPosting]) -> pyarrow.Table:
    """The postings as an Arrow table with :func:`arrow_schema`, one row per posting."""
    pa = _require_pyarrow()
    schema = arrow_schema()
    batches = [_record_batch(chunk, schema) for chunk in _chunks(postings, ROW_GROUP_SIZE)]
    return pa.Table.from_batches(batches, schema=schema)


def _chunks(postings: Iterable[JobPosting], size: int) -> Iterator[list[JobPosting]]:
    iterator = iter(postings)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _record_batch(postings: list[JobPosting], schema: Any) -> Any:
    pa = _require_pyarrow()
    encode = _posting_codec().encode
    rows = [_with_flat_occupation(encode(posting) | _flat_values(posting), posting) for posting in postings]
    return pa.RecordBatch.from_pylist(rows, schema=schema)


def to_pandas(postings: Iterable[JobPosting]) -> pandas.DataFrame:
    """The postings as a pandas data frame with the columns of :func:`arrow_schema`.

    Columns keep their Arrow types (``pandas.ArrowDtype``): a list of
    structs stays a list of dicts per row, and a Parquet file written from
    the frame has the same schema as :func:`write_parquet`'s.
    """
    pd = _require_pandas()
    return to_arrow(postings).to_pandas(types_mapper=pd.ArrowDtype)


def write_parquet(
    postings: Iterable[JobPosting],
    path: str | os.PathLike[str],
    *,
    compression: str = "zstd",
    row_group_size: int = ROW_GROUP_SIZE,
) -> int:
    """Write the postings to a Parquet file at ``path``; returns how many were written.

    The postings are streamed, ``row_group_size`` at a time, so an iterator
    of any length fits in memory. The file appears whole or not at all: it
    is written beside ``path`` and moved into place at the end.
    """
    _require_pyarrow()
    import pyarrow.parquet as pq

    schema = arrow_schema()
    count = 0
    with atomic_path(path) as temporary, pq.ParquetWriter(temporary, schema, compression=compression) as writer:
        for chunk in _chunks(postings, row_group_size):
            writer.write_batch(_record_batch(chunk, schema))
            count += len(chunk)
    return count


def read_parquet(path: str | os.PathLike[str]) -> list[JobPosting]:
    """Read postings back from a Parquet file or dataset folder written from :func:`arrow_schema` columns.

    Columns that are not posting fields (a data frame's index) are ignored.
    """
    return list(iter_parquet(path))


def iter_parquet(path: str | os.PathLike[str]) -> Iterator[JobPosting]:
    """Like :func:`read_parquet`, one posting at a time, reading a batch of rows at a time."""
    pa = _require_pyarrow()
    import pyarrow.dataset

    decode = _posting_codec().decode
    dataset = pyarrow.dataset.dataset(os.fspath(path), format="parquet", partitioning="hive")
    for batch in dataset.to_batches():
        for row in pa.Table.from_batches([batch]).to_pylist():
            yield decode(row)

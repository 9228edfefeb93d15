"""The public surface: names, errors, models and their JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest
from pydantic import ValidationError

import jobspec
from jobspec import JobPosting

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "senior-machine-learning-scientist.md"


def test_all_is_exactly_the_public_api() -> None:
    public = {
        name
        for name, value in vars(jobspec).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)  # submodules are not re-exports
    }
    lazy = {"to_arrow", "to_pandas"}  # imported on first use (see the next test)
    assert sorted(jobspec.__all__) == sorted(public | lazy | {"__version__"})


def test_arrow_and_pandas_are_at_the_top_and_imported_on_first_use() -> None:
    script = (
        "import sys, jobspec\n"
        "assert 'jobspec.arrow' not in sys.modules and 'pyarrow' not in sys.modules\n"
        "from jobspec.arrow import to_arrow, to_pandas\n"
        "assert jobspec.to_arrow is to_arrow and jobspec.to_pandas is to_pandas\n"
        "print(jobspec.to_arrow([jobspec.parse('# Cook')]).num_rows)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"


def test_without_pyarrow_the_error_names_the_extra() -> None:
    script = (
        "import sys, jobspec\n"
        "sys.modules['pyarrow'] = None  # what an environment without the extra looks like to import\n"
        "try:\n"
        "    jobspec.to_pandas([jobspec.parse('# Cook')])\n"
        "except jobspec.MissingExtraError as error:\n"
        "    assert isinstance(error, ImportError)\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "jobspec's Arrow and Parquet support needs pyarrow: pip install 'jobspec-md[parquet]'"
    )


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'to_excel'"):
        _ = jobspec.to_excel


def test_error_tree() -> None:
    assert issubclass(jobspec.DecodingError, jobspec.InputError)
    assert issubclass(jobspec.InputTooLargeError, jobspec.InputError)
    assert issubclass(jobspec.InputError, jobspec.JobspecError)
    assert issubclass(jobspec.FrontMatterError, jobspec.JobspecError)


def test_missing_file_is_a_jobspec_error_with_its_path() -> None:
    with pytest.raises(jobspec.InputError, match=r"^nope\.md: cannot read file"):
        jobspec.parse_file("nope.md")


def test_parse_accepts_text_bytes_and_paths_alike() -> None:
    from_file = jobspec.parse_file(EXAMPLE)
    from_bytes = jobspec.parse(EXAMPLE.read_bytes(), path=EXAMPLE)
    assert from_file == from_bytes
    assert jobspec.parse(EXAMPLE.read_text(encoding="utf-8")).responsibilities == from_file.responsibilities


def test_json_round_trip() -> None:
    posting = jobspec.parse_file(EXAMPLE)
    assert JobPosting.model_validate_json(posting.model_dump_json()) == posting


def test_models_are_frozen_and_closed() -> None:
    posting = jobspec.parse("# T\n")
    with pytest.raises(ValidationError):
        posting.title = "x"
    with pytest.raises(ValidationError):
        JobPosting.model_validate({**posting.to_dict(), "surprise": 1})


def test_schema_documents_every_field() -> None:
    schema = JobPosting.model_json_schema()
    undocumented = [
        f"{model}.{name}"
        for model, definition in [("JobPosting", schema), *schema["$defs"].items()]
        for name, prop in definition.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undocumented == []
    json.dumps(schema)


def test_sections_and_items_record_lines() -> None:
    posting = jobspec.parse_file(EXAMPLE)
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    for item in [*posting.responsibilities, *posting.qualifications]:
        assert item.text.split()[0] in lines[item.line - 1]
    for section in posting.iter_sections():
        if section.heading:
            assert section.heading in lines[section.line - 1]

"""Hypothesis profiles, and the ``slow`` mark that ``pytest -m "not slow"`` leaves out.

Hypothesis: "default" for a quick local run, "ci" (chosen when CI=true) with
more examples. Pick one explicitly with ``HYPOTHESIS_PROFILE=ci python -m pytest``.

Slow tests are named in :data:`SLOW_TESTS` below (one place, rather than a mark
on each), so that the fast subset is a choice that can be read and argued with.
CI runs every test.
"""

from __future__ import annotations

import fnmatch
import os

import pytest
from hypothesis import HealthCheck, settings

# No deadline: the first parse in a process compiles the skill taxonomy, and
# timing belongs to benchmarks/hostile.py, not to the tests.
_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("default", _BASE, max_examples=50)
settings.register_profile("ci", _BASE, max_examples=75, derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "default"))

# Tests of a second or more on the project's machine (2 cores), as FILE::NAME patterns.
SLOW_TESTS = (
    # trains a model on the project corpus (about 10 s)
    "test_train_item_model.py::*",
    # the installed command and the example scripts, run in subprocesses
    "test_cli.py::*",
    "test_cli_feedback.py::*",
    "test_cli_pages.py::*",
    "test_batch.py::test_cli_*",
    "test_batch.py::test_a_pool_forks_its_workers_from_a_parent_warmed_for_the_fields_asked",
    "test_batch.py::test_a_spawned_worker_warms_itself_and_parses_as_this_process_does",
    "test_examples.py::*",
    "test_api.py::test_arrow_and_pandas_are_at_the_top_and_imported_on_first_use",
    "test_api.py::test_without_pyarrow_the_error_names_the_extra",
    "test_arrow.py::test_pandas_reads_the_commands_parquet_with_the_dtypes_of_to_pandas",
    "test_dedup.py::test_the_dedup_command*",
    "test_dedup.py::test_the_signature_is_the_same_in_another_process",
    "test_occupations.py::test_the_commands_code_to_a_csv_of_your_own_or_not_at_all",
    "test_cli_outputs.py::*",
    "test_interrupts.py::*",
    "test_batch_odd_inputs.py::test_a_200_file_batch_*",
    # a browser, a Dask cluster, the examples of the documentation's pages
    "test_review.py::test_pages_in_a_real_browser",
    "test_dask.py::*",
    "test_docs.py::test_the_examples_of_a_page_run*",
    # inputs of megabytes, growth of parse time between two sizes, checks over every phrase of a table
    "test_hostile.py::*",
    "test_salary.py::test_long_runs_of_numbers_take_linear_time*",
    "test_linear_time.py::test_parse_time_grows_linearly*",
    "test_location.py::test_first_look_lets_every_phrase_through*",
    "test_education.py::test_shortcuts_keep_every_match*",
    "test_experience.py::test_every_amount_names_a_unit*",
    "test_blocks.py::test_plain_lists_read_as_mistune_reads_them",
)
SLOW_FIXTURES = frozenset({"site"})  # the documentation site, built with mkdocs


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", 'slow: a test of a second or more, left out by pytest -m "not slow" (see tests/conftest.py)'
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        name = f"{item.path.name}::{item.name}"
        uses = set(getattr(item, "fixturenames", ()))
        if uses & SLOW_FIXTURES or any(fnmatch.fnmatchcase(name, pattern) for pattern in SLOW_TESTS):
            item.add_marker(pytest.mark.slow)

"""The documentation site: it builds strictly, its generated reference is complete, its examples run.

The site is built once per session with ``mkdocs build --strict`` (skipped
only when mkdocs is not installed; the ``test`` extra installs it). The
Python examples of every page are run in a fresh namespace per page, with the
repository root as the working directory: ```` ```python ```` blocks are
executed, ```` ```pycon ```` blocks are checked as doctests, in page order. A
block whose first line is ``# not run`` is skipped.
"""

from __future__ import annotations

import argparse
import doctest
import enum
import importlib.util
import io
import os
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel

import jobspec
import jobspec.batch
from browser import chromium, measure
from jobspec.cli import _build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# Pages written and maintained elsewhere, whose code is illustrative rather than runnable
# (they name folders, buckets and clusters that do not exist here).
NOT_RUN_PAGES = {"pipelines.md": "its examples read postings/, s3:// buckets and a Spark cluster"}
_FENCE = re.compile(r"^```(python|pycon)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_VERSION_HEADING = re.compile(r"^## \[(\d+\.\d+\.\d+[^\]]*)\]", re.MULTILINE)


# --- the built site ---------------------------------------------------------------


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built with ``mkdocs build --strict`` into a temporary folder."""
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install -e '.[docs]' or '.[test]')")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    return out


def page(site: Path, name: str) -> str:
    return (site / name / "index.html").read_text(encoding="utf-8")


def test_the_site_builds_strictly_with_every_page(site: Path) -> None:
    built = {p.relative_to(site).parent.as_posix() for p in site.rglob("index.html")}
    sources = {p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.md")}
    expected = {"." if s == "index" else s.removesuffix("/index") for s in sources}
    assert expected <= built


@pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine (.ci/run installs it)")
def test_code_blocks_fit_the_content_column_at_1280_px(site: Path, tmp_path: Path) -> None:
    # Every line of the code blocks of the recipe on vocabularies is at most 110 characters long.
    widths = measure(
        site / "recipes" / "vocabulary" / "index.html",
        "[...document.querySelectorAll('.md-content pre > code')].map(c => [c.scrollWidth, c.clientWidth])",
        tmp_path,
    )
    assert widths
    assert [pair for pair in widths if pair[0] > pair[1]] == []  # none scrolls sideways


def reachable_models() -> tuple[list[type[BaseModel]], list[type[enum.Enum]]]:
    """JobPosting and every model and enum its fields hold, found independently of the docs hook."""
    models: list[type[BaseModel]] = [jobspec.JobPosting]
    enums: list[type[enum.Enum]] = []
    index = 0
    while index < len(models):
        for info in models[index].model_fields.values():
            for found in _annotation_types(info.annotation):
                if issubclass(found, BaseModel) and found not in models:
                    models.append(found)
                elif issubclass(found, enum.Enum) and found not in enums:
                    enums.append(found)
        index += 1
    return models, enums


def _annotation_types(annotation: Any) -> Iterator[type]:
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        yield annotation
    if typing.get_origin(annotation) is not typing.Literal:
        for argument in typing.get_args(annotation):
            yield from _annotation_types(argument)


def test_the_data_model_page_lists_every_field_of_every_model(site: Path) -> None:
    html = page(site, "data-model")
    models, enums = reachable_models()
    assert {m.__name__ for m in models} >= {"JobPosting", "Qualification", "Salary", "Section", "Skill", "ItemRef"}
    missing = [
        f"{model.__name__}.{name}"
        for model in models
        for name in model.model_fields
        if f'id="{model.__name__.lower()}-{name}"' not in html
    ]
    missing += [
        f"{kind.__name__}.{member.name}"
        for kind in enums
        for member in kind
        if f'id="{kind.__name__.lower()}-{member.value}"' not in html
    ]
    assert missing == []


def test_the_data_model_page_shows_descriptions_and_front_matter_keys(site: Path) -> None:
    html = page(site, "data-model")
    description = jobspec.JobPosting.model_fields["applicant_region"].description
    assert description is not None
    assert description.replace("'", "&#x27;") in html or description in html
    assert "<code>site.author.name</code>" in html


def cli_commands() -> dict[str, argparse.ArgumentParser]:
    parser = _build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the jobspec parser has no commands")


def test_the_cli_page_lists_every_command_and_option(site: Path) -> None:
    html = page(site, "cli")
    commands = cli_commands()
    assert {"parse", "schema", "eval"} <= set(commands)
    missing = [command for command in commands if f'id="cli-{command}"' not in html]
    for command, parser in commands.items():
        for action in parser._actions:
            name = action.option_strings[-1] if action.option_strings else action.dest
            if f'id="cli-{command}-{name.lstrip("-")}"' not in html:
                missing.append(f"{command} {name}")
    assert missing == []
    assert 'id="cli-jobspec-version"' in html


def test_the_api_reference_covers_the_public_api(site: Path) -> None:
    reference = "".join(p.read_text(encoding="utf-8") for p in (site / "reference").rglob("index.html"))
    names = [name for name in jobspec.__all__ if not name.startswith("_")]
    missing = [name for name in names if not re.search(rf'id="jobspec\.(?:\w+\.)*{name}"', reference)]
    assert missing == []


def test_the_changelog_page_carries_the_changelog(site: Path) -> None:
    assert f"[{jobspec.__version__}]" in page(site, "changelog")


def test_the_classification_page_shows_the_shipped_vocabulary(site: Path) -> None:
    html = page(site, "classification")
    assert "<code>what you&#x27;ll do</code>" in html or "<code>what you'll do</code>" in html
    assert "Every phrase of headings: preferred_qualifications" in html


def load_hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jobspec_docs_hooks", DOCS / "hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docstrings_are_turned_from_restructuredtext_into_markdown() -> None:
    if importlib.util.find_spec("griffe") is None or importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs and mkdocstrings are not installed (pip install -e '.[docs]')")
    convert = load_hooks().rst_to_markdown
    text = (
        "Raise :class:`~jobspec.errors.FrontMatterError` via :func:`parse`.\n\n"
        "The stages::\n\n    load -> blocks\n\nDone.\n\n"
        ">>> 1 + 1\n2\n"
    )
    markdown = convert(text)
    assert markdown.startswith("Raise `FrontMatterError` via `parse`.\n\nThe stages:\n")
    assert "\n```text\nload -> blocks\n```\n" in markdown
    assert "\nDone.\n" in markdown
    assert markdown.rstrip().endswith("\n```pycon\n>>> 1 + 1\n2\n```")
    assert "::" not in markdown
    assert ":class:" not in markdown


# --- facts the pages state, checked against the code -------------------------------------


def test_every_diagnostic_code_is_documented() -> None:
    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "jobspec").rglob("*.py"))
    codes = set(re.findall(r'\bcode="([a-z0-9-]+)"', source))
    assert "mojibake-repaired" in codes
    documented = (DOCS / "errors.md").read_text(encoding="utf-8")
    assert sorted(code for code in codes if f"`{code}`" not in documented) == []


def test_every_exception_is_in_the_documented_tree() -> None:
    documented = (DOCS / "errors.md").read_text(encoding="utf-8")
    found: list[type[BaseException]] = [jobspec.JobspecError]
    for cls in found:
        found.extend(cls.__subclasses__())
    assert jobspec.batch.WorkerCrashedError in found
    assert sorted(cls.__name__ for cls in found if cls.__name__ not in documented) == []


def test_the_changelog_names_the_current_version_newest() -> None:
    versions = _VERSION_HEADING.findall((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert versions, "CHANGELOG.md has no '## [X.Y.Z] - DATE' heading"
    assert versions[0] == jobspec.__version__


# --- the examples on the pages run --------------------------------------------------------


def pages_with_code() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if _FENCE.search(p.read_text(encoding="utf-8")))


def test_the_pages_have_examples_to_run() -> None:
    runnable = {p.relative_to(DOCS).as_posix() for p in pages_with_code()} - set(NOT_RUN_PAGES)
    assert {"getting-started.md", "recipes/vocabulary.md", "recipes/taxonomy.md", "errors.md"} <= runnable


@pytest.mark.parametrize("path", pages_with_code(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_the_examples_of_a_page_run(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    name = path.relative_to(DOCS).as_posix()
    if name in NOT_RUN_PAGES:
        pytest.skip(f"{name}: {NOT_RUN_PAGES[name]}")
    monkeypatch.chdir(ROOT)
    text = path.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": f"docs.{name}"}
    ran = 0
    for match in _FENCE.finditer(text):
        language, code = match.group(1), match.group(2)
        if code.lstrip().startswith("# not run"):
            continue
        line = text.count("\n", 0, match.start()) + 2
        if language == "python":
            exec(compile(code, f"{path}:{line}", "exec"), namespace)
        else:
            _run_doctest(code, namespace, f"{name}:{line}", str(path), line)
        ran += 1
    assert ran > 0


def _run_doctest(code: str, namespace: dict[str, Any], name: str, filename: str, line: int) -> None:
    test = doctest.DocTestParser().get_doctest(code, namespace, name, filename, line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    result = runner.run(test, out=report.write, clear_globs=False)
    namespace.update(test.globs)  # a DocTest works on a copy; later blocks see what this one defined
    assert result.failed == 0, report.getvalue()

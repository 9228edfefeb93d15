"""The distribution: its name on the package index, its licence, and the install lines that name it."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import jobspec
from jobspec._compat import tomllib
from jobspec._version import DISTRIBUTION, install_hint

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# "pip install jobspec", "pip install 'jobspec[parquet]'": the other project's name. The warnings
# about that project quote the command as a whole ("`pip install jobspec` installs something else").
_BARE_NAME = re.compile(r"""pip install\s+(?:-\S+\s+)*['"]?jobspec(?![-\w`])""")


def test_the_distribution_has_its_own_name_and_installs_the_jobspec_package() -> None:
    assert PYPROJECT["project"]["name"] == DISTRIBUTION == "jobspec-md"
    assert importlib.metadata.version(DISTRIBUTION) == jobspec.__version__
    assert PYPROJECT["project"]["scripts"] == {"jobspec": "jobspec.cli:main"}


def test_the_licence_is_one_spdx_expression_with_its_file() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    # NOTICE: the acknowledgements that ESCO and O*NET, the occupation index's sources, ask for.
    assert PYPROJECT["project"]["license-files"] == ["LICENSE", "NOTICE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    assert "ESCO classification of the European Commission" in (ROOT / "NOTICE").read_text(encoding="utf-8")
    assert importlib.metadata.metadata(DISTRIBUTION).get_all("License-File") == ["LICENSE", "NOTICE"]
    assert importlib.metadata.metadata(DISTRIBUTION)["License-Expression"] == "MIT"
    # The SPDX form needs setuptools 77; older ones warn about (or refuse) it.
    assert PYPROJECT["build-system"]["requires"] == ["setuptools>=77"]


def test_every_install_line_names_the_distribution() -> None:
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "src").rglob("*.py"))]
    texts += sorted((ROOT / "examples").glob("*.py"))
    wrong = [
        f"{path.relative_to(ROOT)}: {m.group()}"
        for path in texts
        for m in _BARE_NAME.finditer(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install jobspec-md" in readme
    assert 'pip install "jobspec-md[parquet]"' in readme


def test_extra_hints_name_the_distribution() -> None:
    assert install_hint("parquet") == "pip install 'jobspec-md[parquet]'"

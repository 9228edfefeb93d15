"""The one place jobspec's version and its distribution's name are written."""

__version__ = "0.1.0"

DISTRIBUTION = "jobspec-md"
"""The name jobspec is installed by (``pip install jobspec-md``); the package it installs is ``jobspec``.

Another project's distribution is called ``jobspec`` on the package index.
"""


def install_hint(extra: str) -> str:
    """The command that installs one of jobspec's extras, e.g. ``pip install 'jobspec-md[parquet]'``."""
    return f"pip install '{DISTRIBUTION}[{extra}]'"

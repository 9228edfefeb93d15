"""The one place jobspec's version is written."""

__version__ = "0.1.0"

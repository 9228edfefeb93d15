"""The items of a posting do not depend on how its headings and bullets are written (scripts/layout_invariance.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _load_script() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "layout_invariance.py"
    spec = importlib.util.spec_from_file_location("layout_invariance", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


layout = _load_script()

POSTING = """---
title: Beekeeper
---
Hollow Oak Apiary keeps two hundred hives in the valley.

## What you will do

- Inspect the hives every week and keep a log of the
  brood, the stores and the temper of each colony

- Harvest, extract and jar the honey

- Sell the honey at the Saturday market

## What we ask

- Two seasons of beekeeping, among them
  - queen rearing
  - swarm control
- A driving licence
- Experience with queen rearing is a plus

## How to apply

Write to jobs@hollowoak.example.
"""


def test_the_rewrites_keep_the_words_and_change_the_layout() -> None:
    body = "## Duties\n\n- Tend the hives\n  - in spring\n* Sell the honey\n"
    assert layout.REWRITES["bold-headings"](body) == "**Duties**\n\n- Tend the hives\n  - in spring\n* Sell the honey\n"
    assert layout.REWRITES["html-headings"](body).startswith("<h2>Duties</h2>\n")
    assert layout.REWRITES["dash-bullets"](body) == "## Duties\n\n– Tend the hives\n  – in spring\n– Sell the honey\n"
    assert layout.REWRITES["setext-headings"](body).startswith("Duties\n------\n")


@pytest.mark.parametrize("rewrite", sorted(layout.REWRITES))
def test_a_postings_items_are_the_same_in_every_layout(rewrite: str, tmp_path: Path) -> None:
    (tmp_path / "beekeeper.md").write_text(POSTING, encoding="utf-8")
    compared, changed = layout.changes(rewrite, [tmp_path])
    assert compared == 8
    assert changed == []

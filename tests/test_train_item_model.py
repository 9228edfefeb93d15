"""The script that trains the item model still trains one, and the model it writes reads back."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from jobspec import ParseOptions, parse
from jobspec.meaning import ItemModel

ROOT = Path(__file__).resolve().parent.parent


def test_the_training_script_writes_a_model_that_finds_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("numpy")
    spec = importlib.util.spec_from_file_location("train_item_model", ROOT / "scripts" / "train_item_model.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules["train_item_model"] = script
    spec.loader.exec_module(script)
    out = tmp_path / "model.json"
    corpus = str(ROOT / "tests" / "corpus")
    assert script.main([corpus, "--out", str(out), "--iterations", "60", "--min-sites", "1"]) == 0
    printed = capsys.readouterr().out
    assert "in-sample" in printed
    assert "corpus" in printed
    model = ItemModel.from_file(out)
    assert len(model.weights) > 1000
    assert len(model.text_weights) > 1000
    posting = parse("## Requirements\n- Three years of SQL\n- Good English\n", options=ParseOptions(item_model=model))
    assert [q.text for q in posting.qualifications] == ["Three years of SQL", "Good English"]

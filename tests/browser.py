"""Headless Chromium for the tests that look at pages as a browser shows them (.ci/run installs it)."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any


def chromium() -> str | None:
    """The browser's command, or None when none is installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def run_chromium(args: list[str], profile: Path) -> str:
    """Run headless Chromium with ``args`` (and a fresh profile in ``profile``); its standard output."""
    browser = chromium()
    assert browser is not None
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile / 'chrome-profile'}",
    ]
    result = subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def measure(page: Path, expression: str, profile: Path, *, width: int = 1280) -> Any:
    """The value of a JavaScript ``expression`` in ``page`` laid out in a window ``width`` pixels wide.

    A copy of the page, beside it (so that its relative links still work),
    gets a script that evaluates the expression once the page has loaded and
    leaves its JSON in an attribute of ``<body>``, read back from the DOM.
    """
    copy = page.with_name(f"measured-{page.name}")
    script = (
        "<script>window.addEventListener('load', () => document.body.setAttribute("
        f"'data-measured', JSON.stringify({expression})));</script>"
    )
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8")
    dom = run_chromium(
        [f"--window-size={width},1000", "--virtual-time-budget=5000", "--dump-dom", copy.as_uri()], profile
    )
    found = re.search(r'data-measured="([^"]*)"', dom)
    assert found is not None, "the measuring script did not run"
    return json.loads(html.unescape(found.group(1)))

"""The review page and the corpus report: content, escaping, and a real browser."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import jobspec
from jobspec.review import render_posting, render_report

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = (
    "---\ntitle: <script>document.title='pwned-title'</script>Engineer\nsalary: EUR 60,000 per year\n---\n"
    "## Responsibilities\n- Build <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> pipelines\n"
    "<script>document.body.setAttribute('data-pwned','2')</script>\n\n"
    "## Requirements\n- Python, and knows that 2 < 3 && 5 > 4\n- Rust is a plus\n"
)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_posting_page_marks_items_and_links_facts_to_lines() -> None:
    posting = jobspec.parse_file(ROOT / "tests" / "golden" / "toml-bakery-assistant.md")
    page = render_posting(posting)
    assert page.count('<mark class="responsibility"') == 4 + 1  # four items and the legend
    assert page.count('<mark class="required"') == 2 + 1
    assert page.count('<mark class="preferred"') == 1 + 1
    assert '<span class="tag">Q?</span>' in page  # preferred is told by a label, not colour alone
    assert 'id="L14"' in page
    assert 'href="#L14"' in page
    assert "(front matter: employment_type)" in page
    assert 'data-kind="responsibilities"' in page


def test_posting_text_is_escaped() -> None:
    page = render_posting(jobspec.parse(HOSTILE, path="hostile.md"))
    assert "<script" not in page
    assert "<img" not in page
    assert "2 &lt; 3 &amp;&amp; 5 &gt; 4" in page


def test_report_has_charts_and_their_numbers() -> None:
    paths = sorted((ROOT / "tests" / "corpus").glob("*.md"))[:20]
    postings = [jobspec.parse_file(p) for p in paths]
    page = render_report(postings, failures=[("broken.md", "broken.md:1:1: input looks binary")])
    assert "20 postings parsed · 1 failed" in page
    assert page.count("<svg") >= 5
    assert 'data-chart="Most requested skills (top 15)"' in page
    assert "<td>broken.md</td>" in page
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert "https://" not in page


@pytest.mark.skipif(_chromium() is None, reason="no Chromium on this machine (.ci/run installs it)")
def test_pages_in_a_real_browser(tmp_path: Path) -> None:
    posting_page = tmp_path / "posting.html"
    posting_page.write_text(render_posting(jobspec.parse(HOSTILE, path="hostile.md")), encoding="utf-8")
    report_page = tmp_path / "report.html"
    corpus = [jobspec.parse_file(p) for p in sorted((ROOT / "tests" / "corpus").glob("*.md"))[:10]]
    report_page.write_text(render_report(corpus), encoding="utf-8")

    dom = _dump_dom(posting_page, tmp_path)
    assert "<body data-pwned" not in dom  # neither the script nor the onerror handler ran
    assert "<title>pwned-title</title>" not in dom
    assert dom.count('class="responsibility"') >= 2
    assert 'class="preferred"' in dom

    report_dom = _dump_dom(report_page, tmp_path)
    assert report_dom.count("<rect") >= 5
    assert "<table>" in report_dom

    screenshot = tmp_path / "posting.png"
    _chromium_run(["--screenshot=" + str(screenshot), "--window-size=1200,900", posting_page.as_uri()], tmp_path)
    assert screenshot.stat().st_size > 1000


def _dump_dom(page: Path, tmp_path: Path) -> str:
    return _chromium_run(["--dump-dom", page.as_uri()], tmp_path)


def _chromium_run(args: list[str], tmp_path: Path) -> str:
    browser = _chromium()
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
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
    ]
    result = subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout

"""The review page and the corpus report: content, escaping, and a real browser."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import get_args

import pytest

import jobspec
from browser import chromium, measure, run_chromium
from jobspec.models import ItemSignal
from jobspec.review import FACT_ROWS, SIGNAL_LABELS, Chart, render_posting, render_report

ROOT = Path(__file__).resolve().parent.parent
SEED = "senior-machine-learning-scientist.md"
# Where the browser test leaves its screenshots (git-ignored): $JOBSPEC_TEST_ARTEFACTS, else build/test-artefacts.
ARTEFACTS = Path(os.environ.get("JOBSPEC_TEST_ARTEFACTS") or ROOT / "build" / "test-artefacts")
HOSTILE = (
    "---\ntitle: <script>document.title='pwned-title'</script>Engineer\nsalary: EUR 60,000 per year\n---\n"
    "## Responsibilities\n- Build <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> pipelines\n"
    "<script>document.body.setAttribute('data-pwned','2')</script>\n\n"
    "## Requirements\n- Python, and knows that 2 < 3 && 5 > 4\n- Rust is a plus\n"
)


def test_posting_page_marks_items_and_links_facts_to_lines() -> None:
    posting = jobspec.parse_file(ROOT / "tests" / "golden" / "toml-bakery-assistant.md")
    page = render_posting(posting)
    assert page.count('<mark class="responsibility"') == 4 + 1  # four items and the legend
    assert page.count('<mark class="required"') == 2 + 1
    assert page.count('<mark class="preferred"') == 1 + 1
    assert '<span class="tag">Q?</span>' in page  # preferred is told by a label, not colour alone
    assert 'id="L14"' in page
    assert 'href="#L14"' in page
    assert "front matter: employment_type" in page
    assert 'data-kind="responsibilities"' in page


RICH = """---
title: Night Baker
company: Crumb & Co
employment_type: full-time
apply_url: https://crumb.example/jobs/night-baker
---
We bake bread for forty cafés.

## Responsibilities
- Bake the morning loaves

## Qualifications
- 4+ years in a bakery
- Pastry is a plus

## What we offer
- A bicycle allowance
- Free bread
"""


def test_labels_are_words_people_use() -> None:
    page = render_posting(jobspec.parse(RICH, path="baker.md"))
    labels = re.findall(r'<div class="label">(.*?)</div>', page)
    assert labels == [
        '<span class="kind">Untitled lead</span>',
        '<span class="kind">Responsibilities</span>',
        '<span class="kind">Qualifications</span>',
        '<span class="kind">Benefits</span> <span class="as-written">under “What we offer”</span>',
    ]
    assert "QUALIFICATIONS" not in page
    assert "text-transform: uppercase" not in page


def test_benefits_are_highlighted_and_in_the_legend() -> None:
    page = render_posting(jobspec.parse(RICH, path="baker.md"))
    assert page.count('<mark class="benefit"') == 2 + 1  # two benefits and the legend
    assert '<span class="tag">B</span>benefit</mark>' in page


def test_facts_are_written_for_people_and_missing_ones_say_so() -> None:
    page = render_posting(jobspec.parse(RICH, path="baker.md"))
    table = page.split("<h2>Facts</h2>", 1)[1].split("</table>", 1)[0]  # the occupation panel has a table too
    facts = dict(re.findall(r'<th scope="row">([^<]+)</th>\s*<td>(.*?)</td>', table, re.DOTALL))
    assert facts["Employment type"].startswith("Full time")
    assert facts["Experience"].startswith("at least 4 years")
    assert facts["Language"].startswith("English (en)")
    assert facts["Salary"] == '<span class="not-found">not found</span>'
    assert facts["Apply"].startswith(
        '<a href="https://crumb.example/jobs/night-baker" rel="noopener noreferrer">https://crumb.example/jobs/night-baker</a>'
    )
    assert set(facts) == {row.label for row in FACT_ROWS}


def test_an_address_that_is_not_a_web_or_mail_address_is_no_link() -> None:
    page = render_posting(jobspec.parse("---\ntitle: Cook\napply_url: /jobs/cook\n---\nBody\n"))
    assert "<td>/jobs/cook" in page
    assert 'href="/jobs/cook"' not in page


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
    # each chart's table is folded under it, there for anyone who wants the numbers (and for screen readers)
    assert page.count('<details class="numbers">') == page.count("<svg")
    assert page.count("<table>") >= page.count("<svg")


def test_a_zero_is_no_bar() -> None:
    chart = Chart("Skills", ["Python", "Go"], {"required": [3.0, 0.0], "not required": [0.0, 0.004]})
    widths = [bar["width"] for bar in chart.bars()]
    assert widths[0] == 320.0
    assert widths[1] == widths[2] == 0.0
    assert widths[3] == 1.0  # the smallest count that is not zero is still seen


def test_the_salary_chart_has_an_axis_from_zero_with_numbers_and_a_title() -> None:
    postings = [
        jobspec.parse(f"---\ntitle: Cook {low}\nsalary: EUR {low:,} - {low + 5000:,} per year\n---\nBody\n")
        for low in (30_000, 42_000, 51_000)
    ]
    page = render_report(postings, pages=["a.html", "b.html", None])
    chart = page[page.index('data-chart="Salary ranges"') : page.index('data-chart="Postings"')]
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]+)</text>', chart)
    assert ticks[0] == "0"
    assert ticks[-1] == "60k"
    assert "EUR per year, from zero" in chart
    assert "30,000–35,000" in chart
    assert '<a href="a.html"><text x="0"' in chart  # each range is linked to its posting's page
    assert chart.count("<rect ") == 3


def test_small_amounts_keep_their_cents() -> None:
    posting = jobspec.parse("---\ntitle: Driver\nsalary: $0.62 - $0.68 per mile\n---\nBody\n")
    assert "0.62–0.68" in render_report([posting])
    assert "USD 0.62–0.68" in render_posting(posting)


def test_every_posting_is_linked_to_its_page() -> None:
    postings = [jobspec.parse(f"# Cook {n}\n## Requirements\n- Knives\n", path=f"cook-{n}.md") for n in range(3)]
    page = render_report(postings, pages=[f"pages/{n}.html" for n in range(3)])
    for n in range(3):
        assert f'<a href="pages/{n}.html">Cook {n}</a>' in page
    with pytest.raises(ValueError, match="pages has 2 addresses for 3 postings"):
        render_report(postings, pages=["a.html", "b.html"])


def test_a_page_in_a_report_links_back() -> None:
    page = render_posting(jobspec.parse("# Cook\n"), back_link="../report.html")
    assert '<a href="../report.html">← Corpus report</a>' in page


@pytest.mark.skipif(chromium() is None, reason="no Chromium on this machine (.ci/run installs it)")
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

    # At 1280 px the report uses the page's width: charts side by side, none wider than the window.
    charts = measure(
        report_page,
        "[...document.querySelectorAll('.chart')].map(c => [c.getBoundingClientRect().left, c.scrollWidth])",
        tmp_path,
    )
    assert len({left for left, _ in charts}) == 2
    assert max(width for _, width in charts) <= 1280

    # Screenshots at 1280 px, saved where they can be looked at after the run.
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    seed_page = tmp_path / "seed.html"
    seed_page.write_text(render_posting(jobspec.parse_file(ROOT / "examples" / SEED)), encoding="utf-8")
    for page, name in [(seed_page, "posting-1280.png"), (report_page, "report-1280.png")]:
        screenshot = ARTEFACTS / name
        screenshot.unlink(missing_ok=True)
        run_chromium(["--screenshot=" + str(screenshot), "--window-size=1280,1600", page.as_uri()], tmp_path)
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(screenshot.read_bytes()[16:20], "big") == 1280  # the PNG's width


def _dump_dom(page: Path, tmp_path: Path) -> str:
    return run_chromium(["--dump-dom", page.as_uri()], tmp_path)


def test_each_item_says_which_signal_decided_it() -> None:
    posting = jobspec.parse("## Requirements\n- Three years of SQL\n- Python\n")
    page = render_posting(posting)
    signals = re.findall(r'<small class="signal" data-signal="([a-z-]+)"', page)
    assert signals == [q.signal for q in posting.qualifications]
    assert all(signal is not None for signal in signals)
    assert "decided by its section&#39;s heading" in page or "decided by its own words" in page


def test_every_signal_has_words_on_the_review_page() -> None:
    assert set(SIGNAL_LABELS) == set(get_args(ItemSignal))


def test_an_item_taken_for_the_posting_s_sake_says_so_on_the_review_page() -> None:
    posting = jobspec.parse("## Duties\n\n- Look after the weekly reports\n")
    duty = posting.responsibilities[0].model_copy(update={"signal": "posting"})
    page = render_posting(posting.model_copy(update={"responsibilities": [duty]}))
    assert 'data-signal="posting"' in page
    assert "decided by the posting as a whole" in page

"""Stage 2: front matter split, typed values, and errors at their place in the file."""

from __future__ import annotations

import datetime as dt

import pytest

from jobspec import FrontMatterError, ParseOptions, parse
from jobspec.front_matter import embedded_body, split_front_matter

OPTIONS = ParseOptions()


def test_yaml_values_keep_what_the_author_wrote() -> None:
    text = "---\ncountry: NO\ntime: 10:00\nremote: yes\nactive: true\nopenings: 3\nposted: 2026-01-15\n---\nBody\n"
    split = split_front_matter(text, OPTIONS)
    assert split.metadata == {
        "country": "NO",
        "time": "10:00",
        "remote": "yes",
        "active": True,
        "openings": 3,
        "posted": dt.date(2026, 1, 15),
    }
    assert (split.body, split.body_line, split.format) == ("Body\n", 9, "yaml")


def test_toml_front_matter() -> None:
    split = split_front_matter('+++\ntitle = "Baker"\nhours = 38\n+++\n\nBody\n', OPTIONS)
    assert split.metadata == {"title": "Baker", "hours": 38}
    assert (split.body_line, split.format) == (5, "toml")


def test_json_front_matter() -> None:
    split = split_front_matter('{\n"title": "Baker",\n"tags": ["a"]\n}\nBody\n', OPTIONS)
    assert split.metadata == {"title": "Baker", "tags": ["a"]}
    assert (split.body, split.body_line) == ("Body\n", 5)


def test_no_front_matter_is_body_only() -> None:
    split = split_front_matter("# Title\n---\nmore\n", OPTIONS)
    assert (split.metadata, split.body, split.format, split.diagnostics) == (
        {},
        "# Title\n---\nmore\n",
        None,
        [],
    )


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("---\ntitle: x\nbody\n", "1:1", "never closed"),
        ("---\n- a\n- b\n---\nbody\n", "2:1", "mapping"),
        (
            "---\ntitle: ok\nfoo: [1, 2\nbar: x\n---\nbody\n",
            "4:4",
            "flow sequence opened at line 3, column 6",
        ),
        ("---\ntitle: a\n  b: c\n---\nbody\n", "3:4", "mapping values"),
        ('+++\ntitle = "a"\nbad = \n+++\nbody\n', "3:7", "TOML"),
        ('{\n"title": "a",\n}\nbody\n', "3:1", "JSON"),
    ],
    ids=["unclosed", "not-a-mapping", "yaml-flow", "yaml-indent", "toml", "json"],
)
def test_broken_front_matter_is_reported_at_its_line_in_the_file(text: str, where: str, words: str) -> None:
    with pytest.raises(FrontMatterError) as caught:
        parse(text, path="job.md", strict=True)
    assert str(caught.value).startswith(f"job.md:{where}: ")
    assert words in str(caught.value)


def test_lenient_mode_keeps_the_body_and_adds_a_diagnostic() -> None:
    posting = parse("---\n- a\n---\n## Requirements\n- Python\n")
    assert [q.text for q in posting.qualifications] == ["Python"]
    [diagnostic] = posting.diagnostics
    assert (diagnostic.code, diagnostic.line, diagnostic.severity) == ("front-matter-invalid", 2, "error")


def test_unclosed_fence_loses_nothing() -> None:
    posting = parse("---\ntitle: x\n## You will\n- Build things\n")
    assert [r.text for r in posting.responsibilities] == ["Build things"]
    assert posting.diagnostics[0].message.startswith("YAML front matter opened on line 1 is never closed")


def test_unsafe_yaml_tags_are_not_constructed() -> None:
    with pytest.raises(FrontMatterError):
        parse("---\nx: !!python/object/apply:os.system ['true']\n---\nbody\n", strict=True)


def test_front_matter_is_json_safe_on_the_posting() -> None:
    posting = parse("---\nposted: 2026-01-15\nnested: {a: [1, 2]}\n---\nbody\n")
    assert posting.front_matter == {"posted": "2026-01-15", "nested": {"a": [1, 2]}}
    assert posting.date_posted == dt.date(2026, 1, 15)


def test_posting_kept_in_a_front_matter_block_scalar_is_found() -> None:
    text = (
        "---\ntitle: Coordinator\ntext: |\n    ## Responsibilities\n    - Run events\n    - Answer email\n"
        "    ## Qualifications\n    - Patience\n---\n<script>{{ page.text }}</script>\n"
    )
    split = split_front_matter(text, OPTIONS)
    found = embedded_body(split)
    assert found is not None
    assert (found[0], found[2]) == ("text", 4)
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Run events", 5), ("Answer email", 6)]
    assert "body-in-front-matter" in [d.code for d in posting.diagnostics]

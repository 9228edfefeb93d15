"""Hostile values in the front matter: numbers of any size, in every format, under every fact's key."""

from __future__ import annotations

import pytest

import jobspec
from jobspec import JobPosting
from jobspec.facts.basic import ALIASES

HUGE = "9" * 400


def _front_matter(fmt: str, key: str, value: str) -> str:
    """``key: value`` (a dotted key nests) as YAML, TOML or JSON front matter before a short body."""
    *parents, leaf = key.split(".")
    if fmt == "yaml":
        lines = [f"{'  ' * depth}{part}:" for depth, part in enumerate(parents)]
        lines.append(f"{'  ' * len(parents)}{leaf}: {value}")
        return "---\n" + "\n".join(lines) + "\n---\nbody\n"
    if fmt == "toml":
        table = f"[{'.'.join(parents)}]\n" if parents else ""
        return f"+++\n{table}{leaf} = {value}\n+++\nbody\n"
    nested = f'"{leaf}": {value}'
    for part in reversed(parents):
        nested = f'"{part}": {{{nested}}}'
    return "{\n" + nested + "\n}\nbody\n"


KEYS = sorted({alias for aliases in ALIASES.values() for alias in aliases} | {"salary.min", "salary.max"})
NUMBERS = {"int": HUGE, "negative": "-" + HUGE, "float": HUGE + ".5"}


@pytest.mark.parametrize("fmt", ["yaml", "toml", "json"])
@pytest.mark.parametrize("number", sorted(NUMBERS))
def test_a_number_of_400_digits_under_any_fact_key_parses_or_raises_ours(fmt: str, number: str) -> None:
    for key in KEYS:
        text = _front_matter(fmt, key, NUMBERS[number])
        try:
            posting = jobspec.parse(text)
        except jobspec.JobspecError:
            continue
        assert JobPosting.model_validate_json(posting.model_dump_json()) == posting, key


@pytest.mark.parametrize("fmt", ["yaml", "toml", "json"])
@pytest.mark.parametrize("key", ["salary", "salary.min", "salary.max", "compensation"])
def test_a_salary_of_400_digits_is_no_salary(fmt: str, key: str) -> None:
    posting = jobspec.parse(_front_matter(fmt, key, HUGE))
    assert posting.salary is None


def test_a_plausible_salary_beside_a_huge_one_is_kept() -> None:
    posting = jobspec.parse(f"---\nsalary:\n  min: 50000\n  max: {HUGE}\n  currency: EUR\n---\nbody\n")
    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.max, posting.salary.currency) == (50000.0, None, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        '{\n"title": "Co\\u0000ok", "company": "Ac\\u001bme"\n}\nbody\n',
        '---\ntitle: "Co\\0ok"\ncompany: "Ac\\eme"\n---\nbody\n',
        '+++\ntitle = "Co\\u0000ok"\ncompany = "Ac\\u001Bme"\n+++\nbody\n',
    ],
    ids=["json", "yaml", "toml"],
)
def test_control_characters_in_front_matter_are_removed_with_a_diagnostic(text: str) -> None:
    posting = jobspec.parse(text)
    assert (posting.title, posting.company) == ("Cook", "Acme")
    assert "control-characters-removed" in [d.code for d in posting.diagnostics]


def test_control_characters_in_the_body_are_removed_where_they_are() -> None:
    posting = jobspec.parse("# Co\x07ok\n## Requirements\n- Knife\x0b skills \x1b[1mfast\n")
    assert posting.title == "Cook"
    assert [q.text for q in posting.qualifications] == ["Knife skills [1mfast"]
    found = [d for d in posting.diagnostics if d.code == "control-characters-removed"]
    assert [(d.line, d.column) for d in found] == [(1, 5)]


def test_json_front_matter_with_a_nested_brace_alone_on_a_line_is_read_whole() -> None:
    posting = jobspec.parse('{\n"title": "Cook",\n"salary": {\n"min": 1\n}\n}\n## Requirements\n- Knife skills\n')
    assert posting.front_matter == {"title": "Cook", "salary": {"min": 1}}
    assert posting.source.body_line == 7
    assert [q.text for q in posting.qualifications] == ["Knife skills"]


def test_toml_multiline_string_holding_a_closing_line_is_not_split() -> None:
    posting = jobspec.parse('+++\nnote = """\n+++\n"""\ntitle = "Cook"\n+++\nbody\n')
    assert posting.front_matter == {"note": "+++\n", "title": "Cook"}
    assert posting.body == "body\n"


def test_broken_json_front_matter_still_reports_the_first_closing_line() -> None:
    posting = jobspec.parse('{\n"a": [\n}\nbody\n}\nmore\n')
    assert [d.code for d in posting.diagnostics] == ["front-matter-invalid"]
    assert posting.body == "body\n}\nmore\n"


def test_yaml_keys_that_are_one_as_text_are_declared() -> None:
    posting = jobspec.parse("---\n1: a\n'1': b\n---\nbody\n")
    assert posting.front_matter == {"1": "b"}
    assert [d.code for d in posting.diagnostics] == ["front-matter-keys-collide"]

"""Stage 7 as a whole: which body lines the fact finders are given."""

from __future__ import annotations

from jobspec import parse


def test_salary_line_is_found_after_lines_that_lower_case_longer() -> None:
    # "İ".lower() is two characters: the keyword pass over all lines must still map each hit to its line.
    posting = parse("İİİİ İstanbul İzmir\n\nSome intro text.\n\nSalary: €50,000 - €60,000 per year\n")
    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.max, posting.salary.currency) == (50000, 60000, "EUR")
    assert posting.provenance["salary"].line == 5


def test_workplace_comes_from_the_line_that_states_it() -> None:
    posting = parse("# Engineer\n\nWe build tools.\n\nThis role is fully remote.\n")
    assert posting.workplace == "remote"
    assert posting.provenance["workplace"].line == 5

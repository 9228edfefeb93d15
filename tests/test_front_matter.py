"""Stage 2: front matter split, typed values, and errors at their place in the file."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from jobspec import FrontMatterError, ParseOptions, parse
from jobspec.front_matter import _NOT_PLAIN, _PlainTree, _Yaml12Loader, embedded_body, split_front_matter

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


def test_posting_rendered_from_a_front_matter_value_beside_a_button_is_found() -> None:
    text = (
        "---\ntitle: Farm Hand\ndescription: |\n  **What you'll do**\n\n  - Drive the grain cart\n"
        "  - Grease the combine\n"
        "\n  **What we need**\n\n  - A driver's licence\n---\n{{ page.description | markdownify }}\n\n"
        '<a class="btn" href="mailto:farm@example.org">Apply by email</a>\n'
    )
    posting = parse(text)
    assert [r.text for r in posting.responsibilities] == ["Drive the grain cart", "Grease the combine"]
    assert [q.text for q in posting.qualifications] == ["A driver's licence"]


def test_a_body_of_its_own_beside_a_rendered_value_stays_the_posting() -> None:
    text = (
        "---\ntitle: Farm Hand\nsummary: |\n  **Duties**\n\n  - Drive the grain cart\n  - Grease the combine\n"
        "---\n{{ page.summary }}\n\n## Duties\n\n- Haul grain to the elevator and keep the yard tidy\n"
    )
    assert [r.text for r in parse(text).responsibilities] == ["Haul grain to the elevator and keep the yard tidy"]


def test_posting_kept_as_html_in_a_front_matter_value_is_found() -> None:
    html = (
        "<h3>Duties</h3><ul><li>Run events</li><li>Answer email</li></ul>"
        "<h3>Requirements</h3><ul><li>Patience</li><li>A driving licence</li></ul>"
    )
    posting = parse(f'---\ntitle: Coordinator\ncontent: "{html}"\n---\n')
    assert [r.text for r in posting.responsibilities] == ["Run events", "Answer email"]
    assert [q.text for q in posting.qualifications] == ["Patience", "A driving licence"]
    assert "body-in-front-matter" in [d.code for d in posting.diagnostics]


def test_a_posting_folded_into_a_description_is_read_when_the_body_says_only_a_title_and_a_link() -> None:
    text = (
        "---\ntitle: Bookkeeper\ndescription: >-\n  We keep the books of forty small firms in Leeds.\n\n"
        "  You will prepare the monthly VAT returns. You will also answer the clients' questions.\n\n"
        "  You must hold an AAT qualification. Two years in an accounting office is needed.\n"
        "---\n\n# {{ page.title }}\n\n[Back to the jobs](/jobs/)\n"
    )
    posting = parse(text)
    assert "You will prepare the monthly VAT returns." in [r.text for r in posting.responsibilities]
    assert "You must hold an AAT qualification." in [q.text for q in posting.qualifications]
    assert "body-in-front-matter" in [d.code for d in posting.diagnostics]


def test_a_posting_folded_into_one_paragraph_of_a_description_is_read_beside_a_shortcode() -> None:
    text = (
        "---\ntitle: Porter\ndescription: >-\n  The hotel has ninety rooms by the lake.\n"
        "  The porter carries the guests' luggage and keeps the lobby tidy.\n"
        "  Applicants must have a year of hotel experience and speak good English.\n"
        "  Weekend availability is required. Apply by email to the front office manager.\n"
        "---\n\n{{< apply-button >}}\n"
    )
    posting = parse(text)
    assert "Applicants must have a year of hotel experience and speak good English." in [
        q.text for q in posting.qualifications
    ]
    assert "body-in-front-matter" in [d.code for d in posting.diagnostics]


def test_a_posting_in_a_description_is_read_when_the_body_only_points_to_the_application() -> None:
    text = (
        "---\ntitle: Lagermedarbeider\ndescription: |\n  Arbeidsoppgaver:\n  - Plukke og pakke ordre\n"
        "  - Laste biler\n\n  Vi ser etter deg som:\n  - har truckførerbevis\n---\n\nSøk via lenken nedenfor.\n"
    )
    posting = parse(text)
    assert [r.text for r in posting.responsibilities] == ["Plukke og pakke ordre", "Laste biler"]
    assert [q.text for q in posting.qualifications] == ["har truckførerbevis"]


def test_a_one_sentence_description_beside_a_shortcode_is_not_read_as_the_posting() -> None:
    text = "---\ntitle: Porter\ndescription: Join our hotel team as a porter by the lake.\n---\n\n{{< apply >}}\n"
    posting = parse(text)
    assert posting.responsibilities == []
    assert posting.qualifications == []
    assert "body-in-front-matter" not in [d.code for d in posting.diagnostics]


def test_posting_kept_in_a_value_of_hugos_params_table_is_found() -> None:
    text = (
        '+++\ntitle = "Baker"\n[params]\ndescription = """\n## Your day\n- Bake bread before dawn\n'
        '## What you bring\n- A food hygiene certificate\n- Patience\n"""\n+++\n'
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Bake bread before dawn", 6)]
    assert [(q.text, q.line) for q in posting.qualifications] == [("A food hygiene certificate", 8), ("Patience", 9)]
    assert "body-in-front-matter" in [d.code for d in posting.diagnostics]


def test_duties_and_requirements_listed_in_front_matter_are_read_when_the_body_names_none() -> None:
    text = (
        "---\ntitle: Warehouse Operative\nresponsibilities:\n  - Pick and pack orders\n  - Load vans\n"
        "requirements:\n  - Forklift licence\nkrav: |\n  * Körkort B\n  * Truckkort\n---\n\nJoin our warehouse team.\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Pick and pack orders", 4), ("Load vans", 5)]
    assert [(q.text, q.line) for q in posting.qualifications] == [
        ("Forklift licence", 7),
        ("Körkort B", 9),
        ("Truckkort", 10),
    ]
    assert "items-from-front-matter" in [d.code for d in posting.diagnostics]
    lines = [section.line for section in posting.iter_sections()]
    assert lines == sorted(lines)  # the front matter's sections come first, as in the file


def test_a_front_matter_key_written_with_underscores_names_its_section() -> None:
    text = "---\ntitle: Packer\nrequirements:\n  - Forklift licence\nnice_to_have:\n  - Welding\n---\n\nHello.\n"
    posting = parse(text)
    assert [(q.text, q.required) for q in posting.qualifications] == [("Forklift licence", True), ("Welding", False)]


def test_front_matter_lists_are_left_when_the_body_names_its_own_items() -> None:
    text = "---\ntitle: Packer\nrequirements:\n  - Forklift licence\n---\n\n## Requirements\n\n- Patience\n"
    posting = parse(text)
    assert [q.text for q in posting.qualifications] == ["Patience"]
    assert "items-from-front-matter" not in [d.code for d in posting.diagnostics]


def test_the_fields_and_lists_of_a_hugo_params_table_are_read_as_top_level_ones() -> None:
    text = (
        "---\ntitle: Data Analyst\nlocation: Leeds\nparams:\n  location: Berlin\n  employment_type: part-time\n"
        "  tasks:\n    - Build dashboards\n    - Answer questions\n---\n\nHello.\n"
    )
    posting = parse(text)
    assert posting.location == "Leeds"  # a key at the top level wins
    assert posting.employment_type is not None
    assert posting.employment_type.value == "PART_TIME"
    assert posting.provenance["employment_type"].key == "params.employment_type"
    assert [(r.text, r.line) for r in posting.responsibilities] == [
        ("Build dashboards", 8),
        ("Answer questions", 9),
    ]


def test_lists_in_a_table_of_their_own_are_read_as_top_level_ones() -> None:
    text = (
        "---\ntitle: Baker\njob:\n  duties:\n    - Bake bread before dawn\n  requirements:\n    - A food hygiene"
        " certificate\n---\n\nApply in the shop.\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [("Bake bread before dawn", 5)]
    assert [(q.text, q.line) for q in posting.qualifications] == [("A food hygiene certificate", 7)]


def test_the_named_parts_of_a_front_matter_list_are_sections() -> None:
    # Page builders keep a posting as a list of parts, each a name and its entries.
    text = (
        "---\ntitle: Baker\nsections:\n  - heading: Your day\n    items:\n      - Bake bread before dawn\n"
        "      - Serve customers\n  - heading: What you bring\n    bullets:\n      - A food hygiene certificate\n"
        "  - heading: Our bakery\n    text: A family business since 1921.\n---\n"
    )
    posting = parse(text)
    assert [(r.text, r.line) for r in posting.responsibilities] == [
        ("Bake bread before dawn", 6),
        ("Serve customers", 7),
    ]
    assert [(q.text, q.line) for q in posting.qualifications] == [("A food hygiene certificate", 10)]


def test_a_front_matter_list_under_a_key_that_names_no_section_is_no_items() -> None:
    posting = parse("---\ntitle: Packer\ntags:\n  - Logistics\n  - Leeds\n---\n\nText.\n")
    assert (posting.responsibilities, posting.qualifications) == ([], [])


def test_a_front_matter_value_with_a_tag_or_two_is_not_the_posting() -> None:
    posting = parse('---\ntitle: Coordinator\nsummary: "<p>We run <b>events</b>.</p>"\n---\n')
    assert "body-in-front-matter" not in [d.code for d in posting.diagnostics]


# --- the one-pass YAML builder and the checked path agree -----------------------------

PLAIN_YAML = [
    "title: Baker\ncountry: NO\ntime: 10:00\nopenings: 3\nrate: 1.5\nactive: true\nnote: ~\nposted: 2026-01-15",
    "tags: [a, b, {c: [1, 0x1F, 0o17, .inf]}]\nwhen: 2001-12-14t21:59:43.10-05:00",
    "a: 1\na: 2\nb: !!str 3\nc: !!int '4'\n1: one\nnull: none",
    "name: &n Baker\nalso: *n",
    "- just\n- a list",
    "a scalar",
]
NOT_PLAIN_YAML = [
    "skills: &s [Python, SQL]\nrequired: *s",
    "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2",
    "blob: !!binary aGVsbG8=",
    "set: !!set {a, b}",
    "? [a, b]\n: c",
    "a: &a [*a]",
]


def _load_both_ways(yaml_text: str) -> tuple[object, object]:
    """(one-pass build, PyYAML's constructor) of the same composed document."""
    loader = _Yaml12Loader(yaml_text)
    try:
        node = loader.get_single_node()
        return _PlainTree(loader, OPTIONS).build(node), _checked(loader, node)
    finally:
        loader.dispose()


def _checked(loader: _Yaml12Loader, node: yaml.Node) -> object:
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        return type(exc)


@pytest.mark.parametrize("yaml_text", PLAIN_YAML)
def test_plain_yaml_is_built_in_one_pass_as_pyyaml_constructs_it(yaml_text: str) -> None:
    built, constructed = _load_both_ways(yaml_text)
    assert built is not _NOT_PLAIN
    assert built == constructed
    assert type(built) is type(constructed)


@pytest.mark.parametrize("yaml_text", NOT_PLAIN_YAML)
def test_aliased_lists_and_unusual_tags_are_left_to_the_checked_path(yaml_text: str) -> None:
    built, _ = _load_both_ways(yaml_text)
    assert built is _NOT_PLAIN


@pytest.mark.parametrize(
    ("yaml_text", "values"),
    [
        ("tags: [a, b, c]", 6),  # the mapping, its key, the list and three entries
        ("s: &s [a, b]\nt: *s", 9),  # the aliased list counts again where it is repeated
        ("s: &s a\nt: *s", 5),
    ],
)
def test_the_node_budget_is_exact_on_both_paths(yaml_text: str, values: int) -> None:
    text = f"---\n{yaml_text}\n---\nbody\n"
    assert split_front_matter(text, ParseOptions(max_front_matter_nodes=values), strict=True).metadata
    with pytest.raises(FrontMatterError, match=f"more than {values - 1} values"):
        split_front_matter(text, ParseOptions(max_front_matter_nodes=values - 1), strict=True)


@pytest.mark.parametrize("alias", [False, True])
def test_the_depth_budget_is_exact_on_both_paths(alias: bool) -> None:
    nested = "[" * 31 + "]" * 31  # with the mapping around it, 32 levels
    yaml_text = f"x: &x {nested}\ny: *x" if alias else f"x: {nested}"
    assert split_front_matter(f"---\n{yaml_text}\n---\n", OPTIONS, strict=True).metadata
    with pytest.raises(FrontMatterError, match="nested deeper than 32 levels"):
        split_front_matter(f"---\n{yaml_text.replace('[', '[[', 1).replace(']', ']]', 1)}\n---\n", OPTIONS, strict=True)


def test_decimal_integers_with_leading_zeros_are_yaml_1_2_integers() -> None:
    posting = parse("---\nzip: 01234\nhex: 0x1F\noctal: 0o17\nsigned: -007\n---\n# Cook\n")
    assert posting.front_matter == {"zip": 1234, "hex": 31, "octal": 15, "signed": -7}
    assert posting.diagnostics == []


@pytest.mark.parametrize("value", ["!!bool maybe", "!!timestamp foo", "!!int twelve", "!!float many"])
def test_a_value_its_explicit_tag_refuses_is_a_front_matter_error(value: str) -> None:
    text = f"---\nx: {value}\n---\n# Cook\n"
    lenient = parse(text)
    assert [d.code for d in lenient.diagnostics] == ["front-matter-invalid"]
    assert lenient.title == "Cook"
    with pytest.raises(FrontMatterError, match="invalid YAML front matter"):
        parse(text, strict=True)


def test_front_matter_lists_of_tables_give_their_entries_and_those_marked_optional_are_preferred() -> None:
    text = (
        "---\ntitle: Grants officer\nresponsibilities:\n  - item: Assess applications.\n  - item: Visit projects.\n"
        "requirements:\n  - text: Experience in a charity.\n  - text: A driving licence.\n    required: false\n---\n"
    )
    posting = parse(text)
    assert [item.text for item in posting.responsibilities] == ["Assess applications.", "Visit projects."]
    assert [(item.text, item.required) for item in posting.qualifications] == [
        ("Experience in a charity.", True),
        ("A driving licence.", False),
    ]


def test_camel_case_keys_and_prose_values_that_name_a_section_give_items() -> None:
    text = (
        "+++\ntitle = 'Community manager'\nkeyResponsibilities = ['Moderate the forums.']\n"
        "preferredQualifications = ['Some French.']\nrequirements = '''Two years running an online community. "
        "Excellent written English.'''\n+++\n"
    )
    posting = parse(text)
    assert [item.text for item in posting.responsibilities] == ["Moderate the forums."]
    assert [(item.text, item.required) for item in posting.qualifications] == [
        ("Some French.", False),  # in the file's order
        ("Two years running an online community.", True),
        ("Excellent written English.", True),
    ]


def test_a_front_matter_list_of_benefits_is_read_when_the_body_gives_none() -> None:
    text = "---\ntitle: Electrician\nbenefits: [Company van, 28 days holiday]\n---\n## Duties\n- Install wiring\n"
    posting = parse(text)
    assert [item.text for item in posting.responsibilities] == ["Install wiring"]
    assert [item.text for item in posting.benefits] == ["Company van", "28 days holiday"]


def test_front_matter_lists_of_duties_are_left_to_the_template_when_the_body_has_its_own() -> None:
    text = "---\ntitle: Electrician\nrequirements: [NVQ Level 3]\n---\n## Duties\n- Install wiring\n"
    assert parse(text).qualifications == []


@pytest.mark.parametrize(
    "text",
    [
        '---json\n{\n  "title": "QA engineer",\n  "company": "Brightline"\n}\n---\n## Duties\n- Write tests\n',
        "---yaml\ntitle: QA engineer\ncompany: Brightline\n---\n## Duties\n- Write tests\n",
        "---\ntitle: QA engineer\ncompany: Brightline\n...\n## Duties\n- Write tests\n",  # YAML's own end
    ],
)
def test_front_matter_fenced_with_its_language_or_ended_as_yaml_ends_a_document(text: str) -> None:
    posting = parse(text)
    assert (posting.title, posting.company) == ("QA engineer", "Brightline")
    assert [(item.text, item.line) for item in posting.responsibilities] == [
        ("Write tests", text.count("\n"))
    ]  # the last line


def test_an_error_in_json_fenced_with_its_language_is_placed_on_its_file_line() -> None:
    posting = parse('---json\n{\n  "title": "QA",\n  "company": oops\n}\n---\nBody.\n')
    [problem] = [d for d in posting.diagnostics if d.code == "front-matter-invalid"]
    assert (problem.line, problem.column) == (4, 14)


@pytest.mark.parametrize(
    ("yaml_text", "where"),
    [
        ("title: Baker\ncity: Lyon\ntitle: Pastry chef", (4, 1)),
        ("job:\n  title: Baker\n  title: Pastry chef", (4, 3)),
        # an alias sends the document down the checked path, which finds the repeated key too
        ("base: &b {city: Lyon}\njob:\n  <<: *b\n  title: Baker\n  title: Pastry chef", (6, 3)),
    ],
)
def test_a_key_given_twice_is_a_warning_at_the_value_used(yaml_text: str, where: tuple[int, int]) -> None:
    posting = parse(f"---\n{yaml_text}\n---\n# Cook\n")
    [warning] = posting.diagnostics
    assert (warning.code, warning.severity, (warning.line, warning.column)) == (
        "front-matter-key-repeated",
        "warning",
        where,
    )
    assert "'title'" in warning.message
    assert "Pastry chef" in str(posting.front_matter)
    assert "Baker" not in str(posting.front_matter)


def test_a_merge_key_or_the_same_value_under_two_keys_is_no_repeated_key() -> None:
    text = "---\nbase: &b {city: Lyon}\nparis: {<<: *b, team: A}\nlille: {<<: *b, team: B}\ntitle: Cook\n---\n# Cook\n"
    assert parse(text).diagnostics == []


@pytest.mark.parametrize(
    "expression",
    [
        "{{ page.location }}",
        "{{ .Params.location }}",
        "{{ location }}",
        "{{ page.location | escape }}",
        "{{ page.place.city }}",
    ],
)
def test_a_template_expression_of_a_front_matter_value_reads_as_the_value(expression: str) -> None:
    text = f"---\nlocation: Bristol\nplace: {{city: Bristol}}\n---\n## Requirements\n- Live near {expression}\n"
    assert [item.text for item in parse(text).qualifications] == ["Live near Bristol"]


def test_an_expression_of_a_list_or_a_missing_key_is_left_to_the_text_reader_which_drops_it() -> None:
    text = "---\ntags: [a, b]\n---\n## Requirements\n- Know {{ page.tags }} and {{ page.nothing }}\n"
    posting = parse(text)
    assert "{{ page.tags }}" in posting.body  # the body as written
    assert [item.text for item in posting.qualifications] == ["Know and"]


def test_a_posting_written_as_paragraphs_in_a_front_matter_value_is_read_when_the_body_is_empty() -> None:
    text = (
        "---\ntitle: Localisation Coordinator\ndescription: |\n"
        "  Wayfarer Maps is a free offline map app used by hikers in forty countries.\n\n"
        "  You will welcome new translators and review string changes before each release.\n\n"
        "  You should speak at least two languages well.\n---\n"
    )
    posting = parse(text)
    assert [item.text for item in posting.responsibilities] == [
        "You will welcome new translators and review string changes before each release."
    ]
    assert [(item.text, item.line) for item in posting.qualifications] == [
        ("You should speak at least two languages well.", 8)
    ]
    assert [d.code for d in posting.diagnostics] == ["body-in-front-matter"]


def test_a_short_front_matter_value_is_not_read_as_the_posting() -> None:
    assert parse("---\ntitle: Cook\nsummary: |\n  We cook.\n\n  You clean.\n---\n").diagnostics == []

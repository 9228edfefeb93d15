"""Stage 7 as a whole: which body lines the fact finders are given."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jobspec import ParseOptions, parse


def test_salary_line_is_found_after_lines_that_lower_case_longer() -> None:
    # "İ".lower() is two characters: the keyword pass over all lines must still map each hit to its line.
    posting = parse("İİİİ İstanbul İzmir\n\nSome intro text.\n\nSalary: €50,000 - €60,000 per year\n")
    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.max, posting.salary.currency) == (50000, 60000, "EUR")
    assert posting.provenance["salary"].line == 5


@pytest.mark.parametrize(
    ("front_matter", "currency"),
    [
        ("language: sv", "SEK"),
        ("language: da", "DKK"),
        ("language: no", "NOK"),
        ("language: sv\ncountry: NO", "NOK"),  # the country says more than the language
        ("language: en", None),
    ],
)
def test_a_krona_is_named_by_the_country_or_the_language(front_matter: str, currency: str | None) -> None:
    posting = parse(f"---\n{front_matter}\n---\nLön: 35 000 kr/mån\n")
    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.period, posting.salary.currency) == (35_000, "month", currency)


@pytest.mark.parametrize(
    "line",
    [
        "Mzda: 40 000 Kč měsíčně",
        "年収500万円～800万円",
        "Maaş: 40.000 TL",
        "연봉 4000만원 이상",
        "Bérezés: 650 000 Ft/hó",
        "Gaji Rp 8.000.000",
        "الراتب: 8000 درهم",
    ],
)
def test_pay_lines_in_more_languages_pass_the_keyword_gate(line: str) -> None:
    posting = parse(f"Some intro text.\n\n{line}\n")
    assert posting.salary is not None
    assert posting.provenance["salary"].line == 3


def test_a_date_glued_to_a_word_in_a_script_without_spaces_is_read() -> None:
    posting = parse("## 募集要項\n\n掲載日：2027年1月15日\n\n応募締切：2027年2月1日\n")
    assert (posting.date_posted, posting.valid_through) == (dt.date(2027, 1, 15), dt.date(2027, 2, 1))


def test_workplace_comes_from_the_line_that_states_it() -> None:
    posting = parse("# Engineer\n\nWe build tools.\n\nThis role is fully remote.\n")
    assert posting.workplace == "remote"
    assert posting.provenance["workplace"].line == 5


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi söker dig som vill arbeta med oss och har erfarenhet av Python och SQL.", "sv"),
        ("Vi søger dig, som har erfaring med Python og vil arbejde med os i København.", "da"),
        ("Szukamy osoby, która ma doświadczenie w Pythonie i chce pracować z nami w Krakowie.", "pl"),
        ("Cerchiamo una persona con esperienza in Python che voglia lavorare con noi a Milano.", "it"),
        ("Procuramos uma pessoa com experiência em Python que queira trabalhar com a nossa equipa.", "pt"),
        ("クライアントに対して高品質なサポートを提供するとともに、プロジェクトのマネジメントを行います。", "ja"),
        ("负责公司产品的开发和维护工作，参与需求评审和技术方案设计。", "zh"),
        ("Мы ищем разработчика с опытом работы на Python и желанием расти вместе с нами.", "ru"),
        ("Ми шукаємо розробника з досвідом роботи на Python, який хоче рости разом з нами.", "uk"),
    ],
)
def test_the_language_of_a_posting_without_front_matter(text: str, language: str) -> None:
    assert parse(f"## Job\n\n{text}\n").language == language


@pytest.mark.parametrize(
    ("items", "language"),
    [
        ("Tworzenie nowych usług\n- Znajomość Dockera\n- Umiejętność pracy w zespole", "pl"),
        ("Řízení projektů\n- Znalost Dockeru\n- Řidičský průkaz skupiny B", "cs"),
        ("Yazılım geliştirme\n- Docker bilgisi\n- Ekip çalışmasına yatkınlık", "tr"),
        ("Lập báo cáo hàng tháng\n- Kiểm tra chứng từ\n- Tốt nghiệp đại học", "vi"),
        ("Kokemusta myynnistä\n- Työskentely tiimissä\n- Asiakkaiden kanssa toimiminen Suomessa", "fi"),  # endings
        ("Bästa lönen\n- Nästa steg\n- Första dagen på kontoret", None),  # Swedish "-sta", with "å"
        ("Orders verzamelen\n- Heftruckcertificaat", None),  # too little says which
    ],
)
def test_a_short_list_without_frequent_words_is_told_by_letters_only_its_language_writes(
    items: str, language: str | None
) -> None:
    assert parse(f"## Job\n\n- {items}\n").language == language


def test_a_posting_kept_in_its_front_matter_gets_the_language_of_its_values() -> None:
    text = (
        "---\ntitle: Pflegefachkraft (m/w/d)\naufgaben:\n  - Sie betreuen die Bewohner und ihre Familien\n"
        "  - Sie dokumentieren die Pflege im Team\nprofil:\n  - Freude an der Arbeit mit Menschen\n---\n"
    )
    assert parse(text).language == "de"


def test_a_language_identifier_of_the_users_replaces_jobspecs_own() -> None:
    seen: list[str] = []

    def identify(text: str) -> str | None:
        seen.append(text)
        return "gsw" if "Chuchi" in text else None

    options = ParseOptions(identify_language=identify)
    assert parse("## Job\n\nDu hilfsch i de Chuchi.\n", options=options).language == "gsw"
    assert parse("---\nlanguage: de-CH\n---\nDu hilfsch i de Chuchi.\n", options=options).language == "de"
    assert len(seen) == 1  # the front matter's language is taken without asking
    assert parse("## Job\n\nWe are looking for a cook and a baker for our team.\n", options=options).language is None


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("# Data Engineer\n\n## Requirements\n- SQL\n", "Data Engineer"),
        ("# RESPONSIBLITIES\n- Build pipelines\n", None),  # a section's name, not a title
        ("# Job description\n\nWe need help.\n", None),
        ("## About us\n\nWe sell bikes.\n\n# Bike Mechanic\n", None),  # not the posting's first heading
        ("## Koch (m/w/d)\n\nWir suchen dich.\n", "Koch (m/w/d)"),  # a title by its gender marks, at any level
        ("## Bike Mechanic\n\nWe fix bikes.\n", None),  # a second-level heading without them
        ("## Mécanicien·ne vélo\n\nNous réparons des vélos.\n", "Mécanicien·ne vélo"),  # an inclusive spelling
        ("### Fahrradmechaniker*in\n\nWir reparieren Räder.\n", "Fahrradmechaniker*in"),
        ("## Mecánico/a de bicicletas\n\nReparamos bicis.\n", "Mecánico/a de bicicletas"),
        ("## Sales/Marketing\n\nWe sell bikes.\n", None),  # a slash between words marks no gender
        ("Comptable H/F\n\nNous recrutons.\n", "Comptable H/F"),  # a first line with them
        ("Wir suchen Menschen (m/w/d), die gern backen und jeden Tag früh aufstehen.\n", None),  # a sentence
        ("# Careers\n\n## Bike Mechanic\n\nWe fix bikes.\n", "Bike Mechanic"),  # the page's name passes it on
        ("# Stellenangebote\n\n## Aufgaben\n\n- Backen\n", None),
    ],
)
def test_the_title_is_a_leading_level_one_heading_that_names_no_section(body: str, title: str | None) -> None:
    assert parse(body).title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Job title: Night Nurse\n\nDuties:\n- Care for patients\n", "Night Nurse"),
        ("**Job title:** Night Nurse\n\nWe run a small clinic.\n", "Night Nurse"),
        ("\n\nStellenbezeichnung: Pflegefachkraft (m/w/d)\n\nText.\n", "Pflegefachkraft (m/w/d)"),
        ("Stanowisko: Księgowa\n", "Księgowa"),
        ("POSITION_NAME: Night Nurse\n\nWORK_TYPE: FULL-TIME\n", "Night Nurse"),  # a record's field name
        ("**Location:** Leeds\n\nWe run a small clinic.\n", None),  # a field's label is no title
        ("**Location:** Leeds\n\n# Night Nurse\n", "Night Nurse"),
        ("# Night Nurse\n\nJob title: Day Nurse\n", "Night Nurse"),  # the heading first
        ("One.\nTwo.\nThree.\nFour.\nFive.\nJob title: Night Nurse\n", None),  # too far down
        ("Position: full-time\n", None),  # not a label of the job's name
        ("Position: Night Auditor\nLocation: Portland\n", "Night Auditor"),  # a short name after it is
        ("Rolle: Lagerhelfer\n\nDu packst Pakete.\n", "Lagerhelfer"),
        ("Role: You will run the front desk of our hotel and welcome late guests.\n", None),  # a sentence
    ],
)
def test_a_labelled_title_line_at_the_top_is_the_title(body: str, title: str | None) -> None:
    assert parse(body).title == title


def test_the_front_matter_title_comes_before_a_labelled_line() -> None:
    assert parse("---\ntitle: Night Nurse\n---\nJob title: Day Nurse\n").title == "Night Nurse"


def test_a_table_of_labels_and_values_states_facts_as_labelled_lines_do() -> None:
    body = "| | |\n|---|---|\n| **Company:** | Acme Ltd |\n| Location | Leeds, UK |\n| Salary | £30,000 a year |\n"
    posting = parse(body)
    assert (posting.company, posting.location) == ("Acme Ltd", "Leeds, UK")
    assert posting.salary is not None
    assert posting.salary.min == 30000


def test_an_html_table_of_labels_and_values_states_facts_too() -> None:
    body = (
        "<table>\n<tr><td>Company</td><td>Acme Ltd</td></tr>\n"
        "<tr><th>Location</th><td>Leeds, UK</td></tr>\n<tr><td>Leeds</td><td>York</td><td>Hull</td></tr>\n</table>\n"
    )
    posting = parse(body)
    assert (posting.company, posting.location) == ("Acme Ltd", "Leeds, UK")
    assert posting.provenance["location"].line == 3


def test_a_table_of_more_columns_is_no_labelled_line() -> None:
    assert parse("| Location | Leeds | York |\n|---|---|---|\n").location is None


@pytest.mark.parametrize(
    ("value", "kind"), [("FULL_TIME", "FULL_TIME"), ("part_time", "PART_TIME"), ("[FULL_TIME, PART_TIME]", "FULL_TIME")]
)
def test_schema_orgs_own_employment_values_are_read_from_front_matter(value: str, kind: str) -> None:
    posting = parse(f"---\ntitle: Cook\nemploymentType: {value}\n---\nBody.\n")
    assert posting.employment_type is not None
    assert posting.employment_type.value == kind


@pytest.mark.parametrize("line", ['remote: "yes"', "is_remote: true"])
def test_a_remote_key_answered_yes_makes_the_job_remote(line: str) -> None:
    assert parse(f"---\ntitle: Cook\n{line}\n---\nBody.\n").workplace == "remote"


@pytest.mark.parametrize(
    ("value", "low", "high", "period"),
    [
        ('"55000-65000"', 55000, 65000, None),
        ('"55,000 - 65,000 per year"', 55000, 65000, "year"),
        ('"50k-60k"', 50000, 60000, None),
    ],
)
def test_figures_without_a_currency_under_a_salary_key_are_pay(
    value: str, low: int, high: int, period: str | None
) -> None:
    salary = parse(f"---\ntitle: Cook\nsalary: {value}\n---\nBody.\n").salary
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == (low, high, None, period)


def test_a_salary_key_holding_words_and_figures_that_are_no_pay_gives_none() -> None:
    assert parse("---\ntitle: Cook\nsalary: 2-3 years\n---\nBody.\n").salary is None


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("{city: Boise, region: Idaho, country: US}", "Boise, Idaho, US"),
        ("{address: {addressLocality: Manchester, addressCountry: GB}}", "Manchester, GB"),
        ("[{city: Manchester}, {city: Leeds}]", "Manchester; Leeds"),
    ],
)
def test_a_location_written_as_a_table_of_its_parts_is_read(location: str, expected: str) -> None:
    assert parse(f"---\ntitle: Cook\nlocation: {location}\n---\nBody.\n").location == expected


def test_the_fields_of_a_job_table_in_front_matter_are_the_postings() -> None:
    text = (
        "---\njob:\n  title: Backend Engineer\n  company: {name: Larchwood}\n  location: {city: Leipzig}\n---\nBody.\n"
    )
    posting = parse(text)
    assert (posting.title, posting.company, posting.location) == ("Backend Engineer", "Larchwood", "Leipzig")


def test_a_salary_kept_as_separate_keys_is_read() -> None:
    text = "---\ntitle: Picker\nsalary_min: 50000\nsalary_max: 60000\nsalary_currency: GBP\n---\nBody.\n"
    salary = parse(text).salary
    assert salary is not None
    assert (salary.min, salary.max, salary.currency) == (50000, 60000, "GBP")


@pytest.mark.parametrize(
    ("base_salary", "expected"),
    [
        (
            "{currency: EUR, value: {'@type': QuantitativeValue, minValue: 40000, maxValue: 52000, unitText: YEAR}}",
            (40000, 52000, "EUR", "year"),
        ),
        ("{'@type': MonetaryAmount, currency: GBP, value: {value: 14.5, unitText: HOUR}}", (14.5, 14.5, "GBP", "hour")),
        ("{currency: PLN, value: 9000, unitText: MONTH}", (9000, 9000, "PLN", "month")),
    ],
)
def test_a_schema_org_base_salary_is_read_from_its_quantitative_value(
    base_salary: str, expected: tuple[float, float, str, str]
) -> None:
    salary = parse(f"---\ntitle: Picker\nbaseSalary: {base_salary}\n---\nBody.\n").salary
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == expected


def test_the_salary_jobspec_writes_as_json_ld_reads_back_the_same() -> None:
    posting = parse("---\ntitle: Picker\nsalary: 40,000-52,000 EUR per year\n---\nBody.\n")
    amount = json.dumps(posting.to_jsonld()["baseSalary"])
    again = parse(f"---\ntitle: Picker\nbaseSalary: {amount}\n---\nBody.\n").salary
    assert posting.salary is not None
    assert again is not None
    assert (again.min, again.max, again.currency, again.period) == (
        posting.salary.min,
        posting.salary.max,
        posting.salary.currency,
        posting.salary.period,
    )


@pytest.mark.parametrize(
    ("lines", "posted", "closes"),
    [
        ("pubDate: 2024-03-01\napplicationDeadline: 2024-03-29", "2024-03-01", "2024-03-29"),  # Astro, camelCase
        ('date: "2024-02-30"\npublishDate: 2024-03-02\nexpiryDate: 2024-04-02', "2024-03-02", "2024-04-02"),
        ("datum: 2024-03-01\nbewerbungsschluss: 2024-03-31", "2024-03-01", "2024-03-31"),
    ],
)
def test_dates_under_more_keys_and_after_a_key_whose_date_is_impossible(lines: str, posted: str, closes: str) -> None:
    posting = parse(f"---\ntitle: Courier\n{lines}\n---\nBody.\n")
    assert (str(posting.date_posted), str(posting.valid_through)) == (posted, closes)


@pytest.mark.parametrize("stamp", ["1709251200", "1709251200000"])
def test_a_unix_timestamp_under_a_date_key_is_its_date(stamp: str) -> None:
    assert str(parse(f"---\ntitle: Courier\ndate: {stamp}\n---\nBody.\n").date_posted) == "2024-03-01"


def test_poste_is_the_french_key_for_the_posts_title() -> None:
    assert parse("---\nposte: Comptable confirmé\n---\nBody.\n").title == "Comptable confirmé"


def test_the_summary_is_the_first_paragraph_after_a_byline() -> None:
    posting = parse("# Cook\n\nBistro Lune · Lyon · Full-time\n\nWe cook seasonal food for forty covers a night.\n")
    assert posting.summary == "We cook seasonal food for forty covers a night."


def test_the_language_is_told_from_the_text_not_from_word_processor_tags() -> None:
    body = (
        '<p class="MsoNormal"><b>Main duties<o:p></o:p></b></p>\n'
        '<p class="MsoNormal">Help residents with washing and dressing<o:p></o:p></p>\n'
        '<p class="MsoNormal">You will work with the nurses on the ward<o:p></o:p></p>\n'
    )
    assert parse(body).language == "en"

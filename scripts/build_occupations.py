"""Build jobspec's occupation index from ESCO, O*NET and their crosswalks.

Run from the repository, with the reference data unpacked beside it::

    python scripts/build_occupations.py [DATA_DIR] [--output src/jobspec/data/occupations.json.gz]

``DATA_DIR`` (default ``../shared/data``) holds, as published:

* ``esco/v1.2.1/occupations_{en,nl,pl}.csv``, ``esco/v1.2.1/ISCOGroups_en.csv``,
  ``esco/v1.2.0/occupations_de.csv``, ``esco/v1.0.x/occupations_{fr,es}.csv``
  (ESCO, European Commission);
* ``onet/db_29_2_text/`` ``Occupation Data.txt``, ``Alternate Titles.txt``,
  ``Sample of Reported Titles.txt``, ``Technology Skills.txt`` (O*NET 29.2,
  USDOL/ETA, CC BY 4.0);
* ``crosswalks/ESCO_to_ONET-SOC.csv`` and ``crosswalks/2019_to_SOC_Crosswalk.csv``
  (National Center for O*NET Development).

What is kept, and why:

* every ESCO occupation of v1.2.1 (3,039), with its ISCO-08 unit group, its
  English preferred label, one O*NET-SOC 2019 code (of those the crosswalk
  gives, the one whose titles share most words with the ESCO label) and
  the SOC 2018 code of that;
* the ISCO-08 group titles of every level (for ``isco_label`` and reports);
* labels: ESCO preferred, alternative and hidden labels in en, de, fr, es,
  nl and pl (fr and es from v1.0, for the occupations that still exist),
  and O*NET titles, alternate titles and reported titles, each O*NET one
  pointing at the ESCO occupations crosswalked to its O*NET occupation
  that share most words with it (at most three), with a weight;
* per occupation, its 80 most telling word stems (tf-idf) from its labels,
  ESCO description, its ISCO unit group's description, the descriptions and
  hot technology examples of its O*NET occupations;
* for each stem, the 40 occupations it tells most about.

Not kept: the descriptions' text itself, scope notes, regulated-profession
notes, O*NET tasks (not in the data), and Arabic labels (jobspec does not
read Arabic postings). The output is deterministic: the same inputs give the
same bytes.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from jobspec.models import LabelKind  # noqa: E402
from jobspec.occupation_words import label_words  # noqa: E402
from jobspec.occupations import ClassificationBuilder, OccupationEntry  # noqa: E402

ESCO_PREFIX = "http://data.europa.eu/esco/occupation/"
NAME = "ESCO v1.2.1"
WHOLE_EXAMPLE_CATEGORIES = frozenset({"professional", "method"})
"""Categories of jobspec's skills that are no technology: found only as a whole O*NET technology example.

Within an example's words they are met by chance ("Teamwork" in "Digital Crew Teamwork Project Manager",
"Translation" in "Formula translation/translator FORTRAN") and pointed to groups that have nothing to do with
them; the items' model finds many of them in real postings.
"""
LANGUAGES = (
    ("en", "esco/v1.2.1/occupations_en.csv"),
    ("de", "esco/v1.2.0/occupations_de.csv"),
    ("fr", "esco/v1.0.x/occupations_fr.csv"),
    ("es", "esco/v1.0.x/occupations_es.csv"),
    ("nl", "esco/v1.2.1/occupations_nl.csv"),
    ("pl", "esco/v1.2.1/occupations_pl.csv"),
)
ONET = "onet/db_29_2_text"
# Families of technologies (ids of jobspec's skills taxonomy) that point to one ESCO occupation
# (by its preferred label): a posting asking for Swift and Kotlin is mobile work, whatever its
# title says. ESCO's occupations of ICT are told apart by this more than by their descriptions,
# and O*NET's technology examples do not separate them (its software developers are one code).
TECHNOLOGY_FAMILIES: dict[str, tuple[str, ...]] = {
    "mobile application developer": (
        "swift", "kotlin", "objective-c", "react-native", "flutter", "xamarin", "swiftui", "jetpack-compose",
        "android-jetpack", "android-sdk", "ios-sdk", "espresso", "retrofit", "room-android", "glide-android",
        "android-studio", "xctest", "mobile-development", "ios-development", "android-development",
    ),
    "user interface developer": (
        "react", "vuejs", "angular", "css", "html", "sass", "tailwind-css", "webpack", "redux", "nextjs", "nuxt",
        "svelte", "jquery", "front-end-development", "micro-frontends",
    ),
    "web developer": (
        "php", "laravel", "wordpress", "drupal", "symfony", "ruby-on-rails", "magento", "shopify", "web-development",
    ),
    "software developer": (
        "java", "spring", "spring-boot", "go", "rust", "csharp", "dotnet", "nodejs", "graphql", "microservices",
    ),
    "cloud DevOps engineer": (
        "kubernetes", "terraform", "ansible", "docker", "jenkins", "helm", "prometheus", "grafana", "github-actions",
        "gitlab-ci", "devops", "site-reliability-engineering", "azure-devops", "fluxcd",
    ),
    "data scientist": (
        "pandas", "scikit-learn", "tensorflow", "pytorch", "machine-learning", "deep-learning", "keras", "numpy",
        "nltk", "natural-language-processing", "large-language-models", "r", "statistics",
    ),
    "computer vision engineer": ("computer-vision", "opencv"),
    "data engineer": (
        "spark", "kafka", "airflow", "hadoop", "databricks", "bigquery", "snowflake", "dbt", "etl", "data-engineering",
    ),
    "software tester": (
        "selenium", "cypress", "appium", "playwright", "test-automation", "jmeter", "manual-testing",
        "software-testing", "test-planning", "regression-testing", "exploratory-testing", "testrail",
    ),
    "ICT system administrator": ("active-directory", "vmware", "windows-server", "linux-administration", "nagios"),
    "user interface designer": (
        "figma", "adobe-xd", "sketch", "invision", "user-research", "wireframing", "prototyping", "usability-testing",
        "ui-design", "ux-design", "ui-ux-design", "mobile-app-design",
    ),
    "blockchain developer": ("solidity", "blockchain"),
    "ethical hacker": ("penetration-testing", "kali-linux", "comptia-pentest", "security-testing"),
    "ICT security administrator": ("siem",),
}  # fmt: skip
# Title words that point to one ESCO occupation whatever else the title says ("iOS Engineer",
# "Software Developer Android", "Backend Developer"). They follow the conventions of coding ICT
# postings to ESCO: front-end work is user interface development, full-stack and PHP web work is
# web development, back-end work is software development, DevOps and SRE is cloud DevOps.
TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "mobile application developer": ("ios", "android", "mobile", "react native", "flutter"),
    "user interface developer": ("frontend", "front end", "ui"),
    "web developer": ("fullstack", "full stack", "php", "wordpress", "drupal", "magento", "typo3", "laravel"),
    "software developer": ("backend", "back end"),
    "cloud DevOps engineer": ("devops", "sre", "site reliability"),
    "user interface designer": ("ux", "user experience"),
}
# Title words that point to one ESCO occupation only in ICT work (a posting whose skills are those
# of ICT): a "QA Engineer" tests software there, and an "Engineering Manager" manages developers.
ICT_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    "software tester": ("qa", "tester", "quality assurance", "test automation"),
    "software manager": ("engineering manager", "head engineering"),
    "ICT product manager": ("product owner", "product manager"),
    "ICT presales engineer": ("solution engineer", "solutions engineer", "sales engineer", "presales"),
}
LABEL_TEXT_WEIGHT = 2.0
"""How much an occupation's labels count among its words (its descriptions count 1). Counting them
less, or keeping more words per occupation, coded fewer of the project's own postings right."""
REPRESENTATIVES = 2
"""ESCO occupations an O*NET title speaks for, at most."""
MIN_REPRESENTATIVE = 0.5
"""Weight below which an ESCO occupation does not stand for an O*NET occupation (the best has 1)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"), help="reference data folder")
    parser.add_argument("--output", default=str(ROOT / "src" / "jobspec" / "data" / "occupations.json.gz"))
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / LANGUAGES[0][1]).is_file():
        parser.error(f"no ESCO data in {data} (expected {LANGUAGES[0][1]})")
    builder = build(data)
    classification = builder.build()
    index = classification.to_index(id_prefix=ESCO_PREFIX)
    del index["calibration"]  # the score's curve is fitted afterwards, on the coder built from this index
    payload = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    output = Path(args.output)
    output.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(
        f"{len(classification)} occupations, {len(index['label_keys'].splitlines())} label keys, "
        f"{len(index['postings'])} stems; {len(payload) / 1e6:.1f} MB, "
        f"{output.stat().st_size / 1e6:.2f} MB gzipped -> {output}"
    )
    return 0


def rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)


def lines(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("\n") if part.strip()]


def build(data: Path) -> ClassificationBuilder:
    """Every occupation, label and text, in a builder."""
    builder = ClassificationBuilder(NAME, isco_groups=True)
    english = {row["conceptUri"]: row for row in rows(data / LANGUAGES[0][1])}
    onet = OnetData(data)
    crosswalk = esco_to_onet(data)
    soc = {
        row["O*NET-SOC 2019 Code"]: row["2018 SOC Code"] for row in rows(data / "crosswalks/2019_to_SOC_Crosswalk.csv")
    }
    codes_of: dict[int, list[str]] = {}
    for uri in sorted(english):
        row = english[uri]
        codes = onet_codes(row["code"], row["iscoGroup"], crosswalk)
        chosen = best_onet(row, codes, onet)
        position = builder.add_occupation(
            OccupationEntry(uri, row["preferredLabel"], row["iscoGroup"], chosen, soc.get(chosen or ""))
        )
        codes_of[position] = codes
    add_groups(builder, data)
    add_esco_labels(builder, data)
    add_onet_labels(builder, onet, codes_of, english)
    add_texts(builder, data, onet, codes_of)
    add_skills(builder, onet, codes_of)
    add_technology_families(builder)
    return builder


def esco_to_onet(data: Path) -> dict[str, list[str]]:
    crosswalk: dict[str, list[str]] = defaultdict(list)
    for row in rows(data / "crosswalks/ESCO_to_ONET-SOC.csv"):
        crosswalk[row["ESCO/ISCO Code"].strip()].append(row["O*NET-SOC 2019 Code"].strip())
    return crosswalk


def onet_codes(code: str, group: str, crosswalk: dict[str, list[str]]) -> list[str]:
    """The O*NET-SOC codes of an ESCO code; else of its nearest broader code, else of its ISCO group."""
    while code:
        if code in crosswalk:
            return crosswalk[code]
        code = code.rpartition(".")[0]
    return crosswalk.get(group, [])


class OnetData:
    """O*NET titles, descriptions and technology examples, by O*NET-SOC code."""

    def __init__(self, data: Path) -> None:
        folder = data / ONET
        self.titles: dict[str, str] = {}
        self.descriptions: dict[str, str] = {}
        for row in rows(folder / "Occupation Data.txt", "\t"):
            self.titles[row["O*NET-SOC Code"]] = row["Title"]
            self.descriptions[row["O*NET-SOC Code"]] = row["Description"]
        self.alternates: dict[str, list[str]] = defaultdict(list)
        for row in rows(folder / "Alternate Titles.txt", "\t"):
            self.alternates[row["O*NET-SOC Code"]].append(row["Alternate Title"])
        self.reported: dict[str, list[str]] = defaultdict(list)
        for row in rows(folder / "Sample of Reported Titles.txt", "\t"):
            self.reported[row["O*NET-SOC Code"]].append(row["Reported Job Title"])
        self.technology: dict[str, list[str]] = defaultdict(list)
        self.examples: dict[str, list[str]] = defaultdict(list)
        for row in rows(folder / "Technology Skills.txt", "\t"):
            self.examples[row["O*NET-SOC Code"]].append(row["Example"])
            if row["Hot Technology"] == "Y":
                self.technology[row["O*NET-SOC Code"]].append(row["Example"])
        self.title_words: dict[str, set[str]] = {
            code: {singular(w) for w in label_words(title)} for code, title in self.titles.items()
        }
        self.words: dict[str, set[str]] = {
            code: {singular(w) for t in (self.titles[code], *self.reported[code]) for w in label_words(t)}
            for code in self.titles
        }
        self.names: dict[str, set[str]] = {
            code: {
                " ".join(singular(w) for w in label_words(t))
                for t in (self.titles[code], *self.alternates[code], *self.reported[code])
            }
            for code in self.titles
        }


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def label_overlap(label: str, words: set[str]) -> float:
    """Share of a label's words found among ``words`` (singular forms compared)."""
    own = [singular(word) for word in label_words(label)]
    return sum(word in words for word in own) / len(own) if own else 0.0


def best_onet(row: dict[str, str], codes: list[str], onet: OnetData) -> str | None:
    """Of an ESCO occupation's O*NET codes, the one whose title shares most words with its preferred label."""
    known = [code for code in codes if code in onet.titles]
    if not known:
        return None
    return max(
        known,
        key=lambda code: (
            label_overlap(row["preferredLabel"], onet.title_words[code]),
            label_overlap(row["preferredLabel"], onet.words[code]),
            -known.index(code),
        ),
    )


def add_groups(builder: ClassificationBuilder, data: Path) -> None:
    for row in rows(data / "esco/v1.2.1/ISCOGroups_en.csv"):
        builder.add_group(row["code"].strip(), row["preferredLabel"].strip())


def add_esco_labels(builder: ClassificationBuilder, data: Path) -> None:
    for language, relative in LANGUAGES:
        for row in rows(data / relative):
            position = builder.position(row["conceptUri"])
            if position is None:  # an occupation of v1.0 that v1.2.1 no longer has
                continue
            builder.add_label(position, row["preferredLabel"], "preferred", language)
            for label in lines(row.get("altLabels")):
                builder.add_label(position, label, "alternative", language)
            for label in lines(row.get("hiddenLabels")):
                builder.add_label(position, label, "hidden", language)


def representatives(
    code: str,
    onet: OnetData,
    occupations_of: dict[str, list[int]],
    names_of: dict[int, set[str]],
    codes_of: dict[int, list[str]],
    builder: ClassificationBuilder,
) -> list[tuple[int, float]]:
    """The ESCO occupations an O*NET occupation's titles speak for, with weights (the best 1.0).

    An ESCO occupation stands for an O*NET one when the crosswalk links them;
    among those, the ones whose English labels are O*NET titles of it, then
    whose preferred label shares most words with its title, then linked to
    fewest other O*NET occupations.
    """
    scored = []
    for position in occupations_of.get(code, []):
        shared_names = len(names_of[position] & onet.names[code])
        overlap = label_overlap(builder.occupations[position].label, onet.title_words[code])
        value = min(shared_names, 3) / 3 + overlap + 0.25 / len(codes_of[position])
        scored.append((value, -position))
    ranked = sorted(scored, reverse=True)[:REPRESENTATIVES]
    if not ranked or ranked[0][0] <= 0:
        return []
    top = ranked[0][0]
    return [(-negative, value / top) for value, negative in ranked if value / top >= MIN_REPRESENTATIVE]


def add_onet_labels(
    builder: ClassificationBuilder, onet: OnetData, codes_of: dict[int, list[str]], english: dict[str, dict[str, str]]
) -> None:
    """O*NET titles, for the words no ESCO label has, each pointing at the ESCO occupations that stand for it."""
    occupations_of: dict[str, list[int]] = defaultdict(list)
    for position, codes in codes_of.items():
        for code in codes:
            occupations_of[code].append(position)
    names_of = {
        position: {
            " ".join(singular(w) for w in label_words(label))
            for label in (row["preferredLabel"], *lines(row["altLabels"]), *lines(row["hiddenLabels"]))
        }
        for position, row in ((builder.position(uri), row) for uri, row in english.items())
        if position is not None
    }
    reps = {code: representatives(code, onet, occupations_of, names_of, codes_of, builder) for code in onet.titles}
    codes_of_title: dict[str, set[str]] = defaultdict(set)
    for code in onet.titles:
        for title in (onet.titles[code], *onet.alternates[code], *onet.reported[code]):
            codes_of_title[" ".join(label_words(title))].add(code)
    kinds: list[tuple[LabelKind, dict[str, list[str]]]] = [
        ("onet_title", {code: [title] for code, title in onet.titles.items()}),
        ("onet_reported", onet.reported),
        ("onet_alternate", onet.alternates),
    ]
    for kind, titles_of in kinds:
        for code in sorted(onet.titles):
            for title in titles_of.get(code, []):
                if builder.has_own_label(title, "en"):
                    continue
                shared = len(codes_of_title[" ".join(label_words(title))]) or 1
                for position, weight in reps[code]:
                    builder.add_label(position, title, kind, "en", weight / math.sqrt(shared))


def add_texts(builder: ClassificationBuilder, data: Path, onet: OnetData, codes_of: dict[int, list[str]]) -> None:
    for row in rows(data / "esco/v1.2.1/ISCOGroups_en.csv"):
        builder.add_group_text(row["code"].strip(), row["description"], 0.5)
    for _, relative in LANGUAGES:
        for row in rows(data / relative):
            position = builder.position(row["conceptUri"])
            if position is None:
                continue
            names = " ".join([row["preferredLabel"], *lines(row.get("altLabels")), *lines(row.get("hiddenLabels"))])
            builder.add_text(position, names, LABEL_TEXT_WEIGHT)
            builder.add_text(position, row.get("description") or "")

    for position, codes in codes_of.items():
        for code in codes:
            builder.add_text(position, onet.descriptions.get(code, ""), 0.5)
            builder.add_text(position, " ".join(onet.technology.get(code, [])), 0.5)


def add_skills(builder: ClassificationBuilder, onet: OnetData, codes_of: dict[int, list[str]]) -> None:
    """The skills of jobspec's taxonomy, each with the groups whose O*NET occupations use it.

    A skill is found in an O*NET technology example when its name or an
    alias is the example or a run of its words ("Java" in "Oracle Java");
    names of one or two letters, and skills that are no technology
    (:data:`WHOLE_EXAMPLE_CATEGORIES`), only when they are the whole example.
    Each O*NET occupation spreads its weight over the ISCO groups of the
    ESCO occupations crosswalked to it; a group's weight for a skill is the
    share of its O*NET occupations that use the skill.
    """
    groups_of_code: dict[str, Counter[str]] = defaultdict(Counter)
    for position, codes in codes_of.items():
        for code in codes:
            groups_of_code[code][builder.occupations[position].group] += 1
    group_size: dict[str, float] = defaultdict(float)
    for groups in groups_of_code.values():
        total = sum(groups.values())
        for group, count in groups.items():
            group_size[group] += count / total
    examples: dict[str, set[str]] = defaultdict(set)
    for code, names in onet.examples.items():
        for example in names:
            examples[" ".join(label_words(example))].add(code)
    with (ROOT / "src" / "jobspec" / "data" / "skills.csv").open(encoding="utf-8", newline="") as handle:
        taxonomy = list(csv.DictReader(handle))
    for entry in taxonomy:
        forms = {" ".join(label_words(form)) for form in [entry["name"], *(entry.get("aliases") or "").split("|")]}
        inside = entry["category"] not in WHOLE_EXAMPLE_CATEGORIES
        using: set[str] = set()
        for example, example_codes in examples.items():
            if any(
                form and (form == example or (inside and len(form) > 2 and f" {form} " in f" {example} "))
                for form in forms
            ):
                using |= example_codes
        used: dict[str, float] = defaultdict(float)
        for code in sorted(using):
            groups = groups_of_code.get(code, Counter())
            total = sum(groups.values())
            for group, count in groups.items():
                used[group] += count / total
        for group, weight in used.items():
            # The share of the group's O*NET occupations that use the skill: Python is used by a few
            # occupations of many groups, and by nearly all occupations of software developers.
            builder.add_skill(entry["name"], group, weight / group_size[group])


def add_technology_families(builder: ClassificationBuilder) -> None:
    """The skills of :data:`TECHNOLOGY_FAMILIES`, each pointing to its occupation."""
    with (ROOT / "src" / "jobspec" / "data" / "skills.csv").open(encoding="utf-8", newline="") as handle:
        names = {row["id"]: row["name"] for row in csv.DictReader(handle)}
    labels = {entry.label: position for position, entry in enumerate(builder.occupations)}
    for label, words in TITLE_WORDS.items():
        for word in words:
            builder.add_title_word(word, labels[label])
    for label, words in ICT_TITLE_WORDS.items():
        for word in words:
            builder.add_title_word(word, labels[label], ict=True)
    for label, ids in TECHNOLOGY_FAMILIES.items():
        for skill in ids:
            if skill not in names:
                raise SystemExit(f"TECHNOLOGY_FAMILIES: no skill {skill!r} in the taxonomy")
            builder.add_skill_occupation(names[skill], labels[label])


if __name__ == "__main__":
    sys.exit(main())

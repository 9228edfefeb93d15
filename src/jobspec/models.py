"""The typed result of a parse: :class:`JobPosting` and the models it holds.

Every model is a frozen pydantic v2 model that refuses unknown fields, so a
``JobPosting`` read back from its own JSON is equal to the original.
"""

from __future__ import annotations

import datetime as _dt
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, SerializerFunctionWrapHandler, model_serializer

__all__ = [
    "JSON_SCHEMA_DIALECT",
    "Benefit",
    "BenefitCategory",
    "Contact",
    "Diagnostic",
    "Education",
    "EducationLevel",
    "EmploymentType",
    "Experience",
    "FieldName",
    "Fingerprint",
    "Hours",
    "Item",
    "ItemRef",
    "ItemSignal",
    "JobPosting",
    "LabelKind",
    "Occupation",
    "OccupationAlternative",
    "OccupationMatch",
    "Provenance",
    "Qualification",
    "Salary",
    "SalaryPeriod",
    "Section",
    "SectionKind",
    "SecurityClearance",
    "Seniority",
    "Severity",
    "Shift",
    "Skill",
    "Source",
    "Travel",
    "WorkAuthorization",
    "Workplace",
    "json_schema",
]

Severity = Literal["info", "warning", "error"]
SalaryPeriod = Literal["hour", "day", "week", "month", "year"]
Workplace = Literal["onsite", "hybrid", "remote"]
EducationLevel = Literal["secondary", "associate", "bachelor", "master", "doctorate"]
ItemSignal = Literal["heading", "lead-in", "words", "layout", "list", "posting"]
FieldName = Literal[
    "title", "company", "location", "country", "workplace", "applicant_region", "employment_type", "salary",
    "date_posted", "valid_through", "experience_years_min", "summary", "apply_url", "language",
    "responsibilities", "qualifications", "benefits", "skills", "seniority", "hours", "travel",
    "work_authorization", "security_clearance", "contacts", "openings", "fingerprint", "occupation",
]  # fmt: skip
"""The fields of a :class:`JobPosting` that a stage computes, and so that a pipeline may ask for or not
(``ParseOptions(fields=...)``); the others (sections, front matter, body, diagnostics, source,
provenance) are always there."""


class EmploymentType(str, Enum):
    """schema.org's employmentType values."""

    FULL_TIME = "FULL_TIME"
    PART_TIME = "PART_TIME"
    CONTRACTOR = "CONTRACTOR"
    TEMPORARY = "TEMPORARY"
    INTERN = "INTERN"
    VOLUNTEER = "VOLUNTEER"
    PER_DIEM = "PER_DIEM"
    OTHER = "OTHER"


class SectionKind(str, Enum):
    """What a section of a posting is about."""

    RESPONSIBILITIES = "responsibilities"
    QUALIFICATIONS = "qualifications"
    PREFERRED_QUALIFICATIONS = "preferred_qualifications"
    BENEFITS = "benefits"
    COMPANY = "company"
    ROLE_SUMMARY = "role_summary"
    APPLICATION = "application"
    OTHER = "other"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Diagnostic(_Model):
    """Something jobspec noticed, repaired or could not use, with where it is."""

    code: str = Field(description="Stable machine-readable code, e.g. 'mojibake-repaired'.")
    message: str = Field(description="What happened, in one sentence.")
    line: int | None = Field(default=None, description="1-based line in the original file.")
    column: int | None = Field(default=None, description="1-based column, when known.")
    severity: Severity = Field(default="warning", description="info, warning or error.")


class Source(_Model):
    """Where the posting came from and how it was read."""

    path: str | None = Field(default=None, description="File path, when parsed from a file.")
    encoding: str = Field(description="Encoding the input was decoded with.")
    sha256: str = Field(description="SHA-256 of the input bytes (of its UTF-8 form for text).")
    body_line: int = Field(default=1, description="1-based line of the file on which the body starts.")


class Provenance(_Model):
    """Where a fact was found: a front matter key, or a line of the file."""

    key: str | None = Field(default=None, description="Front matter key the fact came from.")
    line: int | None = Field(default=None, description="1-based line in the file the fact came from.")


class Salary(_Model):
    """Pay as stated in the posting, normalised."""

    min: float | None = Field(default=None, description="Lower bound (or the single amount).")
    max: float | None = Field(default=None, description="Upper bound; equals min for a single amount.")
    currency: str | None = Field(default=None, description="ISO 4217 code, e.g. 'EUR'.")
    period: SalaryPeriod | None = Field(default=None, description="hour, day, week, month or year; None if unstated.")
    grade: str | None = Field(
        default=None, description="A published pay grade or scale named with the pay ('GS-15', 'TVöD E13')."
    )
    text: str = Field(description="The salary as written.")


class Experience(_Model):
    """Years of experience a qualification asks for."""

    years_min: float | None = Field(default=None, description="Minimum years ('3+ years' gives 3).")
    years_max: float | None = Field(default=None, description="Maximum years ('2-4 years' gives 4).")


class Education(_Model):
    """A degree or school level a qualification asks for."""

    level: EducationLevel = Field(description="secondary, associate, bachelor, master or doctorate.")
    field: str | None = Field(default=None, description="Subject, when stated ('Computer Science').")
    equivalent_experience: bool = Field(
        default=False, description="True when experience may replace it ('or equivalent experience')."
    )


class ItemRef(_Model):
    """A pointer to an item of the posting."""

    kind: Literal["responsibility", "qualification"] = Field(description="Which list the item is in.")
    index: int = Field(description="0-based position in JobPosting.responsibilities or .qualifications.")
    line: int = Field(description="1-based line of the item.")


class Skill(_Model):
    """A skill from the taxonomy, found in the posting's items."""

    id: str = Field(description="Taxonomy id, e.g. 'scikit-learn'.")
    name: str = Field(description="Canonical name, e.g. 'scikit-learn'.")
    category: str = Field(description="Taxonomy category, e.g. 'framework_library'.")
    required: bool = Field(description="True when any required qualification mentions it.")
    items: list[ItemRef] = Field(default_factory=list, description="The items that mention it.")


class Item(_Model):
    """One extracted statement: a list item or a sentence of prose."""

    text: str = Field(description="Plain text: markup removed, links reduced to their text.")
    line: int = Field(description="1-based line in the original file where the item starts.")
    level: int = Field(default=0, description="Nesting depth: 0 for a top-level item.")
    links: list[str] = Field(default_factory=list, description="URLs of links in the item.")
    signal: ItemSignal | None = Field(
        default=None,
        description="What decided the item's kind most: its section's heading, the lead-in line of its list, "
        "its own words, its layout, the other items of its list, or the posting as a whole (it names no "
        "other duty, and this item reads most like one).",
    )


class Qualification(Item):
    """A requirement or trait asked of the candidate."""

    required: bool = Field(
        description="False when the qualification is optional: from a nice-to-have "
        "section or with a cue such as 'is a plus', 'ideally', 'bonus'."
    )
    experience: Experience | None = Field(default=None, description="Years of experience it asks for.")
    education: Education | None = Field(default=None, description="Degree it asks for.")


# --- working conditions: seniority, hours, travel, work authorisation, clearance, contacts (issue 15) ---

Seniority = Literal["intern", "junior", "mid", "senior", "lead", "principal", "manager", "director", "executive"]
Shift = Literal["day", "night", "evening", "weekend", "on_call", "rotating", "flexible"]
BenefitCategory = Literal[
    "health", "retirement", "leave", "learning", "equipment", "remote", "equity", "bonus", "wellbeing",
    "family", "transport", "food", "other",
]  # fmt: skip


class Hours(_Model):
    """Working time: hours per week and the shifts worked."""

    per_week_min: float | None = Field(default=None, description="Fewest hours per week ('20-30 hours' gives 20).")
    per_week_max: float | None = Field(default=None, description="Most hours per week ('20-30 hours' gives 30).")
    full_time_week: float | None = Field(
        default=None,
        description="Hours of the full-time week a share ('80 %', '0.8 FTE') was taken of; None for stated hours.",
    )
    full_time_week_assumed: bool = Field(
        default=False, description="True when the posting does not state the full-time week and it was assumed."
    )
    shifts: list[Shift] = Field(
        default_factory=list, description="day, night, evening, weekend, on_call, rotating or flexible."
    )
    text: str = Field(description="The line(s) the hours and shifts were read from.")


class Travel(_Model):
    """Travel the job involves."""

    required: bool | None = Field(
        default=None, description="True when travel is part of the job, False for 'no travel'; None if unclear."
    )
    percent_max: float | None = Field(default=None, description="Most time spent travelling, in % ('up to 25%').")
    text: str = Field(description="The travel statement as written.")


class WorkAuthorization(_Model):
    """Who may be hired: visa sponsorship, citizenship, the right to work."""

    sponsorship: bool | None = Field(
        default=None, description="True: visa sponsorship offered; False: 'we cannot sponsor'; None if unstated."
    )
    citizenship_required: str | None = Field(
        default=None, description="Citizenship asked for: an ISO 3166-1 alpha-2 code, or 'EU' ('must be a US citizen')."
    )
    right_to_work: str | None = Field(
        default=None, description="Country the candidate must already be allowed to work in (ISO code, or 'EU')."
    )
    text: str = Field(description="The statement(s) as written.")


class SecurityClearance(_Model):
    """A security clearance or vetting level asked of the candidate."""

    level: str = Field(description="The level as written ('TS/SCI with polygraph', 'SC', 'NV1').")
    normalised: str | None = Field(
        default=None, description="Scheme and level where the scheme is known: 'UK SC', 'US TS/SCI', 'AU NV1'."
    )
    polygraph: bool = Field(default=False, description="True when a polygraph is asked for.")
    required: bool = Field(default=True, description="False when the clearance is only preferred.")
    sponsored: bool | None = Field(
        default=None, description="True when the employer will sponsor it, False when it will not; None if unstated."
    )
    text: str = Field(description="The statement as written.")


class Contact(_Model):
    """A person or address to contact about the job (not the place to apply)."""

    name: str | None = Field(default=None, description="Person's name, when given.")
    role: str | None = Field(default=None, description="Their role ('Recruiter', 'Hiring manager').")
    email: str | None = Field(default=None, description="E-mail address, checked for a valid form.")
    phone: str | None = Field(default=None, description="Phone number as written.")
    phone_e164: str | None = Field(
        default=None, description="The phone number validated and in E.164 form (needs the 'phone' extra)."
    )
    provenance: Provenance = Field(description="The front matter key or line it was found on.")


class Benefit(Item):
    """Something the employer offers, with its category."""

    category: BenefitCategory = Field(description="health, retirement, leave, learning, ... or other.")


class Fingerprint(_Model):
    """A key for finding the same posting published twice (see :mod:`jobspec.dedup`)."""

    key: str = Field(description="Hash of the normalised title, company and location.")
    title: str = Field(description="The normalised title the key was made of.")
    minhash: list[int] = Field(description="MinHash signature of the body's word shingles (one-permutation hashing).")


class Section(_Model):
    """A part of the body under one heading (or the untitled lead)."""

    heading: str | None = Field(description="Heading as plain text; None for the untitled lead.")
    level: int = Field(description="Heading level (1-6; 7 for field labels); 0 for the lead.")
    kind: SectionKind = Field(description="What the section is about.")
    line: int = Field(description="1-based line of the heading (or the first line of the lead).")
    text: str = Field(description="Plain text of the section's own content, without subsections.")
    items: list[Qualification | Benefit | Item] = Field(
        default_factory=list,
        description="Responsibilities, qualifications and benefits found in this section.",
    )
    subsections: list[Section] = Field(default_factory=list, description="Nested sections.")


# --- occupation (jobspec.occupations) ------------------------------------------------

LabelKind = Literal[
    "preferred", "alternative", "hidden", "onet_title", "onet_alternate", "onet_reported", "title_word", "label_word"
]


class OccupationMatch(_Model):
    """Words of the posting that spoke for an occupation, and the label they met."""

    source: Literal["title", "heading", "body"] = Field(
        description="Where the words are: the title, a heading of the body, or the duties, requirements and skills."
    )
    text: str = Field(description="The words, folded to lower case ('software engineer'; for the body, a few words).")
    label: str | None = Field(default=None, description="The label they met, as compared ('software engineer').")
    label_kind: LabelKind | None = Field(
        default=None,
        description="preferred, alternative or hidden label of the occupation, an O*NET title, alternate "
        "title or reported title linked to it, a title_word that points to it ('iOS', 'Frontend', 'DevOps'), "
        "or a label_word: a word that begins or ends labels of it ('infirmier' of 'infirmier de soins généraux').",
    )
    language: str | None = Field(default=None, description="Language of the label (ISO 639-1).")
    weight: float = Field(description="This evidence's strength, 0-1, before the two are combined.")


class OccupationAlternative(_Model):
    """A runner-up occupation."""

    esco_uri: str = Field(description="ESCO occupation URI (or the id in a classification of your own).")
    esco_label: str = Field(description="Its preferred label.")
    isco_code: str = Field(description="ISCO-08 unit group (4 digits), or the group in your classification.")
    score: float = Field(description="Probability, 0-1, that this is the posting's occupation.")


class Occupation(_Model):
    """The posting's occupation: an ESCO occupation with its ISCO-08 group and O*NET-SOC codes."""

    esco_uri: str = Field(description="ESCO occupation URI (or the id in a classification of your own).")
    esco_label: str = Field(description="The occupation's preferred label (English for ESCO).")
    isco_code: str = Field(description="ISCO-08 unit group, 4 digits ('2512').")
    isco_label: str | None = Field(default=None, description="The unit group's title ('Software developers').")
    onet_soc_code: str | None = Field(
        default=None, description="O*NET-SOC 2019 code through O*NET's ESCO crosswalk ('15-1252.00')."
    )
    soc_2018_code: str | None = Field(default=None, description="US SOC 2018 code ('15-1252').")
    score: float = Field(
        description="Probability, 0-1, that the ISCO group is right: of postings scored 0.8, about 8 in 10 are."
    )
    matched: list[OccupationMatch] = Field(default_factory=list, description="What decided, strongest first.")
    alternatives: list[OccupationAlternative] = Field(
        default_factory=list, description="The next candidates, most likely first."
    )
    classification: str = Field(description="The classification coded to, e.g. 'ESCO v1.2.1'.")


class JobPosting(_Model):
    """A parsed job posting."""

    title: str | None = Field(
        default=None,
        description="Job title: the front matter's, else a leading level-1 heading that names no section (or "
        "a first heading of any level with gender marks such as '(m/w/d)' or 'Entwickler*in', or the heading after "
        "a careers-page heading), else a 'Job title: …' line among the body's first five lines, else a short "
        "first line with gender marks.",
    )
    company: str | None = Field(default=None, description="Hiring organisation.")
    location: str | None = Field(default=None, description="Location as written.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 code, when stated or unambiguous.")
    workplace: Workplace | None = Field(default=None, description="onsite, hybrid or remote.")
    applicant_region: str | None = Field(
        default=None, description="Where remote applicants must be, as written ('EU time zones')."
    )
    employment_type: EmploymentType | None = Field(default=None, description="schema.org employment type.")
    salary: Salary | None = Field(default=None, description="Pay, normalised; None when not stated.")
    date_posted: _dt.date | None = Field(default=None, description="Date the posting was published.")
    valid_through: _dt.date | None = Field(default=None, description="Closing date for applications.")
    experience_years_min: float | None = Field(
        default=None, description="The smallest minimum of years of experience among required qualifications."
    )
    summary: str | None = Field(
        default=None,
        description="Front matter excerpt / description / summary, else the lead paragraph.",
    )
    apply_url: str | None = Field(default=None, description="Where to apply.")
    language: str | None = Field(default=None, description="ISO 639-1 code of the posting's language.")
    responsibilities: list[Item] = Field(default_factory=list, description="What the job involves.")
    qualifications: list[Qualification] = Field(
        default_factory=list, description="What the candidate should bring, required or preferred."
    )
    benefits: list[Benefit] = Field(default_factory=list, description="What the employer offers, by category.")
    skills: list[Skill] = Field(default_factory=list, description="Skills from the taxonomy, each once.")
    # --- working conditions (issue 15) ---
    seniority: Seniority | None = Field(
        default=None, description="intern … executive: from the title, else the duties or years of experience."
    )
    hours: Hours | None = Field(default=None, description="Hours per week and shifts.")
    travel: Travel | None = Field(default=None, description="Travel the job involves.")
    work_authorization: WorkAuthorization | None = Field(
        default=None, description="Visa sponsorship, citizenship and right-to-work requirements."
    )
    security_clearance: SecurityClearance | None = Field(default=None, description="Security clearance asked for.")
    contacts: list[Contact] = Field(default_factory=list, description="People or addresses to contact.")
    openings: int | None = Field(default=None, description="Number of positions to fill, when stated as a number.")
    fingerprint: Fingerprint | None = Field(
        default=None, description="Near-duplicate key, when asked for (ParseOptions(fingerprint=True))."
    )
    # ---
    occupation: Occupation | None = Field(
        default=None, description="ESCO occupation and ISCO-08 group; None when nothing scores above the floor."
    )
    sections: list[Section] = Field(default_factory=list, description="The body's section tree.")
    front_matter: dict[str, JsonValue] = Field(
        default_factory=dict, description="Every front matter key as given, made JSON-safe."
    )
    body: str = Field(default="", description="The Markdown body, line endings normalised.")
    diagnostics: list[Diagnostic] = Field(default_factory=list, description="Repairs and problems, with their lines.")
    source: Source = Field(description="Path, encoding and checksum of the input.")
    provenance: dict[str, Provenance] = Field(
        default_factory=dict, description="For each fact found, the front matter key or line it came from."
    )
    not_computed: list[FieldName] = Field(
        default_factory=list,
        description="The fields no stage computed, because they were not asked for (ParseOptions(fields=...), "
        "find_skills=False, occupations=False): their None or empty value says nothing about the posting. "
        "Empty when everything was computed, and then left out of the JSON.",
    )

    @model_serializer(mode="wrap")
    def _without_empty_not_computed(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The posting's data; ``not_computed`` only when it names a field (so a full parse's JSON is as before)."""
        data: dict[str, Any] = handler(self)
        if not self.not_computed:
            data.pop("not_computed", None)
        return data

    def iter_sections(self) -> list[Section]:
        """Every section in document order, subsections included."""
        out: list[Section] = []
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            out.append(section)
            stack.extend(reversed(section.subsections))
        return out

    def to_dict(self) -> dict[str, Any]:
        """The posting as JSON-safe Python data."""
        return self.model_dump(mode="json")

    def to_jsonld(self) -> dict[str, Any]:
        """The posting as a schema.org ``JobPosting`` (JSON-LD), for job boards."""
        from .jsonld import to_jsonld

        return to_jsonld(self)


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema version :func:`json_schema` is written in (the one pydantic writes)."""


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a :class:`JobPosting` as JSON, what ``jobspec schema`` prints.

    ``$schema`` names the dialect; ``$id`` names this schema and the version of
    jobspec it belongs to (``urn:jobspec-md:schema:job-posting:0.1.0``), so
    schemas of two versions are never taken for one another.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["title"]
    ('https://json-schema.org/draft/2020-12/schema', 'JobPosting')
    """
    from ._version import DISTRIBUTION, __version__

    identity = {"$schema": JSON_SCHEMA_DIALECT, "$id": f"urn:{DISTRIBUTION}:schema:job-posting:{__version__}"}
    return {**identity, **JobPosting.model_json_schema()}

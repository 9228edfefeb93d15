"""The degree or school level a requirement names ("BSc in Computer Science", "abgeschlossenes Studium").

:func:`parse_education` finds every degree the text names, in English,
German, French, Spanish, Portuguese, Italian and Dutch, and takes the lowest
as the requirement ("Bachelor's or Master's degree" asks for a bachelor). It
also reads the subject ("… in Computer Science", "Studium der Informatik",
"Informatikstudium") and whether experience may replace the degree ("or
equivalent experience", "oder eine vergleichbare Qualifikation").

Words that are degrees only in some uses are read with care: "degree" is not
one in "degree of autonomy", "to a degree" or "360-degree"; "master" is not
one in "Scrum Master", "master data" or "master the craft"; BA, BS, MA and MS
only count before "in" or "degree", next to another degree ("BS/MS", "BA or
MA") or in a list of subjects, not as part of a job title; "high school"
only counts with "diploma", "education", "or equivalent" and the like, not in
a duty such as "visit high schools".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ..models import Education, EducationLevel
from ..text import LiteralGate, compile_lowercase, lower_like_ignorecase

__all__ = ["parse_education"]

LEVEL_ORDER: dict[EducationLevel, int] = {"secondary": 0, "associate": 1, "bachelor": 2, "master": 3, "doctorate": 4}

# Degree names that include their subject ("Master of Science", "Bachelor of Arts").
DEGREE_NAME = (
    r"(?i:\s+of\s+(?:science|arts|engineering|business\s+administration|laws|technology|fine\s+arts|education|"
    r"philosophy|research|public\s+health|public\s+administration|commerce|computer\s+applications|applied\s+science))"
)
# "… degree" after an abbreviation ("BSc degree") belongs to the same mention.
DEGREE_WORD = r"(?i:(?<![\s-])[\s-]+degree)?"
# What may not come right before "master" for it to be a degree.
NOT_A_MASTER_BEFORE = (
    r"(?i:scrum|quiz|dungeon|web|toast|grand|burger|head|post|station|harbou?r|pay|ring|brew|chess|zen|yoga|"
    r"jedi|dive|cellar|concert|band|choir|sales|data|project|product|kanban|agile|safe|certified)[\s-]*$"
)
# Phrases around "degree" that make it a measure, not a diploma.
NOT_A_DEGREE_BEFORE = (
    r"(?i:(?:\d|°)\s*-?\s*$|\b(?:to|in|with)\s+(?:a|an|some|the|any|what|which|that|varying|certain|large|high|great|"
    r"lesser|greater|significant|considerable|limited|small|similar|higher|lower)(?:\s+\w+)?\s+$|"
    r"\b(?:first|second|third|high|great|greater|certain|some|varying|low|lower|what|which)[\s-]$)"
)
NOT_A_DEGREE_AFTER = r"(?!\s+of\b)(?!\s*(?i:celsius|fahrenheit|angles?|views?|feedback|turns?|rotation|burns?))"
# A study that is going on, not a degree ("neben dem Studium", "im Studium").
NOT_A_FINISHED_STUDY_BEFORE = (
    r"(?i:(?:neben|nach|während|vor)\s+(?:dem|des|deinem|ihrem)|\bim|laufende[sm]?|aktuelle[sm]?|dein(?:em)?|"
    r"ihr(?:em)?|eingeschrieben(?:e[rn]?)?\s+im)\s+$"
)


class Rule(NamedTuple):
    """A way of naming a degree: its level, its stems, the pattern, and what may not come right before it.

    Every match of the pattern, lower-cased, contains one of the stems
    (separated by spaces); the pattern is only tried on texts that hold one.
    When the pattern has a group named ``core``, only that group is the
    mention (the rest is context, e.g. "Bachelor or" before "Master").
    """

    level: EducationLevel
    stems: str
    pattern: str
    not_before: str = ""


# Every way of naming a degree, by level. Patterns are case-sensitive except
# inside (?i:…), so that abbreviations match only in capitals. Stems are lower
# case (a cased pattern's stems too) and may be loose: they only save time.
RULES: tuple[Rule, ...] = (
    # --- doctorate
    Rule("doctorate", "ph", r"(?<![\w.])(?i:ph\.?\s?d\.?s?|d\.?\s?phil\.?)(?!\w)"),
    Rule(
        "doctorate",
        "doctor douto dottorato bac",
        r"(?i:\bdoctorate|\bdoctoral(?:\s+degree)?|\bdoctor['’]?s\s+degree|\bdoctorat\b|\bdoctorado\b|\bdoutorado\b|"
        r"\bdoutoramento\b|\bdottorato(?:\s+di\s+ricerca)?\b|\bbac\s*\+\s*8\b)",
    ),
    Rule(
        "doctorate",
        "promotion",
        r"(?i:abgeschlossene|erfolgreiche|eine|mit|oder|bzw\.?|idealerweise|gerne)\s+(?P<core>Promotion)\b|"
        r"\bPromotion(?=\s+(?:in|im)\s+(?:der\s+)?[A-ZÄÖÜ])",
    ),
    # --- master
    Rule(
        "master",
        "master",
        r"(?i:\bmaster['’]?s?)(?:" + DEGREE_NAME + r"|[\s-]?(?i:degree|abschluss|studium|studiengang|diplom\w*|"
        r"programme|program|level|qualification)\b)",
        NOT_A_MASTER_BEFORE,
    ),
    Rule("master", "master", r"(?i:\bmaster)(?:['’]s|s['’])(?!\w)", NOT_A_MASTER_BEFORE),
    Rule("master", "máster", r"(?i:\bmáster)\b"),
    Rule(
        "master",
        "master máster",
        r"(?i:\bmasters?|\bm[áa]ster)(?=\s+(?i:in|en|em|di|im)\s+(?:[A-ZÄÖÜÉ]|(?i:computer|data|information|applied|"
        r"business|engineering|economics|mathematics|management|finance|statistics|physics|science|"
        r"informatique|math[ée]matiques|gestion|[ée]conomie|ing[ée]nierie|droit|commerce|marketing|statistiques?|"
        r"inform[áa]tica|ingenier[íi]a|econom[íi]a|administraci[óo]n|matem[áa]ticas?|engenharia|computa[çc][ãa]o|"
        r"administra[çc][ãa]o|ingegneria|matematica|economia)))",
        NOT_A_MASTER_BEFORE,
    ),
    Rule(
        "master",
        "master",
        r"(?i:\bmaster)(?=\s*(?:/|(?i:or|oder|ou|o|of|and|und|e|y|bzw\.?)\s)\s*(?i:bachelor|ph\.?\s?d|diplom|"
        r"doctora|doutorado|dottorato|promotion|mba|b\.?sc|m\.?sc)|\s*(?i:degree))",
        NOT_A_MASTER_BEFORE,
    ),
    Rule(
        "master",
        "master",
        r"(?i:\bbachelor\w*['’]?s?|\bdiplom\w*|\blicence|\bgrado|\blaurea|\bhbo|\bb\.?\s?sc\.?|\bba|\bbs)(?!\w)"
        r"\s*(?:/|(?i:or|oder|ou|o|of|and|und|e|y|bzw\.?)\s)\s*(?P<core>(?i:master)(?:['’]?s)?)\b",
    ),
    Rule(
        "master",
        "msc m.sc meng m.eng mba m.b.a. mphil m.phil tech m.s. m.a. m.e. mca mres llm ll.m mfa mph mpa mast",
        r"(?<![\w.])(?:M\.?[Ss]c\.?|MEng|M\.Eng\.?|MBA|M\.B\.A\.|MPhil|M\.Phil\.?|M\.?\s?Tech\.?|M\.S\.|M\.A\.|M\.E\.|"
        r"MCA|MRes|LL\.?M\.?|MFA|MPH|MPA|MASt)(?!\w)" + DEGREE_WORD,
    ),
    Rule(
        "master",
        "gradua degree posgrado mestrado laurea bac diplôme diplome cole master",
        r"(?i:\bpost[\s-]?graduat(?:e|ion)(?:\s+(?:degree|diploma|studies|qualification))?|\bgraduate\s+(?:degree|"
        r"diploma|studies)|\badvanced\s+degree|\bp[óo]s[\s-]gradua[çc][ãa]o|\bposgrado|\bmestrado|\blaurea\s+"
        r"(?:magistrale|specialistica)|\bbac\s*\+\s*5\b|\bdipl[ôo]me\s+d['’]ing[ée]nieurs?|"
        r"\b[ée]cole\s+d['’]ing[ée]nieurs?|\buniversitaire?\s+master)",
    ),
    Rule(
        "master",
        "dipl",
        r"\bDiplom(?:[\s-]?(?:Ingenieur\w*|Informatiker\w*|Kauf\w*|Wirtschafts\w*|Mathematiker\w*|Physiker\w*|"
        r"[Aa]bschluss|[Ss]tudium|[Ss]tudiengang))?\b|\bDipl\.-?\s?(?:Ing|Inf|Kfm|Math|Phys|Wirt)\w*\.?",
    ),
    Rule("master", "wo", r"\bWO\b|(?i:\bwo[\s-](?:niveau|opleiding|diploma|master|werk[\s-]en[\s-]denkniveau))"),
    Rule("master", "wo", r"(?:(?<=/)|(?<=/\s)|(?<=of\s))(?i:wo)\b"),
    # --- bachelor
    Rule("bachelor", "bachelor", r"(?i:\bbachelor\w*)(?:['’]s)?(?:" + DEGREE_NAME + r")?" + DEGREE_WORD),
    Rule("bachelor", "baccalaureate", r"(?i:\bbaccalaureate\s+degree)"),
    Rule(
        "bachelor",
        "bsc b.sc b.s. b.a. beng b.eng tech b.e. bcom b.com bba b.b.a. bca bfa llb ll.b b.ed bed basc bpharm "
        "barch b.arch",
        r"(?<![\w.])(?:B\.?[Ss]c\.?|B\.S\.|B\.A\.|BEng|B\.Eng\.?|B\.?\s?Tech\.?|B\.E\.|BCom|B\.Com\.?|BBA|B\.B\.A\.|"
        r"BCA|BFA|LLB|LL\.B\.?|B\.Ed\.?|BEd|BASc|BPharm|BArch|B\.Arch\.?)(?!\w)" + DEGREE_WORD,
    ),
    Rule(
        "bachelor",
        "graduat degree university college",
        r"(?i:\bundergraduate(?:\s+degree)?|\b(?:university|college|academic|honou?rs|four[\s-]year|4[\s-]year|"
        r"tertiary|first)\s+degree|\b(?:university|college)\s+(?:education|studies)|\bany\s+graduat(?:e|ion)|"
        r"\bgraduation\s+in\b|\bgraduate\s+in\s+any|\bgraduat(?:e|ion)\s+degree)",
    ),
    Rule("bachelor", "degree", r"(?i:\bdegrees?\b)" + NOT_A_DEGREE_AFTER, NOT_A_DEGREE_BEFORE),
    Rule(
        "bachelor",
        "licencia bacharelado gradua superior laurea bac grado universit hochschul abschluss",
        r"(?i:\blicenciatura|\blicenciad[oa]|\bbacharelado|\bgradua[çc][ãa]o|\bensino\s+superior(?:\s+(?:in)?completo)?(?:\s+ou\s+em\s+andamento)?|"
        r"\bcurso\s+superior(?:\s+(?:in)?completo)?(?:\s+ou\s+em\s+andamento)?|\bforma[çc][ãa]o\s+superior|\blaurea(?:\s+(?:triennale|breve|di\s+"
        r"primo\s+livello))?\b|\blaureat[oa]\b|\bbac\s*\+\s*[34]\b|\bgrado(?=\s+en\b)|\bgrado\s+universitario\b|"
        r"\bt[íi]tulo\s+universitario|\btitulaci[óo]n\s+universitaria|\bdipl[ôo]me\s+universitaire|"
        r"\b(?:fach)?hochschul(?!reife)\w*|\buniversit[äa]ts?abschluss|\bstudienabschluss|\buni-?abschluss|"
        r"\bakademische[nr]?\s+abschluss)",
    ),
    Rule(
        "bachelor",
        "hbo",
        r"(?:\bhbo\b|\bHBO\b(?=[\s/-]+(?i:niveau|opleiding|diploma|bachelor|wo\b|werk|denk|of\b)))"
        r"(?:[\s-]?(?i:opleiding|diploma|niveau|bachelor))?",
    ),
    Rule(
        "bachelor",
        "licence",
        r"\b(?i:licence)(?=\s+(?i:en|professionnelle|pro|ou)\b|\s*\(\s*(?i:bac)|\s*/\s*(?i:master|bac|m1|m2))",
        r"\b(?i:driv\w*['’]?s?|driving|permis)\s*$",
    ),
    Rule("bachelor", "studium", r"(?<!\w)Studium\b", NOT_A_FINISHED_STUDY_BEFORE),
    # "Informatikstudium", "BWL-Studium": a study named by its subject
    Rule("bachelor", "studium", r"(?<!\w)(?P<field>[A-ZÄÖÜ][\wäöüß]*?)-?[Ss]tudium\b", NOT_A_FINISHED_STUDY_BEFORE),
    # --- associate
    Rule(
        "associate",
        "associate degree national bac superior tecn",
        r"(?i:\bassociate['’]?s?\s+(?:degree|of\s+(?:arts|science|applied\s+science))|\bfoundation\s+degree|"
        r"\bhigher\s+national\s+(?:diploma|certificate)|\bbac\s*\+\s*2\b|\bt[ée]cnico\s+superior|\btecn[óo]logo\b|"
        r"\b(?:ciclo\s+formativo\s+|fp\s+)?de\s+grado\s+superior|\bgrado\s+superior)",
    ),
    Rule(
        "associate",
        "hnd hnc bts dut aas a.s. a.a.",
        r"(?<![\w.])(?:HND|HNC|BTS|DUT|AAS|A\.A\.S\.|A\.S\.|A\.A\.)(?!\w)" + DEGREE_WORD,
    ),
    # --- secondary
    Rule(
        "secondary",
        "school",
        r"(?i:\bhigh[\s-]?school(?:\s+(?:diploma|degree|education|graduate|graduation|certificate|completion|level|"
        r"equivalent|equivalency)|(?=\s*(?:or\s+(?:equivalent|GED|higher|above)|/\s*GED|,\s*GED|\)))))",
    ),
    Rule(
        "secondary",
        "school",
        r"(?i:completed|completion\s+of|graduated\s+from|graduate\s+of|finished|complete)\s+(?:(?i:a|an|your)\s+)?"
        r"(?P<core>(?i:high[\s-]school|secondary\s+school))",
    ),
    Rule(
        "secondary",
        "secondary",
        r"(?i:\bsecondary\s+education|\bsecondary\s+school\s+(?:diploma|certificate|leaving|education|"
        r"qualification)|\bupper\s+secondary)",
    ),
    Rule(
        "secondary",
        "ged g.e.d. gcse level abitur matura reife schulabschluss havo vwo mbo",
        r"(?<![\w.])(?:GED|G\.E\.D\.|GCSEs?|A[\s-]?[Ll]evels?(?!\s+(?:of\b|\d))|Abitur|Fachabitur|Matura|Mittlere\s+Reife|"
        r"Realschulabschluss|Hauptschulabschluss|Schulabschluss|HAVO|VWO|mbo|MBO(?=[\s-]+(?:niveau|opleiding|"
        r"diploma|[1-4])))(?!\w)",
    ),
    Rule(
        "secondary",
        "hochschul baccalaur bachillerato ensino maturit superiore havo vwo 12th 10",
        r"(?i:\b(?:allgemeine\s+|fachgebundene\s+)?(?:fach)?hochschulreife|\bbaccalaur[ée]at\b|\bbachillerato\b|"
        r"\bensino\s+m[ée]dio(?:\s+completo)?|\bensino\s+secund[áa]rio|\b(?:diploma\s+di\s+)?maturit[àa]|"
        r"\bdiploma\s+(?:di\s+scuola\s+)?(?:media\s+)?superiore|\bhavo\b|\bvwo\b|\b12th\s+(?:pass|grade|standard)|"
        r"\b10\s*\+\s*2\b)",
    ),
    Rule("secondary", "bac", r"(?<!\w)[Bb]ac\b(?!\s*\+)"),
)

# BA, BS, BE, MA, MS: degrees only next to "in", "degree", another degree or a list of subjects.
AMBIGUOUS_ABBREVIATIONS: tuple[tuple[EducationLevel, str], ...] = (
    ("bachelor", r"BA|BS|BE"),
    ("master", r"MA|MS"),
)
_ANY_DEGREE_ABBREVIATION = r"(?:[BM]\.?[A-Z][\w.]*|Ph\.?\s?D\.?|[Bb]achelor\S*|[Mm]aster\S*)"
_QUALIFIED_AFTER = re.compile(
    r"(?<!\s)(?:\s+in\s|\s*(?:-\s*)?(?i:degree)|\s*\(\s*Hons|\s*[/,]\s*"
    + _ANY_DEGREE_ABBREVIATION
    + r"|\s+(?:or|and)\s+"
    + _ANY_DEGREE_ABBREVIATION
    + r"|\s*,\s*[A-Z][\w.]*\s*(?:,|or\b|and\b))"
)
_QUALIFIED_BEFORE = re.compile(_ANY_DEGREE_ABBREVIATION + r"\s*(?:/|,|or|and)\s*$")

# What introduces the subject after a degree ("in", "of", "der", "im Bereich" …).
# The specific come before what they start with ("in de richting van" before "in").
FIELD_INTRO = (
    r"in\s+(?:the\s+)?(?:fields?|areas?)\s+of|im\s+Bereich|im\s+Fach|in\s+den\s+Bereichen|"
    r"in\s+einem\s+(?:\w+\s+)?(?:Bereich|Fach|Studiengang)|mit\s+(?:dem\s+)?Schwerpunkt|op\s+het\s+gebied\s+van|"
    r"in\s+de\s+richting(?:\s+van)?|richting|dans\s+le\s+domaine\s+d(?:e|u|es)|en\s+el\s+[áa]rea\s+de|"
    r"na\s+[áa]rea\s+de|nell['’]ambito\s+d(?:i|ella|el)|in\s+materi[ae]|in|of|en|em|di|der|des"
)
_FIELD_START = re.compile(
    r"(?<!\s)\s*(?:\([^)]{0,20}\)\s*)?(?:(?i:degree|diploma|abschluss)\s+)?(?i:" + FIELD_INTRO + r")\s+(?=\S)",
)
# Where the subject ends: a bracket, a sentence end, "or equivalent …", "with …", another degree.
# Spaces are read from where they start ((?<!\s)): a search again from inside them was quadratic.
_FIELD_END = re.compile(
    r"(?<!\s)\s*[;:()\[\]]|\s[-–—]\s|[.!?](?=\s|$)|"
    r"(?:,|(?<!\s))\s+(?:or|oder|ou|o|of|bzw\.?)\s+(?:an?\s+|eine?\s+|une?\s+|una?\s+|een\s+)?(?:equivalent|comparable|"
    r"similar|vergleichbar\w*|gleichwertig\w*|entsprechend\w*|äquivalent\w*|équivalent\w*|equivalente?s?|"
    r"gelijkwaardig\w*|vergelijkba\w*|higher|above|greater|better|experience|relevant\s+experience|"
    r"related\s+experience|\d|exp[ée]rience|experiencia|experi[êe]ncia|esperienza|\w*ervaring|\w*erfahrung|"
    r"formation|formaci[óo]n|forma[çc][ãa]o|formazione|ausbildung|qualifikation)\b|"
    r"(?:,|(?<!\s))\s+(?:or|and|/|oder|ou|o|of|und)\s+(?:an?\s+)?(?:master|bachelor|associate|ph\.?\s?d|m\.?sc|b\.?sc|mba|"
    r"doctora|diplom|a\.[as]\.)|"
    r"(?:,|(?<!\s))\s+(?:with|and\s+(?:at\s+least|\d|proven|strong|solid|good|excellent|experience|have)|plus|preferably|"
    r"ideally|preferred|required|is\s+(?:a\s+)?(?:plus|required|preferred|desired|advantage)|are\s+(?:a\s+)?plus|"
    r"from\s+an?|at\s+an?|mit|und\s+(?:mindestens|erste|gute|fundierte|\d)|sowie|idealerweise|wünschenswert|"
    r"von\s+Vorteil|avec|et\s+(?:au\s+moins|\d)|con|y\s+(?:al\s+menos|\d)|com|e\s+(?:pelo\s+menos|\d)|met|"
    r"en\s+(?:minimaal|\d))\b",
    re.IGNORECASE,
)
# Dots that end an abbreviation inside a subject ("Informatik o.ä."), not a sentence.
_ABBREVIATION_DOT = re.compile(
    r"(?:\b(?:o\.\s?ä|o\.\s?a|u\.\s?a|e\.\s?g|i\.\s?e|z\.\s?B|etc|bzw|resp|vgl|incl|inkl|ca|approx)|\b[A-Z])\.$",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w&+-]*")
# Words that may stand before "degree" without being its subject ("a relevant University degree").
NOT_A_SUBJECT = frozenset(
    "a an the any relevant related appropriate recognised recognized accredited completed good strong technical "
    "advanced higher first four-year 4-year undergraduate graduate postgraduate honours honors professional formal "
    "required requirements education qualifications minimum must have has hold holding or and with your our you "
    "we bachelor's master's bachelor master bachelors masters preferred ideally preferably plus bonus nice degree "
    "university college academic is are be abgeschlossenes abgeschlossene abgeschlossener abgeschlossenem "
    "erfolgreich erfolgreiches erfolgreiche einschlägiges einschlägige relevantes technisches ein eine einen ihr "
    "ihre dein deine sie du ein".split()
)
# First parts of a study compound that other rules read ("Masterstudium", "Hochschulstudium") …
STUDY_READ_ELSEWHERE = ("bachelor", "master", "diplom", "hochschul", "fachhochschul", "promotions")
# … and that are kinds of study, not subjects ("Universitätsstudium", "Fernstudium").
NOT_A_STUDY_SUBJECT = (
    "universitäts",
    "uni",
    "fern",
    "dual",
    "teilzeit",
    "vollzeit",
    "aufbau",
    "zweit",
    "erst",
    "grund",
    "haupt",
    "studium",
)
# Degrees that may follow their subject ("Computer Science degree", "BWL Studium").
_NAMED_BY_SUBJECT = re.compile(r"(?i:degree|diploma|studium|abschluss)$")
_COORDINATION = re.compile(
    r"^\s*(?:['’]s\s*)?(?:(?i:degree)\s*)?(?:(?:/|,|&|(?i:or|and|oder|und|ou|et|o|y|e|of|en|bzw\.?)\b)\s*)+"
    r"(?:an?\s+)?$"
)

# "or equivalent experience", "oder eine vergleichbare Ausbildung", "o experiencia equivalente" …
EQUIVALENT_EXPERIENCE = (
    r"(?<!\w)(?:or|oder|ou|o|of|bzw\.?|/)\s*(?:an?\s+|eine?\s+|une?\s+|una?\s+|een\s+|the\s+)?(?:equivalent|comparable|"
    r"similar|vergleichbar\w*|gleichwertig\w*|entsprechend\w*|äquivalent\w*|équivalent\w*|equivalente?s?|"
    r"gelijkwaardig\w*|vergelijkba\w*|equiparable)\s+(?:(?:practical|professional|work|working|industry|job|"
    r"hands-on|technical|relevant|related|berufliche|praktische|professionnelle|profesional|profissional|"
    r"professionale|werk|praktijk)\s+){0,2}(?:experience|\w*erfahrung|berufspraxis|ausbildung|qualifikation|"
    r"qualifizierung|exp[ée]rience|experiencia|experi[êe]ncia|esperienza|\w*ervaring|training|qualifications?|"
    r"background|combination)",
    r"(?<!\w)(?:or|oder|ou|o|of|bzw\.?|/)\s*(?:une?\s+|una?\s+|eine?\s+|een\s+)?(?:exp[ée]rience|experiencia|"
    r"experi[êe]ncia|esperienza|\w*ervaring|\w*erfahrung|ausbildung|qualifikation|formation|formaci[óo]n|"
    r"forma[çc][ãa]o|formazione|opleiding|experience)\s+(?:\w+\s+)?(?:[ée]quivalent\w*|equivalente?s?|equivalent|"
    r"comparable|similaire|similar|vergleichbar\w*|gleichwertig\w*|gelijkwaardig\w*|vergelijkba\w*|equiparable)",
    r"\bor\s+(?:relevant|related)\s+(?:(?:work|professional|practical|industry)\s+)?experience",
    r"\bor\s+(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+(?:of\s+)?(?:\w+\s+){0,2}"
    r"experience",
    r"\bin\s+lieu\s+of\s+(?:a\s+)?(?:\w+\s+)?degree|\bexperience\s+in\s+lieu\b|\binstead\s+of\s+a\s+degree",
)


class _Mention(NamedTuple):
    level: EducationLevel
    start: int
    end: int
    field: str | None


_COMPILED_RULES = tuple(
    (
        rule.level,
        frozenset(rule.stems.split()),
        re.compile(rule.pattern),
        re.compile(rule.not_before) if rule.not_before else None,
    )
    for rule in RULES
)
_STEMS = frozenset(stem for rule in RULES for stem in rule.stems.split())
_AMBIGUOUS = tuple(
    (level, tuple(pattern.split("|")), re.compile(rf"(?<![\w.])(?:{pattern})(?![\w.])"))
    for level, pattern in AMBIGUOUS_ABBREVIATIONS
)
_DEGREE_WORD = re.compile(DEGREE_WORD)
# The first keyword check this module had. It now runs after the rules, only so
# that results stay as they were: it misses a few degrees the rules find ("D.Phil").
_MAY_NAME_A_DEGREE = compile_lowercase(
    r"degree|bachel|master|m[áa]ster|ph\.?\s?d|doct|d\.?\s?phil|diplom|licen|laurea|mestrad|gradua|undergrad|postgrad|"
    r"universit|hochschul|studi|abitur|bac|bachiller|secondary|high\s*school|\bged\b|a-level|\bhnd\b|associate|"
    r"foundation|maturit|ensino|dottorat|promotion|\bhbo\b|\bwo\b|\bmbo\b|havo|vwo|\bmba\b|\b[bm]\.?\s?[a-z]{1,4}\b|"
    r"[ée]tudes|estudios|formaci|forma[çc][ãa]o|ausbildung|titulaci|grado|licenciad|abschluss|\buni\b|dout|magist|ingenieur|t[ée]cnic|\bbts\b|\bdut\b|\bbut\b|\bcap\b",
)
_EQUIVALENT = re.compile("|".join(f"(?:{p})" for p in EQUIVALENT_EXPERIENCE), re.IGNORECASE)

# A quick first look, far cheaper than the rules: every match of a rule holds one
# of these. Most are looked for in the lower-cased text, without re.IGNORECASE
# (much faster) and grouped by first letter so that the regex engine tries few
# alternatives at each position; for rules that read case ("Bac", "mbo") that is
# only looser …
_RULE_STEMS_FOLDED = compile_lowercase(
    r"a(?:bitur|ssociate)|"
    r"b(?:ac(?:\s*\+|\b)|accalaur|acharelado|achelor|achillerato)|"
    r"c(?:ole\s+d['’]ing|ollege\s+(?:education|studies)|urso\s+superior)|"
    r"d(?:\.?\s?phil|egree|ipl|octor|ottorato|outo)|"
    r"e(?:nsino\s)|"
    r"f(?:orma[çc][ãa]o\s+superior)|"
    r"g(?:rado|radua)|"
    r"h(?:avo|bo|igh[\s-]?school|igher\s+national|ochschul)|"
    r"l(?:aurea|icence|icencia)|"
    r"m(?:[áa]ster|atura|aturit|bo|estrado)|"
    r"o(?:f\swo\b)|"
    r"p(?:h\.?\s?d|osgrado|romotion)|"
    r"s(?:econdary|tudium)|"
    r"t(?:[ée]cnico\s+superior|ecn[óo]logo)|"
    r"u(?:niversitari|niversity\s+(?:education|studies))|"
    r"v(?:wo)|"
    r"w(?:o[\s-](?:niveau|opleiding|diploma|master|werk))|"
    r"1(?:0\s*\+\s*2|2th\s+(?:pass|grade|standard))|"
    r"/(?:\s?wo\b)|"
    r"abschluss"
)
# … and the abbreviations the rules read in capitals only ("MSc", "B.A.", "HND",
# "GED"), in the text as written.
_RULE_STEMS_CASED = re.compile(
    r"M\.?[SsEBPA]|M\.?\s?T|M[CRF]|B\.?[SsAECBFP]|B\.?\s?T|LL\.?[BM]|HN[DC]|DUT|AAS|A\.[AS]\.|WO\b|GED|G\.E\.D|"
    r"GCSE|A[\s-]?[Ll]evel|Mittlere\s+Reife"
)


def parse_education(text: str) -> Education | None:
    """The lowest degree ``text`` names, with its subject and whether experience may replace it.

    >>> parse_education("BSc in Computer Science")
    Education(level='bachelor', field='Computer Science', equivalent_experience=False)
    >>> parse_education("Bachelor's or Master's degree in Statistics, or equivalent experience")
    Education(level='bachelor', field='Statistics', equivalent_experience=True)
    >>> parse_education("A high degree of autonomy") is None
    True
    """
    folded = lower_like_ignorecase(text)
    possible = _FOLDED_GATE.candidates(folded)
    if not _may_match_a_rule(text, folded, possible):  # most requirements name no degree; the rules below are many
        return _in_more_languages(text, folded, possible)
    mentions = _mentions(text, folded)
    if not mentions or not _MAY_NAME_A_DEGREE.search(folded):
        return _in_more_languages(text, folded, possible)
    lowest = min(mentions, key=lambda m: (LEVEL_ORDER[m.level], m.start))
    return Education(
        level=lowest.level,
        field=_field(text, mentions, mentions.index(lowest)),
        equivalent_experience=bool(_EQUIVALENT.search(text)),
    )


# Degrees in languages the rules above do not read ("Wykształcenie wyższe", "大卒以上"), lowest level
# first; each pattern is lower case and matched on lower-cased text, only when the one-pass gate
# finds one of its literals there.
MORE_LANGUAGES: tuple[tuple[EducationLevel, str], ...] = (
    (
        "secondary",
        r"gymnasieexamen|gymnasieutbildning|videregående\s+skole|wykształcenie\s+średnie|středoškolské|"
        r"среднее\s+образование|lise\s+mezunu|toisen\s+asteen|高卒|高中|고졸",
    ),
    (
        "associate",
        r"yrkeshögskol\w*|eftergymnasial\w*|среднее\s+специальное|ön\s+lisans|専門学校|短大|大专|전문학사",
    ),
    (
        "bachelor",
        r"universitetsexamen|högskoleexamen|kandidatexamen|kandidatgrad|universitetsgrad|højere\s+uddannelse|"
        r"høyere\s+utdanning|wykształcenie\s+wyższe|studia\s+wyższe|licencjat\w*|vysokoškolské|bakalář\w*|"
        r"высшее\s+(?:\w+\s+)?образование|бакалавр\w*|(?<!yüksek\s)(?<!ön\s)lisans\s+(?:mezun|derece)\w*|"
        r"korkeakoulututkin\w*|ammattikorkeakoulu\w*|大学卒業|大卒|学士|本科|학사|대졸",
    ),
    (
        "master",
        r"masterexamen|civilingenjör\w*|magister\w*|magistr\w*|inženýr\w*|магистр\w*|yüksek\s+lisans|"
        r"ylempi\s+korkeakoulututkinto|diplomi-insinööri|maisteri\w*|修士|硕士|석사",
    ),
    ("doctorate", r"doktorat\w*|doktora\b|кандидат\s+наук|tohtori\w*|博士|박사"),
)
_MORE_LANGUAGES = tuple((level, re.compile(pattern)) for level, pattern in MORE_LANGUAGES)
# One pass over the lowered text tells which of these may match: the rules' stems (pattern 0) and the degrees
# in more languages (pattern 1 + n for MORE_LANGUAGES[n]).
_FOLDED_GATE = LiteralGate([_RULE_STEMS_FOLDED.pattern, *(pattern for _, pattern in MORE_LANGUAGES)])
_STEMS_GATED = 0


def _in_more_languages(text: str, folded: str, possible: set[int]) -> Education | None:
    """The lowest degree ``text`` (``folded``: in lower case) names in one of the ``MORE_LANGUAGES``
    (``possible``: what :data:`_FOLDED_GATE` lets through)."""
    for number, (level, pattern) in enumerate(_MORE_LANGUAGES, start=_STEMS_GATED + 1):
        if number in possible and pattern.search(folded):
            return Education(level=level, field=None, equivalent_experience=bool(_EQUIVALENT.search(text)))
    return None


def _may_match_a_rule(text: str, folded: str, possible: set[int]) -> bool:
    """False only when no rule can match ``text`` (``folded`` is its lower case): it holds no stem.

    ``possible``: what :data:`_FOLDED_GATE` lets through in ``folded``.
    """
    if _RULE_STEMS_CASED.search(text):
        return True
    return _STEMS_GATED in possible and _RULE_STEMS_FOLDED.search(folded) is not None


def _mentions(text: str, folded: str) -> list[_Mention]:
    """Every degree named in ``text``, in order; of overlapping mentions the longest is kept."""
    found = sorted(_candidates(text, folded), key=lambda m: (-(m.end - m.start), m.start))
    kept: list[_Mention] = []
    for mention in found:
        if all(mention.end <= other.start or mention.start >= other.end for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _candidates(text: str, folded: str) -> Iterator[_Mention]:
    present = {stem for stem in _STEMS if stem in folded}
    for level, stems, pattern, not_before in _COMPILED_RULES:
        if present.isdisjoint(stems):
            continue
        for match in pattern.finditer(text):
            groups = match.groupdict()
            start, end = match.span("core") if groups.get("core") else match.span()
            if not_before is not None and not_before.search(text[:start]):
                continue
            subject = groups.get("field")
            if subject is not None:
                if subject.lower().startswith(STUDY_READ_ELSEWHERE):
                    continue
                generic = subject.lower().startswith(NOT_A_STUDY_SUBJECT)
                yield _Mention(level, start, end, None if generic else subject)
                continue
            yield _Mention(level, start, end, None)
    for level, abbreviations, pattern in _AMBIGUOUS:
        if not any(abbreviation in text for abbreviation in abbreviations):
            continue
        for match in pattern.finditer(text):
            if _QUALIFIED_AFTER.match(text, match.end()) or _QUALIFIED_BEFORE.search(text[: match.start()]):
                with_degree = _DEGREE_WORD.match(text, match.end())
                yield _Mention(level, match.start(), with_degree.end() if with_degree else match.end(), None)


def _field(text: str, mentions: list[_Mention], first: int) -> str | None:
    """The subject of the chosen degree, or of the degrees coordinated with it ('BSc or MSc in …')."""
    group = [mentions[first]]
    for previous, mention in zip(mentions[first:], mentions[first + 1 :], strict=False):
        if not _COORDINATION.match(text[previous.end : mention.start]):
            break
        group.append(mention)
    for mention in group:
        if mention.field:
            return mention.field
        after = _field_after(text, mention.end, {m.start for m in mentions})
        if after:
            return after
    if _NAMED_BY_SUBJECT.search(text[group[0].start : group[0].end]):
        return _field_before(text, group[0].start)
    return None


def _field_after(text: str, end: int, degree_starts: set[int]) -> str | None:
    """'… in Computer Science, Mathematics or a related field' → the subject (not another degree: 'mbo of hbo')."""
    start = _FIELD_START.match(text, end)
    if start is None or start.end() in degree_starts or _EQUIVALENT.match(text[end:].lstrip()):
        return None
    rest = text[start.end() :]
    stop = len(rest)
    for match in _FIELD_END.finditer(rest):
        if match.group().strip().startswith(".") and _ABBREVIATION_DOT.search(rest[: match.start() + 1]):
            continue
        stop = match.start()
        break
    subject = _LEADING_ARTICLE.sub("", rest[:stop].strip().rstrip(","))
    return subject or None


def _field_before(text: str, start: int) -> str | None:
    """'Computer Science degree', 'BWL Studium' → the capitalised words right before the degree."""
    words: list[str] = []
    for token in reversed(text[:start].split()):
        bare = token.rstrip(",")
        if bare.lower() in ("or", "and", "&", "/") or _CAPITALISED.fullmatch(bare):
            words.insert(0, token)
            continue
        break
    while words and words[0].rstrip(",").lower() in NOT_A_SUBJECT | {"or", "and", "&", "/"}:
        words.pop(0)
    while words and words[-1].rstrip(",").lower() in {"or", "and", "&", "/"}:
        words.pop()
    if any(word.rstrip(",").lower() in NOT_A_SUBJECT for word in words):
        return None
    subject = " ".join(words).rstrip(",")
    return subject or None

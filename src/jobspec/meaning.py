"""Stage 7: what each unit is: a duty, a requirement, a benefit, or none of these.

Each unit of :mod:`jobspec.items` is judged from its own words and from where
it stands, in any language:

* **heading**: the kind its section's heading names (through the phrase
  tables of :mod:`jobspec.vocabulary`, in two dozen languages), the headings
  above it, and the words of the heading;
* **lead-in**: the line that introduces its list ("Du behöver kunna:");
* **words**: its own words, their first letters (which carry over between
  related languages), its first word, and a small multilingual lexicon of
  what requirements, duties and everything else are made of (years,
  experience, degrees, "you", "we", pay, applying);
* **layout**: list entry, line, sentence or field value; nesting; length;
  how it ends; its place in the section;
* **list**: the units of one list usually share a kind, so each unit's
  scores are pulled towards its list's mean.

A linear model weighs these signals: one weight per signal and kind, trained
by ``scripts/train_item_model.py`` on labelled postings and shipped as
``data/item_model.json`` (no download, no randomness). For each decision the
signal that contributed most is kept, and shown on the review page. A
language the lexicon does not know still has its layout and headings read:
lists under headings become items instead of nothing.

Whether a requirement is optional is read from the words that say so (the
preferred cues of the vocabulary: "is a plus", "mile widziane", "歓迎"),
in the item, its lead-in or a heading above it.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache, partial
from importlib import resources
from operator import add
from pathlib import Path
from typing import TypeVar

from . import cues
from .facts.contacts import holds_an_email
from .facts.experience import parse_experience
from .items import ENTRY_ENDS, ExtractedItem, ItemKind, Unit, ends_running_on
from .models import ItemSignal, SectionKind
from .sections import SectionNode
from .sentences import ABBREVIATIONS
from .text import CaselessPattern, LiteralGate, lower_like_ignorecase, split_alternatives
from .vocabulary import LISTING_KINDS, Vocabulary, names_the_teams_technologies

__all__ = ["CLASSES", "SIGNALS", "ItemModel", "decide_items", "default_item_model", "unit_features"]

K = SectionKind
Title = str | Callable[[], str | None] | None
"""A posting's title, or a function that finds it (called only when a sentence may speak of the hire)."""
CLASSES: tuple[str, ...] = ("responsibility", "qualification", "none")
"""What the model tells apart; benefits are the 'none' units of a benefits section."""

SIGNALS: tuple[ItemSignal, ...] = ("heading", "lead-in", "words", "layout", "list")
"""The groups of signals a decision is explained by."""

_MODEL_FILE = "item_model.json"
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# ASCII letters to lower case and every other byte to a space: an ASCII text's words are then its runs
# of letters, split at spaces (what re.findall("[a-z]+") finds in the lowered text, at half the cost).
_ASCII_LETTERS_LOWERED = bytes(
    byte + 32 if 65 <= byte <= 90 else byte if 97 <= byte <= 122 else 32 for byte in range(256)
)
_MAX_WORDS = 40
_MAX_HEADING_WORDS = 8

# Words that carry over between postings in many languages: a unit's lexicon
# classes are features of their own. Lower case; a word ending in "-" is a
# stem (it matches any word it starts), one starting with "-" a compound tail.
LEXICON: dict[str, str] = {
    "you": "you your yours yourself du dich dir dein deine deinen deiner deines sie ihr ihre ihren ihrem vous votre "
    "vos tu te toi ton ta tes tú usted tu tus su você vocês seu sua seus suas voi tuo tua tuoi tue je jij jouw "
    "jou u uw dig din ditt dina ni er ty ciebie twój twoja twoje twoich ty ви ваш ваша ты твой вы sen siz sinä "
    "sinun te",
    "we": "we our ours wir uns unser unsere unseren unserem nous notre nos nosotros nosotras nuestro nuestra "
    "nuestros nuestras nós nosso nossa nossos nossas noi nostro nostra nostri nostre wij we ons onze vi oss vår "
    "våra vårt os vores my nas nasz nasza nasze naszych мы нас наш наша biz bizim me meidän",
    "experience": "experience experienced experiences erfahrung erfahrungen -erfahrung berufserfahrung expérience "
    "expériences experiencia experiência esperienza esperienze ervaring -ervaring erfarenhet -erfarenhet erfaring "
    "doświadczenie doświadczenia doświadczeniem zkušenost zkušenosti skúsenosti tapasztalat experiență опыт "
    "deneyim kokemus kokemusta 経験 经验 경험 track background hintergrund "
    # languages without labelled postings: their inflections too
    "deneyim- kokemu- tapasztalat- zkušenost- praxe praxi досвід досвіду досвідом ניסיון خبرة الخبرة "
    "experiència experienta experiență εμπειρία εμπειρίας 경력",
    "knowledge": "knowledge know knowing understanding familiarity familiar proficiency proficient fluency fluent "
    "kenntnisse kenntnis -kenntnisse wissen connaissance connaissances maîtrise maîtriser conocimiento "
    "conocimientos dominio conhecimento conhecimentos domínio conoscenza conoscenze padronanza kennis kunskap "
    "kunskaper kendskab kunnskap znajomość wiedza znalost znalosti ismeret cunoștințe знание знания bilgi "
    "osaaminen tuntemus 知識 知识 지식 command grasp expertise "
    "знання знанням ismer- bilgi- znalost- ידע معرفة إلمام coneixement- cunostinte γνώση γνώσεις 熟悉 精通 "
    "掌握 능숙",
    "skill": "skill skills ability abilities able capable capability competence competent competency aptitude "
    "talent fähigkeit fähigkeiten -fähigkeit kompetenz kompetenzen compétence compétences capacité habilidad "
    "habilidades capacidad habilidade habilidades capacidade competenza competenze capacità vaardigheid "
    "vaardigheden förmåga färdighet evne umiejętność umiejętności dovednost schopnost készség abilitate навык "
    "навыки умение yetenek beceri taito スキル 能力 技能 역량",
    "degree": "degree degrees bachelor bachelor's master master's masters phd doctorate diploma graduate "
    "graduated university college studium abschluss hochschulabschluss ausbildung diplôme licence master bac "
    "título titulación grado licenciatura graduação formação laurea diploma opleiding universiteit examen "
    "utbildning uddannelse utdanning wykształcenie studia vzdělání végzettség diplomă образование diploma "
    "lisans tutkinto 学位 学历 学士 학위 certification certificate certified zertifizierung certification "
    "освіта освіту végzettség- mezun- תואר شهادة بكالوريوس titulació studii licență πτυχίο 本科 학사 졸업",
    "years": "years year yrs jahre jahren jahr ans années an años año anos ano anni anno jaar jaren år års lat "
    "roku lata let roky év ani лет года год yıl vuotta vuoden 年 년 років роки рік שנים שנות سنوات anys "
    "χρόνια ετών",
    "must": "must required require requires requirement essential mandatory need needs needed necessary "
    "muss müssen erforderlich vorausgesetzt zwingend obligatoire requis requise exigé indispensable "
    "necesario necesaria imprescindible obligatorio necessário obrigatório necessario obbligatorio richiesto "
    "richiesta vereist noodzakelijk måste krävs kräver skal skal påkrævet wymagane wymagany niezbędne musí "
    "nutné szükséges obligatoriu обязательно необходимо gerekli vaadimme 必須 必要 필수",
    "duty": "responsible responsibility responsibilities accountable charge duties tasks task ensure manage "
    "managing lead leading develop developing verantwortlich verantwortung zuständig aufgaben aufgabe "
    "responsable responsabilité tâches missions mission encargado responsabilidad funciones tareas "
    "responsável atividades responsabile compiti mansioni attività verantwoordelijk taken ansvarig ansvar "
    "uppgifter ansvarlig opgaver oppgaver odpowiedzialny odpowiedzialność zadania obowiązki zodpovědný "
    "felelős responsabil отвечать задачи sorumlu vastuu 担当 负责 담당 مسؤول مسؤولا مسؤولة אחראי אחראית "
    "відповідальн-",
    "benefit": "salary pay paid bonus pension insurance vacation holiday holidays leave benefits benefit perks "
    "equity stock options allowance budget gym wellness lunch parental healthcare health dental "
    "gehalt vergütung urlaub urlaubstage rente versicherung zuschuss salaire rémunération congés mutuelle "
    "tickets salario vacaciones seguro sueldo salário férias plano stipendio ferie buoni salaris vakantie "
    "pensioen lön semester friskvårdsbidrag förmåner løn ferie wynagrodzenie urlop ubezpieczenie benefity "
    "mzda dovolená fizetés salariu зарплата отпуск maaş izin palkka loma 給与 福利厚生 年収 休暇 薪资 福利 연봉 복지",
    "apply": "apply applying applicants candidates cv resume résumé send email contact "
    "submit interview bewerbung bewerben bewirb lebenslauf anschreiben candidature postuler envoyer candidatura "
    "postular enviar candidatar currículo inviare sollicitatie solliciteren ansökan ansök ansøgning søknad "
    "aplikuj aplikacja rekrutacja życiorys životopis jelentkezés aplică резюме отклик başvuru hakemus 応募 "
    "履歴書 简历 投递 지원",
    "trait": "are have has know love enjoy like speak bring possess thrive bist hast kannst liebst sprichst "
    "bringst verfügst sind haben können êtes es avez as savez sais aimez aimes parlez maîtrisez eres tienes "
    "sabes cuentas hablas tem sabe gosta possui fala sei hai sai ami parli possiedi bent hebt heeft kunt "
    "houdt spreekt är har kan gillar älskar talar behärskar er elsker taler jesteś masz znasz lubisz "
    "potrafisz mówisz jste máte umíte mluvíte",
    "future": "will shall wirst werden wirst allez vas serez seras irez vas vamos vai irá sarai farai "
    "gaat zal zult kommer ska skal vil będziesz budete budeš",
    "seek": "looking seeking searching hiring suchen suche recherchons cherchons recherche buscamos busca "
    "procuramos cerchiamo ricerca zoeken zoekt söker letar søger søker szukamy poszukujemy hledáme ищем "
    "arıyoruz etsimme 募集",
    "company": "company founded customers clients startup organisation organization firm unternehmen firma "
    "gegründet kunden entreprise société clients fondée empresa clientes fundada azienda società clienti "
    "bedrijf klanten organisatie företag kunder virksomhed selskap bedrift spółka klienci společnost cég "
    "companie компания şirket yritys 会社 企業 公司 회사",
}


def _lexicon_index(table: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    words: dict[str, str] = {}
    stems: dict[str, str] = {}
    tails: dict[str, str] = {}
    for name, entries in table.items():
        for entry in entries.split():
            if entry.endswith("-"):
                stems.setdefault(entry[:-1], name)
            elif entry.startswith("-"):
                tails.setdefault(entry[1:], name)
            else:
                words.setdefault(entry, name)
    return words, stems, tails


_LEXICON_WORDS, _LEXICON_STEMS, _LEXICON_TAILS = _lexicon_index(LEXICON)
_TAIL_LENGTHS = sorted({len(tail) for tail in _LEXICON_TAILS}, reverse=True)
_STEM_LENGTHS = sorted({len(stem) for stem in _LEXICON_STEMS}, reverse=True)


def words_of(text: str) -> list[str]:
    """Lower-case words of ``text``; runs of a script without spaces become pairs of characters."""
    if text.isascii():  # its words are its runs of letters: what _WORD finds, found sooner
        return text.encode("ascii").translate(_ASCII_LETTERS_LOWERED).decode("ascii").split()
    words: list[str] = _WORD.findall(text.lower())
    if not _UNSPACED.search(text):
        return words
    out: list[str] = []
    for word in words:
        if len(word) > 1 and _UNSPACED.search(word):
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return out


_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class _Memory(dict[_K, _V]):
    """A dict that computes what it does not hold, and remembers up to ``bound`` of those.

    Looking many keys up at once with ``map(memory.__getitem__, keys)`` stays in C for
    those already known. The default bound is far above a posting language's vocabulary.
    """

    def __init__(self, compute: Callable[[_K], _V], bound: int = 200_000) -> None:
        super().__init__()
        self.compute = compute
        self.bound = bound

    def __missing__(self, key: _K) -> _V:
        found = self.compute(key)
        if len(self) < self.bound:
            self[key] = found
        return found


def _lexicon_class(word: str) -> str | None:
    found = _LEXICON_WORDS.get(word)
    if found is not None or len(word) < 7:
        return found
    for length in _TAIL_LENGTHS:
        if length < len(word) and (found := _LEXICON_TAILS.get(word[-length:])) is not None:
            return found
    for length in _STEM_LENGTHS:  # the inflections of a stem ("tapasztalattal" of "tapasztalat-")
        if length < len(word) and (found := _LEXICON_STEMS.get(word[:length])) is not None:
            return found
    return None


_LEXICON_CLASSES: _Memory[str, str | None] = _Memory(_lexicon_class, bound=100_000)


# --- features ------------------------------------------------------------------------


def _heading_kind_name(heading: str | None, vocabulary: Vocabulary) -> str:
    if heading is None:
        return "none"
    return vocabulary.remembered("kind name", heading, lambda text: _kind_name(text, vocabulary))


def _kind_name(heading: str, vocabulary: Vocabulary) -> str:
    kind = vocabulary.heading_kind(heading)
    if kind is not None:
        return kind.value
    return "neutral" if vocabulary.is_neutral(heading) else "unknown"


def section_features(
    node: SectionNode, ancestors: Sequence[SectionNode], vocabulary: Vocabulary, title: SectionNode | None = None
) -> tuple[str, ...]:
    """Features every unit of a section shares: its heading, the headings above, how it was written.

    The heading that is the posting's ``title`` (see :func:`title_section`) is a kind of its own.
    """
    own = "title" if node is title else _heading_kind_name(node.heading, vocabulary)
    out = [f"h:{own}", f"d:{node.declared.value if node.declared else 'none'}"]
    named, words = _heading_features(node.heading, vocabulary) if node.heading and node is not title else ((), ())
    out.extend(named)
    out.extend(
        f"a:{'title' if a is title else _heading_kind_name(a.heading, vocabulary)}" for a in ancestors if a.heading
    )
    out.extend(words)
    if node.is_pseudo:
        out.append("hp")
    return tuple(out)


def title_section(roots: Sequence[SectionNode], vocabulary: Vocabulary) -> SectionNode | None:
    """The section headed by the posting's title: the document's first heading, when it is a Markdown
    heading that names no kind ("# Warehouse Operative") and the only one of the highest level used
    (a theme that writes the title itself makes the body's first "## Warehouse Operative")."""
    headed = [node for root in roots for node in root.walk() if node.heading is not None]
    if not headed:
        return None
    first = headed[0]
    if first.is_pseudo or _heading_kind_name(first.heading, vocabulary) != "unknown":
        return None
    if first.level != 1 and any(node.level <= first.level for node in headed[1:] if not node.is_pseudo):
        return None
    return first


def _heading_features(heading: str, vocabulary: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features a heading gives its section: the kinds it names, and its first words (remembered:
    postings share their headings)."""
    return vocabulary.remembered(
        "heading features",
        heading,
        lambda text: (
            tuple(f"hm:{kind.value}" for kind in sorted(vocabulary.heading_kinds(text))),
            tuple(f"hw:{word}" for word in dict.fromkeys(words_of(text)[:_MAX_HEADING_WORDS])),
        ),
    )


def lead_in_features(lead_in: str | None, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Features of the line that introduces a unit's list."""
    if lead_in is None:
        return ("l:none",)
    return vocabulary.remembered("lead-in features", lead_in, lambda text: _lead_in_features(text, vocabulary))


def _lead_in_features(lead_in: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    kind = lead_in_kind(lead_in, vocabulary)
    out = [f"l:{kind.value if kind else 'unknown'}"]
    out.extend(f"lm:{named.value}" for named in sorted(vocabulary.heading_kinds(lead_in.rstrip(":： "))))
    out.extend(f"lw:{word}" for word in dict.fromkeys(words_of(lead_in)[:_MAX_HEADING_WORDS]))
    return tuple(out)


def lead_in_kind(lead_in: str, vocabulary: Vocabulary) -> SectionKind | None:
    """The kind a lead-in names ("You should have:" → qualifications), if its words name one."""
    return vocabulary.remembered("lead-in", lead_in, lambda text: _lead_in_kind(text, vocabulary))


def _lead_in_kind(lead_in: str, vocabulary: Vocabulary) -> SectionKind | None:
    if vocabulary.preferred_pattern.search(lead_in) is not None:
        return K.PREFERRED_QUALIFICATIONS
    stripped = lead_in.rstrip(":： ")
    kind = vocabulary.heading_kind(stripped)
    if kind in LISTING_KINDS:
        return kind
    # A lead-in introduces a list: when it names one listing kind among words of another
    # ("… the missions carried out within the company:"), the list is of that kind.
    listed = vocabulary.heading_kinds(stripped) & LISTING_KINDS
    if len(listed) == 1:
        return next(iter(listed))
    return _stem_kind(lead_in) or _reader_lead_in_kind(stripped)


def _reader_lead_in_kind(lead_in: str) -> SectionKind | None:
    """The kind of a lead-in that states a duty in a sentence ("Au sein de l'équipe produit, tu participeras
    à :", "Mit deinem Know-how sorgst du für skalierbare Services:"), or tells the reader what they are or
    have ("Vous avez :").
    """
    if cues.SECOND_PERSON_DUTY.search(lead_in) is not None or cues.RESPONSIBILITY.search(lead_in) is not None:
        return K.RESPONSIBILITIES
    return K.QUALIFICATIONS if cues.SECOND_PERSON_TRAIT.search(lead_in) is not None else None


# A lead-in whose last words say what the items after it complete, whoever it names:
# "The Paralegal will:", "Successful applicants must have:", "To succeed you'll need:".
_REQUIREMENT_STEM = re.compile(
    r"\b(?:must|should|will|shall|would|to)\s+(?:(?:ideally|also)\s+)?(?:have|possess|bring|demonstrate|hold)\s*[:：]\s*$"
    r"|\b(?:needs?|requires?|need to have|will need|'ll need)\s*[:：]\s*$",
    re.IGNORECASE,
)
_DUTY_STEM = re.compile(
    r"(?:\bwill|\bshall|'ll)(?:\s+also)?(?:\s+be\s+(?:responsible\s+for|expected\s+to|asked\s+to|tasked\s+with))?"
    r"\s*[:：]\s*$",
    re.IGNORECASE,
)
# What the employer asks the hire to do: "In your first year, we'd like you to:", "We need you to:".
_ASKED_OF_THE_HIRE_STEM = re.compile(
    r"\bwe(?:'d|\s+would|'ll|\s+will)?\s+(?:like|want|need|ask|expect)\s+you\s+to\s*[:：]\s*$", re.IGNORECASE
)
# The person sought, described by what follows: "We need someone who has:", "… a person with:", "We need
# you to have:".
_PERSON_SOUGHT_STEM = re.compile(
    r"\b(?:someone|somebody|a person|people|candidates?|applicants?|an? \w+)\s+(?:who|that)\s+"
    r"(?:has|have|is|are|can|will have|will be)\s*[:：]\s*$"
    r"|\b(?:someone|somebody|a person|people|candidates?|applicants?)\s+with\s*[:：]\s*$"
    r"|\bneed you to (?:have|be)\s*[:：]\s*$",
    re.IGNORECASE,
)
# "We will:" and "Our team will be:" say what the employer does or offers.
_EMPLOYER_SUBJECT = re.compile(r"^\W*(?:we|we'll|our|us)\b", re.IGNORECASE)


def _stem_kind(lead_in: str) -> SectionKind | None:
    if _PERSON_SOUGHT_STEM.search(lead_in) is not None:  # "We need someone who has:", whoever says it
        return K.QUALIFICATIONS
    if _ASKED_OF_THE_HIRE_STEM.search(lead_in) is not None:  # the employer speaks, of the hire's work
        return K.RESPONSIBILITIES
    if _EMPLOYER_SUBJECT.match(lead_in) is not None:
        return None
    if _REQUIREMENT_STEM.search(lead_in) is not None:
        return K.QUALIFICATIONS
    return K.RESPONSIBILITIES if _DUTY_STEM.search(lead_in) is not None else None


def _layout(unit: Unit, words: list[str]) -> tuple[str, ...]:
    """The bias every unit has, then its form, nesting, place, length, ending and digits."""
    return _layout_of(
        unit.form,
        min(unit.level, 2),
        min(unit.position, 3),
        _length(len(words)),
        _ending(unit.text),
        _DIGIT.search(unit.text) is not None,
    )


@lru_cache(maxsize=4096)
def _layout_of(form: str, level: int, position: int, length: str, ending: str, digit: bool) -> tuple[str, ...]:
    # Remembered by its parts: units share few layouts, and the model sums each one's weights once.
    out = ("bias", f"form:{form}", f"lvl:{level}", f"pos:{position}", length, f"end:{ending}")
    return (*out, "digit") if digit else out


def opening_features(words: list[str]) -> tuple[str, ...]:
    """The unit's first word, its last three letters, and its first two words."""
    if not words:
        return ()
    return _opening_of(words[0], words[1] if len(words) > 1 else None)


@lru_cache(maxsize=100_000)
def _opening_of(first: str, second: str | None) -> tuple[str, ...]:
    if second is None:
        return (f"f:{first}", f"fs:{first[-3:]}")
    return (f"f:{first}", f"fs:{first[-3:]}", f"f2:{first}_{second}")


def distinct_words(words: list[str]) -> list[str]:
    """The words a unit's word features come from: the distinct ones among its first forty."""
    return list(dict.fromkeys(words[:_MAX_WORDS]))


def word_features(word: str, unspaced: bool) -> list[str]:
    """The features one word gives: itself (if longer than three letters) and its first five letters."""
    length = len(word)
    if length > 3 or (unspaced and _UNSPACED.match(word)):
        return ["w:" + word, "p:" + word[:5]] if length > 5 else ["w:" + word]
    return []


def lexicon_classes(words: Iterable[str]) -> frozenset[str]:
    """The lexicon classes of ``words``."""
    return frozenset(filter(None, map(_LEXICON_CLASSES.__getitem__, words)))


@lru_cache(maxsize=4096)
def class_features(classes: frozenset[str]) -> tuple[str, ...]:
    """The lexicon classes of a unit's words, and who does what."""
    out = [f"x:{name}" for name in sorted(classes)]
    # "You" with a verb of being or having describes the candidate, with "will" a duty;
    # "we" who "look for" someone describe the candidate too.
    if "you" in classes:
        out.extend(f"x:you+{name}" for name in ("trait", "future", "duty") if name in classes)
    if "we" in classes and "seek" in classes:
        out.append("x:we+seek")
    return tuple(out)


def _has_unspaced(text: str) -> bool:
    return not text.isascii() and _UNSPACED.search(text) is not None


def _length(words: int) -> str:
    return _LENGTHS[bisect_left(_LENGTH_LIMITS, words)]


_LENGTH_LIMITS = (2, 5, 12, 25)
_LENGTHS = (*(f"len:{limit}" for limit in _LENGTH_LIMITS), "len:more")


def _ending(text: str) -> str:
    last = text.rstrip()[-1:]
    return last if last in ".:!?;," else "other"


@dataclass
class UnitFeatures:
    """A unit's features: what it says, and where it stands.

    They come in blocks that many units share (a section's, a layout, a set of
    lexicon classes): a model sums the weights of each block once.
    """

    layout: tuple[str, ...]
    """The bias, its form, nesting, place, length, ending and digits."""
    opening: tuple[str, ...]
    """Its first words (see :func:`opening_features`)."""
    classes: tuple[str, ...]
    """The lexicon classes of its words (see :func:`class_features`)."""
    cues: tuple[str, ...]
    """The cue phrases it holds (see :func:`cue_features`)."""
    words: list[str]
    """The words its word features come from (see :func:`distinct_words`)."""
    unspaced: bool
    """Whether its text is in a script written without spaces."""
    shared: tuple[str, ...]
    """Its section's headings (one block for all the units of a section)."""
    lead: tuple[str, ...]
    """Its lead-in's (one block for all the units it introduces)."""
    extra: tuple[str, ...]
    """Its section's and lead-in's features combined with its form."""
    place: tuple[str, ...] = ()
    """Its place in the posting, and for a list entry which list of the posting it is in."""

    @property
    def own(self) -> list[str]:
        """Its layout, first words, lexicon classes and cues: what it says apart from the features of its words."""
        return [*self.layout, *self.opening, *self.classes, *self.cues]

    @property
    def text(self) -> list[str]:
        """Everything the unit says: what the content model reads."""
        return [*self.own, *(f for word in self.words for f in word_features(word, self.unspaced))]

    @property
    def context(self) -> list[str]:
        """Everything about where the unit stands."""
        return [*self.shared, *self.lead, *self.extra, *self.place]

    def full(self, content: Sequence[str]) -> list[str]:
        """Every feature the main model reads, with the content votes of its list and section."""
        return [*self.context, *self.text, *content]


def unit_features(
    unit: Unit,
    shared: tuple[str, ...],
    lead: tuple[str, ...],
    vocabulary: Vocabulary,
    place: tuple[str, ...] = (),
) -> UnitFeatures:
    """A unit's features: its own, its section's, its lead-in's, a few of them combined, and ``place``."""
    words = words_of(unit.text)
    return _features(unit, words, tuple(cue_features(unit.text, vocabulary, words)), shared, lead, place)


def _features(
    unit: Unit,
    words: list[str],
    cue_names: tuple[str, ...],
    shared: tuple[str, ...],
    lead: tuple[str, ...],
    place: tuple[str, ...],
) -> UnitFeatures:
    """:func:`unit_features`, given the unit's :func:`words_of` and :func:`cue_features`."""
    distinct = distinct_words(words)
    layout = _layout(unit, words)
    return UnitFeatures(  # by position, in the order of the fields (a unit each: a third cheaper than by name)
        layout,
        opening_features(words),
        class_features(
            lexicon_classes(
                _without_false_pronouns(unit.text, words, distinct)
                if not _FALSE_PRONOUNS.isdisjoint(distinct)  # most units hold none: no call
                else distinct
            )
        ),
        cue_names,
        distinct,
        _has_unspaced(unit.text),
        shared,
        lead,
        _combined(shared[0], lead[0], shared[1], layout[1]),
        place,
    )


@lru_cache(maxsize=4096)
def _combined(heading: str, lead_in: str, declared: str, form: str) -> tuple[str, ...]:
    return (f"{heading}|{form}", f"{lead_in}|{form}", f"{declared}|{form}")


def content_features(
    units: Sequence[Unit], text_scores: Sequence[Sequence[float]], margins: Sequence[float] | None = None
) -> list[tuple[str, ...]]:
    """What the other units of each unit's list and section say by their words alone.

    A list whose items read as duties is a list of duties whatever its heading
    says; the content model's votes over the list (each level of it apart) and over
    the section become features of each unit ("lc:responsibility", "sc:qualification").
    ``margins``: the margin of each unit's ``text_scores``, when the caller has them.
    """
    if margins is None:
        margins = [_margin(scores) for scores in text_scores]
    by_list: dict[int, list[int]] = {}
    by_section: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        by_section.setdefault(id(unit.node), []).append(index)
        if unit.form in ("list", "line"):
            by_list.setdefault(_list_level(unit), []).append(index)
    winners = [scores.index(max(scores)) for scores in text_scores]
    list_vote = {key: "lc:" + _vote([winners[i] for i in members]) for key, members in by_list.items()}
    section_vote = {key: "sc:" + _vote([winners[i] for i in members]) for key, members in by_section.items()}
    out: list[tuple[str, ...]] = []
    for unit, winner, margin in zip(units, winners, margins, strict=True):
        own = _OWN_VOTES[winner][margin >= _SURE_MARGIN]
        if unit.form in ("list", "line"):
            out.append((section_vote[id(unit.node)], own, list_vote[_list_level(unit)]))
        else:
            out.append((section_vote[id(unit.node)], own))
    return out


def _list_level(unit: Unit) -> int:
    """A key for one level of a list: nested entries say how their parent's work is done ("unit tests with
    Vitest" under "Write tests:") and read otherwise; they vote apart from their parents."""
    return unit.group * _MAX_LEVELS + min(unit.level, _MAX_LEVELS - 1)


_MAX_LEVELS = 8


_OWN_VOTES = tuple((f"tc:{name}", f"tc:{name}+") for name in CLASSES)
"""The content model's kind for a unit itself, unsure and sure ("tc:qualification+")."""
_SURE_MARGIN = 2.0


def _vote(winners: Sequence[int]) -> str:
    """The kind most of a group's units have, if clearly most of those that have one; else 'mixed' or 'none'."""
    duties = winners.count(0)
    requirements = winners.count(1)
    items = duties + requirements
    if items * 3 < len(winners):
        return "none"
    if duties >= 0.7 * items:
        return CLASSES[0]
    if requirements >= 0.7 * items:
        return CLASSES[1]
    return "mixed"


_STARTING_PATTERNS: tuple[tuple[str, CaselessPattern], ...] = (
    ("c:duty-verb", cues.DUTY_VERB_START),
    ("c:qual-start", cues.QUAL_START),
    ("c:qual-start", cues.QUAL_START_OTHER_SCRIPTS),  # no text opens on both
    ("c:you-start", cues.YOU_START),
    ("c:qual-weak", cues.QUAL_WEAK),
)
_STARTING_CUES: tuple[tuple[str, Callable[[str], object]], ...] = tuple(
    (name, pattern.match_lowered) for name, pattern in _STARTING_PATTERNS
)
_CUES_ANYWHERE: tuple[tuple[str, CaselessPattern], ...] = (
    ("c:duty", cues.RESPONSIBILITY),
    ("c:qual-strong", cues.QUAL_STRONG),
    ("c:seeking", cues.SEEKING),
    ("c:not-item", cues.NOT_AN_ITEM),
    ("c:qual-strong", cues.PERSON_SOUGHT_ENDING),  # kept apart for speed (see there); named once
)
# Most units hold none of these cues: one pass for the words each needs tells which to try.
_CUE_GATE = LiteralGate([pattern for _, pattern in _CUES_ANYWHERE])


def cue_features(text: str, vocabulary: Vocabulary, words: list[str] | None = None) -> list[str]:
    """The cue phrases a unit holds: a preferred cue, and those of :mod:`jobspec.cues`.

    ``words``: the text's :func:`words_of`, when the caller has them already.
    """
    lowered = lower_like_ignorecase(text)
    out = ["x:preferred"] if vocabulary.has_preferred_cue(text, lowered) else []
    if "\u2019" in text or "\u2018" in text or "\u02bc" in text:
        text = text.translate(_APOSTROPHES)
        lowered = lower_like_ignorecase(text)
    out.extend(name for name, find in _STARTING_CUES if find(lowered))
    possible = _CUE_GATE.candidates(lowered)
    if possible:  # most units hold none of the words these cues need
        out.extend(
            name
            for number, (name, pattern) in enumerate(_CUES_ANYWHERE)
            if number in possible and name not in out and pattern.search_lowered(lowered) is not None
        )
    if words is None:
        words = words_of(text)
    if _may_address_the_reader(words):
        out.extend(name for name in _reader_cues(text, words) if name not in out)
    return out


def cues_of_units(texts: Sequence[str], words: Sequence[list[str]], vocabulary: Vocabulary) -> list[tuple[str, ...]]:
    """:func:`cue_features` of each of ``texts`` (``words``: each one's :func:`words_of`), the same
    features, with one pass of each gate over all the texts instead of one per text.

    Each text's cues are remembered (per vocabulary, up to :data:`_CUES_REMEMBERED` texts):
    postings repeat lines (a company's benefits, its equal-opportunity sentence), and a
    posting parsed again repeats them all.
    """
    memory = _remembered_cues(vocabulary.preferred_pattern)
    known = list(map(memory.get, texts))
    unknown = [index for index, cue_names in enumerate(known) if cue_names is None]
    if not unknown:
        return [cue_names for cue_names in known if cue_names is not None]
    fresh = iter(_cues_of_texts([texts[i] for i in unknown], [words[i] for i in unknown], vocabulary))
    found = [cue_names if cue_names is not None else next(fresh) for cue_names in known]
    for index in unknown[: _CUES_REMEMBERED - len(memory)]:
        memory[texts[index]] = found[index]
    return found


_CUES_REMEMBERED = 20_000
"""Texts whose cues a vocabulary's memory holds (some 250 bytes each, with the text)."""


@lru_cache(maxsize=8)
def _remembered_cues(preferred: CaselessPattern) -> dict[str, tuple[str, ...]]:
    """The memory of texts' cues for the vocabulary whose ``preferred`` cues (of every script) these are: the
    cues of a text depend on nothing else of a vocabulary."""
    return {}


def _cues_of_texts(texts: Sequence[str], words: Sequence[list[str]], vocabulary: Vocabulary) -> list[tuple[str, ...]]:
    """:func:`cues_of_units`, without its memory."""
    lowered = [lower_like_ignorecase(text) for text in texts]
    read = [_straight_apostrophes(text) for text in texts]
    read_lowered = [
        low if reading is text else lower_like_ignorecase(reading)
        for text, reading, low in zip(texts, read, lowered, strict=True)
    ]
    gate, preferred_number = _cue_gate_for(vocabulary.latin_preferred_pattern)
    possible = gate.candidates_of_each(read_lowered)
    gated = None if preferred_number is None else [preferred_number in found for found in possible]
    preferred = vocabulary.has_preferred_cues(texts, lowered, gated)
    return [_cues_of(*unit) for unit in zip(read, read_lowered, words, preferred, possible, strict=True)]


def _cues_of(text: str, lowered: str, words: list[str], preferred: bool, possible: set[int]) -> tuple[str, ...]:
    """The cue features of one text, read with straight apostrophes, given what the gates found in it."""
    out = ["x:preferred"] if preferred else []
    for name, match in _STARTING_MATCHES:
        if match(lowered) is not None:
            out.append(name)
    if possible:
        for number, (name, search) in enumerate(_ANYWHERE_SEARCHES):
            if number in possible and name not in out and search(lowered) is not None:
                out.append(name)
    if _may_address_the_reader(words):
        out.extend(name for name in _reader_cues(text, words) if name not in out)
    return tuple(out)


@lru_cache(maxsize=16)
def _cue_gate_for(preferred: CaselessPattern) -> tuple[LiteralGate, int | None]:
    """The gate of the cues anywhere with a vocabulary's Latin ``preferred`` cues as one more pattern, and its number.

    One pass over the texts serves both. The gate reads the texts with straight apostrophes,
    and the preferred cues are looked for in them as they are: it lets through every text
    those cues can match as long as none of their literals holds a curly apostrophe. When
    one might, it is the gate of the cues anywhere alone (and None).
    """
    if any(mark in preferred.source for mark in _CURLY_APOSTROPHES):
        return _CUE_GATE, None
    return LiteralGate([*(pattern for _, pattern in _CUES_ANYWHERE), preferred]), len(_CUES_ANYWHERE)


_CURLY_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")


def _straight_apostrophes(text: str) -> str:
    """``text`` with its curly apostrophes straight; ``text`` itself when it has none."""
    if "\u2019" in text or "\u2018" in text or "\u02bc" in text:
        return text.translate(_APOSTROPHES)
    return text


_STARTING_MATCHES = tuple((name, cue.on_lowered.match) for name, cue in _STARTING_PATTERNS)
_ANYWHERE_SEARCHES = tuple((name, cue.on_lowered.search) for name, cue in _CUES_ANYWHERE)


def _reader_cues(text: str, words: list[str]) -> list[str]:
    """The reader addressed in another language: doing a duty, or described (see :mod:`jobspec.cues`)."""
    if not _OTHER_SCRIPT_WORDS.isdisjoint(words):  # one look for all of them; most texts have none
        reader = next(reader for reader in cues.OTHER_SCRIPT_READERS if not reader.words.isdisjoint(words))
        return _other_script_reader_cues(reader, text.lower())
    if _READER_PRONOUNS.isdisjoint(words) or _false_reader(text, words) is not None:
        return ["c:reader-duty"] if cues.SECOND_PERSON_DUTY_UNNAMED.search(text) is not None else []
    out = ["c:reader-duty"] if _asks_a_duty_of_the_reader(text) else []
    if cues.SECOND_PERSON_TRAIT.search(text) is not None:
        out.append("c:reader-trait")
    return out


def _other_script_reader_cues(reader: cues.ReaderCues, lowered: str) -> list[str]:
    """The cues of a text that addresses the reader in a language of :data:`cues.OTHER_SCRIPT_READERS`, named
    as their like in English and German are: "Вы будете вести …" as "You will …" (a duty), "Вы владеете …"
    as "Du hast …" (a trait and, opening the sentence, a weak requirement). A text that also holds the
    English cue ("… you will …" in a Vietnamese sentence) names it once: the callers add only new names."""
    out = ["c:duty"] if reader.duty.search(lowered) is not None else []
    if lowered.startswith(_OTHER_SCRIPT_YOU):
        out.append("c:you-start")
    trait = reader.trait.search(lowered)
    if trait is not None:
        out.extend(("c:qual-weak", "c:reader-trait") if trait.start() == 0 else ("c:reader-trait",))
    return out


_OTHER_SCRIPT_YOU = ("вы ", "ты ", "ви ", "ти ", "bạn ")
_OTHER_SCRIPT_WORDS = frozenset().union(*(reader.words for reader in cues.OTHER_SCRIPT_READERS))


def _asks_a_duty_of_the_reader(text: str) -> bool:
    """Whether :data:`cues.SECOND_PERSON_DUTY` finds something in ``text``, from the alternatives it may find.

    Its alternatives each need a pronoun or an ending of their own ("Sie", "du", "vous"):
    a text holds the strings of one or two, and is searched for those only, not for
    every one of them at every word (a fifth of the time, for a text that passes).
    """
    possible = _READER_DUTY_GATE.candidates(text)
    return any(_READER_DUTY_SEARCHES[number](text) is not None for number in possible)


_READER_DUTY_ALTERNATIVES = split_alternatives(cues.SECOND_PERSON_DUTY.pattern)
_READER_DUTY_GATE = LiteralGate(_READER_DUTY_ALTERNATIVES)
_READER_DUTY_SEARCHES = tuple(
    re.compile(source, cues.SECOND_PERSON_DUTY.flags).search for source in _READER_DUTY_ALTERNATIVES
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# What cues.OTHER_LANGUAGE_READER looks for, as words, and the words of cues.OTHER_SCRIPT_READERS: a
# cheaper look that finds them wherever those patterns would (and a little more), before the patterns
# that decide.
_READER_WORDS = (
    frozenset("vous tu tú je jij du sie ti te si se você usted مسؤول مسؤولا مسؤولة".split()) | _OTHER_SCRIPT_WORDS
)
_READER_OPENINGS = frozenset(
    "la il el o a vai irá também ainda além también además asimismo inoltre anche infine poi finalmente "
    "vas budeš budete s se v ve na u při pro k ke po také dále navíc denně també t hauràs".split()
)
# Endings of a first word that address the reader: the future of Italian, Spanish and Catalan, Czech's
# present; and of a last word: Turkish's future.
_FUTURE_ENDINGS: tuple[str, ...] = (
    *("erai", "irai", "arai", "arás", "erás", "irás", "rrai", "drás", "aràs", "eràs", "iràs"),
    *("íš", "eš", "áš", "íte", "áte", "ujete"),
)
_LAST_WORD_FUTURE_ENDINGS = tuple(
    f"{stem}{end}" for stem in ("ecek", "acak") for end in ("", "tir", "tır", "sin", "sın", "siniz", "sınız")
)
# First words of Hebrew's second person future and Arabic's future.
_HEBREW_ARABIC_FUTURE = ("ת", "سي", "ست", "وسي", "وست")
# Every match of cues.SECOND_PERSON_TRAIT holds one of these words, and so does every match of
# cues.SECOND_PERSON_DUTY but those of the cheaper cues.SECOND_PERSON_DUTY_UNNAMED.
_READER_PRONOUNS = frozenset("vous tu tú je jij du sie você".split())


def _false_reader(text: str, words: list[str]) -> str | None:
    """The only reader's pronoun of a sentence when it is a word of another language there, else None:
    French "du" ("of the", beside two French words: "le droit du travail"), Slavic "je" ("is", "them", in a
    text with Slavic letters: "Na pracovišti je klid"), not the German or Nordic "du" nor the Dutch "je"."""
    pronouns = _READER_PRONOUNS.intersection(words)
    if pronouns == _DU and len(_FRENCH_MARKS.intersection(words)) >= _MIN_FRENCH_MARKS:
        return "du"
    if pronouns == _JE and not _SLAVIC_LETTERS.isdisjoint(text):
        return "je"
    return None


def _without_false_pronouns(text: str, words: list[str], distinct: list[str]) -> list[str]:
    """``distinct`` without the word :func:`_false_reader` finds, if any, and without Portuguese "nos" and
    "nas" ("in the": "nos termos da lei"), which are Spanish and Polish for "us" (see :func:`_reads_as_portuguese`)."""
    false = {_false_reader(text, words)}
    if _reads_as_portuguese(text, words):
        false |= _PORTUGUESE_CONTRACTIONS
    return [word for word in distinct if word not in false]


def _reads_as_portuguese(text: str, words: list[str]) -> bool:
    """Whether a sentence holds two words of Portuguese that Spanish and Polish do not have, or a letter only
    Portuguese writes ("ã", "õ")."""
    return len(_PORTUGUESE_MARKS.intersection(words)) >= _MIN_PORTUGUESE_MARKS or "ã" in text or "õ" in text


_PORTUGUESE_CONTRACTIONS = frozenset({"nos", "nas"})
_PORTUGUESE_MARKS = frozenset("do da dos das em não ao aos à às uma com pela pelo pelos pelas é são".split())
_MIN_PORTUGUESE_MARKS = 2
_FALSE_PRONOUNS = frozenset({"du", "je"}) | _PORTUGUESE_CONTRACTIONS


# French words, of which a German or Nordic sentence holds at most one ("des", "et").
_FRENCH_MARKS = frozenset(
    "le la les l d des et est un une au aux ou par pour dans avec sur nous qui ce cette son sa ses".split()
)
_MIN_FRENCH_MARKS = 2
_DU = frozenset({"du"})
_JE = frozenset({"je"})
_SLAVIC_LETTERS = frozenset("ěřůčšžňťďľĺŕąęłńśźżćđ")


def _may_address_the_reader(words: list[str]) -> bool:
    if not words:
        return False
    first = words[0]
    return (
        first in _READER_OPENINGS
        or first.endswith(_FUTURE_ENDINGS)
        or first.startswith(_HEBREW_ARABIC_FUTURE)
        or not _READER_WORDS.isdisjoint(words)
        or words[-1].endswith(_LAST_WORD_FUTURE_ENDINGS)
    )


# --- the model -----------------------------------------------------------------------


@dataclass(frozen=True)
class ItemModel:
    """Weights of the linear model over unit features, one per feature and class."""

    weights: Mapping[str, tuple[float, ...]]
    """The main model: every feature, with the content votes."""
    text_weights: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    """The content model: a unit's own words and layout only."""
    list_pull: float = 0.5
    """How far each unit's scores move towards its list's mean (0: not at all, 1: all the way)."""

    @classmethod
    def from_file(cls, path: str | Path) -> ItemModel:
        """Read a model written by ``scripts/train_item_model.py``."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ItemModel:
        """A model from its JSON form: ``{"classes": [...], "list_pull": x, "weights": {feature: [...]}}``."""
        if tuple(data.get("classes", ())) != CLASSES:  # type: ignore[arg-type]
            raise ValueError(f"item model classes must be {list(CLASSES)}")
        weights = _weights(data.get("weights", {}))
        text_weights = _weights(data.get("text_weights", {}))
        pull = data.get("list_pull", 0.5)
        if not isinstance(pull, (int, float)):
            raise ValueError("item model list_pull must be a number")
        return cls(weights=weights, text_weights=text_weights, list_pull=float(pull))

    def to_dict(self) -> dict[str, object]:
        """The JSON form :meth:`from_dict` reads."""
        return {
            "classes": list(CLASSES),
            "list_pull": self.list_pull,
            "weights": _rounded(self.weights),
            "text_weights": _rounded(self.text_weights),
        }

    def text_scores(self, features: Iterable[str]) -> list[float]:
        """The content model's summed weights per class."""
        total = [0.0, 0.0, 0.0]
        weights = self.text_weights
        for name in features:
            found = weights.get(name)
            if found is not None:
                total[0] += found[0]
                total[1] += found[1]
                total[2] += found[2]
        return total

    @cached_property
    def packed(self) -> dict[str, Packed]:
        """Per feature: the main model's three weights, the content model's three, and its signal's index."""
        zero = (0.0, 0.0, 0.0)
        return {
            name: (*self.weights.get(name, zero), *self.text_weights.get(name, zero), SIGNALS.index(_group_of(name)))  # type: ignore[misc]
            for name in {*self.weights, *self.text_weights}
        }

    @cached_property
    def standing_sums(self) -> Mapping[tuple[tuple[str, ...], ...], Sums]:
        """Per unit layout and blocks of where the unit stands, their summed weights, remembered.

        The key is ``(layout, shared, lead, extra, place)`` of :class:`UnitFeatures`,
        which the units of a list mostly share; the content model reads the layout only.
        """
        return _Memory(partial(_sums_of_blocks, self.packed, 1), bound=_STANDINGS_REMEMBERED)

    @cached_property
    def vote_sums(self) -> Mapping[tuple[str, ...], Sums]:
        """Per content votes of a unit (see :func:`content_features`), their summed weights, remembered."""
        return _Memory(partial(_sums_of_votes, self.packed))

    @cached_property
    def group_sums(self) -> Mapping[tuple[str, ...], GroupSums]:
        """Per block of features of one signal group, their summed weights, remembered."""
        return _Memory(partial(_sums_of_group, self.packed), bound=_GROUPS_REMEMBERED)

    def word_sums(self, unspaced: bool) -> Mapping[str, GroupSums | None]:
        """Per word, the summed weights of the features it gives (see :func:`word_features`), remembered.

        None for a word none of whose features the models know: there is nothing to add.
        """
        return self._word_sums[unspaced]

    @cached_property
    def _word_sums(self) -> tuple[_Memory[str, GroupSums | None], _Memory[str, GroupSums | None]]:
        return _Memory(partial(_sums_of_word, self.packed, False)), _Memory(partial(_sums_of_word, self.packed, True))


_STANDINGS_REMEMBERED = 20_000
"""Combinations of layout and place a model remembers (some 18 new per posting, of some 800 bytes each)."""
_GROUPS_REMEMBERED = 50_000
"""Blocks of one signal group a model remembers (some 20 new per posting, most of them first words)."""


Sums = tuple[float, ...]
"""Summed weights of features: the main model's three class totals, its three per signal group
(in the order of :data:`SIGNALS`), then the content model's three."""
GroupSums = tuple[float, float, float, float, float, float]
"""Summed weights of features all of one signal group: the main model's three, the content model's three."""

_GROUP_SUMS = 3
_CONTENT_SUMS = _GROUP_SUMS + 3 * len(SIGNALS)
_SUMS = _CONTENT_SUMS + 3


def _sums_of_blocks(packed: Mapping[str, Packed], read_by_content: int, blocks: tuple[tuple[str, ...], ...]) -> Sums:
    """The :data:`Sums` of the features of ``blocks``; the content model's of the first ``read_by_content`` only."""
    sums = [0.0] * _SUMS
    for index, block in enumerate(blocks):
        content = index < read_by_content
        for main0, main1, main2, content0, content1, content2, signal in filter(None, map(packed.get, block)):
            group = _GROUP_SUMS + 3 * signal
            sums[0] += main0
            sums[1] += main1
            sums[2] += main2
            sums[group] += main0
            sums[group + 1] += main1
            sums[group + 2] += main2
            if content:
                sums[_CONTENT_SUMS] += content0
                sums[_CONTENT_SUMS + 1] += content1
                sums[_CONTENT_SUMS + 2] += content2
    return tuple(sums)


def _sums_of_votes(packed: Mapping[str, Packed], votes: tuple[str, ...]) -> Sums:
    return _sums_of_blocks(packed, 0, (votes,))


def _sums_of_group(packed: Mapping[str, Packed], features: Iterable[str]) -> GroupSums:
    """The :data:`GroupSums` of ``features``, which the caller knows are all of one signal group."""
    sums = [0.0] * 6
    for name in features:
        weights = packed.get(name)
        if weights is not None:
            for index in range(6):
                sums[index] += weights[index]
    return sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]


def _sums_of_word(packed: Mapping[str, Packed], unspaced: bool, word: str) -> GroupSums | None:
    """The :data:`GroupSums` of the features of ``word``; None when the models know none (most short words)."""
    known = [name for name in word_features(word, unspaced) if name in packed]
    return _sums_of_group(packed, known) if known else None


def _weights(raw: object) -> dict[str, tuple[float, ...]]:
    if not isinstance(raw, dict):
        raise ValueError("item model weights must be a mapping of feature to weights")
    return {str(name): tuple(float(w) for w in values) for name, values in raw.items()}


def _rounded(weights: Mapping[str, tuple[float, ...]]) -> dict[str, list[float]]:
    return {name: [round(w, 4) for w in values] for name, values in sorted(weights.items())}


Packed = tuple[float, float, float, float, float, float, int]
"""A feature's weights: the main model's three, the content model's three, and its signal group's index."""

_GROUP_OF_PREFIX: dict[str, ItemSignal] = {
    "h": "heading",
    "d": "heading",
    "a": "heading",
    "hw": "heading",
    "hp": "heading",
    "hm": "heading",
    "lm": "lead-in",
    "l": "lead-in",
    "lw": "lead-in",
    "w": "words",
    "p": "words",
    "f": "words",
    "fs": "words",
    "f2": "words",
    "x": "words",
    "c": "words",
    "sc": "list",
    "lc": "list",
    "tc": "words",
}


def _group_of(feature: str) -> ItemSignal:
    prefix = feature.split(":", 1)[0]
    if "|" in feature:
        return "lead-in" if prefix == "l" else "heading"
    return _GROUP_OF_PREFIX.get(prefix, "layout")


@cache
def default_item_model() -> ItemModel:
    """The model shipped with jobspec (read once per process)."""
    text = resources.files("jobspec").joinpath("data", _MODEL_FILE).read_text(encoding="utf-8")
    return ItemModel.from_dict(json.loads(text))


# --- decisions -----------------------------------------------------------------------


@dataclass
class Judgement:
    """The decision on one unit."""

    kind: ItemKind | None
    signal: ItemSignal
    confidence: float


MAX_JUDGED_UNITS = 5_000
"""Units judged one by one; beyond these (no real posting has so many) a unit takes its list's verdict."""


def judge_units(
    units: list[Unit], roots: list[SectionNode], vocabulary: Vocabulary, model: ItemModel, *, title: Title = None
) -> list[Judgement]:
    """Decide every unit: its kind (or None), the signal that decided it, how sure the model is.

    ``title`` is the posting's title (or a function that finds it): a sentence whose subject is its job
    speaks of the hire.
    """
    return _judged_with_features(units, roots, vocabulary, model, title)[0]


def _judged_with_features(
    units: list[Unit], roots: list[SectionNode], vocabulary: Vocabulary, model: ItemModel, title: Title
) -> tuple[list[Judgement], list[UnitFeatures]]:
    """:func:`judge_units`, with the features of the units judged one by one (the first :data:`MAX_JUDGED_UNITS`)."""
    if len(units) > MAX_JUDGED_UNITS:
        judged, features = _judge(units[:MAX_JUDGED_UNITS], roots, vocabulary, model, title)
        return judged + _as_their_lists(units[:MAX_JUDGED_UNITS], judged, units[MAX_JUDGED_UNITS:]), features
    return _judge(units, roots, vocabulary, model, title)


def _as_their_lists(judged_units: list[Unit], judged: list[Judgement], rest: list[Unit]) -> list[Judgement]:
    """The units past the bound, each decided as most units of its list (or paragraph) were, else not an item.

    Only hostile input has so many units: this keeps its parse linear and cheap.
    """
    votes: dict[int, Counter[ItemKind | None]] = {}
    for unit, judgement in zip(judged_units, judged, strict=True):
        votes.setdefault(unit.group, Counter())[judgement.kind] += 1
    verdict = {group: count.most_common(1)[0][0] for group, count in votes.items()}
    return [Judgement(verdict.get(unit.group), "list", 0.5) for unit in rest]


def _judge(
    units: list[Unit], roots: list[SectionNode], vocabulary: Vocabulary, model: ItemModel, title: Title
) -> tuple[list[Judgement], list[UnitFeatures]]:
    features = all_features(units, roots, vocabulary)
    own_sums = _units_sums(features, model)
    text_scores = [sums[_CONTENT_SUMS:] for sums in own_sums]
    text_margins = [_margin(scores) for scores in text_scores]  # read by the votes and by the sure units
    votes = content_features(units, text_scores, text_margins)
    main = [list(map(add, sums, model.vote_sums[voted])) for sums, voted in zip(own_sums, votes, strict=True)]
    scores = [sums[:3] for sums in main]
    # A unit whose own words or whose whole reading leave no doubt keeps its kind in any list.
    sure = [
        _margin(own) >= _SURE_MARGIN or words >= 2 * _SURE_MARGIN
        for own, words in zip(scores, text_margins, strict=True)
    ]
    pulled = _pulled(units, scores, sure, model.list_pull)
    judgements = [
        _judgement(unit, final, sums, vocabulary) for unit, final, sums in zip(units, pulled, main, strict=True)
    ]
    _take_cued_items(units, features, pulled, judgements, vocabulary)
    _take_people_sought(units, features, pulled, judgements, vocabulary)
    _take_cued_sentences_beside_their_kind(units, features, pulled, judgements, vocabulary)
    _read_duty_cued_sentences_beside_duties(units, features, judgements)
    _take_sole_sentences(units, features, pulled, judgements, vocabulary)
    _take_lists_by_content(units, votes, pulled, judgements)
    _read_requirement_lists_under_duties(units, features, judgements)
    _read_duty_lists_under_requirements(units, features, judgements, vocabulary)
    _read_stated_duties_among_requirements(units, features, judgements)
    _read_lists_of_duty_verbs(units, features, pulled, judgements)
    _read_duty_lists_under_offers(units, features, judgements)
    _read_duties_led_in_under_requirements(units, features, judgements, vocabulary)
    _read_requirements_led_in(units, features, judgements, vocabulary)
    _read_people_sought_to_do_the_work(units, features, judgements)
    lists = _lists_where(units, lambda _, __: True)
    _read_unread_lists_by_heading(units, lists, features, judgements, vocabulary)
    _read_unread_entries_by_their_list(units, lists, features, judgements)
    _read_unread_fields_by_their_label(units, features, judgements)
    _leave_out_uncued_prose_read_as_duties_by_heading(units, features, judgements)
    _read_the_holders_sentences(units, features, judgements, title)
    _read_the_passive_among_the_hires_duties(units, features, judgements)
    _read_stated_duties_among_duties(units, features, judgements)
    _read_sentences_beside_requirements(units, features, judgements)
    _read_sentences_beside_duties(units, features, judgements)
    _read_the_work_said_in_the_passive(units, judgements)
    _read_paragraphs_written_as_entries(units, judgements)
    _leave_out_how_to_apply(units, judgements)
    _leave_out_addresses_taken_by_place(units, judgements)
    _leave_out_job_titles(units, judgements)
    _leave_out_welcomes_to_apply(units, judgements)
    _leave_out_what_is_done_for_the_reader(units, judgements)
    _leave_out_selection_by_suitability(units, judgements)
    _leave_out_checks_the_employer_makes(units, judgements)
    _leave_out_whom_the_hire_reports_to(units, judgements)
    _leave_out_questions_read_as_duties(units, pulled, judgements)
    _leave_out_what_need_not_be_had(units, features, judgements)
    _leave_out_the_teams_technologies(units, roots, features, judgements, vocabulary)
    _read_requirement_entries_under_unnamed_headings(units, features, judgements)
    _read_traits_listed_among_duties(units, features, judgements)
    if not any(j.kind in _ITEM_KIND_NAMES for j in judgements):
        _read_lists_by_layout(units, pulled, judgements)
    if (
        not any(j.kind == "responsibility" for j in judgements)
        and not _read_duty_lists_before_named_requirements(units, lists, features, judgements)
        and not _read_duty_lists_by_place(units, features, judgements)
    ):
        _take_likeliest_duties(units, pulled, judgements)
        _read_sentences_beside_duties(units, features, judgements)  # beside the duties just taken
    _leave_out_introducing_lines(units, judgements)
    _leave_out_the_names_of_groups(units, features, text_margins, judgements)
    return judgements, features


def _leave_out_the_names_of_groups(
    units: list[Unit], features: list[UnitFeatures], text_margins: list[float], judgements: list[Judgement]
) -> None:
    """A list entry of a few words over two entries or more nested under it, that neither ends as a sentence
    does, nor holds a cue, nor reads by its own words as an item beyond doubt, names the group its entries
    form ("Partnerships", "Monitoring and reporting"): no item itself ("Run the platform" is one). So does
    one that holds only the noun a requirement opens on, with no number ("Formação e experiência"), which
    reads as a requirement beyond doubt by that noun alone; and so does, beside such a name, every other
    short entry of its list and level with entries nested under it and no strong cue."""
    heads = [
        index
        for index, unit in enumerate(units)
        if judgements[index].kind in _ITEM_KIND_NAMES
        and unit.form == "list"
        and len(features[index].words) <= _GROUP_NAME_WORDS
        and unit.text[-1:].isalnum()
        and _nested_entries(units, index) > 0
    ]
    named_groups = set()
    for index in heads:
        if _nested_entries(units, index) >= _GROUP_MEMBERS and _names_no_more_than_a_group(
            units[index].text, features[index].cues, text_margins[index]
        ):
            named_groups.add((units[index].group, units[index].level))
            judgements[index] = Judgement(None, "layout", judgements[index].confidence)
    # Beside a group's name, the other short entries over nested ones name groups too ("Architecture",
    # "Engineering" beside "Governance"), though their words read as an item alone ("Engineering" as a verb).
    for index in heads:
        unit = units[index]
        if (unit.group, unit.level) in named_groups and _STRONG_CUES.isdisjoint(features[index].cues):
            judgements[index] = Judgement(None, "layout", judgements[index].confidence)


def _names_no_more_than_a_group(text: str, cue_names: Collection[str], text_margin: float) -> bool:
    """Whether an entry's words may be no more than a group's name: no cue and no sure reading by its words,
    or only the cue of a requirement's opening noun and no number."""
    if not cue_names:
        return text_margin < _SURE_MARGIN
    return set(cue_names) == {"c:qual-start"} and not any(char.isdigit() for char in text)


def _nested_entries(units: list[Unit], index: int) -> int:
    """How many entries are nested right under the list entry at ``index``."""
    unit, count = units[index], 0
    for following in units[index + 1 :]:
        if following.group != unit.group or following.level <= unit.level:
            break
        count += following.level == unit.level + 1
    return count


_GROUP_NAME_WORDS = 3
_GROUP_MEMBERS = 2


def _leave_out_introducing_lines(units: list[Unit], judgements: list[Judgement]) -> None:
    """A line of its own that ends in a colon introduces what follows: it is no item ("… estas ferramentas:").
    Nor is a sentence that breaks off at a colon on a preposition, an article or a conjunction: its
    duty is told by what follows ("Als Teil des Teams kümmerst du dich um:", "tu participeras à :").

    In the labelled corpora, none of the 10 such lines is an item, and no sentence breaks off so (a
    list entry or a sentence ending in a colon can be: "Lead the redesign of a site that is:").
    """
    for index, unit in enumerate(units):
        if judgements[index].kind in _ITEM_KIND_NAMES and _only_introduces(unit):
            judgements[index] = Judgement(None, "layout", judgements[index].confidence)


def _only_introduces(unit: Unit) -> bool:
    if not unit.text.endswith(_COLONS):
        return False
    return unit.form == "line" or (unit.form == "sentence" and ends_running_on(unit.text[:-1].rstrip()))


def _leave_out_uncued_prose_read_as_duties_by_heading(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A sentence of prose with no cue at all (or only one that says it is no item), read as a duty only
    because of its heading, is no item.

    Under "Overview" or "The role", prose describes the project, the team or
    the field ("Soil ecology is the study of …"); the duties in it say who does
    what, and carry a cue ("You will …", "The fellow will …", an opening verb).
    In the labelled corpora, none of the 13 uncued sentences read as duties by
    their heading alone (scored by a model fitted without their site) is one.
    In other languages than English, whose cues of the third person are few
    ("Stillingen har ansvar for …"), a heading that names duties ("Mission",
    "Arbeidsoppgaver") is believed: none of those 13 is under one, but for a
    sentence that opens on "our" or "the project" ("Projektet genomförs i samarbete
    med …"). In English it is not: scored by models fitted without their site,
    research postings put their project's background under "Your responsibilities".
    Text written without spaces (Japanese, Chinese) is left alone: few cues of
    those languages are known, so an uncued sentence says little there.
    """
    for index, unit in enumerate(units):
        judgement = judgements[index]
        if (
            unit.form == "sentence"
            and judgement.kind == "responsibility"
            and judgement.signal == "heading"
            and (
                not features[index].cues
                or features[index].cues == _NOT_ITEM_ONLY
                or _of_ours_with_no_duty_cue(unit, features[index])
            )
            and not features[index].unspaced  # few cues are known in the scripts written without spaces
            and (
                unit.node.declared is not K.RESPONSIBILITIES
                or _reads_as_english(unit.text)
                or _OURS_FIRST.match(unit.text) is not None
            )
        ):
            judgements[index] = Judgement(None, "words", judgement.confidence)


_NOT_ITEM_ONLY = ("c:not-item",)
"""The cues of a sentence whose only cue says it is no item ("There's room to develop your own project …")."""


def _of_ours_with_no_duty_cue(unit: Unit, features: UnitFeatures) -> bool:
    """Whether a sentence opens on what is the employer's ("Our blog and channel already bring in …") and
    no cue of a duty: a cue of another kind ("people searching for …" as the employer's search) does not
    make it the hire's work."""
    return _OURS_FIRST.match(unit.text) is not None and _DUTY_CUES.isdisjoint(features.cues)


def _read_sentences_beside_requirements(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """Under a heading that names requirements, a sentence of a paragraph that states another requirement
    is one too, though the model finds no sign of it ("Un bon niveau d'anglais est nécessaire. Vous avez
    un master …", "Se cere un nivel bun de limba engleză.").

    The model learnt prose from postings mostly in English, where a requirement without a cue is rare;
    in other languages its cues are fewer. A sentence its words decided (what the team does, an offer)
    stays as decided, and so do paragraphs with no requirement in them: the offer and the application
    often follow the requirements without a heading of their own. In the labelled corpora no sentence
    changes; read without the first condition, 14 sentences of the team and the offer would be taken.
    A condition of the post among requirements ("Some days start at six.") is read as one; taking
    only the sentences after a requirement would leave it, and lose the many paragraphs that open on
    a requirement without a cue ("Voraussetzung ist …", "Кандидат должен иметь …").
    Short lines written as paragraphs of their own are one paragraph here (see
    :func:`_paragraphs_of_short_lines_joined`), once two of them are requirements.
    """
    candidates = [
        index
        for index, (unit, judged) in enumerate(zip(units, judgements, strict=True))
        if _unread_prose(unit, judged, features[index]) and _beside_requirements_may_be_one(unit, features[index])
    ]
    if not candidates:  # most postings: the paragraphs are not looked at
        return
    groups = _paragraphs_of_short_lines_joined(units)
    requirements = Counter(
        group for group, judged in zip(groups, judgements, strict=True) if judged.kind == "qualification"
    )
    for index in candidates:
        group = groups[index]
        if requirements[group] >= (1 if group == units[index].group else _JOINED_LINES_REQUIREMENTS):
            judgements[index] = Judgement("qualification", "heading", judgements[index].confidence)


def _read_sentences_beside_duties(units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]) -> None:
    """Under a heading that names duties, a sentence in another language than English, of a paragraph that
    states another duty, is one too, though the model finds no sign of it ("Der/die Stelleninhaber/in
    bearbeitet …" then "Die Pflege wird lückenlos dokumentiert.").

    The duty's cues of those languages are few: the third person, the passive and nominal sentences
    ("Nettoyage et archivage des données.") carry none. A sentence its words decided stays as decided, and
    so do the employer's words of itself, what is cued as no item, questions, and English prose (under
    "Your responsibilities", research postings put their project's background beside the duties) but for
    the work said in the passive ("Purchase orders are drafted for approval …", see :data:`_PASSIVE`).
    """
    candidates = [
        index
        for index, unit in enumerate(units)
        if unit.form == "sentence" and unit.node.declared is K.RESPONSIBILITIES and judgements[index].kind is None
    ]
    if not candidates:  # most postings: the paragraphs are not looked at
        return
    with_duties = _groups_read_as(units, judgements, "responsibility")
    joined = _paragraphs_of_short_lines_joined(units)
    duties_joined = Counter(
        group for group, judged in zip(joined, judgements, strict=True) if judged.kind == "responsibility"
    )
    members_joined = Counter(joined)
    for index in candidates:
        unit, judged = units[index], judgements[index]
        a_line_of_duties = _is_short_sole_line(units, index) and _among_lines_of_duties(
            joined[index], duties_joined, members_joined
        )
        passive = _says_the_work_in_the_passive(unit.text) and _OF_THE_PROJECT.match(unit.text) is None
        if (
            (unit.group in with_duties or a_line_of_duties)
            and _unread_prose(unit, judged, features[index], by_words_too=a_line_of_duties or passive)
            and not features[index].unspaced
            and not unit.text.endswith("!")  # a call ("Kein Problem!"), not a duty
            and _SETTING.search(unit.text) is None
            and _OURS_FIRST.match(unit.text) is None
            and _WE_FIRST.match(unit.text) is None
            and (not _reads_as_english(unit.text) or passive or a_line_of_duties)
        ):
            judgements[index] = Judgement("responsibility", "heading", judged.confidence)


def _read_the_work_said_in_the_passive(units: list[Unit], judgements: list[Judgement]) -> None:
    """Under a heading that names duties, a sentence of a paragraph that states another duty, read as a
    requirement by its "must", is a duty when it says the work in the passive and its subject is no person
    ("Accurate patient records must be maintained and monthly reports submitted"): what must be done, not
    what the hire must be."""
    with_duties = _groups_read_as(units, judgements, "responsibility")
    for index, unit in enumerate(units):
        if (
            judgements[index].kind == "qualification"
            and unit.form == "sentence"
            and unit.node.declared is K.RESPONSIBILITIES
            and unit.group in with_duties
            and _says_the_work_in_the_passive(unit.text)
            and _PERSON_SUBJECT.search(unit.text) is None
        ):
            judgements[index] = Judgement("responsibility", "heading", judgements[index].confidence)


def _read_the_passive_among_the_hires_duties(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """In a paragraph of the job with two duties or more, a sentence after its first duty that says the work
    in the passive is a duty too ("The Payroll Officer processes the fortnightly pays. … Payroll queries are
    answered by phone and email. The officer also prepares …"), unless it describes the setting, is cued as
    no item or is the employer's words of itself."""
    duties = _groups_read_as(units, judgements, "responsibility", "sentence")
    after_a_duty: set[int] = set()
    for index, unit in enumerate(units):
        if unit.form != "sentence":
            continue
        if judgements[index].kind == "responsibility":
            after_a_duty.add(unit.group)
        elif (
            unit.group in after_a_duty
            and duties[unit.group] >= _DUTIES_AROUND_THE_PASSIVE
            and unit.node.declared not in _NOT_THE_JOBS_SECTIONS
            and _unread_prose(unit, judgements[index], features[index], by_words_too=True)
            and _says_the_work_in_the_passive(unit.text)
            and _OF_THE_PROJECT.match(unit.text) is None
            and _SETTING.search(unit.text) is None
        ):
            judgements[index] = Judgement("responsibility", "words", judgements[index].confidence)


_DUTIES_AROUND_THE_PASSIVE = 2


_OTHER_DUTIES_OF_THE_PARAGRAPH = 2


def _read_stated_duties_among_duties(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """Under a heading that names no kind, a sentence the model left out by its layout or place, whose cues
    give the reader a duty and say nothing else ("Endelig indgår du i afdelingens vagtordning …"), is a duty
    in a paragraph where two other sentences are, unless it describes the setting. Sentences of the post in
    the third person ("The position involves access to …") stay as read: they describe it as often."""
    duties = _groups_read_as(units, judgements, "responsibility", "sentence")
    if not duties:
        return
    for index, unit in enumerate(units):
        cue_names = features[index].cues
        if (
            duties[unit.group] >= _OTHER_DUTIES_OF_THE_PARAGRAPH
            and _unheaded_statement(unit)
            and _unread_prose(unit, judgements[index], features[index])
            and _cued_kind(cue_names) == "responsibility"
            and "c:reader-duty" in cue_names
            and _SETTING.search(unit.text) is None
        ):
            judgements[index] = Judgement("responsibility", "words", judgements[index].confidence)


def _groups_read_as(
    units: list[Unit], judgements: list[Judgement], kind: ItemKind, form: str | None = None
) -> Counter[int]:
    """How many units of each group (list or paragraph) are read as ``kind`` (of ``form`` only, if given)."""
    return Counter(
        unit.group
        for unit, judged in zip(units, judgements, strict=True)
        if judged.kind == kind and (form is None or unit.form == form)
    )


def _among_lines_of_duties(group: int, duties: Counter[int], members: Counter[int]) -> bool:
    """Whether a line written as a paragraph of its own is one of three or more such lines of which two
    thirds are duties: the entries of a list without markers (one ``<p>`` each)."""
    return members[group] >= _MIN_LINES_OF_DUTIES and duties[group] >= _CUED_SHARE * members[group]


_MIN_LINES_OF_DUTIES = 3


# A duty said in the passive, as the work done ("Monthly reports are prepared and shared with …"), not what
# the post is or asks ("The post is funded by …", "A degree is required").
_PASSIVE = re.compile(
    r"^(?:[\w'’-]+,? ){1,10}?"
    r"(?:is|are|(?:is|are) to be|(?:will|must|shall|should) (?:also )?be|(?:has|have|needs?) to be) (?:\w+ly )?"
    r"(?!(?:funded|based|located|offered|provided|given|paid|employed|required|needed|expected|preferred|desired|"
    r"welcomed|registered|qualified|licensed|certified|vaccinated|trained|experienced|skilled|considered|contacted|"
    r"invited|reviewed|accepted|encouraged|reimbursed|shortlisted|selected|appointed|asked|committed|dedicated|"
    r"devoted|focused|interested|excited|pleased|proud|thrilled|delighted|arranged|covered)\b)"
    r"\w+(?:ed|en)\b"
)
"""The work said in the passive, now or as what is to be done ("Purchase orders are drafted for approval",
"Lessons are to be prepared in line with the curriculum", "Accurate records must be maintained"), but not what
is asked of or given to the hire ("… is required", "Training will be provided")."""


def _says_the_work_in_the_passive(text: str) -> bool:
    """Whether a sentence matches :data:`_PASSIVE` (tried only when it holds one of its auxiliaries)."""
    return (" is " in text or " are " in text or " be " in text) and _PASSIVE.search(text) is not None


_OURS_FIRST = re.compile(
    r"(?:projektet|prosjektet|das projekt|le projet|el proyecto|il progetto|o projeto|o projecto|het project|"
    r"projekt|projekti|proiectul|το έργο|our|unser|unsere|notre|nos|nuestro|nuestra|nuestros|nuestras|"
    r"nostro|nostra|nostri|nostre|nosso|nossa|"
    r"nossos|nossas|onze|ons|vår|vårt|våra|vores|våre|meidän|nasz|nasza|nasze|nasi|naše|náš|naši|naša|"
    r"noastră|nostru|noştri|noștri|ημών|η εταιρεία μας|bizim)\b",
    re.IGNORECASE,
)
"""A sentence opening on "our" or "the project" in the languages read: the employer's words of itself or of
its project ("Naše aplikace …", "Projektet genomförs i samarbete med …")."""
_WE_FIRST = re.compile(r"[^\W\d_]{3,}(?:iamo|amos|emos|imos|ăm|ujemy)\b", re.IGNORECASE)
"""A sentence opening on a verb of the first person plural ("Lavoriamo su cantieri …", "Trabajamos con …",
"Lucrăm cu …"): the employer speaking of itself."""
_OF_THE_PROJECT = re.compile(
    r"(?:this|these|those|our|its|their|such|the project)\b"
    r"|.*\bby (?:dr|prof|professor|mr|mrs|ms|our|us|the (?:project|team|company|university|department|group|lab)\b)",
    re.IGNORECASE,
)
"""What says a sentence in the passive is the project's or the team's work ("These models will be calibrated
…", "The project is supervised by Dr. …"): the work described, not asked of the hire."""
_PERSON_SUBJECT = re.compile(
    r"^(?:the |all |our |successful |shortlisted |interested |suitable )*(?:applicants?|candidates?|you|holders?|"
    r"post ?holders?|persons?|people|he|she|they|incumbents?|appointees?|employees?|staff)\b",
    re.IGNORECASE,
)


def _unread_prose(unit: Unit, judged: Judgement, features: UnitFeatures, *, by_words_too: bool = False) -> bool:
    """Whether a unit is a sentence the model left out by its layout or place, not by its words (or by its
    words too, if ``by_words_too``), and that is neither cued as no item, nor the employer's words of itself,
    nor a question: what may be read as the items beside it are (:func:`_read_sentences_beside_requirements`,
    :func:`_read_sentences_beside_duties`)."""
    return (
        judged.kind is None
        and (by_words_too or judged.signal != "words")
        and unit.form == "sentence"
        and "c:not-item" not in features.cues
        and not _speaks_of_the_employer(features)
        and not _is_question(unit)
    )


# A sentence whose subject is the working time ("Arbetstiden är förlagd dag och kväll …", "Praca odbywa się w
# systemie równoważnym"): it describes the post. Inside a duty the word is the work's share ("… 20 procent av
# arbetstiden"), so only its opening is read.
_WORKING_TIME_FIRST = re.compile(
    r"^(?:(?:the\s+)?(?:working\s+)?hours\s+(?:of\s+work\s+)?(?:are|will\s+be)|arbetstiden|arbeidstiden|"
    r"arbejdstiden|(?:die\s+)?arbeitszeit(?:en)?|työaika|czas\s+pracy|praca\s+odbywa\s+się|pracovní\s+doba|"
    r"munkaidő|les\s+horaires|l'orario|el\s+horario|la\s+jornada|o\s+horário|(?:de\s+)?werktijden|"
    r"programul\s+de\s+lucru)\b",
    re.IGNORECASE,
)

# Words of the setting a duty is done in, its shifts, its team and its size ("Il lavoro si svolge su tre turni",
# "Arbetslaget består av sex lärare", "Sklad má plochu 24 000 m²"): a sentence beside duties that holds one
# describes the post.
_SETTING = re.compile(
    r"\b(?:turn[oi]s?|vuoro\w*|műszak\w*|směn\w*|schicht\w*|skift\w*|ploeg\w*|zmian\w*|shifts?|rota|"
    r"dienstrooster|departamento|departament\w*|arbetslag\w*|teamet|tým\w*|tiimi\w*|zespół|zespole|équipe|"
    r"equipo|squadra|afdeling|avdelning\w*|kollegor|kolleger|collega's|colleghi|compañeros|collègues|"
    r"umkreis|kilometr\w*|km)\b"
    # its size: an area ("Sklad má plochu 24 000 m²") or a head count ("pracuje v něm 90 lidí", "120 Betten")
    r"|\d\s*(?:m²|m2|km²|ha|hektar\w*|hectares?|acres?)(?!\w)"
    r"|\b\d+\s+(?:\w+\s+)?(?:lidí|ľudí|osob|osôb|osób|people|employees|staff|mitarbeiter\w*|medewerkers|"
    r"medarbetare|medarbejdere|ansatte|työntekijä\w*|dipendenti|empleados|salariés|collaborateurs|"
    r"beds|betten|lůžek|lôžok|łóżek|łóżkami|łóżka|bäddar|senge|senger|vuodepaikka\w*|posti letto|camas|lits)\b"
    # or when it starts or closes ("Tehtävä alkaa 1.8.2024."), and its opening hours ("od 7:00 do 22:00")
    r"|\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})?(?!\d)|\b\d{1,2}:\d{2}\b"
    # or its working time
    r"|" + _WORKING_TIME_FIRST.pattern,
    re.IGNORECASE,
)


def _beside_requirements_may_be_one(unit: Unit, features: UnitFeatures) -> bool:
    """Whether a sentence beside requirements may be one: under a heading that names them, or where no heading
    names duties, the offer or the company and its words prefer something ("… would help, but it's not
    essential", a wish only a requirement can be)."""
    declared = unit.node.declared
    if declared in _REQUIREMENT_KINDS:
        return True
    return (
        "x:preferred" in features.cues and declared not in _NOT_THE_JOBS_SECTIONS and declared is not K.RESPONSIBILITIES
    )


def _paragraphs_of_short_lines_joined(units: list[Unit]) -> list[int]:
    """Each unit's paragraph, where consecutive paragraphs of one short sentence each in one section count
    as one: lines written as paragraphs of their own ("High school diploma or equivalent." then "Valid
    driver's licence.") are the entries of one list without markers."""
    groups: list[int] = []
    short_before = False
    for index, unit in enumerate(units):
        short = _is_short_sole_line(units, index)
        if short and short_before and units[index - 1].node is unit.node:
            groups.append(groups[index - 1])
        else:
            groups.append(unit.group)
        short_before = short
    return groups


def _is_short_sole_line(units: list[Unit], index: int) -> bool:
    text = units[index].text
    return (
        len(text) <= _SHORT_LINE_CHARS
        and _sole_paragraph_sentence(units, index)
        and len(text.split()) <= _SHORT_LINE_WORDS
    )


_SHORT_LINE_CHARS = 200
"""Longer than this, no line is of :data:`_SHORT_LINE_WORDS` words: the words are not counted."""


_SHORT_LINE_WORDS = 12
"""Words of a short line: a list's entry written without its marker, not a sentence of prose."""
# Among lines written as paragraphs, one requirement may sit beside the close ("… is a plus." then
# "Speak to Anna at the pass."): two make a list.
_JOINED_LINES_REQUIREMENTS = 2


def _speaks_of_the_employer(features: UnitFeatures) -> bool:
    """Whether a unit's words are the employer's of itself, its offer or its application ("We deploy …",
    "Our team …"), and neither address the reader ("Vi ser etter deg som …") nor prefer something."""
    classes = features.classes
    return (
        not _EMPLOYERS_WORDS.isdisjoint(classes) and _READERS_WORD not in classes and "x:preferred" not in features.cues
    )


_EMPLOYERS_WORDS = frozenset(class_features(frozenset({"we", "company", "benefit", "apply"})))
_READERS_WORD = class_features(frozenset({"you"}))[0]


def _read_paragraphs_written_as_entries(units: list[Unit], judgements: list[Judgement]) -> None:
    """Under a heading that names duties or requirements, paragraphs of one sentence each that end on a
    semicolon ("全日制本科及以上学历；", "Lehrbefähigung für Englisch;", each its own ``<p>``) are the
    entries of a list written without markers: each unread one takes the heading's kind, the last one
    (which ends on a full stop) too.
    """
    run: list[int] = []
    for index, unit in enumerate(units):
        sole = _sole_paragraph_sentence(units, index)
        if run and not (sole and _goes_on_as_an_entry(units[run[-1]], unit)):
            _read_run_as_entries(units, judgements, run)
            run = []
        if sole:
            run.append(index)
    _read_run_as_entries(units, judgements, run)


def _goes_on_as_an_entry(previous: Unit, unit: Unit) -> bool:
    """Whether a paragraph of one sentence follows ``previous`` as the next entry: same section, and
    ``previous`` ends on a semicolon."""
    return previous.node is unit.node and previous.text.rstrip().endswith(ENTRY_ENDS)


_MIN_SEMICOLON_ENTRIES = 2


def _sole_paragraph_sentence(units: list[Unit], index: int) -> bool:
    """Whether the unit is a sentence alone in its paragraph."""
    unit = units[index]
    return (
        unit.form == "sentence"
        and (index == 0 or units[index - 1].group != unit.group)
        and (index + 1 == len(units) or units[index + 1].group != unit.group)
    )


def _read_run_as_entries(units: list[Unit], judgements: list[Judgement], run: list[int]) -> None:
    if sum(units[index].text.rstrip().endswith(ENTRY_ENDS) for index in run) < _MIN_SEMICOLON_ENTRIES:
        return
    declared = units[run[0]].node.declared
    if declared is None or declared not in _ITEM_KINDS:
        return
    kind = _item_kind(declared)
    for index in run:
        if judgements[index].kind is None:
            judgements[index] = Judgement(kind, "layout", judgements[index].confidence)


def _read_the_holders_sentences(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement], title: Title
) -> None:
    """A sentence whose subject is the job of the posting's title is an item: a requirement when what
    follows asks the hire to have something ("The nurse must hold …", "Asistentul trebuie să …"), else a
    duty ("The Grant Writer researches …", "Bucătarul pregătește …", "Az óvodapedagógus megtervezi …").

    The title is the posting's own word for the hire, in the posting's own language, so this reads the
    third person of any language without a table of its verbs. Sentences that say what the hire is, gets
    or may do are left alone, and so are the sections of the company, the offer and the application.
    A subject that names the hire without the title's words ("Der/die Stelleninhaber/in", "Il/elle", see
    :func:`_said_of_the_hire`) is read the same way, with a title or without. A sentence after such a duty,
    or after a duty that opens on its verb, that goes on with the subject left out is a duty too (see
    :func:`_goes_on_of_the_hire`).
    """
    job: _TitleJob | None = None
    verbs: dict[int, str] = {}  # per paragraph, the verb of the last sentence that named the hire for a duty
    hire_named: set[int] = set()  # the paragraphs where a sentence named the hire (not only opened on a duty's verb)
    for index, unit in enumerate(units):
        # A sentence read as a requirement only because it says whom the employer seeks is read again: "La
        # persona che cerchiamo seguirà …" is the hire's duty.
        unread = judgements[index].kind is None or (
            judgements[index].kind == "qualification" and features[index].cues == _SEEKING_ONLY
        )
        if (
            (unread or judgements[index].kind == "responsibility")  # a duty read already gives its verb
            and unit.form == "sentence"
            and unit.node.declared not in _NOT_THE_JOBS_SECTIONS
            and not features[index].unspaced
            and not _is_question(unit)
        ):
            if job is None:  # the title is read only when a sentence may speak of the hire
                named = title() if callable(title) else title
                job = (_title_job(named) if named else None) or _NO_JOB
            said = _said_of_the_job(unit.text, job) if job is not _NO_JOB else None
            if said is None:
                said = _said_of_the_hire(unit.text)
            if said is not None:
                kind, verb = said
                if unread:
                    judgements[index] = Judgement(kind, "words", judgements[index].confidence)
                if kind == "responsibility":
                    verbs[unit.group] = verb
                    hire_named.add(unit.group)
            elif (
                unread
                and unit.group in verbs
                and _goes_on_of_the_hire(unit.text, verbs[unit.group], features[index], named=unit.group in hire_named)
                and _WORKING_TIME_FIRST.match(unit.text) is None
            ):
                judgements[index] = Judgement("responsibility", "words", judgements[index].confidence)
            elif not unread and unit.group not in verbs and judgements[index].kind == "responsibility":
                # A duty that opens on its verb, the subject left out ("Trains farmers …", "Si occuperà …"),
                # gives its form too.
                opening = _opening_verb(features[index])
                if opening is not None:
                    verbs[unit.group] = opening


_SEEKING_ONLY = ("c:seeking",)


def _opening_verb(features: UnitFeatures) -> str | None:
    """The verb a duty opens on, its subject left out: the first word of one cued as opening on a duty's verb,
    or one in the accented future of the third person after a reflexive pronoun or none ("Si occuperà …")."""
    words = features.words
    if not words:
        return None
    if "c:duty-verb" in features.cues:
        return words[0]
    first = words[1] if words[0] in _REFLEXIVES and len(words) > 1 else words[0]
    if len(first) >= _MIN_FUTURE_CHARS and first[-1] in _ACCENTED_FUTURE_ENDINGS:
        return first
    return None


def _goes_on_of_the_hire(text: str, verb: str, features: UnitFeatures, *, named: bool = True) -> bool:
    """Whether a sentence after one that named the hire as the subject of ``verb`` goes on with the same
    subject left out: it opens (perhaps after a short phrase and a comma, or a reflexive pronoun) on a verb of
    the same form, the same word or one that ends as the third person does where ``verb`` ends so (see
    :data:`_THIRD_PERSON_GROUPS`) ("Il/La docente cura …" then "Partecipa ai consigli …",
    "The Team Leader supervises …" then "Organises monthly meetings …", "Asistentul va identifica …" then
    "De asemenea, va facilita …").

    The verb's form is the posting's own: no table of a language's verbs is needed, and a sentence that
    opens on an article, a pronoun or a word that says no duty ("Reports to …") has a subject of its own,
    but for English "they" before a duty's verb when the paragraph ``named`` the hire ("They manage …").
    """
    if "c:not-item" in features.cues or _READERS_WORD in features.classes or _opens_on_the_employer(features):
        return False
    tokens = _SUBJECT_TOKEN.findall(text[:_SUBJECT_CHARS])
    english = _reads_as_english(text)
    if _opens_on_the_verb_of(tokens, verb, english=english):
        return True
    if named and tokens and tokens[0].lower() in _THE_HIRE_IN_ENGLISH:  # "They manage our scheduling platform …"
        # Only after the hire was named: after duties alone, "they" is as often the team or the company.
        return cues.DUTY_VERB_START.match(text[len(tokens[0]) :].lstrip()) is not None
    # "De asemenea, va facilita …", "Em especial, elabora …", "Enfin, elle participe …"
    after_a_phrase = "," in tokens[:_MAX_LEADING_PHRASE]
    after = tokens[tokens.index(",") + 1 :] if after_a_phrase else tokens
    if after_a_phrase and _opens_on_the_verb_of(after, verb, english=english):
        return True
    if named and not english and after and after[0].lower() in _THE_HIRE_ELSEWHERE:  # "Elle participe …"
        return _opens_on_the_verb_of(after[1:], verb, english=english)
    return not english and _future_after_a_short_phrase(tokens, verb)


def _future_after_a_short_phrase(tokens: list[str], verb: str) -> bool:
    """Whether a sentence's verb, after a short opening phrase with no comma ("Durante la vendemmia
    coordinerà …", "Nei mesi invernali darà …"), ends as the hire's future does, in an accented vowel
    ("seguirà", "supervisará"): an ending no noun or article of those languages shares."""
    if len(verb) < _MIN_INFLECTED_CHARS or verb[-1] not in _ACCENTED_FUTURE_ENDINGS:
        return False
    for token in tokens[1:_MAX_LEADING_PHRASE]:
        if not token[:1].isalpha():
            return False
        if token.lower().endswith(verb[-2:]) and len(token) >= _MIN_FUTURE_CHARS:
            return True
    return False


_ACCENTED_FUTURE_ENDINGS = "àá"
_MIN_FUTURE_CHARS = 4


def _opens_on_the_verb_of(tokens: list[str], verb: str, *, english: bool) -> bool:
    """Whether ``tokens`` open (perhaps after a reflexive pronoun) on ``verb`` or on a verb that ends as the
    third person does where ``verb`` ends so (in English, in the same letter: its third person ends in "s")."""
    if tokens and tokens[0].lower() in _REFLEXIVES:  # "Si occupa della valutazione …"
        tokens = tokens[1:]
    if not tokens or not tokens[0][:1].isalpha():
        return False
    word = tokens[0].lower()
    if word == verb:  # the same verb or auxiliary of the future ("va", "będzie")
        return True
    if verb in cues.HOLDER_FUTURE and _auxiliary_beside_a_participle(tokens, verb):
        return True
    if word in cues.HOLDER_DETERMINERS or word in _PRONOUNS or _says_no_duty(word) or word in cues.HOLDER_NOT_A_VERB:
        return False
    endings = verb[-1:] if english else _THIRD_PERSON_ENDINGS.get(verb[-1:], verb[-1:])
    return len(word) >= _MIN_INFLECTED_CHARS and len(verb) >= _MIN_INFLECTED_CHARS and word[-1] in endings


def _auxiliary_beside_a_participle(tokens: list[str], auxiliary: str) -> bool:
    """Whether the hire's auxiliary of the future comes second, as South Slavic puts it, beside a participle
    or an infinitive of a person ("Pripravljal bo …", "Poleg tega bo vodil …", "Pripremat će …"), not a
    neuter one of a thing ("Delo bo potekalo …")."""
    lowered = [token.lower() for token in tokens[:_MAX_LEADING_PHRASE]]
    for at in range(1, len(lowered)):
        if lowered[at] != auxiliary:
            continue
        after = lowered[at + 1] if at + 1 < len(lowered) else ""
        if lowered[at - 1].endswith(_PERSONS_PARTICIPLE + _INFINITIVE) or after.endswith(_PERSONS_PARTICIPLE):
            return True
    return False


_PERSONS_PARTICIPLE = ("l", "la", "l/a")
_INFINITIVE = ("t", "ti", "ći")
_REFLEXIVES = frozenset("si se s' sa sich zich sig".split())
# English pronouns for the hire just named: what follows them is read as a duty's opening.
_THE_HIRE_IN_ENGLISH = frozenset("they he she s/he he/she she/he".split())
# Other languages' pronouns of the third person for the hire just named, read only before a verb of the
# hire's form ("Il ou elle réalise …", then "Enfin, elle participe …"). Not those that are also articles or
# the reader's "you" ("il", "sie"), nor French "on".
_THE_HIRE_ELSEWHERE = frozenset("elle lui lei ele ela él ella han hon hun hij zij hän ő ona".split())
# The last letters the third person singular ends in, in one language or another, grouped: a verb that ends
# in one of a group may be followed by one that ends in another ("prende", then "Compila"; "řídí", then
# "Odpovídá", "Zajišťuje"; "assure", then "instruit").
_THIRD_PERSON_GROUPS = ("ae", "áíe", "ăea", "et", "aiey")
_THIRD_PERSON_ENDINGS = {
    letter: "".join(sorted({member for group in _THIRD_PERSON_GROUPS if letter in group for member in group}))
    for letter in "".join(_THIRD_PERSON_GROUPS)
}


_MAX_LEADING_PHRASE = 6
"""Tokens of a phrase before a comma that may open a sentence that goes on of the hire."""
_PRONOUNS = frozenset(
    """
    i you he she it we they he/she she/he je tu il elle on nous vous ils elles ich du er sie es wir ihr
    yo tú él ella nosotros ellos ellas usted io lui lei noi voi loro eu ele ela nós eles elas ik jij hij zij
    wij jullie jag du han hon vi ni de jeg hun dere ja ty on ona my wy oni one já ty ono vy eu ea noi voi ei
    ele minä sinä hän me te he én te ő mi ti ők εγώ εσύ αυτός αυτή εμείς εσείς αυτοί
    """.split()
)
"""Personal pronouns of the languages jobspec reads: a sentence that opens on one has a subject of its own."""


_NOT_THE_JOBS_SECTIONS = frozenset({K.BENEFITS, K.COMPANY, K.APPLICATION, K.OTHER})


@dataclass(frozen=True)
class _TitleJob:
    """The words of the job a title names ("Senior Grant Writer (Part-Time)" → senior, grant, writer)."""

    words: tuple[str, ...]
    title_words: frozenset[str]
    """Every word of the title, its place, employer and hours too."""
    acronyms: frozenset[str] = frozenset()
    """The job's initials, in capitals ("RN" of "Registered Nurse"), and a short name the title gives in
    parentheses ("CHW" of "Community Health Worker (CHW)")."""

    def heads(self, english: bool) -> frozenset[str]:
        """The words that may head the job: its last; its first too where the head may come first
        ("Responsable de rayon", "Asistent medical", "Kierownik zmiany")."""
        return frozenset({self.words[-1]} if english else {self.words[0], self.words[-1]})

    def may_open(self, lowered: str) -> bool:
        """Whether a sentence's opening (in lower case) may name the job: one of its words' first letters
        are in it (a cheap look before the sentence is split into words)."""
        return (
            any(word[:_MIN_INFLECTED_CHARS] in lowered for word in self.words)
            or any(word[-_MIN_COMPOUND_PART:-1] in lowered for word in self.words if len(word) >= _MIN_COMPOUND_WORD)
            or any(acronym.lower() in lowered for acronym in self.acronyms)
        )

    def word_of(self, token: str, *, inflected: bool) -> str | None:
        """The job's word ``token`` is; if ``inflected``, allowing an ending of up to two letters either way
        ("Bucătarul", "Læreren"; "Opiekun" of "Opiekunka")."""
        for word in self.words:
            if token == word:
                return word
            if not inflected:
                continue
            short, long = (token, word) if len(token) < len(word) else (word, token)
            if len(short) >= _MIN_INFLECTED_CHARS and len(long) - len(short) <= 2 and long.startswith(short):
                return word
            if _ends_the_compound(token, word):
                return word
        return None


def _ends_the_compound(token: str, word: str) -> bool:
    """Whether a token, but for an ending of up to two letters, is the last part of a compound word of the
    title ("Sekretæren" of "Advokatsekretær", "Die Fachkraft" of "Pflegefachkraft")."""
    for cut in range(3):
        stem = token[: len(token) - cut]
        if len(stem) >= _MIN_COMPOUND_PART and len(word) - len(stem) >= _MIN_INFLECTED_CHARS and word.endswith(stem):
            return True
    return False


_MIN_INFLECTED_CHARS = 4
_MIN_COMPOUND_PART = 6
_MIN_COMPOUND_WORD = _MIN_COMPOUND_PART + _MIN_INFLECTED_CHARS
_MAX_JOB_WORDS = 5
_JOB_WORD = re.compile(r"[^\W\d_]{3,}")
_TITLE_WORD = re.compile(r"[^\W\d_]+")


_NO_JOB = _TitleJob((), frozenset())
"""The job of a posting whose title names none."""


@lru_cache(maxsize=4096)
def _title_job(title: str) -> _TitleJob | None:
    """The job a title names: the words before its place, employer or hours ("Nurse – Ward 7"); None when
    there are none, or more than a job's name has."""
    lowered = title.lower()
    job = cues.HOLDER_TITLE_BREAKS.split(lowered, maxsplit=1)[0]
    words = tuple(word for word in _JOB_WORD.findall(job) if word not in cues.HOLDER_NOT_PERSON)
    if not 0 < len(words) <= _MAX_JOB_WORDS:
        return None
    acronyms = set(_TITLE_ACRONYM.findall(title))
    if len(words) > 1:
        acronyms.add("".join(word[0] for word in words).upper())
    return _TitleJob(words, frozenset(_TITLE_WORD.findall(lowered)), frozenset(acronyms))


_TITLE_ACRONYM = re.compile(r"\(([A-Z]{2,5})\)")


_SUBJECT_TOKEN = re.compile(r"[^\W\d_]+'|[^\W\d_]+(?:/[^\W\d_]+)*|\([^)]{0,40}\)|\S")
_SUBJECT_CHARS = 160
_OPENING_CHARS_OF_SUBJECT = 80
_FOLLOWING_TOKENS = 3
# Words that tell an English sentence (two of them), where a plural subject speaks of a team, not the hire.
_ENGLISH_MARKS = frozenset(
    "the and of to with our for their from that this an is are have has will you your each per".split()
)


def _reads_as_english(text: str) -> bool:
    """Whether a sentence holds two of the commonest English words (:data:`_ENGLISH_MARKS`)."""
    return len(_ENGLISH_MARKS.intersection(words_of(text))) >= 2


def _said_of_the_job(text: str, job: _TitleJob) -> tuple[ItemKind, str] | None:
    """The kind of item a sentence is when its subject is the job (see :func:`_read_the_holders_sentences`),
    with the verb after the job."""
    opening = text[:_SUBJECT_CHARS]
    if not job.may_open(opening[:_OPENING_CHARS_OF_SUBJECT].lower()):
        return None
    tokens = _SUBJECT_TOKEN.findall(opening)
    # English says what the hire does of one hire: "Engineers get …", "Teachers have …" speak of the team.
    english = _reads_as_english(text)
    at = _after_the_job(tokens, 0, job, english=english)
    if at is None and "," in tokens[:_MAX_OPENING_PHRASE]:  # "Under the direction of a pharmacist, the …"
        after = tokens.index(",") + 1
        if after < len(tokens) and tokens[after].lower() in cues.HOLDER_DETERMINERS:  # not "…, OmiseGO works"
            at = _after_the_job(tokens, after, job, english=english)
    if at is None:
        return None
    if not tokens[at : at + 1] or tokens[at].lower() in job.title_words:
        return None  # no verb: a line that repeats the title ("Practice Nurse - 30 hours per week")
    following = [token.lower() for token in tokens[at : at + _EXPECTED_TOKENS]]
    if _expected_to_do(following):  # "The lecturer is expected to engage in scholarship …": its verb is "engage"
        return "responsibility", following[following.index("to") + 1]
    return _with_the_verb(_kind_after_the_hire(tokens[at : at + _FOLLOWING_TOKENS]), tokens[at])


def _with_the_verb(kind: ItemKind | None, verb: str) -> tuple[ItemKind, str] | None:
    """A sentence's kind, with the verb after the hire it names (in lower case), when it has one."""
    return None if kind is None else (kind, verb.lower())


def _verb_after_the_hire(following: list[str]) -> str:
    """The verb after the hire named as a subject, past a reflexive pronoun ("La risorsa si occuperà …")."""
    if len(following) > 1 and following[0].lower() in _REFLEXIVES:
        return following[1]
    return following[0]


def _said_of_the_hire(text: str) -> tuple[ItemKind, str] | None:
    """The kind of item a sentence is when it opens on a subject that names the hire without the title's words
    (:data:`cues.HOLDER_GENERIC`: "Der/die Stelleninhaber/in bearbeitet …", "Il/elle instruit …"), or on an
    opening word, a verb and such a subject ("Außerdem betreut er/sie …"); read as after the title's job, and
    given with the verb after the hire."""
    after_verb = cues.HOLDER_GENERIC_AFTER_VERB.match(text)
    if after_verb is not None:
        return _with_the_verb(_kind_after_the_hire([after_verb.group(1).lower()]), after_verb.group(1))
    generic = cues.HOLDER_GENERIC.match(text)
    if generic is None:
        return None
    following = _SUBJECT_TOKEN.findall(text[generic.end() : generic.end() + _SUBJECT_CHARS])[:_FOLLOWING_TOKENS]
    return _with_the_verb(_kind_after_the_hire(following), _verb_after_the_hire(following)) if following else None


def _kind_after_the_hire(tokens: list[str]) -> ItemKind | None:
    """The kind of item the words after the hire named as a subject make of a sentence: having or must-be a
    requirement, doing a duty, being, may or getting nothing (see :func:`_read_the_holders_sentences`)."""
    following = [token.lower() for token in tokens]
    if not following or not tokens[0][:1].islower():
        return None
    if following[0] in cues.HOLDER_MUST and following[1:2] and following[1] in cues.HOLDER_BEING | cues.HOLDER_KNOWING:
        return "qualification"  # "The nurse must be registered …", "Il candidato dovrà dimostrare …"
    if following[0] in cues.HOLDER_FUTURE:  # "Bucătarul va pregăti …", not "… va avea" nor "… va fi"
        following = following[1:]
        if not following:
            return None
        if following[0] in cues.HOLDER_BEING:  # but "Ο/Η υπάλληλος θα είναι υπεύθυνος/η για …"
            responsible = not cues.HOLDER_RESPONSIBLE.isdisjoint(word.split("/")[0] for word in following[1:])
            return "responsibility" if responsible else None
    if following[0] in cues.HOLDER_NOT_DUTY and not cues.HOLDER_RESPONSIBLE.isdisjoint(following[1:]):
        return "responsibility"  # "The Site Supervisor is responsible for …"
    if _says_no_duty(following[0]) or following[0] in cues.HOLDER_NOT_A_VERB:
        return None
    if any(word in cues.HOLDER_HAS for word in following):
        return "responsibility" if _has_a_responsibility(following) else "qualification"
    if len(following) > 1 and _says_no_duty(following[1]):
        return None
    return "responsibility"


def _has_a_responsibility(following: list[str]) -> bool:
    """Whether words of having after the hire have a responsibility ("har ansvar for …", "has overall
    responsibility for …"), not something asked of the hire."""
    return any(word in cues.HOLDER_RESPONSIBILITY for word in following[: _FOLLOWING_TOKENS + 1])


_MAX_OPENING_PHRASE = 10
"""Tokens of a phrase before a comma that may open a sentence before its subject."""


def _after_the_job(tokens: list[str], at: int, job: _TitleJob, *, english: bool) -> int | None:
    """Where the words after the job named as the subject start, from ``tokens[at]`` on; None when the
    tokens there do not name the job (by its head)."""
    while at < len(tokens) and tokens[at].lower() in cues.HOLDER_DETERMINERS:
        at += 1
    named: set[str] = set()
    while at < len(tokens):
        word = _job_word(tokens[at], job, inflected=not english)
        if word is None and named and _links_the_job(tokens, at, job, english=english):
            at += 1  # "Asistentul de cercetare …", "The Head of Research …"
            continue
        if word is None:
            break
        named.add(word)
        at += 1
    if not named or named.isdisjoint(job.heads(english)):
        return None
    if at < len(tokens) and tokens[at].lower() in _CHOSEN:  # "Inginerul angajat va coordona …"
        at += 1
    if at < len(tokens) and tokens[at].startswith("("):  # "The Community Health Worker (CHW) connects …"
        at += 1
    if at < len(tokens) and tokens[at] in cues.HOLDER_AT:  # "… at Parcelo build …"
        at += 1
        while at < len(tokens) and tokens[at][:1].isupper():
            at += 1
    return at


def _links_the_job(tokens: list[str], at: int, job: _TitleJob, *, english: bool) -> bool:
    """Whether ``tokens[at]`` is a short word of the title that links two of the job's words ("de" of
    "Asistent de cercetare", "of" of "Head of Research")."""
    return (
        len(tokens[at]) <= _LINK_CHARS
        and tokens[at].lower() in job.title_words
        and at + 1 < len(tokens)
        and _job_word(tokens[at + 1], job, inflected=not english) is not None
    )


_LINK_CHARS = 3
# Words after the job's name that say the hire is the one chosen: "Inginerul angajat", "el técnico seleccionado",
# "l'infermiere assunto", "der eingestellte …" comes before the name and is a determiner's business.
_CHOSEN = frozenset(
    """
    angajat angajată selectat selectată recrutat recrutată contratado contratada seleccionado seleccionada
    selecionado selecionada selezionato selezionata assunto assunta recruté recrutée retenu retenue
    zatrudniony zatrudniona wybrany wybrana přijatý přijatá vybraný vybraná izbrani izbrana odabrani odabrana
    """.split()
)


def _expected_to_do(following: list[str]) -> bool:
    """Whether the words after the hire say it is (or will be) expected or required to do something, not to
    have or be it ("is expected to engage …", "will also be required to prepare …", not "is expected to
    have …")."""
    words = [word for word in following if word != "also"]
    if words[:2] == ["will", "be"]:
        words = words[2:]
    elif words[:1] in (["is"], ["are"]):
        words = words[1:]
    else:
        return False
    return words[:2] in (["expected", "to"], ["required", "to"]) and len(words) > 2 and words[2] not in _HAVING_OR_BEING


_EXPECTED_TOKENS = 6
_HAVING_OR_BEING = frozenset("have hold be possess know speak submit provide undergo pass".split())


def _says_no_duty(word: str) -> bool:
    """Whether a word after the job named as a subject says the sentence states no duty of it."""
    return word in cues.HOLDER_NOT_DUTY or word in cues.HOLDER_SEEKING


def _job_word(token: str, job: _TitleJob, *, inflected: bool) -> str | None:
    """The job's word a token of a sentence is, if any (each part of "Ο/Η"-like pairs tried)."""
    if token in job.acronyms or (token.endswith("s") and token[:-1] in job.acronyms):  # "The RN …", "CHWs …"
        return job.words[-1]
    lowered = token.lower()
    for part in lowered.split("/"):
        word = job.word_of(part, inflected=inflected)
        if word is not None:
            return word
    return None


def _leave_out_the_teams_technologies(
    units: list[Unit],
    roots: list[SectionNode],
    features: list[UnitFeatures],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """What stands under a heading, or in a list after a line, that introduces the technologies the team works
    with ("Our stack", "Environnement technique", "Unser Tech-Stack im Backend") is no item, unless its own
    words ask it of the candidate ("… et expérience en déploiements automatisés").

    Such lists say what the job is done with, not what it is or asks; they often sit under the heading of
    requirements or duties ("Qualifikation", then "Unser Tech-Stack" and a list of technologies).
    """
    told = _sections_of_the_teams_technologies(roots, vocabulary)
    introduced = _lists_after_the_teams_technologies(units, features, vocabulary)
    if not told and not introduced:
        return  # most postings
    for index, unit in enumerate(units):
        by_heading = id(unit.node) in told
        if not by_heading and unit.group not in introduced:
            continue
        if judgements[index].kind is None or _asked_of_the_candidate(unit, features[index]):
            continue
        judgements[index] = Judgement(None, "heading" if by_heading else "lead-in", judgements[index].confidence)


def _sections_of_the_teams_technologies(roots: list[SectionNode], vocabulary: Vocabulary) -> set[int]:
    """``id`` of the sections headed as the team's technologies, and of their subsections ("Front-end")."""
    told: set[int] = set()
    waiting = [(root, False) for root in roots]
    while waiting:
        node, inside = waiting.pop()
        heading = node.heading
        if heading is not None and vocabulary.heading_kinds(heading) & LISTING_KINDS:
            inside = False  # "Requirements" below "Our stack" asks again
        elif heading is not None and names_the_teams_technologies(heading):
            inside = True
        if inside:
            told.add(id(node))
        waiting.extend((child, inside) for child in node.children)
    return told


_INTRODUCING_WORDS = 8
"""Words at most of a line that introduces a list without a colon ("Unser Tech-Stack im Backend")."""


def _lists_after_the_teams_technologies(
    units: list[Unit], features: list[UnitFeatures], vocabulary: Vocabulary
) -> set[int]:
    """The groups of the lists whose lead-in, or whose short line just before, introduces the team's
    technologies and asks nothing of the candidate."""
    introduced: set[int] = set()
    for index, unit in enumerate(units):
        before = units[index - 1] if index else None
        if unit.form not in ("list", "line") or (before is not None and before.group == unit.group):
            continue  # a list is told by its first entry
        lead_in = unit.lead_in
        if lead_in is not None:
            if names_the_teams_technologies(lead_in) and lead_in_kind(lead_in, vocabulary) is None:
                introduced.add(unit.group)
        elif (
            before is not None
            and before.node is unit.node
            and before.form not in ("list", "line")
            and len(before.text.split()) <= _INTRODUCING_WORDS
            and names_the_teams_technologies(before.text)
            and _cued_kind(features[index - 1].cues) is None
        ):
            introduced.add(unit.group)
    return introduced


def _asked_of_the_candidate(unit: Unit, features: UnitFeatures) -> bool:
    """Whether a unit's own words make it a requirement ("Knowledge of …", "… et expérience en …"): a cue of
    one, a word of one anywhere (what :func:`_asks_of_a_person` looks for in the opening), or years asked."""
    if _cued_kind(features.cues) == "qualification" or any(map(_names_a_requirement, words_of(unit.text))):
        return True
    return parse_experience(unit.text) is not None


def _leave_out_how_to_apply(units: list[Unit], judgements: list[Judgement]) -> None:
    """No duty stands under a heading about applying: "You will interview with two of us" there tells how
    the hiring goes, not what the job is. (A requirement can: "Applicants must be allowed to work in …".)"""
    for index, unit in enumerate(units):
        if unit.node.declared is K.APPLICATION and judgements[index].kind == "responsibility":
            judgements[index] = Judgement(None, "heading", judgements[index].confidence)


def _leave_out_addresses_taken_by_place(units: list[Unit], judgements: list[Judgement]) -> None:
    """A unit with an e-mail address, taken as an item by where it stands and not by its words, tells where
    to apply ("Başvurularınızı kariyer@… adresine iletebilirsiniz", "Αποστολή βιογραφικών στο hr@…"): no item."""
    for index, unit in enumerate(units):
        judged = judgements[index]
        if judged.kind in _ITEM_KIND_NAMES and judged.signal != "words" and holds_an_email(unit.text):
            judgements[index] = Judgement(None, judged.signal, judged.confidence)


def _leave_out_welcomes_to_apply(units: list[Unit], judgements: list[Judgement]) -> None:
    """A sentence that welcomes those who lack what is asked ("Fresh graduates are welcome to apply", "We welcome
    newly qualified nurses", "未経験の方もご相談ください") relaxes the requirements: no item. Of the labelled
    corpora and probes, no item says so, and five sentences read as requirements did."""
    for index, unit in enumerate(units):
        if (
            judgements[index].kind in _ITEM_KIND_NAMES
            and _may_welcome(unit.text)  # most units: the pattern is not tried
            and _WELCOME_TO_APPLY.search(unit.text) is not None
        ):
            judgements[index] = Judgement(None, "words", judgements[index].confidence)


def _may_welcome(text: str) -> bool:
    """Whether a text holds a word that :data:`_WELCOME_TO_APPLY` needs (four scans in C, not a pattern)."""
    return "elcome" in text or "illkommen" in text or "butant" in text or "未経験" in text


_WELCOME_TO_APPLY = re.compile(
    r"^(?:[\w/'’-]+,? ){1,6}?(?:are|is) (?:also |very |most |warmly )?welcomed? to apply\b"
    r"|^we (?:also )?welcome (?:applications from )?(?:newly qualified|fresh|recent|new)\b"
    r"|未経験の方も|\bquereinsteiger(?:innen|:innen|\*innen)? (?:sind )?(?:herzlich |ausdrücklich )?willkommen\b"
    r"|\bdébutant(?:e|·e)?s? (?:sont )?(?:acceptée?s?|bienvenue?s?)\b",
    re.IGNORECASE,
)


def _leave_out_what_is_done_for_the_reader(units: list[Unit], judgements: list[Judgement]) -> None:
    """A sentence read as a duty that says what others will do for the reader, what the reader will have at
    hand or whom they join ("Você será recebido e treinado pela equipe …", "Você terá a sua disposição …",
    "Vous serez accompagné par …", "Sarai affiancato da …", "You'll be onboarded by …", "Você irá somar na
    atual equipe …"), is the offer: no item. The reader is the subject, but not the one who works."""
    _leave_out_where(units, judgements, "responsibility", lambda text: _DONE_FOR_THE_READER.match(text) is not None)


def _leave_out_where(
    units: list[Unit], judgements: list[Judgement], kind: ItemKind, says_otherwise: Callable[[str], bool]
) -> None:
    """Each unit read as ``kind`` whose text ``says_otherwise`` is no item."""
    for index, unit in enumerate(units):
        if judgements[index].kind == kind and says_otherwise(unit.text):
            judgements[index] = Judgement(None, "words", judgements[index].confidence)


_DONE_FOR_THE_READER = re.compile(
    # perhaps after an opening phrase ("Au sein de la DSI, vous serez entouré de …")
    r"(?:[^,.]{0,40},\s+)?(?:"
    # the reader trained, welcomed, accompanied or supported by others
    r"(?:você|tu) (?:será|serás|vai ser|irá ser) (?:recebid|treinad|acompanhad|apoiad|orientad|capacitad|"
    r"integrad|formad)[oa]s?\b"
    r"|(?:vous serez|tu seras) (?:accompagnée?s?|formée?s?|encadrée?s?|accueillie?s?|soutenue?s?|parrainée?s?)\b"
    r"|(?:serás|será usted) (?:acompañad|formad|apoyad|recibid)[oa]s?\b"
    r"|sarai (?:affiancat|formal?t|seguit|accompagnat|supportat)[oa]\b"
    r"|you(?:'ll| will) be (?:onboarded|trained|welcomed|supported|paired)\b"
    r"|you(?:'ll| will) (?:also )?receive (?:training|guidance|support|mentoring|coaching)\b"
    r"|(?:vous serez|tu seras) (?:entourée?s?|épaulée?s?)\b"
    r"|du wirst (?:von \w+ \w+ )?(?:eingearbeitet|begleitet|unterstützt)\b"
    r"|(?:die )?(?:einarbeitung|einschulung) erfolgt (?:durch|mit)\b"
    # … or what the reader will have at hand
    r"|(?:você terá|terás) (?:à|a) (?:sua|tua) disposição\b|(?:vous aurez|tu auras) à (?:votre|ta) disposition\b"
    r"|(?:you|the \w+)(?:'ll| will) (?:also )?have access to\b"
    r"|(?:tendrás|tendrá) a (?:tu|su) disposición\b|avrai a (?:tua )?disposizione\b"
    r"|use your (?:own |preferred |favou?rite )?(?:desktop |laptop )?(?:operating system|os|platform|computer|laptop|"
    r"hardware|editor)\b"
    # … or the team the reader joins ("Você irá somar na atual equipe …")
    r"|(?:você|tu) (?:irá|vai|vais|irás) (?:somar|juntar-se|fazer parte)\b)",
    re.IGNORECASE,
)


def _leave_out_selection_by_suitability(units: list[Unit], judgements: list[Judgement]) -> None:
    """ "Stor vikt läggs vid personlig lämplighet": how the employer will choose, not a requirement, though its
    words ("stor vikt läggs vid") say one is coming (see :data:`cues.SELECTED_BY_SUITABILITY`)."""
    _leave_out_where(units, judgements, "qualification", _selects_by_suitability)


def _selects_by_suitability(text: str) -> bool:
    return (
        "lämplighet" in text or "egnethe" in text  # most units: the pattern is not tried
    ) and cues.SELECTED_BY_SUITABILITY.search(text) is not None


def _leave_out_checks_the_employer_makes(units: list[Unit], judgements: list[Judgement]) -> None:
    """ "Garda vetting will be carried out before an offer is made", "Police vetting will be completed for the
    successful applicant": a check the employer makes is the hiring process, not a requirement (unlike "…
    will need to join the PVG Scheme", which asks something of the hire)."""
    _leave_out_where(
        units,
        judgements,
        "qualification",
        # most units: the pattern is not tried
        lambda text: " be " in text and _CHECK_THE_EMPLOYER_MAKES.match(text) is not None,
    )


_CHECK_THE_EMPLOYER_MAKES = re.compile(
    r"(?:[\w-]+ ){0,3}(?:vetting|checks?|screening|background investigations?|references)"
    r" (?:will|may|must|shall) be (?:carried out|completed|conducted|undertaken|done|sought|requested|taken up)\b",
    re.IGNORECASE,
)


def _leave_out_whom_the_hire_reports_to(units: list[Unit], judgements: list[Judgement]) -> None:
    """A sentence that opens on whom the hire reports to ("This position reports to the Associate Director
    …", "You'll report to the Executive Director and work closely with …", "Du rapporterar till …") places
    the post in the organisation: no duty, as the no-item cue says but the model may outweigh."""
    _leave_out_where(
        units,
        judgements,
        "responsibility",
        # most units: the pattern is not tried ("report", "rapport", "riporta", "berichtest")
        lambda text: ("port" in text or "richt" in text) and _REPORTS_TO.match(text) is not None,
    )


_REPORTS_TO = re.compile(
    r"(?:[^,.]{0,40},\s+)?(?:"
    r"(?:you|this (?:position|role|post)|the (?:position|role|post ?holder|successful (?:candidate|applicant))|"
    r"he or she|they)(?:'ll| will| would)? (?:also )?(?:directly |jointly )?reports? (?:directly |jointly )?to\b"
    r"|du (?:rapporterar|rapporterer|berichtest) (?:direkt )?(?:till|til|an)\b"
    r"|(?:sie berichten|je rapporteert|u rapporteert) (?:direct |direkt )?(?:an|aan)\b"
    r"|vous (?:reporterez|rapporterez) (?:directement )?(?:à|au|aux)\b"
    r"|(?:reportarás|reportará|vas a reportar) (?:directamente )?(?:a|al)\b|riporterai (?:direttamente )?(?:a|al)\b)",
    re.IGNORECASE,
)


def _leave_out_job_titles(units: list[Unit], judgements: list[Judgement]) -> None:
    """A short unit that carries the genders a title is open to ("Tischler:in (m/w/d)", "Chef de projet
    (H/F)") names the job: no item."""
    for index, unit in enumerate(units):
        if (
            judgements[index].kind in _ITEM_KIND_NAMES
            and "(" in unit.text
            and len(unit.text.split()) <= _TITLE_WORDS
            and _TITLES_GENDERS.search(unit.text) is not None
        ):
            judgements[index] = Judgement(None, "layout", judgements[index].confidence)


_TITLES_GENDERS = re.compile(r"\((?:[mwfdhxi]\s*[/|,]\s*){1,3}[mwfdhxi]\)|\((?:all genders|gn\*?)\)", re.IGNORECASE)
_TITLE_WORDS = 8


def _leave_out_what_need_not_be_had(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A sentence that opens on what the hire need not have ("You don't need a degree, but …", "Você não
    precisa ter uma graduação …", "Du brauchst kein Studium") is no item, whatever the model reads in the
    rest: it relaxes the requirements. All 5 such units of the labelled corpora are no items.

    :data:`cues.NEED_NOT` is part of :data:`cues.NOT_AN_ITEM`: only items cued as no item are read again.
    """
    for index, unit in enumerate(units):
        if judgements[index].kind not in _ITEM_KIND_NAMES or "c:not-item" not in features[index].cues:
            continue
        if cues.NEED_NOT.match(unit.text) is not None and _BUT_REQUIRED.search(unit.text) is None:
            judgements[index] = Judgement(None, "words", judgements[index].confidence)


# What the sentence requires after all: "You don't need experience, …, but you must be kind and patient."
_BUT_REQUIRED = re.compile(
    r"\b(?:but|aber|mais|pero|mas|ma|maar|men|ale)\b[^.;!?]{0,20}?\b(?:you|du|sie|vous|tu|je|jij)\s+"
    r"(?:must|should|need to|will need to|have to|do need|'ll need|will need|do have to|"
    r"musst|müssen|solltest|sollten|devez|dois|debes|deve|moet|"
    r"måste|skal|må)\b",
    re.IGNORECASE,
)


def _leave_out_questions_read_as_duties(
    units: list[Unit], scores: list[list[float]], judgements: list[Judgement]
) -> None:
    """A question states no duty: one read as a duty is a requirement when the model finds it likelier one than
    nothing, else no item ("Erkennst du dich in den oben genannten Punkten?", "Do you love to learn?").

    In the labelled corpora none of the 39 questions is a duty: 33 are no item and 6 requirements.
    """
    for index, unit in enumerate(units):
        if judgements[index].kind == "responsibility" and _is_question(unit):
            _, requirement, none = scores[index]
            kind: ItemKind | None = "qualification" if requirement > none else None
            judgements[index] = Judgement(kind, "words", judgements[index].confidence)


def _read_requirement_entries_under_unnamed_headings(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A list entry read as a duty under a heading that names no kind (or names the role), whose own cues
    name a requirement and no duty ("You're comfortable working alone"), is a requirement.

    Under "The role" duties and profile stand side by side; the entry's own cues
    are the better sign there. In the labelled corpora, the 6 such entries are
    all requirements.
    """
    for index, unit in enumerate(units):
        if unit.form not in ("list", "line") or judgements[index].kind != "responsibility":
            continue
        if unit.node.declared in _UNREAD_HEADINGS and _cued_kind(features[index].cues) == "qualification":
            judgements[index] = Judgement("qualification", "words", judgements[index].confidence)


def _read_traits_listed_among_duties(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """An entry of a list under a duties heading (or one that names no kind), read as a duty, that opens on a
    trait of the hire and holds no duty's cue ("Safety-first attitude and a good eye for detail", "Should be
    willing to work shifts", "Reliable and punctual"), is a requirement when more than
    :data:`_DUTIES_BESIDE_A_TRAIT` entries of its list are read as duties: the list is of duties, and the
    trait in it is asked of the hire."""
    duties_by_list = _groups_read_as(units, judgements, "responsibility")
    for index, unit in enumerate(units):
        if (
            unit.form in ("list", "line")
            and judgements[index].kind == "responsibility"
            and (unit.node.declared is K.RESPONSIBILITIES or unit.node.declared in _UNREAD_HEADINGS)
            and duties_by_list[unit.group] > _DUTIES_BESIDE_A_TRAIT
            and _names_a_trait(unit.text, features[index].cues)
        ):
            judgements[index] = Judgement("qualification", "words", judgements[index].confidence)


def _names_a_trait(text: str, cue_names: Collection[str]) -> bool:
    """Whether an entry opens on a trait of the hire and holds no duty's cue."""
    return _DUTY_CUES.isdisjoint(cue_names) and cues.TRAIT_START.search(text) is not None


_DUTIES_BESIDE_A_TRAIT = 2
_ITEM_KIND_NAMES = frozenset({"responsibility", "qualification"})
_COLONS = (":", "：")


def _unit_sums(features: UnitFeatures, model: ItemModel) -> list[float]:
    """The :data:`Sums` of a unit's features, but for the content votes (see :func:`_units_sums`)."""
    return _units_sums([features], model)[0]


def _units_sums(features: Sequence[UnitFeatures], model: ItemModel) -> list[list[float]]:
    """The :data:`Sums` of each unit's features, but for the content votes.

    A unit's layout and where it stands are summed once per distinct combination;
    its words, first words, lexicon classes and cues are all of the signal
    group "words", summed as plain class totals, which go to the main model's
    totals, to the words' group and to the content model's totals.
    """
    standing_sums = model.standing_sums
    groups = model.group_sums
    word_sums = (model.word_sums(False).__getitem__, model.word_sums(True).__getitem__)
    out: list[list[float]] = []
    for unit in features:
        # Named one by one (cheaper than slices): the totals, the groups of SIGNALS in order, the content model's.
        (
            total0, total1, total2,
            heading0, heading1, heading2, lead0, lead1, lead2, words0, words1, words2,
            layout0, layout1, layout2, list0, list1, list2,
            content0, content1, content2,
        ) = standing_sums[unit.layout, unit.shared, unit.lead, unit.extra, unit.place]  # fmt: skip
        known = filter(None, map(word_sums[unit.unspaced], unit.words))
        main0, main1, main2, text0, text1, text2 = map(
            sum, zip(groups[unit.opening], groups[unit.classes], groups[unit.cues], *known, strict=True)
        )
        out.append([
            total0 + main0, total1 + main1, total2 + main2,
            heading0, heading1, heading2, lead0, lead1, lead2,
            words0 + main0, words1 + main1, words2 + main2,
            layout0, layout1, layout2, list0, list1, list2,
            content0 + text0, content1 + text1, content2 + text2,
        ])  # fmt: skip
    return out


def _read_lists_by_layout(units: list[Unit], scores: list[list[float]], judgements: list[Judgement]) -> None:
    """Nothing read as an item (a language the model does not know): lists under headings are items,
    unless the heading names what they are not (company, benefits, applying).

    Each list becomes duties or requirements, whichever the model finds likelier
    over the whole list. The kinds may be wrong, but the items are not lost.
    """
    lists = _lists_where(
        units,
        lambda index, unit: (
            unit.node.heading is not None
            and (unit.node.declared is None or unit.node.declared in _ITEM_KINDS)
            and judgements[index].kind is None
        ),
    )
    for members in lists.values():
        duty = sum(scores[i][0] for i in members)
        requirement = sum(scores[i][1] for i in members)
        kind: ItemKind = "responsibility" if duty >= requirement else "qualification"
        for index in members:
            judgements[index] = Judgement(kind, "layout", 0.5)


def _lists_where(
    units: list[Unit], keep: Callable[[int, Unit], bool], *, by_level: bool = False
) -> dict[int, list[int]]:
    """The indexes of the list entries (and lines) that ``keep`` keeps, grouped by their list (and, if
    ``by_level``, by their level in it: see :func:`_list_level`)."""
    lists: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        if unit.form in ("list", "line") and keep(index, unit):
            lists.setdefault(_list_level(unit) if by_level else unit.group, []).append(index)
    return lists


_DUTY_CUES = frozenset({"c:duty-verb", "c:duty", "c:reader-duty"})
_REQUIREMENT_CUES = frozenset({"c:qual-start", "c:qual-strong", "c:qual-weak", "c:reader-trait", "x:preferred"})
_CUED_BEHIND = 2.0
"""How far behind 'none' a unit whose cues and heading name one kind may read, and still be an item."""


def _take_cued_items(
    units: list[Unit],
    features: list[UnitFeatures],
    scores: list[list[float]],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """A unit read as no item becomes one when its own cues and its heading (or lead-in) name the same kind.

    "Greet guests at the door." under "Your duties": a sentence of prose opening
    on a duty verb, under a heading of duties, is a duty even when prose under
    such headings is often an introduction. Both must agree, and the model must
    have put the unit behind 'none' by less than :data:`_CUED_BEHIND`; its
    confidence is the model's odds of the kind taken (below one half). A
    sentence that says what the reader does ("Sie dokumentieren …", "vous
    encadrez …") under a heading of duties is a duty however far behind.

    Where no heading or lead-in names a kind, a sentence that describes the
    reader ("You are …", "Du har …", "Om du gillar …") is a requirement on the
    same terms: such prose is the profile of postings written without headings;
    one that says what the hire will do ("Te encargarás de …") is a duty.
    """
    for index, (unit, judgement) in enumerate(zip(units, judgements, strict=True)):
        cue_names = features[index].cues
        kind = _cued_kind(cue_names) if judgement.kind is None else None  # most units: no cue
        if kind is None:
            continue
        named = _named_item_kind(unit, vocabulary)
        if named is not None and _item_kind(named) == kind:
            signal = _naming_signal(unit, vocabulary)
        elif named is None and (
            _unheaded_item(unit, cue_names, kind, vocabulary)
            or _next_to_a_duty(units, judgements, index, kind, cue_names)
        ):
            signal = "words"
        else:
            continue
        behind = _behind_none(scores[index], kind)
        if behind < _CUED_BEHIND or (named is not None and _states_a_duty(unit, cue_names, kind)):
            judgements[index] = Judgement(kind, signal, _odds(behind))


def _take_people_sought(
    units: list[Unit],
    features: list[UnitFeatures],
    scores: list[list[float]],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """A sentence where the employer seeks someone described in a clause of their own or by what they have,
    read as no item, is a requirement when close: "We are looking for engineers who know how to design
    distributed systems", "We zoeken iemand die meedenkt", "Vi söker någon som är självgående", "Wij zoeken
    iemand met een mbo-diploma".

    The clause describes the person, not the work: under no heading that names a kind, 24 of the 30 such
    sentences in the labelled corpora with no cue of a duty or of no item are requirements (2 duties: "an
    engineer who will improve …"). Taken like the cued units of :func:`_take_cued_items`: the model must
    put it behind 'none' by less than :data:`_CUED_BEHIND`.
    """
    for index, (unit, judgement) in enumerate(zip(units, judgements, strict=True)):
        cue_names = features[index].cues
        if judgement.kind is not None or "c:seeking" not in cue_names:
            continue
        if "c:duty" in cue_names or "c:not-item" in cue_names or not _unheaded_statement(unit):
            continue
        if _named_item_kind(unit, vocabulary) is not None or cues.SEEKING_WHO.search(unit.text) is None:
            continue
        if (taken := _taken_when_close(scores[index], "qualification", "words")) is not None:
            judgements[index] = taken


def _take_sole_sentences(
    units: list[Unit],
    features: list[UnitFeatures],
    scores: list[list[float]],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """The one sentence of a section whose heading names a kind of item, read as no item, is an item of
    that kind when close: "## Experience required" then "Experts with at least three years in …".

    Prose under such headings is often an introduction to a list; a section that holds nothing but
    the sentence introduces nothing. In the labelled corpora, the 5 such sentences (all of one site)
    are items of the kind their heading names. Taken as the cued units of :func:`_take_cued_items`
    are, when the model puts it behind 'none' by less than :data:`_CUED_BEHIND`, and not when cued
    as no item.
    """
    alone = _sole_units(units)
    for index in alone:
        unit, judgement = units[index], judgements[index]
        if judgement.kind is not None or unit.form != "sentence" or _is_question(unit):
            continue
        if unit.lead_in is not None or unit.node.declared not in _ITEM_KINDS:
            continue
        if "c:not-item" in features[index].cues:
            continue
        kind = _item_kind(unit.node.declared)
        if (taken := _taken_when_close(scores[index], kind, _naming_signal(unit, vocabulary))) is not None:
            judgements[index] = taken


def _taken_when_close(scores: Sequence[float], kind: ItemKind, signal: ItemSignal) -> Judgement | None:
    """``kind`` with the model's odds of it, when the model puts it behind 'none' by less than
    :data:`_CUED_BEHIND`; None when further behind (the rules that take a unit no cue decides alone)."""
    behind = _behind_none(scores, kind)
    return Judgement(kind, signal, _odds(behind)) if behind < _CUED_BEHIND else None


def _sole_units(units: list[Unit]) -> list[int]:
    """The units that are alone in their section."""
    count: dict[int, int] = {}
    for unit in units:
        count[id(unit.node)] = count.get(id(unit.node), 0) + 1
    return [index for index, unit in enumerate(units) if count[id(unit.node)] == 1]


def _unheaded_item(unit: Unit, cue_names: Collection[str], kind: ItemKind, vocabulary: Vocabulary) -> bool:
    """Whether a sentence under no heading or lead-in that names a kind is an item of ``kind`` by its own cues.

    A requirement when it says what the reader is, has or likes, or opens on a requirement that a cue of
    its strength confirms ("Experience with GIS desired."), when it requires something without addressing
    the reader (see :func:`_requires_impersonally`), or when its preferred cue governs it ("Será um
    diferencial ter experiência com ERP.": 8 of the 10 such sentences in the labelled corpora are
    requirements). A duty when it carries the duty cue and no cue of no item ("Te encargarás del
    mantenimiento …", "Do Twoich zadań będzie należało …", "We are looking for a bookkeeper to run our
    accounts.": of the 109 such sentences the labelled corpora cue only as duties, 104 are duties and 1
    is a requirement).
    """
    if not _unheaded_statement(unit):
        return False
    if unit.lead_in is not None and lead_in_kind(unit.lead_in, vocabulary) is not None:
        return False
    if kind == "qualification":
        return (
            _asks_of_the_reader(cue_names)
            or _requires_impersonally(cue_names)
            or ("x:preferred" in cue_names and governing_cue(unit.text, vocabulary, cued=True))
        )
    return "c:duty" in cue_names and "c:not-item" not in cue_names


def _requires_impersonally(cue_names: Collection[str]) -> bool:
    """Whether a sentence requires something without addressing the reader ("A driving licence is
    required.", "Applicants must hold a PhD."): of the 7 such sentences under no naming heading in the
    labelled corpora that carry no cue of no item, 6 are requirements.
    """
    return "c:qual-strong" in cue_names and "c:you-start" not in cue_names and "c:not-item" not in cue_names


def _next_to_a_duty(
    units: list[Unit], judgements: list[Judgement], index: int, kind: ItemKind, cue_names: Collection[str]
) -> bool:
    """Whether a sentence cued as a duty sits next to a duty in its paragraph, under no heading that names a
    kind ("Als Disponent planst du die Touren. Außerdem kümmerst du dich um die Abrechnung.").

    A paragraph of duties often opens on its least cued sentence, so the duty may follow it too ("Vous
    rédigez nos lettres. Vous organisez nos événements."). In the labelled corpora, 68 of the 73 such
    sentences next to a duty are duties (40 of 43 after one, 45 of 48 before one).
    """
    if kind != "responsibility" or "c:not-item" in cue_names or not _unheaded_statement(units[index]):
        return False
    return _beside(units, judgements, index, "responsibility")


def _beside(units: list[Unit], judgements: list[Judgement], index: int, kind: ItemKind) -> bool:
    """Whether the unit before or after ``units[index]`` in its paragraph (or list) was read as ``kind``."""
    group = units[index].group
    return any(
        0 <= other < len(units) and units[other].group == group and judgements[other].kind == kind
        for other in (index - 1, index + 1)
    )


def _take_cued_sentences_beside_their_kind(
    units: list[Unit],
    features: list[UnitFeatures],
    scores: list[list[float]],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """A sentence read as no item, under no heading that names a kind, is an item however far behind the model
    puts it when its own words say what it is and the sentence next to it in its paragraph is of that kind:

    - a requirement when its preferred cue governs it ("Knowledge of SAP is an advantage.", "Será um
      diferencial ter cursado …"), it describes the reader ("Olet reipas ja oma-aloitteinen.") or it
      requires something impersonally ("Exige-se carta de condução."),
    - a duty when it says what the reader does, in a language that has a pronoun for the reader
      ("Daarnaast begeleid je stagiaires.").

    In the labelled corpora, all 8 such sentences with a preferred cue next to a requirement are
    requirements (the 2 next to none are not), and the model leaves no other such sentence behind. In a
    language the model has few words of, the cue alone left them behind 'none'.
    """
    for index, unit in enumerate(units):
        cue_names = features[index].cues
        if judgements[index].kind is not None or not _unheaded_statement(unit) or "c:not-item" in cue_names:
            continue
        kind = _kind_its_words_say(unit, cue_names, vocabulary)
        if kind is not None and _beside(units, judgements, index, kind):
            judgements[index] = Judgement(kind, "words", _odds(_behind_none(scores[index], kind)))


def _read_duty_cued_sentences_beside_duties(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A sentence under no naming heading read as a requirement, whose cues name only a duty, is a duty when the
    sentence next to it in its paragraph is one ("Du vil ha ansvar for pasientbehandling. Du skal også veilede
    studenter."): in a language the model has few words of, a word it knows from requirements ("skal") can
    outweigh the cue. In the labelled corpora the model reads no such sentence beside a duty as a requirement
    (in-sample; the one beside none is a requirement).
    """
    for index, unit in enumerate(units):
        if judgements[index].kind != "qualification" or not _unheaded_statement(unit):
            continue
        cue_names = features[index].cues
        stated = _cued_kind(cue_names) == "responsibility" and not _STATED_DUTY_CUES.isdisjoint(cue_names)
        if stated and _beside(units, judgements, index, "responsibility"):
            judgements[index] = Judgement("responsibility", "words", judgements[index].confidence)


def _kind_its_words_say(unit: Unit, cue_names: Collection[str], vocabulary: Vocabulary) -> ItemKind | None:
    """The item kind a sentence's cues say it is on their own (see :func:`_take_cued_sentences_beside_their_kind`)."""
    if "c:reader-duty" in cue_names:
        return None if _asks_of_the_reader(cue_names) else "responsibility"
    if not _READER_DESCRIBED.isdisjoint(cue_names) or _requires_impersonally(cue_names):
        return "qualification"
    if "x:preferred" in cue_names and governing_cue(unit.text, vocabulary, cued=True):
        return "qualification"
    return None


def _unheaded_statement(unit: Unit) -> bool:
    """Whether a unit is a sentence, not a question, under no heading or one that names no kind."""
    return unit.form == "sentence" and unit.node.declared in _UNREAD_HEADINGS and not _is_question(unit)


def _asks_of_the_reader(cue_names: Collection[str]) -> bool:
    if not _READER_DESCRIBED.isdisjoint(cue_names):
        return True
    return "c:qual-start" in cue_names and not _STRENGTH_CUES.isdisjoint(cue_names)


_READER_DESCRIBED = frozenset({"c:qual-weak", "c:reader-trait"})
_STRENGTH_CUES = frozenset({"c:qual-strong", "x:preferred"})


def _states_a_duty(unit: Unit, cue_names: Collection[str], kind: ItemKind) -> bool:
    """Whether a sentence says what the reader (or the role) does, rather than only opening on a verb.

    Under a heading of duties, 21 of the 25 labelled sentences with such a cue
    are duties; two of the rest are questions ("Erkennst du dich …?").
    """
    return (
        kind == "responsibility"
        and unit.form == "sentence"
        and not _STATED_DUTY_CUES.isdisjoint(cue_names)
        and not _is_question(unit)
    )


_STATED_DUTY_CUES = frozenset({"c:duty", "c:reader-duty"})


def _is_question(unit: Unit) -> bool:
    return unit.text.rstrip().endswith(("?", "？"))


_SURE_VOTES: dict[tuple[str, str], ItemKind] = {
    ("tc:responsibility+", "lc:responsibility"): "responsibility",
    ("tc:qualification+", "lc:qualification"): "qualification",
}


def _take_lists_by_content(
    units: list[Unit], votes: list[tuple[str, ...]], scores: list[list[float]], judgements: list[Judgement]
) -> None:
    """A list entry under a heading that names no kind is an item of the kind its list's words vote for.

    A list of duties under an unknown heading ("☕ Behind the bar") is a list of
    duties: when the entry's own words are sure of the kind, its list votes the same,
    and the model puts it less than :data:`_CUED_BEHIND` behind 'none'.
    """
    for index, (unit, judgement) in enumerate(zip(units, judgements, strict=True)):
        if judgement.kind is not None or unit.form not in ("list", "line") or len(votes[index]) < 3:
            continue
        if unit.node.declared is not None or unit.lead_in is not None:
            continue
        kind = _SURE_VOTES.get((votes[index][1], votes[index][2]))
        if kind is None:
            continue
        behind = _behind_none(scores[index], kind)
        if behind < _CUED_BEHIND:
            judgements[index] = Judgement(kind, "list", _odds(behind))


_CUED_SHARE = 2 / 3
"""The share of a list's entries whose cues must name requirements for the list to overrule its duties heading."""


def _read_requirement_lists_under_duties(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A list under a heading of duties whose entries say they are requirements is a list of requirements.

    "Vos missions", then "Maîtrise de PHP", "Expérience en tests", "Vous aimez
    …": a site's template put the profile under the duties heading. When at
    least :data:`_CUED_SHARE` of a list's entries (three at least) carry cues of
    a requirement and none a cue of a duty, its entries read as duties are
    requirements.
    """
    lists = _lists_where(units, lambda _, unit: unit.node.declared is K.RESPONSIBILITIES)
    for members in lists.values():
        cued = [_cued_kind(features[index].cues) for index in members]
        if len(members) < 3 or "responsibility" in cued:
            continue
        if cued.count("qualification") >= _CUED_SHARE * len(members):
            for index in members:
                if judgements[index].kind == "responsibility":
                    judgements[index] = Judgement("qualification", "list", judgements[index].confidence)


def _read_duty_lists_under_requirements(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement], vocabulary: Vocabulary
) -> None:
    """A list under a heading of requirements whose entries say they are duties is a list of duties: the
    mirror of :func:`_read_requirement_lists_under_duties` ("Was erwarten wir:", then "Ihr
    Tätigkeitsspektrum umfasst …", "Dabei stimmen Sie … ab", "Zudem unterstützen Sie …"). Every entry
    (three at least) carries a cue of a duty and none a cue of a requirement, and neither a lead-in says they
    are what is asked ("You'll need to show evidence of:" then "designing services …") nor the heading that
    they are the hire's ways ("Personal attributes")."""
    lists = _lists_where(units, lambda _, unit: unit.node.declared is K.QUALIFICATIONS)
    for members in lists.values():
        lead_in, heading = units[members[0]].lead_in, units[members[0]].node.heading
        if _asks_for_what_its_entries_complete(lead_in, vocabulary):
            continue
        if heading is not None and _NAMES_THE_HIRES_WAYS.search(heading) is not None:
            continue  # "Personal attributes", then "Communicates trade-offs plainly …": how the hire works
        if len(members) >= 3 and all(_cued_kind(features[index].cues) == "responsibility" for index in members):
            for index in members:
                if judgements[index].kind == "qualification":
                    judgements[index] = Judgement("responsibility", "list", judgements[index].confidence)


def _read_stated_duties_among_requirements(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """An entry or sentence read as a requirement only by its heading, whose cues state a duty and nothing
    else, and that says what the reader will do ("You will also give a short talk at one of our meetups each
    year" under "What we ask"), is a duty: labels follow what an item says, not where it stands. A duty's
    verb alone is not enough: requirements open on verbs too ("Communicate clearly with …")."""
    for index, judged in enumerate(judgements):
        cue_names = features[index].cues
        if (
            judged.kind == "qualification"
            and judged.signal == "heading"
            and _cued_kind(cue_names) == "responsibility"
            and not _STATED_DUTY_CUES.isdisjoint(cue_names)
            and units[index].node.declared is K.QUALIFICATIONS
            and _THE_READER_WILL_DO.match(units[index].text) is not None
        ):
            judgements[index] = Judgement("responsibility", "words", judged.confidence)


# What the reader will do, said in the future: the present ("You write TypeScript by default", "Je werkt
# nauwkeurig") describes the candidate as often as the work.
_THE_READER_WILL_DO = re.compile(
    r"you(?:'ll| will) (?:also |occasionally |sometimes |regularly )?(?:be (?:expected|asked) to )?"
    r"(?!(?:know|need|have|be|understand|share|enjoy|love|bring|want|feel|get|thrive)\b)[a-z]+\b",
    re.IGNORECASE,
)


def _asks_for_what_its_entries_complete(lead_in: str | None, vocabulary: Vocabulary) -> bool:
    """Whether a lead-in names requirements and ends on a preposition its entries complete ("You'll need to
    show evidence of:" then "designing services …"); "Was erwarten wir:" then "Ihr Tätigkeitsspektrum
    umfasst …" leaves its entries their own say."""
    return (
        lead_in is not None
        and _ENDS_ON_A_PREPOSITION.search(lead_in) is not None
        and lead_in_kind(lead_in, vocabulary) in _REQUIREMENT_KINDS
    )


_ENDS_ON_A_PREPOSITION = re.compile(r"\b(?:of|in|with|at|on|for)\s*[:：]\s*$", re.IGNORECASE)


# A heading of the hire's ways of working, whose entries may open on a verb of the third person.
_NAMES_THE_HIRES_WAYS = re.compile(
    r"\b(?:attributes?|qualities|behaviou?rs?|traits|characteristics|competenc(?:y|ies|es))\b", re.IGNORECASE
)


def _read_lists_of_duty_verbs(
    units: list[Unit], features: list[UnitFeatures], scores: list[list[float]], judgements: list[Judgement]
) -> None:
    """A list under a heading of no kind, with no lead-in, whose entries open on a duty's verb is a list of duties.

    "The mahi", then "Mix, shape and bake …", "Feed and maintain our levain …", "Pack wholesale orders …":
    the model, which learnt its words from other trades, reads such entries as nothing. When at least
    :data:`_CUED_SHARE` of a list's entries at one level (three at least) open on a duty's verb and none
    carries a cue of a requirement, its entries read as nothing are duties, but for those the model finds
    likelier requirements than duties ("A sense of humour and resilience").
    """
    lists = _lists_where(
        units, lambda _, unit: unit.node.declared in _UNREAD_HEADINGS and unit.lead_in is None, by_level=True
    )
    for members in lists.values():
        if len(members) < 3 or any(_cued_kind(features[index].cues) == "qualification" for index in members):
            continue
        if sum("c:duty-verb" in features[index].cues for index in members) >= _CUED_SHARE * len(members):
            for index in members:
                if (
                    judgements[index].kind is None
                    and "c:not-item" not in features[index].cues
                    and scores[index][0] >= scores[index][1]
                ):
                    judgements[index] = Judgement("responsibility", "list", judgements[index].confidence)


_NOT_THE_JOB = frozenset({K.BENEFITS, K.COMPANY})


def _read_duty_lists_under_offers(units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]) -> None:
    """A list under a heading of what the employer offers (or is) whose entries say what the reader does is a
    list of duties.

    "Was bieten wir", then "Du unterstützt unser Team bei …", "Ferner arbeitest
    du an …": the heading names the wrong kind, and the entries say otherwise. When
    at least half of a list's entries (three at least) say what the reader does
    (a duty cue, not a bare opening verb, which a perk may have: "Develop your
    skills") and none is cued as a requirement or as no item, its entries are
    duties (signal ``list``).
    """
    lists = _lists_where(units, lambda _, unit: unit.node.declared in _NOT_THE_JOB)
    for members in lists.values():
        cues = [features[index].cues for index in members]
        if len(members) < 3 or any(_cued_kind(c) == "qualification" or "c:not-item" in c for c in cues):
            continue
        if 2 * sum(not _STATED_DUTY_CUES.isdisjoint(c) for c in cues) >= len(members):
            for index in members:
                judgements[index] = Judgement("responsibility", "list", judgements[index].confidence)


def _read_duties_led_in_under_requirements(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement], vocabulary: Vocabulary
) -> None:
    """The entries after a lead-in that names duties ("You can and will:") under a heading of requirements are
    duties: the lead-in stands closer to them than the heading.

    Entries read as requirements become duties unless their own cues say they are requirements
    (signal ``lead-in``).
    """
    for index, unit in enumerate(units):
        if unit.form not in ("list", "line") or unit.lead_in is None or judgements[index].kind != "qualification":
            continue
        if unit.node.declared not in _REQUIREMENT_KINDS or _cued_kind(features[index].cues) == "qualification":
            continue
        if lead_in_kind(unit.lead_in, vocabulary) is K.RESPONSIBILITIES:
            judgements[index] = Judgement("responsibility", "lead-in", judgements[index].confidence)


def _read_requirements_led_in(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement], vocabulary: Vocabulary
) -> None:
    """An entry after a lead-in that names requirements ("You have:", "Je hebt bij voorkeur ervaring met:")
    read as a duty with no duty cue of its own is a requirement: the lead-in asks it of the reader.

    In the labelled corpora, 212 of the 221 entries without a duty cue after a lead-in that names requirements
    are requirements (the 9 duties come from two sites' labelling: "You are: able and expected to …", duties
    under "Was erwarten wir:"); after a lead-in that names preferred ones, none of the 65 entries is a duty.
    Signal ``lead-in``.
    """
    for index, unit in enumerate(units):
        if unit.form not in ("list", "line") or unit.lead_in is None or judgements[index].kind != "responsibility":
            continue
        if _cued_kind(features[index].cues) == "responsibility":
            continue
        if lead_in_kind(unit.lead_in, vocabulary) in _REQUIREMENT_KINDS:
            judgements[index] = Judgement("qualification", "lead-in", judgements[index].confidence)


def _read_people_sought_to_do_the_work(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A sentence where the employer seeks someone to do the work ("We are looking for a planner to plan our
    routes", "Wij zoeken een planner om onze ritten te plannen") read as a requirement is a duty: the model
    weighs the seeking, which mostly describes the person sought, against the work named. Of the 25 units
    of the labelled corpora with this cue, 19 are duties; of the 4 that the model, trained without their
    site, reads as requirements, 3 are duties, and the fourth asks for years of experience, which keeps it a
    requirement (see :func:`decide_items`). Signal ``words``.
    """
    for index, unit in enumerate(units):
        if judgements[index].kind != "qualification" or "c:duty" not in features[index].cues:
            continue
        if cues.SOUGHT_TO_DO.search(unit.text) is not None:
            judgements[index] = Judgement("responsibility", "words", judgements[index].confidence)


_REQUIREMENT_KINDS = frozenset({K.QUALIFICATIONS, K.PREFERRED_QUALIFICATIONS})
_UNREAD_LIST_ENTRIES = 2


def _read_unread_lists_by_heading(
    units: list[Unit],
    lists: Mapping[int, list[int]],
    features: list[UnitFeatures],
    judgements: list[Judgement],
    vocabulary: Vocabulary,
) -> None:
    """A list under a heading (or after a lead-in) of duties or of requirements of which no entry reads as
    anything is of that kind.

    "Deine Aufgaben", then "Kommissionierung von Waren", "Kontrolle des
    Wareneingangs" on lines of their own: German duties written as nouns, in a
    language and a layout the model reads badly, are read as plain text, and the
    whole list is lost. A list of at least :data:`_UNREAD_LIST_ENTRIES` entries (any after a lead-in,
    or after a section of the same level and kind whose last unit reads as that kind)
    none of which the model reads as an item, and none cued as another kind or
    as no item ("This is a part-time position"), takes its heading's kind
    (signal ``heading``, confidence one half). So do the unread entries of a list
    of short unmarked lines whose other entries read as that kind: one line with
    a cue ("Be- und Entladen") does not make its plain neighbours something else.
    """
    for entries in lists.values():
        if all(judgements[index].kind is not None for index in entries):
            continue  # most lists: every entry read
        named = {index: _named_kind(units[index], vocabulary) for index in entries}
        members = [index for index in entries if named[index] in _ITEM_KINDS]
        if not members:
            continue
        declared = named[members[0]]
        led = units[members[0]].node.declared is None  # its kind named by a lead-in, which heads it alone
        if declared is None:
            continue
        kind = _item_kind(declared)
        alone = led or _follows_a_sibling_of_its_kind(units, judgements, members[0], kind)
        if len(members) < (1 if alone else _UNREAD_LIST_ENTRIES):
            continue
        partly_read = _short_lines(units, members)  # its entries read as the heading's kind may stand among them
        if all(
            (judgements[index].kind is None or (partly_read and judgements[index].kind == kind))
            and _not_cued_otherwise(features[index].cues, kind)
            for index in members
        ):
            for index in members:
                if judgements[index].kind is None:
                    judgements[index] = Judgement(kind, "heading", 0.5)


def _follows_a_sibling_of_its_kind(units: list[Unit], judgements: list[Judgement], first: int, kind: ItemKind) -> bool:
    """Whether the unit before a list's first is of ``kind``, in a section of the same level and kind just
    before the list's ("**Programmes**" then duties, "**Collections**" then one more): a list of one entry
    under such a heading is one of its parts, as a list of several would be."""
    if first == 0 or judgements[first - 1].kind != kind:
        return False
    before, node = units[first - 1].node, units[first].node
    return before is not node and before.level == node.level and before.declared is node.declared


def _read_unread_fields_by_their_label(
    units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """A field read as nothing whose own label names duties or requirements is of that kind.

    "Mansioni: accoglienza clienti, gestione della cassa." in a paragraph of its
    own: the label is the field's heading, and the value is what it names. The
    labelled corpora hold few such fields (each of the 9 under a label naming
    duties or requirements is of that kind but one), too few for the model to
    learn them, so the label decides (signal ``heading``, confidence one half),
    unless the value is cued as another kind or as no item.
    """
    for index, unit in enumerate(units):
        if unit.form != "field" or judgements[index].kind is not None or unit.node.declared not in _ITEM_KINDS:
            continue
        kind = _item_kind(unit.node.declared)
        if _not_cued_otherwise(features[index].cues, kind):
            judgements[index] = Judgement(kind, "heading", 0.5)


_STRONG_CUES = (_DUTY_CUES | _REQUIREMENT_CUES) - {"c:duty-verb"}
"""Cues but for an opening verb, which may be a requirement's ("Own hand tools", "Drive a forklift")."""


def _not_cued_otherwise(cue_names: Collection[str], kind: ItemKind) -> bool:
    """Whether no strong cue says a unit is of another kind than ``kind``, and none says it is no item."""
    return _cued_kind(_STRONG_CUES.intersection(cue_names)) in (None, kind) and "c:not-item" not in cue_names


def _named_kind(unit: Unit, vocabulary: Vocabulary) -> SectionKind | None:
    """The kind a unit's heading names, else the kind its lead-in names (under a heading of no kind)."""
    if unit.node.declared is not None or unit.lead_in is None:
        return unit.node.declared
    return lead_in_kind(unit.lead_in, vocabulary)


_LIST_MAJORITY = 2 / 3


def _read_unread_entries_by_their_list(
    units: list[Unit], lists: Mapping[int, list[int]], features: list[UnitFeatures], judgements: list[Judgement]
) -> None:
    """The unread entries of a list whose other entries (two thirds of it, two at least) read as one kind.

    A list holds one kind: "Progettare …", "Redigere …", "Collaborare …" under
    "Il ruolo", of which the model reads all but one as duties, are duties.
    Entries cued as another kind or as no item stay as they are. Where less
    of the list reads as the kind (one entry at least), the unread entries
    whose own cues name it ("Write drivers …" beside "Test new boards …";
    "Førerkort klasse B" and "Du må kunne jobbe …" beside "Erfaring fra
    husdyrhold") take it too; so do those of a list of unmarked lines, when
    short enough to be entries rather than lines of prose (see
    :data:`_SHORT_LINE_WORDS`), and so do all the short unmarked lines under a heading that names the kind
    ("**Duties**" over "GST returns", "Liaising with our accountant").
    """
    for entries in lists.values():
        if all(judgements[index].kind is not None for index in entries):
            continue  # most lists: every entry read
        kinds = {judgements[index].kind for index in entries} - {None}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        if kind not in _ITEM_KIND_NAMES:
            continue
        marked = [index for index in entries if units[index].form == "list"]
        read = sum(judgements[index].kind == kind for index in marked)
        uncued_too = read >= max(2, _LIST_MAJORITY * len(marked))
        for index in entries:
            cues = features[index].cues
            if judgements[index].kind is not None or "c:not-item" in cues:
                continue
            cued = _cued_kind(cues)
            if units[index].form == "list":
                taken = cued == kind or (cued is None and uncued_too)
            else:  # an unmarked line: one of a list when short, more likely a line of prose when long
                named = units[index].node.declared in _HEADINGS_OF_KIND[kind]
                taken = (cued == kind or (cued is None and named)) and len(
                    units[index].text.split()
                ) <= _SHORT_LINE_WORDS
            if taken:
                judgements[index] = Judgement(kind, "list", 0.5)


_HEADINGS_OF_KIND: Mapping[str, frozenset[SectionKind]] = {
    "responsibility": frozenset({K.RESPONSIBILITIES}),
    "qualification": frozenset({K.QUALIFICATIONS, K.PREFERRED_QUALIFICATIONS}),
}
"""The kinds of section whose heading names the items of a kind."""


def _short_lines(units: list[Unit], members: list[int]) -> bool:
    """Whether a list is of unmarked lines of at most :data:`_SHORT_LINE_WORDS` words (not of sentences of prose)."""
    return all(units[i].form == "line" and len(units[i].text.split()) <= _SHORT_LINE_WORDS for i in members)


def _item_kind(named: SectionKind) -> ItemKind:
    """The kind of item a section of duties or of (preferred) requirements holds."""
    return "responsibility" if named is K.RESPONSIBILITIES else "qualification"


def _behind_none(scores: Sequence[float], kind: ItemKind) -> float:
    """How far the model puts ``kind`` behind 'none' (duty, requirement, none: the order of :data:`CLASSES`)."""
    return scores[2] - scores[CLASSES.index(kind)]


def _cued_kind(cue_names: Collection[str]) -> ItemKind | None:
    """The one item kind a unit's cue features name, if they name one and not the other."""
    duty = not _DUTY_CUES.isdisjoint(cue_names)
    requirement = not _REQUIREMENT_CUES.isdisjoint(cue_names)
    if duty == requirement:
        return None
    return "responsibility" if duty else "qualification"


_UNREAD_HEADINGS = frozenset({None, K.ROLE_SUMMARY})


def _read_duty_lists_by_place(units: list[Unit], features: list[UnitFeatures], judgements: list[Judgement]) -> bool:
    """A posting with requirements but no duty: its lists that come before the first requirement, under a
    heading that names no kind (or names the role), and of which no entry reads as anything, are its duties;
    so are its paragraphs there that say what the job is (see :func:`_paragraphs_of_the_job`). But the last
    of two lists or more, right before the preferred requirements of a posting that names no required
    one, is those required ones (see :func:`_list_before_preferred`).

    Postings put what the job is before what it asks, and a language the model
    reads badly ("Hverdagen", then a list of verbs in Danish) leaves such a list
    unread. Whether anything was taken.
    """
    first_requirement = next((i for i, j in enumerate(judgements) if j.kind == "qualification"), None)
    if first_requirement is None:
        return False
    lists = _lists_where(
        units, lambda _, unit: unit.node.heading is not None and unit.node.declared in _UNREAD_HEADINGS
    )
    placed = sorted(
        (
            members
            for members in [*lists.values(), *_paragraphs_of_the_job(units, features, first_requirement)]
            if members[0] < first_requirement and all(judgements[index].kind is None for index in members)
        ),
        key=lambda members: members[0],
    )
    if not placed:
        return False
    before_preferred = _list_before_preferred(units, judgements, placed, first_requirement)
    for members in placed:
        kind: ItemKind = "qualification" if members is before_preferred else "responsibility"
        for index in members:
            judgements[index] = Judgement(kind, "layout", 0.5)
    return True


def _read_duty_lists_before_named_requirements(
    units: list[Unit], lists: Mapping[int, list[int]], features: list[UnitFeatures], judgements: list[Judgement]
) -> bool:
    """A posting with no duty: a list read as requirements under a heading of no kind (or of the role), that
    comes before a section whose heading names the requirements and of which no entry carries a cue of a
    requirement, is its duties ("Om tjänsten": "Planera och genomföra …", "Ansvara för …", then "Vi söker
    dig som"). Postings say what the job is before what it asks; the model, reading words of a language
    it knows little, takes the first for the second. Whether anything was taken.
    """
    first_named = next((i for i, unit in enumerate(units) if unit.node.declared is K.QUALIFICATIONS), None)
    if first_named is None:
        return False
    taken = False
    for members in lists.values():
        node = units[members[0]].node
        if (
            len(members) >= 2
            and members[-1] < first_named
            and node.heading is not None
            and node.declared in _UNREAD_HEADINGS
            and all(judgements[index].kind == "qualification" for index in members)
            and not any(_REQUIREMENT_CUES.intersection(features[index].cues) for index in members)
        ):
            for index in members:
                judgements[index] = Judgement("responsibility", "layout", 0.5)
            taken = True
    return taken


def _list_before_preferred(
    units: list[Unit], judgements: list[Judgement], placed: list[list[int]], first_requirement: int
) -> list[int] | None:
    """Of two lists or more placed before the first requirement, the last one when it ends right before a
    section of preferred requirements in a posting that names no required one: the requirements the
    preferred ones add to ("Mitä työ pitää sisällään?", "Sinulta löytyy", then "Plussaa on").
    """
    last = placed[-1]
    if (
        len(placed) < 2
        or units[last[0]].form not in ("list", "line")
        or units[first_requirement].node.declared is not K.PREFERRED_QUALIFICATIONS
        or any(
            judgement.kind == "qualification" and unit.node.declared is not K.PREFERRED_QUALIFICATIONS
            for unit, judgement in zip(units, judgements, strict=True)
        )
    ):
        return None
    between = range(last[-1] + 1, first_requirement)
    return last if all(judgements[index].kind is None for index in between) else None


def _paragraphs_of_the_job(units: list[Unit], features: list[UnitFeatures], before: int) -> list[list[int]]:
    """The paragraphs of the first section before the first requirement whose heading names duties, the role
    or no kind (and is not the posting's title), and whose sentences may each say what the job is (see
    :func:`_states_what_the_job_is`): the job said in the third person or in nouns ("Prepara encomendas …
    Opera empilhadores …", "Zajišťuje výkon sociální práce …", "Részvétel az intézet oktatási feladataiban.").

    One section only: the sections after it, under headings the vocabulary does not know, are as likely
    the pay or the place as more of the job. Only read in a posting where nothing else reads as a duty
    (see :func:`_read_duty_lists_by_place`).
    """
    paragraphs: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        if unit.form == "sentence":
            paragraphs.setdefault(unit.group, []).append(index)
    placed = [
        members
        for members in paragraphs.values()
        if members[0] < before
        and (node := units[members[0]].node).heading is not None
        and node.declared in _DUTY_HEADINGS
        and features[members[0]].shared[0] != _UNDER_THE_TITLE  # what opens a posting is the employer's
    ]
    return [
        members
        for members in placed
        if units[members[0]].node is units[placed[0][0]].node
        and all(_states_what_the_job_is(units[index], features[index]) for index in members)
    ]


_DUTY_HEADINGS = _UNREAD_HEADINGS | {K.RESPONSIBILITIES}
_UNDER_THE_TITLE = "h:title"


def _states_what_the_job_is(unit: Unit, features: UnitFeatures) -> bool:
    """Whether a sentence may say what the job is: it neither opens on "we" nor speaks to the reader (but under
    a heading of duties: "Kursi ir prižiūrėsi duomenų srautus …"), nor asks, nor calls, nor introduces a list,
    nor is cued as no item."""
    return (
        "c:not-item" not in features.cues
        and (_READERS_WORD not in features.classes or unit.node.declared is K.RESPONSIBILITIES)
        and not _opens_on_the_employer(features)
        and not _is_question(unit)
        and not unit.text.endswith(("!", *_COLONS))  # a call, or what introduces a list
    )


def _opens_on_the_employer(features: UnitFeatures) -> bool:
    """Whether a unit's first word is the employer's "we" or "our" ("Wir …", "Our team …"); "… into our API"
    later in a duty is no sign."""
    return bool(features.words) and _LEXICON_CLASSES[features.words[0]] == "we"


_LIKELIEST_DUTIES = 2
_DUTY_BEHIND_NONE = 1.5
"""How far behind 'none' a unit may read as a duty and still be taken in a posting that names no duty."""


def _take_likeliest_duties(units: list[Unit], scores: list[list[float]], judgements: list[Judgement]) -> None:
    """A posting where nothing reads as a duty: the (at most two) units likeliest to be one become duties.

    Nearly every posting says what the job is (126 of the 141 labelled real
    postings have duties), sometimes only in a sentence or two of prose that
    the model reads as plain description. A unit qualifies when the model puts it
    at none by less than ``_DUTY_BEHIND_NONE``, and finds it likelier a duty
    than a requirement. Its signal is ``posting``. A list entry taken brings
    the entries of its list that are no item with it: a list holds one kind,
    and the model, unsure of one entry in a language it reads badly, is as
    unsure of the others. No unit under a heading about applying is taken: the
    steps of the hiring ("We set up a call") are said in the words of duties.
    """
    candidates = [
        index
        for index, (unit_scores, judgement) in enumerate(zip(scores, judgements, strict=True))
        if judgement.kind is None
        and units[index].node.declared is not K.APPLICATION
        and unit_scores[0] > unit_scores[1]
        and _behind_none(unit_scores, "responsibility") < _DUTY_BEHIND_NONE
    ]
    candidates.sort(key=lambda index: _behind_none(scores[index], "responsibility"))
    for index in candidates[:_LIKELIEST_DUTIES]:
        for taken in _with_list_mates(units, judgements, index):
            judgements[taken] = Judgement(
                "responsibility", "posting", _odds(_behind_none(scores[taken], "responsibility"))
            )


def _with_list_mates(units: list[Unit], judgements: list[Judgement], index: int) -> list[int]:
    """The unit at ``index`` and, when it is a list entry, the entries of its list read as no item."""
    unit = units[index]
    if unit.form not in ("list", "line"):
        return [index]
    return [
        other
        for other, (mate, judgement) in enumerate(zip(units, judgements, strict=True))
        if other == index or (mate.group == unit.group and mate.form == unit.form and judgement.kind is None)
    ]


def _odds(behind: float) -> float:
    """The model's odds of a kind it puts ``behind`` points after the kind it chose (rounded)."""
    return round(1 / (1 + math.exp(behind)), 3)


def all_features(units: list[Unit], roots: list[SectionNode], vocabulary: Vocabulary) -> list[UnitFeatures]:
    """The features of each unit (the same ones the model was trained on)."""
    ancestors = _ancestors(roots)
    title = title_section(roots, vocabulary)
    sections: dict[int, tuple[str, ...]] = {}
    leads: dict[str | None, tuple[str, ...]] = {}
    lists: dict[int, int] = {}
    texts = [unit.text for unit in units]
    words = [words_of(text) for text in texts]
    cue_names = cues_of_units(texts, words, vocabulary)
    out: list[UnitFeatures] = []
    for index, unit in enumerate(units):
        key = id(unit.node)
        if key not in sections:
            sections[key] = section_features(unit.node, ancestors[key], vocabulary, title)
        if unit.lead_in not in leads:
            leads[unit.lead_in] = lead_in_features(unit.lead_in, vocabulary)
        shared = sections[key]
        ordinal = lists.setdefault(unit.group, len(lists)) if unit.form in ("list", "line") else None
        place = _place(5 * index // len(units), None if ordinal is None else min(ordinal, 3), shared[0])
        out.append(_features(unit, words[index], cue_names[index], shared, leads[unit.lead_in], place))
    return out


@lru_cache(maxsize=4096)
def _place(fifth: int, list_ordinal: int | None, heading: str) -> tuple[str, ...]:
    """Which fifth of the posting a unit is in; for a list entry, which list (the fourth and later are one)."""
    if list_ordinal is None:
        return (f"at:{fifth}",)
    return (f"at:{fifth}", f"list:{list_ordinal}|{heading}")


def _ancestors(roots: list[SectionNode]) -> dict[int, list[SectionNode]]:
    found: dict[int, list[SectionNode]] = {}

    def visit(node: SectionNode, above: list[SectionNode]) -> None:
        found[id(node)] = above
        for child in node.children:
            visit(child, [*above, node])

    for root in roots:
        visit(root, [])
    return found


def _pulled(units: list[Unit], scores: list[list[float]], sure: list[bool], pull: float) -> list[list[float]]:
    """Each list unit's scores moved towards the mean of its list's, unless it is sure of itself."""
    members: dict[int, list[int]] = {}
    for index, unit in enumerate(units):
        if unit.form in ("list", "line"):
            members.setdefault(unit.group, []).append(index)
    out = list(scores)  # a unit's scores are replaced, never changed
    for indexes in members.values():
        if len(indexes) < 2:
            continue
        mean = [sum(scores[i][c] for i in indexes) / len(indexes) for c in range(3)]
        for i in indexes:
            if not sure[i]:
                out[i] = [(1 - pull) * scores[i][c] + pull * mean[c] for c in range(3)]
    return out


def _margin(scores: Sequence[float]) -> float:
    """How far the best class is ahead of the next."""
    first, second, third = scores
    high, low = (first, second) if first >= second else (second, first)
    return third - high if third > high else high - (third if third > low else low)


def _best_two(scores: Sequence[float]) -> tuple[int, int]:
    """The best class and the runner-up; ties go to the first class (as a stable sort, best first, has it)."""
    best, runner_up = (0, 1) if scores[0] >= scores[1] else (1, 0)
    third = scores[2]
    if third > scores[best]:
        return 2, best
    return (best, 2) if third > scores[runner_up] else (best, runner_up)


def _judgement(unit: Unit, scores: list[float], sums: list[float], vocabulary: Vocabulary) -> Judgement:
    """The decision on a unit from its final ``scores``, explained by its summed weights per signal."""
    best, runner_up = _best_two(scores)
    confidence = 1 / (1 + math.exp(max(min(scores[runner_up] - scores[best], 50.0), -50.0)))
    # What each signal of SIGNALS gave the winner over the runner-up (one by one: cheaper than slices);
    # the list's pull counts for the list.
    won, lost = _GROUP_SUMS + best, _GROUP_SUMS + runner_up
    pull = (scores[best] - scores[runner_up]) - (sums[best] - sums[runner_up])
    margins = [
        sums[won] - sums[lost],
        sums[won + 3] - sums[lost + 3],
        sums[won + 6] - sums[lost + 6],
        sums[won + 9] - sums[lost + 9],
        sums[won + 12] - sums[lost + 12] + pull,
    ]
    signal = SIGNALS[margins.index(max(margins))]
    name = CLASSES[best]
    kind: ItemKind | None = name if name != "none" else None  # type: ignore[assignment]
    if kind is None and unit.form != "sentence":
        if _in_benefits(unit, vocabulary):
            kind = "benefit"
        elif scores[best] - max(scores[:2]) < _TIE and (named := _named_item_kind(unit, vocabulary)) is not None:
            # Unsure, in a list whose heading or lead-in names duties or requirements: the heading decides.
            kind = _item_kind(named)
            signal = _naming_signal(unit, vocabulary)
    return Judgement(kind, signal, round(confidence, 3))


def _naming_signal(unit: Unit, vocabulary: Vocabulary) -> ItemSignal:
    """Which names a unit's kind when its heading or lead-in decides: its lead-in, if that names one."""
    return "lead-in" if unit.lead_in is not None and lead_in_kind(unit.lead_in, vocabulary) else "heading"


_TIE = 1.0
"""A 'none' ahead of an item kind by less than this is no decision: the heading's kind is taken."""


def _named_item_kind(unit: Unit, vocabulary: Vocabulary) -> SectionKind | None:
    """The item kind a unit's lead-in, or else its section's heading (or the one it inherits), names."""
    if unit.lead_in is not None and (kind := lead_in_kind(unit.lead_in, vocabulary)) in _ITEM_KINDS:
        return kind
    return unit.node.declared if unit.node.declared in _ITEM_KINDS else None


_ITEM_KINDS = {K.RESPONSIBILITIES, K.QUALIFICATIONS, K.PREFERRED_QUALIFICATIONS}


def _in_benefits(unit: Unit, vocabulary: Vocabulary) -> bool:
    if unit.lead_in is not None and lead_in_kind(unit.lead_in, vocabulary) is K.BENEFITS:
        return True
    return unit.node.declared is K.BENEFITS


def decide_items(
    units: list[Unit],
    roots: list[SectionNode],
    vocabulary: Vocabulary,
    model: ItemModel,
    *,
    title: Title = None,
) -> dict[int, list[ExtractedItem]]:
    """Items of every section, keyed by ``id(node)``; each section's kind follows from its items.

    ``title`` is the posting's title (see :func:`judge_units`).
    """
    found: dict[int, list[ExtractedItem]] = {id(node): [] for root in roots for node in root.walk()}
    judgements, features = _judged_with_features(units, roots, vocabulary, model, title)
    requirements: list[_Requirement] = []
    for index, (unit, judgement) in enumerate(zip(units, judgements, strict=True)):
        if judgement.kind is None or _lists_application(unit, vocabulary):
            continue
        kind, signal = judgement.kind, judgement.signal
        if kind == "responsibility" and _asks_of_a_person(unit.text):
            kind, signal = "qualification", "words"
        cue_names = features[index].cues if index < len(features) else None
        # A requirement is optional by its place (a nice-to-have heading or lead-in) or by its words.
        places = _preferring_places(unit, vocabulary) if kind == "qualification" else []
        required = kind != "qualification" or not (places or _optional_by_its_words(unit, vocabulary, cue_names))
        item = ExtractedItem(kind, unit.text, unit.line, unit.level, unit.links, required, signal)
        found[id(unit.node)].append(item)
        if kind == "qualification":
            requirements.append((item, unit, cue_names, places))
    _require_what_only_desired_asks(requirements, vocabulary, found)
    for root in roots:
        for node in root.walk():
            _settle_kind(node, found[id(node)])
    return found


def _lists_application(unit: Unit, vocabulary: Vocabulary) -> bool:
    """Whether the unit's lead-in introduces what to send ("Application documents:"): no duty nor requirement."""
    lead_in = unit.lead_in
    if lead_in is None or lead_in_kind(lead_in, vocabulary) is not None:  # "… interested? You should have:"
        return False
    return vocabulary.heading_kind(lead_in.rstrip(":： ")) is K.APPLICATION


def _asks_of_a_person(text: str) -> bool:
    """Whether ``text`` asks for years of experience, or opens with what a person has ("Fluent …", "Ability to …").

    Such items are requirements whatever the heading above them says: of the labelled items
    that open with a word of the lexicon's experience, knowledge, skill or degree classes,
    383 are requirements and 7 duties (6 of one site).
    """
    words = words_of(text[:_OPENING_CHARS])
    if words and words[0] in _REQUIREMENT_OPENERS:
        return True
    if words and words[0] in _QUALITY_WORDS and any(map(_names_a_requirement, words[1:_QUALIFIED_WORDS])):
        return True  # "Strong knowledge of …", "Excellent communication skills", "Sehr gute Deutschkenntnisse"
    return parse_experience(text) is not None


def _names_a_requirement(word: str) -> bool:
    return word in _REQUIREMENT_OPENERS or word in _OPENERS_OF_DUTIES or word.endswith(_REQUIREMENT_TAILS)


_OPENING_CHARS = 40
# Words of those classes that also open duties ("Track the KPIs", "Understanding customers' needs …").
_OPENERS_OF_DUTIES = frozenset("track background hintergrund know knowing understanding command grasp talent".split())
_REQUIREMENT_OPENERS = frozenset(
    word
    for name in ("experience", "knowledge", "skill", "degree")
    for word in LEXICON[name].split()
    if not word.startswith("-") and not word.endswith("-") and word not in _OPENERS_OF_DUTIES
)
_REQUIREMENT_TAILS = tuple(
    word[1:] for name in ("experience", "knowledge", "skill") for word in LEXICON[name].split() if word.startswith("-")
)
# Words that grade what a person has, opening a requirement before its noun: "Strong knowledge of SQL",
# "Bonne maîtrise d'Excel", "Sehr gute Deutschkenntnisse", "Goede kennis van", "Biegła znajomość".
_QUALITY_WORDS = frozenset(
    """
    strong solid good excellent deep proven extensive thorough sound basic fluent advanced demonstrable
    demonstrated comprehensive very great outstanding exceptional practical broad detailed expert
    bonne bonnes excellente excellentes solide solides parfaite très réelle réelles forte
    gute guten gutes sehr fundierte fundiertes fundierten ausgezeichnete umfassende tiefgehende sichere
    verhandlungssichere mehrjährige
    buen buena buenos buenas sólida sólidos sólido amplia amplio excelente excelentes
    boa bom bons boas ampla amplo
    buona buone ottima ottime solida approfondita comprovata
    goede uitstekende ruime aantoonbare gedegen brede
    god goda mycket gedigen gedigna
    dobra dobre bardzo biegła biegłe praktyczna
    """.split()
)
_QUALIFIED_WORDS = 6
"""The words after a grading word in which its noun is looked for ("Excellent written communication skills")."""


def _settle_kind(node: SectionNode, items: list[ExtractedItem]) -> None:
    """A section is of the kind most of its items are; with none, what its heading said."""
    if not items:
        return
    counts = {kind: sum(item.kind == kind for item in items) for kind in ("responsibility", "qualification", "benefit")}
    top = max(counts, key=counts.__getitem__)
    if top == "benefit":
        node.kind = K.BENEFITS
    elif top == "responsibility":
        node.kind = K.RESPONSIBILITIES
    elif node.declared is K.PREFERRED_QUALIFICATIONS or all(not i.required for i in items if i.kind == "qualification"):
        node.kind = K.PREFERRED_QUALIFICATIONS
    else:
        node.kind = K.QUALIFICATIONS


# --- required or preferred -----------------------------------------------------------


_Requirement = tuple[ExtractedItem, Unit, Sequence[str] | None, list[str]]
"""A requirement found: its item, its unit, the unit's cue features and :func:`_preferring_places`."""


def _preferring_places(unit: Unit, vocabulary: Vocabulary) -> list[str]:
    """The lead-in and the heading that make a requirement optional by its place, if any do."""
    places = []
    lead_in = unit.lead_in
    if (
        lead_in is not None
        and _LEGEND.search(lead_in) is None
        and lead_in_kind(lead_in, vocabulary) is K.PREFERRED_QUALIFICATIONS
    ):
        places.append(lead_in)
    heading = unit.node.heading
    if unit.node.declared is K.PREFERRED_QUALIFICATIONS or (
        heading and K.PREFERRED_QUALIFICATIONS in vocabulary.heading_kinds(heading)
    ):
        places.append(heading or "")
    return places


# A person specification's legend in its lead-in ("Person specification (E = essential, D = desirable):"):
# it names both kinds, each item's mark says which.
_LEGEND = re.compile(r"\b[A-Z]\s*=\s*(?:essential|desirable)\b", re.IGNORECASE)


def _optional_by_its_words(unit: Unit, vocabulary: Vocabulary, cue_names: Sequence[str] | None) -> bool:
    """A requirement is optional when a preferred cue governs it (see :func:`governing_cue`).

    ``cue_names``: the unit's :func:`cue_features`, when it has them; they tell whether
    its text holds a preferred cue sooner than looking for one again.
    """
    if unit.text.endswith(_DESIRABLE_MARK_ENDS) and _DESIRABLE_MARK.search(unit.text):
        return True
    if cue_names is None:
        return governing_cue(unit.text, vocabulary)
    cued = vocabulary.finds_preferred_cue_given(unit.text, "x:preferred" in cue_names)
    return governing_cue(unit.text, vocabulary, cued=cued)


# A person specification's mark of a desirable criterion after it: "Sports coaching award (D)", "… [D]".
_DESIRABLE_MARK = re.compile(r"[(\[]D[)\]]\.?$")
_DESIRABLE_MARK_ENDS = (")", "].", "]", ").")

# "Desired" names the optional requirements only beside required ones. Where nothing else asks for
# anything, "Desired skills" (a job board's template field) or "Desired Candidate Profile" is the
# list of requirements.
_DESIRED = re.compile(r"\b(?:desired|souhaitée?s?|desead[oa]s?|desejad[oa]s?|gewünschte[nrs]?)(?!\w)", re.IGNORECASE)


def _require_what_only_desired_asks(
    requirements: list[_Requirement], vocabulary: Vocabulary, found: dict[int, list[ExtractedItem]]
) -> None:
    """Requirements made optional only by "desired" in their heading or lead-in are required when no
    other requirement is asked outside the duties (each stays optional when its own words say so).

    ``found``: the items of each section, keyed by ``id(node)``. A section headed as the duties
    whose items are mostly requirements ("Vos missions" over a list of skills) asks for them.
    """
    desired = []
    among_duties: dict[int, bool] = {}  # per section: counted once, not once per requirement in it
    for item, unit, cue_names, places in requirements:
        if not places:
            if item.required:
                key = id(unit.node)
                if key not in among_duties:
                    among_duties[key] = _among_duties(unit.node, found[key])
                if not among_duties[key]:
                    return  # asked beside them: "desired" means optional
        elif all(_preferred_only_by_desire(place, vocabulary) for place in places):
            desired.append((item, unit, cue_names))
    for item, unit, cue_names in desired:
        item.required = not _optional_by_its_words(unit, vocabulary, cue_names)


def _among_duties(node: SectionNode, items: list[ExtractedItem]) -> bool:
    """Whether a requirement sits among duties: in a section headed as the duties, at most half of whose
    items are requirements."""
    if node.declared is not K.RESPONSIBILITIES:
        return False
    return sum(item.kind == "qualification" for item in items) * 2 <= len(items)


def _preferred_only_by_desire(place: str, vocabulary: Vocabulary) -> bool:
    """Whether a heading or lead-in names the preferred requirements only by "desired" ("Desired skills:")."""
    rest = _DESIRED.sub(" ", place)
    if rest == place:
        return False
    named = vocabulary.heading_kinds(rest.strip().rstrip(":： "))
    return vocabulary.preferred_pattern.search(rest) is None and K.PREFERRED_QUALIFICATIONS not in named


# What may close an item after its last word, in Latin and in Chinese and Japanese punctuation.
_CLOSING = " .!;。！；"
# A period inside a word ("Vue.js", "ASP.NET") ends no clause.
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]–—，；：。！？（）]|\.(?!\w)")
_PARENTHESISED = re.compile(r"[(（]\s*([^()（）]*)[)）]\s*[.!;。！；]?\s*$")
_PARENTHESES = re.compile(r"\([^()]*\)")


def governing_cue(text: str, vocabulary: Vocabulary, *, cued: bool | None = None) -> bool:
    """A preferred cue that makes the whole item optional.

    'Bonus points for Rust', 'Docker experience preferred' and 'Docker – a plus' are optional;
    'Experience with analytics, Google Analytics preferred' is a requirement
    with a preference about one detail, and stays required. ``cued``: whether
    :attr:`Vocabulary.preferred_pattern` finds a cue in ``text``, when the caller knows.
    """
    if cued is None:
        cued = vocabulary.finds_preferred_cue(text)
    if not cued:  # most requirements: each look below but the label's needs a cue in the text
        return _opens_on_a_preferring_label(text, vocabulary)
    pattern = vocabulary.preferred_pattern
    tail = _PARENTHESISED.search(text)
    if tail and pattern.fullmatch(tail.group(1).strip().removeprefix("is ").removeprefix("a ").strip()):
        return not _breaks_a_clause(_FIELD_LABEL.sub("", text[: tail.start()].rstrip(" .")))
    opening = _ALSO.sub("", text.lstrip(" -*•\"'(（"))
    if pattern.match(opening) is not None or _HEDGED_BY_THE_READER.match(text) is not None:
        return True
    if _opens_on_a_preferring_label(text, vocabulary):
        return True
    for match in _cue_matches(pattern, text):
        before, after = text[: match.start()], _ADDED_TO_THE_CUE.sub("", text[match.end() :], count=1)
        if _is_a_sentence_of_its_own(before, after):
            return True  # "Je spreekt ook Frans? Mooi meegenomen!": of all that goes before
        ends_clause = (
            not after.strip(_CLOSING)
            or _CLAUSE_BREAK.match(after.lstrip()) is not None
            or _TRAILING_SCOPE.match(after) is not None
            or _CONDITION.match(after) is not None
        )
        if not ends_clause:
            continue
        plain = _ABBREVIATION.sub("x", _PARENTHESES.sub("", _without_tag_dash(_ASIDE_OPENING.sub("", before))))
        if not _CLAUSE_BREAK.search(plain) or _is_predicate_of_the_whole(match.group(), before, plain):
            return True
        if _RESUMES_THE_WHOLE.search(before) is not None and _REQUIRED_WORD.search(before) is None:
            return True
        if _stands_alone_after_a_comma(before, after):
            return True
    return False


# A word that only adds to the cue after it: "… reprezintă un avantaj suplimentar", "… a real plus, too".
_ADDED_TO_THE_CUE = re.compile(
    r"^\s*(?:suplimentar|additional|extra|supplémentaire|adicional|aggiuntivo|in più|dodatkowy|too|as well)(?!\w)",
    re.IGNORECASE,
)

# "Also" before a cue that opens the item: "También se valorarán …", "Inoltre è gradito …".
_ALSO = re.compile(
    r"^(?:also|additionally|también|además|asimismo|igualmente|inoltre|também|além disso|auch|außerdem|ebenfalls|"
    r"également|de plus|"
    r"ook|daarnaast|även|dessutom|også|derudover|dodatkowo|také|rovněž|lisäksi|de asemenea|també|a més)\b,?\s*",
    re.IGNORECASE,
)


# An aside that opens the item before the words the cue is said of: "That said, being able to … would help".
_ASIDE_OPENING = re.compile(r"^(?:that said|having said that|of course|finally|lastly|and),\s*", re.IGNORECASE)


def _is_a_sentence_of_its_own(before: str, after: str) -> bool:
    """Whether a cue is a sentence of its own after another ("… Frans? Mooi meegenomen!")."""
    return not after.strip(_CLOSING) and before.rstrip().endswith(("?", "!", ".")) and before.endswith(" ")


# The reader, then at most their verb, then an adverb of preference: the whole item is wished for, not
# required ("You ideally have …", "Je hebt bij voorkeur …", "Sie haben idealerweise …", "Vous avez
# idéalement …", "Tienes preferiblemente …"). Not "gern(e)", "gärna", "gjerne": beside a verb of doing
# they say what the reader likes ("Sie arbeiten gern im Team").
_HEDGED_BY_THE_READER = re.compile(
    r"[\W_]*(?:you(?:'d|'ll| will| would| should)?|du|je|jij|u|sie|ihr|vous|tu|usted|você|lei|ty|vy|"
    r"tienes|tiene|have|has|har|hast|haben|habt|hebt|heeft|avez|as|possédez|tem|possui|possiedi|hai)"
    r"(?:\s+[^\W\d_]+)?\s+(?:ideally|preferably|idealerweise|vorzugsweise|bij voorkeur|idéalement|"
    r"de préférence|idealmente|preferiblemente|preferencialmente|preferibilmente|najlepiej|ideálně|helst)\b",
    re.IGNORECASE,
)
# After a cue, words that keep it the item's last word: "… are a plus for this position",
# "… is desired but not required".
_TRAILING_SCOPE = re.compile(
    r"\s*(?:(?:for|in) (?:this|the|our) (?:position|role|job|post)|,?\s*but (?:is |are )?not "
    r"(?:required|necessary|essential|mandatory|a requirement)"
    r"|(?:particularly|especially|highly|ιδιαίτερα|particolarmente|especialmente|besonders|myös))\s*[.!]?\s*$"
    # … or a clause after "but" ("… would be useful but full training is given", "… è gradita ma non
    # indispensabile", "… es deseable pero no imprescindible", "… er en fordel, men ikke et krav").
    r"|\s*,?\s*(?:but|because|as|ma|pero|mais|mas|aber|maar|men|ale)\s+(?!(?:also|preferably|ideally|desirably|well)\b)",
    re.IGNORECASE,
)
# A label that names the item optional before it: "Ideal: a degree in chemistry", "Should have: …", "[Nice] …".
_OPENING_LABEL = re.compile(r"[\[(]?([^\W\d_][^:\]\)\n]{0,30}?)\s*(?:[\])]|:)\s*(?=\S)")
_PREFERRED_LABELS = frozenset({"ideal", "advantage", "nice", "optional"})
_MAX_LABEL_END = 34
# A condition or a clause of what is wished after a cue leaves it the item's predicate: "It is a
# plus if you know SAP", "Det är meriterande om du har …", "Es ist von Vorteil, wenn du …", "It is
# desirable that you have …", "Det er ønskelig at du har …".
_CONDITION = re.compile(
    r"\s*,?\s*(?:if|when|om|hvis|wenn|falls|si|se|als|indien|jeśli|jeżeli|gdy|när|når|quando|cuando|"
    r"that (?:you|the candidate|candidates|applicants)|at (?:du|man|dere)|att (?:du|man|ni)|dass|dat (?:je|jij|u)|"
    r"que|che|że|med)\b",
    re.IGNORECASE,
)
# The label of a field item, whose colon parts no clauses: "Customer service: 2 years (Preferred)".
_FIELD_LABEL = re.compile(r"^[^\W\d][^:;,.()]{0,38}:\s+(?=\S)")
# Abbreviations whose period ends no clause: "B.S.", "Ph.D.", "e.g.", and the words sentences.ABBREVIATIONS
# knows, before a space ("Prawo jazdy kat. B", "ca. 20 Stunden").
_ABBREVIATION = re.compile(
    r"\b(?:[A-Za-z]{1,2}\.){2,}|\b(?:"
    + "|".join(sorted(word for word in ABBREVIATIONS if "." not in word))
    + r")\.(?= )",
    re.IGNORECASE,
)
_COPULA = re.compile(r"(?:is|are|would be|will be)\b", re.IGNORECASE)
# The copula left before a cue that does not hold it: "… would be a great bonus", "… will be preferred".
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|would be|will be|är|vore|er|ville være|ist|sind|wäre|est|sont|serait|es|son|sería|é|são|seria|è|"
    r"sono|sarebbe|zijn|jest|są|byłby|je|jsou|by|on|ovat|olisi|este|reprezintă|constituie|constitui|constituye)"
    r"(?: (?:a|an|very|highly|strongly|really|great|big|real|definite|också|även|også|auch|aussi|también|também|"
    r"anche|ook|też|ett|et|en|ein|eine|un|une|um|uma|una|een|grande|gran|stort|stor|großer|groot|un grand))*\s*$",
    re.IGNORECASE,
)
_REQUIRED_WORD = re.compile(r"\b(?:required|must|essential|mandatory|necessary)\b", re.IGNORECASE)
_SENTENCE_BREAK_IN = re.compile(r"[.!?;]\s+\S")
_JOINED = re.compile(r"\b(?:or|and|nor|and/or)\b", re.IGNORECASE)


# A pronoun after a comma that takes up all the words before it as the cue's subject: "If you have worked at
# a startup, that's a big plus", "…, c'est un plus", "…, das ist ein Plus", "…, lo cual es un plus".
_RESUMES_THE_WHOLE = re.compile(
    r",\s*(?:that|this|which|it)(?:'s|’s| is| would be|'d be| will be)?\s*$"
    r"|,\s*(?:c'|c’|ce|das|lo cual|lo que|esto|dat|dit|det|dette|to|se)\s*$"
    # … or the verb first, as German and the Nordic languages put it after "if": "Wenn du … kennst, ist das
    # ein Plus", "Har du … , er det et plus".
    r"|,\s*(?:(?:dann |dan )?(?:ist das|wäre das|is dat|zou dat)|er det|vil det være|är det|vore det)\s*$"
    # … or "but" and the cue alone: "Ervaring met Excel is fijn, maar geen must", "… would help, but it's not
    # essential".
    r"|,\s*(?:but|maar|aber|mais|men|pero|ma)(?:\s+(?:it|that|this)(?:'s|’s| is))?\s*$",
    re.IGNORECASE,
)


_MAX_CUE_MATCHES = 8


def _cue_matches(pattern: CaselessPattern, text: str) -> Iterator[re.Match[str]]:
    """The cues in ``text``, overlapping ones too: "would be nice" hides the "nice to have" that ends
    "… would be nice to have" from a search that goes on after it. At most :data:`_MAX_CUE_MATCHES`."""
    position = 0
    for _ in range(_MAX_CUE_MATCHES):
        match = pattern.search(text, position)
        if match is None:
            return
        yield match
        position = match.start() + 1


def _opens_on_a_preferring_label(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a short label before a colon or in brackets says the item is optional ("Should have: …")."""
    if ":" not in text[:_MAX_LABEL_END] and text[:1] not in "[(":
        return False
    label = _OPENING_LABEL.match(text)
    if label is None:
        return False
    words = label.group(1).strip()
    return (
        words.casefold() in _PREFERRED_LABELS
        or vocabulary.heading_kind(words) is K.PREFERRED_QUALIFICATIONS
        or vocabulary.preferred_pattern.fullmatch(words) is not None
    )


def _is_predicate_of_the_whole(cue: str, before: str, plain: str) -> bool:
    """'Genetics, immunology or neurology is desired': a cue with its verb has the whole item for subject.

    Only when the commas before it list that subject (its last part joins with "or" or "and"); not
    when they part clauses ("Good German, Dutch is a plus"), when the cue is in parentheses, when the
    words before it require something of their own ("Python required, Django is a plus"), or when
    they hold another sentence.
    """
    if (_COPULA.match(cue) is None and _COPULA_BEFORE.search(before) is None) or before.count("(") != before.count(")"):
        return False
    plain = _ASIDE.sub("", plain)
    if "," in plain and _JOINED.search(plain.rsplit(",", 1)[-1]) is None:
        return False
    return _REQUIRED_WORD.search(before) is None and _SENTENCE_BREAK_IN.search(plain) is None


# An aside between commas that adds to the subject: "Knowledge of the sector, or of heat networks in
# particular, would be an advantage", "Experience of retail, especially food, is a plus".
_ASIDE = re.compile(
    r",\s*(?:or|and|especially|particularly|in particular|notably|such as|including|e\.g\.|for example|for instance|"
    r"till exempel|t\.ex\.|for eksempel|f\.eks\.|zum beispiel|z\.b\.|par exemple|por ejemplo|por exemplo|"
    r"per esempio|ad esempio|bijvoorbeeld|bijv\.|np\.|např\.|esim\.)(?!\w)[^,;:.!?]{0,80},",
    re.IGNORECASE,
)


def _breaks_a_clause(before: str) -> bool:
    """Whether the words before a cue hold a clause break; commas of a list joined by "or" or "and"
    ("GCIH, Security+ or CySA+") are none."""
    breaks = _CLAUSE_BREAK.findall(before)
    if not breaks:
        return False
    return any(mark != "," for mark in breaks) or _JOINED.search(before.rsplit(",", 1)[-1]) is None


def _stands_alone_after_a_comma(before: str, after: str) -> bool:
    """'Full driving licence, ideally': a cue that is all of the item's last clause, after a comma, is of the whole.

    Not when the words before it require something of their own ("Python required, ideally Go").
    """
    return before.rstrip().endswith((",", "，")) and not after.strip(_CLOSING) and _REQUIRED_WORD.search(before) is None


def _without_tag_dash(before: str) -> str:
    """The text before a cue without the dash or colon that tags the whole item with it ("Docker – a plus")."""
    stripped = before.rstrip()
    return stripped[:-1] if stripped.endswith(("–", "—", " -", ":")) else before

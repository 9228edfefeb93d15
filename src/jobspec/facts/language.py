"""The language a posting is written in, when its front matter does not say.

Two cheap looks, in order:

1. the script: kana is Japanese, Hangul Korean, Han without kana Chinese,
   and Cyrillic, Greek, Arabic, Hebrew, Thai and Devanagari each name a
   language or a small family (Ukrainian and Russian are told apart by the
   letters only one of them has);
2. in Latin script, the frequent short words of 26 languages: the language
   with most of them wins, its distinctive letters breaking ties between
   close relatives (Danish ø, Polish ł, Romanian ș).

This costs a few hundredths of a millisecond per posting and needs no model.
A statistical identifier such as py3langid is more accurate on short or
mixed texts but takes seconds to load and about a millisecond a posting;
pass one as ``ParseOptions(identify_language=...)`` where that is worth it.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

from ..text import HTML_TAG

__all__ = ["STOP_WORDS", "detect_language"]

# Frequent short words of each language (lower case); a word may belong to several.
STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and to of you we our with for are will is in your a an this that be have on as or",
        "de": "und der die das mit für wir du sie ist nicht ein eine dich dein unser bei zu auf auch von im den",
        "fr": "et le la les des pour vous nous avec est une un du au en sur votre notre dans qui que pas",
        "es": "y el la los las para con que una por del en es tu nuestro somos como más su se al",
        "pt": "e o os as para com que uma um por do da em você nosso somos são não dos das na no",
        "it": "e il la per con che una sono gli di del della in un tu nostro siamo le dei delle nel è",
        "nl": "en de het een van voor met je wij we zijn ons jij bij naar op is te dat niet ook",
        "sv": "och att det som en är för med på av till du vi har inte ett om vår våra oss dig kan",
        "da": "og at det som en er for med på af til du vi har ikke et om vores os dig kan af",
        "no": "og at det som en er for med på av til du vi har ikke et om vår våre oss deg kan",
        "fi": "ja on ei että se olla sinä me meidän kanssa tai myös kun joka sekä ovat olet",
        "pl": "i w na z do się nie że to jest jak dla oraz o od po przez być są będziesz która który które ma "
        "mamy nas nami nasz naszym naszej pracy",
        "cs": "a v na se je že s z do o to jako pro by jsou jste ve nebo při",
        "sk": "a v na sa je že s z do o to ako pre by sú ste vo alebo pri",
        "hu": "a az és hogy nem is egy van meg de ha vagy mint már csak",
        "ro": "și în de la cu pe un o să nu este ce care pentru mai din sau",
        "tr": "ve bir bu da de ile için olarak çok daha gibi olan en",
        "id": "dan yang di ke dari untuk dengan ini itu adalah kami anda akan",
        "ca": "i el la els les de per amb que una un és del al en som",
        "hr": "i u na je se za da od s su ili kao što sa iz",
        "sl": "in v na je se za da od s so ali kot ki pri",
        "et": "ja on ei et see oma kui ka või mis sa me meie",
        "lt": "ir į yra kad su ne bet kaip tai už iš",
        "lv": "un ir ka ar uz no par kā vai tas ne",
        "is": "og að er í á við fyrir til með sem ekki þú við",
        "vi": "và của là có không được cho với các những một trong",
    }.items()
}

# Letters that only some languages of a family use; each hit counts for them.
_DISTINCTIVE = {
    "sv": "åäö",
    "fi": "äö",
    "da": "øæå",
    "no": "øæå",
    "pl": "łśżźćńę",
    "cs": "řěůč",
    "sk": "ľĺŕôä",
    "hu": "őű",
    "ro": "șțăâî",
    "tr": "ğşı",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "de": "äöüß",
    "fr": "çèêœ",
    "is": "þðæ",
    "lv": "āēīūņļķ",
    "lt": "ąėįųū",
    "vi": "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}

# Letters of the Latin script that one language of those above writes and no other does.
_OWN_LETTERS = (
    ("pl", "łśżźćń"),
    ("cs", "řůě"),
    ("hu", "őű"),
    ("tr", "ğı"),
    ("ro", "șț"),
    ("vi", _DISTINCTIVE["vi"]),  # no other language writes any of them
)
_MIN_OWN_LETTERS = 3
# Finnish case endings: inessive, adessive, elative, allative, translative, partitive.
_FINNISH_ENDING = re.compile(r"[^\W\d_]{3,}(?:ss[aä]|ll[aä]|st[aä]|lle|ksi|tt[aä])\b")

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
    ("ru", re.compile("[а-яёіїєґ]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("hi", re.compile("[\u0900-\u097f]")),
)
_NOT_LATIN = re.compile("[^\\s\x00-\u024f\u1e00-\u1eff\u2000-\u2bff\u3000-\u303f\uff00-\uffef]")
_UKRAINIAN = re.compile("[іїєґ]")
_MIN_SCRIPT_LETTERS = 10
_WORD = re.compile(r"[^\W\d_]+")
# The same words in lower-cased ASCII text, found faster: there a letter is one of a to z.
_ASCII_WORD = re.compile(r"[a-z]+")
# In other lower-cased text, runs of a to z and of anything beyond ASCII: found faster than words (a range
# costs less to test than a character's category), and a run is a word where it is all letters.
_LETTERS_OR_NOT_ASCII = re.compile("[a-z\x80-\U0010ffff]+")
_SAMPLE_CHARS = 4000
_MIN_HITS = 5
_MIN_SCRIPT_SHARE = 0.3


def _languages_of_stop_words() -> dict[str, tuple[str, ...]]:
    """Each stop word with the languages it is one in ("la": fr, es, it; "en": fr, es, nl …)."""
    languages: dict[str, tuple[str, ...]] = {}
    for lang, words in STOP_WORDS.items():
        for word in words:
            languages[word] = (*languages.get(word, ()), lang)
    return languages


_LANGUAGES_OF = _languages_of_stop_words()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or None when too little says.

    >>> detect_language("Wir suchen dich für unser Team und du bist mit dabei")
    'de'
    >>> detect_language("Vi söker dig som vill arbeta med oss och har erfarenhet av Python")
    'sv'
    """
    sample = text[:_SAMPLE_CHARS].lower()
    if "<" in sample:  # tags are no words: Word's "<o:p>" reads as Czech "o" many times over
        sample = HTML_TAG.sub(" ", sample)
    by_script = _by_script(sample)
    if by_script is not None:
        return by_script
    counts = dict.fromkeys(STOP_WORDS, 0)
    for word, times in _stop_words_in(sample).items():
        for lang in _LANGUAGES_OF[word]:
            counts[lang] += times
    best = max(counts.values())
    if best < _MIN_HITS:
        return _by_own_letters(sample)
    close = [lang for lang, count in counts.items() if count >= 0.8 * best]
    if len(close) == 1:
        return close[0]
    return max(close, key=lambda lang: (counts[lang] + _distinctive_hits(sample, lang), -list(counts).index(lang)))


def _stop_words_in(sample: str) -> Counter[str]:
    """How often each stop word is a word of ``sample`` (lower case), as :data:`_WORD` finds the words."""
    is_stop_word = _LANGUAGES_OF.__contains__
    if sample.isascii():
        return Counter(filter(is_stop_word, _ASCII_WORD.findall(sample)))
    # In lower-cased text the ASCII letters are a to z, so each run starts and ends where a word does
    # (or at a sign beyond ASCII): a run of letters alone is one word (every stop word is), and the
    # words of any other run are found within it. A run of ASCII is of letters (and isascii costs nothing).
    runs = _LETTERS_OR_NOT_ASCII.findall(sample)
    counts = Counter(filter(is_stop_word, runs))
    for run in filterfalse(str.isalpha, filterfalse(str.isascii, runs)):
        counts.update(filter(is_stop_word, _WORD.findall(run)))
    return counts


def _by_own_letters(sample: str) -> str | None:
    """A short text with too few frequent words: the language whose own letters it alone holds ("ł", "ř", "ğ").

    Finnish has no letter of its own, and lists in it hold few short words; its case
    endings ("-ssa", "-llä", "-stä", "-ksi") stand in for them, in a text with "ä" and
    without the "å" of Swedish (which has some of those endings too).
    """
    holding = [lang for lang, letters in _OWN_LETTERS if sum(map(sample.count, letters)) >= _MIN_OWN_LETTERS]
    if not holding and "ä" in sample and "å" not in sample and len(_FINNISH_ENDING.findall(sample)) >= _MIN_OWN_LETTERS:
        return "fi"
    return holding[0] if len(holding) == 1 else None


def _by_script(sample: str) -> str | None:
    """The language the letters beyond Latin name, when they are a good share of the text."""
    if sample.isascii():
        return None
    others = "".join(_NOT_LATIN.findall(sample))
    if len(others) < _MIN_SCRIPT_LETTERS:
        return None
    # Only letters and marks count, roughly: the text less its spaces and punctuation.
    letters = len(sample) - sample.count(" ") - sample.count("\n")
    for lang, pattern in _SCRIPTS:
        found = len(pattern.findall(others))
        if found and found >= _MIN_SCRIPT_SHARE * letters:
            return _cyrillic(others) if lang == "ru" else lang
        if lang == "ja" and found >= _MIN_SCRIPT_LETTERS:
            return lang
    return None


def _cyrillic(letters: str) -> str:
    return "uk" if _UKRAINIAN.search(letters) else "ru"


def _distinctive_hits(sample: str, lang: str) -> int:
    letters = _DISTINCTIVE.get(lang, "")
    return sum(sample.count(letter) for letter in letters) // 3 if letters else 0

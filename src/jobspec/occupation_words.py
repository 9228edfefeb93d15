"""Words of job titles and postings, as the occupation coder compares them (tables and normalisers).

Labels of a classification and titles of postings go through the same
steps, so that they meet: case and accents folded (``Développeur`` →
``developpeur``), gender markers removed (``Entwickler*in``, ``(m/w/d)``,
``Desenvolvedor(a)``, ``Développeur·euse``), words of grammar dropped (``of``,
``de``, ``und``). A title also has words that name no occupation —
seniority, contract, hiring words, its location and company — which are
marked so that they neither match nor count against a match. Title words in
languages without labels of their own (Swedish, Italian, Portuguese,
Japanese) are put into English through a small glossary of job-title words.

The body is compared through word stems: the first :data:`STEM_LENGTH`
letters of each word that is not a word of grammar, which is crude but
language-neutral and costs one slice per word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .text import GENDER_TAG, char_class

__all__ = [
    "STEM_LENGTH",
    "TitleWords",
    "body_stems",
    "first_words",
    "first_words_of_lowered",
    "fold",
    "label_variants",
    "label_words",
    "place_and_employer",
    "stem_set",
    "stem_set_of_lowered",
    "title_readings",
]

MAX_TITLE_CHARS = 300
"""A title is read up to this length (a longer one is text gone wrong)."""
STEM_LENGTH = 6
"""Letters of a word kept as its stem when bodies are compared."""

# Words of grammar in the languages jobspec reads: dropped from labels and titles alike.
STOP_WORDS = frozenset(
    """
    a an and the of for in on at to with or by from as into per via vs
    und oder der die das des dem den ein eine einer eines einem einen im in am an zum zur fur von bei mit als auf
    et ou le la les l d de du des un une en au aux a pour avec sur par dans chez
    y o el los las lo del al un una unos unas con para por en
    en of de het een van voor met op aan bij in tot te
    i w z na do dla oraz lub ze we od po
    och eller for med av till pa i som
    og til af ved hos
    e o di del della dei delle degli il lo gli da dal nel nella per con su tra fra
    e o os as do da dos das em no na nos nas um uma com para por
    """.split()
)

# Words of grammar as written with accents (the body is read without folding accents).
_ACCENTED_STOP_WORDS = ("für", "à", "på", "för", "além")

# Title words that name no occupation: seniority, contract and hiring words, gender letters.
# They are kept in place (a label may contain one: "stage manager") but never count on their own.
TITLE_NOISE = frozenset(
    """
    senior sr snr junior jr mid midlevel medior entry level experienced graduate trainee intern internship
    apprentice apprenticeship student working werkstudent werkstudentin praktikant praktikantin praktikum
    stagiaire stage alternant alternance apprenti confirme confirmee experimente experimentee debutant
    stagiair becario becaria practicas estagio estagiario estagiaria tirocinio tirocinante stazysta staz visiting
    mlodszy starszy principal staff lead
    fulltime parttime remote hybrid onsite freelance freelancer contract contractor
    temporary temp permanent fixed term interim vollzeit teilzeit befristet unbefristet festanstellung minijob
    cdi cdd temps plein partiel tiempo completo parcial deeltijd voltijd heltid deltid tempo pieno indeterminato
    job jobs opening openings vacancy vacancies position positions role roles opportunity hiring hire hired
    wanted needed urgent urgently new our next we are is looking join team apply now immediate immediately
    gesucht suchen stelle stellen stellenangebot stellenausschreibung ab sofort
    offre emploi poste recrutement recrute recherchons recherche cherche
    vacante puesto oferta empleo busca buscamos se
    vacature gezocht
    praca oferta
    sokes soker soka tjanst
    cercasi cerchiamo offerta lavoro posizione
    contrata contratando vaga vagas
    m w f h x div gn all genders gender
    ii iii iv
    ninja rockstar rock star hacker guru wizard hero superstar jedi unicorn magician samurai
    """.split()
)
"""The last line: words of "vague" titles ("Python Ninja", "Rockstar") that say how good, not what the job is."""

# Job-title words of languages without labels here, in English (the labels they should meet).
# A word not in the table may end in one that is ("systemutvecklare" → "system" + "developer").
GLOSSARY: dict[str, str] = {
    # Swedish (Danish and Norwegian share several)
    "utvecklare": "developer", "programmerare": "programmer", "mjukvaruutvecklare": "software developer",
    "systemutvecklare": "software developer", "webbutvecklare": "web developer", "ingenjor": "engineer",
    "tekniker": "technician", "projektledare": "project manager", "chef": "manager", "ansvarig": "manager",
    "konsult": "consultant", "arkitekt": "architect", "larare": "teacher", "sjukskoterska": "nurse",
    "ekonom": "economist", "redovisningsekonom": "accountant", "revisor": "auditor", "analytiker": "analyst",
    "forskare": "researcher", "saljare": "salesperson", "saljchef": "sales manager",
    "koordinator": "coordinator", "assistent": "assistant", "skapare": "organiser", "formgivare": "designer",
    "kundtjanst": "customer service", "lagerarbetare": "warehouse worker",
    "underskoterska": "nursing assistant", "lakare": "doctor",
    "snickare": "carpenter", "elektriker": "electrician", "kock": "cook", "chauffor": "driver",
    "rormokare": "plumber", "mekaniker": "mechanic", "servitor": "waiter", "servitris": "waiter",
    "stadare": "cleaner", "apotekare": "pharmacist", "kassor": "cashier",
    "kassorska": "cashier", "frisor": "hairdresser", "svetsare": "welder", "fysioterapeut": "physiotherapist",
    "sjukgymnast": "physiotherapist", "tandlakare": "dentist", "psykolog": "psychologist", "oversattare": "translator",
    "advokat": "lawyer", "jurist": "lawyer", "vaktare": "security guard", "barnskotare": "child care worker",
    "socionom": "social worker",
    "udvikler": "developer", "utvikler": "developer", "administrativ": "administrative", "forsaljning": "sales",
    # Danish and Norwegian
    "bogholder": "bookkeeper", "sygeplejerske": "nurse", "sykepleier": "nurse", "laerer": "teacher", "kok": "cook",
    "tomrer": "carpenter", "saelger": "salesperson", "selger": "salesperson", "lagermedarbejder": "warehouse worker",
    "lagerarbeider": "warehouse worker", "regnskabsmedarbejder": "accountant", "regnskapsmedarbeider": "accountant",
    "projektleder": "project manager", "prosjektleder": "project manager", "sjafor": "driver",
    "butiksassistent": "shop assistant", "butiksmedarbejder": "shop assistant", "ekspedient": "shop assistant",
    "butiksmedarbetare": "shop assistant", "butiksbitrade": "shop assistant", "butikkmedarbeider": "shop assistant",
    "butikschef": "shop manager", "butikksjef": "shop manager",
    "rorlegger": "plumber", "renholder": "cleaner", "rengoringsassistent": "cleaner",
    "farmaceut": "pharmacist", "farmasoyt": "pharmacist", "svejser": "welder", "sveiser": "welder",
    "tannlege": "dentist", "tandlaege": "dentist", "laege": "doctor", "lege": "doctor",
    "oversaetter": "translator", "oversetter": "translator", "kassemedarbejder": "cashier",
    # Finnish
    "kehittaja": "developer", "ohjelmistokehittaja": "software developer", "myyntipaallikko": "sales manager",
    "myyja": "salesperson", "sairaanhoitaja": "nurse", "opettaja": "teacher", "kirjanpitaja": "bookkeeper",
    "projektipaallikko": "project manager", "asiakaspalvelija": "customer service", "kokki": "cook",
    "kuljettaja": "driver", "varastotyontekija": "warehouse worker",
    "sahkoasentaja": "electrician", "putkiasentaja": "plumber", "mekaanikko": "mechanic", "tarjoilija": "waiter",
    "siivooja": "cleaner", "farmaseutti": "pharmacist", "proviisori": "pharmacist", "kampaaja": "hairdresser",
    "hitsaaja": "welder", "fysioterapeutti": "physiotherapist", "hammaslaakari": "dentist", "laakari": "doctor",
    "psykologi": "psychologist", "kaantaja": "translator", "lakimies": "lawyer", "asianajaja": "lawyer",
    "puuseppa": "carpenter", "vartija": "security guard", "lahihoitaja": "nursing assistant",
    # Czech, Hungarian, Romanian, Turkish
    "ucetni": "accountant", "programator": "programmer", "vyvojar": "developer", "prodavac": "salesperson",
    "ridic": "driver", "kuchar": "cook", "skladnik": "warehouse worker", "ucitel": "teacher",
    "konyvelo": "accountant", "fejleszto": "developer", "szoftverfejleszto": "software developer",
    "szakacs": "cook", "sofor": "driver", "raktaros": "warehouse worker",
    "dezvoltator": "developer", "contabil": "accountant", "vanzator": "salesperson", "bucatar": "cook",
    "sofer": "driver", "gelistirici": "developer", "muhasebeci": "accountant", "hemsire": "nurse",
    "ogretmen": "teacher", "asci": "cook",
    "elektrikar": "electrician", "instalater": "plumber", "mechanik": "mechanic", "cisnik": "waiter",
    "servirka": "waiter", "uklizecka": "cleaner", "recepcni": "receptionist", "lekarnik": "pharmacist",
    "pokladni": "cashier", "kadernik": "hairdresser", "kadernice": "hairdresser", "svarec": "welder",
    "fyzioterapeut": "physiotherapist", "zubar": "dentist", "lekar": "doctor", "psycholog": "psychologist",
    "prekladatel": "translator", "pravnik": "lawyer", "tesar": "carpenter", "truhlar": "carpenter",
    "strazny": "security guard", "sestra": "nurse",
    "villanyszerelo": "electrician", "pincer": "waiter", "takarito": "cleaner", "recepcios": "receptionist",
    "gyogyszeresz": "pharmacist", "penztaros": "cashier", "fodrasz": "hairdresser", "hegeszto": "welder",
    "gyogytornasz": "physiotherapist", "fogorvos": "dentist", "orvos": "doctor", "pszichologus": "psychologist",
    "fordito": "translator", "ugyved": "lawyer", "jogasz": "lawyer", "asztalos": "carpenter", "apolo": "nurse",
    "tanar": "teacher", "instalator": "plumber", "mecanic": "mechanic",
    "ospatar": "waiter", "receptioner": "receptionist", "farmacist": "pharmacist", "casier": "cashier",
    "coafor": "hairdresser", "frizer": "hairdresser", "sudor": "welder", "fizioterapeut": "physiotherapist",
    "stomatolog": "dentist", "psiholog": "psychologist", "traducator": "translator", "avocat": "lawyer",
    "tamplar": "carpenter", "elektrikci": "electrician", "tesisatci": "plumber", "tamirci": "mechanic",
    "garson": "waiter", "temizlikci": "cleaner", "resepsiyonist": "receptionist", "eczaci": "pharmacist",
    "kasiyer": "cashier", "kuafor": "hairdresser", "kaynakci": "welder", "fizyoterapist": "physiotherapist",
    "doktor": "doctor", "psikolog": "psychologist", "cevirmen": "translator", "avukat": "lawyer",
    "marangoz": "carpenter",
    # Estonian, Latvian, Lithuanian, Croatian, Slovenian, Bulgarian
    "arendaja": "developer", "tarkvaraarendaja": "software developer", "programmeerija": "programmer",
    "izstradatajs": "developer", "programmetajs": "programmer", "kurejas": "developer", "programuotojas": "programmer",
    "programer": "programmer", "razvijalec": "developer", "razvijalka": "developer",
    "разработчик": "developer", "програмист": "programmer",
    # The common jobs in more languages: Baltic, Slovak, Balkan, Cyrillic, Hebrew, Arabic, Hindi, Korean
    "gramatvedis": "accountant", "gramatvede": "accountant", "vaditajs": "driver", "pardevejs": "salesperson",
    "pavars": "cook", "viesmilis": "waiter", "metinatajs": "welder", "skolotajs": "teacher", "inzenieris": "engineer",
    "medmasa": "nurse", "buhalteris": "accountant", "buhaltere": "accountant", "vairuotojas": "driver",
    "pardavejas": "salesperson", "virejas": "cook", "padavejas": "waiter", "suvirintojas": "welder",
    "mokytojas": "teacher", "inzinierius": "engineer", "slaugytoja": "nurse", "raamatupidaja": "accountant",
    "autojuht": "driver", "muugiesindaja": "sales representative", "muuja": "salesperson", "kokk": "cook",
    "ettekandja": "waiter", "keevitaja": "welder", "opetaja": "teacher", "insener": "engineer",
    "uctovnik": "accountant", "uctovnicka": "accountant", "vodic": "driver", "casnik": "waiter", "zvarac": "welder",
    "predavac": "salesperson", "predavacka": "salesperson",
    "konobar": "waiter", "konobarica": "waiter", "kuhar": "cook", "vozac": "driver", "racunovoda": "accountant",
    "zavarivac": "welder", "ucitelj": "teacher", "inzenjer": "engineer", "elektricar": "electrician",
    "natakar": "waiter", "voznik": "driver", "racunovodja": "accountant", "prodajalec": "salesperson",
    "varilec": "welder",
    "бухгалтер": "accountant", "программист": "programmer", "водитель": "driver", "медсестра": "nurse",
    "продавец": "salesperson", "менеджер": "manager", "инженер": "engineer", "повар": "cook", "официант": "waiter",
    "сварщик": "welder", "кладовщик": "warehouse worker", "электрик": "electrician", "учитель": "teacher",
    "врач": "doctor", "юрист": "lawyer", "дизайнер": "designer", "аналитик": "analyst", "тестировщик": "tester",
    "зварник": "welder", "водій": "driver", "програміст": "programmer", "розробник": "developer", "кухар": "cook",
    "офіціант": "waiter", "продавець": "salesperson", "вчитель": "teacher", "лікар": "doctor", "інженер": "engineer",
    "счетоводител": "accountant", "шофьор": "driver", "готвач": "cook", "сервитьор": "waiter",
    "продавач": "salesperson", "заварчик": "welder", "учител": "teacher", "сестра": "nurse",
    "מנהל": "manager", "משרד": "office", "מהנדס": "engineer", "מפתח": "developer", "אחות": "nurse", "נהג": "driver",
    "מורה": "teacher", "טבח": "cook", "מלצר": "waiter", "מוכר": "salesperson",
    "محاسب": "accountant", "مهندس": "engineer", "مطور": "developer", "ممرض": "nurse", "ممرضة": "nurse",
    "سائق": "driver", "معلم": "teacher", "طباخ": "cook", "نادل": "waiter",
    "लेखाकार": "accountant", "ड्राइवर": "driver", "नर्स": "nurse", "शिक्षक": "teacher", "इंजीनियर": "engineer",
    "डेवलपर": "developer", "रसोइया": "cook", "बिक्री": "sales", "प्रतिनिधि": "representative",
    "개발자": "developer", "엔지니어": "engineer", "디자이너": "designer", "간호사": "nurse", "회계사": "accountant",
    "운전기사": "driver", "요리사": "cook", "교사": "teacher", "마케팅": "marketing", "담당자": "specialist",
    "백엔드": "backend", "프론트엔드": "frontend", "그래픽": "graphic",
    # Italian
    "sviluppatore": "developer", "sviluppatrice": "developer", "programmatore": "programmer",
    "ingegnere": "engineer", "tecnico": "technician", "esperto": "expert", "esperta": "expert",
    "responsabile": "manager", "direttore": "director", "direttrice": "director", "analista": "analyst",
    "progettista": "designer", "consulente": "consultant", "amministratore": "administrator",
    "ricercatore": "researcher", "ricercatrice": "researcher", "insegnante": "teacher", "docente": "lecturer",
    "infermiere": "nurse", "infermiera": "nurse", "contabile": "accountant", "avvocato": "lawyer",
    "architetto": "architect", "grafico": "graphic designer", "commerciale": "sales representative",
    "magazziniere": "warehouse worker", "cuoco": "cook", "autista": "driver", "medico": "doctor",
    "commesso": "shop assistant", "commessa": "shop assistant",
    "addetto": "clerk", "addetta": "clerk", "impiegato": "clerk", "impiegata": "clerk", "segretaria": "secretary",
    "capo": "head", "elettricista": "electrician", "idraulico": "plumber", "meccanico": "mechanic",
    "cameriere": "waiter", "cameriera": "waiter", "farmacista": "pharmacist", "cassiere": "cashier",
    "cassiera": "cashier", "parrucchiere": "hairdresser", "parrucchiera": "hairdresser", "saldatore": "welder",
    "fisioterapista": "physiotherapist", "dentista": "dentist", "psicologo": "psychologist",
    "psicologa": "psychologist",
    "traduttore": "translator", "traduttrice": "translator", "falegname": "carpenter", "carpentiere": "carpenter",
    "muratore": "bricklayer", "giardiniere": "gardener", "barista": "bartender",
    "dati": "data", "sicurezza": "security", "informatico": "ict", "acquisti": "purchasing", "appalti": "procurement",
    "amministrativo": "administrative", "amministrativa": "administrative", "vendite": "sales",
    "magazzino": "warehouse", "clienti": "customer",
    # Portuguese
    "desenvolvedor": "developer", "desenvolvedora": "developer", "programador": "programmer",
    "engenheiro": "engineer", "engenheira": "engineer", "gerente": "manager",
    "diretor": "director", "coordenador": "coordinator", "coordenadora": "coordinator", "consultor": "consultant",
    "especialista": "specialist", "projetista": "designer", "arquiteto": "architect",
    "enfermeiro": "nurse", "enfermeira": "nurse", "contador": "accountant", "advogado": "lawyer",
    "eletricista": "electrician", "electricista": "electrician", "canalizador": "plumber", "encanador": "plumber",
    "mecanico": "mechanic", "garcom": "waiter", "garconete": "waiter", "faxineiro": "cleaner", "faxineira": "cleaner",
    "recepcionista": "receptionist", "farmaceutico": "pharmacist", "farmaceutica": "pharmacist",
    "cabeleireiro": "hairdresser", "cabeleireira": "hairdresser", "soldador": "welder",
    "fisioterapeuta": "physiotherapist",
    "tradutor": "translator", "tradutora": "translator", "carpinteiro": "carpenter", "pedreiro": "bricklayer",
    "estoquista": "warehouse worker", "caixa": "cashier", "vigilante": "security guard", "cuidador": "caregiver",
    "cuidadora": "caregiver",
    "vendedor": "salesperson", "assistente": "assistant", "motorista": "driver", "cozinheiro": "cook",
    "dados": "data", "seguranca": "security", "administrativo": "administrative", "vendas": "sales",
    # Japanese
    "エンジニア": "engineer", "コンサルタント": "consultant", "クラウド": "cloud", "開発者": "developer",
    "プログラマー": "programmer", "プログラマ": "programmer", "デザイナー": "designer", "マネージャー": "manager",
    "営業": "sales representative", "データ": "data", "サイエンティスト": "scientist", "アナリスト": "analyst",
    "ソフトウェア": "software", "ウェブ": "web", "フロントエンド": "frontend", "バックエンド": "backend",
    "インフラ": "infrastructure", "セキュリティ": "security", "看護師": "nurse", "教師": "teacher",
    "経理": "accountant", "アーキテクト": "architect", "テスター": "tester", "サポート": "support",
    "電気工事士": "electrician", "薬剤師": "pharmacist", "医師": "doctor", "歯科医師": "dentist", "調理師": "cook",
    "ドライバー": "driver", "介護士": "care worker", "介護職": "care worker", "保育士": "child care worker",
    "美容師": "hairdresser", "翻訳者": "translator", "事務": "clerk", "販売": "sales",
    "バックエンドエンジニア": "backend engineer", "フロントエンドエンジニア": "frontend engineer",
    "インフラエンジニア": "infrastructure engineer", "ソフトウェアエンジニア": "software engineer",
    "データサイエンティスト": "data scientist", "プロダクトマネージャー": "product manager",
    "プロジェクトマネージャー": "project manager", "介護職員": "care worker", "事務職": "clerk",
    "倉庫作業員": "warehouse worker",
    # Chinese: whole titles, written without spaces
    "软件测试工程师": "software tester", "软件工程师": "software engineer", "前端开发工程师": "frontend developer",
    "后端开发工程师": "backend developer", "会计": "accountant", "总账会计": "accountant", "护士": "nurse",
    "司机": "driver", "厨师": "cook", "服务员": "waiter", "销售代表": "sales representative",
    "销售经理": "sales manager",
    "产品经理": "product manager", "项目经理": "project manager", "数据分析师": "data analyst", "教师": "teacher",
    "平面设计师": "graphic designer",
    "プロジェクト": "project", "プロダクト": "product", "モバイル": "mobile", "ネットワーク": "network",
    # Head nouns of the languages with labels, so that "Développeur Full Stack" also reads as
    # "full stack developer" (their own labels are looked up first, as written).
    "entwickler": "developer", "softwareentwickler": "software developer", "ingenieur": "engineer",
    "berater": "consultant", "leiter": "manager", "programmierer": "programmer", "techniker": "technician",
    "architekt": "architect", "referent": "officer", "sachbearbeiter": "clerk", "informatiker": "computer scientist",
    "assistenz": "assistant", "leitung": "manager",  # the role without a gender (Marketingassistenz, Projektleitung)
    # Common German titles that ESCO's German labels lack
    "pflegefachkraft": "nurse", "pflegefachfrau": "nurse", "pflegefachmann": "nurse",
    "altenpfleger": "elderly care worker", "altenpflegerin": "elderly care worker",
    "heilerziehungspfleger": "care worker", "heilerziehungspflegerin": "care worker",
    "steuerfachangestellter": "tax clerk", "steuerfachangestellte": "tax clerk", "berufskraftfahrer": "truck driver",
    "personalreferent": "human resources officer", "personalreferentin": "human resources officer",
    "servicekraft": "waiter", "buchhaltung": "bookkeeping", "finanzbuchhaltung": "bookkeeping",
    "lohnbuchhaltung": "payroll", "einkauf": "purchasing",
    "developpeur": "developer", "concepteur": "designer", "technicien": "technician", "administrateur": "administrator",
    "architecte": "architect", "analyste": "analyst", "gestionnaire": "manager", "directeur": "director",
    "desarrollador": "developer", "ingeniero": "engineer", "disenador": "designer", "administrador": "administrator",
    "ontwikkelaar": "developer", "programmeur": "programmer", "beheerder": "administrator", "adviseur": "consultant",
    "programista": "developer", "inzynier": "engineer", "projektant": "designer", "kierownik": "manager",
    "specjalista": "specialist", "analityk": "analyst", "konsultant": "consultant",
}  # fmt: skip
# Words that head a title; the words after one may belong before it ("Developer Android",
# "Développeur Full Stack" put into English).
HEAD_NOUNS = frozenset(
    """
    developer engineer programmer manager consultant designer administrator analyst technician specialist
    architect director officer clerk scientist researcher teacher nurse assistant coordinator expert
    """.split()
)
# Glossary words of five letters or more, which may end a longer word ("systemutvecklare"), longest first.
_GLOSSARY_SUFFIXES = tuple(sorted((w for w in GLOSSARY if len(w) >= 5 and w.isascii()), key=len, reverse=True))

# Feminine endings written beside the masculine: Entwickler*in, Entwickler:in, Entwickler/in,
# Entwickler(in), Desenvolvedor(a), Développeur·euse, Développeur(se), développeur.euse, Programista/ka.
_GENDER_SUFFIX = re.compile(
    r"(?<=\w)(?:[*:_·•./]-?|\(|/-)(?:innen|in|a|e|euse|se|trice|rice|ere|ère|ne|ka|essa|ora|frau|ית|ת|ה)\)?(?!\w)"
)
_BINNEN_I = re.compile(r"([a-zäöüß]{2}(?:er|ent|ant|eur|or|ist))In(?:nen)?(?!\w)")
# Contract phrases whose words could name an occupation on their own ("full" in "Full Stack").
_CONTRACT_PHRASE = re.compile(
    r"\b(?:full|part)[- ]?time\b|\btemps (?:plein|partiel)\b|\btiempo (?:completo|parcial)\b|\btempo pieno\b"
    r"|\bab sofort\b|\bin (?:voll|teil)zeit\b",
    re.IGNORECASE,
)
# Where a title goes on to name the employer or the place: "Data Scientist at Acme, Berlin".
_EMPLOYER_CUT = re.compile(r"\s(?:at|@|bei|chez|hos|presso)\s.*$|\s@\S.*$", re.IGNORECASE)
# Where a title goes on to name the employer's own team, shop or site: "Verkäufer für unsere Filiale",
# "Lagermedarbejder til vores centrallager", "Vendeur pour notre magasin", "Sprzedawca do naszego sklepu".
_OWN_UNIT_CUT = re.compile(
    r"\s(?:for|to join|in|within|für|fur|im|pour|dans|au sein de|voor|bij|till|til|i|do|dla|w|para|en|per|nel|"
    r"nella|no|na)\s+(?:(?:il|la|i|le|a|o|as|os)\s+)?(?:our|unsere[mnrs]?|unser|notre|nos|onze|ons|vår|vårt|våra|"
    r"vores|vor|vort|naszego|naszej|naszym|naszych|nuestr[oa]s?|nostr[oa]|nostri|nostre|noss[oa]s?)\b.*$",
    re.IGNORECASE,
)
_CODE_LIKE = re.compile(r"^(?=.*\d)[a-z0-9]+$")
# A word; words joined by hyphens are one ("front-end", "Backend-Entwickler").
# A word's letters may carry combining marks, which are no word characters to ``re``: the vowel
# signs of Devanagari and Thai ("प्रतिनिधि"), Hebrew and Arabic points.
_LETTER_OR_MARK = "(?:[^\\W_]|[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0dff\u0e00-\u0eff])"
_WORDS = re.compile(f"{_LETTER_OR_MARK}+(?:-{_LETTER_OR_MARK}+)*[+#]*")
_SHORT = 5
_FOLD_CACHE: dict[int, str] = {}


def _accent_table() -> dict[int, str]:
    """Latin letters with accents (U+00C0–U+024F) to their letters without, plus the letters that do not decompose."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and base.isascii():
            table[code] = base.lower()
    table.update({ord(k): v for k, v in {"ß": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae", "œ": "oe",
                                         "đ": "d", "ð": "d", "þ": "th", "ı": "i"}.items()})  # fmt: skip
    return table


_ACCENTS = _accent_table()


def fold(text: str) -> str:
    """``text`` in lower case with the accents of Latin letters removed (``Développeur`` → ``developpeur``)."""
    lowered = text.casefold()
    return lowered if lowered.isascii() else lowered.translate(_ACCENTS)


def label_words(text: str) -> list[str]:
    """The words of a label or title as they are compared: folded, gender endings and words of grammar removed.

    >>> label_words("Développeur·euse de logiciels")
    ['developpeur', 'logiciels']
    """
    text = _BINNEN_I.sub(r"\1", text)
    text = _GENDER_SUFFIX.sub("", text)
    return [word.replace("-", "") for word in _WORDS.findall(fold(text)) if word not in STOP_WORDS]


def label_variants(label: str) -> list[list[str]]:
    """The words of a label and of the forms it holds.

    ``Softwareentwickler/Softwareentwicklerin`` gives each side as well, and
    two short words in a row are also written together, as titles often do
    (``front end developer`` gives ``frontend developer``).

    >>> label_variants("full stack developer")
    [['full', 'stack', 'developer'], ['fullstack', 'developer']]
    """
    texts = [label]
    if "/" in label:
        parts = [part.strip() for part in label.split("/")]
        if all(parts):
            texts.extend(parts)
    variants: list[list[str]] = []
    for text in texts:
        words = label_words(text)
        if words and words not in variants:
            variants.append(words)
        for index in range(len(words) - 1):
            if len(words[index]) <= _SHORT and len(words[index + 1]) <= _SHORT:
                joined = [*words[:index], words[index] + words[index + 1], *words[index + 2 :]]
                if joined not in variants:
                    variants.append(joined)
    return variants


@dataclass(frozen=True)
class TitleWords:
    """One reading of a title: its words as compared, and which of them may name the occupation."""

    words: tuple[str, ...]
    counts: tuple[bool, ...]
    """For each word, True when it may name the occupation (not noise, place or employer)."""
    translated: bool = False
    """True for the reading with words put into English through :data:`GLOSSARY`."""

    @property
    def content(self) -> int:
        """How many words may name the occupation."""
        return sum(self.counts)


def title_readings(
    title: str, *, location: str | None = None, company: str | None = None, ignored: frozenset[str] | None = None
) -> tuple[TitleWords, ...]:
    """The title's words as written, then (when the glossary knows some of them) put into English.

    Words of ``location`` and ``company`` (or the ``ignored`` words, when given) do not count.

    >>> readings = title_readings("Senior Backend-Entwickler*in (m/w/d) – Berlin", location="Berlin")
    >>> [(r.words, r.counts) for r in readings]
    [(('senior', 'backendentwickler', 'berlin'), (False, True, False)), \
(('senior', 'backend', 'developer', 'berlin'), (False, True, True, False))]
    >>> [r.words for r in title_readings("Développeur Full Stack")]
    [('developpeur', 'full', 'stack'), ('developer', 'full', 'stack')]
    """
    if ignored is None:
        ignored = place_and_employer(location, company)
    return _readings(title[:MAX_TITLE_CHARS], ignored)


@lru_cache(maxsize=4096)
def _readings(title: str, ignored: frozenset[str]) -> tuple[TitleWords, ...]:
    """Titles repeat across a batch (and headings across postings of one site): each is read once."""
    text = _CONTRACT_PHRASE.sub(" ", GENDER_TAG.sub(" ", title))
    text = _EMPLOYER_CUT.sub("", text) or text
    own_unit_cut = _OWN_UNIT_CUT.sub("", text)
    if own_unit_cut != text and label_words(own_unit_cut):  # a title that is all unit keeps its words
        text = own_unit_cut
    if "/" in text:
        ignored = ignored | _second_forms(text)
    if "(" in text or "[" in text:
        ignored = ignored | _asides(text)
    written = label_words(text)
    readings = [_reading(tuple(written), ignored, translated=False)]
    english = [_english(word) for word in written]
    if english != written:
        words = tuple(part for word in english for part in word.split())
        readings.append(_reading(words, ignored, translated=True))
    return tuple(readings)


# Both forms of a word written out: "Księgowa / Księgowy", "Vendeur/Vendeuse", "Enfermero/Enfermera".
_PAIRED_FORMS = re.compile(r"(?<![^\W_])([^\W\d_]{4,})\s*/\s*([^\W\d_]{4,})(?![^\W_])")
_MAX_ENDING = 3


def _second_forms(text: str) -> frozenset[str]:
    """The second of two forms of one word (a common start but for their last few letters) in ``text``.

    It does not count as a word of the title: "Księgowa / Księgowy" names one occupation as fully
    as "Księgowa" does, and still meets a label that holds both forms ("camarero/camarera").
    """
    found: set[str] = set()
    for pair in _PAIRED_FORMS.finditer(text):
        first, second = pair.group(1).casefold(), pair.group(2).casefold()
        shorter = min(len(first), len(second))
        shared = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), shorter)
        if shared >= 4 and shared >= shorter - _MAX_ENDING:
            found.update(label_words(second))
    return frozenset(found)


_ASIDE = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


def _asides(text: str) -> frozenset[str]:
    """The words a title says in parentheses or brackets ("Office Coordinator (Chinese speaking)").

    An aside qualifies the job (a language, a shift, a team) more often than it names it: its
    words do not count, so that a label met by the words outside is met as fully. A title that
    is all aside keeps its words.
    """
    outside = _ASIDE.sub(" ", text)
    if not label_words(outside):
        return frozenset()
    asides = (match.group(1) or match.group(2) or "" for match in _ASIDE.finditer(text))  # "()" holds ""
    inside = frozenset(word for aside in asides for word in label_words(aside))
    return inside - frozenset(label_words(outside))


def _reading(words: tuple[str, ...], ignored: frozenset[str], *, translated: bool) -> TitleWords:
    counts = tuple(
        not (word in TITLE_NOISE or word in ignored or _CODE_LIKE.match(word) or len(word) < 2) for word in words
    )
    return TitleWords(words, counts, translated)


def _english(word: str) -> str:
    """A title word of a language without labels here, in English; other words as they are."""
    if word in GLOSSARY:
        return GLOSSARY[word]
    if len(word) >= 8 and word.endswith(_GLOSSARY_SUFFIXES):
        suffix = next(suffix for suffix in _GLOSSARY_SUFFIXES if word.endswith(suffix))
        if len(word) - len(suffix) >= 3:
            return f"{word[: -len(suffix)]} {GLOSSARY[suffix]}"
    return word


@lru_cache(maxsize=1024)
def place_and_employer(location: str | None, company: str | None) -> frozenset[str]:
    """The words of a posting's location and company, which its title may hold but which name no occupation."""
    words: set[str] = set()
    for text in (location, company):
        if text:
            words.update(label_words(text))
    return frozenset(words)


# The first STEM_LENGTH letters of each word of at least three letters (and the word), found by
# the regular expression itself: no Python loop over the words of a posting.
_STEMS = re.compile(rf"(?<![^\W_])([^\W\d_]{{3,{STEM_LENGTH}}})[^\W_]*")
_WORD_AT = re.compile(r"[^\W_]+")
_STOP_STEMS = frozenset(word[:STEM_LENGTH] for word in (*STOP_WORDS, *_ACCENTED_STOP_WORDS) if len(word) >= 3)


# A Unicode class ([^\W\d_]) costs a look-up in the Unicode database per character, a class of
# ranges one in a table: _FAST_STEMS is _STEMS with its classes listed as ranges, computed from
# the Unicode classes themselves for the characters of nearly every posting (Latin scripts,
# punctuation, the euro sign). A text with other characters is read by _STEMS.
#
# _FAST_STEMS also opens on a letter, with the look behind it (at the start of a word) checked
# after that letter: a pattern that opens on a class lets the search skip the characters between
# words in one loop, where one that opens on a look-behind is tried at each of them.
_FAST_CHARS = (*range(0x250), *range(0x2000, 0x2070), 0x20AC)
_LETTER = char_class(code for code in _FAST_CHARS if re.match(r"[^\W\d_]", chr(code)))
_LETTER_OR_DIGIT = char_class(code for code in _FAST_CHARS if re.match(r"[^\W_]", chr(code)))
_FAST_STEMS = re.compile(
    rf"([{_LETTER}](?<![{_LETTER_OR_DIGIT}][{_LETTER}])[{_LETTER}]{{2,{STEM_LENGTH - 1}}})[{_LETTER_OR_DIGIT}]*"
)
_BEYOND_FAST_CHARS = re.compile(f"[^{char_class(_FAST_CHARS)}]")


def _stems_pattern(lowered: str) -> re.Pattern[str]:
    """_FAST_STEMS when every character of ``lowered`` is one it was built for, else _STEMS (the same stems)."""
    return _FAST_STEMS if lowered.isascii() or not _BEYOND_FAST_CHARS.search(lowered) else _STEMS


def body_stems(text: str) -> list[str]:
    """The stems of the words of ``text`` that carry meaning, in order (see the module docstring).

    Only the case is folded, not the accents: the texts of both sides keep theirs, and folding
    them would cost a look-up per character of every posting.

    >>> body_stems("Develop and maintain the developers' tools")
    ['develo', 'mainta', 'develo', 'tools']
    """
    lowered = text.lower()
    return [stem for stem in _stems_pattern(lowered).findall(lowered) if stem not in _STOP_STEMS]


def stem_set(text: str) -> set[str]:
    """The distinct stems of :func:`body_stems`, found at C speed (how a posting's body is read).

    >>> sorted(stem_set("Maintain the tools and maintain them"))
    ['mainta', 'them', 'tools']
    """
    return stem_set_of_lowered(text.lower())


def stem_set_of_lowered(lowered: str) -> set[str]:
    """:func:`stem_set` of a text already in lower case (a body read twice is lowered once)."""
    found = set(_stems_pattern(lowered).findall(lowered))
    found -= _STOP_STEMS
    return found


def first_words(stems: Sequence[str], text: str) -> list[str]:
    """For each stem, the first word of ``text`` that starts with it (in lower case), in the order of ``stems``.

    >>> first_words(["tools", "mainta"], "Maintain the stools and Tools")
    ['tools', 'maintain']
    """
    return first_words_of_lowered(stems, text.lower())


def first_words_of_lowered(stems: Sequence[str], lowered: str) -> list[str]:
    """:func:`first_words` in a text already in lower case."""
    words = []
    for stem in stems:
        at = lowered.find(stem)
        while at > 0 and lowered[at - 1].isalnum():
            at = lowered.find(stem, at + 1)
        word = _WORD_AT.match(lowered, at).group() if at >= 0 else None  # type: ignore[union-attr]
        if word and word not in words:
            words.append(word)
    return words

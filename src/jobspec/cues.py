"""Cues that tell a duty from a requirement, and both from everything else.

Headings decide most of a posting (see :mod:`jobspec.vocabulary`); these
tables decide the rest: list items whose section says nothing, prose
sentences, and lead-in lines ("You should have:"). Each table is plain data,
compiled once into one regular expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from .text import CaselessPattern, any_of, split_alternatives

__all__ = [
    "CYRILLIC_READER",
    "DUTY_VERB_START",
    "GREEK_READER",
    "HOLDER_AT",
    "HOLDER_BEING",
    "HOLDER_DETERMINERS",
    "HOLDER_FUTURE",
    "HOLDER_HAS",
    "HOLDER_KNOWING",
    "HOLDER_MUST",
    "HOLDER_NOT_A_VERB",
    "HOLDER_NOT_DUTY",
    "HOLDER_NOT_PERSON",
    "HOLDER_RESPONSIBLE",
    "HOLDER_SEEKING",
    "HOLDER_TITLE_BREAKS",
    "NEED_NOT",
    "NOT_AN_ITEM",
    "OTHER_LANGUAGE_READER",
    "OTHER_SCRIPT_READERS",
    "PERSON_SOUGHT_ENDING",
    "QUAL_START",
    "QUAL_START_OTHER_SCRIPTS",
    "QUAL_STRONG",
    "QUAL_WEAK",
    "RESPONSIBILITY",
    "SECOND_PERSON_DUTY",
    "SECOND_PERSON_DUTY_UNNAMED",
    "SECOND_PERSON_TRAIT",
    "SEEKING",
    "SEEKING_WHO",
    "SOUGHT_TO_DO",
    "TRAIT_START",
    "VIETNAMESE_READER",
    "YOU_ANYWHERE",
    "YOU_START",
    "ReaderCues",
]

# Verbs that open a duty: "Design …", "Designs …", "Designing …".
DUTY_VERBS = """
accelerate achieve act adapt address administer advance advise advocate align analyse analyze
answer anticipate architect arrange articulate assess assist audit author automate balance be
benchmark brainstorm brief build calculate champion coach code collaborate collect communicate
commit compile conceive conduct configure connect consult contribute coordinate craft create curate
debug decide define deliver demonstrate deploy design detect determine develop devise diagnose
direct discover document draft drive edit educate empower enable encourage engage engineer
enhance ensure establish estimate evaluate evangelize evangelise evolve execute expand experiment
explain explore facilitate file forecast formulate foster gather generate grow guide handle host
identify implement improve increase influence inform initiate innovate inspect install integrate
interact interface interpret interview investigate iterate keep launch lead leverage liaise
maintain manage map market measure mentor merge migrate model moderate monitor motivate negotiate
nurture observe onboard operate optimise optimize orchestrate organise organize outline own
oversee participate partner perform pitch plan practice practise prepare present prioritise
prioritize process produce program programme promote propose prototype provide publish push
raise rebuild recommend reconcile record recruit redesign reduce refactor refine release remediate rewrite
reorganize report represent research resolve respond review revise run scale schedule scope
secure select sell serve set shape share ship simplify solve source spearhead specify sponsor
standardize stay steer streamline strengthen structure summarize summarise supervise support
sustain synthesize take teach test track train transform translate triage troubleshoot tune
uncover update upgrade uphold use utilize validate verify visualise visualize work write
accompany assemble bake carry clean cook cut dispatch distribute draw escort feed greet guard harvest
label load mow pack patrol pick protect prune receive repair replenish rescue restock scan sew sort stock tidy
transport treat tutor unload wash weld
help fix talk visit check attend
"""


def _factored(source: str, *, ignore_case: bool = True) -> str:
    """``source``'s alternatives with shared starts factored out (see :func:`jobspec.text.any_of`)."""
    return any_of(split_alternatives(source), ignore_case=ignore_case)


_DOUBLED = {"plan": "planning", "set": "setting", "run": "running", "ship": "shipping", "map": "mapping"}


def _verb_forms(verb: str) -> tuple[str, ...]:
    if verb == "be":
        return ("be",)
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _DOUBLED:
        gerund = _DOUBLED[verb]
    elif verb.endswith("ie"):
        gerund = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        gerund = verb[:-1] + "ing"
    else:
        gerund = verb + "ing"
    return (verb, third, gerund)


# The same duties in the infinitive, as Italian, Spanish, French and Portuguese lists write them
# ("Progettare gruppi meccanici …", "Gestionar las cuentas …", "Rédiger les spécifications …",
# "Desenvolver novas telas …"): whole words, since their endings ("-are", "-er", "-ir") end English
# and German words too ("Software", "Unsere").
ROMANCE_DUTY_VERBS = """
progettare sviluppare gestire coordinare redigere collaborare supportare garantire analizzare curare occuparsi
seguire monitorare implementare definire partecipare assicurare mantenere testare documentare preparare pianificare
organizzare realizzare elaborare supervisionare guidare promuovere contribuire effettuare fornire creare individuare
valutare verificare predisporre aggiornare installare configurare integrare ottimizzare scrivere assistere affiancare
interfacciarsi relazionarsi lavorare
desarrollar gestionar diseñar coordinar colaborar apoyar garantizar analizar implementar definir participar asegurar
mantener preparar planificar organizar realizar elaborar supervisar liderar dirigir promover contribuir proporcionar
crear identificar evaluar verificar actualizar instalar configurar integrar optimizar escribir asistir acompañar
trabajar atender impulsar controlar redactar
développer gérer concevoir coordonner collaborer assurer analyser participer maintenir préparer planifier organiser
réaliser rédiger piloter accompagner suivre animer encadrer contribuer fournir créer identifier évaluer vérifier
configurer intégrer optimiser écrire assister travailler garantir superviser définir proposer conseiller accueillir
desenvolver gerenciar gerir projetar coordenar colaborar apoiar analisar implementar definir participar assegurar
manter preparar planejar organizar realizar elaborar acompanhar criar identificar avaliar verificar atualizar instalar
configurar integrar otimizar escrever atender trabalhar liderar supervisionar conduzir propor executar
"""
# The same in Swedish, Danish and Norwegian lists ("Planera och genomföra …", "Ansvara för …", "Planlægge …",
# "Ivareta …"); not those that are words of other languages too ("delta", "lage").
NORDIC_DUTY_VERBS = """
planera ansvara arbeta hantera samordna leda utveckla genomföra administrera stödja bidra säkerställa
upprätta dokumentera rapportera analysera kontrollera underhålla sköta besvara hjälpa beställa packa plocka
städa sälja vårda handleda samverka medverka
planlægge varetage sikre udvikle koordinere deltage understøtte håndtere gennemføre dokumentere
vedligeholde betjene modtage hjælpe bestille pakke plukke rengøre sælge
planlegge ivareta utvikle bistå gjennomføre vedlikeholde motta hjelpe selge utføre følge
"""


def _verbs_of_occupations() -> list[str]:
    """The English verbs ESCO's descriptions of occupations open their duties on (``data/duty_verbs_en.txt``,
    built by ``scripts/build_duty_verbs.py``): the trades and services beside the office's verbs above."""
    text = resources.files("jobspec").joinpath("data", "duty_verbs_en.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


_FORMS = sorted(
    {form for verb in {*DUTY_VERBS.split(), *_verbs_of_occupations()} for form in _verb_forms(verb)}
    | set(ROMANCE_DUTY_VERBS.split())
    | set(NORDIC_DUTY_VERBS.split()),
    key=len,
    reverse=True,
)

# A duty written as an imperative, third person or gerund (or a Romance infinitive), or as the post's
# purpose ("To diagnose and repair vehicles …"), perhaps after the supervision it is done under ("Under
# general supervision, performs …", as public employers' class specifications write) or when it is done
# ("At the end of each shift, reconcile the float …"), but not a call to
# action, nor the first half of a compound ("Test-driven development", "Work-life balance").
DUTY_VERB_START = CaselessPattern(
    r"^(?!(?:help us|join us|learn more|read more|find out|be part of|be a part of|take a look|to be)\b)"
    r"(?:under (?:the )?(?:general |direct |close |limited |immediate )?(?:supervision|direction),?\s+"
    r"|(?:at|on|during|after|before|once|every|each|when|where needed|as needed)\b[^,.;:!?]{0,40},\s+)?"
    r"(?:(?:also|actively|continuously|continually|regularly|closely|effectively|proactively|help(?:ing)? to|"
    r"be able to|to)\s+)?(?:" + any_of(_FORMS) + r")\b(?!-\w)"
)

_QUALITY_ADJECTIVES = (
    r"proven|previous|prior|relevant|professional|hands-on|demonstrable|demonstrated|solid|strong|good|"
    r"very good|excellent|exceptional|outstanding|deep|broad|extensive|significant|some|basic|working|"
    r"practical|sound|thorough|expert|advanced|comprehensive|master|in-depth|clear|effective|proficient|"
    r"great|superb|reliable|confident|fluent|native|general|technical|commercial|industry"
)
_QUALITY_NOUNS = (
    r"experience|knowledge|understanding|familiarity|proficiency|expertise|skills?|background|"
    r"track record|command|grasp|ability|abilities|fluency|competence|competency|exposure|awareness|"
    r"passion|interest|curiosity|empathy|willingness|eagerness|desire|comfort|confidence|aptitude|"
    r"capacity|qualifications?|degree|bachelor'?s?|master'?s|masters|ph\.?d|doctorate|diploma|"
    r"certifications?|certificate|education|graduate|graduation|mba|bsc|msc|b\.?sc|m\.?sc|"
    r"command|mindset|attitude|enthusiasm|commitment|dedication|appetite|drive|eye for|flair"
)

# What a requirement opens on in the other languages written in Latin letters: a noun of experience,
# knowledge, schooling or a licence, after an adjective of quality or not ("Goda kunskaper i …",
# "Doświadczenie w …", "Znalost …", "Iskustvo u …", "Kokemus …", "Experiență în …", "Mehrjährige
# Berufserfahrung"). A noun that also names what an employer gives ("Koulutus", training) is left out.
_OTHER_QUALITY_ADJECTIVES = (
    r"god|goda|gode|godt|mycket goda|meget gode|svært gode|relevant|relevante|tidigare|tidligere|dokumenterad|"
    r"dokumentert|dokumenteret|gedigen|solid|solide|hyvä|hyvät|erinomainen|vahva|aiempi|"
    r"dobra|bardzo dobra|praktyczna|biegła|dobrá|velmi dobrá|výborná|praktická|aktivní|aktívna|"
    r"dobro|odlično|vrlo dobro|izvrsno|radno|jó|kiváló|releváns|bune|foarte bune|solide|"
    r"mehrjährige|mehrjähriger|einschlägige|fundierte|nachgewiesene|erste|sehr gute|"
    r"bonne|bonnes|excellente|solide|solides|buona|ottima|buone|ottime|comprovata|buen|buena|amplia|sólida|"
    r"boa|bons|sólida|ampla|goede|aantoonbare|relevante"
)
# Schooling, unless it is training given to others, a duty ("Utbildning av nya medarbetare", "Formation des
# équipes").
_SCHOOLING = (
    r"(?:utbildning|uddannelse|utdanning|opleiding|formation|formación|formação|formazione|formació)"
    r"(?!\s+(?:av|af|van|des|du|de|d'|of|för|for|til|aux?|nya|nye|nieuwe|di|dei|delle|degli|dos|das|do|da)\b)"
)
_OTHER_QUALITY_NOUNS = (
    _SCHOOLING + r"|"
    r"erfarenhet(?:er)?|kunskap(?:er)?|kännedom|examen|körkort|legitimation|behörighet|"
    r"erfaring|kendskab|kjennskap|kunnskap(?:er)?|viden|kørekort|førerkort|fagbrev|"
    r"kokemus(?:ta)?|osaaminen|osaamista|tutkinto|ajokortti|kielitaito|"
    r"doświadczeni[ae]|znajomoś[ćc]|wykształcenie|umiejętnoś[ćc]i?|prawo jazdy|uprawnienia|"
    r"zkušenost(?:i)?|znalost(?:i)?|vzdělání|praxe|řidičský průkaz|"
    r"skúsenos[tť](?:i)?|znalos[tť](?:i)?|vzdelanie|prax|vodičský preukaz|"
    r"tapasztalat|ismeret(?:ek)?|végzettség|jogosítvány|"
    r"experiență|experiența|experienta|cunoștințe|cunoștinte|cunostinte|studii|permis de conducere|"
    r"iskustvo|iskustva|poznavanje|znanje|obrazovanje|vozačka dozvola|izkušnje|izkušenj[ae]|izobrazba|"
    r"vozniški izpit|patirtis|žinios|išsilavinimas|pieredze|zināšanas|izglītība|kogemus|teadmised|haridus|"
    r"\w*berufserfahrung|\w*kenntnisse|führerschein|"
    r"compétences|permis|aptitudes?|competenze|capacità|diploma|patente|licenciatura|título|dominio|carnet|"
    r"domínio|carta de condução|habilitação|rijbewijs|affiniteit|experiència|coneixements?|titulació"
)

# A requirement written as a noun phrase: "3+ years …", "Strong knowledge of …", "Ability to …".
QUAL_START = CaselessPattern(
    r"^(?:a |an |the )?(?:"
    r"(?:minimum of |at least |min\.? )?(?:\d+(?:\s*[-–]\s*\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s*\+?\s*(?:years?|yrs)"
    r"|(?:minimum|at least)\b"
    r"|(?:(?:" + _factored(_QUALITY_ADJECTIVES) + r")[\s,]+)*(?:" + _factored(_QUALITY_NOUNS) + r")\b"
    r"|(?:able to|comfortable|familiar|fluent|proficient|passionate|experienced|skilled|knowledgeable|"
    r"self-\w+|self \w+|organi[sz]ed|detail[- ]oriented|motivated|curious|eager|willing|excited|"
    r"collaborative|approachable|analytical|creative|resilient|reliable|flexible|adaptable|"
    r"highly \w+|outstanding|exceptional|excellent|strong|good|great|solid|deep|must|fluency|"
    r"bachelor|master|degree|phd|(?:bs|ba|ms)\b|mba|any graduat|graduate|u\.s\. citizen|citizenship|eligib)"
    r"|you (?:have|are(?! (?:also )?expected to\b)|bring|possess|should|must|need|know)\b"
    r"|(?:sehr )?gute?\b|kenntnisse|erfahrung|abgeschlossen|studium|ausbildung|du (?:hast|bist)\b"
    r"|ervaring|kennis|je hebt|je bent|expérience|connaissance|maîtrise|diplôme|experiencia|"
    r"conocimiento|titulación|experiência|conhecimento|esperienza|conoscenza|laurea|"
    r"disponibilità|disponibilidad|disponibilidade|disponibilité|bereitschaft|beschikbaarheid|dyspozycyjność"
    # Spanish asks it in the subjunctive: "Que tengas carné de conducir", "Que te guste hablar con la gente".
    r"|que (?:te guste|te gusten|tengas|seas|sepas|hables|puedas|estés|cuentes con|domines|disfrutes)\b"
    r"|(?:(?:" + _OTHER_QUALITY_ADJECTIVES + r")\s+)?(?:" + _OTHER_QUALITY_NOUNS + r")(?!\w)"
    r")"
)
# A trait of the hire written as an entry of its own ("Hard-working and happy to get stuck in", "A calm manner with
# nervous animals", "Should be disciplined and willing to work shifts"). Read only beside a list of duties (not a
# feature of the item model): on its own, "Positive" or "Calm" opens other things too.
TRAIT_START = CaselessPattern(
    r"^(?:a |an )?(?:hard-?working|punctual|honest|trustworthy|dependable|patient(?:,| and\b)|calm\b(?! the\b)|"
    r"friendly|positive\b|enthusiastic|energetic|happy to|keen to|confident (?:in|with|using)\b|comfortable\b|"
    r"should be|"
    r"reliable|able to|willing to|available (?:to|for|on|at)\b|availability\b|must (?:be|have|hold)\b|"
    r"disponibilidad\b|disponibilidade\b|disponibilità\b|disponibilité\b|"
    r"stay (?:cool|calm)\b|keep (?:calm|a cool head|your cool)\b|"
    r"should have\b|flexible\b|self-motivated|motivated\b|organi[sz]ed\b|detail-oriented|good communicator|"
    r"(?:[\w-]+\s+){0,3}(?:attitude|manner|team player|work ethic)\b|(?:[\w-]+ )?registered\b"
    # … and in the other languages, as the reader: "Eres una persona proactiva …", "Ești o persoană zâmbitoare",
    # "Tu es curieux·se …", "Du är trygg i ledarrollen", "Nebojíš se převzít odpovědnost", "Máš rád/a čistý kód";
    # not the reader's role ("Je bent de schakel tussen …", "Du är ansvarig för …", "Jsi součástí týmu").
    r"|(?:du är|du er|du bist|je bent|jij bent|tu es|vous êtes|eres|sei|ești|esti|você é|jsi|jste|jesteś|"
    r"jesteście|ste|olet)\s+(?!(?:de|het|the|el|la|le|les|il|lo|den|det|der|die|das|o|a|ansvarig|ansvarlig|"
    r"verantwortlich|zuständig|verantwoordelijk|responsable|responsabile|odpovědn\w*|odpowiedzialn\w*|"
    r"responsabil\w*|med|mit|met|with|součástí|częścią|parte|kontaktperson|kontaktpersonen|vastuussa)\b)\w+"
    r"|(?:(?:ești|esti|eres|sei|tu es|vous êtes|você é|du är|du er|du bist|je bent|jsi|jesteś) )?"
    r"(?:o persoană|una persona|une personne|uma pessoa|en person|eine person|iemand|osoba|osobą)\b"
    r"|(?:nebojíš se|nebojíte se|nie boisz się|no te da miedo|no tienes miedo|tu n'as pas peur|du är inte rädd|"
    r"máš rád|máš ráda|baví tě|lubisz|te gusta|te gustan|tu aimes|du gillar|du liker|du kan lide|"
    r"je houdt van|du magst|ti piace|îți place|ai o atitudine|ai o ținută|perfil de|perfil com)\b)"
)
# The same nouns in the languages written in Greek and Cyrillic letters, kept apart: a pattern with letters
# whose case lower-casing does not give must fold case as it compares, which is slower.
QUAL_START_OTHER_SCRIPTS = CaselessPattern(
    r"^(?:(?:καλή|πολύ καλή|άριστη|σχετική|προηγούμενη|хороший|хорошее|хорошие|отличное|отличные|уверенное|"
    r"добри|добро|отлични|добрі|гарні|відмінне)\s+)?"
    r"(?:εμπειρία|προϋπηρεσία|γνώση|γνώσεις|πτυχίο|δίπλωμα|άδεια οδήγησης|"
    r"опыт|знание|знания|образование|умение|навыки|"
    r"опит|познания|образование|умения|"
    r"досвід|знання|освіта|вміння|навички)(?!\w)"
)

# What the hire need not have or know ("You don't need a degree", "Você não precisa ter uma
# graduação", "Du brauchst kein Studium", "No hace falta experiencia"): no requirement.
_NEED_NOT = (
    r"^(?:but |and |note: |also: )?(?:you (?:don't|do not) (?:need|have to)|there is no need|no need to|"
    r"we(?:'re| are) not (?:expecting|asking) you|we (?:don't|do not) expect you|"
    r"(?:mas |e )?(?:você )?não (?:precisa|é necessário)|du brauchst (?:\w+ )?(?:kein|nicht)|"
    r"sie brauchen (?:\w+ )?(?:kein|nicht)|no (?:necesitas|es necesario|hace falta)|"
    r"(?:tu n'as|vous n'avez) pas besoin|il n'est pas nécessaire|non (?:è necessario|serve|ti serve)|"
    r"je hoeft (?:geen|niet)|u hoeft (?:geen|niet)|du behöver inte|du trenger ikke|du behøver ikke|"
    r"nie musisz|nie wymagamy|we (?:do not|don't) require|(?:don't|do not) worry if|"
    r"emme vaadi|ei vaadita|vi kräver inte|vi krever ikke|vi kræver ikke|with or without)\b"
    # A sentence that says only that something is not needed ("A degree is not required.", "No experience
    # is necessary, as we train you."), not one that goes on to wish for it ("… is not essential but would
    # help").
    r"|^(?:no (?:prior |previous |formal )?(?:experience|qualifications?|degree) (?:is )?(?:necessary|needed|required)"
    r"|(?:(?!\bbut\b)[^,;:.]){1,60}?\b(?:is|are)(?: not|n't) (?:required|necessary|essential|needed|mandatory|"
    r"a requirement)"
    r"(?: for (?:this|the) (?:role|post|position|job)| to apply)?)(?:[,.:]? (?:as|since|because|we|full)\b[^;]*)?[.!]?$"
    # A label said not to be asked: "PG: Not required".
    r"|^[^:;.]{1,30}: (?:not required|not necessary|not needed|none|n/a)[.!]?$"
    # The same in other languages: "Aucun diplôme n'est exigé", "Ein Studium ist keine Voraussetzung",
    # "学歴不問" (not asked), "无教学经验亦可" (… is fine too), "学历不限" (no limit).
    r"|^aucune? [^.;]{1,60}n'est (?:exigée?|requise?|nécessaire|demandée?)\b"
    r"|^[^.;]{1,60}\b(?:ist|sind) keine (?:voraussetzung|pflicht)\b"
    r"|^[^。；;，,、]{1,8}(?:不問|不限|亦可)(?:です)?[。.]?$"
)
NEED_NOT = CaselessPattern(_NEED_NOT)
"""What the hire need not have or know, opening a sentence: no item, whatever else the sentence says."""
# The reader asked to send an application, in each language: "Send your portfolio to …", "envoyez-moi
# votre CV", "Stuur je cv en motivatie …", "Envie seu currículo …", "skicka in din ansökan".
_SEND_YOUR_APPLICATION = (
    r"\b(?:send|envoye[zr]|envoie|adressez|schick(?:e|t)?|sende[nt]?|invia|envía|envíe|envie|mande|stuur|skicka|"
    r"wyślij)(?:-(?:moi|nous|nos)|nos|ci| uns| sie uns| in| us)? (?:\w+ )?(?:votre|ton|deine|ihre|dein|ihr|"
    r"il tuo|la tua|tu|su|seu|sua|je|jouw|uw|din|ditt|your|swoje|swój)\s+(?:cv|c\.v\.|lebenslauf|curriculum|"
    r"currículo|currículum|candidature|bewerbung|unterlagen|ansökan|sollicitatie|application|résumé|resume|"
    r"portfolio|portfólio|portföljo|aplikację)\b"
)
# The selection weighing the applicant's suitability: "Stor vikt läggs vid personlig lämplighet", "Personlig
# egnethet vil bli vektlagt": how the employer chooses among those who meet the requirements, not one of them.
_BY_SUITABILITY = (
    r"(?:stor |stort )?vikt (?:läggs|kommer att läggas) vid personlig lämplighet|"
    r"vi lägger (?:stor |stort )?vikt vid personlig lämplighet|"
    r"personlig (?:egnethet|egnet) (?:vil bli |blir )?vektlagt|der lægges (?:stor )?vægt på personlig egnethed"
)
SELECTED_BY_SUITABILITY = CaselessPattern(r"(?:" + _BY_SUITABILITY + r")\s*\.?\s*$")
"""The selection by the applicant's personal suitability, said alone (one that goes on to the traits it
means, "…, till exempel förmåga att …", asks for them)."""
# Sentences that are about the job but are not items: logistics, pay, applying, legal.
NOT_AN_ITEM = CaselessPattern(
    r"\b(?:"
    + _factored(
        r"apply (?:now|today|here|online|via|through|for this)|to apply|how to apply|please apply|"
        r"applications? (?:will be|are) (?:accepted|reviewed)|"
        r"applications? (?:will|may) not be (?:considered|accepted)|applications? close|"
        r"send (?:us )?(?:your|a) (?:cv|resume|résumé)|"
        r"cover letter|"
        r"bewirb|bewerb|bewerbe dich|bewerben sie sich|bewerbt euch|"
        r"solliciteer|sollicit|postule[rz]?|contact us|reach (?:out|me)|email us|"
        r"get in touch|based anywhere|be based|located in|relocat\w*|time ?zones?|hours/week|days?/week|"
        r"work(?:ing)? (?:from|at) home|work(?:ing)? from anywhere|home ?office|home-office|telecommut\w*|"
        r"télétravail|mobiles? arbeiten|thuiswerk\w*|smart working|teletrabajo|trabalho remoto|distansarbete|"
        r"hemifrån|"
        r"per week|hybrid|remote|on-?site|in the office|start date|to start|salary|per (?:year|annum|hour)|"
        r"full-time|part-time|contract position|vollzeit|teilzeit|primary contact|reports? to|reporting to|"
        r"riporterai|riporta direttamente|berichtest (?:direkt )?an|reportarás|vas a reportar|rapporteert aan|"
        r"rapporteer je aan|"
        r"visa|sponsorship|equal opportunit\w*|discriminat\w*|regardless of|without regard|"
        r"inclusive workforce|we offer|we provide|wir bieten|nous offrons|ofrecemos|"
        r"if you are interested|interested candidates|fühlst du dich angesprochen|hear from you|"
        r"om du är intresserad|hvis du er interesseret|hvis du er interessert|si vous êtes intéressée?|"
        r"si tu es intéressée?|si estás interesad[oa]|se sei interessat[oa]|"
        r"se (?:você )?(?:está|estiver) interessad[oa]|als je geïnteresseerd bent|bei interesse|"
        r"wenn du interesse hast|wenn sie interesse haben|jeśli jesteś zainteresowan[ya]|"
        r"freuen uns (?:auf|über) (?:deine|ihre|dich|sie)|informal (?:visits?|enquir(?:y|ies)|discussions?|chats?)|"
        r"^(?:informal )?visits? (?:to [^.]{1,40} )?(?:are|is) (?:very |warmly |most )?(?:welcome|encouraged)|"
        r"please (?:call|ring|phone|contact)|"
        # What the reader gets ("Je krijgt een contract …", "Du bekommst …", "Vous bénéficierez …") and when
        # they work ("Je werkt in een rooster …", "… en turno partido", "… em regime de turnos"): no items.
        # Not shifts in German: "Sie sind bereit, im Schichtdienst zu arbeiten" is a requirement.
        # South Africa's employment equity, not a requirement of the job: "Preference will be given to EE candidates".
        r"preference will be given to (?:ee|employment equity|designated)|"
        r"^(?:je|jij|u) krijgt|^du bekommst|^(?:vous bénéficierez|tu bénéficieras)|applications? (?:from [^.]{1,60} )?"
        r"(?:are|is) (?:very |especially |particularly )?welcomed?|"
        r"^je werkt in (?:een )?(?:rooster|ploegendienst|wisselende diensten)|turno partido|em regime de turnos|"
        # Who looks after the hire: "You will be supervised by Dr. …".
        r"^you(?:'ll| will) be (?:co-)?(?:supervised|mentored|coached) by|"
        # What the hire may do if they wish: "There's room to develop your own project …".
        r"^there(?:'s| is) (?:plenty of |also )?(?:room|scope|space) (?:for you )?to"
    )
    + r")\b"
    # A person specification's legend: "(E) = Essential, (D) = Desirable".
    + r"|=[ \t]*(?:essential|desirable)\b"  # opening on "=", found at memchr speed
    + r"|\bmarked[ \t]+[\[(]?[a-z][\])]?[ \t]+(?:are|is)[ \t]+(?:essential|desirable)\b"  # "Criteria marked (E) are …"
    # A field of the schedule: "Work Schedule: Monday – Friday, 8:00am – 4:30pm".
    + r"|^(?:work |working )?schedule\s*:|^(?:work(?:ing)? hours|hours of work)\s*:"
    + "|"
    + _NEED_NOT
    + "|"
    + _SEND_YOUR_APPLICATION
)

# Japanese and Korean end a requirement on the person sought: "日商簿記2級をお持ちの方。", "経験が
# ある方", "능숙하신 분"; not a way of doing ("働き方", "使い方"). Japanese also ends one on what is
# asked of the hire ("…柔軟な対応能力が求められます。"). A pattern of its own: as one more
# alternative of QUAL_STRONG, which no other opens without a word boundary, it made that one five
# times slower.
PERSON_SOUGHT_ENDING = CaselessPattern(
    r"(?<=[のるたなで])方(?:[。．！]|（[^）]{0,60}）)?\s*$"  # Japanese
    r"|求められ(?:ます|る)[。．！]?\s*$"
    r"|(?<=[신한는인된]) 분(?:[.。]|\s*$)"  # Korean
    # What is needed, or whom they seek: "…の資格が必要です", "…をお持ちの方を募集します", "…분이어야 합니다".
    r"|(?:が|は)(?:必要|必須)(?:です|となります)|をお持ちの方を募集|方を募集(?:します|しています)"
    r"|(?:분|자)이어야 합니다|분을 (?:찾습니다|찾고 있습니다|모십니다)|필수입니다"
)
"""A strong sign of a requirement, as :data:`QUAL_STRONG`, in the languages that end on it."""

# Having ownership or responsibility is a duty, not something the reader has: "You will have full
# ownership of the billing service", "You'll have responsibility for the roadmap".
_NO_OWNERSHIP = (
    r"(?! (?:(?:a lot of|full|complete|end-to-end|real|significant|direct|the|sole|overall|primary|clear) )*"
    r"(?:ownership|responsibility|responsibilities|charge)\b)"
)

# Strong signs of a requirement anywhere in a sentence.
QUAL_STRONG = CaselessPattern(
    r"\b(?:"
    + _factored(
        r"ideal candidates?|idealer? kandidat\w*|ideale kandida\w*|candidat idéal|candidato ideal|"
        r"candidata ideale|(?:good|great|strong|perfect) fit if|"
        r"you(?:'ll| will) (?:also )?(?:have" + _NO_OWNERSHIP + r"|need|bring|possess|"
        r"be (?:a (?:good|great|strong) fit|comfortable|"
        r"familiar|expected to have))|you (?:should|must|need to) (?:have|be|bring)|"
        # What the reader will hold or be, said of them: "You'll hold a Certificate III …", "You will be
        # analytical, methodical and …"; not what they will hold for others ("You'll hold weekly meetings").
        r"you(?:'ll| will) (?:already )?hold (?:a |an |the |current |valid |full )*(?:\w+ ){0,3}?"
        r"(?:certificate|certification|licen[cs]e|degree|diploma|qualification|registration|card)|"
        r"you(?:'ll| will) be (?:highly |very |naturally |extremely )?(?:analytical|methodical|organi[sz]ed|"
        r"calm|patient|reliable|dependable|flexible|proactive|detail[- ]oriented|confident|personable|"
        r"self-motivated|motivated|enthusiastic|passionate|energetic|resilient|numerate|articulate|"
        r"fluent|qualified|registered|experienced|skilled|a natural|an? (?:excellent|strong|confident|"
        r"great|natural|skilled|experienced|qualified|registered) (?:communicator|team player|listener|"
        r"organiser|organizer|driver|cook|writer|leader))|"
        r"must have|must be|(?:is|are|will be) required to (?:have|hold|possess|be)|"
        r"es wird erwartet|wir erwarten|erwarten wir|nous attendons de (?:vous|toi)|"
        r"du (?:skal|ska|bør|bör|må|måste|behöver|trenger|behøver) "
        r"(?:have|ha|være(?! med\b)|vara(?! med\b)|kunne|kunna)|"
        r"(?:musisz|powinieneś|powinnaś) (?:mieć|znać|być|posiadać|umieć|potrafić)|exigimos|"
        r"oczekujemy|wymagamy|wij verwachten|"
        r"požadujeme|vyžadujeme|očekáváme|očakávame|předpokládáme|predpokladáme|"
        r"verwachten wij|"
        r"se requieren?|se exige|si richied(?:e|ono)|è richiest[ao]|completano il profilo|completa il profilo|"
        r"exige-se|requer-se|é exigid[oa]|são exigid[oa]s|"
        r"odotamme sinulta|edellytämme|sinulta (?:odotetaan|edellytetään)|"
        r"we (?:really )?need (?:someone|somebody|a person|people)|"
        r"we(?:'re| are) after (?:someone|somebody|people|a person) (?:who|with|that)|"
        r"our ideal (?:person|candidate|hire|colleague|applicant)|the ideal person|"
        r"nous attendons|wichtig ist uns, dass (?:du|sie|ihr)|uns ist wichtig, dass (?:du|sie|ihr)|"
        r"voraussetzung (?:für [\w ]{1,30} )?ist|vorausgesetzt wird|wird vorausgesetzt|il est demandé|"
        r"(?<!no )(?<!no es )(?:es )?imprescindible|(?:è|sono) necessari[aoie]|(?:is )?het nodig dat je|"
        r"in het bezit (?:zijn )?van|"
        r"potrzebujemy kogoś|liczymy na|cenimy|"
        r"ci serve una persona|cerchiamo una persona (?:che|con)|vi tror att du|vi tror at du|"
        r"(?:ook )?verwachten we dat je|we verwachten dat je|wij verwachten dat je|"
        r"(?:ważna|ważne|ważny|istotna|istotne|istotny) (?:jest|są) dla nas|"
        # What is required, said impersonally, in more languages: "Körkort krävs", "Vaaditaan …",
        # "Wymagane prawo jazdy", "Podmínkou je …", "Nužno je da imaš …", "Este necesar …".
        r"krävs|är ett krav|kræves|kreves|er et krav|vaaditaan|edellytetään|on edellytys|"
        r"wymagane|wymagana|wymagany|wymagania|niezbędn[eay]|konieczn[eay]|"
        r"podmínkou je|podmienkou je|je nutné|je potřeba|je potrebné|je nutná|vyžaduje sa|požaduje sa|"
        r"elvárás|elvárásaink|feltétel|követelmény|"
        r"este necesar[ăa]?|este obligatori[ue]|se solicită|se cere|trebuie să (?:ai|aibă|fii|fie|cunoști|cunoască)|"
        r"nužno je|potrebno je|obavezno je|uvjet je|zahtijevamo|očekujemo|trebaš|trebate|"
        r"(?:mora|moraju|morate|moraš) (?:imati|biti|znati|posjedovati|poznavati|imeti|znati)|"
        r"zahtevamo|pričakujemo|pogoj je|potrebno je|"
        r"būtina|reikalaujama|nepieciešam[sa]|nõutav|eeldame|"
        r"várunk|elvárjuk|elvárásunk|é necessári[oa]|são necessári[oa]s|exigem-se|requerem-se|tulee olla|"
        r"on oltava|zahtevan[aoi]? je|zahtevane so"
    )
    + r")\b"
    r"|\b(?:knowledge|experience|skills)\b[^.;]{0,60}\b(?:is|are) (?:fine|ok|okay|acceptable|also fine)\b"
    # What the hire or the applicants will, should or must have or be, said of them: "The successful
    # candidate will have …", "Applicants should be fluent in Welsh", "Candidates must demonstrate …";
    # not what they will have the chance to do.
    r"|\b(?:candidates?|applicants?|person|individual|post ?holders?|incumbent) (?:will|should|must|shall) "
    r"(?:also |ideally )?(?:have(?! the (?:opportunity|chance|possibility))|possess|hold|bring|demonstrate|"
    r"be (?:a|an|able|comfortable|familiar|proficient|skilled|experienced|fluent|qualified|eligible|educated|"
    r"competent|confident|willing|prepared|available|physically))\b"
    # The same in other languages: "Os candidatos devem ter …", "Les candidats doivent justifier …".
    r"|\b(?:candidat[oa]s?|interessad[oa]s?) (?:dev(?:e|em)|deverá|deverão|precisa|precisam) "
    r"(?:ter|possuir|ser|estar|dominar|apresentar)\b"
    r"|\b(?:candidat[oa]s?|aspirantes?|interesad[oa]s?) (?:debe|deben|deberá|deberán|necesita|necesitan) "
    r"(?:tener|poseer|contar|ser|estar|acreditar|dominar)\b"
    r"|\b(?:candidat(?:e|s|es)?|postulant(?:e|s|es)?) (?:doit|doivent|devra|devront) "
    r"(?:avoir|posséder|être|justifier|maîtriser|disposer)\b"
    r"|\bcandidat[oiae] (?:deve|devono|dovrà|dovranno) (?:avere|possedere|essere|conoscere|aver)\b"
    r"|\b(?:bewerber\w*|kandidat\w*) (?:müssen|sollten|muss|sollte)\b"
    r"|\bkandida(?:at|ten) (?:moet|moeten|dient|dienen)\b"
    # Turkish: the candidates sought, described ("… deneyimli adaylar arıyoruz"; "\w" for the dotless "ı").
    r"|\baday(?:lar)?\w* ar\wyoruz\b"
    # Indonesian and Malay: "Kandidat harus memiliki …", "Pelamar wajib menguasai …".
    r"|\b(?:kandidat|pelamar|calon|anda|kamu) (?:harus|wajib|mesti|perlu|diharapkan) "
    r"(?:memiliki|mempunyai|menguasai|mampu|bisa|berpengalaman|lulusan|bersedia|fasih)\b"
    # What the job needs of whoever takes it, said impersonally: "It is essential that you …",
    # "É fundamental que saiba …", "Es imprescindible tener …", "Il est indispensable de …".
    r"|\bit(?: is|'s) (?:essential|important|vital|crucial|necessary) (?:that you|for you to|to have)\b"
    r"|\b(?:é|es|è) (?:muito |molto |muy )?(?:fundamental|essencial|esencial|essenziale|importante|"
    r"imprescindível|imprescindible|indispensabile|necessário|necesario|necessario) "
    r"(?:que|che|ter|tener|avere|saber|saper)\b"
    r"|\bil est (?:indispensable|essentiel|important|nécessaire) (?:que|de|d')"
    # A thing said to be required: "A forklift licence is required.", "Führerschein ist Pflicht",
    # "Truckkort är ett krav", "Prawo jazdy jest wymagane", "Es obligatorio tener …".
    r"|\b(?:is|are) (?:(?:also|absolutely) )?(?:required|essential|mandatory|compulsory|a must)\b"
    r"|\b(?:ist|sind) (?:(?:dabei|zwingend|absolut) )?(?:erforderlich|pflicht|ein muss|voraussetzung|unverzichtbar|"
    r"unabdingbar|unerlässlich)\b|\b(?:brauchen sie|brauchst du)\b"
    r"|\b(?:är|er) (?:ett |et )?(?:krav|ett måste|påkrevd|påkrævet|nødvendig|nödvändigt)\b"
    r"|\b(?:jest|są) (?:wymagan[aey]|obowiązkow[aey]|konieczn[aey]|niezbędn[aey])\b"
    r"|\b(?:es|é|è|est) (?:obligatori[oa]|obrigatóri[oa]|obbligatori[oa]|obligatoire|exigée?|requise?|nécessaire)\b"
    r"|\bsont (?:obligatoires|exigée?s|requises?|nécessaires|indispensables)\b"
    r"|\b(?:is|zijn) (?:een )?(?:vereist|vereiste|verplicht|must)\b"
    # A thing said to go without saying or to be indispensable: "… är en självklarhet", "Gute
    # Deutschkenntnisse setzen wir voraus", "… sont des qualités indispensables", "… è indispensabile";
    # not when denied ("… no es imprescindible").
    r"|\b(?:är en självklarhet|er en selvfølge|er en selvfølgelighet|setzen wir voraus|wird vorausgesetzt|"
    r"werden vorausgesetzt)\b"
    r"|\b(?<!\bno )(?<!\bnon )(?<!\bnão )(?<!\bpas )(?:è|sono|es|son|é|são|est|sont) (?:des? (?:\w+ )?)?"
    r"(?:indispensabil[ei]|imprescindibles?|imprescindíve(?:l|is)|indispensables?)\b(?! (?:que|che|de|d')\b)"
    # Turkish says what is required at the sentence's end ("… deneyimli olmak gerekmektedir", "…
    # bilgisi aranmaktadır"); Czech and Slovak of the applicant ("Uchazeč/ka musí mít …"); French of
    # the candidate or the post holder ("Le candidat détient un DEC", "Il ou elle possède …").
    # ("\w" for the dotless "ı", whose case-folding would leave the pattern without a literal to gate it).
    r"|\b(?:gerekmektedir|gereklidir|aranmaktad\wr|zorunludur|şartt\wr)\b"
    r"|\buchádza?č\w*(?:/\w+)? (?:musí|by mal\w*|by měl\w*|má mít|má mať)\b"
    r"|\buchazeč\w*(?:/\w+)? (?:musí|by měl\w*|má mít)\b"
    r"|\b(?:candidat(?:e|s|es)?|titulaire du poste|il ou elle|elle ou il) (?:détient|détiennent|possède|possèdent|"
    r"maîtrise|maîtrisent|dispose|justifie)\b"
    # What is required, said of the applicants or impersonally, in more languages: "Søkere må ha …", "Det
    # kreves …", "Stor vikt läggs vid …", "Este necesar să …", "Candidații trebuie să …", "Elvárásunk …",
    # "… szükséges", "Sinulla tulee olla …", "Předpokladem je …", "Será imprescindible …", "É requisito …",
    # "Ci aspettiamo …", "Kandydat powinien …", "Wat we verwachten …", "Nous attendons de la personne …".
    # Every alternative opens on a word boundary: one that does not makes sre try them all at every
    # position (Japanese and Korean ones are in PERSON_SOUGHT_ENDING for that reason).
    r"|\b(?:søkere|søker|ansøgere) (?:må|skal|bør) (?:ha|have|kunne|være|beherske|mestre)\b|\bdet kreves\b"
    r"|\bstor vikt läggs vid\b|\bvi lägger (?:stor )?vikt vid\b|\bvi legger (?:stor )?vekt på\b"
    r"|\bvi forventer,? at (?:du|ansøgeren|søkeren|kandidaten)\b|\bvi förväntar oss att du\b"
    # What the post requires: "Stillingen kræver …", "The post requires …", "Le poste demande …", "Tehtävän
    # hoitaminen edellyttää …", "Kelpoisuusvaatimuksena on …", "Niezbędna jest …", "Se solicită …".
    r"|\b(?:stillingen|stillinga|jobbet|tjänsten) (?:også )?"
    r"(?:kræver|krever|kräver|forudsætter|forutsetter|förutsätter)\b"
    r"|\bthe (?:post|role|position|job) (?:also )?requires\b"
    r"|\b(?:le poste|la fonction|ce poste) (?:demande|exige|nécessite|requiert)\b"
    r"|\b(?:el puesto|el cargo|la posición) (?:requiere|exige)\b|\b(?:il ruolo|la posizione|la mansione) richiede\b"
    r"|\b(?:a função|o cargo|a vaga) (?:exige|requer)\b|\bde functie (?:vraagt|vereist)\b"
    r"|\bdie (?:stelle|tätigkeit|position) (?:erfordert|verlangt)\b"
    r"|\b(?:kelpoisuusvaatimuksena|kelpoisuusehtona)\b|\b(?:hakijalta|hakijoilta) edellytetään\b"
    r"|\b(?:tehtävä|tehtävän hoitaminen|tehtävän hoito) edellyttää\b"
    r"|\b(?:niezbędn[aey]|wymagan[aey]|konieczn[aey]|potrzebn[aey]) (?:jest|są)\b|\bse solicită\b|\beste necesară\b"
    r"|\b(?:we'd|we would) like you to (?:have|be|hold|bring)\b|\bneed apply\b"
    r"|\bonly [^.]{1,60}? (?:may|can|should|need) apply\b|\bopen to [^.]{1,60}? only\b"
    r"|\b(?:we're|we are) hoping (?:that )?you(?:'ve| have)\b"
    # Checks the hire will need: "… will need an enhanced DBS check", "A pre-employment medical … will be required".
    r"|\bneed (?:an? |the )?(?:basic |standard |enhanced )?dbs\b|\bwill be required\b"
    # Whom the employer will prefer, described: "Candidates who own a two-wheeler … will be preferred".
    r"|\b(?:candidates|applicants) (?:who|with)\b[^.]{3,150}?\b(?:will be|are) (?:preferred|given preference)\b"
    r"|\beste (?:necesar|obligatori[eu]) (?:să|ca)\b"
    r"|\bcandida(?:tul|ții|tii)(?: selectat| selectați)? (?:trebuie|va trebui) să\b"
    r"|\bne (?:dorim|așteptăm|asteptam) (?:să|sa|ca)\b"
    r"|\belvárás(?:unk|aink|ok)?\b|\b(?:szükséges|feltétel)\b|\bkell lennie\b"
    r"|\bolyan (?:kollégát|munkatársat) keresünk\b"
    r"|\bsinulla (?:tulee|pitää) olla\b|\bon esitettävä\b|\bodotetaan\b|\bon välttämätön(?:tä)?\b|\bedellytyksenä\b"
    r"|\bpředpokladem je\b|\bje podmínkou\b|\bje nutností\b|\bje (?:nutn|nezbytn)[éáý]\b"
    r"|\bdůležit[áéý] (?:je|jsou) pro nás\b|\bpro nás (?:je )?důležit[áéý]\b"
    r"|\bhledáme (?:člověka|někoho|kolegu|kolegyni)\b"
    r"|\bserá (?:imprescindible|necesario)\b|\bdebes (?:contar|tener|ser|saber)\b|\b(?:queremos|buscamos) a alguien\b"
    r"|\bse busca (?:una persona|a alguien)\b|\bé requisito\b|\bvocê precisa (?:ter|ser|saber)\b"
    r"|\bpretendemos (?:alguém|alguien)\b"
    r"|\bci aspettiamo\b|\bdevi (?:avere|essere|saper)\b|\bil candidato ideale (?:possiede|ha|è)\b"
    r"|\bkandyda(?:t|tka|ci)(?: \w+)? (?:powin(?:ien|na|ni)|musi|muszą)\b"
    r"|\bwat (?:we|wij) (?:wél |wel )?verwachten\b|\bnous attendons de la personne\b"
)

# "We are looking for …" counts as a requirement only with a "who"/"with" part saying what kind of person.
SEEKING = CaselessPattern(
    r"\b(?:"
    + _factored(
        r"looking for|seeking|searching for|on the lookout for|want(?:ing)? to (?:hire|meet|hear from)|"
        r"seeks?(?! to\b)|in search of|need someone|need somebody|gesucht|"
        r"want(?:s)? (?:someone|somebody|people|a person|an individual)|look for (?:someone|somebody|people|a person)|"
        r"need a person|need is someone|"
        r"would love to hear from|'d love to hear from|(?:would|'d) like someone|(?:are|'re) keen to hear from|"
        r"would (?:particularly )?welcome (?:applicants|applications|candidates)|"
        r"wir suchen|suchen wir|we zoeken|zoeken wij|wij zoeken|zoeken we|"
        r"nous recherchons|buscamos|cerchiamo|procuramos|estamos buscando|estamos à procura de|"
        r"vi söker|söker vi|vi letar efter|vi søger|søger vi|vi søker|søker vi|szukamy|poszukujemy|"
        r"vi ser etter|vi leter etter|busquem|cerquem|nous cherchons|on cherche"
    )
    + r")\b"
)
# Whom the employer seeks described in a clause of its own or by what they have: "… engineers who know
# how to design …", "We zoeken iemand die meedenkt", "Vi söker någon som är självgående", "… einen
# Entwickler, der …", "Wij zoeken iemand met een mbo-diploma", "Buscamos alguien con carnet".
SEEKING_WHO = CaselessPattern(
    r"\b(?:who|die|som|qui|che|que|który|która|którzy|with|met|mit|avec|con|com|med|z|amb)\b|,\s*(?:der|das)\b"
    # … or by the qualities that follow: "Nous cherchons quelqu'un de ponctuel", "Szukamy osoby dokładnej".
    r"|\bquelqu'un de\b|\bosoby (?!(?:na|do)\b)\w+"
)

# What the hire "dovrà" (will have to) have, be, know or show: requirements, not duties.
_NOT_DUTY_AFTER_MUST = r"(?:avere|essere|conoscere|possedere|aver|saper|sapere|dimostrare)\b"
# The stems of the future of having, being, being able, needing and valuing in Italian, Spanish and
# Portuguese ("avrà", "tendrá", "dovranno", "se valorará"): a sentence opening on them states no duty.
_NO_DUTY_FUTURE_STEMS = (
    r"avr|sar|potr|dovr|tendr|ser|ter|poder|deber|dever|habr|contar|valorar|valoriz|apreciar|considerar|"
    r"encontrar|recibir|receber|ricever|disfrutar|desfrutar|godr|costituir|constituir"
)

# Portuguese "você" doing something, now or to come ("Você monta as escalas", "você irá
# desenvolver …"), less what the reader has, is, knows, likes, joins or gets: one more
# alternative of SECOND_PERSON_DUTY, hence its opening "|".
_PORTUGUESE_NOT_DUTY = _factored(
    r"tem|terá|é|será|está|estará|possui|conhece|domina|entende|sabe|fala|gosta|ama|adora|curte|acredita|"
    r"valoriza|quer|deseja|busca|procura|precisa|deve|pode|poderá|consegue|se|ainda|sempre|nunca|também|já|"
    r"recebe|receberá|ganha|ganhará|conta|contará|integra|integrará|soma|somará|entra|fará|faz parte|vai|irá|"
    r"ter|ser|estar|receber|ganhar|contar|integrar|somar|fazer parte|entrar|juntar|crescer|aprender|poder|"
    r"precisar|conseguir|gostar|saber",
    ignore_case=False,
)
_PORTUGUESE_READER_DUTY = (
    r"|\b[Vv]ocê\s+(?:(?:irá|vai)\s+)?(?!(?:" + _PORTUGUESE_NOT_DUTY + r")\b)"
    r"(?!\w+mente\b)[a-zçãõáéíóú]\w*(?:a|e|z|ará|erá|irá|ar|er|ir)\b"
)
# Polish verbs of the second person that describe the reader or what the reader gets, and words
# ending like them that are no verbs ("nasz"): no duty when they open a sentence (see RESPONSIBILITY).
_SOUTH_SLAVIC_NOT_DUTY = (
    r"imati|imat|dobiti|dobit|dobivati|dobivat|moći|moć|učiti|učit|napredovati|napredovat|uživati|uživat|biti|bit|"
    r"postati|postat|raditi u timu"
)
_SLOVENIAN_NOT_DUTY = r"imel|imela|imeli|dobil|dobila|dobili|del|dela|deležen|deležna|deležni|lahko|mogel|mogla"
_POLISH_NOT_DUTY = _factored(
    r"masz|znasz|potrafisz|umiesz|lubisz|chcesz|posiadasz|mówisz|władasz|cenisz|otrzymasz|dostaniesz|"
    r"zyskasz|możesz|musisz|nasz|wasz|wiesz|rozumiesz|dysponujesz|interesujesz|pasjonujesz|czujesz|szukasz|"
    r"myślisz|marzysz|korzystasz|dołączysz|zdobędziesz|rozwiniesz|poznasz|nauczysz|będziesz|pracowałeś|"
    r"pracowałaś|ukończyłeś|ukończyłaś",
    ignore_case=False,
)
# The employer seeking someone to do the work: "We are looking for a DevOps engineer to work on our
# hosting projects", "We need someone to keep the warehouse running", "Nous cherchons une personne pour
# travailler au …", "è alla ricerca di esperti per definire …", "Wir suchen eine Fachkraft, um unsere
# Kunden zu betreuen", "Vi söker en ekonom för att sköta …". Not someone to join a team, strengthen it
# or become part of it, not the reader addressed ("we need you to …"), not the reader's
# own search ("If you are looking for a place to …"), and not an infinitive of a "who" part
# ("engineers who know how to design …", "någon som har en passion för att …") unless a comma
# closes that part.
_SOUGHT_TO_DO = (
    r"(?<!you )(?<!you're )(?<!you are )"
    r"\b(?:looking for|looking to hire|seeking|seeks|searching for|in search of|is hiring|are hiring|'re hiring|"
    r"(?:we're|we are) after|(?:we|we'll|we will) (?:really )?need(?! you\b))\b"
    r"(?! to\b)(?:(?:(?!\b(?:who|that|which|whose)\b|, (?:and|but)\b)[^.;:!?]){1,120}?"
    r"|(?:(?!, (?:and|but)\b)[^.;:!?]){1,160}?,) "
    r"to (?!(?:join|become|be|grow|apply|start|our|the|a|an|your|their|its|this|us|you)\b)(?![a-z]+ing\b)[a-z]+"
    r"|\b(?:recherche|recherchons|cherche|cherchons)\b(?! pour\b)[^.;:!?]{1,160}? "
    r"pour (?!(?:rejoindre|intégrer|renforcer|compléter|étoffer)\b)[a-zéè]+(?:er|ir|re)\b"
    r"|\b(?:busca|buscamos|buscando|procura|procuramos|à procura de)\b(?! para\b)[^.;:!?]{1,160}? "
    r"para (?!(?:unirse|unirte|integrarse|incorporarse|sumarse|reforzar|integrar|somar|juntar|fazer parte|"
    r"formar parte)\b)[a-záéíóúç]+(?:ar|er|ir)(?:se)?\b"
    r"|\b(?:cerca|cerchiamo|alla ricerca di)\b(?! per\b)[^.;:!?]{1,160}? "
    r"per (?!(?:entrare|unirsi|far parte|rafforzare|ampliare|completare)\b)[a-zàèéìòù]+(?:are|ere|ire)\b"
    r"|\b(?:suchen|sucht)\b[^.;:!?]{1,160}? um (?:[^\s.;:!?]+ ){0,6}?zu "
    r"(?!(?:verstärken|ergänzen|erweitern|vergrößern|werden|sein|bewerben)\b)\w+"
    r"|\b(?:zoeken|zoekt)\b(?:(?!\b(?:die|dat)\b)[^.;:!?]){1,160}? om (?:[^\s.;:!?]+ ){0,6}?te "
    r"(?!(?:versterken|komen|worden|zijn|solliciteren|uitbreiden)\b)\w+"
    r"|\b(?:söker|søger|søker)\b(?:(?!\bsom\b)[^.;:!?]){1,160}? (?:för att|for at|for å|til at) "
    r"(?!(?:ansluta|bli|blive|vara|være|förstärka|forstærke|styrke|utöka|slutte|ansöka|søge|søke)\b)\w+"
    # … or someone who will do it: "We need someone who will run our drop-in …".
    r"|\b(?:we|we'll|we will) (?:really )?need (?:someone|somebody|a person) who will (?!(?:have|be|bring)\b)[a-z]+"
)
SOUGHT_TO_DO = CaselessPattern(_SOUGHT_TO_DO)
"""The employer seeking someone to do the work (one of the duties of :data:`RESPONSIBILITY`)."""
# What the hire "will" have or be (requirements: "The analyst will have …", "… will be fluent in …"),
# or get and go through (the offer and the hiring: "… will receive training", "… will be contacted").
_NOT_THE_HIRES_DUTY = (
    r"have|hold|possess|need|bring|receive|get|enjoy|join|report to|be (?:able|expected to have|a|an|based|"
    r"located|paid|offered|eligible|required|comfortable|familiar|proficient|skilled|experienced|fluent|"
    r"passionate|motivated|someone|somebody|given|provided|contacted|notified|invited|asked|subject|"
    r"supervised|co-supervised|mentored|coached|guided|hosted|embedded|enrolled|appointed|employed)"
)
# Words with the ending of a word for a person that name no hire: who hires, who is served, and things.
_NOT_THE_HIRE = (
    r"employer|recruiter|interviewer|hiring manager|customer|user|consumer|member of the public|applicant|"
    r"number|center|centre|letter|order|offer|paper|computer|server|register|semester|quarter|newsletter|"
    r"cover letter|sector|floor|door|factor|error|colou?r|plant|restaurant|grant|committee|fee|guarantee|"
    r"degree|list|shortlist|waitlist|checklist|other|after|either|whether|never|over|under|later|partner|"
    r"provider|vendor|donor|sponsor|major|minor|calendar|cluster|container|transfer|winner|summer|winter"
)
# A duty, stated as what the person in the role does.
RESPONSIBILITY = CaselessPattern(
    _factored(
        # "You'd own our storage engine", not what the reader would rather or like, nor "how you'd tackle it".
        # (The words before are looked behind from after "you'd": a look-behind first is tried at every position.)
        r"\byou'd (?<!\bhow you'd )(?<!\bwhat you'd )(?<!\bwhy you'd )(?<!\bif you'd )"
        r"(?!(?:rather|prefer|like|love|enjoy|be(?! \w+ing\b)|have|need|get|fit|feel|thrive|find|join|want|say|agree|"
        r"know)\b)"
        r"|\byou(?:'ll| will| would| shall)\b(?! (?:also )?(?:have" + _NO_OWNERSHIP + r"|need|bring|possess|"
        r"be (?:a (?:good|great|strong) fit|"
        r"comfortable|familiar|expected to have)|enjoy|get|receive|be (?:paid|offered|eligible)|love|join|report to|"
        r"be (?:based|located|part of|joining|welcomed|supported|supervised|mentored|able|invited|given)\b|"
        r"be asked to (?:upload|submit|send|provide|include|complete)\b|fit|benefit|thrive|feel|"
        r"find (?:a|an|yourself))\b)"
        r"|^as an? [^,.]{2,80}?,? (?:you|your)\b(?!'re|'ve| are| have| bring| possess| know| should| must)"
        r"|^you (?:also |actively |regularly |closely |)(?:"
        + any_of(v for v in DUTY_VERBS.split() if v != "be")
        + r")\b"
        r"|\byour (?:(?:main|primary|key|core|daily|first|chief|principal) )?(?:role|goal|job|mission|"
        r"responsibilit\w*|focus|task\w*|day|days|night|nights|week|weeks|shift|shifts) (?:is|will|includes?)\b"
        # The reader's duties named as such: "Ihre Aufgaben umfassen …", "Zu deinen Aufgaben gehört …",
        # "Vos missions sont …", "Tus funciones serán …", "Jouw taken zijn …", "Dina arbetsuppgifter är …".
        r"|\b(?:ihr|ihre|dein|deine|euer|eure) (?:haupt)?(?:tätigkeit\w*|aufgaben\w*) (?:umfass|beinhalt|besteh|lieg)"
        r"|\bzu (?:ihren|deinen|euren) (?:haupt)?(?:aufgaben|tätigkeiten)\b"
        r"|\bvos (?:principales )?(?:missions|tâches|responsabilités) (?:sont|seront|consist|incluent|comprennent)"
        r"|\b(?:tus|sus) (?:principales )?(?:funciones|tareas|responsabilidades) (?:serán|son|incluyen|consistirán)\b"
        r"|\b(?:i tuoi|le tue) (?:principali )?(?:compiti|mansioni|responsabilità) (?:saranno|sono|includono)\b"
        r"|\b(?:jouw|je|uw) (?:belangrijkste )?(?:taken|verantwoordelijkheden) (?:zijn|omvatten|bestaan)\b"
        r"|\btot (?:jouw|je|uw) (?:taken|verantwoordelijkheden) (?:behoren|horen)\b"
        r"|\b(?:dina|era) (?:huvudsakliga )?(?:arbets)?uppgifter (?:är|blir|kommer|innebär|omfattar)\b"
        r"|\bin this (?:role|position|job)\b"
        r"|\b(?:you(?:'re| are)|you(?:'ll| will) be|will be|du bist|bist du|sie sind|sind sie|je bent|ben je|"
        r"jij bent|ben jij|u bent|bent u) (?:\w+ )?(?:responsible|accountable|in charge|verantwortlich|zuständig|"
        r"verantwoordelijk)\b"
        # "Du kommer att vara ansvarig för …", "Du vil være ansvarlig for …", "I rollen blir du ansvarig för …";
        # not the trait ("Du er ansvarlig og struktureret") nor a question ("Er du ansvarlig for …?").
        r"|\b(?:du (?:(?:kommer att|vil|skal|ska) )?|(?:kommer du att|vil du|skal du|ska du) |(?:blir|er|är) du )"
        r"(?:(?:vara|være|bli|blive|är|er|blir) )?(?:\w+ )?(?:ansvarig|ansvarlig) (?:för|for|över|over)\b(?![^?]*\?)"
        # "Du vil have ansvaret for …", "Du får ansvar för …"; Finnish "Tulet vastaamaan …", "Vastaat …".
        r"|\b(?:du (?:(?:vil|skal|kommer att|ska) )?(?:har|have|ha|får|få) |(?:har|får) du )(?:\w+ )?"
        r"ansvar(?:et)? (?:for|för)\b(?![^?]*\?)|\b(?:tulet vastaamaan|vastaat)\b"
        # What the post foresees, what falls to the reader: "È prevista la partecipazione ai consigli …",
        # "Serão ainda da sua responsabilidade …", "Será de tu responsabilidad …"; not a trial period.
        r"|^(?:è|sono) (?:inoltre |anche |altresì )?previst[aoie] (?!(?:un|il) (?:periodo|contratto)\b)"
        r"|\b(?:da|de) (?:sua|tua) responsabilidade\b|\bde tu responsabilidad\b"
        r"|^(?:the|this) (?:role|position|job) (?:combines|entails|requires that|is responsible|focuses|"
        r"will (?:be responsible|be focused|(?!(?:be|have|require|need|offer|pay|provide|start|close|remain|last|"
        r"suit|give|report|allow|receive|come|begin|end|sit|include|involve|entail|consist|also|operate|follow)\b)[a-z]+\b))"
        # The job said to hold its duties: "The position involves …", "Le poste consiste à …".
        r"|^(?:(?:in addition|additionally|besides|beyond (?:this|that)),? )?"
        r"(?:the|this) (?:role|position|job|post|work)(?: also| will also| will)? "
        r"(?:involves?|includes?|covers?|consists? of|encompass(?:es)?)\b"
        # What a duty just named takes: "This includes allocating work at the start of each shift …".
        r"|^this (?:also )?(?:includes|involves) \w+ing\b"
        # The hire said to be expected to do it: "The post holder is expected to maintain stock …", "You are
        # expected to publish your results …".
        r"|^you(?:'re| are) (?:also )?expected to\b(?! (?:have|hold|be|possess|know|speak)\b)"
        r"|^(?:the )?(?:post ?holder|successful (?:candidate|applicant)|jobholder|job holder|incumbent) "
        r"(?:is|will be) (?:also )?expected to\b(?! (?:have|hold|be|possess)\b)"
        # … or required, and so said of the hire as "they", "he or she", the candidate, the student:
        # "They are also expected to supervise …", "The candidate will also be required to prepare …".
        r"|^(?:(?:they|he|she|s/he|he/she|she/he|he or she|she or he)|(?:the|this) (?:(?:post ?holder|"
        r"successful (?:candidate|applicant)|jobholder|job holder|incumbent)|candidate|student|trainee|"
        r"apprentice|fellow|researcher|postdoc|intern|appointee|employee)) (?:is|are|will|would) (?:also )?"
        r"(?:be )?(?:also )?(?:expected|required) to\b(?! (?:have|hold|be|possess|submit|send|provide|attend|undergo|"
        r"pass|complete|obtain|apply|demonstrate|show)\b)"
        # The duties said to be what follows: "Duties include answering phones …".
        r"|^(?:the |main |key |typical |other |primary |daily )*(?:duties|responsibilities|tasks)"
        r"(?: of (?:the|this) (?:role|position|post|job))? (?:will )?(?:also )?(?:include|involve|consist of)\b"
        # The reader's work said to hold it: "Your work will focus on the library's core …".
        r"|^your (?:work|role|job|time) (?:will )?(?:also )?(?:focus(?:es)? on|includes?|involves?|consists? of)\b"
        # The employer expecting the reader to do it: "We expect you to build and ship …".
        r"|^we(?:'ll| will)? expect you to\b(?! (?:have|hold|be|possess|know|speak|bring|apply|join)\b)"
        r"|^(?:die|diese) (?:stelle|position|tätigkeit|rolle) (?:umfasst|beinhaltet)\b"
        r"|^(?:le|ce) (?:poste|rôle) (?:consiste|comprend|implique|inclut)\b"
        r"|^(?:el|este) (?:puesto|rol|cargo) (?:consiste|incluye|implica|comprende)\b"
        r"|^(?:il|questo) (?:ruolo|posto) (?:prevede|consiste|include|comprende)\b"
        r"|^(?:a|esta) (?:função|vaga|posição) (?:envolve|consiste|inclui|compreende)\b"
        r"|^(?:de|deze) (?:functie|rol|baan) (?:omvat|bestaat uit|houdt in)\b"
        r"|^(?:tjänsten|rollen|jobbet|stillingen) (?:innebär|omfattar|består av|indebærer|omfatter|innebærer)\b"
        r"|^(?:praca|stanowisko) (?:polega|obejmuje)\b"
        # The same in more languages, and the job's share of tasks named first ("Zum Aufgabenbereich
        # gehören …", "Postul presupune …", "Obejmuje to …", "Náplň práce zahŕňa …", "Posao uključuje …").
        r"|^(?:zum|zu (?:ihrem|deinem)) (?:aufgabenbereich|aufgabengebiet|tätigkeitsbereich|verantwortungsbereich) "
        r"(?:gehör|zähl)\w*\b"
        r"|^(?:postul|rolul|jobul|poziția) (?:presupune|include|implică|constă)\b"
        r"|^(?:obejmuje|obejmie) to\b|^(?:náplň (?:práce|pozície|pozice)|pozícia|pozice|práce|práca) "
        r"(?:zahŕňa|zahrnuje|obsahuje|spočívá|spočíva)\b"
        r"|^(?:posao|radno mjesto|radno mesto|delo|delovno mesto) (?:uključuje|obuhvaća|obuhvata|obsega|vključuje)\b"
        r"|^(?:a )?munkakör (?:magában foglalja|magába foglalja|része)\b|^työhön kuuluu\b|^työ sisältää\b"
        r"|\btehtäviin (?:kuuluu|kuuluvat|sisältyy|sisältyvät)\b"
        r"|\bpatri(?:a)? k (?:vašim|tvojim) (?:povinnostiam|úlohám)\b"
        r"|\bpatří k (?:vašim|tvým) (?:povinnostem|úkolům)\b"
        # What falls to the holder, in formal Portuguese: "Ao enfermeiro competirá prestar …".
        r"|^(?:ao|à) [\w ]{1,40}? (?:compete|competirá|caberá|cabe)\b|^compete-lhe\b"
        r"|^(?:cabe|caberá|compete|competirá) (?:ao|à)\b"
        # The hire named in the third person: "The analyst will …", "They will …", "S/he will …", after an
        # opening phrase too ("In spring, the post holder will …").
        r"|^(?:(?:additionally|also|in addition|furthermore|moreover),? |[\w ]{2,30}, )?"
        r"(?:(?:the|this) (?:incumbent|successful candidate|successful applicant|appointee|post[- ]?holder|"
        r"job ?holder|role ?holder|[\w ,/&()-]{0,60}?\b(?:manager|engineer|"
        r"developer|scientist|lead|coordinator|specialist|designer|analyst|director|consultant|officer|"
        r"architect|administrator|tester|executive|associate|assistant|intern|fellow|person|individual|"
        r"candidate|hire|post-?doc|postdoctoral \w+|researcher|student))|they|s/he|he/she|she/he|he or she|she or he)"
        r"(?:'ll(?! (?:also |ideally )?(?:" + _NOT_THE_HIRES_DUTY + r")\b)|\b[\w ,]{0,40}?"
        r"\b(?:will(?! (?:also |ideally )?(?:" + _NOT_THE_HIRES_DUTY + r")\b)|"
        r"leads|manages|oversees|owns|plans|drives|is responsible|coordinates|leverages|serves|handles|maintains|"
        r"prepares|ensures|monitors|assists|organises|organizes|processes|conducts|trains|teaches|"
        r"works|supports|builds|designs|develops|delivers)\b)"
        # Any other hire named by a word for a person that does the work ("The bookkeeper will process
        # payroll", "The nurse will …"), the word just before "will": not the ones who hire, nor things.
        r"|^(?:(?:additionally|also|in addition|furthermore|moreover),? )?(?:the|this) (?:[\w-]+ ){0,3}"
        r"(?!(?:" + _NOT_THE_HIRE + r")\b)(?:[\w-]{2,}(?:er|or|ist|ian|ant|ee)|nurse|clerk|aide|cook|chef|guard)"
        r" will(?! (?:also |ideally )?(?:" + _NOT_THE_HIRES_DUTY + r")\b)"
        r"|\b(?:du|sie) (?:unterstützt|unterstützen|betreust|betreuen|entwickelst|arbeitest|übernimmst|"
        r"koordinierst|leitest|planst|sorgst|berätst|gestaltest|verantwortest|führst)\b"
        r"|\b(?:unterstützt|betreust|entwickelst|arbeitest|übernimmst|koordinierst|leitest|planst|sorgst|"
        r"berätst|gestaltest|verantwortest|führst) du\b|\bbist du (?:die|der|das) \w+"
        r"|\b(?:je|jij|u) (?:gaat|bent verantwoordelijk|werkt aan|ontwikkelt|zorgt)\b"
        # Indonesian and Malay: "Anda akan mengelola …", "Tugas Anda meliputi …", "… bertanggung jawab
        # atas …"; not what the reader will get, join or be ("Anda akan mendapatkan …").
        r"|\b(?:anda|kamu) akan (?!(?:mendapatkan|mendapat|memperoleh|menerima|bergabung|menjadi|bekerja di|"
        r"diberikan|dibayar|ditempatkan)\b)[a-z]+"
        r"|\b(?:tugas|tanggung jawab) (?:utama )?(?:anda|kamu) (?:juga )?(?:adalah|meliputi|termasuk|antara lain)\b"
        r"|\bbertanggung ?jawab (?:atas|untuk|terhadap)\b"
        # "Vous êtes responsable de …", "Eres responsable de …", "Sei responsabile di …", "És responsável por …".
        r"|\b(?:vous êtes|tu es) (?:\w+ )?(?:responsables?|en charge|chargé(?:e|·e)?s?|garant(?:e|·e)?s?) d"
        r"|\beres (?:el |la )?responsable de(?:l)?\b|\bsei (?:il |la )?responsabile d"
        r"|\b(?:você é|és) (?:o |a )?responsável (?:por|pel)"
        r"|\b(?:vous|tu) (?:serez|seras|allez|vas|aurez pour mission|travaillerez|travailleras|participerez|"
        r"participeras|développerez|développeras|piloterez|piloteras|gérerez|géreras)\b"
        r"|\b(?:serás responsable|te encargarás|trabajarás|desarrollarás|participarás|liderarás|gestionarás)\b"
        r"|\b(?:ti occuperai|sarai responsabile|lavorerai|svilupperai|gestirai|parteciperai)\b"
        r"|\b(?:avrà|avranno) (?:il compito|la responsabilità)\b"
        r"|\bsar(?:à|anno) (?:inoltre |anche |infine |altresì |poi )?responsabil[ei]\b"
        r"|\bser(?:á|ão|án) (?:\w+ )?(?:responsável|responsáveis|responsable|responsables) (?:por|pel[oa]s?|de|del)\b"
        r"|\b(?:aura|auront) (?:pour missions?|la charge)\b|\bser(?:a|ont) (?:chargé(?:e|·e)?s?|en charge)\b"
        r"|\btendrá (?:como|la) (?:misión|función|responsabilidad)\b|\bserá (?:el|la) responsable\b"
        r"|\b(?:você (?:vai|irá|será responsável)|atuará|será responsável|desenvolverá)\b"
        # Czech and Slovak: "Budeš zodpovědný/á za …", "Budete zodpovedný za …".
        r"|\b(?:budeš|budete) (?:\w+ )?(?:zodpovědn|zodpovedn|odpovědn)\w*(?:/\w+)? za\b"
        # A sentence opening on a verb in the third person of the future, its subject the hire
        # ("Gestirà i rapporti con le banche.", "Se encargará de …"), but not of having, being,
        # being able, needing or valuing ("Tendrá …", "Dovrà avere …", "Se valorará …").
        r"|^(?:(?:además|asimismo|también|inoltre|anche|também|ainda|além disso),? )?(?:si |se )?"
        r"(?!(?:" + _NO_DUTY_FUTURE_STEMS + r")[àá]\b)\w{3,}(?:erà|irà|arà|ará|erá|irá)\b"
        r"|^(?:si |se )?(?!(?:" + _NO_DUTY_FUTURE_STEMS + r")(?:anno|án)\b)"
        r"\w{3,}(?:eranno|iranno|aranno|arán|erán|irán)\b"
        r"|\b(?:si occuperanno|se encargarán)\b"
        # What the hire will have to do ("Dovrà inoltre utilizzare il muletto."), not to have, be or know.
        r"|\bdovr(?:à|anno) (?:(?!" + _NOT_DUTY_AFTER_MUST + r")\w+ )?"
        r"(?!" + _NOT_DUTY_AFTER_MUST + r")\w+(?:are|ere|ire)\b"
        # … and in Portuguese and Spanish: "Ocasionalmente, terá de assegurar …", "Tendrá que coordinar …".
        r"|\b(?:terá|terão|tendrá|tendrán) (?:de|que) (?!(?:ter|tener|ser|estar|possuir|poseer|dominar)\b)"
        r"[a-zçáéí]\w*(?:ar|er|ir)\b"
        # "Du kommer att arbeta …", "Du vil arbejde …", "Du skal udvikle …", but not what the reader
        # gets, has or is ("Du kommer att få …", "Du skal have erfaring …").
        r"|\bdu (?:kommer (?:också |även )?att|vil|skal|ska) "
        r"(?!(?:få|ha|have|være|vara|bli|kunne|kunna|tilbydes|erbjudas)\b)\w+"
        r"|\bdu (?:(?:kommer att |vil |skal |ska )?(?:få|ha)|får|har) (?:ansvar|ansvaret|hand om)\b"
        r"|\bdu (?:ansvarar|ansvarer)\b"
        # What belongs to the reader's day: "Code-Reviews und Tests gehören für dich zum Alltag".
        r"|\bgehör(?:t|en) (?:für (?:dich|sie) )?(?:(?:ganz )?selbstverständlich )?"
        r"zu(?:m| deinem| ihrem) (?:arbeits)?alltag\b"
        # Taking part in the work: "Du skal være med til at planlægge …", "Du kommer att vara med och bygga …".
        r"|\bdu (?:(?:kommer att|vil|skal|ska) )?(?:være|vara|blir) med (?:til|at|och|på|i) \w+"
        # The same with the verb first, after an opening phrase ("Som salgskonsulent får du ansvaret for …",
        # "I rollen kommer du att arbeta …"); not in a question ("Vil du arbejde hos os?").
        r"|\b(?:får|har) du (?:ansvar|ansvaret|hand om)\b|\b(?:ansvarar|ansvarer) du\b"
        r"|\b(?:kommer du att|skal du|ska du|vil du) (?!(?:få|ha|have|være|vara|bli|kunne|kunna|tilbydes|erbjudas)\b)"
        r"\w+(?![^?]*\?)"
        # What is part of the job: "Velar por … forma parte esencial del puesto", "Consigliare i vini … fa
        # parte del lavoro quotidiano", "Att hålla ordning … är en självklar del av jobbet".
        r"|\b(?:is|are|'s) (?:an? )?(?:\w+ )?part of (?:the|your|this|every|each) (?:job|role|work|shift)\b"
        r"|^(?:it|this|the (?:job|role|work|post)) (?:also )?involves\b"
        r"|\b(?:is|are) (?:a|an|your|our) (?:daily |weekly |key |core |main )?(?:responsibility|task|duty)\b"
        r"|^expect to (?!(?:be paid|earn|receive|get|enjoy|learn)\b)[a-z]+"
        r"|^(?:a big |a large |the main |a |another )?"
        r"(?:(?:big|large|main|key|important|major|core|significant|substantial) )?"
        r"(?:part|most|much|half) of (?:the|your|this) (?:job|role|work|day|week) (?:is|will be|involves)\b"
        # … or its first point of contact: "The planning technician is the first point of contact for …".
        r"|\b(?:is|are|will be|acts as|serves as) (?:the |a )?(?:first |main |primary |key |single )?point of contact\b"
        r"|\b(?:bent|bist|sind|êtes|es|eres|sei|é|är|er) (?:het |de |der |die |le |la |el |il |o |a |den )?"
        r"(?:(?:eerste|erste[rn]?|zentrale[rn]?|centrale|premier|première|primer|primo|principal|första|første) )?"
        r"(?:aanspreekpunt|ansprechpartner(?:in)?|ansprechperson|interlocuteur|interlocutrice|point de contact|"
        r"punto de contacto|punto di riferimento|ponto de contato|contactpersoon|kontaktperson)\b"
        r"|\bforma(?:n)? parte (?:\w+ )?del (?:puesto|trabajo)\b|\bfa(?:nno)? parte del (?:\w+ )?(?:lavoro|ruolo)\b"
        r"|\bfaz(?:em)? parte (?:\w+ )?d[oa] (?:função|trabalho|cargo)\b"
        r"|\bfait (?:aussi |également )?partie (?:du poste|de la fonction|des missions|de vos missions)\b"
        r"|\b(?:är|er) (?:også )?(?:en |et )?(?:\w+ )?del (?:av|af) "
        r"(?:jobbet|jobben|arbetet|arbeidet|arbejdet|tjänsten|stillingen|vardagen|hverdagen|arbetsdagen|"
        r"arbeidsdagen|arbejdsdagen)\b"
        r"|\bhoort (?:ook |eveneens )?bij (?:de|je|jouw) (?:functie|baan|taken|werkzaamheden)\b"
        r"|\bgehört (?:auch |ebenfalls )?zu (?:deinen|ihren|den) aufgaben\b"
        r"|^do (?:zadań|obowiązków)(?: \w+)? (?:należy|należą|należeć będzie|będzie należało|będą należały)\b"
        r"|^(?:caber|competir)-lhe-á\b"
        # Taking part in shaping it: "Du är med och formar …", "Du er med til at udvikle …".
        r"|\b(?:du (?:är|blir|er|bliver)|(?:är|blir|er) du) med (?:och|til at|til å|på å) \w+"
        # What the job includes: "I tjänsten ingår …", "I stillingen inngår …", "I jobbet indgår …".
        r"|\bi (?:tjänsten|rollen|arbetet|jobbet|uppdraget|stillingen|arbeidet|arbejdet) (?:ingår|inngår|indgår)\b"
        r"|\bbędziesz (?!(?:mieć|miał|miała|otrzymywać|otrzymasz|korzystać|mógł|mogła)\b)\w+"
        # Croatian, Serbian and Bosnian: the reader's future ("Brinut ćeš se za …", "Pomoći ćeš kolegama …",
        # "Povremeno ćeš predstavljati …", "Bit ćeš zadužen za …"); not having, getting, learning or being.
        r"|\b(?:ćeš|ćete) (?:se )?(?!(?:" + _SOUTH_SLAVIC_NOT_DUTY + r")\b)\w+(?:ti|ći)\b"
        r"|\b(?!(?:" + _SOUTH_SLAVIC_NOT_DUTY + r")\b)\w+(?:t|ti|ći) (?:ćeš|ćete)\b(?! (?:priliku|mogućnost)\b)"
        r"|\b(?:bit (?:ćeš|ćete)|(?:ćeš|ćete) biti) (?:odgovor|zadužen)\w*"
        r"|^(?:tvoj|vaš) (?:posao|zadatak) (?:bit će|će biti) \w+(?:ti|ći)\b"
        # Slovenian: "Skrbel boš za …", "Boš pripravljala …", "Odgovorni boste za …"; not having or getting.
        r"|\b(?:boš|boste) (?!(?:" + _SLOVENIAN_NOT_DUTY + r")\b)\w+(?:l|la|li)\b"
        r"|\b(?!(?:" + _SLOVENIAN_NOT_DUTY + r")\b)\w+(?:l|la|li) (?:boš|boste)\b"
        r"|\bodgovor(?:en|na|ni) (?:boš|boste)\b"
        # Polish duties in the present or perfective future, opening the sentence: "Projektujesz i
        # wdrażasz …", "Zajmiesz się …"; not having, knowing, liking, getting or joining ("Masz …").
        r"|^(?:i |oraz |także |również |dodatkowo |ponadto |na co dzień |codziennie |w weekendy |w pracy )?"
        r"(?!(?:" + _POLISH_NOT_DUTY + r")\b)[a-ząćęłńóśźż]{3,}(?:esz|asz|isz|ysz)\b"
        r"|\b(?:do twoich (?:obowiązków|zadań)|twoim zadaniem|twoje zadania|twoja rola)\b"
        # Czech and Slovak: "Vaší náplní práce bude …", "Budete komunikovat …", "Budete mít na starosti …";
        # not what the reader will have, may or will get ("Budete mít možnost …").
        r"|\b(?:součástí|náplní|súčasťou|náplňou) (?:vaší |tvé |vašej |tvojej )?(?:práce|pozice|pozície|role|funkce) "
        r"(?:je|bude|budú|jsou)\b"
        r"|\b(?:vaší|vaše|vašou|tvojí|tvoje|tvojou) (?:hlavní |hlavnou |pracovní |pracovnou )?"
        r"(?:náplní|náplň|náplňou|úkolem|úkoly|úlohou|úlohy)\b"
        r"|^(?:také |tiež |dále |ďalej )?budete (?:také |tiež )?"
        r"(?!(?:mít|mať|moci|môcť|dostávat|dostávať|součástí|súčasťou|pracovat v|pracovať v)\b)\w+"
        r"|\bbudete (?:mít|mať) na starosti\b|\bbudete zodpovědn|\bbudete zodpovedn"
        # … later in the sentence ("Ako finančný analytik budete zodpovedať za …"), or after the infinitive
        # ("Analyzovať budete odchýlky …").
        r"|\bbude(?:te|š) (?:také |tiež )?(?!(?:mít|mať|moci|môcť|dostávat|dostávať|pracovat|pracovať|být|byť)\b)"
        r"\w+(?:ť|t)\b|^(?!(?:mít|mať|být|byť|dostávat|dostávať)\b)\w+(?:ť|t) bude(?:te|š)\b"
        # Turkish: the reader's future ("hazırlayacaksınız", "takip edeceksiniz"; "\w" stands for the dotless
        # "ı"), not what the reader will be, get, join or enjoy ("olacaksınız", "alacaksınız", "katılacaksınız").
        # The ending is looked for first, and the word's start only behind it: cheap where it is absent.
        r"|(?:acak|ecek)(?<=\w{5})(?<!\bol\w{4})(?<!\bal\w{4})(?<!\bkazan\w{4})(?<!\bkat\wl\w{4})"
        r"(?<!\byararlan\w{4})(?<!\bfaydalan\w{4})s(?:\wn\wz|iniz|\wn|in)\b"
        # Romanian: "Vei colabora cu …", "Vei fi responsabil de …"; not what the reader will have or get.
        r"|\bvei (?:fi (?:responsabil|responsabilă|implicat|implicată)\b|"
        r"(?!(?:avea|beneficia|primi|fi|face|putea|deveni|lucra într)\b)[a-zăâîșț]{3,})"
        # Hungarian: "Feladatod lesz …", "Feladataid közé tartozik …".
        r"|\bfeladat(?:od|aid|a|ai) (?:lesz|lesznek|közé tartozik)\b"
        # Finnish: "Tehtäviisi kuuluu …" (your tasks include), "Vastaat …" (you are responsible for).
        r"|\b(?:työ)?tehtäviisi kuulu(?:u|vat)\b|\btehtävänäsi on\b|\bvastuullasi on\b"
        # Finnish names the reader in the verb's ending alone: "Vastaat …", "Työssäsi ohjaat …".
        r"|^(?:(?:työssäsi|tehtävässäsi|lisäksi|myös)\s+)?(?:vastaat|osallistut|ohjaat|huolehdit|suunnittelet|"
        r"kehität|toteutat|hoidat|työskentelet|johdat|koordinoit|palvelet|asennat|korjaat|valmistat|opetat|"
        r"hallinnoit|raportoit|varmistat|analysoit|ylläpidät|tuet|autat|seuraat|teet|käyt|kirjaat|avustat|neuvot|"
        r"opastat|myyt|tarjoilet|siivoat|valmistelet|laadit|testaat|tarkistat|arvioit|dokumentoit|vastaanotat|rakennat|"
        r"kuljetat|pakkaat|lastaat|ajat|perehdytät)\b"
        # German lists a duty as belonging to the job: "Dazu gehört die Erstellung …".
        r"|^(?:dazu|hierzu|ebenso|außerdem|zudem) gehör(?:t|en)\b"
        # … and so do other languages, of the post or its holder: "Zum Aufgabengebiet gehören …", "Ferner
        # obliegt der Stelleninhaberin …", "Le ou la titulaire du poste assure …", "… lui seront confiées",
        # "El puesto conlleva …", "Cabe-lhe …", "Le verrà affidata …", "Osoba na tym stanowisku będzie …",
        # "Do jej zadań należy …", "Printre atribuții se numără …", "Candidatul selectat va …", "A munkakörbe
        # tartozik …", "Vaším úkolem bude …", "Työhösi kuuluu …", "Arbeidsoppgavene består …", "Derudover indgår".
        r"|\bzu(?:m aufgabengebiet| den aufgaben) gehör(?:t|en)\b|\bobliegt (?:der|dem|ihr|ihm)\b"
        r"|\b(?:le ou la |la |le )?titulaire du poste (?!(?:doit|devra|possède|détient|a)\b)\w+"
        r"|\bla personne titulaire\b|\brelèvent de sa responsabilité\b|\blui seront confiées?\b"
        r"|\bel puesto conlleva\b|\bserá (?:también )?tarea de\b|\btendrás que\b"
        r"|\b(?:habrá|hay) que (?!(?:tener|ser|estar|contar|disponer|saber|poder)\b)\w+(?:ar|er|ir)\b"
        r"|^cabe-lhe\b|\bo (?:profissional|colaborador) (?:irá|deverá|vai)\b"
        r"|\ble verr(?:à|anno) affidat[ie]?\b|\bosoba (?:zatrudniona )?(?:na tym stanowisku )?będzie\b"
        r"|\bdo (?:jej|jego) (?:zadań|obowiązków) (?:należ(?:y|ą|eć)|będ)\w*\b|\b(?:jej|jego) zadaniem będzie\b"
        r"|\bprintre atribuții(?:le)? (?:se numără|sunt)\b|\bcandidatul selectat va\b"
        r"|\ba munkakörbe tartozik\b|\bvaším úkolem bude\b|\bdo (?:vaší|jeho|její) kompetence (?:bude )?patří\w*\b"
        r"|\b(?:työhösi|tehtävään|tehtäviin) kuulu(?:u|vat)\b|^(?:toimit|purat)\b"
        # "Työssäsi pääset kehittämään …" (in your work you get to develop …).
        r"|^(?:(?:työssäsi|tehtävässäsi|lisäksi|myös)\s+)?pääset \w+(?:maan|mään)\b"
        r"|\barbeidsoppgavene (?:består|omfatter)\b|\bstillingen indebærer\b"
        r"|^(?:i tillegg|dessutom|desuden|derudover|endvidere|dertil) (?:ingår|inngår|indgår)\b"
        # "Your job will be …" in other languages: "Será sua função …", "Votre rôle sera de …".
        r"|\b(?:será|é) (?:sua|a sua|tua|a tua) (?:função|missão|responsabilidade)\b"
        r"|\b(?:sua|tua) (?:função|missão) (?:é|será)\b|\btu (?:función|misión|rol) (?:es|será)\b"
        r"|\b(?:votre|ton) (?:rôle|mission) (?:est|sera)\b|\bil tuo (?:compito|ruolo) (?:è|sarà)\b"
        r"|\b(?:deine|ihre) (?:aufgabe|rolle) (?:ist|wird)\b|\b(?:je|jouw) (?:taak|rol) (?:is|wordt)\b"
        # Japanese asks the hire to do the work ("…を行っていただきます", "…をお任せします"); Chinese
        # opens a duty on being responsible for it ("负责…").
        r"|ていただ(?:きます|く(?:予定|こと))|お任せ(?:します|いたします)|担当(?:して)?いただ|^(?:负责|負責)"
        # … or asks it of them: "…のサポートをお願いします" (not "ご応募をお願いします", applying).
        r"|をお願い(?<!応募をお願い)(?<!連絡をお願い)(?<!提出をお願い)(?:します|いたします)"
        # Korean tells the hire what they will come to do or take charge of ("…를 담당하게 됩니다").
        r"|(?:하게|하시게) 됩니다|담당(?:합니다|하십니다|하실 예정)"
        # and what the role does, a verbal noun of work ending the sentence ("채무를 관리합니다.",
        # "대응도 함께 진행합니다."), not what is preferred, sought or offered ("우대합니다", "제공합니다").
        r"|(?:관리|개발|운영|진행|작성|기획|분석|설계|수행|담당|대응|처리|검토|구축|개선|협업)(?:합니다|하십니다)[.!]?$"
        # What the duties include: "Entre sus funciones estarán …", "Entre as funções estão …", "Tra i suoi
        # compiti rientrano …", "Parmi ses missions …"; what the work involves or is entrusted: "Il lavoro
        # prevede …", "Gli verranno inoltre affidate …", "Sarà il punto di riferimento …".
        r"|\bentre (?:sus|tus|las) (?:principales )?(?:funciones|tareas|responsabilidades)(?: principales)? "
        r"(?:estarán|están|se encuentran|figuran|destacan)\b"
        r"|\bentre as (?:suas )?(?:principais )?(?:funções|tarefas|atividades|atribuições) "
        r"(?:estão|estarão|destacam-se|incluem-se)\b"
        r"|\btra i (?:suoi |tuoi )?(?:principali )?compiti (?:ci sono|rientrano|figurano|vi sono|vi saranno)\b"
        r"|\bparmi (?:ses|vos|tes) (?:principales )?(?:missions|tâches)\b"
        r"|\b(?:il lavoro|la mansione|il ruolo|la posizione) (?:prevede|consiste)\b"
        r"|\bel (?:trabajo|puesto) consiste en\b"
        r"|\bo (?:trabalho|cargo) consiste em\b|\ble poste consiste à\b"
        # What the hire may be asked or set to do: "Potrà essere chiamato a …", "Il pourra être amené à …".
        r"|\b(?:potrà|potranno) (?:anche |inoltre )?essere chiamat[oaie] a\b"
        r"|\bpourra (?:aussi |également )?être amené(?:e|·e)? à\b"
        r"|\bsarà (?:inoltre |anche )?(?:impegnat|impiegat)[oa](?:/a)? (?:nel|nella|nei|nelle|in)\b"
        r"|\bsarà (?:inoltre |anche )?chiamat[oa](?:/a)? a\b|\bsarà (?:inoltre |anche )?titolare di\b"
        # What the work consists of: "Arbetet består främst av …", "Arbeidet består av …".
        r"|\b(?:arbetet|arbeidet) består (?:främst |huvudsakligen |bland annat |blant annet |hovedsakelig )?av\b"
        r"|\barbejdet består (?:primært |blandt andet )?af\b|\b(?:arbejdet|arbeidet|arbetet) (?:omfatter|omfattar)\b"
        r"|\bfac parte din (?:activitatea|atribuțiile|munca)\b"
        # Spanish and Portuguese: what the hire "deberá" / "deverá" do, not have, be or know.
        r"|\b(?:deberá|deverá) (?:también |además |também |ainda )?(?!(?:tener|ser|contar|poseer|estar|acreditar|saber|"
        r"dominar|ter|possuir|conhecer|apresentar)\b)\w+(?:ar|er|ir)\b"
        r"|\bcabe (?:também |ainda )?(?:a ele|a ela|ao|à)\b"
        r"|\b(?:sarà|saranno|verrà|verranno) (?:inoltre |anche )?affidat[aeio]\b"
        r"|\bsarà (?:inoltre |anche )?(?:il|la) (?:punto di riferimento|referente)\b"
        # Czech: the hire's future, opening the sentence ("Dále bude zpracovávat …"), not having or may.
        r"|^(?:také |dále |rovněž )?bude (?!(?:mít|moci|dostávat|pracovat v)\b)\w+(?:at|it|ovat|ět|et|out|st|ci)\b"
        r"|" + _SOUGHT_TO_DO
    )
)

# The reader addressed in the present tense in other languages: "vous encadrez", "je geeft",
# "leiten Sie", "visiterai". Verbs of having, being, knowing and speaking describe the
# candidate (a requirement); any other verb is a duty.
_SECOND_PERSON_TRAIT_VERBS = (
    r"avez|êtes|maîtrisez|savez|disposez|parlez|possédez|justifiez|aimez|aimes|adorez|adores|souhaitez|"
    r"souhaites|voulez|veux|as|es|maîtrises|sais|"
    r"hast|bist|verfügst|bringst|sprichst|kannst|liebst|magst|denkst|möchtest|willst|beherrschst|kennst|besitzt|"
    r"fühlst|haben|sind|verfügen|bringen|sprechen|können|lieben|mögen|denken|möchten|wollen|beherrschen|kennen|"
    r"besitzen|fühlen|"
    r"hebt|bent|beschikt|spreekt|kunt|weet|wilt|houdt|vindt|"
    r"tienes|eres|cuentas|hablas|sabes|tiene|es|cuenta|"
    r"tem|é|possui|fala|sabe|"
    r"hai|sei|possiedi|parli|sai|"
    r"har|är|er|talar|taler|snakker|behärskar|behersker|gillar|liker|älskar|elsker|brinner|brænder|brenner|"
    r"trivs|trives"
)
_SECOND_PERSON_TRAIT_VERBS = _factored(_SECOND_PERSON_TRAIT_VERBS, ignore_case=False)
# What the reader joins, gets or grows in ("Vous rejoindrez une équipe", "Du bekommst …"): no duty.
_SECOND_PERSON_NEITHER = _factored(
    r"rejoindrez|rejoindras|rejoignez|rejoins|intégrerez|intégreras|intégrez|intègres|bénéficierez|"
    r"bénéficieras|bénéficiez|bénéficies|recevrez|recevras|recevez|profiterez|profiteras|profitez|profites|"
    r"évoluerez|évolueras|évoluez|évolues|bekommst|erhältst|krijgt|ontvangt",
    ignore_case=False,
)

# Swedish, Danish and Norwegian words ending in "r" that are no duty beside "du": having, being,
# being able, getting (a benefit), and the words of "or", "where", "when", "for" ….
# Talking with people ("Du snakker med brukere …") is work, where speaking a language is a skill.
_NORDIC_TALKING_WITH = r"(?:talar|taler|snakker)\s+med\b"
_NORDIC_NOT_DUTY = (
    r"(?:har|är|kan|får|talar|behärskar|gillar|tycker|trivs|er|snakker|liker|vil|skal|bør|ska|eller|där|når|"
    r"när|efter|över|under|hur|var|vår|här|för|mer|per|hvor|der|her|før|enn|fordi|der)"
)
# The reader's duties in words that are none of the reader's pronouns of SECOND_PERSON_DUTY
# (vous, tu, je, jij, du, Sie): a verb in the future tense opening the sentence, or after a word
# that adds it to others ("Visiterai …", "También colaborarás …", "Predisporrai …", "Harás …"),
# "Ti occuperai …", "La risorsa si occuperà …". Not what the reader will have at hand
# ("Disporrai di un portatile").
_ADDING_OPENER = (
    r"(?:(?:[Tt]ambién|[Tt]ambé|[Aa]demás|[Aa]simismo|[Ii]noltre|[Aa]nche|[Ii]nfine|[Pp]oi|[Ff]inalmente),?\s+)?"
)
# Czech verbs of having, being, knowing, wanting or getting in the reader's person: a trait or a benefit.
_CZECH_NOT_DUTY = (
    r"máš|máte|jsi|jste|umíš|umíte|znáš|znáte|mluvíš|mluvíte|ovládáš|ovládáte|chceš|chcete|dostaneš|dostanete|"
    r"získáš|získáte|můžeš|můžete|potřebuješ|potřebujete|hledáš|hledáte|rozumíš|rozumíte|zvládáš|zvládáte|"
    r"orientuješ|orientujete|disponuješ|disponujete|vyznáš|vyznáte|těšíš|těšíte|baví"
)
# Hebrew verbs of the reader's future that are no duty: getting, enjoying, joining, being able to.
_HEBREW_NOT_DUTY = r"(?:תקבלו|תיהנו|תהנו|תצטרפו|תוכלו|תזכו|תרוויחו)(?=\s)"
# Spanish "vas a …" that is no duty: what the reader will have, get, be or join.
_SPANISH_NOT_DUTY = r"tener|recibir|formar|contar|disfrutar|poder|ser|estar|sumarte|unirte|crecer|aprender|cobrar"
# The reader's future of having, getting or enjoying ("Riceverai buoni pasto", "Tendrás un contrato
# indefinido", "Disfrutarás de …"): what the job gives, no duty.
_GETTING_FUTURE_STEMS = (
    r"ricever|recibir|receber|avr|godr|disfrutar|desfrutar|tendr|ter|otterr|obtendr|beneficer|gaudir|cobrar|formar"
)
_UNNAMED_READER_DUTY = (
    # Catalan joins "te" to the verb ("T'encarregaràs de …") and says "you'll have to" as "Hauràs de".
    r"^" + _ADDING_OPENER + r"(?:[Tt]['’])?(?:(?!(?i:" + _GETTING_FUTURE_STEMS + r")(?:ai|ás|às)\b)"
    r"\w+(?:erai|irai|arai|arás|erás|irás|aràs|eràs|iràs)|(?:[Mm]ant|[Tt])errai|[Hh]arás"
    r"|(?!(?:[Dd]isporrai|[Dd]ispondrás)\b)\w*(?:porrai|pondrás|durrai))\b"
    r"|\b(?:ti occuperai|te encargarás|si occuperà|se encargará)\b|^" + _ADDING_OPENER + r"[Hh]auràs de\b"
    # Portuguese leaves "você" out: "Vai atender os clientes …", "Também irá escrever …".
    r"|^(?:(?:[Tt]ambém|[Aa]inda|[Aa]lém disso,?)\s+)?(?:[Vv]ai|[Ii]rá)\s+(?:(?:ainda|também|igualmente)\s+)?"
    r"(?!(?:" + _PORTUGUESE_NOT_DUTY + r")\b)[a-zçáéí]\w*(?:ar|er|ir)\b"
    r"|^(?i:la risorsa|la figura|il candidato|la candidata|la persona|el candidato|la candidata|la persona|"
    r"o candidato|a candidata|a pessoa|o profissional|a profissional|el profesional|la profesional)"
    r"(?:\s+\w+(?:ad[ao]|at[ao]|id[ao]|it[ao]))?\s+(?:(?:si|se|también|inoltre|anche|também)\s+)?"
    r"\w+(?:erà|irà|arà|ará|erá|irá)\b"
    # Spanish "Vas a liderar …" (tú and vos): the reader's future.
    r"|^(?:[Tt]ambién\s+)?[Vv]as a\s+(?!(?:" + _SPANISH_NOT_DUTY + r")\b)\w+(?:ar|er|ir)\b"
    # Czech: "Budeš navrhovat …", "Budete řídit …", and the reader's verb in the present opening the
    # sentence ("Podílíš se na …", "Spolupracuješ s …", "Zodpovídáte za …").
    r"|^[Bb]ude(?:š|te)\s+(?!(?:mít|být|dostávat|součástí)\b)\w+t\b"
    r"|^(?:(?i:s|se|v|ve|na|u|při|pro|k|ke|po|také|dále|navíc|denně) \w+ )?"
    r"(?!(?i:" + _CZECH_NOT_DUTY + r"|budeš|budete)\b)\w+(?:íš|eš|áš|íte|áte|ujete)\b"
    # Turkish puts the verb last: "Bordro süreçlerini yönetecek.", "… koordine edeceksiniz." (the hire's
    # or the reader's future), but not what they will be, have or get.
    r"|\b(?!(?:olacak|alacak|kazanacak|edinecek|bulacak|sahip)\w*)\w+(?:ecek|acak)(?:tir|tır|sin|sın|siniz|sınız)?"
    r"\W*$"
    # Hebrew opens on the reader's future ("תפתחו פיצ'רים …", "תהיו אחראים על …"), but not on what the
    # reader will get, enjoy or join; Arabic on the hire's future ("سيتولى …", "ستقوم بـ …") or their charge
    # ("سيكون المرشح مسؤولاً عن …").
    r"|^(?!" + _HEBREW_NOT_DUTY + r")ת[\u05d0-\u05ea]{2,}ו(?=\s)"
    r"|^و?(?:سي|ست)(?:تولى|عمل|قوم|شارك|دير|طور|نفذ|تابع|عد)"
    r"|مسؤول(?:ا|اً|ة)?\s+عن\b"
)
# Working "sicher" (confidently) with a tool is a skill, not a duty: "Sie arbeiten sicher mit DATEV";
# doing something "gern" (gladly) is a trait: "Sie arbeiten gern im Team", "Du schreibst gerne guten Code"
# (all 7 such sentences in the labelled corpora are requirements).
_WORKING_CONFIDENTLY_OR_GLADLY = r"\s+(?:(?:sehr\s+)?sicher\s+(?:mit|in)\b|(?:auch\s+|sehr\s+|besonders\s+)?gerne?\b)"
_NOT_WORKING_CONFIDENTLY_OR_GLADLY = r"(?!" + _WORKING_CONFIDENTLY_OR_GLADLY + ")"
SECOND_PERSON_DUTY = re.compile(
    r"\b(?:[Vv]ous|[Tt]u)\s+(?!(?:" + _SECOND_PERSON_TRAIT_VERBS + "|" + _SECOND_PERSON_NEITHER + r")\b)"
    r"\w+(?:ez|es|is|ds|ts|ras)\b"
    r"|\b(?:[Jj]e|[Jj]ij)\s+(?!(?:" + _SECOND_PERSON_TRAIT_VERBS + "|" + _SECOND_PERSON_NEITHER + r")\b)\w+t\b"
    r"|(?:^|,\s*|\b(?:[Aa]ußerdem|[Zz]udem|[Dd]abei|[Hh]ier|[Dd]ort|[Tt]äglich|[Gg]emeinsam)\s+)"
    r"(?:[Dd]u\s+(?!(?:"
    + _SECOND_PERSON_TRAIT_VERBS
    + "|"
    + _SECOND_PERSON_NEITHER
    + r")\b)\w+st|\w+(?:st|t)\s+du)\b"
    + _NOT_WORKING_CONFIDENTLY_OR_GLADLY
    # The verb before "Sie" in the sentence ("Bei uns planen Sie …", "Zudem kümmern Sie sich …"), not
    # opening it or after "und": an imperative there asks the reader to apply or to do something now
    # ("Bewerben Sie sich …").
    + r"|(?<=\S\s)(?<!\bund\s)\b(?!(?:"
    + _SECOND_PERSON_TRAIT_VERBS
    + r")\b)\w+e[lr]?n\s+Sie\b|\bSie\s+(?!(?:"
    + _SECOND_PERSON_TRAIT_VERBS
    + r")\b)\w+e[lr]?n\b"
    + _NOT_WORKING_CONFIDENTLY_OR_GLADLY
    + "|"
    + _UNNAMED_READER_DUTY
    # The verb before the pronoun, as German, Dutch and the Nordic languages put it after an opening
    # phrase ("Gemeinsam mit dem Team entwickelst du …", "Daarnaast begeleid je …", "… plockar du …").
    # Verbs are lower case; the words left out end the same way but are no verbs, or speak of
    # what the reader gets (a benefit) or is (a requirement). The first look (a word, then the
    # pronoun) spares trying the lists of words left out at every word.
    + r"|\b(?=[a-zäöüåæøë]\w*\s+(?:du|je|jij)\b)(?:"
    r"(?!(?:" + _SECOND_PERSON_TRAIT_VERBS + r"|nicht|damit|jetzt|selbst|bereits|zuerst|erst|oft|meist|stets|"
    r"dort|somit|seit|sobald|bevor|falls|bekommst|erhältst|att|at)\b)[a-zäöü]\w*(?:st|t)\s+du\b"
    + _NOT_WORKING_CONFIDENTLY_OR_GLADLY
    + r"|(?!(?:"
    + _SECOND_PERSON_TRAIT_VERBS
    + r"|met|voor|op|aan|bij|van|in|naar|over|door|om|tot|uit|als|dat|"
    r"die|wat|waar|hoe|of|en|maar|zodat|omdat|wil|zou|kun|kan|mag|heb|ben|krijg|verdien|ontvang)\b)"
    r"[a-zë]\w*\s+(?:je|jij)\s+(?=\w)"
    r"|(?!" + _NORDIC_NOT_DUTY + r"\b)[a-zåäöæø]\w*r\s+du\b)"
    r"|\b[Dd]u\s+(?!(?!"
    + _NORDIC_TALKING_WITH
    + ")"
    + _NORDIC_NOT_DUTY
    + r"\b)[a-zåäöæø]\w*r\b"
    + _PORTUGUESE_READER_DUTY
)
SECOND_PERSON_DUTY_UNNAMED = re.compile(_UNNAMED_READER_DUTY)
"""What SECOND_PERSON_DUTY finds in a text that holds none of the reader's pronouns."""
SECOND_PERSON_TRAIT = re.compile(
    r"\b(?:[Vv]ous|[Tt]u|[Dd]u|[Jj]e|[Jj]ij|Sie)\s+(?!"
    + _NORDIC_TALKING_WITH
    + ")(?:"
    + _SECOND_PERSON_TRAIT_VERBS
    + r")\b"
    r"|\b(?:hast|bist|verfügst|haben|sind|verfügen)\s+(?:du|Sie)\b"
    + r"|\b(?:(?:Sie|[Dd]u)\s+\w+(?:en|st)|du)"  # "Sie arbeiten sicher mit …", "Zudem arbeitest du sicher …"
    + _WORKING_CONFIDENTLY_OR_GLADLY
    # Dutch asks it with the verb first: "Heb jij een diploma?", "Spreek je Engels?"
    + r"|\b(?:[Hh]eb|[Bb]en|[Ss]preek|[Bb]eschik|[Kk]un|[Ww]oon)\s+(?:je|jij)\b"
    # Swedish, Danish and Norwegian put the verb before "du" after a phrase that opens the sentence
    # ("Dessutom har du körkort", "Som person er du nysgjerrig"), but not what the reader is offered.
    r"|\b(?:[Hh]ar|[Ää]r|[Ee]r|[Gg]illar|[Ll]iker|[Ee]lsker|[Ää]lskar|[Bb]rinner|[Bb]renner|[Bb]rænder|[Tt]alar|"
    r"[Ss]nakker|[Tt]aler|[Bb]ehärskar|[Bb]ehersker)\s+du\b"
    r"(?!\s+(?:möjlighet|mulighed|mulighet|chansen?|tillgång|adgang|tilgang)\b)"
    # Portuguese and Spanish name the reader anywhere in the sentence: "Além disso, você é organizado".
    r"|\b(?:[Vv]ocê|[Tt]ú)\s+(?:tem|é|possui|fala|sabe|domina|conhece|gosta|tienes|eres|cuentas|hablas|sabes|"
    r"dominas|conoces)\b"
)

# Weaker signs of a requirement: the candidate described as they are.
QUAL_WEAK = CaselessPattern(
    r"^(?:you(?:'re| are| have|'ve| bring| possess| know| understand| really| thrive| enjoy| love| care| take pride|"
    r" can demonstrate| should| must)\b(?! (?:the |an? )?(?:opportunity|chance|freedom|access|possibility))"
    r"|du (?:hast|bist|verfügst|bringst|zeichnest|hälst|hältst|sprichst|kannst)\b"
    r"|ihr (?:habt|seid|verfügt|bringt|sprecht|könnt)\b"
    r"|sie (?:haben|sind|verfügen|bringen)\b|als idealer|je (?:hebt|bent|beschikt)\b"
    r"|vous (?:avez|êtes|maîtrisez)\b|tu (?:as|es|maîtrises)\b|(?:tienes|eres|cuentas con)\b"
    # Spanish, Italian and European Portuguese leave the pronoun out: "Conoces SQL", "Te gusta …".
    r"|(?:conoces|dominas|sabes|hablas|manejas|disfrutas|te (?:gusta|gustan|encanta|apasiona)|has trabajado)\b"
    r"|(?:conosci|parli|ti piace|ti piacciono|conheces|falas|gostas)\b"
    r"|(?:você tem|você é|possui|tens|és)\b|(?:hai|sei|possiedi)\b"
    r"|du (?!(?:talar|taler|snakker) med\b)"
    r"(?:har|är|er|behärskar|behersker|talar|taler|snakker|gillar|liker|älskar|elsker)\b"
    r"|(?:masz|jesteś|posiadasz|znasz|potrafisz|władasz|umiesz)\b|(?:sinulla on|olet)\b"
    # Indonesian and Malay: "Anda memiliki …", "Kamu menguasai …".
    r"|(?:anda|kamu) (?:memiliki|mempunyai|menguasai|mampu|berpengalaman|terbiasa|menyukai|fasih)\b"
    # Czech and Slovak: "Máte praxi …", "Jste spolehlivý …", "Ste …".
    r"|(?:máte|jste|ovládáte|umíte|znáte|mluvíte|disponujete|ste|ovládate|viete|hovoríte)\b"
    # The hire described in the third person, the subject left out: "Conosce il gestionale …",
    # "Posee carnet de conducir", "Conhece SQL".
    r"|(?:conosce|possiede|è in possesso|ha maturato|posee|conoce|domina|conhece)\b)"
)


@dataclass(frozen=True)
class ReaderCues:
    """Cues of the reader addressed in a language whose letters the tables above cannot hold.

    Those tables read lower-cased text case-sensitively; Cyrillic and Greek letters (some have case
    partners that lower-casing does not give) and Vietnamese ones would make a table match with
    ``re.IGNORECASE`` and pass its gate, for every posting. These patterns are matched against
    ``text.lower()``, and tried only on text that holds one of :attr:`words`.
    """

    words: frozenset[str]
    """Every match of :attr:`duty` and :attr:`trait` holds one of these words (as :func:`words_of` gives them)."""
    duty: re.Pattern[str]
    """What the reader will do: a duty cue, as "You will …" is."""
    trait: re.Pattern[str]
    """What the reader is or has, or must have: as "Du hast …" (opening the sentence, also a weak requirement)."""


# Russian and Ukrainian: "Вы будете вести учёт", "Вам предстоит …", "Ви відповідаєте за …"; "Вы владеете
# Excel", "У вас есть опыт …", "Мы ожидаем от вас …". Not what the reader will get ("Вы будете получать …").
_CYRILLIC_NOT_DUTY = (
    r"получать|иметь|являться|быть|частью|отдыхать|расти|развиваться|учиться|работать в|"
    r"отримувати|мати|бути|розвиватися|навчатися|зростати|працювати в"
)
CYRILLIC_READER = ReaderCues(
    words=frozenset(
        "вы ты ви ти вам вас тебя тебе ваши твои ваших твоїх необходимо необходим необходима необходимы "
        "требуется требуются обязательно обязателен обязательна нужен нужна нужно потрібно потрібен потрібна "
        "необхідно необхідний необхідна обов'язково обов’язково вимагається".split()
    ),
    duty=re.compile(
        r"\b(?:вы|ты|ви|ти)\s+(?:будете|будешь|будеш)\s+(?:также\s+|також\s+)?(?!(?:" + _CYRILLIC_NOT_DUTY + r")\b)"
        r"[а-яёіїєґ'’]+(?:ть|ти|ться|тися)\b"
        # Ukrainian's own future: "Ти писатимеш автотести", "Ви відповідатимете за …".
        r"|\b(?:ти|ви)\s+(?:також\s+)?(?!(?:" + _CYRILLIC_NOT_DUTY + r")\w*\b)[а-яіїєґ'’]+(?:тимеш|тимете)\b"
        r"|\bвам\s+(?:предстоит|нужно будет|придётся|придется|доведеться|потрібно буде|належить)\b"
        r"|\bв\s+(?:ваши|твои)\s+(?:обязанности|задачи)\s+(?:также\s+)?(?:входит|входят|будет|будут)\b"
        r"|\bдо\s+(?:ваших|твоїх)\s+(?:обов['’]язків|завдань)\s+(?:входить|входитиме|належить|належатиме)\b"
        r"|\b(?:вы|ты|ви|ти)\s+(?:отвечаете|отвечаешь|відповідаєте|відповідаєш)\s+за\b"
    ),
    trait=re.compile(
        r"\b(?:вы|ты|ви|ти)\s+(?:(?:добре|чудово|вільно|хорошо|отлично)\s+)?(?:розумієш|розумієте|понимаете|"
        r"понимаешь|имеете|имеешь|знаете|знаешь|умеете|умеешь|владеете|владеешь|готовы|готов|любите|"
        r"обладаете|маєте|маєш|знаєте|знаєш|вмієте|вмієш|володієте|володієш|готові)\b"
        r"|\bу\s+(?:вас|тебя|тебе)\s+(?:есть|є)\b"
        r"|\b(?:мы|ми)\s+(?:ожидаем|ждём|ждем|очікуємо|чекаємо)\s+(?:от|від)\s+(?:вас|тебя|тебе)\b"
        r"|\bот\s+(?:вас|тебя)\s+(?:требуется|ожидается|потребуется)\b|\bвід\s+(?:вас|тебе)\s+(?:вимагається|очікується)\b"
        # What is needed, said impersonally at the sentence's start: "Необходимо высшее образование",
        # "Требуется опыт работы …", "Обязательно знание 1С", "Потрібен досвід …".
        r"|^(?:необходим[оаы]?|требуется|требуются|обязател(?:ьно|ен|ьна)|нужн[оа]|нужен|потрібн[оаий]|потрібен|"
        r"необхідн[оаий]|обов['’]язково|вимагається)\b"
    ),
)
# Greek: "Θα είστε υπεύθυνος για …", "Θα αναλάβετε …"; "Διαθέτετε πτυχίο …", "Ο υποψήφιος πρέπει να …",
# "Απαιτείται εμπειρία …". Not what the reader will have, get or join ("Θα έχετε …", "Θα ενταχθείτε …").
_GREEK_NOT_DUTY = (
    r"έχετε|έχεις|λαμβάνετε|λαμβάνεις|απολαμβάνετε|απολαμβάνεις|είστε|είσαι|ενταχθείτε|ενταχθείς|γίνετε|"
    r"γίνεις|μπορείτε|μπορείς|πρέπει|βρείτε|βρεις|αμείβεστε|εξελιχθείτε|εκπαιδευτείτε"
)
GREEK_READER = ReaderCues(
    words=frozenset(
        "θα είστε είσαι σας υποψήφιος υποψήφια διαθέτετε διαθέτεις έχετε έχεις γνωρίζετε γνωρίζεις "
        "απαιτείται απαιτούνται απαραίτητη απαραίτητο απαραίτητα απαραίτητος ζητάμε κάτοχος".split()
    ),
    duty=re.compile(
        r"\bθα\s+(?:είστε|είσαι)\s+(?:ο\s+|η\s+)?(?:υπεύθυν|αρμόδι)\w*"
        r"|\bθα\s+(?!(?:" + _GREEK_NOT_DUTY + r")\b)[α-ωάέήίόύώϊϋΐΰ]+(?:ετε|είτε|άτε|ατε|εστε|άστε|εις|είς|άς|"
        r"εσαι|είσαι|άσαι|ιέσαι)\b"  # the middle voice too: "Θα διαχειρίζεσαι …", "Θα συνεργάζεσαι …"
        r"|\b(?:είστε|είσαι)\s+(?:ο\s+|η\s+)?υπεύθυν\w*"
        r"|\b(?:αρμοδιότητές|καθήκοντά)\s+σας\s+(?:θα\s+)?(?:περιλαμβάνουν|είναι)\b"
        # The post holder's future: "Ο/Η κάτοχος της θέσης θα αναλάβει …".
        r"|\bκάτοχος\s+της\s+θέσης\s+θα\b"
        # … and in the third person's future, its subject left out: "Θα εξυπηρετεί …", "Επίσης θα διαχειρίζεται …".
        r"|^(?:επίσης,?\s+)?θα\s+(?!(?:έχει|είναι|λαμβάνει|απολαμβάνει|μπορεί|πρέπει|ενταχθεί|γίνει)\b)"
        r"[α-ωάέήίόύώϊϋΐΰ]+(?:ει|εί|εται|είται)\b"
    ),
    trait=re.compile(
        r"^(?:διαθέτετε|διαθέτεις|έχετε|έχεις|γνωρίζετε|γνωρίζεις)\b"
        r"|\b(?:ο|η)\s+υποψήφι(?:ος|α)\s+(?:θα\s+)?(?:πρέπει|οφείλει)\s+να\b|\bαπαιτ(?:είται|ούνται)\b"
        # "Απαραίτητη είναι η γνώση …", "Είναι απαραίτητο …", "Ζητάμε άτομο …": what is needed.
        r"|^(?:απαραίτητ[ηοα]ς? είναι|είναι απαραίτητ[ηοα]|ζητάμε (?:άτομο|υποψήφι))"
        # "Ο/Η κατάλληλος/η υποψήφιος/α διαθέτει πτυχίο …": the candidate sought, described.
        r"|\bυποψήφι(?:ος|α)(?:/[α-ωάέήίόύώ]+)?\s+(?:θα\s+)?(?:διαθέτει|κατέχει|γνωρίζει)\b"
    ),
)
# Vietnamese: "Bạn sẽ quản lý …", "… chịu trách nhiệm …", "Nhiệm vụ của bạn là …"; "Bạn có kinh nghiệm …",
# "Ứng viên cần có …". Not what the reader will get or may do ("Bạn sẽ được …", "Bạn có cơ hội …").
VIETNAMESE_READER = ReaderCues(
    words=frozenset("bạn viên trách".split()),
    duty=re.compile(
        r"\bbạn sẽ (?!(?:được|nhận|có|làm việc tại|làm việc trong|tham gia vào đội|trở thành)\b)\w+"
        r"|\bchịu trách nhiệm\b|\bnhiệm vụ (?:chính )?của bạn (?:là|bao gồm|gồm)\b"
    ),
    trait=re.compile(
        r"\bbạn (?:có|đã có|thành thạo|thông thạo|am hiểu|biết)\b(?! (?:thể|cơ hội)\b)"
        r"|\bứng viên (?:cần|phải|nên) (?:có|biết|thành thạo|tốt nghiệp|am hiểu)\b"
    ),
)
OTHER_SCRIPT_READERS = (CYRILLIC_READER, GREEK_READER, VIETNAMESE_READER)
"""The :class:`ReaderCues` of each language so read, tried in this order."""

# Every pattern above that finds the reader in another language (SECOND_PERSON_DUTY,
# SECOND_PERSON_TRAIT, YOU_ANYWHERE) needs one of these words, or starts this way: one
# cheap look rules out the many sentences (most English ones) that hold none of them.
OTHER_LANGUAGE_READER = re.compile(
    r"\b(?:[Vv]ous|[Tt]u|[Tt]ú|[Jj]e|[Jj]ij|[Dd]u|Sie|ti|te|si|se|[Vv]ocê|[Uu]sted)\b"
    r"|^" + _ADDING_OPENER + r"\w+(?:erai|irai|arai|arás|erás|irás|aràs|eràs|iràs|errai|porrai|pondrás|durrai)\b"
    r"|^[Hh]arás\b|^(?:[Vv]as|[Bb]udeš|[Bb]udete)\b|^\w+(?:íš|eš|áš|íte|áte|ujete)\b"
    r"|\w+(?:ecek|acak)(?:tir|tır|sin|sın|siniz|sınız)?\W*$|^ת|^و?(?:سي|ست)|مسؤول"
    r"|^(?:la|il|el|o|a)\s|^(?:[Vv]ai|[Ii]rá|[Tt]ambém|[Aa]inda|[Aa]lém)\b"
)

# Sentences that open on the reader or the role; in a section of known kind they take its kind.
YOU_START = CaselessPattern(
    r"^(?:you\b|your (?:role|goal|job|mission|responsibilit|task|day)|as an? |"
    r"we (?:really )?(?:want|would love|'d love) to (?:hear from|meet)|"
    r"we(?:'re| are) (?:looking|seeking|searching)|the ideal|ideal candidates?|"
    r"du\b|dein|sie (?:haben|sind|bringen|verfügen)\b|je\b|jij\b|jouw\b|vous\b|votre\b|tu\b|você\b|tú\b|"
    r"\w+ du\b)"
)
# The reader anywhere in the sentence, in the languages that have a pronoun for it.
YOU_ANYWHERE = re.compile(r"\b(?:[Vv]ous|[Dd]u|[Jj]ij|[Jj]e|[Vv]ocê|[Tt]ú|[Uu]sted)\b|(?<!^)\bSie\b")

# --- the post holder named by the posting's own title -----------------------------------------------
# A sentence whose subject is the job of the title ("The Grant Writer researches …", "Bucătarul
# pregătește …", "Az óvodapedagógus megtervezi …", "Sestra poskytuje …") speaks of the hire, in any
# language: what follows the subject says a duty, unless it says what the hire must have or be.

HOLDER_DETERMINERS = frozenset(
    """
    the this our a an each le la l' les ce cette notre el los las este esta nuestro nuestra il lo gli i
    questo questa o os as este esta nosso nossa de het deze onze der die das den dem dieser diese unser unsere
    ein eine en et ett denne dette vår vårt vores az egy ο η ο/η οι o/a le/la il/la el/la der/die
    """.split()
)
"""Words that may stand before the job named as a subject."""

HOLDER_NOT_DUTY = frozenset(
    """
    is are was were be been being can may might could cannot get gets receive receives enjoy enjoys join joins
    earn earns report reports reporting would should
    ist sind war waren kann können darf dürfen erhält erhalten bekommt bekommen
    est sont était sera seront peut peuvent bénéficie bénéficiera recevra rejoindra
    es son era será serán puede pueden recibirá recibe disfrutará
    è sono era sarà saranno può possono riceverà entrerà entreranno
    é são foi será serão pode podem receberá
    is zijn was wordt worden kan kunnen krijgt ontvangt
    är var blir kan får er var bliver blir kan får ingår inngår indgår
    jest są był była będzie może mogą otrzyma
    je jsou byl bude může mohou dostane
    este sunt era poate pot primește
    on ovat oli voi saa
    van vannak lesz lehet kap
    είναι ήταν μπορεί
    """.split()
)
"""Words after the job named as a subject that say it is no duty: being, being able, getting, reporting,
belonging ("Doktoranden ingår i forskarskolan"), and the future and its modals, whose duties the cue
tables already read ("The nurse will …")."""

HOLDER_HAS = frozenset(
    """
    has have hold holds possess possesses
    hat haben besitzt besitzen verfügt verfügen
    ont avoir possède possèdent posséder dispose disposer détient détenir
    tiene tienen tener posee poseen poseer
    ha hanno avere possiede possiedono possedere
    tem têm ter possui possuem possuir
    heeft hebben bezit bezitten beschikt beschikken
    har ha have hava besitter
    ma mają mieć posiada posiadają posiadać
    má mají mít disponuje
    avea aibă deține dețină
    rendelkezik rendelkezzen rendelkeznie
    omaa
    διαθέτει έχει
    """.split()
)
"""Words of having after the job named as a subject ("The nurse must hold …", "Asistentul trebuie să
aibă …"): what follows is asked of the hire, a requirement."""

HOLDER_MUST = frozenset(
    "must needs muss müssen sollte doit devra debe deberá deve dovrà deverá moet måste musi powinien musí "
    "trebuie kell tulee πρέπει".split()
)
"""Words of obligation after the job named as a subject: before being ("The nurse must be registered"),
a requirement; before any other verb, a duty ("Rådgiveren skal følge opp …")."""

HOLDER_RESPONSIBLE = frozenset(
    """
    responsible accountable charged tasked verantwortlich zuständig responsable chargé chargée encargado
    encargada responsabile responsável verantwoordelijk ansvarig ansvarlig odpowiedzialny odpowiedzialna
    zodpovědný zodpovědná zodpovedný zodpovedná responsabil responsabilă vastuussa felelős υπεύθυνος υπεύθυνη
    """.split()
)
"""Words after a copula after the job named as a subject that make it a duty: "The Site Supervisor is
responsible for …", "Le technicien est chargé de …"."""

HOLDER_RESPONSIBILITY = frozenset(
    """
    responsibility responsibilities charge ansvar ansvaret ansvarar verantwortung responsabilité responsabilidad
    responsabilità responsabilidade verantwoordelijkheid odpowiedzialność odpowiedzialnosc zodpovědnost
    zodpovednosť responsabilitatea vastuu vastuun felelősség ευθύνη
    """.split()
)
"""Words after a word of having after the job named as a subject that make it a duty: "Radiografen har ansvar
for …", "The Team Leader has responsibility for …"."""

HOLDER_NOT_A_VERB = frozenset(
    """
    with without in on of from for who that which whose and or as like und oder mit von die der et ou avec
    qui y o con que e ou com en og eller och med som i oraz lub z który która a és ve ile
    """.split()
)
"""Words after the job named as a subject that say it is not the subject of what follows ("Drivers with
12 months' service can apply", "Engineers who join us …")."""

HOLDER_AT = frozenset("at bei chez från hos".split())
"""Words after the job named as a subject that name the employer before the verb ("Backend Engineers
at Parcelo build …")."""

HOLDER_NOT_PERSON = frozenset(
    """
    studentship scholarship position post role job vacancy opening opportunity internship placement contract
    stelle position rolle poste emploi offre puesto empleo vaga posto ruolo lavoro functie vacature baan
    tjänst tjänsten roll stilling jobb stanowisko praca oferta pozice místo munkakör állás tehtävä
    thesis thèse tesis tesi tese doktorarbeit dissertation project projet proyecto progetto projekt
    """.split()
)
"""Words of a title that name the post or its work, not the person who holds it ("The studentship covers …",
"Cette thèse s'inscrit dans le projet …")."""

HOLDER_FUTURE = frozenset("will shall va vor θα wird werden zal vil będzie będą bude budou budú bo će fog".split())
"""Auxiliaries of the future after the job named as a subject: before another verb a duty ("The midwife will
assess …", "Bucătarul va pregăti …", "Ο/Η υπάλληλος θα αναλάβει …"), before having or being as after
:data:`HOLDER_MUST`."""

HOLDER_KNOWING = frozenset(
    """
    know demonstrate show kennen beherrschen nachweisen connaître savoir démontrer maîtriser conocer saber
    demostrar dominar conoscere sapere dimostrare padroneggiare conhecer demonstrar aantonen beheersen
    """.split()
)
"""Knowing or showing, after a word of :data:`HOLDER_MUST` ("Il/la candidato/a dovrà dimostrare …"): asked of
the hire."""

HOLDER_BEING = frozenset("be sein être ser estar essere zijn vara være være być být fi olla είναι".split())
"""Being, after a word of :data:`HOLDER_MUST`."""

HOLDER_SEEKING = frozenset(
    """
    wanted sought needed required suchen sucht gesucht cherchons recherche recherchons buscamos busca
    cerchiamo cerca ricerca procuramos procura zoeken zoekt gezocht söker søger søker szukamy poszukujemy
    hledáme přijmeme căutăm angajăm etsimme haemme keresünk keres αναζητούμε ζητείται
    """.split()
)
"""Words after the job named as a subject that seek it ("Szakácsot keresünk"): an opening, no duty."""

HOLDER_GENERIC = re.compile(
    r"(?:(?:außerdem|zudem|ferner|daneben|darüber hinaus|schließlich|daarnaast|verder|bovendien|tot slot|en outre|"
    r"de plus|également|enfin|ensuite|par ailleurs|finalement|infine|por último|por fim|finalmente|"
    r"además|asimismo|también|inoltre|anche|além disso|também|ponadto|dodatkowo|również|også|dessutom|även|"
    r"derudover|desuden|endvidere|i tillegg|de asemenea|lisäksi|emellett|ezenkívül|továbbá|dále|rovněž|també),?\s+)?"
    r"(?:(?:der/die|die/der|der|die|le/la|la/le|le ou la|la ou le|el/la|la/el|il/la|la/il|o/a|a/o|de|den)\s+)?"
    r"(?:stelleninhaber/?in|stelleninhaber(?:in)?|titulaire du poste|titulaire|medewerker|nieuwe collega|"
    r"trabajador/a|trabajador\(a\)|lavoratore/trice|trabalhador/a(?: a recrutar)?|trabalhador\(a\)|"
    r"colaborador/a|colaborador\(a\)|pracownik|pracownica|osoba zatrudniona na tym stanowisku|osoba zatrudniona|"
    r"osoba na tym stanowisku|"
    r"anställde|medarbetaren|medarbejderen|medarbeideren|titularul postului|titulara postului|"
    r"persoana selectată|persoana angajată|la persona seleccionada|las personas seleccionadas|"
    r"la persona seleccionada|les persones seleccionades|la personne recrutée|la personne retenue|"
    r"a pessoa selecionada|a pessoa contratada|la persona selezionata|la persona inserita|hän|ő|"
    # The person sought, named by what the employer does ("La persona che cerchiamo seguirà …", "La persona
    # que buscamos se encargará …"), or as the person already named ("La personne effectue aussi …").
    r"(?:la persona|la personne|a pessoa) (?:che|que|qui) (?:nous )?(?:cerchiamo|stiamo cercando|buscamos|"
    r"estamos buscando|recherchons|procuramos|estamos procurando)|la personne recherchée|la personne|"
    # The one chosen: "Izbrani kandidat bo poučeval …", "Wybrany kandydat będzie …", "Candidatul selectat va …".
    r"izbrani kandidat|izbrana kandidatka|izabrani kandidat|izabrana kandidatkinja|vybraný uchazeč|vybraná uchazečka|"
    r"vybraný uchádzač|vybraná uchádzačka|wybrany kandydat|wybrana kandydatka|kiválasztott jelölt|"
    r"candidatul selectat|candidata selectată|valittu henkilö|valittu hakija|"
    r"új kollégánk|új munkatársunk|leendő kollégánk|leendő munkatársunk|"
    r"er/sie|sie/er|er oder sie|il/elle|elle/il|il ou elle|elle ou il|hij/zij|zij/hij|hij of zij|zij of hij|"
    r"él/ella|ella/él|lui/lei|lei/lui|ele/ela|ela/ele|on/ona|ona/on|han/hon|hon/han|han/hun|hun/han|"
    # The candidate or the one taken on, with both genders written ("Il/la docente selezionato/a curerà …",
    # "Ο/Η υποψήφιος/α θα είναι υπεύθυνος/η …", "La risorsa si occuperà …").
    r"(?:il/la|la/il|el/la|la/el|o/a|a/o) (?:candidato/a|candidata/o|docente|professionista|insegnante|"
    r"collaboratore/trice|trabajador/a|profesional|profissional)(?: (?:selezionato/a|selezionata/o|"
    r"prescelto/a|inserito/a|seleccionado/a|contratado/a|selecionado/a))?|"
    r"la risorsa(?: inserita| selezionata| ricercata)?|la figura (?:ricercata|inserita|selezionata)|"
    r"ο/η υποψήφιος/α|η/ο υποψήφια/ος|ο/η κάτοχος της θέσης|ο/η εργαζόμενος/η|"
    # English names of the post for its holder: "The postholder manages …", "The role also mentors …".
    r"the post ?holder|the post-holder|the job ?holder|the incumbent|"
    r"the role(?= (?:also )?(?:oversees|mentors|manages|leads|supervises|coordinates|trains|runs|owns)\b))"
    r"(?=\s)",
    re.IGNORECASE,
)
"""A subject that names the hire without the title's words, opening a sentence (after "also" at most):
"Der/die Stelleninhaber/in bearbeitet …", "Il/elle instruit …", "Hij of zij adviseert …", "Pracownik
sporządza …". What follows is read as after the title's job."""

HOLDER_GENERIC_AFTER_VERB = re.compile(
    r"(?:außerdem|zudem|ferner|daneben|dabei|darüber hinaus|daarnaast|verder|bovendien|ook)\s+(\w+)\s+"
    r"(?:er/sie|sie/er|er oder sie|hij/zij|zij/hij|hij of zij|de medewerker|der/die stelleninhaber/?in)\b",
    re.IGNORECASE,
)
"""The same after an opening word, the verb first, as German and Dutch put it: "Außerdem betreut er/sie …"."""

HOLDER_TITLE_BREAKS = re.compile(
    r"\s[-–—|·:•]\s|[,:;(\[]|\s(?:at|in|for|with|bei|für|zur|zum|im|à|au|en|pour|chez|para|per|presso|"
    r"bij|voor|till|til|för|på|hos|i|med|inom|mot|ved|innen|inden|w|we|do|v|ve|na|pro|la|în|a|em|no|u|za)\s",
    re.IGNORECASE,
)
"""Where a title's job ends and its place, employer, hours or team begin ("Nurse – Ward 7",
"Sjuksköterska till akutmottagningen", "Kierownik zmiany w magazynie")."""

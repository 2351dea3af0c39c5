"""Event words: the verbs and nouns news uses for events, grouped by the event they name, with the derivations
that link a verb to its noun (resign / resignation, acquit / acquittal, merge / merger, land / landing).

Source: written for this project (MIT). Used by the event linker (`bot.extract.events`: which words are
event words) and by the event keys shared with the store and /when (`bot.extract.event_words`: which
words name the same event). Inflections (-s, -ed, -ing) are the stemmer's; a group lists a verb's base form,
its irregular forms, the nouns derived from it and its synonyms.
"""

from __future__ import annotations

# key -> the words that name that event. The key is what the store indexes and /when looks up.
EVENT_GROUPS: dict[str, str] = {
    "inauguration": "inauguration inaugurate inaugural swearing-in swear swore sworn",
    "conversation": "conversation call spoke speak spoken talk chat telephoned",
    "election": "election electoral elect poll vote ballot re-election reelection re-elect runoff run-off",
    "victory": "victory win won triumph clinch medal",
    "meeting": "meeting meet met summit talks",
    "visit": "visit trip travel tour",
    "announcement": "announcement announce",
    "agreement": "agreement agree deal accord pact treaty",
    "signing": "sign signing",
    "attack": "attack assault strike struck bombing bomb",
    "death": "death die died dying kill killing",
    "arrest": "arrest detained detention",
    "resignation": "resignation resign",
    "launch": "launch liftoff lift-off",
    "defeat": "defeat lost lose",
    "appointment": "appointment appoint named nominated nomination",
    "speech": "speech address",
    "ceremony": "ceremony",
    "release": "release",
    "birth": "birth born birthday",
    "marriage": "marriage married marry wedding",
    "protest": "protest demonstration rally",
    "invasion": "invasion invade",
    "explosion": "explosion explode blast",
    "crash": "crash",
    "earthquake": "earthquake quake",
    "interview": "interview",
    "hearing": "hearing testimony testified testify",
    "trial": "trial tried",
    "verdict": "verdict",
    "conviction": "conviction convict guilty",
    "sentencing": "sentencing sentence",
    "acquittal": "acquittal acquit",
    "merger": "merger merge",
    "departure": "departure depart",
    "landing": "landing land touchdown",
    "arrival": "arrival arrive",
    "bail": "bail",
    "summons": "summons summon",
    "charge": "charge indictment indict",
    "shooting": "shooting shoot shot gunfire",
    "theft": "theft steal stole stolen robbery rob burglary burgle break-in",
    "acquisition": "acquisition acquire takeover buyout buy purchase",
    "approval": "approval approve",
    "retirement": "retirement retire",
    "dismissal": "dismissal dismiss sack ouster oust",
    "statement": "statement remarks report",
    "congratulation": "congratulation congratulate",
    "opening": "opening open reopening reopen",
    "start": "start begin began begun",
    "publication": "publication publish",
    "unveiling": "unveiling unveil",
    "withdrawal": "withdrawal withdraw withdrew",
    "surrender": "surrender",
    "evacuation": "evacuation evacuate",
    "escape": "escape",
    "rescue": "rescue",
    "collapse": "collapse",
    "eruption": "eruption erupt",
    "sinking": "sinking sink sank",
    "deadline": "deadline",
    "match": "match race fixture bout",
}

EVENT_SYNONYMS: dict[str, str] = {w: key for key, words in EVENT_GROUPS.items() for w in words.split()}

# Nouns that name an event and have no group of their own (their key is their stem).
EVENT_NOUNS = frozenset(
    """flight takeoff take-off delivery keynote briefing accident auction ban bankruptcy battle boycott
    breakthrough campaign celebration ceasefire clash conference congress convention coup crackdown debate
    decision declaration deployment disaster discovery downfall drill embargo execution exercise expansion
    festival fire flood funeral gathering handover hurricane impeachment inquiry investigation kidnapping
    landfall leak lockdown march mission negotiation offensive outbreak parade parliament-session premiere
    primary raid ratification recall referendum reform riot ruling sanction scandal selection session
    settlement shutdown siege storm tournament transfer truce tsunami uprising veto war test""".split()
)

EVENT_LEXICON = frozenset(EVENT_GROUPS) | EVENT_NOUNS  # the group keys and the nouns without a group

# Irregular verb forms -> base form (the suffix stripper would mangle them). Not IRREGULAR_PAST_TRIGGERS:
# this maps forms to stems (participles too, "seen"); that one says which past forms are event verbs.
IRREGULAR_FORMS: dict[str, str] = {
    "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "chose": "choose",
    "fell": "fall", "fallen": "fall", "flew": "fly", "fought": "fight", "found": "find", "froze": "freeze",
    "grew": "grow", "hit": "hit", "knew": "know", "led": "lead", "left": "leave", "paid": "pay", "ran": "run",
    "rose": "rise", "risen": "rise", "sent": "send", "sold": "sell", "spent": "spend", "stood": "stand",
    "thought": "think", "threw": "throw", "wrote": "write", "written": "write", "saw": "see", "seen": "see",
    "became": "become", "built": "build", "broke": "break", "broken": "break", "drove": "drive",
    "withdrew": "withdraw", "sought": "seek", "taught": "teach", "shot": "shoot", "spoke": "speak",
    "spoken": "speak", "met": "meet", "won": "win", "lost": "lose", "struck": "strike", "fled": "flee",
    "swore": "swear", "sworn": "swear", "drew": "draw", "blew": "blow", "arose": "arise", "hung": "hang",
    "sank": "sink", "stole": "steal", "stolen": "steal", "caught": "catch", "quit": "quit",
    "overtook": "overtake", "undertook": "undertake", "told": "tell", "said": "say",
}

# Irregular past forms that make a word an event verb ("spoke", "met", "won"); "thought", "saw" do not.
IRREGULAR_PAST_TRIGGERS = frozenset(
    """spoke spoken met won lost began begun fell rose paid sold bought led ran became wrote struck fought
    flew fled knew chose spent built broke sent brought sought quit shot hit withdrew overtook undertook
    swore drew grew blew arose left hung sank stole threw caught""".split()
)

# Verbs of saying as event words: an event of their own only right next to a date ("told reporters on Monday", "said
# Thursday") or dated by a dateline; elsewhere they report another event, which keeps the date.
EVENT_SPEECH_VERBS = frozenset(
    """said says told tells stated states added adds noted notes informed reported wrote writes tweeted
    declared remarked commented confirmed warned insisted explained""".split()
)  # fewer than the quotations' cue verbs (lexicon/speech.py): only those that report a statement as such

# Words that look like event verbs (-ed forms, verbs of wanting) but name no event of their own.
NOT_TRIGGERS = frozenset(
    """say tell asked according called based used related concerned aimed focused needed seemed
    appeared interested involved united limited advanced detailed supposed allowed expected scheduled
    planned proposed alleged continued included including considered followed following emphasized
    emphasised reiterated undocumented delighted committed expressed highlighted compared described quoted
    estimated located situated known try tries tried seek want need hope plan expect intend attempt help
    stay remain continue seem appear become get""".split()
)

# Light verbs and auxiliaries carry no event of their own ("held a meeting" = "meeting").
LIGHT_VERBS = frozenset(
    """hold held holding holds make made making makes take took taken taking takes give gave given get got
    gets getting go went gone going goes come came coming comes put puts keep kept do did done doing""".split()
)

# EVENT_STOP_WORDS (no event key by themselves) live with the other stop lists: lexicon/stopwords.py.
EVENT_SPEECH_KEY = "statement"  # the key of an event named by a verb of saying

# Modifiers kept in a noun trigger because they make the event specific ("first conversation", "electoral
# victory", "joint meeting").
EVENT_MODIFIERS = frozenset(
    """first second third fourth fifth last final initial maiden electoral presidential parliamentary general
    official historic bilateral phone telephone state formal virtual annual inaugural landmark surprise
    emergency joint snap major landslide gold silver bronze""".split()
)
# Event words that name an event only after a determiner or modifier ("the call", "a phone call", "the
# test", "the race"): alone they are verbs or other nouns ("call for", "test the", "the human race" aside).
NEEDS_DETERMINER = frozenset("call calls talk phone test land open start charge race match address sentence".split())

# Words in -ing that are event nouns ("the meeting", "the sentencing"), not progressive verbs.
EVENT_ING_NOUNS = frozenset(
    """meeting meetings hearing hearings bombing bombings shooting shootings signing signings opening openings
    wedding weddings ruling rulings killing killings uprising uprisings landing landings sentencing
    swearing-in gathering gatherings kidnapping kidnappings sinking unveiling reopening briefing
    briefings""".split()
)

# Determiners that make the next word a noun ("the signing", "his arrest").
EVENT_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())

# Words after an -ed word that show it is a verb ("signed the deal"), not an adjective ("shared commitment").
FUNCTION_AFTER_VERB = frozenset(
    """the a an his her their its our my your this that these those him them us me it he she they we i to in
    on at by for from with into onto over under about after before during as up down out off back away
    again also not never no some any all both each every several many more most two three four five here
    there then now today yesterday last next earlier later""".split()
)

# Auxiliaries before an -ed word that make it a verb ("had signed").
AUXILIARIES = frozenset("had has have having was were is are be been being am did does do not never also".split())

# The head of a named event, capitalised inside a sentence ("the G20 Summit", "the Commonwealth Games", "the
# 1st Test", "the Paris Agreement"): an event word though capitalised, when it ends the name.
NAMED_EVENT_HEADS = frozenset(
    """summit conference congress convention festival games olympics championship championships cup election
    elections referendum parade ceremony test agreement accord treaty tournament marathon""".split()
)

# Before an -ed word, these make it a verb with its subject ("he resigned", "who granted").
SUBJECT_WORDS = frozenset("he she they it we i who which that".split())

# Words after which an -ed word is an adjective, not a verb: prepositions, conjunctions, numbers, quantifiers
# ("with reduced rates", "two armed men"). Not FUNCTION_AFTER_VERB, the words *after* an -ed verb.
WORDS_BEFORE_ADJECTIVE = frozenset(
    """with for of about in on at by from to into onto over under after before during as and or but than like
    without within against among between through across toward towards per via amid newly recently two three
    four five six seven eight nine ten dozen hundred thousand million many several few some most all both
    more less other such""".split()
)

# Words that end the noun phrase a date modifies ("a 4 July general election *in* a statement"): they head
# no noun.
NOT_NOUN_HEADS = frozenset(
    """to and or but in on at by for from with of as when while that which who where he she it they we i
    his her their its this these those the a an is was were are be been will would has had have""".split()
)

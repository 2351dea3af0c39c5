"""Event words: the synonym groups that give event keys, the event nouns, and the words around an event
word that make it one or not; read by `bot.extract.event_words` (keys shared by the store and /when) and
`bot.extract.events` (linking events to dates).

Source: written for this project (MIT).
"""

from __future__ import annotations

# Canonical key -> the words (already lower-cased) that name it; covers inflections the stemmer would get wrong.
EVENT_GROUPS: dict[str, str] = {
    "inauguration": "inauguration inaugurations inaugurate inaugurated inaugurates inaugurating inaugural "
                    "swearing-in swearing swear swore sworn",
    "conversation": "conversation conversations call calls called calling spoke speak speaks speaking "
                    "spoken talk talks talked talking chat chats chatted telephoned",
    "election": "election elections electoral elect elected electing elects poll polls vote votes voted "
                "voting ballot",
    "victory": "victory victories win wins won winning triumph",
    "meeting": "meeting meetings meet meets met summit summits",
    "visit": "visit visits visited visiting trip trips travel travels travelled traveled travelling "
             "traveling tour toured",
    "announcement": "announcement announcements announce announced announces announcing",
    "agreement": "agreement agreements agree agreed agrees deal deals accord accords pact pacts treaty",
    "signing": "sign signs signed signing",
    "attack": "attack attacks attacked attacking assault assaulted strike strikes struck bombing bombings "
              "bombed",
    "death": "death deaths die dies died dying killed kill kills killing",
    "arrest": "arrest arrests arrested arresting detained detention",
    "resignation": "resignation resign resigned resigns resigning",
    "launch": "launch launches launched launching",
    "defeat": "defeat defeats defeated lost lose loses losing",
    "appointment": "appointment appoint appointed appoints appointing named nominated nomination",
    "speech": "speech speeches address addressed addressing",
    "ceremony": "ceremony ceremonies",
    "release": "release releases released releasing",
    "birth": "birth born",
    "marriage": "marriage married marry wedding",
    "protest": "protest protests protested protesting demonstration demonstrations rally rallies",
    "invasion": "invasion invade invaded invades",
    "explosion": "explosion explosions exploded explode blast blasts",
    "crash": "crash crashes crashed crashing",
    "earthquake": "earthquake earthquakes quake quakes",
    "interview": "interview interviews interviewed",
    "hearing": "hearing hearings testimony testified testify",
    "trial": "trial trials tried",
    "verdict": "verdict verdicts convicted conviction sentenced sentencing",
}
EVENT_SYNONYMS: dict[str, str] = {w: key for key, words in EVENT_GROUPS.items() for w in words.split()}

# Event nouns without synonyms of their own: with the group keys, every word that names an event.
EVENT_NOUNS = frozenset(
    """flight flights takeoff take-off delivery deliveries keynote rally rallies vote accident acquisition
    approval arrival auction ban bankruptcy battle birthday blast boycott breakthrough campaign
    celebration ceasefire clash collapse collision conference congress convention coup crackdown debate
    decision declaration departure deployment disaster discovery dismissal downfall drill embargo eruption
    escape evacuation execution exercise expansion festival fire flood funeral gathering handover
    hurricane impeachment inquiry investigation kidnapping landfall landing leak lockdown march merger
    mission negotiation offensive opening outbreak parade parliament-session premiere primary raid
    ratification recall referendum reform reopening rescue retirement revolution riot robbery ruling
    sanction scandal selection session settlement shooting shutdown siege sinking storm strike surrender
    suspension takeover test tournament transfer truce tsunami uprising veto war withdrawal""".split()
)
EVENT_LEXICON = frozenset(EVENT_GROUPS) | EVENT_NOUNS

# Light verbs and auxiliaries carry no event of their own ("held a meeting" = "meeting").
LIGHT_VERBS = frozenset(
    """hold held holding holds make made making makes take took taken taking takes give gave given get got
    gets getting go went gone going goes come came coming comes put puts keep kept do did done doing""".split()
)

# Irregular forms -> their base, for the stemmer (`event_words.stem`): past forms and participles it would
# mangle. Not IRREGULAR_PAST_TRIGGERS: this maps forms to stems (and has participles such as "seen"), that
# one only says which past forms are event verbs (and has "met", "spoke", "won", keyed by EVENT_GROUPS).
IRREGULAR_FORMS: dict[str, str] = {
    "began": "begin", "begun": "begin", "brought": "bring", "bought": "buy", "chose": "choose",
    "fell": "fall", "fallen": "fall", "flew": "fly", "fought": "fight", "found": "find", "froze": "freeze",
    "grew": "grow", "hit": "hit", "knew": "know", "led": "lead", "left": "leave", "paid": "pay", "ran": "run",
    "rose": "rise", "risen": "rise", "sent": "send", "sold": "sell", "spent": "spend", "stood": "stand",
    "thought": "think", "threw": "throw", "wrote": "write", "written": "write", "saw": "see", "seen": "see",
    "became": "become", "built": "build", "broke": "break", "broken": "break", "drove": "drive",
    "withdrew": "withdraw", "sought": "seek", "taught": "teach", "shot": "shoot",
}

# Irregular past forms that make a word an event verb ("spoke", "met", "won").
IRREGULAR_PAST_TRIGGERS = frozenset(
    """spoke spoken met won lost began begun fell rose paid sold bought led ran became wrote struck fought
    flew fled knew chose spent built broke sent brought sought quit shot hit withdrew overtook undertook
    swore drew grew blew arose left hung sank stole threw caught""".split()
)

# Modifiers kept in a trigger because they make the event specific: "first conversation", "electoral victory".
EVENT_MODIFIERS = frozenset(
    """first second third fourth fifth last final initial maiden electoral presidential parliamentary general
    official historic bilateral phone telephone state formal virtual annual inaugural landmark surprise
    emergency joint snap major landslide""".split()
)

# Words that never name an event, though they look like event verbs (reporting verbs, -ed adjectives...).
NOT_TRIGGERS = frozenset(
    """said told added noted says say tell explained asked according called named based used related
    concerned aimed focused needed seemed appeared interested involved united limited advanced detailed
    supposed allowed expected scheduled planned proposed alleged continued included including considered
    followed following emphasized emphasised reiterated undocumented delighted committed expressed
    highlighted compared described quoted estimated located situated known try tries tried seek want need
    hope plan expect intend attempt help stay remain continue seem appear become get""".split()
)

# Nouns that name an event only with a determiner or modifier before them ("the call", "a phone call").
NEEDS_DETERMINER = frozenset("call calls talk phone".split())

# Words in -ing that are event nouns ("the meeting"), not progressive verbs.
EVENT_ING_NOUNS = frozenset(
    """meeting meetings hearing hearings bombing bombings shooting shootings signing opening wedding ruling
    killing killings uprising landing sentencing swearing-in""".split()
)

# Determiners that make the next word a noun ("the signing", "his arrest"). Not TITLE_DETERMINERS
# (lexicon/titles.py), which has adjectives of tenure ("former") and no demonstratives.
EVENT_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())

# Words after an -ed word that show it is a verb ("signed the deal"), not an adjective ("shared commitment").
FUNCTION_AFTER_VERB = frozenset(
    """the a an his her their its our my your this that these those him them us me it he she they we i to in
    on at by for from with into onto over under about after before during as up down out off back away
    again also not never no some any all both each every several many more most two three four five here
    there then now today yesterday last next earlier later""".split()
)

# Auxiliaries before an -ed word that make it a verb ("had signed").
AUXILIARIES = frozenset(
    """had has have having was were is are be been being am did does do not never also""".split()
)

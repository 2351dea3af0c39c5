"""Who speaks: the words of a speaker mention (pronouns, titles, roles) and the words around one.

Source: written for this project (MIT), from English news usage. Used by the quotations extractor
(`bot.extract.quotes`) to find the speaker phrase before or after a cue and resolve it to an entity. The
people extractor keeps its own title and role lists (`bot/extract/people_lexicon.py`) for finding names.
"""

from __future__ import annotations

from bot.extract.lexicon.calendar import MONTH_NAMES, WEEKDAY_NAMES

# Pronouns that can name a speaker, with their gender or number (m, f, p plural, s first person singular,
# n neuter, r relative).
PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n", "him": "m", "her": "f",
    "who": "r", "which": "r",
}

# Pronouns that are the subject of a clause ("he looked up and said").
SUBJECT_PRONOUNS = frozenset(
    """he she they we i""".split()
)


# Words that open a nominal speaker: "the minister", "his spokesman", "one official".
DETERMINERS = frozenset(
    """the a an his her their its our this that these those my your one some many""".split()
)


# Words that stand before a name ("Sen. Smith", "Prime Minister Modi"): part of the mention, left
# out of the name it resolves to. A title alone ("the President") resolves by role.
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt.
    capt capt. adm adm. maj maj. pm president vice prime minister secretary senator governor mayor
    congressman congresswoman chairman chairwoman chair speaker justice judge rev rev. sir dame lord lady
    king queen prince princess pope ambassador director chief general retired former then-candidate
    candidate nominee leader envoy spokesman spokeswoman spokesperson attorney""".split()
)


# Nouns that end a nominal speaker ("a senior official", "the campaign", "critics"); unlike TITLES
# they include groups and bodies, and no honorifics ("Mr").
ROLE_NOUNS = frozenset(
    """minister president spokesman spokeswoman spokesperson official officials aide aides adviser advisers
    advisor advisors source sources senator governor mayor candidate nominee chairman chairwoman chair
    director secretary leader leaders campaign government ministry department administration congressman
    congresswoman lawmaker lawmakers representative ambassador envoy manager strategist analyst analysts
    expert experts economist economists professor researcher researchers police officer officers statement
    report survey poll pollster organizer organizers activist activists critics critic supporters supporter
    voters voter people residents resident member members group committee company firm agency authorities
    authority court judge lawyer lawyers attorney prosecutor prosecutors chief executive founder host
    moderator reporter reporters commentator author writer team staff democrats republicans democrat
    republican party study observers organization surrogate surrogates donor donors chancellor premier king
    queen prince pope general captain skipper coach player striker midfielder goalkeeper batsman bowler
    batter pitcher quarterback athlete champion referee umpire""".split()
)


# Abbreviated roles, written out to match an entity's role ("the PM" -> "prime minister").
ROLE_ABBREVIATIONS: dict[str, str] = {
    "pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister", "potus": "president",
    "cm": "chief minister", "mea": "ministry",
}

# Words that qualify a role in a title-only mention: "the external affairs minister", "the vice president".
ROLE_QUALIFIERS = frozenset(
    """external affairs foreign home finance defence defense state prime chief vice""".split()
)


# Rank words: "the minister" is not taken for a Prime Minister when a plain minister fits.
RANKS = frozenset(
    """prime vice deputy former junior assistant acting chief""".split()
)


# Heads of a nominal that names an organisation, not a person ("the campaign", "the ministry", "the
# watchdog", "the channel"): such a speaker is the organisation the article named before.
ORGANISATION_HEADS = frozenset(
    """campaign government ministry department administration company firm agency committee party office
    embassy council court commission house network newspaper paper board union watchdog regulator panel
    channel broadcaster tribunal inquiry cabinet parliament bank club league federation association
    institute university group airline carrier maker manufacturer retailer lender insurer startup
    conglomerate outlet magazine station authority organisation organization secretariat bureau
    corporation prosecution""".split()
)


# Public bodies by sort: a body nominal of one sort ("the watchdog") stands for an organisation whose name
# has a word of the same sort ("Competition and Markets Authority"), never for one of another sort or a
# company named nearer. A word may be of two sorts ("commission": a regulator or a panel).
PUBLIC_BODIES: dict[str, str] = {
    "regulator": "watchdog regulator authority commission agency",
    "panel": "panel committee inquiry commission council board",
    "ministry": "ministry department office secretariat bureau",
    "court": "court tribunal",
    "government": "government administration cabinet kremlin ministry department",
    "legislature": "parliament senate congress assembly",
    "embassy": "embassy consulate",
    "police": "police",
    "prosecution": "prosecution prosecutor prosecutors",
}

# Body heads that name a business ("the company", "the lender"): never a public body named nearer.
COMPANY_HEADS = frozenset(
    """company firm group bank airline carrier maker manufacturer retailer lender insurer startup
    conglomerate corporation""".split()
)


# Heads that stand for any title given what qualifies them: "the defense chief" is the Defense Minister.
GENERIC_HEADS = frozenset(
    """chief head boss""".split()
)


# Words that make an unresolved speaker an organisation ("the Smith campaign", "The Times").
ORGANISATION_HINTS: tuple[str, ...] = (
    "campaign", "party", "committee", "department", "ministry", "government", "administration", "office",
    "house", "court", "council", "agency", "news", "times", "post", "network", "inc", "corp", "company",
    "association", "union", "bank", "group", "university", "institute", "foundation", "commission",
    "senate", "congress", "channel", "panel", "authority", "watchdog", "regulator", "tribunal", "corporation",
)

# Titles and kinship words that give a person's gender, for resolving "he" and "she".
MALE_WORDS = frozenset(
    """mr mr. sir king prince lord spokesman chairman congressman businessman father brother son husband""".split()
)
FEMALE_WORDS = frozenset(
    """mrs mrs. ms ms. miss madam dame queen princess lady spokeswoman chairwoman congresswoman businesswoman
    mother sister daughter wife""".split()
)

# Given names of women often in the news (a person with no title or role still gets "she").
FEMALE_GIVEN_NAMES = frozenset(
    """hillary melania ivanka kamala nikki sarah elizabeth nancy michelle maria mary anna angela theresa sonia
    priyanka indira smriti nirmala sushma mamata mayawati jacinda ursula christine kristalina marine giorgia
    liz jill laura susan karen linda patricia barbara jennifer lisa emily emma olivia sophia tulsi amy
    kirsten elise marjorie lauren kellyanne condoleezza madeleine samantha janet gina kristi""".split()
)


# Particles and suffixes inside names: "Ursula von der Leyen", "Martin Luther King Jr.".
NAME_PARTICLES = frozenset(
    """de da del della di van von der den la le al el bin ibn st. jr. jr sr. sr""".split()
)


# Words that end a noun phrase read forward or back ("the minister in Delhi").
PHRASE_STOPS = frozenset(
    """in on at during who which that after before when while and to as from with about told said of for but
    than because if by into onto under over through via per like without within among""".split()
)


# Prepositions: a noun phrase right after one is no subject ("in Delhi:").
PREPOSITIONS = frozenset(
    """of in on at to for with by from about into over under after before than as""".split()
)


# Capitalised words that open a sentence without being its subject, so never a speaker ("The", "However",
# "Yesterday", "Nonetheless", "Earlier"): articles, prepositions, conjunctions and sentence adverbs.
NOT_SUBJECT_WORDS = frozenset(
    """the a an in on at after before when while but and however last next this that as if for with during
    since by from so yet still meanwhile also even though although because once then today yesterday date
    nonetheless nevertheless earlier moreover furthermore instead now separately additionally indeed finally
    lastly overall ultimately besides likewise similarly otherwise thus hence therefore consequently
    accordingly afterwards elsewhere again already first firstly secondly initially previously recently
    currently notably importantly interestingly ironically unfortunately fortunately clearly obviously
    perhaps maybe tonight tomorrow""".split()
)


# "It's", "That's": capitalised at a sentence start, never a speaker.
CONTRACTIONS = frozenset(
    """it’s it's that’s that's there’s there's here’s here's what’s what's""".split()
)


# Words that open a leading adverbial ("On Tuesday, Mr. McConnell ..."): the subject comes after its comma.
LEAD_WORDS = frozenset(
    """in on at after before when while during since by from for with as over under but and so yet however
    meanwhile still also later earlier last next this today yesterday tonight here there then""".split()
)


# Capitalised words that are dates, not speakers ("Monday", "March").
DATE_WORDS = frozenset((*WEEKDAY_NAMES, *MONTH_NAMES))


# Small words left lower-case in a capitalised title (“The Art of the Deal”): quoted titles are dropped.
TITLE_SMALL_WORDS = frozenset(
    """a an and the of in on for to at by with or from vs""".split()
)

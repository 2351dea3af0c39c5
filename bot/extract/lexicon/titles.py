"""Titles, honorifics and role words: what may stand before or after a person's name ("US President
Donald Trump", "Rubio, the secretary of state,"), read by `bot.extract.people`.

Source: written for this project (MIT).
"""

from __future__ import annotations

# Honorifics: "Mr Modi". Not roles (except the abbreviated titles in ABBREVIATED_TITLES).
HONORIFICS = frozenset(
    """Mr Mrs Ms Mx Dr Sir Dame Lord Lady Shri Smt Shrimati Sheikh Sheik Mme Mlle Herr Frau Madam Madame
    Monsieur Señor Senor Señora""".split()
)

# Abbreviated titles and what they stand for.
ABBREVIATED_TITLES = {
    "PM": "Prime Minister",
    "Pres": "President",
    "Sen": "Senator",
    "Rep": "Representative",
    "Gov": "Governor",
    "Gen": "General",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Capt": "Captain",
    "Adm": "Admiral",
    "Maj": "Major",
    "Sgt": "Sergeant",
    "Prof": "Professor",
    "Supt": "Superintendent",
    "Insp": "Inspector",
    "Rev": "Reverend",
    "Hon": "Honourable",
    "EAM": "External Affairs Minister",
    "CM": "Chief Minister",
    "VP": "Vice President",
}

# Head nouns of titles and roles (lower case). A name right after one of these is a person.
ROLE_HEADS = frozenset(
    """president vice-president president-elect minister premier chancellor secretary secretary-general
    senator congressman congresswoman congressperson representative governor mayor ambassador envoy
    emissary spokesman spokeswoman spokesperson chairman chairwoman chairperson chair ceo cfo coo cto cio
    executive officer director founder co-founder cofounder owner analyst analysist economist strategist
    judge justice magistrate prosecutor attorney lawyer counsel king queen prince princess emperor empress
    sultan emir crown leader chief head commissioner commander general lieutenant colonel captain admiral
    major sergeant marshal inspector superintendent professor dean rector principal pope archbishop bishop
    cardinal rabbi imam reverend pastor priest cleric ayatollah speaker lawmaker legislator mp mla mep
    deputy adviser advisor aide official diplomat correspondent reporter journalist editor columnist
    author writer actor actress singer rapper musician artist player coach manager striker goalkeeper
    partner investor entrepreneur billionaire businessman businesswoman tycoon scientist researcher
    astronaut activist campaigner candidate nominee challenger incumbent governor-general viceroy regent
    dictator warlord rebel commandant constable detective sheriff trooper surgeon physician doctor nurse
    vice-chancellor provost treasurer comptroller auditor registrar administrator coordinator organiser
    organizer curator producer presenter anchor host commentator pundit pollster consultant lobbyist
    banker trader broker president-designate chief-of-staff alderman alderwoman councilman councilwoman
    councillor councilor delegate assemblyman assemblywoman supervisor coroner moderator panelist
    skipper vice-captain batsman batter bowler all-rounder wicketkeeper wicket-keeper midfielder defender
    winger footballer cricketer athlete sprinter swimmer boxer wrestler golfer cyclist medallist medalist
    champion industrialist magnate philanthropist novelist poet filmmaker comedian designer architect
    historian physicist engineer lecturer teacher wife husband widow widower daughter mother father
    brother sister fiancee fiancée fiance fiancé girlfriend boyfriend""".split()
)

# Words that may precede a head inside a title: "External Affairs Minister", "Chief Operating Officer".
ROLE_MODIFIERS = frozenset(
    """prime foreign external affairs home interior finance defence defense trade commerce health education
    justice labour labor energy environment agriculture transport transportation treasury state culture
    information science technology railways railway petroleum oil power law communications telecom housing
    urban rural development tourism sports youth women child welfare social security homeland national
    international public economic fiscal monetary financial parliamentary cabinet chief executive
    operating marketing technical technological investment managing general deputy vice assistant
    associate senior junior principal special acting interim press white house district federal supreme
    high circuit appeals court presiding attorney solicitor inspector lord first second foreign-affairs
    opposition majority minority party ruling union regional provincial army navy air force military naval
    police fire intelligence central bank reserve exchange board group company corporate global country
    research defence-research nuclear space industry industrial aviation water resources mines coal steel
    textiles civil revenue planning stand-in regular caretaker mission road highways""".split()
)

# Offices written in title case when normalised ("external affairs minister" -> "External Affairs Minister").
# Other roles ("special envoy", "analyst") keep the case they were written in.
OFFICIAL_HEADS = frozenset(
    """president vice-president president-elect minister premier chancellor secretary secretary-general
    senator congressman congresswoman representative governor mayor ambassador king queen prince princess
    emperor empress sultan emir speaker commissioner general admiral pope archbishop cardinal
    governor-general attorney justice chairman chairwoman chairperson ceo cfo coo cto treasurer
    comptroller vice-chancellor""".split()
)

# "Secretary of State", "Minister of Transport": these after "of" belong to the title, not a qualifier.
OF_TITLE_WORDS = frozenset(
    """state defense defence transport transportation finance health education justice labor labour energy
    commerce agriculture interior treasury housing culture trade foreign external home affairs homeland
    security the staff staffs operations fiscal policy economy industry environment tourism information
    communications science technology war navy army veterans development planning railways mines sport
    sports youth women welfare police public works""".split()
)

# Heads strong enough on their own, right before a name, to make it a person (a subset of ROLE_HEADS: not
# "leader", "official", "player"...).
STRONG_TITLES = frozenset(
    """president vice-president president-elect minister premier chancellor secretary senator congressman
    congresswoman representative governor mayor ambassador envoy spokesman spokeswoman spokesperson
    chairman chairwoman ceo judge justice king queen prince princess emperor sultan emir sheikh pope
    archbishop bishop cardinal rabbi imam reverend pastor professor colonel admiral lieutenant sergeant
    inspector detective commissioner analyst economist ayatollah skipper coach striker goalkeeper
    midfielder batsman batter bowler medallist medalist wife husband widow""".split()
)

# Heads that name any office by what it leads: "the Russian leader" (a president, a premier...), "the defense
# chief" (the defence minister), "NASA's chief" (its administrator).
GENERIC_HEADS = frozenset("leader chief head boss".split())

# Offices a country's "leader" holds (lower case, as titles read without tenure words).
LEADER_OFFICES = frozenset((
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "emperor",
    "leader", "supreme leader", "chief minister", "dictator",
))

# Offices that news often names without naming their holder ("the president said", "the pope"): a reference
# to one is never bound to whoever was named before it.
UNNAMED_OFFICES = frozenset(
    """president vice-president king queen pope emperor empress prince princess sultan emir justice judge
    speaker""".split()
)

# Words after a head that belong to the title: "chairman emeritus", "president elect".
POST_HEAD_WORDS = frozenset("emeritus emerita elect designate".split())

# Hyphenated endings of a head that keep it a head: "prime minister-elect", "president-designate".
HEAD_SUFFIXES = ("-elect", "-designate")

# Words of tenure before a title that are part of it ("former prime minister"): a former holder is not the
# holder. Among TITLE_DETERMINERS (lower case) but kept in the title, in any case.
TENURE_WORDS = frozenset("former ex outgoing incoming acting interim".split())

# Heads whose "of/for" group names the portfolio, not the country or organisation: "Minister of Road
# Transport & Highways", "Secretary for Health" (a country after them is still the qualifier).
PORTFOLIO_HEADS = frozenset("minister secretary commissioner undersecretary under-secretary".split())

# Lower-case nouns that end an organisation written in lower case after "of": "head of the tax authority",
# "chairman emeritus of the Tata group" (the group is the role's qualifier).
ORG_NOUNS = frozenset(
    """authority agency bank company corporation department ministry council commission board committee
    party union group team club force army navy court firm organisation organization institute university
    trust trusts fund federation association league government administration office bureau service
    regulator watchdog conglomerate""".split()
)

# Capitalised titles that end a run of capitals: the run is a title ("Foreign Minister"), not a name.
TRAILING_TITLES = frozenset(
    """Chief President Minister Secretary CEO Chairman Director Officer Executive Spokesman Spokeswoman Head""".split()
)

# Words before a title: 'the', 'new', 'former'... (lower case; capitalised only the articles count, so that
# "New" York stays a name). Not the same as EVENT_DETERMINERS (lexicon/events.py): these take adjectives of
# tenure ("former", "outgoing"), those possessives and demonstratives.
TITLE_DETERMINERS = frozenset(
    """the a an then new former current newly its his her their our longtime long-time veteran outgoing
    incoming acting interim late""".split()
)

# Copulas that state a role after a name: "Rubio is the secretary of state", "Barra, who became ...".
ROLE_COPULAS = frozenset("is was became becomes remains remained".split())

# Verbs whose object held the role the subject takes: "A succeeded B as chairman" (A is chairman), whereas
# "the board named B as chairman" gives it to B.
SUCCESSION_VERBS = frozenset("succeed succeeds succeeded succeeding replace replaces replaced replacing".split())

# Words that may follow a role phrase after a copula or "as" ("as special envoy to ...").
AFTER_ROLE_WORDS = frozenset("and in at on to with during after before since until when while from by".split())

# Institutional social handles that name an office rather than a person: @POTUS -> the US President.
INSTITUTIONAL_HANDLES = {
    "potus": ("President", "United States"),
    "vp": ("Vice President", "United States"),
    "vpotus": ("Vice President", "United States"),
    "flotus": ("First Lady", "United States"),
    "presssec": ("Press Secretary", "United States"),
    "secstate": ("Secretary of State", "United States"),
    "statedept": ("Secretary of State", "United States"),
    "secdef": ("Secretary of Defense", "United States"),
    "pmoindia": ("Prime Minister", "India"),
    "pmindia": ("Prime Minister", "India"),
    "meaindia": ("External Affairs Minister", "India"),
    "rashtrapatibhvn": ("President", "India"),
    "number10gov": ("Prime Minister", "United Kingdom"),
    "ukprimeminister": ("Prime Minister", "United Kingdom"),
    "elysee": ("President", "France"),
    "kremlinrussia_e": ("President", "Russia"),
    "bundeskanzler": ("Chancellor", "Germany"),
    "canadianpm": ("Prime Minister", "Canada"),
    "pmcanada": ("Prime Minister", "Canada"),
    "albomp": ("Prime Minister", "Australia"),
    "zelenskyyua": ("President", "Ukraine"),
}

# Roles from deeds (bot/extract/people/_deeds.py): a medal won makes a medallist ("Sreeshankar clinched the
# silver" -> "silver medallist"), when the article gives no title.
MEDALS = frozenset("gold silver bronze".split())
MEDAL_VERBS = frozenset(
    """win wins won winning claim claims claimed claiming clinch clinches clinched clinching bag bags bagged
    bagging secure secures secured securing grab grabs grabbed grabbing earn earns earned earning take takes
    took taking""".split()
)

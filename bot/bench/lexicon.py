"""Word lists for the synthetic benchmark corpus.

Written by hand for this benchmark (MIT, like the project): common given names and surnames from many
languages (facts about names, not copyrightable), real country names with a capital city, and invented
organisation, outlet and place names. The lists are deliberately small; people, events and articles are
combinations of them, so the corpus has the repetition (shared surnames, recurring events, the same quote
in several outlets) that makes name resolution and ranking do real work.
"""

from __future__ import annotations


def _w(words: str) -> tuple[str, ...]:
    return tuple(words.split())


GIVEN_NAMES = _w(
    """Amara Aisha Alejandro Ana Anders Anil Astrid Beatriz Bilal Camille Carlos Chen Chiara Daniel Dmitri
    Elena Emeka Emma Fatima Felipe Grace Hana Hassan Ingrid Isabel Ivan Jamal James Javier Joao Jonas Julia
    Kai Karim Kenji Laila Lars Leila Lucia Maria Marco Mei Miguel Nadia Naledi Nikolai Nora Omar Pablo
    Priya Rahul Rosa Samuel Sara Sofia Tariq Thomas Valentina Vikram Wei Yusuf Zainab Zanele Oliver Hugo
    Ines Mateo Kofi Ayesha Farah Ravi Sunita Tomasz Agnieszka Pieter Sanne"""
)

SURNAMES = _w(
    """Okafor Adeyemi Mensah Nkosi Dlamini Haddad Mansour Rahman Siddiqui Chaudhry Sharma Iyer Nair Menon
    Banerjee Kapoor Tanaka Watanabe Sato Nakamura Kim Park Lee Nguyen Tran Wong Liu Zhang Santos Oliveira
    Pereira Costa Almeida Fernandez Gutierrez Morales Castillo Romero Rossi Bianchi Ferrari Moretti Conti
    Muller Schneider Fischer Weber Becker Novak Kowalski Nowak Horvat Petrov Ivanova Volkov Andersen
    Johansson Lindqvist Nielsen Jansen Visser Bakker Dubois Laurent Moreau Fontaine Murphy Walsh
    O'Brien Campbell Stewart Bennett Hughes Carter Mitchell Reyes Torres Vargas Silva Khan Aziz Yilmaz
    Demir Kaya Papadopoulos Georgiou Cohen Levi Mizrahi Mwangi Otieno Kamau Abebe Tesfaye Haile"""
)

# Titles with the kind of body that qualifies them: "country" → "Kenyan Finance Minister"/"Finance Minister
# of Kenya"; "org" → "chief executive of Northwind Energy"; None → no qualifier.
TITLES: tuple[tuple[str, str | None], ...] = (
    ("Prime Minister", "country"), ("President", "country"), ("Finance Minister", "country"),
    ("Foreign Minister", "country"), ("Health Minister", "country"), ("Trade Minister", "country"),
    ("Defence Minister", "country"), ("Energy Minister", "country"), ("Interior Minister", "country"),
    ("Education Minister", "country"), ("Transport Minister", "country"), ("Ambassador", "country"),
    ("Governor", None), ("Mayor", None), ("Senator", None), ("opposition leader", "country"),
    ("central bank governor", "country"), ("chief executive", "org"), ("chairwoman", "org"),
    ("spokesperson", "org"), ("director", "org"), ("chief economist", "org"), ("Professor", None),
    ("General", None), ("Judge", None), ("union leader", None), ("climate envoy", "country"),
)

# (country, adjective, capital, another city)
COUNTRIES: tuple[tuple[str, str, str, str], ...] = (
    ("Kenya", "Kenyan", "Nairobi", "Mombasa"), ("Nigeria", "Nigerian", "Abuja", "Lagos"),
    ("Ghana", "Ghanaian", "Accra", "Kumasi"), ("South Africa", "South African", "Pretoria", "Durban"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Bahir Dar"), ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    ("India", "Indian", "New Delhi", "Mumbai"), ("Pakistan", "Pakistani", "Islamabad", "Karachi"),
    ("Japan", "Japanese", "Tokyo", "Osaka"), ("South Korea", "South Korean", "Seoul", "Busan"),
    ("Vietnam", "Vietnamese", "Hanoi", "Da Nang"), ("Indonesia", "Indonesian", "Jakarta", "Surabaya"),
    ("Brazil", "Brazilian", "Brasilia", "Recife"), ("Mexico", "Mexican", "Mexico City", "Monterrey"),
    ("Chile", "Chilean", "Santiago", "Valparaiso"), ("Canada", "Canadian", "Ottawa", "Halifax"),
    ("Germany", "German", "Berlin", "Hamburg"), ("France", "French", "Paris", "Lyon"),
    ("Italy", "Italian", "Rome", "Turin"), ("Spain", "Spanish", "Madrid", "Valencia"),
    ("Poland", "Polish", "Warsaw", "Gdansk"), ("Sweden", "Swedish", "Stockholm", "Malmo"),
    ("Turkey", "Turkish", "Ankara", "Izmir"), ("Greece", "Greek", "Athens", "Thessaloniki"),
    ("Australia", "Australian", "Canberra", "Perth"), ("Norway", "Norwegian", "Oslo", "Bergen"),
)

# Invented organisations (any resemblance is accidental): name, short name.
ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("Northwind Energy", "Northwind"), ("Meridian Rail", "Meridian"), ("Bluestone Bank", "Bluestone"),
    ("Harbourline Shipping", "Harbourline"), ("Greenfield Agritech", "Greenfield"),
    ("Solace Health", "Solace"), ("Kestrel Aerospace", "Kestrel"), ("Copperleaf Mining", "Copperleaf"),
    ("Lumen Telecom", "Lumen"), ("Riverside Water Authority", "the water authority"),
    ("the Coastal Trade Council", "the council"), ("the Regional Development Fund", "the fund"),
    ("the National Statistics Office", "the statistics office"), ("the Workers' Federation", "the federation"),
    ("the Civic Futures Institute", "the institute"), ("the Open Ports Alliance", "the alliance"),
    ("Atlas Logistics", "Atlas"), ("Silverline Pharmaceuticals", "Silverline"),
)

OUTLETS = ("The Daily Ledger", "Morning Courier", "Harbour Times", "Capital Herald", "Wire Desk",
           "Continental Post", "Civic Review", "The Evening Lamp")

# Event kinds: (noun, the lede that dates it, the background line that dates it, what it applies to).
# {who} is the person, {event} the event's name ("the Nairobi summit"), {when} its date.
EVENT_KINDS: tuple[tuple[str, str, str, str], ...] = (
    ("summit", "{who} met regional leaders at {event} {when}", "{who} attended {event} {when}", "city"),
    ("trade agreement", "{who} signed {event} {when}", "{event} was signed {when}", "country"),
    ("election", "{who} claimed victory in {event} {when}", "{event} was held {when}", "country"),
    ("inauguration", "{who} was sworn in at {event} {when}", "{event} took place {when}", "country"),
    ("budget vote", "{who} lost {event} {when}", "{event} was held {when}", "country"),
    ("merger", "{who} announced {event} {when}", "{event} was announced {when}", "org"),
    ("strike", "{who} called off {event} {when}", "{event} began {when}", "org"),
    ("product launch", "{who} presented {event} {when}", "{event} took place {when}", "org"),
    ("resignation", "{who} confirmed {event} {when}", "{event} was announced {when}", "org"),
    ("state visit", "{who} arrived for {event} {when}", "{event} began {when}", "city"),
    ("referendum", "{who} conceded defeat in {event} {when}", "{event} was held {when}", "country"),
    ("ceasefire", "{who} welcomed {event} {when}", "{event} came into force {when}", "country"),
    ("hearing", "{who} testified at {event} {when}", "{event} opened {when}", "org"),
    ("conference", "{who} opened {event} {when}", "{event} opened {when}", "city"),
    ("earthquake", "{who} visited the area hit by {event} {when}", "{event} struck {when}", "city"),
    ("protest", "{who} addressed {event} {when}", "{event} drew thousands {when}", "city"),
    ("court ruling", "{who} appealed against {event} {when}", "{event} was delivered {when}", "org"),
    ("takeover", "{who} completed {event} {when}", "{event} was completed {when}", "org"),
    ("flood", "{who} toured the damage from {event} {when}", "{event} hit {when}", "city"),
    ("debate", "{who} won {event} {when}", "{event} was broadcast {when}", "country"),
)

FEMALE = frozenset(_w(
    """Amara Aisha Ana Astrid Beatriz Camille Chiara Elena Emma Fatima Grace Hana Ingrid Isabel Julia Laila
    Leila Lucia Maria Mei Nadia Naledi Nora Priya Rosa Sara Sofia Valentina Zainab Zanele Ines Ayesha Farah
    Sunita Agnieszka Sanne"""
))

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("trade", _w("tariffs exports imports customs shipping ports quotas supply-chains manufacturers")),
    ("energy", _w("pipelines solar-farms grid-capacity fuel-prices refineries turbines power-cuts")),
    ("health", _w("hospitals vaccines clinics waiting-lists nurses insurance outbreaks")),
    ("transport", _w("railways bus-routes fares highways airports freight-corridors")),
    ("climate", _w("emissions heatwaves flood-defences carbon-credits coastlines droughts")),
    ("housing", _w("rents mortgages construction-permits tenants social-housing")),
    ("education", _w("schools teachers tuition-fees universities exam-results")),
    ("technology", _w("data-centres semiconductors broadband start-ups cyber-attacks")),
    ("agriculture", _w("harvests fertiliser farmers irrigation grain-stocks")),
    ("finance", _w("interest-rates inflation bond-markets pensions public-debt")),
)

# Quote building blocks: subject, verb phrase, object template ({topic}, {thing}, {place}).
QUOTE_OPENERS = (
    "We will not", "Nobody should", "Our government will", "This country cannot", "We are ready to",
    "Families deserve to", "The people of {place} will", "I have always said we must", "We intend to",
    "It is time to", "We refuse to", "Every region must", "Our partners know we will", "We must never",
)
QUOTE_VERBS = (
    "accept delays on", "give up on", "invest in", "protect", "reform", "rebuild", "defend", "expand",
    "review", "fix", "stand behind", "pay for", "abandon", "rethink", "modernise", "open up",
)
QUOTE_TAILS = (
    "without listening to the people who depend on it", "before the end of the year", "at any cost",
    "for the next generation", "with the honesty this moment demands", "together with our neighbours",
    "in a way that is fair to everyone", "as quickly as the law allows", "step by step",
    "and we will be judged on the results", "because the evidence is overwhelming",
    "while keeping prices under control", "even when it is unpopular", "",
)
PARTIAL_QUOTES = (
    "a historic step", "deeply irresponsible", "a turning point", "long overdue", "a betrayal of workers",
    "the right decision at the wrong time", "a serious mistake", "cautiously optimistic", "a wake-up call",
    "unacceptable by any standard", "a victory for common sense", "premature", "an important first step",
    "reckless and unfunded", "the beginning of a new chapter",
)
CUES = ("said", "said", "said", "told reporters", "added", "insisted", "warned", "stated")

ANALYSTS_SAY = (
    "Analysts said the {topic} sector had been under pressure for several years.",
    "Officials in {city} said the plan would be reviewed in the coming months.",
    "The {thing} issue has dominated debate in {country} since the start of the year.",
    "Critics argue that spending on {thing} has not kept pace with demand.",
    "Several regional governments have asked for more detail on how the {topic} measures will be funded.",
    "According to figures from {org}, {thing} rose for the third consecutive quarter.",
    "Business groups welcomed the announcement but called for clearer rules on {thing}.",
    "Opposition lawmakers said they would press for a parliamentary inquiry into {thing}.",
    "Economists expect the effect on {thing} to be modest in the short term.",
    "The move follows months of negotiations between {country} and its neighbours over {thing}.",
    "Residents of {city} have complained for years about {thing}.",
    "A spokesperson for {org} declined to comment on the details.",
    "The government has promised a full review of {thing} by the end of the decade.",
    "Independent observers described the talks as constructive but said major gaps remained.",
    "Environmental groups warned that the changes could affect {thing} along the coast.",
    "Trade unions have threatened further action if the proposals on {thing} go ahead unchanged.",
    "The last comparable agreement, reached almost a decade ago, collapsed within two years.",
    "Markets reacted calmly, with most indices closing slightly higher in {city}.",
    "Local media reported that the cabinet had been divided over the timing of the decision.",
    "The details are expected to be published in a white paper before the summer recess.",
    "Investors have been watching {thing} closely since the start of the {topic} reforms.",
    "Smaller towns outside {city} say they have seen little benefit from earlier programmes.",
    "The ministry said a consultation on {thing} would open to the public next spring.",
    "Polls suggest voters in {country} rank {topic} among their top three concerns.",
    "Shipping firms in {city} said the uncertainty had already delayed orders worth millions.",
    "A report published by {org} last month found that {thing} varied sharply between regions.",
    "Parliament is due to debate the proposals after the holiday, with a vote expected soon after.",
    "Some economists cautioned that the figures were provisional and could be revised.",
    "Teachers, doctors and transport staff have all staged walkouts over pay in the past year.",
    "The cost of {thing} has become a defining issue in local elections across {country}.",
    "Neighbouring governments are watching closely, diplomats in {city} said.",
    "Officials insisted the timetable was realistic despite repeated delays on {thing}.",
    "The agreement includes a review clause that allows either side to withdraw after three years.",
    "Community leaders in {city} said they had not been consulted about the changes to {thing}.",
)
AMOUNT_TEMPLATES = (
    "The package is worth {money}, according to the finance ministry.",
    "About {count} {people_noun} are expected to be affected.",
    "{org} said it would invest {money} over five years.",
    "Prices rose by {pct} in the year to {month}.",
    "The project will create roughly {count} jobs, officials estimate.",
    "Unemployment in the region stands at {pct}.",
)
PEOPLE_NOUNS = _w("workers households farmers students commuters patients residents passengers")
CURRENCIES = ("$", "€", "£")
MONTHS = _w("January February March April May June July August September October November December")
WEEKDAYS = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
NUMBER_WORDS = _w("two three four five six seven eight nine ten")
LEDE_TAILS = (
    "in a move that surprised many observers", "ending weeks of speculation", "as had been widely expected",
    "after a long delay", "amid growing pressure at home", "according to officials", "a spokesperson confirmed",
    "despite objections from the opposition",
)
HEADLINE_TAILS = ("what we know", "reactions", "the key numbers", "live updates", "analysis", "explained")

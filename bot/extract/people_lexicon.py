"""Word lists for `people.py`: titles, honorifics, nationalities, organisation and place words.

Written by hand for Factdesk (MIT, like the project). The larger gazetteers (given names, countries) are
the modules people_given_names.py and people_countries.py, each with its source and licence in its header.
"""

from __future__ import annotations

from functools import cache

from bot.extract.people_countries import COUNTRIES
from bot.extract.people_given_names import GIVEN_NAMES


def _w(words: str) -> list[str]:
    return words.split()


# Honorifics: "Mr Modi". Not roles (except the abbreviated titles in ABBREVIATED_TITLES).
HONORIFICS = frozenset(_w(
    """Mr Mrs Ms Mx Dr Sir Dame Lord Lady Shri Smt Shrimati Sheikh Sheik Mme Mlle Herr Frau Madam
    Madame Monsieur Señor Senor Señora"""
))

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
ROLE_HEADS = frozenset(_w(
    """president vice-president president-elect minister premier chancellor secretary secretary-general
    senator congressman congresswoman congressperson representative governor mayor ambassador envoy
    emissary spokesman spokeswoman spokesperson chairman chairwoman chairperson chair ceo cfo coo
    cto cio executive officer director founder co-founder cofounder owner analyst analysist
    economist strategist judge justice magistrate prosecutor attorney lawyer counsel king queen
    prince princess emperor empress sultan emir crown leader chief head commissioner commander
    general lieutenant colonel captain admiral major sergeant marshal inspector superintendent
    professor dean rector principal pope archbishop bishop cardinal rabbi imam reverend pastor
    priest cleric ayatollah speaker lawmaker legislator mp mla mep deputy adviser advisor aide
    official diplomat correspondent reporter journalist editor columnist author writer actor actress
    singer rapper musician artist player coach manager captain striker goalkeeper president partner
    investor entrepreneur billionaire businessman businesswoman tycoon scientist researcher
    astronaut activist campaigner candidate nominee challenger incumbent governor-general viceroy
    regent dictator warlord rebel commandant constable detective sheriff trooper surgeon physician
    doctor nurse chancellor vice-chancellor provost treasurer comptroller auditor registrar
    administrator coordinator organiser organizer curator producer presenter anchor host commentator
    pundit pollster consultant lobbyist banker trader broker governor president-designate
    chief-of-staff alderman alderwoman councilman councilwoman councillor councilor delegate
    assemblyman assemblywoman supervisor coroner moderator panelist"""
))

# Words that may precede a head inside a title: "External Affairs Minister", "Chief Operating Officer".
ROLE_MODIFIERS = frozenset(_w(
    """prime foreign external affairs home interior finance defence defense trade commerce health
    education justice labour labor energy environment agriculture transport transportation treasury
    state culture information science technology railways railway petroleum oil power law
    communications telecom housing urban rural development tourism sports youth women child welfare
    social security homeland national international public economic fiscal monetary financial
    parliamentary cabinet chief executive operating marketing technical technology technological
    information investment managing general deputy vice assistant associate senior junior principal
    special acting interim press white house district federal supreme high circuit appeals court
    presiding attorney solicitor inspector chief lord first second foreign-affairs opposition
    majority minority party ruling union regional provincial army navy air force military naval
    police fire intelligence security central bank reserve exchange board group company corporate
    global country regional research defence-research nuclear space industry industrial aviation
    water resources mines coal steel textiles civil revenue planning"""
))

# Offices written in title case when normalised ("external affairs minister" -> "External Affairs Minister").
# Other roles ("special envoy", "analyst") keep the case they were written in.
OFFICIAL_HEADS = frozenset(_w(
    """president vice-president president-elect minister premier chancellor secretary secretary-general
    senator congressman congresswoman representative governor mayor ambassador king queen prince
    princess emperor empress sultan emir speaker commissioner general admiral pope archbishop
    cardinal governor-general attorney justice chairman chairwoman chairperson ceo cfo coo cto
    treasurer comptroller vice-chancellor"""
))

# "Secretary of State", "Minister of Transport": these after "of" belong to the title, not a qualifier.
OF_TITLE_WORDS = frozenset(_w(
    """state defense defence transport transportation finance health education justice labor labour
    energy commerce agriculture interior treasury housing culture trade foreign external home
    affairs homeland security the staff staffs operations fiscal policy economy industry environment
    tourism information communications science technology war navy army veterans development
    planning railways mines sport sports youth women welfare police public works"""
))

# Words that are never a person's name, whatever their case (weekdays, months, function words...).
STOPWORDS = frozenset(_w(
    """the a an and or but nor so yet for of in on at by to from with without about above after against
    along among around as before behind below beneath beside between beyond despite during except
    inside into like near off onto outside over past since through throughout till toward towards
    under underneath until unlike up upon via within this that these those there here where when
    while why how what which who whom whose it its it's he she they we you i me him her them us my
    your his our their mine yours hers ours theirs if then than also only just even still already
    not no yes all any both each every few many more most much other some such one two three four
    five six seven eight nine ten first second third last next new old former latter according
    meanwhile however moreover furthermore therefore thus hence although though because whereas
    unless whether once now today tomorrow yesterday tonight monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
    thurs fri sat sun is are was were be been being have has had do does did will would shall should
    can could may might must said says say told tells added asked noted stated announced reported
    wrote writes dear sir madam ladies gentlemen breaking update updated exclusive watch read live
    photos video opinion analysis editorial comment explainer neither either several whatever
    whichever whoever whenever wherever regarding"""
))

WEEKDAYS_MONTHS = frozenset(_w(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december"""
))

# Nationality and demonym words ("Indian", "Americans"): never people, never countries' mentions.
NATIONALITIES = frozenset(_w(
    """American Americans Indian Indians British Briton Britons English Scottish Scots Welsh Irish
    Chinese Japanese Korean Koreans Russian Russians Ukrainian Ukrainians German Germans French
    Italian Italians Spanish Spaniard Spaniards Portuguese Dutch Belgian Belgians Swiss Austrian
    Austrians Swedish Swede Swedes Norwegian Norwegians Danish Dane Danes Finnish Finn Finns Polish
    Pole Poles Czech Czechs Slovak Hungarian Hungarians Romanian Romanians Bulgarian Bulgarians
    Greek Greeks Turkish Turk Turks Serbian Serbs Croatian Croats Bosnian Albanian Israeli Israelis
    Palestinian Palestinians Arab Arabs Arabian Saudi Saudis Iranian Iranians Iraqi Iraqis Syrian
    Syrians Lebanese Jordanian Egyptian Egyptians Libyan Tunisian Algerian Moroccan Sudanese
    Ethiopian Ethiopians Kenyan Kenyans Nigerian Nigerians Ghanaian South-African African Africans
    Asian Asians European Europeans Canadian Canadians Mexican Mexicans Brazilian Brazilians
    Argentine Argentinian Argentinians Chilean Colombian Colombians Peruvian Venezuelan Venezuelans
    Cuban Cubans Australian Australians Zealander Zealanders Pakistani Pakistanis Bangladeshi
    Bangladeshis Sri Lankan Lankans Nepali Nepalese Bhutanese Afghan Afghans Afghani Uzbek Kazakh
    Tajik Kyrgyz Turkmen Mongolian Taiwanese Vietnamese Thai Cambodian Laotian Burmese Malaysian
    Malaysians Indonesian Indonesians Filipino Filipinos Philippine Singaporean Singaporeans Emirati
    Emiratis Qatari Qataris Kuwaiti Bahraini Omani Yemeni Yemenis Somali Somalis Ugandan Tanzanian
    Rwandan Congolese Zimbabwean Zambian Angolan Mozambican Namibian Botswanan Senegalese Malian
    Ivorian Cameroonian Haitian Jamaican Dominican Guatemalan Honduran Salvadoran Nicaraguan
    Panamanian Ecuadorian Bolivian Paraguayan Uruguayan Icelandic Estonian Latvian Lithuanian
    Belarusian Moldovan Georgian Armenian Azerbaijani Azeri Kurdish Kurd Kurds Western Eastern
    Northern Southern Hindu Hindus Muslim Muslims Christian Christians Jewish Jew Jews Sikh Sikhs
    Buddhist Buddhists Catholic Catholics Protestant Protestants Sunni Shia Shiite Republican
    Republicans Democrat Democrats Democratic Conservative Conservatives Labour Liberal Liberals
    Communist Communists Socialist Socialists Indian-origin Indian-American Indian-Americans
    Asian-American Asian-Americans African-American African-Americans Anglo Latino Latinos Latina
    Hispanic Hispanics Caucasian Gulf Nordic Baltic Scandinavian Slavic Balkan Caribbean Pacific
    Atlantic Mediterranean"""
))

# Last words of organisation names: "State Department", "General Motors", "Apple Inc.".
ORG_SUFFIXES = frozenset(_w(
    """Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. LLC LLP PLC Plc plc SpA S.p.A. AG GmbH
    SA S.A. NV N.V. BV Group Holdings Holding Partners Ventures Capital Bank Bancorp Airlines
    Airways Air Motors Motor Automotive Technologies Systems Industries Enterprises Communications
    Networks Labs Laboratories Pharmaceuticals Pharma Energy Petroleum Oil Gas Electric Electronics
    Telecom Media News Journal Herald Tribune Gazette Chronicle Television TV Radio Studios Records
    Pictures Entertainment Games Software Foods Brands Stores Mart Retail Insurance Securities
    Investments Department Ministry Office Bureau Agency Administration Authority Commission
    Committee Council Board Service Services Court Tribunal Parliament Congress Senate Assembly
    Cabinet Government Party Union Federation Confederation Association Alliance League Coalition
    Front Movement Society Organisation Organization Institute Institution Foundation Trust Fund
    Reserve Exchange Academy University College School Hospital Clinic Church Mosque Temple Army
    Navy Force Forces Corps Guard Police Command Club FC Team Council Unit Division Directorate
    Secretariat Mission Embassy Consulate Network Channel Platform Project Program Programme
    Initiative Summit Forum Conference Commission Fed Bloc Quad Cartel Brigade Battalion Regiment
    Squadron Institute Center Centre Aircraft Airplanes Aerospace Aeronautics Computer Computers
    Semiconductor Semiconductors Chemicals Steel Mining Press Post Times Nations Resources Fuels
    Investment Show Daily Debates PAC PACs Brothers Bros Bros. Research Insider Observer Sentinel
    Survey Productions Cable Music Organisations Organizations Workers Trading Consulting Footwear"""
))

# Last words of place names: "New Delhi" is known, "Capitol Hill", "Park Avenue", "Hudson River".
PLACE_SUFFIXES = frozenset(_w(
    """Street St Road Rd Avenue Ave Boulevard Blvd Lane Square Plaza Park Bridge River Lake Sea Ocean
    Bay Gulf Strait Island Islands Mountain Mountains Mount Hill Hills Valley Desert Forest Coast
    Beach Canal Airport Station Port Harbour Harbor Capitol Hall Palace House Tower Towers Building
    Stadium Arena Province State States County District Region Territory Peninsula Highway
    Expressway Border Line Kingdom Republic Emirates Continent Zone Strip Bank Factory Plant Works
    Center Centre Flight Index Average City Springs Day Bowl Hook Garden Gardens Room Hotel Museum
    Library Theatre Theater Cathedral Abbey Castle Prison Jail Camp Base Mall Market"""
))

# First words of place names: "San Francisco", "Los Angeles", "Fort Worth".
PLACE_PREFIXES = frozenset(_w("San Santa Los Las Fort Saint St St. Mount Mt Lake Cape Puerto Porto Rio Port Sao"))

# Lower-case nouns after a capitalised name that show it names a thing: "Hang Seng index", "Everett plant".
THING_FOLLOWERS = frozenset(_w(
    """index indices indexes plant factory facility flight airport station stadium building headquarters
    campus brand model models range line series program programme project software system platform app
    device devices product products chip chips engine engines aircraft airliner airliners jet jets plane
    planes car cars vehicle vehicles truck trucks store stores shop shares stock stocks bond bonds
    contract contracts deal deals visa visas act bill law treaty accord agreement summit conference
    festival award awards prize river lake street road county district province region state city town
    village island valley area port border"""
))

# Names that look like a given name and a surname but are not people.
KNOWN_NON_PEOPLE = frozenset(["Al Qaeda", "Al Jazeera", "Al Shabaab", "Al Arabiya", "Al Aqsa", "Jim Crow"])

# Places often written alone (capitals and big cities in world news); countries come from people_countries.py.
PLACES = frozenset(_w(
    """Washington Delhi New-Delhi Mumbai Bombay Kolkata Calcutta Chennai Madras Bengaluru Bangalore
    Hyderabad Ahmedabad Pune Jaipur Lucknow Kashmir Punjab Gujarat Kerala Bihar Assam Goa London
    Paris Berlin Moscow Beijing Shanghai Tokyo Seoul Pyongyang Taipei Hong Kong Singapore Jakarta
    Manila Bangkok Hanoi Dhaka Karachi Lahore Islamabad Kabul Tehran Baghdad Damascus Beirut
    Jerusalem Gaza Ramallah Riyadh Dubai Doha Cairo Ankara Istanbul Athens Rome Madrid Lisbon
    Brussels Amsterdam Vienna Geneva Zurich Stockholm Oslo Copenhagen Helsinki Warsaw Prague
    Budapest Kyiv Kiev Minsk Davos Strasbourg Luxembourg Nairobi Lagos Johannesburg Pretoria Addis
    Ababa Ottawa Toronto Montreal Vancouver Sydney Melbourne Canberra Auckland Wellington Brasilia
    Rio Janeiro Sao Paulo Buenos Aires Santiago Lima Bogota Caracas Havana Mexico York Chicago
    Boston Houston Dallas Seattle Detroit Atlanta Miami Denver Phoenix Angeles Francisco Diego Vegas
    Philadelphia Baltimore Cleveland Pittsburgh Cupertino Redmond Hollywood Manhattan Brooklyn
    Silicon Wall Texas California Florida Ohio Michigan Illinois Virginia Carolina Georgia Arizona
    Nevada Oregon Alabama Alaska Hawaii Iowa Kansas Kentucky Louisiana Maryland Massachusetts
    Minnesota Mississippi Missouri Montana Nebraska Jersey Hampshire Oklahoma Pennsylvania Tennessee
    Utah Vermont Wisconsin Wyoming Dakota Colorado Connecticut Delaware Idaho Indiana Maine Ontario
    Quebec Alberta Bavaria Scotland Wales England Europe Asia Africa America Americas Antarctica
    Arctic Oceania Eurasia Middle East West Midwest Siberia Crimea Donbas Xinjiang Tibet Taiwan
    Hokkaido Okinawa Everett Mobile Toulouse Hamburg Seville Heathrow Changi"""
))

# Lower-case words after a name that make it a modifier of something else: "Trump administration".
NAME_MODIFIER_OF = frozenset(_w(
    """administration administration's government campaign campaign's presidency era cabinet camp team
    family foundation estate organization organisation doctrine plan policy policies tariffs tariff
    regime regime's years loyalists supporters allies"""
))

SPEECH_VERBS = frozenset(_w(
    """said says told tells stated added adds wrote writes explained explains argued argues insisted
    insists replied replies remarked recalled believes believed thinks thought recalls"""
))

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


@cache
def given_names() -> frozenset[str]:
    return frozenset(GIVEN_NAMES.split())


@cache
def countries() -> dict[str, str]:
    """Every country name and alias -> canonical name ("U.S." -> "United States")."""
    out: dict[str, str] = {}
    for line in COUNTRIES.strip().splitlines():
        names = [n.strip() for n in line.split("|")]
        for n in names:
            out.setdefault(n, names[0])
    return out

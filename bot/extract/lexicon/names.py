"""Words in and around people's names: connectors, suffixes, family-name-first surnames, nationalities,
descriptors and the words after a name that show it names something else; read by `bot.extract.people`.

Source: written for this project (MIT). The given names and the countries are data modules of their own
(given_names.py, countries.py), each with its source and licence.
"""

from __future__ import annotations

# Lower-case words inside names: "Marine Le Pen", "Ursula von der Leyen", "Mohammed bin Salman".
NAME_CONNECTORS = frozenset(
    """de van von der den bin ibn al el da di du del della dos das la le ter ten""".split()
)

# Generational suffixes: "Donald Trump Jr." is not "Donald Trump".
NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())

# Abbreviations the tokeniser joins with their period ("Mr.", "Jr.", "Inc."): not a sentence end.
PERIOD_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr St Jr Sr Inc Corp Co Ltd Sen Gov Gen Lt Col Capt Adm Maj Sgt Prof Supt Insp Rev Hon Pres
    Rep""".split()
)

# Family names written first (Chinese, Vietnamese); Korean/Japanese ones too often double as given names.
FAMILY_NAME_FIRST = frozenset(
    """Xi Li Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Hu Guo Lin Luo Zheng Liang Song Tang Han Feng
    Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin
    Wen Mao Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Do Ngo Duong Ly""".split()
)

# Nationality and demonym words ("Indian", "Americans"): never people, never countries' mentions.
NATIONALITIES = frozenset(
    """American Americans Indian Indians British Briton Britons English Scottish Scots Welsh Irish Chinese
    Japanese Korean Koreans Russian Russians Ukrainian Ukrainians German Germans French Italian Italians
    Spanish Spaniard Spaniards Portuguese Dutch Belgian Belgians Swiss Austrian Austrians Swedish Swede
    Swedes Norwegian Norwegians Danish Dane Danes Finnish Finn Finns Polish Pole Poles Czech Czechs Slovak
    Hungarian Hungarians Romanian Romanians Bulgarian Bulgarians Greek Greeks Turkish Turk Turks Serbian
    Serbs Croatian Croats Bosnian Albanian Israeli Israelis Palestinian Palestinians Arab Arabs Arabian
    Saudi Saudis Iranian Iranians Iraqi Iraqis Syrian Syrians Lebanese Jordanian Egyptian Egyptians Libyan
    Tunisian Algerian Moroccan Sudanese Ethiopian Ethiopians Kenyan Kenyans Nigerian Nigerians Ghanaian
    South-African African Africans Asian Asians European Europeans Canadian Canadians Mexican Mexicans
    Brazilian Brazilians Argentine Argentinian Argentinians Chilean Colombian Colombians Peruvian
    Venezuelan Venezuelans Cuban Cubans Australian Australians Zealander Zealanders Pakistani Pakistanis
    Bangladeshi Bangladeshis Sri Lankan Lankans Nepali Nepalese Bhutanese Afghan Afghans Afghani Uzbek
    Kazakh Tajik Kyrgyz Turkmen Mongolian Taiwanese Vietnamese Thai Cambodian Laotian Burmese Malaysian
    Malaysians Indonesian Indonesians Filipino Filipinos Philippine Singaporean Singaporeans Emirati
    Emiratis Qatari Qataris Kuwaiti Bahraini Omani Yemeni Yemenis Somali Somalis Ugandan Tanzanian Rwandan
    Congolese Zimbabwean Zambian Angolan Mozambican Namibian Botswanan Senegalese Malian Ivorian
    Cameroonian Haitian Jamaican Dominican Guatemalan Honduran Salvadoran Nicaraguan Panamanian Ecuadorian
    Bolivian Paraguayan Uruguayan Icelandic Estonian Latvian Lithuanian Belarusian Moldovan Georgian
    Armenian Azerbaijani Azeri Kurdish Kurd Kurds Western Eastern Northern Southern Hindu Hindus Muslim
    Muslims Christian Christians Jewish Jew Jews Sikh Sikhs Buddhist Buddhists Catholic Catholics
    Protestant Protestants Sunni Shia Shiite Republican Republicans Democrat Democrats Democratic
    Conservative Conservatives Labour Liberal Liberals Communist Communists Socialist Socialists
    Indian-origin Indian-American Indian-Americans Asian-American Asian-Americans African-American
    African-Americans Anglo Latino Latinos Latina Hispanic Hispanics Caucasian Gulf Nordic Baltic
    Scandinavian Slavic Balkan Caribbean Pacific Atlantic Mediterranean""".split()
)

# Nationality-like words that stay no surname even after a given name ("Mark Cuban" is a name, "John
# Republicans" is not): parties, religions, compass adjectives (all in NATIONALITIES too).
GROUP_WORDS = frozenset(
    """Republican Republicans Democrat Democrats Democratic Conservative Conservatives Liberal Liberals
    Labour Socialist Socialists Communist Communists Christian Christians Muslim Muslims Jewish Hindu
    Hindus Catholic Catholics Protestant Protestants Western Eastern Northern Southern""".split()
)

# Last parts of hyphenated descriptors: "Lindsey Graham-type", "Texas-based".
HYPHEN_DESCRIPTORS = frozenset(
    """type style like era led backed based owned esque ish run controlled linked affiliated aligned funded
    sponsored born educated""".split()
)

# Names that look like a given name and a surname but are not people.
KNOWN_NON_PEOPLE = frozenset(["Al Qaeda", "Al Jazeera", "Al Shabaab", "Al Arabiya", "Al Aqsa", "Jim Crow"])

# Lower-case words after a name that make it a modifier of something else: "Trump administration".
NAME_MODIFIER_OF = frozenset(
    """administration administration's government campaign campaign's presidency era cabinet camp team family
    foundation estate organization organisation doctrine plan policy policies tariffs tariff regime
    regime's years loyalists supporters allies""".split()
)

# Lower-case nouns after a capitalised name that show it names a thing: "Hang Seng index", "Everett plant".
THING_FOLLOWERS = frozenset(
    """index indices indexes plant factory facility flight airport station stadium building headquarters
    campus brand model models range line series program programme project software system platform app
    device devices product products chip chips engine engines aircraft airliner airliners jet jets plane
    planes car cars vehicle vehicles truck trucks store stores shop shares stock stocks bond bonds
    contract contracts deal deals visa visas act bill law treaty accord agreement summit conference
    festival award awards prize river lake street road county district province region state city town
    village island valley area port border""".split()
)

# Speech verbs after a name of two words or more that make it a person ("Jusman Syafii Djamal said").
# Not the quotes' CUE_VERBS (bot/extract/quotes/_tokens.py): a few verbs of opinion ("believes", "thinks")
# are here, and the quotes' many cue verbs ("tweeted", "warned"...) are not: a name before those is
# not evidence enough here.
SPEECH_VERBS_AFTER_NAME = frozenset(
    """said says told tells stated added adds wrote writes explained explains argued argues insisted insists
    replied replies remarked recalled believes believed thinks thought recalls""".split()
)

# After a given name alone, these make it a person known by that name ("Bob said").
SAID_AFTER_GIVEN_NAME = frozenset("said says told asked recalled".split())

# Before a name of two words or more ("..., said Jusman Syafii Djamal").
SAID_BEFORE_NAME = frozenset("said says told".split())

# Evidence from context (bot/extract/people/_context.py): the verbs and pronouns around a name without
# evidence of its own that show the text treats it as a person's. Not the quotes' CUE_VERBS: those report
# speech, and organisations speak ("Boeing said"); these are done to or by people.

# Verbs whose object is a person ("congratulated Sudhir", "Lauding Priyanka,"); past, present and -ing forms.
HUMAN_OBJECT_VERBS = frozenset(
    """congratulate congratulated congratulates congratulating laud lauded lauds lauding felicitate felicitated
    felicitates felicitating thank thanked thanks thanking hug hugged hugs hugging kiss kissed kisses
    marry married marries marrying interview interviewed interviews interviewing arrest arrested arrests
    arresting sentence sentenced sentences sentencing convict convicted convicts convicting acquit acquitted
    acquits acquitting indict indicted indicts nominate nominated nominates nominating appoint appointed
    appoints appointing hire hired hires hiring sack sacked sacks sacking honour honoured honours honouring
    honor honored honors honoring praise praised praises praising hail hailed hails hailing console consoled
    consoles consoling kidnap kidnapped kidnaps abducted murdered killing murder murders""".split()
)

# Verbs whose subject is a person, not an organisation, a team or a country ("Atishi rejoiced"); speech
# verbs are SPEECH_VERBS_AFTER_NAME (organisations say things too).
HUMAN_SUBJECT_VERBS = frozenset(
    """rejoiced rejoices rejoice wept weeps smiled smiles laughed laughs grinned grins nodded nods shrugged
    shrugs sighed sighs thanked thanks apologised apologises apologized apologizes hugged hugs waved waves
    married marries died dies resigned resigns retired retires testified testifies confessed confesses joked
    jokes quipped quips lauded lauds congratulated congratulates hailed hails praised praises""".split()
)

# Words between a name and its verb that change nothing ("Atishi also rejoiced", "Faleolo on Friday said").
BEFORE_HUMAN_VERB = frozenset("also later then both too again reportedly himself herself yesterday today".split())

# Pronouns that refer back to a person, and those that refer to a thing ("Boeing ... It").
PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
THING_PRONOUNS = frozenset("it its itself".split())
# The subject pronouns among them: mid-sentence they refer to the clause's subject, not the nearest name.
PERSON_SUBJECT_PRONOUNS = frozenset("he she".split())

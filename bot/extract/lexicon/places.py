"""Places: names written alone in world news, and the first and last words of place names; read by
`bot.extract.people` so that places are not taken for people.

Source: written for this project (MIT). Countries are in countries.py.
"""

from __future__ import annotations

# Places often written alone (capitals and big cities in world news, states, regions).
PLACES = frozenset(
    """Washington Delhi New-Delhi Mumbai Bombay Kolkata Calcutta Chennai Madras Bengaluru Bangalore Hyderabad
    Ahmedabad Pune Jaipur Lucknow Kashmir Punjab Gujarat Kerala Bihar Assam Goa London Paris Berlin Moscow
    Beijing Shanghai Tokyo Seoul Pyongyang Taipei Hong Kong Singapore Jakarta Manila Bangkok Hanoi Dhaka
    Karachi Lahore Islamabad Kabul Tehran Baghdad Damascus Beirut Jerusalem Gaza Ramallah Riyadh Dubai
    Doha Cairo Ankara Istanbul Athens Rome Madrid Lisbon Brussels Amsterdam Vienna Geneva Zurich Stockholm
    Oslo Copenhagen Helsinki Warsaw Prague Budapest Kyiv Kiev Minsk Davos Strasbourg Luxembourg Nairobi
    Lagos Johannesburg Pretoria Addis Ababa Ottawa Toronto Montreal Vancouver Sydney Melbourne Canberra
    Auckland Wellington Brasilia Rio Janeiro Sao Paulo Buenos Aires Santiago Lima Bogota Caracas Havana
    Mexico York Chicago Boston Houston Dallas Seattle Detroit Atlanta Miami Denver Phoenix Angeles
    Francisco Diego Vegas Philadelphia Baltimore Cleveland Pittsburgh Cupertino Redmond Hollywood
    Manhattan Brooklyn Silicon Wall Texas California Florida Ohio Michigan Illinois Virginia Carolina
    Georgia Arizona Nevada Oregon Alabama Alaska Hawaii Iowa Kansas Kentucky Louisiana Maryland
    Massachusetts Minnesota Mississippi Missouri Montana Nebraska Jersey Hampshire Oklahoma Pennsylvania
    Tennessee Utah Vermont Wisconsin Wyoming Dakota Colorado Connecticut Delaware Idaho Indiana Maine
    Ontario Quebec Alberta Bavaria Scotland Wales England Europe Asia Africa America Americas Antarctica
    Arctic Oceania Eurasia Middle East West Midwest Siberia Crimea Donbas Xinjiang Tibet Taiwan Hokkaido
    Okinawa Everett Mobile Toulouse Hamburg Seville Heathrow Changi""".split()
)

# First words of place names: "San Francisco", "Los Angeles", "Fort Worth".
PLACE_PREFIXES = frozenset(
    """San Santa Los Las Fort Saint St St. Mount Mt Lake Cape Puerto Porto Rio Port Sao""".split()
)

# Last words of place names: "Capitol Hill", "Park Avenue", "Hudson River".
PLACE_SUFFIXES = frozenset(
    """Street St Road Rd Avenue Ave Boulevard Blvd Lane Square Plaza Park Bridge River Lake Sea Ocean Bay
    Gulf Strait Island Islands Mountain Mountains Mount Hill Hills Valley Desert Forest Coast Beach Canal
    Airport Station Port Harbour Harbor Capitol Hall Palace House Tower Towers Building Stadium Arena
    Province State States County District Region Territory Peninsula Highway Expressway Border Line
    Kingdom Republic Emirates Continent Zone Strip Bank Factory Plant Works Center Centre Flight Index
    Average City Springs Day Bowl Hook Garden Gardens Room Hotel Museum Library Theatre Theater Cathedral
    Abbey Castle Prison Jail Camp Base Mall Market""".split()
)

# Compass words that begin place names ("North Carolina", "New Hampshire", "Central Asia").
DIRECTIONS = frozenset("North South East West New Northern Southern Eastern Western Central".split())

# Prepositions after which a capitalised word is a place rather than a person ("officials in Bergen said").
PLACE_PREPOSITIONS = frozenset("in at from near outside inside across throughout around".split())

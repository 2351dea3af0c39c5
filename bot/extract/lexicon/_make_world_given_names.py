"""Writes world_given_names.py from the person-name lists of Faker (PyPI `faker`, MIT licence).

The census list of given_names.py is US-only; news names people from every culture ("Sudhir", "Dmitry",
"Mevlut"). Faker ships first names per locale: the Latin-script lists are taken as they are, the Cyrillic
(Russian, Ukrainian, Bulgarian) and Devanagari (Hindi, Marathi, Nepali) ones are romanised here the way
English-language news spells them (with the usual variants: "Dmitriy"/"Dmitry"/"Dmitri", "Sergey"/"Sergei";
Hindi without the final and medial inherent vowel: "Arvind", "Sudhir"). Words that are mostly not names in
English news are left out (EXCLUDED, the project's word lists). Run once by a developer, never at run time:

    pip install --target /tmp/faker faker
    python -m bot.extract.lexicon._make_world_given_names /tmp/faker

Faker is not a dependency: only the derived names are kept, with Faker's licence named in the module.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

# Latin-script locales whose first names news writes as they are.
LATIN_LOCALES = """az_AZ cs_CZ da_DK de_AT de_CH de_DE en_IN en_KE en_NG en_PK en_TH es_AR es_CL es_CO es_ES es_MX
    et_EE fi_FI fr_BE fr_CH fr_DZ fr_FR hr_HR ha_NG hu_HU id_ID ig_NG it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL
    pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE sw tr_TR tw_GH uz_UZ yo_NG zu_ZA""".split()
CYRILLIC_LOCALES = ["ru_RU", "uk_UA", "bg_BG"]
DEVANAGARI_LOCALES = ["hi_IN", "mr_IN", "ne_NP"]
ROMANISED_ATTRS = ("first_romanized_names",)  # zh_TW, ja_JP
ROMANISED_LOCALES = ["zh_TW", "ja_JP"]
NAME_ATTRS = ("first_names", "first_names_male", "first_names_female")

# Given names in some culture that English news mostly writes as ordinary words, titles or places.
EXCLUDED = frozenset(
    """Abbey Aid Alma Amber Angel Apple April Asia August Autumn Baby Bay Beach Bell Berry Bill Bishop Blue
    Bonny Born Bright Brook Brooks Bud Buck Burns Can Carol Chance Cherry Christian Clay Cliff Cloud Coral
    Crystal Daisy Dale Dawn Day Dean Deer Destiny Diamond Dusty Early Easter Eden Faith Fancy Fern Forest
    Fortune Frank Free Garnet General Gift Glen Gold Golden Grace Grant Green Happy Harmony Harvest Hazel
    Heaven Holly Honey Hope Hunter Iris Island Ivy Jade Jan Jasmine Jewel Joy June Justice King Lake Lane
    Lark Laurel Liberty Lily Love Lucky Major Mark Marsh Mason May Meadow Mercy Mike Miles Mill Miller Ming
    Moon Morning Nation Noble Ocean Olive Page Paris Patience Peace Pearl Penny Pepper Pink Piper Poppy
    Precious Prince Princess Queen Rain Ray Red Reed Rich River Robin Rock Rose Ruby Rush Sage Sandy Savannah
    Scout Sea Season Shadow Shell Sky Snow Spring Star Sterling Stone Storm Summer Sun Sunday Sunny Sweet
    Tiger Trinity True Unity Valentine Victory Violet Wave Weed West Will Willow Winter Wolf Wood Young
    Bien Bon Chan Dan Don Duc Ha Hai Han Hong Hung Huy Kim Lam Lan Le Linh Long Mai Minh Nam Nga Ngoc Phong
    Phuong Quang Sang Son Tam Thanh Thu Tien Trang Trung Tuan Van Viet Xuan Yen Dost Er
    Ilk Ad Al Am Ama Ana Ani Ara Ari Asa Ava Ban Bao Ben Bo Da De Del Di Do Dor
    El Em En Es Eva Ha He Ho Il In Is It Ja Jo Ka Ke Ki Ko La Li Lo Lu Ma Me Mi Mo Mu Na Ne Ni No Nu Oh On
    Or Pa Pe Pi Po Ra Re Ri Ro Ru Sa Se Si So Su Ta Te Ti To Tu Un Us Va Ve Vi Wa We Ya Ye Yo Yu Za Ze Zi
    Zo Lula Santa Sao Gala Lima Roma Florence Georgia Jordan
    Kenya Lourdes Madison Milan Orlando Regina Sydney Trenton Vienna Virginia Carolina Dakota Dallas
    Denver Houston Austin Phoenix Memphis Montana Nevada Tyler Chelsea Brooklyn Devon Kent York Lincoln
    Clinton Ford Nelson Jackson Washington Carter Harrison Johnson Wilson Taylor Thomas Morgan Franklin
    Christ Jesus Allah Amen Angelo Bank Banks Baron Earl Duke Count Squire Sheikh Emir Sultan Raja Rani
    Kaiser Rex Tsar Czar Pope Abbot Prior Deacon Dharma Karma Guru Lama Swami Yogi Omega Alpha Beta Delta
    Gamma Sigma Zeta Neon Echo Nova Luna Sol Terra Maya Inca Aztec Mali Chad Niger Cuba Peru Iran Iraq
    Oman Yemen India China Japan Korea Israel Jordan Syria Libya Egypt Sudan Ghana Benin Togo Gabon Angola
    Zambia Malawi Uganda Rwanda Burundi Tanzania Kenya Somalia Eritrea Djibouti Guinea Liberia Senegal
    Gambia Mauritania Morocco Algeria Tunisia Nigeria Cameroon Congo Namibia Botswana Lesotho Eswatini
    Madagascar Mauritius Comoros Seychelles Zimbabwe Mozambique Ethiopia Bharat Hindi Urdu Punjab Sindh
    Kashmir Bengal Assam Kerala Goa Delhi Mumbai Chennai Kolkata Pune Surat Agra Patna Ranchi Bhopal Indore
    Jaipur Lucknow Kanpur Nagpur Kochi Mysore Shimla Manali Ganga Yamuna Sindhu Kaveri Narmada Godavari
    Himalaya Everest Samudra Agni Vayu Indra Shiva Vishnu Brahma Kali
    Saraswati Hanuman Rama Sita Diwali Holi Eid Putin Modi Xi
    Trump Biden Obama Merkel Macron Erdogan Kim Abe Jinping Agent Beat Bent Blessing Boil Comfort Constant
    Cord Ever Fares Floor Gun Harm Innocent Jail Jet Job Kick Kin Lies Line Lone Lot Made Man Mate Maxim
    Median Mentor Mile Modest Nano Owe Per Raid Roar Sad Safari Saga Server Slave Sole Ties Tone Tore Toy
    Valid Wage Smith Rogers Mad Latin Baptist Nazi Crown Victoria Message Block Money Convention Barney
    Soviet Royal Federal National Central Southern Northern Eastern Western United Union""".split()
)

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

_DEV_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai",
               "ओ": "o", "औ": "au", "ऑ": "o"}
_DEV_MATRAS = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o",
               "ौ": "au", "ॅ": "e", "ॉ": "o"}
_DEV_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
}
_DEV_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f"}
_VIRAMA, _NUKTA = "्", "़"
_ANUSVARA = {"ं": "n", "ँ": "n", "ः": "h"}


def cyrillic_variants(name: str) -> set[str]:
    """'Дмитрий' -> Dmitriy, Dmitry, Dmitri; 'Сергей' -> Sergey, Sergei; 'Елена' -> Elena, Yelena."""
    low = "".join(_CYRILLIC.get(c, c) for c in name.lower())
    if not low.isascii() or not low.isalpha():
        return set()
    out = {low}
    if low.endswith("iy"):
        out |= {low[:-2] + "y", low[:-2] + "i"}
    if low.endswith("ey"):
        out.add(low[:-1] + "i")
    if low.endswith("y") and not low.endswith(("iy", "ey")):
        out.add(low[:-1] + "i")  # "Yury" / "Yuri"
    if low.startswith("e"):
        out.add("ye" + low[1:])
    if low.startswith("ye"):
        out.add("e" + low[2:])
    return {w.capitalize() for w in out}


def devanagari(name: str) -> str:
    """Devanagari -> the Latin spelling of Hindi news ("अरविन्द" -> Arvind, "सुनीता" -> Sunita)."""
    units: list[list[str]] = []  # [consonant, vowel] with vowel "A" = the inherent vowel, "" = none
    for c in name:
        if c in _DEV_CONSONANTS:
            units.append([_DEV_CONSONANTS[c], "A"])
        elif c == _NUKTA and units:
            base = next((k for k, v in _DEV_CONSONANTS.items() if v == units[-1][0]), "")
            units[-1][0] = _DEV_NUKTA.get(base, units[-1][0])
        elif c in _DEV_MATRAS and units:
            units[-1][1] = _DEV_MATRAS[c]
        elif c == _VIRAMA and units:
            units[-1][1] = ""
        elif c in _DEV_VOWELS:
            units.append(["", _DEV_VOWELS[c]])
        elif c in _ANUSVARA and units:
            units[-1][1] = (units[-1][1].replace("A", "a")) + _ANUSVARA[c]
        elif c not in "\u200c\u200d\u200b":
            return ""
    if len(units) > 1 and units[-1][0] and units[-1][1] == "A":
        units[-1][1] = ""  # final inherent vowel: "राम" -> Ram
    for i in range(len(units) - 2, 0, -1):  # medial: V C(a) C V -> V C C V ("अरविन्द" -> Arvind)
        if units[i][1] == "A" and units[i][0] and units[i - 1][1] and units[i + 1][0] and units[i + 1][1]:
            units[i][1] = ""
    return "".join(c + v.replace("A", "a") for c, v in units).capitalize()


def _names(module: object, attrs: tuple[str, ...]) -> set[str]:
    provider = module.Provider  # type: ignore[attr-defined]
    out: set[str] = set()
    for attr in attrs:
        value = getattr(provider, attr, None)
        if isinstance(value, dict):
            value = list(value)
        if isinstance(value, list | tuple | set | frozenset):
            out.update(str(v) for v in value)
    return out


def collect(faker_root: Path) -> set[str]:
    sys.path.insert(0, str(faker_root))
    person = "faker.providers.person."
    found: set[str] = set()
    latin = re.compile(r"[A-Z][a-zà-öø-ÿ'\-]+(?:-[A-Z][a-zà-öø-ÿ]+)?")
    for loc in LATIN_LOCALES:
        found |= {n for n in _names(importlib.import_module(person + loc), NAME_ATTRS) if latin.fullmatch(n)}
    for loc in ROMANISED_LOCALES:
        found |= {n for n in _names(importlib.import_module(person + loc), ROMANISED_ATTRS) if latin.fullmatch(n)}
    for loc in CYRILLIC_LOCALES:
        for n in _names(importlib.import_module(person + loc), NAME_ATTRS):
            found |= cyrillic_variants(n)
    for loc in DEVANAGARI_LOCALES:
        for n in _names(importlib.import_module(person + loc), NAME_ATTRS):
            roman = devanagari(n)
            if len(roman) > 2:
                found.add(roman)
    return found


def _project_words() -> set[str]:
    """Words the project's lists already give another meaning: countries, nationalities, places, titles..."""
    from bot.extract.lexicon import names, organisations, places, stopwords, titles
    from bot.extract.lexicon.countries import countries

    words = set(countries()) | names.NATIONALITIES | places.PLACES | organisations.ORG_SUFFIXES
    words |= {w.title() for w in stopwords.NAME_STOP_WORDS | titles.ROLE_HEADS | titles.ROLE_MODIFIERS}
    words |= titles.HONORIFICS | set(titles.ABBREVIATED_TITLES)
    return words


def render(found: set[str]) -> str:
    from bot.extract.lexicon.given_names import GIVEN_NAMES

    census = set(GIVEN_NAMES.split())
    keep = sorted(n for n in found if len(n) > 2 and n not in census and n not in EXCLUDED
                  and n not in _project_words())
    lines, line = [], ""
    for n in keep:
        if len(line) + len(n) + 1 > 110:
            lines.append(line)
            line = ""
        line = f"{line} {n}" if line else n
    lines.append(line)
    body = "\n".join(lines)
    return f'''"""Given names of other cultures than the US census list (given_names.py): Indian (Latin-script lists
and Hindi, Marathi and Nepali romanised), Pakistani, Russian, Ukrainian and Bulgarian (romanised, with the
usual variants), Turkish, Indonesian, African (Kenyan, Nigerian, Ghanaian, Zulu, Swahili), European, Latin
American, Chinese (Taiwanese romanisation) and Japanese.

Derived from the first-name lists of the PyPI package Faker (MIT licence, (c) Daniele Faraglia) by
bot/extract/lexicon/_make_world_given_names.py, which also says how to run it again; names that English news
mostly writes as ordinary words, places or titles are left out there. Generated: edit the generator, not
this file.
"""

from __future__ import annotations

WORLD_GIVEN_NAMES = """
{body}
"""
'''


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m bot.extract.lexicon._make_world_given_names FAKER_INSTALL_DIR")
    out = Path(__file__).with_name("world_given_names.py")
    out.write_text(render(collect(Path(sys.argv[1]))), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()

"""The patterns of the temporal tagger: one compiled regular expression per way English writes a time.

Each rule has a name (its normaliser in `_normalisers` is `_norm_<name>`) and a priority used to break ties
between overlapping matches of equal length (lower wins). Longer matches always win over shorter ones.
"""

from __future__ import annotations

import re

from bot.extract.timex._lex import (
    APPROX,
    CENTURY_ORD,
    DAY,
    HOLIDAY,
    MOD,
    MONTH_ANY,
    MONTH_FULL,
    NUM,
    QUARTER_ORD,
    TZ,
    UNIT,
    VAGUE,
    WEEKDAY_ANY,
    WEEKDAY_FULL,
    YEAR,
)

_B = r"(?<![\w’'-])"  # start of a word
_E = r"(?!\w|['’](?![sS]\b))"  # end of a word (a possessive "'s" may follow)
_REL = r"(?:this|last|next|past|previous|coming|current|following|same|upcoming|that)"
_DAYREF = (
    rf"(?:(?:{WEEKDAY_ANY},?\s+)?{MONTH_ANY}\s*{DAY}(?:,?\s+{YEAR})?|{DAY}\s+{MONTH_ANY}(?:,?\s+{YEAR})?"
    rf"|{WEEKDAY_FULL}|yesterday|today|tomorrow)"
)
_YEAR_SUFFIX = r"(?:,?\s+(?P<y>" + YEAR + r")(?![\d,.]\d)|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year)"

RULE_SOURCES: list[tuple[str, str]] = [
    ("iso", rf"(?<![\d-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d-])"),
    ("numdate", r"(?<![\d/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])"),
    ("mdy", rf"{_B}(?:(?P<mod>{MOD})\s+)?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<mon>{MONTH_ANY})\s*"
            rf"(?P<d>{DAY}){_YEAR_SUFFIX}?(?!\s*(?:%|percent))"),
    ("dmy", rf"{_B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH_ANY})"
            rf"{_YEAR_SUFFIX}?"),
    ("my", rf"{_B}(?:(?P<mod>{MOD})\s+)?(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?(?P<y>{YEAR}){_E}(?![.,]\d)"),
    ("month", rf"{_B}(?:(?P<mod>{MOD})[\s-]*)?(?:(?P<rel>{_REL})\s+)?(?P<mon>{MONTH_FULL})"
              rf"(?:\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year)?{_E}"),
    ("year", rf"(?<![\w$£€#.,/'’-])(?:(?P<mod>{MOD})\s*)?(?:(?P<fy>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)"
             rf"\s*)?(?P<y>{YEAR})(?![\w%/-]|['’](?![sS]\b)|[.,]\d|\s*(?:%|percent))"),
    ("ayear", rf"{_B}(?:(?P<mod>{MOD})\s+)?['’](?P<yy>\d\d)(?![\w%’'])"),
    ("decade", rf"{_B}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:(?P<dec>1[5-9]\d|20\d)0['’]?s"
               rf"|['’](?P<dd>\d)0['’]?s|(?:(?<=the\s)|(?<=and\s)|(?<=\sor\s))(?P<d2>[1-9])0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties"
               rf"|nineties)){_E}"),
    ("century", rf"{_B}(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<c>{CENTURY_ORD})[\s-]+century{_E}"),
    ("quarter", rf"{_B}(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?:(?P<y1>{YEAR})\s+|fiscal\s+(?P<y2>{YEAR})\s+|"
                rf"(?P<yp>last|next|this)\s+year['’]s\s+(?:fiscal\s+)?|"
                rf"(?:comparable\s+|same\s+)?(?P<ya>year-ago|year-earlier|prior-year|year-before)\s+)?"
                rf"(?:(?P<q>{QUARTER_ORD})[\s-]+(?:fiscal[\s-]+|calendar[\s-]+)?quarter|(?P<h>first|second)"
                rf"[\s-]+half|(?-i:Q(?P<qn>[1-4])))(?:\s+of\s+(?:(?P<y3>{YEAR})|(?:the\s+|this\s+)?(?P<yr>last"
                rf"|next|this|the|current)?\s*(?:fiscal\s+)?year|fiscal\s+(?P<y4>{YEAR}))|\s+(?P<y5>{YEAR}))?{_E}"),
    ("quarter_rel", rf"{_B}(?:the\s+)?(?P<rel>latest|last|previous|past|current|this|next|coming|recent|"
                    rf"year-earlier|year-ago|same)\s+quarter{_E}"
                    rf"|{_B}(?P<ly>last\s+year['’]s)\s+quarter{_E}"
                    rf"|{_B}the\s+(?:comparable\s+|same\s+)?(?P<yq>{YEAR})\s+quarter{_E}"
                    rf"|{_B}the\s+(?:same\s+|comparable\s+)?quarter\s+(?P<ya>a\s+year\s+(?:ago|earlier)){_E}"),
    ("relday", rf"{_B}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day"
               rf"\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening"
               rf"|night))?(?!['’]s\s+(?:[a-z]+\s+)?(?:generation|world|society))"),
    ("pod", rf"{_B}(?:(?P<mod>early|late|mid-?|earlier|later)\s*)?(?P<w>this|last|yesterday|tomorrow|"
            rf"{WEEKDAY_FULL})\s+(?P<pod>morning|afternoon|evening|night){_E}"),
    ("clock", rf"{_B}(?:(?P<approx>around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before"
              rf"|after)|after|before|until|by)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
              rf"(?P<ap>[ap]\.\s?m\.?|(?-i:[ap]m|AM|PM)\b|o['’]clock)(?:\s+(?P<tz>{TZ}))?"
              rf"(?:,?\s+(?:on\s+)?(?P<dref>{_DAYREF}))?"),
    ("clock24", rf"(?<![\w:.])(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)(?:\s*(?:hrs|hours|h))?\s+(?P<tz>{TZ})"
                rf"(?:,?\s+(?:on\s+)?(?P<dref>{_DAYREF}))?"),
    ("noon", rf"{_B}(?P<w>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<dref>{_DAYREF}))?{_E}"),
    ("dayref_clock", rf"{_B}(?P<dref>{WEEKDAY_FULL}|yesterday|today|tomorrow)\s+(?:at\s+)?(?P<w>noon|midnight)"
                     rf"{_E}"),
    ("weekday", rf"{_B}(?:(?P<rel>last|next|this|coming|past|early|late|(?<=the\s)previous|(?<=the\s)following)"
                rf"\s+)?(?P<wd>{WEEKDAY_FULL})"
                rf"(?:\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week)?(?!\s*[-–]?\s*(?:\d|{MONTH_ANY}))"
                rf"{_E}"),
    ("relunit", rf"{_B}(?:(?P<mod>{MOD}|earlier|later)\s+)?(?P<rel>this|last|next|past|previous|coming|current"
                rf"|following|upcoming|the\s+(?:past|last|next|coming|previous|following|current|same|"
                rf"preceding|latest|upcoming)|this\s+past)\s+(?P<u>week|weekend|month|year|quarter|decade"
                rf"|century|spring|summer|fall|autumn|winter|season|fiscal\s+year|school\s+year){_E}"),
    ("ago", rf"{_B}(?:(?P<approx>{APPROX})\s+)?(?:(?P<n>{NUM}|an?|{VAGUE})[\s-]+)?(?P<u>{UNIT})\s+"
            rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|back|since|previously){_E}"),
    ("duration", rf"{_B}(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the|another|an\s+additional|a\s+further|each\s+of"
                 rf"\s+the|the\s+(?:past|last|next|first|final|previous|following|coming|latest|remaining|"
                 rf"initial|ensuing|preceding))\s+)?(?:(?P<n>{NUM})(?:\s*(?:to|or|-|–)\s*(?P<n2>{NUM}))?|"
                 rf"(?P<vague>{VAGUE})|(?P<a>an?|one))[\s-]+(?:(?:more|additional|full|straight|"
                 rf"consecutive|trading|business|calendar|working|long|short)\s+)?(?P<u>{UNIT})"
                 rf"(?:-(?:long|old))?(?:\s+or\s+so)?{_E}"),
    ("vague_plural", rf"{_B}(?:(?P<m>recent|coming|several|many|the\s+(?:past|last|next|coming|following)"
                     rf"(?:\s+(?:few|several|many))?)\s+)?(?P<u>minutes|hours|days|weeks|months|years|decades|centuries)"
                     rf"(?P<long>-long)?{_E}"),
    ("refs", rf"{_B}(?P<w>now|currently|current|nowadays|presently|at\s+present|these\s+days|the\s+present"
             rf"(?:\s+day|\s+time)?|recently|recent|lately|in\s+the\s+past|the\s+past|formerly|previously|once"
             rf"|soon|shortly|the\s+future|in\s+future|future|the\s+near\s+future|the\s+(?:very\s+)?"
             rf"(?:foreseeable|distant|near)\s+future|in\s+the\s+meantime|meanwhile|at\s+the\s+moment|"
             rf"right\s+now|today['’]s|eventually|at\s+this\s+time|these\s+times|the\s+time\s+being){_E}(?!-)"),
    ("set", rf"{_B}(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<n>{NUM})\s+)?"
            rf"(?P<u>{UNIT}|{WEEKDAY_FULL}|{MONTH_FULL}|morning|afternoon|evening|night|spring|summer|fall"
            rf"|autumn|winter)"
            rf"|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|bimonthly|"
            rf"semiannually|fortnightly)|(?P<pl>{WEEKDAY_FULL}s|weekends|weekdays)){_E}"),
    ("times_per", rf"{_B}(?:once|twice|thrice|{NUM}\s+times)\s+(?P<span>(?:a|an|per|each|every)\s+"
                  rf"(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade))(?![\w-])"),
    ("fin_period", rf"{_B}(?:the\s+)?(?P<w>year-earlier|year-ago|latest|most\s+recent|same|comparable|"
                   rf"year-before)\s+(?P<u>period|quarter|nine\s+months|six\s+months|year){_E}"),
    ("fin_adj", rf"{_B}(?P<w>year-earlier|year-ago|a\s+year\s+(?:earlier|ago)){_E}"),
    ("the_unit", rf"{_B}(?:(?P<mod>{MOD}|earlier\s+in|later\s+in)\s+)?the\s+(?:(?P<full>full|whole|entire|fiscal"
                 rf"|calendar)\s+)?(?P<u>year|quarter|month|weekend|spring|summer|fall|autumn|winter){_E}"),
    ("the_day", rf"{_B}(?P<cue>(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|"
                rf"began|beginning)(?:\s+of)?|for|(?:early|earlier|late|later)\s+in)\s+the\s+day{_E}"),
    ("term", rf"{_B}(?:in\s+|for\s+)?the\s+(?P<w>near|short|long|medium)[\s-]term{_E}"),
    ("week_of", rf"{_B}the\s+week\s+of\s+(?P<d0>{MONTH_ANY}\s*{DAY}(?:,?\s+{YEAR})?|{DAY}\s+{MONTH_ANY}"
                rf"(?:,?\s+{YEAR})?){_E}"),
    ("half", rf"{_B}the\s+(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<yr>this|last|next)"
             rf"\s+year|the\s+year){_E}"),
    ("year_end", rf"{_B}(?:around\s+)?(?:year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year){_E}"),
    ("pod_mod", rf"{_B}(?:early|late|mid-?)\s*(?P<pod>morning|afternoon|evening)(?:\s+(?P<dref>yesterday|today|"
                rf"tomorrow|{WEEKDAY_FULL}))?{_E}"),
    ("anaphor", rf"{_B}(?:(?P<mod>earlier|later|early|late)\s+(?:on\s+|in\s+)?)?(?P<w>that|the\s+same|the\s+next"
                rf"|the\s+following|the\s+previous|the\s+preceding|the\s+prior)\s+(?P<u>day|morning|"
                rf"afternoon|evening|night|week|month|year){_E}"),
    ("spelled_year", rf"{_B}(?:the\s+year\s+)?(?P<c>nineteen|eighteen|twenty)\s+"
                     rf"(?:hundred\s+(?:and\s+)?)?(?P<yy>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                     rf"ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|"
                     rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|"
                     rf"four|five|six|seven|eight|nine)){_E}|{_B}(?:the\s+year\s+)?two\s+thousand"
                     rf"(?:\s+and\s+(?P<k>one|two|three|four|five|six|seven|eight|nine|ten))?{_E}"),
    ("holiday", rf"{_B}(?:(?P<rel>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?{_E}"),
]

RULES: list[tuple[str, re.Pattern[str], int]] = [
    (name, re.compile(src, re.IGNORECASE), prio) for prio, (name, src) in enumerate(RULE_SOURCES)
]

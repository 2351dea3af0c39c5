"""Speaker mentions around a quotation and their resolution to entities.

A mention is found from the words around a cue ("said", "told", "according to") by walking over tokens:
names (capitalised words, initials, titles), pronouns, and nominals ("the minister", "a spokesman for
the campaign"). Resolution: an entity mention that overlaps, else an alias or surname match, else (for a
pronoun or a nominal) the most recent fitting entity mentioned before, else the mention's own words.
"""

from __future__ import annotations

import bisect
import re

from bot.extract.facts import Entity, EntityKind

CUE_VERBS = frozenset(
    """underline underlines underlined underlining underscore underscored underscores highlight highlights
    highlighted highlighting reaffirm reaffirms reaffirmed reaffirming convey conveys conveyed conveying laud lauded
    lauds condemn condemns condemned condemning appeal appeals appealed flag flags flagged brief briefed
    inform informs informed mention mentions mentioned outline outlines outlined insisting signalled
    signaled signal signals say says said saying tell tells told telling add adds added adding state states
    stated write writes
    wrote writing tweet tweets tweeted tweeting post posts posted ask asks asked asking explain explains
    explained note notes noted insist insists insisted argue argues argued arguing continue continues
    continued claim claims claimed claiming reply replies replied respond responds responded warn warns
    warned warning announce announces announced acknowledge acknowledged acknowledges admit admits admitted
    observe observed remark remarked recall recalls recalled suggest suggests suggested urge urges urged
    urging vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging
    emphasize emphasizes emphasized emphasise emphasised stress stresses stressed stressing congratulate
    congratulates congratulated congratulating describe describes described describing call calls called
    calling praise praises praised praising criticize criticized criticise criticised accuse accuses accused
    accusing thank thanked express expresses expressed expressing reiterate reiterates reiterated confirm
    confirms confirmed deny denies denied predict predicts predicted quip quips quipped joke jokes joked
    boast boasts boasted complain complains complained concede concedes conceded conclude concluded counter
    countered caution cautions cautioned demand demands demanded muse mused shout shouted yell yelled
    testify testified texted emailed maintain maintains maintained contend contends contended agree agreed
    lament lamented charge charges charged allege alleged alleges commit committing committed dub dubbed
    label labeled labelled refer referred referring tout touted touting hail hailed slam slammed blast
    blasted blasting mock mocked deride derided dismiss dismissed brand branded term termed read reads
    declare declares declared declaring insisting adding noting arguing explaining stating writing recount
    recounted reported reports report announced telling wondered wonders asserted asserts affirm affirmed
    proclaimed proclaim chanted chant sang sing told cried exclaimed pressed interjected repeated repeats
    repeating put puts retorted retort scoffed sniped snapped fumed gushed conceding lashed mused boasting
    joking quipping complaining claiming saying resolving resolved committing welcomed welcome welcomes
    hailing assured assure assures reassured pointed""".split()
)
CUE_NOUNS = frozenset(
    """statement statements post posts tweet tweets interview interviews speech speeches remarks remark letter
    message comment comments words address op-ed essay email emails video""".split()
)
PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n", "him": "m", "her": "f",
    "who": "r", "which": "r",
}
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt.
    capt capt. adm adm. maj maj. pm president vice prime minister secretary senator governor mayor
    congressman congresswoman chairman chairwoman chair speaker justice judge rev rev. sir dame lord lady
    king queen prince princess pope ambassador director chief general retired former then-candidate
    candidate nominee leader envoy spokesman spokeswoman spokesperson attorney""".split()
)
ROLE_NOUNS = frozenset(
    """minister president spokesman spokeswoman spokesperson official officials aide aides adviser advisers
    advisor advisors source sources senator governor mayor candidate nominee chairman chairwoman chair
    director secretary leader leaders campaign government ministry department administration spokesman
    congressman congresswoman lawmaker lawmakers representative ambassador envoy manager strategist analyst
    analysts expert experts economist economists professor researcher researchers police officer officers
    statement report survey poll pollster organizer organizers activist activists critics critic supporters
    supporter voters voter people residents resident member members group committee company firm agency
    authorities authority court judge lawyer lawyers attorney prosecutor prosecutors chief executive founder
    host moderator reporter reporters commentator author writer aide team staff democrats republicans
    democrat republican party study observers officials organization spokesperson surrogate surrogates donor
    donors chancellor premier king queen prince pope general""".split()
)
DETERMINERS = frozenset(
    """the a an his her their its our this that these those my your one some many""".split()
)
SKIP_BEFORE_CUE = frozenset(
    """had has have was were is are would will could should can did does do also then later once again
    previously recently simply further publicly privately repeatedly flatly never not just still already
    often frequently reportedly originally initially subsequently quickly bluntly told""".split()
)
NAME_PARTICLES = frozenset(
    """de da del della di van von der den la le al el bin ibn st. jr. jr sr. sr""".split()
)
_TOKEN = re.compile(
    r"(?:[A-Z]\.){1,3}(?![\w'’])|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Prof|Rev|St|Jr|Sr|Ft)\."
    r"|[@#]?\w(?:[\w'’&-]|\.(?=\w))*|[^\w\s]"
)
_ORG_HINT = re.compile(
    r"\b(?:campaign|party|committee|department|ministry|government|administration|office|house|court|"
    r"council|agency|news|times|post|network|inc|corp|company|association|union|bank|group|university|"
    r"institute|foundation|commission|senate|congress)\b",
    re.I,
)


class Tok:
    """A word or punctuation mark with its offsets (low = lower-cased text, computed once)."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def _is_cap(t: Tok) -> bool:
    c = t.text[0]
    return c.isupper() or c in "@" or (t.text[:1] == "#" and len(t.text) > 1)


def is_cue(word: str) -> bool:
    if word[:1].islower():
        return word in CUE_VERBS
    low = word.lower()
    return low.endswith("ed") and low in CUE_VERBS  # "Murphy ... Tweeted on Friday"


def _namelike(t: Tok) -> bool:
    return _is_cap(t) or t.low in NAME_PARTICLES or t.low in TITLES


def np_before(toks: list[Tok], i: int, loose: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at token index i (inclusive), as token indices (a, b); None if none.

    `loose` also accepts a lowercase phrase back to its determiner ("a voice-over in the ad")."""
    if i < 0:
        return None
    t = toks[i]
    if t.low in PRONOUNS:
        return (i, i)
    if t.text in (")",):  # "Modi (formerly ...)" : skip back over a bracket
        j = i
        while j >= 0 and toks[j].text != "(":
            j -= 1
        return np_before(toks, j - 1, loose) if j > 0 else None
    if _is_cap(t) and t.text not in ("I",):
        a = i
        while a - 1 >= 0:
            p = toks[a - 1]
            if _namelike(p) or p.text in ("’s", "'s"):
                a -= 1
            elif p.low in ("of", "for") and a - 2 >= 0 and _is_cap(toks[a - 2]) and toks[a - 2].low not in (
                "the", "a"
            ):
                a -= 2  # Ministry of External Affairs, Secretary of State
            else:
                break
        while a < i and (toks[a].low in NAME_PARTICLES or toks[a].text in ("’s", "'s")):
            a += 1
        return (a, i)
    if t.low in ROLE_NOUNS or t.low.rstrip("s") in ROLE_NOUNS:
        a = i
        while a - 1 >= 0 and i - a < 6:
            p = toks[a - 1]
            if p.low in DETERMINERS:
                a -= 1
                break
            if p.text in (",", ".", ";", ":", "“", "”", '"') or p.low in CUE_VERBS or p.low in ("and", "but"):
                break
            a -= 1
        return (a, i)
    if loose and t.text.isalpha() and t.text.islower() and t.low not in _NP_STOP and t.low not in SKIP_BEFORE_CUE:
        for a in range(i, max(-1, i - 7), -1):
            p = toks[a]
            if p.low in DETERMINERS:
                return (a, i) if a < i else None
            if not p.text[0].isalnum() or p.low in CUE_VERBS or p.low in ("and", "but", "that", "who"):
                break
    return None


_NP_STOP = frozenset(
    """in on at during who which that after before when while and to as from with about told said of for but
    than because if by into onto under over through via per like without within among""".split()
)


def np_after(toks: list[Tok], i: int, loose: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token index i; `loose` accepts any determiner phrase ("the email")."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t.low in PRONOUNS and t.low not in ("who", "which", "her", "him"):
        return (i, i)
    if _is_cap(t):
        b = i
        while b + 1 < len(toks):
            n = toks[b + 1]
            if _namelike(n) or n.text in ("’s", "'s"):
                if n.low in NAME_PARTICLES and not (b + 2 < len(toks) and _is_cap(toks[b + 2])):
                    break
                b += 1
            elif n.low == "and" and b + 2 < len(toks) and _is_cap(toks[b + 2]) and loose:
                b += 2  # two names: "Edward-Isaac Dovere and Gabriel Debenedetti wrote"
            elif n.low in ("of", "for") and b + 2 < len(toks) and _is_cap(toks[b + 2]) and toks[b + 2].low != "the":
                b += 2  # Ministry of External Affairs
            else:
                break
        return (i, b)
    if t.low in DETERMINERS or t.low in ROLE_NOUNS or (loose and t.text.islower() and t.low not in _NP_STOP):
        b = i
        while b + 1 < len(toks) and b - i < 7:
            n = toks[b + 1]
            if n.text in (",", ".", ";", ":", "“", "”", '"', "(", ")", "—", "–", "?", "!") or n.low in _NP_STOP:
                break
            if loose and (n.low in CUE_VERBS or n.low in SKIP_BEFORE_CUE or (n.low.endswith("ed") and b > i)):
                break
            b += 1
        # must contain a role noun or a capitalised word to count as a speaker
        if loose or any(x.low in ROLE_NOUNS or x.low.rstrip("s") in ROLE_NOUNS or _is_cap(x) for x in toks[i : b + 1]):
            return (i, b)
    return None


class Resolver:
    """Maps a mention span to (canonical name, kind) using the document's entities."""

    def __init__(self, text: str, entities: list[Entity]):
        self.text = text
        self.entities = entities
        spans = []
        for e in entities:
            for s, t in e.mentions:
                spans.append((s, t, e))
        spans.sort(key=lambda x: (x[0], x[1]))
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.alias: dict[str, Entity] = {}
        for e in entities:
            for a in [e.name, *e.aliases]:
                self.alias.setdefault(_norm(a), e)
        for e in entities:
            if e.kind == "person":
                last = _norm(e.name).split(" ")[-1]
                if last:
                    self.alias.setdefault(last, e)
        self.seen: list[tuple[int, str, EntityKind | None, list[str]]] = []  # own resolved speakers
        # (pronoun, want_person, want_gender) -> (the `seen` entries it may refer to, how many were looked at)
        self._seen_fitting: dict[tuple, tuple[list, int]] = {}
        self.quoted: list[tuple[int, int]] = []
        self.quoted_starts: list[int] = []
        self.gender = {e.name: g for e in entities if e.kind == "person" and (g := _gender(e))}

    def overlapping(self, s: int, t: int) -> Entity | None:
        k = bisect.bisect_left(self.starts, t)
        best = None
        for j in range(k - 1, max(-1, k - 40), -1):
            a, b, e = self.spans[j]
            if a < t and b > s and (best is None or (b - a) > (best[1] - best[0])):
                best = (a, b, e)
        return best[2] if best else None

    def by_alias(self, words: str) -> Entity | None:
        n = _norm(_strip_titles(words))
        if not n:
            return None
        e = self.alias.get(n)
        if e is None:
            e = self.alias.get(n.split(" ")[-1])
        return e

    def resolve(self, s: int, t: int) -> tuple[str | None, EntityKind | None]:
        words = self.text[s:t]
        low = words.lower()
        if low in PRONOUNS:
            return self._antecedent(s, pronoun=low)
        e = self.overlapping(s, t)
        if e is None and words[:1].isupper():
            e = self.by_alias(words)
        if e is not None:
            return e.name, e.kind
        toks = low.split()
        bare = [_ROLE_ABBREV.get(w, w) for w in toks if w not in DETERMINERS]
        if bare and all(w in TITLES or w in ROLE_NOUNS or w in _ROLE_WORDS for w in " ".join(bare).split()):
            # a title alone: "the PM", "the President", "the external affairs minister"
            name, kind = self._antecedent(s, role=" ".join(bare))
            if name:
                return name, kind
        if toks and toks[0] in DETERMINERS:
            name, kind = self._antecedent(s, role=" ".join(toks[1:]))
            if name:
                return name, kind
            return words, _guess_kind(words)
        clean = _strip_titles(words)
        return (clean or words), _guess_kind(clean or words)

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Quotation spans: names inside quotations are never antecedents of the pronouns outside."""
        self.quoted = sorted(spans)
        self.quoted_starts = [q[0] for q in self.quoted]

    def _inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _antecedent(self, pos: int, pronoun: str | None = None, role: str | None = None):
        """The nearest fitting entity mentioned before pos (outside quotations)."""
        head = role.split()[-1].rstrip("s") if role else None
        want_person = pronoun in ("he", "she", "i", "him", "her", "who") or (
            head is not None and head not in _ORG_HEADS
        )
        want_gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun or "")
        k = bisect.bisect_left(self.starts, pos)
        fallback = None
        found: tuple[int, str, EntityKind | None] | None = None
        for j in range(k - 1, max(-1, k - 400), -1):
            a, b, e = self.spans[j]
            if b > pos or self._inside_quote(a):
                continue
            if want_person and e.kind != "person":
                continue
            if pronoun in ("it", "they", "we") and e.kind == "person":
                continue
            if want_gender and self.gender.get(e.name, want_gender) != want_gender:
                continue
            if head is not None:
                fit = self._role_fit(e, role or "", head)
                if fit == 0:
                    continue
                if fit == 1:  # "the minister" for a Prime Minister: only if nothing better is found
                    fallback = fallback or e
                    continue
            found = (a, e.name, e.kind)
            break
        if found is None and fallback is not None:
            return fallback.name, fallback.kind
        # a speaker named by a nominal earlier ("the prime minister said") is a mention too: take it when
        # it is more recent than the entity mention found
        if pronoun is not None:
            for p, name, kind, _ in reversed(self._seen_for(pronoun, want_person, want_gender)):
                if p >= pos:
                    continue
                if found is None or p > found[0]:
                    return name, kind
                break
        if found is not None:
            return found[1], found[2]
        return None, None

    @staticmethod
    def _role_fit(e: Entity, role: str, head: str) -> int:
        """2: the nominal names this entity's role ("the prime minister" / Prime Minister); 1: only its head
        matches a ranked title ("the minister" / Prime Minister); 0: no match."""
        if e.kind != "person":
            return 2 if head in e.name.lower() else 0
        best = 0
        words = [w for w in role.split() if w not in DETERMINERS]
        for r in e.roles:
            title = r.title.lower().split()
            if not title or head not in [w.rstrip("s") for w in title]:
                continue
            if all(w in title for w in words) and not any(w in _RANKS for w in title if w not in words):
                return 2
            best = 1
        return best

    def remember(self, pos: int, name: str | None, kind: EntityKind | None) -> None:
        if name:
            self.seen.append((pos, name, kind, []))

    def _fits(self, pronoun: str, want_person: bool, want_gender: str | None, name: str,
              kind: EntityKind | None) -> bool:
        if (want_person and kind != "person") or (pronoun in ("it", "they", "we") and kind == "person"):
            return False
        return not (want_gender and self.gender.get(name, want_gender) != want_gender)

    def _seen_for(self, pronoun: str, want_person: bool, want_gender: str | None) -> list:
        """The remembered speakers a pronoun may refer to, in order, kept per pronoun as speakers are
        remembered: looking back through every remembered speaker for each pronoun was quadratic when
        none fitted (an "it said" among hundreds of people quoted)."""
        key = (pronoun, want_person, want_gender)
        got = self._seen_fitting.get(key)
        if got is None:
            got = self._seen_fitting[key] = ([], 0)
        fitting, upto = got
        if upto < len(self.seen):  # file the speakers remembered since the last look
            fitting.extend(e for e in self.seen[upto:] if self._fits(pronoun, want_person, want_gender, e[1], e[2]))
            self._seen_fitting[key] = (fitting, len(self.seen))
        return fitting


_ROLE_ABBREV = {"pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister",
                "potus": "president", "cm": "chief minister", "mea": "ministry"}
_ROLE_WORDS = frozenset("external affairs foreign home finance defence defense state prime chief vice".split())
_ORG_HEADS = frozenset(
    """campaign government ministry department administration company firm agency committee party office
    embassy council court commission house network newspaper paper board union""".split()
)
_RANKS = frozenset("prime vice deputy former junior assistant acting chief".split())
_MALE = frozenset(
    """mr mr. sir king prince lord spokesman chairman congressman businessman father brother son husband""".split()
)
_FEMALE = frozenset(
    """mrs mrs. ms ms. miss madam dame queen princess lady spokeswoman chairwoman congresswoman
    businesswoman mother sister daughter wife""".split()
)
_FEMALE_NAMES = frozenset(
    """hillary melania ivanka kamala nikki sarah elizabeth nancy michelle maria mary anna angela theresa
    sonia priyanka indira smriti nirmala sushma mamata mayawati jacinda ursula christine kristalina
    marine giorgia liz jill laura susan karen linda patricia barbara jennifer lisa emily emma olivia sophia
    tulsi amy kirsten elise marjorie lauren kellyanne condoleezza madeleine samantha janet gina kristi""".split()
)


def _gender(e: Entity) -> str | None:
    words: list[str] = []
    for a in e.aliases:
        words.extend(a.lower().split()[:1])
    for r in e.roles:
        words.extend(r.title.lower().split())
    first = e.name.lower().split()[0] if e.name else ""
    if any(w in _FEMALE for w in words) or first in _FEMALE_NAMES:
        return "f"
    if any(w in _MALE for w in words):
        return "m"
    return None


def _norm(s: str) -> str:
    s = s.replace("’", "'").lower().strip(" ,.;:'\"")
    if s.endswith("'s"):
        s = s[:-2]
    return re.sub(r"\s+", " ", s)


def _strip_titles(words: str) -> str:
    toks = words.replace("’s", "").replace("'s", "").split()
    while len(toks) > 1 and (toks[0].lower() in TITLES or toks[0].lower().rstrip(".") in TITLES
                             or toks[0].lower() in DETERMINERS or toks[0].islower()):
        toks.pop(0)
    return " ".join(toks).strip(" ,")


def _guess_kind(words: str) -> EntityKind | None:
    if _ORG_HINT.search(words):
        return "organisation"
    if words and words[0].isupper():
        return "person"
    return None

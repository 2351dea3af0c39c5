"""Quotations and speakers: the seed quotations end to end, and one short case per error class fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.extract import DocumentMeta, extract
from bot.extract.facts import Entity, Quote, Role
from bot.extract.quotes import find_quotes
from bot.extract.quotes._marks import find_regions
from bot.extract.text import split_sentences

TRIM = " \t\n.,;:!?…\"'“”‘’"


def quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    return find_quotes(text, split_sentences(text), entities or [])


def person(text: str, name: str, *surface: str, roles: tuple[str, ...] = (), kind: str = "person") -> Entity:
    """An entity with every occurrence of its surface forms as mentions (longest first, no overlaps)."""
    spans: list[tuple[int, int]] = []
    for form in sorted({name, *surface}, key=len, reverse=True):
        i = text.find(form)
        while i >= 0:
            if not any(s < i + len(form) and i < e for s, e in spans):
                spans.append((i, i + len(form)))
            i = text.find(form, i + 1)
    return Entity(name, kind, list(surface), [Role(r, None, 0, 0) for r in roles], sorted(spans))  # type: ignore[arg-type]


def one(qs: list[Quote], words: str) -> Quote:
    found = [q for q in qs if words in q.text]
    assert len(found) == 1, [q.text for q in qs]
    return found[0]


# ----------------------------------------------------------------------------------------- seeds

SEED_QUOTES = [
    ("000", "direct", "S. Jaishankar", "We firmly oppose illegal mobility while promoting legitimate opportunities for "
     "Indian talent globally"),
    ("000", "post", "Narendra Modi", "Delighted to speak with my dear friend President @realDonaldTrump @POTUS. "
     "Congratulated him on his historic second term. We are committed to a mutually beneficial and trusted "
     "partnership. We will work together for the welfare of our people and towards global peace, prosperity,…"),
    ("000", "partial", "Narendra Modi", "historic second term"),
    ("000", "partial", "Narendra Modi", "mutually beneficial and trusted partnership"),
    ("000", "partial", "Narendra Modi", "dear friend"),
    ("003", "direct", "Narendra Modi", "Delighted to speak with my dear friend President @realDonaldTrump @POTUS… "
     "Congratulated him on his historic second term,"),
    ("003", "partial", "Narendra Modi", "committing to a mutually beneficial and trusted partnership"),
    ("003", "partial", "Narendra Modi", "work together for the welfare of our people and towards global peace, "
     "prosperity, and security"),
    ("003", "partial", "United States", "address concerns related to irregular migration"),
]


@pytest.fixture(scope="module")
def seed_facts(seeds_dir: Path) -> dict[str, tuple[str, list[Quote]]]:
    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name[:3]] = (text, extract(text, DocumentMeta(name=path.name)).quotes)
    if not out:
        pytest.skip(f"no seed articles in {seeds_dir}")
    return out


@pytest.mark.parametrize(("doc", "kind", "speaker", "words"), SEED_QUOTES)
def test_seed_quotes(seed_facts, doc: str, kind: str, speaker: str, words: str) -> None:
    text, qs = seed_facts[doc]
    hits = [q for q in qs if q.text.strip(TRIM) == words.strip(TRIM)]
    assert hits, f"{words!r} not found in {[q.text for q in qs]}"
    q = hits[0]
    assert q.kind == kind
    assert q.speaker == speaker
    assert text[q.start : q.end] == q.text
    assert q.speaker_start is not None and q.speaker_end is not None


def test_seed_quotes_match_gold(seed_facts, seeds_gold: dict) -> None:
    for g in seeds_gold["quotes"]:
        _, qs = seed_facts[g["doc"][:3]]
        hit = [q for q in qs if q.text.strip(TRIM) == g["text"].strip(TRIM)]
        assert hit and hit[0].speaker == g["speaker"] and hit[0].kind == g["kind"], g["text"]


def test_seed_speaker_mentions(seed_facts) -> None:
    text, qs = seed_facts["003"]
    us = one(qs, "address concerns")
    assert text[us.speaker_start : us.speaker_end] == "US"
    assert us.speaker_kind == "country" and us.cue == "asked"
    text, qs = seed_facts["000"]
    post = next(q for q in qs if q.kind == "post")
    assert text[post.speaker_start : post.speaker_end] == "Narendra Modi"


# ----------------------------------------------------------------------------------------- direct


@pytest.mark.parametrize(
    ("text", "speaker_words", "cue"),
    [
        ("“We will win this,” Smith said.", "Smith", "said"),
        ("“We will win this,” said Jane Smith, the party leader.", "Jane Smith", "said"),
        ("Smith said: “We will win this.”", "Smith", "said"),
        ("Smith told reporters, “We will win this.”", "Smith", "told"),
        ("“We will win this,” Smith, a senior party official, said on Friday.", "Smith", "said"),
        ("“We will win this,” Rep. Earl Blumenauer (D-Ore.) said.", "Rep. Earl Blumenauer", "said"),
        ("“We will win this,” CrowdStrike co-founder Dmitri Alperovitch told POLITICO.", "Dmitri Alperovitch", "told"),
        ("“We will win this,” remembered Roy Verley, a former spokesman.", "Roy Verley", "remembered"),
        ("“Do these people read newspapers?” said Bob Mulholland, a delegate who has accused rivals.",
         "Bob Mulholland", "said"),
        ("“We will win this,” the release added.", "the release", "added"),
        ("“We will win this,” Edward Dovere and Gabriel Debenedetti wrote.", "Edward Dovere and Gabriel Debenedetti",
         "wrote"),
        ("''If we nominate him, we lose,'' Mr. Cruz said.", "Mr. Cruz", "said"),
    ],
)
def test_direct_cues(text: str, speaker_words: str, cue: str) -> None:
    (q,) = quotes(text)
    assert q.kind == "direct"
    assert text[q.speaker_start : q.speaker_end] == speaker_words
    assert q.cue == cue


def test_quote_text_excludes_marks_and_keeps_span() -> None:
    text = "“We will win this,” Smith said."
    (q,) = quotes(text)
    assert q.text == "We will win this," and text[q.start : q.end] == q.text


def test_continuation_in_same_and_next_paragraph() -> None:
    text = "“We will win,” Flynn said. “And we will win big.”\n\n“Nobody can stop us.”\n\nThe rally ended."
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct"] * 3
    assert {(q.speaker_start, q.speaker_end) for q in qs} == {(15, 20)}


def test_previous_sentence_names_the_speaker() -> None:
    text = "Or maybe Jeb Bush, digital consultant Phil Musser says. “A second look is occurring for Jeb.”"
    (q,) = quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "Phil Musser"


def test_colon_paragraph_introduces_quote() -> None:
    text = "He told his audience, to rowdy applause:\n\n“Nobody is more qualified than she is.”"
    (q,) = quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "He"


def test_final_quote_then_new_sentence_is_not_attributed_to_its_subject() -> None:
    text = ("“It is the worst I have seen,” the Senate leader said. “It shows a lack of character.” Reid said "
            "both Rubio and Cruz are nobodies in the Senate.")
    qs = quotes(text)
    second = one(qs, "lack of character")
    assert text[second.speaker_start : second.speaker_end] == "Senate leader"


def test_participle_cue_uses_clause_subject() -> None:
    text = "On Tuesday, Mr. McConnell deflected questions before saying, “It's time to get on message.”"
    (q,) = quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "Mr. McConnell"


def test_signature_line_after_quote() -> None:
    text = "“Boeing and GE pay zero taxes.”\n\n- Sanders.\n\nThis is a complex issue."
    (q,) = quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "Sanders"


# ----------------------------------------------------------------------------------------- partial


def test_partial_speaker_is_subject_of_cue_verb() -> None:
    text = "PM Modi, in a post on X (formerly Twitter), expressed his delight in speaking with his “dear friend”."
    (q,) = quotes(text)
    assert q.kind == "partial" and text[q.speaker_start : q.speaker_end] == "PM Modi"


def test_partial_after_coordinated_verb_shares_speaker() -> None:
    text = "Mr Modi congratulated him on his “historic second term” and emphasized a “trusted partnership”."
    qs = quotes(text)
    assert [text[q.speaker_start : q.speaker_end] for q in qs] == ["Mr Modi", "Mr Modi"]


def test_partial_organisation_speaker_resolves_to_entity() -> None:
    text = "The US had then asked India to “address concerns related to irregular migration”."
    us = person(text, "United States", "US", kind="country")
    (q,) = quotes(text, [us])
    assert q.speaker == "United States" and q.speaker_kind == "country"
    assert text[q.speaker_start : q.speaker_end] == "US"


def test_scare_quotes_and_titles_dropped() -> None:
    assert quotes("The so-called “experts” were wrong about the weather.") == []
    assert quotes("Flynn said it Thursday on Fox News’s “Fox and Friends.”") == []


# ----------------------------------------------------------------------------------------- speakers


def test_pronoun_resolves_to_last_person() -> None:
    text = "Narendra Modi met Joe Biden. Later, Modi spoke to the press.\n\n“We are friends,” he said."
    modi = person(text, "Narendra Modi", "Modi")
    biden = person(text, "Joe Biden", "Biden")
    (q,) = quotes(text, [modi, biden])
    assert q.speaker == "Narendra Modi" and text[q.speaker_start : q.speaker_end] == "he"


def test_role_noun_resolves_to_entity_with_that_role() -> None:
    text = "Foreign Minister S. Jaishankar met Marco Rubio.\n\n“We oppose illegal mobility,” the minister said."
    jai = person(text, "S. Jaishankar", "Jaishankar", roles=("Foreign Minister",))
    rubio = person(text, "Marco Rubio", "Rubio", roles=("Secretary of State",))
    (q,) = quotes(text, [jai, rubio])
    assert q.speaker == "S. Jaishankar" and text[q.speaker_start : q.speaker_end] == "the minister"


def test_surname_alias_resolves_without_mention_overlap() -> None:
    text = "“We will win,” Jaishankar said."
    jai = Entity("S. Jaishankar", "person", ["Jaishankar"], [], [])
    (q,) = quotes(text, [jai])
    assert q.speaker == "S. Jaishankar"


def test_unknown_speaker_keeps_mention_words() -> None:
    text = "“We will win,” said Ahmed Khan."
    (q,) = quotes(text)
    assert q.speaker == "Ahmed Khan" and q.speaker_kind == "person"


# ----------------------------------------------------------------------------------------- marks and posts


def test_multi_paragraph_quote() -> None:
    """Each paragraph opens a mark, only the last closes: one quotation, attributed once, given as one Quote
    per paragraph (each exactly text[start:end]) with the same speaker."""
    text = ("“The first paragraph runs on and on.\n\n“The second paragraph runs on too.\n\n"
            "“The third paragraph ends here,” Smith said.\n\nOther news.")
    qs = quotes(text)
    assert [q.text for q in qs] == ["The first paragraph runs on and on.", "The second paragraph runs on too.",
                                    "The third paragraph ends here,"]
    assert all(q.kind == "direct" and text[q.start : q.end] == q.text for q in qs)
    assert {text[q.speaker_start : q.speaker_end] for q in qs} == {"Smith"}
    assert text[qs[-1].end] == "”"


@pytest.mark.parametrize(
    "text",
    [
        "He said “unbalanced and never closed.",
        "“”",
        "\"",
        "'' '' ''",
        "Closing first” then “open",
        "“Nested ‘single’ marks “twice” here,” she said.",
        "It’s the players’ union's \"view\" and 'that' ‘one’.",
        "“Apparently not,“ he said. “A leopard doesn’t change its spots.”",
        "",
    ],
)
def test_odd_marks_never_crash(text: str) -> None:
    for q in quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
    find_regions(text)


def test_wrong_way_closing_mark() -> None:
    text = "“Apparently not,“ he said. “A leopard doesn’t change its spots.”"
    qs = quotes(text)
    assert [q.text for q in qs] == ["Apparently not,", "A leopard doesn’t change its spots."]


def test_inline_post_signature() -> None:
    text = "Like never before. pic.twitter.com/P2qpm3h3Pm— Apple Music (@AppleMusic) September 27, 2016\n\nMore."
    (q,) = quotes(text)
    assert q.kind == "post" and q.speaker == "Apple Music" and q.text.startswith("Like never before.")


def test_pronoun_skips_person_of_other_gender() -> None:
    text = "Ms Rose Kelly met Mr Tom Brown on Friday.\n\n“It went well,” she said."
    kelly = person(text, "Rose Kelly", "Ms Rose Kelly")
    brown = person(text, "Tom Brown", "Mr Tom Brown")
    (q,) = quotes(text, [kelly, brown])
    assert q.speaker == "Rose Kelly"


def test_bare_minister_prefers_a_minister_over_the_prime_minister() -> None:
    text = ("Foreign Minister S. Jaishankar briefed Prime Minister Narendra Modi.\n\n"
            "“The talks went well,” the minister said. “We agree,” the prime minister said.")
    jai = person(text, "S. Jaishankar", "Jaishankar", roles=("Foreign Minister",))
    modi = person(text, "Narendra Modi", "Modi", roles=("Prime Minister",))
    first, second = quotes(text, [jai, modi])
    assert first.speaker == "S. Jaishankar" and second.speaker == "Narendra Modi"


def test_names_inside_quotations_are_not_antecedents() -> None:
    text = ("Joe Biden spoke first.\n\n“Donald Trump is wrong,” Biden said.\n\n"
            "“We will see,” he added.")
    biden = person(text, "Joe Biden", "Biden")
    trump = person(text, "Donald Trump", "Trump")
    qs = quotes(text, [biden, trump])
    assert one(qs, "We will see").speaker == "Joe Biden"


def test_quote_split_by_its_cue() -> None:
    text = "The “animosity is like I've never seen before,” he told CNN after the debate, “and I hope it ends.”"
    qs = quotes(text)
    second = one(qs, "and I hope")
    assert second.kind == "direct" and text[second.speaker_start : second.speaker_end] == "he"


def test_colon_after_any_verb_names_the_speaker() -> None:
    text = "In a Fox interview later that day, Trump went even further: “It is the end of his career.”"
    (q,) = quotes(text)
    assert text[q.speaker_start : q.speaker_end] == "Trump"


def test_partial_with_cue_after() -> None:
    text = "Delegates are asked to rank, and the group is less likely to be “overrun with zealots,” Hoover said."
    (q,) = quotes(text)
    assert q.kind == "partial" and text[q.speaker_start : q.speaker_end] == "Hoover"


def test_dateline_is_not_the_subject() -> None:
    text = ("New Delhi: Prime Minister Narendra Modi spoke to Trump, with the talks “committing to peace” and "
            "resolving to “work together for security”.")
    qs = quotes(text)
    assert len(qs) == 2
    assert {text[q.speaker_start : q.speaker_end] for q in qs} == {"Prime Minister Narendra Modi"}


def test_post_over_several_lines_stops_at_prose() -> None:
    text = ("The leaders spoke on Monday, officials said.\nHad a great call with my friend.\n"
            "We will work together. #IndiaUS\n— Narendra Modi (@narendramodi) January 27, 2025\nLater, more news.")
    (q,) = quotes(text)
    assert q.kind == "post" and q.text == "Had a great call with my friend.\nWe will work together. #IndiaUS"
    assert q.speaker == "Narendra Modi" and q.cue == "posted"


def test_pronoun_after_a_nominal_speaker() -> None:
    text = ("Minister S. Jaishankar met Prime Minister Narendra Modi.\n\n"
            "Speaking at the event, the prime minister said, “We are committed to peace.”\n\n"
            "“This is a historic day,” he said.")
    jai = person(text, "S. Jaishankar", "Jaishankar", roles=("Minister",))
    modi = person(text, "Narendra Modi", "Modi", roles=("Prime Minister",))
    qs = quotes(text, [jai, modi])
    assert [q.speaker for q in qs] == ["Narendra Modi", "Narendra Modi"]
    assert text[qs[0].speaker_start : qs[0].speaker_end] == "the prime minister"


@pytest.mark.parametrize(
    ("text", "kind", "words", "speaker_words"),
    [
        ("“We are committed to peace”, Modi said.", "direct", "We are committed to peace", "Modi"),
        ("'We are committed to peace', Modi said on Tuesday.", "direct", "We are committed to peace", "Modi"),
        ("Modi said, 'India is ready to work with the US'.", "direct", "India is ready to work with the US", "Modi"),
        ("MEA spokesperson Randhir Jaiswal said: “The talks were productive.”", "direct",
         "The talks were productive.", "MEA spokesperson Randhir Jaiswal"),
        ("In his remarks, Jaishankar said that “India stands ready”.", "direct", "India stands ready", "Jaishankar"),
        ("According to officials, “the visit is likely in February”.", "partial", "the visit is likely in February",
         "officials"),
    ],
)
def test_indian_and_british_styles(text: str, kind: str, words: str, speaker_words: str) -> None:
    (q,) = quotes(text)
    assert (q.kind, q.text, text[q.speaker_start : q.speaker_end]) == (kind, words, speaker_words)


def test_title_alone_resolves_by_role() -> None:
    text = ("Prime Minister Narendra Modi met Trump. The PM said India was 'ready to take back' its nationals.\n\n"
            "“We are committed,” the prime minister said.")
    modi = person(text, "Narendra Modi", "Modi", roles=("Prime Minister",))
    qs = quotes(text, [modi])
    assert [q.speaker for q in qs] == ["Narendra Modi", "Narendra Modi"]

"""Quotations as news writes them (issue 10): one short case per error class fixed.

Every sentence here is made up for this project (MIT); none is copied from an article.
"""

from __future__ import annotations

import pytest

from bot.extract.facts import Entity, Quote, Role
from bot.extract.quotes import find_quotes
from bot.extract.text import split_sentences


def quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    return find_quotes(text, split_sentences(text), entities or [])


def entity(text: str, name: str, *surface: str, roles: tuple[tuple[str, str | None], ...] = (),
           kind: str = "person") -> Entity:
    """An entity with every occurrence of its name and surface forms as mentions (longest first)."""
    spans: list[tuple[int, int]] = []
    for form in sorted({name, *surface}, key=len, reverse=True):
        i = text.find(form)
        while i >= 0:
            if not any(s < i + len(form) and i < e for s, e in spans):
                spans.append((i, i + len(form)))
            i = text.find(form, i + 1)
    return Entity(name, kind, list(surface), [Role(t, q, 0, 0) for t, q in roles], sorted(spans))  # type: ignore[arg-type]


def mention(text: str, q: Quote) -> str | None:
    return text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None


# ----------------------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“We will not back down,’ Hale said.", "We will not back down,"),  # “…’
        ("“We will not back down,\" Hale said.", "We will not back down,"),  # “…"
        ("‘We will not back down,' Hale said.", "We will not back down,"),  # ‘…'
        ("''We will not back down,'' Mr. Hale said.", "We will not back down,"),  # ''…''
    ],
)
def test_mismatched_and_doubled_marks(text: str, words: str) -> None:
    (q,) = quotes(text)
    assert q.text == words and text[q.start : q.end] == q.text
    assert mention(text, q) in ("Hale", "Mr. Hale")


def test_single_mark_inside_double_still_nests() -> None:
    text = "“He told me ‘no.’ Then he left,” Hale said."
    (q,) = quotes(text)
    assert q.text == "He told me ‘no.’ Then he left," and mention(text, q) == "Hale"


def test_backtick_opens_a_single_quotation_inside_a_double_one() -> None:
    text = "``Well may we say `Long live the king,' for nothing else will last,'' the delegate said."
    (q,) = quotes(text)
    assert q.text.startswith("Well may we say") and q.text.endswith("last,")
    assert mention(text, q) == "the delegate"


# ----------------------------------------------------------------------------------------- no speaker


@pytest.mark.parametrize(
    "text",
    [
        "The “experts” were wrong about the storm.",  # "The" opens the sentence
        "Earlier “we had no choice” was the line from the team.",  # a sentence adverb
        "The plan, described as “working for prosperity”, was welcomed by the mayor.",  # "was welcomed": passive
        "The deal was “a historic step” for Hoover.",  # the deal is the subject, not Hoover
    ],
)
def test_sentence_openers_and_things_are_no_speakers(text: str) -> None:
    assert [mention(text, q) for q in quotes(text)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nonetheless Smith said the plan was “a historic step”.", "Smith"),
        ("The clip says Hoover “has a passion for the wrong people.”", "The clip"),  # a text that speaks
        ("The company said the merger was “a historic step”.", "The company"),
        ("The ad uses footage of Jane Roe asking, “Why are we not ahead?”", "Jane Roe"),  # the name before "-ing"
    ],
)
def test_speaker_is_the_subject_not_the_opener(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert mention(text, q) == speaker


# ----------------------------------------------------------------------------------------- titles as speakers


@pytest.mark.parametrize(
    ("text", "role", "mention_words"),
    [
        # the organisation of the role names the title
        ("Kremlin Spokesman Oleg Ivanov met reporters on Monday.\n\n“There will be contacts,” the Kremlin "
         "spokesman added.", ("Spokesman", "Kremlin"), "Kremlin spokesman"),
        # a demonym for the country of the role
        ("Norwegian Prime Minister Oleg Ivanov arrived on Monday.\n\n“We are ready,” the Norwegian Prime "
         "Minister said.", ("Prime Minister", "Norway"), "Norwegian Prime Minister"),
        # "chief" stands for the title its qualifier names
        ("Defence Minister Oleg Ivanov visited the base.\n\n“We are ready,” the defence chief said.",
         ("Defence Minister", None), "the defence chief"),
    ],
)
def test_title_speaker_is_the_person_holding_it(text: str, role: tuple[str, str | None], mention_words: str) -> None:
    ivanov = entity(text, "Oleg Ivanov", "Ivanov", roles=(role,))
    other = entity(text, "Maria Berg", "Berg", roles=(("Spokesman", "Pentagon"),))
    (q,) = quotes(text, [other, ivanov])
    assert mention(text, q) == mention_words and q.speaker == "Oleg Ivanov"


def test_title_of_another_organisation_is_not_the_person() -> None:
    text = "Pentagon Spokesman Oleg Ivanov spoke first.\n\n“No comment,” a White House spokesman said."
    ivanov = entity(text, "Oleg Ivanov", "Ivanov", roles=(("Spokesman", "Pentagon"),))
    (q,) = quotes(text, [ivanov])
    assert q.speaker != "Oleg Ivanov"


# ----------------------------------------------------------------------------------------- organisations as speakers


def test_body_nominal_and_it_resolve_to_the_named_organisation() -> None:
    text = ("The Ministry of Health issued new rules on Friday, a week after Norway eased its own.\n\n"
            "“Masks remain mandatory in hospitals,” the ministry said.\n\n“Visitors must register,” it said.")
    ministry = entity(text, "Ministry of Health", kind="organisation")
    norway = entity(text, "Norway", kind="country")
    qs = quotes(text, [ministry, norway])
    assert [q.speaker for q in qs] == ["Ministry of Health", "Ministry of Health"]


def test_it_said_is_the_organisation_not_the_country_named_since() -> None:
    text = ("In a statement, the ministry said the envoy of Norway was summoned.\n\n"
            "“A full inquiry is required,” it said.")
    ministry = entity(text, "Foreign Ministry", "the ministry", kind="organisation")
    norway = entity(text, "Norway", kind="country")
    (q,) = quotes(text, [ministry, norway])
    assert q.speaker == "Foreign Ministry" and mention(text, q) == "it"


def test_the_company_is_the_organisation_a_person_speaks_for() -> None:
    text = ("Acme Robotics chief executive Jane Porter resigned on Monday.\n\n"
            "“We thank Jane for her service,” the company said in a statement.")
    porter = entity(text, "Jane Porter", "Porter", roles=(("chief executive", None),))
    (q,) = quotes(text, [porter])
    assert q.speaker == "Acme Robotics" and mention(text, q) == "the company"


def test_a_named_channel_keeps_its_own_name() -> None:
    text = ("The Turkish TV station aired the report.\n\n“The meeting is planned,” the NTV channel reported.")
    tv = entity(text, "Turkish TV", kind="organisation")
    (q,) = quotes(text, [tv])
    assert q.speaker == "NTV channel"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Competition Authority blocked the deal. The watchdog said the merger would ‘harm consumers’.",
         "Competition Authority"),
        ("The Senate Ethics Committee met for three days. The panel said the claims were “without merit”.",
         "Senate Ethics Committee"),
    ],
)
def test_watchdogs_and_panels_speak_for_their_organisation(text: str, speaker: str) -> None:
    body = entity(text, speaker, kind="organisation")
    (q,) = quotes(text, [body])
    assert q.speaker == speaker


def test_a_newspaper_calls_something_a_phrase() -> None:
    text = "Labour won the seat on Friday. The Guardian called it a “historic upset”."
    (q,) = quotes(text)
    assert q.kind == "partial" and mention(text, q) == "Guardian"


# ----------------------------------------------------------------------------------------- pronouns


def test_pronoun_is_the_subject_before_not_the_one_spoken_about() -> None:
    text = "Peter Grant spoke after the match. Grant praised Tom Reyes. “He was brilliant today,” he said."
    grant = entity(text, "Peter Grant", "Grant")
    reyes = entity(text, "Tom Reyes", "Reyes")
    (q,) = quotes(text, [grant, reyes])
    assert q.speaker == "Peter Grant"


def test_pronoun_is_who_the_sentence_before_reports() -> None:
    text = ("Oleg Ivanov and Maria Berg may meet in May, spokesman Tom Reyes told the agency.\n\n"
            "“This is possible,” he said.")
    people = [entity(text, n, n.split()[1]) for n in ("Oleg Ivanov", "Maria Berg", "Tom Reyes")]
    (q,) = quotes(text, people)
    assert q.speaker == "Tom Reyes"


def test_pronoun_is_never_the_listener() -> None:
    text = "Anna Berg met Tom Reyes on Monday. “We will appeal,” she told Reyes."
    berg = entity(text, "Anna Berg", "Berg", roles=(("Ms", None),))
    reyes = entity(text, "Tom Reyes", "Reyes")
    (q,) = quotes(text, [berg, reyes])
    assert q.speaker == "Anna Berg"


def test_pronoun_keeps_gender() -> None:
    text = "Hillary Stone attacked Tom Reyes on Monday. “That is false,” he said."
    stone = entity(text, "Hillary Stone", "Stone")
    reyes = entity(text, "Tom Reyes", "Reyes")
    (q,) = quotes(text, [stone, reyes])
    assert q.speaker == "Tom Reyes"


def test_pronoun_is_never_a_name_inside_the_quotation() -> None:
    text = "Tom Reyes spoke on Monday. “Maria Berg is wrong,” he said."
    reyes = entity(text, "Tom Reyes", "Reyes")
    berg = entity(text, "Maria Berg", "Berg")
    (q,) = quotes(text, [reyes, berg])
    assert q.speaker == "Tom Reyes"


def test_pronoun_for_a_person_introduced_after_a_title() -> None:
    """The people extractor may miss a name after a long title: the apposition still makes it a person."""
    text = ("Tom Reyes praised the launch. Union Minister of Roads & Bridges, Kavi Narang also spoke.\n\n"
            "In a post on X he said, “This is a great day.”")
    reyes = entity(text, "Tom Reyes", "Reyes")
    (q,) = quotes(text, [reyes])
    assert q.speaker == "Kavi Narang"


def test_pronoun_for_a_player_known_by_surname() -> None:
    text = ("India's skipper Jaspal Dhillon spoke on Monday. Dhillon reminded reporters of his pace.\n\n"
            "He said, “I can bowl at 150.”")
    (q,) = quotes(text)
    assert q.speaker == "Dhillon"


def test_full_stop_after_a_capital_ends_the_sentence_before_a_quotation() -> None:
    """"on X." is no initial when a quotation opens right after it: the quotation starts a sentence and
    continues the one before."""
    text = ("“The lander is upright,” the company said in a post on X. “Right now, we are sending the first "
            "images.”")
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert [mention(text, q) for q in qs] == ["the company", "the company"]


# ----------------------------------------------------------------------------------------- frames


def test_motto_after_a_cue_frame_is_a_quotation_of_the_frame() -> None:
    """A capitalised motto is no title when a cue frame introduces it; a verb of judgement after it starts a
    new clause, so the frame names the speaker."""
    text = ("While the party hailed the verdict and said, \"Long Live Truth,\" its leader Ann Roe congratulated "
            "the team.")
    (q,) = quotes(text)
    assert q.text == "Long Live Truth," and mention(text, q) == "the party" and q.rule == "frame_before"


def test_reporting_verb_right_after_still_wins_over_the_frame() -> None:
    text = "The mayor said: “The bridge will open in May,” the builder added."
    (q,) = quotes(text)
    assert mention(text, q) == "the builder"


@pytest.mark.parametrize(
    "text",
    [
        "Minister Tom Reyes congratulated the team on the success of the ‘TV-D1’ launch.",
        "Reyes praised the “Odyssey” lander on Friday.",
    ],
)
def test_a_single_capitalised_or_coded_word_is_a_label_not_a_quotation(text: str) -> None:
    assert quotes(text) == []


def test_a_single_plain_word_is_still_a_quotation() -> None:
    text = "Billionaire Tom Reyes tweeted about the loss, calling him a “titan”."
    (q,) = quotes(text)
    assert q.text == "titan" and mention(text, q) == "Billionaire Tom Reyes"


def test_a_report_that_states_what_others_agreed_speaks_for_its_owner() -> None:
    """The quotation is in the report's that-clause: the report (its owner) speaks, not those who agreed."""
    text = ("The Council’s report on the talks stated, in particular, that Reyes and Berg had agreed "
            "\"on further talks in the near future.\"")
    reyes = entity(text, "Tom Reyes", "Reyes")
    berg = entity(text, "Anna Berg", "Berg")
    (q,) = quotes(text, [reyes, berg])
    assert mention(text, q) == "Council’s report" and q.speaker == "Council"


def test_a_participle_after_a_report_keeps_its_own_speaker() -> None:
    text = ("Officials said that the contract was fair, with analyst Tom Reyes saying “The key factor was "
            "the price.”")
    (q,) = quotes(text)
    assert mention(text, q) == "Tom Reyes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tom Reyes told reporters:\n\n“We came here to win. Nothing else matters.”", "Tom Reyes"),
        ("In a post on X, Mayor Lisa Grant wrote: “The bridge reopens on Monday.”", "Mayor Lisa Grant"),
        ("The ministry said in a statement: “The budget is balanced.”", "The ministry"),
        ("Mayor Lisa Grant wrote on X:\n\nThe bridge reopens on Monday! #city\n\nOther news.", "Mayor Lisa Grant"),
    ],
)
def test_speaker_in_a_frame_before_a_colon(text: str, speaker: str) -> None:
    (q,) = quotes(text)
    assert mention(text, q) == speaker


def test_the_watchdog_is_the_authority_not_the_company_named_nearer() -> None:
    text = ("The Fair Trade Authority on Tuesday blocked the merger of Harbor Foods and Valley Fresh.\n\n"
            "“This merger would harm consumers,” the watchdog said.")
    authority = entity(text, "Fair Trade Authority", kind="organisation")
    harbor = entity(text, "Harbor Foods", kind="organisation")
    (q,) = quotes(text, [authority, harbor])
    assert q.speaker == "Fair Trade Authority"


def test_the_company_is_no_public_body() -> None:
    text = ("Harbor Foods appealed to the Fair Trade Authority on Tuesday.\n\n"
            "“We will fight this ruling,” the company said.")
    authority = entity(text, "Fair Trade Authority", kind="organisation")
    harbor = entity(text, "Harbor Foods", kind="organisation")
    (q,) = quotes(text, [harbor, authority])
    assert q.speaker == "Harbor Foods"


def test_it_said_after_a_body_named_by_a_nominal() -> None:
    """"The prosecution" is named by no entity: "it" is the prosecution, not the court named before."""
    text = "The Supreme Court upheld the verdict. The prosecution welcomed it. \"Justice was served,\" it said."
    court = entity(text, "Supreme Court", kind="organisation")
    (q,) = quotes(text, [court])
    assert q.speaker == "The prosecution"


def test_a_name_in_the_phrase_opening_the_sentence_is_not_its_pronoun() -> None:
    text = ("Prime Minister Narendra Modi congratulated the athletes on Friday.\n\n"
            "“A brilliant day. We won. They ran well. The crowd sang. The coach wept. Nobody slept.”\n\n"
            "Lauding Sudhir Kale, he tweeted, “His effort will inspire many.”")
    people = [entity(text, "Narendra Modi", "Modi"), entity(text, "Sudhir Kale")]
    last = quotes(text, people)[-1]
    assert last.text.startswith("His effort") and last.speaker == "Narendra Modi"

"""Which words of a chat message the "Check quote" menu checks."""

from __future__ import annotations

from bot.answer.claims import MAX_CLAIMS, claims_in_message


def test_quoted_passages_are_checked_one_by_one() -> None:
    msg = 'Jaishankar said “We firmly oppose illegal mobility” and Modi said "dear friend" — right?'
    assert claims_in_message(msg) == ["We firmly oppose illegal mobility", "dear friend"]


def test_whole_message_when_nothing_is_quoted_and_mentions_are_dropped() -> None:
    assert claims_in_message("<@1234567890> we will work together @everyone") == ["we will work together"]


def test_empty_and_single_word_quotes() -> None:
    assert claims_in_message("") == []
    assert claims_in_message('he called it "historic"') == ['he called it "historic"']


def test_at_most_a_few_claims() -> None:
    msg = " ".join(f"“quote number {i}”" for i in range(20))
    assert len(claims_in_message(msg)) == MAX_CLAIMS

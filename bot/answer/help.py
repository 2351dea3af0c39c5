"""/help: the commands, what each does, and an example — the same text in Discord and the console."""

from __future__ import annotations

from bot.answer.models import HelpAnswer

COMMANDS: list[tuple[str, str, str]] = [
    ("/who NAME", "Who a person is: full name, roles, aliases, cited sentences. Typos are fine.", "/who Jaishankar"),
    ("/when EVENT", "When something happened: ISO date, how many sources agree, cited.", "/when inauguration"),
    ("/quote PERSON", "What a person said, grouped by source, each quote cited.", "/quote Modi"),
    ("/check QUOTE [speaker:NAME]", "Is this quote in the sources? verbatim, close, altered, misattributed or "
     "not found, with the differences and who really said it.", "/check We firmly oppose illegal mobility"),
    ("/sources", "The documents Factdesk has read, newest first, with what each contains.", "/sources"),
    ("/source DOCUMENT", "What one document says: people, quotes, dates, amounts — each cited.", "/source 003"),
    ("/help", "This list.", "/help"),
]


def help_answer(documents: int = 0) -> HelpAnswer:
    return HelpAnswer(COMMANDS, documents)

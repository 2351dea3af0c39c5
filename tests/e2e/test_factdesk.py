"""End to end: the real Factdesk bot (bot.client.FactdeskBot + the cogs in commands/) against the Discord
API double, over the seed articles. Every test also fails if Discord would have refused a request or if
the bot logged an error (see conftest.py)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.discord_double import DiscordDouble, InteractionRecord, StoredMessage
from tests.discord_double.models import MARKDOWN_ESCAPE_RE

client_mod = pytest.importorskip("bot.client", reason="bot/client.py (FactdeskBot) is not written yet")
desk_mod = pytest.importorskip("bot.desk")
settings_mod = pytest.importorskip("bot.settings")
QUOTE_BATCH = pytest.importorskip("bot.answer.quote").QUOTE_BATCH

SEED_A = "000_49acccabc25c2743.txt"
SEED_B = "003_9c9e8ef1097f156a.txt"
# the commands the brief requires, with their one option (None: no options)
COMMANDS = {"who": "name", "when": "event", "quote": "person", "help": None}
MANAGE_GUILD = 1 << 5
CODE_SPAN_WITH_ESCAPE = re.compile(r"`[^`\n]*\\[*_~`|>#\-\[\]()\\][^`\n]*`")


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    """A private copy of the seeds: /ingest writes into the corpus folder and /reload prunes from it."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for f in sorted(seeds_dir.iterdir()):
        if f.is_file():
            shutil.copy2(f, folder / f.name)
    return folder


async def open_desk(db_path: Path, corpus: Path) -> tuple[Any, Any]:
    settings = settings_mod.Settings.load(db=db_path, corpus=corpus, env={})
    desk = await desk_mod.Desk.open(db_path, settings)
    await desk.ingest_paths([corpus])
    return desk, settings


@pytest.fixture
async def desk_and_settings(tmp_path: Path, corpus: Path) -> AsyncIterator[tuple[Any, Any]]:
    desk, settings = await open_desk(tmp_path / "factdesk.db", corpus)
    try:
        yield desk, settings
    finally:
        await desk.close()


@pytest.fixture
def desk(desk_and_settings: tuple[Any, Any]) -> Any:
    return desk_and_settings[0]


@pytest.fixture
async def factdesk(double: DiscordDouble, desk_and_settings: tuple[Any, Any], run_bot) -> AsyncIterator[Any]:
    # desk_and_settings comes before run_bot so that teardown closes the bot (and its background tasks,
    # such as the digest scheduler) before the database is closed
    desk, settings = desk_and_settings
    client = client_mod.FactdeskBot(desk=desk, settings=settings, guild_ready_timeout=0.1)
    yield await run_bot(client)
    await client.close()


@pytest.fixture
async def synced(double: DiscordDouble, factdesk: Any) -> list[Any]:
    return await factdesk.tree.sync()


async def ask(double: DiscordDouble, name: str, options: dict[str, Any] | None = None) -> StoredMessage:
    rec = await double.slash(name, options)
    await rec.wait_response(timeout=10)
    assert rec.acked_after is not None and rec.acked_after < 3.0
    return rec.final_message()


def assert_pings_nobody(msg: StoredMessage) -> None:
    assert msg.allowed_mentions_sent, "reply sent without allowed_mentions: Discord would parse every mention"
    assert msg.allowed_mentions is not None
    assert msg.allowed_mentions.get("parse") == [] and not msg.allowed_mentions.get("users")
    assert not msg.allowed_mentions.get("roles") and not msg.allowed_mentions.get("replied_user")
    assert msg.pings() == []


def field_names(msg: StoredMessage) -> list[str]:
    """Embed field names as shown (markdown escapes removed)."""
    return [MARKDOWN_ESCAPE_RE.sub(r"\1", f["name"]) for e in msg.embeds for f in e.get("fields", [])]


# --- sync ---------------------------------------------------------------------------------------------


async def test_sync_payload_names_commands_with_descriptions_and_options(
    double: DiscordDouble, factdesk: Any
) -> None:
    assert double.sync_payloads == [], "the bot must not sync on start-up"
    synced = await factdesk.tree.sync()  # the double also validates every definition as Discord would
    (path, payload) = double.sync_payloads[-1]
    assert path == f"/applications/{double.app_id}/commands"
    assert {c.name for c in synced} == {c["name"] for c in payload}
    by_name = {c["name"]: c for c in payload if c.get("type", 1) == 1}
    assert set(COMMANDS) <= set(by_name)
    for cmd in by_name.values():
        assert 1 <= len(cmd["description"]) <= 100, cmd["name"]
        for opt in cmd.get("options") or []:
            assert 1 <= len(opt["description"]) <= 100, (cmd["name"], opt["name"])
    for name, option in COMMANDS.items():
        options = by_name[name].get("options") or []
        if option is None:
            assert options == []
            continue
        (opt,) = options
        assert opt["name"] == option and opt["type"] == 3 and opt["required"] is True
        assert opt["autocomplete"] is True and opt.get("max_length") == 200
    for cmd in payload:
        if cmd.get("type", 1) != 1:  # context menus carry no description
            assert cmd.get("description", "") == ""
    assert all(c["id"] for c in double.commands())


# --- /who ---------------------------------------------------------------------------------------------


async def test_who_jaishankar_names_him_with_roles_and_citations_from_both_seeds(
    double: DiscordDouble, synced: list[Any]
) -> None:
    msg = await ask(double, "who", {"name": "Jaishankar"})
    assert len(msg.embeds) == 1
    embed = msg.embeds[0]
    assert "S. Jaishankar" in embed["title"]
    text = msg.shown_text()
    assert "Foreign Minister" in text and "External Affairs Minister" in text
    cited = " ".join(field_names(msg))
    assert SEED_A in cited and SEED_B in cited
    assert all("Jaishankar" in f["value"] for f in embed["fields"])
    assert_pings_nobody(msg)


async def test_who_autocomplete_offers_jaishankar(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("who", "name", "jai")
    await rec.wait_response()
    assert rec.choices is not None and len(rec.choices) <= 25
    assert {"name": "S. Jaishankar", "value": "S. Jaishankar"} in rec.choices
    assert rec.acked_after is not None and rec.acked_after < 3.0


async def test_who_autocomplete_with_nothing_typed(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("who", "name", "")
    await rec.wait_response()
    assert rec.choices and len(rec.choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in rec.choices)


async def test_who_echoes_hostile_query_without_pinging(double: DiscordDouble, synced: list[Any]) -> None:
    hostile = "@everyone <@123> <@&456> **x**"
    msg = await ask(double, "who", {"name": hostile})
    assert_pings_nobody(msg)
    assert "@everyone" not in msg.text()  # defused (escape_mentions inserts a zero-width space)


async def test_who_unknown_person_is_a_polite_miss(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "who", {"name": "Nobody Atall"})
    assert msg.embeds and "Nobody Atall" in msg.text()
    assert_pings_nobody(msg)


async def test_who_in_a_dm(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.slash("who", {"name": "Jaishankar"}, dm=True)
    msg = (await rec.wait_response()).final_message()
    assert "S. Jaishankar" in msg.embeds[0]["title"]
    assert_pings_nobody(msg)


async def test_admin_commands_are_not_offered_in_dms(double: DiscordDouble, synced: list[Any]) -> None:
    with pytest.raises(ValueError, match="guild-only"):
        await double.slash("reload", dm=True, permissions=MANAGE_GUILD)


# --- /when, /quote, /help -----------------------------------------------------------------------------


async def test_when_inauguration(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "when", {"event": "inauguration"})
    assert "2025-01-20" in msg.text()
    assert SEED_B in msg.shown_text()
    assert_pings_nobody(msg)


async def test_when_autocomplete(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("when", "event", "inaug")
    await rec.wait_response()
    assert rec.choices is not None and len(rec.choices) <= 25
    assert "inauguration" in [c["value"] for c in rec.choices]


async def test_quote_modi_groups_quotes_by_source(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "quote", {"person": "Modi"})
    assert "Narendra Modi" in msg.embeds[0]["title"]
    names = " ".join(field_names(msg))
    assert SEED_A in names and SEED_B in names
    assert "historic second term" in msg.text()
    assert_pings_nobody(msg)


async def test_quote_autocomplete(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("quote", "person", "mod")
    await rec.wait_response()
    assert rec.choices is not None and len(rec.choices) <= 25
    assert "Narendra Modi" in [c["value"] for c in rec.choices]


async def test_help(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "help")
    text = msg.text()
    assert all(f"/{name}" in text for name in COMMANDS)
    assert_pings_nobody(msg)


# --- Discord's rules, under load ------------------------------------------------------------------------


async def test_concurrent_commands_are_all_answered_in_time(double: DiscordDouble, synced: list[Any]) -> None:
    users = [double.make_user(f"user{i}") for i in range(6)]
    recs: list[InteractionRecord] = []
    for i, user in enumerate(users):
        name, opt, value = [
            ("who", "name", "Jaishankar"),
            ("when", "event", "inauguration"),
            ("quote", "person", "Modi"),
        ][i % 3]
        recs.append(await double.slash(name, {opt: value}, user=user))
    await asyncio.gather(*(r.wait_response(timeout=10) for r in recs))
    for rec in recs:
        assert rec.acked_after is not None and rec.acked_after < 3.0
        assert_pings_nobody(rec.final_message())


async def test_a_hundred_concurrent_interactions_are_all_answered_correctly(
    double: DiscordDouble, synced: list[Any]
) -> None:
    """100 users ask at once (the interactions are dispatched before any is answered): every one is
    acknowledged within Discord's 3 s and carries the right answer for its own question."""
    asks = [
        ("who", {"name": "Jaishankar"}, "S. Jaishankar"),
        ("when", {"event": "inauguration"}, "2025-01-20"),
        ("quote", {"person": "Modi"}, "Narendra Modi"),
        ("check", {"quote": "We firmly oppose illegal mobility", "speaker": "Trump"}, "Misattributed"),
    ]
    recs = []
    for i in range(100):
        name, options, expected = asks[i % len(asks)]
        recs.append((await double.slash(name, options, user=double.make_user(f"crowd{i}")), expected))
    await asyncio.gather(*(r.wait_response(timeout=30) for r, _ in recs))
    for rec, expected in recs:
        assert rec.acked_after is not None and rec.acked_after < 3.0
        msg = rec.final_message()
        assert expected in msg.shown_text(), (expected, msg.shown_text()[:200])
        assert_pings_nobody(msg)


async def test_every_message_the_bot_wrote_carried_allowed_mentions(
    double: DiscordDouble, synced: list[Any]
) -> None:
    for name, options in [("who", {"name": "Modi"}), ("when", {"event": "sworn in"}), ("help", None)]:
        await ask(double, name, options)
    assert double.mention_log
    assert all(am is not None and am.get("parse") == [] for _, am in double.mention_log)


# --- slow answers, failures, cooldown -------------------------------------------------------------------


async def test_slow_answer_is_deferred_then_completed_by_a_followup(
    double: DiscordDouble, synced: list[Any], desk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast_who = desk.who

    async def slow_who(query: str, *rest: Any) -> Any:
        await asyncio.sleep(1.3)  # longer than commands.respond.DEFER_AFTER (1 s)
        return await fast_who(query, *rest)

    monkeypatch.setattr(desk, "who", slow_who)
    rec = await double.slash("who", {"name": "Jaishankar"})
    await rec.wait_response(timeout=10)
    assert rec.response_type == 5 and rec.acked_after is not None and 0.9 < rec.acked_after < 3.0
    msg = rec.final_message()
    assert msg is rec.original and rec.followups == []  # the followup replaced the "thinking…" message
    assert not msg.ephemeral and "S. Jaishankar" in msg.embeds[0]["title"]
    assert_pings_nobody(msg)


async def test_a_failing_answer_is_reported_privately_and_logged(
    double: DiscordDouble, synced: list[Any], desk: Any, monkeypatch: pytest.MonkeyPatch, client_errors: list
) -> None:
    async def broken_when(query: str) -> Any:
        raise RuntimeError("store exploded")

    monkeypatch.setattr(desk, "when", broken_when)
    msg = await ask(double, "when", {"event": "inauguration"})
    assert msg.ephemeral and "went wrong" in msg.shown_text()
    assert "store exploded" not in msg.shown_text()
    assert_pings_nobody(msg)
    for _ in range(100):
        if client_errors:
            break
        await asyncio.sleep(0.01)
    assert [r.getMessage() for r in client_errors] == ["command /when failed"]
    client_errors.clear()


async def test_cooldown_answers_privately(double: DiscordDouble, synced: list[Any]) -> None:
    user = double.make_user("eager")
    answers = [await ask_as(double, user, "who", {"name": "Modi"}) for _ in range(6)]
    assert all(not m.ephemeral for m in answers[:5])
    assert answers[5].ephemeral and "Slow down" in answers[5].shown_text()


async def ask_as(double: DiscordDouble, user: Any, name: str, options: dict[str, Any]) -> StoredMessage:
    rec = await double.slash(name, options, user=user)
    await rec.wait_response(timeout=10)
    return rec.final_message()


# --- a larger corpus: answers must stay within Discord's limits ----------------------------------------

ROLES = ["External Affairs Minister", "Foreign Minister", "former Foreign Secretary", "special envoy"]


def write_big_corpus(folder: Path, count: int = 40) -> None:
    """``count`` articles with long names, each quoting Jaishankar and Modi at length and dating a summit."""
    folder.mkdir()
    for i in range(count):
        role = ROLES[i % len(ROLES)]
        words = " ".join(f"partnership{i}x{k} security prosperity cooperation" for k in range(12))
        day = 1 + i % 27
        (folder / f"{i:03d}_{'a_rather_long_article_title_' * 4}{i}.txt").write_text(
            f"New Delhi, January {day}, 2025: {role} S. Jaishankar met officials on Monday.\n\n"
            f"\u201cWe are committed to {words},\u201d {role} S. Jaishankar said on January {day}.\n\n"
            f"The summit was held on February {day}, 2025, and Jaishankar attended it. "
            f"Prime Minister Narendra Modi said \u201cthe relationship {words} matters\u201d.\n",
            encoding="utf-8",
        )


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Ingest the big corpus once per session (in its own thread and event loop); tests copy the database."""
    folder = tmp_path_factory.mktemp("big")
    corpus = folder / "corpus"
    write_big_corpus(corpus)

    async def build() -> None:
        desk, _ = await open_desk(folder / "big.db", corpus)
        await desk.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, build()).result()
    return folder / "big.db", corpus


@pytest.fixture
async def big_factdesk(
    double: DiscordDouble, run_bot, tmp_path: Path, big_db: tuple[Path, Path]
) -> AsyncIterator[Any]:
    db, corpus = big_db
    for f in db.parent.glob(db.name + "*"):  # the database and any -wal/-shm beside it
        shutil.copy2(f, tmp_path / f.name)
    settings = settings_mod.Settings.load(db=tmp_path / db.name, corpus=corpus, env={})
    desk = await desk_mod.Desk.open(settings.db_path, settings)
    try:
        client = await run_bot(client_mod.FactdeskBot(desk=desk, settings=settings, guild_ready_timeout=0.1))
        await client.tree.sync()
        yield client
        await client.close()
    finally:
        await desk.close()


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("who", {"name": "Jaishankar"}),
        ("quote", {"person": "Jaishankar"}),
        ("quote", {"person": "Modi"}),
        ("when", {"event": "summit"}),
        ("help", None),
    ],
)
async def test_big_corpus_answers_fit_discord_limits(
    double: DiscordDouble, big_factdesk: Any, name: str, options: dict[str, Any] | None
) -> None:
    # the double refuses (and the fixture fails the test) if any limit is exceeded
    msg = await ask(double, name, options)
    assert msg.embeds
    assert_pings_nobody(msg)


async def test_big_corpus_autocomplete_fits(double: DiscordDouble, big_factdesk: Any) -> None:
    for name, option, value in [
        ("who", "name", ""),
        ("who", "name", "s"),
        ("when", "event", ""),
        ("quote", "person", ""),
    ]:
        rec = await double.autocomplete(name, option, value)
        await rec.wait_response()
        assert rec.choices is not None and len(rec.choices) <= 25


def footer(msg: StoredMessage) -> str:
    return (msg.embeds[0].get("footer") or {}).get("text", "")


async def test_paged_quotes_turn_with_buttons_only_for_the_asker(
    double: DiscordDouble, big_factdesk: Any
) -> None:
    rec = await double.slash("quote", {"person": "Jaishankar"})
    msg = (await rec.wait_response()).final_message()
    pages = int(footer(msg).split("/")[1].split()[0].rstrip("+"))
    assert footer(msg).startswith(f"Page 1/{pages}+") and pages > 1  # "+": the next quotes load on Next
    buttons = msg.buttons()
    assert buttons["Previous"].get("disabled") and not buttons["Next"].get("disabled")
    assert f"1/{pages}+" in buttons

    click = await double.component(msg, buttons["Next"]["custom_id"])
    await click.wait_response()
    assert click.response_type == 7 and click.final_message() is msg  # the same message, updated in place
    assert footer(msg).startswith(f"Page 2/{pages}+")
    assert not msg.buttons()["Previous"].get("disabled") and f"2/{pages}+" in msg.buttons()

    stranger = double.make_user("stranger")
    other = await double.component(msg, msg.buttons()["Next"]["custom_id"], user=stranger)
    refusal = (await other.wait_response()).final_message()
    assert refusal.ephemeral and "Only the person who asked" in refusal.content
    assert footer(msg).startswith(f"Page 2/{pages}+")  # unchanged

    for _ in range(pages - 2):
        click = await double.component(msg, msg.buttons()["Next"]["custom_id"])
        await click.wait_response()
    assert footer(msg).startswith(f"Page {pages}/{pages}+") and not msg.buttons()["Next"].get("disabled")
    assert_pings_nobody(msg)


def quote_lines(msg: StoredMessage) -> list[str]:
    return [line for field in msg.embeds[0].get("fields", []) for line in field["value"].splitlines()
            if line.startswith("• “")]


async def test_next_on_the_last_page_loads_the_next_quotes_until_every_one_is_shown(
    double: DiscordDouble, big_factdesk: Any
) -> None:
    """/quote sends one batch of quotes; Next on its last page loads the next batch into the same message,
    until every distinct quote — as many as /who counts — has been shown once; then Next is disabled."""
    total = (await big_factdesk.desk.who("Jaishankar")).matches[0].quotes
    rec = await double.slash("quote", {"person": "Jaishankar"})
    msg = (await rec.wait_response()).final_message()
    first = int(footer(msg).split("/")[1].split()[0].rstrip("+"))
    assert f"{QUOTE_BATCH} quotes from" in footer(msg) and f"{total - QUOTE_BATCH} more" in footer(msg)
    shown = quote_lines(msg)
    clicks = 0
    while not msg.buttons()["Next"].get("disabled"):
        click = await double.component(msg, msg.buttons()["Next"]["custom_id"])
        await click.wait_response()
        assert click.response_type == 7 and click.final_message() is msg
        shown += quote_lines(msg)
        clicks += 1
        assert clicks < 50
    assert clicks > first - 1  # it went past the first batch
    assert len(shown) == len(set(shown)) == total > QUOTE_BATCH
    pages = int(footer(msg).split("/")[1].split()[0])  # no "+" once the last batch is loaded
    assert footer(msg).startswith(f"Page {pages}/{pages} · ") and pages == clicks + 1
    assert not msg.buttons()["Previous"].get("disabled")
    back = await double.component(msg, msg.buttons()["Previous"]["custom_id"])
    await back.wait_response()
    assert footer(msg).startswith(f"Page {pages - 1}/{pages} · ")
    assert_pings_nobody(msg)


# --- /check and the "Check quote" message menu ------------------------------------------------------------


async def test_check_verbatim_quote(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "check", {"quote": "historic second term", "speaker": "Modi"})
    assert "Verbatim" in msg.embeds[0]["title"]
    assert "Narendra Modi" in msg.shown_text() and SEED_A in msg.shown_text()
    assert_pings_nobody(msg)


async def test_check_altered_quote(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "check", {"quote": "historic third term"})
    assert "Altered" in msg.embeds[0]["title"] and "second" in msg.shown_text()
    assert_pings_nobody(msg)


async def test_check_speaker_autocomplete(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("check", "speaker", "mod", options={"quote": "dear friend"})
    await rec.wait_response()
    assert rec.choices is not None and "Narendra Modi" in [c["value"] for c in rec.choices]


async def test_check_quote_menu_checks_each_quote_privately(double: DiscordDouble, synced: list[Any]) -> None:
    target = double.user_message(
        "<@1> @everyone Modi said “historic third term” and called Trump a “dear friend”."
    )
    rec = await double.context_menu("Check quote", target)
    msg = (await rec.wait_response()).final_message()
    assert rec.response_type == 5 and msg is rec.original  # deferred, then the verdicts replace "thinking…"
    assert msg.ephemeral  # config: ephemeral_checks = true
    titles = [e["title"] for e in msg.embeds]
    assert len(titles) == 2 and "Altered" in titles[0] and "Verbatim" in titles[1]
    assert_pings_nobody(msg)


async def test_check_quote_menu_on_a_message_without_text(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.context_menu("Check quote", double.user_message("<@1>"))
    msg = (await rec.wait_response()).final_message()
    assert msg.ephemeral and "no text" in msg.content


async def test_check_quote_menu_on_a_message_full_of_quotes(double: DiscordDouble, synced: list[Any]) -> None:
    text = " ".join(f"“quoted claim number {i} here”" for i in range(15))
    rec = await double.context_menu("Check quote", double.user_message(text))
    msg = (await rec.wait_response(timeout=15)).final_message()
    assert 1 <= len(msg.embeds) <= 10  # the double also refuses > 10 embeds or > 6000 characters


# --- /sources and /source -------------------------------------------------------------------------------


async def test_sources_lists_both_seeds(double: DiscordDouble, synced: list[Any]) -> None:
    msg = await ask(double, "sources")
    assert SEED_A in msg.shown_text() and SEED_B in msg.shown_text()
    assert_pings_nobody(msg)


async def test_source_autocomplete_and_answer(double: DiscordDouble, synced: list[Any]) -> None:
    rec = await double.autocomplete("source", "document", "003")
    await rec.wait_response()
    assert rec.choices is not None and SEED_B in [c["value"] for c in rec.choices]
    msg = await ask(double, "source", {"document": SEED_B})
    assert "S. Jaishankar" in msg.shown_text() and "Narendra Modi" in msg.shown_text()
    assert_pings_nobody(msg)


async def test_code_spans_show_no_backslashes(double: DiscordDouble, synced: list[Any]) -> None:
    """Inside `code`, Discord shows markdown escapes literally: `003\\_9c9…` reads with a backslash."""
    msg = await ask(double, "sources")
    bad = [
        m.group(0)
        for e in msg.embeds
        for f in e.get("fields", [])
        for m in CODE_SPAN_WITH_ESCAPE.finditer(f["value"])
    ]
    assert not bad, f"/sources shows backslashes inside code spans: {bad[:2]}"


# --- admin: /ingest an attachment, /reload ----------------------------------------------------------------

NEW_ARTICLE = (
    "New Delhi, February 3, 2025: Commerce Minister Piyush Goyal met US trade officials on Monday.\n\n"
    "“We want a fair trade deal,” Commerce Minister Piyush Goyal said after the meeting.\n"
)


async def test_ingest_needs_manage_server(double: DiscordDouble, synced: list[Any], corpus: Path) -> None:
    before = sorted(p.name for p in corpus.iterdir())
    upload = double.upload("goyal.txt", NEW_ARTICLE.encode())
    msg = await ask(double, "ingest", {"file": upload})
    assert msg.ephemeral and "Manage Server" in msg.content
    assert sorted(p.name for p in corpus.iterdir()) == before
    ingest = next(c for c in double.commands() if c["name"] == "ingest")
    assert int(ingest["default_member_permissions"]) & MANAGE_GUILD


async def test_ingest_adds_an_uploaded_article(
    double: DiscordDouble, synced: list[Any], corpus: Path, desk: Any
) -> None:
    upload = double.upload("goyal.txt", NEW_ARTICLE.encode())
    rec = await double.slash("ingest", {"file": upload}, permissions=MANAGE_GUILD | 0x80000000)
    msg = (await rec.wait_response(timeout=15)).final_message()
    assert rec.response_type == 5 and msg.ephemeral and "Saved as" in msg.content
    assert ("GET", upload["url"].removeprefix(double.base_url)) in [
        (r.method, r.path) for r in double.requests
    ]
    assert not any("goyal" in p.name for p in corpus.iterdir())  # the server's own library, not the corpus
    assert (desk.settings.libraries.folder_of(int(double.guild_id)) / "goyal.txt").is_file()
    who = await ask(double, "who", {"name": "Piyush Goyal"})
    assert "Piyush Goyal" in who.shown_text() and "Commerce Minister" in who.shown_text()


async def test_reload_prunes_a_deleted_article(
    double: DiscordDouble, synced: list[Any], corpus: Path
) -> None:
    (corpus / SEED_A).unlink()
    rec = await double.slash("reload", permissions=MANAGE_GUILD)
    msg = (await rec.wait_response(timeout=15)).final_message()
    assert msg.ephemeral and msg.content
    sources = await ask(double, "sources")
    assert SEED_A not in sources.shown_text() and SEED_B in sources.shown_text()


# --- hostile input: whatever a user types, Discord must accept the reply ------------------------------------

HOSTILE = [
    "*" * 200,
    "`" * 200,
    "\\" * 200,
    "_~|>#-" * 33,
    "@everyone @here <@1> <@&2> <#3>",
    "Jaishankar " * 18,
    "🇮🇳" * 100,
    "مودي " * 40,
    "https://example.com/" + "a" * 170,
]


COMMAND_OPTIONS = [
    ("who", "name"),
    ("when", "event"),
    ("quote", "person"),
    ("check", "quote"),
    ("source", "document"),
]


def drain(client_errors: list) -> list[str]:
    """Take the logged errors out (so the fixture does not fail at teardown) and return them."""
    taken = [r.getMessage() + (f" ({r.exc_info[1]!r})" if r.exc_info else "") for r in client_errors]
    client_errors.clear()
    return taken


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
@pytest.mark.parametrize(("name", "option"), COMMAND_OPTIONS)
async def test_hostile_input_gets_an_acceptable_reply(
    double: DiscordDouble, synced: list[Any], name: str, option: str, text: str, client_errors: list
) -> None:
    user = double.make_user("fuzzer")  # a fresh user each time: the per-user cooldown is not under test here
    rec = await double.slash(name, {option: text}, user=user)
    msg = (await rec.wait_response(timeout=10)).final_message()
    await asyncio.sleep(0.05)  # let an error, if any, be logged
    assert drain(client_errors) == []
    assert msg.embeds or msg.content
    assert_pings_nobody(msg)
    complete_name, complete_option = ("check", "speaker") if name == "check" else (name, option)
    filled = {"quote": text} if name == "check" else {}
    completion = await double.autocomplete(
        complete_name, complete_option, text[:100], options=filled, user=user
    )
    await completion.wait_response()
    assert completion.choices is not None


async def test_source_unknown_document_is_a_polite_miss(
    double: DiscordDouble, synced: list[Any], client_errors: list
) -> None:
    msg = await ask(double, "source", {"document": "no such article"})
    await asyncio.sleep(0.05)
    assert drain(client_errors) == []
    assert "No document matches" in msg.shown_text()


async def test_page_buttons_are_removed_when_they_expire(
    double: DiscordDouble, big_factdesk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    paginator = pytest.importorskip("commands.paginator")
    assert paginator.Paginator.__init__.__defaults__ == (paginator.PAGE_TIMEOUT, None)  # (timeout, more)
    monkeypatch.setattr(paginator.Paginator.__init__, "__defaults__", (0.2, None))  # expire after 0.2 s
    rec = await double.slash("quote", {"person": "Modi"})
    msg = (await rec.wait_response()).final_message()
    assert msg.buttons()
    for _ in range(200):
        if not msg.components:
            break
        await asyncio.sleep(0.01)
    assert msg.components == [] and footer(msg).startswith("Page 1/")  # the page stays, the buttons go

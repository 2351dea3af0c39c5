"""Tests of the Discord API double itself, driven by the real discord.py client and a tiny test-only bot."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord_double import DiscordDouble, StoredMessage

FRUITS = ["apple", "apricot", "banana", "blackberry", "cherry", "date", "fig", "grape"]


class ProbeView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)
        self.clicks = 0

    @discord.ui.button(label="Count", custom_id="probe:count")
    async def count(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.clicks += 1
        await interaction.response.edit_message(content=f"clicked {self.clicks}")


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text = discord.ui.TextInput(label="What went wrong?", custom_id="feedback:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}", ephemeral=True)


class ProbeBot(commands.Bot):
    """A test-only bot exercising each kind of interaction reply the double has to serve."""

    def __init__(self, double: DiscordDouble) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=0.1,
        )
        self.double = double
        self.tree.add_command(app_commands.ContextMenu(name="Echo message", callback=self.echo_message))

    async def echo_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(f"it said: {message.content}", ephemeral=True)

    async def setup_hook(self) -> None:
        """One command per kind of reply the double has to serve, grouped by what the tests look at."""
        self._add_replies()
        self._add_refused_replies()
        self._add_autocomplete()
        self._add_components()
        self._add_late_and_odd_replies()

    def _add_replies(self) -> None:
        """Replies Discord accepts: a message, a deferral then a followup, a deferral then an edit."""

        @self.tree.command(name="echo", description="Repeat the text")
        @app_commands.describe(text="What to repeat")
        async def echo(interaction: discord.Interaction, text: str) -> None:
            await interaction.response.send_message(f"you said: {text}")

        @self.tree.command(name="slow", description="Defer, then answer with a followup")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await asyncio.sleep(0.05)
            await interaction.followup.send(embed=discord.Embed(title="Slow answer", description="done"))

        @self.tree.command(name="edit", description="Defer, then edit the original response")
        async def edit(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            await interaction.edit_original_response(content="edited answer")

    def _add_refused_replies(self) -> None:
        """Replies Discord refuses: too late, twice, an oversize embed."""
        bot = self

        @self.tree.command(name="late", description="Answers after Discord's 3 s window")
        async def late(interaction: discord.Interaction) -> None:
            bot.double.clock.advance(3.5)  # as if the bot had blocked for 3.5 s
            await interaction.response.send_message("too late")

        @self.tree.command(name="twice", description="Acknowledges twice")
        async def twice(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            # discord.py guards against this; a bot that responds through two Interaction objects
            # (or raw HTTP) does not have the guard. Drop it to reach the API.
            interaction.response._response_type = None
            await interaction.response.send_message("second ack")

        @self.tree.command(name="big", description="Sends an oversize embed")
        async def big(interaction: discord.Interaction) -> None:
            await interaction.response.send_message(embed=discord.Embed(title="Big", description="x" * 5000))

    def _add_autocomplete(self) -> None:
        """Autocomplete within Discord's limits, and beyond them (30 choices)."""

        @self.tree.command(name="fruit", description="Pick a fruit")
        @app_commands.describe(name="Fruit name")
        async def fruit(interaction: discord.Interaction, name: str) -> None:
            await interaction.response.send_message(f"fruit: {name}")

        @fruit.autocomplete("name")
        async def fruit_complete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f, value=f) for f in FRUITS if f.startswith(current.lower())]

        @self.tree.command(name="many", description="Autocomplete with too many choices")
        @app_commands.describe(name="Anything")
        async def many(interaction: discord.Interaction, name: str) -> None:
            await interaction.response.send_message(name)

        @many.autocomplete("name")
        async def many_complete(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"choice {i}", value=str(i)) for i in range(30)]

    def _add_components(self) -> None:
        """A button, a modal, and a mention that may or may not ping."""

        @self.tree.command(name="button", description="A message with a button")
        async def button(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("clicked 0", view=ProbeView())

        @self.tree.command(name="feedback", description="Opens a modal")
        async def feedback(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(FeedbackModal())

        @self.tree.command(name="ping", description="Mentions the caller")
        @app_commands.describe(loud="Allow the mention to ping")
        async def ping(interaction: discord.Interaction, loud: bool = False) -> None:
            mentions = discord.AllowedMentions(users=True) if loud else discord.AllowedMentions.none()
            await interaction.response.send_message(
                f"hello {interaction.user.mention}", allowed_mentions=mentions
            )

    def _add_late_and_odd_replies(self) -> None:
        """An expired token, an unserved route, deletions, edited followups, silence, a blocked loop, a file."""
        bot = self

        @self.tree.command(name="later", description="Answers after the token has expired")
        async def later(interaction: discord.Interaction) -> None:
            await interaction.response.defer()
            bot.double.clock.advance(16 * 60)
            await interaction.followup.send("a quarter of an hour later")

        @self.tree.command(name="roles", description="Calls a route the double does not serve")
        async def roles(interaction: discord.Interaction) -> None:
            await interaction.response.defer(ephemeral=True)
            assert interaction.guild is not None
            roles = await interaction.guild.fetch_roles()
            await interaction.followup.send(f"{len(roles)} roles")

        @self.tree.command(name="vanish", description="Answers, then deletes the answer")
        async def vanish(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("now you see me")
            await interaction.delete_original_response()

        @self.tree.command(name="thread", description="Answers, then a followup it edits")
        async def thread(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("first")
            second = await interaction.followup.send("second", wait=True)
            await second.edit(content="second, edited")

        @self.tree.command(name="ignore", description="Never answers")
        async def ignore(interaction: discord.Interaction) -> None:
            return None

        @self.tree.command(name="block", description="Blocks the event loop before answering")
        async def block(interaction: discord.Interaction) -> None:
            time.sleep(0.15)  # a synchronous call in a coroutine: nothing else runs meanwhile
            await interaction.response.send_message("blocked")

        @self.tree.command(name="post", description="Posts a file to the channel")
        async def post(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("posting", ephemeral=True)
            assert isinstance(interaction.channel, discord.TextChannel)
            await interaction.channel.send(
                "digest", file=discord.File(io.BytesIO(b"hello"), filename="d.txt")
            )


@pytest.fixture
async def bot(double: DiscordDouble, run_bot) -> ProbeBot:
    return await run_bot(ProbeBot(double))


async def take_errors(client_errors: list[logging.LogRecord], needle: str, timeout: float = 5.0) -> list[str]:
    """Wait until discord.py has logged an error mentioning ``needle``; return (and clear) all errors."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        taken = [str(r.exc_info[1]) if r.exc_info else r.getMessage() for r in client_errors]
        if any(needle in t for t in taken) or loop.time() > deadline:
            client_errors.clear()
            return taken
        await asyncio.sleep(0.01)


async def test_login_and_ready(double: DiscordDouble, bot: ProbeBot) -> None:
    assert bot.user is not None and str(bot.user.id) == double.app_id
    assert bot.application_id == int(double.app_id)
    guild = bot.get_guild(int(double.guild_id))
    assert guild is not None and guild.me is not None
    assert [c.name for c in guild.text_channels] == [double.channel_name]
    assert guild.me.guild_permissions.send_messages
    calls = [(r.method, r.path) for r in double.requests]
    assert ("GET", "/users/@me") in calls and ("GET", "/oauth2/applications/@me") in calls
    identify = double.connections[0].identify
    assert identify is not None and identify["token"] == "fake-token"
    assert not discord.Intents._from_value(identify["intents"]).message_content


async def test_sync_echoes_commands_with_ids(double: DiscordDouble, bot: ProbeBot) -> None:
    synced = await bot.tree.sync()
    names = {c.name for c in synced}
    assert {"echo", "slow", "fruit", "Echo message"} <= names
    assert all(c.id and c.application_id == int(double.app_id) for c in synced)
    assert {c["name"] for c in double.commands()} == names
    guild = discord.Object(id=int(double.guild_id))
    bot.tree.copy_global_to(guild=guild)
    guild_synced = await bot.tree.sync(guild=guild)
    assert {c.name for c in guild_synced} == names
    assert all(c.guild_id == int(double.guild_id) for c in guild_synced)
    fetched = await bot.tree.fetch_commands()
    assert {c.id for c in fetched} == {c.id for c in synced}


async def test_slash_reply(double: DiscordDouble, bot: ProbeBot) -> None:
    await bot.tree.sync()
    rec = await double.slash("echo", {"text": "hi <@123> @everyone"})
    await rec.wait_response()
    msg = rec.final_message()
    assert msg.content == "you said: hi <@123> @everyone"
    assert rec.response_type == 4 and rec.acked_after is not None and rec.acked_after < 3
    assert msg.message_type == 20 and msg.interaction_meta and msg.interaction_meta["name"] == "echo"
    assert msg.allowed_mentions == {"parse": []}
    assert msg.pings() == []


async def test_invalid_command_definition_is_refused_on_sync(
    double: DiscordDouble, bot: ProbeBot, client_errors
) -> None:
    async def bad(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("never")

    bot.tree.add_command(app_commands.Command(name="bad", description="d" * 101, callback=bad))
    with pytest.raises(discord.HTTPException) as excinfo:
        await bot.tree.sync()
    assert excinfo.value.code == 50035
    (v,) = double.pop_violations("command_definition")
    assert "description" in str(v.errors)
    assert double.commands() == []  # nothing stored from a refused sync


async def test_unsynced_command_is_accepted(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("echo", {"text": "no sync"})
    assert (await rec.wait_response()).final_message().content == "you said: no sync"


async def test_slash_in_a_dm(double: DiscordDouble, bot: ProbeBot) -> None:
    await bot.tree.sync()
    rec = await double.slash("echo", {"text": "private"}, dm=True)
    msg = (await rec.wait_response()).final_message()
    assert msg.content == "you said: private" and msg.channel_id == double.dm_channel_id(double.user)
    assert "member" not in rec.payload and rec.payload["context"] == 1


async def test_deferred_reply_then_followup_edits_the_loading_message(
    double: DiscordDouble, bot: ProbeBot
) -> None:
    rec = await double.slash("slow")
    await rec.wait_response()
    assert rec.response_type == 5
    msg = rec.final_message()
    assert msg is rec.original and rec.followups == []
    assert msg.embeds[0]["title"] == "Slow answer" and not msg.loading


async def test_deferred_reply_then_edit_original(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("edit")
    assert (await rec.wait_response()).final_message().content == "edited answer"


async def test_delete_original_response(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("vanish")
    await rec.wait_response()
    for _ in range(100):
        if rec.original is not None and rec.original.deleted:
            break
        await asyncio.sleep(0.01)
    assert rec.original is not None and rec.original.deleted and rec.messages() == []


async def test_followup_then_edit_it(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("thread")
    await rec.wait_response()
    for _ in range(100):
        if rec.followups and rec.followups[0].edited_timestamp:
            break
        await asyncio.sleep(0.01)
    assert [m.content for m in rec.messages()] == ["first", "second, edited"]
    assert rec.final_message() is rec.followups[0] and len(rec.followups[0].history) == 2


async def test_autocomplete(double: DiscordDouble, bot: ProbeBot) -> None:
    await bot.tree.sync()
    rec = await double.autocomplete("fruit", "name", "ap")
    await rec.wait_response()
    assert rec.response_type == 8
    assert rec.choices == [{"name": "apple", "value": "apple"}, {"name": "apricot", "value": "apricot"}]


async def test_component_click_updates_message(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("button")
    msg = (await rec.wait_response()).final_message()
    assert msg.custom_ids() == ["probe:count"]
    click = await double.component(msg, "probe:count")
    await click.wait_response()
    assert click.response_type == 7 and msg.content == "clicked 1"


async def test_context_menu(double: DiscordDouble, bot: ProbeBot) -> None:
    await bot.tree.sync()
    target = double.user_message("PM Modi met S. Jaishankar on Tuesday.")
    rec = await double.context_menu("Echo message", target)
    msg = (await rec.wait_response()).final_message()
    assert msg.content == "it said: PM Modi met S. Jaishankar on Tuesday." and msg.ephemeral
    assert msg.message_type == 23


async def test_modal_round_trip(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("feedback")
    await rec.wait_response()
    assert rec.response_type == 9 and rec.modal and rec.modal["title"] == "Feedback"
    submit = await double.submit_modal(rec, {"feedback:text": "wrong date"})
    msg = (await submit.wait_response()).final_message()
    assert msg.content == "thanks: wrong date" and msg.ephemeral


async def test_channel_post_with_file(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("post")
    await rec.wait_response()
    for _ in range(100):
        if double.channel_posts:
            break
        await asyncio.sleep(0.01)
    (post,) = double.channel_posts
    assert post.content == "digest" and post.files == {"d.txt": b"hello"}
    assert post.attachments[0]["filename"] == "d.txt"


async def test_pings_are_detected(double: DiscordDouble, bot: ProbeBot) -> None:
    quiet = await double.slash("ping")
    loud = await double.slash("ping", {"loud": True})
    assert (await quiet.wait_response()).final_message().pings() == []
    assert (await loud.wait_response()).final_message().pings() == [f"user:{double.user.id}"]


# --- the double refuses what Discord refuses ------------------------------------------------------------


async def test_late_reply_is_refused(double: DiscordDouble, bot: ProbeBot, client_errors) -> None:
    rec = await double.slash("late")
    await rec.wait_response()
    assert rec.failed and rec.original is None
    (v,) = double.pop_violations("late_ack")
    assert v.code == 10062 and v.status == 404
    assert any(
        "10062" in e for e in await take_errors(client_errors, "10062")
    )  # discord.py raised NotFound in the command


async def test_double_acknowledgement_is_refused(double: DiscordDouble, bot: ProbeBot, client_errors) -> None:
    rec = await double.slash("twice")
    await rec.wait_refused()
    (v,) = double.pop_violations(40060)
    assert v.rule == "double_ack" and v.interaction_id == rec.id
    assert any("40060" in e for e in await take_errors(client_errors, "40060"))


async def test_oversize_embed_is_refused(double: DiscordDouble, bot: ProbeBot, client_errors) -> None:
    rec = await double.slash("big")
    await rec.wait_refused()
    (v,) = double.pop_violations("embed_limits")
    assert v.code == 50035 and v.errors == {
        "data": {
            "embeds": {
                "0": {
                    "description": {
                        "_errors": [
                            {
                                "code": "BASE_TYPE_MAX_LENGTH",
                                "message": "Must be 4096 or fewer in length. (got 5000)",
                            }
                        ]
                    }
                }
            }
        }
    }
    assert not rec.acknowledged
    assert any("50035" in e for e in await take_errors(client_errors, "50035"))


async def test_too_many_autocomplete_choices_are_refused(
    double: DiscordDouble, bot: ProbeBot, client_errors
) -> None:
    await bot.tree.sync()
    rec = await double.autocomplete("many", "name", "")
    await rec.wait_refused()
    (v,) = double.pop_violations("autocomplete_choices")
    assert "choices" in (v.errors or {}).get("data", {})
    assert rec.choices is None
    # discord.py only logs a failed autocomplete; the user just sees no suggestions
    assert any("50035" in e for e in await take_errors(client_errors, "50035"))


async def test_followup_after_token_expiry_is_refused(
    double: DiscordDouble, bot: ProbeBot, client_errors
) -> None:
    rec = await double.slash("later")
    await rec.wait_refused()
    (v,) = double.pop_violations("token_expired")
    assert v.code == 50027 and v.status == 401
    assert any("50027" in e for e in await take_errors(client_errors, "50027"))


async def test_option_mismatch_with_synced_definition_is_a_test_error(
    double: DiscordDouble, bot: ProbeBot
) -> None:
    await bot.tree.sync()
    with pytest.raises(ValueError, match="no option"):
        await double.slash("echo", {"txt": "typo"})
    with pytest.raises(ValueError, match="requires option"):
        await double.slash("echo")


async def test_unknown_route_is_recorded(double: DiscordDouble, bot: ProbeBot, client_errors) -> None:
    await double.slash("roles")
    await double.wait_violation("unknown_route")
    (v,) = double.pop_violations("unknown_route")
    assert v.status == 404 and v.path.endswith("/roles")
    assert double.unknown_routes and double.unknown_routes[0][0] == "GET"
    assert any("404" in e for e in await take_errors(client_errors, "404"))
    # the command died after deferring: the user is left with "thinking…"
    (stuck,) = double.check_unanswered()
    assert stuck.rule == "never_completed"
    double.pop_violations("never_completed")


async def test_an_ignored_interaction_is_reported(double: DiscordDouble, bot: ProbeBot) -> None:
    rec = await double.slash("ignore")
    with pytest.raises(TimeoutError, match="not answered"):
        await rec.wait_response(timeout=0.2)
    (v,) = double.check_unanswered()
    assert v.rule == "no_response" and v.interaction_id == rec.id
    double.pop_violations("no_response")


async def test_blocking_the_event_loop_is_caught_in_real_time(
    double: DiscordDouble, bot: ProbeBot, client_errors
) -> None:
    double.ack_window = 0.1  # the real clock, a shorter window: as if the bot had blocked for > 3 s
    rec = await double.slash("block")
    await rec.wait_refused()
    (v,) = double.pop_violations("late_ack")
    assert rec.failed and "limit 0.1s" in v.message
    assert any("10062" in e for e in await take_errors(client_errors, "10062"))


def test_limits_catch_each_embed_rule() -> None:
    from tests.discord_double.limits import check_embeds, check_message

    long_fields = [{"name": "n" * 257, "value": "v" * 1025}] + [{"name": "a", "value": "b"}] * 25
    errors = check_embeds(
        [
            {
                "title": "t" * 257,
                "fields": long_fields,
                "footer": {"text": "f" * 2049},
                "author": {"name": "a" * 257},
            }
        ]
    )
    paths = {e.path for e in errors}
    assert {
        "embeds.0.title",
        "embeds.0.fields",
        "embeds.0.fields.0.name",
        "embeds.0.fields.0.value",
        "embeds.0.footer.text",
        "embeds.0.author.name",
    } <= paths
    total = check_embeds([{"description": "d" * 4000}, {"description": "d" * 2001}])
    assert [e.code for e in total] == ["MAX_EMBED_SIZE_EXCEEDED"]
    assert [e.path for e in check_embeds([{"title": "x"}] * 11)] == ["embeds"]
    assert [e.path for e in check_message({"content": "c" * 2001})] == ["content"]
    assert check_embeds([{"fields": [{"name": "empty", "value": ""}]}])[0].code == "BASE_TYPE_REQUIRED"


def test_stored_message_text_collects_embed_text() -> None:
    double = DiscordDouble()
    msg = StoredMessage(
        id="1",
        channel_id="2",
        author=double.bot_user,
        content="c",
        embeds=[{"title": "T", "fields": [{"name": "N", "value": "V"}], "footer": {"text": "F"}}],
    )
    assert msg.text() == "c\nT\nN\nV\nF"


LEAVES_A_VIOLATION = """
from tests.e2e.conftest import client_errors, double, run_bot  # noqa: F401
from tests.e2e.test_double import ProbeBot


async def test_leaves_a_violation(double, run_bot):
    await run_bot(ProbeBot(double))
    rec = await double.slash("big")
    await rec.wait_refused()
"""


def test_fixtures_fail_a_test_that_leaves_a_violation(tmp_path: Path) -> None:
    """The ``double`` fixture fails at teardown on a violation the test did not pop; ``client_errors`` on
    an error discord.py logged. Run in a separate pytest so this test itself stays green."""
    (tmp_path / "test_meta.py").write_text(LEAVES_A_VIOLATION, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(root / "pyproject.toml"),
            "--rootdir",
            str(root),
            str(tmp_path / "test_meta.py"),
        ],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "1 passed, 1 error" in out or "1 passed, 2 errors" in out, out
    assert "Discord would have refused" in out and "[embed_limits] 50035" in out, out
    assert "errors were logged during the test" in out, out

"""The Discord front end: a commands.Bot that loads one cog per command from commands/.

Slash-only, so it needs no privileged intents. Mentions are disabled bot-wide. The command tree is
synced only by `factdesk sync`, never on start-up (Discord limits command creates per day).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import pkgutil

import discord
from discord import app_commands
from discord.ext import commands

from bot.desk import Desk
from bot.settings import Settings

log = logging.getLogger(__name__)



def extensions() -> list[str]:
    """Every module in commands/ with a `setup` function is a cog extension: adding a feature adds a file."""
    import commands

    found = []
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"commands.{info.name}")
        if callable(getattr(module, "setup", None)):
            found.append(module.__name__)
    return sorted(found)


class FactdeskTree(app_commands.CommandTree):
    """Turns every failure of a slash command into a clear, private message; logs what the user need not see."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"Slow down a little — try again in {error.retry_after:.0f} s."
        elif isinstance(error, app_commands.MissingPermissions):
            message = "You need the Manage Server permission for that."
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use that command here."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
            message = "Something went wrong answering that. It has been logged; please try again."
        try:
            if interaction.response.is_done():
                await interaction.followup.send(message, ephemeral=True)
            else:
                await interaction.response.send_message(message, ephemeral=True)
        except discord.HTTPException:
            log.warning("could not tell the user about the error (interaction expired?)")


class FactdeskBot(commands.Bot):
    def __init__(self, desk: Desk, settings: Settings, **kwargs: object) -> None:
        intents = discord.Intents.none()
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            tree_cls=FactdeskTree,
            **kwargs,  # type: ignore[arg-type]
        )
        self.desk = desk
        self.settings = settings
        self.corpus_task: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        for extension in extensions():
            await self.load_extension(extension)

    async def on_ready(self) -> None:
        log.info("connected as %s (%s) to %d guild(s)", self.user, self.application_id, len(self.guilds))


async def _update_corpus(desk: Desk, settings: Settings) -> None:
    if not settings.corpus_dir.is_dir():
        log.warning("corpus folder %s does not exist; answering from the database only", settings.corpus_dir)
    else:
        report = await desk.ingest_paths([settings.corpus_dir], prune=True)
        log.info("corpus %s: %s", settings.corpus_dir, report.summary())
    for library, own in (await desk.reload_libraries()).items():
        if own.changed or own.failed:
            log.info("server %s's library: %s", library, own.summary())


def run_discord(settings: Settings) -> int:
    async def main() -> int:
        desk = await Desk.open(settings.db_path, settings)
        desk.use_process_pool()
        bot = FactdeskBot(desk, settings)
        try:
            async with bot:
                bot.corpus_task = asyncio.create_task(_update_corpus(desk, settings))
                await bot.start(settings.token or "")
        except discord.LoginFailure:
            log.error("Discord refused the token (DISCORD_TOKEN). Reset it in the Developer Portal; see README.")
            return 2
        except discord.PrivilegedIntentsRequired:
            log.error("Discord refused the requested intents; Factdesk needs none that are privileged.")
            return 2
        finally:
            await desk.close()
        return 0

    return asyncio.run(main())


async def sync_commands(settings: Settings, guild_id: int | None) -> int:
    """Register the slash commands with Discord: globally (may take up to an hour) or to one guild (instant)."""
    desk = await Desk.open(settings.db_path, settings)
    bot = FactdeskBot(desk, settings)
    try:
        async with bot:
            await bot.login(settings.token or "")
            if guild_id:
                guild = discord.Object(id=guild_id)
                bot.tree.copy_global_to(guild=guild)
                synced = await bot.tree.sync(guild=guild)
                where = f"guild {guild_id}"
            else:
                synced = await bot.tree.sync()
                where = "all guilds (global: can take up to an hour to appear)"
        print(f"synced {len(synced)} commands to {where}: " + ", ".join(f"/{c.name}" for c in synced))
        return 0
    except discord.LoginFailure:
        log.error("Discord refused the token (DISCORD_TOKEN); see README § Discord set-up")
        return 2
    except discord.HTTPException as exc:
        log.error("sync failed: %s", exc)
        return 1
    finally:
        await desk.close()

"""Admin commands (Manage Server, enforced by a check): /ingest an attached article or a link, /reload, the
message menu "Add to Factdesk" that reads the links in a message, and /library list | remove.

What a server adds goes to its own library: it answers in that server only (bot/store/scope.py). /library
shows a server's admins what their server added and removes it; the base library is the operator's."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.fetch import find_links
from bot.ingest import IngestError
from bot.render.embeds import clip, code, safe
from bot.render.limits import CONTENT
from bot.render.reports import describe_library, ingest_summary
from bot.watch import ingest_lock_for
from commands.respond import choices, library_of

if TYPE_CHECKING:
    from bot.client import FactdeskBot

log = logging.getLogger(__name__)


MAX_MESSAGE_LINKS = 5  # links read from one message by the menu


class AdminCog(commands.Cog):
    def __init__(self, bot: FactdeskBot) -> None:
        self.bot = bot
        self.desk = bot.desk
        self.menu = app_commands.ContextMenu(name="Add to Factdesk", callback=self.add_message_links)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="ingest", description="Add an article: attach a .txt/.md/.html file or give a link "
                          "(Manage Server).")
    @app_commands.describe(file="The article: UTF-8 text (optionally with a title/date header) or a saved web page",
                           url="A link to a web article to read and add",
                           replace="Replace a file with the same name (otherwise this one gets a new name)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def ingest(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                     replace: bool = False, url: app_commands.Range[str, 1, 2000] | None = None) -> None:
        if (file is None) == (url is None):
            await interaction.response.send_message(
                "Give one article: attach a file (file:) or paste a link (url:).", ephemeral=True)
            return
        if url is not None:
            await self._add_links(interaction, [url.strip()])
            return
        assert file is not None
        limit = self.bot.settings.max_document_bytes
        if file.size > limit:
            await interaction.response.send_message(
                f"That file is {file.size:,} bytes; the limit is {limit:,}.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
            async with ingest_lock_for(self.bot):  # never alongside the corpus watcher
                saved, report = await self.desk.upload(file.filename, data, replace=replace,
                                                       library=library_of(interaction))
        except IngestError as exc:
            await interaction.followup.send(f"Not added: {safe(str(exc))}", ephemeral=True)
            return
        except discord.HTTPException as exc:
            log.warning("could not download attachment %s: %s", file.filename, exc)
            await interaction.followup.send("Could not download that attachment; please try again.", ephemeral=True)
            return
        log.info("%s added %s via /ingest (%s): %s", interaction.user, saved.name, saved.outcome, report.summary())
        await interaction.followup.send(clip(f"{saved.describe(code)}\n{safe(ingest_summary(report))}", CONTENT),
                                        ephemeral=True)

    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def add_message_links(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """The message menu: read the links in a message (its text and its embeds' links) and add their articles.
        Menus receive the message's text without the privileged message-content intent."""
        text = "\n".join([message.content or "", *(e.url or "" for e in message.embeds)])
        links = find_links(text, limit=MAX_MESSAGE_LINKS)
        if not links:
            await interaction.response.send_message("That message has no web links to add.", ephemeral=True)
            return
        await self._add_links(interaction, links)

    async def _add_links(self, interaction: discord.Interaction, links: list[str]) -> None:
        """Read each link (fetching may take seconds: deferred first) and say what was added or exactly why not."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        lines = []
        for link in links:
            outcome = await self.desk.ingest_url(link, lock=ingest_lock_for(self.bot), library=library_of(interaction))
            log.info("%s added a link %s: %s", interaction.user, link, outcome.status)
            lines.append(safe(outcome.describe()))
        await interaction.followup.send(clip("\n".join(lines), CONTENT), ephemeral=True)

    @app_commands.command(name="reload", description="Re-scan the corpus folder for new, changed and deleted files.")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    async def reload(self, interaction: discord.Interaction) -> None:
        """The base library's folder (the same for every server) and this server's own uploads folder."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with ingest_lock_for(self.bot):
            report = await self.desk.reload()
            own = await self.desk.reload(library_of(interaction))
        for bucket in ("added", "updated", "unchanged", "reextracted", "removed", "failed"):
            getattr(report, bucket).extend(getattr(own, bucket))
        report.facts.update(own.facts)
        log.info("%s reloaded the corpus: %s", interaction.user, report.summary())
        await interaction.followup.send(clip(safe(ingest_summary(report)), CONTENT), ephemeral=True)

    library = app_commands.Group(
        name="library", description="What this server added to Factdesk: only this server sees it (Manage Server).",
        default_permissions=discord.Permissions(manage_guild=True), guild_only=True,
    )

    @library.command(name="list", description="The documents this server added (its own library), newest first.")
    @app_commands.describe(page="Page of 20 (default 1)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def library_list(self, interaction: discord.Interaction,
                           page: app_commands.Range[int, 1, 10_000] = 1) -> None:
        server = library_of(interaction)
        docs = await self.desk.library_documents(server, limit=20, offset=(page - 1) * 20)
        total = await self.desk.view(server).library_document_count(server)
        feeds = await self.desk.feeds.list(server)
        text = describe_library(docs, total, len(feeds), page, self.desk.refusal(server, "uploads"), name=code,
                                text=safe)
        await interaction.response.send_message(clip(text, CONTENT), ephemeral=True)

    @library.command(name="remove", description="Remove a document this server added (only from this server).")
    @app_commands.describe(document="The document's name, as /library list shows it")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def library_remove(self, interaction: discord.Interaction,
                             document: app_commands.Range[str, 1, 300]) -> None:
        server = library_of(interaction)
        async with ingest_lock_for(self.bot):
            removed = await self.desk.remove(document, server)
        if removed:
            log.info("%s removed %s from server %s's library", interaction.user, document, server)
            text = f"Removed {code(document)} from this server's library."
        else:
            text = (f"This server added no document named {code(document)} (see /library list). Documents of the "
                    "base library are the operator's.")
        await interaction.response.send_message(clip(text, CONTENT), ephemeral=True)

    @library_remove.autocomplete("document")
    async def library_document_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return choices(await self.desk.complete_documents(current, library=library_of(interaction), own=True))


async def setup(bot: FactdeskBot) -> None:
    await bot.add_cog(AdminCog(bot))

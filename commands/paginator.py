"""Previous/Next buttons for answers longer than one embed: only the asker turns pages; buttons expire.

An answer that comes in batches (/quote: a few dozen quotes at a time) gives a `more` loader: Next on the
last loaded page loads the next batch and appends its pages; the counter shows "3/4+" while more can come.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

import discord

from bot.render.embeds import clip
from bot.render.limits import FOOTER

log = logging.getLogger(__name__)

PAGE_TIMEOUT = 300.0  # seconds without a click before the buttons are removed
# The next batch's pages, and whether another batch follows.
Loader = Callable[[], Awaitable[tuple[list[discord.Embed], bool]]]
_PAGE_NOTE = re.compile(r"^Page \d+/\d+\+? · ")


class Paginator(discord.ui.View):
    def __init__(self, pages: list[discord.Embed], owner_id: int, timeout: float = PAGE_TIMEOUT,
                 more: Loader | None = None) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.more = more
        self.message: discord.Message | discord.InteractionMessage | discord.WebhookMessage | None = None
        if more is not None:
            self._number()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1 and self.more is None
        self.counter.label = f"{self.index + 1}/{len(self.pages)}{'+' if self.more else ''}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            "Only the person who asked can turn these pages — run the command yourself to browse.", ephemeral=True
        )
        return False

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    async def _load_more(self) -> None:
        """Append the next batch's pages, numbering every page anew ("Page 4/6+")."""
        assert self.more is not None
        try:
            pages, again = await self.more()
        except Exception:  # a failed load ends the paging where it is; the loaded pages stay
            log.exception("loading the next pages failed")
            pages, again = [], False
        self.pages += pages
        self.more = self.more if again and pages else None
        self._number()

    def _number(self) -> None:
        """Every page's footer says where it is among all loaded pages ("Page 4/6+": more can be loaded)."""
        plus = "+" if self.more else ""
        for i, page in enumerate(self.pages, start=1):
            note = _PAGE_NOTE.sub("", page.footer.text or "")
            page.set_footer(text=clip(f"Page {i}/{len(self.pages)}{plus} · {note}", FOOTER))

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        self.index = max(0, self.index - 1)
        await self._show(interaction)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        if self.index >= len(self.pages) - 1 and self.more is not None:
            await self._load_more()
        self.index = min(len(self.pages) - 1, self.index + 1)
        await self._show(interaction)

    async def on_timeout(self) -> None:
        """Expire cleanly: remove the buttons so nobody clicks a dead control."""
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as exc:
            log.debug("could not remove expired page buttons: %s", exc)

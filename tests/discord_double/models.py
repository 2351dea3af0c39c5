"""What the double remembers: users, messages, interactions, violations."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from dataclasses import dataclass, field
from typing import Any

from .limits import mentions_that_ping

MARKDOWN_ESCAPE_RE = re.compile(r"\\([\\*_~`|>#\-\[\]()])")

# Interaction types (Discord's numbering)
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
# Interaction callback types
PONG = 1
CHANNEL_MESSAGE = 4
DEFERRED_CHANNEL_MESSAGE = 5
DEFERRED_UPDATE_MESSAGE = 6
UPDATE_MESSAGE = 7
AUTOCOMPLETE_RESULT = 8
MODAL = 9

EPHEMERAL = 1 << 6
LOADING = 1 << 7

ACK_WINDOW = 3.0  # seconds to send the first callback
TOKEN_LIFETIME = 15 * 60.0  # seconds an interaction token stays valid


class Clock:
    """Monotonic clock the tests can move forward (``advance``) to reach Discord's deadlines quickly."""

    def __init__(self) -> None:
        self._offset = 0.0

    def now(self) -> float:
        return time.monotonic() + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += seconds


@dataclass
class Violation:
    """Something real Discord would have refused (or that the double could not serve)."""

    rule: str  # short name: late_ack, double_ack, content_length, embed_limits, unknown_route, ...
    code: int  # Discord's JSON error code (0 where Discord has none)
    status: int  # the HTTP status the double answered with
    message: str
    method: str = ""
    path: str = ""
    interaction_id: str | None = None
    errors: dict[str, Any] | None = None  # Discord's nested 50035 "errors" object, when relevant

    def __str__(self) -> str:
        where = f"{self.method} {self.path}".strip()
        detail = f" {self.errors}" if self.errors else ""
        return f"[{self.rule}] {self.code} {self.message} ({where}){detail}"


@dataclass
class DoubleGuild:
    """A server the bot is in, with one text channel. The double's first guild is ``double.guild``; more come from
    ``double.add_guild(...)`` (before the bot connects: READY lists them)."""

    id: str
    name: str
    channel_id: str
    channel_name: str
    bot_role_id: str


@dataclass
class DoubleUser:
    id: str
    username: str
    global_name: str | None = None
    bot: bool = False
    nick: str | None = None
    roles: list[str] = field(default_factory=list)

    def user_payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "avatar_decoration_data": None,
            "collectibles": None,
            "display_name_styles": None,
            "primary_guild": None,
            "public_flags": 0,
            "clan": None,
        }
        if self.bot:
            data["bot"] = True
        return data

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass
class StoredMessage:
    """A message as the double stored it (the latest version; ``history`` holds earlier bodies)."""

    id: str
    channel_id: str
    author: DoubleUser
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # filename -> bytes
    flags: int = 0
    allowed_mentions: dict[str, Any] | None = None
    allowed_mentions_sent: bool = False  # whether the last write carried allowed_mentions at all
    timestamp: str = ""
    edited_timestamp: str | None = None
    webhook_id: str | None = None
    application_id: str | None = None
    interaction_id: str | None = None
    interaction_meta: dict[str, Any] | None = None
    message_type: int = 0
    tts: bool = False
    deleted: bool = False
    history: list[dict[str, Any]] = field(default_factory=list)  # every body written, in order

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & LOADING)

    def pings(self) -> list[str]:
        """Mentions in the content that would notify someone, given the allowed_mentions sent."""
        return mentions_that_ping(self.content, self.allowed_mentions)

    def text(self) -> str:
        """Content plus every embed's visible text, for assertions."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts.append((embed.get("author") or {}).get("name") or "")
            for f in embed.get("fields") or []:
                parts += [f.get("name") or "", f.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
        return "\n".join(p for p in parts if p)

    def shown_text(self) -> str:
        """:meth:`text` as a reader sees it: markdown backslash-escapes (``003\\_9c9``) removed."""
        return MARKDOWN_ESCAPE_RE.sub(r"\1", self.text())

    def buttons(self) -> dict[str, dict[str, Any]]:
        """Buttons by label (custom_id, disabled, style...), for clicking by what the user sees."""
        found: dict[str, dict[str, Any]] = {}

        def walk(items: list[dict[str, Any]]) -> None:
            for item in items:
                if item.get("type") == 2 and item.get("label") is not None:
                    found[item["label"]] = item
                walk(item.get("components") or [])

        walk(self.components)
        return found

    def custom_ids(self) -> list[str]:
        ids: list[str] = []

        def walk(items: list[dict[str, Any]]) -> None:
            for item in items:
                if "custom_id" in item:
                    ids.append(item["custom_id"])
                walk(item.get("components") or [])

        walk(self.components)
        return ids


@dataclass
class InteractionRecord:
    """One interaction the double dispatched, and everything the bot did with it."""

    id: str
    token: str
    type: int
    payload: dict[str, Any]
    dispatched_at: float
    clock: Clock
    callbacks: list[dict[str, Any]] = field(default_factory=list)  # accepted callback bodies
    refused: list[Violation] = field(default_factory=list)  # violations tied to this interaction
    response_type: int | None = None  # type of the accepted acknowledgement
    acked_after: float | None = None  # seconds from dispatch to the accepted acknowledgement
    original: StoredMessage | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    choices: list[dict[str, Any]] | None = None
    modal: dict[str, Any] | None = None
    last_message: StoredMessage | None = None
    failed: bool = False  # Discord would have dropped it (e.g. acknowledged too late)
    checked: bool = False  # already reported by DiscordDouble.check_unanswered()
    activity: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def acknowledged(self) -> bool:
        return self.response_type is not None

    @property
    def name(self) -> str | None:
        return (self.payload.get("data") or {}).get("name")

    def touch(self) -> None:
        self.activity.set()

    def is_complete(self) -> bool:
        """The user sees a finished answer (or Discord gave up on the interaction)."""
        if self.failed:
            return True
        if self.response_type is None:
            return False
        if self.response_type == DEFERRED_CHANNEL_MESSAGE:
            return self.original is not None and not self.original.loading
        if self.response_type == DEFERRED_UPDATE_MESSAGE:
            return self.last_message is not None
        return True

    async def wait_response(self, timeout: float = 5.0, settle: float = 0.05) -> InteractionRecord:
        """Wait until the answer is complete (deferral resolved by an edit or followup), then until the bot
        has been quiet for ``settle`` seconds. Raises TimeoutError describing what did arrive."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self.is_complete():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"interaction {self.describe()} not answered within {timeout}s")
            self.activity.clear()
            if self.is_complete():
                break
            try:
                await asyncio.wait_for(self.activity.wait(), remaining)
            except TimeoutError:
                raise TimeoutError(f"interaction {self.describe()} not answered within {timeout}s") from None
        while loop.time() < deadline:
            self.activity.clear()
            try:
                await asyncio.wait_for(self.activity.wait(), min(settle, max(deadline - loop.time(), 0.001)))
            except TimeoutError:
                break
        return self

    async def wait_refused(self, timeout: float = 5.0) -> list[Violation]:
        """Wait until the double has refused something for this interaction; return those violations."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self.refused:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"interaction {self.describe()}: nothing refused within {timeout}s")
            self.activity.clear()
            if self.refused:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.activity.wait(), remaining)
        return list(self.refused)

    def messages(self) -> list[StoredMessage]:
        msgs = [] if self.original is None or self.original.loading else [self.original]
        return [m for m in msgs + self.followups if not m.deleted]

    def final_message(self) -> StoredMessage:
        """The message most recently created or edited for this interaction."""
        if self.last_message is None or self.last_message.loading:
            raise AssertionError(f"interaction {self.describe()} has no visible message")
        return self.last_message

    def describe(self) -> str:
        kind = {2: "command", 3: "component", 4: "autocomplete", 5: "modal_submit"}.get(self.type, self.type)
        cbs = [c.get("type") for c in self.callbacks]
        refused = [str(v) for v in self.refused]
        n = len(self.followups)
        return f"{self.id} ({kind} {self.name!r}; callbacks={cbs}; followups={n}; refused={refused})"

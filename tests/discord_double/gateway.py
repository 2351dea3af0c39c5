"""The gateway half of the double: one websocket per client connection (JSON text frames, no compression)."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from .server import DiscordDouble

_log = logging.getLogger(__name__)

DISPATCH, HEARTBEAT, IDENTIFY, PRESENCE, VOICE, RESUME = 0, 1, 2, 3, 4, 6
INVALID_SESSION, HELLO, HEARTBEAT_ACK = 9, 10, 11
HEARTBEAT_INTERVAL_MS = 41250


class GatewayConnection:
    def __init__(self, double: DiscordDouble, ws: web.WebSocketResponse, query: dict[str, str]) -> None:
        self.double = double
        self.ws = ws
        self.query = query
        self.sequence = 0
        self.identified = asyncio.Event()
        self.identify: dict[str, Any] | None = None
        self.session_id = double.ids.next()
        self.heartbeats = 0
        self._send_lock = asyncio.Lock()

    async def send(self, op: int, d: Any, t: str | None = None) -> None:
        frame: dict[str, Any] = {"op": op, "d": d, "s": None, "t": t}
        async with self._send_lock:
            if op == DISPATCH:
                self.sequence += 1
                frame["s"] = self.sequence
            await self.ws.send_str(json.dumps(frame))

    async def dispatch(self, event: str, data: Any) -> None:
        await self.send(DISPATCH, data, event)

    async def run(self) -> None:
        await self.send(
            HELLO, {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ['["gateway-double",{}]']}
        )
        async for msg in self.ws:
            if msg.type != WSMsgType.TEXT:
                if msg.type == WSMsgType.BINARY:
                    self.double._record_violation(
                        "gateway_binary",
                        0,
                        0,
                        "client sent a binary (ETF/compressed) frame",
                        "WS",
                        "/gateway",
                    )
                continue
            frame = json.loads(msg.data)
            self.double.gateway_log.append(frame)
            op = frame.get("op")
            if op == HEARTBEAT:
                self.heartbeats += 1
                await self.send(HEARTBEAT_ACK, None)
            elif op == IDENTIFY:
                await self._on_identify(frame["d"])
            elif op == RESUME:
                await self.send(INVALID_SESSION, False)
            elif op in (PRESENCE, VOICE):
                pass
            else:
                _log.debug("gateway double ignoring op %s", op)

    async def _on_identify(self, d: dict[str, Any]) -> None:
        double = self.double
        if self.identify is not None:
            await self.ws.close(code=4005, message=b"Already authenticated.")
            return
        if double.token is not None and d.get("token") != double.token:
            double._record_violation("bad_token", 4004, 0, "Authentication failed.", "WS", "/gateway")
            await self.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify = d
        ready = {
            "v": 10,
            "user_settings": {},
            "user": double._user_me(),
            "session_type": "normal",
            "session_id": self.session_id,
            "resume_gateway_url": double.gateway_url,
            "relationships": [],
            "private_channels": [],
            "presences": [],
            "guilds": [{"id": g.id, "unavailable": True} for g in double.guilds],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["local"],
            "auth": {},
            "application": {"id": double.app_id, "flags": double.application_flags},
            "_trace": ['["gateway-double",{}]'],
        }
        if "shard" in d:
            ready["shard"] = d["shard"]
        await self.dispatch("READY", ready)
        for guild in double.guilds:
            await self.dispatch("GUILD_CREATE", double._guild_create(guild))
        self.identified.set()
        double._connected.set()

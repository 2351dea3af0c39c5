"""The interaction callback route (POST /interactions/{id}/{token}/callback): one handler per callback type.

Checks shared by every callback come first (known interaction, first acknowledgement, within the 3 s window,
a callback type the interaction type allows); then HANDLERS[type] does what that type does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from . import limits
from . import payloads as pl
from .errors import DiscordError, invalid_form, json_response
from .messages import create_message, validate_message, write
from .models import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    DEFERRED_UPDATE_MESSAGE,
    EPHEMERAL,
    LOADING,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    PONG,
    UPDATE_MESSAGE,
    InteractionRecord,
    StoredMessage,
)

if TYPE_CHECKING:
    from .server import DiscordDouble

# Which callback types each interaction type may use.
ALLOWED_CALLBACKS = {
    APPLICATION_COMMAND: {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL},
    MESSAGE_COMPONENT: {
        CHANNEL_MESSAGE,
        DEFERRED_CHANNEL_MESSAGE,
        DEFERRED_UPDATE_MESSAGE,
        UPDATE_MESSAGE,
        MODAL,
    },
    AUTOCOMPLETE: {AUTOCOMPLETE_RESULT},
    MODAL_SUBMIT: {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE},
}


def focused_type(payload: dict[str, Any]) -> int:
    """Type of the option being typed in an autocomplete interaction (3, string, when not found)."""
    stack = list((payload.get("data") or {}).get("options") or [])
    while stack:
        option = stack.pop()
        if option.get("focused"):
            return option.get("type", 3)
        stack.extend(option.get("options") or [])
    return 3


@dataclass
class Callback:
    """One callback being answered: what its handler reads, and the answer the handler fills in."""

    double: DiscordDouble
    rec: InteractionRecord
    type: int
    data: dict[str, Any]
    files: list[dict[str, Any]]
    path: str
    method: str = "POST"
    interaction: dict[str, Any] = field(default_factory=dict)  # "interaction" of a with_response answer
    resource: dict[str, Any] | None = None  # its "resource"; None leaves it out

    def refuse(self, rule: str, errors: list[limits.FieldError]) -> DiscordError:
        return invalid_form(self.double, rule, errors, self.method, self.path, self.rec)

    def show(self, msg: StoredMessage) -> None:
        """The message this callback wrote, returned under ``resource``."""
        self.resource = {"type": self.type, "message": pl.message(msg)}

    def respond_with(self, msg: StoredMessage, *, loading: bool) -> None:
        self.interaction.update(
            response_message_id=msg.id,
            response_message_loading=loading,
            response_message_ephemeral=msg.ephemeral,
        )


def _autocomplete_result(cb: Callback) -> None:
    errors = limits.check_choices(cb.data.get("choices"), option_type=focused_type(cb.rec.payload))
    if errors:
        raise cb.refuse("autocomplete_choices", errors)
    cb.rec.choices = list(cb.data["choices"])
    cb.resource = None


def _modal(cb: Callback) -> None:
    errors = limits.check_modal(cb.data)
    if errors:
        raise cb.refuse("modal", errors)
    cb.rec.modal = cb.data
    cb.resource = None


def _channel_message(cb: Callback) -> None:
    double, rec = cb.double, cb.rec
    validate_message(double, cb.data, cb.files, cb.method, cb.path, rec, prefix="data")
    kind = 0  # DEFAULT; CHAT_INPUT_COMMAND (20) / CONTEXT_MENU_COMMAND (23) for command replies
    if rec.type == APPLICATION_COMMAND:
        kind = 20 if rec.payload["data"].get("type", 1) == 1 else 23
    rec.original = create_message(double, cb.data, cb.files, author=double.bot_user, rec=rec, message_type=kind)
    rec.last_message = rec.original
    cb.show(rec.original)
    cb.respond_with(rec.original, loading=False)


def _deferred_channel_message(cb: Callback) -> None:
    double, rec = cb.double, cb.rec
    flags = LOADING | ((cb.data.get("flags") or 0) & EPHEMERAL)
    kind = 20 if rec.type == APPLICATION_COMMAND else 0
    rec.original = create_message(
        double, {"content": ""}, [], author=double.bot_user, rec=rec, message_type=kind, flags=flags
    )
    double.mention_log.pop()  # the loading placeholder is not a message the bot wrote
    cb.show(rec.original)
    cb.respond_with(rec.original, loading=True)


def _message_to_update(cb: Callback) -> StoredMessage:
    if cb.rec.original is None:
        raise cb.refuse(
            "callback_type", [limits.FieldError("type", "INTERACTION_RESPONSE_TYPE_INVALID", "No message to update")]
        )
    return cb.rec.original


def _deferred_update_message(cb: Callback) -> None:
    _message_to_update(cb)
    cb.resource = None


def _update_message(cb: Callback) -> None:
    target = _message_to_update(cb)
    validate_message(cb.double, cb.data, cb.files, cb.method, cb.path, cb.rec, prefix="data", require_content=False)
    write(cb.double, target, cb.data, cb.files, created=False)
    cb.rec.last_message = target
    cb.show(target)


def _pong(cb: Callback) -> None:
    cb.resource = None


HANDLERS: dict[int, Callable[[Callback], None]] = {
    AUTOCOMPLETE_RESULT: _autocomplete_result,
    MODAL: _modal,
    CHANNEL_MESSAGE: _channel_message,
    DEFERRED_CHANNEL_MESSAGE: _deferred_channel_message,
    DEFERRED_UPDATE_MESSAGE: _deferred_update_message,
    UPDATE_MESSAGE: _update_message,
    PONG: _pong,
}
assert set().union(*ALLOWED_CALLBACKS.values()) <= HANDLERS.keys(), "an allowed callback type has no handler"


def _acknowledgeable(double: DiscordDouble, iid: str, token: str, path: str) -> tuple[InteractionRecord, float]:
    """The interaction, if it may be acknowledged now, and how long after dispatch that is."""
    method = "POST"
    rec = double.interactions.get(iid)
    if rec is None or rec.token != token:
        double._record_violation("unknown_interaction", 10062, 404, "Unknown interaction", method, path, rec)
        raise DiscordError(404, 10062, "Unknown interaction")
    if rec.acknowledged:
        double._record_violation(
            "double_ack", 40060, 400, "Interaction has already been acknowledged.", method, path, rec
        )
        raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
    elapsed = double.clock.now() - rec.dispatched_at
    if rec.failed or elapsed > double.ack_window:
        rec.failed = True
        double._record_violation(
            "late_ack",
            10062,
            404,
            f"Unknown interaction (acked {elapsed:.2f}s after dispatch, limit {double.ack_window:g}s)",
            method,
            path,
            rec,
        )
        raise DiscordError(404, 10062, "Unknown interaction")
    return rec, elapsed


def _callback_type(double: DiscordDouble, rec: InteractionRecord, body: Any, path: str) -> int:
    """The callback type of a well-formed body, if the interaction's type allows it."""
    if not isinstance(body, dict) or "type" not in body:
        raise invalid_form(
            double,
            "callback_body",
            [limits.FieldError("type", "BASE_TYPE_REQUIRED", "This field is required")],
            "POST",
            path,
            rec,
        )
    cb_type = body["type"]
    if cb_type not in ALLOWED_CALLBACKS.get(rec.type, set()):
        raise invalid_form(
            double,
            "callback_type",
            [limits.FieldError("type", "INTERACTION_RESPONSE_TYPE_INVALID", f"Invalid response type {cb_type}")],
            "POST",
            path,
            rec,
        )
    return cb_type


def callback(
    double: DiscordDouble,
    request: web.Request,
    iid: str,
    token: str,
    body: Any,
    files: list[dict[str, Any]],
    path: str,
) -> web.StreamResponse:
    rec, elapsed = _acknowledgeable(double, iid, token, path)
    cb_type = _callback_type(double, rec, body, path)
    cb = Callback(
        double, rec, cb_type, body.get("data") or {}, files, path,
        interaction={"id": rec.id, "type": rec.type}, resource={"type": cb_type},
    )
    HANDLERS[cb_type](cb)
    rec.callbacks.append(body)
    rec.response_type = cb_type
    rec.acked_after = elapsed
    rec.touch()
    if request.query.get("with_response") in ("1", "true", "True"):
        if cb_type == AUTOCOMPLETE_RESULT:
            return web.Response(status=204)
        answer: dict[str, Any] = {"interaction": cb.interaction}
        if cb.resource is not None:
            answer["resource"] = cb.resource
        return json_response(answer)
    return web.Response(status=204)

"""Discord's documented limits, checked the way the API checks them.

Every checker returns a list of :class:`FieldError` (empty when the payload is acceptable). The server
turns them into Discord's ``50035 Invalid Form Body`` answer and records a violation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# An independent model of Discord's rules: these numbers are written out here on purpose and must NOT be
# imported from bot/render/limits.py. The double checks the bot; sharing the bot's constants would let a
# wrong limit in the bot pass its own check.
MAX_CONTENT = 2000
MAX_EMBEDS = 10
MAX_EMBED_TITLE = 256
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_FIELDS = 25
MAX_FIELD_NAME = 256
MAX_FIELD_VALUE = 1024
MAX_FOOTER = 2048
MAX_AUTHOR_NAME = 256
MAX_EMBED_TOTAL = 6000
MAX_CHOICES = 25
MAX_CHOICE_LENGTH = 100
MAX_ACTION_ROWS = 5
MAX_ROW_BUTTONS = 5
MAX_CUSTOM_ID = 100
MAX_BUTTON_LABEL = 80
MAX_SELECT_OPTIONS = 25
MAX_MODAL_TITLE = 45
MAX_COMMAND_NAME = 32
MAX_COMMAND_DESCRIPTION = 100
MAX_COMMAND_OPTIONS = 25
ALLOWED_URL_SCHEMES = ("http", "https", "attachment")

COMMAND_NAME_RE = re.compile(r"^[-_\w]{1,32}$")
MENTION_RE = re.compile(r"<@(?P<kind>[!&]?)(?P<id>\d+)>|@(?P<all>everyone|here)")


@dataclass(frozen=True)
class FieldError:
    path: str  # dotted, as Discord reports it: "embeds.0.fields.3.value"
    code: str  # Discord's error code string, e.g. BASE_TYPE_MAX_LENGTH
    message: str


def _max_len(errors: list[FieldError], path: str, value: Any, limit: int) -> None:
    if isinstance(value, str) and len(value) > limit:
        errors.append(
            FieldError(
                path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length. (got {len(value)})"
            )
        )


def _required_text(errors: list[FieldError], path: str, value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        errors.append(FieldError(path, "BASE_TYPE_REQUIRED", "This field is required"))


def _url(errors: list[FieldError], path: str, value: Any) -> None:
    if value is None:
        return
    scheme = str(value).split(":", 1)[0].lower() if ":" in str(value) else ""
    if scheme not in ALLOWED_URL_SCHEMES:
        errors.append(
            FieldError(
                path,
                "URL_TYPE_INVALID_SCHEME",
                f'Scheme "{scheme}" is not supported. Scheme must be one of {ALLOWED_URL_SCHEMES}.',
            )
        )


def embed_size(embed: dict[str, Any]) -> int:
    """Characters Discord counts towards the 6000 total of a message's embeds."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for field in embed.get("fields") or []:
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def check_embeds(embeds: Any, prefix: str = "embeds") -> list[FieldError]:
    errors: list[FieldError] = []
    if embeds is None:
        return errors
    if not isinstance(embeds, list):
        return [FieldError(prefix, "BASE_TYPE_LIST", "Must be a list.")]
    if len(embeds) > MAX_EMBEDS:
        errors.append(FieldError(prefix, "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_EMBEDS} or fewer in length."))
    total = 0
    for i, embed in enumerate(embeds):
        p = f"{prefix}.{i}"
        _max_len(errors, f"{p}.title", embed.get("title"), MAX_EMBED_TITLE)
        _max_len(errors, f"{p}.description", embed.get("description"), MAX_EMBED_DESCRIPTION)
        _url(errors, f"{p}.url", embed.get("url"))
        for media in ("image", "thumbnail"):
            if embed.get(media) is not None:
                _url(errors, f"{p}.{media}.url", embed[media].get("url"))
        fields = embed.get("fields") or []
        if len(fields) > MAX_EMBED_FIELDS:
            errors.append(
                FieldError(
                    f"{p}.fields", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_EMBED_FIELDS} or fewer in length."
                )
            )
        for j, field in enumerate(fields):
            _required_text(errors, f"{p}.fields.{j}.name", field.get("name"))
            _required_text(errors, f"{p}.fields.{j}.value", field.get("value"))
            _max_len(errors, f"{p}.fields.{j}.name", field.get("name"), MAX_FIELD_NAME)
            _max_len(errors, f"{p}.fields.{j}.value", field.get("value"), MAX_FIELD_VALUE)
        footer = embed.get("footer")
        if footer is not None:
            _required_text(errors, f"{p}.footer.text", footer.get("text"))
            _max_len(errors, f"{p}.footer.text", footer.get("text"), MAX_FOOTER)
        author = embed.get("author")
        if author is not None:
            _required_text(errors, f"{p}.author.name", author.get("name"))
            _max_len(errors, f"{p}.author.name", author.get("name"), MAX_AUTHOR_NAME)
            _url(errors, f"{p}.author.url", author.get("url"))
        total += embed_size(embed)
    if total > MAX_EMBED_TOTAL:
        errors.append(
            FieldError(
                prefix,
                "MAX_EMBED_SIZE_EXCEEDED",
                f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL} (got {total})",
            )
        )
    return errors


def check_components(components: Any, prefix: str = "components") -> list[FieldError]:
    errors: list[FieldError] = []
    if not components:
        return errors
    if len(components) > MAX_ACTION_ROWS:
        errors.append(
            FieldError(prefix, "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_ACTION_ROWS} or fewer in length.")
        )
    for i, row in enumerate(components):
        children = (row.get("components") or []) if row.get("type") == 1 else [row]
        buttons = [c for c in children if c.get("type") == 2]
        if len(buttons) > MAX_ROW_BUTTONS:
            errors.append(
                FieldError(
                    f"{prefix}.{i}.components",
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be {MAX_ROW_BUTTONS} or fewer in length.",
                )
            )
        for j, child in enumerate(children):
            p = f"{prefix}.{i}.components.{j}"
            _max_len(errors, f"{p}.custom_id", child.get("custom_id"), MAX_CUSTOM_ID)
            _max_len(errors, f"{p}.label", child.get("label"), MAX_BUTTON_LABEL)
            if child.get("type") == 2 and child.get("style") == 5:
                _url(errors, f"{p}.url", child.get("url"))
            options = child.get("options")
            if options is not None and len(options) > MAX_SELECT_OPTIONS:
                errors.append(
                    FieldError(
                        f"{p}.options",
                        "BASE_TYPE_MAX_LENGTH",
                        f"Must be {MAX_SELECT_OPTIONS} or fewer in length.",
                    )
                )
    return errors


def check_message(payload: dict[str, Any], *, prefix: str = "") -> list[FieldError]:
    """Check the fields of a message body (create or edit) that Discord limits."""
    pre = f"{prefix}." if prefix else ""
    errors: list[FieldError] = []
    _max_len(errors, f"{pre}content", payload.get("content"), MAX_CONTENT)
    errors += check_embeds(payload.get("embeds"), f"{pre}embeds")
    errors += check_components(payload.get("components"), f"{pre}components")
    errors += check_allowed_mentions(payload.get("allowed_mentions"), f"{pre}allowed_mentions")
    return errors


def check_allowed_mentions(allowed: Any, prefix: str = "allowed_mentions") -> list[FieldError]:
    errors: list[FieldError] = []
    if allowed is None:
        return errors
    parse = allowed.get("parse") or []
    for kind in ("users", "roles"):
        if kind in parse and allowed.get(kind):
            errors.append(
                FieldError(
                    f"{prefix}.parse",
                    "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                    f"parse:[{kind}] and {kind}: [ids] are mutually exclusive.",
                )
            )
        if len(allowed.get(kind) or []) > 100:
            errors.append(
                FieldError(f"{prefix}.{kind}", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
            )
    return errors


def is_empty_message(payload: dict[str, Any], attachments: int = 0) -> bool:
    return not (
        (payload.get("content") or "").strip()
        or payload.get("embeds")
        or payload.get("components")
        or payload.get("sticker_ids")
        or payload.get("poll")
        or attachments
    )


def check_choices(choices: Any, prefix: str = "data.choices", option_type: int = 3) -> list[FieldError]:
    errors: list[FieldError] = []
    if not isinstance(choices, list):
        return [FieldError(prefix, "BASE_TYPE_REQUIRED", "This field is required")]
    if len(choices) > MAX_CHOICES:
        errors.append(
            FieldError(
                prefix,
                "BASE_TYPE_MAX_LENGTH",
                f"Must be {MAX_CHOICES} or fewer in length. (got {len(choices)})",
            )
        )
    for i, choice in enumerate(choices):
        name = choice.get("name")
        _required_text(errors, f"{prefix}.{i}.name", name)
        _max_len(errors, f"{prefix}.{i}.name", name, MAX_CHOICE_LENGTH)
        value = choice.get("value")
        if value is None or value == "":
            errors.append(FieldError(f"{prefix}.{i}.value", "BASE_TYPE_REQUIRED", "This field is required"))
        _max_len(errors, f"{prefix}.{i}.value", value, MAX_CHOICE_LENGTH)
        expected = {3: str, 4: int, 10: (int, float)}.get(option_type)
        if expected and value is not None and (not isinstance(value, expected) or isinstance(value, bool)):
            errors.append(
                FieldError(
                    f"{prefix}.{i}.value",
                    "APPLICATION_COMMAND_OPTION_CHOICE_VALUE_INVALID",
                    f"Choice value {value!r} does not match the option type {option_type}",
                )
            )
    return errors


def check_modal(data: dict[str, Any], prefix: str = "data") -> list[FieldError]:
    errors: list[FieldError] = []
    _required_text(errors, f"{prefix}.custom_id", data.get("custom_id"))
    _max_len(errors, f"{prefix}.custom_id", data.get("custom_id"), MAX_CUSTOM_ID)
    _required_text(errors, f"{prefix}.title", data.get("title"))
    _max_len(errors, f"{prefix}.title", data.get("title"), MAX_MODAL_TITLE)
    components = data.get("components") or []
    if not 1 <= len(components) <= MAX_ACTION_ROWS:
        errors.append(
            FieldError(f"{prefix}.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
        )
    return errors


def _check_option(errors: list[FieldError], p: str, option: dict[str, Any]) -> None:
    name = option.get("name") or ""
    if not COMMAND_NAME_RE.match(name) or name != name.lower():
        errors.append(
            FieldError(f"{p}.name", "APPLICATION_COMMAND_INVALID_NAME", f"Command name is invalid: {name!r}")
        )
    description = option.get("description")
    if not description or len(description) > MAX_COMMAND_DESCRIPTION:
        errors.append(
            FieldError(f"{p}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
        )
    choices = option.get("choices")
    if choices:
        if option.get("autocomplete"):
            errors.append(
                FieldError(
                    f"{p}.autocomplete",
                    "AUTOCOMPLETE_WITH_CHOICES",
                    "Autocomplete cannot be set with choices",
                )
            )
        errors.extend(check_choices(choices, f"{p}.choices", option.get("type", 3)))
    sub = option.get("options") or []
    _check_options(errors, f"{p}.options", sub)


def _check_options(errors: list[FieldError], p: str, options: list[dict[str, Any]]) -> None:
    if len(options) > MAX_COMMAND_OPTIONS:
        errors.append(
            FieldError(p, "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_COMMAND_OPTIONS} or fewer in length.")
        )
    seen_optional = False
    for i, option in enumerate(options):
        if option.get("type") in (1, 2):
            _check_option(errors, f"{p}.{i}", option)
            continue
        if option.get("required"):
            if seen_optional:
                errors.append(
                    FieldError(
                        f"{p}.{i}.required",
                        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                        "Required options must be placed before non-required options",
                    )
                )
        else:
            seen_optional = True
        _check_option(errors, f"{p}.{i}", option)
    names = [o.get("name") for o in options]
    if len(set(names)) != len(names):
        errors.append(
            FieldError(p, "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option names must be unique")
        )


def check_command(command: dict[str, Any], prefix: str) -> list[FieldError]:
    errors: list[FieldError] = []
    kind = command.get("type", 1)
    name = command.get("name") or ""
    if kind == 1:
        if not COMMAND_NAME_RE.match(name) or name != name.lower():
            errors.append(
                FieldError(
                    f"{prefix}.name", "APPLICATION_COMMAND_INVALID_NAME", f"Command name is invalid: {name!r}"
                )
            )
        description = command.get("description")
        if not description or len(description) > MAX_COMMAND_DESCRIPTION:
            errors.append(
                FieldError(
                    f"{prefix}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
                )
            )
        _check_options(errors, f"{prefix}.options", command.get("options") or [])
    else:
        if not 1 <= len(name) <= MAX_COMMAND_NAME:
            errors.append(
                FieldError(f"{prefix}.name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")
            )
        if command.get("description"):
            errors.append(
                FieldError(
                    f"{prefix}.description",
                    "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                    "Context menu commands cannot have description",
                )
            )
    return errors


def check_commands(commands: Any) -> list[FieldError]:
    if not isinstance(commands, list):
        return [FieldError("", "BASE_TYPE_LIST", "Must be a list.")]
    errors: list[FieldError] = []
    seen: set[tuple[int, str]] = set()
    for i, command in enumerate(commands):
        errors += check_command(command, str(i))
        key = (command.get("type", 1), command.get("name"))
        if key in seen:
            errors.append(
                FieldError(
                    f"{i}.name",
                    "APPLICATION_COMMANDS_DUPLICATE_NAME",
                    f"Application command names must be unique: {key[1]!r}",
                )
            )
        seen.add(key)
    return errors


def errors_to_discord(errors: list[FieldError]) -> dict[str, Any]:
    """Nest field errors the way Discord's 50035 body does."""
    root: dict[str, Any] = {}
    for error in errors:
        node = root
        for part in [p for p in error.path.split(".") if p]:
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append({"code": error.code, "message": error.message})
    return root


def mentions_that_ping(content: str | None, allowed: dict[str, Any] | None) -> list[str]:
    """Which mentions in ``content`` would notify someone under ``allowed_mentions``.

    Without ``allowed_mentions`` Discord parses everything. Embeds never ping.
    Returns strings like ``"user:123"``, ``"role:456"``, ``"everyone"``.
    """
    if not content:
        return []
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or [])
    users = {str(u) for u in (allowed or {}).get("users") or []}
    roles = {str(r) for r in (allowed or {}).get("roles") or []}
    pings: list[str] = []
    for match in MENTION_RE.finditer(content):
        if match.group("all"):
            if "everyone" in parse:
                pings.append(match.group("all"))
        elif match.group("kind") == "&":
            if "roles" in parse or match.group("id") in roles:
                pings.append(f"role:{match.group('id')}")
        elif "users" in parse or match.group("id") in users:
            pings.append(f"user:{match.group('id')}")
    return pings

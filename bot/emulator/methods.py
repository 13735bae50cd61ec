"""The Bot API methods (all but getUpdates), each answering the way Telegram does."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .html import HtmlError, parse_html, trim, utf16_len
from .world import DEFAULT_UPDATE_TYPES, ApiError, Chat, SentMessage, World, bad_request

Params = dict[str, Any]
Method = Callable[[World, Params], Awaitable[Any]]

MAX_TEXT = 4096
MAX_CAPTION = 1024
_COMMAND_NAME_RE = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str | None
    content_type: str | None


# --- parameters ------------------------------------------------------------------------------


def _required(params: Params, name: str) -> Any:
    value = params.get(name)
    if value is None or value == "":
        raise bad_request(f"{name} is empty" if name != "chat_id" else "chat_id is empty")
    return value


def _int(params: Params, name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def _json(params: Params, name: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return value


def _bool(params: Params, name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)


def chat_key(value: Any) -> int | str | None:
    """Return a chat_id parameter as Telegram reads it: an int, an @username, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    try:
        return int(text)
    except ValueError:
        return text


def _chat(world: World, params: Params) -> Chat:
    key = chat_key(params.get("chat_id"))
    if key is None:
        raise bad_request("chat_id is empty")
    return world.chat(key)


def _render(text: str, parse_mode: str | None, entities: Any, limit: int, what: str):
    """Return (plain text, entities) of a text the bot sends; ApiError as Telegram answers."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            plain, ents = parse_html(text)
        except HtmlError as exc:
            raise ApiError(400, str(exc)) from None
    elif mode in ("", "none"):
        plain, ents = text, list(entities or [])
    elif mode in ("markdown", "markdownv2"):
        plain, ents = text, []  # not validated: newscal speaks HTML
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r}")
    plain, ents = trim(plain, ents)
    if what == "text" and not plain:
        raise bad_request("message text is empty")
    if utf16_len(plain) > limit:
        raise bad_request(
            "message is too long" if what == "text" else "message caption is too long"
        )
    return plain, ents


def _markup(params: Params) -> dict[str, Any] | None:
    markup = _json(params, "reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard")
    if rows is not None:
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise bad_request("can't parse inline keyboard button: Text must be non-empty")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
                if not any(k in button for k in _BUTTON_ACTIONS):
                    raise bad_request(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
    return markup


_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "web_app",
    "callback_game",
    "pay",
)


def _reply_to(params: Params, chat: Chat) -> int | None:
    reply = _json(params, "reply_parameters")
    mid = _int(params, "reply_to_message_id")
    allow = _bool(params, "allow_sending_without_reply")
    if isinstance(reply, dict):
        mid = int(reply.get("message_id", 0)) or None
        allow = allow or bool(reply.get("allow_sending_without_reply"))
    if mid is not None and mid not in chat.by_id:
        if allow:
            return None
        raise bad_request("message to be replied not found")
    return mid


def _message_api(world: World, chat: Chat, message: SentMessage) -> dict[str, Any]:
    msg = message.to_api(world.bot_user, chat.to_api())
    if message.reply_to_message_id is not None:
        replied = chat.by_id.get(message.reply_to_message_id)
        if isinstance(replied, SentMessage):
            msg["reply_to_message"] = replied.to_api(world.bot_user, chat.to_api())
        elif isinstance(replied, dict):
            msg["reply_to_message"] = replied
    return msg


# --- methods -----------------------------------------------------------------------------------


async def get_me(world: World, params: Params) -> Any:
    return world.bot_user


async def true(world: World, params: Params) -> Any:
    return True


async def delete_webhook(world: World, params: Params) -> Any:
    world.webhook = None
    if _bool(params, "drop_pending_updates"):
        world.updates.clear()
    return True


async def set_webhook(world: World, params: Params) -> Any:
    url = str(params.get("url") or "")
    if url and not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    world.webhook = {"url": url, "secret_token": params.get("secret_token")} if url else None
    allowed = _json(params, "allowed_updates")
    if allowed is not None:
        world.allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
    if _bool(params, "drop_pending_updates"):
        world.updates.clear()
    return True


async def get_webhook_info(world: World, params: Params) -> Any:
    hook = world.webhook or {}
    info: dict[str, Any] = {
        "url": hook.get("url", ""),
        "has_custom_certificate": False,
        "pending_update_count": len(world.updates),
    }
    if hook.get("last_error_message"):
        info["last_error_message"] = hook["last_error_message"]
        info["last_error_date"] = hook["last_error_date"]
    return info


def _commands_key(params: Params) -> str:
    scope = _json(params, "scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


async def set_my_commands(world: World, params: Params) -> Any:
    commands = _json(params, "commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("too many commands specified")
    for command in commands:
        name = str((command or {}).get("command", ""))
        if not _COMMAND_NAME_RE.match(name.lstrip("/")):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    world.commands[_commands_key(params)] = [
        {"command": str(c["command"]).lstrip("/"), "description": str(c["description"])}
        for c in commands
    ]
    return True


async def get_my_commands(world: World, params: Params) -> Any:
    return world.commands.get(_commands_key(params), [])


async def delete_my_commands(world: World, params: Params) -> Any:
    world.commands.pop(_commands_key(params), None)
    return True


async def get_chat(world: World, params: Params) -> Any:
    key = chat_key(params.get("chat_id"))
    chat = world.chats.get(key) if isinstance(key, int) else None
    if chat is None:
        chat = world.chat(key) if key is not None else None
    if chat is None:
        raise bad_request("chat not found")
    info = chat.to_api()
    info.update(
        accent_color_id=0,
        max_reaction_count=11,
        accepted_gift_types={
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    )
    if chat.migrated_to is not None:
        info["migrate_to_chat_id"] = chat.migrated_to  # not Telegram's shape; a hint for tests
    return info


async def send_message(world: World, params: Params) -> Any:
    chat = _chat(world, params)
    text = params.get("text")
    if text is None or text == "":
        raise bad_request("message text is empty")
    text = str(text)
    parse_mode = params.get("parse_mode")
    plain, entities = _render(text, parse_mode, _json(params, "entities"), MAX_TEXT, "text")
    markup = _markup(params)
    reply_to = _reply_to(params, chat)
    message = SentMessage(
        chat_id=chat.id,
        message_id=chat.new_message_id(),
        date=world.now_date(),
        method="sendMessage",
        text=plain,
        source=text,
        parse_mode=parse_mode,
        entities=entities,
        reply_markup=markup,
        reply_to_message_id=reply_to,
    )
    world.record_bot_message(chat, message)
    return _message_api(world, chat, message)


async def send_document(world: World, params: Params) -> Any:
    chat = _chat(world, params)
    doc = params.get("document")
    if isinstance(doc, Upload):
        name = doc.filename or "document"
        record = world.store_file(doc.data, name, doc.content_type or "application/octet-stream")
    elif isinstance(doc, str) and doc in world.files:
        record = world.files[doc]
    elif doc is None or doc == "":
        raise bad_request("there is no document in the request")
    else:
        raise bad_request("wrong file identifier/HTTP URL specified")
    caption = params.get("caption")
    plain, entities = None, []
    if caption:
        plain, entities = _render(
            str(caption),
            params.get("parse_mode"),
            _json(params, "caption_entities"),
            MAX_CAPTION,
            "caption",
        )
    message = SentMessage(
        chat_id=chat.id,
        message_id=chat.new_message_id(),
        date=world.now_date(),
        method="sendDocument",
        source=str(caption) if caption else None,
        parse_mode=params.get("parse_mode"),
        caption=plain,
        entities=entities,
        document=record,
        reply_markup=_markup(params),
        reply_to_message_id=_reply_to(params, chat),
    )
    world.record_bot_message(chat, message)
    return _message_api(world, chat, message)


def _edit_target(world: World, params: Params) -> tuple[Chat, SentMessage]:
    if params.get("inline_message_id"):
        raise bad_request("inline messages are not supported by the emulator")
    chat = _chat(world, params)
    mid = _int(params, "message_id")
    if mid is None:
        raise bad_request("message identifier is not specified")
    return chat, world.bot_message(chat, mid, "edit")


_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


async def edit_message_text(world: World, params: Params) -> Any:
    chat, message = _edit_target(world, params)
    if message.text is None:
        raise bad_request("there is no text in the message to edit")
    text = params.get("text")
    if text is None or text == "":
        raise bad_request("message text is empty")
    text = str(text)
    parse_mode = params.get("parse_mode")
    plain, entities = _render(text, parse_mode, _json(params, "entities"), MAX_TEXT, "text")
    markup = _markup(params)
    if plain == message.text and entities == message.entities and markup == message.reply_markup:
        raise bad_request(_NOT_MODIFIED)
    message.history.append(message.text)
    message.text, message.source, message.parse_mode = plain, text, parse_mode
    message.entities = entities
    message.reply_markup = markup
    message.edit_date = world.now_date()
    world.touch(chat, message)
    return _message_api(world, chat, message)


async def edit_message_caption(world: World, params: Params) -> Any:
    chat, message = _edit_target(world, params)
    if message.document is None:
        raise bad_request("there is no caption in the message to edit")
    caption = str(params.get("caption") or "")
    plain, entities = _render(
        caption,
        params.get("parse_mode"),
        _json(params, "caption_entities"),
        MAX_CAPTION,
        "caption",
    )
    markup = _markup(params)
    if plain == (message.caption or "") and markup == message.reply_markup:
        raise bad_request(_NOT_MODIFIED)
    message.history.append(message.caption)
    message.caption, message.source, message.entities = plain or None, caption, entities
    message.reply_markup = markup
    message.edit_date = world.now_date()
    world.touch(chat, message)
    return _message_api(world, chat, message)


async def edit_message_reply_markup(world: World, params: Params) -> Any:
    chat, message = _edit_target(world, params)
    markup = _markup(params)
    if markup == message.reply_markup or (not markup and not message.reply_markup):
        raise bad_request(_NOT_MODIFIED)
    message.reply_markup = markup
    message.edit_date = world.now_date()
    world.touch(chat, message)
    return _message_api(world, chat, message)


async def delete_message(world: World, params: Params) -> Any:
    chat = _chat(world, params)
    mid = _int(params, "message_id")
    message = world.bot_message(chat, mid or 0, "delete")
    message.deleted = True
    world.touch(chat, message)
    return True


async def answer_callback_query(world: World, params: Params) -> Any:
    query_id = str(params.get("callback_query_id") or "")
    answer = world.callback_answers.get(query_id)
    if answer is None or answer.get("answered"):
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    answer.update(
        answered=True,
        text=params.get("text"),
        show_alert=_bool(params, "show_alert"),
        url=params.get("url"),
    )
    world.changed.notify()
    return True


async def send_chat_action(world: World, params: Params) -> Any:
    _chat(world, params)
    return True


async def get_file(world: World, params: Params) -> Any:
    record = world.files.get(str(params.get("file_id") or ""))
    if record is None:
        raise bad_request("invalid file_id")
    return record.to_file()


METHODS: dict[str, Method] = {
    "getme": get_me,
    "logout": true,
    "close": true,
    "deletewebhook": delete_webhook,
    "setwebhook": set_webhook,
    "getwebhookinfo": get_webhook_info,
    "setmycommands": set_my_commands,
    "getmycommands": get_my_commands,
    "deletemycommands": delete_my_commands,
    "getchat": get_chat,
    "sendmessage": send_message,
    "senddocument": send_document,
    "editmessagetext": edit_message_text,
    "editmessagecaption": edit_message_caption,
    "editmessagereplymarkup": edit_message_reply_markup,
    "deletemessage": delete_message,
    "answercallbackquery": answer_callback_query,
    "sendchataction": send_chat_action,
    "getfile": get_file,
    "setmydescription": true,
    "setmyshortdescription": true,
    "setmyname": true,
    "setchatmenubutton": true,
}

"""What the emulated Telegram knows: chats, messages both ways, files, pending updates."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

#: the update types Telegram sends when allowed_updates is empty or absent.
DEFAULT_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)


class ApiError(Exception):
    """A Bot API error answer: HTTP ``status`` and Telegram's ``description``."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


class Signal:
    """Wakes every waiter when something changed; waiting never polls."""

    def __init__(self) -> None:
        self._waiters: list[asyncio.Future[None]] = []

    def notify(self) -> None:
        if self._waiters:
            waiters, self._waiters = self._waiters, []
            for fut in waiters:
                if not fut.done():
                    fut.set_result(None)

    async def wait(self) -> None:
        fut = asyncio.get_running_loop().create_future()
        self._waiters.append(fut)
        await fut

    async def wait_until(self, check: Callable[[], T | None], timeout: float | None) -> T:
        """Return the first non-None ``check()``, re-checked after every notify.

        Raises TimeoutError when ``timeout`` seconds pass first.
        """
        async with asyncio.timeout(timeout):
            while True:
                result = check()
                if result is not None:
                    return result
                await self.wait()


@dataclass
class FileRecord:
    """A file Telegram stores: uploaded by the bot or sent by a user."""

    file_id: str
    file_unique_id: str
    data: bytes
    file_name: str | None
    mime_type: str | None
    file_path: str

    def to_document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }
        if self.file_name:
            doc["file_name"] = self.file_name
        if self.mime_type:
            doc["mime_type"] = self.mime_type
        return doc

    def to_file(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


@dataclass(frozen=True)
class Button:
    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass
class SentMessage:
    """A message the bot sent, as the chat sees it now (edits applied)."""

    chat_id: int
    message_id: int
    date: int
    method: str
    text: str | None = None
    source: str | None = None
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    document: FileRecord | None = None
    caption: str | None = None
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    history: list[str | None] = field(default_factory=list)
    deleted: bool = False

    @property
    def buttons(self) -> list[list[Button]]:
        """Return the inline keyboard's rows (an empty list when there is none)."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [
            [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row]
            for row in rows
        ]

    @property
    def button_texts(self) -> list[str]:
        return [b.text for row in self.buttons for b in row]

    def button(self, label: str) -> Button:
        """Return the button whose text or callback_data is ``label``; KeyError if none."""
        for row in self.buttons:
            for b in row:
                if label in (b.text, b.callback_data):
                    return b
        raise KeyError(f"no button {label!r} in message {self.message_id}: {self.button_texts}")

    @property
    def edited(self) -> bool:
        return self.edit_date is not None

    def to_api(self, bot_user: dict[str, Any], chat: dict[str, Any]) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": self.message_id,
            "from": bot_user,
            "chat": chat,
            "date": self.date,
        }
        if self.text is not None:
            msg["text"] = self.text
            if self.entities:
                msg["entities"] = self.entities
        if self.document is not None:
            msg["document"] = self.document.to_document()
            if self.caption is not None:
                msg["caption"] = self.caption
                if self.entities:
                    msg["caption_entities"] = self.entities
        if self.reply_markup and self.reply_markup.get("inline_keyboard"):
            msg["reply_markup"] = self.reply_markup
        if self.edit_date is not None:
            msg["edit_date"] = self.edit_date
        return msg


@dataclass
class Chat:
    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    username: str | None = None
    blocked: bool = False
    migrated_to: int | None = None
    bot_messages: list[SentMessage] = field(default_factory=list)
    changes: list[SentMessage] = field(default_factory=list)  # every send, edit and delete
    by_id: dict[int, SentMessage | dict[str, Any]] = field(default_factory=dict)
    next_message_id: int = 1

    @property
    def is_group(self) -> bool:
        return self.type != "private"

    def to_api(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type == "private":
            chat["first_name"] = self.first_name or "User"
            if self.last_name:
                chat["last_name"] = self.last_name
            if self.username:
                chat["username"] = self.username
        else:
            chat["title"] = self.title or f"Group {self.id}"
            if self.type == "supergroup" and self.username:
                chat["username"] = self.username
        return chat

    def new_message_id(self) -> int:
        mid = self.next_message_id
        self.next_message_id += 1
        return mid


class World:
    """All state of the emulated Telegram; the HTTP layer and the user side both use it."""

    def __init__(
        self,
        *,
        bot_id: int = 123,
        bot_username: str = "newscal_test_bot",
        bot_first_name: str = "newscal",
        date_fn: Callable[[], float] = time.time,
    ) -> None:
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.date_fn = date_fn
        self.chats: dict[int, Chat] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.files: dict[str, FileRecord] = {}
        self.files_by_path: dict[str, FileRecord] = {}
        self.updates: list[dict[str, Any]] = []
        self.next_update_id = 1
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] | None = None
        self.changed = Signal()  # a bot message was sent, edited or deleted
        self.updates_signal = Signal()  # an update was queued (or a poll was superseded)
        self._counter = itertools.count(1)

    def now_date(self) -> int:
        return int(self.date_fn())

    # --- chats and users -------------------------------------------------------------

    def ensure_chat(
        self,
        chat_id: int,
        chat_type: str,
        *,
        title: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
    ) -> Chat:
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = Chat(
                chat_id,
                chat_type,
                title=title,
                first_name=first_name,
                last_name=last_name,
                username=username,
            )
            self.chats[chat_id] = chat
        return chat

    def chat(self, chat_id: int | str) -> Chat:
        """Return the chat the bot addresses; ApiError as Telegram answers otherwise."""
        if isinstance(chat_id, str):
            for chat in self.chats.values():
                if chat.username and f"@{chat.username}" == chat_id:
                    return chat
            raise bad_request("chat not found")
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def migrate(self, chat_id: int, new_chat_id: int | None = None) -> Chat:
        """Return the supergroup that group ``chat_id`` becomes; the old id answers 400."""
        old = self.chats[chat_id]
        if new_chat_id is None:
            new_chat_id = -(10**12) - abs(chat_id)
        new = self.ensure_chat(new_chat_id, "supergroup", title=old.title, username=old.username)
        old.migrated_to = new_chat_id
        return new

    # --- updates -----------------------------------------------------------------------

    def push_update(self, kind: str, payload: dict[str, Any]) -> int:
        """Queue an update of type ``kind``; return its update_id."""
        update_id = self.next_update_id
        self.next_update_id += 1
        if kind == "callback_query" and "id" in payload:
            self.callback_answers.setdefault(str(payload["id"]), {"answered": False})
        self.updates.append({"update_id": update_id, kind: payload})
        self.updates_signal.notify()
        return update_id

    def inject_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (its update_id is assigned here); return the update_id."""
        kinds = [k for k in update if k != "update_id"]
        if len(kinds) != 1:
            raise ValueError(f"an update has exactly one payload field, got {kinds}")
        return self.push_update(kinds[0], update[kinds[0]])

    def confirm(self, offset: int) -> None:
        """Forget the updates an offset confirms (Telegram's getUpdates semantics)."""
        if offset < 0:
            keep = -offset
            if len(self.updates) > keep:
                del self.updates[: len(self.updates) - keep]
            return
        drop = 0
        for update in self.updates:
            if update["update_id"] >= offset:
                break
            drop += 1
        if drop:
            del self.updates[:drop]

    def deliverable(self, limit: int) -> list[dict[str, Any]]:
        """Return up to ``limit`` pending updates, dropping those of types not allowed."""
        allowed = self.allowed_updates
        kept = [u for u in self.updates if _update_kind(u) in allowed]
        if len(kept) != len(self.updates):
            self.updates[:] = kept
        return kept[:limit]

    # --- files ---------------------------------------------------------------------------

    def store_file(self, data: bytes, file_name: str | None, mime_type: str | None) -> FileRecord:
        n = next(self._counter)
        digest = hashlib.blake2b(data, digest_size=8).hexdigest()
        file_id = f"BQAC{n:06d}{digest}"
        suffix = ""
        if file_name and "." in file_name:
            suffix = "." + file_name.rsplit(".", 1)[1]
        record = FileRecord(
            file_id=file_id,
            file_unique_id=f"AgAD{digest[:12]}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
            file_path=f"documents/file_{n}{suffix}",
        )
        self.files[file_id] = record
        self.files_by_path[record.file_path] = record
        return record

    # --- bot messages ----------------------------------------------------------------------

    def record_bot_message(self, chat: Chat, message: SentMessage) -> None:
        chat.bot_messages.append(message)
        chat.by_id[message.message_id] = message
        self.touch(chat, message)

    def touch(self, chat: Chat, message: SentMessage) -> None:
        """Note that ``message`` was sent, edited or deleted, and wake whoever waits."""
        chat.changes.append(message)
        self.changed.notify()

    def bot_message(self, chat: Chat, message_id: int, action: str) -> SentMessage:
        message = chat.by_id.get(message_id)
        if isinstance(message, SentMessage) and not message.deleted:
            return message
        if isinstance(message, dict) and action == "edit":
            raise bad_request("message can't be edited")
        raise bad_request(f"message to {action} not found")


def _update_kind(update: dict[str, Any]) -> str:
    for key in update:
        if key != "update_id":
            return key
    return ""

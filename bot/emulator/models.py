"""The emulated Telegram's objects: chats, messages the bot sent, files, errors, signals."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


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
        try:
            await fut
        finally:
            if not fut.done() or fut.cancelled():  # timed out: do not keep it until a notify
                fut.cancel()
                with contextlib.suppress(ValueError):
                    self._waiters.remove(fut)

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

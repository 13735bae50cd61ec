"""The user side: people who write to the bot, click its buttons and read its answers."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .html import command_entities
from .world import Chat, SentMessage

if TYPE_CHECKING:
    from .server import BotApiEmulator

_query_ids = itertools.count(1)

MessageRef = SentMessage | dict[str, Any] | int


class SimUser:
    """One Telegram user writing in one chat (private, group or supergroup).

    Sending is immediate (the update is queued for getUpdates); reading awaits the bot's
    messages with a timeout, woken by the emulator as each one arrives.
    """

    def __init__(self, emu: BotApiEmulator, chat: Chat, user: dict[str, Any]) -> None:
        self.emu = emu
        self.chat = chat
        self.user = user
        self._cursor = 0

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def user_id(self) -> int:
        return int(self.user["id"])

    # --- writing -----------------------------------------------------------------------------

    def _message(self, **fields: Any) -> dict[str, Any]:
        world = self.emu.world
        msg: dict[str, Any] = {
            "message_id": self.chat.new_message_id(),
            "from": self.user,
            "chat": self.chat.to_api(),
            "date": world.now_date(),
        }
        msg.update({k: v for k, v in fields.items() if v is not None})
        self.chat.by_id[msg["message_id"]] = msg
        return msg

    def _reply_field(self, reply_to: MessageRef | None) -> dict[str, Any] | None:
        if reply_to is None:
            return None
        mid = reply_to if isinstance(reply_to, int) else _message_id(reply_to)
        target = self.chat.by_id.get(mid)
        if isinstance(target, SentMessage):
            return target.to_api(self.emu.world.bot_user, self.chat.to_api())
        if isinstance(target, dict):
            return target
        raise KeyError(f"no message {mid} in chat {self.chat_id}")

    async def send(self, text: str, *, reply_to: MessageRef | None = None) -> dict[str, Any]:
        """Return the message the user sent; ``/commands`` get bot_command entities."""
        entities = command_entities(text)
        msg = self._message(
            text=text,
            entities=entities or None,
            reply_to_message=self._reply_field(reply_to),
        )
        self.emu.world.push_update("message", msg)
        return msg

    async def reply_to(self, message: MessageRef, text: str) -> dict[str, Any]:
        """Return the user's message answering ``message``."""
        return await self.send(text, reply_to=message)

    async def send_document(
        self,
        data: bytes,
        filename: str,
        *,
        caption: str | None = None,
        mime_type: str | None = None,
        reply_to: MessageRef | None = None,
    ) -> dict[str, Any]:
        """Return the message carrying the document (the bot can getFile and download it)."""
        record = self.emu.world.store_file(data, filename, mime_type or _guess_mime(filename))
        msg = self._message(
            document=record.to_document(),
            caption=caption,
            caption_entities=(command_entities(caption) or None) if caption else None,
            reply_to_message=self._reply_field(reply_to),
        )
        self.emu.world.push_update("message", msg)
        return msg

    async def click(self, message: MessageRef, button: str) -> str:
        """Return the id of the callback query sent by clicking ``button`` (text or data)."""
        mid = message if isinstance(message, int) else _message_id(message)
        target = self.chat.by_id.get(mid)
        if not isinstance(target, SentMessage) or target.deleted:
            raise KeyError(f"no bot message {mid} in chat {self.chat_id}")
        chosen = target.button(button)
        if chosen.callback_data is None:
            raise ValueError(f"button {chosen.text!r} has no callback_data")
        query_id = f"{self.user_id}{next(_query_ids):08d}"
        self.emu.world.callback_answers[query_id] = {"answered": False}
        query = {
            "id": query_id,
            "from": self.user,
            "message": target.to_api(self.emu.world.bot_user, self.chat.to_api()),
            "chat_instance": str(abs(self.chat_id) * 31 + 7),
            "data": chosen.callback_data,
        }
        self.emu.world.push_update("callback_query", query)
        return query_id

    async def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Return the user's ``message`` edited to ``text`` (an edited_message update)."""
        edited = dict(message, text=text, edit_date=self.emu.world.now_date())
        entities = command_entities(text)
        if entities:
            edited["entities"] = entities
        else:
            edited.pop("entities", None)
        self.chat.by_id[edited["message_id"]] = edited
        self.emu.world.push_update("edited_message", edited)
        return edited

    async def answer(self, query_id: str, timeout: float = 5.0) -> dict[str, Any]:
        """Return the bot's answerCallbackQuery for ``query_id`` once it came."""
        answers = self.emu.world.callback_answers

        def check() -> dict[str, Any] | None:
            answer = answers.get(query_id)
            return answer if answer and answer.get("answered") else None

        return await self.emu.world.changed.wait_until(check, timeout)

    def block(self) -> None:
        """Block the bot: sends to this chat answer 403 and the bot gets a my_chat_member update."""
        self.chat.blocked = True
        self._member_update("member", "kicked")

    def unblock(self) -> None:
        """Unblock the bot (as a user restarting it does): sends work again."""
        self.chat.blocked = False
        self._member_update("kicked", "member")

    def _member_update(self, old: str, new: str) -> None:
        if self.chat.type != "private":
            return
        bot = self.emu.world.bot_user

        def member(status: str) -> dict[str, Any]:
            return {
                "status": status,
                "user": bot,
                **({"until_date": 0} if status == "kicked" else {}),
            }

        self.emu.world.push_update(
            "my_chat_member",
            {
                "chat": self.chat.to_api(),
                "from": self.user,
                "date": self.emu.world.now_date(),
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            },
        )

    # --- reading -----------------------------------------------------------------------------

    @property
    def messages(self) -> list[SentMessage]:
        """Return the bot's messages in this chat as they look now (edits applied, no deleted)."""
        return [m for m in self.chat.bot_messages if not m.deleted]

    @property
    def documents(self) -> list[SentMessage]:
        return [m for m in self.messages if m.document is not None]

    @property
    def texts(self) -> list[str]:
        return [m.text if m.text is not None else (m.caption or "") for m in self.messages]

    async def wait_for(
        self, predicate: Callable[[SentMessage], bool], timeout: float = 5.0
    ) -> SentMessage:
        """Return the first bot message here (edits applied) for which ``predicate`` holds.

        All messages are checked once, then each message again when it is sent or edited
        (so waiting stays cheap in a chat with many messages). Raises TimeoutError after
        ``timeout`` seconds.
        """
        chat = self.chat
        seen = -1

        def check() -> SentMessage | None:
            nonlocal seen
            candidates = chat.bot_messages if seen < 0 else chat.changes[seen:]
            seen = len(chat.changes)
            for m in candidates:
                if not m.deleted and predicate(m):
                    return m
            return None

        return await self.emu.world.changed.wait_until(check, timeout)

    async def next_message(self, timeout: float = 5.0) -> SentMessage:
        """Return the bot's next message in this chat not yet returned by next_message."""

        def check() -> SentMessage | None:
            if len(self.chat.bot_messages) > self._cursor:
                self._cursor += 1
                return self.chat.bot_messages[self._cursor - 1]
            return None

        return await self.emu.world.changed.wait_until(check, timeout)

    def skip_seen(self) -> None:
        """Make next_message wait for messages sent after this point."""
        self._cursor = len(self.chat.bot_messages)


def _message_id(message: SentMessage | dict[str, Any]) -> int:
    if isinstance(message, SentMessage):
        return message.message_id
    return int(message["message_id"])


def _guess_mime(filename: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return {
        "txt": "text/plain",
        "html": "text/html",
        "htm": "text/html",
        "pdf": "application/pdf",
        "ics": "text/calendar",
        "json": "application/json",
    }.get(ext, "application/octet-stream")

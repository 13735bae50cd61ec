"""The control API under ``/_emulator/``: drive a standalone emulator from another process.

All bodies and answers are JSON. ``{"ok": true, "result": …}`` or ``{"ok": false, "error": …}``.

- ``POST users``  {chat_id, first_name?, language_code?, chat_type?, user_id?, title?}
- ``POST send``   {chat_id, text, user_id?, reply_to?}            → the user's message
- ``POST document`` {chat_id, filename, data_base64, caption?, user_id?}
- ``POST click``  {chat_id, message_id, button, user_id?}         → callback query id
- ``POST update`` a raw update without update_id                  → update_id
- ``GET  messages?chat_id=…&since=N`` the bot's messages (index ≥ N), edits applied
- ``GET  wait?chat_id=…&count=N&timeout=S`` waits until the chat has N bot messages
- ``POST faults`` {kind, method?, chat_id?, count?, duration?, retry_after?, delay?, …}
- ``DELETE faults``; ``POST limits`` {"mode": true|false|"record"}
- ``GET  stats``, ``GET violations``
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from .world import SentMessage

if TYPE_CHECKING:
    from .server import BotApiEmulator


def _answer(result: Any, status: int = 200) -> web.Response:
    body = {"ok": status == 200, "result" if status == 200 else "error": result}
    return web.Response(
        status=status,
        body=json.dumps(body, ensure_ascii=False, default=str).encode("utf-8"),
        content_type="application/json",
    )


def _message_json(m: SentMessage) -> dict[str, Any]:
    return {
        "chat_id": m.chat_id,
        "message_id": m.message_id,
        "date": m.date,
        "method": m.method,
        "text": m.text,
        "source": m.source,
        "caption": m.caption,
        "buttons": [[dataclasses.asdict(b) for b in row] for row in m.buttons],
        "document": (
            {"file_name": m.document.file_name, "size": len(m.document.data)}
            if m.document
            else None
        ),
        "edit_date": m.edit_date,
        "deleted": m.deleted,
    }


async def handle_control(emu: BotApiEmulator, request: web.Request, action: str) -> web.Response:
    try:
        body: dict[str, Any] = {}
        if request.method in ("POST", "PUT") and request.body_exists:
            body = json.loads(await request.read() or b"{}")
        query = request.query
        if request.method == "POST" and action == "users":
            sim = _user(emu, body)
            return _answer({"chat": sim.chat.to_api(), "user": sim.user})
        if request.method == "POST" and action == "send":
            sim = _user(emu, body)
            return _answer(await sim.send(body["text"], reply_to=body.get("reply_to")))
        if request.method == "POST" and action == "document":
            sim = _user(emu, body)
            data = base64.b64decode(body["data_base64"])
            msg = await sim.send_document(data, body["filename"], caption=body.get("caption"))
            return _answer(msg)
        if request.method == "POST" and action == "click":
            sim = _user(emu, body)
            return _answer(await sim.click(int(body["message_id"]), str(body["button"])))
        if request.method == "POST" and action == "update":
            return _answer(emu.inject_update(body))
        if request.method == "GET" and action == "messages":
            since = int(query.get("since", 0))
            chat = emu.world.chats.get(int(query["chat_id"]))
            messages = chat.bot_messages[since:] if chat else []
            return _answer([_message_json(m) for m in messages])
        if request.method == "GET" and action == "wait":
            chat_id, count = int(query["chat_id"]), int(query.get("count", 1))
            timeout = float(query.get("timeout", 10))

            def check() -> int | None:
                chat = emu.world.chats.get(chat_id)
                n = len(chat.bot_messages) if chat else 0
                return n if n >= count else None

            try:
                return _answer(await emu.world.changed.wait_until(check, timeout))
            except TimeoutError:
                return _answer("timeout", 408)
        if action == "faults" and request.method == "POST":
            kind = body.pop("kind")
            fault = emu.faults.add(kind, **body)
            return _answer(dataclasses.asdict(fault))
        if action == "faults" and request.method == "DELETE":
            emu.faults.clear()
            return _answer(True)
        if action == "limits" and request.method == "POST":
            emu.limits = body["mode"]
            return _answer(True)
        if action == "stats":
            return _answer(emu.stats.summary())
        if action == "violations":
            return _answer([dataclasses.asdict(v) for v in emu.violations])
    except (KeyError, ValueError, TypeError) as exc:
        return _answer(f"{type(exc).__name__}: {exc}", 400)
    return _answer(f"unknown control action {request.method} {action}", 404)


def _user(emu: BotApiEmulator, body: dict[str, Any]):
    kwargs = {
        k: body[k]
        for k in ("language_code", "chat_type", "user_id", "title", "username", "last_name")
        if k in body
    }
    return emu.user(int(body["chat_id"]), body.get("first_name", "测试用户"), **kwargs)

"""The HTTP side: an aiohttp server on loopback that answers like api.telegram.org."""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable
from typing import Any, Literal

from aiohttp import web

from .client import SimUser
from .faults import ERRORS, Fault, FaultSet
from .limits import SEND_METHODS, Limits, LimitTracker, Violation
from .methods import METHODS
from .models import ApiError
from .params import chat_key, read_params
from .stats import SendStats
from .updates import UpdateFeed
from .world import World

LimitsMode = bool | Literal["record"]

_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}


@functools.cache
def _bot_api_methods() -> frozenset[str]:
    """Return the lower-cased names of every Bot API method PTB knows."""
    from telegram import Bot

    return frozenset(
        name.lower() for name in dir(Bot) if name[:1].islower() and any(c.isupper() for c in name)
    )


def _response(status: int, body: dict[str, Any]) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
    )


class BotApiEmulator:
    """A loopback Telegram Bot API server with simulated users, faults and flood limits.

    ``async with BotApiEmulator() as emu:`` starts it on an ephemeral port; give
    ``emu.base_url`` and ``emu.base_file_url`` to PTB's ``Application.builder()``.

    - ``limits``: True rejects sends that break a limit with 429 and records them in
      ``violations``; "record" records them but delivers; False checks nothing.
    - ``time_fn``: seconds (float) for limits and fault windows; default ``time.monotonic``.
    - ``clock``: an object with ``now() -> datetime`` (``bot.clock.Clock``); when given,
      message dates come from it and, unless ``time_fn`` is given, so does limit time.
    - ``token``: when given, other tokens get 401 Unauthorized; by default any token works.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        limits: LimitsMode = True,
        limit_rules: Limits | None = None,
        time_fn: Callable[[], float] | None = None,
        clock: Any = None,
        token: str | None = None,
        bot_username: str = "newscal_test_bot",
        bot_id: int | None = None,
    ) -> None:
        date_fn: Callable[[], float] = time.time
        if clock is not None:
            date_fn = lambda: clock.now().timestamp()  # noqa: E731
            if time_fn is None:
                time_fn = date_fn
        self.time: Callable[[], float] = time_fn or time.monotonic
        if bot_id is None:
            head = (token or "").split(":", 1)[0]
            bot_id = int(head) if head.isdigit() else 123
        self.world = World(bot_id=bot_id, bot_username=bot_username, date_fn=date_fn)
        self.faults = FaultSet(self.time)
        self.limits: LimitsMode = limits
        self.tracker = LimitTracker(limit_rules or Limits())
        self.stats = SendStats()
        self.token = token
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self.feed = UpdateFeed(self.world)
        self._users: dict[tuple[int, int], SimUser] = {}

    # --- lifecycle -------------------------------------------------------------------------

    async def start(self) -> BotApiEmulator:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[union-attr]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        await self.feed.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiEmulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB's ``base_url``: the token is appended to it."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url``: the token is appended to it."""
        return f"{self.url}/file/bot"

    # --- the user side -----------------------------------------------------------------------

    def user(
        self,
        chat_id: int,
        first_name: str = "测试用户",
        *,
        language_code: str | None = "zh-hans",
        chat_type: str | None = None,
        user_id: int | None = None,
        username: str | None = None,
        last_name: str | None = None,
        title: str | None = None,
    ) -> SimUser:
        """Return a simulated user writing in chat ``chat_id`` (created on first use).

        A positive id is a private chat whose user id is the chat id; a negative id is a group
        (``-100…`` a supergroup) and ``user_id`` tells its members apart.
        """
        if chat_type is None:
            chat_type = (
                "private"
                if chat_id > 0
                else ("supergroup" if str(chat_id).startswith("-100") else "group")
            )
        if chat_type == "private":
            if chat_id <= 0:
                raise ValueError("a private chat's id is its (positive) user id")
            user_id = chat_id
        elif user_id is None:
            user_id = 10_000 + abs(chat_id) % 1_000_000
        key = (chat_id, user_id)
        existing = self._users.get(key)
        if existing is not None:
            return existing
        chat = self.world.ensure_chat(
            chat_id,
            chat_type,
            title=title,
            first_name=first_name if chat_type == "private" else None,
            last_name=last_name if chat_type == "private" else None,
            username=username if chat_type == "private" else None,
        )
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self.world.users[user_id] = user
        sim = SimUser(self, chat, user)
        self._users[key] = sim
        return sim

    def inject_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update such as ``{"message": {...}}``; return its update_id."""
        return self.world.inject_update(update)

    def migrate(self, chat_id: int, new_chat_id: int | None = None) -> int:
        """Turn group ``chat_id`` into a supergroup; return the new id (the old one answers 400)."""
        old = self.world.chats[chat_id]
        new = self.world.migrate(chat_id, new_chat_id)
        members = [sim for (cid, _), sim in self._users.items() if cid == chat_id]
        for sim in members:
            sim.chat = new
            sim.skip_seen()
            self._users[(new.id, sim.user_id)] = sim
        # Telegram announces the move with a service message in each chat
        sender = members[0].user if members else self.world.bot_user
        for chat, field, other in (
            (old, "migrate_to_chat_id", new.id),
            (new, "migrate_from_chat_id", chat_id),
        ):
            message = {
                "message_id": chat.new_message_id(),
                "from": sender,
                "chat": chat.to_api(),
                "date": self.world.now_date(),
                field: other,
            }
            chat.by_id[message["message_id"]] = message
            self.world.push_update("message", message)
        return new.id

    async def wait_polling(self, timeout: float = 5.0) -> None:
        """Return once a getUpdates long poll is waiting (the bot is up); TimeoutError if not."""
        await self.feed.wait_polling(timeout)

    @property
    def violations(self) -> list[Violation]:
        return self.tracker.violations

    def messages(self, chat_id: int) -> list[Any]:
        """Return the bot's messages in ``chat_id`` (edits applied, deleted ones left out)."""
        chat = self.world.chats.get(chat_id)
        return [m for m in chat.bot_messages if not m.deleted] if chat else []

    @property
    def commands(self) -> list[dict[str, Any]]:
        """Return the default-scope command menu the bot set (empty list if none)."""
        key = json.dumps([{"type": "default"}, ""], sort_keys=True)
        return self.world.commands.get(key, [])

    def commands_for(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list:
        key = json.dumps([scope or {"type": "default"}, language_code], sort_keys=True)
        return self.world.commands.get(key, [])

    # --- HTTP ----------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/bot"):
            token, _, method = path[4:].partition("/")
            if self.token is not None and token != self.token:
                return _response(401, _UNAUTHORIZED)
            if not method or "/" in method:
                return _response(404, _NOT_FOUND)
            return await self._call(request, method)
        if path.startswith("/file/bot"):
            token, _, file_path = path[9:].partition("/")
            record = self.world.files_by_path.get(file_path)
            if record is None or (self.token is not None and token != self.token):
                return _response(404, _NOT_FOUND)
            return web.Response(body=record.data, content_type="application/octet-stream")
        if path.startswith("/_emulator/"):
            from .control import handle_control

            return await handle_control(self, request, path[len("/_emulator/") :])
        return _response(404, _NOT_FOUND)

    async def _call(self, request: web.Request, method: str) -> web.StreamResponse:
        name = method.lower()
        impl = METHODS.get(name)
        if impl is None and name != "getupdates":
            if name in _bot_api_methods():
                # a real method we do not emulate: say so rather than 404 (PTB's InvalidToken)
                self.stats.requests[(method, 400)] += 1
                detail = f"Bad Request: {method} is not implemented by the emulator"
                return _response(400, ApiError(400, detail).body())
            self.stats.requests[(method, 404)] += 1
            return _response(404, _NOT_FOUND)
        params = await read_params(request)
        chat = chat_key(params.get("chat_id"))
        fault = self.faults.take(name, chat) if self.faults.rules else None
        if fault is not None and not fault.after:
            early = await self._apply_fault(request, fault, chat)
            if early is not None:
                self.stats.requests[(method, early.status)] += 1
                return early
        try:
            if name == "getupdates":
                result: Any = await self.feed.get_updates(params)
            elif name in SEND_METHODS:
                result = await self._send(name, impl, params, chat)  # type: ignore[arg-type]
            else:
                result = await impl(self.world, params)  # type: ignore[misc]
                if name in ("setwebhook", "deletewebhook"):
                    self.feed.sync_webhook()
        except ApiError as exc:
            self.stats.requests[(method, exc.status)] += 1
            return _response(exc.status, exc.body())
        if fault is not None and fault.after:
            late = await self._apply_fault(request, fault, chat)
            if late is not None:
                self.stats.requests[(method, late.status)] += 1
                return late
        self.stats.requests[(method, 200)] += 1
        return _response(200, {"ok": True, "result": result})

    async def _send(self, name: str, impl: Any, params: dict, chat_id: Any) -> Any:
        if chat_id is None:
            raise ApiError(400, "Bad Request: chat_id is empty")
        chat = self.world.chat(chat_id)  # 400 not found / migrated, 403 blocked come first
        now = self.time()
        violation, record_only = None, self.limits == "record"
        if self.limits:
            violation = self.tracker.check(
                name, chat.id, chat.is_group, now, deliver_anyway=record_only
            )
            if violation is not None and not record_only:
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {violation.retry_after}",
                    {"retry_after": violation.retry_after},
                )
        try:
            result = await impl(self.world, params)
        except ApiError:
            if self.limits and (violation is None or record_only):
                self.tracker.give_back(chat.id, chat.is_group)  # a refused send was not sent
                if violation is not None:
                    self.tracker.violations.remove(violation)
            raise
        self.stats.record_send(chat.id, now, result.get("text") or result.get("caption"))
        return result

    async def _apply_fault(
        self, request: web.Request, fault: Fault, chat: Any
    ) -> web.StreamResponse | None:
        if fault.kind in ERRORS:
            status, body = fault.error(chat)
            return _response(status, body)
        if fault.kind == "slow":
            await self.feed.pause(fault.delay)
            return None
        if fault.kind == "timeout":
            await self.feed.pause(fault.delay or 3600.0)
        # "drop", and "timeout" once it is over: close the connection without an answer
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=499)  # never reaches the client: the connection is closed

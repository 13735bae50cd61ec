"""The HTTP side: an aiohttp server on loopback that answers like api.telegram.org."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, Literal

import aiohttp
from aiohttp import web
from aiohttp.web_request import FileField

from .client import SimUser
from .faults import ERRORS, Fault, FaultSet
from .limits import SEND_METHODS, Limits, LimitTracker, Violation
from .methods import METHODS, Upload, _int, _json, chat_key
from .stats import SendStats
from .world import DEFAULT_UPDATE_TYPES, ApiError, Signal, World

LimitsMode = bool | Literal["record"]

_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}
_CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
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
        self._poller: object | None = None
        self._poll_signal = Signal()
        self._closing = asyncio.Event()
        self._users: dict[tuple[int, int], SimUser] = {}
        self._webhook_task: asyncio.Task[None] | None = None

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
        self._closing.set()
        self.world.updates_signal.notify()
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            await asyncio.gather(self._webhook_task, return_exceptions=True)
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
        new = self.world.migrate(chat_id, new_chat_id)
        for (cid, uid), sim in list(self._users.items()):
            if cid == chat_id:
                sim.chat = new
                self._users[(new.id, uid)] = sim
        return new.id

    async def wait_polling(self, timeout: float = 5.0) -> None:
        """Return once a getUpdates long poll is waiting (the bot is up); TimeoutError if not."""
        await self._poll_signal.wait_until(lambda: True if self._poller else None, timeout)

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
            self.stats.requests[(method, 404)] += 1
            return _response(404, _NOT_FOUND)
        params = await _read_params(request)
        chat = chat_key(params.get("chat_id"))
        fault = self.faults.take(name, chat) if self.faults.rules else None
        if fault is not None and not fault.after:
            early = await self._apply_fault(request, fault, chat)
            if early is not None:
                self.stats.requests[(method, early.status)] += 1
                return early
        try:
            if name == "getupdates":
                result: Any = await self._get_updates(params)
            elif name in SEND_METHODS:
                result = await self._send(name, impl, params, chat)  # type: ignore[arg-type]
            else:
                result = await impl(self.world, params)  # type: ignore[misc]
                if name in ("setwebhook", "deletewebhook"):
                    self._sync_webhook()
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
        if self.limits:
            record_only = self.limits == "record"
            violation = self.tracker.check(
                name, chat.id, chat.is_group, now, deliver_anyway=record_only
            )
            if violation is not None and not record_only:
                raise ApiError(
                    429,
                    f"Too Many Requests: retry after {violation.retry_after}",
                    {"retry_after": violation.retry_after},
                )
        result = await impl(self.world, params)
        self.stats.record_send(chat.id, now, result.get("text") or result.get("caption"))
        return result

    async def _apply_fault(
        self, request: web.Request, fault: Fault, chat: Any
    ) -> web.StreamResponse | None:
        if fault.kind in ERRORS:
            status, body = fault.error(chat)
            return _response(status, body)
        if fault.kind == "slow":
            await self._pause(fault.delay)
            return None
        if fault.kind == "timeout":
            await self._pause(fault.delay or 3600.0)
        # "drop", and "timeout" once it is over: close the connection without an answer
        if request.transport is not None:
            request.transport.close()
        return web.Response(status=499)  # never reaches the client: the connection is closed

    async def _pause(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._closing.wait(), seconds)
        except TimeoutError:
            pass

    def _sync_webhook(self) -> None:
        if self.world.webhook and self._webhook_task is None:
            self._webhook_task = asyncio.create_task(self._deliver_webhook())
        self.world.updates_signal.notify()  # a running delivery re-reads the webhook

    async def _deliver_webhook(self) -> None:
        """POST each pending update to the webhook in order; failures retry with backoff."""
        world = self.world

        def check() -> list[dict[str, Any]] | bool | None:
            if not world.webhook or self._closing.is_set():
                return False
            return world.deliverable(1) or None

        backoff = 0.1
        try:
            async with aiohttp.ClientSession() as session:
                while True:
                    pending = await world.updates_signal.wait_until(check, None)
                    hook = world.webhook
                    if not isinstance(pending, list) or hook is None:
                        return
                    update = pending[0]
                    headers = {}
                    if hook.get("secret_token"):
                        headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
                    error = None
                    try:
                        async with session.post(
                            hook["url"],
                            json=update,
                            headers=headers,
                            timeout=aiohttp.ClientTimeout(total=10),
                        ) as resp:
                            if not 200 <= resp.status < 300:
                                error = (
                                    f"Wrong response from the webhook: {resp.status} {resp.reason}"
                                )
                    except (aiohttp.ClientError, TimeoutError) as exc:
                        error = f"Connection failed: {type(exc).__name__}"
                    if error is None:
                        world.confirm(update["update_id"] + 1)
                        backoff = 0.1
                    else:
                        hook.update(last_error_message=error, last_error_date=world.now_date())
                        await self._pause(backoff)
                        backoff = min(backoff * 2, 5.0)
        finally:
            self._webhook_task = None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        world = self.world
        if world.webhook:
            raise ApiError(409, _CONFLICT_WEBHOOK)
        offset = _int(params, "offset")
        limit = min(max(_int(params, "limit", 100) or 100, 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = _json(params, "allowed_updates")
        if allowed is not None:
            world.allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
        if offset is not None:
            world.confirm(offset)
        token = object()
        self._poller = token
        world.updates_signal.notify()  # a waiting older poll answers 409
        self._poll_signal.notify()

        def check() -> list[dict[str, Any]] | None:
            if self._closing.is_set():
                return []
            if self._poller is not token:
                raise ApiError(409, _CONFLICT_POLL)
            return world.deliverable(limit) or None

        try:
            if timeout <= 0:
                return check() or []
            try:
                return await world.updates_signal.wait_until(check, timeout)
            except TimeoutError:
                return []
        finally:
            if self._poller is token:
                self._poller = None


async def _read_params(request: web.Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return params
    ctype = request.content_type
    if ctype == "application/json":
        body = json.loads(await request.read() or b"{}")
        if isinstance(body, dict):
            params.update(body)
    elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, FileField):
                params[key] = Upload(value.file.read(), value.filename, value.content_type)
            else:
                params[key] = value
    return params

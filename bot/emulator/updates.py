"""Getting updates to the bot: getUpdates long polling, or POSTs to its webhook."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from .models import ApiError, Signal
from .params import int_param, json_param
from .world import DEFAULT_UPDATE_TYPES, World

CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class UpdateFeed:
    """Hands pending updates to the bot the way Telegram does, until ``closing`` is set."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.closing = asyncio.Event()
        self.poller: object | None = None  # the getUpdates call now waiting
        self.poll_signal = Signal()  # a getUpdates call started
        self.webhook_task: asyncio.Task[None] | None = None

    async def close(self) -> None:
        """Answer waiting polls, stop webhook delivery and end pauses."""
        self.closing.set()
        self.world.updates_signal.notify()
        if self.webhook_task is not None:
            self.webhook_task.cancel()
            await asyncio.gather(self.webhook_task, return_exceptions=True)

    async def wait_polling(self, timeout: float) -> None:
        await self.poll_signal.wait_until(lambda: True if self.poller else None, timeout)

    async def pause(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self.closing.wait(), seconds)
        except TimeoutError:
            pass

    def sync_webhook(self) -> None:
        if self.world.webhook and self.webhook_task is None:
            self.webhook_task = asyncio.create_task(self._deliver_webhook())
        self.world.updates_signal.notify()  # a running delivery re-reads the webhook

    async def _deliver_webhook(self) -> None:
        """POST each pending update to the webhook in order; failures retry with backoff."""
        world = self.world

        def check() -> list[dict[str, Any]] | bool | None:
            if not world.webhook or self.closing.is_set():
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
                        await self.pause(backoff)
                        backoff = min(backoff * 2, 5.0)
        finally:
            self.webhook_task = None

    async def get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        world = self.world
        if world.webhook:
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = int_param(params, "offset")
        limit = min(max(int_param(params, "limit", 100) or 100, 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = json_param(params, "allowed_updates")
        if allowed is not None:
            world.allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES
        if offset is not None:
            world.confirm(offset)
        token = object()
        self.poller = token
        world.updates_signal.notify()  # a waiting older poll answers 409
        self.poll_signal.notify()

        def check() -> list[dict[str, Any]] | None:
            if self.closing.is_set():
                return []
            if self.poller is not token:
                raise ApiError(409, CONFLICT_POLL)
            return world.deliverable(limit) or None

        try:
            if timeout <= 0:
                return check() or []
            try:
                return await world.updates_signal.wait_until(check, timeout)
            except TimeoutError:
                return []
        finally:
            if self.poller is token:
                self.poller = None

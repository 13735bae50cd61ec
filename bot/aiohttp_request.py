"""A python-telegram-bot request backend on aiohttp, for sending many messages quickly.

PTB's default backend (httpx) spends milliseconds of CPU per request and slows down further
with many concurrent requests; aiohttp's client does the same work several times faster.
Use it with ``Application.builder().request(AiohttpRequest(…))``; it speaks HTTP/1.1 with
keep-alive, posts JSON bodies (multipart when there are files), honours PTB's timeouts and
maps failures to PTB's exceptions, so the rest of the bot cannot tell the difference.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """``BaseRequest`` over one ``aiohttp.ClientSession`` with up to ``connection_pool_size``
    connections."""

    __slots__ = ("_session", "_pool", "_timeouts")

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._pool = connection_pool_size
        self._timeouts = {
            "read": read_timeout,
            "write": write_timeout,
            "connect": connect_timeout,
            "pool": pool_timeout,
        }

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts["read"]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool, limit_per_host=self._pool)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _timeout(self, name: str, value: ODVInput[float]) -> float | None:
        if value is DEFAULT_NONE:
            return self._timeouts[name]
        return value  # type: ignore[return-value]

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = self._timeout("read", read_timeout)
        write = self._timeout("write", write_timeout)
        connect = self._timeout("connect", connect_timeout)
        pool = self._timeout("pool", pool_timeout)
        total = None if None in (read, write) else (read or 0) + (write or 0)
        timeout = aiohttp.ClientTimeout(
            total=total, sock_connect=connect, sock_read=read, connect=pool
        )
        body: Any = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData(quote_fields=False)  # UTF-8 file names as httpx
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, part in request_data.multipart_data.items():
                    # PTB gives (file name, content, MIME type) for every file part.
                    filename, content, mime = part
                    form.add_field(
                        name, content, filename=str(filename), content_type=str(mime) or None
                    )
                body = form
            else:
                # A JSON body (the Bot API takes one) costs far less to build than a form.
                body = json.dumps(request_data.parameters).encode()
                headers = _JSON
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as resp:
                return resp.status, await resp.read()
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise TimedOut(f"timed out: {exc!r}") from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp: {exc!r}") from exc

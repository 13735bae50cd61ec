"""Bot API parameters: reading a request's body and the typed values inside it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from .models import bad_request

Params = dict[str, Any]


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    data: bytes
    filename: str | None
    content_type: str | None


def int_param(params: Params, name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad_request(f"invalid {name} specified") from None


def json_param(params: Params, name: str) -> Any:
    value = params.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None
    return value


def bool_param(params: Params, name: str) -> bool:
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


async def read_params(request: web.Request) -> dict[str, Any]:
    """Return a request's parameters (query, JSON, form or multipart) as Telegram reads them.

    Form values stay strings (PTB JSON-encodes nested objects such as reply_markup into them);
    files become Uploads.
    """
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

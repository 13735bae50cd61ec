"""Telegram's HTML parse mode: plain text and entities, or the error Telegram would give.

The rules follow tdlib's ``parse_html`` (what the Bot API runs): only Telegram's tags are
allowed, tags must nest, ``&lt; &gt; &amp; &quot;`` and numeric references are decoded and any
other ``&`` is literal text, a bare ``<`` is an error. Offsets are in UTF-16 code units.
"""

from __future__ import annotations

import re
from typing import Any

_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ATTR_VALUE_RE = re.compile(r"[A-Za-z0-9.\-]*")


class HtmlError(ValueError):
    """The text is not valid Telegram HTML; str() is Telegram's description."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"Bad Request: can't parse entities: {detail}")


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units (Telegram's offset unit)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the plain text and the entities of Telegram HTML ``source``.

    Raises HtmlError with Telegram's description when Telegram would refuse the text.
    """
    out: list[str] = []
    pos = 0  # UTF-16 offset of the end of ``out``
    stack: list[tuple[str, int, dict[str, str]]] = []
    entities: list[dict[str, Any]] = []
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch == "&":
            m = _ENTITY_RE.match(source, i)
            if m:
                if m.group(1):
                    decoded = _NAMED[m.group(1)]
                else:
                    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
                    decoded = chr(code) if 0 < code <= 0x10FFFF else ""
                if decoded:
                    out.append(decoded)
                    pos += utf16_len(decoded)
                    i = m.end()
                    continue
        if ch != "<":
            out.append(ch)
            pos += 2 if ord(ch) > 0xFFFF else 1
            i += 1
            continue
        begin = i
        i += 1
        if i < n and source[i] == "/":
            i += 1
            name_start = i
            while i < n and source[i] != ">" and not source[i].isspace():
                i += 1
            name = source[name_start:i].lower()
            while i < n and source[i].isspace():
                i += 1
            if i >= n or source[i] != ">":
                raise HtmlError(f"Unclosed end tag at byte offset {_byte_offset(source, begin)}")
            i += 1
            if not stack:
                raise HtmlError(f"Unexpected end tag at byte offset {_byte_offset(source, begin)}")
            open_name, start, attrs = stack.pop()
            if name != open_name:
                raise HtmlError(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{open_name}>", found "</{name}>"'
                )
            entity = _entity(open_name, start, pos - start, attrs)
            if entity is not None:
                if open_name == "pre" and entities:
                    # <pre><code class="language-x">…</code></pre> is one pre entity with a language
                    inner = entities[-1]
                    same = (inner["offset"], inner["length"]) == (start, pos - start)
                    if inner["type"] == "code" and same:
                        entities.pop()
                        language = inner.pop("language", None)
                        if language:
                            entity["language"] = language
                entity["_order"] = len(stack)
                entities.append(entity)
            continue
        name_start = i
        while i < n and source[i] != ">" and not source[i].isspace():
            i += 1
        name = source[name_start:i].lower()
        if name not in _TAG_ENTITY:
            raise HtmlError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(source, begin)}'
            )
        attrs, i = _attributes(source, i, name, begin)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise HtmlError('Tag "span" must have class "tg-spoiler"')
        stack.append((name, pos, attrs))
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"], e.pop("_order")))
    for e in entities:
        if e["type"] == "code":
            e.pop("language", None)
    return "".join(out), entities


def _attributes(source: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Return the attributes of the start tag whose name ends at ``i``, and the index after it."""
    n = len(source)
    attrs: dict[str, str] = {}
    while True:
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise HtmlError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
        if source[i] == ">":
            return attrs, i + 1
        name_start = i
        while i < n and not source[i].isspace() and source[i] not in "=>":
            i += 1
        attr = source[name_start:i].lower()
        if not attr:
            raise HtmlError(
                f'Empty attribute name in the tag "{tag}" at byte offset '
                f"{_byte_offset(source, name_start)}"
            )
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise HtmlError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
        if source[i] != "=":
            attrs[attr] = ""  # a bare attribute such as <blockquote expandable>
            continue
        i += 1
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise HtmlError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
        if source[i] in "\"'":
            quote = source[i]
            end = source.find(quote, i + 1)
            if end < 0:
                raise HtmlError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
            raw = source[i + 1 : end]
            i = end + 1
        else:
            m = _ATTR_VALUE_RE.match(source, i)
            assert m is not None
            raw = m.group(0)
            i = m.end()
        attrs[attr] = _ENTITY_RE.sub(_decode_match, raw)


def _decode_match(m: re.Match[str]) -> str:
    if m.group(1):
        return _NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    return chr(code) if 0 < code <= 0x10FFFF else ""


def _entity(tag: str, offset: int, length: int, attrs: dict[str, str]) -> dict[str, Any] | None:
    if length <= 0:
        return None
    kind = _TAG_ENTITY[tag]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if tag == "a":
        href = attrs.get("href", "")
        if not href:
            return None
        entity["url"] = href
    elif tag == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif tag == "code" and attrs.get("class", "").startswith("language-"):
        entity["language"] = attrs["class"][len("language-") :]
    elif tag == "tg-emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    return entity


_SPACES = " \t\r\n\v\f"


def trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Return ``text`` without leading and trailing whitespace, entities moved to match.

    Telegram trims every message text this way; entities left empty are dropped.
    """
    stripped = text.strip(_SPACES)
    if stripped == text:
        return text, entities
    if not stripped:
        return "", []
    head = utf16_len(text[: len(text) - len(text.lstrip(_SPACES))])
    end = head + utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"], head)
        stop = min(entity["offset"] + entity["length"], end)
        if stop > start:
            kept.append({**entity, "offset": start - head, "length": stop - start})
    return stripped, kept


def command_entities(text: str) -> list[dict[str, Any]]:
    """Return the ``bot_command`` entities Telegram adds to a user's text (empty list if none)."""
    entities = []
    for m in _COMMAND_RE.finditer(text):
        entities.append(
            {
                "type": "bot_command",
                "offset": utf16_len(text[: m.start()]),
                "length": utf16_len(m.group(0)),
            }
        )
    return entities


_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])")

"""Bytes to clean text: encoding detection, NFKC, and the PDF line-break and space repairs."""

from __future__ import annotations

import codecs
import re
import unicodedata


class UnreadableInput(ValueError):
    """The input is not text we can read (binary, empty, unknown encoding). str() is one line."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Return the text of ``data`` (UTF-8, GB18030/GBK, UTF-16/32 with BOM, or detected).

    Raises UnreadableInput for empty, binary or undecodable input.
    """
    if not data.strip():
        raise UnreadableInput("the file is empty")
    text = _decode(data)
    if text is None:
        raise UnreadableInput("the file is not text (binary data or an unknown encoding)")
    if _looks_binary(text):
        raise UnreadableInput("the file is not text (binary data)")
    if not text.strip():
        raise UnreadableInput("the file is empty")
    return text


def _decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Without a BOM, a guessed encoding must also give text that looks like Chinese or
    # Latin prose: GB18030 and UTF-16 decode almost any bytes into something.
    codecs_to_try = ("utf-16-le", "utf-16-be") if b"\x00" in data[:4096] else ("gb18030",)
    for codec in codecs_to_try:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    from charset_normalizer import from_bytes  # lazy: only for rare encodings

    best = from_bytes(data).best()
    return str(best) if best is not None and _plausible(str(best)) else None


_COMMON = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
)


def _plausible(text: str) -> bool:
    sample = text[:8192]
    return bool(sample) and len(_COMMON.findall(sample)) / len(sample) >= 0.9


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\n\r\t\f\v")
        or ch == "\ufffd"
    )
    return bad / len(sample) > 0.02


_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}0-9])[ \t\u3000]+(?=[{_CJK}0-9])")


def normalize_text(text: str) -> str:
    """Return NFKC text with unified line ends and stray spaces between CJK characters removed.

    Spaces between two Latin words are kept; spaces touching a CJK character or a digit next
    to CJK (``4 月 14 日``) are removed. Line structure is kept.
    """
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        line = _SPACE_IN_CJK.sub(_drop_space, line)
        lines.append(line)
    return "\n".join(lines)


def _drop_space(match: re.Match[str]) -> str:
    s, e = match.span()
    text = match.string
    before, after = text[s - 1], text[e] if e < len(text) else ""
    if before.isascii() and after.isascii() and before.isalpha() and after.isalpha():
        return match.group(0)
    if before.isdigit() and after.isdigit():
        return " "  # two numbers side by side stay apart
    return ""

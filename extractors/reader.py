"""Bytes to clean text: encoding detection, NFKC, and the PDF line-break and space repairs.

Two levels: :func:`decode_text` turns bytes into ``str``; :func:`normalize_text` gives NFKC
text with the line structure kept; :class:`SourceMap` and :func:`clean_span` let the layout
code join wrapped lines and drop stray spaces while keeping offsets into the original text.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from . import rx
from .chars import BMP, holds

# (a Final alias: compiled, a call reads it from a C static, where `bisect.bisect_right` looks
# the function up in the module at every call)
_BISECT_RIGHT: Final = bisect.bisect_right


class UnreadableInput(ValueError):
    """The input is not text we can read (binary, empty, unknown encoding). str() is one line."""


_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Characters a Chinese news text is made of; a decoding that yields many others is wrong
# (UTF-16 bytes read as GB18030 give ASCII noise and rare ideographs, and vice versa).
_UNUSUAL: Final = rx.compile(
    r"[^\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00a0-\u00ff"
    r"\x20-\x7e\n\r\t\u2460-\u24ff\u25a0-\u25ff\u2160-\u217f]"
)

_PLAUSIBLE: Final = 0.97


def decode_text(data: bytes) -> str:
    """Return the text of ``data`` (UTF-8, GB18030/GBK, UTF-16/32 with or without BOM, or detected).

    Raises UnreadableInput (one-line message) for empty, binary or undecodable input.
    """
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UnreadableInput("the file is empty")
    text = _decode(data)
    if text is None or _looks_binary(text):
        raise UnreadableInput("the file is not text (binary data or an unknown encoding)")
    if not text.strip():
        raise UnreadableInput("the file is empty")
    return text


def _decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec)
    text = _strict(data, "utf-8")
    if text is not None and b"\x00" not in data[:4096]:
        return text
    if len(data) % 2 == 0:
        for codec in ("utf-16-le", "utf-16-be"):
            text = _strict(data, codec)
            if text is not None and _plausibility(text) >= _PLAUSIBLE:
                return text
    if b"\x00" in data[:4096]:
        return None  # NUL bytes and no UTF-16 reading: binary
    text = _strict(data, "gb18030")
    if text is not None and _plausibility(text) >= _PLAUSIBLE:
        return text
    from charset_normalizer import from_bytes  # lazy: only rare encodings get here

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    return text if _plausibility(text) >= 0.9 else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    return 1.0 - len(_UNUSUAL.findall(sample)) / len(sample)


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


# --------------------------------------------------------------------------- normalizing

_CJK: Final = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’"
# A run of spaces with a CJK character (or a digit) on both sides: PDF extraction noise.
# (written to open with the space class, the lookbehind checking the character before it: a
# pattern opening with a lookbehind is tried at every position, this one only at spaces)
_SPACE_IN_CJK: Final = rx.compile(
    rf"[ \t\u3000\xa0](?<=[{_CJK}0-9][ \t\u3000\xa0])[ \t\u3000\xa0]*(?=[{_CJK}0-9])"
)
_LINE_END: Final = rx.compile(r"\r\n?")


def normalize_text(text: str) -> str:
    """Return NFKC text with unified line ends and stray spaces between CJK characters removed.

    Spaces between two Latin words are kept; spaces touching a CJK character or a digit next
    to CJK (``4 月 14 日``) are removed. Line structure is kept.
    """
    text = _LINE_END.sub("\n", unicodedata.normalize("NFKC", text))
    return "\n".join(_SPACE_IN_CJK.sub(_drop_space, line.strip()) for line in text.split("\n"))


def _drop_space(match: re.Match[str]) -> str:
    s, e = match.span()
    text = match.string
    before, after = text[s - 1], text[e] if e < len(text) else ""
    if before.isdigit() and after.isdigit():
        return " "  # two numbers side by side stay apart
    return ""


_TRAILING_DIGITS: Final = rx.compile(r"\d+$")
_LEADING_DIGITS: Final = rx.compile(r"\d+")
# what list numbers NFKC would make digits (`①`, `⒈`) become: one number mark NFKC keeps, so
# `④2月15日前` is no `42月15日` and the line still opens with an item's number
ITEM_NUMBER: Final = "\u2776"  # ❶
# Look-alikes NFKC leaves alone that pages print in times and dates: `14∶00` (RATIO),
# `2022−08−26` (MINUS SIGN), `8‐26` (HYPHEN, NON-BREAKING HYPHEN); and those list numbers.
_LOOK_ALIKES: Final = {"\u2236": ":", "\u2212": "-", "\u2010": "-", "\u2011": "-"} | {
    chr(c): ITEM_NUMBER for c in (*range(0x2460, 0x2474), *range(0x2488, 0x249C))
}
# The characters nfkc_counting flags, by character code (a compiled loop reads a page's
# characters several times faster than a regex search tests them against a class of ranges):
# what it maps one for one (full-width ASCII, the ideographic space, look-alikes), what NFKC
# may change (the page is then normalized), and the opening marks of _EMPTY_PAIRS.
_MAPPED: Final = 1
_NFKC_MAY_CHANGE: Final = 2
_OPENS_PAIR: Final = 4
# brackets with nothing between them: what a copy leaves of an icon or a bullet (`『』`), or
# of a picture or a link its markdown had (`![]()`, `[]()`: `![]() 2015年1月16日(星期五)`)
_EMPTY_PAIRS: Final = ("『』", "【】", "「」", "〖〗", "![]()", "[]()")
# the characters NFKC leaves alone whatever stands beside them: ASCII, general punctuation
# (`—`, `“”`), the CJK marks (`、。《》【】`) and ideographs (tests/ check each; the others are
# flagged _NFKC_MAY_CHANGE)
_NFKC_SETTLED: Final = (
    (0, 0x80),
    (0xB7, 0xB8),  # (`·`)
    (0xC0, 0x100),
    (0x2012, 0x2017),
    (0x2018, 0x2024),
    (0x3001, 0x302A),
    (0x4E00, 0xA000),
)


def _nfkc_flags() -> bytes:
    table = bytearray([_NFKC_MAY_CHANGE]) * BMP
    for a, b in _NFKC_SETTLED:
        table[a:b] = bytes(b - a)
    mapped = "".join(map(chr, range(0xFF01, 0xFF5F))) + "\u3000" + "".join(_LOOK_ALIKES)
    for flag, chars in ((_MAPPED, mapped), (_OPENS_PAIR, "".join(p[0] for p in _EMPTY_PAIRS))):
        for ch in chars:
            table[ord(ch)] |= flag
    return bytes(table)


_NFKC_FLAGS: Final = _nfkc_flags()

# pinyin some sites print after a character (`持續(xù)至`, `國(guó)慶`), and the day a paper's
# `今(4)日` (`昨(22)日`, `明(5)日`) says again: blanked, so the words read whole (the blanks
# are stray spaces, dropped like any inside Chinese text)
_RUBY: Final = rx.compile(  # (opens with a literal: a fast scan)
    r"\((?:[a-zü\u00e0-\u01dc]{1,6}|\d{1,2}(?=\)[日号]))\)"
)


_DAY_RESTATED: Final = rx.compile(r"[今昨明]\((?P<day>\d{1,2}月\d{1,2}日)\)日")
# `當(19)日`: that day, said by its number in brackets
_THAT_DAY: Final = rx.compile(r"[當当]\((?P<d>\d{1,2})\)(?=[日号])")


def _blank_ruby(m: re.Match[str]) -> str:
    """Return spaces for pinyin after a Chinese character, or for a day's number after
    `今`, `昨`, `明`; the match itself elsewhere."""
    at = m.start()
    before = m.string[at - 1] if at else ""
    if m.group()[1].isdigit():
        return " " * len(m.group()) if before in ("今", "昨", "明") else m.group()
    return " " * len(m.group()) if "\u4e00" <= before <= "\u9fff" else m.group()


def _plain(ch: str) -> str:
    """Return the character a _MAPPED character stands for."""
    if ch == "\u3000":
        return " "
    return _LOOK_ALIKES.get(ch) or chr(ord(ch) - 0xFEE0)


def nfkc_same_length(text: str) -> str:
    """Return NFKC ``text`` with every character mapped on its own, so offsets stay valid.
    See :func:`nfkc_counting`."""
    return nfkc_counting(text, _NOTHING)[0]


_NOTHING: Final = bytes(BMP)  # a flag table with no character flagged


def nfkc_counting(text: str, counted: bytes) -> tuple[str, int]:
    """Return NFKC ``text`` with every character mapped on its own, so offsets stay valid, and
    how many characters of the result are flagged in ``counted`` (a table by character code
    below BMP, counted in the same pass over the characters).

    Full-width ASCII (the bulk of what NFKC changes in Chinese text) is replaced by plain
    string replacement, which is much faster than ``unicodedata.normalize`` on a whole page.
    A character whose NFKC form is longer (``①`` → ``1``, ``㎡`` → ``m2``) keeps its first
    character only, so offsets do not shift; that loses nothing a date needs. Look-alikes of
    ``:`` and ``-`` that NFKC keeps become the plain characters, and pinyin printed after a
    character (``國(guó)慶``), the day after `今` (``今(4)日``) and empty brackets (``『』``, a
    bullet left of an icon) become spaces.
    """
    # each character found is replaced all over at once, and the scan goes on from there (the
    # text keeps its length, and no replacement is mapped): one pass, one replace per distinct
    # character
    # (no mapped character maps to a counted one, nor does the ruby's blanking: the count is
    # the result's unless the last step below changes the text)
    # (a loop over every character, not over `set(text)`: compiled, the loop takes 0.05 ms on
    # the sample page, the set and its counts 0.35 ms; pure Python the other way round)
    # (the flags of the characters passed say whether a normalization or an empty pair's
    # search is needed at all: most pages need neither)
    n = 0
    seen = 0
    for i in range(len(text)):
        c = ord(text[i])
        if c >= BMP:
            seen |= _NFKC_MAY_CHANGE
            continue
        flags = _NFKC_FLAGS[c]
        if flags & _MAPPED:
            ch = chr(c)
            text = text.replace(ch, _plain(ch))
            continue
        seen |= flags
        if counted[c]:
            n += 1
    if _RUBY.search(text):
        text = _RUBY.sub(_blank_ruby, text)
    if holds(text, ")日") and _DAY_RESTATED.search(text):
        # `今(6月20日)日上午`: the day a paper's `今日` says again, read alone
        text = _DAY_RESTATED.sub(lambda m: "  " + m["day"] + "  ", text)
    if (holds(text, "當(") or holds(text, "当(")) and _THAT_DAY.search(text):
        text = _THAT_DAY.sub(lambda m: "  " + m["d"] + " ", text)  # (`當(19)日`: the 19th)
    if seen & _OPENS_PAIR:
        for pair in _EMPTY_PAIRS:
            if holds(text, pair):  # `『』正月初一:综艺演出`: an icon's empty marks, a bullet
                text = text.replace(pair, " " * len(pair))
    if not seen & _NFKC_MAY_CHANGE or unicodedata.is_normalized("NFKC", text):
        return text, n
    norm = unicodedata.normalize("NFKC", text)
    if len(norm) != len(text):
        norm = "".join(unicodedata.normalize("NFKC", ch)[:1] or ch for ch in text)
    return norm, sum(1 for ch in norm if ord(ch) < BMP and counted[ord(ch)])


# ------------------------------------------------------------------ offsets to the source


@dataclass(slots=True)
class SourceMap:
    """Offsets of a cleaned text back into its source: pieces copied at known source offsets."""

    clean_starts: list[int]
    source_starts: list[int]

    def to_source(self, i: int) -> int:
        """Return the source offset of clean offset ``i``."""
        k = _BISECT_RIGHT(self.clean_starts, i) - 1
        if k < 0:
            return i
        return self.source_starts[k] + i - self.clean_starts[k]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the source span covering clean span ``[start, end)``."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


def join_lines(paragraphs: list[list[tuple[str, int]]]) -> tuple[str, SourceMap, list[int]]:
    """Return the clean text of paragraphs of source lines, its map to the source, and where
    each paragraph starts in it.

    Each line is (text, source offset). Lines of a paragraph are joined (a space only between
    two Latin letters), stray spaces inside a line are dropped, paragraphs are joined by
    "\\n". A plain loop with local lists: this runs over every line of every page.
    """
    parts: list[str] = []
    clean_starts: list[int] = []
    source_starts: list[int] = []
    para_starts: list[int] = []
    length = 0
    for para in paragraphs:
        if length:
            parts.append("\n")
            clean_starts.append(length)
            source_starts.append(para[0][1] - 1)
            length += 1
        para_starts.append(length)
        last = ""
        for k, (line, start) in enumerate(para):
            if k and (
                (last.isascii() and last.isalpha() and line[0].isascii() and line[0].isalpha())
                or (last.isdigit() and line[0].isdigit() and _two_numbers(parts[-1], line))
            ):
                parts.append(" ")
                clean_starts.append(length)
                source_starts.append(start - 1)
                length += 1
            # (`in` tests: much cheaper than a regex search, and most lines have no space)
            if " " in line or "\t" in line or "\u3000" in line or "\xa0" in line:
                for piece, at in _pieces(line, start):
                    if piece:
                        parts.append(piece)
                        clean_starts.append(length)
                        source_starts.append(at)
                        length += len(piece)
            elif line:
                parts.append(line)
                clean_starts.append(length)
                source_starts.append(start)
                length += len(line)
            last = line[-1]
    return "".join(parts), SourceMap(clean_starts, source_starts), para_starts


def _two_numbers(before: str, after: str) -> bool:
    """True when the digits ending ``before`` and those opening ``after`` cannot be one number
    of a date broken over two lines: more than four digits (`发送至13592220007` / `3月17日`),
    or more than two after a date's separator (`2022.8.26` / `06:30—15:30`)."""
    m = _TRAILING_DIGITS.search(before)
    n = _LEADING_DIGITS.match(after)
    digits = (m.end() - m.start() if m else 0) + (n.end() if n else 0)
    if digits > 4:
        return True
    return digits > 2 and m is not None and m.start() > 0 and before[m.start() - 1] in ".-/月:"


def _pieces(line: str, start: int) -> list[tuple[str, int]]:
    """Return the parts of a line between its stray spaces, with their source offsets."""
    out = []
    pos = 0
    for m in _SPACE_IN_CJK.finditer(line):
        out.append((line[pos : m.start()], start + pos))
        if _drop_space(m):
            out.append((" ", start + m.start()))
        pos = m.end()
    out.append((line[pos:], start + pos))
    return out


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def clean_span(text: str) -> str:
    """Return ``text`` with line breaks and stray spaces removed (for evidence and titles)."""
    if "\r" in text:
        text = _LINE_END.sub("\n", text)
    out = ""
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if (
            out
            and out[-1].isascii()
            and out[-1].isalpha()
            and line[0].isascii()
            and line[0].isalpha()
        ):
            out += " "
        if " " in line or "\t" in line or "\u3000" in line or "\xa0" in line:
            line = _SPACE_IN_CJK.sub(_drop_space, line)  # (only a line with spaces can change)
        out += line
    return out


def bigrams(text: str) -> set[str]:
    """Return the set of character pairs of ``text`` (empty for fewer than two characters)."""
    return {text[i : i + 2] for i in range(len(text) - 1)}

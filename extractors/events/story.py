"""The text of one story as every stage of the event builder reads it: its sentences and
clauses (cached), its quotes and notice fields, and a copy with the time expressions blanked
to name things from.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Final

from .. import rx
from ..chars import BMP, flag_table
from ..layout import Story
from ..model import TimeMention
from ..notices import Notice, Paragraph
from ..triggers import HOLD_VERBS
from .candidate import Candidate
from .cues import BLANK, HAPPENING, NAMED_DAY, WINDOW, abuts

# (a Final alias: compiled, a call reads it from a C static, where `bisect.bisect_right` looks
# the function up in the module at every call)
_BISECT_RIGHT: Final = bisect.bisect_right

# what ends a sentence: its marks, then a line break (which no sentence holds)
_SENTENCE_MARKS: Final = "。!?！？"

_CLAUSE_SEP: Final = ",，;；|"  # (`|`: between the cells of a table's row)

# what ends a clause, by character code: a compiled loop from the span outwards stops at the
# nearest one (a regex search first pays for its call and its state)
_CUTS: Final = bytes(flag_table((1, _SENTENCE_MARKS + _CLAUSE_SEP + "\n")))

# a quoted day that a name goes on from (`“六月六”布依风情节`, `“三月三”主会场开幕式`)
_QUOTED_BEFORE_NAME: Final = rx.led(r"”[\u4e00-\u9fff]")
_CLOCK: Final = rx.compile(r"\d|[时点分]")
_DASHES: Final = ("—", "-", "－")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the sentences of text: each a run of characters that end none, with
    the marks right after it (the matches of ``[^。!?！？\n]+[。!?！？]*``).

    The marks are found with str.find, which skips to them at memory speed where a regex
    tests each character of the story in turn."""
    breaks: list[int] = []
    for mark in _SENTENCE_MARKS + "\n":
        at = text.find(mark)
        while at != -1:
            breaks.append(at)
            at = text.find(mark, at + 1)
    breaks.sort()
    spans: list[tuple[int, int]] = []
    pos = k = 0
    while True:
        while k < len(breaks) and breaks[k] == pos:  # marks and breaks opening no sentence
            pos += 1
            k += 1
        if pos >= len(text):
            return spans
        end = breaks[k] if k < len(breaks) else len(text)
        while k < len(breaks) and breaks[k] == end and text[end] != "\n":
            end += 1
            k += 1
        spans.append((pos, end))
        pos = end


def _is_cut(text: str, i: int) -> bool:
    """True when ``text[i]`` ends a clause (a separator, a sentence mark or a line break)."""
    c = ord(text[i])
    return c < BMP and _CUTS[c] != 0


class StoryText:
    """The text of one story and where its sentences and clauses lie."""

    def __init__(self, story: Story, published: dt.date, source: str) -> None:
        self.story = story
        self.text = story.text
        self.published = published
        self.source = source
        self.sentences = sentence_spans(self.text)
        self.sent_starts = [s for s, _ in self.sentences]
        self.masked = self.text
        self.last_place: str | None = None
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}
        # (asked of most mentions twice: by the mask and by the event filter)
        self._inside: dict[tuple[int, int], bool] = {}
        # Read on first use (the properties below): most stories of a page have no dated
        # happening. Plain attributes, not functools.cached_property: a mypyc-compiled class
        # has no instance __dict__, and there the decorator silently computes on every access.
        self._quotes: tuple[tuple[str, str], ...] | None = None
        self._notice: Notice | None = None

    @property
    def quotes(self) -> tuple[tuple[str, str], ...]:
        """The quote pairs whose opening mark the story holds at all."""
        if self._quotes is None:
            pairs = (("“", "”"), ("《", "》"), ("「", "」"))
            self._quotes = tuple((a, b) for a, b in pairs if a in self.text)
        return self._quotes

    @property
    def notice(self) -> Notice:
        if self._notice is None:
            self._notice = Notice(self.story, self.source)
        return self._notice

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.notice.paragraphs

    @property
    def topic(self) -> str:
        return self.notice.topic

    def mask(self, mentions: list[TimeMention]) -> None:
        """Keep a copy of the text with every time expression blanked, to name things from."""
        parts: list[str] = []
        pos = 0
        for i, m in enumerate(mentions):
            a, b = m.span
            nxt = mentions[i + 1].span[0] if i + 1 < len(mentions) else b
            if abuts(self.text, b, nxt):
                b = max(b, nxt)  # `正月十五`: the grammar left the day apart
            if (
                (m.flags & NAMED_DAY and not _CLOCK.search(m.text))
                or self.inside_name(a, b)
                or _QUOTED_BEFORE_NAME.match(self.text, b)
                and self.text[a - 1 : a] == "“"
            ):
                # `“周末课堂”`, `新年音乐会`, `“六月六”布依风情节`: time words name things too
                continue
            if a >= pos:
                parts.append(self.text[pos:a])
                parts.append(BLANK * (b - a))
                pos = b
        parts.append(self.text[pos:])
        self.masked = "".join(parts)

    def para_of(self, pos: int) -> int:
        return self.notice.para_of(pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = _BISECT_RIGHT(self.sent_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def clause(self, a: int, b: int) -> tuple[int, int]:
        """Return the clause around span [a, b): between clause separators of its sentence."""
        found = self._clauses.get((a, b))
        if found is None:
            found = self._clauses[a, b] = self._clause(a, b)
        return found

    def _clause(self, a: int, b: int) -> tuple[int, int]:
        s, e = self.sentence_of(a)
        s = max(s, min(self.story.dateline_end, a))
        # the last separator before a and the first at or after b, within WINDOW characters;
        # looked for inside the sentence only, which bounds the clause anyway
        text = self.text
        left = a - WINDOW
        for p in range(a - 1, max(s, a - WINDOW) - 1, -1):
            if _is_cut(text, p):
                left = p + 1
                break
        right = b + WINDOW
        for p in range(b, min(e, b + WINDOW)):
            if _is_cut(text, p):
                right = p
                break
        return max(left, s), min(right, e)

    def sentence_near(self, a: int, b: int) -> tuple[int, int]:
        """Return the sentence of span [a, b), cut to _WINDOW characters on each side."""
        sa, sb = self.sentence_of(a)
        return max(sa, a - WINDOW), min(sb, b + WINDOW)

    def next_clause(self, pos: int) -> tuple[int, int]:
        """Return the clause that starts after the separator at or after ``pos``."""
        _, e = self.sentence_of(pos)
        i = pos
        while i < e and self.text[i] in _CLAUSE_SEP + " ":
            i += 1
        if i >= e:
            return i, i
        return i, self.clause(i, i)[1]

    def what_of(self, c: Candidate) -> str:
        """Return the clause of ``c``'s date words, with the next clause when the date stands
        alone in its clause (`5月1日,第六届采摘节将在樱桃园开幕`)."""
        return self.text[slice(*self.clause_on(*c.anchor))]

    def clause_on(self, a: int, b: int) -> tuple[int, int]:
        """Return the clause of span [a, b), running on through the next clause when nothing
        follows the span in its own (`开学当天,各校将开展…`: what is said of it is there)."""
        ca, cb = self.clause(a, b)
        if cb <= b + 1:
            cb = self.next_clause(cb)[1]
        return ca, cb

    def inside_name(self, a: int, b: int) -> bool:
        """True when span [a, b) lies inside a quoted name with more words than the span."""
        found = self._inside.get((a, b))
        if found is None:
            found = self._inside[a, b] = self._inside_name(a, b)
        return found

    def _inside_name(self, a: int, b: int) -> bool:
        quotes = self.quotes
        if not quotes:
            return False
        ca, cb = self.clause(a, b)
        if self._quoted(a, b, ca, cb):
            return True
        # a name holding a comma (`“九九重阳节,温暖老人心”慰问活动`), told from a quoted
        # sentence by the happening it names right after it
        sa, sb = self.sentence_of(a)
        closed = self._quoted(a, b, max(sa, a - 40), min(sb, b + 40))
        if closed is None:
            return False
        named = closed  # (past a dash: `“阅读,不止今天”——阅读打卡活动`)
        while self.text[named : named + 1] in _DASHES:
            named += 1
        return HAPPENING.search(self.text, named, named + 7) is not None

    def _quoted(self, a: int, b: int, lo: int, hi: int) -> int | None:
        """Return the end of a quotation within [lo, hi] holding [a, b) and more; None if none."""
        for left, right in self.quotes:
            opened = self.text.rfind(left, lo, a + 1)
            if opened == -1 or self.text.find(right, opened, a) != -1:
                continue
            closed = self.text.find(right, b - 1, hi + 1)
            if closed == -1 or self.text.find(left, b, closed) != -1:
                continue  # (`“4.23”世界读书日…“城市阅读之夜”`: two quotations, not one)
            if (opened < a or closed > b) and closed - opened - 1 > b - a:
                return closed + 1
        return None

    def holds_after(self, a: int, b: int) -> bool:
        """True when the clause after anaphor [a, b) (or the next one) holds a happening of its
        own (`开学当天,各校将开展…安全教育`)."""
        return self.holds(b, self.clause_on(a, b)[1])

    def holds(self, a: int, b: int) -> bool:
        """True when text [a, b) holds a verb of holding a happening (`举办`, `开展` …)."""
        text = self.text[a:b]
        return any(v in text for v in HOLD_VERBS)

"""Events from one story: time mentions (from the time grammar) grouped into happenings.

For every story the builder

1. reads the story's time mentions with ``find_times`` (reference date: the dateline's date
   when the story has one, else the publication date);
2. drops mentions that are not events (dateline, reporting dates, statistics, signature
   dates, bare years, durations, recurring rules, opening hours, cancelled events);
3. joins clock times to their dates (``4月20日 … 上午9时``; a daily time over a range; a time
   line shared by a list of dated items), and mentions that state one happening together
   (``“4·23”世界阅读日当天``, ``端午节放假时间为6月22日至24日``, ``明天开唱,持续至26日``);
4. names each happening (``naming``) from its clause or from the notice fields around it
   (``活动时间:`` / ``地点:`` / ``主题:``), and drops repeated statements of one happening.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import naming
from .layout import Story
from .model import Event, Kind, Moment, Precision, TimeMention, day_of
from .reader import clean_span
from .triggers import (
    CANCELLED,
    FIELD_ROLES,
    NOT_EVENT_BEFORE,
    OPENING_HOURS,
    REPORTING_AFTER,
    STATISTIC_WORDS,
    TIME_HINT,
    UNDATED,
    words,
)

TimeFinder = Callable[[str, dt.date], Sequence[TimeMention]]

# Flags of the time grammar that never make an event on their own.
_DROP_FLAGS = frozenset({"statistic", "duration", "bare_year"})
_NAMED_DAY = frozenset({"festival", "observance"})

_SENT = re.compile(r"[^。!?！？\n]+[。!?！？]*")
_CLAUSE_SEP = ",，;；"
_CUT = re.compile(r"[,，;；。!?！？\n]")
_NUMBERING = r"(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、)](?!\d)|\(\d{1,2}\)|[①-⑳])"
_FIELD = re.compile(rf"^\s*{_NUMBERING}?\s*(?P<label>[\u4e00-\u9fff]{{1,8}})\s*[:：]\s*")
_LIST_ITEM = re.compile(rf"^\s*{_NUMBERING}")
# A mention text that names a day (not only a clock time or a part of the day).
_DAY_WORDS = re.compile(
    r"\d{1,2}\s*月|\d\s*[日号]|[一二三四五六七八九十廿卅]\s*[日号]|[今明昨前后大]天|[今明昨]日|"
    r"[今明昨后]晚|周[一二三四五六日天末]|星期|礼拜|节|年|当[天日晚]|同日|次日|翌日|[·./-]\d|即日|起"
)
_EVERY_DAY = re.compile(r"每[天日晚]|均为|均在|统一")
# `…开唱,持续至11月26日`: the last clause before a date carries a happening on to it.
_EXTENDS = re.compile(r"(?:将)?(?:持续|延续|一直|延长|开放|展出|举办|进行)(?:至|到)")
_ADDRESS = re.compile(r"[路街道巷院楼层室门线里区]$")
_BARE_DAY = re.compile(r"\d{1,3}\s*号")
_REPORTING = words(REPORTING_AFTER)
_NOT_BEFORE = words(NOT_EVENT_BEFORE)
_CANCELLED = words(CANCELLED)
_OPENING_HOURS = words(OPENING_HOURS)
_STATISTIC = words(STATISTIC_WORDS)
_UNDATED = frozenset(words(UNDATED))


@dataclass(slots=True)
class _Cand:
    """A dated happening being assembled: its period and the mentions that state it."""

    start: Moment
    end: Moment
    span: tuple[int, int]
    flags: frozenset[str]
    sentence: tuple[int, int]
    para: int
    timed: bool = False
    texts: list[str] = field(default_factory=list)
    anchor: tuple[int, int] = (0, 0)  # the date words the happening is named around
    named: str = ""  # the festival or observance among them (`端午节`, `“4·23”`)

    def __post_init__(self) -> None:
        if self.anchor == (0, 0):
            self.anchor = self.span


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    label: str | None  # notice field label (``活动时间``) when the paragraph is one
    group: int  # one notice item: consecutive field/list paragraphs


def build_events(
    story: Story,
    published: dt.date,
    find_times: TimeFinder,
    source: str,
) -> list[Event]:
    """Return the story's events in text order; an empty list when it states no dated happening."""
    text = story.text
    if not text:
        return []
    ref = published
    if story.dateline:
        found = find_times(story.dateline, published)
        if found:
            ref = day_of(found[0].start)
    reader = _StoryReader(story, published, source)
    mentions = _find_in_dated_sentences(find_times, text, ref, reader.sentences)
    cands, times = reader.candidates(mentions)
    cands = reader.attach_times(cands, times)
    cands = reader.merge(cands)
    events = [e for e in (reader.event(c) for c in cands) if e is not None]
    return _dedupe(events)


def _find_in_dated_sentences(
    find_times: TimeFinder, text: str, ref: dt.date, sentences: list[tuple[int, int]]
) -> list[TimeMention]:
    """Return the mentions of ``text`` in text order, reading only the sentences that can hold
    a time (most of a news page holds none): they go to the grammar joined by line breaks, in
    order, so anaphora still sees the dates before it; spans are mapped back to ``text``."""
    kept = [(s, e) for s, e in sentences if TIME_HINT.search(text, s, e)]
    if sum(e - s for s, e in kept) > 0.8 * len(text):
        return sorted(find_times(text, ref), key=lambda m: m.span)
    starts: list[int] = []
    parts: list[str] = []
    length = 0
    for s, e in kept:
        starts.append(length)
        parts.append(text[s:e])
        length += e - s + 1
    mentions = []
    for m in find_times("\n".join(parts), ref):
        k = bisect.bisect_right(starts, m.span[0]) - 1
        delta = kept[k][0] - starts[k]
        mentions.append(replace(m, span=(m.span[0] + delta, m.span[1] + delta)))
    return sorted(mentions, key=lambda m: m.span)


def _paragraphs(text: str, starts: tuple[int, ...]) -> list[_Paragraph]:
    """Return the story's paragraphs, grouped into notice items."""
    bounds = list(starts or (0,)) + [len(text) + 1]
    out: list[_Paragraph] = []
    group = -1
    prev_listy = False
    labels: set[str] = set()
    has_time = False
    for k in range(len(bounds) - 1):
        s, e = bounds[k], bounds[k + 1] - 1
        para = text[s:e]
        m = _FIELD.match(para)
        label = m.group("label") if m else None
        role = FIELD_ROLES.get(label or "")
        listy = bool(label) or bool(_LIST_ITEM.match(para)) or len(para) <= 30
        # A new item: after prose, on a repeated label, or at a heading once an item has a time.
        heading = role is None or role == "name"
        if not (listy and prev_listy) or (label and label in labels) or (heading and has_time):
            group += 1
            labels.clear()
            has_time = False
        if label:
            labels.add(label)
        has_time = has_time or role in ("time", "window")
        out.append(_Paragraph(s, e, label, group))
        prev_listy = listy
    return out


class _StoryReader:
    """Reads one story's mentions into candidate events and names them."""

    def __init__(self, story: Story, published: dt.date, source: str) -> None:
        self.story = story
        self.text = story.text
        self.published = published
        self.source = source
        self.paragraphs = _paragraphs(self.text, story.paragraph_starts)
        self.para_starts = [p.start for p in self.paragraphs]
        self.sentences = [(m.start(), m.end()) for m in _SENT.finditer(self.text)]
        self.sent_starts = [s for s, _ in self.sentences]
        # Clause boundaries: every separator and sentence end, as positions of the character.
        self.cuts = [m.start() for m in _CUT.finditer(self.text)]
        self.topic = naming.notice_topic(story.title)

    # ----------------------------------------------------------------- locating

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def clause(self, a: int, b: int) -> tuple[int, int]:
        """Return the clause around span [a, b): between clause separators of its sentence."""
        s, e = self.sentence_of(a)
        s = max(s, min(self.story.dateline_end, a))
        k = bisect.bisect_left(self.cuts, a)
        left = self.cuts[k - 1] + 1 if k > 0 else 0
        k = bisect.bisect_left(self.cuts, b)
        right = self.cuts[k] if k < len(self.cuts) else len(self.text)
        return max(left, s), min(right, e)

    def next_clause(self, pos: int) -> tuple[int, int]:
        """Return the clause that starts after the separator at or after ``pos``."""
        _, e = self.sentence_of(pos)
        i = pos
        while i < e and self.text[i] in _CLAUSE_SEP + " ":
            i += 1
        if i >= e:
            return i, i
        return i, self.clause(i, i)[1]

    # --------------------------------------------------------------- filtering

    def candidates(self, mentions: list[TimeMention]) -> tuple[list[_Cand], list[_Cand]]:
        """Split mentions into dated candidates and clock-time-only mentions; drop non-events."""
        cands: list[_Cand] = []
        times: list[_Cand] = []
        for m in mentions:
            a, b = m.span
            if a < self.story.dateline_end or not self.is_event(m):
                continue
            start, end = m.start, m.end
            if "since_publication" in m.flags:
                start = _with_day(start, self.published)
            if "anaphora" in m.flags and cands:
                # `当天/当晚` name the day last mentioned among the story's dated happenings.
                start = _with_day(start, day_of(cands[-1].start))
                end = _with_day(end, day_of(cands[-1].start))
            cand = _Cand(
                start=start,
                end=end,
                span=(a, b),
                flags=m.flags,
                sentence=self.sentence_of(a),
                para=self.para_of(a),
                timed=isinstance(start, dt.datetime),
                texts=[m.text],
                named=m.text if m.flags & _NAMED_DAY else "",
            )
            clock_only = not _DAY_WORDS.search(_EVERY_DAY.sub("", m.text))
            if clock_only and (cand.timed or m.precision is Precision.MINUTE):
                times.append(cand)
            elif "recurring" not in m.flags:
                cands.append(cand)
        return cands, times

    def is_event(self, m: TimeMention) -> bool:
        """False for mentions that do not date a happening (see the module docstring)."""
        if m.flags & _DROP_FLAGS or m.precision is Precision.YEAR:
            return False
        if m.text.strip() in _UNDATED:
            return False
        a, b = m.span
        if _ADDRESS.search(self.text, max(0, a - 2), a) and _BARE_DAY.fullmatch(m.text):
            return False  # `文体路2号`: a house number
        if m.flags & _NAMED_DAY and self.inside_name(a, b):
            return False  # `“粽情端午”民俗文化节`: a festival word inside a quoted name
        ca, cb = self.clause(a, b)
        before = self.text[max(ca, a - 6) : a]
        after = self.text[b:cb]
        if any(w in before for w in _NOT_BEFORE) and "截止" not in before:
            if "记者" not in before or any(w in after for w in _REPORTING):
                return False
        if any(w in after[:16] for w in _REPORTING):
            return False
        if any(w in self.text[ca:cb] for w in _CANCELLED):
            return False
        sa, sb = self.sentence_of(a)
        sentence = self.text[sa:sb]
        if any(w in self.text[sa:a] for w in _OPENING_HOURS):
            return False
        if m.precision is Precision.MONTH and any(w in sentence for w in _STATISTIC):
            return False
        return not self.is_signature(m)

    def inside_name(self, a: int, b: int) -> bool:
        """True when span [a, b) lies inside a quoted name with more words than the span."""
        ca, cb = self.clause(a, b)
        for left, right in ("“”", "《》", "「」"):
            opened = self.text.rfind(left, ca, a + 1)
            if opened == -1 or self.text.find(right, opened, a) != -1:
                continue
            closed = self.text.find(right, b - 1, cb + 1)
            if closed != -1 and (opened < a or closed > b) and closed - opened - 1 > b - a:
                return True
        return False

    def is_signature(self, m: TimeMention) -> bool:
        """True for the date under a notice: one of its last paragraphs, holding only the date."""
        k = self.para_of(m.span[0])
        para = self.paragraphs[k]
        rest = self.text[para.start : para.end].replace(m.text, "").strip(" .。")
        return len(self.paragraphs) > 1 and k >= len(self.paragraphs) - 3 and len(rest) <= 1

    # ------------------------------------------------------------ clock times

    def attach_times(self, cands: list[_Cand], times: list[_Cand]) -> list[_Cand]:
        """Give dated candidates their clock times; return the candidates (some new)."""
        out = list(cands)
        shared: dict[int, _Cand] = {}
        for t in times:
            target = self.date_for_time(out, t)
            if target is None:
                shared.setdefault(self.paragraphs[t.para].group, t)
            elif target.timed:
                # Another happening of the same day: `上午9时开幕式,下午2时讲座`.
                out.append(_timed_copy(target, t))
            else:
                _set_clock(target, t)
        for c in out:
            daily = None if c.timed else shared.get(self.paragraphs[c.para].group)
            if daily is not None:
                _set_clock(c, daily, keep_span=True)
        out.sort(key=lambda c: c.span)
        return out

    def date_for_time(self, cands: list[_Cand], t: _Cand) -> _Cand | None:
        """Return the dated candidate a clock time belongs to: the last date before it in the
        same sentence (or the date right after it, when the time comes first)."""
        same = [c for c in cands if c.sentence == t.sentence]
        before = [c for c in same if c.span[1] <= t.span[0]]
        if before:
            return before[-1]
        after = [c for c in same if c.span[0] >= t.span[1]]
        if after and after[0].span[0] - t.span[1] <= 3:
            return after[0]
        return None

    # ---------------------------------------------------------------- merging

    def merge(self, cands: list[_Cand]) -> list[_Cand]:
        """Join mentions that state one happening together (see the module docstring)."""
        out: list[_Cand] = []
        for c in cands:
            p = out[-1] if out else None
            if p is not None and p.sentence == c.sentence:
                gap = self.text[p.span[1] : c.span[0]]
                same_days = day_of(p.start) == day_of(c.start) and day_of(p.end) == day_of(c.end)
                if same_days and len(gap) <= 2 and not re.search(r"[,，;；。]", gap):
                    _absorb(p, c)  # `“4·23”世界阅读日当天`, `6月22日(端午节)`
                    continue
                tail = re.split(r"[,，;；]", gap)[-1]
                if _EXTENDS.fullmatch(tail) and day_of(c.end) > day_of(p.start):
                    p.end = c.end  # `明天开唱,持续至11月26日`
                    p.span = (p.span[0], c.span[1])
                    p.texts.extend(c.texts)
                    continue
                if p.flags & _NAMED_DAY and not c.flags & _NAMED_DAY and self._one_clause(p, c):
                    p.start, p.end, p.timed = c.start, c.end, c.timed
                    _absorb(p, c)  # `端午节放假时间为6月22日至24日`: the dates say when
                    continue
            out.append(c)
        return out

    def _one_clause(self, p: _Cand, c: _Cand) -> bool:
        return self.clause(*p.span)[1] >= c.span[0]

    # ------------------------------------------------------------------ naming

    def event(self, c: _Cand) -> Event | None:
        a, b = c.anchor
        para = self.paragraphs[c.para]
        role = FIELD_ROLES.get(para.label or "")
        title, place, confidence = self.name(c, para, role)
        if not title:
            return None
        clause_a, clause_b = self.clause(a, b)
        ev_b = max(clause_b, self.clause(*c.span)[1])
        if clause_b <= b + 1:  # the date clause holds only the date: the next one says what
            ev_b = max(ev_b, self.next_clause(clause_b)[1])
        place = place or self.field_value(para.group, "place")
        qian = self.text[b : b + 1] == "前" or c.texts[0].endswith("前")
        probe = self.text[clause_a:ev_b] + (self.topic if role else "")
        flags = c.flags - {"deadline"} if "since_publication" in c.flags else c.flags
        kind = naming.kind_of(title, probe, flags, role == "window", qian)
        if kind is Kind.OTHER and self.topic:
            kind = naming.kind_of(self.topic, "", frozenset(), False, False)
        if kind is Kind.HOLIDAY and c.named:
            title = naming.holiday_title(c.named, probe)
            confidence = max(confidence, naming.CONF_FIELD)
        if kind is Kind.OTHER and confidence < naming.CONF_VERB:
            confidence -= 0.1
        if "anaphora" in c.flags and len(c.texts) == 1:
            confidence -= 0.1
        s_a, s_b = c.sentence
        return Event(
            title=title,
            start=c.start,
            end=c.end,
            kind=kind,
            upcoming=day_of(c.end) >= self.published,
            evidence=self.copy(clause_a, ev_b),
            location=place,
            article=self.story.title,
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            sentence=self.copy(s_a, s_b),
            span=self.story.source_map.source_span(*c.span),
        )

    def copy(self, a: int, b: int) -> str:
        """Return the source text behind story span [a, b), line breaks and spaces removed."""
        sa, sb = self.story.source_map.source_span(a, b)
        return clean_span(self.source[sa:sb]).strip(" ,，;；")

    def name(self, c: _Cand, para: _Paragraph, role: str | None) -> tuple[str, str | None, float]:
        """Return (title, place, confidence) for a candidate, from its clause or its fields."""
        if role in ("time", "window"):
            return self.field_title(para, role), None, naming.CONF_FIELD
        a, b = c.anchor
        ca, cb = self.clause(a, b)
        left = self.text[ca:a]
        label = _FIELD.match(left)
        if label:
            left = left[label.end() :]
        rest = self.text[b:cb]
        if not naming.lead_strip(rest):
            na, nb = self.next_clause(cb)
            rest = self.text[na:nb]
        title, place, conf = naming.phrase_title(naming.strip_phrase(left), rest)
        if c.flags & _NAMED_DAY:
            named = self.text[a:b] if b - a <= 12 else c.texts[0]
            named = re.sub(r"(?:当天|当日|当晚|期间|前后|假期)+$", "", named.strip())
            if named and named not in title:
                title = named + title
        title = naming.with_topic(title, self.topic)
        if not title:
            title = self.field_value(para.group, "name") or self.topic
            conf = naming.CONF_WEAK
        return naming.shorten(title), place, conf

    def field_title(self, para: _Paragraph, role: str) -> str:
        """Return the name of the notice item a time field belongs to."""
        if role == "window":
            name = self.field_value(para.group, "name") or self.topic
            action = re.sub(r"(?:截止)?(?:时间|日期|期)$", "", para.label or "")
            name = name if action in name else name + action
        else:
            name = (
                self.field_value(para.group, "name")
                or self.heading_of(para)
                or self.topic
                or self.field_value(para.group, "what")
                or ""
            )
        return naming.shorten(name)

    def field_value(self, group: int, role: str) -> str | None:
        for p in self.paragraphs:
            if p.group == group and p.label and FIELD_ROLES.get(p.label) == role:
                body = self.text[p.start : p.end]
                m = _FIELD.match(body)
                value = body[m.end() :].strip(" 。.;；") if m else ""
                if value:
                    return naming.shorten(re.split(r"[;；。]", value)[0])
        return None

    def heading_of(self, para: _Paragraph) -> str | None:
        """Return the heading of a notice item: its first line when that is not a known field
        (`第一讲:…`), else a short line right above the item (`一、读书分享会`)."""
        k = self.paragraphs.index(para)
        first = k
        while first > 0 and self.paragraphs[first - 1].group == para.group:
            first -= 1
        for i in range(k - 1, first - 1, -1):
            p = self.paragraphs[i]
            if p.label and FIELD_ROLES.get(p.label) is None:
                return self.text[p.start : p.end]
        if first == 0:
            return None
        p = self.paragraphs[first - 1]
        heading = re.sub(rf"^{_NUMBERING}\s*", "", self.text[p.start : p.end])
        if 2 <= len(heading) <= 24 and not re.search(r"[。,，;；:：]", heading):
            return heading
        return None


def _with_day(value: Moment, day: dt.date) -> Moment:
    if isinstance(value, dt.datetime):
        return dt.datetime.combine(day, value.time())
    return day


def _absorb(p: _Cand, c: _Cand) -> None:
    p.span = (p.span[0], max(p.span[1], c.span[1]))
    p.anchor = (p.anchor[0], max(p.anchor[1], c.anchor[1]))
    p.flags = p.flags | c.flags
    if c.timed and not p.timed:
        p.start, p.end, p.timed = c.start, c.end, True
    p.texts.extend(c.texts)
    p.named = p.named or c.named


def _set_clock(target: _Cand, t: _Cand, keep_span: bool = False) -> None:
    """Put clock time ``t`` on ``target``: start day at the opening time, end day at the close."""
    if not isinstance(t.start, dt.datetime) or not isinstance(t.end, dt.datetime):
        return
    target.start = dt.datetime.combine(day_of(target.start), t.start.time())
    target.end = max(dt.datetime.combine(day_of(target.end), t.end.time()), target.start)
    target.timed = True
    if not keep_span:
        target.span = (min(target.span[0], t.span[0]), max(target.span[1], t.span[1]))
        target.texts.extend(t.texts)


def _timed_copy(target: _Cand, t: _Cand) -> _Cand:
    day = day_of(target.start)
    start = _with_day(t.start, day)
    end = _with_day(t.end, day)
    return _Cand(start, end, t.span, target.flags, t.sentence, t.para, True, list(t.texts))


def _dedupe(events: list[Event]) -> list[Event]:
    """Drop a repeated statement of one happening: same dates and a similar name, the same
    holiday twice, or a deadline restating the last day of a window."""
    out: list[Event] = []
    for e in events:
        k = next((i for i, o in enumerate(out) if _same_happening(e, o)), None)
        if k is None:
            out.append(e)
        elif e.confidence > out[k].confidence:
            out[k] = e
    return out


def _same_happening(a: Event, b: Event) -> bool:
    if a.kind is Kind.DEADLINE and b.kind is Kind.DEADLINE and a.start == a.end:
        if day_of(a.end) == day_of(b.end) and day_of(b.start) < day_of(b.end):
            return True
    if a.start != b.start or a.end != b.end:
        return False
    return (a.kind is Kind.HOLIDAY and b.kind is Kind.HOLIDAY) or _dice(a.title, b.title) >= 0.4


def _dice(a: str, b: str) -> float:
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))

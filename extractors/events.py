"""Events from one story: time mentions (from the time grammar) grouped into happenings.

For every story the builder

1. reads the story's time mentions with ``find_times`` (reference date: the dateline's date
   when the story has one, else the publication date);
2. drops mentions that are not events (dateline, reporting dates, statistics cut-offs,
   signature dates, bare years, durations, recurring rules, opening hours, cancellations);
3. joins clock times to their dates (``4月20日 … 上午9时``; a daily time over a range; a time
   line shared by a list of dated items), and mentions of one day that stand together
   (``“4·23”世界阅读日当天``);
4. names each happening from its clause (subject, verb, object; ``在/于`` + place), or from the
   notice fields around it (``活动时间：`` / ``地点：`` / ``主题：``), and gives it a kind.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .layout import Story
from .model import Event, Kind, Moment, Precision, TimeMention, day_of
from .reader import clean_span
from .triggers import (
    CANCELLED,
    COMPLETION_VERBS,
    FIELD_ROLES,
    HAPPEN_VERBS,
    KIND_TABLES,
    NOT_EVENT_BEFORE,
    OPENING_HOURS,
    REPORTING_AFTER,
    UNDATED,
    alternation,
    words,
)

TimeFinder = Callable[[str, dt.date], Sequence[TimeMention]]

# Flags of the time grammar that never make an event on their own.
_DROP_FLAGS = frozenset({"statistic", "duration", "bare_year"})

_SENT = re.compile(r"[^。!?！？\n]+[。!?！？]*")
_CLAUSE_SEP = ",，;；"
_FIELD = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]{1,2}[、.]\s*)?(?P<label>[\u4e00-\u9fff]{1,8})\s*[:：]\s*"
)
_LIST_ITEM = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、)](?!\d)|\(\d{1,2}\)|[①-⑳])"
)
# A mention text that names a day (not only a clock time or a part of the day).
_DAY_WORDS = re.compile(
    r"\d{1,2}\s*月|\d\s*[日号]|[一二三四五六七八九十廿卅]\s*[日号]|[今明昨前后大]天|[今明昨]日|"
    r"[今明昨后]晚|周[一二三四五六日天末]|星期|礼拜|节|年|当[天日晚]|同日|次日|翌日|[·./-]\d|即日|起"
)
_EVERY_DAY = re.compile(r"每[天日晚]|均为|均在|统一")
_VERB = re.compile(alternation(HAPPEN_VERBS))
_LEAD = re.compile(
    r"^(?:本报讯|据悉|据了解|另外|此外|同时|其中|届时|随后|之后|此前|而|并|还将|还会|也将|也会|还|也|"
    r"将会|将于|将在|将|计划|预计|拟|定于|已于|已经|已|于|在|自|从|由|是|为|即|均|正式|首次|再次|"
    r"共同|一起|当天|当日|当晚|同日|期间|起|开始|前后|左右|前|后|的|,|，|、|\s)+"
)
_TAIL = re.compile(
    r"(?:将会|将于|将在|将|还|也|计划|预计|拟|定于|已于|已经|已|于|在|正式|隆重|盛大|顺利|胜利|成功|"
    r"共同|联合|即将|陆续|再次|首次|均|都|当天|当日|期间|的|了|等|,|，|、|\s)+$"
)
_PLACE = re.compile(
    rf"(?:在|于)(?P<place>[^,，;；。:：\d“”]{{2,24}}?)"
    rf"(?:隆重|盛大|正式|顺利|胜利|成功|圆满|火热|如期)?(?P<verb>{alternation(HAPPEN_VERBS)})"
)
_HELD_NP = re.compile(
    rf"^(?:{alternation(HAPPEN_VERBS)})的(?P<np>.{{2,40}}?)(?:上|中|里|期间|现场|之际|时)?$"
)
_ENUMERATION = re.compile(r"^[^、,，]{1,20}(?:、[^、,，]{1,20})+等")
_UNDATED = tuple(words(UNDATED))
_NOTICE_TITLE = re.compile(
    r"^关于|(?:的)?(?:通知|公告|通告|公示|启事|邀请函|预告|须知|指南)$|^(?:举办|开展|召开)"
)

# How strongly the phrase around a date names a happening.
_CONF_VERB = 0.85
_CONF_FIELD = 0.8
_CONF_WEAK = 0.55


@dataclass(slots=True)
class _Cand:
    start: Moment
    end: Moment
    span: tuple[int, int]
    flags: frozenset[str]
    sentence: tuple[int, int]
    para: int
    timed: bool = False
    texts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Paragraph:
    start: int
    end: int
    label: str | None  # notice field label (``活动时间``) when the paragraph is one
    group: int  # consecutive field/list paragraphs share a group


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
    paragraphs = _paragraphs(text, story.paragraph_starts)
    sentences = [(m.start(), m.end()) for m in _SENT.finditer(text)]
    reader = _StoryReader(story, published, paragraphs, sentences, source)
    mentions = sorted(find_times(text, ref), key=lambda m: m.span)
    cands, times = reader.candidates(mentions)
    cands = reader.attach_times(cands, times)
    events = [reader.event(c) for c in _merge_same_day(cands, text)]
    return _dedupe([e for e in events if e is not None])


def _paragraphs(text: str, starts: tuple[int, ...]) -> list[_Paragraph]:
    if not starts:
        starts = (0,)
    bounds = list(starts) + [len(text) + 1]
    out: list[_Paragraph] = []
    group = -1
    prev_listy = False
    for k in range(len(starts)):
        s, e = bounds[k], bounds[k + 1] - 1
        para = text[s:e]
        m = _FIELD.match(para)
        label = m.group("label") if m else None
        listy = bool(label) or bool(_LIST_ITEM.match(para)) or len(para) <= 30
        if not (listy and prev_listy):
            group += 1
        out.append(_Paragraph(s, e, label, group))
        prev_listy = listy
    return out


class _StoryReader:
    """Reads one story's mentions into candidate events and names them."""

    def __init__(
        self,
        story: Story,
        published: dt.date,
        paragraphs: list[_Paragraph],
        sentences: list[tuple[int, int]],
        source: str,
    ) -> None:
        self.story = story
        self.text = story.text
        self.published = published
        self.paragraphs = paragraphs
        self.para_starts = [p.start for p in paragraphs]
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.source = source

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
        left = a
        while left > s and self.text[left - 1] not in _CLAUSE_SEP:
            left -= 1
        right = b
        while (
            right < e and self.text[right] not in _CLAUSE_SEP and self.text[right] not in "。!?！？"
        ):
            right += 1
        return left, right

    def next_clause(self, pos: int) -> tuple[int, int]:
        """Return the clause that starts after the separator at or after ``pos``."""
        s, e = self.sentence_of(pos)
        i = pos
        while i < e and self.text[i] in _CLAUSE_SEP + " ":
            i += 1
        _, right = self.clause(i, i)
        return i, right

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
            cand = _Cand(
                start=start,
                end=end,
                span=(a, b),
                flags=m.flags,
                sentence=self.sentence_of(a),
                para=self.para_of(a),
                timed=isinstance(start, dt.datetime),
                texts=[m.text],
            )
            day_free = _EVERY_DAY.sub("", m.text)
            if cand.timed and not _DAY_WORDS.search(day_free):
                times.append(cand)
            elif m.precision is Precision.MINUTE and not _DAY_WORDS.search(day_free):
                times.append(cand)
            else:
                cands.append(cand)
        return cands, times

    def is_event(self, m: TimeMention) -> bool:
        """False for mentions that do not date a happening (see the module docstring)."""
        if m.flags & _DROP_FLAGS or m.precision is Precision.YEAR:
            return False
        if "recurring" in m.flags and not isinstance(m.start, dt.datetime):
            return False
        if m.text.strip() in _UNDATED:
            return False
        a, b = m.span
        ca, cb = self.clause(a, b)
        before = self.text[max(ca, a - 6) : a]
        after = self.text[b:cb]
        if any(w in before for w in words(NOT_EVENT_BEFORE)) and "截止" not in before:
            if "记者" not in before or any(w in after for w in words(REPORTING_AFTER)):
                return False
        if any(w in after[:16] for w in words(REPORTING_AFTER)):
            return False
        clause = self.text[ca:cb]
        if any(w in clause for w in words(CANCELLED)):
            return False
        para = self.paragraphs[self.para_of(a)]
        if para.label and para.label in words(OPENING_HOURS):
            return False
        return not self.is_signature(m, para)

    def is_signature(self, m: TimeMention, para: _Paragraph) -> bool:
        """True for the date under a notice: a paragraph holding nothing but the date."""
        body = self.text[para.start : para.end]
        rest = body.replace(m.text, "").strip(" .。")
        last = self.paragraphs.index(para) >= len(self.paragraphs) - 3
        return last and len(self.paragraphs) > 1 and len(rest) <= 1

    # ------------------------------------------------------------ clock times

    def attach_times(self, cands: list[_Cand], times: list[_Cand]) -> list[_Cand]:
        """Give dated candidates their clock times; return the candidates (some new)."""
        out = list(cands)
        shared: dict[int, _Cand] = {}
        for t in times:
            target: _Cand | None = self.date_for_time(out, t)
            if target is None:
                group = self.paragraphs[t.para].group
                shared.setdefault(group, t)
                continue
            if target.timed:
                # Another happening of the same day: `上午9时开幕式,下午2时讲座`.
                out.append(_timed_copy(target, t))
            else:
                _set_clock(target, t)
        for c in out:
            if c.timed:
                continue
            daily = shared.get(self.paragraphs[c.para].group)
            if daily is not None:
                _set_clock(c, daily, keep_span=True)
        out.sort(key=lambda c: c.span)
        return out

    def date_for_time(self, cands: list[_Cand], t: _Cand) -> _Cand | None:
        """Return the dated candidate a clock time belongs to: the last date before it in the
        same sentence (or the first after it, when the time comes first)."""
        same = [c for c in cands if c.sentence == t.sentence]
        before = [c for c in same if c.span[1] <= t.span[0]]
        if before:
            return before[-1]
        after = [c for c in same if c.span[0] >= t.span[1]]
        if after and after[0].span[0] - t.span[1] <= 3:
            return after[0]
        return None

    # ------------------------------------------------------------------ naming

    def event(self, c: _Cand) -> Event | None:
        a, b = c.span
        para = self.paragraphs[c.para]
        title, place, confidence = self.name(c)
        if not title:
            return None
        clause_a, clause_b = self.clause(a, b)
        ev_a, ev_b = clause_a, clause_b
        if clause_b <= b + 1:  # the date clause is only the date: the next clause says what
            _, ev_b = self.next_clause(clause_b)
        place = place or self.field_value(para.group, "place")
        kind = self.kind(c, title, self.text[clause_a:ev_b], para.label)
        if kind is Kind.OTHER and confidence < _CONF_VERB:
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
            evidence=self.copy(ev_a, ev_b),
            location=place,
            article=self.story.title,
            confidence=round(max(0.1, min(confidence, 0.95)), 2),
            sentence=self.copy(s_a, s_b),
            span=self.story.source_map.source_span(a, b),
        )

    def copy(self, a: int, b: int) -> str:
        """Return the source text behind story span [a, b), line breaks and spaces removed."""
        sa, sb = self.story.source_map.source_span(a, b)
        return clean_span(self.source[sa:sb]).strip(" ,，;；")

    def name(self, c: _Cand) -> tuple[str, str | None, float]:
        """Return (title, place, confidence) for a candidate, from its clause or its fields."""
        a, b = c.span
        para = self.paragraphs[c.para]
        role = FIELD_ROLES.get(para.label or "")
        if role in ("time", "window"):
            return self.field_title(para, role), None, _CONF_FIELD
        ca, cb = self.clause(a, b)
        left = self.text[ca:a]
        right = self.text[b:cb]
        label = _FIELD.match(left)
        if label:
            left = left[label.end() :]
        subject = _strip(left)
        rest = _LEAD.sub("", right)
        if not rest:
            na, nb = self.next_clause(cb)
            rest = _LEAD.sub("", self.text[na:nb]) if na < nb else ""
        title, place, conf = _phrase(subject, rest)
        if {"festival", "observance"} & c.flags and title:
            named = re.sub(r"(?:当天|当日|当晚|期间|前后)+$", "", c.texts[0].strip())
            if named and named not in title:
                title = named + title
        if not title:
            title = self.field_value(para.group, "name") or _notice_topic(self.story.title)
            conf = _CONF_WEAK
        return _shorten(title), place, conf

    def field_title(self, para: _Paragraph, role: str) -> str:
        name = self.field_value(para.group, "name") or self.heading_before(para)
        if not name:
            name = _notice_topic(self.story.title) or self.field_value(para.group, "what") or ""
        if role == "window" and para.label:
            action = re.sub(r"(?:截止)?(?:时间|日期|期)$", "", para.label)
            if action and action not in name:
                name += action
        return _shorten(name)

    def field_value(self, group: int, role: str) -> str | None:
        for p in self.paragraphs:
            if p.group == group and p.label and FIELD_ROLES.get(p.label) == role:
                m = _FIELD.match(self.text, p.start, p.end)
                value = self.text[m.end() : p.end].strip(" 。.;；") if m else ""
                if value:
                    return _shorten(re.split(r"[;；。]", value)[0])
        return None

    def heading_before(self, para: _Paragraph) -> str | None:
        """Return a short heading paragraph right above the field group (`一、读书分享会`)."""
        k = next(i for i, p in enumerate(self.paragraphs) if p.group == para.group)
        if k == 0:
            return None
        p = self.paragraphs[k - 1]
        heading = self.text[p.start : p.end]
        heading = re.sub(
            r"^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、]|\(\d{1,2}\))\s*", "", heading
        )
        if 2 <= len(heading) <= 24 and not re.search(r"[。,，;；:：]", heading):
            return heading
        return None

    def kind(self, c: _Cand, title: str, clause: str, label: str | None) -> Kind:
        probe = f"{title} {label or ''} {clause}"
        if {"festival", "observance"} & c.flags and re.search(r"放假|假期|调休|休假", probe):
            return Kind.HOLIDAY
        if "deadline" in c.flags or FIELD_ROLES.get(label or "") == "window":
            return Kind.DEADLINE
        if self.text[c.span[1] : c.span[1] + 1] == "前":
            return Kind.DEADLINE
        for kind, table in KIND_TABLES[1:]:
            if any(w in title for w in words(table)):
                return kind
        for kind, table in KIND_TABLES:
            if kind is not Kind.HOLIDAY and any(w in clause for w in words(table)):
                return kind
        if {"festival", "observance"} & c.flags and len(title) <= 8:
            return Kind.HOLIDAY
        return Kind.OTHER


def _with_day(value: Moment, day: dt.date) -> Moment:
    if isinstance(value, dt.datetime):
        return dt.datetime.combine(day, value.time())
    return day


def _set_clock(target: _Cand, t: _Cand, keep_span: bool = False) -> None:
    """Put clock time ``t`` on ``target``: start day at the opening time, end day at the close."""
    if not isinstance(t.start, dt.datetime) or not isinstance(t.end, dt.datetime):
        return
    start_day, end_day = day_of(target.start), day_of(target.end)
    target.start = dt.datetime.combine(start_day, t.start.time())
    end_time = t.end.time()
    target.end = dt.datetime.combine(end_day, end_time)
    if target.end < target.start:
        target.end = target.start
    target.timed = True
    if not keep_span:
        target.span = (min(target.span[0], t.span[0]), max(target.span[1], t.span[1]))
        target.texts.extend(t.texts)


def _timed_copy(target: _Cand, t: _Cand) -> _Cand:
    day = day_of(target.start)
    start = dt.datetime.combine(day, t.start.time()) if isinstance(t.start, dt.datetime) else day
    end = dt.datetime.combine(day, t.end.time()) if isinstance(t.end, dt.datetime) else start
    return _Cand(start, end, t.span, target.flags, t.sentence, t.para, True, list(t.texts))


def _merge_same_day(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join mentions of the same period that stand together (`“4·23”世界阅读日当天`)."""
    out: list[_Cand] = []
    for c in cands:
        if out:
            p = out[-1]
            gap = text[p.span[1] : c.span[0]]
            same = day_of(p.start) == day_of(c.start) and day_of(p.end) == day_of(c.end)
            if same and len(gap) <= 2 and not re.search(r"[,，;；。]", gap):
                p.span = (p.span[0], max(p.span[1], c.span[1]))
                p.flags = p.flags | c.flags
                if c.timed and not p.timed:
                    p.start, p.end, p.timed = c.start, c.end, True
                p.texts.extend(c.texts)
                continue
        out.append(c)
    return out


def _strip(text: str) -> str:
    """Return a phrase without its leading connectives, trailing adverbs and stray quotes."""
    text = _TAIL.sub("", _LEAD.sub("", text)).strip(" \"'")
    for left, right in ("“”", "()", "《》", "「」"):
        if text.startswith(left) and text.count(left) > text.count(right):
            text = text[1:]
        if text.endswith(right) and text.count(right) > text.count(left):
            text = text[:-1]
    return text


def _phrase(subject: str, rest: str) -> tuple[str, str | None, float]:
    """Return (title, place, confidence) from the words before and after the date."""
    place = None
    m = _PLACE.search(rest)
    if m:
        place = m.group("place")
    held = _HELD_NP.match(re.split(r"[,，;；]", rest)[0])
    if held:
        return _strip(held.group("np")), place, _CONF_VERB
    verb = _VERB.search(rest)
    if subject and len(subject) >= 2:
        if verb and verb.start() <= 2:
            head = verb.group()
            obj = _strip(_object(rest[verb.end() :]))
            if head in COMPLETION_VERBS:
                return subject + head, place, _CONF_VERB
            if obj and (obj.startswith("第") or len(subject) <= 8):
                return subject + obj if obj.startswith("第") else obj, place, _CONF_VERB
        return subject, place, _CONF_WEAK + 0.1
    if not verb:
        return _strip(_object(rest)), place, _CONF_WEAK
    before = rest[: verb.start()]
    if m and m.start() < verb.start():
        before = rest[: m.start()]
    subj = _strip(before)
    head = verb.group()
    obj = _strip(_object(rest[verb.end() :]))
    if head in COMPLETION_VERBS and subj:
        return subj + head, place, _CONF_VERB
    if subj and obj:
        if obj.startswith("第") or len(subj) <= 6:
            return subj + obj, place, _CONF_VERB
        return obj, place, _CONF_VERB
    return subj or obj, place, _CONF_VERB if (subj or obj) else _CONF_WEAK


def _object(text: str) -> str:
    text = re.split(r"[,，;；。]", text)[0]
    text = text.lstrip("了")
    return _ENUMERATION.sub("", text)


def _shorten(title: str, limit: int = 40) -> str:
    title = title.strip(" ,，。;；:：")
    if len(title) <= limit:
        return title
    cut = max(title.rfind(ch, 0, limit) for ch in "、的和与及")
    return title[: cut if cut >= 12 else limit]


def _notice_topic(title: str | None) -> str:
    """Return what a notice is about, from its title (`关于举办X的通知` → `X`)."""
    if not title:
        return ""
    topic = title.split(" ")[-1]
    for _ in range(3):
        topic = _NOTICE_TITLE.sub("", topic)
    return topic.strip()


def _dedupe(events: list[Event]) -> list[Event]:
    """Drop a repeated statement of the same happening (same dates, similar name)."""
    out: list[Event] = []
    for e in events:
        if any(_same_happening(e, o) for o in out):
            continue
        out.append(e)
    return out


def _same_happening(a: Event, b: Event) -> bool:
    if a.start != b.start or a.end != b.end:
        return False
    return _dice(a.title, b.title) >= 0.4


def _dice(a: str, b: str) -> float:
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))

"""A first, simple event extractor: numeric Chinese dates, ranges, month ends, “M·D” days.

The grammar-driven extractor replaces this module; it is kept small on purpose.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .model import Event, Kind, Page, day_of
from .reader import normalize_text

_HEADER = re.compile(r"(?:^|\s)(?:(\d{1,3})\s*)?(\d{4})年(\d{1,2})月(\d{1,2})日")
_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
    r"(?:[至到\-—~～](?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日)?"
    r"|(?P<me>\d{1,2})月底"
    r"|“(?P<nm>\d{1,2})·(?P<nd>\d{1,2})”"
)
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")
_LEAD = re.compile(r"^(\(上接\d+版\))?(本报讯\([^)]*\))?")
_NOT_EVENT = ("截至", "获悉")
_DEADLINE = ("完工", "截止", "前", "完成", "建成")
_MEETING = ("会议", "大会", "常委会", "代表大会")


def extract_page(text: str, published: dt.date | None = None) -> Page:
    """Return the page's dated events; ``published`` defaults to the date in the page header."""
    clean = normalize_text(text)
    found = _find_published(clean)
    ref = published or found
    lines = clean.split("\n")
    body = _rejoin("\n".join(line for line in lines if not _HEADER.search(line)))
    events: list[Event] = []
    if ref is not None:
        for sentence in _SENTENCE.findall(body):
            events.extend(_sentence_events(sentence.strip(), ref))
    return Page(
        published=ref,
        published_found=published is None and found is not None,
        events=tuple(events),
        text=clean,
    )


def _find_published(text: str) -> dt.date | None:
    for line in text.split("\n")[:5]:
        m = _HEADER.search(line)
        if m:
            try:
                return dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                return None
    return None


def _rejoin(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if not line:
            continue
        if out and not out[-1].endswith(("。", "！", "？", "”", "：")):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


def _year_near(month: int, day: int, ref: dt.date) -> dt.date:
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(cand - ref) < abs(best - ref):
            best = cand
    if best is None:
        raise ValueError("no such day")
    return best


def _sentence_events(sentence: str, ref: dt.date) -> list[Event]:
    if any(word in sentence for word in _NOT_EVENT):
        return []
    events = []
    for m in _DATE.finditer(sentence):
        try:
            start, end, flag = _period(m, ref)
        except ValueError:
            continue
        clause = _clause(sentence, m.start(), m.end())
        clause = _LEAD.sub("", clause)
        if clause == m.group(0):
            clause = (
                _clause(sentence, m.start(), m.end() + 1) if m.end() < len(sentence) else clause
            )
        kind = Kind.ACTIVITY
        if flag == "month_end" or any(w in clause for w in _DEADLINE):
            kind = Kind.DEADLINE
        elif any(w in clause for w in _MEETING):
            kind = Kind.MEETING
        title = _title(clause, m.group(0)) or clause
        events.append(
            Event(
                title=title,
                start=start,
                end=end,
                kind=kind,
                upcoming=day_of(end) >= ref,
                evidence=clause,
                sentence=sentence,
                confidence=0.5,
            )
        )
    return events


def _period(m: re.Match[str], ref: dt.date) -> tuple[dt.date, dt.date, str]:
    if m.group("me"):
        month = int(m.group("me"))
        start = _year_near(month, 1, ref)
        last = calendar.monthrange(start.year, month)[1]
        day = start.replace(day=last)
        return day, day, "month_end"
    if m.group("nm"):
        day = _year_near(int(m.group("nm")), int(m.group("nd")), ref)
        return day, day, "named"
    month, day_ = int(m.group("m")), int(m.group("d"))
    if m.group("y"):
        start = dt.date(int(m.group("y")), month, day_)
    else:
        start = _year_near(month, day_, ref)
    end = start
    if m.group("d2"):
        month2 = int(m.group("m2") or month)
        end = dt.date(start.year, month2, int(m.group("d2")))
        if end < start:
            end = end.replace(year=end.year + 1)
    return start, end, "date"


def _clause(sentence: str, start: int, end: int) -> str:
    left = max(sentence.rfind(p, 0, start) for p in "，,：:") + 1
    if sentence[end : end + 1] in ("，", ","):
        end += 1
    rights = [i for i in (sentence.find(p, end) for p in "，,。；;") if i != -1]
    right = min(rights) if rights else len(sentence)
    return sentence[left:right].strip()


def _title(clause: str, date_text: str) -> str:
    title = clause.replace(date_text, "").lstrip("，,")
    title = re.sub(r"^(本报讯（[^）]*）|在|于|预计|将)+", "", title)
    title = re.sub(r"(当天|当日)$", "", title)
    title = re.split(r"(?:将于|于|在)$", title)[0]
    return title.strip("，, ")

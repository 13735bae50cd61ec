"""The item structure of notices: `活动时间：` / `地点：` / `主题：` fields, numbered headings,
schedule lists and table rows, grouped into the items they describe.

A story's paragraphs are grouped: consecutive short or labelled paragraphs form one item
(a lecture with its time and place, a list of dated days with their shared time line); a new
item starts after prose, when a label repeats, or at a heading once the item has a time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from . import naming, rx
from .layout import FIELD, ITEM_SYMBOLS, NUMBERING, Story, list_item, numbering_may_open
from .script import to_simplified
from .triggers import field_role

# (a Final alias: compiled, a call reads it from a C static, where `bisect.bisect_right` looks
# the function up in the module at every call)
_BISECT_RIGHT: Final = bisect.bisect_right
# where a field's value ends: a sentence's end, or the next field on its line (`,时间:`)
_NEXT_FIELD: Final = rx.compile(r"[;；。]|[,，]\s*[\u4e00-\u9fff]{2,4}\s*[:：]")

# A cell of a schedule row that dates it: `9月5日`, `14:30`.
_DATE_CELL: Final = rx.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}[:：]\d{2}")
_NUMBERED: Final = rx.compile(rf"^{NUMBERING}\s*")
# an item's number before a year (`1.2018年…`, where `1.2` is no decimal)
_YEAR_ITEM: Final = rx.compile(r"^\d{1,2}\.(?=(?:19|20)\d{2}年)")
# a list item marked with a symbol (`★…`, `●…`): its first clause names it
_STARRED: Final = rx.compile(rf"[{ITEM_SYMBOLS}]\s*")
# a notice's lead naming what it sets out (`特制定“政府开放日”方案如下:`) or calls
# (`决定召开“西宁市…听证会”。`, `拟召开《规划》听证会`)
_LEAD_NAME: Final = rx.compile(
    r"“(?P<name>[^”]{2,20})”[^。“]{0,12}如下"
    r"|(?:召开|举办|举行|开展)(?:“(?P<held>[^”]{2,30})”"
    r"|(?P<meeting>[^,，。;；:：“]{0,24}?(?:听证会|座谈会|论证会|推介会|招聘会|运动会|大会)))"
)

# how far into a notice with no title its lead is looked for
_LEAD_REACH: Final = 400
# a notice's own title as a line of its story, under a site's section heading (`通知公告`)
# (or a record's `标题:关于…的公告 | |||`: its cells' bars after it)
_NOTICE_LINE: Final = rx.compile(
    r"^[^\n]{0,24}关于[^\n]{2,40}的(?:通知|公告|通告|公示)[\s|]*$", re.M
)
# header cells of a table: what a column names (`赛事名称`, `活动内容`) or where (`地点`)
_NAME_HEAD: Final = rx.compile(r"名称|项目|内容|主题|活动|赛事|事项|课程|讲座")
_PLACE_HEAD: Final = rx.compile(r"地点|地址|场地|场所|场馆|区域|范围")
_WHEN_HEAD: Final = rx.compile(r"时间|日期|时段")
# the hours a place keeps (`开馆时间`, `营业时间`): a table column, or a rule set from a day on
HOURS_KEPT: Final = r"(?:开馆|闭馆|开放|营业|办公|服务|运营|启闭)时间"  # (启闭: lights, fountains)
_HOURS_HEAD: Final = rx.compile(HOURS_KEPT)
# a cell that is not a name: a number, a date, a clock time, a phone
_NOT_A_NAME: Final = rx.compile(r"^[\d\s.\-/:年月日号至—~、]*$|\d{1,2}\s*[月日号:]")


def _cells(line: str) -> list[str]:
    """Return the non-empty cells of a row printed with `|` between them."""
    return [c.strip() for c in line.split("|") if c.strip()]


@dataclass(slots=True, init=False)
class Paragraph:
    start: int
    end: int
    label: str | None  # notice field label (``活动时间``) when the paragraph is one
    group: int  # one notice item: consecutive field/list paragraphs

    # written out: compiled, the __init__ dataclass generates runs interpreted (~30 a page)
    def __init__(self, start: int, end: int, label: str | None, group: int) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.group = group


def read_paragraphs(text: str, starts: tuple[int, ...]) -> list[Paragraph]:
    """Return the story's paragraphs, grouped into notice items."""
    bounds = list(starts or (0,)) + [len(text) + 1]
    out: list[Paragraph] = []
    group = -1
    prev_listy = False
    labels: set[str] = set()
    has_time = False
    above: str | None = None  # a heading line that is a field label (`一、报名时间`)
    for k in range(len(bounds) - 1):
        s, e = bounds[k], bounds[k + 1] - 1
        para = text[s:e]
        # (a field has a colon: the match is tried only on the paragraphs that have one)
        m = FIELD.match(para) if ":" in para or "：" in para else None
        label = m.group("label") if m else above
        if m is None:
            # (a match: sub would copy every paragraph; tried only where it can match)
            numbered = _NUMBERED.match(para) if numbering_may_open(para) else None
            bare = para[numbered.end() :] if numbered else para
            above = bare if len(bare) <= 8 and field_role(bare) else None
        else:
            above = None
        role = field_role(label or above or "")
        listy = bool(label) or bool(list_item(para)) or len(para) <= 30
        # A new item: after prose, on a repeated label, or at a heading once an item has a time.
        heading = role is None or role == "name"
        if not (listy and prev_listy) or (label and label in labels) or (heading and has_time):
            group += 1
            labels.clear()
            has_time = False
        if label:
            labels.add(label)
        has_time = has_time or role in ("time", "window")
        out.append(Paragraph(s, e, label, group))
        prev_listy = listy
    return out


class Notice:
    """A story read as a notice: its items and the fields that name and place them."""

    def __init__(self, story: Story, source: str) -> None:
        self.story = story
        self.text = story.text
        self.source = source
        self.paragraphs = read_paragraphs(self.text, story.paragraph_starts)
        self._starts = [p.start for p in self.paragraphs]
        # read on first use; not functools.cached_property, which a mypyc-compiled class
        # (no instance __dict__) silently turns into a computation on every access
        self._topic: str | None = None

    @property
    def topic(self) -> str:
        """What the story is about, from its title (`关于举办X的通知` → `X`) or a notice's title
        line under a title naming none (`通知公告`), else the quoted name its lead sets out
        (`特制定“政府开放日”方案如下:`) or calls (`决定召开“…听证会”`)."""
        if self._topic is None:
            topic = naming.notice_topic(self.story.title)
            if not topic:
                line = _NOTICE_LINE.search(self.text, 0, _LEAD_REACH)
                lead = _LEAD_NAME.search(self.text, 0, _LEAD_REACH)
                if line:
                    topic = naming.notice_topic(line.group())
                elif lead:
                    topic = lead["name"] or lead["held"] or lead["meeting"]
            self._topic = topic
        return self._topic

    def para_of(self, pos: int) -> int:
        """Return the index of the paragraph holding text offset ``pos``."""
        return max(0, _BISECT_RIGHT(self._starts, pos) - 1)

    def field_value(self, group: int, role: str) -> str | None:
        """Return the value of the item's field with ``role`` (`place`, `name` …), or None."""
        for p in self.paragraphs:
            if p.group == group and p.label and field_role(p.label) == role:
                body = self.text[p.start : p.end]
                m = FIELD.match(body)  # no match: the label was a heading line above
                value = (body[m.end() :] if m else body).strip(" 。.;；")
                if value:
                    # (`地点:玉皇阁广场,时间:每天晚上7时30分`: up to the next field on its line)
                    return naming.shorten(_NEXT_FIELD.split(value)[0])
        return None

    def field_title(self, para: Paragraph, role: str, label: str | None) -> str:
        """Return the name of the notice item a time field belongs to."""
        if role == "window":
            name = self.field_value(para.group, "name") or self.topic
            action = re.sub(r"(?:截止|开始|起始|结束)?(?:时间|日期|期)$", "", label or "")
            name = name if action in name else name + action
        else:
            name = (
                self.field_value(para.group, "name")
                or self.heading_of(para)
                or self.topic
                or self.field_value(para.group, "what")
                or ""
            )
            # (`禁止通行时间` heading its schedule: what is done then)
            name = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:时间|时段)$", "", name)
            # `笔试时间:` names what happens then (`笔试`); `活动时间:` does not.
            # (`开始日期:` names no happening: the window's start)
            stem = re.sub(r"(?:开始|起始|结束|截止)?(?:时间|日期)$", "", label or "")
            if len(stem) >= 2 and not naming.is_generic(stem) and not naming.says(name, stem):
                name += stem
        return naming.shorten(name)

    def piped_row(self, para: Paragraph, line: str) -> tuple[str, str | None] | None:
        """Return (title, place) from a table row printed with `|` between its cells
        (`2 | 职工乒乓球比赛 | 5月 | 体育馆 |`): the cells under the table's header row
        naming what and where (`赛事名称`, `地点`; the place alone when no column names what),
        else its first cell of words."""
        cells = _cells(line)
        header = self._header(para, len(cells))
        if not header and len(cells) > 2:
            # `4月21日 | 9:30 | 兰马坪球场 | 开幕式` under `时间 | 地点 | 活动内容`: the day a cell
            # of its own, the header's columns the row's last ones
            shorter = self._header(para, len(cells) - 1)
            header = [""] + shorter if shorter else []
        title = place = None
        for k, cell in enumerate(cells):
            # (`活動地點`: the source's; `地  点`: spaced out in its cell)
            label = "".join(to_simplified(header[k]).split()) if header else ""
            if _PLACE_HEAD.search(label):
                place = place or cell
            elif _WHEN_HEAD.search(label):
                continue  # `活动时间`: when, not what
            elif _NAME_HEAD.search(label) or (not header and not _NOT_A_NAME.search(cell)):
                title = title or cell
        # (`活动地点 | 活动时间 | 可乘车次`: no name column, the place names the row's happening)
        title = title or place
        return (title, place) if title else None

    def _header(self, para: Paragraph, width: int) -> list[str]:
        """Return the labels of the table a row of ``width`` cells belongs to: the last row
        above it of as many cells and no digits (empty when there is none)."""
        header: list[str] = []
        for p in self.paragraphs[: self.paragraphs.index(para)]:
            above = _cells(self.text[p.start : p.end])
            if len(above) == width and not any(ch.isdigit() for ch in "".join(above)):
                header = above
        return header

    def opening_hours_row(self, para: Paragraph) -> bool:
        """True for a row of a table of opening hours (`放假时间 | 开放区域 | 开馆时间 |`): the
        hours a place keeps on those days, no happening."""
        line = self.text[para.start : para.end]
        if "|" not in line:
            return False
        header = self._header(para, len(_cells(line)))
        return any(_HOURS_HEAD.search(to_simplified(label)) for label in header)

    def heading_of(self, para: Paragraph) -> str | None:
        """Return the heading of a notice item: its first line when that is not a known field
        (`第一讲:…`), else a short line right above the item (`一、读书分享会`)."""
        k = self.paragraphs.index(para)
        named = self._name_over_description(k)
        if named:
            return named
        first = k
        while first > 0 and self.paragraphs[first - 1].group == para.group:
            first -= 1
        for i in range(k - 1, first - 1, -1):
            p = self.paragraphs[i]
            line = self.text[p.start : p.end]
            # (`各乡镇:`, the notice's addressees, or a section's label `二、活动目的:`, is no
            # heading: nothing follows its colon)
            if (
                p.label
                and field_role(p.label) is None
                and _NUMBERED.sub("", line).strip(" :：") != p.label
            ):
                return line
            if p.label is None and i in (first, k - 1) and not _NUMBERED.match(line):
                # the item's own short title over its fields (`亲子阅读乐趣多` / `活动时间:…`)
                heading = _short_heading(_ITEM_TAG.sub("", line))
                if heading and len(heading) >= 3:
                    return heading
                if i == first:
                    break
            if p.label is None and (_NUMBERED.match(line) or _YEAR_ITEM.match(line)):
                # the nearest numbered line: the item's heading (`1.2018年某市全民阅读启动仪式`
                # over its fields), or a section's (`三、考试`) or fields' (`一、评选时间、方式`)
                heading = _short_heading(line)
                fields = heading.split("、") if heading else []  # (`一、评选时间、方式`)
                if heading and len(heading) >= 3 and not any(map(field_role, fields)):
                    return heading
                break
        # (not the dateline alone on its line: `本报台北9月22日讯` over `管制时间为…`)
        if first == 0 or self.paragraphs[first - 1].start < self.story.dateline_end:
            return None
        p = self.paragraphs[first - 1]
        heading = _short_heading(self.text[p.start : p.end])
        if heading:
            return heading
        heading = _NUMBERED.sub("", self.text[p.start : p.end])
        starred = _STARRED.match(heading)
        if starred:  # `★“王蒙说论语”之江阅读访谈活动,不论是…` over `时间:11:00`: its first clause
            lead = re.split(r"[。,，;；]", heading[starred.end() :], maxsplit=1)[0]
            return lead if 2 <= len(lead) <= 30 else None
        return None

    def names_an_item(self, k: int) -> bool:
        """True when paragraph ``k`` is the name line of a listing's item (see
        :meth:`_name_over_description`)."""
        return k + 2 < len(self.paragraphs) and self._name_over_description(k + 2) is not None

    def _name_over_description(self, k: int) -> str | None:
        """Return the name line of a listing's item over the paragraph describing it, right
        above field ``k`` (`青溪老街春节灯会` / `今年的青溪老街,…。` / `时间:…`); None when
        there is none."""
        if k < 2 or self.paragraphs[k].label is None:
            return None
        about, name = self.paragraphs[k - 1], self.paragraphs[k - 2]
        if about.label is not None or name.label is not None:
            return None
        if not self.text[about.start : about.end].rstrip().endswith("。"):
            return None
        line = self.text[name.start : name.end]
        heading = _short_heading(line)
        if (
            heading is None
            or len(heading) < 3
            or _NUMBERED.match(line)
            or heading == self.topic
            or _NOTICE_TITLE.search(heading)
        ):
            return None
        return heading

    def table_row(self, para: Paragraph) -> tuple[str, str | None] | None:
        """Return (title, place) from a schedule table row (`1 9月5日 14:30 某中心 讲座主题`):
        the last column names it, the one before is where. None for a paragraph that is not
        one line of at least four columns."""
        sa, sb = self.story.source_map.source_span(para.start, para.end)
        line = self.source[sa:sb]
        if "\n" in line.strip():
            return None
        if "|" in line:
            return self.piped_row(para, line)
        cells = line.split()
        if len(cells) < 4 or not _DATE_CELL.search(" ".join(cells[:-2])):
            return None
        if any(c in line for c in "。!?！？"):
            return None  # (prose whose paragraphs are parted by spaces: no table)
        if any(c in line for c in ",，;；") and len(_WIDE_GAP.split(line.strip())) < 4:
            # (prose with a PDF's stray spaces, `3月3 日至 4 日 返校报到,3月5 日正式上课`: a
            # table's columns are set apart by wider gaps)
            return None
        return cells[-1], cells[-2]


# the gap between a table's columns printed as text: two spaces or more, or a tab
_WIDE_GAP: Final = rx.compile(r"\s{2,}|\t")


# an item's tag before its title (`【讲座一】`)
_ITEM_TAG: Final = rx.compile(r"^\s*【[^】]{1,6}】\s*")


# a notice's own title (`…计划停电公告`), never one item's name
_NOTICE_TITLE: Final = rx.compile(r"(?:公告|通知|通告|启事|公示|告知书|提示)$")


def _short_heading(line: str) -> str | None:
    """Return a notice item's heading line without its number (`一、读书分享会`): short, no
    sentence or field punctuation; None for any other line."""
    heading = _YEAR_ITEM.sub("", _NUMBERED.sub("", line))
    return heading if 2 <= len(heading) <= 24 and not re.search(r"[。,，;；:：]", heading) else None

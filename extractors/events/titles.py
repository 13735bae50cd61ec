"""Candidates turned into events: title, kind, place and evidence, and the repeated statements of
one happening dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from typing import Final

from .. import naming, rx, script
from ..layout import FIELD, HOURS_LINE, NUMBERING, SPACE_BY_CJK
from ..model import Event, Kind, day_of
from ..notices import Paragraph
from ..reader import bigrams, clean_span
from ..timex.patterns import FESTIVAL
from ..triggers import COMPLETION_VERBS, HOLD_VERBS, field_role
from .candidate import Candidate
from .cues import (
    BLANK,
    HAPPENING,
    ITEM_THEN_HOURS,
    LEFT_OUT,
    MOVE_VERBS,
    NAMED_BY_QUOTE,
    RELATIVE_FLAGS,
    START_SIGNAL,
    STOPS,
    TIME_OF_DAY_TAIL,
    UNTIL_IT_ENDS,
)
from .story import StoryText

# a page's summary line under its headline (`[摘要]本周五最后一场…`)
_SUMMARY: Final = ("[摘要]", "【摘要】", "摘要:", "摘要：", "内容摘要", "导语")
# a word pointing back to the one happening told of (`此次活动`)
_THIS_ONE: Final = rx.compile(r"^(?:此次|本次|该|这次|这项|此项)")
# the first of a happening's phases, named only so (`第一期7月3号到7月21号`)
_FIRST_PHASE: Final = rx.compile(r"第[一1](?:期|阶段|階段|批)|首期")
# words pointing back to those a story told of (`他们将在…上演`, `这些乐队`)
_REFERS_BACK: Final = rx.compile(r"他们|她们|这些|此次|届时|^(?:活动|这|此)?期间|^其间")

# a clause of days and hours only (`5月13-14日`, `每日18时至22时`): no words of what happens
_WHEN_ONLY: Final = rx.compile(
    r"(?=[^,，]*\d)[\d年月日号至到\-—~、:：.上下中午晚早凌晨间每天时点分起周一二三四五六]+"
)
# a place's or an item's short name alone on its line (`温州市`, `含章书院分馆`)
_NAME_LINE: Final = rx.compile(r"[\u4e00-\u9fff]{2,12}")
# `10月31日是读书周的第一天`: the day a happening begins, told of by what follows
_FIRST_DAY_SAID: Final = rx.compile(r"是[^,，;；。]{1,12}?(?:第一天|首日|开幕日)")

_PLACE_SAID: Final = rx.compile(
    r"(?:地点(?:为|是|在|:|：)|仍在|位于)\s*(?P<place>[^,，;；。]{2,24})"
)

_INLINE_NAME: Final = rx.compile(
    r"(?:题目|主题|讲题|名称)[:：]\s*(?P<name>[^,，;；。:：]{2,30}?)(?=$|[,，;；。]|\s|[\u4e00-\u9fff]{2}[:：])"
)

_SAID_LABEL: Final = rx.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,8}?)(?:为|是)?[:：]?\s*")

_SECTION: Final = rx.compile(r"\s*【(?P<place>[^】]{2,20})】")
# what a holiday notice's item says of its days (`1月27日至2月2日放假调休`), and the heading
# above it naming the holiday (`二、春节`)
_DAYS_OFF_OR_ON: Final = rx.compile(
    r"(?:放假|调休|补休|休息|上班)+(?:共?[一二两三四五六七八九十\d]{1,2}天)?"
)
_HOLIDAY_HEADING: Final = rx.compile(rf"\s*{NUMBERING}\s*(?P<name>[\u4e00-\u9fff、]{{2,16}})\s*")
# a lead setting out its items on the same line (`…通告如下:一、2026年1月20日至22日,…`), or a
# label's bracketed note before the item's own words (`…(农历四月初八,公历5月26日):5月26日…`)
_SET_OUT: Final = rx.compile(rf".*(?:如下|[)）])\s*[:：]\s*{NUMBERING}?\s*")
# a reporter's source before what was learned (`记者从昆明市大观公园获悉:2022年10月1日,…`)
_GATHERED: Final = rx.compile(r".*记者[^,，。]{0,30}?(?:获悉|了解到|获知|得知)\s*[:：]\s*")
# a holiday item's label on its own line (`一、苗族传统节日(农历四月初八,…):5月26日放假`,
# `二、2023年火把节:8月9日至11日放假`)
_HOLIDAY_LABEL: Final = rx.compile(
    rf"\s*{NUMBERING}?\s*(?P<name>(?:(?:19|20)\d{{2}}年)?[\u4e00-\u9fff、]{{2,16}})"
    r"(?:[(（][^)）]*[)）])?\s*[:：]"
)

# a person named by a title of address (`李老先生`, `嫁到板桥的洪小姐`): what one did
# (or by a pronoun: `今日,他凌晨2点起床`)
_SOMEONE: Final = rx.compile(
    r"(?:先生|小姐|女士|太太|大爷|大妈|阿姨|师傅|老人|大叔|大姐)$|^[他她](?![们們])"
)
_HOW_LONG: Final = rx.compile(r"一连|连续|为期|历时")
_SAME_PLACE: Final = rx.compile(r"同一(?:地点|场地|地方)|原地|该地|此地|原址")
# what points back to all the story listed (`以上课程`, `上述活动`)
_SUMMED_UP: Final = ("以上", "上述")

_AT_PLACE: Final = rx.compile(
    r"在?(?P<place>[\u4e00-\u9fff]{2,16}(?:厅|馆|室|楼|场|园|广场|中心|礼堂))"
)
# a clause that only says where (`今日下午2时于公所广场前,宣布成立…`): what follows names it
_WHERE_ONLY: Final = rx.compile(
    r"(?:在|于|於)(?P<place>[\u4e00-\u9fff]{1,14}?(?:前|门口|门前|现场|广场|厅|馆|室|楼|场|园|中心"
    r"|礼堂|会场|公园|社区|学校))"
)
_TIME_HEADING: Final = rx.compile(r"(?:时间|日期)\s*[:：]?\s*$")
# what a time heading names (`二、警报试鸣时间`: `警报试鸣`)
_HEADING_NAME: Final = rx.compile(rf"\s*{NUMBERING}?\s*(?P<name>[\u4e00-\u9fff]*?)(?:的|活动)?")
_TIME_FIELD: Final = rx.compile(r"时间\s*(?:为|是)?\s*[:：]?\s*$")
# a line opening with a bare time field (`时间:2019年4月13日上午9:00`, `一、活动时间：`)
_TIME_FIELD_LINE: Final = rx.compile(
    rf"\s*{NUMBERING}?\s*(?:活动|举办|比赛)?时间\s*(?:为|是)?\s*[:：]\s*"
)
_MEASURE_FIELD: Final = rx.compile(
    r"(?P<what>管制|管控|封闭|封路|禁行|限行|停水|停电|停气)时间\s*(?:为|是)?\s*[:：]?\s*$"
)
# (or its first day said: `今天是文华迎春花市重启第一天`)
# (the sentence is the page's own text: traditional characters too)
_OPENS: Final = rx.compile(
    r"[开開](?:幕|营|營|园|園|展|市|班)|[启啓啟](?:幕|动|動)|拉[开開]了?[帷幃序]幕|第一天|首日|登[场場]"
)
_OPENING_TAIL: Final = rx.compile(rf"(?:正式)?(?:{_OPENS.pattern})$")
# what a run's last day is said to do (`…24:00结束`, `停止供热`)
# (the evidence is the page's own text: traditional characters too)
_CLOSES_RUN: Final = rx.compile(r"[结結]束|停止|[闭閉]幕|落幕|[闭閉]展|撤展|收官")
_UNTIL_END: Final = rx.compile(r"[至到][^,，;；。]{0,12}[结結]束")
_NOT_WORDS: Final = rx.compile(
    _CLOSES_RUN.pattern + r"|[将將]于|[\d\s年月日号时時分点點:：.,，。、;；—\-~至到起]"
)
# the last character of a happening's name (`桃花节`, `书画展`, `马拉松赛`, `音乐会`, `迎春花市`;
# a market's only: not `沈阳市`)
_NAME_ENDS: Final = frozenset("节展赛会市節賽會月")
# (a month of a campaign: `文化旅游月`, `消费月`, `宣传月`; not `4月`)
_MONTH_NAMED_BY: Final = frozenset("游费費化动動传傳务務")
_CEREMONY: Final = rx.compile(
    r"仪式|儀式|[开開]幕式|[闭閉]幕(?:式|会|會|大会|大會)|典礼|典禮|启动式"
)
# a day of the month a clause states (`10月25日`, `25号`)
_DAY_OF_ITS_OWN: Final = rx.compile(r"\d\s*月\s*\d{1,2}\s*[日号]")
# a notice's field saying what is done (`活动内容:`, `主题:…`) and a numbered item's name under it
_CONTENT_FIELD: Final = rx.compile(
    r"\s*(?:活动)?(?:内容|主题|名称|项目)\s*[:：]\s*(?P<v>[^\n]{0,40})"
)
_ITEM_NAME: Final = rx.compile(
    r"\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]、)\s*(?P<v>[^:：。;；,，\n]{2,20})"
)
# a festival coming (`随着…“双节”来临`)
_COMING: Final = rx.compile(r"\s*(?:即将|日益|日渐)?(?:来临|到来|临近|将至)(?:之际)?\s*")
# a listed day's own name, and the day before it named so (`正月初一《飞机总动员》、`; a verb alone,
# `1月8日开幕、1月10日闭幕`, is no name)
_ITEM_NAME_AFTER: Final = rx.compile(rf"[^{BLANK}、,，()（）]{{3,30}}")
_NAMED_ITEM_BEFORE: Final = rx.compile(rf"{BLANK}[^{BLANK}、,，()（）]{{3,30}}、$")
# an item of a list dated in brackets after its name (`:民俗大拜年活动(`, `、飘色大游行活动(`)
_BRACKETED_ITEM: Final = rx.compile(r"[:：、](?P<item>[^:：、,，;；。()（）]{2,24})[(（]$")
# a clause going on without a subject of its own (`…为主题,将从3月10日持续到4月10日`)
# (or planned: `…亚洲马拉松锦标赛,拟定于2025年3月举办`)
_GOES_ON: Final = rx.compile(
    r"\s*(?:并|还|也|均)?(?:将(?:从|于|在|自)?|(?:拟|拟定|计划|预定|初定|定)(?:于|在)|于|从|自)\s*"
)
# a clause that says only where a happening moves to (`順延至10月4日辦理`)
# (or a show's term alone: `…举办书画作品展,展期至10月20日`)
_MOVED_ALONE: Final = rx.compile(
    r"\s*(?:(?:均|将|已)?(?:" + MOVE_VERBS + r"|延|改)(?:至|到|在)|展期(?:至|到))\s*"
)
_BECAUSE: Final = rx.compile(r"(?<=.{2})(?:因|由于|受)[^,，;；]*$")
# a body or a place that holds something (`乐清汉服协会`, `区卫健委`, `翁垟街道`)
_WHO: Final = rx.compile(
    r"[\u4e00-\u9fff]{1,12}(?:协会|学会|中心|街道|图书馆|文化馆|博物馆|社区|镇|乡|村|区|县|局|委|"
    r"公司|集团|剧团|工会|妇联|团委)"
)
# what a field's label says is timed (`施工期限` → `施工`)
_LABEL_TAIL: Final = rx.compile(r"(?:期限|时间|日期|期间|时段)$")
# a numbered item's head before its colon (`3、長樂路(長青路-華光大道):`), or a labelled one's
# first sentence (`區域2:隴海路(工人路—嵩山路)道路兩側。停水時間:…`)
_ITEM_HEAD: Final = rx.compile(
    r"\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?P<h>[^:：,，。;；]{2,24})[:：]"
    r"|[\u4e00-\u9fff]{1,3}\d{1,2}[:：]\s*(?P<s>[^:：,，。;；]{2,24})[。;；])"
)
# a numbered sitting of a series, then what it is in the next clause
_NTH_SITTING: Final = rx.compile(r"第[一二三四五六七八九十\d]{1,3}[场期站轮]")
_SITTING_IS: Final = rx.compile(r"\s*(?:为|是)(?P<what>[^,，;；。]{2,40})")
# the subject opening a clause, up to the verb or preposition after it (`桃花美食节以…为主题`)
# a bracket the date words opened and left open (`6月15日8时至14时(农历五月二十日、星期日`)
_OPEN_BRACKET: Final = rx.compile(r"[(（][^)）]*$")

# a time heading alone on its line (`二、管制时间:`), and a line opening with a day under it
_TIME_HEADING_LINE: Final = rx.compile(
    rf"\s*{NUMBERING}?\s*(?P<label>[\u4e00-\u9fff]{{0,6}}(?:时间|日期|时段|期限))\s*[:：]?\s*"
)
# (or the hours under a day: `上午:07:30-12:30`)
_DAY_LINE: Final = rx.compile(r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|" + HOURS_LINE.pattern)
_SECTION_HEADING: Final = rx.compile(rf"\s*{NUMBERING}\s*[\u4e00-\u9fff]{{2,8}}\s*[:：]")

# a day a run leaves out, noted in brackets right after it (`(除夕当晚闭园)`)
_CLOSED_NOTE_AFTER: Final = rx.compile(r"[(（][^()（）]{0,8}" + LEFT_OUT)
# what a clause holds (`…於灣仔海濱舉行「…」期間限定活動`)
_HELD_IN: Final = rx.compile(rf"(?:{rx.alternation(HOLD_VERBS)})\s*(?P<what>[^,，;；。]{{2,40}})$")
# a start said with no subject (`3月8日正式上课`), and the body a sentence opens with
_BARE_START: Final = rx.compile(r"(?:正式|开始)?(?:上课|开学|开课|开园|开馆|开业|报到|返校)")
_OPENED_BY: Final = rx.compile(
    r"\s*(?P<who>[\u4e00-\u9fff]{2,14}?(?:大学|学院|学校|中学|小学|幼儿园|医院|图书馆|博物馆|美术馆|"
    r"文化馆|科技馆|公园|景区))"
)
# (`元宵灯展位于…`: `位于` whole, no subject ending in 位)
_SUBJECT: Final = rx.compile(
    r"(?P<subject>[^,，;；。]{2,32}?)(?:以|由|在|将|位于|于|是|把|作为|通过)"
)


# how alike two names must be (bigram dice) for two statements to be one happening's
_ALIKE: Final = 0.4
# a work's target reached (`…完成`, `…通车`; not a window's end: `截止`)
_COMPLETED: Final = rx.compile(rx.alternation(COMPLETION_VERBS - {"截止", "结束", "闭幕"}))


def named_once(kept: list[tuple[Candidate, Event]]) -> list[Event]:
    """Return the events without those dated only by a festival the story already named for
    the same days (`社区将于中秋节举办游园会。…到处洋溢着中秋的氛围`): the story still tells
    of that day, not of another happening. A festival's break named again counts so when no
    verb names a happening in it (`春节期间,王府井大街尽显国潮风`, `春节期间,餐饮消费火热升温`;
    not `端午节期间,…将举行多项龙舟比赛`)."""
    named: set[tuple[dt.date, dt.date]] = set()
    runs = [e for c, e in kept if day_of(e.end) > day_of(e.start) and not c.named]
    out: list[Event] = []
    for c, e in kept:
        days = (day_of(c.start), day_of(c.end))
        # (no verb names what is done, nor is a place stopped or closed: `市政务服务中心除夕至
        # 正月初六暂停线下服务`; nor is it the break itself: `2025年元旦放假1天`)
        weak = (
            e.confidence < naming.CONF_VERB
            and e.kind is not Kind.HOLIDAY
            and not STOPS.search(e.evidence)
        )
        if c.texts == [c.named] and ("range" not in c.flags or weak):
            if days in named or c.named in e.title and any(_run_named(r, e) for r in runs):
                continue
        if c.named:
            named.add(days)
        out.append(e)
    return out


def _run_named(run: Event, e: Event) -> bool:
    """True when one-day ``e``, dated only by the festival in its name, names ``run``, dated
    by days of its own that hold that day (`…“三月三”庙会的举办时间为3月25日至4月4日。“三月三”
    庙会曾有中断`; not `龙年春节、元宵期间` and `元宵节`)."""
    return (
        Kind.HOLIDAY not in (e.kind, run.kind)  # (the festival and its break are two)
        and day_of(e.start) == day_of(e.end)
        and day_of(run.start) <= day_of(e.start) <= day_of(run.end)
        and _dice(run.title, e.title) >= _ALIKE
    )


def _content_below(st: StoryText, k: int) -> str:
    """Return what a notice's content field a few lines under paragraph k says is done (its
    value, or its first numbered item's name: `活动内容:` / `1.消防主题活动:…`); "" for none."""
    below = st.paragraphs[k + 1 : k + 6]
    for n, para in enumerate(below):
        m = _CONTENT_FIELD.match(st.text, para.start, para.end)
        if m is None:
            continue
        if m["v"].strip(" 。"):
            return naming.shorten(m["v"].strip(" 。"))
        item = (
            _ITEM_NAME.match(st.text, below[n + 1].start, below[n + 1].end)
            if n + 1 < len(below)
            else None
        )
        return item["v"] if item else ""
    return ""


# where the subject opening a sentence ends: a preposition or adverb before its verb, a comma
_SUBJECT_ENDS: Final = rx.compile(r"自|于|於|将|將|在|已|正|从|從|目前|[,，]")
_SOURCE_SAYS: Final = rx.compile(r"称|稱|表示|回应|回應|指出|透露|消息|说|說")
_SUBJECT_WORDS: Final = rx.compile(r"[\u4e00-\u9fff]{4,30}")


def _sentence_subject(st: StoryText, c: Candidate) -> str:
    """Return the subject opening the sentence of a date whose own clause names nothing, in a
    story with no headline (`站前大道东段提升改造工程项目自去年11月份开工以来,…,预计于本月底
    全面完工`: the project); "" when the sentence opens with no such subject."""
    sa = st.sentence_of(c.anchor[0])[0]
    m = _SUBJECT_ENDS.search(st.text, sa, c.anchor[0])
    if m is None or m.start() - sa < 4 or _SOURCE_SAYS.search(st.text, sa, m.start()):
        return ""  # (`广州地铁公司昨日发布消息称`, `北捷回應`: who tells it, not what)
    subject = naming.strip_phrase(st.text[sa : m.start()])
    return subject if _SUBJECT_WORDS.fullmatch(subject) else ""  # (words, not a fragment)


def event(st: StoryText, c: Candidate) -> Event | None:
    a, b = c.anchor
    para = st.paragraphs[c.para]
    label = para.label or _leading_label(st, c)
    role = field_role(label or "")
    title, place, confidence = _name(st, c, para, role, label)
    if title.startswith(_SUMMED_UP):
        # `以上课程将于12月中旬陆续开班`: what the story listed, as its headline names it
        title = st.story.title or naming.with_topic(title[2:], st.topic)
    if role is None and label and len(title) <= 4 and label not in title and naming.is_venue(label):
        # `含章书院分馆:因设备检修,10月2日至8日闭馆`: the venue the line is about closes
        title, place = label + title, place or label
    if not title and role == "time":
        title = _content_below(st, c.para)  # `时间:…` / `地点:…` / `活动内容:` / `1.消防主题活动:…`
    if not title and label:
        title = _LABEL_TAIL.sub("", label)  # `封闭期限:2021年6月1日至…`: what the label names
    if label and title == _LABEL_TAIL.sub("", label):
        head = _ITEM_HEAD.match(st.text, para.start, c.span[0])
        named = head and (head["h"] or head["s"])
        if named and named != label and named not in title:
            # `3、長樂路(長青路-華光大道):…封閉時間:…`: the item's own road, closed
            title = named + title
    if not title and st.story.title is None:
        title = _sentence_subject(st, c)
    if not title:
        return None
    clause_a, clause_b = st.clause(a, b)
    ev_b = max(clause_b, st.clause(c.span[0], c.span[1])[1])
    if clause_b <= b + 1:  # the date clause holds only the date: the next one says what
        ev_b = max(ev_b, st.next_clause(clause_b)[1])
    place = place or st.notice.field_value(para.group, "place") or _place_said(st, c)
    if place and _SAME_PLACE.fullmatch(place):
        place = st.last_place
    elif place and _HOW_LONG.match(place):
        place = None  # `活动将于本周六、日一连两天举行`: how long, not where
    st.last_place = place or st.last_place
    # (`端午节前夕` is the eve, `25日前后` about the day: no deadline)
    qian = st.text[b : b + 1] == "前" and st.text[b + 1 : b + 2] not in ("夕", "后")
    qian = qian or c.texts[0].endswith("前")
    # (but a show on until a day, `3月1日之前有古代玉器展`, a range from the paper's day: no
    # deadline)
    qian = qian and not ("range" in c.flags and "deadline" not in c.flags)
    # (what is done during a holiday is not the holiday: its kind is read after `期间`)
    probe_a = c.anchor[1] if "during" in c.flags else clause_a
    probe = st.text[probe_a:ev_b] + (st.topic if role else "")
    flags = c.flags - {"deadline"} if "since_publication" in c.flags else c.flags
    kind = naming.kind_of(title, probe, flags, role == "window", qian)
    if kind is Kind.OTHER and st.topic:
        kind = naming.kind_of(st.topic, "", frozenset(), False, False)
    if kind is Kind.HOLIDAY and c.named:
        title = naming.holiday_title(c.named, probe, "holiday" in c.flags)
        confidence = max(confidence, naming.CONF_FIELD)
    title = _holiday_headed(st, c, title)
    if kind is Kind.OTHER and _SOMEONE.search(title):
        return None  # `住在木栅的李老先生今天特别搭乘捷运`: what one person did that day
    if kind is Kind.OTHER and confidence < naming.CONF_VERB:
        confidence -= 0.1
    if "anaphora" in c.flags and len(c.texts) == 1:
        confidence -= 0.1
    s_a, s_b = c.sentence
    if " " in title:
        # `——国庆节     :放假调休`: a dash opening an item, pinyin blanked to spaces in the name
        title = SPACE_BY_CJK.sub("", _SPACED_COLON.sub("", title)).lstrip("—-–")
    if "()" in title or "（）" in title:
        # (the brackets a day restated in them left, read apart: `本周五(8月16日)在…开幕`)
        title = title.replace("()", "").replace("（）", "") or st.topic
    return Event(
        title=title,
        start=c.start,
        end=c.end,
        kind=kind,
        upcoming=day_of(c.end) >= st.published,
        evidence=_copy(st, clause_a, ev_b),
        location=place,
        article=st.story.title,
        confidence=round(max(0.1, min(confidence, 0.95)), 2),
        sentence=_copy(st, s_a, s_b),
        span=st.story.source_map.source_span(c.span[0], c.span[1]),
    )


def timed_again(
    st: StoryText, made: list[tuple[Candidate, Event | None]]
) -> list[tuple[Candidate, Event]]:
    """Return made, an item's day given again with its hours in a time field of the same
    paragraph (`6日 检修线路:科山线。检修时间:6日7:00至6日18:30`) or opening the next one
    (`4月13日(本周六),将在…迎来…总决赛` / `时间:2019年4月13日上午9:00`), or under a time heading
    (`…定于9月18日开展防空警报试鸣。` … `二、警报试鸣时间` / `2025年9月18日10时00分。`) read as
    one happening: the item's name, the field's hours. A candidate whose event is None (a
    field that names nothing) gives its hours so or is dropped."""
    out: list[tuple[Candidate, Event]] = []
    for c, e in made:
        if out:
            p, pe = out[-1]
            if (
                not p.timed
                and not p.named  # (`明天是母亲节,…义诊。时间为明天上午8:30`: the day too)
                and c.timed
                and day_of(p.start) == day_of(p.end) == day_of(c.start) == day_of(c.end)
                and (
                    p.para == c.para
                    and _TIME_FIELD.search(st.text, max(0, c.span[0] - 8), c.span[0])
                    and not _measure_of_its_own(st, c, pe.title)
                    or p.para + 1 == c.para
                    and _TIME_FIELD_LINE.fullmatch(st.text, st.paragraphs[c.para].start, c.span[0])
                    or _under_time_heading(st, c, pe.title)
                )
            ):
                location = pe.location or (e.location if e is not None else None)
                out[-1] = (p, dataclasses.replace(pe, start=c.start, end=c.end, location=location))
                continue
        if e is not None:
            out.append((c, e))
    return out


def _measure_of_its_own(st: StoryText, c: Candidate, title: str) -> bool:
    """True when the time field before ``c`` is a measure's the happening ``title`` does not
    name (`…龙舟邀请赛将于10月20日在我市举行,…对部分道路实施交通管制,…管制时间:2019年10月20日
    上午7:30至中午12:00`: the closure's hours, a happening of its own)."""
    field = _MEASURE_FIELD.search(st.text, max(0, c.span[0] - 10), c.span[0])
    return field is not None and field["what"] not in title


def _under_time_heading(st: StoryText, c: Candidate, title: str) -> bool:
    """True when ``c`` opens the line right under a notice's time heading (`二、警报试鸣时间` /
    `2025年9月18日10时00分。`) that names the happening titled ``title``, or nothing (not
    `一、交通管制时间` under `迎新跑将于1月1日举行,…对部分路段实施临时交通管制`: the
    closure is a happening of its own)."""
    para = st.paragraphs[c.para]
    if c.span[0] > para.start + 2 or c.para == 0:
        return False
    above = st.paragraphs[c.para - 1]
    heading = _TIME_HEADING.search(st.text, above.start, above.end)
    if heading is None:
        return False
    named = _HEADING_NAME.fullmatch(st.text, above.start, heading.start())
    name = named.group("name") if named else ""
    return len(name) < 2 or name[:2] in title


def scene_then_told(st: StoryText, c: Candidate, e: Event, n: Candidate, ne: Event) -> bool:
    """True when ``c`` dates a scene (no happening named: a photo's caption) and the next
    sentence opens with an anaphor of the same day ``n`` that tells what happened then
    (`4月23日,一名小朋友在阅览图书。当日,省图书馆开展“图书漂流”活动`): one happening,
    the second's."""
    return (
        n.texts[0].startswith(("当日", "当天"))
        and not c.named
        and not c.flags & RELATIVE_FLAGS
        and day_of(c.start) == day_of(n.start) == day_of(c.end) == day_of(n.end)
        # the date opens its sentence, the anaphor the next sentence or clause
        and not st.text[c.sentence[0] : c.span[0]].strip()
        and (
            not st.text[c.sentence[1] : n.span[0]].strip()
            or st.next_clause(st.clause(*c.span)[1])[0] == n.span[0]
        )
        and (
            st.text[c.span[1] : c.span[1] + 1] in (",", "，")
            and e.confidence < min(ne.confidence, naming.CONF_VERB)
            # `10月31日是读书周的第一天。当天上午,…将举办开幕式`: the day, then its happening
            or _FIRST_DAY_SAID.match(st.text, c.span[1]) is not None
        )
    )


def _holiday_headed(st: StoryText, c: Candidate, title: str) -> str:
    """Return ``title``, a holiday notice's days off or on (`放假调休`, `上班`), prefixed by
    the holiday labelling the item (`一、苗族传统节日(…):5月26日放假`) or heading it
    (`二、春节` → `春节放假调休`)."""
    if not _DAYS_OFF_OR_ON.fullmatch(title):
        return title
    para = st.paragraphs[c.para]
    label = _HOLIDAY_LABEL.match(st.text, para.start, c.span[0])
    if label and field_role(label["name"]) is None:  # (`调休时间:` is a field, no holiday)
        return label["name"] + title
    if c.para == 0:
        return title
    above = st.paragraphs[c.para - 1]
    heading = _HOLIDAY_HEADING.fullmatch(st.text, above.start, above.end)
    return heading["name"] + title if heading else title


def _copy(st: StoryText, a: int, b: int) -> str:
    """Return the source text behind story span [a, b), line breaks and spaces removed."""
    sa, sb = st.story.source_map.source_span(a, b)
    return clean_span(st.source[sa:sb]).strip(" ,，;；")


def _place_said(st: StoryText, c: Candidate) -> str | None:
    """Return a place stated in the candidate's sentence after its date (`地点为…`,
    `仍在青龙湖公园`), or None."""
    _, sb = c.sentence
    m = _PLACE_SAID.search(st.text, c.anchor[1], sb)
    return m.group("place") if m else None


def _named_before(st: StoryText, pos: int, generic: str) -> str | None:
    """Return the full name a generic word (`活动`) stands for, from earlier in its sentence
    (`原定于本周六举行的丰台区环湖健步走活动取消,活动将改期至…`) or, opening it, from the
    sentence before; None when neither names one."""
    sa, _ = st.sentence_of(pos)
    said = rf"的([^,，;；。的]{{2,24}}?{re.escape(generic)})"
    names = re.findall(said, st.text[sa:pos])
    if not names and sa > 0 and not st.text[sa:pos].strip():
        # opening its sentence, the one before in its paragraph (`…威宁开展了以“…”为主题的避暑
        # 旅游季系列活动。活动从7月20日开始,持续到8月24日。`)
        pa, pb = st.sentence_of(sa - 1)
        if "\n" not in st.text[pb:sa]:
            names = re.findall(said, st.text[pa:pb])
    return names[-1] if names else None


def _subject_before(st: StoryText, ca: int) -> str:
    """Return the subject of a clause before the one at ``ca`` in its sentence, which goes on
    without one (`桃花美食节以“赏花”为主题,将从3月10日持续到4月10日`; `论坛由…主办,…联合协办,
    将于11月13日在廊坊召开`: two clauses back), or that clause when it names a happening; ""
    when there is none."""
    sa, _ = st.sentence_of(ca)
    for _ in range(3):
        if ca <= sa:
            return ""
        pa, pb = st.clause(ca - 1, ca - 1)
        while pa > sa and st.text.count("”", pa, pb) > st.text.count("“", pa, pb):
            pa = st.clause(pa - 1, pa - 1)[0]  # (`以“亲亲常德,浪漫之城”为主题`: a comma in quotes)
        m = _SUBJECT.match(st.masked, pa, pb)
        if m:
            at = st.masked[m.end() - 1] in "于在由"
            held = _HELD_IN.search(st.masked, m.end(), pb) if at else None
            if held and HAPPENING.search(held["what"]):
                # `發展局於灣仔海濱舉行「…」期間限定活動,活動時間為…`: who holds what there, named
                # by what (not `今年的博览会将推出一系列市民活动`: the happening, then its parts)
                return naming.strip_phrase(held["what"])
            return naming.strip_phrase(m.group("subject"))
        name = naming.strip_phrase(st.masked[pa:pb]).replace(BLANK, "")
        if HAPPENING.search(name, max(0, len(name) - 3)):
            return name  # `全民期待的“鱼峰歌圩”全国山歌邀请赛,将于4月20日…`: a happening's name
        ca = pa
    return ""


def _time_heading_above(st: StoryText, k: int) -> str:
    """Return the label of a time heading over paragraph ``k`` and the dated lines between
    them (`二、管制时间:` / `6月22日:…` / `6月23日:…`), "" when there is none."""
    for i in range(k - 1, max(-1, k - 9), -1):
        p = st.paragraphs[i]
        heading = _TIME_HEADING_LINE.fullmatch(st.text, p.start, p.end)
        if heading:
            return heading["label"]
        if not _DAY_LINE.match(st.text, p.start):
            return ""
    return ""


def _said_of(st: StoryText, ca: int) -> str:
    """Return what the clause before the one at ``ca`` names, a label said in a sentence
    following it (`…摄影大展活动,时间为8月21日—8月24日`); "" when the clause opens the
    sentence."""
    sa, _ = st.sentence_of(ca)
    if ca <= sa:
        return ""
    pa, pb = st.clause(ca - 1, ca - 1)
    return _subject_before(st, ca) or naming.strip_phrase(st.masked[pa:pb]).replace(BLANK, "")


def _happening_said_of(st: StoryText, ca: int) -> str:
    """Return what the clause before the one at ``ca`` names when it names a happening."""
    said = _said_of(st, ca)
    return said if HAPPENING.search(said) else ""


def _name_line_above(st: StoryText, k: int) -> str:
    """Return the short name on the line over paragraph ``k`` when ``k`` holds days alone (a
    list of places, each over its days: `温州市` / `4月29日至30日,5月6日。`); "" otherwise."""
    para = st.paragraphs[k]
    days = st.text[para.start : para.end].strip(" 。.;；,，").replace(",", "、").replace("，", "、")
    if not k or not _WHEN_ONLY.fullmatch(days):
        return ""
    above = st.paragraphs[k - 1]
    name = st.text[above.start : above.end].strip()
    return name if _NAME_LINE.fullmatch(name) else ""


def _leading_label(st: StoryText, c: Candidate) -> str | None:
    """Return a field label written as a sentence before the date (`公示期为…`)."""
    a, b = c.anchor
    ca, _ = st.clause(a, b)
    m = _SAID_LABEL.fullmatch(st.masked, ca, a)
    if m is None:
        return None
    label = m.group("label")
    # (`…右幅。封闭期限:2021年6月1日至…`: a term, named by what it is the term of)
    return label if field_role(label) or label.endswith("期限") else None


def _name(
    st: StoryText, c: Candidate, para: Paragraph, role: str | None, label: str | None
) -> tuple[str, str | None, float]:
    """Return (title, place, confidence) for a candidate, from its clause or its fields."""
    a, b = c.anchor
    ca, cb = st.clause(a, b)
    if role in ("time", "window"):
        title = st.notice.field_title(para, role, label)
        if not title and para.label is None:
            title = _said_of(st, ca)  # (a label said in a sentence: the clause before it)
        # (`…主题为“…”。活动时间为今年2月1日至28日`: what the label names)
        title = title or _LABEL_TAIL.sub("", label or "")
        return title, None, naming.CONF_FIELD
    left = st.masked[ca:a]
    item = ITEM_THEN_HOURS.fullmatch(left)
    if item and not naming.lead_strip(st.masked[b:cb]).strip(BLANK):
        return item["name"], None, naming.CONF_FIELD  # `(一)好溪路(鼎湖桥头至名山桥头):5:30-12:00`
    field_m = FIELD.match(left)
    if field_m:
        left = left[field_m.end() :]
    set_out = _SET_OUT.match(left) or _GATHERED.match(left)
    if set_out:
        left = left[set_out.end() :]
    # (the text's: the mask blanks `前一周`; searched only when a bracket opens the date, as
    # _GLOSSED ends with one: most dates have none)
    glossed = _GLOSSED.search(st.text, ca, a) if st.text[a - 1 : a] in ("(", "（") else None
    if glossed:  # `即提前一周(10月25日)开栓供热`: the day a lead time comes to, no subject
        left = left[: glossed.start() - ca]
    section = _SECTION.match(left)  # `【园博园】5月1日…`: a venue heading the item
    if section:
        left = left[section.end() :]
    bracketed = _BRACKETED_ITEM.search(st.masked, max(ca, a - 30), a)
    if bracketed and BLANK not in bracketed.group("item"):
        # `…活动还有:民俗大拜年活动(2月3日至4日15:00-17:00)、…`: the item it dates (not
        # `周五、周六(10月28日、29日)`: days said again)
        return bracketed.group("item"), None, naming.CONF_VERB
    rest = st.masked[b:cb]
    # `正月初一《飞机总动员》、正月初二《蓝精灵》、…`: a list of days, each with its own name
    # (not days sharing one: `10月3日、10月6日两天开设…`)
    item_end = rest.find("、" + BLANK)
    named_before = _NAMED_ITEM_BEFORE.search(left) is not None
    if (
        item_end > 0
        and (named_before or BLANK not in left)
        and _ITEM_NAME_AFTER.fullmatch(rest, 0, item_end)
    ):
        left, rest = "", rest[:item_end]
    elif named_before and item_end < 0 and naming.lead_strip(rest).strip(BLANK):
        left = ""
    if rest[:1] in (")", "）") and _OPEN_BRACKET.search(st.text, a, b):
        # `6月15日8时至14时(农历五月二十日、星期日):港口大道…`: the date's bracket closes
        rest = rest[1:].lstrip(":：")
    elif rest[:1] in ("(", "（") and (note := _CLOSED_NOTE_AFTER.match(rest)):
        rest = rest[note.end() :]  # `即日起至下月19日(除夕当晚闭园)`: a day left out, no name
    until = UNTIL_IT_ENDS.match(rest)
    if until:
        # `3月21日14时起至比赛结束,以下道路禁止车辆停放`: when; the next clause says what (or the
        # rest of its own: `…起至比赛结束(预计27日15:00)对兴中道…实行交通管制`)
        rest = rest[until.end() :]
    if rest[:1] in "和及与" and rest[1:2] == BLANK:
        rest = rest[1:]  # `9月29日和10月1日晚8时,北广场…`: the next listed date, then what
    if rest.endswith("期间"):
        rest = ""  # `…起至次日发布解除管制通告期间,对…管制`: when, the next clause says what
    # `演练当天,…`: the words before `当天` name the earlier happening, not this one.
    subject = "" if "anaphora" in c.flags and not c.named else naming.strip_phrase(left)
    if subject and subject == c.named:
        subject = ""  # `七夕节(8月25日)当晚7点,市博物馆将举办…`: the day's name says when, not what
    said_to = cb  # the end of the clause that says what
    if not subject and label and _NTH_SITTING.fullmatch(label):
        subject = label  # `第一场:11月19日晚上7:30`: the sitting its line's label names
    if not subject and not naming.lead_strip(rest).strip(":：" + BLANK):
        # `4月11日,区委常委会召开…`: the date stands alone; the next clause says what,
        # or the next line when the date is a line of its own (`6月1日至6月16日` over
        # `为高考、中考“禁噪期”。` in a page of short lines).
        na, nb = st.next_clause(cb)
        while b <= cb and na < nb and _WHEN_ONLY.fullmatch(st.text, na, nb):
            # `5月6-7日,5月13-14日,每日18时至22时,滨湖路禁止机动车通行`: the list's other
            # days and its hours, then what
            na, nb = st.next_clause(nb)
        if na == nb and st.text[cb : cb + 1] == "\n" and c.para + 1 < len(st.paragraphs):
            if not st.text[st.paragraphs[c.para].start : ca].strip():
                na = st.paragraphs[c.para + 1].start
                nb = st.clause(na, na)[1]
        rest, said_to = st.masked[na:nb], nb
        named_field = _CONTENT_FIELD.match(rest)
        if named_field:
            rest = named_field["v"]  # `活动主题:闹元宵·赏民俗` under the date line: its value
        if _SECTION_HEADING.fullmatch(st.text, na, st.clause(na, na)[1]):
            rest = ""  # (`三、注意事项:` under the last dated line: the next section's, not its)
        if not naming.lead_strip(rest).strip(":：" + BLANK):
            subject = _name_line_above(st, c.para)  # `温州市` / `4月29日至30日,5月6日。`
    hold = naming.VERB.search(left) if c.named else None
    if (
        hold
        and hold.end() == len(left)
        and hold.group() in HOLD_VERBS
        and naming.lead_strip(rest).strip(BLANK)
        and not naming.VERB.search(rest)
    ):
        # `…将在县城新区举办元宵节社火展演活动`: the festival opens the name of what is held
        subject, rest = "", left + st.text[a:b] + rest
    title, place, conf = naming.phrase_title(subject, rest)
    # (`随着中秋国庆“双节”来临,一系列节庆举措推出`: the festival itself, not what follows)
    coming = bool(c.named) and "随着" in left and _COMING.fullmatch(rest) is not None
    goes_on = ""
    if not subject and _GOES_ON.fullmatch(left):
        if conf < naming.CONF_VERB:
            # `桃花美食节以“赏花”为主题,将从3月10日持续到4月10日`, `…全国山歌邀请赛,将于4月20日
            # 在刘三姐大舞台启动,活动邀请到…`: what a clause before names goes on, not what the
            # next one says
            goes_on = _subject_before(st, ca)
        elif not title and (named := _subject_before(st, ca)):
            # `…春节系列活动由区委、区政府主办,于12月20日至2月12日在我区各景区开展`: where it
            # is done, then a verb; the clause before names it
            goes_on = named
        elif len(title) <= 3 and len(verb := title or naming.lead_strip(rest)) <= 4:
            # `…冰雪欢乐谷,将于本月25日前后试开园`: a verb alone, said of that clause's subject
            before = _said_of(st, ca)
            if before and len(before) <= 20 and not naming.VERB.search(before):
                goes_on = before + verb
    if _MOVED_ALONE.fullmatch(left) and len(title) <= 4 and ca > st.sentence_of(ca)[0]:
        # `原訂9月27日於…舉辦…發表會,順延至10月4日辦理`: what the clause before holds moves
        before, _, before_conf = naming.phrase_title(
            "", st.masked[slice(*st.clause(ca - 1, ca - 1))]
        )
        before = _BECAUSE.sub("", before)  # (`…半程马拉松赛因场地调整`: the reason aside)
        goes_on = before if before and before_conf >= naming.CONF_VERB else goes_on
    if goes_on:
        title = goes_on
    elif _NTH_SITTING.fullmatch(title) and (
        what := _SITTING_IS.match(st.masked, *st.next_clause(said_to))
    ):
        title = f"{title}:{what['what']}"  # `第二场在6月27日,为市戏曲剧团“二人转”专场演出`
    elif conf < naming.CONF_VERB and not subject and not coming:
        # `…献血车将开进方庄社区,开展无偿献血活动`: the next clause says what happens;
        # `晚上6:40,在五楼报告厅,开展电影放映活动`: after the place's own clause
        na, nb = st.next_clause(said_to)
        # (not a clause with a day of its own: `…的文创市集,以及10月25日登场的美食节`; but
        # `2020年元旦放假1天,即1月1日(星期三)放假` says the day again)
        later, later_place, later_conf = (
            ("", None, 0.0)
            if _DAY_OF_ITS_OWN.search(st.text, na, nb) and st.text[na : na + 1] != "即"
            else naming.phrase_title("", st.masked[na:nb])
        )
        where = _WHERE_ONLY.fullmatch(rest.strip(BLANK + " "))
        if later and (later_conf >= naming.CONF_VERB or where and not naming.VERB.search(rest)):
            at = where or _AT_PLACE.fullmatch(rest.strip())
            place = place or later_place or (at.group("place") if at else None)
            title, conf = later, max(later_conf, conf)
        elif later and _VENUE.fullmatch(title) and HAPPENING.search(later, max(0, len(later) - 3)):
            # `1月31日至2月29日,二层展厅,2008年山西省图书馆职工迎新春摄影展;`: when, where, then
            # what, a name with no verb
            place, title, conf = place or title, later, naming.CONF_FIELD
    elif (
        conf < naming.CONF_VERB
        and not c.named
        and _WHO.fullmatch(subject)
        and not naming.lead_strip(rest)
    ):
        # `乐清汉服协会 2月21日18时30分,将举办元宵节活动`: who, when, then what they hold
        na, nb = st.next_clause(said_to)
        later, later_place, later_conf = naming.phrase_title("", st.masked[na:nb])
        if later and later_conf >= naming.CONF_VERB:
            title = later if subject in later else subject + later
            place, conf = place or later_place, later_conf
    if section and not place:
        place = section.group("place")
    row = st.notice.table_row(para) if conf < naming.CONF_VERB else None
    if row:
        title, place = row
    if c.named:
        around = TIME_OF_DAY_TAIL.sub("", st.text[a:b])
        # (not `春节期间,正月初三至初五`: a frame and the days it holds, two clauses)
        # (nor `2月24日是元宵节`: a day said to be the festival)
        said = c.named in around and len(around) <= 12 and not re.search(r"[,\d]", around)
        named = around if said else c.named
        if _DAY_SAID_TOO.search(named):
            named = ""  # `2020年9月28日至国庆节期间,…将举办…旅游节`: the festival bounds a run
        named = re.sub(r"(?:当天|当日|当晚|期间|前后|假期)+$", "", named.strip())
        if named and named not in title:
            title = named + title
    sa, sb = st.sentence_of(a)
    inline = _INLINE_NAME.search(st.text, sa, sb)
    if inline and conf < naming.CONF_VERB:
        title, conf = inline.group("name"), naming.CONF_FIELD  # `主讲:王教授 题目:…`
    if naming.is_generic(title):
        title = _named_before(st, ca, title) or title
    elif _BARE_START.fullmatch(title) and (opener := _OPENED_BY.match(st.text, sa)):
        # `甘肃农业大学学生报到注册时间为3月6日至7日,3月8日正式上课`: the school its sentence
        # opens with starts (a roundup's schools each on their day)
        title = opener["who"] + title
    title = naming.with_topic(title, st.topic)
    if not title:
        title = (
            st.notice.field_value(para.group, "name")
            or st.topic
            # `施工期限:自2021年8月12日至…止` on a page with no headline: what the label names
            or _LABEL_TAIL.sub("", label or "")
            # `二、管制时间:` over `6月22日:上午07:00—11:30 …` lines: what its heading names
            or _LABEL_TAIL.sub("", _time_heading_above(st, c.para))
            # `高雄灯会今年于爱河湾,2月7日起举办23天`: the date's clause is all time, the clause
            # before names a happening
            or _happening_said_of(st, ca)
        )
        conf = naming.CONF_WEAK
    return naming.shorten(title.replace(BLANK, "")), place, conf


def dedupe(events: list[Event], alike: float = _ALIKE) -> list[Event]:
    """Drop a repeated statement of one happening: same dates and a similar name, the same
    holiday twice (a bare day off inside a break is that break), or a
    deadline restating the last day of a window."""
    out: list[Event] = []
    for e in events:
        k = next((i for i, o in enumerate(out) if _same_happening(e, o, alike)), None)
        if k is None:
            out.append(e)
        else:
            kept, other = (e, out[k]) if _better(e, out[k]) else (out[k], e)
            out[k] = _completed(kept, other)
    return out


def _completed(e: Event, o: Event) -> Event:
    """Return ``e``, at the hours of ``o`` when only ``o`` states them for the same days, over
    ``o``'s run when ``e`` is only its first day (`2月25日,…芦笙节开幕` kept over `此次芦笙节从
    2月25日一直持续至3月3日`), and at its place when only ``o`` names one."""
    # (taking ``o``'s end, ``e`` is upcoming as ``o`` is)
    if _opening_of(e, o) or _first_day_of(e, o):
        start = o.start if e.all_day else e.start
        e = dataclasses.replace(e, start=start, end=o.end, upcoming=o.upcoming)
    elif _FIRST_PHASE.fullmatch(e.title) and _opening_of(o, e):
        # (`…暑托班正式开班` and `第一期…`: `…暑托班第一期`)
        e = dataclasses.replace(e, title=_OPENING_TAIL.sub("", o.title) + e.title)
    elif e.all_day and not o.all_day and day_of(e.start) == day_of(o.start):
        # (its opening hour only, when ``o`` ends before ``e``'s last day: `今日上午10点,…博览会
        # …开幕` with `展期为9月1日-6日`)
        end = o.end if day_of(o.end) == day_of(e.end) else e.end
        e = dataclasses.replace(e, start=o.start, end=end, upcoming=e.upcoming or o.upcoming)
    elif e.all_day and not o.all_day and _close_of(o, e):
        e = dataclasses.replace(e, end=o.end, upcoming=o.upcoming)  # (the run to its close's hour)
    if e.location is None and o.location is not None:
        e = dataclasses.replace(e, location=o.location)
    return e


def _better(e: Event, o: Event) -> bool:
    """True when ``e`` states a happening better than ``o``: the story's words over its
    summary's, a sentence of its own over one referring back, else a longer run of days, else
    a surer reading, else a name that says more (`某馆开放` over `开放`)."""
    if _summed_up(e) != _summed_up(o):
        return _summed_up(o)
    arrival = _arrival_for(o, e)
    if arrival != _arrival_for(e, o):
        return arrival  # (the happening, not when to arrive for it)
    field = _hours_field_of(o, e)
    if field != _hours_field_of(e, o):
        return field  # (the happening named, at the hours its field gives)
    if _measures_lead(e) != _measures_lead(o):
        return _measures_lead(o)  # (the line cut at its hours over the notice's lead)
    if _refers_back(e) != _refers_back(o):
        return _refers_back(o)
    if _span(e) != _span(o):
        return _span(e) > _span(o)
    if e.confidence != o.confidence:
        return e.confidence > o.confidence
    return len(e.title) > len(o.title) and e.title.endswith(o.title)


def _measures_lead(e: Event) -> bool:
    """True when ``e`` is a notice's title or lead over the measures it lists, with no hours of
    its own (`该局将于12月4日对临河部分区域进行停电施工`)."""
    return e.all_day and _MEASURES_NOTICE.search(e.title) is not None


def _refers_back(e: Event) -> bool:
    """True when ``e``'s sentence refers back to a happening told before (`活动期间,…`)."""
    return _REFERS_BACK.search(e.sentence or "") is not None


def _summed_up(e: Event) -> bool:
    """True when ``e`` is read from a page's summary line (`[摘要]本周五最后一场…`)."""
    return e.evidence.startswith(_SUMMARY)


def _span(e: Event) -> dt.timedelta:
    return day_of(e.end) - day_of(e.start)


def _same_happening(a: Event, b: Event, alike: float) -> bool:
    if a.kind is Kind.HOLIDAY and b.kind is Kind.HOLIDAY and a.article == b.article:
        # a bare day off inside a break (`6月18日(星期一)放假` in 端午's) is that break
        inner, outer = (a, b) if _span(a) <= _span(b) else (b, a)
        # (not a break of days of its own: `放假2天,即3月30日、31日` in a longer run)
        if (
            inner.title == "放假"
            and day_of(inner.start) == day_of(inner.end)
            and (
                day_of(outer.start) <= day_of(inner.start) <= day_of(inner.end) <= day_of(outer.end)
            )
        ):
            return True
    if a.kind is Kind.DEADLINE and b.kind is Kind.DEADLINE and a.start == a.end:
        if (
            day_of(a.end) == day_of(b.end)
            and day_of(b.start) < day_of(b.end)
            # (not a target of another work: `13条道路将于9月至年底前陆续通车` and `管网…计划
            # 年底前完成`)
            and (_dice(a.title, b.title) > 0 or not _COMPLETED.search(a.title))
        ):
            return True
    if _opening_of(a, b) or _opening_of(b, a) or _first_day_of(a, b) or _first_day_of(b, a):
        return True
    if _close_of(a, b) or _close_of(b, a):
        return True
    if (
        a.article == b.article
        and _summed_up(a) != _summed_up(b)
        and (day_of(a.start), day_of(a.end)) == (day_of(b.start), day_of(b.end))
    ):
        # a summary (`[摘要]本周五最后一场…海选来了`) and its story (`8月3日下午,…`), the
        # story's hours or not
        return True
    if _opening_hour_again(a, b) or _opening_hour_again(b, a):
        return True
    if _start_signal_of(a, b) or _start_signal_of(b, a):
        return True
    hours_only = _hours_of(a, b)
    if (
        a.all_day != b.all_day
        and a.title == b.title
        and (day_of(a.start), day_of(a.end)) == (day_of(b.start), day_of(b.end))
        and not _FESTIVAL_ALONE.fullmatch(a.title)
    ):
        # a page printing one paragraph twice, its hours read in one copy only (not a day and
        # what is held on it at its hours: `立冬` and `立冬当天上午8:30—11:30`)
        return True
    if _arrival_for(a, b) or _arrival_for(b, a):
        return True  # (who is to be there by when: the happening's own)
    if _opening_said_twice(a, b) or _opening_said_twice(b, a):
        return True  # (its ceremony's hour)
    if (a.start, a.end) != (b.start, b.end) and not hours_only:
        return False
    if (
        not a.all_day
        and not b.all_day
        and a.article == b.article
        and _span(a)
        and not (_two_items(a.title, b.title) and bigrams(a.title) & bigrams(b.title))
    ):
        # the same hours over days, however named (`将于11月26日22:00起进行为期36小时的停气…`
        # and `应急供气实施时间:2014年11月26日22:00时至2014年11月28日10:00时`): one happening
        # (not two places' works: `对广州路…管道进行停水施工`, `对迎宾南大道…管道进行停水施工`)
        return True
    if (
        _span(a)
        and a.article == b.article
        and any(a.title[k : k + 3] in b.title for k in range(len(a.title) - 2))
        and not _two_items(a.title, b.title)
    ):
        # the same run of days told twice, named alike (`金城镇民代表会将于今日起,召开一连为期
        # 三天的…临时会` and `议程预计从一月十四日起,至一月十六日为止` under `金城镇代会今起召开
        # 临时会`)
        return True
    timed = b if a.all_day else a
    if hours_only and naming.is_generic(_THIS_ONE.sub("", timed.title)) and _refers_back(timed):
        # `市文明委决定3月5日举办…广场活动。此次活动将于3月5日上午8点半至10点半…举行`: its hours
        return True
    if hours_only and _hours_field_of(timed, b if timed is a else a):
        # `「…車展」將於11月9日至10日,在塔石廣場舉行` and `車展開放時間為11月9日下午3時至…`:
        # its hours, under a field the subject opens
        return True
    if (
        hours_only
        and timed.title + "时间" in (timed.evidence or "")
        and not STOPS.search(timed.title)
    ):
        # `2015年1月1日晚,…焰火晚会又将与市民见面` and `燃放时间为2015年1月1日晚8时30分`:
        # its hours under a time field's word (not a measure's: `…啤酒节…举行` and `二、管制
        # 时间 8月5日至8月15日,每日18时至…` are two)
        return True
    if a.kind is Kind.HOLIDAY and b.kind is Kind.HOLIDAY:
        return True
    if (
        isinstance(a.start, dt.datetime)
        and (a.start, a.end) == (b.start, b.end)
        and a.start != a.end
        and a.article == b.article
        and any(_NOTICE_OF.match(e.evidence) for e in (a, b))
    ):
        # `关于2020年10月28日9:00至10月29日8:00大庆河给水管道迁改工程项目的停水通知` and
        # `…将于2020年10月28日9:00至10月29日8:00对台江区工业路给水管线进行改造施工`: one
        # window to the minute, in a notice's title and its text (but two areas' cuts at the
        # same hours are two: `10月31日7时至19时,皇姑区;10月31日7时至19时,沈河区`)
        return True
    if hours_only and any(_MEASURES_NOTICE.search(e.title) for e in (a, b) if e.all_day):
        # `2024年4月19日新区北区停水通知`, `19日,以下区域将停水10小时:` over `4月19日8:30—18:30
        # 长春北湖开发区…`: the notice's title or its lead, the measure at its hours
        return True
    if hours_only and _MEASURE_END.search(a.title) and a.title[-4:] == b.title[-4:]:
        # `在高考期间对辖区涉考路段实行交通管制` and `一、交通管制时间` / `2024年6月7日至6月9日` /
        # `上午7:30—12:30`: one measure, its hours told under a heading
        return True
    short, long_ = sorted((a.title, b.title), key=len)
    during = long_.find("期间")
    if during > 0 and short in long_[:during]:
        return False  # `…迎新跑活动期间对周边道路实施交通管制`: a measure during the run
    if _dice(a.title, b.title) >= alike and not _two_items(a.title, b.title):
        return True
    if len(short) >= 2 and long_.endswith(short) and a.article == b.article:
        return True  # `开放` and `广富林考古遗址展示馆开放` on one day: the one named in full
    if hours_only and len(short) >= 3 and short in long_:
        return True  # `组织百姓城管` and `百姓城管上街大扫除活动` at its hour: one told twice
    if hours_only and short in ("管制", "封闭", "限行") and short in long_:
        # `啤酒节期间对英雄南路部分路段实行临时交通管制措施` and `二、管制时间 8月5日至8月15日,
        # 每日18时至…`: the measure, its hours under its field
        return True
    # one story restating a span of days about those it told of (`9月4日、5日,他们将在…上演`,
    # `9月4日、5日,这些乐队每天演出6小时`; named as a series: `…将举行A、B等一系列丰富多彩
    # 的活动`): one happening, however its sentences name it
    return (
        not isinstance(a.start, dt.datetime)
        and day_of(a.start) < day_of(a.end)
        and a.article == b.article
        and Kind.DEADLINE not in (a.kind, b.kind)
        and Kind.HOLIDAY not in (a.kind, b.kind)
        and (_refers_back(a) or "一系列" in a.title)
    )


# a festival or observance named alone (`第六个中国农民丰收节`)
_FESTIVAL_ALONE: Final = rx.compile(
    r"(?:第[一二三四五六七八九十\d]{1,3}个|今年)?(?:中国|全国|国际|世界)?"
    + f"(?:{FESTIVAL.pattern})"
)


# a run from a day to a named day (`2020年9月28日至国庆节期间`, `即日起至春节期间`)
_DAY_SAID_TOO: Final = rx.compile(r"(?:日|号|即日起?|今起|今天起?)(?:起)?(?:至|到)")

# a lead or a delay before the day it comes to, in brackets (`提前一周(10月25日)`)
_GLOSSED: Final = rx.compile(r"(?:提前|延后|推迟|推后|顺延)[^,，。;；(（]{0,4}[(（]$")

# what those taking part are told to do before a happening starts
_ARRIVAL: Final = rx.compile(r"入场|就座|就坐|到场|集合|签到|穿好|候场")
# a field of hours opened by its subject (`車展開放時間為`, `展览时间:`)
_HOURS_FIELD: Final = rx.compile(
    r"(?:^|[,，。;；\s])(?!(?:开放|营业|展出|活动|举办)时间)(?P<s>[\u4e00-\u9fff]{2,6}?)"
    r"(?:开放|营业|展出|活动|举办)?时间(?:为|是|[:：])"
)
# a notice's title (`关于…给水管线施工的停水公告`)
_NOTICE_OF: Final = rx.compile(r"关于[^。;；]{4,80}的[\u4e00-\u9fff]{0,6}(?:通知|公告|通告)\s*$")


# a notice of a measure, or a lead pointing to its list (`新区北区停水通知`, `以下区域停水10小时`)
_MEASURES_NOTICE: Final = rx.compile(
    r"(?:停水|停电|停气|交通管制|封闭施工)(?:的)?(?:通知|公告|通告)$|^(?:以下|下列)[^,，]{0,8}"
    r"(?:停水|停电|停气)"
    # (or part of an area, its lines told after it: `该局将于12月4日对临河部分区域进行停电施工`)
    r"|部分(?:区域|地区|片区)(?:进行)?(?:停水|停电|停气)"
)
# a measure a notice takes, ending a name (`辖区涉考路段交通管制`, `…3条道路禁止通行`)
_MEASURE_END: Final = rx.compile(r"(?:交通管制|交通管控|禁止通行|封闭施工|临时停电|计划停电|停水)$")


def _hours_of(a: Event, b: Event) -> bool:
    """True when one of two happenings of one story only adds hours to the days of the other
    (`6月7日至6月8日,…交通管制` and `6月7日和8日的9时至11时30分,15时至17时,以下路段将实行交通
    管制`); never a holiday and what is held on it, nor a happening and its ceremony."""
    return (
        a.all_day != b.all_day
        and a.article == b.article
        and (day_of(a.start), day_of(a.end)) == (day_of(b.start), day_of(b.end))
        and Kind.HOLIDAY not in (a.kind, b.kind)
        and not any(_FESTIVAL_ALONE.fullmatch(e.title) for e in (a, b))
        and (_CEREMONY.search(a.title) is None) == (_CEREMONY.search(b.title) is None)
    )


def _arrival_for(a: Event, b: Event) -> bool:
    """True when ``a`` only says by when those taking part in ``b`` are to arrive or be seated
    that day (`请全体毕业生于6月20日上午8:00前…穿好学位服`, `8:30前入场完毕并…就座` for the
    ceremony at 9:00)."""
    return (
        a.kind is Kind.DEADLINE
        and not a.all_day
        and a.start == a.end
        and a.article == b.article
        and day_of(a.start) == day_of(b.start)
        and (b.all_day or a.start <= b.start)
        and _ARRIVAL.search(script.simplify(a.evidence)) is not None
    )


def _hours_field_of(timed: Event, other: Event) -> bool:
    """True when ``timed`` is read from a field of hours whose subject names ``other``
    (`車展開放時間為…` for `「第71屆澳門格蘭披治大賽車車展」`)."""
    field = _HOURS_FIELD.search(script.simplify(timed.evidence or ""))
    return field is not None and field["s"] in script.simplify(other.title)


def _opening_said_twice(a: Event, b: Event) -> bool:
    """True when ``a`` says the happening ``b``'s ceremony opens opened that day (`今天(19日)上午,
    第十一届…开游节在浙江宁海开幕` and `今天上午8点整,第十一届…开游节…开幕式在…举行`)."""
    return (
        a.all_day
        and not b.all_day
        and a.article == b.article
        and (day_of(a.start), day_of(a.end)) == (day_of(b.start), day_of(b.end))
        and _CEREMONY.search(a.title) is None
        and _CEREMONY.search(b.title) is not None
        and len(a.title) >= 4
        and a.sentence != b.sentence  # (not `本月5日是首个“社区清洁日”,当天上午8时,…举行启动仪式`)
        and a.title in (b.sentence or b.title)
        and _OPENS.search(a.evidence) is not None
    )


# an hour something starts from (`2023年4月2日6:40起,…路段…禁止其他车辆通行`): a measure of its
# own, no hour said again
_FROM_THE_HOUR: Final = rx.compile(r"(?:\d{1,2}:\d{2}|\d{1,2}[时点](?:\d{1,2}分)?)起")


def _opening_hour_again(a: Event, b: Event) -> bool:
    """True when ``a``, an hour, only says again when ``b``, hours of the same day from that
    hour, opens, naming it by a word of its name (`参加义诊的市民可以在8月16日上午8时到现场`
    and `…大型义诊活动将于8月16日(周三)上午8时到11时…举行`); not a happening named by its
    verb (`嘉年华活动将于…上午8时举行` and `8:00至14:00,…公交线路将有所调整`) nor a measure
    from its hour (`6:40起,…禁止其他车辆通行` and `6:40-11:20,…路口允许…车辆左转`)."""
    return (
        isinstance(a.start, dt.datetime)
        and a.confidence < naming.CONF_VERB
        and a.start == a.end == b.start != b.end
        and day_of(b.end) == day_of(a.end)
        and a.article == b.article
        and _dice(a.title, b.title) > 0
        and not _FROM_THE_HOUR.search(a.evidence)
    )


# a label's colon after blanked pinyin (`国庆节     :放假调休`)
_SPACED_COLON: Final = rx.compile(r"\s+[:：]\s*")
# a clause that only says where (`二层展厅`, `主楼二、三层`, `山西省图书馆报告厅`)
_VENUE: Final = rx.compile(
    r"(?![^,，;；。:：]*?(?:将|还|在|于|走进|来到|前往))"  # (not `音乐节还将走进万达广场`)
    r"[^,，;；。:：]{0,16}?(?:厅|馆|层|楼|室|广场|公园|剧院|剧场|礼堂|舞台|会场|体育场|中心)"
)
# the start signal given at an hour (`4月10日早上8点,随着发令枪响起,参赛选手们…`), in the page's
# own script
_START_SIGNAL: Final = rx.compile(START_SIGNAL + r"|[鸣鳴][枪槍](?:[开開]跑|起跑|[开開][赛賽])")


def _start_signal_of(a: Event, b: Event) -> bool:
    """True when ``a`` only gives the hour the start signal of ``b``, a day's happening of the
    same story, was given (`4月10日早上8点,随着发令枪响起,…` and `4月10日,…渭南马拉松赛…举行`)."""
    return (
        isinstance(a.start, dt.datetime)
        and b.all_day
        and day_of(a.start) == day_of(a.end) == day_of(b.start) == day_of(b.end)
        and a.article == b.article
        and _START_SIGNAL.search(a.evidence) is not None
    )


def _opening_of(a: Event, b: Event) -> bool:
    """True when ``a`` tells only that ``b`` opens on its first day (`本月10日,…桃花美食节将在…
    开幕` and `桃花美食节…将从3月10日持续到4月10日`): an opening ceremony is its own event."""
    return (
        day_of(a.start) == day_of(a.end) == day_of(b.start) != day_of(b.end)
        and a.article == b.article
        and (
            len(b.title) >= 3
            and b.title in a.title
            or _shared_name(a.title, b.title)
            or _shared_quote(a.sentence, b.sentence)
            # (`…名城博览会将于9月22日拉开帷幕,…今年的名城会…从22日到28日天天有节目`: its run
            # told on in the sentence, named alike)
            or a.sentence == b.sentence
            and bool(bigrams(a.title) & bigrams(b.title))
            # (`本次活动将于7月31日开幕`: the one the story told)
            or _THIS_ONE.match(a.title) is not None
            and naming.is_generic(_THIS_ONE.sub("", a.title))
            # (`今天(7月3日),…暑托班正式开班` and `第一期7月3号到7月21号`: its first phase)
            or _FIRST_PHASE.fullmatch(b.title) is not None
        )
        and _OPENS.search(a.sentence or a.evidence) is not None
        and _CEREMONY.search(a.sentence or a.evidence) is None
    )


def _close_of(a: Event, b: Event) -> bool:
    """True when ``a`` tells only that ``b`` ends on its last day, named alike in the same
    story (`将于3月17日24:00停止供热` and `本采暖期从2016年11月15日开始到2017年3月17日结束`)."""
    return (
        day_of(a.start) == day_of(a.end) == day_of(b.end) != day_of(b.start)
        and a.article == b.article
        and _CLOSES_RUN.search(a.evidence) is not None
        and _CEREMONY.search(a.evidence) is None
        and not _UNTIL_END.search(a.evidence)  # (`12月27日6:00至活动结束`: its own run)
        and bool(_words(a.sentence or a.evidence) & _words(b.sentence or b.evidence))
    )


def _words(text: str) -> set[str]:
    """Return the character pairs of ``text``'s words, its dates and the words of ends aside."""
    return bigrams(_NOT_WORDS.sub(" ", text))


def _first_day_of(a: Event, b: Event) -> bool:
    """True when ``a`` gives only the first day of ``b``, named alike in the same story (a
    headline's `今起闭馆!` over `闭馆时间自2023年6月8日至7月23日`; `山西博物院8月9日起延时闭馆`
    over `自8月9日起至8月31日,山西博物院调整开放时间`: a run from that day, named by its
    subject)."""
    if not (a.start == a.end == day_of(b.start) != day_of(b.end) and a.article == b.article):
        return False
    if a.title == b.title:
        return True
    said = script.simplify(a.evidence)
    if _START_FIELD.match(said):
        return True  # a notice's start field: `開始 日期 :  2019-08-19` under `2019-08-19 - …`
    if _FROM_DAY.search(said) is None:
        return False
    # `22日起该市将临时封闭主桥部分车道` over `22日凌晨起至25日,…封闭…左侧主车道`: a lead summing
    # up the runs told after it, from their first day (`明天起,我省高考开始网上报名` over
    # `…考生网上填报信息时间均为2017年11月8日至16日`)
    return (len(a.title) >= 3 and b.title.startswith(a.title)) or (
        a.sentence != b.sentence and bool((bigrams(a.title) & bigrams(b.title)) - _VERBS_SHARED)
    )


# a notice's field giving the first day of what it announces
_START_FIELD: Final = rx.compile(r"\s*开始\s*日\s*期\s*[:：]")
# a day from which (`22日起`, `明天起`, `今起`, `3月7日開放個別報名`)
_FROM_DAY: Final = rx.compile(r"[日天今明]起|日开(?:放|始)")

# what two names may share and still name two happenings (`暂停受理新的申请`, `暂停接待游客`)
_VERBS_SHARED: Final = frozenset("暂停 开放 举办 举行 开展 活动 实施 进行 启动 停止 恢复".split())


def _shared_quote(a: str, b: str) -> bool:
    """True when two sentences name the same happening by a quoted name (`一年一度的千佛山“三月三”
    民俗文化庙会…将于本周六拉开帷幕` and `今年千佛山“三月三”庙会的举办时间为3月25日至4月4日`)."""
    named = {(m["q"], m["n"]) for m in _QUOTED_HAPPENING.finditer(b) if m["n"] not in _SORTS}
    return any((m["q"], m["n"]) in named for m in _QUOTED_HAPPENING.finditer(a))


def _shared_name(a: str, b: str) -> bool:
    """True when two titles hold the same name of a festival, fair or show (`陶楼桃花节` and
    `长丰·陶楼第七届桃花节`: `桃花节`; `…忠橙文化旅游月` and `…第五届忠橙文化旅游月活动`), three
    characters or more."""
    return any(
        a[k] in _NAME_ENDS
        and (a[k] != "市" or a[k - 1] in "花夜集年")
        and (a[k] != "月" or a[k - 1] in _MONTH_NAMED_BY)
        and a[k - 2 : k + 1] in b
        for k in range(2, len(a))
    )


_QUOTED_HAPPENING: Final = rx.compile(r"(?P<q>“[^“”]{2,20}”)" + NAMED_BY_QUOTE)
# what names no one happening (`“最美家庭”…活动`, `…展`, `…赛` are many)
_SORTS: Final = ("赛", "活动", "展")
_POINTS_BACK: Final = ("以下", "下列", "上述", "如下")
# an edition's year opening a name (`2016衡水湖国际马拉松赛`)
_EDITION_YEAR: Final = rx.compile(r"^(?:19|20)\d{2}年?")


def _two_items(a: str, b: str) -> bool:
    """True when two names differ in a middle of their own each, whose first characters share
    none (`宁国市职工乒乓球比赛`, `宁国市职工钓鱼比赛`; `广州路直径600毫米管道停水施工`,
    `迎宾南大道直径800毫米管道停水施工`; `夏东村龙舟赛`, `夏北村龙舟赛`): two items of one
    list, not one told twice."""
    # (`2016衡水湖…`, `衡水湖…`; `“2025年大沙河…”`, `2025年大沙河…观赛`)
    a, b = (_EDITION_YEAR.sub("", name.strip("“”")) for name in (a, b))
    if a in b or b in a:
        return False  # (`重阳节文艺演出` within `墩集镇重阳节文艺演出方案`: one named twice)
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[head:][::-1], b[head:][::-1]]))
    rest_a, rest_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if rest_a.startswith(_POINTS_BACK) or rest_b.startswith(_POINTS_BACK):
        return False  # (`以下路段实行交通管制`: the roads listed, not another item)
    # (one character each when the rest is shared: `夏东村龙舟赛`, `夏北村龙舟赛`; `湖州市`,
    # `温州市`)
    least = 1 if head + tail >= min(4, len(a) - 1, len(b) - 1) >= 2 else 2
    return (
        len(rest_a) >= least
        and len(rest_b) >= least
        and not set(rest_a[:3]) & set(rest_b[:3])
        # (not one name's words in another order: `2017年某县“…”龙舟大赛`, `“…”某县龙舟大赛`)
        and not (head + tail >= 2 and (set(rest_a) <= set(rest_b) or set(rest_b) <= set(rest_a)))
    )


def _dice(a: str, b: str) -> float:
    ga, gb = bigrams(a), bigrams(b)
    if not ga or not gb:
        return 0.0
    return 2 * len(ga & gb) / (len(ga) + len(gb))

"""Clock times joined to their dates: a time in the date's clause or the next sentence, a daily
time over a range, a time line shared by a list of dated items, opening and closing times.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .. import rx
from ..layout import ITEM_SYMBOLS
from ..model import Moment, day_of
from ..reader import bigrams
from ..timex.patterns import BRACKET_CLOSED
from ..triggers import HOLD_VERBS
from .candidate import Candidate, with_day, within_days
from .cues import (
    CLOSING_FIELD,
    ENDS,
    EVERY_DAY,
    ITEM_THEN_HOURS,
    LIST_GAP,
    NEXT_DAY_CLOCK,
    ONE_DAY,
    OPENING_HOURS_SAID,
    START_SIGNAL,
    STOPS,
)
from .story import StoryText

# an opening time, then its closing time (`每天上午10时开门,晚上9时闭市`, `每日18:30开启,…关闭`)
_OPENS: Final = rx.compile(r"\s*(?:开门|开放|开园|开市|开馆|开始|营业|开启|亮灯)\s*[,，]\s*")
_CLOSES: Final = rx.compile(r"\s*(?:闭市|闭园|闭馆|关门|结束|收市|散场|停止|关闭|熄灯|关灯)")

_OPEN_LABEL: Final = rx.compile(
    r"(?:开灯|亮灯|开放|开馆|开园|开市|营业|开始)时间(?:为|是)?\s*[:：]?\s*$"
)
_CLOSE_LABEL: Final = rx.compile(
    rf"\s*[,，;；]\s*{CLOSING_FIELD}(?:统一)?"
    r"(?:为|是|(?:延长|推迟|调整|提前)(?:至|到|为))?\s*[:：]?\s*"
)

_RACE_STARTS: Final = rx.compile(r"\s*(?:鸣枪|发枪)?(?:起跑|开跑|开赛|出发)")

# the end a run until a happening ends is expected at, said in brackets after it
_END_ESTIMATED: Final = rx.compile(
    r"至[^,，。;；(（]{0,8}结束\s*[(（]\s*预计(?:结束)?(?:时间)?(?:为|在)?\s*$"
)

_PER_SESSION: Final = rx.compile(r"每场|每次|每期")
# (what several happenings a number counts share, before 均: `3个彩灯会均于`)
_EACH_BEFORE: Final = rx.compile(
    r"(?:\d{1,2}|[两二三四五六七八九十])[个场项][^,，。;；\d]{0,2}?(?P<what>[\u4e00-\u9fff]{2,4})"
    r"(?:均|都|皆)(?:于|在|将于|将在)?$"
)
# (or held at its places in turn: `…将于本月十七日至十九日…晚上七时半至十时半,分别于…举办綵灯会`)
_SESSIONS_SAID: Final = rx.compile(_PER_SESSION.pattern + "|分别")

# `自12月1日起,供餐时间调整为午餐11:00至13:00`: the hours kept from that day on
# (`1月17日起,市图书馆将实行寒假开馆时间,上午9时30分开馆`: hours from then on)
_HOURS_SET: Final = rx.compile(
    r"(?:时间|时段)[^。;；]{0,16}?(?:调整|变更|改)为|作息时间|(?:实行|执行)[^。;；,，]{0,8}?时间"
)

# `端午习俗`, `端午文化内涵`, `与国庆节相隔不到一周`: the festival as a topic or a yardstick
# `考试期间,每天7:00至18:00`: the range of the happening named before 期间
_DURING_BEFORE: Final = rx.compile(r"(?P<w>[\u4e00-\u9fff]{2,4}?)期间[,，]?\s*(?:每天|每日|每晚)?$")

# `考试首日上午8:30开考`: the first day of the happening named before 首日
_FIRST_DAY_BEFORE: Final = rx.compile(r"(?P<w>[\u4e00-\u9fff]{2,4}?)(?:首日|第一天)$")

# a clause giving hours after the clause naming what is done (`…实行临时交通管制,时间为12时…`)
_HOURS_LABEL: Final = rx.compile(r"\s*(?:时间|时段)(?:为|是)?\s*[:：]?\s*")

_PHONE: Final = rx.compile(r"电话|热线|\d{7,}")

_DAILY_HOURS: Final = rx.compile(r"每[天日晚]|工作日|办理时间为|开放时间为")

_UNTIL_TIME: Final = rx.compile(r"(?:持续|延续|进行|一直)(?:至|到)$")

# a timetable's times, not a start: `末班车23:00`, `11路末班时间为11点`, `运营到上午11点后收班`,
# `首班发班时间由5点50分推迟至6点58分` (but `首班车6:00发车` on an opening day starts it)
_LAST_SERVICE: Final = rx.compile(r"末班|收班|运营(?:到|至)|首班[车发班]*时间[为是由]")

# an item of a list (`(一)`, `1.`, `二、`, `❶`, `①`) and what it says is done
_ITEM_MARK: Final = rx.compile(
    r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、"
    rf"|[{ITEM_SYMBOLS}❶-❿])"
)
# a schedule's line opening with its time (`–十四时,`), bulleted or not
_SCHEDULE_LINE: Final = rx.compile(rf"\s*[-–—•·*{ITEM_SYMBOLS}]?\s*")
_BULLET: Final = rx.compile(rf"\s*[•·{ITEM_SYMBOLS}]")
_SCHEDULE_NAMED: Final = rx.compile(r"预告|行程|日程|议程|时间表|安排如下")
_THEN_WHAT: Final = rx.compile(r"\s*[,，]\s*[^\d\s,，]")
_TIME_LABEL: Final = rx.compile(r"\s*(?:活动)?时间\s*[:：]")
_ITEM_ACT: Final = rx.compile("|".join(sorted(HOLD_VERBS)) + r"|管制|封闭|停电|停水|限行|施工")
# a measure a list's lead applies to its items (`…以下路段…禁止…通行:`)
_LEAD_MEASURE: Final = rx.compile(r"管制|封闭|禁止|限行|停电|停水|停运|施工")

_HOTLINE: Final = rx.compile(r"电话|热线|工作日|\d{7,}")

_TIME_LINE: Final = rx.compile(r"[\u4e00-\u9fff]{0,8}时间(?:为|是|:|：)?")

_UNTIL_ONLY: Final = rx.compile(r"(?:持续|延续|延长|开放|营业|进行)(?:至|到)$")

# a place's hours changed (`停止入馆时间由16:30延时至17:30`, `开放时间从9点调整为8点半`)
# (or a service's first or last run: `最早發車時間自清早五點四十五分延為上午八點,收班則從晚上九點半
# 提前至七點半`)
_HOURS_CHANGED: Final = rx.compile(
    r"(?:时间|首班|末班|收班|头班)[则也]?(?:由|从|自)[^,，。;；]{0,12}?"
    r"(?:延时|延长|推迟|提前|调整|改|延)(?:至|到|为)"
)

# the label of a happening's starting hour (`开球时间`, `开演时间`)
_STARTS_LABEL: Final = rx.compile(r"(?:开球|开赛|开演|开幕|开场|起跑|鸣枪|比赛|演出)$")

# what parts the dates of a list (`10月2日、10月4日`, `3月31日,4月1日`), each item labelled
# (`第一期7月8日至7月24日，第二期7月27日至8月14日，每天上午8:30至下午4:30`)
_DATES_GAP: Final = rx.compile(
    rf"{LIST_GAP.pattern}|[,，]|[,，;；]\s*第[一二三四五六七八九十\d]{{1,2}}(?:期|场|場|批|阶段|階段)\s*[:：]?"
)
# a sitting said to be held or staged (`每天19时…都将奉上一台演出`)
_STAGED: Final = rx.compile("|".join(sorted(HOLD_VERBS)) + r"|演出|表演|放映|奉上|献上")

# when entry closes or one may leave, a rule of the sitting and no happening of its own:
# `(16:00停止入场)`, `9:15禁止考生入场`, `11:00后考生可提前交卷出场`
_LAST_ADMISSION: Final = rx.compile(
    r"\s*(?:后|以后)?(?:考生|观众|游客|读者)?(?:"
    r"(?:停止|截止|禁止|不得|不再|不准)(?:考生|观众|游客)?(?:入场|入园|入馆|售票|检票|进场|入内|进入考场)"
    r"|可(?:以)?提前(?:交卷)?(?:出场|离场|退场|离开))"
)


# hours said under their label to hold each day (`亮燈時間為每日晚上6時30分至11時`, `管制时间为
# 每天7:30至18:30`; not a rule's, `每天7时至22时外出遛犬须束犬链`, nor a place's, `开园后,园区每天
# 11:00至21:30开放`)
_DAILY_BEFORE: Final = rx.compile(
    r"(?:时间|時間)\s*(?:均|都)?\s*(?:为|為|是|:|：)\s*每[天日晚](?:的)?(?:上午|下午|晚上|早上|中午)?$"
)


def attach_times(st: StoryText, cands: list[Candidate], times: list[Candidate]) -> list[Candidate]:
    """Give dated candidates their clock times; return the candidates (some new)."""
    cands, times = _open_close(st, cands, times)
    out = list(cands)
    shared: dict[int, Candidate] = {}
    items: dict[int, Candidate] = {}  # the programme items made so far, by paragraph
    schedules: set[int] = set()  # the leads of schedules named as such
    for t in times:
        item = items.get(t.para)
        if item is not None:
            # `16:30—16:50、17:30—17:50、18:30—18:50,…举办古装巡游`: the item's last session
            if isinstance(item.end, dt.datetime) and _clock_of(t.end) > item.end.time():
                item.end = dt.datetime.combine(day_of(item.end), _clock_of(t.end))
            continue
        row = _dated_row_above(st, out, t)
        if row is not None:
            out.append(_timed_copy(row, t))  # `4月21日 | 9:30 | …` / `10:00 | … | 芦笙打同年`
            continue
        if _each_named(st, out, t):
            continue  # `首个春节彩灯于2月19日…举行,…` / `3个彩灯会均于晚上7时30分至10时30分举行`
        lead = _lead_of_items(st, out, t, items)
        if lead is None and (lead := _day_of_schedule(st, out, t, items)) is not None:
            lead_para = st.paragraphs[lead.para]
            if _SCHEDULE_NAMED.search(st.text, lead_para.start, lead_para.end):
                schedules.add(id(lead))  # (a schedule's name, not a happening: its items are)
        if lead is not None:
            items[t.para] = _range_copy(lead, t)
            out.append(items[t.para])
            continue
        target = _date_for_time(st, out, t)
        if target is not None and target.timed and target.sentence == t.sentence:
            _afternoon_as_before(target, t)  # `2:30在…参加预备会议,3:00参加视察`: 15:00
        if (
            target is not None
            and day_of(target.end) > day_of(target.start)
            and st.text[t.span[0] - 1 : t.span[0]] in ("至", "到")
        ):
            continue  # `持续至2月25日,其中春节期间延长开放至晚上8点`: a changed closing hour
        if (
            target is not None
            and day_of(target.end) == day_of(target.start)
            and (
                (hours := OPENING_HOURS_SAID.search(st.text, st.clause(*t.span)[0], t.span[0]))
                or ("from" in target.flags and _HOURS_SET.search(st.text, *target.sentence))
            )
        ):
            # `冰场将于12月30日开放,开放时间为每天9:00至17:00`: its hours from then on; but
            # the day's own when not said daily (`将于年初七2月4日维持开放,开放时间为上午10时
            # 至下午6时`)
            if (
                hours is not None
                and not target.timed
                and "from" not in target.flags
                and t.start != t.end
                and target.sentence == t.sentence
                and not EVERY_DAY.search(st.text, hours.end(), t.span[0])
            ):
                _set_clock(target, t, daily=False)
            continue
        if _LAST_SERVICE.search(st.text, max(st.clause(*t.span)[0], t.span[0] - 10), t.span[0]):
            continue  # `首班车6:00发车,末班车23:00发车`: the day's last service, not a start
        if (
            target is not None
            and not target.timed
            and t.start == t.end
            and _UNTIL_ONLY.search(st.text, max(0, t.span[0] - 6), t.span[0])
        ):
            continue  # `当晚,公园将延长开放至23时`: a closing hour, not a start
        if _LAST_ADMISSION.match(st.text, t.span[1]):
            continue  # `9:00—17:00开放(16:00停止入场)`: the last admission
        changed = _HOURS_CHANGED.search(st.text, *st.clause(*t.span))
        if changed is not None and not (
            t.span[0] >= changed.end()
            and _STARTS_LABEL.search(st.text, max(0, changed.start() - 2), changed.start())
        ):
            # `闭馆时间由17:00延时至18:00`: a place's hours changed, no happening (but
            # `开球时间由原先的16时调整为19时`: the hour a match now starts)
            continue
        ceremony = _ceremony_of_run(st, out, t) if target is None else None
        if ceremony is not None:
            out.append(ceremony)  # `…历时5天的…会议…闭幕。` / `下午5时,闭幕大会开始。`
            continue
        first = _first_day_of(st, out, t)
        if first is not None:
            out.append(_timed_copy(first, t))  # `展销会首日上午9时将举行…颁奖`
            continue
        run = _run_of_daily_hours(st, out, t) if target is None else None
        if run is not None:
            # `…至10月7日…。亮燈時間為每日晚上6時30分至11時`: the run's daily hours
            _set_clock(run, t, daily=True, keep_span=True)
            continue
        if target is None:
            day = (
                _day_of_next_sentence(st, out, t)
                or _day_of_items(st, out, t)
                or _day_of_measure(st, out, t)
            )
            one = None if day is not None else _day_of_the_one_happening(st, out, t)
            if one is not None and _LEAD_MEASURE.search(st.text, *st.clause(*one.anchor)):
                # `9月16日本市将对淮海路等部分路段采取临时交通管制措施:` / `10:00至21:30龙门路…
                # 实施临时交通管制。` / `19:00至21:30淮海中路…`: one measure's window, from
                # its first hour to its last
                _widen_to(one, t)
                continue
            day = day or one
            during = None if day is not None else _named_range(st, out, t, _DURING_BEFORE)
            if day is not None:
                out.append(_timed_copy(day, t))
            elif during is not None:
                out.append(_range_copy(during, t))  # `考试期间,每天7:00至18:00,…交通管制`
            elif _shared_time_line(st, t):
                shared.setdefault(st.paragraphs[t.para].group, t)
            elif _todays_hour(st, out, t):
                out.append(t)  # `天文台將在下午12時40分改發3號強風訊號`: a same-day bulletin's
            elif not _done_by_items(st, out, t) and not _daily_for_items_below(st, out, t):
                _daily_over_list(st, out, t)
        elif target.timed and _same_session(st, target, t):
            # `上午9:00—11:30,下午1:30—4:00`: one happening in two sittings.
            target.end = with_day(t.end, day_of(target.end))
            target.span = (target.span[0], t.span[1])
        elif (
            target.timed
            and target.start == target.end
            and t.start == t.end
            and isinstance(target.start, dt.datetime)
            and isinstance(t.start, dt.datetime)
            and t.start.time() > target.start.time()
            and _UNTIL_TIME.search(st.text, max(0, t.span[0] - 3), t.span[0])
        ):
            # `当天上午9时…举办大集,…活动持续至下午4时`: its closing time
            target.end = with_day(t.start, day_of(target.end))
        elif (
            target.timed
            and day_of(target.end) > day_of(target.start)
            and not isinstance(target.end, dt.datetime)
            and t.start == t.end
            and BRACKET_CLOSED.fullmatch(st.text, target.span[1], t.span[0])
        ):
            # `今日上午10時起,至周六(14日)下午6時`: the hour its last day, glossed, closes at
            target.end = with_day(t.start, day_of(target.end))
            target.span = (target.span[0], t.span[1])
        elif (
            target.timed
            and day_of(target.end) > day_of(target.start)
            and not isinstance(target.end, dt.datetime)
            and LIST_GAP.fullmatch(st.text, target.span[1], t.span[0])
        ):
            # `1月1日至3日每天上午10时、下午3时各一场`: sessions from the first time on the
            # first day to the last time on the last day
            target.end = with_day(t.end, day_of(target.end))
            target.span = (target.span[0], t.span[1])
        elif (
            target.timed
            and day_of(target.end) > day_of(target.start)
            and not isinstance(target.end, dt.datetime)
            and t.end != t.start
            and EVERY_DAY.search(st.text, max(0, t.span[0] - 3), t.span[0])
        ):
            # `2月8日晚6时亮灯,…持续至2月16日,每天18:00至22:30开放`: the last day closes
            target.end = with_day(t.end, day_of(target.end))
        elif (
            target.timed
            and t.start == t.end
            and _END_ESTIMATED.search(st.text, max(0, t.span[0] - 16), t.span[0])
        ):
            # `10月11日(周日)09:00至比赛结束(预计时间12:45)`: the end it is expected at
            target.end = max(with_day(t.start, day_of(target.end)), target.start)
        elif target.timed and t.start == t.end and _CLOSES.match(st.text, t.span[1]):
            # `9:30在峡州大道鸣枪起跑,预计11:30结束`: its closing hour, or an earlier one
            # (`5月5日提前至16:00闭馆`); `(…延后半小时,即23时关灯)` notes another's, no happening
            closes = _clock_of(t.start)
            if day_of(target.start) == day_of(target.end) and (
                target.start == target.end
                and closes > _clock_of(target.start)
                or _clock_of(target.start) < closes < _clock_of(target.end)
            ):
                target.end = with_day(t.start, day_of(target.end))
            elif (
                "daily" in target.flags
                and _clock_of(target.end) == _clock_of(target.start) < closes
            ):
                # `9月21日—24日每天19:30开灯,21:00关灯`: each day's closing, the last day's end
                target.end = with_day(t.start, day_of(target.end))
        elif target.timed or _holds_its_own(st, target, t):
            # Another happening of the same day: `上午9时开幕式,下午2时讲座`;
            # `端午节当天,…将举行民俗巡游,下午3时起在码头举行传统游戏`.
            out.append(_timed_copy(target, t))
        elif day_of(target.end) > day_of(target.start) and st.text.startswith(
            "其中", st.clause(*t.span)[0]
        ):
            out.append(_range_copy(target, t))  # `…开放,其中市游泳馆每天8:00至12:00开放`
        else:
            every = EVERY_DAY.search(
                st.text, max(0, t.span[0] - 3), t.span[0] + 1
            ) or _PER_SESSION.search(st.text, max(0, t.span[0] - 4), t.span[0])
            _set_clock(target, t, daily=every is not None)
    for c in out:
        daily = None if c.timed else shared.get(st.paragraphs[c.para].group)
        if daily is not None:
            _set_clock(c, daily, keep_span=True)
    out.sort(key=lambda c: c.span)
    _per_session(st, out)
    for c, n in zip(out[-2::-1], out[::-1], strict=False):
        # `10月2日、10月4日下午2点`: the time after a list of dates is every item's time (also
        # after a list read as one mention: `于4月14日、19日两天,8时至17时`, and a list whose
        # items commas part: `3月24-25日,3月31日,4月1日,每日17时至22时`)
        if (
            not c.timed
            and n.timed
            and (
                _DATES_GAP.fullmatch(st.text, c.span[1], n.span[0])
                or "list" in c.flags
                and c.span[0] == n.span[0]
            )
        ):
            _set_clock(c, n, keep_span=True)
    return [c for c in out if id(c) not in schedules] if schedules else out


def hours_of_a_schedule(st: StoryText, cands: list[Candidate]) -> list[Candidate]:
    """Return cands, a measure told as a run of days with no hours (`6月7日至9日,…3条道路禁止
    通行`) timed from the first hour to the last of the schedule that sets out those days a line
    each later on (`禁止通行时间` / `6月7日:8:00-12:00 14:00-17:30。` / … / `6月9日:…18:45。`),
    as a daily time over a range is read; the schedule's days stay events of their own."""
    for run in cands:
        if (
            run.timed
            or day_of(run.end) <= day_of(run.start)
            or not _LEAD_MEASURE.search(st.text, *run.sentence)
        ):
            continue
        days = [
            c
            for c in cands
            if c.timed
            and c.para > run.para
            and within_days(c, run)
            and not st.text[st.paragraphs[c.para].start : c.span[0]].strip()
        ]
        if (
            len(days) >= 2
            and day_of(days[0].start) == day_of(run.start)
            and day_of(days[-1].end) == day_of(run.end)
            and all(
                day_of(b.start) == day_of(a.end) + ONE_DAY
                for a, b in zip(days, days[1:], strict=False)
            )
        ):
            run.start = with_day(days[0].start, day_of(run.start))
            run.end = with_day(days[-1].end, day_of(run.end))
            run.timed = True
    return cands


def _per_session(st: StoryText, cands: list[Candidate]) -> None:
    """Give the untimed days listed after a timed range the range's session time
    (`11月6日至12日…每场放映时间为18:30至20:30。` then `11月8日 大红门社区…`; `…于本月十七日
    至十九日…晚上七时半至十时半,分别于…举办綵灯会。` then `…的綵灯会于十七日举行`)."""
    for c in cands:
        if not c.timed or day_of(c.end) == day_of(c.start):
            continue
        if not _SESSIONS_SAID.search(st.text, *c.sentence):
            continue
        for item in cands:
            if (
                not item.timed
                and item.span[0] > c.sentence[1]
                and day_of(item.start) == day_of(item.end)
                and within_days(item, c)
            ):
                item.start = dt.datetime.combine(day_of(item.start), _clock_of(c.start))
                item.end = dt.datetime.combine(day_of(item.end), _clock_of(c.end))
                item.timed = True


def _open_close(
    st: StoryText, cands: list[Candidate], times: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """Return cands and times with an opening time and the closing time after it joined into
    one slot (`每天上午10时开门,晚上9时闭市`; `每日18:30开启,第二天凌晨1:00关闭`: the next
    morning; a dated start too: `9月9日8时发枪起跑,全程关门时间为14时`)."""
    used: set[int] = set()
    for p in [*times, *(c for c in cands if c.timed)]:
        if p.start != p.end or id(p) in used:
            continue
        b = p.span[1]
        if not (
            _OPENS.match(st.text, b)
            or _CLOSE_LABEL.match(st.text, b)
            or _RACE_STARTS.match(st.text, b)
        ):
            continue  # (none of the forms below opens after it: no later time to look for)
        t = min(
            (x for x in [*cands, *times] if x.span[0] >= b),
            key=lambda x: x.span[0],
            default=None,
        )
        if (
            t is None
            or t.sentence != p.sentence
            or not t.timed
            or t.start != t.end
            or not (
                _OPENS.fullmatch(st.text, b, t.span[0])
                and _CLOSES.match(st.text, t.span[1])
                # `开灯时间为18时45分,关灯时间统一延长至次日零时30分`: the labels before the times
                or _OPEN_LABEL.search(st.text, max(0, p.span[0] - 12), p.span[0])
                and _CLOSE_LABEL.fullmatch(st.text, b, t.span[0])
                # `9月9日8时发枪起跑,全程关门时间为14时`: a race's start, then its cut-off
                or (started := _RACE_STARTS.match(st.text, b)) is not None
                and _CLOSE_LABEL.fullmatch(st.text, started.end(), t.span[0])
            )
        ):
            continue
        closes = _clock_of(t.start)
        day = day_of(p.start) + (ONE_DAY if closes <= _clock_of(p.start) else dt.timedelta())
        p.end, p.span = dt.datetime.combine(day, closes), (p.span[0], t.span[1])
        p.texts.extend(t.texts)
        used.add(id(t))
    return [c for c in cands if id(c) not in used], [t for t in times if id(t) not in used]


def _shared_time_line(st: StoryText, t: Candidate) -> bool:
    """True when a clock time with no date of its own is the time line of its item: a list
    line (`活动时间:每天9:30—11:30`) or a sentence saying so (`接种时间为…`), not prose
    (`公园将延长开放至晚上10点`) and not opening hours."""
    sa, _ = t.sentence
    before = st.text[sa : t.span[0]]
    if OPENING_HOURS_SAID.search(before) or _HOTLINE.search(before):
        return False  # `63801234(工作日9:00-17:00)`: when the phone is answered
    para = st.paragraphs[t.para]
    listy = para.label is not None or para.end - para.start <= 30
    return listy or _TIME_LINE.fullmatch(before) is not None


def _daily_over_list(st: StoryText, cands: list[Candidate], t: Candidate) -> None:
    """Give a daily time said in a sentence with no date of its own (`这期间,…每天19时在市政府
    前广场都将奉上一台演出。`) to the last run dated before it and to the untimed days its
    paragraph then lists (`第二场在6月27日,…;第三场在6月28日,…`): a time line shared by a
    list applies to every dated item."""
    sa, sb = t.sentence
    if not EVERY_DAY.search(st.text, max(sa, t.span[0] - 3), t.span[0]) or not _STAGED.search(
        st.text, t.span[1], sb
    ):
        return
    runs = [c for c in cands if c.span[1] <= sa and day_of(c.end) > day_of(c.start)]
    items = [c for c in cands if c.para == t.para and c.span[0] >= sb and not c.timed]
    if not runs or runs[-1].timed or len(items) < 2:
        return
    run = runs[-1]
    if not all(within_days(c, run) and day_of(c.start) == day_of(c.end) for c in items):
        return
    for c in (run, *items):
        _set_clock(c, t, keep_span=True, daily=True)


def _daily_for_items_below(st: StoryText, cands: list[Candidate], t: Candidate) -> bool:
    """Give a daily time said in a list's lead ending with a colon (`每日上午9时30分至下午5时30分,
    孙逸仙大马路将…实施有限度通车:`) to the untimed days the lines below it each date
    (`于本年7月17日至26日,近金沙的路段。` / `于本年7月27日至8月5日,…`): a time line shared by a
    list applies to every dated item; return whether it did (two items at least)."""
    para = st.paragraphs[t.para]
    if not EVERY_DAY.search(st.text, max(para.start, t.span[0] - 3), t.span[0]):
        return False
    if st.text[para.start : para.end].rstrip()[-1:] not in (":", "："):
        return False
    items: list[Candidate] = []
    for k in range(t.para + 1, len(st.paragraphs)):
        dated = [c for c in cands if c.para == k]
        if len(dated) != 1 or dated[0].timed:
            break
        items.append(dated[0])
    if len(items) < 2:
        return False
    for c in items:
        _set_clock(c, t, keep_span=True, daily=True)
    return True


def _each_named(st: StoryText, cands: list[Candidate], t: Candidate) -> bool:
    """Give hours said of several happenings at once (`3个彩灯会均于晚上7时30分至10时30分举行`)
    to the untimed days told before it whose sentences name them (`首个春节彩灯于2月19日…举行`,
    `…高山剧场举行大型彩灯会`); return whether it did (two such days at least)."""
    before = st.text[max(0, t.span[0] - 4) : t.span[0]]
    if "均" not in before and "都" not in before and "皆" not in before:
        return False  # (most hours: three substring tests before the pattern)
    said = _EACH_BEFORE.search(st.text, max(0, t.span[0] - 12), t.span[0])
    if said is None:
        return False
    pairs = bigrams(said["what"])
    items = [
        c
        for c in cands
        if not c.timed
        and c.span[1] <= t.sentence[0]
        and day_of(c.start) == day_of(c.end)
        and not pairs.isdisjoint(bigrams(st.text[slice(*c.sentence)]))
    ]
    if len(items) < 2:
        return False
    for c in items:
        _set_clock(c, t, keep_span=True)
    return True


# what a clause does at its end (`…现场领票`, `…凭证入场`)
_CLAUSE_VERB: Final = rx.compile(r"(?P<v>[\u4e00-\u9fff]{2})[。;；,，]?$")


def _done_by_items(st: StoryText, cands: list[Candidate], t: Candidate) -> bool:
    """Give hours said in a sentence with no date of its own, of what it says is done
    (`市民须携带居民身份证于9时至11时现场领票`), to the untimed days told before it in its
    paragraph whose clauses end doing that (`…2025年12月21日在申凤梅艺术中心剧场领票;…`);
    return whether it did (two such days at least)."""
    _, cb = st.clause(*t.span)
    verb = _CLAUSE_VERB.search(st.text, t.span[1], cb)
    if verb is None:
        return False
    sa = t.sentence[0]
    items = [
        c
        for c in cands
        if not c.timed
        and c.para == t.para
        and c.span[1] <= sa
        and st.text[slice(*st.clause(*c.span))].rstrip("。;；,， ").endswith(verb["v"])
    ]
    if len(items) < 2:
        return False
    for c in items:
        _set_clock(c, t, keep_span=True)
    return True


def _day_of_next_sentence(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the one-day happening of the sentence right before a sentence that opens
    with clock time ``t`` and holds a happening of its own (`今天是学雷锋纪念日。上午9时至
    11时30分,…在社区广场开展义诊`; `…上午10点…举办“百家宴”。下午2时30分,…带来专场文艺
    演出`): that day is its day; None otherwise."""
    sa, sb = t.sentence
    rest = st.text[t.span[1] : sb]
    if st.text[sa : t.span[0]].strip() or ENDS.search(rest):
        return None
    prev = [c for c in cands if c.sentence[1] <= sa]
    if not prev or prev[-1].para != t.para or st.text[prev[-1].sentence[1] : sa].strip():
        return None
    c = prev[-1]
    if day_of(c.start) != day_of(c.end):
        return None
    if c.timed:  # a later time of that day
        _afternoon_as_before(c, t)
        return c if _clock_of(t.start) > _clock_of(c.end) else None
    return c if any(v in rest for v in HOLD_VERBS) or _OPENS_HERE.search(rest) else None


# a clock said bare, with no part of the day (`2:30`, `3时`)
_BARE_CLOCK: Final = rx.compile(r"\d{1,2}(?:[:：]\d{2}|[时時点點](?:\d{1,2}分?|半)?)")


def _afternoon_as_before(c: Candidate, t: Candidate) -> None:
    """Move a bare morning clock ``t`` to the afternoon when the hour told just before it was an
    afternoon one it would otherwise come before (`…下午1:00…报到,领取会议材料。2:30在二招礼堂
    参加预备会议`: 14:30)."""
    if not (isinstance(t.start, dt.datetime) and isinstance(t.end, dt.datetime)):
        return
    before = _clock_of(c.start)  # (a run from the morning, `8:30-17:30`, is no afternoon's)
    if (
        before.hour >= 12
        and t.start.hour < 12
        and t.end.hour < 12
        and dt.time(t.start.hour + 12, t.start.minute) > before
        and _BARE_CLOCK.fullmatch(t.texts[0]) is not None
    ):
        t.start += dt.timedelta(hours=12)
        t.end += dt.timedelta(hours=12)


def _day_of_measure(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the one-day happening dated in the sentence right before a measure whose hours
    a `时间为` clause gives (`3月11日是农历二月初二。…新城部分道路实行临时交通管制,时间为12时至
    活动结束`): its day; None otherwise."""
    ca, _ = st.clause(*t.span)
    if ca == t.sentence[0] or not _HOURS_LABEL.fullmatch(st.text, ca, t.span[0]):
        return None
    prev = _dated_just_before(st, cands, t)
    if prev is None or prev.timed or day_of(prev.start) != day_of(prev.end):
        return None
    return prev


def _day_of_the_one_happening(
    st: StoryText, cands: list[Candidate], t: Candidate
) -> Candidate | None:
    """Return the one happening a story dates, on one day to come, for clock time ``t``
    opening a paragraph of its own that takes a measure (`…自行车邀请赛将于11月12日在昆明市
    举行。` / `临时交通管制:赛事起、终点区域` / `7:30—13:00将对和谐路…实施临时性交通管制措施`),
    or timing a measure its clause names in a paragraph that dates nothing: the measure is
    that day's; None when the story dates more or none."""
    para = st.paragraphs[t.para]
    opens = t.span[0] == para.start and _LEAD_MEASURE.search(st.text, t.span[1], para.end)
    # (or in a paragraph dating nothing, in a clause naming its measure: `道路封閉由下午3時起
    # 分段實施,交通改道約由下午5時開始` under `明天(6月28日)傍晚,…車輛巡遊期間,…`)
    if not opens and not (
        STOPS.search(st.text, *st.clause(*t.span)) and all(c.para != t.para for c in cands)
    ):
        return None
    days = {(day_of(c.start), day_of(c.end)) for c in cands}
    told = [c for c in cands if not c.timed]  # (the other hours given it so far are copies)
    if len(days) != 1 or len(told) != 1:
        return None
    (one,) = told
    if day_of(one.start) != day_of(one.end) or day_of(one.start) < st.published:
        return None
    return one


def _run_of_daily_hours(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the run of days told just before daily hours ``t`` said in a later sentence
    (`…今日(9月30日)起至10月7日在維園舉行…綵燈會,…。亮燈時間為每日晚上6時30分至11時`: its
    first day at the opening hour, its last at the closing); None unless the run, untimed, is
    the last happening dated before them, at most a paragraph back."""
    if t.start == t.end or not _DAILY_BEFORE.search(st.text, st.clause(*t.span)[0], t.span[0]):
        return None
    before = [c for c in cands if c.span[1] <= t.span[0]]
    if not before:
        return None
    run = max(before, key=lambda c: c.span[1])
    if (
        run.timed
        or day_of(run.end) <= day_of(run.start)
        or run.sentence == t.sentence
        or t.para - run.para > 1
    ):
        return None
    return run


def _widen_to(c: Candidate, t: Candidate) -> None:
    """Give ``c`` the hours of clock time ``t``, or widen the hours it has to hold them."""
    start = dt.datetime.combine(day_of(c.start), _clock_of(t.start))
    end = dt.datetime.combine(day_of(c.end), _clock_of(t.end))
    if isinstance(c.start, dt.datetime) and isinstance(c.end, dt.datetime):
        start, end = min(start, c.start), max(end, c.end)
    c.start, c.end, c.timed = start, end, True


def _dated_row_above(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the happening of the nearest dated row above ``t``'s in a table printed with `|`
    between its cells, for a row that opens with its time and no day (`10:00 | 兰马坪球场 |
    芦笙打同年` under `4月21日 | 9:30 | 兰马坪球场 | 开幕式`): the row is that day's at its hour;
    None for anything else."""
    para = st.paragraphs[t.para]
    if "|" not in st.text[t.span[1] : para.end] or st.text[para.start : t.span[0]].strip(" |"):
        return None
    k = t.para - 1
    while k >= 0 and "|" in st.text[st.paragraphs[k].start : st.paragraphs[k].end]:
        dated = [c for c in cands if c.para == k]
        if dated:
            return dated[0]
        k -= 1
    return None


def _lead_of_items(
    st: StoryText, cands: list[Candidate], t: Candidate, items: dict[int, Candidate]
) -> Candidate | None:
    """Return the run of days a programme's lead dated (`9月15日至9月17日,…将举办“南川梦明月
    情”主题活动。`), for clock time ``t`` in a line of its own after it that holds a happening
    (`每天14:00—16:00,朗吟楼南广场举办“月兔攻占趣玩计划”;`): each such line is an item over
    the lead's days at its hours; so is a day still to come (`11月3日,以下路段将分时、分段禁止
    通行。` / `上午06:30至09:30,…进行交通管制。`); None otherwise."""
    para = st.paragraphs[t.para]
    if not any(v in st.text[t.span[1] : para.end] for v in HOLD_VERBS) and not (
        # (or a bulleted item holding one before its hours: `• …於灣仔海濱舉行…活動,活動時間
        # 為下午二時至六時。`)
        _BULLET.match(st.text, para.start)
        and any(v in st.text[para.start : t.span[0]] for v in HOLD_VERBS)
    ):
        return None
    if _WEEKLY_SAID.search(st.text, para.start, t.span[1]):
        return None  # `展览期间,每周六下午2时还将举办书画公益讲座`: a weekly session
    lead = _dated_above(cands, t, items)
    if lead is None:
        return None
    between = range(lead.para + 1, t.para)
    if any(k not in items and not _heading(st, k) for k in between):
        return None
    if day_of(lead.start) == day_of(lead.end) and day_of(lead.start) < st.published:
        return None  # (a day reported: `上午8点半左右,…企业摆开展位` is a scene of it)
    return lead


def _day_of_schedule(
    st: StoryText, cands: list[Candidate], t: Candidate, items: dict[int, Candidate]
) -> Candidate | None:
    """Return the day a schedule's lead dates (`二月二十九日中央社活动预告(…):`), for clock
    time ``t`` opening a line of its own below it, then what is on (`–十四时,内政部部务会报,
    内政部八楼简报室。`): each such line is an item of that day at its time, under the lead
    or under headings of its own (`一、府院部会:`); None otherwise."""
    para = st.paragraphs[t.para]
    if not _SCHEDULE_LINE.fullmatch(st.text, para.start, t.span[0]) or not _THEN_WHAT.match(
        st.text, t.span[1]
    ):
        return None
    lead = _dated_above(cands, t, items)
    if lead is None or day_of(lead.start) != day_of(lead.end) or day_of(lead.start) < st.published:
        return None
    if any(k not in items and not _heading(st, k) for k in range(lead.para, t.para)):
        return None  # (the lead, and headings between, end with a colon)
    return lead


def _dated_above(
    cands: list[Candidate], t: Candidate, items: dict[int, Candidate]
) -> Candidate | None:
    """Return the last happening dated above clock time ``t``'s line (not an item made from
    a lead), None when there is none or the line dates something of its own."""
    made = {id(c) for c in items.values()}
    if any(c.para == t.para for c in cands if id(c) not in made):
        return None
    told = [c for c in cands if c.para < t.para and id(c) not in made]
    return told[-1] if told else None


def _day_of_items(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the one-day happening a list's lead dated, for clock time ``t`` in an item of
    that list that holds a happening of its own (`一、11月4日上午7:00开始,以下路段…禁止…` /
    `(一)航天大道…在上午07:00时至09:30时进行交通管制。`); None otherwise."""
    para = st.paragraphs[t.para]
    above = st.paragraphs[t.para - 1] if t.para > 0 else None
    prev = [c for c in cands if c.span[1] <= para.start]
    mark = _ITEM_MARK.match(st.text, para.start)
    # `① 时间:下午14:30至16:00` / `内容:…`: an item told by its time field first
    field_first = mark is not None and _TIME_LABEL.match(st.text, mark.end()) is not None
    if (
        mark is not None
        and not field_first
        or (
            # `(二)半程马拉松终点:` / `10:00起至16:00,封闭…`: the item's heading over its line
            above is not None
            and t.span[0] == para.start
            and _ITEM_MARK.match(st.text, above.start)
            and _heading(st, t.para - 1)
        )
    ):
        if _ITEM_ACT.search(st.text, *t.sentence) is None:
            # (the item a name and its hours alone: `(一)好溪路(鼎湖桥头至名山桥头):5:30-12:00`)
            if ITEM_THEN_HOURS.fullmatch(st.text, para.start, t.span[0]) is None:
                return None
            # (the list's lead: the last day said before its items, not an item's hours)
            lead = next(
                (
                    c
                    for c in reversed(prev)
                    if not _ITEM_MARK.match(st.text, st.paragraphs[c.para].start)
                ),
                None,
            )
            if lead is None or not _lead_acts(st, lead):
                return None
            return lead if day_of(lead.start) == day_of(lead.end) else None
    elif not (  # `★…访谈活动` / `时间:11:00`: the item's time field
        field_first
        or _TIME_LABEL.match(st.text, para.start)
        and above is not None
        and _ITEM_MARK.match(st.text, above.start)
    ):
        return None
    if not prev or day_of(prev[-1].start) != day_of(prev[-1].end):
        return None
    return prev[-1]


def _lead_acts(st: StoryText, lead: Candidate) -> bool:
    """True when the paragraph of ``lead`` introduces a list with a measure applied to its
    items (`4月13日赛事期间,增加以下路段在管制时间内禁止…一切车辆、行人通行:` over `(一)好溪路(…):
    5:30-12:00。`; not `对以下公交线路进行调整:` over `一、新开专186路,首班车时间6:00`)."""
    if not _heading(st, lead.para):
        return False
    para = st.paragraphs[lead.para]
    return _LEAD_MEASURE.search(st.text, para.start, para.end) is not None


def _named_range(
    st: StoryText, cands: list[Candidate], t: Candidate, before: re.Pattern[str]
) -> Candidate | None:
    """Return the range a `考试期间`, `考试首日` (``before``) right before clock time ``t``
    names: the last earlier range whose clause holds that word; None otherwise."""
    m = before.search(st.text, t.sentence[0], t.span[0])
    if m is None:
        return None
    _name = m["w"]
    earlier = [c for c in cands if c.anchor[1] <= t.span[0] and day_of(c.end) > day_of(c.start)]
    while len(_name) >= 2:
        for c in reversed(earlier):
            if _name in st.text[slice(*st.clause(*c.anchor))]:
                return c
        _name = _name[1:]
    return None


def _first_day_of(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the range whose first day a `首日` right before clock time ``t`` names
    (`考试首日上午8:30开考`; `菊花展将于10月28日至11月20日举办…。开展首日上午10时,…
    举行开幕式`): the range its words name, else the last range of its paragraph."""
    if not _FIRST_DAY_BEFORE.search(st.text, t.sentence[0], t.span[0]):
        return None
    named = _named_range(st, cands, t, _FIRST_DAY_BEFORE)
    if named is not None:
        return named
    ranges = [
        c
        for c in cands
        if c.para == t.para and c.anchor[1] <= t.span[0] and day_of(c.end) > day_of(c.start)
    ]
    return ranges[-1] if ranges else None


def _ceremony_of_run(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the ceremony clock time ``t`` opens a sentence of (`下午5时,闭幕大会开始`),
    on the first or last day of the run told last, in its paragraph or the one before; None
    when there is none."""
    said = _CEREMONY_BEGINS.match(st.text, t.span[1])
    if said is None or st.text[t.sentence[0] : t.span[0]].strip():
        return None
    told = [c for c in cands if c.sentence[1] <= t.sentence[0]]
    run = told[-1] if told else None
    if run is None or run.para < t.para - 1 or day_of(run.end) == day_of(run.start):
        return None
    day = day_of(run.end) if said["w"].startswith("闭") else day_of(run.start)
    start, end = with_day(t.start, day), with_day(t.end, day)
    return Candidate(start, end, t.span, run.flags, t.sentence, t.para, True, list(t.texts))


def _holds_its_own(st: StoryText, target: Candidate, t: Candidate) -> bool:
    """True when clock time ``t`` opens a clause that holds a happening of its own
    (`下午3时起在码头举行传统游戏`) after ``target``'s clauses held theirs."""
    ca, cb = st.clause(*t.span)
    if ca <= target.anchor[1] or day_of(target.end) > day_of(target.start):
        return False  # over a range, `每天10:00和15:00各举办一场` is the range's time
    between, after = st.text[target.anchor[1] : ca], st.text[t.span[1] : cb]
    return any(v in between for v in HOLD_VERBS) and any(v in after for v in HOLD_VERBS)


def _todays_hour(st: StoryText, cands: list[Candidate], t: Candidate) -> bool:
    """True when clock time ``t``, read on the paper's day, says what will be done then in a
    story that dates nothing (`天文台將在下午12時40分改發3號強風訊號,九巴…會於下午12時40分起陸續
    恢復服務`: a same-day bulletin's hours)."""
    if cands or day_of(t.start) != st.published or not isinstance(t.start, dt.datetime):
        return False
    ca, cb = st.clause(*t.span)
    # (not beside a day the grammar could not read: `將於1101026日日9時至15時封閉`)
    return _WILL_BE.search(st.text, ca, cb) is not None and not _DAY_UNREAD.search(st.text, ca, cb)


# what says a clause tells what will be done (`將在`, `會於…起`)
_WILL_BE: Final = rx.compile(r"将|將|会于|會於|会在|會在|预计|預計")
_DAY_UNREAD: Final = rx.compile(r"\d日")


def _same_session(st: StoryText, target: Candidate, t: Candidate) -> bool:
    """True when clock time ``t`` only continues ``target``'s times (nothing but
    separators between them, and later in the day)."""
    if t.span[0] < target.span[1]:
        return False  # (inside the words ``target`` took in, as a festival named later)
    gap = st.text[target.span[1] : t.span[0]].strip(" \t\n,，;；、和及与")
    if gap or not isinstance(t.start, dt.datetime) or not isinstance(target.end, dt.datetime):
        return False
    return t.start.time() >= target.end.time()


_WEEKLY_SAID: Final = rx.compile(r"每周|每逢|每月|每个?(?:周|星期)")
# a happening said to open in a sentence an hour opens (`上午10点半,为期3天的…美食文化节在…开幕`)
_OPENS_HERE: Final = rx.compile(r"开幕|启幕|开营|拉开帷幕|拉开序幕|鸣枪开赛|正式开赛")
# what opens a paragraph after the hour it starts with: the happening told before opening
# (`上午9点18分,采摘节在精彩的文艺演出中拉开序幕`: a festival or fair named so; `上午10点,启动仪式在
# …广场举行`: its ceremony held)
_OPENS_THEN: Final = rx.compile(
    # (`下午2点,庆祝活动正式开始`: what the happening is called before it)
    r"[,，]?\s*[\u4e00-\u9fff]{0,8}?(?:节|会|展|赛|活动|仪式|开幕式|闭幕式|大会|比赛)"
    r"[^,，;；。]{0,12}?(?:拉开序幕|拉开帷幕|开幕|启动|(?:正式)?开始)"
    r"|[,，]?\s*(?:启动|开幕|开营|开班)?仪式[^,，;；。]{0,16}?举行"
    # (`上午9时,一曲…暖场舞蹈《盛开》拉开活动的序幕`; `上午9点,随着发令声响起,各队龙舟…`)
    r"|[,，]\s*[^。;；!！]{0,30}?拉开(?:了)?(?:活动|比赛|大会|晚会|节日)?的?(?:序幕|帷幕)"
    r"|[,，]\s*(?:" + START_SIGNAL + ")"  # (`上午10时,开跑指令发出后`)
)


# a ceremony an hour opens a sentence with, of a run told before (`20时30分,开幕式开始`)
_CEREMONY_BEGINS: Final = rx.compile(
    r"[,，]?\s*(?P<w>开幕式|闭幕式|开幕大会|闭幕大会|开营仪式|闭营仪式|颁奖典礼|颁奖仪式)"
    r"(?:正式)?(?:开始|举行)"
)


# an hour, then someone declaring the happening open (`上午9时,大会主持人…宣布:…会议开幕!`,
# `12点整,…总队长…宣布开海`)
_DECLARED_OPEN: Final = rx.compile(
    r"[,，]?[^。!！]{0,30}?宣布[^!！]{0,80}?(?:开幕|开始|开班|开营|开海|开湖|开园|开赛|开跑|开镰)"
)


def _date_for_time(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the dated candidate a clock time belongs to: the last date before it in the
    same sentence (or the date right after it, when the time comes first)."""
    same = [c for c in cands if c.sentence == t.sentence]
    before = [c for c in same if c.anchor[1] <= t.span[0]]
    if before:
        return max(before, key=lambda c: c.anchor[1])
    after = [c for c in same if c.anchor[0] >= t.span[1]]
    if after and after[0].anchor[0] - t.span[1] <= 3:
        return after[0]
    if same:
        return None
    sitting = [c for c in cands if c.timed and c.span[1] <= t.span[0] and _same_session(st, c, t)]
    if sitting:
        # `2024年6月7日至6月9日` / `上午7:30—12:30` / `下午13:00—18:30`: the next sitting of the
        # hours right before, on a line of its own
        return sitting[-1]
    if _DAILY_HOURS.search(st.text, t.sentence[0], t.span[0]):
        # `1月17日晚,…灯会…开幕。…灯会将持续到3月27日,每日亮灯时间为18时至22时`: the daily
        # hours of the run its sentence says the end of
        ended = [
            c
            for c in cands
            if not c.timed
            and day_of(c.end) > day_of(c.start)
            and c.sentence[1] <= t.sentence[0]
            and st.text.find(c.texts[-1], t.sentence[0], t.span[0]) >= 0
        ]
        if ended:
            return ended[-1]
    prev = _dated_just_before(st, cands, t)
    if (
        prev is not None
        and _DAILY_HOURS.search(st.text, *t.sentence)
        and not _PHONE.search(st.text, t.sentence[0], t.span[0])
        and (not prev.timed or _same_session(st, prev, t))
        and day_of(prev.end) > day_of(prev.start)
    ):
        # `…市集将开市。市集每天上午10时开门,晚上9时闭市`: the daily hours of the
        # happening dated in the sentence right before
        return prev
    opens = not st.text[t.sentence[0] : t.span[0]].strip()
    told_open = opens and _OPENS_THEN.match(st.text, t.span[1]) is not None
    if told_open:
        # `6月26日,…开展“公众开放日”活动。…` / `上午9时20分,活动在县检察院拉开序幕`: the
        # happening last dated in the paragraph before, told open
        told = [c for c in cands if c.sentence[1] <= t.sentence[0]]
        if told and t.para - told[-1].para <= 3:  # (paragraphs on: `县人大…宣布…开幕` between)
            prev = told[-1]
    elif opens and _DECLARED_OPEN.match(st.text, t.span[1], st.paragraphs[t.para].end):
        # `2月27日上午,…会议…隆重开幕。…` / `上午9时,大会主持人…宣布:…会议开幕!`: the
        # happening last dated, declared open at that hour, paragraphs on
        told = [c for c in cands if c.sentence[1] <= t.sentence[0]]
        prev = told[-1] if told else None
    elif prev is not None and (
        prev.para != t.para or _OPENS_HERE.search(st.text, t.span[1], t.sentence[1])
    ):
        prev = None  # (`上午10点半,为期3天的…美食文化节在…开幕`: a happening of its own)
    if (
        prev is not None
        and opens
        and (told_open or not st.holds_after(*t.span))
        and not prev.timed
        and day_of(prev.start) == day_of(prev.end)
    ):
        # `3月12日,…开展义务植树活动。上午8点,植树现场人头攒动`: the hour opening the next
        # sentence is that day's (`…纪念日。上午9时,…开展义诊` holds its own happening)
        return prev
    just_told = _dated_just_before(st, cands, t)
    if (
        just_told is not None
        and not just_told.timed
        and day_of(just_told.start) == day_of(just_told.end)
        and just_told.para == t.para
        and st.paragraphs[t.para].label is None
        and "时间" in st.text[max(t.sentence[0], t.span[0] - 14) : t.span[0]]
        and not OPENING_HOURS_SAID.search(st.text, t.sentence[0], t.span[0])
        and not STOPS.search(st.text, t.sentence[0], t.span[0])
    ):
        # `…选举于12月7日举行。选管会宣布投票时间延长两小时,由早上7时半至晚上11时半`: the
        # hours of the day just told, under a time field's word (not a measure's of its own:
        # `…道路实行临时交通管制,时间为12时至活动结束`)
        return just_told
    return None


def _dated_just_before(st: StoryText, cands: list[Candidate], t: Candidate) -> Candidate | None:
    """Return the last happening dated in the sentence right before ``t``'s (nothing between
    them); None when there is none."""
    prev = [c for c in cands if c.sentence[1] <= t.sentence[0]]
    if prev and not st.text[prev[-1].sentence[1] : t.sentence[0]].strip():
        return prev[-1]
    return None


def _clock_of(value: Moment) -> dt.time:
    return value.time() if isinstance(value, dt.datetime) else dt.time(0)


def _set_clock(
    target: Candidate, t: Candidate, keep_span: bool = False, daily: bool = False
) -> None:
    """Put clock time ``t`` on ``target``: start day at the opening time, end day at the close."""
    if not isinstance(t.start, dt.datetime) or not isinstance(t.end, dt.datetime):
        return
    target.start = dt.datetime.combine(day_of(target.start), t.start.time())
    if t.end == t.start and day_of(target.end) > day_of(target.start):
        if daily or any(EVERY_DAY.search(x) for x in t.texts):
            # `2月28日至3月8日,每天下午3时举办`: the last day's session starts at that time too
            target.end = dt.datetime.combine(day_of(target.end), t.start.time())
        else:
            target.end = day_of(target.end)  # a starting time only: the last day has no close
    else:
        # `23时至次日零时30分`: one day's slot closes the next morning, and so does a run of
        # days' last slot (`6月12日至18日的每天晚上9时至次日晨7时` ends on the 19th at 7:00)
        crosses = t.end.time() < t.start.time() or any(NEXT_DAY_CLOCK.search(x) for x in t.texts)
        one_day = day_of(target.end) == day_of(target.start)
        past_midnight = (
            ONE_DAY
            if crosses and (day_of(t.end) > day_of(t.start) or not one_day)
            else dt.timedelta(0)
        )
        close = dt.datetime.combine(day_of(target.end) + past_midnight, t.end.time())
        target.end = max(close, target.start)
    target.timed = True
    if not keep_span:
        target.span = (min(target.span[0], t.span[0]), max(target.span[1], t.span[1]))
        target.texts.extend(t.texts)


def _range_copy(target: Candidate, t: Candidate) -> Candidate:
    """Return a happening over ``target``'s days at daily time ``t``."""
    return _copy_at(target, t, day_of(target.end))


def _timed_copy(target: Candidate, t: Candidate) -> Candidate:
    """Return a happening on ``target``'s first day at time ``t``."""
    return _copy_at(target, t, day_of(target.start))


def _copy_at(target: Candidate, t: Candidate, last: dt.date) -> Candidate:
    """Return a happening from ``target``'s first day to ``last`` at time ``t``: a slot that
    runs past midnight (`22时至次日凌晨6时`) closes the morning after ``last`` (see
    :func:`_set_clock`)."""
    start = with_day(t.start, day_of(target.start))
    end = with_day(t.end, last + (day_of(t.end) - day_of(t.start)))
    return Candidate(start, end, t.span, target.flags, t.sentence, t.para, True, list(t.texts))


def _heading(st: StoryText, k: int) -> bool:
    """True when paragraph ``k`` ends with a colon: a heading over items (`一、府院部会:`)."""
    p = st.paragraphs[k]
    return st.text[p.end - 1 : p.end] in (":", "：")

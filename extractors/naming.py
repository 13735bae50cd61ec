"""Names, places and kinds of happenings, read from the words around a date.

Chinese news states a dated happening in a few shapes, which the functions here read:

- date first, then ``subject [在/于 place] verb [object]``:
  ``4月11日,区委常委会召开第62次会议`` → ``区委常委会第62次会议``;
- ``subject 将于 date verb``: ``园区周边主干道铺设工作于4月底完工`` → ``…铺设工作完工``;
- ``date 举办的 NP 上``: ``2月10日举办的…需求发布活动上`` → ``…需求发布活动``;
- a notice field: ``报名时间:即日起至4月20日`` → the notice's topic + ``报名``.
"""

from __future__ import annotations

import re

from .model import Kind
from .triggers import (
    COMPLETION_VERBS,
    HAPPEN_VERBS,
    HOLD_VERBS,
    KIND_TABLES,
    alternation,
    words,
)

# A verb of the table, not the first character pair of a noun (`开幕式`, `发布会`, `展出时间`).
VERB = re.compile(rf"(?:{alternation(HAPPEN_VERBS)})(?![式会日期典仪时])")
_LEAD = re.compile(
    r"^(?:本报讯|据悉|据了解|据介绍|另外|另据了解|此外|同时|其中|届时|随后|之后|此前|而|并|还将|还会|"
    r"也将|也会|还|也|将会|将于|将在|将|计划|预计|拟|定于|已于|已经|已|于|在|自|从|由|是|为|即|均|"
    r"正式|首次|再次|共同|一起|当天|当日|当晚|同日|期间|起|开始|前后|左右|前|后|的|今年|明年|本年度|"
    r"[,，、\s])+"
)
_TAIL = re.compile(
    r"(?:将会|将于|将在|将|还|也|计划|预计|拟|定于|已于|已经|已|于|在|正式|隆重|盛大|顺利|胜利|成功|"
    r"共同|联合|即将|陆续|再次|首次|均|都|当天|当日|期间|的|了|等|为|是|时间|日期|期限|可|需|须|"
    r"将至|来临|到来|临近|[,，、\s])+$"
)
_ADVERB = r"(?:隆重|盛大|正式|顺利|胜利|成功|圆满|火热|如期)?"
_PLACE = re.compile(rf"(?:在|于)(?P<place>[^,，;；。:：\d“”]{{2,24}}?){_ADVERB}(?={VERB.pattern})")
_HELD_NP = re.compile(
    rf"^(?:{alternation(HAPPEN_VERBS)})的(?P<np>“[^”]{{1,30}}”[^,，;；。]{{0,12}}?|[^,，;；。]{{2,40}}?)"
    r"(?:上|中|里|期间|现场|之际|时)?"
    r"(?=$|吸引|受到|获得|共有|共|有|让|使|以|,|，|;|；|。)"
)
# `当当网创始人李国庆、京东集团原财务副总裁蔡磊等知名企业家` → `知名企业家`.
_ENUMERATION = re.compile(r"^[^、,，]{1,20}(?:、[^、,，]{1,20})+等")
_NOTICE_TITLE = re.compile(
    r"^.{0,24}?关于|(?:的)?(?:通知|公告|通告|公示|启事|邀请函|预告|须知|指南)$|^(?:举办|开展|召开)"
)
# A subject that is a place (`世界花卉大观园将举办…`) is where the happening is.
_VENUE = re.compile(
    r"(?:园|馆|中心|广场|公园|书店|书局|剧院|剧场|影院|礼堂|体育场|会堂|村|社区|街道|景区|商场|学校|校区)$"
)
_GENERIC = re.compile(r"^(?:报名|征求意见|意见反馈|申报|征集|预约|投票|公示|活动|比赛|演出|展览)$")
_NOT_KIND_WORDS = re.compile(r"会议室|会议中心|展厅|展馆|节目")

CONF_VERB = 0.85
CONF_FIELD = 0.8
CONF_WEAK = 0.55


def strip_phrase(text: str) -> str:
    """Return a phrase without its leading connectives, trailing adverbs and stray quotes."""
    text = _TAIL.sub("", _LEAD.sub("", text)).strip(" \"'")
    for left, right in ("“”", "()", "《》", "「」"):
        if text.startswith(left) and text.count(left) > text.count(right):
            text = text[1:]
        if text.endswith(right) and text.count(right) > text.count(left):
            text = text[:-1]
    return text if len(text) >= 2 else ""


def lead_strip(text: str) -> str:
    """Return ``text`` without leading connectives (`还将`, `将于`, `,`)."""
    return _LEAD.sub("", text)


def phrase_title(subject: str, rest: str) -> tuple[str, str | None, float]:
    """Return (title, place, confidence) from the words before and after the date.

    ``subject`` is what stands before the date in its clause, ``rest`` what follows it
    (unstripped: `在` before a place is read first).
    """
    place_m = _PLACE.search(rest)
    place = place_m.group("place") if place_m else None
    rest = lead_strip(rest)
    place_m = _PLACE.search(rest)
    held = _HELD_NP.match(rest)
    if held:
        return strip_phrase(held.group("np")), place, CONF_VERB
    verb = VERB.search(rest)
    if subject:
        if verb and verb.start() <= 2:
            head = verb.group()
            obj = strip_phrase(_object(rest[verb.end() :]))
            if head in COMPLETION_VERBS:
                return subject + head, place, CONF_VERB
            if obj and head in HOLD_VERBS:
                return (subject + obj if obj.startswith("第") else obj), place, CONF_VERB
        return subject, place, CONF_WEAK + 0.1
    if not verb:
        return strip_phrase(_object(rest)), place, CONF_WEAK
    cut = place_m.start() if place_m and place_m.start() < verb.start() else verb.start()
    subj = strip_phrase(rest[:cut])
    head = verb.group()
    obj = strip_phrase(_object(rest[verb.end() :]))
    if not obj:
        if subj and head in COMPLETION_VERBS:
            return subj + head, place, CONF_VERB
        return subj, place, CONF_VERB if subj else CONF_WEAK
    if place is None and _VENUE.search(subj) and not subj.startswith(("各", "全", "每", "所有")):
        place = subj
    if head in HOLD_VERBS:
        return (subj + obj if subj and obj.startswith("第") else obj), place, CONF_VERB
    return (subj if len(subj) <= 20 else "") + head + obj, place, CONF_VERB


def _object(text: str) -> str:
    text = re.split(r"[,，;；。]", text)[0].lstrip("了")
    return _ENUMERATION.sub("", text)


def shorten(title: str, limit: int = 40) -> str:
    """Return ``title`` cut to ``limit`` characters at a natural break."""
    title = title.strip(" ,，。;；:：")
    if len(title) <= limit:
        return title
    cut = max(title.rfind(ch, 0, limit) for ch in "、的和与及")
    return title[: cut if cut >= 12 else limit]


def notice_topic(title: str | None) -> str:
    """Return what a notice is about, from its title (`关于举办X的通知` → `X`); "" for none."""
    if not title:
        return ""
    topic = title.split(" ")[-1]
    for _ in range(3):
        topic = _NOTICE_TITLE.sub("", topic)
    return topic.strip()


def with_topic(name: str, topic: str) -> str:
    """Return ``name`` prefixed by the notice topic when the name alone is generic (`报名`)."""
    if topic and (not name or _GENERIC.match(name)):
        return topic if name and name in topic else topic + name
    return name


def kind_of(
    title: str, clause: str, flags: frozenset[str], window: bool, before_qian: bool
) -> Kind:
    """Return the kind of a happening from its title, clause, time flags and notice field."""
    clause = _NOT_KIND_WORDS.sub("", clause)
    title = _NOT_KIND_WORDS.sub("", title)
    dated_name = {"festival", "observance"} & flags
    if dated_name and re.search(r"放假|假期|调休|休假", f"{title}{clause}"):
        return Kind.HOLIDAY
    if "deadline" in flags or window or before_qian:
        return Kind.DEADLINE
    for kind, table in KIND_TABLES[1:]:
        if any(w in title for w in words(table)):
            return kind
    for kind, table in KIND_TABLES[1:]:
        if any(w in clause for w in words(table)):
            return kind
    if dated_name and len(title) <= 8:
        return Kind.HOLIDAY
    return Kind.OTHER


def holiday_title(named: str, clause: str) -> str:
    """Return the name of a public holiday: the festival and `放假` (or `假期`)."""
    festival = re.sub(r"(?:当天|当日|期间|假期|小长假|长假)+$", "", named.strip())
    return festival + ("放假" if "放假" in clause else "假期")

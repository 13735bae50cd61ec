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
import string
from typing import Final

from . import rx
from .chars import BMP, decimal_digits, flag_table, whitespace
from .layout import ITEM_SYMBOLS
from .model import Kind
from .timex.patterns import LASTING_FOR
from .triggers import (
    COMPLETION_VERBS,
    HAPPEN_VERBS,
    HOLD_VERBS,
    KIND_TABLES,
    OPENING_VERBS,
    TARGET_VERBS,
    alternation,
)

# A verb of the table, not the first character pair of a noun (`开幕式`, `发布会`, `展出时间`).
# (not inside a name: `公开赛`, `公开课` hold `开赛`, `开课`)
# (not a noun the verb opens: `…仪式`, `…会`; `邀请展`, `邀请赛`: an invitational show or match)
VERB: Final = rx.compile(
    rf"(?<!公)(?:{alternation(HAPPEN_VERBS)})(?![式会日期典仪时]|(?<=邀请)[展赛函])"
)
# the leading connectives _LEAD strips (`据悉`, `将于`, `届时`)
_LEAD_WORDS: Final = (
    "本报讯|北京时间|据悉|伴随着|随着|据了解|据介绍|另外|另据了解|此外|同时|其中|以及|尤其是|尤其|特别是|届时|随后|之后|此前|而|并|还将|还会|"
    "也将|也会|还|也|将会|将于|将在|将|计划|预计|拟|定于|已于|已经|已|于|在|自(?![治助])|从|由|是|为|即|均|"
    "正式|首次|再次|重新|再度|共同|一起|当天|当日|当晚|同日|期间|起|开始|始(?![终建于])|前后|左右|前|后|的|今年|明年|本年度|决定|"
    "下一步|接下来|近期|每天|每日|每晚|以确保|以保证|确保|保证|待到|等到|时间里|时间内|时间中"
)
_LEAD: Final = rx.compile(
    # an item's number (`三、`, `(一)`, `2.`), a web page's `导语`, a byline before 本报讯, a
    # theme (`以“赏生态风光”为主题的`)
    r"^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|"
    r"导语|[A-Z]?本报记者[\u4e00-\u9fff]{2,4}?(?=本报讯)|"
    # (a paper quoted, its reporter in brackets: `据邢台日报(记者 杨永丽)3月28日下午,…`)
    r"据[\u4e00-\u9fff]{2,8}(?:报|网|台)[(（](?:记者|通讯员)[^()（）]{1,20}[)）]|"
    rf"(?:为期|历时|一连|為期|歷時|一連)[^的,，]{{1,8}}的|以“[^”]{{1,30}}”为(?:主题|主线)的|{_LEAD_WORDS}|"
    # (the day first set, its words left when the day is blanked: `原定于…举行的音乐节`)
    r"原(?:定|订|计划)(?:于|在)?[\s\u3000]*(?:举行|举办|开展|召开)?的|"
    # (the whole day said after its day, before the next: `23日全天、25日中午…,禁止…通行`)
    r"全[天日](?=[、,，]|$)|"
    # (a plan before its day: `准备在2009年3月中上旬正式成立…`; not `准备工作`)
    r"准备(?=[在于将])|"
    rf"[,，、)）\s•{ITEM_SYMBOLS}])+"
)
# a byline, bracketed or not (`(武汉晚报记者胡义华 实习生龚慧)`, `〔記者王榮祥/高雄報導〕`,
# `N海都记者林天真`)
_BYLINE_BEFORE: Final = rx.compile(
    r"^[(（〔【\[][^()（）〔〕【】\[\]]{0,16}?[记記]者[^()（）〔〕【】\[\]]{1,40}?[)）〕】\]]"
    r"|^[A-Z]?[\u4e00-\u9fff]{0,8}?[记記]者\s*[\u4e00-\u9fff]{2,4}(?:\s+|$)"
)
_CREDIT_BEFORE: Final = rx.compile(
    r"^[\u4e00-\u9fff]{0,10}记者\s*[\u4e00-\u9fff]{2,4}\s?摄(?![影像制])"
)
# The characters _LEAD's text may open with, as flags by character code: most phrases open
# otherwise, and a table lookup spares them the regex call.
_LEAD_FIRST: Final = bytes(
    flag_table(
        (
            1,
            "一二三四五六七八九十(（导本为历為歷以原全准"
            + "".join(w[0] for w in _LEAD_WORDS.split("|")),
        ),
        (1, string.ascii_uppercase + decimal_digits() + whitespace() + ",，、)）•" + ITEM_SYMBOLS),
    )
)


def _may_lead(text: str) -> bool:
    """False when text cannot open with what _LEAD strips (by its first character)."""
    if not text:
        return False
    c = ord(text[0])
    return c >= BMP or bool(_LEAD_FIRST[c])


# the words and marks a phrase's tail is made of (`…将于`, `…正式`, `…期间,`)
_TAIL_WORDS: Final = tuple(
    (
        "将会|将于|将在|将|还|也|一直|计划|预计|拟|定于|已于|已经|已|于|在|正式|隆重|盛大|顺利|胜利|成功|"
        "共同|联合|即将|陆续|相继|再次|首次|最终|均|都|分别|同时|当天|当日|期间|的|了|等|为|是|时间|日期|期限|可|需|须|和|暂定|"
        "将至|来临|到来|临近|自|从|由|起|以来|请|开始|改期至|延期至|推迟至|调整至|提前至|顺延至|"
        "改期到|延期到|推迟到|顺延到|"
        "持续至|持续到|延续至|延续到|延长至|延长到|展期至|展期到|截至|截止到|截止至|截止|需|力争|争取|务必|必须"
    ).split("|")
)
_TAIL_MARKS: Final = ",，、「“(（《"
# how long it lasts, said after what (`世界休闲博览会为期半年` → `世界休闲博览会`)
_LENGTH_TAIL: Final = rx.compile(r"(?:为期|為期|持续|持續|历时|歷時|会期|展期)" + LASTING_FOR + "$")
# (`新展厅闭馆至`, `…营业至`, `暫停開放轄下10個場地至`: a measure's `至` before its end day,
# not `冬至`, `报到`)
_TAIL: Final = rx.compile(
    "(?:"
    + "|".join(_TAIL_WORDS)
    + rf"|(?<=[馆园制闭运停业放])到|(?<![冬夏])至|[{_TAIL_MARKS}\s])+$"
)
# (and a race's starting signal before its verb: `在江滨公园鸣锣开赛`, `鸣枪起跑`)
_ADVERB: Final = r"(?:隆重|盛大|正式|顺利|胜利|成功|圆满|火热|热闹|如期|鸣锣|鸣枪)?"
# Taiwan's officialese `假` (at: `订于12月21日假台北市市民广场举行`), not a break's (`放假`, `假期`)
_AT_VENUE: Final = r"(?<![放休请度暑寒年])假(?![期日])"
# (not `在校`, `在职`, `在岗`: who, not where: `全市在校中小学生陆续开始免费接种`)
_PLACE: Final = rx.compile(
    rf"(?:在(?![校职岗读编任])|于|{_AT_VENUE})(?P<place>[^,，;；。:：\d“”\u3000]{{2,24}}?){_ADVERB}"
    rf"(?={VERB.pattern})"
)
_HELD_NP: Final = rx.led(
    rf"^(?:{alternation(HAPPEN_VERBS)})的(?P<np>“[^”]{{1,30}}”[^,，;；。]{{0,12}}?|[^,，;；。]{{2,40}}?)"
    r"(?:上|中|里|期间|现场|之际|时)?"
    r"(?=$|吸引|受到|获得|共有|共|有|让|使|以|,|，|;|；|。)"
)
# a happening there is on or before a day (`3月1日之前有古代玉器展`, `前该馆有《…作品展》和
# 《…作品展》`, `年初二有维港烟花汇演`)
_SHOW_ON: Final = rx.compile(
    r"(?:(?:之)?前)?(?P<at>[^,，;；。有]{0,6}?)有(?:一|两|几)?(?:场|个|台|次|项|批|部)?"
    r"(?P<np>[^,，;；。]{2,40}?"
    r"(?:展|展览|演出|汇演|表演|比赛|大赛|节|巡游|晚会|庙会|灯会|音乐会|讲座|市集|集市|大集|放映)"
    r"[》”\"]?)(?:[,，;；。和及与]|$)"
)
# `当当网创始人李国庆、京东集团原财务副总裁蔡磊等知名企业家` → `知名企业家`.
_ENUMERATION: Final = rx.compile(r"^[^、,，]{1,20}(?:、[^、,，]{1,20})+等")
_NOTICE_TITLE: Final = rx.compile(
    r"^.{0,24}?关于|(?:招生|招募)?(?:的)?(?:通知|公告|通告|公示|启事|邀请函|预告|须知|指南)$"
    r"|(?:工作)?安排(?:如下)?$"
    r"|^(?:举办|开展|召开)"
)
# A subject that is a place (`世界花卉大观园将举办…`) is where the happening is.
_VENUE: Final = rx.compile(
    r"(?:园|馆|中心|广场|公园|书店|书局|剧院|剧场|影院|礼堂|体育场|会堂|村|社区|街道|景区|商场|"
    r"学校|校区|城|寺|庙|宫)$"
)
# `走进万达广场`: a happening that goes to a venue.
_GOES_TO: Final = rx.compile(
    r"(?:走进|来到|走入|进入|落户|开进|驶入)(?P<place>[^,，;；。]{0,12}?"
    + _VENUE.pattern.removesuffix("$")
    + ")"
)
_VENUE_PREFIX: Final = rx.compile(
    r"(?P<place>[^,，、“”]{2,10}?(?:公园|广场|体育中心|文化馆|图书馆|美术馆|博物馆|剧院|会展中心))"
    r"(?=[^,，、]{2,})"
)
# `由区文旅局主办的“宛平夜话”文化沙龙`: who organises it is not its name.
_ORGANISED_VERBS: Final = ("主办", "承办", "举办", "组织", "发起", "指导", "推出")
_ORGANISED_BY: Final = rx.compile(
    r"^由?(?P<who>[^,，“”]{2,24}?)(?:" + "|".join(_ORGANISED_VERBS) + ")的(?=.{2,})"
)
# what a phrase _ORGANISED_BY matches must hold (办的, 织的, 起的, 导的)
_ORGANISED_VERB_ENDS: Final = tuple(sorted({v[-1] + "的" for v in _ORGANISED_VERBS}))
# `将X报送至Y` / `将X报Y`: the 把-construction of submissions.
_HAND_IN: Final = rx.compile(
    r"^[^,，;；。将]{0,4}?将(?!在|于)(?P<obj>[^,，;；。]{2,16}?)"
    r"(?:报送|上报|提交|送交|报(?=[区市县街镇至到给]))(?:至|到|给)?"
)
_SECOND_HOLD: Final = rx.compile(rf"^(?:{alternation(HOLD_VERBS)})(?=.{{2,}})")
_EVERY: Final = ("各", "全", "每", "所有")
# who does what the rest says, no name of a happening (`考生`, `家长`, `街道`)
_PARTY: Final = rx.compile(
    r"考生|家长|新生|学生|市民|游客|居民|群众|旅客|乘客|车主|用户|申请人|参赛者|(?:参赛)?选手|读者|观众|"
    r"各单位|街道|社区|"
    r"区里|市里|县里"
)
# verbs that start what the next verb names (`接受报名`, `开始预约`): no subject of it
_STARTS_VERB: Final = frozenset(("接受", "开始", "开放", "启动"))
_GENERIC: Final = rx.led(
    r"^(?:报名|征求意见|意见反馈|申报|征集|预约|投票|公示|活动|比赛|赛事|演出|展览|课程|培训|讲座|会议|"
    r"举办|举行|会期|展期|议程|日程)$"
)
_SERVICE_STOP: Final = rx.compile(r"停水|停电|停气|施工|封闭施工|封路施工|交通管制")
# What stands between a clause's subject and its verb: a place, a means, a target, adverbs.
_ADVERBIALS: Final = rx.compile(
    rf"(?:(?:在(?![校职岗读编任])|于|到|赴|{_AT_VENUE})(?P<place>(?:“[^”]{{1,12}}”)?[^,，;；。:：“”\u3000]{{2,24}}?)"
    r"|(?:通过|经由|登录|利用)[^,，;；。]{1,20}?"
    r"|以[^,，;；。]{1,16}?的?(?:形式|方式)"  # `以灯谜活动的形式`: how, not what
    r"|(?:为|给|向)[^,，;；。在于到]{2,12}?"
    r"|对(?P<target>[^,，;；。]{2,20}?))?"
    r"(?:隆重|盛大|正式|顺利|胜利|成功|圆满|火热|热闹|如期|统一|集中|临时|暂时|全面|即将|将|还将|再次)?"
    r"(?:对外|向社会|向公众|免费)?$"
)
# `我公司`, `本单位`: the writer, not a name for the happening.
_FIRST_PERSON: Final = rx.led(
    r"^(?:我|本)(?:公司|局|单位|中心|院|馆|委|办|区|市|县|旗|乡|镇|村|省|州|街道|校|会|站|所)$"
)
# rooms, a programme, a sitting's agenda done (`会议圆满完成各项议程`: a meeting, no deadline)
_NOT_KIND_WORDS: Final = rx.compile(r"会议室|会议中心|展厅|展馆|节目|完成了?(?:各项|全部)议程")
# (what each of _NOT_KIND_WORDS begins with)
_NOT_KIND_OPENINGS: Final = ("会议", "展", "节目", "完成")
_BREAK_WORDS: Final = rx.compile(r"放假|假期|调休|休假")
# a title that is a break and the words before it (`国庆节放假调休`)
_BREAK_NAMED: Final = rx.compile(r"[\u4e00-\u9fff]{0,6}?(?:放假|放假调休|调休|休假|补休|补假)")
# The words of each kind table but the first, in table order (built once, not per event; one
# regex search per table, cheaper than a substring test per word).
_KIND_WORDS: Final = tuple(
    (kind, rx.compile(alternation(table))) for kind, table in KIND_TABLES[1:]
)
_OBJECT_END: Final = rx.compile(r"[,，;；。:：]")
_LASTING: Final = rx.compile(r"^(?:为期|為期)[^的,，]{1,8}的")

_OPENERS: Final = "“(《「"
_CLOSERS: Final = "”)》」"

CONF_VERB: Final = 0.85
CONF_FIELD: Final = 0.8
CONF_WEAK: Final = 0.55


def strip_phrase(text: str) -> str:
    """Return a phrase without its leading connectives, trailing adverbs and stray quotes."""
    if _may_lead(text):
        text = _LEAD.sub("", text)
    if "摄" in text:  # (a photo's credit before it: `某日报记者戴某摄2月10日,…`)
        text = _CREDIT_BEFORE.sub("", text)
    if "记者" in text or "記者" in text:  # (a byline left before it: `N海都记者林天真`)
        text = _BYLINE_BEFORE.sub("", text)
    if text.endswith(("天", "日", "月", "年", "周", "週", "星期")):
        text = _LENGTH_TAIL.sub("", text)
    # (tried only on a phrase ending in a tail word or mark: the regex is tried at every
    # position of the phrase, and most phrases end otherwise)
    if text and (
        text.endswith(_TAIL_WORDS)
        or text[-1] in _TAIL_MARKS
        or text[-1] in "至到"
        or text[-1].isspace()
    ):
        text = _TAIL.sub("", text)
    text = text.strip(" \"'")
    # (only a phrase holding one of its verbs then 的 can match: a substring test is far
    # cheaper than the regex's try at the start)
    if any(v in text for v in _ORGANISED_VERB_ENDS):
        text = _ORGANISED_BY.sub("", text)
    if text and (text[0] in _OPENERS + _CLOSERS or text[-1] in _CLOSERS):  # (most: neither)
        for left, right in ("“”", "()", "《》", "「」"):
            # (a closer left over from a quoted day before it: `”主会场开幕式`)
            if text.startswith((left, right)) and text.count(text[0]) > text.count(
                right if text[0] == left else left
            ):
                text = text[1:]
            if text.endswith(right) and text.count(right) > text.count(left):
                text = text[:-1]
    return text if len(text) >= 2 else ""


def lead_strip(text: str) -> str:
    """Return ``text`` without leading connectives (`还将`, `将于`, `,`)."""
    return _LEAD.sub("", text) if _may_lead(text) else text


# what, then the places it is at, listed (`台湾灯会在文武庙、龙山寺、欢乐灯区、建国路等地点`)
_AT_PLACES: Final = rx.compile(
    r"(?P<what>[^,，;；。在]{2,20}?)在(?P<place>[^,，;；。]{2,40}?等(?:地点|地|处|场所|场馆))"
)


def phrase_title(subject: str, rest: str) -> tuple[str, str | None, float]:
    """Return (title, place, confidence) from the words before and after the date.

    ``subject`` is what stands before the date in its clause (`园区周边主干道铺设工作于…`),
    ``rest`` what follows it; the clause after the date may have its own subject
    (`4月11日,区委常委会召开第62次会议`), which then wins.
    """
    place_m = _PLACE.search(rest) or _GOES_TO.search(subject + rest)
    place = place_m.group("place") if place_m else None
    # `协会举办的象棋赛将在…举行`: who holds it, then what and its own verb
    organised = _ORGANISED_BY.match(rest) if any(v in rest for v in _ORGANISED_VERB_ENDS) else None
    if organised and VERB.search(rest, organised.end()):
        if place is None and _VENUE.search(organised["who"]):
            place = organised["who"]  # `市会展中心举办的“跨年购物夜”活动`: held there
        rest = rest[organised.end() :]
    stripped = lead_strip(rest)  # (a regex substitution: done once for both rules below)
    held = _HELD_NP.match(stripped)
    if held:
        return strip_phrase(held.group("np")), place, CONF_VERB
    shown = _SHOW_ON.match(rest)
    if shown:  # `(杭州历史博物馆在)3月1日之前有古代玉器展`: what is on, at the venue before it
        venues = [w for w in (subject.strip().removesuffix("在"), shown["at"]) if _VENUE.search(w)]
        return shown["np"], place or (venues[0] if venues else None), CONF_VERB
    handed = _HAND_IN.match(rest)
    if handed:  # `将参会回执报区民政局`: what is handed in, and who hands it in
        subj = "" if _FIRST_PERSON.match(subject) else subject
        return subj + "报送" + strip_phrase(handed.group("obj")), place, CONF_VERB
    attended = _ATTENDS.match(stripped)
    if attended:  # `(局长张建宗)1月5日出席…护老院开幕典礼后`: what they attend, not who
        what = strip_phrase(_object(attended.group("obj")))
        if what:
            return what, place, CONF_VERB
    verb = VERB.search(rest)
    if not verb and (at := _AT_PLACES.fullmatch(rest.strip())):
        # `台湾灯会在文武庙、龙山寺…等地点`: who or what, then where (no list's last item)
        return strip_phrase(at["what"]), at["place"], CONF_WEAK + 0.1
    if not verb:
        # (`我馆将于…临时闭馆一天`: the writer names nothing when the rest does)
        title = subject
        if not subject or _FIRST_PERSON.match(subject):
            title = strip_phrase(_object(rest)) or subject
        elif _PARTY.fullmatch(subject):
            # `考生可于6月22日起…打印准考证`: who, then all they do
            title = subject + lead_strip(_OBJECT_END.split(rest, maxsplit=1)[0])
        return title, place, CONF_WEAK + (0.1 if subject else 0)
    before = rest[: verb.start()]
    frame = _ADVERBIALS.search(before)
    inner = strip_phrase(before[: frame.start()]) if frame else strip_phrase(before)
    if frame:
        place = place or frame.group("place")
    head = verb.group()
    if inner in _STARTS_VERB:
        head, inner = inner + head, ""  # `公益课将于3月25日起接受报名`: the course's registration
    subj = inner or subject
    if _FIRST_PERSON.match(subj):
        subj = ""
    obj = strip_phrase(_object(rest[verb.end() :]))
    if place is None and inner and _VENUE.search(inner) and not inner.startswith(_EVERY):
        place = inner
    if place is None:
        owner = _VENUE_PREFIX.match(subj)  # `陶然亭公园冰雪嘉年华`: the happening of a venue
        place = owner.group("place") if owner else None
    target = frame.group("target") if frame else None
    if target and head in TARGET_VERBS and obj:
        return target + obj, place, CONF_VERB
    if frame and target and _SERVICE_STOP.match(head + obj):
        # `对临河西郊110KV变9211花城Ⅰ回停电施工`: what is cut off names the stop (its manner
        # kept: `对五里店地区临时停水`)
        manner = before[frame.end("target") :].lstrip("将还")
        return target + manner + head + obj, place, CONF_VERB
    if head in COMPLETION_VERBS:
        if subject and len(inner) <= 2 and not _FIRST_PERSON.match(subject):
            subj = subject + inner  # `木栅内湖线今天全线通车`: how much of it, not what
        return (subj + head + obj if subj else obj), place, CONF_VERB
    if head in HOLD_VERBS:
        obj = _SECOND_HOLD.sub("", obj)  # `组织开展全民义务植树活动` → `全民义务植树活动`
        if _HOW_LONG.fullmatch(obj):
            obj = ""  # `书展将于14日在…体育馆举行5天`: how long it is held, not what
        if (
            not obj
            and subject
            and inner
            and len(inner) <= 6
            and not _FIRST_PERSON.match(subject)
            and not any(table.search(inner) for _, table in _KIND_WORDS)
        ):
            # `…总决赛于12月20日-22日香港举行`: what is held, then where with no `在` (not what is
            # held named after the day: `“家国同庆”中秋国庆文艺晚会将…举行`)
            return subject, place or inner, CONF_VERB
        if subj and (not obj or obj.startswith("第")):
            return subj + obj, place, CONF_VERB
        return obj, place, CONF_VERB if obj else CONF_WEAK
    if head in OPENING_VERBS:
        return subj or obj, place, CONF_VERB if subj or obj else CONF_WEAK
    return (subj if len(subj) <= 20 else "") + head + obj, place, CONF_VERB


_HOW_LONG: Final = rx.compile(r"[\d一二两三四五六七八九十]{1,3}(?:天|日|个月|周)")
# a person's attending a happening (`出席…开幕典礼后`, `参加全市…大会并讲话`)
_ATTENDS: Final = rx.compile(
    r"[^,，;；。]{0,16}?(?:出席|参加|参与|观看)了?(?!人数|人员|名单|者)"
    r"(?P<obj>[^,，;；。]{2,40}?)(?:后|时|并|$)"
)


def _object(text: str) -> str:
    text = _OBJECT_END.split(text.lstrip(":："), maxsplit=1)[0].lstrip("了")
    text = _LASTING.sub("", text)  # `为期4天的试运营` → `试运营`
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
    topic = title.rstrip(" |").split(" ")[-1]  # (`标题:关于…的公告 | |||`: a record's cell)
    for _ in range(3):
        stripped = _NOTICE_TITLE.sub("", topic)
        if stripped == topic:
            break  # (most titles are no notice's: nothing more would change)
        topic = stripped
    return topic.strip()


def is_venue(name: str) -> bool:
    """True for a name that ends as a place does (`含章书院分馆`, `人民公园`)."""
    return _VENUE.search(name) is not None


def is_generic(name: str) -> bool:
    """True for a name that says only what sort of thing happens (`活动`, `报名`)."""
    return bool(_GENERIC.match(name))


def with_topic(name: str, topic: str) -> str:
    """Return ``name`` prefixed by the notice topic when the name alone is generic (`报名`) or
    a bare stop of a service or road (`停水`, `封闭施工`)."""
    if topic and (not name or _GENERIC.match(name) or _SERVICE_STOP.fullmatch(name)):
        return topic if name and says(topic, name) else topic + name
    return name


def says(name: str, word: str) -> bool:
    """True when ``name`` holds ``word``, or the stop of a service that ``word`` is
    (`…公路养护工程封路施工` says `封闭施工`)."""
    if word in name:
        return True
    return _SERVICE_STOP.fullmatch(word) is not None and _SERVICE_STOP.search(name) is not None


def kind_of(
    title: str, clause: str, flags: frozenset[str], window: bool, before_qian: bool
) -> Kind:
    """Return the kind of a happening from its title, clause, time flags and notice field."""
    # (a substring test first: most clauses hold none of the words, and a sub call costs more)
    if any(w in clause for w in _NOT_KIND_OPENINGS):
        clause = _NOT_KIND_WORDS.sub("", clause)
    if any(w in title for w in _NOT_KIND_OPENINGS):
        title = _NOT_KIND_WORDS.sub("", title)
    dated_name = {"festival", "observance"} & flags
    if dated_name and _BREAK_WORDS.search(f"{title}{clause}"):
        return Kind.HOLIDAY
    if _BREAK_NAMED.fullmatch(title):
        return Kind.HOLIDAY  # `国庆节:10月1日至7日放假调休`: the break named by its dates
    if "deadline" in flags or window or before_qian:
        return Kind.DEADLINE
    for kind, table in _KIND_WORDS:
        if table.search(title):
            return kind
    for kind, table in _KIND_WORDS:
        if table.search(clause):
            return kind
    if dated_name and len(title) <= 8:
        return Kind.HOLIDAY
    return Kind.OTHER


def holiday_title(named: str, clause: str, on_break: bool) -> str:
    """Return the name of a holiday: the festival and `放假`, or `假期` for its break (a day
    with no break, `冬至`, `世界读书日`, is named alone)."""
    festival = re.sub(r"(?:当天|当日|期间|假期|小长假|长假|放假)+$", "", named.strip())
    if "放假" in clause:
        return festival + "放假"
    return festival + "假期" if on_break or "假期" in clause else festival

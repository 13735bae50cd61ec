"""Word tables the event builder reads: what kind of happening a clause names, what is not one.

Each entry is (word, gloss, example). The builder only reads the words; the gloss and the
example document the entry. Order inside a table does not matter: lookups use the longest
match. Text is NFKC (ASCII punctuation), so examples here are too.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from . import rx
from .chars import flag_table
from .model import Kind
from .timex.tables import SHORTHAND_VERBS

Entry = tuple[str, str, str]

# Verbs that say a happening takes place; the phrase around them names it.
HAPPEN_VERBS: Final[tuple[Entry, ...]] = (
    ("举办", "hold (an event)", "4月20日,区图书馆将举办读书分享会"),
    ("举行", "hold, take place", "论坛在中关村丰台园举行"),
    ("召开", "convene (a meeting)", "区委常委会召开第62次会议"),
    ("开幕", "open (a fair, a show)", "书市在泰舍书局开幕"),
    ("启幕", "open (a festival, a season)", "文化活动周在市政府前广场启幕"),
    ("揭幕", "be unveiled (a show)", "书画展在文化馆揭幕"),
    ("拉开序幕", "raise the curtain on", "雪顿节开幕式拉开序幕"),
    ("拉开帷幕", "raise the curtain on", "冰雪节在滨江公园拉开帷幕"),
    ("闭幕", "close (a fair, a congress)", "艺术节将于10月7日闭幕"),
    ("开展", "carry out (a campaign)", "5月起开展专项整治"),
    ("启动", "launch", "消费季4月28日启动"),
    ("开启", "open, start", "夜市5月1日开启"),
    ("上演", "be staged", "话剧将于周六晚上演"),
    ("亮相", "appear, debut", "新品将在展会上亮相"),
    ("登场", "open, come on (a fair, a show)", "年货大街2月10日登场"),
    ("开放", "open to the public", "公园5月1日起免费开放"),
    ("开馆", "open (a museum, a library)", "新馆将于6月1日开馆"),
    ("开园", "open (a park)", "花园将于4月开园"),
    ("开业", "open for business", "商场将于月底开业"),
    ("开通", "open (a line, a service)", "地铁线路年底开通"),
    ("通车", "open to traffic", "大桥将于9月通车"),
    ("进行", "be carried out", "演练将于明天上午进行"),
    ("开赛", "start (a match)", "联赛5月6日开赛"),
    ("开跑", "start (a race)", "马拉松4月16日开跑"),
    ("开课", "start (classes)", "课程3月1日开课"),
    ("开学", "start (the school term)", "中小学9月1日开学"),
    ("开班", "start (a course)", "培训班下周一开班"),
    ("发布", "publish, release", "需求发布活动"),
    ("邀请", "invite", "还会邀请知名企业家走进书市"),
    ("完工", "be completed (works)", "主干道铺设工作于4月底完工"),
    ("竣工", "be completed (construction)", "项目年底竣工"),
    ("建成", "be built", "公园9月建成"),
    ("完成", "be completed", "改造工程6月底前完成"),
    ("投用", "be put into use", "新校区9月投用"),
    ("投入使用", "be put into use", "停车场月底投入使用"),
    ("交付", "be handed over", "安置房年底交付"),
    ("截止", "close (a window)", "报名5月10日截止"),
    ("结束", "end", "活动将于4月24日结束"),
    ("封闭", "close (a road)", "该路段4月20日起封闭施工"),
    ("封路", "close roads", "港岛及西九龙区当日下午4时开始分阶段封路"),
    ("施工", "carry out works", "夜间施工"),
    ("停水", "cut the water supply", "4月18日停水"),
    ("停电", "cut the power supply", "明日停电"),
    ("限行", "restrict traffic", "五一期间限行"),
    ("放假", "have a holiday", "劳动节放假5天"),
    ("报名", "register", "报名时间为4月1日至10日"),
    ("开唱", "start singing (a concert)", "音乐节明晚开唱"),
    ("开演", "start (a show)", "演出晚7点开演"),
    ("展出", "be on show", "作品展将在文化馆展出"),
    ("推出", "put on, launch", "将推出系列活动"),
    ("组织", "organise", "将组织义诊"),
    ("启用", "be put into service", "公交场站5月20日起启用"),
    ("公布", "announce", "6月10日前公布审核结果"),
    ("放映", "screen (a film)", "将放映红色电影"),
    ("查询", "look up (results)", "家长可查询录取信息"),
    ("领取", "collect", "5月1日起领取"),
    ("提交", "submit", "5月31日前提交材料"),
    ("报送", "send in", "6月底前报送"),
    ("缴纳", "pay", "6月30日前缴纳"),
    ("采集", "collect (data)", "信息采集时间"),
    ("鸣枪", "fire the starting gun", "半程马拉松将在天安门广场鸣枪起跑"),
    ("发枪", "fire the starting gun", "沈阳马拉松将于9月9日8时发枪起跑"),
    ("起跑", "start (a race)", "比赛7:30起跑"),
    ("亮灯", "light up", "灯会每晚18:00亮灯"),
    ("实行", "put in force", "周边将实行交通管制"),
    ("实施", "carry out", "对万泉寺小区实施临时停水"),
    ("预约", "book", "旁听人员请通过电话预约"),
    ("登记", "register", "有意者请于5月5日前到社区服务站登记"),
    ("接种", "vaccinate", "为辖区居民接种流感疫苗"),
    ("首演", "premiere", "舞剧《永定河》将在丰台剧院首演"),
    ("开市", "open (a market)", "文创市集将在中央绿谷开市"),
    ("开场", "open, get under way", "一场喜娘招亲活动在长乐区和平街热闹开场"),
    ("开售", "go on sale", "门票将于11月20日上午10点开售"),
    ("采取", "take (measures)", "对沿线道路采取临时交通管理措施"),
)

# Verbs that open a happening named by their subject (`书市在泰舍书局开幕` → `书市`).
OPENING_VERBS: Final = frozenset(
    "开幕 启幕 揭幕 拉开序幕 拉开帷幕 开唱 开演 开赛 开跑 起跑 鸣枪 发枪 启动 开启 亮相 登场 "
    "展出 开展 开课 开班 亮灯 首演 开市 开场".split()
)
# Verbs whose `对X` target and object name the happening (`对X小区实施临时停水` → `X小区临时停水`).
TARGET_VERBS: Final = frozenset("实施 实行 进行 开展 采取".split())

# Verbs of holding: the title is their object (`举办“邻里节”游园会` → `“邻里节”游园会`).
HOLD_VERBS: Final = frozenset("举办 举行 召开 开展 进行 上演 推出 组织 邀请".split())

# Verbs of completion: the title keeps them ("园区周边主干道铺设工作完工").
COMPLETION_VERBS: Final = frozenset(
    (
        "完工 竣工 建成 完成 投用 投入使用 交付 开通 通车 开馆 开园 开业 截止 结束 闭幕 启用 开售"
    ).split()
)

# Kind triggers, checked in this order: the first table with a word in the clause wins.
HOLIDAY_WORDS: Final[tuple[Entry, ...]] = (
    ("放假", "public holiday", "五一劳动节放假5天"),
    ("假期", "holiday period", "国庆假期"),
    ("调休", "swapped working day", "4月23日调休上班"),
    ("休假", "day off", "春节休假"),
)
DEADLINE_WORDS: Final[tuple[Entry, ...]] = (
    ("完工", "works completed", "4月底完工"),
    ("竣工", "construction completed", "年底竣工"),
    ("建成", "built by", "9月建成"),
    ("完成", "completed by", "6月底前完成"),
    ("投用", "in use by", "9月投用"),
    ("投入使用", "in use by", "月底投入使用"),
    ("交付", "handed over by", "年底交付"),
    ("截止", "closing date", "报名截止时间"),
    ("报名", "registration window", "报名时间:4月1日至10日"),
    ("申报", "application window", "申报时间"),
    ("申请时间", "application window", "申请时间:5月1日至31日"),
    ("征集", "call for entries", "作品征集时间"),
    ("征求意见", "public consultation", "公开征求意见"),
    ("意见反馈", "consultation feedback", "意见反馈截止日期"),
    ("缴纳", "payment due", "6月30日前缴纳"),
    ("缴费", "payment due", "缴费时间"),
    ("预约", "booking window", "预约时间"),
    ("投票", "voting window", "投票时间"),
    ("登记", "registration", "登记时间"),
    ("提交", "submission due", "5月31日前提交"),
    ("采集", "data collection window", "入学信息采集时间为5月6日至5月20日"),
    ("报送", "submission due", "6月底前报送"),
)
MEETING_WORDS: Final[tuple[Entry, ...]] = (
    ("常委会", "standing committee meeting", "区委常委会召开第62次会议"),
    ("常务会", "executive meeting", "区政府常务会议"),
    ("代表大会", "congress", "红十字会第六次会员代表大会"),
    ("全会", "plenary session", "区委全会"),
    ("会议", "meeting", "联席会议"),
    ("大会", "assembly", "动员大会"),
    ("座谈会", "symposium", "企业家座谈会"),
    ("听证会", "public hearing", "价格听证会"),
    ("研讨会", "seminar", "学术研讨会"),
    ("推进会", "progress meeting", "工作推进会"),
    ("部署会", "planning meeting", "安全生产部署会"),
)
ACTIVITY_WORDS: Final[tuple[Entry, ...]] = (
    ("活动", "event", "需求发布活动"),
    ("书市", "book fair", "北京书市"),
    ("展览", "exhibition", "书画展览"),
    ("展", "show", "摄影展"),
    ("演出", "performance", "文艺演出"),
    ("剧场", "theatre show", "亲子绘本剧场"),
    ("欣赏", "appreciation session", "京剧名段欣赏"),
    ("游园", "garden party", "游园会"),
    ("讲座", "lecture", "健康讲座"),
    ("讲堂", "lecture series", "名家讲堂"),
    ("论坛", "forum", "创新发展论坛"),
    ("沙龙", "salon", "阅读沙龙"),
    ("比赛", "competition", "篮球比赛"),
    ("运动会", "sports meet", "亲子运动会"),
    ("大赛", "contest", "创业大赛"),
    ("赛", "match", "马拉松赛"),
    ("马拉松", "marathon", "北京半程马拉松"),
    ("节", "festival", "文化节"),
    ("市集", "market", "春日文化市集"),
    ("集市", "market", "年货集市"),
    ("庙会", "temple fair", "春节庙会"),
    ("歌圩", "song fair", "三月三歌圩"),
    ("灯会", "lantern show", "元宵灯会将于正月十三至十七在滨江公园举办"),
    ("巡游", "parade", "花车巡游"),
    ("联欢", "get-together", "迎新春联欢"),
    ("演唱会", "pop concert", "跨年演唱会"),
    ("读书会", "reading circle", "社区读书会"),
    ("茶话会", "tea party", "新春茶话会"),
    ("敬老宴", "banquet for the elderly", "重阳敬老宴"),
    ("音乐会", "concert", "新年音乐会"),
    ("晚会", "gala evening", "消夏文艺晚会"),
    ("派对", "party", "除夕线下倒数派对"),
    ("大集", "market fair", "迎春年货大集"),
    ("仪式", "ceremony", "启动仪式"),
    ("发布会", "press event", "新闻发布会"),
    ("开幕", "opening", "开幕式"),
    ("义诊", "free clinic", "社区义诊"),
    ("招聘会", "job fair", "春季招聘会"),
    ("分享", "talk, sharing", "分享阅读故事"),
    ("体验", "hands-on event", "非遗体验"),
    ("开放日", "open day", "校园开放日"),
    ("放映", "screening", "露天电影放映"),
    ("演练", "drill", "应急演练"),
    ("培训", "training", "消防培训"),
)


@functools.cache
def words(table: tuple[Entry, ...]) -> tuple[str, ...]:
    """Return the words of a table, longest first."""
    return tuple(sorted({e[0] for e in table}, key=lambda w: (-len(w), w)))


def alternation(table: tuple[Entry, ...] | frozenset[str]) -> str:
    """Return a regex alternation of the table's words, longest first."""
    return rx.alternation(table if isinstance(table, frozenset) else words(table))


KIND_TABLES: Final[tuple[tuple[Kind, tuple[Entry, ...]], ...]] = (
    (Kind.HOLIDAY, HOLIDAY_WORDS),
    (Kind.DEADLINE, DEADLINE_WORDS),
    (Kind.MEETING, MEETING_WORDS),
    (Kind.ACTIVITY, ACTIVITY_WORDS),
)

# Context that makes a dated mention not an event (checked in the mention's clause).
NOT_EVENT_BEFORE: Final[tuple[Entry, ...]] = (
    ("截至", "statistics cut-off", "截至4月底,共接待游客10万人次"),
    ("截止到目前", "statistics cut-off", "截止到目前"),
    ("截止目前", "statistics cut-off", "截止目前,已有300人报名"),
    ("原定", "the date a moved event had", "原定于10月15日举行的比赛将推迟至11月5日"),
    ("原计划", "the date a moved event had", "原计划于5月举办的展会延期"),
    ("原来的", "the date a moved event had", "时间由原来的12-13日改为14日"),
    ("时点为", "a census reference instant", "普查标准时点为2023年12月31日24时"),
    ("成文日期", "the day a document was written (its metadata)", "成文日期: 2015年12月10日"),
    ("成文时间", "the day a document was written (its metadata)", "成文时间:2023-05-25"),
    ("归档时间", "the day a page was archived (its metadata)", "归档时间:2018-11-21"),
    ("归档日期", "the day a page was archived (its metadata)", "归档日期:2020-03-02"),
)
REPORTING_AFTER: Final[tuple[Entry, ...]] = (
    ("获悉", "learned (reporting date)", "记者13日从区教委获悉"),
    ("了解到", "learned (reporting date)", "记者昨日了解到"),
    ("获知", "learned (reporting date)", "记者今天获知"),
    ("发布消息", "announced (reporting date)", "区交通委昨日发布消息"),
    ("发布通知", "issued a notice (reporting date)", "国务院办公厅25日发布通知"),
    ("发布关于", "issued a notice on (reporting date)", "国务院办公厅12日发布关于节假日安排的通知"),
    ("透露", "disclosed (reporting date)", "相关负责人昨日透露"),
    ("报导】", "an outlet's bracketed dateline (reporting date)", "【大紀元10月8日報導】"),
    ("报道】", "an outlet's bracketed dateline (reporting date)", "【大纪元10月8日报道】"),
)
CANCELLED: Final[tuple[Entry, ...]] = (
    ("取消", "cancelled", "原定5月1日的演出取消"),
    ("停办", "discontinued", "今年庙会停办"),
    ("不再举办", "no longer held", "不再举办"),
    ("暂停举办", "suspended", "暂停举办"),
    ("推迟举办", "postponed (date unknown)", "推迟举办"),
    ("不再组织", "no longer organised", "今年元宵节不再组织开展任何形式节庆活动"),
    ("不组织", "not organised", "元宵节不组织节庆活动"),
    ("不延长", "not extended", "9月15日、9月16日地铁运营服务时间不延长"),
    ("不安排", "not scheduled", "国庆黄金周期间原则上不安排停电检修"),
)
# Words of a statistic: a month or a span of months beside them is a reporting period.
STATISTIC_WORDS: Final[tuple[Entry, ...]] = (
    ("同比", "year on year", "1—10月,营业额同比增长15%"),
    ("环比", "month on month", "3月环比增长"),
    ("累计", "cumulative", "1—3月累计接待游客"),
    ("共计", "in total", "共计完成"),
    ("合共", "in total (as Hong Kong and Macao write it)", "合共检控9宗非法燃放爆竹"),
    ("增长", "growth", "增长15%"),
    ("下降", "decline", "下降3%"),
    ("人次", "person-visits (a count)", "共接待游客35万人次"),
    ("共接待", "received in total", "节日期间共接待游客"),
    ("据统计", "according to the statistics", "据统计,去年7月底至8月初的强降雨期间,共转移群众"),
)
# A notice's own boilerplate: `本通告自发布之日起施行` dates the notice, not a happening.
SELF_REFERENCE: Final = rx.compile(r"本(?:通告|公告|通知|办法|规定|细则|意见|措施|方案)")
# Field labels of notices whose time is opening hours, not an event.
OPENING_HOURS: Final[tuple[Entry, ...]] = (
    ("开放时间", "opening hours", "开放时间:9:00-17:00(周一闭馆)"),
    ("营业时间", "business hours", "营业时间:10:00-22:00"),
    ("办公时间", "office hours", "办公时间:工作日9:00-17:00"),
    ("服务时间", "service hours", "服务时间:8:30-17:30"),
    ("咨询时间", "hotline hours", "咨询时间:工作日9:00-17:00"),
    ("开馆时间", "opening hours", "开馆时间:周二至周日"),
    ("作息时间", "working hours", "从10月9日起,机关单位作息时间为:上午8:30至12:00"),
    ("运营时间", "operating hours (a line's)", "从12月17日起,2号线运营时间为6:04-22:50"),
)
# What is done "during" a happening named before (`放假期间,政务服务中心暂停对外办公`): after
# `X期间` one of these makes a happening over X's days.
DURING_ACTS: Final[tuple[Entry, ...]] = (
    ("举办", "hold", "文化节期间,集美学村还将举办“嘉庚风情”夜市"),
    ("举行", "hold, take place", "庙会期间将举行民俗巡游"),
    ("开展", "carry out", "展销会期间,县农业农村局还将组织电商企业开展直播带货"),
    ("推出", "put on, launch", "假期期间,全市将推出“迎新年”系列文旅活动"),
    ("暂停", "suspend (a service)", "放假期间,区政务服务中心暂停对外办公"),
    ("关闭", "close", "市政务服务中心假期期间关闭实体大厅"),
    ("禁止", "forbid (traffic)", "夜市开放期间,湖滨路每天17:30至23:30禁止机动车通行"),
    ("实行", "put in force", "灯会期间南湖公园北门实行只进不出"),
    ("实施", "put in force", "管制期间实施单向通行"),
    ("开通", "open (a bus line)", "市公交集团将在高峰期间开通8条祭扫专线"),
    ("设置", "set up", "停水期间,我公司将在南湖花园东门设置临时供水点"),
    ("交通组织", "traffic arrangements", "将于糖酒会期间对蜀州路进行临时交通组织措施"),
)
# Words with a date that still say nothing about when (近日 = "recently").
UNDATED: Final[tuple[Entry, ...]] = (
    ("近日", "recently", "近日,丰台区召开联席会议"),
    ("日前", "a few days ago", "日前,记者走访"),
    ("近期", "lately / soon", "近期将开展"),
    ("目前", "at present", "目前已聚集企业150余家"),
    ("近年来", "in recent years", "近年来,我区深入推进"),
    ("当前", "at present", "对当前和今后一段时期的工作任务进行了安排部署"),
    ("现在", "now", "现在已开放预约"),
    ("如今", "nowadays", "如今,这里已成为网红打卡地"),
    ("眼下", "at the moment", "眼下正是赏花季"),
)
# Labels of notice fields, mapped to what the field gives.
FIELD_ROLES: Final[dict[str, str]] = {
    "时间": "time",
    "活动时间": "time",
    "举办时间": "time",
    "会议时间": "time",
    "比赛时间": "time",
    "演出时间": "time",
    "展览时间": "time",
    "展期": "time",
    "日期": "time",
    "报名时间": "window",
    "报名日期": "window",
    "报名截止时间": "window",
    "报名截止日期": "window",
    "申报时间": "window",
    "申请时间": "window",
    "征集时间": "window",
    "投稿时间": "window",
    "预约时间": "window",
    "意见反馈时间": "window",
    "反馈时间": "window",
    "征求意见时间": "window",
    "公示时间": "window",
    "公示期": "window",
    "地点": "place",
    "报名地点": "place",
    "报名方式": "how",
    "活动地点": "place",
    "举办地点": "place",
    "会议地点": "place",
    "比赛地点": "place",
    "演出地点": "place",
    "展览地点": "place",
    "地址": "place",
    "场地": "place",
    "集合地点": "place",
    "主题": "name",
    "活动主题": "name",
    "名称": "name",
    "活动名称": "name",
    "会议名称": "name",
    "项目名称": "name",
    "内容": "what",
    "活动内容": "what",
    # (sections of advice, not the matter the notice is on)
    "注意事项": "notes",
    "其他事项": "notes",
    "温馨提示": "notes",
}


# What a sentence must contain for the time grammar to find anything in it: a digit, a
# character of a date or clock word, or a festival or solar term named without 节/日. It is a
# superset on purpose (`日` also matches 日常); only sentences without any of these are skipped.
_HINT_WORDS: Final = (
    "星期|礼拜|禮拜|端午|中秋|元宵|清明|重阳|重陽|腊八|臘八|国庆|國慶|圣诞|聖誕|五一|十一|六一|七一|八一|"
    "立春|雨水|惊蛰|春分|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|"
    "立冬|小雪|大雪|冬至|小寒|大寒|龙抬头|二月二|上午|下午|中午|凌晨|傍晚|早上|即日|届时|"
    "季度|暑假|寒假|今起|明起|昨起|当今|黎明|晏晝|三一五|双十二|瞻礼|大斋期|新春|"
    + "|".join(day + verb for day in "昨今明" for verb in SHORTHAND_VERBS)  # (`…昨开幕`)
)
_HINT_CHARS: Final = (
    "0123456789０１２３４５６７８９年月日号號天周週时時点點节節旬底晚宵夕旦夜晨初早午"
)
# One alternation of literals (the characters, then the words): the regex engine gathers the
# first characters into one set and skips to them in C, where a character class followed by
# a lookahead is tried at every position.
TIME_HINT: Final = rx.compile(
    "|".join([re.escape(ch) for ch in _HINT_CHARS] + _HINT_WORDS.split("|"))
)
# The same by character code, for a loop over a sentence (extractors.chars): HINT_FLAGS marks
# the characters that are a hint (HINT_CHAR) and those that open a hint word (HINT_WORD: then
# HINT_SECONDS marks the characters that may come second, and TIME_HINT is matched there).
HINT_CHAR: Final = 1
HINT_WORD: Final = 2


def _hint_tables() -> tuple[bytes, bytes]:
    words = _HINT_WORDS.split("|")
    alone = "".join(w for w in words if len(w) == 1)
    pairs = [w for w in words if len(w) > 1]
    firsts = flag_table((HINT_CHAR, _HINT_CHARS + alone), (HINT_WORD, "".join(w[0] for w in pairs)))
    return bytes(firsts), bytes(flag_table((HINT_WORD, "".join(w[1] for w in pairs))))


_HINT_TABLES: Final = _hint_tables()
HINT_FLAGS: Final = _HINT_TABLES[0]
HINT_SECONDS: Final = _HINT_TABLES[1]


_ROLE_SUFFIXES: Final = (
    ("报名时间", "window"),
    ("截止时间", "window"),
    ("截止日期", "window"),
    ("时间", "time"),
    ("日期", "time"),
    ("地点", "place"),
    ("地址", "place"),
    ("名称", "name"),
    ("主题", "name"),
    ("事项", "name"),  # `听证事项:道路改建工程项目`: what the hearing is on
)


@functools.cache
def field_role(label: str) -> str | None:
    """Return what a notice field gives (`time`, `window`, `place`, `name`, …) or None.

    Labels not in FIELD_ROLES are read by their ending: `体检时间` is a time, `体检地点` a place.
    """
    role = FIELD_ROLES.get(label)
    if role is not None or not label:
        return role
    return next((r for suffix, r in _ROLE_SUFFIXES if label.endswith(suffix)), None)

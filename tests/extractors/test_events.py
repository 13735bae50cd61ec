"""Event builder rules, as tables of real-looking sentences (dates read per spec/events.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from extractors import Event, Kind, moment_iso
from extractors import extract_page as _extract_page
from extractors.model import Page, day_of

PUB = dt.date(2023, 4, 14)


def extract_page(text: str, published: dt.date | None = None, **options: Any) -> Page:
    """The page's events as the rules read them: these tables test the rules, so the reranker,
    a model with its own tests (test_rerank.py), is off."""
    return _extract_page(text, published, rerank=False, **options)


def events(text: str, published: dt.date = PUB) -> list[Event]:
    return list(extract_page(text, published).events)


def periods(text: str, published: dt.date = PUB) -> list[tuple[str, str]]:
    return [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, published)]


# --------------------------------------------------------------- dates of happenings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕。",
            [("2023-04-14", "2023-04-24")],
            id="range",
        ),
        pytest.param(
            "预计园区周边主干道铺设工作于4月底完工。",
            [("2023-04-30", "2023-04-30")],
            id="month-end-target",
        ),
        pytest.param("新馆将于5月下旬开馆。", [("2023-05-21", "2023-05-31")], id="month-part"),
        pytest.param(
            "在“4·23”世界读书日当天，书店将举办签售活动。",
            [("2023-04-23", "2023-04-23")],
            id="named-day-and-anaphora-one-event",
        ),
        pytest.param(
            "4月11日，区委常委会召开第62次会议。", [("2023-04-11", "2023-04-11")], id="past-meeting"
        ),
        pytest.param(
            "请于5月10日前将材料报送至区教委。",
            [("2023-05-10", "2023-05-10")],
            id="deadline-before",
        ),
        pytest.param(
            "即日起至5月31日，市民可到各街道领取。",
            [("2023-04-14", "2023-05-31")],
            id="from-publication",
        ),
        pytest.param(
            "即起至5月31日,加入會員、續會員即贈開卡禮。",
            [("2023-04-14", "2023-05-31")],
            id="from-publication-as-taiwan-says-it",
        ),
        pytest.param(
            "1月2日，新年音乐会在区文化馆上演。",
            [("2023-01-02", "2023-01-02")],
            id="year-nearest-publication",
        ),
        pytest.param(
            "10月12—13日，运动会在区体育场举行。", [("2023-10-12", "2023-10-13")], id="dash-range"
        ),
        pytest.param(
            "二〇二三年五月九日，区人大常委会召开会议。",
            [("2023-05-09", "2023-05-09")],
            id="chinese-numerals",
        ),
        pytest.param(
            "原定于4月20日举行的半程马拉松将推迟至5月7日举行，起跑时间为上午7时30分。",
            [("2023-05-07T07:30", "2023-05-07T07:30")],
            id="moved-event-keeps-only-the-new-date",
        ),
        pytest.param(
            "定于4月22日9:00至17:00停水。如遇雨天，停水时间顺延至4月29日同一时段。",
            [("2023-04-22T09:00", "2023-04-22T17:00")],
            id="rain-fallback-date-is-not-an-event",
        ),
        pytest.param(
            "五一期间，博物馆正常开放。",
            [],
            id="open-as-usual-is-opening-hours",
        ),
        pytest.param(
            "博物馆将于4月22日、4月23日下午2点举办两场专家导览活动。",
            [("2023-04-22T14:00", "2023-04-22T14:00"), ("2023-04-23T14:00", "2023-04-23T14:00")],
            id="clock-after-a-list-of-dates",
        ),
        pytest.param(
            "招聘公告\n\n一、考试\n准考证打印：4月20日至22日\n咨询电话：63801234（工作日9:00-17:00）",
            [("2023-04-20", "2023-04-22")],
            id="hotline-hours-are-not-a-time-line",
        ),
        pytest.param(
            "明天起，为期三天的非遗市集将在长辛店老镇开市。市集每天上午10时开门，晚上9时闭市。",
            [("2023-04-15T10:00", "2023-04-17T21:00")],
            id="lasting-n-days-with-opening-and-closing",
        ),
        pytest.param(
            "市人民代表大会第二次会议将于4月17日在市会议中心召开,会期4天半。",
            [("2023-04-17", "2023-04-21")],
            id="a-sessions-length",
        ),
        pytest.param(
            "会议于4月17日上午9:00开幕,4月20日上午闭幕,正式会期三天半。",
            [("2023-04-17T09:00", "2023-04-20")],
            id="a-sessions-length-after-its-close",
        ),
        pytest.param(
            "服务时间为4月29日至5月3日，每天8:00至18:00。",
            [("2023-04-29T08:00", "2023-05-03T18:00")],
            id="service-time-with-dates-is-not-opening-hours",
        ),
        pytest.param(
            "接种门诊时间为每周二、周四上午8:00-11:30。免费接种工作将持续至5月31日。",
            [("2023-04-14", "2023-05-31")],  # running from the paper's day: no start said
            id="weekday-list-after-mei-is-weekly",
        ),
        pytest.param(
            "此外，市人才服务中心“春风行动”系列活动持续至4月底，4月29日还将在高新区举办"
            "制造业专场招聘会。",
            [("2023-04-14", "2023-04-30"), ("2023-04-29", "2023-04-29")],
            id="running-until-with-no-start-runs-from-publication",
        ),
        pytest.param(
            "4月16日起，全区社区卫生服务中心将开始提供流感疫苗接种服务。"
            "60岁以上老人免费接种工作将持续至5月31日。",
            [("2023-04-16", "2023-05-31")],
            id="running-until-of-a-happening-still-to-start-is-its-end",
        ),
        pytest.param(
            "国庆节：10月1日至7日放假调休，共7天。\n（一）放假期间，区政务服务中心及各镇（街道）"
            "便民服务中心暂停对外办公，10月8日起恢复正常办公。",
            [
                ("2023-10-01", "2023-10-07"),
                ("2023-10-01", "2023-10-07"),
                ("2023-10-08", "2023-10-08"),
            ],
            id="during-the-break-named-before-a-closure",
        ),
        pytest.param(
            "我公司定于4月23日8:00至20:00对以下区域暂停供水。停水期间，我公司将在南湖花园东门设置"
            "临时供水点（8:30—19:30）。",
            [("2023-04-23T08:00", "2023-04-23T20:00"), ("2023-04-23T08:30", "2023-04-23T19:30")],
            id="during-the-outage-a-supply-point-at-its-own-hours",
        ),
        pytest.param(
            "端午假期（6月8日至10日）期间，青龙古镇还将举办非遗市集，每天上午9:00至晚上9:00。",
            [("2023-06-08", "2023-06-10"), ("2023-06-08T09:00", "2023-06-10T21:00")],
            id="holiday-restated-then-during-gives-the-holiday-and-the-market",
        ),
        pytest.param(
            "“五一”假期（4月29日至5月3日），为缓解交通压力，区公交公司将开通城区至桃源镇的旅游专线。",
            [("2023-04-29", "2023-05-03"), ("2023-04-29", "2023-05-03")],
            id="holiday-restated-frames-the-rest-of-its-sentence",
        ),
        pytest.param(
            "中秋假期期间（9月10日至12日），5家文博场馆将推出延时开放活动，每天9:00至20:00。",
            [("2023-09-10T09:00", "2023-09-12T20:00")],
            id="during-the-holiday-restated-dates-one-happening",
        ),
        pytest.param(
            "元宵灯会将于4月20日至26日举行。灯会期间，园内还将举办猜灯谜、舞龙舞狮等民俗活动。",
            [("2023-04-20", "2023-04-26")],
            id="examples-of-what-a-fair-offers-are-not-a-happening",
        ),
        pytest.param(
            "人民公园第十五届菊花展将于4月28日至5月20日举办，展出菊花品种600余个。"
            "开展首日上午10时，公园南门广场将举行开幕式。",
            [("2023-04-28", "2023-05-20"), ("2023-04-28T10:00", "2023-04-28T10:00")],
            id="first-day-of-the-range-before",
        ),
        pytest.param(
            "4月20日至22日，农产品展销会将在东湖镇农贸广场举办，其中展销会首日上午9时将举行颁奖。",
            [("2023-04-20", "2023-04-22"), ("2023-04-20T09:00", "2023-04-20T09:00")],
            id="first-day-inside-the-ranges-sentence",
        ),
        pytest.param(
            "县首届半程马拉松将于4月23日（周日）7:30在县体育中心鸣枪开跑。参赛选手可于4月21日、"
            "22日两天到县体育中心领取参赛物品。比赛当天6:30至12:00，赛道沿线道路实行交通管制。",
            [
                ("2023-04-23T07:30", "2023-04-23T07:30"),
                ("2023-04-21", "2023-04-22"),
                ("2023-04-23T06:30", "2023-04-23T12:00"),
            ],
            id="race-day-is-not-the-kit-collection-day",
        ),
        pytest.param(
            "西溪湿地公园第十二届荷花节将持续到明天（4月15日）结束。",
            [("2023-04-14", "2023-04-15")],
            id="running-until-tomorrow-restated",
        ),
        pytest.param(
            "正月初三至初五，每天下午2时30分，经典花鼓戏将在湖南大剧院连续上演。",
            [("2023-01-24T14:30", "2023-01-26T14:30")],
            id="lunar-range-with-a-daily-time-is-dated",
        ),
        pytest.param(
            "4月7日，卢沟桥街道邻里文化节在晓月苑社区启幕。\n\n据悉，邻里文化节将持续至4月17日，"
            "其间各社区将轮流举办手工月饼制作等活动。",
            [("2023-04-07", "2023-04-17")],
            id="running-until-ends-the-happening-begun-before",
        ),
        pytest.param(
            "“五一”假期（4月29日至5月3日）期间，城墙南门将举办“月满长安”五一灯会，"
            "每天19:00至22:30亮灯。",
            [("2023-04-29", "2023-05-03"), ("2023-04-29T19:00", "2023-05-03T22:30")],
            id="festival-naming-a-show-dated-before-is-its-occasion",
        ),
        pytest.param(
            "杭州第4届亚残运会将于22日晚在杭州奥体中心体育场开幕，28日闭幕。",
            [("2023-04-22", "2023-04-28")],
            id="opening-at-a-place-then-closing-day",
        ),
        pytest.param(
            "湖滨路夜市将于4月22日（本周六）起开市，持续到9月份，每天18:00至23:00营业。"
            "为方便市民出行，夜市开放期间，湖滨路每天17:30至23:30禁止机动车通行。",
            [("2023-04-22T18:00", "2023-09-30T23:00"), ("2023-04-22T17:30", "2023-09-30T23:30")],
            id="daily-hours-of-the-run-open-its-first-day-and-during-it-a-closure",
        ),
        pytest.param(
            "4月21日至23日，市人社局将连续开展3场线上直播招聘，每场从19:30开始。",
            [("2023-04-21T19:30", "2023-04-23T19:30")],
            id="per-session-start-over-a-range",
        ),
        pytest.param(
            "5月22日，县委社会工作部对报名人员进行资格初审，初审结果于当天18:00前在网上公布。",
            [("2023-05-22", "2023-05-22"), ("2023-05-22T18:00", "2023-05-22T18:00")],
            id="same-day-deadline-is-its-own-event",
        ),
        pytest.param(
            "第一剂次于4月20日接种，第二剂次于首剂接种6个月后完成。",
            [("2023-04-20", "2023-04-20")],
            id="months-after-a-happening-are-no-date",
        ),
        pytest.param(
            "目前，5月15日的车票将于4月16日开售。",
            [("2023-04-16", "2023-04-16")],
            id="the-day-a-ticket-is-for-is-no-event",
        ),
        pytest.param(
            "元旦以来每天都有上千名游客前来采摘。",
            [],
            id="since-a-festival-is-a-count",
        ),
        pytest.param(
            "樱桃红了 白水村采摘节下月开园\n\n本报讯 5月1日，第六届白水村樱桃采摘节将在白水村"
            "樱桃园开幕，持续至5月20日。\n采摘节开幕式定于当天上午10时举行。",
            [("2023-05-01", "2023-05-20"), ("2023-05-01T10:00", "2023-05-01T10:00")],
            id="opening-ceremony-day-is-the-opening-day-not-the-last-said",
        ),
        pytest.param(
            "托管时间为7月7日至8月15日，每周一至周五8:30—17:00。",
            [("2023-07-07T08:30", "2023-08-15T17:00")],
            id="weekday-hours-over-a-range",
        ),
        pytest.param(
            "宁波博物院等文化场馆除大年初一闭馆外照常开放。",
            [],
            id="a-day-excepted-from-a-rule-is-no-event",
        ),
        pytest.param(
            "天坛公园则将在4月22日、23日两天上午推出“小小讲解员”体验活动。",
            [("2023-04-22", "2023-04-23")],
            id="mornings-of-the-days-listed-are-no-day-of-their-own",
        ),
        pytest.param(
            "自行车赛将于4月22日鸣枪开赛，比赛当天上午8:30，骑手将从园博园出发。",
            [("2023-04-22T08:30", "2023-04-22T08:30")],
            id="same-day-anaphora-gives-the-happening-its-time",
        ),
        pytest.param(
            "据统计，去年7月底至8月初的强降雨期间，全区共转移群众3200余人。",
            [],
            id="statistics-period",
        ),
        pytest.param(
            "献血者献血前一天晚上应避免饮酒。",
            [],
            id="lead-time-before-a-happening",
        ),
        pytest.param(
            "通知公布了2024年元旦、春节、清明节和劳动节放假调休日期的具体安排。",
            [],
            id="run-of-named-days-is-a-topic-list",
        ),
        pytest.param(
            "门票即日起在小程序开启预售，预售截止日期为5月15日。",
            [("2023-04-14", "2023-05-15")],
            id="window-from-publication-closed-by-jiezhi",
        ),
        pytest.param(
            "区博物馆“青铜文明特展”将暂定延期至6月7日，“古代壁画艺术展”将延期至4月26日；"
            "区美术馆“版画名家”特展将暂定延期至6月28日。",
            [
                ("2023-04-14", "2023-06-07"),
                ("2023-04-14", "2023-04-26"),
                ("2023-04-14", "2023-06-28"),
            ],
            id="shows-each-extended-to-a-day-run-until-it",
        ),
        pytest.param(
            "国庆烟花汇演下周三晚上8时在维港两岸上演，港岛及西九龙区当日下午4时开始分阶段封路。",
            [("2023-04-19T20:00", "2023-04-19T20:00"), ("2023-04-19T16:00", "2023-04-19T16:00")],
            id="roads-closed-from-an-hour-that-day",
        ),
        pytest.param(
            "本届文化博览会将于5月12日拉开帷幕，记者昨天从组委会获悉，今年的博览会将推出一系列"
            "市民活动，从12日到18日天天有节目。",
            [("2023-05-12", "2023-05-18")],
            id="opening-day-said-again-alone-starts-its-run",
        ),
        pytest.param(
            "嘉年华将于4月16日开幕，持续至5月25日，其中五一假期期间延长开放至晚上8点。",
            [("2023-04-16", "2023-05-25")],
            id="changed-closing-hour-is-no-start-time",
        ),
        pytest.param(
            "足球联赛本周开幕\n\n联赛将于本周六在丰台体育中心开幕，决赛定于5月14日举行。\n开幕式当天下午3点，揭幕战将打响。",
            [("2023-04-15T15:00", "2023-04-15T15:00"), ("2023-05-14", "2023-05-14")],
            id="named-anaphora-gives-the-named-happening-its-time",
        ),
        pytest.param(
            "新线计划于4月30日开通试运营，开通当天首班车6:00发车，末班车23:00发车。",
            [("2023-04-30T06:00", "2023-04-30T06:00")],
            id="last-service-time-is-no-happening",
        ),
        pytest.param(
            "区图书馆近日发布5月公益讲座安排。",
            [],
            id="month-naming-a-schedule",
        ),
        pytest.param(
            "本报4月14日讯 当天上午9时，镇里将在文化广场举办丰收节大集，活动持续至下午4时。",
            [("2023-04-14T09:00", "2023-04-14T16:00")],
            id="closing-time-said-later-in-the-sentence",
        ),
        pytest.param(
            "其中，4月17日至5月7日，星期一至星期五限行尾号分别为2和7、3和8。",
            [("2023-04-17", "2023-05-07")],
            id="dated-range-narrowed-to-weekdays-is-dated",
        ),
        pytest.param(
            "大红门博物馆5月中旬前具备开馆条件。",
            [("2023-05-20", "2023-05-20")],
            id="deadline-before-a-month-part-is-its-last-day",
        ),
        pytest.param(
            "莲花池公园冰场将于4月30日开放，开放时间为每天9:00至17:00。",
            [("2023-04-30", "2023-04-30")],
            id="opening-hours-after-an-opening-day",
        ),
        pytest.param(
            "开放安排\n\n故宫文化博物馆将于4月20日(星期四)维持开放，开放时间为上午10时至下午6时。",
            [("2023-04-20T10:00", "2023-04-20T18:00")],
            id="a-days-own-opening-hours-not-said-daily",
        ),
        pytest.param(
            "本周末两天（4月15日、16日）晚7点，夜跑活动将在园博园举行。",
            [("2023-04-15T19:00", "2023-04-16")],
            id="dates-restated-in-brackets",
        ),
        pytest.param(
            "新馆开放\n\n新馆将于5月1日起试开放。读者可自4月25日起预约入馆。试开放期为期一个月。",
            [("2023-05-01", "2023-05-31"), ("2023-04-25", "2023-04-25")],
            id="lasting-said-in-a-later-sentence",
        ),
        pytest.param(
            "电影周启幕\n\n电影周将于4月17日至19日巡回放映，每场放映时间为18:30至20:30。\n"
            "放映安排如下：\n4月17日 东高地社区\n4月19日 青塔社区",
            [
                ("2023-04-17T18:30", "2023-04-19T20:30"),
                ("2023-04-17T18:30", "2023-04-17T20:30"),
                ("2023-04-19T18:30", "2023-04-19T20:30"),
            ],
            id="session-time-of-a-range-times-its-listed-days",
        ),
        pytest.param(
            "某区将于4月17日至19日晚上七时半至十时半,分别于东公园、西公园和南公园举办灯会。"
            "东公园的灯会于17日举行,设有猜灯谜摊位。西公园的灯会于18日举行。",
            [
                ("2023-04-17T19:30", "2023-04-19T22:30"),
                ("2023-04-17T19:30", "2023-04-17T22:30"),
                ("2023-04-18T19:30", "2023-04-18T22:30"),
            ],
            id="session-time-of-a-range-held-at-places-in-turn-times-its-days",
        ),
        pytest.param(
            "首场灯会于4月19日在东公园举行,第2场灯会4月22日在西公园举行。\n"
            "2场灯会均于晚上7时30分至10时30分举行,还有舞狮表演。",
            [("2023-04-19T19:30", "2023-04-19T22:30"), ("2023-04-22T19:30", "2023-04-22T22:30")],
            id="hours-said-of-several-at-once-time-each",
        ),
        pytest.param(
            "自5月1日起，全区助餐点供餐时间调整为午餐11:00至13:00，晚餐17:00至18:30。",
            [("2023-05-01", "2023-05-01")],
            id="hours-changed-from-a-day-are-not-its-time",
        ),
        pytest.param(
            "7月20日,苏州队主场对战镇江队,开球时间由原先的16时调整为19时。",
            [("2023-07-20T19:00", "2023-07-20T19:00")],
            id="a-matchs-kick-off-moved-to-an-hour-is-its-time",
        ),
        pytest.param(
            "另据了解，劳动节前两个周末将迎来出游高峰。",
            [],
            id="weekends-before-a-festival",
        ),
        pytest.param(
            "据悉，明年的丰台半马将于3月下旬举行。",
            [("2024-03-21", "2024-03-31")],
            id="relative-year-before-a-yearless-date",
        ),
        pytest.param(
            "副区长说，去年受冷空气影响，桃花节开幕式最终在3月25日开幕。",
            [("2022-03-25", "2022-03-25")],
            id="relative-year-in-the-clause-before-a-yearless-date",
        ),
        pytest.param(
            "去年，全区共举办活动30场，今年，桃花节将于3月25日开幕。",
            [("2023-03-25", "2023-03-25")],
            id="relative-year-two-clauses-before-is-not-carried",
        ),
        pytest.param(
            "2024年全国硕士研究生招生考试初试将于12月23日至24日举行。",
            [("2022-12-23", "2022-12-24")],
            id="absolute-year-naming-an-edition-is-not-carried",
        ),
        pytest.param(
            "暑假期间（7月8日至8月31日），活动中心将开设20个公益夏令营班次。",
            [("2023-07-08", "2023-08-31")],
            id="period-restated-in-brackets-takes-the-dates",
        ),
        pytest.param(
            "元宵节前后，我区各公园将推出多场灯会活动。",
            [],
            id="around-a-festival-is-vague",
        ),
        pytest.param(
            "燃气排查\n\n第二季度我区将集中开展燃气安全隐患排查整治。",
            [("2023-04-01", "2023-06-30")],
            id="quarter-as-a-plan",
        ),
        pytest.param("一季度，全区共排查燃气用户1.2万户。", [], id="quarter-of-a-statistic"),
        pytest.param(
            "书市将于下周五（4月21日）在园博园开幕，为期五天，每天9:00至21:00开放。",
            [("2023-04-21T09:00", "2023-04-25T21:00")],
            id="lasting-n-days-later-in-the-sentence",
        ),
        pytest.param(
            "4月30日当晚，地铁12条线路将延长运营至次日凌晨2时。",
            [("2023-04-30", "2023-05-01T02:00")],
            id="next-day-after-an-anaphor-is-the-day-after",
        ),
        pytest.param(
            "大赛于3月1日启动征稿，3月31日截止，共收到作品3600余幅。",
            [("2023-03-01", "2023-03-31")],
            id="start-and-close-with-jiezhi-in-the-date-words",
        ),
        pytest.param(
            "高温期间，日最高气温达到40℃以上时，应当停止当日室外露天作业。",
            [],
            id="anaphor-in-a-condition-is-any-such-day",
        ),
        pytest.param(
            "年检集中办理工作将于4月17日开始，持续至5月31日。办理时间为工作日9:00-12:00、13:30-17:00。",
            [("2023-04-17T09:00", "2023-05-31T17:00")],
            id="working-day-hours-of-the-range-before",
        ),
        pytest.param(
            "健步走活动将于4月23日上午8时举行。活动报名已于4月12日截止。"
            "活动当天，南门停车场将暂停对社会车辆开放。",
            [
                ("2023-04-23T08:00", "2023-04-23T08:00"),
                ("2023-04-12", "2023-04-12"),
                ("2023-04-23", "2023-04-23"),
            ],
            id="day-of-the-activity-not-of-its-registration-close",
        ),
        pytest.param(
            "亲子运动会将于4月22日在区体育馆举行。报名时间为4月10日至18日，"
            "活动当天，体育馆停车场将暂停对外开放。",
            [
                ("2023-04-22", "2023-04-22"),
                ("2023-04-10", "2023-04-18"),
                ("2023-04-22", "2023-04-22"),
            ],
            id="activity-day-after-a-registration-window-is-the-activitys",
        ),
        pytest.param(
            "亲子运动会定于4月22日举行，报名将于4月18日截止。比赛当天，体育馆周边道路实行交通管制。",
            [
                ("2023-04-22", "2023-04-22"),
                ("2023-04-18", "2023-04-18"),
                ("2023-04-22", "2023-04-22"),
            ],
            id="match-day-named-by-its-sort-skips-the-registration-close",
        ),
        pytest.param(
            "文化节开幕\n\n4月8日，葡萄文化节在怪村开幕。本届文化节为期一个月。",
            [("2023-04-08", "2023-05-07")],
            id="opening-day-lasting-said-in-the-next-sentence",
        ),
        pytest.param(
            "自5月1日起，路侧停车收费时段由7:00至21:00调整为7:00至19:00。",
            [("2023-05-01", "2023-05-01")],
            id="charging-hours-changed-from-a-day",
        ),
        pytest.param(
            "婚博会将于本周六、周日（4月15日、16日）在国展举办，展会时间为每天9:00至17:00。",
            [("2023-04-15T09:00", "2023-04-16T17:00")],
            id="weekday-list-restated-in-brackets",
        ),
        pytest.param(
            "4月28日我市将试鸣防空警报\n\n本报讯 4月28日上午10时至10时23分，全市试鸣防空警报。",
            [("2023-04-28T10:00", "2023-04-28T10:23")],
            id="headline-opening-with-a-date-is-a-headline",
        ),
        pytest.param(
            "5月17日，由市文物局主办、纪念馆与书画学会承办的“泼墨七贤庄”书法作品展在纪念馆展出，展期1个月。",
            [("2023-05-17", "2023-06-16")],
            id="a-shows-term-after-its-opening-day-in-its-sentence",
        ),
        pytest.param(
            "为期1个月的《吴冠中艺术回顾展》将于4月20日在美术馆举办。",
            [("2023-04-20", "2023-05-19")],
            id="a-length-before-what-is-held-from-a-day-said-after-it",
        ),
        pytest.param(
            "4月13日，为期1个月的《吴冠中艺术回顾展》将于4月20日在美术馆举办。",
            [("2023-04-13", "2023-04-13"), ("2023-04-20", "2023-05-19")],
            id="the-length-is-the-later-days-not-the-reporting-days",
        ),
        pytest.param(
            "为期两天的经贸论坛4月20日下午3时在长沙举行闭幕仪式。",
            [("2023-04-20T15:00", "2023-04-20T15:00")],
            id="a-length-before-a-closing-day-runs-from-none",
        ),
        pytest.param(
            "从5月1日起,政府部门开始实行夏季作息时间。该作息时间到9月30日为止。",
            [("2023-05-01", "2023-09-30")],
            id="an-end-said-of-what-was-told-pointed-back-to",
        ),
        pytest.param(
            "从4月2日起,卫生院组织医务人员走村串户,为农民送健康。此次“送健康”活动将于今年5月全部结束。",
            [("2023-04-02", "2023-05-31")],
            id="the-close-of-one-begun-said-with-all-of-it",
        ),
        pytest.param(
            "历经12天的激情畅饮,哈尔滨之夏国际啤酒节13日晚闭幕。",
            [("2023-04-02", "2023-04-13")],
            id="a-length-before-a-closing-days-clause-runs-back-from-it",
        ),
        pytest.param(
            "为期十七日的第十五届美食节昨日结束,闭幕仪式于昨晚十时举行。",
            [("2023-03-28", "2023-04-13"), ("2023-04-13T22:00", "2023-04-13T22:00")],
            id="the-length-of-what-is-named-right-before-its-closing-day",
        ),
        pytest.param(
            "一連7天的第31屆香港書展13日閉幕,共吸引約48萬人次入場。",
            [("2023-04-07", "2023-04-13")],
            id="days-in-a-row-before-an-editions-closing-day",
        ),
        pytest.param(
            "图书馆将举办夏令营,4月17日第一期开营,5月17日闭营,每天活动时间为9:30—16:30。",
            [("2023-04-17T09:30", "2023-05-17T16:30")],
            id="a-camps-opening-then-its-closing",
        ),
        pytest.param(
            "学校由15日起暂停所有校内活动,直至4月28日为止。",
            [("2023-04-15", "2023-04-28")],
            id="a-suspension-from-a-day-on-is-a-measure",
        ),
    ],
)
def test_dates_of_happenings(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "食物環境衞生署今日公布,農曆年宵市場於1月23日(年廿四)至29日(年初一)在15個地點舉行。",
            "2024-12-17",
            [("2025-01-23", "2025-01-29")],
            id="the-lunar-year-is-no-year-gone-by",
        ),
        pytest.param(
            "10月14日,第十二届中国长江三峡国际旅游节在宜昌开幕。本届旅游节以“诗画宜昌”为主题,"
            "主体活动将进行至10月21日。",
            "2021-10-15",
            [("2021-10-14", "2021-10-21")],
            id="its-main-activities-go-on-until-a-day",
        ),
        pytest.param(
            "7月15日,第五届环青海湖自行车赛将在西宁市拉开帷幕。\n\n第五届环青海湖自行车赛从参赛队伍水平到"
            "比赛规模均超过了前四届,赛程共分为9段,为期9天。",
            "2006-07-14",
            [("2006-07-15", "2006-07-23")],
            id="a-length-in-a-clause-of-its-own-is-of-what-its-sentence-opens-with",
        ),
        pytest.param(
            "9月22日上午,书画名家作品邀请展在射阳开幕。本次展览从酝酿到组织实施,历时3个月。",
            "2020-09-25",
            [("2020-09-22", "2020-09-22")],
            id="how-long-it-took-from-one-step-to-another-is-no-run",
        ),
        pytest.param(
            "济南府学文庙于10月18日开始例行古建筑维修工作。文庙修缮保护工程早已开始,"
            "部分单体建筑已历时五年,需要例行维修保养。",
            "2011-10-17",
            [("2011-10-18", "2011-10-18")],
            id="how-long-it-has-already-lasted-is-no-run",
        ),
        pytest.param(
            "2018沈阳马拉松将于9月9日8时发枪起跑,全程关门时间为14时。",
            "2018-09-01",
            [("2018-09-09T08:00", "2018-09-09T14:00")],
            id="a-race-from-its-start-to-its-cut-off",
        ),
        pytest.param(
            "第44届塔子山灯会昨晚在塔子山公园揭幕。即日起至下月19日(除夕当晚闭园),市民可前来赏灯。",
            "2012-01-21",
            [("2012-01-20", "2012-01-20"), ("2012-01-21", "2012-02-19")],
            id="a-day-a-run-leaves-out-in-brackets-is-no-happening",
        ),
        pytest.param(
            "2月14日,张家界市城区将举办元宵灯会活动。此外,元宵灯会活动当天,市城区实行分区域分时段的"
            "交通管制措施:8:30至12:00,解放路禁止机动车通行;18:30至24:00,解放路、回龙路实行交通管制。",
            "2014-02-12",
            [
                ("2014-02-14", "2014-02-14"),
                ("2014-02-14T08:30", "2014-02-14T12:00"),
                ("2014-02-14T18:30", "2014-02-14T23:59"),
            ],
            id="a-measure-on-the-day-of-a-happening-is-its-own",
        ),
        pytest.param(
            "1月2日，新年音乐会在区文化馆上演。",
            "2023-12-20",
            [("2024-01-02", "2024-01-02")],
            id="december-paper-next-january",
        ),
        pytest.param(
            "10月9日重阳节当日,街道办热闹非凡,一场场敬老活动相继举办。",
            "2017-03-08",
            [("2016-10-09", "2016-10-09")],
            id="festival-after-its-day-is-that-days-year",
        ),
        pytest.param(
            "4月20日,某镇第三届梨花节开幕。\n据了解,本次节会为期15天,共举办开幕式、采摘等12项主题活动。",
            "2023-04-21",
            [("2023-04-20", "2023-05-04")],
            id="this-editions-length-said-later-runs-the-opening-on",
        ),
        pytest.param(
            "8月20日,第二十二届葡萄节正式拉开帷幕。本届葡萄节举办时间为8月20日至9月5日,历时十七天。",
            "2023-08-21",
            [("2023-08-20", "2023-09-05")],
            id="a-length-after-its-own-run-is-that-runs",
        ),
        pytest.param(
            "人民网>>重庆频道>>区县\n\n某县:“花果同树”奇观再现 忠橙文化旅游月21日启幕\n\n"
            "2024年04月19日14:42 |\n\n“花果同树”奇观。余某摄\n\n4月19日,从某县获悉,该县将于"
            "4月21日至5月20日开展2024年第五届忠橙文化旅游月活动。",
            "2024-04-19",
            [("2024-04-21", "2024-05-20")],
            id="a-headlines-opening-of-a-campaign-month-is-its-run",
        ),
        pytest.param(
            "2020年9月28日至十一国庆节期间,我县将举办第十一届胡杨文化旅游节,为确保胡杨文化旅游节期间"
            "景区周边道路交通安全,胡杨文化旅游节期间将禁止大中型货车通过胡杨大道。",
            "2020-09-22",
            [("2020-09-28", "2020-10-08"), ("2020-09-28", "2020-10-08")],
            id="during-a-festival-named-in-the-clause-after-its-dates",
        ),
        pytest.param(
            "自2025年7月24日至2025年7月27日,新华路(春晖路—蒲桥路)将实行半封闭施工。为保障道路交通"
            "安全,施工期间,新华路(春晖路—蒲桥路)将采取由西向东禁止一切车辆通行的交通管制措施。",
            "2025-07-24",
            [("2025-07-24", "2025-07-27")],
            id="a-works-own-restriction-told-again-at-length",
        ),
        pytest.param(
            "22日起该市将临时封闭主桥部分车道。\n据悉,22日凌晨起至25日,市政工程管理处将封闭北往南"
            "大桥跨中左侧主车道;26日至28日,封闭该路段右侧主车道。",
            "2014-11-21",
            [("2014-11-22", "2014-11-25"), ("2014-11-26", "2014-11-28")],
            id="a-lead-from-a-day-sums-up-the-runs-told-after-it",
        ),
        pytest.param(
            "1月19日,屏山县第四届油菜花旅游文化节将在中都镇拉开序幕。\n油菜花旅游文化节从1月19日开幕"
            "持续到20日,系列活动将轮番登场。",
            "2020-01-09",
            [("2020-01-19", "2020-01-20")],
            id="an-opening-said-as-raising-the-curtain-is-the-runs-first-day",
        ),
        pytest.param(
            "映山红滑雪场今日正式举行首滑仪式。位于漠河北极村的北极圣诞滑雪场也于当日下午开启首滑。",
            "2017-10-23",
            [("2017-10-23", "2017-10-23")],
            id="a-place-named-after-a-festival-dates-nothing",
        ),
        pytest.param(
            "4月10日,2021渭南马拉松赛在大荔县鸣锣开赛。\n4月10日早上8点,随着发令枪响起,参赛选手们依次冲过"
            "起点线。",
            "2021-04-12",
            [("2021-04-10T08:00", "2021-04-10T08:00")],
            id="the-hour-of-the-start-signal-is-the-days-races",
        ),
        pytest.param(
            "第5届金门书展将于14日在金城中学体育馆举行5天,展出两岸图书3万多册。",
            "2010-07-13",
            [("2010-07-14", "2010-07-18")],
            id="held-for-days-somewhere-runs-from-that-day",
        ),
        pytest.param(
            "为庆祝农历秋分首个“中国农民丰收节”,某乡将于22日举行庆祝“中国农民丰收节”暨慰问系列活动。",
            "2018-09-20",
            [("2018-09-22", "2018-09-22")],
            id="the-first-festival-a-happening-celebrates-is-its-occasion",
        ),
        pytest.param(
            "据悉,该文化节将持续5个多月,从农历六月六洗晒节开始,中秋节进入高潮,最后在冬至日落幕。",
            "2016-07-11",
            [("2016-07-09", "2016-12-21"), ("2016-09-15", "2016-09-15")],
            id="from-a-day-then-its-close-clauses-on-is-one-run",
        ),
        pytest.param(
            "6月1日上午10时,“全城消费--某市购物节”于万达广场正式启动。\n本次购物节持续一个月,各大商超将让利。",
            "2020-06-02",
            [("2020-06-01T10:00", "2020-06-30")],
            id="this-editions-length-with-persists",
        ),
        pytest.param(
            "9月22日上午,2024年丰收节主会场活动在地坑院景区举行。\n据悉,本次丰收节活动为期两天,内容丰富。",
            "2024-09-22",
            [("2024-09-22", "2024-09-23")],
            id="this-editions-length-of-one-held-that-day",
        ),
        pytest.param(
            "海湾大桥主体工程已完工,大桥和接线工程将于明年上半年建成通车。",
            "2010-12-22",
            [("2011-01-01", "2011-06-30")],
            id="a-half-year-as-a-target-is-the-whole-half",
        ),
        pytest.param(
            "2021年上半年征兵体检将于12月1日至5日在县人民医院进行。",
            "2020-11-27",
            [("2020-12-01", "2020-12-05")],
            id="a-half-year-naming-a-campaign-dated-otherwise",
        ),
        pytest.param(
            "「香港工展会•澳门」昨日开幕,一连四日的展会设有约二百个摊位。",
            "2019-04-20",
            [("2019-04-19", "2019-04-22")],
            id="days-in-a-row-after-the-opening",
        ),
        pytest.param(
            "6月25日,各幼儿园开始公布招生简章,时间不少于7天。",
            "2022-06-01",
            [("2022-06-25", "2022-07-01")],
            id="a-least-length-said-in-its-sentence",
        ),
        pytest.param(
            "警方周日凌晨12时45分起,分阶段封闭西九龙公路南行线。",
            "2026-01-12",
            [("2026-01-18T00:45", "2026-01-18T00:45")],
            id="twelve-before-dawn-is-past-midnight",
        ),
        pytest.param(
            "招生录取工作从12月3日开始,12月19日全部结束。",
            "2012-09-14",
            [("2012-12-03", "2012-12-19")],
            id="a-start-then-its-end-all-of-it",
        ),
        pytest.param(
            "新华都购物广场将于明年上半年在福州城区开出第8家门店。",
            "2012-12-18",
            [("2013-01-01", "2013-06-30")],
            id="a-half-year-planned-for-a-store-opening",
        ),
        pytest.param(
            "利害关系人应当在公告发布之日起5日(时间为:2022年12月13日—2022年12月19日)内提出书面听证"
            "报名申请。",
            "2022-12-14",
            [("2022-12-13", "2022-12-19")],
            id="a-window-from-the-notice-counted-by-its-dates-in-brackets",
        ),
        pytest.param(
            "国务院办公厅公布2020年部分节假日安排\n\n新华社北京11月21日电 通知如下。"
            "端午节：6月25日至27日放假调休，共3天。",
            "2019-11-22",
            [("2020-06-25", "2020-06-27")],
            id="next-years-holiday-schedule-is-read-in-that-year",
        ),
        pytest.param(
            "人事總處公布明年政府行政機關辦公日曆表,連續假期共5個。"
            "其中端午節(6月9日至6月11日)放假3天,但依今3月2日新訂的要點辦理。",
            "2015-06-18",
            [("2016-06-09", "2016-06-11"), ("2015-03-02", "2015-03-02")],
            id="next-years-office-calendar-is-read-in-that-year-but-this-years-day-in-this",
        ),
        pytest.param(
            "依據105年政府行政機關辦公日曆表,中秋節(9月15日至9月17日)放假3天。",
            "2015-06-18",
            [("2016-09-15", "2016-09-17")],
            id="an-office-calendar-in-a-republic-year",
        ),
        pytest.param(
            "某县公车处成立于1953年,当年二月县府就购入五辆公车,今晚开出最后一班车。",
            "2014-10-01",
            [("1953-02-01", "1953-02-28"), ("2014-10-01", "2014-10-01")],
            id="a-month-of-that-year-is-in-the-year-said-before",
        ),
        pytest.param(
            "春节期间某图书馆调整还书期限:原还书日为1月25日至3月4日者,分别延至2月4日至3月5日。",
            "2025-01-20",
            [("2025-02-04", "2025-03-05")],
            id="a-run-moved-to-another-run-is-the-new-one",
        ),
        pytest.param(
            "受疫情影响,某考试延至本月24日开考。",
            "2020-04-02",
            [("2020-04-24", "2020-04-24")],
            id="a-day-moved-to-is-the-new-one",
        ),
        pytest.param(
            "某医院门诊安排如下:\n1、1月31~2月2日(初一至初三)全天停诊。",
            "2014-01-20",
            [("2014-01-31", "2014-02-02")],
            id="an-items-number-before-its-date-is-no-month",
        ),
        pytest.param(
            "某健康管理中心除夕(2月9日)-正月初四(2月13日)休息,2月14日正常上班。",
            "2024-01-30",
            [("2024-02-09", "2024-02-13")],
            id="two-named-days-glossed-by-their-dates-are-a-run",
        ),
        pytest.param(
            "某区同乐日活动开幕式今早10时举行,闭幕式今午3时举行,烟花汇演今夜8时上演。",
            "2023-09-30",
            [
                ("2023-09-30T10:00", "2023-09-30T10:00"),
                ("2023-09-30T15:00", "2023-09-30T15:00"),
                ("2023-09-30T20:00", "2023-09-30T20:00"),
            ],
            id="this-morning-noon-and-night-with-their-hours-are-today",
        ),
        pytest.param(
            "某區同樂日活動開幕式今午舉行。",
            "2023-09-30",
            [("2023-09-30", "2023-09-30")],
            id="this-noon-in-hong-kong-usage",
        ),
        pytest.param(
            "从昨天开始,地铁某站的B出入口临时封闭,计划在1月21日重新开通。",
            "2012-01-05",
            [("2012-01-04", "2012-01-20")],
            id="closed-from-yesterday-until-it-opens-again",
        ),
        pytest.param(
            "从昨天起,某大街禁止电动自行车通行。",
            "2016-04-12",
            [("2016-04-11", "2016-04-11")],
            id="a-measure-from-yesterday-is-the-day-it-began",
        ),
        pytest.param(
            "某广场灯光秀今年最后一场将于本周六上演。明年1月至3月,灯光秀减少播放场次。",
            "2017-12-20",
            [("2017-12-23", "2017-12-23"), ("2018-01-01", "2018-03-31")],
            id="next-years-months-are-a-plan-not-a-count",
        ),
        pytest.param(
            "某县宣布农业博览会于9月22日登场,展期23天。",
            "2018-09-20",
            [("2018-09-22", "2018-10-14")],
            id="a-shows-term-in-days-after-its-opening",
        ),
        pytest.param(
            "6月1日22时起某路段封闭施工,次晨6时恢复通行。",
            "2023-05-30",
            [("2023-06-01T22:00", "2023-06-02T06:00")],
            id="closed-until-the-next-mornings-hour",
        ),
        pytest.param(
            "6月1日22时起某路段封闭施工,隔天早上6时恢复通行。",
            "2023-05-30",
            [("2023-06-01T22:00", "2023-06-02T06:00")],
            id="closed-until-the-day-afters-hour",
        ),
        pytest.param(
            "某年货市场6月1日起至21日每天上午10时至晚上10时营业,最后一天不会营业至隔天凌晨。",
            "2023-05-30",
            [("2023-06-01T10:00", "2023-06-21T22:00")],
            id="an-end-said-not-to-be",
        ),
        pytest.param(
            "明年端午節(6月9日至11日)放假3天,市民可提前規劃行程。",
            "2015-06-18",
            [("2016-06-09", "2016-06-11")],
            id="a-date-glossing-next-years-festival-is-in-its-year",
        ),
        pytest.param(
            "市政务服务中心除夕至正月初六暂停线下服务，网上办事大厅正常运行。",
            "2023-01-13",
            [("2023-01-21", "2023-01-27")],
            id="a-service-suspended-offline-is-a-closure",
        ),
        pytest.param(
            "该镇传统的“二月二”庙会将于十三、十四、十五日三天在青石镇老街举办。",
            "2021-03-08",
            [("2021-03-13", "2021-03-15")],
            id="quoted-lunar-day-naming-a-fair-dated-after-is-its-occasion",
        ),
        pytest.param(
            "城北客运枢纽项目预计9月建成投用；老城区雨污分流改造工程将于汛期前的5月31日前全面完成"
            "主干管网接驳。",
            "2022-03-08",
            [("2022-09-01", "2022-09-30"), ("2022-05-31", "2022-05-31")],
            id="planned-month-is-the-coming-one",
        ),
        pytest.param(
            "今年端午节放假时间为6月22日至24日，共3天。",
            "2023-06-16",
            [("2023-06-22", "2023-06-24")],
            id="holiday-span",
        ),
        pytest.param(
            "本报杭州11月19日讯（记者 陈静）音乐节将于明天晚上7点30分开唱。",
            "2023-11-20",
            [("2023-11-20T19:30", "2023-11-20T19:30")],
            id="relative-to-dateline",
        ),
        pytest.param(
            "音乐节明晚7时开唱，持续至11月26日。",
            "2023-11-20",
            [("2023-11-21T19:00", "2023-11-26")],
            id="runs-on-to",
        ),
        pytest.param(
            "灯会将从2月22日元宵节起在站前广场点灯开幕,延续年节热闹氛围欢腾喜气洋溢至3月6日。",
            "2016-02-10",
            [("2016-02-22", "2016-03-06")],
            id="runs-on-to-what-carries-on-said-between",
        ),
        pytest.param(
            "第九届美食文化节今日开幕。昨日下午,本届美食文化节主办方举行新闻发布会。"
            "本届美食文化节18日结束。",
            "2010-10-16",
            [("2010-10-16", "2010-10-18"), ("2010-10-15", "2010-10-15")],
            id="the-close-of-the-one-said-to-open-not-of-the-last-named",
        ),
        pytest.param(
            "【本报驻澳门记者某某某30日电】澳门明日亦有一系列庆祝国庆活动,"
            "特区政府将于明日早上8时在金莲花广场举行升旗仪式。",
            "2008-10-01",
            [("2008-10-01", "2008-10-01"), ("2008-10-01T08:00", "2008-10-01T08:00")],
            id="tomorrow-after-a-reporters-bracketed-dateline",
        ),
        pytest.param(
            "交通管制包括4日的开幕式(下午4时至晚上8时30分)及12日闭幕式(下午5时至晚上9时30分)。",
            "2017-02-01",
            [("2017-02-04T16:00", "2017-02-04T20:30"), ("2017-02-12T17:00", "2017-02-12T21:30")],
            id="an-opening-and-a-closing-ceremony-each-at-its-hours",
        ),
    ],
)
def test_dates_with_their_reference(text: str, published: str, expected) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


# ----------------------------------------------------------------------- not events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本报杭州11月19日讯（记者 陈静）近日，西湖区召开座谈会。", id="dateline"),
        pytest.param("记者13日从区教委获悉，全区中小学已完成改造。", id="reporting-date"),
        pytest.param("截至4月底，全区共接待游客10万人次。", id="statistics-cut-off"),
        pytest.param(
            "截止今天上午10时，已有15位听证代表发言。", id="statistics-cut-off-said-jiezhi"
        ),
        pytest.param("换证时须持剩余有效期间20日以上的证件。", id="days-and-more-a-duration"),
        pytest.param("本次燃放的烟花有3号~6号特效礼花弹。", id="sizes-numbered-with-hao"),
        pytest.param(
            "id=B52CF6167D2A&accessName=dcwb&pageDate=2021-02-19&pageId=62B361FA",
            id="a-web-addresss-date-parameter",
        ),
        pytest.param("保安宮保生大帝聖誕將至,信眾陸續進香。", id="a-deitys-birthday-not-christmas"),
        pytest.param(
            "学生年龄统一按照入学日9月1日(含本日)计算。", id="the-day-a-rule-counts-by-included"
        ),
        pytest.param("2023年9月16日(周六)正常休息。", id="a-saturday-rested-as-usual"),
        pytest.param(
            "2023年9月15日(周五)按照正常工作日上课。", id="a-friday-worked-like-any-weekday"
        ),
        pytest.param("今年1—3月，全区社会消费品零售额同比增长15%。", id="statistics-months"),
        pytest.param("2022年，丰台区圆满完成各项任务。", id="bare-year"),
        pytest.param("力争5年内产业规模突破50亿元。", id="duration"),
        pytest.param("期望在年内全部口岸实施红绿通道。", id="within-the-year-no-day"),
        pytest.param("今年征兵时间提前,而往年到11月份开始征兵。", id="what-years-gone-by-did"),
        pytest.param("每周六上午，社区志愿者开展义诊。", id="recurring-without-occurrence"),
        pytest.param("明确每月第二周周四上午开展常态化监测。", id="a-weekday-of-each-month"),
        pytest.param(
            "市文化馆举办庆国庆文艺汇演,全场座无虚席。", id="a-festival-celebrated-the-theme"
        ),
        pytest.param("一同欢庆重阳节,长者们十分开心。", id="a-festival-celebrated-together"),
        pytest.param("原定于4月20日举办的音乐节取消。", id="cancelled"),
        pytest.param("图书馆开放时间：周二至周日9:00—17:00（周一闭馆）。", id="opening-hours"),
        pytest.param("近日，丰台区召开支援合作工作联席会议。", id="undated"),
        pytest.param("来信请寄丰台区文体路2号区商务局。", id="house-number"),
        pytest.param("由于九月初九“九九”谐音是“久久”,有长久长寿之意。", id="what-a-day-means"),
        pytest.param("• 2025-01-09 27项主题文旅活动齐聚", id="listed-article-stamp"),
        pytest.param("--> 2024-01-20 1 1黔东南日报 c240042.html", id="digital-paper-markup"),
        pytest.param("发文机关: 区政府办公室 成文日期: 2015年12月10日", id="written-on-metadata"),
        pytest.param("来源: 区政府网\n• 2019-03-26 11:27", id="bulleted-page-stamp"),
        pytest.param(
            "http://news.example.com.cn 2011-10-28 03:09来源: 经济日报", id="stamp-by-address"
        ),
        pytest.param("日期:[2012年12月07日] -- 运动会 -- 版次:[016]", id="digital-paper-page-line"),
        pytest.param("三月是草长莺飞的季节。道县的11月,是奔跑的季节。", id="a-month-said-a-season"),
        pytest.param(
            "公园内现有200余种月季:藤本月季有“光谱”等品种。", id="the-rose-not-this-month"
        ),
        pytest.param("六月的所前是杨梅的盛会,漫山遍野的杨梅红了。", id="a-month-is-a-places-feast"),
        pytest.param("正赶上周末,景区游客比平时多了不少。", id="meeting-the-weekend-not-last-week"),
        pytest.param(
            "11月1日,省住房城乡建设厅印发《关于做好今冬明春供热采暖有关工作的通知》,要求各地做好准备。",
            id="a-document-issued-on-a-day-reported",
        ),
        pytest.param("1月24日,某市发布2026年烟花爆竹禁放区域。", id="an-office-publishing-a-ban"),
        pytest.param(
            "周六上午及元旦、五一、中秋、国庆节当天按相关文件精神照常对外服务。",
            id="service-as-usual-on-holidays",
        ),
        pytest.param("国庆期间门诊照常,周六周日正常休息。", id="days-off-as-usual"),
        pytest.param(
            "2006年,国务院将清明节列入第一批国家级非物质文化遗产名录。", id="put-on-a-list"
        ),
        pytest.param("来源:区交通局 6月4日17时阅读29257", id="a-stamp-and-its-reads"),
        pytest.param("与会人员共同祝愿家乡明天更美好。", id="tomorrow-as-the-future"),
        pytest.param("让我们齐心开创更加美好辉煌的明天!", id="a-bright-tomorrow-as-the-future"),
        pytest.param("我们要珍惜来之不易的今天。", id="a-hard-won-today-as-the-present"),
        pytest.param("时至今日,古镇仍保留着传统的集市。", id="today-as-the-present"),
        pytest.param("欢迎访问区政府网站!今天是天气:晴", id="a-sites-weather-widget"),
        pytest.param("祝全县人民春节快乐。", id="a-festivals-greeting"),
        pytest.param(
            "本次文旅消费季活动将贯穿“五一”“端午节”“毕业季”等重要节点。",
            id="festivals-a-season-takes-in",
        ),
        pytest.param("活动涵盖春节、元宵节等重要节庆。", id="festivals-a-programme-covers"),
        pytest.param("正值周末,某社区党群服务中心人潮涌动。", id="a-weekend-as-the-setting"),
        pytest.param("“阳光亲子书吧”邀请亲子家庭共享美好周末。", id="a-weekend-wished"),
        pytest.param(
            "这项赛事利用周末举办,陪伴球迷度过了一个个难忘的周末之夜。", id="weekends-as-a-habit"
        ),
        pytest.param("如果周末到天津来一场“City Walk”,不妨去五大道。", id="a-weekend-supposed"),
        pytest.param(
            "市民正好赶上上班后的头一个周末,出门的人很多。", id="a-weekend-a-day-falls-on"
        ),
        pytest.param("某县自古就有端午节赛龙舟的习俗。", id="a-custom-since-old-times"),
        pytest.param("正月十六“行通济”是某市每年最大的民俗活动。", id="a-yearly-custom"),
        pytest.param("每年到了7月前后,草原上的牧民都会举办那达慕。", id="every-year-when-it-comes"),
        pytest.param("从20世纪80年代起,某区每年都举办端午龙舟赛。", id="since-a-decade-every-year"),
        pytest.param("经周末调休后,假期达到6天。", id="a-weekend-swapped-into-a-break"),
        pytest.param(
            "自治区要求各地继续组织开展好“三月三”节日的相关活动。", id="what-goes-with-a-festival"
        ),
        pytest.param("农历三月三,是壮族的传统歌节。", id="what-a-festival-spelt-as-a-day-is"),
        pytest.param(
            "进入3月,随着气温不断升温,早市又开张了,30多家商户在早集市练摊。",
            id="a-month-entered-as-the-setting",
        ),
        pytest.param("不知不觉就进入了11月,深秋的北京分外妖娆。", id="a-month-entered-unnoticed"),
        pytest.param(
            "我市自2015年起每年的5月和9月春秋两季分别组织一次大型义诊活动。",
            id="every-years-months-listed",
        ),
        pytest.param("每年9月举办的农民丰收节,全县16个乡镇参与展销。", id="held-every-year"),
        pytest.param("有关部门今天再次强调,禁止燃放烟花。", id="the-day-a-warning-is-repeated"),
        pytest.param("据国家铁路集团6月4日消息,铁路客流旺盛。", id="the-day-of-a-news-item"),
        pytest.param(
            "住在木栅的李老先生今天特别搭乘捷运,到美丽华去看看打折拍卖的物品。",
            id="what-one-person-did-that-day",
        ),
        pytest.param(
            "活动以展示“5·12”汶川大地震后成都旅游恢复加快的形象。",
            id="an-incident-named-by-its-day",
        ),
        pytest.param(
            "9月20日,笔者从省卫生健康委获悉,全省大型义诊活动周即将开展。",
            id="the-day-the-writer-learnt-it",
        ),
        pytest.param(
            "蘋果日報今天報導「老兵等1小時」,縣政府下午發布新聞稿澄清。",
            id="the-day-a-paper-printed-a-story",
        ),
        pytest.param(
            "中山日报微博\n  有奖新闻热线: 88881111 星期三\n国内统一刊号:CN44-0126\n",
            id="the-papers-weekday-on-its-masthead",
        ),
        pytest.param(
            "记者在10月23日上午,某滑雪场举行的首滑仪式上了解到,今年雪季来得早。",
            id="where-the-reporter-learnt-it",
        ),
        pytest.param(
            "从明日起,新馆将在每周六举办“主题馆日”活动。",
            id="a-weekly-round-from-a-day-on-with-no-end",
        ),
        pytest.param(
            "两节期间的开馆时间为4月26日上午8时-12时,下午休息。4月29日以后为上午8时-12时,"
            "下午2时30分-6时。",
            id="a-halls-hours-on-a-day-and-after-it",
        ),
        pytest.param(
            "3月4日,笔者在枢纽工程工地现场看到,工人们正在施工。", id="what-the-writer-saw"
        ),
        pytest.param(
            "6月8日下午,早报帮办记者来到老口村了解到,路灯已修好。", id="a-papers-column-reporter"
        ),
        pytest.param(
            "6月13、14日,日供水量分别达到102.4万立方米、103.8万立方米。", id="figures-days-reached"
        ),
        pytest.param("用户应当在本供热期开始30日前向供热单位提出申请。", id="days-before-a-start"),
        pytest.param("地点:孙逸仙大马路\n为期:19日8小时\n", id="days-and-hours-a-length"),
        pytest.param("今年全市整体平均日数为13日。", id="a-count-of-days"),
        pytest.param(
            "用户自收到催交通知书满15日仍未交纳的,将停止供水。", id="a-term-of-days-passed"
        ),
        pytest.param(
            "开幕式上,嘉宾在当日举行的开幕式上致辞。", id="a-scene-in-a-ceremony-held-that-day"
        ),
        pytest.param(
            "从650年前的明朝洪武初年,玉山镇就有兴盛一时的农历三月十八祖师庙会。",
            id="a-customs-lunar-day-in-its-history",
        ),
        pytest.param(
            "出生日期在1959年12月31日前的户籍人群可凭本人有效身份证接种。",
            id="who-may-come-by-birth-date",
        ),
        pytest.param(
            "向日葵正逐步绽放,预计在中秋小长假全部盛开,花期可持续至国庆长假。",
            id="when-flowers-bloom",
        ),
        pytest.param("今日日期:     版面导航\n", id="a-sites-date-label"),
        pytest.param("7月8日,暑运进入第二周,铁路客流持续增长。", id="how-far-a-run-has-got"),
        pytest.param("澳门会展经济报\n2022年12月29日第763期共4版\n", id="an-issues-line"),
        pytest.param("第一版:1总第111期 >2020-09-04编印\n", id="an-issues-printing-day"),
        pytest.param(
            "某基金會號召志工淨灘。(中央社訊息服務20251103 15:27:36)志工雨中撿拾不止歇。",
            id="a-compact-stamp-with-its-seconds",
        ),
        pytest.param(
            "http://www.example.com.cn  某某网09月12日17:26\n首发团人数在500人左右。\n",
            id="a-pages-address-site-and-stamp",
        ),
        pytest.param("台风过境,明天是否要上课,请关注学校通知。", id="whether-it-happens-asked"),
        pytest.param(
            "某市电影中心投射五彩缤纷的灯光效果。(某市政府提供)某社记者某某某传真112年2月1日\n",
            id="a-photos-faxed-credit",
        ),
        pytest.param(
            "某某報\n2011年9月1日 星期四\n\n公共服務調查 市民最不滿房屋\n"
            "http://paper.example.com   [2011-09-01]\n調查顯示,市民最不滿房屋服務。\n",
            id="a-pages-address-and-day",
        ),
        pytest.param(
            "根据往年春节假期期间公交乘客发送量,我公司调整了部分线路。",
            id="a-festival-in-years-gone-by",
        ),
        pytest.param(
            "某某灯会本来在2月24日结束,因游客众多而延长。", id="a-plans-end-said-before-it-moved"
        ),
        pytest.param("春节将至,记者走访了城区几家年货市场。", id="a-festival-drawing-near"),
        pytest.param("随着冬至临近,不少饺子馆的订单多了起来。", id="a-day-drawing-near"),
        pytest.param(
            "中秋、国庆“双节”将至,商场里的月饼礼盒销售火热。", id="festivals-drawing-near-listed"
        ),
        pytest.param(
            "值此元宵佳节来临之际,谨向全市人民致以节日的问候!", id="a-festival-drawing-near-greeted"
        ),
        pytest.param("虽春节未至,不少市民已开始采购年货。", id="a-festival-not-yet-come"),
        pytest.param("春节将近,集市上的年货摊位越来越多。", id="a-festival-nearing"),
        pytest.param(
            "又快到端午佳節,市場裡的粽子賣得火熱。", id="a-festival-drawing-near-said-first"
        ),
        pytest.param("逛庙会、购年货,让市民提前感受到了春节的喜庆氛围。", id="a-festivals-mood"),
        pytest.param("此次志愿服务以国庆、中秋为契机,走进社区。", id="festivals-as-an-occasion"),
        pytest.param("主办方同时向全市居民及游客送上春节祝福。", id="a-festivals-greeting-sent"),
        pytest.param("报考人员户籍以2016年4月18日的户口所在地为准。", id="the-day-a-rule-goes-by"),
        pytest.param(
            "每年10月的最后一个星期日开始到第二年3月的最后一个星期六,执行冬春季航班计划。",
            id="a-yearly-rule-of-days",
        ),
        pytest.param(
            "为进一步方便新区居民春节期间的公交出行,现将有关事项通知如下。", id="a-festival-served"
        ),
        pytest.param("农历六月六是中国传统的洗晒节,家家晒衣物。", id="what-a-lunar-day-is"),
        pytest.param("“壮族三月三”不仅是广西壮族的重要节日。", id="what-a-festival-is-not-only"),
        pytest.param(
            "元宵节又称灯节,是春节之后第一个重要的节日。", id="what-a-festival-is-also-called"
        ),
        pytest.param("清明节又叫踏青节,在仲春与暮春之交。", id="what-a-festival-is-also-named"),
        pytest.param("政府各部門的諮詢期從30日至60日不等。", id="days-counted-that-vary"),
        pytest.param(
            "截止记者发稿前(3日14点),科技馆当日接待量达到3030人。", id="a-counts-press-time-cut-off"
        ),
        pytest.param("公示期为7日至15日不等。", id="a-range-of-days-counted-that-vary"),
        pytest.param("国际博物馆日是由国际博物馆协会发起并创立的。", id="who-set-a-day-up"),
        pytest.param(
            "展场亦会种植各种冬季时花如丽格秋海棠、圣诞花等。", id="a-flower-named-after-christmas"
        ),
    ],
)
def test_not_events(text: str) -> None:
    assert events(text) == []


def test_the_days_said_after_a_month_to_come_are_its_days() -> None:
    text = (
        "新华社北京7月13日电 将于8月在山东日照举办的2019中国围棋大会日前发布了总日程,"
        "大会将于19日开幕。其中2019全国围棋定段赛将于11日率先开赛。"
    )
    days = periods(text, dt.date(2019, 7, 13))
    assert ("2019-08-19", "2019-08-19") in days and ("2019-08-11", "2019-08-11") in days
    assert ("2019-07-19", "2019-07-19") not in days


def test_a_table_copied_a_cell_a_line_between_bars_dates_its_rows() -> None:
    text = (
        "2020年两节山西省优秀剧目展演日程安排\n2019-12-28 发表|来源:山西戏剧网\n"
        "序号\n|\n演出日期\n|\n演出剧场\n|\n演出剧目\n|\n演出单位\n|\n"
        "1\n|\n12月29、30日\n(腊月初四、初五) |\n南宫剧场\n|\n二人台\n《同喜 同喜》\n|\n"
        "河曲民歌二人台艺术团\n|\n2\n|\n元月3、4日\n(腊月初九、初十) |\n星光剧场\n|\n"
        "北路梆子《净土》\n|\n山西省晋剧院\n|\n"
    )
    found = periods(text, dt.date(2019, 12, 28))
    assert ("2019-12-29", "2019-12-30") in found


def test_advice_or_a_condition_for_the_day_said_before_is_not_an_event() -> None:
    text = (
        "4月20日上午,社区开展疫苗接种。当天接种前请服用好药物。"
        "想在当天接种的市民如有疑问,可拨打电话咨询。"
    )
    assert periods(text) == [("2023-04-20", "2023-04-20")]


def test_a_page_stamp_with_its_zone_is_not_an_event() -> None:
    text = (
        "2023.09.02 21:41 臺北時間\n\n【不斷更新】8縣市明停班課!海葵撲台全台颱風假一次看\n\n"
        "海葵越來越靠近台灣,花蓮縣率先宣布明天放颱風假。\n\n更新時間|2023.09.14 12:26 臺北時間\n"
    )
    assert periods(text, dt.date(2023, 9, 2)) == [("2023-09-03", "2023-09-03")]


def test_a_signature_date_whose_year_is_typed_with_the_digit_0_is_not_an_event() -> None:
    text = (
        "城区紧急停水公告\n\n2021-06-14 20:49   某某融媒体中心\n\n城区各用水户:\n\n"
        "  因线路检修,城区将于6月15日8时至18时停水。\n\n  停水期间请做好储水准备。\n\n\n"
        "某某自来水有限责任公司\n\n二0二一年六月十四日\n"
    )
    assert periods(text, dt.date(2021, 6, 14)) == [("2021-06-15T08:00", "2021-06-15T18:00")]


def test_a_signature_in_chinese_numerals_glued_to_its_signer_is_not_an_event() -> None:
    text = "请于12月5日前报名参加。特此公告。 临海市自然资源和规划局 二○二三年十一月二十七日"
    assert [e.title for e in events(text, dt.date(2023, 11, 27))] == ["报名参加"]


def test_a_seasons_days_under_its_label_are_opening_hours() -> None:
    text = (
        "城阳区图书馆关于调整自助借阅区开放时间的通知\n夏令时\n每年5月1日至9月30日\n"
        "开放时间:早8点至晚9点\n冬令时\n10月1日至次年4月30日\n开放时间:早8点至晚8点\n"
        "5月27日(本周六)起,自助借阅区实行夏令时开放时间。\n"
    )
    assert [e.title for e in events(text, dt.date(2023, 5, 26))] == ["自助借阅区实行夏令时开放"]


def test_a_weekly_closing_day_changed_to_a_weekday_is_a_rule() -> None:
    text = (
        "奇美博物馆今年7月起,开始将休馆日从周一调整到周三。\n\n"
        "馆方表示,休馆日将调整至周三,周三比较不会受连续假期的影响。"
    )
    assert [day_of(e.start) for e in events(text, dt.date(2017, 1, 3))] == [dt.date(2017, 7, 1)]


def test_signature_date_of_a_notice_is_not_an_event() -> None:
    text = (
        "关于开展春季植树活动的通知\n"
        "各单位：4月22日上午9时，区绿化办将在永定河畔组织春季义务植树活动。\n"
        "请各单位按时参加。\n"
        "丰台区绿化委员会办公室\n"
        "2023年4月10日\n"
    )
    assert periods(text, dt.date(2023, 4, 10)) == [("2023-04-22T09:00", "2023-04-22T09:00")]


# ------------------------------------------------------------------------ clock times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "4月20日下午2点，讲座在区图书馆举行。",
            [("2023-04-20T14:00", "2023-04-20T14:00")],
            id="afternoon",
        ),
        pytest.param(
            "4月22日晚上7时30分，音乐会在剧院上演。",
            [("2023-04-22T19:30", "2023-04-22T19:30")],
            id="evening-half",
        ),
        pytest.param(
            "9月17日至10月17日，每天10:00至17:00，书画展在文化馆展出。",
            [("2023-09-17T10:00", "2023-10-17T17:00")],
            id="daily-hours-over-range",
        ),
        pytest.param(
            "4月22日上午，志愿者在公园开展植树活动。",
            [("2023-04-22", "2023-04-22")],
            id="part-of-day-is-date-only",
        ),
        pytest.param(
            "4月20日上午9时开幕式在广场举行，下午2时举办专题讲座。",
            [("2023-04-20T09:00", "2023-04-20T09:00"), ("2023-04-20T14:00", "2023-04-20T14:00")],
            id="two-happenings-one-day",
        ),
        pytest.param(
            "端午节当天，南宫村将举行龙舟表演赛，比赛于上午10时开始。",
            [("2023-06-22T10:00", "2023-06-22T10:00")],
            id="time-later-in-sentence",
        ),
        pytest.param(
            "私立學校於3月17、18日(星期五上午8時至下午4時、星期六上午8時至中午12時)辦理新生登記。",
            [("2023-03-17T08:00", "2023-03-18T12:00")],
            id="last-weekday-of-a-run-in-its-bracket-ends-it",
        ),
        pytest.param(
            "今日上午10時起,至周六(15日)下午6時,考生可改選課程。",
            [("2023-04-14T10:00", "2023-04-15T18:00")],
            id="a-runs-last-day-glossed-then-its-closing-hour",
        ),
    ],
)
def test_clock_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text) == expected


def test_a_runs_daily_hours_under_their_label_in_a_later_sentence() -> None:
    text = (
        "今日(9月30日)起至10月7日在维园举行中秋彩灯会,场内摆设多组彩灯,亦设有小组演出、中秋市集"
        "及自助猜灯谜等。亮灯时间为每日晚上6时30分至11时;中秋节正日(10月6日)延长亮灯至凌晨。"
    )
    found = periods(text, dt.date(2023, 9, 30))
    assert found[0] == ("2023-09-30T18:30", "2023-10-07T23:00")


def test_time_line_shared_by_a_list() -> None:
    text = (
        "假期文化活动安排\n"
        "4月29日  开幕式暨民乐专场演出\n"
        "4月30日  非遗手工体验\n"
        "活动时间：每天上午9:30—11:30\n"
        "活动地点：丰台区文化馆小剧场\n"
    )
    found = events(text, dt.date(2023, 4, 25))
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in found] == [
        ("2023-04-29T09:30", "2023-04-29T11:30"),
        ("2023-04-30T09:30", "2023-04-30T11:30"),
    ]
    assert {e.location for e in found} == {"丰台区文化馆小剧场"}
    assert [e.title for e in found] == ["开幕式暨民乐专场演出", "非遗手工体验"]


def test_anaphora_refers_to_the_last_dated_happening() -> None:
    text = "4月20日，区运动会在体育中心开幕。当晚，体育中心将上演文艺演出。"
    assert periods(text) == [("2023-04-20", "2023-04-20"), ("2023-04-20", "2023-04-20")]


# ------------------------------------------------------------------ names and places


@pytest.mark.parametrize(
    ("text", "title", "location"),
    [
        pytest.param(
            "4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕。",
            "“北京书市”丰台分展场",
            "泰舍书局",
            id="subject-in-place-verb",
        ),
        pytest.param(
            "4月11日，区委常委会召开第62次会议。",
            "区委常委会第62次会议",
            None,
            id="subject-convenes-session",
        ),
        pytest.param(
            "导语 “我们都是追梦人”2025长武半程马拉松将于4月20日在长武县举行。",
            "“我们都是追梦人”2025长武半程马拉松",
            "长武县",
            id="a-web-pages-lead-label",
        ),
        pytest.param(
            "春节期间，正月初二至初四，县文化馆将在人民广场举办民俗文艺展演。",
            "春节民俗文艺展演",
            "人民广场",
            id="a-festival-frame-and-its-days-are-no-name",
        ),
        pytest.param(
            "随着中秋国庆“双节”假期来临,多项便民举措陆续推出。",
            "中秋国庆“双节”假期",
            None,
            id="a-festival-coming-as-a-backdrop",
        ),
        pytest.param(
            "值得一提的是,全民期待的全国山歌邀请赛,将于4月20日在刘三姐大舞台启动,活动邀请到知名"
            "音乐家同台演出。",
            "全民期待的全国山歌邀请赛",
            "刘三姐大舞台",
            id="a-happening-named-in-the-clause-before",
        ),
        pytest.param(
            "四、自治州成立纪念日:4月15日至17日放假3天,与周末连休。",
            "自治州成立纪念日放假3天",
            None,
            id="a-local-holiday-labelling-its-days-off",
        ),
        pytest.param(
            "此外,正月期间在公园举行的活动还有:民俗大拜年活动(2月3日至4日15:00-17:00)。",
            "民俗大拜年活动",
            None,
            id="an-item-dated-in-brackets-after-its-name",
        ),
        pytest.param(
            "某局局长张三(左)1月5日出席某护老院开幕典礼后,与长者交谈。",
            "某护老院开幕典礼",
            None,
            id="what-a-person-attends",
        ),
        pytest.param(
            "（一）市民文化节将于4月20日在中山公园开幕。",
            "市民文化节",
            "中山公园",
            id="an-items-number",
        ),
        pytest.param(
            "预计园区周边主干道铺设工作于4月底完工。",
            "园区周边主干道铺设工作完工",
            None,
            id="completion-target",
        ),
        pytest.param(
            "2月10日举办的丰台园需求发布活动上，企业签约。",
            "丰台园需求发布活动",
            None,
            id="held-np",
        ),
        pytest.param(
            "4月22日下午，卢沟桥街道将在社区文化中心举办“邻里节”游园会。",
            "“邻里节”游园会",
            "社区文化中心",
            id="object-of-hold-verb",
        ),
        pytest.param(
            "4月20日，世界花卉大观园将举办民俗文化节。",
            "民俗文化节",
            "世界花卉大观园",
            id="venue-as-subject",
        ),
        pytest.param(
            "4月23日，书店还会邀请李国庆、蔡磊等知名企业家走进书市分享阅读故事。",
            "知名企业家走进书市分享阅读故事",
            None,
            id="enumeration-collapsed",
        ),
        pytest.param(
            "6月10日前，各学校将公布审核结果。", "各学校公布审核结果", None, id="action-verb"
        ),
        pytest.param("比赛报名截至8月20日。", "比赛报名", None, id="what-a-jiezhi-closes"),
        pytest.param(
            "记者从大观公园获悉:4月28日,大观公园将举办第二十八届金秋菊展。",
            "大观公园第二十八届金秋菊展",
            "大观公园",
            id="what-a-reporter-learned",
        ),
        pytest.param(
            "原订9月27日于雾峰民生故事馆举办黑木耳产品发表会,顺延至10月4日办理。",
            "黑木耳产品发表会",
            None,
            id="what-the-clause-before-holds-moves",
        ),
        pytest.param(
            "原定于10月15日举行的丰台半程马拉松赛因场地调整,将推迟至11月5日举行。",
            "丰台半程马拉松赛",
            None,
            id="what-moves-without-the-reason",
        ),
        pytest.param(
            "4月28日某县将举办“六月六”布依风情节活动。",
            "“六月六”布依风情节活动",
            None,
            id="a-quoted-day-a-name-goes-on-from",
        ),
        pytest.param(
            "2023年某州传统节日“三月三”主会场开幕式在某县举行。",
            "“三月三”主会场开幕式",
            "某县",
            id="no-closing-quote-left-over-from-a-quoted-day",
        ),
        pytest.param(
            "12日,某市棋类协会举办的龙年新春象棋快棋赛将在某某社区居委会举行。",
            "龙年新春象棋快棋赛",
            "某某社区居委会",
            id="who-holds-it-then-what-and-where-it-is-held",
        ),
        pytest.param(
            "经研究,决定自2007年11月20日起至12月20日止,某某北路禁止机动车由西向东行驶。",
            "某某北路禁止机动车由西向东行驶",
            None,
            id="a-decision-to-close-named-by-what-is-closed",
        ),
        pytest.param(
            "某某塔古塔会、灯会将在今晚(正月十五)以灯谜活动的形式正式拉开序幕,预计持续十天。",
            "某某塔古塔会、灯会",
            None,
            id="how-it-opens-is-no-part-of-its-name",
        ),
        pytest.param(
            "某某华侨历史博物馆已率先推出的“侨乡记忆(1980—2010)摄影作品展”将持续到4月28日。",
            "“侨乡记忆(1980—2010)摄影作品展”",
            None,
            id="who-put-it-on-then-what",
        ),
        pytest.param(
            "尤其是5月1日至5日的非遗市集吸引了不少外地游客。",
            "非遗市集吸引了不少外地游客",
            None,
            id="a-connective-before-the-day-is-no-name",
        ),
        pytest.param(
            "本馆将于2024年6月3日(周一)临时闭馆一天。",
            "临时闭馆一天",
            None,
            id="the-writer-names-nothing-when-the-rest-does",
        ),
        pytest.param(
            "6月8日登场的某某老街美食节,吸引了众多游客。",
            "某某老街美食节",
            None,
            id="what-comes-on-that-day",
        ),
        pytest.param(
            "●“天府之夏”音乐节将于6月8日在东郊记忆举行。",
            "“天府之夏”音乐节",
            "东郊记忆",
            id="a-list-items-mark-is-no-part-of-the-name",
        ),
        pytest.param(
            "“五一”假期(5月1日至5日)期间,区内各公园将延长开放时间。",
            "“五一”假期",
            None,
            id="the-bracket-before-a-day-told-again-is-no-part-of-the-name",
        ),
        pytest.param(
            "小年(1月28日)当天,古镇景区将举办祭灶民俗展演。",
            "小年祭灶民俗展演",
            "古镇景区",
            id="a-festivals-name-before-its-day-says-when-the-clause-says-what",
        ),
        pytest.param(
            "各馆开放时间调整如下:\n含章书院分馆:因设备检修,10月2日至8日闭馆。",
            "含章书院分馆闭馆",
            "含章书院分馆",
            id="a-venue-labelling-its-line-is-what-closes",
        ),
        pytest.param(
            "冬季公益课程开班\n本报讯 区文化馆将开设书法、舞蹈、合唱三门公益课程。"
            "以上课程将于12月中旬陆续开班。",
            "冬季公益课程开班",
            None,
            id="what-sums-up-the-list-is-named-by-the-headline",
        ),
        pytest.param(
            "市游泳馆暑期少儿游泳培训班将于7月17日至21日接受报名。",
            "市游泳馆暑期少儿游泳培训班接受报名",
            None,
            id="a-verb-starting-the-next-is-no-subject",
        ),
        pytest.param(
            "考生可于6月22日起登录市教育考试院网站下载打印准考证。",
            "考生登录市教育考试院网站下载打印准考证",
            None,
            id="who-then-all-they-do",
        ),
        pytest.param(
            "门票将于11月20日上午10点在“丰台文化云”平台开售。",
            "门票开售",
            "“丰台文化云”平台",
            id="what-goes-on-sale-where",
        ),
        pytest.param(
            "第27届世界脑力锦标赛全球总决赛于12月20日-22日香港举行。",
            "第27届世界脑力锦标赛全球总决赛",
            "香港",
            id="what-is-held-then-where-with-no-zai",
        ),
        pytest.param(
            "(武汉晚报记者胡义华 实习生龚慧)第34届“武汉之夏”活动将于7月26日在琴台举行。",
            "第34届“武汉之夏”活动",
            "琴台",
            id="a-bracketed-byline-is-no-part-of-the-name",
        ),
        pytest.param(
            "木栅内湖线今天全线通车。",
            "木栅内湖线全线通车",
            None,
            id="how-much-of-it-is-done-is-no-subject",
        ),
        pytest.param(
            "12月4日1:00—6:00,对临河西郊110KV变9211花城一回停电施工。",
            "临河西郊110KV变9211花城一回停电施工",
            None,
            id="what-is-cut-off-names-the-stop",
        ),
        pytest.param(
            "第二批28个小区改造工程力争9月底前全部完工。",
            "第二批28个小区改造工程全部完工",
            None,
            id="striving-for-it-is-no-part-of-the-name",
        ),
        pytest.param(
            "待到7月底,道路将告别“卡脖子”。",
            "道路将告别“卡脖子”",
            None,
            id="when-it-comes-to-is-no-part-of-the-name",
        ),
        pytest.param(
            "4月1日至4月29日,二层展厅,2023年某图书馆职工迎春摄影展;",
            "某图书馆职工迎春摄影展",
            "二层展厅",
            id="when-where-then-what-with-no-verb",
        ),
        pytest.param(
            "4月5日到19日每天下午3时,灯会在文武庙、龙山寺、建国路等地点,将发送限量的小提灯道具。",
            "灯会",
            "文武庙、龙山寺、建国路等地点",
            id="what-then-the-places-it-is-at-listed",
        ),
        pytest.param(
            "1.2023年3月24日,送行业协会、科研机构等征求意见,9条修改意见均已采纳;",
            "征求意见",
            None,
            id="a-year-after-an-items-number-is-the-dates",
        ),
        pytest.param(
            "2.我旗已于4月9日启动3-11周岁人群疫苗接种工作,请儿童在监护人陪同下到接种点接种;",
            "3-11周岁人群疫苗接种工作",
            None,
            id="our-banner-is-the-writer-not-the-name",
        ),
        pytest.param(
            "——国庆节(jié):10月1日至7日放假调休,共7天。",
            "国庆节放假调休",
            None,
            id="a-dash-item-and-blanked-pinyin-leave-no-marks-in-the-name",
        ),
        pytest.param(
            "第5届金门书展将于4月14日在金城中学体育馆举行5天,展出两岸图书3万多册。",
            "第5届金门书展",
            "金城中学体育馆",
            id="held-for-days-somewhere-is-named-by-what-is-held",
        ),
        pytest.param(
            "从4月16日起,全市在校中小学生陆续开始免费接种流感疫苗。",
            "全市在校中小学生接种流感疫苗",
            None,
            id="in-school-is-who-not-where",
        ),
        pytest.param(
            "值得一提的是，第20届亚洲马拉松锦标赛，拟定于2023年10月举办，参赛选手将由亚洲田径联合会"
            "组织和邀请其下属48个会员单位参加。",
            "第20届亚洲马拉松锦标赛",
            None,
            id="planned-with-no-subject-names-the-clause-before",
        ),
        pytest.param(
            "展览由即日起至八月三十一日在香港历史博物馆举行。",
            "展览",
            "香港历史博物馆",
            id="from-before-the-day-is-no-part-of-the-name",
        ),
        pytest.param(
            "活动将于本周六、日一连两天举行。",
            "活动",
            None,
            id="days-in-a-row-are-no-place",
        ),
        pytest.param(
            "端午节当天上午9时,龙舟赛将在江滨公园鸣锣开赛。",
            "端午节龙舟赛",
            "江滨公园",
            id="the-starting-signal-is-no-part-of-the-place",
        ),
        pytest.param(
            "受强降雨影响,原定于6月10日举行的音乐节延期至6月17日举行。",
            "音乐节",
            None,
            id="the-day-first-set-is-no-part-of-the-name",
        ),
        pytest.param(
            "该展览展期至2023年10月8日。",
            "该展览",
            None,
            id="a-shows-term-until-is-no-part-of-the-name",
        ),
        pytest.param(
            "明晚,话剧《雷雨》新春特别版即将开演。",
            "话剧《雷雨》新春特别版",
            None,
            id="about-to-is-no-part-of-the-name",
        ),
        pytest.param(
            "据了解,元宵灯展位于望城路两侧,展览时间为2月16日至2月22日。",
            "元宵灯展",
            None,
            id="where-it-lies-is-no-part-of-the-name-of-what-a-field-times",
        ),
        pytest.param(
            "4月22日开始的世界休闲博览会为期半年,届时热闹非凡。",
            "世界休闲博览会",
            None,
            id="how-long-it-lasts-is-no-part-of-the-name",
        ),
        pytest.param(
            "今日下午2时于公所广场前,宣布成立“某某农夫市集”。",
            "宣布成立“某某农夫市集”",
            "公所广场前",
            id="a-clause-saying-only-where-then-what",
        ),
        pytest.param(
            "10日上午,在纪念馆门前,市民自发献花。",
            "市民自发献花",
            "纪念馆门前",
            id="a-place-before-a-gate-then-what",
        ),
        pytest.param(
            "23日全天,禁止人力客、货运三轮车在管制区域内通行。",
            "禁止人力客、货运三轮车在管制区域内通行",
            None,
            id="the-whole-day-said-after-its-day-is-no-name",
        ),
        pytest.param(
            "本校订于12月21日(日)假台北市市民广场举办校庆运动会。",
            "校庆运动会",
            "台北市市民广场",
            id="taiwans-officialese-at-a-venue",
        ),
        pytest.param(
            "准备在2009年3月中上旬正式成立回龙观志愿协会。",
            "成立回龙观志愿协会",
            None,
            id="a-plan-said-before-its-day-is-no-name",
        ),
        pytest.param(
            "2月1日下午,一场充满古韵的喜娘招亲活动在长乐区和平街热闹开场。",
            "一场充满古韵的喜娘招亲活动",
            "长乐区和平街",
            id="what-gets-under-way-there",
        ),
        pytest.param(
            "9月22日上午,“鹤乡墨韵迎国庆”全国书画名家作品邀请展在射阳开幕。",
            "“鹤乡墨韵迎国庆”全国书画名家作品邀请展",
            "射阳",
            id="an-invitational-show-is-no-invitation",
        ),
    ],
)
def test_names_and_places(text: str, title: str, location: str | None) -> None:
    (event,) = events(text)
    assert event.title == title
    assert event.location == location


def test_notice_fields_name_the_happening() -> None:
    text = (
        "关于举办“书香丰台”全民阅读系列讲座的通知\n"
        "第一讲：《红楼梦》里的北京\n"
        "时间：2023年4月22日（周六）下午2:30—4:30\n"
        "地点：丰台区图书馆三层报告厅\n"
        "报名时间：即日起至4月20日\n"
    )
    lecture, registration = events(text, dt.date(2023, 4, 10))
    assert lecture.title == "第一讲:《红楼梦》里的北京"
    assert lecture.location == "丰台区图书馆三层报告厅"
    assert (moment_iso(lecture.start), moment_iso(lecture.end)) == (
        "2023-04-22T14:30",
        "2023-04-22T16:30",
    )
    assert registration.title == "“书香丰台”全民阅读系列讲座报名"
    assert registration.kind is Kind.DEADLINE
    assert (registration.start, registration.end) == (dt.date(2023, 4, 10), dt.date(2023, 4, 20))


def test_a_numbered_item_heading_names_its_fields_under_a_lead() -> None:
    text = (
        "某某新闻网4月12日讯(记者 安梓)4月23日是“世界读书日”,省市图书馆都有公益活动。\n"
        "1.2018年某市“书香榕城”全民阅读启动仪式\n活动时间:4月22日9:30。\n活动地点:市图书馆。\n"
        "2.某市公共图书馆成果展\n活动时间:4月21日至5月20日。\n活动地点:市图书馆。\n"
    )
    titles = {moment_iso(e.start): e.title for e in events(text, dt.date(2018, 4, 12))}
    assert titles["2018-04-22T09:30"] == "2018年某市“书香榕城”全民阅读启动仪式"
    assert titles["2018-04-21"] == "某市公共图书馆成果展"


# ------------------------------------------------------------------------------ kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("4月20日，书画展在文化馆开幕。", Kind.ACTIVITY, id="exhibition"),
        pytest.param("4月11日，区委常委会召开第62次会议。", Kind.MEETING, id="meeting"),
        pytest.param("预计主干道铺设工作于4月底完工。", Kind.DEADLINE, id="completion"),
        pytest.param("报名时间为5月8日至5月19日。", Kind.DEADLINE, id="registration-window"),
        pytest.param("今年劳动节放假时间为4月29日至5月3日。", Kind.HOLIDAY, id="holiday"),
        pytest.param("4月20日起，万丰路半幅封闭施工。", Kind.OTHER, id="road-works"),
        pytest.param("居民们在端午节前夕举办包粽子比赛。", Kind.ACTIVITY, id="eve-no-deadline"),
        pytest.param("农历三月三当天举办歌圩。", Kind.ACTIVITY, id="a-song-fair-on-a-festival"),
    ],
)
def test_kinds(text: str, kind: Kind) -> None:
    (event,) = events(text)
    assert event.kind is kind


# --------------------------------------------------------------------- event fields


def test_upcoming_evidence_and_article() -> None:
    text = (
        "书市开幕\n\n本报讯（记者 李四）4月14日至24\n\n"
        "日，书市在泰舍书局开幕。4月10日，筹备会召开。\n"
    )
    fair, meeting = events(text)
    assert fair.upcoming and not meeting.upcoming
    assert fair.evidence == "4月14日至24日，书市在泰舍书局开幕"
    assert fair.article == "书市开幕"
    assert fair.sentence.startswith("本报讯（记者李四）4月14日至24日")
    assert 0 < fair.confidence <= 1


def test_no_publication_date_gives_no_events() -> None:
    page = extract_page("4月20日，书画展在文化馆开幕。")
    assert page.published is None and not page.published_found
    assert page.events == () and page.notes


def test_publication_date_found_in_the_header(sample_text: str) -> None:
    page = extract_page(sample_text)
    assert page.published == PUB and page.published_found
    assert extract_page(sample_text, PUB).published_found is False


# ------------------------------------------------- reading only the dated sentences


def test_reading_dated_sentences_only_finds_what_the_whole_text_has(sample_text: str) -> None:
    from extractors.events.mentions import find_in_dated_sentences
    from extractors.events.story import StoryText
    from extractors.layout import read_layout
    from extractors.timex import find_times

    from .conftest import CORPUS

    texts = [sample_text] + [p.read_text("utf-8") for p in (CORPUS / "articles").glob("*.txt")]
    for text in texts:
        for story in read_layout(text).stories:
            sentences = StoryText(story, PUB, text).sentences
            whole = sorted(find_times(story.text, PUB), key=lambda m: m.span)
            # `目前` ("at present") is never an event; a sentence with only that is skipped.
            read = find_in_dated_sentences(find_times, story.text, PUB, sentences)
            assert [m for m in read if "now" not in m.flags] == [
                m for m in whole if "now" not in m.flags
            ]


def test_days_left_out_of_a_run_in_brackets_are_no_happening() -> None:
    text = "即日起至5月31日(不含5月1日至5月5日),某市居民免费游览市内景区。"
    assert periods(text, dt.date(2020, 4, 25)) == [("2020-04-25", "2020-05-31")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某公园灯光秀4月1日起恢复每周五、周六播放。", id="resumed"),
        pytest.param("某博物馆决定从4月1日起,每周六延时至晚9点闭馆。", id="hours-lengthened"),
    ],
)
def test_a_change_to_a_weekly_rule_takes_effect_on_its_day(text: str) -> None:
    # (a new weekly round from a day on, with no end, is no happening: see the not-events table)
    assert [start[:10] for start, _ in periods(text, dt.date(2018, 3, 20))] == ["2018-04-01"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("一、进场施工时间为2021年6月3日,拟定施工工期30天。", id="the-term-planned"),
        pytest.param("某路段6月3日开工,工期30天。", id="begun-then-its-term"),
    ],
)
def test_works_run_for_the_term_said_in_their_sentence(text: str) -> None:
    assert periods(text, dt.date(2021, 5, 20)) == [("2021-06-03", "2021-07-02")]


def test_a_works_term_is_no_run_of_a_day_that_is_no_start() -> None:
    assert periods("大桥6月3日通车,该桥工期30天。", dt.date(2021, 5, 20)) == [
        ("2021-06-03", "2021-06-03")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "某中心将在本月14日举行中秋节庆祝活动。",
            "2024-09-05",
            [("2024-09-14", "2024-09-14")],
            id="on-a-day-of-its-own",
        ),
        pytest.param(
            "某署昨日在广场前举行农历新年亮灯仪式,嘉宾一起向居民拜早年。",
            "2017-01-21",
            [("2017-01-20", "2017-01-20")],
            id="held-yesterday",
        ),
    ],
)
def test_a_festival_opening_the_name_of_what_a_day_said_before_holds_dates_nothing(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


def test_a_festival_greeted_in_a_theme_is_no_break() -> None:
    text = "某公园推出以“弘扬中华文化,共迎中秋佳节”为主题的中秋游园活动。"
    # (the greeted festival would be read as its break; the theme says nothing happens then)
    assert ("2021-09-19", "2021-09-21") not in periods(text, dt.date(2021, 9, 15))


def test_a_plan_said_to_be_undone_is_no_happening_its_new_date_is() -> None:
    text = "原訂於本月廿八日上演的話劇,將改於下月演出。"
    assert periods(text, dt.date(2023, 3, 1)) == [("2023-04-01", "2023-04-30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "某展覽由即日至出年二月二十日舉行。", [("2018-12-07", "2019-02-20")], id="出年"
        ),
        pytest.param("某嘉年華噚日開幕,吸引大批市民。", [("2018-12-06", "2018-12-06")], id="噚日"),
        pytest.param("某嘉年華琴日開幕,吸引大批市民。", [("2018-12-06", "2018-12-06")], id="琴日"),
    ],
)
def test_cantonese_relative_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text, dt.date(2018, 12, 7)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "某鄉農會今上午頒獎表揚優勝農友。", [("2024-10-12", "2024-10-12")], id="今上午"
        ),
        pytest.param(
            "巡遊路線自明下午5時起實施交通管制。",
            [("2024-10-13T17:00", "2024-10-13T17:00")],
            id="明下午",
        ),
        pytest.param(
            "昨下午3时,某社区举行消防演练。",
            [("2024-10-11T15:00", "2024-10-11T15:00")],
            id="昨下午",
        ),
        pytest.param(
            "某鄉文化節今起一連兩天在公園登場。", [("2024-10-12", "2024-10-13")], id="今起一連兩天"
        ),
    ],
)
def test_news_shorthand_for_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert periods(text, dt.date(2024, 10, 12)) == expected


def test_dated_dateline_is_the_articles_reference_and_no_event() -> None:
    text = "本报杭州11月19日讯（记者 陈静）西湖音乐节将于明天晚上7点30分开唱。"
    page = extract_page(text, dt.date(2023, 11, 20))
    assert page.articles[0].dateline == dt.date(2023, 11, 19)
    assert [moment_iso(e.start) for e in page.events] == ["2023-11-20T19:30"]


@pytest.mark.parametrize(
    ("said", "today"),
    [
        pytest.param("今(20)日", "2017-12-20", id="the-day-after-the-pages-stamp"),
        pytest.param("今（18）日", "2017-12-18", id="the-day-before-in-full-width-brackets"),
        pytest.param("今(19)日", None, id="the-pages-own-day"),
        pytest.param("今(5)日", None, id="too-far-from-the-page-to-be-its-day"),
    ],
)
def test_a_storys_today_said_in_brackets_is_its_reference(said: str, today: str | None) -> None:
    text = (
        "某市慶祝活動一覽\n\n2017-12-19\n\n"
        f"某市政府{said}舉行連串慶祝活動。明日上午8時正,某市政府在廣場舉行升旗儀式。\n"
    )
    page = extract_page(text)
    ref = dt.date.fromisoformat(today) if today else None
    assert page.articles[0].dateline == ref
    tomorrow = (ref or dt.date(2017, 12, 19)) + dt.timedelta(days=1)
    assert f"{tomorrow}T08:00" in [moment_iso(e.start) for e in page.events]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "消费季启幕\n\n活动11月17日启幕，其中春节期间将举办年货大集。",
            dt.date(2023, 11, 20),
            [("2023-11-17", "2023-11-17"), ("2024-02-10", "2024-02-17")],
            id="festival-still-to-come-is-next-years",
        ),
        pytest.param(
            "春节期间，全区共接待游客35万人次。",
            dt.date(2023, 11, 20),
            [],
            id="festival-past-is-this-years",
        ),
        pytest.param(
            "景区游人如织\n\n10月1日是国庆假期第一天。当天全区重点景区共接待游客12.6万人次。",
            dt.date(2023, 10, 2),
            [("2023-10-01", "2023-10-01")],
            id="nth-day-of-a-holiday-and-its-statistics",
        ),
        pytest.param(
            "缴费开始\n\n缴费工作已于1月1日开始，缴费截止日期为12月25日。",
            dt.date(2024, 1, 10),
            [("2024-01-01", "2024-12-25")],
            id="window-close-after-its-opening-takes-the-later-year",
        ),
    ],
)
def test_festivals_said_to_come(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, published) == expected


# ------------------------------------------------- rules found on the blind batches (ba-*, bb-*)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "端午节当天，北江沿岸两镇还将举行“龙船景”民俗巡游，下午3时起在飞来峡码头举行"
            "“扒龙舟、抢鸭子”传统游戏。",
            "2023-06-20",
            [("2023-06-22", "2023-06-22"), ("2023-06-22T15:00", "2023-06-22T15:00")],
            id="clock-clause-holding-its-own-happening",
        ),
        pytest.param(
            "学雷锋志愿服务进社区\n\n今天是第58个学雷锋纪念日。上午9时至11时30分，"
            "区卫健委组织医护志愿者在幸福里社区广场开展义诊。",
            "2021-03-05",
            [("2021-03-05", "2021-03-05"), ("2021-03-05T09:00", "2021-03-05T11:30")],
            id="sentence-opening-with-a-clock-after-a-one-day-sentence",
        ),
        pytest.param(
            "登记对象：2018年9月1日至2019年8月31日出生的适龄儿童。",
            "2025-06-07",
            [],
            id="birth-date-range-is-no-event",
        ),
        pytest.param(
            "本周四至周六，街道还将组织理发、修脚志愿服务进小区，每天上午9:00至11:30。",
            "2025-10-27",
            [("2025-10-30T09:00", "2025-11-01T11:30")],
            id="this-weeks-weekday-range-is-dated",
        ),
        pytest.param(
            "10月12日上午8:30—11:30，各社区卫生服务中心还将开设周末接种专场。",
            "2024-09-23",
            [("2024-10-12T08:30", "2024-10-12T11:30")],
            id="bare-weekend-after-a-date-says-what-day-it-is",
        ),
        pytest.param(
            "由市文化馆主办的广场舞大赛即日起接受报名，报名截至8月20日。",
            "2025-08-08",
            [("2025-08-08", "2025-08-20")],
            id="registration-jiezhi-closes-the-window",
        ),
        pytest.param(
            "元旦期间，展厅将推出亲子导览，1月1日至3日每天上午10时、下午3时各一场。",
            "2023-12-15",
            [("2024-01-01T10:00", "2024-01-03T15:00")],
            id="holiday-frame-takes-the-stated-days-and-session-times",
        ),
        pytest.param(
            "全国统一考试将于6月7日至9日举行。6月6日下午3:00至5:00，考生可到考点查看考场。\n"
            "考试期间，每天7:00至18:00，各考点周边将实施交通管制。",
            "2019-06-05",
            [
                ("2019-06-07", "2019-06-09"),
                ("2019-06-06T15:00", "2019-06-06T17:00"),
                ("2019-06-07T07:00", "2019-06-09T18:00"),
            ],
            id="exam-period-named-before-a-daily-time",
        ),
        pytest.param(
            "研究生招生考试将于12月21日至23日举行。考试首日上午8:30开考，考生须提前入场。",
            "2019-12-20",
            [("2019-12-21", "2019-12-23"), ("2019-12-21T08:30", "2019-12-21T08:30")],
            id="first-day-of-a-named-range",
        ),
        pytest.param(
            "8月8日至10日，全市公共体育场馆免费开放，其中市游泳馆每天8:00至12:00免费开放。",
            "2025-08-08",
            [("2025-08-08", "2025-08-10"), ("2025-08-08T08:00", "2025-08-10T12:00")],
            id="qizhong-part-of-a-range-at-its-own-time",
        ),
        pytest.param(
            "“5·18”当天，该馆将推出夜场开放，闭馆时间延长至21时。",
            "2023-05-15",
            [("2023-05-18", "2023-05-18")],
            id="until-time-is-no-start",
        ),
        pytest.param(
            "第十五届古城元宵灯会将于2月8日晚6时亮灯，灯会持续至2月16日，每天18:00至22:30开放。",
            "2025-02-07",
            [("2025-02-08T18:00", "2025-02-16T22:30")],
            id="daily-hours-close-a-timed-range-carried-on",
        ),
        pytest.param(
            "2月28日至3月8日，图书馆少儿部每天下午3时举办亲子阅读会。",
            "2026-02-27",
            [("2026-02-28T15:00", "2026-03-08T15:00")],
            id="single-daily-time-ends-the-last-day-at-that-time",
        ),
        pytest.param(
            "3月2日（周一）正式开学。开学当天，各校将开展“开学第一课”安全教育。",
            "2026-02-27",
            [("2026-03-02", "2026-03-02"), ("2026-03-02", "2026-03-02")],
            id="named-day-anaphor-holding-its-own-happening",
        ),
        pytest.param(
            "“4·23”世界读书日当天，全市实体书店将推出图书8折优惠，市图书馆当天还将举办授牌仪式。",
            "2025-04-21",
            [("2025-04-23", "2025-04-23"), ("2025-04-23", "2025-04-23")],
            id="dangtian-after-a-day-said-in-its-sentence",
        ),
        pytest.param(
            "下周五（2月2日）是北方小年，当天上午9时，区文联将在万达广场举办“送春联”活动。",
            "2024-01-26",
            [("2024-02-02", "2024-02-02"), ("2024-02-02T09:00", "2024-02-02T09:00")],
            id="day-said-then-a-happening-that-day",
        ),
        pytest.param(
            "今年铁路国庆黄金周运输自9月28日启动，至10月12日结束，为期15天。",
            "2025-09-26",
            [("2025-09-28", "2025-10-12")],
            id="range-end-lasts-nothing-more",
        ),
        pytest.param(
            "征求意见时间：自本公告发布之日起至2025年4月6日。本办法拟自2025年7月1日起施行。",
            "2025-03-07",
            [("2025-03-07", "2025-04-06"), ("2025-07-01", "2025-07-01")],
            id="self-reference-keeps-windows-and-dates-to-come",
        ),
        pytest.param(
            "区燃气公司将于7月9日（星期二）9时至17时对和平社区1至24号楼暂停供气。",
            "2019-07-05",
            [("2019-07-09T09:00", "2019-07-09T17:00")],
            id="outage-is-a-happening-and-building-numbers-no-days",
        ),
        pytest.param(
            "2022年6月普通高中学业水平合格性考试定于6月28日至30日举行。",
            "2022-06-10",
            [("2022-06-28", "2022-06-30")],
            id="month-naming-an-edition",
        ),
        pytest.param(
            "我区持续挖掘端午文化内涵，打造端午习俗体验项目。",
            "2024-06-08",
            [],
            id="festival-as-a-topic",
        ),
        pytest.param(
            "3月13日，记者在城北快速路项目施工现场看到，工人们正在加紧施工。",
            "2026-03-14",
            [],
            id="reporter-saw-on-a-day",
        ),
        pytest.param(
            "截至10月底，全市规上工业企业达1260家，比去年末净增148家。",
            "2019-11-05",
            [],
            id="comparison-base-is-no-event",
        ),
    ],
)
def test_rules_from_blind_batches(text: str, published: str, expected) -> None:
    assert sorted(periods(text, dt.date.fromisoformat(published))) == sorted(expected)


# ------------------------------------------------- festivals and lunar days with a clock time


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "农历正月十五晚上7点，元宵灯会将在人民公园点亮，届时还有猜灯谜等活动。",
            "2024-02-01",
            ("元宵灯会将在人民公园点亮", "2024-02-24T19:00", Kind.ACTIVITY),
            id="lunar-date-with-clock",
        ),
        pytest.param(
            "腊月廿三上午9时，区文化馆将举办小年写春联活动。",
            "2024-01-20",
            ("小年写春联活动", "2024-02-02T09:00", Kind.ACTIVITY),
            id="lunar-month-day-with-clock",
        ),
        pytest.param(
            "元宵晚上7点，人民公园将举办灯会。",
            "2024-01-20",
            ("元宵灯会", "2024-02-24T19:00", Kind.ACTIVITY),
            id="bare-festival-name-then-part-of-day",
        ),
        pytest.param(
            "除夕晚8点，区文化馆将举办迎春晚会。",
            "2024-01-20",
            ("除夕迎春晚会", "2024-02-09T20:00", Kind.ACTIVITY),
            id="eve-with-clock-name-without-clock",
        ),
        pytest.param(
            "重阳上午9点，社区将举办敬老宴。",
            "2024-09-20",
            ("重阳敬老宴", "2024-10-11T09:00", Kind.ACTIVITY),
            id="double-ninth-banquet",
        ),
        pytest.param(
            "元宵节当晚，人民公园将举办灯会。",
            "2024-01-20",
            ("元宵节灯会", "2024-02-24", Kind.ACTIVITY),
            id="festival-evening-anaphora",
        ),
    ],
)
def test_festival_and_lunar_days_with_a_time_of_day(
    text: str, published: str, expected: tuple[str, str, Kind]
) -> None:
    (event,) = events(text, dt.date.fromisoformat(published))
    assert (event.title, moment_iso(event.start), event.kind) == expected


def test_a_festival_food_is_not_the_festival() -> None:
    assert periods("居民们一起包元宵、吃元宵，其乐融融。", dt.date(2024, 2, 1)) == []


# ------------------------------------------- forms met in published articles (paraphrased)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "关于评议工作的公告\n\n请于9月10日前反映意见。\n\n特此公告\n\n某市人大常委会\n\n2012年8月16日\n",
            "2012-08-17",
            [("2012-09-10", "2012-09-10")],
            id="signature-block-read-as-its-own-story",
        ),
        pytest.param(
            "道路封闭公告\n\n封闭时间为3月18日至4月30日。\n\n某区住建局\n\n某建设有限公司\n\n2023年3月14日\n",
            "2023-03-14",
            [("2023-03-18", "2023-04-30")],
            id="signature-of-a-company",
        ),
        pytest.param(
            "路口将封闭施工(工期7日),请合理规划路线。", "2023-02-22", [], id="works-duration"
        ),
        pytest.param(
            "5月1日、2日、3日为客流高峰,共3日实行限流;其余时段(共20日)正常开放。",
            "2023-04-25",
            [("2023-05-01", "2023-05-03")],
            id="days-in-total-are-no-day",
        ),
        pytest.param(
            "为期5日的美食节昨起在中心广场举办。",
            "2024-06-02",
            [("2024-06-01", "2024-06-05")],
            id="duration-then-started-yesterday",
        ),
        pytest.param(
            "元宵灯展持续至3月6日,每晚点亮。",
            "2011-02-16",
            [("2011-02-16", "2011-03-06")],
            id="running-until-with-no-start",
        ),
        pytest.param(
            "作品汇展2月1日在京开幕。\n\n展览将持续至4月1日。",
            "2024-02-04",
            [("2024-02-01", "2024-04-01")],
            id="opening-then-next-paragraph-runs-until",
        ),
        pytest.param(
            "报名截止到7月15日。\n\n此项活动将持续到9月30日结束。",
            "2009-06-20",
            [("2009-07-15", "2009-07-15"), ("2009-06-20", "2009-09-30")],
            id="until-does-not-extend-a-registration-window",
        ),
        pytest.param(
            "工作人员说,报名时间:7月8日至7月11日。",
            "2013-07-09",
            [("2013-07-08", "2013-07-11")],
            id="field-label-after-a-speaker",
        ),
        pytest.param(
            "重阳节,农历九月初九,称为“重九”。九月初九“九九”谐音“久久”,有长久之意。",
            "2022-09-29",
            [],
            id="festival-custom-is-no-happening",
        ),
        pytest.param(
            "在今年重阳节来临之际,社区开展“九九重阳节,温暖老人心”慰问活动。",
            "2022-09-29",
            [],
            id="festival-only-drawing-near-is-no-day-nor-is-one-inside-a-name-with-a-comma",
        ),
        pytest.param(
            "重阳节当天上午,社区将举办“九九重阳节,温暖老人心”敬老宴。",
            "2022-09-29",
            [("2022-10-04", "2022-10-04")],
            id="festival-day-of-a-happening-stays",
        ),
        pytest.param(
            "近日,社区开展义剪活动。活动当天,理发师耐心询问居民的需求。",
            "2024-12-03",
            [],
            id="day-of-a-happening-never-dated",
        ),
        pytest.param(
            "本次大会定于1月24日上午开幕,1月26下午闭幕。",
            "2018-01-20",
            [("2018-01-24", "2018-01-26")],
            id="closing-day-without-ri-then-part-of-day",
        ),
        pytest.param(
            "让忙碌一天的市民能在夜晚找到放松心情的场所。", "2025-07-28", [], id="bare-evening"
        ),
        pytest.param(
            "除了举办常规的周末音乐会以外,还有主题专场。", "2024-06-16", [], id="usual-weekends"
        ),
        pytest.param(
            "计划停电的时间一般集中在周末,请用户提前做好准备。",
            "2011-10-12",
            [],
            id="habit-weekends",
        ),
        pytest.param(
            "县七夕艺术学校等文艺团体参加了演出。", "2023-02-07", [], id="festival-naming-a-school"
        ),
        pytest.param(
            "为期两周的社区教育节昨日上午开幕。",
            "2009-06-21",
            [("2009-06-20", "2009-07-03")],
            id="length-said-before-the-opening",
        ),
        pytest.param(
            "中小学生田径运动会11月4日开幕。本届运动会将历时三天。",
            "2015-11-05",
            [("2015-11-04", "2015-11-06")],
            id="lishi-said-after-the-opening",
        ),
        pytest.param(
            "东校区将于2025年11月22日22:00暂停供水,预计2025年11月23日4:00恢复供水。",
            "2025-11-21",
            [("2025-11-22T22:00", "2025-11-23T04:00")],
            id="stop-then-restore-is-one-outage",
        ),
        pytest.param(
            "服务中心除夕至正月初六暂停线下服务,1月28日起恢复。",
            "2023-01-13",
            [("2023-01-21", "2023-01-27"), ("2023-01-28", "2023-01-28")],
            id="a-stop-with-its-own-end-and-the-restore",
        ),
        pytest.param(
            "“当天仍有50多位市民冒雨赶到图书馆。”",
            "2014-07-23",
            [],
            id="anaphor-with-nothing-before",
        ),
        pytest.param(
            "7月19日,讲座在图书馆举行。当天仍有50多位市民冒雨赶到图书馆。",
            "2014-07-23",
            [("2014-07-19", "2014-07-19")],
            id="more-about-a-past-day-told",
        ),
        pytest.param(
            "9月19日晚,第一届黄金梨采摘节开幕。本次采摘节以“金果玉穗话丰年”为主题,"
            "将持续至9月21日。",
            "2025-09-22",
            [("2025-09-19", "2025-09-21")],
            id="runs-until-with-the-subject-opening-the-sentence",
        ),
        pytest.param(
            "据悉,2022年某区春季旅游养生季于3月3日开幕。区文化旅游委联合相关部门、街镇策划推出了"
            "一系列活动,将持续到5月结束。采茶节、樱桃节等活动精彩纷呈。",
            "2022-03-18",
            [("2022-03-03", "2022-05-31")],
            id="runs-until-with-the-happenings-named-in-the-clause-before",
        ),
        pytest.param(
            "新春庙会从正月初一开始,庙会首日就有超10万人次市民到影视城看巡游。\n"
            "持续到正月十五,年味还将继续。",
            "2018-02-26",
            [("2018-02-16", "2018-03-02")],
            id="runs-until-opening-its-sentence-continues-what-began",
        ),
        pytest.param(
            "昨晚,冰雪大世界园区变成了一片欢乐的海洋,某某之夏国际啤酒节在这里拉开帷幕。"
            "以“快乐分享、冰城夏都”为主题的本届啤酒节将于7月13日闭幕。",
            "2009-07-03",
            [("2009-07-02", "2009-07-13")],
            id="the-close-of-this-edition-after-its-theme-ends-what-opened",
        ),
        pytest.param(
            "6月24日,龙舟大赛开幕。本届龙舟大赛将持续至今年10月。",
            "2020-06-25",
            [("2020-06-24", "2020-10-31")],
            id="runs-until-a-month",
        ),
        pytest.param(
            "3月12日,“某某杯”首届足球联赛开幕。联赛将持续至4月初,经过36个场次的精彩角逐。",
            "2023-03-13",
            [("2023-03-12", "2023-04-10")],
            id="runs-until-the-start-of-a-month",
        ),
        pytest.param(
            "腊月二十六—正月十六:每晚都是市民观灯时间。",
            "2016-02-05",
            [("2016-02-04", "2016-02-23")],
            id="lunar-range-before-a-label-colon",
        ),
        pytest.param(
            "回填三期工程预计2014年第二季度完工。",
            "2013-12-10",
            [("2014-04-01", "2014-06-30")],
            id="quarter-as-a-completion-target",
        ),
        pytest.param("一季度,全区共排查隐患120处。", "2024-05-01", [], id="quarter-of-a-statistic"),
        pytest.param(
            "征集部门:区政府办公室\n开始时间:2024-09-04\n结束时间:2024-09-27\n",
            "2024-09-01",
            [("2024-09-04", "2024-09-27")],
            id="start-and-end-fields-are-one-window",
        ),
        pytest.param(
            "单双号限行措施明起实施。", "2024-06-02", [("2024-06-03", "2024-06-03")], id="ming-qi"
        ),
        pytest.param(
            "“报名电话一直响!”7月8日,街道工作人员王女士说,居民热情很高。",
            "2013-07-09",
            [],
            id="date-of-a-saying",
        ),
        pytest.param(
            "新闻界31日宣布,将于9月27日在会展中心举行酒会。",
            "2019-07-31",
            [("2019-09-27", "2019-09-27")],
            id="announced-on-then-held-on",
        ),
        pytest.param(
            "4月20日,区长宣布书市开幕。",
            "2019-04-21",
            [("2019-04-20", "2019-04-20")],
            id="announcing-an-opening-is-the-happening",
        ),
        pytest.param(
            "一名求职者说:“我今天就是过来看看有没有合适的职位。”",
            "2010-04-08",
            [],
            id="speaker-own-today-in-quotes",
        ),
        pytest.param(
            "“明天上午9点,我们将在广场举办义诊。”社区主任说。",
            "2010-04-08",
            [("2010-04-09T09:00", "2010-04-09T09:00")],
            id="announcement-in-quotes-stays",
        ),
        pytest.param(
            "社区将于中秋节举办游园会。居民们说,中秋节的味道就是团圆。到处洋溢着中秋的氛围。",
            "2019-09-10",
            [("2019-09-13", "2019-09-13")],
            id="festival-named-again-is-one-day",
        ),
        pytest.param(
            "9月16日,求职者在会场排队投递简历。当日,市第三届人才交流大会在会展中心举行。",
            "2012-09-17",
            [("2012-09-16", "2012-09-16")],
            id="caption-scene-then-what-happened-that-day",
        ),
        pytest.param(
            "5月1日,书市在中心广场开幕。当天,主办方还举办了作家签售会。",
            "2012-05-02",
            [("2012-05-01", "2012-05-01"), ("2012-05-01", "2012-05-01")],
            id="happening-then-another-that-day",
        ),
        pytest.param(
            "这是一本参与“漂流”的图书(4月23日摄)。", "2009-04-24", [], id="day-a-photo-was-taken"
        ),
        pytest.param(
            "旁听公民可于2月20日(星期一)14∶00—16∶00到机关报名。",
            "2017-02-18",
            [("2017-02-20T14:00", "2017-02-20T16:00")],
            id="clock-with-a-ratio-sign",
        ),
        pytest.param(
            "禁止燃放烟花爆竹。特此通告某区人民政府2023年5月22日附件:扫一扫在手机打开当前页",
            "2023-05-22",
            [],
            id="signature-glued-in-a-page-without-breaks",
        ),
        pytest.param(
            "请市民不要恐慌,勿报警情。特此公告。 某市防汛抗旱指挥部 2025年4月25日 "
            "(来源:某市防汛抗旱指挥部)",
            "2025-04-25",
            [],
            id="signature-then-its-source-in-brackets",
        ),
        pytest.param(
            "志愿者为居民义务理发。社区服务中心通讯员:张明2021年6月17日",
            "2021-06-17",
            [],
            id="correspondent-signature-glued",
        ),
        pytest.param(
            "请各乡镇于即日起在村屯进行公示,并留存影像资料备查,,某某市农业农村局2023年5月17日,。",
            "2023-05-17",
            [("2023-05-17", "2023-05-17")],
            id="signature-glued-with-a-stray-comma",
        ),
        pytest.param(
            "区政府2023年5月22日召开常务会议。",
            "2023-05-20",
            [("2023-05-22", "2023-05-22")],
            id="signer-then-date-then-happening-is-dated",
        ),
        pytest.param(
            "输气管线将于11月26日22:00起进行为期36小时的停气作业。",
            "2014-11-25",
            [("2014-11-26T22:00", "2014-11-28T10:00")],
            id="lasting-hours-from-a-clock-time",
        ),
        pytest.param(
            "培训将于3月2日开班,为期一天半。",
            "2017-02-28",
            [("2017-03-02", "2017-03-03")],
            id="lasting-a-day-and-a-half",
        ),
        pytest.param(
            "燃放时间为:9月15日、9月16日、9月17日当日19:00至次日凌晨2:00,其他时间不得燃放。",
            "2024-09-14",
            [
                ("2024-09-15T19:00", "2024-09-16T02:00"),
                ("2024-09-16T19:00", "2024-09-17T02:00"),
                ("2024-09-17T19:00", "2024-09-18T02:00"),
            ],
            id="listed-days-each-into-the-next-morning",
        ),
        pytest.param(
            "社区开展志愿服务。报名时间为:4月1日至10日。",
            "2024-03-14",
            [("2024-04-01", "2024-04-10")],
            id="label-said-with-wei-and-a-colon",
        ),
        pytest.param(
            "开放燃放时间为:9月15日。", "2024-09-14", [("2024-09-15", "2024-09-15")], id="field-wei"
        ),
        pytest.param(
            "某县2021年群众体育赛事活动计划\n序号 | 赛事名称 | 时间 | 地点 |\n"
            "1 | 职工乒乓球比赛 | 5月 | 体育馆 |\n2 | 中小学生羽毛球比赛 | 12月 | 一中 |\n",
            "2021-03-01",
            [("2021-05-01", "2021-05-31"), ("2021-12-01", "2021-12-31")],
            id="table-rows-of-a-years-plan",
        ),
        pytest.param("为老人们送来精彩的儿童节目表演。", "2015-10-22", [], id="jiemu-programme"),
        pytest.param(
            "國(guó)慶長(zhǎng)假期間,景區將舉辦燈會。",
            "2021-09-28",
            [("2021-10-01", "2021-10-07")],
            id="pinyin-printed-after-characters",
        ),
        pytest.param(
            "7月1日,“大系”特展在美术馆正式亮相。“大系”特展将于10月7日与广大观众道别。",
            "2023-09-27",
            [("2023-07-01", "2023-10-07")],
            id="closed-on-a-day-what-opened-before",
        ),
        pytest.param(
            "开幕式今晚8时在体育场举行。亚运会将于10月8日闭幕。",
            "2023-09-23",
            [("2023-09-23T20:00", "2023-09-23T20:00"), ("2023-10-08", "2023-10-08")],
            id="a-ceremony-is-not-what-closes-later",
        ),
        pytest.param(
            "10月31日是读书周的第一天,当天上午,广场上将举办本次活动的开幕式。",
            "2023-10-26",
            [("2023-10-31", "2023-10-31")],
            id="first-day-said-then-its-happening",
        ),
        pytest.param(
            "6月9日上午,社区开展爱心义诊活动。当天的义诊由区红十字会主办。",
            "2022-06-09",
            [("2022-06-09", "2022-06-09")],
            id="that-days-happening-named-again",
        ),
        pytest.param(
            "福利会周二至周五举办舞火龙活动。",
            "2017-10-01",
            [("2017-10-03", "2017-10-06")],
            id="weekday-range-of-one-happening-held",
        ),
        pytest.param("图书馆周二至周日举办讲座,每周一闭馆。", "2017-10-01", [], id="weekday-rule"),
        pytest.param(
            "第二批小区改造工程力争9月底前全部完工。",
            "2024-03-17",
            [("2024-09-30", "2024-09-30")],
            id="month-end-target-still-to-come",
        ),
        pytest.param(
            "图书馆将于7月21日17时起关闭各阅览室,并于7月25日恢复正常开放。",
            "2018-07-20",
            [("2018-07-21T17:00", "2018-07-24T23:59"), ("2018-07-25", "2018-07-25")],
            id="closed-through-the-day-before-reopening",
        ),
        pytest.param(
            "11月22日22:00暂停供水,预计11月23日4:00恢复供水。",
            "2018-11-22",
            [("2018-11-22T22:00", "2018-11-23T04:00")],
            id="outage-until-the-hour-restored",
        ),
        pytest.param(
            "自2024年9月4日(周三)起,图书馆将临时闭馆进行维修,预期至9月26日恢复开放。",
            "2024-09-03",
            [("2024-09-04", "2024-09-25"), ("2024-09-26", "2024-09-26")],
            id="closure-said-after-its-start",
        ),
        pytest.param(
            "昨天(7月2日)上午,龙舟公开赛在仙桃开赛。",
            "2023-07-05",
            [("2023-07-02", "2023-07-02")],
            id="relative-day-restated-in-brackets",
        ),
        pytest.param(
            "5月16日,社区文化节拉开了序幕。本届社区文化节为期三天。",
            "2017-05-15",
            [("2017-05-16", "2017-05-18")],
            id="curtain-raised-then-its-length",
        ),
        pytest.param(
            "8月27日,市政府网站发布专题征集建议。市民可在网站留言。该意见征集截止日为9月20日。",
            "2019-08-29",
            [("2019-08-27", "2019-09-20")],
            id="call-opened-then-closed",
        ),
        pytest.param(
            "18日上午,大众网记者来到体育场,运动会将于19日开幕。",
            "2015-09-18",
            [("2015-09-19", "2015-09-19")],
            id="a-media-reporters-day",
        ),
        pytest.param(
            "应急供气实施时间:2014年11月26日22:00时至2014年11月28日10:00时。",
            "2014-11-25",
            [("2014-11-26T22:00", "2014-11-28T10:00")],
            id="clock-with-a-redundant-shi",
        ),
        pytest.param(
            "花灯展示会将于2月4日亮灯。\n05.02.2016 11:36\n",
            "2016-02-03",
            [("2016-02-04", "2016-02-04")],
            id="a-stamp-line-is-no-event",
        ),
        pytest.param("©原创 01-19 21:07 云上鄂州\n", "2018-01-19", [], id="a-padded-stamp"),
        pytest.param(
            "某县城区用水紧张 县政府发布节水通告\n\n某某网友 2019-05-08\n\n当前已进入夏季用水高峰"
            "期,为了保障居民的正常生活用水,特通告如下:\n\n一、加大节约用水宣传力度,倡导文明用水。"
            "\n\n二、县水务公司加快联通各供水管网,争取2019年6月份通水使用。\n\n特此通告\n\n▍内容"
            "来源:某县人民政府\n\n浏览12761 / 回复11\n举报内容\n\n竖线最新回复\n\n2019-05-10\n大"
            "家都去水库打水吧\n回复\n10楼 1\n2019-05-14\n这也太夸张了吧\n回复\n11楼 1\n\n全部回复"
            "\n\n竖线全部回复\n\n2019-05-08\n喝水都成问题,夏天比蒸笼还热。\n回复\n1\n2楼 店小二\n"
            "2019-05-08\n来个西瓜解解渴\n回复\n",
            "2019-05-08",
            [("2019-06-01", "2019-06-30")],
            id="a-forums-reply-stamps-are-no-events",
        ),
        pytest.param(
            "社区读书会通知\n活动时间:2023-06-09 10:00\n活动地点:社区图书馆\n",
            "2023-06-06",
            [("2023-06-09T10:00", "2023-06-09T10:00")],
            id="a-labelled-time-line-stays",
        ),
        pytest.param(
            "“我和朋友今天是专程从赤水过来的,之前通过直播看到路边音乐会现场。”",
            "2023-09-26",
            [],
            id="a-visitors-today-and-what-they-saw-before",
        ),
        pytest.param(
            "7日检修线路:东关站10KV市委线。检修时间:7日7:00至7日18:30。影响范围:岱北。",
            "2010-12-03",
            [("2010-12-07T07:00", "2010-12-07T18:30")],
            id="an-items-day-given-again-with-its-hours",
        ),
        pytest.param(
            "8月31日(星期六)、9月1日(星期日)正常公休,9月5日(星期四)正常上班。",
            "2024-08-28",
            [],
            id="ordinary-days-off-and-workdays",
        ),
        pytest.param(
            "9月28日(星期日)上班。", "2025-09-20", [("2025-09-28", "2025-09-28")], id="makeup-day"
        ),
        pytest.param(
            "凡2015年12月31日前年满18周岁的男青年均可报名。", "2015-11-01", [], id="age-limit"
        ),
        pytest.param(
            "预计今天我市最高气温13℃~15℃,周日有望达到20℃左右。", "2016-02-26", [], id="temperature"
        ),
        pytest.param(
            "6月10日至13日,我区将出现持续高温天气,最高气温达38℃。",
            "2024-06-08",
            [("2024-06-10", "2024-06-13")],
            id="a-heat-wave-stays",
        ),
        pytest.param(
            "端午节放假3天:6月16日至18日。6月18日(星期一)放假。",
            "2018-06-10",
            [("2018-06-16", "2018-06-18")],
            id="a-bare-day-off-inside-its-break",
        ),
        pytest.param(
            "昨日下午,为期4天的全国商品交易会圆满收官。",
            "2014-10-14",
            [("2014-10-10", "2014-10-13")],
            id="a-length-said-of-a-closing",
        ),
        pytest.param(
            "从前天开始,区春节年货展在恒一广场举行。此次年货展将持续至1月19日。",
            "2019-01-14",
            [("2019-01-12", "2019-01-19")],
            id="running-since-then-until",
        ),
        pytest.param(
            "从10月9日起,机关单位作息时间为:上午8:30至12:00,下午13:00至17:00。",
            "2025-09-30",
            [("2025-10-09", "2025-10-09")],
            id="working-hours-from-a-day",
        ),
        pytest.param(
            "老年人将享受免费体检服务\n2025年03月14日\n体检将于3月20日开始。",
            "2025-03-14",
            [("2025-03-20", "2025-03-20")],
            id="a-padded-date-line-is-a-stamp",
        ),
        pytest.param("每年农历秋分,村里举办晒秋活动。", "2018-09-01", [], id="yearly-lunar-rule"),
        pytest.param(
            "园林网3月10日消息:3月9日上午,桃花节在南国开幕。",
            "2008-03-10",
            [("2008-03-09", "2008-03-09")],
            id="web-news-dateline-xiaoxi",
        ),
        pytest.param(
            "为营造喜庆热烈、文明和谐的春节氛围,市民可于2月9日免费领春联。",
            "2026-02-05",
            [("2026-02-09", "2026-02-09")],
            id="festive-aim-is-no-date",
        ),
        pytest.param("一到周末和节假日,景区游客如织。", "2018-09-28", [], id="yi-dao-whenever"),
        pytest.param("又到周三,又搞活动,志愿者们很兴奋。", "2017-07-05", [], id="you-dao-again"),
        pytest.param(
            "11日下午3时许,记者从组委会获悉,报名截止时间推迟至7月21日。",
            "2013-07-12",
            [("2013-07-21", "2013-07-21")],
            id="reporting-hour-xu",
        ),
        pytest.param(
            "7月11日晚上,青少年篮球锦标赛在县灯光球场开赛。比赛将于7月16日结束。",
            "2013-07-12",
            [("2013-07-11", "2013-07-16")],
            id="ends-what-began",
        ),
        pytest.param(
            "清明节:4月5日放假,4月6日(星期一)补休。",
            "2015-01-01",
            [("2015-04-05", "2015-04-06")],  # the days said, as real notices' readers date it
            id="day-off-and-the-day-in-lieu",
        ),
        pytest.param(
            "劳动节:5月1日放假,与周末连休。",
            "2015-01-01",
            [("2015-05-01", "2015-05-03")],
            id="day-off-into-the-weekend",
        ),
        pytest.param(
            "清明节:4月4日放假,与周末连休。",
            "2015-12-10",
            [("2016-04-02", "2016-04-04")],
            id="monday-off-joins-the-weekend-before",
        ),
        pytest.param(
            "国务院办公厅关于2016年 部分节假日安排的通知\n中秋节:9月15日至17日放假调休,共3天。",
            "2015-12-10",
            [("2016-09-15", "2016-09-17")],
            id="schedule-year-over-a-line-break",
        ),
        pytest.param(
            "一、交通管制时间\n2025年4月20日6时至2025年4月20日12时\n二、管制路段\n昭仁大街。",
            "2025-04-15",
            [("2025-04-20T06:00", "2025-04-20T12:00")],
            id="clock-before-the-next-items-number",
        ),
        pytest.param(
            "马拉松将于4月20日举行。\n特此公告\n县交警大队\n2025年4月15日\n附:线路图\n",
            "2025-04-15",
            [("2025-04-20", "2025-04-20")],
            id="signature-date-above-an-attachment",
        ),
        pytest.param(
            "2月11日(除夕)、2月12日(正月初一)两天,市区公交车运营时间稍有调整。",
            "2021-02-09",
            [("2021-02-11", "2021-02-12")],
            id="festival-restated-day-then-the-next-listed",
        ),
        pytest.param(
            "2月12日,公交车运营时间调整,如11路末班时间为11点、12路末班时间为10点30分,"
            "运营到上午11点后收班。",
            "2021-02-09",
            [("2021-02-12", "2021-02-12")],
            id="timetable-times-are-no-starts",
        ),
        pytest.param(
            "征集时间:自本公告发布之日起,至2021年12月15日止。",
            "2021-12-07",
            [("2021-12-07", "2021-12-15")],
            id="from-the-notices-day-comma-until",
        ),
        pytest.param(
            "昨天,“小候鸟”大篷车首站活动在芝士公园举行。这个“小候鸟”大篷车系列活动将持续至8月中下旬。",
            "2018-07-13",
            [("2018-07-12", "2018-08-31")],
            id="runs-until-a-part-of-a-month",
        ),
        pytest.param(
            "9月29日和10月1日晚8时,北广场还将播放爱国主义影片。",
            "2024-09-28",
            [("2024-09-29T20:00", "2024-09-29T20:00"), ("2024-10-01T20:00", "2024-10-01T20:00")],
            id="two-dates-joined-by-he-share-the-time-and-the-happening",
        ),
        pytest.param(
            "经国务院批准,现将2018年元旦、春节、中秋节放假调休日期的具体安排通知如下。\n"
            "中秋节:9月24日放假,与周末连休。",
            "2017-12-06",
            [("2018-09-22", "2018-09-24")],
            id="schedule-year-before-the-festivals-listed",
        ),
        pytest.param(
            "2023年端午节放假通知来了!\n\n关于端午节放假的通知\n端午节:6月22日至24日放假调休,共3天。",
            "2023-06-08",
            [("2023-06-22", "2023-06-24")],
            id="headline-and-notice-tell-one-break",
        ),
        pytest.param(
            "定于1月20日至21日对城东大桥开展检测作业。作业期间对大桥实施临时全封闭管理,"
            "封闭期间禁止大中小型汽车通行。",
            "2026-01-19",
            [("2026-01-20", "2026-01-21")],
            id="a-closures-own-rule-during-it",
        ),
        pytest.param(
            "2021年群众体育赛事活动计划\n序号 |\n赛事名称 |\n时间 |\n1 |\n职工乒乓球比赛 |\n5月 |\n"
            "2 |\n职工钓鱼比赛 |\n5月 |\n",
            "2021-03-01",
            [("2021-05-01", "2021-05-31"), ("2021-05-01", "2021-05-31")],
            id="table-one-cell-a-line-two-items-of-one-month",
        ),
        pytest.param(
            "5月28日,龙舟赛在闽江举行。该队在当日的比赛中表现出色。",
            "2011-05-29",
            [("2011-05-28", "2011-05-28")],
            id="a-scene-in-that-days-race",
        ),
        pytest.param(
            "11月24日7点30分,2024城市马拉松鸣枪开跑。…关门时间为13点45分。当天,马拉松男子组、"
            "女子组冠军分别由选手李某、朱某获得。",
            "2024-11-24",
            [("2024-11-24T07:30", "2024-11-24T07:30")],
            id="who-won-that-day-is-no-happening",
        ),
        pytest.param(
            "从即日起,本市市民可登陆语言文字网报名。报名截止日期为2006年3月5日。",
            "2006-01-25",
            [("2006-01-25", "2006-03-05")],
            id="call-opened-today-closed-later",
        ),
        pytest.param(
            "自本公告发布之日起,均可向自然资源所申请报名,报名截止时间为2024年9月11日。",
            "2024-09-06",
            [("2024-09-06", "2024-09-11")],
            id="call-opened-by-the-notice-closed-later",
        ),
        pytest.param(
            "中国象棋比赛将于4月7日和8日举行。",
            "2007-03-08",
            [("2007-04-07", "2007-04-08")],
            id="next-day-listed-with-he",
        ),
        pytest.param(
            "报名时间:2017年3月16日至3月22日下午5时前(周六、周日除外)。",
            "2017-03-16",
            [("2017-03-16T00:00", "2017-03-22T17:00")],
            id="days-left-out-are-no-events",
        ),
        pytest.param(
            "比赛即日起接受报名。各队须于3月30日前将报名单寄往棋院。",
            "2007-03-08",
            [("2007-03-08", "2007-03-30")],
            id="call-opened-today-closed-by-a-deadline",
        ),
        pytest.param(
            "县政府定于2025年9月18日在县城区开展防空警报试鸣。\n一、警报试鸣范围\n县城区。\n"
            "二、警报试鸣时间\n2025年9月18日10时00分。\n",
            "2025-09-11",
            [("2025-09-18T10:00", "2025-09-18T10:00")],
            id="the-day-then-its-hour-under-a-time-heading",
        ),
        pytest.param(
            "一、11月4日起,以下路段分时禁止机动车通行:\n(一)航天大道在上午07:00时至09:30时进行交通管制。\n"
            "(二)观海路在上午07:00时至下午14:00时进行交通管制。\n",
            "2017-10-23",
            [
                ("2017-11-04", "2017-11-04"),
                ("2017-11-04T07:00", "2017-11-04T09:30"),
                ("2017-11-04T07:00", "2017-11-04T14:00"),
            ],
            id="items-timed-under-a-dated-lead",
        ),
        pytest.param(
            "从2月3日小年夜至2月19日正月十五期间,黄浦区将上演近60场演出。",
            "2019-01-30",
            [("2019-02-03", "2019-02-19")],
            id="a-range-with-its-days-festivals-beside-them",
        ),
        pytest.param(
            "正月十五期间,古镇将举办灯会。",
            "2019-01-30",
            [("2019-02-19", "2019-02-19")],
            id="a-lunar-day-before-qijian",
        ),
        pytest.param(
            "决定从正月初四(2月11日)、初五(2月12日)、初六(2月13日)连续三天举办广场文化活动。",
            "2016-01-28",
            [("2016-02-11", "2016-02-13")],
            id="lunar-days-listed-each-with-its-date",
        ),
        pytest.param(
            "10月8日(星期六)、10月9日(星期日)上班。",
            "2015-12-10",
            [("2016-10-08", "2016-10-09")],
            id="next-day-listed-is-one-run",
        ),
        pytest.param(
            "9月15日、9月16日、9月17日(中秋节)当日19:00至次日凌晨2:00,开放燃放。",
            "2024-09-01",
            [
                ("2024-09-15T19:00", "2024-09-16T02:00"),
                ("2024-09-16T19:00", "2024-09-17T02:00"),
                ("2024-09-17T19:00", "2024-09-18T02:00"),
            ],
            id="listed-days-each-with-its-evening",
        ),
        pytest.param(
            "停产时间:2020年1月19日20时--1月21日20时。",
            "2020-01-19",
            [("2020-01-19T20:00", "2020-01-21T20:00")],
            id="double-hyphen-range",
        ),
        pytest.param(
            "征集时间:自通告之日起至9月30日止。",
            "2021-09-01",
            [("2021-09-01", "2021-09-30")],
            id="from-the-notices-day",
        ),
        pytest.param("人间四月天,读书好时节。", "2022-04-21", [], id="season-phrase"),
        pytest.param(
            "阳春三月,正值桃花盛开,桃花源旅游节将于3月30日至31日举行。",
            "2009-03-04",
            [("2009-03-30", "2009-03-31")],
            id="season-phrase-before-a-month",
        ),
        pytest.param(
            "据悉,桃花节以“赏花品美食”为主题,将从3月10日持续到4月10日。",
            "2017-03-03",
            [("2017-03-10", "2017-04-10")],
            id="clause-going-on-without-its-subject",
        ),
        pytest.param(
            "本月10日,第二届乡村旅游节将在卓筒井镇开幕。据悉,乡村旅游节以赏花为主题,"
            "将从3月10日持续到4月10日。",
            "2017-03-03",
            [("2017-03-10", "2017-04-10")],
            id="opening-day-of-the-run-told",
        ),
        pytest.param(
            "本月10日,乡村旅游节开幕式将在镇广场举行。乡村旅游节将从3月10日持续到4月10日。",
            "2017-03-03",
            [("2017-03-10", "2017-03-10"), ("2017-03-10", "2017-04-10")],
            id="opening-ceremony-is-its-own",
        ),
        pytest.param(
            "交流会时间由原来的12-13日及15-16日四天,改为12-13日两天举行。",
            "2006-10-09",
            [("2006-10-12", "2006-10-13")],
            id="dates-a-moved-event-had",
        ),
        pytest.param(
            "展会原定2006年10月12-13日和15-16日分两期举办。",
            "2006-10-09",
            [],
            id="list-of-dates-a-moved-event-had",
        ),
        pytest.param(
            "桃花节将于3月10日开幕。(本报记者 张三) 原标题:桃花节10日开幕",
            "2017-03-03",
            [("2017-03-10", "2017-03-10")],
            id="original-headline-after-the-byline",
        ),
        pytest.param(
            "14条公交线路临时绕道(详细报道见7月20日本报A24版)。",
            "2007-07-26",
            [],
            id="earlier-issue",
        ),
        pytest.param(
            "一、3月5日至7日,每日21时起至次日另行通知解除期间,对大货车实施临时交通管制。",
            "2024-03-01",
            [("2024-03-05T21:00", "2024-03-07T23:59")],
            id="daily-opening-hour-closing-when-told",
        ),
        pytest.param(
            "3月5日至7日,每天22时起至次日5时,封闭施工。",
            "2024-03-01",
            [("2024-03-05T22:00", "2024-03-08T05:00")],
            id="daily-slot-from-an-hour-into-the-next-morning",
        ),
        pytest.param(
            "今年10月6日适逢双休日(星期日),依照惯例,放假日期顺延至7日(星期一)。",
            "2024-10-01",
            [("2024-10-07", "2024-10-07")],
            id="day-off-moved-to-a-weekday",
        ),
        pytest.param(
            "比赛定于10月6日举行,如遇雨天,顺延至10月13日。",
            "2024-10-01",
            [("2024-10-06", "2024-10-06")],
            id="fallback-day-is-no-move",
        ),
        pytest.param(
            "停馆时间:3月4日,5日起恢复正常开放。",
            "2024-03-01",
            [("2024-03-04", "2024-03-04"), ("2024-03-05", "2024-03-05")],
            id="a-day-then-a-day-from-which-is-no-list",
        ),
        pytest.param(
            "6月17日晚,由市文化局主办,以“喜迎新春”为主题的系列文化活动暨第三届市民文化艺术节"
            "在中心广场正式启动。本次活动将持续至12月,丰富群众精神文化生活。\n"
            "活动现场,热场歌舞烘托出欢乐气氛。\n"
            "本次活动为期6个月,以文化惠民为目的,开展30余项文化艺术活动。",
            "2022-06-20",
            [("2022-06-17", "2022-12-31")],
            id="a-stated-end-month-wins-over-a-length",
        ),
        pytest.param(
            "微信图片_2025-07-20_145943_179.png\n7月16日晚,文艺下乡巡演在上店村启幕。",
            "2025-07-20",
            [("2025-07-16", "2025-07-16")],
            id="a-date-in-a-files-name",
        ),
        pytest.param(
            "8月的草原,绿草如茵,这里即将迎来8月30日开幕的旅游节。3月的小镇一片生机。",
            "2020-08-20",
            [("2020-08-30", "2020-08-30")],
            id="a-month-as-a-season",
        ),
        pytest.param(
            "原定的停水时间是今天,但因施工衔接问题,停水时间改在27日。",
            "2014-09-23",
            [("2014-09-27", "2014-09-27")],
            id="the-day-first-set-then-moved",
        ),
        pytest.param(
            "春节是中华民族最有仪式感的传统节日之一。端午、中秋是我国的重要节日。",
            "2020-01-22",
            [],
            id="what-a-festival-is",
        ),
        pytest.param(
            "1月18日至1月21日期间禁止午间(12时至14时)和夜间(22时至次日凌晨6时)建筑施工作业。",
            "2024-01-15",
            [("2024-01-18T12:00", "2024-01-21T14:00"), ("2024-01-18T22:00", "2024-01-19T06:00")],
            id="a-second-slot-past-midnight-closes-the-next-morning",
        ),
        pytest.param(
            "9月21日起管道迁移施工。\n责任编辑:张三\n更多 今日話題\n频道推荐\n"
            "- 前锋农场修建便民路 为民办实事2021/09/30\n"
            "- 暖心!高新区为社区抗疫一线工作者送“国庆面”行动2021/09/30\n",
            "2021-09-20",
            [("2021-09-21", "2021-09-21")],
            id="a-sites-columns-and-links-with-their-dates",
        ),
        pytest.param(
            "11月9日,县全民运动会在一中开幕。本届运动会时间从4月开始,一直将持续到12月。",
            "2018-11-12",
            [("2018-11-09", "2018-11-09"), ("2018-04-01", "2018-12-31")],
            id="a-run-from-a-month-before-to-one-to-come",
        ),
        pytest.param(
            "10月13日至10月17日、10月20日至10月24日的每日23时至次日5时,对隧道实施全幅封闭。",
            "2025-10-10",
            # each run's last night closes the next morning
            [("2025-10-13T23:00", "2025-10-18T05:00"), ("2025-10-20T23:00", "2025-10-25T05:00")],
            id="two-runs-each-night-into-the-next-morning",
        ),
        pytest.param(
            "关于“某某迎新跑”活动期间对周边道路实施交通管制的通告\n\n"
            "发布时间:2025-12-19 17:40 信息来源:某县公安局交通管理大队\n\n"
            "“某某迎新跑”活动将于2026年1月1日在我县古城区举行,为保障活动期间道路交通安全有序,"
            "对某镇部分路段实施临时交通管制,现将相关事宜通告如下:\n\n一、交通管制时间\n\n"
            "2026年1月1日8时至11时。\n\n二、交通管制路段\n\n某某路。\n",
            "2025-12-19",
            # the run, and the closure during it at the hours under its heading
            [("2026-01-01", "2026-01-01"), ("2026-01-01T08:00", "2026-01-01T11:00")],
            id="a-closures-hours-under-its-heading-are-not-the-runs",
        ),
        pytest.param(
            "1月4日下午2时许,某水厂一泵房爆管造成突发性停水。预计1月5日中午12时左右恢复供水。",
            "2021-01-04",
            [("2021-01-04T14:00", "2021-01-05T12:00")],
            id="an-outage-until-the-supply-comes-back",
        ),
        pytest.param(
            "供水集团计划于11月29日23:00--11月30日15:00,对某路供水管道进行接点并网,沿线用户停水。"
            "预计30日15:00恢复供水。",
            "2022-11-28",
            [("2022-11-29T23:00", "2022-11-30T15:00")],
            id="the-supply-back-at-the-end-of-the-outages-window",
        ),
        pytest.param(
            "警方指出,花车巡游期间,某区一带会于下午四时半开始陆续封路,预计晚上十一时后才解封。",
            "2015-02-19",
            [("2015-02-19T16:30", "2015-02-19T23:00")],
            id="a-road-closed-until-it-is-opened-again",
        ),
        pytest.param(
            "某供电公司今天上午8时30分实施工作性停电进行线路检修,中午12时左右便已送电。",
            "2022-07-26",
            [("2022-07-26T08:30", "2022-07-26T12:00")],
            id="power-off-until-it-is-sent-again",
        ),
        pytest.param(
            "8月16日上午7时30分开始,某路分时实行交通管制,预计在10点45分开始分时、分段开放通行。",
            "2021-08-10",
            [("2021-08-16T07:30", "2021-08-16T10:45")],
            id="traffic-control-until-roads-open-in-stages",
        ),
        pytest.param(
            "10月5日下午5时30分起,某路封闭施工,为期5天。预计10月9日12时恢复通行。",
            "2014-10-01",
            # (a closure from an hour over whole days, before the hour it reopens: no crash)
            [("2014-10-05T17:30", "2014-10-09"), ("2014-10-09T12:00", "2014-10-09T12:00")],
            id="a-closure-from-an-hour-over-days-then-reopened",
        ),
        pytest.param(
            "施工时间:2025年5月19日至2025年5月30日(晚上20:00点至次日凌晨5:00点),湖滨大道单向通行。",
            "2025-05-10",
            [("2025-05-19T20:00", "2025-05-31T05:00")],
            id="a-redundant-dian-after-the-clock",
        ),
        pytest.param(
            "6月11日,东莞市公安局沙田分局交警大队发布通告,6月15日起禁止货车通行。",
            "2025-06-12",
            [("2025-06-15", "2025-06-15")],
            id="the-day-a-long-named-office-issued-its-notice",
        ),
        pytest.param(
            "2023年4月17日 ,某县公安局交通管理大队发布关于“某路段”临时禁止通行的通告。",
            "2023-04-18",
            [],
            id="the-day-a-notice-about-a-closure-came-out",
        ),
        pytest.param(
            "今日,某区交巡警发布交通提醒:4月3日凌晨0时—5时南区路将封闭施工。",
            "2019-04-02",
            [("2019-04-03T00:00", "2019-04-03T05:00")],
            id="the-day-a-traffic-reminder-came-out",
        ),
        pytest.param(
            "从5月1日开始的南海伏季休渔将于8月16日中午12时结束。",
            "2023-08-10",
            [("2023-05-01", "2023-08-16T12:00")],
            id="a-run-begun-on-a-day-ending-at-an-hour",
        ),
        pytest.param(
            "某省2021年11月1日启动供热\n\n  为确保群众用热需求,省政府办公厅发布通知,"
            "全省2021年11月1日启动供热(目前尚未启动供热的地区视当地气温情况可再适当提前启动供热)。\n",
            "2021-10-30",
            [("2021-11-01", "2021-11-01")],
            id="a-temperature-in-brackets-makes-no-forecast",
        ),
        pytest.param(
            "海底隧道夜晚封闭施工\n\n日期:10-10\n字号:\n版面:A04版:民生\n\n"
            "        晨报讯(记者 岳宇艳) 因隧道养护作业需要,10月13日至10月17日,"
            "交管部门对隧道实施全幅封闭交通管理措施。\n",
            "2025-10-10",
            [("2025-10-13", "2025-10-17")],
            id="a-digital-papers-date-line-numbers-only",
        ),
        pytest.param(
            "旅发局取消新春花车巡游\n\n日期:01-08 作者:佚名\n\n"
            "旅发局7日宣布取消今年的新春花车巡游,改为于1月25日至28日举办嘉年华。\n",
            "2020-01-08",
            [("2020-01-25", "2020-01-28")],
            id="a-date-line-numbers-only-then-its-byline",
        ),
        pytest.param(
            "各大社团热烈庆祝回归五周年\n07月02日 16:53\n\n"
            "  连日来,各大社团纷纷举办庆祝活动。7月6日,维园将举行文艺汇演。\n",
            "2002-07-02",
            [("2002-07-06", "2002-07-06")],
            id="a-padded-year-less-day-and-its-clock-alone-on-a-line",
        ),
        pytest.param(
            "征文时间为2015年2月6日∽3月31日。相关链接:http://www.pingxiang.gov.cn/zwgk/201502/"
            "t20150204_13572.html",
            "2015-02-05",
            [("2015-02-06", "2015-03-31")],
            id="a-range-with-a-swung-dash-and-a-date-in-an-address",
        ),
        pytest.param(
            "萍乡市图书馆自2020年1月24日(星期五)起闭馆。",
            "2020-02-01",
            [("2020-01-24", "2020-01-24")],
            id="a-day-begun-on-with-its-weekday",
        ),
        pytest.param(
            "9月17日至9月20日对隧道内照明设施进行维修,作业时间为当日21:00至次日5:00。",
            "2019-09-16",
            [("2019-09-17T21:00", "2019-09-21T05:00")],
            id="that-days-hours-each-day-of-the-run",
        ),
        pytest.param(
            "5月16日,我县在博物馆广场举办了“国际博物馆日”暨“文化和自然遗产日”宣传活动。",
            "2018-05-18",
            [("2018-05-16", "2018-05-16")],
            id="a-named-day-naming-what-is-held-on-a-date-said",
        ),
        pytest.param(
            "春节燃放爆竹是本地百姓的风俗,恳请政府允许腊月廿八至正月初二这几天在固定地点燃放。",
            "2020-01-13",
            [],
            id="a-custom-and-a-plea-for-leave",
        ),
        pytest.param(
            "剧场年初一、初二公益演出2场《桂林有戏》。",
            "2023-01-14",
            [("2023-01-22", "2023-01-23")],
            id="new-year-days-without-da",
        ),
        pytest.param(
            "鹰府办字〔2025〕30号2025年04月10日各区人民政府:献血时间:2025年5月1日起。",
            "2025-04-10",
            [("2025-05-01", "2025-05-01")],
            id="the-day-a-document-was-issued",
        ),
        pytest.param(
            "9月30日,春城晚报-开屏新闻记者从大观公园获悉:10月1日,大观公园将举办菊展。",
            "2022-09-30",
            [("2022-10-01", "2022-10-01")],
            id="a-reporter-of-a-paper-and-its-app",
        ),
        pytest.param(
            "音乐季主体活动于12月25日至明年1月20日举行。12月25日至明年1月20日,凉山将举行诗歌"
            "音乐盛典、音乐季开幕式等一系列丰富多彩的活动。",
            "2016-12-20",
            [("2016-12-25", "2017-01-20")],
            id="a-span-restated-as-a-series",
        ),
        pytest.param(
            "4月8日,区第一届全民健身运动会启幕。各项赛事于4月至10月在各体育公园举行。"
            "启动仪式当天,环湖接力赛鸣枪开跑。",
            "2023-04-07",
            [
                ("2023-04-08", "2023-04-08"),
                ("2023-04-01", "2023-10-31"),
                ("2023-04-08", "2023-04-08"),
            ],
            id="that-day-is-no-run-of-months",
        ),
        pytest.param(
            "一、6月1日至6月9日、6月12至6月18日的每天晚上9时至次日晨7时,市区范围内禁止进行产生"
            "噪声污染的建筑施工作业。",
            "2012-05-30",
            [("2012-06-01T21:00", "2012-06-10T07:00"), ("2012-06-12T21:00", "2012-06-19T07:00")],
            id="runs-of-nights-end-the-morning-after-their-last-day",
        ),
        pytest.param(
            "自二○一二年五月二十日起至二○一二年六月二十日止,禁止任何形式的夜间施工(夜间22:00-6:00)。",
            "2012-05-03",
            [("2012-05-20T22:00", "2012-06-21T06:00")],
            id="a-night-slot-read-back-past-midnight",
        ),
        pytest.param(
            "市民运动会将于下周六,也就是11月24日拉开大幕。本次运动会特别安排在周末,报名不设门槛,"
            "所有的比赛项目都在周末进行。",
            "2018-11-15",
            [("2018-11-24", "2018-11-24")],
            id="a-day-said-again-and-weekends-as-a-rule",
        ),
        pytest.param(
            "燃气公司今天下午发布停气通知,4日22:00至次日8:00,芙蓉路周边部分区域将停气。",
            "2021-12-03",
            [("2021-12-04T22:00", "2021-12-05T08:00")],
            id="the-day-a-notice-came-out",
        ),
        pytest.param(
            "许恒保从19年前开始无偿献血,至今已献血60余次。", "2017-06-15", [], id="years-ago"
        ),
        pytest.param(
            "④2月15日前,完成预征对象体格检查、政治考核。",
            "2019-12-11",
            [("2020-02-15", "2020-02-15")],
            id="a-circled-number-before-a-date",
        ),
        pytest.param(
            "本次市民绿化节于昨日正式启动,一直持续到10月底。3月份的活动已经安排100多场。",
            "2015-03-09",
            [("2015-03-08", "2015-10-31")],
            id="a-run-started-yesterday-lasting-to-a-month-to-come-and-a-months-count",
        ),
        pytest.param(
            "县文旅局发布了从故居到景区的周末亲子游精品旅游线路,并开展周末场演出计划。",
            "2020-09-23",
            [],
            id="a-sort-of-trip-or-show-is-no-weekend",
        ),
        pytest.param(
            "昨日是展馆对外开放后的第一个周末,市民将9个场馆挤满了。三是开展百姓周末大舞台。",
            "2014-10-26",
            [("2014-10-25", "2014-10-25")],
            id="the-nth-weekend-is-what-a-day-said-is",
        ),
        pytest.param(
            "春季征集从2019年12月初至2020年2月中旬完成现场报名、体检政考,3月中旬结束。",
            "2019-12-11",
            [("2019-12-01", "2020-03-20")],
            id="a-run-then-its-end",
        ),
        pytest.param(
            "关于某地块规划的公示\n\n公示时间:15天(2013年9月4日至9月18日)。\n\n"
            "  某市规划局2013年9月4日\n\n(责任编辑:王某)\n",
            "2013-09-04",
            [("2013-09-04", "2013-09-18")],
            id="a-signature-glued-to-its-office-over-the-editors-credit",
        ),
        pytest.param(
            "归档时间:2018-11-21\n当前位置: 首页 > 政务公开 > 政策法规\n\n关于报送材料的通知\n\n"
            "各单位于12月1日前报送材料。\n",
            "2018-11-21",
            [("2018-12-01", "2018-12-01")],
            id="a-pages-archive-day-is-no-event",
        ),
        pytest.param(
            "某某论坛\n发表于 2016-2-23 13:29:30 | 只看该作者 |阅读模式\n"
            "本帖最后由 某某 于 2016-2-23 14:31 编辑\n\n正月初八到正月十八,各地迎来赏灯时节。\n",
            "2016-02-23",
            [("2016-02-15", "2016-02-25")],
            id="a-forum-posts-last-edit-is-no-event",
        ),
        pytest.param(
            "据“某县人民政府发布”微信公众号8月17日消息8月17日,县自来水公司发布通知,"
            "自2022年8月19日零时起,城区采取分时减压供水措施。",
            "2022-08-17",
            [("2022-08-19T00:00", "2022-08-19T00:00")],
            id="the-day-a-source-reported-is-no-event",
        ),
        pytest.param(
            "现将博物馆五一节假期开放安排公告如下:",
            "2025-04-25",
            [("2025-05-01", "2025-05-05")],
            id="a-festivals-jie-before-its-break",
        ),
        pytest.param(
            "活动一经发布,就激发了大家参与的热情。“今天特意带孩子来感受一下过年的热闹气氛!"
            "也能让孩子了解家门口的变化。”吴女士说。",
            "2024-02-01",
            [],
            id="a-day-in-a-quotation-attributed-to-a-visitor",
        ),
        pytest.param(
            "11月4日12时起,某路视情禁止机动车驶入,22时起至11月5日13时,禁止机动车通行及停放。",
            "2017-11-01",
            [("2017-11-04T12:00", "2017-11-04T12:00"), ("2017-11-04T22:00", "2017-11-05T13:00")],
            id="an-hour-alone-running-to-a-dated-hour-is-the-day-before",
        ),
        pytest.param(
            "10月16日下午,某社区百余名老年居民欢聚一堂,共庆敬老节。中午时分,饭店邀请30名老人吃了一顿午餐。"
            "下午2点,庆祝活动正式开始,社区书记首先祝福老年朋友节日快乐。",
            "2018-10-17",
            [("2018-10-16T14:00", "2018-10-16T14:00")],
            id="an-hour-two-sentences-on-that-a-celebration-starts-at",
        ),
        pytest.param(
            "当前报纸名称:今晚报\n昨日,某交响乐团2026新年音乐会在某音乐厅成功举办。",
            "2025-12-22",
            [("2025-12-21", "2025-12-21")],
            id="the-evening-paper-named-tonight-is-no-tonight",
        ),
        pytest.param(
            "2024年04月26日 星期五 17:47:56\n某某新城欢迎大家投稿来信,邮箱(news@example.com)\n\n"
            "关注微信\n\n扫码关注\n发布投稿\n某县人民防空办公室关于实施防空警报鸣响的公告\n"
            "来源:某某新城(转载需注明出处) 日期:2020/4/3  点击:1125\n"
            "某县将于2020年4月4日10:00至10:03鸣响防空警报。\n",
            "2020-04-03",
            [("2020-04-04T10:00", "2020-04-04T10:03")],
            id="a-sites-clock-to-the-second-is-no-event",
        ),
        pytest.param(
            "社区卫生服务中心预防接种门诊将每日开放(含周末),为居民接种流感疫苗。",
            "2025-12-19",
            [],
            id="weekends-included-in-a-rule-are-no-weekend",
        ),
        pytest.param(
            "关于儿童窝沟封闭项目的建议\n留言时间 2022-08-29 10:02\n"
            "回复单位某市卫健委(市中医药局) 2022-08-30 12:25\n您好,感谢您的建议。\n",
            "2022-08-29",
            [],
            id="a-mailboxs-reply-stamp-is-no-event",
        ),
        pytest.param(
            "8月6日(藏历六月三十日)8时,某寺展佛揭开了雪顿节活动的序幕。",
            "2013-08-06",
            [("2013-08-06T08:00", "2013-08-06T08:00")],
            id="another-calendars-gloss-is-no-date",
        ),
        pytest.param(
            "4月30日,某州三月街民族节在某市开幕,活动将持续至5月6日。",
            "2018-05-01",
            [("2018-04-30", "2018-05-06")],
            id="a-fair-named-for-its-month-is-no-month",
        ),
        pytest.param(
            "经研究决定,从2021年3月8日始,滨江路北段全段封闭,封闭期限2个月,请车辆绕行。",
            "2021-03-05",
            [("2021-03-08", "2021-05-07")],
            id="a-closure-from-a-day-for-the-term-said-after-it",
        ),
        pytest.param(
            "灯会期间,5月6-7日,5月13-14日,5月20日,每日18时至22时,滨湖路禁止机动车通行。",
            "2023-05-01",
            [
                ("2023-05-06T18:00", "2023-05-07T22:00"),
                ("2023-05-13T18:00", "2023-05-14T22:00"),
                ("2023-05-20T18:00", "2023-05-20T22:00"),
            ],
            id="the-hours-after-a-list-whose-items-commas-part",
        ),
        pytest.param(
            "该公司西水厂于4月14日、19日两天,8时至17时无法正常供水。",
            "2011-04-13",
            [("2011-04-14T08:00", "2011-04-14T17:00"), ("2011-04-19T08:00", "2011-04-19T17:00")],
            id="the-hours-of-a-list-of-days-in-the-next-clause",
        ),
        pytest.param(
            "①即日起街道常态设立兵役登记站,方便适龄青年咨询。",
            "2019-12-11",
            [],
            id="a-standing-service-from-now-on",
        ),
        pytest.param(
            "该美食节将从本月28日起一直持续到10月7日即国庆小长假以后。草案公示期30日。",
            "2013-09-25",
            [("2013-09-28", "2013-10-07")],
            id="a-run-past-a-holiday-and-a-notices-length",
        ),
        pytest.param(
            "1月17日起,市图书馆将实行寒假开馆时间,上午9时30分开馆,报刊阅览区定于22时关闭,"
            "其他区域为18时。",
            "2020-01-16",
            [("2020-01-17", "2020-01-17")],
            id="hours-put-in-force-from-a-day",
        ),
        pytest.param(
            "10月3日,科技馆举办科普展。截止记者发稿前,科技馆当日接待量达到3030人。",
            "2020-10-03",
            [("2020-10-03", "2020-10-03")],
            id="a-lone-anaphors-day-named-by-no-happening",
        ),
        pytest.param(
            "本报讯 元宵灯会将于1月31日至2月10日举行。\n- [01-29] 沙埔镇提升改造农村公路,"
            "全长22公里\n- [01-29] 高山镇开展迎新春主题活动\n"
            "- [01-20] 玉屏街道爱心企业帮扶困难学生!\n",
            "2023-01-30",
            [("2023-01-31", "2023-02-10")],
            id="a-list-of-other-articles-with-bracketed-days",
        ),
        pytest.param(
            "我县从即日起安排一个月时间开展全民阅读活动。",
            "2016-04-25",
            [("2016-04-25", "2016-05-24")],
            id="a-length-of-time-set-aside-from-today",
        ),
        pytest.param(
            "从今天开始的一个月时间里,某血站的流动献血车将陆续开进各高校。",
            "2009-11-22",
            [("2009-11-22", "2009-12-21")],
            id="the-time-in-which-it-happens-from-today",
        ),
        pytest.param(
            "从8月26日开始至9月30日,区里斥资426万元,为全区5万名老人免费进行体检。",
            "2009-09-06",
            [("2009-08-26", "2009-09-30")],
            id="a-range-whose-first-day-says-it-opens-it",
        ),
        pytest.param(
            "据市气象台预报,从今天开始到周日,我市都将以多云天气为主。",
            "2016-02-24",
            [],
            id="a-forecasts-sky",
        ),
        pytest.param(
            "春节期间,正月初二至初四,县文化馆将在人民广场举办民俗文艺展演。",
            "2024-01-25",
            [("2024-02-11", "2024-02-13")],
            id="a-festival-frame-then-the-lunar-days-it-holds",
        ),
        pytest.param(
            "城隍庙春节庙会将于正月初一至初六举办。",
            "2024-01-25",
            [("2024-02-10", "2024-02-15")],
            id="a-festival-in-a-name-before-lunar-days",
        ),
        pytest.param(
            "春城信息港讯(昆明日报 记者李明)正月初九,金殿景区传统庙会举办。",
            "2024-02-20",
            [("2024-02-18", "2024-02-18")],
            id="tomorrow-inside-a-papers-name",
        ),
        pytest.param(
            "在民俗活动方面,2月份,某某街区将举办千人包饺子活动;文化园将举办迎春系列活动;"
            "农博园将举办新春大集,某某街道将举办“欢乐农家过大年”活动。",
            "2018-01-24",
            [("2018-02-01", "2018-02-28")] * 4,
            id="a-date-shared-by-a-list-of-happenings",
        ),
        pytest.param(
            "“5·18”当天,该馆将推出夜场开放;其间将举办沉浸式导览。",
            "2023-05-10",
            [("2023-05-18", "2023-05-18")],
            id="a-date-and-what-is-held-within-its-happening",
        ),
        pytest.param(
            "某县第七届梨花节3月24日开幕\n一年一度的江淮梨花盛会——某乡梨花节将于3月24日开幕。"
            "本次梨花节以“繁荣乡村旅游”为主题,活动时间为3月24日至4月10日。",
            "2013-03-21",
            [("2013-03-24", "2013-04-10")],
            id="an-opening-day-and-the-run-of-a-festival-named-two-ways",
        ),
        pytest.param(
            "本报讯 全市农民丰收节昨（22）日在城南开幕,采访活动今(23)日启动。",
            "2019-09-23",
            [("2019-09-22", "2019-09-22"), ("2019-09-23", "2019-09-23")],
            id="today-with-its-day-in-brackets",
        ),
        pytest.param(
            "政府总部将于本月十七日(周六)及十八日(周日)向公众开放。邮局将于二零二零年十月十七日"
            "及十八日上午九时至下午六时设置临时柜台。",
            "2020-10-05",
            [("2020-10-17", "2020-10-18"), ("2020-10-17T09:00", "2020-10-18T18:00")],
            id="two-days-in-a-row-and-their-hours-after-the-last",
        ),
        pytest.param(
            "受台风影响,全市中小学明日(23日)及后日(24日)停课。",
            "2025-09-22",
            [("2025-09-23", "2025-09-24")],
            id="two-relative-days-in-a-row-glossed",
        ),
        pytest.param(
            "市集将于本周六、周日在滨江公园举行。",
            "2025-09-22",
            [("2025-09-27", "2025-09-28")],
            id="two-relative-weekdays-in-a-row",
        ),
        pytest.param(
            "在11月22日及23日每日14:00—17:00,广场西侧将举办闲置好物交换活动。",
            "2025-11-18",
            [("2025-11-22T14:00", "2025-11-23T17:00")],
            id="two-days-in-a-row-with-daily-hours",
        ),
        pytest.param(
            "道里区学校已浇建了冰场。与纪念塔相邻的某某欢乐谷,将于本月25日前后试开园。",
            "2013-12-19",
            [("2013-12-25", "2013-12-25")],
            id="about-a-day-and-a-verb-alone-after-the-subjects-clause",
        ),
        pytest.param(
            "“千年荣昌·荣太烧坊”某区2025年春节系列活动由区委、区政府主办,于2024年12月20日至2025年"
            "2月12日在我区各景区、城市商圈和镇街开展,为期55天。",
            "2024-12-19",
            [("2024-12-20", "2025-02-12")],
            id="where-it-is-done-then-a-verb-the-clause-before-names-it",
        ),
        pytest.param(
            "某某辅路部分地区27日凌晨将停水,可提前储备生活用水\n\n记者从自来水集团了解到,"
            "集团需进行停水施工,部分地区将临时停水。\n停水区域范围:\n东至:双桥西路\n图片\n"
            "8月27日凌晨停水区域范围示意图\n停水时间:\n2024年8月27日0:00至8月27日6:00\n",
            "2024-08-26",
            [("2024-08-27T00:00", "2024-08-27T06:00")],
            id="a-maps-caption",
        ),
        pytest.param(
            "图书馆推出“图书漂流”活动。除夕至今,已有300本藏书找到了新主人。",
            "2016-02-14",
            [],
            id="a-count-from-a-day-until-now",
        ),
        pytest.param(
            "欢迎来电咨询。地址:某市某大道1280号市行政中心1号楼B座10-11楼,展览在10-11层举行。",
            "2022-10-08",
            [],
            id="floor-numbers",
        ),
        pytest.param(
            "施工期間將實施交通管制。\n附件:\n1.全封閉式施工位置及交通管制圖-甲工區(112年10月14日~112年10月16日)\n"
            "提名表格數目如下:\n| 十月十日 | 累積數目 | |\n| 中西區 | 0 | 29 |\n",
            "2023-10-11",
            [],
            id="a-maps-caption-naming-its-days-and-the-head-of-a-table-of-counts",
        ),
        pytest.param(
            "1. 首页\n  2. 信息公开\n  3. 政策法规\n\n"
            "某县人民政府办公室关于印发防汛应急预案的通知\n\n"
            "作者:sc_zfb      发布时间:2020-03-20 16:03      来源:       阅读次数:\n\n"
            "索引号 主题分类 发布机构\n发布日期 2020-03-20 文 号 公开形式\n\n"
            "各乡镇人民政府:\n\n   经县政府同意,现将修订后的预案印发给你们,请认真贯彻实施。\n",
            "2020-03-20",
            [],
            id="a-records-label-without-its-colon",
        ),
        pytest.param(
            "关于召开新闻发布会的通知\n各县(市、区)文化和旅游局:\n为做好春季赏花游各项工作,定于近期"
            "召开新闻发布会。\n一、发布时间\n2025年3月14日(星期五)上午10:00\n二、发布地点\n市新闻发布厅\n",
            "2025-03-12",
            [("2025-03-14T10:00", "2025-03-14T10:00")],
            id="a-press-conferences-time-field-is-no-record-label",
        ),
        pytest.param(
            "1月4日,据某某日报客户端:根据国务院办公厅通知精神,2023年春节放假调休日期的具体安排公布。",
            "2023-01-05",
            [("2023-01-21", "2023-01-27")],
            id="a-day-then-the-source-that-told-it",
        ),
        pytest.param(
            "7月16日9时,省气象台升级发布暴雨橙色预警:预计7月16日8时至17日8时,我省西南部有暴雨。",
            "2024-07-16",
            [("2024-07-16T08:00", "2024-07-17T08:00")],
            id="when-a-weather-warning-was-issued",
        ),
        pytest.param(
            "迎春灯饰春节期间(1月20日至1月27日)开闭时间为:每日18∶30开启,第二天凌晨1∶00关闭;"
            "1月28日至2月5日开闭时间为:每日18∶30开启,23∶00关闭。",
            "2023-01-10",
            [("2023-01-20T18:30", "2023-01-28T01:00"), ("2023-01-28T18:30", "2023-02-05T23:00")],
            id="a-daily-opening-hour-then-its-closing-hour-the-next-morning",
        ),
        pytest.param(
            "网站首页 > 区县播报 > 正文阅读 >\n\n某区丰富群众节日文化生活\n\n"
            "2016-02-22 15:15  某某在线\n\n"
            "2月18日(正月十一),区剧团演出了传统剧目。\n\n全站热点\n区审计局学习贯彻全会精神\n\n"
            "2016-02-22 09:12阅读\n\n某县统计局扎实部署黄金周统计监测工作\n",
            "2016-02-22",
            [("2016-02-18", "2016-02-18")],
            id="a-stamp-then-its-read-count",
        ),
        pytest.param(
            "即日起,少儿图书馆调整开馆时间为周一至周五9:00~18:00。即日起,区图书馆对部分借阅区"
            "开放时间进行延长。",
            "2024-07-11",
            [],
            id="new-opening-hours-from-now-on",
        ),
        pytest.param(
            "标题: 某街道办事处2025年春节、元宵节文化活动方案\n"
            "为增添春节节日氛围,街道组织书法爱好者写春联。",
            "2025-01-10",
            [],
            id="festivals-naming-a-plan-and-an-atmosphere",
        ),
        pytest.param(
            "本报讯 下月起5条道路率先实行停车电子收费。",
            "2019-11-15",
            [("2019-12-01", "2019-12-01")],
            id="from-a-month-on-is-its-first-day",
        ),
        pytest.param(
            "某路段交管延至4/30\n\n預計管制到4月底。\n\n〔記者王五/台東報導〕因受近期地震影響延誤施工進度,"
            "管制通行時間需延長至「114年4月30日(星期三)」止。",
            "2025-02-08",
            [("2025-02-08", "2025-04-30")],
            id="a-measure-said-to-run-until-a-day-in-brackets",
        ),
        pytest.param(
            "区选攤位开放。登記時間是下周一(20日) 上午9時起至12月5日晚6時。",
            "2023-11-18",
            [("2023-11-20T09:00", "2023-12-05T18:00")],
            id="a-day-restated-in-brackets-then-its-hours",
        ),
        pytest.param(
            "4月2日上午,某区义务植树活动在某山举行。这片绿地将于今年5月份完成景观建设,"
            "年内还要增设篮球场等设施。当天,某区在29个街镇均设立了植树活动分会场。",
            "2016-04-03",
            [
                ("2016-04-02", "2016-04-02"),
                ("2016-05-01", "2016-05-31"),
            ],
            id="the-day-after-a-part-of-the-year-is-the-day-told-before",
        ),
        pytest.param(
            "据介绍,健康论坛由某某基金、某某学会等单位主办,某某管委会、某某市政府联合协办,"
            "将于11月13日在某市召开。",
            "2018-11-01",
            [("2018-11-13", "2018-11-13")],
            id="a-subject-two-clauses-back",
        ),
        pytest.param(
            "文化宫活动中心1月31日(春节),2月1日(年初二),2月2日(年初三)休息,"
            "2月3—4日9:00-17:00免费开放所有活动项目。",
            "2014-01-27",
            [("2014-01-31", "2014-02-02"), ("2014-02-03T09:00", "2014-02-04T17:00")],
            id="days-in-a-row-named-in-brackets-and-listed-with-commas",
        ),
        pytest.param(
            "1月7日9时,社区举办年味大集。\n剪一张窗花,制作一个中国结……“腊八粥很香,感受到了腊八节的"
            "传统民俗,也感受社区对我们的关心,希望以后能多开展这样的活动。”居民纷纷表示。",
            "2025-01-08",
            [("2025-01-07T09:00", "2025-01-07T09:00")],
            id="a-festival-a-resident-enjoyed-in-a-quote",
        ),
        pytest.param(
            "某某在线6月23日讯(记者 张三) 本周六(25日)晚20:30分,橘子洲音乐焰火晚会将如期绽放。"
            "据悉,本周的焰火晚会共分四个篇章。",
            "2016-06-24",
            [("2016-06-25T20:30", "2016-06-25T20:30")],
            id="a-sites-dateline-a-clock-with-its-minutes-word-and-this-weeks-show",
        ),
        pytest.param(
            "正月初十,社火展演活动在区广场举行。\n"
            "头条新闻: · 【聚焦两会】区长参加代表团审议2025-02-22     "
            "· 【媒体关注】经济回升向好产业蹄疾步稳2025-02-22     · 【媒体关注】打基础利长远"
            "2025-02-22\n",
            "2025-02-22",
            [("2025-02-07", "2025-02-07")],
            id="a-list-of-other-articles-on-one-line",
        ),
        pytest.param(
            "四、自治州成立纪念日:4月15日至17日放假3天,与周末连休。",
            "2019-01-10",
            [("2019-04-13", "2019-04-17")],
            id="a-break-of-days-joining-the-weekend",
        ),
        pytest.param(
            "祭扫专线由一周一趟临时调整为4月4日、5日、6日(3天)每天一趟。",
            "2025-03-31",
            [("2025-04-04", "2025-04-06")],
            id="once-a-week-is-no-monday",
        ),
        pytest.param(
            "记者看到,市民不再扎堆,而是像今天这样错峰出行。国务院批复同意,将每年农历秋分设立为"
            "“中国农民丰收节”。",
            "2018-07-01",
            [],
            id="like-today-and-a-day-designated",
        ),
        pytest.param(
            "庙会开幕以来游客络绎不绝,其中正月初九人数最多。",
            "2013-02-25",
            [],
            id="the-busiest-day-of-a-count",
        ),
        pytest.param(
            "2026某某马拉松将于本周日(3月22日)举行。比赛期间将对部分道路采取临时性交通限制措施。\n"
            "3月21日22时起至比赛结束,以下道路禁止车辆停放:\n(一)所有比赛线路;\n",
            "2026-03-19",
            [("2026-03-22", "2026-03-22"), ("2026-03-21T22:00", "2026-03-22")],
            id="a-measure-until-the-race-ends",
        ),
        pytest.param(
            "4月的6场活动正在报名中。成都12月拟举办重要会展活动7个。",
            "2025-04-10",
            [],
            id="a-count-of-what-a-month-holds",
        ),
        pytest.param(
            "据光明日报报道,明日报名开始。",
            "2024-02-20",
            [("2024-02-21", "2024-02-21")],
            id="tomorrows-registration-is-no-papers-name",
        ),
        pytest.param(
            "15日,市燃气公司发布消息,因管网改造,10月18日8:00至18:00部分区域将暂停供气。",
            "2021-10-16",
            [("2021-10-18T08:00", "2021-10-18T18:00")],
            id="the-day-a-company-put-out-word",
        ),
        pytest.param(
            "元旦假期,全市公园客流量达208万人次。(某某特区报2022年01月04日星期二A07版)",
            "2022-01-05",
            [],
            id="the-paper-a-story-was-printed-in",
        ),
        pytest.param(
            "经研究,将本镇2026年2月农贸市场休市时间由2月15、16、17日调整为2月17、18、19日。",
            "2026-01-30",
            [("2026-02-17", "2026-02-19")],
            id="the-days-a-closure-is-moved-from-and-the-month-of-its-days",
        ),
        pytest.param(
            "原定本月活禽市场休市时间为2月15日至17日,正处于春节前市民集中采购年货的关键期。"
            "经研究,休市时间调整为2月17日至19日。",
            "2026-01-30",
            [("2026-02-17", "2026-02-19")],
            id="first-set-then-moved-in-the-next-sentence",
        ),
        pytest.param(
            "休市时间为2月17日至19日,该时段对应农历正月初一、初二、初三。",
            "2026-01-30",
            [("2026-02-17", "2026-02-19")],
            id="the-days-glossed-in-the-lunar-calendar",
        ),
        pytest.param(
            "为切实做好国庆黄金周各项旅游接待工作,三亚于10月1日启动假日统筹协调工作机制。",
            "2015-10-02",
            [("2015-10-01", "2015-10-01")],
            id="what-the-work-is-for",
        ),
        pytest.param(
            "据分析,5月全省有可能出现旱涝并存的情况。5月,全市将举办读书月活动,预计参与人数偏多。",
            "2023-05-05",
            [("2023-05-01", "2023-05-31")],
            id="a-months-outlook-and-a-happening-in-a-month",
        ),
        pytest.param(
            "据气候预测,今年6月至8月有南北两条雨带,防汛形势复杂。",
            "2022-05-20",
            [],
            id="a-seasons-rain-belts",
        ),
        pytest.param(
            "原訂9月27日於霧峰林家舉辦展演活動,延至10月18日辦理。",
            "2016-09-27",
            [("2016-10-18", "2016-10-18")],
            id="first-set-in-traditional-then-put-off",
        ),
        pytest.param(
            "欢迎访问官方网站!今天是:\n今日时间:\n每日甘肃网8月20日讯(记者李杨)8月的甘南,绿草如茵,"
            "这里即将迎来旅游艺术节。本届艺术节旨在丰富中秋期间群众精神文化生活。",
            "2020-08-20",
            [],
            id="a-sites-clock-a-month-as-a-season-after-the-dateline-and-a-purpose",
        ),
        pytest.param(
            "封闭南海路长度1400米,时间由原2025年6月8日延长至2025年8月31日。",
            "2025-06-04",
            [("2025-06-04", "2025-08-31")],
            id="a-closure-prolonged-from-its-old-end",
        ),
        pytest.param(
            "区政协机关党的群众路线教育实践活动从2014年2月开始,9月基本结束。",
            "2017-05-03",
            [("2014-02-01", "2014-09-30")],
            id="a-year-less-end-after-a-start-in-a-year-said",
        ),
        pytest.param(
            "9月南昌这些演出不容错过\n\n9月23日,交响乐团携知名乐曲和你来一次音乐之旅!\n\n"
            "9月已至,不如走进剧场,感受艺术的美好。",
            "2023-09-08",
            [("2023-09-23", "2023-09-23")],
            id="a-month-said-come",
        ),
        pytest.param(
            "第104届全国糖酒商品交易会(以下简称“糖酒会”)线下展将于2021年4月7日–9日在西博城举办。"
            "为确保本届糖酒会安全顺利举行,交通主管部门将于糖酒会期间对蜀州路进行临时交通组织措施。",
            "2021-03-31",
            [("2021-04-07", "2021-04-09"), ("2021-04-07", "2021-04-09")],
            id="traffic-arrangements-during-a-fair",
        ),
        pytest.param(
            "本报杭州9月11日讯 某某商城也从今日起举办为期3周的周年庆活动。",
            "2019-09-12",
            [("2019-09-11", "2019-10-01")],
            id="from-the-datelines-today-for-some-weeks",
        ),
        pytest.param(
            "4月22日开始的世界休闲博览会为期半年,届时,杭州周边一些县市也将热闹非凡。",
            "2006-04-20",
            [("2006-04-22", "2006-10-21")],
            id="a-run-from-a-day-for-half-a-year",
        ),
        pytest.param(
            "会议定于2023年11月8日(星期三)下午2:00召开,会期半天。",
            "2023-11-01",
            [("2023-11-08T14:00", "2023-11-08T14:00")],
            id="a-half-day-session-keeps-its-hour",
        ),
        pytest.param(
            "历时3年的地铁一号线工程于今日告竣,并于今天试通车。",
            "2005-12-28",
            [("2005-12-28", "2005-12-28")],
            id="a-works-past-length-in-years-before-its-completion",
        ),
        pytest.param(
            "11月1日，历时5个月改造的区图书馆完成竣工验收。",
            "2025-11-03",
            [("2025-11-01", "2025-11-01")],
            id="a-works-past-length-in-months-before-its-completion",
        ),
        pytest.param(
            "采摘季活动自5月7日起全面启动,11月结束。",
            "2024-05-06",
            [("2024-05-07", "2024-11-30")],
            id="a-run-from-tomorrow-to-a-year-less-month-ahead",
        ),
        pytest.param(
            "10月20日起,增开直达自强号2班次,皆是逢周五及周日行驶。",
            "2016-09-22",
            [("2016-10-20", "2016-10-20")],
            id="on-every-friday-and-sunday-is-a-rule",
        ),
        pytest.param(
            "今年6月30日起,东航还将新增每周5班的上海至法兰克福航线。",
            "2006-03-20",
            [("2006-06-30", "2006-06-30")],
            id="from-a-day-flights-a-week-is-how-often",
        ),
        pytest.param(
            "考试时间为6月25日全天、26日上午,考试采取现场报名的方式进行。",
            "2016-06-01",
            [("2016-06-25", "2016-06-26")],
            id="a-whole-day-and-the-next-mornings-listed",
        ),
        pytest.param(
            "第六届美术馆教育国际研讨会将于30日展开两天的专业研习。",
            "2011-09-20",
            [("2011-09-30", "2011-10-01")],
            id="held-two-days-from-a-day",
        ),
        pytest.param(
            "活动由文化局主办,本月十二日起一连九天在西湾湖广场举行。",
            "2022-02-14",
            [("2022-02-12", "2022-02-20")],
            id="from-a-day-nine-days-in-a-row",
        ),
        pytest.param(
            "第十九届国际贸易投资展览会昨开幕,一连四日的展会吸引大批客商。",
            "2014-10-24",
            [("2014-10-23", "2014-10-26")],
            id="news-shorthand-yesterday-opened-then-its-length",
        ),
        pytest.param(
            "如今举办的活动越来越多,这说明举行比赛很有必要。",
            "2014-10-24",
            [],
            id="now-and-explain-are-no-shorthand-days",
        ),
        pytest.param(
            "“由开始的概念到今天建成,我们很骄傲。”集市发展到今天,已经成为重要场所,"
            "也见证着农场今朝的美好和明天的灿烂。",
            "2018-09-23",
            [],
            id="today-as-the-present-and-tomorrow-as-the-future",
        ),
        pytest.param(
            "不久前,70岁的梁伯提前两天排队买票。今日,他凌晨2点起床,早早赶往车站候车。",
            "2018-09-23",
            [],
            id="what-one-person-said-by-a-pronoun-did-that-day",
        ),
        pytest.param(
            "11月7日/星期四\n•某市图书馆将于11月9日举办读书会。\n•某区将举行运动会。\n",
            "2024-11-07",
            [("2024-11-09", "2024-11-09")],
            id="a-digests-year-less-day-and-weekday-is-its-masthead",
        ),
        pytest.param(
            "为配合中秋节及大坑火龙盛会活动,运输署将于9月21日至23日实施临时交通安排。",
            "2010-09-16",
            [("2010-09-21", "2010-09-23")],
            id="a-festival-a-measure-goes-with",
        ),
        pytest.param(
            "音乐会本月十二日起一连九天在西湾湖广场举行。活动横跨西方情人节及中国元宵节两个节日。",
            "2022-02-14",
            [("2022-02-12", "2022-02-20")],
            id="festivals-a-run-spans",
        ),
        pytest.param(
            "一、2月15日(农历除夕),全馆闭馆。\n二、2月16日—21日(农历初一至初六)的安排\n(一)开放时间\n"
            "2月16日—18日(初一至初三)开放时间调整为9:00—15:00。\n",
            "2018-02-01",
            [("2018-02-15", "2018-02-15"), ("2018-02-16T09:00", "2018-02-18T15:00")],
            id="glossed-days-heading-a-part-whose-items-date-themselves",
        ),
        pytest.param(
            "今日是9月1日开学日。当局指,今日分别有105间和25间中学已恢复全日面授课堂。",
            "2022-09-01",
            [("2022-09-01", "2022-09-01")],
            id="how-many-there-are-today-is-a-count",
        ),
        pytest.param(
            "中国商务部今日公布了8月消费市场运行情况。国家统计局将于10月19日发布三季度经济数据。",
            "2016-09-14",
            [("2016-10-19", "2016-10-19")],
            id="the-day-a-months-figures-came-out-and-the-month",
        ),
        pytest.param(
            "国庆筹备委员会预估双十国庆当天将有30万人次涌入虎尾镇观看焰火。",
            "2024-09-26",
            [("2024-10-10", "2024-10-10")],
            id="double-tenth-national-day",
        ),
        pytest.param(
            "台北市民政局今天公布113年国庆活动,国庆当天将有升旗典礼及慢跑活动。",
            "2024-09-26",
            [("2024-10-10", "2024-10-10")],
            id="national-day-after-a-year-of-the-republic",
        ),
        pytest.param(
            "國慶連假將至,台中市政府規劃多場活動,國慶日當天上午9時在市府廣場舉行升旗典禮。",
            "2025-09-30",
            [("2025-10-10T09:00", "2025-10-10T09:00")],
            id="national-day-of-a-long-weekend-as-taiwan-says-it",
        ),
        pytest.param(
            "監理所提醒,115年元旦起機車改裝消音器須辦理變更登記。",
            "2025-10-20",
            [("2026-01-01", "2026-01-01")],
            id="new-year-after-a-year-of-the-republic",
        ),
        pytest.param(
            "縣府表示,113年端午節當天將在安平運河舉行龍舟競賽。",
            "2023-12-28",
            [("2024-06-10", "2024-06-10")],
            id="a-lunar-festival-after-a-year-of-the-republic",
        ),
        pytest.param(
            "今年的中甲联赛将从4月6日开始,到10月26日结束。",
            "2013-02-20",
            [("2013-04-06", "2013-10-26")],
            id="this-years-league-is-no-mid-year",
        ),
        pytest.param(
            "纪念展暂定于10月8日至明年6月30日在市博物馆举行。",
            "2024-02-20",
            [("2024-10-08", "2025-06-30")],
            id="a-yearless-start-before-an-end-next-year",
        ),
        pytest.param(
            "本办法试行期为3月1日至2027年12月31日。",
            "2025-02-20",
            [("2025-03-01", "2027-12-31")],
            id="a-yearless-start-of-a-long-trial-stays-this-year",
        ),
        pytest.param(
            "居民医保缴费时间为2019年9月15日(在校学生为9月1日)至2019年12月20日。",
            "2019-09-02",
            [("2019-09-15", "2019-12-20")],
            id="an-aside-in-brackets-inside-a-run",
        ),
        pytest.param(
            "市人才市场本周三将举办一场大型招聘会。",
            "2013-02-17",
            [("2013-02-20", "2013-02-20")],
            id="a-sunday-papers-week-to-come",
        ),
        pytest.param(
            "本报讯 这个周三,市图书馆的讲座场场客满。",
            "2013-02-17",
            [("2013-02-13", "2013-02-13")],
            id="a-sunday-papers-week-gone",
        ),
        pytest.param(
            "据交通部消息,3月2日,全国共完成铁路客运量1020万人次。3月5日前完成返程运输。",
            "2008-03-03",
            [("2008-03-05", "2008-03-05")],
            id="the-amount-done-that-day-is-a-figure",
        ),
        pytest.param(
            "学院定于2012年6月23日上午9:00举行本科生毕业典礼、6月24日上午9:00举行研究生毕业典礼。",
            "2016-05-10",
            [("2012-06-23T09:00", "2012-06-23T09:00"), ("2012-06-24T09:00", "2012-06-24T09:00")],
            id="a-yearless-day-after-one-said-with-its-year-is-of-that-year",
        ),
        pytest.param(
            "普通高中寒假1月24日开始放假,2月22日开学。",
            "2015-01-05",
            [("2015-01-24", "2015-02-21"), ("2015-02-22", "2015-02-22")],
            id="a-break-runs-up-to-the-first-school-day",
        ),
        pytest.param(
            "第十届某某电影节将于2024年6月7日开幕,6月15日晚举行颁奖典礼,6月16日结束展映。",
            "2024-05-20",
            [("2024-06-07", "2024-06-16"), ("2024-06-15", "2024-06-15")],
            id="opened-on-a-day-ended-on-another-in-its-sentence",
        ),
        pytest.param(
            "新春灯饰将放亮至二月中旬。",
            "2017-01-21",
            [("2017-01-21", "2017-02-20")],
            id="lights-kept-on-until-a-month-part",
        ),
        pytest.param(
            "取消举行的演出活动包括原订8月26至29日的电影放映,8月28日的粤剧汇报演出,"
            "以及9月3日的艺术家沙龙等。9月9日的音乐会照常举行。",
            "2021-08-21",
            [("2021-09-09", "2021-09-09")],
            id="each-item-of-a-list-of-what-is-called-off",
        ),
        pytest.param(
            "虽然6月1日至10日景区免收门票,但游客仍需提前预约。尽管离春节还有一个多月,"
            "但年货市集的筹备已经开始。适逢周日,公园迎来大批市民。",
            "2022-05-29",
            [],
            id="a-clause-granting-or-coinciding-tells-no-happening",
        ),
        pytest.param(
            "春节假期图书馆闭馆吗?\n图书馆2月10日至17日举办新春书展。",
            "2024-02-01",
            [("2024-02-10", "2024-02-17")],
            id="a-question-tells-no-happening",
        ),
        pytest.param(
            "据市考试院官网星期一(11月28日)公告,原定12月4日举行的考试延期。",
            "2022-11-29",
            [],
            id="the-day-a-source-announced",
        ),
        pytest.param(
            "某某新闻讯 据某市发布微信公号9月19日发布,城区五条道路9月20日起封闭施工。",
            "2022-09-19",
            [("2022-09-20", "2022-09-20")],
            id="the-day-a-source-announced-after-a-dateline",
        ),
        pytest.param(
            "由于进行水管接驳工程,湾仔添华道一带全部楼宇的冲厕水供应,将由三月十六日晚上九时至"
            "三月十七日上午七时暂停。",
            "2016-03-14",
            [("2016-03-16T21:00", "2016-03-17T07:00")],
            id="a-supply-named-before-is-suspended-an-outage",
        ),
        pytest.param(
            "社保部门表示,不存在5月底前换卡免费、5月底之后换卡收费的说法,"
            "网传6月起旧卡不能使用也不属实。",
            "2020-05-10",
            [],
            id="what-is-denied-or-rumoured",
        ),
        pytest.param(
            "报名人数为3092人,较去年的3240人减少148人,考试将于6月27日下午进行。",
            "2022-06-21",
            [("2022-06-27", "2022-06-27")],
            id="a-year-compared-with-is-no-year-of-the-day-after",
        ),
        pytest.param(
            "地铁将从31日清晨6时起连续42小时不收班。",
            "2025-12-20",
            [("2025-12-31T06:00", "2026-01-02T00:00")],
            id="hours-in-a-row-from-an-hour",
        ),
        pytest.param(
            "轻轨各线将于31日上午6时起，连续运营42小时不停驶。",
            "2025-12-20",
            [("2025-12-31T06:00", "2026-01-02T00:00")],
            id="hours-in-a-row-of-running-from-an-hour",
        ),
        pytest.param(
            "第十届国际车展将于本周五展开一连三天的展出及试驾活动。",
            "2025-09-08",
            [("2025-09-12", "2025-09-14")],
            id="held-days-in-a-row-from-a-day",
        ),
        pytest.param(
            "展覽由10月1日起舉行，為期兩個月。",
            "2025-09-07",
            [("2025-10-01", "2025-11-30")],
            id="held-from-a-day-then-its-length",
        ),
        pytest.param(
            "市民明日(一月二十七日)起可预约二〇二三年二月十一日后的换证申请服务。",
            "2023-01-26",
            [("2023-01-27", "2023-01-27")],
            id="what-falls-after-a-day-is-no-happening-on-it",
        ),
        pytest.param(
            "2015年清明节放假时间为4月4日至6日。放假期间,阅览室开放时间不变。 图书馆 2015.3.30",
            "2015-03-30",
            [("2015-04-04", "2015-04-06")],
            id="a-dotted-signature-after-its-issuer-is-no-event",
        ),
        pytest.param(
            "书画展开放时间为5月18日下午2时至6时及5月19日上午9时至下午4时。",
            "2024-05-10",
            [("2024-05-18T14:00", "2024-05-19T16:00")],
            id="a-days-hours-then-the-next-days",
        ),
        pytest.param(
            "展览本周二下午5时至晚上8时、本周三至星期日上午10时至晚上8时,以及下周一上午10时至中午12时开放。",
            "2024-05-13",
            [("2024-05-14T17:00", "2024-05-20T12:00")],
            id="a-weeks-hours-day-by-day",
        ),
        pytest.param(
            "信息中心定于今晚10点至下半夜4点,进行医保实时结算系统容灾演练。",
            "2012-06-19",
            [("2012-06-19T22:00", "2012-06-20T04:00")],
            id="tonight-to-the-small-hours",
        ),
        pytest.param(
            "出入境窗口自2020年2月4日至2020年2月9日暂停办理出入境证件业务。今年庙会停办。",
            "2020-02-04",
            [("2020-02-04", "2020-02-09")],
            id="a-service-suspended-is-no-cancellation",
        ),
        pytest.param(
            "本市5月1日起取消机动车单双号限行措施。5月1日起的演出全部取消。",
            "2023-04-20",
            [("2023-05-01", "2023-05-01")],
            id="a-measure-lifted-from-a-day-is-no-cancellation",
        ),
        pytest.param(
            "6月10日起暂停受理新的申请。",
            "2023-06-05",
            [("2023-06-10", "2023-06-10")],
            id="a-service-suspended-from-accepting",
        ),
        pytest.param(
            "6月10日至12日景区暂停接待游客。",
            "2023-06-05",
            [("2023-06-10", "2023-06-12")],
            id="a-service-suspended-from-receiving",
        ),
        pytest.param(
            "6月10日起暂停受理新的申请。6月10日至12日景区暂停接待游客。",
            "2023-06-05",
            [("2023-06-10", "2023-06-10"), ("2023-06-10", "2023-06-12")],
            id="a-start-and-a-run-sharing-only-a-verb-are-two",
        ),
        pytest.param(
            "1月8日,工作人员正在制作新年花灯。灯会将于1月20日开幕。",
            "2023-01-08",
            [("2023-01-20", "2023-01-20")],
            id="a-past-day-on-what-someone-was-doing-is-a-scene",
        ),
        pytest.param(
            "活动于每周六上午10点举行,持续至12月底。",
            "2023-02-10",
            [("2023-02-10T10:00", "2023-12-31")],
            id="going-on-until-a-year-less-day-past-this-year-is-next-years",
        ),
        pytest.param(
            "本届博览会为期5天,将于5月26日闭幕。",
            "2023-05-20",
            [("2023-05-22", "2023-05-26")],
            id="a-length-said-before-the-day-it-closes",
        ),
        pytest.param(
            "博物馆将于5月21日及28日两个周日,在馆内举办亲子工作坊。",
            "2023-04-28",
            [("2023-05-21", "2023-05-21"), ("2023-05-28", "2023-05-28")],
            id="two-sundays-is-a-count-not-the-next-sunday",
        ),
        pytest.param(
            "灯会灯期:2月5日至2月9日,每周一至周五16时至23时;每周六、日14时至23时,管制国华街三段。",
            "2024-02-02",
            [("2024-02-05T16:00", "2024-02-09T23:00")],
            id="a-weekly-rules-hours-after-a-semicolon-date-nothing",
        ),
        pytest.param(
            "运输署今日(3)提醒市民,4月5日起将实施临时交通安排。统计处今日(一月二日)发表最新的零售数字。",
            "2024-04-03",
            [("2024-04-05", "2024-04-05")],
            id="the-day-a-body-said-it",
        ),
        pytest.param(
            "今天(19日)上午,第十一届徐霞客开游节在浙江宁海开幕。\n"
            "今天上午8点整,第十一届徐霞客开游节暨旅游日庆典开幕式在宁海国际会展中心广场举行。",
            "2013-05-19",
            [("2013-05-19T08:00", "2013-05-19T08:00")],
            id="an-opening-told-again-as-its-ceremony-at-its-hour",
        ),
        pytest.param(
            "从4月起至今,已有3万人参与。依市体育局2025年11月21日体全字第11430401524号函办理。",
            "2025-12-01",
            [],
            id="a-run-up-to-now-and-a-document-cited-by-its-day",
        ),
        pytest.param(
            "捷运环状线东环段实质完工日从2032年9月调整至2034年3月。",
            "2025-10-21",
            [("2034-03-01", "2034-03-31")],
            id="a-target-month-adjusted-to-another",
        ),
        pytest.param(
            "定期大会议程安排如下:\n4月27日代表报到、预备会议。\n4月28日停会。\n"
            "-五月五、六日休会。\n-五月七日:乡政考察。\n",
            "2007-04-25",
            [("2007-04-27", "2007-04-27"), ("2007-05-07", "2007-05-07")],
            id="a-sessions-days-without-a-sitting",
        ),
        pytest.param(
            "低温挡不住年末岁尾新城神采焕发的新春气象。岁末年初,各地忙碌。该工程计划年底完工。",
            "2015-02-05",
            [("2015-12-31", "2015-12-31")],
            id="the-turn-of-the-year-as-a-season",
        ),
        pytest.param(
            "金城镇代会今起召开临时会\n\n金城镇民代表会将于今日起,召开一连为期三天的临时会会议。"
            "议程预计从一月十四日起,至一月十六日为止。",
            "2019-01-14",
            [("2019-01-14", "2019-01-16")],
            id="a-sessions-run-told-again-as-its-agenda",
        ),
        pytest.param(
            "4月新规大揭秘\n\n当四月的第一缕春风悄然拂过,一批新规将于4月1日起施行。",
            "2025-03-31",
            [("2025-04-01", "2025-04-01")],
            id="a-months-new-rules-and-its-first-breeze",
        ),
        pytest.param(
            "适龄女生于3月底前接种首剂。国产2价HPV疫苗于0、6月分别接种1剂次,共接种2剂次。",
            "2024-03-05",
            [("2024-03-31", "2024-03-31")],
            id="months-counted-from-a-first-dose",
        ),
        pytest.param(
            "市区全年禁止燃放烟花爆竹,除农历除夕至正月初八可以燃放烟花爆竹外。",
            "2019-12-20",
            [],
            id="a-standing-rules-exception-around-days",
        ),
        pytest.param(
            "2015年全国科技活动周于5月16日—24日举行。2024年全国硕士研究生招生考试将于12月23日举行。",
            "2015-12-25",
            [("2015-05-16", "2015-05-24"), ("2015-12-23", "2015-12-23")],
            id="an-editions-year-in-numbers-dates-it-not-an-exams-admission-year",
        ),
        pytest.param(
            "本省明年普通高考报名工作将于11月中旬开始。明年高考将于6月7日举行。",
            "2009-10-20",
            [("2009-11-11", "2009-11-20"), ("2010-06-07", "2010-06-07")],
            id="this-years-sign-up-for-next-years-exam",
        ),
        pytest.param(
            "寒假结束,2024年2月26日(周一)正常上课。",
            "2024-02-20",
            [("2024-02-26", "2024-02-26")],
            id="the-first-school-day-after-a-break-said-as-usual",
        ),
        pytest.param(
            "国庆节调休:2025年9月28日(星期日)、10月11日(星期六)正常上班。",
            "2025-09-20",
            [("2025-09-28", "2025-09-28"), ("2025-10-11", "2025-10-11")],
            id="weekends-worked-said-as-usual-are-make-up-days",
        ),
        pytest.param(
            "「第8屆美食嘉年華」今天(11月3日)起一連5天在維園舉行。",
            "2023-11-03",
            [("2023-11-03", "2023-11-07")],
            id="a-run-from-today-glossed-by-its-date",
        ),
        pytest.param(
            "北区泳池11月1日至2009年1月28日开放,2009年3月12日再度开放;"
            "南区泳池11月1日至2009年1月31日开放;西区泳池12月21日起开放。",
            "2008-10-30",
            [
                ("2008-11-01", "2009-01-28"),
                ("2009-03-12", "2009-03-12"),
                ("2008-11-01", "2009-01-31"),
                ("2008-12-21", "2008-12-21"),
            ],
            id="a-year-said-in-a-runs-end-carries-to-no-day-after",
        ),
        pytest.param(
            "第十五届农博会将于8月12日开幕,21日结束。展会期间将对部分路段实行交通管制。",
            "2015-08-10",
            [("2015-08-12", "2015-08-21"), ("2015-08-12", "2015-08-21")],
            id="a-measure-during-the-fair-said-by-its-kind",
        ),
        pytest.param(
            "昨日,市青少年宫研学夏令营正式开营。首批学员参观了科技馆。夏令营为期5天,营员们还将走进乡村。",
            "2023-07-11",
            [("2023-07-10", "2023-07-14")],
            id="an-openings-length-told-sentences-later-by-its-name",
        ),
        pytest.param(
            "昨日,市图书馆正式开展阅读讲座。讲座结束后,读者参观了书画展。书画展为期5天。",
            "2023-07-11",
            [("2023-07-10", "2023-07-10")],
            id="a-length-of-something-else-told-later",
        ),
        pytest.param(
            "第九届国际电影节昨天在市文化中心隆重开幕,来自30多个国家和地区的200多部电影"
            "将在为期12天的电影节里放映。",
            "2019-03-23",
            [("2019-03-22", "2019-04-02")],
            id="an-openings-length-later-in-its-sentence-of-what-opened",
        ),
        pytest.param(
            "署方轄下各博物館會自年三十下午5時起休館,並於年初一至初三繼續休館。",
            "2024-02-01",
            [("2024-02-09T17:00", "2024-02-12")],
            id="a-closure-said-to-go-on-over-the-next-days",
        ),
        pytest.param(
            "本报7月14日讯 11日,区文化馆举办的暑期公益培训班正式开班,近百名学生参加。\n"
            "  “社会上暑期培训都不便宜。”一位家长说。\n"
            "  据悉,此次公益培训属于“文化快线”的重要组成部分,将一直持续到8月底,课程分为两期。",
            "2016-07-15",
            [("2016-07-11", "2016-08-31")],
            id="a-run-on-said-after-by-the-way-of-it-is-learnt",
        ),
        pytest.param(
            "政府将于星期六(九月十六日)展开年度联合招聘政务主任、二级行政主任等职位。"
            "截止申请日期为十月六日下午五时。",
            "2023-09-14",
            [("2023-09-16", "2023-10-06T17:00")],
            id="a-recruitment-launched-then-its-applications-close",
        ),
        pytest.param(
            "昨天是公益招聘会举办首日,近万名学生冒雨入场。今日上午9时至下午4时,招聘会将继续举行。",
            "2006-12-09",
            [("2006-12-08", "2006-12-09T16:00")],
            id="a-fair-going-on-the-next-day-to-its-closing-hour",
        ),
    ],
)
def test_rules_from_published_articles(text: str, published: str, expected) -> None:
    assert sorted(periods(text, dt.date.fromisoformat(published))) == sorted(expected)


def test_a_rows_day_in_a_cell_of_its_own_before_the_headers_columns() -> None:
    text = (
        "活动安排\n时间 | 地点 | 活动内容 | |\n4月21日 | 9:30 | 兰马坪球场 | 开幕式 |\n"
        "4月21日 | 20:00 | 车站小区球场 | 文艺演出 |\n"
    )
    assert [
        (e.title, e.location, moment_iso(e.start)) for e in events(text, dt.date(2015, 4, 13))
    ] == [
        ("开幕式", "兰马坪球场", "2015-04-21T09:30"),
        ("文艺演出", "车站小区球场", "2015-04-21T20:00"),
    ]


def test_a_rows_time_with_no_day_is_the_day_of_the_dated_row_above() -> None:
    text = (
        "活动安排\n时间 | 地点 | 活动内容 | |\n4月21日 | 9:30 | 兰马坪球场 | 开幕式 |\n"
        "10:00 | 兰马坪球场 | 芦笙打同年 | |\n13:00 | 兰马坪河上 | 山歌对唱 | |\n"
    )
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2015, 4, 13))] == [
        ("开幕式", "2015-04-21T09:30"),
        ("芦笙打同年", "2015-04-21T10:00"),
        ("山歌对唱", "2015-04-21T13:00"),
    ]


def test_a_schedules_lines_each_open_with_their_time_on_the_day_of_its_lead() -> None:
    text = (
        "二月二十九日中央社活动预告(如有变动由主办单位通知):\n\n一、府院部会:\n\n"
        "–十四时,内政部部务会报,内政部八楼简报室。\n\n二、政党社团:\n\n"
        "–十时十分,国民党副总统候选人萧万长拜访新振发食品公司,台中县丰原市。\n"
    )
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2008, 2, 28))] == [
        ("内政部部务会报", "2008-02-29T14:00"),
        ("国民党副总统候选人萧万长拜访新振发食品公司", "2008-02-29T10:10"),
    ]


def test_bulleted_items_hours_are_on_the_day_of_the_lead_and_name_what_is_held() -> None:
    text = (
        "十二月九日「区选缤纷日」的活动和优惠,详情如下:\n\n(一)多个嘉年华活动在全港多区进行,包括:\n\n"
        "• 发展局于湾仔海滨举行「一个圣诞‧一个维港」期间限定活动,活动时间为下午二时至六时。\n"
        "• 香港艺土民间于观塘海滨举行三项达人拉机挑战赛2023,活动时间为上午九时至下午六时。\n"
    )
    timed = [e for e in events(text, dt.date(2023, 11, 28)) if isinstance(e.start, dt.datetime)]
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in timed] == [
        ("「一个圣诞‧一个维港」期间限定活动", "2023-12-09T14:00", "2023-12-09T18:00"),
        ("三项达人拉机挑战赛2023", "2023-12-09T09:00", "2023-12-09T18:00"),
    ]


def test_a_roundups_schools_each_start_on_their_day() -> None:
    text = (
        "甘肃农业大学学生报到注册时间为3月6日至7日,3月8日正式上课。"
        "兰州理工大学全体学生3月6日至7日返校报到注册,3月8日开始上课。"
    )
    starts = [e.title for e in events(text, dt.date(2021, 2, 24)) if e.start == dt.date(2021, 3, 8)]
    assert starts == ["甘肃农业大学上课", "兰州理工大学上课"]


def test_the_day_after_a_photos_credit_closing_its_caption_is_no_event() -> None:
    text = (
        "蒋万安邀国庆升旗后晨跑 登记至10/3止\n\n"
        "台北市民政局今天举行记者会,将举办市集及晨跑活动。中央社记者陈昱婷摄  113年9月26日\n\n"
        "(中央社记者陈昱婷台北26日电)台北市政府今天表示,晨跑登记时间为今天下午2时至10月3日。"
    )
    assert not [e for e in events(text, dt.date(2024, 9, 26)) if "摄" in e.evidence]


def test_a_happening_launched_with_the_one_dated_runs_on_from_that_day() -> None:
    text = (
        "11月22日,新北区文化馆正式对外开放,“艺游未尽”2022潮起高新文化艺术节同时启动。\n\n"
        "“艺游未尽”艺术节将持续至12月底,期间将推出文艺汇演、音乐会等活动200余场。"
    )
    runs = [(e.title, e.start, e.end) for e in events(text, dt.date(2022, 11, 23))]
    festival = ("“艺游未尽”2022潮起高新文化艺术节", dt.date(2022, 11, 22), dt.date(2022, 12, 31))
    assert festival in runs


def test_a_table_row_is_named_by_its_name_column() -> None:
    text = "活动安排\n序号 | 活动内容 | 日期 | 地点 |\n1 | 亲子阅读会 | 4月20日 | 区图书馆 |\n"
    (e,) = events(text, dt.date(2024, 4, 1))
    assert (e.title, e.location, moment_iso(e.start)) == ("亲子阅读会", "区图书馆", "2024-04-20")


def test_a_reprints_original_headline_is_no_event() -> None:
    text = "旁听常委会会议\n原标题:旁听常委会会议下周一报名\n本报讯 常委会会议将于2月23日举行。\n"
    assert periods(text, dt.date(2017, 2, 18)) == [("2017-02-23", "2017-02-23")]


def test_one_happening_told_by_two_stories_of_a_page_is_one_event() -> None:
    text = (
        "中小学生棋类比赛下月开赛\n\n本报讯 本届比赛中国象棋比赛将于4月7日和8日举行。\n\n"
        "棋类比赛即日起报名\n\n本报讯 中国象棋比赛将于4月7日、8日举行。\n"
    )
    assert periods(text, dt.date(2007, 3, 8)) == [("2007-04-07", "2007-04-08")]


def test_a_programme_whose_places_are_clauses_of_their_own() -> None:
    text = (
        "2月14日,市图书馆准备了元宵文化活动。当天晚上6:30,图书馆一楼大厅,将举办元宵灯谜晚会;"
        "晚上6:40,在五楼报告厅,开展元宵夜电影放映活动;晚上7:00,在六楼少儿大厅,举行少儿游艺活动。"
    )
    timed = [e for e in events(text, dt.date(2014, 1, 23)) if isinstance(e.start, dt.datetime)]
    assert [(moment_iso(e.start), e.title, e.location) for e in timed] == [
        ("2014-02-14T18:30", "元宵灯谜晚会", "图书馆一楼大厅"),
        ("2014-02-14T18:40", "元宵夜电影放映活动", "五楼报告厅"),
        ("2014-02-14T19:00", "少儿游艺活动", "六楼少儿大厅"),
    ]


def test_starred_items_with_time_fields_under_a_dated_lead() -> None:
    text = (
        "首届浙江全民阅读节4月23日周四在钱江新城城市阳台启幕。\n"
        "★博库·全民阅读周刊春风图书榜暨悦读盛典,一大批文艺界嘉宾将集体见证众多奖项颁出。\n"
        "时间:15:30\n地点:一号活动区\n"
        "★“王蒙说论语”之江阅读访谈活动,不论是听王蒙说话,还是看他出的新书。\n"
        "时间:11:00\n地点:二号活动区\n"
    )
    timed = [e for e in events(text, dt.date(2015, 4, 20)) if isinstance(e.start, dt.datetime)]
    assert [(moment_iso(e.start), e.title, e.location) for e in timed] == [
        ("2015-04-23T15:30", "博库·全民阅读周刊春风图书榜暨悦读盛典", "一号活动区"),
        ("2015-04-23T11:00", "“王蒙说论语”之江阅读访谈活动", "二号活动区"),
    ]


def test_two_works_targets_on_one_day_are_two_though_one_is_a_run() -> None:
    text = (
        "偏关北道等13条道路将于9月至年底前陆续通车。此外,供水旧管网剩余5.3公里计划年底前完成,"
        "预计月底将完成预压土的施工。"
    )
    assert periods(text, dt.date(2017, 8, 15)) == [
        ("2017-09-01", "2017-12-31"),
        ("2017-12-31", "2017-12-31"),
        ("2017-08-31", "2017-08-31"),
    ]


def test_a_festival_a_measure_is_for_is_no_event_beside_the_measures_days() -> None:
    text = (
        "关于2023年元宵节期间夫子庙景区周边道路采取交通管控措施的通告\n"
        "关于2023年元宵节期间夫子庙景区周边道路采取交通管控措施的通告,第1张\n"
        "为维护2023年元宵节期间夫子庙景区周边道路的交通秩序,将采取交通管控,措施通告如下:\n"
        "2023年2月3日至2月5日的每日12:00至当日灯会安保任务结束,长乐路禁止机动车辆通行。\n"
    )
    assert [(moment_iso(e.start), e.title) for e in events(text, dt.date(2023, 2, 1))] == [
        ("2023-02-03T12:00", "长乐路禁止机动车辆通行")
    ]


def test_a_captions_news_of_what_is_to_come_is_kept() -> None:
    text = (
        "平潭海峡大桥下月底通车\n\n这是记者昨日拍摄的施工中的平潭海峡大桥\n\n"
        "9月中旬,平潭海峡大桥合龙贯通,并将于11月底正式通车。全长4976米。 新华社记者 魏培全 摄\n"
    )
    assert ("2010-11-30", "2010-11-30") in periods(text, dt.date(2010, 10, 18))


def test_a_pictures_caption_ending_with_its_credit_is_no_event() -> None:
    text = (
        "3条地铁新线今日开通\n本报讯 3条地铁新线今日正式开通迎客。\n"
        "今早,乘客在14号线首发车上拍照留念羊城晚报记者 周巍 摄\n"
    )
    assert periods(text, dt.date(2018, 12, 28)) == [("2018-12-28", "2018-12-28")]


def test_an_agencys_captions_in_traditional_script_date_no_scene() -> None:
    text = (
        "11月5日拍攝的某高鐵一號隧道洞口。該隧道已於10月30日勝利貫通,預計11月底將完成隧道主體"
        "工程。新華社發(呂某某 攝)\n11月5日,建設者在某高鐵一號隧道內施工。新華社發(呂某某 攝)\n"
    )
    assert periods(text, dt.date(2009, 11, 5)) == [
        ("2009-10-30", "2009-10-30"),
        ("2009-11-30", "2009-11-30"),
    ]


def test_a_show_opened_in_the_lead_runs_from_then_to_the_end_said_later() -> None:
    text = (
        "本网讯 6月2日,由某文化集团主办,融园美术馆承办的“时代春光”油画精品展在新区开幕。\n"
        "据悉,油画展览持续到7月30日。\n"
    )
    assert periods(text, dt.date(2018, 6, 4)) == [("2018-06-02", "2018-07-30")]


def test_one_length_said_of_two_sessions_is_each_ones() -> None:
    text = (
        "政协某省委员会第二次会议将于1月25日开幕,"
        "某省人民代表大会第二次会议将于1月26日开幕,会期均为4天。"
    )
    assert periods(text, dt.date(2024, 1, 24)) == [
        ("2024-01-25", "2024-01-28"),
        ("2024-01-26", "2024-01-29"),
    ]


def test_a_schedules_day_alone_on_a_line_is_no_stamp_even_on_the_papers_day() -> None:
    text = (
        "长乐这些地方将停电检修\n\n"
        "http://www.clnews.com.cn  2022-08-26 09:04:44   来源:长乐区融媒体中心\n\n"
        "  计划检修时间和区域\n\n  2022.8.26\n\n  06:30—15:30鹤上镇东平村部分区域\n\n"
        "  2022.8.29\n\n  06:00—15:30鹤上镇云路村部分区域\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in extract_page(text, None).events]
    assert found == [
        ("2022-08-26T06:30", "2022-08-26T15:30"),
        ("2022-08-29T06:00", "2022-08-29T15:30"),
    ]


def test_a_time_field_opening_the_next_paragraph_times_the_day_just_told() -> None:
    text = (
        "诵读大赛等你来观赛\n\n经过激烈角逐,5月20日(本周六), 将在市文化馆二楼多功能厅迎来诵读大赛"
        "总决赛。\n\n时间:2023年5月20日下午2:30\n\n地点:市文化馆二楼多功能厅\n"
    )
    (event,) = extract_page(text, dt.date(2023, 5, 16)).events
    assert (moment_iso(event.start), event.location) == ("2023-05-20T14:30", "市文化馆二楼多功能厅")


def test_an_agencys_day_of_the_month_and_its_editors_stamp_in_the_republics_years() -> None:
    text = (
        "(中央社記者王小明台北11日電)百貨業者某某城也從今日起舉辦為期3週的週年慶活動。"
        "(編輯:李大同)1080912\n"
    )
    page = extract_page(text, None)
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in page.events]
    assert (page.published, found) == (dt.date(2019, 9, 12), [("2019-09-11", "2019-10-01")])


def test_an_opening_hour_then_the_run_said_after_is_one_event_from_that_hour() -> None:
    text = (
        "第十届东北亚博览会今日开幕 展期共6天-新浪吉林\n\n"
        "城市晚报讯 今日上午10点,第十届东北亚博览会将在长春国际会展中心盛大开幕。"
        "展期为9月1日-6日,共6天,票价为30元/张。\n"
    )
    (event,) = extract_page(text, dt.date(2015, 9, 1)).events
    assert (moment_iso(event.start), moment_iso(event.end), event.article) == (
        "2015-09-01T10:00",
        "2015-09-06",
        "第十届东北亚博览会今日开幕展期共6天",
    )


def test_the_same_hours_over_days_told_twice_are_one_happening_however_named() -> None:
    text = (
        "因输气管线碰口,将于11月26日22:00起进行为期36小时的停气碰口作业。\n"
        "一、应急供气实施时间:2014年11月26日22:00时至2014年11月28日10:00时,共36小时。\n"
    )
    assert periods(text, dt.date(2014, 11, 25)) == [("2014-11-26T22:00", "2014-11-28T10:00")]


def test_an_agencys_dateline_on_its_own_line_is_no_part_of_the_headline() -> None:
    text = (
        "總統府周邊9/25起交管\n\n中央社／ 台北22日電\n\n"
        "台北市警察局今天表示,管制時間為9月25日晚間10時至10月11日清晨6時。\n"
    )
    (event,) = extract_page(text, dt.date(2025, 9, 22)).events
    assert "中央社" not in (event.title + (event.article or ""))


def test_a_part_of_day_then_about_then_the_hour() -> None:
    text = "四月五日(星期五)晚上约八时三十分起,以下路段将临时封闭及实施交通改道。"
    assert periods(text, dt.date(2024, 4, 3)) == [("2024-04-05T20:30", "2024-04-05T20:30")]


def test_a_window_from_the_day_the_paper_printed_the_notice() -> None:
    text = "征求意见的时间,自公告见报之日起,到2023年1月15日结束。"
    assert periods(text, dt.date(2022, 12, 6)) == [("2022-12-06", "2023-01-15")]


def test_the_start_order_given_at_an_hour_is_the_races_hour() -> None:
    text = (
        "9月10日上午,南宁马拉松的首场预热跑在青秀山风景区东园进行。\n"
        "本次健康跑设置了两个项目。上午10时,开跑指令发出后,各路跑友出发。\n"
    )
    assert periods(text, dt.date(2023, 9, 10)) == [("2023-09-10T10:00", "2023-09-10T10:00")]


def test_hours_under_a_time_fields_word_are_the_day_just_told() -> None:
    text = "立法会换届选举于12月7日举行。选管会宣布投票时间延长两小时,由早上7时半至晚上11时半。"
    assert periods(text, dt.date(2025, 11, 14)) == [("2025-12-07T07:30", "2025-12-07T23:30")]


def test_a_runs_close_told_apart_is_the_run_until_its_hour() -> None:
    text = (
        "西安市供热应急领导小组决定:市政集中供热延长2天,将于3月17日24:00停止供热。"
        "本采暖期从2016年11月15日开始到2017年3月17日结束,实际供热123天。"
    )
    assert periods(text, dt.date(2017, 3, 13)) == [("2016-11-15", "2017-03-17T23:59")]


def test_a_length_said_of_the_show_by_referring_back_is_its_run() -> None:
    text = (
        "此外,自5月18日起,由市文化局主办的“市博物馆馆藏文物精品展”也将亮相南后街展览馆。\n"
        "据悉,该展为期一个月,有兴趣的市民不妨前去观展。\n"
    )
    (e,) = events(text, dt.date(2013, 5, 16))
    assert (moment_iso(e.start), moment_iso(e.end), e.location) == (
        "2013-05-18",
        "2013-06-17",
        None,
    )


def test_a_run_ending_on_the_papers_day_runs_from_the_opening_told_before() -> None:
    text = (
        "5月2日,被誉为“东方最古老的情人节”的贵州姊妹节在台江县拉开帷幕。\n"
        "姊妹节一般在农历三月十五前后举行。本次“姊妹节”系列活动持续至5月4日。\n"
    )
    assert periods(text, dt.date(2015, 5, 4)) == [("2015-05-02", "2015-05-04")]


def test_this_ones_opening_is_the_run_told_before() -> None:
    text = (
        "首届啤酒文化节将于7月31日至8月13日在迎春湖夜市举办。\n"
        "本次活动将于7月31日开幕,届时将带来舞蹈、歌曲等丰富多彩的活动。\n"
    )
    assert periods(text, dt.date(2023, 7, 27)) == [("2023-07-31", "2023-08-13")]


def test_an_opening_told_before_its_run_is_the_run() -> None:
    text = (
        "2月25日,凯里市舟溪甘囊香芦笙节开幕。"
        "此次舟溪甘囊香芦笙节从2月25日一直持续至3月3日,每天都有巡游等活动。"
    )
    (e,) = events(text, dt.date(2024, 2, 27))
    # (still on when the paper came out: upcoming, as the run's end says)
    assert (moment_iso(e.start), moment_iso(e.end), e.upcoming) == (
        "2024-02-25",
        "2024-03-03",
        True,
    )


def test_a_shows_term_runs_from_its_opening_not_its_ceremonys_hour() -> None:
    text = (
        "【本报消息】澳门文化局主办的“沧海明珠”城市变迁专题展昨日开幕。\n"
        "开幕式昨日傍晚六时半在澳门博物馆举行。\n"
        "展期至明年四月十九日,开放时间为上午十时至傍晚六时。\n"
    )
    assert periods(text, dt.date(2019, 12, 28)) == [
        ("2019-12-27T10:00", "2020-04-19T18:00"),
        ("2019-12-27T18:30", "2019-12-27T18:30"),
    ]


def test_a_list_of_days_glued_to_other_headlines_dates_nothing() -> None:
    text = (
        "今晚12时西安停止集中供暖\n本报讯 今晚12时,西安集中供暖将正常停止供热。\n热点资讯\n"
        "2025-09-18十二连跌!西安房价继续下跌 多楼盘以价换量\n"
        "2025-09-15年度爆款预定,金茂西安第三座璞系亮相高新!\n"
    )
    assert periods(text, dt.date(2013, 3, 15)) == [("2013-03-15T23:59", "2013-03-15T23:59")]


def test_a_lines_hours_from_a_day_on_are_no_event() -> None:
    text = "从12月17日起,2号线运营时间为6:04-22:50,其中,泰山路首班车6:15,末班车22:50。"
    assert events(text, dt.date(2019, 12, 13)) == []


def test_lights_daily_hours_restored_from_a_day_are_no_event() -> None:
    text = "迎春灯饰2月6日起恢复到日常启闭时间:每日19∶30开启,21∶30关闭。"
    assert events(text, dt.date(2023, 1, 20)) == []


def test_folk_qualifying_what_is_on_tells_no_custom() -> None:
    text = "从农历正月十二到正月十六,50余道花会齐闹元宵的民俗旅游消费场景,为游客献上文化大餐。"
    assert periods(text, dt.date(2025, 2, 8)) == [("2025-02-09", "2025-02-13")]


def test_a_restrictions_hours_are_not_the_hours_of_the_exam_that_day() -> None:
    text = (
        "英语听力考试将于3月22日进行。考点周边道路实行限制交通。\n"
        "限制(禁止)时间为3月22日上午8:30至12:10,下午1:30至5:40。\n"
    )
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2014, 3, 20))
    ] == [
        ("2014-03-22", "2014-03-22"),
        ("2014-03-22T08:30", "2014-03-22T17:40"),
    ]


def test_a_matter_field_names_the_hearing_its_time_field_times() -> None:
    text = (
        "拟定于2021年5月26日在县公路中心举行道路改建工程项目听证会。现将有关事项公告如下:\n"
        "一、听证事项:道路改建工程项目。\n二、听证时间:2021年5月26日(星期三)上午9:00-12:00。\n"
        "三、听证地点:县公路中心二楼会议室。\n"
    )
    events = extract_page(text, dt.date(2021, 4, 22)).events
    assert [(moment_iso(e.start), moment_iso(e.end), e.title) for e in events] == [
        ("2021-05-26T09:00", "2021-05-26T12:00", "道路改建工程项目听证会")
    ]


def test_a_time_field_naming_nothing_still_times_the_item_and_a_footer_follows_the_signature():
    text = (
        "为规范决策行为,拟定于2021年5月26日在县公路中心举行道路改建工程项目听证会。"
        "现将有关事项公告如下: 一、听证事项:道路改建工程项目。 "
        "二、听证时间:2021年5月26日(星期三)上午9:00-12:00 。 三、听证地点:县公路中心二楼会议室。"
        " 县公路中心 2021年4月22日\n\n"
        "主 办:县人民政府办公室 ICP备案:05022886号\n承 办:县数据管理局\n"
    )
    events = extract_page(text, dt.date(2021, 4, 22)).events
    assert [(moment_iso(e.start), moment_iso(e.end), e.title) for e in events] == [
        ("2021-05-26T09:00", "2021-05-26T12:00", "道路改建工程项目听证会")
    ]


def test_a_time_line_heading_a_list_of_dated_items_times_every_item():
    text = (
        "二、本次在我镇开展的“送戏进万村”活动,各村务必高度重视,根据演出时间安排,"
        "每名村干部要组织群众前往观看,确保演出效果。\n"
        "三、各村演出时间安排如下:下午13:00-16:00\n5月9日石鼓大舞台\n5月10日陈塘村民广场\n"
        "5月11日余枫山庄\n"
    )
    events = extract_page(text, dt.date(2024, 5, 7)).events
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in events] == [
        ("2024-05-09T13:00", "2024-05-09T16:00"),
        ("2024-05-10T13:00", "2024-05-10T16:00"),
        ("2024-05-11T13:00", "2024-05-11T16:00"),
    ]


def test_clock_times_in_the_items_of_a_dated_lead_take_its_day():
    text = (
        "二、12月3日比赛期间,将对相关道路实施临时管控措施。\n"
        "(一)广场起点:6:00起至10:00,封闭民族大道的双向道路。\n"
        "(二)马拉松终点:\n10:00起至16:00,封闭体强路的双向主道。\n"
    )
    events = extract_page(text, dt.date(2017, 11, 29)).events
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in events][-2:] == [
        ("2017-12-03T06:00", "2017-12-03T10:00"),
        ("2017-12-03T10:00", "2017-12-03T16:00"),
    ]


def test_a_festival_spelt_as_a_lunar_day_named_again_is_the_day_already_told():
    text = (
        "4月14日三月三当天,在南宁市青秀山举办主会场活动。广西官方表示,今年将通过线下线上"
        "相结合的形式,实现三月三活动一网通达。三月三期间将开展1000多项欢庆活动。"
    )
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2021, 4, 8))] == [
        ("三月三主会场活动", "2021-04-14")
    ]


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-11-24", ("2025-12-21", "2026-03-31")), ("2025-02-10", ("2024-12-21", "2025-03-31"))],
)
def test_a_run_said_to_go_on_to_the_next_years_month(published: str, expected) -> None:
    text = "冰雪季系列活动从12月21日起,持续至次年3月。"
    (event,) = events(text, dt.date.fromisoformat(published))
    assert (moment_iso(event.start), moment_iso(event.end)) == expected


def test_the_day_the_paper_learnt_from_a_source_with_no_reporter_named_is_no_event() -> None:
    text = "18日,从某某水务投资发展集团有限公司获悉,19日,以下区域将停水10小时。"
    assert [moment_iso(e.start) for e in events(text, dt.date(2024, 4, 18))] == ["2024-04-19"]


def test_a_forums_upload_stamp_is_no_event() -> None:
    text = (
        "某某网|某市城市生活门户\n标题:\n某区开门纳谏听民意\n作者:\n某某人家\n时间:\n"
        "2016-12-5 09:53\n标题:\n某区开门纳谏听民意\n下载附件\n2016-12-5 09:52 上传\n"
        "12月4日,某区发改部门在广场摆摊设点,倾听老百姓的声音。\n"
    )
    assert [moment_iso(e.start) for e in extract_page(text, None).events] == ["2016-12-04"]


def test_a_festivals_break_named_again_names_no_other_happening_unless_a_verb_does() -> None:
    text = (
        "春节期间,某市各大商圈客流如织。春节期间,某某大街尽显国潮风。春节期间,餐饮消费火热升温。"
        "春节期间,某区将举办民俗巡游表演。"
    )
    assert [e.title for e in events(text, dt.date(2024, 2, 8))] == [
        "春节某市各大商圈客流如织",
        "春节民俗巡游表演",
    ]


def test_a_day_listed_in_an_opening_hours_field_is_no_weekly_rule() -> None:
    text = "某某美食市集的开放时间为5月6日及7日上午10时至下午6时。"
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2023, 5, 5))
    ] == [("2023-05-06T10:00", "2023-05-07T18:00")]


def test_a_measures_hours_until_the_days_happening_ends_are_its_own() -> None:
    text = (
        "8月5日至8月15日,某某啤酒节在城南生态苑南广场举行。啤酒节期间对英雄南路部分路段实行"
        "临时交通管制措施。有关事项通告如下:\n一、管制区域 英雄南路。\n"
        "二、管制时间 8月5日至8月15日,每日18时至当日活动结束。\n"
    )
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2024, 8, 4))] == [
        ("某某啤酒节", "2024-08-05"),
        ("英雄南路部分路段临时交通管制措施", "2024-08-05T18:00"),
    ]


def test_a_visitors_own_day_is_no_day_of_the_happening_before() -> None:
    text = "某馆将于11月1日起恢复开放,实行预约参观。参观当日,已预约观众凭预约凭证进场。"
    assert [e.title for e in events(text, dt.date(2023, 10, 28))] == ["恢复开放"]


def test_a_sitting_labelling_its_dates_line_names_it_not_the_next_line() -> None:
    text = "某某汇演从19日起举行。\n第一场:11月19日晚上7:30\n第二场:11月20日下午2:00\n"
    assert [e.title for e in events(text, dt.date(2005, 11, 17))][-2:] == ["第一场", "第二场"]


def test_a_closure_from_an_hour_and_permissions_at_hours_from_it_are_all_kept() -> None:
    text = (
        "三、2023年4月2日6:40起,马拉松赛道环岛南路龙虎山路路口至大学路路口段,禁止其他车辆通行。"
        "四、2023年4月2日6:40-11:20,湖滨南路后滨路口允许东进口车辆左转;6:40-11:40,"
        "厦禾路白鹭洲路口允许南进口车辆左转。"
    )
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2023, 3, 30))
    ] == [
        ("2023-04-02T06:40", "2023-04-02T06:40"),
        ("2023-04-02T06:40", "2023-04-02T11:20"),
        ("2023-04-02T06:40", "2023-04-02T11:40"),
    ]


def test_a_headlines_first_day_named_by_the_runs_subject_is_that_run() -> None:
    text = (
        "某某博物院8月9日起延时闭馆-某某网\n某某网 > 正文\n2025 08/09 08:53:39\n来源:某某日报\n\n"
        "某某博物院8月9日起延时闭馆\n\n字体:\n\n  原标题:某某博物院今起延时闭馆\n\n"
        "  自8月9日起至8月31日,某某博物院调整开放时间,延时闭馆。持演唱会门票者仍需要预约。\n"
    )
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in extract_page(text, None).events] == [
        ("2025-08-09", "2025-08-31")
    ]


def test_a_lead_from_tomorrow_over_the_window_it_opens_is_that_window() -> None:
    text = (
        "本报讯 明天起,我市中考开始网上报名。\n"
        "记者从市招生办获悉,今年中考考生网上报名时间为2017年5月8日至16日。\n"
    )
    assert periods(text, dt.date(2017, 5, 7)) == [("2017-05-08", "2017-05-16")]


def test_a_breaks_days_told_one_by_one_are_no_events_of_their_own() -> None:
    text = (
        "2010年部分节假日安排如下:\n"
        "一、元旦:2010年1月1日-3日放假,共3天。其中,1月1日(星期五)为法定节假日,"
        "1月2日(星期六)为公休日,1月3日(星期日)公休日调至1月4日(星期一),1月3日(星期日)上班。\n"
        "二、端午节:6月14日-16日放假,共3天。其中,6月16日(农历五月初五,端午节)为法定节假日,"
        "6月12日(星期六)、13日(星期日)两个公休日调至6月14日(星期一)、15日(星期二)。\n"
    )
    assert periods(text, dt.date(2009, 12, 10)) == [
        ("2010-01-01", "2010-01-03"),
        ("2010-01-03", "2010-01-03"),
        ("2010-06-14", "2010-06-16"),
    ]


def test_an_hours_field_its_subject_opens_gives_the_happening_its_hours() -> None:
    text = (
        "「第5屆汽車文化節車展」將於11月9日至10日在塔石廣場舉行。\n"
        "車展開放時間為11月9日下午3時至晚上9時及11月10日早上10時至下午5時。\n"
    )
    assert [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2024, 11, 1))
    ] == [("「第5屆汽車文化節車展」", "2024-11-09T15:00", "2024-11-10T17:00")]


def test_a_closures_days_listed_each_with_its_hours_are_two_closures() -> None:
    text = "2.9月14日07:00-13:00及9月15日06:00-16:00,北新路(东篱老屋南门至郑家咀段)实施道路全封闭。"
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2024, 9, 10))
    ] == [
        ("2024-09-14T07:00", "2024-09-14T13:00"),
        ("2024-09-15T06:00", "2024-09-15T16:00"),
    ]


def test_a_notices_day_under_its_number_dates_the_page_and_its_start_field_is_no_event() -> None:
    text = (
        "交通改道\n\n2021-03-08 - 2021-04-02, 某某廣場,有限度通車\n\n通告 編號 :  101/2021\n"
        "期 :  2021-03-03\n由 :  交通事務局-道路工程\n點 :  某某廣場\n開始 日期 :  2021-03-08\n\n"
        "因進行道路工程,於2021年3月8日至4月2日某某廣場的路段將實施有限度通車。\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2021, 3, 3)
    # (the headline's copy of the run is a second event for now)
    assert {(moment_iso(e.start), moment_iso(e.end)) for e in page.events} == {
        ("2021-03-08", "2021-04-02")
    }


def test_when_to_arrive_for_a_ceremony_is_no_event_of_its_own() -> None:
    text = (
        "学院定于6月25日上午9:00在体育馆举行2019届毕业典礼。\n"
        "请全体毕业生于6月25日上午8:00前穿好学位服,8:30前入场完毕并按指定区域就座。\n"
    )
    assert periods(text, dt.date(2019, 6, 10)) == [("2019-06-25T09:00", "2019-06-25T09:00")]


def test_a_lead_saying_a_window_opens_on_a_day_is_the_window_told_after_it() -> None:
    text = (
        "本报讯 今年中考将于6月21日举行,5月7日开放网上报名。\n"
        "记者获悉,考生须于5月7日至12日登录网站完成网上报名。\n"
    )
    assert sorted(periods(text, dt.date(2022, 4, 28))) == [
        ("2022-05-07", "2022-05-12"),
        ("2022-06-21", "2022-06-21"),
    ]


def test_a_notices_title_and_its_lead_over_an_outages_hours_are_that_outage() -> None:
    text = (
        "某市新区部分区域停水\n18日,从某某水务集团获悉,19日,以下区域将停水10小时:\n"
        "2024年4月19日新区北区停水通知\n4月19日8:30—18:30某某开发区东至尚德大街\n"
    )
    assert [
        (moment_iso(e.start), moment_iso(e.end))
        for e in extract_page(text, dt.date(2024, 4, 18)).events
    ] == [("2024-04-19T08:30", "2024-04-19T18:30")]


def test_a_daily_time_in_a_lists_lead_is_each_dated_line_below() -> None:
    text = (
        "因进行金属围栏油漆工作,每日上午9时30分至下午5时30分,孙逸仙大马路将实施有限度通车:\n"
        "于本年7月17日至26日,近金沙的路段。\n于本年7月27日至8月5日,近渔人码头的路段。\n"
    )
    assert periods(text, dt.date(2025, 7, 15)) == [
        ("2025-07-17T09:30", "2025-07-26T17:30"),
        ("2025-07-27T09:30", "2025-08-05T17:30"),
    ]


def test_a_lead_naming_part_of_an_area_over_the_lines_cut_is_no_event_of_its_own() -> None:
    text = (
        "为保证电网安全,该局将于12月4日对临河部分区域进行停电施工。\n"
        "12月4日1:00—6:00,对临河西郊110KV变9211花城一回停电施工。\n"
        "12月4日1:00—6:00,对临河西郊110KV变924南路线停电施工。\n"
    )
    assert [e.title for e in extract_page(text, dt.date(2020, 12, 1)).events] == [
        "临河西郊110KV变9211花城一回停电施工",
        "临河西郊110KV变924南路线停电施工",
    ]


def test_a_halls_hours_on_the_days_of_a_holiday_opening_notice_are_no_events() -> None:
    text = (
        "某县图书馆关于2022年春节期间对外开放的通知\n\n各位读者:\n\n"
        "现将某县图书馆2022年春节期间对外开放时间通知如下:\n\n一、总馆对外开馆安排\n\n"
        "1.1月31日上午9:00—11:00开馆,中午、晚上闭馆。\n\n"
        "2.2月1日至6日每天下午14:00—16:00开馆,上午、晚上闭馆。\n"
    )
    events = extract_page(text, dt.date(2022, 1, 25)).events
    assert not [e for e in events if e.title.endswith("开馆") or isinstance(e.start, dt.datetime)]


def test_hours_opening_a_measures_paragraph_are_the_day_of_the_one_happening_told() -> None:
    text = (
        "某某自行车邀请赛将于11月12日在某市举行。7日,某某网(微信公号:abc)从交警部门获悉,"
        "交警将对比赛路线分时、分段实施临时性交通管制措施。\n\n临时交通管制:赛事起、终点区域\n\n"
        "7:30—13:00将对和谐路以上路段及其合围区域以内道路实施临时性交通管制措施。\n"
    )
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2017, 11, 8))
    ] == [
        ("2017-11-12", "2017-11-12"),
        ("2017-11-12T07:30", "2017-11-12T13:00"),
    ]


def test_hours_opening_the_paragraphs_of_the_one_measure_told_are_its_window() -> None:
    text = (
        "为确保灯会开幕活动顺利进行,2月5日本市将对人民路等部分路段实施临时交通管制:\n\n"
        "16:00至22:00人民路(解放路-中山路)实施临时交通管制。\n\n"
        "18:30至21:30中山路(人民路-和平路)禁止一切车辆通行。\n"
    )
    assert [
        (moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2023, 2, 3))
    ] == [("2023-02-05T16:00", "2023-02-05T22:00")]


def test_a_day_with_no_name_is_not_named_by_the_next_clause_with_a_day_of_its_own():
    text = "此外,还有6月8日至10日的非遗市集,以及6月12日登场的龙舟邀请赛。"
    assert [(e.title, moment_iso(e.start)) for e in events(text)] == [
        ("非遗市集", "2023-06-08"),
        ("龙舟邀请赛", "2023-06-12"),
    ]


def test_circled_items_opening_with_their_time_field_under_a_dated_heading_take_its_day():
    # each `①` item is told by its time field first, its content after; a date line over a
    # theme field is named by the theme
    text = (
        "中秋系列活动安排如下:\n"
        "2024年9月15日(八月十三)\n"
        "活动主题:庆中秋·品民乐\n"
        "活动时间:上午9:30至11:00\n"
        "2024年9月17日(八月十五)\n"
        "(一)庆中秋·赏戏曲\n"
        "① 时间:下午15:00至16:30\n"
        "    内容:县黄梅戏团经典折子戏专场\n"
        "   ②  时间:晚上19:00至21:00\n"
        "    内容:县黄梅戏团大型古装戏《女驸马》\n"
    )
    events = extract_page(text, dt.date(2024, 9, 12)).events
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events][-3:] == [
        ("庆中秋·品民乐", "2024-09-15T09:30", "2024-09-15T11:00"),
        ("庆中秋·赏戏曲", "2024-09-17T15:00", "2024-09-17T16:30"),
        ("县黄梅戏团大型古装戏《女驸马》", "2024-09-17T19:00", "2024-09-17T21:00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "(一)报名时间:2018年5月11日至5月22日。(三)报名方式:凡本县年满18周岁公民,"
            "自本公告发布之日起,均可携带有效证件到县公路局报名。",
            [("2018-05-11", "2018-05-22")],
            id="the-window-given-above",
        ),
        pytest.param(
            "自本公告发布之日起,均可向市交通运输局报名,申请作为听证代表。"
            "听证会定于6月23日举行。请于6月8日17:00前报名。",
            [("2018-06-23", "2018-06-23"), ("2018-06-08T17:00", "2018-06-08T17:00")],
            id="the-deadline-given-below",
        ),
    ],
)
def test_a_call_opened_by_the_notice_is_its_window_told_elsewhere(text, expected):
    events = extract_page(text, dt.date(2018, 5, 11)).events
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in events] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今日,本报和手机客户端刊登了我市文化旅游主要活动安排。", id="printed-today"),
        pytest.param("活动安排详见今日《柳州日报》四版。", id="see-todays-page"),
        pytest.param("本报今起开设“庆丰收”专栏,展示各地风采。", id="a-new-column"),
    ],
)
def test_the_paper_telling_of_its_own_pages_is_no_event(text):
    assert extract_page(text, dt.date(2023, 4, 17)).events == ()


def test_two_works_at_the_same_hours_in_two_places_are_two_events():
    text = (
        "南昌水业定于2020年11月27日23时至28日5时对广州路直径600毫米管道进行停水施工。\n"
        "南昌水业定于2020年11月27日23时至28日5时对迎宾南大道直径800毫米管道进行停水施工。\n"
    )
    events = extract_page(text, dt.date(2020, 11, 26)).events
    assert len(events) == 2


def test_a_signature_above_an_attached_plan_is_no_event():
    text = (
        "关于印发《义务植树活动方案》的通知\n各村(社区)、各科室(站所):\n"
        "为进一步改善我乡生态环境,营造全民植树、绿化家园的浓厚氛围,经乡党委、政府研究,"
        "决定在全乡范围内开展春季义务植树活动。结合我乡实际,制订本方案。\n"
        "附件:城口县双河乡2026年春季义务植树活动实施方案\n"
        "城口县双河乡人民政府\n2026年3月6日\n(联系人:欧中巍)\n附件:\n义务植树活动方案\n"
        "一、活动时间\n2026年3月12日上午9:00-11:00。\n二、活动地点\n店坪村。\n"
    )
    events = extract_page(text, dt.date(2026, 3, 6)).events
    assert [moment_iso(e.start) for e in events] == ["2026-03-12T09:00"]


def test_a_table_whose_columns_are_where_and_when_is_named_by_its_places():
    text = (
        "部分村寨民间娱乐活动具体时间、地点及乘车方式如下表:\n"
        "活動地點 | 活動時間 | 可乘車次 |\n"
        "凱里經濟開發區 | 初3 至初5(2月16日—18日) | 開發區公交車 |\n"
        "鴨塘鎮中壩村 | 初7 至初9(2月20日—22日) | 7路公交車 |\n"
        "凱里金井村 | 初7 至初9(2月20日—22日) | 3路公交車 |\n"
    )
    events = extract_page(text, dt.date(2010, 2, 12)).events
    assert [(moment_iso(e.start), moment_iso(e.end), e.title) for e in events] == [
        ("2010-02-16", "2010-02-18", "凱里經濟開發區"),
        ("2010-02-20", "2010-02-22", "鴨塘鎮中壩村"),
        ("2010-02-20", "2010-02-22", "凱里金井村"),
    ]


def test_an_opening_hour_each_day_leaves_the_close_to_the_next_clause() -> None:
    text = (
        "现就道路管制通告如下:一、3月5日至7日,每日21时起至次日另行通知解除期间,"
        "对大货车实施临时交通管制。"
    )
    (e,) = events(text, dt.date(2024, 3, 1))
    assert e.title == "大货车临时交通管制"


def test_a_time_said_in_a_sentence_of_an_untitled_page_is_named_by_the_clause_before() -> None:
    text = (
        "2020-08-18 11:15 来源:某某新闻网 点击:0\n"
        "新增第十三届摄影大展活动,时间为8月21日—8月24日,举办地点为布达拉宫广场。\n"
    )
    (e,) = events(text, dt.date(2020, 8, 18))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "新增第十三届摄影大展活动",
        "2020-08-21",
        "2020-08-24",
    )


def test_an_hour_opening_the_next_sentence_is_the_days() -> None:
    text = "3月12日,镇里组织干部到溪边开展义务植树活动。上午8点,植树现场人头攒动。"
    (e,) = events(text, dt.date(2019, 3, 12))
    assert moment_iso(e.start) == "2019-03-12T08:00"


def test_a_pages_summary_line_and_its_story_are_one_event() -> None:
    text = (
        "[摘要]本周五最后一场故事海选来了,赶紧报名\n\n"
        "晨报讯 8月3日下午,第四场讲故事大赛海选在报社大厅举行。\n"
    )
    (e,) = events(text, dt.date(2018, 8, 2))
    assert (e.evidence, moment_iso(e.start)) == (
        "8月3日下午,第四场讲故事大赛海选在报社大厅举行",
        "2018-08-03",
    )


def test_an_hour_the_next_paragraph_gives_that_evening_is_the_days() -> None:
    text = (
        "5月24日晚,喷泉广场人头攒动,“社区行”活动火热开展。\n"
        "当晚6时,夕阳为喷泉广场镀上温暖金边。歌唱队合唱《我爱你中国》。\n"
    )
    (e,) = events(text, dt.date(2025, 5, 26))
    assert (e.title, moment_iso(e.start)) == ("“社区行”活动", "2025-05-24T18:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "从7月1日起,我县新冠疫苗第1剂次接种全面恢复。",
            ("2021-07-01", "2021-07-01"),
            id="a-day",
        ),
        pytest.param(
            "受台风影响,市图书馆闭馆时间自7月1日17时起,所有线下读者活动均延期举办。",
            ("2021-07-01T17:00", "2021-07-01T17:00"),
            id="an-hour-of-a-day",
        ),
    ],
)
def test_a_day_from_which_something_began_is_that_day(text: str, expected: tuple[str, str]) -> None:
    (e,) = events(text, dt.date(2021, 7, 5))
    assert (moment_iso(e.start), moment_iso(e.end)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "现将我县2025年部分节假日安排通知如下。\n一、清明节\n4月4日至6日放假,共3天。\n"
            "二、劳动节\n5月1日至5日放假调休,共5天。4月27日(星期\n日)、5月10日(星期六)上班。\n",
            "2024-12-20",
            [
                ("清明节放假", "holiday", "2025-04-04", "2025-04-06"),
                ("劳动节放假调休", "holiday", "2025-05-01", "2025-05-05"),
                ("劳动节上班", "other", "2025-04-27", "2025-04-27"),
                ("劳动节上班", "other", "2025-05-10", "2025-05-10"),
            ],
            id="named-by-headings-which-are-no-events",
        ),
        pytest.param(
            "现将2023年民族传统节日放假安排通知如下:\n"
            "一、苗族传统节日(农历四月初八,公历5月26日):5月26日(星期五)放假。\n"
            "二、州庆:8月7日(星期一)、8月8日(星期二)放假。\n",
            "2023-02-17",
            [
                ("苗族传统节日放假", "holiday", "2023-05-26", "2023-05-26"),
                ("州庆放假", "holiday", "2023-08-07", "2023-08-08"),
            ],
            id="named-by-a-label-with-a-bracketed-note",
        ),
        pytest.param(
            "根据国务院办公厅通知精神,我市对2016年部分节假日进行安排。\n"
            "三、清明节:4月4日放假。与周末连休。\n"
            "六、中秋节:9月15日至17日放假调休,共3天。9月18日(星期日)上班。\n",
            "2015-12-22",
            [
                ("清明节放假", "holiday", "2016-04-02", "2016-04-04"),
                ("中秋节放假调休", "holiday", "2016-09-15", "2016-09-17"),
                ("中秋节上班", "other", "2016-09-18", "2016-09-18"),
            ],
            id="a-citys-schedule-of-next-years-holidays",
        ),
        pytest.param(
            "现将2021年部分节假日安排通知如下:\n一、元旦\n\n2021年1月1日至3日放假,共3天。\n",
            "2020-12-24",
            [("元旦放假", "holiday", "2021-01-01", "2021-01-03")],
            id="a-heading-over-an-item-dated-with-its-year",
        ),
        pytest.param(
            "现将2023年民族传统节日放假安排通知如下:\n"
            "二、2023年火把节:8月9日至11日放假,共3天,与8月12日(星期六)、8月13日(星期日)周末连休。\n",
            "2023-07-08",
            [("2023年火把节放假", "holiday", "2023-08-09", "2023-08-13")],
            id="the-weekends-days-named-before-it-joins-them",
        ),
        pytest.param(
            "关于2025年部分节假日安排的通知\n7月16日—18日放假,共3天,无需调休,加上周末可以连休5天。\n",
            "2025-07-08",
            [("放假", "holiday", "2025-07-16", "2025-07-20")],
            id="the-days-off-counted-then-the-weekend-added",
        ),
    ],
)
def test_holiday_notice_items(text: str, published: str, expected: list) -> None:
    got = [
        (e.title, e.kind.value, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date.fromisoformat(published))
    ]
    assert got == expected


def test_a_subject_before_a_theme_in_quotes_with_a_comma_names_the_clause_after() -> None:
    text = (
        "本届旅游节将从9月12日起,在全省14个市(州)举行。\n"
        "旅游节开幕式以“亲亲常德,浪漫之城”为主题,将于9月12日晚7时30分至8时40分在度假区举行。\n"
    )
    got = [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2015, 8, 12))]
    assert ("旅游节开幕式", "2015-09-12T19:30") in got


APRIL_2025 = dt.date(2025, 4, 15)


def test_a_time_heading_naming_another_happening_is_an_event_of_its_own() -> None:
    text = (
        "某县半程马拉松将于4月20日在县城举行,请市民合理安排出行。\n一、交通管制时间\n"
        "2025年4月20日6时至2025年4月20日12时\n二、交通管制范围\n昭仁大街全段禁止通行。\n"
    )
    found = [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text, APRIL_2025)]
    assert found == [
        ("某县半程马拉松", "2025-04-20", "2025-04-20"),
        ("交通管制", "2025-04-20T06:00", "2025-04-20T12:00"),
    ]


def test_a_lead_line_and_its_story_are_one_event_whatever_hours_the_story_adds() -> None:
    text = (
        "马拉松开跑\n导语 某县半程马拉松将于4月20日在县城举行。\n"
        "某县半程马拉松将于4月20日上午7时30分在县城鸣枪开跑。\n"
    )
    assert [moment_iso(e.start) for e in events(text, APRIL_2025)] == ["2025-04-20T07:30"]


def test_a_signature_over_an_attached_plan_read_as_a_story_of_its_own_is_no_event() -> None:
    text = (
        "  中共某县委宣传部\n  关于印发《2021年某县全民阅读活动实施方案》的通知\n\n"
        "  各镇人民政府:\n  现将《方案》印发你们,请认真抓好落实。\n\n\n"
        "  中共某县委宣传部 \n 某县文体广电和旅游局\n  2021年3月9日\n\n\n"
        "  2021年某县全民阅读活动实施方案\n\n  为激发全民读书热情,营造良好的读书学习氛围,努力提高"
        "全民科学文化素质,提升城市文化品位,结合我县实际,特制定2021年某县全民阅读活动实施方案。\n"
        "  一、活动主题\n  “书香某县,阅读圆梦”\n  二、活动时间\n  2021年3月中旬至12月\n"
        "  三、活动内容及时间安排\n  (一)线上阅读活动\n  利用图书馆网站开展有奖竞答等活动。\n"
        "  (二)线下阅读活动\n  在各镇文化站开展读书分享会。\n"
    )
    assert periods(text, dt.date(2021, 3, 9)) == [("2021-03-11", "2021-12-31")]


def test_a_time_field_under_a_sections_label_is_named_by_the_notice_not_the_label() -> None:
    text = (
        "墩集镇重阳节文艺演出方案\n为弘扬尊老敬老传统,定于重阳节在墩集镇敬老院开展文艺演出。\n"
        "一、活动意义\n重阳节是传统节日。\n二、活动目的:\n1、让老人们了解重阳节的风俗。\n"
        "三、活动时间: 2021年10月14日下午。\n四、活动地点:墩集镇敬老院\n"
    )
    assert [e.title for e in events(text, dt.date(2021, 10, 6))] == ["重阳节文艺演出"]


def test_an_hour_opening_the_next_paragraph_that_opens_the_happening_is_its_days() -> None:
    text = (
        "  根据县委政法委部署,6月26日,县人民检察院开展“公众开放日”活动。130余人分四组深入"
        "县检察院,零距离感受法治建设成果。\n\n"
        "  上午9时20分,活动在县检察院拉开序幕。党组副书记致欢迎辞。\n"
    )
    found = [moment_iso(e.start) for e in events(text, dt.date(2025, 6, 27))]
    assert found == ["2025-06-26T09:20"]


def test_an_hour_opening_a_sentence_that_tells_a_happening_open_is_its_own_event() -> None:
    text = (
        "9月28日上午,一场雨不期而至,但是名门广场依然热闹非凡,200多种美食汇聚于此。"
        "上午10点半,为期3天的第二届美食文化节在名门广场开幕,多个市县参展。"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2017, 9, 29))]
    assert ("2017-09-28T10:30", "2017-09-30") in found


def test_the_lines_of_a_programme_under_a_dated_lead_are_items_over_its_days() -> None:
    text = (
        "9月15日至9月17日,南川楼文化街区将举办“南川梦明月情”主题活动。\n"
        "每天14:00—16:00,朗吟楼南广场举办“月兔攻占趣玩计划”;\n"
        "16:30—16:50、17:30—17:50、18:30—18:50,在南川楼文化街区举办古装巡游活动;\n"
        "展览期间,每周六下午2时还将举办书画公益讲座。\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2024, 9, 11))]
    assert found == [
        ("2024-09-15", "2024-09-17"),
        ("2024-09-15T14:00", "2024-09-17T16:00"),
        ("2024-09-15T16:30", "2024-09-17T18:50"),
    ]


def test_the_lines_under_a_day_to_come_are_items_and_a_reported_days_lines_are_scenes() -> None:
    text = (
        "本报讯 马拉松赛将于11月3日早07:30开跑。\n11月3日,以下路段将分时、分段禁止通行。\n"
        "上午06:30至09:30,航天大道健康路口至西河桥进行交通管制。\n"
        "上午06:30至11:30,航天大道东延线进行交通管制。\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2018, 10, 31))]
    assert found == [
        ("2018-11-03T07:30", "2018-11-03T07:30"),
        ("2018-11-03", "2018-11-03"),
        ("2018-11-03T06:30", "2018-11-03T09:30"),
        ("2018-11-03T06:30", "2018-11-03T11:30"),
    ]
    text = (
        "本报讯 21日上午9时,公益性大型招聘会在演武楼正式启动。\n"
        "上午8点半左右,就已经有不少企业摆开展位,等待求职者前来咨询。\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2014, 2, 23))]
    assert found == [("2014-02-21T09:00", "2014-02-21T09:00")]


def test_a_markets_opening_day_and_its_first_day_are_its_run() -> None:
    text = (
        "2023年禅城区文华迎春花市嘉年华开幕\n\n"
        "1月17日,2023年禅城区文华迎春花市在文华公园开市。今天是文华迎春花市重启第一天。\n"
        "花市时间:2023年1月17-21日,共5天。\n"
    )
    assert periods(text, dt.date(2023, 1, 17)) == [("2023-01-17", "2023-01-21")]
    text = (
        "沈阳市庆祝建国55周年游园会将于10月1日上午在北陵公园拉开帷幕。"
        "沈阳市皇寺庙会将于10月1日至7日举行。"
    )
    assert len(periods(text, dt.date(2004, 9, 30))) == 2


def test_about_a_day_is_no_deadline_and_a_bare_verb_takes_the_subjects_clause() -> None:
    text = "与纪念塔相邻的某某欢乐谷,将于本月25日前后试开园。各地将于6月25日前后公布成绩。"
    found = [(e.title, str(e.kind)) for e in events(text, dt.date(2013, 12, 19))]
    assert found == [("与纪念塔相邻的某某欢乐谷试开园", "other"), ("各地公布成绩", "other")]


def test_the_day_of_a_happening_named_before_its_anaphor() -> None:
    # (`开市当天` is the day the fair opened, not the day last mentioned; the opening's date
    # stands alone in its clause, after the dateline)
    text = (
        "某某网·某某新闻讯 1月30日,2024某某灯会庙市在某某公园开市,灯会将于2月6日至2月25日亮灯。"
        "庙市开市当天,三大主题门灯也率先亮灯与市民见面。"
    )
    assert periods(text, dt.date(2024, 1, 30)) == [
        ("2024-01-30", "2024-01-30"),
        ("2024-02-06", "2024-02-25"),
    ]


def test_a_byline_opening_the_story_and_a_theme_are_no_part_of_the_name() -> None:
    text = (
        "记者王五 通讯员赵六 以“赏生态风光,醉乡村风情”为主题的某区旅游文化节,将于10月20日至22日"
        "在某街道举行。\n活动安排\n(一)开幕式\n1.时间:2017年10月20日上午10:00\n2.地点:某街道仕林街\n"
    )
    found = [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2017, 10, 19))]
    assert found == [("某区旅游文化节", "2017-10-20"), ("开幕式", "2017-10-20T10:00")]


def test_a_table_of_opening_hours_is_no_event() -> None:
    text = (
        "关于2025年国庆节开馆时间的通知\n我馆2025年10月1日—2025年10月8日开馆时间为:\n"
        "放假时间 | 开放区域 | 开馆时间 |\n"
        "10月1日至10月3日, 10月6日 | 全部阅览区域 | 9:00-17:00 |\n"
        "10月4日至10月5日 | B座二层 | 9:00-21:00 |\n*历史文献阅览室国庆节期间闭馆。\n"
    )
    assert [e.title for e in events(text, dt.date(2025, 9, 23))].count("全部阅览区域") == 0
    assert periods(text, dt.date(2025, 9, 23))[0] == ("2025-10-01", "2025-10-08")


def test_a_run_prolonged_until_a_day_with_its_end_said_twice_starts_on_the_papers_day() -> None:
    text = "本报讯 台20线修复工程管制通行时间需延长至4月30日止。"
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end), str(e.kind))
        for e in events(text, dt.date(2025, 2, 8))
    ]
    assert found == [("台20线修复工程管制通行", "2025-02-08", "2025-04-30", "other")]


def test_a_bare_verb_and_the_happening_named_in_full_on_one_day_are_one() -> None:
    from extractors.events.titles import dedupe
    from extractors.model import Event, Kind

    day = dt.date(2020, 9, 30)

    def told(title: str) -> Event:
        return Event(title, day, day, Kind.ACTIVITY, True, title, article="某馆9月底开放")

    assert [e.title for e in dedupe([told("开放"), told("某某考古遗址展示馆开放")])] == [
        "某某考古遗址展示馆开放"
    ]
    # (not a name inside another: `开学` and `“开学第一课”安全教育` stay two)
    assert len(dedupe([told("开学"), told("“开学第一课”安全教育")])) == 2


def test_when_entry_closes_or_one_may_leave_is_no_sitting_of_its_own() -> None:
    text = (
        "3月9日上午笔试,8:30考生开始入场,9:00禁止考生入场,10:30后考生可提前交卷离场。"
        "由于9日和10日为工作日,请考生提早出行。"
    )
    assert periods(text, dt.date(2024, 3, 1)) == [("2024-03-09T08:30", "2024-03-09T08:30")]


def test_a_daily_time_said_before_a_list_of_dated_sittings_times_them_all() -> None:
    text = (
        "7月10日晚,消夏广场文艺周在滨河公园启幕。活动到7月13日结束。"
        "其间,每天19时30分在公园东广场都将献上一台演出。安排如下:"
        "第二场在7月11日,为市评剧团专场;第三场在7月12日,为老年合唱团专场;"
        "第四场在7月13日,为少儿舞蹈专场。"
    )
    found = events(text, dt.date(2024, 7, 11))
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in found] == [
        ("2024-07-10T19:30", "2024-07-13T19:30"),
        ("2024-07-11T19:30", "2024-07-11T19:30"),
        ("2024-07-12T19:30", "2024-07-12T19:30"),
        ("2024-07-13T19:30", "2024-07-13T19:30"),
    ]
    assert found[0].location == "滨河公园"  # (启幕 opens the happening its subject names)
    assert found[1].title == "第二场:市评剧团专场"


def test_raising_the_curtain_opens_the_happening_its_subject_names() -> None:
    (event,) = events("今晚7时30分,某某艺术节开幕式在体育馆拉开序幕。", dt.date(2024, 8, 2))
    assert (event.title, event.location) == ("某某艺术节开幕式", "体育馆")
    assert moment_iso(event.start) == "2024-08-02T19:30"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某社区开展亲子手工活动,让孩子们开心过周末。", id="a-weekend-spent"),
        pytest.param(
            "依照条例,每年12月31日前年满60周岁的居民,均应当在当年3月31日前办理认证。",
            id="each-years-day-in-a-standing-rule",
        ),
    ],
)
def test_days_said_as_a_rule_or_a_pastime_are_no_events(text: str) -> None:
    assert periods(text, dt.date(2024, 6, 9)) == []


@pytest.mark.parametrize(
    "text",
    [
        "各供热企业提前启炉,保证10月20日全市供热温度全面达标。",
        "以确保10月20日全市供热温度全面达标。",
    ],
)
def test_a_pledge_opening_a_target_is_no_part_of_its_name(text: str) -> None:
    (event,) = events(text, dt.date(2024, 10, 12))
    assert event.title == "全市供热温度全面达标"


def test_a_mastheads_serial_number_and_an_outlets_byline_are_no_headline() -> None:
    text = (
        "某某日报社 出版 国内统一刊号:CN52-0099 代号66-1\n\n\n"
        "某县:以“茶”为媒迎客来\n\n"
        "某某日报天眼新闻记者 王五 通讯员 赵六\n\n"
        "5月3日,某县第三届茶文化节在茶博园开幕。\n"
    )
    (event,) = events(text, dt.date(2024, 5, 4))
    assert event.article == "某县:以“茶”为媒迎客来"


def test_an_activity_opening_its_sentence_is_the_one_named_in_the_sentence_before() -> None:
    text = (
        "据了解,某县开展了以“清凉某县”为主题的避暑旅游季系列活动。活动从7月20日开始,"
        "持续到8月24日。活动期间,在县城设置主会场,推出了篝火晚会等多彩活动。"
    )
    (event,) = events(text, dt.date(2024, 7, 1))
    assert event.title == "避暑旅游季系列活动"
    assert (moment_iso(event.start), moment_iso(event.end)) == ("2024-07-20", "2024-08-24")


def test_a_festival_naming_what_something_is_made_into_is_no_event() -> None:
    assert periods("该镇致力于将庙会打造成为全省最热闹的春节庙会。", dt.date(2025, 1, 20)) == []


def test_a_page_whose_paragraphs_are_parted_by_spaces_names_each_item_by_its_clause() -> None:
    text = (
        "一起闹元宵 本报讯(记者 王五)2月24日是元宵节。你想怎样度过元宵节? "
        "某市图书馆 2月23日18时,某市图书馆新馆将举行“迎元宵有奖猜谜”活动,奖品丰富。 "
        "活动地点:某市图书馆。 某某汉服协会 2月23日19时,将举办元宵节活动,现场放河灯。 "
        "活动地点:某某创意园。"
    )
    titles = [e.title for e in events(text, dt.date(2024, 2, 20))]
    assert titles == ["元宵节", "某市图书馆“迎元宵有奖猜谜”活动", "某某汉服协会元宵节活动"]


def test_the_time_after_a_festival_is_not_the_festival() -> None:
    assert (
        periods("春节过后,市场迎来消费高峰。春节后,全市将开展复工检查。", dt.date(2024, 2, 1)) == []
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("12月22日是冬至。", "冬至", id="a-day-with-no-break"),
        pytest.param("明天是第27个世界读书日。", "世界读书日", id="an-observance"),
        pytest.param("10月1日至7日国庆假期,景区客流大增。", "国庆假期", id="a-break"),
    ],
)
def test_a_festival_said_alone_is_named_as_itself_and_a_break_as_the_break(text, title) -> None:
    (event,) = events(text, dt.date(2023, 12, 1) if "冬至" in text else dt.date(2024, 4, 22))
    assert event.title == title


def test_a_short_title_line_over_an_items_time_field_names_it() -> None:
    text = (
        "某市:这个周末,去图书馆\n\n读:书香萦绕\n\n借一本无用之书\n\n活动时间:4月19日-4月23日\n\n"
        "活动地点:某某美术馆\n\n本次书展一共展出1500册新购图书,读者可凭读者证借走。\n\n"
        "亲子阅读乐趣多\n\n活动时间:4月21日9:50,4月22日9:50\n\n活动地点:某市图书馆亲子活动室\n"
    )
    found = [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2018, 4, 18))]
    assert ("借一本无用之书", "2018-04-19") in found
    assert ("亲子阅读乐趣多", "2018-04-21T09:50") in found
    assert ("亲子阅读乐趣多", "2018-04-22T09:50") in found


def test_a_run_whose_lunar_note_settles_its_year_is_not_moved_to_the_next() -> None:
    text = "某村龙年春节系列活动将于2月10日—25日(正月初一至十六)在古村举行。"
    (event,) = events(text, dt.date(2026, 1, 29))
    assert (moment_iso(event.start), moment_iso(event.end)) == ("2024-02-10", "2024-02-25")


def test_a_sites_dated_report_is_a_dateline_and_a_festival_felt_is_no_event() -> None:
    text = (
        "某某风3月5日讯 为弘扬雷锋精神,3月2日上午,某区学雷锋志愿服务活动在某公园举行。"
        "每一样都承载着传统春节的年味儿。是中秋的明月把大家团结到了一起。"
    )
    assert periods(text, dt.date(2025, 3, 5)) == [("2025-03-02", "2025-03-02")]


def test_hours_said_for_the_days_of_a_run_told_before_are_its_hours() -> None:
    text = (
        "6月7日至6月8日,我市将对考点周边部分路段实行交通管制。据了解,6月7日和8日的9时至11时30分,"
        "15时至17时,以下路段将实行交通管制:厚德路、青年路。"
    )
    (event,) = events(text, dt.date(2012, 6, 4))
    assert (moment_iso(event.start), moment_iso(event.end)) == (
        "2012-06-07T09:00",
        "2012-06-08T17:00",
    )
    assert event.title == "考点周边部分路段交通管制"


def test_a_festival_and_what_is_held_at_its_hours_stay_two() -> None:
    text = "9月23日是第六个中国农民丰收节。当天9:00至16:00,镇上将举办农民丰收节大集。"
    assert len(events(text, dt.date(2023, 9, 20))) == 2


def test_hours_changed_and_links_to_other_items_are_no_events() -> None:
    text = (
        "为满足观众元旦假期参观需求,2026年1月1日至1月3日,开放时间9:00-18:00,"
        "停止入馆时间由16:30延时至17:30,闭馆时间由17:00延时至18:00。\n"
        "上一則:“社會工作局”站周三起一連兩晚暫停使用\n"
    )
    assert periods(text, dt.date(2025, 12, 31)) == [("2026-01-01T09:00", "2026-01-03T18:00")]
    buses = (
        "某县公车今天移交,最早发车时间自清早五点四十五分延为上午八点,"
        "收班则从晚上九点半提前至七点半。"
    )
    assert periods(buses, dt.date(2014, 10, 1)) == [("2014-10-01", "2014-10-01")]


def test_a_light_forecast_is_no_event_but_heavy_rain_is_kept() -> None:
    light = "明天,某市可能又要下雪了。后天阴有雪或雨夹雪。"
    assert periods(light, dt.date(2013, 1, 7)) == []
    worse = "本市明日稍后天气开始急速转坏,星期三天气持续恶劣。"
    assert periods(worse, dt.date(2025, 9, 22)) == []
    heavy = "24日某北部阴天,部分有小雨;其他地区阴有中到大雨或雷雨,局部暴雨。"
    assert periods(heavy, dt.date(2019, 6, 23)) == [("2019-06-24", "2019-06-24")]


def test_numbered_items_with_their_fields_each_dated_under_its_time_label() -> None:
    text = (
        "某市寒假系列活动来啦!一起来看看吧!\n01\n“心里的微光”会客厅——\n未成年人心理健康公益课程\n"
        "举办单位:\n某市指导中心\n活动时间:\n1月20日—24日\n02\n“灵蛇舞春 喜闹元宵”\n"
        "元宵节主题活动\n举办单位:\n某市志愿者协会\n活动时间:\n2月9日\n03\n"
        "幸福守“候”——“小候鸟”\n暖冬关爱系列活动\n举办单位:\n某市团市委\n活动时间:\n1月-2月\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2025, 1, 10))
    ]
    assert found == [
        ("未成年人心理健康公益课程", "2025-01-20", "2025-01-24"),
        ("“灵蛇舞春喜闹元宵”元宵节主题活动", "2025-02-09", "2025-02-09"),
        ("幸福守“候”——“小候鸟”暖冬关爱系列活动", "2025-01-01", "2025-02-28"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "1月17日下午,历时5天的自治区政协某届会议圆满完成各项议程。",
            "2017-01-18",
            [("自治区政协某届会议完成各项议程", "2017-01-13", "2017-01-17")],
            id="a-length-said-of-a-session-that-completed-its-agenda",
        ),
        pytest.param(
            "第16届某某国际冰雪节将于1月10日亮相某某冰雪大世界。整个冰雪节将持续到3月份。",
            "2013-01-05",
            [("第16届某某国际冰雪节", "2013-01-10", "2013-03-31")],
            id="the-end-of-one-still-to-start",
        ),
        pytest.param(
            "经研究决定,某县延长供暖时间至4月15日,延长期间不收取取暖费。",
            "2022-04-06",
            [("某县延长供暖", "2022-04-06", "2022-04-15")],
            id="a-service-prolonged-until-a-day-runs-from-the-paper",
        ),
        pytest.param(
            "古物古迹办事处今日宣布,继续暂停开放辖下10个场地至2月3日,包括香港文物探知馆。",
            "2022-01-20",
            [("继续暂停开放辖下10个场地", "2022-01-20", "2022-02-03")],
            id="a-closure-kept-on-until-a-day-what-it-closes-said-between",
        ),
        pytest.param(
            "位於福安街與大興街的一段石街將維持封閉交通及禁止泊車至本周四(九月十七日),"
            "屆時將視乎工程進度再作安排。",
            "2020-09-15",
            [("位於福安街與大興街的一段石街將維持封閉交通及禁止泊車", "2020-09-15", "2020-09-17")],
            id="a-closure-maintained-until-a-day-runs-from-the-paper",
        ),
        pytest.param(
            "赶大集 买年货\n\n   某县新闻网    时间:2017-02-08 17:57\n\n王五 摄\n\n"
            "  1月25日,腊月二十八,是某镇大集,人们都赶集置办年货。\n",
            "2017-02-08",
            [("某镇大集", "2017-01-25", "2017-01-25")],
            id="a-sites-stamp-a-photo-credit-and-a-day-restated-by-its-lunar-date",
        ),
    ],
)
def test_rules_from_the_eleventh_sessions_batches(text, published, expected) -> None:
    layout_day = None if "时间:" not in text else dt.date.fromisoformat(published)
    found = extract_page(text, None if layout_day else dt.date.fromisoformat(published))
    if layout_day:
        assert found.published == layout_day
    got = [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found.events]
    assert got == expected


def test_a_notice_with_pinyin_after_its_characters_and_lost_indents_is_read_whole() -> None:
    text = (
        "某市公安局交警支隊(duì)關(guān)於(yú)2025某某風(fēng)箏音樂節(jié)期間對(duì)"
        "部分道路實(shí)行交通管制的通告\n"
        "??2025某某風(fēng)箏音樂節(jié)定於(yú)4月12日、13日在某某公園舉辦。\n"
        "??一、管制時(shí)間\n??4月11日21時(shí)至4月13日24時(shí)\n??二、管制區(qū)域\n"
    )
    found = events(text, dt.date(2025, 4, 8))
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in found] == [
        ("2025-04-12", "2025-04-13"),
        ("2025-04-11T21:00", "2025-04-13T23:59"),
    ]
    # (named in the page's own characters, its pinyin left out)
    assert (
        found[1].article
        == "某市公安局交警支隊關於2025某某風箏音樂節期間對部分道路實行交通管制的通告"
    )


def test_an_hour_paragraphs_on_at_which_the_happening_is_declared_open_is_its_start() -> None:
    text = (
        "2月27日上午,某区第十七届人民代表大会第四次会议在区机关会议室隆重开幕。\n"
        "大会主席团常务主席在主席台前排就座。\n"
        "上午9时,大会主持人宣布:本次大会应出席代表354人,出席320人,符合法定人数。"
        "某区第十七届人民代表大会第四次会议开幕!\n"
    )
    (event,) = events(text, dt.date(2024, 2, 27))
    assert moment_iso(event.start) == "2024-02-27T09:00"


def test_an_episodes_day_a_pictures_file_name_a_further_report_and_a_reporters_day() -> None:
    text = (
        "第735期:2021年2月5日某市文化局作客民生热线\n\nQQ图片20210205170333.jpg\n\n"
        "  直播时间:2021年2月05日11:00-12:00\n\n"
        "又讯(记者王五)2月5日,北青-北京头条记者从某市供水集团获悉,本月10日部分地区将停水。\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2021, 2, 5))
    ]
    assert [x[1:] for x in found] == [
        ("2021-02-05T11:00", "2021-02-05T12:00"),
        ("2021-02-10", "2021-02-10"),
    ]
    assert "jpg" not in found[0][0]


def test_a_window_field_on_a_page_with_no_headline_is_named_by_its_label() -> None:
    text = (
        "因某路污水管道渗漏导致地面塌陷,将对某路污水管道进行维修施工。\n"
        "施工期限:自2021年8月12日至2021年9月12日止。施工路段限速20km/h。\n"
    )
    (event,) = events(text, dt.date(2021, 8, 10))
    assert (event.title, moment_iso(event.start), moment_iso(event.end)) == (
        "施工",
        "2021-08-12",
        "2021-09-12",
    )


def test_a_digital_papers_page_line_is_no_event() -> None:
    text = (
        "上一版/ 01版:一版 /下一版  查看本版大图\n \n某某日报>> 2013年06月20日 >>01版:一版\n\n\n"
        "某县举办民俗文化节\n\n6月22日,某镇将举办文化节。\n"
    )
    assert periods(text, dt.date(2013, 6, 20)) == [("2013-06-22", "2013-06-22")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "二、6月15日8时至14时(农历五月二十日、星期日):某某大道自甲路口至乙路口,"
            "禁止中、重型货车通行。",
            "2025-06-11",
            [("某某大道自甲路口至乙路口", "2025-06-15T08:00", "2025-06-15T14:00")],
            id="a-day-restated-with-its-weekday-in-brackets-then-what",
        ),
        pytest.param(
            "一、6月14日19时(农历五月十九日、星期六)至6月15日14时(农历五月二十日、星期日):"
            "某湖东路全封闭。",
            "2025-06-11",
            [("某湖东路全封闭", "2025-06-14T19:00", "2025-06-15T14:00")],
            id="a-runs-last-day-restated-with-its-weekday",
        ),
        pytest.param(
            "本报讯 昨日,为期6天的2012春节某某文化庙会圆满落幕。",
            "2012-01-29",
            [("2012春节某某文化庙会圆满落幕", "2012-01-23", "2012-01-28")],
            id="a-length-said-of-what-closed-runs-back-from-the-close",
        ),
        pytest.param(
            "本报讯 1月17日下午,历时5天的某区政协五次会议圆满完成各项议程,在某市闭幕。"
            "会议号召全体委员团结奋进。\n\n下午5时,闭幕大会开始。现有委员514人。",
            "2017-01-18",
            [
                ("某区政协五次会议完成各项议程", "2017-01-13", "2017-01-17"),
                ("大会", "2017-01-17T17:00", "2017-01-17T17:00"),
            ],
            id="a-closing-ceremony-at-an-hour-on-a-runs-last-day",
        ),
        pytest.param(
            "本报讯 7月8日晚,为期6天的某区第十届民族运动会在某市开幕。\n\n"
            "20时30分,开幕式开始,12个代表团步入会场。",
            "2023-07-09",
            [
                ("某区第十届民族运动会", "2023-07-08", "2023-07-13"),
                ("开幕式", "2023-07-08T20:30", "2023-07-08T20:30"),
            ],
            id="an-opening-ceremony-at-an-hour-on-a-runs-first-day",
        ),
        pytest.param(
            "9月1日,某省伏季休渔期正式结束。在某渔港,渔民们举行了开海仪式。"
            "12点整,某总队长宣布开海,数百艘渔船驶向大海。",
            "2020-09-02",
            [("某省伏季休渔期结束", "2020-09-01T12:00", "2020-09-01T12:00")],
            id="an-hour-at-which-the-sea-is-declared-open",
        ),
    ],
)
def test_rules_from_the_fourteenth_sessions_batches(text, published, expected) -> None:
    found = events(text, dt.date.fromisoformat(published))
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found] == expected


def test_a_session_that_completed_its_agenda_is_a_meeting() -> None:
    (event,) = events("1月17日下午,某区政协会议圆满完成各项议程。", dt.date(2017, 1, 18))
    assert event.kind is Kind.MEETING


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "本报讯 庙会活动时间为2月14日至2月16日,其中,传统花灯展示将一直持续至2月23日。",
            "2014-02-10",
            [
                ("庙会活动", "2014-02-14", "2014-02-16"),
                ("传统花灯展示", "2014-02-14", "2014-02-23"),
            ],
            id="a-part-named-on-its-own-goes-on-from-the-runs-first-day",
        ),
        pytest.param(
            "本报讯 集中活动时间为7月20日—7月28日,部分乡村旅游活动时间将持续到8月下旬。",
            "2016-07-13",
            [
                ("集中活动", "2016-07-20", "2016-07-28"),
                ("部分乡村旅游活动", "2016-07-20", "2016-08-31"),
            ],
            id="a-part-with-its-own-time-goes-on-longer",
        ),
        pytest.param(
            "本报讯 展厅试运行时间为2015年12月14日至2016年2月29日。"
            "因筹备活动需要,新展厅闭馆至12月13日。",
            "2015-12-01",
            [
                ("展厅试运行", "2015-12-14", "2016-02-29"),
                ("新展厅闭馆", "2015-12-01", "2015-12-13"),
            ],
            id="closed-until-the-day-before-what-shares-its-words-starts",
        ),
    ],
)
def test_runs_and_their_parts_from_the_fourteenth_sessions_batches(
    text, published, expected
) -> None:
    found = events(text, dt.date.fromisoformat(published))
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found] == expected


def test_a_museums_dated_signature_at_the_end_of_its_notice_is_no_event() -> None:
    text = (
        "关于临时闭馆的公告 2021-04-11 因展厅设备安全检查需要,我馆将于2021年4月13日(周二)临时闭馆"
        "一天,次日(4月14日)起正常开放。 某某外国文物馆2021年4月9日"
    )
    assert periods(text, None) == [("2021-04-13", "2021-04-13"), ("2021-04-14", "2021-04-14")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "2023年某区迎春花市将于2023年1月16日(年廿五)—1月21日(年三十),在某广场举行。",
            "2022-12-20",
            [("某区迎春花市", "2023-01-16", "2023-01-21")],
            id="a-run-with-its-days-glossed-by-lunar-days-and-the-eve",
        ),
        pytest.param(
            "花市将于2023年1月16日(农历腊月廿五)—1月21日(除夕)举行。",
            "2022-12-20",
            [("花市", "2023-01-16", "2023-01-21")],
            id="the-eve-glossing-a-runs-last-day-names-nothing",
        ),
        pytest.param(
            "本报讯 年廿八当天,社区将组织居民大扫除。",
            "2023-01-10",
            [("居民大扫除", "2023-01-19", "2023-01-19")],
            id="a-day-of-the-last-lunar-month-said-from-the-old-year",
        ),
        pytest.param(
            "本报讯 7月25日,为期一周的某某第26届旅游“那达慕”大会在某草原开幕。",
            "2015-07-26",
            [("某某第26届旅游“那达慕”大会", "2015-07-25", "2015-07-31")],
            id="a-length-right-after-the-day-a-happening-opened",
        ),
    ],
)
def test_lunar_glosses_and_lengths_from_the_fourteenth_sessions_batches(
    text, published, expected
) -> None:
    found = events(text, dt.date.fromisoformat(published))
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found] == expected


def test_each_listed_night_runs_on_to_the_next_morning() -> None:
    text = "一、2020年12月24日、31日16时至次日凌晨2时,禁止社会车辆停放在某广场。"
    assert periods(text, dt.date(2020, 12, 20)) == [
        ("2020-12-24T16:00", "2020-12-25T02:00"),
        ("2020-12-31T16:00", "2021-01-01T02:00"),
    ]


def test_each_listed_day_keeps_the_hours_said_after_the_list() -> None:
    text = "11月15日、22日、29日下午2时至4时举办讲座。"
    assert periods(text, dt.date(2020, 11, 10)) == [
        ("2020-11-15T14:00", "2020-11-15T16:00"),
        ("2020-11-22T14:00", "2020-11-22T16:00"),
        ("2020-11-29T14:00", "2020-11-29T16:00"),
    ]


def test_days_open_as_usual_are_no_events() -> None:
    text = "现将2024年元旦假期开放时间安排如下:\n12月30日-1月1日正常开放。\n上午:8:30-12:00\n"
    assert periods(text, dt.date(2023, 12, 25)) == []


def test_listed_days_the_whole_place_opens_as_usual_are_no_events() -> None:
    text = (
        "某某图书馆2024年春节开放安排\n"
        "一、2月4日(星期日)、2月18日(星期日),全馆正常开放服务。\n"
        "二、2月17日(农历初八)全馆正常开放服务。\n"
    )
    assert periods(text, dt.date(2024, 2, 1)) == []


@pytest.mark.parametrize("opens", ["正常开放", "全馆正常开放"])
def test_a_day_opening_again_after_a_closure_is_its_end(opens: str) -> None:
    text = f"某某图书馆4月1日起闭馆维修,5月1日{opens}。"
    assert periods(text, dt.date(2024, 3, 20)) == [
        ("2024-04-01", "2024-04-30"),
        ("2024-05-01", "2024-05-01"),
    ]


def test_a_photos_caption_and_its_credit_date_no_happening() -> None:
    text = (
        "本报讯 2月6日,在某港码头,工作人员坚守岗位为上船旅客测量体温。某日报记者王某 摄\n\n"
        "2月7日,某免税城吸引不少市民游客前来选购免税商品。某日报记者苏某 摄\n\n"
        "图为去年端午期间,某某龙舟漂移赛现场。 某某日报记者 戴某 摄\n\n"
        "2月10日,某市将举办灯会。\n"
    )
    assert periods(text, dt.date(2021, 2, 8)) == [("2021-02-10", "2021-02-10")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param("9月15日、9月16日地铁运营服务时间不延长。", "2024-09-10", id="not-extended"),
        pytest.param(
            "今年某区在元宵节不再组织开展任何形式节庆活动。", "2022-02-10", id="no-longer-organised"
        ),
        pytest.param("每到4月初,万顷梨花竞相绽放。", "2019-03-30", id="whenever-it-comes"),
    ],
)
def test_what_will_not_happen_and_what_comes_every_year_are_no_events(text, published) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == []


def test_a_bare_day_inside_the_run_said_before_is_that_runs_day() -> None:
    text = (
        "本报讯 第六届文化大集将于8月13日至17日在某市举办。该手机报周一至周五每天以彩信形式发送。"
        "俄方开幕式时间为13日14时,中方开幕式时间为14日19时30分。"
    )
    assert [p for p in periods(text, dt.date(2015, 7, 29)) if "T" in p[0]] == [
        ("2015-08-13T14:00", "2015-08-13T14:00"),
        ("2015-08-14T19:30", "2015-08-14T19:30"),
    ]


def test_a_time_label_said_in_a_sentence_names_its_runs() -> None:
    text = (
        "本报讯 今年献血活动的主题为“学习践行二十大”。活动时间为今年2月1日至28日、7月1日至31日,"
        "为期两个月。"
    )
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text)] == [
        ("活动", "2023-02-01", "2023-02-28"),
        ("活动", "2023-07-01", "2023-07-31"),
    ]


def test_a_measures_hours_in_a_time_clause_after_the_day_said_before() -> None:
    text = "3月11日是农历二月初二。新城部分道路实行临时交通管制,时间为12时至活动结束。"
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2024, 3, 8))] == [
        ("新城部分道路实行临时交通管制", "2024-03-11T12:00")
    ]


def test_a_length_said_after_a_windows_close_lasts_nothing_more() -> None:
    text = "本报讯 本届赛事报名采用预报名模式,通道于8月8日14:00开启,8月18日17:00截止,为期10天。"
    assert periods(text, dt.date(2025, 8, 1)) == [("2025-08-08T14:00", "2025-08-18T17:00")]


def test_a_days_hours_after_a_colon_then_what_is_done() -> None:
    text = "二、6月22日:上午07:00—11:30 下午13:00—16:30,考点周边道路交通管制。"
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text)] == [
        ("考点周边道路交通管制", "2023-06-22T07:00", "2023-06-22T16:30")
    ]


def test_numbered_items_dated_right_after_their_number_share_a_time_field() -> None:
    text = (
        "某市\n1.4月27日,湖城之夏广场文化季启动仪式文艺晚会\n2.4月28日,百姓大舞台\n"
        "3.4月29日,梨园大戏台\n地点:玉皇阁广场,时间:每天晚上7时30分\n"
    )
    assert [
        (e.title, moment_iso(e.start), e.location) for e in events(text, dt.date(2018, 4, 27))
    ] == [
        ("湖城之夏广场文化季启动仪式文艺晚会", "2018-04-27T19:30", "玉皇阁广场"),
        ("百姓大舞台", "2018-04-28T19:30", "玉皇阁广场"),
        ("梨园大戏台", "2018-04-29T19:30", "玉皇阁广场"),
    ]


def test_listed_roads_with_their_hours_under_a_lead_that_closes_them() -> None:
    text = (
        "4月13日赛事期间,增加以下路段在管制时间内禁止一切车辆、行人通行:\n\n"
        "(一)好溪路(鼎湖桥头至名山桥头):5:30-12:00。\n\n(二)某省道(某路至某路口):7:00-11:00。\n"
    )
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text)][1:] == [
        ("好溪路(鼎湖桥头至名山桥头)", "2023-04-13T05:30", "2023-04-13T12:00"),
        ("某省道(某路至某路口)", "2023-04-13T07:00", "2023-04-13T11:00"),
    ]


def test_two_listed_races_one_character_apart_stay_two() -> None:
    text = (
        "(2)夏东村龙舟赛:6月20日,夏东村,时间14:00—17:00\n"
        "(3)夏北村龙舟赛:6月20日,夏北村,时间14:00—17:00\n"
    )
    assert [e.title for e in events(text, dt.date(2015, 6, 19))] == ["夏东村龙舟赛", "夏北村龙舟赛"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "首页\n今天是2019年4月12日星期五欢迎进入某市退役军人事务局\n\n"
            "某局开展清明祭扫活动\n4月5日,该局组织祭扫。",
            "2019-04-12",
            [("2019-04-05", "2019-04-05")],
            id="a-sites-clock",
        ),
        pytest.param(
            "首 页 组织机构 工作动态\n某社区开展猜灯谜活动\n"
            "【发布日期: 2016/2/18 】【来源: 某市委老干部局 】【阅读次数: 1388 】\n\n"
            "    2月15日,某社区组织居民举办猜灯谜活动。\n\n    社区工作人员提前通知居民。\n\n"
            "                              (2016-02-18    某市委老干部局)\n \n\n"
            "中共某市委老干部局版权所有 地址:某市三香路558号 邮编:215004\n",
            "2016-02-18",
            [("2016-02-15", "2016-02-15")],
            id="signed-in-brackets",
        ),
        pytest.param(
            "本报讯 某县概况:2019年末常住人口11.44万人。5月1日将举办节会。",
            "2020-04-01",
            [("2020-05-01", "2020-05-01")],
            id="a-year-end-figure",
        ),
        pytest.param(
            "本报讯 文号 357A05-10-2022-0234 关于活动的通知",
            "2022-10-06",
            [],
            id="a-documents-code",
        ),
    ],
)
def test_page_furniture_and_figures_dated_are_no_events(text, published, expected) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


def test_a_break_of_days_of_its_own_inside_a_longer_run_stays() -> None:
    text = (
        "一、“壮族三月三”期间,本自治区内全体公民放假2天,即3月30日、31日(农历三月初三、初四)放假。\n"
        "二、清明节放假时间为4月2日至4日。即“壮族三月三”和清明节放假时间为3月30日至4月4日。\n"
    )
    assert ("2017-03-30", "2017-03-31") in periods(text, dt.date(2017, 2, 21))


def test_every_years_quoted_festival_is_no_event() -> None:
    assert periods("每年农历“三月三”是广西公众假日。", dt.date(2017, 2, 21)) == []


def test_daily_hours_in_a_numbered_time_field_time_the_run_not_a_festival_frame() -> None:
    text = (
        "元宵节期间,以下路段交通管制:\n1、管制路段:某某街、某某路等重点路段实行交通管制。\n"
        "2、管制时间:2018年3月1日—3月3日共3天(农历正月十四至农历正月十六)。"
        "上午9:30—12:00;下午14:00—17:00;晚上19:00——活动结束。\n"
    )
    assert ("2018-03-01T09:30", "2018-03-03T12:00") in periods(text, dt.date(2018, 2, 27))


def test_a_consultations_start_and_end_fields_are_one_window_from_the_pages_day() -> None:
    text = (
        "调查征集\n关于征求《某新城城市中心公园设计方案》公众意见的公告\n"
        "开始日期:2019-08-19 截止日期:2019-09-18 状态: 已截止\n\n现就设计方案征求公众意见。\n"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2019, 8, 19)
    assert [(moment_iso(e.start), moment_iso(e.end)) for e in page.events] == [
        ("2019-08-19", "2019-09-18")
    ]


def test_a_day_alone_under_a_tables_row_number_is_no_signature() -> None:
    text = (
        "贵州省推出百场民俗节庆活动。\n\n1\n\n7月1日\n\n桐梓记忆浓情“粽”意\n\n桐梓记忆\n\n"
        "以组织包粽子等传统习俗,共度节日。\n\n3\n\n7月1日-8月20日\n\n灯光展\n\n花香龙泉景区\n"
    )
    assert ("2023-07-01", "2023-08-20") in periods(text, dt.date(2023, 7, 26))


def test_dated_lines_under_a_time_heading_are_named_by_it_not_by_the_next_section() -> None:
    text = (
        "二、管制时间:\n6月22日:上午07:00—11:30 下午13:00—16:30\n"
        "6月24日:上午07:00—12:00 下午13:00—17:10\n三、注意事项:\n1、请家长做到即停即走。\n"
    )
    assert [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2024, 6, 21))] == [
        ("管制", "2024-06-22T07:00"),
        ("管制", "2024-06-24T07:00"),
    ]


def test_a_time_field_said_later_gives_the_happening_its_hours() -> None:
    text = (
        "本报讯 记者昨日获悉,2015年1月1日晚,阔别2个月之久的某洲周末焰火晚会又将与市民见面。\n"
        "此次焰火晚会主题是《忆江南》,燃放时间为2015年1月1日晚8时30分,燃放时间持续20分钟。\n"
    )
    assert periods(text, dt.date(2014, 12, 31)) == [("2015-01-01T20:30", "2015-01-01T20:30")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "本报讯 9月5日,第二届金秋采摘节正式拉开帷幕。区政协副主席出席开幕式。\n"
            "上午9点18分,采摘节在精彩的文艺演出中拉开序幕,歌舞节目轮番上演。",
            "2020-09-08",
            [("2020-09-05T09:18", "2020-09-05T09:18")],
            id="the-festival-named-opening-at-an-hour",
        ),
        pytest.param(
            "本报讯 10月27日上午,百余名冬泳爱好者欢聚某河畔,参加百名冬泳健儿畅游某河活动。\n"
            "  上午10点,启动仪式在某别苑小木屋广场举行,某公司负责人致欢迎词。",
            "2016-10-28",
            [("2016-10-27T10:00", "2016-10-27T10:00")],
            id="its-launch-ceremony-held-at-an-hour",
        ),
    ],
)
def test_an_hour_opening_the_next_paragraph_on_the_happening_opening(
    text, published, expected
) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


def test_a_sitting_on_a_line_of_its_own_and_a_measure_timed_under_its_heading() -> None:
    text = (
        "2024年中考将于6月20日至22日进行。为营造良好考试环境,某县交警大队依据有关规定,"
        "在中考期间对考点周边路段实行交通管制。\n\n一、交通管制时间\n\n  2024年6月20日至6月22日\n\n"
        "  上午7:30—12:00  \n\n  下午13:30—18:00\n\n二、交通管制路段\n\n  某中学考点:文化路全段。\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2024, 6, 14))
    ]
    assert found == [
        ("中考", "2024-06-20", "2024-06-22"),
        ("考点周边路段交通管制", "2024-06-20T07:30", "2024-06-22T18:00"),
    ]


def test_daily_hours_in_the_sentence_giving_a_runs_end_are_the_runs() -> None:
    text = (
        "1月17日晚,某园灯会暨庙会盛大开幕。万盏花灯齐绽放。"
        "此次灯会将持续到3月27日,每日亮灯时间为18时至22时。\n"
    )
    assert periods(text, dt.date(2020, 1, 19)) == [("2020-01-17T18:00", "2020-03-27T22:00")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "一、2月16日—18日晚(除夕至初二),某市景观灯开灯时间为18时45分,"
            "关灯时间统一延长至次日零时30分。\n",
            "2026-02-10",
            [("2026-02-16T18:45", "2026-02-19T00:30")],
            id="opening-and-closing-labels-the-close-past-midnight",
        ),
        pytest.param(
            "三、2月15日、19日—23日晚,某市景观灯开灯时间为18时45分,关灯时间为22时30分"
            "(某古镇景观灯关灯时间,按上述时间延后半小时,即23时关灯)。\n",
            "2026-02-10",
            [("2026-02-15T18:45", "2026-02-15T22:30"), ("2026-02-19T18:45", "2026-02-23T22:30")],
            id="a-day-and-a-run-listed-and-a-closing-note",
        ),
        pytest.param(
            "长跑将于12月31日9:30在某大道鸣枪起跑,预计11:30结束。\n",
            "2015-12-29",
            [("2015-12-31T09:30", "2015-12-31T11:30")],
            id="a-closing-hour-ends-the-day-told",
        ),
    ],
)
def test_opening_and_closing_hours_told_apart(text, published, expected) -> None:
    assert sorted(periods(text, dt.date.fromisoformat(published))) == expected


def test_an_outages_stop_field_and_its_end_field_a_few_lines_on_are_one_outage() -> None:
    text = (
        "市民请留意,这些地方计划停水:\n\n【某区某路】\n\n停水时间:2021年11月2日23:00\n\n"
        "停水原因:配合地铁道路建设 DN400供水管道施工\n\n预计完工时间:2021年11月3日6:00\n\n"
        "停水减压区域:某路沿线用户无水\n"
    )
    assert periods(text, dt.date(2021, 11, 2)) == [("2021-11-02T23:00", "2021-11-03T06:00")]


def test_a_numbered_items_time_field_is_named_by_the_items_head() -> None:
    text = (
        "近期对城区道路进行封闭施工,具体如下:\n"
        "1、东海大道(黄山大道-秦集路):对南侧非机动车道分段全封闭施工。"
        "封闭时间:2022年9月20日-2022年11月11日。\n"
        "2、长盛路(迎河路-朝阳路):对道路分段全封闭施工。封闭时间:2022年9月20日-2022年11月6日。\n"
    )
    assert [e.title for e in events(text, dt.date(2022, 9, 19))] == [
        "东海大道(黄山大道-秦集路)封闭",
        "长盛路(迎河路-朝阳路)封闭",
    ]


def test_a_labelled_items_time_field_is_named_by_its_first_sentence() -> None:
    text = (
        "自来水公司将对陇海路下面的管道进行迁移作业。\n"
        "区域1:陇海路(桐柏路—工人路)道路两侧。停水时间:7月17日21:00至18日21:00。\n"
        "区域2:陇海路(工人路—嵩山路)道路两侧。停水时间:7月17日21:00至19日23:00。\n"
    )
    assert [e.title for e in events(text, dt.date(2013, 7, 16))] == [
        "陇海路(桐柏路—工人路)道路两侧停水",
        "陇海路(工人路—嵩山路)道路两侧停水",
    ]


def test_the_brackets_a_day_restated_in_them_left_are_no_part_of_a_name() -> None:
    text = "停水期间,我公司将在南湖花园东门设置临时供水点(8:30—19:30)。"
    found = events("12月3日8:00至20:00停水。" + text, dt.date(2024, 12, 1))
    assert all("()" not in e.title for e in found)
    assert "我公司将在南湖花园东门设置临时供水点" in [e.title for e in found]


def test_a_festivals_hours_to_the_next_morning_are_no_part_of_the_name() -> None:
    (e,) = events("牛车水广场将在除夕晚上9时至次日凌晨1时举办线下倒数派对。", dt.date(2023, 1, 10))
    assert e.title == "除夕线下倒数派对"


def test_a_length_gone_through_before_a_day_is_no_run_of_it() -> None:
    text = "经过为期1个月的施工,区服务中心今天举行揭幕活动。"
    assert periods(text, dt.date(2021, 1, 21)) == [("2021-01-21", "2021-01-21")]
    text = "为期两周的社区教育节昨日上午开幕。"
    assert periods(text, dt.date(2021, 1, 21)) == [("2021-01-20", "2021-02-02")]


def test_an_opening_said_apart_is_the_first_phase_it_opens() -> None:
    text = (
        "今天(7月5日),2024某区青少年公益夏令营正式开营。\n"
        "据介绍,夏令营分两期进行,第一期7月5日到7月19日,第二期7月22日到8月2日。"
    )
    found = events(text, dt.date(2024, 7, 5))
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found] == [
        ("2024某区青少年公益夏令营第一期", "2024-07-05", "2024-07-19"),
        ("第二期", "2024-07-22", "2024-08-02"),
    ]


def test_a_time_line_after_labelled_phases_times_each() -> None:
    text = "托管班分两期:第一期7月8日至7月24日,第二期7月27日至8月14日,每天上午8:30至下午4:30。"
    assert periods(text, dt.date(2026, 7, 6)) == [
        ("2026-07-08T08:30", "2026-07-24T16:30"),
        ("2026-07-27T08:30", "2026-08-14T16:30"),
    ]


def test_one_typed_for_the_dash_between_two_days() -> None:
    text = "7月17日一23日,将举办“凉山彝族火把节”。5月1日一早,市民出发。"
    assert periods(text, dt.date(2017, 7, 4)) == [
        ("2017-07-17", "2017-07-23"),
        ("2017-05-01", "2017-05-01"),
    ]
    text = "社区暑托班开办日期为7月12日一8月25日,不收取托管服务费。"
    assert periods(text, dt.date(2022, 7, 1)) == [("2022-07-12", "2022-08-25")]


def test_the_end_expected_in_brackets_ends_a_run_until_the_race_ends() -> None:
    text = (
        "某报记者某某报道:2020某市国际公路自行车赛将分别于10月11日和10月16日举行。\n"
        "一、东山赛段:\n1、比赛时间:10月11日(周日)09:00至比赛结束(预计时间12:45)。\n"
        "二、西山赛段:\n1、比赛时间:10月16日(周五)10:00至比赛结束(预计时间14:05)。\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2020, 10, 9))
    ]
    assert found == [
        ("2020某市国际公路自行车赛", "2020-10-11T09:00", "2020-10-11T12:45"),
        ("2020某市国际公路自行车赛", "2020-10-16T10:00", "2020-10-16T14:05"),
    ]


def test_a_listing_items_name_over_its_description_names_its_time_field() -> None:
    text = (
        "元宵灯会精彩纷呈!\n某镇暖春灯会\n某镇暖春灯会由灯彩展示、互动演艺、新春集市三部分组成。\n"
        "时间:即日起-2月25日17:00-22:00\n地点:某古镇\n"
        "某老街春节灯会\n今年的某老街,不仅有特色灯会,还有精彩纷呈的传统文化活动。\n"
        "时间:即日起-2月29日 18:00-21:30\n地点:某老街\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2024, 2, 23))
    ]
    assert found == [
        ("某镇暖春灯会", "2024-02-23T17:00", "2024-02-25T22:00"),
        ("某老街春节灯会", "2024-02-23T18:00", "2024-02-29T21:30"),
    ]


def test_a_sites_stamp_left_in_a_page_without_line_breaks_dates_it_and_no_event() -> None:
    text = (
        "某市博物馆暂停对外开放! 文化旅游 某某在线 2022-03-10 11:38 3月8日,某市博物馆发布暂停开放"
        "公告。某市博物馆自2022年3月8日(星期二)起暂停开放,恢复开放时间另行通知。"
    )
    page = extract_page(text, None)
    assert page.published == dt.date(2022, 3, 10)
    assert [moment_iso(e.start) for e in page.events] == ["2022-03-08"]


def test_a_part_of_day_labelling_its_hours_and_a_heading_naming_a_schedule() -> None:
    text = (
        "某市公安局交通警察大队关于高考期间实行交通管制的通告\n\n"
        "2023年普通高校招生全国统一考试将于6月7日至9日举行。\n\n"
        "为确保高考顺利进行,对考点周边道路实行交通管制。\n\n一、交通管制路段\n\n"
        "某中学考点:某路全段。\n\n某小学考点:某街全段。\n\n某初中考点:某大道全段。\n\n"
        "禁止通行时间\n\n2023年6月7日\n\n"
        "上午:07:30-12:30\n\n下午:13:30-18:00\n\n2023年6月8日\n\n上午:07:30-11:15\n\n"
        "下午:13:30-18:00\n\n三、注意事项\n\n管制期间禁止机动车通行。\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2023, 6, 6))
    ]
    assert found[1:] == [
        ("禁止通行", "2023-06-07T07:30", "2023-06-07T18:00"),
        ("禁止通行", "2023-06-08T07:30", "2023-06-08T18:00"),
    ]


def test_a_little_later_or_earlier_is_no_hour() -> None:
    text = "6月7日,高考首日,送考的家长要么晚一点,要么早一点出门,尽量错峰出行。"
    assert periods(text, dt.date(2016, 6, 6)) == [("2016-06-07", "2016-06-07")]


def test_hours_said_later_of_what_listed_days_do_are_theirs() -> None:
    text = (
        "这些演出的时间、地点、领票注意事项是:12月22日在某剧场演出越调《收姜维》,12月21日在某剧场"
        "领票;12月23日在某剧场演出越调《赵一曼》,12月22日在某剧场领票。需要注意的是,市民须携带"
        "居民身份证于9时至11时现场领票。"
    )
    assert periods(text, dt.date(2025, 12, 20)) == [
        ("2025-12-22", "2025-12-22"),
        ("2025-12-21T09:00", "2025-12-21T11:00"),
        ("2025-12-23", "2025-12-23"),
        ("2025-12-22T09:00", "2025-12-22T11:00"),
    ]


def test_an_hour_paragraphs_on_that_raises_the_curtain_and_a_restated_today() -> None:
    text = (
        "劈波斩浪,百舸争流。今(6月20日)日上午,某市第三届龙舟公开赛总决赛在某江水域正式开赛。\n"
        "夏日朝阳带着暖风挥洒在江两岸,记者在现场看到,两岸观众云集。\n"
        "据悉,此次比赛公开组设置22人龙舟200米、500米直道竞速2个竞技项目。\n"
        "上午9点,随着发令声响起,各队龙舟团结一致、破浪前行,比赛进入高潮。\n"
    )
    found = [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2023, 6, 21))]
    assert found == [("某市第三届龙舟公开赛总决赛", "2023-06-20T09:00")]


def test_a_measure_told_as_a_run_takes_the_hours_of_its_schedule() -> None:
    text = (
        "6月7日至9日,某区高考考点周边3条道路禁止通行!\n"
        "2025年普通高等学校招生考试工作将于6月7日至9日举行,现将有关事项公告如下:\n"
        "禁止通行路段\n某中学考点:育才路全段。\n禁止通行时间\n"
        "6月7日:8:00-12:00 14:00-17:30。\n6月8日:8:00-11:00 14:00-17:30。\n"
        "6月9日:7:30-12:45 13:30-18:45。\n注意事项\n考点周边禁止鸣笛。\n"
    )
    found = [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2025, 5, 29))
    ]
    assert ("某区高考考点周边3条道路禁止通行", "2025-06-07T08:00", "2025-06-09T18:45") in found
    assert ("禁止通行", "2025-06-09T07:30", "2025-06-09T18:45") in found


def test_a_quoted_papers_reporter_in_brackets_leads_no_title() -> None:
    text = (
        "某花文化节4月10日开幕\n"
        "据某某日报(记者 王明)3月28日下午,由某协会主办的某花文化节在某市举行新闻发布会。\n"
    )
    titles = [e.title for e in events(text, dt.date(2019, 3, 30))]
    assert titles and not any("记者" in t for t in titles)


def test_one_name_in_another_word_order_is_one_happening_at_its_hours() -> None:
    text = (
        "2017年某县“迎端午促和谐”民俗龙舟大赛公告\n"
        "县委、县人民政府决定于2017年5月28日在县文化广场河段举办“迎端午促和谐”某县2017年"
        "民俗龙舟大赛。现将有关事项公告如下:\n"
        "一、比赛时间:2017年5月28日上午9:00,在城厢社区码头河段水域。\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2017, 5, 24))]
    assert found == [("2017-05-28T09:00", "2017-05-28T09:00")]


def test_a_works_term_under_its_heading_and_a_date_field_under_the_pages_date() -> None:
    term = (
        "广大群众:\n某县某公路改扩建工程经批准建设,在施工期间进行交通管制,现公告如下:\n"
        "一、施工期限\n2025年10月9日至2026年3月31日。\n二、项目主要内容\n对某路段施工。\n"
        "三、相关事宜\n施工期间,严禁非施工人员进入施工区域。\n四、绕行路线\n请过往车辆绕行某公路。\n"
        "某县交通运输局\n2025年10月31日\n"
    )
    assert periods(term, dt.date(2025, 10, 31)) == [("2025-10-09", "2026-03-31")]
    field = (
        "关于某国道沥青路面养护工程道路施工的通告\n日期:2024-06-25\n\n广大市民朋友:\n\n"
        "因某路段实施路面施工,现将有关事项通告如下:\n\n一、施工路段:国道某段。\n\n"
        "二、施工日期:2024年6月25日至2024年7月16日。\n\n三、施工方案:半幅断道施工。\n"
    )
    assert ("2024-06-25", "2024-07-16") in periods(field, None)


def test_a_papers_reporters_after_a_sites_dateline_lead_no_title() -> None:
    text = (
        "某省博物馆暑期延时开放\n"
        "某某网/某某客户端讯 某某日报全媒体记者王明 实习生李亮报道:今年暑假,“博物馆热”持续升温。"
        "自2025年7月1日至2025年8月20日期间,省博物馆实施延时开放政策。\n"
    )
    titles = [e.title for e in events(text, dt.date(2025, 7, 11))]
    assert titles and not any("记者" in t or "报道" in t for t in titles)


def test_a_closure_until_the_works_end_is_named_by_what_follows() -> None:
    text = (
        "关于某路段临时交通管制的通告\n现通告如下:\n"
        "一、从2025年3月9日至施工结束(工期约3.5个月),对乐园路实行临时交通管制。\n"
    )
    titles = [e.title for e in events(text, dt.date(2025, 3, 7))]
    assert titles and not any("施工结束" in t for t in titles)


def test_an_editions_year_opening_a_name_does_not_make_two_happenings() -> None:
    text = (
        "某湖国际马拉松赛9月鸣枪\n"
        "    在近日召开的新闻发布会上,某市副市长王明称,2016某湖国际马拉松赛将于9月24日在某湖"
        "马拉松广场鸣枪开赛。\n"
        "    王明说,2016某湖国际马拉松赛由某省体育局主办,赛事将于2016年9月24日7时30分在某湖"
        "马拉松广场鸣枪开赛。\n"
    )
    found = [(moment_iso(e.start), moment_iso(e.end)) for e in events(text, dt.date(2016, 7, 27))]
    assert found == [("2016-09-24T07:30", "2016-09-24T07:30")]


def test_places_each_over_its_days_name_them() -> None:
    text = (
        "春假安排出炉\n浙江其他地市\n\n某甲市\n\n4月28日至30日。\n\n某乙市\n\n4月29日至30日,5月6日。\n\n"
        "某丙市\n\n4月28日至30日。\n\n湖州市\n\n4月29日至30日,5月6日。\n\n温州市\n\n4月28日至30日。\n\n"
        "注:具体假期安排以各地教育局通知为准,可向当地教育局了解。\n\n责任编辑:王明\n"
    )
    found = sorted((e.title, moment_iso(e.start)) for e in events(text, dt.date(2026, 3, 5)))
    assert ("某丙市", "2026-04-28") in found and ("湖州市", "2026-04-29") in found
    assert ("温州市", "2026-04-28") in found and ("某乙市", "2026-05-06") in found


def test_months_still_to_run_with_what_will_be_done_in_them_are_a_campaign() -> None:
    planned = "春节前后是劳动力流动黄金期。1至3月,某市全市将联动举办春风行动专场招聘会不少于400场。"
    assert periods(planned, dt.date(2026, 1, 28)) == [("2026-01-01", "2026-03-31")]
    counted = "1至3月,某市共举办专场招聘会400场,提供岗位15万个。"
    assert periods(counted, dt.date(2026, 4, 2)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "随着龙年春节的脚步渐行渐近,某市的年味越来越浓。12日,某市象棋快棋赛将在某社区举行。",
            "2024-02-08",
            [("2024-02-12", "2024-02-12")],
            id="only-drawing-near-its-clause-saying-nothing-more-it-is-none",
        ),
        pytest.param(
            "某社区在端午節即將來臨之際舉辦包粽子比賽。",
            "2017-04-19",
            [("2017-05-28", "2017-05-30")],
            id="a-festival-with-a-break-of-its-own-drawing-near",
        ),
        pytest.param(
            "县领导在2023年春节来临之际走访慰问困难群众。",
            "2023-01-17",
            [("2023-01-21", "2023-01-27")],
            id="with-its-year",
        ),
        pytest.param(
            "端午小长假即将到来,某市各景区推出多项优惠活动。",
            "2019-06-01",
            [("2019-06-07", "2019-06-09")],
            id="its-break-said-drawing-near",
        ),
        pytest.param(
            "庆丰年,迎中秋,某县花卉节开幕。",
            "2018-09-17",
            [("2018-09-22", "2018-09-24")],
            id="greeted",
        ),
    ],
)
def test_a_festival_drawing_near_is_its_break(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "转眼间,春节马上就要到啦,某区推出春节文化活动大餐。",
            "2017-01-17",
            [("2017-01-27", "2017-02-02")],
            id="the-spring-festival-drawing-near-is-its-break",
        ),
        pytest.param(
            "开启你的“五一”某某奇妙之旅,10个文博场馆推出寻宝探展活动。",
            "2019-04-30",
            [("2019-05-01", "2019-05-04")],
            id="a-quoted-may-day-is-its-break",
        ),
        pytest.param(
            "春节当天上午9时,社区将在文化广场举办包饺子活动。",
            "2017-01-17",
            [("2017-01-28T09:00", "2017-01-28T09:00")],
            id="the-festivals-own-day-stays-a-day",
        ),
        pytest.param(
            "今天是“十一”国庆节,近4800名读者走进首都图书馆。",
            "2023-10-01",
            [("2023-10-01", "2023-10-01")],
            id="today-said-to-be-the-festival-is-its-day",
        ),
    ],
)
def test_a_festival_named_bare_for_its_public_holiday_is_the_break(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


def test_a_signature_run_into_the_issuer_with_its_full_stop_is_no_event() -> None:
    text = (
        "我局组织开展推荐活动。公示时间为2023年5月4日至2023年5月11日,如对公示有异议,请在公示期内"
        "提出,联系电话:028-82766571某市某区文化体育和旅游局2023年5月4日。"
    )
    assert periods(text, dt.date(2023, 5, 4)) == [("2023-05-04", "2023-05-11")]


def test_a_requests_day_and_number_in_a_queue_is_no_event() -> None:
    text = "采访申请流程\n06月08日 21315203 受理中\n02月16日 21315167 已办结\n"
    assert periods(text, dt.date(2018, 6, 20)) == []


def test_an_hour_said_again_of_a_run_of_hours_that_opens_then_is_one_happening() -> None:
    text = (
        "某市大型义诊活动将于8月16日(周三)上午8时到11时,在五四广场举行。专家提醒,参加义诊的"
        "市民可以在8月16日(周三)上午8时到现场,并在相应专家义诊区排队有序就医。"
    )
    assert periods(text, dt.date(2023, 8, 15)) == [("2023-08-16T08:00", "2023-08-16T11:00")]


def test_a_signature_over_a_tables_bars_and_the_print_button_is_no_event() -> None:
    text = (
        "现对拟命名的无烟家庭予以公示,公示期为4月30日至5月6日。如有异议,请向市卫生健康委反映。"
        " 联系电话:0631-5300016。 某市卫生健康委员会 2021年4月30日\n| ||||\n打印本页 关闭窗口 |\n"
    )
    assert periods(text, dt.date(2021, 4, 30)) == [("2021-04-30", "2021-05-06")]


def test_a_quoted_festival_naming_a_song_fair_dated_by_its_run_is_its_name() -> None:
    text = "2013年中国壮乡·某县“三月三”歌圩暨骆越文化旅游节将于4月11日至15日举行。"
    assert periods(text, dt.date(2013, 4, 10)) == [("2013-04-11", "2013-04-15")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "海南岛内三大机场春节假期前六天累计完成航班起降6474架次。", id="its-first-days-counted"
        ),
        pytest.param("运输旅客122万人次。(完)\n- 专题:网络中国节·春节\n", id="a-pages-topic"),
    ],
)
def test_a_festival_that_dates_no_happening(text: str) -> None:
    assert periods(text, dt.date(2024, 2, 16)) == []


def test_a_closure_lifted_at_an_hour_and_a_days_heading_over_dated_items() -> None:
    text = (
        "“环某省”自行车赛交通管制通告\n10月16日管制事项\n"
        "1、10月16日8时起至比赛结束,禁止危险品运输车、货车进入赛道。\n"
        "2、10月16日11时30分起,S208省道至两江路口禁止车辆通行,预计15时45分解除交通管制。\n"
    )
    assert periods(text, dt.date(2023, 10, 16)) == [
        ("2023-10-16T08:00", "2023-10-16T08:00"),
        ("2023-10-16T11:30", "2023-10-16T15:45"),
    ]


def test_a_month_people_have_their_birthday_in_is_no_event() -> None:
    text = "4月17日下午,区政协举办委员集体生日会,四月份过生日的委员及政协之友代表参加活动。"
    assert periods(text, dt.date(2025, 4, 23)) == [("2025-04-17", "2025-04-17")]


def test_a_sites_greeting_clock_and_weather_label_are_no_events() -> None:
    text = (
        "您好!今天是 某某网全新改版 服务电话:0971-6164238 设为首页 | 加入收藏 |\n"
        "今日天气: 站内搜索:\n环湖赛将于3月22日开赛。\n"
    )
    assert periods(text, dt.date(2011, 1, 19)) == [("2011-03-22", "2011-03-22")]


def test_this_years_festival_just_past_still_running_is_not_next_years() -> None:
    text = "此次春节文化“大餐”将延续至正月十五前后。"
    assert periods(text, dt.date(2023, 1, 29)) == [("2023-01-21", "2023-02-05")]


def test_an_opening_then_how_long_it_is_expected_to_last() -> None:
    text = "某某塔古塔会将在今晚(正月十五)以灯谜活动的形式正式拉开序幕,预计持续十天。"
    assert periods(text, dt.date(2018, 3, 2)) == [("2018-03-02", "2018-03-11")]


def test_a_time_field_opening_a_page_is_named_by_the_content_field_below() -> None:
    text = (
        "时间:11月2日(本周六)\n9∶00—11∶00\n地点:雷锋广场(人民公园西侧)\n活动内容:\n"
        "1.消防主题活动:宣传消防安全知识。\n2.法律主题活动:法律咨询台。\n"
    )
    found = events(text, dt.date(2024, 11, 1))
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in found] == [
        ("消防主题活动", "2024-11-02T09:00", "2024-11-02T11:00")
    ]


def test_a_forecast_of_cold_air_and_an_outlook_are_no_events() -> None:
    text = (
        "据悉,1月23日至24日冷空气将持续补充,其中23日阴天有小雨,最低气温4℃—5℃,体感非常寒冷;"
        "24日以多云为主,北风减弱;展望25日—27日多云间晴,气温逐渐回升,早晚仍寒冷。"
    )
    assert periods(text, dt.date(2024, 1, 23)) == []


def test_a_forecast_of_rain_developing_and_clearing_is_no_event() -> None:
    text = "今天我省降水减弱间歇,明后天我省又有降水发展,后天又开始一轮降水,持续到周末才转晴。"
    assert periods(text, dt.date(2012, 3, 5)) == []


def test_a_sites_menu_of_local_editions_is_no_event() -> None:
    text = (
        "今日成都 今日新都 今日温江 今日双流 今日郫都 今日简阳 今日彭州 今日邛崃 今日崇州 今日金堂"
        " 今日大邑 今日蒲江 今日新津 今日都江堰\n"
        "地方网 > 四川 > 成都市 > 今日成都 > 正文\n\n50余项新春嘉年华活动邀你“公园里过年”\n\n"
        "来源:某某都市报 2021-02-04 02:45\n2月11日,某区将举办灯会。\n"
    )
    assert periods(text, None) == [("2021-02-11", "2021-02-11")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "因施工需要,临时封闭某某线右幅。封闭期限:2021年6月1日至2021年6月30日。",
            "2021-06-04",
            [("2021-06-01", "2021-06-30")],
            id="a-closures-term-field",
        ),
        pytest.param(
            "关于封闭某某线段右幅道路施工的通告 某某日报 2021-06-04 12:06 近段时间受雨水影响,"
            "需对山体进行防护加固。特此通告某某市公路事务中心2021年6月1日新闻推荐群众办事更加便捷",
            "2021-06-04",
            [],
            id="a-papers-stamp-and-a-signature-before-related-news",
        ),
        pytest.param(
            "春节期间,某某博物馆举办两大精品展。《丹青有约——某某六家中国画小品展》,展览截至2月9日。",
            "2020-01-23",
            [("2020-01-24", "2020-01-30"), ("2020-01-23", "2020-02-09")],
            id="an-exhibition-said-to-run-until-a-day",
        ),
    ],
)
def test_terms_stamps_and_runs_of_notices_and_shows(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, dt.date.fromisoformat(published)) == expected


def test_a_closure_until_the_day_a_hall_opens_normally_again() -> None:
    text = "2018年4月28日起,某某博物馆古代雕塑馆临时闭馆,预计于5月10日起正常开放。"
    assert periods(text, dt.date(2018, 4, 26)) == [
        ("2018-04-28", "2018-05-09"),
        ("2018-05-10", "2018-05-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "5月13日,2006年市民文化大讲堂开讲。今年大讲堂将持续到年底,主办单位每月月初会在报纸和"
            "电视台预告当月的讲座。",
            id="every-months-own",
        ),
        pytest.param(
            "5月13日,2006年市民文化大讲堂开讲。今年大讲堂将持续到年底。如当月报名人员超过限定名额,"
            "按报名先后顺序确定。",
            id="a-case-of-any-month",
        ),
    ],
)
def test_this_month_said_of_any_month_is_no_event(text: str) -> None:
    assert periods(text, dt.date(2006, 6, 3)) == [("2006-05-13", "2006-12-31")]


def test_a_run_from_yesterday_noted_by_its_day_to_a_hao_day() -> None:
    text = "首届“市民健康周”以“健康先行”为主题,昨天(13)起到20号,全区医院将开展120场科普活动。"
    assert periods(text) == [("2023-04-13", "2023-04-20")]


@pytest.mark.parametrize(
    ("text", "title", "location"),
    [
        pytest.param(
            "为丰富群众节日生活,城关镇将在人民广场举办端午节龙舟文化展演活动。",
            "端午节龙舟文化展演活动",
            "人民广场",
            id="held-at-a-place",
        ),
        pytest.param(
            "县委县政府将举行2024年春节团拜会。", "2024年春节团拜会", None, id="year-and-festival"
        ),
        pytest.param(
            "街道将于中秋节在文化广场举办游园活动。",
            "中秋节游园活动",
            "文化广场",
            id="festival-as-its-day",
        ),
    ],
)
def test_a_festival_opening_the_name_of_what_is_held_names_it(
    text: str, title: str, location: str | None
) -> None:
    [e] = events(text, dt.date(2024, 1, 5))
    assert (e.title, e.location) == (title, location)


def test_a_happening_told_twice_keeps_the_hours_and_place_only_the_other_statement_gives() -> None:
    from extractors.events.titles import dedupe
    from extractors.model import Event, Kind

    day = dt.date(2025, 2, 12)
    kept = Event("元宵晚会", day, day, Kind.ACTIVITY, True, "三是推出元宵晚会", confidence=0.8)
    at = dt.datetime(2025, 2, 12, 20, 0)
    told = Event(
        "元宵节晚会", at, at, Kind.ACTIVITY, True, "…晚会将在大剧院上演", "大剧院", confidence=0.6
    )
    [e] = dedupe([kept, told])
    assert (e.title, e.start, e.location) == ("元宵晚会", at, "大剧院")


def test_a_headline_telling_the_first_day_of_a_closure_is_that_closure() -> None:
    text = (
        "某某公告!今起闭馆!\n\n"
        "为保证施工安全,某某寺保管所需要进行闭馆整改施工,闭馆时间自2023年6月8日至7月23日。\n\n"
        "特此公告\n"
    )
    assert periods(text, dt.date(2023, 6, 8)) == [("2023-06-08", "2023-07-23")]


def test_each_days_measure_until_the_happening_ends_ends_that_day() -> None:
    text = (
        "一、交通管制时间\n"
        "2026年3月2日,北京时间10:00至活动结束(预演);\n"
        "2026年3月3日,北京时间10:00至活动结束(正式演出)。\n"
    )
    assert [day_of(e.end) for e in events(text, dt.date(2026, 2, 28))] == [
        dt.date(2026, 3, 2),
        dt.date(2026, 3, 3),
    ]


def test_listed_days_each_with_its_own_name_are_named_each_by_it() -> None:
    text = (
        "寒假期间,少儿馆放映电影,片目为:"
        "正月初一《冰雪奇缘》、正月初二《寻梦环游记》、正月初三《疯狂动物城》。"
    )
    assert [e.title for e in events(text, dt.date(2024, 1, 20))] == [
        "《冰雪奇缘》",
        "《寻梦环游记》",
        "《疯狂动物城》",
    ]
    # days sharing one name keep it
    text = "市民之家在10月3日、10月6日两天开设“假日窗口”,办理社保等事项。"
    assert {e.title for e in events(text, dt.date(2023, 9, 28))} == {"市民之家"}


def test_a_session_opening_at_an_hour_runs_to_its_closing_said_later() -> None:
    text = (
        "今天上午9时,某省第十三届人民代表大会第二次会议将在省人民会堂开幕。"
        "代表们将审议政府工作报告。省十三届人大二次会议将于14日上午闭幕。"
    )
    [e] = events(text, dt.date(2024, 1, 10))
    assert (moment_iso(e.start), day_of(e.end)) == ("2024-01-10T09:00", dt.date(2024, 1, 14))


def test_a_shows_term_runs_from_the_papers_day_named_by_the_clause_before() -> None:
    text = "下午3点,街道老年大学将在社区文化活动中心举办书画作品展,展期至10月20日。"
    assert [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2024, 10, 11))
    ] == [("书画作品展", "2024-10-11", "2024-10-20")]


def test_a_ceremonys_hour_does_not_begin_the_run_said_after_it() -> None:
    text = "明信片展于今日下午6时30分在博物馆大堂举行开幕仪式。展期至2021年4月18日,欢迎公众参观。"
    assert periods(text, dt.date(2020, 9, 25)) == [
        ("2020-09-25T18:30", "2020-09-25T18:30"),
        ("2020-09-25", "2021-04-18"),
    ]


def test_a_digital_papers_menu_day_over_its_pager_is_no_event() -> None:
    text = (
        "1. 2014年7月9日\n  2. 3上一期  下一期4\n  3. 按日期查找\n第A20版:城事\n\n"
        "市运会火炬传递路线\n明起征求意见\n\n本报讯 明天开始,市运会火炬传递路线将向社会征求意见。\n"
    )
    assert periods(text, dt.date(2014, 7, 9)) == [("2014-07-10", "2014-07-10")]


def test_the_day_of_an_act_counted_in_a_term_and_what_was_got_after_a_day_are_no_events() -> None:
    text = "电子券在领取后的5天内有效(含领取当天),5月8日后领取的电子券于5月12日前有效。"
    assert periods(text, dt.date(2024, 5, 1)) == [("2024-05-12", "2024-05-12")]


def test_the_day_a_rule_counts_from_is_no_event() -> None:
    text = "报考人员年龄计算时间点均以11月19日为准,报名时间为11月20日至25日。"
    assert periods(text, dt.date(2012, 11, 10)) == [("2012-11-20", "2012-11-25")]


def test_hours_said_of_this_happening_are_the_named_ones() -> None:
    text = (
        "记者从市文明办获悉,市文明委决定3月5日举办“文明某某”市民大行动启动暨志愿服务广场活动。"
        "此次活动将于3月5日上午8点半至10点半在市中心广场举行。"
    )
    [e] = events(text, dt.date(2015, 3, 2))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "“文明某某”市民大行动启动暨志愿服务广场活动",
        "2015-03-05T08:30",
        "2015-03-05T10:30",
    )


def test_a_happening_named_in_part_and_then_in_full_at_its_hour_is_one() -> None:
    text = (
        "学雷锋日,百姓城管上街大扫除\n"
        "本报3月2日讯(记者 某某) 4日(本周日),本报将联合市城管局组织百姓城管,上街大扫除。\n"
        "应队员们的要求,本报将组织大扫除活动。活动时间定于3月4日(周日)上午9时20分开始。\n"
    )
    assert periods(text, dt.date(2012, 3, 3)) == [("2012-03-04T09:20", "2012-03-04T09:20")]


def test_a_closure_until_the_race_ends_runs_to_the_day_and_hour_expected_in_brackets() -> None:
    text = "11月27日00:00起至比赛结束(预计27日15:00)对兴中道博爱路路口至城桂路路口实行交通管制。"
    [e] = events(text, dt.date(2016, 11, 17))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "兴中道博爱路路口至城桂路路口交通管制",
        "2016-11-27T00:00",
        "2016-11-27T15:00",
    )


def test_empty_brackets_an_icon_left_are_a_bullet() -> None:
    text = "活动安排\n『』正月初一:综艺演出\n『』正月初二:秦腔专场演出\n"
    assert [e.title for e in events(text, dt.date(2023, 1, 10))] == ["综艺演出", "秦腔专场演出"]


@pytest.mark.parametrize(
    "text",
    [
        "本届园博会自4月28日开幕至10月22日结束。",
        "园博会4月28日开幕,10月22日闭幕。",
        "本届园博会于4月28日开幕,至10月22日结束。",
    ],
)
def test_a_close_read_far_back_after_an_opening_to_come_is_this_years(text: str) -> None:
    assert periods(text, dt.date(2011, 4, 15)) == [("2011-04-28", "2011-10-22")]


def test_a_day_already_past_after_one_to_come_stays_past() -> None:
    text = "3月25日将举行大会,3月10日已经完成筹备。"
    assert [p[0] for p in periods(text, dt.date(2011, 3, 15))] == ["2011-03-25", "2011-03-10"]


@pytest.mark.parametrize("column", ["今日头条", "今日快报", "今日快讯"])
def test_a_sites_column_named_by_today_is_no_event(column: str) -> None:
    text = f"滚动新闻 | {column} | 聚焦荆楚 | 人物专访\n1月20日晚,园博园灯会将亮灯。\n"
    assert periods(text, dt.date(2020, 1, 19)) == [("2020-01-20", "2020-01-20")]


def test_a_pages_english_retelling_of_its_chinese_events_is_no_event_of_its_own() -> None:
    english = (
        "The opening ceremony of the 2026 Spring Lantern Festival will kick off on February 6,"
        " and the festival will last until March 8.\n"
    )
    chinese = "2026年某市新春灯会开幕式将于2月6日在某某古镇启幕。本届灯会将从2月6日持续至3月8日。\n"
    assert periods(chinese + english, dt.date(2026, 2, 4)) == [
        ("2026-02-06", "2026-02-06"),
        ("2026-02-06", "2026-03-08"),
    ]
    # an English sentence alone still dates its events
    assert [p[0] for p in periods(english, dt.date(2026, 2, 4))] == ["2026-02-06", "2026-03-08"]


def test_a_start_at_24_oclock_is_the_next_days_first_minute_and_never_after_the_end() -> None:
    text = "1月22日(大年二十九)24∶00开始在南门文化广场燃放焰火。"
    assert periods(text, dt.date(2012, 1, 21)) == [("2012-01-23T00:00", "2012-01-23T00:00")]


def test_a_measure_from_the_evening_before_until_the_race_ends_runs_to_race_day() -> None:
    text = (
        "为确保马拉松赛事期间道路交通安全畅通,现决定采取以下交通管制措施:\n"
        "(一)12月25日19:00至活动结束,对十字门大道、洋环路实施交通管制。\n"
        "(二)12月27日6:00至活动结束,根据赛事路线对环岛东路实施交通管制。\n"
    )
    assert [p[1][:10] for p in periods(text, dt.date(2020, 12, 23))] == [
        "2020-12-27",
        "2020-12-27",
    ]


def test_rain_reported_in_measures_and_as_a_process_stays_an_event() -> None:
    text = "7月16日至19日,汉江流域出现降水过程;7月21日晚至22日,延安地区降水量超过200毫米。"
    assert periods(text, dt.date(2013, 7, 25)) == [
        ("2013-07-16", "2013-07-19"),
        ("2013-07-21", "2013-07-22"),
    ]


def test_a_notices_title_and_its_text_at_one_window_are_one_happening() -> None:
    text = (
        "关于2021年5月12日8:30至5月13日6:00城南片区供水管道改造的停水通告\n"
        "尊敬的用户:因城南片区供水管道改造需要,我公司定于2021年5月12日8:30至5月13日6:00"
        "对和平路沿线进行停水施工,请用户提前做好储水准备。\n"
    )
    assert periods(text, dt.date(2021, 5, 10)) == [("2021-05-12T08:30", "2021-05-13T06:00")]
    # two areas' cuts at the same hours stay two
    areas = "停电安排:10月31日7时至19时,皇姑区部分地区;10月31日7时至19时,沈河区部分地区。"
    assert len(periods(areas, dt.date(2014, 10, 29))) == 2


def test_a_show_on_before_a_day_runs_from_the_papers_day_under_its_own_name() -> None:
    text = "某市博物馆在4月2日之前有青铜器精品展,5月1日前还有民间剪纸展。"
    got = [
        (e.title, moment_iso(e.start), moment_iso(e.end), e.kind)
        for e in events(text, dt.date(2019, 3, 20))
    ]
    assert got == [
        ("青铜器精品展", "2019-03-20", "2019-04-02", Kind.ACTIVITY),
        ("民间剪纸展", "2019-03-20", "2019-05-01", Kind.ACTIVITY),
    ]


def test_the_whole_happening_runs_on_past_a_festival_named_for_a_custom() -> None:
    text = (
        "5月28日,某区“非遗进礼堂”活动正式启动,群众还能体验端午节包粽子等民俗活动。"
        "据悉,该活动将开展非遗展示、非遗讲座等活动,整个活动持续至今年9月。"
    )
    assert periods(text, dt.date(2019, 5, 30))[0] == ("2019-05-28", "2019-09-30")


def test_a_paragraph_printed_twice_on_a_page_gives_its_happening_once() -> None:
    lead = (
        "昨天,记者从某市水务集团获悉,因施工需要,今天起省城某市陆续将有多个片区停水。"
        "其中位于某某路的幸福小区附近,今天8时至17时停水。"
        "今天9时至17时,某某名郡小区约286户将会停水或降压,受影响居民做好准备。"
    )
    page = (
        "首页 | 要闻 | 独家 | 社会\n某网 > 全景 > 某市 > 社会 > 正文\n\n今起,某市多个小区停水\n\n"
        f"2019-03-26 07:12 来源:某网 大字体 小字体\n打印\n{lead}\n\n  某网3月26日讯 {lead}\n\n"
        "  据了解,为配合二次供水设施改造工程,3月26日8时至3月26日17时,临时机组供水设备与原进、"
        "出水管道将进行连接。届时,幸福小区用户将停水。\n"
    )
    titles = [e.title for e in extract_page(page).events]
    assert titles.count("省城某市陆续将有多个片区停水") == 1


def test_a_happening_there_is_on_a_day_is_named_by_itself() -> None:
    text = "明天,市民广场有场少儿文艺汇演,正月初二还有烟花汇演。"
    got = [(e.title, e.location) for e in events(text, dt.date(2024, 2, 9))]
    assert got == [("少儿文艺汇演", "市民广场"), ("烟花汇演", None)]


def test_a_heating_season_from_its_start_to_its_stop_is_one_run_named_by_what_starts() -> None:
    text = "今冬,我市继续采取提前、延后供热措施,即提前一周(10月24日)开栓供热,延后一周(4月7日)停供。"
    [e] = events(text, dt.date(2021, 10, 15))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "开栓供热",
        "2021-10-24",
        "2022-04-07",
    )


@pytest.mark.parametrize(
    "text",
    [
        "市民可利用这难得的周末时间带孩子走走。",
        "施工单位将采用夜间或周末抢工期施工。",
        "让城里人实现周末乡村一日游。",
        "在节假日及周末,某市计划开通60趟次旅游直通车。",
        "地面上也依然“水波荡漾”\n欢声笑语,凉爽异常\n在这个闷热的周末\n这么巴适的地方究竟是哪里?",
    ],
    ids=[
        "time-used",
        "night-or-weekend",
        "a-habit-made-possible",
        "holidays-and-weekends",
        "a-setting",
    ],
)
def test_a_weekend_as_time_used_or_a_habit_is_no_day(text: str) -> None:
    assert periods(text, dt.date(2024, 8, 1)) == []


def test_a_run_from_a_day_to_the_national_day_holiday_under_its_two_names_is_one_run() -> None:
    text = "2021年9月27日至十一国庆节期间,我县将举办第十二届胡杨文化旅游节。"
    [e] = events(text, dt.date(2021, 9, 20))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "第十二届胡杨文化旅游节",
        "2021-09-27",
        "2021-10-07",
    )


def test_what_the_activity_holds_on_its_day_is_part_of_it_and_its_hour_the_activitys() -> None:
    text = (
        "正月十四,新区将开展大型民俗游艺汇演,活动当日9时由市民广场出发。"
        "活动当天请观众注意安全,活动当日还将举行非遗展示。"
    )
    got = [(e.title, moment_iso(e.start)) for e in events(text, dt.date(2024, 2, 7))]
    assert got == [("大型民俗游艺汇演", "2024-02-23T09:00")]


def test_a_count_of_time_slots_is_no_clock() -> None:
    text = "某村一带预定4月17日上午8时至12时、下午1时至5时,此二时段分别实施工作停电。"
    assert [p[0][:10] for p in periods(text, dt.date(2008, 4, 16))] == ["2008-04-17"]


def test_a_stamp_with_its_clock_in_words_before_its_paper_dates_the_page() -> None:
    text = (
        "分享到:\n \n \n今年我省读书节主场定啦!某市某村\n2023年04月19日 18时05分   某某日报\n\n"
        "4月21日-25日,2023全民读书节主场活动将在某市某村举办。4月16日,省文旅厅召开媒体通气会。\n"
    )
    page = extract_page(text)
    assert page.published == dt.date(2023, 4, 19)
    assert [(moment_iso(e.start), e.title) for e in page.events][0] == (
        "2023-04-21",
        "2023全民读书节主场活动",
    )


@pytest.mark.parametrize(
    "text",
    [
        "某省拥有许多与春节相关的非物质文化遗产。",
        "春节喜庆的氛围越来越浓烈。",
        "游客可以全方位感受春节喜庆氛围。",
        "诗句里流淌着中秋的唯美与浪漫。",
        "随着春节申遗成功,非遗体验之旅成为热门选择。",
        "这说明春节已成为被世界普遍接受的文化符号。",
        "春节集中体现着中国人的价值观念。",
        "根据某市清明节工作新闻发布会的要求,合理安排祭扫时间。",
        "春节旅游中的非遗体验之旅成为热门选择。",
        "为响应5.18国际博物馆日,某市多间博物馆联合推出线上导览。",
        "今年“国际博物馆日”的主题为“博物馆与可持续发展”。",
    ],
    ids=[
        "related-to-it",
        "its-mood",
        "its-mood-felt",
        "its-charm",
        "its-heritage-listing",
        "what-it-has-become",
        "what-it-embodies",
        "a-press-conference-on-its-work",
        "a-trip-in-it",
        "what-answers-it",
        "its-theme",
    ],
)
def test_a_festival_as_a_topic_or_a_mood_is_no_day(text: str) -> None:
    assert periods(text, dt.date(2025, 1, 21)) == []


def test_a_run_held_a_number_of_days_from_its_first_is_that_run() -> None:
    text = "某市灯会今年于滨江公园举行,2月7日起举办23天。"
    [e] = events(text, dt.date(2026, 1, 28))
    assert (e.title, moment_iso(e.start), moment_iso(e.end)) == (
        "某市灯会",
        "2026-02-07",
        "2026-03-01",
    )


def test_the_day_an_outlet_learnt_the_news_dates_the_page_and_is_no_event() -> None:
    text = (
        "3月6日,某某网从某县政府召开的草莓文化节新闻发布会上获悉,"
        "一年一度的草莓文化节将于2018年3月10日(本周六)上午9:00在县体育馆隆重开幕。"
    )
    page = extract_page(text, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date(2018, 3, 6)
    assert [moment_iso(e.start) for e in page.events] == ["2018-03-10T09:00"]


def test_a_headline_its_paper_and_the_pages_padded_day_on_one_line_date_the_page() -> None:
    text = (
        "A02\n\n某社区办起便民服务大集 某某晚报 2023年04月03日\n\n"
        "本报讯(记者 某某)3月31日上午,某社区组织的便民服务大集启动。\n"
    )
    page = extract_page(text, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date(2023, 4, 3)
    assert [moment_iso(e.start) for e in page.events] == ["2023-03-31"]


def test_a_reposts_date_over_the_articles_own_stamp_gives_way_to_it() -> None:
    text = (
        "首届“逛马路节”来了!\n\n2020-12-14 某某新闻\n\n首届“逛马路节”来了!\n\n"
        "2020-10-18 16:03 来源:某某新闻·政务\n\n从10月17日开始到10月30日首届逛马路节正式举办。\n"
    )
    assert extract_page(text, fallback=dt.date(2026, 11, 28)).published == dt.date(2020, 10, 18)


@pytest.mark.parametrize(
    "text",
    [
        "义诊现场人头攒动。“孩子今天早起还喊牙疼呢,你们来的可太是时候了!”居民李女士带着孙子来到台前。",
        "朋友圈被排队入园的视频刷爆了,网友调侃:“今天的动物园是这样的,到底是来看人还是看动物的!”",
    ],
    ids=["a-resident-named-after", "a-speaker-before"],
)
def test_a_day_in_a_quoted_speakers_own_story_is_no_event(text: str) -> None:
    assert periods(text, dt.date(2021, 5, 4)) == []


@pytest.mark.parametrize(
    "text",
    [
        "本周文旅指南来啦。",
        "今天为大家带来今年龙舟比赛的时间、地点等信息。",
        "今天,记者打听到一个好消息。",
    ],
    ids=["a-weeks-guide", "the-writers-offer", "a-reporter-found-out"],
)
def test_a_weeks_guide_the_writers_offer_and_a_reporters_day_are_no_events(text: str) -> None:
    assert periods(text, dt.date(2023, 6, 12)) == []


def test_a_digests_masthead_under_its_title_gives_the_year_by_weekday_and_lunar_day() -> None:
    text = (
        "一周微语报,速览某区事(4.15-4.21)\n\n作者:某区\n\n4月21日微语报,\n\n"
        "星期日,农历三月十三,\n\n1.4月21日,2024某区汽车文化节举行开幕式。\n"
    )
    page = extract_page(text, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date(2024, 4, 21)


def test_a_sites_clock_in_beijing_time_with_its_lunar_day_and_weekday_is_no_event() -> None:
    text = (
        "北京时间2024年8月21日(农历2024年7月18日),星期三讯:关于音乐节期间部分道路交通管制的通告\n"
        "8月23日0时至8月25日24时,滨海东路禁止货车通行。"
    )
    assert [p[0][:10] for p in periods(text, dt.date(2024, 8, 21))] == ["2024-08-23"]
    # a happening abroad timed in Beijing time stays
    assert periods("北京时间2月6日凌晨3点,世界杯决赛将打响。", dt.date(2024, 2, 1)) == [
        ("2024-02-06T03:00", "2024-02-06T03:00")
    ]


def test_an_apps_name_holding_dian_is_no_dispatch_and_its_dateline_dates_the_page() -> None:
    text = (
        "某某网·闪电新闻1月8日讯 近日,2025某市“海洋大集”启动。"
        "从1月7日到3月初,某市将陆续开展惠民活动。"
    )
    page = extract_page(text, fallback=dt.date(2026, 11, 28))
    assert page.published == dt.date(2025, 1, 8)


# real pages' shapes, each row a rule's paraphrase (its id names the rule)
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "28日,某某网(微信号:moumouwang2019)记者从市供电局获悉,国庆期间全市将全力保障供电。",
            dt.date(2019, 9, 28),
            [("2019-10-01", "2019-10-07")],
            id="the-day-an-outlets-reporter-learnt-it-is-no-event-with-the-account-in-brackets",
        ),
        pytest.param(
            "2019年5月1日至10月7日的法定节假日(含周六、周日),景区道路实行限时通行。",
            dt.date(2019, 4, 30),
            [("2019-05-01", "2019-10-07")],
            id="weekdays-a-period-includes-in-brackets-are-no-days-of-their-own",
        ),
        pytest.param(
            "受影响区域:海岸路3号、5号、7号、11号,滨海路1—11号等客户暂停供水。",
            dt.date(2017, 8, 1),
            [],
            id="house-numbers-listed-or-run-after-a-street-are-no-days",
        ),
        pytest.param(
            " date 2024-03-18 Copyright © 2024 某某 Ltd.All rights reserved.\n\n"
            "某某 - 博物館節 周六揭幕 | 專欄\n\n某某\n2024-03-18 09:30 HKT\n生活 專欄\n"
            "開幕節目將於本周六(3月23日)在文化中心舉行。\n",
            dt.date(2024, 3, 18),
            [("2024-03-23", "2024-03-23")],
            id="a-stamp-with-its-time-zone-is-no-event",
        ),
        pytest.param(
            "某市旅游局8日发布新闻稿,介绍今年的灯会安排。灯会将于2月10日开幕。",
            dt.date(2024, 2, 8),
            [("2024-02-10", "2024-02-10")],
            id="the-day-a-press-release-came-out-is-no-event",
        ),
        pytest.param(
            "信息类别: 重点工作 公开方式: 主动公开 生成日期: 2024-12-05 公开时限: 常年公开\n\n"
            "关于某路封闭施工的通告\n\n来源: 发布时间: 2024-12-05 14:48\n打印\n\n"
            "因施工需要,2024年12月6日至12月20日对某路实行封闭施工。",
            dt.date(2024, 12, 5),
            [("2024-12-06", "2024-12-20")],
            id="a-records-labelled-day-in-a-run-of-fields-is-no-event",
        ),
        pytest.param(
            "春节有关部门将加强值守。",
            dt.date(2025, 1, 21),
            [("2025-01-28", "2025-02-04")],
            id="a-festival-before-the-departments-concerned-still-dates",
        ),
        pytest.param(
            "大年初一(1月22日)到大年十五(2月5日),剧场精彩川剧演出不停。",
            dt.date(2023, 1, 18),
            [("2023-01-22", "2023-02-05")],
            id="a-run-between-two-lunar-days-each-glossed-in-brackets-is-one-run",
        ),
        pytest.param(
            "从大年初一到大年十五,庙会天天有演出。",
            dt.date(2023, 1, 18),
            [("2023-01-22", "2023-02-05")],
            id="the-fifteenth-of-the-new-year-said-from-the-new-year",
        ),
        # a Sunday paper: `本周六` would be yesterday and `下周日` a week on; the glosses say
        # the days
        pytest.param(
            "本周六(2月21日)至下周日(3月1日),公园将举办灯会。",
            dt.date(2015, 2, 15),
            [("2015-02-21", "2015-03-01")],
            id="relative-days-glossed-by-their-dates-are-those-dates-even-in-the-writers-week",
        ),
        pytest.param(
            "游乐场所牌照持有人资助计划今日起接受申请,每间领有有效游乐场所牌照的桌球馆可一次过"
            "获十万元资助,5月30日截止。",
            dt.date(2020, 5, 5),
            [("2020-05-05", "2020-05-30")],
            id="a-call-accepting-from-today-closed-bare-later-in-its-sentence",
        ),
        pytest.param(
            "勞工處將於本周二及周三,一連兩日在旺角麥花臣場館舉行就業博覽。"
            "博覽會的開放時間為周二及周三上午十一時至下午五時半。",
            dt.date(2017, 3, 12),
            [("2017-03-14", "2017-03-15")],
            id="weekdays-listed-in-opening-hours-are-both-the-rules",
        ),
        pytest.param(
            "雖然廈大已提前發出“謝客令”,但昨天仍有許多游客來到廈大,被拒于門外。提醒游客,由于新生"
            "報到后馬上要開始軍訓,廈大此次“閉門謝客”的時間將持續至9月11日,12日才恢復“限游”。",
            dt.date(2016, 8, 25),
            [
                ("2016-08-24", "2016-08-24"),
                ("2016-08-25", "2016-09-11"),
                ("2016-09-12", "2016-09-12"),
            ],
            id="a-day-then-the-day-something-comes-only-then-is-no-list",
        ),
        pytest.param(
            "【大紀元10月8日報導】(據明報新聞網報導)沙田明日下午舉行賽馬,附近的改道將於開賽前實行。",
            dt.date(2005, 10, 8),
            [("2005-10-09", "2005-10-09")],
            id="an-outlets-bracketed-dateline-is-the-reporting-day",
        ),
        pytest.param(
            "(一)11月29日下午17:00,暂停“全国住房公积金”小程序等所有渠道的线上服务。\n"
            "(二)12月16日上午8:30,陆续恢复线上业务办理。",
            dt.date(2022, 11, 25),
            [("2022-11-29T17:00", "2022-12-16T08:30")],
            id="a-stop-at-its-hour-then-the-restoring-hour-in-the-next-item-is-one-outage",
        ),
        pytest.param(
            "立法会将於二月十一日(星期六)及二月十二日(星期日)举行为期两天的开放日。",
            dt.date(2012, 2, 1),
            [("2012-02-11", "2012-02-12")],
            id="a-length-after-two-days-listed-is-theirs-not-the-last-ones",
        ),
        pytest.param(
            "2,000張門票將於周日(18日)開售。",
            dt.date(2016, 9, 11),
            [("2016-09-18", "2016-09-18")],
            id="a-bare-weekday-glossed-by-its-date-in-a-sunday-paper-is-that-date",
        ),
        pytest.param(
            "三、“读书,不止今天”——阅读打卡活动\n活动时间:4月23日至5月27日",
            dt.date(2023, 4, 7),
            [("2023-04-23", "2023-05-27")],
            id="a-quoted-name-holding-a-comma-before-a-dash-and-its-happening-is-no-day",
        ),
        pytest.param(
            "太昊陵古庙会从农历二月二到三月三,历时一个月。",
            dt.date(2023, 2, 15),
            [("2023-02-21", "2023-04-22")],
            id="a-lunar-runs-end-in-words-is-lunar-too",
        ),
        pytest.param(
            "灯会今年于滨江及某港16至18号码头举行。",
            dt.date(2026, 1, 10),
            [],
            id="dock-numbers-are-no-days",
        ),
        pytest.param(
            "某区图书馆10月1日-10月3日10:00-18:00一至四楼阅览区10月4日闭馆\n"
            "10月5日-10月7日9:00-21:00一至三楼阅览区\n"
            "24小时自助图书馆10月1日-10月7日全天24小时正常开放\n",
            dt.date(2021, 9, 29),
            [("2021-10-04", "2021-10-04")],
            id="a-halls-holiday-opening-hours-by-area-are-no-events-but-its-closure-is",
        ),
        pytest.param(
            "2月5日(初一)按星期三排班常规出诊。",
            dt.date(2019, 1, 18),
            [("2019-02-05", "2019-02-05")],
            id="the-weekday-whose-rota-a-day-keeps-is-no-day",
        ),
        pytest.param(
            "某社区端午包粽子活动将于5月31日举行。\n通讯员:某某\n责编:某某\n"
            "- 某街道东谢社区:粽叶飘香满社区邻里情2025-05-29\n"
            "- 某街道:开展端午节前食品安全专项检查2025-05-29\n"
            "- 某镇:助力托育服务质量提升共绘生育友好新画卷2025-05-29\n",
            dt.date(2025, 5, 29),
            [("2025-05-31", "2025-05-31")],
            id="a-list-of-links-to-other-articles-each-with-its-day-gives-no-events",
        ),
        pytest.param(
            "市民中心春节期间将继续免费开放。",
            dt.date(2009, 1, 26),
            [],
            id="a-place-open-on-through-a-festival-is-no-event",
        ),
        pytest.param(
            "建议市民出行避开1月1日10-12时和3日15-20时高峰,尽量错开周末和清明节当天。",
            dt.date(2015, 12, 31),
            [],
            id="times-to-keep-away-from-are-no-events",
        ),
        pytest.param(
            "本报讯(记者王寒露)昨日,市区纳凉点开放。",
            dt.date(2015, 6, 12),
            [("2015-06-11", "2015-06-11")],
            id="a-solar-term-in-a-reporters-name-is-no-day",
        ),
        pytest.param(
            "艺术中心将于10月每周六19:00在舞蹈厅举办公益文化课。",
            dt.date(2019, 10, 1),
            [("2019-10-05T19:00", "2019-10-26T19:00")],
            id="a-months-one-weekday-at-an-hour-runs-from-its-first-to-its-last",
        ),
        pytest.param(
            "龙舟邀请赛将于10月20日在我市举行,我大队决定对部分道路实施交通管制,现通告如下:"
            "管制时间:2019年10月20日上午7:30至中午12:00管制区域:滨湖东路。",
            dt.date(2019, 10, 16),
            [("2019-10-20", "2019-10-20"), ("2019-10-20T07:30", "2019-10-20T12:00")],
            id="a-measures-time-field-is-its-own-not-the-hours-of-the-happening-before",
        ),
        pytest.param(
            "自大年初三后,村寨陆续举行芦笙会,直至正月21才结束。\n某经济开发区:初3至初5(2月16日—18日)",
            dt.date(2010, 2, 12),
            [("2010-02-16", "2010-03-06"), ("2010-02-16", "2010-02-18")],
            id="a-lunar-run-glossed-by-its-dates-is-those-dates",
        ),
        pytest.param(
            "本港讯 (某某记者某某摄影报道)11月5日,为期3天的某县苗族芦笙会落下帷幕。",
            dt.date(2010, 11, 7),
            [("2010-11-03", "2010-11-05")],
            id="a-run-of-days-that-came-down-on-a-day-ended-that-day",
        ),
        pytest.param(
            "相关阅读\n- 探秋——旅游线路2018/10/31\n- 某镇开展迎新春主题活动2019/01/29\n",
            dt.date(2019, 2, 1),
            [],
            id="the-days-ending-a-list-of-links-to-other-articles-are-no-events",
        ),
        pytest.param(
            "10月30日《某某日报》刊登《小活动大情怀》。",
            dt.date(2017, 10, 30),
            [],
            id="the-day-a-paper-printed-a-story-is-no-event",
        ),
    ],
)
def test_dates_read_as_real_pages_say_them(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, published) == expected


def test_a_datelines_bracket_naming_the_photographer_first_names_nothing() -> None:
    text = "本港讯 (某某记者某某摄影报道)11月5日,为期3天的某县苗族芦笙会落下帷幕。"
    [e] = events(text, dt.date(2010, 11, 7))
    assert not e.title.startswith("本港讯")


def test_the_issue_a_reprint_cites_dates_no_event() -> None:
    text = (
        "时间:2018-12-07 10:35来源:评论网 作者:记者某某 点击:\n"
        "本报北京12月6日电  (记者某某)记者从中国铁路总公司获悉,铁路运营里程持续增长。\n"
        "  《 人民日报 》( 2018年12月07日 10 版) (责任编辑:佚名)\n"
    )
    assert events(text, None) == []


def test_days_listed_after_slashed_dates_are_runs_each() -> None:
    text = "某市集试办三个月,某广场活动日期为5/22、23日,6/5、6日,6/19、26日。"
    assert periods(text, dt.date(2010, 5, 16)) == [
        ("2010-05-22", "2010-05-23"),
        ("2010-06-05", "2010-06-06"),
        ("2010-06-19", "2010-06-19"),
        ("2010-06-26", "2010-06-26"),
    ]


def test_bare_slashed_dates_before_what_is_on_and_runs_to_a_later_day() -> None:
    text = (
        "某处今年暑期活动:7/12海岸音樂季、8/15沙灘生活節、9/27-10/4夜訪女王。"
        "樂團11/21~22將於劇院演出。"
    )
    assert periods(text, dt.date(2020, 7, 1)) == [
        ("2020-07-12", "2020-07-12"),
        ("2020-08-15", "2020-08-15"),
        ("2020-09-27", "2020-10-04"),
        ("2020-11-21", "2020-11-22"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("某展位面积占近1/4,超过往年。", id="a-fraction-after-jin"),
        pytest.param("三分之一约等于1/3,即每3人中有1人。", id="a-fraction-before-a-comma"),
        pytest.param("更新時間:16:09(9/20 16:21)", id="a-sites-update-stamp"),
    ],
)
def test_slashed_numbers_that_are_no_dates(text: str) -> None:
    assert events(text) == []


def test_a_named_day_glossed_by_a_solar_date_in_chinese_numerals_is_that_date() -> None:
    text = "警方將於除夕(十二月三十一日)在港島區實施特別交通安排。"
    assert periods(text, dt.date(2009, 12, 28)) == [("2009-12-31", "2009-12-31")]
    assert periods("除夕(腊月三十)举行年夜饭。", dt.date(2010, 2, 1)) == [
        ("2010-02-13", "2010-02-13")
    ]


def test_an_upload_time_dates_the_page_and_is_no_event() -> None:
    text = (
        "燈會將如期閉幕 縣府籲請民眾把握最後賞燈期限\n\n上傳時間:2015-02-19 19:48\n\n"
        "南投燈會北燈區已率先綻放光明,燈會將如期在2月23日閉幕。\n"
    )
    page = extract_page(text)
    assert page.published == dt.date(2015, 2, 19)
    assert [(e.start, e.end) for e in page.events] == [(dt.date(2015, 2, 23), dt.date(2015, 2, 23))]


def test_a_page_line_with_its_day_and_source_under_the_pages_date_is_no_event() -> None:
    text = (
        "2023年09月27日\n\n搬迁公告\n\n三版  2023年09月27日   来源:\n\n"
        "  某医院定于10月8日起在新院区开诊。\n"
    )
    assert periods(text, None) == [("2023-10-08", "2023-10-08")]


def test_the_pages_date_again_with_its_clock_and_source_is_no_event() -> None:
    text = (
        "全民阅读活动周启动仪式在宜都举行\n中新网湖北\n2023年09月28日 17:42\n"
        "2023年09月28日 17:42 来源:中新网湖北\n\n"
        "  9月26日,宜昌市全民阅读活动周启动仪式在宜都市青林寺村举行。\n"
    )
    assert periods(text, None) == [("2023-09-26", "2023-09-26")]


def test_the_top_stamp_and_its_source_under_a_reprints_paper_date_is_no_event() -> None:
    text = (
        "电影节开启露天展映\n\n2020年07月27日09:18 | 来源:人民网-《人民日报》\n\n"
        "  本报上海7月26日电 电影节从25日起在全市部分商圈举办露天放映活动,将持续至8月2日。\n\n"
        "  《 人民日报 》( 2020年07月27日 12 版)\n"
    )
    assert periods(text, None) == [("2020-07-25", "2020-08-02")]


def test_weekdays_characters_alone_in_brackets_gloss_their_days() -> None:
    text = "士林官邸也特別在2月24日(六)及2月25日(日)將園區延長開放至晚間10點。"
    assert [(moment_iso(e.start), e.title) for e in events(text, dt.date(2024, 2, 20))] == [
        ("2024-02-24", "園區延長開放"),
        ("2024-02-25", "園區延長開放"),
    ]


def test_a_show_held_since_a_day_and_closing_later_is_one_run() -> None:
    text = (
        "宜春市美术馆“艺术的还乡”艺术展自8月10日举办以来,已吸引近4万人次参观,"
        "日参观量最高达1690人次。展览将于9月5日闭幕。"
    )
    assert [
        (e.title, moment_iso(e.start), moment_iso(e.end))
        for e in events(text, dt.date(2021, 8, 30))
    ] == [("宜春市美术馆“艺术的还乡”艺术展", "2021-08-10", "2021-09-05")]


def test_each_days_closure_until_the_race_ends_runs_to_its_expected_hour() -> None:
    text = (
        "(二)赛事期间\n"
        "1.交通管制时间:3月28日8:00至比赛结束。(预计结束时间13:30);"
        "3月29日8:00至比赛结束。(预计结束时间12:30)\n"
        "2.交通管制路段:G345(G240至武功乡王五村段)。\n"
    )
    assert periods(text, dt.date(2025, 3, 24)) == [
        ("2025-03-28T08:00", "2025-03-28T13:30"),
        ("2025-03-29T08:00", "2025-03-29T12:30"),
    ]


def test_a_terms_first_school_day_then_its_end_is_one_run() -> None:
    text = "本市中小学均于2006年9月1日开学,2007年2月2日结束,全学期共23周。"
    assert periods(text, dt.date(2006, 4, 29)) == [("2006-09-01", "2007-02-02")]


def test_an_eve_counted_down_is_new_years_eve() -> None:
    text = "旅遊發展局將於31日晚舉行除夕倒數活動,屆時維港將有煙火。"
    assert periods(text, dt.date(2019, 12, 28)) == [("2019-12-31", "2019-12-31")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("本府自111年9月5日起依法公開展覽30天。", id="shown-that-long-from-a-day"),
        pytest.param(
            "一、公開展覽時間:自民國111年9月5日起30天。", id="a-fields-length-bare-after-qi"
        ),
    ],
)
def test_a_plans_exhibition_runs_its_days(text: str) -> None:
    assert periods(text, dt.date(2022, 9, 1)) == [("2022-09-05", "2022-10-04")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "由1月26日上午8时至28日上午8时,合共检控9宗非法燃放爆竹。",
            dt.date(2017, 1, 28),
            [],
            id="a-count-over-days-gone",
        ),
        pytest.param(
            "10月1日至3日,西湖景区累计接待游客186.5万人次。",
            dt.date(2025, 10, 4),
            [],
            id="a-cumulative-count-over-days-gone",
        ),
        pytest.param(
            "11月11日至12日举行的“运河市集”吸引了超过5万人次参与。",
            dt.date(2022, 11, 20),
            [("2022-11-11", "2022-11-12")],
            id="a-happening-held-then-counted",
        ),
    ],
)
def test_what_was_counted_over_days_gone_is_no_event(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert periods(text, published) == expected


def test_a_headlines_days_bare_after_qi_are_the_run() -> None:
    assert periods("供电公司:今起7天停电检修。", dt.date(2021, 9, 27)) == [
        ("2021-09-27", "2021-10-03")
    ]
    # (not a length within which something is done: `3天内`)
    assert ("2021-09-27", "2021-09-29") not in periods("工程今起3天内完成。", dt.date(2021, 9, 27))


def test_a_change_taking_effect_days_after_a_day_is_no_run() -> None:
    assert periods("新规自10月4日起30天后生效。", dt.date(2022, 9, 1)) == [
        ("2022-10-04", "2022-10-04")
    ]


def test_a_days_figure_after_an_anaphor_is_no_event() -> None:
    text = (
        "某州景区清明节期间对州内居民免费开放\n\n2021年03月28日08:57  来源:某某网\n\n"
        "  3月26日,某州办公室发布《关于州内景区免费开放的公告》。\n\n"
        "  此次景区免费开放将采取预约前往的方式。各景区将于4月1日前公布预约方式和预约流程。\n\n"
        "  入园时,游客须出示本人身份证。\n\n"
        "  《公告》要求,景区要严格执行防控要求,当日接待量不得超过景区最大承载量50%。\n"
    )
    assert ("2021-03-28", "2021-03-28") not in periods(text, None)
    assert not any("接待量" in e.title for e in events(text, None))


def test_two_days_said_to_coincide_give_no_day_of_their_own() -> None:
    text = "今年農民節與立春同一天,而立春是一年最重要的節氣。"
    assert ("2022-01-18", "2022-01-18") not in periods(text, dt.date(2022, 1, 18))


def test_national_day_said_guo_qing_ri_dates_its_hour() -> None:
    text = "升旗儀式將於國慶日上午八時在會展二期舉行,警方將實施特別交通安排。"
    assert periods(text, dt.date(2008, 9, 26)) == [("2008-10-01T08:00", "2008-10-01T08:00")]


def test_measures_timed_in_a_paragraph_dating_nothing_are_that_days() -> None:
    text = (
        "運輸署宣布,明天(7月3日)傍晚,國際年會車輛巡遊期間,灣仔一帶實施特別交通措施。\n\n"
        "在上述活動期間,預期灣仔北一帶交通擠塞。\n\n"
        "道路封閉由下午3時起分段實施;博覽道東巴士總站約於下午1時起封閉,直至道路重開。\n"
    )
    assert periods(text, dt.date(2006, 7, 2)) == [
        ("2006-07-03", "2006-07-03"),
        ("2006-07-03T15:00", "2006-07-03T15:00"),
        ("2006-07-03T13:00", "2006-07-03T13:00"),
    ]


def test_a_runs_daily_hours_past_a_label_open_and_close() -> None:
    text = "某湾灯光秀9月21日—24日【中秋期间】每天19:30开灯,21:00关灯。"
    assert periods(text, dt.date(2019, 9, 18)) == [("2019-09-21T19:30", "2019-09-24T21:00")]


def test_a_weekday_noted_keeps_a_day_in_its_year_under_next_years_schedule() -> None:
    text = (
        "根据《国务院办公厅关于2023年部分节假日安排的通知》精神,2023年元旦门诊安排通知如下:\n"
        "12月31日(星期六)至1月1日(星期日)门诊全天停诊。\n"
    )
    assert ("2022-12-31", "2023-01-01") in periods(text, dt.date(2022, 12, 28))


@pytest.mark.parametrize("sunday", ["星期日", "星期天"])
def test_a_sunday_noted_either_way_keeps_its_day(sunday: str) -> None:
    text = (
        "根据《国务院办公厅关于2024年部分节假日安排的通知》精神,2024年元旦门诊安排通知如下:\n"
        f"12月31日({sunday})至1月1日(星期一)门诊全天停诊。\n"
    )
    assert ("2023-12-31", "2024-01-01") in periods(text, dt.date(2023, 12, 27))


def test_hours_of_a_same_day_bulletin_dating_nothing_are_the_papers_day() -> None:
    text = (
        "時事脈搏 | 2024-09-07 09:57\n\n巴士下午1時起陸續恢復服務\n\n"
        "天文台將在下午1時改發3號強風訊號,大部分巴士路線會於下午1時起陸續恢復服務。\n"
    )
    assert ("2024-09-07T13:00", "2024-09-07T13:00") in periods(text, None)


def test_an_hour_beside_a_day_not_read_takes_no_papers_day() -> None:
    text = "【記者某某/南市報導】鋼便橋將於1111026日日9時至15時封閉部分車道進行清潔作業。"
    assert periods(text, dt.date(2022, 10, 24)) == []


def test_a_tables_rows_of_a_name_and_its_day_with_its_weekday_are_each_an_event() -> None:
    text = (
        "政府公布二○○七年公眾假期\n"
        "政府今日在憲報公布二○○七年公眾假期如下:\n"
        "農曆年初二 2月19日 星期一\n"
        "勞動節 5月 1日 星期二\n"
        "佛誕 5月24日 星期四\n"
        "國慶日 10月 1日 星期一\n"
        "政府發言人說,有關假期安排已刊憲。\n"
    )
    found = [moment_iso(e.start) for e in events(text, dt.date(2006, 4, 7))]
    assert found[-4:] == ["2007-02-19", "2007-05-01", "2007-05-24", "2007-10-01"]


@pytest.mark.parametrize(
    "saying",
    [
        pytest.param("区交通局回复某某新闻称", id="replied-saying"),
        pytest.param("区交通局在接受记者采访时称", id="said-in-an-interview"),
    ],
)
def test_the_day_a_body_answered_is_no_happening(saying: str) -> None:
    text = f"大桥恢复通行\n\n16日上午,{saying},江南长江大桥预计明日可以恢复通行。"
    assert periods(text, dt.date(2024, 4, 16)) == [("2024-04-17", "2024-04-17")]


def test_an_untitled_storys_date_named_by_its_sentences_subject() -> None:
    text = (
        "站前大道东段提升改造工程项目自去年11月份开工以来,施工单位根据现场施工条件,多措并举,"
        "全力以赴,目前已完成二层沥青的铺设,预计于本月底全面完工。"
    )
    [e] = events(text, dt.date(2021, 1, 22))
    assert (moment_iso(e.start), e.title) == ("2021-01-31", "站前大道东段提升改造工程项目")


def test_an_untitled_storys_source_is_no_subject() -> None:
    text = (
        "广州地铁公司昨日发布消息称,从昨天开始,地铁火车站的B出入口临时封闭,计划在1月21日重新开通。"
    )
    assert not [e for e in events(text, dt.date(2012, 1, 10)) if "消息称" in e.title]


def test_bare_clocks_after_an_afternoon_hour_are_the_afternoons() -> None:
    text = (
        "三、委员于1月14日下午1:00在天长宾馆三号楼大厅报到,领取会议材料。"
        "2:30在二招礼堂参加预备会议,3:00参加视察。"
    )
    starts = [moment_iso(e.start) for e in events(text, dt.date(2008, 1, 10))]
    assert starts == ["2008-01-14T13:00", "2008-01-14T14:30", "2008-01-14T15:00"]


def test_a_bare_clock_before_a_morning_run_stays_in_the_morning() -> None:
    text = (
        "一、面试时间:8月6 日8:30-17:30(7:30报到,7:50抽签,8:30面试)。\n"
        "二、面试地点:文昌市实验高级中学。\n"
        "四、面试程序:考生必须在7:30前到达考点,按照指示牌在候考室报到。"
    )
    starts = [moment_iso(e.start) for e in events(text, dt.date(2017, 8, 1))]
    assert "2017-08-06T19:30" not in starts and "2017-08-06T19:50" not in starts

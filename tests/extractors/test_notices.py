"""Notice items: fields, numbered headings and lists grouped into the items they describe."""

from __future__ import annotations

import datetime as dt

from extractors import extract_page, moment_iso
from extractors.layout import read_layout
from extractors.notices import Notice

NOTICE = """\
关于举办“书香丰台”全民阅读系列讲座的通知
为营造全民阅读氛围，区文旅局将举办系列讲座，现将有关事项通知如下。
一、讲座安排
第一讲：《红楼梦》里的北京
时间：2023年4月22日（周六）下午2:30—4:30
地点：丰台区图书馆三层报告厅
第二讲：宋词中的春天
时间：2023年4月29日（周六）上午9:30—11:30
地点：丰台区图书馆报告厅
二、报名时间
即日起至4月20日
"""


def _notice(text: str) -> Notice:
    (story,) = read_layout(text).stories
    return Notice(story, text)


def _lines(notice: Notice) -> list[tuple[int, str | None, str]]:
    return [(p.group, p.label, notice.text[p.start : p.end]) for p in notice.paragraphs]


def test_items_start_at_headings_and_repeated_labels() -> None:
    notice = _notice(NOTICE)
    first, second = (p for p in notice.paragraphs if p.label == "时间")
    assert first.group != second.group
    places = [notice.field_value(p.group, "place") for p in (first, second)]
    assert places == ["丰台区图书馆三层报告厅", "丰台区图书馆报告厅"]
    assert notice.field_title(first, "time", "时间") == "第一讲:《红楼梦》里的北京"


def test_heading_line_labels_the_paragraph_under_it() -> None:
    notice = _notice(NOTICE)
    last = notice.paragraphs[-1]
    assert last.label == "报名时间"
    assert notice.field_title(last, "window", last.label) == "“书香丰台”全民阅读系列讲座报名"


def test_schedule_table_rows_are_named_by_their_columns() -> None:
    text = "九月讲座安排\n序号 时间 地点 主题\n1 9月5日 14:30 东高地社区文化中心 家庭急救知识\n"
    notice = _notice(text)
    (row,) = notice.paragraphs  # the header row joins the headline
    assert notice.table_row(row) == ("家庭急救知识", "东高地社区文化中心")
    prose = _notice("讲座安排\n9月5日下午在社区中心举办讲座。\n")
    assert prose.table_row(prose.paragraphs[0]) is None


def test_a_notice_without_a_title_is_named_by_what_its_lead_sets_out() -> None:
    text = "特制定“政府开放日”方案如下:\n一、参加人员\n代表19人。\n二、活动时间\n6月9日上午10:00\n"
    (e,) = extract_page(text, dt.date(2023, 6, 6)).events
    assert (e.title, moment_iso(e.start)) == ("政府开放日", "2023-06-09T10:00")


def test_a_notice_is_named_by_the_quoted_name_its_lead_calls() -> None:
    text = (
        "区发改委决定召开“区管道燃气价格调整听证会”。\n"
        "一、时间:2024年5月20日上午9时\n二、地点:区政务中心三楼\n"
    )
    (e,) = extract_page(text, dt.date(2024, 5, 6)).events
    assert (e.title, moment_iso(e.start)) == ("区管道燃气价格调整听证会", "2024-05-20T09:00")


def test_a_notice_under_a_sites_section_heading_is_named_by_its_title_line() -> None:
    text = (
        "通知公告\n\n您当前所在的位置: 首页 >> 通知公告 >> 正文\n\n"
        "关于开展“最美乡村”网络评选的通知\n\n"
        "发布日期:2024-05-28 09:12:40 来源:县融媒体中心\n\n各乡镇:\n\n现将有关事项通知如下:\n\n"
        "一、评选时间、方式\n\n(一)投票时间:2024年6月3日至6月12日,共10天。\n\n(二)投票方式:网络投票。\n"
    )
    events = extract_page(text, dt.date(2024, 5, 28)).events
    assert [(e.title, moment_iso(e.start), moment_iso(e.end)) for e in events] == [
        ("“最美乡村”网络评选", "2024-06-03", "2024-06-12")
    ]


def test_a_headline_under_an_empty_location_label_names_the_notice() -> None:
    text = (
        "当前位置:\n关于《某某微公园建设项目(草案)》征求意见的公告\n"
        "来源:某某镇 发布时间:2023年2月15日\n现将草案向社会公开,征求社会公众意见。"
        "征集时间:2023年2月15日至2023年3月19日\n"
    )
    (event,) = extract_page(text, None).events
    assert event.article == "关于《某某微公园建设项目(草案)》征求意见的公告"


def test_a_records_title_cell_names_a_road_closure() -> None:
    text = (
        "标题:关于某某旗部分农村公路养护工程封路施工的公告 | |||\n"
        "成文日期:2023-06-06 16:14:16 | 公开日期:2023-06-06 16:14:16 | |||\n"
        "需对部分农村公路进行全封闭施工,具体线路为:\n一、封闭路段:\n某某段30公里、某某段2公里。\n"
        "二、封闭施工时间:2023年06月10日至2023年8月30日。\n"
    )
    titles = [e.title for e in extract_page(text, None).events]
    assert titles == ["某某旗部分农村公路养护工程封路施工"]


def test_a_notice_is_named_by_the_meeting_its_lead_calls() -> None:
    text = (
        "为听取各界意见,拟召开《规划》听证会。现就有关事项公告如下:\n一、听证的时间和地点\n"
        "时间:2024年11月27日(具体时间另行通知);\n地点:镇人民政府三楼会议室。\n"
    )
    (e,) = extract_page(text, dt.date(2024, 10, 25)).events
    assert (e.title, moment_iso(e.start)) == ("《规划》听证会", "2024-11-27")

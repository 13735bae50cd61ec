"""Properties over any text: never raises, periods are ordered, and what the events are does not
depend on hard wraps (as PDF text breaks lines) or on full-width forms."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import extract_page
from extractors.model import day_of

from .conftest import CORPUS

PUB = dt.date(2023, 4, 14)
PARAGRAPHS = [
    "本报讯（记者 李四）4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕，"
    "四大专区20余项活动将让市民体验“书香丰台”。",
    "在“4·23”世界读书日当天，书市还会邀请知名企业家走进书市分享阅读故事。",
    "预计园区周边主干道铺设工作于4月底完工，环氧地坪铺设工作将于5月底完工。",
    "4月11日，区委常委会召开第62次会议，传达学习中央、市委有关文件精神。",
    "9月17日至10月17日，每天10:00至17:00，书画作品展将在丰台区文化馆一层展厅展出。",
    "记者13日从区教委获悉，截至4月底，全区共接待游客10万人次，同比增长15%。",
    "5月24日下午3点，组委会将在区体育局四层会议室进行抽签，届时将通过网络直播。",
    "即日起至6月30日，每天9:00至16:00，万丰路半幅封闭施工，请过往车辆提前绕行。",
]
CHINESE = st.text(alphabet="月日年号至前底今明当天晚上午下时点分:：，。、“”（）\n 0123456789一二十")
# (with lone surrogates, what decoding with `surrogateescape` leaves for an undecodable byte)
ANY_CODE_POINT = st.text(st.characters(exclude_categories=()))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), CHINESE, ANY_CODE_POINT), st.one_of(st.none(), st.dates()))
def test_never_raises_and_periods_are_ordered(text: str, published: dt.date | None) -> None:
    page = extract_page(text, published)
    for e in page.events:
        assert _ordered(e.start, e.end)
        assert e.title
        assert e.upcoming == (day_of(e.end) >= page.published)


def _ordered(start: dt.date, end: dt.date) -> bool:
    """True when a period starts no later than it ends: a day's start is its first minute, a
    day's end its last (`22:00` to the same day's `06:00` is no period)."""
    first = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time.min)
    last = end if isinstance(end, dt.datetime) else dt.datetime.combine(end, dt.time.max)
    return first <= last


def test_corpus_periods_are_ordered_and_upcoming_by_their_ends() -> None:
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        for e in extract_page(path.read_text(encoding="utf-8"), PUB).events:
            assert _ordered(e.start, e.end), (path.name, e.evidence)
            assert e.upcoming == (day_of(e.end) >= PUB), (path.name, e.evidence)


def _wrap(paragraph: str, width: float) -> str:
    """Hard-wrap like PDF text: lines of one printed width (ASCII half a cell), blank between."""
    lines, line, cells = [], "", 0.0
    for ch in paragraph:
        cell = 0.5 if ch.isascii() else 1.0
        if cells + cell > width:
            lines.append(line)
            line, cells = "", 0.0
        line += ch
        cells += cell
    lines.append(line)
    return "\n\n".join(lines)


def _summary(text: str) -> list[tuple[object, object, str]]:
    return [(e.start, e.end, e.title) for e in extract_page(text, PUB).events]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=4, unique=True),
    st.integers(min_value=16, max_value=40),
)
def test_same_events_when_hard_wrapped(paragraphs: list[str], width: int) -> None:
    flat = "\n".join(paragraphs)
    # Wrapped paragraphs are padded to whole lines, as a PDF column would be.
    wrapped = "\n\n".join(_wrap(p, width) for p in paragraphs)
    assert _summary(wrapped) == _summary(flat)


_FULL = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=4, unique=True))
def test_same_events_in_full_width_forms(paragraphs: list[str]) -> None:
    half = "\n".join(paragraphs)
    assert _summary(half.translate(_FULL)) == _summary(half)


# Known differences, each with what differs.
FULL_WIDTH_GAPS = {
    "ba-page-notices-2023-11-03.txt": "on this hard-wrapped page the title of the 11月19日 exam "
    "is taken from the next clause when its year or clock is written in full-width digits",
    "bb-power-outage-2023-11.txt": "the outage's title loses its subject (国网滨江供电公司) when "
    "the clock is written in full-width digits",
    "bb-snowstorm-schools-2019-12.txt": "the forecast's title is a copy of the sentence, digits "
    "included, so it differs in full width",
    "bc-page-chengshi-2025-02-07.txt": "the 9:00-12:00 job fair is named after its organiser "
    "(市人社局) instead of the fair when the clock is written in full-width digits",
    "bc-xinhua-west-lake-mid-autumn-2025.txt": "two titles copy the sentence, digits included",
    "bd-page-ningbo-spring-2022-01-14.txt": "the statistic `12月份全市居民消费价格指数` is read as "
    "a December happening when its month is written in full-width digits",
    "bd-page-qilu-evening-2023-08-11.txt": "the night market's title keeps `将在大明湖` in half "
    "width only",
    "bd-page-wenzhou-july-2023-06-30.txt": "with full-width digits the night market's daily hours "
    "`每天18:00至23:30` are read apart from its `明天起…持续至8月31日` run",
}
# Known differences once wrapped, each with what differs.
WRAP_GAPS = {
    "bb-harvest-festival-2023-09.txt": "wrapped at 22 with blank lines, the lead's first clause "
    "`本月十九、二十、二十一日三天,` is a paragraph of its own, so the festival's event has "
    "another sentence and the reranker keeps it (0.49; 0.43 unwrapped, dropped, as the gold "
    "wants)",
    "ba-ice-sports-community-2025.txt": "wrapped at 22, `五一` is read as its 4月29日-30日 days",
    "bb-ice-festival-2020-01.txt": "wrapped at 30, `持续至2月20日` no longer carries on the "
    "12月31日 show",
    "bb-xinhua-holidays-2025.txt": "wrapped at 30, the label `国庆节、` is cut from its item "
    "and read as 10月1日",
    "ba-reading-carnival-2026.txt": "wrapped at 22, the 26-character headline `“4-23”世界读书日 "
    "市图书馆推出…` becomes two body paragraphs, read as a happening on the 23rd",
    "bc-water-outage-notice-2024.txt": "wrapped at 22, the notice's lines are read as a list and "
    "the outage (12月3日8:00至20:00) and its supply points are lost",
    "bd-tuesday-new-year-eve-2019-12-31.txt": "wrapped at 22, the 今晚 20:00 and 22:00 shows are "
    "lost",
    "ba-school-sports-meet-2021.txt": "wrapped at 30, `下周四、周五` is cut between `下周` and "
    "`四` by a blank line, so only `周五` is read and the two days are no longer one run",
    "wedding-expo.txt": "wrapped at 22, `本周六、周日` is cut between `本周` and `六` by a blank "
    "line, so only `周日` is read and the two days are no longer one run",
    "storm-warning.txt": "wrapped at 22, the dateline's line `…今天11时发布暴雨` is not joined to "
    "`蓝色预警信号` and the warning's issuing hour is read as a happening",
}
# The blind batches' pages come already wrapped at about 22 characters: re-wrapping them would
# cut every sentence into one-line paragraphs.
_PREWRAPPED = ("ba-page-", "bb-page-", "bc-page-", "bd-page-")


def test_corpus_articles_read_the_same_in_full_width() -> None:
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        if path.name in FULL_WIDTH_GAPS:
            continue
        text = path.read_text(encoding="utf-8")
        assert _summary(text.translate(_FULL)) == _summary(text), path.name


def test_corpus_articles_read_the_same_when_hard_wrapped() -> None:
    """Wrapping puts a blank line between the article's lines, so it holds for articles written
    a paragraph a line (not for pages already wrapped, see _PREWRAPPED)."""
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name.startswith(_PREWRAPPED) or path.name in WRAP_GAPS:
            continue
        for width in (22, 30, 41):
            lines = text.split("\n")
            wrapped = "\n\n".join(_wrap(ln, width) if len(ln) > width else ln for ln in lines)
            assert _periods(wrapped) == _periods(text), (path.name, width)


def _periods(text: str) -> list[tuple[object, object]]:
    return [(e.start, e.end) for e in extract_page(text, PUB).events]

"""Bytes to text: encodings, bad input, NFKC and the PDF space repairs."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from extractors import UnreadableInput, decode_text, normalize_text
from extractors.reader import clean_span, join_lines, nfkc_counting, nfkc_same_length
from extractors.script import COMMON_TRADITIONAL

NOTICE = "本报讯（记者 王蕾蕾）4月14日至24日，“北京书市”丰台分展场在泰舍书局开幕。\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(NOTICE.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + NOTICE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(NOTICE.encode("gb18030"), id="gb18030"),
        pytest.param(NOTICE.encode("gbk"), id="gbk"),
        pytest.param(NOTICE.encode("utf-16"), id="utf-16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + NOTICE.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(NOTICE.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(NOTICE.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(NOTICE.encode("utf-32"), id="utf-32-bom"),
    ],
)
def test_decodes_every_encoding_of_a_chinese_notice(data: bytes) -> None:
    assert decode_text(data) == NOTICE


def test_other_encodings_go_through_detection() -> None:
    text = "本報訊（記者 王蕾蕾）4月14日至24日，「北京書市」豐台分展場在泰舍書局開幕。" * 3
    assert decode_text(text.encode("big5")) == text


def test_gb18030_copy_of_the_sample_page_reads_as_the_utf8_one(sample_text: str) -> None:
    assert decode_text(sample_text.encode("gb18030")) == sample_text
    assert decode_text(sample_text.encode("utf-16")) == sample_text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b" \r\n\t\n", id="whitespace"),
        pytest.param(codecs.BOM_UTF8, id="bom-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, id="png"),
        pytest.param(b"\x00\x01\x02\x03\xff\xfe\xfd" * 300, id="binary-nul"),
        pytest.param(bytes((i * 37 + 11) % 256 for i in range(4000)), id="binary-noise"),
    ],
)
def test_empty_or_binary_input_is_unreadable_with_a_one_line_message(data: bytes) -> None:
    with pytest.raises(UnreadableInput) as info:
        decode_text(data)
    message = str(info.value)
    assert message and "\n" not in message


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("4 月 14 日", "4月14日", id="spaced-date"),
        pytest.param("紧紧围 绕 学习贯 彻习近平", "紧紧围绕学习贯彻习近平", id="spaced-words"),
        pytest.param("４月１４日至２４日", "4月14日至24日", id="full-width-digits"),
        pytest.param("Telegram bot 提醒", "Telegram bot 提醒", id="latin-words-keep-space"),
        pytest.param("2023 4", "2023 4", id="two-numbers-stay-apart"),
        pytest.param("第一行\r\n第二行", "第一行\n第二行", id="crlf"),
        pytest.param("　　本报讯（记者 王蕾蕾）", "本报讯(记者王蕾蕾)", id="ideographic-indent"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("4月14日至24\n\n日", "4月14日至24日", id="date-broken-over-lines"),
        pytest.param("要紧紧围\n绕 学习贯 彻", "要紧紧围绕学习贯彻", id="pdf-noise"),
        pytest.param("open\nsource", "open source", id="latin-words-across-lines"),
    ],
)
def test_clean_span_removes_line_breaks_and_stray_spaces(raw: str, clean: str) -> None:
    assert clean_span(raw) == clean


@pytest.mark.parametrize(
    "text",
    ["４月１４日（周五）", "面积50㎡，①号楼", "ｅｘａｍｐｌｅ　２０２３", "“4·23”世界读书日"],
)
def test_nfkc_keeps_offsets(text: str) -> None:
    norm = nfkc_same_length(text)
    assert len(norm) == len(text)
    assert "　" not in norm and "４" not in norm


def test_look_alikes_of_colon_and_hyphen_become_plain() -> None:
    assert nfkc_same_length("2月20日14∶00—16∶00，2022−08−26") == "2月20日14:00—16:00,2022-08-26"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        pytest.param(["4月1", "4日开幕"], "4月14日开幕", id="day-broken-over-lines"),
        pytest.param(["202", "3年"], "2023年", id="year-broken-over-lines"),
        pytest.param(
            ["2022.8.26", "06:30—15:30停电"], "2022.8.26 06:30—15:30停电", id="date-clock"
        ),
        pytest.param(
            ["发送至13592220007", "3月17日"], "发送至13592220007 3月17日", id="phone-date"
        ),
    ],
)
def test_digits_across_lines_join_unless_they_make_two_numbers(
    lines: list[str], joined: str
) -> None:
    assert join_lines([[(line, 0) for line in lines]])[0] == joined


def test_pinyin_after_a_character_is_blanked() -> None:
    norm = nfkc_same_length("展覽將持續(xù)至4月1日,(注)")
    assert norm == "展覽將持續    至4月1日,(注)"


def test_the_day_a_papers_today_says_again_is_blanked() -> None:
    norm = nfkc_same_length("活动今(4)日启动,昨（22）日开幕,名单(1)日")
    assert norm == "活动今   日启动,昨    日开幕,名单(1)日"


def test_the_day_said_in_brackets_after_dang_is_that_day() -> None:
    norm = nfkc_same_length("將於當(19)日6時至10時管制,當（30）日,當(dāng)天")
    assert norm == "將於  19 日6時至10時管制,  30 日,當      天"


def test_joined_lines_map_clean_offsets_back_to_the_source() -> None:
    source = "要紧紧围\n\n绕 学习贯 彻\n\nopen\nsource"
    text, smap, starts = join_lines(
        [[("要紧紧围", 0), ("绕 学习贯 彻", 6)], [("open", 15), ("source", 20)]]
    )
    assert text == "要紧紧围绕学习贯彻\nopen source"
    assert starts == [0, 10]
    for i, ch in enumerate(text):
        if ch not in " \n":
            assert source[smap.to_source(i)] == ch
    assert source[slice(*smap.source_span(3, 6))] == "围\n\n绕 学"


@pytest.mark.parametrize(
    "text",
    [
        "本報訊 將於５月８日舉行",
        "們這個會說",
        "４月１４日（周五）",
        "來自\uf92d (guó)國",
        "①號 ㎡ 時間",
    ],
)
def test_nfkc_counts_the_flagged_characters_of_its_result(text: str) -> None:
    norm, n = nfkc_counting(text, COMMON_TRADITIONAL)
    assert norm == nfkc_same_length(text)
    assert n == sum(norm.count(c) for c in set(norm) if COMMON_TRADITIONAL[ord(c)])


def test_characters_taken_as_settled_are_left_alone_by_nfkc_beside_any_other() -> None:
    """nfkc_counting normalizes only a text holding a character outside _NFKC_SETTLED: each of
    those must be NFKC itself, of no combining class, and compose with nothing before it (the
    second character of no canonical pair; Unicode's quick check is Yes for all of them)."""
    from extractors.reader import _NFKC_SETTLED

    seconds = set()
    for c in range(0x110000):
        parts = unicodedata.decomposition(chr(c)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    seconds.update(range(0x1100, 0x1200))  # (Hangul's vowels and finals compose by rule)
    unsettled = [
        hex(c)
        for a, b in _NFKC_SETTLED
        for c in range(a, b)
        if not unicodedata.is_normalized("NFKC", chr(c))
        or unicodedata.combining(chr(c))
        or c in seconds
    ]
    assert unsettled == []


def test_a_text_of_settled_characters_comes_back_as_it_is() -> None:
    text = "我区召开支援合作工作联席会议·2023年4月14日—“北京书市”、《丰台报》。À"
    assert nfkc_same_length(text) == text == unicodedata.normalize("NFKC", text)

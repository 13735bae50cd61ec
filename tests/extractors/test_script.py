"""Traditional-character pages read like their simplified twins (extractors/script.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import extract_page
from extractors.script import (
    _COMMON_TRADITIONAL,
    PageScript,
    read_opencc,
    simplify,
    to_simplified,
)

from .conftest import CORPUS

PUB = dt.date(2024, 5, 1)


def _events(text: str) -> list[tuple[object, ...]]:
    """The events' fields; titles and places in simplified characters (a title may be copied
    from the source text, in the source's script)."""
    page = extract_page(text, PUB)
    return [
        (e.start, e.end, e.kind, simplify(e.title), e.location and simplify(e.location))
        for e in page.events
    ]


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        pytest.param(
            "本報訊 四方區第七屆鄰居節將於5月8日至18日舉行，報名截止時間為5月6日。"
            "5月10日上午9時，開幕式將在區文化館舉行。",
            "本报讯 四方区第七届邻居节将于5月8日至18日举行，报名截止时间为5月6日。"
            "5月10日上午9时，开幕式将在区文化馆举行。",
            id="notice-with-registration",
        ),
        pytest.param(
            "農曆正月十五晚上7點，元宵燈會將在人民公園點亮，屆時還有猜燈謎等活動。",
            "农历正月十五晚上7点，元宵灯会将在人民公园点亮，届时还有猜灯谜等活动。",
            id="lunar-lantern-festival",
        ),
        pytest.param(
            "為保障馬拉松比賽順利進行，5月19日6時至13時，濱江路將實施交通管制。",
            "为保障马拉松比赛顺利进行，5月19日6时至13时，滨江路将实施交通管制。",
            id="road-closure-clock-range",
        ),
    ],
)
def test_traditional_page_reads_like_its_simplified_twin(traditional: str, simplified: str) -> None:
    assert _events(simplified)
    assert _events(traditional) == _events(simplified)


def test_evidence_is_copied_from_the_traditional_source() -> None:
    text = "本報訊 書市將於5月8日至18日在區文化館舉行，屆時還有講座。"
    (event,) = extract_page(text, PUB).events
    assert "將於5月8日至18日" in event.evidence


def test_a_traditional_page_is_named_in_its_own_characters() -> None:
    text = (
        "本報訊 為豐富市民節日生活,區文化館將於5月8日在體育館舉辦鄰里聯歡晚會。"
        "這是該館第三次舉辦這類活動,屆時將有歌舞表演。"
    )
    (event,) = extract_page(text, PUB).events
    assert (event.title, event.location) == ("鄰里聯歡晚會", "體育館")
    (article,) = extract_page("區文化館舉辦聯歡晚會\n\n" + text, PUB).articles
    assert article.title == "區文化館舉辦聯歡晚會"


def test_words_put_together_take_the_characters_the_page_mostly_writes() -> None:
    written = "後來春節前後,節日的後勤"
    script = PageScript(written, simplify(written))
    assert script("节日后勤") == "節日後勤"  # (not on the page as such: character by character)
    assert script("春节前后") == "春節前後"  # (on the page: its characters there)
    assert script("新的") == "新的"


def test_a_simplified_page_quoting_a_traditional_name_is_left_alone() -> None:
    # 乾 stays in 乾隆 (a whole-page conversion would write 干隆): four traditional
    # characters in a simplified page are a quotation, not a traditional text.
    text = "“乾隆御书《說文》展”5月8日至18日在区博物馆举行，展出“國寶”真迹。"
    assert to_simplified(text) == text


def test_common_traditional_characters_are_never_simplified_writing() -> None:
    """The detection list must hold only characters a simplified text does not use."""
    to_simp = read_opencc("TSCharacters.txt")
    simplified = set(read_opencc("STCharacters.txt"))
    simplified.update(c for cands in to_simp.values() for c in cands)
    assert [c for c in _COMMON_TRADITIONAL if c not in to_simp or c in simplified] == []


# Articles whose traditional rendering reads differently, with what differs.
TRADITIONAL_GAPS = {
    "bc-xinhua-west-lake-mid-autumn-2025.txt": "a title that falls back to the source text "
    "(traditional) gets the festival's simplified name put before it once more",
}


def test_corpus_articles_read_the_same_in_traditional_characters() -> None:
    """Every corpus article, written character by character in traditional script, gives the
    same events (characters whose round trip is not exact are left simplified)."""
    to_trad = {
        ord(s): cands[0]
        for s, cands in read_opencc("STCharacters.txt").items()
        if simplify(cands[0]) == s
    }
    checked = 0
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        if path.name in TRADITIONAL_GAPS:
            continue
        text = path.read_text(encoding="utf-8")
        traditional = text.translate(to_trad)
        if to_simplified(traditional) == traditional:
            continue  # too few common characters to convert (a short notice)
        assert _events(traditional) == _events(text), path.name
        checked += 1
    assert checked > 200


@given(st.text())
def test_length_is_kept(text: str) -> None:
    assert len(to_simplified(text)) == len(text)
    assert len(to_simplified(text + _COMMON_TRADITIONAL)) == len(text + _COMMON_TRADITIONAL)

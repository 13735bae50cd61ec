"""Properties of find_times on any input: it never raises, periods are ordered, and stray
whitespace or full-width digits do not change what is read."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.timex import find_times, find_times_strict, grammar
from extractors.timex import patterns as P
from extractors.timex.flags import FLAGS

REF = dt.date(2023, 4, 14)
PIECES = [
    "4月14日",
    "至",
    "24日",
    "下午2点",
    "晚上7时30分",
    "今天",
    "明天",
    "下周一",
    "国庆",
    "假期",
    "端午节",
    "2023年",
    "5月",
    "底",
    "上旬",
    "当晚",
    "次日",
    "、",
    "，",
    "前",
    "9:00",
    "-",
    "17:00",
    "二〇二三年",
    "十九日",
    "每天",
    "即日起至",
    "截至",
    "“4·23”",
    "号",
    "12",
    "周六",
    "春节",
    "李",
    "元宵",
]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=12).map("".join)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def _key(text: str) -> list[tuple[object, object, str]]:
    return [(m.start, m.end, m.precision.value) for m in find_times_strict(text, REF)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), DATES)
def test_never_raises_and_start_le_end(text: str, ref: dt.date) -> None:
    for m in find_times_strict(text, ref):
        assert m.start <= m.end
        assert 0 <= m.span[0] <= m.span[1] <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT, DATES)
def test_grammar_pieces_never_raise(text: str, ref: dt.date) -> None:
    assert isinstance(find_times(text, ref), list)
    for m in find_times_strict(text, ref):
        assert m.flags <= FLAGS.keys(), m.flags - FLAGS.keys()
        assert type(m.start) is type(m.end)
        assert m.start <= m.end
        assert text[m.span[0] : m.span[1]] == m.text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.data())
def test_whitespace_inside_does_not_change_the_reading(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    # insert a space or line break at a position that does not separate two digits
    spots = [i for i in range(1, len(text)) if not (text[i - 1].isdigit() and text[i].isdigit())]
    if not spots:
        return
    i = data.draw(st.sampled_from(spots))
    gap = data.draw(st.sampled_from([" ", "\n", " \n "]))
    assert _key(text[:i] + gap + text[i:]) == _key(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8))
def test_full_width_reads_like_half_width(pieces: list[str]) -> None:
    text = "".join(pieces)
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)
    assert _key(unicodedata.normalize("NFKC", wide)) == _key(text)
    assert _key(wide) == _key(text)


_TRIE_HEADS = [
    (k, head) for k, (_, _, head, _, _) in enumerate(grammar._HEADS) if grammar._HEAD_WORDS[k]
]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_head_words_end_where_their_regex_does(data: st.DataObject) -> None:
    """A head's words read by their first two characters end where the head's trie regex
    matches (the longest word at the place), or nowhere when it does not match."""
    k, head = data.draw(st.sampled_from(_TRIE_HEADS))
    words = grammar._HEADS[k][1]
    parts = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(words).map(lambda w: w[: data.draw(st.integers(1, len(w)))]),
                st.sampled_from(list("".join(words)) + ["的", "日", "1", " "]),
            ),
            min_size=1,
            max_size=5,
        )
    )
    text = "".join(parts)
    for p in range(len(text)):
        m = head.match(text, p)
        assert grammar._head_end(k, head, text, p) == (-1 if m is None else m.end())


# what each pattern read right after a date matches, one example a branch at least
_AFTER_DATE = [
    (P.SINCE_AFTER, P.OPENS_SINCE, ["以来", "至今", "起至今", "到现在"]),
    (P.START_AFTER, P.OPENS_START, ["起", "开始"]),
    (P.DEADLINE_AFTER, P.OPENS_DEADLINE, ["之前", "以前", "前", "止", "为止", "截止"]),
    (
        P.CONN,
        P.OPENS_CONN,
        ["至", "到", "—", "–", "-", "~", "－", "―", "─", "∽", "起至", "持续到", "延续至"]
        + ["延长至", "直至", "一直到", "和", "与"],
    ),
    (P.LUNAR_NOTE, P.OPENS_NOTE, ["(正月初一)", "（农历八月十五）"]),
    (P.WEEKDAY_IN_NOTE, P.OPENS_NOTE, ["(农历除夕、周二)", "（星期五）"]),
    (P.NAME_NOTE, P.OPENS_NOTE, ["(除夕)", "（元宵节）"]),
    (
        P.WEEKDAY_NOTE,
        P.OPENS_WEEKDAY,
        ["(周六)", "（星期一）", ",周二", "，礼拜三", "週四", "禮拜日"],
    ),
]


def test_patterns_after_a_date_open_only_with_their_openers() -> None:
    """Every example matches; with its first character replaced by any character not among the
    pattern's OPENERS, none does (so match_after may skip the regex there)."""
    others = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for pattern, opens, examples in _AFTER_DATE:
        for example in examples:
            assert pattern.match(example), example
            assert P.match_after(pattern, opens, "x" + example, 1) is not None, example
            for ch in others:
                if not P.OPENERS[ord(ch)] & opens:
                    assert pattern.match(ch + example[1:]) is None, (ch, example)

"""The namer's helpers that tests of whole pages do not pin down."""

from __future__ import annotations

from extractors import naming

_LEAD_EXAMPLES = [w + "开展活动" for w in naming._LEAD_WORDS.split("|")] + [
    "三、开展活动",
    "(一)开展活动",
    "（12）开展活动",
    "2.开展活动",
    "导语开展活动",
    "A本报记者张三本报讯开展活动",
    "本报记者张三本报讯开展活动",
    "为期三天的活动",
    "历时两月的活动",
    "一連7天的活动",
    "為期三天的活动",
    ",开展活动",
    "、开展活动",
    "）开展活动",
    " 开展活动",
]


def test_lead_opens_only_with_its_first_characters() -> None:
    """Every example loses its lead; with its first character replaced by any character that
    _may_lead turns away, _LEAD strips nothing (so the regex call may be skipped there)."""
    others = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    turned_away = [ch for ch in others if not naming._may_lead(ch)]
    assert "活" in turned_away and "将" not in turned_away
    for example in _LEAD_EXAMPLES:
        assert naming._LEAD.match(example), example
        for ch in turned_away:
            assert naming._LEAD.match(ch + example[1:]) is None, (ch, example)

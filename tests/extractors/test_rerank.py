"""The reranker: a learnt second look at each upcoming event (extractors.events.rerank)."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from extractors import Event, Kind, extract_page
from extractors.events import rerank
from extractors.events.rerank_weights import BIAS, THRESHOLD, WEIGHTS

from .conftest import CORPUS

PUB = dt.date(2023, 4, 14)
# every feature the model may weigh, by family
FAMILIES = (
    "kind=",
    "conf",
    "confb=",
    "timed",
    "span=",
    "ahead=",
    "loc",
    "tlen=",
    "nev=",
    "first",
    "samesent=",
    "eb:",
)


def event(evidence: str, start: dt.date = dt.date(2023, 4, 20), **fields: object) -> Event:
    values: dict = {
        "title": "书画展",
        "start": start,
        "end": start,
        "kind": Kind.ACTIVITY,
        "upcoming": start >= PUB,
        "evidence": evidence,
        "article": "某某新闻",
        "confidence": 0.75,
        "sentence": evidence + "。",
    }
    values.update(fields)
    return Event(**values)


def test_the_weights_are_a_probability_model_over_known_features() -> None:
    assert 0.0 < THRESHOLD < 1.0 and math.isfinite(BIAS)
    assert WEIGHTS and all(math.isfinite(w) and w != 0.0 for w in WEIGHTS.values())
    assert all(name.startswith(FAMILIES) for name in WEIGHTS)


def test_features_describe_the_event_among_its_article() -> None:
    one = event("4月20日，书画展将在文化馆举行", location="文化馆")
    other = event("4月21日，讲座在图书馆开讲", start=dt.date(2023, 4, 21))
    found = rerank.features(one, PUB, [one, other])
    assert found["kind=activity"] == 1.0 and found["loc"] == 1.0 and found["timed"] == 0.0
    assert found["ahead=2-7"] == 1.0 and found["span=0"] == 1.0
    assert found["nev=2"] == 1.0 and found["first"] == 1.0 and found["samesent=1"] == 1.0
    assert found["eb:将在"] == 1.0 and found["eb:举行"] == 1.0
    assert rerank.features(other, PUB, [one, other])["first"] == 0.0


@pytest.mark.parametrize(
    ("written", "traditional"),
    [
        pytest.param("４月２０日，书画展将在文化馆举行", False, id="full-width"),
        pytest.param("4月20日，書畫展將在文化館舉行", True, id="traditional"),
    ],
)
def test_features_read_the_evidence_as_the_rules_do(written: str, traditional: bool) -> None:
    plain = event("4月20日,书画展将在文化馆举行")
    other = event(written, sentence=plain.sentence)
    assert rerank.features(other, PUB, [other], traditional) == rerank.features(plain, PUB, [plain])


def test_kept_drops_only_upcoming_events_scored_under_the_threshold() -> None:
    events = [
        event("4月20日，书画展将在文化馆举行"),
        event("去年4月1日，书画展在文化馆举行", start=dt.date(2022, 4, 1)),
        event("春节期间，市民周末可以到公园看花灯", start=dt.date(2024, 2, 10), title="春节"),
    ]
    kept = rerank.kept(events, PUB)
    for e in events:
        if not e.upcoming:
            assert e in kept  # (the model never saw past events)
        else:
            likely = rerank.likelihood(e, PUB, events)
            assert (e in kept) == (likely >= THRESHOLD)
    assert kept == [e for e in events if e in kept]  # page order kept


def test_the_reranker_only_ever_drops_events_the_rules_found() -> None:
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["published"])
        text = path.read_text(encoding="utf-8")
        all_found = extract_page(text, published, rerank=False).events
        kept = extract_page(text, published).events
        assert [e for e in all_found if e in kept] == list(kept), path.name
        assert [e for e in all_found if not e.upcoming] == [e for e in kept if not e.upcoming]


def test_a_festival_named_in_passing_is_dropped_and_the_happening_kept() -> None:
    text = (
        "学雷锋志愿服务周末启动\n\n"
        "本报讯 “3·5”学雷锋纪念日即将到来。本周日上午9时至11时，全市将在人民广场等地设立"
        "100余个志愿服务点，为市民提供义诊、理发、家电维修等便民服务。"
    )
    published = dt.date(2023, 3, 1)
    found = [e.title for e in extract_page(text, published, rerank=False).events]
    kept = [e.title for e in extract_page(text, published).events]
    assert "“3·5”学雷锋纪念日" in found and "“3·5”学雷锋纪念日" not in kept
    assert len(kept) == len(found) - 1

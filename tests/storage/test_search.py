"""The bigram tokens behind full-text search."""

from __future__ import annotations

import pytest

from storage.search import match_query, tokens


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("北京书市", ["北京", "京书", "书市"], id="cjk-bigrams"),
        pytest.param("书", ["书"], id="single-cjk"),
        pytest.param("“4·23”读书日", ["4", "23", "读书", "书日"], id="numbers-and-quotes"),
        pytest.param("Beijing Book Fair", ["beijing", "book", "fair"], id="latin-words"),
        pytest.param('" * AND ( ) :', ["and"], id="operators-are-words-or-nothing"),
    ],
)
def test_tokens(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize(
    "query,expected",
    [
        pytest.param("书市", 'bigrams : "书市"', id="word"),
        pytest.param(
            "北京书市 泰舍", 'bigrams : "北京 京书 书市" AND bigrams : "泰舍"', id="all-words"
        ),
        pytest.param('AND"', 'bigrams : "and"', id="quoted-operator"),
        pytest.param("书", 'chars : "书"', id="single-char-column"),
        pytest.param("* ( :", None, id="nothing-searchable"),
    ],
)
def test_match_query(query, expected):
    assert match_query(query) == expected


def test_traditional_characters_are_tokens_of_their_simplified_forms():
    assert tokens("北京書市 鄰里節") == tokens("北京书市 邻里节")
    assert match_query("書") == 'chars : "书"'

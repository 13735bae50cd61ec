"""Full-text search for Chinese without a word segmenter: overlapping character bigrams.

Indexed text is stored as space-separated tokens: each run of CJK characters becomes its
overlapping bigrams (``北京书市`` → ``北京 京书 书市``), Latin words and numbers stay whole,
lower-cased. A query word becomes the phrase of its tokens, so ``书市`` and ``北京书市`` match
consecutive bigrams; a one-character word searches a second column of single characters.
Traditional characters are indexed and searched as simplified ones, so a word is found in either
script (``書市`` finds ``书市``). FTS5 syntax never reaches the index: every token is quoted.
"""

from __future__ import annotations

import re

from extractors.script import simplify

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Return the index tokens of ``text`` in order (empty list for none)."""
    return _tokens(simplify(text or ""))


def _tokens(folded: str) -> list[str]:
    """Return the index tokens of a text already read as simplified."""
    out: list[str] = []
    for word in _WORD.findall(folded):
        if _CJK_RUN.fullmatch(word):
            if len(word) == 1:
                out.append(word)
            else:
                out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word.lower())
    return out


def index_text(*parts: str | None) -> tuple[str, str]:
    """Return the (bigrams, characters) token strings stored in the FTS index for these fields.

    The second column holds every CJK character alone, for one-character queries.
    """
    folded = simplify(" ".join(p or "" for p in parts))
    chars = " ".join(ch for run in _CJK_RUN.findall(folded) for ch in run)
    return " ".join(_tokens(folded)), chars


def match_query(query: str) -> str | None:
    """Return an FTS5 MATCH expression requiring every word of ``query``; None when the
    query has nothing searchable (only punctuation and operators)."""
    phrases = []
    for word in query.split():
        toks = tokens(word)
        if not toks:
            continue
        if len(toks) == 1 and len(toks[0]) == 1 and _CJK_RUN.fullmatch(toks[0]):
            phrases.append(f'chars : "{toks[0]}"')
        else:
            phrases.append('bigrams : "' + " ".join(t.replace('"', '""') for t in toks) + '"')
    return " AND ".join(phrases) if phrases else None

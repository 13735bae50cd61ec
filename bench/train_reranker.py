#!/usr/bin/env python3
"""Learn the reranker's weights (``extractors/events/rerank_weights.py``) from annotated articles.

Usage: python bench/train_reranker.py DIR [DIR ...] [--test DIR ...] [--c 0.1] [--prune 0.1]
       [--threshold 0.45] [--write]

Each DIR is laid out as ``../shared/bench/score_events.py`` wants (``articles/*.txt``,
``gold/*.json``; real published articles, kept outside the repository). Every article is read
as ``newscal extract`` reads it, with the reranker off; each upcoming event is labelled by
whether the shared scorer's matching pairs it with an upcoming gold event, and described by
:func:`extractors.events.rerank.features` (the very features the extractor scores). A logistic
regression (scikit-learn, ``pip install scikit-learn``; the extractor itself needs none) is fitted
on them; weights under ``--prune`` are left out. With ``--test``, prints the upcoming F1 of those
folders without and with the model at a few thresholds, the model trained on DIR only: train on
older folders, test on newer ones, for a figure on articles the model has not seen. ``--write``
writes the weights module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "bench"))

import score_events as se  # noqa: E402

from bot.ingest import read_source  # noqa: E402
from extractors import extract_page  # noqa: E402
from extractors.contract import page_json  # noqa: E402
from extractors.events.rerank import by_article, features, probability  # noqa: E402
from extractors.layout import read_layout  # noqa: E402

TZ = zoneinfo.ZoneInfo("Asia/Shanghai")
OUT = ROOT / "extractors" / "events" / "rerank_weights.py"
THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55)


def examples(folders: list[Path]) -> tuple[list[tuple[dict[str, float], int]], int]:
    """Return (features, label) of every upcoming event the rules find in folders (label 1 when
    the shared scorer pairs it with an upcoming gold event), and how many upcoming gold events
    the folders hold."""
    out: list[tuple[dict[str, float], int]] = []
    wanted = 0
    for folder in folders:
        for gpath in sorted((folder / "gold").glob("*.json")):
            art = folder / "articles" / f"{gpath.stem}.txt"
            if not art.exists():
                continue
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            published = (
                None if gold.get("published_in_text") else dt.date.fromisoformat(gold["published"])
            )
            mtime = dt.datetime.fromtimestamp(art.stat().st_mtime, TZ).date()
            page = extract_page(read_source(art).text, published, fallback=mtime, rerank=False)
            want = [g for g in gold.get("events", []) if g.get("upcoming")]
            wanted += len(want)
            if page.published is None:
                continue
            shown = page_json(str(art), page)["events"]
            up = [(e, p) for e, p in zip(page.events, shown, strict=True) if p.get("upcoming")]
            hit = {id(p) for _, p in se.match([p for _, p in up], want)}
            articles = by_article(list(page.events))
            traditional = bool(read_layout(page.text).written)  # (the page's own reading)
            for e, p in up:
                found = features(e, page.published, articles[e.article], traditional)
                out.append((found, int(id(p) in hit)))
    return out, wanted


def f1(scores: list[float], labels: list[int], wanted: int, threshold: float) -> str:
    """Return the upcoming F1 (TP/FP/FN) when the events scored under threshold are dropped."""
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if not y and s >= threshold)
    fn = wanted - tp
    return f"F1 {2 * tp / (2 * tp + fp + fn) if tp else 0.0:.3f} ({tp}/{fp}/{fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--test", nargs="*", type=Path, default=[])
    ap.add_argument("--c", type=float, default=0.1, help="inverse regularization strength")
    ap.add_argument("--prune", type=float, default=0.1, help="leave out weights smaller than this")
    ap.add_argument("--threshold", type=float, default=0.45)
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    a = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train, _ = examples(a.dirs)
    vec = DictVectorizer()
    model = LogisticRegression(C=a.c, max_iter=5000)
    model.fit(vec.fit_transform([f for f, _ in train]), [y for _, y in train])
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= a.prune
    }
    bias = round(float(model.intercept_[0]), 4)
    print(f"trained on {len(train)} upcoming events; {len(weights)} of {len(names)} weights kept")
    if a.test:
        test, wanted = examples(a.test)
        labels = [y for _, y in test]
        scores = [probability(f, weights, bias) for f, _ in test]
        print(f"test, rules alone: {f1(scores, labels, wanted, 0.0)}")
        for t in THRESHOLDS:
            print(f"test, threshold {t}: {f1(scores, labels, wanted, t)}")
    if a.write:
        OUT.write_text(_module(weights, bias, a, len(train)), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


def _module(weights: dict[str, float], bias: float, a: argparse.Namespace, n: int) -> str:
    lines = [
        '"""The reranker\'s weights (:mod:`extractors.events.rerank`); written by',
        "``bench/train_reranker.py``, not by hand.",
        "",
        f"Trained on {n} upcoming events of",
        *_folders(a.dirs),
        f"with C {a.c}; weights under {a.prune} left out.",
        '"""',
        "",
        "from typing import Final",
        "",
        f"BIAS: Final = {bias}",
        f"THRESHOLD: Final = {a.threshold}",
        "WEIGHTS: Final[dict[str, float]] = {",
    ]
    lines += [f"    {json.dumps(k, ensure_ascii=False)}: {w}," for k, w in sorted(weights.items())]
    lines += ["}", ""]
    return "\n".join(lines)


def _folders(dirs: list[Path]) -> list[str]:
    """Return the folders by parent, a line each: `/work/real: ra-647 … ra-886 (240 folders)`."""
    by_parent: dict[str, list[str]] = {}
    for d in dirs:
        by_parent.setdefault(str(d.parent), []).append(d.name)
    said = []
    for parent, names in by_parent.items():
        many = f"{names[0]} … {names[-1]} ({len(names)} folders)" if len(names) > 3 else None
        said.append(f"- {parent}: {many or ', '.join(names)}")
    return said


if __name__ == "__main__":
    main()

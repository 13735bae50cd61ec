#!/usr/bin/env python3
"""Dump all the extractor returns on fixed inputs, to check that a refactor changes nothing.

Usage: python bench/extract_snapshot.py OUT.json [--against OLD.json] [--pages N]

Inputs: every tests/extractors/corpus/articles/*.txt (as the corpus test reads it, and again
hard-wrapped and in full-width forms), the sample page, the --pages pages of
bench/extract_speed.py, a few hundred seeded random texts of date characters, and every case
of ../shared/bench/temporal (cases and negatives) through ``timex.find_times``. Each result is
the whole ``Page`` (events with spans, articles, header) or the whole list of ``TimeMention``.

With --against, prints the inputs whose results differ from OLD.json and exits 1 if any do.
Not a test: run it before and after an optimisation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
import build_extractor  # noqa: E402

BUILD = build_extractor.select()  # before the extractor is imported: compiled or pure

from extract_speed import SAMPLE, _wrap, build_pages  # noqa: E402

from extractors import Page, extract_page  # noqa: E402
from extractors.timex import find_times  # noqa: E402

CORPUS = ROOT / "tests/extractors/corpus"
TEMPORAL = ROOT.parent / "shared/bench/temporal"
SHARED_TEMPORAL = Path("/work/shared/bench/temporal")
PUB = dt.date(2023, 4, 14)
# The alphabet of tests/extractors/test_properties.py: text dense in date words.
DATE_CHARS = "月日年号至前底今明当天晚上午下时点分:：，。、“”（）\n 0123456789一二十"
_FULL = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def page_dump(page: Page) -> dict[str, Any]:
    """Return every field of page as JSON-ready values."""
    return json.loads(json.dumps(_plain(page), ensure_ascii=False, default=str))


def _plain(value: Any) -> Any:
    # A dataclass instance (not the class); a mypyc-compiled one has no __slots__ attribute.
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        return {f: _plain(getattr(value, f)) for f in value.__dataclass_fields__}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def page_inputs(pages: int) -> Iterator[tuple[str, str, dt.date | None]]:
    """Yield (name, text, published) of every page input."""
    for path in sorted((CORPUS / "articles").glob("*.txt")):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        given = None if gold["published_in_text"] else dt.date.fromisoformat(gold["published"])
        text = path.read_text(encoding="utf-8")
        yield f"corpus/{path.stem}", text, given
        yield f"corpus-full/{path.stem}", text.translate(_FULL), PUB
        wrapped = "\n\n".join(_wrap(ln, 22) if len(ln) > 22 else ln for ln in text.split("\n"))
        yield f"corpus-wrapped/{path.stem}", wrapped, PUB
    sample = SAMPLE.read_text(encoding="utf-8")
    yield "sample", sample, None
    for i, (text, _) in enumerate(build_pages(sample, pages)):
        yield f"bench/{i}", text, None
    rng = random.Random(11)
    for i in range(300):
        text = "".join(rng.choice(DATE_CHARS) for _ in range(rng.randint(1, 300)))
        yield f"random/{i}", text, PUB


def temporal_inputs() -> Iterator[tuple[str, str, dt.datetime]]:
    """Yield (name, text, ref) of every case of the shared temporal bench (none on a machine
    without it: the snapshot then holds the page inputs only)."""
    folder = TEMPORAL if TEMPORAL.is_dir() else SHARED_TEMPORAL
    if not folder.is_dir():
        return
    for file in ("cases.jsonl", "negatives.jsonl"):
        for n, line in enumerate((folder / file).read_text(encoding="utf-8").splitlines()):
            if line.strip():
                case = json.loads(line)
                yield f"temporal/{file}/{n}", case["text"], dt.datetime.fromisoformat(case["ref"])


def snapshot(pages: int) -> dict[str, Any]:
    """Return {input name: dump of the extractor's result}."""
    out: dict[str, Any] = {}
    for name, text, published in page_inputs(pages):
        out[name] = page_dump(extract_page(text, published))
    for name, text, ref in temporal_inputs():
        out[name] = _plain_json(find_times(text, ref.date(), now=ref))
    return out


def _plain_json(value: Any) -> Any:
    return json.loads(json.dumps(_plain(value), ensure_ascii=False, default=str))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--against", type=Path, help="an earlier snapshot to compare with")
    ap.add_argument("--pages", type=int, default=200)
    a = ap.parse_args()
    snap = snapshot(a.pages)
    a.out.write_text(json.dumps(snap, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(snap)} inputs written to {a.out} (extractor: {BUILD})")
    if a.against is None:
        return 0
    old = json.loads(a.against.read_text(encoding="utf-8"))
    changed = sorted(k for k in old.keys() | snap.keys() if old.get(k) != snap.get(k))
    for name in changed:
        print(f"differs: {name}")
    print(f"{len(changed)} of {len(snap)} inputs differ from {a.against}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())

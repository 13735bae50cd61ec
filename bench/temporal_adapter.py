"""Adapter for ``shared/bench/temporal/score.py``: ``periods(text, ref)`` → [{"start", "end"}, ...].

Run from the project root:
    python ../shared/bench/temporal/score.py bench.temporal_adapter:periods
"""

from __future__ import annotations

import datetime as dt
import os
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from extractors.timex import find_times  # noqa: E402


def periods(text: str, ref: dt.datetime) -> list[dict[str, object]]:
    """Return the periods of text, best first: the first mention that is a time point or period.

    A deadline (X前, 截止X) reads as the window from ref to X, as the peers do.
    """
    mentions = find_times(text, ref.date(), now=ref)
    out: list[dict[str, object]] = []
    for m in mentions:
        start: object = m.start
        if (
            "deadline" in m.flags
            and "range" not in m.flags
            and not isinstance(m.start, dt.datetime)
        ):
            if m.start >= ref.date():
                start = ref.date()
        out.append({"start": start, "end": m.end, "span": m.text})
    return out

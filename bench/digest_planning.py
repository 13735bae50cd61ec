"""Digest planning at scale: how long ``plan_digests_job`` holds the bot's event loop.

Usage: python bench/digest_planning.py

On the 100k database (``bench/scale.py: scale_database``: 100,000 chats subscribed to the
digest), plans digests the way ``bot.jobs.plan_digests_job`` does — the chats without a queued
digest, ``DIGEST_CHUNK`` at a time, the event loop free between chunks — at start (every
chat's digest queued), an hour later (nothing new) and a day later (every chat's next one).
Prints the total time and the longest hold of the loop (one chunk).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import START_AT, scale_database  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.jobs import DIGEST_CHUNK  # noqa: E402
from bot.reminders import chats_needing_digest, plan_digests  # noqa: E402
from bot.services import Services  # noqa: E402
from storage import open_database  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = scale_database(Path(tmp) / "digest.db")
        db = open_database(path)
        chats = db.execute("SELECT count(*) FROM chats").fetchone()[0]
        services = Services(Config(database=path), db, ManualClock(START_AT))
        for label, then in (("at start", 1), ("an hour later", 23), ("a day later", 0)):
            t0 = time.perf_counter()
            longest, planned, after = 0.0, 0, None
            while True:  # as plan_digests_job: one chunk per turn of the event loop
                t1 = time.perf_counter()
                chunk = chats_needing_digest(services, after, DIGEST_CHUNK)
                if chunk:
                    plan_digests(services, chunk)
                longest = max(longest, time.perf_counter() - t1)
                if not chunk:
                    break
                planned, after = planned + len(chunk), chunk[-1]
            print(
                f"plan_digests {label:14s} total {time.perf_counter() - t0:5.1f} s, "
                f"longest hold of the loop {longest * 1000:6.1f} ms  "
                f"({planned} of {chats} chats planned)"
            )
            services.clock.advance(dt.timedelta(hours=then))  # type: ignore[attr-defined]
        db.close()


if __name__ == "__main__":
    main()

"""Digest planning at scale: how long ``plan_digests`` holds the bot's event loop.

Usage: python bench/digest_planning.py

On the 100k database (``bench/scale.py: scale_database``: 100,000 chats subscribed to the
digest), times ``bot.reminders.plan_digests`` as ``plan_digests_job`` calls it: at start (every
chat's digest queued) and an hour later (nothing new to queue). The job runs it on the event
loop, so for that long the bot answers nobody and sends nothing.
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
from bot.reminders import plan_digests  # noqa: E402
from bot.services import Services  # noqa: E402
from storage import open_database  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = scale_database(Path(tmp) / "digest.db")
        db = open_database(path)
        chats = db.execute("SELECT count(*) FROM chats").fetchone()[0]
        services = Services(Config(database=path), db, ManualClock(START_AT))
        for label in ("at start", "an hour later"):
            t0 = time.perf_counter()
            plan_digests(services)
            print(f"plan_digests {label:14s} {time.perf_counter() - t0:5.1f} s  ({chats} chats)")
            services.clock.advance(dt.timedelta(hours=1))  # type: ignore[attr-defined]
        db.close()


if __name__ == "__main__":
    main()

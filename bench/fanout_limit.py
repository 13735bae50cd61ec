"""Fan-out at Telegram's limit: N reminders due at once to C chats through ``newscal run``.

Usage: python bench/fanout_limit.py [--messages 3000] [--chats 3000]

The emulator runs as its own process with Telegram's limits enforced (a breaching send gets
429 and is recorded as a violation); ``newscal run`` (its own process, the real dispatcher at
its default limits) sends everything due at its start. Prints the sustained rate (target
>= 28 msg/s against 30/s), violations (0), lost (0), duplicates (0) and the shortest gap
between two messages to one chat (>= 1 s for a private chat; only when a chat gets several).
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.scale import START_AT, EmulatorProcess, newscal_env, seed  # noqa: E402
from storage import open_database, outbox  # noqa: E402

TOKEN = "515151:FANOUT-bench-token"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=3000)
    ap.add_argument("--chats", type=int, default=3000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, EmulatorProcess((1, a.chats), "enforce") as emu:
        db_path = Path(tmp) / "fanout.db"
        seed(db_path, events=20, chats=a.chats, reminders=a.messages, due_at=START_AT)
        env = newscal_env(db_path, emu.base_url, TOKEN)
        cmd = [sys.executable, "-m", "bot.cli", "run", "--start-at", START_AT.isoformat()]
        bot = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
        t0 = time.monotonic()
        deadline = t0 + 120 + a.messages / 10
        while time.monotonic() < deadline:  # a benchmark script may look every second
            if emu.stats()["sends"] >= a.messages:
                break
            time.sleep(1.0)
        bot.send_signal(signal.SIGINT)
        bot.wait(60)
        stats, violations = emu.stats(), emu.control("violations")
        db = open_database(db_path)
        counts = outbox.outbox_counts(db)
        rate_limited = db.execute(
            "SELECT count(*) FROM deliveries WHERE outcome = 'rate_limited'"
        ).fetchone()[0]
        db.close()
    received = stats["chats"]
    print(f"messages {a.messages} to {a.chats} chats, limits enforced by the emulator")
    print(f"sent (accepted)        {stats['sends']}")
    print(f"sustained rate         {stats['sustained_rate']:.2f} msg/s  (target >= 28)")
    print(f"violations             {len(violations)}  (target 0)")
    print(f"429 answers recorded   {rate_limited}")
    print(
        f"lost                   {a.messages - stats['sends'] + stats['duplicates']}"
        f"  (chats without a message: {a.chats - received})"
    )
    print(f"duplicates             {stats['duplicates']}  (target 0)")
    spacing = stats["min_spacing"]
    shown = "n/a (one message per chat)" if spacing is None else f"{spacing:.3f} s"
    print(f"min per-chat spacing   {shown}")
    for v in violations[:10]:
        print(f"  violation: {v}")
    print(f"outbox                 {counts}")


if __name__ == "__main__":
    main()

"""Crash: kill -9 ``newscal run`` during a fan-out, restart, every reminder arrives once.

The same scenario as ``bench/crash.py`` (10,000 messages) with a few hundred, so it fits in CI.
"""

from __future__ import annotations

from pathlib import Path

from bench.crash import check, crash_run

MESSAGES = 240  # about 8 s at Telegram's 30 messages/s


async def test_kill_during_fanout_loses_nothing_and_duplicates_only_in_flight(
    tmp_path: Path,
) -> None:
    result = await crash_run(MESSAGES, tmp_path, kill_at=0.4)
    check(result)
    assert 0 < result.sent_at_kill < MESSAGES  # the kill really was mid-way
    print(f"in flight at the kill: {result.in_flight}, duplicates: {result.duplicates}")

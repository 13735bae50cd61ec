"""A long /ingest must not stop the bot answering everyone else.

``ingest_cmd`` (bot/handlers/admin.py) extracts and stores the document inside the handler, on
the event loop, and the Application handles updates one at a time: while a large page is read,
no other chat gets an answer and the dispatcher sends nothing. Deterministic: the order of the
two answers, no clock involved.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.kit import ADMIN, bot_on, emulator_on, manual_clock

ROOT = Path(__file__).resolve().parents[2]
PAGE = (ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt").read_text(encoding="utf-8")


async def test_another_chat_is_answered_while_a_large_upload_is_read(tmp_path: Path) -> None:
    clock = manual_clock()
    async with emulator_on(clock) as emu, bot_on(emu, tmp_path, clock):
        admin, other = emu.user(ADMIN), emu.user(7)
        big = (PAGE * 30).encode("utf-8")  # about 570 KB: several seconds of extraction
        await admin.send_document(big, "big.txt", caption="/ingest")
        await other.send("/help")
        await other.next_message(timeout=120)
        answered_first = not admin.messages  # the upload is still being read
        await admin.next_message(timeout=120)
        assert answered_first

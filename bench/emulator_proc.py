"""``python -m bot.emulator`` with chats registered up front, for benchmarks at scale.

Usage: python bench/emulator_proc.py [--limits enforce|record|off] [--chats FIRST:COUNT]
                                     [--token T] [--port 0]

Registering 100,000 users through the control API takes longer than the benchmark, so this
runs the same server (``bot.emulator.__main__.serve``'s shape) after creating private chats
``FIRST`` … ``FIRST+COUNT-1``. Prints the same first line (``… base_url URL …``) when ready.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.emulator import BotApiEmulator  # noqa: E402


async def serve(args: argparse.Namespace) -> None:
    mode = {"enforce": True, "record": "record", "off": False}[args.limits]
    first, count = (int(x) for x in args.chats.split(":"))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with BotApiEmulator(port=args.port, limits=mode, token=args.token) as emu:
        for chat_id in range(first, first + count):
            emu.user(chat_id, f"用户{chat_id}")
        print(f"Bot API emulator: base_url {emu.base_url} base_file_url {emu.base_file_url}")
        print(f"control API: {emu.url}/_emulator/", flush=True)
        await stop.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--limits", choices=["enforce", "record", "off"], default="enforce")
    parser.add_argument("--chats", default="1:0", help="FIRST:COUNT private chats to create")
    parser.add_argument("--token", default=None)
    asyncio.run(serve(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

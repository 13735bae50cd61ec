"""``python -m bot.emulator --port 8081``: run the emulator as its own process until stopped."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from .server import BotApiEmulator


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bot.emulator",
        description="A loopback Telegram Bot API emulator (see README: The Bot API emulator).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument(
        "--limits",
        choices=["enforce", "record", "off"],
        default="enforce",
        help="enforce: violating sends get 429 and are recorded; record: only recorded",
    )
    parser.add_argument("--token", default=None, help="accept only this token (default: any)")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    mode = {"enforce": True, "record": "record", "off": False}[args.limits]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with BotApiEmulator(host=args.host, port=args.port, limits=mode, token=args.token) as emu:
        print(f"Bot API emulator: base_url {emu.base_url} base_file_url {emu.base_file_url}")
        print(f"control API: {emu.url}/_emulator/  (stop with Ctrl-C)", flush=True)
        await stop.wait()
        summary = emu.stats.summary()
        print(f"stopped: {summary['sends']} sends, {len(emu.violations)} violations", flush=True)


def main(argv: list[str] | None = None) -> int:
    asyncio.run(serve(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

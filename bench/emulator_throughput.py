"""How many sendMessage calls per second the Bot API emulator answers.

    python bench/emulator_throughput.py [--messages 20000] [--ptb-messages 3000] [--chats 1000]

Runs the emulator (limits "record", so every check is made and nothing refused) in this process
and a sender in a child process, so the two use two cores as a bot and Telegram would. The peer
in the same run is a bare aiohttp server answering every request with one constant JSON body:
the gap between the two is what the emulator itself costs. Then the same messages again from
python-telegram-bot's own Bot client (httpx), which is what a real bot pays per call.
Prints messages per second and the emulator's CPU time per request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import time

from aiohttp import web

from bot.emulator import BotApiEmulator

SENDER = r"""
import asyncio, sys, time
import aiohttp

async def main(base, n, chats, concurrency, use_ptb):
    todo = iter(range(n))
    if use_ptb:
        from telegram import Bot
        from telegram.request import HTTPXRequest
        request = HTTPXRequest(connection_pool_size=concurrency)
        bot = Bot("123:BENCH", base_url=base + "/bot", request=request)
        async with bot:
            async def worker():
                for i in todo:
                    text = f"<b>提醒</b> 书市 {i}"
                    await bot.send_message(1 + i % chats, text, parse_mode="HTML")
            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
    else:
        url = base + "/bot123:BENCH/sendMessage"
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:
            async def worker():
                for i in todo:
                    data = {"chat_id": str(1 + i % chats), "text": f"<b>提醒</b> 书市 {i}",
                            "parse_mode": "HTML"}
                    async with session.post(url, data=data) as resp:
                        await resp.read()
            started = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
    print(time.perf_counter() - started)

base, n, chats, concurrency, use_ptb = sys.argv[1], *map(int, sys.argv[2:6])
asyncio.run(main(base, n, chats, concurrency, use_ptb))
"""


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def count(args: argparse.Namespace, use_ptb: bool) -> int:
    return args.ptb_messages if use_ptb else args.messages


async def run_sender(base: str, args: argparse.Namespace, use_ptb: bool) -> float:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SENDER,
        base,
        str(count(args, use_ptb)),
        str(args.chats),
        str(args.concurrency),
        str(int(use_ptb)),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"sender failed with exit code {proc.returncode}")
    return float(out.decode().strip().splitlines()[-1])


def report(name: str, n: int, seconds: float, cpu: float) -> None:
    print(f"{name:<38} {n / seconds:>8,.0f} msg/s   server CPU {1e6 * cpu / n:>5.0f} µs/request")


async def bench_peer(args: argparse.Namespace) -> None:
    body = json.dumps({"ok": True, "result": {"message_id": 1}}).encode()

    async def answer(request: web.Request) -> web.Response:
        await request.post()
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        cpu = cpu_seconds()
        seconds = await run_sender(f"http://127.0.0.1:{port}", args, use_ptb=False)
        report("peer: bare aiohttp, constant answer", args.messages, seconds, cpu_seconds() - cpu)
    finally:
        await runner.cleanup()


async def bench_emulator(args: argparse.Namespace, use_ptb: bool) -> None:
    async with BotApiEmulator(limits="record") as emu:
        for chat_id in range(1, args.chats + 1):
            emu.user(chat_id, "读者")
        cpu = cpu_seconds()
        seconds = await run_sender(emu.url, args, use_ptb)
        name = "emulator, PTB Bot client" if use_ptb else "emulator, aiohttp client"
        report(name, count(args, use_ptb), seconds, cpu_seconds() - cpu)
        assert emu.stats.total == count(args, use_ptb), emu.stats.summary()


async def main(args: argparse.Namespace) -> None:
    started = time.perf_counter()
    print(
        f"{args.messages:,} sendMessage (HTML) to {args.chats:,} chats, "
        f"{args.concurrency} at a time, sender in a child process "
        f"(PTB client: {args.ptb_messages:,})"
    )
    await bench_peer(args)
    await bench_emulator(args, use_ptb=False)
    await bench_emulator(args, use_ptb=True)
    print(f"total {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--ptb-messages", type=int, default=3_000)
    parser.add_argument("--chats", type=int, default=1_000)
    parser.add_argument("--concurrency", type=int, default=32)
    asyncio.run(main(parser.parse_args()))

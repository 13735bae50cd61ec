"""``newscal demo``: the sandbox. The real bot, the in-process Bot API emulator, a fast clock.

A fresh temporary database gets the bundled sample page; the bot runs against the emulator
(no token, no network) with the clock at the paper's publication morning; the terminal plays
one Telegram user. Buttons are shown as numbered choices: typing the number clicks. Without a
terminal the conversation starts with a short script (/start, /upcoming, the book fair, 提醒我,
and the reminder arriving at 08:00 simulated time), then the user types; without a terminal on
stdin only the script plays.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import tempfile
import threading
import time
import zoneinfo
from collections.abc import Callable
from pathlib import Path

from bot.app import build_application, running
from bot.clock import ScaledClock
from bot.config import Config, TelegramConfig
from bot.emulator import BotApiEmulator, SentMessage, SimUser
from bot.ingest import ingest_document
from bot.services import Services
from storage import open_database

SAMPLE = Path(__file__).parent / "examples" / "fengtai-2023-04-14.txt"
START_AT = dt.datetime(2023, 4, 14, 7, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
SCRIPT_SPEED = 300.0  # five simulated minutes a second: 08:00 comes twelve seconds after 07:00
CHAT_SPEED = 60.0  # a simulated minute a second: time to type before 08:00
USER_ID = 10001
TOKEN = "123456:DEMO-not-a-real-token"
BOT_NAME = "newscal_demo_bot"
WAIT = 20.0  # real seconds to wait for an answer
REMINDER_WAIT = 60.0  # real seconds to wait for the reminder


class DemoFailed(RuntimeError):
    """The scripted conversation did not go as it should; str() says which step."""


@dataclasses.dataclass
class Screen:
    """Prints the chat as it changes: new messages, edits, buttons as numbered choices."""

    user: SimUser
    tz: zoneinfo.ZoneInfo
    out: Callable[[str], None]
    choices: dict[int, tuple[SentMessage, str]] = dataclasses.field(default_factory=dict)
    since: int = 0  # messages up to this id came before the last thing the user did
    _before: dict[int, tuple[str | None, str]] = dataclasses.field(default_factory=dict)
    _shown: dict[int, tuple[str | None, str]] = dataclasses.field(default_factory=dict)

    async def follow(self) -> None:
        """Print every new or edited bot message, forever (cancel to stop)."""
        world = self.user.emu.world
        while True:
            with contextlib.suppress(TimeoutError):
                await world.changed.wait_until(self._changed, timeout=1.0)
            self.show_changes()

    def _changed(self) -> bool | None:
        return (
            True
            if any(self._key(m) != self._shown.get(m.message_id) for m in self._all())
            else None
        )

    def _all(self) -> list[SentMessage]:
        return [m for m in self.user.chat.bot_messages if not m.deleted]

    @staticmethod
    def _key(m: SentMessage) -> tuple[str | None, str]:
        return (m.text or m.caption, repr(m.reply_markup))

    def show_changes(self) -> None:
        for message in self._all():
            key = self._key(message)
            if self._shown.get(message.message_id) == key:
                continue
            edited = message.message_id in self._shown
            self._shown[message.message_id] = key
            self.print_message(message, edited=edited)

    def print_message(self, message: SentMessage, *, edited: bool) -> None:
        stamp = dt.datetime.fromtimestamp(message.edit_date or message.date, self.tz)
        head = f"{stamp:%m-%d %H:%M} 🤖 newscal" + (" (已更新 edited)" if edited else "")
        lines = [head]
        if message.document is not None:
            doc = message.document
            lines.append(f"  📎 {doc.file_name} ({len(doc.data)} bytes)")
            if message.caption:
                lines.append(f"  {message.caption}")
        else:
            lines += [f"  {line}" for line in (message.text or "").splitlines()]
        buttons = message.button_texts
        if buttons:
            self.choices = {n: (message, label) for n, label in enumerate(buttons, start=1)}
            lines += [f"  [{n}] {label}" for n, label in enumerate(buttons, start=1)]
        self.out("\n".join(lines) + "\n")

    def _mark(self) -> None:
        self.since = max((m.message_id for m in self.user.chat.bot_messages), default=0)
        self._before = {m.message_id: self._key(m) for m in self._all()}

    async def settle(self, timeout: float = 5.0) -> None:
        """Wait until the bot answered the user's last action (a new or changed message)."""
        before = self._before

        def answered() -> bool | None:
            return (
                True if any(before.get(m.message_id) != self._key(m) for m in self._all()) else None
            )

        with contextlib.suppress(TimeoutError):
            await self.user.emu.world.changed.wait_until(answered, timeout=timeout)
        self.show_changes()

    async def say(self, text: str) -> None:
        self._mark()
        self.out(f"你 you › {text}\n")
        await self.user.send(text)

    async def choose(self, number: int) -> bool:
        """Click choice ``number``; return False when there is no such choice."""
        if number not in self.choices:
            return False
        message, label = self.choices[number]
        self._mark()
        self.out(f"你 you › [{number}] {label}\n")
        await self.user.click(message, label)
        return True

    async def expect(
        self, what: str, predicate: Callable[[SentMessage], bool], timeout: float
    ) -> SentMessage:
        """Return the first message since the user's last action for which ``predicate`` holds."""
        since = self.since
        try:
            found = await self.user.wait_for(
                lambda m: m.message_id > since and predicate(m), timeout=timeout
            )
        except TimeoutError:
            raise DemoFailed(f"no answer: {what}") from None
        self.show_changes()
        return found


async def run_demo(
    config: Config,
    *,
    script: bool,
    chat: bool,
    out: Callable[[str], None],
    start_at: dt.datetime = START_AT,
    speed: float | None = None,
    read_line: Callable[[], str] = input,
) -> None:
    """Run the sandbox: the script, then the chat, as asked. Raises DemoFailed.

    The script runs the clock at ``speed`` (default 300×) so the 08:00 reminder comes in
    seconds; the chat then runs it at ``speed`` or 60×.
    """
    clock = ScaledClock(start_at, speed or (SCRIPT_SPEED if script else CHAT_SPEED))
    tz = config.tz
    with tempfile.TemporaryDirectory(prefix="newscal-demo-") as tmp:
        async with BotApiEmulator(
            clock=clock, time_fn=time.monotonic, limits="record", bot_username=BOT_NAME
        ) as emu:
            telegram = TelegramConfig(
                token=TOKEN, base_url=emu.base_url, admin_chat_ids=frozenset({USER_ID})
            )
            cfg = dataclasses.replace(config, database=Path(tmp) / "demo.db", telegram=telegram)
            db = open_database(cfg.database)
            saved = ingest_document(db, SAMPLE, timezone=cfg.timezone, now=clock.now())
            now = clock.now().astimezone(tz)
            out(
                f"newscal demo: the sample page {SAMPLE.name} gave {len(saved.added)} events.\n"
                f"The bot runs against a local Telegram emulator (no token, no network); the "
                f"clock starts at {now:%Y-%m-%d %H:%M} {tz.key} and runs {clock.speed:g}× fast.\n"
            )
            application = build_application(Services(cfg, db, clock))
            try:
                async with running(application, poll_timeout=1):
                    user = emu.user(USER_ID, "你", language_code="zh-hans")
                    screen = Screen(user, tz, out)
                    follower = asyncio.create_task(screen.follow())
                    try:
                        if script:
                            await _script(screen, clock, chat_follows=chat)
                        if chat:
                            clock.set_speed(speed or CHAT_SPEED)
                            await _chat(screen, clock, read_line)
                    finally:
                        follower.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await follower
                        screen.show_changes()
            finally:
                db.close()


async def _script(screen: Screen, clock: ScaledClock, *, chat_follows: bool) -> None:
    await screen.say("/start")
    await screen.expect("welcome", lambda m: "欢迎" in (m.text or ""), WAIT)
    await screen.say("/upcoming")
    listing = await screen.expect("/upcoming", lambda m: "即将到来的活动" in (m.text or ""), WAIT)
    fair = next((n for n, (m, label) in screen.choices.items() if "书市" in label), None)
    if fair is None or screen.choices[fair][0].message_id != listing.message_id:
        raise DemoFailed("the book fair is not in /upcoming")
    await screen.choose(fair)
    await screen.expect("the event card", lambda m: "⏰ 提醒我" in m.button_texts, WAIT)
    remind = next(n for n, (_, label) in screen.choices.items() if label == "⏰ 提醒我")
    await screen.choose(remind)
    await screen.expect("提醒我", lambda m: "会在这些时间提醒你" in (m.text or ""), WAIT)
    tz = screen.tz
    screen.out(
        f"… 时钟现在是 {clock.now().astimezone(tz):%H:%M}，每秒走 {clock.speed / 60:g} 分钟；"
        "等待 08:00 的提醒 (the clock is fast; waiting for the 08:00 reminder) …\n"
    )
    await screen.expect(
        "the book fair reminder",
        lambda m: (m.text or "").startswith("⏰") and "书市" in (m.text or ""),
        REMINDER_WAIT,
    )
    if not chat_follows:
        screen.out(
            "The reminder arrived. That was the demo: run `newscal demo` in a terminal "
            "to chat with the bot yourself.\n"
        )


def _read_lines(read_line: Callable[[], str]) -> asyncio.Queue[str | None]:
    """Return a queue of the lines typed; None after the last. A daemon thread reads them, so
    Ctrl-C never waits for a pending ``input()``."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        while True:
            try:
                line: str | None = read_line()
            except (EOFError, KeyboardInterrupt, OSError, ValueError):
                line = None
            loop.call_soon_threadsafe(queue.put_nowait, line)
            if line is None:
                return

    threading.Thread(target=pump, name="demo-stdin", daemon=True).start()
    return queue


async def _chat(screen: Screen, clock: ScaledClock, read_line: Callable[[], str]) -> None:
    lines = _read_lines(read_line)
    now = clock.now().astimezone(screen.tz)
    screen.out(
        f"Your turn. The clock is at {now:%m-%d %H:%M} and now runs {clock.speed:g}× fast. "
        "Type commands as in Telegram (/start, /upcoming, /search 书市, /help …); type a "
        "number to click a button; /ingest PATH uploads a file (you are the admin); "
        "/quit or Ctrl-D ends.\n"
    )
    while True:
        line = await lines.get()
        if line is None:
            return
        line = line.strip()
        if line in ("/quit", "/exit", "quit", "exit"):
            return
        if not line:
            continue
        if line.isdecimal():
            if not await screen.choose(int(line)):
                screen.out(f"(no button {line}; choices: {sorted(screen.choices) or 'none'})\n")
                continue
        elif line.startswith("/ingest ") and Path(line[8:].strip()).expanduser().is_file():
            path = Path(line[8:].strip()).expanduser()
            screen._mark()
            screen.out(f"你 you › 📎 {path.name} /ingest\n")
            await screen.user.send_document(path.read_bytes(), path.name, caption="/ingest")
        else:
            await screen.say(line)
        await screen.settle()

"""Shared by the benchmarks and the reliability tests: databases at scale and processes.

- ``seed(path, …)`` fills a database through the storage functions the bot uses: events
  (pages of 20, full-text indexed), chats (registered, optionally subscribed to the digest),
  and outbox rows (reminders of those events) due at chosen instants.
- ``EmulatorProcess`` runs the Bot API emulator as its own process (``bench/emulator_proc.py``,
  the same server as ``python -m bot.emulator`` with chats registered up front) and reads its
  control API.
- ``peak_rss_mb(pid)`` reads a process's high-water mark of resident memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extractors import Event, Kind, Page  # noqa: E402
from storage import open_database, outbox  # noqa: E402
from storage.articles import save_page  # noqa: E402
from storage.chats import register_chat, subscribe  # noqa: E402
from storage.records import NewReminder  # noqa: E402

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
# The instant every scaled run starts at (``newscal run --start-at``): the sample paper's morning.
START_AT = dt.datetime(2023, 4, 14, 7, 0, tzinfo=SHANGHAI)
CACHE = Path(os.environ.get("NEWSCAL_BENCH_CACHE", "/tmp/newscal-bench"))
WORDS = "书市 讲座 音乐节 马拉松 招聘会 展览 庙会 灯会 论坛 义诊 读书会 运动会 文化节 培训".split()
DISTRICTS = ["丰台", "海淀", "朝阳", "西城"]
PLACES = ["泰舍书局", "中山公园", "区图书馆", "体育中心", "文化馆", "科技馆", None]


def generated_events(
    n: int, rng: random.Random, first_day: dt.date
) -> Iterable[tuple[int, list[Event]]]:
    """Yield (page number, events of that page): ``n`` generated events, 20 a page, over the
    two years from ``first_day``; the same ``rng`` seed gives the same events."""
    per_page = 20
    for p in range((n + per_page - 1) // per_page):
        events = []
        for i in range(min(per_page, n - p * per_page)):
            start = first_day + dt.timedelta(days=rng.randrange(730))
            end = start + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 9]))
            title = f"{rng.choice(DISTRICTS)}{rng.choice(WORDS)}第{p}-{i}期"
            events.append(
                Event(
                    title,
                    start,
                    end,
                    Kind.ACTIVITY,
                    True,
                    f"{start}，{title}",
                    location=rng.choice(PLACES),
                )
            )
        yield p, events


def seed(
    path: Path,
    *,
    events: int,
    chats: int,
    digest: bool = False,
    reminders: int = 0,
    due_at: dt.datetime | Iterable[dt.datetime] = START_AT,
    first_chat: int = 1,
    now: dt.datetime = START_AT,
    seed_value: int = 1,
) -> None:
    """Fill a new database at ``path``.

    Events start over two years from 2023-04-20 (so every one is still ahead at ``START_AT``).
    Chats get ids ``first_chat`` … ``first_chat + chats - 1``. ``reminders`` outbox rows go to
    the chats in turn (one each while there are enough chats), each about one event, due at
    ``due_at`` (one instant, or one per row).
    """
    rng = random.Random(seed_value)
    db = open_database(path)
    event_ids: list[str] = []
    for p, page_events in generated_events(events, rng, dt.date(2023, 4, 20)):
        page = Page(dt.date(2023, 4, 14), True, tuple(page_events), text=f"page {p}")
        save_page(db, f"bench-page-{p}", page, timezone="Asia/Shanghai", now=now)
    event_ids = [r[0] for r in db.execute("SELECT id FROM events ORDER BY id")]
    with db.atomic():
        for c in range(first_chat, first_chat + chats):
            register_chat(db, c, language="zh", timezone="Asia/Shanghai", kind="private", now=now)
            if digest:
                subscribe(db, c, "digest", now=now)
    if reminders:
        dues = [due_at] * reminders if isinstance(due_at, dt.datetime) else list(due_at)
        rows = [
            NewReminder(
                chat_id=first_chat + n % chats,
                kind="reminder",
                due_at=dues[n],
                dedup_key=f"bench:{n}",
                event_id=event_ids[(n + n // chats) % len(event_ids)],  # a chat's differ
            )
            for n in range(reminders)
        ]
        for i in range(0, len(rows), 50_000):
            outbox.enqueue(db, rows[i : i + 50_000], now=now)
    db.close()


def cached_seed(name: str, dest: Path, **kwargs: Any) -> Path:
    """Copy a database built once by ``seed(**kwargs)`` (cached under ``CACHE/name``) to
    ``dest``; return ``dest``."""
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"{name}.db"
    if not cached.exists():
        t0 = time.perf_counter()
        tmp = cached.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        # In a child process, so the caller's peak memory is not the seeding's.
        child = multiprocessing.get_context("fork").Process(target=seed, args=(tmp,), kwargs=kwargs)
        child.start()
        child.join()
        if child.exitcode != 0:
            raise RuntimeError(f"seeding {name} failed")
        tmp.rename(cached)
        print(f"  (built {cached} in {time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    shutil.copyfile(cached, dest)
    os.chmod(dest, 0o600)
    return dest


def peak_rss_mb(pid: int) -> float:
    """Return the process's peak resident set size (VmHWM) in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for {pid}")


def rss_mb(pid: int) -> float:
    """Return the process's current resident set size (VmRSS) in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


@dataclass
class EmulatorProcess:
    """``bench/emulator_proc.py`` in its own process; use as a context manager."""

    chats: tuple[int, int] = (1, 0)  # first id, how many
    limits: str = "off"
    token: str | None = None
    proc: subprocess.Popen[str] | None = None
    base_url: str = ""
    url: str = ""

    def __enter__(self) -> EmulatorProcess:
        cmd = [
            sys.executable,
            str(ROOT / "bench" / "emulator_proc.py"),
            "--limits",
            self.limits,
            "--chats",
            f"{self.chats[0]}:{self.chats[1]}",
        ]
        if self.token:
            cmd += ["--token", self.token]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # "Bot API emulator: base_url URL …", once ready
        if "base_url" not in line:
            self.proc.kill()
            raise RuntimeError(f"the emulator did not start: {line!r}")
        self.base_url = line.split("base_url ", 1)[1].split()[0]
        self.url = self.base_url.rsplit("/bot", 1)[0]
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.proc is not None
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def control(self, action: str, body: dict[str, Any] | None = None, **query: Any) -> Any:
        """Call the control API (GET without body, POST with one); return its result."""
        qs = "&".join(f"{k}={v}" for k, v in query.items())
        url = f"{self.url}/_emulator/{action}" + (f"?{qs}" if qs else "")
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, method="GET" if body is None else "POST")
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=600) as resp:
            return json.loads(resp.read())["result"]

    def stats(self) -> dict[str, Any]:
        return self.control("stats")


def newscal_env(db: Path, base_url: str, token: str, **extra: str) -> dict[str, str]:
    """Return the environment ``newscal run`` needs to use ``db`` and the emulator."""
    env = {k: v for k, v in os.environ.items() if k != "NEWSCAL_CONFIG"}
    return {
        **env,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": token,
        "NEWSCAL_DATABASE": str(db),
        "NEWSCAL_TELEGRAM_BASE_URL": base_url,
        **extra,
    }


def percentile(samples: list[float], q: float) -> float:
    """Return the ``q`` quantile (0…1) of ``samples`` by nearest rank."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered))) - 1))]


def scale_database(dest: Path) -> Path:
    """Copy the 100k database to ``dest``: 100,000 events, 100,000 chats subscribed to the
    digest, 300,000 pending reminders due from a day after ``START_AT`` on (one a second)."""
    dues = [START_AT + dt.timedelta(days=1, seconds=i) for i in range(300_000)]
    return cached_seed(
        "scale-100k",
        dest,
        events=100_000,
        chats=100_000,
        digest=True,
        reminders=300_000,
        due_at=dues,
    )


@contextlib.asynccontextmanager
async def bot_in_process(
    db_path: Path, base_url: str, token: str, *, limits: bool = True, **dispatcher: Any
) -> AsyncIterator[Any]:
    """Run the bot as ``newscal run`` builds it (``build_application``, the real dispatcher on
    the JobQueue), on a clock started at ``START_AT``; ``limits=False`` turns the dispatcher's
    own sending limits off. Yields the Application."""
    from bot.app import build_application, running
    from bot.clock import ScaledClock
    from bot.config import Config, TelegramConfig
    from bot.jobs import install_jobs
    from bot.send_limits import NO_LIMITS, Limits
    from bot.services import Services

    config = Config(
        database=db_path,
        timezone="Asia/Shanghai",
        telegram=TelegramConfig(token=token, base_url=base_url),
    )
    db = open_database(db_path)
    services = Services(config, db, ScaledClock(START_AT, 1.0))
    app = build_application(services)

    async def post_init(application: Any) -> None:
        install_jobs(application, services, limits=Limits() if limits else NO_LIMITS, **dispatcher)

    app.post_init = post_init
    try:
        async with running(app, poll_timeout=1):
            yield app
    finally:
        db.close()

"""Watched folders with an injected clock: files appear, half-written files wait, once each."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, WatchConfig
from bot.services import Services
from bot.watch import run_watch, watch_once, watcher_for
from sources.watch import FolderWatcher
from storage.events import list_events

from ..conftest import SAMPLE
from .render import columns_pdf


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def services(db, clock, inbox):
    cfg = Config(watch=WatchConfig(dirs=(inbox,), settle_seconds=2, poll_seconds=5))
    return Services(config=cfg, db=db, clock=clock)


def test_file_appearing_is_ingested_once_when_settled(services, inbox):
    watcher = watcher_for(services)
    assert watch_once(services, watcher, 0).saved == []
    (inbox / "02.txt").write_bytes(SAMPLE.read_bytes())
    assert watch_once(services, watcher, 1).saved == []  # just seen
    report = watch_once(services, watcher, 3.5)
    assert [p.name for p, _s in report.saved] == ["02.txt"]
    assert report.new_events == len(list_events(services.db)) > 0
    assert watch_once(services, watcher, 10).saved == []
    assert watch_once(services, watcher, 20).saved == []


def test_half_written_file_waits_for_the_writer(services, inbox):
    watcher = watcher_for(services)
    data = SAMPLE.read_bytes()
    path = inbox / "02.txt"
    path.write_bytes(data[: len(data) // 2])
    assert watch_once(services, watcher, 0).saved == []
    with path.open("ab") as out:  # the writer goes on
        out.write(data[len(data) // 2 :])
    assert watch_once(services, watcher, 2.5).saved == []  # changed: wait again
    report = watch_once(services, watcher, 5)
    assert len(report.saved) == 1
    assert {e.start.isoformat()[:10] for e in list_events(services.db)} >= {"2023-04-14"}


def test_changed_file_is_read_again_bad_file_reported_once(services, inbox):
    watcher = watcher_for(services)
    bad = inbox / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    (inbox / "partial.pdf.part").write_bytes(b"%PDF-1.4")
    (inbox / ".hidden.txt").write_text("x")
    watch_once(services, watcher, 0)
    report = watch_once(services, watcher, 3)
    assert len(report.failed) == 1 and report.failed[0].startswith(f"{bad}: ")
    assert watch_once(services, watcher, 6).failed == []
    bad.write_bytes(columns_pdf("02 2023 年 4 月 14 日 星期五", "4月20日，区图书馆举办读书会。"))
    watch_once(services, watcher, 7)  # a new version: read again once settled
    again = watch_once(services, watcher, 10)
    assert again.failed == [] and [p.name for p, _s in again.saved] == ["bad.pdf"]


def test_skip_existing(inbox):
    (inbox / "old.txt").write_text("旧文件")
    watcher = FolderWatcher((inbox,), settle_seconds=0)
    assert watcher.skip_existing() == 1
    assert watcher.poll(0) == []
    (inbox / "new.txt").write_text("新文件")
    assert [p.name for p in watcher.poll(1)] == ["new.txt"]


def test_run_watch_loop_with_injected_time(services, inbox):
    (inbox / "02.txt").write_bytes(SAMPLE.read_bytes())
    ticks = iter(range(0, 100, 5))
    reports = []
    rounds = iter(range(3))
    run_watch(
        services,
        watcher_for(services),
        monotonic=lambda: float(next(ticks)),
        sleep=lambda _s: None,
        on_report=reports.append,
        keep_going=lambda: next(rounds, None) is not None,
    )
    assert len(reports) == 1 and len(reports[0].saved) == 1

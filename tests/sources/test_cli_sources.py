"""The ingest, watch and feeds commands through click's runner, on real files and servers."""

from __future__ import annotations

import asyncio
import json
import threading

import pytest
from click.testing import CliRunner

from bot.cli import cli

from ..conftest import SAMPLE
from .pages import article_html
from .render import columns_pdf
from .server import Site, rss, start


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.setenv("NEWSCAL_DATABASE", str(tmp_path / "cli.db"))
    monkeypatch.delenv("NEWSCAL_CONFIG", raising=False)
    monkeypatch.delenv("NEWSCAL_WATCH_DIRS", raising=False)
    return CliRunner()


def _ok(result):
    assert result.exit_code == 0, result.output + str(result.exception)
    return result


def _article(i: int) -> str:
    month, day = 5 + i % 6, 1 + i % 28
    return (
        f"0{1 + i % 8} 2023 年 4 月 14 日 星期五 综合\n"
        f"第{i}号公告\n本报讯 {month}月{day}日，第{i}届社区文化节在{i}号公园举办，欢迎居民参加。\n"
    )


def test_bulk_ingest_of_a_thousand_files_in_worker_processes(runner, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    for i in range(1000):
        (folder / f"{i:04d}.txt").write_text(_article(i), encoding="utf-8")
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "empty.txt").write_bytes(b"")
    result = _ok(runner.invoke(cli, ["ingest", str(folder), "--jobs", "2"]))
    assert result.stdout.strip().startswith(
        "1002 files: 1000 new, 0 updated, 0 unchanged, 2 failed; 1000 new events"
    )
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 2 and any("bad.pdf: " in line for line in skipped)
    again = _ok(runner.invoke(cli, ["ingest", str(folder)]))
    assert "0 new, 0 updated, 1000 unchanged, 2 failed; 0 new events" in again.stdout
    events = json.loads(_ok(runner.invoke(cli, ["events", "--json"])).stdout)
    assert len(events) == 1000


def test_ingest_pdf_html_and_text_alike(runner, tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    pdf = tmp_path / "02.pdf"
    pdf.write_bytes(columns_pdf(lines[0], "\n".join(lines[1:])))
    html = tmp_path / "story.html"
    html.write_text(
        article_html(head_meta='<meta name="publishdate" content="2023-04-14">'), encoding="utf-8"
    )
    result = _ok(runner.invoke(cli, ["ingest", str(pdf), str(html)]))
    assert "2 files: 2 new" in result.stdout
    # The story restates the page's book fair: one event, two sources.
    events = json.loads(_ok(runner.invoke(cli, ["events", "--json"])).stdout)
    fair = [e for e in events if (e["start"], e["end"]) == ("2023-04-14", "2023-04-24")]
    assert len(fair) == 1
    doc = json.loads(_ok(runner.invoke(cli, ["extract", str(html), "--json"])).stdout)
    assert doc["published"] == "2023-04-14"


def test_watch_once(runner, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "02.txt").write_bytes(SAMPLE.read_bytes())
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[watch]\ndirs = ["{inbox}"]\nsettle_seconds = 0\n', encoding="utf-8")
    result = _ok(runner.invoke(cli, ["watch", "--once", "--config", str(cfg)]))
    assert "02.txt: new" in result.stdout
    # A restarted watch does not read it again (remembered in the database) ...
    again = _ok(runner.invoke(cli, ["watch", "--once", "--config", str(cfg)]))
    assert "02.txt" not in again.stdout
    # ... but does read a new version.
    (inbox / "02.txt").write_bytes(SAMPLE.read_bytes() + "\n更正。\n".encode())
    third = _ok(runner.invoke(cli, ["watch", "--once", "--config", str(cfg)]))
    assert "02.txt: updated" in third.stdout


def test_watch_needs_a_folder(runner, tmp_path):
    result = runner.invoke(cli, ["watch", "--once"])
    assert result.exit_code != 0 and "[watch] dirs" in result.stderr
    result = runner.invoke(cli, ["watch", str(tmp_path / "nope"), "--once"])
    assert result.exit_code != 0 and "not a folder" in result.stderr


@pytest.fixture
def served_site():
    """The local server on its own event loop in a thread, for commands that run their own."""
    site = Site()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    box = {}

    def serve() -> None:
        asyncio.set_event_loop(loop)
        box["runner"] = loop.run_until_complete(start(site))
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert ready.wait(10)
    yield site
    asyncio.run_coroutine_threadsafe(box["runner"].cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_feeds_commands(runner, served_site):
    site = served_site
    site.pages["/a.html"] = (
        200,
        "text/html",
        article_html(head_meta='<meta name="publishdate" content="2023-04-14">').encode(),
    )
    site.feeds["/rss.xml"] = rss("丰台报", [("urn:1", site.url("/a.html"), "书市")])
    url = site.url("/rss.xml")
    assert "added feed 1" in _ok(runner.invoke(cli, ["feeds", "add", url])).stdout
    assert "already subscribed" in _ok(runner.invoke(cli, ["feeds", "add", url])).stdout
    bad = runner.invoke(cli, ["feeds", "add", "ftp://x"])
    assert bad.exit_code != 0 and "http" in bad.stderr
    _ok(runner.invoke(cli, ["feeds", "add", site.url("/missing.xml")]))

    polled = _ok(runner.invoke(cli, ["feeds", "poll"]))
    assert "1 new items, 1 ingested" in polled.stdout
    assert "feed failed: " in polled.stderr and "HTTP 404" in polled.stderr
    again = _ok(runner.invoke(cli, ["feeds", "poll"]))
    assert "1 feeds polled (1 unchanged, 1 backing off" in again.stdout

    listed = json.loads(_ok(runner.invoke(cli, ["feeds", "list", "--json"])).stdout)
    assert [f["items"] for f in listed] == [{"ingested": 1}, {}]
    assert listed[1]["failures"] == 1 and listed[1]["next_poll_at"]
    assert "丰台报" in _ok(runner.invoke(cli, ["feeds", "list"])).stdout

    assert "removed" in _ok(runner.invoke(cli, ["feeds", "remove", "2"])).stdout
    assert "removed" in _ok(runner.invoke(cli, ["feeds", "remove", url])).stdout
    gone = runner.invoke(cli, ["feeds", "remove", url])
    assert gone.exit_code != 0 and "no feed" in gone.stderr
    assert "no feeds" in _ok(runner.invoke(cli, ["feeds", "list"])).stdout

"""The newscal command through click's runner, on real files and a real SQLite file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bot.cli import cli
from tests.conftest import SAMPLE


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.setenv("NEWSCAL_DATABASE", str(tmp_path / "cli.db"))
    monkeypatch.delenv("NEWSCAL_CONFIG", raising=False)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return CliRunner()


def _ok(result):
    assert result.exit_code == 0, result.output + str(result.exception)
    return result


def test_extract_json_finds_published_in_header(runner):
    doc = json.loads(_ok(runner.invoke(cli, ["extract", str(SAMPLE), "--json"])).stdout)
    assert doc["source"] == str(SAMPLE)
    assert doc["published"] == "2023-04-14"
    upcoming = {(e["start"], e["end"]) for e in doc["events"] if e["upcoming"]}
    assert {
        ("2023-04-14", "2023-04-24"),
        ("2023-04-23", "2023-04-23"),
        ("2023-04-30", "2023-04-30"),
        ("2023-05-31", "2023-05-31"),
    } <= upcoming
    for event in doc["events"]:
        assert {
            "title",
            "start",
            "end",
            "kind",
            "upcoming",
            "location",
            "evidence",
            "article",
        } <= set(event)
        assert event["kind"] in {"activity", "deadline", "meeting", "holiday", "other"}


def test_extract_published_option_wins(runner):
    doc = json.loads(
        _ok(
            runner.invoke(cli, ["extract", str(SAMPLE), "--published", "2023-05-01", "--json"])
        ).stdout
    )
    assert doc["published"] == "2023-05-01"


def test_extract_without_date_falls_back_to_file_date(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("本报讯 4月20日，区图书馆举办读书会。", encoding="utf-8")
    result = _ok(runner.invoke(cli, ["extract", str(path), "--json"]))
    assert "no publication date found" in result.stderr
    assert json.loads(result.stdout)["published"]


def test_extract_without_a_year_reads_the_datelines_day_in_the_year_the_text_names(
    runner, tmp_path
):
    path = tmp_path / "a.txt"
    path.write_text("本报1月29日讯 2019年春节文化活动将于2月2日开幕。", encoding="utf-8")
    os.utime(path, (1_790_000_000, 1_790_000_000))  # 2026-09-21
    result = _ok(runner.invoke(cli, ["extract", str(path), "--json"]))
    assert "using the day it states without a year 2019-01-29" in result.stderr
    doc = json.loads(result.stdout)
    assert doc["published"] == "2019-01-29"
    assert [e["start"] for e in doc["events"]] == ["2019-02-02"]


def test_extract_reads_a_digests_year_less_masthead_as_its_day(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("11月7日/星期四\n•2024年读书节将于11月9日开幕。\n", encoding="utf-8")
    os.utime(path, (1_790_000_000, 1_790_000_000))  # 2026-09-21
    result = _ok(runner.invoke(cli, ["extract", str(path), "--json"]))
    doc = json.loads(result.stdout)
    assert (doc["published"], [e["start"] for e in doc["events"]]) == ("2024-11-07", ["2024-11-09"])


def test_gb18030_reads_like_utf8(runner, tmp_path):
    gb = tmp_path / "gb.txt"
    gb.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    a = json.loads(_ok(runner.invoke(cli, ["extract", str(SAMPLE), "--json"])).stdout)
    b = json.loads(_ok(runner.invoke(cli, ["extract", str(gb), "--json"])).stdout)
    assert a["events"] == b["events"] and a["published"] == b["published"]


@pytest.mark.parametrize(
    "content,message",
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\n ", "empty", id="blank"),
        pytest.param(bytes(range(256)) * 20, "not text", id="binary"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 500, "not text", id="png"),
    ],
)
def test_bad_input_is_one_line_error(runner, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_missing_file_is_one_line_error(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code != 0 and len(result.stderr.strip().splitlines()) == 1


def test_bad_date_option(runner):
    result = runner.invoke(cli, ["extract", str(SAMPLE), "--published", "2023-02-30"])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_ingest_twice_then_list(runner, tmp_path):
    first = _ok(runner.invoke(cli, ["ingest", str(SAMPLE)]))
    assert "1 new" in first.stdout
    events_before = _ok(runner.invoke(cli, ["events", "--json"])).stdout
    second = _ok(runner.invoke(cli, ["ingest", str(SAMPLE)]))
    assert "1 unchanged" in second.stdout
    assert _ok(runner.invoke(cli, ["events", "--json"])).stdout == events_before
    found = json.loads(events_before)
    assert any(e["start"] == "2023-04-14" and e["end"] == "2023-04-24" for e in found)


def test_ingest_skips_bad_files_and_summarises(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    result = _ok(runner.invoke(cli, ["ingest", str(folder)]))
    assert "2 files: 1 new, 0 updated, 0 unchanged, 1 failed" in result.stdout
    assert "empty.txt" in result.stderr


def test_events_filters(runner):
    _ok(runner.invoke(cli, ["ingest", str(SAMPLE)]))
    found = json.loads(
        _ok(
            runner.invoke(cli, ["events", "--from", "2023-04-25", "--to", "2023-05-31", "--json"])
        ).stdout
    )
    assert [e["start"] for e in found] == ["2023-04-30", "2023-05-31"]
    table = _ok(runner.invoke(cli, ["events", "--search", "书市"])).stdout
    assert "书市" in table


def test_config_option_on_every_command_and_bad_value_names_key(runner, tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('timezone = "Mars/Base"\n', encoding="utf-8")
    for args in (["extract", str(SAMPLE)], ["events"], ["--config", str(cfg), "events"]):
        if args[0] != "--config":
            args = [*args, "--config", str(cfg)]
        result = runner.invoke(cli, args)
        assert result.exit_code != 0 and "timezone" in result.stderr, args


def test_run_without_token_explains(runner):
    result = runner.invoke(cli, ["run"])
    assert result.exit_code != 0 and "TELEGRAM_BOT_TOKEN" in result.stderr


def test_demo_plays_the_scripted_conversation_with_the_reminder_arriving(runner):
    # CliRunner's stdin is not a terminal: the scripted conversation plays, with a fast clock.
    out = _ok(runner.invoke(cli, ["demo"])).stdout
    assert "你 you › /start" in out and "欢迎" in out
    assert "你 you › /upcoming" in out and "“北京书市”丰台分展场" in out
    assert "[1] ⏰ 提醒我" in out and "会在这些时间提醒你" in out
    assert "⏰ 正在进行：“北京书市”" in out  # the 08:00 reminder, sent by the dispatcher
    assert "The reminder arrived" in out


def test_demo_chat_reads_commands_and_numbers(runner):
    result = runner.invoke(cli, ["demo", "--chat"], input="/today\n1\n/quit\n")
    out = _ok(result).stdout
    assert "你 you › /today" in out and "[1] 1. “北京书市”" in out
    assert "分享链接: https://t.me/" in out  # the card the click opened


def test_run_rejects_a_bad_start_instant(runner):
    result = runner.invoke(cli, ["run", "--start-at", "yesterday"])
    assert result.exit_code != 0 and "2023-04-13T08:00+08:00" in result.stderr


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield prefix + name, command
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + name + " ")


def test_every_command_and_option_has_help_and_docs():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for name, command in _commands(cli):
        assert command.help, f"{name} has no help"
        assert f"newscal {name}" in readme, f"README does not document `newscal {name}`"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help"

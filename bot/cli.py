"""The ``newscal`` command. Each command opens what it needs, calls one use case, renders.

Imports are lazy so ``newscal extract`` starts fast.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from bot.config import Config
    from bot.services import Services
    from storage import StoredEvent

F = TypeVar("F", bound=Callable[..., Any])

MANY_FILES = 5  # show a progress bar from this many files on


def _config_option(func: F) -> F:
    """Accept ``--config PATH`` on every command (also accepted before the command)."""
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_remember_config,
        help="Configuration file (TOML). Default: $NEWSCAL_CONFIG, else built-in defaults.",
    )(func)


def _remember_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        ctx.ensure_object(dict)["config_path"] = value
        root = ctx.find_root()
        root.ensure_object(dict)["config_path"] = value


def load(ctx: click.Context) -> Config:
    """Return the configuration chosen on the command line; a bad value ends the command."""
    from bot.config import ConfigError, load_config

    path = (ctx.find_root().obj or {}).get("config_path")
    try:
        return load_config(path)
    except ConfigError as exc:
        raise click.ClickException(f"configuration: {exc}") from None


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2023-04-14", param=param) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@_config_option
@click.version_option(package_name="newscal")
def cli() -> None:
    """newscal: dated events from Chinese local news, as a calendar that reminds you."""


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--published",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="Publication date. Default: found in the text, else the file's date.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON of spec/events.md.")
@_config_option
@click.pass_context
def extract(ctx: click.Context, path: Path, published: dt.date | None, as_json: bool) -> None:
    """Print the dated events of one article or newspaper page (text, PDF or HTML file)."""
    from bot.pattern_cache import kept

    cfg = load(ctx)
    with kept(cfg.cache_dir):
        from bot.ingest import DocumentError, extract_document
        from extractors.contract import page_json

    try:
        extracted = extract_document(path, published, cfg.tz)
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from None
    page = extracted.page
    if extracted.published_from == "file date":
        click.echo(
            f"note: no publication date found in {path}; using the file's date {page.published}",
            err=True,
        )
    elif extracted.published_from == "dateline":
        click.echo(
            f"note: no full publication date found in {path}; "
            f"using the day it states without a year {page.published}",
            err=True,
        )
    if as_json:
        click.echo(json.dumps(page_json(str(path), page), ensure_ascii=False, indent=1))
    else:
        _print_events(
            [
                (e.title, _moment(e.start), _moment(e.end), str(e.kind), e.location)
                for e in page.events
            ],
            title=f"{path} (published {page.published})",
        )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date of all.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction. Default: all cores from 16 files on, else 1.",
)
@_config_option
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[Path, ...], published: dt.date | None, jobs: int | None
) -> None:
    """Extract and store the events of files: text, PDF, HTML (folders read recursively)."""
    from bot.bulk import expand_paths, ingest_files

    services = _services(ctx)
    files = expand_paths(paths)
    with _progress(len(files)) as advance:

        def on_file(path: Path, result: object) -> None:
            if isinstance(result, str):
                click.echo(f"skipped {result}", err=True)
            advance()

        report = ingest_files(services, files, published=published, workers=jobs, on_file=on_file)
    click.echo(report.summary())
    if report.failed and len(report.failed) == len(files):
        sys.exit(1)


def _services(ctx: click.Context) -> Services:
    from bot.app import open_db, system_clock
    from bot.services import Services

    cfg = load(ctx)
    return Services(config=cfg, db=open_db(cfg), clock=system_clock())


class _progress:
    """A progress bar on stderr when there are many files; a no-op otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if self.total < MANY_FILES:
            return lambda: None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.bar.start()
        task = self.bar.add_task("ingesting", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@cli.group()
def feeds() -> None:
    """Subscribe to RSS/Atom feeds: their new articles are fetched and ingested."""


@feeds.command("add")
@click.argument("url")
@_config_option
@click.pass_context
def feeds_add(ctx: click.Context, url: str) -> None:
    """Subscribe to the feed at URL (http:// or https://)."""
    from bot.feeds import FeedUrlError, subscribe_feed

    services = _services(ctx)
    try:
        feed, new = subscribe_feed(services, url)
    except FeedUrlError as exc:
        raise click.ClickException(str(exc)) from None
    if new:
        click.echo(f"added feed {feed.id}: {feed.url}")
    else:
        click.echo(f"already subscribed (feed {feed.id}): {feed.url}")


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@_config_option
@click.pass_context
def feeds_list(ctx: click.Context, as_json: bool) -> None:
    """List the feeds, with their last poll, failures and back-off."""
    from storage.feeds import item_counts, list_feeds

    services = _services(ctx)
    found = list_feeds(services.db)
    rows = [
        {
            "id": f.id,
            "url": f.url,
            "title": f.title,
            "last_ok_at": f.last_ok_at.isoformat() if f.last_ok_at else None,
            "failures": f.failures,
            "next_poll_at": f.next_poll_at.isoformat() if f.next_poll_at else None,
            "last_error": f.last_error,
            "items": item_counts(services.db, f.id),
        }
        for f in found
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no feeds; add one with: newscal feeds add URL")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} feeds")
    for column in ("id", "url", "title", "last ok", "items", "failures", "next try", "error"):
        table.add_column(column, overflow="fold")
    for r in rows:
        items = ", ".join(f"{n} {status}" for status, n in sorted(r["items"].items()))
        table.add_row(
            str(r["id"]),
            r["url"],
            r["title"] or "",
            (r["last_ok_at"] or "")[:16],
            items,
            str(r["failures"] or ""),
            (r["next_poll_at"] or "")[:16],
            r["last_error"] or "",
        )
    Console(width=max(100, Console().width)).print(table)


@feeds.command("remove")
@click.argument("feed")
@_config_option
@click.pass_context
def feeds_remove(ctx: click.Context, feed: str) -> None:
    """Unsubscribe from FEED (its URL or id); articles already ingested stay."""
    from storage.feeds import remove_feed

    services = _services(ctx)
    key: str | int = int(feed) if feed.isdecimal() else feed.strip()
    if not remove_feed(services.db, key):
        raise click.ClickException(f"no feed {feed!r} (see: newscal feeds list)")
    click.echo(f"removed feed {feed}")


@feeds.command("poll")
@_config_option
@click.pass_context
def feeds_poll(ctx: click.Context) -> None:
    """Poll every feed now (the bot does this every [feeds] poll_minutes)."""
    import asyncio

    from bot.feeds import poll_feeds

    services = _services(ctx)
    report = asyncio.run(poll_feeds(services))
    for failure in report.failed:
        click.echo(
            f"feed failed: {failure.url}: {failure.error} "
            f"(next try {failure.next_poll_at:%Y-%m-%d %H:%M} UTC)",
            err=True,
        )
    for error in report.item_errors:
        click.echo(f"item skipped: {error}", err=True)
    click.echo(report.summary())


@cli.command()
@click.argument("dirs", nargs=-1, type=click.Path(file_okay=False, path_type=Path))
@click.option("--once", is_flag=True, help="Ingest what is there now (once settled), then stop.")
@click.option("--new-only", is_flag=True, help="Leave the files already there alone.")
@_config_option
@click.pass_context
def watch(ctx: click.Context, dirs: tuple[Path, ...], once: bool, new_only: bool) -> None:
    """Ingest files (text, PDF, HTML) as they appear in DIRS, default [watch] dirs."""
    import time

    from bot.watch import WatchReport, run_watch, watch_once, watcher_for

    services = _services(ctx)
    watcher = watcher_for(services, dirs)
    if not watcher.dirs:
        raise click.ClickException("no folder to watch: name one, or set [watch] dirs")
    missing = [str(d) for d in watcher.dirs if not d.is_dir()]
    if missing:
        raise click.ClickException(f"not a folder: {', '.join(missing)}")
    if new_only:
        watcher.skip_existing()

    def show(report: WatchReport) -> None:
        for path, saved in report.saved:
            click.echo(f"{path}: {saved.outcome}, {len(saved.added)} new events")
        for error in report.failed:
            click.echo(f"skipped {error}", err=True)

    if once:
        show(watch_once(services, watcher, time.monotonic()))
        time.sleep(services.config.watch.settle_seconds)
        show(watch_once(services, watcher, time.monotonic()))
        return
    click.echo(f"watching {', '.join(map(str, watcher.dirs))} (Ctrl-C to stop)", err=True)
    try:
        run_watch(services, watcher, monotonic=time.monotonic, sleep=time.sleep, on_report=show)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@cli.command()
@click.option(
    "--from", "from_on", callback=_date, metavar="YYYY-MM-DD", help="Not over before this day."
)
@click.option(
    "--to", "to_on", callback=_date, metavar="YYYY-MM-DD", help="Starting on or before this day."
)
@click.option("--search", metavar="TEXT", help="Only events whose text contains every word.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@_config_option
@click.pass_context
def events(
    ctx: click.Context,
    from_on: dt.date | None,
    to_on: dt.date | None,
    search: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """List stored events in date order."""
    from bot.app import open_db
    from storage.events import list_events

    cfg = load(ctx)
    db = open_db(cfg)
    tz = cfg.tz
    found = list_events(
        db,
        ends_after=dt.datetime.combine(from_on, dt.time(), tz) if from_on else None,
        starts_before=(
            dt.datetime.combine(to_on + dt.timedelta(days=1), dt.time(), tz) if to_on else None
        ),
        search=search,
        limit=limit,
    )
    if as_json:
        click.echo(json.dumps([stored_json(e) for e in found], ensure_ascii=False, indent=1))
    else:
        _print_events(
            [(e.title, _moment(e.start), _moment(e.end), e.kind, e.location) for e in found],
            title=f"{len(found)} events",
        )


def stored_json(event: StoredEvent) -> dict[str, Any]:
    """Return a stored event as JSON-ready data."""
    from extractors import moment_iso

    return {
        "id": event.id,
        "title": event.title,
        "start": moment_iso(event.start),
        "end": moment_iso(event.end),
        "kind": event.kind,
        "location": event.location,
        "evidence": event.evidence,
        "article": event.article_title,
        "source": event.source,
        "published": event.published_on.isoformat() if event.published_on else None,
    }


def _instant(_ctx: click.Context, param: click.Parameter, value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an instant like 2023-04-13T08:00+08:00", param=param
        ) from None


def _clock(cfg: Config, start_at: dt.datetime | None, speed: float | None) -> Any:
    """Return the wall clock, or a ScaledClock when a start instant or speed is given."""
    from bot.app import system_clock
    from bot.clock import ScaledClock

    if start_at is None and speed is None:
        return system_clock()
    if start_at is None:
        start_at = system_clock().now()
    elif start_at.tzinfo is None:
        start_at = start_at.replace(tzinfo=cfg.tz)  # a bare local time is in the papers' zone
    return ScaledClock(start_at, speed or 1.0)


_START_AT_HELP = "Start the bot's clock at this instant (e.g. 2023-04-13T08:00+08:00)."
_SPEED_HELP = "Run the bot's clock this many times faster than real time (e.g. 60)."


@cli.command()
@click.option("--start-at", callback=_instant, metavar="INSTANT", help=_START_AT_HELP)
@click.option("--speed", type=click.FloatRange(min=0, min_open=True), help=_SPEED_HELP)
@_config_option
@click.pass_context
def run(ctx: click.Context, start_at: dt.datetime | None, speed: float | None) -> None:
    """Start the Telegram bot (needs TELEGRAM_BOT_TOKEN)."""
    from bot.app import run_bot

    cfg = load(ctx)
    if not cfg.telegram.token:
        raise click.ClickException(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram "
            "(https://t.me/BotFather, /newbot), then: export TELEGRAM_BOT_TOKEN=123:ABC…"
            " (or try `newscal demo`, which needs no token)"
        )
    if cfg.telegram.mode == "webhook":
        try:
            import tornado  # noqa: F401
        except ImportError:
            raise click.ClickException(
                "webhook mode needs python-telegram-bot[webhooks]: pip install "
                "'python-telegram-bot[webhooks]'"
            ) from None
    from telegram.error import InvalidToken

    try:
        run_bot(cfg, _clock(cfg, start_at, speed))
    except InvalidToken:
        # Telegram's message quotes the whole token: never print it.
        raise click.ClickException(
            "Telegram refused the bot token in TELEGRAM_BOT_TOKEN; check it with @BotFather"
        ) from None


@cli.command()
@click.option(
    "--start-at",
    callback=_instant,
    metavar="INSTANT",
    help="Start the clock here (default 2023-04-14T07:00+08:00, the paper's morning).",
)
@click.option(
    "--speed",
    type=click.FloatRange(min=0, min_open=True),
    help="Clock speed (default 300 during the script, 60 while you chat).",
)
@click.option(
    "--script",
    "mode",
    flag_value="script",
    help="Only play the scripted conversation (default when stdin is no terminal).",
)
@click.option("--chat", "mode", flag_value="chat", help="Skip the script: chat right away.")
@_config_option
@click.pass_context
def demo(
    ctx: click.Context, start_at: dt.datetime | None, speed: float | None, mode: str | None
) -> None:
    """Try the bot with no token and no network: sample page, local Telegram emulator, fast clock.

    In a terminal a short scripted conversation plays (ending with the book fair's reminder
    arriving), then you chat with the bot; otherwise only the script plays.
    """
    import asyncio

    from bot.demo import START_AT, DemoFailed, run_demo

    cfg = load(ctx)
    if mode is None:
        mode = "both" if sys.stdin.isatty() else "script"
    if start_at is not None and start_at.tzinfo is None:
        start_at = start_at.replace(tzinfo=cfg.tz)
    try:
        asyncio.run(
            run_demo(
                cfg,
                script=mode in ("script", "both"),
                chat=mode in ("chat", "both"),
                out=lambda text: click.echo(text, nl=False),
                start_at=start_at or START_AT,
                speed=speed,
            )
        )
    except DemoFailed as exc:
        raise click.ClickException(f"demo: {exc}") from None
    except KeyboardInterrupt:
        pass


def sample_page() -> Path:
    """Return the path of the bundled sample page (丰台报, 2023-04-14, page 2)."""
    return Path(__file__).parent / "examples" / "fengtai-2023-04-14.txt"


def _moment(value: Any) -> str:
    from extractors import moment_iso

    return moment_iso(value)


def _print_events(rows: list[tuple[Any, ...]], *, title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in ("title", "start", "end", "kind", "location"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(str(v) if v is not None else "" for v in row))
    Console(width=max(100, Console().width)).print(table)


def main() -> None:
    """Entry point of the ``newscal`` console script."""
    cli(obj={})


if __name__ == "__main__":
    main()

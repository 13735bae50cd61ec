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
    from extractors import Page
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
    """Print the dated events of one article or newspaper page (text file)."""
    from bot.ingest import DocumentError, extract_document

    cfg = load(ctx)
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


def page_json(source: str, page: Page) -> dict[str, Any]:
    """Return the ``newscal extract --json`` object of spec/events.md."""
    from extractors import moment_iso

    return {
        "source": source,
        "published": page.published.isoformat() if page.published else None,
        "events": [
            {
                "title": e.title,
                "start": moment_iso(e.start),
                "end": moment_iso(e.end),
                "kind": str(e.kind),
                "upcoming": e.upcoming,
                "location": e.location,
                "evidence": e.evidence,
                "article": e.article,
                "confidence": round(e.confidence, 3),
            }
            for e in page.events
        ],
    }


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="Publication date of all.")
@_config_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], published: dt.date | None) -> None:
    """Extract and store the events of files (folders are read recursively)."""
    from bot.app import open_db, system_clock
    from bot.ingest import DocumentError, ingest_document

    cfg = load(ctx)
    db = open_db(cfg)
    clock = system_clock()
    files = _expand(paths)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    events = 0
    with _progress(len(files)) as advance:
        for path in files:
            try:
                saved = ingest_document(
                    db, path, timezone=cfg.timezone, now=clock.now(), published=published
                )
            except DocumentError as exc:
                counts["failed"] += 1
                click.echo(f"skipped {exc}", err=True)
            else:
                counts[saved.outcome] += 1
                events += len(saved.added)
            advance()
    click.echo(
        f"{len(files)} files: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged, {counts['failed']} failed; {events} new events"
    )
    if counts["failed"] and counts["failed"] == len(files):
        sys.exit(1)


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            files.append(path)
    return files


class _progress:
    """A progress bar on stderr when there are many files; a no-op otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Any = None

    def __enter__(self) -> Callable[[], None]:
        if self.total < MANY_FILES:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("ingesting", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


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
    run_bot(cfg, _clock(cfg, start_at, speed))


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

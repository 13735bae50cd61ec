"""Bad input: fuzzed pages, command arguments, uploads and search strings never break the bot.

The extractor gets random text and mutations of the real sample page; every command gets
random arguments through the real Application and the emulator (no unhandled exception, no
error logged, every reply readable: accepted by the emulator's Telegram HTML parser, not the
apology); /ingest gets binary, empty, huge, wrongly encoded and broken files; search strings
with FTS operators and SQL metacharacters are plain text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.commands import COMMANDS
from bot.emulator import SentMessage
from bot.i18n import t
from extractors import UnreadableInput, decode_text, extract_page
from extractors.model import day_of
from storage import open_database
from storage.events import list_events
from tests.reliability.kit import TOKEN, LiveBot

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "bot" / "examples" / "fengtai-2023-04-14.txt"
PAGE = SAMPLE.read_text(encoding="utf-8")
ADMINS = frozenset(range(500_000, 600_000))
APOLOGIES = {t("zh", "error"), t("en", "error")}

# Characters that mean something to FTS5, SQL, LIKE, HTML, Telegram or our own parsers.
NASTY = list(
    "\"'*()^:-+;%_\\<>&/@#|`~{}[]?!，。、“”《》0123456789月日年至点分\n\t\u200b\u2028\ufeff"
)
WORDS = [
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(a b)",
    "--",
    "/*",
    "*/",
    "' OR 1=1 --",
    '""',
    "<b>",
    "</i>",
    "&amp;",
    "&#0;",
    "%s",
    "{0}",
    "书市",
    "明天",
    "4月20日",
    "2h",
    "tz",
    "digest",
    "quiet",
    "22:00-07:00",
    "Asia/Tokyo",
    "Mars/Base",
    "9" * 40,
    "😀",
    "\x00",
    "¹²³",  # digits to str.isdigit() that int() refuses
    "①",
    "３",  # a full-width digit, which int() reads
]
NASTY_TEXT = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(NASTY), st.text(max_size=6)), max_size=12
).map(" ".join)
ARGS = st.one_of(NASTY_TEXT, st.text(max_size=200), st.text(max_size=3000))
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# --- the extractor ---------------------------------------------------------------------------


@st.composite
def mutated_page(draw: st.DrawFn) -> str:
    """The sample page after a few random cuts, copies, insertions and line shuffles."""
    text = PAGE
    for _ in range(draw(st.integers(1, 6))):
        n = len(text)
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, min(n, a + 400)))
        op = draw(st.sampled_from(["cut", "copy", "insert", "shuffle", "digits", "truncate"]))
        if op == "cut":
            text = text[:a] + text[b:]
        elif op == "copy":
            text = text[:a] + text[a:b] * 2 + text[b:]
        elif op == "insert":
            text = text[:a] + draw(st.one_of(NASTY_TEXT, st.text(max_size=40))) + text[a:]
        elif op == "shuffle":
            lines = text.split("\n")
            random.Random(draw(st.integers(0, 2**16))).shuffle(lines)
            text = "\n".join(lines)
        elif op == "digits":
            digit = draw(st.sampled_from("0123456789"))
            text = text[:a] + "".join(digit if c.isdigit() else c for c in text[a:b]) + text[b:]
        else:
            text = text[:a]
    return text


def _check_page(text: str, published: dt.date | None) -> None:
    page = extract_page(text, published)
    for event in page.events:
        assert day_of(event.start) <= day_of(event.end)
        assert event.title.strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_page(), st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))))
def test_extractor_survives_mutations_of_the_real_page(
    text: str, published: dt.date | None
) -> None:
    _check_page(text, published)


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.text(max_size=400), NASTY_TEXT), st.dates(dt.date(1, 1, 1)))
def test_extractor_survives_random_text_and_any_date(text: str, published: dt.date) -> None:
    _check_page(text, published)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_clear_refusal(data: bytes) -> None:
    try:
        decode_text(data)
    except UnreadableInput as exc:
        assert str(exc).strip()


# --- search strings at the storage layer -------------------------------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from bot.ingest import ingest_document

    path = tmp_path_factory.mktemp("search") / "search.db"
    db = open_database(path)
    ingest_document(db, SAMPLE, timezone="Asia/Shanghai", now=dt.datetime.now(dt.UTC))
    yield db
    db.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(NASTY_TEXT, st.text(max_size=50)))
def test_search_strings_with_fts_and_sql_syntax_are_plain_text(sample_db, query: str) -> None:
    everything = {e.id for e in list_events(sample_db)}
    found = list_events(sample_db, search=query)
    assert {e.id for e in found} <= everything
    assert sample_db.execute("SELECT count(*) FROM events").fetchone()[0] == len(everything)


def test_search_operators_find_the_literal_words(sample_db) -> None:
    assert list_events(sample_db, search="书市")
    assert list_events(sample_db, search='书市" OR "x') == []  # quotes are text, not syntax
    assert list_events(sample_db, search="书市 OR 不存在的词") == []  # OR is a word, all must match
    assert list_events(sample_db, search="' OR 1=1 --") == []


# --- commands and uploads through the real Application ----------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveBot]:
    with LiveBot(tmp_path_factory.mktemp("live"), ADMINS, SAMPLE) as bot:
        yield bot


_chats = itertools.count(1000)
_admin_chats = itertools.count(min(ADMINS))


def assert_readable(live: LiveBot, reply: SentMessage, errors_before: int) -> None:
    shown = reply.text or reply.caption or (reply.document and reply.document.file_name)
    assert shown and shown.strip(), reply
    assert shown not in APOLOGIES, reply.source  # the error handler's apology: a crash of ours
    assert TOKEN.split(":")[1] not in (reply.source or "")
    assert live.errors[errors_before:] == []


def test_broadcast_with_fuzzed_text_answers_readably(live: LiveBot) -> None:
    # First of the bot's tests: few chats exist yet, so the broadcasts queued are few.
    @settings(FUZZ, max_examples=4)
    @given(st.one_of(NASTY_TEXT, st.text(min_size=1, max_size=3000)))
    def check(text: str) -> None:
        before = len(live.errors)
        reply = live.ask(next(_admin_chats), f"/broadcast {text}")
        assert_readable(live, reply, before)

    check()


@pytest.mark.parametrize(
    "command", [c for c in COMMANDS if c.name != "broadcast"], ids=lambda c: c.name
)
def test_every_command_with_fuzzed_arguments_answers_readably(live: LiveBot, command) -> None:
    @FUZZ
    @given(ARGS, st.sampled_from(["", "@newscal_test_bot"]))
    def check(args: str, mention: str) -> None:
        chat = next(_admin_chats) if command.admin else next(_chats)
        before = len(live.errors)
        reply = live.ask(chat, f"/{command.name}{mention} {args}")
        assert_readable(live, reply, before)

    check()


@pytest.mark.parametrize("args", ["¹", "2²", "①", "１２:３０", "３"])
def test_digits_that_are_no_decimal_numbers_answer_readably(live: LiveBot, args: str) -> None:
    # `'¹'.isdigit()` is True but `int('¹')` raises: `/upcoming ¹` had crashed the handler
    for command in [c for c in COMMANDS if c.name != "broadcast"]:
        chat = next(_admin_chats) if command.admin else next(_chats)
        before = len(live.errors)
        assert_readable(live, live.ask(chat, f"/{command.name} {args}"), before)


def _pdf() -> bytes:
    from tests.sources.render import columns_pdf

    return columns_pdf("丰台报 2023年4月14日", PAGE[:3000])


UPLOADS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 64,
    "nul.txt": b"\x00" * 5000,
    "gbk.txt": PAGE.encode("gb18030"),
    "utf16.txt": PAGE.encode("utf-16-le"),
    "latin1.txt": "Café crème, 4 avril 2023, über".encode("latin-1") * 100,
    "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)) * 20,
    "header-only.pdf": b"%PDF-",
    "truncated.pdf": "TRUNCATED_PDF",
    "not-a-pdf.pdf": PAGE.encode("utf-8"),
    "cut.html": b"<html><head><title>\xe4\xb9\xa6\xe5\xb8\x82</title></head><body><p>4\xe6",
    "<b>&name.txt": PAGE.encode("utf-8")[:3000],
    "report.exe": b"MZ\x90\x00" * 100,
    "no-extension": b"4\xe6\x9c\x8820\xe6\x97\xa5",
    "huge.txt": b"x" * (20 * 1024 * 1024 + 1),
}


@pytest.mark.parametrize("name", list(UPLOADS))
def test_broken_uploads_get_a_readable_answer(live: LiveBot, name: str) -> None:
    data = UPLOADS[name]
    if data == "TRUNCATED_PDF":
        data = _pdf()[:1500]
    before = len(live.errors)
    reply = live.upload(next(_admin_chats), data, name)
    assert_readable(live, reply, before)


@settings(FUZZ, max_examples=15)
@given(st.binary(max_size=4000), st.sampled_from([".txt", ".pdf", ".html", ".htm"]))
def test_random_bytes_uploaded_get_a_readable_answer(
    live: LiveBot, data: bytes, suffix: str
) -> None:
    before = len(live.errors)
    reply = live.upload(next(_admin_chats), data, f"fuzz{suffix}")
    assert_readable(live, reply, before)


# Buttons of the bot's four kinds with forged or stale payloads.
CALLBACK_DATA = st.builds(
    lambda prefix, rest: f"{prefix}|{rest}"[:64],
    st.sampled_from(["ev", "pg", "st", "rm"]),
    st.one_of(NASTY_TEXT, st.text(max_size=60), st.text(alphabet="0123456789abcdef|:-_ ")),
)


def click_forged(live: LiveBot, data: str, timeout: float) -> tuple[int, dict]:
    """Click a button carrying ``data`` under a fresh /upcoming list; return (chat, answer)."""
    chat = next(_chats)
    listing = live.ask(chat, "/upcoming")

    async def forge() -> dict:
        user = live.emu.user(chat)
        world = live.emu.world
        query_id = f"{chat}{next(_chats):08d}"
        world.callback_answers[query_id] = {"answered": False}
        world.push_update(
            "callback_query",
            {
                "id": query_id,
                "from": user.user,
                "message": listing.to_api(world.bot_user, user.chat.to_api()),
                "chat_instance": str(chat * 31 + 7),
                "data": data,
            },
        )
        return await user.answer(query_id, timeout=timeout)

    return chat, live.run(forge(), timeout + 10)


@settings(FUZZ, max_examples=60)
@given(CALLBACK_DATA)
def test_button_clicks_with_forged_data_are_answered_without_error(
    live: LiveBot, data: str
) -> None:
    """A client may send any callback_data (old buttons, forged ones): the bot answers it."""
    before = len(live.errors)
    chat, answer = click_forged(live, data, timeout=20)
    assert answer["answered"]
    assert live.errors[before:] == []
    assert not any(m.text in APOLOGIES for m in live.emu.messages(chat))


def test_a_click_with_unknown_data_is_answered(live: LiveBot) -> None:
    _, answer = click_forged(live, "0", timeout=3)
    assert answer["answered"]

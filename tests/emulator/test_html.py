"""Telegram's HTML parse mode: what it accepts, what it refuses, and the entities it makes."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest

from bot.emulator import BotApiEmulator
from bot.emulator.html import HtmlError, command_entities, parse_html, trim
from bot.emulator.ptb import application_builder

ACCEPTED = [
    pytest.param("plain 文本", "plain 文本", [], id="plain"),
    pytest.param("<b>书市</b>", "书市", [("bold", 0, 2)], id="bold"),
    pytest.param(
        "<strong>a</strong><em>b</em>", "ab", [("bold", 0, 1), ("italic", 1, 1)], id="aliases"
    ),
    pytest.param("a &lt;b&gt; &amp; &quot;c&quot;", 'a <b> & "c"', [], id="escapes"),
    pytest.param("&#20070;&#x5E02;", "书市", [], id="numeric-refs"),
    pytest.param("AT&T &nbsp;", "AT&T &nbsp;", [], id="bare-ampersand-is-text"),
    pytest.param(
        '<a href="https://x.cn/?a=1&amp;b=2">链接</a>', "链接", [("text_link", 0, 2)], id="link"
    ),
    pytest.param("<b>粗<i>斜</i></b>", "粗斜", [("bold", 0, 2), ("italic", 1, 1)], id="nested"),
    pytest.param("😀<b>x</b>", "😀x", [("bold", 2, 1)], id="utf16-offsets"),
    pytest.param('<span class="tg-spoiler">s</span>', "s", [("spoiler", 0, 1)], id="spoiler"),
    pytest.param(
        '<pre><code class="language-python">x</code></pre>', "x", [("pre", 0, 1)], id="pre-code"
    ),
    pytest.param("<code>x</code>", "x", [("code", 0, 1)], id="code"),
    pytest.param(
        "<blockquote expandable>q</blockquote>",
        "q",
        [("expandable_blockquote", 0, 1)],
        id="expandable",
    ),
    pytest.param("<b></b>x", "x", [], id="empty-entity-dropped"),
]

REFUSED = [
    pytest.param("<b>书市", 'Can\'t find end tag corresponding to start tag "b"', id="unclosed"),
    pytest.param(
        "<b>x</i>",
        'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
        id="mismatched",
    ),
    pytest.param("x</b>", "Unexpected end tag at byte offset 1", id="stray-end"),
    pytest.param("<div>x</div>", 'Unsupported start tag "div" at byte offset 0', id="unknown"),
    pytest.param("1 < 2", 'Unsupported start tag "" at byte offset 2', id="bare-lt"),
    pytest.param("<br/>", 'Unsupported start tag "br/" at byte offset 0', id="br"),
    pytest.param("书<b", "Unclosed start tag at byte offset 3", id="unclosed-start"),
    pytest.param("<span>x</span>", 'Tag "span" must have class "tg-spoiler"', id="span"),
]


@pytest.mark.parametrize(("source", "text", "entities"), ACCEPTED)
def test_accepted(source: str, text: str, entities: list[tuple[str, int, int]]) -> None:
    plain, ents = parse_html(source)
    assert plain == text
    assert [(e["type"], e["offset"], e["length"]) for e in ents] == entities


@pytest.mark.parametrize(("source", "detail"), REFUSED)
def test_refused(source: str, detail: str) -> None:
    with pytest.raises(HtmlError) as info:
        parse_html(source)
    assert str(info.value) == f"Bad Request: can't parse entities: {detail}"


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        pytest.param("\n  <b>书市</b>\n\n", "书市", [("bold", 0, 2)], id="both-ends"),
        pytest.param("<b> 书市 </b>", "书市", [("bold", 0, 2)], id="inside-entity"),
        pytest.param("a<b>\n</b>", "a", [], id="entity-emptied"),
    ],
)
def test_telegram_trims_whitespace(source: str, text: str, entities: list) -> None:
    plain, ents = trim(*parse_html(source))
    assert plain == text
    assert [(e["type"], e["offset"], e["length"]) for e in ents] == entities


def test_command_entities() -> None:
    assert command_entities("/start event_1") == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert command_entities("/search@newscal_bot 书市")[0]["length"] == 19
    assert command_entities("看 /today 和 path/x") == [
        {"type": "bot_command", "offset": 2, "length": 6}
    ]
    assert command_entities("今天") == []


async def test_ptb_sees_bad_request(emulator: BotApiEmulator) -> None:
    emulator.user(42, "Ann")
    async with application_builder(emulator).build() as app:
        with pytest.raises(BadRequest, match="Can't parse entities: unsupported start tag"):
            await app.bot.send_message(42, "<tr>x</tr>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Chat not found"):
            await app.bot.send_message(999, "hi")
        with pytest.raises(BadRequest, match="Message text is empty"):
            await app.bot.send_message(42, "<b> </b>\n", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Message is too long"):
            await app.bot.send_message(42, "长" * 4097)
        await app.bot.send_message(42, "长" * 4096)
        msg = await app.bot.send_message(42, "<b>x</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await app.bot.edit_message_text("<b>x</b>", 42, msg.message_id, parse_mode="HTML")
    assert emulator.stats.total == 2

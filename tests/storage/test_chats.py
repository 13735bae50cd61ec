"""Chats and subscriptions."""

from __future__ import annotations

from storage import chats


def test_register_keeps_settings_and_reactivates(db, clock):
    now = clock.now()
    chats.register_chat(db, 5, language="zh", timezone="Asia/Shanghai", kind="private", now=now)
    chats.update_chat(db, 5, now=now, settings={"digest_at": "07:30"}, active=False)
    chat = chats.register_chat(db, 5, language="en", timezone="UTC", kind="private", now=now)
    assert chat.active and chat.settings == {"digest_at": "07:30"} and chat.language == "zh"


def test_subscriptions(db, clock):
    now = clock.now()
    chats.register_chat(db, 1, language="zh", timezone="Asia/Shanghai", kind="private", now=now)
    assert chats.subscribe(db, 1, "keyword", "书市", now=now)
    assert not chats.subscribe(db, 1, "keyword", "书市", now=now)
    chats.subscribe(db, 1, "digest", now=now)
    assert chats.subscriptions(db, 1) == [("digest", ""), ("keyword", "书市")]
    assert chats.keyword_subscriptions(db) == [(1, "书市")]
    assert [c.id for c in chats.subscribed_chats(db, "digest")] == [1]
    assert chats.unsubscribe(db, 1) == 2


def test_migrate_chat_moves_everything(db, clock):
    from storage import NewReminder
    from storage.outbox import enqueue, pending_for_chat

    now = clock.now()
    chats.register_chat(db, -100, language="zh", timezone="Asia/Shanghai", kind="group", now=now)
    chats.subscribe(db, -100, "digest", now=now)
    enqueue(db, [NewReminder(-100, "digest", now, "d1")], now=now)
    chats.migrate_chat(db, -100, -1001)
    assert chats.get_chat(db, -100) is None
    assert chats.subscriptions(db, -1001) == [("digest", "")]
    assert [r.dedup_key for r in pending_for_chat(db, -1001)] == ["d1"]

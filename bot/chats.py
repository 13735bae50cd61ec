"""Use cases about a chat itself: joining, leaving, language, keyword subscriptions."""

from __future__ import annotations

from bot.i18n import LANGUAGES
from bot.services import Services
from storage import Chat
from storage import chats as store
from storage.outbox import cancel_pending

TOPICS = ("alerts", "digest")


def ensure_chat(services: Services, chat_id: int, *, language: str, kind: str) -> Chat:
    """Return the stored chat, registering it (language ``language``) on first contact."""
    chat = store.get_chat(services.db, chat_id)
    if chat is not None and chat.active:
        return chat
    return store.register_chat(
        services.db,
        chat_id,
        language=language,
        timezone=services.config.timezone,
        kind=kind,
        now=services.clock.now(),
    )


def start_chat(services: Services, chat_id: int, *, language: str, kind: str) -> Chat:
    """Return the chat, registered, active and subscribed to alerts and the daily digest."""
    chat = ensure_chat(services, chat_id, language=language, kind=kind)
    now = services.clock.now()
    with services.db.atomic():
        for topic in TOPICS:
            store.subscribe(services.db, chat_id, topic, now=now)
    return chat


def stop_chat(services: Services, chat_id: int) -> int:
    """Unsubscribe the chat from everything and cancel what is queued for it; settings stay.

    Returns how many subscriptions were removed.
    """
    with services.db.atomic():
        removed = store.unsubscribe(services.db, chat_id)
        cancel_pending(services.db, chat_id=chat_id, reason="chat stopped")
        store.update_chat(services.db, chat_id, now=services.clock.now(), active=False)
    return removed


def set_language(services: Services, chat_id: int, language: str) -> None:
    """Switch the chat's language (one of bot.i18n.LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    store.update_chat(services.db, chat_id, now=services.clock.now(), language=language)


def subscribe_keyword(services: Services, chat_id: int, keyword: str) -> bool:
    """Return True when the keyword subscription is new."""
    return store.subscribe(services.db, chat_id, "keyword", keyword, now=services.clock.now())


def unsubscribe_keyword(services: Services, chat_id: int, keyword: str) -> bool:
    """Return True when the chat was subscribed to ``keyword``."""
    return store.unsubscribe(services.db, chat_id, "keyword", keyword) > 0


def chat_keywords(services: Services, chat_id: int) -> list[str]:
    """Return the chat's keyword subscriptions, sorted; empty when none."""
    return [kw for topic, kw in store.subscriptions(services.db, chat_id) if topic == "keyword"]

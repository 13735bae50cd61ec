"""Schema migrations, applied in order by sqlite-utils; never edit one that has shipped."""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("newscal")


@MIGRATIONS(name="0001_initial")
def initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,            -- hash of the source key: stable across corrections
            source TEXT NOT NULL,           -- file name, URL or feed item id
            published_on TEXT,              -- YYYY-MM-DD
            title TEXT,
            page TEXT,
            text TEXT NOT NULL,
            text_hash TEXT NOT NULL,        -- hash of the text: tells unchanged from updated
            ingested_at TEXT NOT NULL,      -- UTC instant
            updated_at TEXT NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,            -- hash of article id, title and its ordinal
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            start TEXT NOT NULL,            -- local wall time: YYYY-MM-DD or YYYY-MM-DDTHH:MM
            "end" TEXT NOT NULL,            -- inclusive
            all_day INTEGER NOT NULL,
            timezone TEXT NOT NULL,         -- the zone of start/end
            start_at TEXT NOT NULL,         -- UTC instant of the start
            end_at TEXT NOT NULL,           -- UTC instant of the end (end of day when all-day)
            kind TEXT NOT NULL,
            location TEXT,
            evidence TEXT NOT NULL,
            sentence TEXT NOT NULL DEFAULT '',
            article_title TEXT,
            confidence REAL NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_end_at ON events(end_at);
        CREATE INDEX events_start_at ON events(start_at);
        CREATE INDEX events_article ON events(article_id);

        -- Full-text search: rowid = events.rowid; tokens are character bigrams (storage/search.py),
        -- written by storage whenever an event is written.
        CREATE VIRTUAL TABLE events_fts USING fts5(bigrams, chars, tokenize='unicode61');
        -- Interval index (minutes since the epoch) for "what is running at instant T".
        CREATE VIRTUAL TABLE events_span USING rtree_i32(id, start_minute, end_minute);

        CREATE TABLE chats (
            id INTEGER PRIMARY KEY,         -- Telegram chat id
            kind TEXT NOT NULL DEFAULT 'private',   -- private, group, supergroup, channel
            language TEXT NOT NULL DEFAULT 'zh',
            timezone TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            settings TEXT NOT NULL DEFAULT '{}',    -- JSON: lead times, digest, quiet hours
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE subscriptions (
            chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE ON UPDATE CASCADE,
            topic TEXT NOT NULL,            -- 'alerts', 'digest' or 'keyword'
            keyword TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, topic, keyword)
        );
        CREATE TABLE reminders (                -- the outbox: one row per message to send
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            event_id TEXT REFERENCES events(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,             -- reminder, alert, digest, broadcast
            dedup_key TEXT NOT NULL UNIQUE, -- the same message is never queued twice
            due_at TEXT NOT NULL,           -- UTC instant
            next_attempt_at TEXT NOT NULL,  -- UTC instant; moves on retries
            payload TEXT NOT NULL DEFAULT '{}',
            status TEXT NOT NULL DEFAULT 'pending',  -- pending, sent, failed, expired, cancelled
            attempts INTEGER NOT NULL DEFAULT 0,
            late INTEGER NOT NULL DEFAULT 0,
            sent_at TEXT,
            last_error TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX reminders_pending ON reminders(status, next_attempt_at);
        CREATE INDEX reminders_chat ON reminders(chat_id, status);
        CREATE INDEX reminders_event ON reminders(event_id);
        CREATE TABLE deliveries (               -- every send attempt and its outcome
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reminder_id INTEGER REFERENCES reminders(id) ON DELETE SET NULL,
            chat_id INTEGER NOT NULL,
            attempted_at TEXT NOT NULL,
            outcome TEXT NOT NULL,          -- sent, retry, rate_limited, blocked, migrated, failed
            error TEXT,
            retry_after REAL,
            message_id INTEGER
        );
        CREATE INDEX deliveries_reminder ON deliveries(reminder_id);
        """
    )


@MIGRATIONS(name="0002_reminders_requests")
def reminders_requests(db: sqlite_utils.Database) -> None:
    # What a chat asked for (the intent), apart from the outbox rows planned from it, so a
    # moved event or changed settings can be planned again and /reminders lists it.
    db.executescript(
        """
        CREATE TABLE reminder_requests (
            chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE ON UPDATE CASCADE,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            leads TEXT NOT NULL DEFAULT '[]',   -- JSON list of extra lead times, in minutes
            created_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, event_id)
        );
        CREATE INDEX reminder_requests_event ON reminder_requests(event_id);
        CREATE INDEX reminders_kind_chat ON reminders(kind, chat_id, status);
        """
    )


@MIGRATIONS(name="0002_sources_event_sources")
def sources_event_sources(db: sqlite_utils.Database) -> None:
    """Every article that states an event: one event per happening, several sources."""
    db.executescript(
        """
        CREATE TABLE event_sources (
            statement_id TEXT PRIMARY KEY,  -- hash of article id, title and its ordinal
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            title TEXT NOT NULL,            -- as this article states it
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            all_day INTEGER NOT NULL,
            kind TEXT NOT NULL,
            location TEXT,
            evidence TEXT NOT NULL,
            sentence TEXT NOT NULL DEFAULT '',
            article_title TEXT,
            confidence REAL NOT NULL,
            published_on TEXT,              -- of the article: the latest word wins
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX event_sources_event ON event_sources(event_id);
        CREATE INDEX event_sources_article ON event_sources(article_id);
        CREATE INDEX event_sources_days ON event_sources(substr(start, 1, 10));
        INSERT INTO event_sources (statement_id, event_id, article_id, title, start, "end",
            all_day, kind, location, evidence, sentence, article_title, confidence,
            published_on, added_at, updated_at)
        SELECT e.id, e.id, e.article_id, e.title, e.start, e."end", e.all_day, e.kind,
            e.location, e.evidence, e.sentence, e.article_title, e.confidence,
            a.published_on, e.created_at, e.updated_at
        FROM events e JOIN articles a ON a.id = e.article_id;
        """
    )


@MIGRATIONS(name="0002_sources_feeds")
def sources_feeds(db: sqlite_utils.Database) -> None:
    """Subscribed RSS/Atom feeds and the items already taken from them."""
    db.executescript(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL UNIQUE,
            title TEXT,
            etag TEXT,                      -- for conditional requests
            last_modified TEXT,
            added_at TEXT NOT NULL,
            last_polled_at TEXT,
            last_ok_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,    -- consecutive failed polls
            next_poll_at TEXT,              -- set while backing off; NULL: poll when due
            last_error TEXT
        );
        CREATE TABLE feed_items (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,         -- the item's id (guid), else its link
            link TEXT,
            title TEXT,
            published_on TEXT,
            status TEXT NOT NULL DEFAULT 'pending',  -- pending, ingested, failed
            attempts INTEGER NOT NULL DEFAULT 0,
            article_id TEXT,
            error TEXT,
            seen_at TEXT NOT NULL,
            done_at TEXT,
            PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX feed_items_pending ON feed_items(status, feed_id);
        """
    )


@MIGRATIONS(name="0002_sources_watched_files")
def sources_watched_files(db: sqlite_utils.Database) -> None:
    """Files of watched folders already read, so a restarted watch does not read them again."""
    db.executescript(
        """
        CREATE TABLE watched_files (
            path TEXT PRIMARY KEY,          -- absolute
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            outcome TEXT NOT NULL,          -- new, updated, unchanged or failed
            error TEXT,
            read_at TEXT NOT NULL
        );
        """
    )


@MIGRATIONS(name="0003_event_sources_order")
def event_sources_order(db: sqlite_utils.Database) -> None:
    """Indexes in the orders ingest reads statements: an event's sources newest word first
    (its best one is the first entry), and a day's statements latest added first (the
    candidates of dedup, capped). Without them both were sorted in full for every statement
    saved: an event restated on every page made ingest slow down page after page."""
    db.executescript(
        """
        CREATE INDEX event_sources_best ON event_sources(
            event_id, published_on IS NULL, published_on DESC, all_day, added_at, statement_id
        );
        -- The first source giving a location, when the best one gives none.
        CREATE INDEX event_sources_located ON event_sources(
            event_id, published_on IS NULL, published_on DESC, all_day, added_at, statement_id
        ) WHERE location != '';
        DROP INDEX event_sources_days;
        CREATE INDEX event_sources_days ON event_sources(
            substr(start, 1, 10), added_at DESC, statement_id
        );
        """
    )


@MIGRATIONS(name="0004_search_folds_script")
def search_folds_script(db: sqlite_utils.Database) -> None:
    """The search index again, its traditional characters folded to simplified ones
    (storage/search.py), so that a word is found in either script."""
    from .search import index_text

    db.execute("DELETE FROM events_fts")
    rows = db.execute("SELECT rowid, title, location, evidence, article_title FROM events")
    for rowid, *fields in rows.fetchall():
        db.execute(
            "INSERT INTO events_fts (rowid, bigrams, chars) VALUES (?, ?, ?)",
            [rowid, *index_text(*fields)],
        )

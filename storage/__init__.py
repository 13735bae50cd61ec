"""Storage: the only place with SQL. Functions take and return domain objects."""

from .db import database_file, open_database
from .records import (
    Chat,
    Delivery,
    EventSource,
    IngestOutcome,
    NewReminder,
    Reminder,
    StoredArticle,
    StoredEvent,
)

__all__ = [
    "Chat",
    "Delivery",
    "EventSource",
    "IngestOutcome",
    "NewReminder",
    "Reminder",
    "StoredArticle",
    "StoredEvent",
    "database_file",
    "open_database",
]

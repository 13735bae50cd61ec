"""Telegram handlers: each parses an update, calls one use case, renders and replies."""

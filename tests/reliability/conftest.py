"""Reliability tests: the real Application, real SQLite files, the emulator on loopback."""

from bot.emulator.pytest_plugin import emulator, emulator_factory, strict_emulator  # noqa: F401

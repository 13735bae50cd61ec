from bot.emulator.pytest_plugin import emulator  # noqa: F401

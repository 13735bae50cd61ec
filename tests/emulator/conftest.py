from bot.emulator.pytest_plugin import emulator, emulator_factory, strict_emulator  # noqa: F401

"""newscal's application layer: CLI, Telegram bot, jobs, and the use cases they share."""

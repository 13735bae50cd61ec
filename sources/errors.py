"""The one error type of the format readers."""


class SourceError(ValueError):
    """A document, page or feed cannot be read; str() is one line saying why."""

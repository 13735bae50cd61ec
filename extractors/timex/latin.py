"""Latin-script dates (``April 14, 2023``, ``14 Apr 2023``), read by dateparser
behind this one module.

dateparser is slow to import, so it is imported on first use, and only when the text has a
Latin month name; it never sees Chinese.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

from .. import rx

_MONTHS: Final = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# April 14, 2023 / 14 Apr 2023 / Apr. 14 / 2023-04-14T10:00 is numeric and read by the grammar
LATIN_DATE: Final = rx.compile(
    rf"\b(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?(?:\s+\d{{4}})?)\b",
    re.IGNORECASE,
)
_HAS_MONTH: Final = rx.compile(rf"\b(?:{_MONTHS})\b", re.IGNORECASE)
_parser: Any = None


def find_latin(text: str, ref: dt.date) -> list[tuple[int, int, dt.date, str]]:
    """Return (start, end, day, precision) for each Latin-script date in text; [] when none."""
    if not _HAS_MONTH.search(text):
        return []
    out: list[tuple[int, int, dt.date, str]] = []
    for m in LATIN_DATE.finditer(text):
        phrase = m.group().strip(" ,.")
        if not re.search(r"\d", phrase):
            continue  # a month name alone ("may") is too often a word
        day = _parse(phrase, ref)
        if day is not None:
            out.append((m.start(), m.start() + len(m.group().rstrip(" ,.")), day, "day"))
    return out


def _parse(phrase: str, ref: dt.date) -> dt.date | None:
    global _parser
    if _parser is None:
        from dateparser.date import DateDataParser  # lazy: importing dateparser takes a second

        _parser = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    try:
        data = _parser.get_date_data(phrase)
    except Exception:  # dateparser raises a variety of errors on odd input; a miss is not an error
        return None
    if data is None or data.date_obj is None:
        return None
    day: dt.date = data.date_obj.date()
    if not re.search(r"\d{4}", phrase):
        # a year-less date takes the year nearest ref
        cands = []
        for k in (-1, 0, 1):
            try:
                cands.append(day.replace(year=ref.year + k))
            except ValueError:
                continue
        if not cands:
            return None
        day = min(cands, key=lambda d: (abs((d - ref).days), d < ref))
    return day

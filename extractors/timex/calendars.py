"""Calendar arithmetic: month ends, nth weekdays, lunar dates, solar terms, Easter."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from .numerals import to_int

_MONTH_DAYS: Final = (
    0,
    31,
    28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
)  # February of a common year


def last_day(year: int, month: int) -> int:
    """Return the number of days in a month."""
    if 1 <= month <= 12:  # (calendar.monthrange also works out the weekday: twice the cost)
        return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))
    return calendar.monthrange(year, month)[1]  # raises the same error as before


def clamped_date(year: int, month: int, day: int) -> dt.date:
    """Return the date, the day cut to the month's last (31 → 30 in June, 29 → 28 in February
    of a common year): the same day in another year or month."""
    return dt.date(year, month, min(day, last_day(year, month)))


def run_end(first: dt.date, n: str, unit: str) -> dt.date | None:
    """Return the last day of a run from ``first`` lasting ``n`` (a numeral, or `半` for half)
    units: `年`, `个月`, `周` or `个星期` (in either script), `天半` (a day and a half), else days.
    5月1日 for a month runs to 5月31日, for three days to 5月3日, for half a year to 10月31日,
    for half a month to 5月15日, for half a day on 5月1日. None when ``n`` is no number."""
    half = n == "半"
    count = 0 if half else to_int(n)
    if count is None:
        return None
    months = {"年": 12, "個月": 1, "个月": 1}.get(unit)
    if months is not None and not (half and months == 1):
        months = months // 2 if half else months * count
        y, mo = divmod(first.month - 1 + months, 12)
        return clamped_date(first.year + y, mo + 1, first.day) - dt.timedelta(days=1)
    if months is not None:
        days = 15  # 半个月
    elif unit in ("周", "週", "个星期", "個星期"):
        days = count * 7
    else:
        days = count + (unit == "天半")
    return first + dt.timedelta(days=max(days - 1, 0))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist (2月30日)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > 28 and day > last_day(year, month):  # (every month has 28 days)
        return None
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date | None:
    """Return the nth (1-based; -1 = last) weekday (0 = Monday) of a month, or None."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    if nth < 0:
        last = dt.date(year, month, last_day(year, month))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """Return the Gregorian date of a Chinese lunar date, or None outside lunardate's range."""
    from lunardate import LunarDate  # type: ignore[import-untyped]  # lazy: only for lunar dates

    try:
        lunar = LunarDate(year, month, day, leap)
        convert = getattr(lunar, "to_solar_date", None) or lunar.toSolarDate
        return convert()  # type: ignore[no-any-return]
    except (ValueError, IndexError, KeyError, OverflowError):
        return None


def is_lunar_day(day: dt.date, month: int, lunar_day: int) -> bool:
    """True when ``day`` is that day of that lunar month, in its own lunar year or the one
    before (`2月24日` is 正月十五 of its year; `1月20日` 腊月二十 of the year before)."""
    return day in (lunar_to_solar(y, month, lunar_day) for y in (day.year, day.year - 1))


def solar_to_lunar(day: dt.date) -> tuple[int, int] | None:
    """Return the lunar year and month a Gregorian day falls in (a leap month as its own
    number), or None outside lunardate's range."""
    from lunardate import LunarDate

    try:
        convert = getattr(LunarDate, "from_solar_date", None) or LunarDate.fromSolarDate
        lunar = convert(day.year, day.month, day.day)
    except (ValueError, IndexError, KeyError, OverflowError):
        return None
    return lunar.year, lunar.month


def lunar_new_years_eve(lunar_year: int) -> dt.date | None:
    """Return 除夕, the last day of a lunar year."""
    new_year = lunar_to_solar(lunar_year + 1, 1, 1)
    return new_year - dt.timedelta(days=1) if new_year else None


# The 24 solar terms: name → (month, C for the 21st century), by the formula
# day = int(Y * 0.2422 + C) - int(L / 4), Y = year % 100, L = Y (Y - 1 for January and February terms).  # noqa: E501
SOLAR_TERMS: Final[dict[str, tuple[int, float]]] = {
    "小寒": (1, 5.4055),
    "大寒": (1, 20.12),
    "立春": (2, 3.87),
    "雨水": (2, 18.73),
    "惊蛰": (3, 5.63),
    "春分": (3, 20.646),
    "清明": (4, 4.81),
    "谷雨": (4, 20.1),
    "立夏": (5, 5.52),
    "小满": (5, 21.04),
    "芒种": (6, 5.678),
    "夏至": (6, 21.37),
    "小暑": (7, 7.108),
    "大暑": (7, 22.83),
    "立秋": (8, 7.5),
    "处暑": (8, 23.13),
    "白露": (9, 7.646),
    "秋分": (9, 23.042),
    "寒露": (10, 8.318),
    "霜降": (10, 23.438),
    "立冬": (11, 7.438),
    "小雪": (11, 22.36),
    "大雪": (12, 7.18),
    "冬至": (12, 21.94),
}


def solar_term(year: int, name: str) -> dt.date | None:
    """Return the day of a solar term (节气) in a year of 2000–2099, or None."""
    if name not in SOLAR_TERMS or not 2000 <= year <= 2099:
        return None
    month, c = SOLAR_TERMS[name]
    y = year % 100
    leaps = (y - 1) // 4 if month <= 2 else y // 4
    if month <= 2 and y == 0:
        leaps = 0
    return make_date(year, month, int(y * 0.2422 + c) - leaps)


def easter(year: int) -> dt.date:
    """Return Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Return Orthodox Easter Sunday as a Gregorian date (Meeus' Julian algorithm, 1900–2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=13)

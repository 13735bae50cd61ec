"""State Council public-holiday breaks (放假安排), generated from the chinese_calendar package.

Regenerate with ``python -m extractors.timex.holidays`` (needs ``chinese_calendar``);
a test fails when
this table and that package drift apart. Keys: (festival key, year of the festival); values: the
first and last day off, inclusive. 中秋 and 国庆 share one break when they are adjacent.
"""

from __future__ import annotations

from datetime import date, timedelta

HOLIDAY_BREAKS: dict[tuple[str, int], tuple[date, date]] = {
    ("元旦", 2004): (date(2004, 1, 1), date(2004, 1, 1)),
    ("春节", 2004): (date(2004, 1, 22), date(2004, 1, 28)),
    ("劳动节", 2004): (date(2004, 5, 1), date(2004, 5, 7)),
    ("国庆", 2004): (date(2004, 10, 1), date(2004, 10, 7)),
    ("元旦", 2005): (date(2005, 1, 1), date(2005, 1, 3)),
    ("春节", 2005): (date(2005, 2, 9), date(2005, 2, 15)),
    ("劳动节", 2005): (date(2005, 5, 1), date(2005, 5, 7)),
    ("国庆", 2005): (date(2005, 10, 1), date(2005, 10, 7)),
    ("元旦", 2006): (date(2005, 12, 31), date(2006, 1, 3)),
    ("春节", 2006): (date(2006, 1, 29), date(2006, 2, 4)),
    ("劳动节", 2006): (date(2006, 5, 1), date(2006, 5, 7)),
    ("国庆", 2006): (date(2006, 10, 1), date(2006, 10, 7)),
    ("元旦", 2007): (date(2007, 1, 1), date(2007, 1, 3)),
    ("春节", 2007): (date(2007, 2, 18), date(2007, 2, 24)),
    ("劳动节", 2007): (date(2007, 5, 1), date(2007, 5, 7)),
    ("国庆", 2007): (date(2007, 10, 1), date(2007, 10, 7)),
    ("元旦", 2008): (date(2007, 12, 30), date(2008, 1, 1)),
    ("春节", 2008): (date(2008, 2, 6), date(2008, 2, 12)),
    ("清明", 2008): (date(2008, 4, 4), date(2008, 4, 6)),
    ("劳动节", 2008): (date(2008, 5, 1), date(2008, 5, 3)),
    ("端午", 2008): (date(2008, 6, 7), date(2008, 6, 9)),
    ("中秋", 2008): (date(2008, 9, 13), date(2008, 9, 15)),
    ("国庆", 2008): (date(2008, 9, 29), date(2008, 10, 5)),
    ("元旦", 2009): (date(2009, 1, 1), date(2009, 1, 3)),
    ("春节", 2009): (date(2009, 1, 25), date(2009, 1, 31)),
    ("清明", 2009): (date(2009, 4, 4), date(2009, 4, 6)),
    ("劳动节", 2009): (date(2009, 5, 1), date(2009, 5, 3)),
    ("端午", 2009): (date(2009, 5, 28), date(2009, 5, 30)),
    ("中秋", 2009): (date(2009, 10, 1), date(2009, 10, 8)),
    ("国庆", 2009): (date(2009, 10, 1), date(2009, 10, 8)),
    ("元旦", 2010): (date(2010, 1, 1), date(2010, 1, 3)),
    ("春节", 2010): (date(2010, 2, 13), date(2010, 2, 19)),
    ("清明", 2010): (date(2010, 4, 3), date(2010, 4, 5)),
    ("劳动节", 2010): (date(2010, 5, 1), date(2010, 5, 3)),
    ("端午", 2010): (date(2010, 6, 14), date(2010, 6, 16)),
    ("中秋", 2010): (date(2010, 9, 22), date(2010, 9, 24)),
    ("国庆", 2010): (date(2010, 10, 1), date(2010, 10, 7)),
    ("元旦", 2011): (date(2011, 1, 1), date(2011, 1, 3)),
    ("春节", 2011): (date(2011, 2, 2), date(2011, 2, 8)),
    ("清明", 2011): (date(2011, 4, 3), date(2011, 4, 5)),
    ("劳动节", 2011): (date(2011, 4, 30), date(2011, 5, 2)),
    ("端午", 2011): (date(2011, 6, 4), date(2011, 6, 6)),
    ("中秋", 2011): (date(2011, 9, 10), date(2011, 9, 12)),
    ("国庆", 2011): (date(2011, 10, 1), date(2011, 10, 7)),
    ("元旦", 2012): (date(2012, 1, 1), date(2012, 1, 3)),
    ("春节", 2012): (date(2012, 1, 22), date(2012, 1, 28)),
    ("清明", 2012): (date(2012, 4, 2), date(2012, 4, 4)),
    ("劳动节", 2012): (date(2012, 4, 29), date(2012, 5, 1)),
    ("端午", 2012): (date(2012, 6, 22), date(2012, 6, 24)),
    ("中秋", 2012): (date(2012, 9, 30), date(2012, 10, 7)),
    ("国庆", 2012): (date(2012, 9, 30), date(2012, 10, 7)),
    ("元旦", 2013): (date(2013, 1, 1), date(2013, 1, 3)),
    ("春节", 2013): (date(2013, 2, 9), date(2013, 2, 15)),
    ("清明", 2013): (date(2013, 4, 4), date(2013, 4, 6)),
    ("劳动节", 2013): (date(2013, 4, 29), date(2013, 5, 1)),
    ("端午", 2013): (date(2013, 6, 10), date(2013, 6, 12)),
    ("中秋", 2013): (date(2013, 9, 19), date(2013, 9, 21)),
    ("国庆", 2013): (date(2013, 10, 1), date(2013, 10, 7)),
    ("元旦", 2014): (date(2014, 1, 1), date(2014, 1, 1)),
    ("春节", 2014): (date(2014, 1, 31), date(2014, 2, 6)),
    ("清明", 2014): (date(2014, 4, 5), date(2014, 4, 7)),
    ("劳动节", 2014): (date(2014, 5, 1), date(2014, 5, 3)),
    ("端午", 2014): (date(2014, 5, 31), date(2014, 6, 2)),
    ("中秋", 2014): (date(2014, 9, 6), date(2014, 9, 8)),
    ("国庆", 2014): (date(2014, 10, 1), date(2014, 10, 7)),
    ("元旦", 2015): (date(2015, 1, 1), date(2015, 1, 3)),
    ("春节", 2015): (date(2015, 2, 18), date(2015, 2, 24)),
    ("清明", 2015): (date(2015, 4, 4), date(2015, 4, 6)),
    ("劳动节", 2015): (date(2015, 5, 1), date(2015, 5, 3)),
    ("端午", 2015): (date(2015, 6, 20), date(2015, 6, 22)),
    ("中秋", 2015): (date(2015, 9, 26), date(2015, 9, 27)),
    ("国庆", 2015): (date(2015, 10, 1), date(2015, 10, 7)),
    ("元旦", 2016): (date(2016, 1, 1), date(2016, 1, 3)),
    ("春节", 2016): (date(2016, 2, 7), date(2016, 2, 13)),
    ("清明", 2016): (date(2016, 4, 2), date(2016, 4, 4)),
    ("劳动节", 2016): (date(2016, 4, 30), date(2016, 5, 2)),
    ("端午", 2016): (date(2016, 6, 9), date(2016, 6, 11)),
    ("中秋", 2016): (date(2016, 9, 15), date(2016, 9, 17)),
    ("国庆", 2016): (date(2016, 10, 1), date(2016, 10, 7)),
    ("元旦", 2017): (date(2016, 12, 31), date(2017, 1, 2)),
    ("春节", 2017): (date(2017, 1, 27), date(2017, 2, 2)),
    ("清明", 2017): (date(2017, 4, 2), date(2017, 4, 4)),
    ("劳动节", 2017): (date(2017, 4, 29), date(2017, 5, 1)),
    ("端午", 2017): (date(2017, 5, 28), date(2017, 5, 30)),
    ("中秋", 2017): (date(2017, 10, 1), date(2017, 10, 8)),
    ("国庆", 2017): (date(2017, 10, 1), date(2017, 10, 8)),
    ("元旦", 2018): (date(2017, 12, 30), date(2018, 1, 1)),
    ("春节", 2018): (date(2018, 2, 15), date(2018, 2, 21)),
    ("清明", 2018): (date(2018, 4, 5), date(2018, 4, 7)),
    ("劳动节", 2018): (date(2018, 4, 29), date(2018, 5, 1)),
    ("端午", 2018): (date(2018, 6, 16), date(2018, 6, 18)),
    ("中秋", 2018): (date(2018, 9, 22), date(2018, 9, 24)),
    ("国庆", 2018): (date(2018, 10, 1), date(2018, 10, 7)),
    ("元旦", 2019): (date(2018, 12, 30), date(2019, 1, 1)),
    ("春节", 2019): (date(2019, 2, 4), date(2019, 2, 10)),
    ("清明", 2019): (date(2019, 4, 5), date(2019, 4, 7)),
    ("劳动节", 2019): (date(2019, 5, 1), date(2019, 5, 4)),
    ("端午", 2019): (date(2019, 6, 7), date(2019, 6, 9)),
    ("中秋", 2019): (date(2019, 9, 13), date(2019, 9, 15)),
    ("国庆", 2019): (date(2019, 10, 1), date(2019, 10, 7)),
    ("元旦", 2020): (date(2020, 1, 1), date(2020, 1, 1)),
    ("春节", 2020): (date(2020, 1, 24), date(2020, 2, 2)),
    ("清明", 2020): (date(2020, 4, 4), date(2020, 4, 6)),
    ("劳动节", 2020): (date(2020, 5, 1), date(2020, 5, 5)),
    ("端午", 2020): (date(2020, 6, 25), date(2020, 6, 27)),
    ("国庆", 2020): (date(2020, 10, 1), date(2020, 10, 8)),
    ("元旦", 2021): (date(2021, 1, 1), date(2021, 1, 3)),
    ("春节", 2021): (date(2021, 2, 11), date(2021, 2, 17)),
    ("清明", 2021): (date(2021, 4, 3), date(2021, 4, 5)),
    ("劳动节", 2021): (date(2021, 5, 1), date(2021, 5, 5)),
    ("端午", 2021): (date(2021, 6, 12), date(2021, 6, 14)),
    ("中秋", 2021): (date(2021, 9, 19), date(2021, 9, 21)),
    ("国庆", 2021): (date(2021, 10, 1), date(2021, 10, 7)),
    ("元旦", 2022): (date(2022, 1, 1), date(2022, 1, 3)),
    ("春节", 2022): (date(2022, 1, 31), date(2022, 2, 6)),
    ("清明", 2022): (date(2022, 4, 3), date(2022, 4, 5)),
    ("劳动节", 2022): (date(2022, 4, 30), date(2022, 5, 4)),
    ("端午", 2022): (date(2022, 6, 3), date(2022, 6, 5)),
    ("中秋", 2022): (date(2022, 9, 10), date(2022, 9, 12)),
    ("国庆", 2022): (date(2022, 10, 1), date(2022, 10, 7)),
    ("元旦", 2023): (date(2022, 12, 31), date(2023, 1, 2)),
    ("春节", 2023): (date(2023, 1, 21), date(2023, 1, 27)),
    ("清明", 2023): (date(2023, 4, 5), date(2023, 4, 5)),
    ("劳动节", 2023): (date(2023, 4, 29), date(2023, 5, 3)),
    ("端午", 2023): (date(2023, 6, 22), date(2023, 6, 24)),
    ("中秋", 2023): (date(2023, 9, 29), date(2023, 10, 6)),
    ("国庆", 2023): (date(2023, 9, 29), date(2023, 10, 6)),
    ("元旦", 2024): (date(2023, 12, 30), date(2024, 1, 1)),
    ("春节", 2024): (date(2024, 2, 10), date(2024, 2, 17)),
    ("清明", 2024): (date(2024, 4, 4), date(2024, 4, 6)),
    ("劳动节", 2024): (date(2024, 5, 1), date(2024, 5, 5)),
    ("端午", 2024): (date(2024, 6, 8), date(2024, 6, 10)),
    ("中秋", 2024): (date(2024, 9, 15), date(2024, 9, 17)),
    ("国庆", 2024): (date(2024, 10, 1), date(2024, 10, 7)),
    ("元旦", 2025): (date(2025, 1, 1), date(2025, 1, 1)),
    ("春节", 2025): (date(2025, 1, 28), date(2025, 2, 4)),
    ("清明", 2025): (date(2025, 4, 4), date(2025, 4, 6)),
    ("劳动节", 2025): (date(2025, 5, 1), date(2025, 5, 5)),
    ("端午", 2025): (date(2025, 5, 31), date(2025, 6, 2)),
    ("中秋", 2025): (date(2025, 10, 1), date(2025, 10, 8)),
    ("国庆", 2025): (date(2025, 10, 1), date(2025, 10, 8)),
    ("元旦", 2026): (date(2026, 1, 1), date(2026, 1, 3)),
    ("春节", 2026): (date(2026, 2, 15), date(2026, 2, 23)),
    ("清明", 2026): (date(2026, 4, 4), date(2026, 4, 6)),
    ("劳动节", 2026): (date(2026, 5, 1), date(2026, 5, 5)),
    ("端午", 2026): (date(2026, 6, 19), date(2026, 6, 21)),
    ("中秋", 2026): (date(2026, 9, 25), date(2026, 9, 27)),
    ("国庆", 2026): (date(2026, 10, 1), date(2026, 10, 7)),
}

# Breaks changed after they were announced: the day of the change, and the break as announced
# before it (a paper printed earlier reads the first one).
CHANGED_LATER: dict[tuple[str, int], tuple[date, tuple[date, date]]] = {
    # extended from 30 January to 2 February by the State Council on 27 January 2020
    ("春节", 2020): (date(2020, 1, 27), (date(2020, 1, 24), date(2020, 1, 30))),
}


def holiday_break(key: str, year: int, known_on: date) -> tuple[date, date] | None:
    """Return the break of festival ``key`` in ``year`` as it stood on ``known_on`` (the
    paper's date); None when there is none."""
    changed = CHANGED_LATER.get((key, year))
    if changed is not None and known_on < changed[0]:
        return changed[1]
    return HOLIDAY_BREAKS.get((key, year))


_PACKAGE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午",
    "Mid-autumn Festival": "中秋",
    "National Day": "国庆",
}


def breaks_from_package(first: int = 2004) -> dict[tuple[str, int], tuple[date, date]]:
    """Return the breaks computed from ``chinese_calendar`` (a dev-time tool, imported lazily)."""
    from chinese_calendar import constants  # type: ignore[import-untyped]

    def off(day: date) -> bool:
        # the package lists the holidays and the swapped working days; a plain weekend is off
        return day in constants.holidays or (day.weekday() >= 5 and day not in constants.workdays)

    days = sorted(
        (d, _PACKAGE_NAMES[n]) for d, n in constants.holidays.items() if n in _PACKAGE_NAMES
    )
    runs: list[tuple[date, date, set[str]]] = []
    for day, key in days:
        if runs and (day - runs[-1][1]).days == 1:
            runs[-1] = (runs[-1][0], day, runs[-1][2] | {key})
        else:
            runs.append((day, day, {key}))
    # a break runs on over the weekend it joins (2024's 端午: Saturday 8 to Monday 10 June)
    one = timedelta(days=1)
    for k, (start, end, keys) in enumerate(runs):
        while off(start - one):
            start -= one
        while off(end + one):
            end += one
        runs[k] = (start, end, keys)
    out: dict[tuple[str, int], tuple[date, date]] = {}
    for start, end, keys in runs:
        for key in keys:
            # 元旦's break may start on 30 December of the year before.
            year = end.year if key == "元旦" else start.year
            if year >= first:
                out[(key, year)] = (start, end)
    return out


if __name__ == "__main__":
    for (key, year), (a, b) in sorted(
        breaks_from_package().items(), key=lambda kv: (kv[0][1], kv[1][0])
    ):
        print(
            f'    ("{key}", {year}): (date({a.year}, {a.month}, {a.day}), date({b.year}, {b.month}, {b.day})),'  # noqa: E501
        )

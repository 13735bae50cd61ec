"""Chinese and Arabic numerals as they appear in dates and clock times."""

from __future__ import annotations

from typing import Final

# digit characters: gloss → value; example: 二〇二三 (2023, read digit by digit in years)
CN_DIGITS: Final[dict[str, int]] = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,  # (the letter for 〇, as typed: `二O一二年六月八日`; NFKC makes Ｏ so)
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "仨": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
# place values; 廿 (twenty) and 卅 (thirty) are whole tens: 廿一 = 21, 卅一 = 31
CN_UNITS: Final[dict[str, int]] = {"十": 10, "拾": 10, "百": 100, "千": 1000, "廿": 20, "卅": 30}

CN_DIGIT_CLASS: Final = "〇零○一二两兩三四五六七八九"
CN_NUM_CLASS: Final = CN_DIGIT_CLASS + "十廿卅百千"
# lunar months said by name: gloss → number; example: 腊月二十三 (the 23rd of the 12th month)
LUNAR_MONTH_NAMES: Final[dict[str, int]] = {"正": 1, "冬": 11, "腊": 12, "臘": 12}


def to_int(text: str) -> int | None:
    """Return the value of an Arabic or Chinese numeral (``19``, ``十九``, ``廿一``, ``二〇二三``), or None."""  # noqa: E501
    text = text.strip()
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdecimal() else None
    if not any(ch in CN_UNITS for ch in text):
        # read digit by digit: 二〇二三 → 2023, 零七 → 7
        value = 0
        for ch in text:
            if ch.isdigit() and ch.isascii():
                value = value * 10 + int(ch)
            elif ch in CN_DIGITS:
                value = value * 10 + CN_DIGITS[ch]
            else:
                return None
        return value
    total = 0
    current = 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch.isascii() and ch.isdigit():
            current = current * 10 + int(ch)
        elif ch in ("廿", "卅"):
            total += CN_UNITS[ch]
            current = 0
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def lunar_month(text: str) -> int | None:
    """Return the number of a lunar month as written before 月 (``正`` → 1, ``腊`` → 12, ``八``)."""
    return LUNAR_MONTH_NAMES.get(text) or to_int(text)


def lunar_day(text: str) -> int | None:
    """Return the number of a day of a lunar month (``初五`` → 5, ``十五``, ``廿三``), or None."""
    return to_int(text.lstrip("初"))


def year_of(text: str, ref_year: int) -> int | None:
    """Return the year a year numeral names; two digits take the century that fits ref (``08`` →
    2008), three the Republic's calendar (``114`` → 2025)."""
    value = to_int(text)
    if value is None:
        return None
    digits = sum(1 for ch in text if ch.isdigit() or ch in CN_DIGITS)
    if digits == 3 and 100 <= value < 200:
        return value + 1911  # a year of the Republic (`114年5月8日`: 2025), as Taiwan writes it
    if digits <= 2 and "千" not in text and value < 100:
        if ref_year >= 2000:
            return 2000 + value if value <= ref_year % 100 + 10 else 1900 + value
        return 1900 + value
    return value

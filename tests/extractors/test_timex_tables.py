"""Every data-table entry's example parses to what the entry glosses; the holiday table matches
its source; the grammar stays pure."""

from __future__ import annotations

import ast
import datetime as dt
import pathlib
import subprocess
import sys

import pytest

from extractors.timex import find_times
from extractors.timex.holidays import HOLIDAY_BREAKS
from extractors.timex.tables import (
    ANAPHORA,
    ERAS,
    MONTH_PARTS,
    NAMED_DAYS,
    PART_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_WEEKS,
    RELATIVE_YEARS,
    SEASONS,
    YEAR_PARTS,
)


def _examples():
    for nd in NAMED_DAYS:
        yield pytest.param(nd.example, id=f"named-{nd.names[0]}")
    for table_name, table in (
        ("part", PART_OF_DAY),
        ("relday", RELATIVE_DAYS),
        ("anaphora", ANAPHORA),
        ("relyear", RELATIVE_YEARS),
        ("relmonth", RELATIVE_MONTHS),
        ("relweek", RELATIVE_WEEKS),
        ("monthpart", MONTH_PARTS),
        ("yearpart", YEAR_PARTS),
        ("season", SEASONS),
    ):
        for key, entry in table.items():  # type: ignore[attr-defined]
            yield pytest.param(entry[-1], id=f"{table_name}-{key}")


@pytest.mark.parametrize("example", list(_examples()))
def test_table_example(example: tuple[str, str, str]) -> None:
    sentence, ref, expected = example
    found = find_times(sentence, dt.date.fromisoformat(ref))
    assert found, sentence
    starts = [m.start.date() if isinstance(m.start, dt.datetime) else m.start for m in found]
    assert dt.date.fromisoformat(expected) in starts, (sentence, starts)


@pytest.mark.parametrize("era", list(ERAS))
def test_era_years_count_from_the_first_year(era: str) -> None:
    first_year, _ = ERAS[era]
    found = find_times(f"始建于{era}二年", dt.date(2023, 4, 14))
    assert [(m.start, m.end) for m in found] == [
        (dt.date(first_year + 1, 1, 1), dt.date(first_year + 1, 12, 31))
    ]


def test_eras_follow_each_other() -> None:
    for dynasty in ("唐", "明", "清"):
        years = [y for y, who in ERAS.values() if who.startswith(dynasty)]
        assert years == sorted(years), dynasty


def test_every_break_contains_its_festival_year() -> None:
    for (key, year), (first, last) in HOLIDAY_BREAKS.items():
        assert first <= last
        assert last.year == year or first.year == year, key


def test_holiday_table_matches_chinese_calendar() -> None:
    pytest.importorskip("chinese_calendar")
    from extractors.timex.holidays import breaks_from_package

    assert breaks_from_package() == HOLIDAY_BREAKS


FORBIDDEN = ("sqlite3", "sqlite_utils", "telegram", "apscheduler", "os", "requests", "urllib")


@pytest.mark.parametrize("path", sorted(pathlib.Path("extractors/timex").glob("*.py")), ids=str)
def test_grammar_is_pure(path: pathlib.Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        for name in names:
            assert name.split(".")[0] not in FORBIDDEN, (path, name)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_feast_table_matches_convertdate() -> None:
    pytest.importorskip("convertdate")
    from extractors.timex.feasts import FEASTS, feasts_from_package

    assert feasts_from_package() == FEASTS


def test_dateparser_is_not_imported_for_chinese_text() -> None:
    code = (
        "import datetime, sys; from extractors.timex import find_times; "
        "find_times('4月14日至24日，下午2点', datetime.date(2023, 4, 14)); "
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_table_word_passes_the_sentence_prefilter() -> None:
    """The builder reads only sentences matching TIME_HINT: a word of the time tables that
    missed it would never be read (`明起限行`)."""
    from extractors.timex.tables import ANAPHORA, NAMED_DAYS, PART_OF_DAY, RELATIVE_DAYS
    from extractors.triggers import TIME_HINT

    words = [*RELATIVE_DAYS, *ANAPHORA, *PART_OF_DAY]
    words += [name for nd in NAMED_DAYS for name in nd.names]
    assert [w for w in words if not TIME_HINT.search(w)] == []

"""The compiled build (mypyc, see build_extractor.py) gives what the pure-Python sources give."""

from __future__ import annotations

import copy
import datetime as dt
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import build_extractor
from extractors import extract_page
from extractors.timex import find_times

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = [sys.executable, str(ROOT / "bench" / "extract_snapshot.py")]


def test_data_tables_stay_interpreted():
    compiled = build_extractor.compiled_modules()
    assert "page.py" in compiled and "timex/grammar.py" in compiled
    assert not {"__init__.py", "timex/tables.py", "timex/holidays.py"} & set(compiled)


@pytest.mark.skipif(
    build_extractor.select() != "compiled", reason="the extractor is not compiled here"
)
def test_compiled_results_equal_pure_results(tmp_path):
    # every field of extract_page on the corpus (as read, full-width, hard-wrapped), the sample
    # page, 20 re-dated pages and 300 random texts, then find_times on the temporal bench
    env = {k: v for k, v in os.environ.items() if k != build_extractor.PURE_ENV}
    compiled, pure = tmp_path / "compiled.json", tmp_path / "pure.json"
    subprocess.run([*SNAPSHOT, str(compiled), "--pages", "20"], env=env, check=True)
    run = subprocess.run(
        [*SNAPSHOT, str(pure), "--pages", "20", "--against", str(compiled)],
        env={**env, build_extractor.PURE_ENV: "1"},
        capture_output=True,
        text=True,
    )
    assert "(extractor: pure)" in run.stdout
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]


def test_module_constants_of_compiled_modules_are_final():
    # mypyc keeps a Final constant in a C static; any other module name is a dict lookup at
    # every use. `python build_extractor.py` adds the missing annotations.
    missing = {
        name: found
        for name in build_extractor.compiled_modules()
        if (found := build_extractor.constants_not_final(ROOT / "extractors" / name))
    }
    assert missing == {}


def test_results_pickle_and_copy(sample_text):
    # `newscal ingest --jobs N` sends pages between processes; compiled classes pickle only
    # through the __reduce__ of extractors.model
    page = extract_page(sample_text)
    assert page.events and page.articles
    assert pickle.loads(pickle.dumps(page)) == page
    assert copy.deepcopy(page) == page
    mention = find_times("4月14日至24日", dt.date(2023, 4, 14))[0]
    assert pickle.loads(pickle.dumps(mention)) == mention

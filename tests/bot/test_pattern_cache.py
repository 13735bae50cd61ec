"""The command keeps the extractor's compiled patterns between runs (bot/pattern_cache.py).

Each case runs in a fresh interpreter: the patterns are compiled when the rule modules are
first imported, once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.pattern_cache import cache_file
from extractors import rx
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(not rx.TAG, reason="re's internals are not the ones rx knows")

_RUN = """
import json, sys
from pathlib import Path
import build_extractor
build_extractor.select()
from bot.pattern_cache import kept
from extractors import rx
folder = Path(sys.argv[1]) if sys.argv[1] else None
packaged = Path(sys.argv[3]) if len(sys.argv) > 3 else Path("/nonexistent")
with kept(folder, packaged):
    import datetime as dt
    from extractors.contract import page_json
    from extractors.page import extract_page
page = extract_page(Path(sys.argv[2]).read_text(encoding="utf-8"), dt.date(2023, 4, 14))
print(json.dumps({"fresh": rx.fresh(), "kept": len(rx.programs()), "page": page_json("p", page)}))
"""


def _run(folder: Path | None, packaged: Path | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _RUN, str(folder or ""), str(SAMPLE)]
        + ([str(packaged)] if packaged else []),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_the_second_run_rebuilds_every_pattern_and_reads_the_same(tmp_path):
    plain = _run(None)
    first = _run(tmp_path)
    second = _run(tmp_path)
    assert first["fresh"] > 300 and first["kept"] == first["fresh"]
    assert second["fresh"] == 0 and second["kept"] == first["kept"]
    assert first["page"] == plain["page"] == second["page"]
    assert plain["page"]["events"]


def test_the_first_run_after_install_rebuilds_from_the_programs_the_build_stored(tmp_path):
    import build_extractor

    stored = build_extractor.prepare_patterns(tmp_path / "packaged")
    assert stored is not None and stored.name == cache_file(tmp_path / "packaged").name
    first = _run(tmp_path / "cache", tmp_path / "packaged")
    assert first["fresh"] == 0 and first["kept"] > 300 and first["page"]["events"]
    assert not (tmp_path / "cache").exists()  # (nothing new to keep)
    assert first["page"] == _run(None)["page"]


def test_a_damaged_file_is_ignored_and_replaced(tmp_path):
    path = cache_file(tmp_path)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    _run(tmp_path)
    good = path.read_bytes()
    path.write_bytes(good[:40] + bytes([good[40] ^ 1]) + good[41:])
    again = _run(tmp_path)
    assert again["fresh"] == again["kept"] > 300
    assert _run(tmp_path)["fresh"] == 0


def test_a_folder_that_cannot_be_written_costs_only_the_speed_up(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = _run(blocker / "cache")
    assert result["fresh"] > 300 and result["page"]["events"]
    assert not (blocker / "cache").exists()


def test_no_folder_keeps_nothing():
    assert cache_file(None) is None

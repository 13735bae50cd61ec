"""The layering of STYLE.md: extractors are pure, storage knows no Telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module
            elif isinstance(node, ast.Attribute) and node.attr == "environ":
                yield path, "os.environ"


FORBIDDEN = {
    "extractors": (
        "telegram",
        "sqlite3",
        "sqlite_utils",
        "apscheduler",
        "os.environ",
        "bot",
        "storage",
        "httpx",
        "aiohttp",
        "click",
    ),
    "storage": ("telegram", "apscheduler", "bot"),
}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_stay_in_their_layer(package):
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path, name in _imports(package)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package])
    ]
    assert bad == []

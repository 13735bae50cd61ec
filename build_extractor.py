"""The compiled build of the extractor (mypyc): which modules, and whether a checkout's is current.

``setup.py`` compiles the modules of :func:`compiled_modules` together (one shared library, so
the rules call each other natively) and writes :data:`STAMP`, the digest of their sources,
beside them. The data-table modules stay interpreted: they are big literals run once at import,
and as C they are over a million lines (a whole-package build did not finish in 20 minutes).

This module is not part of the installed package (``extractors/`` reads no environment and no
files): the tests and the benchmark scripts call :func:`select` before they import the
extractor, so that they run the ``.py`` sources when asked (``NEWSCAL_PURE=1``) and refuse to
run compiled modules older than their sources (an editable install edited since it was built).
"""

from __future__ import annotations

import ast
import hashlib
import importlib.abc
import importlib.machinery
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent
PACKAGE = "extractors"
# Interpreted in every build: the package's __init__ (what it imports is compiled) and the data
# tables (generated literals; at import they run once, and compiled they are huge C).
INTERPRETED = (
    "__init__.py",
    "timex/tables.py",
    "timex/holidays.py",
    "timex/feasts.py",
    "events/rerank_weights.py",
)
STAMP = "_compiled.txt"  # in the package folder: the digest of the compiled sources at build time
PURE_ENV = "NEWSCAL_PURE"  # set (not to 0 or empty): build, or run the checkout, pure Python


def pure_requested() -> bool:
    """Return True when the environment asks for the pure-Python extractor."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def compiled_modules(root: Path = ROOT) -> list[str]:
    """Return the paths (relative to the package folder) of the modules the build compiles."""
    folder = root / PACKAGE
    names = [
        p.relative_to(folder).as_posix() for p in [*folder.glob("*.py"), *folder.glob("*/*.py")]
    ]
    return sorted(name for name in names if name not in INTERPRETED)


def sources_digest(root: Path = ROOT) -> str:
    """Return the SHA-256 of the compiled modules' sources (names and contents)."""
    digest = hashlib.sha256()
    for name in compiled_modules(root):
        digest.update(name.encode() + b"\0" + (root / PACKAGE / name).read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_files(root: Path = ROOT) -> list[Path]:
    """Return the compiled modules built in place under root (an editable install's)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = [p for p in (root / PACKAGE).rglob("*") if p.name.endswith(suffixes)]
    return found + [p for p in root.glob("newscal_extractors__mypyc*") if p.name.endswith(suffixes)]


class _SourcesOnly(importlib.abc.MetaPathFinder):
    """Import the package's submodules from their ``.py`` files, passing over compiled ones."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(PACKAGE + ".") or not path:
            return None
        loaders = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
        for entry in path:
            spec = importlib.machinery.FileFinder(entry, loaders).find_spec(fullname, target)
            if spec is not None:
                return spec
        return None


def select(root: Path = ROOT) -> str:
    """Make this process import the checkout's extractor compiled or pure; return which.

    Pure when nothing is compiled in place or NEWSCAL_PURE is set (all or nothing: a compiled
    module calls the others of its group natively). Call it before importing the extractor.
    Raises RuntimeError when the compiled modules are older than the sources.
    """
    global _selected
    if _selected is not None:
        return _selected
    if PACKAGE in sys.modules:
        raise RuntimeError(f"select() must run before {PACKAGE} is imported")
    compiled = compiled_files(root)
    if pure_requested() or not compiled:
        if compiled:
            sys.meta_path.insert(0, _SourcesOnly())
        _selected = "pure"
        return _selected
    stamp = root / PACKAGE / STAMP
    built = stamp.read_text(encoding="ascii").strip() if stamp.is_file() else ""
    if built != sources_digest(root):
        raise RuntimeError(
            "the compiled extractor in this checkout is older than its sources: rebuild it "
            f'(pip install -e ".[test]") or run the sources ({PURE_ENV}=1)'
        )
    _selected = "compiled"
    return _selected


_selected: str | None = None


# ------------------------------------------------------------- the packaged pattern programs
# (the patterns are the sources' own: read from them, not from compiled modules a checkout may
# hold from an older build)
_PREPARE = """
import importlib, os, pkgutil, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import build_extractor
os.environ[build_extractor.PURE_ENV] = "1"
build_extractor.select(Path(sys.argv[1]))
from extractors import rx
rx.preload({})
import extractors
for found in pkgutil.walk_packages(extractors.__path__, "extractors."):
    importlib.import_module(found.name)
from bot.pattern_cache import store
print(store(Path(sys.argv[2])) or "")
"""


def prepare_patterns(folder: Path, root: Path = ROOT) -> Path | None:
    """Compile every pattern of root's extractor (in a fresh interpreter: this one's regex
    engine) and store their programs in folder, as ``bot/pattern_cache.py`` reads them; return
    the file, None when none could be made (the first run then compiles the patterns itself)."""
    done = subprocess.run(
        [sys.executable, "-c", _PREPARE, str(root), str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    made = done.stdout.strip()
    return Path(made) if done.returncode == 0 and made and Path(made).is_file() else None


# ---------------------------------------------------------------- constants declared Final
# mypyc keeps a module constant declared Final in a C static; any other module-level name is
# looked up in the module's dict at every use (3-5 % of a page's time when none was Final).
_CONSTANT = re.compile(r"^(?P<name>_?[A-Z][A-Z0-9_]*)(?::\s*(?P<type>[^=]+?))?\s+=\s", re.M)


def constants_not_final(path: Path) -> list[str]:
    """Return the module-level UPPER_CASE names of path assigned without a Final annotation."""
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            final = ast.unparse(node.annotation).startswith(("Final", "typing.Final"))
            names = [] if final or node.value is None else [node.target.id]
        else:
            continue
        out += [n for n in names if re.fullmatch(r"_?[A-Z][A-Z0-9_]*", n)]
    return out


def declare_final(path: Path) -> int:
    """Annotate path's module constants Final (``X = …`` → ``X: Final = …``, ``X: T = …`` →
    ``X: Final[T] = …``), importing Final; return how many (run ruff format after it)."""
    text = path.read_text(encoding="utf-8")
    missing = set(constants_not_final(path))

    def final(m: re.Match[str]) -> str:
        if m["name"] not in missing:
            return m.group()
        annotation = f"Final[{m['type']}]" if m["type"] else "Final"
        return f"{m['name']}: {annotation} = "

    text = _CONSTANT.sub(final, text)
    if missing and not re.search(r"^from typing import .*\bFinal\b", text, re.M):
        if re.search(r"^from typing import ", text, re.M):
            text = re.sub(
                r"^from typing import ", "from typing import Final, ", text, count=1, flags=re.M
            )
        else:
            future = "from __future__ import annotations\n"
            text = text.replace(future, future + "\nfrom typing import Final\n", 1)
    path.write_text(text, encoding="utf-8")
    return len(missing)


if __name__ == "__main__":
    # python build_extractor.py: declare the compiled modules' constants Final (after a merge)
    for name in compiled_modules():
        if n := declare_final(ROOT / PACKAGE / name):
            print(f"{PACKAGE}/{name}: {n} constants declared Final")

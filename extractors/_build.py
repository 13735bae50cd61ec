"""Which extractor modules the compiled build holds, and whether this process may use them.

``setup.py`` compiles the modules of :data:`COMPILED` together with mypyc (one shared library,
so the rules call each other natively) and writes :data:`STAMP`, the digest of their sources.
The data-table modules stay interpreted: they are big literals run once at import, and as C
they are over a million lines (a whole-package build did not finish in 20 minutes).

This module is never compiled: ``extractors/__init__.py`` asks it, before any other extractor
module is imported, whether to import the compiled modules or the ``.py`` sources beside them.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent

# Interpreted in every build: this module, the package's import switch, the data tables.
INTERPRETED = (
    "__init__.py",
    "_build.py",
    "timex/tables.py",
    "timex/holidays.py",
    "timex/feasts.py",
)
# The rule and driver modules, relative to the package folder, compiled as one group.
COMPILED = tuple(
    sorted(
        path.relative_to(HERE).as_posix()
        for path in [*HERE.glob("*.py"), *HERE.glob("timex/*.py")]
        if path.relative_to(HERE).as_posix() not in INTERPRETED
    )
)
STAMP = "_compiled.txt"  # beside this file: the digest of the compiled sources at build time
PURE_ENV = "NEWSCAL_PURE"  # set (to anything but 0 or empty): build and import the pure package


def pure_requested() -> bool:
    """Return True when the environment asks for the pure-Python package."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def sources_digest(folder: Path = HERE) -> str:
    """Return the SHA-256 of the compiled modules' sources under folder (names and contents)."""
    digest = hashlib.sha256()
    for name in COMPILED:
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_present(folder: Path = HERE) -> bool:
    """Return True when a compiled module lies beside the sources (an installed build)."""
    return any(
        (folder / f"page{suffix}").is_file() for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


class _SourcesOnly(importlib.abc.MetaPathFinder):
    """Import this package's submodules from their ``.py`` files, passing over compiled ones."""

    def __init__(self, package: str) -> None:
        self.prefix = package + "."

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.prefix) or not path:
            return None
        loaders = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
        for entry in path:
            spec = importlib.machinery.FileFinder(entry, loaders).find_spec(fullname, target)
            if spec is not None:
                return spec
        return None


def choose(package: str) -> str:
    """Make the package's submodules import compiled or pure; return which ("compiled", "pure").

    Pure when there is no compiled build, when NEWSCAL_PURE is set, or when a source was
    changed after the build (an editable install edited since ``pip install -e``): then the
    compiled modules would run the old code, so the sources are used and a warning says how
    to rebuild. All or nothing: a compiled module calls the others of its group natively.
    """
    if not compiled_present():
        return "pure"
    if not pure_requested():
        stamp = HERE / STAMP
        built = stamp.read_text(encoding="ascii").strip() if stamp.is_file() else ""
        if built == sources_digest():
            return "compiled"
        warnings.warn(
            "newscal: the compiled extractor is older than its sources; running the pure-Python "
            "sources (rebuild with `pip install -e .`, or set NEWSCAL_PURE=1 to silence this)",
            RuntimeWarning,
            stacklevel=3,
        )
    sys.meta_path.insert(0, _SourcesOnly(package))
    return "pure"

"""Build hook: compile the extractor's rule modules with mypyc, or fall back to pure Python.

Everything else is declared in pyproject.toml. The modules compiled are listed by
build_extractor.py (all of extractors/ but the package's __init__ and the data tables); they
are compiled together, so the rules call each other natively. When compiling is turned off
(NEWSCAL_PURE=1) or fails (no C compiler, no Python headers, a mypyc error), the package is
installed as pure Python, which gives the same results more slowly.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _load(name: str) -> Any:
    # by path: the build runs setup.py without the project folder on sys.path
    spec = importlib.util.spec_from_file_location(name, ROOT / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load("build_extractor")


def _say(message: str) -> None:
    print(f"newscal: {message}", file=sys.stderr, flush=True)


def _pure(reason: str) -> None:
    _say(f"{reason}; installing the pure-Python extractor (same results, slower)")
    # compiled modules an earlier editable install left in this checkout would be imported
    # before the sources: a pure build removes them
    for path in BUILD.compiled_files(ROOT):
        path.unlink()
    (ROOT / BUILD.PACKAGE / BUILD.STAMP).unlink(missing_ok=True)


def translate() -> list[Any] | None:
    """Return the mypyc extensions of the compiled modules, or None for a pure build."""
    if BUILD.pure_requested():
        _pure(f"{BUILD.PURE_ENV} is set")
        return None
    sources = [f"{BUILD.PACKAGE}/{name}" for name in BUILD.compiled_modules(ROOT)]
    started = time.monotonic()
    try:
        from mypyc.build import mypycify

        # mypy reads [tool.mypy] of pyproject.toml; the modules it does not compile (data
        # tables, third-party packages) are called through the interpreter as usual.
        modules = mypycify(sources, opt_level="3", group_name="newscal_extractors")
    except (Exception, SystemExit) as exc:  # mypy reports type errors with SystemExit
        _pure(f"mypyc could not translate the extractor ({exc!r})")
        return None
    _say(f"mypyc translated {len(sources)} modules to C in {time.monotonic() - started:.0f} s")
    return list(modules)


class BuildExtOrPure(build_ext):
    """Translate and compile the extractor when the build runs (not when pip only asks for the
    metadata); on any failure install no compiled module at all, so the pure package is what
    gets installed (the compiled modules need each other's shared library)."""

    def finalize_options(self) -> None:
        if self.distribution.ext_modules == [PLACEHOLDER]:
            # pip's metadata steps (egg_info, dist_info) finalize build_ext too, to list the
            # extensions' sources: they need no translation
            metadata_only = set(self.distribution.commands) <= {"egg_info", "dist_info", "sdist"}
            self.distribution.ext_modules = [] if metadata_only else translate() or []
        super().finalize_options()
        if not self.extensions:
            # a pure build: compiled modules of an earlier build in the same checkout's build
            # folder would be copied into the wheel with the rest of it
            for path in BUILD.compiled_files(Path(self.build_lib)):
                path.unlink()
            (Path(self.build_lib) / BUILD.PACKAGE / BUILD.STAMP).unlink(missing_ok=True)

    def run(self) -> None:
        if not self.extensions:
            return
        started = time.monotonic()
        try:
            super().run()
        except Exception as exc:  # distutils' CompileError, LinkError, missing headers …
            self.extensions = []
            for path in BUILD.compiled_files(Path(self.build_lib)):
                path.unlink()  # none of a failed build's modules is installed
            _pure(f"compiling the extractor failed ({exc})")
            return
        # what the compiled modules were built from: build_extractor.select checks it
        for folder in self._targets():
            (folder / BUILD.PACKAGE).mkdir(parents=True, exist_ok=True)
            (folder / BUILD.PACKAGE / BUILD.STAMP).write_text(
                BUILD.sources_digest(ROOT) + "\n", encoding="ascii"
            )
        _say(f"compiled the extractor in {time.monotonic() - started:.0f} s")

    def _targets(self) -> list[Path]:
        in_place = self.inplace or getattr(self, "editable_mode", False)
        return [Path(self.build_lib)] + ([ROOT] if in_place else [])


class BuildPyWithPatterns(build_py):
    """Also store the extractor's pattern programs for the interpreter that builds the package
    in ``bot/patterns/`` (``bot/pattern_cache.py`` reads them while the user's cache folder has
    none), so that the first ``newscal extract`` after install compiles no pattern. Best effort:
    without them the first run compiles the patterns, as before."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # (an editable install reads the checkout, and keeps its cache folder)
        try:
            made = BUILD.prepare_patterns(Path(self.build_lib) / "bot" / "patterns", ROOT)
        except Exception as exc:  # noqa: BLE001 - a build never fails for want of a speed-up
            made, reason = None, repr(exc)
        else:
            reason = "the patterns could not be compiled"
        _say(f"stored the pattern programs in {made.name}" if made else f"{reason}: not stored")


# A placeholder, replaced by the mypyc modules when build_ext starts: it makes setuptools run
# build_ext and tag the wheel for this platform.
PLACEHOLDER = Extension("extractors._compiled", sources=[])

setup(
    ext_modules=[PLACEHOLDER],
    cmdclass={"build_ext": BuildExtOrPure, "build_py": BuildPyWithPatterns},
)

"""Build hook: compile the extractor's rule modules with mypyc, or fall back to pure Python.

Everything else is declared in pyproject.toml. The modules compiled are listed by
extractors/_build.py (all of extractors/ but the package's __init__ and the data tables);
they are compiled together, so the rules call each other natively. When compiling is turned off
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

ROOT = Path(__file__).resolve().parent


def _load_build_module() -> Any:
    # by path: importing the package itself would import its modules before they are built
    spec = importlib.util.spec_from_file_location("_newscal_build", ROOT / "extractors/_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load_build_module()


def _say(message: str) -> None:
    print(f"newscal: {message}", file=sys.stderr, flush=True)


def _pure(reason: str) -> None:
    _say(f"{reason}; installing the pure-Python extractor (same results, slower)")


def translate() -> list[Any] | None:
    """Return the mypyc extensions of the compiled modules, or None for a pure build."""
    if BUILD.pure_requested():
        _pure(f"{BUILD.PURE_ENV} is set")
        return None
    sources = [f"extractors/{name}" for name in BUILD.COMPILED]
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
            self.distribution.ext_modules = translate() or []
        super().finalize_options()

    def run(self) -> None:
        if not self.extensions:
            return
        started = time.monotonic()
        try:
            super().run()
        except Exception as exc:  # distutils' CompileError, LinkError, missing headers …
            self._remove_outputs()
            self.extensions = []
            _pure(f"compiling the extractor failed ({exc})")
            return
        self._write_stamp()
        _say(f"compiled the extractor in {time.monotonic() - started:.0f} s")

    def _targets(self) -> list[Path]:
        folders = [Path(self.build_lib)]
        if self.inplace or getattr(self, "editable_mode", False):
            folders.append(ROOT)
        return folders

    def _remove_outputs(self) -> None:
        for ext in self.extensions:
            relative = self.get_ext_filename(self.get_ext_fullname(ext.name))
            for folder in self._targets():
                (folder / relative).unlink(missing_ok=True)
        for folder in self._targets():
            (folder / "extractors" / BUILD.STAMP).unlink(missing_ok=True)

    def _write_stamp(self) -> None:
        # what the compiled modules were built from: extractors/_build.py checks it at import
        digest = BUILD.sources_digest(ROOT / "extractors")
        for folder in self._targets():
            (folder / "extractors").mkdir(parents=True, exist_ok=True)
            (folder / "extractors" / BUILD.STAMP).write_text(digest + "\n", encoding="ascii")


# A placeholder, replaced by the mypyc modules when build_ext starts: it makes setuptools run
# build_ext and tag the wheel for this platform.
PLACEHOLDER = Extension("extractors._compiled", sources=[])

setup(
    ext_modules=[PLACEHOLDER],
    cmdclass={"build_ext": BuildExtOrPure},
)

"""Keep the extractor's compiled regular expressions between runs of the command.

Compiling the extractor's patterns is most of what a short command such as ``newscal extract``
spends (``extractors/rx.py`` says why). The programs of one run are kept in a file of the cache
folder (the ``cache_dir`` setting), named by the regex engine they are for, so that the next run
rebuilds the patterns instead of compiling them. The file starts with a digest of the rest: a
damaged or foreign file is ignored (and replaced), and a folder that cannot be written only
costs the speed-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from extractors import rx

_log = logging.getLogger(__name__)
_DIGEST = hashlib.sha256().digest_size
# the programs made when the package was built (setup.py stores them here for the interpreter
# that built it): a first run, with nothing in the cache folder yet, rebuilds from them
PACKAGED = Path(__file__).resolve().parent / "patterns"


def cache_file(folder: Path | None) -> Path | None:
    """Return the file of this interpreter's regex programs in folder (None: none kept)."""
    if folder is None or not rx.TAG:
        return None
    return folder / f"patterns-{rx.TAG}.marshal"


@contextlib.contextmanager
def kept(folder: Path | None, packaged: Path = PACKAGED) -> Iterator[None]:
    """Import the extractor's rule modules inside this block: their patterns are rebuilt from
    the programs stored in folder (while it has none, from those the build stored in
    ``packaged``), and the programs are stored in folder when some were compiled anew."""
    path = cache_file(folder)
    if path is None:
        yield
        return
    built = cache_file(packaged)
    rx.preload(_read(path) or (_read(built) if built else {}))
    yield
    if rx.fresh():
        _store_at(path)


def store(folder: Path) -> Path | None:
    """Write the programs of the patterns compiled since :func:`extractors.rx.preload` into
    folder (what the build packages); return the file, None when none can be kept."""
    path = cache_file(folder)
    if path is not None:
        _store_at(path)
    return path


def _store_at(path: Path) -> None:
    _write(path, marshal.dumps(rx.programs()))


def _read(path: Path) -> dict[tuple[str, int], rx.Program]:
    """Return the programs stored in path (none when it is missing, damaged or foreign)."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    payload = data[_DIGEST:]
    if hashlib.sha256(payload).digest() != data[:_DIGEST]:
        return {}
    try:
        programs = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def _write(path: Path, payload: bytes) -> None:
    """Replace path by the digest and payload at once (a reader sees the old file or the new)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
    except OSError as exc:
        _log.debug("compiled patterns not kept in %s: %s", path, exc)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(hashlib.sha256(payload).digest() + payload)
        os.replace(temp, path)
    except OSError as exc:
        _log.debug("compiled patterns not kept in %s: %s", path, exc)
        with contextlib.suppress(OSError):
            os.unlink(temp)

"""Watched folders: which files are ready to read, each version once.

Polling, with the time passed in, so tests need no sleeps. A file is ready once its size
and modification time stayed the same for ``settle_seconds``: a file still being written
or copied is left alone until the writer is done. A file changed after it was read is a
new version and is ready again once it settles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Names of files that are not (yet) documents: partial downloads, editor and OS droppings.
_PARTIAL = (".part", ".partial", ".tmp", ".crdownload", ".download", ".swp", "~")


@dataclass
class FolderWatcher:
    dirs: tuple[Path, ...]
    settle_seconds: float = 2.0
    _pending: dict[Path, tuple[tuple[int, int], float]] = field(default_factory=dict)
    _done: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def poll(self, now: float) -> list[Path]:
        """Return the files ready to read at ``now`` (seconds, any monotonic origin), sorted.

        Call :meth:`done` for each once it was read (or failed), so it is not offered again.
        """
        ready = []
        present = set()
        for path in self._files():
            try:
                info = path.stat()
            except OSError:
                continue  # gone between listing and stat
            present.add(path)
            signature = (info.st_size, info.st_mtime_ns)
            if info.st_size == 0 or self._done.get(path) == signature:
                continue
            seen = self._pending.get(path)
            if seen is None or seen[0] != signature:
                self._pending[path] = (signature, now)
                if self.settle_seconds > 0:
                    continue
                seen = self._pending[path]
            if now - seen[1] >= self.settle_seconds:
                ready.append(path)
        for path in set(self._pending) - present:
            del self._pending[path]
        return sorted(ready)

    def done(self, path: Path) -> tuple[int, int] | None:
        """Mark the version of ``path`` offered by :meth:`poll` as read; return its
        (size, mtime_ns), or None when it was not offered."""
        seen = self._pending.pop(path, None)
        if seen is None:
            return None
        self._done[path] = seen[0]
        return seen[0]

    def already_read(self, versions: dict[Path, tuple[int, int]]) -> None:
        """Take (size, mtime_ns) of versions read before (by an earlier run) as read."""
        self._done.update(versions)

    def skip_existing(self) -> int:
        """Mark every file present now as read; return how many."""
        count = 0
        for path in self._files():
            try:
                info = path.stat()
            except OSError:
                continue
            self._done[path] = (info.st_size, info.st_mtime_ns)
            count += 1
        return count

    def _files(self) -> list[Path]:
        files = []
        for folder in self.dirs:
            if not folder.is_dir():
                continue
            for path in folder.rglob("*"):
                name = path.name
                if name.startswith((".", "~$")) or name.lower().endswith(_PARTIAL):
                    continue
                if any(part.startswith(".") for part in path.relative_to(folder).parts[:-1]):
                    continue
                if path.is_file():
                    files.append(path)
        return files

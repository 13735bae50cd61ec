"""Build and compile the rule modules' regular expressions, reusing stored programs when given.

Importing the extractor compiles about 380 patterns, and re's compiler (pure Python) spends most
of a `newscal extract` run on them: each class of CJK characters costs a bitmap of 65,536 entries.
A compiled pattern is a program (a list of integers) run by the ``_sre`` engine; :func:`compile`
keeps the programs it made (:func:`programs`) and, given the programs of an earlier run
(:func:`preload`), rebuilds a pattern from its program instead of compiling it again. The caller
stores them (``bot/pattern_cache.py`` keeps a file); this module reads and writes nothing.

A program is valid for one engine only: :data:`TAG` names it, and a caller keeps programs under
their tag. Where re's internals are not the ones this module knows, :func:`compile` is
``re.compile`` and nothing is recorded.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterable
from typing import Any, Final

try:  # re's internals as of Python 3.11 (re._parser, re._compiler; _sre.compile's arguments)
    import _sre

    _parser = importlib.import_module("re._parser")
    _compiler = importlib.import_module("re._compiler")
    _constants = importlib.import_module("re._constants")
    _KNOWN = callable(getattr(_compiler, "_code", None)) and callable(
        getattr(_parser, "parse", None)
    )
except ImportError:  # pragma: no cover - another interpreter
    _KNOWN = False
# the engine the programs are for (empty: none)
TAG: Final = f"{sys.implementation.cache_tag}-sre{_sre.MAGIC}-{_sre.CODESIZE}" if _KNOWN else ""

# flags, code, groups - 1, group index, index group: _sre.compile's arguments after the pattern
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_stored: dict[tuple[str, int], Program] = {}
_made: dict[tuple[str, int], Program] = {}
_recording = False


def preload(programs: dict[tuple[str, int], Program]) -> None:
    """Rebuild the patterns compiled from now on from these programs (an earlier run's, under
    :data:`TAG`), and record every program made or used, for :func:`programs`."""
    global _recording
    _recording = _KNOWN
    _stored.update(programs)


def programs() -> dict[tuple[str, int], Program]:
    """Return the programs of the patterns compiled since :func:`preload` (empty without it)."""
    return dict(_made)


def fresh() -> int:
    """Return how many of those programs were compiled anew (not rebuilt from a stored one)."""
    return sum(1 for key in _made if key not in _stored)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """Return the compiled pattern: ``re.compile``'s, rebuilt from a stored program when one
    was preloaded."""
    if not _recording:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    program = _stored.get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program)
        except (TypeError, ValueError, RuntimeError):  # a damaged store: compile afresh
            del _stored[key]
        else:
            _made[key] = program
            return compiled
    program = _program(pattern, int(flags))
    _made[key] = program
    return _sre.compile(pattern, *program)


def _program(pattern: str, flags: int) -> Program:
    """Return the pattern's program, as ``re._compiler.compile`` makes it."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are int subclasses)
    index = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        names[number] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(index), tuple(names))


class Led:
    """A pattern whose ``match`` first looks at the character they start at:
    one that no match can start with (see :func:`leads`) is no match, told without a call into
    the engine. Most calls of a rule's pattern find nothing, and the engine learns it by trying
    each of its branches there (~2,000-3,000 instructions; the look ~200)."""

    def __init__(self, pattern: re.Pattern[str], starts: frozenset[str]) -> None:
        self.pattern = pattern
        self.starts = starts

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if 0 <= pos < len(text) and text[pos] not in self.starts:
            return None
        return self.pattern.match(text, pos, endpos)


def led(pattern: str | re.Pattern[str], starts: Iterable[str] | None = None) -> Led:
    """Return the pattern (compiled here when given as text) as a :class:`Led`: its matches
    start with one of ``starts`` (by default its :func:`leads`). Raises ValueError when they
    cannot be told."""
    compiled = compile(pattern) if isinstance(pattern, str) else pattern
    found = leads(compiled) if starts is None else frozenset(starts)
    if found is None:
        raise ValueError(f"no known first characters: {compiled.pattern[:80]!r}")
    return Led(compiled, found)


_MAX_LEADS: Final = 1000  # (more: no test worth making, as `[\u4e00-\u9fff]`)


def leads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Return the characters a match of ``pattern`` can start with; None when any may (an
    empty match, `.`, `\\d`, `\\s`, a negated class, case folding, a class of over 1,000), or when
    re's parser is not the one this module knows."""
    if not _KNOWN or pattern.flags & re.IGNORECASE:
        return None
    found, empty = _sequence_leads(_parser.parse(pattern.pattern, pattern.flags).data)
    return None if found is None or empty or len(found) > _MAX_LEADS else frozenset(found)


def _sequence_leads(items: Any) -> tuple[set[str] | None, bool]:
    """Return the first characters of a parsed sequence, and whether it can match empty."""
    found: set[str] = set()
    for op, arg in items:
        first, empty = _item_leads(op, arg)
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


def _item_leads(op: Any, arg: Any) -> tuple[set[str] | None, bool]:
    """Return the first characters of one parsed item, and whether it can match empty."""
    c = _constants
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        found: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                found.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < _MAX_LEADS:
                found.update(chr(code) for code in range(value[0], value[1] + 1))
            else:
                return None, False  # (a negated class, a wide range, `\\d`, `\\s`)
        return found, False
    if op is c.BRANCH:
        found, empty = set(), False
        for alternative in arg[1]:
            first, can_be_empty = _sequence_leads(alternative.data)
            if first is None:
                return None, False
            found |= first
            empty = empty or can_be_empty
        return found, empty
    if op is c.SUBPATTERN:
        _, add_flags, _, sub = arg
        return (None, False) if add_flags & re.IGNORECASE else _sequence_leads(sub.data)
    if op is c.ATOMIC_GROUP:
        return _sequence_leads(arg.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, sub = arg
        first, empty = _sequence_leads(sub.data)
        return first, empty or least == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # (takes no character: what follows it starts the match)
    return None, False


def trie(words: object) -> str:
    """Return a regex matching any of words, nested by first characters so the engine tries one
    branch per position instead of every word (longest match first)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):  # type: ignore[call-overload]
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = (
            branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        )
        return body + ("?" if optional else "")

    return emit(tree)


def alternation(words: object) -> str:
    """Return a regex alternation of words, longest first (then in code order, so the pattern is
    the same in every run)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))  # type: ignore[call-overload]

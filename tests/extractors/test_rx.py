"""extractors.rx: patterns rebuilt from stored programs are re's own; alternations are stable."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import extractors.page  # noqa: F401  (imports every rule module)
from extractors import rx


def _rule_patterns() -> list[re.Pattern[str]]:
    """Return the compiled str patterns held at module level by the extractor's modules."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    modules = [m for n, m in sys.modules.items() if n.startswith("extractors.")]
    for module in modules:
        assert isinstance(module, ModuleType)
        for value in vars(module).values():
            items = value if isinstance(value, tuple | list) else (value,)
            for item in items:
                for part in item if isinstance(item, tuple) else (item,):
                    if isinstance(part, rx.Led):
                        part = part.pattern
                    if isinstance(part, re.Pattern) and isinstance(part.pattern, str):
                        found[(part.pattern, part.flags)] = part
    return list(found.values())


def test_the_rule_modules_hold_hundreds_of_patterns():
    assert len(_rule_patterns()) > 300


@pytest.mark.skipif(not rx.TAG, reason="re's internals are not the ones rx knows")
def test_a_pattern_rebuilt_from_its_program_equals_res_compiled_pattern():
    # (Pattern equality compares the flags, the text and the compiled code; re.compile adds
    # the UNICODE flag to a str pattern's own)
    import _sre

    for pattern in _rule_patterns():
        rebuilt = _sre.compile(
            pattern.pattern, *rx._program(pattern.pattern, pattern.flags & ~re.U)
        )
        assert rebuilt == pattern, pattern.pattern[:80]
        assert (rebuilt.groups, rebuilt.groupindex) == (pattern.groups, pattern.groupindex)


@pytest.mark.skipif(not rx.TAG, reason="re's internals are not the ones rx knows")
@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"(?:的)?(?P<s>[春夏])(?:季|天)?", "的春夏"),
        (r"(?<!公)(?:开幕|闭幕)(?![式会])", "开闭"),
        (r"^(?:我|本)(?:公司|局)$", "我本"),
        (r"[前后]?[0-2]\d", "前后012"),
        (r"(?>ab|c)+", "ac"),
    ],
)
def test_leads_are_the_characters_a_match_can_start_with(pattern, starts):
    assert rx.leads(re.compile(pattern)) == frozenset(starts)


@pytest.mark.parametrize(
    "pattern",
    [r"\d年", r"\s*年", r".年", r"[^年]", r"年?", r"(?i:a)b", r"[\u4e00-\u9fff]年", r"(a)?\1"],
)
def test_leads_are_none_when_any_character_may_start_a_match(pattern):
    assert rx.leads(re.compile(pattern)) is None


def _led_patterns() -> list[rx.Led]:
    modules = [m for n, m in sys.modules.items() if n.startswith("extractors.")]
    return [v for m in modules for v in vars(m).values() if isinstance(v, rx.Led)]


def test_a_led_pattern_matches_where_its_pattern_does():
    # (at every position of the sample page and of some corpus articles: the first character
    # looked at first never turns away a match)
    folder = Path(__file__).parent
    paths = [*folder.glob("golden/*.txt"), *sorted(folder.glob("corpus/articles/*.txt"))[:40]]
    texts = [p.read_text(encoding="utf-8") for p in paths]

    def span(m: re.Match[str] | None) -> tuple[int, int] | None:
        return m.span() if m else None

    assert _led_patterns() and texts
    for led in _led_patterns():
        for text in texts:
            for pos in range(len(text) + 1):
                assert span(led.match(text, pos)) == span(led.pattern.match(text, pos))


def test_alternation_is_longest_first_then_in_code_order():
    assert rx.alternation({"春", "春节", "元宵", "中秋节"}) == "中秋节|元宵|春节|春"
    assert rx.alternation(["a.b", "c"]) == r"a\.b|c"


def test_trie_matches_the_longest_word():
    pattern = re.compile(rx.trie(["春", "春节", "春节前", "元宵"]))
    assert [m.group() for m in pattern.finditer("春节前后春元宵")] == ["春节前", "春", "元宵"]


def test_importing_a_light_module_of_the_package_compiles_no_grammar():
    code = "import sys, extractors.rx, extractors.model; print(sorted(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "extractors.page" not in out.stdout and "extractors.timex" not in out.stdout


def test_the_package_exports_every_name_it_loads():
    import extractors

    assert sorted(extractors._MODULES) == sorted(extractors.__all__)
    assert all(getattr(extractors, name) for name in extractors.__all__)


@pytest.mark.skipif(not rx.TAG, reason="re's internals are not the ones rx knows")
def test_a_rebuilt_pattern_names_its_last_group():
    import _sre

    text = "(?P<a>a)(?P<b>b)?"
    assert _sre.compile(text, *rx._program(text, 0)).match("ab").lastgroup == "b"

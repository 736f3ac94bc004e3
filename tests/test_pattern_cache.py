"""Large patterns come back from the cache and match exactly as re.compile's do."""

from __future__ import annotations

import marshal
import re

import pytest

from index.extract.pattern_cache import compile_cached
from index.extract.regions import extract_regions
from index.extract.regions.form_scan import capitalised_pattern, forms_scan

PATTERN = r"(?:Kota (?:Palangka Raya|Bogor)|(?i:kalteng))(?P<tail>[ \t]+\w+)?(?![\w-])"
TEXTS = ["Wali Kota Bogor berkata", "di KALTENG hari ini", "Kota Palangka Raya, Kalteng-x",
         "tidak ada", "kota bogor"]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "kabar"


def matches(pattern: re.Pattern[str]) -> list:
    return [[(m.span(), m.group(0), m.groupdict()) for m in pattern.finditer(t)] for t in TEXTS]


def test_second_compile_comes_from_the_cache_and_matches_the_same(cache) -> None:
    first = compile_cached("test", PATTERN, re.MULTILINE)
    assert (cache / "test.re").exists()
    stamp = (cache / "test.re").stat().st_mtime_ns
    second = compile_cached("test", PATTERN, re.MULTILINE)
    assert (cache / "test.re").stat().st_mtime_ns == stamp  # read, not written again
    expected = re.compile(PATTERN, re.MULTILINE)
    for pattern in (first, second):
        assert pattern.pattern == expected.pattern
        assert pattern.flags == expected.flags
        assert pattern.groupindex == expected.groupindex
        assert matches(pattern) == matches(expected)


def test_another_pattern_under_the_same_name_replaces_it(cache) -> None:
    compile_cached("test", PATTERN)
    other = compile_cached("test", r"Bogor")
    assert other.pattern == "Bogor"
    assert [m.span() for m in other.finditer(TEXTS[0])] == [(10, 15)]
    assert matches(compile_cached("test", PATTERN)) == matches(re.compile(PATTERN))


def test_a_damaged_cache_file_is_compiled_again(cache) -> None:
    compile_cached("test", PATTERN)
    (cache / "test.re").write_bytes(b"\x00garbage")
    assert matches(compile_cached("test", PATTERN)) == matches(re.compile(PATTERN))
    stamp, program = marshal.loads((cache / "test.re").read_bytes())
    invalid = (program[0], [1, 2, 3], *program[2:])  # a program the engine refuses
    (cache / "test.re").write_bytes(marshal.dumps((stamp, invalid)))
    assert matches(compile_cached("test", PATTERN)) == matches(re.compile(PATTERN))


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert matches(compile_cached("test", PATTERN)) == matches(re.compile(PATTERN))


def _fresh() -> None:
    """As in a new process: the pattern made again, and the scan that holds it."""
    capitalised_pattern.cache_clear()
    forms_scan.cache_clear()


def test_gazetteer_pattern_from_the_cache_finds_the_same_regions(cache) -> None:
    text = ("PALANGKA RAYA – Wakil Gubernur Kalteng meninjau banjir di Kabupaten Katingan "
            "dan Kota Bogor, lalu ke Kasongan.")
    expected = extract_regions("Banjir di Kalteng", text)
    _fresh()
    try:
        assert extract_regions("Banjir di Kalteng", text) == expected  # compiled, cached
        _fresh()
        assert extract_regions("Banjir di Kalteng", text) == expected  # from the cache
        assert (cache / "region-forms.re").exists()
        assert capitalised_pattern().pattern == re.compile(capitalised_pattern().pattern).pattern
    finally:
        _fresh()

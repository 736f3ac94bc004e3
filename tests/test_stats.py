"""`kabar index stats` (and Engine.stats) on real indexes, the demo and a slice of the corpus: every
count agrees with what a search with that filter returns, and the totals add up."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

import pytest

from conftest import DEMO, corpus_file, run_kabar
from search import BadRequest, open_index


@pytest.fixture(scope="module")
def slice_index(tmp_path_factory) -> Path:
    """Some hundreds of articles of several outlets and years: the first rows of the detik
    export and of IndoSum, and the 2015 export's first rows."""
    folder = tmp_path_factory.mktemp("stats")
    for name, rows in (("detik-2025.csv", 300), ("berita-2015-08-25.csv", 300)):
        with corpus_file(name).open(encoding="utf-8", newline="") as source, \
                (folder / name).open("w", encoding="utf-8", newline="") as target:
            reader = csv.DictReader(source)
            writer = csv.DictWriter(target, fieldnames=reader.fieldnames)
            writer.writeheader()
            writer.writerows(itertools.islice(reader, rows))
    with corpus_file("indosum-dev.jsonl").open(encoding="utf-8") as source:
        (folder / "indosum.jsonl").write_text("".join(itertools.islice(source, 400)),
                                              encoding="utf-8")
    index = folder / "index"
    run_kabar("index", "build", str(folder / "detik-2025.csv"),
              str(folder / "berita-2015-08-25.csv"), str(folder / "indosum.jsonl"),
              index=index, check=True)
    return index


def total(engine, **filters) -> int:
    return engine.search("", limit=1, **filters)["total"]


@pytest.mark.parametrize("which", ["demo", "slice"])
def test_every_count_is_what_a_search_finds(which, demo_index, slice_index) -> None:
    engine = open_index(demo_index if which == "demo" else slice_index)
    stats = engine.stats(top=1000)
    totals = stats["totals"]
    assert stats["articles"] == totals["articles"] == total(engine) > 30
    for item in stats["sources"]:
        assert total(engine, source=[item["value"]]) == item["count"], item
    for item in stats["officials"]:
        assert total(engine, official=[item["value"]]) == item["count"], item
    for item in stats["provinces"]:
        assert total(engine, region=[item["value"]]) == item["count"], item
    for item in stats["years"]:
        year = item["value"]
        assert total(engine, date_from=f"{year}-01-01", date_to=f"{year}-12-31") == item["count"]
    # the totals add up
    assert sum(i["count"] for i in stats["years"]) == totals["dated"]
    assert totals["dated"] + totals["undated"] == totals["articles"]
    assert sum(i["count"] for i in stats["sources"]) <= totals["articles"]
    assert total(engine, region=[p["value"] for p in stats["provinces"]]) == \
        totals["articles"] - totals["without_province"]
    for key in ("sources", "years", "provinces", "officials"):
        assert totals[key] == len(stats[key]) > 0, key
    # most articles first; years oldest first
    for key in ("sources", "provinces", "officials"):
        counts = [i["count"] for i in stats[key]]
        assert counts == sorted(counts, reverse=True), key
    assert [i["value"] for i in stats["years"]] == sorted(i["value"] for i in stats["years"])


def test_the_slice_has_several_outlets_and_years(slice_index) -> None:
    totals = open_index(slice_index).stats()["totals"]
    assert totals["sources"] >= 5 and totals["years"] >= 3 and totals["officials"] >= 50


def test_top_lists_the_most_first(slice_index) -> None:
    engine = open_index(slice_index)
    everything, three = engine.stats(top=1000), engine.stats(top=3)
    for key in ("sources", "officials"):
        assert three[key] == everything[key][:3]
    assert three["provinces"] == everything["provinces"]  # provinces and years are all listed
    assert three["totals"] == everything["totals"]
    for bad in (0, 1001, "x"):
        with pytest.raises(BadRequest):
            engine.stats(top=bad)


def test_the_command_prints_the_counts(slice_index) -> None:
    stats = open_index(slice_index).stats(top=4)
    printed = json.loads(run_kabar("index", "stats", "--json", "--top", "4", index=slice_index,
                                   check=True).stdout)
    assert printed == stats
    text = run_kabar("index", "stats", "--top", "4", index=slice_index, check=True).stdout
    lines = text.splitlines()
    assert lines[0] == f"articles: {stats['articles']}"
    top_official = stats["officials"][0]
    assert f"  {top_official['count']:7d}  {top_official['value']}" in lines
    assert f"officials ({stats['totals']['officials']}, the 4 with the most articles):" in lines
    assert run_kabar("index", "stats", "--top", "0", index=slice_index).returncode == 2


def test_a_top_above_the_count_says_all_are_listed(slice_index) -> None:
    """`--top 1000` of fewer sources lists them all, and does not claim 1,000 (audit, round 18)."""
    stats = open_index(slice_index).stats(top=1000)
    sources = stats["totals"]["sources"]
    assert 1 < sources < 1000 and len(stats["sources"]) == sources
    lines = run_kabar("index", "stats", "--top", "1000", index=slice_index,
                      check=True).stdout.splitlines()
    assert f"sources ({sources}, all listed):" in lines
    assert not any("the 1000 with the most articles" in line for line in lines)


def test_removed_articles_are_not_counted(tmp_path) -> None:
    index = tmp_path / "index"
    run_kabar("index", "build", str(corpus_file("seed/wartasenja-asn-kalteng.txt")),
              str(DEMO), index=index, check=True)
    before = open_index(index).stats(top=1000)
    gone = open_index(index).search("", official=[before["officials"][0]["value"]])["hits"][0]
    run_kabar("index", "remove", gone["id"], index=index, check=True)
    after = open_index(index).stats(top=1000)
    assert after["articles"] == before["articles"] - 1
    sources = {i["value"]: i["count"] for i in after["sources"]}
    assert sources.get(gone["source"], 0) == {i["value"]: i["count"] for i in
                                              before["sources"]}[gone["source"]] - 1
    officials = {i["value"]: i["count"] for i in after["officials"]}
    assert officials.get(before["officials"][0]["value"], 0) == before["officials"][0]["count"] - 1

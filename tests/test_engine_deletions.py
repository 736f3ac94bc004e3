"""An engine that stays open while articles are added, updated and removed: deleted documents
never show in hits, totals or facet counts, and the segments it already read are reused (not
read again) when they only lost documents."""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from index.store import writer
from search import open_index
from search.engine import REFRESH_EVERY

PLACES = {  # dateline and region phrase -> the province the article is about
    "KASONGAN": ("di Kabupaten Katingan", "Kalimantan Tengah"),
    "BOGOR": ("di Kota Bogor", "Jawa Barat"),
    "KUPANG": ("di Kota Kupang", "Nusa Tenggara Timur"),
}


def url_of(number: int, site: str) -> str:
    return f"https://{site}/berita/{number}"


def record(number: int, place: str, site: str, year: int, word: str = "") -> dict:
    """An article of a site that outlets.tsv does not list: its source is its domain."""
    where, _ = PLACES[place]
    return {
        "url": url_of(number, site),
        "title": f"Warga Gotong Royong Bersihkan Saluran {number}",
        "body": f"{place} – Warga {where} bergotong royong membersihkan saluran air "
                f"kodeartikel{number} {word} menjelang musim hujan, kata kepala desa.",
        "date": f"{year}-03-0{1 + number % 9}",
    }


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def facet(response: dict, name: str) -> dict[str, int]:
    return {item["value"]: item["count"] for item in response["facets"][name]}


def expected(records: dict[str, dict]) -> dict[str, Counter]:
    return {
        "source": Counter(r["url"].split("/")[2] for r in records.values()),
        "province": Counter(PLACES[r["body"].split(" –")[0]][1] for r in records.values()),
        "year": Counter(r["date"][:4] for r in records.values()),
    }


@pytest.fixture()
def index_and_records(tmp_path) -> tuple[Path, Path, dict[str, dict]]:
    places = list(PLACES)
    records = [record(n, places[n % 3], ["warta-satu.id", "warta-dua.id"][n % 2], 2024 + n % 2)
               for n in range(12)]
    index = tmp_path / "index"
    report = writer.build([str(write_jsonl(tmp_path / "ekspor.jsonl", records))], index)
    assert report.added == 12
    return tmp_path, index, {r["url"]: r for r in records}


def check(engine, current: dict[str, dict], gone: list[str]) -> None:
    """Totals, hits and facets agree with the articles that should be there, for an empty query,
    a word every article has, and filters."""
    time.sleep(REFRESH_EVERY + 0.05)  # the engine looks for new commits this often
    want = expected(current)
    for query in ("", "warga", "saluran air"):
        response = engine.search(query, limit=100)
        assert response["total"] == len(current), query
        # the articles are near copies of each other: most are listed under another's also_in
        shown = [h["id"] for h in response["hits"]]
        shown += [c["id"] for h in response["hits"] for c in h.get("also_in", [])]
        assert sorted(shown) == sorted(current), query
        for name, counts in want.items():
            assert facet(response, name) == dict(counts), (query, name)
    for source, count in want["source"].items():
        filtered = engine.search("warga", source=[source], limit=100)
        assert filtered["total"] == count
        assert facet(filtered, "source") == dict(want["source"])  # its own filter not applied
        assert sum(facet(filtered, "province").values()) == count
    for url in gone:
        number = url.rsplit("/", 1)[1]
        assert engine.search(f"kodeartikel{number}")["total"] == 0
        assert engine.get(url) is None
    for url in current:
        number = url.rsplit("/", 1)[1]
        assert engine.search(f"kodeartikel{number}")["total"] == 1


def test_deleted_documents_never_count(index_and_records) -> None:
    folder, index, current = index_and_records
    engine = open_index(index)
    check(engine, current, [])
    first_segments = dict(engine._current().columns.by_key)
    assert len(first_segments) == 1

    # add: a new segment beside the first
    added = record(20, "BOGOR", "warta-tiga.id", 2025)
    writer.add([str(write_jsonl(folder / "baru.jsonl", [added]))], index)
    current[added["url"]] = added
    check(engine, current, [])

    # update: the old version is deleted from the first segment, the new one goes elsewhere
    old = current[url_of(4, "warta-satu.id")]
    new = {**old, "body": old["body"].replace("KASONGAN", "KUPANG")
           .replace("di Kabupaten Katingan", "di Kota Kupang") + " Diperbarui."}
    report = writer.add([str(write_jsonl(folder / "ralat.jsonl", [new]))], index)
    assert report.updated == 1
    current[new["url"]] = new
    check(engine, current, [])
    assert engine.search("diperbarui")["total"] == 1

    # removal from the first segment, and of the article added later
    for url in (url_of(7, "warta-dua.id"), added["url"]):
        removed, missing = writer.remove([url], index)
        assert (removed, missing) == (1, [])
        del current[url]
        check(engine, current, [url])

    # the first segment lost two documents and was never read again
    columns = engine._current().columns
    for segment_id, data in first_segments.items():
        assert columns.by_key[segment_id] is data
    assert columns.live_count == len(current)


def test_removing_every_article_leaves_nothing_counted(index_and_records) -> None:
    _, index, current = index_and_records
    engine = open_index(index)
    check(engine, current, [])
    removed, _ = writer.remove(list(current), index)
    assert removed == 12
    time.sleep(REFRESH_EVERY + 0.05)
    response = engine.search("", limit=100)
    assert response["total"] == 0
    assert response["hits"] == []
    assert all(not values for values in response["facets"].values())


def test_newest_date_is_the_newest_live_article(index_and_records) -> None:
    """The date the pages count "the last 7 days" back from: a removed article's date, or an
    undated article, does not move it."""
    folder, index, current = index_and_records
    engine = open_index(index)
    assert engine.newest_date() == max(date.fromisoformat(r["date"]) for r in current.values())
    before = engine.newest_date()
    later = {**record(30, "BOGOR", "warta-tiga.id", 2026), "date": "2026-07-01"}
    undated = {key: value for key, value in record(31, "KUPANG", "warta-tiga.id", 2026).items()
               if key != "date"}
    writer.add([str(write_jsonl(folder / "baru.jsonl", [later, undated]))], index)
    time.sleep(REFRESH_EVERY + 0.05)
    assert engine.newest_date() == date(2026, 7, 1)
    writer.remove([later["url"]], index)
    time.sleep(REFRESH_EVERY + 0.05)
    assert engine.newest_date() == before
    writer.remove([*current, undated["url"]], index)
    time.sleep(REFRESH_EVERY + 0.05)
    assert engine.newest_date() is None

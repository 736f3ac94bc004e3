"""`tanggal:` as people type it (round 18's audit): an open range (`..2025`, `2024..`) and a
month or day with slashes (`2017/06`, `06/2017`, `2017/06/15`), on a real index of our own
sentences; a day first (`15/06/2017`) is ambiguous and says which forms work."""

from __future__ import annotations

import pytest

from search import open_index
from tests.conftest import build_release_index

DAYS = ["2017-05-31", "2017-06-01", "2017-06-15", "2017-06-30", "2017-07-01", "2024-01-01",
        "2025-12-31", "2026-01-01"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    articles = [(f"Rapat anggaran desa hari ke-{n}", f"Warga desa membahas anggaran, rapat ke-{n}.",
                 day) for n, day in enumerate(DAYS)]
    return open_index(build_release_index(tmp_path_factory.mktemp("dates"), articles))


def published(engine, query: str) -> list[str]:
    return sorted(hit["published"] for hit in engine.search(query, limit=50)["hits"])


@pytest.mark.parametrize(("typed", "expected"), [
    ("tanggal:..2025", DAYS[:-1]),
    ("tanggal:2024..", DAYS[5:]),
    ("tanggal:..2017-06-15", DAYS[:3]),
    ("tanggal:2017/06", DAYS[1:4]),
    ("tanggal:06/2017", DAYS[1:4]),
    ("tanggal:6/2017", DAYS[1:4]),
    ("tanggal:2017/06/15", DAYS[2:3]),
    ("tanggal:2017/06..2017/07", DAYS[1:5]),
])
def test_open_ranges_and_slashes(engine, typed, expected):
    response = engine.search(f"anggaran {typed}")
    assert response["notices"] == []
    assert published(engine, f"anggaran {typed}") == expected


def test_an_open_end_is_null_in_what_the_filter_read(engine):
    described = engine.search("tanggal:..2025")["filters"][0]
    assert described["known"] is True and described["matches"] == [None, "2025-12-31"]


@pytest.mark.parametrize("typed", ["15/06/2017", "..", "2017/13"])
def test_an_ambiguous_or_broken_date_says_which_forms_work(engine, typed):
    response = engine.search(f"tanggal:{typed}")
    assert response["total"] == 0
    assert response["notices"] == [f"Tanggal tidak dikenal (pakai YYYY, YYYY-MM, YYYY-MM-DD, "
                                   f"A..B, ..B atau A..): {typed}; tidak ada artikel untuk nilai "
                                   f"ini."]


def test_the_page_names_an_open_range(tmp_path_factory):
    from webui import create_app

    index = build_release_index(tmp_path_factory.mktemp("dates-page"),
                                [("Rapat anggaran desa", "Warga membahas anggaran.", "2025-03-01")])
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    html = client.get("/?q=anggaran+tanggal:..2025").get_data(as_text=True)
    assert "</span> sampai 31 Des 2025 <span" in html
    html = client.get("/?q=anggaran+tanggal:2024..").get_data(as_text=True)
    assert "</span> sejak 1 Jan 2024 <span" in html

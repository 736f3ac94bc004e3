"""A body's dateline ("Jakarta, CNN Indonesia --") is not indexed (index/datelines.py):
a story filed from Jakarta about a flood elsewhere does not hold "jakarta" in its lead, so
`banjir jakarta` raises the Jakarta flood, not it (search/lead_share.py). Real indexes of
sentences written for the test, built both ways (a build's bulk writer, an add's Whoosh writer)."""

from __future__ import annotations

import pytest

from index.analysis.analyzer import (
    LEAD_TOKENS,
    body_analyzer,
    indonesian_analyzer,
    text_postings,
)
from index.datelines import dateline_end
from index.store import writer
from search import open_index
from search.lead_share import up_front
from search.title_share import forms
from tests.conftest import reranking_input, write_csv

FIELDS = ["judul", "tautan", "tanggal", "isi"]
ELSEWHERE = {
    "judul": "Ratusan Rumah Terendam di Kabupaten Bima",
    "tautan": "https://warta-pelita.example/banjir-bima",
    "tanggal": "2025-11-03 09:00",
    "isi": "Jakarta, Warta Pelita -- Banjir merendam ratusan rumah di Kabupaten Bima, Nusa "
           "Tenggara Barat, sejak Senin malam. Warga mengungsi ke masjid dan balai desa.\n"
           "Badan Penanggulangan Bencana Daerah setempat mengirim perahu karet dan bahan makanan.",
}
HERE = {
    "judul": "Permukiman di Kampung Melayu Kembali Tergenang",
    "tautan": "https://warta-pelita.example/banjir-kampung-melayu",
    "tanggal": "2025-11-02 09:00",
    "isi": "Jakarta, Warta Pelita -- Banjir kembali merendam permukiman warga di Kampung Melayu, "
           "Jakarta Timur, setelah hujan deras sejak sore. Pemerintah Provinsi DKI Jakarta "
           "membuka posko pengungsian di sekolah terdekat.",
}
OTHER = {  # built first where the two are added after (Whoosh's own writer analyses them)
    "judul": "Rapat Pajak Daerah Digelar",
    "tautan": "https://warta-pelita.example/rapat-pajak",
    "tanggal": "2025-11-01 09:00",
    "isi": "Pemerintah kabupaten menggelar rapat tentang pajak daerah bersama para camat.",
}


@pytest.fixture(scope="module", params=["build", "add"])
def engine(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("dateline")
    index = folder / "index"
    if request.param == "add":
        writer.build([write_csv(folder / "awal.csv", FIELDS, [OTHER])], index)
    export = write_csv(folder / "ekspor.csv", FIELDS, [ELSEWHERE, HERE])
    report = getattr(writer, request.param)([export], index)
    assert report.added == 2
    return open_index(index)


def _ids(engine, query: str) -> list[str]:
    return [hit["id"] for hit in engine.search(query, limit=10)["hits"]]


def test_the_place_a_story_is_about_ranks_above_its_dateline(engine):
    snap, evaluator, parts, found = reranking_input(engine, "banjir jakarta")
    urls = {d: snap.searcher.stored_fields(d)["url"] for d in found.ids.tolist()}
    held = up_front(evaluator, [forms(p) for p in parts], found.ids)
    front = {urls[d] for d, h in zip(found.ids.tolist(), held.tolist(), strict=True) if h}
    assert front == {HERE["tautan"]}  # Bima's lead holds "banjir" but not "jakarta"
    assert _ids(engine, "banjir jakarta")[0] == HERE["tautan"]


def test_the_outlet_name_in_a_dateline_finds_nothing(engine):
    assert _ids(engine, "pelita") == []
    assert _ids(engine, "bima") == [ELSEWHERE["tautan"]]


def test_the_stored_body_keeps_its_dateline(engine):
    assert engine.get(ELSEWHERE["tautan"])["body"].startswith("Jakarta, Warta Pelita -- Banjir")


@pytest.mark.parametrize("body, after", [
    ("Jakarta, Warta Pelita -- Banjir merendam rumah.", "Banjir merendam rumah."),
    ("PALANGKA RAYA – Gubernur meninjau tanggul.", "Gubernur meninjau tanggul."),
    ("Palangka Raya (ANTARA) - Gubernur meninjau tanggul.", "Gubernur meninjau tanggul."),
    ("SURABAYA, KOMPAS.com Wali Kota meresmikan pasar.", "Wali Kota meresmikan pasar."),
])
def test_a_dateline_is_left_out_of_the_body_terms(body, after):
    assert body[dateline_end(body):].lstrip() == after
    tokens = [t.text for t in body_analyzer()(body, positions=True)]
    assert tokens == [t.text for t in indonesian_analyzer()(after)]
    # a build's compiled analysis (bulk writer) leaves out the same words
    assert sorted(text_postings(body, LEAD_TOKENS, 1.0)[0]) == sorted(
        t.encode() for t in set(tokens))


@pytest.mark.parametrize("body", [
    "KOMPAS.com - Banjir merendam rumah warga di Jakarta.",  # an outlet alone names no place
    "Banjir - bencana yang datang tiap tahun - merendam Jakarta.",
    "Bupati meninjau tanggul yang jebol kemarin pagi bersama warga setempat, lalu menggelar "
    "rapat dengan camat dan kepala desa tentang perbaikan yang dibutuhkan sebelum musim hujan "
    "berikutnya.\nBANDUNG - Di tempat lain, hujan deras turun.",  # no dateline this far down
])
def test_a_body_without_a_dateline_at_its_top_is_indexed_whole(body):
    assert dateline_end(body) == 0
    assert [t.text for t in body_analyzer()(body)] == [t.text for t in indonesian_analyzer()(body)]


def test_a_query_is_read_whole():
    """The query parser reads a typed "Jakarta - banjir" with the body's analyzer: nothing left
    out."""
    assert [t.text for t in body_analyzer()("Jakarta - banjir", mode="query")] == [
        "jakarta", "banjir"]

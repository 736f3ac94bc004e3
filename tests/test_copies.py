"""Copies are copies: near-duplicate folding ("Juga dimuat", `also_in`) shows syndicated copies of
one text as one hit, and never folds two texts whose numbers, names or places differ, short feed
items included. The example texts here are our own; the real ones are read from ../shared/corpus.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import corpus_file, run_kabar
from index.analysis import _words
from index.analysis.fingerprint import CopyKey, copy_key, copy_text, distance, facts, simhash
from index.extract.pipeline import make_article
from index.extract.regions import extract_regions
from index.sources.drafts import Draft
from index.sources.files import read_source
from search import open_index
from search.ranking import collapse_copies, copy_bits, is_copy

# A press release of our own, as two outlets carry it: their own headline, dateline and credit,
# and a few words changed.
RELEASE = """Pemerintah Kabupaten Katingan menyalurkan bantuan bibit karet kepada 1.250 petani di \
Kecamatan Tewang Sangalang Garing dan Kecamatan Pulau Malan. Penyerahan bantuan dilakukan Bupati \
Katingan Saiful Rahman Hadi di Balai Desa Tumbang Lahang, Kamis (14/8/2025).

Saiful mengatakan bantuan sebanyak 300.000 batang bibit karet unggul itu bersumber dari dana bagi \
hasil sawit tahun ini. Setiap petani menerima 240 batang untuk ditanam di lahan seluas satu hektare.

"Harga karet mulai membaik, dan kami ingin petani memiliki kebun yang produktif kembali dalam lima \
tahun ke depan," kata Saiful.

Kepala Dinas Pertanian Katingan, Marlina Sari Dewi, menjelaskan penerima bantuan dipilih dari \
kelompok tani yang sudah terdaftar dan aktif mengikuti penyuluhan. Dinas juga akan menurunkan 18 \
penyuluh untuk mendampingi petani sejak penanaman hingga panen pertama.

Menurut Marlina, luas kebun karet rakyat di Katingan saat ini mencapai 42.600 hektare, namun \
sepertiga di antaranya sudah tua dan tidak lagi menghasilkan getah yang memadai.

Salah seorang penerima, Yohanes Nyahu dari Desa Tumbang Lahang, berharap bantuan tersebut \
disertai pupuk agar bibit dapat tumbuh dengan baik. "Tanah kami cukup subur, tetapi pupuk masih \
mahal," ujarnya."""


def edited(text: str, *changes: tuple[str, str]) -> str:
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


FIRST_OUTLET = ("Pemkab Katingan Salurkan 300 Ribu Bibit Karet untuk 1.250 Petani",
                "KASONGAN, KaltengPos.co.id – " + RELEASE + " (Dewi Anggraini)")
SECOND_BODY = "Kasongan (Antara) – " + edited(
    RELEASE, ("Saiful mengatakan", "Saiful menyampaikan"),
    ("dilakukan Bupati", "dilakukan langsung oleh Bupati"), ("ujarnya", "tuturnya"))
SECOND_OUTLET = ("Bupati Katingan Serahkan Bibit Karet kepada 1.250 Petani", SECOND_BODY)

# Short feed items of our own: a title and the first sentences of a story.
QUAKE = ("Gempa bermagnitudo 6,1 mengguncang Kabupaten Sikka, Nusa Tenggara Timur, Senin pagi. "
         "Warga sempat berhamburan ke luar rumah.")
FEED_ITEM = ("BPBD Sikka Catat 12 Gempa Susulan hingga Pukul 10.00 WITA", QUAKE)


def opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in "'\"(‘’“"):
        if text[i] in "\n\"“":
            return True
        i -= 1
    if i < 0 or text[i] in ".!?:;\"\n“”":
        return True
    if text[i] not in "-–—":
        return False
    while i >= 0 and text[i] in "-–—":
        i -= 1
    return i >= 0 and text[i].isspace()


def tokens(text: str):
    """(start, run) for each run of decimal digits and each run of letters."""
    i = 0
    while i < len(text):
        end = i + 1
        if text[i].isdecimal() or text[i].isalpha():
            kind = str.isdecimal if text[i].isdecimal() else str.isalpha
            while end < len(text) and kind(text[end]):
                end += 1
            yield i, text[i:end]
        i = end


def reference_fact_words(texts: list[tuple[str, bool]]) -> tuple:
    """What _words.fact_words (index/analysis/_words.c) says it does, in Python."""
    numbers, acronyms, names, lowercase, count = set(), set(), set(), set(), 0
    for text, names_count in texts:
        for start, word in tokens(text):
            count += 1
            rest = word[1:]
            if word.isdecimal():
                numbers.add(str(int(word)))
            elif word[0].isupper() or word[0].istitle():
                if len(word) > 1 and (any(c.isupper() or c.istitle() for c in rest)
                                      or not any(c.islower() for c in rest)):
                    acronyms.add(word)
                elif names_count and not opens_sentence(text, start):
                    names.add(word.lower())
            elif all(c.islower() for c in word):
                lowercase.add(word)
    return numbers, acronyms, names - lowercase, count


texts_strategy = st.text(alphabet=st.sampled_from(
    list("aBcDé É0٣7 \n\t.,:;!?-–—'\"“”‘’()/xYzǅ中İ")), max_size=40) | st.text(max_size=200)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(texts_strategy, st.booleans()), max_size=3))
@example([("kata “Baru” lalu (Nama) ‘Lain x-Yes, dia: Ya; kata — Ana; kata -- Ada; x—Tidak",
           True)])
@example([("007 dan 00, ٠٣ lalu 1.250,5\nAwal dan ǅemal; dilansirAFP mK Budi budi", True),
          ("Judul Besar Sikka BMKG Yes", False), ("x Yes", True)])
def test_compiled_fact_words_do_what_they_say(texts: list[tuple[str, bool]]) -> None:
    assert _words.fact_words(texts) == reference_fact_words(texts)


def test_compiled_fact_words_on_real_articles() -> None:
    drafts = [d for d in read_source(str(corpus_file("berita-2015-08-25.csv")))
              if isinstance(d, Draft)][:300]
    for draft in drafts:
        texts = [(draft.body, True), (draft.title, False)]
        assert _words.fact_words(texts) == reference_fact_words(texts), draft.url


def key(title: str, body: str) -> CopyKey:
    provinces, regencies = extract_regions(title, body)
    return copy_key(title, body, provinces + regencies)


def test_the_facts_of_a_text() -> None:
    found = facts("Bupati tinjau 3 desa terdampak banjir di Katingan",
                  "KASONGAN, KaltengPos.co.id – Pemerintah kabupaten menyalurkan Rp1.250.000 "
                  "kepada warga Desa Tumbang Lahang. Menurut Saiful, bantuan dibagikan pukul "
                  "09.30 WIB oleh BPBD. Kepala dinas itu hadir. (Dewi Anggraini)",
                  ["Kabupaten Katingan"])
    assert {"1", "250", "0", "9", "30", "3"} <= found  # numbers, without leading zeros
    assert {"tumbang", "lahang", "saiful", "katingan", "wib", "bpbd"} <= found  # names
    assert "@Kabupaten Katingan" in found  # regions
    # a sentence's first word, a word also written in lowercase, the outlet's address, dateline
    # and credit are not facts
    for word in ("menurut", "pemerintah", "kepala", "kaltengpos", "kasongan", "dewi",
                 "anggraini", "desa"):
        assert word not in found, word
    # in a Title Case headline only acronyms count; in sentence case, names do
    assert facts("Gempa Susulan Guncang Sikka, BMKG Catat 12 Kali", "") == {"bmkg", "12"}
    assert facts("BMKG catat 12 gempa susulan di Sikka", "") == {"bmkg", "12", "sikka"}


def test_a_release_carried_by_two_outlets_is_one_story() -> None:
    first, second = key(*FIRST_OUTLET), key(*SECOND_OUTLET)
    assert first.facts == second.facts
    assert is_copy(first, second)


@pytest.mark.parametrize("change", [
    ("18 penyuluh", "28 penyuluh"),  # a number
    ("Marlina Sari Dewi", "Marlina Sari Putri"),  # a person
    ("Balai Desa Tumbang Lahang", "Balai Desa Tumbang Kaman"),  # a place
])
def test_one_changed_fact_makes_another_story(change: tuple[str, str]) -> None:
    first = key(*FIRST_OUTLET)
    other = key(SECOND_OUTLET[0], edited(SECOND_BODY, change))
    # as near as the true copy: the fingerprint alone would fold it
    assert distance(first.fingerprint, other.fingerprint) <= copy_bits(other.words)
    assert not is_copy(first, other)


def test_short_feed_items_fold_only_when_the_same() -> None:
    item = key(*FEED_ITEM)
    assert is_copy(item, key(*FEED_ITEM))  # the same item, carried again
    assert is_copy(item, key(FEED_ITEM[0], QUAKE.replace("berhamburan", "berlarian")))
    others = [
        ("BPBD Sikka Catat 4 Gempa Susulan hingga Pukul 12.00 WITA", QUAKE),  # numbers
        ("BPBD Ende Catat 12 Gempa Susulan hingga Pukul 10.00 WITA", QUAKE),  # a region
        ("Gempa Sikka: 4 Warga Luka Ringan", "Sebanyak 4 warga luka ringan. " + QUAKE),
        ("BPBD Sikka catat 12 gempa susulan di Maumere", QUAKE),  # a name
    ]
    for other in others:
        assert not is_copy(item, key(*other)), other[0]
    # only the title tells them apart: the body's fingerprint alone would have folded them
    assert distance(simhash(QUAKE), simhash(copy_text(*FEED_ITEM))) > 0


def naive_groups(keys: list[CopyKey]) -> list[list[int]]:
    """Every document compared with every group's first, in order: the rule, slowly."""
    groups: list[list[int]] = []
    for number, candidate in enumerate(keys):
        for group in groups:
            if is_copy(candidate, keys[group[0]]):
                group.append(number)
                break
        else:
            groups.append([number])
    return groups


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0, 1, 3, 7, 2**40 + 5, -(2**63)]),
                          st.sampled_from([11, 12, -5]), st.sampled_from([10, 49, 60, 300])),
                max_size=40))
def test_collapsing_compares_only_same_facts_and_keeps_the_rule(rows: list[tuple]) -> None:
    keys = [CopyKey(*row) for row in rows]
    order = np.arange(len(keys), dtype=np.int64)
    arrays = [np.array([k[i] for k in keys], dtype=np.int64) for i in range(3)]
    assert collapse_copies(order, *arrays) == naive_groups(keys)


def test_an_article_without_a_fingerprint_is_never_folded() -> None:
    order = np.arange(3, dtype=np.int64)
    missing = np.full(3, -1, dtype=np.int64)
    assert collapse_copies(order, missing, missing, np.full(3, 300)) == [[0], [1], [2]]


# Real articles: two Tribunnews feed items about one earthquake, with different facts, that an
# earlier Kabar showed as one; and one press release carried by three outlets in 2015.
QUAKE_ITEMS = [
    "https://www.tribunnews.com/regional/7869065/"
    "kepala-bnpb-sebut-31-gempa-susulan-terjadi-di-ntt-hingga-pukul-1500-wib",
    "https://www.tribunnews.com/regional/7869060/gempa-di-ntt-15-warga-manggarai-meninggal",
]
SYNDICATED = [
    "http://bisniskeuangan.kompas.com/read/xml/2015/08/25/081526526/"
    "PPN.Diskotek.Dihapus.Ini.Alasan.Pemerintah",
    "http://www.tribunnews.com/bisnis/2015/08/25/ini-alasan-pemerintah-hapus-ppn-diskotek",
    "http://www.republika.co.id/berita/ekonomi/makro/15/08/25/"
    "ntme0y335-ini-alasan-menkeu-hapus-pajak-hiburan",
]


def corpus_articles(name: str, ids: list[str]) -> list:
    wanted = {d.url: d for d in read_source(str(corpus_file(name)))
              if isinstance(d, Draft) and d.url in ids}
    assert sorted(wanted) == sorted(ids)
    return [make_article(wanted[i]) for i in ids]


def article_key(article) -> CopyKey:
    return copy_key(article.title, article.body, article.provinces + article.regencies)


def test_real_feed_items_with_other_facts_are_not_copies() -> None:
    first, second = corpus_articles("antara-rss-2026.json", QUAKE_ITEMS)
    # their teasers are near-identical: a fingerprint of the body alone folded them
    assert distance(simhash(first.body), simhash(second.body)) <= 12
    assert not is_copy(article_key(first), article_key(second))


def test_a_real_release_carried_by_three_outlets_is_one_story() -> None:
    keys = [article_key(a) for a in corpus_articles("berita-2015-08-25.csv", SYNDICATED)]
    assert all(is_copy(keys[0], other) for other in keys[1:])


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory) -> Path:
    """The 2015 export and the 2026 feed items."""
    index = tmp_path_factory.mktemp("copies") / "index"
    run_kabar("index", "build", str(corpus_file("berita-2015-08-25.csv")),
              str(corpus_file("antara-rss-2026.json")), index=index, check=True)
    return index


def test_search_results_fold_copies_and_only_copies(corpus_index: Path) -> None:
    engine = open_index(corpus_index)

    def stored_key(article_id: str) -> CopyKey:
        article = engine.get(article_id)
        return copy_key(html.unescape(article["title"]), article["body"],
                        article["provinces"] + article["regencies"])

    quake = engine.search("gempa ntt", limit=100)
    shown = {h["id"]: {c["id"] for c in h["also_in"]} for h in quake["hits"]}
    assert set(QUAKE_ITEMS) <= set(shown)  # both listed, neither under the other
    release = engine.search("ppn hiburan", limit=10)
    head = release["hits"][0]
    assert {head["id"], *(c["id"] for c in head["also_in"])} == set(SYNDICATED)
    folded = 0
    for query in ("gempa ntt", "rupiah", "pemerintah", "ppn hiburan", "devaluasi", "puso",
                  "motor listrik", ""):
        for hit in engine.search(query, limit=100)["hits"]:
            for copy in hit["also_in"]:
                folded += 1
                assert is_copy(stored_key(copy["id"]), stored_key(hit["id"])), \
                    (query, hit["title"], copy["title"])
    assert folded >= 6, "measured 6: a copy no longer folded fails"

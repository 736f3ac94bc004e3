"""Page furniture glued inside paragraphs, and the cue words that keep its search fast."""

from __future__ import annotations

from conftest import corpus_file
from index.cleaning import clean_text
from index.furniture import _patterns, strip_furniture
from index.readers import PendingRecord, read_source


def test_glued_phrases_are_removed_in_any_case():
    paragraphs = [
        "Pemkot menggelar rapat. BACA JUGA: Jalan Desa Diperbaiki.Warga hadir di balai kota.",
        "Bupati meninjau lokasi. (Simak pula: Banjir Surut di Katingan) Bantuan disalurkan.",
        "Jembatan diresmikan. Advertisement Scroll To Continue With Content Warga senang.",
        "Warga membaca juga koran: tidak ada yang dihapus di sini.",
    ]
    assert strip_furniture(paragraphs) == [
        "Pemkot menggelar rapat. Warga hadir di balai kota.",
        "Bupati meninjau lokasi. Bantuan disalurkan.",
        "Jembatan diresmikan. Warga senang.",
        "Warga membaca juga koran: tidak ada yang dihapus di sini.",
    ]


def test_every_match_contains_one_of_its_cues_on_the_corpus():
    """A pattern is only tried on paragraphs with one of its cue words: on real articles, no
    paragraph it matches lacks them."""
    inline = [(pattern, cues) for pattern, cues in _patterns()[2] if cues]
    assert inline
    matched = 0
    for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl"):
        records = (r.record for r in read_source(str(corpus_file(name)), defer=True)
                   if isinstance(r, PendingRecord))
        texts = (v for record in records for v in record.values() if isinstance(v, str))
        for text in texts:
            for paragraph in clean_text(text).split("\n\n"):
                for pattern, cues in inline:
                    if pattern.search(paragraph):
                        matched += 1
                        assert any(cue in paragraph.lower() for cue in cues), paragraph
    assert matched > 100

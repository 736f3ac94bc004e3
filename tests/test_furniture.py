"""Page furniture glued inside paragraphs, and the cue words that keep its search fast."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import lxml.html

from conftest import corpus_file
from index.sources.cleaning import clean_text
from index.sources.drafts import PendingRecord
from index.sources.files import read_source
from index.sources.furniture import _patterns, strip_furniture


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


def _corpus_texts() -> Iterator[str]:
    """The export records' text fields, and all the text of the saved HTML pages."""
    for name in ("detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl"):
        for result in read_source(str(corpus_file(name)), defer=True):
            if isinstance(result, PendingRecord):
                yield from (v for v in result.record.values() if isinstance(v, str))
    for page in sorted(corpus_file("html").glob("*.html")):
        yield lxml.html.fromstring(page.read_bytes()).text_content()


def test_every_match_contains_one_of_its_cues_on_the_corpus():
    """A pattern with cue words is only tried on paragraphs with one of them: on real
    articles, no paragraph it matches lacks them (a line pattern at the start, an inline one
    anywhere), and each such pattern matches somewhere."""
    cued = [(kind, pattern, cues) for kind, patterns in _patterns().items()
            for pattern, cues in patterns.patterns if cues]
    assert {kind for kind, _, _ in cued} == {"line", "inline"}
    matched = Counter()
    for text in _corpus_texts():
        for paragraph in clean_text(text).split("\n\n"):
            for kind, pattern, cues in cued:
                found = (pattern.search(paragraph) if kind == "inline"
                         else pattern.match(paragraph.strip()))
                if found:
                    matched[pattern.pattern] += 1
                    assert any(cue in paragraph.lower() for cue in cues), paragraph
    assert len(matched) == len(cued), matched

"""The speakers' links to the article's officials (index/extract/speakers.py), through the whole
extraction (make_article): every statement of a speaker links to the same official, however
many statements that speaker has, and a speaker who is no official links to none."""

from __future__ import annotations

from index.extract.pipeline import make_article
from index.sources.drafts import Draft

BODY = (
    "Gubernur Kalimantan Tengah Edy Pratowo meresmikan jembatan di Palangka Raya, Senin.\n"
    "\"Jembatan ini mempercepat distribusi hasil pertanian warga,\" kata Edy.\n"
    "\"Kami juga menyiapkan anggaran perawatan setiap tahun,\" ujar Edy Pratowo.\n"
    "Warga setempat, Budi Santoso, mengatakan jembatan itu sudah lama ditunggu warga desa.\n"
    "\"Dulu kami menyeberang dengan perahu,\" kata Budi.\n"
)


def test_each_statement_of_a_speaker_links_to_the_same_official():
    article = make_article(Draft("test", "test#links", "Jembatan baru", BODY))
    links = [(s["speaker"], s["official"]) for s in article.statements]
    governor = [official for speaker, official in links if speaker and "Edy" in speaker]
    assert len(governor) >= 2, links
    assert set(governor) == {"Edy Pratowo"}, links
    resident = [official for speaker, official in links if speaker and "Budi" in speaker]
    assert resident and set(resident) == {None}, links

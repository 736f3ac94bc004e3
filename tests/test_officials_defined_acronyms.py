"""Issue 15 (round 18 facet-clean): an acronym the article itself gives a body ("Balai Teknik
Perkeretaapian (BTP)") names that body there, not the public figure it is elsewhere an alias of
(BTP for Basuki Tjahaja Purnama in person_aliases.tsv); an alias the article spells out as the
figure's name still names them. The sentences are ours."""

from __future__ import annotations

from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(body: str, title: str) -> dict[str, str]:
    article = make_article(Draft("test", "test#1", title, body))
    return {o.name: o.role for o in article.officials}


def test_an_acronym_the_article_gives_an_office_is_no_figures_alias():
    title = "KPK Periksa Kepala BTP Semarang soal Proyek Rel"
    body = ("Penyidik memeriksa Kepala Balai Teknik Perkeretaapian (BTP) Kelas I Semarang Rudi "
            "Hartawan ...")
    found = officials(body, title)
    assert "Basuki Tjahaja Purnama" not in found
    assert "Rudi Hartawan" in found


def test_an_alias_spelt_out_by_the_article_still_names_the_figure():
    title = "SBY Hadiri Peringatan Hari Pahlawan"
    body = "Presiden keenam Susilo Bambang Yudhoyono (SBY) hadir di Surabaya, Senin ..."
    assert "Susilo Bambang Yudhoyono" in officials(body, title)

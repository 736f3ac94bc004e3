"""Officials against hand labels (bench/labels: the original labels and the held-out set, scored
by bench.eval_officials) and, rule by rule, on real articles of the shared corpus."""

from __future__ import annotations

import json

import pytest

from bench.eval_officials import LABEL_FILES, score_labels
from conftest import corpus_file
from extracted import officials

# --- Hand labels --------------------------------------------------------------------------------


def test_hand_labels():
    """The labels the extractor was first written against (54 articles)."""
    assert len(json.loads(LABEL_FILES["original"].read_text("utf-8"))) >= 25
    scores = score_labels(LABEL_FILES["original"])
    report = "\n".join(scores.notes)
    # measured 0.9162 and 1.0 (deterministic: the thresholds are the figures; 0.925 before the
    # wider role forms found one official the labels leave out, a predecessor named "Presiden";
    # 0.9199 before "Pimpinan KPK" found another: berita-2015-08-25.csv 595's "Calon pimpinan KPK
    # Mayjen (Purn) Hendardji Soepandji", a candidate for public office, whom these labels,
    # written before candidates counted, leave out)
    assert scores.f1 >= 0.916, f"officials F1 {scores.f1:.3f} on the hand labels\n{report}"
    assert scores.role_accuracy == 1.0, f"role accuracy {scores.role_accuracy:.3f}\n{report}"


def test_held_out_labels_are_a_fair_sample():
    """Articles picked at random (fixed seeds) from the corpus, labelled before the extractor was
    measured on them: ids and expected values only, none of them in the first labels."""
    held_out = json.loads(LABEL_FILES["heldout"].read_text("utf-8"))
    first = {(e["file"], e["id"]) for e in json.loads(LABEL_FILES["original"].read_text("utf-8"))}
    keys = [(entry["file"], entry["id"]) for entry in held_out]
    assert len(held_out) >= 40 and len(set(keys)) == len(keys)
    assert not first & set(keys)
    assert {file.split("/")[0] for file, _ in keys} >= {
        "detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl"
    }
    assert sum(1 for entry in held_out if not entry["officials"]) >= 10
    for entry in held_out:
        assert set(entry) == {"file", "id", "officials"}
        assert all(set(official) == {"name", "role"} for official in entry["officials"])


def test_held_out_labels():
    """What the extractor reaches on the held-out labels (92 articles, 86 officials): name F1
    0.958, roles 0.988 (0.9875), measured again for issue 19; deterministic, so the thresholds
    are the figures: any lost official fails."""
    scores = score_labels(LABEL_FILES["heldout"])
    report = "\n".join(scores.notes)
    assert scores.f1 >= 0.958, f"officials F1 {scores.f1:.3f} on the held-out labels\n{report}"
    assert scores.role_accuracy >= 0.987, f"role accuracy {scores.role_accuracy:.3f}\n{report}"


# --- The same rules on real articles ------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_drafts():
    """The corpus articles these tests name, by URL."""
    from index.sources.drafts import Draft
    from index.sources.files import read_source

    drafts = {}
    for name in ("berita-2015-08-25.csv", "indosum-dev.jsonl", "antara-rss-2026.json", "html"):
        for draft in read_source(str(corpus_file(name))):
            if isinstance(draft, Draft) and draft.url:
                drafts[draft.url] = draft
    return drafts


def _officials_of(drafts, url_part: str) -> list[tuple[str, str]]:
    [draft] = [d for url, d in drafts.items() if url_part in url]
    return officials(draft.body, draft.title)


@pytest.mark.parametrize(
    ("url_part", "present", "absent"),
    [
        ("ntlo1b317-harga-telur", ("Bima Arya", "Wali Kota Bogor"), "Arya"),
        ("Polres.Lhokseumawe.Serahkan",
         ("Teuku Rahmatsyah", "Kepala Kejaksaan Negeri Lhoksukon"), "Lhoksukon Teuku Rahmatsyah"),
        ("640310-thailand-butuh", ("Rajata Rajatanavin", "Menteri Kesehatan Publik"),
         "Publik Rajata Rajatanavin"),
        ("20161115221936-20-172897", ("Wandono", "Kepala Bidang Informasi Gempa Bumi dan "
                                      "Peringatan Dini Tsunami BMKG"), "Gempa Bumi"),
        ("antaranews.com/berita/595315", None, "Jokowi"),  # joined to the full name
    ],
)
def test_real_articles_name_people(corpus_drafts, url_part, present, absent):
    found = _officials_of(corpus_drafts, url_part)
    if present:
        assert present in found, found
    assert absent not in [name for name, _ in found], found


def test_real_articles_candidates_and_headlines(corpus_drafts):
    # "bakal calon gubernur dan wakil gubernur Jawa Barat Ridwan Kamil - Daniel Muttaqien"
    assert ("Ridwan Kamil", "Wakil Gubernur Jawa Barat") not in _officials_of(
        corpus_drafts, "20171107142706-32-254043")
    # "Mentan Ungkap ... yang Ditargetkan Prabowo": Prabowo is not the Menteri Pertanian
    assert ("Prabowo", "Menteri Pertanian") not in _officials_of(
        corpus_drafts, "7868993/mentan-ungkap")

"""A short cue with no comma before it splits a reported sentence when a short subject comes
before it and the speaker is named before (index/extract/statements/bare_cues.py). Sentences
written for these tests."""

from extracted import said

LEAD = "Kepala Dinas Pertanian Rudi Hartanto mengatakan panen tahun ini naik. "


def test_a_cue_with_no_comma_at_all_splits_the_clause():
    body = LEAD + "Hal itu kata Rudi juga berkat pupuk yang datang tepat waktu."
    speaker, _, _, text = said(body)[1]
    assert (speaker, text) == ("Rudi Hartanto",
                               "Hal itu kata Rudi juga berkat pupuk yang datang tepat waktu")


def test_a_cue_with_a_comma_only_after_the_name_splits_the_clause():
    body = LEAD + "Petani kata Rudi, masih membutuhkan bantuan benih untuk musim depan."
    speaker, _, _, text = said(body)[1]
    assert speaker == "Rudi Hartanto" and text.startswith("Petani kata Rudi, masih membutuhkan")


def test_the_noun_kata_after_a_subject_is_no_cue():
    body = LEAD + "Dalam bahasa Jawa kata Rudi berarti orang yang bijaksana."
    assert len(said(body)) == 1


def test_a_name_going_on_with_a_place_opens_no_clause():
    body = LEAD + "Hal itu kata Rudi di Bogor, Senin."
    assert len(said(body)) == 1


def test_a_name_the_article_has_not_written_before_is_no_speaker_here():
    body = LEAD + "Hal itu kata Sulastri juga berkat pupuk yang datang tepat waktu."
    assert len(said(body)) == 1


def test_the_doubled_noun_kata_kata_is_no_cue():
    body = LEAD + "Seturut kata-kata Rudi, petani tidak perlu khawatir soal harga."
    assert len(said(body)) == 1

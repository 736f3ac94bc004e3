"""The Indonesian analyzer and the schema it is pickled into."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

from whoosh import index as whoosh_index

from index.analysis.analyzer import (
    LEAD_TOKENS,
    SEARCHES_BEFORE_SET,
    AttestedLookup,
    _attested_lines,
    analyze,
    attested_words,
    body_analyzer,
    indonesian_analyzer,
    iter_words,
    stopwords,
    term_for,
    text_postings,
)
from index.store.schema import make_schema


def test_lowercases_stems_and_drops_tala_stopwords():
    assert analyze("Pembangunan yang Meningkatkan dan di") == ["bangun", "tingkat"]
    assert "yang" in stopwords() and "tersebut" in stopwords()


def test_reduplication_is_one_word():
    assert analyze("kota-kota program-program") == ["kota", "program"]
    assert analyze("antar-daerah COVID-19") == ["daerah", "covid", "19"]


def test_positions_follow_the_words():
    tokens = [(t.text, t.pos) for t in indonesian_analyzer()("Rapat kota-kota besar",
                                                              positions=True)]
    assert tokens == [("rapat", 0), ("kota", 1), ("besar", 2)]


def test_term_for_matches_the_analyzer():
    for word in ["Kompetensi", "meningkatkan", "kota-kota", "ASN"]:
        assert [term_for(word)] == analyze(word)
    assert term_for("yang") is None


def test_analyzer_pickles_and_reopens_from_an_index(tmp_path):
    analyzer = pickle.loads(pickle.dumps(indonesian_analyzer()))
    assert [t.text for t in analyzer("kunjungan")] == ["kunjung"]
    whoosh_index.create_in(str(tmp_path), make_schema())
    reopened = whoosh_index.open_dir(str(tmp_path)).schema["body"].analyzer
    assert [t.text for t in reopened("pembangunan daerah")] == ["bangun", "daerah"]


def test_word_families_meet_where_snowball_splits_them():
    # Snowball alone: mengunjungi -> unjung but kunjungan -> kunjung; meningkatkan -> ingkat
    assert analyze("mengunjungi kunjungan") == ["kunjung", "kunjung"]
    assert analyze("meningkatkan tingkat peningkatan") == ["tingkat"] * 3
    assert analyze("mengatakan kata") == ["kata", "kata"]
    assert analyze("menanam tanam") == ["tanam", "tanam"]
    # a vowel root of its own stays: mengambil is ambil, not kambil; mengurus is urus though
    # "kurus" is a word too
    assert analyze("mengambil diambil") == ["ambil", "ambil"]
    assert analyze("mengurus diurus") == ["urus", "urus"]
    # unless the k-word is far more common: "urang" is a word, but mengurangi is kurang
    assert analyze("mengurangi kurang") == ["kurang", "kurang"]


def test_an_apostrophe_between_letters_joins_them():
    # Qur'an, Ma'ruf, Mu'ti as one word, found by what people type ("quran", "maruf")
    assert analyze("Qur'an Ma'ruf Mu\u2019ti Jum'at") == ["quran", "maruf", "muti", "jumat"]
    assert analyze("Al-Qur'an") == ["al", "quran"]
    # English clitics, quotes and numbers stay apart
    assert analyze("Trump's don't 'bersih' 1'28") == ["trump", "s", "don", "t", "bersih", "1", "28"]


def test_the_compiled_words_are_the_patterns():
    text = "Qur'an-qur'an Trump's O\u2019Brien rock'n'roll x'1 kota-Kota 'Jum'at'"
    terms = text_postings(text, 0, 1.0)[0]
    assert sorted(t.decode() for t in terms) == sorted(set(analyze(text)))
    assert [m.group(0) for m in iter_words(text)] == [
        "Qur'an-qur'an", "Trump", "s", "O\u2019Brien", "rock'n'roll", "x", "1", "kota-Kota",
        "Jum'at"]


def test_ke_is_put_back_where_snowball_leaves_no_word():
    # Snowball alone: keluarga -> luarga, kembali -> mbali, kejutan -> jutan (beside "jutaan")
    assert analyze("keluarga keluarganya kembali kejutan kereta") == [
        "keluarga", "keluarga", "kembali", "kejutan", "kereta"]
    # ke-...-an around a root that is a word still finds the root
    assert analyze("kebakaran terbakar kesehatan sehat") == ["bakar", "bakar", "sehat", "sehat"]


def test_the_r_of_a_root_is_put_back_where_snowball_leaves_no_word():
    # Snowball alone: perumahan -> umah, berencana -> encana, terekam -> ekam, perawat -> awat
    assert analyze("perumahan rumah berencana perencanaan terekam perawat") == [
        "rumah", "rumah", "rencana", "rencana", "rekam", "rawat"]
    # a root that is a word stays: terancam is ter- + ancam, berakhir ber- + akhir
    assert analyze("terancam berakhir peraturan") == ["ancam", "akhir", "atur"]
    # a vowel word far rarer than its r-form is no evidence (tools/make_attested.py): "endah"
    # beside "rendah", "asa" beside "rasa"
    assert analyze("terendah rendah terasa perasaan rasa") == [
        "rendah", "rendah", "rasa", "rasa", "rasa"]


def test_a_root_that_begins_like_a_prefix_is_kept_whole():
    # Snowball alone: berita -> ita, terima -> ima, teroris -> oris, pesawat -> sawat
    assert analyze("berita pemberitaan diberitakan terima diterima menerima penerimaan") == [
        "berita"] * 3 + ["terima"] * 4
    assert analyze("teroris pesawat percaya kepercayaan") == [
        "teroris", "pesawat", "percaya", "percaya"]
    # pe-/me- + a root in m, not peN-/meN- + a root in p: pemain -> pain, memiliki -> pilik
    assert analyze("pemain memainkan dimainkan pemilik memiliki") == [
        "main", "main", "main", "milik", "milik"]
    # -mu and -nya of the root, not possessives: bertemu -> berte, bertanya -> berta
    assert analyze("bertemu pertemuan bertanya pertanyaan") == ["temu", "temu", "tanya", "tanya"]
    # peN- read in a word that is its own root: pengaruh -> aruh, penjara -> jara
    assert analyze("pengaruh mempengaruhi penjara dipenjara pensiun pensiunan penerima") == [
        "pengaruh", "pengaruh", "penjara", "penjara", "pensiun", "pensiun", "terima"]
    # a root's last i is no suffix -i: pegawai -> gawa
    assert analyze("pegawai pegawainya kepegawaian tersembunyi") == [
        "pegawai", "pegawai", "pegawai", "tersembunyi"]
    # meN- absorbed a k or t of a root that is rare alone but has di- and -an forms: put back
    assert analyze("mengecam dikecam menular ditularkan ular") == [
        "kecam", "kecam", "tular", "tular", "ular"]
    # a cut root with derived forms of its own stays: terlibat (melibatkan), berbasis (basis)
    assert analyze("terlibat melibatkan berbasis basis") == ["libat", "libat", "basis", "basis"]


def test_a_roots_own_ending_or_n_is_not_cut():
    # -ku, -kah, -lah of the root, not a possessive or a particle: pelaku -> pela,
    # menikah -> meni, sekolah -> seko
    assert analyze("pelaku pelakunya melakukan menikah pernikahan sekolah bersekolah") == [
        "laku", "laku", "laku", "nikah", "nikah", "sekolah", "sekolah"]
    # ...and -nya: ditanya -> dita; but a possessive is one: bukuku, bukunya are buku
    assert analyze("ditanya bertanya bukuku bukunya buku") == [
        "tanya", "tanya", "buku", "buku", "buku"]
    # per- + a word with no derived forms is one word: pertama -> tama, perkara -> kara
    assert analyze("pertama pertamanya perkara") == ["pertama", "pertama", "perkara"]
    # meN-/peN- + a root in n: menamakan -> tama, menantikan -> anti, menilai -> ila
    assert analyze("menamakan nama menanti menantikan menilai nilai menanam tanam") == [
        "nama", "nama", "nanti", "nanti", "nila", "nila", "tanam", "tanam"]
    # ...and meny-/peny- + a root in ny: menyatakan -> sata, penyanyi -> sanyi
    assert analyze("menyatakan pernyataan dinyatakan penyanyi bernyanyi menyusun disusun") == [
        "nyata", "nyata", "nyata", "nyanyi", "nyanyi", "susun", "susun"]


def test_an_amount_glued_to_its_currency_is_its_number():
    # headlines write "Rp774 Miliar"; bodies "Rp 774 miliar"; people type "774 miliar"
    assert analyze("Rp774 Miliar") == ["774", "miliar"]
    assert analyze("Rp 774 miliar") == ["rp", "774", "miliar"]
    assert analyze("Rp3.040 T RP10") == ["3", "040", "t", "10"]
    assert analyze("Rp rpm") == ["rp", "rpm"]


def test_names_titles_and_acronyms_are_not_stemmed():
    assert analyze("Katingan Kasongan bupati Bupatinya perangkat BPSDM") == [
        "katingan", "kasongan", "bupati", "bupati", "perangkat", "bpsdm"]
    # a stem that is a stopword would drown the word: media is not dia
    assert analyze("media") == ["media"]


def test_the_lead_weighs_more_than_the_tail():
    text = " ".join(["rapat"] * (LEAD_TOKENS + 5))
    boosts = [t.boost for t in body_analyzer()(text, positions=True)]
    assert boosts[:LEAD_TOKENS] == [1.5] * LEAD_TOKENS
    assert boosts[LEAD_TOKENS:] == [1.0] * 5


def test_attested_lookups_answer_as_the_set_before_and_after_it_is_built():
    words = sorted(attested_words())
    asked = [w for word in words[::7] for w in (word, word + "x", word[:-1], "x" + word)]
    lookup = AttestedLookup()
    answers = [w in lookup for w in asked]  # by binary search, then by the set
    assert lookup.searches == SEARCHES_BEFORE_SET < len(asked)
    assert answers == [w in attested_words() for w in asked]
    assert sum(answers) > len(words[::7])  # the words themselves, and more that are words
    assert "" not in lookup and "\uffff" not in lookup and 3 not in lookup


def test_the_shipped_attested_words_are_sorted_for_the_binary_search():
    lines, shipped, own = _attested_lines()
    assert shipped > 20_000 and not own  # the session's user folder is empty
    assert list(lines[:shipped]) == sorted(lines[:shipped])


def test_a_users_attested_words_are_found_in_any_order(tmp_path):
    (tmp_path / "attested_words.txt").write_text("zzkatabaru\naakatabaru\n", "utf-8")
    probe = ("from index.analysis.analyzer import ATTESTED, attested_words\n"
             "asked = ['zzkatabaru', 'aakatabaru', 'tingkat', 'mmkatabaru']\n"
             "print([w in ATTESTED for w in asked], [w in attested_words() for w in asked])")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env={**os.environ, "KABAR_DATA": str(tmp_path)})
    assert done.stdout.split("] [") == ["[True, True, True, False", "True, True, True, False]\n"]

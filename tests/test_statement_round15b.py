"""Who said it, round 15b of issue 17, on sentences written for these tests, not taken from the
corpus: a name whose last word is a stopword the text never writes in lower case ("Baim Wong"),
a person's description after a cue placed by "di" ("imbuh pria terkaya di dunia ini lagi"), and a
passive whose agent comes before the predicate ("disebut Lorenzo bisa ...")
(officials/joining.py's _fuller_name, statements/descriptions.py's described_back,
reported.py's _agent_passives, statement_cues.tsv's agent-passive)."""

from __future__ import annotations

from index.extract.statements import find_statements


def speakers(body: str) -> list[str | None]:
    return [s.speaker for s in find_statements(body)]


def test_a_name_ending_in_a_stopword_never_written_in_lower_case_is_completed():
    body = ('Aktor Tono Wong hadir di acara peluncuran film barunya.\n\n'
            '"Saya senang sekali bisa datang," kata Tono kepada wartawan.')
    assert speakers(body) == ["Tono Wong"]


def test_a_stopword_the_text_writes_in_lower_case_is_no_name_word():
    body = ('Pebulu tangkis Lin Dan dan rekannya tiba di Jakarta.\n\n'
            '"Kami siap bertanding," kata Lin kepada wartawan.')
    assert speakers(body) != ["Lin Dan"]


def test_a_heading_of_stopwords_after_a_name_completes_nothing():
    body = ('Sidang Rina Belum Bisa Digelar\n\n'
            'Rina Kartika menjalani pemeriksaan di rumah sakit.\n\n'
            '"Kondisinya membaik," kata Rina kepada wartawan.')
    assert speakers(body) == ["Rina Kartika"]


def test_a_description_placed_by_di_refers_back_to_the_person_named_before():
    body = ('Pengusaha Hendra Wijaya berbicara di depan mahasiswa.\n\n'
            '"Kita harus terus belajar," kata Hendra.\n\n'
            '"Hidup terasa hampa tanpa tujuan yang lebih tinggi," imbuh pria terkaya di negeri '
            'ini lagi.')
    assert speakers(body) == ["Hendra Wijaya", "Hendra Wijaya"]


def test_a_circumstance_after_the_description_still_names_no_one():
    body = ('Hendra Wijaya berbicara di depan mahasiswa.\n\n'
            '"Kita harus terus belajar," kata Hendra.\n\n'
            '"Semua harus ikut," kata petugas di lokasi saat ditemui.')
    assert speakers(body)[-1] is None


def test_a_passive_whose_agent_comes_before_the_predicate_is_the_agents_statement():
    body = ("Pebalap Joko Santoso menanggapi insiden di tikungan terakhir.\n\n"
            "Insiden yang dialami rekannya itu disebut Joko bisa menjadi pelajaran bagi pebalap "
            "muda agar tidak memacu motor terlalu kencang.")
    assert [(s.speaker, s.cue, s.direct) for s in find_statements(body)] == [
        ("Joko Santoso", "disebut", False)]


def test_a_passive_agent_without_a_predicate_after_it_says_nothing():
    for body in ("Rudi Hartono disebut Joko sebagai sahabat lamanya sejak kecil di kampung.",
                 "Harga beras yang dijual mahal dianggap Joko karena kualitasnya lebih baik."):
        assert speakers(body) == []

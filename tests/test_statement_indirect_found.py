"""Indirect statements found that were missed (issue 17, round 18b): a manner between a passive
speech verb and its agent ("diungkapkan secara terbuka oleh ..."). The sentences are our own
writing."""

from __future__ import annotations

import pytest

from index.extract.statements import find_statements


def indirect(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in find_statements(body) if not s.direct]


@pytest.mark.parametrize("body, speaker, said", [
    ("Ternyata, para pemain sempat gugup ketika tahu harus melawan juara bertahan. Hal ini "
     "diungkapkan secara terbuka oleh Rudi.", "Rudi",
     "Ternyata, para pemain sempat gugup ketika tahu harus melawan juara bertahan"),
    ("Layanan isi ulang saldo dihentikan mulai pekan ini. Pernyataan ini disampaikan langsung "
     "oleh Direktur Utama Siti Aminah.", "Siti Aminah",
     "Layanan isi ulang saldo dihentikan mulai pekan ini"),
    ("Pasar baru di kecamatan itu akan dibuka bulan depan. Hal tersebut diumumkan sendiri oleh "
     "Bupati Sleman Andi Kurniawan.", None, None),
])
def test_a_manner_before_the_agent(body: str, speaker: str | None, said: str | None) -> None:
    found = indirect(body)
    if said is None:  # "diumumkan" is no speech verb Kabar knows: nothing, as before
        assert found == []
    else:
        assert found == [(speaker, said)]


def test_the_manner_needs_oleh() -> None:
    # without "oleh" the words after the verb are read as before: the agent's own
    body = "Jalan itu rusak berat sejak banjir pekan lalu. Hal ini disampaikan pula warga desa."
    assert all(speaker is None or "pula" not in speaker for speaker, _ in indirect(body))


@pytest.mark.parametrize("body, speaker, said", [
    ("Panitia sudah memegang izin keramaian. Bahkan, surat izin tersebut juga diakui oleh Rudi "
     "sudah dikirim kepada kepolisian daerah.", "Rudi",
     "Bahkan, surat izin tersebut juga diakui oleh Rudi sudah dikirim kepada kepolisian daerah"),
    ("Nama grup baru itu pun diakui Siti belum dapat dipakai hingga sertifikatnya keluar.", "Siti",
     "Nama grup baru itu pun diakui Siti belum dapat dipakai hingga sertifikatnya keluar"),
])
def test_a_passive_verb_inside_its_clause(body: str, speaker: str, said: str) -> None:
    assert indirect(body) == [(speaker, said)]


@pytest.mark.parametrize("body", [
    # its agent is no name, or no predicate follows it, or a relative clause holds the verb
    "Tarian itu akhirnya diakui dunia internasional sebagai warisan budaya.",
    "Hasil undian itu diakui Rudi kepada wartawan di Jakarta.",
    "Secara sederhana, apa yang dikatakan Rudi adalah bahwa setiap tanda punya dua sisi.",
])
def test_no_agent_clause(body: str) -> None:
    assert [s.cue for s in find_statements(body) if s.cue in ("diakui", "dikatakan")] == []


@pytest.mark.parametrize("body, speaker, said", [
    ("Gelandang anyar klub itu, Rudi Hartono mengaku kecewa. Sebab, golnya tidak menyelamatkan "
     "timnya.", "Rudi Hartono", "kecewa"),
    ("Mengenai penampilan timnya di kandang lawan, Rudi mengaku sangat senang.", "Rudi",
     "sangat senang"),
    ("Soal tambahan pegawai yang diperiksa, Menteri Siti Aminah mengaku belum mengetahuinya.",
     "Siti Aminah", "belum mengetahuinya"),
])
def test_a_short_admission(body: str, speaker: str, said: str) -> None:
    assert indirect(body) == [(speaker, said)]


@pytest.mark.parametrize("body", [
    "Rudi menilai pembantunya.",  # a noun object after another verb: three words at least
    "Pria itu kepada warga mengaku Budi Santoso.",  # claiming to be someone
])
def test_no_short_admission(body: str) -> None:
    assert indirect(body) == []


@pytest.mark.parametrize("body", [
    "Ia sering mengucapkan kata Rudi tidak pernah ada.",  # a verb before: "kata" is a noun
    "Seperti kata Rudi, tidak ada yang abadi kecuali perubahan itu sendiri.",
    # a preposition's adjunct, and no name right after the word
    "Dengan nilai pasar sekitar Rp 12 triliun dan rugi tiap tahun, Rudi dituding terlalu mahal.",
])
def test_no_split_subject(body: str) -> None:
    assert [said for _, said in indirect(body) if said.startswith(body[:12])] == []

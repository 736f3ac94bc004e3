"""The phrase that names a speaker, read whole: an office opened by a title word the officials do
not know ("Koordinator"), a person's noun written with a capital and its modifier before the name,
an organisation whose name has a spaced hyphen, "Pihak" before a long form and its acronym, a
role's own short form in parentheses used later, and an ordinary person whose name is also a
public figure's alias. Sentences written for these tests."""

from __future__ import annotations

from index.extract.statements import Statement, find_statements


def said(body: str) -> list[Statement]:
    found = find_statements(body)
    assert found, body
    return found


def test_an_office_opened_by_koordinator_ends_with_the_name():
    body = ("\"Hasil pemeriksaan menunjukkan ada pelanggaran,\" kata Koordinator Divisi Hukum dan "
            "Penindakan Pelanggaran Bawaslu Jawa Barat Ahmad Yani.")
    statement = said(body)[0]
    assert statement.speaker == "Ahmad Yani"
    assert statement.role == ("Koordinator Divisi Hukum dan Penindakan Pelanggaran Bawaslu "
                              "Jawa Barat")


def test_a_capitalised_persons_noun_and_its_modifier_are_no_name():
    body = ("Sementara, menurut Psikolog anak Rina Wulandari, permainan itu tidak berbahaya bagi "
            "anak. \"Asal diawasi orang tua,\" katanya.")
    assert [s.speaker for s in said(body)] == ["Rina Wulandari", "Rina Wulandari"]
    assert said(body)[0].role == "Psikolog anak"


def test_a_spaced_hyphen_joins_an_organisations_name():
    body = "PT Sinar - Terang Abadi (STA) mengaku telah menjual 2.000 unit sepanjang tahun ini."
    assert said(body)[0].speaker == "PT Sinar - Terang Abadi (STA)"


def test_a_datelines_dash_is_no_part_of_an_organisations_name():
    body = ("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia (WHO) menyatakan kurangnya aktivitas "
            "fisik berbahaya bagi kesehatan.")
    assert said(body)[0].speaker == "Organisasi Kesehatan Dunia (WHO)"


def test_pihak_before_a_long_form_with_its_acronym_and_a_region():
    body = ("Pihak Komisi Pemilihan Umum (KPU) Jawa Tengah menyatakan tahapan pemilihan berjalan "
            "lancar.")
    assert said(body)[0].speaker == "Komisi Pemilihan Umum (KPU) Jawa Tengah"


def test_a_roles_short_form_in_parentheses_names_its_holder_later():
    body = ("Kepala Dinas Pekerjaan Umum (Kadis PU) Kota Bogor Budi Hartono meninjau jalan itu. "
            "\"Perbaikan selesai pekan depan,\" kata Kadis PU.")
    assert said(body)[-1].speaker == "Budi Hartono"


def test_an_ordinary_person_is_not_the_public_figure_of_the_same_alias():
    body = ("Banjir merendam desa itu sejak pekan lalu. Warga lainnya, Risma, mengaku baru "
            "pertama kali salat di atap rumah. \"Semoga banjir cepat surut,\" ujarnya.")
    assert [s.speaker for s in said(body)] == ["Risma", "Risma"]
    body = "\"Semoga banjir cepat surut,\" kata Risma, warga Desa Tua."
    assert said(body)[0].speaker == "Risma"


def test_the_public_figures_alias_stands_where_no_ordinary_person_is_written():
    body = "\"Semoga banjir cepat surut,\" kata Risma di Balai Kota Surabaya."
    assert said(body)[0].speaker == "Tri Rismaharini"


def test_the_agent_of_a_passive_verb_of_saying_is_whom_a_later_pronoun_means():
    body = ("Menteri Koordinator Bidang Politik Luhut Pandjaitan membantah kerja sama itu. "
            "Bantahan yang sama juga diungkap Menteri Komunikasi dan Informatika (Menkominfo) "
            "Rudiantara. Menurut dia, memang banyak pihak yang dilibatkan untuk membentuk sistem "
            "siber ini.")
    assert said(body)[-1].speaker == "Rudiantara"
    body = ("Bupati Sleman Budi Hartono mengatakan jalan itu segera diperbaiki. Hal senada "
            "disampaikan oleh Kepala Dinas Pekerjaan Umum Sleman Siti Rahayu. Ia menambahkan "
            "perbaikan dimulai bulan depan.")
    assert said(body)[-1].speaker == "Siti Rahayu"


def test_lebih_jelasnya_is_no_cue():
    body = ("\"Tidak ada kerja sama dengan CIA,\" kata Rudiantara usai acara di Jakarta. Lebih "
            "jelasnya, dalam siaran pers Kantor Staf Presiden, Luhut mengatakan jika Badan Cyber "
            "Nasional akan menggandeng berbagai lembaga.")
    assert [(s.speaker, s.cue) for s in said(body)] == [("Rudiantara", "kata"),
                                                         ("Luhut", "mengatakan")]


def test_a_capitalised_persons_noun_before_any_modifier():
    body = ("Sementara, menurut Psikolog klinis Zoya Paramitha, bermain gawai sejam sehari "
            "tidaklah berbahaya.")
    assert said(body)[0].speaker == "Zoya Paramitha"


def test_an_office_with_a_comma_inside_is_named_at_its_end():
    body = ("Otoritas Jasa Keuangan (OJK) menerima banyak laporan penipuan berkedok syariah "
            "sepanjang tahun ini. Hal ini diungkapkan oleh Kepala Eksekutif Pengawas Perilaku "
            "Pelaku Usaha Jasa Keuangan, Edukasi dan Perlindungan Konsumen (PEPK) Friderica "
            "Widyasari Dewi. \"Jumlahnya terus bertambah,\" jelasnya.")
    assert [s.speaker for s in said(body)] == ["Friderica Widyasari Dewi"] * 2


def test_kata_and_a_name_opening_a_sentence_without_a_comma():
    body = ("Menteri Sosial Budi Hartono mengatakan bantuan akan segera dicairkan. Kata Budi hal "
            "itu sudah dibahas dalam rapat kabinet.")
    statement = said(body)[-1]
    assert (statement.speaker, statement.cue, statement.text) == (
        "Budi Hartono", "Kata", "hal itu sudah dibahas dalam rapat kabinet")
    assert len(said("\"Bantuan segera cair,\" kata Budi Hartono. Kata Budi di Jakarta, "
                    "Senin.")) == 1


def test_the_agent_of_a_passive_inside_a_relative_clause_is_no_new_subject():
    body = ("Kepala Biro Humas Budi Hartono menegaskan lembaganya selalu berkoordinasi dengan "
            "polisi. Ketika ditanya tentang kritik seperti yang dikemukakan perwakilan Polri, "
            "Brigjen (Pol) Ahmad Sahroni, Budi enggan menanggapi. Itu saja jawaban saya untuk "
            "hari ini, katanya.")
    assert said(body)[-1].speaker == "Budi Hartono"

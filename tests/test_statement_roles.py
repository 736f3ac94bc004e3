"""Speakers named with a role the officials' reader does not pair (a company's, an association's
or a research firm's officer), and cue words that count only right after a quotation
(index/extract/statements/office_names.py, statement_cues.tsv kind after-quote), on sentences
written for these tests."""

from __future__ import annotations

from extracted import speakers_and_roles as speakers


def test_a_name_closing_an_association_office_is_the_speaker():
    body = ('"Industri baja kita harus dilindungi dari impor murah," ujar Ketua Umum ISSC '
            "Tegar Wirya Mandala dalam keterangan tertulis, Rabu (22/10/2025).")
    assert speakers(body) == [("Tegar Wirya Mandala", "Ketua Umum ISSC")]


def test_a_name_after_an_acronym_in_parentheses_is_the_speaker():
    body = ('"Kami menerima keputusan komite disiplin itu," kata Direktur Teknis Asosiasi Wasit '
            "Prancis (DTA) Pascal Garibaldi.\n\n")
    assert speakers(body) == [("Pascal Garibaldi", "Direktur Teknis Asosiasi Wasit Prancis (DTA)")]


def test_an_organisation_written_on_its_own_is_left_out_of_the_name():
    body = ("Menurut Kepala Ekonom Bank Sentosa Andra Wismoyo, saat ini momentum yang tepat "
            "untuk memangkas suku bunga. Bank Sentosa mencatat kredit naik. Andra menambahkan "
            "bahwa inflasi akan tetap rendah tahun ini.")
    assert speakers(body)[0] == ("Andra Wismoyo", "Kepala Ekonom Bank Sentosa")


def test_a_first_name_written_nowhere_else_stays_in_the_name():
    body = ('"Kami akan datang ke MA untuk meminta klarifikasi," ujar Ketua Generasi Muda Partai '
            "Golkar Ahmad Dolan Kurniawan di Kuala Lumpur, Senin. Dolan juga mengatakan bahwa "
            "pertemuan itu diatur secara rapi.")
    assert speakers(body)[0] == ("Ahmad Dolan Kurniawan", "Ketua Generasi Muda Partai Golkar")


def test_an_initial_inside_a_name_closing_an_office_is_no_word_of_its_own():
    body = ('"Kami menanam bakau bersama nelayan setempat," ujar Presiden Direktur Bumi Foundation '
            "Agung Satria R. Wardhana, dalam keterangan tertulis, Rabu (9/7/2025).")
    assert speakers(body) == [("Agung Satria R. Wardhana", "Presiden Direktur Bumi Foundation")]


def test_a_name_of_four_words_closing_an_office_is_still_no_name():
    body = ('"Kami menanam bakau bersama nelayan setempat," ujar Direktur Utama Bumi Foundation '
            "Agung Satria Wardhana Putra, dalam keterangan tertulis.")
    assert speakers(body)[0][0] is None


def test_an_office_alone_gives_no_speaker():
    body = ('"Pasokan beras aman sampai akhir tahun," kata Direktur Utama Perum Bulog di '
            "Jakarta, Selasa.")
    assert speakers(body) == [(None, "Direktur Utama Perum Bulog")]


def test_where_the_name_starts_unknown_gives_no_speaker():
    # four words after a company's name, none written again: no guess
    body = ('"Harga cabai akan terkendali," kata Direktur Utama PT Dharma Surya Adi Wibisono '
            "di Medan, Selasa.")
    assert speakers(body)[0][0] is None


def test_a_question_after_a_quote_is_the_askers():
    body = ('Rapat dibuka pagi ini. "Apakah setuju dengan usulan ini?" tanya Ketua Komisi VIII '
            'DPR RI Marwan Dasopang.\n\n"Setuju," jawab Ahmad Sulaiman, anggota komisi.')
    assert [s for s, _ in speakers(body)] == ["Marwan Dasopang", "Ahmad Sulaiman"]


def test_a_question_referred_back_to_gives_no_speaker():
    # in an exchange the person named last is the one who answers: no guess
    body = ('Anggota pansel Enny Nurbaningsih bertanya kepada Giri Suprapdiono. "Anda yakin '
            'dengan jawaban itu?" tanya pakar hukum tata negara tersebut. "Yakin bu. Saya yakin '
            'sudah selesai," jawab Giri.')
    assert [s for s, _ in speakers(body)] == [None, "Giri Suprapdiono"]


def test_a_place_after_the_circumstance_is_not_the_speaker():
    body = ('"Kenapa usia 41 tahun mau jadi komisioner?" tanya anggota pansel Supra Wimbarti di '
            "Sekretariat Negara, Jalan Veteran, Jakarta.")
    assert speakers(body) == [("Supra Wimbarti", "anggota pansel")]


def test_a_quote_only_cue_word_after_a_quote_names_the_speaker():
    body = 'Ia datang ke kantor. "Ini benar sekali dan kami senang," tutup Suastika Dewi.'
    assert speakers(body) == [("Suastika Dewi", None)]
    tweet = '"Sangat senang aku bisa kembali bermain hari ini," cuit Benzema lewat akunnya.'
    assert [s for s, _ in speakers(tweet)] == ["Benzema"]


def test_a_quote_only_cue_word_elsewhere_is_no_cue():
    body = "Toko itu tutup Senin dan Selasa karena libur panjang, kata Budi Santoso."
    assert speakers(body) == [("Budi Santoso", None)]


def test_an_office_in_lower_case_then_the_name():
    body = ('"Saya rasa demikian, sidang ditutup," kata ketua majelis hakim Baslin Sinaga.\n\n'
            "Terdakwa didakwa menerima uang.")
    assert speakers(body) == [("Baslin Sinaga", "ketua majelis hakim")]
    unnamed = '"Saya rasa demikian, sidang ditutup," kata ketua majelis hakim di ruang sidang.'
    assert speakers(unnamed)[0][0] is None


def test_a_group_after_the_cue_is_nobody_not_its_quantifier():
    for quantifier in ("para", "beberapa", "sejumlah", "semua"):
        body = (f'Rapat berlangsung lama. "Kami menolak usulan itu," jawab {quantifier} anggota '
                "dewan. Sidang ditutup pukul 17.00 WIB.")
        assert speakers(body) == [(None, None)], quantifier

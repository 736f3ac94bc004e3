"""One person, one official: the evidence index/people.py reads beyond a shared role (a body
served in, a kabupaten/kota, another order of the words, a verb glued on, the ways "Muhammad" is
written), and what keeps two people apart (an office numbered differently), on names we wrote;
then bench/identity_lookalikes.py's count on a real index of articles written for this test."""

from __future__ import annotations

import pytest

from bench.identity_lookalikes import kind, lookalikes
from conftest import build_release_index
from index import role_compare
from index.people import Evidence, name_key, resolve
from search import open_index


def identities(regions=None, companions=None,
               **written: tuple[int, set[str]]) -> dict[str, str]:
    """Written name (underscores for spaces) -> the name its identity is shown by."""
    evidence = {name.replace("_", " "): Evidence(count, frozenset(roles))
                for name, (count, roles) in written.items()}
    regions_of = None if regions is None else (lambda name: frozenset(regions.get(name, ())))
    companions_of = None if companions is None else (
        lambda name: frozenset(companions.get(name, ())))
    return {name: identity.name
            for name, identity in resolve(evidence, regions_of, companions_of).items()}


def test_a_former_holder_held_the_office_and_fillers_do_not_change_it():
    assert role_compare.roles_shared({"Mantan Ketua KPU"}, {"Ketua KPU"})
    assert role_compare.roles_shared({"Eks Bupati Katingan"}, {"Bupati Katingan"})
    assert role_compare.role_words("Sekretaris Daerah Pemprov Kalimantan Tengah") == (
        role_compare.role_words("Sekretaris Daerah Kalimantan Tengah"))
    assert role_compare.roles_shared({"Kepala Bareskrim Mabes Polri"},
                                     {"Kepala Bareskrim Polri"})
    assert role_compare.role_words("Mantan") == ("mantan",)  # a word alone is kept
    # an institution's two acronyms are one ("Kemlu", "Kemenlu": Kementerian Luar Negeri)
    assert role_compare.roles_shared({"Direktur Jenderal Asia Kemlu"},
                               {"Direktur Jenderal Asia Kementerian Luar Negeri"})
    assert not role_compare.roles_shared({"Mantan Ketua KPU"}, {"Ketua KPK"})


def test_an_office_numbered_differently_is_two_holders():
    assert role_compare.role_ordinal("Presiden RI ke-5") == (("presiden",), 5)
    assert role_compare.role_ordinal("Mantan Presiden Kelima") == (("presiden",), 5)
    assert role_compare.role_ordinal("Presiden") is None
    assert role_compare.roles_shared({"Presiden"}, {"Presiden kelima"})
    assert not role_compare.roles_shared({"Presiden", "Presiden pertama"}, {"Presiden kelima"})
    assert role_compare.roles_shared({"Presiden ke-5"}, {"Presiden kelima", "Presiden"})
    # the father's name inside his daughter's: the first president is not the fifth
    shown = identities(Sutarmo=(6, {"Presiden", "Presiden pertama"}),
                       Wulan_Sutarmo_Putri=(1, {"Mantan Presiden RI Kelima"}))
    assert shown["Sutarmo"] == "Sutarmo"


def test_the_body_a_role_serves_in():
    assert role_compare.role_body("Direktur Utama BPJS Kesehatan") == ("bpjs", "kesehatan")
    assert role_compare.role_body("Kepala Badan Pemeriksa Keuangan") == ("bpk",)
    assert role_compare.role_body("Ketua PTUN Palangka Raya") == ("ptun", "palangka", "raya")
    assert role_compare.role_body("Anggota DPRD") == ()  # every region has one
    assert role_compare.role_body("Anggota DPRD Katingan") == ("dprd", "katingan")
    assert role_compare.role_body("Duta Besar RI di Kairo") == ()  # the republic is no one body
    assert role_compare.role_body("Camat Pahandut") == ()


def test_two_spellings_of_a_name_serving_one_body_are_one_person():
    shown = identities(Darius_Hutapea=(3, {"Direktur Penyidikan KPK"}),
                       Darius_Hutapia=(1, {"Direktur Penyidik Komisi Pemberantasan Korupsi"}),
                       Achmad_Sukirno=(1, {"Anggota Komisi IV DPR RI"}),
                       Ahmad_Sukirno=(2, {"Wakil Ketua Fraksi Hanura DPR"}))
    assert shown["Darius Hutapia"] == "Darius Hutapea"  # one letter apart, both of the KPK
    assert shown["Achmad Sukirno"] == "Ahmad Sukirno"  # ch/h, both of the DPR
    # another body, or one every region has named without its place: two people
    shown = identities(Darius_Hutapea=(3, {"Ketua KPU"}),
                       Darius_Hutapia=(1, {"Direktur Penyidikan KPK"}),
                       Achmad_Sukirno=(1, {"Anggota DPRD"}), Ahmad_Sukirno=(2, {"Ketua DPRD"}))
    assert len(set(shown.values())) == 4
    # a name of one word has too little to go on, whatever body
    assert identities(Sukirno=(1, {"Ketua KPK"}), Soekirno=(1, {"Wakil Ketua KPK"}))[
        "Soekirno"] == "Soekirno"


def test_an_initial_for_a_word_serving_the_same_body():
    shown = identities(M_Sutanto=(2, {"Asisten Operasi Mabes Polri"}),
                       Mochamad_Sutanto=(1, {"Asisten Kapolri Bidang Operasi Polri"}))
    assert shown["M Sutanto"] == "Mochamad Sutanto" or shown["Mochamad Sutanto"] == "M Sutanto"
    # a word left out is not an initial: the body is not enough there
    shown = identities(Sutanto_Wibowo=(1, {"Anggota Komisi II DPR"}),
                       Sutanto_Adi_Wibowo=(1, {"Wakil Ketua Komisi IX DPR"}))
    assert shown["Sutanto Wibowo"] == "Sutanto Wibowo"


def test_a_spelling_with_no_role_is_the_only_person_so_written():
    shown = identities(Achmad_Sukirno=(1, set()), Ahmad_Sukirno=(2, {"Bupati Katingan"}))
    assert shown["Achmad Sukirno"] == "Ahmad Sukirno"
    # two people so written (no role shared): the name with no role could be either
    shown = identities(Achmad_Sukirno=(1, set()), Ahmad_Sukirno=(2, {"Bupati Katingan"}),
                       Ahmad_Soekirno=(1, {"Camat Pahandut"}))
    assert shown["Achmad Sukirno"] == "Achmad Sukirno"
    # one word is too little, and one letter apart is another name
    assert identities(Sukirno=(1, set()), Soekirno=(3, {"Bupati Katingan"}))[
        "Sukirno"] == "Sukirno"
    assert identities(Ahmad_Sukirna=(1, set()), Ahmad_Sukirno=(2, {"Bupati Katingan"}))[
        "Ahmad Sukirna"] == "Ahmad Sukirna"
    # the same letters, a space apart
    assert identities(Wulan_Sutarmo_Putri=(1, {"Ketua Dewan Pengarah BRIN"}),
                      Wulan_Sutarmoputri=(5, {"Ketua Dewan Pengarah BRIN"}))[
        "Wulan Sutarmo Putri"] == "Wulan Sutarmoputri"


def test_one_letter_apart_in_articles_about_the_same_kabupaten():
    regions = {"Edi Rahmanto": {"Kabupaten Katingan"}, "Edi Rahmato": {"Kabupaten Katingan"}}
    shown = identities(regions, Edi_Rahmanto=(4, {"Calon Gubernur"}), Edi_Rahmato=(1, {"Camat"}))
    assert shown["Edi Rahmato"] == "Edi Rahmanto"
    regions["Edi Rahmato"] = {"Kota Palangka Raya"}
    shown = identities(regions, Edi_Rahmanto=(4, {"Calon Gubernur"}), Edi_Rahmato=(1, {"Camat"}))
    assert shown["Edi Rahmato"] == "Edi Rahmato"
    # one of the KPU, the other of the KPK: the same city is no evidence against that
    regions = {"Arif Budiman": {"Kota Palangka Raya"}, "Aris Budiman": {"Kota Palangka Raya"}}
    shown = identities(regions, Arif_Budiman=(4, {"Ketua KPU"}),
                       Aris_Budiman=(2, {"Direktur Penyidikan KPK"}))
    assert shown["Aris Budiman"] == "Aris Budiman"


def test_one_letter_apart_in_articles_naming_one_person_few_name():
    # a running mate named with both spellings of a candidate that no role tells apart
    companions = {"Rosalina Pardede": {"Hendrikus Manullang", "Joko Santoso"},
                  "Rosalina Pardade": {"Hendrikus Manullang"}}
    shown = identities(None, companions, Rosalina_Pardede=(3, set()),
                       Rosalina_Pardade=(1, {"Calon Wakil Gubernur"}))
    assert shown["Rosalina Pardade"] == "Rosalina Pardede"
    # the companion written two ways, that spelling joined on its own evidence
    companions["Rosalina Pardade"] = {"Hendrikus Manulang"}
    shown = identities(None, companions, Rosalina_Pardede=(3, set()),
                       Rosalina_Pardade=(1, {"Calon Wakil Gubernur"}),
                       Hendrikus_Manullang=(2, {"Calon Gubernur"}),
                       Hendrikus_Manulang=(1, {"Calon Gubernur"}))
    assert shown["Rosalina Pardade"] == "Rosalina Pardede"
    # nobody named with both: apart; nor one of the KPU and one of the KPK, whoever is named
    companions["Rosalina Pardade"] = {"Markus Sinaga"}
    shown = identities(None, companions, Rosalina_Pardede=(3, set()),
                       Rosalina_Pardade=(1, {"Calon Wakil Gubernur"}))
    assert shown["Rosalina Pardade"] == "Rosalina Pardade"
    companions = {"Arif Budiman": {"Markus Sinaga"}, "Aris Budiman": {"Markus Sinaga"}}
    shown = identities(None, companions, Arif_Budiman=(4, {"Ketua KPU"}),
                       Aris_Budiman=(2, {"Direktur Penyidikan KPK"}))
    assert shown["Aris Budiman"] == "Aris Budiman"
    # a name of one word is never joined so
    companions = {"Sutarno": {"Markus Sinaga"}, "Sutarna": {"Markus Sinaga"}}
    assert identities(None, companions, Sutarno=(2, {"Camat"}),
                      Sutarna=(1, {"Lurah"}))["Sutarna"] == "Sutarna"


def test_a_short_form_with_no_role_named_with_the_fuller_names_running_mate():
    companions = {"Lina Marpaung": {"Hendrikus Manullang"},
                  "Lina Marpaung Siregar": {"Hendrikus Manullang", "Yusuf Batubara"}}
    shown = identities(None, companions, Lina_Marpaung=(1, set()),
                       Lina_Marpaung_Siregar=(1, set()))
    assert shown["Lina Marpaung"] == "Lina Marpaung Siregar"
    # two people it fits named with that companion: neither; nobody shared: apart
    companions["Lina Marpaung Nainggolan"] = {"Hendrikus Manullang"}
    shown = identities(None, companions, Lina_Marpaung=(1, set()),
                       Lina_Marpaung_Siregar=(1, set()), Lina_Marpaung_Nainggolan=(1, set()))
    assert shown["Lina Marpaung"] == "Lina Marpaung"
    companions = {"Lina Marpaung": {"Yusuf Batubara"},
                  "Lina Marpaung Siregar": {"Hendrikus Manullang"}}
    shown = identities(None, companions, Lina_Marpaung=(1, set()),
                       Lina_Marpaung_Siregar=(1, set()))
    assert shown["Lina Marpaung"] == "Lina Marpaung"
    # with a role of its own, a role shared decides (the short forms' rule): not a companion
    companions = {"Lina Marpaung": {"Hendrikus Manullang"},
                  "Lina Marpaung Siregar": {"Hendrikus Manullang"}}
    shown = identities(None, companions, Lina_Marpaung=(1, {"Camat Pahandut"}),
                       Lina_Marpaung_Siregar=(1, {"Bupati Katingan"}))
    assert shown["Lina Marpaung"] == "Lina Marpaung"


def test_a_name_of_three_long_words_one_letter_apart():
    shown = identities(Yohanes_Benedictus_Sitompul=(3, {"Juru Bicara Kepresidenan"}),
                       Yohanes_Benediktus_Sitompul=(1, {"Wakil Ketua KPK"}),
                       Abdul_Kadir_Siregar=(2, {"Duta Besar RI di Ottawa"}),
                       Abdul_Qadir_Siregar=(1, {"Konsul Jenderal RI di New York"}))
    assert shown["Yohanes Benediktus Sitompul"] == "Yohanes Benedictus Sitompul"
    assert shown["Abdul Qadir Siregar"] == "Abdul Kadir Siregar"
    # two words, or a word of two letters the third, or bodies that differ: the roles decide
    shown = identities(Benedictus_Sitompul=(3, {"Juru Bicara Kepresidenan"}),
                       Benediktus_Sitompul=(1, {"Wakil Ketua KPK"}),
                       Yusuf_Al_Batubara=(2, {"Bupati Katingan"}),
                       Yusuf_Al_Batubari=(1, {"Camat Pahandut"}),
                       Arif_Budiman_Lubis=(4, {"Ketua KPU"}),
                       Aris_Budiman_Lubis=(2, {"Direktur Penyidikan KPK"}))
    assert len(set(shown.values())) == 6


def test_the_same_words_in_another_order():
    shown = identities(Lalu_Saleh_Hamid=(2, {"Direktur Perlindungan WNI"}),
                       Lalu_Hamid_Saleh=(1, {"Direktur Perlindungan WNI Kemlu"}))
    assert shown["Lalu Hamid Saleh"] == shown["Lalu Saleh Hamid"]
    shown = identities(Lalu_Saleh_Hamid=(2, {"Bupati Katingan"}),
                       Lalu_Hamid_Saleh=(1, {"Camat Pahandut"}))
    assert shown["Lalu Hamid Saleh"] != shown["Lalu Saleh Hamid"]


def test_a_verb_glued_on_a_name():
    shown = identities(Yohanes_Sitorusmengatakan=(1, {"Bupati Katingan"}),
                       Yohanes_Sitorus=(5, {"Bupati Katingan"}),
                       Rina_Santosaputri=(1, {"Bupati Katingan"}),
                       Rina_Santosa=(5, {"Bupati Katingan"}))
    assert shown["Yohanes Sitorusmengatakan"] == "Yohanes Sitorus"
    assert shown["Rina Santosaputri"] == "Rina Santosaputri"  # names end so: no verb
    assert identities(Yohanes_Sitorusmengatakan=(1, {"Camat Pahandut"}),
                      Yohanes_Sitorus=(5, {"Bupati Katingan"}))[
        "Yohanes Sitorusmengatakan"] == "Yohanes Sitorusmengatakan"  # and a role shared


def test_the_ways_of_writing_muhammad():
    shown = identities(Moh_Darwis_Hakim=(2, {"Menteri Lingkungan Hidup"}),
                       Muhammad_Darwis_Hakim=(1, {"Menteri Lingkungan Hidup"}),
                       Darwis_Hakim=(1, {"Menteri Lingkungan Hidup"}))
    assert set(shown.values()) == {"Moh Darwis Hakim"}
    # an initial alone is not the name written out: "M" stands for many
    shown = identities(M_Darwis=(1, {"Kepala Polres Katingan"}),
                       Mahmud_Darwis=(1, {"Bupati Katingan"}))
    assert shown["M Darwis"] == "M Darwis"


def test_the_balinese_article_i_or_ni_before_a_name():
    shown = identities(I_Nyoman_Darmaputra=(2, {"Wakil Gubernur Bali"}),
                       Nyoman_Darmaputra=(3, {"Ketua DPD Partai Golkar Bali"}),
                       Ni_Luh_Sekarwati=(1, set()), Luh_Sekarwati=(2, {"Bupati Gianyar"}))
    assert shown["I Nyoman Darmaputra"] == shown["Nyoman Darmaputra"]
    assert shown["Ni Luh Sekarwati"] == shown["Luh Sekarwati"]
    # only before a Balinese name: "I" is an initial elsewhere; and two words are left at least
    shown = identities(I_Hendra_Saputra=(1, {"Camat Pahandut"}),
                       Hendra_Saputra=(2, {"Bupati Katingan"}),
                       I_Ketut=(1, {"Camat Pahandut"}), Ketut=(2, {"Bupati Katingan"}))
    assert shown["I Hendra Saputra"] != shown["Hendra Saputra"]
    assert shown["I Ketut"] != shown["Ketut"]


def test_a_short_form_goes_to_the_only_one_sharing_each_of_its_roles():
    shown = identities(Rina=(2, {"Menteri BUMN", "Menteri"}),
                       Rina_Sukmawati=(9, {"Menteri BUMN"}),
                       Rina_Widiastuti=(6, {"Menteri PANRB"}))
    assert shown["Rina"] == "Rina Sukmawati"
    # a bare title is held by too many: "Bupati" could be either
    shown = identities(Rina=(1, {"Bupati"}), Rina_Sukmawati=(2, {"Bupati"}),
                       Rina_Widiastuti=(2, {"Bupati Katingan"}))
    assert shown["Rina"] == "Rina"
    # a role the fuller name never held: not hers alone
    shown = identities(Rina=(2, {"Menteri BUMN", "Panglima"}),
                       Rina_Sukmawati=(9, {"Menteri BUMN"}),
                       Rina_Widiastuti=(6, {"Panglima TNI"}))
    assert shown["Rina"] == "Rina"


def test_how_two_written_names_look_alike():
    assert kind(name_key("Ahmad Sukirno"), name_key("Achmad Sukirno")) == "spelling"
    assert kind(name_key("Wulan Sutarmo Putri"), name_key("Wulan Sutarmoputri")) == "spelling"
    assert kind(name_key("Darius Hutapea"), name_key("Darius Hutapia")) == "one letter"
    assert kind(name_key("M. Sutanto"), name_key("Mochamad Sutanto")) == "short form"
    assert kind(name_key("Lalu Saleh Hamid"), name_key("Lalu Hamid Saleh")) == "order"
    assert kind(name_key("Yohanes Sitorusmengatakan"), name_key("Yohanes Sitorus")) == "glued"
    assert kind(name_key("Budi"), name_key("Budi Sutanto")) is None  # one word: not counted
    assert kind(name_key("Budi Sutanto"), name_key("Rina Santosa")) is None


ARTICLES = [
    ("Bendungan Katingan", "Direktur Penyidikan KPK Darius Hutapea memeriksa saksi.",
     "2017-03-01"),
    ("Saksi Baru", "Direktur Penyidik KPK Darius Hutapia menyebut saksi itu penting.",
     "2017-04-02"),
    # a governor named in more articles than a companion may be (3, at this size): no evidence
    ("Jembatan", "Bupati Katingan Sutarno Wijaya meresmikan jembatan di Katingan bersama "
     "Gubernur Kalimantan Tengah Markus Sinaga.", "2018-06-02"),
    ("Pasar", "Camat Pahandut Sutarno Wijayo meninjau pasar di Palangka Raya bersama Gubernur "
     "Kalimantan Tengah Markus Sinaga.", "2018-07-02"),
    ("Banjir", "Gubernur Kalimantan Tengah Markus Sinaga meninjau banjir.", "2018-08-02"),
    ("Sekolah", "Gubernur Kalimantan Tengah Markus Sinaga meresmikan sekolah.", "2018-09-02"),
    # one running mate, written one letter apart, with roles that tell nothing
    ("Deklarasi", "Calon Gubernur Hendrikus Manullang dan Calon Wakil Gubernur Rosalina "
     "Pardede mendaftar ke KPU.", "2018-01-05"),
    ("Kampanye", "Wakil Ketua DPRD Rosalina Pardade mendampingi Calon Gubernur "
     "Hendrikus Manullang berkampanye.", "2018-02-05"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evidence")
    engine = open_index(build_release_index(folder, ARTICLES))
    yield engine
    engine.close()


def test_people_of_a_real_index_and_the_pairs_that_still_look_alike(engine):
    everyone = {person["name"]: person for person in engine.people()}
    darius = engine.official("Darius Hutapia")["name"]
    assert set(everyone[darius]["names"]) == {"Darius Hutapea", "Darius Hutapia"}
    assert everyone[darius]["articles"] == 2
    # the Bupati and the Camat, one letter apart, no body or kabupaten shared: kept apart,
    # and counted as a pair to read
    assert "Sutarno Wijaya" in everyone and "Sutarno Wijayo" in everyone
    assert engine.official("Markus Sinaga")["articles"] == 4
    rosalina = engine.official("Rosalina Pardade")
    assert rosalina["name"] == engine.official("Rosalina Pardede")["name"]
    assert rosalina["articles"] == 2
    alike = [(how, one["name"], other["name"]) for how, one, other in lookalikes(everyone.values())]
    assert alike == [("one letter", "Sutarno Wijaya", "Sutarno Wijayo")]

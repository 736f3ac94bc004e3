"""One person, one official: the rules of index/people.py on names of our own, then a real index
of articles written for this test, searched and shown through the engine and the web UI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import build_release_index
from index import people, role_compare
from index.people import Evidence, is_short_form, name_key, resolve
from search import identities as identities_module
from search import open_index
from webui import create_app


def identities(**written: tuple[int, set[str]]) -> dict[str, str]:
    """Written name (underscores for spaces) -> the name its identity is shown by."""
    evidence = {name.replace("_", " "): Evidence(count, frozenset(roles))
                for name, (count, roles) in written.items()}
    return {name: identity.name for name, identity in resolve(evidence).items()}


# --- The rules ----------------------------------------------------------------------------------


def test_a_short_form_joins_the_full_name_it_shares_a_role_with():
    shown = identities(Prabowo_Subianto=(50, {"Presiden"}), Prabowo=(10, {"Presiden RI"}),
                       Listyo_Sigit_Prabowo=(5, {"Kepala Kepolisian Negara Republik Indonesia"}),
                       Hadi_Prabowo=(2, {"Sekretaris Jenderal Kemendagri"}))
    assert shown["Prabowo"] == "Prabowo Subianto"
    # a surname shared with other people, and no role shared with them: three people
    assert shown["Listyo Sigit Prabowo"] == "Listyo Sigit Prabowo"
    assert shown["Hadi Prabowo"] == "Hadi Prabowo"


def test_people_sharing_a_first_name_stay_apart_without_a_shared_role():
    shown = identities(Budi=(3, {"Menteri Perdagangan"}),
                       Budi_Santoso=(8, {"Menteri Perdagangan"}),
                       Budi_Gunawan_Sadikin=(9, {"Menteri Kesehatan"}),
                       Budi_Hartono=(4, {"Bupati Katingan"}))
    assert shown["Budi"] == "Budi Santoso"
    assert shown["Budi Gunawan Sadikin"] == "Budi Gunawan Sadikin"
    assert shown["Budi Hartono"] == "Budi Hartono"
    # a short form with no role in common with anyone stays itself
    assert identities(Edy=(1, {"Camat Pahandut"}), Edy_Pratowo=(5, {"Wakil Gubernur"}))[
        "Edy"] == "Edy"


def test_a_full_name_written_two_ways_is_one_person_through_the_short_form_they_share():
    shown = identities(Tito_Karnavian=(50, {"Menteri Dalam Negeri", "Kepala Polri"}),
                       Muhammad_Tito_Karnavian=(8, {"Menteri Dalam Negeri"}),
                       M__Tito_Karnavian=(1, {"Kepala Polri"}))
    assert set(shown.values()) == {"Tito Karnavian"}
    # two different fuller names a short form fits (neither a short form of the other) stay
    # apart, and the short form with them
    shown = identities(Ahmad=(2, {"Bupati"}), Ahmad_Yani=(3, {"Bupati Katingan"}),
                       Ahmad_Dahlan=(3, {"Bupati Bantul"}))
    assert shown == {"Ahmad": "Ahmad", "Ahmad Yani": "Ahmad Yani", "Ahmad Dahlan": "Ahmad Dahlan"}
    # without a role shared with each, no join: "Tito" the Camat is someone else
    shown = identities(Tito=(2, {"Camat Pahandut"}), Muhammad_Tito_Karnavian=(8, {"Mendagri"}),
                       M__Tito_Karnavian=(1, {"Kepala Polri"}))
    assert shown["Tito"] == "Tito"


def test_a_short_form_that_fits_two_people_stays_apart_unless_a_region_tells():
    evidence = {"Ahmad": Evidence(2, frozenset({"Bupati"})),
                "Ahmad Yani": Evidence(3, frozenset({"Bupati Katingan"})),
                "Ahmad Dahlan": Evidence(3, frozenset({"Bupati Bantul"}))}
    assert resolve(evidence)["Ahmad"].name == "Ahmad"
    regions = {"Ahmad": {"Kabupaten Bantul"}, "Ahmad Yani": {"Kabupaten Katingan"},
               "Ahmad Dahlan": {"Kabupaten Bantul"}}
    joined = resolve(evidence, lambda name: frozenset(regions[name]))
    assert joined["Ahmad"].name == "Ahmad Dahlan"
    assert joined["Ahmad Yani"].name == "Ahmad Yani"


def test_roles_are_the_same_office_once_ri_and_case_are_set_aside():
    assert role_compare.roles_shared({"Presiden RI"}, {"presiden republik indonesia"})
    # the office, then its object
    assert role_compare.roles_shared({"Presiden"}, {"Presiden Rusia"})
    assert role_compare.roles_shared({"Walikota Bandung"}, {"Wali Kota Bandung"})
    # a role keeps "Jakarta" as written, another the written-out "DKI Jakarta"
    assert role_compare.roles_shared({"Mantan Gubernur Jakarta"}, {"Mantan Gubernur DKI Jakarta"})
    assert role_compare.roles_shared({"Gubernur Sumatra Barat"}, {"Gubernur Sumatera Barat"})
    assert not role_compare.roles_shared({"Gubernur DKI Jakarta"}, {"Gubernur Jawa Barat"})
    assert not role_compare.roles_shared({"Menteri Kesehatan"}, {"Menteri Perdagangan"})
    assert not role_compare.roles_shared({"Bupati Katingan"}, {"Wakil Bupati Katingan"})


def test_initials_and_spellings():
    assert is_short_form(name_key("Basuki T. Purnama"), name_key("Basuki Tjahaja Purnama"))
    assert is_short_form(name_key("Edy"), name_key("Edy Pratowo"))
    assert not is_short_form(name_key("Pratowo Edy"), name_key("Edy Pratowo"))  # order counts
    assert not is_short_form(name_key("Edy Pratowo"), name_key("Edy Pratowo"))
    shown = identities(Luhut_Pandjaitan=(4, {"Menko Marves"}),
                       Luhut_Panjaitan=(2, {"Menko Marves"}),
                       Rudi_Soetomo=(1, {"Camat Pahandut"}), Rudi_Sutomo=(1, {"Bupati Katingan"}),
                       **{"Abdul Mu'ti": (3, {"Menteri"}), "Abdul Mu’ti": (1, {"Kepala"})})
    assert shown["Luhut Panjaitan"] == "Luhut Pandjaitan"  # old spelling, the same office
    assert shown["Rudi Sutomo"] == "Rudi Sutomo"  # old spelling but two offices: two people
    assert shown["Abdul Mu’ti"] == "Abdul Mu'ti"  # only the apostrophe differs: always one


def test_hyphens_accents_and_variant_spellings():
    shown = identities(**{"Bashar al-Assad": (5, {"Presiden Suriah"}),
                          "Bashar Al Assad": (1, set()),
                          "António Guterres": (1, set()), "Antonio Guterres": (4, {"Sekjen PBB"})})
    assert shown["Bashar Al Assad"] == "Bashar al-Assad"  # only a hyphen apart: always one
    assert shown["António Guterres"] == "Antonio Guterres"  # only an accent apart: always one
    shown = identities(Achmad_Heryawan=(1, {"Gubernur Jawa Barat"}),
                       Ahmad_Heryawan=(6, {"Gubernur Jawa Barat"}),
                       Agus_Martowardoyo=(1, {"Gubernur BI"}),
                       Agus_Martowardojo=(5, {"Gubernur BI"}),
                       Achmad_Yani=(1, {"Camat Pahandut"}), Ahmad_Yani=(3, {"Bupati Katingan"}))
    assert shown["Achmad Heryawan"] == "Ahmad Heryawan"  # ch/h, the same office
    assert shown["Agus Martowardoyo"] == "Agus Martowardojo"  # j/y, the same office
    assert shown["Achmad Yani"] == "Achmad Yani"  # a variant spelling but two offices


def test_a_name_one_letter_apart_is_one_person_only_with_a_shared_role():
    shown = identities(Agus_Rahardjo=(9, {"Ketua KPK"}), Agus_Rahadjo=(1, {"Ketua KPK"}),
                       Andreas_Hugo_Pereira=(1, {"Anggota DPR"}),
                       Andreas_Hugo_Pareira=(3, {"Anggota DPR RI"}),
                       Budi_Santoso=(4, {"Menteri Perdagangan"}),
                       Budi_Santosa=(2, {"Kepala Dinas Pendidikan"}),
                       Suhariyanto=(5, {"Kepala BPS"}), Suharyanto=(5, {"Kepala BNPB"}),
                       Rudi=(2, {"Camat"}), Rudy=(2, {"Camat"}))
    assert shown["Agus Rahadjo"] == "Agus Rahardjo"  # a letter dropped
    assert shown["Andreas Hugo Pereira"] == "Andreas Hugo Pareira"  # a letter changed
    assert shown["Budi Santosa"] == "Budi Santosa"  # one letter apart but another office
    assert shown["Suharyanto"] == "Suharyanto"  # two people
    assert shown["Rudy"] == "Rudy"  # a name of one word has too little to go on
    assert people.one_edit("rahardjo", "rahadjo")
    assert people.one_edit("pratikno", "prtaikno")  # two letters swapped
    assert not people.one_edit("santoso", "susanto")


def test_roles_written_with_a_slip_or_without_dan_are_one_office():
    assert role_compare.roles_shared({"Menteri Dalam Negri"}, {"Menteri Dalam Negeri"})
    assert role_compare.roles_shared({"Direktur Tindak Pidana Ekonomi dan Khusus"},
                               {"Direktur Tindak Pidana Ekonomi Khusus Bareskrim"})
    assert not role_compare.roles_shared({"Direktur Utama"}, {"Direktur Utara"})  # short words


def test_a_short_form_does_not_join_two_names_run_together():
    # "Wapres Jusuf Kalla Husain Abdullah": the Wapres and his spokesman, one glued name
    shown = identities(Jusuf_Kalla=(70, {"Wakil Presiden"}),
                       Muhammad_Jusuf_Kalla=(2, {"Wakil Presiden"}),
                       Jusuf_Kalla_Husain_Abdullah=(1, {"Wakil Presiden"}),
                       Husain_Abdullah=(3, {"Juru Bicara Wakil Presiden"}))
    assert shown["Muhammad Jusuf Kalla"] == shown["Jusuf Kalla"]
    assert shown["Jusuf Kalla Husain Abdullah"] == "Jusuf Kalla Husain Abdullah"


def test_aliases_name_the_full_name_even_when_no_article_writes_it():
    shown = identities(Jokowi=(20, {"Presiden"}), Ahok=(3, {"Gubernur DKI Jakarta"}),
                       Basuki_Tjahaja_Purnama=(5, {"Gubernur DKI Jakarta"}),
                       Gus_Dur=(1, {"Presiden"}))
    assert shown["Jokowi"] == "Joko Widodo"
    assert shown["Ahok"] == "Basuki Tjahaja Purnama"
    assert shown["Gus Dur"] == "Abdurrahman Wahid"


def test_the_name_shown_is_the_usual_full_name():
    # the fuller name, when it is written about as often as the shorter
    shown = identities(Prabowo=(90, {"Presiden"}), Prabowo_Subianto=(30, {"Presiden"}))
    assert set(shown.values()) == {"Prabowo Subianto"}
    # not a fuller name written by mistake once ("Negara" is left of "Menteri Sekretaris Negara")
    shown = identities(Pratikno=(11, {"Menteri Sekretaris Negara"}),
                       Negara_Pratikno=(1, {"Menteri Sekretaris Negara"}))
    assert set(shown.values()) == {"Pratikno"}
    # the full name of an alias line, even when no article writes it
    assert set(identities(Jokowi=(20, {"Presiden"}), Joko=(3, {"Presiden"})).values()) == {
        "Joko Widodo"}


def test_users_add_aliases_in_their_own_data_folder(tmp_path, monkeypatch):
    (tmp_path / "person_aliases.tsv").write_text("Pak Kades\tSutrisno Wibowo\n", "utf-8")
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    people.aliases.cache_clear()
    try:
        shown = identities(Pak_Kades=(2, {"Kepala Desa Tumbang"}),
                           Sutrisno_Wibowo=(1, {"Kepala Desa Tumbang"}), Jokowi=(1, {"Presiden"}))
        assert shown["Pak Kades"] == "Sutrisno Wibowo"
        assert shown["Jokowi"] == "Joko Widodo"  # Kabar's own lines still count
    finally:
        monkeypatch.undo()
        people.aliases.cache_clear()


def test_the_result_does_not_depend_on_the_order_of_names():
    written = {"Prabowo": Evidence(3, frozenset({"Presiden"})),
               "Prabowo Subianto": Evidence(5, frozenset({"Presiden"})),
               "Prabowo Subianto Djojohadikusumo": Evidence(1, frozenset({"Presiden RI"})),
               "Jokowi": Evidence(2, frozenset({"Presiden"}))}
    forward = {n: i.name for n, i in resolve(written).items()}
    backward = {n: i.name for n, i in resolve(dict(reversed(list(written.items())))).items()}
    assert forward == backward
    assert len({forward[n] for n in written if n.startswith("Prabowo")}) == 1


# --- A real index -------------------------------------------------------------------------------


ARTICLES = [
    ("Presiden Jokowi Resmikan Bendungan", "Presiden Jokowi meresmikan bendungan di Katingan.",
     "2017-03-01"),
    ("Bendungan Kedua Diresmikan", "Presiden Joko Widodo meresmikan bendungan kedua di Katingan.",
     "2018-06-02"),
    ("Jalan Baru", "Gubernur Kalimantan Tengah Joko Widodo meninjau jalan itu.", "2012-01-05"),
    ("Panen Raya", "Presiden Prabowo Subianto membuka panen raya di Kabupaten Katingan.",
     "2025-10-01"),
    ("Harga Beras", "Presiden Prabowo meminta harga beras dijaga.", "2025-11-03"),
    ("Kapolri Bicara", "Kapolri Listyo Sigit Prabowo meminta jajarannya siaga.", "2025-11-04"),
    ("Target Swasembada", "Target itu, kata Darmawan, tercapai tahun depan.", "2025-11-05"),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("identities")
    return build_release_index(folder, ARTICLES)


@pytest.fixture(scope="module")
def engine(index):
    engine = open_index(index)
    yield engine
    engine.close()


def test_the_official_facet_counts_people(engine):
    facet = {f["value"]: f["count"] for f in engine.search("")["facets"]["official"]}
    assert facet["Joko Widodo"] == 3 and "Jokowi" not in facet
    assert facet["Prabowo Subianto"] == 2 and "Prabowo" not in facet
    assert facet["Listyo Sigit Prabowo"] == 1


@pytest.mark.parametrize(("written", "total"), [
    ("Jokowi", 3), ("Joko Widodo", 3), ("joko widodo", 3), ("Prabowo", 2),
    ("Prabowo Subianto", 2), ("Listyo Sigit Prabowo", 1)])
def test_any_written_name_filters_the_person(engine, written, total):
    found = engine.search("", official=[written], limit=10)
    assert found["total"] == total == len(found["hits"])
    person = engine.official(written)["name"]
    assert all(person in [o["name"] for o in hit["officials"]] for hit in found["hits"])


def test_hits_show_the_person_by_one_name(engine):
    names = {o["name"] for hit in engine.search("", limit=10)["hits"] for o in hit["officials"]}
    assert names == {"Joko Widodo", "Prabowo Subianto", "Listyo Sigit Prabowo"}


def test_an_officials_roles_over_all_articles_with_the_dates_seen(engine):
    person = engine.official("Jokowi")
    assert person["name"] == "Joko Widodo" and person["articles"] == 3
    assert set(person["names"]) == {"Jokowi", "Joko Widodo"}
    assert person["roles"] == [
        {"role": "Gubernur Kalimantan Tengah", "count": 1, "first": "2012-01-05",
         "last": "2012-01-05"},
        {"role": "Presiden", "count": 2, "first": "2017-03-01", "last": "2018-06-02"},
    ]
    assert engine.official("Nama Yang Tidak Ada") is None


def test_the_listing_says_how_each_name_was_joined(engine):
    listing = {entry["name"]: entry for entry in engine.officials()}
    assert {j["why"] for j in listing["Joko Widodo"]["joins"]} == {
        "an alias (person_aliases.tsv)"}
    assert listing["Prabowo Subianto"]["joins"] == [
        {"name": "Prabowo", "to": "Prabowo Subianto", "why": "a short form, both 'Presiden'"}]
    assert "Listyo Sigit Prabowo" not in listing


def test_the_official_page_shows_the_person_and_the_role_timeline(index):
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    html = client.get("/pejabat?nama=Jokowi").get_data(as_text=True)
    assert '<h1 id="nama-pejabat">Joko Widodo</h1>' in html
    assert html.index("Gubernur Kalimantan Tengah") < html.index("Presiden")  # first seen first
    assert "Ditulis juga sebagai Jokowi" in html
    assert client.get("/pejabat?nama=Tidak+Ada").status_code == 404


def test_the_resolution_is_kept_between_processes_and_is_the_same(index, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = open_index(index)  # resolves, and keeps the resolution
    assert (tmp_path / "kabar" / "identities.marshal").exists()

    def no_resolving(*args, **kwargs):
        raise AssertionError("resolved again though nothing changed")

    monkeypatch.setattr(identities_module, "resolve", no_resolving)
    second = open_index(index)
    assert second.officials() == first.officials() and second.officials()
    for name in ("Jokowi", "Prabowo", "Listyo Sigit Prabowo"):
        assert second.official(name) == first.official(name)
    assert second.search("")["facets"] == first.search("")["facets"]
    first.close()
    second.close()


def test_a_users_new_alias_resolves_again(index, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    open_index(index).close()
    (tmp_path / "person_aliases.tsv").write_text("Darmawan\tDarmawan Prasodjo\n", "utf-8")
    people.aliases.cache_clear()
    calls = []
    resolving = identities_module.resolve
    monkeypatch.setattr(identities_module, "resolve",
                        lambda *args: calls.append(1) or resolving(*args))
    try:
        open_index(index).close()
        assert calls == [1]
    finally:
        monkeypatch.undo()
        people.aliases.cache_clear()


def test_the_kept_resolution_is_stamped_with_every_data_file_of_the_rules():
    # identities._rules_digest stamps the lines of these, as aliases() and institution_lines()
    # read them, and attested_words.txt as the analyzer reads it (the same lines as
    # language_words()): a rule reading another file must be stamped too
    source = "\n".join(Path(module.__file__).read_text("utf-8")
                       for module in identities_module.RULE_MODULES)
    read = re.findall(r"""(?:word_list|data_lines|word_lists|data_bytes)\(["']([^"']+)""", source)
    assert sorted(read) == ["abbreviations.tsv", "attested_words.txt", "person_aliases.tsv"]
    assert "open(" not in source and "resources" not in source


def test_a_process_keeps_the_resolution_of_the_aliases_it_read(index, tmp_path, monkeypatch):
    """A user's file changed after a process read it: that process's resolution is not kept as
    if it came from the new lines."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("KABAR_DATA", str(tmp_path))
    people.aliases.cache_clear()
    try:
        open_index(index).close()  # reads the aliases without the user's line
        (tmp_path / "person_aliases.tsv").write_text("Darmawan\tDarmawan Prasodjo\n", "utf-8")
        before = identities_module._rules_digest()
        people.aliases.cache_clear()
        assert identities_module._rules_digest() != before
    finally:
        monkeypatch.undo()
        people.aliases.cache_clear()

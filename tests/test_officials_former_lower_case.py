"""Issue 15 (round 18b): a former holder of a national office written in lower case after
"mantan" or "eks" ("percakapan mantan presiden A dengan ...", "A, mantan menteri pertanian") is
an official, the role "Mantan ..."; not the office alone, not a club's president, not a name run
on from the words before it without a comma, not an unknown place read into the name. The
sentences are ours."""

from __future__ import annotations

from index.extract.pipeline import make_article
from index.sources.drafts import Draft


def officials(body: str, title: str = "Berita") -> dict[str, str]:
    article = make_article(Draft("test", "test#1", title, body))
    return {o.name: o.role for o in article.officials}


def test_a_former_president_in_lower_case_before_the_name():
    body = ("Pengacara itu mengaku menyimpan rekaman percakapan mantan presiden Hendra Wiratama "
            "dengan seorang ulama, sehari sebelum sidang digelar.")
    assert officials(body).get("Hendra Wiratama") == "Mantan Presiden"


def test_a_former_minister_in_lower_case_in_apposition_with_the_portfolio():
    body = ("Pejabat lain yang dihukum bernama Park Joon Ho, mantan menteri perikanan. Park "
            "dinilai gagal menaikkan hasil tangkapan.")
    assert officials(body).get("Park Joon Ho") == "Mantan Menteri Perikanan"


def test_eks_and_a_country_after_the_office():
    body = "Eks presiden Kirgistan, Aibek Sadyrov, menyebut tuduhan itu tidak berdasar."
    assert officials(body).get("Aibek Sadyrov") == "Mantan Presiden Kirgistan"


def test_the_office_alone_or_a_club_s_president_is_no_one():
    body = ("Para mantan menteri hadir dalam acara itu. Ia mantan presiden klub Persib yang kini "
            "berbisnis kopi. Budi mengaku eks menteri di kabinet lama.")
    assert officials(body) == {}


def test_a_name_run_on_from_the_words_before_it_is_not_read():
    body = ("Mantan Presiden Amerika Serikat Hendra Wiratama berlibur di Bali. \"Hendra tidak mau "
            "diistimewakan. Kami tetap membantu. Biarpun Hendra Wiratama mantan presiden, dia "
            "tetap tamu yang harus dilayani,\" kata Rudi.")
    assert officials(body) == {"Hendra Wiratama": "Mantan Presiden Amerika Serikat"}


def test_an_unknown_place_is_not_read_into_the_name():
    body = ("Tuduhan itu menyebut Veldoria dan Fiji. Sementara itu, mantan perdana menteri "
            "Veldoria Joel Kalsakau menulis bantahan di akunnya.")
    assert not any(name.startswith("Veldoria") for name in officials(body))

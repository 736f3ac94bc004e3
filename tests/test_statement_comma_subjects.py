"""An acronym alone after the comma that closes an opening clause is the verb's subject, not
the name the clause's "yang" follows (index/extract/statements/comma_subjects.py). Sentences
written for these tests."""

from extracted import said

LEAD = "Mantan presiden Bambang Sutrisno Hadiwijaya ikut memantau harga pangan. "


def test_an_acronym_after_the_opening_clause_is_the_speaker():
    body = LEAD + ("Dalam situasi pasar Eropa yang sedang lesu, BSH meminta pemerintah menjaga "
                   "stok beras. Bambang Sutrisno Hadiwijaya (BSH) menulis itu di akun resminya.")
    speaker, cue, _, _ = said(body)[0]
    assert (speaker, cue) == ("Bambang Sutrisno Hadiwijaya", "meminta")


def test_an_institutions_acronym_after_the_opening_clause_is_the_speaker():
    body = ("Dalam laporan bulanan yang dirilis kemarin, BPS mengatakan harga beras naik tiga "
            "persen di Jawa Timur.")
    assert said(body)[0][0] == "BPS"

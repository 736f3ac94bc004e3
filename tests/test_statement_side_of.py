"""'pihak X' after the comma that closes an opening clause is organisation X's voice, named
without "pihak", its long form without "Pihak" (statements/speakers.py _SIDE_OF, people.py
_LONG_FORM). Sentences written for these tests."""

from extracted import said


def test_a_lower_case_pihak_after_an_opening_clause_is_the_organisations_voice():
    body = ("Lomba itu diatur Persatuan Dayung Nasional (PDN). Kendati belum ada keputusan akhir, "
            "pihak PDN menegaskan bahwa jadwal lomba akan diumumkan pekan depan.")
    speaker, cue, _, _ = said(body)[0]
    assert (speaker, cue) == ("Persatuan Dayung Nasional (PDN)", "menegaskan")


def test_pihak_as_the_object_of_another_verb_is_left_alone():
    body = ("Lomba itu diatur Persatuan Dayung Nasional (PDN). Protes itu membuat pihak PDN "
            "menyatakan akan membahas jadwal lomba pekan depan.")
    assert said(body) == []


def test_the_long_form_of_an_acronym_leaves_pihak_out():
    body = ("Pihak Persatuan Dayung Nasional (PDN) melalui situs resminya mengumumkan jadwal "
            "baru. Kini, PDN memastikan lomba tetap digelar di Danau Toba.")
    assert said(body)[-1][0] == "Persatuan Dayung Nasional (PDN)"

"""A speaker's short name completed from the fuller one the article gives: initials in
parentheses after a name are that person ("kata HK"), a name's last word may be a stopword the
text never writes in lower case ("Tono Wong"), and a common word or a heading's words before or
after a name are no part of it (officials/joining.py's _fuller_name); an alias line that only
respells the name leaves the article's spelling. Sentences written for
these tests, not taken from the corpus."""

from __future__ import annotations

from extracted import said, speakers


def test_initials_in_parentheses_after_a_name_are_that_person_not_an_organisation():
    body = ("Wakil Presiden Hadi Kusuma (HK) membuka kongres wartawan di Medan, Senin.\n\n"
            '"Berita harus cepat tetapi juga benar," kata HK di depan peserta.')
    assert [s[0] for s in said(body)] == ["Hadi Kusuma"]


def test_a_common_word_before_a_short_name_is_no_part_of_its_fuller_form():
    # a heading "Pesan Wiranto ke Jaksa" and "memberikan pesan": "Pesan" is no given name
    body = ('"Kami terus bekerja," kata Wiranto di Jakarta.\n\nPesan Wiranto ke Jaksa\n\n'
            "Dalam sambutannya, Wiranto juga memberikan pesan kepada para jaksa.\n\n"
            '"Jangan mencari masalah," ujarnya.')
    assert {s[0] for s in said(body)} == {"Wiranto"}


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


def test_an_alias_lines_other_spelling_of_the_name_keeps_the_articles_spelling():
    body = ("Menteri itu, Luhut Binsar Panjaitan, mengatakan kasus tersebut masih ditelaah. "
            "\"Kita masih inventarisir,\" kata Luhut kepada wartawan.")
    assert speakers(body) == ["Luhut Binsar Panjaitan"] * 2
    body = "\"Kita kerja terus,\" kata Jokowi kepada wartawan di Istana."
    assert speakers(body) == ["Joko Widodo"]

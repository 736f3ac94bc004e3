"""Mentions: each place where an office and the person holding it are named together, in the
ways news writes them: "office, name", "name, office", "name selaku office", several holders
after one office, two offices sharing their object, the holder in parentheses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from index.analysis.analyzer import attested_words, stopwords
from index.extract.officials.glued import glued_place, without_glued_word
from index.extract.officials.lexicon import SPACE, Lexicon, Office, with_defined_acronyms
from index.extract.officials.names import (
    COURTESY_TITLES,
    PLACE_WORDS,
    _in_apposition,
    _is_person_name,
    _name_before,
    _name_before_words,
    _read_name,
    _spells_office,
    _starts_sentence,
)
from index.extract.officials.office_object import _object_runs_on, _read_object
from index.extract.officials.roles import _finish_role, _qualifiers
from index.extract.officials.staff import served_holder
from index.extract.officials.tokens import (
    Token,
    _canonical_region,
    _collapse_spaces,
    _lex,
    _names_a_place,
    _phrase_at,
    _word_before_office,
)
from index.extract.trie_scan import CASE_EXACT, SPACES_RUN, TrieScan, trie_scan
from index.extract.word_places import word_places

# Words after which an office is the object of a clause: "kritik kepada Menkeu, Gus Maksum ...".
PREPOSITIONS = frozenset({"kepada", "dari", "untuk", "terhadap", "dengan", "pada", "bagi", "atas"})
# What may close an apposition: "Wagub Kalteng, Edy Pratowo, saat ..." or "..., kata Wagub Edy."
# what closes an office written after its holder's name: punctuation, or a relative clause
# about the holder ("rekam jejak Pratikno, Menko PMK yang membantah ...")
_CLOSING = re.compile(SPACE + r"*(?:[,.;:!?)\"”’\n]|$)|" + SPACE + r"+yang" + SPACE)
_HELD_BY = re.compile(SPACE + r"+dijabat(?:" + SPACE + r"+oleh)?" + SPACE + "+")
_LIST_SEPARATOR = re.compile(
    rf"{SPACE}*,{SPACE}*(?:(?P<last>dan|serta){SPACE}+)?|{SPACE}+(?P<and>dan|serta){SPACE}+"
)
_LOWER_WORD = re.compile(rf"{SPACE}+[a-z]")
# "(KSPN)" right after what was read as a name: the acronym of a body, if the name spells it
_ACRONYM_AFTER = re.compile(r"[ \t\u00a0]*\(([A-Z][A-Za-z-]{1,11})\)")
# "Ketua DPR sekaligus Ketua Umum Golkar A": two offices of one person
_JOINT = re.compile(rf"{SPACE}+(?:sekaligus|merangkap|dan{SPACE}+juga){SPACE}+")
_POSTED = re.compile(rf"{SPACE}+di{SPACE}+(?=[A-Z])")
_NAMELY = re.compile(rf"{SPACE}*,?{SPACE}*(?:yaitu|yakni){SPACE}+(?=[A-Z])")
# A verb or an adverb right after a name: the name is a clause's subject ("Budi justru menilai").
_CLAUSE_GOES_ON = re.compile(
    rf"{SPACE}+(?:(?:me|ber|ter)[a-z]{{3,}}|justru|juga|pun|lalu|kemudian|akan|sudah|telah"
    r"|tidak|belum|masih)\b"
)
# Between an office's object and its holder: "anggota Komisi II lainnya, Deddy", an affiliation
# ("dari Fraksi Partai Golkar", "asal Bali")
_OTHERS = re.compile(SPACE + r"+lain(?:nya)?" + SPACE + r"*," + SPACE + "*")
# an office held then or now: "Bupati Kuantan Singingi saat itu, Sukarmis", "Presiden RI kala
# itu, A", "Presiden Haiti saat ini, Jovenel Moise"
_THEN = re.compile(SPACE + r"+(?:(?:saat|kala|ketika|waktu)" + SPACE + r"+itu|saat" + SPACE
                   + r"+ini)" + SPACE + r"*," + SPACE + "*(?=[A-Z])")
# what a commission or unit is in charge of, then the holder after a comma: "Ketua Komisi IX DPR
# yang membidangi ketenagakerjaan, Dede Yusuf"
_IN_CHARGE_OF = re.compile(
    SPACE + r"+yang" + SPACE + r"+(?:membidangi|menangani|mengurusi|membawahi|membawahkan)"
    + SPACE + r"+[^,.;:!?\"“”()\n]{1,100}?," + SPACE + r"*(?=[A-Z])"
)
_AFFILIATION = re.compile(
    SPACE + r"+(?P<word>dari|asal)" + SPACE + r"+(?:(?:Fraksi|fraksi)" + SPACE + "+|"
    + r"(?P<seat>(?:daerah" + SPACE + r"+pemilihan|[Dd]apil)(?:" + SPACE + r"*\([^()]{1,10}\))?)"
    + SPACE + "+)?"
)
# a constituency's number after its region: "dari Dapil Jawa Barat I", "Dapil Jatim VIII"
_SEAT_NUMBER = re.compile(SPACE + r"+(?:[IVX]{1,4}|\d{1,2})(?![\w-])")
_APPOSED_NAME = re.compile(
    SPACE + r"*," + SPACE + r"*([A-Z][\w'’-]+(?:" + SPACE + r"+[A-Z][\w'’-]+){0,3})" + SPACE
    + r"*," + SPACE + r"*(?:yang|kata|ujar|ucap|tutur|sebagaimana|seperti"
    r"|(?:me|ber|ter|di)[a-z]{3,})\b"
)
# what may follow a lower-case office: a capital, after a comma, a parenthesis or "yakni"/"yaitu"
# ("anggota DPR, yakni A, B, dan C")
_CAPITAL_NEXT = re.compile(rf"{SPACE}*(?:[,(]?{SPACE}*|,?{SPACE}*(?:yaitu|yakni){SPACE}+)[A-Z]")
# lower-case words after a lower-case office, up to a capital: "operasi lapangan" in "kepala
# operasi lapangan PBB", "dinas kesehatan" in "kepala dinas kesehatan Kabupaten Bogor"
_LOWER_OBJECT = re.compile(rf"(?:{SPACE}+[a-z]+){{1,3}}(?={SPACE}+[A-Z])")
_NAME_THEN_COMMA = re.compile(rf"(?:[A-Z][\w'’.-]*{SPACE}*,|[A-Z]\w* [A-Z]\S*, wakil){SPACE}*$")
# the letter before the comma looked behind after it: a pattern opening with a look-behind is
# tried at every character, one opening with the comma only where one stands
_LOWER_APPOSITION = re.compile(
    rf"(?P<comma>,(?<=[a-z],){SPACE}*)(?P<office>[a-z]+(?:{SPACE}+[a-z]+){{0,3}})"
    rf"(?={SPACE}+[A-Z])")
_TITLE_CASE_AND = re.compile(r"(?<=[a-z] )Dan(?= [A-Z])")
# "Hakim" before a name, not inside one ("Lukman Hakim Saifuddin"): after a word in lower case
# or at a sentence's or a clause's start, in a story about a court (_COURT), it is the office,
# as "hakim" is ("kata Hakim Rudy di PN Semarang", "Hakim Edi Suprapto menilai ...")
_CAPITAL_JUDGE = re.compile(rf"(?<![\w-])Hakim(?={SPACE}[A-Z][a-z])")
_COURT = re.compile(r"\b(?:sidang|persidangan|pengadilan|putusan|vonis|praperadilan|terdakwa)\b",
                    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:" + SPACE + r"+|\n)(?=[A-Z])")
# A sentence opened by a full name (two to four words) and a verb of saying
_SPEAKER_OPENS = re.compile(
    r"([A-Z][a-z'’]+(?:" + SPACE + r"+[A-Z][a-z'’]+){1,3})" + SPACE
    + r"+(?:mengatakan|menyampaikan|menjelaskan|menuturkan|menegaskan|mengungkapkan"
    r"|menyebut(?:kan)?|menambahkan|memastikan|menyatakan|mengimbau)\b"
)
_ALIAS = re.compile(SPACE + r"*(?:\(|" + SPACE + r"atau" + SPACE + ")" + SPACE + "*")
# Between a holder's name just read and a second office of theirs: "Ketua DPP Partai Golkar
# Airlangga Hartarto, yang kini menjabat sebagai Menteri Perindustrian"
_SAME_HOLDER_ENDS = re.compile(
    rf"{SPACE}*,?{SPACE}*yang{SPACE}+(?:(?:juga|kini|sekarang|saat{SPACE}+ini|masih)"
    rf"(?:{SPACE}+(?:menjabat|merupakan))?|menjabat|merupakan)(?:{SPACE}+sebagai)?{SPACE}+$"
)
_TITLE_CASE_RUN = re.compile(rf"(?:[A-Z][\w'’.-]*{SPACE}+)+[A-Z][\w'’.-]*$")


def _holder_after_office(text: str, start: int, end: int, lexicon: Lexicon) -> str | None:
    """The name ending at `end` when a run of capitalised words holding an office comes right
    before it ("Ketua Bidang Ekonomi Airlangga Hartarto"); else None."""
    run = _TITLE_CASE_RUN.search(text, start, end)
    if run is None:
        return None
    words = run.group().split()
    if not any(lexicon.office_pattern.match(" ".join(words[k:])) for k in range(len(words) - 2)):
        return None
    name = _name_before_words(run.group(), lexicon, after_office=True)
    return name if name and " " in name else None


def _judge(text: str, match: re.Match, lexicon: Lexicon) -> str:
    """"hakim" for a capitalised "Hakim" that opens a name's place, else "Hakim" as written
    (also where it opens a longer office: "Hakim Ketua A")."""
    before = text[max(0, match.start() - 40):match.start()].split()
    office = lexicon.office_pattern.match(text, match.start())
    if (not before or before[-1][-1] in ",.;:!?\"“”(" or before[-1].islower()) and (
        office is None or office.end() == match.end()
    ):
        return "hakim"
    return "Hakim"


class OfficeMention(NamedTuple):
    name: str
    role: str
    start: int
    aliases: tuple[str, ...] = ()  # "Immanuel Ebenezer atau Noel", "Saifullah Yusuf (Gus Ipul)"


def office_scan(lexicon: Lexicon) -> TrieScan:
    """The office pattern's matches, found where the compiled scan says an office is written."""
    return trie_scan(lexicon.office_pattern, lambda: lexicon.offices, CASE_EXACT, SPACES_RUN)


def mentions(text: str, lexicon: Lexicon) -> tuple[OfficeMention, ...]:
    """Each place in text where an office and the person holding it are named together. An
    article's are read once (index/extract/pipeline.py) and handed to the statements too."""
    return tuple(_read_mentions(text, lexicon))


def _read_mentions(text: str, lexicon: Lexicon) -> Iterator[OfficeMention]:
    # "Pendidikan Dasar Dan Menengah": Title Case writes the connector capitalised too (the
    # same length, so every position still points into the text as given)
    if "Dan " in text:  # what _TITLE_CASE_AND needs; most texts have none
        text = _TITLE_CASE_AND.sub("dan", text)
    if "Hakim " in text and _COURT.search(text):  # what _CAPITAL_JUDGE needs; most have none
        text = _CAPITAL_JUDGE.sub(lambda match: _judge(text, match, lexicon), text)
    titled: list[tuple[int, int]] = []  # where such an office was written in lower case
    if "," in text:  # "A, menteri kesehatan Skotlandia": an office not written in lower case
        text = _LOWER_APPOSITION.sub(
            lambda match: _office_in_title_case(match, lexicon, titled), text)
    lexicon = with_defined_acronyms(text, lexicon)
    has_links = _LINK_OPENS.search(text) is not None  # most texts link no other story
    pos = 0
    names_until = 0  # end of the last name read, so a name is never used twice
    last_holder = ""  # the holder named right after an office, whose name ends at names_until
    first_role = ("", -1)  # an office joined to the next by "sekaligus", and where that starts
    search = office_scan(lexicon).searcher()  # lexicon.office_pattern.search
    while match := search(text, pos):
        pos = match.end()
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_") and not (
            text[start - 1] == "-" and (start < 2 or text[start - 2] in " \t\n)")
        ):
            continue  # inside a word; not a dateline's dash: "Kupang (ANTARA News) -Ketua ..."
        if match.group()[0].islower() and not _CAPITAL_NEXT.match(text, pos):
            if not (lower := _lower_object_in_apposition(text, start, pos)):
                continue  # "kepala daerah", "ketua umum": a lower-case office needs a capital
            # "Atul Khare, kepala operasi lapangan PBB;": the object written in lower case up
            # to its proper noun is read as if in Title Case (the same length)
            text = text[:pos] + lower.group().title() + text[lower.end():]
        if _in_rank(text, start, pos, lexicon):
            continue  # "Letda Laut (PM) Budi": the navy's military police corps, no Perdana Menteri
        qualifiers = lexicon.qualifiers_before.search(text, max(0, start - 60), start)
        if qualifiers:
            start = qualifiers.start()
        if has_links and _in_link(text, start):
            continue  # "(Baca: Kabareskrim Jamin Penelusuran ...)": another story's headline
        status = _word_before_office(text, start, lexicon)
        held = status in lexicon.holder_blockers  # "ajudan Menteri A": A holds the office
        if held:
            status = ""
        elif status and status not in lexicon.statuses:
            continue
        status_words = [lexicon.statuses[status]] if status else []
        if status and (right_before := _ends_with_word(text, start, status)) is not None:
            start = right_before  # "Eka Putra, mantan Bupati Katingan, ...": apposition
        written = _collapse_spaces(match.group())
        office_end = match.end()
        if " " in written and (shorter := _office_before_body(text, match, lexicon)):
            written, office_end = shorter  # "Kepala Unit Pelaksana Teknis ...": Kepala of a UPT
        office = lexicon.offices[written]
        if not office.public or _names_a_place(text, start, written, lexicon):
            continue
        tokens = _lex(text, office_end, lexicon)
        relaxed = first_role[1] == start and office.needs_institution
        if relaxed:
            # "Kepala BKPM sekaligus CEO Danantara A", "Menteri ... sekaligus Ketua Umum KSPSI A":
            # the holder of the public office written first, whatever the second post is
            office = replace(office, needs_institution=False)
        reading = _read_object(tokens, office, lexicon)
        if reading is None:
            continue
        role_words, after, object_end = reading
        if held and (after >= len(tokens) or tokens[after].kind not in ("word", "honorific")):
            continue  # "kantor Gubernur Kalteng", "ajudan Bupati, A": no holder named
        if office.posted and (posted := _POSTED.match(text, object_end)):
            # "Duta Besar RI di Amman, Teguh Wardoyo": the place abroad belongs to the role
            tokens = _lex(text, posted.end(), lexicon)
            place = _read_object(tokens, replace(office, role="di", takes_place=True), lexicon)
            if place is not None and len(place[0]) > 1:
                role_words = role_words + place[0]
                _, after, object_end = place
        if lexicon.defined:  # "Kepala Disdagperin": the long form the article gave
            role_words = [lexicon.defined.get(word, word) for word in role_words]
        object_end = object_end or office_end  # nothing could be read after the office
        pos = max(pos, object_end)
        if role_words[-1] in lexicon.connectors:
            continue  # "Presiden dan Ibu Iriana": a companion after "dan", not the holder
        qualifier_words = _qualifiers(qualifiers.group() if qualifiers else "", lexicon)
        if status_words and _party_or_company(role_words, lexicon):
            continue  # "mantan Ketua Umum PAN": a former party or company post is no office
        role = _finish_role(status_words + qualifier_words + role_words)
        several = office.several or not (
            office.national or lexicon.several_qualifiers.isdisjoint(qualifier_words)
        ) or (bool(status_words) and bool(_NAMELY.match(text, object_end)))
        # "tiga calon Bupati Bogor, yaitu A, B, dan C": many run for, or once held, one office
        in_parentheses = text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith("(")
        # an office written in lower case names the person before it, not one after a comma
        # ("Li Lecheng, pimpinan Kementerian Perindustrian (MIIT), Cook menyampaikan ...")
        lowercase = written[0].islower() or (bool(titled) and any(
            at <= start < end for at, end in titled))
        name, name_end = ("", 0) if in_parentheses else _name_after(
            text, tokens, after, object_end, lexicon, lowercase=lowercase
        )
        if name and (served := served_holder(text, tokens, office, role_words, name, lexicon)):
            # "Juru Bicara Wakil Presiden Jusuf Kalla Husain Abdullah": two people
            yield OfficeMention(served[0], _finish_role(served[1].split()), start)
            name = served[2]
        if name and (place := glued_place(text, object_end, name, name_end, lexicon)):
            role = _finish_role([*role.split(), place])  # "Wali Kota London Sadiq Khan"
        if name and _clause_ends_at_comma(text, start, tokens, after, name_end):
            name = ""
        if relaxed and name and (acronym := _ACRONYM_AFTER.match(text, name_end)) and (
            _spells_office(name, acronym.group(1), office)
        ):
            continue  # "... sekaligus Ketua Umum Konfederasi Serikat Pekerja (KSP) A": a body
        if name and (ticket := _TICKET.fullmatch(name)):
            # "Pemerintahan Presiden Prabowo Subianto-Gibran Rakabuming Raka": a ticket of two
            # full names glued by a hyphen; the office is the first one's
            name = ticket.group(1)
            name_end = text.rfind("-", start, name_end)
        if held and (" " not in name or _canonical_region(name)
                     or name.split()[0].rstrip(".").lower() in PLACE_WORDS):
            continue  # "istana Presiden Bogor", "kantor Gubernur Jalan ...": a place; a full name
        before = None
        if name and ((not (
            " " in name and _names_a_body(role_words[len(office.role.split()):], lexicon)
        ) and (
            _may_be_apposition(text, start, tokens, after, name_end)
            or _place_in_apposition(text, start, office, name, name_end)
        )) or _common_word_in_apposition(text, start, name)):
            # not "A, Ketua KPU Hasyim Asyari, dan C": with its body read, a full name after it
            # is the holder's ("A, Direktur Kepolisian Chengnan, ...": one word is a place)
            before = _name_before(text, start, names_until, True, lexicon)
        if before is not None:
            # "Takuya Shimamura, Presiden Asahi Glass, yang ...": the words after the office
            # are its object, and the person is named before it
            names_until = pos = max(pos, name_end)
            if not office.national:  # else a company's or a club's president
                yield OfficeMention(before, _finish_role(role.split() + name.split()), start)
            continue
        if name and office.national and not role_words[len(office.role.split()):] and (
            _holder_after_organisation(text, name_end, lexicon)
        ):
            names_until = pos = max(pos, name_end)
            continue  # "Presiden Real Madrid, Florentino Perez, ...": a club's or a firm's
        if name and role_words[len(office.role.split()):] and _names_a_body(
            role_words[-2:], lexicon
        ) and _holder_after_organisation(text, name_end, lexicon):
            # "Hakim Pengadilan Tinggi Shah Alam, Azmi Ariffin, sebagaimana ...": what was read
            # as a name after a body is its place, its holder named next between commas (not
            # after a place: "Presiden Amerika Serikat Donald Trump, Jared Kushner, ...")
            role = _finish_role(role.split() + name.split())
            apposed = _APPOSED_NAME.match(text, name_end)
            name, name_end = apposed.group(1), apposed.end(1)
        if name:
            listed = _listed_names(text, name_end, lexicon)
            paired = _office_paired_before(text, start, lexicon) if len(listed) == 1 else None
            if not listed and (mate := _running_mate(text, name_end, lexicon)):
                paired = _office_paired_before(text, start, lexicon)
                listed = mate if paired else []
            if paired:
                # "Bupati dan Wakil Bupati Bangkalan, Lukman Hakim dan Moch Fauzan": the first
                # name holds the first office, with the object both share
                object_words = role_words[len(office.role.split()):]
                yield OfficeMention(name, _finish_role(status_words + paired + object_words),
                                    start)
                name, _, name_end = listed[0]
                listed = []
            if first_role[1] == start and not status_words:
                role = first_role[0]
            yield OfficeMention(name, role, start, _aliases_after(text, name_end, lexicon))
            if not role.startswith("Wakil") and (deputy := _deputy_after(text, name_end, lexicon)):
                # "Gubernur DKI Jakarta A dan Wakilnya B": B is the Wakil Gubernur DKI Jakarta
                yield OfficeMention(deputy[0], _finish_role(["Wakil", *role.split()]), deputy[1])
            for other, other_start, other_end in listed if several else ():
                name_end = other_end
                yield OfficeMention(other, role, other_start)
            names_until = pos = max(pos, name_end)
            last_holder = name if not listed or not several else ""
            continue
        if (joint := _JOINT.match(text, object_end)) and lexicon.office_pattern.match(
            text, joint.end()
        ) and not _party_or_company(role_words, lexicon):
            # "Ketua DPR sekaligus Ketua Umum Golkar Setya Novanto": one person holds both, and
            # the office written first is the role; a party's post gives way to a public office
            first_role = (role, joint.end())
        if (run := _TITLE_CASE_WORDS.match(text, object_end)) and _common_word_in_apposition(
            text, start, run.group()
        ):  # "Djoko Hariyanto, Kepala Unit Pelaksana Teknis Lokawisata Baturraden menyebut"
            role = _finish_role(role.split() + run.group().split())
            object_end = run.end()
        elif len(role_words) == len(office.role.split()) and _takes_region(office) and (
            place := _PLACE_CLOSING.match(text, object_end)
        ) and text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith(","):
            # "kata Sir Richard Leese, Walikota Manchester.": a place abroad no list knows
            role = _finish_role([*role.split(), place.group(1)])
            object_end = place.end()
        closed = bool(_CLOSING.match(text, object_end))
        ends = closed or bool(_LOWER_WORD.match(text, object_end))
        # a lower-case office names the person before it only in apposition, with its object:
        # "kata Budi Hartono, kepala Dinas Kesehatan Kalteng, kepada ..."
        apposition = lowercase and len(role_words) > len(office.role.split()) and (
            _in_apposition(text, start))  # or after a copula: "A merupakan anggota Komisi XI"
        before = None if (lowercase and not apposition) or not ends else _name_before(
            text, start, names_until, closed, lexicon
        )
        if before is None and ends and not lowercase:
            before = _name_opening_sentence(text, start, names_until, lexicon)
        if before is None and not lowercase and (
            linked := _SAME_HOLDER_ENDS.search(text, max(names_until, start - 60), start)
        ):
            # "Ketua DPP Partai Golkar Airlangga Hartarto, yang kini menjabat sebagai Menteri
            # Perindustrian": the holder named just before, after another office of theirs
            before = last_holder if linked.start() == names_until else _holder_after_office(
                text, max(names_until, linked.start() - 120), linked.start(), lexicon)
        if before is not None and _spells_office(before, written, office):
            before = None  # "Particulate Matter (PM)": the long form of an acronym
        if before is None and not (lowercase or status_words) and (
            len(role_words) > len(office.role.split())
        ) and _starts_sentence(text, start):
            before = _speaker_of_next_sentence(text, object_end, lexicon)
        if before is not None:
            yield OfficeMention(before, role, start)


_LINK_OPENS = re.compile(r"\(\s*(?:[Bb]aca|BACA|[Ss]imak|[Ll]ihat)")
_LINK = re.compile(r"\(\s*(?:[Bb]aca|BACA|[Ss]imak|[Ll]ihat)(?:\s+[Jj]uga)?\s*:[^()]*$")


def _names_a_body(words: list[str], lexicon: Lexicon) -> bool:
    """Whether an office's object names a public body: "KPU", "Dewan Kehormatan Penyelenggara
    Pemilu"."""
    return any(
        " ".join(words[i:j]) in lexicon.institutions
        or lexicon.phrases.get(" ".join(words[i:j])) in ("unit", "institution")
        for i in range(len(words)) for j in range(i + 1, min(len(words), i + 8) + 1)
    )


def _in_rank(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether an office's abbreviation is the corps of a rank written before it: "Laut (PM)",
    an honorific of honorifics.txt that runs over the office's place."""
    if start < 2 or text[start - 1] != "(":
        return False
    word = _WORD_ENDING.search(text, max(0, start - 12), start)
    found = word and lexicon.honorific_pattern.match(text, word.start())
    return bool(found) and found.end() >= end


_WORD_ENDING = re.compile(r"[A-Z][a-z]+[ \t\u00a0]*\($")


def _in_link(text: str, at: int) -> bool:
    """Whether `at` is inside a link to another story set in the body: "(Baca: ...)"."""
    return "(" in text[max(0, at - 160):at] and bool(_LINK.search(text, max(0, at - 160), at))


def _speaker_of_next_sentence(text: str, object_end: int, lexicon: Lexicon) -> str | None:
    """The holder of an office that opens a sentence without a name, when the next sentence
    opens with a full name and a speech verb: "Gubernur Jawa Barat meninjau tanggul. Dedi
    Mulyadi mengatakan ..." (news names the office first and the person next)."""
    stop = _SENTENCE_END.search(text, object_end, object_end + 300)
    if stop is None:
        return None
    said = _SPEAKER_OPENS.match(text, stop.end())
    if said is None or not _is_person_name(said.group(1), lexicon):
        return None
    name = said.group(1)
    if _canonical_region(name) or lexicon.office_pattern.match(name):
        return None
    return name


def _party_or_company(words: list[str], lexicon: Lexicon) -> bool:
    """Whether a role is a political party's or a state-owned company's post ("Ketua Umum
    Partai Golkar", "Direktur Utama PT Pertamina"), not a public body's that names a party
    ("Anggota Komisi IX DPR Fraksi Partai Golkar")."""
    kinds = set()
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            phrase = " ".join(words[start:end])
            after = end + (words[end:end + 1] in (["I"], ["II"]))  # Golkar's "DPD I", "DPD II"
            if phrase == "DPD" and lexicon.phrases.get(" ".join(words[after:after + 1])) == "party":
                continue  # "Ketua DPD Golkar": a party's regional board, not the senate
            kinds.add("institution" if phrase in lexicon.institutions
                      else lexicon.phrases.get(phrase))
    return bool(kinds & {"party", "state-company"}) and "institution" not in kinds


def _ends_with_word(text: str, end: int, word: str) -> int | None:
    """Where word starts when it is the last word before end, else None."""
    head = text[max(0, end - len(word) - 4):end]
    match = re.search(rf"(?<![\w-]){re.escape(word)}{SPACE}+$", head)
    return max(0, end - len(word) - 4) + match.start() if match else None


def _clause_ends_at_comma(
    text: str, start: int, tokens: list[Token], after: int, name_end: int
) -> bool:
    """Whether the comma after an office that follows a preposition ends a clause rather than
    opening an apposition: in "kritik kepada Menkeu, Gus Maksum justru menilai ..." a new clause
    goes on after the name; in "kepada Direktur Gratifikasi KPK, Giri saat ..." it does not."""
    words = text[max(0, start - 20):start].split()
    return (
        bool(words) and words[-1] in PREPOSITIONS
        and after < len(tokens) and tokens[after].kind == "comma"
        and bool(_CLAUSE_GOES_ON.match(text, name_end))
    )


def _may_be_apposition(
    text: str, start: int, tokens: list[Token], after: int, name_end: int
) -> bool:
    """Whether "..., Office Words, ..." may be an apposition to a name before it: a comma
    before the office, words read as a name right after it, and a comma after them."""
    return (
        not (after < len(tokens) and tokens[after].kind == "comma")
        and text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith(",")
        and text[name_end:name_end + 1] == ","
    )


def _holder_after_organisation(text: str, name_end: int, lexicon: Lexicon) -> bool:
    """Whether what was read as a name after a national office ("Presiden Real Madrid") is
    rather an organisation, its holder named next between commas and followed by the clause
    ", Florentino Perez, yang ..." (not a list: "Wakil Presiden Jusuf Kalla, Wiranto, hingga")."""
    apposition = _APPOSED_NAME.match(text, name_end)
    return bool(apposition) and not lexicon.office_pattern.match(text, apposition.start(1)) and (
        not _canonical_region(apposition.group(1))
        and _is_person_name(apposition.group(1), lexicon)
    )


def _office_before_body(text: str, match: re.Match, lexicon: Lexicon) -> tuple[str, int] | None:
    """The shorter office and where it ends when the last word of the office read, a section,
    opens the long name of a body ("Kepala Unit" of "Kepala Unit Pelaksana Teknis ...": the
    Kepala of a UPT), or a unit that of a known institution ("Kepala Badan" of "Kepala Badan
    Narkotika Nasional A": the Kepala of BNN), else None."""
    words = match.group().split()
    if (last := lexicon.phrases.get(words[-1])) not in ("section", "unit"):
        return None  # "Kepala Dinas Pendidikan": the office is Kepala Dinas, as written
    at = match.end() - len(words[-1])
    kind, size = _phrase_at(tokens := _lex(text, at, lexicon), 0, lexicon, regions=False)
    head = " ".join(words[:-1])
    if kind not in ("institution", "unit" if last == "section" else "") or size < 2 or (
            head not in lexicon.offices) or (  # a unit's long form, then "(Kapolri)": as read
            last == "unit" and size < len(tokens) and tokens[size].kind == "paren"):
        return None
    return head, len(text[:at].rstrip(" \t\u00a0"))


def _takes_region(office: Office) -> bool:
    """Whether an office is held in one place written after it: "Wali Kota", "Kepala Desa"."""
    return office.takes_place or not (office.national or office.needs_institution)


# one capitalised word closing the clause after an office: its place ("Walikota Manchester.")
_PLACE_CLOSING = re.compile(rf"{SPACE}*([A-Z][a-z]+)(?={SPACE}*(?:[,.;:!?\"”)\n]|$))")
_TITLE_CASE_WORDS = re.compile(rf"(?:{SPACE}+[A-Z][a-z]+){{1,3}}(?![\w'’-])")


def _common_word_in_apposition(text: str, start: int, name: str) -> bool:
    """Whether what was read as a name after "Name, Office" opens with a common noun the text
    also writes in lower case: the rest of the office's object ("Djoko Hariyanto, Kepala Unit
    Pelaksana Teknis Lokawisata Baturraden menyebut ..." beside "pengelola lokawisata")."""
    first = name.split()[0]
    return (
        first[:1].isupper() and not first.isupper() and first.lower() not in stopwords()
        and text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith(",")
        and bool(word_places(text, first.lower()))
    )


def _place_in_apposition(
    text: str, start: int, office: Office, name: str, name_end: int
) -> bool:
    """Whether the one word read as a name after an office that takes a place or a region,
    closing the sentence or the clause after "Name, Office", is that place: "ujar Asep Sunandar,
    Kepala Desa Sukamaju." names Asep Sunandar, "kata John Smith, Wali Kota Leeds." John Smith
    (a region abroad the gazetteer does not know)."""
    return (
        _takes_region(office) and " " not in name and bool(_CLOSING.match(text, name_end))
        and text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith(",")
    )


def _name_opening_sentence(text: str, start: int, names_until: int, lexicon: Lexicon) -> str | None:
    """The name in "Budi Santoso, Kepala Dinas Pendidikan Bogor mengatakan ...": a name that
    opens the sentence, a comma, and the office with its object, not closed by a second comma."""
    before = text[max(names_until, start - 100):start].rstrip(" \t\u00a0")
    if not before.endswith(","):
        return None
    name = _name_before(text, start, names_until, True, lexicon)
    head = before[:-1].rstrip()
    if name is None or not head.endswith(name) or " " not in name:
        return None
    return name if _starts_sentence(head, len(head) - len(name)) else None


def _name_after(
    text: str, tokens: list[Token], i: int, object_end: int, lexicon: Lexicon, *, lowercase: bool
) -> tuple[str, int]:
    """The name that follows an office's object, and where it ends; ("", 0) when none does."""
    if namely := _NAMELY.match(text, object_end):  # "tiga hakim PTUN Medan, yaitu A, B, dan C"
        after = namely.end()
        return _name_after(text, _lex(text, after, lexicon), 0, after, lexicon,
                           lowercase=lowercase)
    apposition = i < len(tokens) and tokens[i].kind == "comma"
    if apposition:
        i += 1
        # "Kasi Intel Kejari Samarinda, Kaltim Bramantyo"; "Kepala Dinas Kesehatan Kabupaten
        # Situbondo, Jawa Timur, Abu Bakar"; "Kepala Dinas ... (Dikpora), Kabupaten Dompu, Nusa
        # Tenggara Barat (NTB), Rifaid": each region between commas belongs to the office
        for _ in range(3):
            kind, size = _phrase_at(tokens, i, lexicon, regions=True)
            if kind != "region":
                break
            i += size
            if i < len(tokens) and tokens[i].kind == "paren":
                i += 1  # the region's short form: "(NTB)"
            if i >= len(tokens) or tokens[i].kind != "comma":
                break
            i += 1
    elif i < len(tokens) and tokens[i].kind == "paren":
        inside = tokens[i].text.split()  # "Pak Menko (Airlangga Hartarto)"
        for size in (2, 1):  # "Gubernur (Bali Wayan Koster)": the region, then the name
            if len(inside) > size and _canonical_region(" ".join(inside[:size])):
                inside = inside[size:]
                break
        if _is_person_name(" ".join(inside), lexicon):
            return " ".join(inside), tokens[i].end
        return "", 0
    elif held_by := _HELD_BY.match(text, object_end):
        tokens, i = _lex(text, held_by.end(), lexicon), 0  # "Kajari Samarinda dijabat oleh Retno"
    elif between := _between_office_and_name(text, object_end, lexicon):
        tokens, i = _lex(text, between, lexicon), 0
        return _name_after(text, tokens, 0, between, lexicon, lowercase=lowercase)
    words, after = _read_name(tokens, i, lexicon)
    words = without_glued_word(words, text, lexicon)
    if not words or _initials_name_elsewhere(text, words):
        return "", 0
    if _object_runs_on(tokens, after, lexicon):
        return "", 0
    name_end = tokens[after - 1].end
    if apposition and lowercase and not _CLOSING.match(text, name_end):
        return "", 0  # "menjabat hakim konstitusi, Jimly justru ...": not an apposition
    return " ".join(words), name_end


def _initials_name_elsewhere(text: str, words: list[str]) -> bool:
    """Whether capitals read as a name's initials ("UFC Dana White", "PSSI Iwan Budianto") are
    an organisation's acronym: the text writes them elsewhere on their own, not before the rest
    of the name, as it never does a person's initials ("IGN Jaya Negara", "JD Vance"). Before
    a word no dictionary has ("IKM Gati Wibawaningsih") they were read so before this test."""
    first = words[0]
    if len(words) < 2 or len(first) < 2 or not first.isupper() or not first.isalpha():
        return False
    if len(first) <= 3 and words[1].lower() not in attested_words():
        return False
    rest = re.escape(words[1])
    return re.search(rf"(?<![\w.-]){first}(?![\w-])(?!{SPACE}*\.?{rest})", text) is not None


def _between_office_and_name(text: str, object_end: int, lexicon: Lexicon) -> int:
    """Where the holder's name may start after words that stand between an office's object and
    the name: "anggota Komisi II DPR lainnya, Deddy", "Ketua Pansus dari Fraksi Partai Golkar
    Agun", "Anggota DPD asal Bali Arya", "Ketua Komisi IX DPR yang membidangi ketenagakerjaan,
    Dede Yusuf", "Bupati Kuantan Singingi saat itu, Sukarmis"; 0 when none do."""
    others = (_OTHERS.match(text, object_end) or _IN_CHARGE_OF.match(text, object_end)
              or _THEN.match(text, object_end))
    if others:
        return others.end()
    affiliation = _AFFILIATION.match(text, object_end)
    if affiliation is None:
        return 0
    tokens = _lex(text, affiliation.end(), lexicon)
    seat = affiliation.group("seat") is not None
    wanted = "party" if affiliation.group("word") == "dari" and not seat else "region"
    i = 0
    while i < len(tokens) and (found := _phrase_at(tokens, i, lexicon, regions=True))[0] == wanted:
        i += found[1]  # "Partai" "Golkar"
    if not 0 < i < len(tokens):
        return 0
    end = tokens[i - 1].end
    if seat and (number := _SEAT_NUMBER.match(text, end)):
        end = number.end()
    return end


def _office_paired_before(text: str, start: int, lexicon: Lexicon) -> list[str] | None:
    """Role words of an office written just before "dan" and the office at start ("Gubernur dan
    Wakil Gubernur DKI Jakarta"), else None."""
    words = text[max(0, start - 60):start].split()
    if len(words) < 2 or words[-1] not in ("dan", "serta"):
        return None
    for size in range(min(4, len(words) - 1), 0, -1):
        candidate = words[-1 - size:-1]
        qualifiers: list[str] = []
        while len(candidate) > 1 and candidate[0] in lexicon.qualifiers:
            qualifiers += lexicon.qualifiers[candidate.pop(0)].split()
        office = lexicon.offices.get(" ".join(candidate))
        before = _word_before_office(text, start - len(" ".join(words[-1 - size:])) - 1, lexicon)
        if office is not None and office.public and (not before or before in lexicon.statuses):
            return qualifiers + office.role.split()
    return None


def _listed_names(text: str, pos: int, lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """(name, start, end) of the names listed after an office's first holder: "Anggota KPU
    Idham Holik, Yulianto Sudrajat, dan August Mellaz". Only a list closed by "dan" counts ("A,
    Bank Dunia memperkenalkan" is no list), and each name must end where the list, the clause or
    the sentence goes on: not "Budi, Jakarta Selatan"."""
    listed: list[tuple[str, int, int]] = []
    while separator := _LIST_SEPARATOR.match(text, pos):
        tokens = _lex(text, separator.end(), lexicon)
        if listed and (separator.group("last") or separator.group("and")) and (
            _office_or_status_at(text, separator.end(), lexicon)
        ):
            return listed  # "A, B, dan mantan Kapolda Papua C": C has an office of their own
        words, after = _read_name(tokens, 0, lexicon)
        if (
            not words or tokens[0].text in COURTESY_TITLES
            or lexicon.office_pattern.match(text, tokens[0].start)
            or _canonical_region(" ".join(words)) or _object_runs_on(tokens, after, lexicon)
        ):
            break
        end = tokens[after - 1].end
        if not (_CLOSING.match(text, end) or _LOWER_WORD.match(text, end)
                or _LIST_SEPARATOR.match(text, end)):
            break
        listed.append((" ".join(words), tokens[0].start, end))
        if separator.group("last") or separator.group("and"):
            return listed  # "A, B dan C": C ends the list
        pos = end
    return []


def _office_or_status_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether an office, or "mantan"/"calon" before one, opens the text at `at`."""
    word = text[at:at + 12].split(" ", 1)[0]
    if word in lexicon.statuses:
        at += len(word) + 1
    return lexicon.office_pattern.match(text, at) is not None


_DASH = re.compile(rf"{SPACE}*[-–—]{SPACE}*(?=[A-Z])")


def _running_mate(text: str, name_end: int, lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """A second name after a dash, as a pair of candidates is written ("calon gubernur dan wakil
    gubernur Jawa Barat Ridwan Kamil - Uu Ruzhanul Ulum"): [(name, start, end)] or []. Used only
    after two paired offices."""
    dash = _DASH.match(text, name_end)
    if dash is None:
        return []
    tokens = _lex(text, dash.end(), lexicon)
    words, after = _read_name(tokens, 0, lexicon)
    if not words or lexicon.office_pattern.match(text, tokens[0].start) or _canonical_region(
        " ".join(words)
    ):
        return []
    return [(" ".join(words), tokens[0].start, tokens[after - 1].end)]


_TICKET = re.compile(r"([A-Z][\w'’]*(?: [A-Z][\w'’]*)+)-[A-Z][\w'’]*(?: [A-Z][\w'’]*)+")
_DEPUTY = re.compile(rf"{SPACE}+dan{SPACE}+[Ww]akilnya{SPACE}*,?{SPACE}*(?=[A-Z])")


def _deputy_after(text: str, name_end: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The deputy named right after an office's holder with "dan wakilnya": (name, start)."""
    deputy = _DEPUTY.match(text, name_end)
    if deputy is None:
        return None
    tokens = _lex(text, deputy.end(), lexicon)
    words, _ = _read_name(tokens, 0, lexicon)
    if not words or _canonical_region(" ".join(words)):
        return None
    return " ".join(words), tokens[0].start


def _aliases_after(text: str, name_end: int, lexicon: Lexicon) -> tuple[str, ...]:
    """Another name given right after a name: "Immanuel Ebenezer atau Noel", "Joko Widodo
    (Jokowi)"."""
    alias = _ALIAS.match(text, name_end)
    if alias is None:
        return ()
    words, _ = _read_name(_lex(text, alias.end(), lexicon), 0, lexicon)
    return (" ".join(words),) if words else ()


def _lower_object_in_apposition(text: str, start: int, office_end: int) -> re.Match | None:
    """The lower-case words of an office's object written after a name and a comma, when a
    capital follows them ("Budi, kepala dinas kesehatan Kabupaten Bogor"); none of them a
    stopword ("kepala sekolah di SMA 1", "ketua panitia itu")."""
    lower = _LOWER_OBJECT.match(text, office_end)
    if lower is None or not _NAME_THEN_COMMA.search(text, max(0, start - 40), start):
        return None
    if any(word in stopwords() for word in lower.group().split()):
        return None
    return lower


def _office_in_title_case(match: re.Match, lexicon: Lexicon,
                          titled: list[tuple[int, int]]) -> str:
    """An office that news does not write in lower case ("menteri", "direktur"), with its object,
    written so after a name and a comma, up to a proper noun, in Title Case (the same length):
    "Aileen Campbell, menteri kesehatan masyarakat Skotlandia", "Emmanuel Macron, presiden
    Prancis", "A, wakil perdana menteri Pakistan". Not an office the lexicon reads in lower
    case already (_lower_object_in_apposition), nor with a stopword."""
    words = match.group("office").split()
    first = 1 if len(words) > 1 and words[0] in lexicon.qualifiers else 0
    if words[first].title() not in _office_first_words(lexicon) or (
            words[first] in lexicon.offices) or not _opens_office(
            [word.title() for word in words[first:]], lexicon):
        return match.group()  # most matches: ", kata Budi", ", ujar Kepala ..."
    before = match.string[max(0, match.start() - 30):match.start()].split()
    if not before or not before[-1][:1].isupper() or any(w in stopwords() for w in words):
        return match.group()
    titled.append(match.span("office"))
    return match.group("comma") + match.group("office").title()


def _office_first_words(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's offices: "Presiden", "Perdana", "Wali"."""
    offices = lexicon.offices
    if (known := _FIRST_WORDS.get(id(offices))) is None or known[0] is not offices:
        words = frozenset(office.split()[0] for office in offices)
        _FIRST_WORDS[id(offices)] = known = (offices, words)
    return known[1]


_FIRST_WORDS: dict[int, tuple[dict, frozenset[str]]] = {}  # per lexicon read: its offices' firsts


def _opens_office(words: list[str], lexicon: Lexicon) -> bool:
    """Whether the words open with an office of the lexicon: "Presiden", "Perdana Menteri"."""
    return any(" ".join(words[:end]) in lexicon.offices for end in range(1, len(words) + 1))

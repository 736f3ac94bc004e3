"""Headlines: a name read in a Title Case headline only moves a person named in the body to the
front, and an office a headline names without a name ("Panglima Jelaskan ...", "Mendagri: ...")
goes to the person the body quotes most among those it gives no office; legislators opening a
headline ("Komisi III DPR Dorong ...") make that person an official with no role. A news brief
(a feed item: a headline and a teaser of a sentence or two) often names its official only in the
headline ("Wagub Kalteng Edy Pratowo Pimpin Rapat" over "Rapat membahas ..."): there the name
after the headline's office is read up to the headline's verb (index/data/headline_verbs.txt, a
verb's affixes, a stopword)."""

from __future__ import annotations

import re
from functools import cache

from index.analysis.analyzer import attested_words, stopwords
from index.data_files import word_list
from index.extract.officials.joining import Found, _aliased, _name_key
from index.extract.officials.lexicon import SPACE, Lexicon, load_lexicon
from index.extract.officials.names import (
    COURTESY_TITLES,
    _is_passive_verb,
    _is_person_name,
    _may_be_person,
    _name_before_words,
    _read_name,
)
from index.extract.officials.office_mentions import OfficeMention
from index.extract.officials.office_object import _is_ordinal
from index.extract.officials.roles import _finish_role, _qualifiers
from index.extract.officials.tokens import (
    _blocked,
    _canonical_region,
    _collapse_spaces,
    _lex,
    _phrase_at,
)
from index.extract.word_places import word_places, written_apart
from index.people import alias_target

BRIEF = 600  # characters: a body this short is a brief (feed items: 30-670, median 120)
# a Title Case verb by its affixes, when its lower case is a word: "Bertemu", "Menyebut",
# "Tegaskan" ("Bernard", "Megawati" are not words of attested_words.txt... or have no affix)
_AFFIXED_VERB = re.compile(r"(?:Meng|Meny|Mem|Men|Ber|Ter)[a-z]{4,}|[A-Z][a-z]{3,}kan")

# A headline opening with legislators who are no office ("Komisi III DPR Dorong ...",
# "Legislator Kritik KPU: ..."): the person the body quotes most is one of them, with no role
_LEGISLATORS = re.compile(rf"(?:Legislator|Komisi{SPACE}+[IVX]+(?:{SPACE}+DPR)?)(?:{SPACE}+[A-Z]"
                          rf"[\w-]*)?{SPACE}*(?::|{SPACE}+[A-Z][a-z])")
# Where news quotes a person: "kata Agus", "ujar Irjen Agus", "Agus mengatakan", "Menurut Agus".
_SPEAKER = re.compile(
    r"(?:\b(?:[Kk]ata|[Uu]jar|[Uu]cap|[Tt]utur|[Jj]elas|[Uu]ngkap|[Tt]egas|[Ii]mbuh|[Ss]ebut"
    r"|[Tt]erang|[Pp]apar|[Ll]anjut|[Tt]ambah|[Pp]ungkas|[Bb]eber|[Mm]enurut|[Dd]isampaikan)"
    rf"{SPACE}+(?=[A-Z])"
    r"|(?P<after>(?<=[a-z])(?=\s+(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan"
    r"|menyebut|menyebutkan|menilai|meminta|mengaku|berharap|menambahkan|memastikan)\b)))"
)


def _headline_office_holder(
    title: str, body: str, found: list[Found], lexicon: Lexicon
) -> Found | None:
    """The holder of an office that a headline names without a name ("Panglima Jelaskan soal
    Pengamanan Kejaksaan", "Cegah Inflasi, Mendagri: ..."): the person the body quotes most,
    when nobody found in the body holds that office and that person holds no other one.
    Exports often drop the lead that named them both ("Hal ini disampaikan Agus usai ...")."""
    role, office_end = _headline_office(title, lexicon)
    # "Panitera PTUN" over a body naming the "panitera Pengadilan Tata Usaha Negara Medan"
    long_role = _spelt_out(role, lexicon)
    legislators = not role and bool(_LEGISLATORS.match(title))
    if not (role or legislators) or (role and any(
        _spelt_out(person.role, lexicon).startswith(long_role) for person in found
    )):
        return None
    speakers: dict[str, int] = {}
    for match in _SPEAKER.finditer(body):
        if match.group("after") is not None:  # "Agus mengatakan"
            name = _name_before_words(body[:match.start()], lexicon) or ""
        else:  # "kata Agus"
            name = " ".join(_read_name(_lex(body, match.end(), lexicon), 0, lexicon)[0])
        if name and not (" " not in name and name.lower() in _OFFICE_NOUNS | _private_nouns()):
            speakers[name] = speakers.get(name, 0) + 1  # not "kata Politikus PDIP A"
    named = "" if legislators else _headline_holder_in_body(title, office_end, body, lexicon)
    subject = rf"(?<![\w-]){re.escape(named)}{SPACE}+(?:me|ber)[a-z]{{3,}}" if named else ""
    if named and (" " in named or any(named in name.split() for name in speakers)
                  or re.search(subject, body)):
        # "Wali Kota Eri Cahyadi Tinjau Banjir" over a body that names Eri Cahyadi without it;
        # a single word only as a speaker or a verb's subject ("kata Rudy", "Pratikno
        # menegaskan"), not "Presiden Barcelona" over a club
        key = _name_key(named)
        if any(key <= person.words or person.words <= key
               or _aliased(named, person, either_way=True) for person in found):
            return None  # the body gives that person another office
        if _introduced_otherwise(named, body, lexicon):
            return None
        return Found(named, role, -len(title) - 1, key, [])
    if len(body) <= BRIEF and not legislators and (
        holder := _brief_headline_holder(title, office_end, body, lexicon)
                               or _brief_teaser_subject(title, office_end, body, lexicon)):
        key = _name_key(holder)
        if any(key <= person.words or person.words <= key
               or _aliased(holder, person, either_way=True) for person in found):
            return None  # the teaser gives that person another office
        if _described_otherwise(holder, body):
            return None  # "kata Budi Santoso, warga Cicaheum": not the headline's Gubernur
        return Found(holder, role, -len(title) - 1, key, [])
    if not speakers:
        return None
    most = max(speakers.values())
    # of those quoted most, the ones the body gives no office ("ujar Luthfi" as often as "terang
    # Lampri", Kepala Kanwil BPN): two such people, or none, and the headline's is not known
    top = [name for name, count in speakers.items()
           if count == most and not _given_an_office(name, found)]
    if len(top) != 1:
        return None
    name = top[0]
    key = _name_key(name)
    if _introduced_otherwise(name, body, lexicon) or _named_apart(name, title, office_end):
        return None
    return Found(name, role, -len(title) - 1, key, [])


def _given_an_office(name: str, found: list[Found]) -> bool:
    """Whether a speaker is, by their name or a short form of it ("Pram" of Pramono Anung),
    someone the body gives an office."""
    key = _name_key(name)
    return any(
        key <= person.words or person.words <= key or _aliased(name, person, either_way=True)
        or all(any(word != other and other.startswith(word) for other in person.words)
               for word in key)
        for person in found
    )


def _headline_holder_in_body(title: str, office_end: int, body: str, lexicon: Lexicon) -> str:
    """The name right after a headline's office, as much of it as the body writes ("Bupati
    Bogor Rudy Susmanto Tinjau Banjir" over "Rudy meninjau ..." gives Rudy), else "". Title Case
    hides where the name ends, so the body says which words are the name."""
    words, _ = _read_name(_lex(title, office_end, lexicon), 0, lexicon)
    for size in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:size])
        if len(name) < 3 or _canonical_region(name) or name in lexicon.phrases:
            continue
        if word_places(body, name):
            return name
    return ""


def _brief_headline_holder(title: str, office_end: int, body: str, lexicon: Lexicon) -> str:
    """The name right after a brief's headline office, up to the headline's verb or a colon
    ("Mendagri Tito Karnavian: ...", "Kapolres Kotim AKBP Sarpani Pimpin Apel"), else "" (no
    name, or no word that says where it ends)."""
    tokens = _lex(title, office_end, lexicon)
    words, end = _read_name(tokens, 0, lexicon)
    for at, word in enumerate(words):
        if _ends_name(word):  # "Mendagri Siapkan ...": no name at all
            words = words[:at]
            break
    else:
        # the name must end where something says so: a verb, a colon, a comma
        following = tokens[end] if end < len(tokens) else None
        rest = title[tokens[end - 1].end if end else office_end:].strip()
        if following and following.kind == "word":
            if not _ends_name(following.text):
                return ""  # the name runs on to a word that is not known to end it
        elif not rest or rest[0] not in ":,|-–":
            return ""  # "Ketua MK Bikin Dosen Bingung": the words run to the headline's end
    name = " ".join(words)
    if not words or len(name) < 3 or _canonical_region(name) or not _may_be_person(name):
        return ""
    if any(word_places(body, word) for word in words):
        return ""  # the teaser writes it, and not as this office's holder ("Presiden Barcelona")
    return name


# A teaser opening with a full name and its verb ("Rieke Diah Pitaloka menyambut putusan MK"),
# after a dateline if any ("Jakarta (ANTARA) - ")
_TEASER_SUBJECT = re.compile(
    r"(?:[^\n]{0,40}?\((?:ANTARA|Antara)[^)]{0,20}\)" + SPACE + r"*[-–—]+" + SPACE + r"*)?"
    r"([A-Z][\w'’.-]+(?:" + SPACE + r"+[A-Z][\w'’.-]+){1,3})" + SPACE
    + r"+(?:(?:juga|pun|resmi|langsung)" + SPACE + r"+)?(?:me|ber)[a-z]{3,}\b"  # active
)


def _brief_teaser_subject(title: str, office_end: int, body: str, lexicon: Lexicon) -> str:
    """The full name that opens a brief's teaser as its verb's subject, under a headline that
    opens with an office and no name ("Anggota DPR Sambut Putusan MK" over "Rieke Diah Pitaloka
    menyambut putusan MK ..."): the teaser tells who the headline's office holder is."""
    verb = title[office_end:].split()[:1]
    quoted = bool(verb) and verb[0][0] in "'\"‘“"
    if not verb or quoted or not (verb[0].startswith(":") or _ends_name(verb[0])) or (
        _is_passive_verb(verb[0].strip(",:"))
    ):
        return ""  # "Menhan AS 'Dirujak' Senator": the office holder is not the teaser's subject;
        # "Wamen Ekraf Dukung": the office's object was not read to its end
    match = _TEASER_SUBJECT.match(body.lstrip())
    if match is None:
        return ""
    name = match.group(1)
    words = name.split()
    if (_canonical_region(name) or not _may_be_person(name) or not _is_person_name(name, lexicon)
            or any(word in lexicon.institutions or word in lexicon.offices
                   or lexicon.honorific_pattern.fullmatch(word) for word in words)):
        return ""
    return name


def _ends_name(word: str) -> bool:
    """Whether a headline word is no part of a name: a headline verb, a stopword, a verb by
    its affixes."""
    bare = word.strip(":,.!?\"'‘’“”")
    lower = bare.lower()
    return (not bare or lower in _headline_verbs() or lower in stopwords()
            or _is_passive_verb(bare)
            # "Gelorakan": a headline's -kan verb, attested or not (no name ends so)
            or (bool(_AFFIXED_VERB.fullmatch(bare))
                and (lower in attested_words() or lower.endswith("kan"))))


@cache
def _headline_verbs() -> frozenset[str]:
    return frozenset(word.lower() for word in word_list("headline_verbs.txt"))


def _named_apart(name: str, title: str, office_end: int) -> bool:
    """Whether the headline names the person elsewhere than right after its office: in "Mentan
    Ungkap Target yang Ditargetkan Prabowo" Prabowo is not the Mentan; in "Ketua DPD Sultan B
    Najamudin Serukan ..." Sultan Najamudin is."""
    words = set(name.split())
    following = title[office_end:].split()
    at = 0  # the words of the name (and initials) right after the office are the holder's
    while at < len(following) and (following[at].strip(":,") in words
                                   or len(following[at].rstrip(".")) == 1):
        at += 1
    before = title[:office_end].split()
    return any(word.strip(":,\"'‘’“”") in words for word in before + following[at:])


def _introduced_otherwise(name: str, body: str, lexicon: Lexicon) -> bool:
    """Whether the body introduces a person with words that were not read as an office: "Dosen
    Hukum Tata Negara dari Universitas Airlangga Herlambang", "Humas Polres AKP Viktor"."""
    first = re.escape(name.split()[0])
    for match in re.finditer(rf"(\S+){SPACE}+{first}(?![\w-])", body):
        before = match.group(1)
        if before[:1].isupper() and before[-1].isalnum() and before not in COURTESY_TITLES and (
            lexicon.phrases.get(before) != "not-name"
        ):
            return True
    return _described_otherwise(name, body)


def _described_otherwise(name: str, body: str) -> bool:
    """Whether the body describes a person, after their name (or more of it) and a comma, by no
    office: "Budi Santoso, warga Cicaheum", "Rina, salah seorang pedagang"."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?:{SPACE}+[A-Z][\w'’-]*){{0,3}},"
                             rf"{SPACE}*([a-z]+)(?:{SPACE}+([a-z]+))?", body):
        word = match.group(2) if match.group(1) == "salah" else match.group(1)
        if word in _private_nouns():
            return True
    return False


@cache
def _private_nouns() -> frozenset[str]:
    """Words describing a person by no office: the statements' nouns for people (warga, petani,
    pengamat, ...) but those of an office (kepala, anggota, menteri, ...)."""
    from index.extract.statements.cues import load_cues  # statements' package imports this one

    cues = load_cues()
    lexicon = load_lexicon()
    return frozenset(
        word for word in cues.person_nouns | cues.unnamed
        if not lexicon.office_pattern.fullmatch(word) and not lexicon.office_pattern.fullmatch(
            word.capitalize()) and word not in _OFFICE_NOUNS
    )


# nouns for people that may introduce an office holder ("pejabat", "perwira", "mantan Bupati")
_OFFICE_NOUNS = frozenset({"pejabat", "perwira", "mantan", "pemimpin", "legislator", "personel",
                           "jenderal", "aparat", "otoritas", "pemerintah", "polisi", "petugas",
                           "militer", "juru", "jubir", "wakil", "anggota", "kader", "politikus",
                           "politisi", "tokoh", "sosok", "media", "sumber", "kabar", "rumor",
                           "mereka"})


def _spelt_out(role: str, lexicon: Lexicon) -> str:
    """A role with its institutions' acronyms written out: "Panitera PTUN" -> "Panitera
    Pengadilan Tata Usaha Negara"."""
    return " ".join(lexicon.institutions.get(word, word) for word in role.split())


def _headline_office(title: str, lexicon: Lexicon) -> tuple[str, int]:
    """The role of a public office that opens a headline or speaks in it ("Mendagri: ..."),
    read from known words only, as Title Case hides where an office's object ends, and where
    it ends in the headline; ("", 0) when there is none."""
    for match in lexicon.office_pattern.finditer(title):
        start = match.start()
        qualifiers = lexicon.qualifiers_before.search(title, max(0, start - 30), start)
        if qualifiers:
            start = qualifiers.start()
        office = lexicon.offices[_collapse_spaces(match.group())]
        if not office.public or _blocked(title, start, lexicon):
            continue
        words = office.role.split()
        tokens = _lex(title, match.end(), lexicon)
        i, has_institution = 0, False
        while i < len(tokens):
            kind, size = _phrase_at(tokens, i, lexicon, regions=not office.national)
            if kind == "field" and tokens[i].text not in lexicon.phrases:
                break  # only known words: "Mensos Pertanyakan ..." is a verb
            if kind in ("institution", "unit", "section", "field", "place", "region"):
                words += [t.text for t in tokens[i:i + size]]
                has_institution |= kind in ("institution", "unit")
            elif _is_ordinal(tokens, i, lexicon):
                words.append(tokens[i].text)
            else:
                break
            i += size or 1
        # it opens the headline, or its clause after a comma ("Usai Tragedi Magetan, Waka DPRD
        # Jatim Minta ...")
        opens = not title[:start].strip(" \"'‘“") or title[:start].rstrip().endswith(",")
        end = tokens[i - 1].end if i else match.end()
        speaks = title[end:].lstrip().startswith(":")
        if (opens or speaks) and (has_institution or not office.needs_institution):
            qualifier_words = _qualifiers(qualifiers.group() if qualifiers else "", lexicon)
            return _finish_role(qualifier_words + words), end
        return "", 0
    return "", 0


def _headline_holder_named_in_body(
    title: str, body: str, mention: OfficeMention, found: list[Found], lexicon: Lexicon
) -> Found | None:
    """A person a headline names right after an office ("... Kasus Suap Bupati Suhardiman",
    "Bantahan Eks Menag Yaqut di Sidang ...") whom the body names without one ("yang menjerat
    Suhardiman Amby", "Yaqut membantah ..."): the headline's office is theirs, when it is read
    from words the lexicon knows (_runs_past_object). Title Case hides where the name ends, so
    the body says which of its words are the name, and only a name the body writes as a name
    counts: several words, or one no dictionary has, that the body does not introduce with
    other words ("Dosen ... Herlambang"); a dictionary's word ("Gatot") only before more of
    the name mid-sentence or before a verb."""
    office_end = mention.start
    at = title.find(mention.name.split()[0], office_end)
    if at < 0 or "," in title[office_end:at] or ":" in title[office_end:at]:
        return None  # "Destry Calon Gubernur BI, Airlangga Beri Komentar": another clause
    words = mention.name.split()
    for size in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:size])
        if len(name) < 3 or _canonical_region(name) or name in lexicon.phrases:
            continue
        if written_apart(body, name):
            break
    else:
        return None
    if not (_may_be_person(name) and _is_person_name(name, lexicon)) or (
        " " not in name and name.lower() in attested_words()
        and not _inside_a_sentence(name, body)
    ) or _introduced_otherwise(name, body, lexicon) or not _written_alone(name, body):
        return None  # a word of the dictionary only before more of a name or as a subject,
        # mid-sentence ("Diduga Ridwan menerima ..." opens a sentence with a verb)
    if _runs_past_object(title, office_end, at, lexicon):
        return None
    if (target := alias_target(name)) and target in body:
        name = target  # "Mensos Gus Ipul" over "Saifullah Yusuf atau ... Gus Ipul"
    elif re.search(rf"(?:\balias|\batau|\(){SPACE}*{re.escape(name)}(?![\w-])", body):
        return None  # "Basuki Tjahaja Purnama alias Ahok": a nickname of someone's
    key = _name_key(name)
    keys = [key, _name_key(target)] if target else [key]
    if any(one <= person.words or person.words <= one for one in keys for person in found) or any(
        _aliased(name, person, either_way=True) for person in found
    ):
        return None
    return Found(name, mention.role, mention.start - len(title) - 1, key, [])


def _runs_past_object(title: str, office_start: int, name_start: int, lexicon: Lexicon) -> bool:
    """Whether the words between a headline's office and the name read after it run on past
    the office's object: a word of the dictionary that the lexicon does not know ("Menkeu Enggan
    Tanggapi Permintaan Aburizal Bakrie", "Ketua DPD RI Ungkap Persiapan Sidang")."""
    office = lexicon.office_pattern.search(title, office_start, name_start)
    between = title[office.end():name_start].split() if office else []
    return any(
        word.lower() in attested_words() and lexicon.phrases.get(word, "blocker") == "blocker"
        and word not in lexicon.institutions and not _canonical_region(word)
        for word in between
    )


def _written_alone(name: str, body: str) -> bool:
    """Whether the body writes a name after a word in lower case, a comma, or opening a
    sentence, at least once: not only inside a title or an acronym's parentheses ("(Wamen
    Dikdasmen) Atip")."""
    for start in word_places(body, name):
        before = body[max(0, start - 30):start].split()
        if not before or before[-1][-1] in ".!?\"”," or before[-1][0].islower():
            return True
    return False


_SPACES = " \t\u00a0"  # what SPACE matches


def _inside_a_sentence(name: str, body: str) -> bool:
    """Whether the body writes `name` between a lower-case word and a capital, or before a verb
    in me-/ber-: whether `(?<=[a-z])SPACE+NAME SPACE+[A-Z]|NAME SPACE+(?:me|ber)[a-z]{3,}`
    matches, found with `str.find` (every start tried) instead of a pattern for each name."""
    at = body.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        after = end
        while after < len(body) and body[after] in _SPACES:
            after += 1
        if after > end:
            before = at
            while before > 0 and body[before - 1] in _SPACES:
                before -= 1
            if before < at and before > 0 and "a" <= body[before - 1] <= "z" and (
                after < len(body) and "A" <= body[after] <= "Z"
            ):
                return True
            word = _VERB_AFTER.match(body, after)
            if word:
                return True
        at = body.find(name, at + 1)
    return False


_VERB_AFTER = re.compile(r"(?:me|ber)[a-z]{3}")


def _person_named_in_headline(found: list[Found], name: str) -> Found | None:
    words = name.split()
    for size in range(len(words), 0, -1):
        key = _name_key(" ".join(words[:size]))
        for person in found:
            if key <= person.words or key in person.aliases or (  # "Presiden Jokowi"
                _aliased(" ".join(words[:size]), person)
            ):
                return person
    return None

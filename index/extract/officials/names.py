"""Reading a person's name: from the tokens after an office (ranks and honorifics skipped,
initials and particles kept), backwards from the words before one ("Tito Karnavian selaku
Mendagri"), and whether a word can be part of a name at all."""

from __future__ import annotations

import re

from index.analysis.analyzer import attested_words, stopwords
from index.dates import MONTHS
from index.extract.officials.lexicon import SPACE, Lexicon, Office
from index.extract.officials.tokens import (
    _ARTICLE_NAME,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    Token,
    _canonical_region,
    _phrase_at,
    is_derived_noun,
)
from index.extract.word_places import word_places
from index.gazetteer import is_common_word

# Courtesy titles: "Wakil Presiden Jusuf Kalla dan Ibu Mufidah" lists a spouse, not a deputy.
COURTESY_TITLES = frozenset({"Ibu", "Bu", "Bapak", "Pak", "Nyonya", "Ny", "Tuan", "Tn", "Sdr"})
MAX_NAME_WORDS = 6
# Things named after a person ("Bandara Soekarno-Hatta", "Jalan Jenderal Sudirman",
# "Universitas Gadjah Mada"): a name right after one of these is not the person.
PLACE_WORDS = frozenset({
    "jalan", "jl", "jln", "bandara", "bandar", "stadion", "gedung", "universitas", "institut",
    "yayasan", "museum", "masjid", "tol", "kampus", "taman", "lapangan", "gelora", "rs",
    "rumah", "sekolah", "pelabuhan", "bendungan", "monumen", "patung", "kapal", "kri",
    "penghargaan", "piala", "trofi", "foundation", "award",
})
# Words that put a name before its office: "Tito Karnavian selaku Mendagri", "Eri Cahyadi, yang
# juga Wali Kota Surabaya", "Nuki kini menjabat sebagai ...", "Budi dilantik menjadi ..."; not a
# past one ("yang saat itu menjabat", "yang pernah menjabat", "Budi pernah menjabat").
_LINKED_BEFORE = re.compile(
    rf"(?:,?{SPACE}+yang(?:{SPACE}+(?:juga|kini|sekarang|saat{SPACE}+ini))?"
    rf"(?:{SPACE}+(?:menjabat|merupakan|adalah))?(?:{SPACE}+sebagai)?|{SPACE}+selaku"
    rf"|{SPACE}+sebagai"
    # "Nuki kini menjabat sebagai Ketua KEIN", "Budi ditunjuk sebagai Penjabat Bupati"
    # ("Jimly menjabat Ketua MK pada tahun 2003-2008" is background: "menjabat" needs "kini")
    rf"|{SPACE}+(?:kini|sekarang|saat{SPACE}+ini|juga){SPACE}+menjabat(?:{SPACE}+sebagai)?"
    rf"|{SPACE}+(?:ditunjuk|diangkat|dilantik|terpilih){SPACE}+(?:menjadi|sebagai))$"
)
# "Budi merupakan Bupati Sleman", "Irman adalah Direktur Jenderal ...": a copula (looked for
# only where `before` ends with one, as few do)
_COPULA = re.compile(rf"{SPACE}+(?:merupakan|adalah|ialah)$")
_COPULAS = ("merupakan", "adalah", "ialah")
# an office a copula gives as held before someone else, or before the story's time
_BEFORE_THEN = re.compile(r"\b(?:[Ss]ebelumnya|[Ss]ebelum|[Dd]ulu|[Dd]ahulu|[Pp]ernah)\b")
_AGENT_BEFORE = re.compile(rf"\b(?:di[a-z]{{3,}}|oleh){SPACE}*$")  # a passive verb's agent
# "Saat ini Mulyono menjabat Kepala Badan ...": a sentence opened by "now", then the name
_NOW_HOLDS = re.compile(
    rf"(?:^|[.!?\n\"”]{SPACE}*)(?:Kini|Sekarang|Saat{SPACE}+ini){SPACE}*,?{SPACE}+"
    rf"([A-Z][\w'’.-]*(?:{SPACE}+[A-Z][\w'’.-]*){{0,3}}){SPACE}+menjabat(?:{SPACE}+sebagai)?$"
)
# a compass point ends a place's name ("Jakarta Selatan", "Lombok Barat"), never a person's
_DIRECTIONS = frozenset({"Utara", "Selatan", "Barat", "Timur", "Tengah", "Tenggara", "Laut"})
_ROMAN = re.compile(r"[IVX]{2,5}|V|X")  # not "I": "I Gede Ngurah Swajaya"
_DEGREE_AFTER_NAME = re.compile(r"[SM][A-Z]")  # "SE", "SH", "ST", "MH", "MM": a degree's
_GLUED_NUMBER = re.compile(r"([A-Z][a-z'’]+)\d{1,2}")
_ACRONYM_PART = re.compile(r"-[A-Z]{2,}")
_NAME_PAIR = re.compile(r"[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")
_PASSIVE = re.compile(r"Di([b-df-hj-np-tv-xz][a-z]{4,})")  # not "Diandra", "Diyanto"
_POSSESSIVE = re.compile(r"[A-Z][a-z]{2,}(?:an|kan|i)nya|[A-Z][a-z]{4,}nya")


def _is_person_name(text: str, lexicon: Lexicon) -> bool:
    """Whether text in parentheses is a person's name, not an acronym or a place ("Jabar")."""
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS and all(is_name_word(w, lexicon) for w in words)
        and not _canonical_region(text)
    )


def _read_name(tokens: list[Token], i: int, lexicon: Lexicon) -> tuple[list[str], int]:
    """Name words from tokens[i] on (honorifics skipped), and the index after the last one."""
    ranked = False  # after a rank, two capitals open a name: "Brigjen JO Sembiring"
    words: list[str] = []
    if _degree_as_initials(tokens, i, lexicon):
        words.append(tokens[i].text)  # "Jaksa Agung ST Burhanuddin", "SH Sarundajang"
        i += 1
    while not words and i < len(tokens) and tokens[i].kind == "honorific":
        i += 1
        ranked = True
    particles: list[str] = []  # kept only when another name word follows
    end = i
    while i < len(tokens) and len(words) < MAX_NAME_WORDS:
        token = tokens[i]
        i += 1
        if token.kind == "nick" and words:
            continue  # "Munafri 'Appi' Arifuddin"
        if _is_middle_initial(tokens, i - 1) and words:
            dot = "." if token.end - token.start > len(token.text) else ""
            words.extend([*particles, token.text + dot])  # "Yasonna H. Laoly": not Haji
            particles = []
            continue
        if token.kind != "word":
            break
        if glued := _GLUED_NUMBER.fullmatch(token.text):
            words.extend([*particles, glued.group(1)])  # "Fadli Zon6. Menteri ...": a list
            end = i
            break
        if token.text in NAME_PARTICLES and words:
            particles.append(token.text)
            continue
        if (words or (ranked and len(token.text) == 2) or _surname_follows(tokens, i, lexicon)
                or _name_closes(tokens, i, lexicon)) \
                and _are_initials(tokens, i - 1, lexicon):  # "AM Putranto", not "PLN Benny"
            initials = token.text
            if not words and len(initials) == 2 and initials[0] == "H" and (
                lexicon.honorific_pattern.fullmatch("H")
            ):
                initials = initials[1:]  # "HM Prasetyo": Haji (an honorific), then M
            words.extend([*particles, initials])  # "Bambang PS Brodjonegoro"
            particles = []
            continue
        if _ARTICLE_NAME.fullmatch(token.text) and words:  # "Bashar al-Assad"
            words.extend([*particles, token.text])
            particles = []
            end = i
            continue
        if _NAME_PAIR.fullmatch(token.text) and is_name_word(
            token.text.replace("-", ""), lexicon
        ) and _surname_follows(tokens, i, lexicon):
            words.extend([*particles, token.text])  # "Jean-Pierre Lacroix": one given name
            particles = []
            end = i
            continue
        if not is_name_word(token.text, lexicon, sentence_start=bool(words)) or _phrase_at(
            tokens, i - 1, lexicon, regions=False
        )[0]:
            break  # "Prabowo Subianto Untuk Program ...": a Title Case run goes on
        if lexicon.office_pattern.match(_token_text_from(tokens, i - 1)):
            break
        words.extend(particles)
        particles = []
        words.append(token.text)
        end = i
    if not any(len(word.rstrip(".")) > 1 for word in words):
        return [], end
    if len(words) > 1 and words[-1] in _DIRECTIONS:
        return [], end  # "Pengadilan Negeri Jakart Selatan": a misspelt place, not a person
    return words, end


def _degree_as_initials(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether two capitals that spell a degree (SE, SH, ST, MH, ...) open a name: a degree is
    written after the name, so before a name word they are its initials ("ST Burhanuddin")."""
    return (
        i + 1 < len(tokens) and tokens[i].kind == "honorific"
        and _DEGREE_AFTER_NAME.fullmatch(tokens[i].text) is not None
        and tokens[i].end == tokens[i].start + 2  # no full stops: "S.H." stays a degree
        and tokens[i + 1].kind == "word" and is_name_word(tokens[i + 1].text, lexicon)
        and not _phrase_at(tokens, i + 1, lexicon, regions=True)[0]
    )


def _are_initials(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i], two or three capitals, are initials inside a name: a name word follows
    ("Bambang PS Brodjonegoro", "Agus DW Martowardojo"), and no known acronym is meant."""
    text = tokens[i].text
    return (
        2 <= len(text) <= 4 and text.isupper() and text.isalpha()
        and text not in lexicon.institutions and text not in lexicon.phrases
        and text not in lexicon.offices and not _canonical_region(text)
        and i + 1 < len(tokens) and tokens[i + 1].kind == "word"
        and is_name_word(tokens[i + 1].text, lexicon) and not _canonical_region(tokens[i + 1].text)
    )


def _name_closes(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether one to three name words from tokens[i] end the tokens read (the text goes on in
    lower case or with punctuation): after initials opening a name that is the whole name ("HM
    Prasetyo mengatakan", "IGN Jaya Negara berharap", "AAGN Puspayoga,"), not a Title Case run."""
    end = i
    while end < len(tokens) and end - i < 4 and tokens[end].kind == "word" and is_name_word(
        tokens[end].text, lexicon
    ):
        end += 1
    return 1 <= end - i <= 3 and (end == len(tokens) or tokens[end].kind != "word")


def _is_middle_initial(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], lexed as an honorific, may be a name's initial: one letter right after
    a capitalised word ("Yasonna H. Laoly"; in "Camat Pahandut H. Berlianto" it is Haji)."""
    token = tokens[i]
    return (
        token.kind == "honorific" and len(token.text) == 1 and i > 0
        and tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper()
        and tokens[i - 1].end == token.start - 1
    )


def _surname_follows(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i] is a name word that no dictionary word is: after a hyphenated pair it
    makes the pair a given name ("Jean-Pierre Lacroix"), not two people ("Prabowo-Gibran
    Menang", a Title Case headline)."""
    return (
        i < len(tokens) and tokens[i].kind == "word" and is_name_word(tokens[i].text, lexicon)
        and tokens[i].text.lower() not in attested_words()
    )


def _token_text_from(tokens: list[Token], i: int) -> str:
    return " ".join(token.text for token in tokens[i:i + 4])


# is_name_word is asked about the same words several times an article and in article after
# article (the officials' and the statements' name readers): its answers are remembered for the
# lexicon they were read with (kept, so that its id stays its own)
_NAME_WORDS: list[tuple[Lexicon, dict[tuple[str, bool], bool]]] = []
_NAME_WORDS_LIMIT = 1 << 17


def is_name_word(word: str, lexicon: Lexicon, *, sentence_start: bool = False) -> bool:
    """Whether a word can be part of a person's name. Where a sentence may start (before an
    office), a capitalised stopword ("Menurut", "Sementara") is not; after an office it may be
    ("H. Lalu Gita Ariadi")."""
    if not _NAME_WORDS or _NAME_WORDS[0][0] is not lexicon:
        _NAME_WORDS[:] = [(lexicon, {})]
    known = _NAME_WORDS[0][1]
    key = (word, sentence_start)
    answer = known.get(key)
    if answer is None:
        if len(known) >= _NAME_WORDS_LIMIT:
            known.clear()
        answer = known[key] = _reads_as_name_word(word, lexicon, sentence_start)
    return answer


def _reads_as_name_word(word: str, lexicon: Lexicon, sentence_start: bool) -> bool:
    bare = word.rstrip(".")
    if not bare or not bare[0].isupper() or any(char.isdigit() or char == "/" for char in bare):
        return False
    if len(bare) > 1 and bare.isupper():
        return False  # an acronym
    if _NAME_PAIR.fullmatch(bare) or _ACRONYM_PART.search(bare):
        return False  # "Prabowo-Gibran": two people; "Bapepam-LK": an institution
    if sentence_start and bare.lower() in stopwords():
        return False
    if is_derived_noun(bare) or _POSSESSIVE.fullmatch(bare):
        return False  # "Percepatan", "Kepresidenan": a field or a body; "Keuangannya"
    return (
        bare not in lexicon.phrases
        and bare not in lexicon.institutions
        and bare not in lexicon.title_abbreviations
        and bare not in lexicon.qualifiers
        and bare not in lexicon.offices
    )



def _may_be_person(name: str) -> bool:
    """Whether a name read can be a person's at all: not only words that are never names, as
    stopwords ("Dalam", "Ke"), derived nouns ("Pemberitaan") and possessives ("Keuangannya")
    are, when an office's object runs on past what the lexicon knows; not a passive verb first,
    as a Title Case headline goes on after an office ("Mantan Presiden Suriah Dijatuhi Vonis")."""
    if _is_passive_verb(name.split()[0]) if name else False:
        return False
    return not all(
        word.lower() in stopwords() or is_derived_noun(word) or _POSSESSIVE.fullmatch(word)
        for word in name.split()
    )


def object_read_as_name(name: str, body: str, lexicon: Lexicon) -> bool:
    """Whether a name of one word is an office's object read on as a person ("Kepala Bidang
    Informasi Gempa", "Bupati Lobar", "Inspektur Upacara", "Presiden Amerika"): a month, a
    country's or a region's name (one that is not also a person's: "Bima"), or a word the
    article writes in lower case elsewhere ("gempa"), in a line not all lower case (a headline
    made from a URL's words is)."""
    if not name or " " in name:
        return False
    word = name.rstrip(".")
    if word.lower() in MONTHS or lexicon.phrases.get(word) == "place" or (
            _canonical_region(word) and not is_common_word(word)):
        return True
    lower = word.lower()
    for at in word_places(body, lower):
        line = body[body.rfind("\n", 0, at) + 1:body.find("\n", at + len(lower)) % (
            len(body) + 1)]
        if not line.islower():
            return True
    return False


def _is_passive_verb(word: str) -> bool:
    """Whether a capitalised word is di- before a root of five letters or more that news writes
    on its own (attested_words.txt): "Dipantau", "Dijatuhi", "Digulingkan"; not "Dimyati",
    "Diana"."""
    match = _PASSIVE.fullmatch(word)
    if match is None:
        return False
    root = match.group(1)
    return any(len(form) >= 5 and form in attested_words()
               for form in (root, re.sub(r"(?:kan|i)$", "", root)))


def _name_before(
    text: str, office_start: int, names_until: int, closed: bool, lexicon: Lexicon
) -> str | None:
    """The name in "Edy Pratowo, Wakil Gubernur Kalteng, mengatakan" (the office closed by a
    comma), "Tito Karnavian selaku Mendagri" or "Eri Cahyadi yang juga Wali Kota Surabaya"."""
    before = text[max(names_until, office_start - 100):office_start].rstrip(" \t\u00a0")
    if before.endswith((",", "(")):
        if not closed:
            return None
        before = before[:-1]
    else:
        linked = _LINKED_BEFORE.search(before) or (
            _COPULA.search(before) if before.endswith(_COPULAS) else None)
        if linked is None and before[-1:].isalpha() and (
            text[office_start:office_start + 15].split(maxsplit=1)[:1] in (
                [status] for status in lexicon.statuses)
        ):
            # "Rida Mulyana mantan Sekjen Kementerian ESDM": a status word, lower case, right
            # after the name is an apposition without its comma
            return _name_before_words(before, lexicon)
        if now := _NOW_HOLDS.search(before):
            return _name_before_words(now.group(1), lexicon, opens=True)
        if linked is None or linked.group().endswith("yang"):
            return None
        if linked.re is _COPULA and _BEFORE_THEN.search(_sentence_of(text,
                                                                                  office_start)):
            return None  # "Sebelumnya Yuyu adalah Wakil KSAU", "A adalah Kadis ... sebelum B"
        # "Zubaidah selaku Kepala Dinas ...", "Sugito yang merupakan Irjen ...": one word
        # opening the sentence is a name here; before "yang", only a word no dictionary has
        # ("Pria/Istri/Beliau yang juga ...": a noun or a pronoun for a person, statement_cues.tsv
        # or attested_words.txt), and never before a bare "sebagai" ("Indonesia sebagai ...")
        said = linked.group().split()
        before = before[:linked.start()].rstrip()
        last = before.split()[-1].lower() if before else ""
        opens = said == ["selaku"] or (len(said) > 1 and said[0].lstrip(",") in ("yang", "") and (
            not _person_noun(last) and last not in attested_words()
        ))
        name = _name_before_words(before, lexicon, opens=opens) if before else None
        if name and linked.re is _COPULA and _AGENT_BEFORE.search(
            before[:len(before) - len(name)]
        ):
            return None  # "yang ditangkap Densus adalah anggota DPRD": an agent, no subject
        return name
    before = before.rstrip()
    return _name_before_words(before, lexicon) if before else None


_APPOSED = re.compile(rf"(?:,|{SPACE}(?:merupakan|adalah|ialah)){SPACE}*$")


def _in_apposition(text: str, office_start: int) -> bool:
    """Whether an office is written after a comma or a copula, in apposition to the name before
    it: "Dewi, anggota Komisi XI DPR", "Dewi merupakan anggota Komisi XI DPR"."""
    return bool(_APPOSED.search(text, max(0, office_start - 12), office_start))


def _sentence_of(text: str, at: int) -> str:
    """The sentence around a position: from the last full stop, "!", "?" or line before it to
    the next after it."""
    start = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    ends = [end for mark in ".!?\n" if (end := text.find(mark, at)) >= 0]
    return text[start:min(ends) if ends else len(text)]


def _person_noun(word: str) -> bool:
    from index.extract.statements.cues import load_cues  # statements' package imports this one

    cues = load_cues()
    return word in cues.person_nouns or word in cues.unnamed or word in cues.pronouns


def _spells_office(name: str, written: str, office: Office) -> bool:
    """Whether words read as a name are the long form of the office's abbreviation after them:
    "Particulate Matter (PM)", "... dan Reformasi Birokrasi (MenPAN-RB)"."""
    words = name.lower().split()
    if " ".join(words) in office.role.lower():
        return True
    letters = re.sub(r"[^a-z]", "", written.lower())
    return written.isupper() and [w[0] for w in words[-len(letters):]] == list(letters)


def _name_before_words(before: str, lexicon: Lexicon, *, opens: bool = False,
                       after_office: bool = False) -> str | None:
    """The name that ends `before`, read backwards to where it starts. ``opens``: a single word
    opening a sentence may be the name (before "selaku"). ``after_office``: an office's object
    written in Title Case comes before the name, and ends it."""
    candidates = before.split()[-(MAX_NAME_WORDS + 1):]
    words: list[str] = []
    for at in range(len(candidates) - 1, -1, -1):
        word = candidates[at]
        if lexicon.honorific_pattern.fullmatch(word) and not (
            words and len(word.rstrip(".")) == 1 and at
            and is_name_word(candidates[at - 1], lexicon)
        ):
            break  # a title before the name; "Yasonna H. Laoly" keeps its initial
        if words and word[-1] in ".,;:!?\"”’)" and not _is_initial(word):
            break  # the previous sentence or clause
        if words and _ROMAN.fullmatch(word):
            break  # "Teradu VII Bernad Darmawan selaku ...": a party numbered in a legal formula
        if not is_name_word(word, lexicon, sentence_start=True) or (
            _canonical_region(word.rstrip(".")) and not (words and is_common_word(word))
        ):  # "Bima Arya, Wali Kota Bogor": Bima, a region, is also a first name
            if word[0].isupper() and word.lower() not in stopwords() and (
                lexicon.phrases.get(word) != "not-name"  # "Menurut Rizki Ameliah, Kepala ..."
            ) and not (after_office and words):
                return None  # "kabinet Indonesia Maju sebagai ...": part of another proper noun
            break
        words.insert(0, word)
    while words and words[0] in NAME_PARTICLES:
        words.pop(0)
    if not any(len(word.rstrip(".")) > 1 for word in words) or len(words) > MAX_NAME_WORDS:
        return None
    if len(words) == 1 and not opens and _starts_sentence(before, len(before) - len(words[0])):
        return None  # "Faktanya, Menteri Keuangan ...": a sentence opener, not a name
    return " ".join(words)


def _is_initial(word: str) -> bool:
    return word.endswith(".") and (len(word) == 2 or word[:-1] in NAME_ABBREVIATIONS)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"“”'‘’"

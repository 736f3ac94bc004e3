"""An office's object: what follows an office up to the name (institutions, units, sections,
fields, places, regions, acronyms) and belongs to its role."""

from __future__ import annotations

import re

from index.analysis.analyzer import stopwords
from index.extract.officials.lexicon import Lexicon, Office
from index.extract.officials.names import _is_middle_initial, _is_person_name
from index.extract.officials.roles import (
    _ACRONYM,
    _initials_fit,
    _is_subsequence,
)
from index.extract.officials.tokens import (
    _HOLDER_NUMBER,
    _ORDINAL,
    Token,
    _phrase_at,
    is_derived_noun,
)
from index.gazetteer import is_common_word

# "Ketua Komisi XI": a numbered commission is a legislature's, even when DPR/DPRD is left out
_COMMISSION = re.compile(r"\bKomisi [IVX]+\b")
_ROMAN = re.compile(r"[IVX]+")  # "DPD II Golkar": a party's board of the second level
_PAST_TERM = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b")
OBJECT_KINDS = (
    "institution", "unit", "section", "office", "office-of", "field", "place", "region", "party",
    "state-company",
)
# The offices that make a state- or region-owned company's officer an official: its directors
# and commissioners ("Direktur Utama PT Pertamina"), not a section head ("Kepala Seksi ... PT X")
COMPANY_HEADS = frozenset({"Direktur", "Komisaris"})


def _read_object(
    tokens: list[Token], office: Office, lexicon: Lexicon
) -> tuple[list[str], int, int] | None:
    """(role words, index of the first token after the object, where the object ends in the
    text), or None when this is no public office."""
    role = office.role.split()
    if role[-1] == "DPD" and _organisations_board("DPD", tokens, 0, lexicon):
        return None  # "Ketua DPD KSPSI DIY": a union's regional board
    has_institution = False
    place_pending = office.takes_place
    after_section = False  # "bidang Regulasi, Chatarina": the section's name follows it
    region_read = False
    i, count = 0, len(tokens)
    end = tokens[0].start if tokens else 0
    offices_at: dict[int, bool] = {}  # _starts_another_office at each token, once asked
    while i < count:
        token = tokens[i]
        if token.kind == "paren":
            if _PAST_TERM.search(token.text):
                return None  # "Menteri Tenaga Kerja (2009 – 2014), Cak Imin": a past term
            if " " in token.text.strip() and _is_person_name(token.text, lexicon):
                break  # "Gubernur Jawa Barat (Ahmad Heryawan)": the holder, in parentheses
            # "Menteri Energi dan Sumber Daya Mineral (ESDM)": the long form the article wrote
            # stays, what is in parentheses (an acronym, "(Wagub)") is left out
            has_institution |= token.text in lexicon.institutions
        elif _HOLDER_NUMBER.fullmatch(token.text):
            if _common_word_next(tokens, i + 1, lexicon):
                return None  # "Presiden ke-8 Akan Mulai ...": a headline about the office
            role.append(token.text)  # "Presiden ke-7 Joko Widodo": a holder by number
        elif token.kind == "num" and _PAST_TERM.fullmatch(token.text):
            return None  # "Direktur Utama Bank BJB 2019-2025 Yuddy Renaldi": a past term
        elif token.kind == "num" or _is_ordinal(tokens, i, lexicon):
            role.append(token.text)
        elif token.kind in ("word", "honorific"):
            if token.kind == "honorific" and (
                token.text not in lexicon.institutions
                or (i > 0 and tokens[i - 1].kind == "honorific")
            ) and _phrase_at(tokens, i, lexicon, regions=False)[0] not in ("unit", "institution"):
                break  # a rank: the name follows; "Polisi Perairan" is a unit
            long_form = _long_form_before_acronym(tokens, i, role[-1], lexicon, offices_at)
            if long_form:
                role.extend(_words_between(tokens, i, long_form))
                # "Partai Amanat Nasional (PAN)": a body spelt out, its acronym unlisted
                has_institution |= _phrase_at(tokens, i, lexicon, regions=False)[0] == "party"
                place_pending = after_section = False  # its acronym closes the long form
                i = long_form
                continue
            kind, size = _phrase_at(tokens, i, lexicon, regions=not office.national)
            if kind == "connector" and _starts_another_office(tokens, i + size, lexicon):
                break  # "Wali Kota Makassar dan Kepala Bekraf": two people
            if kind == "connector" and not _phrase_at(tokens, i + size, lexicon,
                                                      regions=not office.national)[0]:
                absorbed = _anchor_ahead(tokens, i, office, lexicon)
                if not absorbed:
                    break
                role.extend(_words_between(tokens, i, absorbed))
                has_institution |= _names_institution(tokens[i:absorbed], lexicon)
                i = absorbed
                end = tokens[i - 1].end
                continue
            if kind == "suffix":
                i += size  # "PT Telkom Indonesia Tbk": the company's, not the role's
                end = tokens[i - 1].end
                continue
            if kind == "field" and _modifier_after(tokens, i, lexicon):
                size = 2  # "Pencatatan Sipil", "Kedokteran Hewan": a noun and its modifier
            if kind in OBJECT_KINDS or kind == "connector":
                phrase = " ".join(t.text for t in tokens[i:i + size])
                if kind == "region" and region_read and _starts_name(tokens, i, size, phrase):
                    break  # "Wali Kota Bogor Bima Arya": Bima is also a name, and starts his
                region_read |= kind == "region"
                if phrase in lexicon.title_abbreviations and kind.startswith("office"):
                    phrase = lexicon.offices[phrase].role  # "Juru Bicara Wapres"
                role.extend(phrase.split())
                # a party's post is a public role too: "Ketua DPD Golkar", "Sekjen PDIP"
                if kind == "state-company" and office.role.split()[0] not in COMPANY_HEADS:
                    return None  # "Kepala Seksi Humas PT Angkasa Pura": a company's staff
                has_institution |= (
                    kind in ("institution", "unit", "office", "state-company")
                    and not _organisations_board(phrase, tokens, i + size, lexicon)
                ) or (kind == "party" and phrase not in lexicon.party_organs)
                # a kecamatan's name may start with its city's: "Camat Medan Belawan"
                place_pending = tokens[i + size - 1].text in lexicon.place_units or (
                    place_pending and kind == "region"
                )
                after_section = kind == "section"
                i += size
                end = tokens[i - 1].end
                continue
            if _is_unknown_acronym(token, lexicon) and _follows_a_body(tokens, i, role, lexicon):
                role.append(token.text)  # "Kemenko IPK", "Dinas PUPRPKP": an unlisted body
                i += 1
                end = token.end
                continue
            if kind == "not-name" and _inside_object(tokens, i, lexicon):
                kind = ""  # "Direktur Perlindungan Sosial Korban Bencana ... Kemensos"
            if not token.text[0].isupper() or kind:
                break
            absorbed = _unknown_words_in_object(
                tokens, i, place_pending, after_section, office, lexicon
            )
            if not absorbed:
                break
            role.extend(_words_between(tokens, i, absorbed))
            has_institution |= _names_institution(tokens[i:absorbed], lexicon)
            place_pending = after_section = False
            i = absorbed
            end = tokens[i - 1].end
            continue
        elif token.kind == "comma" and (absorbed := _anchor_ahead(tokens, i, office, lexicon)):
            # "Deputi Bidang Sosial, Budaya, dan Pemberdayaan Masyarakat Otorita IKN, Alimuddin"
            role[-1] += ","  # "Menteri Pertanian, Kehutanan, dan Perikanan": kept as written
            role.extend(_words_between(tokens, i + 1, absorbed))
            has_institution |= _names_institution(tokens[i:absorbed], lexicon)
            place_pending = after_section = False  # "Kementerian Desa, ... Transmigrasi Anwar"
            i = absorbed
            end = tokens[i - 1].end
            continue
        elif token.kind == "comma" and (
            body_end := _body_between_commas(tokens, i, lexicon)
        ):
            # "Kepala Bidang Humas, Polda Jatim, Sugito": the body in apposition, its commas out
            role.extend(_words_between(tokens, i + 1, body_end))
            has_institution = True
            i = body_end
            end = tokens[i - 1].end
            continue
        else:
            break
        i += 1
        end = tokens[i - 1].end
    if office.needs_institution and not (
        has_institution or _COMMISSION.search(" ".join(role))
        or (office.named and i == 0 and count and tokens[0].kind in ("word", "honorific"))
    ):
        return None  # "hakim Kusno": no object, the holder's name at once
    return role, i, end


def _organisations_board(phrase: str, tokens: list[Token], after: int, lexicon: Lexicon) -> bool:
    """Whether "DPD" is an organisation's regional board (Dewan Pimpinan Daerah), not the
    senate: an acronym no list knows follows it ("Ketua DPD KSPSI DIY")."""
    return phrase == "DPD" and after < len(tokens) and tokens[after].kind == "word" and (
        _is_unknown_acronym(tokens[after], lexicon) and not _ROMAN.fullmatch(tokens[after].text)
        and not _phrase_at(tokens, after, lexicon, regions=True)[0]
    )


def _body_between_commas(tokens: list[Token], i: int, lexicon: Lexicon) -> int:
    """Index of the comma closing a public body (an institution or unit, and a region after it)
    written between commas after an office's object and before its holder's name ("Kepala
    Bidang Informasi Gempa Bumi, BMKG, Daryono"), else 0."""
    j = i + 1
    kinds: list[str] = []
    while j < len(tokens) and tokens[j].kind == "word" and len(kinds) < 6:
        kind, size = _phrase_at(tokens, j, lexicon, regions=True)
        if kind not in ("institution", "unit") and (
            not kinds or kind not in ("region", "field", "section", "place")
        ):
            return 0  # "Kementerian Pariwisata", "Polda Jatim": a body, then its field or region
        kinds.append(kind)
        j += size
    if not kinds or j + 1 >= len(tokens) or tokens[j].kind != "comma":
        return 0
    name = tokens[j + 1]
    if name.kind not in ("word", "honorific") or not name.text[:1].isupper():
        return 0
    return j if name.kind == "honorific" or not _phrase_at(tokens, j + 1, lexicon,
                                                          regions=True)[0] else 0


def _modifier_after(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i] is a derived noun the lexicon does not know followed by one unknown
    capitalised word that ends the run ("Peternakan dan Kedokteran Hewan sebanyak ..."): that
    word qualifies the noun; a name would be followed by more of it or come after a comma."""
    if tokens[i].text in lexicon.phrases or not is_derived_noun(tokens[i].text):
        return False
    j = i + 1
    if j >= len(tokens) or tokens[j].kind != "word" or not tokens[j].text[:1].isupper():
        return False
    if _phrase_at(tokens, j, lexicon, regions=True)[0]:
        return False
    return j + 1 == len(tokens) or tokens[j + 1].kind not in ("word", "honorific")


def _starts_name(tokens: list[Token], i: int, size: int, phrase: str) -> bool:
    """Whether a second region in an office's object, one that is also a name or an everyday
    word (region_common_words.txt), is rather the first word of the holder's name: a
    capitalised word follows it."""
    following = tokens[i + size] if i + size < len(tokens) else None
    return (
        is_common_word(phrase) and following is not None and following.kind == "word"
        and following.text[:1].isupper()
    )


def _follows_a_body(tokens: list[Token], i: int, role: list[str], lexicon: Lexicon) -> bool:
    """Whether an institution, a unit or a section comes just before tokens[i], in the object
    or, for the first token, at the end of the office itself ("Kepala Dinas PUPRPKP")."""
    kind = _phrase_at(tokens, i - 1, lexicon, regions=False)[0] if i else (
        lexicon.phrases.get(role[-1], "")
    )
    return kind in ("institution", "unit", "section")


def _object_runs_on(tokens: list[Token], after: int, lexicon: Lexicon) -> bool:
    """Whether what was read as a name is more of the object: more of it follows ("Kepala Badan
    Narkotika Nasional"), an unknown acronym does ("Kepala Divisi Niaga PLN Benny Marbun"), or
    an institution does past an abbreviation ("Komandan Satuan Siber (Dansatsiber) Mabes TNI")."""
    if after < len(tokens) and _phrase_at(tokens, after, lexicon, regions=False)[0] in (
        "institution", "unit", "section", "field", "place"
    ):
        return True  # "Kepala Badan Narkotika Nasional": no name was there
    if after < len(tokens) and tokens[after].kind == "paren":
        after += 1
        if after < len(tokens) and _phrase_at(tokens, after, lexicon, regions=False)[0] in (
            "institution", "unit", "section"
        ):
            return True
    if after >= len(tokens):
        return False
    following = tokens[after]
    return _is_unknown_acronym(following, lexicon) or (  # "... Komisi Fatwa MUI", "... PT X"
        following.kind == "word" and lexicon.phrases.get(following.text) == "not-name"
        and following.text.isupper() and len(following.text) > 1
    )


def _inside_object(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i], a not-name noun that may sit in an object ("Korban", "Saksi"), does:
    a capitalised word comes before it, in the object."""
    return (
        tokens[i].text in lexicon.object_nouns and i > 0 and tokens[i - 1].kind == "word"
        and tokens[i - 1].text[:1].isupper()
    )


def _is_unknown_acronym(token: Token, lexicon: Lexicon) -> bool:
    text = token.text
    return (
        token.kind == "word" and len(text) > 1 and text.isupper()
        and text not in lexicon.institutions and text not in lexicon.phrases
    )


def _starts_another_office(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    if i >= len(tokens):
        return False
    kind = _phrase_at(tokens, i, lexicon, regions=False)[0]
    return tokens[i].text in lexicon.qualifiers or kind in ("office", "office-of")


def _names_institution(tokens: list[Token], lexicon: Lexicon) -> bool:
    return any(
        t.text in lexicon.institutions or lexicon.phrases.get(t.text) in ("unit", "institution")
        for t in tokens
    )


def _words_between(tokens: list[Token], start: int, stop: int) -> list[str]:
    """The words of tokens[start:stop] for a role, a comma kept on the word before it."""
    words: list[str] = []
    for token in tokens[start:stop]:
        if token.kind == "comma":
            if words:
                words[-1] += ","
        elif token.kind != "paren":
            words.append(token.text)
    return words


def _common_word_next(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """A stopword that no data file knows is at `i`: no name follows there."""
    return (i < len(tokens) and tokens[i].kind == "word" and tokens[i].text not in lexicon.phrases
            and tokens[i].text.lower() in stopwords())


def _is_ordinal(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """ "Presiden ke-8", "Komisi XI", "Pangdam XII/Tanjungpura", "Wilayah V"; a lone "I" only
    before an institution or where the capitals end ("Komisi I DPR", "Komisi I dari Fraksi PDIP",
    not "I Gusti Ngurah")."""
    text = tokens[i].text
    if tokens[i].kind != "word":
        return False
    if text == "I":
        return i + 1 == len(tokens) or _phrase_at(tokens, i + 1, lexicon, regions=False)[0] in (
            "institution", "unit", "section"
        )
    if text in ("V", "X"):  # "KPK Wilayah V Dian Patria": a numbered section, not an initial
        return i > 0 and lexicon.phrases.get(tokens[i - 1].text) == "section"
    return bool(_ORDINAL.fullmatch(text))


def _unknown_words_in_object(
    tokens: list[Token], i: int, place_pending: bool, after_section: bool, office: Office,
    lexicon: Lexicon,
) -> int:
    """Index after unknown words that still belong to the object, else 0.

    They do when a known institution, unit, region or a rank follows them ("Deputi Penindakan
    dan Eksekusi KPK Asep", "Kapolda Metro Jaya Irjen M Iriawan"), when they name the local
    place an office takes ("Camat Pahandut Berlianto"), or when they name the section before
    them and a comma then the name follow ("Staf Ahli Mendikbud bidang Regulasi, Chatarina").
    """
    anchor = _anchor_ahead(tokens, i, office, lexicon)
    if anchor:
        return anchor
    words_end = i
    while words_end < len(tokens) and tokens[words_end].kind == "word" and (
        tokens[words_end].text[0].isupper()
    ):
        words_end += 1
    then = tokens[words_end + 1] if words_end + 1 < len(tokens) else None
    if then is None or tokens[words_end].kind != "comma":
        followed_by = ""
    else:
        followed_by = then.kind if then.text[0].isupper() else ""
    after_acronym = i > 0 and tokens[i - 1].text in lexicon.institutions and words_end - i > 1
    if (followed_by == "honorific" and not after_acronym) or (
        after_section and followed_by == "word"
    ):  # "Kapolres Boyolali, AKBP Aries Andhi": the rank starts the name; not "Direktur
        return words_end  # Gratifikasi KPK Giri Suprapdiono, Mayjen ...": a name, another's rank
    if words_end > i and then is not None and _body_between_commas(tokens, words_end, lexicon):
        return words_end  # "Asisten Deputi Pengembangan Pasar Asia, Kementerian Pariwisata, A"
    if not place_pending:
        return 0
    if followed_by in ("word", "honorific"):
        return words_end
    if tokens[i].text in lexicon.place_words and words_end - i >= 3:
        return i + 2  # "Camat Tanah Abang Dedi Arif": a place of two words
    return i + 1 if words_end - i >= 2 else 0


def _anchor_ahead(tokens: list[Token], i: int, office: Office, lexicon: Lexicon) -> int:
    """Index just after the last known institution, unit or region (or just before a rank) in
    the stretch of capitalised words from tokens[i], else 0. Commas may sit in the stretch when
    it is a list closed by "dan" ("Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat
    Kementerian Keuangan Rosmauli"); another office ends it."""
    anchors = ("institution", "unit", "place") + (() if office.national else ("region",))
    j, anchor, commas, listed = i, 0, 0, False
    unknown = 0  # unknown words since the last comma: two of them before "dan" are a name
    named = False  # an unknown word not in capitals (a name's?) read: the list is no object's
    headline = False
    while j < len(tokens) and j - i < 10:
        token = tokens[j]
        if (
            token.kind == "honorific" and token.text not in lexicon.institutions
            and not (_is_middle_initial(tokens, j) and not office.takes_place)
        ):
            return j if j > i and not commas else anchor
        if token.kind == "comma":
            commas, unknown = commas + 1, 0
            j += 1
            continue
        if token.kind not in ("word", "num"):
            break
        kind, size = _phrase_at(tokens, j, lexicon, regions=not office.national)
        if kind == "not-name" and _inside_object(tokens, j, lexicon):
            kind = ""
        if kind in ("office", "office-of", "not-name") or token.text in lexicon.qualifiers:
            break
        # a Title Case headline ("Presiden Ingin Kebijakan ..."): a derived noun after a
        # stopword anchors nothing ("Penyakit Tidak Menular" may still reach "Kemenkes")
        headline |= not kind and token.text.lower() in stopwords()
        if kind == "connector":
            if unknown >= 2:
                break  # "Presiden AS Donald Trump dan Duta Besar ...": two people
            listed, commas = listed or commas > 0, 0
        elif not token.text[0].isupper():
            break
        # a known field closes a list after its "dan": "Kementerian Desa, Pembangunan Daerah
        # Tertinggal dan Transmigrasi Anwar Sanusi"
        if (kind in anchors or (kind == "field" and listed and not named)
                or (is_derived_noun(token.text) and not headline)) and (
            not commas or (listed and commas == 1)
        ):
            anchor = j + size  # "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian ..."
        unknown = unknown + 1 if not kind else 0
        named |= not kind and not token.text.isupper()
        j += size or 1
    return anchor


def _acronym_in_parentheses(written: str, lexicon: Lexicon) -> str:
    """The acronym in parentheses after a long form. A unit's acronym is often written after
    its body's own ("Direktur Jenderal Administrasi Hukum Umum (Dirjen AHU)", "(Ditjen
    Intram)", "(Satgas PPK)"): the last word is then the acronym the long form spells."""
    words = written.split()
    if len(words) == 2 and (words[0] in lexicon.institutions
                            or words[0] in lexicon.title_abbreviations):
        return words[1]
    return written.strip()


def _long_form_before_acronym(tokens: list[Token], i: int, lead: str, lexicon: Lexicon,
                              offices_at: dict[int, bool]) -> int:
    """Index of the parenthesised acronym that closes a long form starting at tokens[i], else 0.

    "Komisi Pemberantasan Korupsi (KPK)": every word up to the acronym belongs to the object,
    whether or not the words are known. The word before (lead) may open the long form: "Kepala
    Badan Pengatur Jalan Tol (BPJT)". offices_at: whether another office starts at a token,
    by its index, filled in as asked (the object's reading asks at each of its words, and each
    asking reads the words ahead).
    """
    for j in range(i, min(len(tokens), i + 12)):
        token = tokens[j]
        if token.kind == "paren":
            acronym = _acronym_in_parentheses(token.text, lexicon)
            words = [t.text for t in tokens[i:j] if t.kind == "word"]
            if j == i or not _ACRONYM.fullmatch(acronym):
                return 0
            if acronym in lexicon.institutions or acronym in lexicon.title_abbreviations:
                return j
            # An unknown acronym: the words must spell it and hold a known object word, so
            # that "Sugianto Sabran (SS)" stays a name.
            initials = [word[0].lower() for word in words if word[0].isupper()]
            if initials[:1] != [acronym[0].lower()] and lead[:1].lower() == acronym[0].lower():
                initials.insert(0, lead[0].lower())
            if acronym.isupper():
                spelled = _initials_fit(initials, acronym.lower())
            else:  # "Badan Pengelola Pendapatan Daerah (Bappenda)": syllables, not letters
                spelled = initials[:1] == [acronym[0].lower()] and _is_subsequence(
                    initials, acronym.lower()
                )
            known_word = any(_phrase_at(tokens, k, lexicon, regions=False)[0] in OBJECT_KINDS
                             for k in range(i, j))
            return j if spelled and known_word else 0
        if token.kind == "comma" and j > i:
            continue
        if token.kind != "word" or not (token.text[0].isupper() or token.text in
                                         lexicon.connectors):
            return 0
        another = offices_at.get(j)
        if another is None:
            another = offices_at[j] = _starts_another_office(tokens, j, lexicon)
        if another:
            return 0  # "... Muhamad Mardiono dan Wakil Ketua Dewan Ekonomi Nasional (DEN)"
    return 0

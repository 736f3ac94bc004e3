"""Officials named in an article: people holding public office, with their role as written.

News names an official by putting an office and a person together: "Wakil Gubernur (Wagub)
Kalteng, Edy Pratowo", "Kapolres Kotim AKBP Sarpani", "Tito Karnavian selaku Mendagri". An office
comes from index/data/titles.tsv or is a `title` abbreviation in index/data/abbreviations.tsv.
What follows it up to the name (units, fields, regions, acronyms: its object) belongs to the
role. The role is the office plus its object, with office abbreviations expanded, a long form
followed by its acronym in parentheses shortened to the acronym, and region short forms written
out. Ranks and honorifics (index/data/honorifics.txt) are not part of the name. A later mention
by part of a name ("Wagub Edy"), or misspelt by a letter, joins the full one, and a name known
only in part takes the full form the article writes elsewhere ("Purbaya" -> "Purbaya Yudhi
Sadewa").

Besides "office, name" and "name, office" news writes several holders after one office ("Anggota
KPU A, B, dan C"), two offices sharing their object ("Bupati dan Wakil Bupati Bangkalan, A dan
B"), the holder in parentheses ("Pak Gubernur Jawa Barat (A)"), and "A yang juga Wali Kota X".
A headline's office without a name ("Panglima Jelaskan ...", "Mendagri: ...") goes to the person
the body quotes most, when the body gives that person no other office: exports often drop the
lead that named them together.

Who counts (see the header of titles.tsv): holders of public office, Indonesian or foreign, named
with their office. Former holders ("mantan Gubernur", "Presiden ke-7", "Menteri ... (2009-2014)"),
candidates, party and association posts, and executives of state-owned companies are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from index.analysis.analyzer import stopwords
from index.article import Official
from index.data_files import word_list
from index.extract.pattern_cache import compile_cached
from index.extract.regions import expand_region_short_forms
from index.extract.trie_pattern import char_trie, trie_expression
from index.gazetteer import canonical_region

# Lower-case words that may sit inside a name ("Saleh bin Ahmad", "Joao de Sousa").
NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "den", "von", "de", "da", "dos", "del"})
# Name parts written shortened with a full stop ("Muh. Yusuf"); any other word followed by a full
# stop ends the sentence.
NAME_ABBREVIATIONS = frozenset({"Muh", "Moh", "Moch", "Mochd", "Muhd", "Mhd", "Abd", "Ach", "St"})
# Words after which an office is the object of a clause: "kritik kepada Menkeu, Gus Maksum ...".
PREPOSITIONS = frozenset({"kepada", "dari", "untuk", "terhadap", "dengan", "pada", "bagi", "atas"})
# Courtesy titles: "Wakil Presiden Jusuf Kalla dan Ibu Mufidah" lists a spouse, not a deputy.
COURTESY_TITLES = frozenset({"Ibu", "Bu", "Bapak", "Pak", "Nyonya", "Ny", "Tuan", "Tn", "Sdr"})
MAX_NAME_WORDS = 6
MAX_REGION_WORDS = 4
MAX_TOKENS_AFTER_OFFICE = 28

SPACE = r"[ \t\u00a0]"
_SPACES = re.compile(SPACE + "*")
_TOKEN = re.compile(
    r"(?P<comma>,)"
    r"|\((?P<paren>[^()\n]{1,80})\)"
    r"|['‘\"“](?P<nick>[A-Z][a-z]+)['’\"”]"
    r"|(?P<num>\d+(?:[/.\-]\w+)*)"
    r"|(?P<word>&|[^\W\d_](?:\w|['’](?=\w))*(?:[-/]\w(?:\w|['’](?=\w))*)*)(?P<dot>\.(?!\w))?"
)
# "ke-7" after an office counts its holders; news uses it for past ones.
_HOLDER_NUMBER = re.compile(
    r"ke-?\d+|[Kk]e(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|[Pp]ertama"
)
_PAST_TERM = re.compile(r"\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b")
_ORDINAL = re.compile(r"ke-?\d+|[IVXL]{2,}|[IVXL]+/\w+")
# What may close an apposition: "Wagub Kalteng, Edy Pratowo, saat ..." or "..., kata Wagub Edy."
_CLOSING = re.compile(SPACE + r"*(?:[,.;:!?)\"”’\n]|$)")
_HELD_BY = re.compile(SPACE + r"+dijabat(?:" + SPACE + r"+oleh)?" + SPACE + "+")
# Words that put a name before its office: "Tito Karnavian selaku Mendagri", "Eri Cahyadi, yang
# juga Wali Kota Surabaya"; not a past one ("yang saat itu menjabat", "yang pernah menjabat").
_LINKED_BEFORE = re.compile(
    rf"(?:,?{SPACE}+yang(?:{SPACE}+(?:juga|kini|sekarang|saat{SPACE}+ini))?"
    rf"(?:{SPACE}+(?:menjabat|merupakan|adalah))?(?:{SPACE}+sebagai)?|{SPACE}+selaku"
    rf"|{SPACE}+sebagai)$"
)
_LIST_SEPARATOR = re.compile(
    rf"{SPACE}*,{SPACE}*(?:(?P<last>dan|serta){SPACE}+)?|{SPACE}+(?P<and>dan|serta){SPACE}+"
)
_LOWER_WORD = re.compile(rf"{SPACE}+[a-z]")
# A verb or an adverb right after a name: the name is a clause's subject ("Budi justru menilai").
_CLAUSE_GOES_ON = re.compile(
    rf"{SPACE}+(?:(?:me|ber|ter)[a-z]{{3,}}|justru|juga|pun|lalu|kemudian|akan|sudah|telah"
    r"|tidak|belum|masih)\b"
)
_CAPITAL_NEXT = re.compile(rf"{SPACE}*[,(]?{SPACE}*[A-Z]")
_MORE_NAME_WORDS = re.compile(rf"(?:{SPACE}+[A-Z][\w'’-]*)+")
# Where news quotes a person: "kata Agus", "ujar Irjen Agus", "Agus mengatakan", "Menurut Agus".
_SPEAKER = re.compile(
    r"(?:\b(?:[Kk]ata|[Uu]jar|[Uu]cap|[Tt]utur|[Jj]elas|[Uu]ngkap|[Tt]egas|[Ii]mbuh|[Ss]ebut"
    r"|[Tt]erang|[Pp]apar|[Ll]anjut|[Tt]ambah|[Pp]ungkas|[Bb]eber|[Mm]enurut|[Dd]isampaikan)"
    rf"{SPACE}+(?=[A-Z])"
    r"|(?P<after>(?<=[a-z])(?=\s+(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan"
    r"|menyebut|menyebutkan|menilai|meminta|mengaku|berharap|menambahkan|memastikan)\b)))"
)
_NAME_ENDS = re.compile(rf"{SPACE}*[,.;:!?)\"”’]|{SPACE}+[a-z(]")
_ALIAS = re.compile(SPACE + r"*(?:\(|" + SPACE + r"atau" + SPACE + ")" + SPACE + "*")
OBJECT_KINDS = (
    "institution", "unit", "section", "office", "office-of", "field", "place", "region", "party"
)
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as)-[A-Z][\w'’]*")
_GLUED_NUMBER = re.compile(r"([A-Z][a-z'’]+)\d{1,2}")
_ACRONYM_PART = re.compile(r"-[A-Z]{2,}")
_NAME_PAIR = re.compile(r"[A-Z][a-z]{3,}-[A-Z][a-z]{3,}")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&/\-]{1,15}")


@dataclass(frozen=True)
class Office:
    role: str  # as a role spells it: "Wakil Gubernur" for "Wagub"
    needs_institution: bool  # "Kepala", "Direktur": only with a public institution after it
    takes_place: bool  # followed by a local place the gazetteer does not know: "Camat Pahandut"
    national: bool  # nothing after it is a region: "Wamendagri Bima Arya"
    public: bool = True  # False for "Ketua Umum", "Presiden Direktur": read only to be skipped
    several: bool = False  # held by several people at once: "Anggota KPU A, B dan C"


@dataclass(frozen=True)
class Lexicon:
    offices: dict[str, Office]  # as written, lower-case forms included
    qualifiers: dict[str, str]  # as written -> as in a role
    several_qualifiers: frozenset[str]  # "Wakil": several deputies may be listed after it
    phrases: dict[str, str]  # object words and not-names as written -> kind
    place_units: frozenset[str]
    place_words: frozenset[str]  # "Tanah" of "Camat Tanah Abang": a place's first word
    title_abbreviations: frozenset[str]
    institutions: dict[str, str]  # acronym -> long form
    connectors: frozenset[str]
    blockers: frozenset[str]
    phrase_lengths: dict[str, int]  # first word -> words in the longest phrase it starts
    office_pattern: re.Pattern[str]
    qualifiers_before: re.Pattern[str]
    qualifier_pattern: re.Pattern[str]
    honorific_pattern: re.Pattern[str]


class Token(NamedTuple):
    kind: str  # word, honorific, comma, paren, nick, num
    text: str
    start: int
    end: int


class Mention(NamedTuple):
    name: str
    role: str
    start: int
    aliases: tuple[str, ...] = ()  # "Immanuel Ebenezer atau Noel", "Saifullah Yusuf (Gus Ipul)"


@dataclass
class Found:
    name: str
    role: str
    start: int
    words: frozenset[str]
    aliases: list[frozenset[str]]
    spellings: list[str] = field(default_factory=list)  # of the name, as misspelt elsewhere


def extract_officials(title: str, body: str) -> list[Official]:
    """Officials named in an article, in order of first mention, one entry per person."""
    lexicon = load_lexicon()
    found: list[Found] = []
    for mention in mentions(body, lexicon):
        _join(found, mention)
    # Headlines are Title Case ("Gubernur Abdul Wahid Luncurkan Mobil"), so a name read there
    # only moves a person named in the body to the front.
    for mention in mentions(title, lexicon):
        person = _person_named_in_headline(found, mention.name)
        if person is not None:
            person.start = mention.start - len(title) - 1
    if speaker := _headline_office_holder(title, body, found, lexicon):
        found.append(speaker)
    for person in found:
        if person.spellings:  # "Affifudin" once, "Afifudin" three times: the usual spelling
            person.name = max([person.name, *person.spellings], key=body.count)
        person.name = _fuller_name(person.name, body, lexicon)
    found.sort(key=lambda person: person.start)
    return [Official(person.name, person.role) for person in found]


def mentions(text: str, lexicon: Lexicon) -> Iterator[Mention]:
    """Each place in text where an office and the person holding it are named together."""
    pos = 0
    names_until = 0  # end of the last name read, so a name is never used twice
    while match := lexicon.office_pattern.search(text, pos):
        pos = match.end()
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            continue  # inside a word
        if match.group()[0].islower() and not _CAPITAL_NEXT.match(text, pos):
            continue  # "kepala daerah", "ketua umum": a lower-case office needs a capital after
        qualifiers = lexicon.qualifiers_before.search(text, max(0, start - 60), start)
        if qualifiers:
            start = qualifiers.start()
        if _blocked(text, start, lexicon):
            continue
        written = _collapse_spaces(match.group())
        office = lexicon.offices[written]
        if not office.public or _names_a_place(text, start, written, lexicon):
            continue
        tokens = _lex(text, match.end(), lexicon)
        reading = _read_object(tokens, office, lexicon)
        if reading is None:
            continue
        role_words, after, object_end = reading
        object_end = object_end or match.end()  # nothing could be read after the office
        pos = max(pos, object_end)
        qualifier_words = _qualifiers(qualifiers.group() if qualifiers else "", lexicon)
        role = _finish_role(qualifier_words + role_words)
        several = office.several or not (
            office.national or lexicon.several_qualifiers.isdisjoint(qualifier_words)
        )
        in_parentheses = text[max(0, start - 3):start].rstrip(" \t\u00a0").endswith("(")
        lowercase = written[0].islower()
        name, name_end = ("", 0) if in_parentheses else _name_after(
            text, tokens, after, object_end, lexicon, lowercase=lowercase
        )
        if name and _clause_ends_at_comma(text, start, tokens, after, name_end):
            name = ""
        before = None
        if name and _may_be_apposition(text, start, tokens, after, name_end):
            before = _name_before(text, start, names_until, True, lexicon)
        if before is not None:
            # "Takuya Shimamura, Presiden Asahi Glass, yang ...": the words after the office
            # are its object, and the person is named before it
            names_until = pos = max(pos, name_end)
            if not office.national:  # else a company's or a club's president
                yield Mention(before, _finish_role(role.split() + name.split()), start)
            continue
        if name:
            listed = _listed_names(text, name_end, lexicon)
            paired = _office_paired_before(text, start, lexicon) if len(listed) == 1 else None
            if paired:
                # "Bupati dan Wakil Bupati Bangkalan, Lukman Hakim dan Moch Fauzan": the first
                # name holds the first office, with the object both share
                object_words = role_words[len(office.role.split()):]
                yield Mention(name, _finish_role(paired + object_words), start)
                name, _, name_end = listed[0]
                listed = []
            yield Mention(name, role, start, _aliases_after(text, name_end, lexicon))
            for other, other_start, other_end in listed if several else ():
                name_end = other_end
                yield Mention(other, role, other_start)
            names_until = pos = max(pos, name_end)
            continue
        closed = bool(_CLOSING.match(text, object_end))
        ends = closed or bool(_LOWER_WORD.match(text, object_end))
        before = None if lowercase or not ends else _name_before(
            text, start, names_until, closed, lexicon
        )
        if before is not None and _spells_office(before, written, office):
            before = None  # "Particulate Matter (PM)": the long form of an acronym
        if before is not None:
            yield Mention(before, role, start)


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


# --- Reading what follows an office -------------------------------------------------------------


def _read_object(
    tokens: list[Token], office: Office, lexicon: Lexicon
) -> tuple[list[str], int, int] | None:
    """(role words, index of the first token after the object, where the object ends in the
    text), or None when this is no public office."""
    role = office.role.split()
    protected = 1  # the office's head word is never swallowed by an acronym
    has_institution = False
    place_pending = office.takes_place
    after_section = False  # "bidang Regulasi, Chatarina": the section's name follows it
    i, count = 0, len(tokens)
    end = tokens[0].start if tokens else 0
    while i < count:
        token = tokens[i]
        if token.kind == "paren":
            if _PAST_TERM.search(token.text):
                return None  # "Menteri Tenaga Kerja (2009 – 2014), Cak Imin": a past term
            if " " in token.text.strip() and _is_person_name(token.text, lexicon):
                break  # "Gubernur Jawa Barat (Ahmad Heryawan)": the holder, in parentheses
            role = _apply_parenthesis(role, token.text, protected, lexicon)
            has_institution |= token.text in lexicon.institutions
        elif _HOLDER_NUMBER.fullmatch(token.text):
            return None  # "Presiden ke-7 Joko Widodo": a holder in the list of holders
        elif token.kind == "num" or _is_ordinal(tokens, i, lexicon):
            role.append(token.text)
        elif token.kind in ("word", "honorific"):
            if token.kind == "honorific" and (
                token.text not in lexicon.institutions
                or (i > 0 and tokens[i - 1].kind == "honorific")
            ) and _phrase_at(tokens, i, lexicon, regions=False)[0] not in ("unit", "institution"):
                break  # a rank: the name follows; "Polisi Perairan" is a unit
            long_form = _long_form_before_acronym(tokens, i, role[-1], lexicon)
            if long_form:
                role.extend(_words_between(tokens, i, long_form))
                i = long_form
                continue
            kind, size = _phrase_at(tokens, i, lexicon, regions=not office.national)
            if kind == "party" and not has_institution:
                return None  # "Ketua DPD Golkar", "Ketua DPP Bidang Hukum Partai Golkar"
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
            if kind in OBJECT_KINDS or kind == "connector":
                phrase = " ".join(t.text for t in tokens[i:i + size])
                if phrase in lexicon.title_abbreviations and kind.startswith("office"):
                    phrase = lexicon.offices[phrase].role  # "Juru Bicara Wapres"
                role.extend(phrase.split())
                has_institution |= kind in ("institution", "unit", "office")
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
            role.extend(_words_between(tokens, i, absorbed))
            has_institution |= _names_institution(tokens[i:absorbed], lexicon)
            i = absorbed
            end = tokens[i - 1].end
            continue
        else:
            break
        i += 1
        end = tokens[i - 1].end
    if office.needs_institution and not has_institution:
        return None
    if not has_institution and any(lexicon.phrases.get(word) == "party" for word in role):
        return None  # "Ketua DPD I Partai Golkar Provinsi Gorontalo": a party post
    return role, i, end


def _follows_a_body(tokens: list[Token], i: int, role: list[str], lexicon: Lexicon) -> bool:
    """Whether an institution, a unit or a section comes just before tokens[i], in the object
    or, for the first token, at the end of the office itself ("Kepala Dinas PUPRPKP")."""
    kind = _phrase_at(tokens, i - 1, lexicon, regions=False)[0] if i else (
        lexicon.phrases.get(role[-1], "")
    )
    return kind in ("institution", "unit", "section")


def _name_after(
    text: str, tokens: list[Token], i: int, object_end: int, lexicon: Lexicon, *, lowercase: bool
) -> tuple[str, int]:
    """The name that follows an office's object, and where it ends; ("", 0) when none does."""
    apposition = i < len(tokens) and tokens[i].kind == "comma"
    if apposition:
        i += 1
        kind, size = _phrase_at(tokens, i, lexicon, regions=True)
        if kind == "region":
            i += size  # "Kasi Intel Kejari Samarinda, Kaltim Bramantyo"
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
    words, after = _read_name(tokens, i, lexicon)
    if not words:
        return "", 0
    if _object_runs_on(tokens, after, lexicon):
        return "", 0
    name_end = tokens[after - 1].end
    if apposition and lowercase and not _CLOSING.match(text, name_end):
        return "", 0  # "menjabat hakim konstitusi, Jimly justru ...": not an apposition
    return " ".join(words), name_end


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
        if office is not None and office.public and not _blocked(
            text, start - len(" ".join(words[-1 - size:])) - 1, lexicon
        ):
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


def _is_person_name(text: str, lexicon: Lexicon) -> bool:
    """Whether text in parentheses is a person's name, not an acronym or a place ("Jabar")."""
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS and all(_is_name_word(w, lexicon) for w in words)
        and not _canonical_region(text)
    )


def _aliases_after(text: str, name_end: int, lexicon: Lexicon) -> tuple[str, ...]:
    """Another name given right after a name: "Immanuel Ebenezer atau Noel", "Joko Widodo
    (Jokowi)"."""
    alias = _ALIAS.match(text, name_end)
    if alias is None:
        return ()
    words, _ = _read_name(_lex(text, alias.end(), lexicon), 0, lexicon)
    return (" ".join(words),) if words else ()


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


def _is_ordinal(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """ "Presiden ke-8", "Komisi XI", "Pangdam XII/Tanjungpura"; a lone "I" only before an
    institution ("Komisi I DPR", not "I Gusti Ngurah")."""
    text = tokens[i].text
    if tokens[i].kind != "word":
        return False
    if text == "I":
        return _phrase_at(tokens, i + 1, lexicon, regions=False)[0] in (
            "institution", "unit", "section"
        )
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
    if followed_by == "honorific" or (after_section and followed_by == "word"):
        return words_end  # "Kapolres Boyolali, AKBP Aries Andhi": the rank starts the name
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
        if kind in ("office", "office-of", "not-name") or token.text in lexicon.qualifiers:
            break
        if kind == "connector":
            if unknown >= 2:
                break  # "Presiden AS Donald Trump dan Duta Besar ...": two people
            listed, commas = listed or commas > 0, 0
        elif not token.text[0].isupper():
            break
        if kind in anchors and (not commas or (listed and commas == 1)):
            anchor = j + size  # "Dirjen Industri Kimia, Tekstil dan Aneka, Kementerian ..."
        unknown = unknown + 1 if not kind else 0
        j += size or 1
    return anchor


def _read_name(tokens: list[Token], i: int, lexicon: Lexicon) -> tuple[list[str], int]:
    """Name words from tokens[i] on (honorifics skipped), and the index after the last one."""
    while i < len(tokens) and tokens[i].kind == "honorific":
        i += 1
    words: list[str] = []
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
        if words and _are_initials(tokens, i - 1, lexicon):
            words.extend([*particles, token.text])  # "Bambang PS Brodjonegoro"
            particles = []
            continue
        if _ARTICLE_NAME.fullmatch(token.text) and words:  # "Bashar al-Assad"
            words.extend([*particles, token.text])
            particles = []
            end = i
            continue
        if not _is_name_word(token.text, lexicon, sentence_start=bool(words)) or _phrase_at(
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
    return words, end


def _are_initials(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether tokens[i], two or three capitals, are initials inside a name: a name word follows
    ("Bambang PS Brodjonegoro", "Agus DW Martowardojo"), and no known acronym is meant."""
    text = tokens[i].text
    return (
        2 <= len(text) <= 3 and text.isupper() and text.isalpha()
        and text not in lexicon.institutions and text not in lexicon.phrases
        and text not in lexicon.offices and not _canonical_region(text)
        and i + 1 < len(tokens) and tokens[i + 1].kind == "word"
        and _is_name_word(tokens[i + 1].text, lexicon) and not _canonical_region(tokens[i + 1].text)
    )


def _is_middle_initial(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i], lexed as an honorific, may be a name's initial: one letter right after
    a capitalised word ("Yasonna H. Laoly"; in "Camat Pahandut H. Berlianto" it is Haji)."""
    token = tokens[i]
    return (
        token.kind == "honorific" and len(token.text) == 1 and i > 0
        and tokens[i - 1].kind == "word" and tokens[i - 1].text[:1].isupper()
        and tokens[i - 1].end == token.start - 1
    )


def _token_text_from(tokens: list[Token], i: int) -> str:
    return " ".join(token.text for token in tokens[i:i + 4])


def _is_name_word(word: str, lexicon: Lexicon, *, sentence_start: bool = False) -> bool:
    """Whether a word can be part of a person's name. Where a sentence may start (before an
    office), a capitalised stopword ("Menurut", "Sementara") is not; after an office it may be
    ("H. Lalu Gita Ariadi")."""
    bare = word.rstrip(".")
    if not bare or not bare[0].isupper() or any(char.isdigit() or char == "/" for char in bare):
        return False
    if len(bare) > 1 and bare.isupper():
        return False  # an acronym
    if _NAME_PAIR.fullmatch(bare) or _ACRONYM_PART.search(bare):
        return False  # "Prabowo-Gibran": two people; "Bapepam-LK": an institution
    if sentence_start and bare.lower() in stopwords():
        return False
    return (
        bare not in lexicon.phrases
        and bare not in lexicon.institutions
        and bare not in lexicon.title_abbreviations
        and bare not in lexicon.qualifiers
        and bare not in lexicon.offices
    )


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
        linked = _LINKED_BEFORE.search(before)
        if linked is None or linked.group().endswith("yang"):
            return None
        before = before[:linked.start()]
    before = before.rstrip()
    return _name_before_words(before, lexicon) if before else None


def _spells_office(name: str, written: str, office: Office) -> bool:
    """Whether words read as a name are the long form of the office's abbreviation after them:
    "Particulate Matter (PM)", "... dan Reformasi Birokrasi (MenPAN-RB)"."""
    words = name.lower().split()
    if " ".join(words) in office.role.lower():
        return True
    letters = re.sub(r"[^a-z]", "", written.lower())
    return written.isupper() and [w[0] for w in words[-len(letters):]] == list(letters)


def _name_before_words(before: str, lexicon: Lexicon) -> str | None:
    """The name that ends `before`, read backwards to where it starts."""
    candidates = before.split()[-(MAX_NAME_WORDS + 1):]
    words: list[str] = []
    for at in range(len(candidates) - 1, -1, -1):
        word = candidates[at]
        if lexicon.honorific_pattern.fullmatch(word) and not (
            words and len(word.rstrip(".")) == 1 and at
            and _is_name_word(candidates[at - 1], lexicon)
        ):
            break  # a title before the name; "Yasonna H. Laoly" keeps its initial
        if words and word[-1] in ".,;:!?\"”’)" and not _is_initial(word):
            break  # the previous sentence or clause
        if not _is_name_word(word, lexicon, sentence_start=True) or _canonical_region(
            word.rstrip(".")
        ):
            if word[0].isupper() and word.lower() not in stopwords() and (
                lexicon.phrases.get(word) != "not-name"  # "Menurut Rizki Ameliah, Kepala ..."
            ):
                return None  # "kabinet Indonesia Maju sebagai ...": part of another proper noun
            break
        words.insert(0, word)
    while words and words[0] in NAME_PARTICLES:
        words.pop(0)
    if not any(len(word.rstrip(".")) > 1 for word in words) or len(words) > MAX_NAME_WORDS:
        return None
    if len(words) == 1 and _starts_sentence(before, len(before) - len(words[0])):
        return None  # "Faktanya, Menteri Keuangan ...": a sentence opener, not a name
    return " ".join(words)


def _is_initial(word: str) -> bool:
    return word.endswith(".") and (len(word) == 2 or word[:-1] in NAME_ABBREVIATIONS)


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"“”'‘’"


# --- Roles --------------------------------------------------------------------------------------


def _apply_parenthesis(role: list[str], inside: str, protected: int, lexicon: Lexicon) -> list[str]:
    """Shorten a long form to the acronym that follows it in parentheses.

    "Kepala Badan Pengembangan Sumber Daya Manusia (BPSDM)" -> "Kepala BPSDM"; an office's own
    abbreviation ("Wakil Gubernur (Wagub)") or anything else in parentheses is left out.
    """
    acronym = inside.strip()
    if acronym in lexicon.title_abbreviations or not _ACRONYM.fullmatch(acronym):
        return role
    long_form = lexicon.institutions.get(acronym)
    if long_form:
        size = _long_form_size(role, long_form)
        if size and len(role) - size >= protected:
            return [*role[:len(role) - size], acronym]
    if long_form or acronym.isupper():
        size = _initials_size(role[protected:], acronym)
        if size:
            return [*role[:len(role) - size], acronym]
    return role


def _long_form_size(role: list[str], long_form: str) -> int:
    """How many of the role's last words spell long_form, else 0."""
    wanted = _plain_words(long_form)
    have = _plain_words(" ".join(role[-len(wanted):])) if wanted else []
    return len(wanted) if have == wanted and len(role) >= len(wanted) else 0


def _initials_size(words: list[str], acronym: str) -> int:
    """The most trailing words whose initials run through the acronym in order ("Badan
    Penanggulangan Bencana Daerah" for BPBD), else 0."""
    letters = acronym.lower()
    for size in range(len(words), 1, -1):
        initials = [w[0].lower() for w in words[-size:] if w[0].isupper()]
        if initials and initials[0] == letters[0] and _is_subsequence(initials, letters):
            return size
    return 0


def _initials_fit(initials: list[str], letters: str) -> bool:
    """Whether initials spell an acronym closely enough: the first letters agree and all but
    one of the acronym's letters are matched in order ("Departemen Pengelolaan Moneter dan
    Aset Sekuritas" for DPMA)."""
    if not initials or initials[0] != letters[0]:
        return False
    rest = iter(initials)
    matched = sum(1 for letter in letters if any(initial == letter for initial in rest))
    return matched >= max(2, len(letters) - 1)


def _is_subsequence(needles: list[str], haystack: str) -> bool:
    rest = iter(haystack)
    return all(any(char == needle for char in rest) for needle in needles)


def _plain_words(text: str) -> list[str]:
    return re.sub(r"[,.]", " ", text).lower().split()


def _finish_role(words: list[str]) -> str:
    role = " ".join(words).replace(" ,", ",").rstrip(",")
    return expand_region_short_forms(role)


def _qualifiers(written: str, lexicon: Lexicon) -> list[str]:
    """Role words for the qualifiers before an office: "Plt Wakil" -> Pelaksana Tugas Wakil."""
    words: list[str] = []
    for qualifier in lexicon.qualifier_pattern.findall(re.sub(r"\([^()]*\)", " ", written)):
        words.extend(lexicon.qualifiers[_collapse_spaces(qualifier)].split())
    return words


# --- Tokens and phrases -------------------------------------------------------------------------


def _lex(text: str, pos: int, lexicon: Lexicon) -> list[Token]:
    """Tokens after an office, up to where its object and name can no longer reach."""
    tokens: list[Token] = []
    while len(tokens) < MAX_TOKENS_AFTER_OFFICE:
        pos = _SPACES.match(text, pos).end()
        honorific = lexicon.honorific_pattern.match(text, pos)
        if honorific:
            tokens.append(Token("honorific", honorific.group().rstrip("."), pos, honorific.end()))
            pos = honorific.end()
            continue
        match = _TOKEN.match(text, pos)
        if match is None:
            break
        word = match.group("word")
        if word is None:
            kind = match.lastgroup or ""
            tokens.append(Token(kind, match.group(kind), match.start(), match.end()))
            pos = match.end()
            continue
        if word[0].islower() and not (
            word in lexicon.connectors or word in NAME_PARTICLES or word in lexicon.phrases
            or _ARTICLE_NAME.fullmatch(word)
            or _ORDINAL.fullmatch(word) or _HOLDER_NUMBER.fullmatch(word)
        ):
            break
        if match.group("dot") and (len(word) == 1 or word in NAME_ABBREVIATIONS):
            tokens.append(Token("word", word + ".", match.start(), match.end()))
            pos = match.end()
            continue
        tokens.append(Token("word", word, match.start(), match.start() + len(word)))
        if match.group("dot"):
            break  # the sentence ends
        pos = match.end()
    return tokens


def _phrase_at(tokens: list[Token], i: int, lexicon: Lexicon, *, regions: bool) -> tuple[str, int]:
    """(kind, number of tokens) of the longest known phrase at tokens[i], else ("", 0)."""
    if i >= len(tokens) or tokens[i].kind not in ("word", "honorific"):
        return "", 0
    first = tokens[i].text
    longest = lexicon.phrase_lengths.get(first, 0)
    # regions.py reads "Gubernur Jambi" as the region; here the office is not part of it
    regions = regions and first[0].isupper() and first not in lexicon.offices
    if regions:
        longest = max(longest, MAX_REGION_WORDS)
    words: list[str] = []
    for token in tokens[i:i + longest]:
        if token.kind not in ("word", "honorific"):
            break
        words.append(token.text)
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in lexicon.institutions:
            return "institution", size
        kind = lexicon.phrases.get(phrase)
        if kind and kind not in ("not-name", "blocker"):
            return kind, size
        if phrase in lexicon.offices:
            # "Staf Khusus Presiden" names a public office; "Ketua Unit" alone does not
            return ("office-of" if lexicon.offices[phrase].needs_institution else "office"), size
        if regions and _canonical_region(phrase):
            return "region", size
    if first in lexicon.phrases:
        return "not-name", 1
    return "", 0


def _long_form_before_acronym(tokens: list[Token], i: int, lead: str, lexicon: Lexicon) -> int:
    """Index of the parenthesised acronym that closes a long form starting at tokens[i], else 0.

    "Komisi Pemberantasan Korupsi (KPK)": every word up to the acronym belongs to the object,
    whether or not the words are known. The word before (lead) may open the long form: "Kepala
    Badan Pengatur Jalan Tol (BPJT)".
    """
    for j in range(i, min(len(tokens), i + 12)):
        token = tokens[j]
        if token.kind == "paren":
            acronym = token.text.strip()
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
        if _starts_another_office(tokens, j, lexicon):
            return 0  # "... Muhamad Mardiono dan Wakil Ketua Dewan Ekonomi Nasional (DEN)"
    return 0


def _blocked(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the words just before an office say nobody currently holding it is named:
    "mantan Gubernur", "calon Bupati", "rumah dinas Wali Kota", "mantan Aspam KSAD", "mantan
    Gubernur dan Wakil Gubernur"."""
    before = text[max(0, start - 50):start].split()[-4:]
    for at in range(len(before) - 1, -1, -1):
        word = before[at]
        if word in lexicon.blockers or " ".join(before[max(0, at - 1):at + 1]) in lexicon.blockers:
            return True
        if word in ("dan", "serta") and at and before[at - 1][:1].isupper():
            continue  # another office before this one: "Gubernur dan"
        if not word[:1].isupper() or word[-1] in ".,;:!?\"”)":
            return False  # only a capitalised title may stand between: "mantan Aspam KSAD"
    return False


def _names_a_place(text: str, start: int, written: str, lexicon: Lexicon) -> bool:
    """Whether an office's abbreviation is a place's name here: "Kabupaten Karo" (Karo is also
    Kepala Biro)."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and lexicon.phrases.get(before[-1]) == "section" and bool(
        _canonical_region(written)
    )


def _collapse_spaces(text: str) -> str:
    return " ".join(text.split())


# --- Joining mentions of one person -------------------------------------------------------------


def _name_key(name: str) -> frozenset[str]:
    return frozenset(word.strip(".").lower() for word in name.split())


def _join(found: list[Found], mention: Mention) -> None:
    """Add a mention to the people found, or merge it into the one it names again."""
    words = _name_key(mention.name)
    for person in found:
        if not (
            words <= person.words or person.words <= words or words in person.aliases
            or (mention.role == person.role and _misspelt(mention.name, person.name))
        ):
            continue
        if not (words <= person.words or person.words <= words or words in person.aliases):
            person.spellings.append(mention.name)
            return
        if len(person.words) < len(words) <= len(person.words) + 2:
            # "Wagub Edy" then "Edy Pratowo"; not a Title Case run after the name
            person.name, person.words = mention.name, words
        if mention.role.startswith(person.role) and len(mention.role) > len(person.role):
            person.role = mention.role  # "Gubernur" then "Gubernur Riau": the more specific
        person.aliases.extend(_name_key(alias) for alias in mention.aliases)
        return
    aliases = [_name_key(alias) for alias in mention.aliases]
    found.append(Found(mention.name, mention.role, mention.start, words, aliases))


def _misspelt(one: str, other: str) -> bool:
    """Whether two names differ by one letter in one long word: "Affifudin" and "Afifudin"."""
    one_words, other_words = one.lower().split(), other.lower().split()
    differ = [(a, b) for a, b in zip(one_words, other_words, strict=False) if a != b]
    if len(one_words) != len(other_words) or len(differ) != 1:
        return False
    a, b = differ[0]
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for at, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[at + (len(a) == len(b)):] == b[at + 1:]
    return True


def _fuller_name(name: str, text: str, lexicon: Lexicon) -> str:
    """The name as written in full elsewhere in the text: an official named with the office only
    as "Purbaya" is "Purbaya Yudhi Sadewa" when the article writes that. Two different fuller
    names ("Budi Santoso", "Budi Prasetyo") leave the name as it is."""
    if len(name.split()) >= MAX_NAME_WORDS:
        return name
    fuller = ""
    start = -1
    while (start := text.find(name, start + 1)) >= 0:
        match = _MORE_NAME_WORDS.match(text, start + len(name))
        inside_word = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’")
        if match is None or inside_word or not _NAME_ENDS.match(text, match.end()):
            continue  # inside a word, or a Title Case run: "Budi Waseso Ingatkan Pansel"
        words = match.group().split()
        if len(name.split()) + len(words) > MAX_NAME_WORDS or not all(
            _is_name_word(word, lexicon, sentence_start=True) and not _canonical_region(word)
            and not word.endswith("kan") for word in words
        ):
            continue  # a Title Case headline ("Budi Waseso Ingatkan Pansel") or a place
        more = " ".join(words)
        if not more or fuller.startswith(more):
            continue
        if fuller and not more.startswith(fuller):
            return name  # two different people
        fuller = more
    return f"{name} {fuller}" if fuller else name


def _headline_office_holder(
    title: str, body: str, found: list[Found], lexicon: Lexicon
) -> Found | None:
    """The holder of an office that a headline names without a name ("Panglima Jelaskan soal
    Pengamanan Kejaksaan", "Cegah Inflasi, Mendagri: ..."): the person the body quotes most,
    when nobody found in the body holds that office and that person holds no other one.
    Exports often drop the lead that named them both ("Hal ini disampaikan Agus usai ...")."""
    role = _headline_office(title, lexicon)
    if not role or any(person.role.startswith(role) for person in found):
        return None
    speakers: dict[str, int] = {}
    for match in _SPEAKER.finditer(body):
        if match.group("after") is not None:  # "Agus mengatakan"
            name = _name_before_words(body[:match.start()], lexicon) or ""
        else:  # "kata Agus"
            name = " ".join(_read_name(_lex(body, match.end(), lexicon), 0, lexicon)[0])
        if name:
            speakers[name] = speakers.get(name, 0) + 1
    if not speakers:
        return None
    ranked = sorted(speakers.items(), key=lambda item: -item[1])
    name, count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == count:
        return None  # two people quoted as often: the headline's is not known
    key = _name_key(name)
    if any(key <= person.words or person.words <= key for person in found):
        return None  # the most quoted person holds an office the body names
    if _introduced_otherwise(name, body, lexicon):
        return None
    return Found(name, role, -len(title) - 1, key, [])


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
    return False


def _headline_office(title: str, lexicon: Lexicon) -> str:
    """The role of a public office that opens a headline or speaks in it ("Mendagri: ..."),
    read from known words only, as Title Case hides where an office's object ends."""
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
            if kind in ("institution", "unit", "section", "field", "place", "region"):
                words += [t.text for t in tokens[i:i + size]]
                has_institution |= kind in ("institution", "unit")
            elif _is_ordinal(tokens, i, lexicon):
                words.append(tokens[i].text)
            else:
                break
            i += size or 1
        opens = not title[:start].strip(" \"'‘“")
        speaks = title[tokens[i - 1].end if i else match.end():].lstrip().startswith(":")
        if (opens or speaks) and (has_institution or not office.needs_institution):
            qualifier_words = _qualifiers(qualifiers.group() if qualifiers else "", lexicon)
            return _finish_role(qualifier_words + words)
        return ""
    return ""


def _person_named_in_headline(found: list[Found], name: str) -> Found | None:
    words = name.split()
    for size in range(len(words), 0, -1):
        key = _name_key(" ".join(words[:size]))
        for person in found:
            if key <= person.words or key in person.aliases:  # "Presiden Jokowi"
                return person
    return None


# --- Regions ------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _canonical_region(phrase: str) -> str | None:
    """The gazetteer's lookup, remembered: the same words come up in article after article."""
    if len(phrase.split()) > MAX_REGION_WORDS:
        return None
    return canonical_region(phrase)


# --- Data files ---------------------------------------------------------------------------------


@cache
def load_lexicon() -> Lexicon:
    """Offices, abbreviations and honorifics from index/data, read once."""
    rows = [line.split("\t") for line in word_list("titles.tsv")]
    abbreviations = [line.split("\t") for line in word_list("abbreviations.tsv")]
    kinds: dict[str, str] = {}
    flags: dict[str, set[str]] = {}
    for phrase, kind, *rest in rows:
        kinds[phrase] = kind
        flags[phrase] = set(rest[0].split(",")) if rest else set()
    head_offices = {p: k for p, k in kinds.items() if k in ("office", "office-of", "not-office")}
    qualifier_words = {p for p, k in kinds.items() if k == "qualifier"}

    offices: dict[str, Office] = {}
    qualifiers: dict[str, str] = {}
    for phrase in head_offices:
        office = _office_for(phrase, phrase, [], kinds, flags)
        offices[phrase] = office
        if "lower" in flags[phrase]:
            offices.update(dict.fromkeys(_lower_case_forms(phrase), office))
    for phrase in qualifier_words:
        qualifiers[phrase] = phrase
        if "lower" in flags[phrase]:
            qualifiers.update(dict.fromkeys(_lower_case_forms(phrase), phrase))
    institutions: dict[str, str] = {}
    title_abbreviations: set[str] = set()
    for abbreviation, expansion, kind in abbreviations:
        if kind == "institution":
            institutions[abbreviation] = expansion
            continue
        title_abbreviations.add(abbreviation)
        if expansion in qualifier_words:
            qualifiers[abbreviation] = qualifiers[abbreviation + "."] = expansion
        elif head := _head_of(expansion, head_offices, qualifier_words):
            offices[abbreviation] = _office_for(expansion, *head, kinds, flags)
            if "lower" in flags[head[0]]:
                offices.update(dict.fromkeys(_lower_case_forms(abbreviation),
                                             offices[abbreviation]))  # "jubir KPK"

    phrases = {expansion: "institution" for expansion in institutions.values()}
    not_phrases = ("office", "office-of", "not-office", "qualifier", "place-word")
    phrases |= {p: k for p, k in kinds.items() if k not in not_phrases}
    qualifier_pattern = _alternation(qualifiers)
    # The office pattern starts with its literal words so that the regular expression engine
    # skips quickly to where one may start; qualifiers are looked for before each match.
    office_pattern = compile_cached("offices", rf"(?:{_alternation(offices)})(?![\w-])")
    qualifiers_before = compile_cached(
        "qualifiers-before",
        rf"(?<![\w-])(?:(?:{qualifier_pattern})(?:{SPACE}*\([^()\n]{{1,20}}\))?{SPACE}+)+$"
    )
    honorifics = word_list("honorifics.txt")
    honorific_pattern = compile_cached("honorifics", rf"(?:{_alternation(honorifics)})\.?(?!\w)")
    return Lexicon(
        offices=offices,
        qualifiers=qualifiers,
        several_qualifiers=frozenset(p for p in qualifier_words if "several" in flags[p]),
        phrases=phrases,
        place_units=frozenset(p for p in kinds if "place" in flags[p] and p not in head_offices),
        place_words=frozenset(p for p, k in kinds.items() if k == "place-word"),
        title_abbreviations=frozenset(title_abbreviations),
        institutions=institutions,
        connectors=frozenset(p for p, k in kinds.items() if k == "connector"),
        blockers=frozenset(row[0] for row in rows if row[1] == "blocker"),
        phrase_lengths=_phrase_lengths([*phrases, *institutions, *offices]),
        office_pattern=office_pattern,
        qualifiers_before=qualifiers_before,
        qualifier_pattern=compile_cached("qualifiers",
                                         rf"(?<![\w-])(?:{qualifier_pattern})(?![\w-])"),
        honorific_pattern=honorific_pattern,
    )


def _lower_case_forms(phrase: str) -> set[str]:
    """How news writes an office in lower case: "anggota DPR", "juru bicara", "anggota komisi"
    (acronyms keep their capitals)."""
    words = phrase.split()
    first = [words[0].lower(), *words[1:]]
    every = [word if word.isupper() and len(word) > 1 else word.lower() for word in words]
    return {" ".join(first), " ".join(every)}


def _phrase_lengths(phrases: list[str]) -> dict[str, int]:
    lengths: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return lengths


def _head_of(
    expansion: str, head_offices: dict[str, str], qualifier_words: set[str]
) -> tuple[str, list[str]] | None:
    """The office from titles.tsv that an expanded title is built on, and the words after it:
    "Wakil Kepala Kepolisian Daerah" -> ("Kepala Kepolisian", ["Daerah"])."""
    words = expansion.split()
    while words and words[0] in qualifier_words:
        words = words[1:]
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        if head in head_offices:
            return head, words[size:]
    return None


def _office_for(
    written: str, head: str, rest: list[str], kinds: dict[str, str], flags: dict[str, set[str]]
) -> Office:
    return Office(
        role=written,
        needs_institution=kinds[head] == "office-of"
        and not any(kinds.get(word) == "unit" for word in rest),
        takes_place="place" in flags[head] or bool(rest and "place" in flags.get(rest[-1], ())),
        national="national" in flags[head],
        public=kinds[head] != "not-office",
        several="several" in flags[head]
        or any("several" in flags.get(word, ()) for word in written.split()),
    )


def _alternation(phrases: Iterable[str]) -> str:
    """A regular expression for any of the phrases (a character trie)."""
    return trie_expression(char_trie(phrases), _char_pattern)


@cache
def _char_pattern(char: str) -> str:
    return SPACE + "+" if char == " " else re.escape(char)

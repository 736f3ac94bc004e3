"""The Indonesian analyzer: tokenize, lowercase, split reduplication, drop stopwords, stem.

Whoosh pickles analyzers into the index schema, so every filter here must pickle and keep its
import path (``index.analysis.analyzer.X``; ``index.analysis.X`` for indexes written before).
The PyStemmer object and the word lists are module-level caches, never attributes of a filter.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_left
from collections.abc import Container, Iterator
from functools import cache

import Stemmer
from whoosh.analysis import Token, Tokenizer

from index.analysis._words import positions_postings
from index.analysis.prefix_roots import MEN_PREFIXES, ending_kept, has_own_forms, keep_whole
from index.data_files import word_lists
from index.datelines import dateline_end
from index.table_cache import cached_table

# Words and numbers; a reduplicated word ("kota-kota") is one token, other hyphenated compounds
# ("antar-daerah", "covid-19") are their parts. An apostrophe between letters joins them
# ("Qur'an", "Ma'ruf", "Mu'ti" are one word, and their term has no apostrophe: "quran", as
# people type it), except before an English clitic ("Trump's", "don't" stay two words).
TOKEN_PATTERN = (r"(?i)(\w+(?:(?<=[^\W\d_])['\u2019](?!(?:s|t|d|m|ll|re|ve)(?!\w))"
                 r"(?=[^\W\d_])\w+)*)(?:-\1(?!\w))?")


# The data files whose lines decide an index's terms: the analyzer reads these and no others.
# An index records their digests and asks to be rebuilt when they change (index/store).
DATA_FILES = ("stopwords-tala.txt", "protected_words.txt", "regions.tsv", "region_places.tsv",
              "region_aliases.tsv", "abbreviations.tsv", "titles.tsv", "attested_words.txt")


@cache
def _read(name: str) -> tuple[tuple[str, ...], int]:
    """A data file's lines, read once per process, so that the word lists below and
    ``data_digests`` see the same lines (a file edited later counts from the next process on);
    and how many of them are the shipped file's (the user's follow)."""
    if name not in DATA_FILES:
        raise ValueError(f"{name} is not in DATA_FILES, so an index would not notice its changes")
    shipped, own = word_lists(name)
    return (*shipped, *own), len(shipped)


def _data(name: str) -> tuple[str, ...]:
    return _read(name)[0]


@cache
def data_digests() -> dict[str, str]:
    """SHA-256 of each of DATA_FILES' lines as this process's analyzer uses them (Kabar's own
    and the user's, comments left out)."""
    return {name: hashlib.sha256("\n".join(_data(name)).encode("utf-8")).hexdigest()
            for name in DATA_FILES}


@cache
def stopwords() -> frozenset[str]:
    return frozenset(word.lower() for word in _data("stopwords-tala.txt"))


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("indonesian")


_PROTECTED_FROM = ("stopwords-tala.txt", "protected_words.txt", "regions.tsv",
                   "region_places.tsv", "region_aliases.tsv", "abbreviations.tsv", "titles.tsv")


@cache
def protected_words() -> frozenset[str]:
    """Words the stemmer would damage and people search for as they are: region names
    ("katingan" is not "kating"), office titles ("bupati"), acronyms ("bpsdm"), and
    index/data/protected_words.txt. Kept between processes (index/table_cache.py), stamped
    with the digests of the very lines this process read: a new process's first query does
    not split thousands of lines again (3.5 ms of CPU)."""
    digests = data_digests()
    return cached_table("protected-words", (), (sys.modules[__name__],), _protected_words,
                        [f"{name}:{digests[name]}" for name in _PROTECTED_FROM])


def _protected_words() -> frozenset[str]:
    words: set[str] = set(_data("protected_words.txt"))
    for line in _data("regions.tsv"):
        for name in line.split("\t")[2:]:
            words.update(w for w in name.lower().replace("-", " ").split() if w.isalpha())
    for line in _data("region_places.tsv"):
        words.update(w for w in line.split("\t")[0].lower().split() if w.isalpha())
    for line in _data("region_aliases.tsv"):
        alias = line.split("\t")[0].lower()
        if alias.isalpha():
            words.add(alias)
    for line in _data("abbreviations.tsv"):
        abbreviation = line.split("\t")[0].lower()
        if abbreviation.isalpha():
            words.add(abbreviation)
    for line in _data("titles.tsv"):
        phrase, kind = line.split("\t")[:2]
        if kind == "office" and phrase.isalpha():
            words.add(phrase.lower())
    return frozenset(w for w in words if len(w) > 2) - stopwords()


@cache
def attested_words() -> frozenset[str]:
    """Words news writes on their own (tools/make_attested.py): evidence that a root is a word."""
    return frozenset(_data("attested_words.txt"))


# Particles and possessives that may follow a protected word: "bupatinya", "kalteng-lah".
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
# The consonant that meN-/peN- absorb before a vowel: t after men-/pen-, k after meng-/peng-
# (prefix_roots.MEN_PREFIXES, the one meN- table; peN- is written as meN- is).
_NASAL_PREFIXES = tuple((head, consonant) for consonant, (men, _) in (
    (c, MEN_PREFIXES[c]) for c in ("k", "t")) for head in (men, "p" + men[1:]))
_VOWELS = frozenset("aiueo")


def _restore_nasal(word: str, root: str, attested: Container[str]) -> str:
    """'meningkatkan' -> 'ingkat' -> 'tingkat' when 'tingkat' is an attested word, or has a
    di-, -an or ke-...-an form that is one ('mengecam' -> 'kecam', as 'dikecam'; 'menular' ->
    'tular', not a snake's 'ular', as 'ditularkan').

    After men-/pen- the absorbed consonant is t ("menanam": tanam, not anam); after
    meng-/peng- it is k unless the vowel root is a word itself ("mengambil": ambil). A root in
    n or ny is written the same way ("menamakan": nama, "menyatakan": nyata, not "sata")."""
    if (word[:4] in ("meny", "peny") and word[4:5] in _VOWELS and root[:1] == "s"
            and not has_own_forms(root, attested) and has_own_forms("ny" + root[1:], attested)):
        return "ny" + root[1:]
    if not root or root[0] not in _VOWELS:
        return root
    for prefix, consonant in _NASAL_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) and word[len(prefix)] in _VOWELS:
            if prefix.endswith("g") and root in attested:
                return root
            restored = consonant + root
            if (consonant == "t" and not has_own_forms(restored, attested)
                    and has_own_forms("n" + root, attested)):
                # meN-/peN- + a root in n is written the same ("menamakan": nama, not "tama";
                # "menanti": nanti)
                return "n" + root
            return restored if restored in attested or has_own_forms(restored, attested) else root
    return root


# Words looked up by a binary search of the shipped lines (sorted) before the set is built:
# a new process's first query asks a few dozen (0.35 µs each), where hashing 30,000 lines into
# a set costs it 2.2 ms of CPU; a build or a server, which asks many, gets the set after this
# many (by then the searches have cost about what the set does).
SEARCHES_BEFORE_SET = 4096


@cache
def _attested_lines() -> tuple[tuple[str, ...], int, frozenset[str]]:
    """attested_words.txt's lines, how many are the shipped file's (sorted by code point,
    tools/make_attested.py: searched), and the user's lines (a set: few, in any order)."""
    lines, shipped = _read("attested_words.txt")
    return lines, shipped, frozenset(lines[shipped:])


class AttestedLookup:
    """Whether a word is in attested_words(), read at the first word that asks (a ke-,
    ber-/per-/ter- or meN-/peN- word whose stem needs the evidence), by a binary search until
    SEARCHES_BEFORE_SET words have asked, then in the set."""

    def __init__(self) -> None:
        self.searches = 0

    def __contains__(self, word: object) -> bool:
        if self.searches >= SEARCHES_BEFORE_SET or not isinstance(word, str):
            return word in attested_words()
        self.searches += 1
        lines, shipped, own = _attested_lines()
        at = bisect_left(lines, word, 0, shipped)
        return (at < shipped and lines[at] == word) or word in own


# `word in ATTESTED` is `word in attested_words()`, for the few words a search asks about
ATTESTED = AttestedLookup()
_stem_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """The index term of a lowercase word: protected words stay as they are, others get
    Snowball's stem with the consonant meN-/peN- absorbed put back. Cached: words recur."""
    root = _stem_cache.get(word)
    if root is None:
        root = stem_with(word, ATTESTED)
        if len(_stem_cache) < 500_000:
            _stem_cache[word] = root
    return root


def stem_with(word: str, attested: Container[str], keep_ke: bool = True,
              keep_r: bool = True, whole_roots: bool = True, endings: bool = True) -> str:
    """What ``stem`` gives a lowercase word when ``attested`` are the attested words, uncached
    (bench/eval_stems.py compares lists with it, and measures ``keep_ke=False``,
    ``keep_r=False`` and ``whole_roots=False``; ``endings=False``: no root's ending put back,
    for the longer word that rule stems)."""
    protected = protected_words()
    if word in protected:
        return word
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[:-len(clitic)] in protected:
            return word[:-len(clitic)]
    root = _stemmer().stemWord(word)
    if root in stopwords():
        return word  # "media" -> "dia": a damaged word that would drown in a stopword
    if keep_ke:
        root = _keep_ke(word, root, attested)
    if keep_r:
        root = _restore_r(word, root, attested)
    if whole_roots:
        root = keep_whole(word, root, attested)  # "berita", not "ita"
    root = _restore_nasal(word, root, attested)
    if whole_roots and endings:
        root = ending_kept(word, root, lambda longer: stem_with(longer, attested, keep_ke, keep_r,
                                                                endings=False),
                           attested)  # "pelaku": "laku", not "pela"
    return root


def _keep_ke(word: str, root: str, attested: Container[str]) -> str:
    """'keluarga' -> 'luarga' -> 'keluarga': Snowball takes ke- for a prefix wherever a word
    starts with it; it is put back when the root it left is no attested word and the root with
    ke- is one ("kereta", "kelompok", "kecewa", "kejutan" not "jutan"). A ke-...-an word whose
    root is a word keeps it ("kebakaran" -> "bakar")."""
    if (word.startswith("ke") and not root.startswith("ke") and word.startswith("ke" + root)
            and root not in attested and "ke" + root in attested):
        return "ke" + root
    return root


_R_PREFIXES = ("ber", "per", "ter")


def _restore_r(word: str, root: str, attested: Container[str]) -> str:
    """'perumahan' -> 'umah' -> 'rumah': before a root that starts with r, ber-/per-/ter- are
    written with one r ("berencana", "terekam", "perawat"), and Snowball takes that r with the
    prefix. It is put back when the root left is no attested word and the root with r is one;
    a root that is a word stays ("terancam" -> "ancam", "berakhir" -> "akhir")."""
    if (root and root[0] != "r" and word[:3] in _R_PREFIXES and word[3:].startswith(root)
            and root not in attested and "r" + root in attested):
        return "r" + root
    return root


LEAD_TOKENS = 60
LEAD_BOOST = 1.5

_TOKEN = re.compile(TOKEN_PATTERN)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """The analyzer's tokens in a text, as regex matches (with their offsets)."""
    return _TOKEN.finditer(text)


_term_cache: dict[str, str | None] = {}
_NO_TERM = ""  # cached answer for a stopword
_CURRENCY = "rp"  # news glues it to the amount in headlines: "Rp774 Miliar", "Rp3.040 T"


def surface(word: str) -> str:
    """A token as the index reads it before stemming: lowercase, a reduplication as its word
    ("kota-kota" is "kota"), no apostrophes, an amount glued to its currency as its number."""
    lowered = word.lower()
    if "-" in lowered:
        lowered = lowered.split("-", 1)[0]
    if "'" in lowered or "\u2019" in lowered:
        lowered = lowered.replace("'", "").replace("\u2019", "")
    if lowered.startswith(_CURRENCY) and lowered[len(_CURRENCY):].isdigit():
        lowered = lowered[len(_CURRENCY):]
    return lowered


def term_for(word: str) -> str | None:
    """The index term of one token: lowercase, a reduplication as its word ("kota-kota" is
    "kota"), an amount glued to its currency as its number ("Rp774" is "774", as "Rp 774"
    and the "774" people type give it), stemmed (see ``stem``); None for a stopword. Cached by
    the word as written, because snippets and indexing ask for every word of every text."""
    term = _term_cache.get(word)
    if term is None:
        lowered = surface(word)
        term = _NO_TERM if lowered in stopwords() else stem(lowered)
        if len(_term_cache) < 1_000_000:
            _term_cache[word] = term
    return term or None


def text_postings(text: str, lead_tokens: int, boost: float) -> tuple[
        list[bytes], list[float], list[bytes], int]:
    """What Whoosh's Positions format makes of a text with this tokenizer: each term once (as
    UTF-8), its weight (the first ``lead_tokens`` terms weigh LEAD_BOOST, all times ``boost``),
    its encoded positions; and the number of terms. A build asks this of every field of every
    article, so it is compiled (index/analysis/_words.c), with TOKEN_PATTERN's words."""
    if lead_tokens:  # a body: its dateline is left out (index/datelines.py)
        text = text[dateline_end(text):]
    return positions_postings(text, term_for, lead_tokens, LEAD_BOOST, boost)


class IndonesianTokenizer(Tokenizer):
    """Words of a text as index terms (``term_for``), stopwords left out, in one pass.

    With ``lead_tokens`` (a body) the first words weigh more (LEAD_BOOST): news puts what
    matters first; the dateline is left out (index/datelines.py).
    One tokenizer instead of a chain of filters, because indexing speed is spent per token.
    """

    def __init__(self, lead_tokens: int = 0) -> None:
        self.lead_tokens = lead_tokens

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.lead_tokens == self.lead_tokens

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        # a body indexed: its dateline is left out, as text_postings does
        skip = dateline_end(value) if self.lead_tokens and tokenize and mode != "query" else 0
        matches = (_TOKEN.finditer(value, skip) if tokenize
                   else [re.match(r".*", value, re.DOTALL)])
        pos = start_pos
        for match in matches:
            term = term_for(match.group(0)) if tokenize else value
            if term is None:
                continue
            t.text = term
            t.boost = LEAD_BOOST if pos - start_pos < self.lead_tokens else 1.0
            t.stopped = False
            if keeporiginal:
                t.original = match.group(0)
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char + match.start()
                t.endchar = start_char + match.end()
            pos += 1
            yield t


def indonesian_analyzer() -> IndonesianTokenizer:
    """The analyzer stored in the schema for titles, names and places."""
    return IndonesianTokenizer()


def body_analyzer() -> IndonesianTokenizer:
    """The analyzer for article bodies: the same terms, the lead weighted."""
    return IndonesianTokenizer(lead_tokens=LEAD_TOKENS)


def analyze(text: str) -> list[str]:
    """The terms the analyzer makes of a text, for tests and query expansion."""
    return [t.text for t in indonesian_analyzer()(text)]

"""One person, one identity: which written names are one person, within an article and across
an index.

An index holds each official's name as the article wrote it: "Jokowi" in one article, "Joko
Widodo" in another, "Prabowo" here and "Prabowo Subianto" there. `resolve` joins the written
names of one person, by three rules, in this order:

1. **Spelling.** Names written the same but for case, full stops, apostrophes, hyphens and
   accents ("Bashar al-Assad", "Bashar Al Assad"; "António", "Antonio") always are one person.
   Names written the same but for the old or a variant spelling (oe/u, dj/j, tj/c, j/y, ch/h,
   dh/d, th/t, sy/s, ae/ai, a doubled letter: "Pandjaitan", "Panjaitan"; "Achmad", "Ahmad";
   "Martowardojo", "Martowardoyo"), or for one letter of one word of four letters or more in a
   name of two words or more ("Agus Rahadjo", "Agus Rahardjo"; "Andreas Hugo Pareira",
   "Andreas Hugo Pereira"), are one person when they share a role (below); spaces and the ways
   of writing "Muhammad" do not count ("Soekarno Putri", "Soekarnoputri"; "Moh", "Muhammad").
   For a name of two words or more, a body both served in is evidence too (`role_body`: the
   KPK of "Direktur Penyidikan KPK" and "Direktur Penyidik Komisi Pemberantasan Korupsi"), and
   so are articles about one kabupaten/kota, articles naming one person whom few articles
   name (a running mate: "Sylviana Murni", "Sylviana Murnia"), and, but for another order, a
   name of three long words ("Johan Budi Sapto Pribowo", "... Prabowo"), unless the roles
   name different bodies; a name with no role is the only person so
   spelled; the same words in another order, and a name with a verb glued on ("Bahlil
   Lahadaliamengatakan"), join on the same evidence.
2. **Aliases.** A name listed in index/data/person_aliases.tsv ("Jokowi", "Ahok", "Gus Dur") is
   the full name it gives, whatever the roles.
3. **Short forms.** A name whose words are a proper part of a longer name's, in order, an
   initial standing for a word ("Prabowo", "Basuki T Purnama", "Edy"), is that longer name when
   exactly one person among the longer names it fits shares a role with it (a body, when it
   only writes initials for words: "M Iriawan"). When several do, the one whose articles share
   a kabupaten/kota with its articles, if exactly one does; else the only one holding one of
   its roles as written and sharing each of the others; and
   when those longer names are themselves one name written several ways ("M. Tito Karnavian",
   "Muhammad Tito Karnavian" for "Tito Karnavian", sharing the Kapolri's role with one and the
   Mendagri's with the other), all of them. A short form of two words or more written with
   no role ("Li Claudia") is the only fuller name it fits whose articles name someone few
   articles name with it (a running mate).

Two roles are shared when they are the same office: equal once "RI"/"Republik Indonesia",
"nonaktif", "mantan" and case are set aside and an institution's long form is read as its
acronym, or one is the other with more words after it ("Presiden", "Presiden Rusia"); never
when they number the office differently ("Presiden pertama", "Presiden ke-5"). So "Budi" the Menteri
Perdagangan joins "Budi Santoso" the Menteri Perdagangan and never "Budi Gunadi Sadikin" the
Menteri Kesehatan; "Prabowo" the Presiden never joins "Listyo Sigit Prabowo" the Kapolri. Names
that share only a first name or a surname and no role stay apart. Every rule is a function of
the names and their roles, so the result does not depend on the order articles were indexed in.

An identity is shown by its usual name: the full name of its alias line, else, of its written
forms that are not a short form of a fuller one named about as often, the one named in the most
articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from index.data_files import word_list
from index.letter_edits import one_edit
from index.role_compare import bodies_differ, bodies_shared, role_words, roles_shared

_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ie", "i"))
# Variant spellings of one name, after the old spelling ("Djojo" -> "jojo" -> "yoyo").
_VARIANTS = (("j", "y"), ("ch", "h"), ("dh", "d"), ("th", "t"), ("sy", "s"), ("ae", "ai"))
_DOUBLED = re.compile(r"(\w)\1")
NEAR_WORD = 4  # a word written one letter apart is another spelling from this many letters
DOMINANT = 10  # a short form fitting several people goes to one named this many times as often


@lru_cache(maxsize=1 << 15)  # an article asks about each of its names a dozen times
def name_key(name: str) -> tuple[str, ...]:
    """A name's words, compared: lower case, no accents, full stops or hyphens, one apostrophe."""
    plain = name.replace(".", " ").replace("-", " ").replace("’", "'").replace("‘", "'")
    plain = plain.replace("`", "'")
    if plain.isascii():  # no accents to take off: most names, asked about a dozen times each
        return tuple(plain.lower().split())
    plain = unicodedata.normalize("NFKD", plain)
    return tuple("".join(c for c in plain if not unicodedata.combining(c)).lower().split())


@cache
def _spelling(word: str, variants: bool = True) -> str:
    for old, new in _OLD_SPELLING + _VARIANTS if variants else _OLD_SPELLING:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word.replace("'", ""))


def spelling_key(words: Iterable[str], variants: bool = True) -> tuple[str, ...]:
    """A name's words as compared across spellings: "Pandjaitan" and "Panjaitan" alike, and with
    `variants` "Achmad" and "Ahmad", "Martowardojo" and "Martowardoyo"."""
    return tuple(_spelling(word, variants) for word in words)


# "Muhammad" as names write it, whole or cut short ("Moh. Jumhur Hidayat"), in its spelling key
# ("mohamad", "mukhamad", "mochamad" and "muhamad" after doubled letters, ch and kh).
_MUHAMMAD = re.compile(r"m[ou]k?ham[ae]d|moh|muh|mhd|mohd|muhd")


# A Balinese name's article, "I" (a man) or "Ni" (a woman), before a birth-order name or a
# caste title: news writes "I Wayan Koster" and "Wayan Koster" for one man.
_BALINESE_ARTICLES = frozenset({"i", "ni"})
_BALINESE_NAMES = frozenset({"wayan", "putu", "gede", "made", "kadek", "nengah", "nyoman",
                             "komang", "ketut", "luh", "gusti", "dewa"})


def without_balinese_article(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's keys without the Balinese article that may open them: ("i", "ketut",
    "sudikerta") -> ("ketut", "sudikerta")."""
    if len(words) > 2 and words[0] in _BALINESE_ARTICLES and words[1] in _BALINESE_NAMES:
        return words[1:]
    return words


def _compared(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words as `resolve` compares them: in their spelling key, every way of writing
    "Muhammad" but its initial one word ("Moh Jumhur Hidayat", "Muhammad Jumhur Hidayat"), the
    Balinese article left out ("I Ketut Sudikerta" is "Ketut Sudikerta")."""
    return tuple("muhamad" if _MUHAMMAD.fullmatch(word) else word
                 for word in spelling_key(without_balinese_article(words)))


def written_aliases() -> tuple[tuple[str, str], ...]:
    """(alias, full name) as written in index/data/person_aliases.tsv (Kabar's and the user's),
    spaces made single: ("Jokowi", "Joko Widodo"). Read anew at each call: its callers cache."""
    pairs = []
    for line in word_list("person_aliases.tsv"):
        alias, _, full = (" ".join(part.split()) for part in line.partition("\t"))
        if alias and full:
            pairs.append((alias, full))
    return tuple(pairs)


@cache
def aliases() -> dict[tuple[str, ...], str]:
    """Alias key -> full name, from index/data/person_aliases.tsv (Kabar's and the user's)."""
    return {name_key(alias): full for alias, full in written_aliases()}


def alias_target(name: str) -> str | None:
    """The full name a nickname or another name stands for ("Jokowi" -> "Joko Widodo")."""
    return aliases().get(name_key(name))


def is_short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the words of `short` are a proper part of `full`'s, in order, a one-letter word
    standing for a word of that initial: ("prabowo",) of ("prabowo", "subianto"), ("basuki",
    "t", "purnama") of ("basuki", "tjahaja", "purnama"). Words are name keys, compared in
    their spelling keys ("pandjaitan" is "panjaitan")."""
    if short == full or len(short) > len(full):
        return False
    at = 0
    shorter = False  # an initial for a word, or another spelling
    for word in short:
        while at < len(full) and not (
            _spelling(word) == _spelling(full[at])
            or (len(word) == 1 and full[at].startswith(word))
        ):
            at += 1
        if at == len(full):
            return False
        shorter |= word != full[at]
        at += 1
    return len(short) < len(full) or shorter



@dataclass(frozen=True)
class Evidence:
    """What an index knows of one written name: in how many articles, with which roles."""

    articles: int
    roles: frozenset[str]


@dataclass
class Identity:
    name: str  # as shown
    names: list[str]  # the written forms, most articles first
    # (written form, the form it was joined to, why), one per join: the evidence used
    joins: list[tuple[str, str, str]] = field(default_factory=list)


class _Groups:
    """Union-find over written names, remembering why each joined."""

    def __init__(self, names: Iterable[str]) -> None:
        self.parent = {name: name for name in names}
        self.members = {name: [name] for name in self.parent}  # root -> its names
        self.joins: list[tuple[str, str, str]] = []

    def root(self, name: str) -> str:
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def join(self, name: str, into: str, why: str) -> None:
        a, b = self.root(name), self.root(into)
        if a != b:
            self.parent[a] = b
            self.members[b] += self.members.pop(a)
            self.joins.append((name, into, why))


Lookup = Callable[[str], frozenset[str]]  # a written name -> what its articles have


@dataclass(frozen=True)
class _Articles:
    """What an index knows of the articles a written name is in, beyond its roles."""

    regions_of: Lookup | None = None
    companions_of: Lookup | None = None
    root: Callable[[str], str] = str  # the person a written name is joined to so far


def resolve(
    written: Mapping[str, Evidence],
    regions_of: Lookup | None = None,
    companions_of: Lookup | None = None,
) -> dict[str, Identity]:
    """Written name -> its identity, for every written name (see the module docstring).
    `regions_of` gives the kabupaten/kota of a name's articles, to choose between people who
    share a role with a short form; `companions_of` the other written names of its articles
    that few articles of the index name (a running mate, a guest of one visit)."""
    names = sorted(written, key=lambda n: (name_key(n), n))
    keys = {name: name_key(name) for name in names}
    spelled = {name: _compared(keys[name]) for name in names}
    alias_names = {name for name in names if keys[name] in aliases()}
    targets = {aliases()[keys[name]] for name in alias_names}
    evidence = dict(written)
    for target in targets - set(evidence):
        evidence[target] = Evidence(0, frozenset())  # named only by its alias in this index
        keys[target] = name_key(target)
        spelled[target] = _compared(keys[target])
        names.append(target)
    groups = _Groups(names)
    articles = _Articles(regions_of, companions_of and cache(companions_of),  # asked again
                         lambda name: groups.root(name) if name in groups.parent else name)

    # the spelling's letters, spaces aside: "Soekarno Putri" is "Soekarnoputri"
    by_spelling: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_spelling["".join(spelled[name])].append(name)
    for same in by_spelling.values():
        for name in same[1:]:
            for other in same[:same.index(name)]:
                if keys[name] == keys[other]:
                    groups.join(name, other, "the same name")
                elif without_balinese_article(keys[name]) == without_balinese_article(
                        keys[other]):
                    groups.join(name, other, "the same name, the Balinese article aside")
                elif why := _same_office_or_body(name, other, spelled, evidence, articles,
                                                 long_name=True):
                    groups.join(name, other, f"another spelling, {why}")
    _join_roleless_spellings(by_spelling, spelled, evidence, groups)
    _join_near_spellings(names, keys, spelled, evidence, groups, articles)
    _join_reordered(names, spelled, evidence, groups, articles)
    _join_glued(names, keys, evidence, groups, articles)
    # again: a companion written two ways ("Edy Rahmayadi", "Edy Rahmyadi") is now one person
    _join_near_spellings(names, keys, spelled, evidence, groups, articles)

    for name in sorted(alias_names):
        target = aliases()[keys[name]]
        same = by_spelling.get("".join(spelled[target]), ())
        target_name = next((n for n in same if n != name), target)
        groups.join(name, target_name, "an alias (person_aliases.tsv)")

    _join_short_forms(names, keys, spelled, evidence, groups, articles, alias_names)
    _join_roleless_short_forms(names, keys, spelled, evidence, groups, articles, alias_names)
    return _identities(names, keys, evidence, alias_names, targets, groups)


def _join_near_spellings(
    names: list[str], keys: dict[str, tuple[str, ...]], spelled: dict[str, tuple[str, ...]],
    evidence: Mapping[str, Evidence], groups: _Groups,
    articles: _Articles,
) -> None:
    """Join names of two words or more that are the same but for one letter of one long word
    and that share a role: a typo or a transliteration of one person's name."""
    by_rest: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        words = spelled[name]
        if len(words) > 1:
            for at, word in enumerate(words):
                if len(keys[name][at]) >= NEAR_WORD:  # as written: "Erry" is "ery" spelled
                    by_rest[(at, words[:at], words[at + 1:])].append((word, name))
    for members in by_rest.values():
        for at, (word, name) in enumerate(members):
            for other_word, other in members[:at]:
                if one_edit(word, other_word) and (why := _same_office_or_body(
                        name, other, spelled, evidence, articles, long_name=True)):
                    groups.join(name, other, f"a spelling one letter apart, {why}")


def _join_reordered(
    names: list[str], spelled: dict[str, tuple[str, ...]], evidence: Mapping[str, Evidence],
    groups: _Groups, articles: _Articles,
) -> None:
    """Join names of two words or more that are the same words in another order ("Lalu Iqbal
    Muhammad", "Lalu Muhammad Iqbal") on the evidence a spelling needs."""
    by_words: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        if len(spelled[name]) > 1:
            by_words[tuple(sorted(spelled[name]))].append(name)
    for same in by_words.values():
        for at, name in enumerate(same):
            for other in same[:at]:
                if spelled[name] != spelled[other] and (
                        why := _same_office_or_body(name, other, spelled, evidence, articles)):
                    groups.join(name, other, f"the same words in another order, {why}")


GLUED_WORD = 4  # a word run onto a name's end ("Lahadaliamengatakan") has at least this many
# letters, and is a verb: the word after a name in a sentence ("mengatakan", "berharap",
# "ditemui"), not a word names end in ("putra", "wati", "jaya")
_VERB_PREFIXES = ("me", "ber", "di", "ter")


def _join_glued(
    names: list[str], keys: dict[str, tuple[str, ...]], evidence: Mapping[str, Evidence],
    groups: _Groups, articles: _Articles,
) -> None:
    """Join a name of two words or more whose last word is another name's with a verb of the
    language run onto it, text glued where a space was lost ("Bahlil Lahadaliamengatakan",
    "Bahlil Lahadalia"), on the evidence a spelling needs."""
    by_key = {keys[name]: name for name in names}
    for name in names:
        *rest, last = keys[name]
        if not rest or len(last) < 2 * GLUED_WORD:
            continue
        for cut in range(GLUED_WORD, len(last) - GLUED_WORD + 1):
            other = by_key.get((*rest, last[:cut]))
            glued = last[cut:]
            if other is not None and glued.startswith(_VERB_PREFIXES) and (
                    glued in language_words()) and (
                    why := _same_office_or_body(name, other, keys, evidence, articles)):
                groups.join(name, other, f"a word glued on its end, {glued!r}, {why}")
                break


@cache
def language_words() -> frozenset[str]:
    """Words of the language (index/data/attested_words.txt, the analyzer's list, Kabar's and
    the user's), read once per process, and only when a name may have one glued on."""
    return frozenset(word_list("attested_words.txt"))


def _same_office_or_body(name: str, other: str, spelled: dict[str, tuple[str, ...]],
                         evidence: Mapping[str, Evidence], articles: _Articles,
                         long_name: bool = False) -> str | None:
    """Why two spellings of one name are one person: a role they share, or, for a name of two
    words or more, a body both served in ("Aris Budiman" the Direktur Penyidikan KPK, "Aries
    Budiman" the Direktur Penyidik KPK), a person's roles changing within one body; unless they
    serve in different bodies, articles about one kabupaten/kota, articles naming one person few
    articles name (the running mate of "Sylviana Murni" and of "Sylviana Murnia"), or, with
    `long_name` (another spelling, not another order), a name of LONG_NAME long words; None."""
    if role := roles_shared(evidence[name].roles, evidence[other].roles):
        return f"both {role!r}"
    if len(spelled[name]) < 2:
        return None
    if role := bodies_shared(evidence[name].roles, evidence[other].roles):
        return f"both {_IN_BODY}{role!r}"
    if bodies_differ(evidence[name].roles, evidence[other].roles):
        return None
    named = evidence[name].articles and evidence[other].articles
    if named and articles.regions_of is not None and (
            shared := articles.regions_of(name) & articles.regions_of(other)):
        return f"both in articles about {min(shared)}"
    if named and articles.companions_of is not None and (shared := _companions_shared(
            name, other, articles)):
        return f"both in articles naming {shared!r}"
    if long_name and min(_long_words(spelled[name]), _long_words(spelled[other])) >= LONG_NAME:
        return f"a name of {LONG_NAME} words or more"
    return None


def _companions_shared(name: str, other: str, articles: _Articles) -> str | None:
    """A person both names' articles name (see `resolve`'s companions_of), however each wrote
    them ("Edy Rahmayadi", "Edy Rahmyadi" once joined), as written with `name`; else None."""
    assert articles.companions_of is not None
    theirs = {articles.root(companion) for companion in articles.companions_of(other)}
    shared = [companion for companion in articles.companions_of(name)
              if articles.root(companion) in theirs
              and articles.root(companion) not in (articles.root(name), articles.root(other))]
    return min(shared) if shared else None


LONG_NAME = 3  # a name of this many words of three letters or more, but for one letter or the
# old spelling the same, is one person's ("Johan Budi Sapto Pribowo", "... Prabowo"): what two
# people share is a first name or a surname, rarely three words (not in another order: "Lalu
# Saleh Hamid", "Lalu Hamid Saleh" may be a father and a son)


def _long_words(words: tuple[str, ...]) -> int:
    return sum(len(word) >= 3 for word in words)


def _join_roleless_spellings(by_spelling: Mapping[str, list[str]],
                             spelled: dict[str, tuple[str, ...]],
                             evidence: Mapping[str, Evidence], groups: _Groups) -> None:
    """A name of two words or more written with no role ("Achmad Syaikhu") is the person whose
    name it spells another way ("Ahmad Syaikhu"), when all the names so spelled that have a role
    are that one person: nothing tells two people apart, as nothing does when two articles
    write one name alike."""
    for same in by_spelling.values():
        if len(same) < 2:
            continue
        roleless = [name for name in same
                    if not any(evidence[name].roles) and len(spelled[name]) > 1]
        people = {groups.root(name) for name in same if any(evidence[name].roles)}
        if len(people) > 1 or not roleless:
            continue
        into = next(iter(people)) if people else roleless[0]
        for name in roleless:
            groups.join(name, into, "another spelling of the only person so written")


def _join_short_forms(
    names: list[str], keys: dict[str, tuple[str, ...]], spelled: dict[str, tuple[str, ...]],
    evidence: Mapping[str, Evidence], groups: _Groups,
    articles: _Articles, alias_names: set[str],
) -> None:
    by_word: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for word in set(spelled[name]):
            if len(word) > 1:
                by_word[word].append(name)
    written = set(keys.values())
    # longer names first, so that a short form meets the fuller names already joined
    for name in sorted(names, key=lambda n: (-len(spelled[n]), n)):
        words = spelled[name]
        longest = max((w for w in words if len(w) > 1), key=len, default="")
        if not longest or not evidence[name].roles or name in alias_names:
            continue  # an alias is who its line says
        sharing: dict[str, tuple[str, str]] = {}  # root -> (the name it fits, a shared role)
        for other in by_word[longest]:
            root = groups.root(other)
            if root == groups.root(name) or not is_short_form(keys[name], keys[other]) or (
                    _two_names(keys[name], keys[other], written)):
                continue
            # the roles of everyone already known to be that person ("Jokowi" for "Joko Widodo")
            roles = {role for member in groups.members[root] for role in evidence[member].roles}
            if role := roles_shared(evidence[name].roles, roles):
                sharing.setdefault(root, (other, role))
            elif len(keys[name]) == len(keys[other]) > 1 and (  # only initials for words
                    role := bodies_shared(evidence[name].roles, roles)):
                sharing.setdefault(root, (other, f"{_IN_BODY}{role!r}"))
        if _one_name(sharing, keys):
            for other, role in sharing.values():
                groups.join(name, other, f"a short form, {_both(role)}, of one name written "
                                         f"{len(sharing)} ways")
            continue
        chosen = _choose(name, sharing, evidence, groups, articles.regions_of)
        if chosen is not None:
            groups.join(name, *chosen)


def _join_roleless_short_forms(
    names: list[str], keys: dict[str, tuple[str, ...]], spelled: dict[str, tuple[str, ...]],
    evidence: Mapping[str, Evidence], groups: _Groups,
    articles: _Articles, alias_names: set[str],
) -> None:
    """Join a short form of two words or more written with no role ("Li Claudia") to the only
    person among the fuller names it fits whose articles name someone few articles name with
    it (her running mate: "Ikhsan Modjo - Li Claudia", "Ikhsan Modjo - Li Claudia Chandra")."""
    if articles.companions_of is None:
        return
    fuller: dict[str, list[str]] = defaultdict(list)  # a word -> the names with it
    for name in names:
        for word in set(spelled[name]):
            fuller[word].append(name)
    for name in names:
        if len(spelled[name]) < 2 or any(evidence[name].roles) or name in alias_names or (
                not evidence[name].articles):
            continue
        found: dict[str, tuple[str, str]] = {}  # root -> (the name it fits, the companion)
        for other in fuller[max(spelled[name], key=len)]:
            if groups.root(other) != groups.root(name) and evidence[other].articles and (
                    is_short_form(keys[name], keys[other])) and (
                    shared := _companions_shared(name, other, articles)):
                found.setdefault(groups.root(other), (other, shared))
        if len(found) == 1:
            (other, shared), = found.values()
            groups.join(name, other, f"a short form with no role, both in articles naming "
                                     f"{shared!r}")


_IN_BODY = "in the body of "  # a body shared, not a role: see _join_short_forms


def _both(role: str) -> str:
    """How a short form's evidence reads: "both 'Menteri BUMN'", "in the body of 'Ketua BPK'"."""
    return role if role.startswith(_IN_BODY) else f"both {role!r}"


def _two_names(short: tuple[str, ...], full: tuple[str, ...],
               written: set[tuple[str, ...]]) -> bool:
    """Whether a fuller name is the short one and another written name of two words or more run
    together ("Jusuf Kalla Husain Abdullah": the Wapres and his spokesman), not the short
    one's full name."""
    rest = full[len(short):]
    return full[:len(short)] == short and len(rest) > 1 and rest in written


def _one_name(sharing: dict[str, tuple[str, str]], keys: dict[str, tuple[str, ...]]) -> bool:
    """Whether the fuller names a short form fits, each sharing a role with it, are one name
    written several ways, each a short form of another ("M. Tito Karnavian", "Muhammad Tito
    Karnavian" for "Tito Karnavian"): one person, whose roles the short form spans."""
    fits = [keys[other] for other, _ in sharing.values()]
    return len(fits) > 1 and all(
        is_short_form(one, other) or is_short_form(other, one)
        for at, one in enumerate(fits) for other in fits[at + 1:])


def _choose(
    name: str, sharing: dict[str, tuple[str, str]],
    evidence: Mapping[str, Evidence], groups: _Groups,
    regions_of: Lookup | None,
) -> tuple[str, str] | None:
    """The fuller name a short form joins, and why, among the people it shares a role with:
    the only one; else the only one named in articles about the same kabupaten/kota; else the
    only one holding one of its roles as written, an office more than a bare title ("Menteri
    BUMN", not "Bupati"), and sharing each of the others; else the one named DOMINANT times as
    often as all the others together in that very role."""
    if len(sharing) == 1:
        (other, role), = sharing.values()
        return other, f"a short form, {_both(role)}"
    if len(sharing) > 1 and regions_of is not None:
        mine = regions_of(name)
        near = [found for found in sharing.values() if mine & regions_of(found[0])]
        if len(near) == 1:
            other, role = near[0]
            return other, (f"a short form, {_both(role)}, in articles about the same "
                           "kabupaten/kota")
    own = {role_words(role) for role in evidence[name].roles}
    exact = {root: found for root, found in sharing.items() if role_words(found[1]) in own}
    if len(exact) == 1:
        (root, (other, role)), = exact.items()
        if len(role_words(role)) > 1 and root in _covering(name, sharing, evidence, groups):
            return other, f"a short form, both {role!r}, the only one sharing each of its roles"
        return None
    if not exact:
        return None
    articles = {root: sum(evidence[m].articles for m in groups.members[root]) for root in exact}
    first, *rest = sorted(exact, key=lambda root: -articles[root])
    if articles[first] >= DOMINANT * sum(articles[root] for root in rest):
        other, role = exact[first]
        return other, (f"a short form, both {role!r}, the one named {articles[first]} times "
                       f"against {sum(articles[root] for root in rest)}")
    return None


def _covering(name: str, sharing: dict[str, tuple[str, str]],
              evidence: Mapping[str, Evidence], groups: _Groups) -> list[str]:
    """The people among `sharing` who share every role written with a short form: "Rini" the
    Menteri BUMN and the Menteri fits Rini Soemarno, the Menteri BUMN, in both, and Rini
    Widyantini, the Menteri PANRB, only in the one that names no ministry."""
    roles = [role for role in sorted(evidence[name].roles) if role]
    return [root for root in sharing
            if all(roles_shared({role}, {r for member in groups.members[root]
                                         for r in evidence[member].roles}) for role in roles)]


def _identities(
    names: list[str], keys: dict[str, tuple[str, ...]], evidence: Mapping[str, Evidence],
    alias_names: set[str], targets: set[str], groups: _Groups,
) -> dict[str, Identity]:
    members: dict[str, list[str]] = defaultdict(list)
    for name in names:
        members[groups.root(name)].append(name)
    joins: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for join in groups.joins:
        joins[groups.root(join[0])].append(join)
    resolved: dict[str, Identity] = {}
    for group in members.values():
        group.sort(key=lambda n: (-evidence[n].articles, n))
        identity = Identity(_shown(group, keys, evidence, alias_names, targets),
                            [n for n in group if evidence[n].articles],
                            joins[groups.root(group[0])])
        for name in group:
            resolved[name] = identity
    return resolved


def _shown(
    group: list[str], keys: dict[str, tuple[str, ...]], evidence: Mapping[str, Evidence],
    alias_names: set[str], targets: set[str],
) -> str:
    """The name an identity is shown by: the full name of its alias line; else, of its written
    names that are no minor short form of another (one named at least a quarter as often), the
    one named in the most articles, the shorter on a tie."""
    named = [n for n in group if n in targets]
    if named:
        return named[0]
    candidates = [n for n in group if n not in alias_names] or group
    full = [n for n in candidates if not any(
        other != n and is_short_form(keys[n], keys[other])
        and 4 * evidence[other].articles >= evidence[n].articles
        for other in candidates
    )] or candidates
    return min(full, key=lambda n: (-evidence[n].articles, len(keys[n]), n))

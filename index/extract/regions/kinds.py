"""Which of a kabupaten and a kota a shared name means ("Bogor", "Malang", "Kupang", "Bekasi"),
beyond a kind written in front of it ("Kota Bogor", "Bupati Malang"; ``index/gazetteer.py``).

- A kind written after the name: "Polres Metro Bekasi Kota", "Polresta Malang Kota" are the
  kota, "Polres Bogor Kabupaten" the kabupaten (``KIND_AFTER``).
- A police unit: the police name a shared name's kabupaten "Polres X" and its kota "Polres X
  Kota", "Polresta X Kota" or, in the largest cities, "Polrestabes X". So "Polres Malang" and
  "Kapolres Bogor" are the kabupaten, "Polrestabes Semarang" the kota (``POLICE_KINDS``);
  "Polresta X" alone may be either (Polresta Cirebon and Polresta Tangerang serve the
  kabupaten). ``index/extract/regions/`` lets the kota win again where the article names the
  kota's unit ("Kapolres Jayapura Kota") or the kota in its title or lead, as writers then
  shorten the unit's name.
- A bare name that is also a kelurahan of a kota in a province the article names, in an article
  that never names the region's own province, is that small place: "Stasiun Manggarai" in a
  Jakarta story is not Kabupaten Manggarai, NTT (``drop_homonyms``).
- A region form ending a small place's name after "Desa", "Kecamatan" ... ("Desa Rengas
  Bandung", in Muaro Jambi) is that place when the register puts it elsewhere
  (``ends_a_small_place_elsewhere``).
- A title's bare name that the body names only in a longer form ("Morowali" over "Morowali
  Utara") is the longer one (``title_short_forms``).
- A dateline: what the article says, the kota or the kabupaten, named anywhere with its kind
  (the kota first); when it says neither, only the province (``datelined_region``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from index.gazetteer import CITY, KIND_WORDS, PROVINCE, REGENCY, form_key, gazetteer, normalise

KIND_AFTER = {"kota": CITY, "kabupaten": REGENCY}
POLICE_KINDS = {"polres": REGENCY, "kapolres": REGENCY, "polrestabes": CITY,
                "kapolrestabes": CITY}


def police_word(before: str, before_that: str) -> str:
    """The police unit's word in front of a name, given the two normalised words before it:
    "polres" for "Polres Bogor" and for "Polres Metro Bekasi"."""
    return before_that if before == "metro" else before


def datelined_region(name: str, shared_by: tuple[str, ...], said: set[str]) -> str:
    """The region a dateline names, `name` as the gazetteer reads a dateline (a shared name's
    kota), `shared_by` every region its form may mean. A name that is both a kabupaten and a
    kota is the one the article says (`said`: the regions it names with their kind or an
    institution of theirs, "Kota Bogor", "Pemkab Kupang", "Polres Bogor"): the kota when it
    names the kota, else the kabupaten when it names that; when it says neither, only their
    province (bench/labels/regions.md, "Names shared by a kabupaten and a kota")."""
    regions = gazetteer().regions
    kabupaten = [n for n in shared_by if regions[n].kind == REGENCY]
    if regions[name].kind != CITY or not kabupaten or name in said:
        return name
    named = [n for n in kabupaten if n in said]
    return named[0] if len(named) == 1 else regions[name].province


def ends_a_small_place_elsewhere(level: str, name: str, regions: list[str]) -> bool:
    """Whether `name` (normalised: the word before a region form and the form) is a small place
    at `level` ("kecamatan" or "desa") that lies in none of `regions`, the regions the form
    means: "Desa Rengas Bandung" is in Kabupaten Muaro Jambi (region_small_places.tsv)."""
    holders = gazetteer().small_places.get((level, name))
    return holders is not None and not holders & set(regions)


def part_of_a_place_elsewhere(written: str, after: str, regions: list[str]) -> bool:
    """Whether a region name `written` and the capitalised word `after` it (normalised) are a
    kecamatan or desa that lies in none of `regions`, the regions the name means: "di Padang
    Bulan" is in Medan (region_small_places.tsv), not in Kota Padang. A place of that name
    inside one of them ("Bogor Barat") keeps the region."""
    if not after or after in KIND_AFTER:
        return False
    holders = _small_place_holders(written, after)
    return bool(holders) and holders.isdisjoint(regions)


@lru_cache(maxsize=1 << 16)
def _small_place_holders(written: str, after: str) -> frozenset[str]:
    """The regions a kecamatan or desa named `written` `after` lies in (none: no such place)."""
    small_places = gazetteer().small_places
    name = normalise(f"{written} {after}")
    return frozenset().union(*(small_places.get((level, name), ()) for level in ("kecamatan",
                                                                                 "desa")))


def police_metro(written: str, before: str, after: str) -> bool:
    """"Polres Metro Jakarta Barat", "Polda Metro Jaya", "Polres Metro Jakara" (a typo): after
    a police unit's word (`before`, normalised), "Metro" and a capitalised word name a
    metropolitan unit, not Kota Metro, whose own unit is "Polres Metro" ("Polres Metro
    Lampung", "Polres Metro Kota")."""
    return (written.lower() == "metro" and bool(after)
            and before.startswith(("polres", "polda", "kapolres", "kapolda"))
            and after not in ("lampung", "kota"))


# Two words in front of a name that make it part of another name: a road ("Jalan Raya Bogor"),
# a holiday ("Hari Raya Kuningan"), a garden ("Kebun Raya Bogor"); not "Masjid Raya
# Singkawang", which stands in the kota.
NOT_REGION_BEFORE_TWO = frozenset({("jalan", "raya"), ("jl", "raya"), ("hari", "raya"),
                                   ("kebun", "raya")})


def another_name(written: str, before_that: str, before: str, after: str, regions: list[str],
                 region_words: frozenset[str]) -> bool:
    """Whether a region name is part of another name: the two words in front of it
    (normalised) in NOT_REGION_BEFORE_TWO, a police unit's (police_metro), or, not after one
    of `region_words` ("Kabupaten", "Polres" ...), a kecamatan's or desa's
    (part_of_a_place_elsewhere)."""
    return (before_that, before) in NOT_REGION_BEFORE_TWO or police_metro(written, before, after) \
        or (before not in region_words and part_of_a_place_elsewhere(written, after, regions))


class _Mention(Protocol):
    written: str
    before: str
    after: str


class _Reading(Protocol):
    region: str | None
    mention: _Mention
    zone: str


def title_short_forms(readings: list[_Reading], title: str,
                      region_words: frozenset[str]) -> None:
    """A title shortens a kabupaten/kota the body names in full ("PHK 1.900 Karyawan di
    Morowali" over "karyawan di Morowali Utara, Sulawesi Tengah"): a title's bare name (zone
    `title`) that the body never names on its own, while it names one longer region of the same
    province that starts with it, stands for that one. Named with its kind or after one of
    `region_words` ("Kabupaten Morowali", "Bupati Morowali"), it stays."""
    regions = gazetteer().regions
    body = {r.region for r in readings if r.region and r.zone != title}
    for reading in readings:
        if reading.zone != title or not reading.region or reading.region in body \
                or reading.mention.before in region_words \
                or form_key(reading.mention.written.split()[0]) in KIND_WORDS \
                or regions[reading.region].kind == PROVINCE:
            continue
        short = regions[reading.region]
        longer = {n for n in body if regions[n].province == short.province
                  and regions[n].bare_name.startswith(short.bare_name + " ")}
        if len(longer) == 1:
            reading.region = longer.pop()


def drop_homonyms(readings: Iterable[_Reading], datelined: list[str],
                  region_words: frozenset[str]) -> None:
    """Drop the readings of a bare name (no kind or region word with it) that is also a
    kecamatan or kelurahan of a kota (region_small_places.tsv; a city's neighbourhoods are
    named bare, villages rarely) in a province the article names otherwise, when the article
    never names the region's own province otherwise: in "LRT Jakarta dan KRL
    di Stasiun Manggarai", Manggarai is the kelurahan in Jakarta Selatan, not Kabupaten
    Manggarai, NTT; "Gempa di NTT: 15 Warga Manggarai" keeps the kabupaten."""
    regions, small_places = gazetteer().regions, gazetteer().small_places
    readings = [r for r in readings if r.region]
    by_region: dict[str, set[str]] = {}
    for reading in readings:
        by_region.setdefault(regions[reading.region].province, set()).add(reading.region)
    for name in datelined:
        by_region.setdefault(regions[name].province, set()).add(name)
    for reading in readings:
        mention, region = reading.mention, regions[reading.region]
        if region.kind == PROVINCE or mention.before in region_words or mention.after in KIND_AFTER:
            continue
        named = {p for p, names in by_region.items() if names - {reading.region}}
        if region.province in named:
            continue
        name = normalise(mention.written)
        holders = set().union(*(small_places.get((level, name), ()) for level in ("kecamatan",
                                                                                  "desa")))
        if any(regions[h].kind == CITY and regions[h].province in named for h in holders):
            reading.region = None

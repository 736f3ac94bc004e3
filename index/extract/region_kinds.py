"""Which of a kabupaten and a kota a shared name means ("Bogor", "Malang", "Kupang", "Bekasi"),
beyond a kind written in front of it ("Kota Bogor", "Bupati Malang"; ``index/gazetteer.py``).

- A kind written after the name: "Polres Metro Bekasi Kota", "Polresta Malang Kota" are the
  kota, "Polres Bogor Kabupaten" the kabupaten (``KIND_AFTER``).
- A police unit: the police name a shared name's kabupaten "Polres X" and its kota "Polres X
  Kota", "Polresta X Kota" or, in the largest cities, "Polrestabes X". So "Polres Malang" and
  "Kapolres Bogor" are the kabupaten, "Polrestabes Semarang" the kota (``POLICE_KINDS``);
  "Polresta X" alone may be either (Polresta Cirebon and Polresta Tangerang serve the
  kabupaten). ``index/extract/regions.py`` lets the kota win again where the article names the
  kota's unit ("Kapolres Jayapura Kota") or the kota in its title or lead, as writers then
  shorten the unit's name.
- A dateline: what the article says, the kota or the kabupaten, named anywhere with its kind
  (the kota first); when it says neither, only the province (``datelined_region``).
"""

from __future__ import annotations

from index.gazetteer import CITY, REGENCY, gazetteer

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
    province (bench/labels/README.md, "Names shared by a kabupaten and a kota")."""
    regions = gazetteer().regions
    kabupaten = [n for n in shared_by if regions[n].kind == REGENCY]
    if regions[name].kind != CITY or not kabupaten or name in said:
        return name
    named = [n for n in kabupaten if n in said]
    return named[0] if len(named) == 1 else regions[name].province

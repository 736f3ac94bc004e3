"""A small place named again (issue 15: "a kelurahan or kecamatan never becomes a kabupaten
elsewhere"): once an article has named "Desa Depok, Kabupaten Tegal" or "Kelurahan Mabar,
Kecamatan Medan Deli", a later bare "Depok" or "warga Mabar" is that desa or kelurahan, not
Kota Depok or Mabar (Manggarai Barat). The register of small places (region_small_places.tsv)
says where each lies; a small place that lies in the region of its name ("Kecamatan Pidie",
"Kelurahan Depok, Kecamatan Pancoran Mas") changes nothing, and neither does an article that
names the region with its kind or its government as well ("Desa Depok ... Wali Kota Depok")."""

from __future__ import annotations

from index.extract.regions.kinds import KIND_AFTER
from index.extract.regions.mentions import (
    DISTRICT_WORDS,
    SMALL_PLACE_WORDS,
    RegionMention,
    outright,
)
from index.extract.regions.resolve import Reading, small_place_end
from index.gazetteer import gazetteer, normalise

# Characters from a small place's name to the region named as where it lies: "Desa Depok,
# Kecamatan Suradadi, Kabupaten Tegal".
CONTAINER_REACH = 60


def names_a_small_place_elsewhere(mention: RegionMention, container: str | None = None) -> bool:
    """Whether a mention after "Kecamatan", "Kelurahan", "Desa" ... names a small place of
    exactly the region form's name that lies outside the regions of that form: "Kelurahan
    Mabar" (only in Medan and Deli Serdang), not "Kecamatan Pidie" (in Pidie) nor "Desa Batang
    Merangin" (whose name is longer than the form's). A name that a small place in the region
    itself has as well ("Desa Depok": a kelurahan of Kota Depok too) lies elsewhere only when
    the region named right after it (`container`) is another one holding a place of that name
    ("Desa Depok, Kabupaten Tegal")."""
    if mention.before not in SMALL_PLACE_WORDS:
        return False
    level = "kecamatan" if mention.before in DISTRICT_WORDS else "desa"
    small_places = gazetteer().small_places
    named = next((name for name in mention.small_place_names
                  if (level, name) in small_places), None)
    if named is None or named != normalise(mention.written):
        return False
    holders = small_places[level, named]
    own = holders & set(mention.form.regions)
    return not own or container in holders - own


def _container(readings: list[Reading], k: int) -> str | None:
    """The region of the first reading after reading `k` when it starts within CONTAINER_REACH
    characters of the small place's name: where the article says the small place lies."""
    mention = readings[k].mention
    end = readings[k].position + small_place_end(mention) - mention.start
    following = next((r for r in readings[k + 1:] if r.position >= end and r.region), None)
    if following is None or following.position - end > CONTAINER_REACH:
        return None
    return following.region


def drop_small_places_named_again(readings: list[Reading]) -> None:
    """Readings of a name the article gives a small place elsewhere stand for that small place,
    unless the article names the region with its kind or government somewhere (``outright``,
    "Depok Kota")."""
    small = {normalise(r.mention.written) for k, r in enumerate(readings)
             if r.mention.before in SMALL_PLACE_WORDS
             and names_a_small_place_elsewhere(r.mention, _container(readings, k))}
    if not small:
        return
    said = {r.region for r in readings if r.region and (
        outright(r.mention) or KIND_AFTER.get(r.mention.after))}
    for reading in readings:
        if reading.region and reading.region not in said \
                and normalise(reading.mention.written) in small:
            reading.region = None

"""What region a mention stands for, if any: not a river, a road, a club, a small place
elsewhere or a name that is also a word; and the reading that records it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from index.data_files import word_list
from index.extract.regions import evidence, kinds
from index.extract.regions.kinds import KIND_AFTER, POLICE_KINDS, police_word
from index.extract.regions.mentions import (
    DISTRICT_WORDS,
    PLACE_WORDS,
    REGION_WORDS,
    SMALL_PLACE_WORDS,
    RegionMention,
)
from index.gazetteer import KIND_WORDS, PROVINCE, form_key, gazetteer, normalise, pick_region

# Words around a name that make it another thing named after the region: a river, a road, a
# firm, a club ("Sungai Kapuas", "Tol Jakarta-Cikampek", "PT Batu Karya", "Bali United",
# "Mitra Kukar").
NOT_REGION_BEFORE = frozenset({
    "sungai", "bengawan", "danau", "gunung", "selat", "teluk", "jalan", "jl", "gang",
    "jembatan", "tol", "mitra", "semen", "pt", "cv", "kri", "melansir", "mengutip",
    # ships named after a town: "KMP Sumenep kandas", "KM Bontang tenggelam"
    "km", "kmp", "kn", "klm", "mv",
})
# "Pulau Sumbawa", "Pulau Bintan": an island, not the kabupaten/kota of that name (a
# province stays: "Pulau Bali").
ISLAND_WORDS = frozenset({"pulau"})
# "dilansir dari Metro": a publication cited, not a place.
CITING_WORDS = frozenset({"dilansir", "dikutip", "disadur", "bersumber"})
# A name going on with one of these is a club's, a firm's or a police region's: "Madiun Putra FC",
# "PT Sanitarindo Tangsel Jaya", "Polda Metro Jaya" (not Kota Metro); "Interbank": Jisdor.
NOT_REGION_AFTER = frozenset({"united", "fc", "putra", "interbank", "jaya"})


@dataclass
class Reading:
    mention: RegionMention
    region: str | None
    tentative: bool  # counts only when the article names the region elsewhere (`resolve`)
    zone: str  # where it stands: evidence.TITLE, LEAD, BODY or LATE
    weight: float  # the zone's weight, 0 for an aside
    position: int  # in title and body taken as one text
    linked: bool = False  # in a linked story's headline: see readings.drop_unconfirmed
    cue: str = evidence.BARE  # how it names the region: see cues.py


@cache
def _not_region_before() -> frozenset[str]:
    """NOT_REGION_BEFORE and the clubs of region_name_holders.txt ("Persija Jakarta")."""
    return NOT_REGION_BEFORE | {normalise(word) for word in word_list("region_name_holders.txt")}


def resolve(mention: RegionMention, headline: bool = False) -> tuple[str | None, bool]:
    """The region a mention stands for (None when it names something else), and whether it
    is only tentative: a name that is also a word, in a headline, without a word in front
    that says a region follows, counts only when the article names the region elsewhere."""
    if mention.before in SMALL_PLACE_WORDS:
        return _small_place_region(mention), False
    if mention.before_that in SMALL_PLACE_WORDS and kinds.ends_a_small_place_elsewhere(
            "kecamatan" if mention.before_that in DISTRICT_WORDS else "desa",
            f"{mention.before} {normalise(mention.written)}", mention.form.regions):
        return None, False  # "Desa Rengas Bandung" lies in Muaro Jambi, not in Bandung
    if mention.before in _not_region_before() or mention.after in NOT_REGION_AFTER \
            or (mention.acronym and mention.before not in PLACE_WORDS):
        return None, False
    if mention.before == "dari" and mention.before_that in CITING_WORDS:
        return None, False
    if mention.former or kinds.another_name(mention.written, mention.before_that, mention.before,
                                            mention.after, mention.form.regions, REGION_WORDS):
        return None, False
    form, tentative = mention.form, False
    if form.word or form.ordinary:
        region_word = mention.before in REGION_WORDS or (mention.acronym_before and not headline)
        place_word = region_word or mention.before in PLACE_WORDS or mention.acronym_before
        if form.word and not place_word and not headline and mention.mid_sentence \
                and not mention.before:
            tentative = True  # bare after a comma: its surroundings decide (readings.py)
        elif form.word and (not place_word or (form_key(mention.after) in gazetteer().forms
                                               and not _own_province_after(mention))):
            return None, False  # "Bima Arya", "Polres Metro Tangerang": another name
        if headline:  # capitals say nothing there; an amount says it is the word
            tentative = not region_word and (mention.amount_after or
                                             mention.before not in PLACE_WORDS)
        elif not (place_word or form.word or mention.mid_sentence):
            return None, False  # an ordinary word starting a sentence: "Palu hakim diketuk"
    kind = (KIND_WORDS.get(mention.before) or KIND_AFTER.get(mention.after)
            or POLICE_KINDS.get(police_word(mention.before, mention.before_that)))
    region = pick_region(form.regions, gazetteer().regions, kind)
    if region and mention.before in ISLAND_WORDS and gazetteer().regions[region].kind != PROVINCE:
        return None, False
    return region, tentative


def _own_province_after(mention: RegionMention) -> bool:
    """Whether the word after a name is the province it lies in, or one that province was made
    from: "di Puncak Papua" is Kabupaten Puncak (Papua Tengah), not a name of two words."""
    known = gazetteer()
    after = known.forms[form_key(mention.after)].regions
    return any(known.regions[p].kind == PROVINCE
               and known.province_named_as(known.regions[r].province, p)
               for p in after for r in mention.form.regions)


def _small_place_region(mention: RegionMention) -> str | None:
    """What a region form after "Kecamatan", "Kelurahan", "Desa" ... stands for. A small place
    of that name that lies in the region is the region ("Kecamatan Pidie", "Kecamatan Medan
    Deli"); one that lies elsewhere is not ("Kelurahan Mabar" is in Medan, not in Manggarai
    Barat, which "Mabar" also means). When no small place has that name, an official name is
    the region written loosely ("pegawai Kecamatan Bogor"), and a short form is nothing."""
    level = "kecamatan" if mention.before in DISTRICT_WORDS else "desa"
    small_places = gazetteer().small_places
    holders = next((small_places[level, name] for name in mention.small_place_names
                    if (level, name) in small_places), None)
    if holders is None:
        official = mention.small_place_names[-1] in gazetteer().official
        return pick_region(mention.form.regions, gazetteer().regions, None) if official else None
    if not holders <= set(mention.form.regions):
        return None
    return pick_region(sorted(holders), gazetteer().regions, None)


def small_place_end(mention: RegionMention) -> int:
    """Where the name of the small place a mention starts ends, when the register knows it:
    "Desa Batang Merangin" (in Kerinci) ends after "Merangin"."""
    level = "kecamatan" if mention.before in DISTRICT_WORDS else "desa"
    small_places = gazetteer().small_places
    return next((end for name, end in zip(mention.small_place_names, mention.small_place_ends,
                                              strict=True)
                 if (level, name) in small_places), mention.end)

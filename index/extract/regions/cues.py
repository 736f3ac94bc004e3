"""How a mention names its region (its cue, which regions/evidence.py weighs): with its kind
or an office of its government, followed by its province, after a place word, inside an
institution's or a product's name, or bare."""

from __future__ import annotations

import re
from functools import cache

from index.data_files import word_list
from index.extract.regions import evidence
from index.extract.regions.asides import any_word, words_of_name_before
from index.extract.regions.kinds import police_word
from index.extract.regions.mentions import (
    PLACE_WORDS,
    REGION_WORDS,
    SMALL_PLACE_WORDS,
    RegionMention,
    outright,
)
from index.extract.regions.resolve import Reading, small_place_end
from index.extract.regions.routes import from_place
from index.extract.regions.word_names import LIST_JOIN
from index.gazetteer import KIND_WORDS, PROVINCE, form_key, gazetteer, normalise

# A firm's name with a region inside it, the name going on after it ("PT Atosim Lampung
# Pelayaran", "PT Indonesia Asahan Aluminium"): the region weighs as in an institution's name
# (a regional unit named last, "PT PLN NTT", "PT MRT Jakarta", works there).
COMPANY_WORDS = frozenset({"pt", "cv"})
# Between a kabupaten/kota and its province: "Gianyar, Bali", "Krui (Pesisir Barat, Lampung)".
BEFORE_PROVINCE = re.compile(r"[ \t\xa0]*[,(][ \t\xa0]*")
# Between a region named in an institution's name and another one that name goes on with:
# "Bank Pembangunan Daerah Jawa Barat dan Banten (Bank BJB)".
_NAME_GOES_ON = re.compile(r"[ \t\xa0]+dan[ \t\xa0]+")


def cue(text: str, readings: list[Reading], k: int) -> str:
    """How a mention names its region (regions/evidence.py weighs each cue): with its kind or
    an office of its government ("Kabupaten Agam", "Bupati Gowa"), followed by its province
    ("Gianyar, Bali"), after a word that marks a place ("di Grobogan") or in a public place's
    name ("Masjid Raya Singkawang"), in an institution's name ("Festival Boalemo",
    "KONI Ponorogo"), or bare ("Kalideres Jakbar": a capitalised word before may be a place
    inside the region as well as another thing's name)."""
    reading, known = readings[k], gazetteer()
    mention = reading.mention
    if _in_institution_name(text, mention) or (
            k and readings[k - 1].cue == evidence.NAMED_AFTER
            and _NAME_GOES_ON.fullmatch(text, readings[k - 1].mention.end, mention.start)):
        # "KONI Kabupaten Ponorogo", "Bank Pembangunan Daerah Jawa Barat dan Banten": a kind
        # or a place word inside an institution's name does not make the region its place
        return evidence.NAMED_AFTER
    if mention.before in cue_words("region_product_words.txt") \
            and form_key(mention.written.split()[0]) not in KIND_WORDS:
        return evidence.NAMED_AFTER  # "aspal Buton", "kopi Bajawa": a product, not a place
    if mention.after and mention.before not in PLACE_WORDS \
            and _firm_before(text, mention.start) and _name_words(text, mention) & COMPANY_WORDS:
        return evidence.NAMED_AFTER  # "PT Indonesia Asahan Aluminium"; not "PT PLN NTT"
    if mention.before in SMALL_PLACE_WORDS:
        # "Kecamatan Medan Deli" lies in Kota Medan; "Kecamatan Pidie" is named as its region
        return evidence.SMALL_PLACE if small_place_end(mention) > mention.end \
            else evidence.PLACE
    # "Tim SAR dari Bali", "dipasok dari Kabupaten Enrekang": where people or things come from;
    # in a title, a person's home is the story's subject ("Sosok Joko, Petani dari Ngawi")
    coming = from_place(mention.before, mention.before_that)
    if coming and reading.zone != evidence.TITLE:
        return evidence.FROM_PLACE
    if outright(mention) or police_word(mention.before, mention.before_that) in REGION_WORDS:
        return evidence.PLACE if coming else evidence.OUTRIGHT
    after = readings[k + 1] if k + 1 < len(readings) else None
    if (reading.region and after and after.region
            and known.regions[reading.region].kind != PROVINCE
            and all(known.regions[n].kind == PROVINCE for n in after.mention.form.regions)
            and known.province_named_as(known.regions[reading.region].province, after.region)
            and BEFORE_PROVINCE.fullmatch(text, mention.end, after.mention.start)):
        return evidence.WITH_PROVINCE
    if k and readings[k - 1].cue == evidence.FROM_PLACE and LIST_JOIN.fullmatch(
            text, readings[k - 1].mention.end, mention.start):
        return evidence.FROM_PLACE  # "arkeolog dari Makassar dan Jayapura"
    if mention.before in PLACE_WORDS:
        return evidence.PLACE
    if mention.before and _name_words(text, mention) & cue_words("region_landmark_words.txt"):
        return evidence.PLACE
    return evidence.BARE


def _firm_before(text: str, at: int) -> bool:
    """Whether "PT" or "CV" stands in the 60 characters before `at` (cheap to rule out)."""
    window = text[max(0, at - 60):at]
    return "PT " in window or "CV " in window


def _name_words(text: str, mention: RegionMention) -> set[str]:
    return {normalise(w) for w in words_of_name_before(text, mention.start)}


def _in_institution_name(text: str, mention: RegionMention) -> bool:
    """Whether a mention ends an organisation's or an event's name (region_institution_words
    .txt): "KONI Ponorogo", "Festival Boalemo", "Koperasi Simpan Pinjam (KSP) Sejahtera
    Sidoarjo", and with a kind or a place word the name holds, "KONI Kabupaten Ponorogo",
    "Bank Pembangunan Daerah Jawa Barat" (but not "di Kabupaten Ponorogo": the run of
    capitalised words must reach the institution's word)."""
    if mention.before in ("di", "ke", "dari") or not (
            mention.before or text.endswith(")", 0, mention.start - 1)):
        return False  # nothing before but an acronym in brackets may go on with a name
    institution = cue_words("region_institution_words.txt")
    if not any_word(institution).search(text, max(0, mention.start - 60), mention.start):
        return False  # most mentions: no such word before them at all (cheap to rule out)
    words = _name_words(text, mention)
    if mention.before in KIND_WORDS or mention.before in PLACE_WORDS \
            or form_key(mention.written.split()[0]) in KIND_WORDS:
        # the institution's word must come before the kind or place word, in the same run
        return bool(words & institution) and (mention.before in KIND_WORDS
                                           or mention.before not in REGION_WORDS)
    return bool(words & institution)


@cache
def address_words() -> frozenset[str]:
    """The words that start a public place's or a small place's name: "Stadion", "Desa"."""
    return cue_words("region_landmark_words.txt") | SMALL_PLACE_WORDS


@cache
def cue_words(filename: str) -> frozenset[str]:
    """region_landmark_words.txt ("Masjid Raya Singkawang" is a place in Singkawang),
    region_institution_words.txt ("KONI Ponorogo" is an organisation's name),
    region_product_words.txt ("aspal Buton" is a product)."""
    return frozenset(normalise(word) for word in word_list(filename))

"""The region each mention of a title or a body stands for, weighed by where it stands: the
asides, speakers, origins, addresses, lists and routes that weigh nothing, and the readings
that other readings confirm or overrule."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from index.data_files import word_list
from index.extract.regions import evidence
from index.extract.regions.asides import (
    annotated_list,
    aside_spans,
    business_home,
    home_address,
    in_bracketed_link,
    in_institution_name,
    in_spans,
    national_venue,
    passing_mention,
    pilgrim_group,
    statement_venue,
)
from index.extract.regions.cues import BEFORE_PROVINCE, address_words, cue
from index.extract.regions.evidence import WEIGHTS
from index.extract.regions.lists import drop_enumerations
from index.extract.regions.mentions import (
    PLACE_WORDS,
    REGION_WORDS,
    RegionMention,
    find_mentions,
)
from index.extract.regions.resolve import Reading, resolve, small_place_end
from index.extract.regions.routes import drop_route_ends
from index.extract.regions.speakers import names_a_speaker, speech_verb_after
from index.extract.regions.word_names import LIST_JOIN, confirm_after_comma, confirm_listed
from index.gazetteer import KIND_WORDS, PROVINCE, form_key, gazetteer

# "pria asal Klaten", "berasal dari Belu", "kelahiran Gowa": where a person comes from.
ORIGIN_WORDS = frozenset({"asal", "berasal", "kelahiran"})
BIRTH_WORDS = frozenset({"lahir", "dilahirkan"})  # "lahir di Tanjungpinang": a birthplace
# "pria asal Cepu, Kabupaten Blora", "lahir di Manggar, Belitung Timur": the rest of an origin.
_ORIGIN_ADDRESS = re.compile(r"(?<![\w-])(?i:asal|kelahiran|(?:lahir|dilahirkan)[ \t\xa0]+di)"
                             r"[ \t\xa0]+(?:[A-Z][\w'’-]*[ \t\xa0]*)+,[ \t\xa0]*$")
# A regional bank is a firm named after its province ("kredit dari Bank DKI", "ke Bank NTB
# Syariah di Mataram"): a lender or a venue, not where the story is.
BANK_WORDS = frozenset({"bank"})
HEADLINE_SHARE = 0.75  # of a title's words of four letters or more, capitalised
_TITLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}")
# Between a place and the region it lies in: "Puncak, Papua", "Puncak Papua", "(Papua)".
_IN_REGION = re.compile(r"[ \t\xa0]*[,(]?[ \t\xa0]*")


def is_headline(title: str) -> bool:
    """Whether a title capitalises every word (or is in capitals), so that a capital letter in
    it says nothing: "Rupiah Bergerak di Kisaran Rp 17.750", not "Rupiah bergerak di kisaran"."""
    words = _TITLE_WORD.findall(title)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words)


def read(text: str, start: int, offset: int, zone: Callable[[int], str],
         title: bool = False, lead_end: int = 0,
         titled: frozenset[str] = frozenset()) -> list[Reading]:
    """The region each mention in text stands for, weighed by where it stands. Where someone
    comes from weighs nothing ("make-up artist asal Surabaya", "TKI asal NTT"); in the lead a
    business's or a school's origin is where it is ("UMKM asal Surabaya"). A linked story's
    headline, a constituency and a university's name are asides (regions/asides.py)."""
    mentions = list(find_mentions(text, start))
    headline = title and any(m.form.word or m.form.ordinary for m in mentions) and (
        is_headline(text))
    readings = [Reading(m, *resolve(m, headline), zone(m.start),
                        WEIGHTS.zone_weight(zone(m.start)), offset + m.start) for m in mentions]
    waiting = {k for k, r in enumerate(readings) if r.tentative}
    if waiting and not headline:  # "Stadion Kanjuruhan, Malang", "Belu, Malaka"
        confirm_after_comma(text, readings, waiting, _in_province, address_words())
    if not title:
        links, constituencies = aside_spans(text, start)
        for k, reading in enumerate(readings):
            at = reading.mention.start
            reading.linked = in_spans(links, at)
            if reading.region and (statement_venue(text, at, start, reading.mention.end)
                                   or _speaker(text, readings, k)):
                reading.region = None
            elif ((_origin(reading.mention) or _ORIGIN_ADDRESS.search(text, max(0, at - 40), at))
                  and (at >= lead_end or not business_home(text, at))) \
                    or (at >= lead_end and (home_address(text, at) or passing_mention(text, at))) \
                    or in_spans(constituencies, at) or in_bracketed_link(text, links, at) \
                    or in_institution_name(text, at) or national_venue(text, at, start) \
                    or pilgrim_group(text, at) or reading.mention.before in BANK_WORDS:
                reading.weight = 0.0  # still a place: it may confirm a tentative reading
    _drop_inside_small_places(readings)
    _drop_address_parts(text, readings)
    _drop_places_elsewhere(text, readings)
    drop_enumerations(text, readings, titled)
    listed = annotated_list(text, [(r.mention.start, r.mention.end) for r in readings
                                   if r.region])
    for reading in readings:
        if reading.region and reading.mention.start in listed:
            reading.weight = 0.0  # "Bambang (Magelang), Ardi (Temanggung) ...": who is from where
    if headline:
        confirm_listed(text, readings)
    for k, reading in enumerate(readings):
        reading.cue = cue(text, readings, k)
        if k and readings[k - 1].cue == evidence.WITH_PROVINCE:
            # "di Pekanbaru, Riau": the province says which Pekanbaru; the kota's weight is
            # the pair's evidence, and the province weighs that as well, not a second time
            reading.weight = 0.0
    drop_route_ends(text, readings)
    return readings


def _speaker(text: str, readings: list[Reading], k: int) -> bool:
    """Whether reading `k` names someone speaking (regions/speakers.py): "Choirul Muna
    menegaskan", "Namun, Bima menegaskan"; not after a word that says a place or an institution
    follows ("Pemkot Bima menyebut") nor a province after its kabupaten/kota ("Pemerintah
    Kabupaten Lamongan, Jawa Timur menyatakan")."""
    mention = readings[k].mention
    if not speech_verb_after(text, mention.end):
        return False
    if mention.before in PLACE_WORDS or mention.acronym_before \
            or form_key(mention.written.split()[0]) in KIND_WORDS:
        return False
    if k and readings[k - 1].region and BEFORE_PROVINCE.fullmatch(
            text, readings[k - 1].mention.end, mention.start):
        return False
    return names_a_speaker(text, mention.start, mention.end)


def _origin(mention: RegionMention) -> bool:
    """Whether a mention says where someone comes from: "pengendara asal Cimahi", "TKI
    berasal dari Belu", "pria asal Kabupaten Gowa", "lahir di Tanjungpinang"."""
    return mention.before in ORIGIN_WORDS or (
        mention.before in ("dari", *KIND_WORDS) and mention.before_that in ORIGIN_WORDS) or (
        mention.before == "di" and mention.before_that in BIRTH_WORDS)


def _in_province(region: str, province: str) -> bool:
    known = gazetteer()
    return known.regions[region].kind != PROVINCE and known.province_named_as(
        known.regions[region].province, province)


@cache
def elsewhere_forms() -> frozenset[int]:
    """The gazetteer's forms (their ids) that region_elsewhere_forms.txt lists: "Puncak"."""
    forms = gazetteer().forms
    keys = {form_key(form) for form in word_list("region_elsewhere_forms.txt")}
    return frozenset(id(forms[key]) for key in keys if key in forms)


def _drop_inside_small_places(readings: list[Reading]) -> None:
    """A region form inside a small place's name is part of it: Merangin in "Desa Batang
    Merangin", Kabupaten Kerinci, Mataram in "Desa Banjar Agung Mataram"."""
    end = -1
    for reading in readings:
        if reading.mention.start < end:
            reading.region = None
        elif reading.mention.small_place_names:
            end = small_place_end(reading.mention)


def drop_unconfirmed(readings: list[Reading], datelined: list[str]) -> None:
    """Tentative readings count only when another reading or the dateline names the region:
    "Jalan Rusak di Batu" over a body that says "warga Kota Batu", not over one about rupiah.
    A region in a linked story's headline counts only when the article names it or its
    province elsewhere: the headline may run on into the next sentence ("Baca juga:Ini Jenis
    Kanker yang Rentan Serang Perokok Kapolres Kota Kupang ... mengatakan")."""
    if not any(r.tentative or r.linked for r in readings):
        return
    named = {*datelined, *(r.region for r in readings
                           if r.region and not r.tentative and not r.linked)}
    provinces = {gazetteer().regions[n].province for n in named}
    for reading in readings:
        unconfirmed = reading.tentative and not named.intersection(
            [reading.region, *reading.mention.form.regions])
        if unconfirmed or (reading.linked and reading.region and (
                gazetteer().regions[reading.region].province not in provinces)):
            reading.region = None


_PROVINCE_AFTER = re.compile(r",?[ \t\xa0]+")


def _drop_places_elsewhere(text: str, readings: list[Reading]) -> None:
    """A form of region_elsewhere_forms.txt is the better-known place of that name ("kawasan
    Puncak", in Kabupaten Bogor), not the region, unless a word in front names a region or
    its government ("Pemkab Puncak") or its own province follows ("Puncak, Papua Tengah")."""
    elsewhere = elsewhere_forms()
    known = gazetteer()
    for k, reading in enumerate(readings):
        mention = reading.mention
        if not reading.region or id(mention.form) not in elsewhere \
                or mention.before in REGION_WORDS:
            continue
        after = readings[k + 1] if k + 1 < len(readings) else None
        province = known.regions[reading.region].province
        if not (after and after.region and _PROVINCE_AFTER.fullmatch(
                text, mention.end, after.mention.start)
                and known.province_named_as(province, after.region)):
            reading.region = None


def _drop_address_parts(text: str, readings: list[Reading]) -> None:
    """In "gedung KPK, Kuningan, Jakarta Selatan" Kuningan is a district of Jakarta, not
    Kabupaten Kuningan: a kabupaten/kota name followed by ", <a region of another province>"
    (or with no comma: "gedung KPK, Kuningan Jakarta Selatan") is part of an address, unless
    the two are items of a list ("Medan, Surabaya, dan Bali").
    A province a kabupaten/kota's province was made from is its own ("Puncak, Papua", "Puncak
    Jaya Papua")."""
    known = gazetteer()
    regions = known.regions

    def joined(first: Reading, second: Reading, by: re.Pattern[str]) -> bool:
        return bool(by.fullmatch(text, first.mention.end, second.mention.start))

    for k in range(len(readings) - 1):
        reading, container = readings[k], readings[k + 1]
        if not (reading.region and container.region and joined(reading, container, _IN_REGION)):
            continue
        listed = (k > 0 and joined(readings[k - 1], reading, LIST_JOIN)) or (
            k + 2 < len(readings) and joined(container, readings[k + 2], LIST_JOIN))
        named = [regions[n] for n in reading.mention.form.regions]
        around = regions[container.region].province
        if not listed and all(
                r.kind != PROVINCE and not known.province_named_as(r.province, around)
                for r in named):
            reading.region = None
        elif (not listed and regions[reading.region].kind != PROVINCE
              and container.region == around != regions[reading.region].province
              and known.province_named_as(regions[reading.region].province, around)):
            # "Kabupaten Puncak, Papua", "Puncak Jaya Papua", "Mimika (Papua)": the province
            # Puncak was split from stands for the one it lies in now, Papua Tengah.
            container.region = regions[reading.region].province

"""Which regions an article is about, and region short forms written out.

The names and forms are the gazetteer's (``index/gazetteer.py``), as is reading a shared name.

What an article is about
------------------------
``extract_regions`` reads every mention of a region and gathers it as evidence
(``regions/evidence.py`` weighs it and decides): where it stands (the dateline, which decides on
its own; the title; the lead paragraph; the body; the body's last part) and how it names the
region (its cue): with its kind or an office of its government ("Kabupaten Agam", "Bupati
Gowa", "Polres Metro Bekasi"), followed by its province ("Gianyar, Bali"), after a word that
marks a place ("di Grobogan", "warga Pati") or a public place's name ("Masjid Raya Singkawang",
"jalan Melati Pekanbaru"; region_landmark_words.txt), as a kecamatan or desa inside it
("Kecamatan Medan Deli"), inside another thing's name ("KONI Kabupaten Ponorogo", "Bank
Pembangunan Daerah Jawa Barat dan Banten"), or bare. A region needs enough evidence, and a
kabupaten/kota less inside a province the article is about; a kabupaten/kota brings its
province, and a province weighs what its kabupaten/kota weigh as well.

Regions in an enumeration of five or more (flight routes, a table of budgets), or kabupaten/kota
of three provinces in one short list (of two, when the title places the story in neither), weigh
nothing there (``regions/lists.py``): they count only where the article names them elsewhere. So
do a journey's start ("KMP Putri Yasmin kebakaran saat berlayar dari Bali ke Lombok"), a
direction's end ("dari arah Madiun menuju Surabaya"), a route's two places ("bus jurusan Blitar
- Surabaya") and both ends of a span ("korban karhutla dari Aceh hingga Papua", "dari Sabang
sampai Merauke"); a region after "dari" elsewhere says where people or things come from ("Tim
SAR dari Bali", "arkeolog dari Makassar dan Jayapura") and weighs less, but not where something
starts ("dimulai dari Kota Surabaya"; ``regions/routes.py``).

Some mentions say who or where someone was, not where the story is, and do not count: where a
statement was made (a speech verb, the speaker, then "di ...": "ujar Budi di Gedung KPK, Jakarta,
Selasa"; or the speaker, "di ...", the day, the verb: "Dewa Wijaya di Mataram, Minggu,
mengatakan"; "kata Bupati saat meninjau banjir di Medan" is an event, and counts), a former office
holder's title ("mantan Gubernur Jawa Barat", "eks Wali Kota Solo", "mantan Ketua KPU Kota
Surabaya"), and where someone comes from ("penata rias asal Surabaya", "kelahiran Kabupaten
Gowa", "TKI asal NTT" in the lead as well; in the lead a business's or a school's origin is where
it is: "UMKM kopi asal Surabaya", region_origin_homes.txt). A constituency, a
university in a person's description, a national seat of government ("rapat di Istana Bogor, Jawa
Barat"), another story's headline glued into the text ("Baca juga: ...", "(Baca ...)") and, after
the lead, a comparison ("seperti di Kabupaten Sleman") or a previous posting ("pernah bertugas di
Kabupaten Sragen") are asides as well (``regions/asides.py``).

Some mentions are not the region: a name after "Sungai", "Danau", "Gunung", "Jalan", "Tol" is a
river, a lake, a mountain or a road; one right before a speech verb, after a given name or
opening a clause, is someone speaking ("Choirul Muna menegaskan"; ``regions/speakers.py``);
"Bali United" and "Persija Jakarta" are clubs (region_name_holders.txt); "Pulau Sumbawa" is an
island, not the kabupaten; "Semarang-Demak" is a road between two places; in "gedung KPK,
Kuningan, Jakarta Selatan" the first name is a district of the second, which lies in another
province. A name after "Kecamatan", "Kelurahan", "Desa", "Kampung", "Dusun", "Nagari", "Gampong"
(or "Kec."/"Kel.") is that small place: it counts for the region of the same name only when the
small place lies in it ("Kecamatan Pidie"; not "Kelurahan Mabar", which is in Medan, for Mabar,
Manggarai Barat), and a region form further inside that place's name is part of it ("Desa Batang
Merangin", in Kerinci, is not Kabupaten Merangin). A kind after a shared name, a police unit or
a dateline say which of a kabupaten and a kota it is (``regions/kinds.py``). A name that is
better known as a place elsewhere ("kawasan Puncak", region_elsewhere_forms.txt) needs a region
word.

Names that are also words
-------------------------
A region form that is also a word never counts in lower case ("di kisaran Rp 17.750" is a
range; "kisaran -" is no dateline). Capitalised, it counts only with a place cue:

- a form that is also another name ("Bima", "Toba", "Batu", "Serang"; the gazetteer's common
  words) after a word that marks a place: a region word ("Kota", "Bupati", "Polres", "DPRD"),
  "di", "ke", "dari", "warga", "wilayah" ..., or an acronym ("KPU Serang"); or as the dateline;
- an ordinary word ("Medan", "Palu", "Kisaran"; the gazetteer's dictionary words) after such a
  word, or in the middle of a sentence, where its capital letter says it is a name ("Pengadilan
  Negeri Medan"), but not at the start of a sentence ("Palu hakim diketuk");
- bare after a comma, a form that is also another name counts when its province follows, it is
  listed with other regions or it ends an address ("Stadion Kanjuruhan, Malang";
  ``regions/word_names.py``).

In a headline (every word capitalised) a capital says nothing. A region word in front
decides, and so do "di", "ke", "dari" ... ("Banjir di Batu"), unless an amount follows, the
mark of the word ("Bergerak di Kisaran Rp 17.750", "Turun ke Kisaran 60 Dolar"). With only an
acronym or nothing in front ("KPK Buru Jejak", "Pindah Medan Laga"), such a name is tentative:
it counts when the article names the region elsewhere, or is listed with another region
("hingga Makassar dan Lombok").

The package: this module reads the mentions; `evidence` weighs them and decides, `kinds` tells
a kabupaten from a kota of one name, `asides` finds the stretches that name regions without
the story being about them, `lists` the enumerations, `routes` the starts and ends of journeys,
`word_names` the names that are also words after a comma; the dateline is read by
``index/datelines.py`` (shared: the body's analysis leaves it out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice

from index.data_files import word_list
from index.datelines import read_dateline
from index.extract.regions import evidence, kinds
from index.extract.regions.asides import (
    annotated_list,
    any_word,
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
    words_of_name_before,
)
from index.extract.regions.evidence import WEIGHTS
from index.extract.regions.form_scan import forms_scan
from index.extract.regions.kinds import KIND_AFTER, POLICE_KINDS, datelined_region, police_word
from index.extract.regions.lists import drop_enumerations
from index.extract.regions.routes import drop_route_ends, from_place
from index.extract.regions.speakers import names_a_speaker, speech_verb_after
from index.extract.regions.word_names import LIST_JOIN, confirm_after_comma, confirm_listed
from index.gazetteer import (
    CITY,
    KIND_WORDS,
    PROVINCE,
    Form,
    form_key,
    gazetteer,
    normalise,
    pick_region,
)

# Words in front of a name that say a region follows, whatever else the name may be: a kind
# ("Kota Batu", "Bupati Bima") or an institution of the region ("Polres Pati", "DPRD Serang").
REGION_WORDS = frozenset({
    *KIND_WORDS, "polres", "polresta", "polrestro", "polrestabes", "kapolres", "kapolresta",
    "kapolrestro", "kapolrestabes", "kodim", "dandim", "dprd", "kejari", "kajari", "pn", "rsud",
    "pemda", "sekda", "setda", "bpbd", "kpud", "pdam", "pilkada", "pilbup", "pilwalkot",
    "kpu", "bawaslu", "panwaslu", "dinkes", "disdik", "dishub", "bappeda", "kemenag",
})
# Words in front of a name that show it is used as a place ("di Batu", "warga Pati"): enough
# for a name that is also a word in running text, where its capital letter says it is a name,
# but not in a headline, where every word has one ("Bergerak di Kisaran Rp 17.750").
PLACE_WORDS = frozenset({
    *REGION_WORDS, "di", "ke", "dari", "asal", "warga", "wilayah", "daerah", "kawasan",
    "masyarakat", "penduduk",
})
# Words for the places inside a kabupaten/kota: a name after one is that small place, not a
# region of the same name elsewhere ("Kelurahan Mabar" in Medan is not Mabar, Manggarai
# Barat; "Desa Ketapang" in Sampang is not Kabupaten Ketapang).
DISTRICT_WORDS = frozenset({"kecamatan", "kec", "distrik"})
SMALL_PLACE_WORDS = frozenset({
    *DISTRICT_WORDS, "kelurahan", "kel", "kalurahan", "desa", "ds", "kampung", "kampong",
    "dusun", "dukuh", "padukuhan", "nagari", "jorong", "gampong", "pekon", "lembang",
})
# Words around a name that make it another thing named after the region: a river, a road, a
# firm, a club ("Sungai Kapuas", "Tol Jakarta-Cikampek", "PT Batu Karya", "Bali United",
# "Mitra Kukar").
NOT_REGION_BEFORE = frozenset({
    "sungai", "bengawan", "danau", "gunung", "selat", "teluk", "jalan", "jl", "gang",
    "jembatan", "tol", "mitra", "semen", "pt", "cv", "kri", "melansir", "mengutip",
})
# A firm's name with a region inside it, the name going on after it ("PT Atosim Lampung
# Pelayaran", "PT Indonesia Asahan Aluminium"): the region weighs as in an institution's name
# (a regional unit named last, "PT PLN NTT", "PT MRT Jakarta", works there).
COMPANY_WORDS = frozenset({"pt", "cv"})
# "Pulau Sumbawa", "Pulau Bintan": an island, not the kabupaten/kota of that name (a
# province stays: "Pulau Bali").
ISLAND_WORDS = frozenset({"pulau"})
# "pria asal Klaten", "berasal dari Belu", "kelahiran Gowa": where a person comes from.
ORIGIN_WORDS = frozenset({"asal", "berasal", "kelahiran"})
BIRTH_WORDS = frozenset({"lahir", "dilahirkan"})  # "lahir di Tanjungpinang": a birthplace
# Words before a kabupaten/kota named with its kind that say something happens there: "di
# Kabupaten Gianyar", "terbang ke Kota Bitung", "Maumere, Kabupaten Sikka" ("" after a comma or
# at a line's start); not "berbatasan dengan Kabupaten Kutai Kartanegara". See _sole_named.
WHERE_WORDS = frozenset({"di", "ke", "menuju", ""})
# "pria asal Cepu, Kabupaten Blora", "lahir di Manggar, Belitung Timur": the rest of an origin.
_ORIGIN_ADDRESS = re.compile(r"(?<![\w-])(?i:asal|kelahiran|(?:lahir|dilahirkan)[ \t\xa0]+di)"
                             r"[ \t\xa0]+(?:[A-Z][\w'’-]*[ \t\xa0]*)+,[ \t\xa0]*$")
# "dilansir dari Metro": a publication cited, not a place.
CITING_WORDS = frozenset({"dilansir", "dikutip", "disadur", "bersumber"})
# A name going on with one of these is a club's, a firm's or a police region's: "Madiun Putra FC",
# "PT Sanitarindo Tangsel Jaya", "Polda Metro Jaya" (not Kota Metro); "Interbank": Jisdor.
NOT_REGION_AFTER = frozenset({"united", "fc", "putra", "interbank", "jaya"})
# A former office holder's title: "mantan Gubernur Jawa Barat Ridwan Kamil", "eks Wali Kota
# Solo" say who the person is, not where the story is.
_FORMER_TITLE = re.compile(
    r"(?<!\w)(?:mantan|eks|bekas|pernah[ \t\xa0]+(?:menjabat(?:[ \t\xa0]+sebagai)?|menjadi))"
    r"[ \t\xa0-]+(?:wakil[ \t\xa0]+)?"
    r"(?:gubernur|bupati|wali[ \t\xa0]*kota|walkot|wagub|wabup|wawali|kapolres|kapolresta"
    r"|kapolda|ketua[ \t\xa0]+(?:dprd|kpu|kpud|bawaslu|panwaslu)|sekda)"
    r"(?:[ \t\xa0]+(?:kota|kabupaten|kab\.?))?[ \t\xa0]+$", re.IGNORECASE)
_TITLE_ENDS = frozenset({"gubernur", "bupati", "kota", "walikota", "walkot", "wagub", "wabup",
                         "wawali", "kapolres", "kapolresta", "kapolda", "dprd", "sekda", "kpu",
                         "kpud", "bawaslu", "panwaslu", "kabupaten", "kab"})

LATE_FROM = 0.6  # where the body's last part starts, as a share of the body
LEAD_MIN, LEAD_MAX, LEAD_GLUED = 150, 600, 400  # characters; see _lead_end
HEADLINE_SHARE = 0.75  # of a title's words of four letters or more, capitalised

_SE = re.compile(r"(?<!\w)se-", re.IGNORECASE)
_MID_SENTENCE_MARKS = frozenset(",;()/&-–—")
_TITLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}")
_NEXT_WORD = re.compile(r"[ \t\xa0]+([A-Z][\w'’-]*)")
_NAME_WORD = re.compile(r"[ \t\xa0]+[A-Z0-9][\w'’-]*")
# An amount right after a word: "Kisaran Rp 17.750", "Kisaran 38 Dollar".
_AMOUNT_AFTER = re.compile(r"[ \t\xa0]+(?:Rp\.?|US\$|\$)?[ \t\xa0]*\d")
_PLAIN_WORD = re.compile(r"[\w.]+")
_COMMA = re.compile(r",[ \t\xa0]*")
# Between a place and the region it lies in: "Puncak, Papua", "Puncak Papua", "(Papua)".
_IN_REGION = re.compile(r"[ \t\xa0]*[,(]?[ \t\xa0]*")


@dataclass(frozen=True)
class RegionMention:
    start: int
    end: int
    form: Form
    before: str  # the word in front, normalised ("" at the start)
    before_that: str  # the word in front of that one
    written: str  # the name as the text writes it
    former: bool  # after a former office holder's title: "mantan Bupati Banyuwangi"
    after: str  # the next word when it is capitalised, normalised, else ""
    acronym_before: bool  # the word in front is an acronym: "DPRD", "PUPR", "KPU"
    # for a form that is also a word (Form.word or Form.ordinary), else False:
    mid_sentence: bool  # a word or a comma before it: its capital letter marks a name
    amount_after: bool  # a number or an amount follows it
    # after a SMALL_PLACE_WORDS word, the small place's name it may start, longest first:
    # ("medan deli", "medan") for "Kecamatan Medan Deli,"
    small_place_names: tuple[str, ...]
    small_place_ends: tuple[int, ...]  # where each of those names ends in the text


def _mentions(text: str, start: int = 0, any_case: bool = False) -> Iterable[RegionMention]:
    """Known region forms in text, the longest at each place, with the words around each.

    Unless any_case, a form counts only when it starts with a capital letter.
    """
    known = gazetteer()
    for found in forms_scan(any_case).finditer(text, start):
        at = found.start()
        if _joined_on(text, at):
            continue
        entry = known.forms[form_key(found.group())]
        written_before, before_that = _words_before(text, at)
        before = normalise(written_before)
        word_after = _NEXT_WORD.match(text, found.end())
        also_word = entry.word or entry.ordinary
        small_place_names: tuple[str, ...] = ()
        small_place_ends: tuple[int, ...] = ()
        if before in SMALL_PLACE_WORDS:
            more = [found, *islice(_NAME_WORD.finditer(text, found.end()), 3)]
            more = more[:next((k for k in range(1, len(more))
                               if more[k].start() != more[k - 1].end()), len(more))]
            small_place_names = tuple(normalise(" ".join(m.group().strip() for m in more[:n]))
                                      for n in range(len(more), 0, -1))
            small_place_ends = tuple(more[n - 1].end() for n in range(len(more), 0, -1))
        yield RegionMention(at, found.end(), entry, before, normalise(before_that),
                            found.group(),
                            _after_former_title(text, at, before, found.group()),
                            normalise(word_after.group(1)) if word_after else "",
                            2 <= len(written_before) <= 6 and written_before.isupper(),
                            also_word and _mid_sentence(text, at, start),
                            also_word and bool(_AMOUNT_AFTER.match(text, found.end())),
                            small_place_names, small_place_ends)


def _after_former_title(text: str, at: int, before: str, written: str) -> bool:
    """Whether a name at `at` follows a former office holder's title: "mantan Bupati Gowa",
    and "mantan Wali Kota Blitar", where the form found ("Kota Blitar") holds the title's
    last word."""
    first = written.split()[0]
    if form_key(first) in KIND_WORDS:
        at += len(first) + 1
        before = form_key(first)
    return before in _TITLE_ENDS and bool(_FORMER_TITLE.search(text, max(0, at - 40), at))


def _words_before(text: str, at: int) -> tuple[str, str]:
    """The two words before position `at` on its line, nearest first. A word counts only when
    nothing but spaces parts it from the name: in "KPK, Kuningan" nothing is before Kuningan."""
    start = max(0, at - 40)
    line_break = text.rfind("\n", start, at)
    window = text[line_break + 1 if line_break >= 0 else start:at]
    kept = window.rstrip(" \t\xa0")
    if kept == window or not kept:
        return "", ""
    words = kept.split()[-2:]
    if not _PLAIN_WORD.fullmatch(words[-1]):
        return "", ""
    before_that = words[0] if len(words) == 2 and _PLAIN_WORD.fullmatch(words[0]) else ""
    return words[-1], before_that


def _mid_sentence(text: str, at: int, start: int = 0) -> bool:
    """Whether a word, a comma, a bracket or a dash comes before position `at` in its sentence
    (which starts at `start` or later), so that a capital letter there marks a name."""
    before = text[max(start, at - 20):at].rstrip(" \t\xa0")
    return bool(before) and (before[-1].isalnum() or before[-1] in _MID_SENTENCE_MARKS)


def _joined_on(text: str, at: int) -> bool:
    """Whether a name found at `at` is joined to a word before it: the end of another word
    ("detikSulsel") or a pair ("Semarang-Demak", a road). "se-Kalteng" (all Kalteng) is not."""
    if not at:
        return False
    before = text[at - 1]
    return before.isalnum() or (before == "-" and not _SE.match(text, max(0, at - 3)))


@cache
def _elsewhere_forms() -> frozenset[int]:
    """The gazetteer's forms (their ids) that region_elsewhere_forms.txt lists: "Puncak"."""
    forms = gazetteer().forms
    keys = {form_key(form) for form in word_list("region_elsewhere_forms.txt")}
    return frozenset(id(forms[key]) for key in keys if key in forms)


@cache
def _not_region_before() -> frozenset[str]:
    """NOT_REGION_BEFORE and the clubs of region_name_holders.txt ("Persija Jakarta")."""
    return NOT_REGION_BEFORE | {normalise(word) for word in word_list("region_name_holders.txt")}


def _resolve(mention: RegionMention, headline: bool = False) -> tuple[str | None, bool]:
    """The region a mention stands for (None when it names something else), and whether it
    is only tentative: a name that is also a word, in a headline, without a word in front
    that says a region follows, counts only when the article names the region elsewhere."""
    if mention.before in SMALL_PLACE_WORDS:
        return _small_place_region(mention), False
    if mention.before_that in SMALL_PLACE_WORDS and kinds.ends_a_small_place_elsewhere(
            "kecamatan" if mention.before_that in DISTRICT_WORDS else "desa",
            f"{mention.before} {normalise(mention.written)}", mention.form.regions):
        return None, False  # "Desa Rengas Bandung" lies in Muaro Jambi, not in Bandung
    if mention.before in _not_region_before() or mention.after in NOT_REGION_AFTER:
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
            tentative = True  # bare after a comma: its surroundings decide (_read)
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


def is_headline(title: str) -> bool:
    """Whether a title capitalises every word (or is in capitals), so that a capital letter in
    it says nothing: "Rupiah Bergerak di Kisaran Rp 17.750", not "Rupiah bergerak di kisaran"."""
    words = _TITLE_WORD.findall(title)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words)


def _lead_end(body: str, start: int) -> int:
    """Where the lead paragraph ends: the first line break after a sentence or two."""
    newline = body.find("\n", start + LEAD_MIN)
    if newline == -1 or newline > start + LEAD_MAX:
        return start + LEAD_GLUED  # paragraphs glued together, or one long one
    return newline


@dataclass
class _Reading:
    mention: RegionMention
    region: str | None
    tentative: bool  # counts only when the article names the region elsewhere (_resolve)
    zone: str  # where it stands: evidence.TITLE, LEAD, BODY or LATE
    weight: float  # the zone's weight, 0 for an aside
    position: int  # in title and body taken as one text
    linked: bool = False  # in a linked story's headline: see _drop_unconfirmed
    cue: str = evidence.BARE  # how it names the region: see _cue


def _read(text: str, start: int, offset: int, zone: Callable[[int], str],
          title: bool = False, lead_end: int = 0,
          titled: frozenset[str] = frozenset()) -> list[_Reading]:
    """The region each mention in text stands for, weighed by where it stands. Where someone
    comes from weighs nothing ("make-up artist asal Surabaya", "TKI asal NTT"); in the lead a
    business's or a school's origin is where it is ("UMKM asal Surabaya"). A linked story's
    headline, a constituency and a university's name are asides (regions/asides.py)."""
    mentions = list(_mentions(text, start))
    headline = title and any(m.form.word or m.form.ordinary for m in mentions) and (
        is_headline(text))
    readings = [_Reading(m, *_resolve(m, headline), zone(m.start),
                         WEIGHTS.zone_weight(zone(m.start)), offset + m.start) for m in mentions]
    waiting = {k for k, r in enumerate(readings) if r.tentative}
    if waiting and not headline:  # "Stadion Kanjuruhan, Malang", "Belu, Malaka"
        confirm_after_comma(text, readings, waiting, _in_province, _address_words())
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
                    or pilgrim_group(text, at):
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
        reading.cue = _cue(text, readings, k)
        if k and readings[k - 1].cue == evidence.WITH_PROVINCE:
            # "di Pekanbaru, Riau": the province says which Pekanbaru; the kota's weight is
            # the pair's evidence, and the province weighs that as well, not a second time
            reading.weight = 0.0
    drop_route_ends(text, readings)
    return readings


def _speaker(text: str, readings: list[_Reading], k: int) -> bool:
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
    if k and readings[k - 1].region and _BEFORE_PROVINCE.fullmatch(
            text, readings[k - 1].mention.end, mention.start):
        return False
    return names_a_speaker(text, mention.start, mention.end)


# Between a kabupaten/kota and its province: "Gianyar, Bali", "Krui (Pesisir Barat, Lampung)".
_BEFORE_PROVINCE = re.compile(r"[ \t\xa0]*[,(][ \t\xa0]*")
# Between a region named in an institution's name and another one that name goes on with:
# "Bank Pembangunan Daerah Jawa Barat dan Banten (Bank BJB)".
_NAME_GOES_ON = re.compile(r"[ \t\xa0]+dan[ \t\xa0]+")


def _cue(text: str, readings: list[_Reading], k: int) -> str:
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
    if mention.before in _cue_words("region_product_words.txt") \
            and form_key(mention.written.split()[0]) not in KIND_WORDS:
        return evidence.NAMED_AFTER  # "aspal Buton", "kopi Bajawa": a product, not a place
    if mention.after and mention.before not in PLACE_WORDS \
            and _firm_before(text, mention.start) and _name_words(text, mention) & COMPANY_WORDS:
        return evidence.NAMED_AFTER  # "PT Indonesia Asahan Aluminium"; not "PT PLN NTT"
    if mention.before in SMALL_PLACE_WORDS:
        # "Kecamatan Medan Deli" lies in Kota Medan; "Kecamatan Pidie" is named as its region
        return evidence.SMALL_PLACE if _small_place_end(mention) > mention.end \
            else evidence.PLACE
    # "Tim SAR dari Bali", "dipasok dari Kabupaten Enrekang": where people or things come from;
    # in a title, a person's home is the story's subject ("Sosok Joko, Petani dari Ngawi")
    coming = from_place(mention.before, mention.before_that)
    if coming and reading.zone != evidence.TITLE:
        return evidence.FROM_PLACE
    if _outright(mention) or police_word(mention.before, mention.before_that) in REGION_WORDS:
        return evidence.PLACE if coming else evidence.OUTRIGHT
    after = readings[k + 1] if k + 1 < len(readings) else None
    if (reading.region and after and after.region
            and known.regions[reading.region].kind != PROVINCE
            and all(known.regions[n].kind == PROVINCE for n in after.mention.form.regions)
            and known.province_named_as(known.regions[reading.region].province, after.region)
            and _BEFORE_PROVINCE.fullmatch(text, mention.end, after.mention.start)):
        return evidence.WITH_PROVINCE
    if k and readings[k - 1].cue == evidence.FROM_PLACE and LIST_JOIN.fullmatch(
            text, readings[k - 1].mention.end, mention.start):
        return evidence.FROM_PLACE  # "arkeolog dari Makassar dan Jayapura"
    if mention.before in PLACE_WORDS:
        return evidence.PLACE
    if mention.before and _name_words(text, mention) & _cue_words("region_landmark_words.txt"):
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
    institution = _cue_words("region_institution_words.txt")
    if not any_word(institution).search(text, max(0, mention.start - 60), mention.start):
        return False  # most mentions: no such word before them at all (cheap to rule out)
    words = _name_words(text, mention)
    if mention.before in KIND_WORDS or mention.before in PLACE_WORDS \
            or form_key(mention.written.split()[0]) in KIND_WORDS:
        # the institution's word must come before the kind or place word, in the same run
        return bool(words & institution) and (mention.before in KIND_WORDS
                                           or mention.before not in REGION_WORDS)
    return bool(words & institution)


def _in_province(region: str, province: str) -> bool:
    known = gazetteer()
    return known.regions[region].kind != PROVINCE and known.province_named_as(
        known.regions[region].province, province)


@cache
def _address_words() -> frozenset[str]:
    """The words that start a public place's or a small place's name: "Stadion", "Desa"."""
    return _cue_words("region_landmark_words.txt") | SMALL_PLACE_WORDS


@cache
def _cue_words(filename: str) -> frozenset[str]:
    """region_landmark_words.txt ("Masjid Raya Singkawang" is a place in Singkawang),
    region_institution_words.txt ("KONI Ponorogo" is an organisation's name),
    region_product_words.txt ("aspal Buton" is a product)."""
    return frozenset(normalise(word) for word in word_list(filename))


def _small_place_end(mention: RegionMention) -> int:
    """Where the name of the small place a mention starts ends, when the register knows it:
    "Desa Batang Merangin" (in Kerinci) ends after "Merangin"."""
    level = "kecamatan" if mention.before in DISTRICT_WORDS else "desa"
    small_places = gazetteer().small_places
    return next((end for name, end in zip(mention.small_place_names, mention.small_place_ends,
                                              strict=True)
                 if (level, name) in small_places), mention.end)


def _drop_inside_small_places(readings: list[_Reading]) -> None:
    """A region form inside a small place's name is part of it: Merangin in "Desa Batang
    Merangin", Kabupaten Kerinci, Mataram in "Desa Banjar Agung Mataram"."""
    end = -1
    for reading in readings:
        if reading.mention.start < end:
            reading.region = None
        elif reading.mention.small_place_names:
            end = _small_place_end(reading.mention)


def _drop_unconfirmed(readings: list[_Reading], datelined: list[str]) -> None:
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


def _drop_places_elsewhere(text: str, readings: list[_Reading]) -> None:
    """A form of region_elsewhere_forms.txt is the better-known place of that name ("kawasan
    Puncak", in Kabupaten Bogor), not the region, unless a word in front names a region or
    its government ("Pemkab Puncak") or its own province follows ("Puncak, Papua Tengah")."""
    elsewhere = _elsewhere_forms()
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


def _drop_address_parts(text: str, readings: list[_Reading]) -> None:
    """In "gedung KPK, Kuningan, Jakarta Selatan" Kuningan is a district of Jakarta, not
    Kabupaten Kuningan: a kabupaten/kota name followed by ", <a region of another province>"
    (or with no comma: "gedung KPK, Kuningan Jakarta Selatan") is part of an address, unless
    the two are items of a list ("Medan, Surabaya, dan Bali").
    A province a kabupaten/kota's province was made from is its own ("Puncak, Papua", "Puncak
    Jaya Papua")."""
    known = gazetteer()
    regions = known.regions

    def joined(first: _Reading, second: _Reading, by: re.Pattern[str]) -> bool:
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


def extract_regions(title: str, body: str,
                    weights: evidence.Weights = WEIGHTS) -> tuple[list[str], list[str]]:
    """The provinces and kabupaten/kota an article is about or datelined in.

    Official names, each list in the order the article first names them; a kabupaten/kota
    brings its province. See the module docstring for how mentions are weighed.
    """
    return evidence.choose(article_evidence(title, body), weights)


def article_evidence(title: str, body: str) -> evidence.Evidence:
    """Every region mention of an article, where it stands and how it is named, with the
    regions its dateline names (see regions/evidence.py for how they are weighed)."""
    regions = gazetteer().regions
    dateline, start = read_dateline(body)
    datelined = [name for name, _ in dateline]
    lead_end = _lead_end(body, start)
    late = start + (len(body) - start) * LATE_FROM
    offset = len(title) + 1  # body positions come after the title's
    readings = _read(title, 0, 0, lambda _: evidence.TITLE, title=True)
    titled = frozenset(regions[r.region].province for r in readings if r.region)
    readings += _read(body, start, offset, lambda at: evidence.LEAD if at < lead_end
                      else evidence.LATE if at >= late else evidence.BODY, lead_end=lead_end,
                      titled=titled)
    _drop_unconfirmed(readings, datelined)
    kinds.title_short_forms(readings, evidence.TITLE, REGION_WORDS)
    kinds.drop_homonyms(readings, datelined, REGION_WORDS)
    in_text = {r.region for r in readings if r.region in r.mention.form.regions}
    said = {r.region for r in readings if r.region in in_text
            and (_outright(r.mention) or KIND_AFTER.get(r.mention.after))}
    datelined = [datelined_region(name, shared_by, said) for name, shared_by in dateline]
    named = {*datelined, *in_text}

    found = evidence.Evidence(datelined, offset)
    # A writer who names the kota's police unit ("Kapolres Jayapura Kota") or the kota in the
    # title or lead ("oknum kecamatan Lembursitu, Kota Sukabumi") may shorten the unit to
    # "Kapolres Jayapura" elsewhere: POLICE_KINDS then yields to the kota.
    kota_named = {r.region for r in readings if r.region in in_text
                  and regions[r.region].kind == CITY
                  and (KIND_AFTER.get(r.mention.after) == CITY or r.weight >= WEIGHTS.lead)}
    for reading in readings:
        name, shared_by = reading.region, reading.mention.form.regions
        mention = reading.mention
        if name and len(shared_by) > 1 and not KIND_AFTER.get(mention.after) \
                and police_word(mention.before, mention.before_that) in POLICE_KINDS:
            name = next((n for n in shared_by if n in kota_named), name)
        if name and name not in shared_by:
            # A name shared by a kabupaten and a kota means the one the article names
            # outright elsewhere ("Kota Kupang ... di Kupang"), else only their province.
            meant = [n for n in shared_by if n in named]
            name = meant[0] if len(meant) == 1 else name
        if name:
            found.mentions.append(evidence.Mention(
                name, reading.zone if reading.weight else evidence.ASIDE, reading.cue,
                reading.position, mention.before in WHERE_WORDS
                and (form_key(mention.written.split()[0]) in KIND_WORDS
                     or (reading.cue == evidence.WITH_PROVINCE and mention.before != ""))))
    return found


def _origin(mention: RegionMention) -> bool:
    """Whether a mention says where someone comes from: "pengendara asal Cimahi", "TKI
    berasal dari Belu", "pria asal Kabupaten Gowa", "lahir di Tanjungpinang"."""
    return mention.before in ORIGIN_WORDS or (
        mention.before in ("dari", *KIND_WORDS) and mention.before_that in ORIGIN_WORDS) or (
        mention.before == "di" and mention.before_that in BIRTH_WORDS)


def _outright(mention: RegionMention) -> bool:
    """Whether a mention names a kabupaten/kota with its kind or an institution of it:
    "Kabupaten Agam", "Kota Bitung", "Bupati Gowa", "Polres Cimahi"."""
    return mention.before in REGION_WORDS or form_key(mention.written.split()[0]) in KIND_WORDS


def expand_region_short_forms(text: str) -> str:
    """Write region short forms in a phrase out in full, for officials' roles.

    "Wagub Kalteng" -> "Wagub Kalimantan Tengah", "Provinsi Kalteng" -> "Provinsi Kalimantan
    Tengah", "Bupati Kotim" -> "Bupati Kotawaringin Timur" (a kabupaten/kota after a title
    keeps no "Kabupaten"/"Kota", as people write "Bupati Katingan"). Official names and
    places such as seat towns stay as written.
    """
    known = gazetteer()
    regions = known.regions
    pieces = []
    done = 0
    for mention in _mentions(text, any_case=True):
        form, kind = mention.form, KIND_WORDS.get(mention.before)
        written_as = text[mention.start:mention.end]
        if (normalise(written_as) in known.official or form.place
                or (form.word and kind is None)):
            continue
        name = pick_region(form.regions, regions, kind, standalone=True)
        if name is None or (len(form.regions) > 1 and kind is None):
            written = form.target  # a shared name ("Jogja"): write the form it stands for
        elif regions[name].kind == PROVINCE or written_as.split()[0].lower() in KIND_WORDS:
            written = name  # "Kota Palangkaraya" -> "Kota Palangka Raya"
        else:
            written = regions[name].bare_name
        if written and normalise(written) != normalise(written_as):
            pieces += [text[done:mention.start], written]
            done = mention.end
    return "".join([*pieces, text[done:]])

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
Selasa", "kata Budi usai menemui Andi di Kendari", "jelas Budi didampingi Gubernur Andi di
Kendari"; or the speaker, "di ...", the day, the verb: "Dewa Wijaya di Mataram, Minggu,
mengatakan"; "kata Bupati saat meninjau banjir di Medan" is an event, and counts), a former office
holder's title ("mantan Gubernur Jawa Barat", "eks Wali Kota Solo", "mantan Ketua KPU Kota
Surabaya") or a relative's ("suami Kapolres Kendal", "istri Bupati Sleman"), and where
someone comes from ("penata rias asal Surabaya", "kelahiran Kabupaten
Gowa", "TKI asal NTT" in the lead as well; in the lead a business's or a school's origin is where
it is: "UMKM kopi asal Surabaya", region_origin_homes.txt). A constituency, a
university in a person's description, a national seat of government ("rapat di Istana Bogor, Jawa
Barat"), another story's headline glued into the text ("Baca juga: ...", "(Baca ...)") and, after
the lead, a comparison ("seperti di Kabupaten Sleman") or a previous posting ("pernah bertugas di
Kabupaten Sragen") are asides as well (``regions/asides.py``).

Some mentions are not the region: a name after "Sungai", "Danau", "Gunung", "Jalan", "Tol" is a
river, a lake, a mountain or a road, after "KMP" or "KM" a ship, after "Bank" in the body a
firm (a regional bank: "kredit dari Bank DKI" weighs nothing); "Papua Nugini" and "Papua
New Guinea" are a country; one right before a speech verb, after a given name or opening a
clause, is someone speaking ("Choirul Muna menegaskan"; ``regions/speakers.py``); "Bali
United" and "Persija Jakarta" are clubs and "Tribun Medan" a paper
(region_name_holders.txt); "Pulau Sumbawa" is an
island, not the kabupaten; "Semarang-Demak" is a road between two places; in "gedung KPK,
Kuningan, Jakarta Selatan" the first name is a district of the second, which lies in another
province. A name after "Kecamatan", "Kelurahan", "Desa", "Kampung", "Dusun", "Nagari", "Gampong"
(or "Kec."/"Kel.") is that small place: it counts for the region of the same name only when the
small place lies in it ("Kecamatan Pidie"; not "Kelurahan Mabar", which is in Medan, for Mabar,
Manggarai Barat), and a region form further inside that place's name is part of it ("Desa Batang
Merangin", in Kerinci, is not Kabupaten Merangin); the same name bare later in the article
("Desa Depok, Kabupaten Tegal ... warga Depok") is that small place as well, unless the article
names the region outright too (``regions/small_places.py``). A kind after a shared name, a
police unit or a dateline say which of a kabupaten and a kota it is, as does a kind before it with
the institution's short form in brackets between ("Pemerintah Kota (Pemkot) Cirebon";
``regions/kinds.py``). A
name that is better known as a place elsewhere ("kawasan Puncak", region_elsewhere_forms.txt)
needs a region word.

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

A region name written in capitals amid words that are not ("integrasi SATUSEHAT dan SIAK"), where
the gazetteer writes it otherwise ("Siak"; not "OKU"), is an acronym, unless a region or place word
stands before it; a dateline's capitals ("SIAK, Riau -") and a headline's are the region.

In a headline (every word capitalised) a capital says nothing. A region word in front
decides, and so do "di", "ke", "dari" ... ("Banjir di Batu"), unless an amount follows, the
mark of the word ("Bergerak di Kisaran Rp 17.750", "Turun ke Kisaran 60 Dolar"). With only an
acronym or nothing in front ("KPK Buru Jejak", "Pindah Medan Laga"), such a name is tentative:
it counts when the article names the region elsewhere, or is listed with another region
("hingga Makassar dan Lombok").

The package: `mentions` finds each region form in a text with the words around it, `resolve`
says which region a mention stands for, `cues` how it names it, `readings` reads a title's or a
body's mentions (what weighs nothing, what other mentions confirm or overrule) and this module an
article's; `evidence` weighs them and decides, `kinds` tells a kabupaten from a kota of one
name, `asides` finds the stretches that name regions without the story being about them, `lists`
the enumerations, `routes` the starts and ends of journeys, `word_names` the names that are also
words after a comma, `speakers` the names that are someone's, `short_forms` writes short forms
out for officials' roles; the dateline is read by ``index/datelines.py`` (shared: the body's
analysis leaves it out).
"""

from __future__ import annotations

from index.datelines import read_dateline
from index.extract.regions import evidence, kinds
from index.extract.regions.cues import COMPANY_WORDS
from index.extract.regions.evidence import WEIGHTS
from index.extract.regions.kinds import KIND_AFTER, POLICE_KINDS, datelined_region, police_word
from index.extract.regions.mentions import (
    DISTRICT_WORDS,
    PLACE_WORDS,
    REGION_WORDS,
    SMALL_PLACE_WORDS,
    RegionMention,
    outright,
)
from index.extract.regions.readings import (
    BIRTH_WORDS,
    HEADLINE_SHARE,
    ORIGIN_WORDS,
    drop_unconfirmed,
    is_headline,
    read,
)
from index.extract.regions.resolve import (
    CITING_WORDS,
    ISLAND_WORDS,
    NOT_REGION_AFTER,
    NOT_REGION_BEFORE,
)
from index.extract.regions.routes import heading_for
from index.extract.regions.short_forms import expand_region_short_forms
from index.extract.regions.small_places import drop_small_places_named_again
from index.gazetteer import CITY, KIND_WORDS, form_key, gazetteer

__all__ = [
    "BIRTH_WORDS",
    "CITING_WORDS",
    "COMPANY_WORDS",
    "DISTRICT_WORDS",
    "HEADLINE_SHARE",
    "ISLAND_WORDS",
    "LATE_FROM",
    "LEAD_GLUED",
    "LEAD_MAX",
    "LEAD_MIN",
    "NOT_REGION_AFTER",
    "NOT_REGION_BEFORE",
    "ORIGIN_WORDS",
    "PLACE_WORDS",
    "REGION_WORDS",
    "SMALL_PLACE_WORDS",
    "WHERE_WORDS",
    "RegionMention",
    "article_evidence",
    "expand_region_short_forms",
    "extract_regions",
    "is_headline",
]

# Words before a kabupaten/kota named with its kind that say something happens there: "di
# Kabupaten Gianyar", "terbang ke Kota Bitung", "Maumere, Kabupaten Sikka" ("" after a comma or
# at a line's start); not "berbatasan dengan Kabupaten Kutai Kartanegara". See _sole_named.
WHERE_WORDS = frozenset({"di", "ke", "menuju", ""})
TOWARD_WORDS = WHERE_WORDS - {""}  # see evidence.Mention.toward
AREA_WORDS = frozenset({"wilayah", "daerah", "kawasan", "perbatasan"})
# ... and words that place something there as well, before a kind: an area ("rumah tersangka
# kawasan Kota Bekasi", "warga wilayah Kabupaten Bogor"; not "berbatasan dengan wilayah ...")
# or a verb of weather or disaster ("hujan deras yang mengguyur Kota Jambi", "banjir melanda
# Kabupaten Demak"). See _named_where.
WHERE_AREAS = AREA_WORDS - {"perbatasan"}
NOT_WHERE_AREA_AFTER = frozenset({"dengan", "berbatasan", "perbatasan", "antara"})
EVENT_VERBS = frozenset({
    "mengguyur", "melanda", "menerjang", "merendam", "mengguncang", "menggoyang", "dilanda",
    "diguyur", "diterjang", "direndam", "diguncang", "menghantam", "dihantam"})

LATE_FROM = 0.6  # where the body's last part starts, as a share of the body
LEAD_MIN, LEAD_MAX, LEAD_GLUED = 150, 600, 400  # characters; see _lead_end


def _lead_end(body: str, start: int) -> int:
    """Where the lead paragraph ends: the first line break after a sentence or two."""
    newline = body.find("\n", start + LEAD_MIN)
    if newline == -1 or newline > start + LEAD_MAX:
        return start + LEAD_GLUED  # paragraphs glued together, or one long one
    return newline


def _named_where(mention: RegionMention, cue: str) -> bool:
    """Whether a mention names its region as where something happens (``Mention.where``)."""
    with_kind = form_key(mention.written.split()[0]) in KIND_WORDS
    if mention.before in WHERE_WORDS:
        return with_kind or (cue == evidence.WITH_PROVINCE and mention.before != "")
    if mention.before in WHERE_AREAS:
        return with_kind and mention.before_that not in NOT_WHERE_AREA_AFTER
    return with_kind and mention.before in EVENT_VERBS


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
    readings = read(title, 0, 0, lambda _: evidence.TITLE, title=True)
    titled = frozenset(regions[r.region].province for r in readings if r.region)
    readings += read(body, start, offset, lambda at: evidence.LEAD if at < lead_end
                     else evidence.LATE if at >= late else evidence.BODY, lead_end=lead_end,
                     titled=titled)
    drop_unconfirmed(readings, datelined)
    kinds.title_short_forms(readings, evidence.TITLE, REGION_WORDS)
    kinds.drop_homonyms(readings, datelined, REGION_WORDS)
    drop_small_places_named_again(readings)  # "Desa Depok, Kabupaten Tegal ... warga Depok"
    in_text = {r.region for r in readings if r.region in r.mention.form.regions}
    said = {r.region for r in readings if r.region in in_text
            and (outright(r.mention) or KIND_AFTER.get(r.mention.after))}
    datelined = [datelined_region(name, shared_by, said) for name, shared_by in dateline]
    named = {*datelined, *in_text}

    found = evidence.Evidence(datelined, offset)
    text = f"{title}\n{body}"
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
            heading = heading_for(text, reading.position)  # "yang hendak menuju Kab. Kendal"
            found.mentions.append(evidence.Mention(
                name, reading.zone if reading.weight else evidence.ASIDE, reading.cue,
                reading.position, _named_where(mention, reading.cue) and not heading,
                (mention.before in TOWARD_WORDS or (mention.before in AREA_WORDS
                                                    and mention.before_that in TOWARD_WORDS))
                and form_key(mention.written.split()[0]) in KIND_WORDS and not heading))
    return found


"""Which regions an article is about, from the weighted evidence of its mentions.

``index/extract/regions/`` reads every mention of a region and says where it stands (its
zone: the dateline, the title, the lead, the body, the body's last part, or an aside that
weighs nothing) and how it names the region (its cue, see ``CUES``). A mention weighs its
zone's weight times its cue's (``Weights``); a region's evidence is the sum over its mentions,
and a province's adds that of its kabupaten/kota. This module decides from those sums:

- a datelined region is always taken;
- a province needs ``threshold``; a kabupaten/kota needs ``threshold`` on its own, or only
  ``threshold_in_province`` when the article is about its province on other evidence than its
  own (a story about Jawa Tengah that names "tiga kabupaten, yakni Cilacap, Blora, dan
  Wonosobo" twice near its end);
- either needs to be named at least once as a place, not only inside other things' names
  ("Festival Boalemo" in the title and again in the lead names a festival twice; "Tim putri
  Bank Jatim" a team): a province may be named so by one of its kabupaten/kota;
- either needs as well ``share_of_top`` of what the article says of its most spoken-of region
  (mentions weighed by their zone only, so that a region named outright often does not hide
  one the title names): a passing mention in a story about somewhere else is not enough; but
  a region the title names as a place needs no share ("Priangan Sepekan: Belasan Balita di
  Tasikmalaya Diduga Keracunan MBG" over a long round-up of other towns' news);
- a province chosen only thanks to its kabupaten/kota, none of them chosen, brings the
  weightiest one when it is named outright ("di Kabupaten Agam, Sumatera Barat" once); and
  one none of whose kabupaten/kota is chosen brings the only one named outright as where
  something happens ("... terbang ke Kota Bitung"); and in a chosen province, a kabupaten/kota
  named with its kind right after "di", "ke" or "menuju" ("di wilayah", "di perbatasan" ...)
  in the body's last part is taken as well (a visit's next stop: "Presiden kemudian ...
  menuju Kabupaten Trenggalek").

Why the weights are what they are (round numbers a reader can check; ``python -m
bench.fit_regions`` searches a grid around them on the in-sample label sets, leaving each set
out in turn, and the figures are in bench/labels/regions.md): a mention in the title or the
lead weighs as much as two in the body, as a writer puts there what the story is about; one in
the body's last part, where background, next stops and comparisons gather, three quarters of
one in the middle for a kabupaten/kota, which named there is still mostly a place where
something happens, and half for a province, which named there is mostly context ("agar Papua
bisa mengejar ketertinggalan"). A kabupaten/kota named with its kind or an office of its
government, or followed by its province, is unmistakably that region and weighs half as much
again as a bare name (the province written after it, "di Pekanbaru, Riau", only says which
Pekanbaru: it weighs nothing of its own, so that one such pair in the body, a court that once
ruled there or a next match's city, does not make the story about the province without the
kota); one after another thing's name ("Bank Pembangunan Daerah Jawa Barat", "KONI
Ponorogo", "Festival Boalemo") or a kecamatan named after it ("Kecamatan Medan Deli") half a
bare name: the institution or the small place, not the region, is what the text names. One
after "dari" ("Tim SAR dari Bali", "arkeolog dari Makassar dan Jayapura", "dipasok dari
Kabupaten Enrekang") weighs half a place word's as well: it says where people or things come
from, not where the story happens (in a title it keeps a place word's weight: "Sosok Joko,
Petani dari Ngawi" is about Ngawi; and so it does in a story that names no other place).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.gazetteer import PROVINCE, gazetteer

# Where a mention stands (regions.py): an aside ("kata dia di Gedung DPR, Jakarta", an origin
# after the lead, an enumeration's item) weighs nothing but still names the region.
TITLE, LEAD, BODY, LATE, ASIDE = "title", "lead", "body", "late", "aside"

# How a mention names its region (regions.py decides, one cue per mention).
OUTRIGHT = "outright"  # "Kabupaten Agam", "Bupati Gowa", "Polres Cimahi", "DPRD Serang"
WITH_PROVINCE = "with-province"  # "Gianyar, Bali", "Tarakan, Kalimantan Utara"
PLACE = "place"  # after a word that marks a place: "di Grobogan", "ke Blitar", "warga Pati"
# after "dari": where people or things come from ("Tim SAR dari Bali", "arkeolog dari Makassar",
# "dipasok dari Kabupaten Enrekang"), not where the story happens
FROM_PLACE = "from-place"
NAMED_AFTER = "named-after"  # after another name: "Festival Boalemo", "KONI Kabupaten Ponorogo"
# a kecamatan or desa of the region named like it: "Kecamatan Medan Deli" (in Kota Medan)
SMALL_PLACE = "small-place"
BARE = "bare"  # at a sentence's start, after a comma, after a lower-case word
CUES = (OUTRIGHT, WITH_PROVINCE, PLACE, FROM_PLACE, NAMED_AFTER, SMALL_PLACE, BARE)


@dataclass(frozen=True)
class Weights:
    """What a mention weighs, by where it stands and how it is named, and the bars to pass."""

    dateline: float = 3.0
    title: float = 2.0
    lead: float = 2.0
    body: float = 1.0
    late: float = 0.75  # a mention in the body's last part (from LATE_FROM in regions.py)
    # ... of a province: named late, a province is mostly context ("agar Papua bisa mengejar
    # ketertinggalan", "KPK juga melakukan OTT di wilayah Sumatera Utara"), a kabupaten/kota a
    # place where something happens ("di tiga kabupaten, yakni Cilacap, Blora, dan Wonosobo")
    late_province: float = 0.5
    outright: float = 1.5
    with_province: float = 1.5
    place: float = 1.0
    from_place: float = 0.5
    named_after: float = 0.5
    small_place: float = 0.5
    bare: float = 1.0
    threshold: float = 2.0
    threshold_in_province: float = 1.5
    share_of_top: float = 0.25

    def cue_weight(self, cue: str) -> float:
        return getattr(self, cue.replace("-", "_"))

    def zone_weight(self, zone: str) -> float:
        return 0.0 if zone == ASIDE else getattr(self, zone)


WEIGHTS = Weights()


@dataclass(frozen=True)
class Mention:
    """One mention's evidence: the region it stands for, where it stands (its zone), how it
    names the region (its cue), and its position in title and body as one."""

    region: str
    zone: str
    cue: str
    position: int
    # named outright as where something happens: "di Kabupaten Ngada", "terbang ke Kota
    # Bitung", "Maumere, Kabupaten Sikka", "di Surabaya, Jawa Timur", "kawasan Kota Bekasi",
    # "hujan yang mengguyur Kota Jambi" (regions/__init__.py, _named_where); not "Bupati Ngada" (a
    # title), "dipasok dari Kabupaten Enrekang" nor "berbatasan dengan Kabupaten Kutai
    # Kartanegara"
    where: bool = False
    # named with its kind right after "di", "ke" or "menuju", or "di wilayah" / "di daerah" /
    # "di kawasan" / "di perbatasan": "di Kabupaten Klaten", "menuju Kabupaten Trenggalek"
    # (not after a comma, nor "di Surabaya, Jawa Timur")
    toward: bool = False


@dataclass
class Evidence:
    """What an article says of its regions: the datelined ones and every weighed mention."""

    datelined: list[str] = field(default_factory=list)
    dateline_at: int = 0  # the dateline's position in title and body as one
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class _Tally:
    weight: dict[str, float] = field(default_factory=dict)
    # how much the article speaks of a region, its mentions weighed by where they stand only
    # (the share of the weightiest one's is of this: a region named outright often is not
    # spoken of more than one named by its name as often)
    spoken: dict[str, float] = field(default_factory=dict)
    first: dict[str, int] = field(default_factory=dict)
    certain: set[str] = field(default_factory=set)
    outright: set[str] = field(default_factory=set)  # named outright, not in an aside
    # named at least once as a place, not only inside other things' names ("Festival Boalemo"
    # in the title and the lead is a festival's name twice, not Boalemo); for a province, it
    # or one of its kabupaten/kota
    placed: set[str] = field(default_factory=set)
    # named as a place in the title (for a province, it or one of its kabupaten/kota): what
    # the story is about, however much a long round-up says of other regions
    titled: set[str] = field(default_factory=set)

    def add(self, name: str, weight: float, position: int, spoken: float) -> None:
        self.weight[name] = self.weight.get(name, 0.0) + weight
        self.spoken[name] = self.spoken.get(name, 0.0) + spoken
        self.first.setdefault(name, position)

    def chosen(self, names: set[str], threshold: float, share: float) -> list[str]:
        """The names datelined, or with the evidence `threshold` and `share` of the most
        spoken of one's mentions (a name the title places needs no share)."""
        top = max((self.spoken[n] for n in names), default=0.0) * share
        return [n for n in names if n in self.certain
                or (n in self.placed and self.weight[n] >= threshold
                    and (self.spoken[n] >= top or n in self.titled))]


def choose(evidence: Evidence, weights: Weights = WEIGHTS) -> tuple[list[str], list[str]]:
    """The provinces and kabupaten/kota the evidence makes the article about, each list in the
    order the article first names them (a tie by name, so the order never depends on a set's)."""
    regions = gazetteer().regions
    tally = _Tally()
    for name in evidence.datelined:
        tally.add(name, weights.dateline, evidence.dateline_at, weights.dateline)
        tally.certain.add(name)
    # where people come from is less than where the story happens only beside such a place: a
    # story that names no other ("Citra, 10 tahun, dari Pangkep, ...") is about the person's home
    contrasted = bool(evidence.datelined) or any(
        m.cue != FROM_PLACE and m.zone != ASIDE for m in evidence.mentions)
    for mention in evidence.mentions:
        place = weights.zone_weight(mention.zone)
        if mention.zone == LATE and regions[mention.region].kind == PROVINCE:
            place = weights.late_province
        cue = mention.cue if contrasted or mention.cue != FROM_PLACE else PLACE
        tally.add(mention.region, place * weights.cue_weight(cue), mention.position, place)
        if mention.cue == OUTRIGHT and place:
            tally.outright.add(mention.region)
        if mention.cue != NAMED_AFTER and place:
            tally.placed.add(mention.region)
            if mention.zone == TITLE:
                tally.titled.add(mention.region)

    province_tally = _Tally()  # a province weighs what its kabupaten/kota weigh as well
    for name, weight in tally.weight.items():
        province = regions[name].province
        province_tally.add(province, weight, tally.first[name], tally.spoken[name])
        if name in tally.certain:
            province_tally.certain.add(province)
        if name in tally.placed:
            province_tally.placed.add(province)
        if name in tally.titled:
            province_tally.titled.add(province)
    local = {n for n in tally.weight if regions[n].kind != PROVINCE}
    share = weights.share_of_top
    regencies = tally.chosen(local, weights.threshold, share)
    provinces = {regions[n].province for n in regencies}
    provinces.update(province_tally.chosen(set(province_tally.weight), weights.threshold, share))
    regencies += [n for n in tally.chosen(local, weights.threshold_in_province, share)
                  if n not in regencies and _about_province_without(
                      n, tally, province_tally, regencies, weights)]
    regencies += _carrying(tally, province_tally, provinces, regencies, weights)
    regencies += _sole_named(evidence, provinces, regencies)
    regencies += _named_toward_late(evidence, provinces, regencies)
    provinces.update(regions[n].province for n in regencies)
    return (sorted(provinces, key=lambda n: (province_tally.first[n], n)),
            sorted(regencies, key=lambda n: (tally.first[n], n)))


def _about_province_without(name: str, tally: _Tally, province_tally: _Tally,
                            regencies: list[str], weights: Weights) -> bool:
    """Whether the article is about the province of kabupaten/kota `name` on other evidence
    than that of `name` itself: datelined, with another kabupaten/kota chosen, or with as much
    evidence besides that of `name` as a kabupaten/kota needs inside it. (Without this,
    "Atambua" twice in a film's title would make the article about Nusa Tenggara Timur, and
    that would make it about Kabupaten Belu.)"""
    regions = gazetteer().regions
    province = regions[name].province
    return (province in province_tally.certain
            or any(regions[n].province == province for n in regencies)
            or province_tally.weight[province] - tally.weight[name]
            >= weights.threshold_in_province)


def _carrying(tally: _Tally, province_tally: _Tally, provinces: set[str],
              regencies: list[str], weights: Weights) -> list[str]:
    """The kabupaten/kota that carries a chosen province: "di Kabupaten Agam, Sumatera Barat"
    once in the body makes the article about Sumatera Barat only with Agam's weight, and it
    is about Agam as much. For a province chosen only thanks to its kabupaten/kota (not
    datelined, not weighty enough on its own), none of them chosen yet: the weightiest one,
    when it is named outright."""
    regions = gazetteer().regions
    found = []
    for province in provinces:
        if province in province_tally.certain or tally.weight.get(province, 0.0) \
                >= weights.threshold:
            continue
        inside = {n: w for n, w in tally.weight.items()
                  if regions[n].kind != PROVINCE and regions[n].province == province}
        if not inside or any(n in regencies for n in inside):
            continue
        top = max(inside.values())
        best = [n for n, w in inside.items() if w == top]
        if len(best) == 1 and best[0] in tally.outright:
            found.append(best[0])
    return found


def _sole_named(evidence: Evidence, provinces: set[str], regencies: list[str]) -> list[str]:
    """A long story about a province names the kabupaten/kota where it happens once, deep in
    the body ("... terbang ke Kota Bitung"): in a chosen province none of whose kabupaten/kota
    is chosen, the only one named outright as where something happens (``Mention.where``).
    So does a story that places nothing outside one province but names it only there (a
    suicide at "Kelurahan Poris, Kecamatan Cipondoh, Kota Tangerang", a raid "di Jalan Rengas,
    ..., Kota Bekasi, Jawa Barat" under a Jakarta dateline): the province need not be chosen.
    "di Surabaya, Jawa Timur" names it as well, but under no dateline only."""
    regions = gazetteer().regions
    taken = {regions[n].province for n in regencies}
    named: dict[str, set[str]] = {}
    placed = set()  # the provinces of every region the article places something in
    outright = set()  # ... with a kind ("Kota Pekanbaru"), not only as "di Pekanbaru, Riau"
    for mention in evidence.mentions:
        region = regions[mention.region]
        if mention.zone == ASIDE:
            continue
        placed.add(region.province)
        if mention.where and region.kind != PROVINCE:
            named.setdefault(region.province, set()).add(region.name)
            if mention.cue != WITH_PROVINCE:
                outright.add(region.province)
    # "di Pekanbaru, Riau" alone is a story's one place only where no dateline places it
    # elsewhere (a Jakarta story's "hakim Pengadilan Tipikor di Pekanbaru, Riau, memutus")
    return [next(iter(names)) for province, names in sorted(named.items())
            if (province in provinces or (placed == {province} and (
                province in outright or not evidence.datelined)))
            and province not in taken and len(names) == 1]



def _named_toward_late(evidence: Evidence, provinces: set[str],
                       regencies: list[str]) -> list[str]:
    """A kabupaten/kota named with its kind right after "di", "ke" or "menuju" in the body's
    last part, in a province the article is about (``Mention.toward``): a working visit's next
    stop ("Presiden kemudian ... menuju Kabupaten Trenggalek"), a programme's later step
    ("dilakukan pemetaan ... di Kabupaten Klaten"). Named so, it is a place where something
    happens; only the last part's lower weight, meant for background, kept it out."""
    regions = gazetteer().regions
    found: list[str] = []
    for mention in evidence.mentions:
        name = mention.region
        if mention.zone == LATE and mention.toward and mention.cue == OUTRIGHT \
                and regions[name].kind != PROVINCE and regions[name].province in provinces \
                and name not in regencies and name not in found:
            found.append(name)
    return found

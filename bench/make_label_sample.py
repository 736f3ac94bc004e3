"""The sample of articles behind the frozen facet labels (bench/labels/): drawn once, with a fixed
seed, from the whole of ../shared/corpus as Kabar reads it.

    .venv/bin/python -m bench.make_label_sample > sample.json
    .venv/bin/python -m bench.make_label_sample --texts > texts.txt   # what the labeller reads
    .venv/bin/python -m bench.make_label_sample --dev --seed 20261207   # a fresh dev sample

--dev draws a smaller sample (30 articles: 9 feed items, 7 rows of each export; half uniform,
half naming an office, as below) that leaves out every article any labels file uses: all of
bench/labels/*.json and tests/fixtures/*labels*.json (only their ids and titles are read). The
saved pages are all in html_labels.json, so a dev sample has none.
Every flag that reads "every labels file" reads those that existed when it was drawn, pinned in
bench/label_draws.py (DRAWN_APART_FROM), so a labels file added later (its own included) changes
nothing it draws; tests/test_label_draws.py checks that each flag draws its file's articles.

Each kind of source gets its own quota (the short feed teasers, the exports, the saved pages, the
seed); within a kind, half is drawn uniformly and half among the articles whose text names an
office (Gubernur, Bupati, Wali Kota, Menteri, Kapolres, Kepala...), since Kabar is for government
and regional news. Articles that other hand labels in tests/fixtures/ already use for officials
or regions are left out (by file and id, and any copy under the same title), and so are export
rows whose URL is not unique (Kabar's article id would not find them again).

The saved pages (html/) are all in tests/fixtures/html_labels.json, which labels only their
title, date and boundaries; the pages drawn here are those no officials or regions label uses.

Every later flag (the officials and regions dev sets, the second and third frozen sets) is
described in bench/labels/draws.md, with its round, seed and quotas.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

from bench.common import CORPUS, ROOT
from bench.eval_officials import labelled_draft
from bench.label_draws import DRAWN_APART_FROM
from bench.label_sample_quotas import (
    DEV2_QUOTAS,
    DEV2_SEED,
    DEV3_SEED,
    DEV4_SEED,
    DEV5_SEED,
    DEV6_QUOTAS,
    DEV6_SEED,
    DEV_QUOTAS,
    OFFICIALS_DEV7_QUOTAS,
    OFFICIALS_DEV7_SEED,
    OFFICIALS_DEV8_QUOTAS,
    OFFICIALS_DEV8_SEED,
    OFFICIALS_DEV9_SEED,
    OFFICIALS_DEV10_SEED,
    OFFICIALS_DEV11_QUOTAS,
    OFFICIALS_DEV11_SEED,
    OFFICIALS_DEV12_SEED,
    OFFICIALS_DEV13_QUOTAS,
    OFFICIALS_DEV13_SEED,
    OFFICIALS_DEV14_SEED,
    OFFICIALS_DEV15_SEED,
    OFFICIALS_DEV16_SEED,
    QUOTAS,
    REGIONS_DEV2_QUOTAS,
    REGIONS_DEV2_SEED,
    REGIONS_DEV3_QUOTAS,
    REGIONS_DEV3_SEED,
    REGIONS_DEV4_QUOTAS,
    REGIONS_DEV4_SEED,
    REGIONS_DEV5_QUOTAS,
    REGIONS_DEV5_SEED,
    REGIONS_DEV6_QUOTAS,
    REGIONS_DEV6_SEED,
    REGIONS_DEV7_QUOTAS,
    REGIONS_DEV7_SEED,
    REGIONS_DEV8_QUOTAS,
    REGIONS_DEV8_SEED,
    REGIONS_DEV9_QUOTAS,
    REGIONS_DEV9_SEED,
    REGIONS_DEV10_QUOTAS,
    REGIONS_DEV10_SEED,
    REGIONS_DEV11_QUOTAS,
    REGIONS_DEV11_SEED,
    REGIONS_DEV12_SEED,
    REGIONS_DEV13_QUOTAS,
    REGIONS_DEV13_SEED,
    REGIONS_DEV14_QUOTAS,
    REGIONS_DEV14_SEED,
    REGIONS_DEV15_QUOTAS,
    REGIONS_DEV15_SEED,
    REGIONS_DEV16_QUOTAS,
    REGIONS_DEV16_SEED,
    SECOND_LEAVES_OUT,
    SECOND_QUOTAS,
    SECOND_SEED,
    SEED,
    THIRD_QUOTAS,
    THIRD_SEED,
)
from index.sources.drafts import Draft
from index.sources.files import read_source

# A kabupaten/kota, its government or a place below it written out: what regions-dev8 weighs.
PLACE_BELOW = re.compile(r"\b(?:Kabupaten|Kab\.|Kota [A-Z]|Kecamatan|Kelurahan|Desa [A-Z]|Pemkab"
                         r"|Pemkot|Bupati|Wali ?[Kk]ota|Walikota)\b")
# A dateline: "SURABAYA, KOMPAS.com -", "TRIBUNNEWS.COM, MEDAN -", "Bandung, CNN Indonesia -".
DATELINE = re.compile(r"^(?:[\w.]+\.(?:COM|CO\.ID|NET|com|co\.id)\s*,\s*)?"
                      r"([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\s*(?:,|-|–|\()")
# A kabupaten/kota or its government, police or council named: the third set's "regional" half.
LOCAL = re.compile(r"\b(?:Kabupaten|Kota|Bupati|Wali ?[Kk]ota|Walikota|Pemkab|Pemkot|Polres\w*"
                   r"|DPRD)\b")
# Stories that name several regions (national round-ups, visits, multi-province stories): where
# the regions' precision fails. A working visit, or three or more provinces' names.
VISIT = re.compile(r"\b(?:kunjungan kerja|kunker)\b", re.I)
# A region or its government written out: what regional news names.
REGIONAL = re.compile(r"\b(?:Provinsi|Kabupaten|Kota [A-Z]|Pem(?:prov|kab|kot)|Polres\w*|Polda"
                      r"|DPRD|Bupati|Wali ?[Kk]ota|Gubernur|Kapolres\w*|Kapolda|Kecamatan)\b")
# A national institution acting: the President, a ministry, the DPR, a national agency.
NATIONAL = re.compile(r"\b(?:Presiden|Wakil Presiden|Menteri|Kementerian|Kemen\w+|DPR RI|DPR"
                      r"|Komisi [IVX]+|KPK|Kejaksaan Agung|Kejagung|Mabes Polri|Kapolri|BNPB|BPS"
                      r"|Mahkamah Agung|Mahkamah Konstitusi|Istana)\b")
# A region's own government, council or police acting: what a national story lacks.
REGION_GOVERNMENT = re.compile(r"\b(?:Pem(?:prov|kab|kot)\w*|Pemerintah (?:Provinsi|Kabupaten"
                               r"|Kota)|Gubernur|Wagub|Bupati|Wabup|Wali ?[Kk]ota|Walkot|DPRD"
                               r"|Polda|Polres\w*|Kapolda|Kapolres\w*|Sekda|Kejati|Kejari)\b")
OFFICIALS_DEV10_PARTS = ("indosum-dev.jsonl", "detik-2025.csv", "berita-2015-08-25.csv", "html")
FACET_FIXTURES = ["officials_labels.json", "officials_heldout.json", "regions_labels.json"]
OFFICE = re.compile(r"\b(?:Gubernur|Bupati|Wali ?kota|Menteri|Kapolres|Kapolda|Kepala)\b", re.I)


def corpus_drafts(part: str) -> list[tuple[str, Draft]]:
    """(file relative to the corpus, draft) for one file or folder of the corpus, in read order."""
    path = CORPUS / part
    if not path.exists():
        raise SystemExit(f"the shared corpus is missing: {path}")
    files = sorted(path.iterdir()) if path.is_dir() else [path]
    found = []
    for file in files:
        relative = str(file.relative_to(CORPUS))
        found += [(relative, d) for d in read_source(str(file)) if isinstance(d, Draft)]
    return found


def print_sample_texts(sample: list[dict], parts: Iterable[str]) -> None:
    """Each sampled article's stratum, URL, source, title and text, for its labeller."""
    by_record = {(f, d.record_id): d for part in parts for f, d in corpus_drafts(part)}
    for number, entry in enumerate(sample, 1):
        draft = by_record[(entry["file"], entry["record"])]
        print(f"=== {number} {entry['file']} {entry['record']} [{entry['stratum']}]")
        print(f"URL: {draft.url}\nSOURCE: {draft.source}\nTITLE: {draft.title}\n")
        print(draft.body, end="\n\n")


def article_id(draft: Draft) -> str:
    """Kabar's id for the article (index.extract.pipeline.make_article)."""
    return draft.url or draft.record_id


def used_elsewhere() -> tuple[set[tuple[str, str]], set[str]]:
    """(file, Kabar id) and titles of the articles the officials and regions fixtures label."""
    keys, titles = set(), set()
    for name in FACET_FIXTURES:
        for entry in json.loads((ROOT / "tests" / "fixtures" / name).read_text("utf-8")):
            draft = labelled_draft(entry["file"], entry.get("id", ""))
            keys.add((entry["file"], article_id(draft)))
            titles.add(draft.title.strip().lower())
    return keys, titles


def _label_entries(path) -> list[dict]:
    """The articles a labels file uses: its list, its "articles", or its known items' targets
    (by id). Files with none of these (ranking needs and judgments) give none."""
    data = json.loads(path.read_text("utf-8"))
    if isinstance(data, list):
        return data
    return data.get("articles", []) + [{"id": item["target"]}
                                       for item in data.get("known_items", [])]


def _older_label_files(flag: str) -> list:
    """The bench/labels files the draw of `flag` left out (DRAWN_APART_FROM)."""
    return [ROOT / path for path in DRAWN_APART_FROM[flag] if path.startswith("bench/labels/")]


def used_by_any_labels(flag: str, pages: bool = False) -> tuple[set[str], set[str], set[str]]:
    """Ids, files (for entries with no id: saved pages) and titles of every article that any
    labels file uses: bench/labels/*.json and tests/fixtures/*labels*.json. Only those three
    fields are read; the labels themselves are not looked at. With `pages`, saved pages may be
    drawn: html_labels.json (every page's headline, date and boundaries, no facet) is not read,
    and a page any other file uses is left out by its file whatever id that file gives it."""
    ids, files, titles = set(), set(), set()
    fixtures = [ROOT / path for path in DRAWN_APART_FROM[flag] if path.startswith("tests/")]
    paths = [*_older_label_files(flag),
             *(path for path in fixtures if "labels" in path.name),
             ROOT / "tests" / "fixtures" / "officials_heldout.json"]
    if pages:
        paths.remove(ROOT / "tests" / "fixtures" / "html_labels.json")
    for path in paths:
        for entry in _label_entries(path):
            if entry.get("id"):
                ids.add(entry["id"])
            if not entry.get("id") or (pages and entry.get("file", "").startswith("html/")):
                files.add(entry.get("file", ""))
            if entry.get("title"):
                titles.add(entry["title"].strip().lower())
    return ids, files, titles


def used_by_any_label(flag: str) -> tuple[set[tuple[str, str]], set[str]]:
    """(file, Kabar id) and titles of every article any label file already uses: the facet
    fixtures, tests/fixtures/html_labels.json (all saved pages) and every file of bench/labels/
    (their file, id and title only; the labels themselves are not read)."""
    keys, titles = used_elsewhere()
    for entry in json.loads((ROOT / "tests" / "fixtures" / "html_labels.json").read_text("utf-8")):
        keys.add((entry["file"], entry["file"]))
    for path in _older_label_files(flag):
        data = json.loads(path.read_text("utf-8"))
        for entry in data.get("articles", []) if isinstance(data, dict) else data:
            keys.add((entry.get("file", ""), entry["id"]))
            keys.add(("*", entry["id"]))
            if entry.get("title"):
                titles.add(entry["title"].strip().lower())
    return keys, titles


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value.strip(), value.strip().lower()}
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return set().union(*map(_strings, value)) if value else set()
    return set()


def draw_dev5(seed: int = DEV5_SEED, quotas: dict[str, int] | None = None,
              flag: str = "dev5") -> list[dict]:
    """The officials dev5 sample: draw_sample's quotas and strata (half uniform, half naming an
    office) among the articles no labels or fixture file then on main names by id, record id or
    title (DRAWN_APART_FROM[flag]). --dev6 is the same with its own seed, quotas and flag."""
    rng = random.Random(seed)
    used = _used_by(DRAWN_APART_FROM[flag])
    sample = []
    for part, quota in (quotas or DEV2_QUOTAS).items():
        sample += _draw_part(rng, part, used, quota, quota - quota // 2, _names_an_office,
                             "office")
    return sample


def _draw_part(rng: random.Random, part: str, used: set[str], quota: int, plain: int,
               wanted: Callable[[str], bool], stratum: str) -> list[dict]:
    """`quota` articles of one part of the corpus that none of `used` names by id, record id or
    title (and whose id is the part's only one): `plain` uniform, the rest among those whose
    title and body are `wanted` (marked `stratum`), in the part's order."""
    drafts = corpus_drafts(part)
    ids = Counter(article_id(d) for _, d in drafts)
    eligible = [(n, f, d) for n, (f, d) in enumerate(drafts) if ids[article_id(d)] == 1
                and not {article_id(d), d.record_id, d.title.strip().lower()} & used]
    drawn = rng.sample(eligible, min(plain, len(eligible)))
    taken = {n for n, _, _ in drawn}
    others = [(n, f, d) for n, f, d in eligible
              if n not in taken and wanted(f"{d.title}\n{d.body}")]
    chosen = [(*item, "uniform") for item in drawn]
    chosen += [(*item, stratum) for item in rng.sample(others, min(quota - plain, len(others)))]
    chosen.sort(key=lambda item: item[0])
    return [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
             "stratum": kind} for _, f, d, kind in chosen]


def _draw_strata(seed: int, used: set[str], quotas: dict[str, tuple[int, int]],
                 wanted: Callable[[str], bool], stratum: str) -> list[dict]:
    """A sample drawn part by part with one generator seeded `seed` (see ``_draw_part``)."""
    rng = random.Random(seed)
    sample = []
    for part, (quota, plain) in quotas.items():
        sample += _draw_part(rng, part, used, quota, plain, wanted, stratum)
    return sample


def _used_by(paths) -> set[str]:
    """Ids, record ids and titles that the labels files at `paths` name."""
    return set().union(*(_strings(json.loads((ROOT / path).read_text("utf-8")))
                         for path in paths))


def _names_an_office(text: str) -> bool:
    return bool(OFFICE.search(text))


def _names_several_regions(text: str) -> bool:
    """A working visit, or three or more provinces named (their official names or short forms
    as the gazetteer writes them): the kind of story whose regions are mostly passing."""
    if VISIT.search(text):
        return True
    named = {region for written, region in _province_forms() if written in text}
    return len(named) >= 3


def _names_two_provinces(text: str) -> bool:
    """Two provinces or more named: where a province the story is not about may slip in."""
    return len({region for written, region in _province_forms() if written in text}) >= 2


@cache
def _province_forms() -> tuple[tuple[str, str], ...]:
    from index.gazetteer import PROVINCE, gazetteer

    regions = gazetteer().regions
    forms = [(r.bare_name, n) for n, r in regions.items() if r.kind == PROVINCE]
    return tuple((w, n) for w, n in forms if len(w) > 3)


def draw_regions_dev4() -> list[dict]:
    """The regions dev4 sample: 40 articles no labels or fixture file then on main names by id,
    record id or title; per part, some uniform, the rest among stories naming several regions."""
    return _draw_strata(REGIONS_DEV4_SEED, _used_by(DRAWN_APART_FROM["regions-dev4"]),
                        REGIONS_DEV4_QUOTAS, _names_several_regions, "several")


def draw_regions_dev5() -> list[dict]:
    """The regions dev5 sample (province precision): 36 articles no labels or fixture file on
    main when it was drawn names by id, record id or title (the frozen sets' files are matched,
    never printed); per part, half uniform, half among stories naming two provinces or more."""
    used = _used_by(DRAWN_APART_FROM["regions-dev5"])
    return _draw_strata(REGIONS_DEV5_SEED, used, REGIONS_DEV5_QUOTAS, _names_two_provinces,
                        "provinces")


def draw_regions_dev6() -> list[dict]:
    """The regions dev6 sample: 38 articles, drawn as the frozen facet sets were (half uniform,
    half naming an office), none of which any labels or fixture file names (regions-dev5's
    included, its own skipped)."""
    return _draw_strata(REGIONS_DEV6_SEED, _used_by(DRAWN_APART_FROM["regions-dev6"]),
                        REGIONS_DEV6_QUOTAS, _names_an_office, "office")


def _national(text: str) -> bool:
    """A national story: a national institution acts and no region's government does."""
    return bool(NATIONAL.search(text)) and not REGION_GOVERNMENT.search(text)


def draw_regions_dev7() -> list[dict]:
    """The regions dev7 sample (round 8): 42 articles no labels or fixture file names (its own
    skipped): 30 ANTARA feed items, half uniform and half national stories, and 12 national
    stories from the three exports."""
    return _draw_strata(REGIONS_DEV7_SEED, _used_by(DRAWN_APART_FROM["regions-dev7"]),
                        REGIONS_DEV7_QUOTAS, _national, "national")


@cache
def _local_bare_names() -> frozenset[str]:
    from index.gazetteer import CITY, REGENCY, gazetteer

    return frozenset(r.bare_name.lower() for r in gazetteer().regions.values()
                     if r.kind in (REGENCY, CITY) and "jakarta" not in r.bare_name.lower())


def _names_a_place_below(text: str) -> bool:
    """A kabupaten/kota or a place below it named (PLACE_BELOW), or a dateline whose place is a
    kabupaten/kota of the gazetteer other than Jakarta's (a Jakarta dateline is most national)."""
    if PLACE_BELOW.search(text):
        return True
    body = text.split("\n", 1)[-1].lstrip()
    dateline = DATELINE.match(body)
    return bool(dateline) and dateline.group(1).lower() in _local_bare_names()


def draw_regions_dev8() -> list[dict]:
    """The regions dev8 sample (round 9): 40 full articles no labels or fixture file names (its
    own skipped): per export, most among those naming a kabupaten/kota or a place below it
    (_names_a_place_below), the rest national stories (_national), none in both strata."""
    rng = random.Random(REGIONS_DEV8_SEED)
    used = _used_by(DRAWN_APART_FROM["regions-dev8"])
    sample = []
    for part, (quota, local) in REGIONS_DEV8_QUOTAS.items():
        drawn = _draw_part(rng, part, used, local, 0, _names_a_place_below, "local")
        taken = used | {entry["id"] for entry in drawn}
        national = _draw_part(rng, part, taken, quota - local, 0,
                              lambda text: _national(text) and not _names_a_place_below(text),
                              "national")
        sample += sorted(drawn + national, key=lambda entry: int(entry["record"].rsplit("#")[-1]))
    return sample


def draw_regions_dev9() -> list[dict]:
    """The regions dev9 sample (round 10): 40 articles no labels or fixture file names (its own
    skipped): per part, some uniform, some naming an office, the rest national stories."""
    rng = random.Random(REGIONS_DEV9_SEED)
    used = _used_by(DRAWN_APART_FROM["regions-dev9"])
    sample = []
    for part, (quota, plain, office) in REGIONS_DEV9_QUOTAS.items():
        drawn = _draw_part(rng, part, used, plain + office, plain, _names_an_office, "office")
        taken = used | {entry["id"] for entry in drawn}
        national = _draw_part(rng, part, taken, quota - plain - office, 0, _national, "national")
        sample += sorted(drawn + national, key=lambda entry: int(entry["record"].rsplit("#")[-1]))
    return sample


def draw_regions_dev10() -> list[dict]:
    """The regions dev10 sample (round 11): 40 articles no labels or fixture file names (its own
    skipped); per part, some uniform, the rest naming a kabupaten/kota or a place below it."""
    return _draw_strata(REGIONS_DEV10_SEED, _used_by(DRAWN_APART_FROM["regions-dev10"]),
                        REGIONS_DEV10_QUOTAS, _names_a_place_below, "local")


def draw_regions_dev11() -> list[dict]:
    """The regions dev11 sample (round 12): 40 articles no labels or fixture file names (its own
    skipped), drawn as the frozen facet sets were: per part, half uniform, half naming an office."""
    return _draw_strata(REGIONS_DEV11_SEED, _used_by(DRAWN_APART_FROM["regions-dev11"]),
                        REGIONS_DEV11_QUOTAS, _names_an_office, "office")


def draw_regions_dev12() -> list[dict]:
    """The regions dev12 sample (round 13): as --regions-dev11, with its own seed, leaving out
    every article any labels or fixture file names (dev11's included)."""
    return _draw_strata(REGIONS_DEV12_SEED, _used_by(DRAWN_APART_FROM["regions-dev12"]),
                        REGIONS_DEV11_QUOTAS, _names_an_office, "office")


def draw_regions_dev13() -> list[dict]:
    """The regions dev13 sample (round 15): 44 articles no labels or fixture file names (dev12's
    included); per part, about half uniform, the rest naming a kabupaten/kota or its government
    (LOCAL), so that the set holds enough kabupaten/kota to measure them by."""
    return _draw_strata(REGIONS_DEV13_SEED, _used_by(DRAWN_APART_FROM["regions-dev13"]),
                        REGIONS_DEV13_QUOTAS, lambda text: bool(LOCAL.search(text)), "local")


def draw_regions_dev14() -> list[dict]:
    """As --regions-dev13 (dev13's articles left out too), 21 articles, per part one uniform."""
    return _draw_strata(REGIONS_DEV14_SEED, _used_by(DRAWN_APART_FROM["regions-dev14"]),
                        REGIONS_DEV14_QUOTAS, lambda text: bool(LOCAL.search(text)), "local")


@cache
def _kabupaten_kota_named() -> re.Pattern:
    """"Kabupaten X", "Kab. X" or "Kota X" with X a kabupaten/kota of the gazetteer (Jakarta's
    left out): a kabupaten/kota named outright, which LOCAL's "Ibu Kota" or "DPRD Sumut" is not."""
    from index.gazetteer import CITY, REGENCY, gazetteer

    names = sorted({r.bare_name for r in gazetteer().regions.values()
                    if r.kind in (REGENCY, CITY) and "jakarta" not in r.bare_name.lower()},
                   key=len, reverse=True)
    return re.compile(r"\b(?:Kabupaten|Kab\.|Kota) (?:" + "|".join(map(re.escape, names))
                      + r")\b")


def _names_a_kabupaten_kota(text: str) -> bool:
    """A kabupaten/kota of the gazetteer named with its kind, or a dateline naming one."""
    if _kabupaten_kota_named().search(text):
        return True
    body = text.split("\n", 1)[-1].lstrip()
    dateline = DATELINE.match(body)
    return bool(dateline) and dateline.group(1).lower() in _local_bare_names()


def draw_regions_dev15() -> list[dict]:
    """The regions dev15 sample (round 17): 30 articles no labels or fixture file names (dev14's
    included); per part one or two uniform, the rest naming a kabupaten/kota of the gazetteer
    with its kind or in a dateline (_names_a_kabupaten_kota)."""
    return _draw_strata(REGIONS_DEV15_SEED, _used_by(DRAWN_APART_FROM["regions-dev15"]),
                        REGIONS_DEV15_QUOTAS, _names_a_kabupaten_kota, "kabkota")


def draw_regions_dev16() -> list[dict]:
    """The regions dev16 sample (round 17b): 40 ANTARA feed items no labels or fixture file names
    (dev15's included), 20 uniform and 20 naming a kabupaten/kota with its kind, a place below it
    or a kabupaten/kota dateline (_names_a_kabupaten_kota or _names_a_place_below)."""
    return _draw_strata(REGIONS_DEV16_SEED, _used_by(DRAWN_APART_FROM["regions-dev16"]),
                        REGIONS_DEV16_QUOTAS,
                        lambda text: _names_a_kabupaten_kota(text) or _names_a_place_below(text),
                        "kabkota")


def draw_officials_dev7() -> list[dict]:
    """The officials dev7 sample (round 9): 40 articles no labels or fixture file names (its own
    skipped); per part, some uniform, the rest among those naming an office."""
    return _draw_strata(OFFICIALS_DEV7_SEED, _used_by(DRAWN_APART_FROM["officials-dev7"]),
                        OFFICIALS_DEV7_QUOTAS, _names_an_office, "office")


def draw_officials_dev8() -> list[dict]:
    """The officials dev8 sample (round 10): as dev7, with the saved pages among the parts."""
    return _draw_strata(OFFICIALS_DEV8_SEED, _used_by(DRAWN_APART_FROM["officials-dev8"]),
                        OFFICIALS_DEV8_QUOTAS, _names_an_office, "office")


def draw_officials_dev9() -> list[dict]:
    """The officials dev9 sample (round 11): as dev8, with its own seed and dev8 left out."""
    return _draw_strata(OFFICIALS_DEV9_SEED, _used_by(DRAWN_APART_FROM["officials-dev9"]),
                        OFFICIALS_DEV8_QUOTAS, _names_an_office, "office")


def draw_officials_dev10(size: int = 30) -> list[dict]:
    """The officials dev10 sample (round 13): `size` full articles drawn uniformly among those
    of every full-text part that name an office, none any labels or fixture file names."""
    used = _used_by(DRAWN_APART_FROM["officials-dev10"])
    pool = []
    for part in OFFICIALS_DEV10_PARTS:
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        pool += [(part, n, f, d) for n, (f, d) in enumerate(drafts) if ids[article_id(d)] == 1
                 and not {article_id(d), d.record_id, d.title.strip().lower()} & used
                 and _names_an_office(f"{d.title}\n{d.body}")]
    chosen = sorted(random.Random(OFFICIALS_DEV10_SEED).sample(pool, size),
                    key=lambda item: (OFFICIALS_DEV10_PARTS.index(item[0]), item[1]))
    return [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
             "stratum": "office"} for _, _, f, d in chosen]


def draw_officials_dev11() -> list[dict]:
    """The officials dev11 sample (round 14): 40 articles drawn as the first frozen set was (per
    part half uniform, half naming an office), none any labels or fixture file names."""
    return _draw_strata(OFFICIALS_DEV11_SEED, _used_by(DRAWN_APART_FROM["officials-dev11"]),
                        OFFICIALS_DEV11_QUOTAS, _names_an_office, "office")


def draw_officials_dev12() -> list[dict]:
    """The officials dev12 sample (round 15): as --officials-dev11, with its own seed, leaving out
    every article any labels or fixture file names (dev11's included)."""
    return _draw_strata(OFFICIALS_DEV12_SEED, _used_by(DRAWN_APART_FROM["officials-dev12"]),
                        OFFICIALS_DEV11_QUOTAS, _names_an_office, "office")


def draw_officials_dev13() -> list[dict]:
    """The officials dev13 sample (round 16): as --officials-dev12 with 20 articles, its own seed,
    leaving out every article any labels or fixture file names (dev12's included)."""
    return _draw_strata(OFFICIALS_DEV13_SEED, _used_by(DRAWN_APART_FROM["officials-dev13"]),
                        OFFICIALS_DEV13_QUOTAS, _names_an_office, "office")


def draw_officials_dev14() -> list[dict]:
    """The officials dev14 sample (round 17): as --officials-dev13 (20 articles), its own seed,
    leaving out every article any labels or fixture file names (dev13's included)."""
    return _draw_strata(OFFICIALS_DEV14_SEED, _used_by(DRAWN_APART_FROM["officials-dev14"]),
                        OFFICIALS_DEV13_QUOTAS, _names_an_office, "office")


def draw_officials_dev15() -> list[dict]:
    """The officials dev15 sample (round 17b): exactly as --officials-dev12 (40 articles), its own
    seed, leaving out every article any labels or fixture file names (dev14's included)."""
    return _draw_strata(OFFICIALS_DEV15_SEED, _used_by(DRAWN_APART_FROM["officials-dev15"]),
                        OFFICIALS_DEV11_QUOTAS, _names_an_office, "office")


def draw_officials_dev16() -> list[dict]:
    """The officials dev16 sample (round 18): exactly as --officials-dev15 (40 articles), its own
    seed, leaving out every article any labels or fixture file names (dev15's included)."""
    return _draw_strata(OFFICIALS_DEV16_SEED, _used_by(DRAWN_APART_FROM["officials-dev16"]),
                        OFFICIALS_DEV11_QUOTAS, _names_an_office, "office")


def draw_second() -> list[dict]:
    """The second frozen facet set: 70 articles none of SECOND_LEAVES_OUT's files names by id,
    record id or title; per part, half uniform, half naming an office, as the first set."""
    return _draw_strata(SECOND_SEED, _used_by(SECOND_LEAVES_OUT), SECOND_QUOTAS,
                        _names_an_office, "office")


def draw_third() -> list[dict]:
    """The third frozen facet set: 60 full articles (export rows) no labels or fixture file then
    on main names by id, record id or title; per part, about half uniform among those naming a
    kabupaten/kota or its government (LOCAL), the rest uniform among the others."""
    rng = random.Random(THIRD_SEED)
    used = _used_by(DRAWN_APART_FROM["third"])
    sample = []
    for part, (quota, rest) in THIRD_QUOTAS.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = [(n, f, d) for n, (f, d) in enumerate(drafts) if ids[article_id(d)] == 1
                    and not {article_id(d), d.record_id, d.title.strip().lower()} & used]
        local = [item for item in eligible if LOCAL.search(f"{item[2].title}\n{item[2].body}")]
        others = [item for item in eligible if item not in local]
        chosen = [(*item, "regional") for item in rng.sample(local, quota - rest)]
        chosen += [(*item, "rest") for item in rng.sample(others, rest)]
        chosen.sort(key=lambda item: item[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
                    "stratum": kind} for _, f, d, kind in chosen]
    return sample


def draw_sample(seed: int = SEED, quotas: dict[str, int] | None = None,
                leave_out: str = "facets", uniform: dict[str, int] | None = None,
                cue: re.Pattern = OFFICE, stratum: str = "office", flag: str = "") -> list[dict]:
    """`quotas` articles per kind of source, half uniform, half naming an office. `leave_out`:
    "facets" leaves out the facet fixtures' articles; "ids" (the regions dev set) and "keys"
    (the officials dev2 set) every labels file's too, matched by id or by (file, id);
    "ids+pages" (the regions dev2 set) as "ids", saved pages allowed (used_by_any_labels).
    `uniform` (per part) overrides how many are drawn uniformly; the rest are drawn among the
    articles `cue` finds in, under the name `stratum`. The labels files read are those the draw
    of `flag` left out (DRAWN_APART_FROM)."""
    rng = random.Random(seed)
    used, used_titles = used_by_any_label(flag) if leave_out == "keys" else used_elsewhere()
    used_ids: set[str] = set()
    used_files: set[str] = set()
    if leave_out in ("ids", "ids+pages"):
        used_ids, used_files, titles = used_by_any_labels(flag, pages=leave_out == "ids+pages")
        used_titles |= titles
    if leave_out == "keys":  # some label files give the id without the file
        used |= {(f, i) for part in (quotas or QUOTAS) for f, d in corpus_drafts(part)
                 for i in [article_id(d)] if ("*", i) in used}
    sample = []
    for part, quota in (quotas or QUOTAS).items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = [(n, f, d) for n, (f, d) in enumerate(drafts)
                    if (f, article_id(d)) not in used and ids[article_id(d)] == 1
                    and d.title.strip().lower() not in used_titles
                    and article_id(d) not in used_ids and f not in used_files]
        plain = quota - quota // 2 if uniform is None else uniform[part]
        drawn = rng.sample(eligible, min(plain, len(eligible)))
        taken = {n for n, _, _ in drawn}
        offices = [(n, f, d) for n, f, d in eligible
                   if n not in taken and cue.search(f"{d.title}\n{d.body}")]
        chosen = [(*item, "uniform") for item in drawn]
        chosen += [(*item, stratum)
                   for item in rng.sample(offices, min(quota - plain, len(offices)))]
        chosen.sort(key=lambda item: item[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "title": d.title,
                    "stratum": stratum} for _, f, d, stratum in chosen]
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", action="store_true",
                        help="print each sampled article's title, source and text to label")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed")
    parser.add_argument("--dev", action="store_true",
                        help="a 30-article dev sample no labels file uses (the regions dev set: "
                        "--seed 20261215)")
    parser.add_argument("--dev2", action="store_true",
                        help="the officials dev2 sample: 30 articles no label file uses")
    parser.add_argument("--dev3", action="store_true",
                        help="the officials dev3 sample (round 2): as --dev2, seed 20261208")
    parser.add_argument("--dev4", action="store_true",
                        help="the officials dev4 sample (round 3): as --dev2, seed 20261209")
    parser.add_argument("--dev5", action="store_true",
                        help="the officials dev5 sample (round 4): as --dev2, seed 20261210, "
                        "leaving out any article a labels or fixture file names")
    parser.add_argument("--dev6", action="store_true",
                        help="the officials dev6 sample (round 5): as --dev5, seed 20261211, 20 "
                        "feed items and 20 full articles")
    parser.add_argument("--regions-dev2", action="store_true",
                        help="the regions dev2 sample (round 3): 40 articles no labels file uses, "
                        "most naming a region's office")
    parser.add_argument("--regions-dev3", action="store_true",
                        help="the regions dev3 sample (round 4): as --regions-dev2, seed "
                        "20261231, leaving out dev2's articles too")
    parser.add_argument("--regions-dev4", action="store_true",
                        help="the regions dev4 sample (round 5): 40 articles, about half among "
                        "stories naming several regions (seed 20270104)")
    parser.add_argument("--regions-dev5", action="store_true",
                        help="the regions dev5 sample (round 7): 36 articles, half among stories "
                        "naming two provinces or more (seed 20270110)")
    parser.add_argument("--regions-dev6", action="store_true",
                        help="the regions dev6 sample (round 7): 38 articles, half naming an "
                        "office, as the frozen facet sets (seed 20270111)")
    parser.add_argument("--regions-dev7", action="store_true",
                        help="the regions dev7 sample (round 8): 30 feed items, half national "
                        "stories, and 12 national stories of the exports (seed 20270207)")
    parser.add_argument("--regions-dev8", action="store_true",
                        help="the regions dev8 sample (round 9): 40 full articles, most naming a "
                        "kabupaten/kota or a place below it, the rest national (seed 20270301)")
    parser.add_argument("--regions-dev9", action="store_true",
                        help="the regions dev9 sample (round 10): 40 articles as the frozen facet "
                        "sets, a quarter national stories (seed 20270311)")
    parser.add_argument("--regions-dev10", action="store_true",
                        help="the regions dev10 sample (round 11): 40 articles over every part, "
                        "most naming a kabupaten/kota or a place below it (seed 20270321)")
    parser.add_argument("--regions-dev11", action="store_true",
                        help="the regions dev11 sample (round 12): 40 articles over every part, "
                        "half uniform, half naming an office, as the frozen sets (seed 20270331)")
    parser.add_argument("--regions-dev12", action="store_true",
                        help="the regions dev12 sample (round 13): as --regions-dev11, seed "
                        "20270341")
    parser.add_argument("--regions-dev13", action="store_true",
                        help="the regions dev13 sample (round 15): 44 articles, about half naming "
                        "a kabupaten/kota or its government (seed 20270351)")
    parser.add_argument("--regions-dev14", action="store_true",
                        help="regions dev14 (round 16): 21 articles, 17 LOCAL (seed 20270361)")
    parser.add_argument("--regions-dev15", action="store_true",
                        help="regions dev15 (round 17): 30 articles, 24 naming a kabupaten/kota "
                        "(seed 20270371)")
    parser.add_argument("--regions-dev16", action="store_true",
                        help="regions dev16 (round 17b): 40 ANTARA feed items, 20 naming a "
                        "kabupaten/kota or a place below it (seed 20270381)")
    parser.add_argument("--second", action="store_true",
                        help="the second frozen facet set (round 6): 70 articles, 30 feed items "
                        "and 40 full articles, half naming an office (seed 20270201)")
    parser.add_argument("--third", action="store_true",
                        help="the third frozen facet set (round 7): 60 full articles, half naming "
                        "a kabupaten/kota or its government (seed 20270401)")
    parser.add_argument("--officials-dev7", action="store_true",
                        help="the officials dev7 sample (round 9): 40 articles, 14 feed items "
                        "and 26 full articles, most naming an office (seed 20270307)")
    parser.add_argument("--officials-dev8", action="store_true",
                        help="the officials dev8 sample (round 10): 40 articles over every part "
                        "of the corpus, most naming an office (seed 20270501)")
    parser.add_argument("--officials-dev9", action="store_true",
                        help="the officials dev9 sample (round 11): as --officials-dev8, seed "
                        "20270611")
    parser.add_argument("--officials-dev10", action="store_true",
                        help="the officials dev10 sample (round 13): 30 full articles naming an "
                        "office, drawn uniformly (seed 20270713)")
    parser.add_argument("--officials-dev11", action="store_true",
                        help="the officials dev11 sample (round 14): 40 articles drawn as the "
                        "first frozen facet set was (seed 20270807)")
    parser.add_argument("--officials-dev12", action="store_true",
                        help="the officials dev12 sample (round 15): as --officials-dev11, seed "
                        "20270915")
    parser.add_argument("--officials-dev13", action="store_true",
                        help="the officials dev13 sample (round 16): 20 articles drawn as "
                        "--officials-dev12 (seed 20271021)")
    parser.add_argument("--officials-dev14", action="store_true",
                        help="the officials dev14 sample (round 17): 20 articles drawn as "
                        "--officials-dev13 (seed 20271117)")
    parser.add_argument("--officials-dev15", action="store_true",
                        help="the officials dev15 sample (round 17b): 40 articles drawn as "
                        "--officials-dev12 (seed 20271207)")
    parser.add_argument("--officials-dev16", action="store_true",
                        help="the officials dev16 sample (round 18): 40 articles drawn as "
                        "--officials-dev15 (seed 20271208)")
    args = parser.parse_args()
    later = args.dev2 or args.dev3 or args.dev4 or args.dev5
    regions_dev = any(getattr(args, f"regions_dev{n}") for n in range(2, 17))
    parts: dict = QUOTAS
    stratified = {  # flag -> (its quotas: part -> (articles, of them uniform), its draw)
        "third": (THIRD_QUOTAS, draw_third), "second": (SECOND_QUOTAS, draw_second),
        "regions_dev4": (REGIONS_DEV4_QUOTAS, draw_regions_dev4),
        "regions_dev5": (REGIONS_DEV5_QUOTAS, draw_regions_dev5),
        "regions_dev7": (REGIONS_DEV7_QUOTAS, draw_regions_dev7),
        "regions_dev6": (REGIONS_DEV6_QUOTAS, draw_regions_dev6),
        "regions_dev8": (REGIONS_DEV8_QUOTAS, draw_regions_dev8),
        "regions_dev9": ({part: q[:2] for part, q in REGIONS_DEV9_QUOTAS.items()},
                         draw_regions_dev9),
        "regions_dev10": (REGIONS_DEV10_QUOTAS, draw_regions_dev10),
        "regions_dev11": (REGIONS_DEV11_QUOTAS, draw_regions_dev11),
        "regions_dev12": (REGIONS_DEV11_QUOTAS, draw_regions_dev12),
        "regions_dev13": (REGIONS_DEV13_QUOTAS, draw_regions_dev13),
        "regions_dev14": (REGIONS_DEV14_QUOTAS, draw_regions_dev14),
        "regions_dev15": (REGIONS_DEV15_QUOTAS, draw_regions_dev15),
        "regions_dev16": (REGIONS_DEV16_QUOTAS, draw_regions_dev16),
        "officials_dev7": (OFFICIALS_DEV7_QUOTAS, draw_officials_dev7),
        "officials_dev8": (OFFICIALS_DEV8_QUOTAS, draw_officials_dev8),
        "officials_dev9": (OFFICIALS_DEV8_QUOTAS, draw_officials_dev9),
        "officials_dev10": ({part: (0, 0) for part in OFFICIALS_DEV10_PARTS},
                            draw_officials_dev10),
        "officials_dev11": (OFFICIALS_DEV11_QUOTAS, draw_officials_dev11),
        "officials_dev12": (OFFICIALS_DEV11_QUOTAS, draw_officials_dev12),
        "officials_dev13": (OFFICIALS_DEV13_QUOTAS, draw_officials_dev13),
        "officials_dev14": (OFFICIALS_DEV13_QUOTAS, draw_officials_dev14),
        "officials_dev15": (OFFICIALS_DEV11_QUOTAS, draw_officials_dev15),
        "officials_dev16": (OFFICIALS_DEV11_QUOTAS, draw_officials_dev16),
    }
    chosen = next((name for name in stratified if getattr(args, name)), None)
    if chosen is not None:
        quotas, draw = stratified[chosen]
        parts = {part: n for part, (n, _) in quotas.items()}
        sample = draw()
    elif regions_dev:
        seed, quotas = ((REGIONS_DEV3_SEED, REGIONS_DEV3_QUOTAS) if args.regions_dev3
                        else (REGIONS_DEV2_SEED, REGIONS_DEV2_QUOTAS))
        parts = {part: n for part, (n, _) in quotas.items()}
        sample = draw_sample(seed, parts, leave_out="ids+pages",
                             uniform={part: u for part, (_, u) in quotas.items()},
                             cue=REGIONAL, stratum="region",
                             flag="regions-dev3" if args.regions_dev3 else "regions-dev2")
    elif args.dev6:
        sample = draw_dev5(DEV6_SEED, DEV6_QUOTAS, "dev6")
    elif args.dev5:
        sample = draw_dev5()
    elif later:
        seed = DEV4_SEED if args.dev4 else DEV3_SEED if args.dev3 else DEV2_SEED
        flag = "dev4" if args.dev4 else "dev3" if args.dev3 else "dev2"
        sample = draw_sample(seed, DEV2_QUOTAS, leave_out="keys", flag=flag)
    elif args.dev:
        sample = draw_sample(args.seed, DEV_QUOTAS, leave_out="ids", flag="dev")
    else:
        sample = draw_sample(args.seed)
    if not args.texts:
        print(json.dumps(sample, ensure_ascii=False, indent=1))
        return
    if not regions_dev and not args.second and not args.third:
        parts = (DEV6_QUOTAS if args.dev6 else DEV2_QUOTAS if later
                 else DEV_QUOTAS if args.dev else QUOTAS)
    print_sample_texts(sample, parts)


if __name__ == "__main__":
    main()

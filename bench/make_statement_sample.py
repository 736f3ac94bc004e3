"""The sample of articles behind the frozen statement labels
(bench/labels/statements-2026-12-06.json): drawn once, with a fixed seed, from the whole of
../shared/corpus as Kabar reads and stores it.

    .venv/bin/python -m bench.make_statement_sample > sample.json
    .venv/bin/python -m bench.make_statement_sample --texts > texts.txt   # what the labeller reads

Each kind of source gets a quota near its share of the corpus (feed items about half, IndoSum a
quarter, the two CSV exports the rest), with at least 8 feed items and 8 saved pages and the seed
article. Articles with an empty body, and export rows whose Kabar id is not unique, are left out.
Half of the sample, split at random with the same generator within each kind of source, is "dev"
(the extractor's developers may read it) and half "heldout" (nobody building may read it).

    .venv/bin/python -m bench.make_statement_sample --dev3 [--texts]

draws the dev3 set instead (bench/labels/statements-dev3-2026-12-06.json): seed 20261218, 25
articles with quotas in the same proportions, none of them in an existing statements labels file
(their ids read as a set), each with a quote mark or a cue word in its body (an article with
nothing said in it tells nothing about attribution); every one has split "dev3".

    .venv/bin/python -m bench.make_statement_sample --dev4 [--texts]

draws the dev4 set (bench/labels/statements-dev4-2026-12-06.json): seed 20261219, 30 articles,
none in an existing statements labels file (ids only), weighted to articles where people speak:
each has at least three quote marks or cue words, and is drawn with a weight of that count
(at most 12), so that attribution, not finding, is what the set tests. Bodies over 4,000
characters are left out (one person labels the set by reading). Every one has split "dev4".

    .venv/bin/python -m bench.make_statement_sample --dev5 [--texts]

draws the dev5 set (bench/labels/statements-dev5-2026-12-06.json) the dev4 way: seed 20261220,
30 articles, none in an existing statements labels file (dev4's included; ids only), at least
three quote marks or cue words, weighted by that count, bodies of at most 3,500 characters.
Every one has split "dev5".

    .venv/bin/python -m bench.make_statement_sample --dev6 [--texts]

draws the dev6 set (bench/labels/statements-dev6-2026-12-06.json) the dev4 way: seed 20261221,
30 articles, none in an existing statements labels file (dev5's included; ids only), at least
three quote marks or cue words, weighted by that count, bodies of at most 3,000 characters.
Every one has split "dev6".

    .venv/bin/python -m bench.make_statement_sample --second [--texts]

draws the second held-out set (bench/labels/statements-2nd-2026-12-06.json) the dev4 way: seed
20270301, 35 articles (3 feed teasers with at least one quote mark or cue word, 19 IndoSum,
7 `berita` and 6 detik rows with at least three), weighted by that count, bodies of at most
2,500 characters, none whose id or record id is any string of the JSON files then under
bench/labels/ and tests/fixtures/ (SECOND_LEAVES_OUT, so that later files change nothing; no
saved page, as html_labels.json names them all). Every one has split "heldout". Its draw and
--texts read the drafts only (the body make_article stores is the draft's): its labeller never
runs an extractor on them.

    .venv/bin/python -m bench.make_statement_sample --third [--texts]

draws the third held-out set (bench/labels/statements-3rd-2026-12-07.json): seed 20270501, 40
articles where several people speak (22 IndoSum, 10 `berita`, 8 detik rows; no feed teaser, and
no saved page is left: html_labels.json names them all), bodies of 800 to 5,000 characters with
at least four quote marks or cue words and at least two different capitalised names near a cue
(a cheap count on the draft text), drawn with a weight of the quote-and-cue count (at most 12),
none whose id or record id is any string of the JSON files then under bench/labels/ and
tests/fixtures/ (THIRD_LEAVES_OUT). Every one has split "heldout"; like --second, it reads the
drafts only.

    .venv/bin/python -m bench.make_statement_sample --dev7 [--texts]

draws the dev7 set (bench/labels/statements-dev7-2026-12-07.json) the --third way, for speaker
attribution where several people speak: seed 20271707, 30 export rows (16 IndoSum, 8 `berita`,
6 detik), the same eligibility and weights as --third, none whose id or record id is any string
of the JSON files under bench/labels/ and tests/fixtures/ when it was drawn
(bench/label_draws.py, "statements-dev7"; statements-3rd included). Every one has split "dev7";
its --texts reads the drafts only.

    .venv/bin/python -m bench.make_statement_sample --dev8 [--texts]

draws the dev8 set (bench/labels/statements-dev8-2026-12-07.json), weighted to reported speech:
seed 20261223, 30 export rows (17 IndoSum, 7 `berita`, 6 detik), bodies of 800 to 3,500
characters with at least three reported-speech cue verbs (mengatakan, menyebutkan, menjelaskan,
meminta, menegaskan, mengungkapkan, menilai, berharap, mengimbau ...; quote marks do not count)
and at least two different capitalised names near a cue (as --third), drawn with a weight of
that verb count (at most 12); none whose id or record id is any string of the JSON files under
bench/labels/ and tests/fixtures/ when it was drawn (bench/label_draws.py,
DRAWN_APART_FROM["statements-dev8"]; --dev7, drawn the same day on another branch, was not yet
among them). Like --third it reads the drafts only. Every one has split "dev8".

    .venv/bin/python -m bench.make_statement_sample --dev9 [--texts]

draws the dev9 set (bench/labels/statements-dev9-2026-12-07.json), where several people speak:
seed 20261311, 30 export rows (17 IndoSum, 7 `berita`, 6 detik), bodies of 800 to 3,000
characters with at least four quote marks or cue words and at least two different capitalised
runs next to a cue ("kata X", "X mengatakan", "Menurut X"), each cued in a sentence the other is
not (`several_speak`), drawn with a weight of how many such names (at most 6); none whose id or
record id is any string of the JSON files under bench/labels/ and tests/fixtures/ when it was
drawn (DRAWN_APART_FROM["statements-dev9"]: dev7 and dev8 included). Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev10 [--texts]

draws the dev10 set (bench/labels/statements-dev10-2026-12-07.json), ordinary news rather than
articles chosen for their speakers: seed 20261312, 30 full articles drawn uniformly (no weight)
from the pool of every full-article part of the corpus (indosum-dev.jsonl, berita-2015, detik;
saved pages are in the pool but html_labels.json uses every one), bodies of at most 4,000
characters with at least three quote marks or cue words; none whose id or record id is any
string of the JSON files under bench/labels/ and tests/fixtures/ when it was drawn
(DRAWN_APART_FROM["statements-dev10"]). Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev11 [--texts]

draws the dev11 set (bench/labels/statements-dev11-2026-12-07.json) the --dev10 way with seed
20261313 and 25 articles, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev11"]: dev10 included). Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev12 [--texts]

draws the dev12 set (bench/labels/statements-dev12-2026-12-07.json) the --dev10 way with seed
20261414 and 28 articles, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev12"]: dev11 included). Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev13 [--texts]

draws the dev13 set (bench/labels/statements-dev13-2026-12-07.json) the --dev10 way with seed
20261515 and 30 articles, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev13"]: dev12 included). Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev14 [--texts]

draws the dev14 set (bench/labels/statements-dev14-2026-12-07.json) the --dev10 way with seed
20261616 and 25 articles, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev14"]: dev13 and officials-dev12 included). Drafts only, as
--third.

    .venv/bin/python -m bench.make_statement_sample --dev15 [--texts]

draws the dev15 set (bench/labels/statements-dev15-2026-12-07.json) the --dev10 way with seed
20261717 and 25 articles, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev15"]: dev14 and regions-dev14 included). Drafts only, as
--third.

    .venv/bin/python -m bench.make_statement_sample --dev16 [--texts]

draws the dev16 set (bench/labels/statements-dev16-2026-12-07.json) the --third and --dev7 way,
where several people speak: seed 20261818, 25 export rows (14 IndoSum, 6 `berita`, 5 detik), the
same eligibility and weights as --third, apart from the files present when it was drawn
(DRAWN_APART_FROM["statements-dev16"]: dev15, regions-dev15 and officials-dev14 included).
Drafts only, as --third.

    .venv/bin/python -m bench.make_statement_sample --dev17 [--texts]

draws the dev17 set (bench/labels/statements-dev17-2026-12-08.json) the --dev16 way: seed
20261919, 30 export rows (16 IndoSum, 8 `berita`, 6 detik, dev7's quotas), apart from the files
present when it was drawn (DRAWN_APART_FROM["statements-dev17"]: dev16, regions-dev16 and
officials-dev15 included). Drafts only, as --third.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable

from bench.common import ROOT
from bench.label_draws import DRAWN_APART_FROM
from bench.make_label_sample import article_id, corpus_drafts
from index.extract.pipeline import make_article

SEED = 20261217
QUOTAS = {  # file or folder in the corpus -> (source kind, articles drawn)
    "antara-rss-2026.json": ("feed", 28),
    "indosum-dev.jsonl": ("export", 16),
    "berita-2015-08-25.csv": ("export", 6),
    "detik-2025.csv": ("export", 5),
    "html": ("page", 8),
    "seed": ("seed", 1),
}


DEV3_SEED = 20261218
DEV3_QUOTAS = {
    "antara-rss-2026.json": ("feed", 10),
    "indosum-dev.jsonl": ("export", 7),
    "berita-2015-08-25.csv": ("export", 3),
    "detik-2025.csv": ("export", 2),
    "html": ("page", 3),
}
DEV3_EXCLUDED = ["statements-2026-12-06.json", "statements-dev2-2026-12-06.json"]

DEV4_SEED = 20261219
DEV4_QUOTAS = {
    "antara-rss-2026.json": ("feed", 6),
    "indosum-dev.jsonl": ("export", 10),
    "berita-2015-08-25.csv": ("export", 5),
    "detik-2025.csv": ("export", 5),
    "html": ("page", 4),
}
DEV4_EXCLUDED = [*DEV3_EXCLUDED, "statements-dev3-2026-12-06.json"]
DEV4_MIN_CUES, DEV4_MAX_WEIGHT, DEV4_MAX_BODY = 3, 12, 4000
_SAID = re.compile(r"[\"\u201c\u201d]|\b(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut)nya\b|"
                   r"\b(?:mengatakan|menyatakan|menjelaskan|menurut)\b", re.IGNORECASE)


DEV5_SEED = 20261220
DEV5_QUOTAS = {
    "antara-rss-2026.json": ("feed", 1),  # the only unused feed teaser with three cues
    "indosum-dev.jsonl": ("export", 15),
    "berita-2015-08-25.csv": ("export", 5),
    "detik-2025.csv": ("export", 6),
    "html": ("page", 3),
}
DEV5_EXCLUDED = [*DEV4_EXCLUDED, "statements-dev4-2026-12-06.json"]
DEV5_MAX_BODY = 3500


DEV6_SEED = 20261221
DEV6_QUOTAS = {  # no unused feed teaser has three cues any more
    "indosum-dev.jsonl": ("export", 16),
    "berita-2015-08-25.csv": ("export", 5),
    "detik-2025.csv": ("export", 6),
    "html": ("page", 3),
}
DEV6_EXCLUDED = [*DEV5_EXCLUDED, "statements-dev5-2026-12-06.json"]
DEV6_MAX_BODY = 3000


SECOND_SEED = 20270301
# About the proportions of dev4..dev6, with a few feed teasers as the frozen set had (fewer cues,
# below); no saved page, as tests/fixtures/html_labels.json uses them all.
SECOND_QUOTAS = {
    "antara-rss-2026.json": ("feed", 3),
    "indosum-dev.jsonl": ("export", 19),
    "berita-2015-08-25.csv": ("export", 7),
    "detik-2025.csv": ("export", 6),
}
SECOND_MAX_BODY = 2500
SECOND_FEED_MIN_CUES = 1  # no unused teaser has three any more (dev6)
# The files whose articles the second set leaves out: every JSON file under bench/labels/ and
# tests/fixtures/ when it was drawn. Named, so that files added later (its own included) do not
# change the draw.
SECOND_LEAVES_OUT = [
    *(f"bench/labels/{name}-2026-12-06.json" for name in (
        "facets", "government", "known-items-dev", "known-items-dev2", "known-items-dev3",
        *(f"officials-dev{n}" for n in ("", "2", "3", "4", "5", "6")),
        "ranking-dev", "ranking-dev-needs", "ranking-dev2", "ranking-dev2-needs",
        *(f"regions-dev{n}" for n in ("", "2", "3", "4")),
        *(f"statements{n}" for n in ("", "-dev2", "-dev3", "-dev4", "-dev5", "-dev6")))),
    *(f"tests/fixtures/{name}.json" for name in (
        "demo_labels", "html_labels", "officials_heldout", "officials_labels", "regions_labels")),
]


def labelled_ids(names: list[str] = DEV3_EXCLUDED) -> set[str]:
    """The ids of every article the statements labels files named use (ids only)."""
    ids: set[str] = set()
    for name in names:
        path = ROOT / "bench" / "labels" / name
        ids |= {a["id"] for a in json.loads(path.read_text("utf-8"))["articles"]}
    return ids


def draw_dev3() -> list[dict]:
    rng = random.Random(DEV3_SEED)
    excluded = labelled_ids()
    sample = []
    for part, (kind, quota) in DEV3_QUOTAS.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = []
        for n, (f, d) in enumerate(drafts):
            if ids[article_id(d)] != 1 or article_id(d) in excluded:
                continue
            body = make_article(d).body
            if body.strip() and _SAID.search(body):
                eligible.append((n, f, d))
        chosen = sorted(rng.sample(eligible, min(quota, len(eligible))), key=lambda c: c[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "source_kind": kind,
                    "split": "dev3"} for _, f, d in chosen]
    return sample


def weighted_draw(rng: random.Random, items: list, weights: list[int], k: int) -> list:
    """k items without replacement, each draw in proportion to the weights left."""
    items, weights, chosen = list(items), list(weights), []
    while items and len(chosen) < k:
        n = rng.choices(range(len(items)), weights=weights)[0]
        chosen.append(items.pop(n))
        weights.pop(n)
    return chosen


def draw_dev4(seed: int = DEV4_SEED, quotas: dict = DEV4_QUOTAS,
              excluded_files: list[str] = DEV4_EXCLUDED, max_body: int = DEV4_MAX_BODY,
              split: str = "dev4") -> list[dict]:
    """Articles where people speak, weighted by their quote marks and cue words."""
    rng = random.Random(seed)
    excluded = labelled_ids(excluded_files)
    sample = []
    for part, (kind, quota) in quotas.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible, weights = [], []
        for n, (f, d) in enumerate(drafts):
            if ids[article_id(d)] != 1 or article_id(d) in excluded:
                continue
            body = make_article(d).body
            cues = len(_SAID.findall(body))
            if cues >= DEV4_MIN_CUES and len(body) <= max_body:
                eligible.append((n, f, d))
                weights.append(min(cues, DEV4_MAX_WEIGHT))
        chosen = sorted(weighted_draw(rng, eligible, weights, quota), key=lambda c: c[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "source_kind": kind,
                    "split": split} for _, f, d in chosen]
    return sample


def draw_dev5() -> list[dict]:
    return draw_dev4(DEV5_SEED, DEV5_QUOTAS, DEV5_EXCLUDED, DEV5_MAX_BODY, "dev5")


def draw_dev6() -> list[dict]:
    return draw_dev4(DEV6_SEED, DEV6_QUOTAS, DEV6_EXCLUDED, DEV6_MAX_BODY, "dev6")


def _strings(value: object) -> set[str]:
    """Every string in a JSON value, dict keys included (some files key judgements by id)."""
    if isinstance(value, str):
        return {value.strip()}
    if isinstance(value, dict):
        return set(value) | _strings(list(value.values()))
    if isinstance(value, list):
        return set().union(*map(_strings, value)) if value else set()
    return set()


def used_by_files(paths: list[str] = SECOND_LEAVES_OUT) -> set[str]:
    """Every string of the files named: an article whose id or record id is one is in use. The
    files' shapes differ, so every string is matched; nothing else of them is read."""
    return set().union(*(_strings(json.loads((ROOT / p).read_text("utf-8"))) for p in paths))


def draw_second() -> list[dict]:
    """The second held-out set: articles where people speak, weighted by their quote marks and
    cue words, none that any labels or fixture file uses; split "heldout"."""
    def wanted(kind: str, body: str, cues: int) -> bool:
        least = SECOND_FEED_MIN_CUES if kind == "feed" else DEV4_MIN_CUES
        return cues >= least and len(body) <= SECOND_MAX_BODY

    return _draw_heldout(SECOND_SEED, SECOND_QUOTAS, SECOND_LEAVES_OUT, wanted)


def _said_count(body: str) -> int:
    return len(_SAID.findall(body))


def _draw_heldout(seed: int, quotas: dict[str, tuple[str, int]], leaves_out: list[str],
                  wanted: Callable[[str, str, int], bool],
                  count: Callable[[str], int] = _said_count) -> list[dict]:
    """Per part, `quota` articles none of `leaves_out`'s files uses whose body (with its
    `count`, by default of quote marks and cue words) is `wanted`, drawn with a weight of that
    count; split "heldout"."""
    rng = random.Random(seed)
    used = used_by_files(leaves_out)
    sample = []
    for part, (kind, quota) in quotas.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible, weights = [], []
        for n, (f, d) in enumerate(drafts):
            if ids[article_id(d)] != 1 or {article_id(d), d.record_id} & used:
                continue
            body = d.body  # what make_article stores; the extractors are not run on these
            cues = count(body)
            if wanted(kind, body, cues):
                eligible.append((n, f, d))
                weights.append(min(cues, DEV4_MAX_WEIGHT))
        chosen = sorted(weighted_draw(rng, eligible, weights, quota), key=lambda c: c[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "source_kind": kind,
                    "split": "heldout"} for _, f, d in chosen]
    return sample


THIRD_SEED = 20270501
# About the second set's proportions of full articles; saved pages are named in the quotas but
# html_labels.json uses every one, so none is eligible.
THIRD_QUOTAS = {
    "indosum-dev.jsonl": ("export", 22),
    "berita-2015-08-25.csv": ("export", 10),
    "detik-2025.csv": ("export", 8),
    "html": ("page", 0),
}
THIRD_MIN_CUES, THIRD_MIN_SPEAKERS, THIRD_BODY = 4, 2, (800, 5000)
THIRD_NEAR = 80  # characters either side of a cue where a speaker's name is looked for
# Two or more capitalised words in a row: a cheap stand-in for a person's or an office's name.
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:[A-Z][A-Za-z'.]+))+")
# Every JSON file under bench/labels/ and tests/fixtures/ when the third set was drawn, named so
# that files added later (its own included) do not change the draw.
THIRD_LEAVES_OUT = [
    *(f"bench/labels/{name}-2026-12-06.json" for name in (
        "facets", "facets-2nd", "facets-3rd", "government",
        *(f"known-items-dev{n}" for n in ("", "2", "3", "4", "5")),
        *(f"officials-dev{n}" for n in ("", "2", "3", "4", "5", "6")),
        "ranking-dev", "ranking-dev-needs", "ranking-dev2", "ranking-dev2-needs",
        *(f"regions-dev{n}" for n in ("", "2", "3", "4", "5", "6")),
        *(f"statements{n}" for n in ("", "-2nd", "-dev2", "-dev3", "-dev4", "-dev5", "-dev6")))),
    *(f"tests/fixtures/{name}.json" for name in (
        "demo_labels", "html_labels", "officials_heldout", "officials_labels", "regions_labels")),
]


def names_near_cues(body: str) -> int:
    """How many different capitalised names stand within THIRD_NEAR characters of a cue."""
    names: set[str] = set()
    for cue in _SAID.finditer(body):
        near = body[max(0, cue.start() - THIRD_NEAR):cue.end() + THIRD_NEAR]
        names |= {m.group() for m in _NAME.finditer(near)}
    return len(names)


def draw_third() -> list[dict]:
    """The third held-out set: full articles where several people speak, weighted by their quote
    marks and cue words, none that any labels or fixture file uses; split "heldout"."""
    shortest, longest = THIRD_BODY

    def wanted(kind: str, body: str, cues: int) -> bool:
        return (cues >= THIRD_MIN_CUES and shortest <= len(body) <= longest
                and names_near_cues(body) >= THIRD_MIN_SPEAKERS)

    return _draw_heldout(THIRD_SEED, THIRD_QUOTAS, THIRD_LEAVES_OUT, wanted)


DEV7_SEED = 20271707
DEV7_QUOTAS = {  # the third set's proportions, for 30 articles
    "indosum-dev.jsonl": ("export", 16),
    "berita-2015-08-25.csv": ("export", 8),
    "detik-2025.csv": ("export", 6),
}


def draw_dev7() -> list[dict]:
    """The dev7 set: drawn as the third held-out set is, with its own seed and quotas, leaving
    out every labels and fixture file there was when it was drawn; split "dev7"."""
    shortest, longest = THIRD_BODY

    def wanted(kind: str, body: str, cues: int) -> bool:
        return (cues >= THIRD_MIN_CUES and shortest <= len(body) <= longest
                and names_near_cues(body) >= THIRD_MIN_SPEAKERS)

    drawn = _draw_heldout(DEV7_SEED, DEV7_QUOTAS, list(DRAWN_APART_FROM["statements-dev7"]),
                          wanted)
    return [{**entry, "split": "dev7"} for entry in drawn]


DEV8_SEED = 20261223
DEV8_QUOTAS = {
    "indosum-dev.jsonl": ("export", 17),
    "berita-2015-08-25.csv": ("export", 7),
    "detik-2025.csv": ("export", 6),
}
DEV8_MIN_VERBS, DEV8_BODY = 3, (800, 3500)
# Reporting verbs that introduce reported (indirect) speech; quote marks are not counted, so the
# draw leans to articles whose statements are told rather than quoted.
_REPORTING = re.compile(
    r"\b(?:mengatakan|menyatakan|menyebutkan|menyebut|menjelaskan|meminta|menegaskan|"
    r"mengungkapkan|menilai|berharap|mengimbau|menambahkan|menyampaikan|mengingatkan|"
    r"memastikan|menuturkan|menurut(?:nya)?|mengaku|mengakui|menekankan|membantah)\b",
    re.IGNORECASE)


def draw_dev8() -> list[dict]:
    """The dev8 set: full articles where several people speak, drawn with a weight of their
    reporting verbs (reported speech), none that a labels or fixture file then present used;
    split "dev8". Reads the drafts only, as --third does."""
    shortest, longest = DEV8_BODY

    def wanted(kind: str, body: str, verbs: int) -> bool:
        return (verbs >= DEV8_MIN_VERBS and shortest <= len(body) <= longest
                and names_near_cues(body) >= THIRD_MIN_SPEAKERS)

    drawn = _draw_heldout(DEV8_SEED, DEV8_QUOTAS, list(DRAWN_APART_FROM["statements-dev8"]),
                          wanted, lambda body: len(_REPORTING.findall(body)))
    return [{**entry, "split": "dev8"} for entry in drawn]


DEV9_SEED = 20261311
DEV9_QUOTAS = {
    "indosum-dev.jsonl": ("export", 17),
    "berita-2015-08-25.csv": ("export", 7),
    "detik-2025.csv": ("export", 6),
}
DEV9_BODY, DEV9_MIN_SAID, DEV9_MIN_SPEAKERS, DEV9_MAX_WEIGHT = (800, 3000), 4, 2, 6
_RUN = r"((?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'.-]*)"
# A capitalised run right after a short cue ("kata Budi Santoso"), before a reporting verb
# ("Budi Santoso mengatakan") or after "Menurut": a cheap stand-in for someone who speaks.
_CUED_NAMES = (
    re.compile(r"\b(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut|imbuh|tambah|ucap|terang|papar|"
               r"pungkas|tandas|lanjut)\s+" + _RUN),
    re.compile(_RUN + r",?\s+(?:mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|"
               r"mengungkapkan|menuturkan|menyampaikan)\b"),
    re.compile(r"\b[Mm]enurut\s+" + _RUN),
)


# Sentences, not paragraphs: some exports (berita-2015) store a body as one paragraph.
_SENTENCE_END = re.compile(r"\n\n|(?<=[.!?\"\u201d])\s+(?=[A-Z\"\u201c])")


def cued_speakers(body: str) -> dict[str, set[int]]:
    """The last word of each capitalised run next to a cue, with the sentences it is cued in."""
    found: dict[str, set[int]] = {}
    for number, sentence in enumerate(_SENTENCE_END.split(body)):
        for pattern in _CUED_NAMES:
            for match in pattern.finditer(sentence):
                found.setdefault(match.group(1).split()[-1].strip(".,'"), set()).add(number)
    return found


def several_speak(body: str) -> bool:
    """Two different cued names, each cued in a sentence the other is not cued in."""
    found = list(cued_speakers(body).items())
    return any(first - second and second - first
               for n, (_, first) in enumerate(found) for _, second in found[n + 1:])


def draw_dev9() -> list[dict]:
    """The dev9 set: full articles where several people speak (two or more names next to cues,
    in different sentences), drawn with a weight of how many such names, none that a labels or
    fixture file then present used; split "dev9". Reads the drafts only, as --third does."""
    shortest, longest = DEV9_BODY

    def wanted(kind: str, body: str, names: int) -> bool:
        return (names >= DEV9_MIN_SPEAKERS and shortest <= len(body) <= longest
                and _said_count(body) >= DEV9_MIN_SAID and several_speak(body))

    drawn = _draw_heldout(DEV9_SEED, DEV9_QUOTAS, list(DRAWN_APART_FROM["statements-dev9"]),
                          wanted, lambda body: min(len(cued_speakers(body)), DEV9_MAX_WEIGHT))
    return [{**entry, "split": "dev9"} for entry in drawn]


DEV10_SEED, DEV10_SIZE, DEV10_MAX_BODY = 20261312, 30, 4000
DEV10_PARTS = {"indosum-dev.jsonl": "export", "berita-2015-08-25.csv": "export",
               "detik-2025.csv": "export", "html": "page"}


def draw_dev10() -> list[dict]:
    """The dev10 set: 30 full articles with at least three quote marks or cue words, drawn
    uniformly from all full-article parts pooled, none that a labels or fixture file then
    present used; split "dev10". Reads the drafts only, as --third does."""
    return _draw_uniform(DEV10_SEED, DEV10_SIZE, "dev10")


def _draw_uniform(seed: int, size: int, split: str) -> list[dict]:
    """`size` full articles of at most DEV10_MAX_BODY characters with at least three quote marks
    or cue words, drawn uniformly from DEV10_PARTS pooled, none that the labels or fixture files
    pinned for `split` used."""
    used = used_by_files(list(DRAWN_APART_FROM[f"statements-{split}"]))
    pool = []
    for part, kind in DEV10_PARTS.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        pool += [(part, n, f, d, kind) for n, (f, d) in enumerate(drafts)
                 if ids[article_id(d)] == 1 and not {article_id(d), d.record_id} & used
                 and len(d.body) <= DEV10_MAX_BODY and _said_count(d.body) >= DEV4_MIN_CUES]
    chosen = random.Random(seed).sample(pool, size)
    order = list(DEV10_PARTS)
    chosen.sort(key=lambda c: (order.index(c[0]), c[1]))
    return [{"file": f, "id": article_id(d), "record": d.record_id, "source_kind": kind,
             "split": split} for _, _, f, d, kind in chosen]


DEV11_SEED, DEV11_SIZE = 20261313, 25


def draw_dev11() -> list[dict]:
    """The dev11 set: drawn as dev10 (ordinary news) with its own seed, 25 articles, apart from
    the files present when it was drawn (dev10 included); split "dev11"."""
    return _draw_uniform(DEV11_SEED, DEV11_SIZE, "dev11")


DEV12_SEED, DEV12_SIZE = 20261414, 28


def draw_dev12() -> list[dict]:
    """The dev12 set: drawn as dev10 (ordinary news) with its own seed, 28 articles, apart from
    the files present when it was drawn (dev11 included); split "dev12"."""
    return _draw_uniform(DEV12_SEED, DEV12_SIZE, "dev12")


DEV13_SEED, DEV13_SIZE = 20261515, 30


def draw_dev13() -> list[dict]:
    """The dev13 set: drawn as dev10 (ordinary news) with its own seed, 30 articles, apart from
    the files present when it was drawn (dev12 included); split "dev13"."""
    return _draw_uniform(DEV13_SEED, DEV13_SIZE, "dev13")


DEV14_SEED, DEV14_SIZE = 20261616, 25


def draw_dev14() -> list[dict]:
    """The dev14 set: drawn as dev10 (ordinary news) with its own seed, 25 articles, apart from
    the files present when it was drawn (dev13 included); split "dev14"."""
    return _draw_uniform(DEV14_SEED, DEV14_SIZE, "dev14")


DEV15_SEED, DEV15_SIZE = 20261717, 25


def draw_dev15() -> list[dict]:
    """The dev15 set: drawn as dev10 (ordinary news) with its own seed, 25 articles, apart from
    the files present when it was drawn (dev14 included); split "dev15"."""
    return _draw_uniform(DEV15_SEED, DEV15_SIZE, "dev15")


DEV16_SEED = 20261818
DEV16_QUOTAS = {  # the third set's proportions (22/10/8 of 40), for 25 articles
    "indosum-dev.jsonl": ("export", 14),
    "berita-2015-08-25.csv": ("export", 6),
    "detik-2025.csv": ("export", 5),
}


def draw_dev16() -> list[dict]:
    """The dev16 set: drawn as the third held-out set and dev7 are (several capitalised names
    near cues), with its own seed and quotas, apart from the files present when it was drawn
    (dev15 included); split "dev16". Reads the drafts only, as --third does."""
    shortest, longest = THIRD_BODY

    def wanted(kind: str, body: str, cues: int) -> bool:
        return (cues >= THIRD_MIN_CUES and shortest <= len(body) <= longest
                and names_near_cues(body) >= THIRD_MIN_SPEAKERS)

    drawn = _draw_heldout(DEV16_SEED, DEV16_QUOTAS, list(DRAWN_APART_FROM["statements-dev16"]),
                          wanted)
    return [{**entry, "split": "dev16"} for entry in drawn]


DEV17_SEED = 20261919


def draw_dev17() -> list[dict]:
    """The dev17 set: drawn as dev16 (several capitalised names near cues) with dev7's quotas for
    30 and its own seed, apart from the files present when it was drawn; split "dev17"."""
    shortest, longest = THIRD_BODY

    def wanted(kind: str, body: str, cues: int) -> bool:
        return (cues >= THIRD_MIN_CUES and shortest <= len(body) <= longest
                and names_near_cues(body) >= THIRD_MIN_SPEAKERS)

    drawn = _draw_heldout(DEV17_SEED, DEV7_QUOTAS, list(DRAWN_APART_FROM["statements-dev17"]),
                          wanted)
    return [{**entry, "split": "dev17"} for entry in drawn]


def draw_sample() -> list[dict]:
    rng = random.Random(SEED)
    sample = []
    for part, (kind, quota) in QUOTAS.items():
        drafts = corpus_drafts(part)
        ids = Counter(article_id(d) for _, d in drafts)
        eligible = [(n, f, d) for n, (f, d) in enumerate(drafts)
                    if ids[article_id(d)] == 1 and make_article(d).body.strip()]
        chosen = sorted(rng.sample(eligible, min(quota, len(eligible))), key=lambda c: c[0])
        sample += [{"file": f, "id": article_id(d), "record": d.record_id, "source_kind": kind}
                   for _, f, d in chosen]
    # split at random within each kind of source, so that both halves have some of every kind
    order = list(range(len(sample)))
    rng.shuffle(order)
    order.sort(key=lambda n: list(QUOTAS.values()).index(
        next(v for v in QUOTAS.values() if v[0] == sample[n]["source_kind"])))
    for place, n in enumerate(order):
        sample[n]["split"] = ("dev", "heldout")[place % 2]
    return sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", action="store_true",
                        help="print each sampled article's id and the body Kabar stores")
    parser.add_argument("--dev3", action="store_true",
                        help="draw the dev3 set (seed 20261218, no article of another labels file)")
    parser.add_argument("--dev4", action="store_true",
                        help="draw the dev4 set (seed 20261219, 30 articles where people speak)")
    parser.add_argument("--dev5", action="store_true",
                        help="draw the dev5 set (seed 20261220, 30 articles where people speak)")
    parser.add_argument("--dev6", action="store_true",
                        help="draw the dev6 set (seed 20261221, 30 articles where people speak)")
    parser.add_argument("--second", action="store_true",
                        help="draw the second held-out set (seed 20270301, 35 articles where "
                             "people speak, none any labels file uses)")
    parser.add_argument("--third", action="store_true",
                        help="draw the third held-out set (seed 20270501, 40 articles where "
                             "several people speak, none any labels file uses)")
    parser.add_argument("--dev7", action="store_true",
                        help="draw the dev7 set (seed 20271707, 30 articles where several people "
                             "speak, none any labels file uses)")
    parser.add_argument("--dev8", action="store_true",
                        help="draw the dev8 set (seed 20261223, 30 articles weighted to reported "
                             "speech, none any labels file then present used)")
    parser.add_argument("--dev9", action="store_true",
                        help="draw the dev9 set (seed 20261311, 30 articles where two or more "
                             "named people speak, none any labels file then present used)")
    parser.add_argument("--dev10", action="store_true",
                        help="draw the dev10 set (seed 20261312, 30 full articles drawn "
                             "uniformly, none any labels file then present used)")
    parser.add_argument("--dev11", action="store_true",
                        help="draw the dev11 set (seed 20261313, 25 full articles drawn "
                             "uniformly as dev10, none any labels file then present used)")
    parser.add_argument("--dev12", action="store_true",
                        help="draw the dev12 set (seed 20261414, 28 full articles drawn "
                             "uniformly as dev10, none any labels file then present used)")
    parser.add_argument("--dev13", action="store_true",
                        help="draw the dev13 set (seed 20261515, 30 full articles drawn "
                             "uniformly as dev10, none any labels file then present used)")
    parser.add_argument("--dev14", action="store_true",
                        help="draw the dev14 set (seed 20261616, 25 full articles drawn "
                             "uniformly as dev10, none any labels file then present used)")
    parser.add_argument("--dev15", action="store_true",
                        help="draw the dev15 set (seed 20261717, 25 full articles drawn "
                             "uniformly as dev10, none any labels file then present used)")
    parser.add_argument("--dev16", action="store_true",
                        help="draw the dev16 set (seed 20261818, 25 articles where several people "
                             "speak, drawn as --third and --dev7)")
    parser.add_argument("--dev17", action="store_true",
                        help="draw the dev17 set (seed 20261919, 30 articles where several people "
                             "speak, drawn as --dev16)")
    args = parser.parse_args()
    draw = (draw_dev17 if args.dev17 else draw_dev16 if args.dev16
            else draw_dev15 if args.dev15 else draw_dev14 if args.dev14
            else draw_dev13 if args.dev13
            else draw_dev12 if args.dev12 else draw_dev11 if args.dev11
            else draw_dev10 if args.dev10 else draw_dev9 if args.dev9
            else draw_dev8 if args.dev8 else draw_dev7 if args.dev7
            else draw_third if args.third else draw_second if args.second
            else draw_dev6 if args.dev6 else draw_dev5 if args.dev5
            else draw_dev4 if args.dev4 else draw_dev3 if args.dev3 else draw_sample)
    sample = draw()
    if not args.texts:
        print(json.dumps(sample, ensure_ascii=False, indent=1))
        return
    by_record = {(f, d.record_id): d for part in QUOTAS for f, d in corpus_drafts(part)}
    for number, entry in enumerate(sample, 1):
        draft = by_record[(entry["file"], entry["record"])]
        # the held-out sets' labellers never runs the extractors: its draft's body is what is stored
        drafts_only = (args.second or args.third or args.dev7 or args.dev8 or args.dev9
                       or args.dev10 or args.dev11 or args.dev12 or args.dev13 or args.dev14
                       or args.dev15 or args.dev16 or args.dev17)
        article = draft if drafts_only else make_article(draft)
        print(f"=== {number} {entry['file']} {entry['id']} [{entry['split']}]")
        print(f"TITLE: {article.title}\n")
        print(article.body, end="\n\n")


if __name__ == "__main__":
    main()

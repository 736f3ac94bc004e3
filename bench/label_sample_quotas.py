"""The seed and quotas of each draw of bench/make_label_sample.py (the frozen facet sets' and the
officials' and regions' dev sets'), kept apart from the drawing code; bench/labels/draws.md says
which round drew which set."""

from bench.label_draws import DRAWN_APART_FROM

SEED = 20261206
QUOTAS = {  # file or folder in the corpus -> articles drawn
    "detik-2025.csv": 30,
    "berita-2015-08-25.csv": 30,
    "indosum-dev.jsonl": 35,
    "antara-rss-2026.json": 45,
    "html": 8,
    "seed": 1,
}
DEV_QUOTAS = {
    "detik-2025.csv": 7,
    "berita-2015-08-25.csv": 7,
    "indosum-dev.jsonl": 7,
    "antara-rss-2026.json": 9,
}
DEV2_SEED = 20261207
DEV3_SEED = 20261208  # the officials dev3 set (round 2): the same quotas as dev2
DEV4_SEED = 20261209  # the officials dev4 set (round 3): the same quotas as dev2
DEV5_SEED = 20261210  # the officials dev5 set (round 4): the same quotas, DRAWN_APART_FROM
DEV6_SEED = 20261211  # the officials dev6 set (round 5): 20 feed items + 20 full articles
DEV6_QUOTAS = {
    "detik-2025.csv": 7,
    "berita-2015-08-25.csv": 6,
    "indosum-dev.jsonl": 7,
    "antara-rss-2026.json": 20,
}
DEV2_QUOTAS = {
    "detik-2025.csv": 6,
    "berita-2015-08-25.csv": 6,
    "indosum-dev.jsonl": 8,
    "antara-rss-2026.json": 10,
}
REGIONS_DEV2_SEED = 20261225  # the regions dev2 set (issue 15, round 3)
REGIONS_DEV2_QUOTAS = {  # part -> (articles, of them uniform); the rest name a region's office
    "detik-2025.csv": (8, 2),
    "berita-2015-08-25.csv": (8, 2),
    "indosum-dev.jsonl": (8, 2),
    "antara-rss-2026.json": (12, 3),
    "html": (4, 3),  # only one unused page names a region's office
}
REGIONS_DEV3_SEED = 20261231  # the regions dev3 set (issue 15, round 4)
REGIONS_DEV3_QUOTAS = {  # part -> (articles, of them uniform); the rest name a region or office
    "detik-2025.csv": (9, 2),
    "berita-2015-08-25.csv": (9, 2),
    "indosum-dev.jsonl": (9, 2),
    "antara-rss-2026.json": (11, 3),
    "html": (2, 2),
}
REGIONS_DEV4_SEED = 20270104  # the regions dev4 set (issue 15, round 5)
REGIONS_DEV4_QUOTAS = {  # part -> (articles, of them uniform); the rest name several regions
    "detik-2025.csv": (9, 4),
    "berita-2015-08-25.csv": (9, 4),
    "indosum-dev.jsonl": (9, 4),
    "antara-rss-2026.json": (13, 8),
}
REGIONS_DEV5_SEED = 20270110  # the regions dev5 set (issue 15, round 7)
REGIONS_DEV5_QUOTAS = {  # part -> (articles, of them uniform); the rest name two provinces or more
    "detik-2025.csv": (8, 4),
    "berita-2015-08-25.csv": (8, 4),
    "indosum-dev.jsonl": (8, 4),
    "antara-rss-2026.json": (12, 6),
}
REGIONS_DEV6_SEED = 20270111  # the regions dev6 set (issue 15, round 7), drawn after dev5
REGIONS_DEV6_QUOTAS = {  # part -> (articles, of them uniform); the rest name an office
    "detik-2025.csv": (8, 4),
    "berita-2015-08-25.csv": (8, 4),
    "indosum-dev.jsonl": (8, 4),
    "antara-rss-2026.json": (14, 7),
}
REGIONS_DEV7_SEED = 20270207  # the regions dev7 set (issue 15, round 8): feed items, national
REGIONS_DEV7_QUOTAS = {  # part -> (articles, of them uniform); the rest are national stories
    "antara-rss-2026.json": (30, 15),
    "detik-2025.csv": (4, 0),
    "berita-2015-08-25.csv": (4, 0),
    "indosum-dev.jsonl": (4, 0),
}
REGIONS_DEV8_SEED = 20270301  # the regions dev8 set (issue 15, round 9): full articles
REGIONS_DEV8_QUOTAS = {  # part -> (articles, of them naming a kabupaten/kota or a place below it);
    "detik-2025.csv": (13, 9),  # the rest are national stories (_national). No saved page is
    "berita-2015-08-25.csv": (13, 9),  # left that no labels file uses.
    "indosum-dev.jsonl": (14, 10),
}
REGIONS_DEV9_SEED = 20270311  # the regions dev9 set (issue 15, round 10)
REGIONS_DEV9_QUOTAS = {  # part -> (articles, uniform, naming an office); the rest are national
    "antara-rss-2026.json": (14, 6, 4),
    "indosum-dev.jsonl": (10, 4, 3),
    "detik-2025.csv": (8, 4, 2),
    "berita-2015-08-25.csv": (8, 4, 2),
}
REGIONS_DEV10_SEED = 20270321  # the regions dev10 set (issue 15, round 11): regional stories
REGIONS_DEV10_QUOTAS = {  # part -> (articles, of them uniform); the rest name a kabupaten/kota,
    "antara-rss-2026.json": (14, 4),  # its government or a place below it, or a town's dateline
    "indosum-dev.jsonl": (9, 3),
    "detik-2025.csv": (9, 3),
    "berita-2015-08-25.csv": (8, 2),
    "html": (2, 1),  # any saved page no labels file names (none is left)
}
REGIONS_DEV11_SEED = 20270331  # the regions dev11 set (issue 15, round 12): as the frozen sets
REGIONS_DEV11_QUOTAS = {  # part -> (articles, of them uniform); the rest name an office, as the
    "antara-rss-2026.json": (12, 6),  # first two frozen facet sets were drawn; no weighting to
    "indosum-dev.jsonl": (10, 5),  # regional stories. About the frozen sets' pooled proportions.
    "detik-2025.csv": (9, 5),
    "berita-2015-08-25.csv": (9, 4),
    "html": (1, 1),  # any saved page no labels file names (none is left)
}
REGIONS_DEV12_SEED = 20270341  # the regions dev12 set (issue 15, round 13): dev11's quotas
REGIONS_DEV13_SEED = 20270351  # the regions dev13 set (issue 15, round 15): kabupaten/kota weighted
REGIONS_DEV13_QUOTAS = {  # part -> (articles, of them uniform); the rest name a kabupaten/kota or
    "antara-rss-2026.json": (12, 6),  # its government (LOCAL, the third frozen set's regional
    "indosum-dev.jsonl": (11, 5),  # half): dev12 labelled 9 kabupaten/kota in 40, too few to
    "detik-2025.csv": (11, 5),  # measure by.
    "berita-2015-08-25.csv": (10, 4),
    "html": (1, 1),  # any saved page no labels file names (none is left)
}
REGIONS_DEV14_SEED = 20270361  # the regions dev14 set (round 16): mostly LOCAL, 20+ kabupaten/kota
REGIONS_DEV14_QUOTAS = {"antara-rss-2026.json": (6, 1), "indosum-dev.jsonl": (5, 1),
                        "detik-2025.csv": (5, 1), "berita-2015-08-25.csv": (5, 1)}
REGIONS_DEV15_SEED = 20270371  # the regions dev15 set (round 17): a kabupaten/kota named outright
REGIONS_DEV15_QUOTAS = {"antara-rss-2026.json": (8, 2), "indosum-dev.jsonl": (8, 2),
                        "detik-2025.csv": (7, 1), "berita-2015-08-25.csv": (7, 1)}
REGIONS_DEV16_SEED = 20270381  # the regions dev16 set (round 17b): ANTARA feed items only, half
REGIONS_DEV16_QUOTAS = {"antara-rss-2026.json": (40, 20)}  # naming a kabupaten/kota or below
REGIONS_DEV17_SEED = 20270391  # the regions dev17 set (round 18): as the pooled frozen facet sets
REGIONS_DEV17_QUOTAS = {  # part -> (uniform, naming an office, naming a kabupaten/kota or its
    "antara-rss-2026.json": (6, 5, 0, 0),  # government, the rest): the 279 frozen articles'
    "indosum-dev.jsonl": (4, 3, 2, 2),  # per-part strata scaled to 40 (bench.draw_as_frozen);
    "detik-2025.csv": (3, 3, 2, 1),  # the saved pages' share goes to the exports (none is
    "berita-2015-08-25.csv": (3, 3, 1, 2),  # left that no labels file names).
}
SECOND_SEED = 20270201  # the second frozen facet set (issue 15, round 6)
SECOND_QUOTAS = {  # part -> (articles, of them uniform); the rest name an office
    "antara-rss-2026.json": (30, 15),
    "indosum-dev.jsonl": (14, 7),
    "detik-2025.csv": (12, 6),
    "berita-2015-08-25.csv": (12, 6),
    "html": (2, 2),  # the only two saved pages no label file but html_labels.json uses
}
# The label and fixture files there when the second frozen set was drawn: it leaves out every
# article they name by id, record id or title, and no file added later changes it.
# html_labels.json (every saved page's headline, date and boundaries, no facet) is not among them,
# so that saved pages no facet label uses can be drawn, as in the first set.
SECOND_LEAVES_OUT = (
    *(path for path in DRAWN_APART_FROM["regions-dev4"] if not path.endswith("/html_labels.json")),
    "bench/labels/known-items-dev3-2026-12-06.json", "bench/labels/officials-dev6-2026-12-06.json",
    "bench/labels/ranking-dev2-2026-12-06.json", "bench/labels/ranking-dev2-needs-2026-12-06.json",
    "bench/labels/regions-dev4-2026-12-06.json", "bench/labels/statements-dev6-2026-12-06.json",
)
THIRD_SEED = 20270401  # the third frozen facet set (issue 15, round 7): full articles only
THIRD_QUOTAS = {  # part -> (articles, of them naming no region's government); about the first
    "indosum-dev.jsonl": (22, 11),  # set's full-article proportions (35 : 30 : 30)
    "detik-2025.csv": (19, 9),
    "berita-2015-08-25.csv": (19, 10),
}
OFFICIALS_DEV7_SEED = 20270307  # the officials dev7 set (issue 15, round 9)
OFFICIALS_DEV7_QUOTAS = {  # part -> (articles, of them uniform); the rest name an office
    "antara-rss-2026.json": (14, 5),
    "indosum-dev.jsonl": (9, 4),
    "detik-2025.csv": (9, 3),
    "berita-2015-08-25.csv": (8, 3),
}
OFFICIALS_DEV8_SEED = 20270501  # the officials dev8 set (issue 15, round 10)
OFFICIALS_DEV8_QUOTAS = {  # part -> (articles, of them uniform); the rest name an office
    "antara-rss-2026.json": (14, 5),
    "indosum-dev.jsonl": (9, 3),
    "detik-2025.csv": (9, 4),
    "berita-2015-08-25.csv": (8, 3),
    "html": (2, 1),  # any saved page no labels file names (none is left)
}
OFFICIALS_DEV9_SEED = 20270611  # the officials dev9 set (issue 15, round 11): dev8's quotas
OFFICIALS_DEV10_SEED = 20270713  # the officials dev10 set (issue 15, round 13): full articles
OFFICIALS_DEV11_SEED = 20270807  # the officials dev11 set (issue 15, round 14): as the first set
OFFICIALS_DEV11_QUOTAS = {  # the first frozen set's parts, order and proportions scaled to 40
    "detik-2025.csv": (9, 5), "berita-2015-08-25.csv": (8, 4), "indosum-dev.jsonl": (10, 5),
    "antara-rss-2026.json": (13, 7), "html": (2, 1),  # no saved page is left (html_labels.json)
}
OFFICIALS_DEV12_SEED = 20270915  # the officials dev12 set (issue 15, round 15): dev11's quotas
OFFICIALS_DEV13_SEED = 20271021  # the officials dev13 set (issue 15, round 16): dev11's, to 20
OFFICIALS_DEV13_QUOTAS = {"detik-2025.csv": (4, 2), "berita-2015-08-25.csv": (4, 2),
                          "indosum-dev.jsonl": (5, 3), "antara-rss-2026.json": (7, 3)}
OFFICIALS_DEV14_SEED = 20271117  # the officials dev14 set (issue 15, round 17): dev13's quotas
OFFICIALS_DEV15_SEED = 20271207  # the officials dev15 set (issue 15, round 17b): dev11's quotas
OFFICIALS_DEV16_SEED = 20271208  # the officials dev16 set (issue 15, round 18): dev11's quotas
OFFICIALS_DEV17_SEED = 20271218  # the officials dev17 set (issue 15, round 18b): full articles
OFFICIALS_DEV17_QUOTAS = {  # dev16's full-article parts (9, 8, 10) scaled to 40
    "detik-2025.csv": (13, 7), "berita-2015-08-25.csv": (12, 6), "indosum-dev.jsonl": (15, 7),
}

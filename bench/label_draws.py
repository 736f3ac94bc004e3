"""The label files each draw of `bench.make_label_sample` that reads "every labels file" left out,
pinned as they were when it was drawn (the files under bench/labels/ and tests/fixtures/ on its
branch just before its own was added): a label file added since changes nothing a flag draws.
The draws came in this order, each reading the files the one before it read plus those added
in between; a new draw of that kind adds its own line (`git ls-tree` of its parent commit)."""

_ADDED_BEFORE: tuple[tuple[str, tuple[str, ...]], ...] = (  # (flag, files added before it)
    ("dev", (
        "bench/labels/facets-2026-12-06.json",
        "bench/labels/government-2026-12-06.json",
        "bench/labels/officials-dev-2026-12-06.json",
        "bench/labels/statements-2026-12-06.json",
        "bench/labels/statements-dev2-2026-12-06.json",
        "tests/fixtures/demo_labels.json",
        "tests/fixtures/html_labels.json",
        "tests/fixtures/officials_heldout.json",
        "tests/fixtures/officials_labels.json",
        "tests/fixtures/regions_labels.json",
    )),
    ("dev2", ()),
    ("dev3", (
        "bench/labels/officials-dev2-2026-12-06.json",
        "bench/labels/regions-dev-2026-12-06.json",
        "bench/labels/statements-dev3-2026-12-06.json",
    )),
    ("dev4", (
        "bench/labels/officials-dev3-2026-12-06.json",
    )),
    ("regions-dev2", ()),
    ("regions-dev3", (
        "bench/labels/known-items-dev-2026-12-06.json",
        "bench/labels/officials-dev4-2026-12-06.json",
        "bench/labels/ranking-dev-2026-12-06.json",
        "bench/labels/ranking-dev-needs-2026-12-06.json",
        "bench/labels/regions-dev2-2026-12-06.json",
        "bench/labels/statements-dev4-2026-12-06.json",
    )),
    ("dev5", ()),
    ("dev6", (
        "bench/labels/known-items-dev2-2026-12-06.json",
        "bench/labels/officials-dev5-2026-12-06.json",
        "bench/labels/regions-dev3-2026-12-06.json",
        "bench/labels/statements-dev5-2026-12-06.json",
    )),
    ("regions-dev4", ()),  # the same files as dev6's
    ("regions-dev5", (
        "bench/labels/facets-2nd-2026-12-06.json",
        "bench/labels/known-items-dev3-2026-12-06.json",
        "bench/labels/known-items-dev4-2026-12-06.json",
        "bench/labels/officials-dev6-2026-12-06.json",
        "bench/labels/ranking-dev2-2026-12-06.json",
        "bench/labels/ranking-dev2-needs-2026-12-06.json",
        "bench/labels/regions-dev4-2026-12-06.json",
        "bench/labels/statements-2nd-2026-12-06.json",
        "bench/labels/statements-dev6-2026-12-06.json",
    )),
    ("third", ()),  # the third frozen facet set: the same files as regions-dev5's
    ("regions-dev6", (
        "bench/labels/regions-dev5-2026-12-06.json",
    )),
    ("regions-dev7", (
        "bench/labels/facets-3rd-2026-12-06.json",
        "bench/labels/known-items-dev5-2026-12-06.json",
        "bench/labels/regions-dev6-2026-12-06.json",
    )),
    ("regions-dev8", (
        "bench/labels/known-items-dev6-2026-12-07.json",
        "bench/labels/regions-dev7-2026-12-07.json",
        "bench/labels/statements-3rd-2026-12-07.json",
    )),
    # bench.make_statement_sample --dev7 (statements, issue 17 round 10)
    ("statements-dev7", (
        "bench/labels/agreement-2026-12-07/facets-3rd-sample-2.json",
        "bench/labels/agreement-2026-12-07/facets-3rd-sample.json",
        "bench/labels/agreement-2026-12-07/statements-3rd-sample-2.json",
        "bench/labels/agreement-2026-12-07/statements-3rd-sample.json",
    )),
    ("officials-dev7", ()),  # the same files as statements-dev7's
    ("statements-dev8", ()),  # make_statement_sample --dev8: the same files (dev7 not yet there)
    # bench.make_statement_sample --dev9 (statements, issue 17 round 11: several speakers)
    ("statements-dev9", (
        "bench/labels/officials-dev7-2026-12-07.json",
        "bench/labels/ranking-dev3-2026-12-07.json",
        "bench/labels/ranking-dev3-needs-2026-12-07.json",
        "bench/labels/regions-dev8-2026-12-07.json",
        "bench/labels/statements-dev7-2026-12-07.json",
        "bench/labels/statements-dev8-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev8 (issue 15, round 10): the same files as dev9's
    ("officials-dev8", ()),
    # bench.make_label_sample --regions-dev9 (regions, issue 15 round 10): the same files
    ("regions-dev9", ()),
    # bench.make_statement_sample --dev10 (statements, issue 17 round 12: ordinary news)
    ("statements-dev10", (
        "bench/labels/officials-dev8-2026-12-07.json",
        "bench/labels/regions-dev9-2026-12-07.json",
        "bench/labels/statements-dev9-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev9 (issue 15, round 11): the same files
    ("officials-dev9", ()),
    # bench.make_label_sample --regions-dev10 (regions, issue 15 round 11): the same files
    ("regions-dev10", ()),
    # bench.make_known_dev --dev7 (known items, issue 16 round 12): the same files
    ("known-dev7", ()),
    # bench.make_label_sample --officials-dev10 (issue 15, round 13: full articles)
    ("officials-dev10", (
        "bench/labels/known-items-dev7-2026-12-07.json",
        "bench/labels/officials-dev9-2026-12-07.json",
        "bench/labels/regions-dev10-2026-12-07.json",
        "bench/labels/statements-dev10-2026-12-07.json",
    )),
    # bench.make_statement_sample --dev11 (statements, issue 17 round 13): the same files
    ("statements-dev11", ()),
    # bench.make_label_sample --regions-dev11 (regions, issue 15 round 12): the same files
    ("regions-dev11", ()),
    # bench.make_label_sample --officials-dev11 (issue 15, round 14: as the first frozen set)
    ("officials-dev11", (
        "bench/labels/officials-dev10-2026-12-07.json",
        "bench/labels/ranking-dev4-2026-12-07.json",
        "bench/labels/ranking-dev4-needs-2026-12-07.json",
        "bench/labels/regions-dev11-2026-12-07.json",
        "bench/labels/statements-dev11-2026-12-07.json",
    )),
    # bench.make_known_dev --dev8 (known items, issue 16 round 14): the same files
    ("known-dev8", ()),
    # bench.make_statement_sample --dev12 (statements, issue 17 round 15: ordinary news): the same
    # files
    ("statements-dev12", ()),
    # bench.make_label_sample --regions-dev12 (regions, issue 15 round 13): the same files
    ("regions-dev12", ()),
    # bench.make_label_sample --regions-dev13 (regions, issue 15 round 15)
    ("regions-dev13", (
        "bench/labels/known-items-dev8-2026-12-07.json",
        "bench/labels/officials-dev11-2026-12-07.json",
        "bench/labels/regions-dev12-2026-12-07.json",
        "bench/labels/statements-dev12-2026-12-07.json",
    )),
    # bench.make_statement_sample --dev13 (statements, issue 17 round 16: ordinary news): the same
    # files
    ("statements-dev13", ()),
    # bench.make_label_sample --officials-dev12 (issue 15, round 15: as --officials-dev11): the
    # same files
    ("officials-dev12", ()),
    # bench.make_known_dev --dev9 (known items, issue 16 round 16)
    ("known-dev9", (
        "bench/labels/officials-dev12-2026-12-07.json",
        "bench/labels/ranking-dev5-2026-12-07.json",
        "bench/labels/ranking-dev5-needs-2026-12-07.json",
        "bench/labels/regions-dev13-2026-12-07.json",
        "bench/labels/statements-dev13-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev13 (issue 15, round 16: as --officials-dev12, 20):
    # the same files
    ("officials-dev13", ()),
    # bench.make_statement_sample --dev14 (statements, issue 17 round 16: ordinary news): the
    # same files
    ("statements-dev14", ()),
    # bench.make_label_sample --regions-dev14 (regions, issue 15 round 16): the same files as
    # known-dev9's (both drawn from main 032f88b)
    ("regions-dev14", ()),
    # bench.make_statement_sample --dev15 (statements, issue 17 round 17: ordinary news): the
    # same files
    ("statements-dev15", ()),
    # bench.make_label_sample --regions-dev15 (regions, issue 15 round 17)
    ("regions-dev15", (
        "bench/labels/known-items-dev9-2026-12-07.json",
        "bench/labels/officials-dev13-2026-12-07.json",
        "bench/labels/regions-dev14-2026-12-07.json",
        "bench/labels/statements-dev14-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev14 (issue 15, round 17: as --officials-dev13, 20):
    # the same files as regions-dev15's (both drawn from main d3431e6)
    ("officials-dev14", ()),
    # bench.make_label_sample --regions-dev16 (regions, issue 15 round 17b: feed items)
    ("regions-dev16", (
        "bench/labels/officials-dev14-2026-12-07.json",
        "bench/labels/regions-dev15-2026-12-07.json",
        "bench/labels/statements-dev15-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev15 (issue 15, round 17b: as --officials-dev12, 40):
    # the same files as regions-dev16's (both drawn from main 2a2540f)
    ("officials-dev15", ()),
    # bench.make_statement_sample --dev16 (statements, issue 17 round 17b: several people speak,
    # drawn as --third and --dev7): the same files as regions-dev16's (drawn from main 2a2540f)
    ("statements-dev16", ()),
    # bench.draw_as_frozen --regions-dev17 (regions, issue 15 round 18: as the pooled frozen
    # facet sets), drawn from main 568dee5
    ("regions-dev17", (
        "bench/labels/officials-dev15-2026-12-07.json",
        "bench/labels/regions-dev16-2026-12-07.json",
        "bench/labels/statements-dev16-2026-12-07.json",
    )),
    # bench.make_label_sample --officials-dev16 (issue 15, round 18: as --officials-dev15, 40):
    # the same files as regions-dev17's (both drawn from main 568dee5)
    ("officials-dev16", ()),
    # bench.make_statement_sample --dev17 (statements, issue 17 round 18: several people speak,
    # drawn as --dev16): the same files as regions-dev17's (drawn from main 568dee5)
    ("statements-dev17", ()),
    # bench.draw_as_frozen --officials-dev17 (issue 15, round 18b: dev16's full-article parts,
    # 40), drawn from main f906a7b
    ("officials-dev17", (
        "bench/labels/officials-dev16-2026-12-08.json",
        "bench/labels/regions-dev17-2026-12-08.json",
    )),
)


def _cumulative() -> dict[str, tuple[str, ...]]:
    pinned, files = {}, ()
    for flag, added in _ADDED_BEFORE:
        files = (*files, *added)
        pinned[flag] = files
    return pinned


DRAWN_APART_FROM: dict[str, tuple[str, ...]] = _cumulative()

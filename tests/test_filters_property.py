"""Filters are contracts, on random searches over real articles (hypothesis).

Values come from the index's own articles (regions, officials, sources, dates, title words),
typed in the query or passed as parameters, with random words, sorts and pages; `kata:` with
words an article's speakers said, often with the speaker as `pejabat:`. Every hit, and
every copy under `also_in`, is checked by bench/filters.py's rules, which are written apart
from the engine's (they read the hit's fields, the gazetteer and the analyzer).
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.filters import Pools, Request, check, violations
from index.gazetteer import province_of
from search import open_index

FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MANY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MADE_UP = st.text(alphabet=string.ascii_lowercase, min_size=6, max_size=12).map(lambda s: "zq" + s)
SMALL = 400  # articles a set comparison reads at most
PAGED = 200  # articles read page by page, and exported
BAD_DATES = ["2025-13", "2025-02-30", "kemarin", "20251", "2025-1-1-1", "2026-01..2025-12",
             "2025-12-31..2025-12-01", "1..2"]


@pytest.fixture(scope="module")
def engine(corpus_index):
    return open_index(corpus_index)


@pytest.fixture(scope="module")
def pools(engine):
    return Pools(engine, articles=1500)


def every_id(engine, q: str = "", **filters) -> set[str]:
    """The ids of every article a search lists (copies under `also_in` included). Only for
    searches of a few hundred: folding copies takes a time that grows with the square."""
    total, hits = engine.export(q, rows=10_000, **filters)
    ids = {h["id"] for h in hits} | {c["id"] for h in hits for c in h["also_in"]}
    assert len(ids) == total
    return ids


@st.composite
def requests(draw, pools: Pools) -> Request:
    """A search with one to five filter values of any kind, typed or passed, and words."""
    request = Request(sort=draw(st.sampled_from(["relevance", "newest", "oldest"])),
                      page=draw(st.integers(1, 3)), limit=draw(st.sampled_from([5, 10, 50])))
    article = draw(st.sampled_from(pools.articles))  # most values from one article: hits
    own = {"region": article["provinces"] + article["regencies"],
           "official": [o["name"] for o in article["officials"]],
           "source": [article["source"]], "date": [article["published"] or "2025"]}
    anywhere = {"region": pools.regions + pools.aliases, "official": pools.officials,
                "source": pools.sources, "date": pools.days}
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["region", "region", "official", "source", "date",
                                     "title", "range", "said"]))
        if kind == "said":  # a word an article's speaker said, often with the speaker
            said = pools.said.get(article["id"]) or [(None, w) for w in pools.said_words]
            if said:
                official, word = draw(st.sampled_from(said))
                if official and draw(st.booleans()):
                    request.typed.append(("official", official, False))
                request.typed.append(("said", word, draw(st.integers(0, 9)) == 0))
            continue
        if kind == "title":
            request.title_words.append(draw(st.sampled_from(pools.words)))
            continue
        if kind == "range":
            first, last = sorted(draw(st.lists(st.sampled_from(pools.days), min_size=2,
                                               max_size=2)))
            request.date_from, request.date_to = draw(st.sampled_from(
                [(first, last), (first, None), (None, last)]))
            continue
        values = own[kind] if own[kind] and draw(st.booleans()) else anywhere[kind]
        value = draw(st.sampled_from(values))
        if kind == "date":
            value = value[:draw(st.sampled_from([4, 7, 10]))]
        elif kind != "region" and draw(st.integers(0, 4)) == 0:
            value = draw(st.sampled_from(re.findall(r"\w+", value)))  # a word of a name
        exclude = kind != "region" and draw(st.integers(0, 6)) == 0
        if kind == "region" and draw(st.integers(0, 6)) == 0:
            exclude = True
        if exclude or kind == "date" or draw(st.booleans()):
            request.typed.append((kind, value, exclude))
        else:
            getattr(request, kind).append(value)
    if draw(st.booleans()):
        title = [w for w in article["title"].lower().split() if w.isalpha() and len(w) > 3]
        words = draw(st.lists(st.sampled_from(title or pools.words), min_size=1, max_size=2))
        if draw(st.booleans()):  # a word from elsewhere: often relaxed
            words.append(draw(st.sampled_from(pools.words)))
        request.words = " ".join(words)
    return request


@MANY
@given(data=st.data())
def test_every_hit_of_a_random_filtered_search_meets_every_filter(engine, pools, data):
    request = data.draw(requests(pools))
    response, wrong = check(engine, request)
    assert not wrong, (request.query(), request.arguments(), wrong[:3])
    # the partial matches (best match) are listed after the `total` with all the words
    assert response["total"] + response["partial"] >= len(response["hits"])
    flags = [hit["partial"] for hit in response["hits"]]
    assert flags == sorted(flags)


@FEW
@given(data=st.data())
def test_every_page_and_the_export_of_a_filtered_search_meet_its_filters(engine, pools, data):
    request = data.draw(requests(pools))
    request.page, request.limit = 1, 100
    total, rows = engine.export(request.query(), **request.arguments(), sort=request.sort,
                                rows=PAGED)
    for row in rows:
        assert not violations(engine, request, row), (request.query(), row["id"])
    seen = 0
    while seen < min(total, PAGED):
        response, wrong = check(engine, request)
        assert not wrong, (request.query(), request.arguments(), request.page, wrong[:3])
        assert response["total"] == total
        if not response["hits"]:
            break
        seen += sum(1 + len(h["also_in"]) for h in response["hits"])
        request.page += 1


@MANY
@given(data=st.data(), value=MADE_UP)
def test_a_value_that_names_nothing_gives_no_hits_and_a_notice(engine, pools, data, value):
    kind = data.draw(st.sampled_from(["region", "official", "source", "date"]))
    if kind == "date":
        value = data.draw(st.sampled_from(BAD_DATES))
    words = data.draw(st.sampled_from(["", *pools.words[:200]]))
    exclude = data.draw(st.integers(0, 3)) == 0
    typed = exclude or kind == "date" or data.draw(st.booleans())
    request = Request(words=words)
    if typed:
        request.typed.append((kind, value, exclude))
    else:
        getattr(request, kind).append(value)
    response = engine.search(request.query(), **request.arguments())
    assert response["total"] == 0 and response["hits"] == [], request.query()
    assert any(value in notice for notice in response["notices"]), response["notices"]
    assert not any(f["known"] for f in response["filters"] if f["value"] == value)


@FEW
@given(data=st.data())
def test_a_kabupaten_inside_a_chosen_province_narrows_it_typed_or_passed(engine, pools, data):
    province, regency = data.draw(st.sampled_from(pools.nested))
    assume(engine.search(region=[regency], limit=1)["total"] <= SMALL)
    alone = every_id(engine, region=[regency])
    assert every_id(engine, region=[province, regency]) == alone
    assert every_id(engine, f'wilayah:"{province}" wilayah:"{regency}"') == alone
    assert every_id(engine, f'wilayah:"{regency}"', region=[province]) == alone
    response = engine.search(region=[province, regency])
    counts = {f["value"]: f["count"] for f in response["facets"]["regency"]}
    assert counts[regency] == response["total"] == len(alone)
    chip = next(f for f in response["filters"] if f["value"] == regency)
    assert chip["within"] == [province]


@FEW
@given(data=st.data())
def test_a_kabupaten_outside_the_chosen_provinces_is_one_more_choice(engine, pools, data):
    province = data.draw(st.sampled_from(sorted({p for p, _ in pools.nested})))
    regency = data.draw(st.sampled_from([r for _, r in pools.nested
                                         if province_of(r) != province]))
    assume(engine.search(region=[province, regency], limit=1)["total"] <= SMALL)
    either = every_id(engine, region=[province, regency])
    assert either == every_id(engine, region=[province]) | every_id(engine, region=[regency])


@FEW
@given(data=st.data())
def test_a_typed_filter_is_its_parameter(engine, pools, data):
    kind = data.draw(st.sampled_from(["region", "official", "source"]))
    value = data.draw(st.sampled_from({"region": pools.regions, "official": pools.officials,
                                       "source": pools.sources}[kind]))
    field = {"region": "wilayah", "official": "pejabat", "source": "sumber"}[kind]
    assume(engine.search(**{kind: [value]}, limit=1)["total"] <= SMALL)
    typed = every_id(engine, f'{field}:"{value}"')
    assert typed and typed == every_id(engine, **{kind: [value]})
    response = engine.search(**{kind: [value]})
    facet = {"region": "regency" if value.startswith(("Kabupaten", "Kota")) else "province",
             "official": "official", "source": "source"}[kind]
    counts = {f["value"]: f["count"] for f in response["facets"][facet]}
    assert counts.get(value, len(typed)) == len(typed)  # the facet counts what the hits are


def test_an_excluded_long_form_is_its_words_together_as_the_engine_matches_it():
    from bench.filters import _has_terms

    text = "pemulihan layanan pendidikan di Pulau Sumatera bagian utara"
    assert _has_terms("sumut", text)  # its words, anywhere: enough for a wanted value
    assert not _has_terms("sumut", text, together=True)  # not the long form "Sumatera Utara"
    assert _has_terms("sumut", "banjir di Sumatera Utara", together=True)

"""Filters hold: random filtered searches on the whole corpus, every hit checked against them.

    python -m bench.filters [--searches 500] [--seed 15] [--fresh]

Indexes every file of ../shared/corpus once (kept in KABAR_BENCH_CACHE), then runs random
searches built from the index's own values: regions (official names and short forms, a
province with one of its kabupaten/kota), officials, sources, dates and title words, typed in
the query (`wilayah:`, `pejabat:`, `sumber:`, `tanggal:`, `judul:`, `kata:` with or without
the speaker as `pejabat:`, exclusions with `-`) or
passed as parameters, with random words and pages. Every hit, and every copy listed under
`also_in`, is checked against the filters by the rules below, written apart from the engine's;
a search with a value that names nothing known must give no hit from that filter and a notice.
Prints how many searches listed a hit outside their filters (must be 0) and the time taken.

The checks (``violations``) are also what tests/test_filters_property.py asserts.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import string
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.common import CACHE, CORPUS, median_p95

TYPED = {"region": "wilayah", "official": "pejabat", "source": "sumber", "date": "tanggal",
         "said": "kata"}
_MARK = re.compile(r"</?mark>")
_WORD = re.compile(r"\w+")


@dataclass
class Request:
    """A search with filters, as a user would make it: words, typed filters, parameters."""

    words: str = ""
    typed: list[tuple[str, str, bool]] = field(default_factory=list)  # (kind, value, exclude)
    title_words: list[str] = field(default_factory=list)  # judul:WORD
    region: list[str] = field(default_factory=list)
    official: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = 10
    unknown: list[str] = field(default_factory=list)  # values made up to name nothing

    def query(self) -> str:
        parts = [self.words] if self.words else []
        for kind, value, exclude in self.typed:
            written = value if kind == "date" or " " not in value else f'"{value}"'
            parts.append(f"{'-' if exclude else ''}{TYPED[kind]}:{written}")
        parts += [f"judul:{w}" for w in self.title_words]
        return " ".join(parts)

    def arguments(self) -> dict:
        return {"region": self.region, "official": self.official, "source": self.source,
                "date_from": self.date_from, "date_to": self.date_to}

    def values(self, kind: str, origin: str, exclude: bool = False) -> list[str]:
        """The values of one filter, typed in the query or passed as parameters (`origin`),
        the made-up ones left out."""
        if origin == "parameter":
            given = [] if exclude else {"region": self.region, "official": self.official,
                                        "source": self.source}.get(kind, [])
        else:
            given = [v for k, v, e in self.typed if k == kind and e == exclude]
        return [v for v in given if v not in self.unknown]

    def origins(self, kind: str) -> list[list[str]]:
        """The values of one filter typed, and those passed: two filters, ANDed."""
        return [v for v in (self.values(kind, "query"), self.values(kind, "parameter")) if v]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _names(value: str, names: list[str]) -> bool:
    """Whether one of `names` is the value, or has all its words."""
    return any(n == value or _words(value) <= _words(n) for n in names)


def _has_terms(value: str, text: str, together: bool = False) -> bool:
    """The value's analysed words (or those of one of its short or long forms) are in text;
    `together`: one after the other, as the engine matches a form of several words (so
    "Sumatera bagian utara" has the words of Sumut's long form, not the long form)."""
    from index.analysis.analyzer import analyze
    from search.synonyms import synonym_table

    have = analyze(text)
    key = " ".join(_WORD.findall(value.lower()))
    forms = [analyze(form) for form in {value, *synonym_table().get(key, ())}]
    if not any(forms):  # only stopwords: asks for nothing
        return True
    if not together:
        return any(form and set(form) <= set(have) for form in forms)
    return any(form and any(have[at:at + len(form)] == form for at in range(len(have)))
               for form in forms)


def _same_outlet(name: str, values: list[str]) -> bool:
    """Whether a source name and one of the values write one outlet (index/outlets.py)."""
    from index.outlets import match_keys

    keys = match_keys(name)
    return any(keys & match_keys(v) for v in values)


def _period(value: str) -> tuple[date, date]:
    from search.query import date_ends

    ends = date_ends(value)
    assert ends is not None, value
    return ends


def _region_rule(values: list[str]):
    """The regions' rule: a kabupaten/kota inside a chosen province narrows it to itself,
    the rest combine with OR."""
    from index.gazetteer import canonical_region, gazetteer

    regions = gazetteer().regions
    names = {canonical_region(v) for v in values} - {None}
    provinces = {n for n in names if regions[n].kind == "province"}
    regencies = names - provinces
    kept = {p for p in provinces if not any(regions[r].province == p for r in regencies)}

    def allowed(article: dict) -> bool:
        return bool(kept & set(article["provinces"]) or regencies & set(article["regencies"]))

    return allowed if names else None


def violations(engine, request: Request, article: dict) -> list[str]:
    """The filters of `request` that an article (hit fields, or engine.get's) does not meet."""
    from index.gazetteer import canonical_region

    broken = []
    title = html.unescape(_MARK.sub("", article["title"]))
    officials = [o["name"] for o in article["officials"]]
    people = " ".join(f"{o['name']} {o['role']}" for o in article["officials"])
    regions = set(article["provinces"]) | set(article["regencies"])
    for values in request.origins("region"):
        in_regions = _region_rule(values)
        if in_regions is not None and not in_regions(article):
            broken.append(f"region {values}: {sorted(regions)}")
    for value in request.values("region", "query", exclude=True):
        if canonical_region(value) in regions:
            broken.append(f"-region {value}: {sorted(regions)}")
    for wanted in request.origins("official"):
        if not any(_names(v, officials) or _has_terms(v, people) for v in wanted):
            broken.append(f"official {wanted}: {officials}")
    for value in request.values("official", "query", exclude=True):
        if value in officials:
            broken.append(f"-official {value}: {officials}")
    for wanted in request.origins("source"):
        if not _same_outlet(article["source"], wanted):
            broken.append(f"source {wanted}: {article['source']}")
    for value in request.values("source", "query", exclude=True):
        if _same_outlet(article["source"], [value]):
            broken.append(f"-source {value}")
    published = date.fromisoformat(article["published"]) if article["published"] else None
    spans = [_period(v) for v in request.values("date", "query")]
    if spans and not (published and any(a <= published <= b for a, b in spans)):
        broken.append(f"date {request.values('date', 'query')}: {published}")
    for start, end in (_period(v) for v in request.values("date", "query", exclude=True)):
        if published and start <= published <= end:
            broken.append(f"-date {start}..{end}: {published}")
    low, high = request.date_from, request.date_to
    if (low or high) and not (published and (not low or published >= date.fromisoformat(low))
                              and (not high or published <= date.fromisoformat(high))):
        broken.append(f"from/to {low}..{high}: {published}")
    for word in request.title_words:
        if not _has_terms(word, title):
            broken.append(f"judul:{word}: {title!r}")
    broken += _said_violations(engine, request, article)
    return broken


def _said_violations(engine, request: Request, article: dict) -> list[str]:
    """kata: wants a statement with the words; with typed pejabat:, a statement of one of
    those officials (by name or, for a role's words, by the role the article gives them)."""
    wanted = request.values("said", "query")
    excluded = request.values("said", "query", exclude=True)
    if not wanted and not excluded:
        return []
    stored = engine.get(article["id"])
    roles = {o["name"]: o["role"] for o in stored["officials"]}
    speakers = request.values("official", "query")

    def spoke(statement: dict) -> bool:
        name = statement["official"]
        return not speakers or (bool(name) and any(
            _names(v, [name]) or _has_terms(v, f"{name} {roles.get(name, '')}")
            for v in speakers))

    said = [s["text"] for s in stored["statements"] if spoke(s)]
    broken = []
    if wanted and not any(_has_terms(v, text) for v in wanted for text in said):
        broken.append(f"kata {wanted} (speakers {speakers}): {said[:3]}")
    for value in excluded:
        if any(_has_terms(value, text, together=True) for text in said):
            broken.append(f"-kata {value}")
    return broken


def check(engine, request: Request) -> tuple[dict, list[str]]:
    """Run the search; (its response, what is wrong with it)."""
    response = engine.search(request.query(), **request.arguments(), sort=request.sort,
                             page=request.page, limit=request.limit)
    wrong = []
    for hit in response["hits"]:
        wrong += [f"{hit['id']}: {v}" for v in violations(engine, request, hit)]
        for copy in hit["also_in"]:
            stored = engine.get(copy["id"])
            wrong += [f"{copy['id']} (also_in): {v}" for v in violations(engine, request, stored)]
    for value in request.unknown:
        if not any(value in notice for notice in response["notices"]):
            wrong.append(f"no notice names the unknown value {value!r}")
    for kind in ("region", "official", "source"):
        typed = [v for k, v, _ in request.typed if k == kind]
        for given in (typed, getattr(request, kind)):  # typed, and passed: two filters
            if given and set(given) <= set(request.unknown) and response["total"]:
                wrong.append(f"{response['total']} hits for {kind} values that name nothing")
    return response, wrong


class Pools:
    """Real values to draw from, read from the index's own articles."""

    def __init__(self, engine, articles: int = 1500, seed: int = 15) -> None:
        from index.gazetteer import region_aliases

        rng = random.Random(seed)
        # articles of every month, in pages of 100, three at most: deep pages are slow
        months = [m["value"] for m in engine.search("", limit=1)["facets"]["month"]]
        self.articles: list[dict] = []
        for page in (1, 2, 3):
            for month in rng.sample(months, len(months)):
                first, last = _period(month)
                self.articles += engine.search("", date_from=first, date_to=last, page=page,
                                               limit=100, sort=rng.choice(["newest", "oldest"])
                                               )["hits"]
                if len(self.articles) >= articles:
                    break
            if len(self.articles) >= articles:
                break
        self.regions = sorted({r for a in self.articles for r in a["provinces"] + a["regencies"]})
        self.nested = sorted({(p, r) for a in self.articles for r in a["regencies"]
                              for p in a["provinces"] if _province(r) == p})
        self.aliases = [alias for alias, _ in region_aliases()]
        self.officials = sorted({o["name"] for a in self.articles for o in a["officials"]})
        self.roles = sorted({w for a in self.articles for o in a["officials"]
                             for w in o["role"].split() if len(w) > 4 and w.isalpha()})
        self.sources = sorted({a["source"] for a in self.articles if a["source"]})
        self.days = sorted({a["published"] for a in self.articles if a["published"]})
        self.words = sorted({w.lower() for a in self.articles
                             for w in html.unescape(_MARK.sub("", a["title"])).split()
                             if len(w) > 3 and w.isalpha()})
        # id -> (the official who spoke or None, a word they said), for kata:
        self.said: dict[str, list[tuple[str | None, str]]] = {}
        for article in self.articles[:500]:
            for statement in engine.get(article["id"])["statements"]:
                words = [w.lower() for w in statement["text"].split()
                         if len(w) > 4 and w.isalpha()]
                if words:
                    self.said.setdefault(article["id"], []).append(
                        (statement["official"], rng.choice(words)))
        self.said_words = sorted({w for pairs in self.said.values() for _, w in pairs})


def _province(region: str) -> str | None:
    from index.gazetteer import province_of

    return province_of(region)


def made_up(rng: random.Random) -> str:
    """A value that names nothing: no region, official or source has this word."""
    return "zq" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))


def random_request(rng: random.Random, pools: Pools) -> Request:
    """One random search with one to four filters. Most values come from one article, so that
    many searches find something; the others from anywhere in the index."""
    request = Request(sort=rng.choice(["relevance", "newest", "oldest"]),
                      page=rng.choice([1, 1, 1, 2, 3]), limit=rng.choice([10, 10, 50]))
    anchor = rng.choice(pools.articles)
    roll, own = rng.random(), _title_words(anchor)
    if roll < 0.35 and own:
        request.words = " ".join(rng.sample(own, min(len(own), rng.choice([1, 1, 2]))))
    elif roll < 0.55 and own:  # words that seldom meet: the search is often relaxed
        request.words = f"{rng.choice(own)} {rng.choice(pools.words)} {rng.choice(own)}"
    elif roll < 0.65:
        request.words = rng.choice(pools.words)
    kinds = ["region", "region", "official", "source", "date", "range", "exclude", "title",
             "unknown", "said"]
    for kind in rng.sample(kinds, rng.choice([1, 1, 2, 2, 3, 4])):
        FILTERS[kind](rng, pools, request, anchor)
    return request


def _title_words(article: dict) -> list[str]:
    title = html.unescape(_MARK.sub("", article["title"]))
    return sorted({w.lower() for w in title.split() if len(w) > 3 and w.isalpha()})


def _put(rng: random.Random, request: Request, kind: str, value: str) -> None:
    """A value typed in the query or passed as a parameter, at random."""
    if kind != "date" and rng.random() < 0.5:
        getattr(request, kind).append(value)
    else:
        request.typed.append((kind, value, False))


def _pick(rng: random.Random, own: list[str], anywhere: list[str]) -> str:
    return rng.choice(own if own and rng.random() < 0.85 else anywhere)


def _region(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    roll = rng.random()
    nested = [(p, r) for p, r in pools.nested if r in anchor["regencies"]] or pools.nested
    if roll < 0.3:
        for name in rng.choice(nested):  # a province and one of its kabupaten/kota
            _put(rng, request, "region", name)
    elif roll < 0.4:
        _put(rng, request, "region", rng.choice(pools.aliases))
    else:
        _put(rng, request, "region",
             _pick(rng, anchor["provinces"] + anchor["regencies"], pools.regions))


def _official(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    if rng.random() < 0.15:  # a word of a role
        request.typed.append(("official", rng.choice(pools.roles).lower(), False))
        return
    name = _pick(rng, [o["name"] for o in anchor["officials"]], pools.officials)
    _put(rng, request, "official", name if rng.random() < 0.8 else rng.choice(_WORD.findall(name)))


def _source(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    source = _pick(rng, [anchor["source"]] if anchor["source"] else [], pools.sources)
    _put(rng, request, "source", source if rng.random() < 0.8 else _WORD.findall(source)[0])


def _date(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    day = _pick(rng, [anchor["published"]] if anchor["published"] else [], pools.days)
    span = "..".join(sorted([day[:7], rng.choice(pools.days)[:7]]))
    _put(rng, request, "date", rng.choice([day[:4], day[:7], day, span]))


def _range(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    first, last = sorted([_pick(rng, [anchor["published"]] if anchor["published"] else [],
                                pools.days), rng.choice(pools.days)])
    request.date_from, request.date_to = rng.choice([(first, last), (first, None),
                                                     (None, last)])


def _exclude(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    kind = rng.choice(["region", "official", "source", "date"])
    value = {"region": lambda: rng.choice(pools.regions),
             "official": lambda: rng.choice(pools.officials),
             "source": lambda: rng.choice(pools.sources),
             "date": lambda: rng.choice(pools.days)[:7]}[kind]()
    request.typed.append((kind, value, True))


def _said(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    """kata: a word a speaker of the article said, often with that speaker typed as pejabat:,
    sometimes a word from anywhere, sometimes excluded."""
    own = pools.said.get(anchor["id"], [])
    if own and rng.random() < 0.85:
        official, word = rng.choice(own)
        if official and rng.random() < 0.5:
            request.typed.append(("official", official, False))
    elif pools.said_words:
        word = rng.choice(pools.said_words)
    else:
        return
    request.typed.append(("said", word, rng.random() < 0.1))


def _title(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    request.title_words.append(_pick(rng, _title_words(anchor), pools.words))


def _unknown(rng: random.Random, pools: Pools, request: Request, anchor: dict) -> None:
    kind = rng.choice(["region", "official", "source"])
    value = made_up(rng)
    request.unknown.append(value)
    _put(rng, request, kind, value)


FILTERS = {"region": _region, "official": _official, "source": _source, "date": _date,
           "range": _range, "exclude": _exclude, "title": _title, "unknown": _unknown,
           "said": _said}


def whole_corpus_index(fresh: bool = False) -> Path:
    """An index of every file of ../shared/corpus (built once, kept in the bench cache)."""
    from index.errors import KabarIndexError
    from index.store.generations import usable_generation
    from index.store.writer import build

    folder = CACHE / "kabar-whole-corpus"
    if (folder / "CURRENT").exists() and not fresh:
        try:
            usable_generation(folder)
            return folder
        except KabarIndexError:
            pass
    sources = [CORPUS / name for name in ("detik-2025.csv", "berita-2015-08-25.csv",
                                           "indosum-dev.jsonl", "antara-rss-2026.json")]
    sources += sorted((CORPUS / "html").glob("*.html")) + sorted((CORPUS / "seed").iterdir())
    missing = [p for p in sources[:4] if not p.exists()]
    if missing:
        raise SystemExit(f"the shared corpus is missing: {missing[0]} (clone beside ../shared)")
    build([str(p) for p in sources], folder)
    return folder


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__,
                                      formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--searches", type=int, default=500)
    options.add_argument("--seed", type=int, default=15)
    options.add_argument("--fresh", action="store_true", help="rebuild the index")
    args = options.parse_args()

    from search import open_index

    engine = open_index(whole_corpus_index(args.fresh))
    pools = Pools(engine, seed=args.seed)
    rng = random.Random(args.seed)
    wrong_searches, found, with_hits, relaxed, unknown = 0, 0, 0, 0, 0
    filtered_ms, plain_ms = [], []
    examples: list[str] = []
    for _ in range(args.searches):
        request = random_request(rng, pools)
        response, wrong = check(engine, request)
        filtered_ms.append(response["took_ms"])
        if request.words:
            plain_ms.append(engine.search(request.words, sort=request.sort, page=request.page,
                                          limit=request.limit)["took_ms"])
        found += bool(response["total"])
        with_hits += bool(response["hits"])
        relaxed += response["relaxed"]
        unknown += bool(request.unknown)
        if wrong:
            wrong_searches += 1
            examples.append(f"{request.query()!r} {request.arguments()}: {wrong[0]}")
    print(f"whole corpus: {engine.stats()['articles']} articles; {args.searches} random "
          f"filtered searches (seed {args.seed})")
    print(f"  finding something: {found}, with hits on the page asked for: {with_hits}; "
          f"relaxed: {relaxed}; with a made-up value: {unknown}")
    print(f"  listing a hit outside their filters, or missing a notice: {wrong_searches}")
    for example in examples[:10]:
        print(f"    {example}")
    f_med, f_p95 = median_p95(filtered_ms)
    print(f"  engine time, filtered searches: {f_med:.1f} ms median, {f_p95:.1f} ms p95")
    if plain_ms:
        p_med, p_p95 = median_p95(plain_ms)
        print(f"  the same words without filters:  {p_med:.1f} ms median, {p_p95:.1f} ms p95")
    raise SystemExit(1 if wrong_searches else 0)


if __name__ == "__main__":
    main()

"""search/columns.py and search/evaluate.py read an index as Whoosh reads it.

A few hundred real articles are indexed (by the build, whose segments the bulk writer writes),
then some are updated and new ones added (by Whoosh's own writer): the old versions stay in
their segments as deleted documents. On that index and on a copy taken before the updates,
what Kabar reads (document numbers, weights, field lengths, dates, facet values, which
documents are alive) is compared with what Whoosh's own readers and matchers give, opened
separately (memory-mapped, not through index/store/pread_storage.py).

Scores: evaluate.py's BM25F is Whoosh's (the same ``bm25`` formula, K1 and B, term weights
that carry the title's boost, summed over the fields of a word and over the words of a query),
except for two statistics that it deliberately takes otherwise:

- idf counts live documents only (``log(live / (live df + 1)) + 1``); Whoosh counts deleted
  documents too, until a merge drops them;
- a field's average length is the mean of the live documents' lengths as stored (one byte each,
  the lengths every document is scored with); Whoosh divides the exact total length, deleted
  documents included, by the number of documents (1 to 4 % apart on this corpus).

So Kabar's scores are compared with Whoosh's own BM25F scoring of the same parsed query, run
by Whoosh's matchers, with those two statistics taken Kabar's way (``KabarStatisticsBM25F``),
computed from Whoosh's reader. On the index without deleted documents Whoosh's own idf is kept,
which must then agree too. Queries whose words have alternatives (Kalteng = Kalimantan
Tengah), where Kabar counts the best alternative and Whoosh adds them all up, and phrases,
which Whoosh scores by the phrase, are left out.
"""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.searching import Searcher
from whoosh.util.times import datetime_to_long

from index.store import writer
from index.store.generations import current_generation, open_for_search
from search.columns import CACHE, FACET_FIELDS, SCORED_FIELDS, Columns
from search.evaluate import FIELD_SCALE, Evaluator
from search.query import parse_query
from tests.conftest import corpus_file, write_csv

ARTICLES = 300
UPDATED = 40  # of the built articles, updated by the first add
ADDED = 60  # new articles in the first add
UPDATED_AGAIN = 10  # of those, updated by a second add
LATER_WORD = "pemutakhiran"  # only in the updated articles
QUERIES = ["inflasi", "pemerintah", "harga pangan", "presiden prabowo subianto",
           "jakarta", "stabilitas ekonomi nasional", "masyarakat indonesia",
           "tersangka korupsi", f"{LATER_WORD} berita", "tidakadadiindeks warga"]



@pytest.fixture(scope="module")
def indexes(tmp_path_factory) -> dict[str, Path]:
    """{"fresh": an index as built, "updated": the same after the updates and additions}."""
    folder = tmp_path_factory.mktemp("columns")
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows, seen = reader.fieldnames, [], set()
        for row in reader:  # one version of each article: the build deletes nothing
            if row["tautan"] not in seen:
                seen.add(row["tautan"])
                rows.append(row)
            if len(rows) == ARTICLES + ADDED:
                break
    built, new = rows[:ARTICLES], rows[ARTICLES:]
    index = folder / "index"
    assert writer.build([write_csv(folder / "built.csv", fields, built)], index).added == ARTICLES
    fresh = folder / "fresh"
    shutil.copytree(index, fresh, symlinks=True)

    updated = [{**row, "isi_berita": row["isi_berita"] + f"\n{LATER_WORD.title()} redaksi: "
                "berita ini diperbarui."} for row in built[:UPDATED]]
    report = writer.add([write_csv(folder / "first.csv", fields, updated + new)], index)
    assert (report.added, report.updated) == (ADDED, UPDATED)
    again = [{**row, "isi_berita": row["isi_berita"] + "\nRalat redaksi."}
             for row in new[:UPDATED_AGAIN]]
    report = writer.add([write_csv(folder / "second.csv", fields, again)], index)
    assert report.updated == UPDATED_AGAIN
    return {"fresh": fresh, "updated": index}


class Opened:
    """Kabar's columns (read as a server reads) and Whoosh's own searcher of one index."""

    def __init__(self, index: Path, weighting: scoring.WeightingModel | None = None) -> None:
        self.kabar_searcher = open_for_search(index).searcher()
        self.columns = Columns(self.kabar_searcher.reader())
        self.whoosh = whoosh_index.open_dir(str(current_generation(index))).searcher(
            weighting=weighting or scoring.BM25F())
        self.reader = self.whoosh.reader()

    def close(self) -> None:
        self.kabar_searcher.close()
        self.whoosh.close()


@pytest.fixture(scope="module", params=["fresh", "updated"])
def opened(request, indexes):
    opened = Opened(indexes[request.param])
    yield request.param, opened
    opened.close()


def whoosh_postings(searcher: Searcher, field: str, term: bytes) -> tuple[list[int], list[float]]:
    """A term's live postings as Whoosh's matcher walks them."""
    if (field, term) not in searcher.reader():
        return [], []
    matcher = searcher.postings(field, term)
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    assert ids == list(searcher.postings(field, term).all_ids())
    return ids, weights


def chosen_terms(reader, field: str) -> list[bytes]:
    """Common terms, rare ones (in one or two documents, deleted ones counted) and, where
    there are few, every term."""
    by_frequency = sorted(((info.doc_frequency(), term) for term, info in reader.iter_field(field)),
                          key=lambda pair: (-pair[0], pair[1]))
    if len(by_frequency) <= 60:
        return [term for _, term in by_frequency]
    common = [term for _, term in by_frequency[:10]]
    rare = [term for df, term in by_frequency if df <= 2]
    middle = [term for df, term in by_frequency if 3 <= df <= 20]
    return common + rare[::max(1, len(rare) // 15)] + middle[::max(1, len(middle) // 10)]


def test_the_updated_index_has_deleted_documents_in_several_segments(indexes):
    with whoosh_index.open_dir(str(current_generation(indexes["updated"]))).searcher() as s:
        with_deletions = [leaf for leaf, _ in s.reader().leaf_readers() if leaf.has_deletions()]
        assert len(with_deletions) >= 2  # a build's segment and one Whoosh's writer wrote
        assert s.doc_count_all() - s.doc_count() == UPDATED + UPDATED_AGAIN
    with whoosh_index.open_dir(str(current_generation(indexes["fresh"]))).searcher() as s:
        assert s.doc_count() == s.doc_count_all() == ARTICLES


def test_documents_alive_and_their_lengths_dates_and_facets(opened):
    _, o = opened
    columns, reader = o.columns, o.reader
    assert columns.size == reader.doc_count_all()
    assert columns.live_count == reader.doc_count()
    alive = [not reader.is_deleted(d) for d in range(reader.doc_count_all())]
    assert columns.alive.tolist() == alive
    live = list(reader.all_doc_ids())
    for field in SCORED_FIELDS:
        whoosh_lengths = [reader.doc_field_length(d, field, 0) or 0 for d in live]
        assert columns.lengths[field][live].tolist() == whoosh_lengths, field
        assert columns.average_length[field] == pytest.approx(np.mean(whoosh_lengths), rel=1e-6)
    for d in live:
        published = reader.stored_fields(d).get("published")
        seconds = -1 if published is None else datetime_to_long(published) // 1_000_000
        assert columns.published[d] == seconds, d
    for facet, field in FACET_FIELDS.items():
        names, docs, codes = columns.facets[facet]
        kabar_pairs = sorted(zip(docs.tolist(), [names[c] for c in codes.tolist()], strict=True))
        whoosh_pairs = sorted((d, term.decode("utf-8")) for term in reader.lexicon(field)
                              for d in reader.postings(field, term).all_ids())
        assert kabar_pairs == whoosh_pairs, facet
        assert kabar_pairs, facet


def test_postings_of_common_rare_and_missing_terms(opened):
    name, o = opened
    compared = 0
    for field in (*SCORED_FIELDS, *FACET_FIELDS.values()):
        terms = chosen_terms(o.reader, field)
        if field == "body":
            terms += [LATER_WORD.encode(), b"ralat", b"tidakadadiindeks"]
        for term in terms:
            ids, weights = o.columns.postings(field, term)
            whoosh_ids, whoosh_weights = whoosh_postings(o.whoosh, field, term)
            assert ids.tolist() == whoosh_ids, (field, term)
            assert weights.tolist() == pytest.approx(whoosh_weights, rel=1e-6), (field, term)
            compared += len(whoosh_ids)
    # the ids of updated articles: one live document each, their old versions deleted
    for url in o.reader.lexicon("id"):
        ids, _ = o.columns.postings("id", url)
        assert ids.tolist() == whoosh_postings(o.whoosh, "id", url)[0], url
        assert len(ids) == 1
    assert compared > 3000, name


class KabarStatisticsBM25F(scoring.BM25F):
    """Whoosh's BM25F, with a field's average length as evaluate.py takes it (the mean of the
    live documents' stored lengths), its query-time factor (FIELD_SCALE) and, when
    ``live_idf``, its idf over live documents."""

    def __init__(self, live_idf: bool) -> None:
        super().__init__()
        self.live_idf = live_idf
        self._averages: dict[str, float] = {}

    def idf(self, searcher: Searcher, fieldname: str, text: bytes) -> float:
        if not self.live_idf:
            return super().idf(searcher, fieldname, text)
        parent = searcher.get_parent()
        live = sum(1 for _ in parent.reader().postings(fieldname, text).all_ids())
        return math.log(parent.doc_count() / (live + 1)) + 1

    def scorer(self, searcher: Searcher, fieldname: str, text: bytes, qf: int = 1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, scoring.BM25FScorer):
            scorer.avgfl = self._average(searcher.get_parent().reader(), fieldname) or 1
            scorer.idf *= FIELD_SCALE.get(fieldname, 1.0)
        return scorer

    def _average(self, reader, field: str) -> float:
        if field not in self._averages:
            lengths = [reader.doc_field_length(d, field, 0) or 0 for d in reader.all_doc_ids()]
            self._averages[field] = sum(lengths) / len(lengths)
        return self._averages[field]


def _alternatives(node: wq.Query) -> bool:
    """Whether an Or of the query holds more than one word (Kabar keeps the best of them)."""
    if isinstance(node, wq.Or):
        if len({child.text for child in node.children() if isinstance(child, wq.Term)}) > 1:
            return True
        if any(not isinstance(child, wq.Term) for child in node.children()):
            return True
    return any(_alternatives(child) for child in node.children())


@pytest.mark.parametrize("name", ["fresh", "updated"])
def test_scores_are_whoosh_bm25f_with_kabar_statistics(indexes, name):
    o = Opened(indexes[name], KabarStatisticsBM25F(live_idf=name == "updated"))
    try:
        scored = 0
        for text in QUERIES:
            parsed = parse_query(text, o.whoosh.schema)
            assert not _alternatives(parsed.query), (text, str(parsed.query))
            kabar = Evaluator(o.columns, o.kabar_searcher).run(parsed.query)
            hits = o.whoosh.search(parsed.query, limit=None)
            whoosh_scores = dict(sorted((hit.docnum, hit.score) for hit in hits))
            assert kabar.ids.tolist() == list(whoosh_scores), text
            assert kabar.scores.tolist() == pytest.approx(list(whoosh_scores.values()),
                                                          rel=1e-5), text
            scored += len(kabar)
        assert scored > 300
    finally:
        o.close()


def test_idf_and_average_length_next_to_whoosh_own(indexes):
    """Without deleted documents Kabar's idf is Whoosh's own (the score test above keeps it);
    its average lengths stay within a few percent of Whoosh's exact ones."""
    o = Opened(indexes["fresh"])
    try:
        for field in ("title", "body"):
            kabar = o.columns.average_length[field]
            assert kabar == pytest.approx(o.whoosh.avg_field_length(field), rel=0.05), field
    finally:
        o.close()


def test_one_cache_budget_for_every_segment(indexes, monkeypatch):
    """What a server keeps of the postings it read is bounded by one budget for the process,
    however many segments the index has; a term asked again is one hit (its postings joined
    over the snapshot's segments), one dropped is read again; what comes out of the cache is
    what Whoosh reads, and cannot be changed by whoever asked for it."""
    o = Opened(indexes["updated"])
    try:
        assert len(o.columns.segments) >= 2
        terms = chosen_terms(o.reader, "body")[:40]
        CACHE.clear()
        for term in terms:
            o.columns.postings("body", term)
        everything = CACHE.bytes
        assert CACHE.peak == everything  # nothing dropped yet
        CACHE.clear()
        monkeypatch.setattr(CACHE, "limit", everything // 4)
        for term in terms:
            o.columns.postings("body", term)
        assert 0 < CACHE.bytes <= everything // 4
        assert CACHE.bytes <= CACHE.peak < everything
        misses = CACHE.misses
        o.columns.postings("body", terms[-1])  # read last: kept
        assert (CACHE.hits, CACHE.misses) == (1, misses)
        o.columns.postings("body", terms[0])  # read first: dropped since
        assert CACHE.misses > misses
        for term in terms:
            ids, weights = o.columns.postings("body", term)
            whoosh_ids, whoosh_weights = whoosh_postings(o.whoosh, "body", term)
            assert ids.tolist() == whoosh_ids, term
            assert weights.tolist() == pytest.approx(whoosh_weights, rel=1e-6), term
        with pytest.raises(ValueError):
            ids[:1] = 0
    finally:
        CACHE.clear()
        o.close()


def test_a_refresh_takes_the_segments_it_knows_from_the_snapshot_before(indexes):
    """The index after the updates shares its first segment with the copy taken before them:
    the columns of the later one, built on the earlier one's, are those built from nothing."""
    before, after = Opened(indexes["fresh"]), Opened(indexes["updated"])
    try:
        folder = current_generation(indexes["updated"])
        reused = Columns(after.kabar_searcher.reader(), before.columns, folder)
        anew = Columns(after.kabar_searcher.reader(), None, folder)
        shared = set(before.columns.by_key) & set(reused.by_key)
        assert shared and all(reused.by_key[k] is before.columns.by_key[k] for k in shared)
        assert reused.alive.tolist() == anew.alive.tolist()
        for field in SCORED_FIELDS:
            assert reused.lengths[field].tolist() == anew.lengths[field].tolist(), field
        for name in ("published", "fingerprint", "facts", "words", "government"):
            assert getattr(reused, name).tolist() == getattr(anew, name).tolist(), name
        for facet in anew.facets:
            names, docs, codes = anew.facets[facet]
            reused_names, reused_docs, reused_codes = reused.facets[facet]
            assert (sorted(zip(docs.tolist(), [names[c] for c in codes.tolist()], strict=True))
                    == sorted(zip(reused_docs.tolist(),
                                  [reused_names[c] for c in reused_codes.tolist()],
                                  strict=True))), facet
    finally:
        before.close()
        after.close()

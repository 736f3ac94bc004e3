"""The bulk writer writes the index Whoosh's own writer would: every term, posting, weight,
position, length, stored field and column value the same."""

from __future__ import annotations

import io
import pickle
from itertools import islice
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index

from index.analysis._words import forget_words
from index.analysis.postings import analyze_document
from index.sources.files import read_source
from index.store._blocks import postings_blocks
from index.store.bulk_writer import BulkWriter
from index.store.schema import make_schema
from index.store.writer import WriteReport, _open_writer, prepared_articles
from tests.conftest import DEMO, corpus_file


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    sources = [str(DEMO), str(corpus_file("detik-2025.csv")), str(corpus_file("indosum-dev.jsonl"))]
    results = (result for source in sources for result in read_source(source))
    seen, found = set(), []
    for article in islice(prepared_articles(results, WriteReport()), 450):
        if article.id not in seen:
            seen.add(article.id)
            found.append(article.document)
    return found


def _build(folder: Path, documents: list[dict], bulk: bool, segment_docs: int = 0):
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), make_schema())
    writer = BulkWriter(ix, segment_docs=segment_docs) if bulk else _open_writer(ix)
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    return whoosh_index.open_dir(str(folder))


def _postings(reader, fieldname: str, text: bytes, blocks: bool) -> list[tuple]:
    """A term's postings; with ``blocks`` (one segment each side, so the same blocks), the
    statistics of each posting's block too, which searches use to skip blocks."""
    matcher = reader.postings(fieldname, text)
    found = []
    while matcher.is_active():
        found.append((matcher.id(), matcher.weight(), matcher.value()))
        if blocks:
            found.append((matcher.block_min_length(), matcher.block_max_length(),
                          matcher.block_max_weight()))
        matcher.next()
    return found


def _statistics(reader, fieldname: str, text: bytes) -> tuple:
    """A term's info as a reader sees it (summed over segments)."""
    info = reader.term_info(fieldname, text)
    return (info.doc_frequency(), info.weight(), info.min_length(), info.max_length(),
            info.max_weight(), info.min_id(), info.max_id())


@pytest.mark.parametrize("segment_docs", [10_000, 170])
def test_bulk_index_equals_whoosh_index(tmp_path, documents, segment_docs):
    expected = _build(tmp_path / "whoosh", documents, bulk=False).reader()
    actual = _build(tmp_path / "bulk", documents, bulk=True, segment_docs=segment_docs).reader()
    assert actual.doc_count() == expected.doc_count() == len(documents)
    assert len(actual.leaf_readers()) == -(-len(documents) // segment_docs)

    terms = list(expected.all_terms())
    assert list(actual.all_terms()) == terms
    assert len(terms) > 10_000
    for fieldname in ("title", "body", "officials", "provinces"):  # terms found by a search
        for prefix in ("", "a", "kal", "pem", "z"):
            assert (list(actual.expand_prefix(fieldname, prefix))
                    == list(expected.expand_prefix(fieldname, prefix))), (fieldname, prefix)
    for fieldname, text in terms:
        blocks = segment_docs >= len(documents)
        assert (_postings(actual, fieldname, text, blocks)
                == _postings(expected, fieldname, text, blocks)), (fieldname, text)
        assert _statistics(actual, fieldname, text) == _statistics(expected, fieldname, text), \
            (fieldname, text)

    for docnum in range(len(documents)):
        assert actual.stored_fields(docnum) == expected.stored_fields(docnum)
        for fieldname in ("title", "body", "people", "places"):
            assert (actual.doc_field_length(docnum, fieldname)
                    == expected.doc_field_length(docnum, fieldname))
    for fieldname in ("title", "body", "people", "places"):
        assert actual.field_length(fieldname) == expected.field_length(fieldname)
    for column in ("published", "fingerprint", "facts", "words"):
        assert (list(actual.column_reader(column, translate=False))
                == list(expected.column_reader(column, translate=False)))


def _whoosh_postings(field, value: str) -> tuple:
    items = list(field.index(value))
    return ([i[0] for i in items], [i[2] for i in items], [i[3] for i in items],
            sum(i[1] for i in items))


# Edge cases of the compiled postings: nothing, stopwords only, a reduplication, more than a
# pickle batch (1,000) of one term, positions past one byte and past two (pickle's K, M, J).
_ODD_TEXTS = ["", "yang dan di", "Kota-kota di Kalteng, yang meningkatkan", "banjir " * 2500,
              "Kota-kota KOTA-kota kota-KOTAK ſ-S s-ſ k-\u212a İ-i ǅ-ǆ ẞ-ß a_b-A_B 2-2 é-É-é",
              " ".join(f"kata{n}" for n in range(70_000)) + " kata3"]


def test_postings_are_whoosh_postings(documents):
    schema = make_schema()
    for document in documents[:200] + [{"title": text, "body": text} for text in _ODD_TEXTS]:
        analyzed = analyze_document(schema, document)
        for name in ("title", "body", "people", "places"):
            if document.get(name) is not None:
                assert analyzed[name] == _whoosh_postings(schema[name], document[name]), name
    kalteng = analyze_document(schema, {"body": _ODD_TEXTS[2]})["body"]
    assert kalteng[0] == [b"kota", b"kalteng", b"tingkat"]


def test_postings_are_the_same_once_the_words_are_forgotten(documents):
    """The compiled tokenizer remembers each word's term; starting afresh changes nothing."""
    schema = make_schema()
    texts = [document["body"] for document in documents[:30]] + _ODD_TEXTS[1:5]
    before = [analyze_document(schema, {"body": text}) for text in texts]
    forget_words()
    assert [analyze_document(schema, {"body": text}) for text in reversed(texts)] == before[::-1]


# Pieces where the compiled tokenizer could part from the regex's: word characters beyond
# ASCII, reduplications in mixed case, and letters whose lowercase is special (Kelvin sign,
# dotted capital I, long s, sharp s, titlecase digraphs).
_PIECES = ["kota", "Kota", "KOTA", "-", "--", " ", "_", "1", "²", "é", "É", "ſ", "S", "s", "K",
           "\u212a", "İ", "i", "ß", "ẞ", "ǅ", "ǆ", "Ǆ", "yang", "\n", ".", "مرحبا", "中文"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
                 st.text(max_size=200)))
def test_postings_of_any_text_are_whoosh_postings(text):
    schema = make_schema()
    assert (analyze_document(schema, {"body": text})["body"]
            == _whoosh_postings(schema["body"], text))


@pytest.mark.parametrize("values", [[b""] * 5, [b"ab", b"", b"c", b"", b"d"], [b"x"] * 5])
def test_a_block_of_few_or_no_values_reads_back(values):
    """Tuples of 0 to 5 items pickled by hand (EMPTY_TUPLE, TUPLE1..3, MARK..TUPLE)."""
    docs = np.array([3, 4, 9, 12, 40], dtype=np.uint32)
    weights = np.array([1, 2, 2, 1, 1], dtype=np.float32)
    written, infos = postings_blocks(0, np.array([5], dtype=np.int64), docs, weights,
                                     np.ones(5, dtype=np.uint8), values, 128, 0, -1, None)
    data = io.BytesIO(written[8:])  # after the tag and the block's length
    assert pickle.load(data) == (5, 40, 2.0, 0, 1, 1)
    ids, block_weights, kept = pickle.load(data)
    assert ids == (3, 1, 5, 3, 28)
    assert block_weights == (1.0, 2.0, 2.0, 1.0, 1.0)
    assert kept == tuple(v for v in values if v)
    assert len(infos) == 1


def test_bulk_writer_refuses_an_index_with_segments(tmp_path, documents):
    ix = _build(tmp_path / "full", documents[:3], bulk=True)
    with pytest.raises(ValueError):
        BulkWriter(ix)


def _column_files(ix) -> dict[str, bytes]:
    from bench.index_files import segments_of

    (_, files), = segments_of(ix)
    # the stored fields are deflated by isal in a build, by zlib in Whoosh's writer (their
    # values are compared above)
    return {name: data for name, data in files.items()
            if name.endswith(".col") and name != "SEGMENT._stored.col"}


def test_bulk_columns_are_whoosh_columns_byte_for_byte(tmp_path, documents):
    """Whoosh's per-document columns (fields' lengths, sortable values), which the bulk writer
    writes once a segment, hold the bytes Whoosh's writer gives them value by value."""
    expected = _column_files(_build(tmp_path / "whoosh", documents, bulk=False))
    actual = _column_files(_build(tmp_path / "bulk", documents, bulk=True, segment_docs=10_000))
    assert sorted(actual) == sorted(expected)
    assert len(expected) > 5
    for name in expected:
        assert actual[name] == expected[name], name

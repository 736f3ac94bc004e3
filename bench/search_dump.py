"""Every response of a set of queries, one JSON line each, so that a change meant to make
search faster can be shown to change nothing.

    .venv/bin/python -m bench.search_dump INDEX OUT.jsonl    # before, on main
    .venv/bin/python -m bench.search_dump INDEX NEW.jsonl    # after, on the branch
    cmp OUT.jsonl NEW.jsonl                                  # must print nothing

The queries: bench.search's (words and phrases), each phrase of tests/test_phrases.py quoted,
and mixes of phrases with words, exclusions, OR, fields and filters. Each line is the whole
response of ``Engine.search`` (hits with ids, scores, snippets and marked titles, `total`,
`partial`, facets, suggestion, notices), pages 1 and 3 of 10 and the first of 100, without
`took_ms`; then ``Engine.selected``'s ids. Run with a long time limit, so that nothing is cut.
"""

from __future__ import annotations

import argparse
import hashlib
import json

from bench.search import QUERIES

TEST_PHRASES = ["pemerintah daerah", "dana desa", "menteri keuangan", "presiden joko widodo",
                "harga beras", "kebakaran hutan dan lahan", "gempa bumi", "bank indonesia",
                "jawa barat", "badan pusat statistik", "tidak ada", "rumah sakit umum daerah",
                "kalimantan tengah", "daerah pemerintah", "wakil gubernur", "sumatera utara"]

MIXED = [
    '"dana desa" korupsi', 'banjir "jawa barat"', '"pemerintah daerah" -"dana desa"',
    '"harga beras" ATAU "harga cabai"', 'judul:"bank indonesia"', '"menteri keuangan" sri',
    '"kepala daerah" wilayah:jabar', '"rumah sakit" tanggal:2025', '"gempa bumi" -banjir',
    '("dana desa" ATAU "alokasi dana") kepala', '"tidak ada" "rumah sakit"',
    '"pemerintah daerah" "kepala desa" kalteng', '"badan pusat statistik" inflasi "bank indonesia"',
    '"wakil gubernur" "dana desa" "gempa bumi" "timnas indonesia"', '"pemerintah daerah"x',
    '"presiden joko widodo" "presiden prabowo"', '"covid-19" vaksin', '"dprd" anggaran',
    '-"pemerintah daerah" banjir', '"jalan tol" "jalan tol"', '"tenaga kerja" pejabat:bupati',
]


def queries() -> list[str]:
    return [*QUERIES, *(f'"{p}"' for p in TEST_PHRASES), *MIXED]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", help="the index folder")
    parser.add_argument("out", help="the JSON lines file to write")
    args = parser.parse_args()
    from search import open_index

    engine = open_index(args.index, 120.0)
    with open(args.out, "w", encoding="utf-8") as out:
        for query in queries():
            for page, limit in ((1, 10), (3, 10), (1, 100)):
                found = engine.search(query, page=page, limit=limit)
                found.pop("took_ms")
                out.write(json.dumps({"q": query, "page": page, "limit": limit, **found},
                                     ensure_ascii=False, sort_keys=True) + "\n")
            ids = engine.selected(query).ids
            out.write(json.dumps({"q": query, "selected": len(ids), "sha256": hashlib.sha256(
                ids.tobytes()).hexdigest()}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

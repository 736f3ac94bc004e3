"""What a built index holds and answers, as text, so that a change meant to make the build cheaper
can be shown to change nothing.

    .venv/bin/python -m bench.index_dump OUT.txt [--index FOLDER]   # before, on main
    .venv/bin/python -m bench.index_dump NEW.txt [--index FOLDER]   # after, on the branch
    cmp OUT.txt NEW.txt                                              # must print nothing

FOLDER defaults to bench's x1 index ($KABAR_BENCH_CACHE/kabar-x1, built when missing or stale).
The dump holds every live article's stored fields (statements, officials and their roles,
regions, dates, fingerprints ...), sorted by id, then each query of ``QUERIES`` through
``search.engine.Engine``: the total, the ids of the first page by relevance and by date, and
every facet's counts. Scores and timings are left out (a float's last digit may move with the
order segments are merged in; what is found and in which order may not).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

QUERIES = ("", "banjir", "banjir jakarta", "gubernur", '"kata gubernur"', "jalan tol",
           "presiden jokowi", "harga beras", "bupati", "pemilu", "stunting", "gempa bumi",
           "korupsi dana desa", "menteri keuangan", "pelantikan pejabat", "investasi asing")


def _stored(index_dir: Path) -> list[str]:
    from index.store.generations import open_generation

    lines = []
    with open_generation(index_dir).searcher() as searcher:
        reader = searcher.reader()
        for docnum in reader.all_doc_ids():
            fields = reader.stored_fields(docnum)
            lines.append(json.dumps(fields, ensure_ascii=False, default=str, sort_keys=True))
    return sorted(lines)


def _answers(index_dir: Path) -> list[str]:
    from search.engine import Engine

    engine = Engine(index_dir, search_seconds=60)
    lines = []
    for query in QUERIES:
        for sort in ("relevance", "newest"):
            found = engine.search(query, sort=sort, limit=20)
            answer = {"q": query, "sort": sort, "total": found.get("total"),
                      "ids": [hit["id"] for hit in found.get("hits", [])],
                      "facets": found.get("facets")}
            lines.append(json.dumps(answer, ensure_ascii=False, default=str, sort_keys=True))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="the text file to write")
    parser.add_argument("--index", type=Path, help="the index folder (default: bench's x1)")
    args = parser.parse_args()
    index_dir = args.index
    if index_dir is None:
        from bench.common import build_kabar_index

        index_dir, _ = build_kabar_index(1)
    stored = _stored(index_dir)
    with open(args.out, "w", encoding="utf-8") as out:
        for line in stored + _answers(index_dir):
            out.write(line + "\n")
    print(f"{len(stored):,} articles and {2 * len(QUERIES)} answers -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Known-item evaluation: does a query aimed at one article find it, and how high?

    python -m bench.eval_search [--queries 300]

Queries are made from the human-written IndoSum summaries: the rarest words of the summary's
first sentence, in the order they appear (what someone who remembers the story would type). A
second set swaps region names for the short forms people write ("Jawa Barat" -> "Jabar") and
words for other forms of the same word family, to test the analyzer and the synonyms.
Compared: Snowball as it is (Tala stopwords, PyStemmer, Whoosh BM25F, all words required) and
Kabar's engine in its default mode. Prints MRR@10 and success@10.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

import Stemmer
from whoosh import index as whoosh_index
from whoosh import qparser
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter
from whoosh.fields import ID, TEXT, Schema

from bench.common import CACHE, CORPUS, build_kabar_index, corpus_articles
from index.analysis.analyzer import stopwords
from index.gazetteer import region_aliases

WORDS_PER_QUERY = 5
_WORD = re.compile(r"[a-z]+")


_SNOWBALL = Stemmer.Stemmer("indonesian")


class SnowballFilter(Filter):
    """PyStemmer's Indonesian Snowball, as Elasticsearch's `indonesian` analyzer has it."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = _SNOWBALL.stemWord(t.text)
            yield t


def snowball_schema() -> Schema:
    analyzer = (RegexTokenizer(r"\w+") | LowercaseFilter()
                | StopFilter(stoplist=stopwords(), minsize=1) | SnowballFilter())
    return Schema(id=ID(stored=True, unique=True), title=TEXT(analyzer=analyzer, field_boost=2.0),
                  body=TEXT(analyzer=analyzer))


def build_snowball(articles, name: str = "snowball-x1") -> Path:
    """The articles in a Snowball index under CACHE/`name` (built once, then reused while the
    articles' ids are the same)."""
    folder = CACHE / name
    ids = hashlib.sha1("\n".join(a.id for a in articles).encode("utf-8")).hexdigest()
    done = folder / ".done"
    if done.exists() and done.read_text("utf-8") == ids:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ix = whoosh_index.create_in(str(folder), snowball_schema())
    writer = ix.writer(limitmb=256)
    for article in articles:
        writer.add_document(id=article.id, title=article.title, body=article.body)
    writer.commit()
    done.write_text(ids, "utf-8")
    return folder


def make_queries(count: int, articles) -> list[tuple[str, str, str]]:
    """(article id, plain query, variant query) from IndoSum summaries."""
    known = {a.id for a in articles}
    document_frequency: Counter[str] = Counter()
    for article in articles:
        document_frequency.update(set(_WORD.findall(article.body.lower())))
    records = [json.loads(line) for line in
               (CORPUS / "indosum-dev.jsonl").read_text("utf-8").splitlines()]
    random.Random(7).shuffle(records)
    short_forms = _short_forms()
    queries = []
    for record in records:
        if record.get("source_url") not in known:
            continue
        first = re.split(r"(?<=[.!?])\s", record["summary"].strip(), maxsplit=1)[0]
        words = [w for w in _WORD.findall(first.lower())
                 if w not in stopwords() and len(w) > 2 and document_frequency[w] > 0]
        # ties in order of appearance: a set's order would change with each process's hash seed
        chosen = sorted(dict.fromkeys(words), key=lambda w: document_frequency[w])[:WORDS_PER_QUERY]
        in_order = [w for w in dict.fromkeys(words) if w in chosen]
        if len(in_order) < 3:
            continue
        plain = " ".join(in_order)
        variant = _variant(first, in_order, short_forms)
        queries.append((record["source_url"], plain, variant))
        if len(queries) == count:
            break
    return queries


def _short_forms() -> dict[str, str]:
    forms = {}
    for alias, official in region_aliases():
        bare = re.sub(r"^(Kabupaten|Kota)\s+", "", official).lower()
        if alias.isalpha() and alias.lower() != bare and len(alias) <= 8:
            forms.setdefault(bare, alias.lower())
    return forms


_FAMILY = [("pem", "mem"), ("pen", "men"), ("peng", "meng"), ("an", "kan")]


def _variant(sentence: str, words: list[str], short_forms: dict[str, str]) -> str:
    """The query as someone else might type it: short region forms, other word forms."""
    text = " ".join(words)
    lowered = sentence.lower()
    for name, short in short_forms.items():
        if name in lowered:
            text = re.sub(rf"\b({'|'.join(map(re.escape, name.split()))})\b", "", text)
            text = f"{text} {short}"
            break
    out = []
    for word in text.split():
        for a, b in _FAMILY:
            if word.startswith(a) and len(word) > 7:
                word = b + word[len(a):]
                break
        out.append(word)
    return " ".join(out)


def reciprocal_rank(ranked: list[set[str]], target: str) -> float:
    """1/rank of the first hit that is the target (or that shows it as a collapsed copy)."""
    return next((1 / (i + 1) for i, ids in enumerate(ranked[:10]) if target in ids), 0.0)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--queries", type=int, default=300)
    args = options.parse_args()

    from search import open_index

    articles = corpus_articles(1)
    kabar = open_index(build_kabar_index(1)[0])
    # the schema is given, not unpickled: run as -m, its filter was pickled as __main__.X
    snowball = whoosh_index.open_dir(str(build_snowball(articles)), schema=snowball_schema())
    parser = qparser.MultifieldParser(["title", "body"], snowball.schema)
    queries = make_queries(args.queries, articles)
    results = {name: {"plain": [], "variant": []} for name in ("Snowball as is", "Kabar")}
    with snowball.searcher() as searcher:
        for target, plain, variant in queries:
            for kind, text in (("plain", plain), ("variant", variant)):
                hits = searcher.search(parser.parse(text), limit=10)
                results["Snowball as is"][kind].append(
                    reciprocal_rank([{h["id"]} for h in hits], target))
                found = kabar.search(text, limit=10)
                ranked = [{h["id"], *(c["id"] for c in h["also_in"])} for h in found["hits"]]
                results["Kabar"][kind].append(reciprocal_rank(ranked, target))
    print(f"known-item queries from IndoSum summaries: {len(queries)} (example: "
          f"{queries[0][1]!r} / variant {queries[0][2]!r})\n")
    print(f"{'system':16} {'set':8} {'MRR@10':>7} {'success@10':>11}")
    for name, kinds in results.items():
        for kind, ranks in kinds.items():
            mrr = sum(ranks) / len(ranks)
            success = sum(r > 0 for r in ranks) / len(ranks)
            print(f"{name:16} {kind:8} {mrr:7.3f} {success:11.3f}")


if __name__ == "__main__":
    main()

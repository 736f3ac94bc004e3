"""Statements in the index, the query, the JSON, the pages and the CLI: a real index on disk
(the demo articles and real corpus articles), a real `kabar serve`, the `kabar` command.

The checks read what the engine returns and compare it with what is stored, through the
analyzer, not through the engine's own statement matching (search/statements.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.analyzer import analyze
from index.extract.statements import find_statements
from search import open_index
from search.synonyms import synonym_table
from tests.conftest import corpus_file, run_kabar

SEED = str(corpus_file("seed/wartasenja-asn-kalteng.txt").resolve())
FIELDS = {"speaker", "role", "cue", "direct", "text", "start", "official"}


def plain(marked: str) -> str:
    import html
    return html.unescape(marked.replace("<mark>", "").replace("</mark>", ""))


def has_words(text: str, words: str) -> bool:
    """Whether a text says every word, a short form also by its long form (`kata:kemendagri`
    finds "Kementerian Dalam Negeri", as docs/query-syntax.md says)."""
    terms = set(analyze(text))

    def says(word: str) -> bool:
        forms = [word, *synonym_table().get(" ".join(re.findall(r"\w+", word.lower())), ())]
        return any(analyze(form) and all(t in terms for t in analyze(form)) for form in forms)

    return all(says(word) for word in words.split() if analyze(word))


@pytest.fixture(scope="module")
def demo(demo_index):
    return open_index(demo_index)


@pytest.fixture(scope="module")
def corpus(corpus_index):
    return open_index(corpus_index)


def seed_id(engine) -> str:
    return engine.search("judul:kompetensi asn")["hits"][0]["id"]


def test_an_article_gives_its_statements_with_their_places_and_speakers(demo):
    article = demo.get(seed_id(demo))
    said = article["statements"]
    assert said and all(set(s) == FIELDS for s in said)
    body = article["body"]
    for statement in said:
        assert body[statement["start"]:statement["start"] + len(statement["text"])] == \
            statement["text"]
    assert [s["start"] for s in said] == sorted(s["start"] for s in said)
    # the extractor's statements, as it finds them in the stored body
    assert [s["text"] for s in said] == [s.text for s in find_statements(body)]
    edy = [s for s in said if s["official"] == "Edy Pratowo"]
    assert edy, said  # a speaker who is one of the article's officials is linked to them


def test_kata_finds_articles_where_a_statement_has_the_words(demo):
    word = "investasi"
    response = demo.search(f"kata:{word}", limit=100)
    assert response["total"] >= 1
    for hit in response["hits"]:
        stored = demo.get(hit["id"])["statements"]
        assert any(has_words(s["text"], word) for s in stored)
        assert hit["statements"] and all("<mark>" in s["text"] for s in hit["statements"])
        assert all(has_words(plain(s["text"]), word) for s in hit["statements"])
    everything = demo.search("", limit=1)["total"]
    assert demo.search(f"pernyataan:{word}")["total"] == response["total"]
    assert demo.search(f"-kata:{word}")["total"] == everything - response["total"]


def test_a_word_of_the_body_outside_every_statement_is_not_a_statement_word(demo):
    article = demo.get(seed_id(demo))
    said = " ".join(s["text"] for s in article["statements"])
    outside = next(w for w in ("rakor", "bpsdm", "peserta") if has_words(article["body"], w)
                   and not has_words(said, w))
    ids = {h["id"] for h in demo.search(f"kata:{outside}", limit=100)["hits"]}
    assert article["id"] not in ids
    assert article["id"] in {h["id"] for h in demo.search(outside, limit=100)["hits"]}


def test_pejabat_with_kata_is_what_that_official_said(demo):
    article = demo.get(seed_id(demo))
    assert {"Edy Pratowo", "Nunu Andriani"} <= {o["name"] for o in article["officials"]}
    word = "investasi"
    assert article["id"] in {h["id"] for h in demo.search(f"pejabat:edy kata:{word}")["hits"]}
    # Nunu Andriani is named in the same article, but did not say it
    assert demo.search(f'pejabat:"Nunu Andriani" kata:{word}')["total"] == 0
    assert demo.search(f"pejabat:nunu kata:{word}")["total"] == 0
    hits = demo.search(f"pejabat:edy kata:{word}")["hits"]
    assert all(s["official"] == "Edy Pratowo" for h in hits for s in h["statements"])


def test_a_hit_without_kata_carries_no_statements(demo):
    assert all("statements" not in h for h in demo.search("banjir")["hits"])


def test_statement_text_is_escaped_in_hits(demo):
    for hit in demo.search("kata:banjir", limit=50)["hits"]:
        for statement in hit["statements"]:
            assert "<" not in statement["text"].replace("<mark>", "").replace("</mark>", "")


def test_the_statements_of_an_official_newest_first(demo):
    listed = demo.statements("pejabat:edy", sort="newest", limit=50)
    assert listed["statements"]
    assert {row["official"] for row in listed["statements"]} == {"Edy Pratowo"}
    dates = [row["article"]["published"] for row in listed["statements"]]
    assert dates == sorted(dates, reverse=True)


def test_statements_page_through_without_gaps(demo):
    everything = demo.statements("", sort="newest", limit=10_000)["statements"]
    assert len(everything) > 20
    paged, page = [], 1
    while True:
        listed = demo.statements("", sort="newest", page=page, limit=7)
        paged += listed["statements"]
        if not listed["more"]:
            break
        page += 1
    assert [(r["article"]["id"], r["start"]) for r in paged] == \
        [(r["article"]["id"], r["start"]) for r in everything]


@pytest.mark.parametrize("q", ["kata:", 'kata:"', "kata:(", "pernyataan:<script>",
                               "kata:(a ATAU", "pejabat:zzzz kata:asn", "kata:yang dan"])
def test_odd_statement_queries_answer(demo, q):
    response = demo.search(q)
    assert response["total"] >= 0
    assert demo.statements(q)["statements"] is not None


def test_a_statement_value_of_stopwords_only_finds_nothing_and_says_so(demo):
    response = demo.search('kata:"yang dan"')
    assert response["total"] == 0
    assert any("yang dan" in notice for notice in response["notices"])


# Real corpus articles: a speaker, a word they said, and the same question asked the way a
# reader asks it.

@pytest.fixture(scope="module")
def spoken(corpus):
    """(article id, official, a word of their statement) from the corpus index."""
    found = []
    rows = [row for word in ("pemerintah", "masyarakat", "daerah", "harus")
            for row in corpus.statements(f"kata:{word}", limit=300)["statements"]]
    for row in rows:
        if row["official"]:
            words = [w for w in plain(row["text"]).split()
                     if w.isalpha() and len(w) > 6 and analyze(w)]
            if words:
                found.append((row["article"]["id"], row["official"], words[0].lower()))
    assert len(found) > 50
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_what_an_official_said_holds_for_every_hit(corpus, spoken, data):
    article_id, official, word = data.draw(st.sampled_from(spoken))
    region = data.draw(st.sampled_from(["", *corpus.get(article_id)["provinces"]]))
    q = f'pejabat:"{official}" kata:{word}' + (f' wilayah:"{region}"' if region else "")
    total, hits = corpus.export(q, rows=200)
    assert article_id in {h["id"] for h in hits} or total > 200, q
    for hit in hits:
        stored = corpus.get(hit["id"])
        assert any(s["official"] == official and has_words(s["text"], word)
                   for s in stored["statements"]), (q, hit["id"])
        if region:
            assert region in stored["provinces"]
    rows = corpus.statements(q, limit=200)["statements"]
    assert rows and all(r["official"] == official and has_words(plain(r["text"]), word)
                        for r in rows)


# The web UI and the CLI.

def get(server, path: str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(server.url + path, timeout=30) as answer:
            return answer.status, answer.read().decode(), dict(answer.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


def test_api_article_and_kabar_show_give_the_statements(demo_server, demo_index, demo):
    article_id = seed_id(demo)
    status, body, _ = get(demo_server, "/api/article?id=" + urllib.parse.quote(article_id))
    assert status == 200
    from_api = json.loads(body)["statements"]
    shown = json.loads(run_kabar("show", article_id, "--json", index=demo_index,
                                 check=True).stdout)["statements"]
    assert from_api == shown and from_api and set(from_api[0]) == FIELDS


def test_statements_csv_for_a_search(demo_server, demo_index):
    status, body, headers = get(demo_server, "/ekspor-pernyataan.csv?q=kata%3Abanjir")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and {"date", "speaker", "role", "region", "source", "text", "url"} <= set(rows[0])
    assert all(has_words(r["text"], "banjir") for r in rows)
    cli = run_kabar("search", "kata:banjir", "--statements", "--format", "csv", "--limit",
                    "1000", index=demo_index, check=True).stdout
    assert [r["text"] for r in csv.DictReader(io.StringIO(cli))] == [r["text"] for r in rows]
    assert run_kabar("search", "banjir", "--format", "csv", index=demo_index).returncode == 2


def test_a_statements_csv_is_the_whole_export_without_a_limit(demo_server, demo_index):
    # the CLI's CSV, like the page's export, is every statement up to 1,000, not one page of 20
    _, body, _ = get(demo_server, "/ekspor-pernyataan.csv?q=")
    exported = [r["text"] for r in csv.DictReader(io.StringIO(body))]
    cli = run_kabar("search", "", "--statements", "--format", "csv", index=demo_index,
                    check=True).stdout
    assert len(exported) > 20
    assert [r["text"] for r in csv.DictReader(io.StringIO(cli))] == exported
    paged = run_kabar("search", "", "--statements", "--format", "csv", "--limit", "5",
                      index=demo_index, check=True).stdout
    assert len(list(csv.DictReader(io.StringIO(paged)))) == 5


def test_pages_show_statements_escaped(demo_server, demo):
    status, page, _ = get(demo_server, "/?q=" + urllib.parse.quote("kata:banjir <b>x</b>")
                          + "&tampil=pernyataan")
    assert status == 200 and "<b>x</b>" not in page
    status, page, _ = get(demo_server, "/?q=kata%3Abanjir&tampil=pernyataan")
    assert status == 200 and 'class="statement-item"' in page and "<mark>" in page
    status, page, _ = get(demo_server, "/pejabat?nama=Edy+Pratowo&kata=investasi")
    assert status == 200 and page.count('class="statement-item"') >= 1
    status, page, _ = get(demo_server, "/pejabat?nama=Edy+Pratowo&kata=%3Cscript%3E")
    assert status == 200 and "<script>" not in page.split("</head>")[1]
    status, page, _ = get(demo_server, "/artikel?id=" + urllib.parse.quote(seed_id(demo)))
    assert status == 200 and page.count('class="statement"') >= 2
    assert 'class="speaker"' in page and "Edy Pratowo" in page


def test_a_statement_over_two_paragraphs_is_marked_in_both_with_its_speaker_once(demo_index):
    from webui import create_app
    from webui.highlight import statement_paragraphs

    body = ("Kata pembuka.\n\n“Bagian pertama <b>kutipan</b>.\n\nBagian kedua kutipan,” "
            "kata Bupati Contoh.\n\nPenutup.")
    text = "Bagian pertama <b>kutipan</b>.\n\nBagian kedua kutipan,"
    statement = {"speaker": "Budi Contoh", "role": "Bupati", "cue": "kata", "direct": True,
                 "text": text, "start": body.index(text), "official": "Budi Contoh"}
    orphan = {**statement, "speaker": None, "official": None, "text": "Penutup",
              "start": body.index("Penutup")}
    app = create_app({"KABAR_INDEX": str(demo_index)})
    with app.test_request_context("/"):
        paragraphs = [str(p) for p in statement_paragraphs(body, [statement, orphan],
                                                           {"kutip"})]
    assert len(paragraphs) == 4
    assert paragraphs[1].count('class="statement"') == 1 and 'class="speaker"' not in \
        paragraphs[1]
    assert "&lt;b&gt;" in paragraphs[1] and "<b>" not in paragraphs[1]
    assert paragraphs[2].count('class="speaker"') == 1 and "Budi Contoh" in paragraphs[2]
    assert paragraphs[2].index("”") < paragraphs[2].index('class="speaker"')
    assert "<mark>kutipan</mark>" in paragraphs[2]
    assert "tanpa nama" in paragraphs[3]


def test_the_cli_says_what_its_statement_counts_count(demo_index):
    # round 18's audit: "2 pernyataan dari 46 artikel" read as 2 statements in all
    listed = json.loads(run_kabar("search", "", "--statements", "--json", "--limit", "2",
                                  "--page", "2", index=demo_index, check=True).stdout)
    assert listed["more"] and len(listed["statements"]) == 2
    text = run_kabar("search", "", "--statements", "--limit", "2", "--page", "2",
                     index=demo_index, check=True).stdout
    assert text.splitlines()[0] == (
        f"Pernyataan 3–4 (halaman 2; masih ada lagi: --page), dari {listed['speaking']} "
        f"artikel berpernyataan di antara {listed['total']} hasil untuk \"\"")

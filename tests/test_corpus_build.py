"""The whole shared corpus folder, built as a user would: exit status, true counts, and the times
of day its sources give, kept, shown and sorted by."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pytest

from conftest import CORPUS, corpus_file, run_kabar
from index.sources.drafts import Draft
from index.sources.feeds import read_feed
from index.sources.files import read_source
from search import open_index
from webui import create_app
from webui.formatting import MONTHS

JAKARTA = timezone(timedelta(hours=7))
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    corpus_file("html/SOURCES.tsv")
    index = tmp_path_factory.mktemp("corpus") / "index"
    result = run_kabar("index", "build", str(CORPUS), index=index, timeout=600)
    return result, index


def antara_times() -> dict[str, datetime]:
    """Link -> publication time, as the ANTARA feed items write it (RFC 822), in Jakarta."""
    items = json.loads(corpus_file("antara-rss-2026.json").read_text("utf-8"))
    return {item["Link"]: parsedate_to_datetime(item["Tanggal Terbit"]).astimezone(JAKARTA)
            for item in items}


def test_the_corpus_folder_builds_with_exit_0_and_counts_that_are_true(corpus_build):
    result, _ = corpus_build
    assert result.returncode == 0, result.stderr
    drafts = [d for d in read_source(str(CORPUS)) if isinstance(d, Draft)]
    ids = Counter(d.url or d.record_id for d in drafts)
    # a fresh index: nothing to update or leave unchanged; an id met again is a repeat
    assert result.stdout.strip().splitlines()[-1] == (
        f"added {len(ids)}, updated 0, unchanged 0, failed 0, skipped 1, "
        f"repeated {len(drafts) - len(ids)}")
    assert re.search(r"^  skipped: \S+/html/SOURCES\.tsv: not an article export", result.stderr,
                     re.MULTILINE), result.stderr
    # the repeats are the export's own: detik-2025.csv holds some stories twice
    with corpus_file("detik-2025.csv").open(encoding="utf-8", newline="") as handle:
        links = Counter(row["tautan"] for row in csv.DictReader(handle))
    assert len(drafts) - len(ids) >= sum(links.values()) - len(links) > 0


def test_newest_first_goes_by_the_time_of_day(corpus_build):
    _, index = corpus_build
    times = antara_times()
    hits = open_index(index).search("", sort="newest", limit=100)["hits"]
    moments = [datetime.fromisoformat(hit["published_at"]) for hit in hits]
    assert moments == sorted(moments, reverse=True)
    assert moments[0] == max(times.values())
    for hit in hits:
        assert datetime.fromisoformat(hit["published_at"]) == times[hit["url"]], hit["url"]
        assert hit["published"] == hit["published_at"][:10]
    days = Counter(moment.date() for moment in moments)
    assert max(days.values()) > 1  # several on one day: only their times order them


def test_a_date_without_a_time_has_no_published_at(corpus_build):
    _, index = corpus_build
    engine = open_index(index)
    with corpus_file("berita-2015-08-25.csv").open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    article = engine.get(row["link"])
    assert row["tanggal"] == "2015/08/25"
    assert (article["published"], article["published_at"]) == ("2015-08-25", None)


def test_the_pages_and_the_atom_feed_show_the_time(corpus_build):
    _, index = corpus_build
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    newest = open_index(index).search("", sort="newest", limit=1)["hits"][0]
    moment = datetime.fromisoformat(newest["published_at"])
    label = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {moment:%H.%M} WIB"

    page = client.get("/?sort=newest").get_data(as_text=True)
    assert f'<time datetime="{newest["published_at"]}">{label}</time>' in page
    article = client.get("/artikel", query_string={"id": newest["id"]}).get_data(as_text=True)
    assert label in article

    with corpus_file("berita-2015-08-25.csv").open(encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    undated_time = client.get("/artikel", query_string={"id": row["link"]}).get_data(as_text=True)
    assert '<time datetime="2015-08-25">25 Agustus 2015</time>' in undated_time

    feed = ElementTree.fromstring(client.get("/feed.atom").data)
    entries = feed.findall(f"{ATOM}entry")
    published = [e.findtext(f"{ATOM}published") for e in entries]
    assert published[0] == newest["published_at"]
    assert not any(p.endswith("T00:00:00+07:00") for p in published)


# Feeds -----------------------------------------------------------------------------------------

def _feed_items(count: int) -> list[dict]:
    items = json.loads(corpus_file("antara-rss-2026.json").read_text("utf-8"))
    return items[:count]


def test_feed_items_keep_their_time_in_jakarta_whatever_the_zone():
    items = _feed_items(6)
    expected = [parsedate_to_datetime(i["Tanggal Terbit"]).astimezone(JAKARTA) for i in items]

    def rss(dates: list[str]) -> bytes:
        entries = "".join(
            f"<item><title>{escape(i['Judul'])}</title><link>{escape(i['Link'])}</link>"
            f"<description>{escape(i['Ringkasan'])}</description><pubDate>{d}</pubDate></item>"
            for i, d in zip(items, dates, strict=True))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>{entries}'
                f"</channel></rss>").encode()

    def naive(moment: datetime) -> datetime:
        return moment.astimezone(JAKARTA).replace(tzinfo=None)

    as_written = [i["Tanggal Terbit"] for i in items]  # RFC 822, +0700
    eastern = timezone(timedelta(hours=-5))
    in_est = [m.astimezone(eastern).strftime("%a, %d %b %Y %H:%M:%S EST") for m in expected]
    in_wita = [m.astimezone(timezone(timedelta(hours=8))).strftime("%a, %d %b %Y %H:%M:%S WITA")
               for m in expected]
    for dates in (as_written, in_est, in_wita):
        read = [d.published for d in read_feed(rss(dates), "uji.xml", "uji.xml")]
        assert read == [naive(m) for m in expected], dates[0]
    # a date without a time stays a date (no 07:00 from a UTC midnight)
    date_only = [m.strftime("%a, %d %b %Y") for m in expected]
    read = [d.published for d in read_feed(rss(date_only), "uji.xml", "uji.xml")]
    assert read == [datetime(m.year, m.month, m.day) for m in expected]

    atom_entries = "".join(
        f"<entry><title>{escape(i['Judul'])}</title><link href=\"{escape(i['Link'])}\"/>"
        f"<id>{escape(i['Link'])}</id>"
        f"<updated>{m.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>"
        f"<summary>{escape(i['Ringkasan'])}</summary></entry>"
        for i, m in zip(items, expected, strict=True))
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Uji</title>'
            f"{atom_entries}</feed>").encode()
    assert [d.published for d in read_feed(atom, "uji.atom", "uji.atom")] == [
        naive(m) for m in expected]

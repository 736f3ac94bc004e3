"""Exports of the current search: CSV for researchers, an Atom feed for feed readers."""

from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from flask import Blueprint, Response, current_app, request, url_for

from search import BadRequest
from search.statements import CSV_COLUMNS as STATEMENT_COLUMNS
from search.statements import csv_cells
from webui.engine import engine
from webui.errors import indonesian
from webui.formatting import JAKARTA, today_in_jakarta
from webui.highlight import plain_text
from webui.params import canonical_selection, filter_args, selection_url

bp = Blueprint("exports", __name__)

CSV_MAX_ROWS = 1000
FEED_ENTRIES = 50
CSV_COLUMNS = ["rank", "id", "title", "url", "source", "published", "published_at", "provinces",
               "regencies",
               "officials", "snippet", "also_in", "kabar_url"]
ATOM = "http://www.w3.org/2005/Atom"
# a spreadsheet runs a cell that starts with one of these as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_FILENAME = re.compile(r"[^a-z0-9]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML 1.0 form


def spreadsheet_safe(value: str) -> str:
    """A cell value that a spreadsheet shows as text, never evaluates (CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _all_hits(sort: str, cap: int, incomplete: list[str]) -> tuple[int, list[dict]]:
    """Up to `cap` hits of the current selection, in one pass of the engine; the parts the time
    limit cut short are added to `incomplete`."""
    return engine().export(**filter_args(), sort=sort, rows=cap, incomplete=incomplete)


def csv_rows(hits: list[dict], start_rank: int = 1) -> list[list[str]]:
    rows = []
    for rank, hit in enumerate(hits, start_rank):
        officials = "; ".join(f"{o['name']} ({o['role']})" if o.get("role") else o["name"]
                              for o in hit["officials"])
        copies = "; ".join(f"{c['source']} ({c['url'] or c['id']})" if c.get("source")
                           else c["url"] or c["id"] for c in hit.get("also_in", []))
        row = [str(rank), hit["id"], plain_text(hit["title"]), hit["url"], hit["source"],
               hit["published"] or "", hit.get("published_at") or "", "; ".join(hit["provinces"]),
               "; ".join(hit["regencies"]),
               officials, plain_text(hit["snippet"]), copies,
               url_for("pages.article_page", id=hit["id"], _external=True)]
        rows.append([spreadsheet_safe(cell) for cell in row])
    return rows


def _filename(extension: str) -> str:
    words = _UNSAFE_FILENAME.sub("-", request.args.get("q", "").lower()).strip("-")[:40]
    return f"kabar-{words or 'semua'}-{today_in_jakarta().isoformat()}.{extension}"


def _bad_request(problem: BadRequest) -> Response:
    return Response(f"Permintaan tidak valid: {indonesian(problem)}\n", status=400,
                    mimetype="text/plain")


def csv_cap() -> int:
    return int(current_app.config.get("KABAR_CSV_MAX_ROWS", CSV_MAX_ROWS))


@bp.route("/ekspor.csv")
def export_csv():
    sort = request.args.get("sort", "relevance")
    try:
        incomplete: list[str] = []
        total, hits = _all_hits(sort, csv_cap(), incomplete)
    except BadRequest as problem:
        return _bad_request(problem)
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: quotes where needed, CRLF line ends
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(hits))
    response = Response(out.getvalue(), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="{_filename("csv")}"'
    response.headers["X-Kabar-Total"] = str(total)
    response.headers["X-Kabar-Rows"] = str(len(hits))
    # the rows after those with all the words (best match): the page says where they begin
    response.headers["X-Kabar-Partial"] = str(sum(1 for hit in hits if hit.get("partial")))
    if incomplete:  # the export ran past the time limit: these parts are plainer (docs/api.md)
        response.headers["X-Kabar-Incomplete"] = ",".join(incomplete)
    return response


@bp.route("/ekspor-pernyataan.csv")
def export_statements_csv():
    """The statements of the current search (Engine.statements), as many as the CSV cap."""
    sort = request.args.get("sort", "relevance")
    try:
        listed = engine().statements(**filter_args(), sort=sort, limit=csv_cap())
    except BadRequest as problem:
        return _bad_request(problem)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*STATEMENT_COLUMNS, "kabar_url"])
    for row in listed["statements"]:
        cells = [*csv_cells(row), url_for("pages.article_page", id=row["article"]["id"],
                                          _external=True)]
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    response = Response(out.getvalue(), mimetype="text/csv")
    name = _filename("csv").replace("kabar-", "kabar-pernyataan-", 1)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    response.headers["X-Kabar-Total"] = str(listed["total"])
    response.headers["X-Kabar-Rows"] = str(len(listed["statements"]))
    return response


def _atom_time(hit: dict) -> str:
    """A hit's publication as an RFC 3339 instant: its time when the source gave one, else
    midnight in Jakarta; an undated article gets the epoch, which is stable (a feed reader would
    take a changing time for an edit)."""
    if hit.get("published_at"):
        return hit["published_at"]
    if not hit.get("published"):
        return "1970-01-01T00:00:00Z"
    day = datetime.fromisoformat(hit["published"])
    return day.replace(tzinfo=day.tzinfo or JAKARTA).isoformat()


def stable_id(name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, "kabar:" + name).urn


def _xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}",
                            {name: _xml_safe(value) for name, value in attributes.items()})
    if text is not None:
        element.text = _xml_safe(text)
    return element


PARTIAL_TITLE = "[tidak memuat semua kata] "
PARTIAL_TERM = "kabar:sebagian-kata"


def atom_feed(hits: list[dict], title: str, self_url: str, page_url: str, feed_id: str) -> bytes:
    """An Atom 1.0 document (RFC 4287) of hits given newest first."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "id"})
    _sub(feed, "id", feed_id)
    _sub(feed, "title", title)
    dated = [_atom_time(hit) for hit in hits if hit["published"]]
    updated = (max(dated, key=datetime.fromisoformat) if dated
               else datetime.now(UTC).replace(microsecond=0).isoformat())
    _sub(feed, "updated", updated)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=page_url)
    author = _sub(feed, "author")
    _sub(author, "name", "Kabar")
    _sub(feed, "generator", "Kabar")
    for hit in hits:
        entry = _sub(feed, "entry")
        kabar_page = url_for("pages.article_page", id=hit["id"], _external=True)
        _sub(entry, "id", stable_id(hit["id"]))
        # a best-match row lacks a part of the query: a reader sorts by date, so the title says
        # so (what readers show), and a category a program can read
        lacking = PARTIAL_TITLE if hit.get("partial") else ""
        _sub(entry, "title", lacking + plain_text(hit["title"]))
        _sub(entry, "updated", _atom_time(hit))
        if hit["published"]:
            _sub(entry, "published", _atom_time(hit))
        if hit["url"].startswith(("http://", "https://")):
            _sub(entry, "link", rel="alternate", type="text/html", href=hit["url"])
            _sub(entry, "link", rel="related", type="text/html", href=kabar_page)
        else:
            _sub(entry, "link", rel="alternate", type="text/html", href=kabar_page)
        entry_author = _sub(entry, "author")
        _sub(entry_author, "name", hit["source"] or "Tidak diketahui")
        for region in [*hit["provinces"], *hit["regencies"]]:
            _sub(entry, "category", term=region)
        if hit.get("partial"):
            _sub(entry, "category", term=PARTIAL_TERM, label="Tidak memuat semua kata")
        _sub(entry, "summary", plain_text(hit["snippet"]), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


@bp.route("/feed.atom")
def export_atom():
    try:
        response = engine().search(**filter_args(), sort="newest", page=1, limit=FEED_ENTRIES)
    except BadRequest as problem:
        return _bad_request(problem)
    # TODO(search): "newest" puts undated articles first; they belong after the dated ones
    hits = sorted(response["hits"], key=lambda hit: hit["published"] is None)
    q = request.args.get("q", "").strip()
    title = f"Kabar: {q}" if q else "Kabar: berita terbaru"
    selection = canonical_selection()
    document = atom_feed(
        hits, title,
        self_url=request.url_root.rstrip("/") + selection_url("/feed.atom"),
        page_url=request.url_root.rstrip("/") + selection_url("/", sort="newest"),
        feed_id=stable_id("feed?" + selection),
    )
    answer = Response(document, mimetype="application/atom+xml")
    answer.headers["X-Kabar-Partial"] = str(sum(1 for hit in hits if hit.get("partial")))
    return answer

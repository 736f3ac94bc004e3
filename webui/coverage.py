"""Attention compared and what the coverage is about: /api/attention (JSON and CSV),
/api/words, and what the results page shows beside its chart ("Bandingkan")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, request

from search import BadRequest
from search.attention import MAX_QUERIES, attention, csv_rows
from search.words import distinctive_words
from webui.chart import Chart, build_chart
from webui.engine import engine
from webui.errors import bad_request_json
from webui.exports import spreadsheet_safe
from webui.formatting import today_in_jakarta
from webui.params import filter_args, search_url

bp = Blueprint("coverage", __name__)
COMPARE = "banding"  # the results page's parameter for the queries compared with its own


def _filters() -> dict:
    return {key: value for key, value in filter_args().items() if key != "q"}


def _api_attention() -> dict:
    queries = request.args.getlist("q") or [""]
    return attention(engine(), queries, request.args.get("interval", "month"), **_filters())


@bp.route("/api/attention")
def api_attention():
    try:
        return jsonify(_api_attention())
    except BadRequest as problem:
        return bad_request_json(problem)


@bp.route("/api/attention.csv")
def api_attention_csv():
    try:
        response = _api_attention()
    except BadRequest as problem:
        return bad_request_json(problem)
    out = io.StringIO()
    csv.writer(out).writerows([[spreadsheet_safe(cell) for cell in row]
                               for row in csv_rows(response)])
    reply = Response(out.getvalue(), mimetype="text/csv")
    name = f"kabar-perhatian-{response['interval']}-{today_in_jakarta().isoformat()}.csv"
    reply.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return reply


@bp.route("/api/words")
def api_words():
    try:
        return jsonify(distinctive_words(engine(), **filter_args()))
    except BadRequest as problem:
        return bad_request_json(problem)


@dataclass
class Coverage:
    """What the results page shows about its search beside the hits."""

    chart: Chart | None
    queries: list[str]  # the page's query, then those compared with it
    compared: list[str]  # the `banding` values
    csv_url: str
    words: dict | None = None  # drawn by the server (`kata=1`, the way without script)
    words_url: str | None = None  # else fetched by the page's script
    notices: list[str] = field(default_factory=list)


def compared_queries() -> list[str]:
    """The queries the results page compares with its own (non-empty, at most two)."""
    return [q.strip() for q in request.args.getlist(COMPARE) if q.strip()][:MAX_QUERIES - 1]


def page_coverage(q: str, words: bool) -> Coverage:
    """The chart of the page's query and those compared with it, with the CSV of its series
    and, with `words`, what the coverage of the page's query is about: the URL of
    /api/words for the page's script to fetch after the page (reading a hundred articles would
    make every results page wait), or the words themselves when the URL asks (`kata=1`).
    Raises BadRequest."""
    compared = compared_queries()
    queries = [q, *compared]
    response = attention(engine(), queries, request.args.get("interval", "auto"), **_filters())
    chart = build_chart(response, lambda span: search_url(from_=span.from_, to=span.to))
    filters = [(key, value) for key in ("region", "official", "source", "from", "to")
               for value in request.args.getlist(key) if value]
    pairs = [("q", item) for item in queries] + filters + [("interval", response["interval"])]
    about, about_url = None, None
    if words and request.args.get("kata") == "1":
        about = distinctive_words(engine(), **filter_args())
    elif words:
        about_url = "/api/words?" + urlencode([("q", q), *filters])
    return Coverage(chart, queries, compared, "/api/attention.csv?" + urlencode(pairs), about,
                    about_url, [n for n in response["notices"] if n.startswith("Grafik")])

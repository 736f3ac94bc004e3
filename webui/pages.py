"""The HTML pages: search (with the chart), article, official, API documentation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from flask import Blueprint, Response, abort, render_template, request

from search import BadRequest
from search.attention import attention
from webui.chart import build_chart
from webui.coverage import page_coverage
from webui.engine import engine
from webui.errors import indonesian
from webui.exports import FEED_ENTRIES, csv_cap
from webui.formatting import today_in_jakarta
from webui.highlight import marked_title, query_terms, statement_paragraphs
from webui.params import date_presets, engine_args, presets_end, search_url
from webui.sidebar import active_chips, clear_filters_url, facet_groups

bp = Blueprint("pages", __name__)

SORT_LABELS = {"relevance": "Relevansi", "newest": "Terbaru", "oldest": "Terlama"}
OFFICIAL_PAGE_SIZE = 20
STATEMENTS_PAGE_SIZE = 20
VIEWS = {"artikel": "Artikel", "pernyataan": "Pernyataan"}  # tampil=: what the results list
COMPANIONS_FROM = 100  # the official page reads companions from this many newest articles


def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """Page numbers to link: the first, the last and a window around the current one; None
    stands for a gap."""
    wanted = {1, pages, *range(page - around, page + around + 1)}
    numbers: list[int | None] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= pages):
        if number - previous == 2:  # a gap of one page is shown as that page
            numbers.append(previous + 1)
        elif number - previous > 2:
            numbers.append(None)
        numbers.append(number)
        previous = number
    return numbers


@dataclass
class Pagination:
    page: int
    pages: int
    numbers: list[int | None]
    past: int | None = None  # the page asked for, when it is past the last one


def _pagination(response: dict) -> Pagination:
    listed = response["total"] + response.get("partial", 0)  # partial matches come after
    pages = max(1, -(-listed // response["limit"]))
    return Pagination(response["page"], pages, page_numbers(response["page"], pages))


def _paged_search(**request) -> tuple[dict, Pagination]:
    """engine().search(**request) and its pagination. A page past the last one is not an error,
    even above the engine's highest page number: the response is then page 1's (for the total,
    the facets and the chart) and `past` says which page was asked for."""
    try:
        response = engine().search(**request)
    except BadRequest as problem:
        if not (problem.parameter == "page" and problem.reason == "range"
                and int(request["page"]) > problem.allowed[1]):
            raise
        response = engine().search(**{**request, "page": 1})
        pagination = _pagination(response)
        listed = response["total"] + response.get("partial", 0)
        if listed and int(request["page"]) <= pagination.pages:
            raise problem from None  # a real page, but further than the engine pages
        pagination.past = int(request["page"]) if listed else None
        return response, pagination
    pagination = _pagination(response)
    if (response["total"] or response.get("partial")) and response["page"] > pagination.pages:
        pagination.past = response["page"]
    return response, pagination


@bp.route("/")
def search_page():
    args = engine_args()
    if "sort" not in request.args and not args["q"].strip():
        args["sort"] = "newest"  # with no words, the newest articles are the useful order
    today = today_in_jakarta()
    end = presets_end(today, engine().newest_date())
    presets = date_presets(today, end)
    view = request.args.get("tampil", "artikel")
    view = view if view in VIEWS else "artikel"
    said = None
    try:
        response, pagination = _paged_search(**args)
        coverage = page_coverage(args["q"], words=pagination.page == 1 and bool(
            args["q"].strip() or any(request.args.get(k) for k in ("region", "official",
                                                                   "source"))))
        if view == "pernyataan":
            said = engine().statements(**{**args, "limit": STATEMENTS_PAGE_SIZE})
    except BadRequest as problem:
        return render_template("search.html", args=args, error=indonesian(problem),
                               bad_parameter=problem.parameter if problem.parameter in
                               request.args else None, response=None,
                               chips=active_chips(None), presets=presets,
                               sort_labels=SORT_LABELS, view=view, views=VIEWS), 400
    return render_template(
        "search.html", args=args, error=None, response=response, chart=coverage.chart,
        coverage=coverage,
        groups=facet_groups(response), chips=active_chips(response),
        clear_url=clear_filters_url(), presets=presets, archive_end=end if end < today else None,
        pagination=pagination, view=view, views=VIEWS, said=said,
        sort_labels=SORT_LABELS, csv_cap=csv_cap(), feed_entries=FEED_ENTRIES)


@bp.route("/artikel")
def article_page():
    article_id = request.args.get("id", "")
    if not article_id:
        abort(400, description="Tautan artikel ini tidak menyebut id artikel.")
    article = engine().get(article_id)
    if article is None:
        abort(404, description="Tidak ada artikel dengan id ini di indeks. Mungkin artikel itu "
                               "sudah dihapus atau indeks dibangun ulang.")
    terms = query_terms(engine(), request.args.get("q", ""))
    return render_template(
        "article.html", article=article, title=marked_title(article["title"], terms),
        paragraphs=statement_paragraphs(article["body"], article["statements"], terms),
        marked=bool(terms),
        related=engine().related(article_id, limit=5),
        back_url=(search_url("/", keep_page=True, id=None)
                  if any(key != "id" for key in request.args) else None))


def _companions(name: str, hits: list[dict], limit: int = 10) -> list[tuple[str, int]]:
    counts = Counter(o["name"] for hit in hits for o in hit["officials"] if o["name"] != name)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]


@bp.route("/pejabat")
def official_page():
    written = request.args.get("nama", "").strip()
    if not written:
        abort(400, description="Tautan ini tidak menyebut nama pejabat.")
    person = engine().official(written)  # "Jokowi" is Joko Widodo's page
    if person is None:
        abort(404, description="Tidak ada artikel yang menyebut pejabat dengan nama ini.")
    name = person["name"]
    try:
        response, pagination = _paged_search(
            official=[name], sort="newest", page=request.args.get("page", "1"),
            limit=OFFICIAL_PAGE_SIZE, head=COMPANIONS_FROM)
    except BadRequest as problem:
        abort(400, description=indonesian(problem))
    newest = response["head"]
    words = " ".join(request.args.get("kata", "").replace('"', " ").split())
    try:
        said = engine().statements(
            f'pejabat:"{name}"' + (f' kata:"{words}"' if words else ""), sort="newest",
            page=request.args.get("hal", "1"), limit=STATEMENTS_PAGE_SIZE)
    except BadRequest as problem:
        abort(400, description=indonesian(problem))
    chart = build_chart(attention(engine(), [""], "auto", official=[name]), lambda span: search_url(
        "/", official=[name], from_=span.from_, to=span.to, nama=None))
    return render_template(
        "official.html", name=name, person=person, response=response,
        companions=_companions(name, newest),
        companions_from=min(COMPANIONS_FROM, response["total"]),
        chart=chart, pagination=pagination, said=said, words=words)


@bp.route("/api")
def api_docs():
    return render_template("api.html", root=request.url_root.rstrip("/"),
                           csv_cap=csv_cap(), feed_entries=FEED_ENTRIES)


@bp.route("/favicon.ico")
def favicon():
    """Nothing, said politely: browsers ask for it even for the JSON and feed documents."""
    return Response(status=204)

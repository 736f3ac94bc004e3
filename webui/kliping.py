"""The daily clipping ("kliping") as a page and as a PDF: /kliping and /kliping.pdf take a
search's parameters (or `pantau=NAME`, saved searches; none: every saved search) and `since`
(24h, 7d, a date or a time; default 24h). `kabar kliping` writes the same file
(``write_clipping``). search/clipping.py gathers what it shows."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flask import Blueprint, Flask, Response, abort, render_template, request

from search import BadRequest
from search.clipping import JAKARTA, SinceError, clipping, parse_since
from search.saved import SavedSearch, SavedSearchError, find, load
from webui.chart import build_chart
from webui.engine import engine
from webui.errors import indonesian
from webui.formatting import today_in_jakarta
from webui.monitor import moment_label, saved_path

bp = Blueprint("kliping", __name__)
STYLESHEET = Path(__file__).parent / "static" / "kliping.css"
DEFAULT_SINCE = "24h"


def render_clipping(searches: list[SavedSearch], since: datetime, for_pdf: bool,
                    until: datetime | None = None) -> str:
    """The clipping's HTML (inside a request context of the app)."""
    gathered = clipping(engine(), searches, since, until)
    chart = build_chart(gathered["attention"], lambda span: "")
    return render_template("kliping.html", clip=gathered, chart=chart, for_pdf=for_pdf,
                           since=moment_label(gathered["since"]),
                           until=moment_label(gathered["until"]), label=moment_label)


def pdf_bytes(html: str) -> bytes:
    from weasyprint import CSS, HTML  # imported when asked for: it loads Pango

    return HTML(string=html, base_url=str(STYLESHEET.parent)).write_pdf(
        stylesheets=[CSS(filename=str(STYLESHEET))])


def write_clipping(app: Flask, searches: list[SavedSearch], since: datetime, out: Path,
                   until: datetime | None = None) -> int:
    """Write the clipping to `out` (.pdf or .html); the number of articles it lists."""
    as_pdf = out.suffix.lower() == ".pdf"
    with app.test_request_context("/kliping"):
        html = render_clipping(searches, since, for_pdf=as_pdf, until=until)
        counted = html.count('class="clip-item"')
    if as_pdf:
        out.write_bytes(pdf_bytes(html))
    else:
        out.write_text(html, "utf-8")
    return counted


def _requested() -> tuple[list[SavedSearch], datetime]:
    try:
        since = parse_since(request.args.get("since") or DEFAULT_SINCE,
                            datetime.now(JAKARTA).replace(microsecond=0))
    except SinceError as problem:
        abort(400, description=problem.pesan)
    names = [n for n in request.args.getlist("pantau") if n.strip()]
    picked = {key: request.args.getlist(key) for key in ("region", "official", "source")}
    q = request.args.get("q", "")
    if q.strip() or any(picked.values()):
        return [SavedSearch(q.strip() or "Pencarian", q, **picked)], since
    try:
        saved = load(saved_path())
        return ([find(saved, name) for name in names] if names else saved), since
    except SavedSearchError as problem:
        abort(404 if problem.missing else 503, description=problem.pesan)


@bp.route("/kliping")
def clipping_page():
    searches, since = _requested()
    try:
        return render_clipping(searches, since, for_pdf=False)
    except BadRequest as problem:
        abort(400, description=indonesian(problem))


@bp.route("/kliping.pdf")
def clipping_pdf():
    searches, since = _requested()
    try:
        html = render_clipping(searches, since, for_pdf=True)
    except BadRequest as problem:
        abort(400, description=indonesian(problem))
    response = Response(pdf_bytes(html), mimetype="application/pdf")
    name = f"kliping-{today_in_jakarta().isoformat()}.pdf"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response

"""Pages and the JSON API."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import BadRequest, Engine

bp = Blueprint("kabar", __name__)


def engine() -> Engine:
    return current_app.extensions["kabar_engine"]


def search_args() -> dict:
    args = request.args
    return {
        "q": args.get("q", ""),
        "region": args.getlist("region"),
        "official": args.getlist("official"),
        "source": args.getlist("source"),
        "date_from": args.get("from") or None,
        "date_to": args.get("to") or None,
        "sort": args.get("sort", "relevance"),
        "page": args.get("page", "1"),
        "limit": args.get("limit", "10"),
    }


FACET_PARAMS = {"province": "region", "regency": "region", "official": "official",
                "source": "source"}


@bp.app_template_global()
def url_with(**changes) -> str:
    """The current search URL with parameters changed: a list value toggles one value in or out,
    None removes the parameter. Any change but a page change goes back to page 1."""
    args = {key: request.args.getlist(key) for key in request.args}
    for key, value in changes.items():
        if value is None:
            args.pop(key, None)
        elif key in ("region", "official", "source"):
            values = args.get(key, [])
            args[key] = [v for v in values if v != value] if value in values else [*values, value]
        else:
            args[key] = [str(value)]
    if "page" not in changes:
        args.pop("page", None)
    pairs = [(key, v) for key, values in args.items() for v in values if v != ""]
    return "/?" + urlencode(pairs)


@bp.route("/")
def search_page():
    params = search_args()
    try:
        response = engine().search(**params)
        error = None
    except BadRequest as problem:
        response, error = None, str(problem)
    status = 400 if error else 200
    return render_template("search.html", params=params, response=response, error=error), status


@bp.route("/api/search")
def api_search():
    try:
        return jsonify(engine().search(**search_args()))
    except BadRequest as problem:
        return jsonify({"error": str(problem)}), 400


@bp.route("/api/article")
def api_article():
    article_id = request.args.get("id", "")
    if not article_id:
        return jsonify({"error": "id is required"}), 400
    article = engine().get(article_id)
    if article is None:
        return jsonify({"error": "no article with this id"}), 404
    return jsonify(article)


@bp.app_errorhandler(HTTPException)
def http_error(error: HTTPException):
    if request.path.startswith("/api/"):
        return jsonify({"error": error.description}), error.code
    return render_template("error.html", error=error), error.code


@bp.app_errorhandler(Exception)
def server_error(error: Exception):
    current_app.logger.exception("unexpected error")
    if request.path.startswith("/api/"):
        return jsonify({"error": "internal error"}), 500
    return render_template("error.html", error=None), 500


"""The JSON API: /api/search and /api/article return what Engine.search and Engine.get return
(DESIGN.md), the same JSON as `kabar search --json` and `kabar show --json`."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from search import BadRequest
from webui.engine import engine
from webui.errors import bad_request_json
from webui.params import engine_args

bp = Blueprint("api", __name__)


@bp.route("/api/search")
def api_search():
    try:
        return jsonify(engine().search(**engine_args()))
    except BadRequest as problem:
        return bad_request_json(problem)


@bp.route("/api/statements")
def api_statements():
    """Engine.statements: the statements of a search instead of its hits."""
    try:
        return jsonify(engine().statements(**{**engine_args(),
                                              "limit": request.args.get("limit", "20")}))
    except BadRequest as problem:
        return bad_request_json(problem)


@bp.route("/api/article")
def api_article():
    article_id = request.args.get("id", "")
    if not article_id:
        return jsonify({"error": "id is required", "parameter": "id",
                        "pesan": "Permintaan ini tidak menyebut id artikel."}), 400
    article = engine().get(article_id)
    if article is None:
        return jsonify({"error": "no article with this id",
                        "pesan": "Tidak ada artikel dengan id ini di indeks."}), 404
    return jsonify(article)

"""Saved searches in the web UI (``kabar pantau``): /pantau lists them with what is new since
each was last looked at, /pantau/feed.atom is each one's Atom feed. The searches live in the file
beside the index (search/saved.py); the web UI only reads it (it has no write endpoint). A look
from a browser ("Tandai sudah dilihat", /pantau/dilihat) is kept in that browser, as a cookie of
times by name; without one, the file's `seen` counts (``kabar pantau seen``)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, redirect, render_template, request

from search import BadRequest
from search.saved import SavedSearch, SavedSearchError, counts, find, is_new, load
from search.saved import saved_path as _saved_path
from webui.engine import engine
from webui.errors import indonesian
from webui.exports import FEED_ENTRIES, atom_feed, stable_id
from webui.formatting import JAKARTA, published_label

bp = Blueprint("monitor", __name__)
NEWEST_SHOWN = 5  # new articles a saved search lists on the page
SEEN_COOKIE = "kabar_dilihat"
SEEN_KEPT_DAYS = 400


def saved_path() -> Path:
    return _saved_path(current_app.config["KABAR_INDEX"])


def search_link(saved: SavedSearch, path: str = "/", **extra: str) -> str:
    pairs = [("q", saved.query)] if saved.query else []
    pairs += [(key, value) for key in ("region", "official", "source")
              for value in getattr(saved, key)]
    pairs += [("scope", saved.scope)] if saved.scope != "all" else []
    pairs += list(extra.items())
    return f"{path}?{urlencode(pairs)}" if pairs else path


def moment_label(moment: datetime | str | None) -> str:
    """A time as the pages write it, in Jakarta time: '4 Desember 2025 09.15 WIB'."""
    if moment is None:
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    local = moment.astimezone(JAKARTA) if moment.tzinfo else moment
    return published_label({"published": local.date().isoformat(),
                            "published_at": local.isoformat()})


def _newest(saved: SavedSearch, count: int) -> list[dict]:
    hits = engine().search(**saved.filters(), sort="newest", limit=FEED_ENTRIES)["hits"]
    dated = sorted(hits, key=lambda hit: hit["published"] is None)
    return dated[:count]


def _looks() -> dict[str, str]:
    """This browser's looks: saved search name (case folded) -> ISO time; a damaged cookie is
    no look at all."""
    try:
        looks = json.loads(request.cookies.get(SEEN_COOKIE, "{}"))
    except ValueError:
        return {}
    return {k: v for k, v in looks.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(looks, dict) else {}


def _with_look(saved: SavedSearch, looks: dict[str, str]) -> SavedSearch:
    try:
        seen = datetime.fromisoformat(looks[saved.name.casefold()])
    except (KeyError, ValueError):
        return saved
    if seen.tzinfo is None:
        return saved
    return SavedSearch(saved.name, saved.query, saved.region, saved.official, saved.source,
                       saved.created, seen, saved.scope)


@bp.route("/pantau")
def saved_searches_page():
    path = saved_path()
    try:
        searches = load(path)
    except SavedSearchError as problem:
        return render_template("pantau.html", items=[], path=path,
                               error=_without_folders(problem.pesan, path)), 503
    looks = _looks()
    items = []
    for saved in (_with_look(s, looks) for s in searches):
        try:
            counted = counts(engine(), saved)
            newest = [hit for hit in _newest(saved, NEWEST_SHOWN) if is_new(saved, hit)]
            problem = None
        except BadRequest as error:
            counted, newest, problem = {"total": 0, "new": 0, "newest": None}, [], indonesian(
                error)
        items.append({"saved": saved, "counts": counted, "newest": newest, "problem": problem,
                      "url": search_link(saved, sort="newest"),
                      "seen": moment_label(saved.seen),
                      "newest_at": moment_label(counted["newest"]),
                      "feed": "/pantau/feed.atom?" + urlencode({"nama": saved.name}),
                      "look": "/pantau/dilihat?" + urlencode({"nama": saved.name})})
    return render_template("pantau.html", items=items, path=path, error=None)


def _without_folders(message: str, path: Path) -> str:
    """A message with the saved searches' file named by its name only: anyone who can open a
    page is not told where the server keeps its files (the CLI says the whole path)."""
    return message.replace(str(path), path.name)


def _named() -> SavedSearch:
    name = request.values.get("nama", "").strip()
    if not name:
        abort(400, description="Permintaan ini tidak menyebut nama pencarian tersimpan (nama).")
    try:
        return find(load(saved_path()), name)
    except SavedSearchError as problem:
        abort(404 if problem.missing else 503,
              description=_without_folders(problem.pesan, saved_path()))


@bp.route("/pantau/feed.atom")
def saved_search_feed():
    saved = _named()
    try:
        hits = _newest(saved, FEED_ENTRIES)
    except BadRequest as problem:
        abort(400, description=indonesian(problem))
    root = request.url_root.rstrip("/")
    document = atom_feed(
        hits, f"Kabar, pantauan: {saved.name}",
        self_url=root + "/pantau/feed.atom?" + urlencode({"nama": saved.name}),
        page_url=root + search_link(saved, sort="newest"),
        feed_id=stable_id("pantau?" + saved.name))
    return Response(document, mimetype="application/atom+xml")


@bp.route("/pantau/dilihat")
def saved_search_seen():
    """Note in this browser that a saved search was looked at now, then back to /pantau."""
    saved = _named()
    looks = _looks()
    looks[saved.name.casefold()] = datetime.now(JAKARTA).replace(microsecond=0).isoformat()
    response = redirect("/pantau", code=303)
    response.set_cookie(SEEN_COOKIE, json.dumps(looks, ensure_ascii=True, sort_keys=True),
                        max_age=SEEN_KEPT_DAYS * 86_400, path="/pantau", httponly=True,
                        samesite="Lax")
    return response

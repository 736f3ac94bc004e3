"""The web UI's one search engine: opened once by the app factory, reached by every view."""

from __future__ import annotations

import gc

from flask import Flask, current_app

from search import Engine, open_index

_EXTENSION = "kabar_engine"


def open_engine(app: Flask) -> None:
    """Open the index of the app's KABAR_INDEX (fails now when there is no usable index), with
    the time limit of KABAR_SEARCH_SECONDS when it is set."""
    seconds = app.config.get("KABAR_SEARCH_SECONDS")
    app.extensions[_EXTENSION] = (open_index(app.config["KABAR_INDEX"]) if seconds is None
                                  else open_index(app.config["KABAR_INDEX"], float(seconds)))


def engine() -> Engine:
    """The current app's engine."""
    return current_app.extensions[_EXTENSION]


def warm_up_and_freeze(app: Flask) -> None:
    """Make a serving process ready, the same way however it is started (`kabar serve`,
    ``webui.wsgi:app`` under a WSGI server): one search before the first request (it loads the
    word lists and synonym tables), then everything made so far is left out of the collector's
    full passes: each walked it again, about 0.1 s of CPU inside some request (3 of
    bench.search's 78 at x10; 25 ms frozen). A snapshot replaced after a commit is still freed
    (by its reference count; it holds no cycle). Not for tests or scripts that make many apps:
    what is frozen is never collected."""
    with app.app_context():
        engine().search("pemerintah daerah", limit=1)
    gc.collect()
    gc.freeze()

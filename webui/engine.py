"""The web UI's one search engine: opened once by the app factory, reached by every view."""

from __future__ import annotations

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

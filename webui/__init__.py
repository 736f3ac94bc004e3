"""Kabar web UI: a Flask app factory. It renders what ``search`` returns and builds no queries."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from flask import Flask

from webui import formatting, params
from webui.chart import percent
from webui.engine import open_engine

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def web_url(url: str | None) -> str | None:
    """The URL when it is an http(s) link, else None: a stored URL comes from the articles, and
    a javascript: or data: one must never become a link."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


def _template_helpers(app: Flask) -> None:
    app.jinja_env.globals.update(search_url=params.search_url, selection_url=params.selection_url,
                                 toggled=params.toggled)
    app.jinja_env.filters.update(long_date=formatting.long_date,
                                 short_date=formatting.short_date,
                                 published_label=formatting.published_label,
                                 number=formatting.number, month_name=formatting.month_name,
                                 web_url=web_url, percent=percent)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["KABAR_INDEX"] = os.environ.get("KABAR_INDEX", "kabar-index")
    if os.environ.get("KABAR_SEARCH_SECONDS"):
        app.config["KABAR_SEARCH_SECONDS"] = os.environ["KABAR_SEARCH_SECONDS"]
    app.config.update(config or {})
    open_engine(app)
    _template_helpers(app)

    from webui import api, coverage, errors, exports, kliping, monitor, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(coverage.bp)
    app.register_blueprint(monitor.bp)
    app.register_blueprint(kliping.bp)
    errors.register(app)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app

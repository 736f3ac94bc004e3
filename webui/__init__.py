"""Kabar web UI: a Flask app factory. It renders what ``search`` returns and builds no queries."""

from __future__ import annotations

import os

from flask import Flask

from search import open_index

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config["KABAR_INDEX"] = os.environ.get("KABAR_INDEX", "kabar-index")
    app.config.update(config or {})
    app.extensions["kabar_engine"] = open_index(app.config["KABAR_INDEX"])

    from webui.routes import bp

    app.register_blueprint(bp)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return app

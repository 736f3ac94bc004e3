"""Error pages: JSON under /api/, an Indonesian page elsewhere; never a traceback."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import KabarIndexError

TITLES = {400: "Permintaan tidak valid", 404: "Halaman tidak ditemukan",
          405: "Metode tidak diizinkan"}
# said instead of Werkzeug's English text when a page gave no reason of its own
MESSAGES = {400: "Parameter permintaan tidak dapat dibaca.",
            404: "Alamat ini tidak ada di Kabar. Periksa tautannya atau cari dari halaman utama.",
            405: "Halaman ini hanya bisa dibuka, tidak dikirimi formulir."}


def _http_error(error: HTTPException):
    if request.path.startswith("/api/"):
        return jsonify({"error": error.description}), error.code
    code = error.code or 500
    message = error.description
    if message == type(error).description:
        message = MESSAGES.get(code, message)
    return render_template("error.html", title=TITLES.get(code, error.name),
                           message=message), code


def _index_unavailable(error: KabarIndexError):
    """The index was removed, is being replaced by hand, or needs a rebuild: say so (503)."""
    current_app.logger.error("index unavailable: %s", error)
    message = f"Indeks pencarian tidak tersedia: {error}"
    if request.path.startswith("/api/"):
        return jsonify({"error": f"index unavailable: {error}"}), 503
    return render_template("error.html", title="Indeks tidak tersedia", message=message), 503


def _server_error(error: Exception):
    current_app.logger.exception("unexpected error")
    if request.path.startswith("/api/"):
        return jsonify({"error": "internal error"}), 500
    return render_template("error.html", title="Terjadi kesalahan",
                           message="Permintaan ini tidak dapat diproses. Silakan coba lagi."), 500


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(KabarIndexError, _index_unavailable)
    app.register_error_handler(Exception, _server_error)

"""Error pages: JSON under /api/ (`error` in English, `pesan` in Indonesian), an Indonesian
page elsewhere; never a traceback."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import BadRequest, KabarIndexError
from webui.formatting import number

TITLES = {400: "Permintaan tidak valid", 403: "Tidak diizinkan", 404: "Halaman tidak ditemukan",
          405: "Metode tidak diizinkan", 503: "Tidak tersedia"}
# said instead of Werkzeug's English text when a page gave no reason of its own
MESSAGES = {400: "Parameter permintaan tidak dapat dibaca.",
            404: "Alamat ini tidak ada di Kabar. Periksa tautannya atau cari dari halaman utama.",
            405: "Halaman ini hanya bisa dibuka, tidak dikirimi formulir."}
SERVER_ERROR = "Permintaan ini tidak dapat diproses. Silakan coba lagi."

# a parameter's name as the pages say it; the URL's name follows in brackets
PARAMETERS = {"page": "Nomor halaman", "limit": "Jumlah hasil per halaman",
              "from": "Tanggal awal", "to": "Tanggal akhir", "sort": "Urutan",
              "rows": "Jumlah baris", "head": "Jumlah artikel teratas", "unit": "Satuan waktu",
              "interval": "Interval waktu", "q": "Jumlah kueri"}


def _shown(value: str) -> str:
    """A value from the URL as a message quotes it: control characters become '�'."""
    return "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in value)


def indonesian(problem: BadRequest) -> str:
    """What is wrong with a request, in Indonesian, from what the engine says of it."""
    name = problem.parameter
    said = f"{PARAMETERS.get(name, 'Parameter')} ({name})"
    given = f"“{_shown(problem.value)}”"
    if problem.reason == "number":
        return f"{said} harus bilangan bulat, bukan {given}."
    if problem.reason == "range":
        low, high = problem.allowed
        return f"{said} harus antara {number(low)} dan {number(high)}, bukan {given}."
    if problem.reason == "date":
        return f"{said} harus tanggal berbentuk TTTT-BB-HH, misalnya 2025-12-04, bukan {given}."
    if problem.reason == "order":
        return "Tanggal awal (from) tidak boleh sesudah tanggal akhir (to)."
    if problem.reason == "choice":
        *others, last = problem.allowed
        return f"{said} harus {', '.join(others)} atau {last}, bukan {given}."
    return MESSAGES[400]


def bad_request_json(problem: BadRequest):
    """The JSON API's answer to a bad parameter: the engine's message, the parameter, and the
    message in Indonesian."""
    return jsonify({"error": str(problem), "parameter": problem.parameter or None,
                    "pesan": indonesian(problem)}), 400


def _http_error(error: HTTPException):
    code = error.code or 500
    message = error.description
    if message == type(error).description:
        message = MESSAGES.get(code, message)
    if request.path.startswith("/api/"):
        return jsonify({"error": error.description, "pesan": message}), code
    return render_template("error.html", title=TITLES.get(code, error.name),
                           message=message), code


def _index_unavailable(error: KabarIndexError):
    """The index was removed, is being replaced by hand, or needs a rebuild: say so (503)."""
    current_app.logger.error("index unavailable: %s", error)
    message = f"Indeks pencarian tidak tersedia: {error}"
    if request.path.startswith("/api/"):
        return jsonify({"error": f"index unavailable: {error}", "pesan": message}), 503
    return render_template("error.html", title="Indeks tidak tersedia", message=message), 503


def _server_error(error: Exception):
    current_app.logger.exception("unexpected error")
    if request.path.startswith("/api/"):
        return jsonify({"error": "internal error", "pesan": SERVER_ERROR}), 500
    return render_template("error.html", title="Terjadi kesalahan", message=SERVER_ERROR), 500


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(KabarIndexError, _index_unavailable)
    app.register_error_handler(Exception, _server_error)

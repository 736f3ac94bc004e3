"""Every route the web app serves is in docs/api.md's table of routes, and every JSON route and
export is on the app's own API page (/api, in Indonesian), so neither falls behind the app."""

from __future__ import annotations

import re
from pathlib import Path

from webui import create_app

API_MD = Path(__file__).resolve().parent.parent / "docs" / "api.md"
# pages for people, not for programs: the /api page need not describe them
PAGES = {"/", "/api", "/artikel", "/pejabat", "/favicon.ico", "/pantau/dilihat"}


def served_routes(app) -> set[str]:
    return {rule.rule for rule in app.url_map.iter_rules() if not rule.rule.startswith("/static/")}


def test_every_route_is_in_the_table_of_docs_api_md(demo_index):
    app = create_app({"KABAR_INDEX": str(demo_index), "TESTING": True})
    text = API_MD.read_text("utf-8")
    table = text[text.index("| route | what |"):]
    table = table[:table.index("\n\n")]
    documented = set(re.findall(r"`(?:GET )?(/[^`?\s]*)", table))
    missing = served_routes(app) - documented
    assert not missing, f"routes served but not in docs/api.md's table: {sorted(missing)}"


def test_the_api_page_names_every_json_route_and_export(demo_index):
    app = create_app({"KABAR_INDEX": str(demo_index), "TESTING": True})
    page = app.test_client().get("/api").get_data(as_text=True)
    named = set(re.findall(r"<code>(?:GET )?(/[^<?\s]*)", page))
    missing = served_routes(app) - PAGES - named
    assert not missing, f"routes the /api page does not describe: {sorted(missing)}"

"""A person's path in a real headless Chromium (Debian's), against a real `kabar serve`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic",
                 "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_type_a_query_and_see_highlighted_results(browser, demo_server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(demo_server.url + "/")
    page.get_by_label("Cari berita").fill("kompetensi asn")
    page.get_by_role("button", name="Cari").click()
    page.wait_for_selector(".hit mark")
    assert "hasil" in page.locator(".total").inner_text()
    first_mark = page.locator(".hit mark").first.inner_text().lower()
    assert first_mark in {"kompetensi", "asn"}
    assert page.locator(".facets h2", has_text="Provinsi").count() == 1
    page.screenshot(path=str(SHOTS / "search-desktop.png"), full_page=True)
    page.close()

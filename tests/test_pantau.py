"""Saved searches: `kabar pantau add/list/remove` on a real index, the file beside it, and the
/pantau page and feeds of a real `kabar serve`."""

from __future__ import annotations

import json
import shutil
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime
from xml.etree import ElementTree as ET

import pytest

from conftest import Server, run_kabar
from search import open_index

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def index(corpus_index, tmp_path_factory):
    """A copy of the corpus index, so that its saved searches are this module's own."""
    folder = tmp_path_factory.mktemp("pantau") / "index"
    shutil.copytree(corpus_index, folder, symlinks=True)
    return folder


@pytest.fixture(scope="module")
def saved_file(index):
    return index.with_name("index.pantau.toml")


@pytest.fixture(scope="module")
def server(index):
    running = Server(index)
    yield running
    running.stop()


def fetch(server, path: str, data: dict | None = None) -> tuple[int, str]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(server.url + path, data=body, timeout=60) as reply:
            return reply.status, reply.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def pantau(index, *args: str):
    return run_kabar("pantau", *args, index=index)


def test_add_list_and_remove_keep_a_readable_file_beside_the_index(index, saved_file):
    added = pantau(index, "add", "banjir-jakarta", "banjir", "--region", "DKI Jakarta")
    assert added.returncode == 0, added.stderr
    assert pantau(index, "add", "Korupsi", "korupsi", "--source", "detik",
                  "--official", "Joko Widodo").returncode == 0
    assert pantau(index, "add", "sementara", "gempa").returncode == 0
    document = tomllib.loads(saved_file.read_text("utf-8"))
    assert [s["name"] for s in document["search"]] == ["banjir-jakarta", "Korupsi", "sementara"]
    assert document["search"][0]["region"] == ["DKI Jakarta"]
    assert document["search"][1]["source"] == ["detik"]
    assert isinstance(document["search"][0]["created"], datetime)
    assert [p.name for p in saved_file.parent.iterdir() if p.name.endswith(".tmp")] == []

    result = pantau(index, "list", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert listed["file"] == str(saved_file)
    engine = open_index(index)
    for item in listed["searches"]:
        expected = engine.search(item["query"], region=item["region"], source=item["source"],
                                 official=item["official"])["total"]
        assert item["total"] == expected and item["new"] == expected  # never looked at
    assert listed["searches"][0]["total"] > 0
    plain = pantau(index, "list")
    assert plain.returncode == 0 and "banjir-jakarta: banjir [region: DKI Jakarta]" in plain.stdout

    removed = pantau(index, "remove", "sementara")
    assert removed.returncode == 0
    assert [s["name"] for s in json.loads(pantau(index, "list", "--json").stdout)[
        "searches"]] == ["banjir-jakarta", "Korupsi"]


@pytest.mark.parametrize("args, status, said", [
    (("remove", "tidak-ada"), 1, "no saved search named 'tidak-ada'"),
    (("add", "banjir-jakarta", "banjir"), 1, "already a saved search named"),
    (("add", "../luar", "banjir"), 2, "name is 1 to 60 letters"),
    (("add", "kosong"), 1, "needs a query or a filter"),
])
def test_bad_input_says_why_and_exits_non_zero(index, saved_file, args, status, said):
    if not saved_file.exists():
        pantau(index, "add", "banjir-jakarta", "banjir")
    result = pantau(index, *args)
    assert result.returncode == status and said in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_file_is_named_not_a_crash(index, saved_file, server, tmp_path):
    good = saved_file.read_text("utf-8") if saved_file.exists() else None
    try:
        saved_file.write_text('[[search]]\nname = "rusak\n', "utf-8")
        for args in (("list",), ("add", "baru", "banjir"), ("remove", "rusak")):
            result = pantau(index, *args)
            assert result.returncode == 1 and str(saved_file) in result.stderr, args
            assert "Traceback" not in result.stderr
        status, page = fetch(server, "/pantau")
        # the page names the file, not the server's folders (audit, round 18)
        assert status == 503 and "rusak" in page and saved_file.name in page
        assert str(saved_file.parent) not in page
        status, page = fetch(server, "/pantau/feed.atom?nama=rusak")
        assert status == 503 and "rusak" in page and str(saved_file.parent) not in page
    finally:
        if good is None:
            saved_file.unlink()
        else:
            saved_file.write_text(good, "utf-8")


def test_a_hand_edited_file_is_read(index, saved_file):
    before = saved_file.read_text("utf-8") if saved_file.exists() else None
    try:
        saved_file.write_text(
            "# my own notes\n[[search]]\nquery = 'inflasi'  # single quotes are TOML too\n"
            "name = 'Inflasi'\nregion = 'DKI Jakarta'\n", "utf-8")
        listed = json.loads(pantau(index, "list", "--json").stdout)["searches"]
        assert listed[0]["name"] == "Inflasi" and listed[0]["region"] == ["DKI Jakarta"]
        assert listed[0]["total"] == open_index(index).search(
            "inflasi", region=["DKI Jakarta"])["total"]
    finally:
        if before is None:
            saved_file.unlink()
        else:
            saved_file.write_text(before, "utf-8")


def test_a_saved_search_keeps_the_government_lens(index, saved_file, server):
    before = saved_file.read_text("utf-8") if saved_file.exists() else None
    try:
        added = pantau(index, "add", "Bola-pemerintah", "sepak bola", "--scope", "government")
        assert added.returncode == 0, added.stderr
        assert 'scope = "government"' in saved_file.read_text("utf-8")
        listed = {s["name"]: s for s in json.loads(pantau(index, "list", "--json").stdout)[
            "searches"]}["Bola-pemerintah"]
        engine = open_index(index)
        lens = engine.search("sepak bola", scope="government")["total"]
        assert listed["scope"] == "government" and listed["total"] == lens
        assert lens < engine.search("sepak bola")["total"]
        status, page = fetch(server, "/pantau")
        assert status == 200 and "Pemerintahan saja" in page and "scope=government" in page
        bad = pantau(index, "add", "x", "banjir", "--scope", "semua")
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
        saved_file.write_text(saved_file.read_text("utf-8") + "\n[[search]]\nname = 'y'\n"
                              "query = 'banjir'\nscope = 'semua'\n", "utf-8")
        damaged = pantau(index, "list")
        assert damaged.returncode == 1 and "scope must be one of all, government" in (
            damaged.stderr)
    finally:
        if before is None:
            saved_file.unlink(missing_ok=True)
        else:
            saved_file.write_text(before, "utf-8")


def _set_seen(saved_file, name: str, seen: str) -> None:
    document = saved_file.read_text("utf-8")
    lines, inside = [], False
    for line in document.splitlines():
        if line.startswith("name = "):
            inside = line == f'name = "{name}"'
        if inside and line.startswith("seen = "):
            continue
        lines.append(line)
        if inside and line.startswith("source = "):
            lines.append(f"seen = {seen}")
    saved_file.write_text("\n".join(lines) + "\n", "utf-8")


def test_the_page_shows_what_is_new_since_the_last_look(index, saved_file, server):
    if pantau(index, "list", "--json").stdout.count('"name"') < 2:
        pantau(index, "add", "banjir-jakarta", "banjir", "--region", "DKI Jakarta")
    pantau(index, "add", "Korupsi", "korupsi", "--replace")
    _set_seen(saved_file, "Korupsi", "2025-10-19T23:59:59+07:00")
    status, page = fetch(server, "/pantau")
    assert status == 200 and "Pencarian tersimpan" in page
    assert f"<code>{saved_file.name}</code>" in page and str(saved_file.parent) not in page
    engine = open_index(index)
    new = engine.search("korupsi", date_from="2025-10-20")["total"]
    assert 0 < new < engine.search("korupsi")["total"]
    assert f"{new} baru" in page
    assert "terakhir dilihat 19 Oktober 2025 23.59 WIB" in page
    newest = engine.search("korupsi", sort="newest", limit=1)["hits"][0]
    assert newest["title"].replace("<mark>", "").replace("</mark>", "")[:30] in page
    # a look from a browser ("Tandai sudah dilihat") is kept in that browser: nothing new there
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with browser.open(server.url + "/pantau/dilihat?nama=korupsi", timeout=60) as reply:
        assert reply.status == 200 and reply.url.endswith("/pantau")
        looked = reply.read().decode("utf-8")
    korupsi = looked[looked.index(">Korupsi</a>"):]
    assert "Tidak ada artikel baru sejak terakhir dilihat." in korupsi.split('class="saved"')[0]
    assert f"{new} baru" not in looked
    # ...the server writes nothing: the file and another browser still see the file's look
    assert "seen = 2025-10-19T23:59:59+07:00" in saved_file.read_text("utf-8")
    assert f"{new} baru" in fetch(server, "/pantau")[1]
    # a look from the command line is the file's
    marked = pantau(index, "seen", "Korupsi")
    assert marked.returncode == 0 and "marked 'Korupsi' as seen" in marked.stdout
    seen = tomllib.loads(saved_file.read_text("utf-8"))["search"]
    assert next(s for s in seen if s["name"] == "Korupsi")["seen"].year >= 2026
    assert f"{new} baru" not in fetch(server, "/pantau")[1]
    assert pantau(index, "seen", "tidak-ada").returncode == 1


def test_each_saved_search_has_its_atom_feed_with_real_times(index, server):
    pantau(index, "add", "Korupsi", "korupsi", "--replace")
    status, body = fetch(server, "/pantau/feed.atom?nama=Korupsi")
    assert status == 200
    feed = ET.fromstring(body.encode("utf-8"))
    assert feed.find(f"{ATOM}title").text == "Kabar, pantauan: Korupsi"
    entries = feed.findall(f"{ATOM}entry")
    hits = open_index(index).search("korupsi", sort="newest", limit=50)["hits"]
    dated = [hit for hit in hits if hit["published"]]
    assert len(entries) == len(hits)
    times = [entry.find(f"{ATOM}updated").text for entry in entries[:len(dated)]]
    assert times == [hit["published_at"] or f"{hit['published']}T00:00:00+07:00"
                     for hit in dated]
    assert any(not t.endswith("T00:00:00+07:00") for t in times)  # times of day, not dates
    assert feed.find(f"{ATOM}updated").text == max(times, key=datetime.fromisoformat)


@pytest.mark.parametrize("path, status, said", [
    ("/pantau/feed.atom?nama=tidak-ada", 404, "Tidak ada pencarian tersimpan bernama"),
    ("/pantau/feed.atom", 400, "tidak menyebut nama pencarian tersimpan"),
])
def test_an_unknown_saved_search_is_said_in_indonesian(server, path, status, said):
    code, page = fetch(server, path)
    assert code == status and said in page


def test_a_damaged_look_cookie_is_no_look(server):
    request = urllib.request.Request(server.url + "/pantau",
                                     headers={"Cookie": 'kabar_dilihat="{bukan json'})
    with urllib.request.urlopen(request, timeout=60) as reply:
        assert reply.status == 200
    code, page = fetch(server, "/pantau/dilihat?nama=tidak-ada")
    assert code == 404 and "Tidak ada pencarian tersimpan bernama" in page

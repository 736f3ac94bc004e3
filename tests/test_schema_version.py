"""An index built by a Kabar of another schema version is refused with a clear "rebuild"
message by every command, the Python API and the web UI, never with a traceback, and nothing
in it is touched until the rebuild, which keeps the old index on disk beside the new one."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, corpus_file, run_kabar
from index.errors import IndexOutdated
from index.store.generations import META, current_generation, generations
from index.store.schema import SCHEMA_VERSION
from search import open_index
from webui import create_app

SEED = "seed/wartasenja-asn-kalteng.txt"
OTHER = SCHEMA_VERSION - 1
REBUILD = "rebuild it with 'kabar index build SOURCE... --index"
# `kabar` as a Kabar of another schema version runs it: the same code, another SCHEMA_VERSION
OTHER_KABAR = f"""
import sys
import index.store.generations as generations
import index.store.schema as schema
schema.SCHEMA_VERSION = generations.SCHEMA_VERSION = {OTHER}
from kabar.cli import main
sys.argv[0] = "kabar"
main()
"""


def other_kabar(*args: str, index: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KABAR_INDEX": str(index)}
    return subprocess.run([sys.executable, "-c", OTHER_KABAR, *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


def snapshot(index: Path) -> dict[str, str]:
    """Every file of the index folder (links as their target) and a digest of its content."""
    files = {}
    for path in sorted(index.rglob("*")):
        name = str(path.relative_to(index))
        if path.is_symlink():
            files[name] = "-> " + os.readlink(path)
        elif path.is_file():
            files[name] = hashlib.sha1(path.read_bytes()).hexdigest()
    return files


@pytest.fixture
def old_index(tmp_path) -> Path:
    index = tmp_path / "index"
    built = other_kabar("index", "build", str(corpus_file(SEED)), index=index)
    assert built.returncode == 0, built.stderr
    meta = json.loads((current_generation(index) / META).read_text("utf-8"))
    assert meta["schema_version"] == OTHER != SCHEMA_VERSION
    found = json.loads(other_kabar("search", "asn", "--json", index=index).stdout)
    assert found["total"] == 1, "the other Kabar reads its own index"
    return index


def check_refused(result: subprocess.CompletedProcess, index: Path) -> None:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.startswith("kabar: the index at "), result.stderr
    assert f"(schema {OTHER}, this Kabar needs {SCHEMA_VERSION})" in result.stderr
    assert f"{REBUILD} {index}'" in result.stderr


def test_every_command_asks_for_a_rebuild_and_touches_nothing(old_index):
    before = snapshot(old_index)
    article = "seed/wartasenja-asn-kalteng.txt"
    for command in (["search", "asn"], ["search", "asn", "--json"], ["show", article],
                    ["index", "stats"], ["index", "add", str(corpus_file(SEED))],
                    ["index", "remove", str(corpus_file(SEED))], ["serve", "--port", "9"]):
        check_refused(run_kabar(*command, index=old_index, timeout=60), old_index)
    assert snapshot(old_index) == before, "a refused command changed the index"
    found = json.loads(other_kabar("search", "asn", "--json", index=old_index).stdout)
    assert found["total"] == 1, "the other Kabar still has all its articles"


def test_the_api_and_the_web_ui_refuse_it(old_index):
    with pytest.raises(IndexOutdated, match=f"schema {OTHER}, this Kabar needs {SCHEMA_VERSION}"):
        open_index(old_index)
    with pytest.raises(IndexOutdated, match="rebuild it with"):
        create_app({"KABAR_INDEX": str(old_index)})


def test_a_running_server_says_so_when_an_old_kabar_rebuilds_its_index(tmp_path):
    index = tmp_path / "index"
    run_kabar("index", "build", str(corpus_file(SEED)), index=index, check=True)
    client = create_app({"KABAR_INDEX": str(index), "TESTING": True}).test_client()
    assert client.get("/api/search?q=asn").get_json()["total"] == 1
    assert other_kabar("index", "build", str(corpus_file(SEED)), index=index).returncode == 0
    time.sleep(0.3)  # past the engine's check for a new generation
    api = client.get("/api/search?q=asn")
    assert api.status_code == 503
    assert f"schema {OTHER}, this Kabar needs {SCHEMA_VERSION}" in api.get_json()["error"]
    page = client.get("/?q=asn")
    assert page.status_code == 503 and "Indeks tidak tersedia" in page.get_data(as_text=True)


def test_the_rebuild_works_and_keeps_the_old_index_beside_it(old_index):
    old = current_generation(old_index)
    before = snapshot(old)
    rebuilt = run_kabar("index", "build", str(corpus_file(SEED)), index=old_index)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert current_generation(old_index) != old and old in generations(old_index)
    assert snapshot(old) == before, "the old generation stays as it was (a reader may use it)"
    found = json.loads(run_kabar("search", "asn", "--json", index=old_index).stdout)
    assert found["total"] == 1

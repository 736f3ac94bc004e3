"""`kabar pantau list` names every filter of a saved search, the government lens included, in
its text and in its JSON (docs/cli.md, "kabar pantau")."""

from __future__ import annotations

import json
import shutil

from conftest import run_kabar


def test_list_names_the_scope_beside_the_other_filters(demo_index, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(demo_index, index, symlinks=True)
    run_kabar("pantau", "add", "banjir-pemerintah", "banjir", "--scope", "government",
              "--region", "Kalteng", index=index, check=True)
    run_kabar("pantau", "add", "banjir-semua", "banjir", index=index, check=True)
    plain = run_kabar("pantau", "list", index=index, check=True).stdout.splitlines()
    assert plain[0].startswith("banjir-pemerintah: banjir [region: Kalteng; scope: government] — ")
    assert plain[1].startswith("banjir-semua: banjir — ")
    listed = json.loads(run_kabar("pantau", "list", "--json", index=index, check=True).stdout)
    assert [item["scope"] for item in listed["searches"]] == ["government", "all"]

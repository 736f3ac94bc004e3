"""Every flag of bench.make_label_sample still draws exactly the articles of the labels file it
was drawn for, whatever labels files were added since (bench/label_draws.py pins what each read)."""

import json
import sys

import pytest

from bench import make_label_sample
from bench.common import ROOT

FLAGS = {  # flag (with its arguments) -> the labels file it drew
    ("--dev", "--seed", "20261215"): "regions-dev-2026-12-06.json",
    ("--dev2",): "officials-dev2-2026-12-06.json",
    ("--dev3",): "officials-dev3-2026-12-06.json",
    ("--dev4",): "officials-dev4-2026-12-06.json",
    ("--dev5",): "officials-dev5-2026-12-06.json",
    ("--dev6",): "officials-dev6-2026-12-06.json",
    ("--regions-dev2",): "regions-dev2-2026-12-06.json",
    ("--regions-dev3",): "regions-dev3-2026-12-06.json",
    ("--regions-dev4",): "regions-dev4-2026-12-06.json",
    ("--regions-dev5",): "regions-dev5-2026-12-06.json",
    ("--regions-dev6",): "regions-dev6-2026-12-06.json",
    ("--regions-dev7",): "regions-dev7-2026-12-07.json",
    ("--regions-dev8",): "regions-dev8-2026-12-07.json",
    ("--regions-dev9",): "regions-dev9-2026-12-07.json",
    ("--regions-dev10",): "regions-dev10-2026-12-07.json",
    ("--regions-dev11",): "regions-dev11-2026-12-07.json",
    ("--regions-dev12",): "regions-dev12-2026-12-07.json",
    ("--regions-dev13",): "regions-dev13-2026-12-07.json",
    ("--regions-dev14",): "regions-dev14-2026-12-07.json",
    ("--regions-dev15",): "regions-dev15-2026-12-07.json",
    ("--regions-dev16",): "regions-dev16-2026-12-07.json",
    ("--second",): "facets-2nd-2026-12-06.json",
    ("--third",): "facets-3rd-2026-12-06.json",
    ("--officials-dev7",): "officials-dev7-2026-12-07.json",
    ("--officials-dev8",): "officials-dev8-2026-12-07.json",
    ("--officials-dev9",): "officials-dev9-2026-12-07.json",
    ("--officials-dev10",): "officials-dev10-2026-12-07.json",
    ("--officials-dev11",): "officials-dev11-2026-12-07.json",
    ("--officials-dev12",): "officials-dev12-2026-12-07.json",
    ("--officials-dev13",): "officials-dev13-2026-12-07.json",
    ("--officials-dev14",): "officials-dev14-2026-12-07.json",
    ("--officials-dev15",): "officials-dev15-2026-12-07.json",
    ("--officials-dev16",): "officials-dev16-2026-12-08.json",
}


@pytest.mark.parametrize("flag", list(FLAGS), ids=lambda flag: flag[0])
def test_a_flag_draws_its_labels_files_articles(flag, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["make_label_sample", *flag])
    make_label_sample.main()
    drawn = {(entry["file"], entry["id"]) for entry in json.loads(capsys.readouterr().out)}
    data = json.loads((ROOT / "bench" / "labels" / FLAGS[flag]).read_text("utf-8"))
    labelled = {(entry["file"], entry["id"])
                for entry in (data["articles"] if isinstance(data, dict) else data)}
    assert drawn == labelled


def test_draw_as_frozen_draws_regions_dev17(monkeypatch, capsys):
    from bench import draw_as_frozen

    monkeypatch.setattr(sys, "argv", ["draw_as_frozen", "--regions-dev17"])
    draw_as_frozen.main()
    drawn = [(entry["file"], entry["id"], entry["stratum"])
             for entry in json.loads(capsys.readouterr().out)]
    data = json.loads((ROOT / "bench" / "labels" / "regions-dev17-2026-12-08.json")
                      .read_text("utf-8"))
    assert drawn == [(entry["file"], entry["id"], entry["stratum"]) for entry in data]
    assert len({stratum for _, _, stratum in drawn}) == 4


def test_draw_as_frozen_draws_officials_dev17(monkeypatch, capsys):
    from bench import draw_as_frozen

    monkeypatch.setattr(sys, "argv", ["draw_as_frozen", "--officials-dev17"])
    draw_as_frozen.main()
    drawn = [(entry["file"], entry["id"], entry["stratum"])
             for entry in json.loads(capsys.readouterr().out)]
    data = json.loads((ROOT / "bench" / "labels" / "officials-dev17-2026-12-08.json")
                      .read_text("utf-8"))
    assert drawn == [(entry["file"], entry["id"], entry["stratum"])
                     for entry in data["articles"]]
    assert {file for file, _, _ in drawn} == {"detik-2025.csv", "berita-2015-08-25.csv",
                                              "indosum-dev.jsonl"}

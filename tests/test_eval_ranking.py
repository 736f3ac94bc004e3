"""The yardstick's scores and its freeze step, on small hand-made rankings."""

import json
from pathlib import Path

import pytest

from bench import make_yardstick
from bench.eval_ranking import (
    bootstrap,
    condensed,
    known_item_rank,
    paired_bootstrap,
    scored_needs,
    story_map,
    unjudged,
)


def test_map_counts_each_relevant_story_once():
    judgments = {"a": 2, "a2": 2, "b": 1, "c": 0}
    story = {"a": "a", "a2": "a", "b": "b", "c": "c"}
    # a at 1, its copy a2 at 2 earns nothing, b at 3: (1/1 + 2/3) / 2 stories
    assert story_map([{"a"}, {"a2"}, {"b"}], judgments, story) == pytest.approx((1 + 2 / 3) / 2)
    # a hit showing a collapsed copy counts for the story
    assert story_map([{"c"}, {"x", "a2"}], judgments, story) == pytest.approx((1 / 2) / 2)
    assert story_map([{"c"}], {"c": 0}, story) == 0.0


def test_needs_without_a_relevant_article_are_not_scored():
    needs = [{"id": "a", "judgments": {"x": 2}}, {"id": "b", "judgments": {"y": 0, "z": 0}},
             {"id": "c", "judgments": {}}, {"id": "d", "judgments": {"y": 0, "w": 1}}]
    assert [n["id"] for n in scored_needs(needs)] == ["a", "d"]


def test_unjudged_and_known_item_rank():
    assert unjudged([{"a"}, {"z"}, {"y", "b"}], {"a": 1, "b": 0}) == 1
    story = {"t": "s", "copy": "s", "x": "x"}
    assert known_item_rank([{"x"}, {"copy"}], "t", story) == 2
    assert known_item_rank([{"x"}] * 10 + [{"t"}], "t", story) is None


def test_bootstrap_interval_holds_the_mean_and_is_seeded():
    values = [0.0, 0.5, 1.0, 0.25, 0.75] * 4
    low, high = bootstrap(values, 500)
    assert low < sum(values) / len(values) < high
    assert bootstrap(values, 500) == (low, high)
    assert bootstrap([0.4] * 5, 100) == (pytest.approx(0.4), pytest.approx(0.4))


def test_freeze_maps_keys_to_ids_and_refuses_bad_grades(tmp_path, monkeypatch):
    needs = tmp_path / "needs.json"
    needs.write_text(json.dumps({"date": "d", "needs": [
        {"id": "Y01", "query": "q1", "description": "", "kind": "topic"},
        {"id": "Y02", "query": "q2", "description": "", "kind": "topic"}],
        "known_items": [{"id": "K01", "target": "t", "query": "k"}]}))
    monkeypatch.setattr(make_yardstick, "NEEDS", needs)
    pool = tmp_path / "pool"
    pool.mkdir()
    (pool / "keys.json").write_text(json.dumps({"01": {"k001": "id-b", "k002": "id-a"},
                                                "02": {"k001": "id-c"}}))
    judged = tmp_path / "judgments"
    judged.mkdir()
    (judged / "01.json").write_text(json.dumps({"k001": 2, "k002": 0}))
    out = tmp_path / "frozen.json"
    make_yardstick.freeze(pool, judged, out)
    frozen = json.loads(out.read_text())
    assert frozen["needs"][0]["judgments"] == {"id-a": 0, "id-b": 2}
    assert frozen["needs"][1]["judgments"] == {}
    assert frozen["judged_needs"] == 1 and frozen["known_items"][0]["target"] == "t"
    (judged / "02.json").write_text(json.dumps({"k001": 3}))
    with pytest.raises(SystemExit, match="0/1/2"):
        make_yardstick.freeze(pool, judged, out)


def test_paired_bootstrap_centres_on_the_difference():
    a = [0.9, 0.8, 0.7, 0.95, 0.85] * 4
    b = [x - 0.1 for x in a]
    low, high = paired_bootstrap(a, b, 500)
    assert low == pytest.approx(0.1) and high == pytest.approx(0.1)


def test_the_frozen_yardstick_holds_ids_and_grades_only():
    frozen = json.loads(make_yardstick.FROZEN.read_text("utf-8"))
    assert len(frozen["needs"]) >= 40 and len(frozen["known_items"]) == 40
    for need in frozen["needs"]:
        assert set(need) == {"id", "query", "description", "kind", "judgments"}
        assert need["judgments"] and set(need["judgments"].values()) <= {0, 1, 2}
        assert any(grade >= 1 for grade in need["judgments"].values()), need["id"]
    for item in frozen["known_items"]:
        assert set(item) == {"id", "target", "query"} and 2 <= len(item["query"].split()) <= 6


def test_known_item_dev_set_is_apart_from_the_yardstick():
    bench = Path(make_yardstick.__file__).parent
    dev = json.loads((bench / "labels" / "known-items-dev-2026-12-06.json").read_text("utf-8"))
    frozen = json.loads(make_yardstick.NEEDS.read_text("utf-8"))
    items = dev["known_items"]
    targets = [i["target"] for i in items]
    assert len(items) == 40 and len(set(targets)) == 40
    assert not set(targets) & {i["target"] for i in frozen["known_items"]}
    assert all(2 <= len(i["query"].split()) <= 6 for i in items)


def test_freeze_another_needs_file_without_known_items(tmp_path):
    needs = tmp_path / "dev-needs.json"
    needs.write_text(json.dumps({"date": "d", "needs": [
        {"id": "D01", "query": "q1", "description": "", "kind": "topic"}]}))
    pool = tmp_path / "pool"
    pool.mkdir()
    (pool / "keys.json").write_text(json.dumps({"01": {"k001": "id-a", "k002": "id-b"}}))
    (pool / "about.json").write_text(json.dumps({"needs": str(needs), "commit": "abc1234"}))
    judged = tmp_path / "judgments"
    judged.mkdir()
    (judged / "01.json").write_text(json.dumps({"k001": 1, "k002": 0}))
    out = tmp_path / "frozen.json"
    make_yardstick.freeze(pool, judged, out, needs)
    frozen = json.loads(out.read_text())
    assert frozen["needs"][0]["judgments"] == {"id-a": 1, "id-b": 0}
    assert frozen["known_items"] == [] and "Kabar = abc1234" in frozen["pool"]
    assert "1 needs" in frozen["judging"]


def test_condensed_lists_leave_out_what_nobody_judged():
    judgments = {"a": 2, "b": 0}
    assert condensed([{"z"}, {"a"}, {"y", "b"}, {"x"}], judgments) == [{"a"}, {"y", "b"}]
    story = {"a": "a", "b": "b"}
    # unjudged z ahead of a costs a's average precision only in the full list
    assert story_map([{"z"}, {"a"}], judgments, story) == 0.5
    assert story_map(condensed([{"z"}, {"a"}], judgments), judgments, story) == 1.0


def test_the_ranking_dev_set_holds_ids_and_grades_only():
    dev = Path(make_yardstick.__file__).with_name("labels") / "ranking-dev-2026-12-06.json"
    frozen = json.loads(dev.read_text("utf-8"))
    yardstick = json.loads(make_yardstick.NEEDS.read_text("utf-8"))
    taken = {n["query"].lower() for n in yardstick["needs"]} | {
        k["query"].lower() for k in yardstick["known_items"]}
    assert len(frozen["needs"]) == 20 and frozen["known_items"] == []
    for need in frozen["needs"]:
        assert set(need) == {"id", "query", "description", "kind", "judgments"}
        assert need["query"].lower() not in taken, need["query"]
        assert set(need["judgments"].values()) <= {0, 1, 2}
        assert sum(grade >= 1 for grade in need["judgments"].values()) >= 3, need["id"]


def test_freeze_names_the_pools_depth_and_how_it_was_judged(tmp_path):
    needs = tmp_path / "dev-needs.json"
    needs.write_text(json.dumps({"date": "d", "needs": [
        {"id": "D01", "query": "q1", "description": "", "kind": "topic"}]}))
    pool = tmp_path / "pool"
    pool.mkdir()
    (pool / "keys.json").write_text(json.dumps({"01": {"k001": "id-a"}}))
    (pool / "about.json").write_text(json.dumps({"needs": str(needs), "commit": "abc1234",
                                                 "depth": 20}))
    judged = tmp_path / "judgments"
    judged.mkdir()
    (judged / "01.json").write_text(json.dumps({"k001": 2}))
    out = tmp_path / "frozen.json"
    make_yardstick.freeze(pool, judged, out, needs, judging="read twice")
    frozen = json.loads(out.read_text())
    assert frozen["pool"].startswith("union of the top 20 of")
    assert frozen["judging"] == "read twice"


def test_the_third_ranking_dev_set_reuses_no_query_and_holds_ids_and_grades_only():
    labels = Path(make_yardstick.__file__).with_name("labels")
    frozen = json.loads((labels / "ranking-dev3-2026-12-07.json").read_text("utf-8"))
    taken = {n["query"].lower() for n in json.loads(make_yardstick.NEEDS.read_text("utf-8"))[
        "needs"]}
    for other in ("ranking-dev-needs-2026-12-06.json", "ranking-dev2-needs-2026-12-06.json"):
        taken |= {n["query"].lower() for n in json.loads((labels / other).read_text("utf-8"))[
            "needs"]}
    topical = json.loads((labels.parent / "topical_needs.json").read_text("utf-8"))
    taken |= {n["query"].lower() for n in (topical["needs"] if isinstance(topical, dict)
                                            else topical)}
    assert len(frozen["needs"]) == 30 and frozen["known_items"] == []
    assert "top 20" in frozen["pool"]
    for need in frozen["needs"]:
        assert set(need) == {"id", "query", "description", "kind", "judgments"}
        assert need["query"].lower() not in taken, need["query"]
        assert set(need["judgments"].values()) <= {0, 1, 2}
        assert any(grade >= 1 for grade in need["judgments"].values()), need["id"]


# dev9's K18 has seven words, written so before any system ran on it and scored as written
LONGEST = {"dev9": 7}


def test_known_item_dev_sets_are_apart_from_each_other_and_dev7_on_from_every_labels_file():
    from bench import make_known_dev

    seen = {i["target"] for i in json.loads(make_yardstick.NEEDS.read_text("utf-8"))["known_items"]}
    for name, (_, path) in make_known_dev.SETS.items():
        items = json.loads(path.read_text("utf-8"))["known_items"]
        targets = {i["target"] for i in items}
        assert len(targets) == len(items) == make_known_dev.SIZES.get(name, make_known_dev.DEV_SIZE)
        assert not targets & seen, name
        assert all(2 <= len(i["query"].split()) <= LONGEST.get(name, 6) for i in items), name
        seen |= targets
    for name in make_known_dev.APART_FROM_LABELS:
        items = json.loads(make_known_dev.SETS[name][1].read_text("utf-8"))["known_items"]
        named = make_known_dev.named_by_labels(name)
        assert len(named) > 1000 and not {i["target"] for i in items} & named, name


@pytest.mark.parametrize("name", ["dev8", "dev9"])
def test_a_known_item_draw_draws_its_labels_files_targets(name, tmp_path):
    """The draw still gives the articles its set was written for, whatever labels files were
    added since (bench/label_draws.py pins the files it left out)."""
    from bench import make_known_dev

    out = tmp_path / "drawn.txt"
    make_known_dev.draw(out, name)
    drawn = [line.split(" ", 2)[2] for line in out.read_text("utf-8").splitlines()
             if line.startswith("=== K")]
    items = json.loads(make_known_dev.SETS[name][1].read_text("utf-8"))["known_items"]
    assert drawn == [i["target"] for i in items]

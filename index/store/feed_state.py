"""What ``kabar index watch`` remembers of the feeds it polls: per URL, the validators (ETag,
Last-Modified) its last fetch got and the generation its items went into, in ``feeds.json`` in
the index folder. Saved only once the items are committed, so a failed run fetches the feed
again."""

from __future__ import annotations

import json
from pathlib import Path

from index.store.generations import write_json_atomically

FEED_STATE = "feeds.json"


def load_feed_state(index_dir: Path) -> dict[str, dict[str, str]]:
    try:
        state = json.loads((index_dir / FEED_STATE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def save_feed_state(index_dir: Path, state: dict[str, dict[str, str]]) -> None:
    write_json_atomically(index_dir / FEED_STATE, state)

"""Labels written before schema 74 name an article without a URL by where its file was: the file's
name inside the folder read (`corpus/html/antaranews-com-1.html`, `#N` for an export's Nth
record) or alone. Kabar now knows it by its file's name and a digest of its text
(`index/sources/article_ids.py`); this reads such a name's file and gives the id it has now, so
that the labels keep scoring what they judged. The label files themselves stay as frozen."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from bench.common import CORPUS

_RECORD = re.compile(r"^(?P<path>.+?)(?:#(?P<number>\d+))?$")


@cache
def id_now(label_id: str) -> str:
    """The id Kabar gives now to the article a label names; the label's own id when it is a
    URL, an id of today's shape, or names no file of the corpus."""
    from index.sources.article_ids import article_id
    from index.sources.drafts import Draft
    from index.sources.files import read_source

    match = _RECORD.match(label_id)
    if label_id.startswith(("http://", "https://")) or not match:
        return label_id
    path, number = match["path"], match["number"]
    candidates = [CORPUS.parent / path, CORPUS / path]
    candidates += sorted(CORPUS.rglob(Path(path).name)) if "/" not in path else []
    file = next((c for c in candidates if c.is_file()), None)
    if file is None:
        return label_id
    drafts = [d for d in read_source(str(file)) if isinstance(d, Draft)]
    wanted = [d for d in drafts if number is None or d.record_id.endswith(f"#{number}")]
    return article_id(wanted[0]) if len(wanted) == 1 else label_id


def judgments_now(judgments: dict[str, int]) -> dict[str, int]:
    return {id_now(i): grade for i, grade in judgments.items()}


def needs_now(needs: Iterable[dict]) -> list[dict]:
    """Needs (and known items) with the ids their judgments and targets name now."""
    out = []
    for need in needs:
        need = dict(need)
        if "judgments" in need:
            need["judgments"] = judgments_now(need["judgments"])
        if "target" in need:
            need["target"] = id_now(need["target"])
        out.append(need)
    return out

"""An article's id, one however its file was given (docs/cli.md, "An article's id").

A story with a URL is known by its URL; an item a feed gives an id of its own, by that id.
Anything else is known by its file's name and a digest of its headline, text and outlet
(``ntb-dbd.txt#5f0c1e9a3b7d2c46``), not by where the file was: the same file read by itself or
inside its folder, by a relative or an absolute path, from any working directory, or after its
folder moved, is the same article; an edited text is another version, which replaces the one its
file held (``index.store.writer.add_results``).
"""

from __future__ import annotations

import re
from hashlib import blake2b
from pathlib import PurePosixPath

from index.sources.drafts import Draft

_RECORD_NUMBER = re.compile(r"#\d+$")  # an export's Nth record: "ekspor.csv#12"


def file_name(record_id: str) -> str:
    """The name of the file a record came from, without its folder or its record number."""
    return PurePosixPath(_RECORD_NUMBER.sub("", record_id)).name or record_id


def text_digest(draft: Draft) -> str:
    """64 bits of the headline, text and outlet as read: two articles of one file name share
    it with a chance of about 2^-64."""
    text = "\x1f".join((draft.title, draft.body, draft.source))
    return blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def article_id(draft: Draft) -> str:
    """The article's URL, else the id its source gives it, else its file's name and
    ``text_digest``."""
    return draft.url or draft.source_id or f"{file_name(draft.record_id)}#{text_digest(draft)}"

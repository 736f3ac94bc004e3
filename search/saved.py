"""Saved searches (``kabar pantau``): a query and its filters under a name, kept in a plain TOML
file beside the index folder (``kabar-index`` -> ``kabar-index.pantau.toml``), which a person may
read and edit. A file that cannot be read is named in the error, never a crash; every write goes
to a temporary file first and replaces the old one (atomic), under a lock, so that two writers
do not lose each other's change.

Each search remembers when it was last looked at (``seen``): what is new is what was published
after that (everything, before the first look).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from search.engine import SCOPES, Engine

SUFFIX = ".pantau.toml"
FILTERS = ("region", "official", "source")
_NAME = re.compile(r"[\w][\w .-]{0,59}")
_JAKARTA = timezone(timedelta(hours=7), "WIB")
_YEAR_ONE = datetime(1, 1, 1)
HEADER = """\
# Kabar's saved searches (kabar pantau): one [[search]] table each. You may edit this file:
# name, query, the lists region, official and source (the same filters as `kabar search`), and
# scope ("government": articles about government only; "all" when absent);
# created and seen (when it was last looked at) are times with their UTC offset.
"""


class SavedSearchError(Exception):
    """A saved search that is not there, a name or value that cannot be saved, or a file that
    cannot be read. The message says it in English, `pesan` in Indonesian."""

    def __init__(self, message: str, pesan: str, missing: bool = False) -> None:
        super().__init__(message)
        self.pesan = pesan
        self.missing = missing  # no saved search of that name


@dataclass
class SavedSearch:
    name: str
    query: str
    region: list[str] = field(default_factory=list)
    official: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    created: datetime | None = None
    seen: datetime | None = None
    scope: str = "all"

    def filters(self) -> dict:
        """The search's arguments for Engine.search and friends."""
        return {"q": self.query, "region": list(self.region), "official": list(self.official),
                "source": list(self.source), "scope": self.scope}

    def as_dict(self) -> dict:
        return {"name": self.name, "query": self.query, "region": self.region,
                "official": self.official, "source": self.source, "scope": self.scope,
                "created": self.created.isoformat() if self.created else None,
                "seen": self.seen.isoformat() if self.seen else None}


def saved_path(index_dir: str | Path) -> Path:
    """The file of an index folder's saved searches: beside the folder, named after it."""
    folder = Path(index_dir).resolve()
    return folder.with_name(folder.name + SUFFIX)


def check_name(name: str) -> str:
    name = name.strip()
    if not _NAME.fullmatch(name):
        raise SavedSearchError(
            f"a saved search's name is 1 to 60 letters, digits, spaces, '.', '-' or '_', "
            f"starting with a letter or digit, not {name[:60]!r}",
            "Nama pencarian tersimpan: 1 sampai 60 huruf, angka, spasi, '.', '-' atau '_', "
            f"diawali huruf atau angka, bukan “{name[:60]}”.")
    return name


def _strings(item: dict, key: str, where: str) -> list[str]:
    value = item.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} must be a list of texts")
    return value


def _moment(item: dict, key: str, where: str) -> datetime | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValueError(f"{where}: {key} must be a time such as 2025-12-04T08:00:00+07:00")
    return value if value.tzinfo else value.replace(tzinfo=_JAKARTA)


def _parse(text: str) -> list[SavedSearch]:
    document = tomllib.loads(text)
    entries = document.get("search", [])
    if not isinstance(entries, list):
        raise ValueError("search must be a list of [[search]] tables")
    found, names = [], set()
    for number, item in enumerate(entries, 1):
        where = f"search {number}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ValueError(f"{where} has no name")
        if not isinstance(item.get("query", ""), str):
            raise ValueError(f"{where}: query must be a text")
        name = item["name"]
        if name.casefold() in names:
            raise ValueError(f"{where}: the name {name!r} is given twice")
        names.add(name.casefold())
        scope = item.get("scope", "all")
        if scope not in SCOPES:
            raise ValueError(f"{where}: scope must be one of {', '.join(SCOPES)}")
        found.append(SavedSearch(name, item.get("query", ""),
                                 *(_strings(item, key, where) for key in FILTERS),
                                 _moment(item, "created", where), _moment(item, "seen", where),
                                 scope))
    return found


def load(path: Path) -> list[SavedSearch]:
    """The saved searches of a file ([] when there is none); SavedSearchError names a file that
    cannot be read and says why."""
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        raise SavedSearchError(f"cannot read the saved searches in {path}: {reason}",
                               f"Berkas pencarian tersimpan {path} tidak dapat dibaca: "
                               f"{reason}.") from None
    try:
        return _parse(text)
    except (tomllib.TOMLDecodeError, ValueError) as error:
        raise SavedSearchError(
            f"the saved searches in {path} cannot be read: {error}; fix the file or move it "
            "away", f"Berkas pencarian tersimpan {path} rusak: {error}. Perbaiki atau "
            "pindahkan berkas itu.") from None


def _toml_string(value: str) -> str:
    # a JSON string is a TOML basic string: the same escapes (\", \\, \n, \uXXXX)
    return json.dumps(value, ensure_ascii=False)


def dumps(searches: list[SavedSearch]) -> str:
    parts = [HEADER]
    for item in searches:
        lines = ["", "[[search]]", f"name = {_toml_string(item.name)}",
                 f"query = {_toml_string(item.query)}"]
        for key in FILTERS:
            values = ", ".join(_toml_string(v) for v in getattr(item, key))
            lines.append(f"{key} = [{values}]")
        if item.scope != "all":
            lines.append(f"scope = {_toml_string(item.scope)}")
        for key in ("created", "seen"):
            moment = getattr(item, key)
            if moment is not None:
                lines.append(f"{key} = {moment.replace(microsecond=0).isoformat()}")
        parts.append("\n".join(lines) + "\n")
    return "".join(parts)


@contextmanager
def _changing(path: Path) -> Iterator[list[SavedSearch]]:
    """The saved searches to change in place, written back atomically under a lock."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        searches = load(path)
        yield searches
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp",
                                             dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(dumps(searches))
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _now() -> datetime:
    return datetime.now(_JAKARTA).replace(microsecond=0)


def add(path: Path, name: str, query: str, region: list[str] = (), official: list[str] = (),
        source: list[str] = (), replace: bool = False, scope: str = "all") -> SavedSearch:
    """Save a search under a new name (or, with `replace`, over the one of that name)."""
    name = check_name(name)
    if not query.strip() and not (region or official or source):
        raise SavedSearchError("a saved search needs a query or a filter",
                               "Pencarian tersimpan perlu kata kunci atau saringan.")
    if scope not in SCOPES:
        raise SavedSearchError(f"scope must be one of {', '.join(SCOPES)}",
                               f"Cakupan harus salah satu dari {', '.join(SCOPES)}.")
    saved = SavedSearch(name, query.strip(), list(region), list(official), list(source),
                        _now(), scope=scope)
    with _changing(path) as searches:
        for position, item in enumerate(searches):
            if item.name.casefold() == name.casefold():
                if not replace:
                    raise SavedSearchError(
                        f"there is already a saved search named {item.name!r}",
                        f"Sudah ada pencarian tersimpan bernama “{item.name}”.")
                searches[position] = saved
                break
        else:
            searches.append(saved)
    return saved


def find(searches: list[SavedSearch], name: str) -> SavedSearch:
    for item in searches:
        if item.name.casefold() == name.strip().casefold():
            return item
    raise SavedSearchError(f"no saved search named {name[:60]!r}",
                           f"Tidak ada pencarian tersimpan bernama “{name[:60]}”.",
                           missing=True)


def remove(path: Path, name: str) -> SavedSearch:
    with _changing(path) as searches:
        item = find(searches, name)
        searches.remove(item)
    return item


def mark_seen(path: Path, name: str, moment: datetime | None = None) -> SavedSearch:
    """Note that a saved search was looked at now (or at `moment`)."""
    with _changing(path) as searches:
        item = find(searches, name)
        item.seen = moment or _now()
    return item


def _seconds(moment: datetime) -> int:
    """A time as the published column counts: seconds since year 1, Jakarta time."""
    local = moment.astimezone(_JAKARTA).replace(tzinfo=None)
    return int((local - _YEAR_ONE).total_seconds())


def counts(engine: Engine, saved: SavedSearch) -> dict:
    """{"total": articles it finds, "new": those published after it was last looked at (all
    of them before the first look), "newest": the newest one's publication date}."""
    selected = engine.selected(**saved.filters())
    published = selected.columns.published[selected.ids]
    new = len(published) if saved.seen is None else int(
        (published > _seconds(saved.seen)).sum())
    newest = int(published.max()) if len(published) and published.max() >= 0 else None
    return {"total": len(selected.ids), "new": new,
            "newest": (_YEAR_ONE + timedelta(seconds=newest)).replace(tzinfo=_JAKARTA)
            .isoformat() if newest is not None else None}


def is_new(saved: SavedSearch, hit: dict) -> bool:
    """Whether a hit (its published_at, else its date at midnight in Jakarta) came after the
    search was last looked at."""
    if saved.seen is None:
        return True
    if hit.get("published_at"):
        return datetime.fromisoformat(hit["published_at"]) > saved.seen
    if hit.get("published"):
        return datetime.fromisoformat(hit["published"]).replace(tzinfo=_JAKARTA) > saved.seen
    return False

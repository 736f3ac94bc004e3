"""The data files under ``index/data``: the word lists and tables that users extend.

Every module reads them here, so there is one place that knows where they live. A user's own
lines go in a file of the same name in the user data folder: ``$KABAR_DATA``, else
``$XDG_CONFIG_HOME/kabar``, else ``~/.config/kabar`` (``KABAR_DATA`` set but empty: none). They
are read after the shipped file's lines, so they add to them (and where a table gives one key
twice, the user's line is the later one). See index/data/README.md.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


class DataFileError(Exception):
    """A user's data file that cannot be read; the message names it and says why."""


def user_data_dir() -> Path | None:
    """The folder of the user's own data files (it need not exist); None when there is none."""
    configured = os.environ.get("KABAR_DATA")
    if configured is not None:
        return Path(configured).expanduser() if configured else None
    config_home = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(config_home):  # unset, or relative: the XDG spec says to ignore it
        try:
            config_home = str(Path.home() / ".config")
        except (KeyError, RuntimeError):  # no HOME and no password entry (some containers)
            return None
    return Path(config_home) / "kabar"


def _content_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _user_lines(name: str) -> list[str]:
    folder = user_data_dir()
    if folder is None:
        return []
    path = folder / name
    try:
        text = path.read_text("utf-8-sig")  # a byte-order mark from a Windows editor is fine
    except (FileNotFoundError, NotADirectoryError):
        return []
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "it is not UTF-8 text"
        raise DataFileError(f"cannot read {path}, your own lines for the data file {name} "
                            f"(see index/data/README.md): {reason}") from None
    return _content_lines(text)


def data_lines(name: str) -> list[str]:
    """The lines of a data file as written, the shipped ones then the user's, without blank
    lines and ``#`` comment lines."""
    shipped = resources.files("index").joinpath("data", name).read_text("utf-8")
    return _content_lines(shipped) + _user_lines(name)


@cache
def _shipped_folder() -> str | None:
    """The folder of the shipped data files as a path string; None when the package is not in
    a folder (a zip), where importlib.resources reads them."""
    folder = resources.files("index").joinpath("data")
    return str(folder) if isinstance(folder, Path) else None


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def data_bytes(name: str) -> bytes:
    """A data file as stored, the shipped bytes then the user's (a separator between), for a
    digest: cheaper than its lines, and a change to the lines changes it too. A user's file
    that cannot be read raises DataFileError, as data_lines does. Read by path strings, not
    pathlib (a new process's first results page stamps a table with seven files: 49 to 20 µs
    a file)."""
    shipped_folder = _shipped_folder()
    shipped = (resources.files("index").joinpath("data", name).read_bytes()
               if shipped_folder is None else _read(os.path.join(shipped_folder, name)))
    folder = user_data_dir()
    if folder is None:
        return shipped
    try:
        own = _read(os.path.join(folder, name))
    except (FileNotFoundError, NotADirectoryError):
        return shipped
    except OSError:
        _user_lines(name)  # raises the clear message
        raise
    return shipped + b"\x00user\x00" + own


def word_list(name: str) -> list[str]:
    """The lines of a data file, stripped, without blank lines and ``#`` comment lines."""
    shipped, own = word_lists(name)
    return shipped + own


def word_lists(name: str) -> tuple[list[str], list[str]]:
    """``word_list``'s lines in two: the shipped file's, then the user's."""
    shipped = resources.files("index").joinpath("data", name).read_text("utf-8")
    # one pass over the shipped lines (tens of thousands: a new process reads them all)
    return ([kept for line in shipped.splitlines()
             if (kept := line.strip()) and not line.startswith("#")],
            [line.strip() for line in _user_lines(name)])


def check_user_files() -> None:
    """Read every user data file now, so that one that cannot be read fails here, clearly,
    rather than in the middle of a build (raises DataFileError)."""
    for entry in resources.files("index").joinpath("data").iterdir():
        if entry.name != "README.md":
            _user_lines(entry.name)

"""The data files under ``index/data``: the word lists and tables that users extend.

Every module reads them here, so there is one place that knows where they live.
"""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The lines of a data file as written, without blank lines and ``#`` comment lines."""
    text = resources.files("index").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def word_list(name: str) -> list[str]:
    """The lines of a data file, stripped, without blank lines and ``#`` comment lines."""
    return [line.strip() for line in data_lines(name)]

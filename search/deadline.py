"""One time limit for a whole request. Every part of a search (reading the query, matching,
folding copies, snippets, facets, the suggestion) checks it inside its long loops; a part that
finds it passed stops in the way docs/api.md describes and is named in `cut`, so that the
response can say what it left out."""

from __future__ import annotations

import time

# The parts a request can cut short, in the order they run, and what the notice says of each.
PARTS = {
    "query": "kueri tidak dibaca sampai habis",
    "matches": "tidak semua bagian kueri dicari",
    "copies": "salinan berita tidak semuanya digabung",
    "snippets": "cuplikan tanpa penanda kata",
    "facets": "jumlah per kategori tidak dihitung",
    "suggestion": "saran ejaan tidak dicari",
}
MIN_SECONDS = 0.05
MAX_SECONDS = 600.0


class Deadline:
    """The moment (time.monotonic()) a request must be done by, and the parts it cut short."""

    def __init__(self, seconds: float) -> None:
        self.seconds = check_seconds(seconds)
        self.at = time.monotonic() + self.seconds
        self.cut: list[str] = []

    def passed(self, part: str) -> bool:
        """Whether the time is up; when it is, `part` is recorded as cut short."""
        if time.monotonic() <= self.at:
            return False
        if part not in self.cut:
            self.cut.append(part)
        return True

    def notice(self) -> str | None:
        """The Indonesian notice for a request that ran out of time, or None."""
        if not self.cut:
            return None
        seconds = f"{self.seconds:g}".replace(".", ",")
        parts = "; ".join(PARTS[part] for part in PARTS if part in self.cut)
        return (f"Pencarian dihentikan setelah {seconds} detik; hasilnya mungkin tidak lengkap "
                f"({parts}).")


def check_seconds(seconds: float) -> float:
    """A time limit in seconds, MIN_SECONDS to MAX_SECONDS; ValueError otherwise."""
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        raise ValueError(f"a search time limit must be a number of seconds, not {seconds!r}") \
            from None
    if not MIN_SECONDS <= value <= MAX_SECONDS:  # also refuses NaN
        raise ValueError(f"a search time limit must be between {MIN_SECONDS:g} and "
                         f"{MAX_SECONDS:g} seconds, not {seconds!r}")
    return value

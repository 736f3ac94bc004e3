"""Where people or things come from, and the ends of a journey or a span.

A region after "dari" says where people or things come from ("Tim SAR dari Bali", "arkeolog
dari Makassar dan Jayapura", "dipasok dari Kabupaten Enrekang"), not where the story happens:
``index/extract/regions/`` gives such a mention its own cue, which
``index/extract/regions/evidence.py`` weighs less than a place word's ("di Bali"). Not so where
something starts ("dimulai dari Kota Surabaya", "awal dari Larantuka"): that is a place of the
story.

A journey's start is no place of the story ("KMP Putri Yasmin kebakaran saat berlayar dari Bali
ke Lombok": it burned off Lombok; "One Way Jakarta Menuju Puncak"), and the two ends of a span
stand for everything between ("korban karhutla dari Aceh hingga Papua", "dari Sabang sampai
Merauke"): ``drop_route_ends`` makes them weigh nothing there. A journey's end keeps its
weight ("ke Lombok"), but not a direction's ("truk di lajur kiri dari arah Madiun menuju
Surabaya", "dari Solok arah ke Padang"), a wish's ("dari Demak mau ke Kendal") nor the ends of a
route named by its two places ("bus jurusan Blitar - Surabaya", "rute Bandung - Surabaya").
Where someone described by their way was heading ("pengendara yang hendak menuju Kabupaten
Kendal", stuck in a flood in Demak) is not named as where something happens (``heading_for``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# "dimulai dari Kota Surabaya", "awal dari Larantuka": where something starts.
STARTING_WORDS = frozenset({"mulai", "dimulai", "memulai", "awal", "berawal", "diawali"})
# Between a journey's or a span's two ends: "dari Bali ke Lombok", "dari arah Puncak menuju
# Jakarta", "dari Aceh hingga Papua", "dari Sabang sampai ke Merauke".
# A headline capitalises the words: "dari Sabang Sampai Merauke".
# A direction or an intention may stand before "ke"/"menuju" ("dari Solok arah ke Padang", "dari
# Demak mau ke Kendal"): the way's end is not reached.
_ROUTE_TO = re.compile(r"[ \t\xa0]+(?:(?P<way>(?i:arah|mau|hendak|ingin))[ \t\xa0]+)?"
                       r"(?i:ke|menuju|hingga|sampai)(?:[ \t\xa0]+(?i:ke|di))?"
                       r"[ \t\xa0]+(?:(?i:kabupaten|kab\.?|kota|provinsi)[ \t\xa0]+)?")
# Someone described by where they were heading: "pengendara yang hendak menuju Kabupaten
# Kendal", "warga yang mau ke Slawi". The story happens on their way, not there.
_HEADING_FOR = re.compile(r"\byang[ \t\xa0]+(?i:hendak|mau|ingin)[ \t\xa0]+(?i:ke|menuju)"
                          r"(?:[ \t\xa0]+(?i:ke))?[ \t\xa0]+"
                          r"(?:(?i:kabupaten|kab\.?|kota|provinsi)[ \t\xa0]+)?$")
HEADING_LOOKBACK = 40  # characters before a name searched for _HEADING_FOR


def heading_for(text: str, at: int) -> bool:
    """Whether the region named at `at` is where someone described by their way was heading
    ("pengendara yang hendak menuju Kabupaten Kendal"): not named as where something happens,
    so not enough on its own to be the story's one place or next stop (evidence.Mention.where
    and .toward)."""
    return bool(_HEADING_FOR.search(text, max(0, at - HEADING_LOOKBACK), at))
_SPAN_WORDS = frozenset({"hingga", "sampai"})
# Between the two places that name a route: "Blitar - Surabaya", "Jakarta – Bandung", after one
# of ROUTE_WORDS ("Areal Bali - Lombok" is a company's area, "Jabar - Jateng" a border).
_ROUTE_DASH = re.compile(r"[ \t\xa0]+[-–][ \t\xa0]+")
ROUTE_WORDS = frozenset({"jurusan", "rute", "trayek", "relasi", "tujuan", "lintas", "lintasan",
                         "jalur", "ruas", "tol", "arah"})


def from_place(before: str, before_that: str) -> bool:
    """Whether a name after the words `before_that` `before` (normalised) says where people or
    things come from: "Tim SAR dari Bali", "melaju dari arah Puncak"; not "dimulai dari"."""
    if before == "arah":
        return before_that == "dari"
    return before == "dari" and before_that not in STARTING_WORDS


class _Mention(Protocol):
    start: int
    end: int
    before: str
    before_that: str


class _Reading(Protocol):
    region: str | None
    weight: float
    mention: _Mention


def drop_route_ends(text: str, readings: Sequence[_Reading]) -> None:
    """A journey's start ("dari Bali ke Lombok", "One Way Jakarta Menuju Puncak") and a span's
    two ends ("dari Aceh hingga Papua") weigh nothing: see the module docstring."""
    for k, first in enumerate(readings):
        second = readings[k + 1] if k + 1 < len(readings) else None
        dash = first.region and first.mention.before in ROUTE_WORDS and second \
            and second.region and _ROUTE_DASH.match(text, first.mention.end)
        if dash and dash.end() == second.mention.start:
            first.weight = second.weight = 0.0  # "bus jurusan Blitar - Surabaya"
            continue
        to = first.region and _ROUTE_TO.match(text, first.mention.end)
        if not to:
            continue
        word = to.group().split()[1 if to.group("way") else 0].lower()
        if from_place(first.mention.before, first.mention.before_that) and second \
                and second.mention.start == to.end():
            if to.group("way"):
                # a direction's or a wish's end, not reached: "dari Solok arah ke Padang",
                # "dari Demak mau ke Kendal" (the start keeps its weight: the way has begun)
                second.weight = 0.0
                continue
            first.weight = 0.0
            if word in _SPAN_WORDS or first.mention.before == "arah":
                second.weight = 0.0  # a span's end, or a direction's: "dari arah X menuju Y"
        elif word == "menuju" and text[to.end():to.end() + 1].isupper():
            first.weight = 0.0  # "Jakarta Menuju Puncak": a place's name follows

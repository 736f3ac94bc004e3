"""Regions named in a list that is the story's material, not its place.

Regions named in an enumeration of many ("Kabupaten Karo, Kabupaten Selayar, Kabupaten Nabire,
Kabupaten Supiori, dan Kabupaten Samosir ..."; a table of 17 provinces' budgets; a flight's
destinations) are what the list is made of, not what the article is about; so are the
kabupaten/kota of a short list that spans three provinces or more ("yakni Kabupaten Kutai
Kartanegara, Kota Denpasar, dan Minahasa Selatan": the Pilkada's late regions, nationwide), or
two when the title places the story in neither ("di Kota Surabaya, Kota Samarinda, dan Kabupaten
Pacitan" in a national story on the KPU's draw). They weigh nothing there, and count only where
the article names them elsewhere. A short list inside one province ("tiga kabupaten, yakni
Cilacap, Blora, dan Wonosobo"), or inside two one of which the title names ("Gempa M 7,7 di NTT
Terasa Kuat di Makassar" over "Mbay, NTT, terasa hingga Makassar dan Kepulauan Selayar"), is
where the story happens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from index.gazetteer import PROVINCE, gazetteer

ENUMERATION_MIN = 5  # regions in one list that make it an enumeration
SCATTERED_MIN, SCATTERED_PROVINCES = 3, 3  # kabupaten/kota, of this many provinces, in one list
SCATTERED_UNTITLED = 2  # ... or of this many, none of which the title places the story in
# Between two items of an enumeration: a separator, and maybe the item's figure ("Kabupaten
# Bima dari Rp 1,2 triliun menjadi Rp 1 triliun.2. Kabupaten Dompu") or kind ("Kab. Garut"),
# but no sentence's end.
_ENUMERATION_GAP = re.compile(r"(?=[^\n]*(?:[,;]|\bdan\b|\bserta\b))"
                              r"(?:[^.!?\n]|(?<=\d)\.|\.(?=\S)|(?<=\b[Kk]ab)\.)*")
_ENUMERATION_GAP_MAX = 60


class _Mention(Protocol):
    start: int
    end: int


class _Reading(Protocol):
    region: str | None
    weight: float
    mention: _Mention


def drop_enumerations(text: str, readings: Sequence[_Reading],
                      titled: frozenset[str] = frozenset()) -> None:
    """Make the regions of an enumeration, or of a list scattered over three provinces or
    more (two, none of them among the provinces `titled`), weigh nothing there: see the module
    docstring."""
    run: list[_Reading] = []

    def close() -> None:
        named = {r.region for r in run if r.region}
        if len(named) >= ENUMERATION_MIN or _scattered(named, titled):
            for reading in run:
                reading.weight = 0.0

    for reading in readings:
        if not reading.region:
            continue
        if run and not (reading.mention.start - run[-1].mention.end <= _ENUMERATION_GAP_MAX
                        and _ENUMERATION_GAP.fullmatch(text, run[-1].mention.end,
                                                       reading.mention.start)):
            close()
            run = []
        run.append(reading)
    close()


def _scattered(named: set[str], titled: frozenset[str]) -> bool:
    if len(named) < SCATTERED_MIN:
        return False  # most runs: a region alone
    regions = gazetteer().regions
    local = [regions[n] for n in named if regions[n].kind != PROVINCE]
    provinces = {r.province for r in local}
    return len(local) >= SCATTERED_MIN and (len(provinces) >= SCATTERED_PROVINCES or (
        len(provinces) >= SCATTERED_UNTITLED and not provinces & titled))

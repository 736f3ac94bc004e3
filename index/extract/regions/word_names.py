"""A region name that is also a word, written bare after a comma: when it is the place.

"Malang", "Serang", "Bima", "Malaka", "Batang" (region_common_words.txt) count as regions only
with a word in front that marks a place ("di Malang", "Kota Batang"; regions.py). Bare after a
comma such a name is a place only when what stands around it says so (``confirm_after_comma``):

- its own province follows: "Jalan Kemuning, Malang, Jawa Timur", "Kec Sape, Bima, NTB";
- it is an item of a list of regions: "Motaain di Kabupaten Belu, ... TTU Belu, Malaka", "di
  Bandung, Malang, dan Makassar" (not "Negeri Sembilan, Malaka dan Kuala Lumpur": no region);
- it ends an address, after a public place's or a village's name: "di Stadion Kanjuruhan,
  Malang", "Stadion Maulana Yusuf, Serang", "Desa Gunungsari, Batang".

Else it is a word or a person ("pelaku MA, Bima mengatakan") and does not count. In a headline,
where every word is capitalised, such a name listed with a region is a place (``confirm_listed``:
"Malang, Batu dan Kediri").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Protocol

# Between two items of a list, maybe with the second's kind: "Kabupaten Karo, Kabupaten Selayar".
LIST_JOIN = re.compile(r"(?:,[ \t\xa0]*(?:dan[ \t\xa0]+)?|[ \t\xa0]+(?:dan|serta)[ \t\xa0]+)"
                       r"(?:(?i:kabupaten|kab\.?|kota|provinsi)[ \t\xa0]+)?")
_PROVINCE_JOIN = re.compile(r",[ \t\xa0]*")
_COMMA_BEFORE = re.compile(r",[ \t\xa0]*$")


class _Mention(Protocol):
    start: int
    end: int
    after: str


class _Reading(Protocol):
    mention: _Mention
    region: str | None
    tentative: bool


def confirm_after_comma(text: str, readings: list, waiting: set[int],
                        in_province: Callable[[str, str], bool],
                        address_words: frozenset[str]) -> None:
    """Confirm the readings at the indexes `waiting` (word names bare after a comma, resolved
    but not yet counted: see the module docstring) or drop them. `in_province(region, name)`
    says whether the province name `name` stands for the province of kabupaten/kota `region`;
    `address_words` start a public place's or a small place's name ("stadion", "desa")."""
    for k in sorted(waiting):
        reading: _Reading = readings[k]
        after = readings[k + 1] if k + 1 < len(readings) else None
        before = readings[k - 1] if k else None
        mention = reading.mention
        confirmed = bool(reading.region and after and after.region
                         and in_province(reading.region, after.region)
                         and _PROVINCE_JOIN.fullmatch(text, mention.end, after.mention.start))
        if not mention.after and not confirmed:
            confirmed = (_listed(text, before, reading, before)
                         or _listed(text, reading, after, after)
                         or _after_address(text, mention.start, address_words))
        reading.tentative = False
        if not confirmed:
            reading.region = None


def confirm_listed(text: str, readings: list) -> None:
    """In a headline, a tentative name listed with a region is a place as well: "hingga
    Makassar dan Lombok", "Malang, Batu dan Kediri"."""
    for k, reading in enumerate(readings):
        if reading.tentative and reading.region and (
                (k > 0 and _listed(text, readings[k - 1], reading, readings[k - 1]))
                or (k + 1 < len(readings)
                    and _listed(text, reading, readings[k + 1], readings[k + 1]))):
            reading.tentative = False


def _listed(text: str, first: _Reading | None, second: _Reading | None,
            other: _Reading | None) -> bool:
    """Whether two readings are neighbouring items of a list, `other` (one of them) a region
    not tentative."""
    if first is None or second is None or other is None:
        return False
    return bool(other.region and not other.tentative
                and LIST_JOIN.fullmatch(text, first.mention.end, second.mention.start))


def _after_address(text: str, at: int, address_words: frozenset[str]) -> bool:
    """Whether the name at `at` follows ", " after a public place's or a small place's name:
    "Stadion Kanjuruhan, Malang", "Desa Gunungsari, Batang"."""
    comma = _COMMA_BEFORE.search(text, max(0, at - 4), at)
    if comma is None:
        return False
    return bool(_address_pattern(address_words).search(text, max(0, comma.start() - 60),
                                                       comma.start()))


@cache
def _address_pattern(address_words: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, address_words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?i:{words})\.?(?:[ \t\xa0]+[A-Z0-9][\w'’.-]*)+$")

"""The dateline: the place an article was written, at the start of its body. Regions extraction
takes its place (index/extract/regions/); the body's analysis leaves it out (``dateline_end``).

A dateline is the start of a line up to a dash: "PALANGKA RAYA —", "Kasongan -", "JAKARTA,
KOMPAS.com -", "Palangka Raya (ANTARA) -", "TRIBUNNEWS.COM, TABANAN -" (or with a dot:
"TRIBUNNEWS.COM.JAKARTA -"). Exports often lose the
dash ("JAKARTA, KOMPAS.com Menteri ...", "TRIBUNNEWS.COM, JAKARTA Namanya ...", "REPUBLIKA.CO.ID,
GORONTALO--Dewan ...", "BEKASI (Pos Kota) Pasar ..."): a place in capitals next to the outlet's
name says it as well.
"""

from __future__ import annotations

import re

from index.gazetteer import gazetteer, lookup_form, pick_region

# The dash that ends a dateline: "PALANGKA RAYA —", "Jakarta- ", "JAKARTA, KOMPAS.com --".
_DATELINE_END = re.compile(r"\s(?:--?|[–—])\s?|(?:--?|[–—])\s|:\s")
# ... and the dot some exports put between the outlet and the place: "TRIBUNNEWS.COM.JAKARTA -"
_DATELINE_PARTS = re.compile(r"[,()\n]|(?<=\.COM)\.")
_DATELINE_SEARCH, _DATELINE_MAX = 400, 100
# A place in capitals with the outlet and no dash: "JAKARTA, KOMPAS.com", "SURABAYA, KOMPAS",
# "BEKASI (Pos Kota)", "REPUBLIKA.CO.ID, SERANG", "TRIBUNNEWS.COM, JAKARTA" (also after a
# reporter's credit: "Laporan Wartawan Tribunnews.com, Wahyu Aji TRIBUNNEWS.COM, JAKARTA").
_CAPITALS = r"[A-Z][A-Z'’]+(?:[ \t\xa0][A-Z][A-Z'’]+){0,2}"
_DOMAIN = r"[A-Za-z]+(?:\.[A-Za-z]+)*\.(?:COM|CO\.ID|NET|ID|com|co\.id|net|id)"
_PLACE_OUTLET = re.compile(rf"[ \t\xa0]*(?P<place>{_CAPITALS})(?:[ \t\xa0]*,[ \t\xa0]*"
                           rf"(?:{_DOMAIN}|[A-Z]{{3,}})|[ \t\xa0]*\([^()\n]{{2,25}}\))"
                           r"(?=[ \t\xa0]+[A-Z\"“]|--)")
_OUTLET_PLACE = re.compile(rf"(?<![\w.]){_DOMAIN}[ \t\xa0]*,[ \t\xa0]*(?P<place>{_CAPITALS})"
                           r"(?=[ \t\xa0]+[A-Z\"“]|--)")
_OUTLET_SEARCH = 120
_CAPITALS_RUN = re.compile(r"[A-Z]{3}")
DATELINE_REACH = 160  # the most of a body's start that ``dateline_end`` leaves out


# the body last read and its dateline: a build reads an article's dateline for its regions and
# again for its analysis (``dateline_end``), the same body object each time (one tuple, so a
# thread never sees one body with another's dateline)
_last: tuple[str | None, tuple[tuple[tuple[str, tuple[str, ...]], ...], int]] = (None, ((), 0))


def read_dateline(body: str) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    """The regions a dateline names, each with every region its name may mean, and where the
    text after it starts. Each of a dashed dateline's parts between commas and brackets is
    looked up whole, so words in a sentence that happens to hold a dash are not mistaken for
    one."""
    global _last
    last_body, (named, end) = _last
    if body is not last_body:
        found, end = _read_dateline(body)
        named = tuple(found)
        _last = (body, (named, end))
    return list(named), end


def _read_dateline(body: str) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    for end in _DATELINE_END.finditer(body, 0, _DATELINE_SEARCH):
        line_start = body.rfind("\n", 0, end.start()) + 1
        if end.start() - line_start > _DATELINE_MAX:
            continue
        found = [named for part in _DATELINE_PARTS.split(body[line_start:end.start()])
                 if (named := _region(part))]
        if found:
            return found, end.end()
    if not _CAPITALS_RUN.search(body, 0, _OUTLET_SEARCH):
        return [], 0  # most bodies: no place in capitals to start with
    dashless = _PLACE_OUTLET.match(body) or _OUTLET_PLACE.search(body, 0, _OUTLET_SEARCH)
    named = dashless and _region(dashless.group("place"))
    if named:
        return [named], dashless.end()
    return [], 0


def _region(written: str) -> tuple[str, tuple[str, ...]] | None:
    """The region a dateline's part names, with every region its name may mean."""
    written = written.strip()  # a dateline is capitalised: "kisaran -" is no place
    if not written[:1].isupper():
        return None
    entry, kind = lookup_form(written, places=True)
    region = entry and pick_region(entry.regions, gazetteer().regions, kind, dateline=True)
    return (region, tuple(entry.regions)) if region and entry else None


def dateline_end(body: str) -> int:
    """Where a body's text after its dateline starts, for its analysis; 0 when it opens with none.

    Many outlets open every story with where it was written and who wrote it ("Jakarta, CNN
    Indonesia --"). Indexed as body words, the place would make every story filed from Jakarta
    match `banjir jakarta` (a flood in Bima), in its lead too (search/lead_share.py), and the
    outlet's name `ekonomi indonesia`. The stored text keeps the dateline, and its place stays
    the story's region (its facet, `wilayah:`). Taken only near the top, so no paragraph of the
    story is left out with it."""
    end = read_dateline(body)[1]
    return end if end <= DATELINE_REACH else 0

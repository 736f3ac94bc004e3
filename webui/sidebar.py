"""The facet sidebar and the active-filter chips, from a search response and the request.

Regions form a tree (province → kabupaten/kota) and dates another (year → month). Each value is a
link that toggles it, so several values of one facet can be chosen one click at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import request

# TODO(search): the regency facet does not say which province a kabupaten/kota belongs to; until
# the engine's facet items carry it, the sidebar asks the gazetteer behind the index.
from webui.formatting import month_name, short_date
from webui.params import month_range, search_url, toggled, year_range

SHOWN = 8  # values visible before "lainnya"
# values listed at most; every link repeats the query, and the page must stay light
MOST = 20
MOST_PER_PROVINCE = 12


@dataclass
class Item:
    value: str
    label: str
    count: int
    selected: bool
    url: str
    children: list[Item] = field(default_factory=list)
    children_label: str = ""
    open: bool = False


@dataclass
class Group:
    key: str
    title: str
    items: list[Item]

    @property
    def shown(self) -> list[Item]:
        return self.items[:SHOWN]

    @property
    def more(self) -> list[Item]:
        return self.items[SHOWN:]


@dataclass
class Chip:
    kind: str
    label: str
    remove_url: str


def _region_items(facets: dict) -> list[Item]:
    chosen = request.args.getlist("region")
    by_province: dict[str, list[dict]] = {}
    for regency in facets.get("regency", []):
        by_province.setdefault(regency.get("province") or "", []).append(regency)
    items = []
    for province in facets.get("province", []):
        name = province["value"]
        children_raw = by_province.pop(name, [])[:MOST_PER_PROVINCE]
        child_names = {c["value"] for c in children_raw}
        if name in chosen:
            url = search_url(region=[v for v in chosen if v != name])
        else:  # choosing a province replaces its kabupaten/kota
            url = search_url(region=[v for v in chosen if v not in child_names] + [name])
        children = []
        for child in children_raw:
            value = child["value"]
            if value in chosen:
                child_url = search_url(region=[v for v in chosen if v != value])
            else:  # narrowing a chosen province down to one of its kabupaten/kota
                child_url = search_url(region=[v for v in chosen if v != name] + [value])
            children.append(Item(value, value, child["count"], value in chosen, child_url))
        selected = name in chosen
        items.append(Item(name, name, province["count"], selected, url, children,
                          f"{len(children)} kabupaten/kota",
                          open=selected or any(c.selected for c in children)))
    for leftovers in by_province.values():  # a province beyond the facet's limit
        for child in leftovers:
            value = child["value"]
            items.append(Item(value, value, child["count"], value in chosen,
                              search_url(region=toggled("region", value))))
    if len(items) == 1:
        items[0].open = True
    return items


def _date_items(facets: dict) -> list[Item]:
    start, end = request.args.get("from", ""), request.args.get("to", "")
    months: dict[str, list[dict]] = {}
    for month in facets.get("month", []):
        months.setdefault(month["value"][:4], []).append(month)
    items = []
    for year in sorted(facets.get("year", []), key=lambda y: y["value"], reverse=True):
        span = year_range(year["value"])
        if span is None:
            continue
        children = []
        for month in sorted(months.get(year["value"], []), key=lambda m: m["value"]):
            month_span = month_range(month["value"])
            if month_span is None:
                continue
            chosen = (start, end) == (month_span.from_, month_span.to)
            url = (search_url(from_=None, to=None) if chosen
                   else search_url(from_=month_span.from_, to=month_span.to))
            children.append(Item(month["value"], month_name(month["value"]).split()[0],
                                 month["count"], chosen, url))
        chosen = (start, end) == (span.from_, span.to)
        url = (search_url(from_=None, to=None) if chosen
               else search_url(from_=span.from_, to=span.to))
        items.append(Item(year["value"], year["value"], year["count"], chosen, url, children,
                          f"{len(children)} bulan",
                          open=chosen or any(c.selected for c in children)))
    if len(items) == 1:
        items[0].open = True
    return items


def _plain_items(facets: dict, facet: str, param: str) -> list[Item]:
    chosen = request.args.getlist(param)
    return [Item(v["value"], v["value"], v["count"], v["value"] in chosen,
                 search_url(**{param: toggled(param, v["value"])}))
            for v in facets.get(facet, [])[:MOST]]


def facet_groups(response: dict) -> list[Group]:
    facets = response["facets"]
    groups = [
        Group("region", "Wilayah", _region_items(facets)),
        Group("official", "Pejabat", _plain_items(facets, "official", "official")),
        Group("source", "Sumber", _plain_items(facets, "source", "source")),
        Group("date", "Tahun dan bulan", _date_items(facets)),
    ]
    return [group for group in groups if group.items]


def _date_chip_label(start: str, end: str) -> str:
    if start and end:
        return f"{short_date(start)} – {short_date(end)}"
    return f"sejak {short_date(start)}" if start else f"sampai {short_date(end)}"


def active_chips(response: dict | None) -> list[Chip]:
    """One chip per chosen filter value; its link is the search without that value."""
    regencies = {v["value"] for v in (response or {}).get("facets", {}).get("regency", [])}
    chips = []
    for value in request.args.getlist("region"):
        kind = "Kab/Kota" if value in regencies else "Provinsi"
        chips.append(Chip(kind, value, search_url(region=toggled("region", value))))
    for param, kind in (("official", "Pejabat"), ("source", "Sumber")):
        for value in request.args.getlist(param):
            chips.append(Chip(kind, value, search_url(**{param: toggled(param, value)})))
    start, end = request.args.get("from", ""), request.args.get("to", "")
    if start or end:
        chips.append(Chip("Tanggal", _date_chip_label(start, end),
                          search_url(from_=None, to=None)))
    return chips


def clear_filters_url() -> str:
    return search_url(region=None, official=None, source=None, from_=None, to=None)

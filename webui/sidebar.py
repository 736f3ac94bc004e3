"""The facet sidebar and the active-filter chips, from a search response and the request.

Regions form a tree (province → kabupaten/kota) and dates another (year → month). Each value is a
link that toggles it, so several values of one facet can be chosen one click at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import request

from search.query import without_filter
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


def _chosen_regions(response: dict) -> list[dict]:
    """The `region` values of the URL as the engine read them (official names, level,
    provinces)."""
    return [item for item in response.get("filters", [])
            if item["filter"] == "region" and item["origin"] == "parameter"]


def _region_items(response: dict) -> list[Item]:
    facets = response["facets"]
    chosen = request.args.getlist("region")
    read = _chosen_regions(response)
    value_of = {name: item["value"] for item in read for name in item["matches"]}

    def without(*names: str) -> str:
        gone = {value_of[n] for n in names if n in value_of}
        return search_url(region=[v for v in chosen if v not in gone])

    by_province: dict[str, list[dict]] = {}
    for regency in facets.get("regency", []):
        by_province.setdefault(regency.get("province") or "", []).append(regency)
    items = []
    for province in facets.get("province", []):
        name = province["value"]
        # the chosen kabupaten/kota of this province: off with it, or replaced by it
        inside = [n for item in read if item["level"] == "regency"
                  and item["provinces"] == [name] for n in item["matches"]]
        if name in value_of:
            url = without(name, *inside)
        else:
            gone = {value_of[n] for n in inside}
            url = search_url(region=[*(v for v in chosen if v not in gone), name])
        children = []
        for child in by_province.pop(name, [])[:MOST_PER_PROVINCE]:
            value = child["value"]
            # a kabupaten/kota of a chosen province narrows the province to it
            child_url = without(value) if value in value_of else search_url(
                region=[*chosen, value])
            children.append(Item(value, value, child["count"], value in value_of, child_url))
        selected = name in value_of
        items.append(Item(name, name, province["count"], selected, url, children,
                          f"{len(children)} kabupaten/kota",
                          open=selected or any(c.selected for c in children)))
    for leftovers in by_province.values():  # a province beyond the facet's limit
        for child in leftovers:
            value = child["value"]
            url = without(value) if value in value_of else search_url(region=[*chosen, value])
            items.append(Item(value, value, child["count"], value in value_of, url))
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
        Group("region", "Wilayah", _region_items(response)),
        Group("official", "Pejabat", _plain_items(facets, "official", "official")),
        Group("source", "Sumber", _plain_items(facets, "source", "source")),
        Group("date", "Tahun dan bulan", _date_items(facets)),
    ]
    return [group for group in groups if group.items]


def _date_chip_label(start: str, end: str) -> str:
    if start and end:
        return f"{short_date(start)} – {short_date(end)}"
    return f"sejak {short_date(start)}" if start else f"sampai {short_date(end)}"


def _filter_chip(item: dict, values: list[str], described: list[dict]) -> Chip:
    """The chip of one filter value as the engine read it; its link removes it (a narrowed
    province's, with the kabupaten/kota it was narrowed to)."""
    param, value = item["filter"], item["value"]
    kind = {"region": "Wilayah", "official": "Pejabat", "source": "Sumber"}[param]
    label = value
    removed = [v for v in values if v != value]
    if param == "region" and item["known"]:
        kind = {"province": "Provinsi", "regency": "Kab/Kota"}.get(item["level"], kind)
        label = ", ".join(item["matches"])
        if item["within"]:
            label += f" (di {', '.join(item['within'])})"
        if item["narrowed_to"]:
            label += f" (hanya {', '.join(item['narrowed_to'])})"
            narrowing = {f["value"] for f in described if f["filter"] == "region"
                         and set(f["within"]) & set(item["matches"])}
            removed = [v for v in removed if v not in narrowing]
    if not item["known"]:
        label += " (tidak dikenal)"
    return Chip(kind, label, search_url(**{param: removed}))


def _typed_chip(item: dict) -> Chip:
    """The chip of a filter typed in the query; its link is the query without it."""
    kind = {"region": "Wilayah", "official": "Pejabat", "source": "Sumber", "date": "Tanggal",
            "said": "Pernyataan"}.get(item["filter"], item["filter"])
    if item["filter"] == "region" and item["known"]:
        kind = {"province": "Provinsi", "regency": "Kab/Kota"}.get(item["level"], kind)
    label = item["value"]
    if item["known"] and item["filter"] in ("region", "official", "source") and item["matches"]:
        label = ", ".join(item["matches"][:3]) + (" …" if len(item["matches"]) > 3 else "")
    elif item["known"] and item["filter"] == "date":
        label = _date_chip_label(*item["matches"])
    if not item["known"]:
        label += " (tidak dikenal)"
    if item["exclude"]:
        label = f"kecuali {label}"
    query = without_filter(request.args.get("q", ""), item["filter"], item["value"],
                           item["exclude"])
    return Chip(f"{kind} (di kueri)", label, search_url(q=query))


def active_chips(response: dict | None) -> list[Chip]:
    """One chip per chosen filter value; its link is the search without that value (a
    province's, without the kabupaten/kota it was narrowed to)."""
    described = [f for f in (response or {}).get("filters", []) if f["origin"] == "parameter"]
    chips = []
    for param, kind in (("region", "Wilayah"), ("official", "Pejabat"), ("source", "Sumber")):
        values = request.args.getlist(param)
        items = {f["value"]: f for f in described if f["filter"] == param}
        for value in values:
            if value in items:
                chips.append(_filter_chip(items[value], values, described))
            else:  # no response (a bad request): the value as given
                chips.append(Chip(kind, value, search_url(**{param: toggled(param, value)})))
    chips += [_typed_chip(item) for item in (response or {}).get("filters", [])
              if item["origin"] == "query"]
    start, end = request.args.get("from", ""), request.args.get("to", "")
    if start or end:
        chips.append(Chip("Tanggal", _date_chip_label(start, end),
                          search_url(from_=None, to=None)))
    if request.args.get("scope") == "government":
        chips.append(Chip("Cakupan", "Pemerintahan saja", search_url(scope=None)))
    return chips


def clear_filters_url() -> str:
    return search_url(region=None, official=None, source=None, from_=None, to=None, scope=None)

"""News outlets: one identity and one display name per outlet, whatever a source writes.

Both sides use it: the extraction names every article's outlet with it
(``index/extract/pipeline.py``), and the search reads a source filter with it, as a user types
it (``search/sources.py``).

An outlet is its registered domain, by the public-suffix rules (the ``tld`` package):
news.detik.com and finance.detik.com are detik.com, while sukamaju.desa.id, tni.mil.id and
kalteng.go.id are sites of their own, not desa.id, mil.id or go.id. ``data/outlets.tsv`` gives
the known outlets their display names and lists the other names and domains they are written
as ("Antara", "ANTARA News", "antaranews" are ANTARA); an outlet it does not list is named by
its domain ("kalteng.go.id").

An article's outlet comes from its URL, unless the URL is a relay's (an aggregator, a link
shortener, a social network: ``relay`` lines), then from the name its source writes:

1. a name that is a domain ("Kompas.com", "BorneoPos.id") is that domain's outlet;
2. a known name, compared by ``name_key``: case, spaces and punctuation, a domain ending and a
   "News" ending set aside ("ANTARA News", "antaranews" and "Antara" meet);
3. a known name followed by the name of a section ("ANTARA News Otomotif", "Kompas Regional":
   the ``section`` words) or, for an outlet with regional editions (``regional`` lines), of a
   region, as a bureau or edition writes it ("ANTARA Kalteng", "Tribun Jateng": the outlet's
   own domain serves them, kalteng.antaranews.com; not "Suara Kalbar", another paper than
   Suara.com), or glued to any word in camel case ("detikFinance"): the outlet, and the rest is
   kept as its section;
4. otherwise an outlet of its own, under that name.

An outlet the data file does not list can so reach one index under its domain and under a name
("kabarselatan.id", "Kabar Selatan"): the search joins them over the index's own values
(``joined_sources``, applied by ``search/sources.py``), so it holds whatever was indexed when.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from index.data_files import data_lines


def _get_tld(*args, **kwargs):
    """``tld.get_tld``, imported when first needed: the package (and the urllib, http and email
    modules it loads) cost a tenth of a second of every search's start, and a search only needs
    it for a source filter that is a domain."""
    from tld import get_tld

    return get_tld(*args, **kwargs)


DATA_FILE = "outlets.tsv"
_NAME_KEY_JUNK = re.compile(r"[\W_]+")
_SCHEME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/?#]*@)?([^@:/?#\[\]\s]*)(?:[:/?#]|$)",
                   re.IGNORECASE)
_DOMAIN_LIKE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z0-9-]{2,}", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")  # "detikFinance" -> "detik" | "Finance"
_LIST_SEPARATOR = re.compile(r"\s*\|\s*")


@dataclass(frozen=True)
class Outlet:
    key: str  # the registered domain; "name:" + name_key for an outlet known only by a name
    name: str  # the one display name
    section: str = ""  # what a written name adds to the outlet's ("Otomotif")

    @property
    def known(self) -> bool:
        """Whether outlets.tsv lists it."""
        return self.key in _outlets().display


@dataclass
class _Outlets:
    display: dict[str, str] = field(default_factory=dict)  # outlet domain -> display name
    domains: dict[str, str] = field(default_factory=dict)  # any domain it uses -> outlet domain
    names: dict[str, str] = field(default_factory=dict)  # name_key -> outlet domain
    sections: set[str] = field(default_factory=set)  # casefolded section words
    relays: set[str] = field(default_factory=set)  # domains whose URLs do not name the outlet
    regional: set[str] = field(default_factory=set)  # outlets with regional editions


def _host_of(address: str) -> str:
    """The host of a URL or of a bare host name, lower case, without "www." and a port."""
    address = address.strip()
    if not _SCHEME.match(address):
        address = "//" + address
    found = _HOST.match(address)  # urlsplit's host, at a fifth of its cost (a build's every URL)
    return found[1].lower().rstrip(".").removeprefix("www.") if found else ""


def registered_domain(address: str) -> str:
    """The registered domain of a URL or host, by the public-suffix rules:
    'https://news.detik.com/x' -> 'detik.com', 'sukamaju.desa.id' -> 'sukamaju.desa.id',
    'https://diskominfo.kalteng.go.id' -> 'kalteng.go.id'; '' when there is none (no host, an IP
    address, a host under no public suffix, a public suffix itself)."""
    return _registered(_host_of(address))


@lru_cache(maxsize=16384)  # an index's articles come from a few hosts, again and again
def _registered(host: str) -> str:
    if not host or "." not in host:
        return ""
    found = _get_tld(host, fix_protocol=True, as_object=True, fail_silently=True)
    if found is None or found.fld == found.tld:
        return ""
    return found.fld


def _is_domain(text: str) -> bool:
    """Whether a written name is a domain or URL ("Kompas.com", "www.detik.com", not
    "ANTARA News" or "Jl.Sudirman")."""
    host = _host_of(text) if " " not in text.strip() else ""
    return bool(host and _DOMAIN_LIKE.fullmatch(host) and registered_domain(host))


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The key two ways of writing one name share: case, spaces and punctuation set aside, a
    domain reduced to its name, a "News" ending dropped: 'ANTARA News', 'antaranews',
    'antaranews.com' and 'Antara' -> 'antara'."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    if _is_domain(text):
        found = _get_tld(_host_of(text), fix_protocol=True, as_object=True, fail_silently=True)
        text = found.domain if found is not None else text
    key = _NAME_KEY_JUNK.sub("", text)
    if key.endswith("news") and len(key) >= 7:  # "antaranews"; not "inews"
        key = key[:-4]
    return key


@cache
def _outlets() -> _Outlets:
    data = _Outlets()
    from_domains: list[tuple[str, str]] = []  # (name_key of a domain, outlet domain)
    for line in data_lines(DATA_FILE):
        kind, *values = [v.strip() for v in line.split("\t")]
        if kind == "outlet" and len(values) >= 2:
            domain, display = registered_domain(values[0]), values[1]
            if not domain or not display:
                continue
            data.display[domain] = display
            data.domains[domain] = domain
            data.names[name_key(display)] = domain
            from_domains.append((name_key(domain), domain))
            others = _LIST_SEPARATOR.split(values[2]) if len(values) > 2 else []
            for other in filter(None, others):
                if _is_domain(other):
                    data.domains[registered_domain(other)] = domain
                    from_domains.append((name_key(other), domain))
                else:
                    data.names[name_key(other)] = domain
        elif kind == "section" and values:
            data.sections.update(w.casefold() for w in _LIST_SEPARATOR.split(values[0]) if w)
        elif kind == "relay" and values:
            data.relays.update(filter(None, map(registered_domain,
                                                _LIST_SEPARATOR.split(values[0]))))
        elif kind == "regional" and values:
            data.regional.update(filter(None, map(registered_domain,
                                                  _LIST_SEPARATOR.split(values[0]))))
    for key, domain in from_domains:  # a written name wins over a domain's name
        data.names.setdefault(key, domain)
    return data


def is_relay(domain: str) -> bool:
    """Whether a registered domain is a relay's (outlets.tsv): its URLs do not name the outlet."""
    return domain in _outlets().relays


def _of_domain(domain: str) -> Outlet:
    data = _outlets()
    outlet = data.domains.get(domain, domain)
    return Outlet(outlet, data.display.get(outlet, outlet))


def _known(written: str) -> Outlet | None:
    """The outlet a whole written name names, when it is a domain or a known name."""
    if _is_domain(written):
        return _of_domain(registered_domain(written))
    outlet = _outlets().names.get(name_key(written))
    return _of_domain(outlet) if outlet else None


def _with_section(written: str) -> Outlet | None:
    """'ANTARA News Otomotif' -> ANTARA, section 'Otomotif'; 'ANTARA Kalteng' -> ANTARA, section
    'Kalteng'; 'detikFinance' -> detikcom, section 'Finance'."""
    words = []
    for word in written.split():
        parts = _CAMEL.split(word)
        words += [(part, i > 0) for i, part in enumerate(parts)]  # (word, glued to the one before)
    sections = _outlets().sections
    for cut in range(len(words) - 1, 0, -1):
        head, tail = words[:cut], words[cut:]
        glued = tail[0][1]
        in_sections = all(w.strip(".,:;|-–—()").casefold() in sections for w, _ in tail)
        edition = not glued and not in_sections and _region(" ".join(w for w, _ in tail))
        if not (glued or in_sections or edition):
            continue
        head_text = "".join(("" if g else " ") + w for w, g in head).strip()
        outlet = _known(head_text)
        if outlet is not None and (not edition or outlet.key in _outlets().regional):
            tail_text = "".join(("" if g and i else " ") + w for i, (w, g) in enumerate(tail))
            return replace(outlet, section=tail_text.strip(" .,:;|-–—"))
    return None


def _region(text: str) -> bool:
    """Whether words after an outlet's name name a region, as a regional bureau or edition does
    ("ANTARA Kalteng", "IDN Times Jabar"); not a region's name that is also a common word
    ("Metro")."""
    from index.gazetteer import canonical_region, is_common_word  # the gazetteer, when needed

    text = text.strip(" .,:;|-–—()")
    return bool(text) and canonical_region(text) is not None and not is_common_word(text)


@lru_cache(maxsize=4096)
def outlet_named(written: str) -> Outlet:
    """The outlet a source's written name stands for (rules 1 to 4 above)."""
    written = " ".join(written.split())
    if not written:
        return Outlet("", "")
    outlet = _known(written) or _with_section(written)
    if outlet is not None:
        return outlet
    key = name_key(written)
    return Outlet("name:" + key, written) if key else Outlet("", "")


def outlet_of(url: str = "", written: str = "") -> Outlet:
    """An article's outlet: its URL's registered domain; for a URL of a relay or without a
    registered domain, the name its source writes (else the URL's host). The section is what
    that name adds to the outlet's own."""
    domain = registered_domain(url) if url else ""
    named = outlet_named(written) if written else None
    if domain and not is_relay(domain):
        outlet = _of_domain(domain)
        if named is not None and named.section and named.key == outlet.key:
            return replace(outlet, section=named.section)
        return outlet
    if named is not None and named.key:
        return named
    domain = domain or (_host_of(url) if url else "")  # an intranet host, an IP address
    return _of_domain(domain) if domain else Outlet("", "")


@lru_cache(maxsize=16384)
def match_keys(value: str) -> frozenset[str]:
    """What a source value is compared by, in a filter: a known outlet by its identity alone;
    another also by its name_key ("borneopos" finds "borneopos.id")."""
    outlet = outlet_named(value)
    if not outlet.key:
        return frozenset()
    if outlet.known:
        return frozenset({outlet.key})
    # as joined_sources meets a name and a domain's label: "Borneo Pos Online", borneopos.id
    loose = _name_keys(value) if outlet.key.startswith("name:") else _label_keys(outlet.key)
    return frozenset({outlet.key, "~" + name_key(value), *("~" + key for key in loose)})


# Read side: one index's source values joined into outlets (search/sources.py). A value the
# build named by a written name only ("Serambinews") is the outlet of an unlisted registered
# domain the index also holds ("serambinews.com") when the name is that domain's label written
# another way. Public suffixes whose labels are most often a region's or an institution's name
# (a government's, a village's, the army's, a school's) take the label as it is, and no ending
# dropped: "Kalteng News" is a newspaper, not kalteng.go.id.
_STRICT_SUFFIXES = frozenset({"go.id", "desa.id", "mil.id", "sch.id", "ac.id", "or.id",
                              "web.id", "my.id", "biz.id", "net.id", "ponpes.id"})
# A last word a news site's name adds to its domain's label ("Borneo Pos Online" and
# borneopos.id): name_key already drops a "News" ending.
_GENERIC_LAST_WORDS = frozenset({"online", "daily"})
_MIN_LOOSE_KEY = 4  # what is left once an ending is dropped: a name, not "tv" or "id"


def _plain_key(text: str) -> str:
    return _NAME_KEY_JUNK.sub("", unicodedata.normalize("NFKC", text).casefold())


def _name_keys(written: str) -> set[str]:
    """The keys a written name may meet a domain's label by: as it is (case, spaces and
    punctuation aside), and with a generic ending dropped ("News", "Online", "Daily")."""
    plain = _plain_key(written)
    keys = {plain, name_key(written)}
    words = written.split()
    if len(words) > 1 and words[-1].casefold().strip(".,") in _GENERIC_LAST_WORDS:
        keys.add(name_key(" ".join(words[:-1])))
    return {key for key in keys if len(key) >= _MIN_LOOSE_KEY} | {"=" + plain}


def _label_keys(domain: str) -> set[str]:
    """The keys a registered domain's label is met by: 'serambinews.com' -> serambinews,
    serambi; 'kalteng.go.id' -> =kalteng, which only a name written 'Kalteng' meets."""
    found = _get_tld(domain, fix_protocol=True, as_object=True, fail_silently=True)
    if found is None:
        return set()
    label = _plain_key(found.domain)
    if found.tld in _STRICT_SUFFIXES:
        return {"=" + label}
    return {key for key in (label, name_key(domain)) if len(key) >= _MIN_LOOSE_KEY}


def _looks_like_domain(value: str) -> bool:
    return " " not in value.strip() and bool(_DOMAIN_LIKE.fullmatch(_host_of(value)))


def _may_join(counts: dict[str, int]) -> bool:
    """Whether joined_sources could join any two of the values, by what they write alone: two
    names with one key, or a name that meets a label of a domain-like value (any of its host's
    labels). Most indexes hold none, and then a search looks up no domain (nor imports tld)."""
    names: set[str] = set()
    labels: set[str] = set()
    for value in counts:
        if _looks_like_domain(value):
            for label in _host_of(value).split("."):
                plain = _plain_key(label)
                labels.update((plain, "=" + plain, name_key(plain)))
        else:
            key = name_key(value)
            if key in names:
                return True
            names.add(key)
    return any(_name_keys(value) & labels for value in counts if not _looks_like_domain(value))


def joined_sources(counts: dict[str, int]) -> dict[str, str]:
    """One index's source values (with their articles) -> the one display name of each one's
    outlet: the values the rules above read as one outlet ("Serambinews", "SERAMBI NEWS"), and a
    name-only outlet with the unlisted domain whose label it writes (only when it writes the
    label of one such domain of the index, not of two). The display name is the written name
    with the most articles (one in mixed case on a tie: "Kabar Selatan", not "KABAR SELATAN"),
    the domain when no article writes a name. A listed outlet's value is its own."""
    if not _may_join(counts):
        return {value: value for value in counts}
    groups: dict[str, list[str]] = {}
    listed = set(_outlets().display.values())
    for value in counts:
        if value in listed:
            groups["=" + value] = [value]
            continue
        outlet = outlet_named(value)
        groups.setdefault(outlet.key if outlet.key and not outlet.known else "=" + value,
                          []).append(value)
    by_label: dict[str, set[str]] = {}
    for key in groups:
        if key[:1] != "=" and not key.startswith("name:"):
            for label in _label_keys(key):
                by_label.setdefault(label, set()).add(key)
    for key in [k for k in groups if k.startswith("name:")]:
        domains = set().union(*(by_label.get(label, set())
                                for value in groups[key] for label in _name_keys(value)))
        if len(domains) == 1:
            groups[domains.pop()] += groups.pop(key)
    shown: dict[str, str] = {}
    for key, values in groups.items():
        display = min(values, key=lambda v: (v == key, -counts[v], v in (v.upper(), v.lower()),
                                             v))
        shown.update(dict.fromkeys(values, display))
    return shown

"""Officials named in an article: people holding public office, with their role as written.

News names an official by putting an office and a person together: "Wakil Gubernur (Wagub)
Kalteng, Edy Pratowo", "Kapolres Kotim AKBP Sarpani", "Tito Karnavian selaku Mendagri". An
office comes from index/data/titles.tsv or is a `title` abbreviation in
index/data/abbreviations.tsv. What follows it up to the name (units, fields, regions, acronyms:
its object) belongs to the role. The role is the office plus its object, with office
abbreviations expanded, a long form followed by its acronym in parentheses kept as written (the
acronym left out: "Menteri Energi dan Sumber Daya Mineral (ESDM)" is Menteri Energi dan Sumber
Daya Mineral), and region short forms written out (a region's other names as written: "Wali Kota
Solo"). Ranks and honorifics (index/data/honorifics.txt) are not part of the name. A later
mention by part of a name ("Wagub Edy"), or misspelt by a letter, joins the full one, and a name
known only in part takes the full form the article writes elsewhere ("Purbaya" -> "Purbaya Yudhi
Sadewa").

Besides "office, name" and "name, office" news writes several holders after one office ("Anggota
KPU A, B, dan C"), two offices sharing their object ("Bupati dan Wakil Bupati Bangkalan, A dan
B"), the holder in parentheses ("Pak Gubernur Jawa Barat (A)"), "A yang juga Wali Kota X", "A
merupakan Bupati X" (not an office held "sebelumnya", before someone else), and
an office opening a sentence without a name whose holder opens the next one with a verb of saying
("Gubernur Jawa Barat meninjau tanggul. Dedi Mulyadi mengatakan ...").
A headline's office without a name ("Panglima Jelaskan ...", "Mendagri: ...") goes to the person
the body quotes most, when the body gives that person no other office: exports often drop the
lead that named them together.
People the statements show with an office that is not written beside their name (an office at
the quote, "terang Ketua MPR RI tersebut") are added after the statements are read, by
index/extract/speaker_officials.py.

Who counts (see the header of titles.tsv): holders of public office, Indonesian or foreign, named
with their office. A political party's posts ("Ketua Umum Partai Golkar") and the boards of state-
and region-owned companies (index/data/state_companies.txt) are read as offices, but a person read
only with one is no official (`joining._holding_public_office`). A former
holder or a candidate named with the office counts too, the role saying so ("mantan Gubernur
Kalteng A" is A, Mantan Gubernur Kalimantan Tengah; "calon Bupati" -> Calon Bupati), and the
office held now wins over one held before; so does a holder by number, the number in the role
("Presiden ke-6 RI A"). A past holder by term ("Menteri ... (2009-2014)") and association,
religious-organisation and private companies' posts are not.

The package, each module importing only those before it: `lexicon` (the data files and the
patterns built from them), `tokens` (tokens and known phrases), `roles`, `names` (reading a
name), `office_object` (what follows an office), `staff` (a staff post's served holder written
before the staff member), `office_mentions` (an office and its holder
named together), `pairs` (candidate pairs after "pasangan calon", with no role written),
`panel_chairs` (a court panel's chair, "majelis hakim yang diketuai A"), `bylines` (a column's
author signing "Name. Office." at its end), `self_appositions` ("A sendiri, Gubernur X"),
`former_lower_case` (a former holder of a national office in lower case, "mantan presiden A"),
`legislators` (a legislator referred back to by party, "Legislator PKB ini", which
index/extract/speaker_officials.py gives to the speaker just quoted),
`joining` (mentions of one person), `coreference` (an office referred back to with "itu", "ini" or
"tersebut" names the one person written just before without an office), `headlines` and
`figures` (public figures a news brief names without an office,
index/data/public_figures.tsv; index/extract/pipeline.py adds them after the statements'
officials) and `office_holders` (people named without an office in an article dated inside one
of their terms, index/data/office_holders.tsv; added after the figures; a short form of
public_figures.tsv counts there too) and `written_roles` (an official still without a role
takes the office written beside a nickname, "Pak AHY (Menko Infra)", run for after the
name, or written in lower case beside it, "berharap presiden Joko Widodo"; called last by the
pipeline).
Names with a leading underscore are shared between these modules only.
"""

from __future__ import annotations

import re

from index.article import Official
from index.extract.officials.bylines import signed_authors
from index.extract.officials.coreference import people_referred_back
from index.extract.officials.former_lower_case import former_holders
from index.extract.officials.glued import without_opening_noun
from index.extract.officials.headlines import (
    BRIEF,
    _headline_holder_named_in_body,
    _headline_office,
    _headline_office_holder,
    _person_named_in_headline,
)
from index.extract.officials.joining import (
    Found,
    _fuller_name,
    _holding_public_office,
    _join,
    _no_public_office,
)
from index.extract.officials.lexicon import Lexicon, load_lexicon
from index.extract.officials.names import _may_be_person, object_read_as_name
from index.extract.officials.office_mentions import OfficeMention, mentions
from index.extract.officials.pairs import candidate_pairs
from index.extract.officials.panel_chairs import panel_chairs
from index.extract.officials.place_names import names_a_place
from index.extract.officials.self_appositions import self_appositions
from index.extract.officials.written_roles import running_for

__all__ = ["extract_officials", "load_lexicon"]

# "Kementerian Perumahan dan Kawasan Permukiman (PKP)": a ministry's name, its words capitalised
_MINISTRY = re.compile(r"\bKementerian((?:,?[ \t\u00a0]+(?:dan|(?!Kementerian\b)[A-Z][\w-]*))+)")


def extract_officials(title: str, body: str,
                      body_mentions: list[OfficeMention] | None = None) -> list[Official]:
    """Officials named in an article, in order of first mention, one entry per person.
    `body_mentions`: `mentions(body)` when the caller has read them already (the statements
    read the same ones)."""
    lexicon = load_lexicon()
    found: list[Found] = []
    for mention in mentions(body, lexicon) if body_mentions is None else body_mentions:
        _join(found, mention)
    for mention in candidate_pairs(body, lexicon):  # "pasangan calon A - B"
        _join(found, mention)
    for mention in panel_chairs(body, lexicon):  # "majelis hakim yang diketuai A"
        _join(found, mention)
    for mention in signed_authors(body, lexicon):  # a column's "M Afifuddin. Ketua KPU RI."
        _join(found, mention)
    for mention in self_appositions(body, lexicon):  # "A sendiri, Gubernur Jawa Tengah, ..."
        _join(found, mention)
    for mention in former_holders(body, lexicon):  # "mantan presiden A", "A, mantan menteri X"
        _join(found, mention)
    # Headlines are Title Case ("Gubernur Abdul Wahid Luncurkan Mobil"), so a name read there
    # only moves a person named in the body to the front.
    for mention in mentions(title, lexicon):
        person = _person_named_in_headline(found, mention.name)
        if person is not None:
            person.start = mention.start - len(title) - 1
        elif holder := _headline_holder_named_in_body(title, body, mention, found, lexicon):
            found.append(holder)
    _headline_object(title, found, lexicon)
    if speaker := _headline_office_holder(title, body, found, lexicon):
        found.append(speaker)
    if len(body) <= BRIEF:
        _brief_ministry(f"{title}\n{body}", found)
    # "... saat Jimly ... kepada Ketua DKPP tersebut": an office referred back to
    found.extend(people_referred_back(body, found, lexicon))
    names = frozenset(person.name for person in found)
    for person in found:
        if person.spellings:  # "Affifudin" once, "Afifudin" three times: the usual spelling
            person.name = max([person.name, *person.spellings], key=body.count)
        person.name = _fuller_name(without_opening_noun(person.name, body), body, lexicon,
                                   names)
    for person in found:  # a party's chair running for office: "Prabowo untuk maju menjadi ..."
        if _no_public_office(person.role) and (running := running_for(body, person.name,
                                                                           lexicon)):
            person.roles.append(running)
    found = _holding_public_office(found)
    found.sort(key=lambda person: person.start)
    return [Official(person.name, person.role) for person in found
            if _may_be_person(person.name) and not object_read_as_name(person.name, body, lexicon)
            and not names_a_place(person.name, body, lexicon)]


def _headline_object(title: str, found: list[Found], lexicon: Lexicon) -> None:
    """A bare regional office the body gives one person ("Bupati Sujiwo menegaskan ...") takes the
    object the headline writes with it and without a name ("Bupati Kubu Raya Buka Suara"):
    a brief's teaser leaves the region to the headline."""
    bare = [person for person in found if person.role in _regional_offices(lexicon)]
    if len(bare) != 1:
        return  # most articles: no one's office is bare, and the headline need not be read
    role, _ = _headline_office(title, lexicon)
    if role.startswith(bare[0].role + " ") and not any(
        person.role.startswith(role) for person in found
    ):
        bare[0].role = role


def _regional_offices(lexicon: Lexicon) -> frozenset[str]:
    """The roles of offices held in one region, written bare: Bupati, Gubernur, Kapolres."""
    offices = lexicon.offices
    if (known := _REGIONAL.get(id(offices))) is None or known[0] is not offices:
        roles = frozenset(office.role for office in offices.values()
                          if office.public and not office.national
                          and not office.needs_institution)
        _REGIONAL[id(offices)] = known = (offices, roles)
    return known[1]


_REGIONAL: dict[int, tuple[dict, frozenset[str]]] = {}  # per lexicon read: its regional roles


def _brief_ministry(text: str, found: list[Found]) -> None:
    """A bare minister in a brief ("Menteri Ara Kejar Bedah Rumah ...") is the minister of the
    one ministry the brief names ("Kementerian Perumahan dan Kawasan Permukiman (PKP) mengejar
    target ..."): a teaser writes the ministry, not the minister's title."""
    bare = [person for person in found if person.role in ("Menteri", "Wakil Menteri")]
    if len(bare) != 1:
        return  # most briefs: the ministry need not be looked for
    names = {_ministry_name(match.group(1)) for match in _MINISTRY.finditer(text)}
    if len(names) == 1 and (ministry := names.pop()):
        bare[0].role = f"{bare[0].role} {ministry}"


def _ministry_name(written: str) -> str:
    """A ministry's name from the words read after "Kementerian": commas only in a list closed
    by "dan" ("Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"), else the name ends at
    the first ("Sekretariat Negara, Jalan Veteran, Jakarta")."""
    name = " ".join(written.replace(",", " , ").split()).replace(" ,", ",").strip(", ")
    listed = re.match(r"[^,]+(?:, [^,]+)*?,? dan [A-Z][\w-]*", name) if "," in name else None
    name = listed.group() if listed else name.split(",")[0]
    return re.sub(r"(?:,? dan)$", "", name)

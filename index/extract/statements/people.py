"""The people of an article, for attribution: the officials named with their office
(index/extract/officials), and the names read where someone speaks. A later mention by part of
a name ("Edy" after "Edy Pratowo") is the same person; a pronoun ("ia", "-nya") is the person
named most recently before it, outside quotations."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from index.analysis.analyzer import attested_words
from index.data_files import word_list
from index.extract.officials import load_lexicon
from index.extract.officials.joining import _fuller_name
from index.extract.officials.lexicon import Lexicon
from index.extract.officials.names import MAX_NAME_WORDS, is_name_word
from index.extract.officials.office_mentions import OfficeMention, mentions
from index.extract.officials.tokens import (
    NAME_PARTICLES,
    _canonical_region,
    is_place,
    misspelt_place,
)
from index.extract.statements._scan import word_starts
from index.extract.statements.capitals import (
    capitalised_places,
    neighbour_written,
    word_places,
)
from index.extract.statements.cues import load_cues
from index.extract.statements.name_slips import one_slip
from index.extract.statements.sentences import sentence_start, sentence_starts
from index.people import alias_target, one_edit, spelling_key

_SPACES = " \t\u00a0,(:"
# A sentence's first words up to the first in lower case, all capitalised (commas and
# parentheses between): "Direktur Jenderal ..., Iqbal Shoffan Shofwan pun ..." reads the name
# that ends them.
_SUBJECT = re.compile(
    r"[ \t\u00a0\n]*(?P<name>(?:[A-Z(][^\s]*[ \t\u00a0]+){2,12}?)(?=[a-z])"
)
_LONG_FORM = re.compile(
    r"(?<![\w-])(?:[A-Z][\w&'’-]*,?[ \t\u00a0]+(?:(?:dan|untuk|of|and)[ \t\u00a0]+)?){1,8}$"
)
_AFTER_COMMA = re.compile(r",[ \t\u00a0]+(?=[A-Z])")
# each opens with a class of its first letters and looks behind only after it ("(?<![\w-])[A-Z]"
# is "[A-Z](?<![\w-][A-Z])"): the engine then looks for such a letter before trying the rest
_PAIR = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]+[ \t\u00a0][A-Z][a-z]+(?![\w-])")
# the pronouns that keep a person in view, each a word of its own (found in C: _scan.c)
PRONOUNS = frozenset({"ia", "Ia", "dia", "Dia", "beliau", "Beliau"})
# A nickname the article declares: "Gus Sholah, sapaan akrab KH Salahuddin Wahid", "Budi
# Gunawan yang akrab disapa BG", "Ahmad Dhani alias Dhani". A name here: one to five words,
# each capitalised (particles and "'" inside allowed).
_SP = "[ \\t\\u00a0]+"
_NAME_RUN = rf"[A-Z][\w'’.-]*(?:{_SP}(?:(?:bin|binti|van|de|al|el){_SP})?[A-Z][\w'’.-]*){{0,4}}"
_NICK_FIRST = re.compile(
    rf"(?P<nick>{_NAME_RUN}),?{_SP}(?:nama{_SP})?(?:sapaan|panggilan)"
    rf"(?:{_SP}(?:akrab|karib|populer))?(?:{_SP}dari)?{_SP}(?P<full>{_NAME_RUN})"
)
_FULL_FIRST = re.compile(
    rf"(?P<full>{_NAME_RUN}),?{_SP}(?:(?:yang|atau){_SP})?(?:(?:akrab|biasa|karib|"
    rf"lebih{_SP}dikenal|populer){_SP})?(?:disapa|dipanggil|dikenal{_SP}dengan|alias)"
    rf"{_SP}(?P<nick>{_NAME_RUN})"
)
_DECLARES = ("sapaan", "panggilan", "disapa", "dipanggil", "alias", "dikenal dengan")
# parts of words that every declaring word holds: the words are looked for only where one stands
DECLARING_HINTS = ("sapa", "panggil", "alias", "dikenal")


def declaring_places(body: str) -> list[int]:
    r"""Where a declaring word stands as a word of its own, in order: the matches of
    `(?<![\w-])(?:sapaan|...)(?![\w-])`, found with `str.find` (a pattern that opens with a
    lookbehind is tried at every character of the body)."""
    if not any(hint in body for hint in DECLARING_HINTS):
        return []
    return sorted(at for word in _DECLARES for at in word_places(body, word))


def declared_nicknames(body: str, lexicon: Lexicon) -> dict[frozenset[str], str]:
    """Nicknames the article itself declares, by their words -> the full name it gives."""
    hits = declaring_places(body)
    found: dict[frozenset[str], str] = {}
    windows = [(max(0, at - 90), at + 90) for at in hits]  # the patterns tried only near them
    for pattern in (_NICK_FIRST, _FULL_FIRST) if hits else ():
        for match in (m for start, end in windows for m in pattern.finditer(body, start, end)):
            full = name_ending(match.group("full"), lexicon) if pattern is _FULL_FIRST else (
                _without_honorifics(match.group("full"), lexicon))
            if full:
                # "Gitaris Satriyo Yudi Wahono atau biasa disapa Piyu": the sentence's first word
                full, _ = without_title(full, body, load_cues().titles)
                full = trimmed_name(full, body, match.start("full") + match.group("full").find(
                    full), lexicon)
            nick = match.group("nick")
            if pattern is _NICK_FIRST:
                nick = name_ending(nick, lexicon) or nick
            if full and nick and len(full.split()) >= 2 and name_key(nick) and not (
                name_key(nick) <= name_key(full)
            ):
                found.setdefault(name_key(nick), full)
                if (plain := _without_honorifics(nick, lexicon)) and plain != nick:
                    found.setdefault(name_key(plain), full)  # "Gus Sholah" and "Sholah"
    return found


def _without_honorifics(name: str, lexicon: Lexicon) -> str:
    words = name.split()
    while words and lexicon.honorific_pattern.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words)


# A word with a capital inside after three small letters or more ("GrabPay", "PlayStation") is
# a brand's, not a person's ("McDonald", "DiCaprio", "LeBron" have it after one or two).
_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


@dataclass
class Person:
    name: str
    role: str | None
    words: frozenset[str]
    first: int  # where the article first names the person
    official: bool = False  # named with an office: the officials' reading of the name stands
    roles: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=1 << 14)  # asked about each name some 20 times an article
def name_key(name: str) -> frozenset[str]:
    return frozenset([word.strip(".,").lower() for word in name.split()
                      if word.lower() not in NAME_PARTICLES])


def written_role(body: str, mention: OfficeMention, lexicon: Lexicon) -> str:
    """The office of a mention as the article writes it: "Wakil Gubernur Kalimantan Tengah" of
    "Wakil Gubernur Kalimantan Tengah Edy Pratowo" (the officials' role spells abbreviations
    out; a statement keeps the article's words). The officials' role when the name comes
    first."""
    first_word = mention.name.split()[0]
    at = body.find(first_word, mention.start, mention.start + 240)
    if at <= mention.start:
        return mention.role
    role = body[mention.start:at].rstrip(_SPACES)
    words = role.split()
    while words and lexicon.honorific_pattern.fullmatch(words[-1]):
        words.pop()  # "Kepala Dinas Kesehatan dr": the honorific belongs to the name
    role = " ".join(words).rstrip(_SPACES)
    return role if role and "\n" not in role and len(role) < 160 else mention.role


class People:
    """The people named in one body, and where each is named."""

    def __init__(self, body: str, titles: frozenset[str] = frozenset(),
                 office_mentions: list[OfficeMention] | None = None) -> None:
        self.body = body
        self.titles = titles
        self.lexicon = load_lexicon()
        self.persons: list[Person] = []
        self._latest_first: list[Person] = []  # the persons, the latest named first
        self._latest_keys: list[int] = []  # their -first, for bisect
        self.official_at: dict[int, tuple[OfficeMention, Person, str]] = {}
        self._positions: list[int] = []
        self._timeline: list[Person] = []
        self._sentence_of: list[int] = []
        self._sentences: list[int] = []
        self._timeline_pending = False  # finish() has been asked and the timeline not read
        self._timeline_quoted: list[tuple[int, int]] = []
        self._subjects: list[Person] = []
        self._pairs: list[str] | None = None  # the body's pairs of capitalised words (_PAIR)
        # where a person is named at a cue, a short name or a nickname included ("kata Amel")
        self.mentioned: list[tuple[int, Person]] = []
        self.nicknames = declared_nicknames(body, self.lexicon)
        if office_mentions is None:
            office_mentions = list(mentions(body, self.lexicon))
        for mention in office_mentions:
            name, title = without_title(mention.name, body, titles)
            if title:  # "Presiden Recording Academy Neil Portnow": the organisation is the role's
                mention = mention._replace(name=name)
            role = written_role(body, mention, self.lexicon)
            person = self.add(mention.name, role, mention.start)
            person.official = True
            self.official_at[mention.start] = (mention, person, role)
        # where the officials are named, the latest first: every reporting verb looks back
        self.official_starts_desc = sorted(self.official_at, reverse=True)

    def add_subjects(self, quoted: list[tuple[int, int]]) -> None:
        """People named as a sentence's subject, outside quotations: a name of two words or
        more, then a word in lower case ("Iqbal Shoffan Shofwan pun mengapresiasi ...")."""
        quoted_starts = [start for start, _ in quoted]
        # a sentence's start, and a name set off by commas: "warga Desa X, Ujang Sutisna,
        # mengeluhkan ...", "Sementara itu, Ujang Sutisna mengeluhkan ..."
        starts = sorted({0, *sentence_starts(self.body),
                         *(m.end() for m in _AFTER_COMMA.finditer(self.body))})
        for start in starts:
            subject = _SUBJECT.match(self.body, start)
            if subject is None:
                continue
            inside = bisect.bisect_right(quoted_starts, start) - 1
            if inside >= 0 and quoted[inside][0] <= start < quoted[inside][1]:
                continue
            written = subject.group("name").rstrip(" \t\u00a0,")
            name = name_ending(written, self.lexicon)
            if name and name.split()[0].lower() in load_cues().kin:
                continue  # "Kakak Raoul Salim ini ...": Raoul Salim's sibling, not Raoul Salim
            if name and self.lexicon.office_pattern.fullmatch(name):
                # "Jaksa Agung juga ...": an office read as a name ("Agung") is its holder's
                holder = self.with_role(name, start)
                if holder is not None:
                    self.mentioned.append((subject.start("name"), holder))
                continue
            if name and len(name.split()) >= 2 and written.endswith(name):
                name, _ = without_title(name, self.body, self.titles)
                if name.startswith("The "):
                    continue  # "Manajer The Gunners itu ...": a team's or a paper's name
                words = name_key(name)
                at = subject.start("name") + len(written) - len(name)
                if len(words) >= 2 and (misspelt := self._misspelt(
                        words, self.persons + self._subjects)):
                    self.mentioned.append((at, misspelt))  # "Ihsan Modjo": Ikhsan Modjo
                elif len(words) >= 2 and not any(
                    words <= p.words or p.words <= words for p in self.persons + self._subjects
                ):
                    # only for pronouns: a Title Case run at a sentence's start may be no name
                    self._subjects.append(Person(name, None, words, at))

    def add(self, name: str, role: str | None, at: int) -> Person:
        """The person a name read at `at` is: one already named whose name holds the words, or
        a new one."""
        words = name_key(name)
        for person in self._latest_first:
            if words <= person.words:
                break
            if person.words < words and len(words) <= len(person.words) + 2:
                person.name, person.words = name, words  # "Edy", then "Edy Pratowo"
                break
        else:
            person = self._shortened(words) or self._misspelt(words) or Person(
                name, None, words, at)
            if person not in self.persons:
                self.persons.append(person)
                # kept as sorted(persons, key=-first) would give them: after those named as late
                at_place = bisect.bisect_right(self._latest_keys, -person.first)
                self._latest_keys.insert(at_place, -person.first)
                self._latest_first.insert(at_place, person)
        if role:
            person.roles.append(role)
            if person.role is None:
                person.role = role
        return person

    def named(self, name: str, at: int) -> Person | None:
        """The person a name is, named before `at` if anyone is, else after."""
        words = name_key(alias_target(name) or name)
        if words in self.nicknames:
            words = name_key(self.nicknames[words])  # "Gus Sholah": Salahuddin Wahid
        holders = [person for person in self.persons if words and words <= person.words]
        if not holders and 2 <= len(name) <= 4 and name.isupper():  # "BTM": Benhur Tommy Mano
            holders = [person for person in self.persons if len(person.name.split()) > 1
                       and "".join(w[0] for w in person.name.split()) == name]
            return holders[0] if len(holders) == 1 else None
        if not holders:
            return self._shortened(words) or self._misspelt(words)
        if len(holders) == 1:
            return holders[0]  # whether named before or after, the one holder
        before = [p for p in holders if self.last_named(p, at) is not None]
        if before:
            return max(before, key=lambda p: self.last_named(p, at) or 0)
        return min(holders, key=lambda p: p.first)

    def organisation(self, name: str) -> str:
        """An institution's name at its fullest as the article writes it: "KPK" ->
        "Komisi Pemberantasan Korupsi (KPK)" when the article spells it out."""
        if not name.isupper() or " " in name:
            return name
        at = self.body.find(f"({name})")
        if at < 0:
            return name
        long_form = _LONG_FORM.search(self.body, max(0, at - 120), at)
        return f"{listed_name(long_form.group().strip())} ({name})" if long_form else name

    def _shortened(self, words: frozenset[str]) -> Person | None:
        """The one person whose first name (four letters or more) or surname (three or more) a
        one-word name shortens: "Thila" for "Thilagavathy Nadason", "Mou" for Jose Mourinho."""
        if len(words) != 1:
            return None
        (word,) = words
        if len(word) < 3:
            return None
        # a first name's start ("Thila"), or a surname's ("Mou" for Jose Mourinho)
        holders = [p for p in self.persons if word not in p.words and (
            (len(word) >= 4 and p.name.split()[0].lower().startswith(word))
            or (len(p.words) >= 2 and p.name.split()[-1].lower().startswith(word)))]
        if not holders:  # "Djanur" for Djadjang Nurdjaman, "Jokowi" for Joko Widodo
            holders = [p for p in self.persons if _blends(word, p.name)]
        return holders[0] if len(holders) == 1 else None

    def _misspelt(self, words: frozenset[str],
                  among: list[Person] | None = None) -> Person | None:
        """The one person whose name is this one with a letter more, less or other in one word
        ("Ihsan Modjo" for Ikhsan Modjo, "Frangky" for Franky Sibarani): a slip of the pen."""
        holders = [p for p in (self.persons if among is None else among)
                   if one_slip(words, p.words)]
        return holders[0] if len({p.name for p in holders}) == 1 else None

    def with_role(self, role: str, at: int) -> Person | None:
        """The person named most recently before `at` whose role starts with `role` ("kata
        Gubernur" after "Gubernur Jawa Barat Dedi Mulyadi"), a title's abbreviation read as its
        long form on either side ("kata Menkeu" after "Menteri Keuangan Sri Mulyani")."""
        wanted = _spelt_out(role)
        holders = [
            person for person in self.persons
            if any(_spelt_out(r)[:len(wanted)] == wanted for r in person.roles)
        ]
        if not holders and len(wanted) == 1:  # "Hakim kemudian ..." after "Majelis Hakim X"
            holders = [person for person in self.persons
                       if any(_spelt_out(r)[-1:] == wanted for r in person.roles)]
        if not holders:
            return None
        return max(holders, key=lambda p: self.last_named(p, at) or -1)

    def finish(self, quoted: list[tuple[int, int]], title: str = "") -> None:
        """Find where each person is named outside the quotations, for pronouns. Names are
        written in full as the article writes them at their fullest, in the body or else in
        the title (a body that names someone only by a short name)."""
        for person in self.persons:
            if person.words in self.nicknames:
                declared = self.nicknames[person.words]
                person.name, person.words = declared, name_key(declared)
            target = alias_target(person.name)
            if target and not person.words < name_key(target):
                person.name, person.words = target, name_key(target)  # "Jokowi": Joko Widodo
                continue
            # "Sandiaga Uno" is the article's own short form of "Sandiaga Salahuddin Uno": as
            # written, the fullest name the article gives
            if len(person.name.split()) < MAX_NAME_WORDS - 1:
                fuller = _fuller_name(person.name, self.body, self.lexicon)
                if not person.official:
                    fuller = self._fuller_before(fuller, person.roles)
                if fuller == person.name and " " not in fuller:
                    fuller = self._declared_with(fuller) or self._blended(fuller)
                if " " not in fuller and title:
                    # "Erick": Erick Thohir
                    fuller = _from_title(fuller, title, self.body, self.lexicon)
                words = fuller.split()
                while len(words) > 1 and is_degree(words[-1], self.lexicon):
                    words.pop()  # "Wismandari Wisnu SpPD-KEMD": the degree is no name's
                fuller = " ".join(words)
                if " " in person.name and fuller.startswith(person.name + " ") and (
                    _described_only(fuller, self.body)
                ):
                    # "Pembawa acara Jimmy Kimmel Live tersebut": a show's, after a full name
                    # ("skuad arahan Dejan Antonic tersebut" gives "Dejan" his surname)
                    fuller = person.name
                if fuller != person.name:
                    person.name, person.words = fuller, name_key(fuller)
            if not person.official and len(person.name.split()) >= 2:
                earlier = self._spelt_before(person.name)
                if earlier:
                    person.name, person.words = earlier, name_key(earlier)
        # where each person is named is read when a pronoun, a quotation without a cue or a
        # name that several people hold first asks (last_named, latest_before): not at all
        # in an article whose speakers are all named in full
        self._timeline_quoted = quoted
        self._timeline_pending = True

    def _timeline_ready(self) -> None:
        if self._timeline_pending:
            self._timeline_pending = False
            self._read_timeline(self._timeline_quoted)

    def _read_timeline(self, quoted: list[tuple[int, int]]) -> None:
        """Where each person is named outside the quotations, and the pronouns that keep them
        in view, in the body's order."""
        owners: dict[str, list[Person]] = {}
        for holder in self.persons:  # a subject's name counts only where it is written whole
            for word in holder.name.split():
                if len(word) >= 3 and word[0].isupper():
                    owners.setdefault(word.rstrip(".,"), []).append(holder)
        events: list[tuple[int, Person]] = [(p.first, p) for p in self.persons + self._subjects]
        events += [(at, person) for at, person in self.mentioned
                   if person in self.persons or person in self._subjects]
        if owners:
            quoted_starts = [start for start, _ in quoted]
            named: list[tuple[int, Person]] = []
            for word, people in owners.items():
                if len(people) != 1:
                    continue
                for at in capitalised_places(self.body, word):
                    inside = bisect.bisect_right(quoted_starts, at) - 1
                    if not (inside >= 0 and quoted[inside][0] <= at < quoted[inside][1]):
                        named.append((at, people[0]))
            events += sorted(named, key=lambda event: event[0])  # in the body's order
        pronouns: list[int] = []
        quoted_starts = [start for start, _ in quoted]
        for at in word_starts(self.body, PRONOUNS, 2, 6, False):
            inside = bisect.bisect_right(quoted_starts, at) - 1
            if not (inside >= 0 and quoted[inside][0] <= at < quoted[inside][1]):
                pronouns.append(at)
        events.sort(key=lambda event: event[0])
        self._sentences = sentence_starts(self.body)
        self._positions, self._timeline, self._sentence_of = [], [], []
        pending = iter(pronouns)
        next_pronoun = next(pending, None)
        for at, person in [*events, (len(self.body) + 1, None)]:
            while next_pronoun is not None and next_pronoun < at:
                # "Ia juga yakin ...": the pronoun keeps the subject it refers to in view
                subject = self.latest_before(next_pronoun)
                if subject is not None:
                    self._append(next_pronoun, subject)
                next_pronoun = next(pending, None)
            if person is not None:
                self._append(at, person)

    def _spelt_before(self, name: str) -> str | None:
        """The spelling the article first gives a name, when it is written with one word a
        letter off before it is written so ("KH Salahuddin Wahid ...", later "sapaan akrab KH
        Salahudhin Wahid"): the article's first spelling stands."""
        first = self.body.find(name)
        if first <= 0:
            return None
        before = self.body[:first]
        words = name.split()
        for slipped in range(len(words)):
            if len(words[slipped]) < 5 or not all(
                word in before for at, word in enumerate(words) if at != slipped
            ):
                continue  # the other words must be written before: a plain look first
            if len(words) > 1 and not neighbour_written(before, words, slipped):
                continue  # nor next to a capitalised word where the slip would stand
            pattern = _SP.join(
                r"([A-Z][\w'’-]+)" if at == slipped else re.escape(word)
                for at, word in enumerate(words))
            for match in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", before):
                other = match.group(1).lower()
                # an old spelling ("Pandjaitan") is no slip: the article's choice
                if one_edit(other, words[slipped].lower()) and spelling_key(
                        [other], False) != spelling_key([words[slipped].lower()], False):
                    return match.group()
        return None

    def _append(self, at: int, person: Person) -> None:
        self._positions.append(at)
        self._timeline.append(person)
        self._sentence_of.append(bisect.bisect_right(self._sentences, at))

    def _declared_with(self, word: str) -> str | None:
        """The one declared full name that has this word, as its nickname has too ("Andi" in
        "Andi Agustinus alias Andi Narogong"): the word alone is that person."""
        word = word.lower()
        declared = {full for key, full in self.nicknames.items()
                    if word in key and word in name_key(full)}
        return declared.pop() if len(declared) == 1 else None

    def _blended(self, nickname: str) -> str:
        """The one full name written in the body that a nickname blends ("Djanur":
        Djadjang Nurdjaman), else the nickname."""
        if len(nickname) < 4:
            return nickname
        if self._pairs is None:  # read once an article, for every nickname
            self._pairs = [match.group() for match in _PAIR.finditer(self.body)]
        found = {pair for pair in self._pairs
                 if pair[:2] == nickname[:2] and _blends(nickname.lower(), pair)}
        return found.pop() if len(found) == 1 else nickname

    def _fuller_before(self, name: str, roles: list[str] | None = None) -> str:
        """The name with the words the article writes before it elsewhere: "Federer" ->
        "Roger Federer". A word that opens a sentence ("Sukses Wenger meraih ...") counts less;
        two different fuller names as often leave it as it is. Words that end a role read for
        the person are the role's ("pelatih Arema Aji Santoso": not "Arema Aji Santoso")."""
        role_tails = {" ".join(role.split()[-size:]) for role in roles or []
                      for size in (1, 2, 3)}
        weights: dict[str, float] = {}
        first: dict[str, int] = {}
        found = -1
        while (found := self.body.find(name, found + 1)) >= 0:
            end = found + len(name)
            if (found and (self.body[found - 1].isalnum() or self.body[found - 1] == "-")) or (
                end < len(self.body) and (self.body[end].isalnum() or self.body[end] == "-")
            ):
                continue
            if found and self.body[found - 1].isspace() and not _may_go_on(
                    self.body[max(0, found - 80):found].split()[-1:]):
                continue  # the word before can be no part of a name: no fuller name here
            window = self.body[max(0, found - 80):end]
            read = name_ending(window, self.lexicon)
            if read is not None:
                read, _ = without_title(read, self.body, self.titles)
            if read is None or not read.endswith(" " + name):
                continue
            before = window[:len(window) - len(read)].rstrip(" \t\u00a0")
            opens = not before or before[-1] in ".!?\n\"”"
            read = trimmed_name(read, self.body, end - len(read), self.lexicon)
            if not read.endswith(" " + name) or read[:-len(name) - 1] in role_tails:
                continue
            weights[read] = weights.get(read, 0.0) + (0.4 if opens else 1.0)
            first.setdefault(read, found)
        if not weights:
            return name
        # the most often, else the first: an article introduces a person in full
        return min(weights, key=lambda read: (-weights[read], first[read]))

    def last_named(self, person: Person, at: int) -> int | None:
        self._timeline_ready()
        end = bisect.bisect_left(self._positions, at)
        for index in range(end - 1, -1, -1):
            if self._timeline[index] is person:
                return self._positions[index]
        return None

    def latest_before(self, at: int) -> Person | None:
        """The person a pronoun at `at` refers to: of the last sentence before it that names
        someone (outside quotations), the first person it names, its subject as a rule ("Irfan
        belum memastikan apakah Djanur ...": Irfan)."""
        self._timeline_ready()
        end = bisect.bisect_left(self._positions, at)
        if not end:
            return None
        sentence = self._sentence_of[end - 1]
        first = end - 1
        while first > 0 and self._sentence_of[first - 1] == sentence:
            first -= 1
        return self._timeline[first]


_DEMONSTRATIVE = re.compile(r"[ \t\u00a0]+(?:ini|itu|tersebut)(?![\w-])")


def _described_only(name: str, body: str) -> bool:
    """Whether every time the body writes a name it is followed by "ini", "itu" or "tersebut":
    part of a description referring back ("Pembawa acara Jimmy Kimmel Live tersebut"), no
    person's name."""
    found = [at + len(name) for at in word_places(body, name)]
    return bool(found) and all(_DEMONSTRATIVE.match(body, end) for end in found)


def _from_title(name: str, title: str, body: str, lexicon: Lexicon) -> str:
    """A one-word name with the words the title writes after it ("Erick" in "Panggil Erick
    Thohir, ..."): one or two whole words of three letters or more that are no common words
    ("Amarah Prabowo Marah ..." is no name) and that the body does not write (there they are
    someone else's: "Tontowi Liliyana" are two players)."""
    fuller = _fuller_name(name, title, lexicon)
    added = fuller.split()[1:]
    at = title.find(fuller)
    if not added or len(added) > 2 or at < 0 or any(
        len(word) < 3 or "-" in word
        or word_places(body, word) for word in added
    ):
        return name
    after = title[at + len(fuller):].lstrip(" \t\u00a0")
    if after and (after[0] in "-–’'" or (_title_case(title) and after[0] not in ",:;|!?")):
        return name  # "Amarah Prabowo Gara-gara ...", "Prabowo Marah Soal ...": Title Case goes on
    return fuller


def _title_case(title: str) -> bool:
    """Whether a headline capitalises its words (then a capital says nothing of a name)."""
    words = [word for word in title.split() if len(word) >= 4 and word[0].isalpha()]
    return bool(words) and sum(word[0].isupper() for word in words) >= 0.6 * len(words)


@functools.cache
def _title_abbreviations() -> dict[str, list[str]]:
    """A title's abbreviation (abbreviations.tsv, kind title), in lower case -> its long form's
    words: "menkeu" -> ["menteri", "keuangan"]."""
    spelt: dict[str, list[str]] = {}
    for line in word_list("abbreviations.tsv"):
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].strip() == "title":
            spelt[parts[0].strip().lower()] = parts[1].lower().split()
    return spelt


def _spelt_out(role: str) -> list[str]:
    abbreviations = _title_abbreviations()
    words: list[str] = []
    for word in role.lower().split():
        words.extend(abbreviations.get(word, [word]))
    return words


# A degree written after a name: "SpPD-KEMD", "Sp.OG(K)", "S.H.", "M.Si", "SH", "MH"
_SPECIALIST = re.compile(r"Sp\.?[A-Z][\w.()-]*")
_DEGREE_LIKE = re.compile(r"[A-Z][a-z]{0,3}\.?[A-Z][\w.()]*")


def is_degree(word: str, lexicon: Lexicon) -> bool:
    """Whether a word after a name is an academic or a specialist's degree ("SpPD-KEMD",
    "M.Si", "SH"), not an acronym ("KPK") nor a courtesy title ("Pak")."""
    word = word.strip(",")
    return bool(_SPECIALIST.fullmatch(word)) or (
        bool(_DEGREE_LIKE.fullmatch(word)) and bool(lexicon.honorific_pattern.fullmatch(word)))


def listed_name(name: str) -> str:
    """A name whose words list several ("Badan Meteorologi, Klimatologi, dan Geofisika")
    without what a comma set before it ("Kemarin, Badan Meteorologi, ..."): a part of several
    words after the first starts the name, and a word that opens a sentence ("Sebelumnya,")
    is none of it."""
    parts = name.split(", ")
    cues = load_cues()
    if len(parts) > 1 and (parts[0].lower() in cues.openers
                           or parts[0].lower() in cues.topic_openers):
        parts = parts[1:]  # "Sebelumnya, Badan Nasional Penanggulangan Bencana (BNPB)"
    starts = [at for at, part in enumerate(parts[:-1]) if at and len(part.split()) > 1]
    return ", ".join(parts[starts[-1]:] if starts else parts)


def _blends(word: str, name: str) -> bool:
    """Whether a nickname is the start of one word of a name and the start of the next, two
    letters of each at least, as Indonesian nicknames are made ("Djanur": Djadjang Nurdjaman)."""
    parts = [part.lower() for part in name.split() if part.lower() not in NAME_PARTICLES]
    for first, second in itertools.pairwise(parts):
        for cut in range(2, min(len(first), len(word) - 2) + 1):
            if word[:cut] == first[:cut] and second.startswith(word[cut:]):
                return True
    return False


# name_ending asks about the same words in article after article: what it learns of a word on
# its own is remembered per lexicon (the lexicon is kept so that its id stays its own)
_WORDS_ALONE: dict[int, tuple[Lexicon, dict[str, bool]]] = {}
_WORDS_ALONE_LIMIT = 1 << 17


def _name_word_alone(word: str, lexicon: Lexicon) -> bool:
    """Whether a word may be part of a name at a sentence's start and is no region by itself."""
    kept = _WORDS_ALONE.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        kept = _WORDS_ALONE[id(lexicon)] = (lexicon, {})
    known = kept[1]
    answer = known.get(word)
    if answer is None:
        if len(known) >= _WORDS_ALONE_LIMIT:
            known.clear()
        answer = known[word] = is_name_word(word, lexicon, sentence_start=True) and not (
            _canonical_region(word))
    return answer


def _may_go_on(before: list[str]) -> bool:
    """Whether the word before a name (`[word]`, or `[]` for none) may be read by
    `name_ending` as part of it: a name particle, or a word whose letters open with a capital
    (name_ending stops at any other)."""
    return bool(before) and (before[0] in NAME_PARTICLES
                             or before[0].strip(",").rstrip(".")[:1].isupper())


# name_ending is asked about the same words several times an article (a subject, then the
# speaker at a cue, then where the name is written again): its answers are remembered
_ENDINGS: dict[int, tuple[Lexicon, dict[str, str | None]]] = {}
_ENDINGS_LIMIT = 1 << 15


def name_ending(segment: str, lexicon: Lexicon) -> str | None:
    """The name that ends a subject: "Pengamat Pasar Keuangan Ariston Tjendra" -> "Ariston
    Tjendra" (its words are name words, read backwards to the first that is not)."""
    kept = _ENDINGS.get(id(lexicon))
    if kept is None or kept[0] is not lexicon:
        kept = _ENDINGS[id(lexicon)] = (lexicon, {})
    known = kept[1]
    if segment in known:
        return known[segment]
    if len(known) >= _ENDINGS_LIMIT:
        known.clear()
    answer = known[segment] = _name_ending(segment, lexicon)
    return answer


def _name_ending(segment: str, lexicon: Lexicon) -> str | None:
    words = segment.split()
    name: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if name and word[-1] in ".,;:!?\"”’)" and len(word.rstrip(".")) > 1:
            break  # the sentence or the clause before
        word = word.strip(",")
        if name and word in NAME_PARTICLES and at > 0 and words[at - 1][:1].isupper() and (
            words[at - 1][-1] not in ".,;:!?\"”’)"
        ):
            name.insert(0, word)  # "Amparo Saa Jaramillo de Calderon", "Issam al Rayes"
            continue
        if name and _BRAND.match(word):
            break  # "Head of GrabPay Jason Thomson": a brand's word is no part of a name
        if len(name) >= MAX_NAME_WORDS or not _name_word_alone(word, lexicon) or (at and (
            _canonical_region(f"{words[at - 1]} {word}")
            or (at > 1 and _canonical_region(f"{words[at - 2]} {words[at - 1]} {word}"))
        )):
            break  # "... PT Transportasi Jakarta Budi Kaliwono": the name starts after the place
        if lexicon.honorific_pattern.fullmatch(word) and not (len(word.rstrip(".")) == 1 and name):
            break
        name.insert(0, word)
    while name and (lexicon.office_pattern.fullmatch(name[0])
                    or lexicon.honorific_pattern.fullmatch(name[0])):
        name.pop(0)
    if not name or not any(len(w.rstrip(".")) > 2 for w in name):
        return None
    text = " ".join(name)
    if _canonical_region(text) or lexicon.phrases.get(name[0]) is not None:
        return None
    return text


def without_title(name: str, body: str, titles: frozenset[str]) -> tuple[str, str]:
    """(name, title) of words read as a name that start with a title: "Manajer Persib Umuh
    Muchtar" -> ("Umuh Muchtar", "Manajer Persib"), "Coach Djanur" -> ("Djanur", "Coach"). After
    the title, an organisation's name may come before the person's: the person's name starts at
    the first word the article also writes on its own (a later "kata Umuh"), or at the word
    before the last when only the surname is written on its own (a later "kata Mourinho")."""
    words = name.split()
    last_title = -1
    name_words = load_cues().name_words
    for at, word in enumerate(words[:-1]):
        # a title that is a name's word too is a title only first: "Lukman Hakim Saifudin"
        if word.lower() in titles and not (at and word.lower() in name_words):
            last_title = at
    if last_title < 0:
        return name, ""
    rest = words[last_title + 1:]
    if len(rest) >= 3:
        for at in range(1, len(rest)):
            alone = re.search(rf"(?<!{re.escape(rest[at - 1])} ){re.escape(rest[at])}(?![\w-])",
                              body)
            if alone:
                # the last word alone is a surname ("tulis Mourinho" after "Manajer Setan Merah
                # Jose Mourinho"): the given name before it starts the name
                rest = rest[min(at, len(rest) - 2):]
                break
    title = name[:len(name) - len(" ".join(rest))].strip(" ,")
    return " ".join(rest), title


def _capitalised_mid_sentence(word: str, body: str, skipped: tuple[int, int]) -> bool:
    """Whether the body writes a word capitalised where no sentence starts (outside the span
    `skipped`, the name being read): as a name."""
    for at in word_places(body, word):
        if skipped[0] <= at < skipped[1]:
            continue
        if sentence_start(body, at) != at:
            return True
    return False


def without_place(name: str, lexicon: Lexicon) -> str:
    """A name of three words or more without a country or region after it ("Joe Biden
    Amerika"); two words at least are kept."""
    words = name.split()
    if len(words) < 3 or words[0].lower() in load_cues().organisations or not all(
        is_name_word(word, lexicon) for word in words[:2]
    ) or any(
        " ".join(words[at:at + size]) in lexicon.phrases
        for size in (2, 3) for at in range(len(words) - size)
    ):
        return name  # an institution's name keeps its place: "Angkatan Laut AS"
    if len(words) > 3 and is_place(words[-2:], lexicon):
        words = words[:-2]
    while len(words) > 2 and is_place(words[-1:], lexicon):
        words.pop()
    if len(words) > 2 and misspelt_place(words[0], lexicon):
        words.pop(0)  # "Menteri Luar Negeri Australi Julie Bishop": the office's country
    return " ".join(words)


def trimmed_name(name: str, body: str, at: int, lexicon: Lexicon) -> str:
    """A name read at `at` without the words glued to it that are no part of it: a common word
    capitalised only because it opens the sentence or a heading ("Awal Cerita Budi Santoso
    mengatakan" -> "Budi Santoso"), and a country or region after it ("Joe Biden Amerika").
    A word the body also writes capitalised inside a sentence is a name's ("Bima Arya"); at
    least two words are kept."""
    words = without_place(name, lexicon).split()
    if len(words) < 3:
        return " ".join(words)
    if _opens(body, at, lexicon):
        common, cues = attested_words(), load_cues()
        drop = 0
        while (drop < len(words) and words[drop].lower() in common
               and words[drop].lower() not in cues.name_words
               and words[drop].lower() not in cues.organisations
               and words[drop].lower() not in cues.unnamed  # "Warga Kramat Lontar"
               and not _capitalised_mid_sentence(words[drop], body, (at, at + len(name)))):
            drop += 1
        # only a run of common words that a name's word ends, two words of it at least
        # ("Laman Medical News Today", "Warga Kramat Lontar" are kept as they are)
        if drop and len(words) - drop >= 2:
            words = words[drop:]
    return " ".join(words)


def _opens(body: str, at: int, lexicon: Lexicon) -> bool:
    """Whether `at` opens a sentence or a paragraph: not after an abbreviation's full stop
    ("Capt. Avi Rianto Suratno", "dr. Budi")."""
    if sentence_start(body, at) != at:
        return False
    before = body[:at].rstrip(" \t\u00a0")
    if not before or before[-1] == "\n" or before[-1] != ".":
        return True
    word = before.split()[-1] if before.split() else ""
    return not (len(word) <= 5 or lexicon.honorific_pattern.fullmatch(word))

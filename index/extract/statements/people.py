"""The people of an article, for attribution: the officials named with their office
(index/extract/officials), and the names read where someone speaks. A later mention by part of
a name ("Edy" after "Edy Pratowo") is the same person; a pronoun ("ia", "-nya") is the person
named most recently before it, outside quotations."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from index.data_files import word_list
from index.extract.officials import load_lexicon
from index.extract.officials.joining import _fuller_name
from index.extract.officials.lexicon import Lexicon
from index.extract.officials.names import MAX_NAME_WORDS
from index.extract.officials.office_mentions import OfficeMention, mentions
from index.extract.officials.tokens import _canonical_region, is_place
from index.extract.statements._scan import subject_spans, word_starts
from index.extract.statements.capitals import (
    capitalised_places,
    neighbour_written,
    spelt_with_slip,
    word_places,
)
from index.extract.statements.cues import Cues, load_cues
from index.extract.statements.name_shapes import (
    blends,
    is_degree,
    listed_name,
    may_go_on,
    name_ending,
    name_key,
    trimmed_name,
    without_title,
)
from index.extract.statements.name_slips import one_slip
from index.extract.statements.nicknames import (
    cut_from,
    declared_nicknames,
    nicknames_of_the_one_in_view,
)
from index.extract.statements.openings import DATELINE as _DATELINE
from index.extract.statements.openings import dateline_end  # noqa: F401 (reported.py's)
from index.extract.statements.presented import COPULAS, presented_names
from index.extract.statements.sentences import sentence_starts
from index.extract.statements.word_part_names import word_part_name
from index.extract.word_places import written_after, written_apart
from index.people import alias_target, one_edit, spelling_key

_SPACES = " \t\u00a0,(:"
# A sentence's first words up to the first in lower case, all capitalised (commas and
# parentheses between): "Direktur Jenderal ..., Iqbal Shoffan Shofwan pun ..." reads the name
# that ends them. Matched in C (_scan.c's subject_spans); the pattern is its reference
# (tests/test_cue_scan.py).
_SUBJECT = re.compile(
    r"[ \t\u00a0\n]*(?P<name>(?:[A-Z(][^\s]*[ \t\u00a0]+){2,12}?)(?=[a-z])"
)
_LONG_FORM = re.compile(  # not from "Pihak": "Pihak Formula One (F1)" is F1's side
    r"(?<![\w-])(?!Pihak[ \t\u00a0])"
    r"(?:[A-Z][\w&'’-]*,?[ \t\u00a0]+(?:(?:dan|untuk|of|and)[ \t\u00a0]+)?){1,8}$")
_IN_PARENTHESES = re.compile(r"\(([A-Z][\w'’-]{2,24})\)")
_AFTER_COMMA = re.compile(r",[ \t\u00a0]+(?=[A-Z])")
_TRANSITION_OPENING = re.compile(
    r"[ \t\u00a0\n]*(?:Sementara itu|Selain itu|Sedangkan|Adapun|Namun|Kemudian|Lalu|Kini"
    r"|Selanjutnya|Sebelumnya|Di sisi lain)[ \t\u00a0]+(?=[A-Z])"
)
# each opens with a class of its first letters and looks behind only after it ("(?<![\w-])[A-Z]"
# is "[A-Z](?<![\w-][A-Z])"): the engine then looks for such a letter before trying the rest
_PAIR = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]+[ \t\u00a0][A-Z][a-z]+(?![\w-])")
# the pronouns that keep a person in view, each a word of its own (found in C: _scan.c)
PRONOUNS = frozenset({"ia", "Ia", "dia", "Dia", "beliau", "Beliau"})
# scanned for in one pass with the pronouns: the words that present a person (presented.py)
_PRONOUNS_AND_COPULAS = PRONOUNS | COPULAS
_COPULA_WORDS = tuple(COPULAS)
@dataclass
class Person:
    name: str
    role: str | None
    words: frozenset[str]
    first: int  # where the article first names the person
    official: bool = False  # named with an office: the officials' reading of the name stands
    roles: list[str] = field(default_factory=list)


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
        # the timeline is asked only about places before this one (see asked_before)
        self._asked_before = len(body) + 1
        self._subjects: list[Person] = []
        self._presented_wanted = False
        self._pairs: list[str] | None = None  # the body's pairs of capitalised words (_PAIR)
        # where a person is named at a cue, a short name or a nickname included ("kata Amel")
        self.mentioned: list[tuple[int, Person]] = []
        self.nicknames = declared_nicknames(body, self.lexicon)
        self.nicknames_in_view = nicknames_of_the_one_in_view(body)  # "Ani, sapaan akrabnya"
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

    def asked_before(self, limit: int) -> None:
        """Who is named where (the sentences' subjects, the timeline) will be asked only about
        places before `limit` (the last statement's start and its speaker's place): the
        timeline before a place reads nothing after it, so what is named from there on is not
        read."""
        self._asked_before = limit

    def add_subjects(self, quoted: list[tuple[int, int]]) -> None:
        """People named as a sentence's subject, outside quotations: a name of two words or
        more, then a word in lower case ("Iqbal Shoffan Shofwan pun mengapresiasi ...")."""
        quoted_starts = [start for start, _ in quoted]
        limit = self._asked_before  # a subject named from there on is never asked about
        # a sentence's start, and a name set off by commas: "warga Desa X, Ujang Sutisna,
        # mengeluhkan ...", "Sementara itu, Ujang Sutisna mengeluhkan ..."
        sentences = [at for at in sentence_starts(self.body) if at < limit]
        commas = [m.end() for m in _AFTER_COMMA.finditer(self.body, 0, limit)]
        # and after a transition written without its comma: "Sementara itu Budi Santoso ..."
        transitions = [m.end() for start in sentences
                       if (m := _TRANSITION_OPENING.match(self.body, start))]
        plain = {0, *sentences, *commas, *transitions}
        # weaker places, where a name needs more evidence: the lead after its dateline, and
        # after a person's noun that opens a clause
        weak = set(_described_starts(self.body, sorted(plain), self.titles, limit)) - plain
        if dateline := _DATELINE.match(self.body):
            weak.add(dateline.end())
        starts = [at for at in sorted(plain | weak) if at < limit]
        # where _SUBJECT matches at those places, found in C (_scan.c): (start, name's span)
        for start, name_start, name_end in subject_spans(self.body, starts):
            inside = bisect.bisect_right(quoted_starts, start) - 1
            if inside >= 0 and quoted[inside][0] <= start < quoted[inside][1]:
                continue
            written = self.body[name_start:name_end].rstrip(" \t\u00a0,")
            name = name_ending(written, self.lexicon)
            if name and name.split()[0].lower() in load_cues().kin:
                continue  # "Kakak Raoul Salim ini ...": Raoul Salim's sibling, not Raoul Salim
            if name and self.lexicon.office_pattern.fullmatch(name):
                # "Jaksa Agung juga ...": an office read as a name ("Agung") is its holder's
                holder = self.with_role(name, start)
                if holder is not None:
                    self.mentioned.append((name_start, holder))
                continue
            if start in weak and name and not _named_as_subject(self.body, name, name_end,
                                                                self.lexicon):
                continue
            if name and len(name.split()) >= 2 and written.endswith(name):
                name, _ = without_title(name, self.body, self.titles)
                if name.startswith("The "):
                    continue  # "Manajer The Gunners itu ...": a team's or a paper's name
                at = name_start + len(written) - len(name)
                # "Kendati Gianni Infantino selaku ...": a sentence's common first word is none
                trimmed = trimmed_name(name, self.body, at, self.lexicon)
                at, name = at + len(name) - len(trimmed), trimmed
                words = name_key(name)
                if len(words) >= 2 and (misspelt := self._misspelt(
                        words, self.persons + self._subjects)):
                    self.mentioned.append((at, misspelt))  # "Ihsan Modjo": Ikhsan Modjo
                elif len(words) >= 2 and not any(
                    words <= p.words or p.words <= words for p in self.persons + self._subjects
                ):
                    # only for pronouns: a Title Case run at a sentence's start may be no name
                    self._subjects.append(Person(name, None, words, at))
        self._presented_wanted = True  # read with the timeline's pronouns (_read_timeline)
        for at, name in one_word_names(self.body, commas, self.lexicon):
            words = name_key(name)
            inside = bisect.bisect_right(quoted_starts, at) - 1
            if not (inside >= 0 and quoted[inside][0] <= at < quoted[inside][1]) and not any(
                words <= p.words or p.words <= words for p in self.persons + self._subjects
            ):
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
        target = alias_target(name)
        words = name_key(target if target and not presented_unnamed(self.body, name) else name)
        if words in self.nicknames:
            words = name_key(self.nicknames[words])  # "Gus Sholah": Salahuddin Wahid
        in_view = self.nicknames_in_view.get(words)  # "Ani, sapaan akrabnya": of the one in view
        holders = [person for person in self.persons if words and words <= person.words
                   and (in_view is None or words != person.words)]
        if not holders and 2 <= len(name) <= 4 and name.isupper():  # "BTM": Benhur Tommy Mano
            holders = [person for person in self.persons if len(person.name.split()) > 1
                       and "".join(w[0] for w in person.name.split()) == name]
            return holders[0] if len(holders) == 1 else None
        if not holders:
            return self._shortened(words) or self._misspelt(words) or (
                None if in_view is None else cut_from(words, self.latest_before(in_view)))
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

    def short_form(self, name: str) -> str | None:
        """The organisation a one-word name is, as its long form and its short: the short form
        the body writes in parentheses after its long form, as the name is written or with a
        slip ("Formmapi" for "Forum Masyarakat Peduli Parlemen (Formappi)"), a long form that
        opens with an organisation's word (statement_cues.tsv's `organisation`; not "Joko
        Widodo (Jokowi)", "Pak Menkeu (Purbaya)")."""
        if " " in name or "(" not in self.body:
            return None
        for found in _IN_PARENTHESES.finditer(self.body):
            short = found.group(1)
            if short != name and not _slipped(short.lower(), name.lower()):
                continue
            long_form = _LONG_FORM.search(self.body, max(0, found.start() - 120), found.start())
            words = long_form.group().split() if long_form else []
            while words and words[0][:1] != short[:1]:
                words.pop(0)  # "Peneliti Forum ... (Formappi)": from the short form's letter
            if len(words) >= 2 and words[0].lower() in load_cues().organisations:
                return f"{' '.join(words)} ({short})"
        return None

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
            holders = [p for p in self.persons if blends(word, p.name)]
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
        if not holders and " " in role:  # "tegas Menko PMK" after "Menteri Koordinator ...
            # (Menko PMK) Puan Maharani": the role's own short form, written in parentheses
            short = f"({role.lower()})"
            holders = [person for person in self.persons
                       if any(short in r.lower() for r in person.roles)]
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
            if target and _respelt(person.name, target):
                target = None  # "Luhut Binsar Panjaitan": the article's spelling of the name
            if target and not person.words < name_key(target) and not (
                presented_unnamed(self.body, person.name)
            ):
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
                if " " not in fuller and (part := word_part_name(fuller, self.body, self.lexicon)):
                    # "Pudjo": A.S. Pudjoharsoyo; "Tuti" (Harkristuti ...) stays her word too
                    fuller, person.name, person.words = part, part, name_key(part) | person.words
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
        limit = self._asked_before  # nothing from there on is asked about
        quoted_starts = [start for start, _ in quoted]
        pronouns: list[int] = []
        copulas: list[int] = []
        # the places before the limit only: the scan stops there
        for at in word_starts(self.body, _PRONOUNS_AND_COPULAS, 2, 7, False, limit):
            inside = bisect.bisect_right(quoted_starts, at) - 1
            if not (inside >= 0 and quoted[inside][0] <= at < quoted[inside][1]):
                (copulas if self.body.startswith(_COPULA_WORDS, at) else pronouns).append(at)
        if self._presented_wanted and copulas:
            self._add_presented(copulas)
        events: list[tuple[int, Person]] = [(p.first, p) for p in self.persons + self._subjects
                                            if p.first < limit]
        events += [(at, person) for at, person in self.mentioned
                   if at < limit and (person in self.persons or person in self._subjects)]
        if owners:
            named: list[tuple[int, Person]] = []
            for word, people in owners.items():
                if len(people) != 1:
                    continue
                for at in capitalised_places(self.body, word):
                    if at >= limit:
                        break  # in order
                    inside = bisect.bisect_right(quoted_starts, at) - 1
                    if not (inside >= 0 and quoted[inside][0] <= at < quoted[inside][1]):
                        named.append((at, people[0]))
            events += sorted(named, key=lambda event: event[0])  # in the body's order
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
            for written, spelt in spelt_with_slip(before, words, slipped):
                other = spelt.lower()
                # an old spelling ("Pandjaitan") is no slip: the article's choice
                if one_edit(other, words[slipped].lower()) and spelling_key(
                        [other], False) != spelling_key([words[slipped].lower()], False):
                    return written
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
        Djadjang Nurdjaman), else whose surname it starts ("Zuck": Mark Zuckerberg), else the
        nickname."""
        if len(nickname) < 4:
            return nickname
        if self._pairs is None:  # read once an article, for every nickname
            self._pairs = [match.group() for match in _PAIR.finditer(self.body)]
        found = {pair for pair in self._pairs
                 if pair[:2] == nickname[:2] and blends(nickname.lower(), pair)}
        if not found:  # "Zuck": Mark Zuckerberg, the start of a surname of a person's name
            found = {pair for pair in self._pairs
                     if (last := pair.rpartition(" ")[2]) != nickname
                     and last.startswith(nickname) and self._opens_name(pair.split()[0])}
        return found.pop() if len(found) == 1 else nickname

    def _opens_name(self, word: str) -> bool:
        """Whether a word may open a person's name: no institution, organisation or office
        ("Satgas Prabowonomics" is no person Prabowo shortens)."""
        cues = load_cues()
        return not (word in self.lexicon.institutions or word.lower() in cues.organisations
                    or word in cues.institution_openers or word.lower() in cues.institution_openers
                    or self.lexicon.office_pattern.fullmatch(word))

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
            if found and self.body[found - 1].isspace() and not may_go_on(
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
            while read != name and (opening := read.split()[0].lower()) not in (
                    load_cues().name_words) and written_apart(self.body, opening):
                # common words before the name ("Pesan Prabowo ke Kejaksaan", a heading, and
                # "memberikan pesan"; "Kontrak Radja Nainggolan") are no part of it
                read = read.split(" ", 1)[1]
            if read == name:
                continue
            weights[read] = weights.get(read, 0.0) + (0.4 if opens else 1.0)
            first.setdefault(read, found)
        if not weights:
            return name
        # the most often, else the first: an article introduces a person in full
        return min(weights, key=lambda read: (-weights[read], first[read]))

    def _add_presented(self, copulas: list[int]) -> None:
        """The people presented with a copula ("salah satunya adalah Rina Kartika Dewi."),
        kept as the sentences' subjects are: only for references back."""
        for at, name in presented_names(self.body, copulas, self.lexicon):
            words = name_key(name)
            if not any(words <= p.words or p.words <= words
                       for p in self.persons + self._subjects):
                self._subjects.append(Person(name, None, words, at))

    def last_named(self, person: Person, at: int, by_name: bool = False) -> int | None:
        """Where the person is last named (or, unless `by_name`, referred to by a pronoun)
        before `at`, outside quotations."""
        self._timeline_ready()
        end = bisect.bisect_left(self._positions, at)
        for index in range(end - 1, -1, -1):
            if self._timeline[index] is person:
                named = self._positions[index]
                if not by_name or self.body[named:named + 6].split()[0] not in PRONOUNS:
                    return named
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
        return self._main_subject(first, end) or self._timeline[first]

    def _main_subject(self, first: int, end: int) -> Person | None:
        """In a sentence that opens with a subordinate clause naming someone ("Saat ditanya
        soal pengacara X, ..., Anton tak membantah."), the person named right after the comma
        that closes it, before a word in lower case: the main clause's subject."""
        start = self._sentences[self._sentence_of[first] - 1] if self._sentence_of[first] else 0
        opening = [w.lower().strip(",") for w in self.body[start:start + 40].split()[:2]]
        comma = self.body.find(",", start, self._positions[end - 1])
        if len(opening) < 2 or opening[0] not in _SUBORDINATORS or opening[1] in _TRANSITIONS or (
            comma < 0 or self._positions[first] > comma
        ):
            return None  # "Meski begitu, Masinton mengatakan": a transition, no clause
        for index in range(first + 1, end):
            at, person = self._positions[index], self._timeline[index]
            if person is self._timeline[first] or self.body[max(0, at - 2):at] != ", ":
                continue
            after = self.body[at:at + 80].split()[len(person.name.split()):][:1]
            if after and after[0][:1].islower() and after[0] not in _NOT_A_PREDICATE:
                return person
        return None


# A word in lower case right before a capitalised one: "artis Prilly Latuconsina mengaku"
_LOWER_BEFORE_CAPITAL = re.compile(r"([a-z]+)[ \t\u00a0]+(?=[A-Z])")
# after a name, words that make it no subject: a description referring back, a nickname, a
# clause's conjunction ("tersangka Margriet Megawe karena ...")
_NO_SUBJECT_AFTER = frozenset({"ini", "itu", "tersebut", "alias", "karena", "bersama"})


# a common person set off by commas beside a name: "Warga lainnya, Risma, mengaku", "kata
# Risma, warga Desa Tua"
_APPOSED_BEFORE = re.compile(r"(?:^|[.,;:\n])[ \t\u00a0]*(?P<noun>[A-Za-z]+)(?:[ \t\u00a0]+[\w-]+)"
                             r"{0,3}[ \t\u00a0]*,[ \t\u00a0]*$")
_APPOSED_AFTER = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?P<noun>[a-z]+)(?![\w-])")


def presented_unnamed(body: str, name: str) -> bool:
    """Whether the article first writes a name beside a noun for an ordinary person ("warga",
    "penduduk"), set off by a comma: then a public figure's alias of that name is not meant
    ("Warga lainnya, Risma, ..." is no Tri Rismaharini)."""
    at = body.find(name)
    if at < 0:
        return False
    unnamed = load_cues().unnamed
    before = _APPOSED_BEFORE.search(body, max(0, at - 60), at)
    after = _APPOSED_AFTER.match(body, at + len(name))
    return bool(before and before.group("noun").lower() in unnamed) or bool(
        after and after.group("noun") in unnamed)


def _respelt(name: str, target: str) -> bool:
    """Whether an alias line's full name is the same name in another spelling ("Luhut Binsar
    Panjaitan" -> "Luhut Binsar Pandjaitan")."""
    return spelling_key(name.lower().split(), False) == spelling_key(target.lower().split(), False)


def _slipped(one: str, other: str) -> bool:
    """One letter more, less, other or swapped; in a word of six letters or more with the same
    first two, two ("Formmapi" for Formappi)."""
    if one_edit(one, other):
        return True
    if min(len(one), len(other)) < 6 or one[:2] != other[:2] or abs(len(one) - len(other)) > 2:
        return False
    row = list(range(len(other) + 1))  # the edit distance, row by row
    for i, a in enumerate(one, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1] <= 2


def _described_starts(body: str, plain: list[int], titles: frozenset[str],
                      limit: int) -> list[int]:
    """Where a name starts after a person's noun in lower case that opens a clause, with
    nothing before it in the clause but capitalised words and titles: "Menyambut ..., artis
    Prilly Latuconsina mengaku", "Mantan astronaut NASA Ron Garan berencana"; not "Menurut
    istri pebalap Ananda Mikola", "terhadap tersangka Margriet Megawe"."""
    nouns = load_cues().person_nouns
    shortest, longest = _lengths(nouns)
    found = []
    # in C (_scan.c), up to the limit: a name after a noun from there on starts after it too
    for at in word_starts(body, nouns, shortest, longest, False, limit):
        match = _LOWER_BEFORE_CAPITAL.match(body, at)
        if match is None:
            continue
        clause = plain[bisect.bisect_right(plain, at) - 1]
        if all(w[:1].isupper() or w.lower().strip(",") in titles or not w.isalnum()
               for w in body[clause:at].split()):
            found.append(match.end())
    return found


@functools.cache
def _lengths(words: frozenset[str]) -> tuple[int, int]:
    return min(map(len, words)), max(map(len, words))


def _named_as_subject(body: str, name: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a name read at a weak place is a subject someone is later called by: a
    predicate after it, a first word never written in lower case and a last that is no place
    (not "Balapan Seri kedua"), no word of it written after "ke", "pihak", "kubu", "klub" (not
    "Inter Milan membuka": "pihak Inter", "ke Inter Milan"), and a word of it (three letters
    or more) written on its own elsewhere ("Garan yang ...", "Perry mengubahnya")."""
    after = body[end:end + 40].split()[:1]
    if not after or after[0] in _NO_SUBJECT_AFTER or after[0] in _NOT_A_PREDICATE:
        return False
    words = name.split()
    if written_apart(body, words[0].lower()) or is_place(words[-1:], lexicon) or any(
            written_after(body, word, _CLUB_LEADS) for word in (words[0], words[-1])):
        # a club's, an organisation's or a place's name: "dijual ke Inter Milan", "pihak Inter"
        return False
    whole = body.count(name)
    return any(len(w) >= 3 and len(capitalised_places(body, w)) > whole
               for w in {words[0], words[-1]})


_CLUB_LEADS = frozenset({"ke", "pihak", "kubu", "klub"})
# A one-word name set off by a comma: "personel lainnya, Jonghyun.", "Sang rapper, Minho, juga"
_ONE_WORD = re.compile(r"[A-Z][a-z][\w'’-]{1,20}(?=[ \t\u00a0]*[,.](?:[ \t\u00a0\n]|$))")


def one_word_names(body: str, commas: list[int], lexicon: Lexicon) -> list[tuple[int, str]]:
    """(where, name) of one-word names a pronoun may refer to, set off by a comma after a
    description of a person ("personel lainnya, Jonghyun.": a person noun, a title or "sang" in
    the three words before). The body never writes the word in lower case, and it is no place,
    office, institution or day."""
    cues = load_cues()
    found = []
    for at in commas:  # the first letter after ", "
        name = _ONE_WORD.match(body, at)
        if name is None:
            continue
        described = body[max(0, at - 80):at].rstrip(" \t\u00a0,").split()[-3:]
        if described and described[-1][:1].islower() and any(
            w.lower() in cues.person_nouns or w.lower() in cues.titles or w.lower() == "sang"
            for w in described
        ):
            found.append((at, name.group()))
    return [(at, name) for at, name in found if _may_be_named(name, body, lexicon, cues)]


def _may_be_named(name: str, body: str, lexicon: Lexicon, cues: Cues) -> bool:
    return not (
        name in _DAYS or is_place([name], lexicon) or name in lexicon.institutions
        or name.lower() in cues.organisations or name.lower() in cues.unnamed
        or lexicon.office_pattern.fullmatch(name) or _canonical_region(name)
        or written_apart(body, name.lower())
    )


# Words that open a subordinate clause before a sentence's subject: "Saat ditanya soal X, ..."
_SUBORDINATORS = frozenset({"saat", "ketika", "setelah", "sesudah", "usai", "seusai", "sebelum",
                            "meski", "meskipun", "walaupun", "walau", "karena", "sejak",
                            "selama", "begitu", "sambil", "dalam"})
_TRANSITIONS = frozenset({"begitu", "demikian", "itu", "ini"})
# After a name, words that go on describing it or a place, not a main clause's predicate
_NOT_A_PREDICATE = frozenset({"yang", "di", "dan", "dari", "ke", "pada", "dalam", "untuk",
                              "sebagai", "serta", "atau", "selaku"})
_DAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})
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
        or written_apart(body, word) for word in added
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

"""Statements in an article: who said what, as news attributes it.

A statement is a quotation with its cue (`"...," kata Wagub Kalteng Edy Pratowo`, `Edy
mengatakan, "..."`, `Menurut Edy, "..."`), reported speech (`Edy mengatakan (bahwa) ...`, `Edy
meminta ...`, `Menurut Edy, ...`, `..., kata Edy.`), or a quotation going on from the speaker's
earlier one. A quotation over several paragraphs (each opening with a quote mark, only the last
one closed) is one statement. The cue words are in index/data/statement_cues.tsv.

The speaker is resolved to a person: officials named with their office
(index/extract/officials), names read at the cue, a later short name ("Edy" after "Edy
Pratowo") or a pronoun ("ia", "dia", "beliau", "-nya": the person named most recently before,
outside quotations). An institution that speaks ("BMKG menyebutkan") is named as written. A
speaker that cannot be resolved is None, never guessed. The role is the office as the article
writes it where the person is named with one.

The package, each module importing only those before it: `_scan` (its scans of a whole body,
in C: cue words, pronouns, quote marks, sentence ends, a name word's places), `cues` (the data
file), `quotes`, `sentences`, `capitals` (where a capitalised word is written), `places`
(places' names and slips of the pen), `people` (the article's people, and pronouns),
`office_names` (the name that closes an office's phrase), `speakers` (the reference at a cue),
`direct` (quotations), `reported` (reported speech) and `forms` (one written form for each
person who speaks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from index.extract.officials.office_mentions import OfficeMention
from index.extract.officials.tokens import is_place
from index.extract.statements.cues import load_cues
from index.extract.statements.direct import Found, quoted_statements
from index.extract.statements.forms import speaker_forms
from index.extract.statements.institutions import named_between
from index.extract.statements.name_shapes import without_place
from index.extract.statements.people import People, Person, name_key, presented_unnamed
from index.extract.statements.quotes import find_quotes
from index.extract.statements.reference import Reference
from index.extract.statements.reported import reported_statements
from index.extract.statements.sentences import sentence_end, sentence_start
from index.extract.statements.turns import names_the_speaker, speaker_before_them
from index.extract.statements.unresolved import unresolved_role
from index.people import alias_target

__all__ = ["Statement", "find_statements"]

# A quotation going on from an earlier statement takes its speaker when it is at most this many
# paragraphs after it and nobody else is named between.
FOLLOWING_PARAGRAPHS = 2


@dataclass(frozen=True)
class Statement:
    speaker: str | None  # the person's full name as the article gives it at its fullest
    role: str | None  # the speaker's role as written in the article
    cue: str  # the cue word as written: "katanya", "mengatakan", "menurut", ...
    direct: bool  # a quotation (True) or reported speech (False)
    text: str  # body[start:start + len(text)] == text
    start: int  # character offset of text in the body

    def as_dict(self) -> dict:
        # asdict() deep-copies every field; these are all plain strings, ints and bools
        return {name: getattr(self, name) for name in _FIELDS}


_FIELDS = tuple(f.name for f in fields(Statement))


def find_statements(body: str, office_mentions: list[OfficeMention] | None = None,
                    title: str = "") -> list[Statement]:
    """The statements of an article body, in order of start. `office_mentions`: the officials'
    `mentions(body)` when the caller has read them (make_article does), so they are read once.
    `title`, the headline: a speaker the body names only by a short name ("Erick") gets the
    full name the headline writes ("Panggil Erick Thohir, ...")."""
    if not body or not body.strip():
        return []
    cues = load_cues()
    quotes = find_quotes(body)
    people = People(body, cues.titles, office_mentions)
    direct = quoted_statements(body, quotes, people, cues)
    spans = [(f.start, f.end) for f in direct]
    reported = reported_statements(body, spans, people, cues)
    found = _joined(body, _without_overlaps(direct + reported))
    if not found:
        return []  # what follows only resolves the speakers of what was found
    for i, statement in enumerate(found):  # names read at cues join the article's people
        if statement.speaker.kind == "name" and statement.speaker.name and people.named(
                statement.speaker.name, statement.speaker.at + 1) is None and (
                short := people.short_form(statement.speaker.name)):
            # "Formmapi juga menyebut": an organisation's short form, no person a pronoun
            # after it refers to
            found[i] = statement._replace(speaker=statement.speaker._replace(
                kind="institution", name=short))
        elif statement.speaker.kind == "name" and statement.speaker.name:
            person = people.add(statement.speaker.name, statement.speaker.role,
                                statement.speaker.at)
            people.mentioned.append((statement.speaker.at, person))  # "kata Amel": Amelia
    quoted = [(q.open_at, q.after) for q in quotes]
    # the speakers are resolved by asking who is named before a statement or its speaker's
    # place (people.py: last_named, latest_before), never after the last of them
    people.asked_before(max(max(f.start, f.speaker.at + 1) for f in found))
    if any(f.follows or f.speaker.kind == "pronoun" for f in found):
        people.add_subjects(quoted)  # only pronouns and quotations without a cue look at them
    people.finish(quoted, title)
    return _one_form(body, _said_back(body, _resolved(body, found, people)), people)


def _one_form(body: str, statements: list[Statement], people: People) -> list[Statement]:
    """Each speaker written as the article's fullest form of that person (statements/forms)."""
    forms = speaker_forms([s.speaker for s in statements if s.speaker], body,
                          [person.name for person in people.persons if person.official])
    return [replace(s, speaker=forms[s.speaker])
            if s.speaker and forms[s.speaker] != s.speaker else s for s in statements]


# "X mengungkapkan hal itu berdasarkan ...": the verb's object is what was said just before
_SAID_BACK = re.compile(r"[Hh]al (?:itu|tersebut|ini)[ ,]+(?:saat|ketika|dalam|di|usai|seusai"
                        r"|berdasarkan|kepada|pada|melalui|setelah|sebelum|dengan|kemarin"
                        r"|sebagaimana|seperti)(?![\w-])")


def _said_back(body: str, statements: list[Statement]) -> list[Statement]:
    """"Sebelumnya, polisi mengungkap TAS melompat ... . Kasi Humas Polresta Denpasar, Kompol I
    Ketut Sukadi, mengungkapkan hal itu berdasarkan keterangan saksi": a reporting verb whose
    object is "hal itu" and a circumstance says nothing new but who said the statement before,
    which takes that speaker when it had none and ends in the sentence or paragraph before."""
    kept: list[Statement] = []
    for statement in statements:
        if statement.direct or not _SAID_BACK.match(statement.text):
            kept.append(statement)
            continue
        before = kept[-1] if kept else None
        if before is not None and before.speaker is None and statement.speaker and (
            body.count("\n", before.start + len(before.text), statement.start) <= 2
            and statement.start - before.start - len(before.text) < 400
        ):
            kept[-1] = replace(before, speaker=statement.speaker, role=statement.role)
    return kept


def _without_overlaps(found: list[Found]) -> list[Found]:
    found.sort(key=lambda f: (f.start, not f.direct, -(f.end - f.start)))
    kept: list[Found] = []
    for statement in found:
        if kept and statement.start < kept[-1].end:
            continue
        kept.append(statement)
    return kept


def _joined(body: str, found: list[Found]) -> list[Found]:
    """One cue, one statement: a quotation without a cue of its own joins the quotation whose
    cue it follows (`"...," kata Edy. "..."`, consecutive quoted paragraphs) or precedes
    (`"..."` then `"...," kata Edy.`), with what stands between."""
    joined: list[Found] = []
    for statement in found:
        previous = joined[-1] if joined else None
        if statement.follows and previous is not None and previous.direct and _only_cue_between(
            body[previous.end:statement.start], previous.cue
        ):
            joined[-1] = previous._replace(end=statement.end)
            continue
        if (previous is not None and previous.follows and statement.direct
                and not statement.follows and not _between(body[previous.end:statement.start])):
            joined[-1] = statement._replace(start=previous.start)
            continue
        joined.append(statement)
    return joined


def _between(text: str) -> str:
    return text.strip(" \t\u00a0\n\"“”„,.")


def _only_cue_between(text: str, cue: str) -> bool:
    rest = _between(text)
    return not rest or (
        bool(cue) and rest.lower().startswith(cue.lower()) and len(rest) < 160
        and "\n" not in rest and not any(mark in rest for mark in ".!?")
    )


def _resolved(body: str, found: list[Found], people: People) -> list[Statement]:
    statements: list[Statement] = []
    previous: tuple[Found, Person | str | None, str | None, str] | None = None
    spoken: list[tuple[Person, int]] = []  # who has spoken, where
    for at, statement in enumerate(found):
        cue = statement.cue
        if statement.follows:
            person, role, cue = _following(body, statement, previous, people)
            if person is None:
                person, role, cue = _followed(body, statement, found[at + 1:at + 2], people)
        else:
            person, role = _speaker(statement.speaker, people, statement.start)
            if statement.speaker.kind == "institution-back":
                # "Lembaga antirasuah itu memastikan" right after the KPK's statement: the KPK;
                # when nothing is named before, kept with no speaker and not made the statement
                # before (statements/unresolved); else left out
                person = _institution_kept(body, statement, previous) if previous and not (
                    named_between(body[previous[0].end:statement.speaker.at])) else None
                if person is None:
                    if role := unresolved_role(body, statement):
                        statements.append(Statement(None, role, cue, statement.direct,
                                                    body[statement.start:statement.end],
                                                    statement.start))
                    continue
            if statement.speaker.kind == "pronoun" and previous is not None:
                person = _subject_kept(body, statement, person, previous, people)
                if person is None:
                    person = _institution_kept(body, statement, previous)
                elif _unnamed_kept(body, statement, person, previous, people):
                    person, role = None, previous[2]
            if statement.direct and statement.speaker.kind == "pronoun" and isinstance(
                person, Person) and names_the_speaker(text := body[statement.start:statement.end],
                                                     person):
                # '"Kita sepaham dengan Presiden," katanya': not the president's own words
                person = speaker_before_them(body, text, statement.start, person, spoken) or person
        if isinstance(person, Person):
            spoken.append((person, statement.start))
        name = person.name if isinstance(person, Person) else person
        if isinstance(person, Person):
            name = without_place(name, people.lexicon)  # "Joe Biden Amerika"
        if isinstance(person, Person) and role is None:
            role = person.role
        statements.append(Statement(name, role, cue, statement.direct,
                                    body[statement.start:statement.end], statement.start))
        if statement.speaker.kind != "group":  # statements/groups: never the one in view
            previous = (statement, person, role, cue)
    return statements


def _speaker(reference: Reference, people: People,
             start: int | None = None) -> tuple[Person | str | None, str | None]:
    if reference.kind == "name" and reference.name:
        person = people.named(reference.name, reference.at + 1)
        if person is None and not presented_unnamed(people.body, reference.name):
            person = alias_target(reference.name)
        return person or reference.name, reference.role
    if reference.kind == "pronoun":
        # "..., ujarnya" after the statement: the person named before what is said, not a name
        # inside it (reported words unquoted: "Jumlah Vendor itu banyak, ucapnya")
        at = reference.at if start is None else min(reference.at, start)
        if reference.role and (holder := people.with_role(reference.role, at)) is not None:
            return holder, None  # "kata pelatih asal Belanda itu": the coach named before
        return people.latest_before(at), None
    if reference.kind == "role" and reference.role:
        return people.with_role(reference.role, reference.at), reference.role
    if reference.kind in ("unnamed", "group"):
        return None, reference.role
    if reference.kind == "institution":
        if (person := _person_by_initials(reference, people)) is not None:
            return person, None  # "kata JK" after "Wakil Presiden Jusuf Kalla (JK)"
        name = reference.name or ""
        if name.startswith("Pihak ") and name[6:7].isupper():
            name = name[6:]  # "Pihak Formula One (F1) melalui situs resmi menyatakan": F1's side
        return people.organisation(name), None
    return None, None


def _person_by_initials(reference: Reference, people: People) -> Person | None:
    """The person an acronym speaker is: one the article names with it in parentheses ("Jusuf
    Kalla (JK)") or whom an alias line gives it to, not an organisation's long form."""
    name = reference.name or ""
    if not 2 <= len(name) <= 4 or not name.isupper():
        return None
    person = people.named(name, reference.at + 1)
    if person is None:
        return None
    target = alias_target(name)
    if target and name_key(target) <= person.words:
        return person
    return person if f"{person.name} ({name})" in people.body else None


def _subject_kept(body: str, statement: Found, person: Person | str | None, previous,
                  people: People) -> Person | str | None:
    """A pronoun ("ujarnya", "kata dia", "menurutnya", "Ia menegaskan") refers to the subject
    the text keeps talking about: the previous statement's speaker, when that is close before
    and nobody else has been named since as a sentence's subject. A person named since only
    inside a clause ("pengalaman yang dimiliki Ongki, menurutnya ...") or inside the office
    before the speaker's name is no new subject."""
    before, speaker, _role, _cue = previous
    if not isinstance(speaker, Person) or speaker is person:
        return person
    at = min(statement.start, statement.speaker.at)
    if body.count("\n", before.end, at) > 2 * FOLLOWING_PARAGRAPHS:
        return person
    if isinstance(person, Person):
        named = people.last_named(person, at)
        if named is not None and named >= before.end and _opens_subject(body, named, people):
            return speaker if _named_in_its_cue(body, before, person, at, people) else person
    return speaker


def _named_in_its_cue(body: str, before: Found, person: Person, at: int, people: People) -> bool:
    """Whether a person a pronoun would mean is named since the statement before only in what
    follows that statement in its own sentence, not as a subject ('"...," katanya ketika
    ditanya mengenai penetapan X sebagai tersangka. Dia menambahkan ...': the speaker adds)."""
    named = people.last_named(person, at, by_name=True)
    return named is not None and before.end <= named < sentence_end(body, before.end) and (
        not _opens_subject(body, named, people))


def _unnamed_kept(body: str, statement: Found, person: Person | str | None, previous,
                  people: People) -> bool:
    """"Saksi lain, seorang insinyur ..., mengatakan ... \"...,\" katanya": a pronoun right after
    a statement by someone the text does not name is that speaker, not the person named before
    it, when that person is not named again since."""
    before, speaker, role, _cue = previous
    if speaker is not None or not role or not isinstance(person, Person):
        return False  # the previous speaker is someone the text does not name, described
    if body.count("\n", before.end, statement.start) > 2 * FOLLOWING_PARAGRAPHS:
        return False
    # from the start of the sentence: its own "Dia mengatakan" is no naming
    named = people.last_named(person, sentence_start(body, min(statement.start,
                                                               statement.speaker.at)))
    return named is None or named < before.end  # a pronoun inside those words counts none


def _institution_kept(body: str, statement: Found, previous) -> str | None:
    """"BPS menyebut ... \"...,\" tuturnya": a pronoun that finds no person named before refers
    to the institution that spoke just before, when it is close."""
    before, speaker, _role, _cue = previous
    if not isinstance(speaker, str):
        return None
    if body.count("\n", before.end, statement.start) > 2 * FOLLOWING_PARAGRAPHS:
        return None
    return speaker


def _opens_subject(body: str, at: int, people: People) -> bool:
    """Whether a name at `at` is a sentence's subject: nothing but capitalised words, titles and
    connectors between the sentence's start (or the clause's, after a comma) and it."""
    start = sentence_start(body, at)
    words = body[start:at].rsplit(",", 1)[-1].split()
    lower = [word for word in words if not (word[:1].isupper() or word.lower() in people.titles
                                            or word in people.lexicon.connectors)]
    if not lower:
        return True
    # "Hal senada disampaikan (oleh) Kepala Dinas X. Menurut dia, ...": the agent of a passive
    # verb of saying, named after it, is whom the text goes on about (an acronym in parentheses
    # may stand in the office; not in a relative clause: "seperti yang dikemukakan X")
    lower = [word for word in lower if not word.startswith("(")]
    verb = len(lower) - (2 if lower[-1:] == ["oleh"] else 1)
    return verb >= 0 and lower[verb] in load_cues().passive_forms and (
        verb == 0 or lower[verb - 1] != "yang")


def _following(body: str, statement: Found, previous, people: People):
    """A quotation without a cue: the previous statement's speaker when it is close before and
    nobody else is named between."""
    if previous is None:
        return None, None, ""
    before, person, role, cue = previous
    if body.count("\n", before.end, statement.start) > 2 * FOLLOWING_PARAGRAPHS:
        return None, None, ""
    latest = people.latest_before(statement.start)
    if (isinstance(person, Person) and latest is not None and latest is not person
            and (people.last_named(latest, statement.start) or 0) > before.end):
        return None, None, ""
    if isinstance(person, Person) and _introduced_by_another(body, statement, before, person,
                                                             people):
        return None, None, ""
    return person, role, cue


_PRONOUN_WORDS = frozenset({"ia", "dia", "beliau", "mereka"})


def _introduced_by_another(body: str, statement: Found, before: Found, person: Person,
                           people: People) -> bool:
    """Whether a quotation without a cue is introduced by a sentence of its own ending with a
    colon that names someone other than the previous speaker ("Sambil membungkuk Onew pun
    berbahasa Indonesia: \"...\""): whoever that is, the previous speaker is not sure."""
    mark = body.rfind(":", before.end, statement.start)
    if mark < 0 or body[mark + 1:statement.start].strip(" \t\u00a0\"“”„"):
        return False
    start = max(sentence_start(body, mark), before.end)
    words = [w.strip(",.()") for w in body[start:mark].split()]
    if any(w.lower() in _PRONOUN_WORDS or w.lower().endswith("nya") for w in words):
        return False  # "Ia pun menulis:", "Dalam unggahannya:": the one spoken of before
    own = {w.lower() for w in person.name.split()}
    return any(
        word[:1].isupper() and word.lower() not in own and not is_place([word], people.lexicon)
        and not people.lexicon.office_pattern.fullmatch(word)
        for word in words[1:]
    )


def _followed(body: str, statement: Found, following: list[Found], people: People):
    """A quotation without a cue right before a quotation with one (nothing but quote marks
    and paragraph breaks between): the speaker of the later one."""
    if not following or following[0].follows or not following[0].direct:
        return None, None, ""
    after = following[0]
    if body[statement.end:after.start].strip(" \t\u00a0\n\"“”„,.") :
        return None, None, ""
    person, role = _speaker(after.speaker, people, statement.start)
    return person, role, after.cue

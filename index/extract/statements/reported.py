"""Reported speech: "X mengatakan (bahwa) ...", "X meminta ...", "Menurut X, ...",
"menurutnya, ...", and a sentence closed by its cue without quote marks ("..., kata Edy.").
The statement is the rest of the sentence (or, for a cue at its end, the sentence before it)."""

from __future__ import annotations

import bisect
import re

from index.extract.statements._scan import word_starts
from index.extract.statements.admissions import min_clause_words, short_clause_says
from index.extract.statements.bare_cues import splits_without_comma
from index.extract.statements.concessions import conceded
from index.extract.statements.cues import SPACE, Cues
from index.extract.statements.direct import Found
from index.extract.statements.passive_agents import after_manner, inside_clause
from index.extract.statements.people import People, dateline_end
from index.extract.statements.quotes import MARK, MARKS
from index.extract.statements.reference import NOBODY, Reference
from index.extract.statements.sentences import sentence_end, sentence_start
from index.extract.statements.speakers import speaker_after, speaker_before

MIN_WORDS = 3
TERM_WORDS = 3  # at most this many words in quote marks inside a sentence: a term, no quotation
_LEAD = re.compile(rf"(?:{SPACE}|[,:])*(?:bahwa(?![\w-]))?(?:{SPACE}|[,:])*")
# "\bmenurut...": the word boundary checked after the first letter, so that the engine looks
# for an M first (a pattern opening with \b is tried at every place)
_MENURUTNYA = re.compile(rf"[Mm](?<!\w[Mm])enurut(?:nya|{SPACE}+(?:dia|ia|beliau))\b")
# "... karena menurutnya ia telah ...": a conjunction opens the clause the cue starts
_AFTER_CONJUNCTION = re.compile(rf"(?<![\w-])(?:karena|sebab|sehingga|namun|tetapi|tapi){SPACE}+$")
_OPENS_CLAUSE = re.compile(rf"(?:^|[,\n]|[.!?]{SPACE}){SPACE}*$")
# "Hal ini menurutnya ...", "Selain itu menurutnya ...": a sentence's first words closed by a
# demonstrative, then the cue
_AFTER_DEMONSTRATIVE = re.compile(rf"(?:^|[\n]|[.!?]{SPACE})[A-Z][\w-]*(?:{SPACE}+[a-z][\w-]*)?"
                                  rf"{SPACE}+(?:ini|itu|tersebut){SPACE}+$")
# Where the words after a cue that name the speaker end: "kata Edy, Senin (1/1)." / "kata Edy."
_PHRASE_END = re.compile(r"[,;!?\n]|\.(?=[\s\"”]|$)")
# "Hal itu disampaikan Edy" / "Dorongan tersebut disampaikan Edy": a passive that attributes
# what was written before it.
# "..., kata Carragher kepada Sky Sports, Selasa (25/8).": only the day after the comma
_DATED = re.compile(rf"{SPACE}*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b[^.\n]{{0,40}}\.")
# A dateline's dash in the body's first sentence: "BOGOR -- ", "Jakarta, CNN Indonesia - "
_DATELINE = re.compile(rf"(?<=[A-Za-z.)]){SPACE}+[-–—]{{1,2}}{SPACE}+")
_PRONOUN_AFTER = re.compile(rf"{SPACE}*(?:dia|ia|beliau)(?![\w-])")


def reported_statements(body: str, quoted: list[tuple[int, int]], people: People,
                        cues: Cues) -> list[Found]:
    found: list[Found] = []
    verbs: list[re.Match[str]] = []
    shorts: list[re.Match[str]] = []
    passives: list[re.Match[str]] = []
    agent_passives: list[re.Match[str]] = []
    matched_to = 0
    for start in word_starts(body, cues.first_words, *cues.first_lengths, True):
        # where a cue word can stand, found in C; the pattern tried there gives what its
        # finditer over the body would (one pass, then each kind in turn)
        match = cues.words.match(body, start) if start >= matched_to else None
        if match is None:
            continue
        matched_to = match.end()
        word = match.group()
        if word in cues.verb_forms:
            verbs.append(match)
        elif word in cues.short_forms:
            shorts.append(match)
        elif word in cues.passive_forms:
            passives.append(match)
        elif word in cues.agent_passive_forms:
            agent_passives.append(match)
    for match in verbs:
        if _inside(quoted, match.start()):
            continue
        cue = match.group()
        kind = cues.verb_kinds[cue.lower()]
        if kind == "according":
            statement = _according(body, match, people, cues)
        else:
            clause_start = sentence_start(body, match.start())
            if _first_mark(body, clause_start, match.start()) >= 0:
                continue  # `"...," Federer mengatakan seperti dikutip Guardian.`: a quotation's cue
            following = body[match.end():match.end() + 24].split()[:1]
            if following and following[0].lower() in cues.acts:
                continue  # "mengungkapkan terima kasih", "mengumumkan pengunduran dirinya"
            # what is said first, the subject only for a clause that says something (neither
            # reads the other: the speaker is only stored)
            statement = _rest_of_sentence(body, match.end(), cue, NOBODY,
                                          min_clause_words(cue, MIN_WORDS))
            if statement is not None and not short_clause_says(
                    body[statement.start:statement.end], MIN_WORDS):
                statement = None
            if statement is not None and not _says(body, match.end(), statement, kind,
                                                   cue.lower() in cues.clause_only, cues):
                statement = None
            if statement is not None:
                speaker = speaker_before(body, match.start(), clause_start, people, cues)
                statement = None if speaker is None else conceded(
                    body, clause_start, match.start(), statement._replace(speaker=speaker))
        if statement is not None:
            found.append(statement)
    for match in _menurutnya(body):
        if (not _inside(quoted, match.start()) and (_OPENS_CLAUSE.search(
            body, max(0, match.start() - 3), match.start()
        ) or _AFTER_CONJUNCTION.search(body, max(0, match.start() - 10), match.start())
            or _AFTER_DEMONSTRATIVE.search(body, max(0, match.start() - 40), match.start()))) or (
            match.start() == 0
        ):
            statement = _rest_of_sentence(body, match.end(), match.group(),
                                          Reference("pronoun", None, None, match.start()))
            subject = _AFTER_DEMONSTRATIVE.search(body, max(0, match.start() - 40),
                                                  match.start())
            words = body[subject.start():match.start()].lstrip(" \t\u00a0\n.!?") if (
                subject) else ""
            if statement is not None and words and words.split()[0].lower() not in (
                    cues.topic_openers):
                # "Hal ini menurutnya tentu ...": the subject is part of what is said ("Selain
                # itu menurutnya ..." opens the sentence)
                found.append(statement._replace(start=match.start() - len(words)))
            elif statement is not None:
                found.append(_whole_clause(body, match, statement, cues))
    for match in shorts:
        if not _inside(quoted, match.start()):
            statement = _short_cue(body, match, people, cues)
            if statement is not None:
                found.append(statement)
    for match in passives:
        if not _inside(quoted, match.start()):
            statement = _passive(body, match, people, cues)
            if statement is None and inside_clause(body, match):
                # "Surat itu juga diakui oleh Hasani sudah dikirim ...": the agent's sentence
                agent_passives.append(match)
            if statement is not None and statement.end <= match.start() and any(
                    statement.start <= other.start < statement.end
                    and other.speaker.kind in ("name", "pronoun", "role") for other in found):
                # "JK mengaku ... . Hal ini disampaikan JK ...": said with its cue and speaker
                # ("menurut pakar, ... . Hal ini dikatakan oleh dr. Boyke" names the expert, "DJP
                # memastikan ... . Hal itu diungkapkan Bimo" the one who spoke for it)
                continue
            if statement is not None:
                found.append(statement)
    found += _agent_passives(body, agent_passives, quoted, people, cues)
    return found


# What follows an agent-passive's agent for its sentence to say something: "disebut Lorenzo bisa
# jadi ...", not "dianggap Enggar karena ..." or "disebut Andi sebagai ..."
_AGENT_PREDICATE = re.compile(rf"{SPACE}+(?:bisa|akan|sudah|telah|tidak|tak|belum|masih|harus"
                              r"|perlu|dapat|mampu|segera|sedang|adalah|merupakan)(?![\w-])")


def _agent_passives(body: str, matches: list[re.Match[str]], quoted: list[tuple[int, int]],
                    people: People, cues: Cues) -> list[Found]:
    """"Kecelakaan itu disebut Lorenzo bisa jadi pengingat ...": the sentence, the agent's."""
    found = []
    for match in matches:
        agent_at = match.end() + (5 if body[match.end():match.end() + 6] == " oleh " else 0)
        if _inside(quoted, match.start()) or not (
                body[agent_at:agent_at + 3].lstrip(" \t\u00a0")[:1].isupper()):
            continue
        speaker = speaker_after(body, match.end(), people, cues)
        if speaker.kind != "name" or not speaker.name:
            continue
        named = body.find(speaker.name, match.end(), match.end() + 80)
        if named < 0 or not _AGENT_PREDICATE.match(body, named + len(speaker.name)):
            continue
        start, end = sentence_start(body, match.start()), sentence_end(body, match.end())
        while end > start and body[end - 1] in " .!?\n":
            end -= 1
        text = body[start:end]
        if _words(text) >= MIN_WORDS + 2 and not _has_mark(text):
            found.append(Found(start, end, match.group(), False, speaker))
    return found


_ANAPHORS = ("itu", "Itu", "ini", "Ini", "tersebut")


def ends_with_anaphor(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] ends with "itu", "ini" or "tersebut" and a space ("Hal itu
    disampaikan"): what the pattern of up to three words, the demonstrative (in a word's end
    too) and spaces at the end searched there finds, as a match from the demonstrative itself
    is one when one from a word before it is (the pattern was tried at every place of the
    sentence: some 7 microseconds a passive cue)."""
    text = body[start:end]
    words = text.rstrip(" \t\u00a0")
    return len(words) < len(text) and words.endswith(_ANAPHORS)


def _menurutnya(body: str) -> list[re.Match[str]]:
    """_MENURUTNYA's matches over the body, tried only where "enurut" stands (a match holds
    it once, one character in): the same as its finditer, without a scan for every M."""
    found = []
    at = body.find("enurut", 1)
    while at >= 0:
        match = _MENURUTNYA.match(body, at - 1)
        if match is not None:
            found.append(match)
        at = body.find("enurut", at + 6)
    return found


def _says(body: str, verb_end: int, statement: Found, kind: str, clause_only: bool,
          cues: Cues) -> bool:
    """Whether a reporting verb's object is what was said, a clause, not a thing or a topic:
    "menjelaskan soal capaian MBG", "menyebutkan lima faktor", "menegaskan pentingnya
    penyusunan ...", "mengajak anak-anaknya ke Manado" say nothing (the labelling rules: a
    speech verb with only a noun object is no statement). After "bahwa", a comma or a colon
    the object is a clause."""
    if any(mark in body[verb_end:statement.start] for mark in ",:") or "bahwa" in body[
            verb_end:statement.start]:
        return True
    words = body[statement.start:statement.end].split()
    first = words[0].lower()
    if first in cues.topics:
        return False
    # "menyampaikan aspirasi mengenai ...": a noun and its topic
    nominal = first in cues.object_heads or _NOMINAL.fullmatch(first) is not None or any(
        word.lower() in cues.topics for word in words[1:3])
    # a possessed noun followed by its complement ("komitmennya untuk ...", "pertemuannya
    # dengan ...", "anak-anaknya ke Manado"); one followed by a predicate is a subject
    # ("kliennya hadir", "pihaknya akan")
    possessed = _POSSESSED.fullmatch(first) is not None and len(words) > 1 and (
        words[1].lower() in _PURPOSE | _NOUN_CLAUSE | _PREPOSITIONS)
    if possessed and first[:-3] in cues.stances and words[1].lower() in _PURPOSE:
        return True  # "mengungkapkan harapannya agar kunjungan ini ...": the hope is said
    if not (clause_only or nominal or possessed):
        return True
    # "meminta jajarannya untuk ...": a request's possessed noun is the person asked
    return _has_predicate(words[1:] if nominal or possessed else words,
                          kind == "request" and not nominal, cues)


# The first word of a noun object: a nominalisation ("penerapan", "pertemuannya",
# "perkembangan"), or a possessed noun ("komitmennya", "anak-anaknya")
_NOMINAL = re.compile(r"(?:pe|per|ke)[a-z]{3,}an(?:nya)?")
_POSSESSED = re.compile(r"[a-z-]{3,}nya")
# A verb's prefix: meN-, ber-, di-, ter- ("mencapai", "berada", "dimulai", "terjadi"); words
# of that shape that are no verbs
_VERB_FORM = re.compile(r"(?:me(?:ng|ny|m|n|l|r|w)|ber|di|ter)[a-z]{3,}")
_NO_VERBS = frozenset({"tersebut", "terkait", "terhadap", "termasuk", "tertentu", "terutama",
                       "bersama", "berbagai", "mereka", "menteri", "menit", "media", "diri",
                       "dirinya", "dinas", "direktur", "melalui", "menuju", "menjelang",
                       "mengenai", "menurut",
                       # superlatives: "kabar terbaru mengenai ..." is a noun
                       "terbaru", "terakhir", "terkini", "terbesar", "terbaik", "tertinggi",
                       "terendah", "terpenting", "terdekat"})
# A purpose after a noun object ends what it can say: "komitmennya untuk menindaklanjuti ...",
# "perbaikan internal agar kasus ... tak dimentahkan"; after a request's person it is the
# request: "mendorong pemerintah agar ...", "mewanti-wanti penyelenggara untuk tidak ..."
_PURPOSE = frozenset({"untuk", "agar", "supaya", "demi", "guna"})
# A noun's own clause: a verb in it is the noun's ("informasi tersebut saat dikonfirmasi"),
# a predicate word may be the sentence's ("beberapa hal lain yang diatur ... adalah ...")
_NOUN_CLAUSE = frozenset({"yang", "saat", "ketika", "setelah", "sejak", "dengan"})
_CLAUSE_CLOSERS = frozenset({"ini", "itu", "tersebut"})
_PREPOSITIONS = frozenset({"ke", "di", "dari", "terhadap", "tentang", "kepada", "bagi",
                           "sebagai"})
_PUNCTUATION = ",.;:()\"“”'‘’"


def _has_predicate(words: list[str], request: bool, cues: Cues) -> bool:
    """Whether the words make a clause: a predicate word ("akan", "tidak", "adanya") or a verb
    outside the noun's own clause, before any purpose ("untuk", "agar"), which is a request's
    clause and a noun's purpose."""
    in_noun_clause = False
    opened = -2  # where the noun's clause was opened
    for at, written in enumerate(words[:16]):
        word = written.lower().strip(_PUNCTUATION)
        following = words[at + 1].lower().strip(_PUNCTUATION) if at + 1 < len(words) else ""
        if at and words[at - 1].endswith(",") and (word in _AFTER_OBJECT or (
                _VERB_FORM.fullmatch(word) and word not in _NO_VERBS)):
            # "pemangkasan suku bunga secara agresif, meski ...", "kesehatan ternak, menjadikan
            # ...": after a comma a conjunction or a verb goes on about the object; the
            # clause's predicate would have come before ("ayahnya, SBY, tak dapat ..." has it)
            return False
        if word in _PURPOSE:
            if word == "untuk" and following and not _clause_word(following, cues):
                continue  # "penghapusan PPN untuk jasa hiburan ... dilakukan": "for", no purpose
            return request
        if word in _NOUN_CLAUSE and not (word == "saat" and following in ("ini", "itu")):
            in_noun_clause = True  # "saat ini" is "now", no clause
            opened = at
        elif word in _CLAUSE_CLOSERS:
            # "penurunan yang dilakukan pemerintah ini menjadi ...": a demonstrative closes
            # the noun's clause, the sentence's verb may follow
            in_noun_clause = False
        elif word == "mulai" and following == "dari":
            continue  # "berbagai persiapan mulai dari venue ... hingga ...": a range
        elif word in cues.predicates:
            # right after "yang" it is the noun's clause's ("venue yang sudah siap",
            # "strategi yang tidak hanya"); later it may be the sentence's ("persyaratan yang
            # ditetapkan harus diikuti")
            if at != opened + 1:
                return True
        elif not in_noun_clause and (word in cues.root_predicates or (
                _VERB_FORM.fullmatch(word) and word not in _NO_VERBS)):
            return True
    return False


_AFTER_OBJECT = frozenset({"meski", "meskipun", "walau", "walaupun", "tetapi", "tapi", "namun",
                           "sedangkan", "sementara"})  # not "dan": "beras, cabai, dan daging"


def _clause_word(word: str, cues: Cues) -> bool:
    """Whether a word after "untuk" opens a purpose clause: a verb or a predicate word."""
    return word in cues.predicates or word in cues.root_predicates or (
        _VERB_FORM.fullmatch(word) is not None and word not in _NO_VERBS)


def _whole_clause(body: str, match: re.Match[str], statement: Found, cues: Cues) -> Found:
    """"Dengan pengalaman Ongki, menurutnya akan memperkuat ...": a cue inside the clause, no
    comma after it, after words that open no topic: the statement is the whole sentence."""
    sentence_at = sentence_start(body, match.start())
    before = body[sentence_at:match.start()]
    first = before.split()[:1]
    if (not before.strip() or not before.rstrip().endswith(",") or _has_mark(before)
            or body[match.end():match.end() + 2].strip().startswith(",")
            or (first and first[0].lower().strip(",") in cues.topic_openers)
            or _words(before) < MIN_WORDS):
        return statement
    return statement._replace(start=sentence_at)


def _according(body: str, match: re.Match[str], people: People, cues: Cues) -> Found | None:
    """"Menurut Edy, ...": the rest of the sentence after the comma; "..., menurut Edy.": the
    sentence before."""
    following = body[match.end():match.end() + 30].split()
    if following and following[0].lower().strip(",") in cues.documents:
        return None  # "menurut data BPS, ...": a document, not a speaker
    speaker = speaker_after(body, match.end(), people, cues)
    end = sentence_end(body, match.end())
    comma = body.find(",", match.end(), end)
    sentence_at = sentence_start(body, match.start())
    before = body[sentence_at:match.start()].rstrip()
    if before and _only_openers(before, cues):
        before = ""  # "Namun menurut Alex, KPK tak dapat ...": as at the sentence's start
    if before and not before.endswith(",") and not _has_mark(before):
        # "malam pertama ternyata menurut pakar tidak ...": the clause holds the cue; when the
        # clause's verb reports speech ("Presiden ... menurut Darmin sudah menginstruksikan,
        # agar ..."), what that verb reports is the same statement: to the sentence's end
        clause_end = comma if comma >= 0 else end
        if comma >= 0 and _ends_in_verb(body[match.end():comma], cues):
            clause_end = end
        while clause_end > sentence_at and body[clause_end - 1] in " .!?":
            clause_end -= 1
        if _words(body[sentence_at:clause_end]) >= MIN_WORDS + 2:
            return Found(sentence_at, clause_end, match.group(), False, speaker)
        return None
    if before.endswith(",") and comma < 0:
        if (after_name := _after_name(body, speaker)) is not None and (
            statement := _rest_of_sentence(body, after_name, match.group(), speaker)
        ) is not None:
            return statement  # "Dengan capaian tersebut, menurut Prabowo setiap hari ..."
        start = sentence_start(body, match.start())
        text_end = start + len(before) - 1
        if _words(body[start:text_end]) >= MIN_WORDS:
            return Found(start, text_end, match.group(), False, speaker)
        return None
    if comma < 0 and (after_name := _after_name(body, speaker)) is not None and body[
            after_name:after_name + 2].strip()[:1].islower() and (
            body[after_name:after_name + 24].split()[0].lower() not in cues.verb_kinds):
        # "Menurut GM ... M. Abidin perlu adanya ...": no comma after the name
        return _rest_of_sentence(body, after_name, match.group(), speaker)
    if comma < 0 or comma - match.end() > 160:
        return None
    if speaker.kind == "name" and speaker.name and body[comma + 1:].lstrip(
            " \t\u00a0").startswith(speaker.name + ","):
        # "Menurut juru bicara KPK, Febri Diansyah, penyadapan ...": the name in apposition is
        # the speaker's, what is said follows its comma
        comma = body.find(",", body.find(speaker.name, comma) + len(speaker.name))
    return _rest_of_sentence(body, comma + 1, match.group(), speaker)


# What may follow a speaker's name and is no statement: "..., menurut Edy saat ditemui di ..."
_CIRCUMSTANCE = frozenset({"saat", "ketika", "usai", "seusai", "sebelum", "setelah", "kepada",
                           "di", "dalam", "pada", "dari", "seperti", "sebagaimana", "melalui",
                           "selaku", "yang", "dikutip", "via"})


def _after_name(body: str, speaker: Reference) -> int | None:
    """Where the words after a speaker's name start, when they say something: "menurut Prabowo
    setiap hari MBG ...", not "menurut Edy saat ditemui"."""
    if speaker.kind not in ("name", "institution") or not speaker.name:
        return None
    named = body.find(speaker.name, speaker.at, speaker.at + 200)
    if named < 0:
        return None
    end = named + len(speaker.name)
    following = body[end:end + 24].split()[:1]
    if not following or following[0].lower() in _CIRCUMSTANCE or not following[0][0].isalnum():
        return None
    return end


def _ends_in_verb(text: str, cues: Cues) -> bool:
    words = text.split()
    return bool(words) and cues.verb_kinds.get(words[-1].lower()) in ("verb", "request")


def _rest_of_sentence(body: str, at: int, cue: str, speaker: Reference,
                      min_words: int = MIN_WORDS) -> Found | None:
    lead = _LEAD.match(body, at)
    start = lead.end() if lead else at
    if start < len(body) and body[start] in MARKS:
        return None  # a quotation: a direct statement
    end = sentence_end(body, start)
    mark = _first_mark(body, start, end)
    while end > start and body[end - 1] in " .!?…\"”’\n":
        end -= 1
    if mark >= 0:
        return None  # the sentence goes on into a quotation: that one is the statement
    if _words(body[start:end]) < min_words:
        return None
    return Found(start, end, cue, False, speaker)


def _first_mark(body: str, start: int, end: int) -> int:
    """The first quote mark between start and end that opens or closes a quotation; a term in
    quote marks (at most TERM_WORDS words, closed before `end`: `kapal "Caroline Bezengi"`,
    `eskalasi "agresi" oleh`) is part of the sentence."""
    at = start
    while True:
        found = MARK.search(body, at, end)
        if found is None:
            return -1
        mark = found.start()
        closing = MARK.search(body, mark + 1, end)
        if closing is None or mark == start or len(
                body[mark + 1:closing.start()].split()) > TERM_WORDS:
            return mark
        at = closing.start() + 1


def _has_mark(text: str) -> bool:
    return MARK.search(text) is not None


def _words(text: str) -> int:
    return len(text.split())


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` is inside one of the spans (in order, not overlapping)."""
    index = bisect.bisect_right(spans, (at, _FAR)) - 1
    return index >= 0 and spans[index][0] <= at < spans[index][1]


_FAR = 1 << 62


_FOR_INSTANCE = re.compile(rf"{SPACE}+saja(?![\w-])")


def _short_cue(body: str, match: re.Match[str], people: People, cues: Cues) -> Found | None:
    """A short cue outside quotations: "..., kata Edy." closes a reported sentence; "Negara,
    kata Edy, masih ..." sits inside one (the statement is the whole sentence); "Mengenai X,
    kata Edy, pemerintah ..." follows its topic (the statement is what comes after)."""
    start = match.start()
    if body[max(0, start - 3):start].strip(" \t\u00a0,") and body[start - 1:start] in MARKS:
        return None  # right after a quotation: its cue
    before_end = start  # the end of what comes before, without spaces (no copy of it)
    while before_end and body[before_end - 1] in " \t\u00a0":
        before_end -= 1
    if before_end and body[before_end - 1] in MARKS:
        # `...?" ujar Menag usai acara ...`: the quotation's cue (three short cues in four),
        # told before the sentence's start is looked for
        return None
    sentence_at = sentence_start(body, start)
    at_start = sentence_at >= before_end or _only_openers(body[sentence_at:start], cues)
    after_comma = bool(before_end) and body[before_end - 1] == ","
    if not at_start and not after_comma and not body[start].islower():
        return None  # "dalam kata sambutannya": not a cue
    cue = match.group()
    if _FOR_INSTANCE.match(body, match.end()):
        return None  # "Sebut saja Lily Allen yang ...": "for instance", no one says it
    if cue.lower().endswith("nya"):
        if not at_start and not after_comma:
            return None
        if body[max(0, before_end - 6):before_end].lower() in (" lebih", "\nlebih") or (
            before_end == sentence_at + 5 and body[sentence_at:before_end].lower() == "lebih"
        ):
            return None  # "Lebih jelasnya, dalam siaran pers ...": "in more detail", no cue
        speaker = Reference("pronoun", None, None, start)
    else:
        speaker = speaker_after(body, match.end(), people, cues)
        if speaker.kind == "none":
            return None  # "..., nilai ekspor ...": the word is no cue here
        bare = not at_start and not after_comma and speaker.kind == "name" and bool(
            speaker.name) and body.startswith(speaker.name or "", speaker.at) and (
            splits_without_comma(body, sentence_at, start, speaker.name or "",
                                 speaker.at + len(speaker.name or ""), cues, _NOT_A_CLAUSE))
        if not at_start and not after_comma and not bare and not (
            speaker.kind == "name" and (speaker.at in people.official_at or (
                speaker.role and people.lexicon.office_pattern.match(speaker.role)))
        ):
            # "... sejauh ini kata Menteri Kordinator ..., Darmin Nasution.": no comma before
            # the cue, which an office and a name after it make one all the same
            return None
        if at_start and speaker.kind == "pronoun":
            # "Kata dia penyalurannya harus ...": what is said starts after the pronoun
            pronoun = _PRONOUN_AFTER.match(body, match.end())
            if pronoun and body[pronoun.end():pronoun.end() + 1] not in ",":
                return _rest_of_sentence(body, pronoun.end(), cue, speaker)
    phrase_at = match.end()
    if speaker.kind == "name" and speaker.name:
        # "kata Menteri Kordinator (Menko), Perekonomian, Darmin Nasution.": the phrase that
        # names the speaker ends after the name, commas inside the office aside
        named = body.find(speaker.name, speaker.at, speaker.at + 200)
        if named >= 0:
            phrase_at = named + len(speaker.name)
            role_at = body.find(speaker.role or "\0", phrase_at, phrase_at + 4 + len(
                speaker.role or ""))
            if role_at >= 0 and not body[phrase_at:role_at].strip(" \t\u00a0,"):
                phrase_at = role_at + len(speaker.role or "")  # "kata X, CTO Y, ..."
    end = _PHRASE_END.search(body, phrase_at, min(len(body), match.end() + 160))
    if end is None:
        return None
    if end.group() != "," or body[end.end():end.end() + 2].strip()[:1] in ("", "(") or (
        _DATED.match(body, end.end()) or ((_described_after(body, end.end()) or _sourced(
            body, phrase_at)) and _words(body[sentence_at:start]) > MIN_WORDS + 1)
    ):  # "Tiga hari kemudian, kata Argo, ..." is no sentence the cue ends
        # the cue ends the sentence: what came before it is the statement
        if at_start:
            if speaker.kind == "name" and (clause := _LOWER_WORD.match(body, phrase_at)) and (
                clause.group(1) not in _NOT_A_CLAUSE
            ):  # "Kata Luhut hal itu belum dibahas.": no comma after the name, the clause
                return _rest_of_sentence(body, phrase_at, cue, speaker)
            return None
        if (after_comma or bare) and speaker.kind == "name" and (
            clause := _LOWER_WORD.match(body, phrase_at)
        ) and (clause.group(1) in cues.predicates or clause.group(1) in cues.between) and (
            clause.group(1) not in _NOT_A_CLAUSE
        ) and (rest := _rest_of_sentence(body, phrase_at, cue, speaker, min_words=1)):
            # "Pembangunan itu, kata Ryamizard juga akan menguntungkan ...": the cue splits the
            # sentence, the comma that closes it left out
            if _has_mark(body[sentence_at:rest.end]):
                return None
            if dateline := _DATELINE.search(body, sentence_at, min(start, sentence_at + 160)):
                sentence_at = dateline.end()
            return Found(sentence_at, rest.end, cue, False, speaker)
        text_end = before_end - 1 if after_comma else before_end
        text = body[sentence_at:text_end]
        if _words(text) < MIN_WORDS or _has_mark(text):
            return None
        if dateline := _DATELINE.search(body, sentence_at, min(text_end, sentence_at + 160)):
            sentence_at = dateline.end()  # "TRIBUNNEWS.COM, BOGOR -- Penyaluran ...": the words
        return Found(sentence_at, text_end, cue, False, speaker)
    opener = body[sentence_at:start].split()[:1]
    if opener and opener[0].lower().strip(",") in _CONJUNCTIONS and not at_start:
        # "Sedangkan program X, lanjut Baihaki, kepuasannya belum optimal": the conjunction
        # is no part of the clause the cue splits; the subject before the cue is (not an
        # introduction set off by its own comma: "Namun yang jelas, kata Bambang, ...")
        statement = _rest_of_sentence(body, end.end(), cue, speaker, min_words=1)
        clause_at = _after_openers(body, sentence_at, start, cues)
        subject = body[clause_at:before_end - 1 if after_comma else before_end]
        first_word = subject.split()[0].lower() if subject.split() else ""
        # not an aside ("Namun yang jelas, kata ...") nor a topic ("Sedangkan untuk korupsi,
        # kata Fahri, ...": what is said comes after the cue)
        if statement is not None and clause_at < start and "," not in subject and not any(
                word.lower() in cues.verb_kinds for word in subject.split()) and (
                first_word != "yang" and first_word not in cues.topic_openers):
            return Found(clause_at, statement.end, cue, False, speaker)
    if at_start or (opener and opener[0].lower().strip(",") in cues.topic_openers):
        return _rest_of_sentence(body, end.end(), cue, speaker)
    # "Dua sarang tersebut, sebut Nyoto, ukurannya bervariasi.": the whole sentence, however
    # few words follow the cue
    statement = _rest_of_sentence(body, end.end(), cue, speaker, min_words=1)
    if statement is None or _words(body[sentence_at:start]) + _words(
            body[statement.start:statement.end]) < MIN_WORDS + 1:
        return None
    return Found(sentence_at, statement.end, cue, False, speaker)


# a word in lower case right after a name; those that go on naming the speaker ("kata Budi di
# Jakarta", "kata Budi kepada wartawan", "kata Budi saat ...") open no clause
_LOWER_WORD = re.compile(rf"{SPACE}+([a-z][\w-]*)")
_NOT_A_CLAUSE = frozenset({"di", "saat", "kepada", "dalam", "usai", "seusai", "ketika", "pada",
                           "kemarin", "dengan", "melalui", "lewat", "seperti", "sebagaimana",
                           "sambil", "seraya", "setelah", "sebelum", "selaku", "sebagai", "yang",
                           "dan", "bersama", "kpd", "dari", "ini", "itu", "tersebut"})


# Conjunctions that open a sentence before the clause a cue splits (not its topic: "Mengenai
# X, kata Edy, ..." says what comes after the cue)
_CONJUNCTIONS = frozenset({"sedangkan", "sementara", "tetapi", "tapi", "namun", "kemudian",
                           "lalu", "kini", "adapun", "dan"})


_OPENER_TAILS = frozenset({"itu", "ini", "demikian", "begitu"})  # "Namun demikian/begitu"


def _after_openers(body: str, at: int, end: int, cues: Cues) -> int:
    """Where the words after a sentence's openers ("Sementara itu,", "Sedangkan") start."""
    for word in re.finditer(r"\S+", body[at:end]):
        if word.group().lower().strip(",") not in cues.openers | _CONJUNCTIONS | _OPENER_TAILS:
            return at + word.start()
    return end


# After a cue's phrase and a comma, words that describe: "di acara ...", "kepada wartawan",
# "selaku ...", "seperti dikutip ..." ("saat", "ketika", "dari", "yang" may open what
# is said: "Dengan catatan, kata Edy, saat peringatan HUT nanti ...")
_DESCRIBING = frozenset({"di", "kepada", "selaku", "seperti", "sebagaimana", "dikutip",
                         "melalui", "via"})


# A passive that, with no agent and no -nya, means "admittedly" ("Diakui, ...", "Diakui atau
# tidak ..."), where "Dijelaskan, ..." goes on with the words of the person in view
_ADMITTEDLY = frozenset({"diakui"})
_SOURCED = frozenset({"seperti", "sebagaimana", "dikutip", "dilansir"})


def _sourced(body: str, at: int) -> bool:
    """Whether the speaker's name goes on with where the words were read: "..., kata Jimly
    seperti dikutip dari laman Sekretariat Kabinet, Setkab.go.id.": the cue ends the statement,
    the comma is the source's."""
    following = body[at:at + 16].split()[:1]
    return bool(following) and following[0] in _SOURCED


def _described_after(body: str, at: int) -> bool:
    """Whether the words after the comma that ends a cue's phrase only describe the speaker or
    the place: "..., kata Irfan, salah satu tim kuasa hukum VSIC di Jakarta", "..., kata
    Amelia kepada VIVA.co.id, di acara GIIAS 2015": the cue ends the statement."""
    following = body[at:at + 24].split()[:2]
    return bool(following) and (following[0] in _DESCRIBING or [
        w.lower() for w in following] == ["salah", "satu"])


def _only_openers(text: str, cues: Cues) -> bool:
    """Whether the words before a cue only open the sentence: "Selain itu lanjut Putri, ..."."""
    words = text.split(maxsplit=3)  # a fourth: too many, and the rest of the text not read
    if not 0 < len(words) <= 3:
        return False
    words = [w.lower().strip(",") for w in words]
    return words[0] in cues.openers and all(
        w in cues.openers or w in ("itu", "ini", "pula", "juga", "saja") for w in words)


def _passive(body: str, match: re.Match[str], people: People, cues: Cues) -> Found | None:
    """"Dikatakannya, ...", "Diakui Rizal, ...": the rest of the sentence; "Hal itu disampaikan
    Edy.": the sentences before it in its paragraph, else the paragraph before."""
    start = match.start()
    cue = match.group()
    speaker = (Reference("pronoun", None, None, start) if cue.lower().endswith("nya")
               else speaker_after(body, after_manner(body, match.end()), people, cues))
    sentence_at = sentence_start(body, start)
    if sentence_at == start or _only_openers(body[sentence_at:start], cues):
        # "Dikatakannya, ...", "Namun diakuinya, ..."
        end = _PHRASE_END.search(body, match.end(), min(len(body), match.end() + 160))
        if (end is None or end.group() != ",") and speaker.kind == "pronoun" and (
                body[match.end():match.end() + 2].lstrip()[:1].islower()):
            # "Bahkan, ditegaskannya tidak mendapatkan halangan ...": the clause right after
            return _rest_of_sentence(body, match.end(), cue, speaker)
        if end is None or end.group() != ",":
            return None
        if speaker.kind == "none" and cue.lower() in _ADMITTEDLY:
            return None  # "Bahkan diakui, terbersit ...": "admittedly", no one says it
        return _rest_of_sentence(body, end.end(), cue, speaker)
    if not ends_with_anaphor(body, sentence_at, start) or speaker.kind == "none":
        return None
    para_start = body.rfind("\n", 0, sentence_at) + 1
    if body[para_start:sentence_at].strip():
        text_start, text_end = para_start, sentence_at
    else:
        text_end = len(body[:para_start].rstrip())
        text_start = body.rfind("\n", 0, text_end) + 1
    if text_start == 0:
        text_start = dateline_end(body)  # "DEPOK (Pos Kota) – Mahasiswi ...": the lead's words
    while text_start < text_end and body[text_start] in " \t\u00a0":
        text_start += 1
    while text_end > text_start and body[text_end - 1] in " \t\u00a0.":
        text_end -= 1
    text = body[text_start:text_end]
    if _words(text) < MIN_WORDS or _has_mark(text):
        return None
    return Found(text_start, text_end, cue, False, speaker)

"""One person, one form: the speakers of an article written one way for each person.

Attribution reads a speaker where the article names them, and the same person is read
differently at different cues: in full after an office or an organisation that sticks to the
name ("Koordinator Bidang ... Agus Harimurti Yudhoyono (AHY)", "CEO PAYFAZZ Hendra Kwik",
"Muhammadiyah Ridho Al Hamdi"), by a first name or a surname alone ("Katy", "Joko"), cut at an
initial ("Jacksen F" of "Jacksen F. Tiago"). The labelling rule wants each speaker as the
fullest name the article gives, without ranks, honorifics, degrees and offices. So, over the
speakers of one article:

1. **Clean.** A name drops what is written around it but is no part of it: an acronym in
   parentheses after it ("(AHY)"), degrees after it ("SpA"), honorifics before it ("Kang",
   "H."). A name never ends at an initial: "Jacksen F" takes the words the body writes after
   "Jacksen F.".
2. **Words glued before.** "X Name" is "Name" when the article also has "Name" as a speaker or
   writes it on its own, and X is no part of a person's name: a word that is no name word, or
   that the body writes on its own as well ("Muhammadiyah menyampaikan"); or, before a name of
   two words or more, a word the body writes apart between common words, never after a cue
   ("Juventus Alex Sandro": "saat Juventus bertandang"), or an acronym after a title ("Dirjen
   IKM Gati Wibawaningsih": "antara IKM dengan").
3. **Short forms.** A name whose words are part of exactly one other speaker's fuller name that
   the body writes, in order ("Katy" of "Katy Perry"), is that name; not an alias line's full
   name the article never writes (its "Sandiaga Uno" stays).

Organisations keep their names: a form with an acronym, an institution's or an office's word is
no person's, and is neither shortened to nor completed from another.
"""

from __future__ import annotations

import re
from collections import Counter

from index.extract.officials import load_lexicon
from index.extract.officials.lexicon import Lexicon
from index.extract.officials.names import _is_passive_verb, is_name_word
from index.extract.officials.tokens import NAME_PARTICLES, is_place
from index.extract.statements.capitals import word_places
from index.extract.statements.cues import load_cues
from index.extract.statements.glued_before import without_glued
from index.extract.statements.name_shapes import is_degree
from index.extract.statements.sentences import sentence_start
from index.extract.statements.syllable_names import with_syllable
from index.people import is_short_form, name_key

_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w.&-]*\)$")
_GLUED_HONORIFIC = re.compile(r"^([A-Z][a-z]{0,2})\.(?=[A-Z][a-z])")
_INITIAL = re.compile(r"[A-Z]\.?")
_INITIALS = re.compile(r"[A-Z]{2,3}")
_ACRONYM = re.compile(r"[A-Z]{2,}")
_SP = "[ \\t\\u00a0]+"


def speaker_forms(speakers: list[str], body: str,
                  officials: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Each speaker as written -> the form the article's speakers give that person (see the
    module docstring); a speaker that needs no change maps to itself. `officials`: the names of
    the people the officials' reader found with their office ("Menko Polhukam Wiranto" is
    "Wiranto"), whose reading of where a name starts stands."""
    distinct = list(dict.fromkeys(speakers))
    if not distinct:
        return {}
    lexicon = load_lexicon()
    if len(distinct) == 1 and len(distinct[0].split()) <= 2:
        # one speaker of two words or fewer: nothing to unglue nor to complete from another
        return {distinct[0]: with_syllable(_cleaned(distinct[0], body, lexicon), body)}
    count = Counter(speakers)
    held = {name_key(name) for name in officials}
    cleaned = {name: _cleaned(name, body, lexicon) for name in distinct}
    cleaned = {name: form if name_key(form) in held else without_glued(
        form, body, lexicon, lambda words: _person_like(words, lexicon))
        for name, form in cleaned.items()}
    forms = set(cleaned.values())
    unglued = {name: _unglued(form, forms, body, lexicon, held)
               for name, form in cleaned.items()}
    persons = [form for form in dict.fromkeys(unglued.values()) if _person_like(form, lexicon)]
    result: dict[str, str] = {}
    for name in distinct:
        form = unglued[name]
        if form in persons:
            form = _fullest(form, persons, count, unglued, held, body)
        result[name] = with_syllable(form, body)  # "Choe Myong - nam"
    return result


def _cleaned(name: str, body: str, lexicon: Lexicon) -> str:
    words = name.split()
    if len(words) >= 3 and _ACRONYM_AFTER.search(name) and _person_like(
            " ".join(words[-3:-1]), lexicon) and _written_without(words, body) and not any(
            word.islower() or is_place([word], lexicon) for word in words[:-1]):
        words = words[:-1]  # "Agus Harimurti Yudhoyono (AHY)"; "Viking Persib Club (VPC)" kept
    while len(words) > 2 and is_degree(words[-1], lexicon):
        words.pop()  # "Damayanti R Sjarif SpA"
    if words and (glued := _GLUED_HONORIFIC.match(words[0])) and (
            lexicon.honorific_pattern.fullmatch(glued.group(1) + ".")
            or lexicon.honorific_pattern.fullmatch(glued.group(1))):
        words[0] = words[0][glued.end():]  # "H.Saudin"
    while len(words) > 1 and lexicon.honorific_pattern.fullmatch(words[0]) and _person_like(
            " ".join(words[1:]), lexicon):
        words.pop(0)  # "Kang Dedi Mulyadi"
    if len(words) >= 2 and _INITIAL.fullmatch(words[-1]) and _person_like(
            " ".join(words), lexicon):
        words = _after_initial(words, body, lexicon)
    return " ".join(words) if words else name


def _written_without(words: list[str], body: str) -> bool:
    """Whether the body writes the name before an acronym in parentheses also without it: a
    person's initials are an aside, an organisation is named with its acronym once."""
    name = " ".join(words[-3:-1])
    return any(not body.startswith(words[-1], at + len(name) + 1)
               for at in word_places(body, name))


def _after_initial(words: list[str], body: str, lexicon: Lexicon) -> list[str]:
    """A name cut at an initial ("Jacksen F", "Agus D") with the initials and name words the
    body writes after it ("Jacksen F. Tiago", "Agus D.W. Martowardojo", also written "Agus D.W
    Martowardojo"), when it writes one such ending only."""
    initial = words[-1].rstrip(".")
    head = _SP.join(re.escape(word) for word in words[:-1])
    endings = set()
    for match in re.finditer(rf"(?<![\w-]){head}{_SP}{initial}\.?(?P<more>(?:[A-Z]\.?){{0,3}})"
                             rf"(?P<end>(?:{_SP}[A-Z][\w'’-]+){{1,3}})", body):
        ending = []
        for word in match.group("end").split():
            if not is_name_word(word, lexicon):
                break
            ending.append(word)  # "Gatot S. Dewa Broto"
        if ending:
            initials = "".join(f"{letter}." for letter in f"{initial}{match.group('more')}"
                               if letter != ".")
            endings.add((initials, " ".join(ending)))
    return [*words[:-1], *endings.pop()] if len(endings) == 1 else words


def _unglued(form: str, forms: set[str], body: str, lexicon: Lexicon,
             held: set[tuple[str, ...]]) -> str:
    """The form without words glued before the name (step 2 of the module docstring)."""
    words = form.split()
    if len(words) < 2 or not _person_like(" ".join(words[-2:]), lexicon):
        return form
    others = {name_key(other) for other in forms if other != form}
    for at in range(1, len(words)):
        rest = words[at:]
        key = name_key(" ".join(rest))
        if not _person_like(" ".join(rest), lexicon):
            continue
        if key in held and all(_after_office(word, body, lexicon) for word in words[:at]):
            return " ".join(rest)  # "Polhukam Wiranto": the officials read "Wiranto"
        as_speaker = key in others or (len(rest) == 1 and any(
            other.split()[-1] == rest[0] and len(other.split()) >= 2 and not all(
                _glued_word(word, rest[0], body, lexicon, False) for word in other.split()[:-1])
            for other in forms if other != form)) or (len(rest) >= 2 and any(
                other in (rest[0], rest[-1]) for other in forms))  # "Doan" of "OLX Doan Siscus"
        written_alone = len(rest) >= 2 and _written_alone(rest, words[at - 1], body)
        named_apart = len(rest) >= 2 and all(
            _title_word(word, lexicon) for word in words[:at - 1]) and _apart_from(
            words[at - 1], rest, form, forms, body, lexicon, written_alone)
        if not as_speaker and not written_alone and not named_apart:
            continue
        if is_place(rest, lexicon) or _place_named(rest, body) or word_places(
                body, rest[0].lower()):
            continue  # "Polda Jawa Barat"; "Pusat Peringatan Tsunami Pasifik" ("tsunami")
        # before a one-word name, only words that are no name's ("Disebutkan Arriola"); before
        # a longer one, also an organisation's ("PP Muhammadiyah")
        if named_apart or all(_glued_word(word, rest[0], body, lexicon, len(rest) >= 2)
                              for word in words[:at]):
            return " ".join(rest)
    return form


def _apart_from(word: str, rest: list[str], form: str, forms: set[str], body: str,
                lexicon: Lexicon, written_alone: bool) -> bool:
    """Whether a word glued before a name of two words or more is a name of its own (an
    organisation's, a product's) the body writes apart: inside a sentence between common words
    when the name is written without it too ("Juventus Alex Sandro": "saat Juventus
    bertandang", "Alex Sandro ingin"), or an acronym after a title, written apart anywhere
    ("Dirjen IKM Gati Wibawaningsih": "antara IKM dengan"), or a firm's or an agency's name
    after a title (`_organisations`). Not a word of another speaker's name, nor before a
    place's."""
    if is_place(rest[-1:], lexicon) or any(
            word in other.split() for other in forms if other != form):
        return False
    if written_alone and _named_apart(word, rest[0], body, inside=True):
        return True
    if _ACRONYM.fullmatch(word) is not None and _after_title(
            word, rest[0], body, lexicon) and _named_apart(word, rest[0], body, inside=False):
        return True
    return _organisations(word, rest[0], body, lexicon) and _after_title(
        word, rest[0], body, lexicon)


def _organisations(word: str, next_word: str, body: str, lexicon: Lexicon) -> bool:
    """Whether the body writes the word as a firm's or an agency's name of its own: after "PT"
    and not before the name's next word ("Direktur Utama Waskita Muhammad Choliq": "PT Waskita
    Karya"; not "PT Whitesky Aviation" for "Whitesky Aviation Denon ..."), or in parentheses
    after its long form ("Badan Ekonomi Kreatif (Bekraf)"; not "Pak Menkeu (Purbaya)", "Tessa
    Xie (Kolla)")."""
    if f"PT {word}" not in body and f"PT. {word}" not in body and f"({word})" not in body:
        return False  # found by str's search first: most glued words have neither
    if word in lexicon.institutions or word.lower() in load_cues().organisations or (
            word_places(body, word.lower())):
        return False  # "Bank Permata Ridha": "Bank" opens many names ("PT Bank Mandiri")
    escaped = re.escape(word)
    for found in re.finditer(rf"(?<![\w-])PT\.?{_SP}{escaped}(?![\w-])", body):
        if body[found.end():found.end() + 40].split()[:1] != [next_word]:
            return True
    at = body.find(f"({word})")
    while at >= 0:
        long_form = body[max(0, at - 120):at].split()[-6:]
        at = body.find(f"({word})", at + 1)
        while long_form and not all(w[:1].isupper() for w in long_form):
            long_form.pop(0)  # the capitalised words right before the parenthesis
        while long_form and long_form[0][:1] != word[:1]:
            long_form.pop(0)  # "Ketua Umum Asosiasi Pengusaha Indonesia (Apindo)", "PT. ..."
        # its long form opens with its first letter and is no title, nor the name's
        # organisation going on ("Siloam International Hospitals (Siloam)")
        if len(long_form) >= 2 and next_word not in long_form and not any(
                _title_word(w, lexicon) for w in long_form):
            return True
    return False


def _title_word(word: str, lexicon: Lexicon) -> bool:
    return word.lower() in load_cues().titles or bool(lexicon.office_pattern.fullmatch(word))


def _after_title(word: str, next_word: str, body: str, lexicon: Lexicon) -> bool:
    """Whether the body writes a title or an office's word right before `word` and the
    name's first word ("CEO Squline Tomy Yunus", "Dirjen IKM Gati Wibawaningsih"), or one word
    before that ("Direktur Utama Waskita Muhammad Choliq")."""
    pattern = rf"(?<=[ \t\u00a0]){re.escape(word)}{_SP}{re.escape(next_word)}(?![\w-])"
    for found in re.finditer(pattern, body):
        before = body[max(0, found.start() - 60):found.start()].split()[-2:]
        if before and (_title_word(before[-1], lexicon) or (
                len(before) == 2 and _title_word(before[0], lexicon))):
            return True
    return False


def _named_apart(word: str, next_word: str, body: str, inside: bool) -> bool:
    """Whether the body writes a word capitalised on its own, not before the name's first word,
    nor beside another capitalised word, "di/ke/dari" or a cue's word, and never right after
    a cue ("kata Christina di Kupang" is a person's); `inside`: only inside a sentence between
    lower-case words ("saat Juventus bertandang", "kasur Mimpi terbaik")."""
    cues = load_cues()
    if word.lower() in cues.name_words or not word[:1].isupper():
        return False
    places = word_places(body, word, apostrophes=True)
    if any(_word_before(body, at) in cues.short_forms for at in places):
        return False  # "kata Fathur": a person called by it
    for at in places:
        end = at + len(word)
        if body.startswith(next_word, end + 1) or (inside and sentence_start(body, at) == at):
            continue
        before = body[max(0, at - 40):at].split() or [""]
        after = body[end:end + 40].split() or [""]
        if inside and not (before[-1].islower() and after[0].islower()):
            continue
        if not after[0][:1].isupper() and not before[-1][-1:].isupper() and (
                before[-1] not in _PLACE_BEFORE) and not any(
                near in cues.verb_forms or near in cues.short_forms or near in cues.passive_forms
                for near in (before[-1], after[0].rstrip(",."))):
            return True
    return False


def _word_before(body: str, at: int) -> str:
    words = body[max(0, at - 20):at].split()
    return words[-1] if words else ""


def _glued_word(word: str, next_word: str, body: str, lexicon: Lexicon, alone: bool) -> bool:
    """Whether a word before a name is no part of it: no name word (an office's, a company's
    acronym, a common word), or, when `alone` allows, one the body writes capitalised on its
    own, not before the name ("Muhammadiyah menyampaikan")."""
    if word.lower() in load_cues().name_words or _INITIAL.fullmatch(word) or (
            _INITIALS.fullmatch(word) and word not in lexicon.institutions
            and word.lower() not in load_cues().titles
            and not _written_apart(word, next_word, body)):
        return False  # "IGN Jaya Negara", "HM Prasetyo": initials that are part of the name
    if not is_name_word(word, lexicon) or word.lower() in load_cues().titles or (
            lexicon.office_pattern.fullmatch(word)) or (
            _common_word(word, body)):
        return True  # "Disebutkan Arriola": a common word capitalised where a sentence starts
    return alone and _organisation(word, next_word, body, lexicon)


def _written_apart(word: str, next_word: str, body: str) -> bool:
    """Whether the body writes a word elsewhere, not before the name's first word."""
    return any(not body.startswith(next_word, at + len(word) + 1)
               for at in word_places(body, word))


def _place_named(rest: list[str], body: str) -> bool:
    """Whether the body writes the words after di/ke/dari somewhere: a place's name."""
    if not _after_preposition(rest[0], body):
        return False  # the pattern cannot match: not compiled for these words
    pattern = _SP.join(re.escape(word) for word in rest)
    return bool(re.search(rf"(?<![\w-])(?:di|ke|dari){_SP}{pattern}(?![\w-])", body))


def _after_preposition(word: str, body: str) -> bool:
    """Whether the body writes `word` anywhere right after "di", "ke" or "dari" and spaces."""
    at = body.find(word)
    while at >= 0:
        start = at
        while start and body[start - 1] in " \t\u00a0":
            start -= 1
        if start < at and body.endswith(("di", "ke", "dari"), 0, start):
            return True
        at = body.find(word, at + 1)
    return False


def _after_office(word: str, body: str, lexicon: Lexicon) -> bool:
    """Whether a word is no name's, or the body writes it only right after an office's word
    ("Menko Polhukam"): part of the office."""
    if not is_name_word(word, lexicon):
        return True
    found = False
    for at in word_places(body, word, apostrophes=True):
        before = body[max(0, at - 40):at].split()
        if not before or not lexicon.office_pattern.fullmatch(before[-1]):
            return False
        found = True
    return found


_PLACE_BEFORE = frozenset({"di", "ke", "dari"})


def _organisation(word: str, next_word: str, body: str, lexicon: Lexicon) -> bool:
    """Whether the body writes a word elsewhere, not before the name, as an organisation's or a
    place's: after an acronym ("PP Muhammadiyah"), an organisation's word or another word of
    a name that is no office, title or honorific ("Pimpinan Pusat Muhammadiyah", "Bank
    Mandiri mencatat"), or after di/ke/dari."""
    for at in word_places(body, word, apostrophes=True):
        if body.startswith(next_word, at + len(word) + 1):
            continue
        before = body[max(0, at - 40):at].split()
        if not before:
            continue
        previous = before[-1]
        if (len(previous) > 1 and previous.isupper() and previous.isalpha()) or (
                previous.lower() in _PLACE_BEFORE or previous in lexicon.institutions
                or previous.lower() in load_cues().organisations) or (
                previous[:1].isupper() and previous[-1].isalpha()
                and sentence_start(body, at - len(previous) - 1) != at - len(previous) - 1
                and not lexicon.honorific_pattern.fullmatch(previous)
                and not is_place([previous], lexicon)  # "Gubernur DKI Jakarta Basuki"
                and not is_place(before[-2:], lexicon)
                and not lexicon.office_pattern.fullmatch(previous)
                and previous.lower() not in load_cues().titles):
            return True
    return False


def _common_word(word: str, body: str) -> bool:
    """Whether a word the body writes capitalised only where a sentence starts is a common
    word there: a passive verb ("Disebutkan", "Dikutip"), or one the body also writes in lower
    case ("Pihak", "Lewat")."""
    if _capitalised_inside(word, body):
        return False
    return _is_passive_verb(word) or bool(
        word_places(body, word.lower()))


def _capitalised_inside(word: str, body: str) -> bool:
    """Whether the body writes a word capitalised where no sentence starts: as a name."""
    return any(sentence_start(body, at) != at for at in word_places(body, word))


def _written_alone(rest: list[str], before: str, body: str) -> bool:
    """Whether the body writes the name somewhere without the word glued before it."""
    name = " ".join(rest)
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if (not at or not (body[at - 1].isalnum() or body[at - 1] == "-")) and (
                end == len(body) or not (body[end].isalnum() or body[end] == "-")) and not (
                body[max(0, at - len(before) - 3):at].rstrip(" \t\u00a0").endswith(before)):
            return True
        at = body.find(name, at + 1)
    return False


# asked about the same forms article after article; answers kept per lexicon (the lexicon is
# kept so that its id stays its own)
_PERSON_LIKE: dict[str, bool] = {}
_PERSON_LIKE_OF: list[Lexicon] = []


def _person_like(form: str, lexicon: Lexicon) -> bool:
    """Whether every word of a form can be a person's name: name words, initials and name
    particles; at least one word of three letters or more."""
    if not _PERSON_LIKE_OF or _PERSON_LIKE_OF[0] is not lexicon:
        _PERSON_LIKE.clear()
        _PERSON_LIKE_OF[:] = [lexicon]
    known = _PERSON_LIKE.get(form)
    if known is None:
        if len(_PERSON_LIKE) >= 1 << 15:
            _PERSON_LIKE.clear()
        known = _PERSON_LIKE[form] = _reads_as_person(form, lexicon)
    return known


def _reads_as_person(form: str, lexicon: Lexicon) -> bool:
    words = form.split()
    return bool(words) and any(len(word.strip(".")) > 2 for word in words) and all(
        word.lower() in NAME_PARTICLES or _INITIAL.fullmatch(word)
        or (is_name_word(word, lexicon) and word.lower() not in load_cues().organisations)
        for word in words
    )


def _fullest(form: str, persons: list[str], count: Counter, unglued: dict[str, str],
             held: set[tuple[str, ...]], body: str) -> str:
    """The one fuller person's name a form is a short form of, else the form (step 3). An
    official's name is not taken to start earlier than the officials read it."""
    key = name_key(form)
    # a name of two words or more is not taken to start earlier ("Andry Asmoro" is not "Bank
    # Mandiri Andry Asmoro"), nor an official's earlier than the officials read it
    fuller = [other for other in persons if is_short_form(key, name_key(other))
              and len(name_key(other)) > len(key) and _written(other, body) and not (
                  (key in held or len(key) >= 2) and name_key(other)[-len(key):] == key)]
    if not fuller:
        return form
    # the fuller names, each a short form of the longest, are one person
    longest = max(fuller, key=lambda other: (len(name_key(other)), _said(other, count, unglued)))
    if all(other == longest or is_short_form(name_key(other), name_key(longest))
           for other in fuller):
        return longest
    return form


def _written(name: str, body: str) -> bool:
    """Whether the body writes a name as it is (not only an alias line's full name for the
    article's "Sandiaga Uno")."""
    if " ".join(name.split()) in body:
        return True  # as written with single spaces: the pattern would find it
    return bool(re.search(_SP.join(re.escape(word) for word in name.split()), body))


def _said(form: str, count: Counter, unglued: dict[str, str]) -> int:
    return sum(count[name] for name, other in unglued.items() if other == form)

"""Public figures named without their office in a news brief: "Pidato Kenegaraan Prabowo",
"Bahlil Pastikan ...". Feed items (a headline and a teaser cut off after a sentence or two) name
the best-known office holders without writing the office beside them; the people of
index/data/public_figures.tsv (and their nicknames in person_aliases.tsv) named in a text that
short are its subject, so officials of it, with no role unless the text gives them one (then
they were found already). In a full article an office holder's office is written somewhere,
and a name without one is mostly a passing mention ("dukungan kepada Ganjar Pranowo"), which is
not read as an official; but a government named by its head ("peninggalan pemerintahan Jokowi",
"Pemerintahan Prabowo-Gibran", "pemerintahan Jokowi-JK") presents its head, and the ticket's
partner, as holding office: they count, with no role (governing).

A name counts where it stands as a person's: not after a place word ("Jalan", "Bandara",
"Universitas": things named after people), and a short form ("Prabowo") not beside another name
word in running text ("Listyo Sigit Prabowo", "Melania Trump", "Trump Tower"). Headlines are
Title Case, where a word beside a name says nothing, so there a short form is read as it is.
"""

from __future__ import annotations

import re
from functools import cache

from index.article import Official
from index.data_files import word_list
from index.extract.officials.headlines import BRIEF
from index.extract.officials.lexicon import SPACE, Lexicon, load_lexicon
from index.extract.officials.names import PLACE_WORDS, is_name_word
from index.extract.pattern_cache import compile_cached
from index.extract.trie_pattern import char_trie, trie_expression
from index.people import alias_target, name_key, written_aliases

_WORD_BEFORE = re.compile(rf"([\w.'’-]+){SPACE}+$")
_WORD_AFTER = re.compile(rf"{SPACE}+([\w'’-]+)")
# a link to another story set in the body ("baca: Kemenangan Trump Akhir Mimpi Palestina"):
# its headline names people of that story
_LINKED = re.compile(r"(?<!\w)(?:[Bb]aca|BACA|[Ss]imak|[Ll]ihat)(?:\s+[Jj]uga)?\s*:[^.!?()\n]*$")
_MIN_ALIAS = 3  # "JK" is too short to stand for one person wherever it is written
# The word before a head of government named by their government: "pemerintahan Jokowi"
# or their regime ("rezim Kim Jong-un"; "era Jokowi" is mostly a date: "mantan menteri era SBY";
# "Sekretaris Kabinet Pramono Anung" an office's holder)
_GOVERNING = re.compile(rf"(?<![\w-])(?:[Pp]emerintahan|[Kk]epemimpinan|[Aa]dministrasi|kabinet"
                        rf"|rezim){SPACE}+(?=[A-Z])")
# what each of _GOVERNING's words holds, looked for first: most texts name no government
_GOVERNING_WORDS = ("emerintahan", "epemimpinan", "dministrasi", "kabinet", "rezim")
_WORD = r"[A-Z]\w*(?:['’]\w+)?"  # "Gibran", "Ma'ruf"; not the quote after "Gibran'"
# a ticket's partner written right after: "Prabowo-Gibran", "Jokowi-JK", "Jokowi – JK"
_PARTNER = re.compile(rf"{SPACE}*[-–]{SPACE}*({_WORD}(?:{SPACE}+{_WORD})?)(?![\w-])")
# an acronym written in parentheses after what it stands for: "Balai Teknik Perkeretaapian (BTP)"
_IN_PARENTHESES = re.compile(r"\(([A-Z]{2,6})\)")
_WORD_CHAR = re.compile(r"[\w-]")


@cache
def _figures() -> tuple[dict[str, str], frozenset[str], re.Pattern[str] | None]:
    """Written form -> full name, the forms that are short ones, and the pattern finding them."""
    full_of: dict[str, str] = {}
    short: set[str] = set()
    for line in word_list("public_figures.tsv"):
        name, _, forms = line.partition("\t")
        name = " ".join(name.split())
        if not name:
            continue
        full_of[name] = name
        for form in (" ".join(f.split()) for f in forms.split(",")):
            if form:
                full_of.setdefault(form, name)
                short.add(form)
    by_key = {name_key(name): name for name in full_of.values()}
    for alias, target in written_aliases():  # as written: "Jokowi", "SBY"
        if (full := by_key.get(name_key(target))) and len(alias) >= _MIN_ALIAS:
            full_of.setdefault(alias, full)
            short.add(alias)
    if not full_of:
        return {}, frozenset(), None
    # "Kim Jong - un": pre-tokenised texts write a name's hyphen between spaces
    forms = trie_expression(char_trie(full_of), lambda c: SPACE if c == " " else (
        rf"{SPACE}?-{SPACE}?" if c == "-" else re.escape(c)))
    pattern = compile_cached("public-figures", rf"(?<![\w'’])(?:{forms})(?![\w'’])")
    return full_of, frozenset(short), pattern


def named_figures(text: str, *, headline: bool = False) -> list[tuple[str, int]]:
    """(full name, position) of each public figure named in text as a person."""
    _, _, pattern = _figures()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if name := _figure_named(text, match, headline=headline):
            found.append((name, match.start()))
    return found


def _figure_named(text: str, match: re.Match, *, headline: bool = False) -> str | None:
    """The full name of the figure a match of the figures' pattern names as a person, else
    None (a thing named after them, a linked headline, part of another person's name)."""
    full_of, short, _ = _figures()
    form = " ".join(match.group().split()).replace(" - ", "-")
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before and before.group(1).rstrip(".").lower() in PLACE_WORDS:
        return None
    if not headline and _LINKED.search(text, max(0, match.start() - 200), match.start()):
        return None
    if form in short and not headline and _beside_name_word(text, match, before, load_lexicon()):
        return None
    return full_of[form]


def _beside_name_word(text: str, match: re.Match, before: re.Match | None,
                      lexicon: Lexicon) -> bool:
    """Whether a name word stands right before or after a short form: it is part of another
    person's name ("Listyo Sigit Prabowo", "Melania Trump", "Prabowo Soenirman")."""
    after = _WORD_AFTER.match(text, match.end())
    if after and is_name_word(after.group(1), lexicon, sentence_start=True):
        return True
    if before is None or before.end() != match.start():
        return False
    word = before.group(1)
    if word[-1] in ".,;:!?" and not lexicon.honorific_pattern.fullmatch(word):
        return False  # the end of a sentence or a clause: "... Trump. Prabowo-Gibran menang"
    return is_name_word(word, lexicon, sentence_start=True) and not (
        lexicon.honorific_pattern.fullmatch(word))  # "Pak Prabowo"


def governing(text: str) -> list[tuple[str, int]]:
    """(full name, position) of each public figure a text names as the head of a government
    ("pemerintahan Jokowi", "di bawah kepemimpinan Prabowo", "administrasi Trump"), with the
    partner of a ticket written after them ("Pemerintahan Prabowo-Gibran", "pemerintahan
    Jokowi-JK"). Only the words after a government word are read: a full article is long."""
    full_of, _, pattern = _figures()
    if pattern is None:
        return []
    found: list[tuple[str, int]] = []
    if not any(word in text for word in _GOVERNING_WORDS):
        return found
    for government in _GOVERNING.finditer(text):
        match = pattern.match(text, government.end())
        if match is None or not (name := _figure_named(text, match)):
            continue
        found.append((name, match.start()))
        partner = _PARTNER.match(text, match.end())
        if partner:  # "Gibran Rakabuming", else its first word: "Gibran"
            written = " ".join(partner.group(1).split())
            for form in dict.fromkeys((written, written.split()[0])):
                target = full_of.get(form) or alias_target(form)
                if target in full_of.values() and target != name:
                    found.append((target, partner.start(1)))
                    break
    return found


def add_public_figures(title: str, body: str, officials: list[Official]) -> list[Official]:
    """`officials` and, after them, the public figures the title or body of a brief names whom
    they do not hold already (by the full name, a short form of it or an alias), with no role.
    In a full article only a head of government named by their government counts (governing):
    there an office holder's office is written somewhere, and other names without one are
    mostly passing mentions."""
    had = [set(name_key(o.name)) for o in officials]
    had += [set(name_key(target)) for o in officials if (target := alias_target(o.name))]
    added: list[Official] = []
    brief = len(body) <= BRIEF
    texts = ((body, False), (title, True)) if brief else ((body, False),)
    # "Kepala Balai Teknik Perkeretaapian (BTP)": an acronym the article gives something else
    # is that thing's name there, not a figure's alias ("BTP" for Basuki Tjahaja Purnama)
    defined = frozenset(_IN_PARENTHESES.findall(body)) if "(" in body else frozenset()
    for text, headline in texts:
        for name, at in named_figures(text, headline=headline) if brief else governing(text):
            if name not in body and any(  # not "Susilo Bambang Yudhoyono (SBY)"
                    text.startswith(acronym, at) and not _WORD_CHAR.match(text, at + len(acronym))
                    for acronym in defined):
                continue
            words = set(name_key(name))
            # the same words or a part of them ("Prabowo" found with an office, "Sri Mulyani")
            if any(words <= other or other <= words for other in had):
                continue
            had.append(words)
            added.append(Official(name, ""))
    return [*officials, *added] if added else officials

"""The cue words that attribute speech, from index/data/statement_cues.tsv, read once, and the
patterns built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from index.data_files import word_list
from index.extract.trie_pattern import char_trie, trie_expression

SPACE = r"[ \t\u00a0]"
_FIRST_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class Cues:
    after: re.Pattern[str]  # a cue after a quote, at the text right after its closing mark
    before: re.Pattern[str]  # a cue ending just before a quote's opening mark
    words: re.Pattern[str]  # any reporting verb, short or passive cue: one pass over a body
    verb_forms: frozenset[str]  # as written: "mengatakan", "Mengatakan"
    short_forms: frozenset[str]
    passive_forms: frozenset[str]
    topic_openers: frozenset[str]  # "Mengenai X, kata Edy, ...": what is said comes after
    verb_kinds: dict[str, str]  # lower-case word -> verb, request or according
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    acts: frozenset[str]  # "mengungkapkan terima kasih": the verb names an act, says nothing
    unnamed: frozenset[str]  # "warga mengatakan": a speaker the text does not name
    titles: frozenset[str]  # lower case: words of a title written before a name
    documents: frozenset[str]  # "menurut data ...": no speaker
    openers: frozenset[str]
    between: frozenset[str]  # words between a subject and its verb
    kin: frozenset[str] = frozenset()  # "Kakak Raoul": a relative of the person named
    name_words: frozenset[str] = frozenset()  # common words that are names too: "Raja", "Sri"
    organisations: frozenset[str] = frozenset()  # "Koalisi": opens an organisation's name
    # "Universitas", "Bank": open an institution's proper name written before a person's
    institution_openers: frozenset[str] = frozenset()
    # "Laboratory", "Group": close an institution's English name written before a person's
    institution_closers: frozenset[str] = frozenset()
    clause_only: frozenset[str] = frozenset()  # "melaporkan": a statement only before a clause
    predicates: frozenset[str] = frozenset()  # "akan", "tidak", "jika": a clause's words
    root_predicates: frozenset[str] = frozenset()  # "naik", "aman": a clause's, after a noun
    topics: frozenset[str] = frozenset()  # "menjelaskan soal ...": a topic, nothing said
    object_heads: frozenset[str] = frozenset()  # "menyebutkan lima faktor": a noun object
    quote_only: frozenset[str] = frozenset()  # "tanya", "tutup": a cue bare only after a quote
    questions: frozenset[str] = frozenset()  # "tanya": a pronoun at it refers to no one sure
    # the first word of each form `words` matches (its parts a hyphen joins), and the lengths
    # of the shortest and longest: where `words` can match is found in C (reported.py)
    first_words: frozenset[str] = frozenset()
    first_lengths: tuple[int, int] = (0, 0)
    stances: frozenset[str] = frozenset()  # "harapan": "mengungkapkan harapannya agar ..."
    statement_nouns: frozenset[str] = frozenset()  # "tulis pernyataan Google": named after it
    # "disebut Lorenzo bisa ...": a passive whose agent comes before the clause's predicate
    agent_passive_forms: frozenset[str] = frozenset()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _first_letters(words: set[str]) -> str:
    """A class of the words' first letters: a pattern that opens with one is tried only where
    one of them stands (one that opens with a word boundary is tried at every character)."""
    letters = sorted({word[0] for word in words if word})
    return f"[{''.join(re.escape(char) for char in letters)}]" if letters else ""


@cache
def load_cues() -> Cues:
    """The cue words, read once from the data file (and the user's own lines)."""
    kinds: dict[str, list[str]] = {}
    for line in word_list("statement_cues.tsv"):
        word, _, kind = line.partition("\t")
        kinds.setdefault(kind.strip(), []).append(word.strip().lower())
    after = kinds.get("after", [])
    with_nya = [*after, *kinds.get("after-nya", [])]
    short = rf"(?:{_alternation(after)})|(?:{_alternation(with_nya)})nya"
    # right after a quotation a few more bare words are cues: "tanya Marwan", "tutup Suastika"
    quote_only = kinds.get("after-quote", [])
    with_nya += quote_only
    short_after_quote = (rf"(?:{_alternation(after + quote_only)})"
                         rf"|(?:{_alternation(with_nya)})nya")
    passive = _alternation(kinds.get("passive", [])) or "(?!)"
    verb_words = [*kinds.get("verb", []), *kinds.get("verb-clause", [])]
    request_words = [*kinds.get("request", []), *kinds.get("request-clause", [])]
    verbs = _alternation(verb_words) or "(?!)"
    # After a quote: `," kata Edy`, `," ujarnya`, `," demikian disampaikan Edy`, `," Edy
    # menegaskan` (a subject of a few words, then the verb).
    after_pattern = re.compile(
        rf"{SPACE}*[,.]?{SPACE}*(?:"
        rf"(?:(?:demikian|begitu){SPACE}+)?(?P<short>{short_after_quote})(?![\w-])"
        rf"|(?:(?:demikian|begitu|hal{SPACE}+itu|hal{SPACE}+tersebut){SPACE}+)?"
        rf"(?P<passive>{passive})(?:{SPACE}+oleh)?(?![\w-])"
        rf"|(?P<subject>[^\s,.;:!?\"“”][^,.;:!?\"“”\n]{{0,90}}?){SPACE}+(?P<verb>{verbs})"
        rf"(?![\w-])"
        r")",
        re.IGNORECASE,
    )
    # Before a quote: `kata Edy: "`, `Edy mengatakan, "`, `Menurut Edy, "`, `ujarnya: "`.
    before_pattern = re.compile(
        rf"(?:(?<![\w-])(?P<cue>{short}|{verbs}|{_alternation(request_words)}"
        rf"|menurut)(?P<rest>(?:{SPACE}+[^\s\"“”.!?:;,]+){{0,12}}?)|(?P<nya>menurutnya))"
        rf"{SPACE}*(?:,{SPACE}*|:{SPACE}*|{SPACE}+bahwa{SPACE}*|{SPACE}+)$",
        re.IGNORECASE,
    )
    verb_kinds = {word: "verb" for word in verb_words}
    verb_kinds |= {word: "request" for word in request_words}
    verb_kinds |= {word: "according" for word in kinds.get("according", [])}
    # a character trie of the words as written in a sentence and at its start: much faster
    # than an alternation with IGNORECASE, run over every body
    forms = set(verb_kinds) | {word.capitalize() for word in verb_kinds}
    short_forms = set(after) | {word + "nya" for word in with_nya}
    short_forms |= {word.capitalize() for word in short_forms}
    passive_forms = set(kinds.get("passive", []))
    passive_forms |= {word + "nya" for word in passive_forms}
    passive_forms |= {word.capitalize() for word in passive_forms}
    agent_passives = set(kinds.get("agent-passive", []))
    agent_passives |= {word.capitalize() for word in agent_passives}
    every = forms | short_forms | passive_forms | agent_passives
    first_words = {first.group() for form in every if (first := _FIRST_WORD.match(form))}
    return Cues(
        words=re.compile(rf"(?={_first_letters(every)})\b"
                         rf"(?:{trie_expression(char_trie(every), re.escape)})\b(?!-)"),
        verb_forms=frozenset(forms),
        short_forms=frozenset(short_forms),
        passive_forms=frozenset(passive_forms),
        topic_openers=frozenset(kinds.get("topic-opener", [])) | frozenset(
            kinds.get("opener", [])),
        after=after_pattern,
        before=before_pattern,
        verb_kinds=verb_kinds,
        pronouns=frozenset(kinds.get("pronoun", [])),
        person_nouns=frozenset(kinds.get("person-noun", [])),
        unnamed=frozenset(kinds.get("unnamed", [])),
        acts=frozenset(kinds.get("act", [])),
        titles=frozenset(kinds.get("person-noun", [])) | frozenset(kinds.get("title", [])),
        documents=frozenset(kinds.get("document", [])),
        openers=frozenset(kinds.get("opener", [])),
        between=frozenset(kinds.get("between", [])),
        kin=frozenset(kinds.get("kin", [])),
        name_words=frozenset(kinds.get("name-word", [])),
        organisations=frozenset(kinds.get("organisation", [])),
        institution_openers=frozenset(kinds.get("institution-opener", [])),
        institution_closers=frozenset(kinds.get("institution-closer", [])),
        clause_only=frozenset(kinds.get("verb-clause", []) + kinds.get("request-clause", [])),
        predicates=frozenset(kinds.get("predicate", [])),
        root_predicates=frozenset(kinds.get("root-predicate", [])),
        topics=frozenset(kinds.get("topic", [])),
        object_heads=frozenset(kinds.get("object-head", [])),
        quote_only=frozenset(quote_only),
        questions=frozenset(kinds.get("question", [])),
        first_words=frozenset(first_words),
        first_lengths=(min(map(len, first_words), default=1),
                       max(map(len, first_words), default=0)),
        stances=frozenset(kinds.get("stance", [])),
        statement_nouns=frozenset(kinds.get("statement-noun", [])),
        agent_passive_forms=frozenset(agent_passives),
    )

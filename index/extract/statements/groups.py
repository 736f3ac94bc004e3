"""A group the text counts but does not name as a reporting verb's subject ("sejumlah pembuat
kebijakan daerah mengatakan", "para periset mengatakan", "beberapa pedagang pasar menilai"): a
statement kept with no speaker and the group as its role (issue 17), where `speakers._unnamed`
knows only the nouns of statement_cues.tsv (`unnamed`, `person`) right after the quantifier.

The reference's kind is "group": `__init__._resolved` never makes such a statement the one in
view, so a pronoun or a quotation without a cue after it goes to whom it went before.
"""

from __future__ import annotations

from index.extract.statements.reference import Reference

# quantifiers of a group of several: not "seorang", "salah satu" (one person, whom the text may
# name), not "semua"/"seluruh" (often the object of what is said: "seluruh warga diminta")
GROUP_QUANTIFIERS = frozenset({"beberapa", "para", "sejumlah", "sebagian"})
# at most this many words after the quantifier: a noun phrase, not a clause
MAX_WORDS = 5
# an agent noun's shape: "pembuat", "pengemudi", "periset" (not "penelitian", a thing);
# "seniman", "wartawan", "konservasionis", "importir", "investor"
_AGENT_ENDINGS = ("wan", "wati", "man", "is", "ir", "or")
# words that make the phrase a clause or a sentence adverb's, not a group's name
_NOT_NOUNS = frozenset({"yang", "bahwa", "untuk", "agar", "karena", "jika", "ketika", "saat",
                        "dan", "atau", "seperti", "juga", "pun", "tentu", "mungkin", "sudah",
                        "telah", "akan", "tidak", "tak", "masih", "kemudian", "lalu", "pernah"})


def _agent_noun(word: str) -> bool:
    return (word.startswith("pe") and not word.endswith("an") and len(word) > 5) or (
        word.endswith(_AGENT_ENDINGS) and len(word) > 5)


def counted_group(words: list[str], verb_at: int) -> Reference | None:
    """The group `words` (a subject's, openers removed) describe when they open with a
    quantifier of several and an agent noun, lower-case words after it (a place's or a
    country's name may close them: "sejumlah pembuat kebijakan Korsel"); None otherwise."""
    if not 2 <= len(words) <= MAX_WORDS + 1 or words[0].lower() not in GROUP_QUANTIFIERS:
        return None
    rest = [word.strip(",") for word in words[1:]]
    if not (rest[0].islower() and _agent_noun(rest[0])) or any(
            word.lower() in _NOT_NOUNS or not word.isalpha() for word in rest):
        return None
    if any(word[:1].isupper() for word in rest) and not all(
            word[:1].isupper() for word in rest[next(
                at for at, word in enumerate(rest) if word[:1].isupper()):]):
        return None  # capitalised words only at the end: "pembuat kebijakan Korsel"
    return Reference("group", None, " ".join(words), verb_at)

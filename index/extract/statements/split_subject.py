"""A short cue between a sentence's subject and its predicate, with no comma before it:
"Pemerintah lanjut Deni, juga harus menunjukkan ...", "Hal tersebut kata Argo masih menunggu
...", "Pendekatan non yudisial kata Prasetyo dilakukan dengan ...". The whole sentence is the
named speaker's statement, as when commas set the cue off ("Negara, kata Edy, masih ...")."""

from __future__ import annotations

import re

from index.extract.statements.cues import SPACE
from index.extract.statements.quotes import MARK
from index.extract.statements.sentences import sentence_end

# the predicate right after the speaker's name: an auxiliary, a negation, a copula or a passive
_PREDICATE = re.compile(rf",?{SPACE}+(?:juga|akan|tidak|tak|sudah|masih|harus|bisa|dapat|belum"
                        rf"|telah|perlu|merupakan|adalah|menjadi|di[a-z]{{4,}})(?![\w-])")
# "Lebih lanjut Amran juga ...": "furthermore"; "Seperti kata Heraclitus": "as X said"
# a preposition opens an adjunct, no subject: "Dengan nilai kapitalisasi ..., Twitter ..."
_NO_SUBJECT = frozenset({"lebih", "seperti", "sebagaimana", "sesuai", "ia", "dia", "mereka", "kami",
                         "kita", "saya", "dengan", "dalam", "di", "dari", "pada", "untuk", "bagi",
                         "ke", "kepada", "tentang", "terhadap"})
# a verb in the words before the cue makes them a clause, not a subject: "Ia sering
# mengucapkan kata Rudi ...", "kata" a noun there
_ACTIVE_VERB = re.compile(r"(?:me(?:ng|ny|m|n|l|r|w)?|ber)[a-z]{3,}")
MAX_SUBJECT_WORDS = 4


def split_sentence(body: str, sentence_at: int, cue: tuple[int, int], name_end: int,
                   openers: frozenset[str]) -> tuple[int, int] | None:
    """The sentence (start, end without its full stop) when the cue (its start and end) splits
    it after a subject of one to four words and the speaker's name, ending at `name_end` with
    no comma before it, is followed by the predicate; else None."""
    if "," in body[cue[1]:name_end]:
        return None  # "nilai kapitalisasi pasar ..., Twitter": no name right after the cue
    subject = body[sentence_at:cue[0]].split()
    if not 1 <= len(subject) <= MAX_SUBJECT_WORDS or any("," in word for word in subject):
        return None
    first = subject[0].lower()
    if first in _NO_SUBJECT or first in openers or not subject[0][:1].isupper() or any(
            _ACTIVE_VERB.fullmatch(word.lower()) for word in subject):
        return None
    if not _PREDICATE.match(body, name_end):
        return None
    end = sentence_end(body, name_end)
    while end > sentence_at and body[end - 1] in " .!?\n":
        end -= 1
    if MARK.search(body, sentence_at, end):
        return None
    return sentence_at, end

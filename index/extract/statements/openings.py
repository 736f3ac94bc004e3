"""Where a sentence's first words open it, so that a common word capitalised there is no part of
a name glued after it: right after the lead's dateline ("Jakarta, CNN Indonesia - - Nama
Gunawan Maryanto ...") and after a full stop that ends a short word of the language ("... 2017
lalu. Kendati Gianni Infantino ..."), not an abbreviation's ("Capt.", "dr.")."""

from __future__ import annotations

import re

from index.analysis.analyzer import attested_words, stopwords

# A dateline before the lead's first word: "Jakarta, CNN Indonesia - - ", "JAKARTA (Poskota) – "
DATELINE = re.compile(r"[^\n]{0,60}?[ \t\u00a0](?:[-\u2013\u2014][ \t\u00a0]*)+(?=[A-Z])")
_VOWEL = re.compile(r"[aeiou]")


def dateline_end(body: str) -> int:
    """Where the lead starts after a dateline ("Jakarta, CNN Indonesia - - "), else 0."""
    return dateline.end() if (dateline := DATELINE.match(body)) else 0


def ends_a_sentence(word: str) -> bool:
    """Whether a short word before a full stop is a word of the language that ends a sentence
    ("lalu.", "liga.", "itu."), not an abbreviation: written in lower case, three letters or
    more with a vowel among them ("dkk.", "tsb." have none), a word news writes on its own."""
    bare = word.rstrip(".")
    return (len(bare) >= 3 and bare.isalpha() and bare.islower() and bool(_VOWEL.search(bare))
            and (bare in attested_words() or bare in stopwords()))

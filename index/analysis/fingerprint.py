"""Near-duplicate fingerprints: what the search side needs to show copies of one text as one hit.

Syndicated copies of one press release differ in a few words. search/ranking.py folds two
articles only when both of these hold, from what a build stores for every article (``copy_key``):

- their texts (title and body) are near-identical: the 64-bit SimHashes of their word
  2-shingles (``simhash``) differ in a few bits, fewer when the shorter text has few words,
  since a short feed item with a few words changed is another story;
- they state the same facts: the same numbers, capitalised names and regions (``facts``),
  compared through one 64-bit hash of the set (``facts_hash``), so that comparing stays cheap
  on long result lists.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import NamedTuple

from index.analysis import _words
from index.analysis.analyzer import stopwords

_SEED = 0x9E3779B9  # of the hash's low half

_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# A web address is the outlet's, not the story's: "KOMPAS.com", "REPUBLIKA.CO.ID". Found by its
# ending, then read backwards (a pattern that starts at every word costs more than the rest).
_WEB_ENDING = re.compile(r"\.(?:com|net|org|id)\b", re.IGNORECASE)
# A dateline ends at its dash ("JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "KUPANG –") or,
# in capitals, at the first word that is not ("TRIBUNNEWS.COM, JAKARTA Menteri ...").
_DATELINE = re.compile(r"\W*(?:(?:[A-Z]\w*[\s,.()/]*){1,5}?(?:\s[-–—]+|[-–—]+\s)"
                       r"|(?:[A-Z]{2,}\W*){1,4}(?=[A-Z][a-z]))")
# A reporter's credit: "Laporan Wartawan Tribunnews.com, Estu Suryowati" before the dateline,
# "(Estu Suryowati)" after the last sentence.
_CREDIT_FIRST = re.compile(r"\A\s*Laporan\s+(?:Wartawan|Reporter|Koresponden)\s+\S+\s+"
                           r"(?:[A-Z][\w'’-]*\s*){1,4}")
_CREDIT_LAST = re.compile(r"\(\s*(?:[A-Z][\w'’.-]*\s*){1,4}\)\s*$")


def simhash(text: str) -> int:
    """A signed 64-bit SimHash (Whoosh stores signed numbers) of the 2-shingles of the text's
    words (runs of \\w, lowercased; fewer than two padded with empty words): bit i is set when
    more than half of the shingles' 64-bit hashes have bit i set. A shingle's hash is its CRC-32
    (the high half) and its CRC-32 seeded with _SEED (the low half).
    In C: index/analysis/_words.c."""
    return _words.simhash(text.lower(), _SEED)


def distance(a: int, b: int) -> int:
    """Bits that differ between two fingerprints."""
    return ((a ^ b) & (2**64 - 1)).bit_count()


def copy_text(title: str, body: str) -> str:
    """The text two copies are compared on: a feed item's title carries half of its story."""
    return f"{title}\n{body}"


def _without_web_addresses(text: str) -> str:
    """The text with each web address replaced by a full stop (what follows starts anew)."""
    pieces, done = [], 0
    for ending in _WEB_ENDING.finditer(text):
        start = ending.start()
        while start > done and (text[start - 1].isalnum() or text[start - 1] in "._-"):
            start -= 1
        if start < ending.start():
            pieces += [text[done:start], " . "]
            done = ending.end()
    return "".join(pieces) + text[done:] if pieces else text


def _story(text: str, first: bool) -> str:
    """The text without what its outlet adds: web addresses, the reporter's credit and (at the
    start of the body) the dateline, whose end starts a sentence."""
    text = _without_web_addresses(_CREDIT_LAST.sub(" ", _CREDIT_FIRST.sub(" ", text)))
    if first:
        dateline = _DATELINE.match(text)
        if dateline and any(c in dateline.group() for c in ",.-–—"):
            text = "\n" + text[dateline.end():]
    return text


def _is_title_case(title: str) -> bool:
    """Whether a headline capitalises most of its words ("Gempa di NTT: 15 Warga Meninggal")."""
    words = [w for w in _TOKEN.findall(title) if len(w) > 3 and not w.isdigit()]
    return 2 * sum(w[0].isupper() for w in words) > len(words)


def _facts_and_words(title: str, body: str, regions: Iterable[str]) -> tuple[frozenset[str], int]:
    """``facts`` and the number of words (runs of letters or of digits) of the title and body."""
    numbers, acronyms, names, words = _words.fact_words(
        ((_story(body, first=True), True), (_story(title, first=False), not _is_title_case(title))))
    common = stopwords()
    found = {*numbers, *(a.lower() for a in acronyms), *(n for n in names if n not in common),
             *(f"@{region}" for region in regions)}
    return frozenset(found), words


def facts(title: str, body: str, regions: Iterable[str] = ()) -> frozenset[str]:
    """What a text states that a copy must state too, lowercased:

    - every number (a run of digits, without leading zeros: "15.00 WIB" gives 15 and 0);
    - every name: a capitalised word that the text never writes in lowercase and that is not a
      stopword; at the start of a sentence, and anywhere in a Title Case headline, only a word
      with two capitals or more (NTT, BNPB, MotoGP), since any word is capitalised there;
    - the regions, as extracted (index/extract/regions/).

    Web addresses, datelines and reporters' credits are the outlet's and are left out. The words
    are found in C (``_words.fact_words``).
    """
    return _facts_and_words(title, body, regions)[0]


def facts_hash(found: Iterable[str]) -> int:
    """A signed 64-bit hash of a set of facts: equal sets, equal hashes."""
    digest = hashlib.blake2b("\n".join(sorted(found)).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


class CopyKey(NamedTuple):
    """What a build stores of an article so that the search side can tell its copies."""

    fingerprint: int  # simhash of the title and body
    facts: int  # facts_hash of what they state
    words: int  # how many words (runs of letters or of digits) they hold


def copy_key(title: str, body: str, regions: Iterable[str] = ()) -> CopyKey:
    """The copy key of an article's title, body and regions."""
    found, words = _facts_and_words(title, body, regions)
    return CopyKey(simhash(copy_text(title, body)), facts_hash(found), words)

"""A former holder of a national office written in lower case: "percakapan mantan presiden Susilo
Bambang Yudhoyono dengan ...", "orang itu bernama Hwang Min, mantan menteri pertanian".

News writes "presiden", "menteri" and "perdana menteri" in lower case mostly for the office
itself ("para menteri", "calon presiden"), so the lexicon reads them only in Title Case
(titles.tsv has no "lower" flag for them), and an apposition in lower case only up to a proper
noun ("Emmanuel Macron, presiden Prancis"). After "mantan" or "eks" the office is one person's:
here it is read as if in Title Case (the same length), with the portfolio words after it that
the lexicon knows as an office's field ("pertanian", "luar negeri"), and the office mentions of
that text at those places are the former holders. Offices news already writes in lower case
("mantan gubernur Jawa Barat") are the lexicon's own, and not read again here.
"""

from __future__ import annotations

import re

from index.extract.officials.lexicon import SPACE, Lexicon
from index.extract.officials.office_mentions import OfficeMention, mentions

_FORMER = re.compile(
    rf"(?<![\w-])(?:[Mm]antan|[Ee]ks){SPACE}+(?P<office>[a-z]+(?:{SPACE}+[a-z]+){{0,5}})")
_WORD = re.compile(r"[a-z]+")
_REACH = 80  # a holder's name after the office is read within this many characters of it


def former_holders(text: str, lexicon: Lexicon) -> list[OfficeMention]:
    """Former holders named with a national office written in lower case after "mantan" or
    "eks", the role "Mantan ..." as the lexicon writes it."""
    if "antan " not in text and "ks " not in text:
        return []
    spans = [span for match in _FORMER.finditer(text)
             if (span := _office_span(match, lexicon)) is not None]
    if not spans:
        return []
    titled = text
    for _, start, end in spans:
        titled = titled[:start] + titled[start:end].title() + titled[end:]
    ends = {former: end for former, _, end in spans}
    return [mention for mention in mentions(titled, lexicon)
            if mention.start in ends and mention.role.startswith("Mantan ")
            and _holder_beside(text, mention.name, mention.start, ends[mention.start])]


def _holder_beside(text: str, name: str, former: int, end: int) -> bool:
    """Whether `name` is written after the office (its object between) or before "mantan"
    with a comma ("Hwang Min, mantan menteri pertanian"), not run on from the words before it
    ("Biarpun Barack Obama mantan presiden": no comma, the name read takes the conjunction), and
    after it, its first word is not written elsewhere without the rest (an unknown place read
    into the name: "mantan perdana menteri Haiti Laurent Lamothe", Haiti named alone before)."""
    if re.search(rf"{re.escape(name)}{SPACE}*,{SPACE}*$", text[:former]):
        return True  # read as any apposition is; "Hwang" may be written alone after it
    if text.find(name, end, end + _REACH + len(name)) < 0:
        return False
    first, *rest = name.split()
    return not rest or not re.search(
        rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!{SPACE}+{re.escape(rest[0])})", text)


def _office_span(match: re.Match, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """Where "mantan" is, and where the lower-case national office and its known field words
    start and end, or None."""
    words = list(_WORD.finditer(match.string, match.start("office"), match.end("office")))
    first = 1 if len(words) > 1 and words[0].group().title() in lexicon.qualifiers else 0
    head = 0
    for size in range(1, min(3, len(words) - first) + 1):
        phrase = " ".join(w.group().title() for w in words[first:first + size])
        office = lexicon.offices.get(phrase)
        if office is not None and office.national and office.public and (
                phrase.lower() not in lexicon.offices):
            head = first + size
    if not head:
        return None
    end = head
    while end < len(words):
        two = " ".join(w.group().title() for w in words[end:end + 2])
        if end + 1 < len(words) and lexicon.phrases.get(two) == "field":
            end += 2
        elif lexicon.phrases.get(words[end].group().title()) == "field":
            end += 1
        else:
            break
    return match.start(), words[0].start(), words[end - 1].end()

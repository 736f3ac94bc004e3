"""A name whose last syllable is written after a spaced hyphen: "Choe Myong - nam", "Park Geun -
hye", "Kim Jong - un" (Korean given names as IndoSum's tokenised text writes them). Names are
read in capitalised words, so the lower-case syllable after the hyphen is left out and the
speaker comes out as "Choe Myong"; the labelling rule wants the name as the article writes it.
"""

from __future__ import annotations

import re

# "Myong - nam": a short capitalised word, a spaced hyphen, a short lower-case syllable that
# ends the word; common words after a dash ("- yang", "- dan") are no syllable
_SYLLABLE = r"[ \t\u00a0]+-[ \t\u00a0]+(?P<syllable>[a-z]{2,4})(?![\w-])"
_NOT_SYLLABLES = frozenset({"yang", "dan", "di", "ke", "dari", "itu", "ini", "pun", "juga",
                            "atau", "kini", "pada", "saat", "usai", "lalu", "kata", "ujar"})


def with_syllable(form: str, body: str) -> str:
    """The form with the syllable the body writes after it, when every place the body writes
    the form at a word's end has the same one (see the module docstring); else the form."""
    words = form.split()
    if len(words) < 2 or not 2 <= len(words[-1]) <= 5 or not words[-1][:1].isupper() or (
            f"{words[-1]} -" not in body):
        return form  # the look at the text first: most forms have no hyphen after them
    found = {match.group("syllable") for match in re.finditer(
        rf"(?<![\w-]){re.escape(form)}(?:{_SYLLABLE})?(?![\w-])", body)}
    if len(found) != 1 or None in found:
        return form
    syllable = found.pop()
    return form if syllable in _NOT_SYLLABLES else f"{form} - {syllable}"

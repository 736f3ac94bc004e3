"""The gazetteer's written forms as one trie-shaped pattern, and the compiled scan of where one
may be written (index/extract/trie_scan.py), for the regions' reading of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from index.extract.pattern_cache import compile_cached
from index.extract.trie_pattern import char_trie, trie_expression
from index.extract.trie_scan import CASE_AFTER_FIRST, CASE_ANY, SPACES_FORM, TrieScan
from index.gazetteer import gazetteer

# How a character of a normalised form may be written: a space as spaces, a hyphen, ". " or
# nothing at all ("Deli Serdang", "Deli-Serdang", "Deliserdang").
_FORM_CHARS = {" ": r"(?:\.?[ \t\xa0-]+)?", "'": "['’]"}
# A hyphen ends a form only before a lower-case word: "Jakarta Selatan-sebuah", not "Semarang-Demak"
_FORM_END = r"(?![\w'’]|-(?![a-z]))"


@cache
def capitalised_pattern() -> re.Pattern[str]:
    return _forms_pattern("region-forms", gazetteer().written, any_case=False)


@cache
def forms_scan(any_case: bool) -> TrieScan:
    """The gazetteer's forms, capitalised unless any_case: their pattern, and the compiled scan
    of where one may be written (index/extract/trie_scan.py)."""
    if any_case:
        pattern = _forms_pattern("region-forms-any-case", gazetteer().written, any_case=True)
        return TrieScan(pattern, gazetteer().written, CASE_ANY, SPACES_FORM)
    forms = (form[:1].upper() + form[1:] for form in gazetteer().written)
    return TrieScan(capitalised_pattern(), forms, CASE_AFTER_FIRST, SPACES_FORM)


@cache
def _char_pattern(char: str) -> str:
    """A character of a form in a pattern (escaped once, not at every node of the trie)."""
    return _FORM_CHARS.get(char) or re.escape(char)


def _forms_pattern(name: str, forms: Iterable[str], any_case: bool) -> re.Pattern[str]:
    """One regular expression for every form, shaped as a trie so the engine, not Python,
    finds them; at each place it takes the longest form that ends at a word boundary.
    A form starts with a capital letter unless any_case; the rest of it may be in any case.
    Compiled once per machine (index/extract/pattern_cache.py), as ``name``.
    """
    trie = char_trie(forms)
    if any_case:
        return compile_cached(name, f"(?i:{trie_expression(trie, _char_pattern)}){_FORM_END}")
    firsts = [f"{re.escape(char.upper())}(?i:{trie_expression(child, _char_pattern)})"
              for char, child in sorted(trie.items())]
    return compile_cached(name, f"(?:{'|'.join(firsts)}){_FORM_END}")

"""Regular expressions for long lists of names, shaped as a character trie.

A plain alternation of thousands of names makes the engine try each of them at every place in a
text; a trie lets it try only the branches the next character allows. Used by the gazetteer
(index/extract/regions/) and the office and honorific lists
(index/extract/officials/lexicon.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Trie = dict[str, "Trie"]  # "" marks the end of a phrase


def char_trie(phrases: Iterable[str]) -> Trie:
    trie: Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def trie_expression(node: Trie, char_pattern: Callable[[str], str]) -> str:
    """The expression matching any phrase of the trie; ``char_pattern`` writes one character
    (escaped, or a class such as any space)."""
    branches = [char_pattern(char) + trie_expression(child, char_pattern)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body

"""A verb of admitting after which a clause of one or two words says something: "Raphael mengaku
kecewa", "Rodgers mengaku sangat senang", "Purbaya mengaku belum mengetahuinya" (a feeling or
an admission; the dev sets label each one). After other reporting verbs so short an object is
mostly a noun ("menilai pembantunya", "mengatakan hal berbeda"): three words at least, as
before."""

from __future__ import annotations

_SHORT_CLAUSE_VERBS = frozenset({"mengaku", "Mengaku"})


def min_clause_words(cue: str, default: int) -> int:
    """How many words the clause after a reporting verb needs to be a statement."""
    return 1 if cue in _SHORT_CLAUSE_VERBS else default


def short_clause_says(text: str, default: int) -> bool:
    """Whether a clause shorter than the default says something: not a name ("mengaku Omar
    Said" is claiming to be someone)."""
    return len(text.split()) >= default or text[:1].islower()

"""Words one letter apart: a typo or a transliteration of one name ("Yusri", "Yursi")."""

from __future__ import annotations


def one_edit(one: str, other: str) -> bool:
    """One letter more, less or other, or two letters side by side swapped ("Yursi": Yusri)."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    if len(one) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
        if len(differ) == 2 and differ[1] == differ[0] + 1 and (
                one[differ[0]] == other[differ[1]] and one[differ[1]] == other[differ[0]]):
            return True
    if len(one) > len(other):
        one, other = other, one
    at = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), len(one))
    return one[at + (len(one) == len(other)):] == other[at + 1:]

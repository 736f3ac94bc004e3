"""Roots that only look like a prefix and a root: Snowball cuts "berita" to "ita", "terima" to
"ima", "teroris" to "oris", "pesawat" to "sawat", "pemilik" to "pilik" and "bertemu" to "berte".

A stem is put back whole when the word list says the cut was wrong, with no list of the words
themselves: a root is a word that has derived forms of its own in the attested words (a di- or
meN- form, with or without -kan/-i, a root with -an or ke-...-an: "diterima", "menerima",
"diberitakan"). A cut root that has none and is no word ("oris", "sawat") or is a word whose
whole form is a root ("ita" against "berita") gives way to the whole; a cut root that has
derived forms stays ("terlibat" -> "libat", as "melibatkan"; "terbaru" -> "baru"). Likewise a
peN- word that is its own root ("pengaruh", not "aruh", as "mempengaruhi" is "pengaruh"), and a
root's last i, which Snowball takes for the suffix -i ("pegawai", not "gawa").
"""

from __future__ import annotations

from collections.abc import Callable, Container

# Prefixes Snowball strips that are also how roots begin; "ber"/"ter"/"per" before "be"/"pe".
_PREFIXES = ("ber", "ter", "per", "be", "pe")
_SUFFIXES = ("kan", "an", "i")
_R_PREFIXES = ("ber", "ter", "per")
_CLITICS = ("nya", "lah", "kah", "pun")
# Endings Snowball takes for a particle or a possessive wherever a word ends with them.
ROOT_ENDINGS = ("ku", "mu", "nya", "kah", "lah", "pun")
# peN- and the consonant it absorbs before a vowel.
_NASAL_HEADS = {"peng": "k", "pen": "t", "pem": "p", "peny": "s"}
# What may follow a root kept whole: nothing, a suffix, a clitic.
_WHOLE_ENDINGS = frozenset(("", "an", "kan", "i", "nya", "annya", "lah", "kah", "pun"))


# The meN- table (search/nasal_forms.py reads it too): a root's first letter -> the prefix
# before it and whether the letter is absorbed; meng- before a vowel, g, h.
MEN_PREFIXES = {
    "k": ("meng", True), "t": ("men", True), "s": ("meny", True), "p": ("mem", True),
    "d": ("men", False), "c": ("men", False), "j": ("men", False), "z": ("men", False),
    "b": ("mem", False), "f": ("mem", False), "v": ("mem", False),
    **{letter: ("meng", False) for letter in "aiueogh"},
}


def men_form(root: str) -> str:
    """The meN- form of a root: meng- before a vowel, k, g, h (k absorbed), men- before t
    (absorbed), d, c, j, z, meny- before s (absorbed), mem- before b, f, v, p (p absorbed)."""
    prefix, absorbed = MEN_PREFIXES.get(root[0], ("me", False))
    return prefix + (root[1:] if absorbed else root)


def _men_form_is_its_own(root: str, attested: Container[str]) -> bool:
    """Whether the meN- form of a root whose first letter meN- absorbs is not also the meN-
    form of another attested root: "menamakan" is "nama"'s, so it says nothing of "tama"."""
    prefix, absorbed = MEN_PREFIXES.get(root[0], ("me", False))
    if not absorbed:
        return True
    rest = root[1:]
    other = {"meng": rest, "men": "n" + rest, "mem": "m" + rest, "meny": "ny" + rest}[prefix]
    return other not in attested


def is_root(word: str, attested: Container[str]) -> bool:
    """Whether news writes derived forms of ``word``: it is a root of its own."""
    men = men_form(word)
    forms = ("di" + word, "di" + word + "kan", "di" + word + "i", word + "an", "ke" + word + "an")
    if any(form in attested for form in forms):
        return True
    return (any(form in attested for form in (men, men + "kan", men + "i"))
            and _men_form_is_its_own(word, attested))


def has_own_forms(word: str, attested: Container[str]) -> bool:
    """``is_root`` without the meN- forms."""
    forms = ("di" + word, "di" + word + "kan", "di" + word + "i", word + "an",
             "ke" + word + "an")
    return any(form in attested for form in forms)


def ending_kept(word: str, root: str, longer: Callable[[str], str],
                attested: Container[str]) -> str:
    """'pelaku' -> 'pela', 'menikah' -> 'meni': Snowball took a root's last letters for a
    possessive (-ku, -mu, -nya) or a particle (-kah, -lah, -pun). The word with -nya written on
    is stemmed without that mistake (`longer` gives its stem; Snowball takes one possessive):
    its stem is the root when it ends with those letters and is a root, and ``root`` is none
    ("laku", "nikah"; "ditanya": "tanya", not "dita")."""
    if not word.endswith(ROOT_ENDINGS) or is_root(root, attested):
        return root
    whole = longer(word + "nya")
    ending = next(e for e in ROOT_ENDINGS if word.endswith(e))
    if whole != root and whole.endswith(ending) and whole in attested and is_root(whole, attested):
        return whole
    return root


def _without_suffix(word: str, attested: Container[str]) -> str:
    """'terjemahan' -> 'terjemah', 'berikan' -> 'beri': a whole root with the suffix Snowball
    would have taken had it not taken the prefix."""
    for suffix in _SUFFIXES:
        base = word[:-len(suffix)]
        if word.endswith(suffix) and base in attested and is_root(base, attested):
            return base
    return word


def _without_clitic(word: str) -> str:
    for clitic in _CLITICS:
        if word.endswith(clitic):
            return word[:-len(clitic)]
    return word


def _absorbed(consonant: str, root: str, attested: Container[str]) -> bool:
    """Whether peN- absorbed the consonant of a root that is a word ("penerima": terima), as
    the analyzer puts it back."""
    restored = consonant + root
    return root[0] in "aiueo" and (restored in attested or has_own_forms(restored, attested))


def keep_whole(word: str, root: str, attested: Container[str]) -> str:
    """The root of ``word`` when Snowball's ``root`` cut a prefix that belongs to it."""
    if not root or not word[:2].isalpha():
        return root
    start = word.find(root, 2)
    if start >= 2:
        head = word[:start]
        for prefix in _PREFIXES:
            if head.endswith(prefix):
                whole = prefix + root
                if (whole in attested and not is_root(root, attested)
                        and (root not in attested or is_root(whole, attested)
                             or prefix == "per")):
                    return _without_suffix(whole, attested)
                if root not in attested and not is_root(root, attested):
                    # "pegawai" -> "gawa": Snowball took a root's last i for the suffix -i as
                    # well; the word without its clitic is the root ("kepegawaian" is "pegawai"
                    # already)
                    whole = prefix + _without_clitic(word[start:])
                    if whole == prefix + root + "i" and whole in attested:
                        return whole
                return root
        if (head in _NASAL_HEADS and root not in attested and not is_root(root, attested)
                and not _absorbed(_NASAL_HEADS[head], root, attested)):
            # "pengaruh" -> "aruh", "pensiun" -> "siun": peN- read where the word is its root
            # (as "mempengaruhi" -> "pengaruh" above)
            whole = head + root
            if whole in attested and word[len(whole):] in _WHOLE_ENDINGS:
                return whole
    elif word[:3] in ("pem", "mem") and root.startswith("p") and word[3:].startswith(root[1:]):
        # Snowball reads pem-/mem- before a vowel as peN-/meN- + a root in p ("pemakai":
        # pakai); it can be pe-/me- + a root in m ("pemilik", "memiliki": milik; "pemain":
        # main). Their meN- forms are one word, so only the di- and -an forms tell them apart.
        with_m = "m" + root[1:]
        if (with_m in attested and has_own_forms(with_m, attested)
                and not has_own_forms(root, attested)):
            return with_m
        return root
    if (root != word and root[:3] in _R_PREFIXES and root not in attested
            and word[3:] in attested and is_root(word[3:], attested)):
        # "bertemu" -> "berte": Snowball took -mu (-nya, -ku) for a possessive and then kept
        # ber-, the word too short to strip; the root is the word without its prefix
        return word[3:]
    return root

"""What the attested words are worth to the stemmer, checked against a dictionary.

    python -m bench.eval_stems [--attested FILE ...]

Snowball's Indonesian stemmer drops the consonant that meN-/peN- absorb before a vowel
("meningkatkan" -> "ingkat"); the analyzer puts it back when the restored root is an attested
word (index/data/attested_words.txt). For every word of the full-text corpus and the feed items
that starts with meN-/peN- and a vowel, this stems it with each list of attested words (the
shipped one, each FILE given, and none) and counts how often the stem is a headword of
LibreOffice's Indonesian thesaurus (Debian's mythes-id; `make thesaurus` installs it): a
dictionary that none of the lists came from, so it says how often a stem is a real root. It is
a proxy: a wrong root can be a word ("taik" for "menaikkan"), and a right one can be missing.
Also prints how many of those words each list stems differently from the shipped one.

Then the same for the words that start with ke-, which Snowball strips wherever it finds it
("keluarga" -> "luarga"): their stems with the analyzer's rule that puts ke- back when the root
left is no attested word and the root with ke- is one, and without that rule. And the same for
the words that start with ber-/per-/ter-, whose r Snowball takes with the prefix before a root
that starts with r ("perumahan" -> "umah"): with the rule that puts r back when the root left is
no attested word and the root with r is one, and without it.

Then the same for the words that start with be-/te-/pe-/me-/di-/ke-, where Snowball cuts a root
that only begins like a prefix ("berita" -> "ita", "terima" -> "ima", "pemilik" -> "pilik"):
with the analyzer's rule that keeps such a root whole (index/analysis/prefix_roots.py), and
without it; with the tokens of the corpus whose stem the rule changes.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench.extraction import CORPUS, read_drafts
from index.analysis.analyzer import attested_words, iter_words, stem_with, stopwords

THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.dat")
SOURCES = ["detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl", "antara-rss-2026.json"]
NASAL = ("meng", "peng", "men", "pen")
_VOWELS = frozenset("aiueo")


def headwords(path: Path = THESAURUS) -> set[str]:
    if not path.exists():
        raise SystemExit(f"{path} is missing: install Debian's mythes-id (`make thesaurus`)")
    words = set()
    with path.open(encoding="latin-1") as lines:  # the file's first line says ISO-8859-1
        next(lines)
        for line in lines:
            head, _, count = line.strip().partition("|")
            if count.isdigit():  # "abad|1" heads its entry; the meanings follow it
                words.add(head.lower())
    return words


def corpus_words() -> Counter[str]:
    """Lowercase words of the corpus (letters only, no stopwords), with their counts."""
    counts: Counter[str] = Counter()
    stop = stopwords()
    for name in SOURCES:
        for draft in read_drafts(CORPUS / name):
            for match in iter_words(f"{draft.title}\n{draft.body}"):
                word = match.group(0).lower().split("-", 1)[0]
                if word.isalpha() and word not in stop:
                    counts[word] += 1
    return counts


def nasal_words(words: Counter[str]) -> Counter[str]:
    """Those of `words` that start with meN-/peN- and a vowel."""
    return Counter({word: n for word, n in words.items() if any(
        word.startswith(p) and len(word) > len(p) and word[len(p)] in _VOWELS for p in NASAL)})


def ke_words(words: Counter[str]) -> Counter[str]:
    """Those of `words` that start with ke- and are longer than four letters."""
    return Counter({word: n for word, n in words.items()
                    if word.startswith("ke") and len(word) > 4})


def r_words(words: Counter[str]) -> Counter[str]:
    """Those of `words` that start with ber-/per-/ter- and are longer than five letters."""
    return Counter({word: n for word, n in words.items()
                    if word[:3] in ("ber", "per", "ter") and len(word) > 5})


def prefix_words(words: Counter[str]) -> Counter[str]:
    """Those of `words` that start with be-/te-/pe-/me-/di-/ke- and are longer than five
    letters."""
    return Counter({word: n for word, n in words.items()
                    if word[:2] in ("be", "te", "pe", "me", "di", "ke") and len(word) > 5})


def word_file(path: Path) -> frozenset[str]:
    lines = (line.strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attested", type=Path, action="append", default=[],
                        help="another attested_words.txt to compare (may repeat)")
    args = parser.parse_args()
    lists = {"shipped": attested_words()}
    lists.update({str(path): word_file(path) for path in args.attested})
    lists["none"] = frozenset()
    heads = headwords()
    everything = corpus_words()
    words = nasal_words(everything)
    tokens = sum(words.values())
    shipped = {w: stem_with(w, lists["shipped"]) for w in words}
    print(f"{len(words)} words ({tokens} tokens) of the corpus start with meN-/peN- and a vowel\n")
    print(f"{'attested words':40} {'list size':>9} {'stem is a headword':>20} "
          f"{'(tokens)':>9} {'differ from shipped':>20}")
    for name, attested in lists.items():
        stems = {w: stem_with(w, attested) for w in words}
        good = [w for w in words if stems[w] in heads]
        differ = sum(stems[w] != shipped[w] for w in words)
        print(f"{name[-40:]:40} {len(attested):9} {len(good) / len(words):20.3f} "
              f"{sum(words[w] for w in good) / tokens:9.3f} {differ:20}")
    ke = ke_words(everything)
    print_rule(f"{len(ke)} words ({sum(ke.values())} tokens) of the corpus start with ke-", ke,
               {w: stem_with(w, lists["shipped"]) for w in ke},
               {w: stem_with(w, lists["shipped"], False) for w in ke},
               ("ke- put back (shipped)", "Snowball's ke- stripping"), heads, top=15)
    prefixed = r_words(everything)
    print_rule(f"{len(prefixed)} words ({sum(prefixed.values())} tokens) of the corpus start "
               "with ber-/per-/ter-", prefixed,
               {w: stem_with(w, lists["shipped"]) for w in prefixed},
               {w: stem_with(w, lists["shipped"], keep_r=False) for w in prefixed},
               ("r put back (shipped)", "Snowball's r taken"), heads, top=20)
    whole = prefix_words(everything)
    print_rule(f"{len(whole)} words ({sum(whole.values())} tokens) of the corpus start with "
               "be-/te-/pe-/me-/di-/ke-", whole,
               {w: stem_with(w, lists["shipped"]) for w in whole},
               {w: stem_with(w, lists["shipped"], whole_roots=False) for w in whole},
               ("whole roots kept (shipped)", "Snowball's cut"), heads, top=30)


def print_rule(title: str, words: Counter, kept: dict[str, str], snowball: dict[str, str],
               names: tuple[str, str], heads: set[str], top: int) -> None:
    """A stemming rule's table: the share of stems that are headwords with the rule (shipped)
    and with Snowball alone, and the most frequent words the rule changes."""
    tokens = sum(words.values())
    print(f"\n{title}\n")
    print(f"{'shipped attested words':40} {'stem is a headword':>20} {'(tokens)':>9} "
          f"{'stems changed':>14}")
    for name, stems in zip(names, (kept, snowball), strict=True):
        good = [w for w in words if stems[w] in heads]
        changed = sum(stems[w] != kept[w] for w in words)
        print(f"{name:40} {len(good) / len(words):20.3f} "
              f"{sum(words[w] for w in good) / tokens:9.3f} {changed:14}")
    differing = sorted((w for w in words if snowball[w] != kept[w]), key=lambda w: -words[w])
    print(f"tokens whose stem the rule changes: {sum(words[w] for w in differing)}")
    print("most frequent words the rule changes: " + ", ".join(
        f"{w} ({snowball[w]} -> {kept[w]})" for w in differing[:top]))

if __name__ == "__main__":
    main()

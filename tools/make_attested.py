"""Write index/data/attested_words.txt: words that real news uses on their own.

Snowball's Indonesian stemmer drops the consonant that meN-/peN- absorb before a vowel
("meningkatkan" -> "ingkat", "mengatakan" -> "ata"). The analyzer puts it back ("tingkat", "kata")
when news writes the restored root on its own: this list is that evidence. It holds only words
seen at least MIN_COUNT times, no text.

    python tools/make_attested.py [CORPUS_DIR]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from index.analysis.analyzer import iter_words, stopwords  # noqa: E402
from index.sources.drafts import Draft  # noqa: E402
from index.sources.files import read_source  # noqa: E402

MIN_COUNT = 3
SOURCES = ["detik-2025.csv", "berita-2015-08-25.csv", "indosum-dev.jsonl"]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    counts: Counter[str] = Counter()
    for name in SOURCES:
        for draft in read_source(str(corpus / name)):
            if isinstance(draft, Draft):
                for match in iter_words(f"{draft.title}\n{draft.body}"):
                    word = match.group(0).lower().split("-", 1)[0]
                    if word.isalpha() and len(word) > 2:
                        counts[word] += 1
    kept = sorted(w for w, count in counts.items() if count >= MIN_COUNT and w not in stopwords())
    target = ROOT / "index" / "data" / "attested_words.txt"
    header = ("# Words seen on their own in real Indonesian news (tools/make_attested.py), the\n"
              "# evidence the analyzer checks stems against. One word a line; add your own.\n")
    target.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} words written to {target}")


if __name__ == "__main__":
    main()

"""How well saved HTML article pages are read: Kabar's reader against trafilatura as it comes.

Run: ``python -m bench.eval_html``. Scores every page of ``../shared/corpus/html`` against the
hand-made truth in ``tests/fixtures/html_labels.json``, for trafilatura alone (as it comes and
with each of its precision/recall options) and for ``index.sources.html_page.read_html_page``:

- headline: the displayed headline, exactly (spaces aside);
- date: the publication day;
- first / last: the article's first and last body sentences are in the body;
- clean: none of the page's furniture strings (captions, "Baca juga" titles, author lines…) is.

Body comparisons ignore case, spacing and the kind of quote or dash, so that a cleaner that
normalises "“" to '"' or splits a glued "Pol.Ronny" is not punished for it.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_HTML = ROOT.parent / "shared" / "corpus" / "html"
LABELS = ROOT / "tests" / "fixtures" / "html_labels.json"
CHECKS = ("headline", "date", "first", "last", "clean")

_SAME_CHARACTER = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
    "–": "-", "—": "-", "−": "-",
})
_SPACE = re.compile(r"\s+")


@dataclass
class Reading:
    """What a reader made of one page, reduced to what is scored."""

    title: str
    published: date | None
    body: str


def comparable(text: str) -> str:
    """Text for containment checks: entities decoded, one kind of quote and dash, no spaces."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_SAME_CHARACTER)
    return _SPACE.sub("", text.lower())


def same_headline(found: str, expected: str) -> bool:
    def tidy(text: str) -> str:
        return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()

    return tidy(found) == tidy(expected)


def load_labels() -> list[dict]:
    if not CORPUS_HTML.is_dir():
        raise FileNotFoundError(f"the saved HTML pages are missing: {CORPUS_HTML}")
    return json.loads(LABELS.read_text(encoding="utf-8"))


def page_checks(reading: Reading, label: dict) -> dict[str, bool]:
    body = comparable(reading.body)
    return {
        "headline": same_headline(reading.title, label["title"]),
        "date": reading.published is not None
        and reading.published.isoformat() == label["published"][:10],
        "first": comparable(label["first_sentence_start"]) in body,
        "last": comparable(label["last_sentence_end"]) in body,
        "clean": not any(comparable(piece) in body for piece in label["furniture"]),
    }


def evaluate(read: Callable[[bytes, str], Reading], labels: list[dict]) -> dict:
    """Scores (share of pages passing each check), failures per check, and pages per second."""
    pages = [(label, (CORPUS_HTML / label["file"]).read_bytes()) for label in labels]
    failures: dict[str, list[str]] = {check: [] for check in CHECKS}
    read(pages[0][1], "")  # imports and one-time set-up are not reading speed
    started = time.perf_counter()
    readings = [read(raw, label.get("url", "")) for label, raw in pages]
    elapsed = time.perf_counter() - started
    for (label, _), reading in zip(pages, readings, strict=True):
        for check, passed in page_checks(reading, label).items():
            if not passed:
                failures[check].append(label["file"])
    scores = {check: 1 - len(failures[check]) / len(pages) for check in CHECKS}
    return {"scores": scores, "failures": failures, "pages_per_second": len(pages) / elapsed}


def read_with_kabar(raw: bytes, url_hint: str) -> Reading:
    from index.sources.html_page import read_html_page

    page = read_html_page(raw, url_hint=url_hint)
    published = page["published"]
    return Reading(page["title"], published.date() if published else None, page["body"])


def trafilatura_reader(**options: bool) -> Callable[[bytes, str], Reading]:
    """trafilatura 2.3 alone, as it comes or with one of its own options."""
    import trafilatura

    def read(raw: bytes, url_hint: str) -> Reading:
        document = trafilatura.bare_extraction(raw, url=url_hint or None, with_metadata=True,
                                               **options)
        if document is None:
            return Reading("", None, "")
        published = None
        if document.date:
            published = datetime.strptime(document.date[:10], "%Y-%m-%d").date()
        return Reading(document.title or "", published, document.text or "")

    return read


def main() -> int:
    labels = load_labels()
    results = {
        "trafilatura 2.3 as it comes": evaluate(trafilatura_reader(), labels),
        "  with favor_precision": evaluate(trafilatura_reader(favor_precision=True), labels),
        "  with favor_recall": evaluate(trafilatura_reader(favor_recall=True), labels),
        "kabar read_html_page": evaluate(read_with_kabar, labels),
    }
    print(f"{len(labels)} saved pages from {CORPUS_HTML}")
    print(f"{'reader':<30}" + "".join(f"{c:>10}" for c in CHECKS) + f"{'pages/s':>10}")
    for name, result in results.items():
        row = "".join(f"{result['scores'][c]:>10.2f}" for c in CHECKS)
        print(f"{name:<30}{row}{result['pages_per_second']:>10.1f}")
    print("\nkabar's misses:")
    for check, files in results["kabar read_html_page"]["failures"].items():
        if files:
            print(f"  {check}: {', '.join(files)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

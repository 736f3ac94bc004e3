"""The daily clipping at scale: five saved searches, the 24 hours up to the index's newest
article, gathered, laid out and printed as a PDF by WeasyPrint.

    python -m bench.kliping [--scale 1|10] [--repeat 3] [--fresh]

The target (issue 20): the 24-hour clipping at 58k articles (--scale 10) in at most 10 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from bench.common import build_kabar_index, median_p95

SEARCHES = [("banjir", "banjir"), ("korupsi", "korupsi"), ("inflasi", "inflasi"),
            ("presiden", "presiden"), ("pemerintah daerah", "pemerintah daerah")]
TARGET_SECONDS = 10.0


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--fresh", action="store_true", help="rebuild the index")
    args = options.parse_args()

    from search.clipping import JAKARTA
    from search.saved import SavedSearch
    from webui import create_app
    from webui.kliping import write_clipping

    folder, _ = build_kabar_index(args.scale, fresh=args.fresh)
    app = create_app({"KABAR_INDEX": str(folder)})
    with app.app_context():
        from webui.engine import engine

        newest = engine().newest_date()
        articles = engine().stats()["articles"]
    until = datetime.combine(newest, datetime.max.time(), JAKARTA).replace(microsecond=0)
    since = until - timedelta(hours=24)
    searches = [SavedSearch(name, query) for name, query in SEARCHES]
    seconds, listed, size = [], 0, 0
    with tempfile.TemporaryDirectory() as folder_out:
        out = Path(folder_out) / "kliping.pdf"
        for _ in range(args.repeat):
            started = time.perf_counter()
            listed = write_clipping(app, searches, since, out, until)
            seconds.append(time.perf_counter() - started)
            size = out.stat().st_size
    median, _ = median_p95(seconds)
    verdict = "ok" if max(seconds) <= TARGET_SECONDS else "OVER TARGET"
    print(f"24-hour clipping, {len(searches)} saved searches, {articles:,} articles, "
          f"{since.isoformat()} to {until.isoformat()}: {listed} articles listed, "
          f"PDF {size / 1024:.0f} KB")
    print(f"  median {median:.2f} s, slowest {max(seconds):.2f} s over {len(seconds)} runs "
          f"(target <= {TARGET_SECONDS:.0f} s: {verdict})")


if __name__ == "__main__":
    main()

"""Regenerate the generated files of index/data, or check that the committed ones are current.

    python tools/make_data.py            write them into index/data (``make data``)
    python tools/make_data.py --check    write them into a temporary folder and compare: exit 1,
                                         with a summary of the differences, when a committed
                                         file is not what its generator writes (``make check-data``)
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import make_attested
import make_gazetteer
import make_region_words
import make_small_places

DATA = Path(__file__).resolve().parents[1] / "index" / "data"
GENERATORS: list[Callable[[Path], Path]] = [
    make_gazetteer.write, make_attested.write, make_small_places.write, make_region_words.write,
]
SHOWN_LINES = 20  # of each file's diff


def differences(committed: Path, generated: Path) -> list[str]:
    """A summary of how a committed file differs from the generated one; empty when equal."""
    name = committed.relative_to(DATA.parents[1])
    if committed.exists() and committed.read_bytes() == generated.read_bytes():
        return []
    old = committed.read_text("utf-8").splitlines() if committed.exists() else []
    diff = list(difflib.unified_diff(old, generated.read_text("utf-8").splitlines(),
                                     f"committed {name}", f"generated {name}", lineterm="", n=0))
    if not diff:
        return [f"{name}: differs in its line endings or final newline"]
    removed = sum(line.startswith("-") and not line.startswith("---") for line in diff)
    added = sum(line.startswith("+") and not line.startswith("+++") for line in diff)
    summary = [f"{name}: {removed} line(s) would go, {added} would come", *diff[:SHOWN_LINES]]
    if len(diff) > SHOWN_LINES:
        summary.append(f"... ({len(diff) - SHOWN_LINES} more lines of diff)")
    return summary


def check() -> int:
    with tempfile.TemporaryDirectory(prefix="kabar-data-") as folder:
        report = []
        for write in GENERATORS:
            generated = write(Path(folder))
            report += differences(DATA / generated.name, generated)
    if report:
        print("\n".join(report), file=sys.stderr)
        print("The generated files in index/data are not what their generators write now: run "
              "`make data` and commit the result (or find what changed the generator's input).",
              file=sys.stderr)
        return 1
    print(f"index/data: {len(GENERATORS)} generated files are current")
    return 0


def main() -> int:
    try:
        if sys.argv[1:] == ["--check"]:
            return check()
        if sys.argv[1:]:
            print(__doc__, file=sys.stderr)
            return 2
        for write in GENERATORS:
            print(f"wrote {write(DATA)}")
    except (OSError, ValueError) as error:
        print(f"make_data: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

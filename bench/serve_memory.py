"""Where a server's memory goes: `kabar serve`'s resident memory split by kind, after the
queries of bench/search.py, and (with --tracemalloc) Python's largest allocations.

    python -m bench.serve_memory [--scale 1|10|100] [--tracemalloc]

Resident memory (RSS) counts the anonymous pages a process wrote (Python objects, numpy arrays:
its own) and the pages of mapped files it touched (the interpreter and libraries, memory-mapped
files: the operating system may drop and re-read them). /proc/PID/smaps says which is which.
--tracemalloc runs the same queries through the web app in this process (Flask's test client,
the real engine and index) and lists the lines that hold the most memory at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

from bench.common import build_kabar_index, running_server
from bench.search import QUERIES

_MAPPING = re.compile(r"^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$")


def smaps_summary(pid: int) -> dict:
    """{"rss", "anonymous", "file", "peak"} in MB, and "by_mapping": RSS MB per kind of mapping
    (a library's or file's name, [heap], [anon] ...), largest first."""
    rollup = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        rollup[name] = int(value.split()[0]) / 1024
    by_mapping: dict[str, float] = defaultdict(float)
    current = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        found = _MAPPING.match(line)
        if found:
            current = _kind(found.group(1))
        elif line.startswith("Rss:"):
            by_mapping[current] += int(line.split()[1]) / 1024
    status = Path(f"/proc/{pid}/status").read_text()
    peak = int(next(line.split()[1] for line in status.splitlines()
                    if line.startswith("VmHWM"))) / 1024
    return {"rss": rollup["Rss"], "anonymous": rollup["Anonymous"],
            "file": rollup["Rss"] - rollup["Anonymous"], "peak": peak,
            "by_mapping": sorted(by_mapping.items(), key=lambda item: -item[1])}


def _kind(name: str) -> str:
    if not name:
        return "[anon]"
    if name.startswith("["):
        return name
    path = Path(name)
    if ".so" in path.name:
        return "shared libraries"
    return path.suffix or path.name


def serve_and_summarise(folder: Path) -> dict:
    with running_server(folder) as (pid, base):
        opened = smaps_summary(pid)
        for query in QUERIES * 2:
            urllib.request.urlopen(base + urllib.parse.quote(query), timeout=60).read()
        return {"after open and one query": opened, "after the queries": smaps_summary(pid)}


def traced(folder: Path, top: int = 25) -> None:
    import tracemalloc

    from webui import create_app

    tracemalloc.start(8)
    client = create_app({"KABAR_INDEX": str(folder)}).test_client()
    client.get("/api/search?q=x")
    for query in QUERIES * 2:
        client.get("/api/search?q=" + urllib.parse.quote(query))
    snapshot = tracemalloc.take_snapshot()
    total = sum(stat.size for stat in snapshot.statistics("filename"))
    print(f"\ntracemalloc: {total / 2**20:.1f} MB held by Python allocations; largest by line:")
    for stat in snapshot.statistics("lineno")[:top]:
        frame = stat.traceback[0]
        print(f"{stat.size / 2**20:8.1f} MB {stat.count:9d} blocks  "
              f"{os.path.relpath(frame.filename)}:{frame.lineno}")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--scale", type=int, default=1)
    options.add_argument("--tracemalloc", action="store_true")
    args = options.parse_args()
    folder, _ = build_kabar_index(args.scale)
    for moment, summary in serve_and_summarise(folder).items():
        print(f"kabar serve, {moment}: RSS {summary['rss']:.0f} MB = anonymous "
              f"{summary['anonymous']:.0f} + file-backed {summary['file']:.0f}; "
              f"peak {summary['peak']:.0f} MB")
        for kind, mb in summary["by_mapping"][:8]:
            print(f"    {mb:8.1f} MB  {kind}")
    if args.tracemalloc:
        traced(folder)


if __name__ == "__main__":
    main()

"""Keep an index in step with a folder (watchdog) and a list of feeds (polled), beside the server.

A file is read once it has been quiet for ``SETTLE`` seconds, so a burst of writes (an editor's
save, a large export copied in) is read once, whole. What happens to a path is decided by what is
on disk when it settles, whatever the events were: a file is (re)read, a folder is read whole, a
path that is gone takes its articles (or those of every file under it) out of the index. A move is
both. Each batch is one commit, so the server sees it whole within a fraction of a second.

At start, a first pass reads the whole folder (unchanged articles are skipped by their hash) and
drops the articles of files deleted while nothing was watching.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from index.errors import IndexBusy, IndexMissing, KabarIndexError
from index.sources.drafts import ReadResult
from index.sources.feeds import read_feed_list
from index.sources.fetch import fetch_feed
from index.sources.files import iter_files, read_file
from index.sources.kinds import READABLE_SUFFIXES
from index.store import writer
from index.store.feed_state import load_feed_state, save_feed_state
from index.store.generations import DEFAULT_LOCK_TIMEOUT, current_generation

SETTLE = 1.0  # seconds a path must stay quiet before it is read
TICK = 0.2  # seconds between looks at the settled paths
IGNORED_EVENTS = {"opened", "closed_no_write"}
# A folder's own "modified" event only says that something in it changed, which its files report
# themselves; reading the whole folder on it would re-read a large archive at every new file.
FOLDER_EVENTS = {"created", "deleted", "moved"}
Log = Callable[[str], None]


class PendingPaths:
    """Paths with recent events, and when the last one came (shared with watchdog's thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_event: dict[str, float] = {}

    def touch(self, path: str) -> None:
        with self._lock:
            self._last_event[path] = time.monotonic()

    def settled(self, quiet: float) -> list[str]:
        """Take the paths that have had no event for ``quiet`` seconds."""
        now = time.monotonic()
        with self._lock:
            ready = [p for p, t in self._last_event.items() if now - t >= quiet]
            for path in ready:
                del self._last_event[path]
        return sorted(ready)


class FolderEvents(FileSystemEventHandler):
    """Notes the paths in the folder that may hold articles whenever something happens to them."""

    def __init__(self, folder: Path, pending: PendingPaths, index_dir: Path) -> None:
        self.folder = folder
        self.pending = pending
        self.index_dir = index_dir  # an index kept inside the folder is not news

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in IGNORED_EVENTS:
            return
        if event.is_directory and event.event_type not in FOLDER_EVENTS:
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        for path in paths:
            path = os.fsdecode(path)
            if path and self._may_hold_articles(path, event.is_directory):
                self.pending.touch(path)

    def _may_hold_articles(self, path: str, is_directory: bool) -> bool:
        try:
            relative = Path(path).relative_to(self.folder)
        except ValueError:
            return False
        if not relative.parts or any(part.startswith(".") for part in relative.parts):
            return False
        if Path(path).is_relative_to(self.index_dir):
            return False
        return is_directory or Path(path).suffix.lower() in READABLE_SUFFIXES


class Watcher:
    """``kabar index watch``: call ``run(stop)``; it returns once ``stop`` is set."""

    def __init__(self, folder: Path, index_dir: Path, *, feeds_file: Path | None = None,
                 interval: float = 300.0, wait: float = DEFAULT_LOCK_TIMEOUT,
                 follow_links: bool = False, log: Log = print) -> None:
        self.folder = Path(os.path.abspath(folder))
        self.index_dir = Path(os.path.abspath(index_dir))
        self.feeds_file = feeds_file
        self.interval = interval
        self.wait = wait
        self.follow_links = follow_links
        self._log = log
        self.pending = PendingPaths()

    def log(self, message: str) -> None:
        self._log(f"{time.strftime('%H:%M:%S')} {message}")

    def run(self, stop: threading.Event) -> None:
        observer = Observer()
        observer.schedule(FolderEvents(self.folder, self.pending, self.index_dir),
                          str(self.folder), recursive=True)
        observer.start()  # before the first pass, so that nothing written during it is missed
        feeds = None
        try:
            while not self.first_pass():
                if stop.wait(SETTLE):
                    return
            if self.feeds_file is not None:
                feeds = threading.Thread(target=self.poll_feeds, args=(stop,),
                                         name="kabar-feeds")
                feeds.start()
            self.log(f"watching {self.folder}" + (f" and the feeds in {self.feeds_file} every "
                                                  f"{self.interval:g} s" if feeds else ""))
            while not stop.wait(TICK):
                paths = self.pending.settled(SETTLE)
                if paths:
                    self.sync(paths)
        finally:
            stop.set()
            observer.stop()
            observer.join()
            if feeds is not None:
                feeds.join()
            self.log("stopped")

    def first_pass(self) -> bool:
        """Index what is in the folder already; forget files deleted while nobody watched.

        False when another writer kept the index busy (try again).
        """
        try:
            gone = [o for o in writer.origins_under(self.folder, self.index_dir)
                    if not os.path.lexists(o)]
        except IndexMissing:
            gone = None
        try:
            if gone is None:
                self.log(f"no index at {self.index_dir} yet: building it from {self.folder}")
                report = writer.build([str(self.folder)], self.index_dir,
                                      follow_links=self.follow_links, wait=self.wait)
                self._log_report("first pass", report)
            else:
                self._write("first pass", self._read_files(self._files_under(self.folder)),
                            gone=gone)
        except IndexBusy as error:
            self.log(f"first pass: {error}; will try again")
            return False
        return True

    def sync(self, paths: list[str]) -> None:
        """Bring the index in line with what these paths hold now."""
        files: list[Path] = []
        gone: list[str] = []
        for name in paths:
            path = Path(name)
            if path.is_symlink() and not self.follow_links:
                gone.append(name)
            elif path.is_dir():
                files.extend(self._files_under(path))
            elif path.is_file():
                if time.time() - path.stat().st_mtime < SETTLE:
                    self.pending.touch(name)  # still being written, without events (mmap)
                    continue
                files.append(path)
            else:
                gone.append(name)
        if not files and not gone:
            return
        try:
            self._write(self._describe(paths), self._read_files(files), gone=gone)
        except IndexBusy as error:
            self.log(f"{self._describe(paths)}: {error}; will try again")
            for path in paths:
                self.pending.touch(path)

    def _files_under(self, folder: Path) -> list[Path]:
        return [f for f in iter_files(folder, self.follow_links)
                if not f.is_relative_to(self.index_dir)]

    def _read_files(self, files: Iterable[Path]) -> Iterator[ReadResult]:
        for path in files:
            # the name a folder read gives the file (read_source), so that its records are named
            # as after 'kabar index add FOLDER' (the articles' ids do not depend on it)
            yield from read_file(path, str(Path(self.folder.name) / path.relative_to(self.folder)))

    def _describe(self, paths: list[str]) -> str:
        shown = [os.path.relpath(p, self.folder) for p in paths[:3]]
        more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
        return ", ".join(shown) + more

    def _write(self, what: str, results: Iterable[ReadResult], *, gone: list[str],
               prune: bool = True) -> writer.WriteReport | None:
        """One commit, logged; None when it failed. IndexBusy is the caller's to retry."""
        try:
            report = writer.add_results(results, self.index_dir, wait=self.wait, prune=prune,
                                        forget=gone)
        except IndexBusy:
            raise
        except (KabarIndexError, OSError) as error:
            self.log(f"{what}: failed: {error}")
            return None
        self._log_report(what, report)
        return report

    def _log_report(self, what: str, report: writer.WriteReport) -> None:
        removed = f", removed {report.removed}" if report.removed else ""
        self.log(f"{what}: {report.summary()}{removed}")
        for skip in report.skips:
            self.log(f"  skipped: {skip}")
        for failure in report.failures:
            self.log(f"  failed: {failure}")

    def poll_feeds(self, stop: threading.Event) -> None:
        """Fetch every feed of the list each interval until ``stop`` is set."""
        assert self.feeds_file is not None
        while not stop.is_set():
            try:
                urls = read_feed_list(self.feeds_file)
            except OSError as error:
                self.log(f"cannot read the feed list {self.feeds_file}: {error}")
                urls = []
            for url in urls:
                if stop.is_set():
                    break
                try:
                    self.poll_feed(url)
                except Exception as error:  # one bad feed must not stop the polling of all
                    self.log(f"feed {url}: failed: {error!r}")
            stop.wait(self.interval)

    def poll_feed(self, url: str) -> None:
        state = load_feed_state(self.index_dir)
        try:
            generation = current_generation(self.index_dir).name
        except IndexMissing:
            generation = ""
        known = state.get(url, {})
        # after a rebuild the feed's items may be gone from the index: fetch it whole again
        validators = known if known.get("generation") == generation else {}
        fetched = fetch_feed(url, validators)
        if fetched.status == 304:
            return
        if fetched.status != 200:
            for failure in fetched.results:
                self.log(f"feed {failure}")
            return
        try:
            # a feed rolls: items that left it stay in the index, so no pruning
            report = self._write(f"feed {url}", fetched.results, gone=[], prune=False)
        except IndexBusy as error:
            self.log(f"feed {url}: {error}; will try again at the next poll")
            return
        if report is not None:
            state = load_feed_state(self.index_dir)
            state[url] = {**fetched.validators, "generation": generation}
            save_feed_state(self.index_dir, state)

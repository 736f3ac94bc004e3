"""The ``kabar`` command: index articles, search them, show one, serve the web UI.

Exit status: 0 when all went well (files that are not article exports are skipped, named on stderr,
and leave it 0), 1 when something failed (files that could not be read, an index that cannot be
opened), 2 for a usage error.
"""

from __future__ import annotations

import csv
import gc
import html
import itertools
import json
import re
import signal
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import click

from index.data_files import DataFileError, check_user_files
from index.errors import KabarIndexError

if TYPE_CHECKING:
    from index.store.writer import WriteReport

# Each command imports what it needs when it runs (the writer, the search engine, Flask,
# watchdog): a newsroom script that runs `kabar index add` for one article pays for the writer's
# imports only.

DEFAULT_INDEX = "kabar-index"
_MARK = re.compile(r"</?mark>")

index_option = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path),
    envvar="KABAR_INDEX", default=DEFAULT_INDEX, show_default=True,
    help="Index folder (or set KABAR_INDEX).")
wait_option = click.option(
    "--wait", type=click.FloatRange(0, 3600), default=60.0, show_default=True,
    help="Seconds to wait for another process that is writing to the index.")
# the engine's own bounds (search/deadline.py), said here so that click refuses the rest
seconds_option = click.option(
    "--search-seconds", type=click.FloatRange(0.05, 600), envvar="KABAR_SEARCH_SECONDS",
    default=3.0, show_default=True,
    help="Time limit of one search, every part included; past it the response is plainer "
         "and says so (or set KABAR_SEARCH_SECONDS).")
links_option = click.option(
    "--follow-links", is_flag=True, help="Also read symbolic links (skipped by default).")


def _fail(message: str) -> None:
    click.echo(f"kabar: {message}", err=True)
    sys.exit(1)


def _print_report(report: WriteReport) -> None:
    """The counts, then each skipped and failed file or record on stderr. Exit status 1 when
    something failed or nothing could be read; files only skipped (not article exports) leave
    it 0."""
    click.echo(report.summary())
    for skip in report.skips:
        click.echo(f"  skipped: {skip}", err=True)
    for failure in report.failures:
        click.echo(f"  failed: {failure}", err=True)
    if report.kept_previous:
        click.echo("kabar: no article could be read; the index was left as it was", err=True)
    if report.failed or report.kept_previous:
        sys.exit(1)


class _Progress:
    """Progress of a long run on stderr: a bar with rate and ETA on a terminal, otherwise a plain
    line every PLAIN_EVERY articles. Without a known total (feed URLs) the bar shows the rate."""

    PLAIN_EVERY = 1000

    def __init__(self, label: str, total: int | None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.started = time.monotonic()
        self.bar = None
        if sys.stderr.isatty():
            self.bar = click.progressbar(
                itertools.repeat(None) if total is None else None, length=total, label=label,
                file=sys.stderr, show_pos=True, show_eta=total is not None,
                item_show_func=lambda rate: rate, update_min_steps=1)

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
        return self

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.started, 1e-6)

    def __call__(self, step: int) -> None:
        self.done += step
        if self.bar is not None:
            if self.total is not None and self.bar.pos + step > self.total:
                self.bar.length = self.bar.pos + step  # the cheap count was short
            self.bar.update(step, f"{self.rate():.0f}/s")
        elif self.done % self.PLAIN_EVERY == 0:
            of_total = f" of {self.total}" if self.total else ""
            left = ""
            if self.total and self.total > self.done:
                left = f", about {(self.total - self.done) / self.rate():.0f} s left"
            click.echo(f"{self.label}: {self.done}{of_total} ({self.rate():.0f}/s{left})",
                       err=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _progress(label: str, sources: tuple[str, ...], follow_links: bool) -> _Progress:
    from index.store.writer import count_records

    # counting first costs a read of the files without extraction: a few percent of the run
    return _Progress(label, count_records(sources, follow_links))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Kabar: search Indonesian government and regional news.

    Your own word lists: files named as those of index/data, in $KABAR_DATA (else
    $XDG_CONFIG_HOME/kabar, else ~/.config/kabar), add to Kabar's (see index/data/README.md).
    """
    try:
        check_user_files()
    except DataFileError as error:
        _fail(str(error))
    try:  # every command reads or writes an index: a Whoosh it cannot work with stops here
        import index.store.whoosh_internals  # noqa: F401
    except ImportError as error:
        _fail(str(error))


@main.group("index")
def index_group() -> None:
    """Build and update the search index."""


def _write_sources(write, label: str, sources: tuple[str, ...], index_dir: Path, wait: float,
                   follow_links: bool) -> None:
    """Run a writer (build or add) over the sources with progress, then print its report."""
    try:
        with _progress(label, sources, follow_links) as progress:
            report = write(sources, index_dir, progress=progress, follow_links=follow_links,
                           wait=wait)
    except KabarIndexError as error:
        _fail(str(error))
    _print_report(report)


@index_group.command("build")
@click.argument("sources", nargs=-1, required=True)
@index_option
@wait_option
@links_option
@click.option(
    "--workers", type=click.IntRange(1, 1024), envvar="KABAR_BUILD_WORKERS",
    help="Processes that read, extract and write the articles (or set KABAR_BUILD_WORKERS); "
         "default: one per core this process may run on.")
def index_build(sources: tuple[str, ...], index_dir: Path, wait: float,
                follow_links: bool, workers: int | None) -> None:
    """Build a fresh index from SOURCES (files, folders, feed URLs) and swap it in atomically.

    The old index keeps answering searches until the new one is complete.
    """
    from index.store.writer import build

    _write_sources(partial(build, workers=workers), "indexing", sources, index_dir, wait,
                   follow_links)


@index_group.command("add")
@click.argument("sources", nargs=-1, required=True)
@index_option
@wait_option
@links_option
def index_add(sources: tuple[str, ...], index_dir: Path, wait: float, follow_links: bool) -> None:
    """Add new and changed articles from SOURCES; unchanged ones are skipped.

    A file given again replaces the articles without a URL that it held (docs/cli.md).
    """
    from index.store.writer import add

    _write_sources(add, "adding", sources, index_dir, wait, follow_links)


@index_group.command("remove")
@click.argument("ids", nargs=-1, required=True)
@index_option
@wait_option
def index_remove(ids: tuple[str, ...], index_dir: Path, wait: float) -> None:
    """Remove articles by id."""
    from index.store.writer import remove

    try:
        removed, missing = remove(ids, index_dir, wait=wait)
    except KabarIndexError as error:
        _fail(str(error))
    click.echo(f"removed {removed}, not found {len(missing)}")
    for article_id in missing:
        click.echo(f"  not found: {article_id}", err=True)
    if missing:
        sys.exit(1)


@index_group.command("watch")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--feeds", "feeds_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A text file of feed URLs, one a line, polled every --interval seconds "
                   "(with ETag / Last-Modified, so an unchanged feed costs one short request).")
@click.option("--interval", type=click.FloatRange(0.1, 86400), default=300.0, show_default=True,
              help="Seconds between polls of the feeds.")
@index_option
@wait_option
@links_option
def index_watch(folder: Path, feeds_file: Path | None, interval: float, index_dir: Path,
                wait: float, follow_links: bool) -> None:
    """Keep the index in step with FOLDER, beside a running 'kabar serve'.

    New and changed files are indexed once they have stopped changing (about a second), deleted
    files leave the index, a moved file is both. A first pass indexes what is there already.
    One line is printed per change. Stop with Ctrl-C or SIGTERM.
    """
    from index.store.watch import Watcher

    stop = threading.Event()

    def on_signal(signum: int, frame: object) -> None:
        if stop.is_set():  # a second signal abandons the write in progress (nothing is lost)
            raise KeyboardInterrupt
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    watcher = Watcher(folder, index_dir, feeds_file=feeds_file, interval=interval, wait=wait,
                      follow_links=follow_links, log=click.echo)
    try:
        watcher.run(stop)
    except KabarIndexError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        sys.exit(130)


@index_group.command("stats")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="Sources and officials listed (those with the most articles).")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@index_option
def index_stats(top: int, as_json: bool, index_dir: Path) -> None:
    """Show what the index holds: articles per source, year, province and official."""
    from search import open_index

    try:
        stats = open_index(index_dir).stats(top=top)
    except KabarIndexError as error:
        _fail(str(error))
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    totals = stats["totals"]
    click.echo(f"articles: {stats['articles']}")
    click.echo(f"generation: {stats['generation']}")
    click.echo(f"index: {stats['index']}")

    def listed(count: int) -> str:  # --top 30 of 24 sources lists all 24, and says so
        return (f"{count}, all listed" if top >= count
                else f"{count}, the {top} with the most articles")

    sections = [
        ("sources", listed(totals["sources"])),
        ("years", f"{totals['years']}; {totals['undated']} articles undated"),
        ("provinces", f"{totals['provinces']}; {totals['without_province']} articles name none"),
        ("officials", listed(totals["officials"])),
    ]
    for key, note in sections:
        click.echo(f"\n{key} ({note}):")
        for item in stats[key]:
            click.echo(f"  {item['count']:7d}  {item['value']}")


def _plain(fragment: str, bold: bool) -> str:
    """HTML snippet -> terminal text, marks shown bold (or as [..] when not a terminal)."""
    if bold:
        parts = _MARK.split(fragment)
        return "".join(click.style(html.unescape(p), bold=i % 2 == 1) for i, p in enumerate(parts))
    return html.unescape(fragment.replace("<mark>", "[").replace("</mark>", "]"))


@main.command("search")
@click.argument("query", required=False, default="")
@click.option("--region", multiple=True,
              help="Province or kabupaten/kota (official name or short form); a kabupaten/kota "
                   "inside a chosen province narrows it.")
@click.option("--official", multiple=True, help="Official's name, or words of it.")
@click.option("--source", multiple=True,
              help="Outlet, in any way of writing it (antara, ANTARA News, antaranews.com).")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--scope", type=click.Choice(["all", "government"]), default="all",
              show_default=True,
              help="government: only the articles about government (an official named, a "
                   "government site, or government business in the title and lead).")
@click.option("--sort", type=click.Choice(["relevance", "newest", "oldest"]),
              default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, 10_000), default=None,
              show_default="10, or 20 with --statements, 1,000 with --format csv",
              help="Hits a page (up to 100), or statements (up to 10,000).")
@click.option("--page", type=click.IntRange(1, 10_000), default=1, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON response.")
@click.option("--statements", is_flag=True,
              help="List the statements of the hits instead of the hits: those kata: asks for, "
                   "said by the officials typed with pejabat: when there are any.")
@click.option("--format", "output", type=click.Choice(["text", "json", "csv"]), default="text",
              show_default=True, help="csv: one row per statement (with --statements).")
@seconds_option
@index_option
def search_command(query: str, region: tuple[str, ...], official: tuple[str, ...],
                   source: tuple[str, ...], date_from: str | None, date_to: str | None,
                   scope: str, sort: str, limit: int | None, page: int, as_json: bool,
                   statements: bool, output: str, search_seconds: float,
                   index_dir: Path) -> None:
    """Search the index. QUERY: words (all must match), "a phrase", -word or BUKAN word,
    OR/ATAU, judul:word, and filters wilayah: pejabat: sumber: tanggal:2025-12 kata:word (the
    same as the options: every hit meets every filter; values of one filter combine with OR)."""
    from search import BadRequest, open_index

    # what the imports made lives until the process ends: the collector need not walk it again
    # at each of the search's full collections (a fifth of a one-off search's CPU at x10)
    gc.freeze()
    if output == "csv" and not statements:
        click.echo("kabar: --format csv lists statements: add --statements", err=True)
        sys.exit(2)
    filters = {"region": list(region), "official": list(official), "source": list(source),
               "date_from": date_from, "date_to": date_to, "scope": scope, "sort": sort,
               "page": page}
    try:
        engine = open_index(index_dir, search_seconds)
        # without --limit, each takes the engine's default, as /api/search and /api/statements
        # do; a CSV is an export, as many rows as /ekspor-pernyataan.csv gives
        if limit is None and output == "csv":
            from webui.exports import CSV_MAX_ROWS

            limit = CSV_MAX_ROWS
        sized = {} if limit is None else {"limit": limit}
        if statements:
            listed = engine.statements(query, **filters, **sized)
        else:
            response = engine.search(query, **filters, **sized)
    except BadRequest as error:
        click.echo(f"kabar: {error}", err=True)
        sys.exit(2)
    except KabarIndexError as error:
        _fail(str(error))
    as_json = as_json or output == "json"
    if statements:
        _print_statements(listed, output, as_json)
        return
    if as_json:
        click.echo(json.dumps(response, ensure_ascii=False, indent=2))
        return
    bold = sys.stdout.isatty()
    for notice in response["notices"]:
        click.echo(notice)
    if response["relaxed"]:
        click.echo("Tidak ada artikel yang memuat semua kata; ini hasil untuk sebagian besar kata.")
    partial = (f", lalu {response['partial']} yang tidak memuat semua kata"
               if response["partial"] else "")
    searched = (response["corrected"] or {}).get("query", response["query"])
    click.echo(f"{response['total']} hasil untuk \"{searched}\"{partial}")
    first = (response["page"] - 1) * response["limit"]
    earlier_complete = True
    for number, hit in enumerate(response["hits"], start=first + 1):
        if hit["partial"] and earlier_complete:
            click.echo("\nArtikel berikut tidak memuat semua kata.")
            earlier_complete = False
        click.echo(f"\n{number}. {_plain(hit['title'], bold)}")
        meta = [hit["source"], _published(hit),
                *hit["provinces"], *hit["regencies"]]
        click.echo("   " + " · ".join(m for m in meta if m))
        if hit["officials"]:
            click.echo("   Pejabat: " + "; ".join(f"{o['name']} ({o['role']})"
                                                  for o in hit["officials"]))
        click.echo("   " + _plain(hit["snippet"], bold))
        click.echo(f"   id: {hit['id']}")


def _statements_count(listed: dict) -> str:
    """What the numbers count: this page's statements (numbered across pages), the articles with
    a statement and the hits they are among."""
    shown = len(listed["statements"])
    first = (listed["page"] - 1) * listed["limit"] + 1
    page = (f"pernyataan {first}–{first + shown - 1}" if shown > 1
            else f"pernyataan {first}" if shown else "tidak ada pernyataan")
    more = "; masih ada lagi: --page" if listed["more"] else ""
    return (f"{page.capitalize()} (halaman {listed['page']}{more}), dari "
            f"{listed['speaking']} artikel berpernyataan di antara {listed['total']} hasil "
            f"untuk \"{(listed['corrected'] or listed)['query']}\"")


def _print_statements(listed: dict, output: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    from search.statements import CSV_COLUMNS, csv_cells
    from webui.exports import spreadsheet_safe

    if output == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for row in listed["statements"]:
            writer.writerow([spreadsheet_safe(cell) for cell in csv_cells(row)])
        return
    for notice in listed["notices"]:
        click.echo(notice)
    click.echo(_statements_count(listed))
    for row in listed["statements"]:
        who = row["official"] or row["speaker"] or "tanpa nama"
        role = f" ({row['role']})" if row["role"] else ""
        click.echo(f"\n“{_plain(row['text'], False)}”\n   — {who}{role}")
        article = row["article"]
        click.echo(f"   {_published(article)} · {article['source']} · "
                   f"{_plain(article['title'], False)}")
        click.echo(f"   id: {article['id']}")


def _published(item: dict, unknown: str = "tanpa tanggal") -> str:
    """'2025-12-04 09:15 WIB', or '2025-12-04' when the source gave no time of day."""
    at = item.get("published_at")
    return f"{at[:10]} {at[11:16]} WIB" if at else item.get("published") or unknown


@main.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON object.")
@index_option
def show_command(article_id: str, as_json: bool, index_dir: Path) -> None:
    """Show one stored article with everything extracted from it."""
    from search import open_index

    try:
        article = open_index(index_dir).get(article_id)
    except KabarIndexError as error:
        _fail(str(error))
    if article is None:
        _fail(f"no article with id {article_id!r}")
    if as_json:
        click.echo(json.dumps(article, ensure_ascii=False, indent=2))
        return
    click.echo(html.unescape(article["title"]))
    for label, value in (("id", article["id"]), ("url", article["url"]),
                         ("sumber", article["source"]), ("tanggal", _published(article, "")),
                         ("kategori", article["category"])):
        click.echo(f"{label}: {value or '-'}")
    click.echo("provinsi: " + (", ".join(article["provinces"]) or "-"))
    click.echo("kabupaten/kota: " + (", ".join(article["regencies"]) or "-"))
    for person in article["officials"]:
        click.echo(f"pejabat: {person['name']} ({person['role']})")
    click.echo("tag: " + (", ".join(article["tags"]) or "-"))
    for said in article["statements"]:
        who = said["official"] or said["speaker"] or "tanpa nama"
        click.echo(f"pernyataan: {who} ({said['cue']}, @{said['start']}): {said['text']}")
    click.echo("\n" + article["body"])


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@seconds_option
@index_option
def serve_command(host: str, port: int, search_seconds: float, index_dir: Path) -> None:
    """Serve the web UI and the JSON API (never in debug mode)."""
    from webui import create_app
    from webui.engine import warm_up_and_freeze

    try:
        app = create_app({"KABAR_INDEX": str(index_dir), "KABAR_SEARCH_SECONDS": search_seconds})
    except KabarIndexError as error:
        _fail(str(error))
    warm_up_and_freeze(app)
    click.echo(f"Kabar: http://{host}:{port}/ (index {index_dir})", err=True)
    app.run(host=host, port=port, debug=False, use_reloader=False, threaded=True)


@main.group("pantau")
def pantau_group() -> None:
    """Saved searches ("pantau": to monitor), kept in a TOML file beside the index folder
    (kabar-index -> kabar-index.pantau.toml); the web UI lists them at /pantau, each with what is
    new since it was last looked at and its Atom feed."""


def _saved_file(index_dir: Path) -> Path:
    from search.saved import saved_path

    return saved_path(index_dir)


def _change_saved(path: Path, change):
    """Run a change of the saved searches file; a refused one or a write that fails exits 1
    with the reason."""
    from search.saved import SavedSearchError

    try:
        return change()
    except SavedSearchError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write {path}: {error.strerror}")


@pantau_group.command("add")
@click.argument("name")
@click.argument("query", required=False, default="")
@click.option("--region", multiple=True, help="Province or kabupaten/kota (as `kabar search`).")
@click.option("--official", multiple=True, help="Official's name, or words of it.")
@click.option("--source", multiple=True, help="Outlet, in any way of writing it.")
@click.option("--scope", type=click.Choice(["all", "government"]), default="all",
              show_default=True, help="government: articles about government only.")
@click.option("--replace", is_flag=True, help="Replace a saved search of the same name.")
@index_option
def pantau_add(name: str, query: str, region: tuple[str, ...], official: tuple[str, ...],
               source: tuple[str, ...], scope: str, replace: bool, index_dir: Path) -> None:
    """Save QUERY (and the filters) under NAME. QUERY is written as for `kabar search`."""
    from search.saved import SavedSearchError, add, check_name

    path = _saved_file(index_dir)
    try:
        check_name(name)
    except SavedSearchError as error:
        click.echo(f"kabar: {error}", err=True)
        sys.exit(2)
    saved = _change_saved(path, lambda: add(path, name, query, list(region), list(official),
                                            list(source), replace, scope))
    click.echo(f"saved {saved.name!r} in {path}")


@pantau_group.command("remove")
@click.argument("name")
@index_option
def pantau_remove(name: str, index_dir: Path) -> None:
    """Remove the saved search NAME."""
    from search.saved import remove

    path = _saved_file(index_dir)
    removed = _change_saved(path, lambda: remove(path, name))
    click.echo(f"removed {removed.name!r} from {path}")


@pantau_group.command("seen")
@click.argument("names", nargs=-1, required=True)
@index_option
def pantau_seen(names: tuple[str, ...], index_dir: Path) -> None:
    """Note that the saved searches NAMES were looked at now: what is new is counted from here
    (in `list`, and on /pantau in a browser that has not marked a look of its own)."""
    from search.saved import mark_seen

    path = _saved_file(index_dir)
    for name in names:
        saved = _change_saved(path, lambda name=name: mark_seen(path, name))
        click.echo(f"marked {saved.name!r} as seen at {saved.seen.isoformat()}")


@pantau_group.command("list")
@click.option("--json", "as_json", is_flag=True,
              help="Print the saved searches as JSON, with their counts when the index opens.")
@index_option
def pantau_list(as_json: bool, index_dir: Path) -> None:
    """List the saved searches: name, query and filters, how many articles each finds and how
    many of them are new since it was last looked at (when the index can be opened)."""
    from search import open_index
    from search.saved import SavedSearchError, counts, load

    path = _saved_file(index_dir)
    try:
        searches = load(path)
    except SavedSearchError as error:
        _fail(str(error))
    engine, problem = None, None
    if searches:
        try:
            engine = open_index(index_dir)
        except KabarIndexError as error:
            problem = str(error)
    items = []
    for saved in searches:
        item = saved.as_dict()
        if engine is not None:
            item.update(counts(engine, saved))
        items.append(item)
    if as_json:
        click.echo(json.dumps({"file": str(path), "searches": items}, ensure_ascii=False,
                              indent=2))
        return
    if not items:
        click.echo(f"no saved searches yet ({path}); add one with `kabar pantau add NAME QUERY`")
        return
    if problem:
        click.echo(f"kabar: counts left out: {problem}", err=True)
    for item in items:
        filters = [f"{key}: {', '.join(item[key])}" for key in ("region", "official", "source")
                   if item[key]]
        if item["scope"] != "all":
            filters.append(f"scope: {item['scope']}")
        counted = (f" — {item['total']} artikel, {item['new']} baru" if "total" in item else "")
        click.echo(f"{item['name']}: {item['query'] or '(semua)'}"
                   + (f" [{'; '.join(filters)}]" if filters else "") + counted)


@main.command("kliping")
@click.option("--since", default="24h", show_default=True,
              help="From when: a span back from now (24h, 7d), a date (2025-12-04, from its "
                   "midnight in Jakarta) or a time (2025-12-04T08:00).")
@click.option("--pantau", "names", multiple=True,
              help="A saved search to clip (repeatable); default: every saved search.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write: FILE.pdf (A4, WeasyPrint) or FILE.html.")
@index_option
def kliping_command(since: str, names: tuple[str, ...], out: Path, index_dir: Path) -> None:
    """Write the clipping ("kliping") of the saved searches: a cover with the count of new
    articles per saved search and their attention chart, then per saved search the articles
    published since --since, copies folded with their outlets listed."""
    from datetime import datetime

    from search.clipping import JAKARTA, SinceError, parse_since
    from search.saved import SavedSearchError, find, load, saved_path

    if out.suffix.lower() not in (".pdf", ".html"):
        click.echo(f"kabar: --out must end in .pdf or .html, not {out.name!r}", err=True)
        sys.exit(2)
    try:
        start = parse_since(since, datetime.now(JAKARTA).replace(microsecond=0))
    except SinceError as error:
        click.echo(f"kabar: {error}", err=True)
        sys.exit(2)
    try:
        saved = load(saved_path(index_dir))
        searches = [find(saved, name) for name in names] if names else saved
    except SavedSearchError as error:
        _fail(str(error))
    if not searches:
        _fail(f"no saved searches to clip ({saved_path(index_dir)}); add one with "
              "`kabar pantau add NAME QUERY`")
    from webui import create_app
    from webui.kliping import write_clipping

    try:
        app = create_app({"KABAR_INDEX": str(index_dir)})
        listed = write_clipping(app, searches, start, out)
    except KabarIndexError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write {out}: {error.strerror}")
    note = "" if listed else " (no new article: the clipping says so)"
    click.echo(f"wrote {out}: {listed} articles from {len(searches)} saved searches since "
               f"{start.isoformat()}{note}")

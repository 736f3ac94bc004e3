"""The layout's promises, read from the source: dependencies point one way (webui → search →
index; inside index, sources → extract → store), no import cycle, no module too long; and the
documentation's: no page too long, every link between the pages (and to a heading) resolves."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGES = ("index", "search", "webui", "kabar")
# The label notes in bench/labels/ are documentation too: they grow every round, so they are held to
# the same length and links.
DOCS = (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "bench" / "labels").glob("*.md")))
MAX_LINES = 800

# What each part may not import. Inside index/, a step of the flow never imports a later one;
# the analysis and the shared modules at the top of index/ (gazetteer, datelines, outlets, data
# files, the article record) import no step at all.
FORBIDDEN = {
    "index": ("search", "webui", "kabar"),
    "index.sources": ("index.extract", "index.analysis", "index.store"),
    "index.extract": ("index.store",),
    "index.analysis": ("index.sources", "index.extract", "index.store"),
    "index.gazetteer": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.datelines": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.data_files": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.outlets": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.article": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.people": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "index.table_cache": ("index.sources", "index.extract", "index.analysis", "index.store"),
    "search": ("webui", "kabar"),
    "webui": ("index", "kabar"),
}


def module_files() -> dict[str, Path]:
    files = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            files[name] = path
    return files


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The project's modules that a module imports, anywhere in it (a function's import too)."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    files = module_files()
    return {name: imports_of(name, path, set(files)) for name, path in files.items()}


def within(module: str, part: str) -> bool:
    return module == part or module.startswith(part + ".")


def forbidden_imports(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, imported in graph.items():
        for part, forbidden in FORBIDDEN.items():
            if within(module, part):
                wrong += [f"{module} imports {target}" for target in sorted(imported)
                          if any(within(target, no) for no in forbidden)]
    return wrong


def cycles_in(graph: dict[str, set[str]]) -> list[str]:
    """Import cycles, each as "a -> b -> a". A package whose __init__ re-exports its own
    submodule is not a cycle."""
    cycles = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                loop = [*path[path.index(target):], target]
                if not all(within(m, loop[0]) for m in loop):
                    cycles.append(" -> ".join(loop))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    return cycles


def test_dependencies_point_one_way() -> None:
    wrong = forbidden_imports(import_graph())
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle() -> None:
    cycles = cycles_in(import_graph())
    assert not cycles, "\n".join(cycles)


def test_no_module_is_too_long() -> None:
    long = {name: n for name, path in module_files().items()
            if (n := len(path.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_the_checks_see_a_forbidden_import_and_a_cycle(tmp_path) -> None:
    known = {"webui", "webui.pages", "index", "index.sources", "index.sources.feeds",
             "index.sources.files", "index.store", "index.store.writer"}
    source = tmp_path / "probe.py"
    source.write_text("from index.store import writer\n\ndef later():\n    import webui.pages\n")
    assert imports_of("webui.pages", source, known) == {"index.store", "index.store.writer"}
    graph = {"webui.pages": {"index.store.writer"},
             "index.sources.feeds": {"index.sources.files"},
             "index.sources.files": {"index.sources.feeds", "index.store.writer"}}
    assert forbidden_imports(graph) == ["webui.pages imports index.store.writer",
                                        "index.sources.files imports index.store.writer"]
    assert cycles_in(graph) == ["index.sources.feeds -> index.sources.files -> index.sources.feeds"]
    assert cycles_in({"index.analysis": {"index.analysis.analyzer"},
                      "index.analysis.analyzer": {"index.analysis"}}) == []


def anchors_of(page: Path) -> set[str]:
    """The anchors a Markdown page's headings get, as GitHub makes them: lower case, punctuation
    dropped, spaces as hyphens, a repeated heading's anchor numbered."""
    found: set[str] = set()
    fenced = False
    for line in page.read_text("utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (heading := re.match(r"#{1,6} (.+)", line)):
            slug = re.sub(r"[^\w\- ]", "", heading.group(1).lower()).replace(" ", "-")
            anchor, n = slug, 0
            while anchor in found:
                n += 1
                anchor = f"{slug}-{n}"
            found.add(anchor)
    return found


def broken_links(pages: tuple[Path, ...]) -> list[str]:
    """Each link from one of the pages to a Markdown page (or a heading of one) that is not
    there, as "page: target"."""
    broken = []
    for page in pages:
        text = re.sub(r"```.*?```", "", page.read_text("utf-8"), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]*)\)", text):
            path, _, anchor = target.partition("#")
            if "://" in path or (path and not path.endswith(".md")):
                continue
            linked = (page.parent / path).resolve() if path else page
            if not linked.is_file() or (anchor and anchor not in anchors_of(linked)):
                broken.append(f"{page.relative_to(page.parents[1])}: {target}")
    return broken


def test_no_documentation_page_is_too_long() -> None:
    long = {page.name: n for page in DOCS
            if (n := len(page.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not long, f"pages over {MAX_LINES} lines (split them by concern): {long}"


def test_every_link_between_the_documentation_pages_resolves() -> None:
    broken = broken_links(DOCS)
    assert not broken, "\n".join(broken)


def test_the_link_check_sees_a_missing_page_and_a_missing_heading(tmp_path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\n## The `index/`: on disk\n\n## The `index/`: on disk\n")
    probe = docs / "b.md"
    probe.write_text("[ok](a.md#the-index-on-disk) [ok](a.md#the-index-on-disk-1) [x](#b)\n"
                     "[gone](c.md) [no heading](a.md#nowhere) [web](https://x.md) [img](a.png)\n"
                     "```\n[in code](d.md)\n```\n# B\n")
    assert anchors_of(docs / "a.md") == {"a", "the-index-on-disk", "the-index-on-disk-1"}
    assert broken_links((probe,)) == ["docs/b.md: c.md", "docs/b.md: a.md#nowhere"]

"""What Whoosh keeps private is touched in index/store/whoosh_internals.py only, and that module
refuses to load on a whoosh3 that lacks any of it."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
import tomllib
import types
from functools import cache
from pathlib import Path

import pytest
import whoosh

from index.store import whoosh_internals
from index.store.whoosh_internals import WHOOSH3_VERSION, WhooshChanged, check, missing
from tests.conftest import ROOT

FENCED = ("index", "search", "webui", "kabar")
INTERNALS = ROOT / "index" / "store" / "whoosh_internals.py"
ATTRIBUTE_FUNCTIONS = {"getattr", "hasattr", "setattr", "delattr"}


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


@cache
def whoosh_private_names() -> frozenset[str]:
    """Every private name Whoosh's own code defines or uses (attributes, functions, arguments)."""
    names = set()
    for path in Path(whoosh.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
    return frozenset(n for n in names if _private(n))


def _root_name(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


class _Finder(ast.NodeVisitor):
    """Accesses to Whoosh's private names in one module.

    An attribute access counts when the object comes from Whoosh (a name imported from it), or
    when the attribute is a private name of Whoosh's and the object may be one of its objects:
    anything but a name imported from another library, and ``self`` only in a subclass of a
    Whoosh class.
    """

    def __init__(self, where: str) -> None:
        self.where = where
        self.found: list[str] = []
        self.from_whoosh: set[str] = set()
        self.from_elsewhere: set[str] = set()
        self.whoosh_subclass: list[bool] = [False]

    def report(self, node: ast.AST, what: str) -> None:
        self.found.append(f"{self.where}:{node.lineno}: {what}")

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            bound = alias.asname or alias.name.split(".")[0]
            if alias.name.split(".")[0] == "whoosh":
                self.from_whoosh.add(bound)
                if any(_private(part) for part in alias.name.split(".")):
                    self.report(node, f"import {alias.name}")
            else:
                self.from_elsewhere.add(bound)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        whoosh_module = module.split(".")[0] == "whoosh"
        for alias in node.names:
            (self.from_whoosh if whoosh_module else self.from_elsewhere).add(
                alias.asname or alias.name)
            if whoosh_module and (_private(alias.name)
                                  or any(_private(part) for part in module.split("."))):
                self.report(node, f"from {module} import {alias.name}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        subclass = any(_root_name(base) in self.from_whoosh for base in node.bases)
        self.whoosh_subclass.append(subclass)
        self.generic_visit(node)
        self.whoosh_subclass.pop()

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if _private(node.attr):
            owner = node.value.id if isinstance(node.value, ast.Name) else None
            if owner in self.from_whoosh:
                self.report(node, f"{owner}.{node.attr}")
            elif (node.attr in whoosh_private_names() and owner not in self.from_elsewhere
                  and (owner not in ("self", "cls") or self.whoosh_subclass[-1])):
                self.report(node, f"{ast.unparse(node.value)}.{node.attr}")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        for keyword in node.keywords:
            if keyword.arg and keyword.arg in whoosh_private_names():
                self.report(node, f"{ast.unparse(node.func)}(..., {keyword.arg}=...)")
        if (isinstance(node.func, ast.Name) and node.func.id in ATTRIBUTE_FUNCTIONS
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in whoosh_private_names()):
            self.report(node, f"{node.func.id}(..., {node.args[1].value!r})")
        self.generic_visit(node)


def whoosh_private_accesses(source: str, where: str = "<source>") -> list[str]:
    finder = _Finder(where)
    finder.visit(ast.parse(source))
    return finder.found


def test_no_module_but_whoosh_internals_touches_whoosh_private_names():
    found = []
    for package in FENCED:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path != INTERNALS:
                found += whoosh_private_accesses(path.read_text("utf-8"),
                                                 str(path.relative_to(ROOT)))
    assert found == [], "Whoosh's private names outside index/store/whoosh_internals.py"


def test_the_fence_sees_each_kind_of_access():
    source = textwrap.dedent("""
        import re
        from whoosh.filedb import filetables
        from whoosh.filedb.filetables import _lengths
        from whoosh.filedb.structfile import StructFile
        from whoosh.index import TOC

        def reads(leaf, ix, matcher):
            leaf._segment.segment_id()
            ix._read_toc()
            matcher._next_block()
            TOC._filename("MAIN", 1)
            filetables._lengths
            SegmentWriter(ix, _lk=False)
            hasattr(leaf, "_segment")

        class Mine(StructFile):
            def name(self):
                return self._name

        class Ours:
            def __init__(self):
                self._name = "ours"
                self._lock = None

        def not_whoosh(date, other):
            re._compiler
            other._replace(weekday=None)
    """)
    found = whoosh_private_accesses(source)
    assert [line.split(": ", 1)[1] for line in found] == [
        "from whoosh.filedb.filetables import _lengths",
        "leaf._segment", "ix._read_toc", "matcher._next_block", "TOC._filename",
        "filetables._lengths", "SegmentWriter(..., _lk=...)", "hasattr(..., '_segment')",
        "self._name"]


def test_the_installed_whoosh_has_everything_the_internals_use():
    assert missing(whoosh_internals.REQUIREMENTS) == []
    assert whoosh.__version_str__ == WHOOSH3_VERSION


class _WithoutTerms:
    def __init__(self) -> None:
        self._segment = None


class _WithTerms:
    def __init__(self) -> None:
        self._terms = {}  # an instance attribute: not on the class, but its code sets it


def _signature_without_lk(ix, lock=True):
    return ix


def test_the_check_names_what_is_missing_and_the_version_to_install():
    assert missing([(_WithTerms, "_terms")]) == []
    assert missing([(_WithoutTerms, "_terms")]) == [f"{__name__}._WithoutTerms._terms"]
    module = types.ModuleType("filetables")
    assert missing([(module, "_lengths")]) == ["filetables._lengths"]
    assert missing([(_signature_without_lk, "_lk")]) == [
        f"{__name__}._signature_without_lk(_lk=…)"]
    with pytest.raises(WhooshChanged) as raised:
        check([(_WithTerms, "_terms"), (_WithoutTerms, "_terms"), (module, "_lengths")],
              version="3.99.0")
    message = str(raised.value)
    assert WHOOSH3_VERSION in message and "3.99.0" in message
    assert "_WithoutTerms._terms" in message and "filetables._lengths" in message
    assert "_WithTerms._terms" not in message.replace("_WithoutTerms._terms", "")


def test_importing_the_internals_fails_on_a_whoosh_without_them():
    """A whoosh3 whose FileIndex has no ``_read_toc`` and whose W3LeafMatcher no
    ``_next_block``: importing Kabar's search fails at once, saying so."""
    script = textwrap.dedent("""
        import whoosh.codec.whoosh3, whoosh.index
        del whoosh.index.FileIndex._read_toc
        del whoosh.codec.whoosh3.W3LeafMatcher._next_block
        import search.columns
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("index.store.whoosh_internals.WhooshChanged: ")
    assert "whoosh.index.FileIndex._read_toc" in last_line
    assert "whoosh.codec.whoosh3.W3LeafMatcher._next_block" in last_line
    assert f"whoosh3 {WHOOSH3_VERSION}" in last_line


def test_the_command_line_says_so_without_a_traceback(tmp_path):
    """`kabar` on a whoosh3 without what Kabar relies on: one line naming it, exit 1."""
    script = textwrap.dedent("""
        import sys, whoosh.index
        del whoosh.index.FileIndex._read_toc
        from kabar.cli import main
        sys.argv = ["kabar", "search", "banjir", "--index", sys.argv[1]]
        main()
    """)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "ix")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "whoosh.index.FileIndex._read_toc" in result.stderr
    assert f"whoosh3 {WHOOSH3_VERSION}" in result.stderr


def test_whoosh3_is_pinned_to_the_version_the_internals_were_read_from():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert f"whoosh3=={WHOOSH3_VERSION}" in project["dependencies"]
    constraints = (ROOT / "constraints.txt").read_text("utf-8")
    assert re.search(rf"^whoosh3=={re.escape(WHOOSH3_VERSION)}$", constraints, re.MULTILINE)

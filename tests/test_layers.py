"""Dependencies point one way: webui → search → index (kabar/cli may use all three)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package -> the project's packages it must not import
FORBIDDEN = {"webui": {"index", "kabar"}, "search": {"webui", "kabar"},
             "index": {"search", "webui", "kabar"}}


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports, at its top or inside functions."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_only_the_layers_below_it(package):
    modules = sorted((ROOT / package).rglob("*.py"))
    assert modules
    wrong = {str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[package])
             for path in modules}
    assert {path: names for path, names in wrong.items() if names} == {}

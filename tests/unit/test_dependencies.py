"""The declared runtime dependencies are what the app imports: none missing, none unused.

The check reads every module of rupture_annotator (imports inside functions count: that is how
the heavy ones are loaded, on first use) and maps each import to the distribution that provides
it, as installed in this environment.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "rupture_annotator"
# Imported by app code that only the tests call, never by a feature: kept out of the wheel.
TEST_ONLY = {"pandas": "storage/export/columns.py: Table.frame(), which the tests read tables with"}
# Imported directly but pinned exactly by a declared dependency: declaring it too could only clash.
PROVIDED_BY = {"pydantic-core": "pydantic"}


def declared() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return {_normal(re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0]) for d in project["dependencies"]}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_at_run_time() -> dict[str, set[str]]:
    """Top-level module imported → the package's files importing it (TYPE_CHECKING blocks left out)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        typing_only = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for stmt in block.body
            for node in ast.walk(stmt)
        }
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(PACKAGE)))
    return found


def third_party(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    """Distribution → the files importing it, for every import not from the standard library."""
    providers = packages_distributions()
    out: dict[str, set[str]] = {}
    for module, files in modules.items():
        if module in sys.stdlib_module_names or module in ("rupture_annotator", "__future__"):
            continue
        dists = providers.get(module)
        assert dists, f"{module} (imported by {sorted(files)}) comes from no installed distribution"
        for dist in dists:
            out.setdefault(_normal(dist), set()).update(files)
    return out


def test_every_runtime_dependency_is_imported_by_the_app() -> None:
    used = third_party(imported_at_run_time())
    unused = sorted(declared() - used.keys())
    assert unused == [], f"declared in pyproject.toml but imported by no module: {unused}"


def test_every_import_of_the_app_is_a_declared_dependency() -> None:
    used = third_party(imported_at_run_time())
    known = declared() | TEST_ONLY.keys() | {d for d, by in PROVIDED_BY.items() if by in declared()}
    undeclared = {d: sorted(f) for d, f in used.items() if d not in known}
    assert undeclared == {}, f"imported but not in pyproject.toml's dependencies: {undeclared}"


def test_test_only_imports_are_not_used_by_a_feature() -> None:
    """Table.frame() (pandas) is for the tests: no module of the app calls it."""
    callers = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if re.search(r"\.frame\(\)", p.read_text())
    ]
    assert callers == []
    assert not declared() & TEST_ONLY.keys(), "a test-only import is a runtime dependency now"

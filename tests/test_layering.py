"""DESIGN.md §2: each layer imports only from the layers above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "thiduadesk"

FORBIDDEN = {
    "domain": ("PySide6", "sqlite3", "sqlite_utils", "reportlab", "thiduadesk.store", "thiduadesk.documents",
               "thiduadesk.exchange", "thiduadesk.ui", "thiduadesk.cli", "thiduadesk.app"),
    "store": ("PySide6", "reportlab", "thiduadesk.documents", "thiduadesk.exchange", "thiduadesk.ui",
              "thiduadesk.cli", "thiduadesk.app"),
    "documents": ("PySide6", "sqlite3", "sqlite_utils", "thiduadesk.store", "thiduadesk.exchange", "thiduadesk.ui",
                  "thiduadesk.cli", "thiduadesk.app"),
    "exchange": ("PySide6", "thiduadesk.ui", "thiduadesk.cli", "thiduadesk.app"),
    # Operations serve both front ends: no Qt at all (the GUI bridges the change notification to a
    # Qt signal itself), no front end, no drawing or SQL of their own.
    "ops": ("PySide6", "shiboken6", "sqlite_utils", "reportlab", "thiduadesk.ui", "thiduadesk.cli",
            "thiduadesk.app"),
    "ui": ("sqlite3", "sqlite_utils", "reportlab", "thiduadesk.cli"),
    # The command line works through the operations only: it opens the data file and reports
    # refusals through them too (ops.data, ops.errors), so no store, documents or exchange here.
    "cli": ("PySide6", "sqlite3", "sqlite_utils", "reportlab", "thiduadesk.store", "thiduadesk.documents",
            "thiduadesk.exchange", "thiduadesk.ui"),
}  # fmt: skip

# The one place in ops/ that may name sqlite3: turning a database error into a StoreError.
ALLOWED = {("ops/errors.py", "sqlite3")}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_from_layers_above(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    bad = [
        (str(f.relative_to(PACKAGE)), name)
        for f in files
        for name in _imports(f)
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN[layer])
    ]
    assert [b for b in bad if b not in ALLOWED] == []


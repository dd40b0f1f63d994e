"""The package's own source: a module binds each top-level name once. A second binding of a
pattern or a constant silently replaces the first for every function that reads it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import papercli

SOURCE = Path(papercli.__file__).parent


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {}
    for path in sorted(SOURCE.rglob("*.py")):
        counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[str(path.relative_to(SOURCE))] = repeated
    assert twice == {}


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("import re\n_A = re.compile('a')\ndef f() -> None: ...\n_A = 1\n")
    assert Counter(_top_level_names(tree))["_A"] == 2

"""Each module binds each of its top-level names once.

The digest reader keeps hundreds of module-level patterns; a new one given an old one's name
silently replaces it for every function that reads it (stop 54 did that once, and only a run
over the corpus caught it; ruff does not flag a rebound constant)."""

from __future__ import annotations

import ast
from pathlib import Path

import papercli

SOURCE = Path(papercli.__file__).resolve().parent


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            if name in seen:
                twice.append(f"{path.name}: {name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_module_binds_a_top_level_name_twice() -> None:
    modules = sorted(SOURCE.rglob("*.py"))
    assert len(modules) > 20
    assert [t for path in modules for t in _bound_twice(path)] == []


def test_a_rebound_pattern_is_found(tmp_path: Path) -> None:
    module = tmp_path / "rules.py"
    module.write_text('_LABEL = "a"\n\n\ndef f() -> str:\n    return _LABEL\n\n\n_LABEL = "b"\n')
    assert _bound_twice(module) == ["rules.py: _LABEL (lines 1 and 8)"]

"""The package's own modules, read as code: rules of the house a linter does not check."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import warta

PACKAGE = Path(warta.__file__).parent


def module_constants(path: Path) -> list[str]:
    """The upper-case names a module assigns at its top level."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


def test_no_module_defines_a_constant_twice():
    # a second "MEETINGS = …" further down silently replaces the first, as a repeated YAML key would
    twice = {
        str(path.relative_to(PACKAGE)): [name for name, n in Counter(module_constants(path)).items() if n > 1]
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert not {path: names for path, names in twice.items() if names}


def test_a_constant_given_twice_is_found(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('MEETINGS = frozenset({"CONSULT", "AGREE"})\nOTHER = 1\nMEETINGS = frozenset({"CONSULT"})\n')
    assert Counter(module_constants(module))["MEETINGS"] == 2

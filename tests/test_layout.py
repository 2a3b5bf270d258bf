"""The floor plan of docs/design.md holds: wings behind their faces, a clean ground floor,
a gazetteer that knows nothing of geomap, and a module table that cannot drift."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WINGS = (
    "text",
    "lexicons",
    "geoparse",
    "claims",
    "events",
    "maps",
    "report",
    "evaluation",
    "batch",
    "cli",
)
GROUND = ("_version", "errors", "model", "geometry")


def _imports(path: Path) -> list[str]:
    """Every module a file imports (top level and inside functions)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
            out += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return out


def _wing(path: Path) -> str | None:
    rel = path.relative_to(ROOT).parts
    return rel[1] if len(rel) > 2 and rel[0] == "geomap" else None


def test_no_module_reads_another_wings_private_modules():
    offences = []
    for path in sorted((ROOT / "geomap").rglob("*.py")):
        here = _wing(path)
        for mod in _imports(path):
            m = re.match(r"geomap\.(\w+)\.(_\w+)", mod)
            if m and m.group(1) in WINGS and m.group(1) != here:
                offences.append(f"{path.relative_to(ROOT)} imports {mod}")
    assert offences == []


def test_the_gazetteer_imports_nothing_of_geomap():
    offences = [
        f"{p.relative_to(ROOT)} imports {m}"
        for p in sorted((ROOT / "gazetteer").rglob("*.py"))
        for m in _imports(p)
        if m == "geomap" or m.startswith("geomap.")
    ]
    assert offences == []


@pytest.mark.parametrize("name", GROUND)
def test_the_ground_floor_imports_no_wing(name):
    mods = _imports(ROOT / "geomap" / f"{name}.py")
    assert [m for m in mods if m.split(".")[:2][-1] in WINGS and m.startswith("geomap.")] == []


@pytest.mark.parametrize("wing", [w for w in WINGS if w != "cli"])
def test_every_face_is_sorted_and_complete(wing):
    face = importlib.import_module(f"geomap.{wing}")
    names = face.__all__
    assert names == sorted(names)
    for name in names:
        assert getattr(face, name) is not None
    # every private module's public names are on the face
    for path in sorted((ROOT / "geomap" / wing).glob("_*.py")):
        mod = importlib.import_module(f"geomap.{wing}.{path.stem}")
        missing = set(getattr(mod, "__all__", ())) - set(names)
        assert missing == set(), (path.name, missing)


def test_module_table_in_the_design_doc_is_current():
    spec = importlib.util.spec_from_file_location(
        "module_table", ROOT / "scripts" / "module_table.py"
    )
    assert spec is not None and spec.loader is not None
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    assert table.current() == table.block(), "run: python scripts/module_table.py --write"


def test_test_helpers_are_not_test_modules():
    """Helpers live in tests/support/ (imported as tests.support.*), never as test_*.py."""
    for path in (ROOT / "tests").rglob("test_*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*from test_\w+ import", text, re.M), path


def test_kinds_are_one_vocabulary():
    """No stage keeps a named set of place kinds of its own: it asks the model's KINDS
    table (kinds_where, kind_info). Display tables keyed by kind (the map's icons) and
    the geocoder's translation of a service's classes are not sets of kinds."""
    from geomap.model import KINDS

    offences = []
    for path in sorted((ROOT / "geomap").rglob("*.py")):
        if path.name == "model.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = getattr(node, "value", None)
            if isinstance(value, ast.Call) and value.args:  # frozenset({...})
                value = value.args[0]
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                value, ast.Set | ast.Tuple | ast.List
            ):
                kinds = {
                    e.value for e in value.elts if isinstance(e, ast.Constant) and e.value in KINDS
                }
                if len(kinds) >= 2:
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno} {sorted(kinds)}")
    assert offences == []

"""The package's shape, checked: imports one way, one owner per library, one place for states.

Read from the source with ``ast``, so a change that breaks the shape fails here
before anyone has to notice it in review.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "workflow"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute (``workflow.po.read``, ``polib``), anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _name(path) if path.name == "__init__.py" else _name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


IMPORTS = {_name(path): _imports(path) for path in MODULES}
OURS = set(IMPORTS)


def _below(module: str, layer: str) -> bool:
    return module == layer or module.startswith(layer + ".")


def test_no_import_circles():
    graph = {m: {i for i in imports if i in OURS and i != m} for m, imports in IMPORTS.items()}
    # a package imports what its __init__ names; a module importing its own package is fine
    for module in graph:
        graph[module] = {i for i in graph[module] if not _below(module, i)}
    done, path = set(), []

    def visit(module):
        if module in path:
            raise AssertionError("import circle: " + " -> ".join([*path, module]))
        if module in done:
            return
        path.append(module)
        for target in sorted(graph[module]):
            visit(target)
        path.pop()
        done.add(module)

    for module in sorted(graph):
        visit(module)


@pytest.mark.parametrize(
    ("layer", "above"),
    [("workflow.actions", ("workflow.cli",)), ("workflow", ("workflow.cli", "workflow.actions"))],
)
def test_imports_run_one_way(layer, above):
    """The faces (cli) call actions; actions call everything below; nothing calls back up."""
    for module, imports in IMPORTS.items():
        if not _below(module, layer) or any(_below(module, a) for a in above):
            continue
        if module == "workflow.__main__":
            continue
        wrong = {i for i in imports if any(_below(i, a) for a in above)}
        assert not wrong, f"{module} imports {sorted(wrong)}, which stand above it"


OWNERS: dict[str, str | tuple[str, ...]] = {
    "typer": "workflow.cli",
    "rich": "workflow.cli",
    # and the status cache, whose rows are JSON read back thousands at a time
    "orjson": ("workflow.cli.output", "workflow.status"),
    "polib": "workflow.po.read",
    "rapidfuzz": "workflow.memory.fuzzy",
    # and python-docx's image header readers, which size the photos for HTML as for Word
    "docx": ("workflow.export.docx", "workflow.photos"),
    "jinja2": "workflow.export.html",
    "deepl": "workflow.machine.deepl",
    "babel": "workflow.locales",
    "fontTools": "workflow.export.fonts",
    # not one format but a safety rule: every module that parses untrusted XML, and no other
    "defusedxml": ("workflow.memory.tmx", "workflow.sources.ooxml"),
}


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_has_one_owner(library):
    owners = OWNERS[library]
    owners = (owners,) if isinstance(owners, str) else owners
    for module, imports in IMPORTS.items():
        if any(_below(i, library) for i in imports):
            assert any(_below(module, owner) for owner in owners), (
                f"{module} imports {library}; only {' and '.join(owners)} may"
            )


def _code(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_only_the_rules_assign_a_units_state():
    """``rules.py`` changes states; ``po/catalogs.py`` only reads them from the files."""
    reading = {"rules.py", "catalogs.py"}
    for path in MODULES:
        if path.name == "rules.py":
            continue
        for node in ast.walk(ast.parse(_code(path))):
            where = f"{_name(path)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    parts = target.elts if isinstance(target, ast.Tuple) else [target]
                    for part in parts:
                        assert not (isinstance(part, ast.Attribute) and part.attr == "state"), (
                            f"{where} assigns a state"
                        )
            if isinstance(node, ast.Call) and path.name not in reading:
                assert not any(k.arg == "state" for k in node.keywords), f"{where} sets a state"
        if path.name not in reading:  # dataclasses.replace(unit, state=...) would pass the rules
            assert "dataclasses.replace" not in IMPORTS[_name(path)], _name(path)


def _strings_in_code(path: Path) -> list[str]:
    """The string constants of a module, its docstrings left out."""
    tree = ast.parse(_code(path))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_nothing_below_the_faces_reads_who_the_user_is():
    for path in MODULES:
        module = _name(path)
        if _below(module, "workflow.cli"):
            continue
        assert "getpass" not in IMPORTS[module], f"{module}: identity is the faces'"
        if module != "workflow.export.pdf":  # which runs LibreOffice, and nothing else
            assert "subprocess" not in IMPORTS[module], f"{module}: identity is the faces'"
        for text in _strings_in_code(path):
            assert "PRESS_USER" not in text and "user.name" not in text, f"{module}: {text!r}"

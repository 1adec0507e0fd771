"""The shape of the source tree, read from the AST of every module under src/fylink.

- No import circle among fylink's modules, counting imports inside functions too: an import
  moved into a function to break a circle would still close it here.
- Below the CLI (services, domain, documents, transfer) nothing knows the CLI, Typer or Rich.
- A stored row changes only through the journal's write path (services/journal.py).
"""

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import fylink

SRC = Path(fylink.__file__).parent
#: Packages below the CLI: no presentation, no command-line framework.
BELOW_CLI = ("services", "domain", "documents", "transfer")
PRESENTATION = ("typer", "rich", "click")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # what it names (a module, or a module's attribute)
    line: int


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str, path: Path) -> Iterator[Import]:
    """Every import in the module, at any depth (functions, TYPE_CHECKING blocks too).

    ``from fylink.services import journal`` names the module ``fylink.services.journal``;
    ``from fylink.services.journal import record`` names ``fylink.services.journal.record``.
    """
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:
                yield Import(name, f"{source}.{alias.name}", node.lineno)


def _resolve(target: str) -> str | None:
    """The fylink module an import target lands in (``fylink.services.journal.record`` ->
    ``fylink.services.journal``); None outside fylink."""
    while target:
        if target in MODULES:
            return target
        target = target.rpartition(".")[0]
    return None


def _graph() -> dict[str, dict[str, int]]:
    """module -> {imported fylink module: the line of its first import}."""
    graph: dict[str, dict[str, int]] = {name: {} for name in MODULES}
    for name, path in MODULES.items():
        for imp in _imports(name, path):
            target = _resolve(imp.target)
            if target is not None and target != name:
                graph[name].setdefault(target, imp.line)
    return graph


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_module_and_function_level_imports():
    graph = _graph()
    # module level: ``from fylink.services import journal``
    assert "fylink.services.journal" in graph["fylink.services.cases"]
    # inside a function: the CLI loads its services lazily
    assert "fylink.services.cases" in graph["fylink.cli.case"]


def test_a_cycle_is_found_when_there_is_one():
    graph = {"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_import_circle():
    graph = _graph()
    described = [
        " / ".join(f"{m} -> {t} (line {line})" for m in c for t, line in graph[m].items() if t in c)
        for c in _cycles(graph)
    ]
    assert described == []


@pytest.mark.parametrize("package", BELOW_CLI)
def test_below_the_cli_nothing_knows_the_cli(package):
    offending = [
        f"{imp.module}:{imp.line} imports {imp.target}"
        for name, path in MODULES.items()
        if name.startswith(f"fylink.{package}.") or name == f"fylink.{package}"
        for imp in _imports(name, path)
        if imp.target == "fylink.cli"
        or imp.target.startswith("fylink.cli.")
        or imp.target.split(".")[0] in PRESENTATION
    ]
    assert offending == []


def _calls_outside_journal() -> Iterator[str]:
    journal = SRC / "services" / "journal.py"
    for name, path in MODULES.items():
        if path == journal:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # journal.record(...) by hand: the write path is insert/changing/update/delete.
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("record", "snapshot")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "journal"
            ):
                yield f"{name}:{node.lineno} calls journal.{node.func.attr}"
            # updated_at is set in one place, when the journal's write path stores a change.
            if isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Attribute) and target.attr == "updated_at":
                        yield f"{name}:{node.lineno} sets updated_at"


def test_rows_change_only_through_the_journal_write_path():
    assert list(_calls_outside_journal()) == []

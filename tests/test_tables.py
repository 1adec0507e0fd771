"""fylink.tables (the read-side Core tables) is generated from the models and must match them.

Run ``FYLINK_REGENERATE=1 pytest tests/test_tables.py`` after changing fylink/models.py to
rewrite src/fylink/tables.py.
"""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, Table, TypeDecorator

import fylink.tables
from fylink import models

TABLES_PY = Path(fylink.tables.__file__)

HEADER = '''"""The tables as SQLAlchemy Core ``Table`` objects, for commands that only read.

Generated from fylink.models by tests/test_tables.py (``FYLINK_REGENERATE=1 pytest
tests/test_tables.py`` rewrites it); that test fails whenever the two differ. Building the
SQLModel classes of fylink.models costs every command about 0.15 s, and importing the ORM
another 0.13 s; the report reads the same tables through these objects and a Core
connection (fylink.db.read_scope) without either. Columns, types and foreign keys only: the
schema itself is created by the migrations, never from this metadata. SQLModel's column
types appear as the SQLAlchemy types they decorate: a datetime read through these tables
comes back as the driver gives it (naive UTC on SQLite), not marked as UTC.

Each table is built the first time a command names it (``from fylink.tables import
cases``, through the module's ``__getattr__``): building all fifty cost every read command
about 40 ms of its start, most of it SQLAlchemy's per-column event set-up, for the three or
four tables it reads. ``metadata`` builds them all (``db copy`` walks every table). A
foreign key to a table not built yet is resolved when that table is built; a join between
two tables names both, so both exist by then.
"""

'''


def read_type(column_type: Any) -> Any:
    """The plain SQLAlchemy type a column is read as.

    SQLModel's own types are decorators of SQLAlchemy's; importing them would import
    SQLModel, and with it the ORM, which fylink.tables exists to avoid. AutoString is a
    String on SQLite and PostgreSQL; UTCDateTime is a DateTime that insists on aware
    values when written and marks values read back as UTC: through fylink.tables a
    datetime comes back as the driver gives it (naive UTC on SQLite).
    """
    if isinstance(column_type, TypeDecorator) and type(column_type).__module__.startswith(
        "sqlmodel."
    ):
        return column_type.impl_instance
    return column_type


def _column_source(column: Column[Any]) -> tuple[str, set[tuple[str, str]]]:
    column_type = read_type(column.type)
    assert type(column_type).__module__.startswith("sqlalchemy."), column_type
    type_expr = repr(column_type)
    imports = {("sqlalchemy", type(column_type).__name__)}
    parts = [repr(column.name), type_expr]
    for fk in sorted(column.foreign_keys, key=lambda f: f.target_fullname):
        parts.append(f"ForeignKey({fk.target_fullname!r})")
        imports.add(("sqlalchemy", "ForeignKey"))
    if column.primary_key:
        parts.append("primary_key=True")
    elif not column.nullable:
        parts.append("nullable=False")
    return f"    Column({', '.join(parts)}),", imports


def _isort_key(name: str) -> tuple[int, str]:
    # isort's (and ruff's) order within an import: CONSTANTS, then Classes, then functions.
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


FOOTER = '''

def __getattr__(name: str) -> Any:
    """A table, built when first named; ``metadata``: every table built (PEP 562)."""
    if name == "metadata":
        for table_name in _BUILDERS:
            _table(table_name)
        globals()["metadata"] = _metadata
        return _metadata
    if name in _BUILDERS:
        return _table(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _table(name: str) -> Table:
    table = globals().get(name)
    if table is None:
        table = globals()[name] = _BUILDERS[name]()
    return table
'''


def render(metadata: MetaData) -> str:
    imports = {("sqlalchemy", "Column"), ("sqlalchemy", "MetaData"), ("sqlalchemy", "Table")}
    blocks = []
    names = sorted(metadata.tables)
    for table in sorted(metadata.tables.values(), key=lambda t: t.name):
        lines = [
            f"def _make_{table.name}() -> Table:",
            "    return Table(",
            f"        {table.name!r},",
            "        _metadata,",
        ]
        for column in table.columns:
            line, needed = _column_source(column)
            lines.append("    " + line)
            imports |= needed
        lines.append("    )")
        blocks.append("\n".join(lines))
    by_module: dict[str, list[str]] = {}
    for module, name in imports:
        by_module.setdefault(module, []).append(name)
    import_lines = [
        f"from {module} import {', '.join(sorted(names, key=_isort_key))}"
        for module, names in sorted(by_module.items())
    ]
    body = "\n\n\n".join(blocks)
    builders = "".join(f"    {name!r}: _make_{name},\n" for name in names)
    declared = "".join(f"{name}: Table\n" for name in names)
    return (
        HEADER
        + "from collections.abc import Callable\nfrom typing import Any\n\n"
        + "\n".join(import_lines)
        + "\n\n_metadata = MetaData()\n\n\n"
        + body
        + "\n\n\n_BUILDERS: dict[str, Callable[[], Table]] = {\n"
        + builders
        + "}\n\n# The tables, each built by __getattr__ when first named.\n"
        + declared
        + "metadata: MetaData\n"
        + FOOTER
    )


def _formatted(source: str) -> str:
    """The source as ruff formats it, so the check ignores line wrapping."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TABLES_PY), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_tables_module_matches_the_models():
    expected = _formatted(render(models.SQLModel.metadata))
    if os.environ.get("FYLINK_REGENERATE"):
        TABLES_PY.write_text(expected, encoding="utf-8")
    assert TABLES_PY.read_text(encoding="utf-8") == expected, (
        "src/fylink/tables.py is out of date: run FYLINK_REGENERATE=1 pytest tests/test_tables.py"
    )


def test_every_table_and_column_agrees():
    """Belt and braces for the text comparison: the same tables, columns, types and keys."""
    for name, table in models.SQLModel.metadata.tables.items():
        light = fylink.tables.metadata.tables[name]
        assert isinstance(light, Table)
        assert [c.name for c in light.columns] == [c.name for c in table.columns]
        for ours, theirs in zip(light.columns, table.columns, strict=True):
            assert repr(ours.type) == repr(read_type(theirs.type)), (name, ours.name)
            assert ours.primary_key == theirs.primary_key, (name, ours.name)
            assert ours.nullable == theirs.nullable, (name, ours.name)
            assert {fk.target_fullname for fk in ours.foreign_keys} == {
                fk.target_fullname for fk in theirs.foreign_keys
            }
    assert set(fylink.tables.metadata.tables) == set(models.SQLModel.metadata.tables)


def test_a_table_is_built_when_first_named():
    """Importing fylink.tables builds nothing; naming a table builds it alone, and its
    foreign keys resolve once the tables they name are built too (issue 21)."""
    probe = (
        "import fylink.tables as t\n"
        "before = sorted(t._metadata.tables)\n"
        "from fylink.tables import cases\n"
        "after = sorted(t._metadata.tables)\n"
        "from sqlalchemy import select\n"
        "joined = str(select(cases.c.id).select_from(cases.join(t.unit)))\n"
        "print(before, after, len(t.metadata.tables), t.cases is cases, 'JOIN unit ON' in joined)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    count = len(models.SQLModel.metadata.tables)
    assert done.stdout.split() == ["[]", "['cases']", str(count), "True", "True"]

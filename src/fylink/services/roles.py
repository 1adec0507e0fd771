"""The PostgreSQL roles and row-level policies an office applies (``fylink db roles``).

A module of its own so that printing them opens no database and imports neither the ORM
nor the database services (issue 21: the light path).
"""

from importlib import resources


def roles_sql() -> str:
    """The PostgreSQL roles and row-level policies (see docs/database.md)."""
    return resources.files("fylink").joinpath("sql", "roles.sql").read_text("utf-8")

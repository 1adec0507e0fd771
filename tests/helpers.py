"""Constants and helpers shared by the tests (importable: tests/ is on sys.path)."""

import tempfile
from pathlib import Path

DATA = Path(__file__).parent / "data"

#: The frozen "today" of the test suite (FYLINK_TODAY).
TODAY = "2025-06-30"


def db_dump(url: str) -> list[tuple]:
    """Every row of every table, for "the data is exactly as it was" checks."""
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    rows: list[tuple] = []
    with engine.connect() as connection:
        for table in sorted(inspect(connection).get_table_names()):
            for row in connection.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                rows.append((table, *row))
    engine.dispose()
    return rows


def permissions_enforced() -> bool:
    """Does this process obey file permissions? Root (with CAP_DAC_OVERRIDE) does not.

    .ci/run runs the suite as root with that capability dropped, so the tests that need
    permissions run there too; see the ``needs_permissions`` marker in conftest.py.
    """
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"")
        probe.chmod(0o400)
        try:
            with open(probe, "ab"):
                return False
        except PermissionError:
            return True

"""Constants and helpers shared by the tests (importable: tests/ is on sys.path)."""

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

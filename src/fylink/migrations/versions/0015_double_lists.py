"""each 双清单 is its own list; recurring series can be closed (issue 15)

* ``double_list``: a 双清单 as approved (2026年度府院联动双清单), with its year;
* ``task.list_id`` / ``task_draft.list_id``: the list a task or a 拟定 row was imported into,
  so the re-import key is (list, section, 序号) and next year's list adds its own tasks;
* ``task.series_closed_on``: a recurring item closed (``task close``) generates no more
  occurrences.

Data: tasks imported before lists existed (a 序号 or a section on file) are put in one list
per year, "YYYY年度双清单" (``derived``): the year of the meeting that approved them, else
the year (Beijing time) they were written. 拟定 rows keep no list (the approving meeting's
year decides, as for a draft sheet without a title). The first sheet of that year imported
under a name of its own takes the derived list over, so re-importing it still updates.

Only a new table, added columns and a new index: no table is recreated (see 0002).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

#: Beijing time, to read the year a task was written in.
_BEIJING = timedelta(hours=8)


def upgrade() -> None:
    op.create_table(
        "double_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("derived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_double_list")),
        sa.UniqueConstraint("name", name=op.f("uq_double_list_name")),
    )
    op.add_column("task", sa.Column("list_id", sa.Integer(), nullable=True))
    op.add_column("task", sa.Column("series_closed_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_task_list_id"), "task", ["list_id"], unique=False)
    op.add_column("task_draft", sa.Column("list_id", sa.Integer(), nullable=True))
    _derive_lists()


def _derive_lists() -> None:
    """One list per year for what was imported before: grouped in SQL, a few updates."""
    connection = op.get_bind()
    listed = "(task.list_no <> '' OR task.list_section <> '')"
    years: dict[int, list[tuple[str, dict[str, object]]]] = {}
    # Approved at a meeting: the meeting's year.
    for (year,) in connection.execute(
        sa.text(
            "SELECT DISTINCT meeting.year FROM task JOIN meeting "
            f"ON meeting.id = task.approved_meeting_id WHERE {listed}"
        )
    ):
        years.setdefault(int(year), []).append(
            (
                f"UPDATE task SET list_id = :list WHERE {listed} AND approved_meeting_id IN "
                "(SELECT id FROM meeting WHERE year = :year)",
                {"year": int(year)},
            )
        )
    # Imported directly: the year (Beijing time) the task was written.
    for table, where in (("task", f"{listed} AND approved_meeting_id IS NULL"),):
        bounds = connection.execute(
            sa.text(f"SELECT min(created_at), max(created_at) FROM {table} WHERE {where}")
        ).one()
        if bounds[0] is None:
            continue
        first, last = (_as_datetime(value) for value in bounds)
        for year in range((first + _BEIJING).year, (last + _BEIJING).year + 1):
            begin = datetime(year, 1, 1, tzinfo=UTC) - _BEIJING
            end = datetime(year + 1, 1, 1, tzinfo=UTC) - _BEIJING
            years.setdefault(year, []).append(
                (
                    f"UPDATE {table} SET list_id = :list WHERE {where} "
                    "AND created_at >= :begin AND created_at < :end",
                    {"begin": begin, "end": end},
                )
            )
    now = datetime.now(UTC)
    for year in sorted(years):
        connection.execute(
            sa.text(
                "INSERT INTO double_list (name, year, derived, created_at, updated_at) "
                "VALUES (:name, :year, :derived, :now, :now)"
            ).bindparams(
                sa.bindparam("derived", type_=sa.Boolean()),
                sa.bindparam("now", type_=sa.DateTime(timezone=True)),
            ),
            {"name": f"{year}年度双清单", "year": year, "derived": True, "now": now},
        )
        list_id = connection.execute(
            sa.text("SELECT id FROM double_list WHERE name = :name"),
            {"name": f"{year}年度双清单"},
        ).scalar_one()
        changed = 0
        for statement, values in years[year]:
            query = sa.text(statement)
            if "begin" in values:
                query = query.bindparams(
                    sa.bindparam("begin", type_=sa.DateTime(timezone=True)),
                    sa.bindparam("end", type_=sa.DateTime(timezone=True)),
                )
            changed += connection.execute(query, {**values, "list": list_id}).rowcount
        if not changed:
            connection.execute(
                sa.text("DELETE FROM double_list WHERE id = :list"), {"list": list_id}
            )


def _as_datetime(value: object) -> datetime:
    """A stored created_at (SQLite hands back text) as an aware UTC datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def downgrade() -> None:
    with op.batch_alter_table("task_draft") as batch:
        batch.drop_column("list_id")
    op.drop_index(op.f("ix_task_list_id"), table_name="task")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("series_closed_on")
        batch.drop_column("list_id")
    op.drop_table("double_list")

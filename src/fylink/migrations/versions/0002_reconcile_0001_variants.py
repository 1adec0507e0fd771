"""bring every database stamped 0001 to the one 0001 schema

Revision 0001 was edited in place after offices had used it, so a database stamped
"0001" has one of four schemas, depending on the fylink that created it:

* A (first releases): no ``suggestion.reply_due_provisional``, no ``journal.prev_hash``,
  no ``db_user_unit``, four indexes missing;
* B (meetings and tasks): as A, with the provisional flag and ``ix_task_open_due``;
* C (PostgreSQL support): as B, with ``prev_hash`` and ``db_user_unit``;
* D (the final 0001): as C, with ``ix_case_category_heard``, ``ix_suggestion_reply_due``
  and a three-column ``ix_task_unit_due``.

This revision looks at what is there and adds what is missing, so all four end as D; on
D it changes nothing. It never recreates a table (SQLite's batch mode would, and with
foreign keys on a recreated parent table loses rows): columns are added with
``ALTER TABLE … ADD COLUMN`` and a default. Tests upgrade a file made by each variant's
own code (tests/data/schemas).

From here on a revision that has landed is never edited (tests/test_migrations.py keeps
their checksums).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: The first journal row's ``prev_hash`` (services/journal.py GENESIS).
GENESIS = "0" * 64

#: Indexes of the final 0001: name -> (table, columns).
INDEXES = {
    "ix_task_open_due": ("task", ["completed_on", "due_on"]),
    "ix_task_unit_due": ("task", ["lead_unit_id", "due_on", "completed_on"]),
    "ix_case_category_heard": ("cases", ["category", "heard_on"]),
    "ix_suggestion_reply_due": ("suggestion", ["reply_due", "replied_on"]),
}


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    postgres = bind.dialect.name == "postgresql"

    def columns(table: str) -> set[str]:
        return {column["name"] for column in inspector.get_columns(table)}

    if "reply_due_provisional" not in columns("suggestion"):
        op.add_column(
            "suggestion",
            sa.Column(
                "reply_due_provisional", sa.Boolean(), nullable=False, server_default=sa.false()
            ),
        )
        if postgres:  # SQLite cannot drop a default without recreating the table
            op.alter_column("suggestion", "reply_due_provisional", server_default=None)

    if "prev_hash" not in columns("journal"):
        # The chain was already there: each hash covered the previous one (or GENESIS).
        # Only the link was not stored; write it from the rows in id order.
        op.add_column(
            "journal",
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=""),
        )
        op.execute(
            sa.text(
                "UPDATE journal SET prev_hash = COALESCE("
                "(SELECT earlier.hash FROM journal AS earlier WHERE earlier.id < journal.id"
                " ORDER BY earlier.id DESC LIMIT 1), :genesis)"
            ).bindparams(genesis=GENESIS)
        )
        if postgres:
            op.alter_column("journal", "prev_hash", server_default=None)

    if not inspector.has_table("db_user_unit"):
        op.create_table(
            "db_user_unit",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("db_user", sa.String(length=63), nullable=False),
            sa.Column("unit_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["unit_id"], ["unit.id"], name=op.f("fk_db_user_unit_unit_id_unit")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_db_user_unit")),
            sa.UniqueConstraint("db_user", "unit_id", name=op.f("uq_db_user_unit_db_user")),
        )
        op.create_index(op.f("ix_db_user_unit_db_user"), "db_user_unit", ["db_user"])
        op.create_index(op.f("ix_db_user_unit_unit_id"), "db_user_unit", ["unit_id"])

    for name, (table, wanted) in INDEXES.items():
        existing = {index["name"]: index for index in inspector.get_indexes(table)}
        if name in existing and list(existing[name]["column_names"]) == wanted:
            continue
        if name in existing:
            op.drop_index(name, table_name=table)
        op.create_index(name, table, wanted)


def downgrade() -> None:
    # Nothing to undo: the result is the schema 0001 itself creates.
    pass

"""parties and projects: 一企一档、一楼一策 (issue 17)

New tables only (no existing table is recreated): a party's former names (party_alias),
party records merged into another (party_merge), the enterprises the office watches
(party_watch), projects and their cases (project, project_case), what a task concerns
(task_subject), the parties a suggestion concerns (suggestion_party), a 破产 case's
procedure and stage (bankruptcy) and whether a lost judgment was performed
(judgment_performance). One index: case_party (party_id, case_id, role), so a party's
cases are read from the index alone.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _fk(column: str, table: str, name: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], name=op.f(name))


def upgrade() -> None:
    op.create_table(
        "party_alias",
        _id(),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("party_id", "party", "fk_party_alias_party_id_party"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_alias")),
    )
    op.create_index("ix_party_alias_party_id", "party_alias", ["party_id"])
    op.create_index("ix_party_alias_name", "party_alias", ["name"])

    op.create_table(
        "party_merge",
        _id(),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("into_id", sa.Integer(), nullable=False),
        sa.Column("merged_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("party_id", "party", "fk_party_merge_party_id_party"),
        _fk("into_id", "party", "fk_party_merge_into_id_party"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_merge")),
        sa.UniqueConstraint("party_id", name=op.f("uq_party_merge_party_id")),
    )
    op.create_index("ix_party_merge_into_id", "party_merge", ["into_id"])

    op.create_table(
        "party_watch",
        _id(),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("task_force", sa.String(length=100), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("party_id", "party", "fk_party_watch_party_id_party"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_watch")),
        sa.UniqueConstraint("party_id", name=op.f("uq_party_watch_party_id")),
    )

    op.create_table(
        "project",
        _id(),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("leader", sa.String(length=50), nullable=False),
        sa.Column("households", sa.Integer(), nullable=True),
        sa.Column("people", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("unit_id", "unit", "fk_project_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("name", name=op.f("uq_project_name")),
    )
    op.create_index("ix_project_unit_id", "project", ["unit_id"])

    op.create_table(
        "project_case",
        _id(),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        _fk("project_id", "project", "fk_project_case_project_id_project"),
        _fk("case_id", "cases", "fk_project_case_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_case")),
        sa.UniqueConstraint("project_id", "case_id", name=op.f("uq_project_case_project_id")),
    )
    op.create_index("ix_project_case_project_id", "project_case", ["project_id"])
    op.create_index("ix_project_case_case_id", "project_case", ["case_id"])

    op.create_table(
        "task_subject",
        _id(),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        _fk("task_id", "task", "fk_task_subject_task_id_task"),
        _fk("case_id", "cases", "fk_task_subject_case_id_cases"),
        _fk("party_id", "party", "fk_task_subject_party_id_party"),
        _fk("project_id", "project", "fk_task_subject_project_id_project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_subject")),
        sa.UniqueConstraint("task_id", name=op.f("uq_task_subject_task_id")),
    )
    op.create_index("ix_task_subject_case_id", "task_subject", ["case_id"])
    op.create_index("ix_task_subject_party_id", "task_subject", ["party_id"])
    op.create_index("ix_task_subject_project_id", "task_subject", ["project_id"])

    op.create_table(
        "suggestion_party",
        _id(),
        sa.Column("suggestion_id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        _fk("suggestion_id", "suggestion", "fk_suggestion_party_suggestion_id_suggestion"),
        _fk("party_id", "party", "fk_suggestion_party_party_id_party"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion_party")),
        sa.UniqueConstraint(
            "suggestion_id", "party_id", name=op.f("uq_suggestion_party_suggestion_id")
        ),
    )
    op.create_index("ix_suggestion_party_suggestion_id", "suggestion_party", ["suggestion_id"])
    op.create_index("ix_suggestion_party_party_id", "suggestion_party", ["party_id"])

    op.create_table(
        "bankruptcy",
        _id(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("procedure", sa.String(length=4), nullable=False),
        sa.Column("stage", sa.String(length=10), nullable=False),
        sa.Column("administrator", sa.String(length=100), nullable=False),
        sa.Column("employee_claims_fen", sa.BigInteger(), nullable=True),
        sa.Column("unpaid_workers", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("case_id", "cases", "fk_bankruptcy_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bankruptcy")),
        sa.UniqueConstraint("case_id", name=op.f("uq_bankruptcy_case_id")),
    )

    op.create_table(
        "judgment_performance",
        _id(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=4), nullable=False),
        sa.Column("marked_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _fk("case_id", "cases", "fk_judgment_performance_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judgment_performance")),
        sa.UniqueConstraint("case_id", name=op.f("uq_judgment_performance_case_id")),
    )

    op.create_index("ix_case_party_party_case", "case_party", ["party_id", "case_id", "role"])


def downgrade() -> None:
    op.drop_index("ix_case_party_party_case", table_name="case_party")
    for table in (
        "judgment_performance",
        "bankruptcy",
        "suggestion_party",
        "task_subject",
        "project_case",
        "project",
        "party_watch",
        "party_merge",
        "party_alias",
    ):
        op.drop_table(table)

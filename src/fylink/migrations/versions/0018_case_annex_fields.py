"""the 白皮书 fields of a case (issue 18)

* ``cases.act_kind``: 被诉行政行为类别 (处罚, 许可, 强制, 征收征用, 确认, 不履行法定职责,
  信息公开, 行政协议, 赔偿补偿, 其他);
* ``cases.loss_reasons``: 败诉原因, several joined by "、" in a fixed order, which SQL
  counts with LIKE (no reason's name is part of another's);
* ``cases.withdrawal_kind``: 撤诉类型 (原告主动撤诉 / 被告改变行为后撤诉);
* ``cases.joint_respondent``: 复议机关作共同被告; ``cases.norm_review``: 规范性文件附带审查;
* ``cases.typical`` and ``cases.typical_note``: a 典型案例 and why.

Each is optional: existing cases have none recorded. Only added columns: no table is
recreated (see 0002).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_TEXTS = (("act_kind", 10), ("loss_reasons", 100), ("withdrawal_kind", 12), ("typical_note", 200))


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, length in _TEXTS:
        op.add_column(
            "cases",
            sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
        )
    op.add_column("cases", sa.Column("joint_respondent", sa.Boolean(), nullable=True))
    op.add_column("cases", sa.Column("norm_review", sa.Boolean(), nullable=True))
    op.add_column(
        "cases", sa.Column("typical", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    if postgres:  # SQLite cannot drop a default without recreating the table
        for name, _ in _TEXTS:
            op.alter_column("cases", name, server_default=None)
        op.alter_column("cases", "typical", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name in ("typical", "norm_review", "joint_respondent"):
            batch.drop_column(name)
        for name, _ in reversed(_TEXTS):
            batch.drop_column(name)

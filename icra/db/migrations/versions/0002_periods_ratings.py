"""Reporting periods (a plan's year, its due date, locked once approved) and the
coordinator's rating of each plan item (not started / limited / substantial / complete).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reporting_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_reporting_period_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_period")),
        sa.UniqueConstraint("plan_id", "year", name=op.f("uq_reporting_period_plan_id_year")),
    )
    with op.batch_alter_table("reporting_period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reporting_period_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_item_rating",
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.Column(
            "rating",
            sa.Enum(
                "not_started",
                "limited",
                "substantial",
                "complete",
                name="rating",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("rated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_rating_plan_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_item_id", name=op.f("pk_plan_item_rating")),
    )


def downgrade() -> None:
    op.drop_table("plan_item_rating")
    with op.batch_alter_table("reporting_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reporting_period_plan_id"))

    op.drop_table("reporting_period")

"""The search index: each entry's word stems, filled in for the entries already stored.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icra.services.search import term_rows

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    term = op.create_table(
        "entry_term",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_entry_term_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "term", name=op.f("pk_entry_term")),
    )
    op.create_index("ix_entry_term_term", "entry_term", ["term", "entry_id"], unique=False)
    # The stems are the search's own (Azerbaijani-aware), so existing entries are indexed here in Python.
    # Read as it is indexed, not fetched whole: an archive's entries need not fit in memory.
    stored = op.get_bind().execute(
        sa.text(
            "SELECT entry.id, entry.text, report.language"
            " FROM entry JOIN report ON report.id = entry.report_id"
        ).execution_options(yield_per=1000)
    )
    for rows in term_rows(stored.tuples()):
        op.bulk_insert(term, rows)


def downgrade() -> None:
    op.drop_index("ix_entry_term_term", table_name="entry_term")
    op.drop_table("entry_term")

"""The search index: each entry's word stems, filled in for the entries already stored.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from icra import lang
from icra.services.search import entry_terms

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Stems written per INSERT, so a large archive is indexed without holding every stem at once.
BATCH = 25_000


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
    stored = op.get_bind().execute(
        sa.text(
            "SELECT entry.id, entry.text, report.language"
            " FROM entry JOIN report ON report.id = entry.report_id"
        )
    )
    rows: list[dict[str, object]] = []
    for entry_id, text, language in stored.fetchall():
        rows += [{"entry_id": entry_id, "term": t} for t in sorted(entry_terms(text, lang.get(language)))]
        if len(rows) >= BATCH:
            op.bulk_insert(term, rows)
            rows = []
    if rows:
        op.bulk_insert(term, rows)


def downgrade() -> None:
    op.drop_index("ix_entry_term_term", table_name="entry_term")
    op.drop_table("entry_term")

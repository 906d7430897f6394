"""The initial schema: every record of design.md.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_az", sa.Text(), nullable=True),
        sa.Column("name_en", sa.Text(), nullable=True),
        sa.Column("name_ru", sa.Text(), nullable=True),
        sa.Column("abbreviation", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("code", name=op.f("uq_agency_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=400), nullable=False),
        sa.Column("abbreviation", sa.String(length=40), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("title_az", sa.Text(), nullable=True),
        sa.Column("title_en", sa.Text(), nullable=True),
        sa.Column("title_ru", sa.Text(), nullable=True),
        sa.Column("period_start", sa.Integer(), nullable=False),
        sa.Column("period_end", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=60), nullable=True),
        sa.Column("reconstructed", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("code", name=op.f("uq_plan_code")),
    )
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("title_az", sa.Text(), nullable=True),
        sa.Column("title_en", sa.Text(), nullable=True),
        sa.Column("title_ru", sa.Text(), nullable=True),
        sa.Column("deadline_text", sa.String(length=40), nullable=True),
        sa.Column("deadline_from", sa.Date(), nullable=True),
        sa.Column("deadline_to", sa.Date(), nullable=True),
        sa.Column("expected_result", sa.Text(), nullable=True),
        sa.Column("indicators", sa.JSON(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["plan_item.id"], name=op.f("fk_plan_item_parent_id_plan_item")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_item_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
        sa.UniqueConstraint("plan_id", "code", name=op.f("uq_plan_item_plan_id_code")),
    )
    op.create_index(op.f("ix_plan_item_parent_id"), "plan_item", ["parent_id"], unique=False)
    op.create_index(op.f("ix_plan_item_plan_id"), "plan_item", ["plan_id"], unique=False)
    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "submitted",
                "returned",
                "approved",
                "published",
                name="report_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("header_agency", sa.Text(), nullable=True),
        sa.Column("header_year", sa.Integer(), nullable=True),
        sa.Column("header_plan_title", sa.Text(), nullable=True),
        sa.Column("header_period_start", sa.Integer(), nullable=True),
        sa.Column("header_period_end", sa.Integer(), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_report_agency_id_agency")),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_report_plan_id_plan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
    )
    op.create_index(op.f("ix_report_agency_id"), "report", ["agency_id"], unique=False)
    op.create_index(op.f("ix_report_plan_id"), "report", ["plan_id"], unique=False)
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "coordinator",
                "reporter",
                "viewer",
                name="user_role",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role <> 'reporter' OR agency_id IS NOT NULL", name=op.f("ck_user_account_reporter_has_agency")
        ),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_user_account_agency_id_agency")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_index(op.f("ix_user_account_agency_id"), "user_account", ["agency_id"], unique=False)
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_audit_event_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity_type", "entity_id"], unique=False)
    op.create_index(op.f("ix_audit_event_user_id"), "audit_event", ["user_id"], unique=False)
    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("unknown_codes", sa.JSON(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_entry_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry")),
    )
    op.create_index(op.f("ix_entry_report_id"), "entry", ["report_id"], unique=False)
    op.create_table(
        "plan_item_agency",
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead",
                "partner",
                name="responsibility_role",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_plan_item_agency_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_plan_item_agency_plan_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_item_id", "agency_id", name=op.f("pk_plan_item_agency")),
    )
    op.create_index(op.f("ix_plan_item_agency_agency_id"), "plan_item_agency", ["agency_id"], unique=False)
    op.create_table(
        "report_organisation",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_report_organisation_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_report_organisation_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("report_id", "organisation_id", name=op.f("pk_report_organisation")),
    )
    op.create_index(
        op.f("ix_report_organisation_organisation_id"),
        "report_organisation",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "source_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=True),
        sa.Column("format", sa.String(length=20), nullable=True),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_source_file_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_file")),
        sa.UniqueConstraint("report_id", name=op.f("uq_source_file_report_id")),
    )
    op.create_index(op.f("ix_source_file_sha256"), "source_file", ["sha256"], unique=False)
    op.create_table(
        "document_ref",
        sa.Column(
            "kind",
            sa.Enum(
                "letter",
                "decision",
                "law",
                "order",
                "decree",
                "resolution",
                "other",
                name="document_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=80), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "extracted",
                "confirmed",
                "edited",
                "added",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("section_code", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_document_ref_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_ref")),
    )
    op.create_index(op.f("ix_document_ref_entry_id"), "document_ref", ["entry_id"], unique=False)
    op.create_table(
        "entry_plan_item",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_entry_plan_item_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"], ["plan_item.id"], name=op.f("fk_entry_plan_item_plan_item_id_plan_item")
        ),
        sa.PrimaryKeyConstraint("entry_id", "plan_item_id", name=op.f("pk_entry_plan_item")),
    )
    op.create_index(
        op.f("ix_entry_plan_item_plan_item_id"), "entry_plan_item", ["plan_item_id"], unique=False
    )
    op.create_table(
        "event",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "extracted",
                "confirmed",
                "edited",
                "added",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("section_code", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_event_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_entry_id"), "event", ["entry_id"], unique=False)
    op.create_table(
        "figure",
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("period", sa.Text(), nullable=True),
        sa.Column("unit", sa.String(length=40), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "extracted",
                "confirmed",
                "edited",
                "added",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("section_code", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_figure_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure")),
    )
    op.create_index(op.f("ix_figure_entry_id"), "figure", ["entry_id"], unique=False)
    op.create_table(
        "need",
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "extracted",
                "confirmed",
                "edited",
                "added",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("section_code", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entry.id"], name=op.f("fk_need_entry_id_entry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    op.create_index(op.f("ix_need_entry_id"), "need", ["entry_id"], unique=False)
    op.create_table(
        "organisation_mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("source_end", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "extracted",
                "confirmed",
                "edited",
                "added",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name=op.f("fk_organisation_mention_entry_id_entry"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_mention_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["report.id"],
            name=op.f("fk_organisation_mention_report_id_report"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_mention")),
    )
    op.create_index(
        op.f("ix_organisation_mention_entry_id"), "organisation_mention", ["entry_id"], unique=False
    )
    op.create_index(
        op.f("ix_organisation_mention_report_id"), "organisation_mention", ["report_id"], unique=False
    )
    op.create_index(
        op.f("ix_organisation_mention_organisation_id"),
        "organisation_mention",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_organisation_mention_organisation_id"), table_name="organisation_mention")
    op.drop_index(op.f("ix_organisation_mention_report_id"), table_name="organisation_mention")
    op.drop_index(op.f("ix_organisation_mention_entry_id"), table_name="organisation_mention")
    op.drop_table("organisation_mention")
    op.drop_index(op.f("ix_need_entry_id"), table_name="need")
    op.drop_table("need")
    op.drop_index(op.f("ix_figure_entry_id"), table_name="figure")
    op.drop_table("figure")
    op.drop_index(op.f("ix_event_entry_id"), table_name="event")
    op.drop_table("event")
    op.drop_index(op.f("ix_entry_plan_item_plan_item_id"), table_name="entry_plan_item")
    op.drop_table("entry_plan_item")
    op.drop_index(op.f("ix_document_ref_entry_id"), table_name="document_ref")
    op.drop_table("document_ref")
    op.drop_index(op.f("ix_source_file_sha256"), table_name="source_file")
    op.drop_table("source_file")
    op.drop_index(op.f("ix_report_organisation_organisation_id"), table_name="report_organisation")
    op.drop_table("report_organisation")
    op.drop_index(op.f("ix_plan_item_agency_agency_id"), table_name="plan_item_agency")
    op.drop_table("plan_item_agency")
    op.drop_index(op.f("ix_entry_report_id"), table_name="entry")
    op.drop_table("entry")
    op.drop_index(op.f("ix_audit_event_user_id"), table_name="audit_event")
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    op.drop_table("audit_event")
    op.drop_index(op.f("ix_user_account_agency_id"), table_name="user_account")
    op.drop_table("user_account")
    op.drop_index(op.f("ix_report_plan_id"), table_name="report")
    op.drop_index(op.f("ix_report_agency_id"), table_name="report")
    op.drop_table("report")
    op.drop_index(op.f("ix_plan_item_plan_id"), table_name="plan_item")
    op.drop_index(op.f("ix_plan_item_parent_id"), table_name="plan_item")
    op.drop_table("plan_item")
    op.drop_table("plan")
    op.drop_table("organisation")
    op.drop_table("agency")

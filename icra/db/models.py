"""Every record İcra keeps (see design.md, "The records"), as SQLAlchemy 2 typed models.

Only ``icra/services`` writes these. The Alembic migrations in ``icra/db/migrations``
create the same schema; ``tests/db/test_migrations.py`` checks the two agree.
Choice lists (statuses, roles) are stored as short strings with a CHECK constraint
rather than native PostgreSQL enums, so adding a value needs no type migration.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from icra.model import DocumentKind, ItemStatus

# The longest stem the search index keeps; a longer word is indexed by its first letters.
TERM_LENGTH = 64

# Named constraints, so migrations can drop and alter them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ResponsibilityRole(StrEnum):
    lead = "lead"
    partner = "partner"


class ReportStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    returned = "returned"
    approved = "approved"
    published = "published"


class UserRole(StrEnum):
    admin = "admin"
    coordinator = "coordinator"
    reporter = "reporter"
    viewer = "viewer"


def _choice(enum: type[StrEnum], name: str) -> Enum:
    """A string column limited to ``enum``'s values by a named CHECK constraint."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _item_status() -> Enum:
    return _choice(ItemStatus, "item_status")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Plan(Base):
    """A national action plan, e.g. the anti-trafficking NAP 2014-2018."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    title_az: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    title_ru: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[int]
    period_end: Mapped[int]
    country: Mapped[str | None] = mapped_column(String(60))
    # Why the titles are not the official text, where they are not (the demo plan).
    reconstructed: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[PlanItem]] = relationship(back_populates="plan", cascade="all, delete-orphan")


class PlanItem(Base):
    """One node of a plan's tree: section ``13`` > measure ``13.1`` > sub-item ``13.1.1``."""

    __tablename__ = "plan_item"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("plan_item.id"), index=True)
    # 1 for a section, 2 for a measure, 3 for a sub-item: the number of parts in the code.
    level: Mapped[int]
    title_az: Mapped[str | None] = mapped_column(Text)
    title_en: Mapped[str | None] = mapped_column(Text)
    title_ru: Mapped[str | None] = mapped_column(Text)
    # The deadline as the plan writes it ("2016", "2014-2018", "2016-06-30"), and as dates.
    deadline_text: Mapped[str | None] = mapped_column(String(40))
    deadline_from: Mapped[dt.date | None] = mapped_column(Date)
    deadline_to: Mapped[dt.date | None] = mapped_column(Date)
    expected_result: Mapped[str | None] = mapped_column(Text)
    indicators: Mapped[list[str]] = mapped_column(default=list)
    # Dropped from the plan by a re-import while reports still refer to it.
    withdrawn: Mapped[bool] = mapped_column(default=False)

    plan: Mapped[Plan] = relationship(back_populates="items")
    parent: Mapped[PlanItem | None] = relationship(remote_side=[id])
    responsibilities: Mapped[list[PlanItemAgency]] = relationship(
        back_populates="plan_item", cascade="all, delete-orphan"
    )


class Agency(Base):
    """A body that reports on a plan (State Migration Service, Ministry of Internal Affairs ...)."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_az: Mapped[str | None] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    name_ru: Mapped[str | None] = mapped_column(Text)
    abbreviation: Mapped[str | None] = mapped_column(String(20))


class PlanItemAgency(Base):
    """An agency responsible for a plan item, as lead or as partner."""

    __tablename__ = "plan_item_agency"

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), primary_key=True, index=True)
    role: Mapped[ResponsibilityRole] = mapped_column(_choice(ResponsibilityRole, "responsibility_role"))

    plan_item: Mapped[PlanItem] = relationship(back_populates="responsibilities")
    agency: Mapped[Agency] = relationship()


class Report(Base):
    """One agency's report on one plan for one year."""

    __tablename__ = "report"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    year: Mapped[int]
    status: Mapped[ReportStatus] = mapped_column(
        _choice(ReportStatus, "report_status"), default=ReportStatus.draft
    )
    language: Mapped[str] = mapped_column(String(8))
    # The header as the report itself states it, which may differ from the records above.
    header_agency: Mapped[str | None] = mapped_column(Text)
    header_year: Mapped[int | None]
    header_plan_title: Mapped[str | None] = mapped_column(Text)
    header_period_start: Mapped[int | None]
    header_period_end: Mapped[int | None]
    warnings: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    agency: Mapped[Agency] = relationship()
    plan: Mapped[Plan] = relationship()
    source_file: Mapped[SourceFile | None] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )
    entries: Mapped[list[Entry]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="Entry.position"
    )
    organisations: Mapped[list[ReportOrganisation]] = relationship(
        cascade="all, delete-orphan", order_by="ReportOrganisation.position"
    )
    mentions: Mapped[list[OrganisationMention]] = relationship(
        cascade="all, delete-orphan", order_by="OrganisationMention.id"
    )


class SourceFile(Base):
    """The uploaded file, byte for byte, so nothing a reporter sends is ever lost."""

    __tablename__ = "source_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), unique=True)
    filename: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(20))
    encoding: Mapped[str | None] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    report: Mapped[Report] = relationship(back_populates="source_file")


entry_plan_item = Table(
    "entry_plan_item",
    Base.metadata,
    Column("entry_id", ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
    Column("plan_item_id", ForeignKey("plan_item.id"), primary_key=True, index=True),
)


class Entry(Base):
    """The part of a report about one or more plan items ("13.3.6 and 13.3.7"), with its text."""

    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    # The codes as the report writes them, known to the plan or not: nothing is dropped.
    codes: Mapped[list[str]] = mapped_column(default=list)
    unknown_codes: Mapped[list[str]] = mapped_column(default=list)
    heading: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    # Where the entry's text stands in the whole document.
    start: Mapped[int] = mapped_column(default=0)
    end: Mapped[int] = mapped_column(default=0)

    report: Mapped[Report] = relationship(back_populates="entries")
    plan_items: Mapped[list[PlanItem]] = relationship(secondary=entry_plan_item)
    events: Mapped[list[Event]] = relationship(cascade="all, delete-orphan", order_by="Event.id")
    figures: Mapped[list[Figure]] = relationship(cascade="all, delete-orphan", order_by="Figure.id")
    document_refs: Mapped[list[DocumentRef]] = relationship(
        cascade="all, delete-orphan", order_by="DocumentRef.id"
    )
    needs: Mapped[list[Need]] = relationship(cascade="all, delete-orphan", order_by="Need.id")


class EntryTerm(Base):
    """A stem of a word in an entry's text (``icra.services.search.entry_terms``): the search index.
    Written and rewritten in bulk by the search service, and deleted with its entry by the database.

    A table of stems rather than SQLite FTS5 or PostgreSQL full-text search, because neither engine
    stems Azerbaijani, and one table serves both the same way.
    """

    __tablename__ = "entry_term"
    __table_args__ = (Index("ix_entry_term_term", "term", "entry_id"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True)
    term: Mapped[str] = mapped_column(String(TERM_LENGTH), primary_key=True)


class SourcedItem(Base):
    """What every extracted item shares: its entry, its span in the entry's text, its review status."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    # Position among all the report's items of this kind, as extraction listed them.
    position: Mapped[int]
    source_start: Mapped[int | None]
    source_end: Mapped[int | None]
    status: Mapped[ItemStatus] = mapped_column(_item_status(), default=ItemStatus.extracted)
    # The plan code the item is reported under, as extraction gave it.
    section_code: Mapped[str | None] = mapped_column(String(40))


class Event(SourcedItem):
    __tablename__ = "event"

    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(40))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(Text)
    participants: Mapped[int | None]


class Figure(SourcedItem):
    __tablename__ = "figure"

    value: Mapped[float]
    what: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(40))


class DocumentRef(SourcedItem):
    __tablename__ = "document_ref"

    kind: Mapped[DocumentKind] = mapped_column(_choice(DocumentKind, "document_kind"))
    number: Mapped[str | None] = mapped_column(String(80))
    date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)


class Need(SourcedItem):
    __tablename__ = "need"

    text: Mapped[str] = mapped_column(Text)


class Organisation(Base):
    """An organisation that reports name, shared by every report that names it."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(400), unique=True)
    abbreviation: Mapped[str | None] = mapped_column(String(40))
    aliases: Mapped[list[str]] = mapped_column(default=list)


class ReportOrganisation(Base):
    """An organisation a report names, in the order extraction listed them."""

    __tablename__ = "report_organisation"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True, index=True)
    position: Mapped[int]

    organisation: Mapped[Organisation] = relationship()


class OrganisationMention(Base):
    """Where a report names an organisation: a span of an entry's text or, where the
    mention stands outside every entry (``entry_id`` NULL), of the whole document."""

    __tablename__ = "organisation_mention"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    source_start: Mapped[int | None]
    source_end: Mapped[int | None]
    status: Mapped[ItemStatus] = mapped_column(_item_status(), default=ItemStatus.extracted)

    organisation: Mapped[Organisation] = relationship()
    entry: Mapped[Entry | None] = relationship()


class User(Base):
    __tablename__ = "user_account"  # "user" is a reserved word in PostgreSQL
    __table_args__ = (
        CheckConstraint("role <> 'reporter' OR agency_id IS NOT NULL", name="reporter_has_agency"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    # An argon2id hash; "!" for system users such as "cli", who cannot log in.
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[UserRole] = mapped_column(_choice(UserRole, "user_role"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"), index=True)
    # Where reporting reminders go; optional, since not every user reports.
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    agency: Mapped[Agency | None] = relationship()


class ApiToken(Base):
    """A script's key to the JSON API, acting as its user. Only the sha256 of the secret is
    kept (the secret is random and long, so a plain hash is enough); it is shown once."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"), index=True)
    # What the token is for ("nightly export"), so its owner knows which one to revoke.
    name: Mapped[str] = mapped_column(String(80))
    secret_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()


class AuditEvent(Base):
    """One change to a record: who made it, when, and the record before and after."""

    __tablename__ = "audit_event"
    # The history of one record ("who changed plan item 13.1.1?") is the common query.
    __table_args__ = (Index("ix_audit_event_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # None only for the creation of a system user, which has nobody to act for it.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    # The report the record is part of (the report itself, an entry, an item, an organisation's link),
    # so a report's history is one indexed query. No foreign key: the trail outlives what it tells of.
    report_id: Mapped[int | None] = mapped_column(index=True)
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]

    user: Mapped[User | None] = relationship()


class Rating(StrEnum):
    """How far a plan item has come, on the Open Government Partnership's scale."""

    not_started = "not_started"
    limited = "limited"
    substantial = "substantial"
    complete = "complete"


class PlanItemRating(Base):
    """The coordinator's rating of a plan item (web plan view; icra.services.periods)."""

    __tablename__ = "plan_item_rating"

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_item.id", ondelete="CASCADE"), primary_key=True
    )
    rating: Mapped[Rating] = mapped_column(_choice(Rating, "rating"))
    rated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ReportingPeriod(Base):
    """A plan's reporting round for one year: open with a due date, then approved and locked."""

    __tablename__ = "reporting_period"
    __table_args__ = (UniqueConstraint("plan_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    due: Mapped[dt.date] = mapped_column(Date)
    # Once approved, the year's reports of the plan no longer change.
    locked: Mapped[bool] = mapped_column(default=False)

    plan: Mapped[Plan] = relationship()

"""models.py: Composite notes (project composite-notes), rendered by Schemawright.

SQLModel classes for the SQLite prototype, matching schema.sqlite.sql. Required columns have no default,
Optional[...] = None marks the columns that may be NULL, enum columns take the enum classes below, and
every link is navigable from both sides. Foreign keys are named in __table_args__ with their ON DELETE
(Field(ondelete=) needs SQLModel 0.0.21+); run PRAGMA foreign_keys=ON on each SQLite connection.
Imports under SQLModel 0.0.8 (pydantic 1) and current SQLModel (pydantic 2).
"""
import datetime
import decimal
import enum
import uuid
from typing import Any, List, Optional

import sqlalchemy as sa
from sqlmodel import Field, Relationship, SQLModel


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


class Note(SQLModel, table=True):
    """A note."""

    __tablename__ = "notes"
    __table_args__ = (
        sa.CheckConstraint("author_email LIKE '%_@_%._%'", name="notes_author_email_format"),
        sa.CheckConstraint("length(title) >= 1", name="notes_title_length"),
        sa.Index("notes_body_gin_idx", "body"),
        sa.Index("notes_created_at_idx", sa.text("created_at DESC")),
    )

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    title: str
    body: Any = Field(default_factory=dict, sa_column=sa.Column("body", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'{}'")))
    labels: Any = Field(default_factory=list, sa_column=sa.Column("labels", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'[]'")))
    author_email: Optional[str] = None
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    updated_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    note_versions: List["NoteVersion"] = Relationship(back_populates="note", sa_relationship_kwargs={"passive_deletes": True})


class NoteVersion(SQLModel, table=True):
    """Each saved version of a note."""

    __tablename__ = "note_versions"
    __table_args__ = (
        sa.PrimaryKeyConstraint("note_id", "version", name="note_versions_pkey"),
        sa.ForeignKeyConstraint(["note_id"], ["notes.id"], ondelete="CASCADE", name="note_versions_note_id_fkey", link_to_name=True),
        sa.CheckConstraint("version > 0", name="note_versions_version_positive"),
    )

    note_id: str = Field(max_length=36)
    version: int
    content: str
    saved_on: datetime.date
    note: Optional["Note"] = Relationship(back_populates="note_versions")
    version_comments: List["VersionComment"] = Relationship(back_populates="note_version", sa_relationship_kwargs={"passive_deletes": True})


class VersionComment(SQLModel, table=True):
    """Comments on one version."""

    __tablename__ = "version_comments"
    __table_args__ = (
        sa.ForeignKeyConstraint(["note_id", "version"], ["note_versions.note_id", "note_versions.version"], ondelete="CASCADE", name="version_comments_version_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["reply_to_id"], ["version_comments.id"], ondelete="CASCADE", name="version_comments_reply_to_id_fkey", link_to_name=True),
        sa.Index("version_comments_version_idx", "note_id", "version"),
        sa.Index("version_comments_reply_to_id_idx", "reply_to_id", sqlite_where=sa.text("reply_to_id IS NOT NULL")),
    )

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    note_id: str = Field(max_length=36)
    version: int
    reply_to_id: Optional[str] = Field(default=None, max_length=36)
    text: str
    note_version: Optional["NoteVersion"] = Relationship(back_populates="version_comments")
    reply_to: Optional["VersionComment"] = Relationship(back_populates="version_comments_via_reply_to", sa_relationship_kwargs={"foreign_keys": "[VersionComment.reply_to_id]", "remote_side": "[VersionComment.id]"})
    version_comments_via_reply_to: List["VersionComment"] = Relationship(back_populates="reply_to", sa_relationship_kwargs={"foreign_keys": "[VersionComment.reply_to_id]", "passive_deletes": True})


# Append-only audit trail (no key). No primary key, so no ORM class: a Core table on the same metadata.
note_events_table = sa.Table(
    "note_events",
    SQLModel.metadata,
    sa.Column("note_id", sa.String(36), sa.ForeignKey("notes.id", ondelete="SET NULL", name="note_events_note_id_fkey", link_to_name=True), nullable=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)")),
    sa.ForeignKeyConstraint(["note_id"], ["notes.id"], ondelete="SET NULL", name="note_events_note_id_fkey", link_to_name=True),
    sa.CheckConstraint("kind IN ('created', 'edited')", name="note_events_kind_values"),
    sa.Index("note_events_note_id_idx", "note_id"),
)

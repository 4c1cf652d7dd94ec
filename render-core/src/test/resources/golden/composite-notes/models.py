"""models.py: Composite notes (project composite-notes), rendered by Schemawright.

SQLModel classes for SQLite, matching schema.sqlite.sql: uuid as 36-character text, timestamps as UTC text,
enums as text with a CHECK, JSON and arrays as JSON text. Works with SQLModel 0.0.8 (pydantic 1, SQLAlchemy 1.4)
and current SQLModel. Not expressed here: row-level security (enforce ownership in queries), GIN/trigram/
full-text indexes (btree), defaults from the signed-in user (set them in code).
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


class Note(SQLModel, table=True):
    """A note. (sources: N1)"""

    __tablename__ = "notes"
    __table_args__ = (
        sa.CheckConstraint("author_email LIKE '%_@_%._%'", name="notes_author_email_format"),
        sa.CheckConstraint("length(title) >= 1", name="notes_title_length"),
        sa.Index("notes_body_gin_idx", "body"),
        sa.Index("notes_created_at_idx", sa.text("created_at DESC")),
    )

    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True, nullable=False, default=new_uuid, comment="Surrogate key."))
    title: str = Field(sa_column=sa.Column("title", sa.Text, nullable=False, comment="sources: N1"))
    body: Optional[Any] = Field(default=None, sa_column=sa.Column("body", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'{}'"), comment="sources: N1"))
    labels: Optional[Any] = Field(default=None, sa_column=sa.Column("labels", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'[]'"), comment="sources: N1"))
    author_email: Optional[str] = Field(default=None, sa_column=sa.Column("author_email", sa.Text, nullable=True, comment="sources: N1"))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    note_versions: List["NoteVersion"] = Relationship(back_populates="note", sa_relationship_kwargs={"passive_deletes": True})


class NoteVersion(SQLModel, table=True):
    """Each saved version of a note. (sources: N3)"""

    __tablename__ = "note_versions"
    __table_args__ = (
        sa.PrimaryKeyConstraint("note_id", "version", name="note_versions_pkey"),
        sa.CheckConstraint("version > 0", name="note_versions_version_positive"),
    )

    note_id: Optional[str] = Field(default=None, sa_column=sa.Column("note_id", sa.String(36), sa.ForeignKey("notes.id", ondelete="CASCADE", name="note_versions_note_id_fkey", link_to_name=True), nullable=False, comment="sources: N3"))
    version: Optional[int] = Field(default=None, sa_column=sa.Column("version", sa.Integer, nullable=False, comment="sources: N3"))
    content: str = Field(sa_column=sa.Column("content", sa.Text, nullable=False, comment="sources: N3"))
    saved_on: datetime.date = Field(sa_column=sa.Column("saved_on", sa.Date, nullable=False, comment="sources: N3"))
    note: Optional["Note"] = Relationship(back_populates="note_versions")
    version_comments: List["VersionComment"] = Relationship(back_populates="note_version", sa_relationship_kwargs={"passive_deletes": True})


class VersionComment(SQLModel, table=True):
    """Comments on one version. (sources: N4)"""

    __tablename__ = "version_comments"
    __table_args__ = (
        sa.ForeignKeyConstraint(["note_id", "version"], ["note_versions.note_id", "note_versions.version"], ondelete="CASCADE", name="version_comments_version_fkey", link_to_name=True),
        sa.Index("version_comments_version_idx", "note_id", "version"),
        sa.Index("version_comments_reply_to_id_idx", "reply_to_id", sqlite_where=sa.text("reply_to_id IS NOT NULL")),
    )

    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True, nullable=False, default=new_uuid, comment="Surrogate key."))
    note_id: str = Field(sa_column=sa.Column("note_id", sa.String(36), nullable=False, comment="sources: N4"))
    version: int = Field(sa_column=sa.Column("version", sa.Integer, nullable=False, comment="sources: N4"))
    reply_to_id: Optional[str] = Field(default=None, sa_column=sa.Column("reply_to_id", sa.String(36), sa.ForeignKey("version_comments.id", ondelete="CASCADE", name="version_comments_reply_to_id_fkey", link_to_name=True), nullable=True, comment="sources: N4"))
    text: str = Field(sa_column=sa.Column("text", sa.Text, nullable=False, comment="sources: N4"))
    note_version: Optional["NoteVersion"] = Relationship(back_populates="version_comments")
    reply_to: Optional["VersionComment"] = Relationship(back_populates="version_comments_via_reply_to", sa_relationship_kwargs={"foreign_keys": "[VersionComment.reply_to_id]", "remote_side": "[VersionComment.id]"})
    version_comments_via_reply_to: List["VersionComment"] = Relationship(back_populates="reply_to", sa_relationship_kwargs={"foreign_keys": "[VersionComment.reply_to_id]", "passive_deletes": True})


# Append-only audit trail (no key). (sources: N5) No primary key, so no ORM class: a Core table on the same metadata.
note_events_table = sa.Table(
    "note_events",
    SQLModel.metadata,
    sa.Column("note_id", sa.String(36), sa.ForeignKey("notes.id", ondelete="SET NULL", name="note_events_note_id_fkey", link_to_name=True), nullable=True, comment="sources: N5"),
    sa.Column("kind", sa.String(20), nullable=False, comment="sources: N5"),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="sources: N5"),
    sa.CheckConstraint("kind IN ('created', 'edited')", name="note_events_kind_values"),
    sa.Index("note_events_note_id_idx", "note_id"),
)

"""models.py: Study cards (project study-cards), rendered by Schemawright.

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


class DeckVisibility(str, enum.Enum):
    PRIVATE = "private"
    PUBLIC = "public"


class User(SQLModel, table=True):
    """Local stand-in for auth.users (SQLite has no other schemas)."""

    __tablename__ = "users"
    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True))


class CardTag(SQLModel, table=True):
    """Cards carry many tags; a tag marks many cards. (sources: R10)"""

    __tablename__ = "card_tags"
    __table_args__ = (
        sa.PrimaryKeyConstraint("tag_id", "card_id", name="card_tags_pkey"),
        sa.Index("card_tags_card_id_idx", "card_id"),
        sa.Index("card_tags_tag_id_idx", "tag_id"),
    )

    card_id: Optional[str] = Field(default=None, sa_column=sa.Column("card_id", sa.String(36), sa.ForeignKey("cards.id", ondelete="CASCADE", name="card_tags_card_id_fkey", link_to_name=True), nullable=False, comment="sources: R10"))
    tag_id: Optional[int] = Field(default=None, sa_column=sa.Column("tag_id", sa.BigInteger, sa.ForeignKey("tags.id", ondelete="RESTRICT", name="card_tags_tag_id_fkey", link_to_name=True), nullable=False, comment="Nullable in the model, required as a key. (sources: R10)"))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))


class Card(SQLModel, table=True):
    """One question/answer pair. (sources: R5)"""

    __tablename__ = "cards"
    __table_args__ = (
        sa.CheckConstraint("position > 0", name="cards_position_positive"),
        sa.CheckConstraint("ease >= 1.3", name="cards_ease_range"),
        sa.Index("cards_deck_id_idx", "deck_id"),
        sa.Index("cards_front_fts_idx", "front"),
    )

    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True, nullable=False, default=new_uuid, comment="Surrogate key."))
    deck_id: str = Field(sa_column=sa.Column("deck_id", sa.String(36), sa.ForeignKey("decks.id", ondelete="CASCADE", name="cards_deck_id_fkey", link_to_name=True), nullable=False, comment="sources: R5"))
    front: str = Field(sa_column=sa.Column("front", sa.Text, nullable=False, comment="sources: R5"))
    back: str = Field(sa_column=sa.Column("back", sa.Text, nullable=False, comment="sources: R5"))
    position: Optional[int] = Field(default=None, sa_column=sa.Column("position", sa.Integer, nullable=False, server_default=sa.text("0"), comment="sources: R5"))
    ease: Optional[float] = Field(default=None, sa_column=sa.Column("ease", sa.Float, nullable=False, server_default=sa.text("2.5"), comment="sources: R9"))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    deck: Optional["Deck"] = Relationship(back_populates="cards")
    tags: List["Tag"] = Relationship(back_populates="cards", link_model=CardTag)


class Deck(SQLModel, table=True):
    """A named set of flashcards owned by one user. (sources: R3, R4)"""

    __tablename__ = "decks"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "title", name="decks_user_id_title_key"),
        sa.CheckConstraint("price >= 0", name="decks_price_non_negative"),
        sa.CheckConstraint("starts_on <= ends_on", name="decks_dates_ordered"),
        sa.Index("decks_user_id_idx", "user_id"),
        sa.Index("decks_category_id_idx", "category_id"),
        sa.Index("decks_title_trgm_idx", "title"),
        sa.Index("decks_tags_gin_idx", "tags"),
        sa.Index("decks_user_recent_idx", "user_id", sa.text("created_at DESC"), sqlite_where=sa.text("deleted_at IS NULL")),
    )

    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True, nullable=False, default=new_uuid, comment="Surrogate key."))
    user_id: Optional[str] = Field(default=None, sa_column=sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id", ondelete="CASCADE", name="decks_user_id_fkey", link_to_name=True), nullable=False, comment="Owner. (sources: R3)"))
    category_id: Optional[str] = Field(default=None, sa_column=sa.Column("category_id", sa.String(36), sa.ForeignKey("categories.id", ondelete="SET NULL", name="decks_category_id_fkey", link_to_name=True), nullable=True, comment="Optional subject. (sources: R7)"))
    title: str = Field(sa_column=sa.Column("title", sa.String(120), nullable=False, comment="sources: R3"))
    visibility: Optional[DeckVisibility] = Field(default=None, sa_column=sa.Column("visibility", sa.Enum(DeckVisibility, name="deck_visibility", values_callable=lambda members: [m.value for m in members], create_constraint=True), nullable=False, server_default=sa.text("'private'"), comment="Who may see it. (sources: R4)"))
    tags: Optional[List[str]] = Field(default=None, sa_column=sa.Column("tags", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'[]'"), comment="Free tags. (sources: R3)"))
    settings: Optional[Any] = Field(default=None, sa_column=sa.Column("settings", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'{}'"), comment="sources: R5"))
    price: Optional[decimal.Decimal] = Field(default=None, sa_column=sa.Column("price", sa.Numeric(10, 2), nullable=True, server_default=sa.text("0.00"), comment="sources: R6"))
    is_archived: Optional[bool] = Field(default=None, sa_column=sa.Column("is_archived", sa.Boolean, nullable=False, server_default=sa.text("0"), comment="sources: R3"))
    starts_on: Optional[datetime.date] = Field(default=None, sa_column=sa.Column("starts_on", sa.Date, nullable=True, server_default=sa.text("(date('now'))"), comment="sources: R6"))
    ends_on: Optional[datetime.date] = Field(default=None, sa_column=sa.Column("ends_on", sa.Date, nullable=True))
    deleted_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True, comment="Soft delete."))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    category: Optional["Category"] = Relationship(back_populates="decks")
    cards: List["Card"] = Relationship(back_populates="deck", sa_relationship_kwargs={"passive_deletes": True})


class Profile(SQLModel, table=True):
    """Public profile of a user. (sources: R1, R2)"""

    __tablename__ = "profiles"
    __table_args__ = (
        sa.CheckConstraint("length(display_name) BETWEEN 1 AND 80", name="profiles_display_name_length"),
        sa.CheckConstraint("email LIKE '%_@_%._%'", name="profiles_email_format"),
    )

    user_id: Optional[str] = Field(default=None, sa_column=sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id", ondelete="CASCADE", name="profiles_user_id_fkey", link_to_name=True), primary_key=True, nullable=False, comment="Owner (Supabase user). (sources: R1)"))
    display_name: str = Field(sa_column=sa.Column("display_name", sa.String(80), nullable=False, comment="Shown on shared decks. (sources: R2)"))
    email: Optional[str] = Field(default=None, sa_column=sa.Column("email", sa.Text, nullable=True, comment="Contact address. (sources: R2)"))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))


class Category(SQLModel, table=True):
    """Nested subject categories. (sources: R7)"""

    __tablename__ = "categories"
    __table_args__ = (
        sa.UniqueConstraint("parent_id", "name", name="categories_parent_id_name_key"),
        sa.CheckConstraint("trim(name) <> ''", name="categories_name_not_blank"),
        sa.CheckConstraint("id <> parent_id", name="categories_not_own_parent"),
        sa.Index("categories_parent_id_idx", "parent_id"),
    )

    id: Optional[str] = Field(default=None, sa_column=sa.Column("id", sa.String(36), primary_key=True, nullable=False, default=new_uuid, comment="Surrogate key."))
    parent_id: Optional[str] = Field(default=None, sa_column=sa.Column("parent_id", sa.String(36), sa.ForeignKey("categories.id", ondelete="SET NULL", name="categories_parent_id_fkey", link_to_name=True), nullable=True, comment="Enclosing category. (sources: R7)"))
    name: str = Field(sa_column=sa.Column("name", sa.Text, nullable=False, comment="sources: R7"))
    parent: Optional["Category"] = Relationship(back_populates="categories_via_parent", sa_relationship_kwargs={"foreign_keys": "[Category.parent_id]", "remote_side": "[Category.id]"})
    decks: List["Deck"] = Relationship(back_populates="category", sa_relationship_kwargs={"passive_deletes": True})
    categories_via_parent: List["Category"] = Relationship(back_populates="parent", sa_relationship_kwargs={"foreign_keys": "[Category.parent_id]", "passive_deletes": True})


class Tag(SQLModel, table=True):
    """sources: R10"""

    __tablename__ = "tags"
    __table_args__ = (
        sa.UniqueConstraint("label", name="tags_label_key"),
        sa.CheckConstraint("label IN ('hard', 'easy', 'it''s')", name="tags_label_kind"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    label: str = Field(sa_column=sa.Column("label", sa.String(40), nullable=False, comment="sources: R10"))
    cards: List["Card"] = Relationship(back_populates="tags", link_model=CardTag)

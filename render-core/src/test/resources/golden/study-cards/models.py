"""models.py: Study cards (project study-cards), rendered by Schemawright.

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
from pydantic import condecimal
from sqlmodel import Field, Relationship, SQLModel


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


class DeckVisibility(str, enum.Enum):
    private = "private"
    public = "public"


class CardTag(SQLModel, table=True):
    """Cards carry many tags; a tag marks many cards."""

    __tablename__ = "card_tags"
    __table_args__ = (
        sa.PrimaryKeyConstraint("tag_id", "card_id", name="card_tags_pkey"),
        sa.ForeignKeyConstraint(["card_id"], ["cards.id"], ondelete="CASCADE", name="card_tags_card_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], ondelete="RESTRICT", name="card_tags_tag_id_fkey", link_to_name=True),
        sa.Index("card_tags_card_id_idx", "card_id"),
        sa.Index("card_tags_tag_id_idx", "tag_id"),
    )

    card_id: str = Field(max_length=36)
    tag_id: int = Field(description="Nullable in the model, required as a key.")
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})


class User(SQLModel, table=True):
    """Stand-in for auth.users: only its key, so that rows can reach their user."""

    __tablename__ = "users"

    id: str = Field(primary_key=True, max_length=36)
    decks: List["Deck"] = Relationship(back_populates="user", sa_relationship_kwargs={"passive_deletes": True})
    profile: Optional["Profile"] = Relationship(back_populates="user", sa_relationship_kwargs={"uselist": False, "passive_deletes": True})


class Card(SQLModel, table=True):
    """One question/answer pair."""

    __tablename__ = "cards"
    __table_args__ = (
        sa.ForeignKeyConstraint(["deck_id"], ["decks.id"], ondelete="CASCADE", name="cards_deck_id_fkey", link_to_name=True),
        sa.CheckConstraint("position > 0", name="cards_position_positive"),
        sa.CheckConstraint("ease >= 1.3", name="cards_ease_range"),
        sa.Index("cards_deck_id_idx", "deck_id"),
        sa.Index("cards_front_fts_idx", "front"),
    )

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    deck_id: str = Field(max_length=36)
    front: str
    back: str
    position: int = Field(default=0, sa_column_kwargs={"server_default": sa.text("0")})
    ease: float = Field(default=2.5, sa_column_kwargs={"server_default": sa.text("2.5")})
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    deck: Optional["Deck"] = Relationship(back_populates="cards")
    tags: List["Tag"] = Relationship(back_populates="cards", link_model=CardTag)


class Deck(SQLModel, table=True):
    """A named set of flashcards owned by one user."""

    __tablename__ = "decks"
    __table_args__ = (
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE", name="decks_user_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["category_id"], ["categories.id"], ondelete="SET NULL", name="decks_category_id_fkey", link_to_name=True),
        sa.UniqueConstraint("user_id", "title", name="decks_user_id_title_key"),
        sa.CheckConstraint("price >= 0", name="decks_price_non_negative"),
        sa.CheckConstraint("starts_on <= ends_on", name="decks_dates_ordered"),
        sa.Index("decks_user_id_idx", "user_id"),
        sa.Index("decks_category_id_idx", "category_id"),
        sa.Index("decks_title_trgm_idx", "title"),
        sa.Index("decks_tags_gin_idx", "tags"),
        sa.Index("decks_user_recent_idx", "user_id", sa.text("created_at DESC"), sqlite_where=sa.text("deleted_at IS NULL")),
    )

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    user_id: str = Field(max_length=36, description="Owner.")
    category_id: Optional[str] = Field(default=None, max_length=36, description="Optional subject.")
    title: str = Field(max_length=120)
    visibility: DeckVisibility = Field(default=DeckVisibility.private, sa_column_kwargs={"server_default": sa.text("'private'")}, description="Who may see it.")
    tags: List[str] = Field(default_factory=list, sa_column=sa.Column("tags", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'[]'")), description="Free tags.")
    settings: Any = Field(default_factory=dict, sa_column=sa.Column("settings", sa.JSON(none_as_null=True), nullable=False, server_default=sa.text("'{}'")))
    price: Optional[condecimal(max_digits=10, decimal_places=2)] = Field(default=decimal.Decimal("0.00"), sa_column_kwargs={"server_default": sa.text("0.00")})
    is_archived: bool = Field(default=False, sa_column_kwargs={"server_default": sa.text("0")})
    starts_on: Optional[datetime.date] = Field(default_factory=datetime.date.today, sa_column_kwargs={"server_default": sa.text("(date('now'))")})
    ends_on: Optional[datetime.date] = None
    deleted_at: Optional[datetime.datetime] = None
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    updated_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    user: Optional["User"] = Relationship(back_populates="decks")
    category: Optional["Category"] = Relationship(back_populates="decks")
    cards: List["Card"] = Relationship(back_populates="deck", sa_relationship_kwargs={"passive_deletes": True})


class Profile(SQLModel, table=True):
    """Public profile of a user."""

    __tablename__ = "profiles"
    __table_args__ = (
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE", name="profiles_user_id_fkey", link_to_name=True),
        sa.CheckConstraint("length(display_name) BETWEEN 1 AND 80", name="profiles_display_name_length"),
        sa.CheckConstraint("email LIKE '%_@_%._%'", name="profiles_email_format"),
    )

    user_id: str = Field(primary_key=True, max_length=36, description="Owner (Supabase user).")
    display_name: str = Field(max_length=80, description="Shown on shared decks.")
    email: Optional[str] = Field(default=None, description="Contact address.")
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    updated_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    user: Optional["User"] = Relationship(back_populates="profile")


class Category(SQLModel, table=True):
    """Nested subject categories."""

    __tablename__ = "categories"
    __table_args__ = (
        sa.ForeignKeyConstraint(["parent_id"], ["categories.id"], ondelete="SET NULL", name="categories_parent_id_fkey", link_to_name=True),
        sa.UniqueConstraint("parent_id", "name", name="categories_parent_id_name_key"),
        sa.CheckConstraint("trim(name) <> ''", name="categories_name_not_blank"),
        sa.CheckConstraint("id <> parent_id", name="categories_not_own_parent"),
        sa.Index("categories_parent_id_idx", "parent_id"),
    )

    id: str = Field(default_factory=new_uuid, primary_key=True, max_length=36)
    parent_id: Optional[str] = Field(default=None, max_length=36, description="Enclosing category.")
    name: str
    parent: Optional["Category"] = Relationship(back_populates="categories_via_parent", sa_relationship_kwargs={"foreign_keys": "[Category.parent_id]", "remote_side": "[Category.id]"})
    decks: List["Deck"] = Relationship(back_populates="category", sa_relationship_kwargs={"passive_deletes": True})
    categories_via_parent: List["Category"] = Relationship(back_populates="parent", sa_relationship_kwargs={"foreign_keys": "[Category.parent_id]", "passive_deletes": True})


class Tag(SQLModel, table=True):
    __tablename__ = "tags"
    __table_args__ = (
        sa.UniqueConstraint("label", name="tags_label_key"),
        sa.CheckConstraint("label IN ('hard', 'easy', 'it''s')", name="tags_label_kind"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    label: str = Field(max_length=40)
    cards: List["Card"] = Relationship(back_populates="tags", link_model=CardTag)

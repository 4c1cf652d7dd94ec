"""models.py: Hostile shop (project hostile-shop), rendered by Schemawright.

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


class MemberRole(str, enum.Enum):
    OWNER = "owner"
    IT_S_MEMBER = "it's \"member\""


class GroupMember(SQLModel, table=True):
    __tablename__ = "group_members"
    __table_args__ = (
        sa.PrimaryKeyConstraint("group_id", "user_id", name="group_members_pkey"),
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], ondelete="CASCADE", name="group_members_group_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE", name="group_members_user_id_fkey", link_to_name=True),
        sa.Index("group_members_user_id_idx", "user_id"),
    )

    group_id: int
    user_id: int
    role: Optional[MemberRole] = Field(default=None, sa_column=sa.Column("role", sa.Enum(MemberRole, name="member role", values_callable=lambda members: [m.value for m in members], create_constraint=True), nullable=False, server_default=sa.text("'it''s \"member\"'")))


class User(SQLModel, table=True):
    """People who sign in. Second line; -- not SQL"""

    __tablename__ = "user"
    __table_args__ = (
        sa.UniqueConstraint("email", name="user_email_key"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    email: str = Field(max_length=254)
    class_: Optional[str] = Field(default=None, sa_column_kwargs={"name": "class"}, description="Python keyword as a column.")
    metadata_: Optional[Any] = Field(default=None, sa_column=sa.Column("metadata", sa.JSON(none_as_null=True), nullable=True), description="Reserved in SQLAlchemy.")
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    updated_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    groups: List["Group"] = Relationship(back_populates="created_by_user", sa_relationship_kwargs={"passive_deletes": True})
    orders_via_user: List["Order"] = Relationship(back_populates="user", sa_relationship_kwargs={"foreign_keys": "[Order.user_id]"})
    orders_via_handled_by_user: List["Order"] = Relationship(back_populates="handled_by_user", sa_relationship_kwargs={"foreign_keys": "[Order.handled_by]", "passive_deletes": True})
    weird_drop_table_xes: List["WeirdDropTableX"] = Relationship(back_populates="user", sa_relationship_kwargs={"passive_deletes": True})
    groups2: List["Group"] = Relationship(back_populates="users", link_model=GroupMember)


class Group(SQLModel, table=True):
    """A tenant; any user creates one and joins it as owner."""

    __tablename__ = "group"
    __table_args__ = (
        sa.ForeignKeyConstraint(["created_by"], ["user.id"], ondelete="SET NULL", name="group_created_by_fkey", link_to_name=True),
        sa.Index("group_created_by_idx", "created_by"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    select: str = Field(description="Reserved word.")
    created_by: Optional[int] = Field(default=None, description="Its creator.")
    created_by_user: Optional["User"] = Relationship(back_populates="groups")
    orders: List["Order"] = Relationship(back_populates="group", sa_relationship_kwargs={"passive_deletes": True})
    a_table_name_that_is_much_longer_than_sixty_three_bytes_in_postgresql_terms: List["ATableNameThatIsMuchLongerThanSixtyThreeBytesInPostgresqlTerm"] = Relationship(back_populates="group", sa_relationship_kwargs={"passive_deletes": True})
    users: List["User"] = Relationship(back_populates="groups2", link_model=GroupMember)


class Order(SQLModel, table=True):
    """An order placed by a user in a group."""

    __tablename__ = "order"
    __table_args__ = (
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="RESTRICT", name="order_user_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], ondelete="CASCADE", name="order_group_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="SET NULL", name="order_invoice_id_fkey", link_to_name=True),
        sa.ForeignKeyConstraint(["handled_by"], ["user.id"], ondelete="SET NULL", name="order_handled_by_fkey", link_to_name=True),
        sa.CheckConstraint("amount >= 0", name="order_amount_non_negative"),
        sa.CheckConstraint("length(note) <= 500", name="order_note_length"),
        sa.Index("order_user_id_idx", "user_id"),
        sa.Index("order_group_id_idx", "group_id"),
        sa.Index("order_invoice_id_idx", "invoice_id"),
        sa.Index("order_handled_by_idx", "handled_by"),
        sa.Index("order_live_idx", "group_id", sqlite_where=sa.text("deleted_at IS NULL")),
        sa.Index("order_note_trgm_idx", "note", sqlite_where=sa.text("note IS NOT NULL")),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: int
    group_id: int
    invoice_id: Optional[int] = Field(default=None, description="The invoice once issued (cycle with invoice).")
    from_: Optional[datetime.date] = Field(default=None, sa_column_kwargs={"name": "from"}, description="Python keyword.")
    to: Optional[datetime.date] = None
    amount: condecimal(max_digits=12, decimal_places=2) = Field(default=decimal.Decimal("0"), sa_column_kwargs={"server_default": sa.text("0")})
    note: Optional[str] = Field(default=None, max_length=500)
    handled_by: Optional[int] = Field(default=None, description="A second FK to user (ambiguous relation).")
    deleted_at: Optional[datetime.datetime] = None
    created_at: datetime.datetime = Field(default_factory=utc_now, sa_column_kwargs={"server_default": sa.text("(CURRENT_TIMESTAMP)")})
    user: Optional["User"] = Relationship(back_populates="orders_via_user", sa_relationship_kwargs={"foreign_keys": "[Order.user_id]"})
    group: Optional["Group"] = Relationship(back_populates="orders")
    invoice: Optional["Invoice"] = Relationship(back_populates="orders_via_invoice", sa_relationship_kwargs={"foreign_keys": "[Order.invoice_id]", "post_update": True})
    handled_by_user: Optional["User"] = Relationship(back_populates="orders_via_handled_by_user", sa_relationship_kwargs={"foreign_keys": "[Order.handled_by]"})
    invoice_via_order: Optional["Invoice"] = Relationship(back_populates="order", sa_relationship_kwargs={"foreign_keys": "[Invoice.order_id]", "uselist": False, "passive_deletes": True})
    cafe_commandes: List["CafeCommande"] = Relationship(back_populates="order")


class Invoice(SQLModel, table=True):
    __tablename__ = "invoice"
    __table_args__ = (
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], ondelete="CASCADE", name="invoice_order_id_fkey", link_to_name=True),
        sa.UniqueConstraint("order_id", name="invoice_order_id_key"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    order_id: int
    number: str = Field(max_length=30)
    order: Optional["Order"] = Relationship(back_populates="invoice_via_order", sa_relationship_kwargs={"foreign_keys": "[Invoice.order_id]"})
    orders_via_invoice: List["Order"] = Relationship(back_populates="invoice", sa_relationship_kwargs={"foreign_keys": "[Order.invoice_id]", "post_update": True, "passive_deletes": True})


class WeirdDropTableX(SQLModel, table=True):
    """Name with a quote and a semicolon."""

    __tablename__ = "weird\"; DROP TABLE x; --"
    __table_args__ = (
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="SET NULL", name="weird_user_fkey", link_to_name=True),
        sa.Index("weird_user_idx", "user_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: Optional[int] = None
    naive_value: Optional[str] = Field(default=None, sa_column_kwargs={"name": "naïve \"value\""}, description="Non-ASCII column.")
    c_1st: bool = Field(sa_column_kwargs={"name": "1st"}, description="Starts with a digit.")
    user: Optional["User"] = Relationship(back_populates="weird_drop_table_xes")


class CafeCommande(SQLModel, table=True):
    """Non-ASCII table name."""

    __tablename__ = "café_commandes"
    __table_args__ = (
        sa.ForeignKeyConstraint(["order_id"], ["order.id"], ondelete="NO ACTION", name="café_commandes_order_id_fkey", link_to_name=True),
        sa.Index("café_commandes_order_id_idx", "order_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    order_id: int
    donnees: Optional[bytes] = Field(default=None, sa_column_kwargs={"name": "données"})
    duree: Optional[str] = Field(default=None, sa_column_kwargs={"name": "durée"})
    heure: Optional[datetime.time] = None
    small: Optional[int] = None
    order: Optional["Order"] = Relationship(back_populates="cafe_commandes")


class ATableNameThatIsMuchLongerThanSixtyThreeBytesInPostgresqlTerm(SQLModel, table=True):
    __tablename__ = "a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae"
    __table_args__ = (
        sa.ForeignKeyConstraint(["group_id"], ["group.id"], ondelete="CASCADE", name="a_table_name_that_is_much_longer_than_sixty_three_byte_de566c07", link_to_name=True),
        sa.Index("a_table_name_that_is_much_longer_than_sixty_three_byte_779ce1c4", "group_id"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int
    group: Optional["Group"] = Relationship(back_populates="a_table_name_that_is_much_longer_than_sixty_three_bytes_in_postgresql_terms")

"""models.py: Hostile shop (project hostile-shop), rendered by Schemawright.

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


class MemberRole(str, enum.Enum):
    OWNER = "owner"
    IT_S_MEMBER = "it's \"member\""


class GroupMember(SQLModel, table=True):
    """sources: R2"""

    __tablename__ = "group_members"
    __table_args__ = (
        sa.PrimaryKeyConstraint("group_id", "user_id", name="group_members_pkey"),
        sa.Index("group_members_user_id_idx", "user_id"),
    )

    group_id: Optional[int] = Field(default=None, sa_column=sa.Column("group_id", sa.BigInteger, sa.ForeignKey("group.id", ondelete="CASCADE", name="group_members_group_id_fkey", link_to_name=True), nullable=False, comment="sources: R2"))
    user_id: Optional[int] = Field(default=None, sa_column=sa.Column("user_id", sa.BigInteger, sa.ForeignKey("user.id", ondelete="CASCADE", name="group_members_user_id_fkey", link_to_name=True), nullable=False, comment="sources: R2"))
    role: Optional[MemberRole] = Field(default=None, sa_column=sa.Column("role", sa.Enum(MemberRole, name="member role", values_callable=lambda members: [m.value for m in members], create_constraint=True), nullable=False, server_default=sa.text("'it''s \"member\"'"), comment="sources: R2"))


class User(SQLModel, table=True):
    """People who sign in. Second line; -- not SQL (sources: R1)"""

    __tablename__ = "user"
    __table_args__ = (
        sa.UniqueConstraint("email", name="user_email_key"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    email: str = Field(sa_column=sa.Column("email", sa.String(254), nullable=False, comment="sources: R1"))
    class_: Optional[str] = Field(default=None, sa_column=sa.Column("class", sa.Text, nullable=True, comment="Python keyword as a column. (sources: R1)"))
    metadata_: Optional[Any] = Field(default=None, sa_column=sa.Column("metadata", sa.JSON(none_as_null=True), nullable=True, comment="Reserved in SQLAlchemy. (sources: R1)"))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    updated_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    groups: List["Group"] = Relationship(back_populates="created_by_user", sa_relationship_kwargs={"passive_deletes": True})
    orders_via_user: List["Order"] = Relationship(back_populates="user", sa_relationship_kwargs={"foreign_keys": "[Order.user_id]"})
    orders_via_handled_by_user: List["Order"] = Relationship(back_populates="handled_by_user", sa_relationship_kwargs={"foreign_keys": "[Order.handled_by]", "passive_deletes": True})
    weird_drop_table_xes: List["WeirdDropTableX"] = Relationship(back_populates="user", sa_relationship_kwargs={"passive_deletes": True})
    groups2: List["Group"] = Relationship(back_populates="users", link_model=GroupMember)


class Group(SQLModel, table=True):
    """A tenant; any user creates one and joins it as owner. (sources: R2)"""

    __tablename__ = "group"
    __table_args__ = (
        sa.Index("group_created_by_idx", "created_by"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    select: str = Field(sa_column=sa.Column("select", sa.Text, nullable=False, comment="Reserved word. (sources: R2)"))
    created_by: Optional[int] = Field(default=None, sa_column=sa.Column("created_by", sa.BigInteger, sa.ForeignKey("user.id", ondelete="SET NULL", name="group_created_by_fkey", link_to_name=True), nullable=True, comment="Its creator. (sources: R2)"))
    created_by_user: Optional["User"] = Relationship(back_populates="groups")
    orders: List["Order"] = Relationship(back_populates="group", sa_relationship_kwargs={"passive_deletes": True})
    a_table_name_that_is_much_longer_than_sixty_three_bytes_in_postgresql_terms: List["ATableNameThatIsMuchLongerThanSixtyThreeBytesInPostgresqlTerm"] = Relationship(back_populates="group", sa_relationship_kwargs={"passive_deletes": True})
    users: List["User"] = Relationship(back_populates="groups2", link_model=GroupMember)


class Order(SQLModel, table=True):
    """An order placed by a user in a group. (sources: R3)"""

    __tablename__ = "order"
    __table_args__ = (
        sa.CheckConstraint("amount >= 0", name="order_amount_non_negative"),
        sa.CheckConstraint("length(note) <= 500", name="order_note_length"),
        sa.Index("order_user_id_idx", "user_id"),
        sa.Index("order_group_id_idx", "group_id"),
        sa.Index("order_invoice_id_idx", "invoice_id"),
        sa.Index("order_handled_by_idx", "handled_by"),
        sa.Index("order_live_idx", "group_id", sqlite_where=sa.text("deleted_at IS NULL")),
        sa.Index("order_note_trgm_idx", "note", sqlite_where=sa.text("note IS NOT NULL")),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    user_id: int = Field(sa_column=sa.Column("user_id", sa.BigInteger, sa.ForeignKey("user.id", ondelete="RESTRICT", name="order_user_id_fkey", link_to_name=True), nullable=False, comment="sources: R3"))
    group_id: int = Field(sa_column=sa.Column("group_id", sa.BigInteger, sa.ForeignKey("group.id", ondelete="CASCADE", name="order_group_id_fkey", link_to_name=True), nullable=False, comment="sources: R3"))
    invoice_id: Optional[int] = Field(default=None, sa_column=sa.Column("invoice_id", sa.BigInteger, sa.ForeignKey("invoice.id", ondelete="SET NULL", name="order_invoice_id_fkey", link_to_name=True), nullable=True, comment="The invoice once issued (cycle with invoice). (sources: R4)"))
    from_: Optional[datetime.date] = Field(default=None, sa_column=sa.Column("from", sa.Date, nullable=True, comment="Python keyword. (sources: R3)"))
    to: Optional[datetime.date] = Field(default=None, sa_column=sa.Column("to", sa.Date, nullable=True, comment="sources: R3"))
    amount: Optional[decimal.Decimal] = Field(default=None, sa_column=sa.Column("amount", sa.Numeric(12, 2), nullable=False, server_default=sa.text("0"), comment="sources: R3"))
    note: Optional[str] = Field(default=None, sa_column=sa.Column("note", sa.String(500), nullable=True, comment="sources: R3"))
    handled_by: Optional[int] = Field(default=None, sa_column=sa.Column("handled_by", sa.BigInteger, sa.ForeignKey("user.id", ondelete="SET NULL", name="order_handled_by_fkey", link_to_name=True), nullable=True, comment="A second FK to user (ambiguous relation). (sources: R3)"))
    deleted_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    created_at: Optional[datetime.datetime] = Field(default=None, sa_column=sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("(CURRENT_TIMESTAMP)"), comment="Audit convention."))
    user: Optional["User"] = Relationship(back_populates="orders_via_user", sa_relationship_kwargs={"foreign_keys": "[Order.user_id]"})
    group: Optional["Group"] = Relationship(back_populates="orders")
    invoice: Optional["Invoice"] = Relationship(back_populates="orders_via_invoice", sa_relationship_kwargs={"foreign_keys": "[Order.invoice_id]", "post_update": True})
    handled_by_user: Optional["User"] = Relationship(back_populates="orders_via_handled_by_user", sa_relationship_kwargs={"foreign_keys": "[Order.handled_by]"})
    invoice_via_order: Optional["Invoice"] = Relationship(back_populates="order", sa_relationship_kwargs={"foreign_keys": "[Invoice.order_id]", "uselist": False, "passive_deletes": True})
    cafe_commandes: List["CafeCommande"] = Relationship(back_populates="order")


class Invoice(SQLModel, table=True):
    """sources: R4"""

    __tablename__ = "invoice"
    __table_args__ = (
        sa.UniqueConstraint("order_id", name="invoice_order_id_key"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    order_id: int = Field(sa_column=sa.Column("order_id", sa.BigInteger, sa.ForeignKey("order.id", ondelete="CASCADE", name="invoice_order_id_fkey", link_to_name=True), nullable=False, comment="sources: R4"))
    number: str = Field(sa_column=sa.Column("number", sa.String(30), nullable=False, comment="sources: R4"))
    order: Optional["Order"] = Relationship(back_populates="invoice_via_order", sa_relationship_kwargs={"foreign_keys": "[Invoice.order_id]"})
    orders_via_invoice: List["Order"] = Relationship(back_populates="invoice", sa_relationship_kwargs={"foreign_keys": "[Order.invoice_id]", "post_update": True, "passive_deletes": True})


class WeirdDropTableX(SQLModel, table=True):
    """Name with a quote and a semicolon. (sources: R5)"""

    __tablename__ = "weird\"; DROP TABLE x; --"
    __table_args__ = (
        sa.Index("weird_user_idx", "user_id"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    user_id: Optional[int] = Field(default=None, sa_column=sa.Column("user_id", sa.BigInteger, sa.ForeignKey("user.id", ondelete="SET NULL", name="weird_user_fkey", link_to_name=True), nullable=True, comment="sources: R5"))
    naive_value: Optional[str] = Field(default=None, sa_column=sa.Column("naïve \"value\"", sa.Text, nullable=True, comment="Non-ASCII column. (sources: R5)"))
    c_1st: bool = Field(sa_column=sa.Column("1st", sa.Boolean, nullable=False, comment="Starts with a digit. (sources: R5)"))
    user: Optional["User"] = Relationship(back_populates="weird_drop_table_xes")


class CafeCommande(SQLModel, table=True):
    """Non-ASCII table name. (sources: R6)"""

    __tablename__ = "café_commandes"
    __table_args__ = (
        sa.Index("café_commandes_order_id_idx", "order_id"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    order_id: int = Field(sa_column=sa.Column("order_id", sa.BigInteger, sa.ForeignKey("order.id", ondelete="NO ACTION", name="café_commandes_order_id_fkey", link_to_name=True), nullable=False, comment="sources: R6"))
    donnees: Optional[bytes] = Field(default=None, sa_column=sa.Column("données", sa.LargeBinary, nullable=True, comment="sources: R6"))
    duree: Optional[str] = Field(default=None, sa_column=sa.Column("durée", sa.Text, nullable=True, comment="sources: R6"))
    heure: Optional[datetime.time] = Field(default=None, sa_column=sa.Column("heure", sa.Time, nullable=True, comment="sources: R6"))
    small: Optional[int] = Field(default=None, sa_column=sa.Column("small", sa.SmallInteger, nullable=True, comment="sources: R6"))
    order: Optional["Order"] = Relationship(back_populates="cafe_commandes")


class ATableNameThatIsMuchLongerThanSixtyThreeBytesInPostgresqlTerm(SQLModel, table=True):
    """sources: R7"""

    __tablename__ = "a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae"
    __table_args__ = (
        sa.Index("a_table_name_that_is_much_longer_than_sixty_three_byte_779ce1c4", "group_id"),
    )

    id: Optional[int] = Field(default=None, sa_column=sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True, nullable=False, comment="Surrogate key."))
    group_id: int = Field(sa_column=sa.Column("group_id", sa.BigInteger, sa.ForeignKey("group.id", ondelete="CASCADE", name="a_table_name_that_is_much_longer_than_sixty_three_byte_de566c07", link_to_name=True), nullable=False, comment="sources: R7"))
    group: Optional["Group"] = Relationship(back_populates="a_table_name_that_is_much_longer_than_sixty_three_bytes_in_postgresql_terms")

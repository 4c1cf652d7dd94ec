-- schema.sqlite.sql: Hostile shop (project hostile-shop), rendered by Schemawright.
-- Storage choices: uuid -> TEXT (36 chars), timestamptz -> TEXT UTC 'YYYY-MM-DD HH:MM:SS[.ffffff]' (SQLAlchemy's format),
-- date/time -> TEXT ISO-8601, boolean -> INTEGER 0/1, enum -> TEXT + CHECK IN, json and arrays -> TEXT + json_valid,
-- numeric -> NUMERIC affinity (not exact decimal), interval -> TEXT (ISO-8601 duration).
-- Not expressible in SQLite: row-level security (enforce ownership in the application), GIN/trigram/full-text
-- indexes (plain btree indexes instead), defaults from the signed-in user (the application sets them).
PRAGMA foreign_keys = ON;

-- People who sign in. Second line; -- not SQL (sources: R1)
CREATE TABLE "user" (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    class TEXT,
    metadata TEXT,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    updated_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT user_email_key UNIQUE (email),
    CHECK (length(email) <= 254),
    CHECK (json_valid(metadata))
);

-- A tenant; any user creates one and joins it as owner. (sources: R2)
CREATE TABLE "group" (
    id INTEGER PRIMARY KEY,
    "select" TEXT NOT NULL,
    created_by INTEGER,
    CONSTRAINT group_created_by_fkey FOREIGN KEY (created_by) REFERENCES "user" (id) ON DELETE SET NULL
);

-- sources: R2
CREATE TABLE group_members (
    group_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    role TEXT NOT NULL DEFAULT 'it''s "member"',
    PRIMARY KEY (group_id, user_id),
    CONSTRAINT group_members_group_id_fkey FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    CONSTRAINT group_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE,
    CHECK (role IN ('owner', 'it''s "member"'))
);

-- Name with a quote and a semicolon. (sources: R5)
CREATE TABLE "weird""; DROP TABLE x; --" (
    id INTEGER PRIMARY KEY,
    user_id INTEGER,
    "naïve ""value""" TEXT,
    "1st" INTEGER NOT NULL,
    CONSTRAINT weird_user_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE SET NULL,
    CHECK ("1st" IN (0, 1))
);

-- sources: R7
CREATE TABLE a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL,
    CONSTRAINT a_table_name_that_is_much_longer_than_sixty_three_byte_de566c07 FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE
);

-- An order placed by a user in a group. (sources: R3)
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL,
    group_id INTEGER NOT NULL,
    invoice_id INTEGER,
    "from" TEXT,
    "to" TEXT,
    amount NUMERIC NOT NULL DEFAULT 0,
    note TEXT,
    handled_by INTEGER,
    deleted_at TEXT,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT order_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE RESTRICT,
    CONSTRAINT order_group_id_fkey FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    CONSTRAINT order_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE SET NULL,
    CONSTRAINT order_handled_by_fkey FOREIGN KEY (handled_by) REFERENCES "user" (id) ON DELETE SET NULL,
    CONSTRAINT order_amount_non_negative CHECK (amount >= 0),
    CONSTRAINT order_note_length CHECK (length(note) <= 500),
    CHECK (length(note) <= 500)
);

-- sources: R4
CREATE TABLE invoice (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    number TEXT NOT NULL,
    CONSTRAINT invoice_order_id_fkey FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE CASCADE,
    CONSTRAINT invoice_order_id_key UNIQUE (order_id),
    CHECK (length(number) <= 30)
);

-- Non-ASCII table name. (sources: R6)
CREATE TABLE "café_commandes" (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL,
    "données" BLOB,
    "durée" TEXT,
    heure TEXT,
    small INTEGER,
    CONSTRAINT "café_commandes_order_id_fkey" FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE NO ACTION
);

-- Indexes (GIN, trigram and full-text indexes of the PostgreSQL schema are btree here)
CREATE INDEX group_created_by_idx ON "group" (created_by);
CREATE INDEX group_members_user_id_idx ON group_members (user_id);
CREATE INDEX weird_user_idx ON "weird""; DROP TABLE x; --" (user_id);
CREATE INDEX a_table_name_that_is_much_longer_than_sixty_three_byte_779ce1c4 ON a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae (group_id);
CREATE INDEX order_user_id_idx ON "order" (user_id);
CREATE INDEX order_group_id_idx ON "order" (group_id);
CREATE INDEX order_invoice_id_idx ON "order" (invoice_id);
CREATE INDEX order_handled_by_idx ON "order" (handled_by);
CREATE INDEX order_live_idx ON "order" (group_id) WHERE deleted_at IS NULL;
CREATE INDEX order_note_trgm_idx ON "order" (note) WHERE note IS NOT NULL; -- trigram in PostgreSQL
CREATE INDEX "café_commandes_order_id_idx" ON "café_commandes" (order_id);

-- updated_at: set on every update unless the statement set it (recursive_triggers is off by default)
CREATE TRIGGER user_set_updated_at AFTER UPDATE ON "user" FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE "user" SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

-- Row-level security: SQLite has none; the application must apply the PostgreSQL policies' rules itself.

-- schema.sqlite.sql: Study cards (project study-cards), rendered by Schemawright.
-- Storage choices: uuid -> TEXT (36 chars), timestamptz -> TEXT UTC 'YYYY-MM-DD HH:MM:SS[.ffffff]' (SQLAlchemy's format),
-- date/time -> TEXT ISO-8601, boolean -> INTEGER 0/1, enum -> TEXT + CHECK IN, json and arrays -> TEXT + json_valid,
-- numeric -> NUMERIC affinity (not exact decimal), interval -> TEXT (ISO-8601 duration).
-- Not expressible in SQLite: row-level security (enforce ownership in the application), GIN/trigram/full-text
-- indexes (plain btree indexes instead), defaults from the signed-in user (the application sets them).
PRAGMA foreign_keys = ON;

-- SQLite has no Supabase auth schema: local stand-ins for the external tables the PostgreSQL schema references.
-- stands in for auth.users
CREATE TABLE users (
    id TEXT NOT NULL,
    PRIMARY KEY (id)
);

-- Public profile of a user. (sources: R1, R2)
CREATE TABLE profiles (
    user_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    updated_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (user_id),
    CONSTRAINT profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT profiles_display_name_length CHECK (length(display_name) BETWEEN 1 AND 80),
    CONSTRAINT profiles_email_format CHECK (email LIKE '%_@_%._%'),
    CHECK (length(display_name) <= 80)
);

-- Nested subject categories. (sources: R7)
CREATE TABLE categories (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    parent_id TEXT,
    name TEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT categories_parent_id_name_key UNIQUE (parent_id, name),
    CONSTRAINT categories_name_not_blank CHECK (trim(name) <> ''),
    CONSTRAINT categories_not_own_parent CHECK (id <> parent_id)
);

-- A named set of flashcards owned by one user. (sources: R3, R4)
CREATE TABLE decks (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL,
    category_id TEXT,
    title TEXT NOT NULL,
    visibility TEXT NOT NULL DEFAULT 'private',
    tags TEXT NOT NULL DEFAULT '[]',
    settings TEXT NOT NULL DEFAULT '{}',
    price NUMERIC DEFAULT 0.00,
    is_archived INTEGER NOT NULL DEFAULT 0,
    starts_on TEXT DEFAULT (date('now')),
    ends_on TEXT,
    deleted_at TEXT,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    updated_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (id),
    CONSTRAINT decks_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT decks_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT decks_user_id_title_key UNIQUE (user_id, title),
    CONSTRAINT decks_price_non_negative CHECK (price >= 0),
    CONSTRAINT decks_dates_ordered CHECK (starts_on <= ends_on),
    CHECK (length(title) <= 120),
    CHECK (visibility IN ('private', 'public')),
    CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    CHECK (json_valid(settings)),
    CHECK (is_archived IN (0, 1))
);

-- One question/answer pair. (sources: R5)
CREATE TABLE cards (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    deck_id TEXT NOT NULL,
    front TEXT NOT NULL,
    back TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    ease REAL NOT NULL DEFAULT 2.5,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (id),
    CONSTRAINT cards_deck_id_fkey FOREIGN KEY (deck_id) REFERENCES decks (id) ON DELETE CASCADE,
    CONSTRAINT cards_position_positive CHECK (position > 0),
    CONSTRAINT cards_ease_range CHECK (ease >= 1.3)
);

-- sources: R10
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    CONSTRAINT tags_label_key UNIQUE (label),
    CONSTRAINT tags_label_kind CHECK (label IN ('hard', 'easy', 'it''s')),
    CHECK (length(label) <= 40)
);

-- Cards carry many tags; a tag marks many cards. (sources: R10)
CREATE TABLE card_tags (
    card_id TEXT NOT NULL,
    tag_id INTEGER NOT NULL,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (tag_id, card_id),
    CONSTRAINT card_tags_card_id_fkey FOREIGN KEY (card_id) REFERENCES cards (id) ON DELETE CASCADE,
    CONSTRAINT card_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE RESTRICT
);

-- Indexes (GIN, trigram and full-text indexes of the PostgreSQL schema are btree here)
CREATE INDEX categories_parent_id_idx ON categories (parent_id);
CREATE INDEX decks_user_id_idx ON decks (user_id);
CREATE INDEX decks_category_id_idx ON decks (category_id);
CREATE INDEX decks_title_trgm_idx ON decks (title); -- trigram in PostgreSQL
CREATE INDEX decks_tags_gin_idx ON decks (tags); -- gin in PostgreSQL
CREATE INDEX decks_user_recent_idx ON decks (user_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX cards_deck_id_idx ON cards (deck_id);
CREATE INDEX cards_front_fts_idx ON cards (front); -- fulltext in PostgreSQL
CREATE INDEX card_tags_card_id_idx ON card_tags (card_id);
CREATE INDEX card_tags_tag_id_idx ON card_tags (tag_id);

-- updated_at: set on every update unless the statement set it (recursive_triggers is off by default)
CREATE TRIGGER profiles_set_updated_at AFTER UPDATE ON profiles FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE profiles SET updated_at = CURRENT_TIMESTAMP WHERE user_id = NEW.user_id;
END;
CREATE TRIGGER decks_set_updated_at AFTER UPDATE ON decks FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE decks SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

-- Row-level security: SQLite has none; the application must apply the PostgreSQL policies' rules itself.

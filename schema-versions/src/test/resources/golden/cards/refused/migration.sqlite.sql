-- migration.sqlite.sql: Study Cards (project cards), rendered by Schemawright.
-- Takes a database built by the previous schema.sqlite.sql to what the new one builds.
-- Run it with: sqlite3 app.db < migration.sqlite.sql (one transaction; foreign keys are off while tables are rebuilt).
-- Rebuilt (SQLite cannot alter them in place): cards, tags.
-- 2 destructive changes were refused; they are listed at the end.
PRAGMA foreign_keys = OFF;
BEGIN;

-- New tables
-- table deck_cards (prd.md#L6, clarifications.md#L3; answers q-parent-card-deck)
CREATE TABLE deck_cards (
    deck_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    PRIMARY KEY (deck_id, card_id),
    CONSTRAINT deck_card_deck_id_fkey FOREIGN KEY (deck_id) REFERENCES decks (id) ON DELETE CASCADE,
    CONSTRAINT deck_card_card_id_fkey FOREIGN KEY (card_id) REFERENCES cards (id) ON DELETE CASCADE
);

-- Tables SQLite cannot alter in place: rebuilt, rows copied
-- REVIEW (fails if existing rows break it): table cards: rebuilt with its new shape (prd.md#L6, prd.md#L7)
-- NOT NULL with no value for the rows already there: user_id (the copy fails on a non-empty table: add their values to the SELECT)
CREATE TABLE sw_new_cards (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    user_id TEXT NOT NULL,
    front TEXT,
    back TEXT,
    difficulty TEXT,
    deck_id TEXT,
    PRIMARY KEY (id),
    CONSTRAINT card_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CHECK (difficulty IN ('easy', 'medium', 'hard', 'expert'))
);
INSERT INTO sw_new_cards (id, front, back, difficulty, deck_id)
    SELECT id, front, back, difficulty, deck_id FROM cards;
DROP TABLE cards;
ALTER TABLE sw_new_cards RENAME TO cards;
-- table tags: rebuilt with its new shape (prd.md#L8, clarifications.md#L8; answers q-shared-tag)
CREATE TABLE sw_new_tags (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    name TEXT NOT NULL,
    user_id TEXT,
    PRIMARY KEY (id)
);
INSERT INTO sw_new_tags (id, name, user_id)
    SELECT id, name, user_id FROM tags;
DROP TABLE tags;
ALTER TABLE sw_new_tags RENAME TO tags;

-- Indexes and updated_at triggers
-- index cards_user_id_idx on cards (foreign key lookups)
CREATE INDEX cards_user_id_idx ON cards (user_id);
-- index deck_cards_card_id_idx on deck_cards (foreign key lookups)
CREATE INDEX deck_cards_card_id_idx ON deck_cards (card_id);

-- rows that break a foreign key after the rebuilds (the sqlite3 shell prints them: none is expected)
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;

-- Refused: destructive changes held back (the database keeps these elements)
-- REFUSED (destructive; pass --allow-destructive to apply): column cards.deck_id — drops the column and its values (prd.md#L6; answers q-parent-card-deck)
-- REFUSED (destructive; pass --allow-destructive to apply): column tags.user_id — drops the column and its values (prd.md#L8; answers q-shared-tag)

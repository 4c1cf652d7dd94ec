-- migration.sqlite.sql: Notes (project notes), rendered by Schemawright.
-- Takes a database built by the previous schema.sqlite.sql to what the new one builds.
-- Run it with: sqlite3 app.db < migration.sqlite.sql (one transaction; foreign keys are off while tables are rebuilt).
-- Rebuilt (SQLite cannot alter them in place): memos.
-- 2 destructive changes were refused; they are listed at the end.
PRAGMA foreign_keys = OFF;
BEGIN;

-- Renames
-- table notes → memos: proposed rename (same requirements prd.md#L4); review it
ALTER TABLE notes RENAME TO memos;
-- column memos.title → heading: proposed rename (same requirements prd.md#L5); review it
ALTER TABLE memos RENAME COLUMN title TO heading;

-- Tables SQLite cannot alter in place: rebuilt, rows copied
-- table memos: rebuilt with its new shape (prd.md#L4)
CREATE TABLE sw_new_memos (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    author_id TEXT NOT NULL,
    heading TEXT NOT NULL,
    body TEXT,
    state TEXT NOT NULL DEFAULT 'draft',
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    pinned INTEGER NOT NULL,
    slug TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT notes_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT memos_slug_key UNIQUE (slug),
    CONSTRAINT notes_title_check CHECK (trim(heading) <> ''),
    CONSTRAINT memos_word_count_check CHECK (word_count >= 0),
    CHECK (length(heading) <= 200),
    CHECK (state IN ('draft', 'published', 'archived')),
    CHECK (pinned IN (0, 1))
);
INSERT INTO sw_new_memos (id, author_id, heading, body, state, created_at, pinned, slug, word_count)
    SELECT id, author_id, heading, body, state, created_at, 0, (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))), 0 FROM memos;
DROP TABLE memos;
ALTER TABLE sw_new_memos RENAME TO memos;

-- Indexes and updated_at triggers
-- index memos_author_id_idx on memos (foreign key lookups)
CREATE INDEX memos_author_id_idx ON memos (author_id);

-- rows that break a foreign key after the rebuilds (the sqlite3 shell prints them: none is expected)
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;

-- Refused: destructive changes held back (the database keeps these elements)
-- REFUSED (destructive; pass --allow-destructive to apply): enum memo_status — remove 'archived' (prd.md#L9)
-- REFUSED (destructive; pass --allow-destructive to apply): column users.email — type varchar(320) → varchar(254) (narrowing) (prd.md#L3)

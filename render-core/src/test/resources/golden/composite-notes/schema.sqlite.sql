-- schema.sqlite.sql: Composite notes (project composite-notes), rendered by Schemawright.
-- Storage choices: uuid -> TEXT (36 chars), timestamptz -> TEXT UTC 'YYYY-MM-DD HH:MM:SS[.ffffff]' (SQLAlchemy's format),
-- date/time -> TEXT ISO-8601, boolean -> INTEGER 0/1, enum -> TEXT + CHECK IN, json and arrays -> TEXT + json_valid,
-- numeric -> NUMERIC affinity (not exact decimal), interval -> TEXT (ISO-8601 duration).
-- Not expressible in SQLite: row-level security (enforce ownership in the application), GIN/trigram/full-text
-- indexes (plain btree indexes instead), defaults from the signed-in user (the application sets them).
PRAGMA foreign_keys = ON;

-- A note. (sources: N1)
CREATE TABLE notes (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '{}',
    labels TEXT NOT NULL DEFAULT '[]',
    author_email TEXT,
    created_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    updated_at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    PRIMARY KEY (id),
    CONSTRAINT notes_author_email_format CHECK (author_email LIKE '%_@_%._%'),
    CONSTRAINT notes_title_length CHECK (length(title) >= 1),
    CHECK (json_valid(body)),
    CHECK (json_valid(labels))
);

-- Each saved version of a note. (sources: N3)
CREATE TABLE note_versions (
    note_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    saved_on TEXT NOT NULL,
    PRIMARY KEY (note_id, version),
    CONSTRAINT note_versions_note_id_fkey FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE,
    CONSTRAINT note_versions_version_positive CHECK (version > 0)
);

-- Comments on one version. (sources: N4)
CREATE TABLE version_comments (
    id TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    note_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    reply_to_id TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT version_comments_version_fkey FOREIGN KEY (note_id, version) REFERENCES note_versions (note_id, version) ON DELETE CASCADE,
    CONSTRAINT version_comments_reply_to_id_fkey FOREIGN KEY (reply_to_id) REFERENCES version_comments (id) ON DELETE CASCADE
);

-- Append-only audit trail (no key). (sources: N5)
CREATE TABLE note_events (
    note_id TEXT,
    kind TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
    CONSTRAINT note_events_note_id_fkey FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE SET NULL,
    CONSTRAINT note_events_kind_values CHECK (kind IN ('created', 'edited')),
    CHECK (length(kind) <= 20)
);

-- Indexes (GIN, trigram and full-text indexes of the PostgreSQL schema are btree here)
CREATE INDEX notes_body_gin_idx ON notes (body); -- gin in PostgreSQL
CREATE INDEX notes_created_at_idx ON notes (created_at DESC);
CREATE INDEX version_comments_version_idx ON version_comments (note_id, version);
CREATE INDEX version_comments_reply_to_id_idx ON version_comments (reply_to_id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX note_events_note_id_idx ON note_events (note_id);

-- updated_at: set on every update unless the statement set it (recursive_triggers is off by default)
CREATE TRIGGER notes_set_updated_at AFTER UPDATE ON notes FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at BEGIN
    UPDATE notes SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;

-- schema.postgres.sql: Composite notes (project composite-notes), rendered by Schemawright.
-- Target: PostgreSQL 13+.
-- Runs in one transaction. gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.

CREATE TABLE notes (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    title text NOT NULL,
    body jsonb NOT NULL DEFAULT '{}'::jsonb,
    labels jsonb NOT NULL DEFAULT '[]'::jsonb,
    author_email text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notes_pkey PRIMARY KEY (id),
    CONSTRAINT notes_author_email_format CHECK (author_email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    CONSTRAINT notes_title_length CHECK (char_length(title) >= 1)
);
COMMENT ON TABLE notes IS 'A note. (sources: N1)';
COMMENT ON COLUMN notes.id IS 'Surrogate key.';
COMMENT ON COLUMN notes.title IS 'sources: N1';
COMMENT ON COLUMN notes.body IS 'sources: N1';
COMMENT ON COLUMN notes.labels IS 'sources: N1';
COMMENT ON COLUMN notes.author_email IS 'sources: N1';
COMMENT ON COLUMN notes.created_at IS 'Audit convention.';
COMMENT ON COLUMN notes.updated_at IS 'Audit convention.';

CREATE TABLE note_versions (
    note_id uuid NOT NULL,
    version integer NOT NULL,
    content text NOT NULL,
    saved_on date NOT NULL,
    CONSTRAINT note_versions_pkey PRIMARY KEY (note_id, version),
    CONSTRAINT note_versions_note_id_fkey FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE CASCADE,
    CONSTRAINT note_versions_version_positive CHECK (version > 0)
);
COMMENT ON TABLE note_versions IS 'Each saved version of a note. (sources: N3)';
COMMENT ON COLUMN note_versions.note_id IS 'sources: N3';
COMMENT ON COLUMN note_versions.version IS 'sources: N3';
COMMENT ON COLUMN note_versions.content IS 'sources: N3';
COMMENT ON COLUMN note_versions.saved_on IS 'sources: N3';

CREATE TABLE version_comments (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    note_id uuid NOT NULL,
    version integer NOT NULL,
    reply_to_id uuid,
    text text NOT NULL,
    CONSTRAINT version_comments_pkey PRIMARY KEY (id),
    CONSTRAINT version_comments_version_fkey FOREIGN KEY (note_id, version) REFERENCES note_versions (note_id, version) ON DELETE CASCADE,
    CONSTRAINT version_comments_reply_to_id_fkey FOREIGN KEY (reply_to_id) REFERENCES version_comments (id) ON DELETE CASCADE
);
COMMENT ON TABLE version_comments IS 'Comments on one version. (sources: N4)';
COMMENT ON COLUMN version_comments.id IS 'Surrogate key.';
COMMENT ON COLUMN version_comments.note_id IS 'sources: N4';
COMMENT ON COLUMN version_comments.version IS 'sources: N4';
COMMENT ON COLUMN version_comments.reply_to_id IS 'sources: N4';
COMMENT ON COLUMN version_comments.text IS 'sources: N4';

CREATE TABLE note_events (
    note_id uuid,
    kind varchar(20) NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT note_events_note_id_fkey FOREIGN KEY (note_id) REFERENCES notes (id) ON DELETE SET NULL,
    CONSTRAINT note_events_kind_values CHECK (kind IN ('created', 'edited'))
);
COMMENT ON TABLE note_events IS 'Append-only audit trail (no key). (sources: N5)';
COMMENT ON COLUMN note_events.note_id IS 'sources: N5';
COMMENT ON COLUMN note_events.kind IS 'sources: N5';
COMMENT ON COLUMN note_events.at IS 'sources: N5';

-- Indexes
CREATE INDEX notes_body_gin_idx ON notes USING gin (body);
CREATE INDEX notes_created_at_idx ON notes (created_at DESC);
CREATE INDEX version_comments_version_idx ON version_comments (note_id, version);
CREATE INDEX version_comments_reply_to_id_idx ON version_comments (reply_to_id) WHERE reply_to_id IS NOT NULL;
CREATE INDEX note_events_note_id_idx ON note_events (note_id);

-- updated_at is maintained by the database, whichever client writes the row
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER notes_set_updated_at BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION set_updated_at();

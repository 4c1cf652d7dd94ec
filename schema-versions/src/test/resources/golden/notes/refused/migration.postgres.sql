-- migration.postgres.sql: Notes (project notes), rendered by Schemawright.
-- Takes a database built by the previous schema.postgres.sql to what the new one builds.
-- Run it with: psql -v ON_ERROR_STOP=1 -f migration.postgres.sql (one transaction).
-- 2 destructive changes were refused; they are listed, commented out, at the end.

BEGIN;

-- Renames
-- enum memo_status: proposed rename of status (same requirements prd.md#L9); review it
ALTER TYPE status RENAME TO memo_status;
-- table notes → memos: proposed rename (same requirements prd.md#L4); review it (prd.md#L4)
ALTER TABLE notes RENAME TO memos;
ALTER TABLE memos RENAME CONSTRAINT notes_pkey TO memos_pkey;
-- column memos.title → heading: proposed rename (same requirements prd.md#L5); review it (prd.md#L5)
ALTER TABLE memos RENAME COLUMN title TO heading;
-- index notes_author_id_idx is now called memos_author_id_idx
ALTER INDEX notes_author_id_idx RENAME TO memos_author_id_idx;

-- Columns
-- column memos.body: type text (widening) (prd.md#L5)
ALTER TABLE memos ALTER COLUMN body TYPE text USING body::text;
-- column memos.pinned (prd.md#L11); existing rows get false (backfill real values)
ALTER TABLE memos ADD COLUMN pinned boolean NOT NULL DEFAULT false;
ALTER TABLE memos ALTER COLUMN pinned DROP DEFAULT;
-- column memos.slug (prd.md#L12); existing rows get a fresh uuid per row (backfill real values)
ALTER TABLE memos ADD COLUMN slug text NOT NULL DEFAULT gen_random_uuid()::text;
ALTER TABLE memos ALTER COLUMN slug DROP DEFAULT;
-- column memos.word_count (prd.md#L13); existing rows get 0 (backfill real values)
ALTER TABLE memos ADD COLUMN word_count integer NOT NULL DEFAULT 0;
ALTER TABLE memos ALTER COLUMN word_count DROP DEFAULT;

-- Keys, constraints, indexes and foreign keys
-- REVIEW (fails if existing rows break it): unique memos_slug_key on memos (prd.md#L12)
ALTER TABLE memos ADD CONSTRAINT memos_slug_key UNIQUE (slug);
-- REVIEW (fails if existing rows break it): check memos_word_count_check on memos (prd.md#L13)
ALTER TABLE memos ADD CONSTRAINT memos_word_count_check CHECK (word_count >= 0);

-- Comments (descriptions and requirement ids) and updated_at triggers
COMMENT ON COLUMN memos.pinned IS 'sources: prd.md#L11';
COMMENT ON COLUMN memos.slug IS 'sources: prd.md#L12';
COMMENT ON COLUMN memos.word_count IS 'sources: prd.md#L13';

COMMIT;

-- Refused: destructive changes held back (the database keeps these elements)
-- REFUSED (destructive; pass --allow-destructive to apply): enum memo_status — remove 'archived' (prd.md#L9)
-- -- rebuild memo_status without archived: CREATE TYPE memo_status AS ENUM ('draft', 'published');
-- REFUSED (destructive; pass --allow-destructive to apply): column users.email — type varchar(320) → varchar(254) (narrowing) (prd.md#L3)
-- ALTER TABLE users ALTER COLUMN email TYPE varchar(254) USING email::varchar(254);

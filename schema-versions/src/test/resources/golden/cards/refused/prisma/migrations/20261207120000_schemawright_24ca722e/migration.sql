-- migration.postgres.sql: Study Cards (project cards), rendered by Schemawright.
-- Takes a database built by the previous schema.postgres.sql to what the new one builds.
-- Run it with: psql -v ON_ERROR_STOP=1 -f migration.postgres.sql (two transactions: new enum values commit first, so the rest may use them;
-- ADD VALUE IF NOT EXISTS makes a rerun after a failure safe).
-- 2 destructive changes were refused; they are listed, commented out, at the end.

-- New enum values, in a transaction of their own
BEGIN;
-- enum card_difficulty: add expert (prd.md#L7, clarifications.md#L5; answers q-enum-card_difficulty)
ALTER TYPE card_difficulty ADD VALUE IF NOT EXISTS 'expert' AFTER 'hard';
COMMIT;

BEGIN;

-- Drop what the new version no longer has or rebuilds (old names)
-- policy cards_select_parent_owner on cards changes (prd.md#L6; answers q-parent-card-deck)
DROP POLICY cards_select_parent_owner ON cards;
-- policy cards_insert_parent_owner on cards changes (prd.md#L6; answers q-parent-card-deck)
DROP POLICY cards_insert_parent_owner ON cards;
-- policy cards_update_parent_owner on cards changes (prd.md#L6; answers q-parent-card-deck)
DROP POLICY cards_update_parent_owner ON cards;
-- policy cards_delete_parent_owner on cards changes (prd.md#L6; answers q-parent-card-deck)
DROP POLICY cards_delete_parent_owner ON cards;
-- policy tags_select_owner on tags changes (prd.md#L8; answers q-shared-tag)
DROP POLICY tags_select_owner ON tags;
-- policy tags_insert_owner on tags changes (prd.md#L8; answers q-shared-tag)
DROP POLICY tags_insert_owner ON tags;
-- policy tags_update_owner on tags changes (prd.md#L8; answers q-shared-tag)
DROP POLICY tags_update_owner ON tags;
-- policy tags_delete_owner on tags changes (prd.md#L8; answers q-shared-tag)
DROP POLICY tags_delete_owner ON tags;
-- foreign key card_deck_id_fkey on cards changes or goes (prd.md#L6; answers q-parent-card-deck)
ALTER TABLE cards DROP CONSTRAINT card_deck_id_fkey;
-- foreign key tag_user_id_fkey on tags changes or goes
ALTER TABLE tags DROP CONSTRAINT tag_user_id_fkey;
-- index cards_deck_id_idx on cards changes or goes (foreign key lookups)
DROP INDEX cards_deck_id_idx;
-- index tags_user_id_idx on tags changes or goes (foreign key lookups)
DROP INDEX tags_user_id_idx;

-- New enums and tables
-- table deck_cards: Links deck and card (prd.md#L6, clarifications.md#L3; answers q-parent-card-deck)
CREATE TABLE deck_cards (
    deck_id uuid NOT NULL,
    card_id uuid NOT NULL,
    CONSTRAINT deck_cards_pkey PRIMARY KEY (deck_id, card_id),
    CONSTRAINT deck_card_deck_id_fkey FOREIGN KEY (deck_id) REFERENCES decks (id) ON DELETE CASCADE,
    CONSTRAINT deck_card_card_id_fkey FOREIGN KEY (card_id) REFERENCES cards (id) ON DELETE CASCADE
);
COMMENT ON TABLE deck_cards IS 'Links deck and card (sources: prd.md#L6, clarifications.md#L3)';
COMMENT ON COLUMN deck_cards.deck_id IS 'sources: prd.md#L6, clarifications.md#L3';
COMMENT ON COLUMN deck_cards.card_id IS 'sources: prd.md#L6, clarifications.md#L3';

-- Columns
-- REVIEW (fails if existing rows break it): column cards.user_id (prd.md#L6; answers q-parent-card-deck); NOT NULL with no value to give existing rows: SET NOT NULL fails on a non-empty table until they are backfilled
ALTER TABLE cards ADD COLUMN user_id uuid DEFAULT auth.uid();
-- backfill here: UPDATE cards SET user_id = ... WHERE user_id IS NULL;
ALTER TABLE cards ALTER COLUMN user_id SET NOT NULL;
-- column cards.deck_id: its drop was refused, so it stays, nullable, for writers that no longer set it
ALTER TABLE cards ALTER COLUMN deck_id DROP NOT NULL;
-- column tags.user_id: its drop was refused, so it stays, nullable, for writers that no longer set it
ALTER TABLE tags ALTER COLUMN user_id DROP NOT NULL;

-- Keys, constraints, indexes and foreign keys
-- index cards_user_id_idx on cards (foreign key lookups)
-- on a large live table, run instead (outside a transaction): CREATE INDEX CONCURRENTLY cards_user_id_idx ON cards (user_id);
CREATE INDEX cards_user_id_idx ON cards (user_id);
-- index deck_cards_card_id_idx on deck_cards (foreign key lookups)
CREATE INDEX deck_cards_card_id_idx ON deck_cards (card_id);
-- REVIEW (fails if existing rows break it): foreign key card_user_id_fkey on cards
ALTER TABLE cards ADD CONSTRAINT card_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE;

-- Comments (descriptions and requirement ids) and updated_at triggers
COMMENT ON COLUMN cards.user_id IS 'owner (sources: prd.md#L6)';
COMMENT ON TABLE tags IS 'sources: prd.md#L8, clarifications.md#L8';

-- Row-level security
-- policy cards_select_owner on cards (prd.md#L6; answers q-parent-card-deck)
CREATE POLICY cards_select_owner ON cards FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
-- policy cards_insert_owner on cards (prd.md#L6; answers q-parent-card-deck)
CREATE POLICY cards_insert_owner ON cards FOR INSERT TO authenticated WITH CHECK (user_id = (SELECT auth.uid()));
-- policy cards_update_owner on cards (prd.md#L6; answers q-parent-card-deck)
CREATE POLICY cards_update_owner ON cards FOR UPDATE TO authenticated USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
-- policy cards_delete_owner on cards (prd.md#L6; answers q-parent-card-deck)
CREATE POLICY cards_delete_owner ON cards FOR DELETE TO authenticated USING (user_id = (SELECT auth.uid()));
-- table deck_cards: rows are reached only through its policies
ALTER TABLE deck_cards ENABLE ROW LEVEL SECURITY;
-- policy deck_cards_select_parent_owner on deck_cards (clarifications.md#L3; answers q-parent-card-deck)
CREATE POLICY deck_cards_select_parent_owner ON deck_cards FOR SELECT TO authenticated USING (private.current_user_in_decks_by_user_id(deck_cards.deck_id));
-- policy deck_cards_insert_parent_owner on deck_cards (clarifications.md#L3; answers q-parent-card-deck)
CREATE POLICY deck_cards_insert_parent_owner ON deck_cards FOR INSERT TO authenticated WITH CHECK (private.current_user_in_decks_by_user_id(deck_cards.deck_id));
-- policy deck_cards_update_parent_owner on deck_cards (clarifications.md#L3; answers q-parent-card-deck)
CREATE POLICY deck_cards_update_parent_owner ON deck_cards FOR UPDATE TO authenticated USING (private.current_user_in_decks_by_user_id(deck_cards.deck_id)) WITH CHECK (private.current_user_in_decks_by_user_id(deck_cards.deck_id));
-- policy deck_cards_delete_parent_owner on deck_cards (clarifications.md#L3; answers q-parent-card-deck)
CREATE POLICY deck_cards_delete_parent_owner ON deck_cards FOR DELETE TO authenticated USING (private.current_user_in_decks_by_user_id(deck_cards.deck_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON deck_cards TO authenticated;
-- policy tags_select_authenticated on tags (clarifications.md#L8; answers q-shared-tag)
CREATE POLICY tags_select_authenticated ON tags FOR SELECT TO authenticated USING (true);
-- policy tags_insert_deny on tags (clarifications.md#L8; answers q-shared-tag)
CREATE POLICY tags_insert_deny ON tags FOR INSERT TO authenticated WITH CHECK (false);
-- policy tags_update_deny on tags (clarifications.md#L8; answers q-shared-tag)
CREATE POLICY tags_update_deny ON tags FOR UPDATE TO authenticated USING (false) WITH CHECK (false);
-- policy tags_delete_deny on tags (clarifications.md#L8; answers q-shared-tag)
CREATE POLICY tags_delete_deny ON tags FOR DELETE TO authenticated USING (false);

COMMIT;

-- Refused: destructive changes held back (the database keeps these elements)
-- REFUSED (destructive; pass --allow-destructive to apply): column cards.deck_id — drops the column and its values (prd.md#L6; answers q-parent-card-deck)
-- ALTER TABLE cards DROP COLUMN deck_id;
-- REFUSED (destructive; pass --allow-destructive to apply): column tags.user_id — drops the column and its values (prd.md#L8; answers q-shared-tag)
-- ALTER TABLE tags DROP COLUMN user_id;

-- schema.postgres.sql: Study cards (project study-cards), rendered by Schemawright.
-- Target: Supabase PostgreSQL. Users live in auth.users; policies use (select auth.uid()) and role authenticated.
-- Runs in one transaction. gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Enumerations
CREATE TYPE deck_visibility AS ENUM ('private', 'public');

CREATE TABLE profiles (
    user_id uuid NOT NULL DEFAULT auth.uid(),
    display_name varchar(80) NOT NULL,
    email text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT profiles_pkey PRIMARY KEY (user_id),
    CONSTRAINT profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE,
    CONSTRAINT profiles_display_name_length CHECK (char_length(display_name) BETWEEN 1 AND 80),
    CONSTRAINT profiles_email_format CHECK (email ~* '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$')
);
COMMENT ON TABLE profiles IS 'Public profile of a user. (sources: R1, R2)';
COMMENT ON COLUMN profiles.user_id IS 'Owner (Supabase user). (sources: R1)';
COMMENT ON COLUMN profiles.display_name IS 'Shown on shared decks. (sources: R2)';
COMMENT ON COLUMN profiles.email IS 'Contact address. (sources: R2)';
COMMENT ON COLUMN profiles.created_at IS 'Audit convention.';
COMMENT ON COLUMN profiles.updated_at IS 'Audit convention.';

CREATE TABLE categories (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    parent_id uuid,
    name text NOT NULL,
    CONSTRAINT categories_pkey PRIMARY KEY (id),
    CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT categories_parent_id_name_key UNIQUE (parent_id, name),
    CONSTRAINT categories_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT categories_not_own_parent CHECK (id <> parent_id)
);
COMMENT ON TABLE categories IS 'Nested subject categories. (sources: R7)';
COMMENT ON COLUMN categories.id IS 'Surrogate key.';
COMMENT ON COLUMN categories.parent_id IS 'Enclosing category. (sources: R7)';
COMMENT ON COLUMN categories.name IS 'sources: R7';

CREATE TABLE decks (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL DEFAULT auth.uid(),
    category_id uuid,
    title varchar(120) NOT NULL,
    visibility deck_visibility NOT NULL DEFAULT 'private',
    tags text[] NOT NULL DEFAULT '{}',
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    price numeric(10,2) DEFAULT 0.00,
    is_archived boolean NOT NULL DEFAULT false,
    starts_on date DEFAULT CURRENT_DATE,
    ends_on date,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT decks_pkey PRIMARY KEY (id),
    CONSTRAINT decks_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users (id) ON DELETE CASCADE,
    CONSTRAINT decks_category_id_fkey FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE SET NULL,
    CONSTRAINT decks_user_id_title_key UNIQUE (user_id, title),
    CONSTRAINT decks_price_non_negative CHECK (price >= 0),
    CONSTRAINT decks_dates_ordered CHECK (starts_on <= ends_on)
);
COMMENT ON TABLE decks IS 'A named set of flashcards owned by one user. (sources: R3, R4)';
COMMENT ON COLUMN decks.id IS 'Surrogate key.';
COMMENT ON COLUMN decks.user_id IS 'Owner. (sources: R3)';
COMMENT ON COLUMN decks.category_id IS 'Optional subject. (sources: R7)';
COMMENT ON COLUMN decks.title IS 'sources: R3';
COMMENT ON COLUMN decks.visibility IS 'Who may see it. (sources: R4)';
COMMENT ON COLUMN decks.tags IS 'Free tags. (sources: R3)';
COMMENT ON COLUMN decks.settings IS 'sources: R5';
COMMENT ON COLUMN decks.price IS 'sources: R6';
COMMENT ON COLUMN decks.is_archived IS 'sources: R3';
COMMENT ON COLUMN decks.starts_on IS 'sources: R6';
COMMENT ON COLUMN decks.deleted_at IS 'Soft delete.';
COMMENT ON COLUMN decks.created_at IS 'Audit convention.';
COMMENT ON COLUMN decks.updated_at IS 'Audit convention.';

CREATE TABLE cards (
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    deck_id uuid NOT NULL,
    front text NOT NULL,
    back text NOT NULL,
    position integer NOT NULL DEFAULT 0,
    ease double precision NOT NULL DEFAULT 2.5,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cards_pkey PRIMARY KEY (id),
    CONSTRAINT cards_deck_id_fkey FOREIGN KEY (deck_id) REFERENCES decks (id) ON DELETE CASCADE,
    CONSTRAINT cards_position_positive CHECK (position > 0),
    CONSTRAINT cards_ease_range CHECK (ease >= 1.3)
);
COMMENT ON TABLE cards IS 'One question/answer pair. (sources: R5)';
COMMENT ON COLUMN cards.id IS 'Surrogate key.';
COMMENT ON COLUMN cards.deck_id IS 'sources: R5';
COMMENT ON COLUMN cards.front IS 'sources: R5';
COMMENT ON COLUMN cards.back IS 'sources: R5';
COMMENT ON COLUMN cards.position IS 'sources: R5';
COMMENT ON COLUMN cards.ease IS 'sources: R9';
COMMENT ON COLUMN cards.created_at IS 'Audit convention.';

CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    label varchar(40) NOT NULL,
    CONSTRAINT tags_pkey PRIMARY KEY (id),
    CONSTRAINT tags_label_key UNIQUE (label),
    CONSTRAINT tags_label_kind CHECK (label IN ('hard', 'easy', 'it''s'))
);
COMMENT ON TABLE tags IS 'sources: R10';
COMMENT ON COLUMN tags.id IS 'Surrogate key.';
COMMENT ON COLUMN tags.label IS 'sources: R10';

CREATE TABLE card_tags (
    card_id uuid NOT NULL,
    tag_id bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT card_tags_pkey PRIMARY KEY (tag_id, card_id),
    CONSTRAINT card_tags_card_id_fkey FOREIGN KEY (card_id) REFERENCES cards (id) ON DELETE CASCADE,
    CONSTRAINT card_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE RESTRICT
);
COMMENT ON TABLE card_tags IS 'Cards carry many tags; a tag marks many cards. (sources: R10)';
COMMENT ON COLUMN card_tags.card_id IS 'sources: R10';
COMMENT ON COLUMN card_tags.tag_id IS 'Nullable in the model, required as a key. (sources: R10)';
COMMENT ON COLUMN card_tags.created_at IS 'Audit convention.';

-- Indexes
CREATE INDEX categories_parent_id_idx ON categories (parent_id);
CREATE INDEX decks_user_id_idx ON decks (user_id);
CREATE INDEX decks_category_id_idx ON decks (category_id);
CREATE INDEX decks_title_trgm_idx ON decks USING gin (title gin_trgm_ops);
CREATE INDEX decks_tags_gin_idx ON decks USING gin (tags);
CREATE INDEX decks_user_recent_idx ON decks (user_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX cards_deck_id_idx ON cards (deck_id);
CREATE INDEX cards_front_fts_idx ON cards USING gin (to_tsvector('simple', front));
CREATE INDEX card_tags_card_id_idx ON card_tags (card_id);
CREATE INDEX card_tags_tag_id_idx ON card_tags (tag_id);

-- updated_at is maintained by the database, whichever client writes the row
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER profiles_set_updated_at BEFORE UPDATE ON profiles FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER decks_set_updated_at BEFORE UPDATE ON decks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Row-level security: one policy per command
CREATE SCHEMA IF NOT EXISTS private;
REVOKE ALL ON SCHEMA private FROM PUBLIC;
GRANT USAGE ON SCHEMA private TO authenticated;
CREATE OR REPLACE FUNCTION private.current_user_in_decks_by_user_id(uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $sw$
    SELECT EXISTS (SELECT 1 FROM public.decks WHERE id = $1 AND user_id = auth.uid())
$sw$;
REVOKE ALL ON FUNCTION private.current_user_in_decks_by_user_id(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION private.current_user_in_decks_by_user_id(uuid) TO authenticated;
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_select ON profiles FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY profiles_insert ON profiles FOR INSERT TO authenticated WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY profiles_update ON profiles FOR UPDATE TO authenticated USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY profiles_delete ON profiles FOR DELETE TO authenticated USING (user_id = (SELECT auth.uid()));
GRANT SELECT, INSERT, UPDATE, DELETE ON profiles TO authenticated;
ALTER TABLE categories ENABLE ROW LEVEL SECURITY;
CREATE POLICY categories_select ON categories FOR SELECT TO authenticated USING (true);
CREATE POLICY categories_insert ON categories FOR INSERT TO authenticated WITH CHECK (false);
CREATE POLICY categories_update ON categories FOR UPDATE TO authenticated USING (false) WITH CHECK (false);
CREATE POLICY categories_delete ON categories FOR DELETE TO authenticated USING (false);
GRANT SELECT, INSERT, UPDATE, DELETE ON categories TO authenticated;
ALTER TABLE decks ENABLE ROW LEVEL SECURITY;
CREATE POLICY decks_select ON decks FOR SELECT TO authenticated USING (user_id = (SELECT auth.uid()));
CREATE POLICY decks_insert ON decks FOR INSERT TO authenticated WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY decks_update ON decks FOR UPDATE TO authenticated USING (user_id = (SELECT auth.uid())) WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY decks_delete ON decks FOR DELETE TO authenticated USING (user_id = (SELECT auth.uid()));
GRANT SELECT, INSERT, UPDATE, DELETE ON decks TO authenticated;
ALTER TABLE cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY cards_select ON cards FOR SELECT TO authenticated USING (private.current_user_in_decks_by_user_id(cards.deck_id));
CREATE POLICY cards_insert ON cards FOR INSERT TO authenticated WITH CHECK (private.current_user_in_decks_by_user_id(cards.deck_id));
CREATE POLICY cards_update ON cards FOR UPDATE TO authenticated USING (private.current_user_in_decks_by_user_id(cards.deck_id)) WITH CHECK (private.current_user_in_decks_by_user_id(cards.deck_id));
CREATE POLICY cards_delete ON cards FOR DELETE TO authenticated USING (private.current_user_in_decks_by_user_id(cards.deck_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON cards TO authenticated;
ALTER TABLE card_tags ENABLE ROW LEVEL SECURITY;
CREATE POLICY card_tags_select ON card_tags FOR SELECT TO authenticated USING (true);
CREATE POLICY card_tags_insert ON card_tags FOR INSERT TO authenticated WITH CHECK (true);
CREATE POLICY card_tags_update ON card_tags FOR UPDATE TO authenticated USING (true) WITH CHECK (true);
CREATE POLICY card_tags_delete ON card_tags FOR DELETE TO authenticated USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON card_tags TO authenticated;

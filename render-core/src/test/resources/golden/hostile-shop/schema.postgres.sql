-- schema.postgres.sql: Hostile shop (project hostile-shop), rendered by Schemawright.
-- Target: PostgreSQL 13+. Policies read the current user from the setting app.current_user_id and apply to app_user.
-- The application logs in as a role granted app_user and starts every transaction with:
--   SET LOCAL ROLE app_user;
--   SET LOCAL app.current_user_id = '<user id>';
-- The role that runs this script owns the tables and bypasses the policies: account sign-up and deletion and
-- writes to shared data go through it (or another BYPASSRLS role), never through the application's role.
-- Runs in one transaction. gen_random_uuid() is built into PostgreSQL 13+, so pgcrypto is not needed.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Enumerations
CREATE TYPE "member role" AS ENUM ('owner', 'it''s "member"');

CREATE TABLE "user" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    email varchar(254) NOT NULL,
    class text,
    metadata jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_pkey PRIMARY KEY (id),
    CONSTRAINT user_email_key UNIQUE (email)
);
COMMENT ON TABLE "user" IS 'People who sign in. Second line; -- not SQL (sources: R1)';
COMMENT ON COLUMN "user".id IS 'Surrogate key.';
COMMENT ON COLUMN "user".email IS 'sources: R1';
COMMENT ON COLUMN "user".class IS 'Python keyword as a column. (sources: R1)';
COMMENT ON COLUMN "user".metadata IS 'Reserved in SQLAlchemy. (sources: R1)';
COMMENT ON COLUMN "user".created_at IS 'Audit convention.';
COMMENT ON COLUMN "user".updated_at IS 'Audit convention.';

CREATE TABLE "group" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    "select" text NOT NULL,
    created_by bigint,
    CONSTRAINT group_pkey PRIMARY KEY (id),
    CONSTRAINT group_created_by_fkey FOREIGN KEY (created_by) REFERENCES "user" (id) ON DELETE SET NULL
);
COMMENT ON TABLE "group" IS 'A tenant; any user creates one and joins it as owner. (sources: R2)';
COMMENT ON COLUMN "group".id IS 'Surrogate key.';
COMMENT ON COLUMN "group"."select" IS 'Reserved word. (sources: R2)';
COMMENT ON COLUMN "group".created_by IS 'Its creator. (sources: R2)';

CREATE TABLE group_members (
    group_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role "member role" NOT NULL DEFAULT 'it''s "member"',
    CONSTRAINT group_members_pkey PRIMARY KEY (group_id, user_id),
    CONSTRAINT group_members_group_id_fkey FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    CONSTRAINT group_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE CASCADE
);
COMMENT ON TABLE group_members IS 'sources: R2';
COMMENT ON COLUMN group_members.group_id IS 'sources: R2';
COMMENT ON COLUMN group_members.user_id IS 'sources: R2';
COMMENT ON COLUMN group_members.role IS 'sources: R2';

CREATE TABLE "weird""; DROP TABLE x; --" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    user_id bigint,
    "naïve ""value""" text,
    "1st" boolean NOT NULL,
    CONSTRAINT "weird""; DROP TABLE x; --_pkey" PRIMARY KEY (id),
    CONSTRAINT weird_user_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE SET NULL
);
COMMENT ON TABLE "weird""; DROP TABLE x; --" IS 'Name with a quote and a semicolon. (sources: R5)';
COMMENT ON COLUMN "weird""; DROP TABLE x; --".id IS 'Surrogate key.';
COMMENT ON COLUMN "weird""; DROP TABLE x; --".user_id IS 'sources: R5';
COMMENT ON COLUMN "weird""; DROP TABLE x; --"."naïve ""value""" IS 'Non-ASCII column. (sources: R5)';
COMMENT ON COLUMN "weird""; DROP TABLE x; --"."1st" IS 'Starts with a digit. (sources: R5)';

CREATE TABLE a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    group_id bigint NOT NULL,
    CONSTRAINT a_table_name_that_is_much_longer_than_sixty_three_byte_2291c456 PRIMARY KEY (id),
    CONSTRAINT a_table_name_that_is_much_longer_than_sixty_three_byte_de566c07 FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE
);
COMMENT ON TABLE a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae IS 'sources: R7';
COMMENT ON COLUMN a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae.id IS 'Surrogate key.';
COMMENT ON COLUMN a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae.group_id IS 'sources: R7';

CREATE TABLE "order" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    invoice_id bigint,
    "from" date,
    "to" date,
    amount numeric(12,2) NOT NULL DEFAULT 0,
    note varchar(500),
    handled_by bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT order_pkey PRIMARY KEY (id),
    CONSTRAINT order_user_id_fkey FOREIGN KEY (user_id) REFERENCES "user" (id) ON DELETE RESTRICT,
    CONSTRAINT order_group_id_fkey FOREIGN KEY (group_id) REFERENCES "group" (id) ON DELETE CASCADE,
    CONSTRAINT order_handled_by_fkey FOREIGN KEY (handled_by) REFERENCES "user" (id) ON DELETE SET NULL,
    CONSTRAINT order_amount_non_negative CHECK (amount >= 0),
    CONSTRAINT order_note_length CHECK (char_length(note) <= 500)
);
COMMENT ON TABLE "order" IS 'An order placed by a user in a group. (sources: R3)';
COMMENT ON COLUMN "order".id IS 'Surrogate key.';
COMMENT ON COLUMN "order".user_id IS 'sources: R3';
COMMENT ON COLUMN "order".group_id IS 'sources: R3';
COMMENT ON COLUMN "order".invoice_id IS 'The invoice once issued (cycle with invoice). (sources: R4)';
COMMENT ON COLUMN "order"."from" IS 'Python keyword. (sources: R3)';
COMMENT ON COLUMN "order"."to" IS 'sources: R3';
COMMENT ON COLUMN "order".amount IS 'sources: R3';
COMMENT ON COLUMN "order".note IS 'sources: R3';
COMMENT ON COLUMN "order".handled_by IS 'A second FK to user (ambiguous relation). (sources: R3)';
COMMENT ON COLUMN "order".created_at IS 'Audit convention.';

CREATE TABLE invoice (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    order_id bigint NOT NULL,
    number varchar(30) NOT NULL,
    CONSTRAINT invoice_pkey PRIMARY KEY (id),
    CONSTRAINT invoice_order_id_fkey FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE CASCADE,
    CONSTRAINT invoice_order_id_key UNIQUE (order_id)
);
COMMENT ON TABLE invoice IS 'sources: R4';
COMMENT ON COLUMN invoice.id IS 'Surrogate key.';
COMMENT ON COLUMN invoice.order_id IS 'sources: R4';
COMMENT ON COLUMN invoice.number IS 'sources: R4';

CREATE TABLE "café_commandes" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    order_id bigint NOT NULL,
    "données" bytea,
    "durée" interval,
    heure time,
    small smallint,
    CONSTRAINT "café_commandes_pkey" PRIMARY KEY (id),
    CONSTRAINT "café_commandes_order_id_fkey" FOREIGN KEY (order_id) REFERENCES "order" (id) ON DELETE NO ACTION
);
COMMENT ON TABLE "café_commandes" IS 'Non-ASCII table name. (sources: R6)';
COMMENT ON COLUMN "café_commandes".id IS 'Surrogate key.';
COMMENT ON COLUMN "café_commandes".order_id IS 'sources: R6';
COMMENT ON COLUMN "café_commandes"."données" IS 'sources: R6';
COMMENT ON COLUMN "café_commandes"."durée" IS 'sources: R6';
COMMENT ON COLUMN "café_commandes".heure IS 'sources: R6';
COMMENT ON COLUMN "café_commandes".small IS 'sources: R6';

-- Foreign keys that close a reference cycle, added once every table exists
ALTER TABLE "order" ADD CONSTRAINT order_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES invoice (id) ON DELETE SET NULL;

-- Indexes
CREATE INDEX group_created_by_idx ON "group" (created_by);
CREATE INDEX group_members_user_id_idx ON group_members (user_id);
CREATE INDEX weird_user_idx ON "weird""; DROP TABLE x; --" (user_id);
CREATE INDEX a_table_name_that_is_much_longer_than_sixty_three_byte_779ce1c4 ON a_table_name_that_is_much_longer_than_sixty_three_byte_edce96ae (group_id);
CREATE INDEX order_user_id_idx ON "order" (user_id);
CREATE INDEX order_group_id_idx ON "order" (group_id);
CREATE INDEX order_invoice_id_idx ON "order" (invoice_id);
CREATE INDEX order_handled_by_idx ON "order" (handled_by);
CREATE INDEX order_live_idx ON "order" (group_id) WHERE deleted_at IS NULL;
CREATE INDEX order_note_trgm_idx ON "order" USING gin (note gin_trgm_ops) WHERE note IS NOT NULL;
CREATE INDEX "café_commandes_order_id_idx" ON "café_commandes" (order_id);

-- updated_at is maintained by the database, whichever client writes the row
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at = now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER user_set_updated_at BEFORE UPDATE ON "user" FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Row-level security: one policy per command
DO $sw$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_user') THEN CREATE ROLE app_user NOLOGIN; END IF;
END $sw$;
CREATE SCHEMA IF NOT EXISTS private;
REVOKE ALL ON SCHEMA private FROM PUBLIC;
GRANT USAGE ON SCHEMA private TO app_user;
CREATE OR REPLACE FUNCTION private.current_user_in_group_members_by_user_id_group_id(bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $sw$
    SELECT EXISTS (SELECT 1 FROM public.group_members WHERE group_id = $1 AND user_id = nullif(current_setting('app.current_user_id', true), '')::bigint)
$sw$;
REVOKE ALL ON FUNCTION private.current_user_in_group_members_by_user_id_group_id(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION private.current_user_in_group_members_by_user_id_group_id(bigint) TO app_user;
CREATE OR REPLACE FUNCTION private.current_user_in_order_by_user_id(bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $sw$
    SELECT EXISTS (SELECT 1 FROM public."order" WHERE id = $1 AND user_id = nullif(current_setting('app.current_user_id', true), '')::bigint)
$sw$;
REVOKE ALL ON FUNCTION private.current_user_in_order_by_user_id(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION private.current_user_in_order_by_user_id(bigint) TO app_user;
CREATE OR REPLACE FUNCTION private.current_user_reads_order(bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $sw$
    SELECT EXISTS (SELECT 1 FROM public."order" WHERE id = $1 AND (private.current_user_in_group_members_by_user_id_group_id("order".group_id)))
$sw$;
REVOKE ALL ON FUNCTION private.current_user_reads_order(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION private.current_user_reads_order(bigint) TO app_user;
ALTER TABLE "user" ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_select ON "user" FOR SELECT TO app_user USING (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
CREATE POLICY user_insert ON "user" FOR INSERT TO app_user WITH CHECK (false);
CREATE POLICY user_update ON "user" FOR UPDATE TO app_user USING (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint)) WITH CHECK (id = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
CREATE POLICY user_delete ON "user" FOR DELETE TO app_user USING (false);
GRANT SELECT, INSERT, UPDATE, DELETE ON "user" TO app_user;
ALTER TABLE "group" ENABLE ROW LEVEL SECURITY;
CREATE POLICY group_select ON "group" FOR SELECT TO app_user USING (private.current_user_in_group_members_by_user_id_group_id("group".id) OR created_by = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
CREATE POLICY group_insert ON "group" FOR INSERT TO app_user WITH CHECK (created_by = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
CREATE POLICY group_update ON "group" FOR UPDATE TO app_user USING (created_by = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint)) WITH CHECK (created_by = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
CREATE POLICY group_delete ON "group" FOR DELETE TO app_user USING (created_by = (SELECT nullif(current_setting('app.current_user_id', true), '')::bigint));
GRANT SELECT, INSERT, UPDATE, DELETE ON "group" TO app_user;
ALTER TABLE "order" ENABLE ROW LEVEL SECURITY;
CREATE POLICY order_select ON "order" FOR SELECT TO app_user USING (private.current_user_in_group_members_by_user_id_group_id("order".group_id));
CREATE POLICY order_insert ON "order" FOR INSERT TO app_user WITH CHECK (private.current_user_in_group_members_by_user_id_group_id("order".group_id));
CREATE POLICY order_update ON "order" FOR UPDATE TO app_user USING (private.current_user_in_group_members_by_user_id_group_id("order".group_id)) WITH CHECK (private.current_user_in_group_members_by_user_id_group_id("order".group_id));
CREATE POLICY order_delete ON "order" FOR DELETE TO app_user USING (private.current_user_in_group_members_by_user_id_group_id("order".group_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON "order" TO app_user;
ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoice_select ON invoice FOR SELECT TO app_user USING (private.current_user_in_order_by_user_id(invoice.order_id));
CREATE POLICY invoice_insert ON invoice FOR INSERT TO app_user WITH CHECK (private.current_user_in_order_by_user_id(invoice.order_id));
CREATE POLICY invoice_update ON invoice FOR UPDATE TO app_user USING (private.current_user_in_order_by_user_id(invoice.order_id)) WITH CHECK (private.current_user_in_order_by_user_id(invoice.order_id));
CREATE POLICY invoice_delete ON invoice FOR DELETE TO app_user USING (private.current_user_in_order_by_user_id(invoice.order_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON invoice TO app_user;
ALTER TABLE "café_commandes" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "café_commandes_select" ON "café_commandes" FOR SELECT TO app_user USING (private.current_user_reads_order("café_commandes".order_id));
CREATE POLICY "café_commandes_insert" ON "café_commandes" FOR INSERT TO app_user WITH CHECK (private.current_user_reads_order("café_commandes".order_id));
CREATE POLICY "café_commandes_update" ON "café_commandes" FOR UPDATE TO app_user USING (private.current_user_reads_order("café_commandes".order_id)) WITH CHECK (private.current_user_reads_order("café_commandes".order_id));
CREATE POLICY "café_commandes_delete" ON "café_commandes" FOR DELETE TO app_user USING (private.current_user_reads_order("café_commandes".order_id));
GRANT SELECT, INSERT, UPDATE, DELETE ON "café_commandes" TO app_user;

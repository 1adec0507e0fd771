-- fylink on PostgreSQL: who may do what, enforced by the database itself.
--
-- Run as a superuser (or the tables' owner holding CREATEROLE), connected to
-- the office database, after `fylink db upgrade`:
--
--     fylink db roles | psql -v ON_ERROR_STOP=1 -d fylink
--
-- Safe to run again; run it again after every `fylink db upgrade` so that new
-- tables get the same grants. Tables live in schema public.
--
-- The office's own login (the one that ran `fylink db upgrade`) owns the tables
-- and may change everything; row-level security does not apply to an owner.
-- Other office clerks may log in as members of fylink_office; liaisons of member
-- units as members of fylink_liaison, mapped to their unit in db_user_unit:
--
--     CREATE ROLE liaison_rsj LOGIN PASSWORD '…' IN ROLE fylink_liaison;
--     INSERT INTO db_user_unit (db_user, unit_id)
--         SELECT 'liaison_rsj', id FROM unit WHERE short_name = '县人社局';

SET client_min_messages = warning;

DO $$ BEGIN
    CREATE ROLE fylink_office NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

DO $$ BEGIN
    CREATE ROLE fylink_liaison NOLOGIN;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

GRANT USAGE ON SCHEMA public TO fylink_office, fylink_liaison;

-- Office clerks: everything, except rewriting history: the journal and its anchors are
-- append-only for everyone but the owner (no UPDATE, DELETE or TRUNCATE; ALTER TABLE and
-- disabling row-level security need ownership, which no role here has).
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fylink_office;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO fylink_office;
REVOKE UPDATE, DELETE, TRUNCATE ON journal, journal_anchor FROM fylink_office;

-- fylink's writer lock is LOCK TABLE writer_lock IN EXCLUSIVE MODE, which needs UPDATE on
-- it: only fylink's roles have that, so no other login can hold the lock and block the
-- office's writes (as any login could hold an advisory lock key).
REVOKE ALL ON writer_lock FROM PUBLIC;
GRANT SELECT, UPDATE ON writer_lock TO fylink_office, fylink_liaison;

-- Liaisons: read the ledger; write progress notes on their own unit's tasks and the
-- journal rows that go with them; nothing else (no UPDATE or DELETE anywhere).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO fylink_liaison;
GRANT INSERT ON task_progress, journal, journal_anchor TO fylink_liaison;
GRANT USAGE ON SEQUENCE task_progress_id_seq, journal_id_seq, journal_anchor_id_seq
    TO fylink_liaison;
-- Every new journal row is checked by the database itself (migration 0003): it must link
-- to the head of the chain and carry its own content's hash, and an anchor must name a
-- journal row as it is. A forged row is refused; it cannot break verification for good.

-- Personal data: a liaison never reads a full ID number. The column is not granted to
-- fylink_liaison; party_masked shows every number as fylink shows it (a resident ID as
-- 410502********1232; a 统一社会信用代码, which is public, in full), and fylink reads it
-- there for a login that may not read the column. Only the owner and fylink_office read
-- full numbers (and `case export --unmasked` asks them for a reason and journals it).
REVOKE SELECT ON party FROM fylink_liaison;
GRANT SELECT (id, name, kind, id_kind, created_at) ON party TO fylink_liaison;
CREATE OR REPLACE VIEW party_masked AS
    SELECT id,
           CASE
               WHEN id_number IS NULL THEN NULL
               WHEN id_kind = '统一社会信用代码' THEN id_number
               WHEN char_length(btrim(id_number)) <= 10
                   THEN repeat('*', char_length(btrim(id_number)))
               ELSE left(btrim(id_number), 6)
                    || repeat('*', char_length(btrim(id_number)) - 10)
                    || right(btrim(id_number), 4)
           END AS id_number
    FROM party;
GRANT SELECT ON party_masked TO fylink_office, fylink_liaison;

-- Progress notes: a liaison may add one only to a task whose lead unit is theirs.
ALTER TABLE task_progress ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS fylink_office_all ON task_progress;
CREATE POLICY fylink_office_all ON task_progress
    TO fylink_office USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS fylink_liaison_read ON task_progress;
CREATE POLICY fylink_liaison_read ON task_progress
    FOR SELECT TO fylink_liaison USING (true);

DROP POLICY IF EXISTS fylink_liaison_own_unit ON task_progress;
CREATE POLICY fylink_liaison_own_unit ON task_progress
    FOR INSERT TO fylink_liaison
    WITH CHECK (
        EXISTS (
            SELECT 1
            FROM task t
            JOIN db_user_unit m ON m.unit_id = t.lead_unit_id
            WHERE t.id = task_progress.task_id
              AND m.db_user = current_user
        )
    );

-- The journal: a liaison appends rows in their own name only. fylink writes the
-- actor as "person@dbuser" (or just "dbuser" when FYLINK_USER is the login).
ALTER TABLE journal ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS fylink_office_all ON journal;
CREATE POLICY fylink_office_all ON journal
    TO fylink_office USING (true) WITH CHECK (true);

DROP POLICY IF EXISTS fylink_liaison_read ON journal;
CREATE POLICY fylink_liaison_read ON journal
    FOR SELECT TO fylink_liaison USING (true);

DROP POLICY IF EXISTS fylink_liaison_append ON journal;
CREATE POLICY fylink_liaison_append ON journal
    FOR INSERT TO fylink_liaison
    WITH CHECK (
        actor = current_user
        OR right(actor, char_length(current_user) + 1) = '@' || current_user
    );

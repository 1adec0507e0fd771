"""journal anchors, a writer lock only fylink's roles may take, journal rows checked by
the database

* ``journal_anchor``: the journal's head (sequence number and hash, with an optional
  HMAC) recorded whenever a report is published, a document issued or a backup taken;
* ``writer_lock``: one row; on PostgreSQL a writer takes ``LOCK TABLE writer_lock IN
  EXCLUSIVE MODE`` instead of an advisory lock any login could hold;
* PostgreSQL only: a trigger checks every new journal row — it must link to the head of
  the chain and carry the hash of its own content, computed here exactly as
  services/journal.py computes it; an anchor must name a journal row as it is. A forged
  or garbled row is refused instead of breaking verification for good. Who may change
  or delete rows is a matter of grants (src/fylink/sql/roles.sql): only the owner.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Canonical JSON as Python's json.dumps(sort_keys=True, separators=(",", ":"),
#: ensure_ascii=False) writes it: keys in code-point order (UTF-8 byte order, COLLATE "C"),
#: no spaces; strings escaped as Python escapes them, numbers and literals as stored.
CANONICAL_JSON = r"""
CREATE OR REPLACE FUNCTION fylink_canonical_json(value json) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result text;
BEGIN
    IF value IS NULL THEN
        RETURN 'null';
    END IF;
    CASE json_typeof(value)
    WHEN 'object' THEN
        SELECT '{' || coalesce(string_agg(
                   to_json(e.key)::text || ':' || fylink_canonical_json(e.item),
                   ',' ORDER BY e.key COLLATE "C"), '') || '}'
          INTO result FROM json_each(value) AS e(key, item);
    WHEN 'array' THEN
        SELECT '[' || coalesce(string_agg(fylink_canonical_json(e.item), ',' ORDER BY e.n), '')
               || ']'
          INTO result FROM json_array_elements(value) WITH ORDINALITY AS e(item, n);
    WHEN 'string' THEN
        -- Re-escaped as Python escapes (ensure_ascii=False): whoever stored the text
        -- may have written "\u586b" for 填.
        result := to_json(value #>> '{}')::text;
    ELSE
        result := btrim(value::text, E' \t\r\n');
    END CASE;
    RETURN result;
END $$;
"""

#: The hash services/journal.py gives a row (``_digest``), computed by the database. It
#: takes the columns, not the row type: a function of ``journal``'s type would keep anyone
#: from dropping the table.
JOURNAL_DIGEST = r"""
CREATE OR REPLACE FUNCTION fylink_journal_digest(
    prev_hash text, at timestamptz, actor text, command text, action text, entity text,
    entity_id bigint, case_id bigint, before json, after json
) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        '[' || to_json(prev_hash)::text
        || ',' || to_json(to_char(at AT TIME ZONE 'UTC',
                                  'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00')::text
        || ',' || to_json(actor)::text
        || ',' || to_json(command)::text
        || ',' || to_json(action)::text
        || ',' || to_json(entity)::text
        || ',' || coalesce(entity_id::text, 'null')
        || ',' || coalesce(case_id::text, 'null')
        || ',' || fylink_canonical_json(before)
        || ',' || fylink_canonical_json(after)
        || ']', 'UTF8')), 'hex')
$$;
"""

#: SECURITY DEFINER: it takes the writer lock (which a liaison's psql session could not)
#: and reads the chain's head whatever the caller may see.
JOURNAL_CHECK = r"""
CREATE OR REPLACE FUNCTION fylink_journal_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head_id bigint;
    head_hash text;
BEGIN
    LOCK TABLE writer_lock IN EXCLUSIVE MODE;
    SELECT id, hash INTO head_id, head_hash FROM journal ORDER BY id DESC LIMIT 1;
    IF NEW.id IS NULL OR NEW.id <= coalesce(head_id, 0) THEN
        RAISE EXCEPTION 'fylink: journal row % does not follow the head (%)', NEW.id, head_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'fylink: journal row % does not link to the head of the chain', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.hash IS DISTINCT FROM fylink_journal_digest(
        NEW.prev_hash, NEW.at, NEW.actor, NEW.command, NEW.action, NEW.entity,
        NEW.entity_id, NEW.case_id, NEW.before, NEW.after
    ) THEN
        RAISE EXCEPTION 'fylink: journal row % carries a hash that is not its own', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
"""

ANCHOR_CHECK = r"""
CREATE OR REPLACE FUNCTION fylink_anchor_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (NEW.seq = 0 AND NEW.hash = repeat('0', 64))  -- the head of an empty journal
       AND NOT EXISTS (SELECT 1 FROM journal WHERE id = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'fylink: anchor %@% names no journal row', NEW.hash, NEW.seq
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
"""


def upgrade() -> None:
    op.create_table(
        "journal_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=255), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_anchor")),
    )
    writer_lock = op.create_table(
        "writer_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_writer_lock")),
    )
    op.bulk_insert(writer_lock, [{"id": 1}])

    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (CANONICAL_JSON, JOURNAL_DIGEST, JOURNAL_CHECK, ANCHOR_CHECK):
        op.execute(statement)
    op.execute(
        "CREATE TRIGGER fylink_journal_check BEFORE INSERT ON journal"
        " FOR EACH ROW EXECUTE FUNCTION fylink_journal_check()"
    )
    op.execute(
        "CREATE TRIGGER fylink_anchor_check BEFORE INSERT ON journal_anchor"
        " FOR EACH ROW EXECUTE FUNCTION fylink_anchor_check()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS fylink_journal_check ON journal")
        op.execute("DROP TRIGGER IF EXISTS fylink_anchor_check ON journal_anchor")
        for function in (
            "fylink_anchor_check()",
            "fylink_journal_check()",
            "fylink_journal_digest(text, timestamptz, text, text, text, text, bigint, bigint,"
            " json, json)",
            "fylink_canonical_json(json)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("writer_lock")
    op.drop_table("journal_anchor")

import json

from helpers import TODAY, db_dump


def test_demo_fills_a_consistent_office(cli, demo_db, db_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM unit")).scalar() == 17
        assert c.execute(text("SELECT count(*) FROM cases")).scalar() > 300
        bad_dates = c.execute(
            text(
                "SELECT count(*) FROM cases WHERE closed_on < filed_on OR heard_on < filed_on "
                "OR closed_on > :today OR filed_on > :today"
            ),
            {"today": TODAY},
        ).scalar()
        assert bad_dates == 0
        open_with_outcome = c.execute(
            text("SELECT count(*) FROM cases WHERE (closed_on IS NULL) <> (outcome IS NULL)")
        ).scalar()
        assert open_with_outcome == 0
        losses = c.execute(
            text("SELECT count(*) FROM cases WHERE category = '行政诉讼' AND is_loss")
        ).scalar()
        assert losses > 0
    engine.dispose()
    rows = json.loads(cli("case", "list", "-c", "行政诉讼", "--json", "-n", "500").stdout)
    assert all(r["case_no"].startswith("（") for r in rows)


def test_demo_refuses_a_database_with_records(cli, initialized, db_url):
    before = db_dump(db_url)
    result = cli("demo")
    assert result.exit_code == 5
    assert "空数据库" in result.stderr
    assert db_dump(db_url) == before


def test_every_update_and_delete_the_demo_journals_can_restore_its_row(demo_db, db_url):
    """The undo to come stands on this: a before image holds every column of its row."""
    from sqlalchemy import create_engine, text

    from fylink.models import SQLModel

    tables = {t.name: {c.name for c in t.columns} for t in SQLModel.metadata.sorted_tables}
    engine = create_engine(db_url)
    with engine.connect() as c:
        rows = c.execute(
            text("SELECT id, action, entity, before FROM journal WHERE action <> 'insert'")
        ).all()
    engine.dispose()
    assert {row.action for row in rows} >= {"update"}
    short = []
    for row in rows:
        before = json.loads(row.before) if isinstance(row.before, str) else row.before
        columns = tables["cases" if row.entity == "case" else row.entity]
        if missing := columns - set(before):
            short.append((row.id, row.entity, sorted(missing)))
    assert short == []

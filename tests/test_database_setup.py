"""The database opens at the latest schema with the gazetteer's provinces, on every backend."""

import pytest
from sqlalchemy import func, inspect, select

from db.engine import make_engine
from db.models import Province, ProvinceAlias
from db.schema import current_revision, head_revision
from db.setup import SCHEMA_REVISION, DatabaseNotReady, open_database


def test_fresh_database_has_every_chinese_division(session):
    keys = set(session.scalars(select(Province.key)))
    assert len(keys) == 35  # 34 divisions and China itself, for national totals
    assert {"guangdong", "guangxi", "yunnan", "hainan", "china"} <= keys


def test_cities_are_aliases_of_their_province(session):
    alias = session.scalars(select(ProvinceAlias).where(ProvinceAlias.folded == "nam ninh")).one()
    assert alias.province.name_vi == "Quảng Tây"
    assert alias.kind == "city"


def test_opening_twice_changes_nothing(database_url, database):
    with database.sessions() as s:
        before = s.scalar(select(func.count(ProvinceAlias.id)))
    again = open_database(database_url, migrate=True)
    with again.sessions() as s:
        assert s.scalar(select(func.count(ProvinceAlias.id))) == before
    assert current_revision(again.engine) == head_revision(again.engine)
    again.dispose()


def test_the_revision_the_code_expects_is_the_migrations_head(database):
    """A migration added without moving SCHEMA_REVISION would never be applied."""
    assert head_revision(database.engine) == SCHEMA_REVISION


def test_a_database_behind_the_code_is_refused_untouched_without_migrate(tmp_path):
    """PostgreSQL's default: several processes may share it, so only `briefbot db upgrade`
    changes its schema."""
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    with pytest.raises(DatabaseNotReady, match="run `briefbot db upgrade` first"):
        open_database(url, migrate=False)
    engine = make_engine(url)
    assert not inspect(engine).has_table("alembic_version")
    engine.dispose()


def test_migrations_build_exactly_the_models(database):
    """A model changed without its migration would work in tests and break a real upgrade."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models import Base

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []

"""A register of the previous version (no redaction) is upgraded: its old trail still
verifies, its guard still refuses edits, and retention can then redact that old trail."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from privacydesk.core.workflow import Status
from privacydesk.services import open_services
from privacydesk.store.engine import _alembic_config, head_revision
from tests.conftest import Clock
from tests.services.helpers import new_request


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def location(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("register_path"))
    return str(request.getfixturevalue("postgres_url"))


def _engine_url(location: str) -> str:
    if location.startswith("postgresql"):
        return location.replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{location}"


def test_an_old_trail_verifies_after_the_upgrade_and_retention_can_redact_it(
    location: str,
) -> None:
    clock = Clock(date(2020, 3, 2))
    old = open_services(location, actor="officer", now=clock)
    case = old.cases.register(new_request("Jan Peeters", received=date(2020, 3, 2)))
    old.identity.waive(case.id, "Bekende klant Jan Peeters")
    old.cases.change_status(case.id, Status.ANSWERED, answered_on=date(2020, 3, 2))
    old.cases.change_status(case.id, Status.CLOSED)
    old.close()
    engine = create_engine(_engine_url(location))
    config = _alembic_config()
    with engine.begin() as conn:  # back to the version before: every update refused
        config.attributes["connection"] = conn
        command.downgrade(config, "0004b")
    engine.dispose()

    clock.set_day(date(2026, 11, 25))
    upgraded = open_services(location, actor="officer", now=clock)
    try:
        assert upgraded.register.schema_version == head_revision()
        verdict = upgraded.audit.verify()
        assert verdict.ok and verdict.notes == (), verdict.problems
        with upgraded.ctx.engine.connect() as conn, pytest.raises(Exception, match="append-only"):
            conn.execute(text("UPDATE audit_event SET actor = 'mallory' WHERE id = 1"))

        assert upgraded.retention.apply([case.id]) == [case.reference]
        with upgraded.ctx.engine.connect() as conn:
            trail = repr(conn.execute(text("SELECT * FROM audit_event")).all())
        assert "Jan Peeters" not in trail
        verdict = upgraded.audit.verify()
        assert verdict.ok, verdict.problems
    finally:
        upgraded.close()

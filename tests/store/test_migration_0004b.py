"""A server register made before the key moved to the server gets its key table, and the
key the officer's computer held for it goes there, so its trail verifies without a seal."""

from __future__ import annotations

import json

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine

from privacydesk.services import open_services
from privacydesk.services.audit import REKEYED
from privacydesk.services.audit_keys import _to_file
from privacydesk.store.engine import _alembic_config, head_revision
from tests.services.helpers import new_request

pytestmark = pytest.mark.postgresql


def test_a_server_register_of_the_previous_version_keeps_its_key_and_trail(
    postgres_url: str,
) -> None:
    services = open_services(postgres_url, actor="anna")
    services.cases.register(new_request("Anna Peeters"))
    services.close()
    with psycopg.connect(postgres_url) as conn:
        (key_hex,) = conn.execute("SELECT key FROM audit_key").fetchone() or ("",)
        (rid,) = conn.execute("SELECT value FROM setting WHERE key = 'register.id'").fetchone()
    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    config = _alembic_config()
    with engine.begin() as conn:  # back to the version before: no key on the server ...
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    engine.dispose()
    _to_file(json.loads(rid), bytes.fromhex(key_hex))  # ... but on the officer's computer

    reopened = open_services(postgres_url, actor="anna")  # this computer has its old key
    try:
        assert reopened.register.schema_version == head_revision()
        verdict = reopened.audit.verify()
        assert verdict.ok and verdict.notes == (), verdict.problems
        assert not [e for e in reopened.audit.all() if e.action == REKEYED]
    finally:
        reopened.close()
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM audit_key").fetchone() == (1,)

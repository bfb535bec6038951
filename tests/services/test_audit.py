"""The accountability trail cannot be edited or cut short without it showing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from privacydesk.services import Services
from tests.services.helpers import new_request


def _fill(services: Services) -> None:
    for name in ("Jan Peeters", "Lieve De Smet", "Noël Lemaître"):
        case = services.cases.register(new_request(name))
        services.cases.update_notes(case.id, f"Notitie over {name}")


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_an_untouched_trail_verifies(services: Services) -> None:
    _fill(services)
    result = services.audit.verify()
    assert result.ok and result.checked == 6


def test_the_register_itself_refuses_to_edit_or_delete_an_event(
    services: Services, register_path: Path
) -> None:
    _fill(services)
    conn = sqlite3.connect(register_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_event SET actor='someone else' WHERE id=2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_event WHERE id=2")
    conn.close()


@pytest.mark.parametrize(
    ("sql", "first_bad"),
    [
        ("UPDATE audit_event SET actor='mallory' WHERE id=3", 3),
        ("UPDATE audit_event SET details='{}' WHERE id=4", 4),
        ("DELETE FROM audit_event WHERE id=2", 2),
        ("DELETE FROM audit_event WHERE id=6", 6),
    ],
    ids=["edited-actor", "edited-details", "removed-in-the-middle", "removed-newest"],
)
def test_tampering_is_caught_naming_the_first_bad_event(
    services: Services, register_path: Path, sql: str, first_bad: int
) -> None:
    _fill(services)
    services.close()
    _tamper(register_path, sql)
    from privacydesk.services import open_services

    reopened = open_services(register_path)
    result = reopened.audit.verify()
    reopened.close()
    assert not result.ok
    assert result.first_bad_id == first_bad

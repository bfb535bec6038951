"""Building requests the way the intake dialog does, for service tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest

from privacydesk.core.case import Channel, Language, Requester, RightRequest
from privacydesk.core.rights import Right
from privacydesk.services.cases import NewRequest

if TYPE_CHECKING:
    from privacydesk.services import Services
    from tests.conftest import Clock

T = TypeVar("T")


def new_request(
    name: str = "Éloïse Van den Broeck",
    *,
    received: date = date(2026, 11, 20),
    rights: tuple[Right, ...] = (Right.ACCESS,),
    language: Language = Language.NL,
    email: str = "eloise@example.be",
) -> NewRequest:
    return NewRequest(
        requester=Requester(
            name=name, address="Kerkstraat 12\n9000 Gent", email=email, language=language
        ),
        channel=Channel.EMAIL,
        received=received,
        letter_date=received,
        rights=[RightRequest(right=r, words=f"Ik vraag: {r.value}") for r in rights],
    )


def made_before_the_key(
    path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch, fill: Callable[[Services], T]
) -> T:
    """A register as the version before the audit key made it: a plain SHA-256 trail,
    schema 0001, and no key on this computer. ``fill`` writes its content; its answer is
    returned."""
    from alembic import command

    from privacydesk.services import audit as audit_module
    from privacydesk.services import open_services
    from privacydesk.services.audit_keys import KEY_DIR_ENV
    from privacydesk.store.engine import _alembic_config

    with monkeypatch.context() as old_version:
        old_version.setattr(
            audit_module, "_keyed", lambda _key, payload: audit_module._plain(payload)
        )
        old = open_services(path, actor="officer", now=clock)
        old.ctx.audit_key = None
        made = fill(old)
        config = _alembic_config()
        with old.register.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        old.close()
    for key_file in Path(os.environ[KEY_DIR_ENV]).glob("*.key"):
        key_file.unlink()
    return made

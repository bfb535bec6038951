"""A register shared by a team on a PostgreSQL server: setting it up, moving to it, backups.

``server-setup`` creates the roles and the database; ``move-register`` copies a file register
into it and proves the copy before saying it is done; a backup of a server register is made
with PostgreSQL's own pg_dump.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from privacydesk.core.audit_actions import AuditAction
from privacydesk.core.errors import UserFacingError
from privacydesk.services import audit
from privacydesk.services.audit import AuditService
from privacydesk.services.audit_keys import put_server_key, register_key
from privacydesk.services.context import ServiceContext
from privacydesk.store.addresses import is_server_url
from privacydesk.store.credentials import remember_password, with_stored_password
from privacydesk.store.engine import OpenedRegister, open_register
from privacydesk.store.server import (
    hide_password,
    server_url,
    without_password,
)
from privacydesk.store.server_setup import SetupReport, set_up_server
from privacydesk.store.transfer import copy_register, row_counts, table_digests

PG_DUMP_ADVICE = (
    "Dit register staat op een databankserver: maak back-ups met PostgreSQL's eigen pg_dump "
    "(bijvoorbeeld `pg_dump -Fc -f register.dump postgresql://beheerder@server/privacydesk`) "
    "en zet ze terug met pg_restore."
)


class SharedRegisterError(UserFacingError):
    pass


@dataclass(frozen=True)
class MoveReport:
    target: str  # the URL without its password
    rows: dict[str, int]
    audit_events: int
    password_kept: bool


def setup_server(
    admin_location: str, *, database: str, officers: tuple[str, ...] = ()
) -> SetupReport:
    if not is_server_url(admin_location):
        raise SharedRegisterError(
            "server-setup verwacht de URL van een PostgreSQL-server, bv. "
            "postgresql://postgres@server/postgres."
        )
    return set_up_server(admin_location, database=database, officers=officers)


def server_location(host: str, port: int, database: str, login: str, password: str = "") -> str:
    """A register URL from the fields of a form (the password, if any, stays in the URL)."""
    if not host.strip() or not database.strip() or not login.strip():
        raise SharedRegisterError("Vul server, databank en login in.")
    url = URL.create(
        "postgresql",
        username=login.strip(),
        password=password or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
    )
    return url.render_as_string(hide_password=False)


def test_connection(location: str) -> str:
    """Open the server register once (as the settings' connection test); returns its login."""
    if not is_server_url(location):
        raise SharedRegisterError(
            "Geef de URL van de server, bv. postgresql://gebruiker@server/privacydesk."
        )
    opened = open_register(location)
    try:
        return opened.login
    finally:
        opened.engine.dispose()


def move_register(source: OpenedRegister, target_location: str) -> MoveReport:
    """Copy a file register to an empty server database and verify it before saying done."""
    if source.path is None:
        raise SharedRegisterError("Dit register staat al op een databankserver.")
    if not is_server_url(target_location):
        raise SharedRegisterError(
            "--to verwacht de URL van een PostgreSQL-databank, bv. "
            "postgresql://jan@server/privacydesk."
        )
    shown = hide_password(target_location)
    target = open_register(target_location)  # an empty database gets the schema here
    try:
        with target.engine.begin() as conn:
            # The schema's own register id is not content: the moved register keeps its id,
            # so the key that seals its trail is found again.
            conn.execute(
                text("DELETE FROM setting WHERE key = :key"), {"key": audit.REGISTER_ID_KEY}
            )
            present = {name: n for name, n in row_counts(conn).items() if n}
            if present:  # raised inside the transaction: the id stays where it was
                raise SharedRegisterError(
                    "De databank {shown} is niet leeg ({tables}); "
                    "een register wordt alleen naar een lege databank verhuisd. Er werd niets "
                    "gewijzigd.",
                    shown=shown,
                    tables=", ".join(sorted(present)),
                )
        try:
            copied = copy_register(source.engine, target.engine)
        except DBAPIError as exc:
            raise SharedRegisterError(
                "Het kopiëren naar {shown} is mislukt ({reason}); de "
                "databank bleef leeg en het register zelf is ongewijzigd.",
                shown=shown,
                reason=str(exc.orig).strip(),
            ) from exc
        _carry_key(source, target, shown)
        expected, found = table_digests(source.engine), table_digests(target.engine)
        differing = sorted(name for name in expected if expected[name] != found.get(name))
        if differing:
            raise SharedRegisterError(
                "De kopie in {shown} wijkt af in {tables}; gebruik ze niet. "
                "Het register zelf is ongewijzigd.",
                shown=shown,
                tables=", ".join(differing),
            )
        verdict = AuditService(ServiceContext(engine=target.engine)).verify()
        if not verdict.ok:
            raise SharedRegisterError(
                "Het auditspoor in {shown} klopt niet ({problem}); gebruik de kopie "
                "niet. Het register zelf is ongewijzigd.",
                shown=shown,
                problem=verdict.problem,
            )
    finally:
        target.engine.dispose()
    kept = remember_password(server_url(target_location))
    bare = without_password(server_url(target_location).set(drivername="postgresql"))
    return MoveReport(
        target=bare.render_as_string(hide_password=False),  # to open it by; no password
        rows=copied,
        audit_events=copied.get("audit_event", 0),
        password_kept=kept,
    )


def _carry_key(source: OpenedRegister, target: OpenedRegister, shown: str) -> None:
    """The file register's audit key goes to the server, so the moved trail still verifies
    and every officer signs on with the same key (it is kept there from now on)."""
    with source.engine.connect() as conn:
        rid = str(
            json.loads(
                conn.execute(
                    text("SELECT value FROM setting WHERE key = :key"),
                    {"key": audit.REGISTER_ID_KEY},
                ).scalar_one()
            )
        )
    key = register_key(None, rid)
    if key is None:
        return  # no key on this computer: the trail is sealed at the first open there
    with target.engine.begin() as conn:
        if put_server_key(conn, key) != key:
            raise SharedRegisterError(
                "De databank {shown} heeft al een andere auditsleutel; verhuis het register "
                "naar een nieuwe, lege databank. Het register zelf is ongewijzigd.",
                shown=shown,
            )


@dataclass(frozen=True)
class DumpInfo:
    path: Path
    size: int
    sha256: str


def dump_server(ctx: ServiceContext, register: OpenedRegister, target: Path) -> DumpInfo:
    """A backup of a server register with pg_dump, or the sentence saying to use it."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise SharedRegisterError(PG_DUMP_ADVICE + " pg_dump staat niet op deze computer.")
    if target.exists():
        raise SharedRegisterError("{target} bestaat al; kies een andere naam.", target=str(target))
    url = with_stored_password(server_url(str(register.engine.url.render_as_string(False))))
    environment = dict(os.environ)
    if url.password:  # never on the command line, where other users could see it
        environment["PGPASSWORD"] = str(url.password)
    dsn = without_password(url.set(drivername="postgresql")).render_as_string(hide_password=False)
    partial = target.with_name(target.name + ".part")
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--no-owner", f"--file={partial}", dsn],
            env=environment,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    except OSError as exc:
        raise SharedRegisterError("pg_dump kon niet starten: {reason}.", reason=exc) from exc
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise SharedRegisterError("pg_dump is mislukt: {reason}", reason=reason)
    os.replace(partial, target)
    with ctx.transaction() as session:
        audit.record(session, ctx, AuditAction.REGISTER_BACKUP, file=target.name, reason="pg_dump")
    data = target.read_bytes()
    return DumpInfo(target, len(data), hashlib.sha256(data).hexdigest())

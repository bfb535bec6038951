"""Setting up (and upgrading) a shared register on a PostgreSQL server.

Two roles keep the trail append-only by the server's own rights:

* the **owner** role (no login) owns the schema; migrations run as it;
* the **officers** role (no login) is what each officer's own login is a member of: it may
  read and write cases, documents, letters and settings, but only INSERT and SELECT audit
  events — not UPDATE, DELETE or TRUNCATE them.

The documents' bytes table belongs to the officers role, because only a table's owner may
rewrite it (``VACUUM FULL``) so that a purged ID copy leaves the database files.

Run with an administrator's URL (a superuser such as ``postgres``). Running it again is
safe: it upgrades the schema to this version and re-applies the rights.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from sqlalchemy import Connection, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from privacydesk.store.errors import RegisterError
from privacydesk.store.server import server_url, without_password

OWNER_ROLE = "privacydesk_owner"
OFFICERS_ROLE = "privacydesk_officers"
DEFAULT_DATABASE = "privacydesk"
# Tables whose rows the officers may read and add to but never change or remove.
APPEND_ONLY_TABLES = ("audit_event", "audit_key")
# Tables the officers own so that a purge can rewrite them (VACUUM FULL needs ownership).
REWRITTEN_BY_OFFICERS = ("attachment_blob",)
REDACT_FUNCTION = "privacydesk_redact_audit_event(integer, varchar)"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass
class SetupReport:
    database: str
    created_database: bool
    officers: dict[str, str] = field(default_factory=dict)  # login -> new password ("" = kept)
    officer_url: str = ""


def _name(value: str, what: str) -> str:
    if not _NAME.match(value):
        raise RegisterError(
            f"{what} '{value}' is geen geldige naam: kleine letters, cijfers en _, "
            "beginnend met een letter."
        )
    return value


def _role_exists(conn: Connection, role: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    return found is not None


def set_up_server(
    admin_location: str,
    *,
    database: str = DEFAULT_DATABASE,
    officers: tuple[str, ...] = (),
) -> SetupReport:
    """Create the roles and the database (when missing), migrate it, and grant the rights."""
    admin = server_url(admin_location)
    database = _name(database, "De databank")
    logins = tuple(_name(login, "De login") for login in officers)
    report = SetupReport(database=database, created_database=False)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            superuser = conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            if not superuser:
                raise RegisterError(
                    "server-setup heeft de URL van een beheerder van de server nodig "
                    "(een superuser zoals postgres)."
                )
            for role in (OWNER_ROLE, OFFICERS_ROLE):
                if not _role_exists(conn, role):
                    conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
            # The owner may alter the tables the officers own (future migrations).
            conn.execute(text(f"GRANT {OFFICERS_ROLE} TO {OWNER_ROLE}"))
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}
            ).first()
            if exists is None:
                conn.execute(text(f'CREATE DATABASE "{database}" OWNER {OWNER_ROLE}'))
                report.created_database = True
            conn.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))
            conn.execute(
                text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO {OFFICERS_ROLE}')
            )
            for login in logins:
                if _role_exists(conn, login):
                    report.officers[login] = ""
                else:
                    # URL-safe letters only, so it can stand quoted in the statement (DDL
                    # takes no parameters); PostgreSQL stores only its SCRAM hash.
                    password = secrets.token_urlsafe(18)
                    conn.execute(
                        text(
                            f"CREATE ROLE {login} LOGIN PASSWORD '{password}' "
                            f"IN ROLE {OFFICERS_ROLE}"
                        )
                    )
                    report.officers[login] = password
                conn.execute(text(f"GRANT {OFFICERS_ROLE} TO {login}"))
    except DBAPIError as exc:
        raise RegisterError(f"De server weigerde de inrichting: {_first_line(exc.orig)}.") from exc
    finally:
        engine.dispose()

    _migrate_and_grant(admin.set(database=database))
    report.officer_url = without_password(
        admin.set(database=database, username=logins[0] if logins else "LOGIN")
    ).render_as_string(hide_password=False)
    return report


def _migrate_and_grant(url: URL) -> None:
    from privacydesk.store.engine import upgrade

    engine = create_engine(url, connect_args={"options": "-c timezone=UTC"})

    @event.listens_for(engine, "connect")
    def _as_owner(dbapi_connection: object, _record: object) -> None:
        # Everything the migrations create belongs to the owner role, not the administrator.
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute(f"SET ROLE {OWNER_ROLE}")
        cursor.close()
        dbapi_connection.commit()  # type: ignore[attr-defined]

    try:
        upgrade(engine)
        with engine.begin() as conn:
            _grant(conn)
    except DBAPIError as exc:
        raise RegisterError(f"De server weigerde de inrichting: {_first_line(exc.orig)}.") from exc
    finally:
        engine.dispose()


def _grant(conn: Connection) -> None:
    officers = OFFICERS_ROLE
    statements = [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {officers}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {officers}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {officers}",
        # Tables added by later versions get the same rights; the audit table's are cut below.
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {officers}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {OWNER_ROLE} IN SCHEMA public "
        f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {officers}",
        # Only a new PrivacyDesk version, run by the administrator, moves the schema on.
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {officers}",
    ]
    for table in APPEND_ONLY_TABLES:
        statements.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {officers}")
    # The one sanctioned change of the trail (migration 0008): retention's redaction of a
    # deleted case's events, through a function that runs with the owner's rights.
    statements.append(f"GRANT EXECUTE ON FUNCTION {REDACT_FUNCTION} TO {officers}")
    for statement in statements:
        conn.execute(text(statement))
    # Handing a table to a role without CREATE on the schema takes the administrator.
    conn.execute(text("RESET ROLE"))
    for table in REWRITTEN_BY_OFFICERS:
        conn.execute(text(f"ALTER TABLE {table} OWNER TO {officers}"))


def _first_line(error: object) -> str:
    message = str(error).strip()
    return message.splitlines()[0] if message else type(error).__name__

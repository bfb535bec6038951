"""Opening a register: checks before anything is written, pragmas, migrations.

A register that is locked, read-only, damaged or from a newer PrivacyDesk raises a
``RegisterError`` and is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from privacydesk.store import register_file
from privacydesk.store.addresses import is_server_url, is_url
from privacydesk.store.credentials import remember_password, with_stored_password
from privacydesk.store.errors import (
    RegisterCorruptError,
    RegisterError,
    RegisterTooNewError,
)
from privacydesk.store.register_file import (
    MIGRATIONS,
    SQLITE_HEADER,
    check_sqlite_file,
    head_revision,
    is_network_path,
    known_revisions,
    locked_error,
    probe_sqlite,
    sqlite_reason,
)
from privacydesk.store.server import (
    WRITER_LOCK_KEY,
    hide_password,
    server_url,
)

if TYPE_CHECKING:  # alembic loads only when a register needs an upgrade (issue 17: start)
    from alembic.config import Config

# Execution option of a connection that only reads: ``connection.execution_options(**{
# READER_OPTION: True})`` begins without taking the write lock.
READER_OPTION = "privacydesk_reader"


@dataclass(frozen=True)
class OpenedRegister:
    engine: Engine
    location: str  # a file path, or the URL without password for a server database
    path: Path | None  # None for a server database
    schema_version: str
    wal: bool
    network_path: bool
    login: str = ""  # the database login on a server; "" for a file


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _current_revision(conn: Connection) -> str | None:
    """The register's schema revision as alembic records it; None for an empty database."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(versions[0]) if len(versions) == 1 else None


def _install_sqlite_pragmas(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # SQLAlchemy, not pysqlite, decides when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Purged ID copies must be overwritten in the file, not just unlinked (SPEC §5).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute(f"PRAGMA busy_timeout={register_file.BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get(READER_OPTION):
            # A long read (the whole register for the table) takes a snapshot, not the
            # write lock: a colleague's save, or the officer's own, need not wait for it.
            connection.exec_driver_sql("BEGIN")
            return
        # Take the write lock up front: two colleagues saving at once then wait for each
        # other instead of one failing half-way (the audit chain needs a strict order).
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_url(path: Path) -> URL:
    # Built, not formatted: a folder named "50%41" or a file name with "?" is a path, and
    # a formatted URL would decode the one and cut the other into a query.
    return URL.create("sqlite", database=str(path.resolve() if path.anchor else path))


def open_register(location: str | Path, *, create: bool = True) -> OpenedRegister:
    """Open (creating or upgrading when needed) the register at a path or database URL."""
    url_text = str(location)
    if is_server_url(url_text):
        return _open_server(url_text)
    if is_url(url_text) and not url_text.startswith("sqlite"):
        raise RegisterError(
            f"{hide_password(url_text)}: alleen een bestand of een PostgreSQL-URL "
            "(postgresql://gebruiker@server/databank) kan een register zijn."
        )
    if url_text.startswith("sqlite"):
        database = make_url(url_text).database
        if not database or database == ":memory:":
            raise RegisterError("Een register in het geheugen wordt niet ondersteund.")
        path = Path(database)
    else:
        path = Path(url_text).expanduser()

    check_sqlite_file(path, create=create)
    current = probe_sqlite(path)
    if current is not None and current not in known_revisions():
        raise RegisterTooNewError(
            f"Het register {path} werd gemaakt door een nieuwere versie van PrivacyDesk "
            f"(schema {current}). Installeer de nieuwste versie; het bestand werd niet gewijzigd."
        )
    network = is_network_path(path)
    engine = create_engine(
        sqlite_url(path), connect_args={"timeout": register_file.BUSY_TIMEOUT_MS / 1000}
    )
    _install_sqlite_pragmas(engine, wal=not network)
    try:
        _upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc) or "busy" in str(exc):
            raise locked_error(path) from exc
        raise RegisterError(f"Het register {path} kon niet bijgewerkt worden: {exc.orig}.") from exc
    return OpenedRegister(
        engine=engine,
        location=str(path),
        path=path,
        schema_version=head_revision(),
        wal=not network,
        network_path=network,
    )


def _open_server(url_text: str) -> OpenedRegister:
    url = with_stored_password(server_url(url_text))
    shown = url.render_as_string(hide_password=True)
    try:
        # Dates and times are stored as UTC wall time, as in a file register.
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"options": "-c timezone=UTC", "connect_timeout": 10},
        )
        with engine.connect() as conn:
            current = _current_revision(conn)
            login = str(conn.execute(text("SELECT session_user")).scalar_one())
    except DatabaseError as exc:
        raise RegisterError(
            f"De registerdatabank {shown} is niet bereikbaar: {_first_line(exc.orig)}."
        ) from exc
    except Exception as exc:  # a missing driver, a malformed URL
        raise RegisterError(f"De registerdatabank {shown} kan niet geopend worden: {exc}.") from exc
    if current is not None and current not in known_revisions():
        engine.dispose()
        raise RegisterTooNewError(
            f"De registerdatabank {shown} werd gemaakt door een nieuwere versie van PrivacyDesk "
            f"(schema {current}). Installeer de nieuwste versie."
        )
    try:
        _upgrade(engine)
    except DatabaseError as exc:
        engine.dispose()
        raise RegisterError(
            f"De registerdatabank {shown} kon niet bijgewerkt worden ({_first_line(exc.orig)}). "
            "Laat de beheerder `privacydesk server-setup` uitvoeren met de eigenaarsrol."
        ) from exc
    if make_url(url_text).password:
        # Typed once with the URL: kept in the credential store, so the URL can go without.
        remember_password(url)
    return OpenedRegister(
        engine=engine,
        location=shown,
        path=None,
        schema_version=head_revision(),
        wal=False,
        network_path=False,
        login=login,
    )


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two officers starting a new version at once: one upgrades, the other waits.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
        if _current_revision(conn) == head_revision():
            return
        from alembic import command

        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def upgrade(engine: Engine) -> None:
    """Bring a register to the current schema (after a restore of an older backup)."""
    _upgrade(engine)


def inspect_register_file(path: Path) -> str:
    """Check, read-only, that a file is a sound PrivacyDesk register this version can open.

    Returns its schema revision. Used before a backup is restored over the live register.
    """
    if not path.is_file() or path.stat().st_size == 0:
        raise RegisterCorruptError(f"{path.name} is geen PrivacyDesk-register.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RegisterCorruptError(
                f"{path.name} is geen PrivacyDesk-register of is beschadigd."
            )
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            if result is None or result[0] != "ok":
                raise RegisterCorruptError(f"{path.name} is beschadigd (integriteitscontrole).")
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "case" not in tables:
                raise RegisterCorruptError(f"{path.name} is geen PrivacyDesk-register.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RegisterCorruptError(f"{path.name} is beschadigd: {sqlite_reason(exc)}.") from exc
    revision = str(row[0]) if row else ""
    if revision not in known_revisions():
        raise RegisterTooNewError(
            f"{path.name} werd gemaakt door een nieuwere versie van PrivacyDesk (schema "
            f"{revision}); installeer eerst de nieuwste versie."
        )
    return revision

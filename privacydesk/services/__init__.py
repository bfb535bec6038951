"""Use cases: the only code that writes to the register. The GUI and the CLI call these.

``Services`` and ``open_services`` load (and with them SQLAlchemy) on first use: the listing
commands read a file register through ``services.reading`` alone, and importing any module
of this package must not cost them the ORM (issue 17).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privacydesk.services.container import Services, open_services

__all__ = ["Services", "open_services"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from privacydesk.services import container

        return getattr(container, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

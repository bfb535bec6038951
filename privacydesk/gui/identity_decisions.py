"""The identity decisions, asked the same way from the case's Identiteit menu and its tab.

Each asks what it needs (a reason, the day what was asked arrived, whether the ID copies
may be destroyed), records the decision through the identity service and says whether it
did; the caller shows the case again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from privacydesk.core.identity import IdentityMethod
from privacydesk.gui.day_dialog import ask_arrival_day
from privacydesk.gui.errors import show_error
from privacydesk.gui.purge_dialog import PurgeDeclinedError, confirm_purge
from privacydesk.gui.text_prompt_dialog import TextPromptDialog
from privacydesk.services import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("IdentityDecisions", text)


def _decide(
    parent: QWidget,
    services: Services,
    case_id: int,
    decision: Callable[[date | None], object],
) -> bool:
    """Record a decision; a wait for identification ends with it, on the day the officer
    says what was asked arrived."""
    try:
        case = services.cases.get(case_id)
        go_on, arrived = ask_arrival_day(case, services.ctx.today(), parent)
        if not go_on:
            return False
        decision(arrived)
    except PurgeDeclinedError:
        return False
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True


def verify_identity(
    parent: QWidget,
    services: Services,
    case_id: int,
    method: IdentityMethod,
    *,
    before: Callable[[], object] | None = None,
    copy_suffices: bool = True,
) -> bool:
    """Identity established by ``method``. ``before`` runs first inside the same attempt
    (the tab records the checks of an ID copy); ``copy_suffices`` false means the service
    will refuse, so the officer is not asked about a purge that will not happen."""

    def verify(arrived: date | None) -> None:
        if before is not None:
            before()
        # The purge that follows shows what it will destroy, and may be declined.
        if (
            services.settings.current().auto_purge_id_copies
            and copy_suffices
            and not confirm_purge(services, case_id, after_verification=True, parent=parent)
        ):
            raise PurgeDeclinedError
        services.identity.mark_verified(case_id, method, information_arrived_on=arrived)

    return _decide(parent, services, case_id, verify)


def waive_identity(parent: QWidget, services: Services, case_id: int) -> bool:
    """No further check needed, with the reason why (Art. 12(6): only reasonable doubt)."""
    dialog = TextPromptDialog(
        _tr("Identiteitscontrole overslaan"),
        _tr(
            "Waarom is geen verdere controle nodig? Bijvoorbeeld: bekende klant die schrijft "
            "vanaf het e-mailadres in ons bestand. Een kopie van de identiteitskaart vragen "
            "mag alleen bij redelijke twijfel (art. 12(6) AVG)."
        ),
        _tr("Overslaan"),
        parent,
        object_name="waiveDialog",
    )
    if not dialog.exec():
        return False
    return _decide(
        parent,
        services,
        case_id,
        lambda arrived: services.identity.waive(
            case_id, dialog.text(), information_arrived_on=arrived
        ),
    )


def fail_identity(parent: QWidget, services: Services, case_id: int) -> bool:
    """Identity could not be established, with the reason (the basis for a refusal)."""
    dialog = TextPromptDialog(
        _tr("Identiteit niet vastgesteld"),
        _tr("Waarom kon de identiteit niet vastgesteld worden? Dit komt in het dossier."),
        _tr("Vastleggen"),
        parent,
        object_name="failIdentityDialog",
    )
    if not dialog.exec():
        return False
    return _decide(
        parent,
        services,
        case_id,
        lambda arrived: services.identity.mark_failed(
            case_id, dialog.text(), information_arrived_on=arrived
        ),
    )

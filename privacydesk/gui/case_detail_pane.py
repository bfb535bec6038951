"""The selected case: its header (who, the deadline), its actions bar and its tabs.

The overview tab (case_overview.py) and the actions bar (case_actions_bar.py) are parts of
their own; the documents, identity, letters and DPA tabs plug in through ``add_tab``, each
built the first time it is opened: most sessions never open most of them, and building them
(with the PDF viewer and the letters' libraries behind them) would delay the window.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from privacydesk.core.case import CaseRecord
from privacydesk.core.deadlines import DeadlineInfo
from privacydesk.core.workflow import Status
from privacydesk.gui.case_actions_bar import CaseActionsBar
from privacydesk.gui.case_overview import CaseOverview
from privacydesk.gui.case_tab import CaseTab
from privacydesk.gui.deadline_text import DeadlineText
from privacydesk.gui.errors import show_error
from privacydesk.gui.labels import deadline_state_label, show_date
from privacydesk.services.concurrency import CaseChangedError

if TYPE_CHECKING:
    from privacydesk.services import Services

T = TypeVar("T", bound=CaseTab)


class CaseDetailPane(QWidget):
    caseChanged = Signal(int)  # a service changed the case; the register view refreshes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetailPane")
        self._services = services
        self._case: CaseRecord | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("caseTitle")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadlineLabel")
        self.deadline_label.setWordWrap(True)

        self.overview = CaseOverview(services, self._run)
        self.actions_bar = CaseActionsBar(
            services, self._run, self._after_identity, self.overview.selected_right
        )
        self.overview.rightActivated.connect(self.actions_bar.record_outcome)
        # The parts tests and the main window reach through the case view.
        self.status_button = self.actions_bar.status_button
        self.status_menu = self.actions_bar.status_menu
        self.identity_button = self.actions_bar.identity_button
        self.extend_button = self.actions_bar.extend_button
        self.outcome_button = self.actions_bar.outcome_button
        self.recipient_button = self.actions_bar.recipient_button
        self.rights_model = self.overview.rights_model
        self.rights_view = self.overview.rights_view
        self.notes_edit = self.overview.notes_edit
        self.timeline_model = self.overview.timeline_model

        self.empty_label = QLabel(
            self.tr("Kies een dossier in de lijst, of registreer een nieuw verzoek (Ctrl+N).")
        )
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setWordWrap(True)

        scroll = QScrollArea()
        scroll.setWidget(self.overview)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        # Other parts of the case (documents, letters) plug in as tabs beside the overview.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(scroll, self.tr("&Overzicht"))
        self._tab_views: list[CaseTab] = []
        self._unbuilt: dict[QScrollArea, LazyTab[CaseTab]] = {}
        self.tabs.currentChanged.connect(self._tab_opened)

        self._case_view = QWidget()
        case_layout = QVBoxLayout(self._case_view)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.title_label)
        case_layout.addWidget(self.deadline_label)
        case_layout.addWidget(self.actions_bar)
        case_layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self._case_view)
        self.show_case(None)

    @staticmethod
    def prepare() -> None:
        """Load, off the GUI thread, the services' modules ``show_case`` asks (their first
        import would otherwise hold up the first case the officer clicks)."""
        import privacydesk.services.audit
        import privacydesk.services.cases
        import privacydesk.services.identity  # noqa: F401

    @property
    def case(self) -> CaseRecord | None:
        return self._case

    def show_case(self, case_id: int | None) -> None:
        if case_id is None:
            self._case = None
            self.overview.forget_case()
            self.actions_bar.show_case(None)
            self.empty_label.show()
            self._case_view.hide()
            for tab in self._tab_views:
                tab.show_case(None)
            return
        try:
            case = self._services.cases.get(case_id)
            deadline = self._services.cases.deadline(case_id)
            identity = self._services.identity.status(case_id)
            timeline = self._services.audit.for_case(case_id)
        except Exception as exc:  # the case vanished or the register went away
            show_error(self, exc)
            self.show_case(None)
            return
        self._case = case
        self.empty_label.hide()
        self._case_view.show()
        self.title_label.setText(f"{case.reference} — {escape(case.requester.name)}")
        self.deadline_label.setText(self._deadline_html(case, deadline))
        self.overview.show_case(case, identity, timeline)
        self.actions_bar.show_case(case)
        for tab in self._tab_views:
            tab.show_case(case.id)

    def add_tab(self, make: Callable[[], T], title: str) -> LazyTab[T]:
        """Add a part of the case view, built by ``make`` when it is first opened (or asked
        for through the returned handle); from then on it follows the selected case."""
        # In a scroll area, so a wide tab never squeezes the register's table beside it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        tab = LazyTab(make, lambda view: self._built(scroll, view))
        self._unbuilt[scroll] = tab  # type: ignore[assignment]
        self.tabs.addTab(scroll, title)
        return tab

    def _tab_opened(self, index: int) -> None:
        tab = self._unbuilt.get(self.tabs.widget(index))  # type: ignore[call-overload]
        if tab is not None:
            tab.get()

    def _built(self, scroll: QScrollArea, view: CaseTab) -> None:
        self._unbuilt.pop(scroll, None)
        self._tab_views.append(view)
        scroll.setWidget(view)
        view.caseChanged.connect(self._tab_changed_case)
        view.show_case(self._case.id if self._case else None)

    def _tab_changed_case(self, case_id: int) -> None:
        self.show_case(case_id)
        self.caseChanged.emit(case_id)

    def _deadline_html(self, case: CaseRecord, info: DeadlineInfo) -> str:
        state = deadline_state_label(info.state)
        lines = [
            self.tr("<b>Uiterste antwoorddatum: {due}</b> — {state}").format(
                due=show_date(info.due), state=escape(state)
            )
        ]
        words = DeadlineText(self)
        if case.status.is_open:
            lines.append(escape(words.time_left(info)))
        elif case.answered_on:
            lines.append(self.tr("Beantwoord op {day}.").format(day=show_date(case.answered_on)))
        if info.extended:
            lines.append(self.tr("Eerste termijn: {day}.").format(day=show_date(info.first_due)))
        lines.append(f"<i>{escape(words.rule(info))}</i>")
        if words.pause(info):
            lines.append(f"<i>{escape(words.pause(info))}</i>")
        return "<br>".join(lines)

    # -- changes ---------------------------------------------------------------------------

    def _run(self, change: Callable[[], object]) -> bool:
        """Make a change to the case shown (the actions bar and the notes come through here),
        then show it again and tell the register, also when a colleague saved first."""
        if self._case is None:
            return False
        case_id = self._case.id
        try:
            change()
        except Exception as exc:
            show_error(self, exc)
            if isinstance(exc, CaseChangedError):  # a colleague saved first: show their case
                self.show_case(case_id)
                self.caseChanged.emit(case_id)
            return False
        self.show_case(case_id)
        self.caseChanged.emit(case_id)
        return True

    def _after_identity(self) -> None:
        if self._case is not None:
            self.show_case(self._case.id)
            self.caseChanged.emit(self._case.id)

    def change_status(self, status: Status) -> bool:
        return self.actions_bar.change_status(status)

    def save_notes(self) -> None:
        self.overview.save_notes()

    def has_unsaved_notes(self) -> bool:
        return self.overview.has_unsaved_notes()


class LazyTab(Generic[T]):
    """A tab of the case view that is built on first use."""

    def __init__(self, make: Callable[[], T], built: Callable[[T], None]) -> None:
        self._make = make
        self._built = built
        self._view: T | None = None

    def get(self) -> T:
        if self._view is None:
            self._view = self._make()
            self._built(self._view)
        return self._view

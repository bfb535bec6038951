"""One date field for the whole program: type the date as you would write it, or pick it.

Accepts ``12/04/1985``, ``12-4-85``, ``12041985``, ``12 april 1985``, ``12 avril 1985``
(core/typed_dates.py) and says at once which day it understood, or why it cannot take the
text. An empty field stays visibly empty (never a stand-in day like 01/01/1900).

Its interface follows QDateEdit where the dialogs used one (``date()``/``setDate()`` with
QDate, ``dateChanged``, minimum and maximum), plus ``value()`` with a Python date or None.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from privacydesk.core.typed_dates import parse_typed_date
from privacydesk.gui.labels import show_date

_ERROR_COLOUR = "#b00020"
_QUIET_COLOUR = "#555555"


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate()


def to_date(value: QDate | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not value.isValid():
        return None
    return date(value.year(), value.month(), value.day())


class DateEdit(QWidget):
    """A typed date with a calendar button and a line that says what it understood."""

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: date | QDate | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._today = today
        self._minimum: date | None = None
        self._maximum: date | None = None
        self._value: date | None = None

        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("dateText")
        self.line_edit.setPlaceholderText(self.tr("dd/mm/jjjj"))
        self.line_edit.setClearButtonEnabled(optional)
        # Wide enough for "12 september 1985", not more: the result line says the rest.
        self.line_edit.setMinimumWidth(self.line_edit.fontMetrics().horizontalAdvance("0" * 17))
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setText("▾")  # as QDateEdit shows it; no emoji font needed
        self.calendar_button.setToolTip(self.tr("Kies in de kalender"))
        self.calendar_button.setAccessibleName(self.tr("Kalender"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_month)
        self.calendar_button.setMenu(menu)
        self.result_label = QLabel()
        self.result_label.setObjectName("dateResult")
        self.result_label.setWordWrap(True)  # never widens the form it sits in

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.result_label, 1)
        self.setFocusProxy(self.line_edit)

        self.line_edit.textChanged.connect(self._typed)
        self.line_edit.editingFinished.connect(self._tidy)
        self.setDate(value)

    # -- QDateEdit-like interface ----------------------------------------------------------

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line_edit.setAccessibleName(name)

    def date(self) -> QDate:
        """The day, or an invalid QDate while the field is empty or not a date."""
        return to_qdate(self._value)

    def value(self) -> dt.date | None:
        return self._value

    def setDate(self, value: QDate | dt.date | None) -> None:
        """Show a day (kept within the allowed range, as QDateEdit does), or empty."""
        day = to_date(value)
        if day is not None:
            if self._minimum is not None and day < self._minimum:
                day = self._minimum
            if self._maximum is not None and day > self._maximum:
                day = self._maximum
        self.line_edit.setText(show_date(day) if day is not None else "")

    def clear(self) -> None:
        self.line_edit.clear()

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        self._minimum = to_date(value)
        self.calendar.setMinimumDate(to_qdate(self._minimum))
        self._typed(self.line_edit.text())

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._maximum = to_date(value)
        self.calendar.setMaximumDate(to_qdate(self._maximum))
        self._typed(self.line_edit.text())

    def minimumDate(self) -> QDate:
        return to_qdate(self._minimum)

    def maximumDate(self) -> QDate:
        return to_qdate(self._maximum)

    def is_acceptable(self) -> bool:
        """A day within range, or nothing in a field that may stay empty."""
        if not self.line_edit.text().strip():
            return self._optional
        return self._value is not None

    def problem(self) -> str:
        """Why the text is not taken, in a sentence; empty when it is."""
        return "" if self.is_acceptable() else self.result_label.text()

    # -- what happens as the officer types -------------------------------------------------

    def _typed(self, text: str) -> None:
        day = parse_typed_date(text, today=self._today)
        message, error = "", False
        if not text.strip():
            message = self.tr("leeg") if self._optional else self.tr("vul een datum in")
            error = not self._optional
        elif day is None:
            message, error = self.tr("geen datum — typ bv. 12/04/1985"), True
        elif self._minimum is not None and day < self._minimum:
            message = self.tr("niet vóór {day}").format(day=show_date(self._minimum))
            day, error = None, True
        elif self._maximum is not None and day > self._maximum:
            message = self.tr("niet na {day}").format(day=show_date(self._maximum))
            day, error = None, True
        else:
            # Short weekday and the month in words: enough to catch a swapped day and month.
            message = QLocale().toString(to_qdate(day), "ddd d MMMM yyyy")
        self.result_label.setText(message)
        self.result_label.setStyleSheet(f"color: {_ERROR_COLOUR if error else _QUIET_COLOUR};")
        self.line_edit.setStyleSheet(f"color: {_ERROR_COLOUR};" if error else "")
        if day != self._value:
            self._value = day
            self.dateChanged.emit(to_qdate(day))

    def _tidy(self) -> None:
        """Once the officer leaves the field, write the day the way letters show it."""
        if self._value is not None:
            shown = show_date(self._value)
            if self.line_edit.text() != shown:
                self.line_edit.setText(shown)

    def _show_month(self) -> None:
        shown = self._value or self._maximum or self._today or date.today()
        if self._minimum is not None and shown < self._minimum:
            shown = self._minimum
        self.calendar.setSelectedDate(to_qdate(shown))

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.line_edit.setFocus()

"""The deadline in words, in the officer's language: how long is left, or plainly how late.

"Nog -5 kalenderdagen" made the officer do the arithmetic; a late case now reads
"5 dagen te laat (uiterste datum 23/11/2026)." Counts go through Qt's %n plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from privacydesk.core.deadlines import DeadlineInfo
from privacydesk.gui.labels import show_date
from privacydesk.gui.messages import translated


class DeadlineText(QObject):
    """Sentences about one deadline; a QObject so lupdate finds the plural texts."""

    def time_left(self, info: DeadlineInfo) -> str:
        if info.days_left < 0:
            return self.tr("%n dagen te laat (uiterste datum {due}).", "", -info.days_left).format(
                due=show_date(info.due)
            )
        if info.days_left == 0:
            return self.tr("Vandaag is de laatste dag.")
        return "{days}, {working}".format(
            days=self.tr("Nog %n kalenderdagen", "", info.days_left),
            working=self.tr("%n werkdagen.", "", max(info.working_days_left, 0)),
        )

    def rule(self, info: DeadlineInfo) -> str:
        """Which rule set the date: the month, the extension (valid or late), the pause."""
        return translated(info.rule_message)

    def pause(self, info: DeadlineInfo) -> str:
        return translated(info.pause.message) if info.pause.message.source else ""

"""Why a letter cannot be made: sentences for the officer, never a blank in a posted letter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from privacydesk.core.errors import UserFacingError


class TemplateError(UserFacingError, ValueError):
    """A letter template or text file that is missing, unreadable or malformed."""


class MissingPlaceholderError(UserFacingError, ValueError):
    """A value the letter needs is missing or empty: better no letter than a blank one."""

    def __init__(self, names: Sequence[str], hints: Mapping[str, str] | None = None) -> None:
        hints = hints or {}
        listed = ", ".join(
            "{" + name + "}" + (f" ({hints[name]})" if name in hints else "") for name in names
        )
        verb = "een waarde" if len(names) == 1 else "waarden"
        super().__init__(f"De brief kan niet gemaakt worden: er ontbreekt {verb} voor {listed}.")
        self.names = list(names)

"""Sentences for the officer in a form the GUI can translate.

Below the GUI nothing knows Qt, yet every sentence must reach the officer in the chosen
language. A :class:`Message` is the Dutch source text with ``{name}`` placeholders and its
arguments; ``str()`` gives the Dutch sentence (CLI, logs, audit), and the GUI looks the
source up in its translations (context "Messages") before filling in the arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


class Label(str):
    """A Dutch label from the domain's tables (a status, a right) inside a sentence: the GUI
    says it in the officer's language, as it says the label elsewhere (context "Labels")."""

    __slots__ = ()


class LowerLabel(Label):
    """A label said in lower case inside a sentence ("met de rol ondertekend verzoek")."""

    __slots__ = ()


def _shown(value: Any, render: Callable[[Message | Label], str]) -> Any:
    # A part of the sentence that is a sentence or a label of its own ("3 dagen te laat",
    # "Afgesloten") is said in the same language as the whole.
    if isinstance(value, LowerLabel):
        return render(value).lower()
    if isinstance(value, (Message, Label)):
        return render(value)
    if isinstance(value, tuple):  # several labels: "recto, verso"
        return ", ".join(str(_shown(part, render)) for part in value)
    # Days are written the Belgian way in every language the program speaks.
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return value


@dataclass(frozen=True)
class Message:
    source: str  # Dutch, with {name} placeholders
    args: tuple[tuple[str, Any], ...] = ()

    def format(self, template: str, render: Callable[[Message | Label], str] = str) -> str:
        """``template`` (the source or its translation) with the arguments filled in;
        ``render`` says an argument that is itself a message (the GUI: translated)."""
        if not self.args:
            return template  # a ready-made sentence: braces in it are text, not fields
        values = {name: _shown(value, render) for name, value in self.args}
        for text in (template, self.source):
            try:
                return text.format(**values)
            except (KeyError, IndexError, ValueError):
                continue
        return self.source

    def __str__(self) -> str:
        return self.format(self.source)


def message(source: str, /, **args: Any) -> Message:
    """``message("Dossier {ref} bestaat niet.", ref=...)``: found by the translation update."""
    return Message(source, tuple(sorted(args.items())))

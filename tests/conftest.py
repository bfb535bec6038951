"""Test-wide setup: Qt runs offscreen (CI has no display), data stays in temporary folders."""

from __future__ import annotations

import os

# Set before any Qt import so every test, GUI or not, runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PRIVACYDESK_DATABASE_URL", None)

"""Settings: defaults from the seed, bounds, and tolerance for a newer version's keys."""

from __future__ import annotations

from dataclasses import replace

from privacydesk.core.settings import (
    Settings,
    settings_from_json,
    settings_problems,
    settings_to_json,
)


def test_defaults_are_the_controller_in_the_privacy_statement() -> None:
    settings = Settings()
    assert settings.controller_name == "Bimsoft"
    assert "Hospitaalweg 1c bus 3" in settings.controller_address
    assert "8510 Kortrijk" in settings.controller_address
    assert settings.reminder_window_days == 7
    assert not settings.pause_while_awaiting_identification
    assert settings_problems(settings) == {}


def test_out_of_range_values_are_refused_per_field() -> None:
    bad = replace(Settings(), reminder_window_days=0, backup_count=1000, letter_place=" ")
    assert set(settings_problems(bad)) == {"reminder_window_days", "backup_count", "letter_place"}


def test_round_trip_and_unknown_keys_survive() -> None:
    settings = replace(Settings(), officer_name="An Vermeersch", reminder_window_days=10)
    data = settings_to_json(settings)
    data["future_option"] = True
    data["reminder_window_days"] = "not a number"
    loaded = settings_from_json(data)
    assert loaded.officer_name == "An Vermeersch"
    assert loaded.reminder_window_days == 7  # garbage falls back to the default
    assert loaded.extra == {"future_option": True}


def test_the_backup_budget_has_a_default_and_bounds() -> None:
    assert Settings().backup_budget_gb == 10  # ten copies of a 1 GB register
    assert "backup_budget_gb" in settings_problems(replace(Settings(), backup_budget_gb=0))
    assert "backup_budget_gb" in settings_problems(replace(Settings(), backup_budget_gb=1001))
    assert "backup_budget_gb" not in settings_problems(replace(Settings(), backup_budget_gb=1))
    # A register saved by the previous version has no budget yet: it gets the default.
    assert settings_from_json({"backup_count": 4}).backup_budget_gb == 10

"""A second start on the same register brings the first window forward."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from privacydesk.gui.single_instance import SingleInstance, server_name


def test_a_second_start_on_the_same_register_wakes_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    register = str(tmp_path / "register.sqlite")
    first = SingleInstance(register)
    assert first.try_become_primary()
    second = SingleInstance(register)
    with qtbot.waitSignal(first.activationRequested, timeout=3000):
        assert not second.try_become_primary()
    first.close()


def test_different_registers_do_not_block_each_other(tmp_path: Path) -> None:
    one = SingleInstance(str(tmp_path / "a.sqlite"))
    two = SingleInstance(str(tmp_path / "b.sqlite"))
    assert one.try_become_primary() and two.try_become_primary()
    one.close()
    two.close()


def test_a_name_left_behind_by_a_crash_does_not_block_a_new_start(tmp_path: Path) -> None:
    register = str(tmp_path / "register.sqlite")
    crashed = SingleInstance(register)
    assert crashed.try_become_primary()
    crashed.close()  # what remains after a crash is at most a stale name
    again = SingleInstance(register)
    assert again.try_become_primary()
    again.close()


def test_the_same_register_by_another_path_is_the_same_register(tmp_path: Path) -> None:
    assert server_name(str(tmp_path / "x" / ".." / "r.sqlite")) == server_name(
        str(tmp_path / "r.sqlite")
    )

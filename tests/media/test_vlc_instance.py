"""libvlc started early on a thread of its own: the player takes that instance, once."""

from __future__ import annotations

import pytest

from rupture_annotator.media import vlc_instance


@pytest.fixture(autouse=True)
def _nothing_started_early() -> None:
    vlc_instance._early = None


def test_the_player_takes_the_instance_started_early_and_only_once() -> None:
    vlc_instance.start_early(("--aout=dummy",))
    early = vlc_instance._early
    assert early is not None
    assert early.done.wait(10)
    first = vlc_instance.new_instance(("--aout=dummy",))
    second = vlc_instance.new_instance(("--aout=dummy",))
    assert first is early.instance and first is not None
    assert second is not None and second is not first  # taken: the next player starts its own
    first.release()
    second.release()


def test_other_arguments_do_not_take_the_early_instance() -> None:
    vlc_instance.start_early()
    early = vlc_instance._early
    assert early is not None
    other = vlc_instance.new_instance(("--aout=dummy",))
    assert early.done.wait(10)
    assert other is not None and other is not early.instance
    assert vlc_instance._early is early  # still there for a player with the same arguments
    assert vlc_instance.new_instance() is early.instance
    other.release()
    early.instance.release()


def test_a_failed_early_start_leaves_the_player_to_start_libvlc_itself() -> None:
    vlc_instance.start_early(("--no-such-option-at-all",))
    early = vlc_instance._early
    assert early is not None and early.done.wait(10)
    assert early.instance is None  # libvlc refused the arguments
    # the player asks again and gets libvlc's own answer (None here: VlcPlayer reports it)
    assert vlc_instance.new_instance(("--no-such-option-at-all",)) is None

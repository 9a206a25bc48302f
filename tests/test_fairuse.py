"""The per-person limit on commands: a sliding minute, told once, counted per person."""

from __future__ import annotations

from fakebot import ManualClock

from bot.fairuse import FairUse, Verdict


def test_past_the_limit_the_first_refusal_is_told_the_next_are_quiet():
    fair_use = FairUse(3, clock=ManualClock())
    verdicts = [fair_use.admit(1) for _ in range(6)]
    assert (
        verdicts == [Verdict.ALLOWED] * 3 + [Verdict.REFUSED_TELL] + [Verdict.REFUSED_QUIETLY] * 2
    )
    assert fair_use.admit(2) is Verdict.ALLOWED, "others are counted on their own"


def test_the_window_slides_a_command_is_free_again_a_minute_after_it():
    clock = ManualClock()
    fair_use = FairUse(2, clock=clock)
    fair_use.admit(1)
    clock.advance(30)
    fair_use.admit(1)
    assert fair_use.admit(1) is Verdict.REFUSED_TELL
    clock.advance(30)
    assert fair_use.admit(1) is Verdict.ALLOWED, "the first command is a minute old"
    assert fair_use.admit(1) is Verdict.REFUSED_TELL, "told again in a new stretch"

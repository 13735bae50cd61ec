"""Properties of the limiter and the quiet hours over generated cases (hypothesis)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reminder_rules import quiet_release
from bot.send_limits import GROUP_KINDS, Limits, SendLimiter
from tests.bot._reminder_kit import SHANGHAI

CHATS = [(1, "private"), (2, "private"), (-3, "group"), (-4, "supergroup")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(CHATS),
            st.floats(min_value=0.0, max_value=0.4),  # time until the send wants to go
            st.floats(min_value=0.0, max_value=0.3),  # how long its request takes
            st.floats(min_value=0.0, max_value=1.0),  # when in its flight the server sees it
        ),
        min_size=1,
        max_size=120,
    )
)
def test_windows_never_overflow(sends):
    # A discrete-event run with many sends in flight at once: each starts when the limiter
    # allows, finishes after its latency, and reaches the server at some moment in between.
    now = [0.0]
    limiter = SendLimiter(Limits(margin=0.0), monotonic=lambda: now[0])
    in_flight: list[tuple[float, int, str]] = []
    arrivals: dict[int, list[float]] = defaultdict(list)
    everything: list[float] = []

    def advance(to: float) -> None:
        while in_flight and min(in_flight)[0] <= to:
            finish, chat_id, kind = min(in_flight)
            in_flight.remove((finish, chat_id, kind))
            now[0] = max(now[0], finish)
            limiter.finish(chat_id, kind)
        now[0] = max(now[0], to)

    for (chat_id, kind), gap, latency, seen in sends:
        advance(now[0] + gap)
        while (wait := max(limiter.chat_wait(chat_id, kind), limiter.overall_wait())) > 0:
            advance(now[0] + wait)
        limiter.start(chat_id, kind)
        arrivals[chat_id].append(now[0] + seen * latency)
        everything.append(now[0] + seen * latency)
        in_flight.append((now[0] + latency, chat_id, kind))
    for chat_id, kind in CHATS:
        count, period = Limits().group if kind in GROUP_KINDS else Limits().private
        times = sorted(arrivals[chat_id])
        for i in range(len(times) - count):
            assert times[i + count] - times[i] >= period - 1e-9
    times = sorted(everything)
    for i in range(len(times) - 30):
        assert times[i + 30] - times[i] >= 1.0 - 1e-9


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2024, 12, 31)),
    st.times(),
    st.times(),
)
def test_quiet_release_ends_outside_quiet_hours_within_a_day(at, start, end):
    start, end = start.replace(second=0, microsecond=0), end.replace(second=0, microsecond=0)
    if start == end:
        return
    instant = at.replace(tzinfo=SHANGHAI)
    release = quiet_release(instant, (start, end), SHANGHAI)
    if release is None:
        return
    assert instant < release <= instant + dt.timedelta(days=1)
    assert release.astimezone(SHANGHAI).time() == end
    assert quiet_release(release, (start, end), SHANGHAI) is None

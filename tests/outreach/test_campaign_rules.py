"""Campaign targets move drafted → sent → answered or no reply → followed up once."""

from __future__ import annotations

import pytest

from matchwise.outreach import campaign_rules
from matchwise.outreach.campaign_rules import TargetState as S


@pytest.mark.parametrize(
    ("current", "to", "allowed"),
    [
        (S.DRAFTED, S.SENT, True),
        (S.DRAFTED, S.REPLIED, False),
        (S.SENT, S.REPLIED, True),
        (S.SENT, S.DECLINED, True),
        (S.SENT, S.NO_REPLY, True),
        (S.SENT, S.FOLLOWED_UP, False),
        (S.NO_REPLY, S.FOLLOWED_UP, True),
        (S.NO_REPLY, S.REPLIED, True),
        (S.FOLLOWED_UP, S.REPLIED, True),
        # One follow-up, then stop.
        (S.FOLLOWED_UP, S.FOLLOWED_UP, False),
        (S.FOLLOWED_UP, S.NO_REPLY, False),
        (S.DECLINED, S.SENT, False),
        (S.REPLIED, S.DECLINED, False),
    ],
)
def test_it_allows_only_the_playbooks_moves(current: S, to: S, allowed: bool) -> None:
    assert campaign_rules.can_move(current, to) is allowed


@pytest.mark.parametrize(
    ("states", "sent", "answered", "percent", "summary"),
    [
        ([], 0, 0, None, "Nothing sent yet."),
        ([S.DRAFTED, S.DRAFTED], 0, 0, None, "Nothing sent yet."),
        ([S.SENT, S.NO_REPLY, S.FOLLOWED_UP, S.REPLIED], 4, 1, 25, "1 of 4 answered (25%)."),
        ([S.REPLIED, S.DECLINED, S.DRAFTED], 2, 2, 100, "2 of 2 answered (100%)."),
        ([S.SENT] * 47 + [S.REPLIED] * 3, 50, 3, 6, "3 of 50 answered (6%)."),
    ],
)
def test_it_counts_the_reply_rate_over_what_was_sent(
    states: list[S], sent: int, answered: int, percent: int | None, summary: str
) -> None:
    rate = campaign_rules.reply_rate(states)
    assert (rate.sent, rate.answered, rate.percent, rate.summary) == (
        sent,
        answered,
        percent,
        summary,
    )


def test_it_sets_the_expectation_that_replies_are_few() -> None:
    assert "Most cold messages get no answer" in campaign_rules.EXPECTATION

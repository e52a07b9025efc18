"""What rotations add to This week."""

from __future__ import annotations

from datetime import date

from matchwise.rotations import plan, services


def this_week(today: date) -> list[plan.RotationPlan]:
    """Rotations under way, and recently ended ones with something left to do. Ended ones
    first move their people to the keep-in-touch rhythm (see `services.settle_cadences`)."""
    services.settle_cadences(today)
    plans = [plan.plan(rotation, today) for rotation in plan.running(today)]
    return [p for p in plans if p.rotation.span.is_running(today) or p]

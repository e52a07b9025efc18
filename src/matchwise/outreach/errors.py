"""Errors the playbook's services raise for the user to read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matchwise.outreach.findings import Finding


class MoveError(ValueError):
    """A state change the rules do not allow (a campaign target, a letter), said for the user."""


class UnconfirmedSendError(ValueError):
    """Mark sent on a message a check blocks, without saying it should go out anyway."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        rules = ", ".join(dict.fromkeys(f.rule for f in findings))
        super().__init__(f"Not logged as sent: a check blocks it ({rules}). Confirm to log it.")

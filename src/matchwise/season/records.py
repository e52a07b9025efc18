"""Applications and their history as JSON-ready dicts (for the API and `--json`); one shape
for both. Instants are ISO 8601 with their offset."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from matchwise.season.models import Application, Invitation, StatusChange


def instant_json(instant: datetime | None, zone: str) -> str | None:
    """The instant in the program's zone, e.g. "2027-01-12T09:00:00-06:00"."""
    return instant.astimezone(ZoneInfo(zone)).isoformat() if instant is not None else None


def application_json(application: Application) -> dict[str, Any]:
    return {
        "id": application.pk,
        "program_id": application.program_id,
        "catalogue": application.catalogue,
        "name": application.name,
        "institution": application.institution,
        "specialty": application.specialty,
        "city": application.city,
        "state": application.state,
        "time_zone": application.time_zone,
        "advanced": application.advanced,
        "applied_on": application.applied_on,
        "fees_usd": application.fees_usd,
        "status": application.status,
        "status_on": application.status_on,
        "interview_at": instant_json(application.interview_at, application.time_zone),
        "interview_mode": application.interview_mode,
        "platform": application.platform,
        "rank": application.rank,
        "rank_list": application.rank_list,
    }


def change_json(change: StatusChange) -> dict[str, Any]:
    return {"status": change.status, "changed_on": change.changed_on, "reason": change.reason}


def invitation_json(invitation: Invitation) -> dict[str, Any]:
    zone = invitation.application.time_zone
    return {
        "id": invitation.pk,
        "application_id": invitation.application_id,
        "received_at": invitation.received_at.isoformat(),
        "answered_at": invitation.answered_at.isoformat() if invitation.answered_at else None,
        "slots": [
            {"id": slot.pk, "starts_at": instant_json(slot.starts_at, zone), "chosen": slot.chosen}
            for slot in invitation.slots.all()
        ],
    }

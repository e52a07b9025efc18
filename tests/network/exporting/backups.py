"""Backup files written by hand for the restore tests, and a valid set of objects to spoil."""

from __future__ import annotations

import copy
import json
from typing import Any

from matchwise.network.exporting.backup import FORMAT, checksum

CALENDAR_KEY = "known-calendar-key-for-the-restore-tests-00"
# One valid object of each kind the tests spoil; each test takes a fresh copy.
VALID: list[dict[str, Any]] = [
    {"model": "network.tag", "pk": 1, "fields": {"name": "research"}},
    {
        "model": "network.contact",
        "pk": 1,
        "fields": {
            "name": "Ana Souza",
            "role": "attending",
            "email": "ana@example.org",
            "linkedin_url": "https://www.linkedin.com/in/ana-souza/",
            "notes": "Met at the poster session.\nLikes short emails.",
            "created_at": "2026-01-05T09:30:00+00:00",
            "tags": [1],
        },
    },
    {
        "model": "network.interaction",
        "pk": 1,
        "fields": {
            "contact": 1,
            "occurred_on": "2026-01-05",
            "channel": "conference",
            "topic": "Her poster on heart failure",
            "reply_received": False,
        },
    },
    {"model": "network.preferences", "pk": 1, "fields": {"calendar_token": CALENDAR_KEY}},
    {
        "model": "programs.catalogue",
        "pk": 1,
        "fields": {"name": "IM 2026", "source": "NRMP", "layout": "nrmp"},
    },
    {
        "model": "programs.program",
        "pk": 1,
        "fields": {
            "catalogue": 1,
            "program_id": "1234567",
            "name": "Fictional General Hospital",
            "specialty": "Internal Medicine",
            "interview_rate_non_us_img": 12.5,
            "source": "NRMP",
            "as_of": "2026-01-01",
        },
    },
    {
        "model": "programs.savedprofile",
        "pk": 1,
        "fields": {"name": "Mine", "specialties": ["Internal Medicine"], "step2_score": 245},
    },
    {
        "model": "outreach.conference",
        "pk": 1,
        "fields": {"name": "ACP 2026", "starts_on": "2026-04-16", "ends_on": "2026-04-18"},
    },
    {
        "model": "outreach.goal",
        "pk": 1,
        "fields": {"horizon": "short", "measure": "other", "title": "Two posters", "target": 2},
    },
]


def valid_objects() -> list[dict[str, Any]]:
    return copy.deepcopy(VALID)


def spoiled(model: str, **fields: Any) -> list[dict[str, Any]]:
    """The valid objects with the fields of the first object of `model` changed."""
    objects = valid_objects()
    next(item for item in objects if item["model"] == model)["fields"].update(fields)
    return objects


def backup_file(objects: list[Any], version: int = 2, **changes: Any) -> bytes:
    """A backup as matchwise writes it: for version 2 the checksum matches the objects."""
    document: dict[str, Any] = {"format": FORMAT, "version": version}
    document["created_at"] = "2026-03-11T09:00:00+00:00"
    if version >= 2:
        document["checksum"] = checksum(objects)
    document |= {"objects": objects} | changes
    return json.dumps(document).encode()

"""Rotations, their plan of the day, the people who helped and the people you mentor, as
JSON-ready dicts (for the API and `--json`); one shape for both."""

from __future__ import annotations

from typing import Any

from matchwise.rotations.mentees import MenteeRow
from matchwise.rotations.models import MatchResult, Rotation, RotationMember, RotationTask
from matchwise.rotations.plan import RotationPlan
from matchwise.rotations.results import HelperRow
from matchwise.rotations.timing import Prompt


def rotation_json(rotation: Rotation) -> dict[str, Any]:
    return {
        "id": rotation.pk,
        "kind": rotation.kind,
        "institution": rotation.institution,
        "service": rotation.service,
        "program_id": rotation.program_id,
        "starts_on": rotation.starts_on,
        "ends_on": rotation.ends_on,
        "attending_target": rotation.attending_target,
        "resident_target": rotation.resident_target,
        "feedback_asked_on": rotation.feedback_asked_on,
        "title": rotation.title,
    }


def prompt_json(prompt: Prompt | None) -> dict[str, Any] | None:
    if prompt is None:
        return None
    return {"due_on": prompt.due_on, "overdue_after": prompt.overdue_after, "state": prompt.state}


def member_json(member: RotationMember) -> dict[str, Any]:
    return {
        "id": member.pk,
        "contact_id": member.contact_id,
        "role": member.role,
        "chosen": member.chosen,
        "saw_work": member.saw_work,
    }


def task_json(task: RotationTask) -> dict[str, Any]:
    follow_up = task.follow_up
    return {
        "id": task.pk,
        "description": task.description,
        "contact_id": follow_up.contact_id,
        "due_on": follow_up.due_on,
        "state": follow_up.state,
        "follow_up_id": follow_up.pk,
    }


def plan_json(plan: RotationPlan) -> dict[str, Any]:
    return rotation_json(plan.rotation) | {
        "phase": plan.phase,
        "working_day": plan.working_day,
        "feedback": prompt_json(plan.feedback),
        "attendings_on_track": plan.attending_progress.on_track,
        "residents_on_track": plan.resident_progress.on_track,
        "people": [
            member_json(p.member)
            | {
                "name": p.contact.display_name,
                "exchanges": p.exchanges,
                "on_track": p.on_track,
                "thank_you": prompt_json(p.thanks),
                "letter": p.letter_state or None,
            }
            for p in plan.people
        ],
        "letters_to_consider": [p.contact.pk for p in plan.letter_writers],
        "tasks": [task_json(task) for task in plan.tasks],
    }


def result_json(result: MatchResult) -> dict[str, Any]:
    return {
        "id": result.pk,
        "season": result.season,
        "outcome": result.outcome,
        "matched_at": result.matched_at,
        "season_started_on": result.season_started_on,
        "recorded_on": result.recorded_on,
        "next_cycle_started_on": result.next_cycle_started_on,
    }


def helper_json(row: HelperRow) -> dict[str, Any]:
    return {
        "contact_id": row.contact_id,
        "name": row.name,
        "reasons": [str(reason) for reason in row.helper.reasons],
        "template": row.helper.template,
        "sent_on": row.updated_on,
    }


def mentee_json(row: MenteeRow) -> dict[str, Any]:
    mentee, contact = row.mentee, row.mentee.contact
    return {
        "id": mentee.pk,
        "contact_id": contact.pk,
        "name": contact.display_name,
        "since": mentee.since,
        "notes": mentee.notes,
        "keep_in_touch_on": contact.keep_in_touch_on,
        "keep_in_touch_by": contact.keep_in_touch_by,
        "status": row.status.value if row.status else None,
    }

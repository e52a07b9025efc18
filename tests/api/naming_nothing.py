"""One request per API operation that the API would accept, except that what it names does not
exist (an id no row has, a template or catalogue nobody made), for the contract tests."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpResponse
from django.test import Client

from matchwise.api.fields import MAX_ID
from tests.api.contract import Operation

PROFILE: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "specialties": ["Internal Medicine"],
    "step2_score": 245,
    "years_since_graduation": 2,
    "visa": "j1",
}
TEMPLATE: dict[str, Any] = {"slug": "fresh", "name": "Fresh", "kind": "update", "body": "Hi"}
ROTATION: dict[str, Any] = {
    "institution": "Nowhere General",
    "starts_on": "2026-03-02",
    "ends_on": "2026-03-27",
}

MERGE: dict[str, Any] = {
    "catalogue": "nowhere",
    "format": "csv",
    "file_name": "nowhere.csv",
    "content": "cHJvZ3JhbV9pZAo=",  # "program_id" and a new line
}

# An import names nothing that exists: a name nobody has, and a file with no programs (422).
IMPORT: dict[str, Any] = {
    "name": "nowhere",
    "file_name": "nowhere.csv",
    "content": "cHJvZ3JhbV9pZAo=",  # "program_id" and a new line
}

# operation → (path parameters, query, JSON body)
NAMING_NOTHING: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None]] = {
    "GET /api/contacts": ({}, {"q": "nobody"}, None),
    "GET /api/due": ({}, {}, None),
    "POST /api/contacts/{contact_id}/interactions": (
        {"contact_id": MAX_ID},
        {},
        {"channel": "email", "topic": "Question"},
    ),
    "POST /api/follow-ups/{follow_up_id}/done": ({"follow_up_id": MAX_ID}, {}, None),
    "POST /api/follow-ups/{follow_up_id}/dismiss": ({"follow_up_id": MAX_ID}, {}, None),
    "POST /api/follow-ups/{follow_up_id}/snooze": ({"follow_up_id": MAX_ID}, {}, {"until": None}),
    "GET /api/templates": ({}, {}, None),
    "POST /api/templates": ({}, {}, {**TEMPLATE, "body": "Hi {contact.first_name}"}),
    "GET /api/templates/{slug}": ({"slug": "no-such-template"}, {}, None),
    "PUT /api/templates/{slug}": ({"slug": "no-such-template"}, {}, TEMPLATE),
    "POST /api/checks": ({}, {}, {"kind": "update", "body": "Hello", "contact_id": MAX_ID}),
    "POST /api/compose": ({}, {}, {"contact_id": MAX_ID, "template": "thank-you"}),
    "GET /api/messages": ({}, {"contact_id": MAX_ID}, None),
    "POST /api/messages": ({}, {}, {"contact_id": MAX_ID, "kind": "update", "body": "Hello"}),
    "POST /api/messages/{message_id}/sent": ({"message_id": MAX_ID}, {}, None),
    "POST /api/shortlist": ({}, {}, {**PROFILE, "catalogue": "nowhere"}),
    "GET /api/catalogues": ({}, {}, None),
    "POST /api/catalogues": ({}, {}, IMPORT),
    "POST /api/catalogues/merge": ({}, {}, MERGE),
    "GET /api/catalogues/{name}": ({"name": "nowhere"}, {}, None),
    "GET /api/market/predictions": ({}, {}, None),
    "GET /api/rotations": ({}, {}, None),
    "POST /api/rotations": ({}, {}, ROTATION),
    "GET /api/rotations/{rotation_id}": ({"rotation_id": MAX_ID}, {}, None),
    "POST /api/rotations/{rotation_id}/people": (
        {"rotation_id": MAX_ID},
        {},
        {"contact_id": MAX_ID, "role": "attending"},
    ),
    "POST /api/rotations/{rotation_id}/tasks": (
        {"rotation_id": MAX_ID},
        {},
        {"contact_id": MAX_ID, "description": "Send the article", "due_on": "2026-03-05"},
    ),
    "POST /api/rotation-tasks/{task_id}/done": ({"task_id": MAX_ID}, {}, None),
    "GET /api/match-results": ({}, {}, None),
    "POST /api/match-results": ({}, {}, {"season": 2027, "outcome": "not_matched"}),
    "GET /api/match-results/{season}/helpers": ({"season": 2100}, {}, None),
    "GET /api/mentees": ({}, {}, None),
    "POST /api/mentees": ({}, {}, {"contact_id": MAX_ID, "notes": "Final-year student"}),
    "POST /api/mentees/{mentee_id}/stop": ({"mentee_id": MAX_ID}, {}, None),
    "GET /api/season/applications": ({}, {}, None),
    "POST /api/season/applications": ({}, {}, {"program_id": "nowhere", "catalogue": "nowhere"}),
    "GET /api/season/applications/{application_id}": ({"application_id": MAX_ID}, {}, None),
    "POST /api/season/applications/{application_id}/status": (
        {"application_id": MAX_ID},
        {},
        {"status": "invited"},
    ),
    "POST /api/season/applications/{application_id}/invitation": (
        {"application_id": MAX_ID},
        {},
        {"slots": []},
    ),
    "GET /api/season/invitations": ({}, {}, None),
    "POST /api/season/applications/{application_id}/schedule": (
        {"application_id": MAX_ID},
        {},
        {"at": "2027-01-12 09:00", "mode": "virtual"},
    ),
    "GET /api/season/rank-list": ({}, {}, None),
    "PUT /api/season/rank-list": ({}, {}, {"program_ids": ["nowhere"]}),
    "GET /api/season/soap": ({}, {}, None),
    "GET /api/season/soap/programs": ({}, {}, None),
    "POST /api/season/soap/programs": ({}, {}, {"text": "Nowhere General Surgery"}),
    "POST /api/season/soap/programs/{soap_program_id}/application": (
        {"soap_program_id": MAX_ID},
        {},
        None,
    ),
    "POST /api/season/soap/programs/{soap_program_id}/offers": (
        {"soap_program_id": MAX_ID},
        {},
        {"round": 1},
    ),
    "POST /api/season/soap/offers/{offer_id}/answer": (
        {"offer_id": MAX_ID},
        {},
        {"state": "accepted"},
    ),
    "GET /api/season/odds": ({}, {}, None),
    "GET /api/season/partner": ({}, {}, None),
    "PUT /api/season/partner": ({}, {}, {"name": "Nobody"}),
    "POST /api/season/partner/programs": ({}, {}, {"program_id": "nowhere"}),
    "GET /api/season/couple-list": ({}, {}, None),
    "PUT /api/season/couple-list": ({}, {}, {"pairs": [{"mine": "nowhere", "partner": None}]}),
    "DELETE /api/season/partner/programs/{program_id}": ({"program_id": "nowhere"}, {}, None),
}


def send(
    client: Client,
    operation: Operation,
    *,
    path: dict[str, Any] | None = None,
    query: dict[str, Any] | None = None,
    body: bytes | None = None,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    """The operation's request naming nothing, with any part of it replaced."""
    usual_path, usual_query, usual_body = NAMING_NOTHING[operation.label]
    url = operation.url(**(usual_path | (path or {})))
    if operation.method == "get":
        response = client.get(url, usual_query | (query or {}), headers=headers)
    else:
        if body is None:
            body = b"" if usual_body is None else json.dumps(usual_body).encode()
        # The test client leaves the content type out of a request without a body: set it.
        headers = {"Content-Type": content_type} | (headers or {})
        send_it = getattr(client, operation.method)
        response = send_it(url, body, content_type=content_type, headers=headers)
    assert isinstance(response, HttpResponse)
    return response

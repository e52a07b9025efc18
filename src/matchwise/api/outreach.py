"""Templates, messages and personalisation checks, as JSON."""

from ninja import Router

router = Router(tags=["outreach"])

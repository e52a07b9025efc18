"""The shortlist and the catalogues, as JSON."""

from ninja import Router

router = Router(tags=["programs"])

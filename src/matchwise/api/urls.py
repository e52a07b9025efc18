from django.http import HttpRequest, JsonResponse
from ninja import NinjaAPI

from matchwise.api import (
    catalogue_merge,
    errors,
    market,
    mentees,
    network,
    outreach,
    programs,
    rotations,
    season,
    season_odds,
    season_soap,
)
from matchwise.api.guard import local_only

api = NinjaAPI(
    title="matchwise",
    version="1",
    description="Your network and program list, on this computer. No account; local only. "
    'Every error answers `{"detail": "what went wrong"}`; 422 lists the problems found in the '
    "request, each with its place (`loc`). Changes are accepted only as JSON "
    "(`Content-Type: application/json`, else 415) and never from other websites (403). "
    "503 means the database was busy with another change: try again.",
    urls_namespace="api",
    auth=local_only,
)
errors.install(api)
api.add_router("/", network.router)
api.add_router("/", outreach.router)
api.add_router("/", programs.router)
api.add_router("/", catalogue_merge.router)
api.add_router("/", market.router)
api.add_router("/", rotations.router)
api.add_router("/", mentees.router)
api.add_router("/", season.router)
api.add_router("/", season_soap.router)
api.add_router("/", season_odds.router)


def no_such_route(request: HttpRequest) -> JsonResponse:
    """Any address under /api/ that no operation takes (a name with a line break in it, say):
    answered as every API error is, in JSON, never with the site's HTML page."""
    return JsonResponse({"detail": "No such API address."}, status=404)

from ninja import NinjaAPI

from matchwise.api import network, outreach, programs
from matchwise.api.guard import local_only

api = NinjaAPI(
    title="matchwise",
    version="1",
    description="Your network and program list, on this computer. No account; local only.",
    urls_namespace="api",
    auth=local_only,
)
api.add_router("/", network.router)
api.add_router("/", outreach.router)
api.add_router("/", programs.router)

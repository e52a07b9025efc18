from django.urls import include, path, re_path

from matchwise.api.urls import api, no_such_route
from matchwise.network import urls as network_urls
from matchwise.site import downloads, this_week, views

# The pages that join the apps keep their names in the tracker's namespace ("network:this_week").
# They come after the tracker's own patterns, so that "export/restore/" is not read as a download.
tracker_and_joined = [
    *network_urls.urlpatterns,
    path("", this_week.this_week, name="this_week"),
    path("export/<str:kind>/", downloads.download, name="download"),
    path("calendar/<str:token>.ics", downloads.calendar_feed, name="calendar_feed"),
]

urlpatterns = [
    path("api/", api.urls),
    re_path(r"^api/", no_such_route),
    path("playbook/", include("matchwise.outreach.urls")),
    path("programs/", include("matchwise.programs.urls")),
    path("rotations/", include("matchwise.rotations.urls")),
    path("season/", include("matchwise.season.urls")),
    path("help/", views.help_index, name="help"),
    path("help/<slug:slug>/", views.help_guide, name="help_guide"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("", include((tracker_and_joined, network_urls.app_name))),
]

from django.urls import include, path

from matchwise.api.urls import api
from matchwise.site import views

urlpatterns = [
    path("api/", api.urls),
    path("playbook/", include("matchwise.outreach.urls")),
    path("programs/", include("matchwise.programs.urls")),
    path("rotations/", include("matchwise.rotations.urls")),
    path("help/", views.help_index, name="help"),
    path("help/<slug:slug>/", views.help_guide, name="help_guide"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("", include("matchwise.network.urls")),
]

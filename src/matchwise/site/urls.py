from django.urls import include, path

from matchwise.api.urls import api

urlpatterns = [
    path("api/", api.urls),
    path("playbook/", include("matchwise.outreach.urls")),
    path("programs/", include("matchwise.programs.urls")),
    path("", include("matchwise.network.urls")),
]

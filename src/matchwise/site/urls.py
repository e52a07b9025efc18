from django.urls import include, path

from matchwise.api.urls import api

urlpatterns = [
    path("api/", api.urls),
    path("", include("matchwise.network.urls")),
]

from django.urls import include, path

urlpatterns = [
    path("", include("matchwise.network.urls")),
]

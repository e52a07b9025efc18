from django.urls import path

from matchwise.network import views

app_name = "network"

urlpatterns = [
    path("", views.this_week, name="this_week"),
]

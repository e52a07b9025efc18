from django.urls import path

from matchwise.programs import views

app_name = "programs"

urlpatterns = [
    path("", views.home, name="home"),
]

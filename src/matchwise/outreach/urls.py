from django.urls import path

from matchwise.outreach import views

app_name = "outreach"

urlpatterns = [
    path("", views.home, name="home"),
]

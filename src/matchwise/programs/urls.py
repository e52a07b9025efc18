from django.urls import path

from matchwise.programs.views import (
    catalogues,
    downloads,
    model,
    profiles,
    shortlist,
    specialties,
)

app_name = "programs"

urlpatterns = [
    path("", shortlist.home, name="home"),
    path("shortlist/", shortlist.shortlist, name="shortlist"),
    path("shortlist/print/", shortlist.print_view, name="print"),
    # Before the list's own downloads, which would take "profile.csv" for a kind.
    path("shortlist/export.profile.csv", downloads.profile_csv, name="download_profile"),
    path("shortlist/export.<str:kind>", shortlist.download, name="download"),
    path("profiles/save/", profiles.save_profile, name="save_profile"),
    path("profiles/<int:pk>/delete/", profiles.delete_profile, name="delete_profile"),
    path("catalogues/", catalogues.catalogue_list, name="catalogues"),
    path("model/", model.model_page, name="model"),
    path("specialties/", specialties.specialties_page, name="specialties"),
    path("catalogues/<int:pk>/delete/", catalogues.delete_catalogue, name="delete_catalogue"),
]

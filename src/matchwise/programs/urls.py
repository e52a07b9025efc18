from django.urls import path

from matchwise.programs.views import (
    catalogues,
    downloads,
    merges,
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
    path("catalogues/<int:pk>/", merges.catalogue_page, name="catalogue"),
    path("catalogues/<int:pk>/merge/", merges.start, name="merge"),
    path("catalogues/<int:pk>/merge/<int:merge_id>/", merges.preview, name="merge_preview"),
    path("catalogues/<int:pk>/merge/<int:merge_id>/mapping/", merges.mapping, name="merge_mapping"),
    path("catalogues/<int:pk>/merge/<int:merge_id>/apply/", merges.apply, name="merge_apply"),
    path("catalogues/<int:pk>/merge/<int:merge_id>/discard/", merges.discard, name="merge_discard"),
]

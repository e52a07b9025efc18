from django.urls import path

from matchwise.network.views import contacts, follow_ups, imports, preferences, transfer

app_name = "network"

# This week (""), the downloads ("export/<kind>/") and the calendar feed join every app, so they
# live in `matchwise.site` and join these patterns, in this namespace, in `matchwise.site.urls`.

urlpatterns = [
    path("contacts/", contacts.contact_list, name="contacts"),
    path("contacts/new/", contacts.contact_edit, name="contact_add"),
    path("contacts/<int:pk>/", contacts.contact_detail, name="contact"),
    path("contacts/<int:pk>/edit/", contacts.contact_edit, name="contact_edit"),
    path("contacts/<int:pk>/delete/", contacts.contact_delete, name="contact_delete"),
    path("contacts/<int:pk>/touch/", contacts.log_touch, name="log_touch"),
    path("contacts/<int:pk>/follow-up/", follow_ups.follow_up_add, name="follow_up_add"),
    path(
        "contacts/<int:pk>/interactions/<int:interaction_pk>/replied/",
        contacts.mark_replied,
        name="mark_replied",
    ),
    path(
        "contacts/<int:pk>/interactions/<int:interaction_pk>/delete/",
        contacts.delete_interaction,
        name="delete_interaction",
    ),
    path("follow-ups/", follow_ups.follow_up_list, name="follow_ups"),
    path("follow-ups/<int:pk>/", follow_ups.follow_up_action, name="follow_up"),
    path("import/", imports.import_start, name="import"),
    path("import/<int:pk>/", imports.import_preview, name="import_preview"),
    path("import/<int:pk>/mapping/", imports.import_mapping, name="import_mapping"),
    path("import/<int:pk>/commit/", imports.import_commit, name="import_commit"),
    path("import/<int:pk>/cancel/", imports.import_cancel, name="import_cancel"),
    path("export/", transfer.export_page, name="export"),
    path("export/restore/", transfer.restore_backup, name="restore"),
    path("calendar/rotate/", transfer.rotate_feed, name="rotate_feed"),
    path("settings/", preferences.preferences, name="preferences"),
    path("settings/erase/", preferences.erase_everything, name="erase"),
]

"""Install the starting library of message templates (see `matchwise.outreach.library`)."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from matchwise.outreach.library import LIBRARY, add_missing

FIRST_LIBRARY = [template["slug"] for template in LIBRARY]


def install(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    add_missing(apps.get_model("outreach", "MessageTemplate"), FIRST_LIBRARY)


class Migration(migrations.Migration):
    dependencies = [("outreach", "0001_initial")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]

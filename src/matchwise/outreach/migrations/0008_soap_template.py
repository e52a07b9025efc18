"""Add the SOAP note (asking someone you know at a SOAP program to put in a word)."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from matchwise.outreach.library import add_missing

SOAP_TEMPLATES = ["soap-a-word"]


def install(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    add_missing(apps.get_model("outreach", "MessageTemplate"), SOAP_TEMPLATES)


class Migration(migrations.Migration):
    dependencies = [("outreach", "0007_merge_20261203_1455")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]

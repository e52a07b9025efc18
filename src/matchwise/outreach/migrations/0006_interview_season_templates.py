"""Add the interview season's templates (thank-you, update letter, letter of intent)."""

from __future__ import annotations

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from matchwise.outreach.library import add_missing

SEASON_TEMPLATES = ["interview-thank-you", "interview-update-letter", "letter-of-intent"]


def install(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    add_missing(apps.get_model("outreach", "MessageTemplate"), SEASON_TEMPLATES)


class Migration(migrations.Migration):
    dependencies = [("outreach", "0005_pitch_verbose_name")]

    operations = [migrations.RunPython(install, migrations.RunPython.noop)]

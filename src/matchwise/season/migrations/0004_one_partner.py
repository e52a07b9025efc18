"""One partner per season, held by the database: the first partner stored is the one the app
has always used; any other (only a restore could have stored one) is kept, marked NULL."""

from __future__ import annotations

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps


def mark_the_partner_in_use(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    partner = apps.get_model("season", "Partner")
    first = partner.objects.order_by("id").first()
    if first is not None:
        partner.objects.filter(id=first.id).update(one_per_season=True)


class Migration(migrations.Migration):
    dependencies = [
        ("season", "0003_merge_0002_couples_0002_soap"),
    ]

    operations = [
        migrations.AddField(
            model_name="partner",
            name="one_per_season",
            field=models.BooleanField(editable=False, null=True),
        ),
        migrations.RunPython(mark_the_partner_in_use, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="partner",
            name="one_per_season",
            field=models.BooleanField(default=True, editable=False, null=True, unique=True),
        ),
    ]

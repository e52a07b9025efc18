"""A stated Step 2 CK minimum gets its own column.

Before, a sheet's "Step 2 min" could be kept as the lower end of the invited box with the other
four figures empty. Such a lone lower end is a minimum, not a box: it moves to `step2_minimum`
(with its facts), and back again when the migration is reversed. Whole boxes are left alone.
"""

from typing import Any

from django.db import migrations, models

OTHERS = ("q1", "median", "q3", "upper")


def _lone_lower(program_model: Any) -> Any:
    empty = {f"step2_invited_{part}__isnull": True for part in OTHERS}
    return program_model.objects.filter(step2_invited_lower__isnull=False, **empty)


def lower_to_minimum(apps: Any, schema_editor: Any) -> None:
    program_model = apps.get_model("programs", "Program")
    fact_model = apps.get_model("programs", "ProgramFact")
    for program in _lone_lower(program_model):
        program.step2_minimum = program.step2_invited_lower
        program.step2_invited_lower = None
        program.save(update_fields=["step2_minimum", "step2_invited_lower"])
        fact_model.objects.filter(program=program, attribute="step2_invited_lower").update(
            attribute="step2_minimum"
        )


def minimum_to_lower(apps: Any, schema_editor: Any) -> None:
    program_model = apps.get_model("programs", "Program")
    fact_model = apps.get_model("programs", "ProgramFact")
    alone = program_model.objects.filter(
        step2_minimum__isnull=False, step2_invited_lower__isnull=True
    )
    for program in alone:
        program.step2_invited_lower = program.step2_minimum
        program.save(update_fields=["step2_invited_lower"])
        fact_model.objects.filter(program=program, attribute="step2_minimum").update(
            attribute="step2_invited_lower"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0006_calibration_outcomes"),
    ]

    operations = [
        migrations.AddField(
            model_name="program",
            name="step2_minimum",
            field=models.FloatField(blank=True, null=True),
        ),
        migrations.RunPython(lower_to_minimum, minimum_to_lower),
    ]

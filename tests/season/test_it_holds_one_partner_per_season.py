"""One partner per season, held by the database: a restore with two is refused, and the
migration that brought the rule keeps a second partner a database already held."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from matchwise.network.exporting.backup import BackupError, restore
from matchwise.season.models import Partner
from tests.network.exporting.backups import backup_file, valid_objects

BEFORE = [("season", "0003_merge_0002_couples_0002_soap")]
AFTER = [("season", "0004_one_partner")]


def partner(pk: int, name: str) -> dict[str, object]:
    return {"model": "season.partner", "pk": pk, "fields": {"name": name}}


@pytest.mark.django_db
def test_it_refuses_a_backup_with_two_partners() -> None:
    objects = [*valid_objects(), partner(1, "Sam"), partner(2, "Alex")]
    with pytest.raises(BackupError) as caught:
        restore(backup_file(objects), "b.json")
    assert not Partner.objects.exists()
    assert any("one_per_season" in p and "unique" in p for p in caught.value.problems)


@pytest.mark.django_db
def test_it_restores_one_partner() -> None:
    restore(backup_file([*valid_objects(), partner(1, "Sam")]), "b.json")
    assert list(Partner.objects.values_list("name", "one_per_season")) == [("Sam", True)]


@pytest.mark.django_db
def test_it_refuses_a_second_partner_in_the_database() -> None:
    Partner.objects.create(name="Sam")
    with pytest.raises(IntegrityError), transaction.atomic():
        Partner.objects.create(name="Alex")


@pytest.mark.django_db(transaction=True)
def test_it_keeps_both_partners_a_database_held_before_the_rule() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps.get_model("season", "Partner")
    first, second = old.objects.create(name="Sam"), old.objects.create(name="Alex")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    kept = dict(Partner.objects.values_list("pk", "one_per_season"))
    assert kept == {first.pk: True, second.pk: None}

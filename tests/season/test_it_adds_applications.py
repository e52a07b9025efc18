"""Applications from a catalogue, by hand, or many at once: each with its first dated status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.programs.catalogues import sample_programs
from matchwise.season import services
from matchwise.season.models import Application, StatusChange
from matchwise.season.programs import ProgramFacts, UnknownProgramError, find_program
from matchwise.season.vocabulary import Status

pytestmark = pytest.mark.django_db
ON = date(2026, 9, 24)


def test_it_copies_a_program_of_the_sample_catalogue() -> None:
    program = sample_programs()[0]
    facts = find_program(program.program_id)
    application = services.add_application(facts, services.Submission(ON, 11))
    assert (application.name, application.catalogue) == (program.name, "sample")
    assert application.state == (program.state or "")
    assert application.status == Status.APPLIED and application.status_on == ON
    assert list(application.history.values_list("status", "changed_on")) == [("applied", ON)]


def test_it_names_an_unknown_program_or_catalogue() -> None:
    with pytest.raises(UnknownProgramError, match="no program “nope” in the sample catalogue"):
        find_program("nope")
    with pytest.raises(UnknownProgramError, match="no catalogue named “Elsewhere”"):
        find_program("1", "Elsewhere")


@pytest.mark.parametrize(
    ("state", "zip_code", "zone"),
    [
        ("OH", "", "America/New_York"),
        ("AZ", "", "America/Phoenix"),
        ("TX", "79901", "America/Denver"),  # El Paso: the ZIP code settles a split state
        ("", "96813", "Pacific/Honolulu"),
    ],
)
def test_it_takes_the_zone_from_the_zip_code_or_state(
    make_application: Callable[..., Application], state: str, zip_code: str, zone: str
) -> None:
    assert make_application(state=state, zip=zip_code).time_zone == zone


def test_it_asks_for_the_zone_when_nothing_tells_it() -> None:
    facts = ProgramFacts(program_id="X1", name="Somewhere abroad")
    with pytest.raises(services.SeasonError, match="time zone of Somewhere abroad is unknown"):
        services.add_application(facts, services.Submission(ON))
    application = services.add_application(facts, services.Submission(ON, None, "Asia/Kolkata"))
    assert application.time_zone == "Asia/Kolkata"


def test_it_refuses_the_same_program_twice(make_application: Callable[..., Application]) -> None:
    make_application(program_id="P1")
    with pytest.raises(services.SeasonError, match="already applied"):
        make_application(program_id="P1")


def test_it_adds_all_of_a_list_or_none() -> None:
    one = ProgramFacts(program_id="A", name="Alpha", state="NY")
    bad = ProgramFacts(program_id="B", name="Beta")  # no zone
    with pytest.raises(services.SeasonError):
        services.add_applications([one, bad], services.Submission(ON))
    assert not Application.objects.exists() and not StatusChange.objects.exists()
    services.add_applications([one], services.Submission(ON))
    assert Application.objects.count() == 1


def test_it_keeps_each_status_change_dated(make_application: Callable[..., Application]) -> None:
    application = make_application()
    services.change_status(application, Status.INVITED, date(2026, 10, 20))
    with pytest.raises(services.SeasonError, match="cannot become “Ranked” directly"):
        services.change_status(application, Status.RANKED, date(2026, 10, 21))
    services.change_status(application, Status.RANKED, date(2026, 10, 21), "Interviewed by phone")
    with pytest.raises(services.SeasonError, match="give a later date"):
        services.change_status(application, Status.MATCHED, date(2026, 10, 1))
    assert list(application.history.values_list("status", "changed_on", "reason")) == [
        ("applied", ON, ""),
        ("invited", date(2026, 10, 20), ""),
        ("ranked", date(2026, 10, 21), "Interviewed by phone"),
    ]

"""The interview-day page shows what the shortlist says of the program: its chance of an
interview with its range, tier and reasons, for the saved profile and the catalogue the
application came from — or why it cannot."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from matchwise.programs.catalogues import ImportOptions, import_catalogue, sample_programs
from matchwise.programs.forms import profile_mapping
from matchwise.programs.models import Catalogue, SavedProfile
from matchwise.season.models import Application
from matchwise.season.shortlist_reasons import shortlist_reasons
from matchwise.selection import catalogue_csv_text
from matchwise.selection.chances import assess_all
from matchwise.selection.model import shipped_model
from matchwise.selection.profile import profile_from_mapping

from ..programs.conftest import KNOWN, PROFILE, invented

pytestmark = pytest.mark.django_db
IM = "Internal Medicine"


def save_profile() -> SavedProfile:
    return SavedProfile.objects.create(name="IM on a J-1", **PROFILE)


def from_sample(make: Callable[..., Application]) -> Application:
    """An application to a sample program the profile is not ruled out of."""
    peers = [p for p in sample_programs() if p.specialty == IM]
    profile = profile_from_mapping(profile_mapping(vars(SavedProfile(**PROFILE))))
    chances = assess_all(profile, peers, shipped_model())
    open_id = next(c.program_id for c in chances if c.excluded is None and c.unknowns)
    program = next(p for p in peers if p.program_id == open_id)
    return make(
        program.name, program_id=program.program_id, catalogue="sample", specialty=IM, state="OH"
    )


def test_it_gives_the_chance_and_reasons_the_shortlist_gives(
    make_application: Callable[..., Application],
) -> None:
    saved = save_profile()
    application = from_sample(make_application)
    reasons = shortlist_reasons(application)
    profile = profile_from_mapping(profile_mapping(vars(saved)))
    peers = [p for p in sample_programs() if p.specialty == IM]
    [expected] = [
        c
        for c in assess_all(profile, peers, shipped_model())
        if c.program_id == application.program_id
    ]
    assert not reasons.missing
    assert reasons.p_interview == pytest.approx(expected.p)
    assert (reasons.p_interview_low, reasons.p_interview_high) == pytest.approx(
        (expected.low, expected.high)
    )
    assert reasons.reasons == expected.reasons and reasons.unknowns == expected.unknowns
    assert reasons.tier in ("reach", "target", "likely")
    assert (
        reasons.catalogue == "sample" and reasons.label and "Charting Outcomes" in reasons.citation
    )


def test_the_page_shows_them(client: Client, make_application: Callable[..., Application]) -> None:
    save_profile()
    application = from_sample(make_application)
    reasons = shortlist_reasons(application)
    html = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    assert 'id="shortlist-reasons"' in html and "IM on a J-1" in html
    assert f"tier-{reasons.tier}" in html
    assert "chance of an interview" in html
    for reason in reasons.reasons:
        assert escape(reason) in html


def test_a_program_the_rules_exclude_says_why(
    client: Client, make_application: Callable[..., Application]
) -> None:
    SavedProfile.objects.create(name="J-1", **PROFILE)
    text = catalogue_csv_text([invented(2, visa_j1=False), KNOWN])
    import_catalogue(text.encode(), "mine.csv", "Mine", ImportOptions())
    application = make_application(
        "Invented Place 2", program_id="INV-002", catalogue="Mine", specialty=IM
    )
    reasons = shortlist_reasons(application)
    assert reasons.excluded and "J-1" in reasons.excluded and reasons.tier == ""
    html = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    assert "the shortlist leaves this program out" in html


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("no profile", "Save a profile on the Programs page"),
        ("typed in", "This application was typed in by hand"),
        ("catalogue gone", "The catalogue “Mine” this application came from is gone"),
        ("program gone", "The program INV-404 is no longer in the catalogue “Mine”"),
        ("no specialty", "This application names no specialty"),
    ],
)
def test_it_says_why_when_it_cannot(
    client: Client, make_application: Callable[..., Application], case: str, message: str
) -> None:
    if case != "no profile":
        save_profile()
    import_catalogue(catalogue_csv_text([KNOWN]).encode(), "mine.csv", "Mine", ImportOptions())
    fields = {
        "no profile": {"program_id": KNOWN.program_id, "catalogue": "Mine"},
        "typed in": {"program_id": "X1", "catalogue": ""},
        "catalogue gone": {"program_id": KNOWN.program_id, "catalogue": "Mine"},
        "program gone": {"program_id": "INV-404", "catalogue": "Mine"},
        "no specialty": {"program_id": KNOWN.program_id, "catalogue": "Mine", "specialty": ""},
    }[case]
    application = make_application("Lakeside", **({"specialty": IM} | fields))
    if case == "catalogue gone":
        Catalogue.objects.all().delete()
    assert shortlist_reasons(application).missing.startswith(message)
    html = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    assert message in html.replace("&ldquo;", "“").replace("&rdquo;", "”")


def test_it_links_to_the_programs_page_when_a_profile_is_wanted(
    client: Client, make_application: Callable[..., Application]
) -> None:
    import_catalogue(catalogue_csv_text([KNOWN]).encode(), "mine.csv", "Mine", ImportOptions())
    application = make_application("Lakeside", program_id=KNOWN.program_id, catalogue="Mine")
    html = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    missing = html[html.index('id="shortlist-missing"') :].split("</p>", 1)[0]
    assert f'href="{reverse("programs:home")}"' in missing
    save_profile()  # now something else is missing (the specialty), and no profile is asked for
    html = client.get(reverse("season:prep", args=[application.pk])).content.decode()
    missing = html[html.index('id="shortlist-missing"') :].split("</p>", 1)[0]
    assert "names no specialty" in missing and reverse("programs:home") not in missing

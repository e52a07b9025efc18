"""The rank list: interviewed programs only, each once, advanced ones on the supplemental list;
moved with buttons; exported as CSV and for print; the deadline from the season's dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from django.test import Client
from django.urls import reverse

from matchwise.season import rank_list, season_dates, services
from matchwise.season.models import Application
from matchwise.season.rank_rules import Candidate, list_problems
from matchwise.season.vocabulary import ListKind, Status

S = Status
CANDIDATES = {
    "A": Candidate("A", "Alpha", S.INTERVIEWED, advanced=False),
    "B": Candidate("B", "Beta", S.RANKED, advanced=False),
    "C": Candidate("C", "Gamma", S.SCHEDULED, advanced=False),
    "D": Candidate("D", "Delta", S.INTERVIEWED, advanced=True),
    "A'": Candidate("A", "Alpha", S.INTERVIEWED, advanced=False, catalogue="NRMP 2024"),
}


@pytest.mark.parametrize(
    ("order", "kind", "problems"),
    [
        (["A", "B"], ListKind.PRIMARY, []),
        (["D"], ListKind.SUPPLEMENTAL, []),
        (["A'"], ListKind.PRIMARY, []),
        (["A", "A"], ListKind.PRIMARY, ["A is given twice; rank each program once"]),
        (["A", "A'"], ListKind.PRIMARY, ["A is given twice (typed in by hand and “NRMP 2024”)"]),
        (["C"], ListKind.PRIMARY, ["Gamma (C) is “Interview scheduled”"]),
        (["D"], ListKind.PRIMARY, ["Delta (D) is an advanced (PGY-2) program"]),
        (["A"], ListKind.SUPPLEMENTAL, ["Alpha (A) is not an advanced program"]),
        (["C", "D"], ListKind.PRIMARY, ["Gamma (C)", "Delta (D)"]),
    ],
)
def test_it_checks_what_a_list_may_hold(
    order: list[str], kind: ListKind, problems: list[str]
) -> None:
    found = list_problems([CANDIDATES[key] for key in order], kind)
    assert len(found) == len(problems)
    for problem, expected in zip(found, problems, strict=True):
        assert expected in problem


def test_it_reads_the_season_dates_as_eastern_time() -> None:
    seasons = {s.year: s for s in season_dates.all_seasons()}
    assert seasons[2024].rank_deadline == datetime(2024, 2, 29, 2, 0, tzinfo=UTC)  # 21:00 EST
    assert seasons[2024].match_day == date(2024, 3, 15)
    assert season_dates.next_deadline(datetime(2024, 2, 1, tzinfo=UTC)) == seasons[2024]
    assert season_dates.next_deadline(datetime(2099, 1, 1, tzinfo=UTC)) is None


@pytest.fixture
def interviewed(make_application: Callable[..., Application]) -> list[Application]:
    made = [
        make_application("Alpha IM", program_id="A"),
        make_application("Beta IM", program_id="B"),
        make_application("Gamma IM", program_id="C"),
        make_application("Delta Anesthesiology", program_id="D", track="Advanced"),
        make_application("=HYPERLINK(1) Prelim", program_id="E"),
    ]
    for application in made:
        services.change_status(application, S.INTERVIEWED, date(2027, 1, 20), "Interviewed")
    return made


@pytest.mark.django_db
def test_it_moves_programs_with_buttons_and_exports_the_list(
    client: Client, interviewed: list[Application]
) -> None:
    alpha, beta, gamma, delta, prelim = interviewed
    for application in (alpha, beta, gamma, delta, prelim):
        url = reverse("season:rank_change", args=[application.pk])
        assert client.post(url, {"action": "add"}).status_code == 302
    url = reverse("season:rank_change", args=[gamma.pk])
    assert client.post(url, {"action": "up"}).status_code == 302
    assert rank_list.order_of(ListKind.PRIMARY) == ["A", "C", "B", "E"]
    assert rank_list.order_of(ListKind.SUPPLEMENTAL) == ["D"]
    assert client.post(url, {"action": "sideways"}).status_code == 400
    page = client.get(reverse("season:rank_list")).content.decode()
    assert 'value="up"' in page and "Move Gamma IM up" in page
    csv_text = client.get(reverse("season:rank_list_csv")).content.decode()
    assert csv_text.splitlines()[1:] == [
        "primary,1,A,Alpha IM,,OH",
        "primary,2,C,Gamma IM,,OH",
        "primary,3,B,Beta IM,,OH",
        "primary,4,E,'=HYPERLINK(1) Prelim,,OH",
        "supplemental,1,D,Delta Anesthesiology,,OH",
    ]
    printed = client.get(reverse("season:rank_list_print")).content.decode()
    assert printed.index("Alpha IM") < printed.index("Gamma IM") < printed.index("Beta IM")
    assert Application.objects.get(program_id="B").status == "ranked"


@pytest.mark.django_db
def test_it_takes_a_program_off_the_list(interviewed: list[Application]) -> None:
    alpha = interviewed[0]
    rank_list.rank_programs(["A", "B"], None, ListKind.PRIMARY, date(2027, 2, 1))
    rank_list.remove_from_list(Application.objects.get(pk=alpha.pk), date(2027, 2, 2))
    alpha.refresh_from_db()
    assert alpha.rank is None and alpha.status == "interviewed"
    assert rank_list.order_of(ListKind.PRIMARY) == ["B"]

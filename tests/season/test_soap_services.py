"""SOAP through its services: the list matched to the catalogues, all or nothing; the cap;
offers only from programs applied to; one acceptance, which ends SOAP; whom you know there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from matchwise.network.models import Contact
from matchwise.programs.catalogues import SAMPLE_NAME, sample_programs
from matchwise.season import soap, soap_people
from matchwise.season.models import SoapOffer, SoapProgram, SoapStep
from matchwise.season.services import SeasonError
from matchwise.season.soap_rules import OfferState
from matchwise.season.unfilled_rows import UnfilledListError, read_unfilled
from tests.season.soap_fixtures import NOW, TODAY, listed, many

pytestmark = pytest.mark.django_db


def test_it_matches_the_list_to_the_catalogue_by_code_then_name() -> None:
    first, second = sample_programs()[:2]
    by_code, by_name, unknown = listed(
        "name,nrmp_code",
        f"Whatever the list calls it,{first.program_id}",
        f'"{second.name.upper()}",',
        "Nowhere Hospital Surgery,",
    )
    assert (by_code.catalogue, by_code.program_id) == (SAMPLE_NAME, first.program_id)
    assert (by_name.catalogue, by_name.program_id) == (SAMPLE_NAME, second.program_id)
    assert (unknown.catalogue, unknown.program_id) == ("", "")
    facts = soap.catalogue_program(by_code)
    assert facts is not None and facts.name == first.name
    assert soap.catalogue_program(unknown) is None


def test_it_stores_nothing_when_a_program_is_already_listed() -> None:
    listed("1234140C0 Lakeside IM")
    rows = read_unfilled("New One\n1234140C0 Lakeside again", "second.txt")
    with pytest.raises(UnfilledListError) as caught:
        soap.import_unfilled(rows, "second.txt", TODAY)
    assert "second.txt, line 2, column nrmp_code: 1234140C0 is already" in str(caught.value)
    assert list(SoapProgram.objects.values_list("name", flat=True)) == ["Lakeside IM"]


def test_it_refuses_the_application_past_the_cap() -> None:
    programs = many(46)
    for program in programs[:45]:
        soap.apply(program, NOW)
    with pytest.raises(SeasonError) as caught:
        soap.apply(programs[45], NOW)
    assert "at most 45 applications" in caught.value.message
    assert SoapProgram.objects.filter(applied_at__isnull=False).count() == 45
    assert soap.state(date(2027, 3, 16)).remaining == 0


def test_it_refuses_to_apply_twice() -> None:
    [program] = listed("Lakeside IM")
    soap.apply(program, NOW)
    with pytest.raises(SeasonError, match="already applied"):
        soap.apply(program, NOW)


def test_it_takes_offers_only_from_programs_applied_to() -> None:
    [program] = listed("Lakeside IM")
    with pytest.raises(SeasonError, match="only from programs you applied to"):
        soap.record_offer(program, 1, NOW)
    soap.apply(program, NOW)
    with pytest.raises(SeasonError, match="round from 1 to 4"):
        soap.record_offer(program, 5, NOW)
    offer = soap.record_offer(program, 1, NOW)
    assert offer.state == OfferState.RECEIVED and not SoapOffer.objects.exclude(pk=offer.pk)


def test_it_ends_soap_with_the_one_acceptance() -> None:
    first, second, third = listed("Lakeside IM", "Riverside FM", "Hilltop Psychiatry")
    for program in (first, second, third):
        soap.apply(program, NOW)
    offer_one = soap.record_offer(first, 1, NOW)
    offer_two = soap.record_offer(second, 1, NOW)
    soap.answer_offer(offer_one, OfferState.ACCEPTED, NOW)
    with pytest.raises(SeasonError, match="only one offer can be accepted"):
        soap.answer_offer(offer_two, OfferState.ACCEPTED, NOW)
    with pytest.raises(SeasonError, match="SOAP is over"):
        soap.record_offer(third, 2, NOW)
    soap.answer_offer(offer_two, OfferState.REJECTED, NOW)
    assert soap.state(TODAY).accepted == "Lakeside IM"
    assert list(SoapOffer.objects.order_by("pk").values_list("state", flat=True)) == [
        "accepted",
        "rejected",
    ]


def test_it_keeps_a_dated_history() -> None:
    [program] = listed("Lakeside IM")
    soap.apply(program, NOW)
    offer = soap.record_offer(program, 2, NOW)
    soap.answer_offer(offer, OfferState.EXPIRED, NOW)
    steps = SoapStep.objects.filter(program=program).order_by("pk")
    assert [(s.step, s.round, s.at) for s in steps] == [
        ("applied", None, NOW),
        ("offer", 2, NOW),
        ("expired", 2, NOW),
    ]
    with pytest.raises(SeasonError, match="no offer from Lakeside IM is waiting"):
        soap.open_offer(program)


def test_it_finds_a_program_by_code_or_number() -> None:
    coded, plain = listed("1234140C0 Lakeside IM", "Riverside FM")
    assert soap.program_for("1234140c0") == coded
    assert soap.program_for(f"#{plain.pk}") == plain
    with pytest.raises(SeasonError, match="no program “nope”"):
        soap.program_for("nope")


def test_it_lists_the_people_there_quickest_to_reach_first(
    make_contact: Callable[..., Contact],
) -> None:
    [program] = listed("name,institution\nFamily Medicine,Riverside Teaching Hospital")
    make_contact("Zed Email", institution="Riverside Teaching Hospital", email="z@example.org")
    make_contact("Amy Nothing", institution="Riverside Teaching Hospital")
    make_contact("Bo Phone", institution="Riverside Teaching Hospital", phone="+1 555 0100")
    make_contact("Elsewhere", institution="Lakeside General", phone="+1 555 0101")
    people = soap_people.people_by_program([program])[program.pk]
    assert [p.contact.name for p in people] == ["Bo Phone", "Zed Email", "Amy Nothing"]
    assert people[0].reach_label == "by phone"

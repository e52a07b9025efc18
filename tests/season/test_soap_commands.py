"""`matchwise season soap`: import, list, apply, offer, accept; a mistake is one message on
standard error naming the file and line or the argument, and nothing is written."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from matchwise.cli import main
from matchwise.season.models import SoapOffer, SoapProgram
from tests.season.soap_fixtures import many

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["season", "soap", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_it_walks_soap_to_an_acceptance(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    listing = tmp_path / "unfilled.csv"
    listing.write_text(
        "Program Name,NRMP Code,Specialty,State,Positions\n"
        "Lakeside Family Medicine,1234120C0,Family Medicine,OH,2\n"
        "Riverside Internal Medicine,1234140C0,Internal Medicine,TX,1\n",
        encoding="utf-8",
    )
    status, out, _ = run(capsys, "import", str(listing))
    assert status == 0 and "Added 2 unfilled programs" in out
    assert run(capsys, "apply", "1234120C0")[0] == 0
    status, out, _ = run(capsys, "apply", "1234140C0")
    assert status == 0 and "43 applications left" in out
    assert run(capsys, "offer", "1234120C0", "--round", "1")[0] == 0
    assert run(capsys, "offer", "1234140C0", "--round", "1")[0] == 0
    status, out, _ = run(capsys, "accept", "1234140C0")
    assert status == 0 and "accepted" in out
    status, _, err = run(capsys, "accept", "1234120C0")
    assert status == 1 and "PROGRAM: You already accepted the offer of Riverside" in err
    status, out, _ = run(capsys, "list", "--json")
    rows = {row["nrmp_code"]: row for row in json.loads(out)}
    assert [o["state"] for o in rows["1234140C0"]["offers"]] == ["accepted"]
    assert [o["state"] for o in rows["1234120C0"]["offers"]] == ["received"]
    status, out, _ = run(capsys, "list")
    assert "SOAP is over" in out and "2 of 45" in out


def test_it_refuses_the_46th_application(capsys: pytest.CaptureFixture[str]) -> None:
    programs = many(46)
    for program in programs[:45]:
        assert run(capsys, "apply", program.nrmp_code)[0] == 0
    status, _, err = run(capsys, "apply", programs[45].nrmp_code)
    assert status == 1 and "at most 45 applications" in err
    assert SoapProgram.objects.filter(applied_at__isnull=False).count() == 45


def test_it_names_the_line_and_field_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    listing = tmp_path / "unfilled.csv"
    listing.write_text("name,state,positions\nLakeside FM,OH,2\nRiverside IM,Texas,1\n")
    status, _, err = run(capsys, "import", str(listing))
    assert status == 1 and "unfilled.csv, line 3, column state: two letters" in err
    assert not SoapProgram.objects.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["apply", "nope"], "PROGRAM: no program “nope” in your SOAP list"),
        (["offer", "1000000A1", "--round", "1"], "--round: Offers come only from programs"),
        (["accept", "1000000A1"], "PROGRAM: no offer from Program 0 is waiting"),
        (["import", "/nonexistent/list.csv"], "cannot read /nonexistent/list.csv"),
    ],
)
def test_it_says_what_is_wrong(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    many(1)
    status, _, err = run(capsys, *argv)
    assert status == 1 and message in err, err
    assert not SoapOffer.objects.exists()


def test_it_says_when_the_list_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "list")
    assert status == 0 and "No unfilled programs yet" in out


def test_it_reads_the_list_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pasted = io.TextIOWrapper(io.BytesIO(b"1234120C0 Lakeside FM\nRiverside IM\n"))
    monkeypatch.setattr("sys.stdin", pasted)
    status, out, _ = run(capsys, "import", "-")
    assert status == 0 and "Added 2 unfilled programs" in out
    assert list(SoapProgram.objects.values_list("nrmp_code", "name")) == [
        ("1234120C0", "Lakeside FM"),
        ("", "Riverside IM"),
    ]

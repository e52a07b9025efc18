"""`matchwise season couple …`: partner, programs, pairs and the list; bad input is one line
naming the argument, exit 1, nothing stored."""

from __future__ import annotations

import json
from datetime import date

import pytest

from matchwise.cli import main
from matchwise.programs.catalogues import sample_programs
from matchwise.season.models import CouplePair

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def mine(capsys: pytest.CaptureFixture[str]) -> list[str]:
    ids = [p.program_id for p in sample_programs()[:3]]
    for pid in ids:
        assert run(capsys, "season", "add", pid, "--on", str(date(2026, 9, 24)))[0] == 0
    for pid in ids[:2]:
        assert run(capsys, "season", "status", pid, "interviewed", "--reason", "x")[0] == 0
    return ids


def test_it_sets_a_partner_their_programs_and_the_pairs(
    capsys: pytest.CaptureFixture[str], mine: list[str]
) -> None:
    a, b, c = mine
    status, out, _ = run(capsys, "season", "couple", "partner", "Sam Lee", "--specialty", "Peds")
    assert status == 0 and out == "Partner: Sam Lee (Peds).\n"
    assert run(capsys, "season", "couple", "program", "PED1", "--name", "Harbor Peds")[0] == 0
    status, out, _ = run(capsys, "season", "couple", "program", c)
    assert status == 0 and sample_programs()[2].name in out
    pairs = [f"{a}:PED1", f"{b}:{c}", f"{a}:none", "none:PED1"]
    status, out, _ = run(capsys, "season", "couple", "rank", *pairs, f"{c}:-")
    assert status == 1
    status, out, _ = run(
        capsys, "season", "couple", "rank", *pairs, f"{c}:none", "--force", c, "By phone"
    )
    assert status == 0 and out.splitlines()[3] == "4. No match / Harbor Peds (PED1)"
    status, out, _ = run(capsys, "season", "couple", "list", "--json")
    listed = json.loads(out)
    assert listed["partner"]["name"] == "Sam Lee"
    assert {p["program_id"] for p in listed["partner"]["programs"]} == {"PED1", c}
    assert [
        (r["mine"] and r["mine"]["program_id"], r["partner"] and r["partner"]["program_id"])
        for r in listed["pairs"]
    ] == [
        (a, "PED1"),
        (b, c),
        (a, None),
        (None, "PED1"),
        (c, None),
    ]
    assert listed["pairs"][4]["reason"] == "By phone"
    status, out, _ = run(capsys, "season", "couple", "list")
    assert status == 0 and out.startswith("Partner: Sam Lee (Peds)\n1. ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["rank", "A:B"], "couple partner: name your partner first."),
        (["program", "PED1", "--name", "X"], "couple partner: name your partner first."),
    ],
)
def test_it_needs_a_partner_first(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, "season", "couple", *argv)
    assert status == 1 and err.strip().endswith(message)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["{a}{b}"], "MINE:PARTNER: “{a}{b}” is not two sides joined by “:”"),
        (["none:none"], "MINE:PARTNER: Pair 1 is “no match” on both sides"),
        (["{c}:PED1"], "is “Applied”: only programs you interviewed at can be ranked"),
        (["{a}:PED1", "{a}:PED1"], "Pair 2 repeats pair 1"),
        (["{a}:NOPE"], "Pair 1: NOPE is not one of Sam's programs; add it first."),
    ],
)
def test_it_refuses_bad_pairs_in_one_line_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], mine: list[str], pairs: list[str], message: str
) -> None:
    a, b, c = mine
    assert run(capsys, "season", "couple", "partner", "Sam")[0] == 0
    assert run(capsys, "season", "couple", "program", "PED1", "--name", "Harbor Peds")[0] == 0
    filled = [p.format(a=a, b=b, c=c) for p in pairs]
    status, _, err = run(capsys, "season", "couple", "rank", *filled)
    assert status == 1 and message.format(a=a, b=b) in err and len(err.strip().splitlines()) == 1
    assert not CouplePair.objects.exists()

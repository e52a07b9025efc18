"""The list of unfilled programs, pasted or in a file: a plain list or CSV with a header;
every problem names the file, the line and the field, and then nothing is kept."""

from __future__ import annotations

import pytest

from matchwise.season.unfilled_rows import (
    UnfilledListError,
    UnfilledRow,
    read_unfilled,
    read_unfilled_file,
)


def test_it_reads_a_plain_list_with_codes_when_given() -> None:
    text = "\n1234140C0 Lakeside Internal Medicine\n  \nRiverside Family Medicine, Ohio\n"
    assert read_unfilled(text, "pasted") == [
        UnfilledRow(2, "Lakeside Internal Medicine", "1234140C0"),
        UnfilledRow(4, "Riverside Family Medicine, Ohio"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Program Name,Program Code,Specialty,State,Unfilled positions\n"
        "Lakeside IM,1234140c0,Internal Medicine,oh,2\n",
        "program_name;nrmp_code;specialty;state;positions\n"
        "Lakeside IM;1234140C0;Internal Medicine;OH;2\n",
        "Name\tCode\tSpecialty\tState\tPositions\n"
        "Lakeside IM\t1234140C0\tInternal Medicine\tOH\t2\n",
    ],
)
def test_it_reads_csv_under_a_header_in_common_spellings(text: str) -> None:
    [row] = read_unfilled(text, "list.csv")
    assert row == UnfilledRow(2, "Lakeside IM", "1234140C0", "", "Internal Medicine", "", "OH", 2)


def test_it_reads_a_file_saved_by_a_spreadsheet() -> None:
    data = "name,city\r\nHôpital Saint-Luc,Montréal\r\n".encode("cp1252")
    [row] = read_unfilled_file(data, "list.csv")
    assert (row.name, row.city, row.line) == ("Hôpital Saint-Luc", "Montréal", 2)


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (
            "name,positions\nA,0\nB,many\n",
            ["list.csv, line 2, column positions", "line 3, column positions"],
        ),
        ("name,state\nA,Ohio\n", ["list.csv, line 2, column state: two letters"]),
        ("name,nrmp_code\n,1234140C0\n", ["list.csv, line 2, column name: required"]),
        (
            "name,nrmp_code\nA,1234140C0\nB,1234140c0\n",
            ["line 3, column nrmp_code: already on line 2"],
        ),
        ("name,nrmp_code\nA,12 34\n", ["line 2, column nrmp_code: one word"]),
        ("\n  \n", ["list.csv, line 1, column -: the list is empty"]),
        ("A" * 301 + "\n", ["list.csv, line 1, column name: longer than 300"]),
    ],
)
def test_it_names_the_file_line_and_field_of_each_problem(text: str, problems: list[str]) -> None:
    with pytest.raises(UnfilledListError) as caught:
        read_unfilled(text, "list.csv")
    found = str(caught.value)
    for problem in problems:
        assert problem in found, found


def test_it_refuses_a_file_that_is_not_text() -> None:
    with pytest.raises(UnfilledListError) as caught:
        read_unfilled_file(b"name\n\x00\x01", "list.csv")
    assert "list.csv, line 2" in str(caught.value)

"""Spreadsheet cell safety, shared by the CSV and XLSX exports (no Django import)."""

from __future__ import annotations

# A spreadsheet may read a cell starting with one of these as a formula (OWASP, "CSV Injection").
# Tab and carriage return are on the list because some programs skip them and then see a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """The text of a cell, made inert: a leading quote stops it from being run as a formula.

    The price is a visible quote on harmless text such as a phone number written "+1 …";
    contacts' fields come from other people and from imported files, so safety wins.
    """
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value

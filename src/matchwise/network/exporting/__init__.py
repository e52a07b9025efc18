"""Getting the user's data out: spreadsheets, address-book cards, a calendar feed and backups."""

from __future__ import annotations

from datetime import date


def export_bytes(kind: str, today: date) -> bytes:
    """The file for one export kind (csv, xlsx, vcard, ics, backup) for the pages and CLI."""
    from matchwise.network.exporting import backup, calendar, sheets, vcard

    if kind == "csv":
        return sheets.contacts_csv_bytes()
    if kind == "xlsx":
        return sheets.contacts_xlsx_bytes()
    if kind == "vcard":
        return vcard.contacts_vcard_text().encode("utf-8")
    if kind == "ics":
        return calendar.calendar_bytes(today)
    if kind == "backup":
        return backup.backup_bytes()
    raise ValueError(f"unknown export {kind!r}")

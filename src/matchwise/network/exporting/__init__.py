"""Getting the user's data out: spreadsheets, address-book cards and backups (the calendar
feed, which joins every app, is `matchwise.site.calendar`)."""

from __future__ import annotations

from datetime import date


def export_bytes(kind: str, today: date) -> bytes:
    """The file for one export kind (csv, xlsx, vcard, backup); site.downloads adds ics."""
    from matchwise.network.exporting import backup, sheets, vcard

    if kind == "csv":
        return sheets.contacts_csv_bytes()
    if kind == "xlsx":
        return sheets.contacts_xlsx_bytes()
    if kind == "vcard":
        return vcard.contacts_vcard_text().encode("utf-8")
    if kind == "backup":
        return backup.backup_bytes()
    raise ValueError(f"unknown export {kind!r}")

"""Commands that move data in and out: import, export, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from matchwise.cli.base import CliError, Command, start_django
from matchwise.network import clock

IMPORT_KINDS = ("linkedin", "vcard", "sheet")
EXPORT_KINDS = ("csv", "xlsx", "vcard", "ics")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CliError(f"cannot read {path}: {error.strerror}") from error


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a failure never leaves half a file behind."""
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {error.strerror}") from error


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=IMPORT_KINDS, help="the file's layout")
    parser.add_argument("file", type=Path, help="the file to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would happen; write nothing"
    )


def import_file(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network.importing.by_kind import parse_file
    from matchwise.network.importing.service import commit, preview
    from matchwise.textfiles.errors import ImportFileError

    data = _read(args.file)
    try:
        parsed = parse_file(args.kind, args.file.name, data)
    except ImportFileError as error:
        raise CliError(str(error)) from error
    # The command line never merges a possible duplicate: it reports it and keeps both.
    report = preview(parsed) if args.dry_run else commit(parsed)
    if args.dry_run:
        print("Dry run: nothing was written.")
    for line in report.summary_lines():
        print(line)
    return 0


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=EXPORT_KINDS, help="csv, xlsx, vcard (contacts) or ics")
    parser.add_argument("--out", type=Path, required=True, help="file to write")


def export_file(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.site.downloads import export_bytes

    _write(args.out, export_bytes(args.kind, clock.today()))
    print(f"Wrote {args.out}")
    return 0


def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")


def backup(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.site.downloads import export_bytes

    _write(args.out, export_bytes("backup", clock.today()))
    print(f"Wrote a backup of everything to {args.out}")
    return 0


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a backup written by `matchwise backup`")
    parser.add_argument(
        "--accept-edited",
        action="store_true",
        help="restore a backup changed since it was written (every value is still checked)",
    )


def restore(args: argparse.Namespace) -> int:
    start_django()
    from matchwise.network.exporting.backup import BackupError
    from matchwise.network.exporting.backup import restore as restore_backup

    try:
        restored = restore_backup(args.file, accept_edited=args.accept_edited)
    except BackupError as error:
        raise CliError(str(error)) from error
    for note in restored.notes:
        print(f"Note: {note}")
    print(restored.summary())
    return 0


COMMANDS = [
    Command(
        "import",
        "Import contacts from LinkedIn, a vCard file or a spreadsheet.",
        _import_arguments,
        import_file,
    ),
    Command(
        "export",
        "Export contacts (CSV, XLSX, vCard) or open follow-ups (iCalendar).",
        _export_arguments,
        export_file,
    ),
    Command("backup", "Write everything you entered to one JSON file.", _backup_arguments, backup),
    Command("restore", "Restore a backup into an empty database.", _restore_arguments, restore),
]

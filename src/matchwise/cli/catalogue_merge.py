"""`matchwise catalogue merge` and `matchwise catalogue show`: merge an outside source into a
stored catalogue, and show what the catalogue knows."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matchwise.cli.base import CliError
from matchwise.sources.formats import FORMATS

if TYPE_CHECKING:
    from matchwise.programs.coverage import Coverage
    from matchwise.programs.merging import MergePreview

SHOWN = 10


def add_arguments(actions: Any) -> None:
    merge = actions.add_parser(
        "merge", help="merge a program sheet, LCA file, NRMP results or catalogue into one"
    )
    merge.add_argument("file", type=Path, help="the source file")
    merge.add_argument("--into", required=True, metavar="NAME", help="the catalogue to merge into")
    merge.add_argument("--format", required=True, choices=tuple(FORMATS), dest="source_format",
                       help="the source's layout")  # fmt: skip
    merge.add_argument("--review", type=Path, metavar="FILE.csv",
                       help="write the uncertain matches here, with a decision column to fill "
                       "with yes or no")  # fmt: skip
    merge.add_argument(
        "--confirm",
        type=Path,
        metavar="FILE.csv",
        help="a filled review file: apply the uncertain matches marked yes",
    )
    merge.add_argument(
        "--map",
        action="append",
        default=[],
        type=_mapped_column,
        metavar="HEADER=FIELD",
        help="read a sheet's header it does not recognise as a field, or as notes or ignore "
        "(repeat for each header)",
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="show what it would do; store nothing"
    )
    merge.add_argument("--json", action="store_true", help="print JSON instead of text")
    show = actions.add_parser("show", help="what a catalogue knows: coverage per attribute")
    show.add_argument("name", help="the catalogue's name")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")


def _mapped_column(text: str) -> tuple[str, str]:
    """HEADER=FIELD: the header may itself hold '=', the field never does."""
    header, equals, target = text.rpartition("=")
    if not equals or not header.strip() or not target.strip():
        raise argparse.ArgumentTypeError(f"expected HEADER=FIELD, got {text!r}")
    return header.strip(), target.strip()


def _progress(label: str) -> Any:
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        if total:
            filled = int(30 * min(done, total) / total)
            print(f"\r{label} [{'#' * filled}{' ' * (30 - filled)}] {done:,}/{total:,}",
                  end="", file=sys.stderr, flush=True)  # fmt: skip
        else:
            print(f"\r{label} {done:,} rows", end="", file=sys.stderr, flush=True)

    return report


def _stored(name: str) -> Any:
    from matchwise.programs.merge_runs import NoSuchCatalogueError, stored_catalogue

    try:
        return stored_catalogue(name)
    except NoSuchCatalogueError as error:
        raise CliError(str(error)) from error


def merge(args: argparse.Namespace) -> int:
    from matchwise.programs.merge_review import ReviewFileError, read_decisions, review_csv
    from matchwise.programs.merge_runs import merge_file, preview_json
    from matchwise.programs.merging import MergeError
    from matchwise.programs.source_matching import Outcome

    catalogue = _stored(args.into)
    path: Path = args.file
    if not path.is_file():
        raise CliError(f"cannot read {path}: no such file")
    confirmed: frozenset[int] = frozenset()
    if args.confirm is not None:
        try:
            text = args.confirm.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CliError(f"cannot read {args.confirm}: {error}") from error
        try:
            confirmed = read_decisions(text, args.confirm.name).confirmed
        except ReviewFileError as error:
            raise CliError(f"nothing merged: {error}") from error
    report = _progress(f"Reading {path.name}")
    try:
        preview = merge_file(
            catalogue,
            args.source_format,
            path,
            confirmed,
            dry_run=args.dry_run,
            progress=report,
            mapping=dict(args.map),
        )
    except MergeError as error:
        shown = "; ".join(str(p) for p in error.problems[:5])
        more = len(error.problems) - 5
        raise CliError(
            f"nothing merged: {shown}" + (f"; and {more} more" if more > 0 else "")
        ) from error
    finally:
        if report is not None:
            print(file=sys.stderr)
    if args.review is not None:
        args.review.write_text(review_csv(preview.of(Outcome.UNCERTAIN)), encoding="utf-8")
    if args.json:
        json.dump(preview_json(preview, args.dry_run), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print_preview(preview, args.dry_run, args.review)
    return 0


def print_preview(preview: MergePreview, dry_run: bool, review: Path | None) -> None:
    from matchwise.programs.source_matching import Outcome

    verb = "Would merge" if dry_run else "Merged"
    print(f"{verb} {preview.source} (as of {preview.as_of}) into “{preview.catalogue}”.")
    print(
        f"Rows: {preview.count(Outcome.CONFIDENT)} matched, {preview.count(Outcome.UNCERTAIN)} "
        f"uncertain, {preview.count(Outcome.UNMATCHED)} unmatched."
    )
    if preview.facts_per_attribute:
        facts = ", ".join(f"{a} {n}" for a, n in preview.facts_per_attribute.items())
        print(f"Values {'to set' if dry_run else 'set'} per attribute: {facts}")
    if preview.disagreements:
        print(f"Sources disagree ({len(preview.disagreements)}); the newer is kept:")
        for line in preview.disagreements[:SHOWN]:
            print(f"  {line}")
    if preview.unrecognised_columns:
        columns = ", ".join(f"“{c}”" for c in preview.unrecognised_columns)
        print(f"Kept in the notes, not recognised: {columns} (read one as a field with --map).")
    uncertain = preview.of(Outcome.UNCERTAIN)
    if uncertain:
        where = (
            f"; decide in {review} and pass it back with --confirm"
            if review
            else ("; write them with --review FILE.csv, decide, and pass it back with --confirm")
        )
        print(f"Uncertain, applied only when confirmed ({len(uncertain)}){where}:")
        for m in uncertain[:SHOWN]:
            name = m.row.institution or m.row.program_name
            print(f"  {m.row.unit} {m.row.line}: {name} → {m.matched_as} ({m.why})")
    unmatched = preview.of(Outcome.UNMATCHED)
    if unmatched:
        print(f"Not matched ({len(unmatched)}):")
        for m in unmatched[:SHOWN]:
            name = m.row.institution or m.row.program_name
            print(f"  {m.row.unit} {m.row.line}: {name}: {m.why}")
        if len(unmatched) > SHOWN:
            print(f"  … and {len(unmatched) - SHOWN} more (--json lists them all)")


def show(args: argparse.Namespace) -> int:
    from matchwise.programs.coverage import catalogue_coverage, coverage_json
    from matchwise.programs.merge_runs import NoSuchCatalogueError

    try:
        found, disagreeing = catalogue_coverage(args.name)
    except NoSuchCatalogueError as error:
        raise CliError(str(error)) from error
    if args.json:
        json.dump(coverage_json(found, disagreeing), sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print_coverage(found)
    if disagreeing:
        print(f"Sources disagree on {len(disagreeing)} value(s); the newer is used:")
        for line in disagreeing[:SHOWN]:
            print(f"  {line}")
    return 0


def print_coverage(found: Coverage) -> None:
    print(f"Catalogue “{found.catalogue}”: {found.programs} programs.")
    print(f"{'attribute':34s} {'known':>7s}  sources")
    for row in found.rows:
        sources = "; ".join(f"{s} ({n})" for s, n in row.sources) or "—"
        print(f"{row.label:34s} {row.known:7d}  {sources}")
    if found.most_wanted:
        print(f"Most wanted: {found.most_wanted}: {found.why}.")
    else:
        print(f"Most wanted: none to name ({found.why}).")

"""Importing contacts from LinkedIn exports, vCard files and tracking spreadsheets.

Parsers (no database; each returns a `ParsedFile` of records and rejected rows, and raises
`ImportFileError` only when the file as a whole cannot be read):

- `linkedin.parse_linkedin(filename, data)`
- `vcard.parse_vcard(filename, data)`
- `sheet.read_headers(filename, data)`, `sheet_mapping.suggest_mapping(headers)`, then
  `sheet.parse_sheet(filename, data, mapping)`
- `by_kind.parse_file(kind, filename, data, mapping)` picks one of them, for the pages and the CLI

Then `service.preview(parsed)` → `ImportPlan` and `service.commit(parsed, merge_possible)` →
`ImportReport`. Nothing is imported here so that the parsers load without Django.
"""

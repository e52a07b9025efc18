"""Old name of `matchwise.textfiles.errors`, kept only for `matchwise.season.imports`.

Every other module imports `matchwise.textfiles` (an import-linter contract checks it); delete
this file once the season's import has moved too.
"""

from matchwise.textfiles.errors import ImportFileError as ImportFileError

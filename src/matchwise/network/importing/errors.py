"""Kept so older imports still work: the error now lives in `matchwise.textfiles.errors`."""

from matchwise.textfiles.errors import ImportFileError as ImportFileError

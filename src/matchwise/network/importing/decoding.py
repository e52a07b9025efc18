"""Kept so older imports still work: the rule now lives in `matchwise.textfiles.decoding`."""

from matchwise.textfiles.decoding import decode_text as decode_text

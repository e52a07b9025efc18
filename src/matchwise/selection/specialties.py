"""Specialties a profile names that a catalogue does not have, with a close match if any.

Spelling differs between sources ("Diagnostic Radiology", "Radiology-Diagnostic"), and a
specialty quietly left out would make a list look complete when it is not.
"""

from collections.abc import Collection, Sequence

from rapidfuzz import fuzz, process, utils

CLOSE_MATCH = 80  # token sort ratio (0-100), word order and punctuation ignored


def close_match(name: str, known: Collection[str]) -> str | None:
    found = process.extractOne(
        name, list(known), scorer=fuzz.token_sort_ratio, processor=utils.default_process
    )
    return str(found[0]) if found is not None and found[1] >= CLOSE_MATCH else None


def unknown_specialties(wanted: Sequence[str], known: Collection[str]) -> list[str]:
    """A sentence per unknown specialty; empty when the catalogue has every one."""
    problems = []
    for name in wanted:
        if name in known:
            continue
        match = close_match(name, known)
        hint = f"did you mean “{match}”?" if match else "it has " + ", ".join(sorted(known))
        problems.append(f"the catalogue has no specialty “{name}”; {hint}")
    return problems

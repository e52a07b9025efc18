"""What NRMP results say about a program's fill history, and how a list uses it.

A program that left positions unmatched in the Main Match in some years had fewer applicants
ranking it than positions in those years. The fitted chance model has no term for that (there
is no published table to fit one to), so the history never changes a chance: it is a reason
shown with the program and, among programs whose chances tie, programs that went unfilled in
a larger share of their reported years come first. An unknown history counts as no unfilled
year, so only evidence lifts a program; it never pushes one down.
"""

from matchwise.selection.catalogue import Program


def unfilled_share(program: Program) -> float:
    """The share of reported Match years with positions left unmatched (0 when unknown)."""
    if not program.fill_years_reported or program.fill_years_unfilled is None:
        return 0.0
    return program.fill_years_unfilled / program.fill_years_reported


def fill_words(program: Program) -> str | None:
    """The fill history in words, with its source, or None when unknown."""
    reported, unfilled = program.fill_years_reported, program.fill_years_unfilled
    if not reported or unfilled is None:
        return None
    years = "year" if reported == 1 else "years"
    cited = program.cited("fill_years_unfilled")
    if unfilled == 0:
        return f"filled every position in the Match in each of {reported} {years}{cited}"
    return f"left positions unmatched in {unfilled} of {reported} Match {years}{cited}"

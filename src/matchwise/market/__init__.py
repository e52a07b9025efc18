"""The Match simulated: markets of applicants and programs, and the algorithm that matches them.

Pure domain code (numpy, and numba where installed); no Django. Market holds an instance as
flat arrays, solve() runs applicant-proposing deferred acceptance on it, and
match_by_name() does the same for rank lists written with names.
"""

from matchwise.market.by_name import match_by_name
from matchwise.market.deferred_acceptance import MatchResult, solve
from matchwise.market.instance import Market, MarketError

__all__ = ["Market", "MarketError", "MatchResult", "match_by_name", "solve"]

"""Rotations as a networking plan, and the network after the Match.

A rotation (observership, externship, research post, sub-internship) is where the applicant is
seen working every day: this app plans who to get to know there, when to ask for feedback,
which small promises are due, when to thank people and whether a letter can be asked for; then,
after the Match, whom to thank or update, and the juniors the applicant mentors in turn.
The rules are plain functions in `timing.py` and `thanks.py`; the rest applies them.
"""

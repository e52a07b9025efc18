"""Errors the playbook's services raise for the user to read."""


class MoveError(ValueError):
    """A state change the rules do not allow (a campaign target, a letter), said for the user."""

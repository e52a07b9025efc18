"""The application season: applications and their status, interview invitations, interviews
in the program's own time zone, the people met there, and the rank list.

The rules are plain modules with no Django import (`status_rules.py`, `zones.py`,
`rank_rules.py`); `services.py` is the only writer; pages, the API and the CLI call it.
"""

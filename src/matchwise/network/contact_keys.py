"""What tells one person from another: their email and their LinkedIn profile (no Django).

Both are kept on each contact as keys (`Contact.derive_keys`), so that the same person is found
by index; an import compares the rows of a file with the same two functions.
"""

from __future__ import annotations

import re

LINKEDIN_SLUG = re.compile(r"linkedin\.com/in/([^/?#\s]+)", re.IGNORECASE)


def email_key(email: str) -> str:
    """The same address whatever its case and the spaces around it."""
    return email.strip().lower()


def linkedin_slug(url: str) -> str:
    """The `/in/<slug>` part of a LinkedIn profile URL, lower-cased; '' when there is none."""
    match = LINKEDIN_SLUG.search(url or "")
    return match.group(1).strip().lower() if match else ""

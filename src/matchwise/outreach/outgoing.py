"""A finished message, ready for your own mail program: a `mailto:` link or an .eml file.

matchwise sends nothing itself. No Django import.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from urllib.parse import quote

# Browsers and mail programs cut long mailto links; past this, offer the .eml file instead.
MAILTO_LIMIT = 2000


def mailto(to: str, subject: str, body: str) -> str:
    """`mailto:` with the subject and body encoded (RFC 6068: CRLF line breaks)."""
    query = f"subject={quote(one_line(subject), safe='')}&body={quote(_crlf(body), safe='')}"
    return f"mailto:{quote(to, safe='@')}?{query}"


def one_line(text: str) -> str:
    """A header never carries a line break (that would let text forge more headers)."""
    return " ".join(text.split())


def _crlf(text: str) -> str:
    return re.sub(r"\r?\n", "\r\n", text)


def eml_bytes(
    *,
    to_name: str,
    to_address: str,
    from_name: str,
    from_address: str,
    subject: str,
    body: str,
    now: datetime,
) -> bytes:
    """An unsent draft (`X-Unsent: 1`) that mail programs open ready to edit and send."""
    message = EmailMessage(policy=SMTP)
    if to_address:
        message["To"] = formataddr((to_name, to_address))
    if from_address:
        message["From"] = formataddr((from_name, from_address))
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(now)
    message["X-Unsent"] = "1"
    message.set_content(body)
    return message.as_bytes()


def eml_filename(contact_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", contact_name.casefold()).strip("-") or "message"
    return f"message-to-{slug[:60]}.eml"

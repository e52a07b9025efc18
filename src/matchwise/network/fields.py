"""Field types and validators shared by the models of every app, their forms and the restore."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models

# Only web pages are links: `javascript:` or `data:` addresses must never become one.
WEB_ADDRESS = URLValidator(
    schemes=["http", "https"],
    message="Enter a web address that starts with http:// or https://.",
)


class WebAddressField(models.URLField[str, str]):
    """A URL field that accepts http and https addresses only."""

    default_validators = (WEB_ADDRESS,)


def is_web_address(value: str) -> bool:
    """Whether a stored address may be shown as a link (the check of `WebAddressField`)."""
    try:
        WEB_ADDRESS(value)
    except ValidationError:
        return False
    return True

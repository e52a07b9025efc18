"""The message templates that come with matchwise, in our own words (`library.toml`).

Templates are only ever added, never updated: a migration that ships new templates calls
`add_missing` with their short names only, so a user's edits are never written over and a
template the user deleted does not come back with an upgrade.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from pathlib import Path
from typing import Any

LIBRARY: list[dict[str, str]] = tomllib.loads(
    (Path(__file__).parent / "library.toml").read_text(encoding="utf-8")
)["template"]


def add_missing(template_model: Any, slugs: Collection[str] | None = None) -> int:
    """Create each library template (of `slugs`, else all) whose short name is not taken, and
    return how many. `template_model` is the model a migration passes in, or the real one."""
    taken = set(template_model.objects.values_list("slug", flat=True))
    missing = [
        template_model(builtin=True, **template)
        for template in LIBRARY
        if template["slug"] not in taken and (slugs is None or template["slug"] in slugs)
    ]
    template_model.objects.bulk_create(missing)
    return len(missing)

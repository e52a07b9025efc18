"""Counts the Playbook overview shows from this app, without the playbook importing it."""

from __future__ import annotations

from django import template

from matchwise.rotations import mentees

register = template.Library()


@register.simple_tag
def mentee_count() -> int:
    return mentees.count()

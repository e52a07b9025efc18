"""What other apps' pages show from this one, without those apps importing it: the Playbook
overview's count of mentees, and the rotations a contact was met on."""

from __future__ import annotations

from django import template

from matchwise.network.models import Contact
from matchwise.rotations import mentees
from matchwise.rotations.models import Mentee, RotationMember

register = template.Library()


@register.simple_tag
def mentee_count() -> int:
    return mentees.count()


@register.inclusion_tag("rotations/_on_contact.html")
def rotations_of(contact: Contact) -> dict[str, object]:
    """The rotations they were met on, and whether you mentor them (for the contact page)."""
    return {
        "memberships": RotationMember.objects.filter(contact=contact).select_related("rotation"),
        "mentee": Mentee.objects.filter(contact=contact).first(),
    }

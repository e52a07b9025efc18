"""Contacts as vCard 4.0 (RFC 6350), for phones and address books.

vobject does the escaping of `,` `;` `\\` and newlines and folds lines at 75 octets without
splitting a character; this module only decides what goes into each property. vCard has one
escape, `\\n`, for every line break: when a note holds CRLF or CR breaks, NOTE's X-LINE-BREAKS
parameter lists the kind of each, in order, so that matchwise reads the note back exactly
(other address books ignore the parameter). vCard has no property for a medical specialty: it
goes in `X-SPECIALTY` (an extension property, which address books keep or skip), so that
matchwise reads it back.
"""

from __future__ import annotations

import re
import uuid

import vobject
from django.db.models import QuerySet

from matchwise.network.models import Contact

PRODID = "-//matchwise//Contacts//EN"
# Fixed, so that a contact keeps its UID from one export to the next (and across a restore):
# an address book then updates the card instead of adding a duplicate.
UID_NAMESPACE = uuid.UUID("6f1c2a52-3f4e-4d1b-9a57-0c8e1d2b7a10")
# Control characters other than tab and line breaks are not allowed in vCard text values.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# vCard writes every line break as `\n`; the kind of each one is kept in a parameter of NOTE.
LINE_BREAK = re.compile(r"\r\n|\r|\n")
LINE_BREAK_NAMES = {"\r\n": "CRLF", "\r": "CR", "\n": "LF"}


def clean(text: str) -> str:
    """Text as a vCard may hold it; stray spaces around an address would break a mail client."""
    return CONTROL_CHARACTERS.sub("", text).strip()


def contact_uid(contact: Contact) -> str:
    return f"urn:uuid:{uuid.uuid5(UID_NAMESPACE, f'contact-{contact.pk}')}"


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for the structured N property, taking the last word as the family name.

    Only a sorting hint for address books: FN always carries the name exactly as typed.
    """
    given, _, family = clean(name).rpartition(" ")
    return given.strip(), family


def contact_card(contact: Contact) -> str:
    """One contact as a vCard; `contact` should come with its tags prefetched."""
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("prodid").value = PRODID
    card.add("uid").value = contact_uid(contact)
    card.add("fn").value = clean(contact.display_name)
    given, family = split_name(contact.name)
    card.add("n").value = vobject.vcard.Name(
        family=family, given=given, prefix=clean(contact.honorific)
    )
    institution = clean(contact.institution)
    optional_text = {
        "org": [institution] if institution else None,
        "title": clean(contact.position),
        "role": contact.get_role_display(),
        "x-specialty": clean(contact.specialty),
        "email": clean(contact.email),
        "tel": clean(contact.phone),
        "url": clean(contact.linkedin_url),
        "note": clean(contact.notes),
    }
    for name, value in optional_text.items():
        if value:
            card.add(name).value = value
    if "url" in card.contents:
        # A LinkedIn address need not look like one (an old /pub/ page): the type says it is.
        card.url.params["TYPE"] = ["x-linkedin"]
    breaks = [LINE_BREAK_NAMES[found] for found in LINE_BREAK.findall(clean(contact.notes))]
    if any(kind != "LF" for kind in breaks):
        card.note.params["X-LINE-BREAKS"] = [",".join(breaks)]
    if contact.country:
        card.add("adr").value = vobject.vcard.Address(country=clean(contact.country))
    tags = [name for tag in contact.tags.all() if (name := clean(tag.name))]
    if tags:
        card.add("categories").value = tags
    return str(card.serialize())


def contacts_for_cards() -> QuerySet[Contact]:
    return Contact.objects.prefetch_related("tags").order_by("name", "id")


def contacts_vcard_text() -> str:
    """Every contact, one card after the other, with CRLF line endings."""
    return "".join(
        contact_card(contact) for contact in contacts_for_cards().iterator(chunk_size=1000)
    )

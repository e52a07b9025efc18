"""Every card of the client-shaped corpus (`fixtures/clients/`) imports with its fields.

The cards are made up, written in the shapes that phones and address books export: vCard 2.1
with quoted-printable soft line breaks and character sets, 3.0 with Apple's escapes and item
groups, 4.0 with URI values, folded base64 photos, lower-case Thunderbird cards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from matchwise.network.importing.service import preview
from matchwise.network.importing.vcard import parse_vcard
from matchwise.network.records import ContactRecord

CLIENTS = Path(__file__).parent / "fixtures" / "clients"
FIELDS = (
    "name",
    "honorific",
    "role",
    "position",
    "institution",
    "email",
    "phone",
    "linkedin_url",
    "country",
    "notes",
    "tags",
)

CARDS: dict[tuple[str, int], dict[str, Any]] = {
    ("iphone.vcf", 1): {
        "name": "Erik Lindqvist",
        "honorific": "Dr.",
        "role": "attending",
        "position": "Attending Cardiologist",
        "institution": "Northgate University Hospital",
        "email": "erik.lindqvist@northgate-uh.example",
        "phone": "+1 (614) 555-0131",
        "linkedin_url": "https://www.linkedin.com/in/erik-lindqvist-md",
        "notes": "Met at the ACC conference poster hall, March 2026. Offered to look at my "
        "abstract.\nDepartment: Cardiology",
        "tags": ["Mentor", "Cardiology"],
    },
    ("iphone.vcf", 27): {
        "name": "Ritu Banerjee",
        "role": "resident",
        "position": "PGY-3 Internal Medicine Resident",
        "institution": "Lakeside Community Hospital",
        "email": "ritu.b@mailbox.example",
        "phone": "+1 (312) 555-0177",
        "linkedin_url": "https://www.linkedin.com/in/ritubanerjee",
        "country": "United States",
    },
    ("mac_address_book.vcf", 1): {
        "name": "Beatriz Castellanos",
        "honorific": "Prof.",
        "role": "faculty",
        "position": "Professor of Medicine",
        "institution": "Pacific Crest University",
        "email": "b.castellanos@pacificcrest.example",
        "phone": "+1 (503) 555-0150",
        "linkedin_url": "https://www.linkedin.com/in/beatriz-castellanos",
        "notes": "Research mentor. Reviewed my personal statement twice.\n"
        "Prefers email on weekdays.\nDepartment: Department of Medicine\n"
        "Website: https://pacificcrest.example/medicine/castellanos",
    },
    ("mac_address_book.vcf", 19): {
        "name": "Riverbend Residency Office",
        "institution": "Riverbend Residency Office",
        "email": "residency@riverbend.example",
    },
    ("android.vcf", 1): {
        "name": "Kofi Mensah",
        "role": "chief_resident",
        "position": "Chief Resident",
        "institution": "Korle View Teaching Hospital",
        "email": "kofi.mensah@mailbox.example",
        "phone": "+233 24 555 0101",
    },
    ("android.vcf", 10): {
        "name": "Selçuk Öztürk",
        "institution": "Anatolia Medical Faculty",
        "email": "selcuk.ozturk@anatolia-med.example",
        "phone": "+90 532 555 0147",
        "notes": "Research mentor for my case report. Suggested I submit it to the regional ACP "
        "meeting in the autumn. Çok yardımcı, çok nazik.",
    },
    ("android.vcf", 21): {
        "name": "Chidi Okonkwo",
        "honorific": "Dr.",
        "role": "associate_pd",
        "position": "Associate Program Director",
        "institution": "Harbor City Medical Center",
        "email": "c.okonkwo@harborcity-med.example",
        "phone": "+1 (410) 555-0160",
        "notes": "Interviewed me on video.\r\nAsked for my Step 2 CK score report and a CV.\n"
        "Department: Internal Medicine",
    },
    ("android.vcf", 42): {
        "name": "अनिता शर्मा",
        "email": "anita.sharma@mailbox.example",
        "phone": "+91 98765 55012",
        "linkedin_url": "https://www.linkedin.com/in/anita-sharma-img",
        "notes": "IMG peer from my batch; matched into family medicine last year. नमस्ते!",
    },
    ("gmail.vcf", 1): {
        "name": "Marisol Vega",
        "role": "coordinator",
        "position": "Program Coordinator",
        "institution": "Sunridge Health",
        "email": "marisol.vega@sunridge-health.example",
        "phone": "+1 520-555-0119",
        "linkedin_url": "https://www.linkedin.com/in/marisol-vega-coord",
        "notes": "Sends the observership paperwork. Replies within a day.",
        "tags": ["myContacts", "Coordinators"],
    },
    ("gmail.vcf", 14): {
        "name": "Tariq Rahman",
        "role": "fellow",
        "position": "Fellow, Pulmonary and Critical Care",
        "institution": "Westbrook Medical Center",
        "email": "tariq.rahman@westbrook-med.example",
        "phone": "+1 617-555-0188",
        "notes": "Department: Department of Medicine\nOther email: tariq.r@mailbox.example\n"
        "Website: https://westbrook-med.example/people/rahman",
        "tags": ["myContacts"],
    },
    ("outlook_2003.vcf", 1): {
        "name": "Aoife Fitzgerald",
        "role": "program_director",
        "position": "Residency Program Director",
        "institution": "St. Brendan's Hospital",
        "email": "aoife.fitzgerald@stbrendans.example",
        "phone": "(555) 555-0102",
        "country": "Ireland",
        "notes": "Spoke after the EM grand rounds; open to IMG applicants.\r\n"
        "Follow up about the September elective.\nDepartment: Emergency Medicine\n"
        "Other phone: (555) 555-0103\nWebsite: http://www.stbrendans.example/em",
    },
    ("outlook_2003.vcf", 17): {
        "name": "José Muñoz",
        "role": "attending",
        "position": "Attending Physician",
        "institution": "Valle Verde Medical Center",
        "email": "jose.munoz@valleverde.example",
    },
    ("outlook_2007.vcf", 1): {
        "name": "Abena Osei-Bonsu",
        "honorific": "Dr.",
        "role": "program_director",
        "position": "Program Director, OB/GYN",
        "institution": "Kingsbridge General Hospital",
        "email": "abena.osei-bonsu@kingsbridge.example",
        "phone": "+1 (718) 555-0142",
        "country": "United States of America",
        "notes": "Met at the ACOG district meeting.\r\nSaid to email her in July about "
        "observerships for the next academic year.\nDepartment: Obstetrics and Gynecology",
    },
    ("outlook_2007.vcf", 22): {
        "name": "Samuel Whitaker",
        "role": "chief_resident",
        "position": "Chief Resident",
        "institution": "Kingsbridge General Hospital",
        "email": "samuel.whitaker@kingsbridge.example",
    },
    ("ms_outlook.vcf", 1): {
        "name": "Youssef Haddad",
        "role": "fellow",
        "position": "Nephrology Fellow",
        "institution": "Cedar Valley Clinic",
        "email": "youssef.haddad@cedarvalley.example",
        "phone": "+1 (216) 555-0175",
        "notes": "Role: Physician\nDepartment: Nephrology",
    },
    ("lotus_notes.vcf", 1): {
        "name": "Ingrid Halvorsen",
        "honorific": "Dr.",
        "role": "faculty",
        "position": "Professor of Medicine",
        "institution": "Fjordvik University Hospital",
        "email": "ingrid.halvorsen@fjordvik.example",
        "phone": "+47 22 55 50 10",
        "country": "Norway",
        "notes": "Research collaborator on the heart-failure registry.",
    },
    ("lotus_notes.vcf", 14): {
        "name": "Arjun Mehta",
        "role": "faculty",
        "position": "Research Coordinator",
        "institution": "Fjordvik University Hospital",
        "email": "arjun.mehta@fjordvik.example",
    },
    ("evolution.vcf", 1): {
        "name": "Yui Nakamura",
        "role": "chief_resident",
        "position": "Chief Resident",
        "institution": "East Bay Medical Center",
        "email": "yui.nakamura@eastbay-med.example",
        "phone": "+1 510 555 0124",
        "notes": "Runs the monthly IMG journal club.\nDepartment: Neurology",
        "tags": ["Peers", "Neurology"],
    },
    ("thunderbird.vcf", 1): {
        "name": "Lucie Moreau",
        "role": "attending",
        "position": "Hospitalist",
        "institution": "Rive Medical Group",
        "email": "l.moreau@rivemed.example",
        "notes": "Alumni of my medical school, now in Boston.",
    },
    ("thunderbird.vcf", 12): {
        "name": "Pavel Novotny",
        "role": "attending",
        "position": "Attending Surgeon",
        "institution": "Vltava Clinic",
        "email": "pavel.novotny@vltava.example",
        "phone": "+420 555 010 203",
        "linkedin_url": "https://www.linkedin.com/in/pavel-novotny-surgeon",
        "notes": "Department: Surgery",
    },
    ("blackberry.vcf", 1): {
        "name": "Funmilayọ Adebayọ",
        "role": "attending",
        "position": "Consultant Physician",
        "institution": "Lagos Island General Hospital",
        "email": "f.adebayo@lagosgeneral.example",
        "phone": "+234 1 555 0134",
        "notes": "Drafted a support letter for my ERAS application.\n"
        "Other phone: +234 802 555 0135",
    },
    ("rfc_examples.vcf", 1): {
        "name": "Étienne Gagnon",
        "role": "fellow",
        "position": "Research Fellow",
        "institution": "Laurentian Health Network",
        "email": "etienne.gagnon@laurentian-health.example",
        "phone": "+1-514-555-0199;ext=102",
        "country": "Canada",
        "notes": "Other phone: +1-514-555-0198\nWebsite: https://egagnon.example",
    },
    ("rfc_examples.vcf", 20): {
        "name": "Margit Sørensen",
        "role": "faculty",
        "position": "Faculty",
        "institution": "Nordlys Teaching Hospital, Ltd.",
        "email": "margit.sorensen@nordlys.example",
        "phone": "+45 55 50 12 34",
        "country": "Denmark",
        "notes": "The paging line works 08:00 to 17:00\nMon-Fri, per her assistant.\n"
        "Department: Department of Pediatrics\nOther email: margit@mailbox.example\n"
        "Other phone: +45 55 50 12 35\nWebsite: http://nordlys.example/~msorensen",
        "tags": ["Pediatrics", "Research"],
    },
}


def read(filename: str) -> list[ContactRecord]:
    parsed = parse_vcard(filename, (CLIENTS / filename).read_bytes())
    assert parsed.rejected == []
    return parsed.records


def fields_of(record: ContactRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in FIELDS}


@pytest.mark.parametrize(("filename", "line"), list(CARDS), ids=lambda value: str(value))
def test_it_imports_each_named_card_with_its_fields(filename: str, line: int) -> None:
    expected = {name: [] if name == "tags" else "" for name in FIELDS} | CARDS[filename, line]

    record = next(r for r in read(filename) if r.line == line)

    assert fields_of(record) == expected
    assert record.warnings == []


def test_it_names_every_card_of_the_corpus() -> None:
    files = sorted(path.name for path in CLIENTS.glob("*.vcf"))

    found = {(name, record.line) for name in files for record in read(name)}

    assert found == set(CARDS)
    assert len(found) == 23


@pytest.mark.django_db
def test_it_adds_every_card_of_the_corpus_to_an_empty_tracker() -> None:
    plans = [preview(parse_vcard(path.name, path.read_bytes())) for path in CLIENTS.glob("*.vcf")]

    assert sum(len(plan.added) for plan in plans) == len(CARDS)
    assert [(plan.rejected, plan.warned) for plan in plans] == [([], [])] * len(plans)

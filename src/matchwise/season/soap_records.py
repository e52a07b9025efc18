"""SOAP programs and offers as JSON-ready dicts, one shape for the API and `--json`."""

from __future__ import annotations

from typing import Any

from matchwise.season.models import SoapOffer, SoapProgram


def offer_json(offer: SoapOffer) -> dict[str, Any]:
    return {
        "id": offer.pk,
        "program_id": offer.program_id,
        "round": offer.round,
        "state": offer.state,
        "received_at": offer.received_at.isoformat(),
        "answered_at": offer.answered_at.isoformat() if offer.answered_at else None,
    }


def program_json(program: SoapProgram) -> dict[str, Any]:
    return {
        "id": program.pk,
        "nrmp_code": program.nrmp_code,
        "name": program.name,
        "institution": program.institution,
        "specialty": program.specialty,
        "city": program.city,
        "state": program.state,
        "positions": program.positions,
        "catalogue": program.catalogue,
        "catalogue_program_id": program.program_id,
        "applied_at": program.applied_at.isoformat() if program.applied_at else None,
        "offers": [offer_json(offer) for offer in program.offers.all()],
    }

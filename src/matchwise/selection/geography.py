"""ZIP code -> coordinates, offline (the zipcodes package ships its own data)."""

import math
from collections.abc import Callable
from functools import lru_cache
from typing import Any, cast

import zipcodes

_matching = cast(Callable[[str], list[dict[str, Any]]], zipcodes.matching)


@lru_cache(maxsize=4096)
def zip_coordinates(zip_code: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a five-digit ZIP, or None when unknown."""
    try:
        matches = _matching(zip_code.strip()[:5])
    except (TypeError, ValueError):
        return None
    if not matches:
        return None
    try:
        return float(matches[0]["lat"]), float(matches[0]["long"])
    except (KeyError, TypeError, ValueError):
        return None


def distance_miles(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 3958.8 * math.asin(math.sqrt(h))

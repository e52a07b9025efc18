"""Field types for the API's parameters and JSON bodies, taken as the published schema says.

Ids are what the database stores: 1 to 2**63 - 1, a signed 64-bit integer. A number outside
that range cannot name a row, and the database drivers fail on it instead of finding nothing,
so it is refused at the edge with 422 and the field named.

Path and query parameters arrive as text and are converted. In a JSON body a number must be a
JSON number (5 or 5.0, not "5" or true), a yes/no must be true or false (not 0 or "yes") and a
date must be text (not a timestamp): pydantic's lenient conversions would accept what the
schema rules out.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Annotated

from ninja import Schema
from pydantic import BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from matchwise.selection.catalogue_limits import MAX_FILE_BYTES

MAX_ID = 2**63 - 1


def _json_number(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


def _json_boolean(value: object) -> object:
    if not isinstance(value, bool):
        raise PydanticCustomError("bool_type", "Input should be true or false")
    return value


def _date_text(value: object) -> object:
    if not isinstance(value, str | date):
        raise PydanticCustomError("date_type", "Input should be a date written YYYY-MM-DD")
    return value


Id = Annotated[int, Field(ge=1, le=MAX_ID)]
BodyId = Annotated[Id, BeforeValidator(_json_number)]
Whole = Annotated[int, BeforeValidator(_json_number)]
Flag = Annotated[bool, BeforeValidator(_json_boolean)]
Number = Annotated[float, BeforeValidator(_json_number), Field(allow_inf_nan=False)]
Day = Annotated[date, BeforeValidator(_date_text)]


class BodyIn(Schema):
    """A JSON body. A key the schema does not know is refused by name (422), so that a
    misspelt field is reported instead of silently dropped."""

    model_config = ConfigDict(extra="forbid")


# A file sent in a JSON body (the API takes changes only as JSON): base64 text in `content`.
CONTENT: list[str | int] = ["body", "data", "content"]


def file_content(text: str) -> bytes:
    """The bytes of a file sent base64-encoded; ValueError when it is not base64 or too large."""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("the file's content is not base64") from error
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB, the limit")
    return data

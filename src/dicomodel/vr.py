"""Python types of the DICOM Value Representations (PS3.5 Table 6.2-1).

Each VR is a pydantic-annotated alias that generated models use as a field type.
Static checkers see the plain Python type (``date`` for DA, ``float`` for DS,
``PersonName`` for PN); at run time the value is pydicom's own class for that
VR (``pydicom.valuerep.DA``, ``DSfloat``, ``IS`` ...), which keeps the original
text so that a value read from a file is written back unchanged.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

from pydantic import GetCoreSchemaHandler, PlainSerializer, PlainValidator
from pydantic_core import CoreSchema
from pydicom import valuerep
from pydicom.tag import BaseTag, Tag
from pydicom.uid import UID
from pydicom.valuerep import DSfloat, PersonName

from dicomodel.annotated import Annotated  # typing's, made faster (issue 16)

__all__ = [
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD",
    "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SS", "ST", "SV", "TM", "UC", "UI", "UL",
    "UN", "UR", "US", "UT", "UV", "PersonName", "dicom_text",
]  # fmt: skip

# Maximum value lengths in characters (PS3.5 Table 6.2-1); None: unbounded.
MAX_LENGTH: dict[str, int | None] = {
    "AE": 16, "AS": 4, "CS": 16, "LO": 64, "LT": 10240, "SH": 16, "ST": 1024,
    "UC": None, "UI": 64, "UR": None, "UT": None,
}  # fmt: skip
T = TypeVar("T")

_CS_CHARACTERS = re.compile(r"^[A-Z0-9 _]*$")
_AS_FORMAT = re.compile(r"^[0-9]{3}[DWMY]$")
_UID_FORMAT = re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
# A lone surrogate is no character: no character set can encode it (PS3.5 6.1).
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# PS3.5 Table 6.2-1: DS "0"-"9", "+", "-", "E", "e", "." and space, 16 bytes; IS
# "0"-"9", "+", "-" and space, 12 bytes, -2**31 <= n <= 2**31 - 1.
_DS_FORMAT = re.compile(r"^ *[+-]?(\d+|\d+\.\d*|\.\d+)([eE][+-]?\d+)? *$")
_IS_FORMAT = re.compile(r"^ *[+-]?\d+ *$")
IS_RANGE = (-(2**31), 2**31 - 1)
FL_MAX = 3.4028234663852886e38
"""The largest finite 32-bit IEEE 754 float (FL, PS3.5 Table 6.2-1)."""
PN_GROUP_LENGTH = 64
"""Characters per component group of a PN (PS3.5 Table 6.2-1)."""
_PYDICOM_ADVICE = re.compile(r"\s*(Set \w+_validation_mode .*|Please see <[^>]*>.*)$", re.DOTALL)
INTEGER_RANGES: dict[str, tuple[int, int]] = {
    "SS": (-(2**15), 2**15 - 1), "US": (0, 2**16 - 1),
    "SL": (-(2**31), 2**31 - 1), "UL": (0, 2**32 - 1),
    "SV": (-(2**63), 2**63 - 1), "UV": (0, 2**64 - 1),
}  # fmt: skip


def _shown(value: Any) -> str:
    """A value for a message: its repr, cut to 40 characters."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def dicom_text(value: Any) -> str:
    """The DICOM string form of a value: its original text when it was read from one."""
    original = getattr(value, "original_string", None)
    if isinstance(original, str):
        return original
    if isinstance(value, PersonName):
        return str(value)
    return str(value)


def _text(vr: str) -> PlainValidator:
    limit = MAX_LENGTH[vr]
    multi_line = vr in {"LT", "ST", "UT"}

    def validate(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"{vr} value must be a string, not {type(value).__name__}")
        if limit is not None and len(value) > limit:
            raise ValueError(f"{vr} value is {len(value)} characters long; at most {limit}")
        if not multi_line and ("\\" in value or _CONTROL.search(value)):
            raise ValueError(f"{vr} value contains a backslash or control character")
        if _SURROGATE.search(value):
            raise ValueError(f"{vr} value {_shown(value)} holds a lone surrogate, not a character")
        if vr == "CS" and not _CS_CHARACTERS.match(value.strip()):
            raise ValueError(f"CS value {value!r} has characters other than A-Z 0-9 space _")
        if vr == "AS" and value and not _AS_FORMAT.match(value):
            raise ValueError(f"AS value {value!r} is not nnnD, nnnW, nnnM or nnnY")
        return value

    return PlainValidator(validate)


def _convert(vr: str, convert: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a pydicom value class; its errors become a ``ValueError`` naming the VR."""
    try:
        return convert(*args, **kwargs)
    except (ValueError, TypeError, OverflowError) as error:
        reason = _PYDICOM_ADVICE.sub("", str(error))  # pydicom's advice is not ours to give
        raise ValueError(f"{vr} value {_shown(args[0])} is invalid: {reason}") from None


def _ascii(vr: str, value: Any) -> None:
    """Digits of dates, times and numbers are ASCII (Python's int() takes any Unicode digit)."""
    if isinstance(value, str) and not value.isascii():
        raise ValueError(f"{vr} value {value!r} has characters that are not ASCII")


def _to_uid(value: Any) -> UID:
    if not isinstance(value, str):
        raise ValueError(f"UI value must be a string, not {type(value).__name__}")
    if value == "":
        return UID("")
    if len(value) > 64 or not _UID_FORMAT.match(value):
        raise ValueError(f"{value!r} is not a valid UID (digits and dots, at most 64)")
    return value if isinstance(value, UID) else UID(value)


def _temporal(vr: str, cls: Any, accepted: tuple[type, ...], form: str) -> PlainValidator:
    """DA, TM or DT: a Python value or DICOM text -> pydicom's class, original text kept."""

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        # A datetime is a date too, but no DA value.
        if isinstance(value, (*accepted, str)) and not (vr == "DA" and isinstance(value, datetime)):
            _ascii(vr, value)
            converted = _convert(vr, cls, value)
            if converted is None:
                raise ValueError(f"{vr} value is empty")
            return converted
        raise ValueError(f"{vr} value must be a {form}, not {type(value).__name__}")

    return PlainValidator(validate)


def _to_ds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"DS value must be a number or decimal text, not {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"DS value {value!r} is not a finite number")
    if isinstance(value, DSfloat):
        converted = value  # pydicom's reader does not check: the rules are checked here
    else:
        _ascii("DS", value)
        converted = _convert(
            "DS", DSfloat, value, auto_format=not isinstance(value, str), validation_mode=2
        )
    text = dicom_text(converted)
    if len(text) > 16:
        raise ValueError(f"DS value {_shown(text)} does not fit in 16 characters")
    if not _DS_FORMAT.match(text) or not math.isfinite(converted):
        raise ValueError(f"DS value {text!r} is not a decimal number (PS3.5 Table 6.2-1)")
    return converted


def _to_is(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"IS value must be an integer or integer text, not {type(value).__name__}")
    if isinstance(value, valuerep.IS):
        converted = value
    else:
        _ascii("IS", value)
        converted = _convert("IS", valuerep.IS, value, validation_mode=2)
    text = dicom_text(converted)
    low, high = IS_RANGE
    if len(text) > 12 or not _IS_FORMAT.match(text) or not low <= converted <= high:
        raise ValueError(
            f"IS value {_shown(text)} is not an integer of at most 12 characters in {low}..{high}"
        )
    return converted


def _to_pn(value: Any) -> PersonName:
    if isinstance(value, str) and not isinstance(value, PersonName):
        value = _convert("PN", PersonName, value, validation_mode=2)
    if not isinstance(value, PersonName):
        raise ValueError(f"PN value must be a PersonName or text, not {type(value).__name__}")
    groups = value.components  # pydicom's reader does not check: the rules are checked here
    if len(groups) > 3:
        raise ValueError(f"PN value has {len(groups)} component groups; at most 3")
    for group in groups:
        if len(group) > PN_GROUP_LENGTH:
            raise ValueError(
                f"PN component group {_shown(group)} is {len(group)} characters long; "
                f"at most {PN_GROUP_LENGTH}"
            )
        if "\\" in group or _CONTROL.search(group) or _SURROGATE.search(group):
            raise ValueError(
                f"PN value {_shown(group)} holds a backslash, control character or lone surrogate"
            )
    return value


def _to_at(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("AT value must be a tag, not a bool")
    try:
        tag: BaseTag = Tag(value)
    except (ValueError, TypeError, OverflowError) as error:
        raise ValueError(f"AT value {value!r} is not a tag: {error}") from None
    return tag


def _integer(vr: str) -> PlainValidator:
    low, high = INTEGER_RANGES[vr]

    def validate(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{vr} value must be an int, not {type(value).__name__}")
        if not low <= value <= high:
            raise ValueError(f"{vr} value {value} is outside {low}..{high}")
        return value

    return PlainValidator(validate)


def _to_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"value must be a float, not {type(value).__name__}")
    try:
        return float(value)
    except OverflowError:
        bits = int(value).bit_length()
        raise ValueError(f"value of {bits} bits is too large for a float") from None


def _to_fl(value: Any) -> float:
    number = _to_float(value)
    if math.isfinite(number) and abs(number) > FL_MAX:
        raise ValueError(f"FL value {number!r} is outside the range of a 32-bit float")
    return number


def _to_bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value  # no copy of Pixel Data; a bytes subclass (a BulkDataURI) stays itself
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise ValueError(f"binary value must be bytes, not {type(value).__name__}")


class _Once:
    """A VR's validator and serializer whose core schema is built once.

    pydantic builds the schema of an ``Annotated`` type anew for every field that uses
    it (inspecting the validator's signature each time); a model of a few hundred
    fields paid that on its first use (issue 16). The schema is the same for every
    field of the VR: it is built on the first field. A model schema built by
    :mod:`dicomodel.model_schema` shares it (:meth:`shared_schema`: nothing changes
    it there); pydantic's own field-by-field build gets a deep copy, as pydantic
    changes the schema it gets (it writes the description of a ``Field()`` inside
    the type, ``list[Annotated[vr.LO, Field(...)]]``, into it).
    """

    __slots__ = ("_schema", "metadata")

    def __init__(self, *metadata: Any) -> None:
        self.metadata = metadata
        self._schema: CoreSchema | None = None

    def shared_schema(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """The VR's schema itself, built on the first call (not to be changed)."""
        schema = self._schema
        if schema is None:
            schema = self._schema = handler.generate_schema(Annotated[(source, *self.metadata)])
        return schema

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler, /
    ) -> CoreSchema:
        return copy.deepcopy(self.shared_schema(source, handler))


def _as_text() -> PlainSerializer:
    return PlainSerializer(dicom_text, when_used="json")


def _validated(function: Callable[[Any], Any]) -> _Once:
    return _Once(PlainValidator(function))


AE = Annotated[str, _Once(_text("AE"))]
AS = Annotated[str, _Once(_text("AS"))]
CS = Annotated[str, _Once(_text("CS"))]
LO = Annotated[str, _Once(_text("LO"))]
LT = Annotated[str, _Once(_text("LT"))]
SH = Annotated[str, _Once(_text("SH"))]
ST = Annotated[str, _Once(_text("ST"))]
UC = Annotated[str, _Once(_text("UC"))]
UR = Annotated[str, _Once(_text("UR"))]
UT = Annotated[str, _Once(_text("UT"))]
UI = Annotated[str, _validated(_to_uid)]
DA = Annotated[
    date, _Once(_temporal("DA", valuerep.DA, (date,), "date or YYYYMMDD text"), _as_text())
]
TM = Annotated[
    time, _Once(_temporal("TM", valuerep.TM, (time,), "time or HHMMSS.FFFFFF text"), _as_text())
]
DT = Annotated[
    datetime,
    _Once(_temporal("DT", valuerep.DT, (datetime,), "datetime or YYYYMMDDHHMMSS text"), _as_text()),
]
DS = Annotated[float, _Once(PlainValidator(_to_ds), _as_text())]
IS = Annotated[int, _Once(PlainValidator(_to_is), _as_text())]
PN = Annotated[PersonName, _Once(PlainValidator(_to_pn), _as_text())]
AT = Annotated[int, _validated(_to_at)]
SS = Annotated[int, _Once(_integer("SS"))]
US = Annotated[int, _Once(_integer("US"))]
SL = Annotated[int, _Once(_integer("SL"))]
UL = Annotated[int, _Once(_integer("UL"))]
SV = Annotated[int, _Once(_integer("SV"))]
UV = Annotated[int, _Once(_integer("UV"))]
FL = Annotated[float, _validated(_to_fl)]
FD = Annotated[float, _validated(_to_float)]
OB = Annotated[bytes, _validated(_to_bytes)]
OD = Annotated[bytes, _validated(_to_bytes)]
OF = Annotated[bytes, _validated(_to_bytes)]
OL = Annotated[bytes, _validated(_to_bytes)]
OV = Annotated[bytes, _validated(_to_bytes)]
OW = Annotated[bytes, _validated(_to_bytes)]
UN = Annotated[bytes, _validated(_to_bytes)]

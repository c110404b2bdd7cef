"""Values between pydicom data elements and model fields, per VR, and the input limits.

A model holds what :mod:`dicomodel.vr` makes of a value: pydicom's own value
classes (``DSfloat``, ``IS``, ``PersonName``, ``UID``, ``BaseTag``, ``DA``...)
that keep their original text, ``str``, ``int``, ``float``, ``bytes`` and the
generated enums. A data element holds what pydicom's reader makes of the same
value; :func:`element_value` gives exactly that back, so a data set read by
pydicom, turned into a model and back compares equal element by element.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from enum import Enum
from typing import Any, Final

from pydicom import config
from pydicom.dataelem import DataElement, empty_value_for_VR
from pydicom.errors import BytesLengthException, InvalidDicomError
from pydicom.multival import MultiValue

from dicomodel.vr import dicom_text

__all__ = [
    "BINARY_VRS",
    "FILE_ERRORS",
    "KNOWN_VRS",
    "MAX_DEPTH",
    "MAX_VALUES",
    "NUMBER_VRS",
    "TEXT_VRS",
    "BulkDataURI",
    "element_value",
    "field_input",
    "make_element",
    "multi_value",
    "several",
]

MAX_DEPTH: Final = 64
"""Sequences nested deeper than this are refused (:class:`~dicomodel.errors.DicomFormatError`).

PS3.3 nests at most a dozen levels (SR content trees go deepest); the bound
keeps malicious input from exhausting the interpreter's stack.
"""

MAX_VALUES: Final = 1_000_000
"""More values than this in one element are not validated: a model field refuses them
(non-strict reads keep the element as extra) and JSON input is refused."""

READ_ERRORS: Final = (
    InvalidDicomError,
    BytesLengthException,
    EOFError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    NotImplementedError,
    struct.error,
    zlib.error,
    OSError,
)
"""What pydicom raises on damaged input while reading a file or decoding an element
(``OSError``: "No tag to read at file position ..." of a truncated file; ``zlib.error``:
a corrupt deflated data set; ``NotImplementedError``: bytes that are no VR)."""

FILE_ERRORS: Final = (FileNotFoundError, IsADirectoryError, PermissionError, FileExistsError)
"""The ``OSError`` s about the file itself, not its content."""

BINARY_VRS: Final = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
NUMBER_VRS: Final = frozenset({"FL", "FD", "SL", "SS", "SV", "UL", "US", "UV"})
TEXT_VRS: Final = frozenset(
    {"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM"}
    | {"UC", "UI", "UR", "UT"}
)
KNOWN_VRS: Final = BINARY_VRS | NUMBER_VRS | TEXT_VRS | {"AT", "SQ"}
_DATE_VRS: Final = frozenset({"DA", "DT", "TM"})


class BulkDataURI(bytes):
    """A value that DICOM JSON gave by reference (``"BulkDataURI"``), not inline.

    It is ``bytes`` (empty) so that a binary field can hold it; :attr:`uri` is
    the reference. It is written back to JSON as a ``BulkDataURI``; writing it
    to a Part 10 file is refused until the value is fetched.
    """

    uri: str

    def __new__(cls, uri: str) -> BulkDataURI:
        value = super().__new__(cls, b"")
        value.uri = uri
        return value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BulkDataURI) and other.uri == self.uri

    def __hash__(self) -> int:
        return hash(("BulkDataURI", self.uri))

    def __repr__(self) -> str:
        return f"BulkDataURI({self.uri!r})"

    def __reduce__(self) -> tuple[type[BulkDataURI], tuple[str]]:
        return (BulkDataURI, (self.uri,))

    def __deepcopy__(self, memo: dict[int, Any]) -> BulkDataURI:
        return self


def _identity(value: Any) -> Any:
    return value


def multi_value(values: Iterable[Any]) -> MultiValue[Any]:
    """A pydicom ``MultiValue`` of already converted values."""
    return MultiValue(_identity, values)


def several(values: list[Any], vr: str) -> Any:
    """Values in the form pydicom's reader gives: one value alone, binary numbers
    in a ``list``, the others in a ``MultiValue``."""
    if len(values) == 1:
        return values[0]
    return values if vr in NUMBER_VRS else multi_value(values)


def make_element(tag: int, vr: str, value: Any, *, undefined_length: bool = False) -> DataElement:
    """A data element of a value in pydicom's reading form (no conversion, no warnings)."""
    return DataElement(
        tag,
        vr,
        value,
        is_undefined_length=undefined_length,
        already_converted=True,
        validation_mode=config.IGNORE,
    )


def field_input(element: DataElement, multiple: bool, vm: int | None = None) -> tuple[Any, int]:
    """An element's value as a model field takes it, and how many values it has.

    An empty element gives ``None``; a field of several values (``multiple``)
    gets a list, a single-valued field a scalar (or the list, when the element has
    more than one value, for the VM check to refuse). ``vm``: the element's VM,
    when the caller has it already.
    """
    value = element.value
    if element.VR in BINARY_VRS:
        if value is None or (len(value) == 0 and not isinstance(value, BulkDataURI)):
            return None, 0
        return ([value] if multiple else value), 1
    if (element.VM if vm is None else vm) == 0:
        return None, 0
    if isinstance(value, (MultiValue, list, tuple)):
        values = list(value)
        return (values if multiple or len(values) != 1 else values[0]), len(values)
    return ([value] if multiple else value), 1


def element_value(value: Any, vr: str) -> Any:
    """A field's value as pydicom's reader gives it for ``vr``."""
    if value is None:
        return empty_value_for_VR(vr)
    if isinstance(value, list):
        if vr in BINARY_VRS:
            return value[0] if len(value) == 1 else b"".join(value)
        converted = [_scalar(item, vr) for item in value]
        return several(converted, vr)
    return _scalar(value, vr)


def _scalar(value: Any, vr: str) -> Any:
    if isinstance(value, Enum):
        return value.value
    if vr in _DATE_VRS and not config.datetime_conversion and not isinstance(value, str):
        return dicom_text(value)
    return value

"""Enumerated Values and Defined Terms of Value Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "ValueType",
    "ValueTypeDocumentContent",
    "ValueTypeDocumentContentValue",
    "ValueTypeEncapsulatedDocument",
    "ValueTypeEncapsulatedDocumentValue",
    "ValueTypeValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import ValueType as ValueType
    from dicomodel.enums import ValueTypeDocumentContent as ValueTypeDocumentContent
    from dicomodel.enums import ValueTypeDocumentContentValue as ValueTypeDocumentContentValue
    from dicomodel.enums import ValueTypeEncapsulatedDocument as ValueTypeEncapsulatedDocument
    from dicomodel.enums import (
        ValueTypeEncapsulatedDocumentValue as ValueTypeEncapsulatedDocumentValue,
    )
    from dicomodel.enums import ValueTypeValue as ValueTypeValue


@cache
def _ValueType() -> type[StrEnum]:
    class ValueType(StrEnum):
        """Enumerated Values of Value Type (0040,A040) in Content Item Macro Attributes (10-2)."""

        DATE = "DATE"
        TIME = "TIME"
        DATETIME = "DATETIME"
        PNAME = "PNAME"
        UIDREF = "UIDREF"
        TEXT = "TEXT"
        CODE = "CODE"
        NUMERIC = "NUMERIC"
        COMPOSITE = "COMPOSITE"
        IMAGE = "IMAGE"
        WAVEFORM = "WAVEFORM"

    ValueType.__qualname__ = "ValueType"
    return ValueType


@cache
def _ValueTypeDocumentContent() -> type[StrEnum]:
    class ValueTypeDocumentContent(StrEnum):
        """Enumerated Values of Value Type (0040,A040) in Document Content Macro Attributes (C.17-5)."""

        TEXT = "TEXT"
        NUM = "NUM"
        CODE = "CODE"
        DATE = "DATE"
        TIME = "TIME"
        DATETIME = "DATETIME"
        UIDREF = "UIDREF"
        PNAME = "PNAME"
        COMPOSITE = "COMPOSITE"
        IMAGE = "IMAGE"
        WAVEFORM = "WAVEFORM"
        SCOORD = "SCOORD"
        SCOORD3D = "SCOORD3D"
        TCOORD = "TCOORD"
        CONTAINER = "CONTAINER"
        TABLE = "TABLE"

    ValueTypeDocumentContent.__qualname__ = "ValueTypeDocumentContent"
    return ValueTypeDocumentContent


@cache
def _ValueTypeEncapsulatedDocument() -> type[StrEnum]:
    class ValueTypeEncapsulatedDocument(StrEnum):
        """Enumerated Values of Value Type (0040,A040) in Encapsulated Document Module Attributes (C.24-2)."""

        CONTAINER = "CONTAINER"

    ValueTypeEncapsulatedDocument.__qualname__ = "ValueTypeEncapsulatedDocument"
    return ValueTypeEncapsulatedDocument


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "ValueType": _ValueType,
    "ValueTypeValue": _ValueType,
    "ValueTypeDocumentContent": _ValueTypeDocumentContent,
    "ValueTypeDocumentContentValue": _ValueTypeDocumentContent,
    "ValueTypeEncapsulatedDocument": _ValueTypeEncapsulatedDocument,
    "ValueTypeEncapsulatedDocumentValue": _ValueTypeEncapsulatedDocument,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

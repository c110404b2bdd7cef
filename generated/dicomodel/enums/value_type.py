"""Enumerated Values and Defined Terms of Value Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "ValueType",
    "ValueTypeDocumentContent",
    "ValueTypeDocumentContentValue",
    "ValueTypeEncapsulatedDocument",
    "ValueTypeEncapsulatedDocumentValue",
    "ValueTypeValue",
]


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


if TYPE_CHECKING:
    ValueTypeValue: TypeAlias = (
        ValueType
        | Literal[
            "DATE",
            "TIME",
            "DATETIME",
            "PNAME",
            "UIDREF",
            "TEXT",
            "CODE",
            "NUMERIC",
            "COMPOSITE",
            "IMAGE",
            "WAVEFORM",
        ]
    )
else:
    ValueTypeValue = ValueType
"""A value of ValueType: the enum or the string of one of its members."""


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


if TYPE_CHECKING:
    ValueTypeDocumentContentValue: TypeAlias = (
        ValueTypeDocumentContent
        | Literal[
            "TEXT",
            "NUM",
            "CODE",
            "DATE",
            "TIME",
            "DATETIME",
            "UIDREF",
            "PNAME",
            "COMPOSITE",
            "IMAGE",
            "WAVEFORM",
            "SCOORD",
            "SCOORD3D",
            "TCOORD",
            "CONTAINER",
            "TABLE",
        ]
    )
else:
    ValueTypeDocumentContentValue = ValueTypeDocumentContent
"""A value of ValueTypeDocumentContent: the enum or the string of one of its members."""


class ValueTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Value Type (0040,A040) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINER = "CONTAINER"


if TYPE_CHECKING:
    ValueTypeEncapsulatedDocumentValue: TypeAlias = (
        ValueTypeEncapsulatedDocument | Literal["CONTAINER"]
    )
else:
    ValueTypeEncapsulatedDocumentValue = ValueTypeEncapsulatedDocument
"""A value of ValueTypeEncapsulatedDocument: the enum or the string of one of its members."""

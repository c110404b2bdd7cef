"""Enumerated Values and Defined Terms of Value Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


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


class ValueTypeEncapsulatedDocument(StrEnum):
    """Enumerated Values of Value Type (0040,A040) in Encapsulated Document Module Attributes (C.24-2)."""

    CONTAINER = "CONTAINER"

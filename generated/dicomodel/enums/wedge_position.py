"""Enumerated Values and Defined Terms of Wedge Position.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class WedgePosition(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in Wedge Positions Macro Attributes (C.36.2.2.11-1)."""

    IN = "IN"
    """The compensator surface shape is directed towards the patient."""
    OUT = "OUT"
    """The wedge is in fully retracted position."""
    PARTIAL = "PARTIAL"
    """The wedge is inserted only part of the way."""


class WedgePositionRTBeams(StrEnum):
    """Enumerated Values of Wedge Position (300A,0118) in RT Beams Module Attributes (C.8-50)."""

    IN = "IN"
    OUT = "OUT"

"""Enumerated Values and Defined Terms of Modulated Scan Mode Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ModulatedScanModeTypeTerm",
]


class ModulatedScanModeTypeTerm(StrEnum):
    """Defined Terms of Modulated Scan Mode Type (300A,0309) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    STATIONARY = "STATIONARY"
    """The Meterset is delivered while the beam spot is at the specified position. The beam is always turned off when the position changes."""
    LEAPING = "LEAPING"
    """The Meterset is mainly delivered at the specified spot position, while some of the Meterset is delivered while the spot is moved from the prior spot position. This mode also supports turning off the beam between spot positions."""
    LINEAR = "LINEAR"
    """The Meterset is delivered uniformly while the beam spot position changes. This mode also supports turning off the beam between line segments."""

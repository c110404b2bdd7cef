"""Enumerated Values and Defined Terms of Lateral Spreading Device Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "LateralSpreadingDeviceTypeTerm",
]


class LateralSpreadingDeviceTypeTerm(StrEnum):
    """Defined Terms of Lateral Spreading Device Type (300A,0338) in RT Ion Beams Module Attributes (C.8.8.25-1)."""

    SCATTERER = "SCATTERER"
    """metal placed into the beam path to scatter charged particles laterally."""
    MAGNET = "MAGNET"
    """nozzle configuration of magnet devices to expand beam laterally."""

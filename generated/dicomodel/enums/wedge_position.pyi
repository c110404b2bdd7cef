"""Enumerated Values and Defined Terms of Wedge Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePosition as WedgePosition
from dicomodel.enums import WedgePositionRTBeams as WedgePositionRTBeams
from dicomodel.enums import WedgePositionRTBeamsValue as WedgePositionRTBeamsValue
from dicomodel.enums import WedgePositionValue as WedgePositionValue

__all__ = [
    "WedgePosition",
    "WedgePositionRTBeams",
    "WedgePositionRTBeamsValue",
    "WedgePositionValue",
]

"""Enumerated Values and Defined Terms of Device Diameter Units.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DeviceDiameterUnitsTerm",
]


class DeviceDiameterUnitsTerm(StrEnum):
    """Defined Terms of Device Diameter Units (0050,0017) in Device Module Attributes (C.7-18)."""

    FR = "FR"
    """French"""
    GA = "GA"
    """Gauge"""
    IN = "IN"
    """Inch"""
    MM = "MM"
    """Millimeter"""
